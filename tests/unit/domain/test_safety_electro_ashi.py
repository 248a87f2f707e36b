"""Issue 17 items 2 and 3: Ashi points screened by their region, electroacupuncture pairs
(reference §3) and metal implants."""

from __future__ import annotations

import json

import pytest

from planner.domain.errors import ValidationError
from planner.domain.safety import (
    AshiRegion,
    Finding,
    Lead,
    PatientFacts,
    PlannedTreatment,
    screen,
)
from planner.domain.screening_case import parse_case
from planner.domain.vocab import Condition, PointSide, Technique

T = Technique
L, R, M, B = PointSide.LEFT, PointSide.RIGHT, PointSide.MIDLINE, PointSide.BILATERAL
A = AshiRegion
HEALTHY = PatientFacts(age=40)
NEEDLING = frozenset({T.LOCAL_NEEDLING})
EA = frozenset({T.LOCAL_NEEDLING, T.ELECTROACUPUNCTURE})


def rules(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.rule, f.subject) for f in findings]


def pregnant(weeks: int | None) -> PatientFacts:
    return PatientFacts(age=30, pregnant=True, gestation_weeks=weeks)


def ashi(*regions: A | None) -> PlannedTreatment:
    return PlannedTreatment(NEEDLING, ("BL23", "Ashi"), ashi_regions=regions)


def pairs(*leads: tuple[Lead, Lead]) -> PlannedTreatment:
    codes = tuple(dict.fromkeys(lead.code for pair in leads for lead in pair))
    regions = tuple(lead.ashi_region for pair in leads for lead in pair if lead.code == "Ashi")
    return PlannedTreatment(EA, codes, ashi_regions=regions, ea_pairs=leads)


# --- Ashi regions ------------------------------------------------------------------------


@pytest.mark.parametrize("region", [A.LUMBOSACRAL, A.BUTTOCK, A.LIMB])
def test_a_healthy_patient_with_ashi_away_from_the_lung_gets_no_finding(region: A) -> None:
    assert screen(HEALTHY, ashi(region)) == []


def test_ashi_over_the_upper_back_warns_of_the_lung() -> None:
    findings = screen(HEALTHY, ashi(A.THORAX))
    assert rules(findings) == [("warn", "point.pneumothorax_risk", "Ashi")]
    assert "upper back and thorax" in findings[0].message


def test_ashi_without_a_region_is_read_as_the_most_cautious_region() -> None:
    """Issue 17 item 2: thorax and lumbosacral flags both."""
    assert rules(screen(HEALTHY, ashi())) == [("warn", "point.pneumothorax_risk", "Ashi")]
    assert rules(screen(HEALTHY, ashi(None))) == [("warn", "point.pneumothorax_risk", "Ashi")]
    found = rules(screen(pregnant(8), ashi()))
    assert ("block", "pregnancy.lumbosacral_point", "Ashi") in found
    assert ("warn", "point.pneumothorax_risk", "Ashi") in found


@pytest.mark.parametrize(
    ("region", "flagged"),
    [(A.LUMBOSACRAL, True), (A.BUTTOCK, True), (A.THORAX, False), (A.LIMB, False)],
)
def test_ashi_in_pregnancy_follows_its_region(region: A, flagged: bool) -> None:
    found = rules(screen(pregnant(20), ashi(region)))
    assert (("warn", "pregnancy.lumbosacral_point", "Ashi") in found) is flagged


def test_several_ashi_points_give_each_finding_once() -> None:
    findings = screen(pregnant(8), ashi(A.THORAX, None, A.LUMBOSACRAL, A.THORAX))
    keys = [(f.rule, f.subject) for f in findings]
    assert len(keys) == len(set(keys))
    assert ("block", "pregnancy.lumbosacral_point", "Ashi") in rules(findings)


