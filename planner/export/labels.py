"""Words the documents print for stored codes, dates and money (English).

The screens have their own translated labels (planner/ui/labels.py); documents cannot
use Qt, so they keep theirs here. Unknown values print as the stored code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from planner.domain.catalog import ASHI, load_catalog
from planner.domain.safety import AshiRegion, Severity
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

TECHNIQUE = {
    Technique.LOCAL_NEEDLING: "Local needling",
    Technique.DISTAL_NEEDLING: "Distal needling",
    Technique.ELECTROACUPUNCTURE: "Electroacupuncture",
    Technique.CUPPING: "Cupping",
    Technique.MOXIBUSTION: "Moxibustion",
}
SIDE = {PointSide.LEFT: "left", PointSide.RIGHT: "right", PointSide.BILATERAL: "both sides"}
SIDE_SHORT = {PointSide.LEFT: "L", PointSide.RIGHT: "R", PointSide.BILATERAL: "L+R"}
# Where an Ashi (tender) point lies: the clinician's words and the patient's.
ASHI_REGION = {
    AshiRegion.THORAX: "upper back/thorax",
    AshiRegion.LUMBOSACRAL: "lower back",
    AshiRegion.BUTTOCK: "buttock",
    AshiRegion.LIMB: "limb",
}
ASHI_REGION_PLAIN = {
    AshiRegion.THORAX: "upper back",
    AshiRegion.LUMBOSACRAL: "lower back",
    AshiRegion.BUTTOCK: "buttock",
    AshiRegion.LIMB: "arm or leg",
}
# A side in the patient's words: "on your left".
SIDE_YOURS = {PointSide.LEFT: "on your left", PointSide.RIGHT: "on your right"}
STIMULATION = {Stimulation.TONIFY: "tonify", Stimulation.SEDATE: "sedate", Stimulation.EVEN: "even"}
RESPONSE = {"de_qi": "de qi", "twitch": "twitch", "relaxation": "relaxation"}
EA_MODE = {
    EAFrequencyMode.LOW: "low frequency",
    EAFrequencyMode.HIGH: "high frequency",
    EAFrequencyMode.DENSE_DISPERSE: "dense-disperse",
}
CUPPING = {
    CuppingType.DRY: "dry",
    CuppingType.FIRE: "fire",
    CuppingType.SLIDING: "sliding",
    CuppingType.FLASH: "flash",
    CuppingType.WET: "wet",
}
MOXA = {
    MoxaType.STICK: "moxa stick",
    MoxaType.WARMING_NEEDLE: "warming needle",
    MoxaType.ON_GINGER: "moxa on ginger",
    MoxaType.DIRECT_NON_SCARRING: "direct, non-scarring",
}
ADVERSE = {
    AdverseEventKind.SORENESS: "soreness",
    AdverseEventKind.BLEEDING: "bleeding",
    AdverseEventKind.BRUISING: "bruising",
    AdverseEventKind.FATIGUE: "tiredness",
    AdverseEventKind.DIZZINESS: "dizziness",
    AdverseEventKind.FAINTING: "fainting",
    AdverseEventKind.MUSCLE_TWITCHING: "muscle twitching",
    AdverseEventKind.NAUSEA: "nausea",
    AdverseEventKind.AGGRAVATION: "aggravation of symptoms",
    AdverseEventKind.CUPPING_MARKS: "cupping marks",
    AdverseEventKind.CUPPING_BLISTER: "cupping blister",
    AdverseEventKind.MOXA_BURN: "moxa burn",
    AdverseEventKind.STUCK_NEEDLE: "stuck needle",
    AdverseEventKind.BENT_NEEDLE: "bent needle",
    AdverseEventKind.FORGOTTEN_NEEDLE: "forgotten needle",
    AdverseEventKind.NEEDLE_UNACCOUNTED: "needle unaccounted for",
    AdverseEventKind.BROKEN_NEEDLE: "broken needle",
    AdverseEventKind.SUSPECTED_PNEUMOTHORAX: "suspected pneumothorax",
    AdverseEventKind.INFECTION: "infection",
    AdverseEventKind.NERVE_INJURY: "nerve injury",
    AdverseEventKind.OTHER: "other",
}
SEVERITY = {
    AdverseSeverity.MILD: "mild",
    AdverseSeverity.MODERATE: "moderate",
    AdverseSeverity.SEVERE: "severe",
}
FINDING = {Severity.REFER: "Refer", Severity.BLOCK: "Not used", Severity.WARN: "Caution"}
PAYMENT = {
    PaymentMethod.CASH: "cash",
    PaymentMethod.CARD: "card",
    PaymentMethod.BANK_TRANSFER: "bank transfer",
    PaymentMethod.INSURANCE: "insurance",
    PaymentMethod.OTHER: "other",
}
DURATION = {
    DurationClass.ACUTE: "acute (under 6 weeks)",
    DurationClass.SUBACUTE: "subacute (6–12 weeks)",
    DurationClass.CHRONIC: "chronic (12 weeks or more)",
}
REGION = {
    PainRegion.LOWER_BACK: "lower back",
    PainRegion.UPPER_BACK: "upper back",
    PainRegion.NECK: "neck",
    PainRegion.SCIATICA: "sciatica (pain down the leg)",
}
BODY_SIDE = {BodySide.LEFT: "left", BodySide.RIGHT: "right", BodySide.BOTH: "both sides"}
CAUSE = {
    Cause.MUSCLE_STRAIN: "muscle strain",
    Cause.LIGAMENT_SPRAIN: "ligament sprain",
    Cause.HERNIATED_DISC: "herniated disc",
    Cause.DEGENERATIVE_DISC_DISEASE: "degenerative disc disease",
    Cause.SPINAL_STENOSIS: "spinal stenosis",
    Cause.SPONDYLOLISTHESIS: "spondylolisthesis",
    Cause.SPONDYLOSIS: "spondylosis",
    Cause.FACET_SYNDROME: "facet joint syndrome",
    Cause.OSTEOARTHRITIS: "osteoarthritis",
    Cause.POOR_POSTURE: "poor posture",
    Cause.PROLONGED_SITTING: "prolonged sitting",
    Cause.OTHER: "other",
}
SEX = {Sex.FEMALE: "female", Sex.MALE: "male", Sex.INTERSEX: "intersex", Sex.UNDISCLOSED: ""}
DECISION = {
    ReviewDecision.CONTINUE: "Continue the course",
    ReviewDecision.ADJUST: "Adjust the plan",
    ReviewDecision.EXTEND: "Extend the course",
    ReviewDecision.DISCHARGE: "Discharge",
    ReviewDecision.REFER: "Refer",
}
DISCHARGE = {
    DischargeReason.GOALS_MET: "goals met",
    DischargeReason.PLATEAU: "no further improvement (plateau)",
    DischargeReason.PATIENT_CHOICE: "patient's choice",
}
STATUS = {
    CourseStatus.PLANNED: "planned",
    CourseStatus.ACTIVE: "active",
    CourseStatus.COMPLETED: "completed",
    CourseStatus.EXTENDED: "extended",
    CourseStatus.DISCHARGED: "discharged",
    CourseStatus.REFERRED: "referred",
}
MEASURE = {
    OutcomeMeasure.NRS_NOW: "Pain now (NRS 0–10)",
    OutcomeMeasure.NRS_WORST: "Worst pain (NRS 0–10)",
    OutcomeMeasure.NRS_AVERAGE: "Average pain (NRS 0–10)",
    OutcomeMeasure.PEG: "PEG-3 (0–10)",
    OutcomeMeasure.ODI: "Oswestry Disability Index (0–100)",
    OutcomeMeasure.RMDQ: "Roland-Morris (0–24)",
    OutcomeMeasure.PROMIS_PI: "PROMIS Pain Interference (T-score)",
    OutcomeMeasure.STARTBACK: "STarT Back (0–9)",
}


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
