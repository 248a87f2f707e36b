"""The robots' hands on a treatment panel (plan editor and session window alike): what it
shows, as the domain stores it, and one random real interaction with it."""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from planner.domain.catalog import load_catalog
from planner.domain.vocab import Technique
from planner.services.audit import AuditFilter
from planner.storage.database import Database
from planner.ui.plan.safety_panel import SafetyPanel
from planner.ui.plan.treatment import parse_sites
from planner.ui.plan.treatment_panel import TreatmentPanel
from planner.ui.plan.widgets import DE_QI, DEPTH, POINT, REMOVE, STIMULATION
from tests.ui.course_fakes import CourseClinic, make_clinic
from tests.ui.robot_kit import cycle, hostile_text, type_into

CATALOG = load_catalog()
PLAIN = st.sampled_from(["", "1 cun", "0.5-1 cun, oblique", "GV3", "BL25, lumbar area", "2"])
TEXT = st.one_of(PLAIN, PLAIN, hostile_text())
REASON = st.sampled_from(["Cardiology letter: device cleared for EA", "GP agrees, monitored"])
TREATMENT_ACTIONS = [
    "technique", "side", "stimulation", "de_qi", "depth", "remove_point", "retention",
    "add_pair", "pair", "remove_pair", "cupping", "moxa",
]  # fmt: skip


def cleaned(value: str) -> str:
    """Text as the domain stores it (NFC, trimmed)."""
    return unicodedata.normalize("NFC", value).strip()


def cleaned_sites(value: str) -> str:
    sites = parse_sites(unicodedata.normalize("NFC", value))
    return ", ".join(CATALOG[s].code if CATALOG.is_known(s) else s for s in sites)


def shown_treatment(panel: TreatmentPanel) -> dict[str, Any]:
    """What the panel shows: techniques, points, retention, pairs, cupping, moxibustion."""
    table = panel.points_table
    points = [
        (
            table.item(r, POINT).text(),
            table.side_box(r).currentText(),
            cleaned(table.cellWidget(r, DEPTH).text()),  # type: ignore[attr-defined]
            table.cellWidget(r, STIMULATION).currentText(),  # type: ignore[attr-defined]
            table.cellWidget(r, DE_QI).isChecked(),  # type: ignore[attr-defined]
        )
        for r in range(table.rowCount())
    ]
    electro = [
        (
            row.point_a.currentText(),
            row.point_b.currentText(),
            row.mode_box.currentText(),
            cleaned(row.hertz_edit.text()),
            round(row.width_box.value(), 2),
            cleaned(row.intensity_edit.text()),
            row.minutes_box.value(),
        )
        for row in panel.electro.rows
    ]

    def adjunct(group: Any, editor: Any) -> Any:
        if not group.isVisibleTo(panel):
            return None
        sites = cleaned_sites(editor.sites_edit.text())
        return (editor.type_box.currentText(), sites, editor.minutes_box.value())

    return {
        "techniques": sorted(str(k) for k, box in panel.technique_boxes.items() if box.isChecked()),
        "points": points,
        "retention": panel.retention_box.value(),
        "electro": electro,
        "cupping": adjunct(panel.cupping_group, panel.cupping),
        "moxa": adjunct(panel.moxa_group, panel.moxa),
    }


def act_on_treatment(qtbot: QtBot, panel: TreatmentPanel, kind: str, data: Any) -> None:
    """One real interaction of ``kind`` (one of :data:`TREATMENT_ACTIONS`)."""
    table = panel.points_table
    if kind == "technique":
        box = panel.technique_boxes[data.draw(st.sampled_from(list(Technique)))]
        if box.isEnabled():
            box.click()
    elif kind in ("side", "stimulation", "de_qi", "depth", "remove_point"):
        if not table.rowCount():
            return
        row = data.draw(st.integers(0, table.rowCount() - 1))
        if kind == "side":
            cycle(table.side_box(row), data.draw(st.integers(0, 2)))
        elif kind == "stimulation":
            cycle(table.cellWidget(row, STIMULATION), data.draw(st.integers(0, 5)))  # type: ignore[arg-type]
        elif kind == "de_qi":
            table.cellWidget(row, DE_QI).click()  # type: ignore[attr-defined]
        elif kind == "depth":
            type_into(qtbot, table.cellWidget(row, DEPTH), data.draw(TEXT))
        else:
            table.cellWidget(row, REMOVE).click()  # type: ignore[attr-defined]
    elif kind == "retention":
        panel.retention_box.setValue(data.draw(st.integers(1, 90)))
    elif kind == "add_pair":
        button = panel.electro.add_button
        if button.isEnabled() and button.isVisibleTo(panel):
            button.click()
    elif kind in ("pair", "remove_pair"):
        if not panel.electro.rows:
            return
        row = panel.electro.rows[data.draw(st.integers(0, len(panel.electro.rows) - 1))]
        if kind == "remove_pair":
            row.remove.click()
            return
        for box in (row.point_a, row.point_b, row.mode_box):
            cycle(box, data.draw(st.integers(0, 8)))
        type_into(qtbot, row.hertz_edit, data.draw(st.one_of(st.just("2/100"), TEXT)))
        type_into(qtbot, row.intensity_edit, data.draw(TEXT))
        row.width_box.setValue(data.draw(st.sampled_from([0.0, 0.2, 0.5, 1.0])))
        row.minutes_box.setValue(data.draw(st.integers(1, 60)))
    elif kind in ("cupping", "moxa"):
        group, editor = (
            (panel.cupping_group, panel.cupping)
            if kind == "cupping"
            else (panel.moxa_group, panel.moxa)
        )
        if not group.isVisibleTo(panel) or not editor.isEnabled():
            return
        cycle(editor.type_box, data.draw(st.integers(0, 5)))
        type_into(qtbot, editor.sites_edit, data.draw(TEXT))
        editor.minutes_box.setValue(data.draw(st.integers(1, 60)))


def resolve_safety(qtbot: QtBot, safety: SafetyPanel, reason: str) -> None:
    """Tick every caution and give every block or refer finding a reason."""
    for row in safety.rows:
        if row.check_box is not None:
            if row.check_box.isEnabled() and not row.check_box.isChecked():
                row.check_box.click()
        elif row.reason_edit is not None:
            type_into(qtbot, row.reason_edit, reason)


_CLINICS: dict[int, CourseClinic] = {}


def clinic_for(ui_db: Database) -> CourseClinic:
    """One clinic per test (a robot starts a course in it per example)."""
    clinic = _CLINICS.get(id(ui_db))
    if clinic is None or clinic.db is not ui_db:
        clinic = _CLINICS[id(ui_db)] = make_clinic(ui_db)
    return clinic


def saves_of(clinic: CourseClinic, object_type: str, object_id: int) -> int:
    """How many saves of one plan or session the audit trail holds."""
    rows = clinic.audit.query(clinic.db, AuditFilter(patient_id=clinic.patient, action="update"))
    return sum(1 for r in rows if r.object_type == object_type and r.object_id == object_id)
