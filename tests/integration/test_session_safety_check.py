"""SessionService.check: the safety engine on a session draft as typed, for the session
screen (a change in the health check reruns it) (on SQLite: its code is plain ORM)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from planner.domain.courses_safety import key_of
from planner.domain.intake import IntakeDraft
from planner.domain.plans import ElectroPair, Plan, PointChoice
from planner.domain.sessions import HealthCheck
from planner.domain.vocab import Condition, ConsentScope, PointSide, RedFlag, Technique
from planner.services.courses import CourseService
from planner.services.guard import AccessDenied
from planner.services.intake import IntakeService
from planner.services.plans import PlanService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.models import AuditEvent
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.screened import SCREENED

TODAY = dt.date(2026, 11, 2)
B = PointSide.BILATERAL
PLAN = Plan(
    techniques=frozenset({Technique.LOCAL_NEEDLING}),
    points=(PointChoice("BL23", B), PointChoice("BL25", B)),
)


def _audit_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_check_reruns_safety_on_the_draft_with_todays_answers(db: Database) -> None:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    reza = add_user(db, "reza", RECEPTION)
    patient = add_patient(db)
    intakes = IntakeService(db, ada, today=lambda: TODAY)
    intakes.save(
        patient,
        IntakeDraft(intake_date=TODAY, complaint="Low back ache", nrs_now=6, red_flags=SCREENED),
    )
    for scope in ConsentScope:
        intakes.record_consent(patient, scope, True, TODAY)
    courses = CourseService(db, ada, today=lambda: TODAY)
    course = courses.start(patient, courses.new_course(patient))
    plans = PlanService(db, ada, today=lambda: TODAY)
    plans.save(course.id, PLAN, plans.plan(course.id).course_version)
    sessions = SessionService(db, ada, today=lambda: TODAY)
    record = sessions.open_today(course.id)
    assert sessions.check(record.id, record.draft).findings == ()

    before = _audit_count(db)
    # A pacemaker fitted since the intake, and electroacupuncture planned today.
    ea = replace(
        record.draft.treatment,
        techniques=record.draft.treatment.techniques | {Technique.ELECTROACUPUNCTURE},
        electro=(ElectroPair("BL23", "BL25"),),
    )
    draft = replace(
        record.draft,
        treatment=ea,
        check=HealthCheck(new_conditions=frozenset({Condition.IMPLANTED_DEVICE})),
    )
    check = sessions.check(record.id, draft)
    assert [f.rule for f in check.needs_override] == ["ea.implanted_device"]
    overridden = sessions.check(
        record.id, draft, overrides={key_of(check.needs_override[0]): "Device cleared by letter."}
    )
    assert overridden.resolved
    flagged = sessions.check(
        record.id, replace(draft, check=HealthCheck(new_red_flags=frozenset({RedFlag.FEVER})))
    )
    assert [f.rule for f in flagged.needs_override] == ["red_flag.fever"]
    # Unknown codes are left out until corrected, never a crash.
    typo = replace(record.draft, treatment=replace(PLAN, points=(PointChoice("XX99", B),)))
    assert sessions.check(record.id, typo).findings == ()
    assert _audit_count(db) == before  # checking stores and audits nothing

    with pytest.raises(AccessDenied):
        SessionService(db, reza, today=lambda: TODAY).check(record.id, draft)
