"""Backups as the window and the command line use them.

``BackupService(db, folder, audit=None, clock=utc_now)``

* ``status() -> BackupStatus`` — when the newest finished backup in the folder was
  made, and whether that is more than :data:`STALE_AFTER` ago (the window warns). It
  shows no patient data, so any signed-in user may see it.
* ``daily_if_due() -> Path | None`` — run by the app at start-up: first the ``.partial``
  files killed backups left in the folder are removed (both engines); then, SQLite only,
  a backup when the newest is older than a day, and the automatic copies beyond 7 daily
  and 4 weekly are removed.
* ``remove_leftovers() -> int`` — just the clean-up of ``.partial`` files.
* ``back_up(actor, target=None) -> BackupFile`` — a verified backup now (default: a
  dated file in the folder). [admin] Audited as an export of the whole database. Never
  over the database or its ``-wal``/``-shm``/``-journal``, a folder, device, FIFO or
  symbolic link; an existing file only if it is an earlier backup.
* ``inspect(actor, path) -> BackupSummary`` — what a backup file holds. [admin]
* ``restore(actor, path) -> RestoreResult`` — keeps the current database as a backup,
  restores, brings the schema up to date and audits the restore in the restored
  database. [admin]
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from planner.clock import utc_now
from planner.domain.access import Action
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.files import database_files
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.boundary import CheckedService
from planner.services.guard import Guard
from planner.storage.audit_guard import manifest_path
from planner.storage.backup import BackupFile, back_up, check_backup_target
from planner.storage.backup_folder import (
    backup_name,
    database_stem,
    list_backups,
    prune,
    remove_stale_partials,
    suffix_for,
)
from planner.storage.database import Database
from planner.storage.engine import sqlite_path
from planner.storage.migrations import head_revision, inspect_schema, upgrade_to_head
from planner.storage.models import User
from planner.storage.restore import BackupSummary, RestoreResult, summarize
from planner.storage.restore import restore as restore_database

log = logging.getLogger(__name__)

DAILY_AFTER = dt.timedelta(days=1)
STALE_AFTER = dt.timedelta(days=2)


@dataclass(frozen=True, slots=True)
class BackupStatus:
    last: dt.datetime | None  # UTC time of the newest finished backup in the folder
    stale: bool  # none, or older than STALE_AFTER
    folder: Path
    automatic: bool  # SQLite: the app makes daily copies itself


class BackupService(CheckedService):
    def __init__(
        self,
        db: Database,
        folder: Path,
        audit: AuditTrail | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._db = db
        self._folder = folder
        self._audit = audit or AuditTrail(clock)
        self._guard = Guard(db, self._audit)
        self._clock = clock
        self._stem = database_stem(db.url)
        self._live = sqlite_path(db.url)

    @property
    def folder(self) -> Path:
        return self._folder

    def status(self) -> BackupStatus:
        entries = list_backups(self._folder, self._stem)
        last = entries[0].taken_at if entries else None
        stale = last is None or self._clock() - last > STALE_AFTER
        return BackupStatus(last, stale, self._folder, self._live is not None)

    def daily_if_due(self) -> Path | None:
        self.remove_leftovers()
        if self._live is None or not self._live.exists():
            return None
        last = self.status().last
        if last is not None and self._clock() - last < DAILY_AFTER:
            return None
        made = back_up(self._db.url, self._target("daily")).path
        removed = prune(self._folder, self._stem)
        log.info("daily backup made; %d old automatic backups removed", len(removed))
        return made

    def default_target(self) -> Path:
        return self._target("manual")

    def back_up(
        self,
        actor: Actor,
        target: Path | None = None,
        checkpoint: Callable[[], object] = lambda: None,
    ) -> BackupFile:
        """``checkpoint`` (the window's Cancel) is called before the copy starts and once it
        is made; when it raises, the copy is removed again and nothing is audited."""
        self._guard.require(actor, Action.BACKUP_RESTORE, object_type="database")
        target = target or self.default_target()
        if not target.name:  # "/": no file name to write
            raise ValidationError(
                "target",
                translate("backup_service", "Backup file: choose a file name, not a folder."),
            )
        check_backup_target(target, database_files(self._live))
        self.remove_leftovers()
        checkpoint()
        made = back_up(self._db.url, target)
        try:
            checkpoint()
        except BaseException:
            for path in (made.path, manifest_path(made.path)):
                path.unlink(missing_ok=True)
            raise
        self._record(actor, AuditAction.EXPORT, {"what": "backup", "rows": sum(made.rows.values())})
        if target.parent == self._folder:
            prune(self._folder, self._stem)
        return made

    def remove_leftovers(self) -> int:
        """Unfinished ``.partial`` files that a killed backup left in the backups folder
        are removed (at start-up and before each backup); one another window is writing
        right now stays. How many went."""
        return remove_stale_partials(self._folder)

    def inspect(self, actor: Actor, path: Path) -> BackupSummary:
        self._guard.require(actor, Action.BACKUP_RESTORE, object_type="database")
        return summarize(path, self._db.url)

    def restore(self, actor: Actor, path: Path) -> RestoreResult:
        """Afterwards the window must start again: what it holds is of the old database."""
        self._guard.require(actor, Action.BACKUP_RESTORE, object_type="database")
        self._db.engine.dispose()  # no pooled connection of ours in the way
        result = restore_database(path, self._db.url, self._folder)
        self._db.engine.dispose()  # PostgreSQL: the old connections saw dropped tables
        after_restore(self._db, actor, result, self._audit, self._folder)
        return result

    def _target(self, label: str) -> Path:
        return self._folder / backup_name(
            self._stem, label, self._clock(), suffix_for(self._db.url)
        )

    def _record(self, actor: Actor, action: str, detail: dict[str, object]) -> None:
        if actor.user_id is None:  # the command line
            self._record_if_current(actor, action, detail)
            return
        with self._db.write() as db_session:
            self._audit.record(db_session, actor, action, object_type="database", detail=detail)

    def _record_if_current(self, actor: Actor, action: str, detail: dict[str, object]) -> None:
        """The command line backs up a database of any schema, and with a workstation's
        URL (no login): the audit row is written when the database is at this version's
        schema, else skipped; a failure to write it is logged, not raised."""
        try:
            if inspect_schema(self._db.engine) != head_revision():
                return
            with self._db.write() as db_session:
                self._audit.record(db_session, actor, action, object_type="database", detail=detail)
        except PlannerError as error:
            log.warning("command not audited: %s", type(error).__name__)


def after_restore(
    db: Database, actor: Actor, result: RestoreResult, audit: AuditTrail, folder: Path
) -> None:
    """Bring the restored database to the current schema and audit the restore in it."""
    upgrade_to_head(db.engine, folder)
    with db.write() as db_session:
        known = actor.user_id is not None and db_session.get(User, actor.user_id) is not None
        audit.record(  # the restore is the restored database's newest audit row
            db_session,
            actor if known else replace(actor, user_id=None),
            AuditAction.RESTORE,
            object_type="database",
            detail={"schema": result.summary.revision},
        )
