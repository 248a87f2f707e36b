"""The dialogs a main window opened, kept one per kind and closed together when it locks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class OwnedWindows(QObject):
    """Non-modal dialogs of ``owner`` by kind ("users", "audit"…), and everything it opened."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)  # no Python reference back to the owner: no cycle to collect
        self._dialogs: dict[str, QDialog] = {}

    def get(self, key: str) -> QDialog | None:
        return self._dialogs.get(key)

    def raise_existing(self, key: str) -> bool:
        """Bring the open dialog of this kind to the front; False when there is none."""
        dialog = self._dialogs.get(key)
        if dialog is None:
            return False
        dialog.raise_()
        dialog.activateWindow()
        return True

    def show(self, key: str, dialog: QDialog) -> None:
        """Show ``dialog`` as the one of its kind (closing an earlier one)."""
        old = self._dialogs.pop(key, None)
        if old is not None:
            old.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A slot, not a lambda holding the dialog: PySide crashes deleting such a dialog.
        dialog.finished.connect(self._on_dialog_finished)
        self._dialogs[key] = dialog
        dialog.show()

    def close_all(self) -> None:
        """Close every dialog, message box and menu the owner opened (nested ones too)."""
        owner = self.parent()
        for widget in QApplication.topLevelWidgets():
            if widget is owner or not widget.isVisible() or not _owned_by(widget, owner):
                continue
            if isinstance(widget, QDialog):
                widget.reject()  # also ends a message box's own event loop
            widget.hide()
        for dialog in list(self._dialogs.values()):
            dialog.close()
        self._dialogs.clear()

    def _on_dialog_finished(self, _result: int) -> None:
        finished = self.sender()
        for key, dialog in list(self._dialogs.items()):
            if dialog is finished:
                del self._dialogs[key]


def _owned_by(widget: QWidget, owner: QObject) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return False
