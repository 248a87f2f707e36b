"""The plan editor for keyboard and screen-reader users, and on small or scaled screens
(issue 24): points picked on the Body tab with the keyboard alone, Alt+1…4 moving the
focus into the tab, every control named (what a "✕" removes, which caution a box
acknowledges), Tab in reading order, and every pane reachable at the logical size of
1366×768 at 125 % and 1920×1080 at 200 %."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.vocab import Condition, Technique
from planner.storage.database import Database
from planner.ui.plan.editor import PlanEditorWindow
from tests.ui.course_fakes import CourseClinic, make_clinic
from tests.ui.test_plan_editor import open_editor

# Conditions that give one blocking finding (electroacupuncture with a pacemaker) and
# several cautions (bleeding risk, moxibustion burn risk, points over the spine).
RISKS = {
    Condition.IMPLANTED_DEVICE: True,
    Condition.ANTICOAGULANT_THERAPY: True,
    Condition.BRUISES_EASILY: True,
    Condition.DIABETES: True,
}


def name(widget: QWidget) -> str:
    """What a screen reader is given as the control's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)


def busy_editor(qtbot: QtBot, clinic: CourseClinic) -> PlanEditorWindow:
    """A plan with three points, a pair, cupping and moxibustion, and findings of each kind."""
    window = open_editor(qtbot, clinic, clinic.start_course(plan=None))
    for code in ("BL23", "GV3", "BL40"):
        window._presenter.editor.add_point(code)
    window._after_change()
    for technique in (Technique.ELECTROACUPUNCTURE, Technique.CUPPING, Technique.MOXIBUSTION):
        window.treatment.technique_boxes[technique].click()
    window.treatment.electro.add_button.click()
    qtbot.wait(50)  # new rows are shown (and laid out) once the event loop runs
    return window


def test_a_point_is_picked_on_the_body_tab_with_the_keyboard_alone(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course(plan=None))
    picker, plan = window.picker, window._presenter
    alt(qtbot, Qt.Key.Key_4)
    points = picker.body_points
    assert picker.currentIndex() == 3 and points.hasFocus()
    qtbot.keyClicks(points, "BL40")  # type-ahead, as in any list
    assert points.currentItem().text().startswith("BL40")
    assert picker.outline.current == "BL40"  # ringed on the drawing too
    qtbot.keyClick(points, Qt.Key.Key_Space)
    assert plan.plan.point_codes == ("BL40",)
    assert {p.code for p in picker.outline._points if p.selected} == {"BL40"}  # in step
    assert points.codes(chosen_only=True) == ["BL40"]
    assert picker.outline.accessibleDescription() == "Chosen: BL40."
    assert "BL40" in picker.outline_label.text() and "chosen" in picker.outline_label.text()
    qtbot.keyClick(points, Qt.Key.Key_Space)  # again: taken out
    assert plan.plan.point_codes == ()
    # Only one region's points: Alt+I to the list's region, Down to the next region.
    alt(qtbot, Qt.Key.Key_I)
    assert focused() is picker.body_page.region_box
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is points and "BL23" in points.codes() and "BL40" not in points.codes()
    # Cupping sites by keyboard: Alt+M to what a tick marks, then Space on the point.
    window.treatment.technique_boxes[Technique.CUPPING].setChecked(True)
    alt(qtbot, Qt.Key.Key_M)
    assert focused() is picker.click_mode
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert picker.click_mode.currentData() == Technique.CUPPING
    alt(qtbot, Qt.Key.Key_4)
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new type-ahead search
    qtbot.keyClicks(points, "BL23")
    qtbot.keyClick(points, Qt.Key.Key_Space)
    assert plan.plan.cupping is not None and plan.plan.cupping.sites == ("BL23",)
    assert plan.plan.point_codes == ()  # a site, not a needled point
    assert points.codes(chosen_only=True) == ["BL23"]  # ticked as the cupping site


def test_alt_number_switches_the_tab_and_moves_the_focus_into_it(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course())
    picker = window.picker
    window.rationale_box.setFocus()
    for key, index in (
        (Qt.Key.Key_3, 2),
        (Qt.Key.Key_2, 1),
        (Qt.Key.Key_1, 0),
        (Qt.Key.Key_3, 2),
        (Qt.Key.Key_3, 2),  # twice the same: the tab bar's mnemonic once took it
        (Qt.Key.Key_4, 3),
    ):
        alt(qtbot, key)
        assert picker.currentIndex() == index
        assert picker.widget(index).isAncestorOf(focused()), (index, focused())
    assert focused() is picker.body_points
    assert picker.tabToolTip(0) == "Alt+1"


def test_each_acknowledgement_names_the_caution_it_acknowledges(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db, conditions=RISKS)
    window = busy_editor(qtbot, clinic)
    boxes = [row.check_box for row in window.safety.rows if row.check_box is not None]
    assert len(boxes) >= 4
    names = [name(box) for box in boxes]
    assert all(n.startswith("Acknowledge: ") for n in names), names
    assert len(set(names)) == len(names)  # no two alike, as "Read and acknowledged" were
    gv3 = window.safety.row("ea.spinal_point")
    assert gv3 is not None and gv3.check_box is not None
    assert name(gv3.check_box).startswith("Acknowledge: GV3 — GV3 (Lumbar Yang Gate) lies over")
    assert gv3.check_box.text() == "Read and acknowledged"  # what is shown stays short
    block = window.safety.row("ea.implanted_device")
    assert block is not None and block.reason_edit is not None
    assert name(block.reason_edit).startswith("Override reason: electroacupuncture — ")


