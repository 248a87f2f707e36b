"""Protocol templates and technique defaults."""

from __future__ import annotations

import pytest

from planner.domain.body import load_outline
from planner.domain.catalog import load_catalog
from planner.domain.protocols import load_protocols, patterns, protocol, protocol_for_pattern
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


# --- templates by pattern (issue 17 item 11) ---------------------------------------------------

PATTERN_TEMPLATES = {
    "cold_damp": "Cold-damp obstruction",
    "qi_blood_stasis": "Qi and blood stasis",
    "kidney_yang_deficiency": "Kidney yang deficiency",
    "kidney_yin_deficiency": "Kidney yin deficiency",
    "damp_heat": "Damp-heat",
}


def test_every_pattern_has_a_template_and_the_intake_list_names_them() -> None:
    assert patterns() == tuple(PATTERN_TEMPLATES.values())
    for template_id, pattern in PATTERN_TEMPLATES.items():
        assert protocol(template_id).pattern == pattern
        assert protocol_for_pattern(pattern) == protocol(template_id)


@pytest.mark.parametrize(
    ("text", "template_id"),
    [
        ("Cold-Damp obstruction", "cold_damp"),
        ("damp and cold in the channels", "cold_damp"),
        ("Qi and Blood stagnation", "qi_blood_stasis"),
        ("blood stasis after a fall", "qi_blood_stasis"),
        ("KIDNEY YANG DEFICIENCY", "kidney_yang_deficiency"),
        ("Kidney-yang deficient", "kidney_yang_deficiency"),
        ("kidney yin vacuity", "kidney_yin_deficiency"),
        ("Damp heat in the lower burner", "damp_heat"),
        ("Dampness-heat", "damp_heat"),
    ],
)
def test_the_intakes_free_text_pattern_finds_its_template(text: str, template_id: str) -> None:
    found = protocol_for_pattern(text)
    assert found is not None and found.id == template_id


@pytest.mark.parametrize("text", ["", "Liver Qi stagnation", "kidney deficiency", "cold", "—"])
def test_a_pattern_without_a_template_finds_none(text: str) -> None:
    assert protocol_for_pattern(text) is None


def test_the_condition_templates_have_no_pattern() -> None:
    for template_id in REQUIRED:
        assert protocol(template_id).pattern == "" and protocol(template_id).pattern_words == ()


@pytest.mark.parametrize("template_id", ["cold_damp", "kidney_yang_deficiency"])
def test_cold_and_yang_deficiency_are_warmed_with_moxa(template_id: str) -> None:
    template = protocol(template_id)
    assert Technique.MOXIBUSTION in template.techniques
    assert template.moxa_type is not None and template.moxa_sites


@pytest.mark.parametrize("template_id", ["damp_heat", "kidney_yin_deficiency"])
def test_heat_and_yin_deficiency_get_no_moxa(template_id: str) -> None:
    template = protocol(template_id)
    assert Technique.MOXIBUSTION not in template.techniques and template.moxa_type is None
    assert "no moxibustion" in template.rationale.casefold()


@pytest.mark.parametrize("template", load_protocols(), ids=lambda p: p.id)
def test_template_settings_fit_its_techniques_and_the_catalog(template) -> None:
    catalog = load_catalog()
    techniques = set(template.techniques)
    assert (template.moxa_type is not None) <= (Technique.MOXIBUSTION in techniques)
    assert (template.cupping_type is not None) <= (Technique.CUPPING in techniques)
    assert bool(template.moxa_sites) <= (Technique.MOXIBUSTION in techniques)
    assert bool(template.cupping_sites) <= (Technique.CUPPING in techniques)
    assert template.required_points and all(not p.optional for p in template.required_points)
    for site in template.moxa_sites:  # moxa sites that are points: suitable for moxa
        if catalog.is_known(site):
            assert catalog[site].moxibustion.value != "avoid", site
    # reference §3, §4: warming-needle moxa never on a needle carrying an EA lead
    if template.moxa_type == MoxaType.WARMING_NEEDLE and template.electro_pairs:
        wired = {code for pair in template.electro_pairs for code in pair}
        assert template.moxa_sites and not wired & set(template.moxa_sites)
    assert "[" not in template.rationale and len(template.rationale) < 1000


@pytest.mark.parametrize("template", load_protocols(), ids=lambda p: p.id)
def test_a_healthy_adult_on_a_template_hears_only_point_cautions(template) -> None:
    plan = PlannedTreatment(
        frozenset(template.techniques), tuple(p.code for p in template.required_points)
    )
    findings = screen(PatientFacts(age=40), plan)
    assert {f.rule for f in findings} <= {"point.pneumothorax_risk"}


def test_gb21_is_optional_in_the_neck_template() -> None:
    neck = protocol("upper_back_neck_tension")
    assert [p.code for p in neck.optional_points] == ["GB21"]
    assert "GB21" not in [p.code for p in neck.required_points]
    assert "pregnan" in neck.rationale


def test_movement_with_needles_in_only_when_supervised() -> None:
    acute = protocol("acute_lumbar_strain").rationale
    assert "only while you stay beside the patient" in acute
    assert "never with needles in the back" in acute


def test_the_pregnancy_template_avoids_the_lumbosacral_area_throughout() -> None:
    assert "throughout pregnancy" in protocol("pregnancy_low_back").rationale
