"""Each safety rule fires where it should and stays quiet where it should not."""

from __future__ import annotations

import pytest

from planner.domain.medications import blood_thinners_in
from planner.domain.medicine_list import BloodThinnerKind
from planner.domain.red_flags import RED_FLAGS, Urgency, is_emergency
from planner.domain.safety import (
    Finding,
    PatientFacts,
    PlannedTreatment,
    Severity,
    screen,
    worst,
)
from planner.domain.vocab import Condition, ConsentScope, CuppingType, RedFlag, Technique

T = Technique
ORDINARY_POINTS = ("BL23", "BL25", "GV3", "EX-B2:L4", "BL52", "BL40", "GB34", "SI3", "BL60", "ST36")
EVERYTHING = frozenset(T)


def plan(*techniques: Technique, points=ORDINARY_POINTS, cupping=None, consents=None):
    return PlannedTreatment(frozenset(techniques), tuple(points), cupping, consents)


def patient(**facts) -> PatientFacts:
    facts.setdefault("age", 40)
    for key in ("conditions", "red_flags"):
        if key in facts:
            facts[key] = frozenset(facts[key])
    if "medications" in facts:
        facts["medications"] = tuple(facts["medications"])
    return PatientFacts(**facts)


def rules(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.rule, f.subject) for f in findings]


def test_a_healthy_adult_with_ordinary_points_gets_no_findings() -> None:
    everything = plan(*EVERYTHING, cupping=CuppingType.DRY)
    assert screen(patient(age=34), everything) == []
    assert screen(patient(age=34), plan(T.LOCAL_NEEDLING, T.DISTAL_NEEDLING)) == []


@pytest.mark.parametrize("flag", [f for f in RedFlag if f != RedFlag.INFLAMMATORY_BACK_PAIN])
def test_every_red_flag_refers(flag: RedFlag) -> None:
    findings = screen(patient(red_flags={flag}), plan(T.LOCAL_NEEDLING))
    assert rules(findings) == [("refer", f"red_flag.{flag.value}", "patient")]
    assert findings[0].message and findings[0].action.startswith("Do not treat")


@pytest.mark.parametrize(
    "flag",
    [RedFlag.SADDLE_ANAESTHESIA, RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION, RedFlag.BILATERAL_SCIATICA],
)
def test_cauda_equina_signs_are_an_emergency_same_day(flag: RedFlag) -> None:
    finding = screen(patient(red_flags={flag}), plan())[0]
    assert "emergency" in finding.action and "today" in finding.action
    assert "cauda equina" in finding.message
    assert is_emergency({flag})


def test_other_red_flags_are_urgent_not_emergency() -> None:
    urgent = {flag for flag, info in RED_FLAGS.items() if info.urgency == Urgency.URGENT}
    assert RedFlag.FEVER in urgent and not is_emergency(urgent - {RedFlag.MYELOPATHY})
    assert all(info.question.endswith("?") for info in RED_FLAGS.values())
    assert set(RED_FLAGS) == set(RedFlag)


@pytest.mark.parametrize(
    ("facts", "rule"),
    [
        ({"conditions": {Condition.IMPLANTED_DEVICE}}, "ea.implanted_device"),
        ({"conditions": {Condition.EPILEPSY}}, "ea.epilepsy"),
        ({"pregnant": True, "gestation_weeks": 8}, "ea.pregnancy"),
    ],
)
def test_electroacupuncture_blocks(facts, rule: str) -> None:
    findings = screen(patient(**facts), plan(T.LOCAL_NEEDLING, T.ELECTROACUPUNCTURE, points=()))
    assert ("block", rule, "electroacupuncture") in rules(findings)
    without = screen(patient(**facts), plan(T.LOCAL_NEEDLING, points=()))
    assert rule not in {f.rule for f in without}


@pytest.mark.parametrize(
    ("condition", "rule"),
    [
        (Condition.HEART_DISEASE, "ea.heart_disease"),
        (Condition.REDUCED_SENSATION, "ea.reduced_sensation"),
    ],
)
def test_electroacupuncture_warnings(condition: Condition, rule: str) -> None:
    findings = screen(patient(conditions={condition}), plan(T.ELECTROACUPUNCTURE, points=()))
    assert ("warn", rule, "electroacupuncture") in rules(findings)
    assert screen(patient(conditions={condition}), plan(T.LOCAL_NEEDLING, points=())) == []


def test_pregnancy_forbidden_points_block_at_any_week() -> None:
    points = ("LI4", "SP6", "BL60", "GB21", "BL31", "BL32", "BL33", "BL34", "BL67", "GB34")
    findings = screen(
        patient(pregnant=True, gestation_weeks=6), plan(T.DISTAL_NEEDLING, points=points)
    )
    forbidden = {f.subject for f in findings if f.rule == "pregnancy.forbidden_point"}
    assert forbidden == set(points) - {"GB34"}
    assert {f.severity for f in findings if f.rule == "pregnancy.forbidden_point"} == {
        Severity.BLOCK
    }


