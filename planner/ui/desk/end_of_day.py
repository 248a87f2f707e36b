"""The End of day dialog: a date's takings totals (by method, by practitioner, received,
refunds, net) shown in the dialog, and the buttons that save the takings as a PDF or a
CSV file and the day sheet (everyone's, or one practitioner's) as a PDF.

:class:`EndOfDayPresenter` (plain Python, tested without a window) reads the date typed,
calls :class:`~planner.services.takings.DayReportService` and writes the files with
:func:`~planner.services.takings.save_report`; :class:`EndOfDayDialog` lays out the
controls and shows what the presenter says: a date that is not YYYY-MM-DD or an unknown
practitioner at its field, a file refused or not written in the dialog's message bar,
everything typed kept. The file chooser is injected (``choose_file``: the system's Save
As dialog by default, which asks before replacing a file), so tests answer it at once.

Open it with :func:`open_end_of_day` (non-blocking, never ``exec()``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.export.labels import money
from planner.export.takings import Takings, method_label
from planner.services.takings import DayReportService, ReportFormat, save_report
from planner.ui.documents.output import FileChooser, documents_folder
from planner.ui.forms import FieldErrors
from planner.ui.widgets.inputs import DateLine
from planner.ui.widgets.message_bar import MessageBar

EVERYONE = ""  # the practitioner combo's data for everyone's day sheet
_FILTERS = {  # translated where the Save As dialog is opened
    "pdf": QT_TRANSLATE_NOOP("EndOfDay", "PDF documents (*.pdf)"),
    "csv": QT_TRANSLATE_NOOP("EndOfDay", "CSV files (*.csv)"),
}


def save_dialog(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """The system's Save As dialog (it asks before replacing an existing file)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return name


@dataclass(frozen=True, slots=True)
class TotalLine:
    """A line of the totals table: a heading (no amount) or a name and its amount."""

    text: str
    amount: str = ""
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an action came to: a problem at a field, a message, or nothing."""

    field: str | None = None
    message: str = ""
    saved: Path | None = None
    cancelled: bool = False  # the file chooser was closed: nothing changes


def total_lines(takings: Takings) -> list[TotalLine]:
    currency = takings.clinic.currency
    lines = [TotalLine(translate("EndOfDay", "By method"), heading=True)]
    lines += [TotalLine(method_label(m), money(c, currency)) for m, c in takings.by_method]
    if not takings.by_method:
        lines.append(TotalLine(translate("EndOfDay", "No payments recorded")))
    lines.append(TotalLine(translate("EndOfDay", "By practitioner"), heading=True))
    lines += [TotalLine(name, money(c, currency)) for name, c in takings.by_practitioner]
    lines.append(TotalLine(translate("EndOfDay", "Totals"), heading=True))
    lines.append(
        TotalLine(translate("EndOfDay", "Received"), money(takings.received_cents, currency))
    )
    lines.append(
        TotalLine(translate("EndOfDay", "Refunds"), money(takings.refunds_cents, currency))
    )
    lines.append(TotalLine(translate("EndOfDay", "Net total"), money(takings.net_cents, currency)))
    return lines


class EndOfDayPresenter:
    """The dialog's decisions, without widgets."""

    def __init__(
        self,
        service: DayReportService,
        today: dt.date,
        folder: Callable[[], Path] = documents_folder,
    ) -> None:
        self._service = service
        self.today = today
        self._folder = folder
        self.takings: Takings | None = None

    def practitioners(self) -> list[tuple[str, str]]:
        """(name shown, username) of each practitioner; everyone's first."""
        people = [(name, username) for username, name in self._service.practitioners()]
        return [(translate("EndOfDay", "Everyone"), EVERYONE), *people]

    def day(self, text: str) -> dt.date:
        try:
            return dt.date.fromisoformat(text.strip())
        except ValueError:
            raise ValidationError(
                "day", translate("EndOfDay", "Date: a date as YYYY-MM-DD.")
            ) from None

    def load(self, day_text: str) -> Outcome:
        """The takings of the date typed (kept in :attr:`takings`)."""
        try:
            self.takings = self._service.takings(self.day(day_text))
        except PlannerError as error:
            return _problem(error)
        return Outcome()

    def suggested(self, day: dt.date, kind: str, practitioner: str = EVERYONE) -> Path:
        if kind == "day_sheet":
            who = f"-{practitioner.lower()}" if practitioner else ""
            return self._folder() / f"day-sheet-{day.isoformat()}{who}.pdf"
        return self._folder() / f"takings-{day.isoformat()}.{kind}"

    def save_takings(
        self, day_text: str, file_format: ReportFormat, choose: Callable[[Path], str]
    ) -> Outcome:
        """Ask where, then make and write the takings file (nothing when cancelled)."""
        try:
            day = self.day(day_text)
            target = _with_suffix(choose(self.suggested(day, file_format)), file_format)
            if target is None:
                return Outcome(cancelled=True)
            report = self._service.takings_file(day, file_format)
            written = save_report(
                target, report, protected=self._service.protected_paths, replace=True
            )
        except PlannerError as error:
            return _problem(error)
        return Outcome(
            message=translate("EndOfDay", "Saved {path}.").format(path=written), saved=written
        )

    def save_day_sheet(
        self, day_text: str, practitioner: str, choose: Callable[[Path], str]
    ) -> Outcome:
        """Ask where, then make and write the day sheet (nothing when cancelled)."""
        try:
            day = self.day(day_text)
            target = _with_suffix(choose(self.suggested(day, "day_sheet", practitioner)), "pdf")
            if target is None:
                return Outcome(cancelled=True)
            report = self._service.day_sheet_file(day, practitioner or None)
            written = save_report(
                target, report, protected=self._service.protected_paths, replace=True
            )
        except PlannerError as error:
            return _problem(error)
        message = translate("EndOfDay", "Saved {path}.").format(path=written)
        if report.warning:
            message += " " + report.warning
        return Outcome(message=message, saved=written)


