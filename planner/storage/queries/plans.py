"""Between the domain's plans and sessions and their rows (and the JSON of templates).

Nothing here checks roles or opens transactions: the services call these inside theirs.
Reading tolerates older rows (the demo generator's EA parameter shape, sessions stored
before their techniques were) so every stored course opens in the editor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.domain.catalog import PointRole, load_catalog
from planner.domain.plans import Cupping, ElectroPair, Moxibustion, Plan, PointChoice
from planner.domain.safety import AshiRegion
from planner.domain.sessions import (
    AdverseEventEntry,
    HealthCheck,
    NeedleResponse,
    SessionDraft,
)
from planner.domain.techniques import DEFAULT_RETENTION_MINUTES
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    CuppingType,
    EAFrequencyMode,
    MoxaType,
    PointSide,
    RedFlag,
    Stimulation,
    Technique,
)
from planner.storage.models import (
    AdverseEvent,
    Course,
    CuppingApplication,
    ElectroStimulation,
    MoxaApplication,
    PlannedTechnique,
    PointPrescription,
    SessionPoint,
    TreatmentSession,
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


def _pair_json(pair: ElectroPair) -> dict[str, Any]:
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
        "electro": [_pair_json(p) for p in plan.electro],
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
        ashi_region=_region(item.get("ashi_region")),
    )


def _region(value: object) -> AshiRegion | None:
    """An Ashi point's stored region; None when absent (stored before issue 17)."""
    return AshiRegion(str(value)) if value else None


def _side(value: object) -> PointSide | None:
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
        side_a=_side(item.get("side_a")),
        side_b=_side(item.get("side_b")),
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
        points=tuple(
            PointChoice(
                p.point_code,
                PointSide(p.side),
                p.depth,
                Stimulation(p.stimulation) if p.stimulation else None,
                p.de_qi_sought,
                _region(p.ashi_region),
            )
            for p in sorted(course.points, key=lambda row: row.id)
        ),
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
            parameters = {"pairs": [_pair_json(p) for p in plan.electro]}
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


# --- A session's record -------------------------------------------------------------------


def _derived_techniques(record: TreatmentSession) -> frozenset[Technique]:
    """Techniques of a row stored before they were recorded, from what was given."""
    catalog = load_catalog()
    found: set[Technique] = set()
    for point in record.points:
        acupoint = catalog.get(point.point_code)
        role = acupoint.role if acupoint else PointRole.LOCAL
        found.add(
            Technique.DISTAL_NEEDLING if role == PointRole.DISTAL else Technique.LOCAL_NEEDLING
        )
    if record.electro:
        found.add(Technique.ELECTROACUPUNCTURE)
    if record.cupping:
        found.add(Technique.CUPPING)
    if record.moxibustion:
        found.add(Technique.MOXIBUSTION)
    return frozenset(found)


def session_treatment_of(record: TreatmentSession) -> Plan:
    """The treatment given in ``record`` (what a take-home sheet and a receipt print): only
    its techniques, points and their tables are read, nothing else of the session."""
    techniques = (
        frozenset(Technique(t) for t in record.techniques)
        if record.techniques
        else _derived_techniques(record)
    )
    cupping = record.cupping[0] if record.cupping else None
    moxa = record.moxibustion[0] if record.moxibustion else None
    return Plan(
        techniques=techniques,
        points=tuple(
            PointChoice(
                p.point_code,
                PointSide(p.side),
                p.depth,
                Stimulation(p.stimulation) if p.stimulation else None,
                p.de_qi_sought,
                _region(p.ashi_region),
            )
            for p in sorted(record.points, key=lambda row: row.id)
        ),
        electro=tuple(
            ElectroPair(
                e.point_a,
                e.point_b,
                EAFrequencyMode(e.frequency_mode),
                e.frequency_hz,
                e.pulse_width_ms,
                e.intensity,
                e.minutes or DEFAULT_RETENTION_MINUTES,
                _side(e.side_a),
                _side(e.side_b),
            )
            for e in sorted(record.electro, key=lambda row: row.id)
        ),
        cupping=(
            Cupping(CuppingType(cupping.cupping_type), tuple(cupping.sites), cupping.minutes or 10)
            if cupping
            else None
        ),
        moxibustion=(
            Moxibustion(MoxaType(moxa.moxa_type), tuple(moxa.sites), moxa.minutes or 10)
            if moxa
            else None
        ),
        retention_minutes=record.retention_minutes or DEFAULT_RETENTION_MINUTES,
    )


