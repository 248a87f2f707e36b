"""Outcome scores through a course (issue 16): recorded before sessions and at a review or
discharge by OutcomeService, read back by the progress rules; checks, roles and audit."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.progress import ChartPoint, PromptKind
from planner.domain.vocab import CourseStatus, OutcomeMeasure, SessionStatus
from planner.services.guard import AccessDenied
from planner.services.outcomes import OutcomeEntry, OutcomeService, SavedScores
from planner.services.progress import ProgressService
from planner.storage.database import Database
from planner.storage.models import AuditEvent, OutcomeScore, TreatmentSession
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.integration.test_progress_service import TODAY, WEEK, _course

START = TODAY - 6 * WEEK
Setup = tuple[Database, OutcomeService, ProgressService, int, int]


def _ids(db: Database, course_id: int) -> dict[int, int]:
    with db.read() as session:
        rows = session.execute(
            select(TreatmentSession.number, TreatmentSession.id).where(
                TreatmentSession.course_id == course_id
            )
        )
        return {number: sid for number, sid in rows}


@pytest.fixture
def setup(db: Database) -> Setup:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    patient = add_patient(db, "Tove", "Fictional")
    # pain before 7 → 5 → 7 → 8 → 8: the best dip at session 1, worse since
    course = _course(db, patient, start=START, pains=[(5, 4), (7, 6), (8, 7), (8, 8)])
    outcomes = OutcomeService(db, ada, today=lambda: TODAY)
    progress = ProgressService(db, ada, today=lambda: TODAY)
    return db, outcomes, progress, course, patient


def test_the_dip_does_not_count_and_the_session_4_review_is_raised(setup: Setup) -> None:
    _db, _outcomes, progress, course, _patient = setup
    shown = progress.course(course)
    assert shown.chart.verdict is not None and not shown.chart.verdict.meaningful
    assert (shown.chart.verdict.baseline, shown.chart.verdict.latest) == (7, 8)
    assert shown.prompts[0].kind == PromptKind.NO_IMPROVEMENT


def test_session_scores_are_stored_and_judged_on_average_pain(setup: Setup) -> None:
    db, outcomes, progress, course, patient = setup
    ids = _ids(db, course)
    outcomes.record_for_session(ids[1], OutcomeEntry(6, 7, 6, 5))
    saved = outcomes.record_for_session(ids[4], OutcomeEntry(8, 4, 3, 2))
    assert saved.scores == SavedScores(8.0, 4.0, 3.0)
    assert saved.patient_id == patient
    again = outcomes.record_for_session(ids[4], OutcomeEntry(8, 4, 3, 2))  # replaces
    assert again.scores == saved.scores
    assert outcomes.for_session(ids[4]) == SavedScores(8.0, 4.0, 3.0)
    shown = progress.course(course)
    # average pain 7 (session 1) → 4 (session 4); the intake had no average: session 1 is
    # the baseline, and the recorded pain now replaces the pain before at sessions 1 and 4
    assert shown.chart.average == (ChartPoint(1, 7.0), ChartPoint(4, 4.0))
    assert shown.chart.verdict is not None and shown.chart.verdict.meaningful
    assert shown.chart.verdict.measure == OutcomeMeasure.NRS_AVERAGE
    assert shown.chart.pain_before[1] == ChartPoint(1, 6.0)
    assert shown.chart.peg == (ChartPoint(1, 6.0), ChartPoint(4, 3.0))
    assert [p.kind for p in shown.prompts] == [PromptKind.MID]
    with db.read() as session:
        rows = session.scalars(select(OutcomeScore).where(OutcomeScore.session_id == ids[4])).all()
        assert sorted(r.measure for r in rows) == ["nrs_average", "nrs_now", "peg"]
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.object_type == "outcome_scores")
        ).all()
    assert len(events) == 3
    detail = events[-1].detail
    text = json.dumps(detail)
    assert detail["scope"] == "session" and "8" not in text and "Tove" not in text


def test_review_scores_stand_at_the_last_session_held_and_count_in_the_clinic(setup: Setup) -> None:
    _db, outcomes, progress, course, _patient = setup
    outcomes.record_for_course(course, OutcomeEntry(pain_now=3), on=TODAY - WEEK)
    shown = progress.course(course)
    assert shown.chart.pain_before[-1] == ChartPoint(4, 3.0)
    assert shown.chart.verdict is not None and shown.chart.verdict.meaningful
    assert outcomes.for_course(course, TODAY - WEEK) == SavedScores(3.0)
    assert outcomes.for_course(course).empty


def test_each_value_is_checked_naming_the_field(setup: Setup) -> None:
    db, outcomes, _progress, course, _patient = setup
    ids = _ids(db, course)
    cases = [
        (OutcomeEntry(11), "pain_now"),
        (OutcomeEntry(None, 5, None, 5), "peg_enjoyment"),
        (OutcomeEntry(3, 5, 12, 5), "peg_enjoyment"),
        (OutcomeEntry(), "pain_now"),
    ]
    for entry, field in cases:
        with pytest.raises(ValidationError) as error:
            outcomes.record_for_session(ids[1], entry)
        assert error.value.field == field
    with pytest.raises(ValidationError) as error:
        outcomes.record_for_course(course, OutcomeEntry(3), on=TODAY + dt.timedelta(days=1))
    assert error.value.field == "on"
    with pytest.raises(ValidationError) as error:
        outcomes.record_for_course(course, OutcomeEntry(3), on=START - WEEK)
    assert error.value.field == "on"
    with pytest.raises(PlannerError, match="no session"):
        outcomes.record_for_session(999_999, OutcomeEntry(3))
    with pytest.raises(PlannerError, match="no course"):
        outcomes.record_for_course(999_999, OutcomeEntry(3))
    with db.write() as session:
        cancelled = session.get(TreatmentSession, ids[6])
        assert cancelled is not None
        cancelled.status = SessionStatus.CANCELLED
    with pytest.raises(PlannerError, match="cancelled"):
        outcomes.record_for_session(ids[6], OutcomeEntry(3))
    with db.read() as session:
        assert session.scalars(select(OutcomeScore)).all() == []


def test_reception_may_not_record_or_read_scores(setup: Setup) -> None:
    db, _outcomes, _progress, course, _patient = setup
    reza = add_user(db, "reza", RECEPTION, "Reza Front")
    front = OutcomeService(db, reza, today=lambda: TODAY)
    with pytest.raises(AccessDenied):
        front.record_for_course(course, OutcomeEntry(3))
    with pytest.raises(AccessDenied):
        front.for_course(course)
    with db.read() as session:
        refused = session.scalars(select(AuditEvent).where(AuditEvent.action == "refused")).all()
    assert len(refused) == 2


def test_a_closed_course_judged_in_the_clinic_by_its_discharge_score(db: Database) -> None:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    patient = add_patient(db, "Ines", "Fictional")
    course = _course(
        db,
        patient,
        start=START,
        pains=[(5, 4), (4, 4), (4, 3)],
        planned=3,
        status=CourseStatus.DISCHARGED,
        end=TODAY - WEEK,
    )
    progress = ProgressService(db, ada, today=lambda: TODAY)
    assert progress.clinic().stats.improved == 1
    OutcomeService(db, ada, today=lambda: TODAY).record_for_course(
        course, OutcomeEntry(pain_now=7), on=TODAY - WEEK
    )
    assert progress.clinic().stats.improved == 0
