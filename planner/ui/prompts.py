"""Every message box AcuPlanner shows goes through :class:`Prompts`.

Screens receive one instance from ``app.py``; tests hand them a recorder instead, so a
question or an error message never opens a modal dialog in a headless run.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Prompts:
    """Messages and questions for the user, as modal dialogs."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def about(self, parent: QWidget | None, title: str, rich_text: str) -> None:
        QMessageBox.about(parent, title, rich_text)

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before doing ``action`` (the text of the button that does it); True: go on."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go
