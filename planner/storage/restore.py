"""Reading what a backup holds, and putting it back in place of the live database.

* :func:`read_summary` checks a backup file (an SQLite copy or a ``pg_dump -Fc``
  archive) and says what it holds: clinic, patients, sessions, newest session date and
  schema. A file from a newer AcuPlanner is refused (:class:`DatabaseTooNew`).
* Before anything is replaced, the backup's schema is compared item by item with a
  database freshly migrated to the backup's revision, and no row may refer to a missing
  row (:mod:`planner.storage.schema_check`); a damaged backup is refused in one line.
* :func:`restore_sqlite` first keeps the current file as a backup, then copies the
  backup into the live database with SQLite's backup API: one write transaction, so
  any window that has the database open sees either the old or the restored data. The
  restored file (and its ``-wal``/``-shm``) is owner-only (0600) whatever the umask.
* :func:`restore_postgresql` replays the archive into a scratch database to check it,
  then dumps the current database, then replays the archive with ``psql
  --single-transaction`` after dropping and re-creating the ``public`` schema, so the
  restore is all or nothing and leaves no table from a later schema behind. The schema
  is then brought to this version's and the groups' grants applied again
  (:func:`regrant`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from planner.clock import utc_now
from planner.domain.errors import DatabaseTooNew, EnvironmentProblem
from planner.domain.i18n import translate
from planner.storage import pg_tools
from planner.storage.backup import (
    backup_sqlite,
    read_only,
    sqlite_row_counts,
    verify_sqlite,
)
from planner.storage.backup_folder import backup_name
from planner.storage.engine import create_app_engine, sqlite_path
from planner.storage.integrity import sqlite_file_problems
from planner.storage.location import check_local_database
from planner.storage.migrations import known_revisions
from planner.storage.pg_archive import copy_rows
from planner.storage.restore_pg import regrant, replace_database
from planner.storage.schema_check import (
    check_sqlite_backup,
)
from planner.storage.transfer import copy_sqlite_backup_into

log = logging.getLogger(__name__)

SQLITE, POSTGRES = "sqlite", "postgresql"
_GIVEN = ("draft", "signed")  # sessions that took place (not merely scheduled)


@dataclass(frozen=True, slots=True)
class BackupSummary:
    path: Path
    kind: str  # SQLITE or POSTGRES
    revision: str
    clinic: str
    patients: int
    sessions: int  # sessions given (drafted or signed)
    newest_session: dt.date | None

    def describe(self) -> str:
        newest = (
            self.newest_session.isoformat()
            if self.newest_session
            else translate("backup_restore", "none")
        )
        return translate(
            "backup_restore",
            "clinic: {clinic}; patients: {patients}; sessions: {sessions}; "
            "newest session: {newest}; schema: {revision}",
        ).format(
            clinic=self.clinic or translate("backup_restore", "(not named)"),
            patients=self.patients,
            sessions=self.sessions,
            newest=newest,
            revision=self.revision,
        )


@dataclass(frozen=True, slots=True)
class RestoreResult:
    summary: BackupSummary
    kept: Path | None  # the backup of what was there before


def backup_kind(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise EnvironmentProblem(
            translate("backup_restore", "Cannot read {path}: {exc}.").format(
                path=path, exc=exc.strerror or exc
            )
        ) from None
    if head.startswith(b"SQLite format 3\x00"):
        return SQLITE
    if head.startswith(b"PGDMP"):
        return POSTGRES
    raise EnvironmentProblem(
        translate(
            "backup_restore",
            "{path} is not an AcuPlanner backup (neither an SQLite copy nor a "
            "pg_dump -Fc archive).",
        ).format(path=path)
    )


def read_summary(path: Path, *, pg_restore: Path | None = None) -> BackupSummary:
    """What the backup at ``path`` holds; refuses a damaged, foreign or newer one."""
    kind = backup_kind(path)
    if kind == SQLITE:
        summary = _sqlite_summary(path)
    else:
        if pg_restore is None:
            raise EnvironmentProblem(
                translate(
                    "backup_restore",
                    "{name} is a PostgreSQL backup; it can only be restored into PostgreSQL.",
                ).format(name=path.name),
                hint=translate(
                    "backup_restore",
                    "Run restore with --database postgresql+psycopg://… for the clinic's server.",
                ),
            )
        summary = _archive_summary(path, pg_restore)
    if summary.revision not in known_revisions():
        raise DatabaseTooNew(
            translate(
                "backup_restore", "{name} was made by a newer AcuPlanner (schema {revision})."
            ).format(name=path.name, revision=summary.revision),
            hint=translate(
                "backup_restore",
                "Install that AcuPlanner version to restore it; nothing was changed.",
            ),
        )
    return summary


def _sqlite_summary(path: Path) -> BackupSummary:
    refuse_damaged_backup(path)
    verify_sqlite(path)  # opens, integrity_check
    with closing(read_only(path)) as copy:
        try:
            revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()
            clinic = copy.execute("SELECT name FROM clinic ORDER BY id LIMIT 1").fetchone()
            patients = copy.execute("SELECT count(*) FROM patient").fetchone()[0]
            given = copy.execute(
                "SELECT count(*), max(session_date) FROM treatment_session WHERE status IN (?, ?)",
                _GIVEN,
            ).fetchone()
        except sqlite3.DatabaseError:
            revision = None
        if revision is None:
            raise EnvironmentProblem(
                translate(
                    "backup_restore", "{name} is an SQLite file but not an AcuPlanner backup."
                ).format(name=path.name)
            )
    newest = dt.date.fromisoformat(given[1]) if given[1] else None
    return BackupSummary(
        path, SQLITE, revision[0], clinic[0] if clinic else "", patients, given[0], newest
    )


def refuse_damaged_backup(path: Path) -> None:
    """One line when SQLite's own check finds the backup file damaged."""
    problems = sqlite_file_problems(path)
    if problems:
        first = problems[0].removeprefix("sqlite integrity_check: ")
        raise EnvironmentProblem(
            translate(
                "backup_restore",
                "The backup {name} is damaged (SQLite's own check: {first}); it cannot "
                "be restored. Nothing was changed.",
            ).format(name=path.name, first=first),
            hint=translate("backup_restore", "Choose another backup."),
        )


