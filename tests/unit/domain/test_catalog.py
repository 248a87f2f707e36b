"""Catalog integrity, code normalisation, search and drawing positions."""

from __future__ import annotations

import pytest

from planner.domain.body import load_outline
from planner.domain.catalog import (
    JIAJI,
    Catalog,
    MoxaSuitability,
    PlanRegion,
    PregnancyStatus,
    SafetyFlag,
    View,
    load_catalog,
    normalise_code,
)

# Reference §1: the 41 entries every catalog must hold.
REFERENCE_CODES = [
    "GV3",
    "GV4",
    "BL23",
    "BL24",
    "BL25",
    "BL26",
    "BL52",
    "EX-B7",
    "EX-B8",
    "EX-B2",
    "BL32",
    "BL53",
    "BL54",
    "GB30",
    "BL36",
    "BL40",
    "BL57",
    "BL58",
    "BL60",
    "BL62",
    "GB34",
    "GB39",
    "GB41",
    "KI3",
    "SP6",
    "LR3",
    "ST36",
    "SI3",
    "LI4",
    "EX-UE7",
    "GV26",
    "GV14",
    "GB20",
    "BL10",
    "GB21",
    "SI14",
    "SI15",
    "BL11",
    "BL17",
    "BL18",
    "Ashi",
]

CATALOG = load_catalog()


def test_catalog_holds_every_reference_point_once() -> None:
    codes = [point.code for point in CATALOG.points]
    assert len(REFERENCE_CODES) == 41
    assert len(codes) == len(set(codes)) >= 41
    assert set(REFERENCE_CODES) <= set(codes)


@pytest.mark.parametrize("point", CATALOG.points, ids=lambda p: p.code)
def test_each_point_is_complete_and_canonical(point) -> None:
    assert normalise_code(point.code) == point.code
    assert point.pinyin and point.characters and point.english and point.location
    assert point.channel
    assert point.location.endswith(".")
    if point.code.startswith("GV"):
        assert not point.bilateral  # the governing vessel runs on the midline
    if SafetyFlag.PREGNANCY in point.flags:
        assert point.pregnancy != PregnancyStatus.NONE


@pytest.mark.parametrize("point", CATALOG.points, ids=lambda p: p.code)
def test_positions_lie_inside_the_outline_on_both_sides(point) -> None:
    outline = load_outline()
    if point.code == "Ashi":
        assert point.positions == {}  # a tender point has no fixed place
        return
    assert point.positions, "every fixed point can be drawn"
    for view in point.positions:
        for right in (False, True):
            spot = point.position(view, right_side=right)
            assert spot is not None and outline.contains(*spot), (view, right, spot)
        if not point.bilateral:
            assert point.positions[view][0] == 0.5


def test_right_side_mirrors_and_missing_views() -> None:
    bl23 = CATALOG["BL23"]
    left = bl23.position(View.BACK)
    right = bl23.position(View.BACK, right_side=True)
    assert left is not None and right is not None
    assert right == (round(1 - left[0], 4), left[1])
    assert bl23.position(View.FRONT) is None
    assert CATALOG["GV3"].position(View.BACK, right_side=True) == (0.5, 0.42)


def test_pregnancy_statuses_follow_the_reference() -> None:
    forbidden = {p.code for p in CATALOG.points if p.pregnancy == PregnancyStatus.FORBIDDEN}
    assert {"LI4", "SP6", "BL60", "GB21", "BL31", "BL32", "BL33", "BL34", "BL67"} <= forbidden
    later = {p.code for p in CATALOG.points if p.pregnancy == PregnancyStatus.AFTER_FIRST_TRIMESTER}
    lumbosacral = {"BL23", "BL24", "BL25", "BL26", "BL52", "BL53", "BL54", "GV3", "GV4"}
    assert lumbosacral | {"EX-B7", "EX-B8", "EX-B2"} <= later


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("BL23", "BL23"),
        ("bl23", "BL23"),
        (" Bl 23 ", "BL23"),
        ("BL-23", "BL23"),
        ("bl023", "BL23"),
        ("LV3", "LR3"),
        ("lv3", "LR3"),
        ("lr3", "LR3"),
        ("SJ5", "TE5"),
        ("tw 5", "TE5"),
        ("ashi", "Ashi"),
        ("ASHI", "Ashi"),
        ("ex-b2", "EX-B2"),
        ("EX-UE7", "EX-UE7"),
        ("ex-b2 l4", "EX-B2:L4"),
        ("EX-B2:L4", "EX-B2:L4"),
        ("EX-B2(T6)", "EX-B2:T6"),
        ("exb2-t12", "EX-B2:T12"),
        ("EX-B2:T13", None),
        ("EX-B2:L6", None),
        ("", None),
        ("kidney", None),
        ("23", None),
    ],
)
def test_codes_are_normalised(typed: str, canonical: str | None) -> None:
    assert normalise_code(typed) == canonical


