"""The forms of Admin → Users: add or edit an account, and set a new password.

They never run a nested event loop: :class:`planner.ui.admin.users.UsersDialog` opens
them window-modal with ``open()``; they emit what was typed and stay open, with the
problem shown at its field, until the presenter accepts the change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.access import PASSWORD_MIN_LENGTH
from planner.domain.vocab import Role
from planner.ui.admin.users_presenter import UserForm
from planner.ui.forms import FieldErrors
from planner.ui.labels import role_labels, style_labels
from planner.ui.problem import Problem

_NO_YEARS = -1  # the years-of-practice box at its minimum means "not given"


def _password_box() -> QLineEdit:
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setMaxLength(256)
    return box


class UserEditDialog(QDialog):
    """Add a user (with a password) or edit one's roles and profile."""

    submitted = Signal(object)
    """The form as typed: a :class:`UserForm`."""

    def __init__(self, existing: UserForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adding = existing is None
        title = self.tr("Add user") if self._adding else self.tr("Edit user")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.errors = FieldErrors()

        self.username_box = QLineEdit()
        self.username_box.setMaxLength(64)
        self.username_box.setReadOnly(not self._adding)
        self.role_boxes = {role: QCheckBox(label) for role, label in role_labels().items()}
        roles_row = QWidget()
        roles_layout = QHBoxLayout(roles_row)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.role_boxes.values():
            roles_layout.addWidget(box)
        roles_layout.addStretch(1)
        self.full_name_box = QLineEdit()
        self.credentials_box = QLineEdit()
        self.credentials_box.setPlaceholderText(self.tr("e.g. Lic.Ac., MBAcC"))
        self.registration_box = QLineEdit()
        self.style_box = QComboBox()
        self.style_box.addItem("—", "")
        for style, label in style_labels().items():
            self.style_box.addItem(label, style.value)
        self.years_box = QSpinBox()
        self.years_box.setRange(_NO_YEARS, 70)
        self.years_box.setSpecialValueText("—")
        self.password_box = _password_box()
        self.password_box.setPlaceholderText(
            self.tr("at least {n} characters").format(n=PASSWORD_MIN_LENGTH)
        )
        self.password_again_box = _password_box()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            ("username", self.tr("&User name"), self.username_box),
            ("roles", self.tr("Roles"), roles_row),
            ("full_name", self.tr("&Full name"), self.full_name_box),
            ("credentials", self.tr("&Credentials"), self.credentials_box),
            ("registration_number", self.tr("&Registration / licence no."), self.registration_box),
            ("acupuncture_style", self.tr("&Style of acupuncture"), self.style_box),
            ("years_of_practice", self.tr("&Years of practice"), self.years_box),
        ]
        if self._adding:
            rows += [
                ("password", self.tr("&Password"), self.password_box),
                ("password_again", self.tr("Password &again"), self.password_again_box),
            ]
        for name, caption, widget in rows:
            widget.setAccessibleName(caption.replace("&", ""))
            form.addRow(caption, self.errors.wrap(name, widget))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Add user") if self._adding else self.tr("Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.ok_button.setDefault(True)  # once in the dialog, or the dialog never hears of it
        if existing is not None:
            self._fill(existing)
        else:
            self.role_boxes[Role.PRACTITIONER].setChecked(True)

    def _fill(self, form: UserForm) -> None:
        self.username_box.setText(form.username)
        for role, box in self.role_boxes.items():
            box.setChecked(role in form.roles)
        self.full_name_box.setText(form.full_name)
        self.credentials_box.setText(form.credentials)
        self.registration_box.setText(form.registration_number)
        index = self.style_box.findData(form.acupuncture_style)
        self.style_box.setCurrentIndex(max(index, 0))
        years = form.years_of_practice
        self.years_box.setValue(_NO_YEARS if years is None else years)

    def form(self) -> UserForm:
        years = self.years_box.value()
        return UserForm(
            username=self.username_box.text(),
            roles=frozenset(role for role, box in self.role_boxes.items() if box.isChecked()),
            full_name=self.full_name_box.text(),
            credentials=self.credentials_box.text(),
            registration_number=self.registration_box.text(),
            acupuncture_style=str(self.style_box.currentData() or ""),
            years_of_practice=None if years == _NO_YEARS else years,
            password=self.password_box.text(),
            password_again=self.password_again_box.text(),
        )

    def show_problem(self, problem: Problem) -> bool:
        """At its field (True), everything else kept; a rejected password is cleared."""
        if problem.field in ("password", "password_again"):
            self.password_box.clear()
            self.password_again_box.clear()
        shown = self.errors.show(problem)
        if problem.field == "password_again":
            self.password_box.setFocus(Qt.FocusReason.OtherFocusReason)
        return shown

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        self.submitted.emit(self.form())


class PasswordDialog(QDialog):
    """A new password for one account, typed twice."""

    submitted = Signal(str, str)

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr(
                "A new password for {user}. Tell them in person; it is not shown again."
            ).format(user=username)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.errors = FieldErrors()
        self.password_box = _password_box()
        self.password_box.setPlaceholderText(
            self.tr("at least {n} characters").format(n=PASSWORD_MIN_LENGTH)
        )
        self.password_again_box = _password_box()
        form = QFormLayout()
        form.addRow(self.tr("New &password"), self.errors.wrap("password", self.password_box))
        form.addRow(
            self.tr("Password &again"), self.errors.wrap("password_again", self.password_again_box)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Set password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.ok_button.setDefault(True)

    def show_problem(self, problem: Problem) -> bool:
        self.password_box.clear()
        self.password_again_box.clear()
        shown = self.errors.show(problem)
        self.password_box.setFocus(Qt.FocusReason.OtherFocusReason)
        return shown

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        password, again = self.password_box.text(), self.password_again_box.text()
        self.password_box.clear()
        self.password_again_box.clear()
        self.submitted.emit(password, again)
