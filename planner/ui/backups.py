"""The main window's backup corner: when the last good backup was made, Back up now, Restore.

The status bar shows "Last backup: 2026-11-22 09:14", in red with a warning when the
newest backup is more than two days old or there is none. Back up now and Restore… are
in the File menu for users who may do them (admin); a restore replaces the database
under every window, so AcuPlanner closes afterwards and is started again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMenu

from planner.clock import utc_now
from planner.domain.access import Action
from planner.domain.errors import PlannerError
from planner.services.actor import Actor
from planner.services.backups import BackupService, BackupStatus
from planner.ui.prompts import Prompts

REFRESH_MS = 60_000
_WARN_STYLE = "color: #b3261e; font-weight: bold;"
FileChooser = Callable[[QMainWindow, Path], Path | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("backups", text)


def status_text(status: BackupStatus, now: dt.datetime) -> tuple[str, bool]:
    """What the status bar says, and whether it is a warning."""
    if status.last is None:
        return _tr("No backup yet"), True
    when = status.last.astimezone().strftime("%Y-%m-%d %H:%M")
    if status.stale:
        days = (now - status.last).days
        return _tr("Last backup: {when} — {days} days ago").format(when=when, days=days), True
    return _tr("Last backup: {when}").format(when=when), False


def choose_backup_file(parent: QMainWindow, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Restore a backup"), str(folder), _tr("Backups (*.sqlite3 *.dump);;All (*)")
    )
    return Path(name) if name else None


class BackupActions(QObject):
    """The status label and the File menu items, for one main window."""

    restored = Signal()  # the database was replaced: AcuPlanner must start again

    def __init__(
        self,
        service: BackupService,
        actor: Actor,
        prompts: Prompts,
        window: QMainWindow,
        *,
        choose_file: FileChooser = choose_backup_file,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(window)
        self._service = service
        self._actor = actor
        self._prompts = prompts
        self._window = window
        self.choose_file = choose_file
        self._clock = clock
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setContentsMargins(4, 0, 4, 0)
        self.back_up_action: QAction | None = None
        self.restore_action: QAction | None = None
        if actor.can(Action.BACKUP_RESTORE):
            self.back_up_action = QAction(_tr("&Back up now"), window)
            self.back_up_action.triggered.connect(self.back_up_now)
            self.restore_action = QAction(_tr("&Restore…"), window)
            self.restore_action.triggered.connect(self.restore)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def add_to_menu(self, menu: QMenu) -> None:
        if self.back_up_action is not None and self.restore_action is not None:
            menu.addAction(self.back_up_action)
            menu.addAction(self.restore_action)
            menu.addSeparator()

    def refresh(self) -> None:
        text, warn = status_text(self._service.status(), self._clock())
        self.status_label.setText(text)
        self.status_label.setStyleSheet(_WARN_STYLE if warn else "")
        self.status_label.setToolTip(
            _tr("Backups are kept in {folder}").format(folder=self._service.folder)
        )

    def back_up_now(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = self._service.back_up(self._actor)
        except PlannerError as error:
            QApplication.restoreOverrideCursor()
            self._prompts.error(self._window, _tr("Backup failed"), error.user_text())
            return
        QApplication.restoreOverrideCursor()
        self.refresh()
        self._window.statusBar().showMessage(
            _tr("Backed up and checked: {path}").format(path=made.path), 15_000
        )

    def restore(self) -> None:
        path = self.choose_file(self._window, self._service.folder)
        if path is None:
            return
        try:
            summary = self._service.inspect(self._actor, path)
        except PlannerError as error:
            self._prompts.error(self._window, _tr("Cannot restore this file"), error.user_text())
            return
        question = _tr(
            "{file}\n\n{summary}\n\nThis replaces the whole database. The current one is kept "
            "as a backup first. Anyone else using this database should close AcuPlanner "
            "before you go on; AcuPlanner closes after the restore."
        ).format(file=path.name, summary=summary.describe())
        if not self._prompts.confirm(
            self._window, _tr("Restore a backup"), question, _tr("Restore")
        ):
            return
        try:
            self._service.restore(self._actor, path)
        except PlannerError as error:
            self._prompts.error(self._window, _tr("Restore failed"), error.user_text())
            return
        self.restored.emit()
