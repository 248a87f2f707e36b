"""A patient's next appointment as the documents print it (the take-home sheet; the
receipt may list them too): its plain data and its line in plain words,
``Monday 14 December 2026 at 10:30, 30 minutes, with Ada Lovelace, Room 1``, or "time to
be confirmed" for one with no time recorded (never a guessed time). English day and month
names whatever the machine's locale (strftime's ``%A``/``%B`` would follow it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TO_BE_CONFIRMED = "time to be confirmed"


@dataclass(frozen=True)
class Appointment:
    day: dt.date
    time: dt.time | None = None  # clinic-local; None: "time to be confirmed"
    length_minutes: int | None = None
    practitioner: str = ""  # who the patient will see
    room: str = ""


def long_date(day: dt.date) -> str:
    """``Monday 14 December 2026``: the day of the week helps a patient plan."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def appointment_line(appointment: Appointment) -> str:
    """``Monday 14 December 2026 at 10:30, 30 minutes, with Ada Lovelace, Room 1``; an
    appointment with no time recorded says "time to be confirmed" (never a guessed time)."""
    when = long_date(appointment.day)
    parts = [
        f"{when} at {appointment.time.strftime('%H:%M')}"
        if appointment.time is not None
        else f"{when}, {TO_BE_CONFIRMED}"
    ]
    if appointment.time is not None and appointment.length_minutes:
        parts.append(f"{appointment.length_minutes} minutes")
    if appointment.practitioner.strip():
        parts.append(f"with {appointment.practitioner.strip()}")
    if appointment.room.strip():
        parts.append(appointment.room.strip())
    return ", ".join(parts)