# --- Electroacupuncture pairs --------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Lead("BL11", L), Lead("BL11", R)),  # left and right over the lung
        (Lead("SI3", L), Lead("SI3", R)),  # hand to hand: across the heart
        (Lead("LI4", L), Lead("BL23", R)),  # left arm to the right lower back
        (Lead("BL60", R), Lead("SI3", L)),  # right foot to the left hand
        (Lead("BL17", None), Lead("BL18", R)),  # a side not known: may be the other
        (Lead("Ashi", L, A.LIMB), Lead("BL40", R)),  # an Ashi limb point may be the arm
        (Lead("Ashi", R), Lead("BL25", L)),  # Ashi without a region may be the thorax
    ],
)
def test_a_pair_across_the_chest_is_blocked(a: Lead, b: Lead) -> None:
    findings = screen(HEALTHY, pairs((a, b)))
    assert ("block", "ea.across_chest", f"{a.label}/{b.label}") in rules(findings)
    assert "cross the chest" in findings[0].message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Lead("BL23", L), Lead("BL25", L)),  # same side, lower back
        (Lead("BL23", L), Lead("BL23", R)),  # left-right below the chest
        (Lead("EX-B2:L4", L), Lead("EX-B2:L4", R)),  # bilateral lumbar Jiaji (reference §3)
        (Lead("GB30", L), Lead("GB34", L)),  # the sciatic chain; nerve caution only
        (Lead("SI3", L), Lead("BL62", L)),  # same side
        (Lead("GV3", M), Lead("BL25", R)),  # a midline needle does not cross
        (Lead("Ashi", L, A.LUMBOSACRAL), Lead("BL25", R)),
    ],
)
def test_pairs_that_do_not_cross_the_chest_are_not_blocked(a: Lead, b: Lead) -> None:
    assert "ea.across_chest" not in {f.rule for f in screen(HEALTHY, pairs((a, b)))}


def test_ordinary_lumbar_pairs_are_silent_for_a_healthy_patient() -> None:
    treatment = pairs(
        (Lead("BL23", L), Lead("BL25", L)),
        (Lead("BL23", R), Lead("BL25", R)),
        (Lead("EX-B2:L4", L), Lead("EX-B2:L4", R)),
    )
    assert screen(HEALTHY, treatment) == []


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        ("BL17", "ea.thorax_point"),
        ("GV14", "ea.spinal_point"),
        ("GV3", "ea.spinal_point"),
        ("GB30", "ea.nerve_point"),
        ("GB20", "ea.vertebral_artery"),
        ("BL10", "ea.vertebral_artery"),
    ],
)
def test_a_lead_at_a_flagged_needle_warns(code: str, rule: str) -> None:
    side = M if code.startswith("GV") else L
    findings = screen(HEALTHY, pairs((Lead(code, side), Lead("SI3" if side == L else "BL23", L))))
    assert ("warn", rule, code) in rules(findings)
    assert {f.severity.value for f in findings} == {"warn"}


def test_the_vertebral_artery_warning_replaces_the_spinal_one() -> None:
    found = rules(screen(HEALTHY, pairs((Lead("GB20", L), Lead("BL10", L)))))
    assert found == [
        ("warn", "ea.vertebral_artery", "GB20"),
        ("warn", "ea.vertebral_artery", "BL10"),
    ]


def test_ashi_leads_take_their_region() -> None:
    thorax = rules(screen(HEALTHY, pairs((Lead("Ashi", L, A.THORAX), Lead("BL17", L)))))
    assert ("warn", "ea.thorax_point", "Ashi") in thorax
    buttock = rules(screen(HEALTHY, pairs((Lead("Ashi", L, A.BUTTOCK), Lead("GB34", L)))))
    assert buttock == [("warn", "ea.nerve_point", "Ashi"), ("warn", "ea.nerve_point", "GB34")]


def test_pairs_are_not_screened_without_electroacupuncture() -> None:
    treatment = PlannedTreatment(
        NEEDLING, ("BL11",), ea_pairs=((Lead("BL11", L), Lead("BL11", R)),)
    )
    assert rules(screen(HEALTHY, treatment)) == [("warn", "point.pneumothorax_risk", "BL11")]


def test_a_lead_label_names_its_side_and_region() -> None:
    assert Lead("BL23").label == "BL23"
    assert Lead("Ashi", R, A.BUTTOCK).label == "Ashi@buttock:R"
    assert Lead("BL23", B).label == "BL23:B"


# --- Metal hardware ------------------------------------------------------------------------


def test_metal_hardware_with_electroacupuncture_warns() -> None:
    facts = PatientFacts(age=60, conditions=frozenset({Condition.METAL_HARDWARE}))
    treatment = pairs((Lead("BL23", L), Lead("BL25", L)))
    findings = screen(facts, treatment)
    assert rules(findings) == [("warn", "ea.metal_hardware", "electroacupuncture")]
    assert "implant" in findings[0].action


def test_metal_hardware_without_electroacupuncture_is_silent() -> None:
    facts = PatientFacts(age=60, conditions=frozenset({Condition.METAL_HARDWARE}))
    assert screen(facts, PlannedTreatment(NEEDLING, ("BL23",))) == []


# --- The `acuplanner screen` case ----------------------------------------------------------


def case(**fields: object) -> PlannedTreatment:
    data = {"age": 40, "techniques": ["local_needling", "electroacupuncture"], **fields}
    return parse_case(json.dumps(data))[1]


