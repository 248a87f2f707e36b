"""A course's rows: adding and loading it, its patient's latest intake and consents, its
reviews, and the acknowledgements and overrides of safety findings stored for it.

Acknowledgements and overrides are ``safety_override`` rows: course rows (no session)
cover the plan and every session; session rows cover that session. Consents are the
latest answer per scope. Nothing here checks roles, opens transactions or audits: the
services call these inside theirs.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.courses import CourseDraft, ReviewDraft
from planner.domain.courses_safety import FindingKey
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.safety import Finding, Severity
from planner.domain.vocab import ConsentScope, CourseStatus
from planner.storage.models import (
    Consent,
    Course,
    CourseReview,
    Intake,
    SafetyOverride,
    User,
)

Resolutions = tuple[frozenset[FindingKey], dict[FindingKey, str]]


def load_course(db_session: Session, course_id: int) -> Course:
    course = db_session.get(Course, course_id)
    if course is None:
        raise PlannerError(
            translate("courses", "There is no course {course_id}.").format(course_id=course_id)
        )
    return course


def add_course(
    db_session: Session, patient_id: int, intake: Intake, draft: CourseDraft, user_id: int | None
) -> Course:
    """A new *planned* course from a validated draft and the intake it starts from
    (flushed: it has its id)."""
    assert draft.start_date is not None
    course = Course(
        patient_id=patient_id,
        intake_id=intake.id,
        practitioner_id=user_id,
        status=CourseStatus.PLANNED,
        planned_sessions=draft.planned_sessions,
        sessions_reason=draft.sessions_reason,
        sessions_per_week=draft.sessions_per_week,
        start_date=draft.start_date,
        goals=draft.goals,
        goal_target_pain=draft.goal_target_pain,
        mid_review_at=draft.mid_review_at,
        acupuncture_style=intake.acupuncture_style,
        updated_by_id=user_id,
    )
    db_session.add(course)
    db_session.flush()
    return course


def add_review(
    db_session: Session,
    course: Course,
    review: ReviewDraft,
    *,
    at_session: int,
    pain: tuple[int | None, int | None],
    user_id: int | None,
    at: dt.datetime,
) -> CourseReview:
    """A validated review of ``course`` decided by ``user_id`` at ``at``, with the pain at
    the start and the latest (flushed: it has its id)."""
    row = CourseReview(
        course_id=course.id,
        intake_id=course.intake_id,
        at_session=at_session,
        decision=str(review.decision),
        extend_by=review.extend_by,
        discharge_reason=str(review.discharge_reason) if review.discharge_reason else None,
        refer_to=review.refer_to,
        reason=review.reason,
        note=review.note,
        pain_start=pain[0],
        pain_latest=pain[1],
        decided_by_id=user_id,
    )
    row.created_at = row.updated_at = at
    db_session.add(row)
    db_session.flush()
    return row


def patient_courses(db_session: Session, patient_id: int) -> list[Course]:
    """The patient's courses, newest first."""
    return list(
        db_session.scalars(
            select(Course)
            .where(Course.patient_id == patient_id)
            .order_by(Course.start_date.desc(), Course.id.desc())
        )
    )


def course_reviews(db_session: Session, course_id: int) -> list[CourseReview]:
    """The course's reviews in the order they were decided."""
    return list(
        db_session.scalars(
            select(CourseReview)
            .where(CourseReview.course_id == course_id)
            .order_by(CourseReview.created_at, CourseReview.id)
        )
    )


def latest_intake(db_session: Session, patient_id: int) -> Intake | None:
    return db_session.scalars(
        select(Intake)
        .where(Intake.patient_id == patient_id)
        .order_by(Intake.intake_date.desc(), Intake.id.desc())
        .limit(1)
    ).first()


def intake_pain(db_session: Session, intake_id: int) -> int | None:
    """The intake's pain now (NRS)."""
    return db_session.scalar(select(Intake.nrs_now).where(Intake.id == intake_id))


def consents_now(db_session: Session, patient_id: int) -> frozenset[ConsentScope]:
    """Scopes whose latest answer is a consent that has not been withdrawn."""
    latest: dict[str, bool] = {}
    for row in db_session.scalars(
        select(Consent)
        .where(Consent.patient_id == patient_id)
        .order_by(Consent.id)  # the answer recorded last, whatever date it was given
    ):
        latest[row.scope] = row.given and row.withdrawn_on is None
    return frozenset(ConsentScope(scope) for scope, given in latest.items() if given)


def resolutions(db_session: Session, course_id: int, session_id: int | None = None) -> Resolutions:
    """Acknowledged findings and override reasons that apply to a plan or a session."""
    rows = db_session.scalars(
        select(SafetyOverride)
        .where(SafetyOverride.course_id == course_id)
        .order_by(SafetyOverride.id)
    )
    acknowledged: set[FindingKey] = set()
    overrides: dict[FindingKey, str] = {}
    for row in rows:
        if row.session_id is not None and row.session_id != session_id:
            continue
        key = (row.rule, row.subject)
        if row.severity == Severity.WARN:
            acknowledged.add(key)
        else:
            overrides[key] = row.reason
    return frozenset(acknowledged), overrides


def resolution_authors(
    db_session: Session, course_id: int, session_id: int | None = None
) -> dict[FindingKey, tuple[str, dt.datetime]]:
    """Who stored the latest acknowledgement or override of each finding that applies to
    the course's plan (``session_id`` None) or one of its sessions, and when (UTC), rows
    chosen as :func:`resolutions` chooses them: the full name, else the user name, ""
    when the account is gone."""
    rows = db_session.execute(
        select(SafetyOverride, User.full_name, User.username)
        .outerjoin(User, User.id == SafetyOverride.acknowledged_by_id)
        .where(SafetyOverride.course_id == course_id)
        .order_by(SafetyOverride.id)
    )
    authors: dict[FindingKey, tuple[str, dt.datetime]] = {}
    for row, full_name, username in rows:
        if row.session_id is not None and row.session_id != session_id:
            continue
        authors[(row.rule, row.subject)] = (full_name or username or "", row.created_at)
    return authors


def add_resolution(
    db_session: Session,
    *,
    course_id: int,
    session_id: int | None,
    finding: Finding,
    reason: str,
    user_id: int | None,
) -> int:
    """Store one acknowledgement (``reason`` "") or override of ``finding``; its row id."""
    row = SafetyOverride(
        course_id=course_id,
        session_id=session_id,
        rule=finding.rule,
        subject=finding.subject,
        severity=finding.severity.value,
        reason=reason,
        acknowledged_by_id=user_id,
    )
    db_session.add(row)
    db_session.flush()
    return row.id
