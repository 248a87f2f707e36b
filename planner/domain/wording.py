"""The wording catalogue: the one place the words for the clinical vocabulary live.

For every enum whose stored codes reach a person (techniques, sides, regions, responses,
EA modes, stimulation, cupping and moxa kinds, statuses, adverse events, roles, ...) it
holds a *label* (sentence case, what a screen shows and a document's table prints), where
a document says it differently inside a sentence a *phrase* (lower case; by default the
label with its first letter lowered) and where a patient's sheet needs everyday words a
*plain* wording (by default the phrase). The screens translate these strings
(planner/ui/labels.py, planner/ui/course/labels.py); the documents print them as they are
(planner/export/labels.py). Standard library only: no Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final, TypeVar

from planner.domain.appointments import PartOfDay
from planner.domain.catalog import PlanRegion
from planner.domain.red_flags import Urgency
from planner.domain.room import SearchArea, TimerKind
from planner.domain.safety import AshiRegion, Severity
from planner.domain.sessions import AdverseClass, NeedleResponse
from planner.domain.vocab import (
    AcupunctureStyle,
    AdverseEventKind,
    AdverseSeverity,
    AppointmentKind,
    AppointmentState,
    BodySide,
    CancelledBy,
    Cause,
    Condition,
    ConsentScope,
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
    PriorTreatment,
    RedFlag,
    ReviewDecision,
    Role,
    SessionStatus,
    Sex,
    Stimulation,
    Technique,
)

E = TypeVar("E", bound=StrEnum)

_AE = AdverseEventKind
_RF = RedFlag
_C = Condition

# --- labels: one per member, sentence case --------------------------------------------------

_LABELS: Final[dict[type[StrEnum], Mapping[StrEnum, str]]] = {
    Sex: {
        Sex.FEMALE: "Female",
        Sex.MALE: "Male",
        Sex.INTERSEX: "Intersex",
        Sex.UNDISCLOSED: "Not disclosed",
    },
    PainRegion: {
        PainRegion.LOWER_BACK: "Lower back",
        PainRegion.UPPER_BACK: "Upper back",
        PainRegion.NECK: "Neck",
        PainRegion.SCIATICA: "Sciatica (pain down the leg)",
    },
    BodySide: {BodySide.LEFT: "Left", BodySide.RIGHT: "Right", BodySide.BOTH: "Both"},
    Cause: {
        Cause.MUSCLE_STRAIN: "Muscle strain",
        Cause.LIGAMENT_SPRAIN: "Ligament sprain",
        Cause.HERNIATED_DISC: "Herniated (slipped) disc",
        Cause.DEGENERATIVE_DISC_DISEASE: "Degenerative disc disease",
        Cause.SPINAL_STENOSIS: "Spinal stenosis",
        Cause.SPONDYLOLISTHESIS: "Spondylolisthesis",
        Cause.SPONDYLOSIS: "Spondylosis",
        Cause.FACET_SYNDROME: "Facet joint syndrome",
        Cause.OSTEOARTHRITIS: "Osteoarthritis",
        Cause.POOR_POSTURE: "Poor posture",
        Cause.PROLONGED_SITTING: "Prolonged sitting",
        Cause.OTHER: "Other",
    },
    DurationClass: {
        DurationClass.ACUTE: "Acute (< 6 weeks)",
        DurationClass.SUBACUTE: "Subacute (6–12 weeks)",
        DurationClass.CHRONIC: "Chronic (≥ 12 weeks)",
    },
    PriorTreatment: {
        PriorTreatment.PHYSIOTHERAPY: "Physiotherapy",
        PriorTreatment.MASSAGE: "Massage",
        PriorTreatment.CHIROPRACTIC: "Chiropractic",
        PriorTreatment.STRETCHING_EXERCISE: "Stretching / exercise",
        PriorTreatment.ICE_HEAT: "Ice or heat",
        PriorTreatment.PAIN_MEDICATION: "Pain medication",
        PriorTreatment.SPINAL_MANIPULATION: "Spinal manipulation",
        PriorTreatment.INJECTIONS: "Injections",
        PriorTreatment.SURGERY: "Surgery",
        PriorTreatment.ACUPUNCTURE: "Acupuncture before",
    },
    Technique: {
        Technique.LOCAL_NEEDLING: "Local needling",
        Technique.DISTAL_NEEDLING: "Distal needling",
        Technique.ELECTROACUPUNCTURE: "Electroacupuncture",
        Technique.CUPPING: "Cupping",
        Technique.MOXIBUSTION: "Moxibustion",
    },
    ConsentScope: {
        ConsentScope.NEEDLING: "Needling",
        ConsentScope.ELECTROACUPUNCTURE: "Electroacupuncture",
        ConsentScope.CUPPING: "Cupping",
        ConsentScope.MOXIBUSTION: "Moxibustion",
    },
    PointSide: {
        PointSide.LEFT: "Left",
        PointSide.RIGHT: "Right",
        PointSide.BILATERAL: "Both",
        PointSide.MIDLINE: "Midline",
    },
    Stimulation: {
        Stimulation.TONIFY: "Tonify",
        Stimulation.SEDATE: "Sedate",
        Stimulation.EVEN: "Even",
    },
    EAFrequencyMode: {
        EAFrequencyMode.LOW: "Low (about 2 Hz)",
        EAFrequencyMode.HIGH: "High (80–100 Hz)",
        EAFrequencyMode.DENSE_DISPERSE: "Dense-disperse (2/100 Hz)",
    },
    CuppingType: {
        CuppingType.DRY: "Dry (stationary)",
        CuppingType.FIRE: "Fire",
        CuppingType.SLIDING: "Sliding",
        CuppingType.FLASH: "Flash",
        CuppingType.WET: "Wet",
    },
    MoxaType: {
        MoxaType.STICK: "Stick (indirect)",
        MoxaType.WARMING_NEEDLE: "Warming needle",
        MoxaType.ON_GINGER: "On ginger",
        MoxaType.DIRECT_NON_SCARRING: "Direct, non-scarring",
    },
    CourseStatus: {
        CourseStatus.PLANNED: "Planned",
        CourseStatus.ACTIVE: "Active",
        CourseStatus.COMPLETED: "Completed",
        CourseStatus.EXTENDED: "Extended",
        CourseStatus.DISCHARGED: "Discharged",
        CourseStatus.REFERRED: "Referred",
    },
    ReviewDecision: {
        ReviewDecision.CONTINUE: "Continue the course",
        ReviewDecision.ADJUST: "Adjust the plan",
        ReviewDecision.EXTEND: "Extend the course",
        ReviewDecision.DISCHARGE: "Discharge",
        ReviewDecision.REFER: "Refer",
    },
    DischargeReason: {
        DischargeReason.GOALS_MET: "Goals met",
        DischargeReason.PLATEAU: "No further improvement (plateau)",
        DischargeReason.PATIENT_CHOICE: "Patient's choice",
    },
    SessionStatus: {
        SessionStatus.SCHEDULED: "Scheduled",
        SessionStatus.DRAFT: "Draft",
        SessionStatus.SIGNED: "Signed",
        SessionStatus.CANCELLED: "Cancelled",
    },
    AppointmentKind: {
        AppointmentKind.FIRST_VISIT: "First visit",
        AppointmentKind.FOLLOW_UP: "Follow-up",
    },
    AppointmentState: {
        AppointmentState.BOOKED: "Booked",
        AppointmentState.CHECKED_IN: "Checked in",
        AppointmentState.IN_TREATMENT: "In treatment",
        AppointmentState.DONE: "Done",
        AppointmentState.NO_SHOW: "Did not attend",
        AppointmentState.CANCELLED: "Cancelled",
    },
    CancelledBy: {
        CancelledBy.PATIENT: "The patient",
        CancelledBy.CLINIC: "The clinic",
    },
    PartOfDay: {
        PartOfDay.ANY: "Any time",
        PartOfDay.MORNING: "Morning",
        PartOfDay.AFTERNOON: "Afternoon",
        PartOfDay.EVENING: "Evening",
    },
    AdverseEventKind: {
        _AE.SORENESS: "Soreness at a needle site",
        _AE.BLEEDING: "Bleeding",
        _AE.BRUISING: "Bruising",
        _AE.FATIGUE: "Tiredness",
        _AE.DIZZINESS: "Dizziness",
        _AE.FAINTING: "Fainting",
        _AE.MUSCLE_TWITCHING: "Muscle twitching",
        _AE.NAUSEA: "Nausea",
        _AE.AGGRAVATION: "Pain worse for a while",
        _AE.CUPPING_MARKS: "Cupping marks",
        _AE.CUPPING_BLISTER: "Cupping blister",
        _AE.MOXA_BURN: "Moxa burn",
        _AE.STUCK_NEEDLE: "Stuck needle",
        _AE.BENT_NEEDLE: "Bent needle",
        _AE.FORGOTTEN_NEEDLE: "Forgotten needle",
        _AE.NEEDLE_UNACCOUNTED: "Needle not accounted for",
        _AE.BROKEN_NEEDLE: "Broken needle",
        _AE.SUSPECTED_PNEUMOTHORAX: "Suspected pneumothorax",
        _AE.INFECTION: "Infection at a needle site",
        _AE.NERVE_INJURY: "Nerve injury",
        _AE.OTHER: "Other",
    },
    AdverseSeverity: {
        AdverseSeverity.MILD: "Mild",
        AdverseSeverity.MODERATE: "Moderate",
        AdverseSeverity.SEVERE: "Severe",
    },
    AdverseClass: {
        AdverseClass.MINOR: "Minor",
        AdverseClass.SIGNIFICANT: "Significant",
        AdverseClass.SERIOUS: "Serious",
    },
    Role: {Role.PRACTITIONER: "Practitioner", Role.RECEPTION: "Reception", Role.ADMIN: "Admin"},
    PaymentMethod: {
        PaymentMethod.CASH: "Cash",
        PaymentMethod.CARD: "Card",
        PaymentMethod.BANK_TRANSFER: "Bank transfer",
        PaymentMethod.INSURANCE: "Insurer direct billing",
        PaymentMethod.OTHER: "Other",
    },
    RedFlag: {
        _RF.SADDLE_ANAESTHESIA: "Numbness between the legs (saddle area)",
        _RF.BLADDER_OR_BOWEL_DYSFUNCTION: "New bladder or bowel problems",
        _RF.BILATERAL_SCIATICA: "Pain or weakness down both legs",
        _RF.PROGRESSIVE_NEUROLOGICAL_DEFICIT: "Weakness or numbness getting worse",
        _RF.CANCER_HISTORY: "Cancer (new, or newly reported)",
        _RF.UNEXPLAINED_WEIGHT_LOSS: "Weight loss without a reason",
        _RF.FEVER: "Fever or feeling unwell with the pain",
        _RF.IV_DRUG_USE: "Injecting drugs",
        _RF.SIGNIFICANT_TRAUMA: "A fall or accident",
        _RF.LONG_TERM_CORTICOSTEROIDS: "Long-term steroid tablets",
        _RF.OSTEOPOROSIS: "Osteoporosis",
        _RF.CONSTANT_NIGHT_PAIN: "Constant pain at night, not eased by rest",
        _RF.RECENT_SPINAL_SURGERY: "Recent spinal surgery",
        _RF.NEW_SEXUAL_DYSFUNCTION: "New numbness of the genitals or sexual problems",
        _RF.SEVERE_MOTOR_LOSS: "A leg giving way, or both legs weak",
        _RF.THORACIC_PAIN: "Pain in the middle of the back (thoracic)",
        _RF.RECENT_INFECTION: "A recent infection (urine, chest, skin)",
        _RF.AORTIC_ANEURYSM_SIGNS: "Sudden severe pain with a pulsing belly",
        _RF.INFLAMMATORY_BACK_PAIN: "Morning stiffness easing with exercise (refer routinely)",
        _RF.ARTERIAL_DISSECTION_SIGNS: "Sudden headache, dizziness or speech trouble",
        _RF.MYELOPATHY: "Clumsy hands or unsteady walking",
        _RF.IMMUNOSUPPRESSION: "Weakened immune system (new)",
        _RF.YOUNG_AGE: "Back pain under the age of 20",
    },
    Condition: {
        _C.IMPLANTED_DEVICE: "Pacemaker or implanted device",
        _C.EPILEPSY: "Epilepsy or a seizure",
        _C.BLEEDING_DISORDER: "Bleeding disorder or low platelets",
        _C.BRUISES_EASILY: "Bruises easily",
        _C.ANTICOAGULANT_THERAPY: "Blood thinners",
        _C.IMMUNOCOMPROMISED: "Weakened immune system",
        _C.DIABETES: "Diabetes",
        _C.REDUCED_SENSATION: "Reduced sensation",
        _C.SKIN_LESION_AT_SITE: "Wound or rash where treated",
        _C.NEEDLE_PHOBIA: "Fear of needles",
        _C.VASOVAGAL_HISTORY: "Fainted at a needle before",
        _C.METAL_ALLERGY: "Metal allergy",
        _C.HEART_DISEASE: "Heart disease",
        _C.LYMPHOEDEMA: "Lymphoedema",
        _C.METAL_HARDWARE: "Metal implant",
    },
    OutcomeMeasure: {
        OutcomeMeasure.NRS_NOW: "Pain now (NRS 0–10)",
        OutcomeMeasure.NRS_WORST: "Worst pain (NRS 0–10)",
        OutcomeMeasure.NRS_AVERAGE: "Average pain (NRS 0–10)",
        OutcomeMeasure.PEG: "PEG-3 (0–10)",
        OutcomeMeasure.ODI: "Oswestry Disability Index (0–100)",
        OutcomeMeasure.RMDQ: "Roland-Morris (0–24)",
        OutcomeMeasure.PROMIS_PI: "PROMIS Pain Interference (T-score)",
        OutcomeMeasure.STARTBACK: "STarT Back (0–9)",
    },
    AcupunctureStyle: {
        AcupunctureStyle.TCM: "Traditional Chinese (TCM)",
        AcupunctureStyle.JAPANESE: "Japanese",
        AcupunctureStyle.KOREAN: "Korean",
        AcupunctureStyle.WESTERN_MEDICAL: "Western medical",
        AcupunctureStyle.FIVE_ELEMENT: "Five Element",
        AcupunctureStyle.AURICULAR: "Auricular",
        AcupunctureStyle.OTHER: "Other",
    },
    NeedleResponse: {
        NeedleResponse.DE_QI: "De qi",
        NeedleResponse.TWITCH: "Muscle twitch",
        NeedleResponse.RELAXATION: "Relaxation",
    },
    Severity: {Severity.REFER: "Refer", Severity.BLOCK: "Not used", Severity.WARN: "Caution"},
    Urgency: {
        Urgency.EMERGENCY: "Emergency — same day",
        Urgency.URGENT: "Urgent — within days",
        Urgency.ROUTINE: "Routine referral",
    },
    # The plan editor's and the change list's words; documents say "lower back" (phrase).
    AshiRegion: {
        AshiRegion.THORAX: "Upper back/thorax",
        AshiRegion.LUMBOSACRAL: "Lumbosacral",
        AshiRegion.BUTTOCK: "Buttock",
        AshiRegion.LIMB: "Limb",
    },
    # The catalog's distal leg points (BL40 at the knee crease, GB34, KI3, SP6, LR3 …) lie
    # on the leg and foot, most of them nowhere near the sciatic nerve.
    PlanRegion: {
        PlanRegion.LOWER_BACK_LOCAL: "Lower back (local)",
        PlanRegion.UPPER_BACK_NECK_LOCAL: "Upper back and neck (local)",
        PlanRegion.SACRAL_BUTTOCK: "Sacrum and buttock",
        PlanRegion.SCIATICA_DISTAL: "Leg and foot (distal)",
        PlanRegion.DISTAL_HAND: "Hand and forearm (distal)",
        PlanRegion.EXTRA_POINTS: "Extra points",
    },
    TimerKind: {
        TimerKind.RETENTION: "Needle retention",
        TimerKind.ELECTRO: "Electroacupuncture",
        TimerKind.CUPPING: "Cupping",
        TimerKind.MOXIBUSTION: "Moxibustion",
    },
    SearchArea: {
        SearchArea.BODY: "Body (skin, hair, under the patient)",
        SearchArea.CLOTHES: "Clothes and towels",
        SearchArea.COUCH: "Couch, pillow and cover",
        SearchArea.FLOOR: "Floor around the couch",
    },
}

# --- phrases: inside a document's sentence, where not just the label in lower case ----------

_PHRASES: Final[dict[type[StrEnum], Mapping[StrEnum, str]]] = {
    # A side's label sits under a "Side" heading ("Both"); a sentence says "both sides".
    PointSide: {PointSide.BILATERAL: "both sides"},
    BodySide: {BodySide.BOTH: "both sides"},
    DurationClass: {
        DurationClass.ACUTE: "acute (under 6 weeks)",
        DurationClass.CHRONIC: "chronic (12 weeks or more)",
    },
    EAFrequencyMode: {
        EAFrequencyMode.LOW: "low frequency",
        EAFrequencyMode.HIGH: "high frequency",
        EAFrequencyMode.DENSE_DISPERSE: "dense-disperse",
    },
    CuppingType: {CuppingType.DRY: "dry"},
    MoxaType: {MoxaType.STICK: "moxa stick", MoxaType.ON_GINGER: "moxa on ginger"},
    AdverseEventKind: {
        _AE.SORENESS: "soreness",
        _AE.AGGRAVATION: "aggravation of symptoms",
        _AE.NEEDLE_UNACCOUNTED: "needle unaccounted for",
        _AE.INFECTION: "infection",
    },
    AshiRegion: {AshiRegion.LUMBOSACRAL: "lower back"},
    # Safety-checklist answers of yes, in a doctor's words (the clinical report).
    Condition: {
        _C.IMPLANTED_DEVICE: "implanted electrical device (e.g. pacemaker)",
        _C.METAL_HARDWARE: "metal implant (joint replacement, fixation, plates or clips)",
        _C.EPILEPSY: "epilepsy",
        _C.ANTICOAGULANT_THERAPY: "takes a blood thinner (answered yes)",
        _C.SKIN_LESION_AT_SITE: "skin lesion at a treatment site",
        _C.NEEDLE_PHOBIA: "needle phobia",
        _C.VASOVAGAL_HISTORY: "history of fainting (vasovagal)",
    },
}

# --- plain: a patient's everyday words, where not the phrase --------------------------------

_PLAIN: Final[dict[type[StrEnum], Mapping[StrEnum, str]]] = {
    PointSide: {PointSide.LEFT: "on your left", PointSide.RIGHT: "on your right"},
    AshiRegion: {AshiRegion.THORAX: "upper back", AshiRegion.LIMB: "arm or leg"},
}


def catalogued() -> tuple[type[StrEnum], ...]:
    """Every enum the catalogue words, in the order above."""
    return tuple(_LABELS)


def label(member: StrEnum) -> str:
    """Sentence case: what a screen shows and a document's table prints."""
    return _LABELS[type(member)][member]


def phrase(member: StrEnum) -> str:
    """Inside a document's sentence: ``both sides``, ``low frequency``."""
    special = _PHRASES.get(type(member), {}).get(member)
    return special if special is not None else _lowered(label(member))


def plain(member: StrEnum) -> str:
    """A patient's everyday words: ``on your left``, ``arm or leg``."""
    special = _PLAIN.get(type(member), {}).get(member)
    return special if special is not None else phrase(member)


def labels(enum: type[E]) -> dict[E, str]:
    return {member: label(member) for member in enum}


def phrases(enum: type[E]) -> dict[E, str]:
    return {member: phrase(member) for member in enum}


def plains(enum: type[E]) -> dict[E, str]:
    return {member: plain(member) for member in enum}


def _lowered(text: str) -> str:
    """The first letter lowered, unless the first word is an abbreviation (``PEG-3``)."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
