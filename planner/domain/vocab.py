"""Controlled vocabularies shared by storage, services and screens.

Values are stable identifiers stored in the database: never rename one, add a new one.
A column holding one of these has a CHECK constraint listing the values (migration 0015),
so a new member needs a migration that replaces that constraint too. The words people
read for them live in the wording catalogue (planner/domain/wording.py), which a test
holds to every member.
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    UNDISCLOSED = "undisclosed"


class PainRegion(StrEnum):
    LOWER_BACK = "lower_back"
    UPPER_BACK = "upper_back"
    NECK = "neck"
    SCIATICA = "sciatica"


class BodySide(StrEnum):
    """Side of a symptom (e.g. which leg sciatica runs down)."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Cause(StrEnum):
    MUSCLE_STRAIN = "muscle_strain"
    LIGAMENT_SPRAIN = "ligament_sprain"
    HERNIATED_DISC = "herniated_disc"
    DEGENERATIVE_DISC_DISEASE = "degenerative_disc_disease"
    SPINAL_STENOSIS = "spinal_stenosis"
    SPONDYLOLISTHESIS = "spondylolisthesis"
    SPONDYLOSIS = "spondylosis"
    FACET_SYNDROME = "facet_syndrome"
    OSTEOARTHRITIS = "osteoarthritis"
    POOR_POSTURE = "poor_posture"
    PROLONGED_SITTING = "prolonged_sitting"
    OTHER = "other"


class DurationClass(StrEnum):
    """How long the episode has lasted (acute < 6 weeks, subacute 6–12, chronic ≥ 12)."""

    ACUTE = "acute"
    SUBACUTE = "subacute"
    CHRONIC = "chronic"


class PriorTreatment(StrEnum):
    PHYSIOTHERAPY = "physiotherapy"
    MASSAGE = "massage"
    CHIROPRACTIC = "chiropractic"
    STRETCHING_EXERCISE = "stretching_exercise"
    ICE_HEAT = "ice_heat"
    PAIN_MEDICATION = "pain_medication"
    SPINAL_MANIPULATION = "spinal_manipulation"
    INJECTIONS = "injections"
    SURGERY = "surgery"
    ACUPUNCTURE = "acupuncture"


class Technique(StrEnum):
    LOCAL_NEEDLING = "local_needling"
    DISTAL_NEEDLING = "distal_needling"
    ELECTROACUPUNCTURE = "electroacupuncture"
    CUPPING = "cupping"
    MOXIBUSTION = "moxibustion"


class ConsentScope(StrEnum):
    """What a patient consents to; needling covers local and distal needling."""

    NEEDLING = "needling"
    ELECTROACUPUNCTURE = "electroacupuncture"
    CUPPING = "cupping"
    MOXIBUSTION = "moxibustion"


class PointSide(StrEnum):
    LEFT = "L"
    RIGHT = "R"
    BILATERAL = "B"
    MIDLINE = "M"


class Stimulation(StrEnum):
    TONIFY = "tonify"
    SEDATE = "sedate"
    EVEN = "even"


class EAFrequencyMode(StrEnum):
    LOW = "low"  # about 2 Hz
    HIGH = "high"  # 80–100 Hz
    DENSE_DISPERSE = "dense_disperse"  # alternating 2/100 Hz


class CuppingType(StrEnum):
    DRY = "dry"
    FIRE = "fire"
    SLIDING = "sliding"
    FLASH = "flash"
    WET = "wet"


class MoxaType(StrEnum):
    STICK = "stick"
    WARMING_NEEDLE = "warming_needle"
    ON_GINGER = "on_ginger"
    DIRECT_NON_SCARRING = "direct_non_scarring"


class CourseStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    EXTENDED = "extended"
    DISCHARGED = "discharged"
    REFERRED = "referred"


class ReviewDecision(StrEnum):
    CONTINUE = "continue"
    ADJUST = "adjust"
    EXTEND = "extend"
    DISCHARGE = "discharge"
    REFER = "refer"


class DischargeReason(StrEnum):
    GOALS_MET = "goals_met"
    PLATEAU = "plateau"
    PATIENT_CHOICE = "patient_choice"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    DRAFT = "draft"
    SIGNED = "signed"
    CANCELLED = "cancelled"


class AdverseEventKind(StrEnum):
    """Reference §9 taxonomy, as a practitioner records it."""

    SORENESS = "soreness"
    BLEEDING = "bleeding"
    BRUISING = "bruising"
    FATIGUE = "fatigue"
    DIZZINESS = "dizziness"
    FAINTING = "fainting"
    MUSCLE_TWITCHING = "muscle_twitching"
    NAUSEA = "nausea"
    AGGRAVATION = "aggravation"
    CUPPING_MARKS = "cupping_marks"
    CUPPING_BLISTER = "cupping_blister"
    MOXA_BURN = "moxa_burn"
    STUCK_NEEDLE = "stuck_needle"
    BENT_NEEDLE = "bent_needle"
    FORGOTTEN_NEEDLE = "forgotten_needle"
    NEEDLE_UNACCOUNTED = "needle_unaccounted"
    BROKEN_NEEDLE = "broken_needle"
    SUSPECTED_PNEUMOTHORAX = "suspected_pneumothorax"
    INFECTION = "infection"
    NERVE_INJURY = "nerve_injury"
    OTHER = "other"


