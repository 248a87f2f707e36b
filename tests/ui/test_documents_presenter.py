"""The Documents presenter without a window: choosing, making the PDF in the background
(late results dropped), saving, printing, home advice, and problems shown plainly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from planner.domain.errors import EnvironmentProblem, PlannerError, ValidationError
from planner.export.model import HomeAdvice
from planner.services.document_advice import HomeAdviceChoice, HomeAdviceView
from planner.services.document_request import (
    DocumentChoices,
    DocumentKind,
    DocumentRequest,
    PreparedDocument,
    Use,
)
from planner.services.guard import AccessDenied
from planner.ui.documents.presenter import RECEIPT_NUMBER_NOTE, DocumentsPresenter
from planner.ui.tasks import RunAtOnce
from tests.unit.export import pdf_reading, samples

SHEET = DocumentRequest(DocumentKind.TAKE_HOME, 7, session_id=31)
RECEIPT = DocumentRequest(DocumentKind.RECEIPT, 7, session_id=31)


@dataclass
class FakeRecords:
    may_print_unsigned: bool = True
    prepared: list[tuple[DocumentRequest, Use]] = field(default_factory=list)
    recorded: list[tuple[str, Use]] = field(default_factory=list)
    advice: HomeAdviceView = field(default_factory=lambda: HomeAdviceView(31, carried_from=1))
    refuse: PlannerError | None = None
    saved_advice: list[tuple[int, HomeAdviceChoice, int | None]] = field(default_factory=list)
    failures: list[tuple[Use, str]] = field(default_factory=list)
    protected: tuple[Path, ...] = ()
    numbered_at_output: bool = False

    def choices(self, patient_id: int) -> DocumentChoices:
        if self.refuse:
            raise self.refuse
        return DocumentChoices(patient_id, "000042", (), None, None)

    def prepare(self, request: DocumentRequest, use: Use = Use.PREVIEW) -> PreparedDocument:
        if self.refuse:
            raise self.refuse
        self.prepared.append((request, use))
        if use != Use.PREVIEW:  # prepared again to be saved or printed: audited as that
            self.recorded.append(("Title", use))
        content: Any
        if request.kind == DocumentKind.TAKE_HOME:
            content = samples.take_home()
        elif self.numbered_at_output:  # a receipt's number is given when saved or printed
            number = "" if use == Use.PREVIEW else f"R-{len(self.recorded):06d}"
            content = samples.receipt(2, receipt_number=number)
        else:
            content = samples.receipt(2)
        return PreparedDocument(request, content, "session", 31, "Title", "doc.pdf")

    def record(self, prepared: PreparedDocument, use: Use) -> None:
        if self.refuse:
            raise self.refuse
        self.recorded.append((prepared.title, use))

    def record_failure(
        self, prepared: PreparedDocument | DocumentRequest, use: Use, reason: str
    ) -> None:
        self.failures.append((use, reason))

    @property
    def protected_paths(self) -> tuple[Path, ...]:
        return self.protected

    def home_advice(self, session_id: int) -> HomeAdviceView:
        return self.advice

    def save_home_advice(
        self, session_id: int, choice: HomeAdviceChoice, expected_version: int | None
    ) -> HomeAdviceView:
        if choice.note == "bad":
            raise ValidationError("advice_note", "Your own advice: contains a control character.")
        self.saved_advice.append((session_id, choice, expected_version))
        self.advice = HomeAdviceView(session_id, choice, version=(expected_version or 0) + 1)
        return self.advice


@dataclass
class FakeView:
    calls: list[tuple[str, Any]] = field(default_factory=list)

    def __getattr__(self, name: str) -> Callable[..., None]:
        def record(*args: Any, **kwargs: Any) -> None:
            self.calls.append((name, args if not kwargs else (*args, kwargs)))

        return record

    def last(self, name: str) -> Any:
        return next(args for call, args in reversed(self.calls) if call == name)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@dataclass
class FakeOutput:
    path: Path | None = None
    printer: object | None = None
    asked: list[str] = field(default_factory=list)
    printed: list[bytes] = field(default_factory=list)
    suggested: list[str] = field(default_factory=list)

    def save_path(self, suggested_name: str) -> Path | None:
        self.asked.append(suggested_name)
        return self.path

    def choose_printer(self, title: str, suggested_name: str = "") -> object | None:
        self.asked.append(title)
        self.suggested.append(suggested_name)
        return self.printer

    to_file: Path | None = None

    def print_file(self, printer: object) -> Path | None:
        return self.to_file

    def print_pages(self, printer: object, data: bytes, **_rules: Any) -> int:
        self.printed.append(data)
        return 2


class LaterRunner:
    """Holds work back until the test lets it finish, in any order."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], object], Callable[..., object]]]
        self.jobs = []

    def run(self, work: Any, done: Any, failed: Any) -> None:
        self.jobs.append((work, done, failed))

    def finish(self, index: int) -> None:
        work, done, failed = self.jobs[index]
        try:
            value = work()
        except Exception as error:
            failed(error)
        else:
            done(value)


