"""The Documents window of one patient.

:class:`~planner.ui.documents.screens.DocumentScreens` (for users who may print
something: reception and practitioners) makes a :class:`DocumentsWindow` per patient — the
:class:`~planner.ui.documents.panel.DocumentsPanel` with its presenter, its background
worker and the real Save As and Print dialogs. "Replace NAME?" before an existing PDF is
replaced is asked through the app's :class:`~planner.ui.prompts.Prompts`. Closing the
window waits for a PDF still being made, so no result arrives for a window that is gone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from planner.ui.documents.output import QtDocumentOutput
from planner.ui.documents.panel import DocumentsPanel
from planner.ui.documents.presenter import DocumentOutput, DocumentRecords, DocumentsPresenter
from planner.ui.prompts import Prompts
from planner.ui.tasks import BackgroundTasks, TaskRunner


class DocumentsWindow(QDialog):
    def __init__(
        self,
        records: DocumentRecords,
        patient_id: int,
        patient_name: str,
        *,
        can_edit_advice: bool,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        output: Callable[[QWidget], DocumentOutput] = QtDocumentOutput,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self._prompts = prompts or Prompts()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self.tr("Documents — {name}").format(name=patient_name))
        self.tasks = BackgroundTasks(self)
        self.panel = DocumentsPanel()
        self.presenter = DocumentsPresenter(
            records,
            self.panel,
            runner or self.tasks,
            output(self),
            patient_id,
            can_edit_advice=can_edit_advice,
            confirm_replace=self._confirm_replace,
        )
        self.panel.attach(self.presenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.panel)
        self._size_to_screen()
        self.presenter.load()
        self.panel.tree.setFocus()  # arrow keys choose a document at once

    def _confirm_replace(self, name: str) -> bool:
        return self._prompts.confirm(
            self,
            self.tr("Replace the file?"),
            self.tr(
                "Replace {name}?\n\nA file of that name is already there; it will be "
                "replaced by this document."
            ).format(name=name),
            self.tr("Replace"),
        )

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.resize(min(1180, area.width() - 40), min(860, area.height() - 60))

    def done(self, result: int) -> None:
        self.tasks.wait()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.wait()
        super().closeEvent(event)
