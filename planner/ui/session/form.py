"""The session screen's fields as typed, and their conversion to a session draft (no Qt).

Dates, times and the fee are typed text; :func:`draft_of` turns a :class:`SessionForm`
and the treatment into a :class:`~planner.domain.sessions.SessionDraft`, naming each
field that cannot become a value (``session_date``, ``start_time``, ``fee_cents``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.plans import Plan
from planner.domain.sessions import AdverseEventEntry, HealthCheck, NeedleResponse, SessionDraft

_FEE = re.compile(r"^\d{1,5}(?:[.,]\d{1,2})?$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
# Problems, translated where they are raised (the session window's context).
BAD_DATE = QT_TRANSLATE_NOOP("SessionWindow", "Date: a real date as YYYY-MM-DD.")
BAD_TIME = QT_TRANSLATE_NOOP("SessionWindow", "Time: hours and minutes as HH:MM, e.g. 09:30.")
BAD_FEE = QT_TRANSLATE_NOOP("SessionWindow", "Fee: an amount such as 45 or 45.00.")


@dataclass(frozen=True)
class SessionForm:
    session_date: str = ""
    start_time: str = ""
    duration_minutes: int | None = None
    pain_before: int | None = None
    anything_new: bool | None = None  # asked each time; None: not answered yet
    check: HealthCheck = field(default_factory=HealthCheck)
    needles_in: int | None = None  # None: as many as the points take
    needles_out: int = 0
    response: frozenset[NeedleResponse] = frozenset()
    pain_after: int | None = None
    adverse_events: tuple[AdverseEventEntry, ...] = ()
    notes: str = ""
    fee: str = ""


def form_of(draft: SessionDraft, answer: bool | None = None) -> SessionForm:
    """The form for a stored draft. "Anything new?" shows as the draft stored it; a draft
    that stored no answer (an older one) shows yes when it records something new, else
    ``answer`` (given since the window opened)."""
    stored = draft.anything_new
    if stored is None:
        stored = True if draft.check.changed else answer
    return SessionForm(
        session_date=draft.session_date.isoformat() if draft.session_date else "",
        start_time=draft.start_time.strftime("%H:%M") if draft.start_time else "",
        duration_minutes=draft.duration_minutes,
        pain_before=draft.pain_before,
        anything_new=stored,
        check=draft.check,
        needles_in=None if draft.needles_in == draft.treatment.needles else draft.needles_in,
        needles_out=draft.needles_out,
        response=draft.response,
        pain_after=draft.pain_after,
        adverse_events=draft.adverse_events,
        notes=draft.notes,
        fee=format_fee(draft.fee_cents),
    )


def format_fee(cents: int | None) -> str:
    return "" if cents is None else f"{cents // 100}.{cents % 100:02d}"


def parse_fee(text: str) -> int | None:
    """Cents from "45", "45.5", "45.50" or "45,50"; None when empty; ValueError otherwise."""
    value = text.strip()
    if not value:
        return None
    if not _FEE.match(value):
        raise ValueError(value)
    whole, _, part = value.replace(",", ".").partition(".")
    return int(whole) * 100 + int((part + "00")[:2])


def parse_time(text: str) -> dt.time | None:
    value = text.strip()
    if not value:
        return None
    match = _TIME.match(value)
    if match is None:
        raise ValueError(value)
    return dt.time(int(match[1]), int(match[2]))


def draft_of(form: SessionForm, treatment: Plan) -> tuple[SessionDraft, dict[str, str]]:
    """The draft, and problems with what cannot become one (kept as typed in the form)."""
    problems: dict[str, str] = {}
    day: dt.date | None = None
    try:
        day = dt.date.fromisoformat(form.session_date.strip()) if form.session_date else None
    except ValueError:
        problems["session_date"] = translate("SessionWindow", BAD_DATE)
    start: dt.time | None = None
    try:
        start = parse_time(form.start_time)
    except ValueError:
        problems["start_time"] = translate("SessionWindow", BAD_TIME)
    fee: int | None = None
    try:
        fee = parse_fee(form.fee)
    except ValueError:
        problems["fee_cents"] = translate("SessionWindow", BAD_FEE)
    check = form.check if form.anything_new else HealthCheck()
    draft = SessionDraft(
        session_date=day,
        start_time=start,
        duration_minutes=form.duration_minutes,
        pain_before=form.pain_before,
        check=check,
        treatment=treatment,
        needles_in=form.needles_in,
        needles_out=form.needles_out,
        response=form.response,
        pain_after=form.pain_after,
        adverse_events=form.adverse_events,
        notes=form.notes,
        fee_cents=fee,
        anything_new=form.anything_new,
    )
    return draft, problems
