"""A robot registers and edits patients as a hurried receptionist would: random sequences
of real interactions with the New patient / Edit patient dialog (every field typed or
pasted with ordinary and hostile text — very long, right-to-left and bidi controls,
emoji, NUL, markup — the sex combo through each item), then Ctrl+S.

Each save is checked: nothing reached the crash handler; a refused save kept everything
on screen and named a field; an accepted one is what the dialog showed (the domain's
cleaning of the form equals what the Edit dialog shows when reopened) and is in the audit
trail.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import asdict
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.domain.patients import PatientInvalid, validate_patient
from planner.services.audit import AuditTrail
from planner.services.registry import PatientRegistry
from planner.storage.database import Database
from planner.storage.models import AuditEvent
from planner.ui.questions import DuplicateAnswer, DuplicateChoice, UnsavedAnswer
from planner.ui.registration.dialog import PatientDialog
from planner.ui.registration.presenter import PatientForm, PatientFormPresenter
from tests.helpers.factories import RECEPTION, add_user
from tests.ui.form_fakes import FakeQuestions
from tests.ui.robot_kit import every_item, hostile_text, no_crash, robot_settings, type_into

TODAY = dt.date(2026, 11, 22)
_USERS = itertools.count(1)

GOOD = {
    "given_name": st.sampled_from(["Zoë", "伟", "محمد", "Liam", "Ngozi"]),
    "family_name": st.sampled_from(["O'Brien-Łukasz", "王", "العلي", "Chen", ""]),
    "date_of_birth": st.one_of(
        st.dates(dt.date(1920, 1, 1), TODAY).map(dt.date.isoformat),
        st.sampled_from(["1980-02-30", "12/03/1985", "", "2030-01-01", "1850-01-01"]),
    ),
    "phone": st.sampled_from(["+44 7700 900123", "07700 900456", "ring me", ""]),
    "email": st.sampled_from(["zoe@example.org", "zoe@", ""]),
    "emergency_contact_phone": st.sampled_from(["+44 7700 900556", "12", ""]),
}
OTHER = st.sampled_from(["", "Riverside Surgery", "Dr Okafor", "AH-42", "1 Mill Lane"])


def _text_for(name: str) -> st.SearchStrategy[str]:
    return st.one_of(GOOD.get(name, OTHER), GOOD.get(name, OTHER), hostile_text())


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


def _act(qtbot: Any, dialog: PatientDialog, data: st.DataObject) -> None:
    widget = dialog.form_widget
    kind = data.draw(st.sampled_from(["line", "line", "line", "address", "sex"]))
    if kind == "line":
        name = data.draw(st.sampled_from(sorted(widget.line_edits)))
        type_into(qtbot, widget.line_edits[name], data.draw(_text_for(name)))
    elif kind == "address":
        type_into(qtbot, widget.address_box, data.draw(_text_for("address")))
    else:
        box = widget.sex_box
        for _ in every_item(box):
            pass
        box.setCurrentIndex(data.draw(st.integers(0, box.count() - 1)))


def _expected(form: PatientForm) -> PatientForm | None:
    draft, problems = form.to_draft()
    if problems:
        return None
    try:
        return PatientForm.of(validate_patient(draft, TODAY))
    except PatientInvalid:
        return None


def _problems_shown(dialog: PatientDialog) -> list[str]:
    problems = dialog.form_widget.problems
    shown = [problems.text(name) for name in problems.names() if problems.text(name)]
    return shown + ([dialog.message.text] if dialog.message.text else [])


def _audited(db: Database, patient_id: int) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEvent.action).where(
                    AuditEvent.object_type == "patient", AuditEvent.object_id == patient_id
                )
            )
        )


@robot_settings(ci=6, soak=150)
@given(data=st.data())
def test_robot_registers_and_edits_patients(
    qtbot: Any, ui_db: Database, data: st.DataObject
) -> None:
    reg = PatientRegistry(
        ui_db, add_user(ui_db, f"reza{next(_USERS)}", RECEPTION), AuditTrail(), lambda: TODAY
    )
    patient_id: int | None = None
    stored: PatientForm | None = None
    with no_crash() as watch:
        for _round in range(data.draw(st.integers(1, 3))):  # register, then edit
            dialog = _open(qtbot, reg, patient_id)
            if patient_id is None and data.draw(st.integers(0, 9)) < 7:  # the usual start
                widget = dialog.form_widget
                type_into(qtbot, widget.line_edits["given_name"], "Ngozi")
                type_into(qtbot, widget.line_edits["family_name"], "Okafor")
                type_into(qtbot, widget.line_edits["date_of_birth"], "1971-05-09")
                widget.sex_box.setCurrentIndex(widget.sex_box.findData("female"))
            for _step in range(data.draw(st.integers(0, 8))):
                _act(qtbot, dialog, data)
                watch.check()
            shown = dialog.form_widget.form()
            expected = _expected(shown)
            saved: list[int] = []
            dialog.patient_saved.connect(saved.append)
            qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            watch.check()
            event("saved" if saved else "refused")
            if not saved:
                assert expected is None, "a form the domain accepts was refused"
                assert dialog.isVisible() and dialog.form_widget.form() == shown
                assert _problems_shown(dialog), "a refused save must say why"
                dialog.reject()
                dialog.deleteLater()
                continue
            assert expected is not None, "the dialog saved a form the domain refuses"
            assert not dialog.isVisible()
            dialog.deleteLater()
            patient_id = saved[0]
            again = _open(qtbot, reg, patient_id)
            assert asdict(again.form_widget.form()) == asdict(expected)
            again.reject()
            again.deleteLater()
            actions = _audited(ui_db, patient_id)
            assert "create" in actions
            if stored is not None and stored != expected:
                assert "update" in actions
            stored = expected
