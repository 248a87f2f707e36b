"""The New patient / Edit patient dialog, driven like a user would, on a real database."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.services.audit import AuditTrail
from planner.services.registry import PatientRegistry
from planner.storage.database import Database
from planner.ui.questions import DuplicateAnswer, DuplicateChoice, UnsavedAnswer
from planner.ui.registration.dialog import PatientDialog
from planner.ui.registration.presenter import PatientForm, PatientFormPresenter
from tests.helpers.factories import RECEPTION, add_patient, add_user
from tests.ui.form_fakes import FakeQuestions

TODAY = dt.date(2026, 11, 22)
TYPED = {
    "given_name": "Zoë",
    "family_name": "O'Brien-Łukasz",
    "preferred_name": "Zo",
    "date_of_birth": "1980-02-29",
    "phone": "+44 7700 900555",
    "email": "zoe@example.org",
    "emergency_contact_name": "Sam O'Brien",
    "emergency_contact_phone": "+44 7700 900556",
    "referring_physician_name": "Dr Okafor",
    "referring_physician_clinic": "Riverside Surgery",
    "referring_physician_contact": "okafor@example.org",
    "insurance_provider": "Acme Health",
    "insurance_policy": "AH-42",
}


def registry(db: Database, name: str = "reza") -> PatientRegistry:
    return PatientRegistry(
        db, add_user(db, name, RECEPTION, name.title()), AuditTrail(), lambda: TODAY
    )


def open_dialog(
    qtbot, reg: PatientRegistry, questions: FakeQuestions, patient_id: int | None = None
) -> PatientDialog:
    presenter = PatientFormPresenter(reg, questions, patient_id=patient_id, today=lambda: TODAY)
    dialog = PatientDialog(presenter, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def type_all(qtbot, dialog: PatientDialog, values: dict[str, str]) -> None:
    widget = dialog.form_widget
    for name, text in values.items():
        box = widget.line_edits[name]
        box.clear()
        if text.isascii():
            qtbot.keyClicks(box, text)
        else:  # QTest types ASCII only
            box.insert(text)


def test_refused_fields_show_their_message_in_place_and_keep_all_typed(
    qtbot, sqlite_db: Database
) -> None:
    dialog = open_dialog(qtbot, registry(sqlite_db), FakeQuestions())
    widget = dialog.form_widget
    typed = {**TYPED, "date_of_birth": "1980-02-30", "phone": "ring me", "email": "zoe@"}
    type_all(qtbot, dialog, typed)
    qtbot.keyClicks(widget.address_box, "1 Mill Lane")
    qtbot.keyClick(widget.line_edits["insurance_policy"], Qt.Key.Key_Return)  # Enter saves

    problems = widget.problems
    assert problems.text("date_of_birth") == "Date of birth: a real date as YYYY-MM-DD."
    assert problems.text("sex").startswith("Sex: choose")
    assert problems.text("phone").startswith("Phone: digits")
    assert problems.text("email") == "Email: an address like name@example.org."
    assert problems.text("given_name") == "" and not problems.is_marked("given_name")
    assert all(problems.is_marked(name) for name in ("date_of_birth", "sex", "phone", "email"))
    form = widget.form()
    assert {name: getattr(form, name) for name in typed} == typed
    assert form.address == "1 Mill Lane"
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: widget.line_edits["date_of_birth"].hasFocus())
    assert widget.age_label.text().startswith("not a date")

    # fixing them clears the messages on the next save
    widget.line_edits["date_of_birth"].setText("1980-02-29")
    assert widget.age_label.text() == "aged 46"
    widget.sex_box.setCurrentIndex(widget.sex_box.findData("female"))
    widget.line_edits["phone"].setText("+44 7700 900555")
    widget.line_edits["email"].setText("zoe@example.org")
    with qtbot.waitSignal(dialog.patient_saved):
        dialog.save_button.click()
    assert not dialog.isVisible()


def test_register_then_edit_round_trip(qtbot, db: Database) -> None:
    reg = registry(db)
    dialog = open_dialog(qtbot, reg, FakeQuestions())
    type_all(qtbot, dialog, TYPED)
    widget = dialog.form_widget
    widget.sex_box.setFocus()
    qtbot.keyClicks(widget.sex_box, "F")  # the keyboard picks "Female"
    widget.address_box.setPlainText("1 Mill Lane\nRiverside")
    with qtbot.waitSignal(dialog.patient_saved) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    patient_id = saved.args[0]
    stored = reg.get(patient_id).draft
    assert stored.sex == "female" and stored.date_of_birth == dt.date(1980, 2, 29)
    assert stored.address == "1 Mill Lane\nRiverside"

    edit = open_dialog(qtbot, reg, FakeQuestions(), patient_id)
    assert edit.windowTitle().startswith("Edit patient — chart ")
    form = edit.form_widget.form()
    assert {name: getattr(form, name) for name in TYPED} == TYPED
    assert form.sex == "female" and form.address == "1 Mill Lane\nRiverside"
    edit.form_widget.line_edits["phone"].setText("07700 900999")
    with qtbot.waitSignal(edit.patient_saved):
        edit.save_button.click()
    assert reg.get(patient_id).draft.phone == "07700 900999"


def test_a_possible_duplicate_can_be_opened_instead(qtbot, sqlite_db: Database) -> None:
    existing = add_patient(sqlite_db)  # Zoë, born 1985-06-15, +44 7700 900123
    questions = FakeQuestions(duplicates=DuplicateAnswer(DuplicateChoice.OPEN_EXISTING, existing))
    dialog = open_dialog(qtbot, registry(sqlite_db), questions)
    type_all(qtbot, dialog, {**TYPED, "phone": "+44 7700 900123"})
    dialog.form_widget.sex_box.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.open_patient_requested) as opened:
        dialog.save_button.click()
    assert opened.args == [existing]
    assert questions.asked == ["duplicates"] and not dialog.isVisible()


def test_back_to_the_form_keeps_it_open(qtbot, sqlite_db: Database) -> None:
    add_patient(sqlite_db)
    questions = FakeQuestions(duplicates=DuplicateAnswer(DuplicateChoice.BACK_TO_FORM))
    dialog = open_dialog(qtbot, registry(sqlite_db), questions)
    type_all(qtbot, dialog, {**TYPED, "phone": "+44 7700 900123"})
    dialog.form_widget.sex_box.setCurrentIndex(1)
    with qtbot.assertNotEmitted(dialog.patient_saved):
        dialog.save_button.click()
    assert dialog.isVisible() and dialog.form_widget.form().given_name == "Zoë"


def test_a_stale_edit_shows_who_changed_it_and_reload_brings_their_version(
    qtbot, sqlite_db: Database
) -> None:
    patient_id = add_patient(sqlite_db)
    dialog = open_dialog(qtbot, registry(sqlite_db), FakeQuestions(), patient_id)
    theirs = registry(sqlite_db, "lin")
    record = theirs.get(patient_id)
    theirs.update(patient_id, replace(record.draft, phone="07700 900999"), record.version)
    dialog.form_widget.line_edits["email"].setText("mine@example.org")
    dialog.save_button.click()
    assert "Lin changed this patient's details" in dialog.message.text
    assert dialog.message.reload_button.isVisible()
    assert dialog.form_widget.form().email == "mine@example.org"
    dialog.message.reload_button.click()
    form = dialog.form_widget.form()
    assert form.phone == "07700 900999" and form.email == ""
    assert dialog.message.text == ""


def test_closing_with_changes_asks_first(qtbot, sqlite_db: Database) -> None:
    patient_id = add_patient(sqlite_db)
    questions = FakeQuestions(unsaved=UnsavedAnswer.KEEP_EDITING)
    dialog = open_dialog(qtbot, registry(sqlite_db), questions, patient_id)
    dialog.form_widget.line_edits["preferred_name"].setText("Zo")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and questions.asked == ["unsaved"]
    questions.unsaved = UnsavedAnswer.DISCARD
    dialog.close()
    assert not dialog.isVisible()


def test_archive_asks_then_shows_the_patient_as_archived(qtbot, sqlite_db: Database) -> None:
    patient_id = add_patient(sqlite_db)
    reg = registry(sqlite_db)
    questions = FakeQuestions()
    dialog = open_dialog(qtbot, reg, questions, patient_id)
    assert not dialog.archived_label.isVisible()
    with qtbot.waitSignal(dialog.archived_changed) as changed:
        dialog.archive_button.click()
    assert changed.args == [patient_id, True]
    assert dialog.archived_label.isVisible() and reg.get(patient_id).archived
    assert dialog.archive_button.text().replace("&", "") == "Unarchive patient"
    assert questions.asked == ["archive"]


def test_new_patient_dialog_has_no_archive_button(qtbot, sqlite_db: Database) -> None:
    dialog = open_dialog(qtbot, registry(sqlite_db), FakeQuestions())
    assert dialog.windowTitle() == "New patient" and not dialog.archive_button.isVisible()
    assert QApplication.focusWidget() is dialog.form_widget.line_edits["given_name"]
    assert dialog.form_widget.form() == PatientForm()
