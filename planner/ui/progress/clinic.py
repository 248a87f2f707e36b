"""The clinic at a glance, for practitioners: open courses, who is due a review, who is
overdue for their next session, and the share of finished courses whose latest pain
score is meaningfully lower than at the start (not their best dip) — filtered by date
range and presentation.

:class:`ClinicPresenter` (plain Python) asks the progress service; :class:`ClinicDialog`
lays out the filters, four large counts and two lists. Double-clicking a patient in a
list asks the window to open them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QDate, Qt, Signal
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

from planner.domain.errors import PlannerError
from planner.domain.progress import ClinicFilter
from planner.domain.vocab import DurationClass, PainRegion
from planner.services.progress import ClinicView, PatientName
from planner.ui.forms import error_label
from planner.ui.labels import duration_labels, region_labels
from planner.ui.names import short_name
from planner.ui.problem import Problem
from planner.ui.progress.texts import prompt_title, rule_text, score
from planner.ui.widgets.headings import heading

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
        self.resize(1100, 640)
        self.reload()

    def _build_filters(self, day: dt.date) -> QHBoxLayout:
        """Date range and presentation: changing any of them reloads."""
        self.all_dates = QCheckBox(self.tr("All dates"))
        self.from_edit = QDateEdit(QDate(day.year, 1, 1))
        self.to_edit = QDateEdit(QDate(day.year, day.month, day.day))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.region_box = QComboBox()
        self.region_box.addItem(self.tr("Any region"), None)
        for region, text in region_labels().items():
            self.region_box.addItem(text, region.value)
        self.duration_box = QComboBox()
        self.duration_box.addItem(self.tr("Any duration"), None)
        for duration, text in duration_labels().items():
            self.duration_box.addItem(text, duration.value)
        filters = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Courses running from")),
            self.from_edit,
            QLabel(self.tr("to")),
            self.to_edit,
            self.all_dates,
        ):
            filters.addWidget(widget)
        filters.addSpacing(16)
        filters.addWidget(self.region_box)
        filters.addWidget(self.duration_box)
        filters.addStretch(1)
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
        self.due_table = self._table([self.tr("Patient"), self.tr("Review"), self.tr("Pain")])
        self.overdue_table = self._table(
            [self.tr("Patient"), self.tr("Session"), self.tr("Was due"), self.tr("Days late")]
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

    def _lay_out(self, filters: QHBoxLayout, tiles: QGridLayout, lists: QHBoxLayout) -> None:
        self.problem_label = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(filters)
        column.addWidget(self.problem_label)
        column.addLayout(tiles)
        column.addLayout(lists, 1)
        hint = QLabel(self.tr("Double-click a patient to open them."))
        hint.setEnabled(False)
        column.addWidget(hint)
        column.addWidget(buttons)

    def _connect_signals(self) -> None:
        for signal in (
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
            self.all_dates.toggled,
            self.region_box.currentIndexChanged,
            self.duration_box.currentIndexChanged,
        ):
            signal.connect(self.reload)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
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
                        o.due.isoformat(),
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
        if not isinstance(table, QTableWidget):
            return
        item = table.item(row, 0)
        patient_id = item.data(_PATIENT) if item is not None else None
        if isinstance(patient_id, int):
            self.patient_requested.emit(patient_id)
