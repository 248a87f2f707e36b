"""IdleWatcher: a fake clock decides when the idle time has passed; input resets it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from planner.ui.idle import IdleWatcher
from tests.ui.conftest import FakeClock


def test_idle_after_the_minutes_without_input(qtbot: QtBot) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(5, clock=clock)
    watcher.start()
    clock.advance(5 * 60 - 1)
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()
    clock.advance(1)
    with qtbot.waitSignal(watcher.idle, timeout=100):
        watcher.check()
    assert not watcher.running  # once; the controller starts it again after unlocking
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()


def test_key_and_mouse_input_anywhere_count_as_activity(qtbot: QtBot, qapp: QApplication) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(1, clock=clock)
    watcher.watch(qapp)
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    try:
        watcher.start()
        clock.advance(50)
        qtbot.keyClick(box, Qt.Key.Key_A)
        assert watcher.seconds_idle() == 0
        clock.advance(50)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        clock.advance(50)
        with qtbot.assertNotEmitted(watcher.idle):
            watcher.check()  # 50 s since the click, not 150 s since the start
    finally:
        watcher.unwatch()
    clock.advance(60)
    with qtbot.waitSignal(watcher.idle, timeout=100):
        watcher.check()


def test_the_timer_checks_by_itself(qtbot: QtBot) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(1, clock=clock, check_interval_ms=10)
    watcher.start()
    clock.advance(61)
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass


def test_minutes_are_kept_within_the_allowed_range() -> None:
    watcher = IdleWatcher(0, clock=FakeClock())
    assert watcher.minutes == 1
    watcher.set_minutes(45)
    assert watcher.minutes == 30
    watcher.set_minutes(12)
    assert watcher.minutes == 12


def test_a_stopped_watcher_never_locks(qtbot: QtBot) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(1, clock=clock)
    watcher.start()
    watcher.stop()
    clock.advance(3600)
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()