def session_draft_of(record: TreatmentSession) -> SessionDraft:
    treatment = session_treatment_of(record)
    started = (
        record.started_at.astimezone().time().replace(tzinfo=None) if record.started_at else None
    )
    return SessionDraft(
        session_date=record.session_date,
        start_time=started,
        duration_minutes=record.duration_minutes,
        pain_before=record.pain_before,
        check=HealthCheck(
            new_red_flags=frozenset(RedFlag(f) for f in record.new_red_flags or []),
            new_conditions=frozenset(Condition(c) for c in record.new_conditions or []),
            new_medications=tuple(record.new_medications or []),
            now_pregnant=record.now_pregnant,
            changes=record.history_changes,
        ),
        treatment=treatment,
        needles_in=record.needles_in,
        needles_out=record.needles_out,
        response=frozenset(NeedleResponse(r) for r in record.response or []),
        pain_after=record.pain_after,
        adverse_events=tuple(
            AdverseEventEntry(
                AdverseEventKind(a.kind), AdverseSeverity(a.severity), a.action_taken, a.description
            )
            for a in sorted(record.adverse_events, key=lambda row: row.id)
        ),
        notes=record.notes,
        fee_cents=record.fee_cents,
        anything_new=record.anything_new,
    )


def started_at(draft: SessionDraft) -> dt.datetime | None:
    """The clinic-local date and start time as an aware UTC timestamp."""
    if draft.session_date is None or draft.start_time is None:
        return None
    local = dt.datetime.combine(draft.session_date, draft.start_time).astimezone()
    return local.astimezone(dt.UTC)


def apply_session(record: TreatmentSession, draft: SessionDraft) -> None:
    """Write a validated session draft onto its row (children replaced)."""
    treatment = draft.treatment
    assert draft.session_date is not None
    record.session_date = draft.session_date
    record.started_at = started_at(draft)
    record.duration_minutes = draft.duration_minutes
    record.retention_minutes = treatment.retention_minutes
    record.pain_before = draft.pain_before
    record.pain_after = draft.pain_after
    record.needles_in = draft.needles_in_count
    record.needles_out = draft.needles_out
    record.response = sorted(r.value for r in draft.response)
    record.techniques = sorted(t.value for t in treatment.techniques)
    record.new_red_flags = sorted(f.value for f in draft.check.new_red_flags)
    record.new_conditions = sorted(c.value for c in draft.check.new_conditions)
    record.new_medications = list(draft.check.new_medications)
    record.now_pregnant = draft.check.now_pregnant
    record.history_changes = draft.check.changes
    record.anything_new = draft.anything_new
    record.notes = draft.notes
    record.fee_cents = draft.fee_cents
    record.points = [
        SessionPoint(
            point_code=p.code,
            side=p.side.value,
            needles=p.needles,
            depth=p.depth,
            stimulation=p.stimulation.value if p.stimulation else None,
            de_qi_sought=p.de_qi_sought,
            ashi_region=p.ashi_region.value if p.ashi_region else None,
        )
        for p in treatment.points
    ]
    record.electro = [
        ElectroStimulation(
            point_a=e.point_a,
            point_b=e.point_b,
            frequency_mode=e.mode.value,
            frequency_hz=e.hertz,
            pulse_width_ms=e.pulse_width_ms,
            intensity=e.intensity,
            minutes=e.minutes,
            side_a=e.side_a.value if e.side_a else None,
            side_b=e.side_b.value if e.side_b else None,
        )
        for e in treatment.electro
    ]
    cupping, moxa = treatment.cupping, treatment.moxibustion
    record.cupping = (
        [
            CuppingApplication(
                cupping_type=cupping.type.value, sites=list(cupping.sites), minutes=cupping.minutes
            )
        ]
        if cupping
        else []
    )
    record.moxibustion = (
        [MoxaApplication(moxa_type=moxa.type.value, sites=list(moxa.sites), minutes=moxa.minutes)]
        if moxa
        else []
    )
    record.adverse_events = [
        AdverseEvent(
            kind=a.kind.value,
            severity=a.severity.value,
            action_taken=a.action_taken,
            description=a.description,
        )
        for a in draft.adverse_events
    ]
