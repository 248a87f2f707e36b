"""Issue 16 item 10 and the receipt number (item 1), in the real Documents window.

Print to file writes the document's own PDF (text, not page images), owner-only, like
Save as…; the print dialog's file name starts in the Documents folder (or the folder last
used), never the program's folder or the bare home folder; Save as… writes owner-only in
the Documents folder. Saving and printing prepare the document again: a receipt's preview
takes no number, printing takes one.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from planner.files import TEMP_PREFIX
from planner.services.document_request import DocumentRequest
from planner.storage.database import Database, open_database
from planner.storage.models import ReceiptNumber
from planner.ui.documents.output import QtDocumentOutput
from planner.ui.documents.window import DocumentsWindow
from planner.ui.settings import UiSettings
from tests.db_template import migrated_sqlite
from tests.helpers.document_clinic import DocumentClinic, build
from tests.ui.conftest import RecordingPrompts
from tests.unit.export.pdf_reading import pages_text


class Chooser:
    """The Save As dialog, answered with the suggested path (the folder it opened in)."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        self.asked.append(suggested)
        return suggested


class PrintToFile(QtDocumentOutput):
    """The real output, the print dialog answered "Print to file" into ``folder``, with
    ``pages`` (first, last) chosen or every page."""

    def __init__(self, parent: QWidget, settings: UiSettings, documents: Path) -> None:
        super().__init__(
            parent, settings=settings, choose_file=Chooser(), start_folder=lambda: documents
        )
        self.pages: tuple[int, int] | None = None
        self.suggested: list[str] = []

    def choose_printer(self, title: str, suggested_name: str = "") -> object | None:
        self.suggested.append(suggested_name)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder() / suggested_name))
        if self.pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*self.pages)
        return printer


@pytest.fixture
def document_clinic(tmp_path: Path) -> Iterator[DocumentClinic]:
    db, _ = open_database(str(migrated_sqlite(tmp_path / "documents.sqlite3")))
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
    tmp_path: Path,
    documents: Path,
    *,
    reception: bool = False,
) -> tuple[DocumentsWindow, PrintToFile]:
    settings = UiSettings(tmp_path / "settings" / "acuplanner.ini")
    made: list[PrintToFile] = []

    def output(parent: QWidget) -> PrintToFile:
        made.append(PrintToFile(parent, settings, documents))
        return made[0]

    window = DocumentsWindow(
        document_clinic.documents(document_clinic.reza if reception else document_clinic.ada),
        document_clinic.patient,
        "Zoë Ł.",
        can_edit_advice=not reception,
        output=output,
        prompts=RecordingPrompts(),
    )
    qtbot.addWidget(window)
    window.show()
    return window, made[0]


def _choose(qtbot: QtBot, window: DocumentsWindow, label: str, occurrence: int = 0) -> None:
    items = [item for item in window.panel.tree.items() if item.text(0) == label]
    window.panel.tree.setCurrentItem(items[occurrence])
    qtbot.waitUntil(lambda: window.presenter.ready, timeout=15_000)
    qtbot.waitUntil(lambda: window.panel.document is not None, timeout=5_000)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _numbers(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ReceiptNumber)) or 0


