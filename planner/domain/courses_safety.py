"""Safety review of a plan or a session's treatment (reference §2–§6 via the safety engine).

:func:`safety_check` runs :func:`planner.domain.safety.screen` on a treatment and the
patient's facts. ``warn`` findings need an acknowledgement; ``block`` and ``refer``
findings stop the plan from being saved until the practitioner records an override
reason (at least 10 characters), which the services audit and the clinical report shows.
Findings are identified by ``(rule, subject)``; acknowledgements and overrides that no
longer match a finding (the plan changed) are dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from planner.domain.catalog import ASHI, Catalog
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.plans import ElectroPair, Plan, PlanInvalid
from planner.domain.safety import (
    AshiRegion,
    Finding,
    Lead,
    PatientFacts,
    PlannedTreatment,
    Severity,
    screen,
)
from planner.domain.safety.treatment import same_side
from planner.domain.text import shown
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import PointSide

OVERRIDE_REASON_MIN = 10

FindingKey = tuple[str, str]  # (rule, subject)


def key_of(finding: Finding) -> FindingKey:
    return (finding.rule, finding.subject)


def treatment_of(plan: Plan) -> PlannedTreatment:
    """What the safety engine needs from a plan (consent is checked by validate_plan)."""
    return PlannedTreatment(
        techniques=frozenset(plan.techniques),
        points=plan.point_codes,
        cupping_type=plan.cupping.type if plan.cupping else None,
        consents=None,
        cupping_sites=plan.cupping.sites if plan.cupping else (),
        moxa_sites=plan.moxibustion.sites if plan.moxibustion else (),
        depths=tuple((p.code, p.depth) for p in plan.points if p.depth),
        ashi_regions=tuple(p.ashi_region for p in plan.points if p.code == ASHI),
        ea_pairs=tuple(
            _leads(plan, pair)
            for pair in plan.electro
            if {pair.point_a, pair.point_b} <= set(plan.point_codes)
        ),
    )


def _leads(plan: Plan, pair: ElectroPair) -> tuple[Lead, Lead]:
    """The two leads of a pair with their sides: the point's side, or at a point needled
    on both sides the side the pair names; not named, the same side as the other lead."""
    return same_side(_lead(plan, pair.point_a, pair.side_a), _lead(plan, pair.point_b, pair.side_b))


def _lead(plan: Plan, code: str, named: PointSide | None) -> Lead:
    choices = [p for p in plan.points if p.code == code]
    sides = {p.side for p in choices}
    regions = {p.ashi_region for p in choices}
    region: AshiRegion | None = regions.pop() if len(regions) == 1 else None
    side: PointSide | None = sides.pop() if len(sides) == 1 else PointSide.BILATERAL
    if side == PointSide.BILATERAL:
        side = named
    return Lead(code, side, region)


@dataclass(frozen=True)
class SafetyCheck:
    """The findings for a plan, and which of them still stop it from being saved."""

    findings: tuple[Finding, ...]
    acknowledged: frozenset[FindingKey] = frozenset()
    overrides: Mapping[FindingKey, str] = field(default_factory=dict)

    @property
    def unacknowledged(self) -> tuple[Finding, ...]:
        """``warn`` findings still waiting for an acknowledgement."""
        return tuple(
            f
            for f in self.findings
            if f.severity == Severity.WARN and key_of(f) not in self.acknowledged
        )

    @property
    def needs_override(self) -> tuple[Finding, ...]:
        """``block`` and ``refer`` findings without an override reason."""
        return tuple(
            f
            for f in self.findings
            if f.severity != Severity.WARN and key_of(f) not in self.overrides
        )

    @property
    def overridden(self) -> tuple[Finding, ...]:
        return tuple(
            f for f in self.findings if f.severity != Severity.WARN and key_of(f) in self.overrides
        )

    @property
    def resolved(self) -> bool:
        return not self.unacknowledged and not self.needs_override


class SafetyUnresolved(PlannerError):
    """Findings still need an acknowledgement or an override reason; nothing was saved."""

    def __init__(self, check: SafetyCheck) -> None:
        blocking = check.needs_override
        stopping, unread = len(blocking), len(check.unacknowledged)  # lupdate: a plain count
        if blocking:
            message = translate(
                "course_rules", "%n safety finding(s) stop this plan: ", None, stopping
            ) + "; ".join(shown("safety", f.message) for f in blocking)
            hint = translate(
                "course_rules", "Change the plan, or record an override reason for each finding."
            )
        else:
            message = translate(
                "course_rules",
                "%n safety caution(s) are not acknowledged yet.",
                None,
                unread,
            )
            hint = translate("course_rules", "Read each caution and acknowledge it.")
        super().__init__(message, hint=hint)
        self.check = check


def clean_overrides(overrides: Mapping[FindingKey, str]) -> dict[FindingKey, str]:
    """Override reasons as stored, or PlanInvalid naming ``override.<rule>.<subject>``."""
    problems = Problems()
    cleaned: dict[FindingKey, str] = {}
    for (rule, subject), reason in overrides.items():
        name = f"override.{rule}.{subject}"
        text = clean_text(
            problems,
            name,
            translate("course_rules", "Override reason"),
            reason,
            max_length=1000,
            multiline=True,
        )
        if name not in problems.by_field and len(text) < OVERRIDE_REASON_MIN:
            problems.add(
                name,
                translate(
                    "course_rules",
                    "Override reason: say why (at least {override_reason_min} characters).",
                ).format(override_reason_min=OVERRIDE_REASON_MIN),
            )
        cleaned[(rule, subject)] = text
    if problems:
        raise PlanInvalid(problems)
    return cleaned


def safety_check(
    facts: PatientFacts,
    plan: Plan,
    acknowledged: frozenset[FindingKey] = frozenset(),
    overrides: Mapping[FindingKey, str] | None = None,
    catalog: Catalog | None = None,
) -> SafetyCheck:
    """Run the safety engine on ``plan`` for a patient with ``facts``."""
    findings = screen(facts, treatment_of(plan), catalog)
    current = {key_of(f) for f in findings}
    return SafetyCheck(
        findings=tuple(findings),
        acknowledged=frozenset(k for k in acknowledged if k in current),
        overrides={k: v for k, v in (overrides or {}).items() if k in current},
    )
