"""The intake window as a screen reader and a keyboard user meet it (issue 24).

Through the real widgets and Qt's accessibility interface (offscreen): the Yes / No
questions are named groups whose value is the answer, holding radio buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from planner.domain.red_flags import ASKED, RED_FLAGS
from planner.domain.vocab import Condition, ConsentScope
from planner.storage.database import Database
from tests.helpers.factories import add_patient
from tests.ui.test_intake_window import open_window, service


def _heard(widget) -> tuple[QAccessible.Role, str, str]:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.role(), iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Value)


def _options(widget) -> list[tuple[QAccessible.Role, str, bool]]:
    iface = QAccessible.queryAccessibleInterface(widget)
    children = [iface.child(index) for index in range(iface.childCount())]
    return [
        (child.role(), child.text(QAccessible.Text.Name), bool(child.state().checked))
        for child in children
    ]


def test_a_screen_reader_hears_each_safety_question_and_its_answer(
    qtbot, sqlite_db: Database
) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    flag = ASKED[0]
    field = window.editor.red_flags.flags[flag]
    question = RED_FLAGS[flag].question
    assert _heard(field) == (QAccessible.Role.Grouping, question, "not answered")
    radio = QAccessible.Role.RadioButton
    assert _options(field) == [(radio, "Yes", False), (radio, "No", False)]

    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Y)
    assert _heard(field)[2] == "Yes"
    assert _options(field) == [(radio, "Yes", True), (radio, "No", False)]
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert _heard(field)[2] == "No"
    assert _options(field) == [(radio, "Yes", False), (radio, "No", True)]
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert _heard(field)[2] == "not answered"
    assert _options(field) == [(radio, "Yes", False), (radio, "No", False)]

    # a click on the chosen answer still clears it (the buttons are exclusive radios now)
    qtbot.mouseClick(field.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(field.buttons[1], Qt.MouseButton.LeftButton)
    assert field.value() is None and _heard(field)[2] == "not answered"


def test_contraindications_and_consents_are_named_groups_too(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    editor = window.editor
    every = [
        *editor.red_flags.flags.values(),
        *editor.history.conditions.values(),
        editor.history.pregnant_field,
        *editor.consent.choices.values(),
        editor.complaint.side_field,
    ]
    for field in every:
        role, name, value = _heard(field)
        assert role == QAccessible.Role.Grouping and name.strip() and value == "not answered"
    qtbot.mouseClick(editor.history.none_button, Qt.MouseButton.LeftButton)
    assert _heard(editor.history.conditions[Condition.ANTICOAGULANT_THERAPY])[2] == "No"
    consent = editor.consent.choices[ConsentScope.CUPPING]
    assert "cupping" in _heard(consent)[1].lower()
    qtbot.mouseClick(consent.buttons[0], Qt.MouseButton.LeftButton)
    assert _heard(consent)[2] == "Given"
