"""Reading a ``pg_dump -Fc`` archive back: its data rows, table by table, through
``pg_restore --data-only`` (to verify a backup's row counts, to summarise or compare one).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from planner.domain.errors import EnvironmentProblem
from planner.domain.i18n import translate


def archive_row_counts(pg_restore: Path, archive: Path) -> dict[str, int]:
    """Rows per table in a ``pg_dump -Fc`` archive (read back in full with pg_restore)."""
    counts: dict[str, int] = {}
    for table, _columns, _row in copy_rows(pg_restore, archive):
        counts[table] = counts.get(table, 0) + 1
    return counts


def copy_rows(
    pg_restore: Path, archive: Path, tables: tuple[str, ...] = ()
) -> Iterator[tuple[str, list[str], list[str | None]]]:
    """(table, columns, row) for each data row of an archive, optionally some tables only."""
    args = [str(pg_restore), "--data-only", "-f", "-"]
    for table in tables:
        args += ["-t", table]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [*args, str(archive)],
            stdout=subprocess.PIPE,
            stderr=errors,  # a file, so a chatty pg_restore can never block on its pipe
            text=True,
            encoding="utf-8",
        )
        assert process.stdout is not None
        current: tuple[str, list[str]] | None = None
        try:
            for line in process.stdout:
                line = line.rstrip("\n")
                if current is None:
                    found = _COPY.match(line)
                    if found:
                        columns = [c.strip().strip('"') for c in found.group(2).split(",")]
                        current = (found.group(1), columns)
                elif line == "\\.":
                    current = None
                else:
                    yield current[0], current[1], [_unescape(f) for f in line.split("\t")]
        finally:
            process.stdout.close()
            failed = process.wait() != 0
        if failed:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            reason = lines[0] if lines else "unreadable"
            raise EnvironmentProblem(
                translate("backup_restore", "{name} is not a readable backup ({reason}).").format(
                    name=archive.name, reason=reason
                )
            )


_COPY = re.compile(r'^COPY (?:\S+\.)?"?([^\s"]+)"? \((.*)\) FROM stdin;$')
_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _unescape(field: str) -> str | None:
    if field == "\\N":
        return None
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), field)
