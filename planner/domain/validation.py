"""Checking what people type, field by field.

Every check names the field in the message and says what is allowed. Text is kept as
typed apart from Unicode normalisation (NFC) and surrounding spaces; control characters
(NUL, bidi overrides such as U+202E, zero-width characters) are refused, not silently
removed, so what is stored is what the user sees.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from planner.domain.clinical import age_on
from planner.domain.i18n import translate

# Characters that hide or reorder text: bidi overrides/isolates, zero-width ones.
_INVISIBLE = set(
    "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_JOINERS = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner
_PHONE = re.compile(r"^\+?[\d\s().\-/]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
MAX_AGE = 120


@dataclass
class Problems:
    """Field name -> message, collected so a form can show all of them at once."""

    by_field: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str) -> None:
        self.by_field.setdefault(name, message)

    def __bool__(self) -> bool:
        return bool(self.by_field)


def clean_text(
    problems: Problems,
    name: str,
    label: str,
    value: str,
    *,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
    joiners: bool = False,
) -> str:
    """The text as it will be stored, or "" with a problem recorded for the field.

    ``joiners`` (names) accepts a zero-width non-joiner or joiner (U+200C, U+200D) between
    two letters, as Persian and the Indic scripts write them (``می‌خواهم``); anywhere else
    (leading, trailing, alone, doubled, beside a space) it is refused like any invisible.
    """
    text = unicodedata.normalize("NFC", value).strip()
    if required and not text:
        problems.add(name, translate("validation", "{label}: required.").format(label=label))
        return ""
    if len(text) > max_length:
        problems.add(
            name,
            translate(
                "validation", "{label}: at most {max_length} characters ({count} typed)."
            ).format(label=label, max_length=max_length, count=len(text)),
        )
        return ""
    for index, ch in enumerate(text):
        if ch in "\n\t" and multiline:
            continue
        if joiners and ch in _JOINERS and _between_letters(text, index):
            continue
        if ch in _INVISIBLE or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            problems.add(
                name,
                translate(
                    "validation",
                    "{label}: contains an invisible or control character (U+{ord:04X}).",
                ).format(label=label, ord=ord(ch)),
            )
            return ""
    return text


def _between_letters(text: str, index: int) -> bool:
    """Whether the character at ``index`` has a letter (or a letter's mark) on each side."""
    if index == 0 or index == len(text) - 1:
        return False
    return all(unicodedata.category(text[i])[0] in "LM" for i in (index - 1, index + 1))


def clean_phone(
    problems: Problems, name: str, label: str, value: str, *, required: bool = False
) -> str:
    text = clean_text(problems, name, label, value, max_length=40, required=required)
    if not text or name in problems.by_field:
        return text
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE.match(text) or not 6 <= digits <= 20:
        problems.add(
            name,
            translate(
                "validation",
                "{label}: digits with optional + ( ) - . / and spaces, 6 to 20 digits.",
            ).format(label=label),
        )
        return ""
    return text


def clean_email(problems: Problems, name: str, label: str, value: str) -> str:
    text = clean_text(problems, name, label, value, max_length=200)
    if text and name not in problems.by_field and not _EMAIL.match(text):
        problems.add(
            name,
            translate("validation", "{label}: an address like name@example.org.").format(
                label=label
            ),
        )
        return ""
    return text


def clean_birth_date(
    problems: Problems, name: str, value: dt.date | None, today: dt.date
) -> dt.date | None:
    if value is None:
        problems.add(name, translate("validation", "Date of birth: required."))
        return None
    if value > today:
        problems.add(name, translate("validation", "Date of birth: cannot be in the future."))
        return None
    if age_on(value, today) > MAX_AGE:
        problems.add(
            name,
            translate(
                "validation", "Date of birth: gives an age over {max_age}; check the year."
            ).format(max_age=MAX_AGE),
        )
        return None
    return value


def parse_iso_date(problems: Problems, name: str, label: str, text: str) -> dt.date | None:
    """A date typed as YYYY-MM-DD (an impossible date such as Feb 30 is refused)."""
    value = text.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problems.add(
            name, translate("validation", "{label}: a real date as YYYY-MM-DD.").format(label=label)
        )
        return None