def test_a_case_names_ashi_regions_pairs_and_depths() -> None:
    plan = case(
        points=["BL23", "ashi@lumbosacral", "Ashi", "BL17", "GV3", "EX-B2:L4"],
        ea_pairs=[
            ["BL23:L", "BL23:r"],
            ["BL17", "BL23:R"],
            ["BL17", "BL23"],
            ["Ashi@thorax:L", "GV3"],
            ["EX-B2:L4:L", "EX-B2:L4:R"],
        ],
        depths={"bl23": "1.5 cun", "Ashi": " 10 mm "},
    )
    assert plan.points == ("BL23", "Ashi", "Ashi", "BL17", "GV3", "EX-B2:L4")
    assert plan.ashi_regions == (A.LUMBOSACRAL, None)
    assert [(a.label, b.label) for a, b in plan.ea_pairs] == [
        ("BL23:L", "BL23:R"),
        ("BL17:R", "BL23:R"),
        ("BL17:L", "BL23:L"),
        ("Ashi@thorax:L", "GV3:M"),
        ("EX-B2:L4:L", "EX-B2:L4:R"),
    ]
    assert plan.depths == (("BL23", "1.5 cun"), ("Ashi", "10 mm"))


def test_an_ashi_lead_takes_the_region_of_the_case_ashi_points() -> None:
    plan = case(points=["Ashi@thorax", "BL17"], ea_pairs=[["Ashi:R", "BL17:L"]])
    assert plan.ea_pairs[0][0] == Lead("Ashi", R, A.THORAX)
    assert ("block", "ea.across_chest", "Ashi@thorax:R/BL17:L") in rules(screen(HEALTHY, plan))
    assert case(points=["Ashi"], ea_pairs=[["Ashi:L", "Ashi:R"]]).ea_pairs[0][0] == Lead("Ashi", L)


def test_a_case_without_the_new_fields_still_reads() -> None:
    plan = case(points=["BL23"])
    assert (plan.ea_pairs, plan.depths, plan.ashi_regions) == ((), (), ())


@pytest.mark.parametrize(
    ("fields", "fragments"),
    [
        ({"points": ["BL23@limb"]}, ["points[0]", "only an Ashi point"]),
        ({"points": ["Ashi@neck"]}, ["points[0]", "neck", "lumbosacral"]),
        ({"points": ["BL23"], "ea_pairs": "BL23"}, ["'ea_pairs'", "expected a list"]),
        ({"points": ["BL23"], "ea_pairs": [["BL23"]]}, ["ea_pairs[0]", "two point codes"]),
        ({"points": ["BL23"], "ea_pairs": ["BL23"]}, ["ea_pairs[0]", "two point codes"]),
        ({"points": ["BL23"], "ea_pairs": [["BL23", 5]]}, ["ea_pairs[0][1]", "expected"]),
        ({"points": ["BL23"], "ea_pairs": [["BL23", "BL25"]]}, ["ea_pairs[0][1]", "not in"]),
        ({"points": ["BL23"], "ea_pairs": [["BL23", "ZZ1"]]}, ["ea_pairs[0][1]", "unknown"]),
        (
            {"points": ["BL23", "GV3"], "ea_pairs": [["BL23", "GV3:L"]]},
            ["ea_pairs[0][1]", "midline"],
        ),
        ({"points": ["BL23"], "ea_pairs": [["BL23:M", "BL23"]]}, ["ea_pairs[0][0]", ":L or :R"]),
        ({"points": ["BL23"], "ea_pairs": [["BL23:L", "BL23:L"]]}, ["ea_pairs[0]", "different"]),
        (
            {
                "techniques": ["local_needling"],
                "points": ["BL23"],
                "ea_pairs": [["BL23:L", "BL23:R"]],
            },
            ["'ea_pairs'", "not in techniques"],
        ),
        ({"points": ["BL23"], "depths": ["BL23"]}, ["'depths'", "expected an object"]),
        ({"points": ["BL23"], "depths": {"BL25": "1 cun"}}, ["depths.BL25", "not in points"]),
        ({"points": ["BL23"], "depths": {"XX": "1 cun"}}, ["depths.XX", "unknown"]),
        ({"points": ["BL23"], "depths": {"BL23": 1.5}}, ["depths.BL23", "1.5"]),
        ({"points": ["BL23"], "depths": {"BL23": " "}}, ["depths.BL23", "as typed"]),
        ({"points": ["BL23"], "depths": {"BL23": "x" * 41}}, ["depths.BL23", "40"]),
    ],
)
def test_a_bad_case_names_the_field(fields: dict[str, object], fragments: list[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        case(**fields)
    for fragment in fragments:
        assert fragment in str(caught.value)
