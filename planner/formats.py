"""Dates, times and numbers as the reader's locale writes them, on screens and in documents.

Two styles, chosen in File ▸ Preferences (``view/date_format``):

- ``"iso"`` (the default): ``2026-12-08`` and ``14:05``, the same on every PC. A clinic
  that shares records across workstations and with physicians reads no ``03/04`` twice.
- ``"locale"``: the locale's own *medium* date (``Dec 8, 2026``, ``8 déc. 2026``: the
  month is spelled, so never ambiguous, never a two-digit year) and its short time
  (``2:05 p.m.``, ``14 h 05``).

Month and weekday names (the progress chart's axis, the book's headers) and numbers always
follow the locale (``1 234,5`` in French). The locale is set once at start by
:mod:`planner.ui.i18n` from the language preference and the system's; until then it is
Canadian English in the ISO style, which is what the command line and the tests see.
CLDR's data come from Babel, so documents (no Qt) and screens agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from importlib.util import find_spec
from pathlib import Path

DATE_STYLES = ("iso", "locale")
FALLBACK = "en_CA"  # until configured, and for a locale CLDR does not know


@dataclass(frozen=True, slots=True)
class DisplayLocale:
    name: str = FALLBACK  # a CLDR locale name: en_CA, fr_CA, fr_FR …
    dates: str = "iso"  # "iso" or "locale"

    @property
    def language(self) -> str:
        return self.name.split("_", 1)[0]


_current = DisplayLocale()


def configure(name: str, dates: str = "iso") -> DisplayLocale:
    """Use locale ``name`` (``fr_CA``; ``fr-CA`` and ``C`` are taken) and date style ``dates``.

    An unknown locale falls back to Canadian English; an unknown style to ISO.
    """
    global _current
    candidate = name.replace("-", "_").split(".", 1)[0]
    if not _known(candidate):
        candidate = FALLBACK  # (a slots dataclass's field is no longer its default)
    _current = DisplayLocale(candidate, dates if dates in DATE_STYLES else "iso")
    return _current


def _known(name: str) -> bool:
    """CLDR has ``name`` (Babel's data file is there): found without importing Babel, which
    is not on the way to the sign-in window (its modules load on the first date shown)."""
    spec = find_spec("babel")
    if spec is None or not spec.submodule_search_locations or not name.replace("_", "").isalnum():
        return False
    folder = Path(next(iter(spec.submodule_search_locations))) / "locale-data"
    return (folder / f"{name}.dat").is_file()


def current() -> DisplayLocale:
    return _current


def date_text(day: dt.date | None, dates: str | None = None) -> str:
    """A date in the chosen style, or in style ``dates`` (the preferences' examples).

    "" for none."""
    if day is None:
        return ""
    if (dates or _current.dates) == "iso":
        return day.isoformat()
    from babel.dates import format_date  # lazy: see _known

    return format_date(day, "medium", locale=_current.name)


def time_text(moment: dt.time | dt.datetime | None) -> str:
    """A time of day (a ``datetime`` is read in the local time it carries)."""
    if moment is None:
        return ""
    if _current.dates == "iso":
        return moment.strftime("%H:%M")
    from babel.dates import format_time  # lazy: see _known

    return format_time(moment, "short", locale=_current.name)


def datetime_text(moment: dt.datetime | None) -> str:
    """A moment in this computer's time zone: ``2026-12-08 14:05``."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{date_text(local.date())} {time_text(local)}"


def day_month(day: dt.date) -> str:
    """A short day and month for an axis or a list of dates: ``Dec 8``, ``8 déc.``."""
    from babel.dates import format_skeleton  # lazy: see _known

    return format_skeleton("MMMd", day, locale=_current.name)


def weekday_day_month(day: dt.date) -> str:
    """A short weekday, day and month (the book's columns): ``Mon, Nov 2``, ``lun. 2 nov.``."""
    from babel.dates import format_skeleton  # lazy: see _known

    return format_skeleton("MMMEd", day, locale=_current.name)


def weekday_date(day: dt.date) -> str:
    """A short weekday and a spelled date: ``Mon, Nov 2, 2026``, ``lun. 2 nov. 2026``."""
    from babel.dates import format_skeleton  # lazy: see _known

    return format_skeleton("yMMMEd", day, locale=_current.name)


def day_month_year(day: dt.date) -> str:
    """A spelled date without the weekday: ``Nov 2, 2026``, ``2 nov. 2026``."""
    from babel.dates import format_skeleton  # lazy: see _known

    return format_skeleton("yMMMd", day, locale=_current.name)


def long_date(day: dt.date) -> str:
    """The full date, weekday spelled (the book's title): ``Monday, November 2, 2026``."""
    from babel.dates import format_date  # lazy: see _known

    return format_date(day, "full", locale=_current.name)


def weekday_name(day: dt.date) -> str:
    """The day of the week, spelled: ``Tuesday``, ``mardi``."""
    from babel.dates import format_date  # lazy: see _known

    return format_date(day, "EEEE", locale=_current.name)


def number_text(value: float | int | Decimal, digits: int = 0) -> str:
    """A number with the locale's separators, rounded to ``digits`` places."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    from babel.numbers import format_decimal  # lazy: see _known

    return format_decimal(value, format=pattern, locale=_current.name)
