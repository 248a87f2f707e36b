"""Medical history and the safety checklist, and the red-flag screen.

Each question is asked as the patient hears it, with Yes / No (unanswered allowed: the
question was not asked). A medication line naming a blood thinner is highlighted with a
note; a red flag answered yes shows the "Refer before treating" banner at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.intake import CONDITION_QUESTIONS, MAX_GESTATION_WEEKS
from planner.domain.red_flags import RED_FLAGS, Urgency
from planner.domain.vocab import Condition, RedFlag
from planner.ui.forms import ERROR_COLOUR, FieldErrors
from planner.ui.intake.form import IntakeForm, RedFlagState, blood_thinner_lines, red_flag_state
from planner.ui.intake.inputs import ChoiceField, MedicationsEdit, TextArea

_NO_WEEKS = -1


def yes_no() -> ChoiceField:
    yes = QCoreApplication.translate("intake", "Yes")
    no = QCoreApplication.translate("intake", "No")
    return ChoiceField([(True, yes), (False, no)])


def _question(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _questions_grid(rows: list[tuple[QLabel, ChoiceField]]) -> QGridLayout:
    """Answers on the left, each question right beside its answer."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(2)
    for index, (label, field) in enumerate(rows):
        label.setBuddy(field)
        field.setAccessibleName(label.text())
        grid.addWidget(field, index, 0)
        grid.addWidget(label, index, 1)
    grid.setColumnStretch(1, 1)
    return grid


class HistorySection(QGroupBox):
    changed = Signal()

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        self.conditions = {condition: yes_no() for condition in Condition}
        grid = _questions_grid(
            [(_question(CONDITION_QUESTIONS[c]), field) for c, field in self.conditions.items()]
        )
        self.pregnant_field = ChoiceField(
            [(True, self.tr("Yes")), (False, self.tr("No / not applicable"))]
        )
        self.weeks_box = QSpinBox()
        self.weeks_box.setRange(_NO_WEEKS, MAX_GESTATION_WEEKS)
        self.weeks_box.setSpecialValueText(self.tr("—"))
        self.weeks_box.setSuffix(self.tr(" weeks"))
        self.weeks_box.setValue(_NO_WEEKS)
        self.weeks_box.setAccessibleName(self.tr("Weeks pregnant"))
        self.medications_box = MedicationsEdit()
        self.thinner_note = QLabel()
        self.thinner_note.setTextFormat(Qt.TextFormat.PlainText)
        self.thinner_note.setWordWrap(True)
        self.thinner_note.setStyleSheet(
            "background: #ffe0b2; color: #4e342e; padding: 3px 6px; border-radius: 3px;"
        )
        self.allergies_box = TextArea(2)
        self.allergies_box.setPlaceholderText(self.tr("One per line"))
        self.other_box = TextArea(2)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pregnancy = QWidget()
        line = QHBoxLayout(pregnancy)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.pregnant_field)
        line.addWidget(self.weeks_box)
        line.addStretch(1)
        problems.add_row(
            form,
            "gestation_weeks",
            self.tr("Pregnant?"),
            pregnancy,
            focus=self.pregnant_field,
            frame=self.weeks_box,
        )
        medications = QWidget()
        column = QVBoxLayout(medications)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.medications_box)
        column.addWidget(self.thinner_note)
        problems.add_row(
            form,
            "medications",
            self.tr("Medications and supplements"),
            medications,
            focus=self.medications_box,
        )
        problems.add_row(form, "allergies", self.tr("Allergies"), self.allergies_box)
        problems.add_row(form, "other_conditions", self.tr("Other conditions"), self.other_box)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(form)

        for field in (*self.conditions.values(), self.pregnant_field):
            field.value_changed.connect(self.changed)
        self.pregnant_field.value_changed.connect(self._on_pregnant_changed)
        self.weeks_box.valueChanged.connect(self.changed)
        self.medications_box.textChanged.connect(self._on_medications_changed)
        for box in (self.medications_box, self.allergies_box, self.other_box):
            box.textChanged.connect(self.changed)
        self._on_pregnant_changed()
        self._on_medications_changed()

    def set_values(self, form: IntakeForm) -> None:
        draft = form.draft
        for condition, field in self.conditions.items():
            field.set_value(draft.conditions.get(condition))
        self.pregnant_field.set_value(draft.pregnant)
        self.weeks_box.setValue(
            _NO_WEEKS if draft.gestation_weeks is None else draft.gestation_weeks
        )
        self.medications_box.set_text("\n".join(draft.medications))
        self.allergies_box.set_text("\n".join(draft.allergies))
        self.other_box.set_text(draft.other_conditions)
        self._on_pregnant_changed()

    def values(self) -> dict[str, Any]:
        weeks = self.weeks_box.value()
        pregnant = self.pregnant_field.value()
        return {
            "conditions": {
                c: bool(field.value())
                for c, field in self.conditions.items()
                if field.value() is not None
            },
            "pregnant": pregnant if isinstance(pregnant, bool) else None,
            "gestation_weeks": None if weeks == _NO_WEEKS else weeks,
            "medications": self.medications_box.lines(),
            "allergies": self.allergies_box.lines(),
            "other_conditions": self.other_box.text(),
        }

    def set_read_only(self, read_only: bool) -> None:
        for field in (*self.conditions.values(), self.pregnant_field):
            field.setEnabled(not read_only)
        self.weeks_box.setReadOnly(read_only)
        for box in (self.medications_box, self.allergies_box, self.other_box):
            box.setReadOnly(read_only)

    def _on_pregnant_changed(self) -> None:
        pregnant = self.pregnant_field.value() is True
        self.weeks_box.setEnabled(pregnant or self.weeks_box.value() != _NO_WEEKS)

    def _on_medications_changed(self) -> None:
        lines = self.medications_box.toPlainText().split("\n")
        names: list[str] = []
        for found in blood_thinner_lines(lines).values():
            names.extend(name for name in found if name not in names)
        self.thinner_note.setText(
            self.tr("Blood thinner recognised: {names}").format(names=", ".join(names))
        )
        self.thinner_note.setVisible(bool(names))


