"""The review decision dialog: continue, adjust plan, extend, discharge or refer, with a
note, beside the pain change so far. Each choice has a mnemonic (Alt+C, A, X, D, R);
Ctrl+S or Enter records the decision. Tab goes down the dialog as it is read: the
decision, the row it enables, why, the note, then the buttons. The pain change is a green
note with its own text colour and the error lines take the palette's red, so both read
well in a dark theme. On a small or much scaled screen the dialog fits the screen: the
form scrolls above the buttons."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.courses import MAX_SESSIONS
from planner.domain.i18n import translate
from planner.domain.vocab import DischargeReason, ReviewDecision
from planner.ui.course.labels import decision_labels, discharge_labels
from planner.ui.course.records import Outcome
from planner.ui.course.review_presenter import ReviewForm, ReviewPresenter
from planner.ui.forms import FieldErrors
from planner.ui.style import GOOD_NOTE_STYLE, fit_to_screen, set_error_colour
from planner.ui.widgets.headings import heading
from planner.ui.widgets.inputs import TextArea
from planner.ui.widgets.layouts import scrolling
from planner.ui.widgets.message_bar import MessageBar


class ReviewDialog(QDialog):
    review_recorded = Signal(int, int)
    """A decision was recorded (patient id, course id)."""

    def __init__(
        self, presenter: ReviewPresenter, patient_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.setWindowTitle(self.tr("Course review — {name}").format(name=patient_name))
        self.heading_label = heading("")
        self.pain_label = QLabel()
        self.pain_label.setWordWrap(True)
        self.pain_label.setStyleSheet(GOOD_NOTE_STYLE)  # its own text colour: any theme
        self.message = MessageBar()
        self.message.reload_requested.connect(self._on_message_reload_requested)
        self.problems = FieldErrors()
        self.decision_buttons: dict[ReviewDecision, QRadioButton] = {}
        self._group = QButtonGroup(self)
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        for decision, text in decision_labels().items():
            button = QRadioButton(text)
            self._group.addButton(button)
            self.decision_buttons[decision] = button
            column.addWidget(button)
            button.toggled.connect(self._on_decision_toggled)
        self.extend_box = QSpinBox()
        self.extend_box.setRange(1, MAX_SESSIONS)
        self.extend_box.setValue(2)
        self.extend_box.valueChanged.connect(self._on_extend_box_value_changed)
        self._on_extend_box_value_changed(self.extend_box.value())
        self.discharge_box = QComboBox()
        self.discharge_box.addItem(self.tr("— choose —"), None)
        for reason, text in discharge_labels().items():
            self.discharge_box.addItem(text, reason)
        self.refer_edit = QLineEdit()
        self.refer_edit.setPlaceholderText(self.tr("e.g. the patient's GP, a spinal surgeon"))
        self.reason_edit = TextArea(2)
        self.note_edit = TextArea(3)
        form = QFormLayout()
        p = self.problems
        p.add_row(form, "decision", self.tr("Decision"), choices)
        self.extend_label = p.add_row(form, "extend_by", self.tr("How &many"), self.extend_box)
        self.discharge_label = p.add_row(
            form, "discharge_reason", self.tr("Discharge &because"), self.discharge_box
        )
        self.refer_label = p.add_row(form, "refer_to", self.tr("Refer &to"), self.refer_edit)
        p.add_row(form, "reason", self.tr("&Why"), self.reason_edit)
        p.add_row(form, "note", self.tr("&Note"), self.note_edit)
        set_error_colour(*(p.label(name) for name in p.names()))  # light red on a dark theme
        self.decision_buttons[ReviewDecision.CONTINUE].parentWidget().setAccessibleName(
            self.tr("Decision")
        )
        self._rows = {
            ReviewDecision.EXTEND: (self.extend_label, self.extend_box),
            ReviewDecision.DISCHARGE: (self.discharge_label, self.discharge_box),
            ReviewDecision.REFER: (self.refer_label, self.refer_edit),
        }
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Record d&ecision"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._on_save_requested)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_requested)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.pain_label)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addStretch(1)
        self.scroll = scrolling(page)  # the buttons stay on a small screen; the form scrolls
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(buttons)
        fit_to_screen(self, max(560, page.sizeHint().width() + 40), page.sizeHint().height() + 80)
        self._order_tabs(buttons)
        self._on_decision_toggled()
        self._open()
        self.decision_buttons[ReviewDecision.CONTINUE].setFocus(Qt.FocusReason.OtherFocusReason)

    def _order_tabs(self, buttons: QDialogButtonBox) -> None:
        """Tab as the dialog is read: Reload (when shown), the decision, its row, why,
        the note, then the buttons in the order they are shown."""
        chain: list[QWidget] = [self.message.reload_button, *self.decision_buttons.values()]
        chain += [self.extend_box, self.discharge_box, self.refer_edit]
        chain += [self.reason_edit, self.note_edit, buttons]  # the box orders its buttons
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _open(self) -> None:
        """The course as stored now (what was chosen and typed stays)."""
        result = self._presenter.open()
        if not result.done:
            self.message.show_message(result.message)
        self.save_button.setEnabled(result.done)
        self.heading_label.setText(self._presenter.heading())
        self.pain_label.setText(self._presenter.pain())
        self.pain_label.setVisible(bool(self._presenter.pain()))

    def _on_message_reload_requested(self) -> None:
        self.message.clear()
        self._open()

    def form(self) -> ReviewForm:
        decision = next((d for d, b in self.decision_buttons.items() if b.isChecked()), None)
        reason = self.discharge_box.currentData()
        return ReviewForm(
            decision=decision,
            extend_by=self.extend_box.value(),
            discharge_reason=DischargeReason(reason) if reason else None,
            refer_to=self.refer_edit.text(),
            reason=self.reason_edit.text(),
            note=self.note_edit.text(),
        )

    def _on_extend_box_value_changed(self, value: int) -> None:
        # The spin box shows the number, so the suffix is the counted text without it.
        counted = translate("course_review", "%n more session(s)", None, value)
        self.extend_box.setSuffix(counted.replace(str(value), "", 1))

    def _on_decision_toggled(self, *_args: object) -> None:
        chosen = self.form().decision
        for decision, widgets in self._rows.items():
            for widget in widgets:
                widget.setEnabled(decision == chosen)

    def _on_save_requested(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.message.clear()
        self.problems.clear()
        result = self._presenter.save(self.form())
        if result.outcome is Outcome.INVALID:
            rest = self.problems.show_all(result.problems)
            self.message.show_message(" ".join(rest.values()))
        elif result.outcome is Outcome.CONFLICT:
            self.message.show_message(result.message, reload=True)
        elif not result.done:
            self.message.show_message(result.message)
        else:
            patient_id = self._presenter.patient_id
            if patient_id is not None:
                self.review_recorded.emit(patient_id, self._presenter.course_id)
            self.accept()
