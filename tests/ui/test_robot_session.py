"""A robot records sessions as a hurried practitioner would: random sequences of real
interactions with the session window — pain scores typed, "Anything new?" answered with
its keys, the health check's red flags, conditions and pregnancy ticked, medicines and
changes typed, needles in and out, All out, every response box, adverse events added
(each combo through its items) and removed, date, time, length, notes and fee typed or
pasted (ordinary and hostile: very long, bidi, emoji, NUL, markup), points added by name,
the treatment changed as in the plan editor, safety cautions ticked and reasons typed —
then Save draft, and sometimes Sign.

Each save is checked: nothing reached the crash handler; a refused save kept what was on
screen and said why; an accepted one is what the window showed (the session reopened in
a new window shows the same, text as the domain cleans it) and is in the audit trail.
"""

from __future__ import annotations

from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.vocab import Condition, RedFlag, SessionStatus
from planner.storage.database import Database
from planner.ui.session.form import format_fee, parse_fee, parse_time
from planner.ui.session.window import SessionWindow
from tests.ui.course_fakes import CourseClinic
from tests.ui.robot_kit import cycle, hostile_text, no_crash, robot_settings, toggle, type_into
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

ROUTINE = ["pain_before", "anything_new", "needles", "all_out", "pain_after"]
HEALTH = ["red_flag", "condition", "pregnancy", "medications", "changes"]
DETAILS = ["date", "time", "duration", "response", "add_event", "event", "remove_event",
           "notes", "fee"]  # fmt: skip
ACTIONS = [
    *ROUTINE, *ROUTINE, *HEALTH, *DETAILS, *TREATMENT_ACTIONS, "add_point", "safety",
    "whole_routine",
]  # fmt: skip
DATES = st.one_of(
    st.sampled_from(["2026-11-02", "2026-11-01", "", "2026-02-30", "tomorrow", "2027-01-01"]),
    hostile_text(20),
)
TIMES = st.one_of(st.sampled_from(["09:30", "9.05", "", "25:00", "noon"]), hostile_text(10))
FEES = st.one_of(st.sampled_from(["45", "45.5", "45,50", "", "-3", "1e9"]), hostile_text(10))


def open_session(
    qtbot: QtBot, clinic: CourseClinic, course_id: int, session_id: int | None = None
) -> SessionWindow:
    window = clinic.screens().session_window(None, course_id, "Zoë O'Brien-Łukasz", session_id)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # Ctrl+S is a window shortcut: it needs the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _fee(text: str) -> str:
    try:
        return format_fee(parse_fee(text))
    except ValueError:
        return text


def _time(text: str) -> str:
    try:
        start = parse_time(text)
    except ValueError:
        return text
    return start.strftime("%H:%M") if start else ""


def shown(window: SessionWindow) -> dict[str, Any]:
    """What the window shows of the session, as the domain stores it."""
    health = window.health_details
    new = window.new_field.value()
    details: dict[str, Any] = {}
    if new is True:
        details = {
            "red_flags": sorted(str(f) for f, b in health.red_flag_boxes.items() if b.isChecked()),
            "conditions": sorted(
                str(c) for c, b in health.condition_boxes.items() if b.isChecked()
            ),
            "pregnant": health.pregnant_field.value(),
            "medications": [cleaned(line) for line in health.medications_box.lines()],
            "changes": cleaned(health.changes_box.text()),
        }
    events = [
        (
            row.kind_box.currentText(),
            row.severity_box.currentText(),
            cleaned(row.action_edit.text()),
            cleaned(row.description_edit.text()),
        )
        for row in window.events.rows
    ]
    return {
        **shown_treatment(window.treatment),
        "pain_before": window.pain_before_box.score(),
        "anything_new": new,
        "health": details,
        # the count: "5 (points)" (as the points take) and a typed 5 are the same record
        "needles_in": window.needles_in_box.text().removesuffix(" (points)"),
        "needles_out": window.needles_out_box.value(),
        "pain_after": window.pain_after_box.score(),
        "date": cleaned(window.date_edit.text()),
        "time": _time(window.time_edit.text()),
        "duration": window.duration_box.value(),
        "response": sorted(str(r) for r in window.response.value()),
        "events": events,
        "notes": cleaned(window.notes_box.text()),
        "fee": _fee(window.fee_edit.text()),
    }


