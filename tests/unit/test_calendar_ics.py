"""The .ics file of a patient's next appointments, parsed back with icalendar: one event
per timed appointment at its floating local time, stable UIDs with no patient name,
appointments without a time left out and counted."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from planner.export.calendar_ics import (
    CalendarAppointment,
    CalendarClinic,
    calendar_ics,
    left_out_text,
    notice_text,
    uid_of,
)

CLINIC = CalendarClinic(
    name="Riverside Acupuncture",
    address="12 Mill Lane\nOldtown OT1 2AB",
    phone="+44 1234 567890",
    late_cancel_hours=24,
)
STAMP = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
MONDAY = dt.date(2026, 12, 14)
APPOINTMENTS = (
    CalendarAppointment(
        11, MONDAY, dt.datetime(2026, 12, 14, 10, 30), 30, "Ada Lovelace", "Room 1"
    ),
    CalendarAppointment(12, dt.date(2026, 12, 21), None, 30, "Ada Lovelace"),
    CalendarAppointment(13, dt.date(2026, 12, 28), dt.datetime(2026, 12, 28, 16, 0), 45, "Ben"),
)


def _events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_one_event_per_timed_appointment_the_rest_counted() -> None:
    made = calendar_ics(CLINIC, APPOINTMENTS, stamp=STAMP)
    assert (made.count, made.left_out) == (2, 1)
    events = _events(made.data)
    assert len(events) == 2
    assert left_out_text(made.left_out) == "1 appointment without a time was left out."
    assert left_out_text(2) == "2 appointments without a time were left out."
    assert left_out_text(0) == ""


def test_floating_local_times_and_the_length() -> None:
    first, second = _events(calendar_ics(CLINIC, APPOINTMENTS, stamp=STAMP).data)
    assert first.decoded("dtstart") == dt.datetime(2026, 12, 14, 10, 30)
    assert first.decoded("dtstart").tzinfo is None  # floating: no invented zone
    assert first.decoded("dtend") == dt.datetime(2026, 12, 14, 11, 0)
    assert second.decoded("dtend") == dt.datetime(2026, 12, 28, 16, 45)
    assert b"DTSTART:20261214T103000\r\n" in calendar_ics(CLINIC, APPOINTMENTS, stamp=STAMP).data


def test_summary_location_and_description() -> None:
    first, _ = _events(calendar_ics(CLINIC, APPOINTMENTS, stamp=STAMP).data)
    assert str(first["summary"]) == "Acupuncture appointment - Riverside Acupuncture"
    assert str(first["location"]) == "12 Mill Lane, Oldtown OT1 2AB"
    description = str(first["description"])
    assert "With Ada Lovelace, Room 1." in description
    assert "Please tell us 24 hours before if you cannot come." in description
    assert "+44 1234 567890" in description


def test_the_notice_follows_the_clinic_setting() -> None:
    clinic = CalendarClinic("Riverside Acupuncture", late_cancel_hours=48)
    (event, _) = _events(calendar_ics(clinic, APPOINTMENTS, stamp=STAMP).data)
    assert "Please tell us 48 hours before" in str(event["description"])
    assert notice_text(1) == "Please tell us 1 hour before if you cannot come."
    assert "as soon as you can" in notice_text(0)


def test_uids_are_stable_unique_and_nameless() -> None:
    once = [str(e["uid"]) for e in _events(calendar_ics(CLINIC, APPOINTMENTS, stamp=STAMP).data)]
    later = STAMP + dt.timedelta(days=3)
    again = [str(e["uid"]) for e in _events(calendar_ics(CLINIC, APPOINTMENTS, stamp=later).data)]
    assert once == again and len(set(once)) == 2
    assert once[0] == uid_of(11, "Riverside Acupuncture")
    assert uid_of(11, "Another Clinic") != once[0]
    for uid in once:
        assert "Riverside" not in uid and "Ada" not in uid and " " not in uid


def test_nothing_to_put_in_and_a_hostile_clinic_name() -> None:
    clinic = CalendarClinic("Back; Care, & Co\r\nEND:VCALENDAR", address="")
    made = calendar_ics(clinic, (APPOINTMENTS[1],), stamp=STAMP)
    assert (made.count, made.left_out) == (0, 1)
    assert _events(made.data) == []
    made = calendar_ics(clinic, APPOINTMENTS[:1], stamp=STAMP)
    parsed = Calendar.from_ical(made.data)
    lines = made.data.split(b"\r\n")
    assert lines.count(b"END:VCALENDAR") == 1 and lines[-2] == b"END:VCALENDAR"
    (event,) = parsed.walk("VEVENT")
    assert str(event["summary"]) == "Acupuncture appointment - Back; Care, & Co, END:VCALENDAR"
    assert "location" not in event
