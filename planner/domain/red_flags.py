"""Back-pain red flags (reference §6): the question asked, what a yes means, what to do.

Any yes means refer before treating; cauda equina signs, severe or progressive motor
loss, a possible aortic aneurysm or arterial dissection are an emergency, same day; the
inflammatory pattern (axial spondyloarthritis) is a routine rheumatology referral and
treatment may continue. Single red flags predict serious disease poorly (Verhagen 2016),
but a planner cannot weigh them, so every other one stops treatment until a doctor has
looked — or has cleared it (:class:`Clearance`, recorded once with the intake).

Sources: BASS 2018 cauda equina statement; NICE CKS (low back pain, sciatica); NICE
NG234 (metastatic spinal cord compression); NICE NG65 and ASAS (inflammatory back
pain); IFOMPT 2020 International Framework for examination of the cervical region
(arterial dissection, myelopathy); ACP/APS 2007 (age over 50 with new pain).

Two flags are not asked (:data:`DERIVED`): immunosuppression follows from the history
question about a weakened immune system, young age from the date of birth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.vocab import RedFlag


class Urgency(StrEnum):
    EMERGENCY = "emergency"  # same day, emergency department
    URGENT = "urgent"  # medical assessment within days, before any treatment
    ROUTINE = "routine"  # routine referral; treatment may continue meanwhile


@dataclass(frozen=True, slots=True)
class RedFlagInfo:
    category: str
    urgency: Urgency
    question: str
    message: str
    action: str
    short: str = ""  # a few words naming the question (in "not answered: ..." lists)
    source: str = "Reference §6; NICE CKS low back pain and sciatica"


@dataclass(frozen=True, slots=True)
class Clearance:
    """A doctor has seen the patient about a red flag and cleared treatment."""

    by: str  # who cleared it ("Dr A. Jones, GP")
    on: dt.date  # when
    note: str = ""  # e.g. "letter on file"

    def describe(self) -> str:
        note = f" ({self.note})" if self.note else ""
        return f"cleared by {self.by} on {self.on.isoformat()}{note}"


_EMERGENCY_ACTION = (
    "Do not treat. This is an emergency: send the patient to the emergency department today."
)
_URGENT_ACTION = (
    "Do not treat. Refer the patient for urgent medical assessment before any treatment."
)
_ROUTINE_ACTION = (
    "Refer routinely (to the GP for a rheumatology opinion); treatment may continue meanwhile."
)

_CAUDA_EQUINA = "BASS 2018 cauda equina statement; NICE CKS sciatica; reference §6"
_MALIGNANCY = "NICE CKS low back pain; NICE NG234; reference §6"
_INFECTION = "NICE CKS low back pain (infection); reference §6"
_FRACTURE = "NICE CKS low back pain (fracture); reference §6"
_NECK = "IFOMPT 2020 International Framework for examination of the cervical region"

RED_FLAGS: dict[RedFlag, RedFlagInfo] = {
    RedFlag.SADDLE_ANAESTHESIA: RedFlagInfo(
        "cauda equina",
        Urgency.EMERGENCY,
        "Any new numbness or tingling between the legs, around the back passage or genitals?",
        "Numbness in the saddle area can mean pressure on the nerves at the base of the spine "
        "(cauda equina syndrome).",
        _EMERGENCY_ACTION,
        "saddle numbness",
        _CAUDA_EQUINA,
    ),
    RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION: RedFlagInfo(
        "cauda equina",
        Urgency.EMERGENCY,
        "Any new trouble passing urine, loss of control of the bladder or bowel, or not "
        "feeling when you pass urine or stool?",
        "New bladder or bowel problems can mean cauda equina syndrome.",
        _EMERGENCY_ACTION,
        "bladder or bowel problems",
        _CAUDA_EQUINA,
    ),
    RedFlag.NEW_SEXUAL_DYSFUNCTION: RedFlagInfo(
        "cauda equina",
        Urgency.EMERGENCY,
        "Since the back pain began, any new loss of feeling in the genitals, or new trouble "
        "with erection, ejaculation or orgasm?",
        "New sexual problems with back pain can mean cauda equina syndrome.",
        _EMERGENCY_ACTION,
        "new sexual problems",
        _CAUDA_EQUINA,
    ),
    RedFlag.BILATERAL_SCIATICA: RedFlagInfo(
        "cauda equina",
        Urgency.EMERGENCY,
        "Does pain, numbness or weakness go down both legs?",
        "Sciatica in both legs can mean cauda equina syndrome.",
        _EMERGENCY_ACTION,
        "symptoms down both legs",
        _CAUDA_EQUINA,
    ),
    RedFlag.SEVERE_MOTOR_LOSS: RedFlagInfo(
        "neurological deficit",
        Urgency.EMERGENCY,
        "Is a leg so weak that it gives way, or you cannot stand on your heels or toes, or "
        "are both legs weak?",
        "Severe or two-sided leg weakness means nerves are badly compressed (possibly cauda "
        "equina syndrome).",
        _EMERGENCY_ACTION,
        "severe or two-sided leg weakness",
        _CAUDA_EQUINA,
    ),
    RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT: RedFlagInfo(
        "neurological deficit",
        Urgency.EMERGENCY,  # progressive motor loss: same day (issue 17, BASS 2018)
        "Is weakness or numbness in a leg or foot getting worse (for example, catching your "
        "toes or a dropping foot)?",
        "Weakness or numbness that is getting worse means a nerve is under increasing pressure.",
        _EMERGENCY_ACTION,
        "weakness or numbness getting worse",
        _CAUDA_EQUINA,
    ),
    RedFlag.CANCER_HISTORY: RedFlagInfo(
        "possible cancer",
        Urgency.URGENT,
        "Have you ever had cancer?",
        "Back pain after cancer may mean spread to the spine.",
        _URGENT_ACTION,
        "cancer history",
        _MALIGNANCY,
    ),
    RedFlag.UNEXPLAINED_WEIGHT_LOSS: RedFlagInfo(
        "possible cancer",
        Urgency.URGENT,
        "Have you lost weight recently without trying?",
        "Unexplained weight loss with back pain can be a sign of cancer or infection.",
        _URGENT_ACTION,
        "weight loss",
        _MALIGNANCY,
    ),
    RedFlag.THORACIC_PAIN: RedFlagInfo(
        "possible cancer",
        Urgency.URGENT,
        "Is there pain in the middle of the back, between or below the shoulder blades?",
        "Pain in the thoracic spine is more often due to a serious cause (cancer, fracture, "
        "infection) than low back pain.",
        _URGENT_ACTION,
        "thoracic pain",
        _MALIGNANCY,
    ),
    RedFlag.FEVER: RedFlagInfo(
        "possible infection",
        Urgency.URGENT,
        "Have you had a fever, chills or night sweats with this pain?",
        "Fever with back pain can mean an infection of the spine.",
        _URGENT_ACTION,
        "fever",
        _INFECTION,
    ),
    RedFlag.RECENT_INFECTION: RedFlagInfo(
        "possible infection",
        Urgency.URGENT,
        "Have you had a bacterial infection in the last few weeks, such as a urine, chest or "
        "skin infection?",
        "A recent bacterial infection (a urinary infection especially) can spread to the spine.",
        _URGENT_ACTION,
        "recent infection",
        _INFECTION,
    ),
    RedFlag.IV_DRUG_USE: RedFlagInfo(
        "possible infection",
        Urgency.URGENT,
        "Have you ever injected drugs?",
        "Injecting drugs raises the risk of a spinal infection.",
        _URGENT_ACTION,
        "injecting drugs",
        _INFECTION,
    ),
    RedFlag.IMMUNOSUPPRESSION: RedFlagInfo(
        "possible infection",
        Urgency.URGENT,
        "Is your immune system weakened (chemotherapy, transplant, HIV, strong steroids)?",
        "A weakened immune system raises the risk of a spinal infection.",
        _URGENT_ACTION,
        "weakened immune system",
        _INFECTION,
    ),
    RedFlag.SIGNIFICANT_TRAUMA: RedFlagInfo(
        "possible fracture",
        Urgency.URGENT,
        "Did the pain start with a fall, accident or other hard knock?",
        "Back pain after a significant injury can mean a broken vertebra.",
        _URGENT_ACTION,
        "fall or accident",
        _FRACTURE,
    ),
    RedFlag.LONG_TERM_CORTICOSTEROIDS: RedFlagInfo(
        "possible fracture",
        Urgency.URGENT,
        "Have you taken steroid tablets (such as prednisolone) for more than three months?",
        "Long-term steroids weaken bones and immunity: a minor strain can fracture a vertebra.",
        _URGENT_ACTION,
        "long-term steroids",
        _FRACTURE,
    ),
    RedFlag.OSTEOPOROSIS: RedFlagInfo(
        "possible fracture",
        Urgency.URGENT,
        "Have you been told you have thin bones (osteoporosis)?",
        "With osteoporosis, even a minor strain can fracture a vertebra.",
        _URGENT_ACTION,
        "osteoporosis",
        _FRACTURE,
    ),
    RedFlag.CONSTANT_NIGHT_PAIN: RedFlagInfo(
        "possible cancer or infection",
        Urgency.URGENT,
        "Is the pain constant, even at rest or at night, whatever position you are in?",
        "Pain that never eases, even at rest or at night, can mean cancer or infection.",
        _URGENT_ACTION,
        "constant or night pain",
        _MALIGNANCY,
    ),
    RedFlag.RECENT_SPINAL_SURGERY: RedFlagInfo(
        "possible infection or complication",
        Urgency.URGENT,
        "Have you had an operation or injection on your spine in the last few months?",
        "New or changing pain after recent spinal surgery or a spinal procedure can mean "
        "infection or a complication.",
        _URGENT_ACTION,
        "recent spinal surgery",
        _INFECTION,
    ),
    RedFlag.AORTIC_ANEURYSM_SIGNS: RedFlagInfo(
        "possible aortic aneurysm",
        Urgency.EMERGENCY,
        "Did the pain come on suddenly and severely, with a pulsing feeling in the belly, or "
        "have you been told of an aneurysm or disease of the arteries?",
        "Sudden severe back pain with a pulsing abdomen or known vascular disease can be a "
        "leaking abdominal aortic aneurysm.",
        _EMERGENCY_ACTION,
        "sudden pain with pulsing belly or vascular disease",
        "NICE CKS low back pain (abdominal aortic aneurysm); NICE NG156; reference §6",
    ),
    RedFlag.INFLAMMATORY_BACK_PAIN: RedFlagInfo(
        "possible axial spondyloarthritis",
        Urgency.ROUTINE,
        "Did the back pain begin before the age of 45, last more than three months, with "
        "morning stiffness that eases with exercise but not with rest, or waking in the "
        "second half of the night?",
        "This pattern suggests an inflammatory back pain (axial spondyloarthritis).",
        _ROUTINE_ACTION,
        "inflammatory pattern",
        "NICE NG65 spondyloarthritis; ASAS inflammatory back pain criteria; reference §6",
    ),
    RedFlag.ARTERIAL_DISSECTION_SIGNS: RedFlagInfo(
        "possible neck artery dissection",
        Urgency.EMERGENCY,
        "With the neck pain, any sudden headache unlike any before, dizziness, double "
        "vision, trouble speaking or swallowing, drop attacks, or numbness of the face?",
        "Neck pain with these signs can mean a tear in a neck artery (dissection), which can "
        "lead to a stroke.",
        _EMERGENCY_ACTION,
        "headache, dizziness or speech trouble with neck pain",
        _NECK,
    ),
    RedFlag.MYELOPATHY: RedFlagInfo(
        "possible cervical myelopathy",
        Urgency.URGENT,
        "Any clumsy hands (trouble with buttons or writing), unsteady walking, or tingling "
        "in both hands?",
        "Clumsy hands, an unsteady gait or tingling in both hands can mean pressure on the "
        "spinal cord in the neck (myelopathy).",
        _URGENT_ACTION,
        "clumsy hands or unsteady walking",
        _NECK,
    ),
    RedFlag.YOUNG_AGE: RedFlagInfo(
        "young age",
        Urgency.URGENT,
        "Is the patient under 20 (worked out from the date of birth)?",
        "Back pain before the age of 20 is itself a red flag: serious causes (infection, "
        "tumour, spondylolysis, inflammatory disease) are more likely.",
        _URGENT_ACTION,
        "back pain under 20",
        "NICE CKS low back pain; reference §6 (age thresholds)",
    ),
}

DERIVED: frozenset[RedFlag] = frozenset({RedFlag.IMMUNOSUPPRESSION, RedFlag.YOUNG_AGE})
"""Flags the intake does not ask: they follow from other answers or the date of birth."""
ASKED: tuple[RedFlag, ...] = tuple(flag for flag in RedFlag if flag not in DERIVED)
"""The red-flag questions of the intake, in vocabulary order."""
MALIGNANCY_QUESTIONS: frozenset[RedFlag] = frozenset(
    {
        RedFlag.CANCER_HISTORY,
        RedFlag.UNEXPLAINED_WEIGHT_LOSS,
        RedFlag.CONSTANT_NIGHT_PAIN,
        RedFlag.THORACIC_PAIN,
    }
)
"""Must be answered when back pain is new after 50 (ACP/APS 2007; NICE CKS)."""
NEUROLOGICAL_SIGNS: frozenset[RedFlag] = frozenset(
    {
        RedFlag.SADDLE_ANAESTHESIA,
        RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION,
        RedFlag.NEW_SEXUAL_DYSFUNCTION,
        RedFlag.BILATERAL_SCIATICA,
        RedFlag.SEVERE_MOTOR_LOSS,
        RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT,
        RedFlag.MYELOPATHY,
    }
)
"""With a cancer history: suspected metastatic spinal cord compression (NICE NG234)."""

YOUNG_AGE_BELOW = 20  # NICE CKS: onset under 20
NEW_ONSET_OVER = 50  # ACP/APS 2007: age over 50 with new back pain
FRACTURE_RISK_OVER = 70  # NICE CKS: age over 70 (fracture)
GUARDIAN_BELOW = 18  # a minor: a parent or guardian consents


def derived_flags(age: int, immunocompromised: bool) -> frozenset[RedFlag]:
    """The flags that follow from the age and the immune-system answer."""
    found: set[RedFlag] = set()
    if age < YOUNG_AGE_BELOW:
        found.add(RedFlag.YOUNG_AGE)
    if immunocompromised:
        found.add(RedFlag.IMMUNOSUPPRESSION)
    return frozenset(found)


def cord_compression_suspected(flags: Iterable[RedFlag]) -> bool:
    """A cancer history together with a neurological sign (NICE NG234): an emergency."""
    present = set(flags)
    return RedFlag.CANCER_HISTORY in present and bool(present & NEUROLOGICAL_SIGNS)


def needs_referral(flag: RedFlag) -> bool:
    """Whether a yes stops treatment (every urgency but routine)."""
    return RED_FLAGS[flag].urgency != Urgency.ROUTINE


def is_emergency(flags: frozenset[RedFlag] | set[RedFlag]) -> bool:
    """An emergency flag, or a cancer history with a neurological sign (NICE NG234)."""
    return cord_compression_suspected(flags) or any(
        RED_FLAGS[flag].urgency == Urgency.EMERGENCY for flag in flags
    )
