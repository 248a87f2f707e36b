"""Answers the medication list contradicts, and whom "Pregnant now?" is asked of (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.intake import (
    ANSWER_NOTE_MIN,
    IntakeDraft,
    IntakeInvalid,
    contradictions,
    pregnancy_question_applies,
    validate_intake,
)
from planner.domain.vocab import Condition

TODAY = dt.date(2026, 11, 22)
THINNERS = Condition.ANTICOAGULANT_THERAPY


def test_no_to_blood_thinners_beside_eliquis_is_a_contradiction() -> None:
    found = contradictions({THINNERS: False}, ["Eliquis 5 mg twice daily"])
    assert [(c.condition, c.found) for c in found] == [(THINNERS, ("apixaban",))]
    assert found[0].field == "condition_anticoagulant_therapy"
    assert "apixaban" in found[0].message and "Change the answer to Yes" in found[0].message


@pytest.mark.parametrize(
    ("answer", "lines"),
    [
        (True, ["Eliquis 5 mg"]),  # answered Yes: agrees
        (None, ["Eliquis 5 mg"]),  # not asked: the engine counts it anyway
        (False, ["Paracetamol 1 g"]),  # nothing recognised
        (False, []),
    ],
)
def test_no_contradiction(answer: bool | None, lines: list[str]) -> None:
    conditions = {} if answer is None else {THINNERS: answer}
    assert contradictions(conditions, lines) == ()


def test_antiplatelets_count_as_blood_thinners() -> None:  # reference §4, §5
    assert contradictions({THINNERS: False}, ["Aspirin 75 mg", "Plavix75"])[0].found == (
        "aspirin",
        "clopidogrel",
    )


def test_saving_needs_the_answer_changed_or_a_note() -> None:
    draft = IntakeDraft(
        intake_date=TODAY, conditions={THINNERS: False}, medications=("Eliquis 5 mg",)
    )
    with pytest.raises(IntakeInvalid) as refused:
        validate_intake(draft, TODAY)
    assert "condition_anticoagulant_therapy" in refused.value.problems
    short = IntakeDraft(
        **{**draft.__dict__, "answer_notes": {THINNERS: "x" * (ANSWER_NOTE_MIN - 1)}}
    )
    with pytest.raises(IntakeInvalid):
        validate_intake(short, TODAY)
    noted = IntakeDraft(
        **{**draft.__dict__, "answer_notes": {THINNERS: "  Stopped last week, GP letter  "}}
    )
    assert validate_intake(noted, TODAY).answer_notes == {THINNERS: "Stopped last week, GP letter"}
    changed = IntakeDraft(**{**noted.__dict__, "conditions": {THINNERS: True}})
    assert validate_intake(changed, TODAY).answer_notes == {}  # no contradiction: no note kept


def test_a_note_that_breaks_the_text_rules_is_refused_at_the_question() -> None:
    draft = IntakeDraft(
        intake_date=TODAY,
        conditions={THINNERS: False},
        medications=("Eliquis 5 mg",),
        answer_notes={THINNERS: "Stopped last\u202eweek, GP letter"},
    )
    with pytest.raises(IntakeInvalid) as refused:
        validate_intake(draft, TODAY)
    message = refused.value.problems["condition_anticoagulant_therapy"]
    assert message.startswith("Note:")


@pytest.mark.parametrize(
    ("born", "sex", "asked"),
    [
        (dt.date(1946, 5, 1), "female", False),  # 80
        (dt.date(1966, 11, 23), "female", True),  # 59 until tomorrow
        (dt.date(1966, 11, 22), "female", False),  # 60 today
        (dt.date(2016, 11, 22), "female", True),  # 10 today
        (dt.date(2016, 11, 23), "female", False),  # 9
        (dt.date(1990, 1, 1), "male", False),
        (dt.date(1990, 1, 1), "intersex", True),
        (dt.date(1990, 1, 1), "undisclosed", True),
        (dt.date(1990, 1, 1), None, True),  # sex unknown
        (dt.date(1946, 5, 1), None, False),  # 80, sex unknown
        (None, "female", True),  # age unknown
        (None, None, True),
        (dt.date(2030, 1, 1), "female", True),  # a date of birth to come: unknown age
    ],
)
def test_pregnancy_is_asked_unless_the_record_rules_it_out(
    born: dt.date | None, sex: str | None, asked: bool
) -> None:
    assert pregnancy_question_applies(born, sex, TODAY) is asked
