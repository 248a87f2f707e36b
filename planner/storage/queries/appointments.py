"""The appointment book's SQL: the rows of a day or a week, who is busy when, clashes,
a patient's next appointments and the clinic's hours.

Only the book's columns are read (names, chart numbers, times, states, session numbers):
nothing clinical, so reception's queries never name a clinical column.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Result, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from planner.domain.appointments import Hours, Span, weekdays_of
from planner.storage.models import (
    Appointment,
    Clinic,
    ClinicRoom,
    Course,
    Patient,
    TreatmentSession,
    User,
    UserRole,
)
from planner.storage.models.appointments import LIVE_STATES

if TYPE_CHECKING:
    from planner.storage.base import AnySelect

UPCOMING_STATES = ("booked", "checked_in")


class BookRow(NamedTuple):
    """One appointment as the book shows it (a named tuple: made straight from the
    result's row, as the book reads hundreds at every reload)."""

    id: int
    version: int
    patient_id: int
    chart_number: int
    given_name: str
    family_name: str
    preferred_name: str
    session_id: int | None
    session_number: int | None
    planned_sessions: int | None
    practitioner_id: int | None
    practitioner_name: str
    room_id: int | None
    room_name: str
    kind: str
    state: str
    day: dt.date
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    length_minutes: int
    checked_in_at: dt.datetime | None
    cancelled_by: str | None
    cancel_reason: str
    late: bool
    course_id: int | None


_Practitioner = aliased(User)


@functools.cache
def _book_select() -> AnySelect:
    """The book's columns and joins, built once (statements are immutable: each query
    adds its own WHERE to a copy)."""
    return (
        select(
            Appointment.id,
            Appointment.version,
            Appointment.patient_id,
            Patient.chart_number,
            Patient.given_name,
            Patient.family_name,
            Patient.preferred_name,
            Appointment.session_id,
            TreatmentSession.number,
            Course.planned_sessions,
            Appointment.practitioner_id,
            func.coalesce(func.nullif(_Practitioner.full_name, ""), _Practitioner.username, ""),
            Appointment.room_id,
            func.coalesce(ClinicRoom.name, ""),
            Appointment.kind,
            Appointment.state,
            Appointment.day,
            Appointment.starts_at,
            Appointment.ends_at,
            Appointment.length_minutes,
            Appointment.checked_in_at,
            Appointment.cancelled_by,
            Appointment.cancel_reason,
            Appointment.late,
            TreatmentSession.course_id,
        )
        .join(Patient, Patient.id == Appointment.patient_id)
        .outerjoin(TreatmentSession, TreatmentSession.id == Appointment.session_id)
        .outerjoin(Course, Course.id == TreatmentSession.course_id)
        .outerjoin(_Practitioner, _Practitioner.id == Appointment.practitioner_id)
        .outerjoin(ClinicRoom, ClinicRoom.id == Appointment.room_id)
    )


def _rows(
    db_session: Session, statement: AnySelect, params: dict[str, Any] | None = None
) -> list[BookRow]:
    """The rows of ``statement`` as :class:`BookRow`."""
    result = _core(db_session, statement, params)
    return [BookRow._make(row) for row in result.all()]


def _core(
    db_session: Session, statement: AnySelect, params: dict[str, Any] | None = None
) -> Result[Any]:
    """``statement`` (plain columns only) run as Core on the session's connection: the
    same transaction without the ORM's loading, which the book reads at every reload.
    Changes pending in the session are flushed first, as ``Session.execute`` does."""
    if db_session.autoflush:
        db_session.flush()  # nothing to do unless something changed
    return db_session.connection().execute(statement, params or {})


@functools.cache
def _book_range(by_practitioner: bool, by_room: bool) -> AnySelect:
    """The book's days from ``:first`` to ``:last``, of ``:practitioner`` and/or
    ``:room``: built once (the book reads them at every reload, and a statement's
    cache key is computed again for each new statement object)."""
    statement = _book_select().where(Appointment.day.between(bindparam("first"), bindparam("last")))
    if by_practitioner:
        statement = statement.where(Appointment.practitioner_id == bindparam("practitioner"))
    if by_room:
        statement = statement.where(Appointment.room_id == bindparam("room"))
    return statement.order_by(
        Appointment.day,
        Appointment.starts_at.is_(None),
        Appointment.starts_at,
        Patient.family_name,
        Appointment.id,
    )


def book_rows(
    db_session: Session,
    first: dt.date,
    last: dt.date,
    *,
    practitioner_id: int | None = None,
    room_id: int | None = None,
) -> list[BookRow]:
    """The appointments from ``first`` to ``last`` (inclusive), by day and time; those
    with no time recorded come after the timed ones of their day."""
    statement = _book_range(practitioner_id is not None, room_id is not None)
    params = {"first": first, "last": last, "practitioner": practitioner_id, "room": room_id}
    return _rows(db_session, statement, params)


def book_row(db_session: Session, appointment_id: int) -> BookRow | None:
    rows = _rows(db_session, _book_select().where(Appointment.id == appointment_id))
    return rows[0] if rows else None


def book_rows_by_id(db_session: Session, ids: list[int]) -> list[BookRow]:
    return _rows(db_session, _book_select().where(Appointment.id.in_(ids))) if ids else []


def patient_rows(db_session: Session, patient_id: int, *, limit: int = 200) -> list[BookRow]:
    """A patient's appointments, latest first."""
    statement = (
        _book_select()
        .where(Appointment.patient_id == patient_id)
        .order_by(Appointment.day.desc(), Appointment.starts_at.desc(), Appointment.id.desc())
        .limit(limit)
    )
    return _rows(db_session, statement)


def upcoming(
    db_session: Session, patient_id: int, today: dt.date, *, limit: int = 6
) -> list[BookRow]:
    """A patient's appointments still to come (booked or checked in) from ``today``, earliest
    first; those without a recorded time are listed on their day."""
    statement = (
        _book_select()
        .where(
            Appointment.patient_id == patient_id,
            Appointment.day >= today,
            Appointment.state.in_(UPCOMING_STATES),
        )
        .order_by(
            Appointment.day,
            Appointment.starts_at.is_(None),
            Appointment.starts_at,
            Appointment.id,
        )
        .limit(limit)
    )
    return _rows(db_session, statement)


def busy(
    db_session: Session,
    first: dt.date,
    last: dt.date,
    *,
    practitioner_id: int | None,
    room_id: int | None = None,
    exclude_id: int | None = None,
) -> list[Span]:
    """The timed live appointments of the practitioner or the room (either) in the days."""
    who = []
    if practitioner_id is not None:
        who.append(Appointment.practitioner_id == practitioner_id)
    if room_id is not None:
        who.append(Appointment.room_id == room_id)
    if not who:
        return []
    statement = select(Appointment.starts_at, Appointment.ends_at).where(
        Appointment.day.between(first, last),
        Appointment.starts_at.is_not(None),
        Appointment.state.in_(LIVE_STATES),
        or_(*who),
    )
    if exclude_id is not None:
        statement = statement.where(Appointment.id != exclude_id)
    return [(s, e) for s, e in db_session.execute(statement).all() if s and e]


def clash(
    db_session: Session,
    span: Span,
    *,
    practitioner_id: int | None,
    room_id: int | None,
    exclude_id: int | None = None,
) -> tuple[str, Span] | None:
    """``"practitioner"`` or ``"room"`` and the booked span when a live appointment of
    either overlaps ``span``; None when the time is free."""
    for column, value, name in (
        (Appointment.practitioner_id, practitioner_id, "practitioner"),
        (Appointment.room_id, room_id, "room"),
    ):
        if value is None:
            continue
        statement = select(Appointment.starts_at, Appointment.ends_at).where(
            column == value,
            Appointment.day == span[0].date(),
            Appointment.state.in_(LIVE_STATES),
            and_(Appointment.starts_at < span[1], Appointment.ends_at > span[0]),
        )
        if exclude_id is not None:
            statement = statement.where(Appointment.id != exclude_id)
        found = db_session.execute(statement.limit(1)).first()
        if found is not None and found[0] is not None and found[1] is not None:
            return name, (found[0], found[1])
    return None


def live_for_session(db_session: Session, session_id: int) -> Appointment | None:
    """The live appointment booking a session (None: not booked, or cancelled or missed)."""
    return db_session.scalars(
        select(Appointment)
        .where(Appointment.session_id == session_id, Appointment.state.in_(LIVE_STATES))
        .order_by(Appointment.id.desc())
        .limit(1)
    ).first()


@functools.cache
def _hours_select() -> AnySelect:
    return (
        select(
            Clinic.opens_at_minute,
            Clinic.closes_at_minute,
            Clinic.open_weekdays,
            Clinic.first_visit_minutes,
            Clinic.follow_up_minutes,
            Clinic.late_cancel_hours,
        )
        .order_by(Clinic.id)
        .limit(1)
    )


def clinic_hours(db_session: Session) -> Hours:
    """The clinic's hours and lengths (its settings' few columns, read at every reload of
    the book: no clinic entity loaded)."""
    row = _core(db_session, _hours_select()).first()
    if row is None:
        return Hours()
    opens, closes, weekdays, first_visit, follow_up, late_hours = tuple(row)
    return Hours(
        opens=opens,
        closes=closes,
        weekdays=weekdays_of(weekdays),
        first_visit_minutes=first_visit,
        follow_up_minutes=follow_up,
        late_cancel_hours=late_hours,
    )


def practitioners(db_session: Session) -> list[tuple[int, str, str]]:
    """Active practitioners' (id, username, name), by name."""
    rows = db_session.execute(
        select(User.id, User.username, User.full_name)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.active.is_(True), UserRole.role == "practitioner")
        .order_by(func.lower(func.coalesce(func.nullif(User.full_name, ""), User.username)))
    ).all()
    return [(int(i), str(u), str(n or u)) for i, u, n in rows]


def rooms(db_session: Session) -> list[tuple[int, str]]:
    rows = db_session.execute(
        select(ClinicRoom.id, ClinicRoom.name)
        .where(ClinicRoom.active.is_(True))
        .order_by(ClinicRoom.name)
    ).all()
    return [(int(i), str(n)) for i, n in rows]
