"""Admin → Users: the accounts table; buttons add, edit, disable/enable and reset.

The forms (:mod:`planner.ui.admin.user_forms`) open window-modal without a nested event
loop; what they emit goes to the presenter, and its problem back to the form's field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.services.accounts import UserSummary
from planner.ui.admin.user_forms import PasswordDialog, UserEditDialog
from planner.ui.admin.users_model import UserColumn, UsersTableModel
from planner.ui.admin.users_presenter import UserForm, UsersPresenter
from planner.ui.problem import Problem
from planner.ui.prompts import Prompts


class UsersDialog(QDialog):
    """The accounts of the clinic; buttons act on the selected one."""

    def __init__(
        self, presenter: UsersPresenter, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._prompts = prompts
        self.edit_dialog: UserEditDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.setWindowTitle(self.tr("Users — AcuPlanner"))
        self.resize(860, 460)

        self.model = UsersTableModel(parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UserColumn.FULL_NAME, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("&Add user…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("&Disable"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.reset_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(close)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # --- the list --------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        problem = self._presenter.load()
        if problem is not None:
            self._error(problem)
        self._show_users(select)

    def _show_users(self, select: str | None = None) -> None:
        self.model.set_users(self._presenter.users)
        row = self.model.row_of(select) if select else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_user(self) -> UserSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def select_user(self, username: str) -> None:
        row = self.model.row_of(username)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(user is not None)
        enable = user is not None and not user.active
        self.active_button.setText(self.tr("&Enable") if enable else self.tr("&Disable"))

    # --- add and edit ----------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        self._open_form(UserEditDialog(None, self), adding=True)

    def _on_edit_button_clicked(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open_form(UserEditDialog(UserForm.of(user), self), adding=False)

    def _open_form(self, dialog: UserEditDialog, *, adding: bool) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(
            self._on_add_dialog_submitted if adding else self._on_edit_dialog_submitted
        )
        self.edit_dialog = dialog
        dialog.open()

    def _on_add_dialog_submitted(self, form: UserForm) -> None:
        problem = self._busy(lambda: self._presenter.add(form))
        self._finish_form(problem, form.username.strip().lower(), self.tr("Added {user}."))

    def _on_edit_dialog_submitted(self, form: UserForm) -> None:
        problem = self._presenter.update(form)
        self._finish_form(problem, form.username, self.tr("Saved {user}."))

    def _finish_form(self, problem: Problem | None, username: str, done: str) -> None:
        dialog = self.edit_dialog
        if dialog is None:
            return
        if problem is not None:
            if not dialog.show_problem(problem):
                self._error(problem, dialog)
            return
        dialog.accept()
        self.edit_dialog = None
        self._show_users(username)
        self.status_label.setText(done.format(user=username))

    # --- disable, enable, reset password ---------------------------------------------------

    def _on_active_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if user.active:
            question = self.tr(
                "Disable {user}? They can no longer sign in. Their records and audit "
                "trail stay; you can enable the account again."
            ).format(user=user.username)
            if not self._prompts.confirm(
                self, self.tr("Disable user"), question, self.tr("Disable")
            ):
                return
        problem = self._presenter.set_active(user.username, not user.active)
        if problem is not None:
            self._error(problem)
            return
        self._show_users(user.username)
        done = self.tr("Disabled {user}.") if user.active else self.tr("Enabled {user}.")
        self.status_label.setText(done.format(user=user.username))

    def _on_reset_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = PasswordDialog(user.username, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self._on_password_dialog_submitted)
        self.password_dialog = dialog
        dialog.open()

    def _on_password_dialog_submitted(self, password: str, again: str) -> None:
        dialog = self.password_dialog
        if dialog is None:
            return
        problem = self._busy(
            lambda: self._presenter.reset_password(dialog.username, password, again)
        )
        if problem is not None:
            if not dialog.show_problem(problem):
                self._error(problem, dialog)
            return
        dialog.accept()
        self.password_dialog = None
        self.status_label.setText(
            self.tr("Password changed for {user}.").format(user=dialog.username)
        )

    # --- helpers -----------------------------------------------------------------------------

    def _busy(self, work: Callable[[], Problem | None]) -> Problem | None:
        """Hashing a password takes a moment: show the wait cursor meanwhile."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _error(self, problem: Problem, parent: QWidget | None = None) -> None:
        self._prompts.error(parent or self, self.tr("Users"), problem.message)
