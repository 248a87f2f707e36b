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

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.red_flag_table import RED_FLAGS as RED_FLAGS
from planner.domain.red_flag_table import RedFlagInfo as RedFlagInfo
from planner.domain.red_flag_table import Urgency as Urgency
from planner.domain.text import Phrase
from planner.domain.vocab import RedFlag


@dataclass(frozen=True, slots=True)
class Clearance:
    """A doctor has seen the patient about a red flag and cleared treatment."""

    by: str  # who cleared it ("Dr A. Jones, GP")
    on: dt.date  # when
    note: str = ""  # e.g. "letter on file"

    def describe(self) -> Phrase:
        """``cleared by Dr A. Jones on 2026-11-02 (letter on file)``: English in records and
        documents, translated where a screen shows it."""
        if self.note:
            return Phrase(
                QT_TRANSLATE_NOOP("red_flags", "cleared by {by} on {on} ({note})"),
                context="red_flags",
                by=self.by,
                on=self.on.isoformat(),
                note=self.note,
            )
        return Phrase(
            QT_TRANSLATE_NOOP("red_flags", "cleared by {by} on {on}"),
            context="red_flags",
            by=self.by,
            on=self.on.isoformat(),
        )


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
