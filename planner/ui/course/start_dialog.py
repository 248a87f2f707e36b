"""Start a course from the current intake: how many sessions, how often, from when, the
proposed date of each ("Session 1 of 6 …", editable), the review points and the goals.

Changing the start, the number or the frequency proposes the dates again; a date can
then be typed over. More than 6 sessions shows the reason field. Ctrl+S or Enter starts
the course; problems are shown at their fields and nothing typed is lost.

A plan template can be chosen to start the plan from; the one written for the TCM
pattern of the latest intake (cold-damp, kidney yang deficiency, ...) is chosen already,
and a note says so. Once the course has started the choice is announced
(``plan_template_chosen``) before ``course_started``, so the plan editor opens with it.

When the latest intake says "Refer before treating" (a red flag), a red box at the top
says so, with each finding and what to do; the course starts only when the override is
ticked and a reason written (stored with who and when, and shown on the overview).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.courses import PLANNED_RANGE, USUAL_MAX_SESSIONS
from planner.domain.courses_safety import OVERRIDE_REASON_MIN
from planner.ui.course.labels import frequency_labels
from planner.ui.course.records import Outcome
from planner.ui.course.start_presenter import OVERRIDE_FIELD, CourseForm, StartCoursePresenter
from planner.ui.forms import FieldErrors
from planner.ui.style import card_style, error_style, set_error_colour, set_hint
from planner.ui.widgets.inputs import DateLine, ScoreBox, TextArea
from planner.ui.widgets.message_bar import MessageBar


class DatesList(QWidget):
    """One date line per session, labelled "Session N of M"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(2)
        self.lines: list[DateLine] = []
        self._labels: list[QLabel] = []

    def set_dates(self, labels: list[str], dates: tuple[str, ...]) -> None:
        for widget in (*self.lines, *self._labels):
            self.grid.removeWidget(widget)
            widget.hide()  # at once: deletion waits for the event loop
            widget.deleteLater()
        self.lines, self._labels = [], []
        for index, (label, day) in enumerate(zip(labels, dates, strict=False)):
            caption = QLabel(label)
            line = DateLine()
            line.setText(day)
            line.setAccessibleName(label)
            self.grid.addWidget(caption, index // 2, (index % 2) * 2)
            self.grid.addWidget(line, index // 2, (index % 2) * 2 + 1)
            self.lines.append(line)
            self._labels.append(caption)

    def dates(self) -> tuple[str, ...]:
        return tuple(line.text() for line in self.lines)


class ReferBox(QFrame):
    """The latest intake's "Refer before treating" findings, and the explicit override."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refer_box")
        self.setStyleSheet(card_style("#refer_box", "error", radius=4))  # per the theme
        self.title_label = QLabel(self.tr("Refer before treating — the intake says do not treat"))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setStyleSheet(error_style())
        self.findings_label = QLabel()
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.findings_label.setWordWrap(True)
        self.override_box = QCheckBox(
            self.tr("&Override: start the course anyway (recorded with your name and the time)")
        )
        self.reason_edit = TextArea(2)
        self.reason_edit.setPlaceholderText(
            self.tr("Why treat despite the red flag (at least {n} characters)").format(
                n=OVERRIDE_REASON_MIN
            )
        )
        self.reason_edit.setAccessibleName(self.tr("Override reason"))
        self.reason_edit.setEnabled(False)
        self.override_box.toggled.connect(self.reason_edit.setEnabled)
        self.not_allowed_label = QLabel(
            self.tr("Your role may not override this finding; a practitioner can.")
        )
        self.not_allowed_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.addWidget(self.title_label)
        column.addWidget(self.findings_label)
        column.addWidget(self.override_box)
        column.addWidget(self.reason_edit)
        column.addWidget(self.not_allowed_label)

    def show_findings(self, lines: list[str], may_override: bool) -> None:
        self.findings_label.setText("\n".join(f"• {line}" for line in lines))
        self.override_box.setVisible(may_override)
        self.reason_edit.setVisible(may_override)
        self.not_allowed_label.setVisible(not may_override)
        self.setVisible(bool(lines))


class StartCourseDialog(QDialog):
    course_started = Signal(int, int)
    """A course was started (patient id, course id)."""
    plan_template_chosen = Signal(int, str)
    """The course just started should plan from this template (course id, template ref)."""

    def __init__(
        self, presenter: StartCoursePresenter, patient_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.setWindowTitle(self.tr("Start a course — {name}").format(name=patient_name))
        self.setMinimumWidth(620)
        self.message = MessageBar()
        self.problems = FieldErrors()
        refer_row = self._build_refer_box()
        planned, review = self._build_schedule()
        template = self._build_goals_and_template()
        form = self._build_form(planned, review, template)
        buttons = self._build_buttons()
        self._lay_out(refer_row, form, buttons)
        self._open()

    def _build_refer_box(self) -> QWidget:
        """The red "Refer before treating" box (hidden unless the intake says so)."""
        self.refer_box = ReferBox()
        self.refer_box.setVisible(False)
        return self.problems.wrap(OVERRIDE_FIELD, self.refer_box, focus=self.refer_box.override_box)

    def _build_schedule(self) -> tuple[QWidget, QWidget]:
        """Start, number of sessions (with the reason for more), frequency, the review
        points and the proposed dates; returns the planned and review rows' widgets."""
        self.start_edit = DateLine()
        self.planned_box = QSpinBox()
        self.planned_box.setRange(PLANNED_RANGE.start, PLANNED_RANGE.stop - 1)
        self.planned_box.setSuffix(self.tr(" sessions"))
        self.usual_label = QLabel(self.tr("4–6 is the usual course; more than 6 needs a reason."))
        set_hint(self.usual_label)
        planned = QWidget()
        line = QHBoxLayout(planned)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.planned_box)
        line.addWidget(self.usual_label, 1)
        self.reason_edit = TextArea(2)
        self.frequency_box = QComboBox()
        for value, text in frequency_labels().items():
            self.frequency_box.addItem(text, value)
        self.mid_box = QSpinBox()
        self.mid_box.setPrefix(self.tr("at session "))
        self.final_label = QLabel()
        review = QWidget()
        line = QHBoxLayout(review)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.mid_box)
        line.addWidget(self.final_label, 1)
        self.dates_list = DatesList()
        return planned, review

    def _build_goals_and_template(self) -> QWidget:
        """The goals, the target pain and the plan template (with its note)."""
        self.goals_edit = TextArea(3)
        self.target_box = ScoreBox()
        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Plan template"))
        self.template_note = QLabel()
        self.template_note.setTextFormat(Qt.TextFormat.PlainText)  # the intake's own words
        self.template_note.setWordWrap(True)
        set_hint(self.template_note)
        self._template_field = template = QWidget()
        column = QVBoxLayout(template)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.template_box)
        column.addWidget(self.template_note)
        return template

    def _build_form(self, planned: QWidget, review: QWidget, template: QWidget) -> QFormLayout:
        p = self.problems
        form = QFormLayout()
        p.add_row(form, "start_date", self.tr("&Start on"), self.start_edit)
        p.add_row(form, "planned_sessions", self.tr("&Planned"), planned, focus=self.planned_box)
        self.reason_label = p.add_row(
            form, "sessions_reason", self.tr("&Reason for more"), self.reason_edit
        )
        p.add_row(form, "sessions_per_week", self.tr("&Frequency"), self.frequency_box)
        p.add_row(form, "mid_review_at", self.tr("&Mid-course review"), review, focus=self.mid_box)
        p.add_row(form, "proposed_dates", self.tr("Proposed &dates"), self.dates_list)
        p.add_row(form, "goals", self.tr("&Goals (from the intake)"), self.goals_edit)
        p.add_row(form, "goal_target_pain", self.tr("&Target pain"), self.target_box)
        self.template_label = p.add_row(
            form, "template", self.tr("Plan temp&late"), template, focus=self.template_box
        )
        set_error_colour(*(p.label(name) for name in p.names()))  # the red the theme needs
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(
            self.tr("Start &course"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._on_start_requested)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_start_requested)
        return buttons

    def _lay_out(self, refer_row: QWidget, form: QFormLayout, buttons: QDialogButtonBox) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addStretch(1)  # rows keep their height in a tall window
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(refer_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.start_button.setDefault(True)

    def _open(self) -> None:
        """Show what the presenter proposes, then listen to the schedule's fields."""
        initial, result = self._presenter.open()
        self._show_templates(initial.template)
        self._set_form(initial)
        self._show_safety()
        if not result.done:
            self.message.show_message(result.message)
            self.start_button.setEnabled(False)
        self.start_edit.textEdited.connect(self._on_schedule_changed)
        self.planned_box.valueChanged.connect(self._on_planned_box_value_changed)
        self.frequency_box.currentIndexChanged.connect(self._on_schedule_changed)
        screen = self.screen().availableGeometry().height() if self.screen() else 760
        self.resize(720, max(min(580, screen - 60), 420))
        self.planned_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def form(self) -> CourseForm:
        return CourseForm(
            start_date=self.start_edit.text(),
            planned_sessions=self.planned_box.value(),
            sessions_reason=self.reason_edit.text(),
            sessions_per_week=float(self.frequency_box.currentData()),
            dates=self.dates_list.dates(),
            mid_review_at=self.mid_box.value(),
            goals=self.goals_edit.text(),
            goal_target_pain=self.target_box.score(),
            override=self.refer_box.override_box.isChecked(),
            override_reason=self.refer_box.reason_edit.text(),
            template=str(self.template_box.currentData() or ""),
        )

    def _show_templates(self, chosen: str) -> None:
        """The templates (none when the presenter has none: the row is hidden), the
        suggested one chosen, and a note on the intake's pattern."""
        views = self._presenter.templates
        self.template_box.addItem(self.tr("— none: plan from scratch —"), "")
        for view in views:
            self.template_box.addItem(view.name, view.ref)
        self.template_box.setCurrentIndex(max(self.template_box.findData(chosen), 0))
        pattern = self._presenter.suggestion.pattern
        if chosen:
            note = self.tr("Suggested for the intake's pattern: {pattern}.")
        elif pattern:
            note = self.tr("No template is written for the intake's pattern ({pattern}).")
        else:
            note = self.tr("The intake records no TCM pattern.")
        self.template_note.setText(note.format(pattern=pattern))
        self._template_field.setVisible(bool(views))
        self.template_label.setVisible(bool(views))

    def _show_safety(self) -> None:
        safety = self._presenter.safety
        self.refer_box.show_findings(
            [f"{f.message} {f.action}" for f in safety.findings], safety.may_override
        )

    def _set_form(self, form: CourseForm) -> None:
        for widget in (self.planned_box, self.frequency_box, self.start_edit):
            widget.blockSignals(True)
        self.start_edit.setText(form.start_date)
        self.planned_box.setValue(form.planned_sessions)
        self.frequency_box.setCurrentIndex(
            max(self.frequency_box.findData(form.sessions_per_week), 0)
        )
        for widget in (self.planned_box, self.frequency_box, self.start_edit):
            widget.blockSignals(False)
        self.reason_edit.set_text(form.sessions_reason)
        self.mid_box.setRange(1, form.planned_sessions)
        self.mid_box.setValue(form.mid_review_at)
        self.goals_edit.set_text(form.goals)
        self.target_box.set_score(form.goal_target_pain)
        self._show_schedule(form)

    def _show_schedule(self, form: CourseForm) -> None:
        planned = form.planned_sessions
        self.dates_list.set_dates(self._presenter.labels(planned), form.dates)
        self.final_label.setText(self.tr("; final review at session {n}").format(n=planned))
        needs = self._presenter.needs_reason(planned)
        self.reason_edit.parentWidget().setVisible(needs)  # the field with its error line
        self.reason_label.setVisible(needs)
        self.usual_label.setText(
            self.tr("More than {n}: say why below.").format(n=USUAL_MAX_SESSIONS)
            if needs
            else self.tr("4–6 is the usual course; more than 6 needs a reason.")
        )

    def _on_schedule_changed(self, *_args: object) -> None:
        self._show_schedule(self._presenter.with_dates(self.form()))

    def _on_planned_box_value_changed(self, planned: int) -> None:
        self.mid_box.setRange(1, planned)
        self.mid_box.setValue(self._presenter.default_mid_review(planned))
        self._on_schedule_changed()

    def _on_start_requested(self) -> None:
        if not self.start_button.isEnabled():
            return
        self.message.clear()
        self.problems.clear()
        result = self._presenter.start(self.form())
        self._show_safety()  # a red flag may have been answered since the dialog opened
        if result.outcome is Outcome.INVALID:
            rest = self.problems.show_all(result.problems)
            self.message.show_message(" ".join(rest.values()))
        elif not result.done:
            self.message.show_message(result.message)
        elif self._presenter.course is not None:
            course_id = self._presenter.course.id
            if self._presenter.chosen_template:
                self.plan_template_chosen.emit(course_id, self._presenter.chosen_template)
            self.course_started.emit(self._presenter.patient_id, course_id)
            self.accept()
