"""Issue 17 items 2 and 3 on screen: an Ashi point's region chosen in the plan editor and
the session window, and electroacupuncture pairs screened live, on a real database."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.plans import Plan, PointChoice
from planner.domain.safety import AshiRegion
from planner.domain.vocab import PointSide, Technique
from planner.storage.database import Database
from planner.ui.plan.widgets import ChosenPointsTable, ValueBox
from tests.ui.course_fakes import LOCAL_PLAN, make_clinic
from tests.ui.test_plan_editor import open_editor
from tests.ui.test_session_window import open_session


def with_ashi(region: AshiRegion | None) -> Plan:
    ashi = PointChoice("Ashi", PointSide.LEFT, ashi_region=region)
    return replace(LOCAL_PLAN, points=(*LOCAL_PLAN.points, ashi))


def pick(qtbot: QtBot, box: ValueBox, value: object) -> None:
    """Choose an item of a combo from the keyboard (Home, then Down to it)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.index_of(value)):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.value() == value


def ashi_row(table: ChosenPointsTable) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Ashi")


def rules(window) -> set[str]:
    return {row.key[0] for row in window.safety.rows}


def test_ashi_region_chosen_in_the_plan_editor_changes_the_finding_and_is_kept(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course(with_ashi(AshiRegion.LIMB))
    window = open_editor(qtbot, clinic, course)
    table = window.treatment.points_table
    row = ashi_row(table)
    region = table.region_box(row)
    assert region is not None and region.isEnabled() and region.value() is AshiRegion.LIMB
    assert table.region_box(0) is None  # BL23: no region to choose
    assert rules(window) == set()
    # No region: read as over the lung (and lumbosacral).
    pick(qtbot, region, None)
    assert "point.pneumothorax_risk" in rules(window)  # live
    assert not window.save_button.isEnabled()
    pick(qtbot, region, AshiRegion.THORAX)
    assert window._presenter.plan.points[row].ashi_region is AshiRegion.THORAX
    assert "point.pneumothorax_risk" in rules(window)
    pick(qtbot, region, AshiRegion.LUMBOSACRAL)
    assert "point.pneumothorax_risk" not in rules(window)  # live
    assert window.save_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    window.close()
    again = open_editor(qtbot, clinic, course)
    table = again.treatment.points_table
    region = table.region_box(ashi_row(table))
    assert region is not None and region.value() is AshiRegion.LUMBOSACRAL
    assert region.currentText() == "Ashi: lumbosacral"
    assert rules(again) == set()


def test_an_ea_pair_across_the_chest_is_blocked_in_the_safety_panel(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    plan = replace(LOCAL_PLAN, points=(*LOCAL_PLAN.points, PointChoice("SI3", PointSide.BILATERAL)))
    window = open_editor(qtbot, clinic, clinic.start_course(plan))
    treatment = window.treatment
    treatment.technique_boxes[Technique.ELECTROACUPUNCTURE].click()
    treatment.electro.add_button.click()
    row = treatment.electro.rows[0]
    pick(qtbot, row.point_a, "SI3")
    pick(qtbot, row.point_b, "BL23")
    assert rules(window) == set()  # not named: the same side, no crossing
    pick(qtbot, row.side_a, PointSide.LEFT)
    pick(qtbot, row.side_b, PointSide.RIGHT)  # left hand to right lower back: the chest
    block = window.safety.row("ea.across_chest")
    assert block is not None and block.reason_edit is not None
    assert block.key == ("ea.across_chest", "SI3:L/BL23:R")
    assert not window.save_button.isEnabled()
    assert "without an override reason" in window.save_state_label.text()
    pick(qtbot, row.side_b, PointSide.LEFT)  # both leads on the left
    assert "ea.across_chest" not in rules(window)
    pair = window._presenter.plan.electro[0]
    assert (pair.side_a, pair.side_b) == (PointSide.LEFT, PointSide.LEFT)
    assert window.save_button.isEnabled()
    window.save_button.click()
    assert not window.isWindowModified()
    stored = clinic.plans().plan(window.course_id).plan.electro[0]
    assert (stored.side_a, stored.side_b) == (PointSide.LEFT, PointSide.LEFT)


def test_ashi_region_chosen_in_the_session_window_is_kept(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course(with_ashi(AshiRegion.LIMB))
    window = open_session(qtbot, clinic, course)
    table = window.treatment.points_table
    region = table.region_box(ashi_row(table))
    assert region is not None and region.value() is AshiRegion.LIMB
    assert "point.pneumothorax_risk" not in rules(window)
    pick(qtbot, region, AshiRegion.THORAX)
    assert "point.pneumothorax_risk" in rules(window)  # live
    pick(qtbot, region, AshiRegion.BUTTOCK)
    assert "point.pneumothorax_risk" not in rules(window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    window.close()
    again = open_session(qtbot, clinic, course)
    table = again.treatment.points_table
    assert table.region_box(ashi_row(table)).value() is AshiRegion.BUTTOCK
