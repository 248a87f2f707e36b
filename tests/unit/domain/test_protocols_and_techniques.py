"""Protocol templates and technique defaults."""

from __future__ import annotations

import pytest

from planner.domain.body import load_outline
from planner.domain.catalog import load_catalog
from planner.domain.protocols import load_protocols, protocol
from planner.domain.safety import PatientFacts, PlannedTreatment, screen
from planner.domain.techniques import (
    CUPPING_DEFAULT_MINUTES,
    EA_FREQUENCIES,
    MOXA_DEFAULT_MINUTES,
    RETENTION_MINUTES,
    TECHNIQUES,
    consent_needed,
    needles_for,
)
from planner.domain.vocab import (
    ConsentScope,
    CuppingType,
    EAFrequencyMode,
    MoxaType,
    PointSide,
    Technique,
)

REQUIRED = {
    "acute_lumbar_strain",
    "chronic_low_back_pain",
    "sciatica",
    "upper_back_neck_tension",
    "degenerative_stenosis",
    "pregnancy_low_back",
}


def test_the_required_templates_exist() -> None:
    assert {p.id for p in load_protocols()} >= REQUIRED


@pytest.mark.parametrize("template", load_protocols(), ids=lambda p: p.id)
def test_template_points_exist_and_pairs_are_among_them(template) -> None:
    catalog = load_catalog()
    codes = [point.code for point in template.points]
    assert codes and len(codes) == len(set(codes))
    for code in codes:
        assert catalog.is_known(code), code
    for a, b in template.electro_pairs:
        assert a in codes and b in codes
    if template.electro_pairs:
        assert Technique.ELECTROACUPUNCTURE in template.techniques
        assert template.ea_mode is not None
    assert template.rationale and template.source and template.name


def test_sciatica_template_leaves_the_side_to_the_plan() -> None:
    sciatica = protocol("sciatica")
    assert all(point.side is None for point in sciatica.points)
    assert protocol("chronic_low_back_pain").points[0].side == PointSide.BILATERAL
    with pytest.raises(KeyError):
        protocol("no_such_template")


def test_pregnancy_safe_template_is_safe_in_pregnancy() -> None:
    template = protocol("pregnancy_low_back")
    plan = PlannedTreatment(frozenset(template.techniques), tuple(p.code for p in template.points))
    for weeks in (8, 20, 36, None):
        assert screen(PatientFacts(age=31, pregnant=True, gestation_weeks=weeks), plan) == []
    assert set(template.techniques) == {Technique.DISTAL_NEEDLING}


def test_other_templates_carry_their_technique_settings() -> None:
    assert protocol("upper_back_neck_tension").cupping_type == CuppingType.DRY
    assert protocol("chronic_low_back_pain").moxa_type == MoxaType.WARMING_NEEDLE
    assert protocol("sciatica").ea_mode == EAFrequencyMode.LOW


def test_technique_defaults_follow_the_reference() -> None:
    assert set(TECHNIQUES) == set(Technique)
    assert all(info.default_minutes > 0 for info in TECHNIQUES.values())
    assert TECHNIQUES[Technique.LOCAL_NEEDLING].default_minutes in RETENTION_MINUTES
    assert EA_FREQUENCIES[EAFrequencyMode.DENSE_DISPERSE].hertz == "2/100"
    assert set(CUPPING_DEFAULT_MINUTES) == set(CuppingType)
    assert set(MOXA_DEFAULT_MINUTES) == set(MoxaType)
    assert consent_needed(Technique.DISTAL_NEEDLING) == ConsentScope.NEEDLING
    assert consent_needed(Technique.ELECTROACUPUNCTURE) == ConsentScope.ELECTROACUPUNCTURE
    assert (needles_for(True), needles_for(False)) == (2, 1)


def test_the_outline_is_a_closed_figure() -> None:
    outline = load_outline()
    assert outline.aspect == 0.5
    assert outline.contains(0.5, 0.3)  # chest
    assert not outline.contains(0.02, 0.5)  # beside the body
    assert not outline.contains(0.5, 0.8)  # between the legs
