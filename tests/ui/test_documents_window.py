"""The Documents window on a real database, PDFs made on its worker thread: the preview
loads, Save as writes the file atomically and owner-only, Print sends every page to a
printer (a PDF file here), reception sees only what it may print, advice re-makes the
sheet, and printing and saving are audited."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.export.files import TEMP_PREFIX
from planner.export.model import HomeAdvice
from planner.services.documents import DocumentKind
from planner.storage.database import Database, open_database
from planner.storage.models import AuditEvent
from planner.ui.documents.output import print_pdf
from planner.ui.documents.screens import DocumentScreens
from planner.ui.documents.window import DocumentsWindow
from tests.db_template import migrated_sqlite
from tests.integration.document_clinic import DocumentClinic, build
from tests.unit.export.pdf_reading import contains, text


class Output:
    """The Save As and Print dialogs, answered by the test."""

    def __init__(self, parent: QWidget, folder: Path) -> None:
        self.folder = folder
        self.suggested: list[str] = []

    def save_path(self, suggested_name: str) -> Path | None:
        self.suggested.append(suggested_name)
        return self.folder / suggested_name

    def choose_printer(self, title: str) -> object | None:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / "printed.pdf"))
        return printer

    def print_pages(self, printer: object, data: bytes) -> int:
        assert isinstance(printer, QPrinter)
        return print_pdf(data, printer)


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[DocumentClinic]:
    db, _ = open_database(str(migrated_sqlite(tmp_path / "documents.sqlite3")))
    try:
        yield build(db)
    finally:
        db.dispose()


def _window(
    qtbot: QtBot, clinic: DocumentClinic, folder: Path, *, reception: bool = False
) -> DocumentsWindow:
    actor = clinic.reza if reception else clinic.ada
    window = DocumentsWindow(
        clinic.documents(actor),
        clinic.patient,
        "Zoë Ł.",
        can_edit_advice=not reception,
        output=lambda parent: Output(parent, folder),
    )
    qtbot.addWidget(window)
    window.show()
    return window


def _choose(qtbot: QtBot, window: DocumentsWindow, text_: str, occurrence: int = 0) -> None:
    items = [item for item in window.panel.tree.items() if item.text(0) == text_]
    window.panel.tree.setCurrentItem(items[occurrence])
    qtbot.waitUntil(lambda: window.presenter.ready, timeout=15_000)
    qtbot.waitUntil(lambda: window.panel.document is not None, timeout=5_000)


def _actions(db: Database, patient: int) -> list[tuple[str, str]]:
    with db.read() as session:
        return [
            (row.action, row.detail.get("document", ""))
            for row in session.scalars(
                select(AuditEvent).where(AuditEvent.patient_id == patient).order_by(AuditEvent.id)
            )
        ]


def test_the_preview_loads_and_save_as_writes_atomically(
    qtbot: QtBot, clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, clinic, tmp_path)
    panel = window.panel
    assert not panel.print_button.isEnabled()
    _choose(qtbot, window, "Clinical course report")
    assert panel.document is not None and panel.document.pageCount() >= 1
    assert panel.document.status() == panel.document.Status.Ready
    assert panel.title_label.text().startswith("Clinical course report")
    assert panel.print_button.isEnabled() and panel.save_button.isEnabled()
    assert not panel.busy_bar.isVisible() and not panel.warning_label.isVisible()
    assert not panel.advice_box.isVisible()
    before = _actions(clinic.db, clinic.patient)
    panel.save_button.click()
    saved = tmp_path / window.presenter._prepared.file_name  # type: ignore[union-attr]
    assert saved.exists() and stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert saved.read_bytes() == window.presenter.pdf.data  # type: ignore[union-attr]
    assert contains(text(saved.read_bytes()), "Clinical course report")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert "Saved as" in panel.message_label.text()
    assert _actions(clinic.db, clinic.patient)[len(before) :] == [("export", "clinical_report")]


def test_print_sends_every_page_to_the_printer(
    qtbot: QtBot, clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, clinic, tmp_path)
    _choose(qtbot, window, "Take-home sheet", occurrence=1)  # session 2's
    pages = window.panel.document.pageCount()  # type: ignore[union-attr]
    window.panel.print_button.click()
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages == 2
    assert window.panel.message_label.text() == "Sent 2 pages to the printer."
    assert _actions(clinic.db, clinic.patient)[-2:] == [
        ("open_record", "take_home"),
        ("print", "take_home"),
    ]


def test_reception_sees_signed_sessions_and_no_report_or_advice(
    qtbot: QtBot, clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, clinic, tmp_path, reception=True)
    texts = [item.text(0) for item in window.panel.tree.items()]
    assert "Clinical course report" not in texts
    assert not any("not signed" in t for t in texts)
    assert texts.count("Receipt") == 2
    _choose(qtbot, window, "Receipt")
    request = window.presenter.request
    assert request is not None and request.kind == DocumentKind.RECEIPT
    assert not window.panel.advice_box.isVisible()


def test_a_receipt_for_dates_and_advice_that_remakes_the_sheet(
    qtbot: QtBot, clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, clinic, tmp_path)
    panel = window.panel
    assert panel.range_row.isEnabled()
    panel.range_row.show_button.click()
    qtbot.waitUntil(lambda: window.presenter.ready, timeout=15_000)
    assert panel.title_label.text().startswith("Receipt R-")
    _choose(qtbot, window, "Take-home sheet", occurrence=1)
    box = panel.advice_box
    assert box.isVisible() and box.carried_label.isVisible()
    assert box.boxes[HomeAdvice.CORE_EXERCISES].isChecked()
    box.boxes[HomeAdvice.RELAXATION].setChecked(True)
    box.note_edit.setText("Slow breathing before bed.")
    box.save_button.click()
    qtbot.waitUntil(lambda: window.presenter.ready, timeout=15_000)
    assert not box.carried_label.isVisible()
    assert contains(text(window.presenter.pdf.data), "Slow breathing before bed.")  # type: ignore[union-attr]
    box.note_edit.setText("bad\x07")
    box.save_button.click()
    assert box.problem_label.isVisible() and "control character" in box.problem_label.text()


def test_a_character_the_fonts_lack_is_a_visible_warning(qtbot: QtBot, tmp_path: Path) -> None:
    db, _ = open_database(str(migrated_sqlite(tmp_path / "odd.sqlite3")))
    try:
        clinic = build(db, name=("Zoë \U00013000", "Papadopoulou"))
        window = _window(qtbot, clinic, tmp_path)
        _choose(qtbot, window, "Receipt")
        assert window.panel.warning_label.isVisible()
        assert "U+13000" in window.panel.warning_label.text()
        window.close()
    finally:
        db.dispose()


def test_only_users_who_print_get_the_window(clinic: DocumentClinic) -> None:
    assert DocumentScreens.allowed(clinic.ada) and DocumentScreens.allowed(clinic.reza)
    assert not DocumentScreens.allowed(clinic.sam)
