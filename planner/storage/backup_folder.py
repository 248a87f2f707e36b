"""The backups folder: how backups are named, which are there, and which go.

Names are ``<database>-<label>-<UTC time>.sqlite3`` (``.dump`` for PostgreSQL);
:func:`list_backups` reads them back, :func:`prune` keeps 7 daily and 4 weekly automatic
copies (pre-migration and pre-restore copies are kept), and :func:`remove_stale_partials`
removes the ``.partial`` files interrupted backups left behind (one still locked by the
process writing it stays). Writing a backup is :mod:`planner.storage.backup`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from sqlalchemy.engine import URL

from planner.clock import utc_now
from planner.storage.engine import sqlite_path

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

log = logging.getLogger(__name__)

SQLITE_SUFFIX = ".sqlite3"
POSTGRES_SUFFIX = ".dump"
PARTIAL = ".partial"
AUTOMATIC_LABELS = ("daily", "manual")  # pruned; pre-migration and pre-restore copies are kept
KEEP_DAILY, KEEP_WEEKLY = 7, 4
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<prefix>.+)-(?P<stamp>\d{8}T\d{12}Z)(?P<suffix>\.sqlite3|\.dump)$")


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """A finished backup in the backups folder."""

    path: Path
    label: str
    taken_at: dt.datetime  # UTC, from the name


def backup_name(stem: str, label: str, when: dt.datetime, suffix: str) -> str:
    return f"{stem}-{label}-{when.astimezone(dt.UTC).strftime(_STAMP)}{suffix}"


def database_stem(url: URL) -> str:
    path = sqlite_path(url)
    return path.stem if path is not None else (url.database or "acuplanner")


def suffix_for(url: URL) -> str:
    return SQLITE_SUFFIX if url.get_backend_name() == "sqlite" else POSTGRES_SUFFIX


def list_backups(folder: Path, stem: str) -> list[BackupEntry]:
    """Finished backups of the database ``stem`` in ``folder``, newest first."""
    entries = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    for path in candidates:
        found = _NAME.match(path.name)
        if not found or not found.group("prefix").startswith(f"{stem}-"):
            continue
        label = found.group("prefix")[len(stem) + 1 :]
        taken = dt.datetime.strptime(found.group("stamp"), _STAMP).replace(tzinfo=dt.UTC)
        entries.append(BackupEntry(path, label, taken))
    return sorted(entries, key=lambda e: e.taken_at, reverse=True)


def to_prune(
    entries: list[BackupEntry], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> list[BackupEntry]:
    """Automatic backups beyond the newest of each of the last ``keep_daily`` days and,
    older than those, the newest of each of ``keep_weekly`` ISO weeks."""
    automatic = sorted(
        (e for e in entries if e.label in AUTOMATIC_LABELS),
        key=lambda e: e.taken_at,
        reverse=True,
    )
    kept: list[BackupEntry] = []
    days: set[dt.date] = set()
    for entry in automatic:
        day = entry.taken_at.date()
        if day not in days and len(days) < keep_daily:
            days.add(day)
            kept.append(entry)
    oldest_daily = min((e.taken_at for e in kept), default=None)
    weeks: set[tuple[int, int]] = set()
    for entry in automatic:
        if entry in kept or (oldest_daily is not None and entry.taken_at >= oldest_daily):
            continue
        week = entry.taken_at.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            kept.append(entry)
    return [e for e in automatic if e not in kept]


def prune(folder: Path, stem: str) -> list[Path]:
    removed = []
    for entry in to_prune(list_backups(folder, stem)):
        try:
            entry.path.unlink()
            removed.append(entry.path)
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", entry.path.name, exc)
    return removed


def remove_stale_partials(folder: Path, older_than: dt.timedelta = dt.timedelta(hours=6)) -> int:
    """Remove the ``.partial`` files that interrupted backups left in ``folder`` (only
    files named as AcuPlanner names backups); how many went. One still locked by the
    process writing it (another window's backup) stays. Where files cannot be locked
    (Windows), only those older than ``older_than`` go."""
    removed = 0
    try:
        candidates = list(folder.glob(f"*{PARTIAL}")) if folder.is_dir() else []
    except OSError:
        return 0
    limit = utc_now().timestamp() - older_than.total_seconds()
    for partial in candidates:
        if not _NAME.match(partial.name[: -len(PARTIAL)]):
            continue  # not one of ours
        try:
            if _remove_if_abandoned(partial, limit):
                removed += 1
        except OSError:
            continue
    if removed:
        log.info("removed %d unfinished backup file(s) left by an interrupted backup", removed)
    return removed


def _remove_if_abandoned(partial: Path, limit: float) -> bool:
    if fcntl is None:  # pragma: no cover - Windows
        if partial.lstat().st_mtime >= limit:
            return False
        partial.unlink()
        return True
    fd = os.open(partial, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # being written right now
        partial.unlink()  # while the lock is held: no writer can have it
        return True
    finally:
        os.close(fd)
