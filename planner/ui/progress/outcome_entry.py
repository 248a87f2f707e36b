"""Quick entry of a course's outcome scores, by keyboard alone: pain now and the PEG-3
items before a session, or at the course's review or discharge.

The practitioner types digits and Tab between the four fields; Enter saves. A value that
is not a whole number from 0 to 10 is shown at its field, with what was typed left in
place. :class:`OutcomeEntryDialog` calls the scores service itself (one action, one
save) and says so with :attr:`OutcomeEntryDialog.scores_saved`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.outcomes import NRS_MAX, NRS_MIN, peg_score
from planner.domain.progress import HELD
from planner.domain.vocab import SessionStatus
from planner.services.outcomes import PEG_FIELDS, OutcomeEntry, RecordedScores
from planner.services.progress import CourseProgress
from planner.ui.forms import FieldErrors, error_label
from planner.ui.problem import Problem
from planner.ui.style import set_error_colour

FIELDS = ("pain_now", *PEG_FIELDS)


class ScoreRecorder(Protocol):
    """:class:`planner.services.outcomes.OutcomeService`, as the entry uses it."""

    def record_for_session(self, session_id: int, entry: OutcomeEntry) -> RecordedScores: ...

    def record_for_course(
        self, course_id: int, entry: OutcomeEntry, on: dt.date | None = None
    ) -> RecordedScores: ...


@dataclass(frozen=True, slots=True)
class Occasion:
    label: str
    session_id: int | None  # None: the course's review or discharge, today


def occasions(progress: CourseProgress, today: dt.date) -> tuple[list[Occasion], int]:
    """What the scores can be taken for, and the one to offer first: today's session,
    else the next one booked, else the review or discharge (a closed course, or every
    session held)."""
    sessions = sorted(
        (s for s in progress.facts.sessions if s.session_id is not None),
        key=lambda s: s.number,
    )
    sessions = [s for s in sessions if s.status != SessionStatus.CANCELLED]
    choices = [
        Occasion(
            translate("progress", "Before session {n} ({day})").format(
                n=s.number, day=formats.date_text(s.session_date)
            ),
            s.session_id,
        )
        for s in sessions
    ]
    choices.append(Occasion(translate("progress", "At the review or discharge (today)"), None))
    review = len(choices) - 1
    if progress.facts.closed:
        return choices, review
    for index, s in enumerate(sessions):
        if s.session_date == today and s.status in (*HELD, SessionStatus.SCHEDULED):
            return choices, index
    for index, s in enumerate(sessions):
        if s.status == SessionStatus.SCHEDULED and s.session_date >= today:
            return choices, index
    return choices, review


def parse(text: str, field: str) -> tuple[int | None, str]:
    """The typed value (None when empty) and a message when it is not 0–10."""
    text = text.strip()
    if not text:
        return None, ""
    if not text.isascii() or not text.isdigit() or not NRS_MIN <= int(text) <= NRS_MAX:
        return None, translate("progress", "Enter a whole number from 0 to 10.")
    return int(text), ""


class OutcomeEntryDialog(QDialog):
    scores_saved = Signal(int)  # course id

    def __init__(
        self,
        progress: CourseProgress,
        recorder: ScoreRecorder,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._progress = progress
        self._recorder = recorder
        self.setWindowTitle(self.tr("Record scores"))
        self.occasion_box = QComboBox()
        self._occasions, first = occasions(progress, today)
        for occasion in self._occasions:
            self.occasion_box.addItem(occasion.label)
        self.occasion_box.setCurrentIndex(first)
        self.occasion_box.setAccessibleName(self.tr("Scores taken"))
        self.errors = FieldErrors()
        captions = {
            "pain_now": self.tr("&Pain now (0–10)"),
            "peg_pain": self.tr("P — a&verage pain in the past week"),
            "peg_enjoyment": self.tr("E — pain's interference with &enjoyment of life"),
            "peg_activity": self.tr("G — pain's interference with &general activity"),
        }
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Taken"), self.occasion_box)
        for name, caption in captions.items():
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaxLength(4)
            edit.setMaximumWidth(80)
            edit.setPlaceholderText("0–10")
            edit.textChanged.connect(self._on_edit_text_changed)
            self.edits[name] = edit
            self.errors.add_row(form, name, caption, edit)
        self.peg_label = QLabel()
        form.addRow(self.tr("PEG-3"), self.peg_label)
        self.hint_label = QLabel(
            self.tr("Pain now, the three PEG items, or both. 0 = no pain or no interference.")
        )
        self.hint_label.setWordWrap(True)
        self.problem_label = error_label()
        errors = [self.errors.label(name) for name in self.errors.names()]
        set_error_colour(self.problem_label, *errors)  # the red the theme needs
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.hint_label)
        column.addLayout(form)
        column.addWidget(self.problem_label)
        column.addWidget(self.buttons)
        order = [self.edits[name] for name in FIELDS]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(order[-1], self.save_button)
        self.edits["pain_now"].setFocus(Qt.FocusReason.OtherFocusReason)
        self._on_edit_text_changed()

    @property
    def occasion(self) -> Occasion:
        return self._occasions[self.occasion_box.currentIndex()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.edits["pain_now"].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Check the fields, save through the service; True when saved (the dialog closes)."""
        values: dict[str, int | None] = {}
        problems: dict[str, str] = {}
        for name in FIELDS:
            value, message = parse(self.edits[name].text(), name)
            values[name] = value
            if message:
                problems[name] = message
        self.problem_label.setVisible(False)
        if problems:
            self.errors.show_all(problems)
            return False
        entry = OutcomeEntry(**values)
        occasion = self.occasion
        try:
            if occasion.session_id is not None:
                self._recorder.record_for_session(occasion.session_id, entry)
            else:
                self._recorder.record_for_course(self._progress.course_id, entry)
        except PlannerError as error:
            problem = Problem.of(error)
            if not self.errors.show(problem):
                self.problem_label.setText(problem.message)
                self.problem_label.setVisible(True)
            return False
        self.errors.clear()
        self.scores_saved.emit(self._progress.course_id)
        self.accept()
        return True

    def _on_edit_text_changed(self) -> None:
        items = [parse(self.edits[name].text(), name)[0] for name in PEG_FIELDS]
        if all(item is not None for item in items):
            pain, enjoyment, activity = (int(item or 0) for item in items)
            self.peg_label.setText(f"{peg_score(pain, enjoyment, activity):g}")
        else:
            self.peg_label.setText(self.tr("— (the mean of P, E and G)"))
