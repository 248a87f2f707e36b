"""What the booking dialogs ask of the appointment service, without Qt: book, move and
cancel with every refusal turned into a :class:`~planner.ui.problem.Problem` at the
dialog's field (``date``, ``time``, ``length_minutes``, ...), the next free times of the
practitioner that day when the time was taken, the default length of a kind of visit,
whether a cancellation now would be late, and how a slot reads ("Tue 10 Nov 14:00").
The dialogs in planner/ui/book/dialogs.py show what it returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner import formats
from planner.domain.appointments import Hours, is_late
from planner.domain.courses import CourseInvalid
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.vocab import AppointmentKind, AppointmentState, CancelledBy
from planner.services.appointment_booking import SlotTaken
from planner.services.appointment_views import AppointmentDraft, AppointmentView, BookContext
from planner.services.appointments import AppointmentService
from planner.ui.problem import Problem

FREE_SHOWN = 8  # next free times offered as buttons


def slot_text(moment: dt.datetime) -> str:
    """``"Tue, Nov 10 14:00"`` (``"mar. 10 nov. 14 h 00"``)."""
    return f"{formats.weekday_day_month(moment)} {formats.time_text(moment)}"


def appointment_text(view: AppointmentView, time_not_set: str | None = None) -> str:
    """``"Zoë Test (chart 1): Session 2 of 6, Mon, Nov 9, 2026 10:00"``; an appointment
    with no time recorded says so (``time_not_set``), never an invented time."""
    day = formats.weekday_date(view.day)
    if view.starts_at:
        when = f"{day} {formats.time_text(view.starts_at)}"
    else:
        unset = time_not_set or translate("book", "time not set")
        when = translate("book", "{day}, {time_not_set}").format(day=day, time_not_set=unset)
    return translate("book", "{patient} (chart {chart}): {session}, {when}").format(
        patient=view.patient_name, chart=view.chart_number, session=view.session_label, when=when
    )


def problem_of(error: PlannerError) -> Problem:
    """A refusal at the dialog's field: the service's ``starts_at`` is the date or the
    time field (by what its message is about); a course rule is about the date."""
    if isinstance(error, ValidationError):
        if error.field == "starts_at":
            field = "date" if error.message.startswith("Date") else "time"
            return Problem(error.message, field)
        return Problem(error.message, error.field)
    if isinstance(error, CourseInvalid):
        return Problem(error.message, "date")
    return Problem(error.user_text())


@dataclass(frozen=True, slots=True)
class Outcome:
    """A booking done (``view``), or the problem and, when the time was taken, the
    next free times that day."""

    view: AppointmentView | None = None
    problem: Problem | None = None
    free: tuple[dt.datetime, ...] = ()


class BookingPresenter:
    """One dialog's dealings with the service (``now`` gives the clinic-local time)."""

    def __init__(
        self,
        service: AppointmentService,
        context: BookContext,
        now: dt.datetime | None = None,
    ) -> None:
        self.service = service
        self.context = context
        self._now = now

    @property
    def hours(self) -> Hours:
        return self.context.hours

    def now(self) -> dt.datetime:
        return self._now or dt.datetime.now().replace(second=0, microsecond=0)

    def default_length(self, kind: AppointmentKind) -> int:
        if kind == AppointmentKind.FIRST_VISIT:
            return self.hours.first_visit_minutes
        return self.hours.follow_up_minutes

    def session_choices(self, patient_id: int) -> tuple[tuple[int, str], ...]:
        """The patient's course sessions waiting for a time (booked, no time yet)."""
        try:
            views = self.service.patient_appointments(patient_id)
        except PlannerError:
            return ()
        waiting = [
            v
            for v in views
            if v.session_id is not None and v.state == AppointmentState.BOOKED and not v.has_time
        ]
        waiting.sort(key=lambda v: v.session_number or 0)
        return tuple((v.session_id, v.session_label) for v in waiting if v.session_id)

    def free_times(
        self,
        practitioner_id: int,
        day: dt.date,
        length_minutes: int,
        room_id: int | None = None,
        moving_id: int | None = None,
    ) -> tuple[dt.datetime, ...]:
        """The first free start times that day (none when the input cannot be searched);
        ``moving_id``: the appointment being moved (its own time is free for it)."""
        try:
            found = self.service.free_slots(
                practitioner_id, day, length_minutes, days=1, room_id=room_id, moving_id=moving_id
            )
        except PlannerError:
            return ()
        return found[:FREE_SHOWN]

    def book(self, draft: AppointmentDraft) -> Outcome:
        try:
            return Outcome(view=self.service.book(draft))
        except SlotTaken as error:
            free = self.free_times(
                draft.practitioner_id,
                draft.starts_at.date(),
                draft.length_minutes or self.default_length(draft.kind),
                draft.room_id,
            )
            return Outcome(problem=Problem(error.user_text()), free=free)
        except PlannerError as error:
            return Outcome(problem=problem_of(error))

    def move(
        self,
        view: AppointmentView,
        starts_at: dt.datetime,
        practitioner_id: int,
        room_id: int | None,
        length_minutes: int,
    ) -> Outcome:
        try:
            moved = self.service.move(
                view.id,
                starts_at,
                view.version,
                practitioner_id=practitioner_id,
                room_id=room_id,
                clear_room=room_id is None,
                length_minutes=length_minutes,
            )
            return Outcome(view=moved)
        except SlotTaken as error:
            free = self.free_times(
                practitioner_id, starts_at.date(), length_minutes, room_id, moving_id=view.id
            )
            return Outcome(problem=Problem(error.user_text()), free=free)
        except PlannerError as error:
            return Outcome(problem=problem_of(error))

    def will_be_late(self, view: AppointmentView, by: CancelledBy) -> bool:
        """Whether cancelling now counts as late (only the patient's cancellations do)."""
        return by == CancelledBy.PATIENT and is_late(
            self.hours, view.starts_at, view.day, self.now()
        )

    def cancel(self, view: AppointmentView, by: CancelledBy, reason: str) -> Outcome:
        try:
            return Outcome(view=self.service.cancel(view.id, by, reason, view.version))
        except PlannerError as error:
            return Outcome(problem=problem_of(error))
