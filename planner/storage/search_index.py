"""The patient search's trigram index (migration 0008), which the models do not declare.

SQLite keeps it in ``patient_fts``, an FTS5 external-content table over
patient.search_name and patient.phone_digits with its shadow tables (``patient_fts_data``,
``_idx``, ``_docsize``, ``_config``) and three triggers on ``patient``; PostgreSQL in two
GIN ``gin_trgm_ops`` indexes. Neither can be written as a portable model, so the
migration alone creates them and the schema-drift comparison leaves them out
(:func:`include_name`, used by db/env.py and the drift tests).
"""

from __future__ import annotations

from sqlalchemy import Connection, column, table
from sqlalchemy.exc import DBAPIError

FTS_TABLE = "patient_fts"
TRIGRAM_INDEXES = frozenset({"ix_patient_search_name_trgm", "ix_patient_phone_digits_trgm"})

# For queries: the FTS5 table's rowid (patient.id) and its hidden column of the same
# name as the table, which MATCH takes.
patient_fts = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: False for the trigram index's objects."""
    if type_ == "table" and name is not None:
        return not (name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_"))
    if type_ == "index":
        return name not in TRIGRAM_INDEXES
    return True


def fts_problems(connection: Connection) -> list[str]:
    """SQLite: FTS5's 'integrity-check' of ``patient_fts`` against ``patient`` (rank 1
    compares the index with the content table); a line when they differ."""
    exists = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)
    ).first()
    if exists is None:
        return [f"{FTS_TABLE}: the patient search index is missing"]
    try:
        connection.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
        )
    except DBAPIError as error:
        return [f"{FTS_TABLE}: the patient search index does not match the patients ({error.orig})"]
    return []