def _presenter(
    records: FakeRecords | None = None,
    runner: Any = None,
    output: FakeOutput | None = None,
    **kwargs: Any,
) -> tuple[DocumentsPresenter, FakeRecords, FakeView, FakeOutput]:
    records = records or FakeRecords()
    view = FakeView()
    output = output or FakeOutput()
    presenter = DocumentsPresenter(records, view, runner or RunAtOnce(), output, 7, **kwargs)
    return presenter, records, view, output


def test_choosing_prepares_on_the_spot_and_shows_the_pdf() -> None:
    presenter, records, view, _ = _presenter()
    presenter.load()
    assert view.last("show_choices")[0].chart_number == "000042"
    presenter.choose(RECEIPT)
    assert records.prepared == [(RECEIPT, Use.PREVIEW)]
    title, data, warning = view.last("show_preview")
    assert title == "Title" and data.startswith(b"%PDF") and warning is None
    assert presenter.ready and presenter.pdf is not None
    assert view.last("show_advice") == (None,)  # not a take-home sheet
    assert ("show_busy", (True,)) in view.calls and view.last("show_busy") == (False,)


def test_a_result_for_an_earlier_choice_is_dropped() -> None:
    runner = LaterRunner()
    presenter, _, view, _ = _presenter(runner=runner)
    presenter.choose(SHEET)
    presenter.choose(RECEIPT)
    assert presenter.busy and not presenter.ready
    runner.finish(0)  # the take-home sheet, no longer wanted
    assert "show_preview" not in view.names()
    runner.finish(1)
    assert presenter.ready and presenter.request == RECEIPT
    assert view.names().count("show_preview") == 1
    presenter.choose(None)
    assert not presenter.ready and view.last("clear_preview") == ("",)


def test_a_refusal_or_failure_is_shown_in_place_of_the_preview() -> None:
    records = FakeRecords(refuse=AccessDenied("Your account (reza) is not allowed to x."))
    presenter, _, view, _ = _presenter(records)
    presenter.choose(SHEET)
    assert "not allowed" in view.last("clear_preview")[0]
    presenter.load()
    assert view.last("show_message") == (
        "Your account (reza) is not allowed to x.",
        {"error": True},
    )

    def broken() -> None:
        raise ValueError("a bug")

    runner = LaterRunner()
    presenter, _, view, _ = _presenter(runner=runner)
    presenter.choose(SHEET)
    runner.jobs[0] = (broken, *runner.jobs[0][1:])
    runner.finish(0)
    assert "could not be made (ValueError)" in view.last("clear_preview")[0]
    assert not presenter.ready


def test_the_missing_glyph_warning_reaches_the_view() -> None:
    presenter, records, view, _ = _presenter()
    odd = replace(samples.take_home(), advice_note="\U00013000")

    def prepare(request: DocumentRequest, use: Use = Use.PREVIEW) -> PreparedDocument:
        return PreparedDocument(request, odd, "session", 31, "Sheet", "s.pdf")

    records.prepare = prepare  # type: ignore[method-assign]
    presenter.choose(SHEET)
    warning = view.last("show_preview")[2]
    assert warning and "U+13000" in warning


def test_save_as_audits_then_writes_and_says_where(tmp_path: Path) -> None:
    written: list[tuple[Path, bytes]] = []

    def save(path: Path, data: bytes, **_rules: Any) -> Path:
        written.append((path, data))
        return path

    output = FakeOutput(path=tmp_path / "sheet")
    presenter, records, view, _ = _presenter(output=output, save=save)
    assert presenter.save_as() is None  # nothing chosen yet
    presenter.choose(SHEET)
    path = presenter.save_as()
    assert path == tmp_path / "sheet.pdf" and output.asked == ["doc.pdf"]
    assert records.recorded == [("Title", Use.EXPORT)]
    assert written[0][1].startswith(b"%PDF")
    assert "Saved as" in view.last("show_message")[0]
    output.path = None  # cancelled: nothing audited, nothing written
    assert presenter.save_as() is None and len(records.recorded) == 1


def test_a_save_that_fails_is_a_message(tmp_path: Path) -> None:
    def full(path: Path, data: bytes, **_rules: Any) -> Path:
        raise EnvironmentProblem("The document could not be saved as a.pdf: disk full.")

    presenter, _, view, _ = _presenter(output=FakeOutput(path=tmp_path / "a.pdf"), save=full)
    presenter.choose(RECEIPT)
    assert presenter.save_as() is None
    assert view.last("show_message") == (
        "The document could not be saved as a.pdf: disk full.",
        {"error": True},
    )


