"""Consistent copies of a live SQLite database (backup API, never a file copy).

Written as ``NAME.partial``, verified (opens, ``integrity_check``), made owner-only,
then renamed, so a file under its final name is always a complete, checked backup.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from planner.domain.errors import EnvironmentProblem


def backup_sqlite(source: Path, folder: Path, *, label: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{source.stem}-{label}-{stamp}.sqlite3"
    partial = final.with_name(final.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
            dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        if result != "ok":
            raise EnvironmentProblem(
                "The backup copy failed its integrity check; the database was not changed.",
                hint="Run `python main.py check` and contact support.",
            )
        partial.chmod(0o600)
        partial.replace(final)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EnvironmentProblem(
            f"Could not write a backup to {folder}: {exc.strerror or exc}.",
            hint="Free some disk space or make the folder writable, then start again.",
        ) from None
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise EnvironmentProblem(f"Could not back up the database: {exc}.") from None
    return final
