"""Words shown for the codes of courses, plans and sessions (techniques, sides, EA modes,
cupping and moxa types, responses, adverse events, review decisions, plan regions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.catalog import PlanRegion
from planner.domain.sessions import NeedleResponse
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    CuppingType,
    DischargeReason,
    EAFrequencyMode,
    MoxaType,
    PointSide,
    RedFlag,
    ReviewDecision,
    Stimulation,
    Technique,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("course_labels", text)


def counted(n: int, one: str, many: str, **values: object) -> str:
    """``one`` when ``n`` is 1, else ``many``, with ``{n}`` (and ``values``) filled in.
    Both forms come translated by the caller (``self.tr``), so no label says "(s)"."""
    return (one if n == 1 else many).format(n=n, **values)


def technique_labels() -> dict[Technique, str]:
    return {
        Technique.LOCAL_NEEDLING: _tr("Local needling"),
        Technique.DISTAL_NEEDLING: _tr("Distal needling"),
        Technique.ELECTROACUPUNCTURE: _tr("Electroacupuncture"),
        Technique.CUPPING: _tr("Cupping"),
        Technique.MOXIBUSTION: _tr("Moxibustion"),
    }


def side_labels() -> dict[PointSide, str]:
    return {
        PointSide.LEFT: _tr("Left"),
        PointSide.RIGHT: _tr("Right"),
        PointSide.BILATERAL: _tr("Both"),
        PointSide.MIDLINE: _tr("Midline"),
    }


def stimulation_labels() -> dict[Stimulation | None, str]:
    return {
        None: _tr("—"),
        Stimulation.TONIFY: _tr("Tonify"),
        Stimulation.SEDATE: _tr("Sedate"),
        Stimulation.EVEN: _tr("Even"),
    }


def ea_mode_labels() -> dict[EAFrequencyMode, str]:
    return {
        EAFrequencyMode.LOW: _tr("Low (about 2 Hz)"),
        EAFrequencyMode.HIGH: _tr("High (80–100 Hz)"),
        EAFrequencyMode.DENSE_DISPERSE: _tr("Dense-disperse (2/100 Hz)"),
    }


def cupping_labels() -> dict[CuppingType, str]:
    return {
        CuppingType.DRY: _tr("Dry (stationary)"),
        CuppingType.FIRE: _tr("Fire"),
        CuppingType.SLIDING: _tr("Sliding"),
        CuppingType.FLASH: _tr("Flash"),
        CuppingType.WET: _tr("Wet"),
    }


def moxa_labels() -> dict[MoxaType, str]:
    return {
        MoxaType.STICK: _tr("Stick (indirect)"),
        MoxaType.WARMING_NEEDLE: _tr("Warming needle"),
        MoxaType.ON_GINGER: _tr("On ginger"),
        MoxaType.DIRECT_NON_SCARRING: _tr("Direct, non-scarring"),
    }


def region_labels() -> dict[PlanRegion, str]:
    return {
        PlanRegion.LOWER_BACK_LOCAL: _tr("Lower back — local"),
        PlanRegion.UPPER_BACK_NECK_LOCAL: _tr("Upper back and neck — local"),
        PlanRegion.SACRAL_BUTTOCK: _tr("Sacrum and buttock"),
        PlanRegion.SCIATICA_DISTAL: _tr("Sciatica — distal (leg and foot)"),
        PlanRegion.DISTAL_HAND: _tr("Distal — hand"),
        PlanRegion.EXTRA_POINTS: _tr("Extra points"),
    }


def response_labels() -> dict[NeedleResponse, str]:
    return {
        NeedleResponse.DE_QI: _tr("De qi"),
        NeedleResponse.TWITCH: _tr("Muscle twitch"),
        NeedleResponse.RELAXATION: _tr("Relaxation"),
    }


def severity_labels() -> dict[AdverseSeverity, str]:
    return {
        AdverseSeverity.MILD: _tr("Mild"),
        AdverseSeverity.MODERATE: _tr("Moderate"),
        AdverseSeverity.SEVERE: _tr("Severe"),
    }


def adverse_labels() -> dict[AdverseEventKind, str]:
    k = AdverseEventKind
    return {
        k.SORENESS: _tr("Soreness at a needle site"),
        k.BLEEDING: _tr("Bleeding"),
        k.BRUISING: _tr("Bruising"),
        k.FATIGUE: _tr("Tiredness"),
        k.DIZZINESS: _tr("Dizziness"),
        k.FAINTING: _tr("Fainting"),
        k.MUSCLE_TWITCHING: _tr("Muscle twitching"),
        k.NAUSEA: _tr("Nausea"),
        k.AGGRAVATION: _tr("Pain worse for a while"),
        k.CUPPING_MARKS: _tr("Cupping marks"),
        k.CUPPING_BLISTER: _tr("Cupping blister"),
        k.MOXA_BURN: _tr("Moxa burn"),
        k.STUCK_NEEDLE: _tr("Stuck needle"),
        k.BENT_NEEDLE: _tr("Bent needle"),
        k.FORGOTTEN_NEEDLE: _tr("Forgotten needle"),
        k.NEEDLE_UNACCOUNTED: _tr("Needle not accounted for"),
        k.BROKEN_NEEDLE: _tr("Broken needle"),
        k.SUSPECTED_PNEUMOTHORAX: _tr("Suspected pneumothorax"),
        k.INFECTION: _tr("Infection at a needle site"),
        k.NERVE_INJURY: _tr("Nerve injury"),
        k.OTHER: _tr("Other…"),
    }


def decision_labels() -> dict[ReviewDecision, str]:
    return {
        ReviewDecision.CONTINUE: _tr("&Continue as planned"),
        ReviewDecision.ADJUST: _tr("&Adjust the plan"),
        ReviewDecision.EXTEND: _tr("E&xtend the course"),
        ReviewDecision.DISCHARGE: _tr("&Discharge"),
        ReviewDecision.REFER: _tr("&Refer"),
    }


def discharge_labels() -> dict[DischargeReason, str]:
    return {
        DischargeReason.GOALS_MET: _tr("Goals met"),
        DischargeReason.PLATEAU: _tr("Plateau"),
        DischargeReason.PATIENT_CHOICE: _tr("Patient's choice"),
    }


def frequency_labels() -> dict[float, str]:
    return {
        0.5: _tr("Every two weeks"),
        1.0: _tr("Once a week"),
        2.0: _tr("Twice a week"),
        3.0: _tr("Three times a week"),
    }


def review_point_labels() -> dict[str, str]:
    return {"mid": _tr("mid-course review"), "final": _tr("final review")}


def red_flag_labels() -> dict[RedFlag, str]:
    f = RedFlag
    return {
        f.SADDLE_ANAESTHESIA: _tr("Numbness between the legs (saddle area)"),
        f.BLADDER_OR_BOWEL_DYSFUNCTION: _tr("New bladder or bowel problems"),
        f.BILATERAL_SCIATICA: _tr("Pain or weakness down both legs"),
        f.PROGRESSIVE_NEUROLOGICAL_DEFICIT: _tr("Weakness or numbness getting worse"),
        f.CANCER_HISTORY: _tr("Cancer (new, or newly reported)"),
        f.UNEXPLAINED_WEIGHT_LOSS: _tr("Weight loss without a reason"),
        f.FEVER: _tr("Fever or feeling unwell with the pain"),
        f.IV_DRUG_USE: _tr("Injecting drugs"),
        f.SIGNIFICANT_TRAUMA: _tr("A fall or accident"),
        f.LONG_TERM_CORTICOSTEROIDS: _tr("Long-term steroid tablets"),
        f.OSTEOPOROSIS: _tr("Osteoporosis"),
        f.CONSTANT_NIGHT_PAIN: _tr("Constant pain at night, not eased by rest"),
        f.RECENT_SPINAL_SURGERY: _tr("Recent spinal surgery"),
        f.NEW_SEXUAL_DYSFUNCTION: _tr("New numbness of the genitals or sexual problems"),
        f.SEVERE_MOTOR_LOSS: _tr("A leg giving way, or both legs weak"),
        f.THORACIC_PAIN: _tr("Pain in the middle of the back (thoracic)"),
        f.RECENT_INFECTION: _tr("A recent infection (urine, chest, skin)"),
        f.AORTIC_ANEURYSM_SIGNS: _tr("Sudden severe pain with a pulsing belly"),
        f.INFLAMMATORY_BACK_PAIN: _tr("Morning stiffness easing with exercise (refer routinely)"),
        f.ARTERIAL_DISSECTION_SIGNS: _tr("Sudden headache, dizziness or speech trouble"),
        f.MYELOPATHY: _tr("Clumsy hands or unsteady walking"),
        f.IMMUNOSUPPRESSION: _tr("Weakened immune system (new)"),
        f.YOUNG_AGE: _tr("Back pain under the age of 20"),
    }


def condition_labels() -> dict[Condition, str]:
    c = Condition
    return {
        c.IMPLANTED_DEVICE: _tr("Pacemaker or implanted device"),
        c.EPILEPSY: _tr("Epilepsy or a seizure"),
        c.BLEEDING_DISORDER: _tr("Bleeding disorder or low platelets"),
        c.BRUISES_EASILY: _tr("Bruises easily"),
        c.ANTICOAGULANT_THERAPY: _tr("Blood thinners"),
        c.IMMUNOCOMPROMISED: _tr("Weakened immune system"),
        c.DIABETES: _tr("Diabetes"),
        c.REDUCED_SENSATION: _tr("Reduced sensation"),
        c.SKIN_LESION_AT_SITE: _tr("Wound or rash where treated"),
        c.NEEDLE_PHOBIA: _tr("Fear of needles"),
        c.VASOVAGAL_HISTORY: _tr("Fainted at a needle before"),
        c.METAL_ALLERGY: _tr("Metal allergy"),
        c.HEART_DISEASE: _tr("Heart disease"),
        c.LYMPHOEDEMA: _tr("Lymphoedema"),
        c.METAL_HARDWARE: _tr("Metal implant"),
    }
