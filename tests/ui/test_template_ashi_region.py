"""A plan started from a template whose tender points lie in a known place: the plan
editor opens with the Ashi point's region chosen, and the lung caution stays silent until
the practitioner moves the point over the thorax (issue 17 item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.protocols import protocol
from planner.domain.safety import AshiRegion
from planner.storage.database import Database
from tests.ui.course_fakes import make_clinic
from tests.ui.test_plan_ea_ashi import ashi_row, pick, rules
from tests.ui.test_templates_pattern import pick as pick_text
from tests.ui.test_templates_pattern import start_dialog


def test_a_plan_from_the_acute_strain_template_does_not_warn_about_the_lung(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    screens = clinic.screens()
    dialog = start_dialog(qtbot, clinic, screens)
    pick_text(qtbot, dialog.template_box, protocol("acute_lumbar_strain").name)
    with qtbot.waitSignal(dialog.plan_template_chosen) as chosen:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    course_id, ref = chosen.args
    assert ref == "protocol:acute_lumbar_strain"
    window = screens.plan_editor(None, course_id, "Zoë")
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    table = window.treatment.points_table
    region = table.region_box(ashi_row(table))
    assert region is not None and region.value() is AshiRegion.LUMBOSACRAL
    assert region.currentText() == "Ashi: lumbosacral"
    assert "point.pneumothorax_risk" not in rules(window)
    pick(qtbot, region, AshiRegion.THORAX)  # moved up over the lung: warns, live
    assert "point.pneumothorax_risk" in rules(window)
    pick(qtbot, region, AshiRegion.LUMBOSACRAL)
    assert "point.pneumothorax_risk" not in rules(window)
