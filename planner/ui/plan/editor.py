"""The plan editor window of one course: choose points, techniques and settings, with the
safety panel beside the plan, updated on every change.

Three panes (splitters; each scrolls on its own, so nothing is cut off): the point picker
(region, template, search, body — Alt+1…4, which also moves the focus into the tab), the
plan, and the safety panel. In a narrow window (1366×768 at 125 %, 1920×1080 at 200 %) the
safety panel moves under the plan instead of beside it; Save stays in view below the panes,
and Tab follows the screen's reading order. Save (Ctrl+S) is enabled only when every caution is
acknowledged and every blocking finding has an override reason; the line beside it
says what is still missing. A conflict says who saved first, keeps the plan as edited
and offers to reload theirs.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.courses_diff import ADDED, Difference
from planner.domain.i18n import translate
from planner.domain.vocab import Technique
from planner.ui.course.labels import side_labels, technique_labels
from planner.ui.course.records import Outcome, Result
from planner.ui.plan.point_picker import PointPicker
from planner.ui.plan.presenter import PlanEditorPresenter
from planner.ui.plan.safety_panel import SafetyPanel
from planner.ui.plan.treatment import TreatmentEditor
from planner.ui.plan.treatment_panel import TreatmentPanel
from planner.ui.style import INFO_NOTE_STYLE
from planner.ui.widgets.headings import heading
from planner.ui.widgets.inputs import TextArea
from planner.ui.widgets.layouts import scrolling
from planner.ui.widgets.message_bar import MessageBar

BODY_TAB = 3
WIDE = 1180
"""Narrower than this (in device-independent pixels), the safety panel goes under the plan."""


def difference_text(change: Difference) -> str:
    """A difference in the words the screens use (technique names, Left/Right/Both)."""
    techniques = {t.value: label for t, label in technique_labels().items()}
    sides = {s.value: label.lower() for s, label in side_labels().items()}
    if change.field == "techniques":
        name = techniques.get(change.subject, change.subject)
        if change.kind == ADDED:
            return translate("plan_editor", "{technique} added").format(technique=name)
        return translate("plan_editor", "{technique} removed").format(technique=name)
    if change.field == "points":
        before, after = (_side_words(v, sides) for v in (change.before, change.after))
        change = replace(change, before=before, after=after)
    return change.text


def _side_words(text: str, sides: dict[str, str]) -> str:
    first, _, rest = text.partition(", ")
    return ", ".join(part for part in (sides.get(first, first), rest) if part)


def changes_text(changes: tuple[Difference, ...]) -> str:
    if not changes:
        return translate("plan_editor", "no differences")
    return "; ".join(difference_text(c) for c in changes)


class PlanEditorWindow(QDialog):
    plan_saved = Signal(int, int)
    """The plan was saved (patient id, course id)."""

    def __init__(
        self, presenter: PlanEditorPresenter, patient_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self.tr("Plan — {name}[*]").format(name=patient_name))
        self.name_label = heading(self.tr("Treatment plan — {name}").format(name=patient_name))
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message = MessageBar()
        self.message.reload_requested.connect(self._on_message_reload_requested)
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_label.setStyleSheet(INFO_NOTE_STYLE)
        self.changes_label.setVisible(False)

        self.picker = PointPicker(presenter.catalog)
        self.picker.setMinimumWidth(220)
        self.treatment = TreatmentPanel()
        self.rationale_box = TextArea(3)
        self.rationale_box.setAccessibleName(self.tr("Rationale"))
        plan_page = QWidget()
        column = QVBoxLayout(plan_page)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.treatment)
        rationale_label = QLabel(self.tr("Rationale (why these points and methods)"))
        rationale_label.setBuddy(self.rationale_box)
        column.addWidget(rationale_label)
        column.addWidget(self.rationale_box)
        column.addStretch(1)
        self.plan_scroll = scrolling(plan_page)
        self.plan_scroll.setMinimumSize(300, 80)
        self.plan_scroll.setAccessibleName(self.tr("Plan"))
        self.safety = SafetyPanel(self.tr("Safety"))
        self.safety.setMinimumSize(220, 100)
        self.work = QSplitter(Qt.Orientation.Horizontal)  # the plan, and safety beside or under
        self.work.setChildrenCollapsible(False)
        self.work.addWidget(self.plan_scroll)
        self.work.addWidget(self.safety)
        self.work.setStretchFactor(0, 5)
        self.work.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.picker)
        self.splitter.addWidget(self.work)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 8)

        self.save_state_label = QLabel()
        self.save_state_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Save plan"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_requested)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_state_label, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.message)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.picker.currentChanged.connect(self._on_picker_current_changed)
        self.picker.point_toggled.connect(self._on_picker_point_toggled)
        self.picker.site_toggled.connect(self._on_picker_site_toggled)
        self.picker.template_chosen.connect(self._on_picker_template_chosen)
        self.picker.repeat_last_requested.connect(self._on_picker_repeat_last_requested)
        self.picker.save_template_requested.connect(self._on_picker_save_template_requested)
        self.treatment.edited.connect(self._on_treatment_edited)
        self.rationale_box.textChanged.connect(self._on_rationale_box_text_changed)
        self.safety.acknowledged.connect(self._on_safety_acknowledged)
        self.safety.reason_changed.connect(self._on_safety_reason_changed)
        self._fit_to_screen()
        self._open(presenter.open())

    @property
    def course_id(self) -> int:
        return self._presenter.course_id

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width = min(1500, area.width() - 24) if area is not None else 1300
        height = min(940, area.height() - 40) if area is not None else 720
        self.setMinimumSize(480, 300)  # fits 1366×768 at 200 % (683×384)
        self.resize(width, height)
        self._fit_panes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= WIDE
        if wide != (self.work.orientation() == Qt.Orientation.Horizontal):
            self._fit_panes()

    def _fit_panes(self) -> None:
        """Safety beside the plan in a wide window, under it in a narrow one; the picker
        wider while the body outline is shown (points are easier to hit)."""
        total = max(self.splitter.width(), self.width() - 40)
        wide = self.width() >= WIDE
        body = self.picker.currentIndex() == BODY_TAB
        if wide:
            self.work.setOrientation(Qt.Orientation.Horizontal)
            shares = (0.40, 0.40, 0.20) if body else (0.28, 0.46, 0.26)
            picker, plan, safety = (int(total * share) for share in shares)
            self.splitter.setSizes([picker, plan + safety])
            self.work.setSizes([plan, safety])
        else:
            self.work.setOrientation(Qt.Orientation.Vertical)
            picker = int(total * (0.45 if body else 0.36))
            self.splitter.setSizes([picker, total - picker])
            tall = max(self.work.height(), self.height() - 160)
            self.work.setSizes([int(tall * 0.6), tall - int(tall * 0.6)])

    def _set_tab_order(self) -> None:
        """Tab in reading order: the picker, the plan top to bottom, the safety rows, Save,
        Close (rows made after the window would otherwise come last)."""
        order = [*self.treatment.focus_order(), self.rationale_box]
        order += [*self.safety.focus_order(), self.save_button, self.close_button]
        previous: QWidget = self.picker.body_points  # the picker's last control
        for widget in order:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(previous, widget)
                previous = widget

    # --- showing ------------------------------------------------------------------------------

    def _open(self, result: Result) -> None:
        if not result.done:
            self.message.show_message(result.message)
            self.splitter.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self.splitter.setEnabled(True)
        self.picker.set_templates(self._presenter.templates)
        self.rationale_box.blockSignals(True)
        self.rationale_box.set_text(self._presenter.plan.rationale)
        self.rationale_box.blockSignals(False)
        self._refresh()

    def _refresh(self) -> None:
        presenter = self._presenter
        editor: TreatmentEditor = presenter.editor
        self.treatment.show_treatment(editor, presenter.technique_options())
        self.picker.set_chosen(presenter.plan.point_codes)
        self.picker.set_sites(
            {
                technique: editor.sites(technique)
                for technique in (Technique.CUPPING, Technique.MOXIBUSTION)
                if technique in presenter.plan.techniques
            }
        )
        self.safety.set_rows(presenter.safety.rows())
        self._show_changes()
        self._show_save_state()
        self._set_tab_order()
        self.setWindowModified(presenter.is_dirty())

    def _show_changes(self) -> None:
        presenter = self._presenter
        if not presenter.started_from:
            self.changes_label.setVisible(False)
            return
        source = (
            self.tr("the last session")
            if presenter.started_from == "last_session"
            else presenter.started_from
        )
        text = self.tr("Started from {source} (not saved yet). Changed from the plan: {changes}.")
        text = text.format(source=source, changes=changes_text(presenter.changes))
        if presenter.left_out:
            names = ", ".join(technique_labels()[t] for t in presenter.left_out)
            text += " " + self.tr("Left out (no consent): {names}.").format(names=names)
        self.changes_label.setText(text)
        self.changes_label.setVisible(True)

    def _show_save_state(self) -> None:
        may, why = self._presenter.save_state()
        self.save_button.setEnabled(may)
        self.save_state_label.setText(why)

    def _show_result(self, result: Result) -> None:
        if result.outcome is Outcome.INVALID:
            self.message.show_message(" ".join(result.problems.values()))
        elif result.outcome is Outcome.CONFLICT:
            self.message.show_message(result.message, reload=True)
        elif result.outcome in (Outcome.FAILED, Outcome.UNSAFE):
            self.message.show_message(result.message)
        self._refresh()

    def _after_change(self) -> None:
        result = self._presenter.changed()
        if not result.done:
            self.message.show_message(result.message)
        self._refresh()

    # --- slots -------------------------------------------------------------------------------

    def _on_picker_current_changed(self, _index: int) -> None:
        self._fit_panes()

    def _on_picker_point_toggled(self, code: str) -> None:
        self._presenter.editor.toggle_point(code)
        self._after_change()

    def _on_picker_site_toggled(self, technique: Technique, code: str) -> None:
        self._presenter.editor.toggle_site(technique, code)
        self._after_change()

    def _on_treatment_edited(self, change: object) -> None:
        change(self._presenter.editor)  # type: ignore[operator]
        self._after_change()

    def _on_rationale_box_text_changed(self) -> None:
        self._presenter.editor.set_rationale(self.rationale_box.text())
        self.setWindowModified(self._presenter.is_dirty())

    def _on_safety_acknowledged(self, key: object, on: bool) -> None:
        self._presenter.safety.acknowledge(key, on)  # type: ignore[arg-type]
        self.safety.set_rows(self._presenter.safety.rows())
        self._show_save_state()

    def _on_safety_reason_changed(self, key: object, text: str) -> None:
        self._presenter.safety.set_reason(key, text)  # type: ignore[arg-type]
        self.safety.set_rows(self._presenter.safety.rows())
        self._show_save_state()

    def _on_picker_template_chosen(self, ref: str) -> None:
        self.message.clear()
        self._show_result(self._presenter.apply_template(ref))
        self._sync_rationale()

    def _on_picker_repeat_last_requested(self) -> None:
        self.message.clear()
        self._show_result(self._presenter.repeat_last())
        self._sync_rationale()

    def _on_picker_save_template_requested(self) -> None:
        self.message.clear()
        result = self._presenter.save_as_template()
        if result.done:
            self.picker.set_templates(self._presenter.templates)
            self.save_state_label.setText(result.message)
        elif result.outcome is not Outcome.CANCELLED:
            self._show_result(result)

    def _sync_rationale(self) -> None:
        self.rationale_box.blockSignals(True)
        self.rationale_box.set_text(self._presenter.plan.rationale)
        self.rationale_box.blockSignals(False)

    def _on_save_requested(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.message.clear()
        result = self._presenter.save()
        self._show_result(result)
        if result.done:
            when = QTime.currentTime().toString("HH:mm")
            self.save_state_label.setText(self.tr("Plan saved at {time}.").format(time=when))
            if self._presenter.patient_id is not None:
                self.plan_saved.emit(self._presenter.patient_id, self.course_id)

    def _on_message_reload_requested(self) -> None:
        self.message.clear()
        self._open(self._presenter.reload())
        self._sync_rationale()

    def has_unsaved_changes(self) -> bool:
        """The plan has changes not saved (asked without showing the window)."""
        return self._presenter.is_dirty()

    def reject(self) -> None:
        """Close, Esc and the window's close button: ask first when the plan is unsaved."""
        may_close, result = self._presenter.request_close()
        if result is not None:
            self._show_result(result)
            if result.done and self._presenter.patient_id is not None:
                self.plan_saved.emit(self._presenter.patient_id, self.course_id)
        if may_close:
            super().reject()
