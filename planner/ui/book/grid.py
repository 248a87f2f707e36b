"""The appointment book's grid without Qt: the columns a day or a week shows (one per
practitioner, per room, or per day of one practitioner's week), each with its timed
appointments and those whose time was never recorded, and the keyboard's moves over them.

A selection is an appointment or an empty quarter-hour slot (a column, a day and a
minute after midnight). Up and down go slot by slot and step onto the live appointment
covering the next slot; cancelled and missed appointments free their time, so the keys
treat it as free (a click still selects them). Left and right keep the time of day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from planner import formats
from planner.domain.appointments import STEP_MINUTES, Hours
from planner.domain.i18n import translate
from planner.services.appointment_views import AppointmentView, BookContext, BookDay

NO_ONE = ("practitioner", None)
NO_ROOM = ("room", None)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the book: whose (or which room's) day, and its appointments."""

    key: Hashable
    title: str
    day: dt.date
    is_open: bool
    practitioner_id: int | None  # who an empty slot here is booked with (None: ask)
    timed: tuple[AppointmentView, ...]
    untimed: tuple[AppointmentView, ...]  # "time not set": never placed at a time

    @property
    def appointments(self) -> tuple[AppointmentView, ...]:
        return self.untimed + self.timed


@dataclass(frozen=True, slots=True)
class Selection:
    """An appointment (``appointment_id``) or the empty slot at ``minute`` of ``day``."""

    column: Hashable
    day: dt.date
    minute: int
    appointment_id: int | None = None

    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.day, dt.time()) + dt.timedelta(minutes=self.minute)


def minute_of(moment: dt.datetime) -> int:
    return moment.hour * 60 + moment.minute


def span_of(view: AppointmentView) -> tuple[int, int]:
    """Its start and end in minutes after midnight (a timed appointment)."""
    assert view.starts_at is not None
    start = minute_of(view.starts_at)
    end = minute_of(view.ends_at) if view.ends_at is not None else start + view.length_minutes
    if view.ends_at is not None and view.ends_at.date() > view.starts_at.date():
        end = 24 * 60
    return start, max(end, start + 1)


def grid_hours(hours: Hours, columns: Sequence[Column]) -> tuple[int, int]:
    """The first and last minute the grid shows: the clinic's hours, widened to show any
    appointment booked outside them (never hidden), on quarter hours."""
    first, last = hours.opens, hours.closes
    for column in columns:
        for view in column.timed:
            start, end = span_of(view)
            first, last = min(first, start), max(last, end)
    first -= first % STEP_MINUTES
    last += -last % STEP_MINUTES
    return first, max(last, first + STEP_MINUTES)


def day_columns(
    context: BookContext,
    book_day: BookDay,
    *,
    practitioner_id: int | None,
    room_id: int | None,
    by_room: bool,
) -> tuple[Column, ...]:
    """The day view: a column per practitioner (only the chosen one when one is chosen),
    or per room; a column appears for anyone or any room an appointment names."""
    views = book_day.appointments
    if by_room:
        rooms: list[tuple[tuple[str, int | None], str]] = [
            (("room", r.id), r.name) for r in context.rooms if room_id in (None, r.id)
        ]
        named = {v.room_id: v.room_name for v in views}
        keys = _with_extras(rooms, "room", named, translate("book_grid", "No room"))
        return tuple(
            _column(
                key,
                title,
                book_day,
                practitioner_id,
                [v for v in views if ("room", v.room_id) == key],
            )
            for key, title in keys
        )
    people: list[tuple[tuple[str, int | None], str]] = [
        (("practitioner", p.id), p.name)
        for p in context.practitioners
        if practitioner_id in (None, p.id)
    ]
    named = {v.practitioner_id: v.practitioner_name for v in views}
    keys = _with_extras(people, "practitioner", named, translate("book_grid", "No practitioner"))
    return tuple(
        _column(
            (kind, ident),
            title,
            book_day,
            ident,
            [v for v in views if v.practitioner_id == ident],
        )
        for (kind, ident), title in keys
    )


def week_columns(book_days: Sequence[BookDay], practitioner_id: int | None) -> tuple[Column, ...]:
    """The week view: one practitioner's seven days, Monday to Sunday."""
    return tuple(
        _column(
            ("day", d.day),
            formats.weekday_day_month(d.day),
            d,
            practitioner_id,
            list(d.appointments),
        )
        for d in book_days
    )


