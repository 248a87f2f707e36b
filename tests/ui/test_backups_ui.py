"""The main window's backup corner: status label, Back up now and Restore… in File."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from planner.app import build_main_window
from planner.domain.errors import EnvironmentProblem
from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.services.backups import BackupService, BackupStatus
from planner.storage.database import Database
from planner.ui.backups import status_text
from planner.ui.main_window import MainWindow
from planner.ui.settings import UiSettings
from planner.ui.tasks import TaskProgress
from tests.ui.conftest import RecordingPrompts, add_clinic, add_patients, add_user

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


def _status(last: dt.datetime | None, stale: bool) -> BackupStatus:
    return BackupStatus(last, stale, Path("/backups"), True)


def test_the_status_text_warns_when_old_or_missing() -> None:
    assert status_text(_status(None, True), NOW) == ("No backup yet", True)
    text, warn = status_text(_status(NOW - dt.timedelta(hours=3), False), NOW)
    assert text.startswith("Last backup: 2026-11-2") and not warn
    text, warn = status_text(_status(NOW - dt.timedelta(days=3, hours=1), True), NOW)
    assert text.endswith("3 days ago") and warn


def _window(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
    *roles: Role,
) -> tuple[MainWindow, BackupService]:
    add_clinic(db, is_demo=False)
    add_patients(db)
    actor = add_user(accounts, "ines", *roles, full_name="Ines Admin")
    service = BackupService(db, tmp_path / "backups")
    window = build_main_window(
        db,
        UiSettings(tmp_path / "settings.ini"),
        prompts,
        actor,
        accounts=accounts,
        backups=service,
    )
    qtbot.addWidget(window)
    return window, service


def test_an_admin_backs_up_and_restores_from_the_file_menu(
    qtbot: QtBot,
    ui_db: Database,
    tmp_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    window, service = _window(qtbot, ui_db, tmp_path, prompts, accounts, Role.ADMIN)
    actions = window.backup_actions
    assert actions is not None and actions.back_up_action is not None
    file_menu = window.menuBar().actions()[0].menu()
    assert actions.back_up_action in file_menu.actions()
    assert actions.status_label.text() == "No backup yet"
    assert "b3261e" in actions.status_label.styleSheet()
    actions.back_up_action.trigger()
    qtbot.waitUntil(lambda: not actions.busy)  # made in the background
    assert actions.status_label.text().startswith("Last backup: ")
    assert actions.status_label.styleSheet() == ""
    (made,) = (tmp_path / "backups").glob("*.sqlite3")
    assert "Backed up and checked" in window.statusBar().currentMessage()

    actions.choose_file = lambda parent, folder: None  # cancelled: nothing happens
    actions.restore_action.trigger()
    assert prompts.shown == []
    actions.choose_file = lambda parent, folder: made
    with qtbot.waitSignal(window.quit_requested, timeout=30_000):  # restored in the background
        actions.restore_action.trigger()
    kind, _title, text = prompts.shown[-1]
    assert kind == "confirm" and "patients: 5" in text and "kept as a backup first" in text
    kept = [p for p in (tmp_path / "backups").glob("*pre-restore*") if "manifest" not in p.name]
    assert len(kept) == 1
    assert service.status().last is not None


def test_a_file_that_is_not_a_backup_is_refused_with_a_message(
    qtbot: QtBot,
    ui_db: Database,
    tmp_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    window, _service = _window(qtbot, ui_db, tmp_path, prompts, accounts, Role.ADMIN)
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    window.backup_actions.choose_file = lambda parent, folder: junk
    window.backup_actions.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.shown))  # read in the background
    assert prompts.shown[-1][0] == "error" and "not an AcuPlanner backup" in prompts.shown[-1][2]


def test_other_roles_see_the_status_but_not_the_actions(
    qtbot: QtBot,
    ui_db: Database,
    tmp_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    window, _service = _window(qtbot, ui_db, tmp_path, prompts, accounts, Role.PRACTITIONER)
    assert window.backup_actions is not None
    assert window.backup_actions.back_up_action is None
    assert window.backup_actions.status_label.text() == "No backup yet"


def test_the_window_stays_responsive_while_a_backup_is_made_and_cancel_keeps_no_copy(
    qtbot: QtBot,
    ui_db: Database,
    tmp_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    window, service = _window(qtbot, ui_db, tmp_path, prompts, accounts, Role.ADMIN)
    actions = window.backup_actions
    assert actions is not None and actions.back_up_action is not None
    release = threading.Event()
    real = service.back_up

    def slow_back_up(actor: Actor, target: Path | None = None, checkpoint: Any = None) -> Any:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)  # the copy "takes a while"
        return real(actor, target, checkpoint)

    service.back_up = slow_back_up  # type: ignore[method-assign]
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    actions.back_up_action.trigger()
    progress = window.findChild(TaskProgress, "task_progress")
    assert progress is not None
    qtbot.waitUntil(progress.isVisible)  # a busy indicator, with Cancel
    qtbot.waitUntil(lambda: len(ticks) > 5)  # the event loop keeps running meanwhile
    actions.back_up_action.trigger()  # a second one is not started
    progress.findChild(QPushButton).click()  # Cancel
    release.set()
    qtbot.waitUntil(lambda: not actions.busy)
    assert "cancelled" in window.statusBar().currentMessage()
    assert list((tmp_path / "backups").glob("*.sqlite3*")) == []  # no copy, no manifest
    assert actions.status_label.text() == "No backup yet"
    assert prompts.shown == []


def test_a_backup_that_fails_in_the_background_is_shown_as_before(
    qtbot: QtBot,
    ui_db: Database,
    tmp_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    window, service = _window(qtbot, ui_db, tmp_path, prompts, accounts, Role.ADMIN)
    actions = window.backup_actions
    assert actions is not None and actions.back_up_action is not None

    def failing(actor: Actor, target: Path | None = None, checkpoint: Any = None) -> Any:
        raise EnvironmentProblem("The disk is full.")

    service.back_up = failing  # type: ignore[method-assign]
    actions.back_up_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.shown))
    assert prompts.shown == [("error", "Backup failed", "The disk is full.")]
    assert not actions.busy
