"""What a locked window shows instead of its work: the clinic, "Locked", a sign-in form.

Nothing about patients appears here. The user who locked it is filled in; they type
their password to unlock, or someone else types their own user name to sign in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.ui.signin.dialogs import title_label
from planner.ui.signin.form import SignInForm
from planner.ui.signin.presenter import SignInPresenter

_PANEL_WIDTH = 420


class LockScreen(QWidget):
    signed_in = Signal(object)
    """The locked user unlocked, or another user signed in: the :class:`Actor`."""

    def __init__(
        self,
        presenter: SignInPresenter,
        clinic_name: str,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._username = username
        self.clinic_label = title_label(clinic_name or "AcuPlanner", 1.2)
        self.clinic_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_label = title_label(self.tr("Locked"), 2.0)
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr(
                "Type your password to go on where you left off. "
                "Someone else can sign in with their own user name."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = SignInForm(presenter, self.tr("Unlock"))
        self.form.signed_in.connect(self.signed_in)
        self.form.username_box.textChanged.connect(self._on_username_box_text_changed)

        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setFixedWidth(_PANEL_WIDTH)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        inner.addWidget(self.clinic_label)
        inner.addWidget(self.locked_label)
        inner.addWidget(hint)
        inner.addSpacing(6)
        inner.addWidget(self.form)

        row = QHBoxLayout()  # no alignment flag: the wrapped hint then gets the height it needs
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_clinic_name(self, name: str) -> None:
        self.clinic_label.setText(name or "AcuPlanner")

    def prepare(self) -> None:
        """A fresh form for the user who locked: their name filled in, the password empty."""
        self.form.reset(self._username)

    def _on_username_box_text_changed(self, text: str) -> None:
        same = text.strip().lower() in ("", self._username)
        self.form.sign_in_button.setText(self.tr("Unlock") if same else self.tr("Sign in"))