def test_print_asks_for_a_printer_audits_then_prints() -> None:
    output = FakeOutput(printer=None)
    presenter, records, view, _ = _presenter(output=output)
    presenter.choose(RECEIPT)
    assert presenter.print_document() == 0 and records.recorded == []  # cancelled
    output.printer = object()
    assert presenter.print_document() == 2
    assert records.recorded == [("Title", Use.PRINT)]
    assert output.printed[0].startswith(b"%PDF")
    assert "2 pages" in view.last("show_message")[0]


def test_home_advice_for_a_practitioners_take_home_sheet() -> None:
    presenter, records, view, _ = _presenter(can_edit_advice=True)
    presenter.choose(RECEIPT)
    assert view.last("show_advice") == (None,)
    presenter.choose(SHEET)
    assert view.last("show_advice")[0].carried_from == 1
    assert not presenter.save_advice(HomeAdviceChoice(note="bad"))
    assert view.last("show_advice_problem") == (
        "advice_note",
        "Your own advice: contains a control character.",
    )
    choice = HomeAdviceChoice(frozenset({HomeAdvice.RELAXATION}), "Breathe.", True)
    assert presenter.save_advice(choice)
    assert records.saved_advice == [(31, choice, None)]
    assert view.last("show_advice")[0].version == 1  # shown again, as saved
    assert records.prepared[-1] == (SHEET, Use.PREVIEW)  # and the sheet made again
    assert view.last("show_message") == ("Home advice saved.",)


def test_reception_never_asks_for_home_advice() -> None:
    presenter, records, view, _ = _presenter(can_edit_advice=False)
    records.home_advice = None  # type: ignore[assignment]  # would fail if called
    presenter.choose(SHEET)
    assert presenter.ready and view.last("show_advice") == (None,)
    assert not presenter.save_advice(HomeAdviceChoice())


@pytest.mark.parametrize("first", [dt.date(2026, 11, 1)])
def test_a_receipt_for_a_date_range(first: dt.date) -> None:
    presenter, records, _, _ = _presenter()
    presenter.choose_range(first, dt.date(2026, 11, 30))
    request = records.prepared[-1][0]
    assert (request.kind, request.date_from, request.date_to) == (
        DocumentKind.RECEIPT,
        first,
        dt.date(2026, 11, 30),
    )


# --- safe output paths (issue 19): refused paths, "Replace NAME?", failed exports audited ---


def test_the_database_is_refused_said_and_audited_as_a_failed_export(tmp_path: Path) -> None:
    database = tmp_path / "clinic.sqlite3"
    database.write_bytes(b"SQLite format 3\x00")
    records = FakeRecords(protected=(database, tmp_path / "clinic.sqlite3-wal"))
    output = FakeOutput(printer=object(), to_file=tmp_path / "clinic.sqlite3-wal")
    presenter, _, view, _ = _presenter(records=records, output=output)
    presenter.choose(RECEIPT)
    assert presenter.print_document() == 0 and output.printed == []  # print to file
    message, flags = view.last("show_message")
    assert "over the database itself" in message and flags == {"error": True}
    assert records.recorded == []  # nothing printed
    assert records.failures == [(Use.PRINT, "database_file")]
    output.path = tmp_path / "clinic.pdf"  # Save as… a database someone named .pdf
    records.protected = (output.path,)
    output.path.write_bytes(b"SQLite format 3\x00")
    assert presenter.save_as() is None
    assert records.failures[-1] == (Use.EXPORT, "database_file")
    assert output.path.read_bytes() == b"SQLite format 3\x00"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic.pdf", "clinic.sqlite3"]


@pytest.mark.parametrize("answer", [False, True])
def test_an_existing_pdf_is_replaced_only_when_the_user_says_so(
    tmp_path: Path, answer: bool
) -> None:
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"%PDF-1.4 the earlier one")
    asked: list[str] = []

    def confirm(name: str) -> bool:
        asked.append(name)
        return answer

    presenter, records, view, _ = _presenter(
        output=FakeOutput(path=target), confirm_replace=confirm
    )
    presenter.choose(RECEIPT)
    written = presenter.save_as()
    assert asked == ["doc.pdf"]
    if answer:
        assert written == target and target.read_bytes().startswith(b"%PDF-1.")
        assert target.read_bytes() != b"%PDF-1.4 the earlier one"
        assert records.recorded == [("Title", Use.EXPORT)] and records.failures == []
    else:
        assert written is None and target.read_bytes() == b"%PDF-1.4 the earlier one"
        assert records.recorded == [] and records.failures == []
        assert "was not replaced" in view.last("show_message")[0]