def test_print_to_file_writes_our_own_pdf_owner_only_in_documents(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path, documents: Path
) -> None:
    window, output = _window(qtbot, document_clinic, tmp_path, documents)
    _choose(qtbot, window, "Clinical course report")
    qtbot.mouseClick(window.panel.print_button, Qt.MouseButton.LeftButton)
    name = output.suggested[0]
    assert name.endswith(".pdf") and "Zo" not in name  # the chart number, never the name
    printed = documents / name
    assert printed.exists() and _mode(printed) == 0o600
    # the document's own PDF, byte for byte: text, not page images at 300 dpi
    assert printed.read_bytes() == window.presenter.pdf.data  # type: ignore[union-attr]
    assert "Clinical course report" in pages_text(printed.read_bytes())[0]
    assert not [p for p in documents.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert f"to {printed}" in window.panel.message_label.text()


def test_a_page_range_printed_to_a_file_is_owner_only_too(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path, documents: Path
) -> None:
    window, output = _window(qtbot, document_clinic, tmp_path, documents)
    _choose(qtbot, window, "Clinical course report")
    output.pages = (1, 1)
    qtbot.mouseClick(window.panel.print_button, Qt.MouseButton.LeftButton)
    printed = documents / output.suggested[0]
    assert _mode(printed) == 0o600 and len(pages_text(printed.read_bytes())) == 1
    assert window.panel.message_label.text() == f"Printed 1 page to {printed}."


def test_save_as_writes_owner_only_in_documents(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path, documents: Path
) -> None:
    window, _ = _window(qtbot, document_clinic, tmp_path, documents)
    _choose(qtbot, window, "Take-home sheet", occurrence=1)
    qtbot.mouseClick(window.panel.save_button, Qt.MouseButton.LeftButton)
    saved = [p for p in documents.iterdir() if p.suffix == ".pdf"]
    assert len(saved) == 1 and _mode(saved[0]) == 0o600
    assert saved[0].read_bytes() == window.presenter.pdf.data  # type: ignore[union-attr]


def test_the_print_dialog_offers_a_file_in_the_documents_folder(
    qtbot: QtBot, tmp_path: Path, documents: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    output = QtDocumentOutput(
        parent, settings=UiSettings(tmp_path / "a.ini"), start_folder=lambda: documents
    )
    offered: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QPrintDialog)
        field = dialog.findChild(QLineEdit, "filename")
        offered.append(field.text() if field is not None else "")
        dialog.reject()

    QTimer.singleShot(100, answer)
    assert output.choose_printer("Receipt", "receipt-000042.pdf") is None  # cancelled
    assert offered == [str(documents / "receipt-000042.pdf")]


def test_a_receipt_is_numbered_when_printed(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path, documents: Path
) -> None:
    window, output = _window(qtbot, document_clinic, tmp_path, documents)
    before = _numbers(document_clinic.db)
    _choose(qtbot, window, "Receipt", occurrence=-1)  # session 1's, signed (newest first)
    previewed = _numbers(document_clinic.db)
    qtbot.mouseClick(window.panel.print_button, Qt.MouseButton.LeftButton)
    assert _numbers(document_clinic.db) >= previewed and _numbers(document_clinic.db) == before + 1
    printed = (documents / output.suggested[0]).read_bytes()
    with document_clinic.db.read() as session:
        row = session.scalars(select(ReceiptNumber).order_by(ReceiptNumber.id.desc())).first()
    assert row is not None and f"R-{row.id:06d}" in pages_text(printed)[0]
    assert printed == window.presenter.pdf.data  # type: ignore[union-attr]  # and shown


def test_a_receipt_preview_takes_no_number(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path, documents: Path
) -> None:
    window, _ = _window(qtbot, document_clinic, tmp_path, documents)
    before = _numbers(document_clinic.db)
    _choose(qtbot, window, "Receipt", occurrence=-1)
    assert _numbers(document_clinic.db) == before
    assert "given when the receipt is printed or saved" in window.panel.message_label.text()


def test_a_draft_receipt_printed_says_draft_and_takes_no_number(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path, documents: Path
) -> None:
    window, output = _window(qtbot, document_clinic, tmp_path, documents)
    before = _numbers(document_clinic.db)
    _choose(qtbot, window, "Receipt", occurrence=0)  # session 3's: not signed
    qtbot.mouseClick(window.panel.print_button, Qt.MouseButton.LeftButton)
    pages = pages_text((documents / output.suggested[0]).read_bytes())
    assert all("DRAFT" in page for page in pages)
    assert _numbers(document_clinic.db) == before


def test_reception_prints_signed_sheets_and_receipts_never_a_draft(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path, documents: Path
) -> None:
    window, output = _window(qtbot, document_clinic, tmp_path, documents, reception=True)
    listed = {
        item.data(0, Qt.ItemDataRole.UserRole).session_id
        for item in window.panel.tree.items()
        if isinstance(item.data(0, Qt.ItemDataRole.UserRole), DocumentRequest)
    }
    assert document_clinic.draft not in listed and set(document_clinic.signed) <= listed
    before = _numbers(document_clinic.db)
    for label in ("Take-home sheet", "Receipt"):
        _choose(qtbot, window, label, occurrence=-1)  # session 1's
        qtbot.mouseClick(window.panel.print_button, Qt.MouseButton.LeftButton)
        printed = documents / output.suggested[-1]
        assert _mode(printed) == 0o600
        assert all("DRAFT" not in page for page in pages_text(printed.read_bytes()))
    assert _numbers(document_clinic.db) == before + 1  # the receipt's, taken when printed
