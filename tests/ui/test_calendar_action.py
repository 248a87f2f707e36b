"""Saving appointments for a calendar through a real button: the chooser is answered at
once (no modal dialog), the .ics file is written and says what it holds, an existing file
is replaced only when the user agrees, and an admin is refused with one message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner.services.actor import Actor
from planner.services.appointment_calendar import CalendarService
from planner.storage.database import Database
from planner.ui.book.calendar_action import save_calendar
from tests.helpers.book_clinic import NOW, TODAY, BookClinic, build
from tests.ui.conftest import RecordingPrompts


@dataclass
class Chooser:
    answer: str
    asked: list[tuple[str, str, str]]

    def __call__(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        self.asked.append((title, suggested, filters))
        return self.answer


@pytest.fixture
def clinic(db: Database) -> BookClinic:
    found = build(db)
    book = found.book()
    proposals = book.propose_course(found.course, preferred_minute=10 * 60)
    chosen = tuple((p.session_id, p.starts_at) for p in proposals[:2] if p.starts_at)
    book.book_course(found.course, chosen)  # sessions 3 to 6 keep "time not set"
    return found


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder files are saved to (the test database lives beside it)."""
    folder = tmp_path / "saved"
    folder.mkdir()
    return folder


def _button(
    qtbot: QtBot,
    clinic: BookClinic,
    chooser: Chooser,
    prompts: RecordingPrompts,
    folder: Path,
    actor: Actor | None = None,
    told: list[str] | None = None,
) -> QPushButton:
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Save appointments for a calendar…", window)
    QVBoxLayout(window).addWidget(button)
    service = CalendarService(
        clinic.db, actor or clinic.reza, today=lambda: TODAY, clock=lambda: NOW
    )
    button.clicked.connect(
        lambda: save_calendar(
            window,
            service,
            clinic.patient,
            chooser,
            prompts=prompts,
            start_folder=lambda: folder,
            tell=told.append if told is not None else None,
        )
    )
    window.show()
    return button


def test_the_file_is_written_where_chosen(qtbot: QtBot, clinic: BookClinic, out: Path) -> None:
    chooser, prompts, told = Chooser(str(out / "my visits"), []), RecordingPrompts(), []
    button = _button(qtbot, clinic, chooser, prompts, out, told=told)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ((_, suggested, filters),) = chooser.asked
    assert suggested == str(out / "appointments.ics") and "*.ics" in filters
    written = out / "my visits.ics"  # the suffix added
    events = list(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert len(events) == 2
    assert told == [
        "Saved 2 appointments to my visits.ics. 4 appointments without a time were left out."
    ]
    assert prompts.shown == []


def test_cancelled_chooser_writes_nothing(qtbot: QtBot, clinic: BookClinic, out: Path) -> None:
    prompts = RecordingPrompts()
    button = _button(qtbot, clinic, Chooser("", []), prompts, out)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert list(out.iterdir()) == [] and prompts.shown == []


def test_an_existing_file_is_replaced_only_when_agreed(
    qtbot: QtBot, clinic: BookClinic, out: Path
) -> None:
    target = out / "appointments.ics"
    target.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    prompts = RecordingPrompts(answer=False)
    button = _button(qtbot, clinic, Chooser(str(target), []), prompts, out)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert prompts.shown[0][0] == "confirm" and "Replace appointments.ics?" in prompts.shown[0][2]
    assert b"VEVENT" not in target.read_bytes()
    prompts.answer = True
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 2
    kind, _, text = prompts.shown[-1]  # no status bar given: a message box says it
    assert kind == "about" and "Saved 2 appointments to appointments.ics." in text


def test_not_a_calendar_file_is_never_replaced(qtbot: QtBot, clinic: BookClinic, out: Path) -> None:
    target = out / "notes.ics"
    target.write_text("my own notes")
    prompts = RecordingPrompts(answer=True)
    button = _button(qtbot, clinic, Chooser(str(target), []), prompts, out)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert prompts.shown[-1][0] == "error" and "not a calendar file" in prompts.shown[-1][2]
    assert target.read_text() == "my own notes"


def test_an_admin_is_refused_with_one_message(qtbot: QtBot, clinic: BookClinic, out: Path) -> None:
    chooser, prompts = Chooser(str(out / "a.ics"), []), RecordingPrompts()
    button = _button(qtbot, clinic, chooser, prompts, out, actor=clinic.root)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _, _ in prompts.shown] == ["error"]
    assert chooser.asked == [] and list(out.iterdir()) == []
