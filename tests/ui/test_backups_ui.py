"""The main window's backup corner: status label, Back up now and Restore… in File."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from planner.app import build_main_window
from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.services.backups import BackupService, BackupStatus
from planner.storage.database import Database
from planner.ui.backups import status_text
from planner.ui.main_window import MainWindow
from planner.ui.settings import UiSettings
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
    assert actions.status_label.text().startswith("Last backup: ")
    assert actions.status_label.styleSheet() == ""
    (made,) = (tmp_path / "backups").glob("*.sqlite3")
    assert "Backed up and checked" in window.statusBar().currentMessage()

    actions.choose_file = lambda parent, folder: None  # cancelled: nothing happens
    actions.restore_action.trigger()
    assert prompts.shown == []
    actions.choose_file = lambda parent, folder: made
    with qtbot.waitSignal(window.quit_requested):
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
