"""Issue 17 items 7 and 8: the bleeding split, risk medicines read from the medication
lines, and diabetes cautions (planner/domain/safety/conditions.py)."""

from __future__ import annotations

import pytest

from planner.domain.safety import Finding, PatientFacts, PlannedTreatment, screen
from planner.domain.vocab import Condition, CuppingType, Technique

T = Technique
ORDINARY = ("BL23", "BL25", "GV3", "EX-B2:L4", "BL52", "GB34", "SI3", "ST36")


def plan(*techniques: Technique, points=ORDINARY, cupping=None) -> PlannedTreatment:
    return PlannedTreatment(frozenset(techniques), tuple(points), cupping)


def patient(conditions=(), medications=(), age=45) -> PatientFacts:
    return PatientFacts(age, conditions=frozenset(conditions), medications=tuple(medications))


def rules(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.rule, f.subject) for f in findings]


# --- bleeding -------------------------------------------------------------------------------


def test_a_severe_bleeding_disorder_blocks_needling_and_cupping_for_specialist_advice() -> None:
    facts = patient({Condition.BLEEDING_DISORDER})
    needling = screen(facts, plan(T.LOCAL_NEEDLING, T.DISTAL_NEEDLING))
    assert rules(needling) == [("block", "bleeding.severe_disorder_needling", "local_needling")]
    assert "specialist advice" in needling[0].action
    for cupping in (CuppingType.DRY, CuppingType.WET, None):
        assert rules(screen(facts, plan(T.CUPPING, points=(), cupping=cupping))) == [
            ("block", "bleeding.severe_disorder_cupping", "cupping")
        ]
    assert screen(facts, plan(T.MOXIBUSTION, points=())) == []


def test_a_severe_bleeding_disorder_still_flags_points_over_vessels() -> None:
    findings = screen(
        patient({Condition.BLEEDING_DISORDER}), plan(T.DISTAL_NEEDLING, points=("BL40",))
    )
    assert rules(findings) == [
        ("block", "bleeding.severe_disorder_needling", "distal_needling"),
        ("warn", "bleeding.vessel_point", "BL40"),
    ]


def test_a_severe_bleeding_disorder_with_a_blood_thinner_gives_both() -> None:
    findings = screen(
        patient({Condition.BLEEDING_DISORDER}, ["warfarin 3 mg"]), plan(T.LOCAL_NEEDLING, points=())
    )
    assert rules(findings) == [
        ("block", "bleeding.severe_disorder_needling", "local_needling"),
        ("warn", "bleeding.needling", "local_needling"),
    ]


def test_bruising_easily_warns_fine_needles_and_pressure() -> None:
    facts = patient({Condition.BRUISES_EASILY})
    findings = screen(facts, plan(T.LOCAL_NEEDLING, points=()))
    assert rules(findings) == [("warn", "bleeding.needling", "local_needling")]
    assert "bruises easily" in findings[0].message
    assert "finer needles" in findings[0].action and "press" in findings[0].action
    assert rules(screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.DRY))) == [
        ("warn", "bleeding.dry_cupping", "cupping")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Fraxiparine 0.3 ml",
        "Clexane 40mg",
        "Marcoumar",
        "Previscan 20",
        "Sintrom 4",
        "Iscover 75",
        "DuoPlavin",
        "Brilique 90 mg",
        "Efient 10",
        "Disprin",
        "Ecotrin 81",
    ],
)
def test_brand_names_of_blood_thinners_warn_like_the_generic(line: str) -> None:
    findings = screen(patient(medications=[line]), plan(T.LOCAL_NEEDLING, points=()))
    assert rules(findings) == [("warn", "bleeding.needling", "local_needling")]


@pytest.mark.parametrize(
    "line",
    ["stopped warfarin in May", "no blood thinners", "not taking aspirin", "warfarin (stopped)"],
)
def test_past_or_denied_blood_thinners_are_silent(line: str) -> None:
    assert screen(patient(medications=[line]), plan(T.LOCAL_NEEDLING, T.CUPPING, points=())) == []


def test_aspirin_when_needed_counts_as_current() -> None:
    findings = screen(
        patient(medications=["aspirin when needed"]), plan(T.LOCAL_NEEDLING, points=())
    )
    assert rules(findings) == [("warn", "bleeding.needling", "local_needling")]


# --- risk medicine classes --------------------------------------------------------------------


def test_ordinary_painkillers_give_nothing() -> None:
    everything = plan(*Technique, cupping=CuppingType.DRY)
    assert screen(patient(medications=["ibuprofen 400 mg", "paracetamol 1 g"]), everything) == []


