"""Dates typed on the keyboard: ``YYYY-MM-DD`` (``1985-6-15``, ``1985/06/15`` and
``19850615`` are taken too), as typed into a :class:`~planner.ui.widgets.inputs.DateLine`
by the registration, intake and course forms. No Qt here, so presenters use it too."""

from __future__ import annotations

import datetime as dt
import re

_SEPARATED = re.compile(r"^(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(text: str) -> dt.date | None:
    """The date typed, None when nothing is typed; ValueError when it is not a real date."""
    value = text.strip()
    if not value:
        return None
    match = _SEPARATED.match(value) or _COMPACT.match(value)
    if match is None:
        raise ValueError(value)
    year, month, day = (int(part) for part in match.groups())
    return dt.date(year, month, day)  # ValueError for 2026-02-30


def format_date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""
