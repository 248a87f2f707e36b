"""Choosing one's own password: after a sign-in with a password someone else chose, and
from File → Change my password… at any time.

The dialog asks for the current password, the new one and the new one again. A problem
is shown at its field with everything typed kept; on success the dialog is accepted.
Passwords pass through the presenter to the accounts service; nothing keeps them.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.access import PASSWORD_MIN_LENGTH
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.services.actor import Actor
from planner.ui.forms import FieldErrors, error_label
from planner.ui.problem import Problem


class OwnPasswordChanger(Protocol):
    def change_own_password(
        self, actor: Actor, current_password: str, new_password: str
    ) -> None: ...


class ChangePasswordPresenter:
    """Checks the two entries agree, then asks the service (which checks the rest)."""

    def __init__(self, accounts: OwnPasswordChanger, actor: Actor) -> None:
        self._accounts = accounts
        self._actor = actor

    def submit(self, current: str, new: str, again: str) -> Problem | None:
        """None when the password was changed, else the problem (at its field)."""
        if not current:
            return Problem(
                translate("change_password", "Current password: type it first."),
                "current_password",
            )
        if new != again:
            return Problem(
                translate("change_password", "New password: the two entries differ."),
                "new_password_again",
            )
        try:
            self._accounts.change_own_password(self._actor, current, new)
        except PlannerError as error:  # a ValidationError names its field
            return Problem.of(error)
        return None


class ChangePasswordDialog(QDialog):
    """Current password, new password, again. ``required``: after a sign-in with a
    password someone else chose (Cancel then signs out)."""

    def __init__(
        self,
        presenter: ChangePasswordPresenter,
        *,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.setWindowTitle(self.tr("AcuPlanner — choose a new password"))
        self.setMinimumWidth(420)
        heading = QLabel(self.tr("Choose a new password"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.intro_label = QLabel(
            self.tr(
                "Your password was set by someone else. Choose your own before you start: "
                "only you should know it. Cancel signs you out."
            )
            if required
            else self.tr("Type your current password, then the new one twice.")
        )
        self.intro_label.setWordWrap(True)

        self.current_box = self._password_box()
        self.new_box = self._password_box()
        self.new_box.setPlaceholderText(
            self.tr("at least {n} characters").format(n=PASSWORD_MIN_LENGTH)
        )
        self.again_box = self._password_box()
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, caption, box in (
            ("current_password", self.tr("&Current password"), self.current_box),
            ("new_password", self.tr("&New password"), self.new_box),
            ("new_password_again", self.tr("New password &again"), self.again_box),
        ):
            self.errors.add_row(form, name, caption, box)
        self.message_label = error_label()

        buttons = QDialogButtonBox()
        self.change_button = buttons.addButton(
            self.tr("Change password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if required:
            self.cancel_button.setText(self.tr("Cancel and sign out"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.change_button.setDefault(True)
        self.current_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _password_box(self) -> QLineEdit:
        box = QLineEdit()
        box.setEchoMode(QLineEdit.EchoMode.Password)
        box.setMaxLength(256)
        return box

    def submit(self) -> None:
        """Change the password with what was typed (Enter or the button)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._presenter.submit(
                self.current_box.text(), self.new_box.text(), self.again_box.text()
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem is None:
            for box in (self.current_box, self.new_box, self.again_box):
                box.clear()
            self.accept()
            return
        self.message_label.setVisible(False)
        if not self.errors.show(problem):
            self.message_label.setText(problem.message)
            self.message_label.setVisible(True)
        self.adjustSize()  # room for the message, rather than squeezing the form
