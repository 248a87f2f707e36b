"""Pain scores (NRS and the optional PEG-3), what has been tried, and the patient's goals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.intake import TriedBefore
from planner.domain.vocab import PriorTreatment
from planner.ui.forms import FieldErrors
from planner.ui.intake.form import IntakeForm, peg_mean
from planner.ui.labels import treatment_labels
from planner.ui.widgets.inputs import ScoreBox, TextArea

_NRS = ("nrs_now", "nrs_worst", "nrs_average")
_PEG = ("peg_pain", "peg_enjoyment", "peg_activity")


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class PainSection(QGroupBox):
    changed = Signal()

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        self.scores = {name: ScoreBox() for name in (*_NRS, *_PEG)}
        self.peg_label = QLabel()
        nrs = _form()
        captions = {
            "nrs_now": self.tr("Pain now (0–10)"),
            "nrs_worst": self.tr("Worst this week"),
            "nrs_average": self.tr("Average this week"),
            "peg_pain": self.tr("Average pain, past week"),
            "peg_enjoyment": self.tr("Interfered with enjoyment of life"),
            "peg_activity": self.tr("Interfered with general activity"),
        }
        for name in _NRS:
            problems.add_row(nrs, name, captions[name], self.scores[name])
        nrs_box = QWidget()
        nrs_box.setLayout(nrs)
        peg = _form()
        for name in _PEG:
            problems.add_row(peg, name, captions[name], self.scores[name])
        peg.addRow(self.tr("PEG score"), self.peg_label)
        peg_box = QGroupBox(self.tr("PEG-3 (optional: all three or none)"))
        peg_box.setFlat(True)
        peg_box.setLayout(peg)
        columns = QHBoxLayout(self)
        columns.addWidget(nrs_box, 1)
        columns.addWidget(peg_box, 1)
        for box in self.scores.values():
            box.valueChanged.connect(self._on_score_changed)
        self._on_score_changed()

    def set_values(self, form: IntakeForm) -> None:
        for name, box in self.scores.items():
            box.set_score(getattr(form.draft, name))

    def values(self) -> dict[str, Any]:
        return {name: box.score() for name, box in self.scores.items()}

    def set_read_only(self, read_only: bool) -> None:
        for box in self.scores.values():
            box.setReadOnly(read_only)

    def _on_score_changed(self) -> None:
        mean = peg_mean(*(self.scores[name].score() for name in _PEG))
        if mean is not None:
            self.peg_label.setText(self.tr("{mean:.1f} of 10").format(mean=mean))
        elif any(self.scores[name].score() is not None for name in _PEG):
            self.peg_label.setText(self.tr("answer all three"))
        else:
            self.peg_label.setText(self.tr("—"))
        self.changed.emit()


class TriedSection(QGroupBox):
    """Each treatment tried before, and how it went."""

    changed = Signal()

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        self.checks: dict[PriorTreatment, QCheckBox] = {}
        self.outcomes: dict[PriorTreatment, QLineEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for index, (kind, label) in enumerate(treatment_labels().items()):
            check = QCheckBox(label)
            outcome = QLineEdit()
            outcome.setPlaceholderText(self.tr("how it went"))
            outcome.setAccessibleName(self.tr("{treatment}: how it went").format(treatment=label))
            outcome.setEnabled(False)
            check.toggled.connect(outcome.setEnabled)
            check.toggled.connect(self.changed)
            outcome.textChanged.connect(self.changed)
            row, column = divmod(index, 2)
            grid.addWidget(check, row, column * 2)
            grid.addWidget(outcome, row, column * 2 + 1)
            self.checks[kind] = check
            self.outcomes[kind] = outcome
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        holder = QWidget()
        holder.setLayout(grid)
        layout = QVBoxLayout(self)
        first = next(iter(self.checks.values()))
        layout.addWidget(problems.wrap("tried", holder, focus=first, frame=holder))

    def set_values(self, form: IntakeForm) -> None:
        tried = {item.kind: item.outcome for item in form.draft.tried}
        for kind, check in self.checks.items():
            check.setChecked(kind in tried)
            self.outcomes[kind].setText(tried.get(kind, ""))

    def values(self) -> dict[str, Any]:
        return {
            "tried": tuple(
                TriedBefore(kind, self.outcomes[kind].text())
                for kind, check in self.checks.items()
                if check.isChecked()
            )
        }

    def set_read_only(self, read_only: bool) -> None:
        for kind, check in self.checks.items():
            check.setEnabled(not read_only)
            self.outcomes[kind].setReadOnly(read_only)


class GoalsSection(QGroupBox):
    changed = Signal()

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        self.own_words_box = TextArea(2)
        self.own_words_box.setPlaceholderText(self.tr("e.g. to pick up my grandchildren again"))
        self.target_box = ScoreBox()
        self.activities_box = TextArea(2)
        self.activities_box.setPlaceholderText(self.tr("e.g. gardening, cycling to work"))
        form = _form()
        problems.add_row(
            form, "goals_in_own_words", self.tr("In the patient's words"), self.own_words_box
        )
        self.own_words_box.setAccessibleName(self.tr("Goals, in the patient's words"))
        problems.add_row(form, "goal_target_pain", self.tr("Target pain (0–10)"), self.target_box)
        problems.add_row(
            form, "goal_activities", self.tr("Activities to return to"), self.activities_box
        )
        self.setLayout(form)
        self.own_words_box.textChanged.connect(self.changed)
        self.target_box.valueChanged.connect(self.changed)
        self.activities_box.textChanged.connect(self.changed)

    def set_values(self, form: IntakeForm) -> None:
        self.own_words_box.set_text(form.draft.goals_in_own_words)
        self.target_box.set_score(form.draft.goal_target_pain)
        self.activities_box.set_text(form.draft.goal_activities)

    def values(self) -> dict[str, Any]:
        return {
            "goals_in_own_words": self.own_words_box.text(),
            "goal_target_pain": self.target_box.score(),
            "goal_activities": self.activities_box.text(),
        }

    def set_read_only(self, read_only: bool) -> None:
        self.own_words_box.setReadOnly(read_only)
        self.target_box.setReadOnly(read_only)
        self.activities_box.setReadOnly(read_only)
