"""What the course screens are shown: a course with its sessions, reviews and pain so far
(``CourseView``), the schedule reception sees (``ScheduleView``), what stops a course
from starting (``StartSafety``), and the functions that build them inside a transaction.

Plain frozen dataclasses (no ORM objects leave a transaction). The use cases that return
them: planner.services.courses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.domain.courses import CLOSED, pain_change, review_due, session_label
from planner.domain.outcomes import Change
from planner.domain.safety import Finding, Severity
from planner.domain.vocab import CourseStatus, DischargeReason, ReviewDecision, SessionStatus
from planner.storage.models import Course, CourseReview, TreatmentSession
from planner.storage.queries.courses import course_reviews, intake_pain
from planner.storage.queries.sessions import course_sessions, paid_amounts


@dataclass(frozen=True, slots=True)
class SessionSlot:
    id: int
    number: int
    label: str  # "Session 3 of 6"
    session_date: dt.date
    status: SessionStatus
    version: int
    review: str | None  # "mid", "final" or None


@dataclass(frozen=True, slots=True)
class ReviewView:
    id: int
    at_session: int
    decision: ReviewDecision
    extend_by: int | None
    discharge_reason: DischargeReason | None
    refer_to: str
    reason: str
    note: str
    pain_start: int | None
    pain_latest: int | None
    decided_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PainProgress:
    baseline: int | None  # intake's pain now, else the first session's pain before
    latest: int | None  # the latest session's pain before treatment
    change: Change | None


@dataclass(frozen=True, slots=True)
class CourseView:
    id: int
    patient_id: int
    intake_id: int | None
    version: int
    status: CourseStatus
    planned_sessions: int
    sessions_per_week: float
    start_date: dt.date
    end_date: dt.date | None
    goals: str
    goal_target_pain: int | None
    mid_review_at: int
    sessions_reason: str
    sessions: tuple[SessionSlot, ...]
    reviews: tuple[ReviewView, ...]
    pain: PainProgress

    @property
    def closed(self) -> bool:
        return self.status in CLOSED


@dataclass(frozen=True, slots=True)
class StartSafety:
    """What stops a course from starting: the latest intake's ``refer`` findings."""

    findings: tuple[Finding, ...]
    may_override: bool  # the user's roles allow ``override_safety``


def refer_findings(findings: list[Finding]) -> tuple[Finding, ...]:
    return tuple(f for f in findings if f.severity == Severity.REFER)


@dataclass(frozen=True, slots=True)
class ScheduledSession:
    id: int
    number: int
    label: str
    session_date: dt.date
    status: SessionStatus
    version: int
    fee_cents: int | None
    paid_cents: int


@dataclass(frozen=True, slots=True)
class ScheduleView:
    course_id: int
    patient_id: int
    planned_sessions: int
    sessions: tuple[ScheduledSession, ...]


def course_view(db_session: Session, course: Course) -> CourseView:
    planned = course.planned_sessions
    slots = tuple(
        SessionSlot(
            s.id,
            s.number,
            session_label(s.number, planned),
            s.session_date,
            SessionStatus(s.status),
            s.version,
            review_due(s.number, planned, course.mid_review_at),
        )
        for s in course_sessions(db_session, course.id)
    )
    return CourseView(
        id=course.id,
        patient_id=course.patient_id,
        intake_id=course.intake_id,
        version=course.version,
        status=CourseStatus(course.status),
        planned_sessions=planned,
        sessions_per_week=course.sessions_per_week,
        start_date=course.start_date,
        end_date=course.end_date,
        goals=course.goals,
        goal_target_pain=course.goal_target_pain,
        mid_review_at=course.mid_review_at,
        sessions_reason=course.sessions_reason,
        sessions=slots,
        reviews=tuple(_review_view(r) for r in course_reviews(db_session, course.id)),
        pain=pain_progress(db_session, course),
    )


def _review_view(r: CourseReview) -> ReviewView:
    return ReviewView(
        r.id,
        r.at_session,
        ReviewDecision(r.decision),
        r.extend_by,
        DischargeReason(r.discharge_reason) if r.discharge_reason else None,
        r.refer_to,
        r.reason,
        r.note,
        r.pain_start,
        r.pain_latest,
        r.created_at,
    )


def scheduled_session(
    record: TreatmentSession, planned_sessions: int, paid_cents: int
) -> ScheduledSession:
    return ScheduledSession(
        record.id,
        record.number,
        session_label(record.number, planned_sessions),
        record.session_date,
        SessionStatus(record.status),
        record.version,
        record.fee_cents,
        paid_cents,
    )


def schedule_view(db_session: Session, course: Course) -> ScheduleView:
    """Numbers, labels, dates, status, fee and paid amounts; nothing clinical."""
    sessions = course_sessions(db_session, course.id)
    paid = paid_amounts(db_session, [s.id for s in sessions])
    return ScheduleView(
        course.id,
        course.patient_id,
        course.planned_sessions,
        tuple(
            scheduled_session(s, course.planned_sessions, (s.paid_cents or 0) + paid.get(s.id, 0))
            for s in sessions
        ),
    )


def pain_progress(db_session: Session, course: Course) -> PainProgress:
    baseline = None
    if course.intake_id is not None:
        baseline = intake_pain(db_session, course.intake_id)
    scores = [
        s.pain_before
        for s in course_sessions(db_session, course.id)
        if s.pain_before is not None and s.status in (SessionStatus.DRAFT, SessionStatus.SIGNED)
    ]
    if baseline is None and scores:
        baseline = scores[0]
    latest = scores[-1] if scores else None
    return PainProgress(baseline, latest, pain_change(baseline, latest))
