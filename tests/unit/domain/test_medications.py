"""Risk medicines in free-text medication lines: brands, classes and negations."""

from __future__ import annotations

import re

import pytest

from planner.domain.medications import blood_thinners_in, medicine_classes_in, risk_medicines_in
from planner.domain.medicine_list import (
    BLOOD_THINNERS,
    RISK_MEDICINES,
    BloodThinnerKind,
    MedicineClass,
)

ANTICOAGULANT_GROUPS = ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX")


@pytest.mark.parametrize(
    ("line", "generic"),
    [
        ("Fraxiparine 0.3 ml daily", "nadroparin"),
        ("Clexane 40mg s/c", "enoxaparin"),
        ("Marcoumar nach INR", "phenprocoumon"),
        ("Previscan 20 mg", "fluindione"),
        ("Sintrom 4", "acenocoumarol"),
        ("Iscover 75 mg", "clopidogrel"),
        ("DuoPlavin 75/100", "clopidogrel with aspirin"),
        ("Brilique 90mg bd", "ticagrelor"),
        ("Efient 10 mg", "prasugrel"),
        ("Disprin when needed", "aspirin"),
        ("Ecotrin 81", "aspirin"),
        ("Kardégic 75", "aspirin"),
        ("Innohep injections", "tinzaparin"),
        ("Lixiana 60", "edoxaban"),
        ("Pletal", "cilostazol"),
        ("Marevan 3mg", "warfarin"),
        ("Coumadine 5 mg", "warfarin"),
        ("Calciparine s/c", "heparin"),
        ("ASS 100 mg", "aspirin"),
        ("Herz ASS protect", "aspirin"),
        ("Godamed 100", "aspirin"),
        ("Tiatral 100 SR", "aspirin"),
        ("Alcacyl 500", "aspirin"),
        ("on blood thinners", "blood thinner"),
        ("antiplatelets (cardiologist)", "antiplatelet"),
    ],
)
def test_international_brands_are_recognised(line: str, generic: str) -> None:
    assert [drug.generic for drug in blood_thinners_in([line])] == [generic]


def test_every_blood_thinner_cites_its_atc_group_and_kind_matches_it() -> None:
    for drug in BLOOD_THINNERS:
        assert re.fullmatch(r"B01A[A-Z]?(\d\d)?", drug.atc), drug
        if drug.atc.startswith("B01AC"):
            assert drug.kind is BloodThinnerKind.ANTIPLATELET, drug
        elif drug.atc.startswith(ANTICOAGULANT_GROUPS):
            assert drug.kind is BloodThinnerKind.ANTICOAGULANT, drug
        assert drug.medicine_class.value == drug.kind.value


def test_every_other_risk_medicine_cites_the_atc_group_of_its_class() -> None:
    groups = {
        MedicineClass.CORTICOSTEROID: "H02AB",
        MedicineClass.IMMUNOSUPPRESSANT: "L04A",
        MedicineClass.DIABETES: "A10",
        MedicineClass.ANTIEPILEPTIC: "N03A",
    }
    for medicine in RISK_MEDICINES:
        assert medicine.atc.startswith(groups[medicine.medicine_class]), medicine


@pytest.mark.parametrize(
    "line",
    [
        "stopped warfarin in May",
        "no blood thinners",
        "not taking aspirin",
        "warfarin (stopped)",
        "No blood-thinners",
        "not on aspirin",
        "Not taking any aspirin",
        "used to take Marcoumar",
        "no longer on his Xarelto or aspirin",
        "previously on Eliquis",
        "was on clopidogrel until 2023",
        "warfarin - stopped",
        "Warfarin 5 mg (discontinued in March)",
        "aspirin: no",
        "allergic to aspirin",
        "Aspirin allergy",
        "denies anticoagulants",
        "doesn't take aspirin",
        "came off Plavix last year",
        "no NSAIDs or aspirin",
    ],
)
def test_past_or_denied_use_does_not_count(line: str) -> None:
    assert blood_thinners_in([line]) == []
    assert medicine_classes_in([line]) == frozenset()


@pytest.mark.parametrize(
    ("line", "generics"),
    [
        ("stopped warfarin, now on apixaban", ["apixaban"]),
        ("stopped warfarin and started Eliquis", ["apixaban"]),
        ("no aspirin but takes Plavix", ["clopidogrel"]),
        ("No aspirin, warfarin 5 mg", ["warfarin"]),
        ("no problems with warfarin", ["warfarin"]),
        ("will stop warfarin before surgery", ["warfarin"]),
        ("aspirin and warfarin stopped", ["aspirin"]),
        ("did not take aspirin today", ["aspirin"]),
        ("warfarin - no bruising", ["warfarin"]),
        ("Plavix and no warfarin", ["clopidogrel"]),
        ("aspirin when needed", ["aspirin"]),  # taken now and then: counted
        ("aspirin PRN for headaches", ["aspirin"]),
    ],
)
def test_ambiguous_or_current_use_still_counts(line: str, generics: list[str]) -> None:
    assert [drug.generic for drug in blood_thinners_in([line])] == generics