def _with_extras(
    keys: list[tuple[tuple[str, int | None], str]],
    kind: str,
    named: dict[int | None, str],
    nobody: str,
) -> list[tuple[tuple[str, int | None], str]]:
    known = {key for key, _ in keys}
    extras = [
        ((kind, ident), name or nobody)
        for ident, name in sorted(named.items(), key=lambda item: (item[0] is None, item[1]))
        if (kind, ident) not in known
    ]
    return keys + [(key, nobody if key[1] is None else title) for key, title in extras]


def _column(
    key: Hashable,
    title: str,
    book_day: BookDay,
    practitioner_id: int | None,
    views: list[AppointmentView],
) -> Column:
    timed = tuple(sorted((v for v in views if v.has_time), key=lambda v: (v.starts_at, v.id)))
    untimed = tuple(v for v in views if not v.has_time)
    return Column(key, title, book_day.day, book_day.is_open, practitioner_id, timed, untimed)


# --- the keyboard's moves ---------------------------------------------------------------


def find(columns: Sequence[Column], appointment_id: int) -> tuple[int, AppointmentView] | None:
    for index, column in enumerate(columns):
        for view in column.appointments:
            if view.id == appointment_id:
                return index, view
    return None


def covering(column: Column, minute: int, *, live_only: bool = True) -> AppointmentView | None:
    """The appointment holding ``minute`` in the column (a live one first)."""
    found = [v for v in column.timed if span_of(v)[0] <= minute < span_of(v)[1]]
    live = [v for v in found if v.is_live]
    if live:
        return live[0]
    return None if live_only or not found else found[0]


def at_slot(column: Column, minute: int) -> Selection:
    """The live appointment covering the slot, or the empty slot."""
    view = covering(column, minute)
    if view is not None:
        return Selection(column.key, column.day, span_of(view)[0], view.id)
    return Selection(column.key, column.day, minute)


def first_selection(columns: Sequence[Column], bounds: tuple[int, int]) -> Selection | None:
    """The first column's first live appointment with a time, else its first slot."""
    if not columns:
        return None
    column = columns[0]
    for view in column.timed:
        if view.is_live:
            return Selection(column.key, column.day, span_of(view)[0], view.id)
    return at_slot(column, bounds[0])


def move(
    columns: Sequence[Column], bounds: tuple[int, int], current: Selection, direction: str
) -> Selection:
    """The selection after an arrow key (``up``, ``down``, ``left``, ``right``)."""
    index = next((i for i, c in enumerate(columns) if c.key == current.column), None)
    if index is None:
        return first_selection(columns, bounds) or current
    column = columns[index]
    first, last = bounds
    step = STEP_MINUTES
    untimed_ids = [v.id for v in column.untimed]
    found = find(columns, current.appointment_id) if current.appointment_id else None
    view = found[1] if found else None
    if direction in ("left", "right"):
        target = index + (1 if direction == "right" else -1)
        if not 0 <= target < len(columns):
            return current
        other = columns[target]
        if view is not None and not view.has_time and other.untimed:
            position = min(untimed_ids.index(view.id), len(other.untimed) - 1)
            chosen = other.untimed[position]
            return Selection(other.key, other.day, first, chosen.id)
        minute = first if view is not None and not view.has_time else current.minute
        return at_slot(other, max(first, minute - minute % step))
    if view is not None and not view.has_time:
        position = untimed_ids.index(view.id)
        if direction == "up":
            if position == 0:
                return current
            return Selection(column.key, column.day, first, untimed_ids[position - 1])
        if position + 1 < len(untimed_ids):
            return Selection(column.key, column.day, first, untimed_ids[position + 1])
        return at_slot(column, first)
    if direction == "down":
        if view is not None:
            end = span_of(view)[1]
            target = end + (-end % step)
        else:
            target = current.minute + step
        return current if target >= last else at_slot(column, target)
    start = span_of(view)[0] if view is not None else current.minute
    target = ((start - 1) // step) * step
    if target >= first:
        return at_slot(column, target)
    if column.untimed:
        return Selection(column.key, column.day, first, column.untimed[-1].id)
    return current
