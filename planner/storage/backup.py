"""Backups that are always complete and checked: SQLite backup API, ``pg_dump -Fc``.

Every backup is written as ``NAME.partial``, verified, made owner-only, flushed to disk
and only then renamed, so a file under its final name is always a complete, checked
backup (reliability plan B2). A crash leaves at most a ``.partial`` behind, which the next
backup into that folder, and the app's next start, remove: a ``.partial`` is locked by the
process writing it, so only abandoned ones go.

A backup is never written over the database or its ``-wal``/``-shm``/``-journal``, nor to
a folder, device, FIFO or symbolic link, and replaces an existing file only when that is
an earlier backup (:func:`planner.files.check_output_path`, the rule every file a
user chooses follows; checked again just before the rename).

* SQLite: the copy is made with the backup API inside one read transaction of the live
  database, which is also where the rows of every table are counted, so the copy is a
  consistent snapshot even while other windows save. Verified: it opens,
  ``integrity_check`` is ok, and every table has the same number of rows.
* PostgreSQL: ``pg_dump -Fc`` of a snapshot exported by a repeatable-read transaction
  that counted the rows first; verified by reading the archive back with ``pg_restore``
  and counting every table's rows in it.

Names, the folder's listing and pruning are :mod:`planner.storage.backup_folder`; reading a
``pg_dump`` archive back is :mod:`planner.storage.pg_archive`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL

from planner.clock import utc_now
from planner.domain.errors import EnvironmentProblem
from planner.domain.i18n import translate
from planner.files import BACKUP_KINDS, check_output_path, database_files
from planner.storage import pg_tools
from planner.storage.audit_guard import database_key, file_head, snapshot_head, write_manifest
from planner.storage.backup_folder import (
    PARTIAL,
    SQLITE_SUFFIX,
    backup_name,
    fcntl,
    remove_stale_partials,
)
from planner.storage.engine import create_app_engine, sqlite_path
from planner.storage.pg_archive import archive_row_counts

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    rows: dict[str, int]  # table -> rows, as verified in the copy

    @property
    def size(self) -> int:
        return self.path.stat().st_size


# --- writing ------------------------------------------------------------------------------


def backup_sqlite(
    source: Path, folder: Path, *, label: str, now: Callable[[], dt.datetime] = utc_now
) -> Path:
    """A verified copy of ``source`` in ``folder`` under a dated name (used before migrating)."""
    target = folder / backup_name(source.stem, label, now(), SQLITE_SUFFIX)
    return copy_sqlite(source, target).path


def back_up(url: URL, target: Path) -> BackupFile:
    """A verified backup of the database at ``url`` written to ``target``."""
    path = sqlite_path(url)
    if path is not None:
        return copy_sqlite(path, target)
    return dump_postgresql(url, target)


def copy_sqlite(source: Path, target: Path) -> BackupFile:
    if not source.is_file():
        raise EnvironmentProblem(
            translate(
                "backup_restore", "There is no database file at {source}; nothing to back up."
            ).format(source=source)
        )
    with _partial(target, database_files(source)) as partial:
        with closing(sqlite3.connect(source, timeout=10, isolation_level=None)) as src:
            src.execute("BEGIN")  # one snapshot for the counts and the copy
            rows = sqlite_row_counts(src)
            with closing(sqlite3.connect(partial, isolation_level=None)) as dst:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            src.execute("COMMIT")
        verify_sqlite(partial, rows)
    write_manifest(target, str(source.absolute()), file_head(target))  # an audit anchor
    return BackupFile(target, rows)


def sqlite_row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: int(connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change ``path`` (any characters in the name are fine)."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def verify_sqlite(path: Path, expected: dict[str, int] | None = None) -> dict[str, int]:
    """Open ``path``, run ``integrity_check``, compare row counts; the counts found."""
    try:
        with closing(read_only(path)) as copy:
            result = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise EnvironmentProblem(
                    translate(
                        "backup_restore",
                        "The backup {name} failed SQLite's integrity check ({result}).",
                    ).format(name=path.name, result=result),
                    hint=translate(
                        "backup_restore",
                        "Run `python main.py check` on the database and contact support.",
                    ),
                )
            rows = sqlite_row_counts(copy)
    except sqlite3.DatabaseError as exc:
        raise EnvironmentProblem(
            translate("backup_restore", "{path} is not a readable SQLite database ({exc}).").format(
                path=path, exc=exc
            )
        ) from None
    if expected is not None and rows != expected:
        differ = sorted(t for t in expected.keys() | rows.keys() if expected.get(t) != rows.get(t))
        raise EnvironmentProblem(
            translate(
                "backup_restore",
                "The backup {name} does not hold the same rows as the database (tables "
                "{tables}); it was not kept.",
            ).format(name=path.name, tables=", ".join(differ))
        )
    return rows


def dump_postgresql(url: URL, target: Path) -> BackupFile:
    engine = create_app_engine(url, pool_pre_ping=False)
    try:
        program = pg_tools.find_tool("pg_dump", pg_tools.server_major(engine))
        restore = pg_tools.find_tool("pg_restore", pg_tools.server_major(engine))
        dbname, env = pg_tools.connection_args(url)
        with _partial(target) as partial, _snapshot(engine) as (connection, snapshot):
            rows = postgres_row_counts(connection)
            head = snapshot_head(connection)  # the audit chain's head, for the manifest
            pg_tools.run_tool(
                [str(program), "-Fc", f"--snapshot={snapshot}", "-f", str(partial), *dbname],
                env,
                "pg_dump",
            )
            found = archive_row_counts(restore, partial)
            if {t: found.get(t, 0) for t in rows} != rows:
                raise EnvironmentProblem(
                    translate(
                        "backup_restore",
                        "The backup {name} does not hold the same rows as the database; it was "
                        "not kept.",
                    ).format(name=target.name)
                )
    finally:
        engine.dispose()
    write_manifest(target, database_key(url), head)
    return BackupFile(target, rows)


@contextmanager
def _snapshot(engine: Engine) -> Iterator[tuple[Connection, str]]:
    """A repeatable-read transaction and the id of its exported snapshot (for pg_dump)."""
    with engine.connect() as connection:
        connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with connection.begin():
            snapshot = connection.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            yield connection, str(snapshot)


def postgres_row_counts(connection: Connection) -> dict[str, int]:
    names = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    ).scalars()
    return {
        n: int(connection.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
        for n in list(names)
    }


@contextmanager
def _partial(target: Path, protected: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Yield ``target.partial``; on success make it owner-only, sync it, rename it.

    ``target`` is checked first (and again before the rename); the ``.partial`` is created
    new (never through a link) and locked while it is written, so a clean-up by another
    window leaves it alone.
    """
    check_backup_target(target, protected)
    partial = target.with_name(target.name + PARTIAL)
    check_output_path(partial, protected=protected, replace=True, kinds=(b"",), what="backup")
    lock: int | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(target.parent)
        partial.unlink(missing_ok=True)
        lock = _create_locked(partial)
        yield partial
        partial.chmod(0o600)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        check_backup_target(target, protected)  # nothing put there meanwhile
        partial.replace(target)
        _sync_folder(target.parent)
    except OSError as exc:
        _discard(partial)
        raise EnvironmentProblem(
            translate("backup_restore", "Could not write the backup {target}: {exc}.").format(
                target=target, exc=exc.strerror or exc
            ),
            hint=translate(
                "backup_restore", "Free some disk space or choose a folder you can write to."
            ),
        ) from None
    except sqlite3.Error as exc:
        _discard(partial)
        raise EnvironmentProblem(
            translate("backup_restore", "Could not back up the database: {exc}.").format(exc=exc)
        ) from None
    except BaseException:
        _discard(partial)
        raise
    finally:
        if lock is not None:
            os.close(lock)
    log.info("backup written: %s", target.name)


def check_backup_target(target: Path, protected: tuple[Path, ...] = ()) -> Path:
    """``target`` as a file a backup may be written to: not the database or one of its
    files, not a folder, device, FIFO or link; an existing file only if it is a backup."""
    return check_output_path(
        target, protected=protected, replace=True, kinds=BACKUP_KINDS, what="backup"
    )


def _create_locked(partial: Path) -> int | None:
    """Create ``partial`` (owner-only, new, not through a link); on POSIX return a
    descriptor holding an exclusive lock on it while the backup is written."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(partial, flags, 0o600)
    if fcntl is None:  # pragma: no cover - Windows: an open file cannot be removed anyway
        os.close(fd)
        return None
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _discard(partial: Path) -> None:
    with suppress(OSError):
        partial.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
