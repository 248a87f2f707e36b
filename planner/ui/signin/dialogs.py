"""The two windows shown before the main window: first run and sign in.

Neither runs a nested event loop: each is shown, emits a signal when someone has signed
in (or the first account exists) and is closed by the session controller; Escape or
Cancel rejects it, which quits the application.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.access import PASSWORD_MIN_LENGTH
from planner.ui.forms import FieldErrors, error_label
from planner.ui.problem import Problem
from planner.ui.signin.form import SignInForm
from planner.ui.signin.presenter import FirstRunForm, FirstRunPresenter, SignInPresenter

_DEMO_STYLE = "background-color: #b3261e; color: white; font-weight: bold; padding: 4px;"


def title_label(text: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class SignInDialog(QDialog):
    """User name and password; Escape or Cancel quits AcuPlanner."""

    signed_in = Signal(object)
    """Someone signed in: the :class:`Actor`."""

    def __init__(
        self,
        presenter: SignInPresenter,
        clinic_name: str,
        *,
        is_demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("AcuPlanner — sign in"))
        self.setMinimumWidth(400)
        self.heading = heading = title_label(clinic_name or "AcuPlanner")
        intro = QLabel(self.tr("Sign in with your own user name and password."))
        intro.setWordWrap(True)
        self.demo_label = QLabel(self.tr("DEMO DATABASE — fictional patients"))
        self.demo_label.setStyleSheet(_DEMO_STYLE)
        self.demo_label.setVisible(is_demo)

        self.form = SignInForm(presenter, self.tr("Sign in"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.form.add_button(self.cancel_button)
        self.form.signed_in.connect(self._on_form_signed_in)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.demo_label)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.form)
        self.form.sign_in_button.setDefault(True)  # drawn as the default; the form handles Enter
        self.form.reset()

    def set_clinic(self, clinic_name: str, *, is_demo: bool) -> None:
        """The clinic's name and demo banner, once read (the window shows before)."""
        self.heading.setText(clinic_name or "AcuPlanner")
        self.demo_label.setVisible(is_demo)

    def _on_form_signed_in(self, actor: object) -> None:
        self.signed_in.emit(actor)


class FirstRunDialog(QDialog):
    """On an empty database: the clinic's name and its first account."""

    account_created = Signal(object)
    """The first account exists and is signed in: the :class:`Actor`."""

    def __init__(self, presenter: FirstRunPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.setWindowTitle(self.tr("AcuPlanner — set up your clinic"))
        self.setMinimumWidth(480)
        heading = title_label(self.tr("Welcome to AcuPlanner"))
        intro = QLabel(
            self.tr(
                "Name your clinic and create the first account. It can treat patients and "
                "manage user accounts and settings; add your colleagues' accounts "
                "afterwards (Admin → Users)."
            )
        )
        intro.setWordWrap(True)

        self.clinic_name_box = QLineEdit()
        self.clinic_name_box.setMaxLength(200)
        self.username_box = QLineEdit()
        self.username_box.setMaxLength(64)
        self.username_box.setPlaceholderText(self.tr("e.g. ada.lovelace"))
        self.full_name_box = QLineEdit()
        self.full_name_box.setMaxLength(200)
        self.password_box = QLineEdit()
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_box.setPlaceholderText(
            self.tr("at least {n} characters").format(n=PASSWORD_MIN_LENGTH)
        )
        self.password_again_box = QLineEdit()
        self.password_again_box.setEchoMode(QLineEdit.EchoMode.Password)

        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, caption, box in (
            ("clinic_name", self.tr("&Clinic name"), self.clinic_name_box),
            ("username", self.tr("&User name"), self.username_box),
            ("full_name", self.tr("&Full name"), self.full_name_box),
            ("password", self.tr("&Password"), self.password_box),
            ("password_again", self.tr("Password &again"), self.password_again_box),
        ):
            box.setAccessibleName(caption.replace("&", ""))
            form.addRow(caption, self.errors.wrap(name, box))
        self.message_label = error_label()

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Create account and start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.create_button.setDefault(True)
        self.clinic_name_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        form = FirstRunForm(
            clinic_name=self.clinic_name_box.text(),
            username=self.username_box.text(),
            full_name=self.full_name_box.text(),
            password=self.password_box.text(),
            password_again=self.password_again_box.text(),
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._presenter.submit(form)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if isinstance(result, Problem):
            self._show_problem(result)
            return
        self._clear_passwords()
        self.account_created.emit(result)

    def _show_problem(self, problem: Problem) -> None:
        """At its field, everything typed kept; a wrong password must be typed twice again."""
        self.message_label.setVisible(False)
        if problem.field in ("password", "password_again"):
            self._clear_passwords()
        if not self.errors.show(problem):
            self.message_label.setText(problem.message)
            self.message_label.setVisible(True)
        elif problem.field == "password_again":
            self.password_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()  # room for the message, rather than squeezing the form

    def _clear_passwords(self) -> None:
        self.password_box.clear()
        self.password_again_box.clear()
