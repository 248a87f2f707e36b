"""The overview's "Progress" section: the current course's chart, the meaningful-improvement
line, and a review card when the course is due a review (practitioners only).

The review card shows the figures and a button that asks for the course's review decision
(:attr:`ProgressSection.review_requested`, connected by the window to the course screens'
review dialog). The card's tint and text colour come from the palette
(:func:`planner.ui.style.card_style`): readable in light, dark and high-contrast themes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from planner.domain.progress import PromptKind, ReviewPrompt
from planner.services.progress import CourseProgress
from planner.ui.progress.chart import CourseChartWidget
from planner.ui.progress.texts import prompt_detail, prompt_title, sessions_text, verdict_text
from planner.ui.style import BOLD_STYLE, card_style
from planner.ui.widgets.headings import Section, heading, value_label
from planner.ui.widgets.layouts import FlowLayout


class ReviewCard(QFrame):
    """The reviews a course is due, with its figures; a button leads to the decision."""

    review_requested = Signal(int, str)  # course id, PromptKind value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCard")
        self._course_id: int | None = None
        self._prompts: tuple[ReviewPrompt, ...] = ()
        self.title_label = heading("")
        self.title_label.setWordWrap(True)
        self.detail_label = value_label()
        self.review_button = QPushButton(self.tr("Record the review…"))
        self.review_button.clicked.connect(self._on_review_button_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.review_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.addWidget(self.title_label)
        column.addWidget(self.detail_label)
        column.addLayout(row)
        self.setVisible(False)

    @property
    def prompts(self) -> tuple[ReviewPrompt, ...]:
        return self._prompts

    def show_prompts(self, course_id: int | None, prompts: tuple[ReviewPrompt, ...]) -> None:
        self._course_id = course_id
        self._prompts = prompts
        self.setVisible(bool(prompts) and course_id is not None)
        if not prompts:
            return
        first = prompts[0]
        urgent = first.kind == PromptKind.NO_IMPROVEMENT
        style = card_style("QFrame#reviewCard", "caution" if urgent else "info")
        if style != self.styleSheet():  # setting one re-polishes every child (issue 9)
            self.setStyleSheet(style)
        self.title_label.setText("\n".join(prompt_title(p) for p in prompts))
        self.detail_label.setText(prompt_detail(first))
        self.setAccessibleName(self.title_label.text())
        self.review_button.setAccessibleDescription(self.title_label.text())

    def _on_review_button_clicked(self) -> None:
        if self._course_id is not None and self._prompts:
            self.review_requested.emit(self._course_id, self._prompts[0].kind.value)


class ProgressSection(Section):
    review_requested = Signal(int, str)  # course id, PromptKind value
    chart_requested = Signal(int)  # course id: the larger, printable chart
    scores_requested = Signal(int)  # course id: the quick entry of outcome scores

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Progress"), parent)
        self._progress: CourseProgress | None = None
        self.card = ReviewCard()
        self.card.review_requested.connect(self.review_requested)
        self.milestone_label = value_label()
        self.milestone_label.setStyleSheet(BOLD_STYLE)
        self.sessions_label = value_label()
        self.chart = CourseChartWidget()
        self.chart.setMinimumHeight(250)
        self.larger_button = QPushButton(self.tr("Larger chart…"))
        self.larger_button.clicked.connect(self._on_larger_button_clicked)
        self.scores_button = QPushButton(self.tr("Record scores…"))
        self.scores_button.setToolTip(
            self.tr("Pain now and the PEG-3 before a session, or at the review or discharge")
        )
        self.scores_button.clicked.connect(self._on_scores_button_clicked)
        self.scores_button.setVisible(False)  # shown where the window can record them
        buttons = FlowLayout()  # wrap under each other on a narrow panel, never cut off
        buttons.add_widget(self.scores_button)
        buttons.add_widget(self.larger_button)
        self.body.addWidget(self.card)
        self.body.addWidget(self.milestone_label)
        self.body.addWidget(self.sessions_label)
        self.body.addLayout(buttons)
        self.body.addWidget(self.chart)
        self.setVisible(False)

    @property
    def progress(self) -> CourseProgress | None:
        return self._progress

    def show_progress(self, progress: CourseProgress | None) -> None:
        """The course's progress; None hides the section (no course, or not clinical)."""
        self._progress = progress
        self.setVisible(progress is not None)
        if progress is None:
            self.card.show_prompts(None, ())
            self.chart.set_chart(None)
            return
        self.card.show_prompts(progress.course_id, progress.prompts)
        self.milestone_label.setText(
            verdict_text(progress.chart.verdict, closed=progress.facts.closed)
        )
        self.sessions_label.setText(sessions_text(progress.chart, progress.facts.status))
        self.chart.set_chart(progress.chart)

    def offer_scores(self, offered: bool) -> None:
        """Show "Record scores…" (the window wires it to the quick entry)."""
        self.scores_button.setVisible(offered)

    def _on_scores_button_clicked(self) -> None:
        if self._progress is not None:
            self.scores_requested.emit(self._progress.course_id)

    def _on_larger_button_clicked(self) -> None:
        if self._progress is not None:
            self.chart_requested.emit(self._progress.course_id)