def act(qtbot: QtBot, window: SessionWindow, data: st.DataObject) -> None:
    """One real interaction, chosen by Hypothesis."""
    kind = data.draw(st.sampled_from(ACTIONS), label="action")
    health = window.health_details
    if kind in ("pain_before", "pain_after"):
        box = window.pain_before_box if kind == "pain_before" else window.pain_after_box
        type_into(qtbot, box, data.draw(st.sampled_from(["0", "3", "7", "10", "11", ""])))
    elif kind == "anything_new":
        window.new_field.setFocus()
        qtbot.keyClick(window.new_field, data.draw(st.sampled_from([Qt.Key.Key_Y, Qt.Key.Key_N])))
    elif kind == "needles":
        box = data.draw(st.sampled_from([window.needles_in_box, window.needles_out_box]))
        box.setValue(data.draw(st.integers(-1, 30)))
    elif kind == "all_out":
        window.all_out_button.click()
    elif kind in HEALTH:
        if not health.isVisible():
            return
        if kind == "red_flag":
            toggle(health.red_flag_boxes[data.draw(st.sampled_from(list(RedFlag)))])
        elif kind == "condition":
            toggle(health.condition_boxes[data.draw(st.sampled_from(list(Condition)))])
        elif kind == "pregnancy":
            health.pregnant_field.set_value(data.draw(st.sampled_from([True, False, None])))
        elif kind == "medications":
            type_into(qtbot, health.medications_box, data.draw(TEXT))
        else:
            type_into(qtbot, health.changes_box, data.draw(TEXT))
    elif kind == "date":
        type_into(qtbot, window.date_edit, data.draw(DATES))
    elif kind == "time":
        type_into(qtbot, window.time_edit, data.draw(TIMES))
    elif kind == "duration":
        window.duration_box.setValue(data.draw(st.integers(0, 240)))
    elif kind == "response":
        boxes = list(window.response.boxes.values())
        toggle(boxes[data.draw(st.integers(0, len(boxes) - 1))])
    elif kind == "add_event":
        window.events.add_button.click()
    elif kind in ("event", "remove_event") and window.events.rows:
        row = window.events.rows[data.draw(st.integers(0, len(window.events.rows) - 1))]
        if kind == "remove_event":
            row.remove.click()
            return
        cycle(row.kind_box, data.draw(st.integers(0, 12)))
        cycle(row.severity_box, data.draw(st.integers(0, 4)))
        type_into(qtbot, row.action_edit, data.draw(TEXT))
        type_into(qtbot, row.description_edit, data.draw(TEXT))
    elif kind == "notes":
        type_into(qtbot, window.notes_box, data.draw(TEXT))
    elif kind == "fee":
        type_into(qtbot, window.fee_edit, data.draw(FEES))
    elif kind == "add_point":
        names = st.sampled_from(["BL23", "kunl", "GB30", "zusanli", "GV3", "nothing"])
        type_into(qtbot, window.add_point_edit, data.draw(names))
        qtbot.keyClick(window.add_point_edit, Qt.Key.Key_Return)
    elif kind == "safety":
        resolve_safety(qtbot, window.safety, data.draw(REASON))
    elif kind == "whole_routine":
        _whole_routine(qtbot, window)
    elif kind in TREATMENT_ACTIONS:
        act_on_treatment(qtbot, window.treatment, kind, data)


def _whole_routine(qtbot: QtBot, window: SessionWindow) -> None:
    """The keyboard routine of a follow-up (so that Sign becomes possible)."""
    type_into(qtbot, window.pain_before_box, "6")
    window.new_field.setFocus()
    qtbot.keyClick(window.new_field, Qt.Key.Key_N)
    window.all_out_button.click()
    type_into(qtbot, window.pain_after_box, "3")


@robot_settings(ci=6, soak=300)
@given(data=st.data())
def test_session_window_robot(qtbot: QtBot, ui_db: Database, data: st.DataObject) -> None:
    clinic = clinic_for(ui_db)  # one clinic per test, a course per example
    course_id = clinic.start_course()
    window = open_session(qtbot, clinic, course_id)
    session_id = window._presenter.session_id
    assert session_id is not None
    with no_crash():
        for _ in range(data.draw(st.integers(3, 16), label="steps")):
            act(qtbot, window, data)
        if data.draw(st.booleans(), label="complete the routine before saving"):
            _whole_routine(qtbot, window)
        if data.draw(st.booleans(), label="resolve safety before saving"):
            resolve_safety(qtbot, window.safety, "Discussed with the patient's GP")
        before = shown(window)
        changed = window.isWindowModified()
        saves = saves_of(clinic, "session", session_id)
        sign = data.draw(st.booleans(), label="sign") and window.sign_button.isEnabled()
        keys = Qt.Key.Key_Return if sign else Qt.Key.Key_S
        qtbot.keyClick(window, keys, Qt.KeyboardModifier.ControlModifier)
        saved = not window.isWindowModified()
        event("saved" if saved and changed else "unchanged" if saved else "refused")
        event("signed" if saved and sign else "draft")
        stored = clinic.sessions().get(session_id)
        recorded = saves_of(clinic, "session", session_id) - saves
        # A change saved is audited once; Save on an unchanged draft may be (it is a save).
        assert recorded in ((1,) if changed else (0, 1)) if saved else recorded == 0
        if not saved:  # refused: everything stays on screen, and the window says why
            assert shown(window) == before
            assert window.message.text or window.sign_state_label.text()
            return
        assert (stored.status == SessionStatus.SIGNED) == sign
        window.close()
        again = open_session(qtbot, clinic, course_id, session_id)
        assert shown(again) == before
        again.close()
