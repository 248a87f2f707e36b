"""Issue 15, item 9: Save as… opened in the program's own folder. It opens in the user's
Documents folder the first time, then in the folder last saved to (kept in the user's
settings, so a new window and the next run start there), with the document's suggested
name. The file chooser is injected: no native dialog opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner.storage.database import open_database
from planner.ui.documents.output import QtDocumentOutput, documents_folder
from planner.ui.documents.window import DocumentsWindow
from planner.ui.settings import UiSettings
from tests.helpers.document_clinic import DocumentClinic, build
from tests.ui.conftest import RecordingPrompts


class Chooser:
    """Answers the Save As dialog with ``answer`` (a folder: the suggested name in it)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer: Path | None = None

    def __call__(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        self.asked.append(suggested)
        if self.answer is None:
            return ""
        return str(self.answer / Path(suggested).name)


@pytest.fixture
def document_clinic(tmp_path: Path) -> Iterator[DocumentClinic]:
    db, _ = open_database(str(tmp_path / "documents.sqlite3"))
    try:
        yield build(db)
    finally:
        db.dispose()


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    return folder


def _window(
    qtbot: QtBot,
    document_clinic: DocumentClinic,
    settings: UiSettings,
    chooser: Chooser,
    home: Path,
) -> DocumentsWindow:
    window = DocumentsWindow(
        document_clinic.documents(document_clinic.ada),
        document_clinic.patient,
        "Zoë Ł.",
        can_edit_advice=True,
        output=lambda parent: QtDocumentOutput(
            parent, settings=settings, choose_file=chooser, start_folder=lambda: home
        ),
        prompts=RecordingPrompts(),  # the second save replaces the first: asked, yes
    )
    qtbot.addWidget(window)
    window.show()
    return window


def _save_report(qtbot: QtBot, window: DocumentsWindow) -> None:
    items = [i for i in window.panel.tree.items() if i.text(0) == "Clinical course report"]
    window.panel.tree.setCurrentItem(items[0])
    qtbot.waitUntil(lambda: window.presenter.ready, timeout=15_000)
    qtbot.waitUntil(lambda: window.panel.save_button.isEnabled(), timeout=5_000)
    window.panel.save_button.click()


def test_save_as_opens_in_documents_then_where_last_saved(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path, documents: Path
) -> None:
    settings = UiSettings(tmp_path / "settings" / "acuplanner.ini")
    chooser = Chooser()
    window = _window(qtbot, document_clinic, settings, chooser, documents)
    _save_report(qtbot, window)  # cancelled: nothing remembered
    first = Path(chooser.asked[0])
    assert first.parent == documents and first.parent != Path.cwd()
    assert first.suffix == ".pdf" and "Zo" not in first.name  # the chart's name, not the patient's
    elsewhere = tmp_path / "letters"
    elsewhere.mkdir()
    chooser.answer = elsewhere
    window.panel.save_button.click()
    assert (elsewhere / first.name).exists()
    window.close()
    again = _window(
        qtbot, document_clinic, UiSettings(settings.path), chooser, documents
    )  # next run
    _save_report(qtbot, again)
    assert Path(chooser.asked[-1]).parent == elsewhere


def test_a_folder_since_removed_falls_back_to_documents(
    qtbot: QtBot, tmp_path: Path, documents: Path
) -> None:
    settings = UiSettings(tmp_path / "acuplanner.ini")
    settings.save_folder = tmp_path / "gone"
    chooser = Chooser()
    parent = QWidget()
    qtbot.addWidget(parent)
    output = QtDocumentOutput(
        parent, settings=settings, choose_file=chooser, start_folder=lambda: documents
    )
    assert output.save_path("report-17.pdf") is None
    assert chooser.asked == [str(documents / "report-17.pdf")]
    chooser.answer = documents
    assert output.save_path("report-17") == documents / "report-17.pdf"  # .pdf added


def test_documents_folder_is_never_the_programs_own(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = documents_folder()
    assert folder.is_dir() and folder.is_absolute()
