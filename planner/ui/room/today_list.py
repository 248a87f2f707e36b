"""Today in the treatment room: the signed-in practitioner's appointments of today by time
(the time, or "time not set" when none was recorded, never an invented one; the patient;
the course's session "Session 2 of 6" or the kind of visit; the state in words), read
from the appointment service when opened, on Reload and every minute. Enter or a
double-click on a row opens that patient (``patient_chosen``). In privacy mode only the
first name and the chart number show.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.services.appointment_views import AppointmentView
from planner.ui.book.looks import state_word
from planner.ui.style import error_style

log = logging.getLogger(__name__)

RELOAD_MS = 60_000
TodayReader = Callable[[], tuple[AppointmentView, ...]]


def shown_name(view: AppointmentView, *, privacy: bool) -> str:
    """The patient as the list shows them: in full, or the first name and chart number."""
    if not privacy:  # the name isolated: a right-to-left one leaves "(#12)" where it is
        return f"\u2068{view.patient_name}\u2069 (#{view.chart_number})"
    first = view.patient_name.split(" ")[0] if " " in view.patient_name else ""
    return f"{first} (#{view.chart_number})".strip()


def row_texts(view: AppointmentView, *, privacy: bool = False) -> list[str]:
    """One row: time, patient, session, state."""
    if view.starts_at is None:
        when = translate("today_list", "time not set")
    else:
        end = f"\u2013{view.ends_at:%H:%M}" if view.ends_at is not None else ""
        when = f"{view.starts_at:%H:%M}{end}"
    return [when, shown_name(view, privacy=privacy), view.session_label, state_word(view.state)]


class TodayList(QDialog):
    """The practitioner's day, by time (non-modal; the window owns it)."""

    patient_chosen = Signal(int)

    def __init__(
        self,
        read: TodayReader,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        privacy: bool = False,
        reload_ms: int = RELOAD_MS,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._privacy = privacy
        self.setModal(False)
        self.setWindowTitle(self.tr("Today's patients"))
        self.resize(620, 420)
        self.title = QLabel(
            self.tr("Today, {day}").format(day=f"{today:%A} {today.day} {today:%B}")
        )
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(error_style())
        self.problem_label.hide()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Today's appointments by time"))
        self.table.setHeaderLabels(
            [self.tr("Time"), self.tr("Patient"), self.tr("Session"), self.tr("State")]
        )
        self.table.itemActivated.connect(self._on_item_activated)
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(reload_ms)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.reload()

    def reload(self) -> None:
        try:
            views = self._read()
        except PlannerError as error:
            log.info("today's list not read: %s", type(error).__name__)
            self.problem_label.setText(str(error))
            self.problem_label.show()
            return
        self.problem_label.hide()
        self.table.clear()
        for view in views:
            item = QTreeWidgetItem(row_texts(view, privacy=self._privacy))
            item.setData(0, Qt.ItemDataRole.UserRole, view.patient_id)
            self.table.addTopLevelItem(item)
        if not views:
            empty = QTreeWidgetItem([self.tr("No appointments today.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.addTopLevelItem(empty)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)

    def rows(self) -> list[list[str]]:
        """What the list shows, row by row."""
        table = self.table
        return [
            [table.topLevelItem(r).text(c) for c in range(table.columnCount())]
            for r in range(table.topLevelItemCount())
        ]

    def _on_item_activated(self, item: QTreeWidgetItem) -> None:
        patient_id = item.data(0, Qt.ItemDataRole.UserRole)
        if patient_id is not None:
            self.patient_chosen.emit(int(patient_id))
