"""New patient / Edit patient: the registration form in a window with Save and Cancel.

Open it with ``show()`` or ``open()`` (never ``exec()``). It stays open while a save is
refused, with every problem at its field; it closes when the patient is saved, and asks
before throwing away changes when it is closed with Esc, Cancel or the window's close
button.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.registration.form_widget import PatientFormWidget
from planner.ui.registration.presenter import PatientFormPresenter, SaveOutcome, SaveResult
from planner.ui.style import ARCHIVED_NOTE_STYLE
from planner.ui.widgets.layouts import scrolling
from planner.ui.widgets.message_bar import MessageBar


class PatientDialog(QDialog):
    """A patient's details; the presenter decides whether it is New or Edit."""

    patient_saved = Signal(int)
    """The patient was registered or their details saved (the patient's id)."""
    open_patient_requested = Signal(int)
    """Instead of registering, the user chose a patient already registered (their id)."""
    archived_changed = Signal(int, bool)
    """The patient was archived (True) or brought back (False)."""

    def __init__(
        self,
        presenter: PatientFormPresenter,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.setMinimumSize(420, 260)  # the form scrolls on a small or much scaled screen
        self.message = MessageBar()
        self.message.reload_requested.connect(self._on_message_reload_requested)
        self.archived_label = QLabel(
            self.tr("Archived: this patient is not shown in the patient list.")
        )
        self.archived_label.setStyleSheet(ARCHIVED_NOTE_STYLE)
        self.form_widget = PatientFormWidget(today)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Register patient") if presenter.is_new else self.tr("&Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.archive_button = QPushButton()
        self.archive_button.setAutoDefault(False)
        self.archive_button.setVisible(not presenter.is_new)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        buttons.accepted.connect(self._on_save_requested)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_requested)

        bottom = QHBoxLayout()
        bottom.addWidget(self.archive_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.archived_label)
        layout.addWidget(scrolling(self.form_widget), 1)  # the buttons stay in view
        layout.addLayout(bottom)
        self.save_button.setDefault(True)  # Enter saves (set once the button is in the dialog)

        self.form_widget.set_form(presenter.load())
        if presenter.load_error:
            self.message.show_message(presenter.load_error)
            self.form_widget.set_read_only(True)
            self.save_button.setEnabled(False)
            self.archive_button.setEnabled(False)
        self._show_state()
        self._fit_to_content()
        self.form_widget.focus_first_field()

    def _fit_to_content(self) -> None:
        """Every field in view when the screen allows; never taller than the screen."""
        wanted = self.sizeHint().expandedTo(self.form_widget.sizeHint() + QSize(40, 120))
        wanted = wanted.expandedTo(QSize(900, 0))
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            wanted = wanted.boundedTo(QSize(area.width() - 40, area.height() - 60))
        self.resize(wanted)

    def _show_state(self) -> None:
        presenter = self._presenter
        if presenter.is_new:
            self.setWindowTitle(self.tr("New patient"))
        else:
            self.setWindowTitle(
                self.tr("Edit patient — chart {chart}").format(chart=presenter.chart_number)
                if presenter.chart_number
                else self.tr("Edit patient")
            )
        self.archived_label.setVisible(presenter.archived)
        self.archive_button.setText(
            self.tr("Unarch&ive patient") if presenter.archived else self.tr("Arch&ive patient")
        )

    # --- results ---------------------------------------------------------------------------

    def _show_result(self, result: SaveResult) -> None:
        """Everything that was typed stays; the result is shown where it belongs."""
        outcome = result.outcome
        if outcome is SaveOutcome.INVALID:
            rest = self.form_widget.show_problems(result.problems)
            self.message.show_message(" ".join(rest.values()))
        elif outcome is SaveOutcome.CONFLICT:
            self.message.show_message(result.message, reload=True)
        elif outcome is SaveOutcome.FAILED:
            self.message.show_message(result.message)
        elif outcome is SaveOutcome.SAVED and result.record is not None:
            self.patient_saved.emit(result.record.id)
        elif outcome is SaveOutcome.OPEN_EXISTING and result.patient_id is not None:
            self.open_patient_requested.emit(result.patient_id)

    def _clear_messages(self) -> None:
        self.message.clear()
        self.form_widget.clear_problems()

    # --- slots -----------------------------------------------------------------------------

    def _on_save_requested(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._clear_messages()
        result = self._presenter.save(self.form_widget.form())
        self._show_result(result)
        if result.outcome in (SaveOutcome.SAVED, SaveOutcome.OPEN_EXISTING):
            super().accept()

    def _on_archive_button_clicked(self) -> None:
        archive = not self._presenter.archived
        self.message.clear()
        result = self._presenter.set_archived(archive)
        if result.outcome is SaveOutcome.SAVED and result.record is not None:
            self.archived_changed.emit(result.record.id, result.record.archived)
            self._show_state()
        else:
            self._show_result(result)

    def _on_message_reload_requested(self) -> None:
        self._clear_messages()
        self.form_widget.set_form(self._presenter.reload())
        if self._presenter.load_error:
            self.message.show_message(self._presenter.load_error)
        self._show_state()

    def has_unsaved_changes(self) -> bool:
        """Something typed is not saved (asked without showing the dialog)."""
        return not self._presenter.load_error and self._presenter.is_dirty(self.form_widget.form())

    def reject(self) -> None:
        """Esc, Cancel and the close button: ask first when something is not saved."""
        may_close, result = self._presenter.request_close(self.form_widget.form())
        if result is not None:
            self._clear_messages()
            self._show_result(result)
        if may_close:
            super().reject()