def test_a_file_that_is_not_a_pdf_is_never_replaced_and_not_asked(tmp_path: Path) -> None:
    target = tmp_path / "notes.pdf"
    target.write_bytes(b"my notes, not a PDF")
    asked: list[str] = []
    presenter, records, view, _ = _presenter(
        output=FakeOutput(path=target), confirm_replace=lambda name: asked.append(name) or True
    )
    presenter.choose(RECEIPT)
    assert presenter.save_as() is None
    assert asked == [] and target.read_bytes() == b"my notes, not a PDF"
    assert records.failures == [(Use.EXPORT, "not_replaceable")]
    assert "not a PDF" in view.last("show_message")[0]


def test_a_write_that_fails_is_audited_as_a_failed_export(tmp_path: Path) -> None:
    def full(path: Path, data: bytes, **_rules: Any) -> Path:
        raise EnvironmentProblem("The document could not be saved as a.pdf: disk full.")

    presenter, records, _, _ = _presenter(output=FakeOutput(path=tmp_path / "a.pdf"), save=full)
    presenter.choose(RECEIPT)
    assert presenter.save_as() is None
    assert records.recorded == [("Title", Use.EXPORT)]
    assert records.failures == [(Use.EXPORT, "write_failed")]


def test_printing_to_a_file_follows_the_same_rules(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    output = FakeOutput(printer=object(), to_file=folder)
    presenter, records, view, _ = _presenter(output=output)
    presenter.choose(RECEIPT)
    assert presenter.print_document() == 0 and output.printed == []
    assert records.failures == [(Use.PRINT, "not_a_regular_file")]
    assert "not a file" in view.last("show_message")[0]
    output.to_file = tmp_path / "printed.pdf"
    assert presenter.print_document() == 2
    assert records.recorded == [("Title", Use.PRINT)]
    assert view.last("show_message") == (f"Printed 2 pages to {tmp_path / 'printed.pdf'}.",)


# --- saving and printing prepare the document again (issue 16: a preview takes no number) --


def test_a_receipt_preview_says_the_number_comes_at_print_or_save(tmp_path: Path) -> None:
    written: list[bytes] = []

    def save(path: Path, data: bytes, **_rules: Any) -> Path:
        written.append(data)
        return path

    records = FakeRecords(numbered_at_output=True)
    output = FakeOutput(path=tmp_path / "r.pdf", printer=object())
    presenter, _, view, _ = _presenter(records=records, output=output, save=save)
    presenter.choose(RECEIPT)
    assert ("show_message", (RECEIPT_NUMBER_NOTE,)) in view.calls
    preview = view.last("show_preview")[1]
    assert presenter.save_as() == tmp_path / "r.pdf"
    assert records.prepared == [(RECEIPT, Use.PREVIEW), (RECEIPT, Use.EXPORT)]
    assert written[0] != preview  # the numbered receipt, made again, not the preview's
    assert "R-000001" in pdf_reading.text(written[0])
    assert view.last("show_preview")[1] == written[0]  # and shown
    assert presenter.print_document() == 2
    assert records.prepared[-1] == (RECEIPT, Use.PRINT)
    assert "R-000002" in pdf_reading.text(output.printed[-1])
    assert output.suggested == ["doc.pdf"]  # a print to file starts with the document's name


def test_the_same_content_saves_the_preview_without_making_it_again(tmp_path: Path) -> None:
    written: list[bytes] = []

    def save(path: Path, data: bytes, **_rules: Any) -> Path:
        written.append(data)
        return path

    presenter, records, view, _ = _presenter(output=FakeOutput(path=tmp_path / "s"), save=save)
    presenter.choose(SHEET)
    assert ("show_message", (RECEIPT_NUMBER_NOTE,)) not in view.calls
    shown = [name for name in view.names() if name == "show_preview"]
    presenter.save_as()
    assert written == [view.last("show_preview")[1]]
    assert [name for name in view.names() if name == "show_preview"] == shown
    assert records.prepared == [(SHEET, Use.PREVIEW), (SHEET, Use.EXPORT)]


def test_a_refusal_when_prepared_again_writes_nothing(tmp_path: Path) -> None:
    written: list[bytes] = []
    presenter, records, view, output = _presenter(
        output=FakeOutput(path=tmp_path / "s.pdf", printer=object()),
        save=lambda path, data, **_: written.append(data),
    )
    presenter.choose(SHEET)
    records.refuse = AccessDenied("You may not print this document.")
    assert presenter.save_as() is None and presenter.print_document() == 0
    assert written == [] and output.printed == []
    assert view.last("show_message")[1] == {"error": True}
