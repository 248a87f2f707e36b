"""The Documents panel of a patient: the documents on the left, the chosen one on the
right in a preview, with Print… and Save as…; a busy bar while the PDF is made, and a
warning when some characters could not be printed.

It shows what :class:`~planner.ui.documents.presenter.DocumentsPresenter` hands it and
passes the user's choices back; it reads nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.services.document_advice import HomeAdviceView
from planner.services.document_request import DocumentChoices
from planner.ui.documents.output import load_pdf
from planner.ui.documents.parts import AdviceBox, DocumentTree, RangeRow
from planner.ui.documents.presenter import DocumentsPresenter
from planner.ui.style import ERROR_STYLE
from planner.ui.widgets.headings import heading

_WARNING_STYLE = (
    "background-color: #fff4ce; color: #5c4400; border: 1px solid #e0c36c; padding: 6px;"
)
_OK_STYLE = "color: #1b5e20;"


class DocumentsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presenter: DocumentsPresenter | None = None
        self._document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None

        self.tree = DocumentTree()
        self.range_row = RangeRow()
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.tree, 1)
        left_column.addWidget(self.range_row)

        self.title_label = heading(self.tr("Choose a document"), 1.15)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # moving to and fro: busy, length unknown
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Making the document"))
        self.busy_bar.setVisible(False)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Print this document (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save this document as a PDF file (Ctrl+S)"))
        for button in (self.print_button, self.save_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.busy_bar)
        header.addWidget(self.print_button)
        header.addWidget(self.save_button)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.warning_label = QLabel()
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(_WARNING_STYLE)
        self.warning_label.setVisible(False)
        self.advice_box = AdviceBox()

        self._blank = QPdfDocument(self)
        self.pdf_view = self._new_view()
        self.placeholder = QLabel(
            self.tr("Choose a document on the left to see it here before printing or saving.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.placeholder)
        self.preview_stack.addWidget(self.pdf_view)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addLayout(header)
        right_column.addWidget(self.message_label)
        right_column.addWidget(self.warning_label)
        right_column.addWidget(self.advice_box)
        right_column.addWidget(self.preview_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        left.setMinimumWidth(260)
        self.splitter.setSizes([320, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def attach(self, presenter: DocumentsPresenter) -> None:
        self._presenter = presenter
        self.tree.request_chosen.connect(self._on_tree_request_chosen)
        self.range_row.range_chosen.connect(self._on_range_row_range_chosen)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.advice_box.advice_saved.connect(self._on_advice_box_advice_saved)

    # --- DocumentsView ------------------------------------------------------------------------

    def show_choices(self, choices: DocumentChoices) -> None:
        self.tree.show_choices(choices)
        self.range_row.set_span(choices.first_day, choices.last_day)

    def show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        if busy:
            self.message_label.setVisible(False)
            self.warning_label.setVisible(False)
        ready = not busy and self._presenter is not None and self._presenter.ready
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def show_preview(self, title: str, data: bytes, warning: str | None) -> None:
        self._close_document()
        # A new view for each document: QPdfView renders pages in the background and
        # caches them, and a page of the last document finishing late was once shown
        # under the new one's title (a receipt previewed as the report before it).
        old, self.pdf_view = self.pdf_view, self._new_view()
        self.preview_stack.addWidget(self.pdf_view)
        self.preview_stack.removeWidget(old)
        old.deleteLater()
        self._document, self._buffer = load_pdf(data, self)
        self.pdf_view.setDocument(self._document)
        self.pdf_view.pageNavigator().jump(0, QPointF(), self.pdf_view.zoomFactor())
        self.title_label.setText(title)
        self.warning_label.setText(warning or "")
        self.warning_label.setVisible(bool(warning))
        self.preview_stack.setCurrentWidget(self.pdf_view)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def clear_preview(self, message: str) -> None:
        self._close_document()
        self.title_label.setText(self.tr("Choose a document"))
        self.warning_label.setVisible(False)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.preview_stack.setCurrentWidget(self.placeholder)
        if message:
            self.show_message(message, error=True)

    def show_advice(self, advice: HomeAdviceView | None) -> None:
        self.advice_box.show_advice(advice)

    def show_advice_problem(self, _field: str, message: str) -> None:
        self.advice_box.show_problem(message)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else _OK_STYLE)
        self.message_label.setVisible(bool(text))

    # --- what tests and the window read ---------------------------------------------------------

    @property
    def document(self) -> QPdfDocument | None:
        return self._document

    def _new_view(self) -> QPdfView:
        view = QPdfView()
        view.setDocument(self._blank)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        view.setAccessibleName(self.tr("Preview"))
        return view

    def _close_document(self) -> None:
        if self._document is None:
            return
        # An empty document, not None: QPdfView warns when handed None (Qt's warnings
        # fail the tests, as they may hide a real fault).
        self.pdf_view.setDocument(self._blank)
        if self._document is not None:
            self._document.close()
            self._document.deleteLater()
        if self._buffer is not None:
            self._buffer.close()
        self._document = self._buffer = None

    # --- slots -----------------------------------------------------------------------------------

    def _on_tree_request_chosen(self, request: object) -> None:
        if self._presenter is not None:
            self.message_label.setVisible(False)
            self._presenter.choose(request)  # type: ignore[arg-type]

    def _on_range_row_range_chosen(self, first: object, last: object) -> None:
        if self._presenter is not None:
            self.tree.setCurrentItem(None)  # type: ignore[arg-type]
            self._presenter.choose_range(first, last)  # type: ignore[arg-type]

    def _on_print_button_clicked(self) -> None:
        if self._presenter is not None:
            self._presenter.print_document()

    def _on_save_button_clicked(self) -> None:
        if self._presenter is not None:
            self._presenter.save_as()

    def _on_advice_box_advice_saved(self, choice: object) -> None:
        if self._presenter is not None:
            self._presenter.save_advice(choice)  # type: ignore[arg-type]
