"""The user name + password form shared by the sign-in dialog and the lock screen.

Enter signs in. After each attempt the password box is emptied. While the presenter says
the next attempt must wait, the button is disabled and a countdown ticks down. While the
password is being checked (on a worker thread, when the presenter has a runner) the button
reads "Signing in…", the cursor is busy and a second Enter does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.forms import error_label
from planner.ui.signin.presenter import SignInPresenter, SignInState

COUNTDOWN_TICK_MS = 250


class SignInForm(QWidget):
    signed_in = Signal(object)
    """The user name and password were right: the :class:`Actor` who signed in."""
    failed = Signal(str)
    """An attempt was refused: the message shown."""

    def __init__(
        self, presenter: SignInPresenter, button_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._button_text = button_text
        self._busy = False

        self.username_box = QLineEdit()
        self.username_box.setAccessibleName(self.tr("User name"))
        self.username_box.setMaxLength(64)
        self.password_box = QLineEdit()
        self.password_box.setAccessibleName(self.tr("Password"))
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_box.setMaxLength(256)
        self.message_label = error_label()
        self.message_label.setVisible(True)  # an empty line kept free, so nothing jumps
        self.message_label.setMinimumHeight(self.message_label.fontMetrics().lineSpacing())
        self.countdown_label = QLabel()
        self.countdown_label.setWordWrap(True)
        self.countdown_label.setVisible(False)
        self.sign_in_button = QPushButton(button_text)
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_button.clicked.connect(self.submit)

        self.countdown = QTimer(self)
        self.countdown.setInterval(COUNTDOWN_TICK_MS)
        self.countdown.timeout.connect(self._on_countdown_timeout)

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username_box)
        form.addRow(self.tr("&Password"), self.password_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.countdown_label)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addWidget(self.sign_in_button)
        layout.addLayout(self._buttons)

    # --- what the dialog or lock screen calls ---------------------------------------------

    def add_button(self, button: QPushButton) -> None:
        """Another button beside "Sign in" (e.g. Cancel), to its left."""
        button.setAutoDefault(False)
        self._buttons.insertWidget(self._buttons.count() - 1, button)

    def reset(self, username: str = "") -> None:
        """An empty form (``username`` filled in), focused where typing should start."""
        self.username_box.setText(username)
        self.password_box.clear()
        self._presenter.clear()
        self._render(self._presenter.state())
        self.focus_first_empty()

    def focus_first_empty(self) -> None:
        box = self.password_box if self.username_box.text().strip() else self.username_box
        box.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def busy(self) -> bool:
        """Whether a password is being checked."""
        return self._busy

    def submit(self) -> None:
        """Sign in with what was typed (Enter or the button)."""
        if self._busy or not self.sign_in_button.isEnabled():
            return
        if not self.username_box.text().strip() or not self.password_box.text():
            self.focus_first_empty()
            return
        username, password = self.username_box.text(), self.password_box.text()
        self.password_box.clear()
        self._set_busy(True)
        if not self._presenter.start(username, password, self._on_checked):
            self._set_busy(False)
            self._render(self._presenter.state())

    def _on_checked(self, actor: object) -> None:
        self._set_busy(False)
        state = self._presenter.state()
        self._render(state)
        if actor is not None:
            self.signed_in.emit(actor)
        else:
            self.password_box.setFocus(Qt.FocusReason.OtherFocusReason)
            self.failed.emit(state.message)

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.sign_in_button.setText(self.tr("Signing in…"))
            self.sign_in_button.setEnabled(False)
        else:
            QGuiApplication.restoreOverrideCursor()
            self.sign_in_button.setText(self._button_text)
            self.sign_in_button.setEnabled(True)

    # --- rendering ----------------------------------------------------------------------------

    def _render(self, state: SignInState) -> None:
        self.message_label.setText(state.message)
        self.sign_in_button.setEnabled(state.can_submit)
        if state.wait_seconds:
            self.countdown_label.setText(
                self.tr("You can try again in {seconds} s.").format(seconds=state.wait_seconds)
            )
            self.countdown_label.setVisible(True)
            if not self.countdown.isActive():
                self.countdown.start()
            return
        if self.countdown.isActive():
            self.countdown.stop()
            self.countdown_label.setText(self.tr("You can try again now."))
            self.focus_first_empty()
        else:
            self.countdown_label.setVisible(False)

    def _on_countdown_timeout(self) -> None:
        self._render(self._presenter.state())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            event.accept()
            return
        super().keyPressEvent(event)
