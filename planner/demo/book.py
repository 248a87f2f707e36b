"""The demo's appointment book: a time for every course session, rooms, missed and
cancelled visits, and a full day today.

Every session gets an appointment (its state follows the session: signed is *done*,
scheduled is *booked*) at a free time of its practitioner within the clinic's hours,
08:00 to 18:00 on weekdays, in one of the two treatment rooms when one is free: 45
minutes for a first visit (assessed and treated on the course's first day), 30 for a
follow-up. Two live appointments of one practitioner or one room never overlap (on
PostgreSQL the database would refuse them); a session that finds no free time on its
day (a very large demo) keeps an appointment with no time, shown as "time not set".
Now and then a past session was first booked a day earlier and cancelled by the patient
(with a reason, sometimes late) or missed. Today's sessions are laid out from 09:00 in
the order they are made (:class:`~planner.demo.plans.Timeline` puts this morning's
signed sessions first): done, one in treatment, two checked in, the rest booked; 14:00
is kept for a new patient's first visit (:meth:`DemoBook.first_visit`).
"""

from __future__ import annotations

import datetime as dt

from planner.demo.dice import Dice
from planner.demo.rows import Batch, Keys, Row, timestamp
from planner.demo.staff import Staff
from planner.domain.vocab import AppointmentKind, AppointmentState, CancelledBy
from planner.storage.models import Appointment

ROOMS: tuple[tuple[int, str], ...] = ((1, "Room 1"), (2, "Room 2"))
OPENS = 8 * 60  # the clinic's default hours (minutes after midnight)
CLOSES = 18 * 60
STEP = 15  # the grid times are placed on
FIRST_VISIT_MINUTES = 45
FOLLOW_UP_MINUTES = 30
TODAY_FROM = 9 * 60
NEWCOMER_AT = 14 * 60
FORCED_EXTRAS = 4  # the first past sessions each rebooked after a cancellation or no-show
CANCEL_REASONS = (
    "Unwell with a cold; asked to come another day.",
    "Work meeting moved; rang the desk.",
    "Childcare fell through.",
    "Car would not start.",
    "Flight delayed on the way back from a trip.",
)

_SLOTS = (CLOSES - OPENS) // STEP
_BOOKED = str(AppointmentState.BOOKED)
_DONE = str(AppointmentState.DONE)


def _wall(day: dt.date, minute: int) -> dt.datetime:
    """The clinic-local wall-clock time (naive) ``minute`` minutes after midnight."""
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60))


