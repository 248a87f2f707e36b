"""A robot works the treatment room as a busy practitioner would: random sequences of real
clicks on the room view — each timer's minutes set and Start, Pause, Resume, Stop and
"Seen" pressed, the clock moved on and the board ticked (alerts ring), needles counted in
and out with the big buttons, a mismatch reconciled (Recount, Search… with every area
ticked and unticked, Not found… with an action typed or pasted, ordinary or hostile),
Silent ticked, the view closed and opened again — then Finish or Sign.

Each room action is saved as it happens. Checked: nothing reached the crash handler;
what the view showed is what a new view on a fresh board (as after a restart) shows; each
change is in the audit trail; and finishing puts the counts into the session's record.
"""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.room import TimerKind
from planner.services.actor import Actor
from planner.services.audit import AuditFilter, AuditTrail
from planner.services.room import ROOM, RoomService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.ui.room.board import RoomBoard
from planner.ui.room.window import RoomWindow
from tests.helpers.factories import PRACTITIONER, add_patient, add_user
from tests.ui.robot_kit import hostile_text, no_crash, robot_settings, toggle, type_into
from tests.ui.room_fixtures import TODAY, SoundRecorder, WallClock, course_with_todays_session

ACTIONS = [
    "start", "pause", "resume", "stop", "seen", "minutes", "time_passes", "time_passes",
    "in_more", "in_less", "out_less", "out_tap", "out_tap", "out_tap", "out_tap",
    "recount", "search", "area", "not_found", "silent", "reopen",
]  # fmt: skip
ACTION_TEXT = st.one_of(
    st.sampled_from(["", "Patient told; couch cover bagged", "Searched floor and couch"]),
    hostile_text(),
)
_NAMES = itertools.count(1)


def shown(window: RoomWindow) -> dict[str, Any]:
    """What the view shows that is stored: counts, timers, the search."""
    needles = window.needles
    cards = {}
    for kind in TimerKind:
        card = window.card(kind)
        if card is None:
            continue
        buttons = (card.start_button, card.pause_button, card.resume_button, card.seen_button)
        if card.timer is None:  # minutes chosen for a timer not started are not stored
            cards[str(kind)] = card.state_label.text()
            continue
        cards[str(kind)] = (
            card.time_label.text(),
            card.state_label.text(),
            tuple(b.isVisibleTo(card) for b in (*buttons, card.stop_button)),
        )
    return {
        "in": needles.in_label.text(),
        "out": needles.out_label.text(),
        "searched": sorted(str(a) for a, c in needles.area_checks.items() if c.isChecked()),
        "timers": cards,
        "points": [window.points_list.item(i).text() for i in range(window.points_list.count())],
    }


def open_view(qtbot: QtBot, board: RoomBoard, session_id: int) -> RoomWindow:
    view, problem = board.open_session(session_id)
    assert problem is None and view is not None
    window = RoomWindow(board, view.id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def act(
    qtbot: QtBot, window: RoomWindow, board: RoomBoard, clock: WallClock, data: st.DataObject
) -> RoomWindow:
    """One real interaction; the view in use afterwards (a reopened one, after "reopen")."""
    kind = data.draw(st.sampled_from(ACTIONS), label="action")
    needles = window.needles
    cards = [c for c in (window.card(k) for k in TimerKind) if c is not None]
    if kind in ("start", "pause", "resume", "stop", "seen", "minutes") and cards:
        card = cards[data.draw(st.integers(0, len(cards) - 1))]
        if kind == "minutes":
            if card.minutes_box.isVisibleTo(card):
                card.minutes_box.setValue(data.draw(st.integers(0, 130)))
            return window
        button = {
            "start": card.start_button,
            "pause": card.pause_button,
            "resume": card.resume_button,
            "stop": card.stop_button,
            "seen": card.seen_button,
        }[kind]
        if button.isVisibleTo(card) and button.isEnabled():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif kind == "time_passes":
        clock.advance(seconds=data.draw(st.integers(1, 40 * 60)))
        board.tick()
    elif kind in ("in_more", "in_less", "out_less", "out_tap"):
        toggle(getattr(needles, kind))
    elif kind in ("recount", "search", "not_found"):
        if not needles.reconcile.isVisibleTo(window):
            return window
        if kind == "recount":
            toggle(needles.recount_button)
        elif kind == "search":
            toggle(needles.search_button)
        else:
            toggle(needles.record_button)
            if needles.record_box.isVisibleTo(window):
                type_into(qtbot, needles.action_edit, data.draw(ACTION_TEXT))
                toggle(needles.record_confirm)
    elif kind == "area":
        if needles.search_box.isVisibleTo(window):
            checks = list(needles.area_checks.values())
            toggle(checks[data.draw(st.integers(0, len(checks) - 1))])
    elif kind == "silent":
        toggle(window.silent_check)
    elif kind == "reopen":
        session_id = window.view.session_id if window.view is not None else None
        window.close()
        if session_id is not None:
            return open_view(qtbot, board, session_id)
    return window


def _room_changes(db: Database, audit: AuditTrail, patient: int) -> int:
    rows = audit.query(db, AuditFilter(patient_id=patient, action="update"))
    return sum(1 for r in rows if r.object_type == ROOM)


_ACTORS: dict[int, tuple[Database, Actor]] = {}


@robot_settings(ci=6, soak=300)
@given(data=st.data())
def test_treatment_room_robot(qtbot: QtBot, ui_db: Database, data: st.DataObject) -> None:
    known = _ACTORS.get(id(ui_db))
    if known is None or known[0] is not ui_db:  # one practitioner per test
        known = _ACTORS[id(ui_db)] = (ui_db, add_user(ui_db, "ada", PRACTITIONER, "Ada L"))
    actor = known[1]
    patient = add_patient(ui_db, f"Zoë{next(_NAMES)}", "O'Brien")
    course = course_with_todays_session(ui_db, actor, patient)
    clock, audit = WallClock(), AuditTrail()
    signing = SessionService(ui_db, actor, audit, today=lambda: TODAY, clock=clock)
    service = RoomService(ui_db, actor, signing, audit, today=lambda: TODAY, clock=clock)
    board = RoomBoard(service, clock=clock, sound=SoundRecorder(), tick_ms=60_000)
    with no_crash():
        window = open_view(qtbot, board, course.session_id)
        first = shown(window)
        for _ in range(data.draw(st.integers(3, 18), label="steps")):
            window = act(qtbot, window, board, clock, data)
        before = shown(window)
        window.close()
        fresh = RoomBoard(service, clock=clock, sound=SoundRecorder(), tick_ms=60_000)
        assert fresh.load_unfinished() is None  # as after a restart
        again = open_view(qtbot, fresh, course.session_id)
        assert shown(again) == before
        if before != first:
            assert _room_changes(ui_db, audit, patient) >= 1
        if again.finish_button.isEnabled():
            out = int(again.needles.out_label.text())
            again.finish_button.click()
            sessions = SessionService(ui_db, actor, audit, lambda: TODAY)
            assert sessions.get(course.session_id).draft.needles_out == out
        again.close()