def _archive_summary(path: Path, pg_restore: Path) -> BackupSummary:
    revision, clinic, patients, sessions = None, "", 0, 0
    newest: dt.date | None = None
    tables = ("alembic_version", "clinic", "patient", "treatment_session")
    for table, columns, row in copy_rows(pg_restore, path, tables):
        if table == "alembic_version":
            revision = row[0]
        elif table == "clinic" and not clinic:
            clinic = row[columns.index("name")] or ""
        elif table == "patient":
            patients += 1
        elif table == "treatment_session" and row[columns.index("status")] in _GIVEN:
            sessions += 1
            day = dt.date.fromisoformat(row[columns.index("session_date")] or "")
            newest = day if newest is None or day > newest else newest
    if revision is None:
        raise EnvironmentProblem(
            translate(
                "backup_restore", "{name} is a PostgreSQL archive but not of AcuPlanner."
            ).format(name=path.name)
        )
    return BackupSummary(path, POSTGRES, revision, clinic, patients, sessions, newest)


def summarize(path: Path, url: URL) -> BackupSummary:
    """What ``path`` holds, read with the tools the database at ``url`` needs."""
    if backup_kind(path) == POSTGRES and url.get_backend_name() == "postgresql":
        return read_summary(path, pg_restore=pg_tool(url, "pg_restore"))
    return read_summary(path)


def restore(path: Path, url: URL, folder: Path) -> RestoreResult:
    """Restore ``path`` into the database at ``url`` (an SQLite backup into an empty
    PostgreSQL database copies the clinic over)."""
    live = sqlite_path(url)
    if live is not None:
        return restore_sqlite(path, live, folder)
    if backup_kind(path) == SQLITE:
        summary = read_summary(path)
        check_sqlite_backup(path, summary.revision)
        engine = create_app_engine(url)
        try:
            copy_sqlite_backup_into(path, engine)
        finally:
            engine.dispose()
        regrant(url)
        return RestoreResult(summary, None)
    return restore_postgresql(path, url, folder)


def restore_postgresql(archive: Path, url: URL, folder: Path) -> RestoreResult:
    """Replace the database at ``url`` by the archive, all or nothing, once the archive
    has been replayed into a scratch database and its schema checked there."""
    pg_restore, psql = pg_tool(url, "pg_restore"), pg_tool(url, "psql")
    summary = read_summary(archive, pg_restore=pg_restore)
    if summary.kind != POSTGRES:
        raise EnvironmentProblem(
            translate("backup_restore", "{name} is not a PostgreSQL backup.").format(
                name=archive.name
            )
        )
    kept = replace_database(archive, url, folder, summary.revision, pg_restore, psql)
    return RestoreResult(summary, kept)


