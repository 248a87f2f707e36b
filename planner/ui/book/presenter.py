"""The appointment book's presenter: what the book shows (a day or one practitioner's week,
today first), its filters (a practitioner or all; all rooms, one room or a column per
room), the days loaded from the appointment service, and the selection (an appointment or
an empty slot) moved by the keyboard. No widget: tests drive it without a window, and the
screen asks it again after every change, since another desk may have changed the book.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Hashable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from planner import formats
from planner.domain.appointments import Hours
from planner.domain.errors import ConflictError, PlannerError
from planner.domain.vocab import AppointmentState
from planner.services.appointment_views import AppointmentView, BookContext, BookDay
from planner.services.appointments import AppointmentService
from planner.ui.book import grid
from planner.ui.book.grid import Column, Selection

log = logging.getLogger(__name__)

WEEK = 7
LONGEST_WAIT = 12 * 60  # minutes: longer, the wait is not shown (only the check-in time)
_SESSION_STATES = (
    AppointmentState.BOOKED,
    AppointmentState.CHECKED_IN,
    AppointmentState.IN_TREATMENT,
)


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` as the clinic's wall-clock time (naive, like the book's times)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def checked_in_local(view: AppointmentView) -> dt.datetime | None:
    return local(view.checked_in_at) if view.checked_in_at is not None else None


class Mode(StrEnum):
    DAY = "day"
    WEEK = "week"


class BookPresenter(QObject):
    """The book's state and the service calls behind it; ``changed`` after each reload or
    move, ``problem`` with a message safe to show (empty: the problem is gone)."""

    changed = Signal()
    problem = Signal(str)

    def __init__(
        self,
        service: AppointmentService,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        waiting_for: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._now = now
        self.waiting_for = waiting_for  # a practitioner: their patients waiting today
        self.waiting: tuple[AppointmentView, ...] = ()
        self.mode = Mode.DAY
        self.day = today()
        self.practitioner_id: int | None = None  # None: everyone (the day view)
        self.room_id: int | None = None
        self.by_room = False
        self.context = BookContext(Hours(), (), ())
        self._has_context = False
        self.days: tuple[BookDay, ...] = ()
        self.columns: tuple[Column, ...] = ()
        self.bounds = (Hours().opens, Hours().closes)
        self.selection: Selection | None = None
        self._load_failed = False

    # --- what is shown ----------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self._today()

    @property
    def first_day(self) -> dt.date:
        if self.mode == Mode.WEEK:
            return self.day - dt.timedelta(days=self.day.weekday())
        return self.day

    @property
    def shown_practitioner(self) -> int | None:
        """Whose book: the chosen practitioner; in the week view, the first when all."""
        if self.mode == Mode.WEEK and self.practitioner_id is None:
            people = self.context.practitioners
            return people[0].id if people else None
        return self.practitioner_id

    def title(self) -> str:
        """``"Monday, November 2, 2026"`` or ``"Week of Nov 2 to Nov 8, 2026"``."""
        first = self.first_day
        if self.mode == Mode.WEEK:
            last = first + dt.timedelta(days=WEEK - 1)
            return self.tr("Week of {first} to {last}").format(
                first=formats.day_month(first), last=formats.day_month_year(last)
            )
        return formats.long_date(first)

    # --- changing what is shown -------------------------------------------------------

    def reload(self, *, full: bool = True) -> bool:
        """Read the book again (keeping the selection where it can); False on a problem.
        ``full``: the clinic's hours, practitioners and rooms too (a Reload, the timer, a
        change); moving to another day or filter reads only the appointments."""
        try:
            if full or not self._has_context:
                self.context = self._service.context()
                self._has_context = True
            count = WEEK if self.mode == Mode.WEEK else 1
            self.days = self._service.days(
                self.first_day,
                count,
                practitioner_id=self.shown_practitioner,
                room_id=self.room_id,
            )
            self.waiting = self._waiting()
        except PlannerError as error:
            log.info("book not loaded: %s", type(error).__name__)
            self._load_failed = True
            self.problem.emit(str(error))
            return False
        if self._load_failed:  # the book could not be read before; now it could
            self._load_failed = False
            self.problem.emit("")
        self._arrange()
        self.changed.emit()
        return True

    def show_day(self, day: dt.date) -> None:
        self.day = day
        self._keep_time()
        self.reload(full=False)

    def go_today(self) -> None:
        self.show_day(self.today)

    def step(self, forward: bool) -> None:
        """The next (or previous) day, or week in the week view."""
        days = WEEK if self.mode == Mode.WEEK else 1
        self.show_day(self.day + dt.timedelta(days=days if forward else -days))

    def set_mode(self, mode: Mode) -> None:
        if mode == self.mode:
            return
        if self.selection is not None:
            self.day = self.selection.day
        self.mode = Mode(mode)
        self._keep_time()
        self.reload(full=False)

    def set_practitioner(self, practitioner_id: int | None) -> None:
        self.practitioner_id = practitioner_id
        self.reload(full=False)

    def set_room(self, room_id: int | None, *, by_room: bool = False) -> None:
        self.room_id, self.by_room = room_id, by_room and room_id is None
        self.reload(full=False)

    # --- the selection ----------------------------------------------------------------

    def select(self, selection: Selection | None) -> None:
        if selection != self.selection:
            self.selection = selection
            if selection is not None:
                self.day = selection.day
            self.changed.emit()

    def select_appointment(self, appointment_id: int) -> bool:
        found = grid.find(self.columns, appointment_id)
        if found is None:
            return False
        column = self.columns[found[0]]
        start = grid.span_of(found[1])[0] if found[1].has_time else self.bounds[0]
        self.select(Selection(column.key, column.day, start, appointment_id))
        return True

    def move_selection(self, direction: str) -> None:
        if self.selection is None:
            self.select(grid.first_selection(self.columns, self.bounds))
            return
        moved = grid.move(self.columns, self.bounds, self.selection, direction)
        if moved == self.selection and self.mode == Mode.WEEK and direction in ("left", "right"):
            one_day = dt.timedelta(days=1 if direction == "right" else -1)
            self.show_day(self.selection.day + one_day)  # past Sunday: next Monday
            return
        self.select(moved)

    def selected_appointment(self) -> AppointmentView | None:
        if self.selection is None or self.selection.appointment_id is None:
            return None
        found = grid.find(self.columns, self.selection.appointment_id)
        return found[1] if found else None

    def selected_column(self) -> Column | None:
        if self.selection is None:
            return None
        return next((c for c in self.columns if c.key == self.selection.column), None)

    def booking_start(self) -> tuple[dt.datetime | None, int | None]:
        """Where a new booking goes: the selected slot's (or appointment's) time and the
        practitioner of its column (None when the column is a room's and all are shown)."""
        column = self.selected_column()
        practitioner = column.practitioner_id if column else self.shown_practitioner
        if self.selection is None:
            return None, practitioner
        view = self.selected_appointment()
        if view is not None and not view.has_time:
            return None, view.practitioner_id or practitioner
        return self.selection.start(), practitioner

    # --- the desk's quick actions -----------------------------------------------------

    def can_check_in(self, view: AppointmentView) -> bool:
        return view.state == AppointmentState.BOOKED and view.day == self.today

    def can_miss(self, view: AppointmentView) -> bool:
        begun = (AppointmentState.BOOKED, AppointmentState.CHECKED_IN)
        return view.state in begun and view.day <= self.today

    def check_in(self) -> None:
        self._quick(lambda v: self._service.check_in(v.id, v.version))

    def no_show(self) -> None:
        self._quick(lambda v: self._service.no_show(v.id, v.version))

    def move_to(self, appointment_id: int, target: Selection) -> None:
        """A booked appointment dragged to another slot (and column: a practitioner's or
        a room's); the service checks the slot is free and the course's order."""
        found = grid.find(self.columns, appointment_id)
        if found is None:
            return
        kind, ident = target.column if isinstance(target.column, tuple) else ("", None)
        changes: dict[str, object] = {}
        if kind == "practitioner" and ident is not None:
            changes["practitioner_id"] = ident
        elif kind == "room":
            changes.update({"room_id": ident} if ident is not None else {"clear_room": True})
        start = target.start()
        self.selection = Selection(target.column, target.day, target.minute, appointment_id)
        self._quick(
            lambda v: self._service.move(v.id, start, v.version, **changes),  # type: ignore[arg-type]
            found[1],
        )

    def _quick(
        self,
        change: Callable[[AppointmentView], AppointmentView],
        view: AppointmentView | None = None,
    ) -> None:
        view = view or self.selected_appointment()
        if view is None:
            return
        try:
            change(view)
        except ConflictError:
            self.reload()
            self.problem.emit(
                self.tr(
                    "Someone else changed this appointment first; the book shows it as it is now."
                )
            )
            return
        except PlannerError as error:
            self.problem.emit(str(error))
            self.reload()  # the book as it is (a slot just taken at another desk shows)
            return
        self.problem.emit("")
        self.reload()

    # --- the practitioner's day -------------------------------------------------------

    def _waiting(self) -> tuple[AppointmentView, ...]:
        """The practitioner's checked-in appointments of today, oldest check-in first
        (read from the days just loaded when they are today's, all of it)."""
        me = self.waiting_for
        if me is None:
            return ()
        whole_day = self.mode == Mode.DAY and self.room_id is None
        if whole_day and self.day == self.today and self.shown_practitioner in (None, me):
            days = self.days
        else:
            days = self._service.days(self.today, 1, practitioner_id=me)
        found = [
            view
            for day in days
            for view in day.appointments
            if view.practitioner_id == me and view.state == AppointmentState.CHECKED_IN
        ]
        return tuple(sorted(found, key=lambda v: (v.checked_in_at or dt.datetime.max, v.id)))

    def waiting_minutes(self, view: AppointmentView) -> int | None:
        """Minutes since the patient checked in (None when the time is not known)."""
        checked = checked_in_local(view)
        if checked is None:
            return None
        minutes = int((local(self._now()) - checked).total_seconds() // 60)
        return max(0, minutes) if minutes <= LONGEST_WAIT else None  # not today's clock

    def waiting_view(self, appointment_id: int) -> AppointmentView | None:
        return next((v for v in self.waiting if v.id == appointment_id), None)

    def can_open_session(self, view: AppointmentView) -> bool:
        """Today's session of the course can be opened from this appointment."""
        return (
            view.course_id is not None and view.day == self.today and view.state in _SESSION_STATES
        )

    # --- keeping things in place ------------------------------------------------------

    def _arrange(self) -> None:
        if self.mode == Mode.WEEK:
            self.columns = grid.week_columns(self.days, self.shown_practitioner)
        elif self.days:
            self.columns = grid.day_columns(
                self.context,
                self.days[0],
                practitioner_id=self.practitioner_id,
                room_id=self.room_id,
                by_room=self.by_room,
            )
        else:
            self.columns = ()
        self.bounds = grid.grid_hours(self.context.hours, self.columns)
        self.selection = self._kept(self.selection)

    def _kept(self, old: Selection | None) -> Selection | None:
        if old is None or not self.columns:
            return grid.first_selection(self.columns, self.bounds)
        if old.appointment_id is not None:
            found = grid.find(self.columns, old.appointment_id)
            if found is not None:
                column, view = self.columns[found[0]], found[1]
                start = grid.span_of(view)[0] if view.has_time else self.bounds[0]
                return Selection(column.key, column.day, start, view.id)
        column = next(
            (c for c in self.columns if c.key == old.column),
            next((c for c in self.columns if c.day == old.day), self.columns[0]),
        )
        minute = min(max(old.minute, self.bounds[0]), self.bounds[1] - 15)
        return grid.at_slot(column, minute - minute % 15)

    def _keep_time(self) -> None:
        """After a change of day or mode: the same time of day, in the day shown."""
        old = self.selection
        if old is None:
            return
        if self.mode == Mode.WEEK:
            key: Hashable = ("day", self.day)
        elif isinstance(old.column, tuple) and old.column[0] == "day":
            key = ("practitioner", self.practitioner_id)
        else:
            key = old.column
        self.selection = Selection(key, self.day, old.minute)