def test_every_control_has_a_name_a_screen_reader_can_use(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db, conditions=RISKS)
    window = busy_editor(qtbot, clinic)
    table = window.treatment.points_table
    assert name(table.cellWidget(0, 6)) == "Remove point BL23"
    assert name(table.cellWidget(2, 5)) == "De qi sought at BL40"
    assert table.cellWidget(1, 4).accessibleName() == "Stimulation at GV3"
    pair = window.treatment.electro.rows[0]
    assert name(pair.remove) == "Remove pair 1"
    assert pair.point_a.accessibleName() == "Pair 1: first point"
    assert window.treatment.cupping.type_box.accessibleName() == "Cupping type"
    assert name(window.treatment.moxa.sites_edit) == "Moxibustion sites"
    unnamed = []
    for index in range(4):
        window.picker.setCurrentIndex(index)
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or not widget.isEnabled():
                continue
            focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if not focusable and not isinstance(widget, QAbstractButton | QScrollArea):
                continue
            spoken = name(widget).strip()
            if isinstance(widget, QComboBox):  # on Linux Qt reads its value as its name
                spoken = widget.accessibleName()
                if spoken == widget.currentText():
                    spoken = ""
            if len(spoken) < 2 or not any(c.isalpha() for c in spoken):
                unnamed.append(f"{type(widget).__name__} {spoken!r} {widget.toolTip()[:30]}")
    assert not unnamed, unnamed
    check_names = [name(box) for box in window.findChildren(QCheckBox) if box.isVisible()]
    assert len(check_names) == len(set(check_names))


def test_tab_follows_the_screen_in_reading_order(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db, conditions=RISKS)
    window = busy_editor(qtbot, clinic)
    table = window.treatment.points_table
    window.treatment.technique_boxes[Technique.MOXIBUSTION].setFocus()
    walked = []
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        walked.append(focused())
    # The table, then row 1 left to right: side, depth, stimulation, de qi, remove.
    assert walked == [table, *(table.cellWidget(0, column) for column in (1, 3, 4, 5))]
    window.treatment.moxa.minutes_box.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.rationale_box
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # then the safety rows, most serious first
    first = window.safety.rows[0]
    assert focused() in (first.check_box, first.reason_edit)
    last = window.safety.focus_order()[-1]
    last.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.close_button  # Save is not enabled yet, so it is skipped


def _inside(window: QWidget, widget: QWidget) -> bool:
    corner = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(corner, widget.size()))


def test_every_pane_and_save_are_reachable_on_small_and_scaled_screens(
    qtbot: QtBot, ui_db: Database
) -> None:
    """1920×1080 at 200 % and 1366×768 at 125 % leave 960×(540 less the task bar and the
    title) and 1093×(614 less them) device-independent pixels, 1366×768 at 200 % only
    683×384: the safety panel then goes under the plan, and its boxes can be scrolled to
    and ticked."""
    clinic = make_clinic(ui_db, conditions=RISKS)
    window = busy_editor(qtbot, clinic)
    for width, height in ((683, 384), (960, 480), (1093, 560), (1366, 740)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.size().width() == w, timeout=2000)
        qtbot.wait(50)  # laid out
        assert window.minimumSizeHint().width() <= width  # nothing squeezed under its minimum
        assert window.minimumSizeHint().height() <= height
        beside = window.work.orientation() == Qt.Orientation.Horizontal
        assert beside == (width >= 1180)
        for pane in (window.picker, window.plan_scroll, window.safety):
            assert pane.isVisible() and pane.width() >= 200 and pane.height() >= 80
            assert _inside(window, pane), (width, pane)
        assert _inside(window, window.save_button) and _inside(window, window.close_button)
        for row in window.safety.rows:  # each box scrolls into view and is ticked by Space
            box = row.check_box
            if box is None or box.isChecked():
                continue
            box.setFocus()  # the scroll area follows the focus
            scroll = next(w for w in window.safety.findChildren(QScrollArea))
            scroll.ensureWidgetVisible(box)
            top = box.mapTo(scroll.viewport(), QPoint(0, 0))
            assert scroll.viewport().rect().contains(QRect(top, box.size())), (width, top)
            qtbot.keyClick(box, Qt.Key.Key_Space)
            assert box.isChecked()
            break


def test_hints_are_secondary_text_not_disabled_text(qtbot: QtBot, ui_db: Database) -> None:
    """A screen reader announced the pair hint as unavailable, and it was drawn too faint."""
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course(plan=None))
    window.treatment.technique_boxes[Technique.ELECTROACUPUNCTURE].click()
    hint = window.treatment.electro.empty_label
    assert hint.isVisible() and hint.isEnabled()
    assert hint.text().startswith("Choose at least two points")
    interface = QAccessible.queryAccessibleInterface(hint)
    assert interface is not None and not interface.state().disabled
