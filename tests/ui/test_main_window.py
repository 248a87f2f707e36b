"""The main window against a real small SQLite database: search, open, clear, remember;
and what each role sees in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner import __version__
from planner.app import build_main_window, describe_backend
from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.storage.database import Database
from planner.ui.main_window import MainWindow
from planner.ui.prompts import Prompts
from planner.ui.settings import UiSettings
from tests.ui.conftest import RecordingPrompts, add_clinic, add_patients, add_user


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.ini"


@pytest.fixture
def practitioner(accounts: AccountService) -> Actor:
    return add_user(accounts, "wei", Role.PRACTITIONER, full_name="Wei Chen")


@pytest.fixture
def open_window(
    qtbot: QtBot,
    ui_db: Database,
    settings_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
    practitioner: Actor,
) -> Iterator[MainWindow]:
    """A practitioner's main window on a database with five patients (clinic not a demo)."""
    add_clinic(ui_db, is_demo=False)
    add_patients(ui_db)
    window = _show(qtbot, ui_db, settings_path, prompts, accounts, practitioner)
    yield window
    window.close()


def _show(
    qtbot: QtBot,
    db: Database,
    settings_path: Path,
    prompts: Prompts,
    accounts: AccountService,
    actor: Actor,
) -> MainWindow:
    window = build_main_window(db, UiSettings(settings_path), prompts, actor, accounts=accounts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _type_and_wait(qtbot: QtBot, window: MainWindow, text: str, rows: int) -> None:
    box = window.patient_list.search_box
    if text.isascii():
        qtbot.keyClicks(box, text)
    else:  # QTest can only type Latin-1; an input method commits text like this
        box.insert(text)
    qtbot.waitUntil(lambda: window.patient_list.table.model().rowCount() == rows, timeout=2000)


def test_search_narrows_as_you_type_and_enter_opens_escape_clears(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    window = open_window
    patients = window.patient_list
    model = patients.table.model()
    assert window.windowTitle() == "AcuPlanner — Riverside Acupuncture"
    assert not window.demo_banner.isVisible()
    assert model.rowCount() == 5
    assert patients.count_label.text() == "5 patients"
    assert window.overview.showing_placeholder
    qtbot.waitUntil(patients.search_box.hasFocus, timeout=2000)

    _type_and_wait(qtbot, window, "zoe o'brien", rows=1)
    assert patients.count_label.text() == "1 of 5 patients"
    assert model.index(0, 1).data() == "O'Brien-Smith, Zoë «Zo»"

    qtbot.keyClick(patients.search_box, Qt.Key.Key_Return)
    assert not window.overview.showing_placeholder
    assert window.overview.name_label.text() == "Zoë O'Brien-Smith"
    assert window.overview.fields["chart_number"].text() == "000001"
    course_text = " ".join(label.text() for label in window.overview.findChildren(QLabel))
    assert "Session 2 of 6" in course_text
    assert "7 → 5" in course_text

    qtbot.keyClick(patients.search_box, Qt.Key.Key_Escape)
    assert patients.search_box.text() == ""
    assert model.rowCount() == 5
    assert patients.count_label.text() == "5 patients"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("王", "王, 伟"),
        ("محمد", "العلي, محمد"),
        ("1990-12-31", "العلي, محمد"),
        ("000004", "Chen, Liam"),
    ],
)
def test_search_finds_names_in_any_script_dates_and_chart_numbers(
    qtbot: QtBot, open_window: MainWindow, query: str, expected: str
) -> None:
    _type_and_wait(qtbot, open_window, query, rows=1)
    assert open_window.patient_list.table.model().index(0, 1).data() == expected


