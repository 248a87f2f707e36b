"""A course's plan between its rows and the domain's ``Plan``, and a plan as plain JSON.

Owns the row mapping of a course's plan (``course.techniques`` and ``course.points``)
and the JSON form of a plan that plan templates are stored in (also the shape of the
electroacupuncture parameters in a technique row), and the plan template rows
(listing, a name already used, loading one). Nothing here checks roles or opens
transactions: the services call these inside theirs. Reading tolerates older rows (the
demo generator's EA parameter shape) so every stored course opens in the editor. A
session's rows: planner.storage.queries.sessions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.plans import Cupping, ElectroPair, Moxibustion, Plan, PointChoice
from planner.domain.safety import AshiRegion
from planner.domain.techniques import DEFAULT_RETENTION_MINUTES
from planner.domain.vocab import (
    CuppingType,
    EAFrequencyMode,
    MoxaType,
    PointSide,
    Stimulation,
    Technique,
)
from planner.storage.models import (
    Course,
    PlannedTechnique,
    PlanTemplate,
    PointPrescription,
    SessionPoint,
)

# --- Plain JSON (templates) ---------------------------------------------------------------


def _point_json(point: PointChoice) -> dict[str, Any]:
    return {
        "code": point.code,
        "side": point.side.value,
        "depth": point.depth,
        "stimulation": point.stimulation.value if point.stimulation else None,
        "de_qi_sought": point.de_qi_sought,
        "ashi_region": point.ashi_region.value if point.ashi_region else None,
    }


def pair_json(pair: ElectroPair) -> dict[str, Any]:
    return {
        "a": pair.point_a,
        "b": pair.point_b,
        "mode": pair.mode.value,
        "hz": pair.hertz,
        "pulse_width_ms": pair.pulse_width_ms,
        "intensity": pair.intensity,
        "minutes": pair.minutes,
        "side_a": pair.side_a.value if pair.side_a else None,
        "side_b": pair.side_b.value if pair.side_b else None,
    }


def plan_to_json(plan: Plan) -> dict[str, Any]:
    return {
        "techniques": sorted(t.value for t in plan.techniques),
        "points": [_point_json(p) for p in plan.points],
        "electro": [pair_json(p) for p in plan.electro],
        "cupping": (
            {
                "type": plan.cupping.type.value,
                "sites": list(plan.cupping.sites),
                "minutes": plan.cupping.minutes,
            }
            if plan.cupping
            else None
        ),
        "moxibustion": (
            {
                "type": plan.moxibustion.type.value,
                "sites": list(plan.moxibustion.sites),
                "minutes": plan.moxibustion.minutes,
            }
            if plan.moxibustion
            else None
        ),
        "retention_minutes": plan.retention_minutes,
        "acupuncture_style": plan.acupuncture_style,
        "rationale": plan.rationale,
        "protocol": plan.protocol,
    }


def _point_of(item: dict[str, Any]) -> PointChoice:
    stimulation = item.get("stimulation")
    return PointChoice(
        code=str(item["code"]),
        side=PointSide(item["side"]),
        depth=str(item.get("depth") or ""),
        stimulation=Stimulation(stimulation) if stimulation else None,
        de_qi_sought=bool(item.get("de_qi_sought", False)),
        ashi_region=region_of(item.get("ashi_region")),
    )


def point_of_row(row: PointPrescription | SessionPoint) -> PointChoice:
    """A point as stored in a plan's or a session's point row."""
    return PointChoice(
        row.point_code,
        PointSide(row.side),
        row.depth,
        Stimulation(row.stimulation) if row.stimulation else None,
        row.de_qi_sought,
        region_of(row.ashi_region),
    )


def region_of(value: object) -> AshiRegion | None:
    """An Ashi point's stored region; None when absent (stored before issue 17)."""
    return AshiRegion(str(value)) if value else None


def side_of(value: object) -> PointSide | None:
    """An EA lead's stored side; None when absent (stored before issue 17)."""
    return PointSide(str(value)) if value else None


def _pairs_of(parameters: dict[str, Any], minutes: int | None) -> tuple[ElectroPair, ...]:
    pairs = []
    for item in parameters.get("pairs", []):
        if isinstance(item, dict):
            pairs.append(_pair_of(item, item))
        else:  # older rows: [a, b] with the settings shared by all pairs
            shared = {**parameters, "a": item[0], "b": item[1], "minutes": minutes}
            pairs.append(_pair_of(shared, parameters))
    return tuple(pairs)


def _pair_of(item: dict[str, Any], settings: dict[str, Any]) -> ElectroPair:
    width = settings.get("pulse_width_ms")
    return ElectroPair(
        point_a=str(item["a"]),
        point_b=str(item["b"]),
        mode=EAFrequencyMode(settings.get("mode") or EAFrequencyMode.DENSE_DISPERSE),
        hertz=str(settings.get("hz") or settings.get("frequency_hz") or ""),
        pulse_width_ms=float(width) if width is not None else None,
        intensity=str(settings.get("intensity") or ""),
        minutes=int(item.get("minutes") or settings.get("minutes") or DEFAULT_RETENTION_MINUTES),
        side_a=side_of(item.get("side_a")),
        side_b=side_of(item.get("side_b")),
    )


