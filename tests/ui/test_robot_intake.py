"""A robot takes intakes as a hurried person would: random sequences of real interactions
with the intake window (every Yes/No, every check box, every combo item, scores, dates,
hostile text typed or pasted, marks on the body outline, "None of these", the
reconciliation note), then Ctrl+S.

After each save it checks that nothing reached the crash handler; that a refused save
kept everything on screen and named a field; that an accepted one is what the window
showed (the domain's cleaning of what was on screen equals what a freshly opened
window shows) and is in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)
from sqlalchemy import select

from planner.domain.catalog import View
from planner.domain.intake import IntakeInvalid, validate_intake
from planner.services.audit import AuditTrail
from planner.services.intake import IntakeService
from planner.storage.database import Database
from planner.storage.models import AuditEvent, Patient
from planner.ui.intake.form import IntakeForm, draft_of
from planner.ui.intake.history_section import NoneOfTheseButton
from planner.ui.intake.presenter import IntakePresenter
from planner.ui.intake.window import IntakeWindow
from planner.ui.questions import UnsavedAnswer
from planner.ui.widgets.inputs import ChoiceField, DateLine
from tests.helpers.factories import PRACTITIONER, add_patient, add_user
from tests.ui.form_fakes import FakeQuestions
from tests.ui.robot_kit import click, hostile_text, no_crash, robot_settings, type_into

TODAY = dt.date(2026, 11, 22)

DATES = st.one_of(
    st.dates(dt.date(2020, 1, 1), TODAY).map(dt.date.isoformat),
    st.sampled_from(["", "2026-02-30", "yesterday", "2030-01-01", "22/11/2026"]),
)
PLAIN = st.sampled_from(
    ["", "Aches after sitting", "Eliquis 5 mg twice daily", "Ibuprofen", "Walking", "ok"]
)
TEXT = st.one_of(PLAIN, PLAIN, hostile_text())
_USERS = itertools.count(1)


def _open(qtbot: Any, svc: IntakeService, patient: int) -> IntakeWindow:
    questions = FakeQuestions(unsaved=UnsavedAnswer.DISCARD)
    presenter = IntakePresenter(svc, questions, patient, today=lambda: TODAY)
    window = IntakeWindow(presenter, "Robot Patient")
    window.resize(1326, 708)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # Ctrl+S goes to this window
    return window


def _close(window: IntakeWindow) -> None:
    window.close()
    window.deleteLater()


def _usable(widget: Any, window: IntakeWindow) -> bool:
    return widget.isEnabled() and widget.isVisibleTo(window)


def _act(qtbot: Any, window: IntakeWindow, data: st.DataObject) -> None:
    """One interaction, chosen among the widgets the window shows now."""
    editor = window.editor
    kind = data.draw(
        st.sampled_from(
            ["text", "choice", "check", "combo", "spin", "date", "none", "mark", "button"]
        )
    )
    if kind == "text":
        fields = [
            w
            for w in [*editor.findChildren(QPlainTextEdit), *editor.findChildren(QLineEdit)]
            if not isinstance(w, DateLine) and not isinstance(w.parent(), QSpinBox)
        ]
        fields = [w for w in fields if _usable(w, window) and not w.isReadOnly()]
        if fields:
            type_into(qtbot, data.draw(st.sampled_from(fields)), data.draw(TEXT))
    elif kind == "choice":
        choices = [w for w in editor.findChildren(ChoiceField) if _usable(w, window)]
        if choices:
            field = data.draw(st.sampled_from(choices))
            option = data.draw(st.integers(-1, len(field.buttons) - 1))
            if option < 0:
                field.setFocus()
                qtbot.keyClick(field, Qt.Key.Key_Delete)
            else:
                click(qtbot, field.buttons[option])
    elif kind == "check":
        boxes = [w for w in editor.findChildren(QCheckBox) if _usable(w, window)]
        if boxes:
            click(qtbot, data.draw(st.sampled_from(boxes)))
    elif kind == "combo":
        combos = [w for w in editor.findChildren(QComboBox) if _usable(w, window)]
        if combos:
            box = data.draw(st.sampled_from(combos))
            for index in range(box.count()):  # every item, as the arrow keys would
                box.setCurrentIndex(index)
            box.setCurrentIndex(data.draw(st.integers(0, box.count() - 1)))
    elif kind == "spin":
        spins = [w for w in editor.findChildren(QSpinBox) if _usable(w, window)]
        if spins:
            box = data.draw(st.sampled_from(spins))
            box.setValue(data.draw(st.integers(box.minimum(), box.maximum())))
    elif kind == "date":
        lines = [w for w in editor.findChildren(DateLine) if _usable(w, window)]
        if lines:
            type_into(qtbot, data.draw(st.sampled_from(lines)), data.draw(DATES))
    elif kind == "button":  # Answer Yes, Ask anyway, Clear marks, None of these
        pushes = [w for w in editor.findChildren(QPushButton) if _usable(w, window)]
        if pushes:
            qtbot.mouseClick(data.draw(st.sampled_from(pushes)), Qt.MouseButton.LeftButton)
    elif kind == "none":
        buttons = [w for w in editor.findChildren(NoneOfTheseButton) if _usable(w, window)]
        if buttons:
            button = data.draw(st.sampled_from(buttons))
            button.setFocus()
            qtbot.keyClick(button, Qt.Key.Key_Space)
    else:
        outline = editor.complaint.outline
        if data.draw(st.booleans()):
            editor.complaint.spreads_button.click()
        editor.scroll.ensureWidgetVisible(outline)
        x, y = data.draw(st.floats(0.05, 0.95)), data.draw(st.floats(0.05, 0.95))
        point = outline.to_widget(data.draw(st.sampled_from(list(View))), x, y).toPoint()
        how = data.draw(st.sampled_from(["add", "add", "remove", "clear"]))
        if how == "clear":  # marks removed as a person does: all at once, or one by one
            editor.complaint.clear_marks_button.click()
        elif how == "remove" and outline.marks():
            mark = data.draw(st.sampled_from(list(outline.marks())))
            spot = outline.to_widget(mark.view, mark.x, mark.y).toPoint()
            QTest.mouseClick(outline, Qt.MouseButton.RightButton, pos=QPoint(spot))
        else:
            QTest.mouseClick(outline, Qt.MouseButton.LeftButton, pos=QPoint(point))


def _expected(shown: IntakeForm) -> IntakeForm | None:
    """What saving the form on screen should store (None: the save must be refused)."""
    draft, problems = draft_of(shown)
    if problems:
        return None
    try:
        clean = validate_intake(draft, TODAY)
    except IntakeInvalid:
        return None
    return replace(shown, draft=replace(clean, intake_date=None, onset_date=None))


def _problems_shown(window: IntakeWindow) -> list[str]:
    at_fields = [window.editor.problems.text(n) for n in window.editor.problems.names()]
    return [text for text in at_fields if text] + (
        [window.message.text] if window.message.text else []
    )


def _comparable(form: IntakeForm) -> tuple[object, ...]:
    consents = {s: c for s, c in form.consents.items() if c.given is not None}
    draft = replace(
        form.draft,
        tried=tuple(sorted(form.draft.tried, key=lambda t: t.kind)),
        body_marks=tuple(
            (m.view, round(m.x, 3), round(m.y, 3), m.kind)  # type: ignore[misc]
            for m in form.draft.body_marks
        ),
    )
    return (draft, form.intake_date, form.onset_date, consents)


@robot_settings(ci=6, soak=150)
@given(data=st.data())
def test_robot_takes_intakes(qtbot: Any, ui_db: Database, data: st.DataObject) -> None:
    actor = add_user(ui_db, f"lin{next(_USERS)}", PRACTITIONER)
    svc = IntakeService(ui_db, actor, AuditTrail(), lambda: TODAY)
    patient = add_patient(ui_db)
    born = data.draw(st.sampled_from([dt.date(1946, 3, 2), dt.date(1990, 7, 1)]))
    sex = data.draw(st.sampled_from(["female", "male", "undisclosed"]))
    with ui_db.write() as session:
        row = session.get(Patient, patient)
        assert row is not None
        row.date_of_birth, row.sex = born, sex
    with no_crash() as watch:
        window = _open(qtbot, svc, patient)
        for _round in range(data.draw(st.integers(1, 2))):  # save, then edit and save again
            for _step in range(data.draw(st.integers(1, 14))):
                _act(qtbot, window, data)
                watch.check()
            shown = window.editor.form()
            expected = _expected(shown)
            qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            watch.check()
            record = svc.latest(patient)
            event("refused" if expected is None or record is None else "saved")
            if expected is None or record is None:
                # Refused: everything typed is still there, and a field is named.
                assert window.editor.form() == shown
                assert _problems_shown(window), "a refused save must say why"
                continue
            again = _open(qtbot, svc, patient)
            assert _comparable(again.editor.form()) == _comparable(window.editor.form())
            assert _comparable(again.editor.form())[:3] == _comparable(expected)[:3]
            _close(again)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=2000)
            with ui_db.read() as session:
                actions = session.scalars(
                    select(AuditEvent.action).where(
                        AuditEvent.object_type == "intake", AuditEvent.object_id == record.id
                    )
                ).all()
            assert "create" in actions
        _close(window)
