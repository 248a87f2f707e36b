"""A course's chart on its own, large and printable, with the sessions done and planned.

The title names the patient as the window shows them; printing draws the same chart on
the page (landscape), headed with the course and the improvement line. With a scores
service, "Record scores…" opens the quick outcome entry and the chart is read again once
they are saved. On a small or much scaled screen the dialog fits the screen and its
content scrolls above the buttons.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QFont, QPageLayout, QPaintDevice, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.services.progress import CourseProgress
from planner.ui.progress.chart import CourseChartWidget, paint_chart
from planner.ui.progress.outcome_entry import OutcomeEntryDialog, ScoreRecorder
from planner.ui.progress.section import ReviewCard
from planner.ui.progress.texts import sessions_text, verdict_text
from planner.ui.style import BOLD_STYLE, fit_to_screen
from planner.ui.widgets.headings import heading, value_label
from planner.ui.widgets.layouts import scrolling


class CourseProgressDialog(QDialog):
    review_requested = Signal(int, str)  # course id, PromptKind value
    scores_saved = Signal(int)  # course id: outcome scores were recorded

    def __init__(
        self,
        progress: CourseProgress,
        patient: str,
        parent: QWidget | None = None,
        *,
        recorder: ScoreRecorder | None = None,
        reload: Callable[[int], CourseProgress] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.progress = progress
        self._patient = patient
        self._recorder = recorder
        self._reload = reload
        self._today = today
        self.entry: OutcomeEntryDialog | None = None
        self.setWindowTitle(self.tr("Course progress — {patient}").format(patient=patient))
        self.title_label = heading(self.tr("Course progress — {patient}").format(patient=patient))
        self.milestone_label = value_label(
            verdict_text(progress.chart.verdict, closed=progress.facts.closed)
        )
        self.milestone_label.setStyleSheet(BOLD_STYLE)
        self.sessions_label = value_label(sessions_text(progress.chart, progress.facts.status))
        self.card = ReviewCard()
        self.card.show_prompts(progress.course_id, progress.prompts)
        self.card.review_requested.connect(self.review_requested)
        self.chart = CourseChartWidget()
        self.chart.set_chart(progress.chart)
        self.chart.setMinimumSize(320, 220)  # grows with the dialog
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.scores_button = QPushButton(self.tr("Record &scores…"))
        self.scores_button.setToolTip(
            self.tr("Pain now and the PEG-3 before a session, or at the review or discharge")
        )
        buttons.addButton(self.scores_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.scores_button.setVisible(recorder is not None)  # after adding: that shows it
        self.scores_button.clicked.connect(self.record_scores)
        buttons.rejected.connect(self.reject)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.card)
        column.addWidget(self.milestone_label)
        column.addWidget(self.sessions_label)
        column.addWidget(self.chart, 1)
        self.scroll = scrolling(page)  # the buttons stay on a small screen; the rest scrolls
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(buttons)
        fit_to_screen(self, 960, 620)

    def show_progress(self, progress: CourseProgress) -> None:
        """The course read again (after scores were saved)."""
        self.progress = progress
        self.milestone_label.setText(
            verdict_text(progress.chart.verdict, closed=progress.facts.closed)
        )
        self.sessions_label.setText(sessions_text(progress.chart, progress.facts.status))
        self.card.show_prompts(progress.course_id, progress.prompts)
        self.chart.set_chart(progress.chart)

    def record_scores(self) -> OutcomeEntryDialog | None:
        """Open the quick entry of the course's scores (None without a scores service)."""
        if self._recorder is None:
            return None
        if self.entry is not None:
            self.entry.close()
            self.entry.deleteLater()
        self.entry = OutcomeEntryDialog(self.progress, self._recorder, self._today(), self)
        self.entry.scores_saved.connect(self._on_entry_scores_saved)
        self.entry.open()
        return self.entry

    def _on_entry_scores_saved(self, course_id: int) -> None:
        if self._reload is not None:
            with contextlib.suppress(PlannerError):  # saved; read again when next opened
                self.show_progress(self._reload(course_id))
        self.scores_saved.emit(course_id)

    def print_to(self, device: QPaintDevice) -> None:
        """The printed page: heading, the improvement line, sessions, and the chart."""
        painter = QPainter(device)
        try:
            page = QRectF(0, 0, device.width(), device.height())
            font = QFont(self.font())
            font.setPointSizeF(11)
            title = QFont(font)
            title.setPointSizeF(15)
            title.setBold(True)
            painter.setFont(title)
            line = painter.fontMetrics().height()
            painter.drawText(page.adjusted(0, 0, 0, -page.height() + line), self.title_label.text())
            painter.setFont(font)
            small = painter.fontMetrics().height()
            top = line + 6
            for text in (self.milestone_label.text(), self.sessions_label.text()):
                painter.drawText(QRectF(0, top, page.width(), small), text)
                top += small + 2
            paint_chart(painter, page.adjusted(0, top + 8, 0, 0), self.progress.chart, font)
        finally:
            painter.end()

    def _on_print_button_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when printing

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # pens and fonts as on screen
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
