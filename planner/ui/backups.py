"""The main window's backup corner: when the last good backup was made, Back up now, Restore.

The status bar shows "Last backup: 2026-11-22 09:14", in red with a warning when the
newest backup is more than two days old or there is none. Back up now and Restore… are
in the File menu for users who may do them (admin); a restore replaces the database
under every window, so AcuPlanner closes afterwards and is started again. Both run in
the background (:mod:`planner.ui.tasks`) behind a busy dialog: a backup can be cancelled
until it is finished (the copy is then removed, nothing audited); a restore, once asked
for, cannot (it checks the file, then replaces the database).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow

from planner import formats
from planner.clock import utc_now
from planner.domain.access import Action
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.services.actor import Actor
from planner.services.backups import BackupService, BackupStatus
from planner.ui.prompts import Prompts
from planner.ui.style import WARNING_STYLE
from planner.ui.tasks import BackgroundTasks, Cancelled, TaskProgress
from planner.ui.window_parts import PartBase, WindowHost

REFRESH_MS = 60_000
FileChooser = Callable[[QMainWindow, Path], Path | None]


class _Made(Protocol):  # a backup file written (planner.storage.backup.BackupFile)
    @property
    def path(self) -> Path: ...


class _Summary(Protocol):  # what a backup holds (planner.storage.restore.BackupSummary)
    def describe(self) -> str: ...


def status_text(status: BackupStatus, now: dt.datetime) -> tuple[str, bool]:
    """What the status bar says, and whether it is a warning."""
    if status.last is None:
        return translate("backups", "No backup yet"), True
    when = formats.datetime_text(status.last)
    if status.stale:
        days = (now - status.last).days
        ago = translate("backups", "Last backup: {when} — %n day(s) ago", None, days)
        return ago.format(when=when), True
    return translate("backups", "Last backup: {when}").format(when=when), False


def choose_backup_file(parent: QMainWindow, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("backups", "Restore a backup"),
        str(folder),
        translate("backups", "Backups (*.sqlite3 *.dump);;All (*)"),
    )
    return Path(name) if name else None


class BackupActions(QObject, PartBase):
    """The status label and the File menu items, for one main window (a part of it:
    :mod:`planner.ui.window_parts`)."""

    restored = Signal()  # the database was replaced: AcuPlanner must start again

    def __init__(
        self,
        service: BackupService,
        actor: Actor,
        prompts: Prompts,
        *,
        choose_file: FileChooser = choose_backup_file,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__()
        self.setObjectName("backup_actions")
        self._service = service
        self._actor = actor
        self._prompts = prompts
        self._window: QMainWindow  # the main window, from contribute()
        self.choose_file = choose_file
        self._clock = clock
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setContentsMargins(4, 0, 4, 0)
        self.back_up_action: QAction | None = None
        self.restore_action: QAction | None = None
        self.tasks = BackgroundTasks(self)  # waits for a backup under way when it goes
        self._progress: TaskProgress | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def contribute(self, host: WindowHost) -> None:
        """The status label; Back up now and Restore… in the File menu (admin)."""
        self._window = host.widget
        self.setParent(host.widget)
        host.add_status_widget(self.status_label)
        self.restored.connect(host.request_quit)  # start again afterwards
        if self._actor.can(Action.BACKUP_RESTORE):
            self.back_up_action = QAction(translate("backups", "&Back up now"), host.widget)
            self.back_up_action.triggered.connect(self.back_up_now)
            self.restore_action = QAction(translate("backups", "&Restore…"), host.widget)
            self.restore_action.triggered.connect(self.restore)
            host.add_file_actions([self.back_up_action, self.restore_action])

    def refresh(self) -> None:
        text, warn = status_text(self._service.status(), self._clock())
        self.status_label.setText(text)
        self.status_label.setStyleSheet(WARNING_STYLE if warn else "")
        self.status_label.setToolTip(
            translate("backups", "Backups are kept in {folder}").format(folder=self._service.folder)
        )

    @property
    def busy(self) -> bool:
        """A backup or restore is under way (a second one is not started)."""
        return self._progress is not None

    def back_up_now(self) -> None:
        if self.busy:
            return
        self._progress = TaskProgress(
            self._window,
            translate("backups", "Backing up and checking the copy…"),
            cancel_text=translate("backups", "Cancel"),
        )
        self._progress.follow(
            self.tasks.start(
                lambda task: self._service.back_up(self._actor, checkpoint=task.checkpoint),
                self._on_backed_up,
                partial(self._on_failed, translate("backups", "Backup failed")),
            )
        )

    def restore(self) -> None:
        if self.busy:
            return
        path = self.choose_file(self._window, self._service.folder)
        if path is None:
            return
        self._progress = TaskProgress(self._window, translate("backups", "Reading the backup…"))
        self.tasks.run(
            partial(self._service.inspect, self._actor, path),
            partial(self._on_inspected, path),
            partial(self._on_failed, translate("backups", "Cannot restore this file")),
        )

    def _on_inspected(self, path: Path, summary: _Summary) -> None:
        self._finish()
        question = translate(
            "backups",
            "{file}\n\n{summary}\n\nThis replaces the whole database. The current one is kept "
            "as a backup first. Anyone else using this database should close AcuPlanner "
            "before you go on; AcuPlanner closes after the restore.",
        ).format(file=path.name, summary=summary.describe())
        if not self._prompts.confirm(
            self._window,
            translate("backups", "Restore a backup"),
            question,
            translate("backups", "Restore"),
        ):
            return
        self._progress = TaskProgress(self._window, translate("backups", "Restoring the backup…"))
        self.tasks.run(
            partial(self._service.restore, self._actor, path),
            self._on_restored,
            partial(self._on_failed, translate("backups", "Restore failed")),
        )

    def _on_backed_up(self, made: _Made) -> None:
        self._finish()
        self.refresh()
        self._window.statusBar().showMessage(
            translate("backups", "Backed up and checked: {path}").format(path=made.path), 15_000
        )

    def _on_restored(self, _result: object) -> None:
        self._finish()
        self.restored.emit()

    def _on_failed(self, title: str, error: BaseException) -> None:
        """A problem is shown as before; a cancelled backup just said; a bug raised again,
        for the crash dialog (:mod:`planner.ui.errors`)."""
        self._finish()
        if isinstance(error, Cancelled):
            self._window.statusBar().showMessage(
                translate("backups", "Backup cancelled: no copy kept."), 15_000
            )
        elif isinstance(error, PlannerError):
            self._prompts.error(self._window, title, error.user_text())
        else:
            raise error

    def _finish(self) -> None:
        if self._progress is not None:
            self._progress.finish()
            self._progress = None
