"""A course's schedule inside the course service's transactions: booking the sessions of
a course, growing it when it is extended, moving the sessions not yet begun when the
course is edited, and clearing what is left when it closes.

A scheduled session is a ``treatment_session`` row with status *scheduled*; numbers stay
1..n. A session already paid for is never removed (it is kept, cancelled, on close).
The use cases that call these: planner.services.courses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from planner.domain.courses import CourseDraft, CourseInvalid, more_dates
from planner.domain.i18n import translate
from planner.domain.validation import Problems
from planner.domain.vocab import SessionStatus
from planner.services.actor import Actor
from planner.services.course_support import before_course, before_session, touch
from planner.storage.models import Course, TreatmentSession
from planner.storage.queries.sessions import (
    add_scheduled,
    course_sessions,
    is_paid,
    paid_sessions,
)

Clock = Callable[[], dt.datetime]


def book(
    db_session: Session, course: Course, first: int, dates: tuple[dt.date, ...], actor: Actor
) -> None:
    """Scheduled sessions numbered from ``first``, one per date."""
    add_scheduled(db_session, course, first, dates, actor.user_id)
    db_session.flush()


def grow(db_session: Session, course: Course, planned: int, today: dt.date, actor: Actor) -> None:
    """Scheduled sessions for the numbers added to the course."""
    sessions = course_sessions(db_session, course.id)
    dates = tuple(s.session_date for s in sessions)
    extra = planned - len(sessions)
    anchor = max(today, course.start_date)
    new = more_dates(dates, anchor, course.sessions_per_week, extra) if extra > 0 else ()
    book(db_session, course, len(sessions) + 1, new, actor)
    course.planned_sessions = planned


def reschedule_all(
    db_session: Session,
    course: Course,
    sessions: list[TreatmentSession],
    dates: tuple[dt.date, ...],
    begun: int,
    actor: Actor,
    clock: Clock,
) -> bool:
    """The sessions after ``begun`` moved to ``dates`` (added or removed to match their
    number); whether anything moved."""
    moved = False
    by_number = {s.number: s for s in sessions}
    for number, day in enumerate(dates, start=1):
        record = by_number.get(number)
        if record is None:
            book(db_session, course, number, (day,), actor)
            moved = True
        elif number > begun and record.session_date != day:
            record.session_date = day
            touch(record, actor, clock)
            moved = True
    for record in sessions:
        if record.number > len(dates):  # fewer planned: unbegun sessions go
            if is_paid(db_session, record.id):
                problems = Problems()
                problems.add(
                    "planned_sessions",
                    translate(
                        "courses", "Planned sessions: session {number} is already paid for."
                    ).format(number=record.number),
                )
                raise CourseInvalid(problems)
            db_session.delete(record)
            moved = True
    return moved


def close_schedule(
    db_session: Session, course: Course, today: dt.date, actor: Actor, clock: Clock
) -> None:
    """Sessions not begun are removed when a course closes; one already paid for is
    kept as cancelled on the closing day (with those before it, so numbers stay 1..n)."""
    waiting = [
        s for s in course_sessions(db_session, course.id) if s.status == SessionStatus.SCHEDULED
    ]
    paid = paid_sessions(db_session, [s.id for s in waiting])
    keep_to = max((s.number for s in waiting if s.id in paid), default=0)
    for item in waiting:
        if item.number <= keep_to:
            item.status = SessionStatus.CANCELLED
            item.session_date = min(item.session_date, today)
            touch(item, actor, clock)
        else:
            db_session.delete(item)


def signed_today(sessions: list[TreatmentSession], today: dt.date) -> TreatmentSession | None:
    """The course's session given today and signed (the last, were there several)."""
    signed = [s for s in sessions if s.status == SessionStatus.SIGNED and s.session_date == today]
    return signed[-1] if signed else None


def shift_later(
    sessions: list[TreatmentSession], number: int, day: dt.date, per_week: float
) -> None:
    """Scheduled sessions after one given later than planned keep the course's rhythm."""
    previous = day
    for record in sessions:
        if record.number > number and record.status == SessionStatus.SCHEDULED:
            if record.session_date < previous:
                record.session_date = more_dates((previous,), previous, per_week, 1)[0]
            previous = record.session_date


def begun_number(sessions: list[TreatmentSession]) -> int:
    """The highest number of a session begun (0 when none is)."""
    return max((s.number for s in sessions if s.status != SessionStatus.SCHEDULED), default=0)


def check_move(
    record: TreatmentSession, day: dt.date, course: Course, sessions: list[TreatmentSession]
) -> None:
    """A scheduled session moves within the course and stays between its neighbours."""
    before = [s.session_date for s in sessions if s.number < record.number]
    after = [s.session_date for s in sessions if s.number > record.number]
    problems = Problems()
    if day < course.start_date:
        problems.add(
            "session_date",
            before_course(course.start_date),
        )
    elif before and day < max(before):
        problems.add(
            "session_date",
            before_session(record.number - 1, max(before)),
        )
    elif after and day > min(after):
        problems.add(
            "session_date",
            translate(
                "courses", "Date: after session {number} ({after}); move that one first."
            ).format(number=record.number + 1, after=min(after)),
        )
    if problems:
        raise CourseInvalid(problems)


def keep_dates(
    draft: CourseDraft,
    start: dt.date | None,
    sessions: list[TreatmentSession],
    begun: int,
) -> CourseDraft:
    """Dates of sessions already begun cannot move; an edit supplies the rest."""
    dates = list(draft.proposed_dates)
    for record in sessions:
        if record.number <= begun and record.number <= len(dates):
            dates[record.number - 1] = record.session_date
    return replace(draft, start_date=start, proposed_dates=tuple(dates))
