"""Dates, times and numbers as the locale writes them (planner.formats, Babel's CLDR): the
ISO style by default, the locale's medium date and short time when asked, month and weekday
names and number separators always the locale's; an unknown locale reads Canadian English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from planner import formats
from planner.formats import DisplayLocale

DAY = dt.date(2026, 12, 8)  # a Tuesday
MOMENT = dt.datetime(2026, 12, 8, 14, 5)


@pytest.fixture(autouse=True)
def _iso_after() -> Iterator[None]:
    formats.configure("en_CA", "iso")
    yield
    formats.configure("en_CA", "iso")


def test_the_default_is_canadian_english_in_iso() -> None:
    assert formats.current() == DisplayLocale("en_CA", "iso")
    assert formats.current().language == "en"
    assert formats.date_text(DAY) == "2026-12-08"
    assert formats.time_text(dt.time(14, 5)) == "14:05"
    assert formats.time_text(MOMENT) == "14:05"
    assert formats.datetime_text(MOMENT) == "2026-12-08 14:05"


def test_nothing_reads_as_empty() -> None:
    assert formats.date_text(None) == ""
    assert formats.time_text(None) == ""
    assert formats.datetime_text(None) == ""


def test_iso_dates_are_the_same_in_every_locale() -> None:
    formats.configure("fr_FR", "iso")
    assert formats.date_text(DAY) == "2026-12-08"
    assert formats.datetime_text(MOMENT) == "2026-12-08 14:05"


@pytest.mark.parametrize(
    ("locale", "date", "time"),
    [
        ("en_CA", "Dec 8, 2026", "2:05\u202fp.m."),
        ("fr_CA", "8 déc. 2026", "14 h 05"),
        ("fr_FR", "8 déc. 2026", "14:05"),
    ],
)
def test_the_locale_style_spells_the_month(locale: str, date: str, time: str) -> None:
    chosen = formats.configure(locale, "locale")
    assert chosen == DisplayLocale(locale, "locale")
    assert formats.date_text(DAY) == date
    assert formats.time_text(dt.time(14, 5)) == time
    assert formats.datetime_text(MOMENT) == f"{date} {time}"


def test_a_style_can_be_asked_for_one_date() -> None:
    formats.configure("fr_CA", "iso")
    assert formats.date_text(DAY, "locale") == "8 déc. 2026"
    formats.configure("fr_CA", "locale")
    assert formats.date_text(DAY, "iso") == "2026-12-08"


def test_locale_names_are_read_leniently_and_unknown_ones_fall_back() -> None:
    assert formats.configure("fr-CA", "locale").name == "fr_CA"
    assert formats.configure("fr_CA.UTF-8").name == "fr_CA"
    assert formats.configure("xx_YY", "locale") == DisplayLocale("en_CA", "locale")
    assert formats.configure("not a locale!", "locale").name == "en_CA"
    assert formats.configure("fr_CA", "roman").dates == "iso"  # an unknown style: ISO


def test_a_moment_is_written_in_this_computers_time_zone() -> None:
    aware = dt.datetime(2026, 12, 8, 14, 5, tzinfo=dt.UTC)
    local = aware.astimezone()
    assert formats.datetime_text(aware) == local.strftime("%Y-%m-%d %H:%M")
    elsewhere = aware.astimezone(dt.timezone(dt.timedelta(hours=-5)))
    assert formats.datetime_text(elsewhere) == formats.datetime_text(aware)


def test_month_and_weekday_names_follow_the_locale_in_either_style() -> None:
    assert formats.day_month(DAY) == "Dec 8"
    assert formats.weekday_name(DAY) == "Tuesday"
    assert formats.weekday_day_month(DAY) == "Tue, Dec 8"
    assert formats.weekday_date(DAY) == "Tue, Dec 8, 2026"
    assert formats.day_month_year(DAY) == "Dec 8, 2026"
    assert formats.long_date(DAY) == "Tuesday, December 8, 2026"
    formats.configure("fr_CA", "iso")
    assert formats.day_month(DAY) == "8 déc."
    assert formats.weekday_name(DAY) == "mardi"
    assert formats.weekday_day_month(DAY) == "mar. 8 déc."
    assert formats.weekday_date(DAY) == "mar. 8 déc. 2026"
    assert formats.day_month_year(DAY) == "8 déc. 2026"
    assert formats.long_date(DAY) == "mardi 8 décembre 2026"


def test_numbers_have_the_locales_separators() -> None:
    assert formats.number_text(1234.5, 1) == "1,234.5"
    assert formats.number_text(1234.5) == "1,234"  # rounded half to even
    assert formats.number_text(Decimal("6.333"), 2) == "6.33"
    formats.configure("fr_CA", "locale")
    assert formats.number_text(1234.5, 1) == "1\u00a0234,5"
    assert formats.number_text(7) == "7"
    formats.configure("fr_FR")
    assert formats.number_text(1234.5, 1) == "1\u202f234,5"
