"""Words the documents print for stored codes, dates and money (English).

The words for stored codes come from the wording catalogue (planner/domain/wording.py),
which the screens translate (planner/ui/labels.py). Unknown values print as the stored
code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from planner.domain import wording
from planner.domain.catalog import ASHI, load_catalog
from planner.domain.safety import AshiRegion, Severity
from planner.domain.sessions import NeedleResponse
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    BodySide,
    Cause,
    CourseStatus,
    CuppingType,
    DischargeReason,
    DurationClass,
    EAFrequencyMode,
    MoxaType,
    OutcomeMeasure,
    PainRegion,
    PaymentMethod,
    PointSide,
    ReviewDecision,
    Sex,
    Stimulation,
    Technique,
)
from planner.export.model import ElectroLine, PointLine

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
Code = TypeVar("Code", bound=str)  # a stored code: a StrEnum member, or plain text
_CURRENCY_SIGNS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF ", "JPY": "¥"}

# The words come from the catalogue (planner/domain/wording.py): labels where a table or
# heading prints the code, phrases inside a sentence, plain words on a patient's sheet.
TECHNIQUE = wording.labels(Technique)
SIDE = wording.phrases(PointSide)
SIDE_SHORT = {PointSide.LEFT: "L", PointSide.RIGHT: "R", PointSide.BILATERAL: "L+R"}
# Where an Ashi (tender) point lies: the clinician's words and the patient's.
ASHI_REGION = wording.phrases(AshiRegion)
ASHI_REGION_PLAIN = wording.plains(AshiRegion)
# A side in the patient's words: "on your left".
SIDE_YOURS = {side: wording.plain(side) for side in (PointSide.LEFT, PointSide.RIGHT)}
STIMULATION = wording.phrases(Stimulation)
RESPONSE: dict[str, str] = {str(r): text for r, text in wording.phrases(NeedleResponse).items()}
EA_MODE = wording.phrases(EAFrequencyMode)
CUPPING = wording.phrases(CuppingType)
MOXA = wording.phrases(MoxaType)
ADVERSE = wording.phrases(AdverseEventKind)
SEVERITY = wording.phrases(AdverseSeverity)
FINDING = wording.labels(Severity)
PAYMENT = wording.phrases(PaymentMethod)
DURATION = wording.phrases(DurationClass)
REGION = wording.phrases(PainRegion)
BODY_SIDE = wording.phrases(BodySide)
CAUSE = wording.phrases(Cause)
# Not disclosed: the documents print nothing.
SEX = {**wording.phrases(Sex), Sex.UNDISCLOSED: ""}
DECISION = wording.labels(ReviewDecision)
DISCHARGE = wording.phrases(DischargeReason)
STATUS = wording.phrases(CourseStatus)
MEASURE = wording.labels(OutcomeMeasure)


def word(labels: Mapping[Code, str], value: Code | None) -> str:
    """The label for a stored code; the code itself when unknown; empty for None."""
    if value is None:
        return ""
    return labels.get(value, str(value))


def date_text(day: dt.date | None) -> str:
    """``3 Mar 2025`` — the same in every country, unlike 03/03/2025."""
    if day is None:
        return ""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def time_text(at: dt.time | None) -> str:
    return "" if at is None else at.strftime("%H:%M")


def money(cents: int, currency: str) -> str:
    """``€60.00``; ``-€5.00`` for a credit; an unknown code is written out (``60.00 SEK``)."""
    sign = "-" if cents < 0 else ""
    amount = f"{abs(cents) / 100:,.2f}"
    code = currency.strip()
    symbol = _CURRENCY_SIGNS.get(code.upper())
    if symbol is not None:
        return f"{sign}{symbol}{amount}"
    return f"{sign}{amount} {code}".rstrip()


def listing(items: Iterable[str]) -> str:
    """``a, b and c``."""
    words = [item for item in items if item]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def session_of(number: int | None, planned: int | None) -> str:
    """``Session 3 of 6`` (the course's own wording)."""
    if number is None:
        return ""
    return f"Session {number} of {planned}" if planned else f"Session {number}"


def point_name(code: str) -> str:
    """``Kidney Shu (BL23)``; a code the catalog does not know prints as it is."""
    point = load_catalog().get(code)
    if point is None:
        return code
    return f"{point.english} ({point.code})"


def point_side(code: str, side: PointSide) -> str:
    """Which side, in words; nothing for a point on the midline."""
    point = load_catalog().get(code)
    if side == PointSide.MIDLINE or (point is not None and not point.bilateral):
        return ""
    return SIDE.get(side, str(side))


def service_text(techniques: Iterable[Technique]) -> str:
    """What a receipt calls the service: ``Acupuncture with electrical stimulation and cupping``."""
    chosen = set(techniques)
    parts: list[str] = []
    needling = chosen & {Technique.LOCAL_NEEDLING, Technique.DISTAL_NEEDLING}
    if Technique.ELECTROACUPUNCTURE in chosen:
        parts.append("acupuncture with electrical stimulation")
    elif needling:
        parts.append("acupuncture")
    if Technique.CUPPING in chosen:
        parts.append("cupping")
    if Technique.MOXIBUSTION in chosen:
        parts.append("moxibustion")
    text = listing(parts) or "consultation"
    return text[0].upper() + text[1:]


def point_code_text(line: PointLine) -> str:
    """The code as the clinical documents print it; an Ashi point with its region when
    recorded: ``Ashi (lower back)``."""
    if line.code == ASHI and line.ashi_region is not None:
        return f"{line.code} ({ASHI_REGION[line.ashi_region]})"
    return line.code


def lead_sides(
    pair: ElectroLine, points: Sequence[PointLine]
) -> tuple[PointSide | None, PointSide | None]:
    """The side each lead of a pair clips to, where known: the side the pair names, else
    the side of a point needled on one side only; a lead not named at a point needled on
    both sides takes the other lead's side (the plan's rule). None: not known (a midline
    point, or neither side named)."""

    def own(code: str, named: PointSide | None) -> tuple[PointSide | None, bool]:
        sides = {p.side for p in points if p.code == code}
        if named in _ONE_SIDE:
            return named, False
        if len(sides) == 1 and sides <= _ONE_SIDE:
            return sides.pop(), False
        return None, PointSide.BILATERAL in sides or len(sides) > 1

    a, open_a = own(pair.point_a, pair.side_a)
    b, open_b = own(pair.point_b, pair.side_b)
    return (b if a is None and open_a else a), (a if b is None and open_b else b)


def lead_codes(pair: ElectroLine, points: Sequence[PointLine]) -> tuple[str, str]:
    """Each lead's point as the clinical documents print it: an Ashi point with its
    region when all its Ashi points share one."""

    def code(value: str) -> str:
        regions = {p.ashi_region for p in points if p.code == value}
        region = regions.pop() if len(regions) == 1 else None
        return point_code_text(PointLine(value, PointSide.MIDLINE, ashi_region=region))

    return code(pair.point_a), code(pair.point_b)


_ONE_SIDE = frozenset({PointSide.LEFT, PointSide.RIGHT})
