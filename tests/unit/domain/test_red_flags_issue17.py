"""Issue 17 items 5 and 6: new red flags, unanswered questions, clearance, age."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.domain.intake import (
    IntakeDraft,
    IntakeInvalid,
    clearance_field,
    red_flag_field,
    validate_intake,
)
from planner.domain.intake_facts import patient_facts, safety_badges, unanswered_red_flags
from planner.domain.red_flags import (
    ASKED,
    DERIVED,
    MALIGNANCY_QUESTIONS,
    RED_FLAGS,
    Clearance,
    Urgency,
    cord_compression_suspected,
    derived_flags,
    is_emergency,
)
from planner.domain.safety import Finding, PatientFacts, PlannedTreatment, screen
from planner.domain.vocab import BodySide, Condition, CuppingType, PainRegion, RedFlag, Technique

T = Technique
TODAY = dt.date(2026, 11, 22)
POINTS = ("BL23", "BL25", "BL40", "GB34")
NEEDLING = PlannedTreatment(frozenset({T.LOCAL_NEEDLING, T.DISTAL_NEEDLING}), POINTS)
CUPPING = PlannedTreatment(frozenset({T.LOCAL_NEEDLING, T.CUPPING}), POINTS, CuppingType.DRY)
ALL_NO = {flag: False for flag in ASKED}
LETTER = Clearance("Dr A. Jones, GP", dt.date(2026, 11, 1), "letter on file")


def rules(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.rule, f.subject) for f in findings]


def draft(**changes: object) -> IntakeDraft:
    return dataclasses.replace(IntakeDraft(intake_date=TODAY, red_flags=dict(ALL_NO)), **changes)  # type: ignore[arg-type]


def problems(d: IntakeDraft) -> dict[str, str]:
    with pytest.raises(IntakeInvalid) as error:
        validate_intake(d, TODAY)
    return error.value.problems


# --- the healthy adult stays silent ----------------------------------------------------------


def test_a_healthy_40_year_old_with_every_flag_answered_no_gets_nothing() -> None:
    facts = patient_facts(validate_intake(draft(), TODAY), age=40)
    assert facts.red_flags == frozenset() and facts.red_flags_unanswered == frozenset()
    assert screen(facts, NEEDLING) == [] and screen(facts, CUPPING) == []
    assert safety_badges(facts) == []


def test_facts_without_answers_stay_silent_by_default() -> None:
    assert screen(PatientFacts(age=40), NEEDLING) == []
    # An intake saved without any red-flag answer has every question open: a screen not
    # done is not a screen passed.
    facts = patient_facts(IntakeDraft(intake_date=TODAY), 40)
    assert facts.red_flags_unanswered == frozenset(ASKED)


# --- new flags ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "urgency"),
    [
        (RedFlag.NEW_SEXUAL_DYSFUNCTION, Urgency.EMERGENCY),
        (RedFlag.SEVERE_MOTOR_LOSS, Urgency.EMERGENCY),
        (RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT, Urgency.EMERGENCY),
        (RedFlag.AORTIC_ANEURYSM_SIGNS, Urgency.EMERGENCY),
        (RedFlag.ARTERIAL_DISSECTION_SIGNS, Urgency.EMERGENCY),
        (RedFlag.THORACIC_PAIN, Urgency.URGENT),
        (RedFlag.RECENT_INFECTION, Urgency.URGENT),
        (RedFlag.IMMUNOSUPPRESSION, Urgency.URGENT),
        (RedFlag.MYELOPATHY, Urgency.URGENT),
        (RedFlag.YOUNG_AGE, Urgency.URGENT),
    ],
)
def test_new_flags_refer_with_their_urgency(flag: RedFlag, urgency: Urgency) -> None:
    info = RED_FLAGS[flag]
    assert info.urgency == urgency and info.short and info.source
    findings = screen(PatientFacts(age=40, red_flags=frozenset({flag})), NEEDLING)
    assert rules(findings) == [("refer", f"red_flag.{flag.value}", "patient")]
    assert findings[0].action.startswith("Do not treat")
    assert ("today" in findings[0].action) == (urgency == Urgency.EMERGENCY)
    assert is_emergency({flag}) == (urgency == Urgency.EMERGENCY)


def test_the_inflammatory_pattern_is_a_routine_referral_and_treatment_may_continue() -> None:
    flag = RedFlag.INFLAMMATORY_BACK_PAIN
    facts = PatientFacts(age=30, red_flags=frozenset({flag}))
    findings = screen(facts, NEEDLING)
    assert rules(findings) == [("warn", "red_flag.inflammatory_back_pain", "patient")]
    assert "treatment may continue" in findings[0].action
    assert not is_emergency({flag})
    assert [b.level for b in safety_badges(facts)] == ["warn"]
    cleared = dataclasses.replace(facts, clearances=((flag, LETTER),))
    assert safety_badges(cleared) == []


def test_cancer_history_with_a_neurological_sign_is_an_emergency() -> None:
    flags = frozenset({RedFlag.CANCER_HISTORY, RedFlag.MYELOPATHY})
    assert cord_compression_suspected(flags) and is_emergency(set(flags))
    assert not cord_compression_suspected({RedFlag.CANCER_HISTORY, RedFlag.FEVER})
    findings = screen(PatientFacts(age=60, red_flags=flags), NEEDLING)
    mscc = [f for f in findings if f.rule == "red_flag.metastatic_cord_compression"]
    assert len(mscc) == 1 and "NG234" in mscc[0].message and "today" in mscc[0].action
    badges = safety_badges(PatientFacts(age=60, red_flags=flags))
    assert "emergency" in badges[0].text
    # A cleared sign no longer makes it an emergency; the cancer flag still refers.
    cleared = PatientFacts(age=60, red_flags=flags, clearances=((RedFlag.MYELOPATHY, LETTER),))
    assert "red_flag.metastatic_cord_compression" not in {f.rule for f in screen(cleared, NEEDLING)}
    assert "urgent" in safety_badges(cleared)[0].text


def test_immunosuppression_follows_from_the_history_answer() -> None:
    facts = patient_facts(draft(conditions={Condition.IMMUNOCOMPROMISED: True}), 40)
    assert RedFlag.IMMUNOSUPPRESSION in facts.red_flags
    direct = PatientFacts(age=40, conditions=frozenset({Condition.IMMUNOCOMPROMISED}))
    assert ("refer", "red_flag.immunosuppression", "patient") in rules(screen(direct, NEEDLING))
    assert derived_flags(40, False) == frozenset()
    assert derived_flags(19, True) == {RedFlag.YOUNG_AGE, RedFlag.IMMUNOSUPPRESSION}
    assert set(ASKED) | DERIVED == set(RedFlag) and not set(ASKED) & DERIVED


# --- both legs ------------------------------------------------------------------------------


def test_sciatica_in_both_legs_contradicts_a_no_and_raises_the_flag_when_open() -> None:
    both = {"pain_regions": frozenset({PainRegion.SCIATICA}), "sciatica_side": BodySide.BOTH}
    field = red_flag_field(RedFlag.BILATERAL_SCIATICA)
    assert "both legs" in problems(draft(**both))[field]
    open_answer = {k: v for k, v in ALL_NO.items() if k != RedFlag.BILATERAL_SCIATICA}
    facts = patient_facts(validate_intake(draft(**both, red_flags=open_answer), TODAY), 40)
    assert RedFlag.BILATERAL_SCIATICA in facts.red_flags
    assert facts.red_flags_unanswered == frozenset()  # raised, so not "open" as well
    left = draft(pain_regions=frozenset({PainRegion.SCIATICA}), sciatica_side=BodySide.LEFT)
    assert patient_facts(validate_intake(left, TODAY), 40).red_flags == frozenset()


# --- unanswered -----------------------------------------------------------------------------


def test_open_questions_block_and_are_named() -> None:
    answers = {k: v for k, v in ALL_NO.items() if k not in {RedFlag.FEVER, RedFlag.MYELOPATHY}}
    facts = patient_facts(draft(red_flags=answers), 40)
    assert facts.red_flags_unanswered == {RedFlag.FEVER, RedFlag.MYELOPATHY}
    findings = screen(facts, NEEDLING)
    assert rules(findings) == [("block", "red_flags.unanswered", "patient")]
    assert "(2): fever; clumsy hands" in findings[0].message
    assert "not a no" in findings[0].message


def test_new_pain_after_50_needs_the_malignancy_questions_and_warns() -> None:
    new = draft(onset_date=dt.date(2026, 10, 1), red_flags={})  # no screen begun
    # Unanswered is not No: every asked question is open, the malignancy ones among them.
    assert unanswered_red_flags(new, 51) >= MALIGNANCY_QUESTIONS
    assert unanswered_red_flags(new, 51) == frozenset(ASKED)
    assert unanswered_red_flags(new, 50) == frozenset(ASKED)
    facts = patient_facts(new, 51)
    assert facts.new_onset
    assert rules(screen(facts, NEEDLING)) == [
        ("block", "red_flags.unanswered", "patient"),
        ("warn", "age.new_onset_over_50", "patient"),
    ]
    answered = patient_facts(dataclasses.replace(new, red_flags=dict(ALL_NO)), 51)
    assert rules(screen(answered, NEEDLING)) == [("warn", "age.new_onset_over_50", "patient")]
    chronic_onset = dt.date(2025, 1, 1)
    chronic = patient_facts(
        dataclasses.replace(new, onset_date=chronic_onset, red_flags=dict(ALL_NO)), 60
    )
    assert not chronic.new_onset and screen(chronic, NEEDLING) == []


# --- clearance ------------------------------------------------------------------------------


def test_a_clearance_turns_the_referral_into_a_warning_naming_who_and_when() -> None:
    flags = {**ALL_NO, RedFlag.CANCER_HISTORY: True}
    cleared = validate_intake(
        draft(red_flags=flags, red_flag_clearances={RedFlag.CANCER_HISTORY: LETTER}), TODAY
    )
    facts = patient_facts(cleared, 45)
    assert facts.clearance(RedFlag.CANCER_HISTORY) == LETTER
    findings = screen(facts, NEEDLING)
    assert rules(findings) == [("warn", "red_flag_cleared.cancer_history", "patient")]
    assert "cleared by Dr A. Jones, GP on 2026-11-01 (letter on file)" in findings[0].message
    assert safety_badges(facts) == []
    assert Clearance("Dr B", TODAY).describe() == f"cleared by Dr B on {TODAY.isoformat()}"


def test_a_clearance_of_a_flag_no_longer_present_is_dropped_from_the_facts() -> None:
    stored = draft(red_flag_clearances={RedFlag.YOUNG_AGE: LETTER})
    assert patient_facts(validate_intake(stored, TODAY), 40).clearances == ()
    assert patient_facts(validate_intake(stored, TODAY), 17).clearances == (
        (RedFlag.YOUNG_AGE, LETTER),
    )


@pytest.mark.parametrize(
    ("flag", "clearance", "fragment"),
    [
        (RedFlag.FEVER, LETTER, "only for a red flag answered Yes"),
        (RedFlag.CANCER_HISTORY, Clearance("  ", TODAY), "who cleared"),
        (RedFlag.CANCER_HISTORY, Clearance("Dr X", TODAY + dt.timedelta(days=1)), "future"),
        (RedFlag.CANCER_HISTORY, Clearance("Dr X\u202e", TODAY), "U+202E"),
        (RedFlag.CANCER_HISTORY, Clearance("Dr X", TODAY, "x" * 201), "at most 200"),
    ],
)
def test_each_bad_clearance_is_refused_at_its_field(
    flag: RedFlag, clearance: Clearance, fragment: str
) -> None:
    flags = {**ALL_NO, RedFlag.CANCER_HISTORY: True}
    found = problems(draft(red_flags=flags, red_flag_clearances={flag: clearance}))
    assert fragment in found[clearance_field(flag)]


# --- age ------------------------------------------------------------------------------------


def test_under_18_needs_a_guardians_consent_and_under_20_is_a_flag() -> None:
    facts = patient_facts(validate_intake(draft(), TODAY), 16)
    assert rules(screen(facts, NEEDLING)) == [
        ("refer", "red_flag.young_age", "patient"),
        ("block", "consent.guardian", "patient"),
    ]
    consented = patient_facts(
        validate_intake(draft(guardian_consent=" Mother, 2026-11-20 "), TODAY), 16
    )
    assert consented.guardian_consent
    assert rules(screen(consented, NEEDLING)) == [("refer", "red_flag.young_age", "patient")]
    nineteen = PatientFacts(age=19, clearances=((RedFlag.YOUNG_AGE, LETTER),))
    assert rules(screen(nineteen, NEEDLING)) == [("warn", "red_flag_cleared.young_age", "patient")]
    assert "at most 200" in problems(draft(guardian_consent="x" * 201))["guardian_consent"]


def test_over_70_fracture_risk_and_fragile_skin_with_cupping() -> None:
    assert screen(PatientFacts(age=70), CUPPING) == []
    old = PatientFacts(age=71)
    assert rules(screen(old, NEEDLING)) == [("warn", "age.fracture_risk", "patient")]
    assert rules(screen(old, CUPPING)) == [
        ("warn", "age.fracture_risk", "patient"),
        ("warn", "age.fragile_skin", "cupping"),
    ]
