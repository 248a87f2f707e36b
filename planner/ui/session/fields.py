"""The session screen's typed fields: the routine row (pain before, "anything new?",
needles in and out, pain after) and the details (date, time, length, response, adverse
events, notes, fee). :class:`SessionFields` reads them into a
:class:`~planner.ui.session.form.SessionForm` and shows one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from planner.ui.session.form import SessionForm
from planner.ui.session.widgets import AdverseEventsEditor, HealthCheckDetails, ResponseBoxes
from planner.ui.widgets.inputs import ChoiceField, DateLine, ScoreBox, TextArea
from planner.ui.widgets.layouts import FlowLayout

AUTO = -1  # needles in: as many as the points take


def caption(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic goes to ``buddy`` (which takes its words as accessible name)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    buddy.setAccessibleName(text.replace("&", ""))
    return label


def _pair(label: QLabel, *widgets: QWidget) -> QWidget:
    """A caption and its field(s), kept together on one line when the row wraps."""
    pair = QWidget()
    line = QHBoxLayout(pair)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(label)
    for widget in widgets:
        line.addWidget(widget)
    return pair


class RoutineRow(QWidget):
    """What every follow-up records, on one line (wrapping onto a second when the window is
    narrow, as at 125-200 % scaling) and in Tab order, which is also the reading order:
    pain before, anything new, needles out (and All out), pain after, then needles in (as
    many as the points take, rarely changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pain_before_box = ScoreBox()
        self.new_field = ChoiceField([(False, self.tr("Nothing new")), (True, self.tr("Yes"))])
        self.needles_in_box = QSpinBox()
        self.needles_in_box.setRange(AUTO, 200)
        self.needles_out_box = QSpinBox()
        self.needles_out_box.setRange(0, 200)
        self.all_out_button = QPushButton(self.tr("All &out"))
        self.all_out_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.all_out_button.setToolTip(self.tr("Every needle put in is out (Alt+O)"))
        self.all_out_button.setAccessibleName(self.tr("All needles out"))
        self.pain_after_box = ScoreBox()
        self._flow = FlowLayout(self, spacing=14)
        for pair in (
            _pair(caption(self.tr("Pain &before"), self.pain_before_box), self.pain_before_box),
            _pair(
                caption(self.tr("Anything &new since last time?"), self.new_field),
                self.new_field,
            ),
            _pair(
                caption(self.tr("Needles o&ut"), self.needles_out_box),
                self.needles_out_box,
                self.all_out_button,
            ),
            _pair(caption(self.tr("Pain &after"), self.pain_after_box), self.pain_after_box),
            _pair(caption(self.tr("Needles &in"), self.needles_in_box), self.needles_in_box),
        ):
            self._flow.add_widget(pair)
        QWidget.setTabOrder(self.pain_before_box, self.new_field)
        QWidget.setTabOrder(self.new_field, self.needles_out_box)
        QWidget.setTabOrder(self.needles_out_box, self.pain_after_box)
        QWidget.setTabOrder(self.pain_after_box, self.needles_in_box)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _fit_height(self) -> None:
        """Ask for the height the row needs at this width (one line, or two once wrapped)."""
        self.setMinimumHeight(self._flow.heightForWidth(max(self.width(), 1)))
        self.updateGeometry()


class SessionDetails(QGroupBox):
    """When, the response, adverse events, notes and fee."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details"), parent)
        self.date_edit = DateLine()
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.time_edit.setMaximumWidth(80)
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.duration_box = QSpinBox()
        self.duration_box.setRange(0, 240)
        self.duration_box.setSpecialValueText(self.tr("—"))
        self.duration_box.setSuffix(self.tr(" min"))
        self.duration_box.setAccessibleName(self.tr("Length in minutes"))
        self.response = ResponseBoxes()
        self.events = AdverseEventsEditor()
        self.notes_box = TextArea(3)
        self.fee_edit = QLineEdit()
        self.fee_edit.setMaximumWidth(110)
        self.fee_edit.setPlaceholderText(self.tr("e.g. 45.00"))
        when = QHBoxLayout()
        for widget in (self.date_edit, self.time_edit, self.duration_box):
            when.addWidget(widget)
        when.addStretch(1)
        form = QFormLayout(self)
        form.addRow(caption(self.tr("&Date, time, length"), self.date_edit), when)
        form.addRow(caption(self.tr("Response"), self.response), self.response)
        form.addRow(caption(self.tr("Adverse events"), self.events), self.events)
        form.addRow(caption(self.tr("No&tes"), self.notes_box), self.notes_box)
        form.addRow(caption(self.tr("&Fee"), self.fee_edit), self.fee_edit)
        self.date_edit.setAccessibleName(self.tr("Session date"))


class SessionFields:
    """The routine row, the health check and the details, read and shown together."""

    def __init__(
        self, routine: RoutineRow, health: HealthCheckDetails, details: SessionDetails
    ) -> None:
        self.routine = routine
        self.health = health
        self.details = details

    def form(self) -> SessionForm:
        r, d = self.routine, self.details
        needles_in = r.needles_in_box.value()
        answer = r.new_field.value()
        return SessionForm(
            session_date=d.date_edit.text(),
            start_time=d.time_edit.text(),
            duration_minutes=d.duration_box.value() or None,
            pain_before=r.pain_before_box.score(),
            anything_new=answer if isinstance(answer, bool) else None,
            check=self.health.value(),
            needles_in=None if needles_in == AUTO else needles_in,
            needles_out=r.needles_out_box.value(),
            response=d.response.value(),
            pain_after=r.pain_after_box.score(),
            adverse_events=d.events.value(),
            notes=d.notes_box.text(),
            fee=d.fee_edit.text(),
        )

    def show_form(self, form: SessionForm) -> None:
        r, d = self.routine, self.details
        d.date_edit.setText(form.session_date)
        d.time_edit.setText(form.start_time)
        d.duration_box.setValue(form.duration_minutes or 0)
        r.pain_before_box.set_score(form.pain_before)
        r.new_field.set_value(form.anything_new)
        self.health.set_value(form.check)
        r.needles_in_box.setValue(AUTO if form.needles_in is None else form.needles_in)
        r.needles_out_box.setValue(form.needles_out)
        d.response.set_value(form.response)
        r.pain_after_box.set_score(form.pain_after)
        d.events.set_value(form.adverse_events)
        d.notes_box.set_text(form.notes)
        d.fee_edit.setText(form.fee)

    def editable_widgets(self) -> list[QWidget]:
        """Everything that is greyed out once the session is signed (notes: read-only)."""
        r, d = self.routine, self.details
        return [
            r.pain_before_box,
            r.new_field,
            r.needles_in_box,
            r.needles_out_box,
            r.pain_after_box,
            r.all_out_button,
            self.health,
            d.date_edit,
            d.time_edit,
            d.duration_box,
            d.response,
            d.events,
            d.fee_edit,
        ]
