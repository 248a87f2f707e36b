"""What the safety engine knows about the patient (reference §2–§6)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.red_flags import Clearance
from planner.domain.vocab import Condition, RedFlag


@dataclass(frozen=True)
class PatientFacts:
    age: int
    pregnant: bool = False
    gestation_weeks: int | None = None
    conditions: frozenset[Condition] = frozenset()
    medications: tuple[str, ...] = ()
    red_flags: frozenset[RedFlag] = frozenset()
    # Red-flag questions the intake left open ("unanswered" is not "no"). Empty unless an
    # intake really left questions open (see planner.domain.intake.patient_facts).
    red_flags_unanswered: frozenset[RedFlag] = frozenset()
    # A doctor's clearance of a flag answered yes: that flag no longer stops treatment.
    clearances: tuple[tuple[RedFlag, Clearance], ...] = ()
    # Back pain of less than 12 weeks (acute or subacute) at the intake.
    new_onset: bool = False
    # A parent's or guardian's consent is recorded (needed under 18).
    guardian_consent: bool = False

    def clearance(self, flag: RedFlag) -> Clearance | None:
        return dict(self.clearances).get(flag)
