"""The session screen: record today's session of a course, save it as a draft, sign it.

Keyboard first. The routine follow-up fields come first, in one row and in Tab order:
pain before → anything new? → needles out → pain after. Alt+O ("All out") sets needles
out to needles in and moves on to the pain after; Ctrl+S saves the draft; Ctrl+Enter
saves and signs. Sign stays disabled, with the reason beside it, until the pain before
is given, "anything new?" is answered, needles out equal needles in and every safety
finding is resolved. A signed session is read-only; "Add amendment…" records a
correction beside it.

A routine follow-up takes **9 actions** from the patient list, the window freshly open
(search box focused): type part of the name (1), Enter opens the patient (2), Ctrl+T
opens today's session prefilled from the last session (3), type the pain before (4),
Tab (5), N for "nothing new" (6), Alt+O for all needles out (7; focus moves to pain
after), type the pain after (8), Ctrl+Enter signs (9). With Tab instead of Alt+O it is
11 (Tab, type the count, Tab).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.ui.course.labels import review_point_labels, session_text
from planner.ui.course.records import Outcome, Result
from planner.ui.plan.point_options import search_options
from planner.ui.session.fields import RoutineRow, SessionFields
from planner.ui.session.form import SessionForm
from planner.ui.session.presenter import SessionPresenter
from planner.ui.session.sides import DetailsSide, TreatmentSide, reading_order
from planner.ui.session.tab_order import chain
from planner.ui.session.texts import changes_note, sign_state_text, status_text
from planner.ui.session.widgets import HealthCheckDetails
from planner.ui.widgets.headings import heading
from planner.ui.widgets.layouts import scrolling
from planner.ui.widgets.message_bar import MessageBar


class SessionWindow(QDialog):
    session_changed = Signal(int, int)
    """The session was opened, saved or signed (patient id, course id)."""
    review_due = Signal(int, int)
    """A session at a review point was signed (patient id, course id)."""

    def __init__(
        self, presenter: SessionPresenter, patient_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._patient_name = patient_name
        self._showing = False
        self._shown_once = False
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self.tr("Session — {name}[*]").format(name=patient_name))
        self._build_header()
        self._build_routine()
        left = self._build_treatment_side()
        right = self._build_details_side()
        self._build_splitter(left, right)
        bottom = self._build_buttons()
        self._lay_out(bottom)
        for button in self.findChildren(QPushButton):  # Enter in a field never presses one
            button.setAutoDefault(False)
            button.setDefault(False)
        self._connect()
        self._fit_to_screen()
        self._open(presenter.open())

    def _build_header(self) -> None:
        self.title_label = heading("", 1.25)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)  # wraps rather than widen the window (200 %)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message = MessageBar()
        self.message.reload_requested.connect(self._on_message_reload_requested)

    def _build_routine(self) -> None:
        """The routine row, in Tab order."""
        self.routine = RoutineRow()
        r = self.routine
        self.pain_before_box, self.new_field = r.pain_before_box, r.new_field
        self.needles_in_box, self.needles_out_box = r.needles_in_box, r.needles_out_box
        self.all_out_button, self.pain_after_box = r.all_out_button, r.pain_after_box
        self.health_details = HealthCheckDetails()
        self.health_details.setVisible(False)

    def _build_treatment_side(self) -> QWidget:
        self._left = left = TreatmentSide(self.health_details)
        self.changes_label, self.add_point_edit = left.changes_label, left.add_point_edit
        self.use_plan_button, self.treatment = left.use_plan_button, left.treatment
        return left

    def _build_details_side(self) -> QWidget:
        self._right = right = DetailsSide()
        self.safety, self.amendments_label = right.safety, right.amendments_label
        details = right.details
        self.date_edit, self.time_edit = details.date_edit, details.time_edit
        self.duration_box, self.response = details.duration_box, details.response
        self.events, self.notes_box = details.events, details.notes_box
        self.fee_edit = details.fee_edit
        self.fields = SessionFields(self.routine, self.health_details, details)
        return right

    def _build_splitter(self, left: QWidget, right: QWidget) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.left_scroll, self.right_scroll = scrolling(left), scrolling(right)
        for area, name in (
            (self.left_scroll, self.tr("Treatment given")),
            (self.right_scroll, self.tr("Details and safety")),
        ):
            area.setAccessibleName(name)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self.splitter.addWidget(self.left_scroll)
        self.splitter.addWidget(self.right_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    def _build_buttons(self) -> QHBoxLayout:
        self.sign_state_label = QLabel()
        self.sign_state_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.save_button.setToolTip(self.tr("Save the draft (Ctrl+S); it is kept if you close"))
        self.sign_button = QPushButton(self.tr("Si&gn session"))
        self.sign_button.setToolTip(self.tr("Save and sign (Ctrl+Enter); read-only afterwards"))
        self.amend_button = QPushButton(self.tr("Add a&mendment…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sign_state_label, 1)
        for button in (self.amend_button, self.save_button, self.sign_button, self.close_button):
            bottom.addWidget(button)
        return bottom

    def _lay_out(self, bottom: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.status_label)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.routine)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self._on_save_requested)
        self.sign_button.clicked.connect(self._on_sign_requested)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.all_out_button.clicked.connect(self._on_all_out_button_clicked)
        self.use_plan_button.clicked.connect(self._on_use_plan_button_clicked)
        self.add_point_edit.returnPressed.connect(self._on_add_point_edit_return_pressed)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._on_sign_requested)
        self.treatment.edited.connect(self._on_treatment_edited)
        self.new_field.value_changed.connect(self._on_health_changed)
        self.health_details.changed.connect(self._on_health_changed)
        for box in (
            self.pain_before_box,
            self.pain_after_box,
            self.needles_in_box,
            self.needles_out_box,
            self.duration_box,
        ):
            box.valueChanged.connect(self._on_form_changed)
        for edit in (self.date_edit, self.time_edit, self.fee_edit):
            edit.textEdited.connect(self._on_form_changed)
        self.notes_box.textChanged.connect(self._on_form_changed)
        self.response.changed.connect(self._on_form_changed)
        self.events.changed.connect(self._on_form_changed)
        self.events.rows_changed.connect(self._order_tabs)
        self.safety.acknowledged.connect(self._on_safety_acknowledged)
        self.safety.reason_changed.connect(self._on_safety_reason_changed)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width = min(1500, area.width() - 24) if area is not None else 1300
        height = min(940, area.height() - 40) if area is not None else 720
        self.resize(width, height)
        self.setMinimumSize(560, 400)  # 200 % on 1920x1080 leaves 960x540 or less
        self._balance_panes(width)

    def _balance_panes(self, width: int) -> None:
        """The details pane no narrower than its fields (at 200 % it scrolled sideways);
        the treatment pane's table scrolls by itself."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        right = max(int(width * 0.42), self._right.minimumSizeHint().width() + bar + 8)
        self.splitter.setSizes([width - right, right])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # the fields' sizes are known once the style is applied
            self._shown_once = True
            self._balance_panes(self.splitter.width())

    @property
    def course_id(self) -> int:
        return self._presenter.course_id

    @property
    def patient_id(self) -> int | None:
        """The patient whose session is shown (None when none could be opened)."""
        return self._presenter.patient_id

    # --- reading and showing the form ---------------------------------------------------------

    def form(self) -> SessionForm:
        return self.fields.form()

    def _set_form(self, form: SessionForm) -> None:
        self._showing = True
        try:
            self.fields.show_form(form)
        finally:
            self._showing = False

    def _open(self, result: Result) -> None:
        if not result.done:
            text = result.message or self.tr("No session was opened.")
            self.message.show_message(text)
            for widget in (self.splitter, self.save_button, self.sign_button, self.amend_button):
                widget.setEnabled(False)
            return
        self._set_form(self._presenter.form)
        self._refresh()
        self.pain_before_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pain_before_box.selectAll()

    def _refresh(self) -> None:
        presenter = self._presenter
        view = presenter.view
        if view is None:
            return
        review = review_point_labels().get(view.review or "", "")
        title = self.tr("{session} — {patient}").format(
            session=session_text(view.number, view.planned_sessions), patient=self._patient_name
        )
        if review:
            title = self.tr("{title} · {review_point}").format(title=title, review_point=review)
        self.title_label.setText(title)
        self.status_label.setText(status_text(self._presenter.view))
        read_only = presenter.read_only
        form = presenter.form
        self.treatment.set_read_only(read_only)
        self.treatment.show_treatment(presenter.editor, presenter.technique_options())
        self.needles_in_box.setSpecialValueText(
            self.tr("{n} (points)").format(n=presenter.editor.plan.needles)
        )
        self.health_details.setVisible(bool(form.anything_new))
        for widget in (*self.fields.editable_widgets(), self.add_point_edit, self.use_plan_button):
            widget.setEnabled(not read_only)
        self.notes_box.setReadOnly(read_only)
        self._show_changes()
        self.changes_label.setVisible(not read_only)
        self.safety.set_rows(presenter.safety.rows())
        self.safety.setVisible(not read_only or bool(presenter.safety.rows()))
        self.amendments_label.setText(
            "\n\n".join(
                self.tr("Amendment by {author}, {when}:\n{text}").format(
                    author=a.author,
                    when=formats.datetime_text(a.created_at),
                    text=a.text,
                )
                for a in presenter.amendments
            )
        )
        self.amendments_label.setVisible(bool(presenter.amendments))
        self.save_button.setVisible(not read_only)
        self.sign_button.setVisible(not read_only)
        self.amend_button.setVisible(presenter.signed)
        self._show_sign_state()
        self._order_tabs()

    def _show_changes(self) -> None:
        view = self._presenter.view
        if view is not None:
            self.changes_label.setText(changes_note(view, self._presenter.changes()))

    def _show_sign_state(self) -> None:
        form = self.form()
        needs = self._presenter.sign_needs(form)
        self.sign_button.setEnabled(needs is not None and needs.ready)
        self.sign_state_label.setText(sign_state_text(needs))
        self.setWindowModified(self._presenter.is_dirty(form))

    def _order_tabs(self) -> None:
        """Tab in reading order; run again when rows or cards are added."""
        buttons = (self.amend_button, self.save_button, self.sign_button, self.close_button)
        chain(reading_order(self.routine, self._left, self._right, buttons))

    def _show_result(self, result: Result) -> None:
        if result.outcome is Outcome.INVALID:
            text = result.message or " ".join(result.problems.values())
            self.message.show_message(text)
        elif result.outcome is Outcome.CONFLICT:
            self.message.show_message(result.message, reload=True)
        elif result.outcome in (Outcome.FAILED, Outcome.UNSAFE):
            self.message.show_message(result.message)

    def _announce(self) -> None:
        presenter = self._presenter
        if presenter.patient_id is not None:
            self.session_changed.emit(presenter.patient_id, self.course_id)

    # --- slots -------------------------------------------------------------------------------

    def _on_form_changed(self, *_args: object) -> None:
        if not self._showing:
            self._show_sign_state()

    def _on_health_changed(self) -> None:
        if self._showing:
            return
        self.health_details.setVisible(self.new_field.value() is True)
        self._rerun_safety()

    def _rerun_safety(self) -> None:
        result = self._presenter.changed(self.form())
        if not result.done:
            self.message.show_message(result.message)
        self.safety.set_rows(self._presenter.safety.rows())
        self._show_sign_state()
        self._order_tabs()

    def _on_treatment_edited(self, change: object) -> None:
        change(self._presenter.editor)  # type: ignore[operator]
        self._after_treatment_change()

    def _after_treatment_change(self) -> None:
        presenter = self._presenter
        self.treatment.show_treatment(presenter.editor, presenter.technique_options())
        self.needles_in_box.setSpecialValueText(
            self.tr("{n} (points)").format(n=presenter.editor.plan.needles)
        )
        self._show_changes()
        self._rerun_safety()

    def _on_add_point_edit_return_pressed(self) -> None:
        presenter = self._presenter
        options = search_options(presenter.editor.catalog, self.add_point_edit.text(), ())
        if options and presenter.editor.add_point(options[0].code):
            self.add_point_edit.clear()
            self._after_treatment_change()
        else:
            self.message.show_message(
                self.tr("No point matches “{text}”, or it is already in the list.").format(
                    text=self.add_point_edit.text()
                )
            )

    def _on_use_plan_button_clicked(self) -> None:
        self._presenter.use_plan()
        self._after_treatment_change()

    def _on_all_out_button_clicked(self) -> None:
        self.needles_out_box.setValue(self._presenter.needles_in(self.form()))
        self.pain_after_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.pain_after_box.selectAll()

    def _on_safety_acknowledged(self, key: object, on: bool) -> None:
        self._presenter.safety.acknowledge(key, on)  # type: ignore[arg-type]
        self.safety.set_rows(self._presenter.safety.rows())
        self._show_sign_state()

    def _on_safety_reason_changed(self, key: object, text: str) -> None:
        self._presenter.safety.set_reason(key, text)  # type: ignore[arg-type]
        self.safety.set_rows(self._presenter.safety.rows())
        self._show_sign_state()

    def _on_save_requested(self) -> None:
        if self._presenter.read_only:
            return
        self.message.clear()
        result = self._presenter.save_draft(self.form())
        self._show_result(result)
        if result.done:
            self._set_form(self._presenter.form)
            self._refresh()
            when = formats.time_text(dt.datetime.now())
            needs = self._presenter.sign_needs(self.form())
            self.sign_state_label.setText(
                self.tr("Draft saved at {time}. {rest}").format(
                    time=when, rest=sign_state_text(needs)
                )
            )
            self._announce()

    def _on_sign_requested(self) -> None:
        if self._presenter.read_only or not self.sign_button.isEnabled():
            return
        self.message.clear()
        result = self._presenter.sign(self.form())
        self._show_result(result)
        if result.done:
            self._set_form(self._presenter.form)
            self._refresh()
            self._announce()
            view = self._presenter.view
            if view is not None and view.review is not None:
                self.review_due.emit(view.patient_id, self.course_id)

    def _on_amend_button_clicked(self) -> None:
        self.message.clear()
        result = self._presenter.amend()
        if result.done:
            self._refresh()
        elif result.outcome is not Outcome.CANCELLED:
            self._show_result(result)

    def _on_message_reload_requested(self) -> None:
        self.message.clear()
        result = self._presenter.reload()
        self._show_result(result)
        self._set_form(self._presenter.form)
        self._refresh()

    def has_unsaved_changes(self) -> bool:
        """Something typed is not saved (asked without showing the window)."""
        return self._presenter.is_dirty(self.form())

    def reject(self) -> None:
        """Close, Esc and the close button: ask first when something typed is not saved
        (a draft already saved is kept in the database either way)."""
        may_close, result = self._presenter.request_close(self.form())
        if result is not None:
            self._show_result(result)
            if result.done:
                self._announce()
        if may_close:
            super().reject()
