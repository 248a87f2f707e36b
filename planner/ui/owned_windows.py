"""The windows a main window opened, kept one per kind, and what happens to them on a lock.

Two sorts: tools (users, audit trail, clinic settings) are closed when the main window
locks; forms that hold someone's typing (a patient's details, an intake) are only hidden,
so the same user finds their unsaved edits again after unlocking, while anyone else
signing in gets their own main window and never sees them. Either way nothing of a
patient stays on screen while locked, and every question or message box the owner's
windows opened is dismissed (answered "keep editing" / "back").
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget


@runtime_checkable
class HoldsTyping(Protocol):
    """A form that can tell, without being shown, whether it holds unsaved typing."""

    def has_unsaved_changes(self) -> bool: ...


class OwnedWindows(QObject):
    """Non-modal dialogs of ``owner`` by key ("users", "patient:12"…), and everything it
    opened."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)  # no Python reference back to the owner: no cycle to collect
        self._dialogs: dict[str, QDialog] = {}
        self._forms: set[str] = set()  # keys of dialogs kept (hidden) over a lock
        self._put_away: list[QDialog] = []  # forms hidden by the lock, to show again

    def get(self, key: str) -> QDialog | None:
        return self._dialogs.get(key)

    def keys(self) -> list[str]:
        return list(self._dialogs)

    def raise_existing(self, key: str) -> bool:
        """Bring the open dialog of this kind to the front; False when there is none."""
        dialog = self._dialogs.get(key)
        if dialog is None:
            return False
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return True

    def show(self, key: str, dialog: QDialog, *, form: bool = False) -> None:
        """Show ``dialog`` as the one of its kind (closing an earlier one).

        A ``form`` holds typing that must survive a lock: it is hidden, not closed.
        """
        old = self._dialogs.pop(key, None)
        self._forms.discard(key)
        if old is not None:
            old.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A slot, not a lambda holding the dialog: PySide crashes deleting such a dialog.
        dialog.finished.connect(self._on_dialog_finished)
        self._dialogs[key] = dialog
        if form:
            self._forms.add(key)
        dialog.show()

    def lock(self) -> None:
        """Nothing the owner opened stays on screen: forms are hidden (their typing kept),
        everything else — tools, questions, message boxes, menus — is closed."""
        owner = self.parent()
        forms = {self._dialogs[key] for key in self._forms}
        for widget in QApplication.topLevelWidgets():
            if widget is owner or not widget.isVisible() or not _owned_by(widget, owner):
                continue
            if widget in forms:
                self._put_away.append(widget)
            elif isinstance(widget, QDialog):
                widget.reject()  # also ends a question's own event loop ("keep editing")
            widget.hide()
        for key, dialog in list(self._dialogs.items()):
            if key not in self._forms:
                dialog.close()
                self._dialogs.pop(key, None)

    def unlock(self) -> None:
        """The forms hidden by :meth:`lock` come back as they were left."""
        put_away, self._put_away = self._put_away, []
        for dialog in put_away:
            if dialog in self._dialogs.values():
                dialog.show()

    def unsaved_forms(self) -> int:
        """How many of the kept forms hold typing not saved yet (none is shown or asked)."""
        return sum(
            1
            for key in self._forms
            if isinstance(form := self._dialogs[key], HoldsTyping) and form.has_unsaved_changes()
        )

    def close_all(self) -> bool:
        """Close every dialog; forms ask first about unsaved changes. False when the user
        chose to keep editing one (it stays open, and so does everything else)."""
        for key in [key for key in self._dialogs if key in self._forms]:
            dialog = self._dialogs[key]
            if dialog.isHidden():
                dialog.show()  # a question about it needs it on screen
            dialog.close()  # reject(): the form asks when something is not saved
            if key in self._dialogs and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return False
        for dialog in list(self._dialogs.values()):
            dialog.close()
        self._dialogs.clear()
        self._forms.clear()
        self._put_away.clear()
        return True

    def _on_dialog_finished(self, _result: int) -> None:
        finished = self.sender()
        for key, dialog in list(self._dialogs.items()):
            if dialog is finished:
                del self._dialogs[key]
                self._forms.discard(key)


def _owned_by(widget: QWidget, owner: QObject) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return False
