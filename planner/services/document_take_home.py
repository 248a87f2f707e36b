"""What the take-home sheet says about this patient from the record: pregnancy, the
adverse events of the day, how the course went (for the end-of-course sheet) and the
patient's next appointments in the book (with their times, practitioner and room).

Called by :func:`planner.services.document_content.take_home_sheet` inside the document
service's transaction; nothing here checks roles, audits or logs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from planner.domain.courses import CLOSED
from planner.domain.vocab import AdverseEventKind, AdverseSeverity, OutcomeMeasure, SessionStatus
from planner.export.appointments import Appointment
from planner.export.model import AdverseEventLine, CourseEnd, PainProgress
from planner.storage.models import Course, Intake, OutcomeScore, TreatmentSession
from planner.storage.queries import appointments as book

HELD = frozenset({SessionStatus.DRAFT, SessionStatus.SIGNED})
_PAIN_NOW = OutcomeMeasure.NRS_NOW.value
# The intake's columns the sheet reads: reception's PostgreSQL login may read these alone.
_INTAKE_FACTS = load_only(Intake.patient_id, Intake.intake_date, Intake.pregnant, Intake.nrs_now)


def adverse_events(record: TreatmentSession) -> tuple[AdverseEventLine, ...]:
    """The events recorded at this session, in the order they were entered (a kind or
    severity this version does not know prints as "something else", its words kept)."""
    lines = []
    for row in sorted(record.adverse_events, key=lambda event: event.id):
        known = row.kind in AdverseEventKind._value2member_map_
        kind = AdverseEventKind(row.kind) if known else AdverseEventKind.OTHER
        description = row.description if known or row.description.strip() else row.kind
        severity = (
            AdverseSeverity(row.severity)
            if row.severity in AdverseSeverity._value2member_map_
            else AdverseSeverity.MODERATE
        )
        lines.append(AdverseEventLine(kind, severity, row.action_taken, description))
    return tuple(lines)


def next_appointments(
    db_session: Session,
    record: TreatmentSession,
    sessions: Sequence[TreatmentSession],
    limit: int,
) -> tuple[Appointment, ...]:
    """The patient's appointments still booked from the session's day, earliest first (at
    most ``limit``): not this session's own, nor one for an earlier session of the course
    still waiting to be marked. Those with no time recorded come with none."""
    given = {s.id for s in sessions if s.number <= record.number} | {record.id}
    rows = book.upcoming(db_session, record.patient_id, record.session_date, limit=limit + 4)
    found = [
        Appointment(
            row.day,
            row.starts_at.time() if row.starts_at is not None else None,
            length_minutes=row.length_minutes,
            practitioner=row.practitioner_name,
            room=row.room_name,
        )
        for row in rows
        if row.session_id not in given
    ]
    return tuple(found[:limit])


def intake_in_force(
    db_session: Session, patient_id: int, course: Course, on: dt.date
) -> Intake | None:
    """The latest intake taken on or before ``on``; else the course's own."""
    found = db_session.scalars(
        select(Intake)
        .options(_INTAKE_FACTS)
        .where(Intake.patient_id == patient_id, Intake.intake_date <= on)
        .order_by(Intake.intake_date.desc(), Intake.id.desc())
        .limit(1)
    ).first()
    return found if found is not None else _intake(db_session, course.intake_id)


def _intake(db_session: Session, intake_id: int | None) -> Intake | None:
    if intake_id is None:
        return None
    return db_session.get(Intake, intake_id, options=[_INTAKE_FACTS])


