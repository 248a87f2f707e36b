"""Where a document goes from the window: the Save As dialog, the Print dialog, and the
pages drawn onto a printer.

:func:`print_pdf` lays each page of the PDF (rendered by QtPdf, at most 300 dpi) on the
printer's page, fitted and centred, for the pages chosen in the dialog. It works for any
QPrinter, a PDF file in tests included.

Printing to a file ("Print to file" in the dialog) writes the document's own PDF (text,
not page images) exactly as Save as… does (:func:`planner.services.document_files.save_document`:
atomic, owner-only, never into the database, a device or through a link). Only a range of
pages printed to a file goes through the printer: to a temporary file beside the one
chosen, made owner-only and moved over it after the same checks
(:func:`planner.files.place`). The dialog's file name starts in the folder Save as…
opens in (where the system's dialog lets us set it), not the program's own folder.

Save as… does not ask about an existing file itself (``DontConfirmOverwrite``): the
presenter asks "Replace NAME?" through the app's prompts, for the name actually written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRect,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from planner.domain.i18n import translate
from planner.files import place, temporary_beside
from planner.services.document_files import save_document
from planner.ui.settings import UiSettings

MAX_DPI = 300


def load_pdf(data: bytes, parent: object | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading ``data`` (keep the buffer as long as the document)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)  # type: ignore[arg-type]
    document.load(buffer)
    return document, buffer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Draw the pages onto ``printer``; how many were printed."""
    document, buffer = load_pdf(data)
    try:
        first, last = _page_range(printer, document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                _draw_page(painter, document, number - 1, dpi)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        document.close()
        buffer.close()


def _draw_page(painter: QPainter, document: QPdfDocument, page: int, dpi: int) -> None:
    points = document.pagePointSize(page)
    image = document.render(
        page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    )
    area = painter.viewport()
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    target = QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )
    painter.drawImage(target, image)


FileChooser = Callable[[QWidget, str, str, str], str]
"""Asks for a file to save to: (parent, title, suggested path, filter) -> the path chosen,
or "" when cancelled. The application's is Qt's Save As dialog; tests answer at once."""


def native_save_dialog(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    name, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, filters, options=QFileDialog.Option.DontConfirmOverwrite
    )
    return name


def documents_folder() -> Path:
    """The user's Documents folder (their home when the system names none, or it is gone):
    never the program's own folder, which a dialog falls back to for a missing one."""
    text = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(text) if text else Path.home()
    return folder if folder.is_dir() else Path.home()


class QtDocumentOutput:
    """The real dialogs, for one window. Save As opens in the folder last saved to
    (remembered in the user's settings, so the next window and the next run start there),
    else in the user's Documents folder, with the document's suggested name."""

    def __init__(
        self,
        parent: QWidget,
        *,
        settings: UiSettings | None = None,
        choose_file: FileChooser = native_save_dialog,
        start_folder: Callable[[], Path] = documents_folder,
    ) -> None:
        self._parent = parent
        self._settings = settings
        self._choose_file = choose_file
        self._start_folder = start_folder
        self._folder: Path | None = None  # this window's last folder, without settings

    def folder(self) -> Path:
        """Where Save As opens now."""
        last = self._settings.save_folder if self._settings is not None else self._folder
        if last is not None and last.is_dir():
            return last
        return self._start_folder()

    def save_path(self, suggested_name: str) -> Path | None:
        name = self._choose_file(
            self._parent,
            translate("DocumentOutput", "Save the document as"),
            str(self.folder() / suggested_name),
            translate("DocumentOutput", "PDF documents (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._remember(path.parent)
        return path

    def _remember(self, folder: Path) -> None:
        self._folder = folder
        if self._settings is not None:
            self._settings.save_folder = folder
            self._settings.sync()

    def choose_printer(self, title: str, suggested_name: str = "") -> object | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(translate("DocumentOutput", "Print {title}").format(title=title))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        suggest_print_file(dialog, self.folder() / (suggested_name or "document.pdf"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def print_file(self, printer: object) -> Path | None:
        assert isinstance(printer, QPrinter)
        name = printer.outputFileName()
        return Path(name) if name else None

    def print_pages(
        self,
        printer: object,
        data: bytes,
        *,
        protected: tuple[Path, ...] = (),
        replace: bool = False,
    ) -> int:
        """Print ``data``. To a printer's output file: the document's own PDF, written
        like Save as… (a range of pages: the printer's, through a temporary file placed
        over the target after the path rules are checked again; owner-only too)."""
        assert isinstance(printer, QPrinter)
        target = self.print_file(printer)
        if target is None:
            return print_pdf(data, printer)
        count = page_count(data)
        first, last = _page_range(printer, count)
        if (first, last) == (1, count):
            save_document(target, data, protected=protected, replace=replace)
            self._remember(target.parent)
            return count
        temp = temporary_beside(target)
        printer.setOutputFileName(str(temp))
        try:
            pages = print_pdf(data, printer)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        finally:
            printer.setOutputFileName(str(target))
        if not pages:
            temp.unlink(missing_ok=True)
            return 0
        place(temp, target, protected=protected, replace=replace)
        self._remember(target.parent)
        return pages


def page_count(data: bytes) -> int:
    document, buffer = load_pdf(data)
    try:
        return document.pageCount()
    finally:
        document.close()
        buffer.close()


def _page_range(printer: QPrinter, count: int) -> tuple[int, int]:
    """The first and last page chosen in the print dialog (every page by default)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return max(printer.fromPage(), 1), min(printer.toPage() or count, count)
    return 1, count


def suggest_print_file(dialog: QPrintDialog, path: Path) -> None:
    """Start the dialog's "Print to file" name at ``path``. Qt's own dialog offers the
    current or home folder; the system's native dialogs (no such field) keep theirs."""
    field = dialog.findChild(QLineEdit, "filename")
    if field is not None:
        field.setText(str(path))