def test_down_moves_into_the_list_and_enter_there_opens_that_patient(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    patients = open_window.patient_list
    _type_and_wait(qtbot, open_window, "chen", rows=2)
    qtbot.keyClick(patients.search_box, Qt.Key.Key_Down)
    assert patients.table.hasFocus()
    qtbot.keyClick(patients.table, Qt.Key.Key_Down)
    assert patients.table.currentIndex().row() == 1
    qtbot.keyClick(patients.table, Qt.Key.Key_Return)
    assert open_window.overview.name_label.text() == "Liam Chen"

    qtbot.keyClick(patients.table, Qt.Key.Key_Escape)
    assert patients.search_box.text() == ""
    assert patients.search_box.hasFocus()


def test_about_names_version_database_and_clinic(
    open_window: MainWindow, prompts: RecordingPrompts, ui_db: Database
) -> None:
    open_window.about_action.trigger()
    [(kind, _title, text)] = prompts.shown
    assert kind == "about"
    for part in (__version__, "SQLite", ui_db.display_url, "Riverside Acupuncture"):
        assert part in text
    assert "SQLite" in open_window.database_label.text()


def test_window_size_and_splitter_are_saved_and_restored(
    qtbot: QtBot,
    open_window: MainWindow,
    ui_db: Database,
    settings_path: Path,
    accounts: AccountService,
    practitioner: Actor,
) -> None:
    open_window.resize(QSize(798, 560))  # within the offscreen screen (800x600)
    open_window.splitter.setSizes([380, 320])
    sizes = open_window.splitter.sizes()
    open_window.close()
    assert settings_path.exists()
    assert "geometry" in settings_path.read_text(encoding="utf-8")

    again = _show(qtbot, ui_db, settings_path, RecordingPrompts(), accounts, practitioner)
    assert again.size() == QSize(798, 560)
    restored = again.splitter.sizes()  # the tabs' frame may change the width a little
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02


def test_demo_banner_only_for_a_demo_clinic(
    qtbot: QtBot,
    ui_db: Database,
    settings_path: Path,
    accounts: AccountService,
    practitioner: Actor,
) -> None:
    add_clinic(ui_db, name="Demo Clinic", is_demo=True)
    window = _show(qtbot, ui_db, settings_path, RecordingPrompts(), accounts, practitioner)
    assert window.demo_banner.isVisible()
    assert "DEMO DATABASE" in window.demo_banner.text()
    assert window.windowTitle() == "AcuPlanner — Demo Clinic"
    assert window.patient_list.count_label.text() == "0 patients"


def test_backend_description_never_shows_a_password() -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url("postgresql+psycopg://clinic:s3cret@db.example.org:5433/acu")
    engine = create_engine(url)
    try:
        assert describe_backend(Database(url, engine)) == (
            "PostgreSQL",
            "db.example.org:5433/acu",
        )
    finally:
        engine.dispose()


# --- what each role sees --------------------------------------------------------------------


def _window_for(
    qtbot: QtBot, ui_db: Database, settings_path: Path, accounts: AccountService, actor: Actor
) -> MainWindow:
    add_clinic(ui_db, is_demo=False)
    add_patients(ui_db)
    return _show(qtbot, ui_db, settings_path, RecordingPrompts(), accounts, actor)


def _open(qtbot: QtBot, window: MainWindow, search: str) -> None:
    _type_and_wait(qtbot, window, search, rows=1)
    qtbot.keyClick(window.patient_list.search_box, Qt.Key.Key_Return)


def _overview_text(window: MainWindow) -> str:
    return " | ".join(label.text() for label in window.overview.findChildren(QLabel))


def test_status_bar_names_the_user_and_the_file_menu_locks_and_signs_out(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    assert open_window.user_label.text() == "Signed in as Wei Chen (practitioner)"
    assert open_window.admin_menu is None  # a practitioner administers nothing
    assert open_window.lock_action.shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(open_window.lock_requested, timeout=1000):
        qtbot.keyClick(
            open_window.patient_list.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        )
    with qtbot.waitSignal(open_window.sign_out_requested, timeout=1000):
        open_window.sign_out_action.trigger()


def test_reception_sees_demographics_and_the_schedule_but_no_pain_scores(
    qtbot: QtBot, ui_db: Database, settings_path: Path, accounts: AccountService
) -> None:
    reception = add_user(accounts, "rosa", Role.RECEPTION)
    window = _window_for(qtbot, ui_db, settings_path, accounts, reception)
    assert window.user_label.text() == "Signed in as rosa (reception)"
    _open(qtbot, window, "zoe")
    text = _overview_text(window)
    assert window.overview.fields["phone"].text() == "+44 (0)7700 900123"
    assert "Session 2 of 6" in text and "2025-03-17" in text and "Signed" in text
    assert "Pain" not in text
    assert "7 → 5" not in text and "→" not in text


def test_privacy_mode_shows_given_name_and_family_initial_and_is_remembered(
    qtbot: QtBot,
    open_window: MainWindow,
    ui_db: Database,
    settings_path: Path,
    accounts: AccountService,
    practitioner: Actor,
) -> None:
    model = open_window.patient_list.table.model()
    _open(qtbot, open_window, "zoe")
    assert open_window.overview.name_label.text() == "Zoë O'Brien-Smith"

    open_window.privacy_action.trigger()
    qtbot.keyClick(open_window.patient_list.search_box, Qt.Key.Key_Escape)  # everyone again
    names = {model.index(row, 1).data() for row in range(model.rowCount())}
    assert "Zoë O." in names and "Liam C." in names
    assert not any("O'Brien" in name for name in names)
    assert open_window.overview.name_label.text() == "Zoë O."
    assert "O'Brien" not in _overview_text(open_window)
    assert UiSettings(settings_path).privacy_mode

    again = _show(qtbot, ui_db, settings_path, RecordingPrompts(), accounts, practitioner)
    assert again.privacy_action.isChecked()
    assert again.patient_list.table.model().index(0, 1).data().endswith(".")
    open_window.privacy_action.trigger()
    assert open_window.overview.name_label.text() == "Zoë O'Brien-Smith"


def test_an_administrator_alone_cannot_open_a_record_but_can_see_who_did(
    qtbot: QtBot, ui_db: Database, settings_path: Path, accounts: AccountService
) -> None:
    from planner.services.audit import AuditTrail
    from planner.services.patients import PatientDirectory

    nurse = add_user(accounts, "wei", Role.PRACTITIONER)
    admin = add_user(accounts, "ada", Role.ADMIN, full_name="Ada Admin")
    window = _window_for(qtbot, ui_db, settings_path, accounts, admin)
    zoe = PatientDirectory(ui_db, nurse, AuditTrail()).search_ids("zoe")[0]
    PatientDirectory(ui_db, nurse, AuditTrail()).overview(zoe)  # the practitioner opens it

    assert window.admin_menu is not None
    assert [a.text() for a in window.admin_menu.actions()] == [
        "&Users…",
        "&Audit trail…",
        "&Clinic settings…",
    ]
    assert window.patient_list.table.model().rowCount() == 5  # the list, for the audit
    _open(qtbot, window, "zoe")
    assert window.overview.showing_no_access
    assert window.overview.no_access_label.text() == "Your role does not open patient records."
    visible = [w.text() for w in window.overview.findChildren(QLabel) if w.isVisible()]
    assert not any("Zoë" in text or "+44" in text for text in visible)

    window.overview.no_access_audit_button.click()
    dialog = window.open_dialog("audit")
    assert dialog is not None and dialog.isVisible()
    assert dialog.chart_box.text() == "000001"
    model = dialog.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert [(row[1], row[3], row[4]) for row in rows] == [("wei", "000001", "Opened record")]
    dialog.close()


def test_the_parts_menus_take_their_places_and_a_lock_disables_their_actions(
    qtbot: QtBot,
    ui_db: Database,
    settings_path: Path,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    """The window names no part: each adds its menu where its order puts it, the backup
    items go above Change my password, and the parts' actions are the window's own."""
    from planner.services.backups import BackupService

    add_clinic(ui_db, is_demo=False)
    actor = add_user(accounts, "ines", Role.ADMIN, Role.PRACTITIONER, full_name="Ines Both")
    window = build_main_window(
        ui_db,
        UiSettings(settings_path),
        prompts,
        actor,
        accounts=accounts,
        backups=BackupService(ui_db, settings_path.parent / "backups"),
    )
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == [
        "&File",
        "&Patient",
        "Appoint&ments",
        "&View",
        "&Admin",
        "&Treatment",
        "&Help",
    ]
    file_items = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert file_items.index("&Back up now") < file_items.index("&Change my password…")
    assert window.backup_actions is not None and window.treatment_actions is not None
    window.lock()
    assert not window.new_patient_action.isEnabled()
    assert not window.backup_actions.back_up_action.isEnabled()
    assert not window.findChild(QAction, "users_action").isEnabled()
    window.unlock()
    assert window.findChild(QAction, "users_action").isEnabled()
