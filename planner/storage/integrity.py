"""SQLite's own checks on a database file, and what a damaged file means for the user.

``PRAGMA integrity_check`` reports the damage it finds in the b-trees as one result
row, then goes on to compare every index with its table; on a damaged table page that
second part stops with "database disk image is malformed", and Python's sqlite3 then
discards the rows already found. :func:`sqlite_integrity_lines` keeps them: when the
full check stops, it asks again for fewer problems (the b-tree part ends once it has
found that many, before the index part), and names each table that cannot be read to
its end. Lines name tables, pages and indexes, never a row's contents.

:func:`refuse_damaged_sqlite` is the check made before a database is opened for use
(the window, and every command but ``check`` and ``restore``): ``PRAGMA quick_check``,
which reads every page once (about 5 ms per MB here), within a time budget of 0.2 s so
a large clinic's start-up is not held up: a file too large to check in that time is
checked as far as the budget goes, and damage met later while reading or saving gives
the same message (:func:`damage_of`, used by ``Database.read``/``write``).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

from planner.domain.errors import DatabaseUnavailable
from planner.domain.i18n import translate

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
INTEGRITY_LIMIT = 100  # integrity_check stops listing after this many errors
MAX_LINES = 50  # lines shown; then "… and N more"
OPEN_CHECK_BUDGET_S = 0.2  # quick_check at opening: about 40 MB on a laptop SSD
_PREFIX = "sqlite integrity_check: "


class DatabaseDamaged(DatabaseUnavailable):
    """SQLite's own check found the database file damaged; nothing was changed."""


def damaged(path: Path, problems: int, backups: Path | None) -> DatabaseDamaged:
    """The one message a user gets for a damaged database: what, and how to restore."""
    if backups is not None:
        hint = translate(
            "database_errors",
            "Restore the newest backup: acuplanner --database {path} restore FILE (backups are "
            "kept in {backups}). 'acuplanner check' lists the damage.",
        )
    else:
        hint = translate(
            "database_errors",
            "Restore the newest backup: acuplanner --database {path} restore FILE. "
            "'acuplanner check' lists the damage.",
        )
    if problems:
        found = translate("database_errors", "%n problem(s)", None, problems)
    else:
        found = translate("database_errors", "damage")
    return DatabaseDamaged(
        translate(
            "database_errors",
            "The database file {path} is damaged (SQLite's own check found {found}); "
            "AcuPlanner did not open it and nothing was changed.",
        ).format(path=path, found=found),
        hint=hint.format(path=path, backups=backups),
    )


def damage_of(path: Path | None, error: BaseException) -> DatabaseDamaged | None:
    """The damaged-file message when ``error`` is SQLite finding ``path`` damaged while
    in use (a page read for the first time since it was opened), else None."""
    reason = str(getattr(error, "orig", None) or error)
    if path is None or not ("malformed" in reason or "not a database" in reason):
        return None
    log.warning("database file damaged, found while in use")
    return damaged(path, 0, None)


def looks_like_sqlite(path: Path) -> bool:
    """The file starts with SQLite's 16-byte header string."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change ``path`` (any characters in the name are fine)."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=10)


def sqlite_file_problems(path: Path) -> list[str]:
    """Damage SQLite finds in the file at ``path`` (which starts like an SQLite file)."""
    try:
        with closing(open_read_only(path)) as connection:
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as exc:
                return [f"{_PREFIX}the file's header or first page is damaged ({exc})"]
            return sqlite_integrity_lines(connection)
    except sqlite3.Error as exc:
        return [f"{_PREFIX}the file cannot be read ({exc})"]


def sqlite_integrity_lines(connection: sqlite3.Connection) -> list[str]:
    """``integrity_check``'s findings as lines (capped), or [] when the file is sound."""
    try:
        rows = _check(connection, "integrity_check", INTEGRITY_LIMIT)
        stopped = None
    except sqlite3.DatabaseError as exc:
        rows, stopped = _rows_before_the_stop(connection), str(exc)
    lines = [f"{_PREFIX}{row}" for row in rows]
    if stopped is not None:
        lines += [f"{_PREFIX}{line}" for line in _unreadable_tables(connection)]
        lines.append(f"{_PREFIX}the check stopped early ({stopped})")
    if len(rows) >= INTEGRITY_LIMIT:
        lines.append(f"{_PREFIX}SQLite stops listing after {INTEGRITY_LIMIT} problems")
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES], f"… and {len(lines) - MAX_LINES:,} more"]
    if lines:
        log.warning("sqlite integrity check: %d problem line(s)", len(lines))
    return lines


def quick_check_problems(connection: sqlite3.Connection) -> int:
    """How many problems ``quick_check`` finds (at least 1 when it cannot finish on the
    damage). An interrupted or locked check raises ``sqlite3.OperationalError``."""
    try:
        return len(_check(connection, "quick_check", INTEGRITY_LIMIT))
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:
        try:
            return max(1, len(_rows_before_the_stop(connection, "quick_check")))
        except sqlite3.OperationalError:
            return 1


def refuse_damaged_sqlite(
    path: Path, backups: Path | None = None, *, budget_s: float = OPEN_CHECK_BUDGET_S
) -> None:
    """Raise :class:`DatabaseDamaged` when ``quick_check`` finds the file damaged.

    The check gets ``budget_s`` seconds: enough for the whole file of most clinics
    (about 40 MB); on a larger one it checks what it can in that time and lets the
    database open, and damage met later still gives the same message (:func:`damage_of`).
    """
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        with closing(open_read_only(path)) as connection:
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError:
                if not looks_like_sqlite(path):
                    return  # not an SQLite file at all: opening it says so
                raise damaged(path, 0, backups) from None
            timer = threading.Timer(budget_s, connection.interrupt)  # stops the check
            timer.start()
            try:
                problems = quick_check_problems(connection)
            finally:
                timer.cancel()
    except sqlite3.OperationalError as exc:  # out of time, locked, unreadable
        log.info("quick_check at opening not finished: %s", exc)
        return
    if problems:
        log.warning("database file damaged: quick_check found %d problem(s)", problems)
        raise damaged(path, problems, backups)


def _check(connection: sqlite3.Connection, pragma: str, limit: int) -> list[str]:
    rows = connection.execute(f"PRAGMA {pragma}({limit})").fetchall()
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    lines = [line for line in lines if line.strip() and not line.startswith("*** in database")]
    return [] if lines == ["ok"] else lines


def _rows_before_the_stop(
    connection: sqlite3.Connection, pragma: str = "integrity_check"
) -> list[str]:
    """The b-tree findings of a check that stopped on the damage: the largest limit for
    which the check still finishes (it stops looking once it has found that many)."""
    low, high, best = 1, INTEGRITY_LIMIT - 1, []
    while low <= high:
        middle = (low + high) // 2
        try:
            best = _check(connection, pragma, middle)
            low = middle + 1
        except sqlite3.DatabaseError:
            high = middle - 1
    return best


def _unreadable_tables(connection: sqlite3.Connection) -> list[str]:
    try:
        names = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
    except sqlite3.DatabaseError as exc:
        return [f"the list of tables cannot be read ({exc})"]
    lines = []
    for name in names:
        quoted = name.replace('"', '""')
        try:
            connection.execute(f'PRAGMA quick_check("{quoted}")').fetchall()
        except sqlite3.DatabaseError as exc:
            lines.append(f"table {name} cannot be read to its end ({exc})")
    return lines
