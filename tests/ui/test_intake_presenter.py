"""The intake without a window: open, check, save with consents, re-assess, history, leave."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.domain.intake import IntakeDraft
from planner.domain.vocab import (
    BodySide,
    Cause,
    ConsentScope,
    DurationClass,
    PainRegion,
    RedFlag,
)
from planner.services.audit import AuditTrail
from planner.services.intake import IntakeService
from planner.storage.database import Database
from planner.ui.intake.form import (
    BAD_ONSET_DATE,
    ConsentChoice,
    IntakeForm,
    blood_thinner_lines,
    consent_changes,
    consent_field,
    duration_of,
    peg_mean,
    red_flag_state,
)
from planner.ui.intake.presenter import (
    FUTURE_CONSENT,
    IntakePresenter,
    IntakeView,
    Mode,
    SaveOutcome,
)
from planner.ui.questions import UnsavedAnswer
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.ui.form_fakes import FakeQuestions

TODAY = dt.date(2026, 11, 22)


def service(db: Database, roles=PRACTITIONER, name: str = "lin") -> IntakeService:
    return IntakeService(db, add_user(db, name, roles, name.title()), AuditTrail(), lambda: TODAY)


def presenter(svc: IntakeService, patient_id: int, questions: FakeQuestions | None = None):
    return IntakePresenter(svc, questions or FakeQuestions(), patient_id, today=lambda: TODAY)


def filled(form: IntakeForm, **changes: object) -> IntakeForm:
    return replace(form, draft=replace(form.draft, **changes))


def test_a_patient_without_an_intake_gets_a_blank_one_for_today(sqlite_db: Database) -> None:
    view = presenter(service(sqlite_db), add_patient(sqlite_db)).open()
    assert view.mode is Mode.NEW and view.history == () and view.copied_from is None
    assert view.form is not None and view.form.intake_date == "2026-11-22"
    assert view.form.consents[ConsentScope.NEEDLING] == ConsentChoice(None, "2026-11-22")


def test_problems_are_named_by_field_and_nothing_is_saved(sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    intake = presenter(svc, patient)
    form = intake.open().form
    bad = replace(
        filled(
            form,
            pain_regions=frozenset({PainRegion.SCIATICA}),
            peg_pain=4,
            cause=Cause.OTHER,
        ),
        onset_date="2026-02-30",
        consents={**form.consents, ConsentScope.CUPPING: ConsentChoice(True, "2026-12-01")},
    )
    result = intake.save(bad)
    assert result.outcome is SaveOutcome.INVALID
    assert result.problems == {
        "onset_date": BAD_ONSET_DATE,
        "peg_pain": "PEG: answer all three questions, or none.",
        "sciatica_side": "Sciatica: which leg — left, right or both?",
        "cause_other": "Other cause: say what it is.",
        consent_field(ConsentScope.CUPPING): FUTURE_CONSENT,
    }
    assert svc.history(patient) == [] and svc.consents(patient) == {}
    assert intake.is_dirty(bad)


def test_save_stores_the_intake_then_each_changed_consent(sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    svc.record_consent(patient, ConsentScope.NEEDLING, True, dt.date(2026, 11, 1))
    intake = presenter(svc, patient)
    form = intake.open().form
    assert form.consents[ConsentScope.NEEDLING] == ConsentChoice(True, "2026-11-01")
    typed = replace(
        filled(form, complaint="  Low back ache  ", nrs_now=6, sciatica_side=None),
        onset_date="2026-9-1",
        consents={
            **form.consents,
            ConsentScope.CUPPING: ConsentChoice(False, "2026-11-22"),
            ConsentScope.MOXIBUSTION: ConsentChoice(None, "2026-11-20"),  # not asked: nothing
        },
    )
    result = intake.save(typed)
    assert result.outcome is SaveOutcome.SAVED
    view = result.view
    assert view is not None and view.mode is Mode.EDIT and view.intake_id is not None
    assert view.form.draft.complaint == "Low back ache"  # as stored
    assert view.form.onset_date == "2026-09-01"
    assert not intake.is_dirty(view.form)
    stored = svc.get(patient, view.intake_id).draft
    assert stored.duration is DurationClass.SUBACUTE and stored.nrs_now == 6
    consents = svc.consents(patient)
    assert set(consents) == {ConsentScope.NEEDLING, ConsentScope.CUPPING}
    assert consents[ConsentScope.NEEDLING].consent_date == dt.date(2026, 11, 1)  # unchanged
    assert consents[ConsentScope.CUPPING].given is False
    # saving again records no consent twice and updates the same intake
    again = intake.save(filled(view.form, nrs_now=5))
    assert again.outcome is SaveOutcome.SAVED and again.view.intake_id == view.intake_id
    assert len(svc.history(patient)) == 1


def test_reassessment_copies_the_latest_and_earlier_intakes_are_read_only(
    sqlite_db: Database,
) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    first = svc.save(
        patient,
        IntakeDraft(intake_date=dt.date(2026, 8, 1), complaint="Stiff", nrs_now=7),
    )
    intake = presenter(svc, patient)
    opened = intake.open()
    assert opened.mode is Mode.EDIT and opened.intake_id == first.id
    copy = intake.new_reassessment(opened.form)
    assert isinstance(copy, IntakeView)
    assert copy.mode is Mode.NEW and copy.copied_from == first.id
    assert copy.form.intake_date == "2026-11-22" and copy.form.draft.complaint == "Stiff"
    saved = intake.save(filled(copy.form, nrs_now=3))
    assert saved.outcome is SaveOutcome.SAVED
    second = saved.view.intake_id
    assert svc.get(patient, second).previous_intake_id == first.id
    assert [row[0] for row in saved.view.history] == [second, first.id]
    old = intake.show_intake(first.id, saved.view.form)
    assert isinstance(old, IntakeView) and old.mode is Mode.READ_ONLY
    assert old.form.draft.nrs_now == 7
    assert not intake.is_dirty(filled(old.form, nrs_now=0))  # read only: nothing to lose
    assert intake.save(old.form).outcome is SaveOutcome.NOTHING_TO_SAVE
    back = intake.show_intake(second, old.form)
    assert isinstance(back, IntakeView) and back.mode is Mode.EDIT


@pytest.mark.parametrize(
    "answer", [UnsavedAnswer.KEEP_EDITING, UnsavedAnswer.DISCARD, UnsavedAnswer.SAVE]
)
def test_leaving_changes_asks_first(sqlite_db: Database, answer: UnsavedAnswer) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    svc.save(patient, IntakeDraft(intake_date=dt.date(2026, 8, 1), nrs_now=7))
    questions = FakeQuestions(unsaved=answer)
    intake = presenter(svc, patient, questions)
    form = intake.open().form
    assert intake.request_close(form) == (True, None)
    assert questions.asked == []
    changed = filled(form, nrs_now=2)
    outcome = intake.new_reassessment(changed)
    assert questions.asked == ["unsaved"]
    if answer is UnsavedAnswer.KEEP_EDITING:
        assert outcome is None and intake.mode is Mode.EDIT
    else:
        assert isinstance(outcome, IntakeView) and outcome.mode is Mode.NEW
    kept = svc.latest(patient).draft.nrs_now
    assert kept == (2 if answer is UnsavedAnswer.SAVE else 7)


def test_closing_after_a_refused_save_keeps_the_window(sqlite_db: Database) -> None:
    questions = FakeQuestions(unsaved=UnsavedAnswer.SAVE)
    intake = presenter(service(sqlite_db), add_patient(sqlite_db), questions)
    form = intake.open().form
    may_close, result = intake.request_close(replace(form, intake_date="soon"))
    assert may_close is False
    assert result is not None and result.outcome is SaveOutcome.INVALID
    assert "intake_date" in result.problems


def test_a_stale_save_keeps_the_form_and_offers_the_stored_one(sqlite_db: Database) -> None:
    patient = add_patient(sqlite_db)
    svc_lin, svc_mo = service(sqlite_db), service(sqlite_db, name="mo")
    svc_lin.save(patient, IntakeDraft(intake_date=TODAY, nrs_now=7))
    mine, theirs = presenter(svc_lin, patient), presenter(svc_mo, patient)
    form = mine.open().form
    assert theirs.save(filled(theirs.open().form, nrs_now=4)).outcome is SaveOutcome.SAVED
    typed = filled(form, nrs_now=9)
    result = mine.save(typed)
    assert result.outcome is SaveOutcome.CONFLICT
    assert "Mo changed this intake" in result.message
    assert mine.is_dirty(typed)
    reloaded = mine.reload()
    assert isinstance(reloaded, IntakeView) and reloaded.form.draft.nrs_now == 4


def test_reception_gets_a_plain_message_instead_of_the_intake(sqlite_db: Database) -> None:
    intake = presenter(service(sqlite_db, RECEPTION, "reza"), add_patient(sqlite_db))
    view = intake.open()
    assert view.mode is Mode.UNAVAILABLE and view.form is None
    assert "not allowed to open clinical records" in view.message
    assert intake.request_close(IntakeForm()) == (True, None)
    assert intake.save(IntakeForm()).outcome is SaveOutcome.NOTHING_TO_SAVE


def test_what_the_editor_derives_while_typing() -> None:
    assert duration_of("2026-11-01", "2026-11-22") is DurationClass.ACUTE
    assert duration_of("2026-10-01", "2026-11-22") is DurationClass.SUBACUTE
    assert duration_of("2026-08-01", "2026-11-22") is DurationClass.CHRONIC
    assert duration_of("2026-08-", "2026-11-22") is None
    assert duration_of("2026-12-01", "2026-11-22") is None
    assert peg_mean(5, 6, 7) == 6.0 and peg_mean(5, None, 7) is None
    assert blood_thinner_lines(["Vitamin D", "Eliquis 5 mg", "aspirin + Plavix75"]) == {
        1: ["apixaban"],
        2: ["aspirin", "clopidogrel"],
    }
    state = red_flag_state({RedFlag.FEVER: True, RedFlag.CANCER_HISTORY: False})
    assert state.refer and not state.emergency and len(state.messages) == 1
    assert red_flag_state({RedFlag.BILATERAL_SCIATICA: True}).emergency
    assert not red_flag_state({RedFlag.FEVER: False}).refer


def test_only_new_or_changed_consent_answers_are_recorded() -> None:
    before = {
        ConsentScope.NEEDLING: ConsentChoice(True, "2026-11-01"),
        ConsentScope.CUPPING: ConsentChoice(None, "2026-11-22"),
    }
    after = {
        ConsentScope.NEEDLING: ConsentChoice(True, "2026-11-01"),
        ConsentScope.CUPPING: ConsentChoice(True, ""),
        ConsentScope.MOXIBUSTION: ConsentChoice(False, "2026-11-22"),
        ConsentScope.ELECTROACUPUNCTURE: ConsentChoice(True, "22/11/2026"),
    }
    changes, problems = consent_changes(before, after)
    assert [(c.scope, c.given, c.on) for c in changes] == [
        (ConsentScope.MOXIBUSTION, False, dt.date(2026, 11, 22))
    ]
    assert set(problems) == {
        consent_field(ConsentScope.CUPPING),
        consent_field(ConsentScope.ELECTROACUPUNCTURE),
    }


def test_a_sciatica_side_round_trips(sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    intake = presenter(svc, add_patient(sqlite_db))
    form = intake.open().form
    typed = filled(form, pain_regions=frozenset({PainRegion.SCIATICA}), sciatica_side=BodySide.BOTH)
    result = intake.save(typed)
    assert result.outcome is SaveOutcome.SAVED
    assert result.view.form.draft.sciatica_side is BodySide.BOTH
