"""Plan validation, safety review of a plan, and what changed between two treatments."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.courses_diff import treatment_changes
from planner.domain.courses_safety import (
    SafetyUnresolved,
    clean_overrides,
    key_of,
    safety_check,
    treatment_of,
)
from planner.domain.plans import (
    Cupping,
    ElectroPair,
    Moxibustion,
    Plan,
    PlanInvalid,
    PointChoice,
    side_for,
    validate_plan,
)
from planner.domain.safety import AshiRegion, Lead, PatientFacts, Severity
from planner.domain.vocab import (
    Condition,
    ConsentScope,
    CuppingType,
    EAFrequencyMode,
    MoxaType,
    PointSide,
    Stimulation,
    Technique,
)

T = Technique
B, L, R, M = PointSide.BILATERAL, PointSide.LEFT, PointSide.RIGHT, PointSide.MIDLINE
ALL_CONSENTS = frozenset(ConsentScope)

BASIC = Plan(
    techniques=frozenset({T.LOCAL_NEEDLING, T.DISTAL_NEEDLING}),
    points=(PointChoice("bl23", B), PointChoice("GV3", M), PointChoice("LV3", L)),
)
FULL = Plan(
    techniques=frozenset(Technique),
    points=(
        PointChoice("BL23", B, depth=" 1 cun ", stimulation=Stimulation.EVEN, de_qi_sought=True),
        PointChoice("BL25", B),
        PointChoice("Ashi", R, ashi_region=AshiRegion.LUMBOSACRAL),
        PointChoice("ashi", L, ashi_region=AshiRegion.BUTTOCK),
    ),
    electro=(
        ElectroPair("bl23", "BL25", EAFrequencyMode.LOW, "2", 0.2, " comfortable ", 30, R, R),
    ),
    cupping=Cupping(CuppingType.DRY, ("lumbar paraspinals", "bl23"), 10),
    moxibustion=Moxibustion(MoxaType.STICK, ("BL23",), 10),
    retention_minutes=30,
    rationale="Chronic LBP",
)


def _problems(plan: Plan, consents: frozenset[ConsentScope] | None = ALL_CONSENTS, **kw) -> dict:
    with pytest.raises(PlanInvalid) as caught:
        validate_plan(plan, consents, **kw)
    return caught.value.problems


def test_a_valid_plan_is_stored_canonical_with_needles_derived() -> None:
    plan = validate_plan(BASIC, ALL_CONSENTS)
    assert [p.code for p in plan.points] == ["BL23", "GV3", "LR3"]
    assert plan.needles == 2 + 1 + 1
    full = validate_plan(FULL, ALL_CONSENTS)
    assert full.points[0].depth == "1 cun" and full.electro[0].point_a == "BL23"
    assert full.electro[0].intensity == "comfortable"
    assert full.cupping is not None and full.cupping.sites == ("lumbar paraspinals", "BL23")
    assert full.point_codes == ("BL23", "BL25", "Ashi")
    assert validate_plan(FULL, None) == full  # templates: no consent check


def test_side_for_uses_the_catalog() -> None:
    assert side_for("GV4", L) == M
    assert side_for("BL23", None) == B
    assert side_for("BL23", M) == B
    assert side_for("BL23", R) == R
    assert side_for("XX99", L) == L


def test_only_consented_techniques() -> None:
    needling_only = frozenset({ConsentScope.NEEDLING})
    problems = _problems(FULL, needling_only)
    assert "cupping, electroacupuncture, moxibustion" in problems["techniques"]
    assert "consented" in problems["techniques"]


@pytest.mark.parametrize(
    ("plan", "field"),
    [
        (Plan(), "techniques"),
        (Plan(techniques=frozenset({T.LOCAL_NEEDLING})), "points"),
        (Plan(techniques=frozenset({T.CUPPING}), points=(PointChoice("BL23", B),)), "points"),
        (replace(BASIC, points=(PointChoice("BL23", B),) * 61), "points"),
        (replace(BASIC, points=(PointChoice("ZZ1", B),)), "points[0].code"),
        (
            replace(BASIC, points=(PointChoice("BL23", B), PointChoice("BL-23", L))),
            "points[1].code",
        ),
        (replace(BASIC, points=(PointChoice("BL23", M),)), "points[0].side"),
        (replace(BASIC, points=(PointChoice("GV4", B),)), "points[0].side"),
        (replace(BASIC, points=(PointChoice("BL23", B, depth="x" * 41),)), "points[0].depth"),
        (replace(BASIC, retention_minutes=0), "retention_minutes"),
        (replace(BASIC, rationale="\x00"), "rationale"),
        (replace(FULL, electro=()), "electro"),
        (replace(BASIC, electro=FULL.electro), "electro"),
        (replace(FULL, electro=(ElectroPair("BL23", "BL40"),)), "electro[0].point_b"),
        (replace(FULL, electro=(ElectroPair("BL23", "bl23"),)), "electro[0].point_b"),
        (
            replace(FULL, electro=(ElectroPair("BL23", "BL23", side_a=L, side_b=L),)),
            "electro[0].point_b",
        ),
        (replace(FULL, electro=(ElectroPair("BL23", "BL25", side_a=B),)), "electro[0].side_a"),
        (
            replace(FULL, points=(PointChoice("BL23", L), PointChoice("BL25", B))),
            "electro[0].side_a",
        ),
        (
            replace(BASIC, points=(PointChoice("BL23", B, ashi_region=AshiRegion.LIMB),)),
            "points[0].ashi_region",
        ),
        (replace(FULL, electro=(ElectroPair("BL23", "BL25", hertz="fast"),)), "electro[0].hertz"),
        (replace(FULL, electro=(ElectroPair("BL23", "BL25", hertz="2/500"),)), "electro[0].hertz"),
        (
            replace(FULL, electro=(ElectroPair("BL23", "BL25", pulse_width_ms=5.0),)),
            "electro[0].pulse_width_ms",
        ),
        (replace(FULL, electro=(ElectroPair("BL23", "BL25", minutes=90),)), "electro[0].minutes"),
        (replace(FULL, cupping=None), "cupping"),
        (replace(BASIC, cupping=FULL.cupping), "cupping"),
        (replace(FULL, cupping=Cupping(CuppingType.DRY, (" ",), 10)), "cupping.sites"),
        (replace(FULL, cupping=Cupping(CuppingType.DRY, ("x",) * 21, 10)), "cupping.sites"),
        (replace(FULL, cupping=Cupping(CuppingType.DRY, ("\x00",), 10)), "cupping.sites"),
        (replace(FULL, cupping=Cupping(CuppingType.FLASH, ("a",), 45)), "cupping.minutes"),
        (replace(FULL, moxibustion=None), "moxibustion"),
        (replace(BASIC, moxibustion=FULL.moxibustion), "moxibustion"),
        (replace(FULL, moxibustion=Moxibustion(MoxaType.STICK, ("a",), 0)), "moxibustion.minutes"),
    ],
)
def test_each_problem_names_its_field(plan: Plan, field: str) -> None:
    assert field in _problems(plan)


def test_an_incomplete_plan_is_allowed_as_a_draft_but_values_are_still_checked() -> None:
    draft = Plan(
        techniques=frozenset({T.ELECTROACUPUNCTURE, T.CUPPING, T.MOXIBUSTION}),
        electro=(ElectroPair("BL23", "BL25"),),
    )
    assert validate_plan(draft, ALL_CONSENTS, complete=False).electro[0].point_b == "BL25"
    loose = Plan(
        points=(PointChoice("BL23", B),),
        cupping=FULL.cupping,
        moxibustion=FULL.moxibustion,
    )
    assert validate_plan(loose, ALL_CONSENTS, complete=False).points[0].code == "BL23"
    assert "points[0].code" in _problems(
        replace(loose, points=(PointChoice("QQ1", B),)), complete=False
    )


# --- Safety -------------------------------------------------------------------------------

HEALTHY = PatientFacts(age=40)
PACEMAKER = PatientFacts(age=70, conditions=frozenset({Condition.IMPLANTED_DEVICE}))


def test_treatment_of_leaves_consent_to_validation() -> None:
    treatment = treatment_of(FULL)
    assert treatment.consents is None and treatment.cupping_type == CuppingType.DRY
    assert treatment_of(BASIC).cupping_type is None


def test_treatment_of_passes_depths_ashi_regions_and_pairs() -> None:
    plan = Plan(
        techniques=frozenset({T.LOCAL_NEEDLING, T.ELECTROACUPUNCTURE}),
        points=(
            PointChoice("BL23", B, depth="1.5 cun"),
            PointChoice("BL25", L),
            PointChoice("Ashi", R, ashi_region=AshiRegion.LUMBOSACRAL),
            PointChoice("Ashi", L),
            PointChoice("GV3", M),
            PointChoice("SI3", B),
        ),
        electro=(
            ElectroPair("BL23", "BL25"),  # BL23 takes BL25's side
            ElectroPair("BL25", "BL23", side_b=R),  # the side named
            ElectroPair("BL23", "BL23", side_a=L, side_b=R),  # one point's two needles
            ElectroPair("SI3", "BL23"),  # neither known: the same side
            ElectroPair("GV3", "BL23"),
            ElectroPair("Ashi", "SI3"),
            ElectroPair("BL23", "ZZ9"),  # not in the plan (a draft): not screened
        ),
    )
    treatment = treatment_of(plan)
    assert treatment.depths == (("BL23", "1.5 cun"),)
    assert treatment.ashi_regions == (AshiRegion.LUMBOSACRAL, None)
    assert [(a.label, b.label) for a, b in treatment.ea_pairs] == [
        ("BL23:L", "BL25:L"),
        ("BL25:L", "BL23:R"),
        ("BL23:L", "BL23:R"),
        ("SI3:L", "BL23:L"),
        ("GV3:M", "BL23:M"),
        ("Ashi:L", "SI3:L"),
    ]
    assert treatment_of(BASIC).ea_pairs == () and treatment_of(BASIC).ashi_regions == ()
    one = replace(plan, points=(PointChoice("Ashi", L, ashi_region=AshiRegion.THORAX),))
    assert treatment_of(replace(one, electro=(ElectroPair("Ashi", "Ashi"),))).ea_pairs == (
        (Lead("Ashi", L, AshiRegion.THORAX), Lead("Ashi", L, AshiRegion.THORAX)),
    )


def test_pairs_and_ashi_regions_reach_the_engine() -> None:
    plan = Plan(
        techniques=frozenset({T.LOCAL_NEEDLING, T.ELECTROACUPUNCTURE}),
        points=(PointChoice("BL17", B), PointChoice("BL18", B)),
        electro=(ElectroPair("BL17", "BL18", side_a=L, side_b=R),),
    )
    check = safety_check(HEALTHY, validate_plan(plan, ALL_CONSENTS))
    assert ("ea.across_chest", "BL17:L/BL18:R") in {key_of(f) for f in check.needs_override}
    lumbar = Plan(
        techniques=frozenset({T.LOCAL_NEEDLING}),
        points=(PointChoice("Ashi", L, ashi_region=AshiRegion.LUMBOSACRAL),),
    )
    assert safety_check(HEALTHY, validate_plan(lumbar, ALL_CONSENTS)).findings == ()


def test_a_healthy_patient_with_an_ordinary_plan_has_nothing_to_resolve() -> None:
    check = safety_check(HEALTHY, validate_plan(BASIC, ALL_CONSENTS))
    assert check.findings == () and check.resolved


def test_pacemaker_blocks_electroacupuncture_until_an_override_reason() -> None:
    plan = validate_plan(FULL, ALL_CONSENTS)
    check = safety_check(PACEMAKER, plan)
    assert not check.resolved
    blocking = check.needs_override
    assert [f.rule for f in blocking] == ["ea.implanted_device"]
    error = SafetyUnresolved(check)
    assert "stop this plan" in error.message and "override" in error.hint
    key = key_of(blocking[0])
    overrides = clean_overrides({key: " Cardiologist cleared EA in writing. "})
    stale = ("gone.rule", "patient")
    resolved = safety_check(PACEMAKER, plan, frozenset({stale}), {**overrides, stale: "old"})
    assert resolved.resolved and resolved.overridden == blocking
    assert stale not in resolved.overrides and stale not in resolved.acknowledged


def test_warnings_need_acknowledgement() -> None:
    fainter = PatientFacts(age=30, conditions=frozenset({Condition.NEEDLE_PHOBIA}))
    plan = validate_plan(BASIC, ALL_CONSENTS)
    check = safety_check(fainter, plan)
    assert [f.severity for f in check.unacknowledged] == [Severity.WARN]
    assert not check.needs_override and not check.resolved
    error = SafetyUnresolved(check)
    assert "not acknowledged" in error.message
    done = safety_check(fainter, plan, frozenset(key_of(f) for f in check.findings))
    assert done.resolved


def test_override_reasons_must_say_why() -> None:
    with pytest.raises(PlanInvalid) as caught:
        clean_overrides({("ea.implanted_device", "electroacupuncture"): "ok"})
    assert "override.ea.implanted_device.electroacupuncture" in caught.value.problems
    with pytest.raises(PlanInvalid, match="invisible"):
        clean_overrides({("r", "s"): "\u200b" * 12})


# --- Differences --------------------------------------------------------------------------


def test_same_treatment_has_no_changes() -> None:
    assert treatment_changes(FULL, FULL) == ()


def test_every_kind_of_change_is_listed() -> None:
    full = validate_plan(FULL, ALL_CONSENTS)
    after = replace(
        full,
        techniques=FULL.techniques - {T.MOXIBUSTION} | {T.LOCAL_NEEDLING},
        points=(
            PointChoice("BL23", L, depth="1 cun", stimulation=Stimulation.EVEN, de_qi_sought=True),
            PointChoice("BL40", B, stimulation=Stimulation.SEDATE),
            PointChoice("Ashi", R),
        ),
        electro=(
            ElectroPair("BL23", "BL25", EAFrequencyMode.HIGH, "100", None, "", 20),
            ElectroPair("BL23", "BL40"),
        ),
        cupping=Cupping(CuppingType.FIRE, ("BL23",), 5),
        moxibustion=None,
        retention_minutes=20,
    )
    before = replace(full, techniques=FULL.techniques - {T.LOCAL_NEEDLING})
    texts = [d.text for d in treatment_changes(before, after)]
    assert "local_needling added" in texts
    assert "moxibustion removed" in texts
    assert "BL23: B, 1 cun, even, de qi → L, 1 cun, even, de qi" in texts
    assert "BL40 added (B, sedate)" in texts
    assert "BL25 removed" in texts
    assert "Ashi count: 2 → 1" in texts
    assert "needles: 6 → 4" in texts
    assert "retention: 30 min → 20 min" in texts
    assert "BL23–BL25: low 2 Hz, 0.2 ms, 30 min, leads R–R → high 100 Hz, 20 min" in texts
    assert "BL23–BL40 added (dense_disperse 2/100 Hz, 30 min)" in texts
    assert any(t.startswith("cupping: dry at lumbar paraspinals") for t in texts)
    back = [d.text for d in treatment_changes(after, replace(after, electro=(), cupping=None))]
    assert "BL23–BL25 removed" in back and "cupping removed" in back
    added = treatment_changes(BASIC, replace(BASIC, moxibustion=FULL.moxibustion))
    assert [d.text for d in added] == ["moxibustion added (stick at BL23, 10 min)"]
