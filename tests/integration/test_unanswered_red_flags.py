"""An intake saved without red-flag answers: a screen not done is not a screen passed.

Starting the plan is refused with ``red_flags.unanswered`` until the questions are answered
or a reason is recorded; a reason given at the first plan holds for the course's sessions
(recorded once for the course). On SQLite: plain ORM code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.domain.courses import CourseDraft
from planner.domain.courses_safety import SafetyUnresolved, key_of
from planner.domain.intake import IntakeDraft
from planner.domain.plans import Plan, PointChoice
from planner.domain.vocab import ConsentScope, PointSide, Technique
from planner.services.actor import Actor
from planner.services.courses import CourseService
from planner.services.intake import IntakeService
from planner.services.plans import PlanService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from tests.helpers.factories import PRACTITIONER, add_patient, add_user
from tests.screened import SCREENED

TODAY = dt.date(2026, 11, 2)
PLAN = Plan(
    techniques=frozenset({Technique.LOCAL_NEEDLING}),
    points=(PointChoice("BL23", PointSide.BILATERAL), PointChoice("BL25", PointSide.BILATERAL)),
)
UNSCREENED = IntakeDraft(intake_date=TODAY, complaint="Low back ache", nrs_now=6)


def _course(db: Database) -> tuple[Actor, int, int]:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    patient = add_patient(db)
    intakes = IntakeService(db, ada, today=lambda: TODAY)
    intakes.save(patient, UNSCREENED)
    for scope in ConsentScope:
        intakes.record_consent(patient, scope, True, TODAY)
    courses = CourseService(db, ada, today=lambda: TODAY)
    course_id = courses.start(patient, CourseDraft(start_date=TODAY)).id
    return ada, patient, course_id


def test_the_first_plan_is_refused_until_the_questions_are_answered(db: Database) -> None:
    ada, patient, course_id = _course(db)
    plans = PlanService(db, ada, today=lambda: TODAY)
    check = plans.check(course_id, PLAN)
    assert [f.rule for f in check.needs_override] == ["red_flags.unanswered"]
    with pytest.raises(SafetyUnresolved) as caught:
        plans.save(course_id, PLAN, plans.plan(course_id).course_version)
    assert [f.rule for f in caught.value.check.needs_override] == ["red_flags.unanswered"]

    intakes = IntakeService(db, ada, today=lambda: TODAY)
    draft, _ = intakes.new_draft(patient)
    intakes.save(patient, replace(draft, red_flags=SCREENED))
    assert plans.check(course_id, PLAN).findings == ()
    saved = plans.save(course_id, PLAN, plans.plan(course_id).course_version)
    assert saved.safety.resolved


def test_a_reason_at_the_first_plan_holds_for_the_courses_sessions(db: Database) -> None:
    ada, _, course_id = _course(db)
    plans = PlanService(db, ada, today=lambda: TODAY)
    finding = plans.check(course_id, PLAN).needs_override[0]
    reason = "Patient declined the questions today; asked again at the next visit."
    saved = plans.save(
        course_id, PLAN, plans.plan(course_id).course_version, overrides={key_of(finding): reason}
    )
    assert saved.safety.resolved
    sessions = SessionService(db, ada, today=lambda: TODAY)
    record = sessions.open_today(course_id)
    check = sessions.check(record.id, record.draft)
    assert check.resolved and "red_flags.unanswered" not in [f.rule for f in check.needs_override]
    # The finding is still there (the intake is still unscreened) but its reason is stored.
    assert "red_flags.unanswered" in [f.rule for f in check.findings]
