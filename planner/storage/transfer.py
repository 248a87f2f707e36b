"""Moving a clinic from SQLite to PostgreSQL: every row of an SQLite backup, copied into
an empty PostgreSQL database in one transaction.

The backup is first copied to a temporary file and brought to the current schema there
(the file itself is never changed); the PostgreSQL database is brought to the current
schema too and must hold no rows yet. Rows keep their ids, timestamps and audit hashes,
so ``audit verify`` still passes afterwards; the key sequences are moved past the ids.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select, update

from planner.domain.errors import EnvironmentProblem
from planner.domain.i18n import translate
from planner.storage.bulk import BulkWriter, advance_sequences
from planner.storage.engine import create_app_engine, resolve_url
from planner.storage.migrations import upgrade_to_head
from planner.storage.models import Base

log = logging.getLogger(__name__)

BATCH = 5000


def copy_sqlite_backup_into(backup: Path, target: Engine) -> dict[str, int]:
    """Copy every row of the SQLite ``backup`` into the empty database ``target``."""
    with tempfile.TemporaryDirectory(prefix="acuplanner-move-") as scratch:
        copy = Path(scratch) / "clinic.sqlite3"
        shutil.copyfile(backup, copy)
        copy.chmod(0o600)
        source = create_app_engine(resolve_url(str(copy)))
        try:
            upgrade_to_head(source, Path(scratch) / "backups")
            upgrade_to_head(target)
            with source.connect() as reader, target.begin() as writer:
                _require_empty(writer)
                return _copy_all(reader, writer)
        finally:
            source.dispose()


def _require_empty(connection: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        if connection.execute(select(func.count()).select_from(table)).scalar_one():
            raise EnvironmentProblem(
                translate(
                    "backup_restore",
                    "The PostgreSQL database already holds data (table {name}); an SQLite "
                    "backup is only copied into an empty one.",
                ).format(name=table.name),
                hint=(
                    translate(
                        "backup_restore",
                        "Create a new, empty database for the clinic (docs/admin-guide.md: 'A "
                        "clinic with several workstations: PostgreSQL').",
                    )
                ),
            )


def _copy_all(reader: Connection, writer: Connection) -> dict[str, int]:
    bulk = BulkWriter(writer.dialect)
    counts: dict[str, int] = {}
    last_ids: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        # A column pointing back at its own table (who last changed a user) is filled in
        # after all the table's rows exist.
        own = [c for c in table.c if any(fk.column.table is table for fk in c.foreign_keys)]
        stamped = [c.name for c in table.c if c.onupdate is not None]  # kept as they were
        later: list[dict[str, object]] = []
        count = 0
        result = reader.execution_options(yield_per=BATCH).execute(select(table))
        for rows in result.mappings().partitions(BATCH):
            batch = [dict(row) for row in rows]
            for row in batch:
                if own and any(row[c.name] is not None for c in own):
                    later.append(
                        {
                            "id": row["id"],
                            **{c.name: row[c.name] for c in own},
                            **{name: row[name] for name in stamped},
                        }
                    )
                    row.update({c.name: None for c in own})
            bulk.insert(writer, table, batch)
            count += len(batch)
            if "id" in table.c:
                last_ids[table.name] = max([last_ids.get(table.name, 0)] + [r["id"] for r in batch])
        for values in later:
            key = values.pop("id")
            writer.execute(update(table).where(table.c.id == key).values(**values))
        counts[table.name] = count
    advance_sequences(writer, last_ids)
    log.info("copied %d tables into the new database", len(counts))
    return counts
