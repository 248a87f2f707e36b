"""Session records: checks for a draft and before signing, prefilling, health check, AEs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.domain.plans import ElectroPair, Plan, PointChoice, validate_plan
from planner.domain.safety import PatientFacts
from planner.domain.sessions import (
    ADVERSE_ADVICE,
    AdverseClass,
    AdverseEventEntry,
    HealthCheck,
    NeedleResponse,
    SessionDraft,
    SessionInvalid,
    adverse_class,
    default_severity,
    facts_after_check,
    session_from_plan,
    session_from_previous,
    validate_session,
)
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    ConsentScope,
    PointSide,
    RedFlag,
    Technique,
)

TODAY = dt.date(2026, 11, 9)
ALL = frozenset(ConsentScope)
K = AdverseEventKind
PLAN = validate_plan(
    Plan(
        techniques=frozenset({Technique.LOCAL_NEEDLING, Technique.ELECTROACUPUNCTURE}),
        points=(PointChoice("BL23", PointSide.BILATERAL), PointChoice("BL25", PointSide.LEFT)),
        electro=(ElectroPair("BL23", "BL25"),),
        rationale="why",
        protocol="chronic_low_back_pain",
    ),
    ALL,
)


def _problems(draft: SessionDraft, *, final: bool = False) -> dict[str, str]:
    with pytest.raises(SessionInvalid) as caught:
        validate_session(draft, TODAY, ALL, final=final)
    return caught.value.problems


def test_prefilled_from_the_plan_with_needles_derived() -> None:
    draft = session_from_plan(PLAN, TODAY)
    assert draft.session_date == TODAY and draft.treatment.points == PLAN.points
    assert draft.treatment.rationale == "" and draft.treatment.protocol == ""
    assert draft.needles_in is None and draft.needles_in_count == 3
    stored = validate_session(draft, TODAY, ALL)
    assert stored.needles_in == 3 and stored.needles_out == 0


def test_repeat_last_copies_treatment_and_fee_but_not_the_measurements() -> None:
    last = SessionDraft(
        session_date=TODAY - dt.timedelta(days=7),
        pain_before=6,
        pain_after=4,
        treatment=PLAN,
        needles_in=3,
        needles_out=3,
        response=frozenset({NeedleResponse.DE_QI}),
        notes="n",
        fee_cents=6000,
    )
    today = session_from_previous(last, TODAY)
    assert today.treatment.points == PLAN.points and today.fee_cents == 6000
    assert today.pain_before is None and today.needles_out == 0 and not today.response


def test_signing_needs_pain_before_and_all_needles_out() -> None:
    draft = replace(session_from_plan(PLAN, TODAY), needles_out=2)
    assert validate_session(draft, TODAY, ALL).needles_out == 2  # a draft may be incomplete
    problems = _problems(draft, final=True)
    assert set(problems) == {"pain_before", "needles_out"}
    done = replace(draft, pain_before=6, needles_out=3, pain_after=3)
    assert validate_session(done, TODAY, ALL, final=True).pain_after == 3


def test_a_draft_treatment_may_be_incomplete_but_not_when_signing() -> None:
    loose = SessionDraft(
        session_date=TODAY,
        pain_before=5,
        treatment=Plan(
            techniques=frozenset({Technique.ELECTROACUPUNCTURE}),
            electro=(ElectroPair("BL23", "BL25"),),
        ),
    )
    validate_session(loose, TODAY, ALL)
    problems = _problems(loose, final=True)
    assert "treatment.points" in problems and "treatment.electro[0].point_a" in problems
    no_consent = _problems_with(loose, frozenset({ConsentScope.NEEDLING}))
    assert "treatment.techniques" in no_consent


def _problems_with(draft: SessionDraft, consents: frozenset[ConsentScope]) -> dict[str, str]:
    with pytest.raises(SessionInvalid) as caught:
        validate_session(draft, TODAY, consents)
    return caught.value.problems


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"session_date": None}, "session_date"),
        ({"session_date": TODAY + dt.timedelta(days=1)}, "session_date"),
        ({"pain_before": 11}, "pain_before"),
        ({"pain_after": -1}, "pain_after"),
        ({"needles_in": 201}, "needles_in"),
        ({"needles_in": 2, "needles_out": 3}, "needles_out"),
        ({"duration_minutes": 2}, "duration_minutes"),
        ({"fee_cents": -5}, "fee_cents"),
        ({"notes": "\x00"}, "notes"),
        ({"check": HealthCheck(new_medications=("x" * 201,))}, "check.new_medications"),
        ({"check": HealthCheck(changes="\u202e")}, "check.changes"),
        (
            {"adverse_events": (AdverseEventEntry(K.OTHER, AdverseSeverity.MILD),)},
            "adverse_events[0].description",
        ),
        (
            {"adverse_events": (AdverseEventEntry(K.FAINTING, AdverseSeverity.MODERATE),)},
            "adverse_events[0].action_taken",
        ),
        (
            {
                "adverse_events": (
                    AdverseEventEntry(K.BRUISING, AdverseSeverity.SEVERE, action_taken="\x00"),
                )
            },
            "adverse_events[0].action_taken",
        ),
        (
            {"treatment": replace(PLAN, points=(PointChoice("XX1", PointSide.LEFT),))},
            "treatment.points[0].code",
        ),
    ],
)
def test_each_problem_names_its_field(changes: dict[str, object], field: str) -> None:
    draft = replace(session_from_plan(PLAN, TODAY), **changes)  # type: ignore[arg-type]
    assert field in _problems(draft)


def test_texts_are_cleaned_and_blank_medicines_dropped() -> None:
    draft = replace(
        session_from_plan(PLAN, TODAY),
        notes="  fine  ",
        check=HealthCheck(new_medications=("  apixaban ", " "), changes=" new job "),
        adverse_events=(
            AdverseEventEntry(K.BRUISING, AdverseSeverity.MILD, " pressed ", " small "),
            AdverseEventEntry(K.SORENESS, AdverseSeverity.MILD),
        ),
    )
    stored = validate_session(draft, TODAY, ALL)
    assert stored.notes == "fine" and stored.check.new_medications == ("apixaban",)
    assert stored.check.changes == "new job"
    assert stored.adverse_events[0] == AdverseEventEntry(
        K.BRUISING, AdverseSeverity.MILD, "pressed", "small"
    )


def test_health_check_changes_feed_the_safety_facts() -> None:
    assert not HealthCheck().changed
    for check in (
        HealthCheck(new_red_flags=frozenset({RedFlag.FEVER})),
        HealthCheck(new_conditions=frozenset({Condition.IMPLANTED_DEVICE})),
        HealthCheck(new_medications=("warfarin",)),
        HealthCheck(now_pregnant=False),
        HealthCheck(changes="started yoga"),
    ):
        assert check.changed
    facts = PatientFacts(age=30, pregnant=True, gestation_weeks=14, medications=("ibuprofen",))
    same = facts_after_check(facts, HealthCheck())
    assert same == facts
    after = facts_after_check(
        facts,
        HealthCheck(
            new_red_flags=frozenset({RedFlag.FEVER}),
            new_conditions=frozenset({Condition.IMPLANTED_DEVICE}),
            new_medications=("warfarin",),
            now_pregnant=False,
        ),
    )
    assert not after.pregnant and after.gestation_weeks is None
    assert after.medications == ("ibuprofen", "warfarin")
    assert RedFlag.FEVER in after.red_flags and Condition.IMPLANTED_DEVICE in after.conditions


def test_adverse_event_taxonomy() -> None:
    assert adverse_class(K.SORENESS) == AdverseClass.MINOR
    assert adverse_class(K.STUCK_NEEDLE) == AdverseClass.SIGNIFICANT
    assert adverse_class(K.SUSPECTED_PNEUMOTHORAX) == AdverseClass.SERIOUS
    assert adverse_class(K.OTHER) is None
    assert default_severity(K.BLEEDING) == AdverseSeverity.MILD
    assert default_severity(K.FAINTING) == AdverseSeverity.MODERATE
    assert default_severity(K.BROKEN_NEEDLE) == AdverseSeverity.SEVERE
    assert default_severity(K.OTHER) == AdverseSeverity.MILD
    assert "Emergency" in ADVERSE_ADVICE[K.SUSPECTED_PNEUMOTHORAX]
    assert set(ADVERSE_ADVICE) <= set(AdverseEventKind)
