"""Intake checks, derived duration, safety facts and overview badges."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.domain.catalog import View
from planner.domain.intake import (
    CONDITION_QUESTIONS,
    MARK_RADIATING,
    BodyMark,
    IntakeDraft,
    IntakeInvalid,
    TriedBefore,
    validate_intake,
)
from planner.domain.intake_facts import patient_facts, safety_badges
from planner.domain.safety import PatientFacts
from planner.domain.vocab import (
    BodySide,
    Cause,
    Condition,
    DurationClass,
    PainRegion,
    PriorTreatment,
    RedFlag,
)

TODAY = dt.date(2026, 11, 22)
GOOD = IntakeDraft(
    intake_date=TODAY,
    complaint="  Low back ache after lifting boxes  ",
    pain_regions=frozenset({PainRegion.LOWER_BACK, PainRegion.SCIATICA}),
    sciatica_side=BodySide.LEFT,
    body_marks=(BodyMark(View.BACK, 0.45, 0.42), BodyMark(View.BACK, 0.40, 0.7, MARK_RADIATING)),
    onset_date=dt.date(2026, 10, 1),
    cause=Cause.MUSCLE_STRAIN,
    nrs_now=6,
    nrs_worst=8,
    nrs_average=5,
    peg_pain=5,
    peg_enjoyment=6,
    peg_activity=7,
    tried=(TriedBefore(PriorTreatment.PHYSIOTHERAPY, " helped a little "),),
    conditions={Condition.DIABETES: True, Condition.EPILEPSY: False},
    medications=("Eliquis 5 mg twice daily", "  ", "Metformin"),
    allergies=("nickel",),
    red_flags={RedFlag.FEVER: False},
)


def problems(draft: IntakeDraft) -> dict[str, str]:
    with pytest.raises(IntakeInvalid) as error:
        validate_intake(draft, TODAY)
    return error.value.problems


def test_a_complete_intake_is_cleaned_not_changed() -> None:
    stored = validate_intake(GOOD, TODAY)
    assert stored.complaint == "Low back ache after lifting boxes"
    assert stored.medications == ("Eliquis 5 mg twice daily", "Metformin")
    assert stored.tried == (TriedBefore(PriorTreatment.PHYSIOTHERAPY, "helped a little"),)
    assert stored.duration == DurationClass.SUBACUTE
    assert IntakeDraft().duration is None
    assert validate_intake(IntakeDraft(intake_date=TODAY), TODAY).duration is None  # onset unknown


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"intake_date": None}, "intake_date", "required"),
        ({"intake_date": dt.date(2026, 12, 1)}, "intake_date", "future"),
        ({"onset_date": dt.date(2027, 1, 1)}, "onset_date", "future"),
        (
            {"onset_date": TODAY, "intake_date": dt.date(2026, 11, 1)},
            "onset_date",
            "after the intake",
        ),
        ({"nrs_now": 11}, "nrs_now", "0 to 10"),
        ({"goal_target_pain": -1}, "goal_target_pain", "0 to 10"),
        ({"peg_activity": None}, "peg_pain", "all three"),
        ({"sciatica_side": None}, "sciatica_side", "which leg"),
        ({"cause": Cause.OTHER}, "cause_other", "say what"),
        ({"gestation_weeks": 20}, "gestation_weeks", "only when"),
        ({"pregnant": True, "gestation_weeks": 50}, "gestation_weeks", "0 to 45"),
        ({"body_marks": (BodyMark(View.FRONT, 1.5, 0.5),)}, "body_marks", "outside"),
        ({"body_marks": (BodyMark(View.FRONT, 0.5, 0.5, "itch"),)}, "body_marks", "outside"),
        ({"complaint": "x" * 4001}, "complaint", "at most 4000"),
        ({"medications": ("Eliquis\u202e",)}, "medications", "U+202E"),
        ({"tried": (TriedBefore(PriorTreatment.MASSAGE, "\x00"),)}, "tried", "U+0000"),
    ],
)
def test_each_refusal_names_its_field(change, field: str, fragment: str) -> None:
    assert fragment in problems(dataclasses.replace(GOOD, **change))[field]


def test_other_cause_with_its_text_and_pregnancy_weeks() -> None:
    stored = validate_intake(
        dataclasses.replace(
            GOOD, cause=Cause.OTHER, cause_other=" gardening ", pregnant=True, gestation_weeks=14
        ),
        TODAY,
    )
    assert (stored.cause_other, stored.gestation_weeks) == ("gardening", 14)


def test_facts_for_the_safety_engine() -> None:
    facts = patient_facts(validate_intake(GOOD, TODAY), age=52)
    assert facts.age == 52 and not facts.pregnant and facts.gestation_weeks is None
    assert facts.conditions == {Condition.DIABETES, Condition.ANTICOAGULANT_THERAPY}
    assert facts.red_flags == frozenset()
    pregnant = patient_facts(
        dataclasses.replace(GOOD, pregnant=True, gestation_weeks=20, medications=()), 30
    )
    assert pregnant.gestation_weeks == 20 and pregnant.conditions == {Condition.DIABETES}


def test_badges_read_like_reminders() -> None:
    facts = PatientFacts(
        age=40,
        pregnant=True,
        gestation_weeks=20,
        conditions=frozenset({Condition.IMPLANTED_DEVICE, Condition.EPILEPSY, Condition.DIABETES}),
        medications=("Eliquis 5 mg",),
        red_flags=frozenset({RedFlag.SADDLE_ANAESTHESIA}),
    )
    texts = [(b.level, b.text) for b in safety_badges(facts)]
    assert texts[0] == ("refer", "Red flags — refer before treating (emergency, same day)")
    assert ("block", "Implanted device — no electroacupuncture") in texts
    assert ("block", "Epilepsy — no electroacupuncture") in texts
    assert any(t.startswith("Pregnant 20 wk — avoid LI4, SP6") for _, t in texts)
    assert any(t.startswith("Blood thinner (apixaban)") for _, t in texts)
    assert ("warn", "Diabetes — moxibustion burn risk") in texts


def test_badges_without_named_drugs_or_gestation() -> None:
    facts = PatientFacts(
        age=40,
        pregnant=True,
        conditions=frozenset({Condition.ANTICOAGULANT_THERAPY}),
        red_flags=frozenset({RedFlag.FEVER}),
    )
    texts = [b.text for b in safety_badges(facts)]
    assert texts[0] == "Red flags — refer before treating (urgent)"
    assert any(t.startswith("Pregnant — ") for t in texts)
    assert any(t.startswith("Blood thinner — ") for t in texts)
    assert safety_badges(PatientFacts(age=30)) == []


def test_every_condition_has_a_plain_question() -> None:
    assert set(CONDITION_QUESTIONS) == set(Condition)
    assert all(q.endswith("?") for q in CONDITION_QUESTIONS.values())
