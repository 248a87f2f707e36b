"""Safety screening: a patient's facts and a planned treatment in, findings out.

Each finding has a severity — ``refer`` (stop and refer), ``block`` (this technique or
point must not be used) or ``warn`` (a caution to acknowledge) — a stable rule id, a
subject (``patient``, a technique id or a point code), a plain-language message and the
advised action. Every rule names its source in the clinical reference next to it.
Where the reference is uncertain the rule takes the cautious reading; a healthy adult
with ordinary lumbar and distal points gets no findings at all (no alarm fatigue).

The rules live in one module per topic (patient, electro, pregnancy, conditions,
points); :data:`RULES` runs them in that order and :func:`screen` sorts the findings,
most severe first.
"""

from __future__ import annotations

from planner.domain.catalog import Catalog, load_catalog
from planner.domain.safety import conditions, electro, points, pregnancy
from planner.domain.safety import patient as patient_rules
from planner.domain.safety.base import ORDER, PATIENT, Case, Finding, Rule, Severity, points_of
from planner.domain.safety.facts import PatientFacts
from planner.domain.safety.pregnancy import STRONG_SENSATION_FROM_WEEK
from planner.domain.safety.treatment import AshiRegion, Lead, PlannedTreatment

__all__ = [
    "PATIENT",
    "RULES",
    "STRONG_SENSATION_FROM_WEEK",
    "AshiRegion",
    "Finding",
    "Lead",
    "PatientFacts",
    "PlannedTreatment",
    "Severity",
    "screen",
    "worst",
]

RULES: tuple[Rule, ...] = (
    patient_rules.RULES + electro.RULES + pregnancy.RULES + conditions.RULES + points.RULES
)


def screen(
    patient: PatientFacts, plan: PlannedTreatment, catalog: Catalog | None = None
) -> list[Finding]:
    """All findings for this patient and plan, most severe first.

    Unknown point codes are the caller's error: :func:`planner.domain.catalog` validates
    them before a plan is built. A finding is given once per rule and subject (the most
    severe), though several Ashi points or pairs may raise it.
    """
    catalog = catalog or load_catalog()
    case = Case(patient, plan, points_of(plan, catalog), catalog)
    findings = [finding for rule in RULES for finding in rule(case)]
    once: dict[tuple[str, str], Finding] = {}
    for finding in sorted(findings, key=lambda finding: ORDER[finding.severity]):
        once.setdefault((finding.rule, finding.subject), finding)
    return list(once.values())


def worst(findings: list[Finding]) -> Severity | None:
    return min((f.severity for f in findings), key=ORDER.__getitem__, default=None)
