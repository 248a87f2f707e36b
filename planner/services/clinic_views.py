"""What the clinic's settings give the appointment book, and the checks of its fields.

:class:`BookSettings` is what every signed-in role reads to lay the book out (it holds
nothing clinical): the default lengths of a first visit and a follow-up, the opening
hours, the days open, the notice a cancellation needs not to be late, and the active
treatment rooms. :class:`RoomView` is one treatment room as the settings dialog lists it
(retired rooms are kept, never deleted). :func:`book_values` checks the book's and the
insurer codes' fields of :class:`planner.services.clinic.ClinicSettings` and gives the
values as stored, or a ValidationError naming the first field that is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.errors import ValidationError
from planner.domain.i18n import translate
from planner.domain.insurance import DIAGNOSIS_CODES, is_diagnosis_code
from planner.domain.validation import Problems, clean_text

VISIT_MINUTES = range(10, 241)
LATE_CANCEL_HOURS = range(0, 169)
DAY_MINUTES = range(0, 24 * 60)
WEEKDAYS = range(1, 8)  # ISO: 1 is Monday
NAME_LENGTH = 60  # clinic_room.name


@dataclass(frozen=True, slots=True)
class BookSettings:
    """What the appointment book needs of the clinic's settings (any signed-in role)."""

    first_visit_minutes: int = 45
    follow_up_minutes: int = 30
    opens_at_minute: int = 480  # minutes after midnight, clinic-local
    closes_at_minute: int = 1080
    open_weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})  # ISO weekdays
    late_cancel_hours: int = 24
    rooms: tuple[tuple[int, str], ...] = ()  # the active rooms: (id, name), by name


@dataclass(frozen=True, slots=True)
class RoomView:
    """A treatment room: retired rooms stay (appointments name them), never deleted."""

    id: int
    name: str
    active: bool
    version: int


def weekdays_text(days: frozenset[int]) -> str:
    """ISO weekdays as stored in ``clinic.open_weekdays`` ("12345")."""
    return "".join(str(day) for day in sorted(days))


def weekdays_of(text: str) -> frozenset[int]:
    """``clinic.open_weekdays`` as ISO weekdays (anything else in the text is ignored)."""
    return frozenset(int(c) for c in text if c.isdigit() and int(c) in WEEKDAYS)


def book_values(
    *,
    first_visit_minutes: int,
    follow_up_minutes: int,
    opens_at_minute: int,
    closes_at_minute: int,
    open_weekdays: frozenset[int],
    late_cancel_hours: int,
    diagnosis_code: str,
) -> dict[str, int | str]:
    """The book's and the diagnosis code's values as stored, or a ValidationError naming
    the first field that is wrong."""
    for field, caption, minutes in (
        (
            "first_visit_minutes",
            translate("clinic_settings", "First visit length"),
            first_visit_minutes,
        ),
        ("follow_up_minutes", translate("clinic_settings", "Follow-up length"), follow_up_minutes),
    ):
        if minutes not in VISIT_MINUTES:
            raise ValidationError(
                field,
                translate("clinic_settings", "{caption}: {first} to {last} minutes.").format(
                    caption=caption, first=VISIT_MINUTES.start, last=VISIT_MINUTES.stop - 1
                ),
            )
    if opens_at_minute not in DAY_MINUTES:
        raise ValidationError(
            "opens_at_minute",
            translate("clinic_settings", "Opens at: a time of day (00:00 to 23:59)."),
        )
    if closes_at_minute not in DAY_MINUTES or closes_at_minute <= opens_at_minute:
        raise ValidationError(
            "closes_at_minute",
            translate("clinic_settings", "Closes at: a time after the opening time."),
        )
    if not open_weekdays or not open_weekdays <= frozenset(WEEKDAYS):
        raise ValidationError(
            "open_weekdays", translate("clinic_settings", "Open days: tick at least one day.")
        )
    if late_cancel_hours not in LATE_CANCEL_HOURS:
        raise ValidationError(
            "late_cancel_hours",
            translate(
                "clinic_settings", "Late-cancellation notice: {first} to {last} hours."
            ).format(first=LATE_CANCEL_HOURS.start, last=LATE_CANCEL_HOURS.stop - 1),
        )
    if not is_diagnosis_code(diagnosis_code):
        codes = ", ".join(code for code, _ in DIAGNOSIS_CODES)
        raise ValidationError(
            "diagnosis_code",
            translate("clinic_settings", "Diagnosis code: one of {codes}.").format(codes=codes),
        )
    return {
        "first_visit_minutes": first_visit_minutes,
        "follow_up_minutes": follow_up_minutes,
        "opens_at_minute": opens_at_minute,
        "closes_at_minute": closes_at_minute,
        "open_weekdays": weekdays_text(open_weekdays),
        "late_cancel_hours": late_cancel_hours,
        "diagnosis_code": diagnosis_code,
    }


def room_name(name: str) -> str:
    """A room's name as stored (trimmed), or a ValidationError at ``name``."""
    problems = Problems()  # no control or invisible characters (NUL, U+202E …)
    cleaned = clean_text(
        problems, "name", translate("clinic_settings", "Room name"), name, max_length=NAME_LENGTH
    )
    for field, message in problems.by_field.items():
        raise ValidationError(field, message)
    cleaned = " ".join(cleaned.split())
    if not cleaned:
        raise ValidationError(
            "name",
            translate("clinic_settings", "Room name: 1 to {limit} characters.").format(
                limit=NAME_LENGTH
            ),
        )
    return cleaned
