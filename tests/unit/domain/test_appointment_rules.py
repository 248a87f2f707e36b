"""The appointment book's rules without storage: hours, fitting a booking, the free-slot
search, a course's proposed times and late cancellations."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.appointments import (
    Hours,
    PartOfDay,
    check_fits,
    free_slots,
    is_late,
    overlaps,
    propose_times,
    weekdays_of,
)
from planner.domain.errors import ValidationError

MONDAY = dt.date(2026, 11, 2)
HOURS = Hours()


def at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes))


def test_the_hours_read_as_a_person_says_them() -> None:
    assert HOURS.describe() == "08:00\u201318:00, Monday to Friday"
    odd = Hours(weekdays=weekdays_of("136x"))
    assert odd.describe() == "08:00\u201318:00, Monday, Wednesday, Saturday"


def test_a_booking_fits_the_hours_and_drops_seconds() -> None:
    start, end = check_fits(HOURS, at(MONDAY, "09:00").replace(second=30), 30)
    assert (start, end) == (at(MONDAY, "09:00"), at(MONDAY, "09:30"))
    with pytest.raises(ValidationError, match="does not fit") as late:
        check_fits(HOURS, at(MONDAY, "17:45"), 30)
    assert late.value.field == "starts_at"
    with pytest.raises(ValidationError) as short:
        check_fits(HOURS, at(MONDAY, "09:00"), 4)
    assert short.value.field == "length_minutes"


def test_back_to_back_does_not_overlap() -> None:
    a = (at(MONDAY, "09:00"), at(MONDAY, "09:30"))
    assert not overlaps(a, (at(MONDAY, "09:30"), at(MONDAY, "10:00")))
    assert overlaps(a, (at(MONDAY, "09:15"), at(MONDAY, "09:45")))


def test_free_slots_check_what_they_are_asked() -> None:
    with pytest.raises(ValidationError) as days:
        free_slots(HOURS, [], MONDAY, 30, days=0)
    assert days.value.field == "days"
    with pytest.raises(ValidationError) as weekday:
        free_slots(HOURS, [], MONDAY, 30, weekday=8)
    assert weekday.value.field == "weekday"
    evening = free_slots(Hours(closes=20 * 60), [], MONDAY, 30, days=1, part=PartOfDay.EVENING)
    assert evening[0] == at(MONDAY, "17:00") and evening[-1] == at(MONDAY, "19:30")
    assert len(free_slots(HOURS, [], MONDAY, 30, days=1, limit=3)) == 3


def test_a_course_with_no_free_week_gets_no_invented_time() -> None:
    full_week = [
        (at(MONDAY + dt.timedelta(days=n), "08:00"), at(MONDAY + dt.timedelta(days=n), "18:00"))
        for n in range(14)
    ]
    proposals = propose_times(HOURS, full_week, [MONDAY, MONDAY + dt.timedelta(days=7)], 30)
    assert proposals == [None, None]
    free = propose_times(HOURS, [], [MONDAY, MONDAY], 30, preferred_minute=10 * 60)
    assert free == [at(MONDAY, "10:00"), at(MONDAY, "10:30")]  # one after the other


def test_a_cancellation_is_late_inside_the_notice() -> None:
    start = at(MONDAY, "10:00")
    assert is_late(HOURS, start, MONDAY, at(MONDAY, "08:00"))
    assert not is_late(HOURS, start, MONDAY, at(MONDAY - dt.timedelta(days=2), "08:00"))
    # no time recorded: counted from the opening
    assert is_late(HOURS, None, MONDAY, at(MONDAY - dt.timedelta(days=1), "09:00"))


def test_a_booking_on_a_closed_day_names_the_day_and_the_hours() -> None:
    sunday = MONDAY - dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="closed on Sundays") as closed:
        check_fits(HOURS, at(sunday, "09:00"), 30)
    assert "(open 08:00\u201318:00, Monday to Friday; Clinic settings)" in closed.value.message
