"""The red-flag screen of the intake (reference §6; issue 17).

Every question is Yes / No, or left open — and open is not "no": a line under the
questions counts them, and the first plan of a course needs them answered or a written
reason (the safety engine's ``red_flags.unanswered``). A flag answered yes shows the
"Refer before treating" banner at once, and a row to record a doctor's clearance (who,
on which day, a note such as "letter on file"): recorded once with the intake, the flag
then warns at plans and sessions instead of stopping treatment. Under 20 the young-age
flag is shown (it follows from the date of birth), and a weakened immune system (the
history question) raises the infection flag, each with its clearance row; under 18 the
parent's or guardian's consent is asked. Sciatica recorded in both legs with "symptoms
down both legs" answered No is refused at that question.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.domain.intake import clearance_field, red_flag_field
from planner.domain.red_flags import ASKED, GUARDIAN_BELOW, RED_FLAGS, Urgency
from planner.domain.vocab import RedFlag
from planner.ui.forms import FieldErrors
from planner.ui.intake.form import ClearanceText, IntakeForm, RedFlagState, red_flag_state
from planner.ui.intake.history_section import (
    NoneOfTheseButton,
    _question,
    _questions_grid,
    yes_no,
)
from planner.ui.style import ERROR_COLOUR
from planner.ui.widgets.inputs import DateLine, TextArea

_LISTED_UP_TO = 6  # open questions named one by one up to this many


class ClearanceRow(QWidget):
    """A doctor's clearance of one red flag: who, when, a note (all empty: not cleared)."""

    changed = Signal()

    def __init__(self, flag: RedFlag, problems: FieldErrors) -> None:
        super().__init__()
        self.flag = flag
        short = translate("red_flags", RED_FLAGS[flag].short)
        self.title = QLabel(short[:1].upper() + short[1:] + ":")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("Cleared by (e.g. Dr A. Jones, GP)"))
        self.by_edit.setAccessibleName(self.tr("Cleared by, {flag}").format(flag=short))
        self.on_edit = DateLine()
        self.on_edit.setAccessibleName(self.tr("Clearance date, {flag}").format(flag=short))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note (e.g. letter on file)"))
        self.note_edit.setAccessibleName(self.tr("Clearance note, {flag}").format(flag=short))
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addWidget(self.by_edit, 2)
        row.addWidget(QLabel(self.tr("on")))
        row.addWidget(self.on_edit)
        row.addWidget(self.note_edit, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(problems.wrap(clearance_field(flag), line, focus=self.by_edit))
        for edit in (self.by_edit, self.on_edit, self.note_edit):
            edit.textChanged.connect(self.changed)

    def text(self) -> ClearanceText:
        return ClearanceText(self.by_edit.text(), self.on_edit.text(), self.note_edit.text())

    def set_text(self, typed: ClearanceText) -> None:
        self.by_edit.setText(typed.by)
        self.on_edit.setText(typed.on)
        self.note_edit.setText(typed.note)

    def typed(self) -> bool:
        return any(part.strip() for part in (self.text().by, self.text().on, self.text().note))

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.by_edit, self.on_edit, self.note_edit):
            edit.setReadOnly(read_only)


