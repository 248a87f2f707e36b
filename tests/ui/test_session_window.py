"""The session screen, driven from the keyboard like a practitioner with a patient
waiting, on a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.vocab import Condition, EAFrequencyMode, PointSide, SessionStatus, Technique
from planner.storage.database import Database
from planner.ui.questions import ExtendAnswer
from planner.ui.session.window import SessionWindow
from tests.ui.course_fakes import CourseClinic, make_clinic
from tests.ui.robot_kit import every_item, no_crash
from tests.ui.test_plan_editor import lumbar_pair


def open_session(
    qtbot: QtBot, clinic: CourseClinic, course_id: int, session_id: int | None = None
) -> SessionWindow:
    window = clinic.screens().session_window(None, course_id, "Zoë O'Brien-Łukasz", session_id)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def press(qtbot: QtBot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to whatever has the focus (as the keyboard would)."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_routine_follow_up_from_the_keyboard(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    clinic.give_session(course)
    window = open_session(qtbot, clinic, course)
    assert window.title_label.text().startswith("Session 2 of 6")
    assert "Same treatment as the last session" in window.changes_label.text()
    assert window.treatment.points_table.rowCount() == 3  # repeated from session 1
    assert QApplication.focusWidget() is window.pain_before_box
    actions = 0
    qtbot.keyClicks(QApplication.focusWidget(), "5")
    actions += 1
    press(qtbot, Qt.Key.Key_Tab)
    actions += 1
    assert QApplication.focusWidget() is window.new_field
    press(qtbot, Qt.Key.Key_N)  # nothing new
    actions += 1
    assert not window.sign_button.isEnabled()
    assert "needles out (0) to equal needles in (5)" in window.sign_state_label.text()
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # all out
    actions += 1
    qtbot.waitUntil(lambda: window.needles_out_box.value() == 5)  # a mnemonic animates its click
    assert QApplication.focusWidget() is window.pain_after_box
    qtbot.keyClicks(QApplication.focusWidget(), "3")
    actions += 1
    assert window.sign_button.isEnabled()
    assert window.sign_state_label.text() == "Ready to sign (Ctrl+Enter)."
    with qtbot.waitSignal(window.session_changed):
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    actions += 1
    assert actions == 6  # plus finding the patient (2) and Ctrl+T (1): 9 in all
    view = clinic.sessions().get(window._presenter.session_id)
    assert view.status == SessionStatus.SIGNED
    assert (view.draft.pain_before, view.draft.pain_after, view.draft.needles_out) == (5, 3, 5)
    assert "Signed by Ada Lovelace" in window.status_label.text()
    assert not window.pain_before_box.isEnabled() and not window.sign_button.isVisible()
    assert window.amend_button.isVisible()


def test_tab_order_follows_the_routine(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_session(qtbot, clinic, clinic.start_course())
    order = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [window.new_field, window.needles_out_box, window.pain_after_box]


def test_a_draft_is_kept_after_closing(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    window = open_session(qtbot, clinic, course)
    qtbot.keyClicks(window.pain_before_box, "7")
    window.notes_box.setPlainText("Worse after a long drive")
    assert window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert "Draft saved at" in window.sign_state_label.text()
    window.close()
    assert clinic.questions.asked == []  # nothing unsaved: no question
    again = open_session(qtbot, clinic, course)
    assert again.pain_before_box.score() == 7
    assert again.notes_box.text() == "Worse after a long drive"
    assert again.new_field.value() is None  # never answered: still to answer


def test_something_new_reruns_safety_and_blocks_signing(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_session(qtbot, clinic, clinic.start_course())
    window.new_field.setFocus()
    qtbot.keyClick(window.new_field, Qt.Key.Key_Y)
    assert window.health_details.isVisible()
    assert window.safety.rows == []
    window.health_details.condition_boxes[Condition.IMPLANTED_DEVICE].setChecked(True)
    window.treatment.technique_boxes[Technique.ELECTROACUPUNCTURE].click()
    window.treatment.electro.add_button.click()
    row = window.safety.row("ea.implanted_device")
    assert row is not None
    assert "override reason for 1 safety finding" in window.sign_state_label.text()


def test_past_the_planned_number_the_extension_is_asked(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course(planned_sessions=1, mid_review_at=1)
    clinic.give_session(course)
    declined = open_session(qtbot, clinic, course)
    assert "No session was opened" in declined.message.text
    assert not declined.save_button.isEnabled()
    clinic.questions.extend = [ExtendAnswer(1, "Still improving; one more session")]
    window = open_session(qtbot, clinic, course)
    assert clinic.questions.asked == ["extend 2 of 1", "extend 2 of 1"]
    assert window.title_label.text().startswith("Session 2 of 2")


def test_signing_at_a_review_point_asks_for_the_review(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_session(qtbot, clinic, clinic.start_course(mid_review_at=1))
    assert "mid-course review" in window.title_label.text()
    qtbot.keyClicks(window.pain_before_box, "6")
    window.new_field.set_value(False)
    window.all_out_button.click()
    with qtbot.waitSignal(window.review_due) as signal:
        window.sign_button.click()
    assert signal.args == [clinic.patient, window.course_id]


def test_signed_sessions_are_read_only_and_take_amendments(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    session_id = clinic.give_session(course)
    window = open_session(qtbot, clinic, course, session_id)
    assert window.title_label.text().startswith("Session 1 of 6")
    assert not window.save_button.isVisible() and window.notes_box.isReadOnly()
    clinic.questions.amendments = ["Patient reported the ache eased by evening."]
    window.amend_button.click()
    assert window.amendments_label.isVisible()
    assert "Amendment by Ada Lovelace" in window.amendments_label.text()


def test_electro_pair_frequency_mode_changed_then_draft_saved(
    qtbot: QtBot, ui_db: Database
) -> None:
    """Issue 15, item 1: add a pair, change its frequency mode, Save draft crashed in
    plan_codec.apply_session (the mode arrived as a plain string)."""
    clinic = make_clinic(ui_db)
    window = open_session(qtbot, clinic, clinic.start_course())
    treatment = window.treatment
    treatment.technique_boxes[Technique.ELECTROACUPUNCTURE].click()
    treatment.electro.add_button.click()
    row = treatment.electro.rows[0]
    with no_crash():
        for _ in every_item(row.mode_box):
            pass
        row.mode_box.setCurrentIndex(row.mode_box.index_of(EAFrequencyMode.HIGH))
        pair = window._presenter.editor.plan.electro[0]
        assert pair.mode is EAFrequencyMode.HIGH
        window.save_button.click()
    assert not window.isWindowModified()
    stored = clinic.sessions().get(window._presenter.session_id)
    assert stored.draft.treatment.electro[0].mode is EAFrequencyMode.HIGH


def test_anything_new_answer_kept_when_the_draft_is_reopened(qtbot: QtBot, ui_db: Database) -> None:
    """Issue 15, item 2: the "Anything new?" answer was gone when a saved draft was
    reopened (only a ticked change survived)."""
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    window = open_session(qtbot, clinic, course)
    window.new_field.setFocus()
    press(qtbot, Qt.Key.Key_N)  # nothing new
    assert window.new_field.value() is False
    window.save_button.click()
    assert not window.isWindowModified()
    session_id = window._presenter.session_id
    window.close()
    again = open_session(qtbot, clinic, course, session_id)
    assert again.new_field.value() is False
    assert 'answer to "anything new?"' not in again.sign_state_label.text()
    assert clinic.sessions().get(session_id).draft.anything_new is False


def test_status_lines_say_what_is_true(qtbot: QtBot, ui_db: Database) -> None:
    """Issue 15, item 3: "1 caution(s) acknowledged" while it was still unticked; "Same
    treatment as the last session" on session 1; "Ready to sign" left after signing."""
    clinic = make_clinic(ui_db)
    window = open_session(qtbot, clinic, clinic.start_course())
    assert "last session" not in window.changes_label.text()
    assert window.changes_label.text() == "The course's plan, as planned."
    qtbot.keyClicks(window.pain_before_box, "6")
    window.new_field.setFocus()
    qtbot.keyClick(window.new_field, Qt.Key.Key_Y)
    window.health_details.condition_boxes[Condition.HEART_DISEASE].click()
    window.treatment.technique_boxes[Technique.ELECTROACUPUNCTURE].click()
    window.treatment.electro.add_button.click()
    lumbar_pair(window.treatment.electro.rows[0])
    window.all_out_button.click()
    text = window.sign_state_label.text()
    assert "1 caution still to acknowledge" in text and "(s)" not in text
    assert "1 of 1 findings still needs your attention" in window.safety.summary_label.text()
    assert "(s)" not in window.treatment.needles_label.text()
    (row,) = window.safety.rows
    row.check_box.click()
    assert window.sign_state_label.text() == "Ready to sign (Ctrl+Enter)."
    window.sign_button.click()
    assert clinic.sessions().get(window._presenter.session_id).status == SessionStatus.SIGNED
    assert "Ready to sign" not in window.sign_state_label.text()
    assert "Signed by Ada Lovelace" in window.status_label.text()


