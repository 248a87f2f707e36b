"""File ▸ Preferences… (issue 24): the documents folder, date format and language are saved
and read back; a folder that does not exist is refused; an administrator reaches the
clinic's settings from there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from planner import formats
from planner.app import build_main_window
from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.storage.database import Database
from planner.ui.main_window import MainWindow
from planner.ui.preferences import Preferences, PreferencesDialog, read_preferences
from planner.ui.settings import UiSettings
from tests.ui.conftest import RecordingPrompts, add_clinic, add_user


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.ini"


@pytest.fixture
def iso_after() -> Iterator[None]:
    yield
    formats.configure("en_CA", "iso")  # OK applies the date format: the others read ISO


def ok(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def open_dialog(qtbot: QtBot, settings: UiSettings, **kwargs: object) -> PreferencesDialog:
    dialog = PreferencesDialog(settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preferences_are_saved_and_read_back(
    qtbot: QtBot, tmp_path: Path, settings_path: Path, iso_after: None
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    settings = UiSettings(settings_path)
    assert read_preferences(settings) == Preferences(None, "iso", "")
    dialog = open_dialog(qtbot, settings)
    assert dialog.date_format_box.currentText().startswith("ISO 8601 (")

    qtbot.keyClicks(dialog.folder_box, str(folder))
    dialog.date_format_box.setFocus()
    qtbot.keyClick(dialog.date_format_box, Qt.Key.Key_Down)  # the computer's own format
    dialog.language_box.setFocus()
    qtbot.keyClick(dialog.language_box, Qt.Key.Key_End)  # Français
    ok(qtbot, dialog)

    assert not dialog.isVisible()
    again = read_preferences(UiSettings(settings_path))  # from the file, as at the next start
    assert again == Preferences(folder, "locale", "fr")
    reopened = open_dialog(qtbot, UiSettings(settings_path))
    assert reopened.folder_box.text() == str(folder)
    assert reopened.date_format_box.currentData() == "locale"
    assert reopened.language_box.currentText() == "Français"

    reopened.folder_box.clear()  # back to the system's Documents folder
    ok(qtbot, reopened)
    assert read_preferences(UiSettings(settings_path)).documents_folder is None


def test_a_folder_that_does_not_exist_is_refused(
    qtbot: QtBot, tmp_path: Path, settings_path: Path
) -> None:
    settings = UiSettings(settings_path)
    dialog = open_dialog(qtbot, settings)
    qtbot.keyClicks(dialog.folder_box, str(tmp_path / "nowhere"))
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible() and "nowhere" in dialog.error_label.text()
    assert read_preferences(UiSettings(settings_path)).documents_folder is None


def test_browse_puts_the_chosen_folder_in_the_box(
    qtbot: QtBot, tmp_path: Path, settings_path: Path
) -> None:
    asked: list[Path | None] = []

    def choose(parent: QWidget, start: Path | None) -> Path | None:
        asked.append(start)
        return tmp_path

    dialog = open_dialog(qtbot, UiSettings(settings_path), choose=choose)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert asked == [None] and dialog.folder_box.text() == str(tmp_path)


def _main_window(
    qtbot: QtBot,
    db: Database,
    path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
    role: Role,
) -> MainWindow:
    actor = add_user(accounts, role.value, role, full_name="Ada Lovelace")
    window = build_main_window(db, UiSettings(path), prompts, actor, accounts=accounts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_file_preferences_opens_once_and_offers_clinic_settings_to_an_administrator(
    qtbot: QtBot,
    ui_db: Database,
    settings_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    add_clinic(ui_db, is_demo=False)
    window = _main_window(qtbot, ui_db, settings_path, prompts, accounts, Role.ADMIN)
    window.preferences_action.trigger()
    dialog = window.open_dialog("preferences")
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    window.preferences_action.trigger()
    assert window.open_dialog("preferences") is dialog  # the open one, not a second

    assert dialog.clinic_button is not None
    qtbot.mouseClick(dialog.clinic_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.open_dialog("clinic_settings") is not None)
    window.close()


def test_a_practitioner_has_no_clinic_settings_in_preferences(
    qtbot: QtBot,
    ui_db: Database,
    settings_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    add_clinic(ui_db, is_demo=False)
    window = _main_window(qtbot, ui_db, settings_path, prompts, accounts, Role.PRACTITIONER)
    window.preferences_action.trigger()
    dialog = window.open_dialog("preferences")
    assert isinstance(dialog, PreferencesDialog) and dialog.clinic_button is None
    window.close()


def test_the_date_format_applies_at_once_and_the_language_at_the_next_start(
    qtbot: QtBot, settings_path: Path, iso_after: None
) -> None:
    dialog = open_dialog(qtbot, UiSettings(settings_path), today=lambda: dt.date(2026, 12, 8))
    assert dialog.date_format_box.itemText(0) == "ISO 8601 (2026-12-08)"
    assert dialog.date_format_box.itemText(1) == "In words (Dec 8, 2026)"
    assert [dialog.language_box.itemText(i) for i in range(3)] == [
        "System language",
        "English",
        "Français",
    ]
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("next time AcuPlanner starts" in text for text in hints)
    dialog.date_format_box.setCurrentIndex(1)
    ok(qtbot, dialog)
    assert formats.current().dates == "locale"
    assert formats.date_text(dt.date(2026, 12, 8)) == "Dec 8, 2026"
