"""Templates by TCM pattern (issue 17 item 11): the plan drafts they make, the intake's
pattern field that offers the patterns, and the template suggested when a course starts."""

from __future__ import annotations

import pytest

from planner.domain.catalog import load_catalog
from planner.domain.plans import validate_plan
from planner.domain.protocols import load_protocols, protocol
from planner.domain.vocab import ConsentScope, MoxaType, Technique
from planner.services.plan_templates import plan_from_protocol

# --- plan drafts from the templates -------------------------------------------------------------


@pytest.mark.parametrize("template", load_protocols(), ids=lambda p: p.id)
def test_every_template_makes_a_valid_plan(template) -> None:
    plan = plan_from_protocol(template)
    clean = validate_plan(plan, frozenset(ConsentScope), load_catalog())
    assert clean.techniques == frozenset(template.techniques)
    assert clean.protocol == template.id
    optional = {p.code for p in template.optional_points}
    assert not optional & set(clean.point_codes)


def test_warming_needle_moxa_and_electroacupuncture_use_different_needles() -> None:
    plan = plan_from_protocol(protocol("chronic_low_back_pain"))
    assert plan.moxibustion is not None and plan.moxibustion.type == MoxaType.WARMING_NEEDLE
    wired = {code for pair in plan.electro for code in (pair.point_a, pair.point_b)}
    assert wired == {"BL23", "BL25"}
    assert plan.moxibustion.sites and not wired & set(plan.moxibustion.sites)


def test_the_neck_template_leaves_gb21_out_of_the_draft() -> None:
    plan = plan_from_protocol(protocol("upper_back_neck_tension"))
    assert "GB21" not in plan.point_codes
    assert plan.cupping is not None and plan.cupping.sites == ("upper back and shoulders",)


def test_pattern_templates_put_moxa_and_cups_where_the_template_says() -> None:
    cold = plan_from_protocol(protocol("cold_damp"))
    assert cold.moxibustion is not None and cold.moxibustion.sites == ("GV3", "BL23", "BL25")
    assert cold.cupping is not None and cold.cupping.sites == ("lumbar paraspinals",)
    yin = plan_from_protocol(protocol("kidney_yin_deficiency"))
    assert yin.moxibustion is None and Technique.MOXIBUSTION not in yin.techniques
