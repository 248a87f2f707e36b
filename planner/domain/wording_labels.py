"""The catalogue's labels (planner/domain/wording.py): one per member of every enum whose
codes reach a person, in sentence case, what a screen shows and a document's table prints.

Each word is marked with ``QT_TRANSLATE_NOOP("wording", ...)`` so that Qt's ``lupdate``
puts it into the translation file: the screens translate it where they show it with
``translate("wording", text)``; the documents print it as it is, in English.
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

# --- labels: one per member, sentence case ------------------------------------------------

LABELS: Final[dict[type[StrEnum], Mapping[StrEnum, str]]] = {
    Sex: {
        Sex.FEMALE: QT_TRANSLATE_NOOP("wording", "Female"),
        Sex.MALE: QT_TRANSLATE_NOOP("wording", "Male"),
        Sex.INTERSEX: QT_TRANSLATE_NOOP("wording", "Intersex"),
        Sex.UNDISCLOSED: QT_TRANSLATE_NOOP("wording", "Not disclosed"),
    },
    PainRegion: {
        PainRegion.LOWER_BACK: QT_TRANSLATE_NOOP("wording", "Lower back"),
        PainRegion.UPPER_BACK: QT_TRANSLATE_NOOP("wording", "Upper back"),
        PainRegion.NECK: QT_TRANSLATE_NOOP("wording", "Neck"),
        PainRegion.SCIATICA: QT_TRANSLATE_NOOP("wording", "Sciatica (pain down the leg)"),
    },
    BodySide: {
        BodySide.LEFT: QT_TRANSLATE_NOOP("wording", "Left"),
        BodySide.RIGHT: QT_TRANSLATE_NOOP("wording", "Right"),
        BodySide.BOTH: QT_TRANSLATE_NOOP("wording", "Both"),
    },
    Cause: {
        Cause.MUSCLE_STRAIN: QT_TRANSLATE_NOOP("wording", "Muscle strain"),
        Cause.LIGAMENT_SPRAIN: QT_TRANSLATE_NOOP("wording", "Ligament sprain"),
        Cause.HERNIATED_DISC: QT_TRANSLATE_NOOP("wording", "Herniated (slipped) disc"),
        Cause.DEGENERATIVE_DISC_DISEASE: QT_TRANSLATE_NOOP("wording", "Degenerative disc disease"),
        Cause.SPINAL_STENOSIS: QT_TRANSLATE_NOOP("wording", "Spinal stenosis"),
        Cause.SPONDYLOLISTHESIS: QT_TRANSLATE_NOOP("wording", "Spondylolisthesis"),
        Cause.SPONDYLOSIS: QT_TRANSLATE_NOOP("wording", "Spondylosis"),
        Cause.FACET_SYNDROME: QT_TRANSLATE_NOOP("wording", "Facet joint syndrome"),
        Cause.OSTEOARTHRITIS: QT_TRANSLATE_NOOP("wording", "Osteoarthritis"),
        Cause.POOR_POSTURE: QT_TRANSLATE_NOOP("wording", "Poor posture"),
        Cause.PROLONGED_SITTING: QT_TRANSLATE_NOOP("wording", "Prolonged sitting"),
        Cause.OTHER: QT_TRANSLATE_NOOP("wording", "Other"),
    },
    DurationClass: {
        DurationClass.ACUTE: QT_TRANSLATE_NOOP("wording", "Acute (< 6 weeks)"),
        DurationClass.SUBACUTE: QT_TRANSLATE_NOOP("wording", "Subacute (6–12 weeks)"),
        DurationClass.CHRONIC: QT_TRANSLATE_NOOP("wording", "Chronic (≥ 12 weeks)"),
    },
    PriorTreatment: {
        PriorTreatment.PHYSIOTHERAPY: QT_TRANSLATE_NOOP("wording", "Physiotherapy"),
        PriorTreatment.MASSAGE: QT_TRANSLATE_NOOP("wording", "Massage"),
        PriorTreatment.CHIROPRACTIC: QT_TRANSLATE_NOOP("wording", "Chiropractic"),
        PriorTreatment.STRETCHING_EXERCISE: QT_TRANSLATE_NOOP("wording", "Stretching / exercise"),
        PriorTreatment.ICE_HEAT: QT_TRANSLATE_NOOP("wording", "Ice or heat"),
        PriorTreatment.PAIN_MEDICATION: QT_TRANSLATE_NOOP("wording", "Pain medication"),
        PriorTreatment.SPINAL_MANIPULATION: QT_TRANSLATE_NOOP("wording", "Spinal manipulation"),
        PriorTreatment.INJECTIONS: QT_TRANSLATE_NOOP("wording", "Injections"),
        PriorTreatment.SURGERY: QT_TRANSLATE_NOOP("wording", "Surgery"),
        PriorTreatment.ACUPUNCTURE: QT_TRANSLATE_NOOP("wording", "Acupuncture before"),
    },
    Technique: {
        Technique.LOCAL_NEEDLING: QT_TRANSLATE_NOOP("wording", "Local needling"),
        Technique.DISTAL_NEEDLING: QT_TRANSLATE_NOOP("wording", "Distal needling"),
        Technique.ELECTROACUPUNCTURE: QT_TRANSLATE_NOOP("wording", "Electroacupuncture"),
        Technique.CUPPING: QT_TRANSLATE_NOOP("wording", "Cupping"),
        Technique.MOXIBUSTION: QT_TRANSLATE_NOOP("wording", "Moxibustion"),
    },
    ConsentScope: {
        ConsentScope.NEEDLING: QT_TRANSLATE_NOOP("wording", "Needling"),
        ConsentScope.ELECTROACUPUNCTURE: QT_TRANSLATE_NOOP("wording", "Electroacupuncture"),
        ConsentScope.CUPPING: QT_TRANSLATE_NOOP("wording", "Cupping"),
        ConsentScope.MOXIBUSTION: QT_TRANSLATE_NOOP("wording", "Moxibustion"),
    },
    PointSide: {
        PointSide.LEFT: QT_TRANSLATE_NOOP("wording", "Left"),
        PointSide.RIGHT: QT_TRANSLATE_NOOP("wording", "Right"),
        PointSide.BILATERAL: QT_TRANSLATE_NOOP("wording", "Both"),
        PointSide.MIDLINE: QT_TRANSLATE_NOOP("wording", "Midline"),
    },
    Stimulation: {
        Stimulation.TONIFY: QT_TRANSLATE_NOOP("wording", "Tonify"),
        Stimulation.SEDATE: QT_TRANSLATE_NOOP("wording", "Sedate"),
        Stimulation.EVEN: QT_TRANSLATE_NOOP("wording", "Even"),
    },
    EAFrequencyMode: {
        EAFrequencyMode.LOW: QT_TRANSLATE_NOOP("wording", "Low (about 2 Hz)"),
        EAFrequencyMode.HIGH: QT_TRANSLATE_NOOP("wording", "High (80–100 Hz)"),
        EAFrequencyMode.DENSE_DISPERSE: QT_TRANSLATE_NOOP("wording", "Dense-disperse (2/100 Hz)"),
    },
    CuppingType: {
        CuppingType.DRY: QT_TRANSLATE_NOOP("wording", "Dry (stationary)"),
        CuppingType.FIRE: QT_TRANSLATE_NOOP("wording", "Fire"),
        CuppingType.SLIDING: QT_TRANSLATE_NOOP("wording", "Sliding"),
        CuppingType.FLASH: QT_TRANSLATE_NOOP("wording", "Flash"),
        CuppingType.WET: QT_TRANSLATE_NOOP("wording", "Wet"),
    },
    MoxaType: {
        MoxaType.STICK: QT_TRANSLATE_NOOP("wording", "Stick (indirect)"),
        MoxaType.WARMING_NEEDLE: QT_TRANSLATE_NOOP("wording", "Warming needle"),
        MoxaType.ON_GINGER: QT_TRANSLATE_NOOP("wording", "On ginger"),
        MoxaType.DIRECT_NON_SCARRING: QT_TRANSLATE_NOOP("wording", "Direct, non-scarring"),
    },
    CourseStatus: {
        CourseStatus.PLANNED: QT_TRANSLATE_NOOP("wording", "Planned"),
        CourseStatus.ACTIVE: QT_TRANSLATE_NOOP("wording", "Active"),
        CourseStatus.COMPLETED: QT_TRANSLATE_NOOP("wording", "Completed"),
        CourseStatus.EXTENDED: QT_TRANSLATE_NOOP("wording", "Extended"),
        CourseStatus.DISCHARGED: QT_TRANSLATE_NOOP("wording", "Discharged"),
        CourseStatus.REFERRED: QT_TRANSLATE_NOOP("wording", "Referred"),
    },
    ReviewDecision: {
        ReviewDecision.CONTINUE: QT_TRANSLATE_NOOP("wording", "Continue the course"),
        ReviewDecision.ADJUST: QT_TRANSLATE_NOOP("wording", "Adjust the plan"),
        ReviewDecision.EXTEND: QT_TRANSLATE_NOOP("wording", "Extend the course"),
        ReviewDecision.DISCHARGE: QT_TRANSLATE_NOOP("wording", "Discharge"),
        ReviewDecision.REFER: QT_TRANSLATE_NOOP("wording", "Refer"),
    },
    DischargeReason: {
        DischargeReason.GOALS_MET: QT_TRANSLATE_NOOP("wording", "Goals met"),
        DischargeReason.PLATEAU: QT_TRANSLATE_NOOP("wording", "No further improvement (plateau)"),
        DischargeReason.PATIENT_CHOICE: QT_TRANSLATE_NOOP("wording", "Patient's choice"),
    },
    SessionStatus: {
        SessionStatus.SCHEDULED: QT_TRANSLATE_NOOP("wording", "Scheduled"),
        SessionStatus.DRAFT: QT_TRANSLATE_NOOP("wording", "Draft"),
        SessionStatus.SIGNED: QT_TRANSLATE_NOOP("wording", "Signed"),
        SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("wording", "Cancelled"),
    },
    AppointmentKind: {
        AppointmentKind.FIRST_VISIT: QT_TRANSLATE_NOOP("wording", "First visit"),
        AppointmentKind.FOLLOW_UP: QT_TRANSLATE_NOOP("wording", "Follow-up"),
    },
    AppointmentState: {
        AppointmentState.BOOKED: QT_TRANSLATE_NOOP("wording", "Booked"),
        AppointmentState.CHECKED_IN: QT_TRANSLATE_NOOP("wording", "Checked in"),
        AppointmentState.IN_TREATMENT: QT_TRANSLATE_NOOP("wording", "In treatment"),
        AppointmentState.DONE: QT_TRANSLATE_NOOP("wording", "Done"),
        AppointmentState.NO_SHOW: QT_TRANSLATE_NOOP("wording", "Did not attend"),
        AppointmentState.CANCELLED: QT_TRANSLATE_NOOP("wording", "Cancelled"),
    },
    CancelledBy: {
        CancelledBy.PATIENT: QT_TRANSLATE_NOOP("wording", "The patient"),
        CancelledBy.CLINIC: QT_TRANSLATE_NOOP("wording", "The clinic"),
    },
    PartOfDay: {
        PartOfDay.ANY: QT_TRANSLATE_NOOP("wording", "Any time"),
        PartOfDay.MORNING: QT_TRANSLATE_NOOP("wording", "Morning"),
        PartOfDay.AFTERNOON: QT_TRANSLATE_NOOP("wording", "Afternoon"),
        PartOfDay.EVENING: QT_TRANSLATE_NOOP("wording", "Evening"),
    },
    AdverseEventKind: {
        _AE.SORENESS: QT_TRANSLATE_NOOP("wording", "Soreness at a needle site"),
        _AE.BLEEDING: QT_TRANSLATE_NOOP("wording", "Bleeding"),
        _AE.BRUISING: QT_TRANSLATE_NOOP("wording", "Bruising"),
        _AE.FATIGUE: QT_TRANSLATE_NOOP("wording", "Tiredness"),
        _AE.DIZZINESS: QT_TRANSLATE_NOOP("wording", "Dizziness"),
        _AE.FAINTING: QT_TRANSLATE_NOOP("wording", "Fainting"),
        _AE.MUSCLE_TWITCHING: QT_TRANSLATE_NOOP("wording", "Muscle twitching"),
        _AE.NAUSEA: QT_TRANSLATE_NOOP("wording", "Nausea"),
        _AE.AGGRAVATION: QT_TRANSLATE_NOOP("wording", "Pain worse for a while"),
        _AE.CUPPING_MARKS: QT_TRANSLATE_NOOP("wording", "Cupping marks"),
        _AE.CUPPING_BLISTER: QT_TRANSLATE_NOOP("wording", "Cupping blister"),
        _AE.MOXA_BURN: QT_TRANSLATE_NOOP("wording", "Moxa burn"),
        _AE.STUCK_NEEDLE: QT_TRANSLATE_NOOP("wording", "Stuck needle"),
        _AE.BENT_NEEDLE: QT_TRANSLATE_NOOP("wording", "Bent needle"),
        _AE.FORGOTTEN_NEEDLE: QT_TRANSLATE_NOOP("wording", "Forgotten needle"),
        _AE.NEEDLE_UNACCOUNTED: QT_TRANSLATE_NOOP("wording", "Needle not accounted for"),
        _AE.BROKEN_NEEDLE: QT_TRANSLATE_NOOP("wording", "Broken needle"),
        _AE.SUSPECTED_PNEUMOTHORAX: QT_TRANSLATE_NOOP("wording", "Suspected pneumothorax"),
        _AE.INFECTION: QT_TRANSLATE_NOOP("wording", "Infection at a needle site"),
        _AE.NERVE_INJURY: QT_TRANSLATE_NOOP("wording", "Nerve injury"),
        _AE.OTHER: QT_TRANSLATE_NOOP("wording", "Other"),
    },
    AdverseSeverity: {
        AdverseSeverity.MILD: QT_TRANSLATE_NOOP("wording", "Mild"),
        AdverseSeverity.MODERATE: QT_TRANSLATE_NOOP("wording", "Moderate"),
        AdverseSeverity.SEVERE: QT_TRANSLATE_NOOP("wording", "Severe"),
    },
    AdverseClass: {
        AdverseClass.MINOR: QT_TRANSLATE_NOOP("wording", "Minor"),
        AdverseClass.SIGNIFICANT: QT_TRANSLATE_NOOP("wording", "Significant"),
        AdverseClass.SERIOUS: QT_TRANSLATE_NOOP("wording", "Serious"),
    },
    Role: {
        Role.PRACTITIONER: QT_TRANSLATE_NOOP("wording", "Practitioner"),
        Role.RECEPTION: QT_TRANSLATE_NOOP("wording", "Reception"),
        Role.ADMIN: QT_TRANSLATE_NOOP("wording", "Admin"),
    },
    PaymentMethod: {
        PaymentMethod.CASH: QT_TRANSLATE_NOOP("wording", "Cash"),
        PaymentMethod.CARD: QT_TRANSLATE_NOOP("wording", "Card"),
        PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("wording", "Bank transfer"),
        PaymentMethod.INSURANCE: QT_TRANSLATE_NOOP("wording", "Insurer direct billing"),
        PaymentMethod.OTHER: QT_TRANSLATE_NOOP("wording", "Other"),
    },
    RedFlag: {
        _RF.SADDLE_ANAESTHESIA: QT_TRANSLATE_NOOP(
            "wording", "Numbness between the legs (saddle area)"
        ),
        _RF.BLADDER_OR_BOWEL_DYSFUNCTION: QT_TRANSLATE_NOOP(
            "wording", "New bladder or bowel problems"
        ),
        _RF.BILATERAL_SCIATICA: QT_TRANSLATE_NOOP("wording", "Pain or weakness down both legs"),
        _RF.PROGRESSIVE_NEUROLOGICAL_DEFICIT: QT_TRANSLATE_NOOP(
            "wording", "Weakness or numbness getting worse"
        ),
        _RF.CANCER_HISTORY: QT_TRANSLATE_NOOP("wording", "Cancer (new, or newly reported)"),
        _RF.UNEXPLAINED_WEIGHT_LOSS: QT_TRANSLATE_NOOP("wording", "Weight loss without a reason"),
        _RF.FEVER: QT_TRANSLATE_NOOP("wording", "Fever or feeling unwell with the pain"),
        _RF.IV_DRUG_USE: QT_TRANSLATE_NOOP("wording", "Injecting drugs"),
        _RF.SIGNIFICANT_TRAUMA: QT_TRANSLATE_NOOP("wording", "A fall or accident"),
        _RF.LONG_TERM_CORTICOSTEROIDS: QT_TRANSLATE_NOOP("wording", "Long-term steroid tablets"),
        _RF.OSTEOPOROSIS: QT_TRANSLATE_NOOP("wording", "Osteoporosis"),
        _RF.CONSTANT_NIGHT_PAIN: QT_TRANSLATE_NOOP(
            "wording", "Constant pain at night, not eased by rest"
        ),
        _RF.RECENT_SPINAL_SURGERY: QT_TRANSLATE_NOOP("wording", "Recent spinal surgery"),
        _RF.NEW_SEXUAL_DYSFUNCTION: QT_TRANSLATE_NOOP(
            "wording", "New numbness of the genitals or sexual problems"
        ),
        _RF.SEVERE_MOTOR_LOSS: QT_TRANSLATE_NOOP("wording", "A leg giving way, or both legs weak"),
        _RF.THORACIC_PAIN: QT_TRANSLATE_NOOP(
            "wording", "Pain in the middle of the back (thoracic)"
        ),
        _RF.RECENT_INFECTION: QT_TRANSLATE_NOOP(
            "wording", "A recent infection (urine, chest, skin)"
        ),
        _RF.AORTIC_ANEURYSM_SIGNS: QT_TRANSLATE_NOOP(
            "wording", "Sudden severe pain with a pulsing belly"
        ),
        _RF.INFLAMMATORY_BACK_PAIN: QT_TRANSLATE_NOOP(
            "wording", "Morning stiffness easing with exercise (refer routinely)"
        ),
        _RF.ARTERIAL_DISSECTION_SIGNS: QT_TRANSLATE_NOOP(
            "wording", "Sudden headache, dizziness or speech trouble"
        ),
        _RF.MYELOPATHY: QT_TRANSLATE_NOOP("wording", "Clumsy hands or unsteady walking"),
        _RF.IMMUNOSUPPRESSION: QT_TRANSLATE_NOOP("wording", "Weakened immune system (new)"),
        _RF.YOUNG_AGE: QT_TRANSLATE_NOOP("wording", "Back pain under the age of 20"),
    },
    Condition: {
        _C.IMPLANTED_DEVICE: QT_TRANSLATE_NOOP("wording", "Pacemaker or implanted device"),
        _C.EPILEPSY: QT_TRANSLATE_NOOP("wording", "Epilepsy or a seizure"),
        _C.BLEEDING_DISORDER: QT_TRANSLATE_NOOP("wording", "Bleeding disorder or low platelets"),
        _C.BRUISES_EASILY: QT_TRANSLATE_NOOP("wording", "Bruises easily"),
        _C.ANTICOAGULANT_THERAPY: QT_TRANSLATE_NOOP("wording", "Blood thinners"),
        _C.IMMUNOCOMPROMISED: QT_TRANSLATE_NOOP("wording", "Weakened immune system"),
        _C.DIABETES: QT_TRANSLATE_NOOP("wording", "Diabetes"),
        _C.REDUCED_SENSATION: QT_TRANSLATE_NOOP("wording", "Reduced sensation"),
        _C.SKIN_LESION_AT_SITE: QT_TRANSLATE_NOOP("wording", "Wound or rash where treated"),
        _C.NEEDLE_PHOBIA: QT_TRANSLATE_NOOP("wording", "Fear of needles"),
        _C.VASOVAGAL_HISTORY: QT_TRANSLATE_NOOP("wording", "Fainted at a needle before"),
        _C.METAL_ALLERGY: QT_TRANSLATE_NOOP("wording", "Metal allergy"),
        _C.HEART_DISEASE: QT_TRANSLATE_NOOP("wording", "Heart disease"),
        _C.LYMPHOEDEMA: QT_TRANSLATE_NOOP("wording", "Lymphoedema"),
        _C.METAL_HARDWARE: QT_TRANSLATE_NOOP("wording", "Metal implant"),
    },
    OutcomeMeasure: {
        OutcomeMeasure.NRS_NOW: QT_TRANSLATE_NOOP("wording", "Pain now (NRS 0–10)"),
        OutcomeMeasure.NRS_WORST: QT_TRANSLATE_NOOP("wording", "Worst pain (NRS 0–10)"),
        OutcomeMeasure.NRS_AVERAGE: QT_TRANSLATE_NOOP("wording", "Average pain (NRS 0–10)"),
        OutcomeMeasure.PEG: QT_TRANSLATE_NOOP("wording", "PEG-3 (0–10)"),
        OutcomeMeasure.ODI: QT_TRANSLATE_NOOP("wording", "Oswestry Disability Index (0–100)"),
        OutcomeMeasure.RMDQ: QT_TRANSLATE_NOOP("wording", "Roland-Morris (0–24)"),
        OutcomeMeasure.PROMIS_PI: QT_TRANSLATE_NOOP(
            "wording", "PROMIS Pain Interference (T-score)"
        ),
        OutcomeMeasure.STARTBACK: QT_TRANSLATE_NOOP("wording", "STarT Back (0–9)"),
    },
    AcupunctureStyle: {
        AcupunctureStyle.TCM: QT_TRANSLATE_NOOP("wording", "Traditional Chinese (TCM)"),
        AcupunctureStyle.JAPANESE: QT_TRANSLATE_NOOP("wording", "Japanese"),
        AcupunctureStyle.KOREAN: QT_TRANSLATE_NOOP("wording", "Korean"),
        AcupunctureStyle.WESTERN_MEDICAL: QT_TRANSLATE_NOOP("wording", "Western medical"),
        AcupunctureStyle.FIVE_ELEMENT: QT_TRANSLATE_NOOP("wording", "Five Element"),
        AcupunctureStyle.AURICULAR: QT_TRANSLATE_NOOP("wording", "Auricular"),
        AcupunctureStyle.OTHER: QT_TRANSLATE_NOOP("wording", "Other"),
    },
    NeedleResponse: {
        NeedleResponse.DE_QI: QT_TRANSLATE_NOOP("wording", "De qi"),
        NeedleResponse.TWITCH: QT_TRANSLATE_NOOP("wording", "Muscle twitch"),
        NeedleResponse.RELAXATION: QT_TRANSLATE_NOOP("wording", "Relaxation"),
    },
    Severity: {
        Severity.REFER: QT_TRANSLATE_NOOP("wording", "Refer"),
        Severity.BLOCK: QT_TRANSLATE_NOOP("wording", "Not used"),
        Severity.WARN: QT_TRANSLATE_NOOP("wording", "Caution"),
    },
    Urgency: {
        Urgency.EMERGENCY: QT_TRANSLATE_NOOP("wording", "Emergency — same day"),
        Urgency.URGENT: QT_TRANSLATE_NOOP("wording", "Urgent — within days"),
        Urgency.ROUTINE: QT_TRANSLATE_NOOP("wording", "Routine referral"),
    },
    # The plan editor's and the change list's words; documents say "lower back" (phrase).
    AshiRegion: {
        AshiRegion.THORAX: QT_TRANSLATE_NOOP("wording", "Upper back/thorax"),
        AshiRegion.LUMBOSACRAL: QT_TRANSLATE_NOOP("wording", "Lumbosacral"),
        AshiRegion.BUTTOCK: QT_TRANSLATE_NOOP("wording", "Buttock"),
        AshiRegion.LIMB: QT_TRANSLATE_NOOP("wording", "Limb"),
    },
    # The catalog's distal leg points (BL40 at the knee crease, GB34, KI3, SP6, LR3 …) lie
    # on the leg and foot, most of them nowhere near the sciatic nerve.
    PlanRegion: {
        PlanRegion.LOWER_BACK_LOCAL: QT_TRANSLATE_NOOP("wording", "Lower back (local)"),
        PlanRegion.UPPER_BACK_NECK_LOCAL: QT_TRANSLATE_NOOP(
            "wording", "Upper back and neck (local)"
        ),
        PlanRegion.SACRAL_BUTTOCK: QT_TRANSLATE_NOOP("wording", "Sacrum and buttock"),
        PlanRegion.SCIATICA_DISTAL: QT_TRANSLATE_NOOP("wording", "Leg and foot (distal)"),
        PlanRegion.DISTAL_HAND: QT_TRANSLATE_NOOP("wording", "Hand and forearm (distal)"),
        PlanRegion.EXTRA_POINTS: QT_TRANSLATE_NOOP("wording", "Extra points"),
    },
    TimerKind: {
        TimerKind.RETENTION: QT_TRANSLATE_NOOP("wording", "Needle retention"),
        TimerKind.ELECTRO: QT_TRANSLATE_NOOP("wording", "Electroacupuncture"),
        TimerKind.CUPPING: QT_TRANSLATE_NOOP("wording", "Cupping"),
        TimerKind.MOXIBUSTION: QT_TRANSLATE_NOOP("wording", "Moxibustion"),
    },
    SearchArea: {
        SearchArea.BODY: QT_TRANSLATE_NOOP("wording", "Body (skin, hair, under the patient)"),
        SearchArea.CLOTHES: QT_TRANSLATE_NOOP("wording", "Clothes and towels"),
        SearchArea.COUCH: QT_TRANSLATE_NOOP("wording", "Couch, pillow and cover"),
        SearchArea.FLOOR: QT_TRANSLATE_NOOP("wording", "Floor around the couch"),
    },
}
