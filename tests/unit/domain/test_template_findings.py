"""Every template through the safety engine: a healthy 40-year-old on a template's plan
draft (as the plan editor starts it) hears only what the template's own techniques imply.

The list below is the whole of what a healthy adult hears, template by template, each
entry justified:

* sciatica: electroacupuncture in a chain from GB30 to GB34 runs current through two
  needles beside nerves (the sciatic nerve under GB30, the common peroneal nerve by
  GB34): the EA nerve-point caution (issue 17 rule 3; WHO 1999 Guidelines on Basic
  Training and Safety §3, Deadman's cautions at GB30) is what that template truly implies.
* upper back and neck tension: its tender (Ashi) points lie in the upper back, over the
  lung (WHO 1999 §3, pneumothorax the most frequent serious needling injury).

Ashi points in the low-back templates name the lumbosacral region, so they no longer warn
about the lung (an Ashi without a region is screened as the most cautious region).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.catalog import ASHI, load_catalog
from planner.domain.courses_safety import treatment_of
from planner.domain.plans import Plan, PointChoice, side_for, validate_plan
from planner.domain.protocols import Protocol, load_protocols, protocol
from planner.domain.safety import AshiRegion, PatientFacts, screen
from planner.domain.vocab import PointSide
from planner.services.plan_templates import plan_from_protocol

HEALTHY = PatientFacts(age=40)

# (rule, subject) a healthy adult hears on each template's draft; absent: nothing.
EXPECTED: dict[str, set[tuple[str, str]]] = {
    "sciatica": {("ea.nerve_point", "GB30"), ("ea.nerve_point", "GB34")},
    "upper_back_neck_tension": {("point.pneumothorax_risk", "Ashi")},
}
# What the optional points add when the practitioner puts them in.
OPTIONAL_ADDS: dict[str, set[tuple[str, str]]] = {
    "qi_blood_stasis": {("point.pneumothorax_risk", "BL17")},  # over the lung
    "upper_back_neck_tension": {("point.pneumothorax_risk", "GB21")},  # lung apex
}
REGIONS = {
    "acute_lumbar_strain": AshiRegion.LUMBOSACRAL,
    "cold_damp": AshiRegion.LUMBOSACRAL,
    "qi_blood_stasis": AshiRegion.LUMBOSACRAL,
    "damp_heat": AshiRegion.LUMBOSACRAL,
    "upper_back_neck_tension": AshiRegion.THORAX,
}


def _heard(plan: Plan) -> set[tuple[str, str]]:
    return {(f.rule, f.subject) for f in screen(HEALTHY, treatment_of(plan))}


@pytest.mark.parametrize("template", load_protocols(), ids=lambda p: p.id)
@pytest.mark.parametrize("side", [None, PointSide.LEFT, PointSide.RIGHT])
def test_a_healthy_adult_hears_only_what_the_template_implies(
    template: Protocol, side: PointSide | None
) -> None:
    plan = plan_from_protocol(template, side)
    assert validate_plan(plan, None) == plan
    assert _heard(plan) == EXPECTED.get(template.id, set())


@pytest.mark.parametrize("template", load_protocols(), ids=lambda p: p.id)
def test_optional_points_add_only_their_own_cautions(template: Protocol) -> None:
    catalog = load_catalog()
    draft = plan_from_protocol(template)
    extra = tuple(
        PointChoice(p.code, side_for(p.code, p.side, catalog)) for p in template.optional_points
    )
    full = replace(draft, points=draft.points + extra)
    assert _heard(full) - _heard(draft) == OPTIONAL_ADDS.get(template.id, set())


@pytest.mark.parametrize("template", load_protocols(), ids=lambda p: p.id)
def test_each_ashi_point_in_a_template_names_its_region(template: Protocol) -> None:
    regions = [p.ashi_region for p in template.points if p.code == ASHI]
    assert regions == ([REGIONS[template.id]] if template.id in REGIONS else [])
    assert all(p.ashi_region is None for p in template.points if p.code != ASHI)
    drafted = [p.ashi_region for p in plan_from_protocol(template).points if p.code == ASHI]
    assert drafted == regions


def test_an_ashi_point_without_its_region_still_warns_about_the_lung() -> None:
    draft = plan_from_protocol(protocol("acute_lumbar_strain"))
    unplaced = replace(
        draft,
        points=tuple(replace(p, ashi_region=None) for p in draft.points),
    )
    assert ("point.pneumothorax_risk", ASHI) in _heard(unplaced)
    assert _heard(draft) == set()


def test_the_lumbosacral_ashi_is_still_cautioned_in_pregnancy() -> None:
    pregnant = PatientFacts(age=30, pregnant=True, gestation_weeks=20)
    draft = plan_from_protocol(protocol("cold_damp"))
    subjects = {f.subject for f in screen(pregnant, treatment_of(draft))}
    assert ASHI in subjects
