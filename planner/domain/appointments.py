"""The appointment book's rules, without storage: the clinic's hours, whether a booking
fits them, overlaps, the free-slot search, proposing a course's times and when a
cancellation is late.

Times are clinic-local wall-clock ``datetime`` values without a time zone (what the
clock on the clinic's wall says); an appointment whose time nobody recorded (carried over
from before appointments had times) has none, and no rule here invents one.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.errors import ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate

STEP_MINUTES = 15  # slots start on the quarter hour
MIN_LENGTH = 5
MAX_LENGTH = 480
SEARCH_DAYS = 28  # the free-slot finder looks four weeks ahead by default
MAX_SEARCH_DAYS = 366
_DAY_NAMES = (
    QT_TRANSLATE_NOOP("appointment_rules", "Monday"),
    QT_TRANSLATE_NOOP("appointment_rules", "Tuesday"),
    QT_TRANSLATE_NOOP("appointment_rules", "Wednesday"),
    QT_TRANSLATE_NOOP("appointment_rules", "Thursday"),
    QT_TRANSLATE_NOOP("appointment_rules", "Friday"),
    QT_TRANSLATE_NOOP("appointment_rules", "Saturday"),
    QT_TRANSLATE_NOOP("appointment_rules", "Sunday"),
)
# "The clinic is closed on Mondays": the weekday as a habit, in the message's own words.
_ON_DAYS = (
    QT_TRANSLATE_NOOP("appointment_rules", "Mondays"),
    QT_TRANSLATE_NOOP("appointment_rules", "Tuesdays"),
    QT_TRANSLATE_NOOP("appointment_rules", "Wednesdays"),
    QT_TRANSLATE_NOOP("appointment_rules", "Thursdays"),
    QT_TRANSLATE_NOOP("appointment_rules", "Fridays"),
    QT_TRANSLATE_NOOP("appointment_rules", "Saturdays"),
    QT_TRANSLATE_NOOP("appointment_rules", "Sundays"),
)

Span = tuple[dt.datetime, dt.datetime]


class PartOfDay(StrEnum):
    """What a patient asks for ("next Tuesday afternoon")."""

    ANY = "any"
    MORNING = "morning"  # starts before 12:00
    AFTERNOON = "afternoon"  # starts 12:00-16:59
    EVENING = "evening"  # starts 17:00 or later


_PARTS: dict[PartOfDay, tuple[int, int]] = {
    PartOfDay.ANY: (0, 24 * 60),
    PartOfDay.MORNING: (0, 12 * 60),
    PartOfDay.AFTERNOON: (12 * 60, 17 * 60),
    PartOfDay.EVENING: (17 * 60, 24 * 60),
}


def clock(minutes: int) -> str:
    """``570`` -> ``"09:30"``."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True, slots=True)
class Hours:
    """The clinic's opening hours and booking defaults (Clinic settings)."""

    opens: int = 8 * 60  # minutes after midnight
    closes: int = 18 * 60
    weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})  # ISO: Monday is 1
    first_visit_minutes: int = 45
    follow_up_minutes: int = 30
    late_cancel_hours: int = 24

    def is_open(self, day: dt.date) -> bool:
        return day.isoweekday() in self.weekdays

    def opening(self, day: dt.date) -> dt.datetime:
        return at(day, self.opens)

    def closing(self, day: dt.date) -> dt.datetime:
        return at(day, self.closes)

    def describe(self) -> str:
        """``"08:00-18:00, Monday to Friday"`` (for messages)."""
        days = sorted(self.weekdays)
        if days and days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
            named = translate("appointment_rules", "{first} to {last}").format(
                first=_day(days[0]), last=_day(days[-1])
            )
        else:
            named = ", ".join(_day(d) for d in days)
        return f"{clock(self.opens)}\u2013{clock(self.closes)}, {named}"


def _day(weekday: int) -> str:
    """The weekday's name (1 is Monday) in the user's language."""
    return translate("appointment_rules", _DAY_NAMES[weekday - 1])


def weekdays_of(text: str) -> frozenset[int]:
    """``"12345"`` (as stored) -> ``{1, 2, 3, 4, 5}``; characters other than 1-7 ignored."""
    return frozenset(int(c) for c in text if c in "1234567")


def at(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)


def overlaps(a: Span, b: Span) -> bool:
    """Whether two half-open spans share a moment (back to back does not overlap)."""
    return a[0] < b[1] and b[0] < a[1]


def check_length(length_minutes: int) -> int:
    if not MIN_LENGTH <= length_minutes <= MAX_LENGTH:
        raise ValidationError(
            "length_minutes",
            translate(
                "appointment_rules", "Length: from {min_length} to {max_length} minutes."
            ).format(min_length=MIN_LENGTH, max_length=MAX_LENGTH),
        )
    return length_minutes