@pytest.mark.parametrize(
    ("line", "generic", "medicine_class"),
    [
        ("Prednisolone 5 mg daily", "prednisolone", MedicineClass.CORTICOSTEROID),
        ("Medrol dose pack", "methylprednisolone", MedicineClass.CORTICOSTEROID),
        ("Decortin H 20", "prednisone", MedicineClass.CORTICOSTEROID),
        ("Fortecortin 4mg", "dexamethasone", MedicineClass.CORTICOSTEROID),
        ("long-term steroids", "corticosteroid", MedicineClass.CORTICOSTEROID),
        ("Methotrexate 15 mg weekly", "methotrexate", MedicineClass.IMMUNOSUPPRESSANT),
        ("Imurek 50", "azathioprine", MedicineClass.IMMUNOSUPPRESSANT),
        ("Humira pen every 2 weeks", "adalimumab", MedicineClass.IMMUNOSUPPRESSANT),
        ("Advagraf (kidney transplant)", "tacrolimus", MedicineClass.IMMUNOSUPPRESSANT),
        ("Lantus 20 units at night", "insulin", MedicineClass.DIABETES),
        ("NovoRapid with meals", "insulin", MedicineClass.DIABETES),
        ("Metformin 500mg bd", "metformin", MedicineClass.DIABETES),
        ("Diamicron MR", "gliclazide", MedicineClass.DIABETES),
        ("Ozempic weekly", "semaglutide", MedicineClass.DIABETES),
        ("Forxiga 10", "dapagliflozin", MedicineClass.DIABETES),
        ("Keppra 500", "levetiracetam", MedicineClass.ANTIEPILEPTIC),
        ("Tegretol retard", "carbamazepine", MedicineClass.ANTIEPILEPTIC),
        ("Epilim chrono", "valproate", MedicineClass.ANTIEPILEPTIC),
        ("pregabalin 75 for sciatica", "pregabalin", MedicineClass.ANTIEPILEPTIC),
    ],
)
def test_other_risk_classes_are_recognised(
    line: str, generic: str, medicine_class: MedicineClass
) -> None:
    found = risk_medicines_in([line])
    assert [m.generic for m in found] == [generic]
    assert found[0].medicine_class is medicine_class
    assert medicine_classes_in([line]) == {medicine_class}
    assert blood_thinners_in([line]) == []


def test_negations_apply_to_every_class() -> None:
    lines = ["stopped prednisolone in June", "no insulin", "used to take Keppra"]
    assert risk_medicines_in(lines) == []


def test_topical_and_inhaled_steroids_are_not_systemic() -> None:
    lines = ["hydrocortisone 1% cream", "prednisolone eye drops", "topical betamethasone"]
    assert risk_medicines_in(lines) == []
    assert [m.generic for m in risk_medicines_in(["hydrocortisone 20 mg"])] == ["hydrocortisone"]
    # only steroids are exempt in a topical form: heparin gel is still a blood thinner
    assert [d.generic for d in blood_thinners_in(["heparin gel"])] == ["heparin"]


def test_classes_combine_across_lines_and_each_medicine_is_listed_once() -> None:
    lines = ["Eliquis 5 mg", "apixaban", "Brilique", "metformin", "Glucophage", "Medrol"]
    assert medicine_classes_in(lines) == {
        MedicineClass.ANTICOAGULANT,
        MedicineClass.ANTIPLATELET,
        MedicineClass.DIABETES,
        MedicineClass.CORTICOSTEROID,
    }
    assert [m.generic for m in risk_medicines_in(lines)] == ["metformin", "methylprednisolone"]


@pytest.mark.parametrize(
    "line",
    [
        "paracetamol 1 g qds",
        "ibuprofen 400 mg",
        "naproxen",
        "diclofenac gel",
        "co-codamol 30/500",
        "amitriptyline 10 mg",
        "omeprazole",
        "atorvastatin",
        "Vitamin D",
        "Heparinoid cream",
        "asap",
        "none",
        "",
    ],
)
def test_ordinary_medicines_stay_silent(line: str) -> None:
    assert medicine_classes_in([line]) == frozenset()
