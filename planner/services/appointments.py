"""The appointment book: see a day or a week, book, move, cancel, mark a no-show, check
a patient in, find free slots and book a course's sessions (reception and practitioners).

Every change is one transaction, checked against the record's version (a colleague's
change is never overwritten) and audited without names. Two bookings of one practitioner
or room cannot overlap: the service checks inside its write transaction (SQLite writes
one at a time), and on PostgreSQL an exclusion constraint refuses the second of two
desks booking at the same moment, which the user hears as "just taken".
A booking linked to a course's session moves the session's date with it (the course's
numbers never change); cancelling or missing one leaves the session scheduled and unbooked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.appointments import (
    SEARCH_DAYS,
    PartOfDay,
    check_length,
    free_slots,
    is_late,
    propose_times,
)
from planner.domain.errors import ValidationError
from planner.domain.i18n import translate
from planner.domain.vocab import AppointmentState, CancelledBy
from planner.services.appointment_booking import BOOKABLE, Booker, booked_meanwhile
from planner.services.appointment_views import (
    DONE_BY_SIGNING,
    NOT_CANCELLABLE,
    NOT_CHECKABLE,
    NOT_DONE_ABLE,
    NOT_MISSABLE,
    NOT_MISSED_YET,
    NOT_MOVABLE,
    NOT_TODAY,
    AppointmentDraft,
    AppointmentView,
    BookContext,
    BookDay,
    Person,
    Proposal,
    Room,
    appointment_view,
    no_appointment,
    refused,
)
from planner.services.audit import AuditAction
from planner.services.course_support import require_version
from planner.services.guard import GuardedService
from planner.storage.models import (
    Appointment,
    Course,
    TreatmentSession,
)
from planner.storage.queries import appointments as q
from planner.storage.queries.courses import load_course

EXCLUSION_VIOLATION = "23P01"  # PostgreSQL: an exclusion constraint refused the row
MAX_REASON = 500
_NOT_BEGUN = (AppointmentState.BOOKED, AppointmentState.CHECKED_IN)


class AppointmentService(GuardedService):
    # --- reading the book -------------------------------------------------------------

    def context(self) -> BookContext:
        with self._action(Action.VIEW_SCHEDULE, write=False) as checked:
            db_session = checked.db_session
            return BookContext(
                hours=q.clinic_hours(db_session),
                practitioners=tuple(Person(*p) for p in q.practitioners(db_session)),
                rooms=tuple(Room(*r) for r in q.rooms(db_session)),
            )

    def days(
        self,
        first: dt.date,
        count: int = 1,
        practitioner_id: int | None = None,
        room_id: int | None = None,
    ) -> tuple[BookDay, ...]:
        """``count`` days of the book from ``first`` (1: the day view; 7: the week)."""
        if not 1 <= count <= 31:
            raise ValidationError("count", translate("appointments", "Days: from 1 to 31."))
        last = first + dt.timedelta(days=count - 1)
        with self._action(Action.VIEW_SCHEDULE, write=False) as checked:
            db_session = checked.db_session
            hours = q.clinic_hours(db_session)
            rows = q.book_rows(
                db_session, first, last, practitioner_id=practitioner_id, room_id=room_id
            )
        by_day: dict[dt.date, list[AppointmentView]] = {}
        for row in rows:
            by_day.setdefault(row.day, []).append(appointment_view(row))
        return tuple(
            BookDay(day, hours.is_open(day), tuple(by_day.get(day, ())))
            for day in (first + dt.timedelta(days=n) for n in range(count))
        )

    def get(self, appointment_id: int) -> AppointmentView:
        with self._action(
            Action.VIEW_SCHEDULE,
            write=False,
            record=(Appointment, appointment_id),
            object_type="appointment",
            object_id=appointment_id,
        ) as checked:
            row = q.book_row(checked.db_session, appointment_id)
        if row is None:
            raise no_appointment(appointment_id)
        return appointment_view(row)

    def patient_appointments(self, patient_id: int) -> tuple[AppointmentView, ...]:
        """A patient's appointments, latest first (cancelled and missed ones too)."""
        with self._action(
            Action.VIEW_SCHEDULE, write=False, patient_id=patient_id, object_type="patient"
        ) as checked:
            rows = q.patient_rows(checked.db_session, patient_id)
        return tuple(appointment_view(r) for r in rows)

    def upcoming(self, patient_id: int) -> tuple[AppointmentView, ...]:
        """A patient's next appointments (booked or checked in, from today)."""
        with self._action(
            Action.VIEW_SCHEDULE, write=False, patient_id=patient_id, object_type="patient"
        ) as checked:
            rows = q.upcoming(checked.db_session, patient_id, self._today())
        return tuple(appointment_view(r) for r in rows)

    def courses_to_book(self, patient_id: int) -> tuple[int, ...]:
        """The patient's courses with sessions waiting for a time, oldest first."""
        with self._action(
            Action.VIEW_SCHEDULE, write=False, patient_id=patient_id, object_type="patient"
        ) as checked:
            db_session = checked.db_session
            ids = db_session.scalars(
                select(Course.id).where(Course.patient_id == patient_id).order_by(Course.id)
            ).all()
            booker = self._booker()
            return tuple(i for i in ids if booker.unbooked(db_session, i))

    def free_slots(
        self,
        practitioner_id: int,
        first_day: dt.date,
        length_minutes: int,
        days: int = SEARCH_DAYS,
        part: PartOfDay = PartOfDay.ANY,
        weekday: int | None = None,
        room_id: int | None = None,
        moving_id: int | None = None,
    ) -> tuple[dt.datetime, ...]:
        """Free start times with the practitioner (and the room, when given): "next
        Tuesday afternoon with Dr Chen" is ``weekday=2, part=AFTERNOON``. ``moving_id``:
        the appointment being moved, whose own time counts as free."""
        check_length(length_minutes)
        with self._action(Action.VIEW_SCHEDULE, write=False) as checked:
            db_session = checked.db_session
            hours = q.clinic_hours(db_session)
            last = first_day + dt.timedelta(days=days)
            taken = q.busy(
                db_session,
                first_day,
                last,
                practitioner_id=practitioner_id,
                room_id=room_id,
                exclude_id=moving_id,
            )
        return tuple(
            free_slots(
                hours,
                taken,
                max(first_day, self._today()),
                length_minutes,
                days=days,
                part=part,
                weekday=weekday,
                not_before=self._now(),
            )
        )

    def propose_course(
        self, course_id: int, preferred_minute: int | None = None
    ) -> tuple[Proposal, ...]:
        """Times for the course's sessions not yet booked with a time, at the course's
        rhythm (their planned dates) on the practitioner's free slots."""
        if preferred_minute is not None and not 0 <= preferred_minute < 24 * 60:
            raise ValidationError(
                "preferred_minute",
                translate("appointments", "Preferred time: from 00:00 to 23:59."),
            )
        with self._action(
            Action.VIEW_SCHEDULE,
            write=False,
            record=(Course, course_id),
            object_type="course",
            object_id=course_id,
        ) as checked:
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            hours = q.clinic_hours(db_session)
            open_sessions = self._booker().unbooked(db_session, course_id)
            if not open_sessions:
                return ()
            dates = [max(s.session_date, self._today()) for s, _ in open_sessions]
            taken = q.busy(
                db_session,
                min(dates),
                max(dates) + dt.timedelta(days=8),
                practitioner_id=course.practitioner_id,
            )
        length = hours.follow_up_minutes
        times = propose_times(
            hours, taken, dates, length, preferred_minute=preferred_minute, not_before=self._now()
        )
        return tuple(
            Proposal(s.id, s.number, s.session_date, when, live.length_minutes if live else length)
            for (s, live), when in zip(open_sessions, times, strict=True)
        )

    # --- changing the book ------------------------------------------------------------

    def book(self, draft: AppointmentDraft) -> AppointmentView:
        with (
            self._slot_guard(),
            self._action(
                Action.SCHEDULE_SESSION, patient_id=draft.patient_id, object_type="appointment"
            ) as checked,
        ):
            db_session = checked.db_session
            appointment = self._booker().place(db_session, draft)
            return self._view(db_session, appointment.id)

    def book_course(
        self, course_id: int, times: tuple[tuple[int, dt.datetime], ...]
    ) -> tuple[AppointmentView, ...]:
        """Book the course's sessions at the times accepted (session id, start); one
        transaction: all are booked, or none."""
        if not times:
            raise ValidationError(
                "times", translate("appointments", "Times: choose at least one session's time.")
            )
        with (
            self._slot_guard(),
            self._action(
                Action.SCHEDULE_SESSION,
                record=(Course, course_id),
                object_type="course",
                object_id=course_id,
            ) as checked,
        ):
            db_session = checked.db_session
            course = load_course(db_session, course_id)
            if course.practitioner_id is None:
                raise ValidationError(
                    "practitioner_id",
                    translate("appointments", "Practitioner: the course has none."),
                )
            booker = self._booker(quiet=True)
            booker.course(db_session, course_id)  # its sessions, read once
            booked = []
            for session_id, starts_at in sorted(times, key=lambda t: t[1]):
                record = db_session.get(TreatmentSession, session_id)
                if record is None or record.course_id != course_id:
                    raise ValidationError(
                        "session_id",
                        translate(
                            "appointments", "Session: {session_id} is not this course's."
                        ).format(session_id=session_id),
                    )
                draft = AppointmentDraft(
                    patient_id=course.patient_id,
                    practitioner_id=course.practitioner_id,
                    starts_at=starts_at,
                    session_id=session_id,
                )
                booked.append(booker.place(db_session, draft))
            db_session.flush()
            self._audit.record(  # one row for the course's bookings (their ids; no names)
                db_session,
                self._actor,
                AuditAction.CREATE,
                patient_id=course.patient_id,
                object_type="appointment",
                detail={
                    "course_id": course_id,
                    "appointments": [a.id for a in booked],
                    "sessions_moved": booker.moved,
                },
            )
            ids = [a.id for a in booked]
            rows = {r.id: r for r in q.book_rows_by_id(db_session, ids)}
            return tuple(appointment_view(rows[i]) for i in ids)

    def move(
        self,
        appointment_id: int,
        starts_at: dt.datetime,
        expected_version: int,
        practitioner_id: int | None = None,
        room_id: int | None = None,
        clear_room: bool = False,
        length_minutes: int | None = None,
    ) -> AppointmentView:
        """Another time (and practitioner, room or length when given) for a booking not yet
        begun; its session's date moves with it, within the course's order."""
        with self._slot_guard(), self._change(appointment_id, expected_version) as (db, row):
            if row.state not in BOOKABLE:
                raise refused(NOT_MOVABLE)
            who = practitioner_id or row.practitioner_id
            if who is None:
                raise ValidationError(
                    "practitioner_id",
                    translate("appointments", "Practitioner: choose who will treat."),
                )
            room = None if clear_room else (room_id or row.room_id)
            self._booker().check_people(db, who, room)
            length = length_minutes or row.length_minutes
            span = self._booker().fits(db, starts_at, length, who, room, exclude_id=row.id)
            if row.session_id is not None:
                self._booker().move_session(db, row.session_id, span[0].date())
            row.practitioner_id, row.room_id, row.length_minutes = who, room, length
            row.day, row.starts_at, row.ends_at = span[0].date(), span[0], span[1]
            self._changed(db, row, ["starts_at", "practitioner_id", "room_id", "length_minutes"])
            return self._view(db, row.id)

    def cancel(
        self, appointment_id: int, by: CancelledBy, reason: str, expected_version: int
    ) -> AppointmentView:
        """Cancelled by the patient or the clinic, with why; late when the notice is
        shorter than the clinic asks. Its session stays, to be booked again."""
        by = CancelledBy(by)
        text = reason.strip()
        if not text:
            raise ValidationError(
                "reason", translate("appointments", "Reason: say why it was cancelled.")
            )
        if len(text) > MAX_REASON:
            raise ValidationError(
                "reason",
                translate("appointments", "Reason: at most {limit} characters.").format(
                    limit=MAX_REASON
                ),
            )
        with self._change(appointment_id, expected_version) as (db, row):
            if row.state not in _NOT_BEGUN:
                raise refused(NOT_CANCELLABLE)
            hours = q.clinic_hours(db)
            row.state = AppointmentState.CANCELLED
            row.cancelled_by, row.cancel_reason = by, text
            row.cancelled_at = self._clock()
            row.cancelled_by_user_id = self._actor.user_id
            row.late = by == CancelledBy.PATIENT and is_late(
                hours, row.starts_at, row.day, self._now()
            )
            self._changed(db, row, ["state", "cancelled_by", "cancel_reason", "late"])
            return self._view(db, row.id)

    def no_show(self, appointment_id: int, expected_version: int) -> AppointmentView:
        with self._change(appointment_id, expected_version) as (db, row):
            if row.state not in _NOT_BEGUN:
                raise refused(NOT_MISSABLE)
            if row.day > self._today():
                raise refused(NOT_MISSED_YET)
            row.state = AppointmentState.NO_SHOW
            self._changed(db, row, ["state"])
            return self._view(db, row.id)

    def check_in(self, appointment_id: int, expected_version: int) -> AppointmentView:
        with self._change(appointment_id, expected_version) as (db, row):
            if row.state != AppointmentState.BOOKED:
                raise refused(NOT_CHECKABLE)
            if row.day != self._today():
                raise refused(NOT_TODAY)
            row.state = AppointmentState.CHECKED_IN
            row.checked_in_at = self._clock()
            self._changed(db, row, ["state", "checked_in_at"])
            return self._view(db, row.id)

    def finish(self, appointment_id: int, expected_version: int) -> AppointmentView:
        """A visit with no course session (a first visit) marked done; a course's session
        is done when it is signed."""
        with self._change(appointment_id, expected_version) as (db, row):
            if row.session_id is not None:
                raise refused(DONE_BY_SIGNING)
            if row.state not in (*_NOT_BEGUN, AppointmentState.IN_TREATMENT):
                raise refused(NOT_DONE_ABLE)
            row.state = AppointmentState.DONE
            self._changed(db, row, ["state"])
            return self._view(db, row.id)

    # --- inside one transaction -------------------------------------------------------

    def _now(self) -> dt.datetime:
        """The clinic's wall-clock time now (naive, like the book's times)."""
        return self._clock().astimezone().replace(tzinfo=None, second=0, microsecond=0)

    def _booker(self, *, quiet: bool = False) -> Booker:
        return Booker(self._actor, self._audit, self._clock, self._today(), quiet=quiet)

    @contextmanager
    def _change(
        self, appointment_id: int, expected_version: int
    ) -> Iterator[tuple[Session, Appointment]]:
        with self._action(
            Action.SCHEDULE_SESSION,
            record=(Appointment, appointment_id),
            object_type="appointment",
            object_id=appointment_id,
        ) as checked:
            db = checked.db_session
            row = db.get(Appointment, appointment_id)
            if row is None:
                raise no_appointment(appointment_id)
            require_version(db, row, expected_version, "appointment")
            yield db, row

    def _changed(self, db: Session, row: Appointment, fields: list[str]) -> None:
        self._audit.changed(
            db, self._actor, row, AuditAction.UPDATE, object_type="appointment",
            detail={"fields": fields}, at=self._clock(),
        )  # fmt: skip

    def _view(self, db: Session, appointment_id: int) -> AppointmentView:
        row = q.book_row(db, appointment_id)
        assert row is not None
        return appointment_view(row)

    @contextmanager
    def _slot_guard(self) -> Iterator[None]:
        """PostgreSQL's exclusion constraint refusing an overlap another desk committed
        after this one checked: the user hears that the time was just taken."""
        try:
            yield
        except DBAPIError as error:
            if getattr(error.orig, "sqlstate", None) != EXCLUSION_VIOLATION:
                raise
            raise booked_meanwhile() from None
