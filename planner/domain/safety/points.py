"""Rules about where a needle goes (reference §1 flags, §9)."""

from __future__ import annotations

from collections.abc import Iterator

from planner.domain.catalog import SafetyFlag
from planner.domain.safety.base import Case, Finding, Rule, warn


def _thorax_points(case: Case) -> Iterator[Finding]:
    for point in case.points:  # §1 T flag, §9: pneumothorax the most reported serious event
        if point.has(SafetyFlag.THORAX):
            yield warn(
                "point.pneumothorax_risk",
                point.code,
                f"{point.code} ({point.english}) lies over the lung (risk of pneumothorax).",
                "Needle shallow or oblique only, never deep; warn the patient about "
                "breathlessness or chest pain afterwards.",
            )


RULES: tuple[Rule, ...] = (_thorax_points,)
