"""The body outline widget: marking pain, trails of radiating pain, picking points."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from planner.domain.catalog import View, load_catalog
from planner.domain.intake import MARK_PAIN, MARK_RADIATING, BodyMark
from planner.ui.widgets.body_outline import BodyOutlineWidget, DrawnPoint


def make(qtbot) -> BodyOutlineWidget:
    widget = BodyOutlineWidget()
    widget.resize(600, 600)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def at(widget: BodyOutlineWidget, view: View, x: float, y: float) -> QPoint:
    return widget.to_widget(view, x, y).toPoint()


def test_a_click_on_the_low_back_marks_pain_there(qtbot) -> None:
    widget = make(qtbot)
    with qtbot.waitSignal(widget.marks_changed):
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at(widget, View.BACK, 0.45, 0.42))
    (mark,) = widget.marks()
    assert (mark.view, mark.kind) == (View.BACK, MARK_PAIN)
    assert abs(mark.x - 0.45) < 0.02 and abs(mark.y - 0.42) < 0.02


def test_clicks_outside_the_body_are_ignored(qtbot) -> None:
    widget = make(qtbot)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at(widget, View.FRONT, 0.05, 0.5))
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert widget.marks() == ()


def test_dragging_down_the_leg_leaves_a_trail_of_radiating_pain(qtbot) -> None:
    widget = make(qtbot)
    start = at(widget, View.BACK, 0.40, 0.50)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 9):
        QTest.mouseMove(widget, at(widget, View.BACK, 0.40, 0.50 + step * 0.04))
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=at(widget, View.BACK, 0.40, 0.82))
    kinds = [m.kind for m in widget.marks()]
    assert kinds[0] == MARK_PAIN and kinds.count(MARK_RADIATING) >= 4
    assert all(m.view == View.BACK for m in widget.marks())


def test_right_click_removes_the_nearest_mark(qtbot) -> None:
    widget = make(qtbot)
    widget.set_marks(
        [BodyMark(View.BACK, 0.45, 0.42), BodyMark(View.FRONT, 0.5, 0.3, MARK_RADIATING)]
    )
    QTest.mouseClick(widget, Qt.MouseButton.RightButton, pos=at(widget, View.BACK, 0.45, 0.42))
    assert widget.marks() == (BodyMark(View.FRONT, 0.5, 0.3, MARK_RADIATING),)


def test_read_only_outline_takes_no_marks(qtbot) -> None:
    widget = make(qtbot)
    widget.set_editable(False)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at(widget, View.BACK, 0.45, 0.42))
    assert widget.marks() == ()


def test_picking_points_on_the_outline(qtbot) -> None:
    widget = make(qtbot)
    bl23 = load_catalog()["BL23"]
    x, y = bl23.positions[View.BACK]
    widget.set_points(
        [DrawnPoint("BL23", View.BACK, x, y), DrawnPoint("GV4", View.BACK, 0.5, 0.385, True)]
    )
    widget.set_picking_points(True)
    with qtbot.waitSignal(widget.point_clicked) as signal:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at(widget, View.BACK, x, y))
    assert signal.args == ["BL23"]
    widget.grab()  # paints points and marks without error
