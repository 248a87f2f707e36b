"""What the Documents window does, without a window: list a patient's documents, prepare
the one chosen and have it made into a PDF off the main thread, then save it or print it.

:class:`DocumentsPresenter` is plain Python. Reading the record happens on the main
thread through the service (one short transaction, audited as a preview); only the PDF
is made in the background (:class:`planner.ui.tasks.TaskRunner`). A result
that arrives after the user has chosen another document is dropped.

Saving and printing prepare the document again for that use (``Use.EXPORT`` /
``Use.PRINT``: audited, and a receipt takes its number only then, never at the preview)
and write or print THAT document: the preview's PDF only when the record gave the same
content, else the document made again (and shown). The file is written atomically and
owner-only. Questions (where to save, which printer) go through :class:`DocumentOutput`,
so tests answer them.

A file chosen in Save as… or as the printer's output file follows the rules of
:func:`planner.files.check_output_path`: never the open database or its
companions, a folder, device or link (said in the window, audited as a failed export);
an existing PDF is replaced only when the user answers "Replace" to "Replace NAME?"
(``confirm_replace``; nothing is written otherwise). A write that fails is audited as a
failed export too.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.export.model import Receipt
from planner.files import EXISTS, UnsafeOutputPath, check_output_path
from planner.services.document_advice import HomeAdviceChoice, HomeAdviceView
from planner.services.document_files import failure_reason, save_document
from planner.services.document_request import (
    DocumentChoices,
    DocumentKind,
    DocumentRequest,
    PreparedDocument,
    Use,
)
from planner.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from planner.export import RenderedPdf

log = logging.getLogger(__name__)


RECEIPT_NUMBER_NOTE = QT_TRANSLATE_NOOP(  # translated where shown
    "documents",
    "The receipt number is given when the receipt is printed or saved, not by this preview.",
)


class DocumentRecords(Protocol):
    """The part of :class:`planner.services.documents.DocumentService` the window uses."""

    @property
    def may_print_unsigned(self) -> bool: ...

    def choices(self, patient_id: int) -> DocumentChoices: ...

    def prepare(self, request: DocumentRequest, use: Use = ...) -> PreparedDocument: ...

    def record(self, prepared: PreparedDocument, use: Use) -> None: ...

    def record_failure(
        self, prepared: PreparedDocument | DocumentRequest, use: Use, reason: str
    ) -> None: ...

    @property
    def protected_paths(self) -> tuple[Path, ...]: ...

    def home_advice(self, session_id: int) -> HomeAdviceView: ...

    def save_home_advice(
        self, session_id: int, choice: HomeAdviceChoice, expected_version: int | None
    ) -> HomeAdviceView: ...


class DocumentsView(Protocol):
    def show_choices(self, choices: DocumentChoices) -> None: ...

    def show_busy(self, busy: bool) -> None: ...

    def show_preview(self, title: str, data: bytes, warning: str | None) -> None: ...

    def clear_preview(self, message: str) -> None: ...

    def show_advice(self, advice: HomeAdviceView | None) -> None: ...

    def show_advice_problem(self, field: str, message: str) -> None: ...

    def show_message(self, text: str, *, error: bool = False) -> None: ...


class DocumentOutput(Protocol):
    """Where a document goes: the Save As and Print dialogs (tests answer at once)."""

    def save_path(self, suggested_name: str) -> Path | None: ...

    def choose_printer(self, title: str, suggested_name: str = "") -> object | None:
        """The printer chosen (None: cancelled); ``suggested_name`` for a print to file."""
        ...

    def print_file(self, printer: object) -> Path | None:
        """The file the printer writes to ("Print to file"), None for a real printer."""
        ...

    def print_pages(
        self,
        printer: object,
        data: bytes,
        *,
        protected: tuple[Path, ...] = (),
        replace: bool = False,
    ) -> int: ...


class DocumentsPresenter:
    def __init__(
        self,
        records: DocumentRecords,
        view: DocumentsView,
        runner: TaskRunner,
        output: DocumentOutput,
        patient_id: int,
        *,
        can_edit_advice: bool = False,
        save: Callable[..., Path] = save_document,
        confirm_replace: Callable[[str], bool] = lambda _name: False,
    ) -> None:
        """``save(path, data, protected=..., replace=...)`` writes the file;
        ``confirm_replace(file name)`` asks whether an existing PDF may be replaced."""
        self._records = records
        self._view = view
        self._runner = runner
        self._output = output
        self.patient_id = patient_id
        self.can_edit_advice = can_edit_advice
        self._save = save
        self._confirm_replace = confirm_replace
        self._generation = 0
        self._request: DocumentRequest | None = None
        self._prepared: PreparedDocument | None = None
        self._pdf: RenderedPdf | None = None
        self._advice: HomeAdviceView | None = None
        self.choices: DocumentChoices | None = None

    # --- state the window reads ------------------------------------------------------------

    @property
    def request(self) -> DocumentRequest | None:
        return self._request

    @property
    def ready(self) -> bool:
        """A document is shown and may be saved or printed."""
        return self._pdf is not None

    @property
    def busy(self) -> bool:
        return self._request is not None and self._pdf is None and self._prepared is not None

    @property
    def pdf(self) -> RenderedPdf | None:
        return self._pdf

    # --- listing and choosing --------------------------------------------------------------

    def load(self) -> None:
        try:
            self.choices = self._records.choices(self.patient_id)
        except PlannerError as error:
            self._view.show_message(error.user_text(), error=True)
            return
        self._view.show_choices(self.choices)

    def choose(self, request: DocumentRequest | None) -> None:
        """Show ``request``'s document (None clears the preview)."""
        self._generation += 1
        self._request, self._prepared, self._pdf = request, None, None
        self._view.show_advice(None)
        if request is None:
            self._view.show_busy(False)
            self._view.clear_preview("")
            return
        self._prepare(request)

    def choose_range(self, first: dt.date, last: dt.date) -> None:
        self.choose(
            DocumentRequest(DocumentKind.RECEIPT, self.patient_id, date_from=first, date_to=last)
        )

    def refresh(self) -> None:
        """Make the chosen document again (after its advice changed)."""
        if self._request is not None:
            self.choose(self._request)

    def _prepare(self, request: DocumentRequest) -> None:
        try:
            prepared = self._records.prepare(request, Use.PREVIEW)
            advice = self._advice_for(request)
        except PlannerError as error:
            self._view.show_busy(False)
            self._view.clear_preview(error.user_text())
            return
        self._prepared = prepared
        self._advice = advice
        self._view.show_advice(advice)
        self._view.show_busy(True)
        document = prepared.content
        if isinstance(document, Receipt) and not document.receipt_number and not document.draft:
            self._view.show_message(translate("documents", RECEIPT_NUMBER_NOTE))
        generation = self._generation
        self._runner.run(
            prepared.render,
            lambda pdf: self._on_rendered(generation, pdf),
            lambda error: self._on_failed(generation, error),
        )

    def _advice_for(self, request: DocumentRequest) -> HomeAdviceView | None:
        if (
            not self.can_edit_advice
            or request.kind != DocumentKind.TAKE_HOME
            or request.session_id is None
        ):
            return None
        return self._records.home_advice(request.session_id)

    def _on_rendered(self, generation: int, pdf: RenderedPdf) -> None:
        if generation != self._generation or self._prepared is None:
            return  # the user has moved on to another document
        self._pdf = pdf
        self._view.show_busy(False)
        self._view.show_preview(self._prepared.title, pdf.data, pdf.warning)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._view.show_busy(False)
        if isinstance(error, PlannerError):
            self._view.clear_preview(error.user_text())
            return
        self._view.clear_preview(_not_made(error))
        log.error("document not made: %s", type(error).__name__, exc_info=error)

    # --- saving and printing ------------------------------------------------------------------

    def _final(self, use: Use) -> tuple[PreparedDocument, bytes] | None:
        """The document prepared again for ``use`` (audited; a receipt's number taken) and
        its PDF: the preview's when the content is the same, else made again and shown."""
        preview, pdf = self._prepared, self._pdf
        assert preview is not None and pdf is not None
        try:
            final = self._records.prepare(preview.request, use)
        except PlannerError as error:
            self._view.show_message(error.user_text(), error=True)
            return None
        if final.content == preview.content:
            return final, pdf.data
        try:
            fresh = final.render()
        except PlannerError as error:
            self._view.show_message(error.user_text(), error=True)
            return None
        except Exception as error:
            self._view.show_message(_not_made(error), error=True)
            log.error("document not made: %s", type(error).__name__, exc_info=error)
            return None
        self._generation += 1  # a preview still being made for the old content is dropped
        self._prepared, self._pdf = final, fresh
        self._view.show_preview(final.title, fresh.data, fresh.warning)
        return final, fresh.data

    def save_as(self) -> Path | None:
        prepared, pdf = self._prepared, self._pdf
        if prepared is None or pdf is None:
            return None
        path = self._output.save_path(prepared.file_name)
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        replace = self._may_write(prepared, Use.EXPORT, path)
        if replace is None:
            return None
        final = self._final(Use.EXPORT)
        if final is None:
            return None
        prepared, data = final
        try:
            written = self._save(
                path, data, protected=self._records.protected_paths, replace=replace
            )
        except PlannerError as error:
            self._not_written(prepared, Use.EXPORT, error)
            return None
        self._view.show_message(translate("documents", "Saved as {path}.").format(path=written))
        return written

    def print_document(self) -> int:
        """Ask for a printer and print every page; how many pages went (0: cancelled)."""
        prepared, pdf = self._prepared, self._pdf
        if prepared is None or pdf is None:
            return 0
        printer = self._output.choose_printer(prepared.title, prepared.file_name)
        if printer is None:
            return 0
        into = self._output.print_file(printer)
        replace = False
        if into is not None:  # "Print to file": the same rules as Save as…
            checked = self._may_write(prepared, Use.PRINT, into)
            if checked is None:
                return 0
            replace = checked
        final = self._final(Use.PRINT)
        if final is None:
            return 0
        prepared, data = final
        try:
            pages = self._output.print_pages(
                printer, data, protected=self._records.protected_paths, replace=replace
            )
        except PlannerError as error:
            self._not_written(prepared, Use.PRINT, error)
            return 0
        if into is not None:
            printed = translate("documents", "Printed %n page(s) to {path}.", None, pages)
            self._view.show_message(printed.format(path=into))
            return pages
        self._view.show_message(
            translate("documents", "Sent %n page(s) to the printer.", None, pages)
        )
        return pages

    def _may_write(self, prepared: PreparedDocument, use: Use, path: Path) -> bool | None:
        """Whether ``path`` may be written: False (a new file), True (an existing PDF the
        user agreed to replace) or None (refused and said, or not replaced)."""
        protected = self._records.protected_paths
        try:
            check_output_path(path, protected=protected)
            return False
        except UnsafeOutputPath as error:
            refusal = error
        if refusal.reason == EXISTS:
            try:
                check_output_path(path, protected=protected, replace=True)
            except UnsafeOutputPath as error:
                refusal = error
            else:
                if self._confirm_replace(path.name):
                    return True
                kept = translate("documents", "{name} was not replaced; nothing was saved.")
                self._view.show_message(kept.format(name=path.name))
                return None
        self._not_written(prepared, use, refusal)
        return None

    def _not_written(self, prepared: PreparedDocument, use: Use, error: PlannerError) -> None:
        """Say why, and audit the failed export (a reason code, never the path)."""
        message = error.user_text()
        if isinstance(error, UnsafeOutputPath) and error.reason == EXISTS:
            # Not the command line's --force.
            message = translate("documents", "{problem} Choose another file name.").format(
                problem=error.message
            )
        self._view.show_message(message, error=True)
        try:
            self._records.record_failure(prepared, use, failure_reason(error))
        except PlannerError as problem:
            log.warning("failed export not audited: %s", type(problem).__name__)

    # --- home advice ----------------------------------------------------------------------------

    def save_advice(self, choice: HomeAdviceChoice) -> bool:
        """Store the advice ticked for the chosen session's sheet, then show it again."""
        advice = self._advice
        if advice is None:
            return False
        try:
            self._advice = self._records.save_home_advice(advice.session_id, choice, advice.version)
        except ValidationError as error:
            self._view.show_advice_problem(error.field, error.message)
            return False
        except PlannerError as error:
            self._view.show_message(error.user_text(), error=True)
            return False
        self._view.show_message(translate("documents", "Home advice saved."))
        self.refresh()
        return True


def _not_made(error: BaseException) -> str:
    """What a screen says when a document could not be made (an unexpected error)."""
    return translate(
        "documents", "The document could not be made ({error}); the details are in the log."
    ).format(error=type(error).__name__)
