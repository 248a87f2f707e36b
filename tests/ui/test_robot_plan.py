"""A robot edits treatment plans as a hurried practitioner would: random sequences of real
interactions with the plan editor — all four picker tabs (a region's points ticked with
Space, a template used, a search typed and Enter, the body outline clicked, also in
cupping/moxa mode), technique boxes ticked and unticked, each point's side, stimulation
and de qi, depths typed, points removed, electroacupuncture pairs added and removed with
every combo through its items, cupping and moxibustion types through every item, sites
and texts typed or pasted (ordinary and hostile: very long, bidi, emoji, NUL, markup),
safety cautions ticked and override reasons typed — then Save plan.

Each save is checked: nothing reached the crash handler; a refused save kept what was on
screen and said why; an accepted one is what the window showed (a new editor on the same
course shows the same, as the domain cleans text: NFC, trimmed) and is in the audit trail.
"""

from __future__ import annotations

from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.storage.database import Database
from planner.ui.plan.editor import PlanEditorWindow
from tests.ui.course_fakes import CourseClinic
from tests.ui.robot_kit import hostile_text, no_crash, pick, robot_settings, type_into
from tests.ui.treatment_robot import (
    REASON,
    TEXT,
    TREATMENT_ACTIONS,
    act_on_treatment,
    cleaned,
    clinic_for,
    resolve_safety,
    saves_of,
    shown_treatment,
)

PICKER_ACTIONS = ["region", "template", "search", "body"]
ACTIONS = [*PICKER_ACTIONS, *PICKER_ACTIONS, *TREATMENT_ACTIONS, "safety", "rationale"]


def open_editor(qtbot: QtBot, clinic: CourseClinic, course_id: int) -> PlanEditorWindow:
    window = clinic.screens().plan_editor(None, course_id, "Zoë O'Brien-Łukasz")
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # Ctrl+S is a window shortcut: it needs the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def shown(window: PlanEditorWindow) -> dict[str, Any]:
    """What the window shows of the plan, text as the domain stores it."""
    return {
        **shown_treatment(window.treatment),
        "rationale": cleaned(window.rationale_box.text()),
    }


def act(qtbot: QtBot, window: PlanEditorWindow, data: st.DataObject) -> None:
    """One real interaction, chosen by Hypothesis."""
    picker = window.picker
    kind = data.draw(st.sampled_from(ACTIONS), label="action")
    if kind == "region":
        picker.setCurrentIndex(0)
        regions = picker.region_list.count()
        if regions:
            picker.region_list.setCurrentRow(data.draw(st.integers(0, regions - 1)))
        rows = picker.region_points.count()
        if rows:
            picker.region_points.setFocus()
            picker.region_points.setCurrentRow(data.draw(st.integers(0, rows - 1)))
            qtbot.keyClick(picker.region_points, Qt.Key.Key_Space)
    elif kind == "template":
        picker.setCurrentIndex(1)
        count = picker.template_list.count()
        if count:
            picker.template_list.setCurrentRow(data.draw(st.integers(0, count - 1)))
            if picker.use_template_button.isEnabled():
                picker.use_template_button.click()
    elif kind == "search":
        picker.setCurrentIndex(2)
        words = st.sampled_from(["kunl", "BL23", "GB30", "weizhong", "ST36", "yao"])
        type_into(qtbot, picker.search_box, data.draw(st.one_of(words, hostile_text(20))))
        qtbot.keyClick(picker.search_box, Qt.Key.Key_Return)
    elif kind == "body":
        picker.setCurrentIndex(3)
        if picker.click_mode.isVisible():
            pick(picker.click_mode, data.draw(st.integers(0, 2)))
        outline = picker.outline
        x = data.draw(st.integers(0, max(outline.width() - 1, 0)))
        y = data.draw(st.integers(0, max(outline.height() - 1, 0)))
        QTest.mouseClick(outline, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    elif kind == "safety":
        resolve_safety(qtbot, window.safety, data.draw(REASON))
    elif kind == "rationale":
        type_into(qtbot, window.rationale_box, data.draw(TEXT))
    else:
        act_on_treatment(qtbot, window.treatment, kind, data)


@robot_settings(ci=6, soak=300)
@given(data=st.data())
def test_plan_editor_robot(qtbot: QtBot, ui_db: Database, data: st.DataObject) -> None:
    clinic = clinic_for(ui_db)  # one clinic per test, a course per example
    course_id = clinic.start_course(plan=None)
    window = open_editor(qtbot, clinic, course_id)
    with no_crash():
        for _ in range(data.draw(st.integers(3, 14), label="steps")):
            act(qtbot, window, data)
        if data.draw(st.booleans(), label="resolve safety before saving"):
            resolve_safety(qtbot, window.safety, "Discussed with the patient's GP")
        before = shown(window)
        changed = window.isWindowModified()
        saves = saves_of(clinic, "plan", course_id)
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        saved = not window.isWindowModified()
        event("saved" if saved and changed else "unchanged" if saved else "refused")
        assert saves_of(clinic, "plan", course_id) == saves + (1 if saved and changed else 0)
        if not saved:  # refused: everything stays on screen, and the window says why
            assert shown(window) == before
            assert window.message.text or window.save_state_label.text()
            window.close()
            return
        window.close()
        again = open_editor(qtbot, clinic, course_id)
        assert shown(again) == before
        again.close()
