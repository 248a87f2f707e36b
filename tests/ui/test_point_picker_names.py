"""The point picker's search box goes through the catalog's search, other names included."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from planner.domain.catalog import load_catalog
from planner.ui.plan.point_picker import PointPicker


def test_search_box_finds_points_by_common_name_and_traditional_characters(qtbot: QtBot) -> None:
    picker = PointPicker(load_catalog())
    qtbot.addWidget(picker)
    for typed, code in (("Huatuojiaji", "EX-B2"), ("Yaotongxue", "EX-UE7"), ("落枕", "EX-UE8")):
        picker.search_box.setText(typed)
        assert picker.search_results.codes()[0] == code
