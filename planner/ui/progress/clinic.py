"""The clinic at a glance, for practitioners: open courses, who is due a review, who is
overdue for their next session, and the share of finished courses whose latest pain
score is meaningfully lower than at the start (not their best dip) — filtered by date
range and presentation.

:class:`ClinicPresenter` (plain Python) asks the progress service; :class:`ClinicDialog`
lays out the filters, four large counts and two lists. Double-clicking a patient in a
list, or pressing Enter on them, asks the window to open them; Tab moves from list to
list (not from cell to cell). The filters wrap and the page scrolls, so Close stays on
screen at 200 % scaling on a small screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.errors import PlannerError
from planner.domain.progress import ClinicFilter
from planner.domain.vocab import DurationClass, PainRegion
from planner.services.progress import ClinicView, PatientName
from planner.ui.forms import error_label
from planner.ui.labels import duration_labels, region_labels
from planner.ui.names import short_name
from planner.ui.problem import Problem
from planner.ui.progress.texts import prompt_title, rule_text, score
from planner.ui.style import fit_to_screen, hint_label, set_error_colour
from planner.ui.widgets.headings import heading
from planner.ui.widgets.layouts import FlowLayout, scrolling

_PATIENT = Qt.ItemDataRole.UserRole + 1


class ClinicReader(Protocol):
    def clinic(self, where: ClinicFilter | None = None) -> ClinicView: ...


class ClinicPresenter:
    def __init__(self, service: ClinicReader, *, privacy: bool = False) -> None:
        self._service = service
        self.privacy = privacy
        self.view: ClinicView | None = None

    def load(self, where: ClinicFilter) -> Problem | None:
        try:
            self.view = self._service.clinic(where)
        except PlannerError as error:
            return Problem.of(error)
        return None

    def name(self, name: PatientName) -> str:
        if self.privacy:
            return short_name(name.given_name, name.family_name)
        return f"{name.family_name}, {name.given_name}".strip(", ")

    def counts(self) -> dict[str, str]:
        """The four counts as shown (for the tiles and for tests)."""
        view = self.view
        if view is None:
            return {}
        stats = view.stats
        share = stats.improved_share
        return {
            "active": str(len(stats.active)),
            "due_review": str(len(stats.due_review)),
            "overdue": str(len(stats.overdue)),
            "improved": "—" if share is None else f"{round(share * 100)} %",
            "improved_of": f"{stats.improved} / {stats.completed}",
        }


class ClinicDialog(QDialog):
    patient_requested = Signal(int)

    def __init__(
        self,
        presenter: ClinicPresenter,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setWindowTitle(self.tr("Clinic progress"))
        filters = self._build_filters(today())
        tiles = self._build_tiles()
        lists = self._build_lists()
        self._lay_out(filters, tiles, lists)
        self._connect_signals()
        fit_to_screen(self, 1100, 640)  # less on a small (or much scaled) screen
        self.reload()

    def _build_filters(self, day: dt.date) -> FlowLayout:
        """Date range and presentation: changing any of them reloads. They wrap onto
        more lines in a narrow window."""
        self.all_dates = QCheckBox(self.tr("&All dates"))
        self.from_edit = QDateEdit(QDate(day.year, 1, 1))
        self.to_edit = QDateEdit(QDate(day.year, day.month, day.day))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setAccessibleName(self.tr("Courses running from"))
        self.to_edit.setAccessibleName(self.tr("Courses running to"))
        self.region_box = QComboBox()
        self.region_box.addItem(self.tr("Any region"), None)
        for region, text in region_labels().items():
            self.region_box.addItem(text, region.value)
        self.duration_box = QComboBox()
        self.duration_box.addItem(self.tr("Any duration"), None)
        for duration, text in duration_labels().items():
            self.duration_box.addItem(text, duration.value)
        self.region_box.setAccessibleName(self.tr("Pain region"))
        self.duration_box.setAccessibleName(self.tr("Duration"))
        filters = FlowLayout(spacing=8)
        for caption, edit in (
            (self.tr("Courses running &from"), self.from_edit),
            (self.tr("&to"), self.to_edit),
        ):
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(caption)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit)
            filters.add_widget(pair)
        for widget in (self.all_dates, self.region_box, self.duration_box):
            filters.add_widget(widget)
        return filters

    def _build_tiles(self) -> QGridLayout:
        """The four large counts, with the finished courses' "n / m" under the last."""
        tiles = QGridLayout()
        self.tiles: dict[str, QLabel] = {}
        captions = {
            "active": self.tr("Active courses"),
            "due_review": self.tr("Due a review"),
            "overdue": self.tr("Overdue for their next session"),
            "improved": self.tr("Finished courses ending meaningfully better than they started"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            number = heading("—", 2.2)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(caption)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(number)
            box.addWidget(text)
            self.tiles[key] = number
            tiles.addWidget(frame, 0, column)
        self.improved_of = QLabel()
        self.improved_of.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.improved_of.setWordWrap(True)
        tiles.addWidget(self.improved_of, 1, 3)
        return tiles

    def _build_lists(self) -> QHBoxLayout:
        self._enter_keys = _EnterOpens(self._open_row)
        self.due_table = self._table(
            [self.tr("Patient"), self.tr("Review"), self.tr("Pain")], self.tr("Due a review")
        )
        self.overdue_table = self._table(
            [self.tr("Patient"), self.tr("Session"), self.tr("Was due"), self.tr("Days late")],
            self.tr("Overdue for their next session"),
        )
        lists = QHBoxLayout()
        for title, table in (
            (self.tr("Due a review"), self.due_table),
            (self.tr("Overdue for their next session"), self.overdue_table),
        ):
            box = QVBoxLayout()
            box.addWidget(heading(title))
            box.addWidget(table)
            lists.addLayout(box, 1)
        return lists

    def _lay_out(self, filters: FlowLayout, tiles: QGridLayout, lists: QHBoxLayout) -> None:
        self.problem_label = error_label()
        set_error_colour(self.problem_label)  # the red the palette needs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.problem_label)
        column.addLayout(tiles)
        column.addLayout(lists, 1)
        self.hint_label = hint_label(
            self.tr("Double-click a patient, or press Enter on them, to open them.")
        )
        column.addWidget(self.hint_label)
        self.scroll = scrolling(page)  # everything but Close scrolls on a small screen
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(buttons)
        QWidget.setTabOrder(self.from_edit, self.to_edit)  # reading order
        for first, second in (
            (self.to_edit, self.all_dates),
            (self.all_dates, self.region_box),
            (self.region_box, self.duration_box),
            (self.duration_box, self.due_table),
            (self.due_table, self.overdue_table),
            (self.overdue_table, self.close_button),
        ):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        for signal in (
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
            self.all_dates.toggled,
            self.region_box.currentIndexChanged,
            self.duration_box.currentIndexChanged,
        ):
            signal.connect(self.reload)

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setAccessibleName(name)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        table.setMinimumHeight(120)
        table.installEventFilter(self._enter_keys)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        return table

    def current_filter(self) -> ClinicFilter:
        dated = not self.all_dates.isChecked()
        region = self.region_box.currentData()
        duration = self.duration_box.currentData()
        return ClinicFilter(
            start=self.from_edit.date().toPython() if dated else None,  # type: ignore[arg-type]
            end=self.to_edit.date().toPython() if dated else None,  # type: ignore[arg-type]
            region=PainRegion(region) if region else None,
            duration=DurationClass(duration) if duration else None,
        )

    def reload(self) -> None:
        self.from_edit.setEnabled(not self.all_dates.isChecked())
        self.to_edit.setEnabled(not self.all_dates.isChecked())
        problem = self.presenter.load(self.current_filter())
        self.problem_label.setText(problem.message if problem else "")
        self.problem_label.setVisible(problem is not None)
        view = self.presenter.view
        if problem is not None or view is None:
            return
        counts = self.presenter.counts()
        for key, label in self.tiles.items():
            label.setText(counts[key])
        self.improved_of.setText(
            self.tr(
                "{improved} of {completed} finished courses, judged on their latest score ({rule})"
            ).format(improved=view.stats.improved, completed=view.stats.completed, rule=rule_text())
        )
        self._fill(
            self.due_table,
            [
                (
                    d.patient_id,
                    [
                        self.presenter.name(view.name(d.patient_id)),
                        prompt_title(d.prompt),
                        f"{score(d.prompt.baseline)} → {score(d.prompt.latest)}",
                    ],
                )
                for d in view.stats.due_review
            ],
        )
        self._fill(
            self.overdue_table,
            [
                (
                    o.patient_id,
                    [
                        self.presenter.name(view.name(o.patient_id)),
                        str(o.session),
                        formats.date_text(o.due),
                        str(o.days),
                    ],
                )
                for o in view.stats.overdue
            ],
        )

    def _fill(self, table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
        table.setRowCount(len(rows))
        for row, (patient_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_PATIENT, patient_id)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _on_table_cell_double_clicked(self, row: int, _column: int) -> None:
        table = self.sender()
        if isinstance(table, QTableWidget):
            self._open_row(table, row)

    def _open_row(self, table: QTableWidget, row: int) -> None:
        """Ask for the patient of ``row`` (double-click, or Enter on the current row)."""
        item = table.item(row, 0)
        patient_id = item.data(_PATIENT) if item is not None else None
        if isinstance(patient_id, int):
            self.patient_requested.emit(patient_id)


class _EnterOpens(QObject):
    """Enter or Return on a list opens its current row's patient (and goes no further:
    the dialog's Close button is not pressed)."""

    def __init__(self, open_row: Callable[[QTableWidget, int], None]) -> None:
        super().__init__()
        self._open_row = open_row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(watched, QTableWidget)
        ):
            if watched.currentRow() >= 0:
                self._open_row(watched, watched.currentRow())
            return True
        return False
