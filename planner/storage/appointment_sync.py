"""A course's sessions and their appointments kept in step, at every flush.

The course and session services change sessions (book a course, move its dates, open
today's session, sign it, close the course); the appointment book must follow without
each of those use cases knowing about it. So, before each flush (installed with the
other safety nets by planner.storage.guards.install_guards):

* a new session gets its appointment on its date, with no time (reception books the time);
  a patient's appointment on that day not yet linked to a session (a first visit booked
  before the course existed) is linked instead of a second one being made;
* a session moved to another day moves its live appointment there, its time cleared
  (the old time on the new day could clash; reception books it again);
* a session opened (draft) puts its live appointment *in treatment*; signed, *done*;
* a session cancelled or removed from its course cancels its live appointment (by the
  clinic), which stays in the book's history.

Appointments cancelled or missed are left as they are: their session stays scheduled and
unbooked until reception books it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from planner.clock import utc_now
from planner.domain.vocab import AppointmentKind, AppointmentState, CancelledBy, SessionStatus
from planner.storage.models import Appointment, Clinic, Course, TreatmentSession
from planner.storage.models.appointments import LIVE_STATES

_NOT_BEGUN = (AppointmentState.BOOKED, AppointmentState.CHECKED_IN)


def follow_sessions(db_session: Session, _context: Any, _instances: Any) -> None:
    """The before_flush listener (see the module's docstring)."""
    new = [r for r in db_session.new if isinstance(r, TreatmentSession)]
    changed = [
        r
        for r in db_session.dirty
        if isinstance(r, TreatmentSession) and db_session.is_modified(r, include_collections=False)
    ]
    gone = [r for r in db_session.deleted if isinstance(r, TreatmentSession)]
    if not (new or changed or gone):
        return
    with db_session.no_autoflush:
        for record in new:
            _booked_for(db_session, record)
        for record in changed:
            _follow(db_session, record)
        for record in gone:
            if record.id is not None:
                live = _live(db_session, record)
                if live is not None and live.state in _NOT_BEGUN:
                    _cancel(live, "Removed from its course.")
                if live is not None:
                    live.session_id = None


def _live(db_session: Session, record: TreatmentSession) -> Appointment | None:
    if record.id is None:
        return None
    pending = [
        a
        for a in db_session.new
        if isinstance(a, Appointment) and a.session_id == record.id and a.state in LIVE_STATES
    ]
    if pending:
        return pending[-1]
    return db_session.scalars(
        select(Appointment)
        .where(Appointment.session_id == record.id, Appointment.state.in_(LIVE_STATES))
        .order_by(Appointment.id.desc())
        .limit(1)
    ).first()


def _state_for(status: str) -> AppointmentState:
    return {
        SessionStatus.DRAFT: AppointmentState.IN_TREATMENT,
        SessionStatus.SIGNED: AppointmentState.DONE,
        SessionStatus.CANCELLED: AppointmentState.CANCELLED,
    }.get(SessionStatus(status), AppointmentState.BOOKED)


def _booked_for(db_session: Session, record: TreatmentSession) -> None:
    """The appointment of a new session: an unlinked one of the patient's that day, or a
    new one with no time."""
    unlinked = db_session.scalars(
        select(Appointment)
        .where(
            Appointment.patient_id == record.patient_id,
            Appointment.day == record.session_date,
            Appointment.session_id.is_(None),
            Appointment.state.in_(LIVE_STATES),
        )
        .order_by(Appointment.id)
        .limit(1)
    ).first()
    state = _state_for(record.status)
    if unlinked is not None:
        unlinked.session = record
        if state != AppointmentState.BOOKED and unlinked.state in _NOT_BEGUN:
            unlinked.state = state
        return
    course = db_session.get(Course, record.course_id)
    practitioner = record.practitioner_id or (course.practitioner_id if course else None)
    length = db_session.scalar(select(Clinic.follow_up_minutes).order_by(Clinic.id).limit(1))
    appointment = Appointment(
        patient_id=record.patient_id,
        practitioner_id=practitioner,
        kind=AppointmentKind.FOLLOW_UP,
        state=state,
        day=record.session_date,
        length_minutes=length or 30,
        late=False,
        updated_by_id=record.updated_by_id,
    )
    appointment.session = record
    if state == AppointmentState.CANCELLED:
        _cancel(appointment, "")
    db_session.add(appointment)


def _follow(db_session: Session, record: TreatmentSession) -> None:
    history = inspect(record).attrs
    moved = history.session_date.history.has_changes()
    status_changed = history.status.history.has_changes()
    if not (moved or status_changed):
        return
    live = _live(db_session, record)
    if live is None:
        if status_changed and record.status in (SessionStatus.DRAFT, SessionStatus.SIGNED):
            _booked_for(db_session, record)  # given without a booking (a walk-in)
        return
    if (
        moved
        and live.day != record.session_date
        and live.state in _NOT_BEGUN + (AppointmentState.IN_TREATMENT,)
    ):
        live.day = record.session_date
        live.starts_at = None
        live.ends_at = None
    if status_changed:
        state = _state_for(record.status)
        if state == AppointmentState.CANCELLED:
            if live.state in _NOT_BEGUN:
                _cancel(live, "The course was closed.")
        elif state == AppointmentState.BOOKED:
            if live.state == AppointmentState.IN_TREATMENT:
                live.state = AppointmentState.CHECKED_IN
        elif live.state != AppointmentState.DONE:
            live.state = state


def _cancel(appointment: Appointment, reason: str) -> None:
    appointment.state = AppointmentState.CANCELLED
    appointment.cancelled_by = CancelledBy.CLINIC
    appointment.cancelled_at = utc_now()
    appointment.cancel_reason = reason
    appointment.late = False
