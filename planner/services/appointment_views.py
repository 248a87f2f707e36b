"""What the appointment service hands the screens: appointments as the book shows them,
a day of the book, the book's context (hours, practitioners, rooms), a new booking as
typed and a proposed time for a course's session. Plain frozen data, nothing clinical.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.appointments import Hours
from planner.domain.errors import PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.patients import full_name
from planner.domain.vocab import AppointmentKind, AppointmentState, CancelledBy
from planner.storage.queries.appointments import BookRow

WAITING = (AppointmentState.CHECKED_IN,)
FREED = (AppointmentState.CANCELLED, AppointmentState.NO_SHOW)


@dataclass(frozen=True, slots=True)
class AppointmentView:
    id: int
    version: int
    patient_id: int
    chart_number: int
    patient_name: str
    session_id: int | None
    session_number: int | None
    planned_sessions: int | None
    practitioner_id: int | None
    practitioner_name: str
    room_id: int | None
    room_name: str
    kind: AppointmentKind
    state: AppointmentState
    day: dt.date
    starts_at: dt.datetime | None  # None: no time recorded ("time not set")
    ends_at: dt.datetime | None
    length_minutes: int
    checked_in_at: dt.datetime | None
    cancelled_by: CancelledBy | None
    cancel_reason: str
    late: bool
    course_id: int | None = None  # the course of the session it books

    @property
    def has_time(self) -> bool:
        return self.starts_at is not None

    @property
    def is_live(self) -> bool:
        """It holds its time (not cancelled or missed)."""
        return self.state not in FREED

    @property
    def session_label(self) -> str:
        """``"Session 3 of 6"``, ``"First visit"`` or ``"Follow-up"``."""
        if self.session_number is not None and self.planned_sessions is not None:
            return translate(
                "appointments", "Session {session_number} of {planned_sessions}"
            ).format(session_number=self.session_number, planned_sessions=self.planned_sessions)
        return (
            translate("appointments", "First visit")
            if self.kind == AppointmentKind.FIRST_VISIT
            else translate("appointments", "Follow-up")
        )


_KINDS = {kind.value: kind for kind in AppointmentKind}
_STATES = {state.value: state for state in AppointmentState}
_CANCELLED_BY = {who.value: who for who in CancelledBy}


def appointment_view(row: BookRow) -> AppointmentView:
    """The row as the screens show it (the book makes hundreds at each reload: the
    vocabulary is looked up in plain dictionaries, the fields given in order)."""
    return AppointmentView(
        row.id,
        row.version,
        row.patient_id,
        row.chart_number,
        full_name(row.preferred_name or row.given_name, row.family_name),
        row.session_id,
        row.session_number,
        row.planned_sessions,
        row.practitioner_id,
        row.practitioner_name,
        row.room_id,
        row.room_name,
        _KINDS[row.kind],
        _STATES[row.state],
        row.day,
        row.starts_at,
        row.ends_at,
        row.length_minutes,
        row.checked_in_at,
        _CANCELLED_BY[row.cancelled_by] if row.cancelled_by else None,
        row.cancel_reason,
        row.late,
        row.course_id,
    )


@dataclass(frozen=True, slots=True)
class BookDay:
    """One day of the book: whether the clinic is open, and its appointments by time
    (those with no time recorded last)."""

    day: dt.date
    is_open: bool
    appointments: tuple[AppointmentView, ...]


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    username: str
    name: str


@dataclass(frozen=True, slots=True)
class Room:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class BookContext:
    """What the book needs besides appointments: the hours and who and where to book."""

    hours: Hours
    practitioners: tuple[Person, ...]
    rooms: tuple[Room, ...]


@dataclass(frozen=True, slots=True)
class AppointmentDraft:
    """A booking as typed at the desk. ``length_minutes`` None: the clinic's default for
    the kind; ``session_id``: the course's session it books (None for a first visit)."""

    patient_id: int
    practitioner_id: int
    starts_at: dt.datetime
    kind: AppointmentKind = AppointmentKind.FOLLOW_UP
    length_minutes: int | None = None
    room_id: int | None = None
    session_id: int | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed time for one of a course's sessions (None: no free slot found in the
    week after its planned date; reception picks one)."""

    session_id: int
    number: int
    planned_day: dt.date
    starts_at: dt.datetime | None
    length_minutes: int


# The appointment service's refusals, in English for lupdate; :func:`refused` translates.
NOT_MOVABLE = QT_TRANSLATE_NOOP(
    "appointments", "Only a booked appointment, not yet checked in, can be moved."
)
NOT_CANCELLABLE = QT_TRANSLATE_NOOP(
    "appointments", "Only an appointment not yet begun can be cancelled."
)
NOT_MISSABLE = QT_TRANSLATE_NOOP(
    "appointments", "Only an appointment not yet begun can be marked missed."
)
NOT_MISSED_YET = QT_TRANSLATE_NOOP(
    "appointments", "An appointment still to come cannot be marked missed."
)
NOT_CHECKABLE = QT_TRANSLATE_NOOP("appointments", "Only a booked appointment can be checked in.")
NOT_TODAY = QT_TRANSLATE_NOOP("appointments", "Only today's appointments can be checked in.")
DONE_BY_SIGNING = QT_TRANSLATE_NOOP(
    "appointments", "This visit is done when its session is signed."
)
NOT_DONE_ABLE = QT_TRANSLATE_NOOP("appointments", "Only a visit not yet done can be marked done.")


def refused(text: str) -> PlannerError:
    """The refusal ``text`` (one of the constants above) in the user's language."""
    return PlannerError(translate("appointments", text))


def no_appointment(appointment_id: int) -> PlannerError:
    """There is no appointment with this id (deleted, or never made)."""
    return PlannerError(
        translate("appointments", "There is no appointment {id}.").format(id=appointment_id)
    )