def pg_tool(url: URL, name: str) -> Path:
    engine = create_app_engine(url)
    try:
        return pg_tools.find_tool(name, pg_tools.server_major(engine))
    finally:
        engine.dispose()


# --- SQLite -------------------------------------------------------------------------------


def restore_sqlite(backup: Path, live: Path, folder: Path) -> RestoreResult:
    """Replace the contents of ``live`` by those of ``backup``, keeping the old first."""
    summary = read_summary(backup)
    if summary.kind != SQLITE:
        raise EnvironmentProblem(
            translate("backup_restore", "{name} is not an SQLite backup.").format(name=backup.name)
        )
    check_sqlite_backup(backup, summary.revision)  # before anything is replaced
    if live.exists() and live.resolve() == backup.resolve():
        raise EnvironmentProblem(
            translate("backup_restore", "That file is the database itself; choose a backup file.")
        )
    check_local_database(live)
    kept = _keep_current(live, folder) if live.exists() else None
    try:
        live.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(
            translate("backup_restore", "Cannot create {parent}: {exc}.").format(
                parent=live.parent, exc=exc.strerror or exc
            )
        ) from None
    with closing(read_only(backup)) as src:
        expected = sqlite_row_counts(src)
        try:
            try:
                result, found = _copy_into(src, live)
            except sqlite3.DatabaseError:
                if kept is None or "damaged" not in kept.name:
                    raise
                # Not even an SQLite file any more (its raw copy is kept): start afresh.
                for suffix in ("", "-wal", "-shm", "-journal"):
                    live.with_name(live.name + suffix).unlink(missing_ok=True)
                result, found = _copy_into(src, live)
        except (sqlite3.Error, OSError) as exc:
            raise EnvironmentProblem(
                translate(
                    "backup_restore",
                    "Could not restore into {live}: {exc}. The database was not changed.",
                ).format(live=live, exc=exc),
                hint=translate(
                    "backup_restore", "Close AcuPlanner on this computer and try again."
                ),
            ) from None
    if result != "ok" or found != expected:
        raise EnvironmentProblem(
            translate(
                "backup_restore", "The restored database failed its check ({result})."
            ).format(result=result),
            hint=translate("backup_restore", "The previous database is kept in {kept}.").format(
                kept=kept
            )
            if kept
            else "",
        )
    log.info("restored an SQLite backup (schema %s)", summary.revision)
    return RestoreResult(summary, kept)


def _copy_into(src: sqlite3.Connection, live: Path) -> tuple[str, dict[str, int]]:
    _owner_only(live, create=True)  # never readable by others, whatever the umask
    with closing(sqlite3.connect(live, timeout=30, isolation_level=None)) as dst:
        src.backup(dst)  # one write transaction on the live database
        dst.execute("PRAGMA journal_mode = WAL")
        _owner_only(live)
        return dst.execute("PRAGMA integrity_check").fetchone()[0], sqlite_row_counts(dst)


def _owner_only(live: Path, *, create: bool = False) -> None:
    """The database and its ``-wal``/``-shm``/``-journal`` readable by their owner alone
    (``create``: an owner-only empty file first, so it is never open to others)."""
    if create and not live.exists():
        os.close(os.open(live, os.O_CREAT | os.O_WRONLY, 0o600))
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            live.with_name(live.name + suffix).chmod(0o600)


def _keep_current(live: Path, folder: Path) -> Path:
    """A verified backup of the current database; a raw copy when it is too damaged."""
    try:
        return backup_sqlite(live, folder, label="pre-restore")
    except EnvironmentProblem as problem:
        log.warning("current database could not be backed up normally: %s", problem.message)
    target = folder / backup_name(live.stem, "pre-restore-damaged", utc_now(), ".sqlite3")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            source = live.with_name(live.name + suffix)
            if source.exists():
                copy = target.with_name(target.name + suffix)
                shutil.copyfile(source, copy)
                copy.chmod(0o600)
    except OSError as exc:
        raise EnvironmentProblem(
            translate(
                "backup_restore",
                "Could not keep a copy of the current database in {folder}: {exc}. "
                "Nothing was restored.",
            ).format(folder=folder, exc=exc.strerror or exc)
        ) from None
    return target
