"""Issue 17 safety rules: pregnancy (reference §2 as corrected), skin lesions, diabetes."""

from __future__ import annotations

import pytest

from planner.domain.safety import Finding, PatientFacts, PlannedTreatment, screen
from planner.domain.vocab import Condition, CuppingType, Technique

T = Technique
ORDINARY_POINTS = ("BL23", "BL25", "GV3", "EX-B2:L4", "BL52", "BL40", "GB34", "SI3", "BL60", "ST36")
HEALTHY = PatientFacts(age=40)


def rules(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.rule, f.subject) for f in findings]


def pregnant(weeks: int | None = 20, *conditions: Condition) -> PatientFacts:
    return PatientFacts(
        age=32, pregnant=True, gestation_weeks=weeks, conditions=frozenset(conditions)
    )


def facts(*conditions: Condition) -> PatientFacts:
    return PatientFacts(age=55, conditions=frozenset(conditions))


# --- 1. Pregnancy ------------------------------------------------------------------------


@pytest.mark.parametrize("weeks", [4, 11, None])
def test_lumbosacral_points_are_flagged_in_the_first_trimester_and_unknown(
    weeks: int | None,
) -> None:
    points = ("BL23", "BL26", "BL53", "GV4", "EX-B7", "EX-B8", "EX-B2:L3", "EX-B2")
    findings = screen(pregnant(weeks), PlannedTreatment(frozenset({T.LOCAL_NEEDLING}), points))
    flagged = [f.subject for f in findings if f.rule == "pregnancy.lumbosacral_point"]
    assert flagged == list(points)
    # WHO 1999 §2.1: contraindicated in the first trimester - a "do not" needing a reason
    assert {f.severity for f in findings if f.rule == "pregnancy.lumbosacral_point"} == {"block"}


@pytest.mark.parametrize("weeks", [12, 20, 38])
def test_lumbosacral_points_are_a_caution_after_the_third_month(weeks: int) -> None:
    """WHO 1999 §2.1: after the third month the lumbosacral region "should be avoided"."""
    findings = screen(pregnant(weeks), PlannedTreatment(frozenset({T.LOCAL_NEEDLING}), ("BL23",)))
    assert ("warn", "pregnancy.lumbosacral_point", "BL23") in rules(findings)


def test_the_window_screens_cups_and_moxa_where_the_plan_puts_them() -> None:
    """courses_safety.treatment_of hands the plan's sites to the engine: cups on the
    shoulders of a pregnant patient are not read as cups over the lumbosacral area."""
    from planner.domain.courses_safety import treatment_of
    from planner.domain.plans import Cupping, Moxibustion, Plan
    from planner.domain.vocab import MoxaType

    plan = Plan(
        techniques=frozenset({T.CUPPING, T.MOXIBUSTION}),
        cupping=Cupping(type=CuppingType.DRY, sites=("GB21",), minutes=5),
        moxibustion=Moxibustion(type=MoxaType.STICK, sites=("ST36",), minutes=5),
    )
    treatment = treatment_of(plan)
    assert (treatment.cupping_sites, treatment.moxa_sites) == (("GB21",), ("ST36",))
    assert treatment_of(Plan(techniques=frozenset())).cupping_sites == ()


@pytest.mark.parametrize("code", ["LI4", "SP6", "BL60", "BL67", "GB21", "BL31", "BL34"])
def test_forbidden_points_are_a_do_not(code: str) -> None:
    findings = screen(pregnant(8), PlannedTreatment(frozenset({T.DISTAL_NEEDLING}), (code,)))
    assert ("block", "pregnancy.forbidden_point", code) in rules(findings)
    assert "record the reason" in findings[0].action


def test_electroacupuncture_in_pregnancy_is_a_do_not() -> None:
    findings = screen(pregnant(30), PlannedTreatment(frozenset({T.ELECTROACUPUNCTURE})))
    assert rules(findings) == [("block", "ea.pregnancy", "electroacupuncture")]


@pytest.mark.parametrize(
    "sites",
    [
        ("BL23",),
        ("Lower back",),
        ("sacrum",),
        ("abdomen",),
        ("GB30",),
        ("EX-B2:L4",),
        ("Ashi",),
        ("somewhere sore",),  # an area the engine cannot place: the cautious reading
        ("upper back", "lumbar paraspinals"),
    ],
)
def test_cupping_and_moxa_over_the_abdomen_or_lumbosacral_site_are_a_do_not(
    sites: tuple[str, ...],
) -> None:
    treatment = PlannedTreatment(
        frozenset({T.CUPPING, T.MOXIBUSTION}),
        cupping_type=CuppingType.DRY,
        cupping_sites=sites,
        moxa_sites=sites,
    )
    findings = screen(pregnant(20), treatment)
    assert rules(findings) == [
        ("block", "pregnancy.moxibustion", "moxibustion"),
        ("block", "pregnancy.cupping", "cupping"),
    ]
    assert all(sites[-1] in f.message for f in findings)


