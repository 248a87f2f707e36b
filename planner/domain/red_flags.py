"""Back-pain red flags (reference §6): the question asked, what a yes means, what to do.

Any yes means refer before treating. Cauda equina signs are an emergency, same day.
Single red flags predict serious disease poorly (Verhagen 2016), but a planner cannot
weigh them, so every one stops treatment until a doctor has looked.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.domain.vocab import RedFlag


class Urgency(StrEnum):
    EMERGENCY = "emergency"  # same day, emergency department
    URGENT = "urgent"  # medical assessment within days, before any treatment


@dataclass(frozen=True, slots=True)
class RedFlagInfo:
    category: str
    urgency: Urgency
    question: str
    message: str
    action: str


_EMERGENCY_ACTION = (
    "Do not treat. This is an emergency: send the patient to the emergency department today."
)
_URGENT_ACTION = (
    "Do not treat. Refer the patient for urgent medical assessment before any treatment."
)

RED_FLAGS: dict[RedFlag, RedFlagInfo] = {
    RedFlag.SADDLE_ANAESTHESIA: RedFlagInfo(
        "cauda equina",
        Urgency.EMERGENCY,
        "Any new numbness or tingling between the legs, around the back passage or genitals?",
        "Numbness in the saddle area can mean pressure on the nerves at the base of the spine "
        "(cauda equina syndrome).",
        _EMERGENCY_ACTION,
    ),
    RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION: RedFlagInfo(
        "cauda equina",
        Urgency.EMERGENCY,
        "Any new trouble passing urine, loss of control of the bladder or bowel, or not "
        "feeling when you pass urine or stool?",
        "New bladder or bowel problems can mean cauda equina syndrome.",
        _EMERGENCY_ACTION,
    ),
    RedFlag.BILATERAL_SCIATICA: RedFlagInfo(
        "cauda equina",
        Urgency.EMERGENCY,
        "Does pain, numbness or weakness go down both legs?",
        "Sciatica in both legs can mean cauda equina syndrome.",
        _EMERGENCY_ACTION,
    ),
    RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT: RedFlagInfo(
        "neurological deficit",
        Urgency.URGENT,
        "Is weakness or numbness in a leg or foot getting worse (for example, catching your "
        "toes or a dropping foot)?",
        "Weakness or numbness that is getting worse means a nerve is under increasing pressure.",
        _URGENT_ACTION,
    ),
    RedFlag.CANCER_HISTORY: RedFlagInfo(
        "possible cancer",
        Urgency.URGENT,
        "Have you ever had cancer?",
        "Back pain after cancer may mean spread to the spine.",
        _URGENT_ACTION,
    ),
    RedFlag.UNEXPLAINED_WEIGHT_LOSS: RedFlagInfo(
        "possible cancer",
        Urgency.URGENT,
        "Have you lost weight recently without trying?",
        "Unexplained weight loss with back pain can be a sign of cancer or infection.",
        _URGENT_ACTION,
    ),
    RedFlag.FEVER: RedFlagInfo(
        "possible infection",
        Urgency.URGENT,
        "Have you had a fever, chills or night sweats with this pain?",
        "Fever with back pain can mean an infection of the spine.",
        _URGENT_ACTION,
    ),
    RedFlag.IV_DRUG_USE: RedFlagInfo(
        "possible infection",
        Urgency.URGENT,
        "Have you ever injected drugs?",
        "Injecting drugs raises the risk of a spinal infection.",
        _URGENT_ACTION,
    ),
    RedFlag.SIGNIFICANT_TRAUMA: RedFlagInfo(
        "possible fracture",
        Urgency.URGENT,
        "Did the pain start with a fall, accident or other hard knock?",
        "Back pain after a significant injury can mean a broken vertebra.",
        _URGENT_ACTION,
    ),
    RedFlag.LONG_TERM_CORTICOSTEROIDS: RedFlagInfo(
        "possible fracture",
        Urgency.URGENT,
        "Have you taken steroid tablets (such as prednisolone) for more than three months?",
        "Long-term steroids weaken bones and immunity: a minor strain can fracture a vertebra.",
        _URGENT_ACTION,
    ),
    RedFlag.OSTEOPOROSIS: RedFlagInfo(
        "possible fracture",
        Urgency.URGENT,
        "Have you been told you have thin bones (osteoporosis)?",
        "With osteoporosis, even a minor strain can fracture a vertebra.",
        _URGENT_ACTION,
    ),
    RedFlag.CONSTANT_NIGHT_PAIN: RedFlagInfo(
        "possible cancer or infection",
        Urgency.URGENT,
        "Is the pain constant, even at rest or at night, whatever position you are in?",
        "Pain that never eases, even at rest or at night, can mean cancer or infection.",
        _URGENT_ACTION,
    ),
    RedFlag.RECENT_SPINAL_SURGERY: RedFlagInfo(
        "possible infection or complication",
        Urgency.URGENT,
        "Have you had an operation or injection on your spine in the last few months?",
        "New or changing pain after recent spinal surgery or a spinal procedure can mean "
        "infection or a complication.",
        _URGENT_ACTION,
    ),
}


def is_emergency(flags: frozenset[RedFlag] | set[RedFlag]) -> bool:
    return any(RED_FLAGS[flag].urgency == Urgency.EMERGENCY for flag in flags)
