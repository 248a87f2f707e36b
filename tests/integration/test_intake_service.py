"""Intakes through the service: round trip, re-assessment, conflicts, consent, safety."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from planner.domain.catalog import View
from planner.domain.errors import ConflictError
from planner.domain.intake import MARK_RADIATING, BodyMark, IntakeDraft, IntakeInvalid, TriedBefore
from planner.domain.red_flags import Clearance
from planner.domain.vocab import (
    BodySide,
    Cause,
    Condition,
    ConsentScope,
    PainRegion,
    PriorTreatment,
    RedFlag,
)
from planner.services.audit import AuditFilter, AuditTrail
from planner.services.guard import AccessDenied
from planner.services.intake import IntakeService
from planner.storage.database import Database
from planner.storage.models import Intake, OutcomeScore
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user

TODAY = dt.date(2026, 11, 22)
FULL = IntakeDraft(
    intake_date=TODAY,
    complaint="Ache across the low back <b>&</b> into the left leg",
    pain_regions=frozenset({PainRegion.LOWER_BACK, PainRegion.SCIATICA}),
    sciatica_side=BodySide.LEFT,
    body_marks=(BodyMark(View.BACK, 0.45, 0.42), BodyMark(View.BACK, 0.4, 0.7, MARK_RADIATING)),
    onset_date=dt.date(2026, 6, 1),
    onset_description="Lifting boxes",
    cause=Cause.HERNIATED_DISC,
    aggravating="Sitting",
    relieving="Walking",
    sleep_impact="Wakes twice",
    work_impact="Desk job, breaks every hour",
    nrs_now=6,
    nrs_worst=8,
    nrs_average=5,
    peg_pain=5,
    peg_enjoyment=6,
    peg_activity=7,
    tried=(TriedBefore(PriorTreatment.PHYSIOTHERAPY, "helped a little"),),
    goals_in_own_words="Play with my grandchildren 🙂",
    goal_target_pain=3,
    goal_activities="Gardening",
    conditions={Condition.IMPLANTED_DEVICE: True, Condition.DIABETES: False},
    medications=("Eliquis 5 mg twice daily",),
    allergies=("nickel",),
    other_conditions="Asthma",
    pregnant=False,
    red_flags={RedFlag.FEVER: False, RedFlag.SADDLE_ANAESTHESIA: False},
    acupuncture_style="tcm",
    tongue="Pale",
    pulse="Wiry",
    pattern="Qi and blood stagnation",
)


@pytest.fixture
def setup(db: Database):
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    patient = add_patient(db)
    return db, IntakeService(db, ada, today=lambda: TODAY), patient


def test_an_intake_reloads_exactly_as_saved(setup) -> None:
    db, intakes, patient = setup
    saved = intakes.save(patient, FULL)
    assert saved.draft == FULL
    assert intakes.latest(patient) == saved
    assert intakes.get(patient, saved.id).draft.duration is not None
    with db.read() as session:
        scores = {s.measure: s.value for s in session.scalars(select(OutcomeScore))}
    assert scores == {"nrs_now": 6.0, "nrs_worst": 8.0, "nrs_average": 5.0, "peg": 6.0}
    trail = AuditTrail().query(db, AuditFilter(patient_id=patient))
    assert [r.action for r in reversed(trail)] == ["create", "open_record", "open_record"]
    assert "complaint" in trail[-1].detail["fields"]
    assert all("Ache" not in str(r.detail) for r in trail)  # field names, never text


def test_reassessment_copies_the_last_intake_and_keeps_it(setup) -> None:
    _, intakes, patient = setup
    assert intakes.new_draft(patient) == (IntakeDraft(intake_date=TODAY), None)
    first = intakes.save(patient, dataclasses.replace(FULL, intake_date=dt.date(2026, 9, 1)))
    draft, copied_from = intakes.new_draft(patient)
    assert (
        copied_from == first.id and draft.intake_date == TODAY and draft.complaint == FULL.complaint
    )
    second = intakes.save(
        patient, dataclasses.replace(draft, nrs_now=3), previous_intake_id=copied_from
    )
    assert second.previous_intake_id == first.id
    assert [i for i, _ in intakes.history(patient)] == [second.id, first.id]
    assert intakes.get(patient, first.id).draft.nrs_now == 6


def test_updates_check_the_version_and_refusals_change_nothing(setup) -> None:
    _, intakes, patient = setup
    saved = intakes.save(patient, FULL)
    updated = intakes.save(
        patient, dataclasses.replace(FULL, nrs_now=4), intake_id=saved.id, expected_version=1
    )
    assert updated.version == 2
    with pytest.raises(ConflictError, match="Ada Lovelace changed this intake"):
        intakes.save(patient, FULL, intake_id=saved.id, expected_version=1)
    with pytest.raises(IntakeInvalid):
        intakes.save(
            patient, dataclasses.replace(FULL, nrs_now=12), intake_id=saved.id, expected_version=2
        )
    assert intakes.latest(patient).draft.nrs_now == 4  # type: ignore[union-attr]


def test_reception_cannot_read_or_write_intakes(setup) -> None:
    db, _, patient = setup
    desk = IntakeService(db, add_user(db, "reza", RECEPTION), today=lambda: TODAY)
    for attempt in (
        lambda: desk.save(patient, FULL),
        lambda: desk.latest(patient),
        lambda: desk.history(patient),
        lambda: desk.consents(patient),
        lambda: desk.record_consent(patient, ConsentScope.NEEDLING, True, TODAY),
    ):
        with pytest.raises(AccessDenied):
            attempt()


def test_consents_keep_the_latest_answer_per_technique(setup) -> None:
    _, intakes, patient = setup
    intakes.record_consent(patient, ConsentScope.NEEDLING, True, dt.date(2026, 11, 1))
    intakes.record_consent(patient, ConsentScope.CUPPING, True, dt.date(2026, 11, 1))
    intakes.record_consent(patient, ConsentScope.CUPPING, False, TODAY)
    consents = intakes.consents(patient)
    assert consents[ConsentScope.NEEDLING].given and not consents[ConsentScope.CUPPING].given
    assert ConsentScope.MOXIBUSTION not in consents
    with pytest.raises(Exception, match="future"):
        intakes.record_consent(patient, ConsentScope.NEEDLING, True, dt.date(2027, 1, 1))


def test_safety_summary_from_the_latest_intake(setup) -> None:
    _, intakes, patient = setup
    assert not intakes.safety(patient).badges
    intakes.save(patient, FULL)
    summary = intakes.safety(patient)
    texts = [b.text for b in summary.badges]
    assert "Implanted device — no electroacupuncture" in texts
    assert any(t.startswith("Blood thinner (apixaban)") for t in texts)
    assert not summary.refer
    flagged = dataclasses.replace(FULL, red_flags={RedFlag.SADDLE_ANAESTHESIA: True})
    intakes.save(patient, flagged)
    summary = intakes.safety(patient)
    assert summary.refer and summary.emergency and "cauda equina" in summary.red_flags[0]


def test_clearances_and_guardian_consent_are_stored_with_the_intake(setup) -> None:
    """Issue 17: a clearance (who, date, note) and the guardian's consent survive a save;
    the cleared flag no longer makes the summary say refer, and open questions are named."""
    db, intakes, patient = setup
    letter = Clearance("Dr A. Jones, oncologist", dt.date(2026, 11, 1), "letter on file")
    cleared = dataclasses.replace(
        FULL,
        red_flags={RedFlag.CANCER_HISTORY: True, RedFlag.FEVER: False},
        red_flag_clearances={RedFlag.CANCER_HISTORY: letter},
        guardian_consent="Mother, Jane O'Brien, 2026-11-20",
    )
    saved = intakes.save(patient, cleared)
    assert intakes.get(patient, saved.id).draft == saved.draft == cleared
    summary = intakes.safety(patient)
    assert not summary.refer and not summary.red_flags
    assert summary.cleared == (
        "cancer history — cleared by Dr A. Jones, oncologist on 2026-11-01 (letter on file)",
    )
    assert "saddle numbness" in summary.unanswered and "fever" not in summary.unanswered
    assert intakes.patient_age(patient) == 41 and intakes.patient_age(99999) is None
    with db.write() as session:  # stored before clearances existed, or unreadable: none
        intake = session.get(Intake, saved.id)
        intake.answer_notes = {"red_flag_clearances": {"fever": {"on": "not a date"}, "x": 1}}
    assert intakes.get(patient, saved.id).draft.red_flag_clearances == {}
    with db.write() as session:
        session.get(Intake, saved.id).answer_notes = {"red_flag_clearances": ["odd"]}
    assert intakes.get(patient, saved.id).draft.guardian_consent == ""


def test_a_clearance_for_a_flag_answered_no_is_refused_at_its_field(setup) -> None:
    _, intakes, patient = setup
    bad = dataclasses.replace(
        FULL, red_flag_clearances={RedFlag.FEVER: Clearance("Dr X", dt.date(2026, 11, 1))}
    )
    with pytest.raises(IntakeInvalid) as error:
        intakes.save(patient, bad)
    assert "answered Yes" in error.value.problems["clearance_fever"]
    assert intakes.latest(patient) is None


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=120))
def test_fuzzed_text_is_stored_exactly_or_refused_by_name(sqlite_db: Database, text: str) -> None:
    intakes = IntakeService(
        sqlite_db,
        add_user(sqlite_db, f"u{abs(hash(text)) % 10**9}", PRACTITIONER),
        today=lambda: TODAY,
    )
    patient = add_patient(sqlite_db)
    try:
        saved = intakes.save(patient, dataclasses.replace(FULL, complaint=text, tongue=text))
    except IntakeInvalid as error:
        assert set(error.problems) <= {"complaint", "tongue"}
        return
    assert intakes.get(patient, saved.id).draft.complaint == saved.draft.complaint
