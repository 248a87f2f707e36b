"""The treatment room on screen, with a clock that moves only when told: countdown and
alert (seen and heard, silent mode), the needle mismatch path, finishing and signing, and
the board surviving its view."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.plans import PointChoice
from planner.domain.room import ALL_AREAS, SearchArea, TimerKind, TimerState, state
from planner.domain.safety import AshiRegion
from planner.domain.vocab import AdverseEventKind, PointSide, SessionStatus
from planner.services.actor import Actor
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.ui.room.board import REPEAT_SECONDS, RoomBoard
from planner.ui.room.strip import TimerStrip, chip_text
from planner.ui.room.window import RoomWindow
from tests.helpers.factories import PRACTITIONER, add_patient, add_user
from tests.ui.room_fixtures import (
    TODAY,
    CourseUnderWay,
    SoundRecorder,
    WallClock,
    course_with_todays_session,
    room_service,
)


@pytest.fixture
def ada(ui_db: Database) -> Actor:
    return add_user(ui_db, "ada", PRACTITIONER, "Ada Lovelace")


@pytest.fixture
def course(ui_db: Database, ada: Actor) -> CourseUnderWay:
    return course_with_todays_session(ui_db, ada, add_patient(ui_db, "Zoë", "O'Brien"))


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def sound() -> SoundRecorder:
    return SoundRecorder()


@pytest.fixture
def board(ui_db: Database, ada: Actor, clock: WallClock, sound: SoundRecorder) -> RoomBoard:
    return RoomBoard(room_service(ui_db, ada, clock), clock=clock, sound=sound, tick_ms=60_000)


@pytest.fixture
def window(qtbot: QtBot, board: RoomBoard, course: CourseUnderWay) -> Iterator[RoomWindow]:
    view, problem = board.open_session(course.session_id)
    assert problem is None and view is not None
    room = RoomWindow(board, view.id)
    qtbot.addWidget(room)
    room.resize(1366, 768)
    room.show()
    qtbot.waitExposed(room)
    yield room
    room.close()


def test_an_ashi_point_is_listed_with_where_it_was_placed(window: RoomWindow) -> None:
    base = window.view
    assert base is not None
    ashi = PointChoice("Ashi", PointSide.RIGHT, ashi_region=AshiRegion.LUMBOSACRAL)
    window._show_points(replace(base, points=(*base.points, ashi)))
    items = [window.points_list.item(i).text() for i in range(window.points_list.count())]
    assert items[-1].startswith("Ashi ") and "(lower back)" in items[-1]
    assert "right · 1 needle" in items[-1]


def test_the_room_shows_first_name_and_initial_points_timers_and_needles(
    window: RoomWindow,
) -> None:
    assert window.name_label.text() == "Zoë O."
    assert "Session 1 of 6" in window.session_label.text()
    items = [window.points_list.item(i).text() for i in range(window.points_list.count())]
    assert items[0].startswith("BL23 ") and "both sides · 2 needles" in items[0]
    assert "GV3" in items[2] and "midline · 1 needle" in items[2]
    assert len(window.outline._points) == 7  # a dot per needle (these points are on the back)
    assert [k for k in TimerKind if window.card(k) is not None] == [
        TimerKind.RETENTION,
        TimerKind.ELECTRO,
        TimerKind.CUPPING,
    ]
    retention = window.card(TimerKind.RETENTION)
    assert retention is not None and retention.time_label.text() == "20:00"
    assert retention.state_label.text() == "Not started"
    assert window.needles.in_label.text() == "7" and window.needles.out_label.text() == "0"
    assert not window.sign_button.isEnabled() and not window.finish_button.isEnabled()
    assert window.needles.reconcile.isHidden()  # nothing removed yet: no mismatch shown


def test_countdown_then_a_seen_and_heard_alert_until_acknowledged(
    qtbot: QtBot,
    window: RoomWindow,
    board: RoomBoard,
    clock: WallClock,
    sound: SoundRecorder,
) -> None:
    card = window.card(TimerKind.RETENTION)
    assert card is not None
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert card.time_label.text() == "20:00"
    assert card.pause_button.isVisible() and not card.start_button.isVisible()
    clock.advance(minutes=7, seconds=30)
    board.tick()
    assert card.time_label.text() == "12:30"
    assert "Ends at" in card.state_label.text()
    assert sound.played == 0

    clock.advance(minutes=12, seconds=30)
    with qtbot.waitSignal(board.alerted) as alerted:
        board.tick()
    view = board.room(window.room_id)
    assert view is not None and alerted.args == [view.id, view.timers[0].id]
    assert card.alerting and card.state_label.text() == "TIME IS UP"
    assert card.seen_button.isVisible()
    assert sound.played == 1
    board.tick()  # the alert fires once; the sound repeats only after a while
    assert sound.played == 1
    clock.advance(seconds=REPEAT_SECONDS)
    board.tick()
    assert sound.played == 2 and card.time_label.text() == f"+00:{REPEAT_SECONDS:02d}"

    window.silent_check.setChecked(True)  # silent: still red, no sound
    clock.advance(seconds=REPEAT_SECONDS)
    board.tick()
    assert sound.played == 2 and card.alerting
    window.silent_check.setChecked(False)

    qtbot.mouseClick(card.seen_button, Qt.MouseButton.LeftButton)
    assert not card.alerting and card.state_label.text() == "Time is up — seen"
    clock.advance(seconds=3 * REPEAT_SECONDS)
    board.tick()
    assert sound.played == 2
    qtbot.mouseClick(card.stop_button, Qt.MouseButton.LeftButton)
    assert card.state_label.text().startswith("Done — stopped at")
    assert card.start_button.isVisible()


def test_pause_and_resume_move_the_end(
    qtbot: QtBot, window: RoomWindow, board: RoomBoard, clock: WallClock
) -> None:
    card = window.card(TimerKind.CUPPING)
    assert card is not None
    card.minutes_box.setValue(5)
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=2)
    qtbot.mouseClick(card.pause_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=10)
    board.tick()
    assert card.state_label.text() == "Paused" and card.time_label.text() == "03:00"
    qtbot.mouseClick(card.resume_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=1)
    board.tick()
    assert card.time_label.text() == "02:00"


def test_needle_mismatch_blocks_signing_until_searched_and_recorded(
    qtbot: QtBot,
    ui_db: Database,
    ada: Actor,
    window: RoomWindow,
    board: RoomBoard,
    course: CourseUnderWay,
) -> None:
    needles = window.needles
    for _ in range(6):
        qtbot.mouseClick(needles.out_tap, Qt.MouseButton.LeftButton)
    assert needles.out_label.text() == "6"
    assert needles.status_label.text() == "1 still in"
    assert not window.sign_button.isEnabled()
    assert needles.reconcile.isVisible()
    assert needles.search_button.isEnabled() and not needles.record_button.isEnabled()

    qtbot.mouseClick(needles.recount_button, Qt.MouseButton.LeftButton)
    assert "sharps container" in needles.hint_label.text()
    qtbot.mouseClick(needles.search_button, Qt.MouseButton.LeftButton)
    assert needles.search_box.isVisible()
    for area in (SearchArea.BODY, SearchArea.CLOTHES, SearchArea.COUCH):
        needles.area_checks[area].setChecked(True)
    assert not needles.record_button.isEnabled()  # the floor is not searched yet
    needles.area_checks[SearchArea.FLOOR].setChecked(True)
    view = board.room(window.room_id)
    assert view is not None and view.count.searched == ALL_AREAS  # saved as ticked
    assert needles.record_button.isEnabled()

    qtbot.mouseClick(needles.record_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(needles.record_confirm, Qt.MouseButton.LeftButton)  # no action typed
    assert needles.action_error.isVisible()
    assert "Action taken" in needles.action_error.text()
    assert not window.sign_button.isEnabled()
    needles.action_edit.setPlainText("Patient told; couch cover bagged as sharps.")
    qtbot.mouseClick(needles.record_confirm, Qt.MouseButton.LeftButton)
    assert not needles.action_error.isVisible()
    assert needles.status_label.text() == "All accounted for: 6 out, 1 recorded as not found"
    assert needles.reconcile.isHidden()
    assert window.sign_button.isEnabled() and window.finish_button.isEnabled()

    record = SessionService(ui_db, ada, today=lambda: TODAY).get(course.session_id)
    assert [e.kind for e in record.draft.adverse_events] == [AdverseEventKind.NEEDLE_UNACCOUNTED]

    with qtbot.waitSignal(window.left_room) as left:
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert left.args == [window.room_id, ""]
    assert board.room(window.room_id) is None
    record = SessionService(ui_db, ada, today=lambda: TODAY).get(course.session_id)
    assert (record.draft.needles_in, record.draft.needles_out) == (7, 7)


def test_more_out_than_in_asks_for_a_recount_only(qtbot: QtBot, window: RoomWindow) -> None:
    needles = window.needles
    qtbot.mouseClick(needles.in_less, Qt.MouseButton.LeftButton)
    for _ in range(6):
        qtbot.mouseClick(needles.out_tap, Qt.MouseButton.LeftButton)
    assert not needles.out_tap.isEnabled()  # all 6 out: no more to tap
    qtbot.mouseClick(needles.in_less, Qt.MouseButton.LeftButton)
    assert needles.status_label.text() == "1 more out than in — recount"
    assert needles.recount_button.isEnabled()
    assert not needles.search_button.isEnabled() and not needles.record_button.isEnabled()
    assert not window.sign_button.isEnabled()
    qtbot.mouseClick(needles.in_more, Qt.MouseButton.LeftButton)
    assert needles.status_label.text() == "All 6 needles out"
    assert window.sign_button.isEnabled()


def test_sign_from_the_room(
    qtbot: QtBot,
    ui_db: Database,
    ada: Actor,
    window: RoomWindow,
    board: RoomBoard,
    course: CourseUnderWay,
) -> None:
    sessions = SessionService(ui_db, ada, today=lambda: TODAY)
    record = sessions.get(course.session_id)
    sessions.save_draft(record.id, replace(record.draft, pain_before=6), record.version)
    for _ in range(7):
        qtbot.mouseClick(window.needles.out_tap, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.left_room) as left:
        qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    assert left.args == [window.room_id, ""]
    assert sessions.get(course.session_id).status == SessionStatus.SIGNED


def test_sign_refused_for_an_incomplete_record_leaves_the_counts_in_it(
    qtbot: QtBot, window: RoomWindow, board: RoomBoard
) -> None:
    for _ in range(7):
        qtbot.mouseClick(window.needles.out_tap, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.left_room) as left:
        qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    room_id, message = left.args
    assert room_id == window.room_id
    assert "cannot be signed yet" in message and "Pain before" in message
    assert board.room(room_id) is None


def test_closing_the_view_keeps_the_timers_on_the_board_and_the_strip(
    qtbot: QtBot, window: RoomWindow, board: RoomBoard, clock: WallClock
) -> None:
    strip = TimerStrip(board)
    qtbot.addWidget(strip)
    card = window.card(TimerKind.RETENTION)
    assert card is not None
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    strip.show()
    chip = strip.chip(window.room_id)
    assert chip is not None and strip.isVisible()
    assert chip.text() == "Zoë O. · Retention 20:00"
    window.close()
    clock.advance(minutes=5)
    board.tick()
    (room, timer) = board.running_timers()[0]
    assert state(timer, clock()) == TimerState.RUNNING
    assert chip.text() == "Zoë O. · Retention 15:00"
    clock.advance(minutes=16)
    board.tick()
    assert chip_text(room, clock()) == "Zoë O. · Retention +01:00"
    assert "c62828" in chip.styleSheet()  # red while the time is up
    with qtbot.waitSignal(strip.room_requested) as asked:
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert asked.args == [room.id]


def test_several_patients_at_once(
    qtbot: QtBot, ui_db: Database, ada: Actor, board: RoomBoard, course: CourseUnderWay
) -> None:
    other = course_with_todays_session(ui_db, ada, add_patient(ui_db, "Liam", "Chen"))
    strip = TimerStrip(board)
    qtbot.addWidget(strip)
    first, _ = board.open_session(course.session_id)
    second, _ = board.open_session(other.session_id)
    assert first is not None and second is not None
    assert board.start_timer(first.id, TimerKind.RETENTION, 20) is None
    assert board.start_timer(second.id, TimerKind.CUPPING, 10) is None
    assert [r.id for r, _t in board.running_timers()] == [first.id, second.id]
    texts = [chip.text() for chip in (strip.chip(first.id), strip.chip(second.id)) if chip]
    assert texts == ["Zoë O. · Retention 20:00", "Liam C. · Cupping 10:00"]


def test_a_problem_from_the_service_is_shown_not_raised(
    window: RoomWindow, board: RoomBoard
) -> None:
    card = window.card(TimerKind.RETENTION)
    assert card is not None
    card.start_requested.emit(TimerKind.RETENTION, 90)  # beyond what a plan allows
    assert "Minutes: a whole number from 1 to 60." in window.message_label.text()
    assert board.set_needles(999, needles_out=1) is not None


def test_alert_sound_uses_the_bell_without_a_player(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from planner.ui.room import sound as module

    rang: list[bool] = []
    monkeypatch.setattr(module.shutil, "which", lambda _name: None)
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: rang.append(True)))
    module.AlertSound()()
    assert rang == [True]


def test_alert_sound_plays_the_system_sound_with_a_player(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from planner.ui.room import sound as module

    sound_file = tmp_path / "complete.oga"
    sound_file.write_bytes(b"")
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(module, "_SOUNDS", (sound_file,))
    monkeypatch.setattr(module.sys, "platform", "linux")
    monkeypatch.setattr(module.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(
        module.QProcess,
        "startDetached",
        staticmethod(lambda program, args: (started.append((program, args)) or True, 1)),
    )
    module.AlertSound()()
    assert started == [("/usr/bin/pw-play", [str(sound_file)])]


def test_a_stopped_timer_shows_the_time_it_ran(
    qtbot: QtBot, window: RoomWindow, board: RoomBoard, clock: WallClock
) -> None:
    """Issue 15, item 3: a timer stopped early showed its full duration (20:00) as if it
    had run its course."""
    card = window.card(TimerKind.RETENTION)
    assert card is not None
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=7, seconds=30)
    board.tick()
    qtbot.mouseClick(card.stop_button, Qt.MouseButton.LeftButton)
    assert card.time_label.text() == "07:30"
    assert "after 07:30 of 20:00" in card.state_label.text()
    card.minutes_box.setValue(25)  # set up a second run: the last one's time stays
    assert card.time_label.text() == "07:30"
    clock.advance(minutes=5)
    board.tick()
    assert card.time_label.text() == "07:30"