def test_details_are_in_view_at_1366x768_however_many_findings(
    qtbot: QtBot, ui_db: Database
) -> None:
    """Issue 15, item 4: the details (time, response, adverse events, notes, fee) sat under
    six or seven finding cards, below the fold; now they are at the top of the right-hand
    side and the findings scroll in their own pane."""
    many = (
        Condition.HEART_DISEASE,
        Condition.REDUCED_SENSATION,
        Condition.DIABETES,
        Condition.BRUISES_EASILY,  # immunocompromised is now a red flag (issue 17)
        Condition.VASOVAGAL_HISTORY,
        Condition.ANTICOAGULANT_THERAPY,
        Condition.SKIN_LESION_AT_SITE,
    )
    clinic = make_clinic(ui_db, conditions=dict.fromkeys(many, True))
    window = open_session(qtbot, clinic, clinic.start_course(plan=None))
    window.resize(1366, 768)
    for code in ("BL23", "BL40"):
        qtbot.keyClicks(window.add_point_edit, code)
        qtbot.keyClick(window.add_point_edit, Qt.Key.Key_Return)
    treatment = window.treatment
    for technique in (Technique.ELECTROACUPUNCTURE, Technique.CUPPING, Technique.MOXIBUSTION):
        treatment.technique_boxes[technique].click()
    treatment.electro.add_button.click()
    qtbot.wait(50)  # the layout settles
    assert len(window.safety.rows) >= 7
    assert window.right_scroll.verticalScrollBar().value() == 0
    for widget in (
        window.date_edit,
        window.time_edit,
        window.duration_box,
        window.response,
        window.events,
        window.notes_box,
        window.fee_edit,
    ):
        shown = widget.visibleRegion().boundingRect()
        assert shown == widget.rect(), type(widget).__name__
    first = window.safety.rows[0]  # its pane scrolls: a card is never squashed
    qtbot.waitUntil(lambda: first.height() >= first.minimumSizeHint().height(), timeout=3000)