def check_fits(hours: Hours, starts_at: dt.datetime, length_minutes: int) -> Span:
    """The booking's span, or a ValidationError naming the field that does not fit the
    clinic's hours (the day it is closed; a start or end outside the opening hours)."""
    check_length(length_minutes)
    if starts_at.second or starts_at.microsecond:
        starts_at = starts_at.replace(second=0, microsecond=0)
    ends_at = starts_at + dt.timedelta(minutes=length_minutes)
    day = starts_at.date()
    if not hours.is_open(day):
        raise ValidationError(
            "starts_at",
            translate(
                "appointment_rules",
                "Date: the clinic is closed on {weekdays} (open {hours}; Clinic settings).",
            ).format(
                weekdays=translate("appointment_rules", _ON_DAYS[day.isoweekday() - 1]),
                hours=hours.describe(),
            ),
        )
    if starts_at < hours.opening(day) or ends_at > hours.closing(day):
        raise ValidationError(
            "starts_at",
            translate(
                "appointment_rules",
                "Time: the clinic is open {opens}–{closes}; {starts}–{ends} does not fit.",
            ).format(
                opens=clock(hours.opens),
                closes=clock(hours.closes),
                starts=clock(_minute(starts_at)),
                ends=clock(_minute(ends_at)),
            ),
        )
    return starts_at, ends_at


def _minute(moment: dt.datetime) -> int:
    return moment.hour * 60 + moment.minute


def is_late(hours: Hours, starts_at: dt.datetime | None, day: dt.date, now: dt.datetime) -> bool:
    """Whether a cancellation at ``now`` (clinic-local) gives less notice than the clinic
    asks. With no time recorded the appointment counts from the clinic's opening."""
    start = starts_at or hours.opening(day)
    return start - now < dt.timedelta(hours=hours.late_cancel_hours)


def free_slots(
    hours: Hours,
    busy: Iterable[Span],
    first_day: dt.date,
    length_minutes: int,
    *,
    days: int = SEARCH_DAYS,
    part: PartOfDay = PartOfDay.ANY,
    weekday: int | None = None,
    not_before: dt.datetime | None = None,
    limit: int = 40,
) -> list[dt.datetime]:
    """Start times of free slots of ``length_minutes`` from ``first_day`` for ``days``
    days: on open days, within the opening hours, on the quarter hour, overlapping none
    of ``busy``, in ``part`` of the day and on ``weekday`` (ISO) when given, not before
    ``not_before``; at most ``limit``, earliest first."""
    check_length(length_minutes)
    if not 1 <= days <= MAX_SEARCH_DAYS:
        raise ValidationError(
            "days",
            translate("appointment_rules", "Days: from 1 to {max_search_days}.").format(
                max_search_days=MAX_SEARCH_DAYS
            ),
        )
    if weekday is not None and not 1 <= weekday <= 7:
        raise ValidationError(
            "weekday", translate("appointment_rules", "Weekday: from 1 (Monday) to 7 (Sunday).")
        )
    spans = sorted(busy)
    starts = [s for s, _ in spans]
    length = dt.timedelta(minutes=length_minutes)
    low, high = _PARTS[PartOfDay(part)]
    found: list[dt.datetime] = []
    for offset in range(days):
        day = first_day + dt.timedelta(days=offset)
        if not hours.is_open(day) or (weekday is not None and day.isoweekday() != weekday):
            continue
        first = max(hours.opens, _ceil_step(low))
        last = min(hours.closes - length_minutes, high - 1)
        for minute in range(_ceil_step(first), last + 1, STEP_MINUTES):
            start = at(day, minute)
            if not_before is not None and start < not_before:
                continue
            if _free(spans, starts, (start, start + length)):
                found.append(start)
                if len(found) >= limit:
                    return found
    return found


def _ceil_step(minute: int) -> int:
    return -(-minute // STEP_MINUTES) * STEP_MINUTES


def _free(spans: Sequence[Span], starts: Sequence[dt.datetime], span: Span) -> bool:
    """No busy span overlaps ``span`` (``spans`` sorted by start; ``starts`` their starts)."""
    index = bisect.bisect_left(starts, span[1])  # spans starting at or after the end: clear
    for earlier in range(index - 1, -1, -1):
        if overlaps(spans[earlier], span):
            return False
        if spans[earlier][0] + dt.timedelta(minutes=MAX_LENGTH) <= span[0]:
            break  # no longer appointment can reach this far
    return True


def propose_times(
    hours: Hours,
    busy: Iterable[Span],
    dates: Sequence[dt.date],
    length_minutes: int,
    *,
    preferred_minute: int | None = None,
    not_before: dt.datetime | None = None,
) -> list[dt.datetime | None]:
    """A time for each of a course's session ``dates``: the free slot on that date (or the
    next open days, up to a week) nearest the ``preferred_minute`` of the day, each later
    than the one before and none overlapping another or ``busy``; None when the week
    after a date holds no free slot. Reception accepts or moves each one."""
    taken = sorted(busy)
    proposals: list[dt.datetime | None] = []
    previous: dt.datetime | None = not_before
    for day in dates:
        first = max(day, previous.date()) if previous else day
        slots = free_slots(
            hours, taken, first, length_minutes, days=7, not_before=previous, limit=400
        )
        if not slots:
            proposals.append(None)
            continue
        first_day = slots[0].date()
        same_day = [s for s in slots if s.date() == first_day]
        wanted = hours.opens if preferred_minute is None else preferred_minute
        chosen = min(same_day, key=lambda s: (abs(_minute(s) - wanted), s))
        proposals.append(chosen)
        end = chosen + dt.timedelta(minutes=length_minutes)
        bisect.insort(taken, (chosen, end))
        previous = end
    return proposals