LUMBOSACRAL = ("BL23", "BL24", "BL25", "BL26", "BL52", "BL53", "BL54", "GV3", "GV4")
LUMBOSACRAL += ("EX-B7", "EX-B8", "EX-B2:L4")


@pytest.mark.parametrize("weeks", [0, 6, 11, 12, 20, 40, None])
def test_lumbosacral_points_warn_at_any_gestation(weeks) -> None:
    # Reference §2 as corrected: WHO 1999 §2.1 covers the first trimester too.
    findings = screen(
        patient(pregnant=True, gestation_weeks=weeks), plan(T.LOCAL_NEEDLING, points=LUMBOSACRAL)
    )
    warned = {f.subject for f in findings if f.rule == "pregnancy.lumbosacral_point"}
    assert warned == set(LUMBOSACRAL)


def test_pregnancy_blocks_moxibustion_and_cupping_only_when_pregnant() -> None:
    treatment = plan(T.MOXIBUSTION, T.CUPPING, points=(), cupping=CuppingType.DRY)
    findings = screen(patient(pregnant=True, gestation_weeks=30), treatment)
    assert rules(findings) == [
        ("block", "pregnancy.moxibustion", "moxibustion"),
        ("block", "pregnancy.cupping", "cupping"),
    ]
    assert screen(patient(pregnant=False), treatment) == []


def test_thoracic_jiaji_is_not_a_lumbosacral_pregnancy_point() -> None:
    findings = screen(
        patient(pregnant=True, gestation_weeks=20), plan(T.LOCAL_NEEDLING, points=("EX-B2:T5",))
    )
    assert rules(findings) == [("warn", "point.pneumothorax_risk", "EX-B2:T5")]


@pytest.mark.parametrize(
    "facts",
    [
        {"conditions": {Condition.BRUISES_EASILY}},
        {"conditions": {Condition.ANTICOAGULANT_THERAPY}},
        {"medications": ["Eliquis 5 mg twice daily"]},
        {"medications": ["clopidogrel 75mg"]},
    ],
)
def test_bleeding_risk(facts) -> None:
    needling = screen(
        patient(**facts),
        plan(T.LOCAL_NEEDLING, T.DISTAL_NEEDLING, points=("BL23", "BL40", "KI3", "LR3", "GB20")),
    )
    assert ("warn", "bleeding.needling", "local_needling") in rules(needling)
    vessel = {f.subject for f in needling if f.rule == "bleeding.vessel_point"}
    assert vessel == {"BL40", "KI3", "LR3", "GB20"}
    dry = screen(patient(**facts), plan(T.CUPPING, points=(), cupping=CuppingType.DRY))
    assert rules(dry) == [("warn", "bleeding.dry_cupping", "cupping")]
    unspecified = screen(patient(**facts), plan(T.CUPPING, points=()))
    assert rules(unspecified) == [("warn", "bleeding.dry_cupping", "cupping")]
    wet = screen(patient(**facts), plan(T.CUPPING, points=(), cupping=CuppingType.WET))
    assert rules(wet) == [("block", "bleeding.wet_cupping", "cupping")]


def test_bleeding_findings_name_the_cause_without_copying_the_medication_line() -> None:
    findings = screen(
        patient(conditions={Condition.BRUISES_EASILY}, medications=["ELIQUIS 2.5mg <b>"]),
        plan(T.DISTAL_NEEDLING, points=()),
    )
    assert rules(findings) == [("warn", "bleeding.needling", "distal_needling")]
    assert "apixaban and bruises easily" in findings[0].message
    assert "<b>" not in findings[0].message
    ea_only = screen(
        patient(conditions={Condition.ANTICOAGULANT_THERAPY}), plan(T.ELECTROACUPUNCTURE, points=())
    )
    assert rules(ea_only) == [("warn", "bleeding.needling", "electroacupuncture")]
    assert "blood-thinning medicine" in ea_only[0].message


def test_immunocompromise() -> None:
    facts = patient(conditions={Condition.IMMUNOCOMPROMISED})
    flag = ("refer", "red_flag.immunosuppression", "patient")  # issue 17: an infection flag
    assert rules(screen(facts, plan(T.LOCAL_NEEDLING, points=()))) == [
        flag,
        ("warn", "immunocompromised.needling", "local_needling"),
    ]
    assert rules(screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.WET))) == [
        flag,
        ("block", "immunocompromised.wet_cupping", "cupping"),
    ]
    assert rules(screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.FIRE))) == [flag]