class RedFlagSection(QGroupBox):
    """Red flags: any yes means refer before treating; cauda-equina signs the same day."""

    changed = Signal()
    red_flags_changed = Signal(object)
    """The answers now mean this :class:`RedFlagState`."""

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        self.flags = {flag: yes_no() for flag in RedFlag}
        rows = []
        for flag, field in self.flags.items():
            info = RED_FLAGS[flag]
            label = _question(info.question)
            if info.urgency == Urgency.EMERGENCY:
                label.setToolTip(self.tr("Cauda equina sign: a yes is an emergency, same day."))
            rows.append((label, field))
        grid = _questions_grid(rows)
        self.advice_box = TextArea(3)
        self.advice_box.setPlaceholderText(
            self.tr("What the patient was told and where they were sent")
        )
        self.advice_label = QLabel(self.tr("Advice given *"))
        self.advice_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.advice_row = problems.wrap("red_flag_advice", self.advice_box)
        self.advice_label.setBuddy(self.advice_box)
        self.advice_box.setAccessibleName(self.tr("Advice given"))
        form.addRow(self.advice_label, self.advice_row)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(form)
        for field in self.flags.values():
            field.value_changed.connect(self._on_answer_changed)
        self.advice_box.textChanged.connect(self.changed)
        self._on_answer_changed()

    def state(self) -> RedFlagState:
        return red_flag_state(self._answers())

    def _answers(self) -> dict[RedFlag, bool]:
        return {
            f: bool(field.value()) for f, field in self.flags.items() if field.value() is not None
        }

    def set_values(self, form: IntakeForm) -> None:
        for flag, field in self.flags.items():
            field.set_value(form.draft.red_flags.get(flag))
        self.advice_box.set_text(form.draft.red_flag_advice)
        self._on_answer_changed()

    def values(self) -> dict[str, Any]:
        return {"red_flags": self._answers(), "red_flag_advice": self.advice_box.text()}

    def set_read_only(self, read_only: bool) -> None:
        for field in self.flags.values():
            field.setEnabled(not read_only)
        self.advice_box.setReadOnly(read_only)

    def _on_answer_changed(self) -> None:
        state = self.state()
        show_advice = state.refer or bool(self.advice_box.toPlainText().strip())
        self.advice_label.setVisible(show_advice)
        self.advice_row.setVisible(show_advice)
        self.red_flags_changed.emit(state)
        self.changed.emit()
