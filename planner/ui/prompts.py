"""Every message box AcuPlanner shows goes through :class:`Prompts`.

Screens receive one instance from ``app.py``; tests hand them a recorder instead, so a
question or an error message never opens a modal dialog in a headless run. The confirm
question is the same dialog the presenters' questions use
(:func:`planner.ui.widgets.question_dialogs.ask_to_confirm`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from planner.ui.widgets.question_dialogs import ask_to_confirm


class Prompts:
    """Messages and questions for the user, as modal dialogs."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def about(self, parent: QWidget | None, title: str, rich_text: str) -> None:
        QMessageBox.about(parent, title, rich_text)

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before doing ``action`` (the text of the button that does it); True: go on."""
        return ask_to_confirm(parent, title, text, action)
