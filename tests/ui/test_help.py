"""Help (issue 24): F1 opens the shipped guide at the window's section, Ctrl+W closes the
window in front (never the main window), and every window comes back where it was."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from planner.app import build_main_window
from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.storage.database import Database
from planner.ui.help.geometry import fits_screens
from planner.ui.help.guide import GUIDE_PAGES, SECTIONS, GuideSection, help_folder, section_for
from planner.ui.help.install import HelpFilter, install_help
from planner.ui.help.window import HelpWindow
from planner.ui.settings import UiSettings
from tests.ui.conftest import RecordingPrompts, add_clinic, add_patients, add_user
from tests.ui.test_intake_window import open_window as open_intake
from tests.ui.test_intake_window import service as intake_service

ROOT = Path(__file__).resolve().parents[2]


class NotesDialog(QDialog):
    """A dialog of ours (its class is in a tests.* module, so renamed planner.* below)."""

    def __init__(self) -> None:
        super().__init__()
        self.box = QLineEdit()
        QVBoxLayout(self).addWidget(self.box)


NotesDialog.__module__ = "planner.ui.notes"  # the places filter remembers our own windows


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "config" / "settings.ini")


@pytest.fixture
def installed(qapp: QApplication, settings: UiSettings) -> Iterator[HelpFilter]:
    help_filter = install_help(qapp, settings)
    yield help_filter
    qapp.removeEventFilter(help_filter)
    help_filter.deleteLater()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, HelpWindow):
            widget.close()
            widget.deleteLater()


def help_window() -> HelpWindow:
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow)]
    return window


def wait_for_section(qtbot: QtBot, section: GuideSection) -> HelpWindow:
    qtbot.waitUntil(lambda: any(isinstance(w, HelpWindow) for w in QApplication.topLevelWidgets()))
    window = help_window()
    qtbot.waitUntil(window.isVisible)
    bar = window.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == min(window.section_top(section), bar.maximum()))
    return window


def test_the_wheel_ships_the_guides_their_pictures_and_the_licences(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("acuplanner-*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    shipped = site / "planner" / "resources" / "help"
    for page in GUIDE_PAGES:
        text = (shipped / page).read_text("utf-8")
        assert text == (ROOT / "docs" / page).read_text("utf-8")
        for picture in re.findall(r"\(([\w.-]+\.png)\)", text):
            assert (shipped / picture).is_file(), picture
    script = "from planner.ui.help.guide import help_folder; print(help_folder())"
    found = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == str(shipped)
    assert help_folder() == ROOT / "docs"  # a checkout reads docs/ itself
    licences = site / "planner" / "resources" / "licences"
    assert (licences / "index.json").is_file()
    assert (licences / "THIRD-PARTY-NOTICES.txt").is_file()


def test_every_window_section_is_found_in_the_guide(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    for name, section in SECTIONS.items():
        window.show_section(section)
        assert window.section_top(section) >= 0, name
    assert section_for(None).heading == "AcuPlanner user guide"


NO_SECTION = {  # windows the guide has no section of their own for: F1 shows its top
    "CrashDialog",
    "DuplicatesDialog",
    "QuestionDialog",
    "_TimeDialog",
    "HelpWindow",
    "NoticesDialog",
    "PreferencesDialog",
}


def test_every_window_of_the_app_has_a_section_or_is_known_to_have_none() -> None:
    windows = {
        match
        for path in (ROOT / "planner" / "ui").rglob("*.py")
        for match in re.findall(
            r"^class (\w+)\((?:QDialog|QMainWindow|_TimeDialog)\)", path.read_text("utf-8"), re.M
        )
    }
    assert len(windows) > 25
    assert windows - NO_SECTION <= set(SECTIONS), "add them to planner.ui.help.guide.SECTIONS"


def test_f1_in_the_main_window_opens_the_guide_at_finding_a_patient(
    qtbot: QtBot,
    installed: HelpFilter,
    ui_db: Database,
    settings: UiSettings,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    add_clinic(ui_db, is_demo=False)
    add_patients(ui_db)
    actor = add_user(accounts, "wei", Role.PRACTITIONER, full_name="Wei Chen")
    main = build_main_window(ui_db, settings, prompts, actor, accounts=accounts)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)

    qtbot.keyClick(main.patient_list.search_box, Qt.Key.Key_F1)
    gc.collect()  # nothing but the help module holds the window: it must stay

    window = wait_for_section(qtbot, SECTIONS["MainWindow"])
    assert window.page == "user-guide.md"
    assert window.heading_box.currentText() == "Finding a patient"
    assert window.browser.verticalScrollBar().value() > 0

    qtbot.keyClick(main.patient_list.search_box, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert main.isVisible()  # Ctrl+W never closes the main window
    qtbot.keyClick(window.browser, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()  # the help window is closed like any other
    main.close()


def test_f1_in_the_intake_opens_the_guide_at_the_intake_paragraph(
    qtbot: QtBot, installed: HelpFilter, ui_db: Database
) -> None:
    from tests.helpers.factories import add_patient

    intake = open_intake(qtbot, intake_service(ui_db), add_patient(ui_db))
    qtbot.keyClick(intake.focusWidget() or intake, Qt.Key.Key_F1)

    section = SECTIONS["IntakeWindow"]
    window = wait_for_section(qtbot, section)
    assert window.heading_box.currentText() == "Courses and sessions"
    cursor = window.browser.cursorForPosition(window.browser.viewport().rect().topLeft())
    assert cursor.block().text().startswith("The intake asks")


def test_ctrl_w_closes_the_dialog_in_front(qtbot: QtBot, installed: HelpFilter) -> None:
    dialog = NotesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.box, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_window_opens_again_where_it_was_left(
    qtbot: QtBot, installed: HelpFilter, settings: UiSettings
) -> None:
    first = NotesDialog()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(40, 50, 420, 310))
    first.close()
    assert settings.window_place("NotesDialog") == QRect(40, 50, 420, 310)

    again = NotesDialog()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.geometry().size() == first.geometry().size()
    assert again.geometry().topLeft() == QRect(40, 50, 420, 310).topLeft()


def test_a_place_off_the_screens_is_not_restored(
    qtbot: QtBot, installed: HelpFilter, settings: UiSettings
) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    too_far = QRect(screen.right() + 200, 10, 400, 300)
    assert not fits_screens(too_far)
    settings.set_window_place("NotesDialog", too_far)
    dialog = NotesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.geometry() != too_far
    assert fits_screens(QRect(screen.topLeft(), dialog.size()))


def test_links_between_the_guides_are_followed_and_others_are_explained(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_section(SECTIONS["MainWindow"])
    bar = window.browser.verticalScrollBar()

    window.browser.anchorClicked.emit(QUrl("#documents"))  # within the page
    documents = GuideSection("user-guide.md", "Documents")
    qtbot.waitUntil(lambda: bar.value() == min(window.section_top(documents), bar.maximum()))
    assert window.heading_box.currentText() == "Documents"

    window.browser.anchorClicked.emit(QUrl("admin-guide.md#backups-and-restore"))
    assert window.page == "admin-guide.md"
    assert window.heading_box.currentText() == "Backups and restore"

    window.browser.anchorClicked.emit(QUrl("../README.md#trying-the-demo"))
    assert window.note.isVisible() and "README.md" in window.note.text()
    assert window.page == "admin-guide.md"  # nothing else changed