def test_lookup_accepts_aliases_and_rejects_unknown_codes() -> None:
    assert CATALOG.get("lv3") is CATALOG.get("LR3")
    assert CATALOG.get("BL99") is None
    assert CATALOG.get("nonsense") is None
    assert not CATALOG.is_known("BL99")
    assert CATALOG.is_known("ex-b2 l5")
    with pytest.raises(KeyError):
        CATALOG["BL99"]


def test_jiaji_levels_carry_only_the_flags_of_their_level() -> None:
    thoracic, lumbar, unspecified = CATALOG["EX-B2:T5"], CATALOG["EX-B2:L4"], CATALOG[JIAJI]
    assert thoracic.flags == {SafetyFlag.THORAX}
    assert thoracic.pregnancy == PregnancyStatus.NONE
    assert lumbar.flags == {SafetyFlag.PREGNANCY}
    assert lumbar.pregnancy == PregnancyStatus.AFTER_FIRST_TRIMESTER
    assert {SafetyFlag.THORAX, SafetyFlag.PREGNANCY} <= unspecified.flags
    heights = [
        CATALOG[f"EX-B2:{level}"].positions[View.BACK][1]
        for level in ("T1", "T6", "T12", "L1", "L5")
    ]
    assert heights == sorted(heights) and heights[0] == 0.185 and heights[-1] == 0.435
    assert lumbar.english.endswith("at L4")


def test_a_catalog_without_jiaji_does_not_invent_levels() -> None:
    small = Catalog(tuple(p for p in CATALOG.points if p.code != JIAJI), {})
    assert small.get("EX-B2:L4") is None


def test_plan_regions_map_to_known_points() -> None:
    assert set(CATALOG.regions) == set(PlanRegion)
    for region in PlanRegion:
        points = CATALOG.in_region(region)
        assert points, region
    assert "BL23" in {p.code for p in CATALOG.in_region(PlanRegion.LOWER_BACK_LOCAL)}
    hand = {p.code for p in CATALOG.in_region(PlanRegion.DISTAL_HAND)}
    assert {"SI3", "LI4", "EX-UE7", "SI6", "TE5", "EX-UE8"} == hand
    assert "GB20" in {p.code for p in CATALOG.in_region(PlanRegion.UPPER_BACK_NECK_LOCAL)}
    assert "BL40" in {p.code for p in CATALOG.in_region(PlanRegion.SCIATICA_DISTAL)}


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("BL23", "BL23"),
        ("bl 23", "BL23"),
        ("Shènshū", "BL23"),
        ("shenshu", "BL23"),
        ("Kidney", "BL23"),
        ("肾俞", "BL23"),
        ("weizhong", "BL40"),
        ("lv3", "LR3"),
        ("taichong", "LR3"),
        ("great rushing", "LR3"),
    ],
)
def test_search_by_code_pinyin_english_and_characters(query: str, first: str) -> None:
    assert CATALOG.search(query)[0].code == first


def test_search_ranks_prefixes_before_substrings_and_empty_lists_all() -> None:
    results = [p.code for p in CATALOG.search("shu")]
    assert results[0] == "GV26"  # Shuigou starts with "shu"; Shenshu only contains it
    assert results.index("GV26") < results.index("BL23")
    assert len(CATALOG.search("")) == len(CATALOG.points)
    assert CATALOG.search("zzzz") == []
    assert [p.code for p in CATALOG.search("阳")][:1] == ["GV3"]