def test_a_stored_acknowledgement_shows_who_and_when(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    window = open_session(qtbot, clinic, course)
    window.new_field.setFocus()
    qtbot.keyClick(window.new_field, Qt.Key.Key_Y)
    window.health_details.condition_boxes[Condition.HEART_DISEASE].click()
    window.treatment.technique_boxes[Technique.ELECTROACUPUNCTURE].click()
    window.treatment.electro.add_button.click()
    lumbar_pair(window.treatment.electro.rows[0])
    (row,) = window.safety.rows
    row.check_box.click()
    window.save_button.click()
    assert not window.isWindowModified()
    session_id = window._presenter.session_id
    window.close()
    again = open_session(qtbot, clinic, course, session_id)
    (row,) = again.safety.rows
    assert row.check_box.text().startswith("Acknowledged earlier by Ada Lovelace, 2")
    assert not row.check_box.isEnabled()


def test_what_changed_follows_the_treatment_as_it_is_edited(qtbot: QtBot, ui_db: Database) -> None:
    """The line above the treatment said "The course's plan, as planned." until Save draft,
    whatever was changed meanwhile (found by the practitioner journey)."""
    clinic = make_clinic(ui_db)
    course = clinic.start_course()  # BL23 both, GV3 midline, BL40 both
    window = open_session(qtbot, clinic, course)
    assert window.changes_label.text() == "The course's plan, as planned."
    table = window.treatment.points_table
    side = table.side_box(2)  # BL40
    side.setCurrentIndex(side.index_of(PointSide.LEFT))
    assert window.changes_label.text().startswith("Changed from the course's plan: ")
    assert "BL40" in window.changes_label.text() and "as planned" not in window.changes_label.text()
    side.setCurrentIndex(side.index_of(PointSide.BILATERAL))
    assert window.changes_label.text() == "The course's plan, as planned."
    saved = clinic.sessions().get(window._presenter.session_id)  # nothing saved meanwhile
    assert saved.version == window._presenter.view.version
    window.reject()

    clinic.give_session(course)
    window = open_session(qtbot, clinic, course)  # session 2: session 1's treatment again
    assert window.changes_label.text() == "Same treatment as the last session (session 1)."
    window.add_point_edit.setText("GB30")
    qtbot.keyClick(window.add_point_edit, Qt.Key.Key_Return)
    text = window.changes_label.text()
    assert text.startswith("Changed since the last session (session 1): ") and "GB30" in text
