"""Patient search by any part of a name or phone number reads a trigram index

Revision ID: 0008_patient_trigram_search
Revises: 0007_birth_date_search
Create Date: 2026-12-02

Indexes only, no data change. Searching for a word inside a name ("hen" in "Chen") or
digits inside a phone number is ``LIKE '%…%'``, which no B-tree can answer: every
patient was read, so a keystroke grew with the clinic (about 20 ms at 200,000 patients,
issue 9). A trigram index finds the patients whose search name or phone digits hold
every three-character run of what was typed without reading the others
(planner.services.patient_search decides, per keystroke, when that is quicker).

* SQLite: ``patient_fts``, an FTS5 table with the trigram tokenizer (SQLite 3.34 or
  newer) over patient.search_name and patient.phone_digits. It is an external-content
  table (the text stays in ``patient`` only), kept in step by three triggers on
  ``patient`` and filled here with FTS5's 'rebuild'. An SQLite without FTS5 or the
  trigram tokenizer refuses the upgrade with a message (the file keeps schema 0007 and
  the backup taken before); the search does not fall back to reading every patient.
  A later migration that rebuilds ``patient`` in batch mode (copy and rename) drops
  its triggers, and must create them again (:data:`SQLITE_TRIGGERS`).
* PostgreSQL: the pg_trgm extension (trusted since PostgreSQL 13: the schema owner may
  create it) and GIN ``gin_trgm_ops`` indexes on the two columns, which PostgreSQL uses
  for ``LIKE '%…%'`` by itself. When the role that migrates may not create the
  extension, the upgrade stops with a message saying who can.

Neither is declared on the models (an FTS5 table and a GIN operator class are not
portable); the schema-drift comparison leaves them out (planner.storage.search_index).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

from planner.domain.errors import DatabaseUnavailable

revision: str = "0008_patient_trigram_search"
down_revision: str | None = "0007_birth_date_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_TABLE = """
CREATE VIRTUAL TABLE patient_fts USING fts5(
    search_name, phone_digits,
    content='patient', content_rowid='id', tokenize='trigram'
)
"""
SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER patient_fts_after_insert AFTER INSERT ON patient BEGIN
        INSERT INTO patient_fts (rowid, search_name, phone_digits)
        VALUES (new.id, new.search_name, new.phone_digits);
    END
    """,
    """
    CREATE TRIGGER patient_fts_after_delete AFTER DELETE ON patient BEGIN
        INSERT INTO patient_fts (patient_fts, rowid, search_name, phone_digits)
        VALUES ('delete', old.id, old.search_name, old.phone_digits);
    END
    """,
    """
    CREATE TRIGGER patient_fts_after_update AFTER UPDATE OF id, search_name, phone_digits
    ON patient BEGIN
        INSERT INTO patient_fts (patient_fts, rowid, search_name, phone_digits)
        VALUES ('delete', old.id, old.search_name, old.phone_digits);
        INSERT INTO patient_fts (rowid, search_name, phone_digits)
        VALUES (new.id, new.search_name, new.phone_digits);
    END
    """,
)
PG_INDEXES = {
    "ix_patient_search_name_trgm": "search_name",
    "ix_patient_phone_digits_trgm": "phone_digits",
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
    else:
        _upgrade_sqlite()


def _upgrade_sqlite() -> None:
    bind = op.get_bind()
    try:
        bind.exec_driver_sql(SQLITE_TABLE)
    except DBAPIError as error:  # no FTS5, or an SQLite older than 3.34 (no trigram)
        version = bind.exec_driver_sql("SELECT sqlite_version()").scalar()
        raise DatabaseUnavailable(
            f"This SQLite ({version}) lacks the FTS5 trigram index that patient search "
            "needs; the database was not upgraded.",
            hint="Run AcuPlanner with Python's SQLite 3.34 or newer, built with FTS5.",
        ) from error
    for trigger in SQLITE_TRIGGERS:
        bind.exec_driver_sql(trigger)
    bind.exec_driver_sql("INSERT INTO patient_fts (patient_fts) VALUES ('rebuild')")


def _upgrade_postgresql() -> None:
    bind = op.get_bind()
    installed = bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first()
    if installed is None:
        available = bind.exec_driver_sql(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
        ).first()
        if available is None:
            raise DatabaseUnavailable(
                "The PostgreSQL server lacks the pg_trgm extension that patient search "
                "needs; the database was not upgraded.",
                hint="Install the server's contrib package (postgresql-contrib), then start "
                "AcuPlanner again.",
            )
        try:
            with bind.begin_nested():  # a refusal leaves the transaction usable
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DBAPIError as error:
            database = bind.engine.url.database
            raise DatabaseUnavailable(
                "This PostgreSQL role may not create the pg_trgm extension that patient "
                "search needs; the database was not upgraded.",
                hint=f'Ask the server\'s administrator to run "CREATE EXTENSION pg_trgm;" '
                f"in the database {database} (or to let this role create objects in it), "
                "then start AcuPlanner again.",
            ) from error
    for name, column in PG_INDEXES.items():
        op.create_index(
            name,
            "patient",
            [column],
            postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        )


def downgrade() -> None:
    # AcuPlanner never downgrades in place: roll back by restoring the backup taken
    # before this migration ran (reliability plan M4).
    raise NotImplementedError("restore the pre-migration backup instead")