class DemoBook:
    """Free times per practitioner and room, and the appointment rows (module docstring)."""

    def __init__(self, dice: Dice, keys: Keys, staff: Staff, today: dt.date) -> None:
        self.dice = dice
        self.keys = keys
        self.staff = staff
        self.today = today
        self._taken: dict[tuple[str, int, dt.date], bytearray] = {}
        self._today_cursor: dict[int, int] = {}
        self._in_treatment = 1  # today's states still to hand out, in time order
        self._checked_in = 2
        self._extras = 0
        self._occupy(("practitioner", staff.practitioner, today), NEWCOMER_AT, FIRST_VISIT_MINUTES)
        self._occupy(("room", ROOMS[0][0], today), NEWCOMER_AT, FIRST_VISIT_MINUTES)

    # --- free times -------------------------------------------------------------------

    def _grid(self, key: tuple[str, int, dt.date]) -> bytearray:
        grid = self._taken.get(key)
        if grid is None:
            grid = self._taken[key] = bytearray(_SLOTS)
        return grid

    def _occupy(self, key: tuple[str, int, dt.date], minute: int, length: int) -> None:
        grid = self._grid(key)
        first = (minute - OPENS) // STEP
        for slot in range(first, first + -(-length // STEP)):
            grid[slot] = 1

    def _free_at(self, practitioner: int, day: dt.date, length: int, start: int) -> int | None:
        """The first free start from ``start`` on (then from opening), or None."""
        grid = self._grid(("practitioner", practitioner, day))
        need = -(-length // STEP)
        first = (start - OPENS) // STEP
        last = _SLOTS - need + 1
        begins: list[int] = [*range(first, last), *range(0, min(first, last))]
        for begin in begins:
            if not any(grid[begin : begin + need]):
                return OPENS + begin * STEP
        return None

    def _room(self, day: dt.date, minute: int, length: int) -> int | None:
        first = (minute - OPENS) // STEP
        need = -(-length // STEP)
        order = ROOMS if self.dice.random() < 0.5 else ROOMS[::-1]
        for room_id, _ in order:
            if not any(self._grid(("room", room_id, day))[first : first + need]):
                return room_id
        return None

    def place(self, practitioner: int, day: dt.date, first_visit: bool) -> tuple[int | None, int]:
        """A free start (minutes after midnight; None: none left that day) and the length,
        taken in the practitioner's day. Today's times follow each other from 09:00."""
        length = FIRST_VISIT_MINUTES if first_visit else FOLLOW_UP_MINUTES
        if day.isoweekday() > 5 and day != self.today:
            return None, length
        if day == self.today:
            start = self._today_cursor.get(practitioner, TODAY_FROM)
        else:
            start = OPENS + 30 * self.dice.below((CLOSES - OPENS) // 30)
        minute = self._free_at(practitioner, day, length, start)
        if minute is not None:
            self._occupy(("practitioner", practitioner, day), minute, length)
            if day == self.today:
                self._today_cursor[practitioner] = minute + length
        return minute, length

    # --- rows -------------------------------------------------------------------------

    def appointment(
        self,
        batch: Batch,
        session: Row,
        minute: int | None,
        length: int,
        first_visit: bool,
        booked_at: dt.datetime,
    ) -> Row:
        """The appointment of a session just made (signed: done; scheduled: booked; today:
        in treatment or checked in for the first ones after this morning's)."""
        day: dt.date = session["session_date"]
        practitioner = session["practitioner_id"]
        signed = session["status"] != "scheduled"
        state = _DONE if signed else _BOOKED
        checked_in = None
        if minute is not None and day == self.today and not signed:
            if self._in_treatment:
                self._in_treatment -= 1
                state = str(AppointmentState.IN_TREATMENT)
                checked_in = timestamp(day, minute - OPENS - 10)
            elif self._checked_in:
                self._checked_in -= 1
                state = str(AppointmentState.CHECKED_IN)
                checked_in = timestamp(day, minute - OPENS - 20 + 10 * self._checked_in)
        if signed and minute is not None:
            checked_in = timestamp(day, minute - OPENS - 5)
        room = None
        if minute is not None:
            room = self._room(day, minute, length)
            if room is not None:
                self._occupy(("room", room, day), minute, length)
        row = self._row(session["patient_id"], practitioner, day, minute, length, first_visit)
        row.update(
            session_id=session["id"],
            room_id=room,
            state=state,
            checked_in_at=checked_in,
            created_at=booked_at,
            updated_at=session["updated_at"] if signed else booked_at,
            updated_by_id=practitioner if signed else self.staff.reception,
        )
        batch.rows(Appointment).append(row)
        if signed and day < self.today and session["number"] > 1:
            self._maybe_missed(batch, session, booked_at)
        return row

    def _row(
        self,
        patient_id: int,
        practitioner: int,
        day: dt.date,
        minute: int | None,
        length: int,
        first_visit: bool,
    ) -> Row:
        kind = AppointmentKind.FIRST_VISIT if first_visit else AppointmentKind.FOLLOW_UP
        return {
            "id": self.keys.next(Appointment),
            "patient_id": patient_id,
            "session_id": None,
            "practitioner_id": practitioner,
            "room_id": None,
            "kind": str(kind),
            "state": _BOOKED,
            "day": day,
            "starts_at": None if minute is None else _wall(day, minute),
            "ends_at": None if minute is None else _wall(day, minute + length),
            "length_minutes": length,
            "checked_in_at": None,
            "cancelled_at": None,
            "cancelled_by": None,
            "cancelled_by_user_id": None,
            "cancel_reason": "",
            "late": False,
            "version": 1,
        }

    def _maybe_missed(self, batch: Batch, session: Row, booked_at: dt.datetime) -> None:
        """Now and then the session was first booked the weekday before, then cancelled by
        the patient (late or not) or missed; the first few always, one of each kind."""
        dice = self.dice
        forced = self._extras < FORCED_EXTRAS
        if not forced and dice.random() >= 0.04:
            return
        kind = self._extras % FORCED_EXTRAS if forced else dice.below(FORCED_EXTRAS)
        self._extras += 1
        day: dt.date = session["session_date"]
        before = day - dt.timedelta(days=3 if day.isoweekday() == 1 else 1)
        minute = OPENS + 30 * dice.below((CLOSES - OPENS) // 30)
        row = self._row(
            session["patient_id"], session["practitioner_id"], before, minute, 30, False
        )
        booked = min(booked_at, timestamp(before - dt.timedelta(days=6), 30))
        row.update(
            session_id=session["id"],
            created_at=booked,
            updated_by_id=self.staff.reception,
        )
        if kind == 0:  # missed: nobody came and nobody rang
            row.update(state=str(AppointmentState.NO_SHOW), updated_at=timestamp(before, 600))
        else:
            late = kind == 1  # rang the same morning: less notice than the clinic asks
            when = (
                timestamp(before, max(0, minute - OPENS - 90))
                if late
                else timestamp(before - dt.timedelta(days=2), 60)
            )
            row.update(
                state=str(AppointmentState.CANCELLED),
                cancelled_at=when,
                cancelled_by=str(CancelledBy.PATIENT),
                cancelled_by_user_id=self.staff.reception,
                cancel_reason=dice.pick(CANCEL_REASONS),
                late=late,
                updated_at=when,
            )
        batch.rows(Appointment).append(row)

    def first_visit(self, batch: Batch, patient_id: int, booked_at: dt.datetime) -> None:
        """A new patient's first visit today at 14:00 (no course yet)."""
        practitioner = self.staff.practitioner
        row = self._row(
            patient_id, practitioner, self.today, NEWCOMER_AT, FIRST_VISIT_MINUTES, True
        )
        row.update(
            room_id=ROOMS[0][0],
            created_at=booked_at,
            updated_at=booked_at,
            updated_by_id=self.staff.reception,
        )
        batch.rows(Appointment).append(row)