class AdverseSeverity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Role(StrEnum):
    PRACTITIONER = "practitioner"
    RECEPTION = "reception"
    ADMIN = "admin"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    INSURANCE = "insurance"  # the insurer pays the clinic directly (direct billing)
    OTHER = "other"


class AppointmentKind(StrEnum):
    """A first visit (intake and first treatment) is booked longer than a follow-up."""

    FIRST_VISIT = "first_visit"
    FOLLOW_UP = "follow_up"


class AppointmentState(StrEnum):
    """Where an appointment is in its day. Cancelled and no-show ones free their time."""

    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    IN_TREATMENT = "in_treatment"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class CancelledBy(StrEnum):
    """Who called the appointment off (the user who recorded it is kept apart)."""

    PATIENT = "patient"
    CLINIC = "clinic"


class RedFlag(StrEnum):
    """Reference §6: each answered yes means refer (routinely for the inflammatory pattern)."""

    SADDLE_ANAESTHESIA = "saddle_anaesthesia"
    BLADDER_OR_BOWEL_DYSFUNCTION = "bladder_or_bowel_dysfunction"
    BILATERAL_SCIATICA = "bilateral_sciatica"
    PROGRESSIVE_NEUROLOGICAL_DEFICIT = "progressive_neurological_deficit"
    CANCER_HISTORY = "cancer_history"
    UNEXPLAINED_WEIGHT_LOSS = "unexplained_weight_loss"
    FEVER = "fever"
    IV_DRUG_USE = "iv_drug_use"
    SIGNIFICANT_TRAUMA = "significant_trauma"
    LONG_TERM_CORTICOSTEROIDS = "long_term_corticosteroids"
    OSTEOPOROSIS = "osteoporosis"
    CONSTANT_NIGHT_PAIN = "constant_night_pain"
    RECENT_SPINAL_SURGERY = "recent_spinal_surgery"
    # Issue 17 (BASS 2018, NICE CKS, IFOMPT 2020, NICE NG234): see red_flags.RED_FLAGS.
    NEW_SEXUAL_DYSFUNCTION = "new_sexual_dysfunction"
    SEVERE_MOTOR_LOSS = "severe_motor_loss"
    THORACIC_PAIN = "thoracic_pain"
    RECENT_INFECTION = "recent_infection"
    AORTIC_ANEURYSM_SIGNS = "aortic_aneurysm_signs"
    INFLAMMATORY_BACK_PAIN = "inflammatory_back_pain"
    ARTERIAL_DISSECTION_SIGNS = "arterial_dissection_signs"
    MYELOPATHY = "myelopathy"
    # Not asked: follow from other answers (red_flags.DERIVED).
    IMMUNOSUPPRESSION = "immunosuppression"  # Condition.IMMUNOCOMPROMISED answered yes
    YOUNG_AGE = "young_age"  # back pain before the age of 20


class Condition(StrEnum):
    """Reference §3–§5: history items the safety engine reads."""

    IMPLANTED_DEVICE = "implanted_device"
    EPILEPSY = "epilepsy"
    # Reference §5: a severe bleeding disorder or low platelets (block) is told apart
    # from bruising easily (warn). The stored value keeps its old name.
    BLEEDING_DISORDER = "bleeding_disorder"
    BRUISES_EASILY = "bruises_easily"
    ANTICOAGULANT_THERAPY = "anticoagulant_therapy"
    IMMUNOCOMPROMISED = "immunocompromised"
    DIABETES = "diabetes"
    REDUCED_SENSATION = "reduced_sensation"
    SKIN_LESION_AT_SITE = "skin_lesion_at_site"
    NEEDLE_PHOBIA = "needle_phobia"
    VASOVAGAL_HISTORY = "vasovagal_history"
    METAL_ALLERGY = "metal_allergy"
    HEART_DISEASE = "heart_disease"
    LYMPHOEDEMA = "lymphoedema"
    # Reference §3: metal in the body (joint replacement, spinal fixation, plates, clips):
    # electroacupuncture current is kept away from it.
    METAL_HARDWARE = "metal_hardware"


class OutcomeMeasure(StrEnum):
    NRS_NOW = "nrs_now"
    NRS_WORST = "nrs_worst"
    NRS_AVERAGE = "nrs_average"
    PEG = "peg"
    # Licensed instruments: only a total score is recorded, never their items.
    ODI = "odi"
    RMDQ = "rmdq"
    PROMIS_PI = "promis_pi"
    STARTBACK = "startback"


class AcupunctureStyle(StrEnum):
    TCM = "tcm"
    JAPANESE = "japanese"
    KOREAN = "korean"
    WESTERN_MEDICAL = "western_medical"
    FIVE_ELEMENT = "five_element"
    AURICULAR = "auricular"
    OTHER = "other"
