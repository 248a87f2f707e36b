"""New patient / Edit patient without a window: checks, duplicates, conflicts, leaving."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.services.audit import AuditTrail
from planner.services.registry import PatientRegistry
from planner.storage.database import Database
from planner.ui.questions import DuplicateAnswer, DuplicateChoice, UnsavedAnswer
from planner.ui.registration.presenter import (
    BAD_DATE,
    PatientForm,
    PatientFormPresenter,
    SaveOutcome,
)
from planner.ui.widgets.dates import parse_date
from tests.helpers.factories import ADMIN, RECEPTION, add_patient, add_user
from tests.ui.form_fakes import FakeQuestions

TODAY = dt.date(2026, 11, 22)
AMELIA = PatientForm(
    given_name="Amelia",
    family_name="Chen",
    date_of_birth="1955-07-04",
    sex="female",
    phone="07700 900789",
    email="amelia@example.org",
    address="1 Mill Lane\nRiverside",
    emergency_contact_name="Liam Chen",
    emergency_contact_phone="07700 900456",
    referring_physician_name="Dr Okafor",
    referring_physician_clinic="Riverside Surgery",
    referring_physician_contact="fax 01632 960001",
    insurance_provider="Acme Health",
    insurance_policy="AH-123",
)


def registry(db: Database, roles=RECEPTION, name: str = "reza") -> PatientRegistry:
    return PatientRegistry(db, add_user(db, name, roles, name.title()), AuditTrail(), lambda: TODAY)


def presenter(reg: PatientRegistry, questions: FakeQuestions, patient_id: int | None = None):
    return PatientFormPresenter(reg, questions, patient_id=patient_id, today=lambda: TODAY)


def test_problems_come_back_by_field_and_nothing_is_saved(sqlite_db: Database) -> None:
    questions = FakeQuestions()
    new = presenter(registry(sqlite_db), questions)
    form = PatientForm(given_name="Ana", date_of_birth="1985-02-30", phone="call me", email="a@")
    result = new.save(form)
    assert result.outcome is SaveOutcome.INVALID
    assert result.problems["date_of_birth"] == BAD_DATE
    assert result.problems["sex"].startswith("Sex:")
    assert result.problems["phone"].startswith("Phone:")
    assert result.problems["email"].startswith("Email:")
    assert "given_name" not in result.problems
    assert questions.asked == []  # no duplicate search for a form that cannot be saved
    assert new.record is None and new.is_dirty(form)


def test_a_future_birth_date_is_named_at_its_field(sqlite_db: Database) -> None:
    result = presenter(registry(sqlite_db), FakeQuestions()).save(
        PatientForm(family_name="Chen", date_of_birth="2027-01-01", sex="male")
    )
    assert result.problems == {"date_of_birth": "Date of birth: cannot be in the future."}


def test_dates_are_taken_in_the_usual_keyboard_shapes() -> None:
    assert parse_date("1985-6-5") == dt.date(1985, 6, 5)
    assert parse_date(" 19850605 ") == dt.date(1985, 6, 5)
    assert parse_date("1985/06/05") == dt.date(1985, 6, 5)
    assert parse_date("") is None
    for bad in ("05/06/1985", "1985-13-01", "yesterday"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_register_without_duplicates_asks_nothing(sqlite_db: Database) -> None:
    questions = FakeQuestions()
    new = presenter(registry(sqlite_db), questions)
    result = new.save(AMELIA)
    assert result.outcome is SaveOutcome.SAVED and result.record is not None
    assert questions.asked == []
    assert PatientForm.of(result.record.draft) == AMELIA
    assert not new.is_dirty(AMELIA)


@pytest.mark.parametrize(
    ("choice", "outcome"),
    [
        (DuplicateChoice.BACK_TO_FORM, SaveOutcome.BACK_TO_FORM),
        (DuplicateChoice.OPEN_EXISTING, SaveOutcome.OPEN_EXISTING),
        (DuplicateChoice.CREATE_ANYWAY, SaveOutcome.SAVED),
    ],
)
def test_possible_duplicates_are_shown_and_the_answer_followed(
    sqlite_db: Database, choice: DuplicateChoice, outcome: SaveOutcome
) -> None:
    existing = add_patient(sqlite_db, given="Zoë", family="O'Brien-Łukasz")
    form = replace(AMELIA, phone="+44 7700 900123")  # Zoë's phone number
    questions = FakeQuestions(duplicates=DuplicateAnswer(choice, existing))
    reg = registry(sqlite_db)
    result = presenter(reg, questions).save(form)
    assert questions.asked == ["duplicates"]
    assert [row.id for row in questions.duplicate_rows] == [existing]
    assert result.outcome is outcome
    registered = reg.possible_duplicates(parse_form(form))
    if outcome is SaveOutcome.OPEN_EXISTING:
        assert result.patient_id == existing
    assert len(registered) == (2 if outcome is SaveOutcome.SAVED else 1)


def parse_form(form: PatientForm):
    draft, problems = form.to_draft()
    assert not problems
    return draft


def test_a_stale_edit_keeps_the_form_and_names_who_changed_it(sqlite_db: Database) -> None:
    patient_id = presenter(registry(sqlite_db), FakeQuestions()).save(AMELIA).record.id
    mine = presenter(registry(sqlite_db, name="mo"), FakeQuestions(), patient_id)
    theirs = presenter(registry(sqlite_db, name="lin"), FakeQuestions(), patient_id)
    assert mine.load() == theirs.load() == AMELIA
    assert theirs.save(replace(AMELIA, phone="07700 900999")).outcome is (SaveOutcome.SAVED)
    typed = replace(AMELIA, email="new@example.org")
    result = mine.save(typed)
    assert result.outcome is SaveOutcome.CONFLICT
    assert "Lin changed this patient's details" in result.message
    assert mine.is_dirty(typed)  # still what the user typed
    reloaded = mine.reload()
    assert reloaded.phone == "07700 900999" and reloaded.email == AMELIA.email
    assert mine.save(typed).outcome is SaveOutcome.SAVED


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (UnsavedAnswer.KEEP_EDITING, False, False),
        (UnsavedAnswer.DISCARD, True, False),
        (UnsavedAnswer.SAVE, True, True),
    ],
)
def test_leaving_with_unsaved_changes_asks_first(
    sqlite_db: Database, answer: UnsavedAnswer, closes: bool, saved: bool
) -> None:
    reg = registry(sqlite_db)
    patient_id = presenter(reg, FakeQuestions()).save(AMELIA).record.id
    questions = FakeQuestions(unsaved=answer)
    edit = presenter(reg, questions, patient_id)
    edit.load()
    assert edit.request_close(AMELIA) == (True, None)  # nothing changed: no question
    assert questions.asked == []
    changed = replace(AMELIA, preferred_name="Millie")
    may_close, result = edit.request_close(changed)
    assert questions.asked == ["unsaved"]
    assert may_close is closes
    assert (result is not None and result.outcome is SaveOutcome.SAVED) is saved
    assert (reg.get(patient_id).draft.preferred_name == "Millie") is saved


def test_leaving_after_a_refused_save_on_close_stays_open(sqlite_db: Database) -> None:
    questions = FakeQuestions(unsaved=UnsavedAnswer.SAVE)
    new = presenter(registry(sqlite_db), questions)
    may_close, result = new.request_close(PatientForm(given_name="Ana"))
    assert may_close is False
    assert result is not None and result.outcome is SaveOutcome.INVALID


def test_archive_asks_first_then_keeps_the_version_current(sqlite_db: Database) -> None:
    reg = registry(sqlite_db)
    patient_id = presenter(reg, FakeQuestions()).save(AMELIA).record.id
    questions = FakeQuestions(archive=False)
    edit = presenter(reg, questions, patient_id)
    edit.load()
    assert edit.set_archived(True).outcome is SaveOutcome.BACK_TO_FORM
    assert not reg.get(patient_id).archived
    questions.archive = True
    assert edit.set_archived(True).outcome is SaveOutcome.SAVED
    assert edit.archived and reg.get(patient_id).archived
    # the form can still be saved after archiving (the version moved on)
    changed = replace(AMELIA, preferred_name="Millie")
    assert edit.save(changed).outcome is SaveOutcome.SAVED
    assert edit.set_archived(False).outcome is SaveOutcome.SAVED
    assert questions.asked == ["archive", "archive", "unarchive"]
    assert not reg.get(patient_id).archived


def test_a_user_who_may_not_open_the_record_gets_a_message(sqlite_db: Database) -> None:
    patient_id = add_patient(sqlite_db)
    edit = presenter(registry(sqlite_db, ADMIN, "ada"), FakeQuestions(), patient_id)
    assert edit.load() == PatientForm()
    assert "not allowed" in edit.load_error
    assert edit.request_close(PatientForm(given_name="x")) == (True, None)
    result = edit.save(AMELIA)
    assert result.outcome is SaveOutcome.FAILED and "not allowed" in result.message
