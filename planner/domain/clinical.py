"""Small clinical derivations shared by intake, demo data and documents."""

from __future__ import annotations

import datetime as dt

from planner.domain.vocab import DurationClass

# Acute < 6 weeks, subacute 6–12 weeks, chronic ≥ 12 weeks (reference; NICE NG59).
SUBACUTE_FROM = dt.timedelta(weeks=6)
CHRONIC_FROM = dt.timedelta(weeks=12)


def duration_class(onset: dt.date, on: dt.date) -> DurationClass:
    """How long an episode has lasted on a given day."""
    lasted = on - onset
    if lasted >= CHRONIC_FROM:
        return DurationClass.CHRONIC
    if lasted >= SUBACUTE_FROM:
        return DurationClass.SUBACUTE
    return DurationClass.ACUTE


def age_on(born: dt.date, day: dt.date) -> int:
    """Age in whole years on a day."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
