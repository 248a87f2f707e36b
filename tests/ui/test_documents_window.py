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
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.export.model import HomeAdvice
from planner.files import TEMP_PREFIX
from planner.services.document_request import DocumentKind
from planner.storage.database import Database, open_database
from planner.storage.models import AuditEvent
from planner.ui.documents.output import QtDocumentOutput
from planner.ui.documents.screens import DocumentScreens
from planner.ui.documents.window import DocumentsWindow
from planner.ui.prompts import Prompts
from tests.db_template import migrated_sqlite
from tests.helpers.document_clinic import DocumentClinic, build
from tests.ui.conftest import RecordingPrompts
from tests.unit.export.pdf_reading import contains, text


class Output(QtDocumentOutput):
    """The Save As and Print dialogs, answered by the test (printing goes to a PDF file,
    through the real output's temporary file and checks)."""

    def __init__(self, parent: QWidget, folder: Path, printed: str = "printed.pdf") -> None:
        super().__init__(parent)
        self.folder = folder
        self.printed = printed
        self.suggested: list[str] = []
        self.answer: Path | None = None

    def save_path(self, suggested_name: str) -> Path | None:
        self.suggested.append(suggested_name)
        return self.answer or self.folder / suggested_name

    def choose_printer(self, title: str, suggested_name: str = "") -> object | None:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / self.printed))
        return printer


@pytest.fixture
def document_clinic(tmp_path: Path) -> Iterator[DocumentClinic]:
    db, _ = open_database(str(migrated_sqlite(tmp_path / "documents.sqlite3")))
    try:
        yield build(db)
    finally:
        db.dispose()


def _window(
    qtbot: QtBot,
    document_clinic: DocumentClinic,
    folder: Path,
    *,
    reception: bool = False,
    prompts: Prompts | None = None,
    printed: str = "printed.pdf",
) -> DocumentsWindow:
    actor = document_clinic.reza if reception else document_clinic.ada
    window = DocumentsWindow(
        document_clinic.documents(actor),
        document_clinic.patient,
        "Zoë Ł.",
        can_edit_advice=not reception,
        output=lambda parent: Output(parent, folder, printed),
        prompts=prompts or RecordingPrompts(),
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
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, document_clinic, tmp_path)
    panel = window.panel
    assert not panel.print_button.isEnabled()
    _choose(qtbot, window, "Clinical course report")
    assert panel.document is not None and panel.document.pageCount() >= 1
    assert panel.document.status() == panel.document.Status.Ready
    assert panel.title_label.text().startswith("Clinical course report")
    assert panel.print_button.isEnabled() and panel.save_button.isEnabled()
    assert not panel.busy_bar.isVisible() and not panel.warning_label.isVisible()
    assert not panel.advice_box.isVisible()
    before = _actions(document_clinic.db, document_clinic.patient)
    panel.save_button.click()
    saved = tmp_path / window.presenter._prepared.file_name  # type: ignore[union-attr]
    assert saved.exists() and stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert saved.read_bytes() == window.presenter.pdf.data  # type: ignore[union-attr]
    assert contains(text(saved.read_bytes()), "Clinical course report")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert "Saved as" in panel.message_label.text()
    assert _actions(document_clinic.db, document_clinic.patient)[len(before) :] == [
        ("export", "clinical_report")
    ]


