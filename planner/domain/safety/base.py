"""The shapes every safety rule shares: severity, finding, the case a rule reads."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.catalog import Acupoint, Catalog
from planner.domain.safety.facts import PatientFacts
from planner.domain.safety.treatment import PlannedTreatment
from planner.domain.vocab import Condition, CuppingType, Technique

PATIENT = "patient"


class Severity(StrEnum):
    REFER = "refer"
    BLOCK = "block"
    WARN = "warn"


ORDER = {Severity.REFER: 0, Severity.BLOCK: 1, Severity.WARN: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    rule: str
    subject: str
    message: str
    action: str

    def as_dict(self) -> dict[str, str]:
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "subject": self.subject,
            "message": self.message,
            "action": self.action,
        }


@dataclass(frozen=True)
class Case:
    """One screening: the patient, the treatment, its catalog points (in plan order)."""

    patient: PatientFacts
    plan: PlannedTreatment
    points: tuple[Acupoint, ...]
    catalog: Catalog

    def has(self, condition: Condition) -> bool:
        return condition in self.patient.conditions

    def uses(self, technique: Technique) -> bool:
        return technique in self.plan.techniques

    @property
    def needling(self) -> Technique | None:
        """The needling technique a finding about needling is attached to, if any."""
        for technique in (
            Technique.LOCAL_NEEDLING,
            Technique.DISTAL_NEEDLING,
            Technique.ELECTROACUPUNCTURE,
        ):
            if technique in self.plan.techniques:
                return technique
        return None

    @property
    def wet_cupping(self) -> bool:
        return self.uses(Technique.CUPPING) and self.plan.cupping_type == CuppingType.WET


Rule = Callable[[Case], Iterator[Finding]]


def refer(rule: str, subject: str, message: str, action: str) -> Finding:
    return Finding(Severity.REFER, rule, subject, message, action)


def block(rule: str, subject: str, message: str, action: str) -> Finding:
    return Finding(Severity.BLOCK, rule, subject, message, action)


def warn(rule: str, subject: str, message: str, action: str) -> Finding:
    return Finding(Severity.WARN, rule, subject, message, action)
