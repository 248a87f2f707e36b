"""Consent per technique, and the style of acupuncture with optional TCM findings.

The pattern is an editable list: pick one of the TCM patterns the plan templates are
written for (:func:`planner.domain.protocols.patterns`) or type any other text. It is
stored as the text shown, as before; a course started later suggests the template of a
pattern it recognises.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.protocols import patterns
from planner.domain.vocab import ConsentScope
from planner.ui.forms import FieldErrors
from planner.ui.intake.form import ConsentChoice, IntakeForm, consent_field
from planner.ui.labels import consent_labels, style_labels
from planner.ui.style import set_hint
from planner.ui.widgets.inputs import ChoiceField, DateLine, TextArea


class ConsentSection(QGroupBox):
    """Given / Declined / not asked, and the day, for each technique."""

    changed = Signal()

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        self.choices: dict[ConsentScope, ChoiceField] = {}
        self.dates: dict[ConsentScope, DateLine] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(QLabel(self.tr("<b>Technique</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Consent</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>On</b>")), 0, 2)
        for row, (scope, text) in enumerate(consent_labels().items(), start=1):
            choice = ChoiceField([(True, self.tr("Given")), (False, self.tr("Declined"))])
            choice.setAccessibleName(self.tr("Consent to {technique}").format(technique=text))
            date = DateLine()
            date.setAccessibleName(self.tr("{technique}: consent date").format(technique=text))
            label = QLabel(text)
            label.setBuddy(choice)
            grid.addWidget(label, row, 0)
            grid.addWidget(choice, row, 1)
            grid.addWidget(problems.wrap(consent_field(scope), date, focus=date), row, 2)
            choice.value_changed.connect(self.changed)
            date.textChanged.connect(self.changed)
            self.choices[scope] = choice
            self.dates[scope] = date
        grid.setColumnStretch(3, 1)
        note = QLabel(
            self.tr(
                "Unanswered means not asked yet. Saving records each new or changed answer "
                "as taken by you."
            )
        )
        set_hint(note)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)

    def set_values(self, form: IntakeForm) -> None:
        for scope, choice in self.choices.items():
            answer = form.consents.get(scope, ConsentChoice())
            choice.set_value(answer.given)
            self.dates[scope].setText(answer.date)

    def values(self) -> dict[ConsentScope, ConsentChoice]:
        answers = {}
        for scope, choice in self.choices.items():
            given = choice.value()
            answers[scope] = ConsentChoice(
                given if isinstance(given, bool) else None, self.dates[scope].text()
            )
        return answers

    def set_read_only(self, read_only: bool) -> None:
        for scope, choice in self.choices.items():
            choice.setEnabled(not read_only)
            self.dates[scope].setReadOnly(read_only)


class PatternBox(QComboBox):
    """The TCM pattern: one of the template patterns, or free text (stored as shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.edit = QLineEdit()
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text is not a choice
        self.setCompleter(None)  # what is typed stays as typed (no inline completion)
        self.addItems(list(patterns()))
        self.setCurrentIndex(-1)
        self.edit.setPlaceholderText(
            self.tr("optional: choose a pattern or type one, e.g. Liver Qi stagnation")
        )
        self.setAccessibleName(self.tr("Pattern"))

    def text(self) -> str:
        return self.currentText()

    def set_text(self, text: str) -> None:
        if text != self.currentText():
            self.setCurrentIndex(self.findText(text) if text else -1)
            self.setEditText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.setEnabled(not read_only)  # no picking from the list either


class StyleSection(QGroupBox):
    """How the practitioner works, and optional TCM findings (tongue, pulse, pattern)."""

    changed = Signal()

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        self.style_box = QComboBox()
        self.style_box.addItem(self.tr("— not recorded —"), "")
        for style, text in style_labels().items():
            self.style_box.addItem(text, style.value)
        self.tongue_box = TextArea(1)
        self.pulse_box = TextArea(1)
        self.pattern_box = PatternBox()
        self.tongue_box.setPlaceholderText(self.tr("optional, e.g. pale, thin white coat"))
        self.pulse_box.setPlaceholderText(self.tr("optional, e.g. wiry, slightly rapid"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        problems.add_row(form, "acupuncture_style", self.tr("Style of acupuncture"), self.style_box)
        problems.add_row(form, "tongue", self.tr("Tongue"), self.tongue_box)
        problems.add_row(form, "pulse", self.tr("Pulse"), self.pulse_box)
        problems.add_row(form, "pattern", self.tr("Pattern"), self.pattern_box)
        self.style_box.currentIndexChanged.connect(self.changed)
        self.tongue_box.textChanged.connect(self.changed)
        self.pulse_box.textChanged.connect(self.changed)
        self.pattern_box.editTextChanged.connect(self.changed)

    def _texts(self) -> dict[str, TextArea | PatternBox]:
        return {"tongue": self.tongue_box, "pulse": self.pulse_box, "pattern": self.pattern_box}

    def set_values(self, form: IntakeForm) -> None:
        style = form.draft.acupuncture_style
        if style and self.style_box.findData(style) < 0:  # a style this version does not know
            self.style_box.addItem(style, style)
        self.style_box.setCurrentIndex(max(self.style_box.findData(style), 0))
        for name, box in self._texts().items():
            box.set_text(getattr(form.draft, name))

    def values(self) -> dict[str, Any]:
        return {
            "acupuncture_style": str(self.style_box.currentData() or ""),
            **{name: box.text() for name, box in self._texts().items()},
        }

    def set_read_only(self, read_only: bool) -> None:
        self.style_box.setEnabled(not read_only)
        self.tongue_box.setReadOnly(read_only)
        self.pulse_box.setReadOnly(read_only)
        self.pattern_box.set_read_only(read_only)
