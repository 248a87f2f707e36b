"""Plan templates: the shipped protocols (resources/protocols.json) and the clinic's own.

API (practitioners; every change audited in its transaction):

``PlanTemplateService(db, actor, audit=None)``

* ``templates() -> list[TemplateView]`` — protocols first (``ref`` ``"protocol:<id>"``),
  then the clinic's templates (``"template:<id>"``), by name.
* ``save(name, plan, description="") -> TemplateView`` — a new clinic template; the plan
  is checked as a plan (without a patient's consents). Names are unique.
* ``replace(template_id, plan, expected_version, description=None) -> TemplateView``.
* ``archive(template_id, expected_version)`` — hidden from the list, kept for the record.
* ``plan_for(ref, affected_side=None) -> Plan`` — the template as a plan draft: a
  protocol's "affected side" points take ``affected_side`` (both sides when None),
  unpaired points the midline, EA and adjuncts the technique defaults. A protocol's
  optional points are left out (the view lists them); an Ashi point takes the region the
  protocol names for it; warming-needle moxa never goes on a needle that carries an
  electroacupuncture lead.
* ``suggested_for(text) -> str | None`` — the ref of the protocol written for this TCM
  pattern (free text as the intake holds it), or None.
* ``suggested(patient_id) -> Suggestion`` — the pattern of the patient's latest intake and
  the protocol written for it (``ref`` "" when none fits), for a course about to start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.catalog import PointRole, load_catalog
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.plans import (
    Cupping,
    ElectroPair,
    Moxibustion,
    Plan,
    PointChoice,
    side_for,
    validate_plan,
)
from planner.domain.protocols import Protocol, load_protocols, protocol_for_pattern
from planner.domain.techniques import (
    CUPPING_DEFAULT_MINUTES,
    DEFAULT_RETENTION_MINUTES,
    EA_DEFAULT_MINUTES,
    EA_DEFAULT_MODE,
    EA_DEFAULT_PULSE_WIDTH_MS,
    EA_FREQUENCIES,
    MOXA_DEFAULT_MINUTES,
)
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import MoxaType, PointSide, Technique
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.boundary import CheckedService
from planner.services.course_support import require_version
from planner.services.guard import Guard
from planner.storage.database import Database
from planner.storage.models import PlanTemplate
from planner.storage.queries.courses import latest_intake
from planner.storage.queries.plans import (
    active_templates,
    load_template,
    plan_from_json,
    plan_to_json,
    template_name_taken,
)

PROTOCOL, TEMPLATE = "protocol", "template"
MAX_ADJUNCT_SITES = 4


@dataclass(frozen=True, slots=True)
class TemplateView:
    ref: str  # "protocol:<id>" or "template:<id>"
    kind: str  # "protocol" or "template"
    name: str
    description: str  # a protocol's rationale, or the clinic's description
    techniques: frozenset[Technique]
    points: tuple[str, ...]
    version: int | None  # clinic templates only
    updated_at: dt.datetime | None
    optional_points: tuple[str, ...] = ()  # offered by a protocol, not in its draft
    pattern: str = ""  # the TCM pattern a protocol is written for


@dataclass(frozen=True, slots=True)
class Suggestion:
    pattern: str  # as the latest intake records it ("" when none)
    ref: str  # the protocol written for it, or ""


def plan_from_protocol(protocol: Protocol, affected_side: PointSide | None = None) -> Plan:
    catalog = load_catalog()
    points = tuple(
        PointChoice(
            p.code,
            side_for(p.code, p.side or affected_side, catalog),
            ashi_region=p.ashi_region,
        )
        for p in protocol.required_points
    )
    mode = protocol.ea_mode or EA_DEFAULT_MODE
    electro = tuple(
        ElectroPair(
            a,
            b,
            mode,
            EA_FREQUENCIES[mode].hertz,
            EA_DEFAULT_PULSE_WIDTH_MS,
            "",
            EA_DEFAULT_MINUTES,
        )
        for a, b in protocol.electro_pairs
    )
    local = tuple(
        p.code
        for p in points
        if catalog[p.code].role in (PointRole.LOCAL, PointRole.BOTH) and p.code != "Ashi"
    )[:MAX_ADJUNCT_SITES] or ("lumbar paraspinals",)
    techniques = frozenset(protocol.techniques)
    cupping_type, moxa_type = protocol.cupping_type, protocol.moxa_type
    moxa_sites = protocol.moxa_sites or local
    if moxa_type is MoxaType.WARMING_NEEDLE and electro:  # reference §3, §4: not on a lead
        wired = {code for pair in electro for code in (pair.point_a, pair.point_b)}
        moxa_sites = tuple(site for site in moxa_sites if site not in wired)
    return Plan(
        techniques=techniques,
        points=points,
        electro=electro if Technique.ELECTROACUPUNCTURE in techniques else (),
        cupping=(
            Cupping(
                cupping_type,
                protocol.cupping_sites or local,
                CUPPING_DEFAULT_MINUTES[cupping_type],
            )
            if cupping_type and Technique.CUPPING in techniques
            else None
        ),
        moxibustion=(
            Moxibustion(moxa_type, moxa_sites, MOXA_DEFAULT_MINUTES[moxa_type])
            if moxa_type and moxa_sites and Technique.MOXIBUSTION in techniques
            else None
        ),
        retention_minutes=DEFAULT_RETENTION_MINUTES,
        rationale=protocol.rationale,
        protocol=protocol.id,
    )


def _protocol_view(protocol: Protocol) -> TemplateView:
    return TemplateView(
        f"{PROTOCOL}:{protocol.id}",
        PROTOCOL,
        protocol.name,
        protocol.rationale,
        frozenset(protocol.techniques),
        tuple(p.code for p in protocol.required_points),
        None,
        None,
        tuple(p.code for p in protocol.optional_points),
        protocol.pattern,
    )


def _template_view(row: PlanTemplate) -> TemplateView:
    plan = plan_from_json(row.plan)
    return TemplateView(
        f"{TEMPLATE}:{row.id}",
        TEMPLATE,
        row.name,
        row.description,
        plan.techniques,
        plan.point_codes,
        row.version,
        row.updated_at,
    )


class PlanTemplateService(CheckedService):
    def __init__(self, db: Database, actor: Actor, audit: AuditTrail | None = None) -> None:
        self._db = db
        self._actor = actor
        self._audit = audit or AuditTrail()
        self._guard = Guard(db, self._audit)

    def templates(self) -> list[TemplateView]:
        with self._guard.action(
            self._actor, Action.VIEW_CLINICAL, write=False, object_type="plan_template"
        ) as checked:
            own = [_template_view(row) for row in active_templates(checked.db_session)]
        shipped = sorted((_protocol_view(p) for p in load_protocols()), key=lambda v: v.name)
        return shipped + own

    def save(self, name: str, plan: Plan, description: str = "") -> TemplateView:
        with self._guard.action(
            self._actor, Action.EDIT_PLAN, object_type="plan_template"
        ) as checked:
            title, text = _clean(name, description)
            clean = validate_plan(plan, None)
            db_session = checked.db_session
            _refuse_duplicate(db_session, title)
            row = PlanTemplate(
                name=title,
                description=text,
                plan=plan_to_json(clean),
                created_by_id=self._actor.user_id,
                updated_by_id=self._actor.user_id,
            )
            db_session.add(row)
            db_session.flush()
            self._audited(db_session, AuditAction.CREATE, row)
            return _template_view(row)

    def replace(
        self,
        template_id: int,
        plan: Plan,
        expected_version: int,
        description: str | None = None,
    ) -> TemplateView:
        with self._guard.action(
            self._actor, Action.EDIT_PLAN, object_type="plan_template", object_id=template_id
        ) as checked:
            clean = validate_plan(plan, None)
            db_session = checked.db_session
            row = load_template(db_session, template_id)
            require_version(db_session, row, expected_version, "template")
            if description is not None:
                row.description = _clean(row.name, description)[1]
            row.plan = plan_to_json(clean)
            row.updated_by_id = self._actor.user_id
            db_session.flush()
            self._audited(db_session, AuditAction.UPDATE, row)
            return _template_view(row)

    def archive(self, template_id: int, expected_version: int) -> None:
        with self._guard.action(
            self._actor, Action.EDIT_PLAN, object_type="plan_template", object_id=template_id
        ) as checked:
            db_session = checked.db_session
            row = load_template(db_session, template_id)
            require_version(db_session, row, expected_version, "template")
            row.archived = True
            row.updated_by_id = self._actor.user_id
            db_session.flush()
            self._audited(db_session, AuditAction.ARCHIVE, row)

    def plan_for(self, ref: str, affected_side: PointSide | None = None) -> Plan:
        self._guard.require(self._actor, Action.VIEW_CLINICAL, object_type="plan_template")
        kind, _, key = ref.partition(":")
        if kind == PROTOCOL:
            for protocol in load_protocols():
                if protocol.id == key:
                    return plan_from_protocol(protocol, affected_side)
        elif kind == TEMPLATE and key.isdigit():
            with self._db.read() as db_session:
                return plan_from_json(load_template(db_session, int(key)).plan)
        raise PlannerError(translate("plans", "There is no template {ref!r}.").format(ref=ref))

    def suggested_for(self, text: str) -> str | None:
        """The ref of the protocol written for this TCM pattern (the intake's free text),
        or None when none fits."""
        self._guard.require(self._actor, Action.VIEW_CLINICAL, object_type="plan_template")
        found = protocol_for_pattern(text)
        return f"{PROTOCOL}:{found.id}" if found else None

    def suggested(self, patient_id: int) -> Suggestion:
        """The latest intake's pattern and the protocol written for it, if any."""
        with self._guard.action(
            self._actor, Action.VIEW_CLINICAL, write=False, patient_id=patient_id
        ) as checked:
            intake = latest_intake(checked.db_session, patient_id)
            pattern = intake.pattern.strip() if intake else ""
        found = protocol_for_pattern(pattern)
        return Suggestion(pattern, f"{PROTOCOL}:{found.id}" if found else "")

    def _audited(self, db_session: Session, action: str, row: PlanTemplate) -> None:
        self._audit.record(
            db_session,
            self._actor,
            action,
            object_type="plan_template",
            object_id=row.id,
            detail={"fields": ["plan"] if action != AuditAction.ARCHIVE else ["archived"]},
        )


def _clean(name: str, description: str) -> tuple[str, str]:
    problems = Problems()
    title = clean_text(
        problems, "name", translate("plans", "Template name"), name, max_length=120, required=True
    )
    text = clean_text(
        problems,
        "description",
        translate("plans", "Description"),
        description,
        max_length=2000,
        multiline=True,
    )
    if problems:
        field, message = next(iter(problems.by_field.items()))
        raise ValidationError(field, message)
    return title, text


def _refuse_duplicate(db_session: Session, name: str) -> None:
    if template_name_taken(db_session, name):
        raise ValidationError(
            "name",
            translate("plans", "Template name: {name!r} is already used; choose another.").format(
                name=name
            ),
        )