@pytest.mark.parametrize("sites", [("upper back",), ("BL17", "Shoulders"), ("SI14",), ("GB34",)])
def test_cupping_and_moxa_away_from_the_risky_areas_use_the_site(sites: tuple[str, ...]) -> None:
    treatment = PlannedTreatment(
        frozenset({T.CUPPING, T.MOXIBUSTION}),
        cupping_type=CuppingType.DRY,
        cupping_sites=sites,
        moxa_sites=sites,
    )
    assert screen(pregnant(20), treatment) == []


def test_cupping_without_a_site_is_read_cautiously() -> None:
    treatment = PlannedTreatment(frozenset({T.CUPPING}), cupping_type=CuppingType.DRY)
    assert rules(screen(pregnant(None), treatment)) == [("block", "pregnancy.cupping", "cupping")]


def test_a_healthy_patient_gets_no_pregnancy_findings_whatever_the_sites() -> None:
    treatment = PlannedTreatment(
        frozenset(T),
        ORDINARY_POINTS + ("LI4", "SP6"),
        CuppingType.DRY,
        cupping_sites=("BL23", "lower back"),
        moxa_sites=("abdomen",),
    )
    assert screen(HEALTHY, treatment) == []


# --- 4. Skin lesion or infection at the site ----------------------------------------------


def test_a_skin_lesion_applies_to_needling_moxibustion_and_cupping() -> None:
    treatment = PlannedTreatment(
        frozenset({T.DISTAL_NEEDLING, T.MOXIBUSTION, T.CUPPING}),
        ("SI3",),
        CuppingType.DRY,
    )
    findings = screen(facts(Condition.SKIN_LESION_AT_SITE), treatment)
    assert rules(findings) == [
        ("warn", "needling.skin_lesion", "distal_needling"),
        ("warn", "moxibustion.skin_lesion", "moxibustion"),
        ("warn", "cupping.skin_lesion", "cupping"),
    ]


@pytest.mark.parametrize("technique", [T.LOCAL_NEEDLING, T.ELECTROACUPUNCTURE, T.MOXIBUSTION])
def test_skin_lesion_rules_are_silent_without_a_lesion(technique: Technique) -> None:
    assert screen(HEALTHY, PlannedTreatment(frozenset({technique}), ORDINARY_POINTS)) == []


# --- 8. Diabetes -------------------------------------------------------------------------


def test_diabetes_cautions_wet_cupping() -> None:
    wet = PlannedTreatment(frozenset({T.CUPPING}), cupping_type=CuppingType.WET)
    assert rules(screen(facts(Condition.DIABETES), wet)) == [
        ("warn", "diabetes.wet_cupping", "cupping")
    ]
    dry = PlannedTreatment(frozenset({T.CUPPING}), cupping_type=CuppingType.DRY)
    assert screen(facts(Condition.DIABETES), dry) == []
    assert screen(HEALTHY, wet) == []


def test_diabetes_still_cautions_moxibustion() -> None:
    moxa = PlannedTreatment(frozenset({T.MOXIBUSTION}))
    assert rules(screen(facts(Condition.DIABETES), moxa)) == [
        ("warn", "moxibustion.burn_risk", "moxibustion")
    ]


def test_needling_the_feet_with_neuropathy_warns() -> None:
    treatment = PlannedTreatment(
        frozenset({T.DISTAL_NEEDLING}), ("BL60", "KI3", "LR3", "GB34", "SI3")
    )
    findings = screen(facts(Condition.DIABETES, Condition.REDUCED_SENSATION), treatment)
    assert rules(findings) == [
        ("warn", "needling.neuropathic_foot", code) for code in ("BL60", "KI3", "LR3")
    ]


def test_foot_points_are_silent_without_neuropathy_or_needling() -> None:
    needling = PlannedTreatment(frozenset({T.DISTAL_NEEDLING}), ("BL60", "KI3", "LR3"))
    assert screen(facts(Condition.DIABETES), needling) == []
    assert screen(HEALTHY, needling) == []
    no_needles = PlannedTreatment(frozenset({T.CUPPING}), ("KI3",), CuppingType.DRY)
    assert screen(facts(Condition.REDUCED_SENSATION), no_needles) == []


@pytest.mark.parametrize(("weeks", "expected"), [(8, False), (11, False), (12, True), (None, True)])
def test_strong_sensation_points_warn_after_the_third_month(
    weeks: int | None, expected: bool
) -> None:
    points = ("GV26", "EX-UE7", "SI3")
    findings = screen(pregnant(weeks), PlannedTreatment(frozenset({T.DISTAL_NEEDLING}), points))
    warned = [(f.severity.value, f.subject) for f in findings]
    assert warned == ([("warn", "GV26"), ("warn", "EX-UE7")] if expected else [])
    assert {f.rule for f in findings} <= {"pregnancy.strong_sensation_point"}
    assert screen(HEALTHY, PlannedTreatment(frozenset({T.DISTAL_NEEDLING}), points)) == []
