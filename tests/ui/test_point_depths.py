"""Each point's usual depth and angle on screen (issue 17 rule 9): in the point picker's
details, as the depth field's placeholder and tooltip in the plan editor and the session
window, and a typed depth beyond the safe maximum warns in the safety panel."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.catalog import View, load_catalog
from planner.domain.plans import Plan, PointChoice
from planner.domain.vocab import PointSide, Technique
from planner.storage.database import Database
from planner.ui.plan.editor import PlanEditorWindow
from planner.ui.plan.point_picker import PointPicker
from planner.ui.plan.widgets import DEPTH
from planner.ui.session.window import SessionWindow
from tests.ui.course_fakes import CourseClinic, make_clinic

NAME = "Zoë O'Brien-Łukasz"
BL23_ONLY = Plan(
    techniques=frozenset({Technique.LOCAL_NEEDLING}),
    points=(PointChoice("BL23", PointSide.BILATERAL),),
)


def sized(qtbot: QtBot, window: QWidget, width: int, height: int) -> None:
    """Show ``window`` and then give it this size. Sized after the show: when the application's
    window-places filter is installed (a test that ran ``planner.app.run_gui`` earlier in the
    same process leaves it on the QApplication), the first show puts the window back at the
    place its kind was last closed at, e.g. a small picker of an earlier test."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size() == QSize(width, height))


def shown(qtbot: QtBot, window: PlanEditorWindow | SessionWindow) -> None:
    sized(qtbot, window, 1366, 740)


def open_editor(qtbot: QtBot, clinic: CourseClinic, course_id: int) -> PlanEditorWindow:
    window = clinic.screens().plan_editor(None, course_id, NAME)
    shown(qtbot, window)
    return window


def depth_field(window: PlanEditorWindow | SessionWindow, code: str) -> QLineEdit:
    table = window.treatment.points_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)
    field = table.cellWidget(row, DEPTH)
    assert isinstance(field, QLineEdit)
    return field


def test_the_picker_shows_the_current_points_depth_and_its_limit(qtbot: QtBot) -> None:
    picker = PointPicker(load_catalog())
    qtbot.addWidget(picker)
    picker.show()
    points = picker.region_points  # lower back first
    points.setFocus()
    points.setCurrentRow(points.codes().index("BL23"))
    qtbot.keyClick(points, Qt.Key.Key_Down)
    assert points.currentItem().data(Qt.ItemDataRole.UserRole) == "BL24"
    details = picker.region_details.text()
    assert "lower edge of the 3rd lumbar spine" in details
    assert "Depth: 0.5–1 cun perpendicular" in details and "at most 1 cun" in details
    assert "kidney" in details and "kidney" in points.currentItem().toolTip()
    # Searched by name: the shoulder point over the lung.
    qtbot.keyClick(picker, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(picker.search_box, "jianjing")
    assert picker.search_results.codes()[0] == "GB21"
    assert "at most 0.5 cun, deeper lies the top of the lung" in picker.search_details.text()
    picker.search_box.clear()
    assert picker.search_details.text() == ""


def test_a_click_on_the_outline_names_the_points_depth(qtbot: QtBot) -> None:
    picker = PointPicker(load_catalog())
    picker.set_chosen(())  # as the editor does: the outline draws the points
    sized(qtbot, picker, 500, 700)  # fits the offscreen screen (800x800)
    picker.setCurrentIndex(3)  # the body outline (about 380 px of the tab's height)
    outline = picker.outline
    qtbot.waitUntil(lambda: outline.isVisible() and outline.height() > 300)
    gv3 = outline.to_widget(View.BACK, 0.5, 0.42).toPoint()
    qtbot.mouseClick(outline, Qt.MouseButton.LeftButton, pos=gv3)
    assert "Depth: 0.5–1 cun perpendicular" in picker.outline_label.text()
    assert "spinal canal" in picker.outline_label.text()


def test_the_depth_field_offers_the_points_usual_depth(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course())  # BL23, GV3, BL40
    bl23 = depth_field(window, "BL23")
    assert bl23.placeholderText() == "0.5–1 cun perpendicular"
    assert "at most 1 cun" in bl23.toolTip() and "kidney" in bl23.toolTip()
    assert depth_field(window, "BL40").placeholderText() == "0.5–1 cun perpendicular"
    assert "popliteal artery" in depth_field(window, "BL40").toolTip()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # search
    qtbot.keyClicks(window.picker.search_box, "GB21")
    qtbot.keyClick(window.picker.search_box, Qt.Key.Key_Return)
    gb21 = depth_field(window, "GB21")
    assert gb21.placeholderText() == "0.3–0.5 cun oblique backward"
    assert "lung" in gb21.toolTip()


def test_the_session_window_offers_the_usual_depth_too(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    window = clinic.screens().session_window(None, course, NAME, None)
    shown(qtbot, window)
    assert depth_field(window, "GV3").placeholderText() == "0.5–1 cun perpendicular"
    assert "spinal canal" in depth_field(window, "GV3").toolTip()
    window.reject()


def test_three_cun_at_bl23_warns_in_the_safety_panel(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_editor(qtbot, clinic, clinic.start_course())
    assert window.safety.row("depth.beyond_safe") is None
    field = depth_field(window, "BL23")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "3 cun")
    row = window.safety.row("depth.beyond_safe")
    assert row is not None and row.check_box is not None
    assert "BL23: 3 cun is deeper than the 1 cun" in row.message_label.text()
    assert "kidney" in row.message_label.text()
    assert not window.save_button.isEnabled()  # a caution waits for its acknowledgement
    row.check_box.click()
    assert window.save_button.isEnabled()
    # Back within the limit, or in words: the caution goes.
    field.selectAll()
    qtbot.keyClicks(field, "muscle layer")
    assert window.safety.row("depth.beyond_safe") is None


def test_a_deep_depth_in_millimetres_warns_in_the_session_window(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    window = clinic.screens().session_window(None, course, NAME, None)
    shown(qtbot, window)
    field = depth_field(window, "GV3")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "25 mm")
    row = window.safety.row("depth.beyond_safe")
    assert row is not None
    assert "25 mm (about 1.5 cun)" in row.message_label.text()
    assert "spinal canal" in row.message_label.text()
    window.reject()