def _with_suffix(name: str, suffix: str) -> Path | None:
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")


def _problem(error: PlannerError) -> Outcome:
    if isinstance(error, ValidationError):
        return Outcome(field=error.field, message=error.user_text())
    return Outcome(message=error.user_text())


class EndOfDayDialog(QDialog):
    """The End of day window (see the module's note)."""

    def __init__(
        self,
        presenter: EndOfDayPresenter,
        parent: QWidget | None = None,
        *,
        choose_file: FileChooser = save_dialog,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End of day"))
        self.setObjectName("end_of_day")
        self._presenter = presenter
        self._choose_file = choose_file
        self.errors = FieldErrors()
        self.message = MessageBar()
        self.day_edit = DateLine()
        self.day_edit.setText(presenter.today.isoformat())
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setAutoDefault(False)
        day_row = QWidget()
        row = QHBoxLayout(day_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day_edit)
        row.addWidget(self.show_button)
        row.addStretch(1)
        self.practitioner_box = QComboBox()
        self.totals = QTableWidget(0, 2)
        self.totals.setAccessibleName(self.tr("Totals by method and by practitioner"))
        self.totals.setObjectName("totals")
        self.totals.setHorizontalHeaderLabels([self.tr("Takings"), self.tr("Amount")])
        self.totals.verticalHeader().setVisible(False)
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.totals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        form = QFormLayout()
        self.errors.add_row(form, "day", self.tr("&Date:"), day_row, focus=self.day_edit)
        self.pdf_button = QPushButton(self.tr("Save takings as &PDF…"))
        self.csv_button = QPushButton(self.tr("Save takings as &CSV…"))
        self.sheet_button = QPushButton(self.tr("Save day &sheet…"))
        for button in (self.pdf_button, self.csv_button, self.sheet_button):
            button.setAutoDefault(False)
        takings_row = QHBoxLayout()
        takings_row.addWidget(self.pdf_button)
        takings_row.addWidget(self.csv_button)
        takings_row.addStretch(1)
        sheet_form = QFormLayout()
        self.errors.add_row(
            sheet_form, "practitioner", self.tr("Day sheet &for:"), self.practitioner_box
        )
        sheet_form.addRow("", self.sheet_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.totals, 1)
        layout.addLayout(takings_row)
        layout.addLayout(sheet_form)
        layout.addWidget(close)
        self.day_edit.returnPressed.connect(self._on_day_entered)
        self.show_button.clicked.connect(self._on_day_entered)
        self.pdf_button.clicked.connect(lambda: self._save_takings("pdf"))
        self.csv_button.clicked.connect(lambda: self._save_takings("csv"))
        self.sheet_button.clicked.connect(self._on_sheet_clicked)
        self.resize(520, 560)
        self._fill_practitioners()
        self._on_day_entered()

    def _fill_practitioners(self) -> None:
        try:
            people = self._presenter.practitioners()
        except PlannerError as error:
            self.message.show_message(error.user_text())
            people = [(self.tr("Everyone"), EVERYONE)]
        for name, username in people:
            self.practitioner_box.addItem(name, username)

    def _on_day_entered(self) -> None:
        self._show(self._presenter.load(self.day_edit.text()))
        takings = self._presenter.takings
        lines = total_lines(takings) if takings is not None else []
        self.totals.setRowCount(len(lines))
        for number, line in enumerate(lines):
            name = QTableWidgetItem(line.text)
            amount = QTableWidgetItem(line.amount)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if line.heading:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.totals.setItem(number, 0, name)
            self.totals.setItem(number, 1, amount)

    def _choose(self, title: str, filters: str) -> Callable[[Path], str]:
        return lambda suggested: self._choose_file(self, title, str(suggested), filters)

    def _save_takings(self, file_format: ReportFormat) -> None:
        chooser = self._choose(
            self.tr("Save the takings as"), translate("EndOfDay", _FILTERS[file_format])
        )
        self._show(self._presenter.save_takings(self.day_edit.text(), file_format, chooser))

    def _on_sheet_clicked(self) -> None:
        chooser = self._choose(
            self.tr("Save the day sheet as"), translate("EndOfDay", _FILTERS["pdf"])
        )
        username = str(self.practitioner_box.currentData() or EVERYONE)
        self._show(self._presenter.save_day_sheet(self.day_edit.text(), username, chooser))

    def _show(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            return
        self.errors.clear()
        if outcome.field is not None and outcome.field in self.errors.names():
            self.errors.show_all({outcome.field: outcome.message})
            self.message.clear()
            return
        saved = outcome.saved is not None  # a file saved reads as done, not as a problem
        self.message.show_message(outcome.message, kind="info" if saved else "error")


def open_end_of_day(
    parent: QWidget,
    service: DayReportService,
    today: dt.date,
    choose_file: FileChooser = save_dialog,
) -> None:
    """The End of day window over ``parent`` (window-modal; not blocking)."""
    dialog = EndOfDayDialog(EndOfDayPresenter(service, today), parent, choose_file=choose_file)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
