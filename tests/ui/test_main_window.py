"""The main window against a real small SQLite database: search, open, clear, remember."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from planner import __version__
from planner.app import build_main_window, describe_backend
from planner.storage.database import Database
from planner.ui.main_window import MainWindow
from planner.ui.prompts import Prompts
from planner.ui.settings import UiSettings
from tests.ui.conftest import add_clinic, add_patients


class RecordingPrompts(Prompts):
    """Records messages instead of opening modal dialogs."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def about(self, parent: QWidget | None, title: str, rich_text: str) -> None:
        self.shown.append(("about", title, rich_text))


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.ini"


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()


@pytest.fixture
def open_window(
    qtbot: QtBot, ui_db: Database, settings_path: Path, prompts: RecordingPrompts
) -> Iterator[MainWindow]:
    """The main window on a database with five patients (clinic not a demo)."""
    add_clinic(ui_db, is_demo=False)
    add_patients(ui_db)
    window = _show(qtbot, ui_db, settings_path, prompts)
    yield window
    window.close()


def _show(qtbot: QtBot, db: Database, settings_path: Path, prompts: Prompts) -> MainWindow:
    window = build_main_window(db, UiSettings(settings_path), prompts)
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
    qtbot: QtBot, open_window: MainWindow, ui_db: Database, settings_path: Path
) -> None:
    open_window.resize(QSize(720, 540))  # within the offscreen screen (800x600)
    open_window.splitter.setSizes([380, 320])
    sizes = open_window.splitter.sizes()
    open_window.close()
    assert settings_path.exists()
    assert "geometry" in settings_path.read_text(encoding="utf-8")

    again = _show(qtbot, ui_db, settings_path, RecordingPrompts())
    assert again.size() == QSize(720, 540)
    assert again.splitter.sizes() == sizes


def test_demo_banner_only_for_a_demo_clinic(
    qtbot: QtBot, ui_db: Database, settings_path: Path
) -> None:
    add_clinic(ui_db, name="Demo Clinic", is_demo=True)
    window = _show(qtbot, ui_db, settings_path, RecordingPrompts())
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
