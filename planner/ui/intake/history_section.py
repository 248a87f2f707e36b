"""Medical history and the safety checklist, and the red-flag screen.

Each question is asked as the patient hears it, with Yes / No (unanswered allowed: the
question was not asked), two questions to a line. Each group has "None of these (all
No)" first (Tab, then Space): one key instead of thirteen clicks; it never turns a Yes
into a No (it is disabled while any question of the group is answered Yes). A medication
line naming a blood thinner is highlighted with a note; answering "No" to blood thinners
beside one shows, at that question, what the list names and asks to change the answer
or keep it with a note (saving is refused until then). "Pregnant?" is asked only where
it can apply (:func:`planner.domain.intake.pregnancy_question_applies`), and offered on
request otherwise. A red flag answered yes shows the "Refer before treating" banner at
once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.domain.intake import (
    ANSWER_NOTE_MIN,
    CONDITION_QUESTIONS,
    MAX_GESTATION_WEEKS,
    Contradiction,
    condition_field,
    contradictions,
)
from planner.domain.vocab import Condition
from planner.ui.forms import FieldErrors
from planner.ui.intake.form import IntakeForm, blood_thinner_lines
from planner.ui.intake.medications_edit import MedicationsEdit
from planner.ui.style import CAUTION_BACKGROUND, set_hint
from planner.ui.widgets.inputs import ChoiceField, TextArea

_NO_WEEKS = -1
_CAUTION_TEXT = "#4e342e"
"""The dark brown of text on the caution amber (the reconcile box, the blood-thinner note)."""


def yes_no() -> ChoiceField:
    yes = QCoreApplication.translate("intake", "Yes")
    no = QCoreApplication.translate("intake", "No")
    return ChoiceField([(True, yes), (False, no)])


def _question(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


QUESTION_COLUMNS = 2


def _questions_grid(
    rows: list[tuple[QLabel, ChoiceField]],
    none_button: QPushButton,
    cells: dict[int, QWidget] | None = None,
) -> QGridLayout:
    """Answers on the left, each question right beside its answer, two to a line (down
    the first column, then the second), and "None of these" in the last line's free
    place (first in the Tab order). ``cells`` replaces a question's label by a widget
    holding it (with what goes under it)."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(2)
    per_column = -(-(len(rows) + 1) // QUESTION_COLUMNS)
    grid.addWidget(  # added first: reached first with Tab (and Alt+number)
        none_button, per_column - 1, 2 * (QUESTION_COLUMNS - 1), 1, 2, Qt.AlignmentFlag.AlignLeft
    )
    for index, (label, field) in enumerate(rows):
        label.setBuddy(field)
        field.setAccessibleName(label.text())
        row, column = index % per_column, 2 * (index // per_column)
        grid.addWidget(field, row, column, Qt.AlignmentFlag.AlignTop)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 3, 0, 0)  # level with the answers' text
        grid.addWidget((cells or {}).get(index, label), row, column + 1)
    for column in range(QUESTION_COLUMNS):
        grid.setColumnStretch(2 * column + 1, 1)
    return grid


class NoneOfTheseButton(QPushButton):
    """Answers every question of a group No; disabled while one is answered Yes."""

    def __init__(self, fields: list[ChoiceField], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("None of these (all No)"))
        self.setToolTip(self.tr("Answer No to every question of this group (Space)"))
        self.setAutoDefault(False)
        self._fields = fields
        self.clicked.connect(self._on_clicked)
        for field in fields:
            field.value_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        yes = any(field.value() is True for field in self._fields)
        self.setEnabled(not yes and any(field.isEnabled() for field in self._fields))
        self.setToolTip(
            self.tr("A question is answered Yes: change the answers one by one.")
            if yes
            else self.tr("Answer No to every question of this group (Space)")
        )

    def _on_clicked(self) -> None:
        for field in self._fields:
            field.choose(False)


class ReconcileBox(QFrame):
    """Under a question the medication list contradicts: what it names, "Answer Yes", or
    a note that keeps the answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcile_box")
        self.setStyleSheet(
            f"#reconcile_box {{ background: {CAUTION_BACKGROUND}; border-radius: 3px; }}"
            f" #reconcile_box QLabel {{ color: {_CAUTION_TEXT}; }}"
        )
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.yes_button = QPushButton(self.tr("Answer Yes"))
        self.yes_button.setAutoDefault(False)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(
            self.tr("Or keep No: why (at least {n} characters)").format(n=ANSWER_NOTE_MIN)
        )
        self.note_edit.setAccessibleName(self.tr("Why the answer stays No"))
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.yes_button)
        line.addWidget(self.note_edit, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(3)
        column.addWidget(self.message_label)
        column.addLayout(line)
        self.setVisible(False)

    def show_contradiction(self, found: Contradiction | None) -> None:
        if found is not None:
            self.message_label.setText(
                self.tr(
                    "The medication list names {names}. Change the answer to Yes, or keep No "
                    "and say why."
                ).format(names=", ".join(found.found))
            )
        self.setVisible(found is not None or bool(self.note_edit.text().strip()))


class HistorySection(QGroupBox):
    changed = Signal()

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        grid = self._build_conditions(problems)
        self._build_pregnancy()
        self._build_medications()
        form = self._build_form(problems)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(form)
        self._connect_signals()
        self._on_pregnant_changed()
        self._on_medications_changed()
        self._show_pregnancy()

    def _build_conditions(self, problems: FieldErrors) -> QGridLayout:
        """The conditions' questions, two to a line, with the blood-thinner question's
        reconcile box under it."""
        self.conditions = {condition: yes_no() for condition in Condition}
        self.none_button = NoneOfTheseButton(list(self.conditions.values()))
        self.none_button.setAccessibleName(self.tr("None of these (all No): medical history"))
        self.reconcile: dict[Condition, ReconcileBox] = {}
        cells: dict[int, QWidget] = {}
        rows = []
        for index, (condition, field) in enumerate(self.conditions.items()):
            label = _question(translate("intake_rules", CONDITION_QUESTIONS[condition]))
            rows.append((label, field))
            if condition is Condition.ANTICOAGULANT_THERAPY:  # what the domain recognises
                box = ReconcileBox()
                cell = QWidget()
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                column.addWidget(label)
                column.addWidget(box)
                cells[index] = problems.wrap(
                    condition_field(condition), cell, focus=field, frame=field
                )
                self.reconcile[condition] = box
        return _questions_grid(rows, self.none_button, cells)

    def _build_pregnancy(self) -> None:
        self.pregnant_field = ChoiceField(
            [(True, self.tr("Yes")), (False, self.tr("No / not applicable"))]
        )
        self.pregnancy_skipped_label = QLabel(
            self.tr("Not asked: the patient's record (sex or age) rules it out.")
        )
        set_hint(self.pregnancy_skipped_label)
        self.pregnancy_skipped_label.setWordWrap(True)
        self.ask_pregnancy_button = QPushButton(self.tr("Ask anyway"))
        self.ask_pregnancy_button.setAutoDefault(False)
        self.ask_pregnancy_button.clicked.connect(self._on_ask_pregnancy_clicked)
        self._pregnancy_applies = True
        self.weeks_box = QSpinBox()
        self.weeks_box.setRange(_NO_WEEKS, MAX_GESTATION_WEEKS)
        self.weeks_box.setSpecialValueText(self.tr("—"))
        self.weeks_box.setSuffix(self.tr(" weeks"))
        self.weeks_box.setValue(_NO_WEEKS)
        self.weeks_box.setAccessibleName(self.tr("Weeks pregnant"))

    def _build_medications(self) -> None:
        self.medications_box = MedicationsEdit()
        self.thinner_note = QLabel()
        self.thinner_note.setTextFormat(Qt.TextFormat.PlainText)
        self.thinner_note.setWordWrap(True)
        self.thinner_note.setStyleSheet(
            f"background: {CAUTION_BACKGROUND}; color: {_CAUTION_TEXT};"
            " padding: 3px 6px; border-radius: 3px;"
        )
        self.allergies_box = TextArea(2)
        self.allergies_box.setPlaceholderText(self.tr("One per line"))
        self.other_box = TextArea(2)

    def _build_form(self, problems: FieldErrors) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pregnancy = QWidget()
        line = QHBoxLayout(pregnancy)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.pregnant_field)
        line.addWidget(self.weeks_box)
        line.addWidget(self.pregnancy_skipped_label)
        line.addWidget(self.ask_pregnancy_button)
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
        return form

    def _connect_signals(self) -> None:
        for field in (*self.conditions.values(), self.pregnant_field):
            field.value_changed.connect(self.changed)
        for field in self.conditions.values():
            field.value_changed.connect(self._show_contradictions)
        for condition, box in self.reconcile.items():
            box.yes_button.clicked.connect(
                lambda _checked=False, c=condition: self.conditions[c].choose(True)
            )
            box.note_edit.textChanged.connect(self.changed)
        self.pregnant_field.value_changed.connect(self._on_pregnant_changed)
        self.weeks_box.valueChanged.connect(self.changed)
        self.medications_box.textChanged.connect(self._on_medications_changed)
        for edit in (self.medications_box, self.allergies_box, self.other_box):
            edit.textChanged.connect(self.changed)

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
        for condition, box in self.reconcile.items():
            box.note_edit.setText(draft.answer_notes.get(condition, ""))
        self._on_pregnant_changed()
        self._show_contradictions()
        self._show_pregnancy()
        self.none_button.refresh()

    def set_pregnancy_applies(self, applies: bool) -> None:
        """Whether the patient's record lets pregnancy apply (asked), or rules it out."""
        self._pregnancy_applies = applies
        self._show_pregnancy()

    @property
    def pregnancy_asked(self) -> bool:
        """ "Pregnant?" is shown: it can apply, an answer is stored, or it was asked for."""
        return not self.pregnant_field.isHidden()

    def _show_pregnancy(self) -> None:
        asked = (
            self._pregnancy_applies
            or self.pregnant_field.value() is not None
            or self.weeks_box.value() != _NO_WEEKS
        )
        self.pregnant_field.setVisible(asked)
        self.weeks_box.setVisible(asked)
        self.pregnancy_skipped_label.setVisible(not asked)
        self.ask_pregnancy_button.setVisible(not asked)

    def _on_ask_pregnancy_clicked(self) -> None:
        self.pregnant_field.setVisible(True)
        self.weeks_box.setVisible(True)
        self.pregnancy_skipped_label.setVisible(False)
        self.ask_pregnancy_button.setVisible(False)
        self.pregnant_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _conditions(self) -> dict[Condition, bool]:
        return {
            c: bool(field.value())
            for c, field in self.conditions.items()
            if field.value() is not None
        }

    def _show_contradictions(self) -> None:
        lines = self.medications_box.toPlainText().split("\n")
        found = {c.condition: c for c in contradictions(self._conditions(), lines)}
        for condition, box in self.reconcile.items():
            box.show_contradiction(found.get(condition))

    def values(self) -> dict[str, Any]:
        weeks = self.weeks_box.value()
        pregnant = self.pregnant_field.value()
        return {
            "conditions": self._conditions(),
            "answer_notes": {
                c: box.note_edit.text()
                for c, box in self.reconcile.items()
                if box.note_edit.text().strip()
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
        for reconcile in self.reconcile.values():
            reconcile.note_edit.setReadOnly(read_only)
            reconcile.yes_button.setEnabled(not read_only)
        self.ask_pregnancy_button.setEnabled(not read_only)
        self.none_button.refresh()

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
        self._show_contradictions()