@pytest.mark.parametrize("condition", [Condition.DIABETES, Condition.REDUCED_SENSATION])
def test_moxibustion_burn_risk(condition: Condition) -> None:
    assert rules(screen(patient(conditions={condition}), plan(T.MOXIBUSTION, points=()))) == [
        ("warn", "moxibustion.burn_risk", "moxibustion")
    ]
    assert screen(patient(conditions={Condition.DIABETES}), plan(T.LOCAL_NEEDLING, points=())) == []


def test_cupping_over_a_skin_lesion() -> None:
    facts = patient(conditions={Condition.SKIN_LESION_AT_SITE})
    assert rules(screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.SLIDING))) == [
        ("warn", "cupping.skin_lesion", "cupping")
    ]
    assert screen(facts, plan(points=())) == []


@pytest.mark.parametrize("condition", [Condition.NEEDLE_PHOBIA, Condition.VASOVAGAL_HISTORY])
def test_fainting_risk_with_needling(condition: Condition) -> None:
    facts = patient(conditions={condition})
    assert rules(screen(facts, plan(T.DISTAL_NEEDLING, points=()))) == [
        ("warn", "needling.fainting_risk", "patient")
    ]
    assert screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.DRY)) == []


@pytest.mark.parametrize(
    ("condition", "rule"),
    [
        (Condition.METAL_ALLERGY, "needling.metal_allergy"),
        (Condition.LYMPHOEDEMA, "needling.lymphoedema"),
    ],
)
def test_other_needling_cautions(condition: Condition, rule: str) -> None:
    assert rules(screen(patient(conditions={condition}), plan(T.LOCAL_NEEDLING, points=()))) == [
        ("warn", rule, "local_needling")
    ]
    assert screen(patient(conditions={condition}), plan(T.MOXIBUSTION, points=())) == []


@pytest.mark.parametrize(
    "code", ["GB21", "BL11", "BL17", "BL18", "SI14", "SI15", "EX-B2:T5", "EX-B2"]
)
def test_points_over_the_lung_warn_for_anyone(code: str) -> None:
    findings = screen(patient(age=25), plan(T.LOCAL_NEEDLING, points=(code,)))
    assert rules(findings) == [("warn", "point.pneumothorax_risk", code)]


def test_consent_is_required_for_each_planned_technique() -> None:
    needling_only = frozenset({ConsentScope.NEEDLING})
    treatment = plan(T.LOCAL_NEEDLING, T.ELECTROACUPUNCTURE, points=(), consents=needling_only)
    assert rules(screen(patient(), treatment)) == [
        ("block", "consent.missing", "electroacupuncture")
    ]
    everything = plan(*EVERYTHING, points=(), consents=frozenset(ConsentScope))
    assert screen(patient(), everything) == []


def test_findings_are_ordered_most_severe_first() -> None:
    facts = patient(
        conditions={Condition.IMPLANTED_DEVICE, Condition.HEART_DISEASE},
        red_flags={RedFlag.FEVER},
    )
    findings = screen(facts, plan(T.ELECTROACUPUNCTURE, points=("GB21",)))
    assert [f.severity for f in findings] == [
        Severity.REFER,
        Severity.BLOCK,
        Severity.WARN,
        Severity.WARN,
    ]
    assert worst(findings) == Severity.REFER
    assert worst(findings[1:]) == Severity.BLOCK
    assert worst([]) is None
    assert findings[0].as_dict()["severity"] == "refer"


def test_repeated_points_give_one_finding_each() -> None:
    findings = screen(patient(), plan(T.LOCAL_NEEDLING, points=("GB21", "GB21")))
    assert len(findings) == 1


@pytest.mark.parametrize(
    ("line", "generic"),
    [
        ("Eliquis 5 mg twice daily", "apixaban"),
        ("WARFARIN 3mg", "warfarin"),
        ("coumadin", "warfarin"),
        ("Xarelto 20 mg", "rivaroxaban"),
        ("dabigatran (Pradaxa)", "dabigatran"),
        ("edoxaban 60", "edoxaban"),
        ("heparin injections", "heparin"),
        ("Lovenox 40mg", "enoxaparin"),
        ("Plavix75", "clopidogrel"),
        ("ticagrelor 90 mg", "ticagrelor"),
        ("prasugrel", "prasugrel"),
        ("low-dose aspirin", "aspirin"),
    ],
)
def test_blood_thinners_are_recognised_in_free_text(line: str, generic: str) -> None:
    assert [drug.generic for drug in blood_thinners_in([line])] == [generic]


def test_medication_matching_ignores_lookalikes_and_reports_each_drug_once() -> None:
    assert blood_thinners_in(["Heparinoid cream", "metformin", "asap", "Eliquisse"]) == []
    found = blood_thinners_in(["apixaban 5mg", "Eliquis", "Plavix"])
    assert [d.generic for d in found] == ["apixaban", "clopidogrel"]
    assert found[1].kind == BloodThinnerKind.ANTIPLATELET
