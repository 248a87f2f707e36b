"""Where a document goes from the window: the Save As dialog, the Print dialog, and the
pages drawn onto a printer.

:func:`print_pdf` lays each page of the PDF (rendered by QtPdf, at most 300 dpi) on the
printer's page, fitted and centred, for the pages chosen in the dialog. It works for any
QPrinter, a PDF file in tests included.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

MAX_DPI = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentOutput", text)


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
        count = document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(printer.fromPage(), 1), min(printer.toPage() or count, count)
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


class QtDocumentOutput:
    """The real dialogs, for one window; remembers the folder last saved to."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._folder = Path(documents or Path.home())

    def save_path(self, suggested_name: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            _tr("Save the document as"),
            str(self._folder / suggested_name),
            _tr("PDF documents (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        self._folder = path.parent
        return path

    def choose_printer(self, title: str) -> object | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(_tr("Print {title}").format(title=title))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def print_pages(self, printer: object, data: bytes) -> int:
        assert isinstance(printer, QPrinter)
        return print_pdf(data, printer)
