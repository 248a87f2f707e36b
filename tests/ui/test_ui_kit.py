"""The shared UI kit with real widgets: the message bar, the headings, the style snippets,
and the modal questions every screen asks (unsaved changes, confirm), answered by clicking
their buttons the way a user would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.prompts import Prompts
from planner.ui.questions import UnsavedAnswer
from planner.ui.style import ERROR_COLOUR, note_style, problem_frame_style
from planner.ui.widgets.headings import Section, align_captions, heading, value_form, value_label
from planner.ui.widgets.inputs import ChoiceField
from planner.ui.widgets.message_bar import MessageBar
from planner.ui.widgets.question_dialogs import (
    QtCourseQuestions,
    QtFormQuestions,
    ask_to_confirm,
    ask_unsaved_changes,
)


@dataclass(frozen=True)
class Seen:
    """What a message box looked like (the box itself is gone once answered)."""

    title: str
    text: str
    default: str
    parent: QWidget | None
    icon: QMessageBox.Icon


def answer_next_box(press: Callable[[QMessageBox], None], seen: list[Seen]) -> None:
    """When the next message box is up, note what it shows and let ``press`` answer it."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        default = box.defaultButton()
        text = default.text().replace("&", "") if default is not None else ""
        seen.append(Seen(box.windowTitle(), box.text(), text, box.parentWidget(), box.icon()))
        press(box)

    QTimer.singleShot(0, answer)


def click(text: str) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
        assert isinstance(button, QAbstractButton)
        button.click()

    return press


def escape(box: QMessageBox) -> None:
    box.reject()  # what Esc (or the window's close button) does


