"""The intake window for one patient: the editor, the intake history, Save and Close.

Open it with ``show()`` (it is not modal: the practitioner may look at the patient list
while taking a history). Ctrl+S saves and keeps the window open; Close (or Esc) asks
before throwing away changes. A user who may not read clinical records (reception) sees
a plain message instead of the form.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.formats import date_text
from planner.ui.intake.editor import IntakeEditor
from planner.ui.intake.presenter import IntakePresenter, IntakeView, Mode, SaveOutcome, SaveResult
from planner.ui.style import set_hint
from planner.ui.widgets.message_bar import MessageBar

_NEW = 0  # the history entry of an intake not saved yet (intake ids start at 1)


class IntakeWindow(QDialog):
    intake_saved = Signal(int, int)
    """An intake was saved (patient id, intake id); the safety summary may have changed."""

    def __init__(
        self, presenter: IntakePresenter, patient_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._patient_name = patient_name
        self._showing: IntakeView | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self.tr("Intake — {name}[*]").format(name=patient_name))
        self._fit_to_screen()

        self.name_label = QLabel(patient_name)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.name_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.name_label.setFont(font)
        self.history_box = QComboBox()
        self.history_box.setMinimumContentsLength(22)
        self.history_label = QLabel(self.tr("Intake &of"))
        self.history_label.setBuddy(self.history_box)
        self.history_box.setAccessibleName(self.tr("Intake of"))
        self.reassess_button = QPushButton(self.tr("New &re-assessment"))
        self.reassess_button.setToolTip(
            self.tr("A new intake for today, copied from the latest one")
        )
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.history_label)
        header.addWidget(self.history_box)
        header.addWidget(self.reassess_button)
        self.status_label = set_hint(QLabel())
        self.message = MessageBar()
        self.message.reload_requested.connect(self._on_message_reload_requested)

        self.editor = IntakeEditor()
        self.unavailable_label = QLabel()
        self.unavailable_label.setTextFormat(Qt.TextFormat.PlainText)
        self.unavailable_label.setWordWrap(True)
        self.unavailable_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable_label.setMargin(32)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.unavailable_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self._on_save_requested)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_requested)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)

        self.history_box.activated.connect(self._on_history_box_activated)
        self.reassess_button.clicked.connect(self._on_reassess_button_clicked)
        self.editor.changed.connect(self._on_editor_changed)
        for button in self.findChildren(QPushButton):  # Enter in a field never presses one
            button.setAutoDefault(False)
            button.setDefault(False)
        self._show_view(presenter.open())
        self.editor.focus_first_field()

    @property
    def patient_id(self) -> int:
        return self._presenter.patient_id

    # --- what the main window calls ------------------------------------------------------------

    def start_reassessment(self) -> None:
        """A new intake for today copied from the latest (as New re-assessment does); asks
        first when the intake shown has unsaved changes."""
        if self.reassess_button.isEnabled() and not self.reassess_button.isHidden():
            self._on_reassess_button_clicked()

    def show_intake(self, intake_id: int) -> None:
        """Switch to this intake from the history (earlier ones read only)."""
        index = self.history_box.findData(intake_id)
        if index >= 0:
            self._on_history_box_activated(index)

    def _fit_to_screen(self) -> None:
        """As large as the screen allows up to 1280×960, never larger than the screen (at
        200 % on 1920×1080 it has 960×540 to fit in): the form scrolls, and Save and
        Close stay in view under it."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1200, 800)
            self.setMinimumSize(720, 480)
            return
        area = screen.availableGeometry()
        width = min(max(min(1280, area.width() - 40), 800), area.width() - 20)
        height = min(960, area.height() - 60)  # room for the title bar and the frame
        self.setMinimumSize(min(720, width), min(480, height))
        self.resize(width, height)

    # --- showing -----------------------------------------------------------------------------

    def _show_view(self, view: IntakeView, *, keep_scroll: bool = False) -> None:
        self._showing = view
        if view.mode is Mode.UNAVAILABLE:
            self.unavailable_label.setText(view.message)
            self.pages.setCurrentWidget(self.unavailable_label)
            for widget in (self.save_button, self.history_box, self.reassess_button):
                widget.setEnabled(False)
                widget.setVisible(False)
            self.history_label.setVisible(False)
            self.status_label.setText("")
            return
        self.pages.setCurrentWidget(self.editor)
        bar = self.editor.scroll.verticalScrollBar()
        position = bar.value()
        self.editor.set_overrides(view.overrides)
        self.editor.history.set_pregnancy_applies(view.ask_pregnancy)
        self.editor.red_flags.set_age(view.age)
        if view.form is not None:
            self.editor.set_form(view.form)
        if keep_scroll:
            bar.setValue(position)
        read_only = view.mode is Mode.READ_ONLY
        self.editor.set_read_only(read_only)
        self.save_button.setEnabled(not read_only)
        self.reassess_button.setEnabled(view.mode is not Mode.NEW)
        self._fill_history(view)
        self.status_label.setText(self._status_text(view))
        self.setWindowModified(False)

    def _fill_history(self, view: IntakeView) -> None:
        self.history_box.clear()
        if view.mode is Mode.NEW:
            self.history_box.addItem(self.tr("New — not saved yet"), _NEW)
        for index, (intake_id, day) in enumerate(view.history):
            text = date_text(day)
            if index == 0:
                text = self.tr("{date} (latest)").format(date=text)
            self.history_box.addItem(text, intake_id)
        current = view.intake_id if view.intake_id is not None else _NEW
        self.history_box.setCurrentIndex(max(self.history_box.findData(current), 0))
        self.history_box.setEnabled(self.history_box.count() > 1)

    def _status_text(self, view: IntakeView) -> str:
        dates = dict(view.history)
        if view.mode is Mode.NEW and view.copied_from is not None:
            copied = dates.get(view.copied_from)
            return self.tr(
                "Re-assessment: copied from the intake of {date}. Change what is different "
                "today, then save."
            ).format(date=date_text(copied))
        if view.mode is Mode.NEW:
            return self.tr("First intake for this patient — not saved yet.")
        if view.mode is Mode.READ_ONLY:
            return self.tr(
                "An earlier intake, read only. Choose the latest one above to edit it, or "
                "start a new re-assessment."
            )
        return self.tr("The latest intake. Changes are saved into it.")

    def _show_result(self, result: SaveResult) -> None:
        if result.view is not None:
            self._show_view(result.view, keep_scroll=True)
        if result.outcome is SaveOutcome.INVALID:
            rest = self.editor.show_problems(result.problems)
            self.message.show_message(" ".join(rest.values()))
            self._on_editor_changed()
        elif result.outcome is SaveOutcome.CONFLICT:
            self.message.show_message(result.message, reload=True)
        elif result.outcome is SaveOutcome.FAILED:
            self.message.show_message(result.message)

    def _clear_messages(self) -> None:
        self.message.clear()
        self.editor.clear_problems()

    @contextmanager
    def _announcing_saves(self) -> Iterator[None]:
        """Emit :attr:`intake_saved` when what runs inside saved the intake (also when it
        was saved on the way to another intake or on closing)."""
        before = self._presenter.save_count
        yield
        saved = self._presenter.last_saved_id
        if self._presenter.save_count != before and saved is not None:
            self.intake_saved.emit(self._presenter.patient_id, saved)

    # --- slots -------------------------------------------------------------------------------

    def _on_editor_changed(self) -> None:
        self.setWindowModified(self._presenter.is_dirty(self.editor.form()))

    def _on_save_requested(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._clear_messages()
        with self._announcing_saves():
            result = self._presenter.save(self.editor.form())
        self._show_result(result)
        if result.outcome is SaveOutcome.SAVED:
            when = QTime.currentTime().toString("HH:mm")
            self.status_label.setText(self.tr("Saved at {time}.").format(time=when))

    def _on_history_box_activated(self, index: int) -> None:
        intake_id = int(self.history_box.itemData(index))
        showing = self._showing
        if intake_id == _NEW or showing is None or intake_id == showing.intake_id:
            return
        self._clear_messages()
        with self._announcing_saves():
            outcome = self._presenter.show_intake(intake_id, self.editor.form())
        if isinstance(outcome, IntakeView):
            self._show_view(outcome)
            return
        self._fill_history(showing)  # stay on the intake being edited
        if outcome is not None:
            self._show_result(outcome)

    def _on_reassess_button_clicked(self) -> None:
        self._clear_messages()
        with self._announcing_saves():
            outcome = self._presenter.new_reassessment(self.editor.form())
        if isinstance(outcome, IntakeView):
            self._show_view(outcome)
            self.editor.focus_first_field()
        elif outcome is not None:
            self._show_result(outcome)

    def _on_message_reload_requested(self) -> None:
        self._clear_messages()
        outcome = self._presenter.reload()
        if isinstance(outcome, IntakeView):
            self._show_view(outcome, keep_scroll=True)
        else:
            self._show_result(outcome)

    def has_unsaved_changes(self) -> bool:
        """Something typed is not saved (asked without showing the window)."""
        return self._presenter.is_dirty(self.editor.form())

    def reject(self) -> None:
        """Close, Esc and the window's close button: ask first when something is unsaved."""
        with self._announcing_saves():
            may_close, result = self._presenter.request_close(self.editor.form())
        if result is not None:
            self._clear_messages()
            self._show_result(result)
        if may_close:
            super().reject()
