"""The catalogue's phrases and plain words (planner/domain/wording.py).

A *phrase* (lower case) is how a document or a screen says a member inside a sentence
("both sides", "low frequency"); most are the label with its first letter lowered, but
each is written out here so that Qt's ``lupdate`` sees it. A *plain* word is a patient's
everyday wording, where it differs from the phrase ("on your left", "arm or leg").
Marked with ``QT_TRANSLATE_NOOP("wording", ...)`` like the labels: the screens translate
them with the context "wording", the documents print them in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from planner.domain.appointments import PartOfDay
from planner.domain.catalog import PlanRegion
from planner.domain.i18n import QT_TRANSLATE_NOOP
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

_AE = AdverseEventKind
_RF = RedFlag
_C = Condition

# --- phrases: inside a sentence, one per member ------------------------------------------

PHRASES: Final[dict[type[StrEnum], Mapping[StrEnum, str]]] = {
    Sex: {
        Sex.FEMALE: QT_TRANSLATE_NOOP("wording", "female"),
        Sex.MALE: QT_TRANSLATE_NOOP("wording", "male"),
        Sex.INTERSEX: QT_TRANSLATE_NOOP("wording", "intersex"),
        Sex.UNDISCLOSED: QT_TRANSLATE_NOOP("wording", "not disclosed"),
    },
    PainRegion: {
        PainRegion.LOWER_BACK: QT_TRANSLATE_NOOP("wording", "lower back"),
        PainRegion.UPPER_BACK: QT_TRANSLATE_NOOP("wording", "upper back"),
        PainRegion.NECK: QT_TRANSLATE_NOOP("wording", "neck"),
        PainRegion.SCIATICA: QT_TRANSLATE_NOOP("wording", "sciatica (pain down the leg)"),
    },
    BodySide: {
        BodySide.LEFT: QT_TRANSLATE_NOOP("wording", "left"),
        BodySide.RIGHT: QT_TRANSLATE_NOOP("wording", "right"),
        BodySide.BOTH: QT_TRANSLATE_NOOP("wording", "both sides"),
    },
    Cause: {
        Cause.MUSCLE_STRAIN: QT_TRANSLATE_NOOP("wording", "muscle strain"),
        Cause.LIGAMENT_SPRAIN: QT_TRANSLATE_NOOP("wording", "ligament sprain"),
        Cause.HERNIATED_DISC: QT_TRANSLATE_NOOP("wording", "herniated (slipped) disc"),
        Cause.DEGENERATIVE_DISC_DISEASE: QT_TRANSLATE_NOOP("wording", "degenerative disc disease"),
        Cause.SPINAL_STENOSIS: QT_TRANSLATE_NOOP("wording", "spinal stenosis"),
        Cause.SPONDYLOLISTHESIS: QT_TRANSLATE_NOOP("wording", "spondylolisthesis"),
        Cause.SPONDYLOSIS: QT_TRANSLATE_NOOP("wording", "spondylosis"),
        Cause.FACET_SYNDROME: QT_TRANSLATE_NOOP("wording", "facet joint syndrome"),
        Cause.OSTEOARTHRITIS: QT_TRANSLATE_NOOP("wording", "osteoarthritis"),
        Cause.POOR_POSTURE: QT_TRANSLATE_NOOP("wording", "poor posture"),
        Cause.PROLONGED_SITTING: QT_TRANSLATE_NOOP("wording", "prolonged sitting"),
        Cause.OTHER: QT_TRANSLATE_NOOP("wording", "other"),
    },
    DurationClass: {
        DurationClass.ACUTE: QT_TRANSLATE_NOOP("wording", "acute (under 6 weeks)"),
        DurationClass.SUBACUTE: QT_TRANSLATE_NOOP("wording", "subacute (6–12 weeks)"),
        DurationClass.CHRONIC: QT_TRANSLATE_NOOP("wording", "chronic (12 weeks or more)"),
    },
    PriorTreatment: {
        PriorTreatment.PHYSIOTHERAPY: QT_TRANSLATE_NOOP("wording", "physiotherapy"),
        PriorTreatment.MASSAGE: QT_TRANSLATE_NOOP("wording", "massage"),
        PriorTreatment.CHIROPRACTIC: QT_TRANSLATE_NOOP("wording", "chiropractic"),
        PriorTreatment.STRETCHING_EXERCISE: QT_TRANSLATE_NOOP("wording", "stretching / exercise"),
        PriorTreatment.ICE_HEAT: QT_TRANSLATE_NOOP("wording", "ice or heat"),
        PriorTreatment.PAIN_MEDICATION: QT_TRANSLATE_NOOP("wording", "pain medication"),
        PriorTreatment.SPINAL_MANIPULATION: QT_TRANSLATE_NOOP("wording", "spinal manipulation"),
        PriorTreatment.INJECTIONS: QT_TRANSLATE_NOOP("wording", "injections"),
        PriorTreatment.SURGERY: QT_TRANSLATE_NOOP("wording", "surgery"),
        PriorTreatment.ACUPUNCTURE: QT_TRANSLATE_NOOP("wording", "acupuncture before"),
    },
    Technique: {
        Technique.LOCAL_NEEDLING: QT_TRANSLATE_NOOP("wording", "local needling"),
        Technique.DISTAL_NEEDLING: QT_TRANSLATE_NOOP("wording", "distal needling"),
        Technique.ELECTROACUPUNCTURE: QT_TRANSLATE_NOOP("wording", "electroacupuncture"),
        Technique.CUPPING: QT_TRANSLATE_NOOP("wording", "cupping"),
        Technique.MOXIBUSTION: QT_TRANSLATE_NOOP("wording", "moxibustion"),
    },
    ConsentScope: {
        ConsentScope.NEEDLING: QT_TRANSLATE_NOOP("wording", "needling"),
        ConsentScope.ELECTROACUPUNCTURE: QT_TRANSLATE_NOOP("wording", "electroacupuncture"),
        ConsentScope.CUPPING: QT_TRANSLATE_NOOP("wording", "cupping"),
        ConsentScope.MOXIBUSTION: QT_TRANSLATE_NOOP("wording", "moxibustion"),
    },
    # A side's label sits under a "Side" heading ("Both"); a sentence says "both sides".
    PointSide: {
        PointSide.LEFT: QT_TRANSLATE_NOOP("wording", "left"),
        PointSide.RIGHT: QT_TRANSLATE_NOOP("wording", "right"),
        PointSide.BILATERAL: QT_TRANSLATE_NOOP("wording", "both sides"),
        PointSide.MIDLINE: QT_TRANSLATE_NOOP("wording", "midline"),
    },
    Stimulation: {
        Stimulation.TONIFY: QT_TRANSLATE_NOOP("wording", "tonify"),
        Stimulation.SEDATE: QT_TRANSLATE_NOOP("wording", "sedate"),
        Stimulation.EVEN: QT_TRANSLATE_NOOP("wording", "even"),
    },
    EAFrequencyMode: {
        EAFrequencyMode.LOW: QT_TRANSLATE_NOOP("wording", "low frequency"),
        EAFrequencyMode.HIGH: QT_TRANSLATE_NOOP("wording", "high frequency"),
        EAFrequencyMode.DENSE_DISPERSE: QT_TRANSLATE_NOOP("wording", "dense-disperse"),
    },
    CuppingType: {
        CuppingType.DRY: QT_TRANSLATE_NOOP("wording", "dry"),
        CuppingType.FIRE: QT_TRANSLATE_NOOP("wording", "fire"),
        CuppingType.SLIDING: QT_TRANSLATE_NOOP("wording", "sliding"),
        CuppingType.FLASH: QT_TRANSLATE_NOOP("wording", "flash"),
        CuppingType.WET: QT_TRANSLATE_NOOP("wording", "wet"),
    },
    MoxaType: {
        MoxaType.STICK: QT_TRANSLATE_NOOP("wording", "moxa stick"),
        MoxaType.WARMING_NEEDLE: QT_TRANSLATE_NOOP("wording", "warming needle"),
        MoxaType.ON_GINGER: QT_TRANSLATE_NOOP("wording", "moxa on ginger"),
        MoxaType.DIRECT_NON_SCARRING: QT_TRANSLATE_NOOP("wording", "direct, non-scarring"),
    },
    CourseStatus: {
        CourseStatus.PLANNED: QT_TRANSLATE_NOOP("wording", "planned"),
        CourseStatus.ACTIVE: QT_TRANSLATE_NOOP("wording", "active"),
        CourseStatus.COMPLETED: QT_TRANSLATE_NOOP("wording", "completed"),
        CourseStatus.EXTENDED: QT_TRANSLATE_NOOP("wording", "extended"),
        CourseStatus.DISCHARGED: QT_TRANSLATE_NOOP("wording", "discharged"),
        CourseStatus.REFERRED: QT_TRANSLATE_NOOP("wording", "referred"),
    },
    ReviewDecision: {
        ReviewDecision.CONTINUE: QT_TRANSLATE_NOOP("wording", "continue the course"),
        ReviewDecision.ADJUST: QT_TRANSLATE_NOOP("wording", "adjust the plan"),
        ReviewDecision.EXTEND: QT_TRANSLATE_NOOP("wording", "extend the course"),
        ReviewDecision.DISCHARGE: QT_TRANSLATE_NOOP("wording", "discharge"),
        ReviewDecision.REFER: QT_TRANSLATE_NOOP("wording", "refer"),
    },
    DischargeReason: {
        DischargeReason.GOALS_MET: QT_TRANSLATE_NOOP("wording", "goals met"),
        DischargeReason.PLATEAU: QT_TRANSLATE_NOOP("wording", "no further improvement (plateau)"),
        DischargeReason.PATIENT_CHOICE: QT_TRANSLATE_NOOP("wording", "patient's choice"),
    },
    SessionStatus: {
        SessionStatus.SCHEDULED: QT_TRANSLATE_NOOP("wording", "scheduled"),
        SessionStatus.DRAFT: QT_TRANSLATE_NOOP("wording", "draft"),
        SessionStatus.SIGNED: QT_TRANSLATE_NOOP("wording", "signed"),
        SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("wording", "cancelled"),
    },
    AppointmentKind: {
        AppointmentKind.FIRST_VISIT: QT_TRANSLATE_NOOP("wording", "first visit"),
        AppointmentKind.FOLLOW_UP: QT_TRANSLATE_NOOP("wording", "follow-up"),
    },
    AppointmentState: {
        AppointmentState.BOOKED: QT_TRANSLATE_NOOP("wording", "booked"),
        AppointmentState.CHECKED_IN: QT_TRANSLATE_NOOP("wording", "checked in"),
        AppointmentState.IN_TREATMENT: QT_TRANSLATE_NOOP("wording", "in treatment"),
        AppointmentState.DONE: QT_TRANSLATE_NOOP("wording", "done"),
        AppointmentState.NO_SHOW: QT_TRANSLATE_NOOP("wording", "did not attend"),
        AppointmentState.CANCELLED: QT_TRANSLATE_NOOP("wording", "cancelled"),
    },
    CancelledBy: {
        CancelledBy.PATIENT: QT_TRANSLATE_NOOP("wording", "the patient"),
        CancelledBy.CLINIC: QT_TRANSLATE_NOOP("wording", "the clinic"),
    },
    PartOfDay: {
        PartOfDay.ANY: QT_TRANSLATE_NOOP("wording", "any time"),
        PartOfDay.MORNING: QT_TRANSLATE_NOOP("wording", "morning"),
        PartOfDay.AFTERNOON: QT_TRANSLATE_NOOP("wording", "afternoon"),
        PartOfDay.EVENING: QT_TRANSLATE_NOOP("wording", "evening"),
    },
    AdverseEventKind: {
        _AE.SORENESS: QT_TRANSLATE_NOOP("wording", "soreness"),
        _AE.BLEEDING: QT_TRANSLATE_NOOP("wording", "bleeding"),
        _AE.BRUISING: QT_TRANSLATE_NOOP("wording", "bruising"),
        _AE.FATIGUE: QT_TRANSLATE_NOOP("wording", "tiredness"),
        _AE.DIZZINESS: QT_TRANSLATE_NOOP("wording", "dizziness"),
        _AE.FAINTING: QT_TRANSLATE_NOOP("wording", "fainting"),
        _AE.MUSCLE_TWITCHING: QT_TRANSLATE_NOOP("wording", "muscle twitching"),
        _AE.NAUSEA: QT_TRANSLATE_NOOP("wording", "nausea"),
        _AE.AGGRAVATION: QT_TRANSLATE_NOOP("wording", "aggravation of symptoms"),
        _AE.CUPPING_MARKS: QT_TRANSLATE_NOOP("wording", "cupping marks"),
        _AE.CUPPING_BLISTER: QT_TRANSLATE_NOOP("wording", "cupping blister"),
        _AE.MOXA_BURN: QT_TRANSLATE_NOOP("wording", "moxa burn"),
        _AE.STUCK_NEEDLE: QT_TRANSLATE_NOOP("wording", "stuck needle"),
        _AE.BENT_NEEDLE: QT_TRANSLATE_NOOP("wording", "bent needle"),
        _AE.FORGOTTEN_NEEDLE: QT_TRANSLATE_NOOP("wording", "forgotten needle"),
        _AE.NEEDLE_UNACCOUNTED: QT_TRANSLATE_NOOP("wording", "needle unaccounted for"),
        _AE.BROKEN_NEEDLE: QT_TRANSLATE_NOOP("wording", "broken needle"),
        _AE.SUSPECTED_PNEUMOTHORAX: QT_TRANSLATE_NOOP("wording", "suspected pneumothorax"),
        _AE.INFECTION: QT_TRANSLATE_NOOP("wording", "infection"),
        _AE.NERVE_INJURY: QT_TRANSLATE_NOOP("wording", "nerve injury"),
        _AE.OTHER: QT_TRANSLATE_NOOP("wording", "other"),
    },
    AdverseSeverity: {
        AdverseSeverity.MILD: QT_TRANSLATE_NOOP("wording", "mild"),
        AdverseSeverity.MODERATE: QT_TRANSLATE_NOOP("wording", "moderate"),
        AdverseSeverity.SEVERE: QT_TRANSLATE_NOOP("wording", "severe"),
    },
    AdverseClass: {
        AdverseClass.MINOR: QT_TRANSLATE_NOOP("wording", "minor"),
        AdverseClass.SIGNIFICANT: QT_TRANSLATE_NOOP("wording", "significant"),
        AdverseClass.SERIOUS: QT_TRANSLATE_NOOP("wording", "serious"),
    },
    Role: {
        Role.PRACTITIONER: QT_TRANSLATE_NOOP("wording", "practitioner"),
        Role.RECEPTION: QT_TRANSLATE_NOOP("wording", "reception"),
        Role.ADMIN: QT_TRANSLATE_NOOP("wording", "admin"),
    },
    PaymentMethod: {
        PaymentMethod.CASH: QT_TRANSLATE_NOOP("wording", "cash"),
        PaymentMethod.CARD: QT_TRANSLATE_NOOP("wording", "card"),
        PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("wording", "bank transfer"),
        PaymentMethod.INSURANCE: QT_TRANSLATE_NOOP("wording", "insurer direct billing"),
        PaymentMethod.OTHER: QT_TRANSLATE_NOOP("wording", "other"),
    },
    RedFlag: {
        _RF.SADDLE_ANAESTHESIA: QT_TRANSLATE_NOOP(
            "wording", "numbness between the legs (saddle area)"
        ),
        _RF.BLADDER_OR_BOWEL_DYSFUNCTION: QT_TRANSLATE_NOOP(
            "wording", "new bladder or bowel problems"
        ),
        _RF.BILATERAL_SCIATICA: QT_TRANSLATE_NOOP("wording", "pain or weakness down both legs"),
        _RF.PROGRESSIVE_NEUROLOGICAL_DEFICIT: QT_TRANSLATE_NOOP(
            "wording", "weakness or numbness getting worse"
        ),
        _RF.CANCER_HISTORY: QT_TRANSLATE_NOOP("wording", "cancer (new, or newly reported)"),
        _RF.UNEXPLAINED_WEIGHT_LOSS: QT_TRANSLATE_NOOP("wording", "weight loss without a reason"),
        _RF.FEVER: QT_TRANSLATE_NOOP("wording", "fever or feeling unwell with the pain"),
        _RF.IV_DRUG_USE: QT_TRANSLATE_NOOP("wording", "injecting drugs"),
        _RF.SIGNIFICANT_TRAUMA: QT_TRANSLATE_NOOP("wording", "a fall or accident"),
        _RF.LONG_TERM_CORTICOSTEROIDS: QT_TRANSLATE_NOOP("wording", "long-term steroid tablets"),
        _RF.OSTEOPOROSIS: QT_TRANSLATE_NOOP("wording", "osteoporosis"),
        _RF.CONSTANT_NIGHT_PAIN: QT_TRANSLATE_NOOP(
            "wording", "constant pain at night, not eased by rest"
        ),
        _RF.RECENT_SPINAL_SURGERY: QT_TRANSLATE_NOOP("wording", "recent spinal surgery"),
        _RF.NEW_SEXUAL_DYSFUNCTION: QT_TRANSLATE_NOOP(
            "wording", "new numbness of the genitals or sexual problems"
        ),
        _RF.SEVERE_MOTOR_LOSS: QT_TRANSLATE_NOOP("wording", "a leg giving way, or both legs weak"),
        _RF.THORACIC_PAIN: QT_TRANSLATE_NOOP(
            "wording", "pain in the middle of the back (thoracic)"
        ),
        _RF.RECENT_INFECTION: QT_TRANSLATE_NOOP(
            "wording", "a recent infection (urine, chest, skin)"
        ),
        _RF.AORTIC_ANEURYSM_SIGNS: QT_TRANSLATE_NOOP(
            "wording", "sudden severe pain with a pulsing belly"
        ),
        _RF.INFLAMMATORY_BACK_PAIN: QT_TRANSLATE_NOOP(
            "wording", "morning stiffness easing with exercise (refer routinely)"
        ),
        _RF.ARTERIAL_DISSECTION_SIGNS: QT_TRANSLATE_NOOP(
            "wording", "sudden headache, dizziness or speech trouble"
        ),
        _RF.MYELOPATHY: QT_TRANSLATE_NOOP("wording", "clumsy hands or unsteady walking"),
        _RF.IMMUNOSUPPRESSION: QT_TRANSLATE_NOOP("wording", "weakened immune system (new)"),
        _RF.YOUNG_AGE: QT_TRANSLATE_NOOP("wording", "back pain under the age of 20"),
    },
    # Safety-checklist answers of yes, in a doctor's words (the clinical report).
    Condition: {
        _C.IMPLANTED_DEVICE: QT_TRANSLATE_NOOP(
            "wording", "implanted electrical device (e.g. pacemaker)"
        ),
        _C.EPILEPSY: QT_TRANSLATE_NOOP("wording", "epilepsy"),
        _C.BLEEDING_DISORDER: QT_TRANSLATE_NOOP("wording", "bleeding disorder or low platelets"),
        _C.BRUISES_EASILY: QT_TRANSLATE_NOOP("wording", "bruises easily"),
        _C.ANTICOAGULANT_THERAPY: QT_TRANSLATE_NOOP(
            "wording", "takes a blood thinner (answered yes)"
        ),
        _C.IMMUNOCOMPROMISED: QT_TRANSLATE_NOOP("wording", "weakened immune system"),
        _C.DIABETES: QT_TRANSLATE_NOOP("wording", "diabetes"),
        _C.REDUCED_SENSATION: QT_TRANSLATE_NOOP("wording", "reduced sensation"),
        _C.SKIN_LESION_AT_SITE: QT_TRANSLATE_NOOP("wording", "skin lesion at a treatment site"),
        _C.NEEDLE_PHOBIA: QT_TRANSLATE_NOOP("wording", "needle phobia"),
        _C.VASOVAGAL_HISTORY: QT_TRANSLATE_NOOP("wording", "history of fainting (vasovagal)"),
        _C.METAL_ALLERGY: QT_TRANSLATE_NOOP("wording", "metal allergy"),
        _C.HEART_DISEASE: QT_TRANSLATE_NOOP("wording", "heart disease"),
        _C.LYMPHOEDEMA: QT_TRANSLATE_NOOP("wording", "lymphoedema"),
        _C.METAL_HARDWARE: QT_TRANSLATE_NOOP(
            "wording", "metal implant (joint replacement, fixation, plates or clips)"
        ),
    },
    OutcomeMeasure: {
        OutcomeMeasure.NRS_NOW: QT_TRANSLATE_NOOP("wording", "pain now (NRS 0–10)"),
        OutcomeMeasure.NRS_WORST: QT_TRANSLATE_NOOP("wording", "worst pain (NRS 0–10)"),
        OutcomeMeasure.NRS_AVERAGE: QT_TRANSLATE_NOOP("wording", "average pain (NRS 0–10)"),
        OutcomeMeasure.PEG: QT_TRANSLATE_NOOP("wording", "PEG-3 (0–10)"),
        OutcomeMeasure.ODI: QT_TRANSLATE_NOOP("wording", "oswestry Disability Index (0–100)"),
        OutcomeMeasure.RMDQ: QT_TRANSLATE_NOOP("wording", "roland-Morris (0–24)"),
        OutcomeMeasure.PROMIS_PI: QT_TRANSLATE_NOOP(
            "wording", "PROMIS Pain Interference (T-score)"
        ),
        OutcomeMeasure.STARTBACK: QT_TRANSLATE_NOOP("wording", "STarT Back (0–9)"),
    },
    AcupunctureStyle: {
        AcupunctureStyle.TCM: QT_TRANSLATE_NOOP("wording", "traditional Chinese (TCM)"),
        AcupunctureStyle.JAPANESE: QT_TRANSLATE_NOOP("wording", "japanese"),
        AcupunctureStyle.KOREAN: QT_TRANSLATE_NOOP("wording", "korean"),
        AcupunctureStyle.WESTERN_MEDICAL: QT_TRANSLATE_NOOP("wording", "western medical"),
        AcupunctureStyle.FIVE_ELEMENT: QT_TRANSLATE_NOOP("wording", "five Element"),
        AcupunctureStyle.AURICULAR: QT_TRANSLATE_NOOP("wording", "auricular"),
        AcupunctureStyle.OTHER: QT_TRANSLATE_NOOP("wording", "other"),
    },
    NeedleResponse: {
        NeedleResponse.DE_QI: QT_TRANSLATE_NOOP("wording", "de qi"),
        NeedleResponse.TWITCH: QT_TRANSLATE_NOOP("wording", "muscle twitch"),
        NeedleResponse.RELAXATION: QT_TRANSLATE_NOOP("wording", "relaxation"),
    },
    Severity: {
        Severity.REFER: QT_TRANSLATE_NOOP("wording", "refer"),
        Severity.BLOCK: QT_TRANSLATE_NOOP("wording", "not used"),
        Severity.WARN: QT_TRANSLATE_NOOP("wording", "caution"),
    },
    Urgency: {
        Urgency.EMERGENCY: QT_TRANSLATE_NOOP("wording", "emergency — same day"),
        Urgency.URGENT: QT_TRANSLATE_NOOP("wording", "urgent — within days"),
        Urgency.ROUTINE: QT_TRANSLATE_NOOP("wording", "routine referral"),
    },
    # The documents say "lower back" where the plan editor says "Lumbosacral".
    AshiRegion: {
        AshiRegion.THORAX: QT_TRANSLATE_NOOP("wording", "upper back/thorax"),
        AshiRegion.LUMBOSACRAL: QT_TRANSLATE_NOOP("wording", "lower back"),
        AshiRegion.BUTTOCK: QT_TRANSLATE_NOOP("wording", "buttock"),
        AshiRegion.LIMB: QT_TRANSLATE_NOOP("wording", "limb"),
    },
    PlanRegion: {
        PlanRegion.LOWER_BACK_LOCAL: QT_TRANSLATE_NOOP("wording", "lower back (local)"),
        PlanRegion.UPPER_BACK_NECK_LOCAL: QT_TRANSLATE_NOOP(
            "wording", "upper back and neck (local)"
        ),
        PlanRegion.SACRAL_BUTTOCK: QT_TRANSLATE_NOOP("wording", "sacrum and buttock"),
        PlanRegion.SCIATICA_DISTAL: QT_TRANSLATE_NOOP("wording", "leg and foot (distal)"),
        PlanRegion.DISTAL_HAND: QT_TRANSLATE_NOOP("wording", "hand and forearm (distal)"),
        PlanRegion.EXTRA_POINTS: QT_TRANSLATE_NOOP("wording", "extra points"),
    },
    TimerKind: {
        TimerKind.RETENTION: QT_TRANSLATE_NOOP("wording", "needle retention"),
        TimerKind.ELECTRO: QT_TRANSLATE_NOOP("wording", "electroacupuncture"),
        TimerKind.CUPPING: QT_TRANSLATE_NOOP("wording", "cupping"),
        TimerKind.MOXIBUSTION: QT_TRANSLATE_NOOP("wording", "moxibustion"),
    },
    SearchArea: {
        SearchArea.BODY: QT_TRANSLATE_NOOP("wording", "body (skin, hair, under the patient)"),
        SearchArea.CLOTHES: QT_TRANSLATE_NOOP("wording", "clothes and towels"),
        SearchArea.COUCH: QT_TRANSLATE_NOOP("wording", "couch, pillow and cover"),
        SearchArea.FLOOR: QT_TRANSLATE_NOOP("wording", "floor around the couch"),
    },
}


# --- plain: a patient's everyday words, where not the phrase -----------------------------

PLAIN: Final[dict[type[StrEnum], Mapping[StrEnum, str]]] = {
    PointSide: {
        PointSide.LEFT: QT_TRANSLATE_NOOP("wording", "on your left"),
        PointSide.RIGHT: QT_TRANSLATE_NOOP("wording", "on your right"),
    },
    AshiRegion: {
        AshiRegion.THORAX: QT_TRANSLATE_NOOP("wording", "upper back"),
        AshiRegion.LIMB: QT_TRANSLATE_NOOP("wording", "arm or leg"),
    },
}
