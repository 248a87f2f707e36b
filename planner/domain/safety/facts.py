"""What the safety engine knows about the patient (reference §2–§6)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.vocab import Condition, RedFlag


@dataclass(frozen=True)
class PatientFacts:
    age: int
    pregnant: bool = False
    gestation_weeks: int | None = None
    conditions: frozenset[Condition] = frozenset()
    medications: tuple[str, ...] = ()
    red_flags: frozenset[RedFlag] = frozenset()
