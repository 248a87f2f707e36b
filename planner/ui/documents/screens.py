"""The builder of Documents windows that ``app.py`` hands the patient screens.

Kept light on purpose: the window itself (QtPdf, Qt's printing, ReportLab behind the
documents service) loads when a user first opens it, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from planner.domain.access import Action
from planner.services.actor import Actor
from planner.ui.prompts import Prompts
from planner.ui.settings import UiSettings

if TYPE_CHECKING:
    from planner.ui.documents.output import FileChooser
    from planner.ui.documents.presenter import DocumentOutput, DocumentRecords
    from planner.ui.documents.window import DocumentsWindow


class DocumentScreens:
    """Documents windows for one signed-in user whose roles print something."""

    def __init__(
        self,
        records_for: Callable[[], DocumentRecords],
        actor: Actor,
        *,
        output: Callable[[QWidget], DocumentOutput] | None = None,
        prompts: Prompts | None = None,
    ) -> None:
        """``output`` makes a window's Save As and Print dialogs (None: the real ones;
        tests answer them without a modal dialog); ``prompts`` asks "Replace NAME?"."""
        self._records_for = records_for
        self._actor = actor
        self._output = output
        self._prompts = prompts

    @staticmethod
    def allowed(actor: Actor) -> bool:
        return actor.can(Action.PRINT_RECEIPT) or actor.can(Action.PRINT_SIGNED_TAKE_HOME)

    def window(self, parent: QWidget | None, patient_id: int, name: str) -> DocumentsWindow:
        """The patient's Documents window, not shown yet."""
        from planner.ui.documents.window import (  # first use: QtPdf loads
            DocumentsWindow,
            QtDocumentOutput,
        )

        return DocumentsWindow(
            self._records_for(),
            patient_id,
            name,
            can_edit_advice=self._actor.can(Action.RECORD_SESSION),
            parent=parent,
            output=self._output or QtDocumentOutput,
            prompts=self._prompts,
        )


def qt_document_output(
    settings: UiSettings, choose_file: FileChooser | None, parent: QWidget
) -> DocumentOutput:
    """A Documents window's Save As and Print dialogs; Save As opens in the folder this
    user last saved to (kept in the settings), else in their Documents folder."""
    from planner.ui.documents.output import QtDocumentOutput  # loads with the window

    if choose_file is None:
        return QtDocumentOutput(parent, settings=settings)
    return QtDocumentOutput(parent, settings=settings, choose_file=choose_file)
