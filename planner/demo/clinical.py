"""Clinical vocabulary of the demo: protocols, points, weights, statuses and fees.

Points follow the reference's protocols for each pain region (core points always, a few
optional ones). Weights say how often each region, cause, status or event appears.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planner.domain.catalog import ASHI, load_catalog
from planner.domain.depth import brief_depth
from planner.domain.red_flags import ASKED
from planner.domain.safety.treatment import AshiRegion
from planner.domain.vocab import (
    AcupunctureStyle,
    AdverseEventKind,
    AdverseSeverity,
    Cause,
    Condition,
    ConsentScope,
    CourseStatus,
    DischargeReason,
    DurationClass,
    EAFrequencyMode,
    PainRegion,
    PaymentMethod,
    PriorTreatment,
    RedFlag,
    SessionStatus,
    Stimulation,
    Technique,
)
from planner.storage.bulk import Row

# Core points always prescribed for a region, then a few optional ones (reference §1).
CORE_POINTS: dict[PainRegion, tuple[str, ...]] = {
    PainRegion.LOWER_BACK: ("BL23", "BL25", "GV3", "EX-B2", "BL40"),
    PainRegion.UPPER_BACK: ("BL17", "EX-B2", "SI14", "SI3"),
    PainRegion.NECK: ("GB20", "GB21", "BL10", "SI3"),
    PainRegion.SCIATICA: ("GB30", "BL54", "BL36", "GB34", "BL40", "BL60"),
}
EXTRA_POINTS: dict[PainRegion, tuple[str, ...]] = {
    PainRegion.LOWER_BACK: ("BL24", "BL26", "BL52", "EX-B7", "GV4", "KI3", "BL60", "EX-UE7"),
    PainRegion.UPPER_BACK: ("BL11", "BL18", "SI15", "GB34", "GV14"),
    PainRegion.NECK: ("GV14", "SI15", "GB39", "LI4", "BL11"),
    PainRegion.SCIATICA: ("BL57", "GB39", "GB41", "BL58", "BL62", "LR3"),
}
# Leg points needled on the painful side only when sciatica runs down one leg.
SCIATICA_LEG_POINTS = frozenset(("GB30", "BL54", "BL36", "GB34", "BL57", "GB39", "GB41", "BL58"))
# Each point's usual depth and angle from the catalog (Deadman; Chinese national textbook),
# so demo plans never pass a point's safe depth; Ashi points take the Ashi entry.
DEPTHS = {point.code: brief_depth(point) for point in load_catalog().points}
DEFAULT_DEPTH = DEPTHS[ASHI]
REGION_COMBINATIONS: tuple[tuple[tuple[PainRegion, ...], int], ...] = (
    ((PainRegion.LOWER_BACK,), 38),
    ((PainRegion.LOWER_BACK, PainRegion.SCIATICA), 20),
    ((PainRegion.SCIATICA,), 5),
    ((PainRegion.NECK,), 13),
    ((PainRegion.NECK, PainRegion.UPPER_BACK), 10),
    ((PainRegion.UPPER_BACK,), 7),
    ((PainRegion.LOWER_BACK, PainRegion.UPPER_BACK), 7),
)
# Shared JSON values, never changed: rows refer to them instead of to fresh lists.
REGION_NAMES = {  # sorted, as the intake service stores them
    regions: sorted(str(region) for region in regions) for regions, _ in REGION_COMBINATIONS
}
NO_MARKS: list[Any] = []
CAUSES_BY_DURATION: dict[DurationClass, tuple[tuple[Cause, int], ...]] = {
    DurationClass.ACUTE: (
        (Cause.MUSCLE_STRAIN, 35),
        (Cause.LIGAMENT_SPRAIN, 20),
        (Cause.HERNIATED_DISC, 14),
        (Cause.FACET_SYNDROME, 8),
        (Cause.POOR_POSTURE, 6),
        (Cause.PROLONGED_SITTING, 6),
        (Cause.OTHER, 5),
    ),
    DurationClass.SUBACUTE: (
        (Cause.MUSCLE_STRAIN, 15),
        (Cause.LIGAMENT_SPRAIN, 8),
        (Cause.HERNIATED_DISC, 15),
        (Cause.FACET_SYNDROME, 12),
        (Cause.POOR_POSTURE, 12),
        (Cause.PROLONGED_SITTING, 12),
        (Cause.SPONDYLOSIS, 5),
        (Cause.DEGENERATIVE_DISC_DISEASE, 5),
        (Cause.OTHER, 4),
    ),
    DurationClass.CHRONIC: (
        (Cause.DEGENERATIVE_DISC_DISEASE, 15),
        (Cause.SPINAL_STENOSIS, 10),
        (Cause.SPONDYLOLISTHESIS, 6),
        (Cause.SPONDYLOSIS, 10),
        (Cause.FACET_SYNDROME, 10),
        (Cause.OSTEOARTHRITIS, 12),
        (Cause.POOR_POSTURE, 12),
        (Cause.PROLONGED_SITTING, 12),
        (Cause.HERNIATED_DISC, 8),
        (Cause.MUSCLE_STRAIN, 4),
        (Cause.OTHER, 4),
    ),
}
STYLES: tuple[tuple[AcupunctureStyle, int], ...] = (
    (AcupunctureStyle.TCM, 50),
    (AcupunctureStyle.WESTERN_MEDICAL, 30),
    (AcupunctureStyle.JAPANESE, 8),
    (AcupunctureStyle.KOREAN, 6),
    (AcupunctureStyle.FIVE_ELEMENT, 6),
)
CONDITIONS: tuple[tuple[Condition, int, str], ...] = (
    (Condition.DIABETES, 6, "type 2, diet and tablets"),
    (Condition.ANTICOAGULANT_THERAPY, 4, "on apixaban"),
    (Condition.NEEDLE_PHOBIA, 3, "anxious about needles"),
    (Condition.VASOVAGAL_HISTORY, 4, "fainted at a blood test"),
    (Condition.HEART_DISEASE, 3, "stable angina"),
    (Condition.EPILEPSY, 1, "well controlled"),
    (Condition.IMPLANTED_DEVICE, 1, "pacemaker"),
    (Condition.IMMUNOCOMPROMISED, 1, "long-term methotrexate"),
    (Condition.REDUCED_SENSATION, 2, "numb patch on the left foot"),
    (Condition.METAL_ALLERGY, 2, "nickel"),
    (Condition.LYMPHOEDEMA, 1, "right arm"),
)
NO_ELECTRO = frozenset((Condition.IMPLANTED_DEVICE, Condition.EPILEPSY, Condition.HEART_DISEASE))
NO_MOXA = frozenset((Condition.DIABETES, Condition.REDUCED_SENSATION))
NO_CUPPING = frozenset((Condition.ANTICOAGULANT_THERAPY, Condition.IMMUNOCOMPROMISED))
SCREENING_FLAGS = ASKED  # every red-flag question: unanswered is not "no" (issue 17)
POSITIVE_FLAGS: tuple[tuple[RedFlag, str], ...] = (
    (RedFlag.SADDLE_ANAESTHESIA, "Emergency department (possible cauda equina)"),
    (RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION, "Emergency department (possible cauda equina)"),
    (RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT, "Emergency department (progressive weakness)"),
    (RedFlag.CANCER_HISTORY, "GP, urgent appointment"),
    (RedFlag.UNEXPLAINED_WEIGHT_LOSS, "GP, urgent appointment"),
    (RedFlag.FEVER, "GP, same day"),
    (RedFlag.SIGNIFICANT_TRAUMA, "Emergency department"),
    (RedFlag.OSTEOPOROSIS, "GP, urgent appointment"),
    (RedFlag.CONSTANT_NIGHT_PAIN, "GP, urgent appointment"),
)
RESPONSES: tuple[list[str], ...] = (
    ["de_qi"],
    ["de_qi", "relaxation"],
    ["relaxation"],
    ["de_qi", "twitch"],
    [],
)
ADVERSE_KINDS: tuple[tuple[AdverseEventKind, int, str], ...] = (
    (AdverseEventKind.SORENESS, 30, "Reassured; settles within 48 hours."),
    (AdverseEventKind.BRUISING, 20, "Pressure applied; bruise explained."),
    (AdverseEventKind.BLEEDING, 12, "Pressure with cotton wool until it stopped."),
    (AdverseEventKind.FATIGUE, 10, "Rested before leaving."),
    (AdverseEventKind.DIZZINESS, 8, "Lay flat, legs raised, water; recovered in minutes."),
    (AdverseEventKind.AGGRAVATION, 8, "Lighter treatment planned next time."),
    (AdverseEventKind.MUSCLE_TWITCHING, 5, "Needle withdrawn slightly."),
    (AdverseEventKind.NAUSEA, 3, "Needles removed; rested lying down."),
    (AdverseEventKind.FAINTING, 1, "Needles removed, lay flat, observed 30 minutes."),
    (AdverseEventKind.STUCK_NEEDLE, 2, "Muscle relaxed with massage; removed."),
    (AdverseEventKind.BENT_NEEDLE, 1, "Removed along the bend; needle intact."),
)
SEVERITIES: tuple[tuple[AdverseSeverity, int], ...] = (
    (AdverseSeverity.MILD, 90),
    (AdverseSeverity.MODERATE, 9),
    (AdverseSeverity.SEVERE, 1),
)
NEEDLES = {"local": "0.25 × 40 mm stainless steel", "distal": "0.20 × 25 mm stainless steel"}
CUPPING_SITES = {
    PainRegion.LOWER_BACK: ["lumbar paraspinals"],
    PainRegion.UPPER_BACK: ["thoracic paraspinals"],
    PainRegion.NECK: ["upper trapezius"],
    PainRegion.SCIATICA: ["gluteal region"],
}
MOXA_SITES = {
    PainRegion.LOWER_BACK: ["BL23", "GV4"],
    PainRegion.UPPER_BACK: ["BL17"],
    PainRegion.SCIATICA: ["GB30"],
}
# Where a session's added Ashi point lies, by the first pain region; neck tender points
# are read as the upper back (the cautious reading: the lung is close).
ASHI_REGIONS = {
    PainRegion.LOWER_BACK: str(AshiRegion.LUMBOSACRAL),
    PainRegion.UPPER_BACK: str(AshiRegion.THORAX),
    PainRegion.NECK: str(AshiRegion.THORAX),
    PainRegion.SCIATICA: str(AshiRegion.BUTTOCK),
}
ELECTRO_PAIRS = {
    PainRegion.LOWER_BACK: ("BL23", "BL25"),
    PainRegion.SCIATICA: ("GB30", "GB34"),
}
ELECTRO_SETTINGS: tuple[tuple[EAFrequencyMode, str], ...] = (
    (EAFrequencyMode.DENSE_DISPERSE, "2/100"),
    (EAFrequencyMode.LOW, "2"),
    (EAFrequencyMode.HIGH, "100"),
)
# Statuses of a patient's latest course, and of the ones before it.
LAST_STATUSES: tuple[tuple[CourseStatus, int], ...] = (
    (CourseStatus.PLANNED, 7),
    (CourseStatus.ACTIVE, 22),
    (CourseStatus.EXTENDED, 6),
    (CourseStatus.COMPLETED, 40),
    (CourseStatus.DISCHARGED, 15),
    (CourseStatus.REFERRED, 10),
)
EARLIER_STATUSES: tuple[tuple[CourseStatus, int], ...] = (
    (CourseStatus.COMPLETED, 72),
    (CourseStatus.DISCHARGED, 22),
    (CourseStatus.REFERRED, 6),
)
COURSE_STATUSES = tuple(CourseStatus)
CAUSES = tuple(Cause)
CONSENT_SCOPES = tuple(ConsentScope)
DISCHARGE_REASONS = tuple(DischargeReason)
PRIOR_TREATMENTS = tuple(PriorTreatment)
STIMULATIONS = tuple(Stimulation)
CLOSED = frozenset((CourseStatus.COMPLETED, CourseStatus.DISCHARGED, CourseStatus.REFERRED))
FIRST_FEE_CENTS = 6500
FOLLOW_UP_FEE_CENTS = 5000
# Card 12 in 20, cash 4, bank transfer 3, other 1.
PAYMENT_METHODS: tuple[str, ...] = (
    *[str(PaymentMethod.CARD)] * 12,
    *[str(PaymentMethod.CASH)] * 4,
    *[str(PaymentMethod.BANK_TRANSFER)] * 3,
    str(PaymentMethod.OTHER),
)
INSURANCE = str(PaymentMethod.INSURANCE)
FOLLOW_UP_MINUTES = (30, 40, 45, 45)
ADJUNCTS = (Technique.ELECTROACUPUNCTURE, Technique.CUPPING, Technique.MOXIBUSTION)
SIGNED = str(SessionStatus.SIGNED)
SCHEDULED_DEFAULTS: Row = {
    "status": str(SessionStatus.SCHEDULED),
    "started_at": None,
    "duration_minutes": None,
    "retention_minutes": None,
    "pain_before": None,
    "pain_after": None,
    "needles_in": 0,
    "needles_out": 0,
    "response": [],
    "history_changes": "",
    "anything_new": None,
    "notes": "",
    "paid_cents": None,
    "payment_method": None,
    "signed_at": None,
    "signed_by_id": None,
    "techniques": [],
    "new_red_flags": [],
    "new_conditions": [],
    "new_medications": [],
    "now_pregnant": None,
}
NOTHING_NEW: list[Any] = []  # the health check at a session: nothing new since the intake
# The techniques a signed session gave (needling always; then EA, cupping, moxa or not),
# one shared list per combination.
SESSION_TECHNIQUES: dict[tuple[bool, bool, bool], list[str]] = {
    (electro, cupped, moxa): [
        str(Technique.LOCAL_NEEDLING),
        str(Technique.DISTAL_NEEDLING),
        *([str(Technique.ELECTROACUPUNCTURE)] if electro else []),
        *([str(Technique.CUPPING)] if cupped else []),
        *([str(Technique.MOXIBUSTION)] if moxa else []),
    ]
    for electro in (False, True)
    for cupped in (False, True)
    for moxa in (False, True)
}
PROTOCOL_NAMES = {  # course.protocol holds at most 80 characters
    PainRegion.LOWER_BACK: "low back",
    PainRegion.UPPER_BACK: "upper back",
    PainRegion.NECK: "neck",
    PainRegion.SCIATICA: "sciatica",
}


def protocol(regions: Sequence[PainRegion]) -> str:
    """``Low back + sciatica: local and distal points``."""
    text = " + ".join(PROTOCOL_NAMES[region] for region in regions)
    return f"{text[0].upper()}{text[1:]}: local and distal points"