def test_pinyin_without_tones() -> None:
    assert CATALOG["BL23"].pinyin_plain == "Shenshu"
    assert CATALOG["ST36"].pinyin_plain == "Zusanli"


def test_codes_lists_the_base_codes() -> None:
    assert "BL23" in CATALOG.codes() and "EX-B2:L4" not in CATALOG.codes()
    assert len(CATALOG.codes()) == len(CATALOG.points)


# Issue 17 rule 10: points added for back pain, all located per WHO 2008.
ADDED_CODES = [
    "SI6", "BL37", "GB31", "GV2", "BL22", "BL27", "BL28",
    "SP9", "SP10", "KI7", "SI11", "TE5", "EX-UE8",
]  # fmt: skip


def test_the_added_points_are_in_the_catalog_and_offered_in_a_region() -> None:
    assert len(CATALOG.points) == 58  # 45 before issue 17
    in_regions = {code for codes in CATALOG.regions.values() for code in codes}
    for code in ADDED_CODES:
        assert CATALOG.is_known(code) and code in in_regions, code


def test_lumbosacral_additions_carry_pregnancy_kidney_and_spinal_flags() -> None:
    for code in ("BL22", "BL27", "BL28", "GV2"):
        assert CATALOG[code].pregnancy == PregnancyStatus.AFTER_FIRST_TRIMESTER, code
    assert SafetyFlag.KIDNEY in CATALOG["BL22"].flags
    assert SafetyFlag.KIDNEY in CATALOG["BL24"].flags  # conservative: lower pole near L3
    assert SafetyFlag.SPINAL in CATALOG["GV2"].flags  # sacral hiatus opens into the canal
    assert SafetyFlag.NERVE in CATALOG["BL37"].flags  # sciatic nerve below


def test_gb30_lies_a_third_of_the_way_from_trochanter_to_sacral_hiatus() -> None:
    location = CATALOG["GB30"].location
    assert "greater trochanter" in location and "sacral hiatus" in location
    assert "one third" in location


def test_jiaji_has_the_first_tone() -> None:
    assert CATALOG[JIAJI].pinyin == "Jiājǐ"
    assert CATALOG[JIAJI].pinyin_plain == "Jiaji"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Huatuojiaji", "EX-B2"),
        ("hua tuo jiaji", "EX-B2"),
        ("華佗夾脊", "EX-B2"),
        ("Yaotongxue", "EX-UE7"),
        ("腰痛點", "EX-UE7"),
        ("luozhen", "EX-UE8"),
        ("落枕", "EX-UE8"),
        ("wailaogong", "EX-UE8"),
        ("renzhong", "GV26"),
        ("腎俞", "BL23"),
        ("崑崙", "BL60"),
        ("juegu", "GB39"),
        ("SJ5", "TE5"),
        ("waiguan", "TE5"),
    ],
)
def test_search_by_common_names_and_traditional_characters(query: str, first: str) -> None:
    assert CATALOG.search(query)[0].code == first


def test_aliases_are_searchable_text_only() -> None:
    assert CATALOG["BL23"].aliases == ("腎俞",)
    assert CATALOG["BL40"].aliases == ()


def test_moxibustion_suitability_is_given_for_every_point_with_a_reason() -> None:
    for point in CATALOG.points:
        assert point.moxibustion in MoxaSuitability
        assert bool(point.moxibustion_note) == (point.moxibustion != MoxaSuitability.SUITABLE)
    assert CATALOG["GV26"].moxibustion == MoxaSuitability.AVOID  # the face
    classical = {"BL10", "BL36", "BL37", "BL40", "BL62", "SP9"}
    for code in classical | {"KI3", "LR3", "GB20"}:
        assert CATALOG[code].moxibustion == MoxaSuitability.CAUTION, code
    assert "Zhenjiu Dacheng" in CATALOG["BL40"].moxibustion_note
    assert CATALOG["BL23"].moxibustion == MoxaSuitability.SUITABLE
    assert CATALOG["EX-B2:L4"].moxibustion == MoxaSuitability.SUITABLE  # levels keep the base's
