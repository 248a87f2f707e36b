"""The red-flag questions, what a yes means and what to do (reference §6), as the intake
asks them, the safety review reports them and the documents print them.

The texts are English here and in documents; :func:`QT_TRANSLATE_NOOP` marks them for the
translator and a screen shows them with ``translate("red_flags", text)``. The sources
(guidelines) are citations and stay as written. Read through :mod:`planner.domain.red_flags`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.domain.i18n import QT_TRANSLATE_NOOP
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


_EMERGENCY_ACTION = QT_TRANSLATE_NOOP(
    "red_flags",
    "Do not treat. This is an emergency: send the patient to the emergency department today.",
)

_URGENT_ACTION = QT_TRANSLATE_NOOP(
    "red_flags",
    "Do not treat. Refer the patient for urgent medical assessment before any treatment.",
)

_ROUTINE_ACTION = QT_TRANSLATE_NOOP(
    "red_flags",
    "Refer routinely (to the GP for a rheumatology opinion); treatment may continue meanwhile.",
)


_CAUDA_EQUINA = "BASS 2018 cauda equina statement; NICE CKS sciatica; reference §6"
_MALIGNANCY = "NICE CKS low back pain; NICE NG234; reference §6"
_INFECTION = "NICE CKS low back pain (infection); reference §6"
_FRACTURE = "NICE CKS low back pain (fracture); reference §6"
_NECK = "IFOMPT 2020 International Framework for examination of the cervical region"

RED_FLAGS: dict[RedFlag, RedFlagInfo] = {
    RedFlag.SADDLE_ANAESTHESIA: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "cauda equina"),
        Urgency.EMERGENCY,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Any new numbness or tingling between the legs, around the back passage or genitals?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Numbness in the saddle area can mean pressure on the nerves at the base "
            "of the spine (cauda equina syndrome).",
        ),
        _EMERGENCY_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "saddle numbness"),
        _CAUDA_EQUINA,
    ),
    RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "cauda equina"),
        Urgency.EMERGENCY,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Any new trouble passing urine, loss of control of the bladder or bowel, "
            "or not feeling when you pass urine or stool?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags", "New bladder or bowel problems can mean cauda equina syndrome."
        ),
        _EMERGENCY_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "bladder or bowel problems"),
        _CAUDA_EQUINA,
    ),
    RedFlag.NEW_SEXUAL_DYSFUNCTION: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "cauda equina"),
        Urgency.EMERGENCY,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Since the back pain began, any new loss of feeling in the genitals, or "
            "new trouble with erection, ejaculation or orgasm?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags", "New sexual problems with back pain can mean cauda equina syndrome."
        ),
        _EMERGENCY_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "new sexual problems"),
        _CAUDA_EQUINA,
    ),
    RedFlag.BILATERAL_SCIATICA: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "cauda equina"),
        Urgency.EMERGENCY,
        QT_TRANSLATE_NOOP("red_flags", "Does pain, numbness or weakness go down both legs?"),
        QT_TRANSLATE_NOOP("red_flags", "Sciatica in both legs can mean cauda equina syndrome."),
        _EMERGENCY_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "symptoms down both legs"),
        _CAUDA_EQUINA,
    ),
    RedFlag.SEVERE_MOTOR_LOSS: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "neurological deficit"),
        Urgency.EMERGENCY,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Is a leg so weak that it gives way, or you cannot stand on your heels "
            "or toes, or are both legs weak?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Severe or two-sided leg weakness means nerves are badly compressed "
            "(possibly cauda equina syndrome).",
        ),
        _EMERGENCY_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "severe or two-sided leg weakness"),
        _CAUDA_EQUINA,
    ),
    RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "neurological deficit"),
        Urgency.EMERGENCY,  # progressive motor loss: same day (issue 17, BASS 2018)
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Is weakness or numbness in a leg or foot getting worse (for example, "
            "catching your toes or a dropping foot)?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Weakness or numbness that is getting worse means a nerve is under "
            "increasing pressure.",
        ),
        _EMERGENCY_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "weakness or numbness getting worse"),
        _CAUDA_EQUINA,
    ),
    RedFlag.CANCER_HISTORY: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible cancer"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP("red_flags", "Have you ever had cancer?"),
        QT_TRANSLATE_NOOP("red_flags", "Back pain after cancer may mean spread to the spine."),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "cancer history"),
        _MALIGNANCY,
    ),
    RedFlag.UNEXPLAINED_WEIGHT_LOSS: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible cancer"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP("red_flags", "Have you lost weight recently without trying?"),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Unexplained weight loss with back pain can be a sign of cancer or infection.",
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "weight loss"),
        _MALIGNANCY,
    ),
    RedFlag.THORACIC_PAIN: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible cancer"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Is there pain in the middle of the back, between or below the shoulder blades?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Pain in the thoracic spine is more often due to a serious cause "
            "(cancer, fracture, infection) than low back pain.",
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "thoracic pain"),
        _MALIGNANCY,
    ),
    RedFlag.FEVER: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible infection"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags", "Have you had a fever, chills or night sweats with this pain?"
        ),
        QT_TRANSLATE_NOOP("red_flags", "Fever with back pain can mean an infection of the spine."),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "fever"),
        _INFECTION,
    ),
    RedFlag.RECENT_INFECTION: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible infection"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Have you had a bacterial infection in the last few weeks, such as a "
            "urine, chest or skin infection?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "A recent bacterial infection (a urinary infection especially) can "
            "spread to the spine.",
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "recent infection"),
        _INFECTION,
    ),
    RedFlag.IV_DRUG_USE: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible infection"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP("red_flags", "Have you ever injected drugs?"),
        QT_TRANSLATE_NOOP("red_flags", "Injecting drugs raises the risk of a spinal infection."),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "injecting drugs"),
        _INFECTION,
    ),
    RedFlag.IMMUNOSUPPRESSION: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible infection"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Is your immune system weakened (chemotherapy, transplant, HIV, strong steroids)?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags", "A weakened immune system raises the risk of a spinal infection."
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "weakened immune system"),
        _INFECTION,
    ),
    RedFlag.SIGNIFICANT_TRAUMA: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible fracture"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags", "Did the pain start with a fall, accident or other hard knock?"
        ),
        QT_TRANSLATE_NOOP(
            "red_flags", "Back pain after a significant injury can mean a broken vertebra."
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "fall or accident"),
        _FRACTURE,
    ),
    RedFlag.LONG_TERM_CORTICOSTEROIDS: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible fracture"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Have you taken steroid tablets (such as prednisolone) for more than three months?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Long-term steroids weaken bones and immunity: a minor strain can fracture a vertebra.",
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "long-term steroids"),
        _FRACTURE,
    ),
    RedFlag.OSTEOPOROSIS: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible fracture"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP("red_flags", "Have you been told you have thin bones (osteoporosis)?"),
        QT_TRANSLATE_NOOP(
            "red_flags", "With osteoporosis, even a minor strain can fracture a vertebra."
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "osteoporosis"),
        _FRACTURE,
    ),
    RedFlag.CONSTANT_NIGHT_PAIN: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible cancer or infection"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Is the pain constant, even at rest or at night, whatever position you are in?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Pain that never eases, even at rest or at night, can mean cancer or infection.",
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "constant or night pain"),
        _MALIGNANCY,
    ),
    RedFlag.RECENT_SPINAL_SURGERY: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible infection or complication"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Have you had an operation or injection on your spine in the last few months?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "New or changing pain after recent spinal surgery or a spinal procedure "
            "can mean infection or a complication.",
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "recent spinal surgery"),
        _INFECTION,
    ),
    RedFlag.AORTIC_ANEURYSM_SIGNS: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible aortic aneurysm"),
        Urgency.EMERGENCY,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Did the pain come on suddenly and severely, with a pulsing feeling in "
            "the belly, or have you been told of an aneurysm or disease of the "
            "arteries?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Sudden severe back pain with a pulsing abdomen or known vascular "
            "disease can be a leaking abdominal aortic aneurysm.",
        ),
        _EMERGENCY_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "sudden pain with pulsing belly or vascular disease"),
        "NICE CKS low back pain (abdominal aortic aneurysm); NICE NG156; reference §6",
    ),
    RedFlag.INFLAMMATORY_BACK_PAIN: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible axial spondyloarthritis"),
        Urgency.ROUTINE,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Did the back pain begin before the age of 45, last more than three "
            "months, with morning stiffness that eases with exercise but not with "
            "rest, or waking in the second half of the night?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "This pattern suggests an inflammatory back pain (axial spondyloarthritis).",
        ),
        _ROUTINE_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "inflammatory pattern"),
        "NICE NG65 spondyloarthritis; ASAS inflammatory back pain criteria; reference §6",
    ),
    RedFlag.ARTERIAL_DISSECTION_SIGNS: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible neck artery dissection"),
        Urgency.EMERGENCY,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "With the neck pain, any sudden headache unlike any before, dizziness, "
            "double vision, trouble speaking or swallowing, drop attacks, or "
            "numbness of the face?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Neck pain with these signs can mean a tear in a neck artery "
            "(dissection), which can lead to a stroke.",
        ),
        _EMERGENCY_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "headache, dizziness or speech trouble with neck pain"),
        _NECK,
    ),
    RedFlag.MYELOPATHY: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "possible cervical myelopathy"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Any clumsy hands (trouble with buttons or writing), unsteady walking, "
            "or tingling in both hands?",
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Clumsy hands, an unsteady gait or tingling in both hands can mean "
            "pressure on the spinal cord in the neck (myelopathy).",
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "clumsy hands or unsteady walking"),
        _NECK,
    ),
    RedFlag.YOUNG_AGE: RedFlagInfo(
        QT_TRANSLATE_NOOP("red_flags", "young age"),
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags", "Is the patient under 20 (worked out from the date of birth)?"
        ),
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Back pain before the age of 20 is itself a red flag: serious causes "
            "(infection, tumour, spondylolysis, inflammatory disease) are more "
            "likely.",
        ),
        _URGENT_ACTION,
        QT_TRANSLATE_NOOP("red_flags", "back pain under 20"),
        "NICE CKS low back pain; reference §6 (age thresholds)",
    ),
}
