"""The 0–10 score box (intake pain scores, target pain, a session's pain before and after),
clicked into with the mouse and typed in as a person does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner.storage.database import Database
from planner.ui.widgets.inputs import ScoreBox
from tests.ui.course_fakes import make_clinic
from tests.ui.test_session_window import open_session

WHERE = ("left", "middle", "right")


def click_into(qtbot: QtBot, box: ScoreBox, where: str = "middle") -> None:
    """A left click on the box's text: at its start, its middle or its end."""
    edit = box.lineEdit()
    x = {"left": 3, "middle": edit.width() // 2, "right": edit.width() - 3}[where]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(x, edit.height() // 2))
    assert QApplication.focusWidget() is box


def type_keys(qtbot: QtBot, text: str) -> None:
    """Typed to whatever has the focus, as the keyboard would."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot: QtBot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def open_boxes(qtbot: QtBot) -> tuple[QWidget, QLineEdit, ScoreBox]:
    """A text field (somewhere else to be) above a score box, in an active window."""
    window = QWidget()
    layout = QVBoxLayout(window)
    other, box = QLineEdit(), ScoreBox()
    layout.addWidget(other)
    layout.addWidget(box)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window, other, box


def test_a_digit_typed_after_a_click_into_not_asked_is_the_score(qtbot: QtBot) -> None:
    _window, other, box = open_boxes(qtbot)
    for where in WHERE:
        box.set_score(None)
        other.setFocus()
        assert box.text() == "not asked"
        click_into(qtbot, box, where)
        type_keys(qtbot, "6")
        assert (box.text(), box.score()) == ("6", 6), where
    box.set_score(None)
    click_into(qtbot, box)
    type_keys(qtbot, "10")
    assert box.score() == 10


def test_a_score_is_edited_as_in_any_spin_box(qtbot: QtBot) -> None:
    _window, other, box = open_boxes(qtbot)
    box.set_score(4)
    click_into(qtbot, box, "right")
    press(qtbot, Qt.Key.Key_Backspace)
    type_keys(qtbot, "7")
    assert box.score() == 7
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "2")
    assert box.score() == 2
    press(qtbot, Qt.Key.Key_Up)
    assert box.score() == 3
    press(qtbot, Qt.Key.Key_End)  # the arrow selected the score; typing after it:
    type_keys(qtbot, "9")  # "39" is beyond 10: refused, as a spin box does
    assert box.score() == 3
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is other
    press(qtbot, Qt.Key.Key_Backtab)  # Tab-ing in selects the score: a digit replaces it
    type_keys(qtbot, "5")
    assert box.score() == 5


def test_a_score_is_cleared_back_to_not_asked_with_the_keyboard(qtbot: QtBot) -> None:
    _window, other, box = open_boxes(qtbot)
    for key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        box.set_score(4)
        click_into(qtbot, box, "right" if key == Qt.Key.Key_Backspace else "left")
        with qtbot.waitSignal(box.valueChanged):
            press(qtbot, key)
        assert (box.text(), box.score()) == ("not asked", None)
        type_keys(qtbot, "8")  # and a digit replaces it again
        assert box.score() == 8
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    assert box.score() is None
    box.set_score(1)
    click_into(qtbot, box)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # below 0
    assert (box.text(), box.score()) == ("not asked", None)
    press(qtbot, Qt.Key.Key_Up)
    assert box.score() == 0
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)  # cut: empty, then leave
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is other
    assert (box.text(), box.score()) == ("not asked", None)


def test_the_session_pain_scores_take_a_digit_after_a_click(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    window = open_session(qtbot, clinic, course)
    assert window.pain_after_box.text() == "not asked"
    click_into(qtbot, window.pain_after_box, "left")
    type_keys(qtbot, "3")
    click_into(qtbot, window.pain_before_box, "middle")
    type_keys(qtbot, "6")
    assert (window.pain_before_box.score(), window.pain_after_box.score()) == (6, 3)
    assert window.isWindowModified()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    view = clinic.sessions().get(window._presenter.session_id)
    assert (view.draft.pain_before, view.draft.pain_after) == (6, 3)
    window.close()
    again = open_session(qtbot, clinic, course)
    click_into(qtbot, again.pain_after_box, "right")
    press(qtbot, Qt.Key.Key_Backspace)  # back to not asked
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    view = clinic.sessions().get(again._presenter.session_id)
    assert (view.draft.pain_before, view.draft.pain_after) == (6, None)


def test_the_target_pain_of_a_new_course_takes_a_digit_after_a_click(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    dialog = clinic.screens().start_dialog(None, clinic.patient, "Zoë")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.target_box.set_score(None)  # as when the intake left it unasked
    click_into(qtbot, dialog.target_box, "middle")
    type_keys(qtbot, "2")
    with qtbot.waitSignal(dialog.course_started) as signal:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert clinic.courses().get(signal.args[1]).goal_target_pain == 2
