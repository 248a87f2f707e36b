"""The audit table accepts only rows that extend its chain

Revision ID: 0011_audit_chain_guard
Revises: 0010_intake_answer_notes
Create Date: 2026-12-07

Issue 19: on SQLite ``INSERT OR REPLACE`` went past the append-only triggers of 0002
(a REPLACE deletes the old row without firing DELETE triggers), so a row could be
rewritten to name another patient. Two more triggers close that:

* ``audit_event_no_replace`` (BEFORE INSERT) refuses a row that gives an id at or below
  the highest one already there - the only way a REPLACE can meet an existing row;
* ``audit_event_extends_chain`` (AFTER INSERT) refuses a row that is not the newest or
  whose ``prev_hash`` is not the ``row_hash`` of the row before it ('' for the first).

PostgreSQL gets one BEFORE INSERT trigger doing the same checks. ``acuplanner check``
recreates a dropped trigger from planner.storage.audit_guard, which holds the same SQL
(a test compares them). No data change; a later batch migration that rebuilds
``audit_event`` on SQLite must create these triggers again.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011_audit_chain_guard"
down_revision: str | None = "0010_intake_answer_notes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
    WHEN NEW.id <> -1 AND NEW.id <= (SELECT coalesce(max(id), 0) FROM audit_event)
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: a new row cannot reuse an id'); END""",
    """CREATE TRIGGER audit_event_extends_chain AFTER INSERT ON audit_event
    WHEN NEW.id IS NOT (SELECT max(id) FROM audit_event)
      OR NEW.prev_hash IS NOT coalesce(
        (SELECT row_hash FROM audit_event WHERE id < NEW.id ORDER BY id DESC LIMIT 1), '')
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: a new row must extend the chain');
    END""",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS audit_event_extends_chain",
    "DROP TRIGGER IF EXISTS audit_event_no_replace",
)
POSTGRES_STATEMENTS = (
    """CREATE OR REPLACE FUNCTION acuplanner_audit_extends_chain() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
        last_id bigint;
        last_hash text;
    BEGIN
        SELECT id, row_hash INTO last_id, last_hash FROM audit_event
            ORDER BY id DESC LIMIT 1;
        IF NEW.id <= coalesce(last_id, 0) THEN
            RAISE EXCEPTION 'audit_event is append-only: a new row cannot reuse an id'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.prev_hash IS DISTINCT FROM coalesce(last_hash, '') THEN
            RAISE EXCEPTION 'audit_event is append-only: a new row must extend the chain'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END
    $$""",
    """CREATE TRIGGER audit_event_extends_chain BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION acuplanner_audit_extends_chain()""",
)
POSTGRES_DROP = (
    "DROP TRIGGER IF EXISTS audit_event_extends_chain ON audit_event",
    "DROP FUNCTION IF EXISTS acuplanner_audit_extends_chain()",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_TRIGGERS if sqlite else POSTGRES_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_DROP if sqlite else POSTGRES_DROP:
        op.execute(statement)