def owner(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


# --- the message bar ---------------------------------------------------------------------


def test_the_message_bar_shows_a_message_and_clears_it(qtbot: QtBot) -> None:
    window = owner(qtbot)
    bar = MessageBar(window)
    assert bar.isHidden() and bar.text == ""
    bar.show_message("The patient could not be saved: the disk is full.")
    assert bar.isVisible()
    assert bar.text == "The patient could not be saved: the disk is full."
    assert bar.reload_button.isHidden()  # no Reload unless asked for
    bar.clear()
    assert bar.isHidden() and bar.text == ""


def test_the_message_bar_offers_reload_after_a_conflict(qtbot: QtBot) -> None:
    window = owner(qtbot)
    bar = MessageBar(window)
    bar.show_message("Someone else saved this patient first.", reload=True)
    assert bar.reload_button.isVisible()
    with qtbot.waitSignal(bar.reload_requested, timeout=1000):
        bar.reload_button.click()
    bar.show_message("Another problem.")
    assert bar.reload_button.isHidden()


def test_the_message_bar_shows_text_as_typed_never_as_html(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("<b>O'Brien</b> & co")
    assert bar.label.textFormat() is Qt.TextFormat.PlainText
    assert bar.text == "<b>O'Brien</b> & co"
    assert ERROR_COLOUR in bar.styleSheet()


# --- headings, value labels, sections ------------------------------------------------------


def test_a_heading_is_bold_and_larger(qtbot: QtBot) -> None:
    plain = QFont()
    label = heading("At a glance", 1.5)
    qtbot.addWidget(label)
    assert label.font().bold()
    assert label.font().pointSizeF() > plain.pointSizeF()


def test_a_value_label_shows_typed_data_as_plain_selectable_text(qtbot: QtBot) -> None:
    label = value_label("<i>Zoë</i>")
    qtbot.addWidget(label)
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.wordWrap()


def test_a_section_puts_its_heading_over_its_body(qtbot: QtBot) -> None:
    section = Section("Progress")
    qtbot.addWidget(section)
    assert section.title_label.text() == "Progress"
    assert section.body.itemAt(0).widget() is section.title_label


def test_aligned_captions_share_one_width(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    short, long = value_form(), value_form()
    short.addRow("Age", value_label("71"))
    long.addRow("Referring physician", value_label("—"))
    align_captions(short, long)
    captions = [form.itemAt(0, value_form().ItemRole.LabelRole).widget() for form in (short, long)]
    assert captions[0].minimumWidth() == captions[1].minimumWidth() > 0


# --- style -------------------------------------------------------------------------------


def test_style_snippets() -> None:
    assert problem_frame_style("field_phone") == (
        f"#field_phone {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}"
    )
    assert note_style("#fff", "#000").startswith("background: #fff; color: #000;")


# --- the shared inputs -------------------------------------------------------------------


def test_a_choice_field_is_answered_by_its_first_letters_and_cleared_with_delete(
    qtbot: QtBot,
) -> None:
    field = ChoiceField([(True, "Yes"), (False, "No")])
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.value_changed, timeout=1000):
        qtbot.keyClick(field, Qt.Key.Key_N)
    assert field.value() is False
    qtbot.keyClick(field, Qt.Key.Key_Y)
    assert field.value() is True and field.buttons[0].isChecked()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
    assert not any(button.isChecked() for button in field.buttons)


# --- the unsaved-changes question --------------------------------------------------------


def test_unsaved_changes_save(qtbot: QtBot) -> None:
    seen: list[Seen] = []
    answer_next_box(click("Save"), seen)
    assert ask_unsaved_changes(owner(qtbot)) is UnsavedAnswer.SAVE
    assert seen[0].title == "Unsaved changes"


def test_unsaved_changes_discard(qtbot: QtBot) -> None:
    seen: list[Seen] = []
    answer_next_box(click("Discard changes"), seen)
    assert ask_unsaved_changes(owner(qtbot)) is UnsavedAnswer.DISCARD


def test_unsaved_changes_keep_editing_is_the_default_and_what_esc_means(qtbot: QtBot) -> None:
    seen: list[Seen] = []
    answer_next_box(click("Keep editing"), seen)
    assert ask_unsaved_changes(owner(qtbot)) is UnsavedAnswer.KEEP_EDITING
    assert seen[0].default == "Keep editing"
    answer_next_box(escape, seen)
    assert ask_unsaved_changes(owner(qtbot)) is UnsavedAnswer.KEEP_EDITING


def test_both_question_services_ask_the_same_unsaved_question_over_their_window(
    qtbot: QtBot,
) -> None:
    window = owner(qtbot)
    seen: list[Seen] = []
    for questions in (QtFormQuestions(), QtCourseQuestions()):
        questions.attach(window)
        answer_next_box(click("Discard changes"), seen)
        assert questions.unsaved_changes() is UnsavedAnswer.DISCARD
    assert [box.parent for box in seen] == [window, window]
    assert [box.text for box in seen] == [seen[0].text] * 2


# --- the confirm question ----------------------------------------------------------------


def test_confirm_goes_on_only_with_the_action_button(qtbot: QtBot) -> None:
    window = owner(qtbot)
    seen: list[Seen] = []
    answer_next_box(click("Restore"), seen)
    assert ask_to_confirm(window, "Restore", "Replace the clinic's data?", "Restore") is True
    answer_next_box(click("Cancel"), seen)
    assert ask_to_confirm(window, "Restore", "Replace the clinic's data?", "Restore") is False
    answer_next_box(escape, seen)
    assert ask_to_confirm(window, "Restore", "Replace the clinic's data?", "Restore") is False
    assert seen[0].default == "Cancel"


def test_prompts_and_the_archive_question_use_the_same_confirm_dialog(qtbot: QtBot) -> None:
    window = owner(qtbot)
    seen: list[Seen] = []
    answer_next_box(click("Delete"), seen)
    assert Prompts().confirm(window, "Delete", "Delete the template?", "Delete") is True
    questions = QtFormQuestions()
    questions.attach(window)
    answer_next_box(click("Archive"), seen)
    assert questions.confirm_archive(True) is True
    answer_next_box(click("Cancel"), seen)
    assert questions.confirm_archive(False) is False
    assert [box.title for box in seen] == ["Delete", "Archive patient", "Unarchive patient"]
    assert all(box.icon is QMessageBox.Icon.Question for box in seen)


def test_the_questions_and_answers_are_free_of_qt() -> None:
    code = (
        "import sys\n"
        "import planner.ui.questions, planner.ui.plan.presenter, planner.ui.session.presenter\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
