"""The real app's window adds its parts one a turn of the event loop (issue 20), and a
practitioner's appointment book is built when its tab is first opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner.app import build_main_window
from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.storage.database import Database
from planner.ui.main_window import MainWindow
from planner.ui.settings import UiSettings
from tests.ui.conftest import RecordingPrompts, add_clinic, add_patients, add_user


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _stepwise(
    qtbot: QtBot, ui_db: Database, tmp_path: Path, accounts: AccountService
) -> MainWindow:
    add_clinic(ui_db, is_demo=False)
    add_patients(ui_db)
    actor = add_user(accounts, "wei", Role.PRACTITIONER, full_name="Wei Chen")
    settings = UiSettings(tmp_path / "settings.ini")
    window = build_main_window(
        ui_db, settings, RecordingPrompts(), actor, accounts=accounts, stepwise=True
    )
    qtbot.addWidget(window)
    return window


def test_the_parts_come_on_the_next_turns_with_their_menus(
    qtbot: QtBot, ui_db: Database, tmp_path: Path, accounts: AccountService
) -> None:
    window = _stepwise(qtbot, ui_db, tmp_path, accounts)
    assert _menus(window) == ["&File", "&View", "&Help"]  # the list first
    window.show()
    qtbot.waitUntil(lambda: window.treatment_actions is not None)
    assert _menus(window) == [
        "&File",
        "&Patient",
        "Appoint&ments",
        "&View",
        "&Treatment",
        "&Help",
    ]
    assert window.new_patient_action is not None and window.new_patient_action.isEnabled()
    window.close()


def test_a_part_added_while_locked_waits_for_the_unlock(
    qtbot: QtBot, ui_db: Database, tmp_path: Path, accounts: AccountService
) -> None:
    window = _stepwise(qtbot, ui_db, tmp_path, accounts)
    window.lock()
    qtbot.waitUntil(lambda: window.treatment_actions is not None)
    assert window.new_patient_action is not None
    assert not window.new_patient_action.isEnabled()
    window.unlock()
    assert window.new_patient_action.isEnabled()
    window.close()


def test_a_practitioners_book_is_built_when_its_tab_is_opened(
    qtbot: QtBot, ui_db: Database, tmp_path: Path, accounts: AccountService
) -> None:
    window = _stepwise(qtbot, ui_db, tmp_path, accounts)
    window.show()
    qtbot.waitUntil(lambda: window.treatment_actions is not None)
    assert window.findChild(QWidget, "appointment_book") is None
    window.home_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "appointment_book") is not None)
    window.close()