def test_print_sends_every_page_to_the_printer(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, document_clinic, tmp_path)
    _choose(qtbot, window, "Take-home sheet", occurrence=1)  # session 2's
    pages = window.panel.document.pageCount()  # type: ignore[union-attr]
    window.panel.print_button.click()
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages == 2
    assert window.panel.message_label.text() == f"Printed 2 pages to {tmp_path / 'printed.pdf'}."
    assert stat.S_IMODE((tmp_path / "printed.pdf").stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert _actions(document_clinic.db, document_clinic.patient)[-2:] == [
        ("open_record", "take_home"),
        ("print", "take_home"),
    ]


def test_reception_sees_signed_sessions_and_no_report_or_advice(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, document_clinic, tmp_path, reception=True)
    texts = [item.text(0) for item in window.panel.tree.items()]
    assert "Clinical course report" not in texts
    assert not any("not signed" in t for t in texts)
    assert texts.count("Receipt") == 2
    _choose(qtbot, window, "Receipt")
    request = window.presenter.request
    assert request is not None and request.kind == DocumentKind.RECEIPT
    assert not window.panel.advice_box.isVisible()


def test_a_receipt_for_dates_and_advice_that_remakes_the_sheet(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, document_clinic, tmp_path)
    panel = window.panel
    assert panel.range_row.isEnabled()
    panel.range_row.show_button.click()
    qtbot.waitUntil(lambda: window.presenter.ready, timeout=15_000)
    title = panel.title_label.text()  # a preview: no number yet (given at print or save)
    assert title.startswith(("Invoice — ", "Receipt — ")) and "R-" not in title
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
        document_clinic = build(db, name=("Zoë \U00013000", "Papadopoulou"))
        window = _window(qtbot, document_clinic, tmp_path)
        _choose(qtbot, window, "Receipt")
        assert window.panel.warning_label.isVisible()
        assert "U+13000" in window.panel.warning_label.text()
        window.close()
    finally:
        db.dispose()


def test_only_users_who_print_get_the_window(document_clinic: DocumentClinic) -> None:
    assert DocumentScreens.allowed(document_clinic.ada) and DocumentScreens.allowed(
        document_clinic.reza
    )
    assert not DocumentScreens.allowed(document_clinic.sam)


# --- safe output paths (issue 19): "Replace NAME?", the database refused ------------------------


def _output(window: DocumentsWindow) -> Output:
    output = window.presenter._output
    assert isinstance(output, Output)
    return output


def _failed(db: Database, patient: int) -> list[dict[str, object]]:
    with db.read() as session:
        return [
            dict(row.detail)
            for row in session.scalars(
                select(AuditEvent).where(AuditEvent.patient_id == patient).order_by(AuditEvent.id)
            )
            if row.detail.get("outcome") == "failed"
        ]


@pytest.mark.parametrize("answer", [False, True])
def test_save_as_over_an_existing_pdf_asks_first(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path, answer: bool
) -> None:
    prompts = RecordingPrompts(answer=answer)
    window = _window(qtbot, document_clinic, tmp_path, prompts=prompts)
    _choose(qtbot, window, "Clinical course report")
    existing = tmp_path / window.presenter._prepared.file_name  # type: ignore[union-attr]
    existing.write_bytes(b"%PDF-1.4 last week's report")
    before = _actions(document_clinic.db, document_clinic.patient)
    qtbot.mouseClick(window.panel.save_button, Qt.MouseButton.LeftButton)
    ((kind, _title, question),) = prompts.shown
    assert kind == "confirm" and question.startswith(f"Replace {existing.name}?")
    if answer:
        assert existing.read_bytes() == window.presenter.pdf.data  # type: ignore[union-attr]
        assert _actions(document_clinic.db, document_clinic.patient)[len(before) :] == [
            ("export", "clinical_report")
        ]
    else:
        assert existing.read_bytes() == b"%PDF-1.4 last week's report"
        assert _actions(document_clinic.db, document_clinic.patient) == before  # nothing exported
        assert "was not replaced" in window.panel.message_label.text()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_the_question_is_a_real_message_box_and_cancel_writes_nothing(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, document_clinic, tmp_path, prompts=Prompts())
    _choose(qtbot, window, "Clinical course report")
    existing = tmp_path / window.presenter._prepared.file_name  # type: ignore[union-attr]
    existing.write_bytes(b"%PDF-1.4 keep me")
    seen: list[str] = []

    def answer_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_cancel)
            return
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, answer_cancel)
    qtbot.mouseClick(window.panel.save_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith(f"Replace {existing.name}?")
    assert existing.read_bytes() == b"%PDF-1.4 keep me"


def test_printing_to_the_database_file_is_refused_and_audited(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path
) -> None:
    database = Path(str(document_clinic.db.url.database))
    before = database.read_bytes()
    window = _window(qtbot, document_clinic, database.parent, printed=database.name)
    _choose(qtbot, window, "Receipt")
    qtbot.mouseClick(window.panel.print_button, Qt.MouseButton.LeftButton)
    assert "over the database itself" in window.panel.message_label.text()
    assert database.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
    assert _failed(document_clinic.db, document_clinic.patient) == [
        {"document": "receipt", "outcome": "failed", "reason": "database_file"}
    ]
    assert not [p for p in database.parent.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_save_as_onto_a_link_or_folder_is_refused(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, document_clinic, tmp_path)
    _choose(qtbot, window, "Receipt")
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep")
    (tmp_path / "link.pdf").symlink_to(victim)
    (tmp_path / "folder.pdf").mkdir()
    for target, words in [("link.pdf", "symbolic link"), ("folder.pdf", "not a file")]:
        _output(window).answer = tmp_path / target
        qtbot.mouseClick(window.panel.save_button, Qt.MouseButton.LeftButton)
        assert words in window.panel.message_label.text()
    assert victim.read_bytes() == b"keep" and (tmp_path / "link.pdf").is_symlink()
    reasons = [d["reason"] for d in _failed(document_clinic.db, document_clinic.patient)]
    assert reasons == ["symbolic_link", "not_a_regular_file"]


def test_choosing_another_document_shows_that_one_not_the_last(
    qtbot: QtBot, document_clinic: DocumentClinic, tmp_path: Path
) -> None:
    window = _window(qtbot, document_clinic, tmp_path)
    window.resize(1200, 700)
    panel = window.panel
    _choose(qtbot, window, "Clinical course report")
    qtbot.wait(300)
    report = panel.pdf_view.grab().toImage()
    assert "Clinical course report" in panel.document.getAllText(0).text()  # type: ignore[union-attr]
    receipt = next(i.text(0) for i in panel.tree.items() if i.text(0).startswith("Receipt"))
    _choose(qtbot, window, receipt)
    qtbot.waitUntil(
        lambda: (
            panel.document is not None and "Clinical" not in panel.document.getAllText(0).text()
        ),
        timeout=5_000,
    )  # type: ignore[union-attr]
    qtbot.wait(300)
    assert panel.title_label.text().startswith(("Receipt", "Invoice"))
    assert panel.pdf_view.grab().toImage() != report  # the view drew the new document
