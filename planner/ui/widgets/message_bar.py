"""The message bar: a problem or refusal shown inside a window (not a pop-up), with an
optional "Reload their version" button for a save refused because someone else saved
first. Used by the patient, intake, plan, course and session windows alike. Its tint and
text colour follow the palette (:func:`planner.ui.style.message_frame_style`), again each time
it shows a message."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.ui.style import message_frame_style


class MessageBar(QFrame):
    """A message inside the window (not a pop-up), with an optional Reload button."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_frame")
        self.setStyleSheet(message_frame_style())
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(self.tr("&Reload their version"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Message"))
        self.setVisible(False)

    def _follow_palette(self, kind: str) -> None:
        """The tint for the theme now (a style-sheet widget hears no palette change)."""
        style = message_frame_style(kind=kind)
        if style != self.styleSheet():  # setting one re-polishes every child
            self.setStyleSheet(style)

    def show_message(self, text: str, *, reload: bool = False, kind: str = "error") -> None:
        """``text`` in the bar (hidden when empty): a problem, or with ``kind="info"``
        news that something was done (a file saved)."""
        if text:
            self._follow_palette(kind)
        self.label.setText(text)
        self.reload_button.setVisible(reload)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")

    @property
    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""