class RedFlagSection(QGroupBox):
    """Red flags: a yes means refer before treating (cauda-equina signs the same day), unless
    a doctor's clearance is recorded; open questions are counted, not taken as no."""

    changed = Signal()
    red_flags_changed = Signal(object)
    """The answers now mean this :class:`RedFlagState`."""

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        self.age: int | None = None
        self.immunocompromised = False  # the history question, answered Yes
        self.flags = {flag: yes_no() for flag in ASKED}
        self.none_button = NoneOfTheseButton(list(self.flags.values()))
        self.none_button.setAccessibleName(self.tr("None of these (all No): red flags"))
        rows = []
        cells: dict[int, QWidget] = {}
        for index, (flag, field) in enumerate(self.flags.items()):
            info = RED_FLAGS[flag]
            label = _question(translate("red_flags", info.question))
            if info.urgency == Urgency.EMERGENCY:
                label.setToolTip(self.tr("A yes is an emergency, same day."))
            elif info.urgency == Urgency.ROUTINE:
                label.setToolTip(self.tr("A yes means a routine referral; treatment may go on."))
            rows.append((label, field))
            cells[index] = problems.wrap(red_flag_field(flag), label, focus=field, frame=field)
        grid = _questions_grid(rows, self.none_button, cells)
        self.open_label = QLabel()
        self.open_label.setObjectName("red_flags_open")
        self.open_label.setWordWrap(True)
        self.open_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_label.setStyleSheet("color: #8a4b00;")
        self.young_label = QLabel(
            self.tr(
                "Under 20: back pain at this age is itself a red flag — refer, or record a "
                "doctor's clearance below."
            )
        )
        self.young_label.setWordWrap(True)
        self.clearance_label = QLabel(
            self.tr("Cleared by a doctor (recorded once; the flag then no longer stops treatment):")
        )
        self.clearances = {flag: ClearanceRow(flag, problems) for flag in RedFlag}
        self.advice_box = TextArea(3)
        self.advice_box.setPlaceholderText(
            self.tr("What the patient was told and where they were sent")
        )
        self.advice_label = QLabel(self.tr("Advice given *"))
        self.advice_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.guardian_edit = QLineEdit()
        self.guardian_edit.setPlaceholderText(self.tr("Who consented, and when"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.advice_row = problems.wrap("red_flag_advice", self.advice_box)
        self.advice_label.setBuddy(self.advice_box)
        self.advice_box.setAccessibleName(self.tr("Advice given"))
        form.addRow(self.advice_label, self.advice_row)
        self.guardian_label = problems.add_row(
            form,
            "guardian_consent",
            self.tr("Parent's or &guardian's consent *"),
            self.guardian_edit,
        )
        self.guardian_row = self.guardian_label.buddy().parentWidget()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.open_label)
        layout.addWidget(self.young_label)
        layout.addWidget(self.clearance_label)
        for row in self.clearances.values():
            layout.addWidget(row)
            row.changed.connect(self._on_answer_changed)
        layout.addLayout(form)
        for field in self.flags.values():
            field.value_changed.connect(self._on_answer_changed)
        self.advice_box.textChanged.connect(self.changed)
        self.guardian_edit.textChanged.connect(self.changed)
        self._on_answer_changed()

    def set_age(self, age: int | None) -> None:
        """The patient's age today (None: not known): young-age flag and guardian's consent."""
        self.age = age
        self._on_answer_changed()

    def set_immunocompromised(self, yes: bool) -> None:
        """The history's "weakened immune system?" answered Yes raises the infection flag."""
        if yes != self.immunocompromised:
            self.immunocompromised = yes
            self._on_answer_changed()

    def state(self) -> RedFlagState:
        cleared = frozenset(flag for flag, row in self.clearances.items() if row.typed())
        return red_flag_state(self._answers(), cleared, self.age, self.immunocompromised)

    def _answers(self) -> dict[RedFlag, bool]:
        return {
            f: bool(field.value()) for f, field in self.flags.items() if field.value() is not None
        }

    def clearance_texts(self) -> dict[RedFlag, ClearanceText]:
        """The clearances typed for the flags raised now (others are not sent)."""
        present = set(self.state().present)
        return {
            flag: row.text()
            for flag, row in self.clearances.items()
            if flag in present and row.typed()
        }

    def set_values(self, form: IntakeForm) -> None:
        for flag, field in self.flags.items():
            field.set_value(form.draft.red_flags.get(flag))
        for flag, row in self.clearances.items():
            row.set_text(form.clearances.get(flag, ClearanceText()))
        self.advice_box.set_text(form.draft.red_flag_advice)
        self.guardian_edit.setText(form.draft.guardian_consent)
        self._on_answer_changed()
        self.none_button.refresh()

    def values(self) -> dict[str, Any]:
        return {
            "red_flags": self._answers(),
            "red_flag_advice": self.advice_box.text(),
            "guardian_consent": self.guardian_edit.text(),
        }

    def set_read_only(self, read_only: bool) -> None:
        for field in self.flags.values():
            field.setEnabled(not read_only)
        for row in self.clearances.values():
            row.set_read_only(read_only)
        self.advice_box.setReadOnly(read_only)
        self.guardian_edit.setReadOnly(read_only)
        self.none_button.refresh()

    def open_text(self) -> str:
        """What the line under the questions says about open questions ("" when none)."""
        open_questions = self.state().open_questions
        if not open_questions:
            return ""
        count = len(open_questions)
        names = (
            ": " + "; ".join(translate("red_flags", RED_FLAGS[f].short) for f in open_questions)
            if count <= _LISTED_UP_TO
            else ""
        )
        return self.tr(
            "Not answered yet ({count}){names}. An unanswered question is not a no: the first "
            "plan of a course needs an answer to each, or a written reason."
        ).format(count=count, names=names)

    def _on_answer_changed(self) -> None:
        state = self.state()
        show_advice = state.refer or bool(self.advice_box.toPlainText().strip())
        self.advice_label.setVisible(show_advice)
        self.advice_row.setVisible(show_advice)
        text = self.open_text()
        self.open_label.setText(text)
        self.open_label.setVisible(bool(text))
        self.young_label.setVisible(RedFlag.YOUNG_AGE in state.present)
        for flag, row in self.clearances.items():
            row.setVisible(flag in state.present)
        self.clearance_label.setVisible(any(flag in self.clearances for flag in state.present))
        minor = self.age is not None and self.age < GUARDIAN_BELOW
        show_guardian = minor or bool(self.guardian_edit.text().strip())
        self.guardian_label.setVisible(show_guardian)
        self.guardian_row.setVisible(show_guardian)
        self.red_flags_changed.emit(state)
        self.changed.emit()