@pytest.mark.parametrize("line", ["prednisolone 5 mg daily", "Medrol 4mg", "on steroids"])
def test_systemic_corticosteroids_caution_needling_and_cupping(line: str) -> None:
    facts = patient(medications=[line])
    needling = screen(facts, plan(T.LOCAL_NEEDLING, points=()))
    assert rules(needling) == [("warn", "corticosteroid.needling", "local_needling")]
    assert "infection" in needling[0].message and "fracture" in needling[0].action
    cupping = screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.DRY))
    assert rules(cupping) == [("warn", "corticosteroid.cupping", "cupping")]
    assert "skin" in cupping[0].message
    assert screen(facts, plan(T.MOXIBUSTION, points=())) == []


@pytest.mark.parametrize(
    "line", ["hydrocortisone cream", "betamethasone ointment", "stopped prednisolone last year"]
)
def test_topical_or_past_steroids_are_silent(line: str) -> None:
    everything = plan(*Technique, cupping=CuppingType.DRY)
    assert screen(patient(medications=[line]), everything) == []


@pytest.mark.parametrize("line", ["methotrexate 15 mg weekly", "Humira", "tacrolimus"])
def test_immunosuppressants_count_as_a_weakened_immune_system(line: str) -> None:
    facts = patient(medications=[line])
    needling = screen(facts, plan(T.LOCAL_NEEDLING, points=()))
    assert rules(needling) == [("warn", "immunocompromised.needling", "local_needling")]
    assert "(" in needling[0].message  # names the medicine
    assert rules(screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.WET))) == [
        ("block", "immunocompromised.wet_cupping", "cupping")
    ]


@pytest.mark.parametrize("line", ["metformin 500 mg", "insulin glargine", "Ozempic", "Jardiance"])
def test_diabetes_medicines_count_as_diabetes(line: str) -> None:
    facts = patient(medications=[line])
    moxa = screen(facts, plan(T.MOXIBUSTION, points=()))
    assert rules(moxa) == [("warn", "moxibustion.burn_risk", "moxibustion")]
    assert "diabetes medicine" in moxa[0].message
    assert rules(screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.WET))) == [
        ("warn", "diabetes.wet_cupping", "cupping")
    ]
    assert screen(facts, plan(T.LOCAL_NEEDLING, T.CUPPING, cupping=CuppingType.DRY)) == []


# --- diabetes (item 8) --------------------------------------------------------------------------


def test_diabetes_cautions_wet_cupping_and_moxibustion_not_dry_cupping() -> None:
    facts = patient({Condition.DIABETES})
    assert rules(screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.WET))) == [
        ("warn", "diabetes.wet_cupping", "cupping")
    ]
    moxa = screen(facts, plan(T.MOXIBUSTION, points=()))
    assert rules(moxa) == [("warn", "moxibustion.burn_risk", "moxibustion")]
    assert "(diabetes)" in moxa[0].message
    assert screen(facts, plan(T.CUPPING, points=(), cupping=CuppingType.DRY)) == []


def test_diabetes_with_reduced_sensation_warns_at_foot_points() -> None:
    facts = patient({Condition.DIABETES, Condition.REDUCED_SENSATION})
    findings = screen(facts, plan(T.DISTAL_NEEDLING, points=("LR3", "GB41", "ST36")))
    assert rules(findings) == [
        ("warn", "needling.neuropathic_foot", "LR3"),
        ("warn", "needling.neuropathic_foot", "GB41"),
    ]


# --- antiepileptics -----------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["levetiracetam 500 mg", "Tegretol", "sodium valproate"])
def test_an_antiepileptic_asks_whether_electroacupuncture_meets_epilepsy(line: str) -> None:
    facts = patient(medications=[line])
    findings = screen(facts, plan(T.ELECTROACUPUNCTURE, points=()))
    assert rules(findings) == [("warn", "ea.antiepileptic", "electroacupuncture")]
    assert findings[0].message.endswith("is it for epilepsy?")
    assert screen(facts, plan(T.LOCAL_NEEDLING, T.MOXIBUSTION, points=())) == []


@pytest.mark.parametrize("line", ["gabapentin 300 mg tds", "Lyrica 75 mg", "pregabalin"])
def test_nerve_pain_antiepileptics_are_silent(line: str) -> None:
    assert screen(patient(medications=[line]), plan(T.ELECTROACUPUNCTURE, points=())) == []


def test_an_antiepileptic_with_epilepsy_ticked_leaves_the_block_alone() -> None:
    findings = screen(
        patient({Condition.EPILEPSY}, ["lamotrigine 100 mg", "gabapentin"]),
        plan(T.ELECTROACUPUNCTURE, points=()),
    )
    assert rules(findings) == [("block", "ea.epilepsy", "electroacupuncture")]
