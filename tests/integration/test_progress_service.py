"""Progress through its service (on SQLite: its code is plain ORM): a course's chart data and
review prompts, the clinic's counts on a small fixture; role checks and audit rows."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from planner.domain.errors import PlannerError
from planner.domain.progress import ChartPoint, ClinicFilter, PromptKind
from planner.domain.vocab import CourseStatus, DurationClass, PainRegion, SessionStatus
from planner.services.actor import Actor
from planner.services.guard import AccessDenied
from planner.services.progress import ProgressService
from planner.storage.database import Database
from planner.storage.models import (
    AuditEvent,
    Course,
    CourseReview,
    Intake,
    OutcomeScore,
    TreatmentSession,
)
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user

TODAY = dt.date(2026, 11, 2)
WEEK = dt.timedelta(weeks=1)


@dataclass
class Fixture:
    db: Database
    ada: Actor
    reza: Actor
    patients: dict[str, int]
    courses: dict[str, int]

    def service(self, actor: Actor | None = None) -> ProgressService:
        return ProgressService(self.db, actor or self.ada, today=lambda: TODAY)


def _course(
    db: Database,
    patient_id: int,
    *,
    start: dt.date,
    pains: list[tuple[int | None, int | None]],
    planned: int = 6,
    status: CourseStatus = CourseStatus.ACTIVE,
    end: dt.date | None = None,
    nrs: int | None = 7,
    regions: tuple[PainRegion, ...] = (PainRegion.LOWER_BACK,),
    duration: DurationClass | None = DurationClass.CHRONIC,
    reviews: tuple[int, ...] = (),
    peg: tuple[float | None, ...] = (),
) -> int:
    """A course with an intake, ``pains`` as signed sessions, the rest scheduled weekly."""
    with db.write() as session:
        intake = Intake(
            patient_id=patient_id,
            intake_date=start,
            nrs_now=nrs,
            pain_regions=[r.value for r in regions],
            duration_class=duration.value if duration else None,
        )
        session.add(intake)
        session.flush()
        course = Course(
            patient_id=patient_id,
            intake_id=intake.id,
            status=status,
            planned_sessions=planned,
            start_date=start,
            end_date=end,
            goal_target_pain=2,
            mid_review_at=3,
        )
        session.add(course)
        session.flush()
        records = []
        for number in range(1, planned + 1):
            given = number <= len(pains)
            before, after = pains[number - 1] if given else (None, None)
            record = TreatmentSession(
                course_id=course.id,
                patient_id=patient_id,
                number=number,
                status=SessionStatus.SIGNED if given else SessionStatus.SCHEDULED,
                client_uuid=str(uuid.uuid4()),
                session_date=start + (number - 1) * WEEK,
                pain_before=before,
                pain_after=after,
            )
            session.add(record)
            records.append(record)
        session.flush()
        for at in reviews:
            session.add(CourseReview(course_id=course.id, at_session=at, decision="continue"))
        for index, value in enumerate(peg):
            if value is not None:
                session.add(
                    OutcomeScore(
                        patient_id=patient_id,
                        intake_id=intake.id if index == 0 else None,
                        session_id=records[index - 1].id if index else None,
                        measure="peg",
                        value=value,
                        recorded_on=start,
                    )
                )
        return course.id


@pytest.fixture
def fixture(db: Database) -> Fixture:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    reza = add_user(db, "reza", RECEPTION, "Reza Front")
    names = ("Zoë", "Liam", "Mei", "Omar", "Ines")
    patients = {given: add_patient(db, given, "Fictional") for given in names}
    start = TODAY - 4 * WEEK
    courses = {
        # under way, improved at session 2 (7 → 5), mid review due (3 held, none recorded)
        "zoe": _course(
            db,
            patients["Zoë"],
            start=start - 2 * WEEK,
            pains=[(7, 5), (5, 3), (4, 3)],
            peg=(6.67, None, 5.0),
        ),
        # under way, no improvement by session 4: review due; next session overdue
        "liam": _course(
            db,
            patients["Liam"],
            start=start - 3 * WEEK,
            pains=[(6, 5), (6, 5), (6, 5), (5, 5)],
            nrs=6,
            regions=(PainRegion.NECK,),
            duration=DurationClass.ACUTE,
            reviews=(3,),
        ),
        # closed (discharged), improved
        "mei": _course(
            db,
            patients["Mei"],
            start=start,
            pains=[(8, 6), (6, 4), (5, 3), (3, 2)],
            planned=4,
            status=CourseStatus.DISCHARGED,
            end=TODAY - WEEK,
            reviews=(4,),
        ),
        # closed (referred) last year, not improved
        "omar": _course(
            db,
            patients["Omar"],
            start=dt.date(2025, 3, 3),
            pains=[(6, 6), (6, 6)],
            planned=2,
            status=CourseStatus.REFERRED,
            end=dt.date(2025, 3, 10),
            regions=(PainRegion.SCIATICA, PainRegion.LOWER_BACK),
        ),
        # an earlier course of Zoë's, closed, without an intake score: session 1 is the baseline
        "zoe_old": _course(
            db,
            patients["Zoë"],
            start=dt.date(2024, 5, 6),
            pains=[(5, 4), (4, 3), (3, 3)],
            planned=3,
            status=CourseStatus.COMPLETED,
            end=dt.date(2024, 5, 20),
            nrs=None,
            regions=(),
            duration=None,
        ),
    }
    return Fixture(db, ada, reza, patients, courses)


def _audit_rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_course_chart_data_with_the_marker_and_the_review_due(fixture: Fixture) -> None:
    rows = _audit_rows(fixture.db)
    progress = fixture.service().course(fixture.courses["zoe"])
    assert _audit_rows(fixture.db) == rows + 1
    chart = progress.chart
    assert chart.pain_before == (
        ChartPoint(0, 7),
        ChartPoint(1, 7),
        ChartPoint(2, 5),
        ChartPoint(3, 4),
    )
    assert [p.value for p in chart.pain_after] == [5, 3, 3]
    assert chart.peg == (ChartPoint(0, 6.67), ChartPoint(2, 5.0))
    assert (chart.goal, chart.done, chart.planned) == (2, 3, 6)
    assert [n for n, _ in chart.upcoming] == [4, 5, 6]
    assert chart.milestone is not None and chart.milestone.session == 2
    assert [p.kind for p in progress.prompts] == [PromptKind.MID]


def test_current_course_is_the_open_one(fixture: Fixture) -> None:
    service = fixture.service()
    current = service.current(fixture.patients["Zoë"])
    assert current is not None and current.course_id == fixture.courses["zoe"]
    closed_only = service.current(fixture.patients["Omar"])
    assert closed_only is not None and closed_only.prompts == ()
    assert service.current(fixture.patients["Ines"]) is None
    liam = service.current(fixture.patients["Liam"])
    assert liam is not None
    assert [p.kind for p in liam.prompts] == [PromptKind.NO_IMPROVEMENT]


def test_clinic_counts_on_a_small_clinic(fixture: Fixture) -> None:
    rows = _audit_rows(fixture.db)
    view = fixture.service().clinic()
    assert _audit_rows(fixture.db) == rows + 1
    stats = view.stats
    assert stats.courses == 5
    assert set(stats.active) == {fixture.courses["zoe"], fixture.courses["liam"]}
    assert {(d.course_id, d.prompt.kind) for d in stats.due_review} == {
        (fixture.courses["zoe"], PromptKind.MID),
        (fixture.courses["liam"], PromptKind.NO_IMPROVEMENT),
    }
    overdue = {o.course_id: o.days for o in stats.overdue}
    assert overdue == {fixture.courses["zoe"]: 21, fixture.courses["liam"]: 21}  # 3 weeks late
    assert (stats.completed, stats.improved) == (3, 2)  # Mei and Zoë's old course improved
    assert view.name(fixture.patients["Liam"]).given_name == "Liam"
    assert view.name(123_456).given_name == ""


def test_clinic_filters(fixture: Fixture) -> None:
    service = fixture.service()
    this_year = service.clinic(ClinicFilter(start=dt.date(2026, 1, 1), end=TODAY)).stats
    assert (this_year.courses, this_year.completed, this_year.improved) == (3, 1, 1)
    last_year = service.clinic(ClinicFilter(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31)))
    assert (last_year.stats.courses, last_year.stats.improved_share) == (1, 0.0)
    neck = service.clinic(ClinicFilter(region=PainRegion.NECK)).stats
    assert neck.active == (fixture.courses["liam"],)
    chronic_back = service.clinic(
        ClinicFilter(region=PainRegion.LOWER_BACK, duration=DurationClass.CHRONIC)
    ).stats
    assert chronic_back.courses == 3
    assert chronic_back.improved_share == 0.5


def test_reception_is_refused_and_audited(fixture: Fixture) -> None:
    service = fixture.service(fixture.reza)
    rows = _audit_rows(fixture.db)
    for attempt in (
        lambda: service.course(fixture.courses["zoe"]),
        lambda: service.current(fixture.patients["Zoë"]),
        lambda: service.clinic(),
    ):
        with pytest.raises(AccessDenied):
            attempt()
    assert _audit_rows(fixture.db) == rows + 3
    with pytest.raises(PlannerError, match="no course"):
        fixture.service().course(999_999)