def plan_from_json(data: dict[str, Any]) -> Plan:
    cupping = data.get("cupping")
    moxa = data.get("moxibustion")
    return Plan(
        techniques=frozenset(Technique(t) for t in data.get("techniques", [])),
        points=tuple(_point_of(p) for p in data.get("points", [])),
        electro=tuple(_pair_of(p, p) for p in data.get("electro", [])),
        cupping=(
            Cupping(CuppingType(cupping["type"]), tuple(cupping["sites"]), int(cupping["minutes"]))
            if cupping
            else None
        ),
        moxibustion=(
            Moxibustion(MoxaType(moxa["type"]), tuple(moxa["sites"]), int(moxa["minutes"]))
            if moxa
            else None
        ),
        retention_minutes=int(data.get("retention_minutes") or DEFAULT_RETENTION_MINUTES),
        acupuncture_style=str(data.get("acupuncture_style") or ""),
        rationale=str(data.get("rationale") or ""),
        protocol=str(data.get("protocol") or ""),
    )


# --- A course's plan ----------------------------------------------------------------------


def plan_of(course: Course) -> Plan:
    """The plan stored in ``course``'s rows."""
    techniques: set[Technique] = set()
    electro: tuple[ElectroPair, ...] = ()
    cupping = moxa = None
    for row in course.techniques:
        technique = Technique(row.technique)
        techniques.add(technique)
        parameters = dict(row.parameters or {})
        if technique == Technique.ELECTROACUPUNCTURE:
            electro = _pairs_of(parameters, row.minutes)
        elif technique == Technique.CUPPING and "type" in parameters:
            cupping = Cupping(
                CuppingType(parameters["type"]),
                tuple(parameters.get("sites", [])),
                row.minutes or 10,
            )
        elif technique == Technique.MOXIBUSTION and "type" in parameters:
            moxa = Moxibustion(
                MoxaType(parameters["type"]), tuple(parameters.get("sites", [])), row.minutes or 10
            )
    return Plan(
        techniques=frozenset(techniques),
        points=tuple(point_of_row(p) for p in sorted(course.points, key=lambda row: row.id)),
        electro=electro,
        cupping=cupping,
        moxibustion=moxa,
        retention_minutes=course.retention_minutes,
        acupuncture_style=course.acupuncture_style,
        rationale=course.rationale,
        protocol=course.protocol,
    )


def apply_plan(course: Course, plan: Plan) -> None:
    """Replace the course's plan rows with ``plan`` (validated)."""
    course.retention_minutes = plan.retention_minutes
    course.acupuncture_style = plan.acupuncture_style
    course.rationale = plan.rationale
    course.protocol = plan.protocol
    rows = []
    for technique in sorted(plan.techniques):
        parameters: dict[str, Any] = {}
        minutes: int | None = plan.retention_minutes
        if technique == Technique.ELECTROACUPUNCTURE:
            parameters = {"pairs": [pair_json(p) for p in plan.electro]}
        elif technique == Technique.CUPPING and plan.cupping:
            parameters = {"type": plan.cupping.type.value, "sites": list(plan.cupping.sites)}
            minutes = plan.cupping.minutes
        elif technique == Technique.MOXIBUSTION and plan.moxibustion:
            parameters = {
                "type": plan.moxibustion.type.value,
                "sites": list(plan.moxibustion.sites),
            }
            minutes = plan.moxibustion.minutes
        rows.append(
            PlannedTechnique(technique=technique.value, minutes=minutes, parameters=parameters)
        )
    course.techniques = rows
    course.points = [
        PointPrescription(
            point_code=p.code,
            side=p.side.value,
            needles=p.needles,
            depth=p.depth,
            stimulation=p.stimulation.value if p.stimulation else None,
            de_qi_sought=p.de_qi_sought,
            ashi_region=p.ashi_region.value if p.ashi_region else None,
        )
        for p in plan.points
    ]


# --- Plan templates -----------------------------------------------------------------------


def active_templates(db_session: Session) -> list[PlanTemplate]:
    """The clinic's templates not archived, by name."""
    return list(
        db_session.scalars(
            select(PlanTemplate).where(PlanTemplate.archived.is_(False)).order_by(PlanTemplate.name)
        )
    )


def template_name_taken(db_session: Session, name: str) -> bool:
    """Whether a template (archived or not) has this name, whatever its case."""
    taken = db_session.scalar(
        select(func.count())
        .select_from(PlanTemplate)
        .where(func.lower(PlanTemplate.name) == name.lower())
    )
    return bool(taken)


def load_template(db_session: Session, template_id: int) -> PlanTemplate:
    row = db_session.get(PlanTemplate, template_id)
    if row is None:
        raise PlannerError(
            translate("plans", "There is no template {template_id}.").format(
                template_id=template_id
            )
        )
    return row
