"""The medical-history questions of the intake, one for each condition, as the patient is
asked them (the screen shows them with ``translate("intake_rules", question)``).

Read through :mod:`planner.domain.intake`.
"""

from __future__ import annotations

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.vocab import Condition

CONDITION_QUESTIONS: dict[Condition, str] = {
    Condition.IMPLANTED_DEVICE: QT_TRANSLATE_NOOP(
        "intake_rules",
        "Do you have a pacemaker, defibrillator or any implanted electrical device?",
    ),
    Condition.EPILEPSY: QT_TRANSLATE_NOOP(
        "intake_rules", "Do you have epilepsy or have you ever had a seizure?"
    ),
    Condition.BLEEDING_DISORDER: QT_TRANSLATE_NOOP(
        "intake_rules",
        "Do you have a bleeding disorder (such as haemophilia) or a low platelet count?",
    ),
    Condition.BRUISES_EASILY: QT_TRANSLATE_NOOP(
        "intake_rules", "Do you bruise easily, or bleed for long after a small cut?"
    ),
    Condition.ANTICOAGULANT_THERAPY: QT_TRANSLATE_NOOP(
        "intake_rules",
        "Do you take blood thinners (for example warfarin, apixaban or clopidogrel)?",
    ),
    Condition.IMMUNOCOMPROMISED: QT_TRANSLATE_NOOP(
        "intake_rules",
        "Is your immune system weakened (chemotherapy, transplant, HIV, strong steroids)?",
    ),
    Condition.DIABETES: QT_TRANSLATE_NOOP("intake_rules", "Do you have diabetes?"),
    Condition.REDUCED_SENSATION: QT_TRANSLATE_NOOP(
        "intake_rules", "Is there any area where you cannot feel touch, heat or cold properly?"
    ),
    Condition.SKIN_LESION_AT_SITE: QT_TRANSLATE_NOOP(
        "intake_rules", "Is there a wound, rash, infection or fresh scar on your back?"
    ),
    Condition.NEEDLE_PHOBIA: QT_TRANSLATE_NOOP("intake_rules", "Are you very afraid of needles?"),
    Condition.VASOVAGAL_HISTORY: QT_TRANSLATE_NOOP(
        "intake_rules",
        "Have you ever fainted during an injection, a blood test or acupuncture?",
    ),
    Condition.METAL_ALLERGY: QT_TRANSLATE_NOOP(
        "intake_rules", "Are you allergic to metals such as nickel?"
    ),
    Condition.HEART_DISEASE: QT_TRANSLATE_NOOP(
        "intake_rules", "Do you have heart disease or an irregular heartbeat?"
    ),
    Condition.LYMPHOEDEMA: QT_TRANSLATE_NOOP(
        "intake_rules", "Do you have lymphoedema (swelling) in an arm or leg?"
    ),
    Condition.METAL_HARDWARE: QT_TRANSLATE_NOOP(
        "intake_rules",
        "Is there metal in your body (joint replacement, plates, screws, rods in the spine)?",
    ),
}