def pregnant_at(db_session: Session, course: Course, record: TreatmentSession) -> bool:
    """Pregnant by the intake in force at the session, as changed by the health checks of
    sessions since (this one included): the latest answer wins."""
    intake = intake_in_force(db_session, record.patient_id, course, record.session_date)
    pregnant = bool(intake is not None and intake.pregnant)
    since = intake.intake_date if intake is not None else dt.date.min
    rows = db_session.scalars(
        select(TreatmentSession)
        .where(
            TreatmentSession.patient_id == record.patient_id,
            TreatmentSession.now_pregnant.is_not(None),
            TreatmentSession.session_date >= since,
            TreatmentSession.session_date <= record.session_date,
        )
        .order_by(TreatmentSession.session_date, TreatmentSession.id)
    )
    answers = []
    for row in rows:
        earlier = row.session_date < record.session_date or (
            row.course_id == record.course_id and row.number < record.number
        )
        if row.id == record.id or (earlier and row.status in HELD):
            answers.append((row.number, row.now_pregnant))
    return bool(pregnancy_after(pregnant, answers)[0])


def pregnancy_after(
    pregnant: bool | None, answers: Iterable[tuple[int, bool | None]]
) -> tuple[bool | None, int | None]:
    """The pregnancy answer after the health checks ``answers`` (session number, answer;
    None: not asked), in order: each answer given replaces the one before (the take-home
    sheet and the clinical report both read it so). Also the number of the session that
    last changed it (None: never changed)."""
    changed_at: int | None = None
    for number, answer in answers:
        if answer is not None and answer != pregnant:
            pregnant, changed_at = answer, number
    return pregnant, changed_at


def is_course_end(
    course: Course, record: TreatmentSession, sessions: Sequence[TreatmentSession]
) -> bool:
    """A closed course's sheet for its last session given."""
    held = [s.number for s in sessions if s.status in HELD]
    return course.status in CLOSED and record.number >= max(held, default=record.number)


def course_end(
    db_session: Session,
    course: Course,
    record: TreatmentSession,
    sessions: Sequence[TreatmentSession],
) -> CourseEnd:
    """Sessions held up to ``record`` and pain now, first → latest."""
    held = [
        s for s in sessions if s.number <= record.number and (s.status in HELD or s.id == record.id)
    ]
    return CourseEnd(
        sessions_held=len(held),
        planned_sessions=course.planned_sessions,
        start_date=min((s.session_date for s in held), default=course.start_date),
        progress=_progress(db_session, course, record, held),
        goal_target_pain=course.goal_target_pain,
    )


def _progress(
    db_session: Session,
    course: Course,
    record: TreatmentSession,
    held: Sequence[TreatmentSession],
) -> PainProgress | None:
    """Pain now: the course's intake, each session held (the score taken before it, else
    its pain before treatment) and any score at the course's review or discharge."""
    scores: list[tuple[dt.date, int, float, bool]] = []  # day, order, value, at intake
    intake = _intake(db_session, course.intake_id)
    if intake is not None and intake.nrs_now is not None:
        scores.append((intake.intake_date, 0, float(intake.nrs_now), True))
    ids = {s.id: s for s in held}
    recorded = {
        row.session_id: row.value
        for row in db_session.scalars(
            select(OutcomeScore)
            .where(OutcomeScore.session_id.in_(list(ids)), OutcomeScore.measure == _PAIN_NOW)
            .order_by(OutcomeScore.id)
        )
    }
    for s in held:
        value = recorded.get(s.id, s.pain_before)
        if value is not None:
            scores.append((s.session_date, 1 + s.number, float(value), False))
    last = max((s.number for s in held), default=0)
    for row in db_session.scalars(
        select(OutcomeScore)
        .where(
            OutcomeScore.course_id == course.id,
            OutcomeScore.measure == _PAIN_NOW,
            OutcomeScore.recorded_on >= record.session_date,
        )
        .order_by(OutcomeScore.recorded_on, OutcomeScore.id)
    ):
        scores.append((row.recorded_on, 2 + last + row.id, row.value, False))
    return _first_and_latest(scores)


def _first_and_latest(scores: list[tuple[dt.date, int, float, bool]]) -> PainProgress | None:
    if len(scores) < 2:
        return None
    scores.sort(key=lambda score: (score[0], score[1]))
    first, latest = scores[0], scores[-1]
    return PainProgress(first[2], first[0], latest[2], latest[0], first_at_intake=first[3])
