"""A patient's next appointments as an iCalendar (.ics) file for their phone's calendar:
one event per appointment with a time, each with a UID that stays the same when the file
is made again (the appointment's id and a hash of the clinic's name: never the patient's
name), so importing a newer file updates the events rather than doubling them.

Times are *floating* local times (``DTSTART:20261214T103000``, no ``TZID``): the book
stores naive clinic-local times and the clinic has no time-zone setting to name, and a
patient's phone shows a floating time at that wall-clock hour in its own zone, which for
a patient who lives near the clinic is the clinic's (an invented or guessed ``TZID``
would move the event by hours on a phone that does not know it). Appointments with no
time recorded are left out (an all-day event would read as "come any time") and counted
so the caller can say so. Plain data in, bytes out: no Qt, no database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from icalendar import Calendar, Event

PRODUCT_ID = "-//AcuPlanner//Appointments//EN"
UID_DOMAIN = "acuplanner.invalid"  # reserved (RFC 2606): never a real host


@dataclass(frozen=True, slots=True)
class CalendarClinic:
    """Who the events are with and where: the clinic's name, address and phone."""

    name: str
    address: str = ""
    phone: str = ""
    late_cancel_hours: int = 24


@dataclass(frozen=True, slots=True)
class CalendarAppointment:
    """One appointment to put in the calendar; ``starts_at`` None: no time recorded."""

    id: int
    day: dt.date
    starts_at: dt.datetime | None  # naive, clinic-local
    length_minutes: int
    practitioner: str = ""
    room: str = ""


@dataclass(frozen=True, slots=True)
class CalendarFile:
    """The .ics file's bytes, how many events it holds and how many appointments were
    left out for having no time."""

    data: bytes
    count: int
    left_out: int


def uid_of(appointment_id: int, clinic_name: str) -> str:
    """A stable UID: the same appointment of the same clinic always gets the same one."""
    digest = hashlib.sha256(clinic_name.strip().casefold().encode("utf-8")).hexdigest()[:16]
    return f"appointment-{appointment_id}-{digest}@{UID_DOMAIN}"


def summary_of(clinic: CalendarClinic) -> str:
    name = _one_line(clinic.name)
    return f"Acupuncture appointment - {name}" if name else "Acupuncture appointment"


def notice_text(hours: int) -> str:
    """``Please tell us 24 hours before if you cannot come.``"""
    if hours <= 0:
        return "Please tell us as soon as you can if you cannot come."
    unit = "hour" if hours == 1 else "hours"
    return f"Please tell us {hours} {unit} before if you cannot come."


def left_out_text(left_out: int) -> str:
    """What to tell the user about appointments with no time ("" when none)."""
    if left_out <= 0:
        return ""
    if left_out == 1:
        return "1 appointment without a time was left out."
    return f"{left_out} appointments without a time were left out."


def calendar_ics(
    clinic: CalendarClinic,
    appointments: Iterable[CalendarAppointment],
    *,
    stamp: dt.datetime,
) -> CalendarFile:
    """The .ics file of ``appointments`` (``stamp``: when it was made, an aware time)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", summary_of(clinic))
    count = left_out = 0
    for appointment in appointments:
        if appointment.starts_at is None:
            left_out += 1
            continue
        calendar.add_component(_event(clinic, appointment, appointment.starts_at, stamp))
        count += 1
    return CalendarFile(calendar.to_ical(), count, left_out)


def _event(
    clinic: CalendarClinic,
    appointment: CalendarAppointment,
    starts_at: dt.datetime,
    stamp: dt.datetime,
) -> Event:
    event = Event()
    event.add("uid", uid_of(appointment.id, clinic.name))
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    start = starts_at.replace(tzinfo=None)  # floating: see the module's note
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=max(appointment.length_minutes, 1)))
    event.add("summary", summary_of(clinic))
    address = _one_line(clinic.address)
    if address:
        event.add("location", address)
    event.add("description", _description(clinic, appointment))
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def _description(clinic: CalendarClinic, appointment: CalendarAppointment) -> str:
    lines = []
    who = _one_line(appointment.practitioner)
    room = _one_line(appointment.room)
    if who:
        lines.append(f"With {who}" + (f", {room}." if room else "."))
    elif room:
        lines.append(f"{room}.")
    lines.append(f"{appointment.length_minutes} minutes.")
    lines.append(notice_text(clinic.late_cancel_hours))
    phone = _one_line(clinic.phone)
    if phone:
        lines.append(f"Phone: {phone}")
    return "\n".join(lines)


def _one_line(text: str) -> str:
    """Stored text on one line: line breaks (an address's) become ", ", other control
    characters go."""
    parts = [part.strip() for part in text.replace("\r", "\n").split("\n")]
    joined = ", ".join(part for part in parts if part)
    return "".join(c for c in joined if c.isprintable())
