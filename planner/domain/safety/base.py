"""The shapes every safety rule shares: severity, finding, the case a rule reads."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from planner.domain.catalog import (
    ASHI,
    Acupoint,
    Catalog,
    PointRegion,
    PregnancyStatus,
    SafetyFlag,
)
from planner.domain.safety.facts import PatientFacts
from planner.domain.safety.treatment import AshiRegion, Lead, PlannedTreatment
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

    def point_at(self, lead: Lead) -> Acupoint:
        """The catalog point a lead clips to (an Ashi point as placed in its region)."""
        point = self.catalog[lead.code]
        return ashi_in(point, lead.ashi_region) if point.code == ASHI else point

    @property
    def wet_cupping(self) -> bool:
        return self.uses(Technique.CUPPING) and self.plan.cupping_type == CuppingType.WET


Rule = Callable[[Case], Iterator[Finding]]

# The cautions an Ashi point takes from where it is placed (catalog: "takes the cautions
# of the area it is in"), as the catalog points of that area have them (reference §1):
# over the lung in the upper back and thorax (T: WHO 1999 §3, pneumothorax), lumbosacral
# in pregnancy (P: WHO 1999 §2.1), the buttock as BL53/BL54 (lumbosacral in pregnancy)
# and GB30/BL36 (sciatic nerve, N). Without a region it is read as the most cautious
# place it could be: over the lung and in the lumbosacral area.
_AFTER = PregnancyStatus.AFTER_FIRST_TRIMESTER
_ASHI_CAUTIONS: dict[AshiRegion | None, tuple[PointRegion, frozenset[SafetyFlag], str]] = {
    None: (
        PointRegion.EXTRA,
        frozenset({SafetyFlag.THORAX, SafetyFlag.PREGNANCY}),
        "region not recorded, read as over the thorax or the lumbosacral area",
    ),
    AshiRegion.THORAX: (
        PointRegion.UPPER_BACK_NECK,
        frozenset({SafetyFlag.THORAX}),
        "upper back and thorax",
    ),
    AshiRegion.LUMBOSACRAL: (
        PointRegion.LOWER_BACK,
        frozenset({SafetyFlag.PREGNANCY}),
        "lumbosacral area",
    ),
    AshiRegion.BUTTOCK: (
        PointRegion.SACRAL_BUTTOCK,
        frozenset({SafetyFlag.PREGNANCY, SafetyFlag.NERVE}),
        "buttock",
    ),
    AshiRegion.LIMB: (PointRegion.LEG, frozenset(), "limb"),
}


def ashi_in(ashi: Acupoint, region: AshiRegion | None) -> Acupoint:
    """The catalog's Ashi point as placed in ``region``, with that region's cautions."""
    where, flags, words = _ASHI_CAUTIONS[region]
    return replace(
        ashi,
        english=f"tender point, {words}",
        region=where,
        flags=flags,
        pregnancy=_AFTER if SafetyFlag.PREGNANCY in flags else PregnancyStatus.NONE,
    )


def points_of(plan: PlannedTreatment, catalog: Catalog) -> tuple[Acupoint, ...]:
    """The plan's catalog points in order, each Ashi point as placed in its region."""
    found: list[Acupoint] = []
    for code in dict.fromkeys(plan.points):
        point = catalog[code]
        if point.code != ASHI:
            found.append(point)
            continue
        regions = dict.fromkeys(plan.ashi_regions or (None,))
        found.extend(ashi_in(point, region) for region in regions)
    return tuple(found)


def refer(rule: str, subject: str, message: str, action: str) -> Finding:
    return Finding(Severity.REFER, rule, subject, message, action)


def block(rule: str, subject: str, message: str, action: str) -> Finding:
    return Finding(Severity.BLOCK, rule, subject, message, action)


def warn(rule: str, subject: str, message: str, action: str) -> Finding:
    return Finding(Severity.WARN, rule, subject, message, action)
