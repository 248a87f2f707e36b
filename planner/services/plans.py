"""A course's treatment plan: read it, check it on every change, save it, start it over.

API for the plan editor (practitioners; role checked first, changes audited):

``PlanService(db, actor, audit=None, today=date.today, clock=utc_now, *, templates=None)``
(``templates``: the ``PlanTemplateService`` that ``from_template`` takes plans from)

* ``plan(course_id) -> PlanView`` — the stored plan (empty for a new course), its course
  version, the patient's consents, and its safety check with the acknowledgements and
  overrides already recorded (audited as an opened record).
* ``check(course_id, plan, acknowledged=frozenset(), overrides=None) -> SafetyCheck`` —
  run on every change: the safety engine on the plan (points not in the catalog are
  left out until corrected) for the patient's facts from the latest intake. Not stored,
  not audited. ``check.unacknowledged`` (``warn``) need an acknowledgement and
  ``check.needs_override`` (``block``/``refer``) an override reason before saving.
* ``save(course_id, plan, expected_version, acknowledged=frozenset(), overrides=None)
  -> PlanView`` — checks the plan (``PlanInvalid.problems`` names fields such as
  ``points[2].side``; techniques the patient has not consented to are refused), runs the
  safety engine and raises ``SafetyUnresolved`` (carrying the check) until every finding
  is acknowledged or overridden. An override needs the OVERRIDE_SAFETY permission and a
  reason of at least 10 characters (``PlanInvalid`` on ``override.<rule>.<subject>``);
  each new override writes its own ``safety_override`` audit row besides the plan's
  ``update`` row.
* ``from_template(course_id, ref) -> PlanStart`` and ``repeat_last(course_id) -> PlanStart``
  — a plan draft (not saved) from a protocol or clinic template (sides for "affected"
  points from the intake's sciatica side), or from the last session given; techniques
  the patient has not consented to are left out and listed, and ``changes`` lists what
  differs from the current plan ("showing what changed").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from typing import Protocol

from planner.clock import utc_now
from planner.domain.access import Action
from planner.domain.courses import CLOSED
from planner.domain.courses_diff import Difference, treatment_changes
from planner.domain.courses_safety import (
    FindingKey,
    SafetyCheck,
    SafetyUnresolved,
    clean_overrides,
    safety_check,
)
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.plans import Plan, validate_plan
from planner.domain.techniques import NEEDLING, consent_needed
from planner.domain.vocab import ConsentScope, PointSide, Technique
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.course_support import (
    facts_now,
    require_version,
    screenable,
    store_resolutions,
)
from planner.services.guard import Checked, GuardedService
from planner.services.resolution_notes import ResolutionNote, resolution_notes
from planner.storage.database import Database
from planner.storage.models import Course
from planner.storage.queries.courses import (
    consents_now,
    latest_intake,
    load_course,
    resolutions,
)
from planner.storage.queries.plans import apply_plan, plan_of, plan_to_json
from planner.storage.queries.sessions import last_recorded, session_draft_of

_SIDES = {"left": PointSide.LEFT, "right": PointSide.RIGHT, "both": PointSide.BILATERAL}


@dataclass(frozen=True, slots=True)
class PlanView:
    course_id: int
    patient_id: int
    course_version: int
    plan: Plan
    consents: frozenset[ConsentScope]
    safety: SafetyCheck
    # Who acknowledged or overrode each stored finding, and when (shown beside it).
    resolved_by: Mapping[FindingKey, ResolutionNote] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PlanStart:
    plan: Plan
    source: str  # the template ref, or "last_session"
    left_out: tuple[Technique, ...]  # not consented: removed from the draft
    changes: tuple[Difference, ...]  # compared with the course's current plan


class TemplatePlans(Protocol):
    """Where ``from_template`` takes a plan from (:class:`PlanTemplateService`)."""

    def plan_for(self, ref: str, affected_side: PointSide | None = None) -> Plan: ...


class PlanService(GuardedService):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        audit: AuditTrail | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], dt.datetime] = utc_now,
        *,
        templates: TemplatePlans | None = None,
    ) -> None:
        super().__init__(db, actor, audit, today, clock)
        self._templates = templates

    def plan(self, course_id: int) -> PlanView:
        with self._plan_action(Action.VIEW_CLINICAL, course_id) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            plan = plan_of(course)
            acknowledged, overrides = resolutions(db_session, course.id)
            facts = facts_now(db_session, course.patient_id, self._today())
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.OPEN_RECORD,
                patient_id=course.patient_id,
                object_type="plan",
                object_id=course.id,
                detail={"scope": "clinical"},
            )
            return PlanView(
                course.id,
                course.patient_id,
                course.version,
                plan,
                consents_now(db_session, course.patient_id),
                safety_check(facts, screenable(plan), acknowledged, overrides),
                resolution_notes(db_session, course.id),
            )

    def check(
        self,
        course_id: int,
        plan: Plan,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> SafetyCheck:
        with self._plan_action(Action.VIEW_CLINICAL, course_id, write=False) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            known_acks, known_overrides = resolutions(db_session, course.id)
            facts = facts_now(db_session, course.patient_id, self._today())
        return safety_check(
            facts,
            screenable(plan),
            known_acks | acknowledged,
            {**known_overrides, **(overrides or {})},
        )

    def save(
        self,
        course_id: int,
        plan: Plan,
        expected_version: int,
        acknowledged: frozenset[FindingKey] = frozenset(),
        overrides: Mapping[FindingKey, str] | None = None,
    ) -> PlanView:
        if overrides:  # both checked before the transaction, in this order, as always
            self._require(Action.EDIT_PLAN, course_id)
            self._require(Action.OVERRIDE_SAFETY, course_id)
        reasons = clean_overrides(overrides or {})
        with self._plan_action(Action.EDIT_PLAN, course_id) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            consents = consents_now(db_session, course.patient_id)
            clean = validate_plan(plan, consents)
            require_version(db_session, course, expected_version, "course")
            if course.status in CLOSED:
                raise PlannerError(
                    translate("plans", "This course is closed; its plan can no longer change.")
                )
            before = resolutions(db_session, course.id)
            facts = facts_now(db_session, course.patient_id, self._today())
            check = safety_check(facts, clean, before[0] | acknowledged, {**before[1], **reasons})
            if not check.resolved:
                raise SafetyUnresolved(check)
            changed = _changed_fields(plan_of(course), clean)
            apply_plan(course, clean)
            self._audit.changed(
                db_session,
                self._actor,
                course,
                AuditAction.UPDATE,
                object_type="plan",
                detail={"fields": changed},
                at=self._clock(),
            )
            store_resolutions(
                db_session,
                check=check,
                before=before,
                course=course,
                session_id=None,
                actor=self._actor,
                audit=self._audit,
            )
            db_session.flush()
            notes = resolution_notes(db_session, course.id)
            return PlanView(
                course.id, course.patient_id, course.version, clean, consents, check, notes
            )

    def from_template(self, course_id: int, ref: str) -> PlanStart:
        with self._plan_action(Action.VIEW_CLINICAL, course_id, write=False) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            intake = latest_intake(db_session, course.patient_id)
            side = _SIDES.get(intake.sciatica_side or "") if intake else None
            current, consents = plan_of(course), consents_now(db_session, course.patient_id)
        if self._templates is None:
            raise PlannerError(translate("plans", "Plan templates are not available here."))
        draft = self._templates.plan_for(ref, side)
        return _start(draft, ref, current, consents)

    def repeat_last(self, course_id: int) -> PlanStart:
        with self._plan_action(Action.VIEW_CLINICAL, course_id, write=False) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            last = last_recorded(db_session, course.id)
            if last is None:
                raise PlannerError(
                    translate("plans", "No session of this course has been recorded yet.")
                )
            current = plan_of(course)
            given = session_draft_of(last).treatment
            consents = consents_now(db_session, course.patient_id)
        draft = replace(
            given,
            acupuncture_style=current.acupuncture_style,
            rationale=current.rationale,
            protocol=current.protocol,
        )
        return _start(draft, "last_session", current, consents)

    def _require(self, action: Action, course_id: int) -> None:
        """The role check alone (the course's patient is looked up only when refusing)."""
        self._guard.require_of(
            self._actor, action, record=(Course, course_id), object_type="plan", object_id=course_id
        )

    def _plan_action(
        self, action: Action, course_id: int, *, write: bool = True
    ) -> AbstractContextManager[Checked]:
        """The role check and the work on one course's plan in one transaction; a refusal
        names the course's patient (found in it). A missing course: load_course says so."""
        return self._action(
            action,
            write=write,
            record=(Course, course_id),
            object_type="plan",
            object_id=course_id,
        )


def _start(draft: Plan, source: str, current: Plan, consents: frozenset[ConsentScope]) -> PlanStart:
    left_out = tuple(sorted(t for t in draft.techniques if consent_needed(t) not in consents))
    if left_out:
        kept = draft.techniques - set(left_out)
        draft = replace(
            draft,
            techniques=kept,
            points=draft.points if kept & NEEDLING else (),
            electro=draft.electro if Technique.ELECTROACUPUNCTURE in kept else (),
            cupping=draft.cupping if Technique.CUPPING in kept else None,
            moxibustion=draft.moxibustion if Technique.MOXIBUSTION in kept else None,
        )
    return PlanStart(draft, source, left_out, treatment_changes(current, draft))


def _changed_fields(before: Plan, after: Plan) -> list[str]:
    old, new = plan_to_json(before), plan_to_json(after)
    return [name for name in new if old.get(name) != new[name]]
