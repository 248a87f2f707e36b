"""The clinical part of a patient's overview, read without a window (practitioners only).

:func:`read_clinical` asks the intake service for the safety summary (badges and the
red-flag banner, from the latest intake) and the list of intakes. It is only ever called
for a user whose roles read clinical records: reception's screens never ask, so the
service is never even asked to refuse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from planner.domain.errors import PlannerError
from planner.services.intake import SafetySummary


class ClinicalRecords(Protocol):
    """The part of :class:`planner.services.intake.IntakeService` the overview uses."""

    def safety(self, patient_id: int) -> SafetySummary: ...

    def history(self, patient_id: int) -> list[tuple[int, dt.date]]: ...


@dataclass(frozen=True, slots=True)
class ClinicalSummary:
    patient_id: int
    safety: SafetySummary | None  # None when it could not be read (see ``problem``)
    intakes: tuple[tuple[int, dt.date], ...] = ()  # (intake id, date), newest first
    problem: str = ""  # why the clinical part could not be read


def read_clinical(records: ClinicalRecords, patient_id: int) -> ClinicalSummary:
    """Safety summary and intakes; a failure comes back as a problem to show, not raised."""
    try:
        safety = records.safety(patient_id)
        intakes = tuple(records.history(patient_id))
    except PlannerError as error:
        return ClinicalSummary(patient_id, None, problem=error.user_text())
    return ClinicalSummary(patient_id, safety, intakes)
