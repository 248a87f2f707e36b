"""The New patient dialog saves a Persian name written with a zero-width non-joiner, as
typed (pasted, as an input method would insert it), and refuses one that starts with it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from planner.services.audit import AuditTrail
from planner.services.registry import PatientRegistry
from planner.storage.database import Database
from planner.ui.questions import DuplicateAnswer, DuplicateChoice, UnsavedAnswer
from planner.ui.registration.dialog import PatientDialog
from planner.ui.registration.presenter import PatientFormPresenter
from tests.helpers.factories import RECEPTION, add_user
from tests.ui.form_fakes import FakeQuestions
from tests.ui.robot_kit import type_into

TODAY = dt.date(2026, 11, 22)
FAMILY = "می\u200cخواه"  # fictional


def _open(qtbot: Any, reg: PatientRegistry, patient_id: int | None = None) -> PatientDialog:
    questions = FakeQuestions(
        unsaved=UnsavedAnswer.DISCARD,
        duplicates=DuplicateAnswer(DuplicateChoice.CREATE_ANYWAY),
    )
    presenter = PatientFormPresenter(reg, questions, patient_id=patient_id, today=lambda: TODAY)
    dialog = PatientDialog(presenter, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _fill(qtbot: Any, dialog: PatientDialog, family: str) -> None:
    widget = dialog.form_widget
    type_into(qtbot, widget.line_edits["given_name"], "مهسا")
    type_into(qtbot, widget.line_edits["family_name"], family)
    type_into(qtbot, widget.line_edits["date_of_birth"], "1988-05-04")
    widget.sex_box.setCurrentIndex(widget.sex_box.findData("female"))


def _registry(db: Database, login: str) -> PatientRegistry:
    return PatientRegistry(db, add_user(db, login, RECEPTION), AuditTrail(), lambda: TODAY)


def test_a_name_with_a_non_joiner_saves_and_reopens_as_typed(qtbot: Any, ui_db: Database) -> None:
    reg = _registry(ui_db, "reza_zwnj")
    dialog = _open(qtbot, reg)
    _fill(qtbot, dialog, FAMILY)
    assert dialog.form_widget.line_edits["family_name"].text() == FAMILY
    saved: list[int] = []
    dialog.patient_saved.connect(saved.append)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved, dialog.message.text
    again = _open(qtbot, reg, saved[0])
    assert again.form_widget.line_edits["family_name"].text() == FAMILY
    again.reject()


def test_a_name_starting_with_a_non_joiner_is_refused_by_field(qtbot: Any, ui_db: Database) -> None:
    dialog = _open(qtbot, _registry(ui_db, "reza_zwnj2"))
    _fill(qtbot, dialog, "\u200c" + FAMILY)
    saved: list[int] = []
    dialog.patient_saved.connect(saved.append)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not saved
    assert dialog.isVisible()
    assert "U+200C" in dialog.form_widget.problems.text("family_name")
    dialog.reject()
