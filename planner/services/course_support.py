"""What the course, plan and session services share inside their transactions: the
patient's facts for the safety engine, the version check of a save, and storing the
acknowledgements and overrides given with a save (each override audited).

The patient's facts come from the latest intake (a re-assessment supersedes the intake
the course started from). The queries and row mapping these build on live in
planner.storage.queries (courses, sessions, plans).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from planner.domain.catalog import load_catalog
from planner.domain.clinical import age_on
from planner.domain.courses_safety import SafetyCheck, key_of
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.intake_facts import patient_facts
from planner.domain.plans import Plan
from planner.domain.safety import PatientFacts, Severity
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.conflicts import conflict_error
from planner.services.intake_codec import draft_of_intake
from planner.storage.base import Versioned
from planner.storage.models import Course, Patient
from planner.storage.queries.courses import Resolutions, add_resolution, latest_intake


def facts_now(db_session: Session, patient_id: int, today: dt.date) -> PatientFacts:
    """What the safety engine knows about the patient today (latest intake)."""
    patient = db_session.get(Patient, patient_id)
    if patient is None:
        raise PlannerError(
            translate("courses", "There is no patient {patient_id}.").format(patient_id=patient_id)
        )
    age = age_on(patient.date_of_birth, today)
    intake = latest_intake(db_session, patient_id)
    if intake is None:
        return PatientFacts(age=age)
    return patient_facts(draft_of_intake(intake), age)


def screenable(plan: Plan) -> Plan:
    """The plan with only catalog points (a typo is reported by validation, not a crash)."""
    catalog = load_catalog()
    return replace(plan, points=tuple(p for p in plan.points if catalog.is_known(p.code)))


def require_version(db_session: Session, record: Versioned, expected: int, what: str) -> None:
    """Refuse a save based on an older version, naming who saved the newer one."""
    if record.version != expected:
        raise conflict_error(db_session, record, what)


def touch(record: Versioned, actor: Actor, clock: Callable[[], dt.datetime]) -> None:
    """Mark a versioned row changed by ``actor`` (its version moves on at flush, even when
    only its child rows changed)."""
    record.updated_at = clock()
    record.updated_by_id = actor.user_id


def store_resolutions(
    db_session: Session,
    *,
    check: SafetyCheck,
    before: Resolutions,
    course: Course,
    session_id: int | None,
    actor: Actor,
    audit: AuditTrail,
) -> list[str]:
    """Add rows for acknowledgements and overrides given now; each override is audited.

    Returns the rules newly overridden.
    """
    known_acks, known_overrides = before
    overridden: list[str] = []
    for finding in check.findings:
        key = key_of(finding)
        if finding.severity == Severity.WARN:
            if key not in check.acknowledged or key in known_acks:
                continue
            reason = ""
        else:
            if key not in check.overrides or known_overrides.get(key) == check.overrides[key]:
                continue
            reason = check.overrides[key]
        row_id = add_resolution(
            db_session,
            course_id=course.id,
            session_id=session_id,
            finding=finding,
            reason=reason,
            user_id=actor.user_id,
        )
        if finding.severity != Severity.WARN:
            overridden.append(finding.rule)
            audit.record(
                db_session,
                actor,
                AuditAction.SAFETY_OVERRIDE,
                patient_id=course.patient_id,
                object_type="session" if session_id else "course",
                object_id=session_id or course.id,
                detail={
                    "rule": finding.rule,
                    "subject": finding.subject,
                    "severity": finding.severity.value,
                    "override_id": row_id,
                },
            )
    return overridden


def before_course(start: dt.date) -> str:
    """A session's date is before its course starts (on ``start``)."""
    return translate("courses", "Date: before the course starts ({start}).").format(start=start)


def before_session(number: int, day: dt.date) -> str:
    """A session's date is before session ``number``'s (``day``)."""
    return translate("courses", "Date: before session {number} ({day}).").format(
        number=number, day=day
    )


def not_started(start: dt.date) -> PlannerError:
    """A session cannot be recorded today: its course starts on ``start``."""
    return PlannerError(
        translate("sessions", "This course starts on {start}.").format(start=start),
        hint=translate("sessions", "Change the course's start date to record a session today."),
    )
