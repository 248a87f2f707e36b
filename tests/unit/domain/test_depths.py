"""Issue 17 rule 9: every point's usual and safe depth, the typed-depth parser, the
depth warning; and the moxibustion-suitability warning (rule 10)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.catalog import _point, load_catalog
from planner.domain.depth import (
    BRIEF_MAX,
    MM_PER_CUN,
    beyond_safe,
    brief_depth,
    cun_text,
    depth_at,
    depth_hint,
    depth_in_cun,
    field_hints,
    usual_depth,
)
from planner.domain.safety import AshiRegion, Finding, PatientFacts, PlannedTreatment, screen
from planner.domain.vocab import Technique

T = Technique
HEALTHY = PatientFacts(age=40)
NEEDLING = frozenset({T.LOCAL_NEEDLING, T.DISTAL_NEEDLING})
JIAJI_LEVELS = [f"EX-B2:T{n}" for n in range(1, 13)] + [f"EX-B2:L{n}" for n in range(1, 6)]


def depth_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule == "depth.beyond_safe"]


# --- the parser ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cun"),
    [
        ("1 cun", 1.0),
        ("1.5 cun", 1.5),
        ("0.5-1 cun", 1.0),
        ("0.5–1 cun", 1.0),  # en dash, as the catalog writes ranges
        ("0.5 to 1.5 cun", 1.5),
        ("1–1.5 cun perpendicular", 1.5),
        ("3CUN", 3.0),
        ("1.5寸", 1.5),
        ("0,5-1,5 cun", 1.5),  # decimal comma
        ("15 mm", 15 / MM_PER_CUN),
        ("30mm", 30 / MM_PER_CUN),
        ("2 cm", 20 / MM_PER_CUN),
        ("0.5 cun, then 1 cun", 1.0),  # the deepest of several
        ("1 cun then 0.5 cun", 1.0),
    ],
)
def test_a_typed_depth_is_read_as_cun(text: str, cun: float) -> None:
    assert depth_in_cun(text) == pytest.approx(cun)


@pytest.mark.parametrize("text", ["", "muscle layer", "shallow", "1", "to the bone", "1 cunning"])
def test_anything_without_a_number_and_unit_is_not_a_depth(text: str) -> None:
    assert depth_in_cun(text) is None


def test_millimetres_use_a_small_persons_cun() -> None:
    # WHO 2008 proportional cun: the same millimetres are more cun in a small patient, so
    # a small adult's cun (about 17 mm; an average adult's nearer 20) is the cautious one.
    assert 12 <= MM_PER_CUN <= 18


def test_cun_text() -> None:
    assert [cun_text(v) for v in (1.0, 0.5, 34 / MM_PER_CUN, 4 / 3)] == [
        "1 cun",
        "0.5 cun",
        "2 cun",
        "1.3 cun",
    ]


# --- the catalog data ---------------------------------------------------------------------


def all_points() -> list[str]:
    return [p.code for p in load_catalog().points] + JIAJI_LEVELS


@pytest.mark.parametrize("code", all_points())
def test_every_point_has_usual_depth_angle_maximum_and_source(code: str) -> None:
    point = load_catalog()[code]
    depth = point.depth
    assert depth is not None
    assert depth.usual and depth.angle and depth.risk and depth.source
    assert 0 < depth.max_cun <= 3.0
    usual = depth_in_cun(depth.usual)
    assert usual is not None and usual <= depth.max_cun  # the usual depth never warns
    assert beyond_safe(point, usual_depth(point)) is None


def test_the_catalog_has_58_points_all_with_depths() -> None:
    points = load_catalog().points
    assert len(points) == 58
    assert all(p.depth is not None for p in points)


@pytest.mark.parametrize(
    ("code", "most", "risk"),
    [
        ("GB21", 0.5, "lung"),
        ("BL17", 0.5, "lung"),
        ("BL11", 0.5, "lung"),
        ("SI14", 0.5, "lung"),
        ("BL23", 1.0, "kidney"),
        ("BL24", 1.0, "kidney"),
        ("BL52", 0.8, "kidney"),
        ("GV3", 1.0, "spinal canal"),
        ("GV4", 1.0, "spinal"),
        ("GV14", 1.0, "spinal cord"),
        ("GB20", 1.0, "vertebral artery"),
        ("GB30", 3.0, "sciatic nerve"),
        ("BL36", 2.0, "sciatic nerve"),
        ("BL40", 1.0, "popliteal artery"),
        ("EX-B2", 0.5, "lung"),
        ("EX-B2:T6", 0.5, "lung"),
        ("EX-B2:L4", 1.0, "spinal canal"),
        ("Ashi", 0.5, "lung"),
    ],
)
def test_the_structures_at_risk(code: str, most: float, risk: str) -> None:
    depth = load_catalog()[code].depth
    assert depth is not None
    assert depth.max_cun == most and risk in depth.risk


def test_the_hint_names_usual_depth_angle_maximum_and_risk() -> None:
    point = load_catalog()["BL23"]
    assert usual_depth(point) == "0.5–1 cun perpendicular, or oblique toward the spine"
    hint = depth_hint(point)
    assert hint.startswith(usual_depth(point)) and "at most 1 cun" in hint and "kidney" in hint


def test_stored_points_without_depth_still_load() -> None:
    item = {
        "code": "XX1",
        "pinyin": "X",
        "characters": "X",
        "english": "X",
        "channel": "XX",
        "region": "leg",
        "role": "distal",
        "location": "x",
        "pregnancy": "none",
        "bilateral": True,
    }
    point = _point(item)
    assert point.depth is None and point.depth_by_place == {}
    assert usual_depth(point) == "" and depth_hint(point) == ""
    assert beyond_safe(point, "9 cun") is None


# --- the engine ---------------------------------------------------------------------------


def plan(points: tuple[str, ...], *depths: tuple[str, str]) -> PlannedTreatment:
    return PlannedTreatment(NEEDLING, points, depths=depths)


def test_three_cun_at_bl23_warns_naming_the_kidney_and_the_maximum() -> None:
    found = depth_findings(screen(HEALTHY, plan(("BL23",), ("BL23", "3 cun"))))
    assert [(f.severity.value, f.subject) for f in found] == [("warn", "BL23")]
    assert "kidney" in found[0].message and "1 cun" in found[0].message
    assert "3 cun" in found[0].message and "about" not in found[0].message
    assert "no deeper than 1 cun" in found[0].action


def test_millimetres_are_shown_in_cun() -> None:
    found = depth_findings(screen(HEALTHY, plan(("GB21",), ("GB21", "17 mm"))))
    assert [f.subject for f in found] == ["GB21"]
    assert "17 mm (about 1 cun)" in found[0].message and "lung" in found[0].message


def test_depths_within_the_maximum_and_words_are_silent() -> None:
    depths = (
        ("BL23", "1 cun"),
        ("BL25", "25 mm"),  # about 1.5 cun: Deadman's usual depth there
        ("ST36", "2 cun"),  # the textbook's usual depth, nothing at risk within reach
        ("GB30", "3 cun"),
        ("GB21", "muscle layer"),
        ("BL17", "8 mm"),
        ("EX-B2:L4", "1 cun"),
    )
    points = tuple(code for code, _ in depths)
    assert screen(HEALTHY, plan(points, *depths)) == [
        f for f in screen(HEALTHY, plan(points)) if f.rule != "depth.beyond_safe"
    ]
    assert depth_findings(screen(HEALTHY, plan(points, *depths))) == []


def test_the_usual_depth_at_every_point_is_silent() -> None:
    catalog = load_catalog()
    depths = tuple((code, usual_depth(catalog[code])) for code in all_points())
    assert depth_findings(screen(HEALTHY, plan(tuple(all_points()), *depths))) == []


def test_jiaji_depth_follows_its_level() -> None:
    depths = (("EX-B2:T6", "1 cun"), ("EX-B2:L4", "1 cun"))
    found = depth_findings(screen(HEALTHY, plan(("EX-B2:T6", "EX-B2:L4"), *depths)))
    assert [f.subject for f in found] == ["EX-B2:T6"]


def test_one_finding_per_point_the_deepest_typed() -> None:
    depths = (("BL23", "1.5 cun"), ("bl23", "2 cun"), ("BL23", "1.2 cun"), ("BL23", "x"))
    found = depth_findings(screen(HEALTHY, plan(("BL23",), *depths)))
    assert len(found) == 1 and "2 cun" in found[0].message


def test_depths_for_unknown_codes_are_ignored() -> None:
    found = screen(HEALTHY, plan(("BL23",), ("not a point", "9 cun"), ("ZZ99", "9 cun")))
    assert depth_findings(found) == []


# --- moxibustion at a point marked unsuitable --------------------------------------------


def moxa(*sites: str, techniques: frozenset[Technique] | None = None) -> PlannedTreatment:
    chosen = techniques if techniques is not None else frozenset({T.MOXIBUSTION})
    return PlannedTreatment(chosen, moxa_sites=sites)


def moxa_findings(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.subject, f.action) for f in findings if f.rule == "moxibustion.unsuitable_point"]


def test_moxa_on_the_face_is_warned_against() -> None:
    found = moxa_findings(screen(HEALTHY, moxa("GV26")))
    assert found == [("GV26", "Do not use moxa here; choose another site.")]


def test_moxa_at_a_classically_forbidden_point_warns_indirect_only() -> None:
    findings = screen(HEALTHY, moxa("BL40", "BL40", "KI3"))
    found = [f for f in findings if f.rule == "moxibustion.unsuitable_point"]
    assert [f.subject for f in found] == ["BL40", "KI3"]
    assert "Zhenjiu Dacheng" in found[0].message and "indirect" in found[0].action


def test_moxa_at_suitable_points_or_areas_is_silent() -> None:
    assert moxa_findings(screen(HEALTHY, moxa("BL23", "GV4", "lower back", "EX-B2:L4"))) == []


def test_moxa_sites_without_moxibustion_are_not_read() -> None:
    assert moxa_findings(screen(HEALTHY, moxa("GV26", techniques=NEEDLING))) == []


def test_the_brief_depth_fits_a_plans_depth_field() -> None:
    catalog = load_catalog()
    for code in all_points():
        brief = brief_depth(catalog[code])
        assert brief.startswith(catalog[code].depth.usual)  # type: ignore[union-attr]
        assert len(brief) <= BRIEF_MAX and depth_in_cun(brief) is not None
    assert brief_depth(catalog["BL40"]) == "0.5–1 cun perpendicular"
    point = catalog["BL23"]
    long_angle = replace(point.depth, angle="oblique " + "very " * 10 + "carefully")  # type: ignore[type-var]
    assert brief_depth(replace(point, depth=long_angle)) == "0.5–1 cun oblique"
    long_word = replace(point.depth, angle="x" * 40)  # type: ignore[type-var]
    assert brief_depth(replace(point, depth=long_word)) == "0.5–1 cun"
    assert brief_depth(replace(point, depth=None)) == ""


def test_field_hints_for_a_depth_field() -> None:
    usual, tip = field_hints("bl23")
    assert usual == "0.5–1 cun perpendicular" and "kidney" in tip
    assert field_hints("ZZ99") == ("", "") and field_hints("not a code") == ("", "")
    assert field_hints("EX-B2:L4", load_catalog())[0] == "0.5–1 cun perpendicular"


# --- Ashi points by their region ----------------------------------------------------------


def ashi(typed: str, *regions: AshiRegion | None) -> list[Finding]:
    treatment = PlannedTreatment(
        NEEDLING, ("Ashi",), depths=(("Ashi", typed),), ashi_regions=regions
    )
    return depth_findings(screen(HEALTHY, treatment))


def test_every_ashi_region_has_its_depth() -> None:
    places = load_catalog()["Ashi"].depth_by_place
    assert set(places) == {region.value for region in AshiRegion}
    assert places["thorax"].max_cun == 0.5 and "lung" in places["thorax"].risk
    assert places["buttock"].max_cun == 2.0 and "sciatic" in places["buttock"].risk


def test_an_ashi_depth_follows_its_region() -> None:
    assert ashi("1 cun", AshiRegion.LUMBOSACRAL) == []
    assert ashi("2 cun", AshiRegion.BUTTOCK) == []
    assert "sciatic nerve" in ashi("2.5 cun", AshiRegion.BUTTOCK)[0].message
    assert "kidney" in ashi("1.2 cun", AshiRegion.LUMBOSACRAL, AshiRegion.LIMB)[0].message


@pytest.mark.parametrize(
    "regions",
    [(), (None,), (AshiRegion.LUMBOSACRAL, None), (AshiRegion.LUMBOSACRAL, AshiRegion.THORAX)],
)
def test_an_ashi_depth_without_a_known_region_is_read_over_the_lung(
    regions: tuple[AshiRegion | None, ...],
) -> None:
    found = ashi("1 cun", *regions)
    assert [f.subject for f in found] == ["Ashi"] and "lung" in found[0].message


def test_depth_at_an_unknown_place_is_the_points_own() -> None:
    point = load_catalog()["Ashi"]
    assert depth_at(point, ["nowhere"]) == point.depth
    assert depth_at(point) == point.depth
    assert depth_at(load_catalog()["BL23"], ["limb"]) == load_catalog()["BL23"].depth
