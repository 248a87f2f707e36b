"""Accounts (sign-in throttling, password age), idle-lock setting, append-only audit trail

Revision ID: 0002_accounts_audit
Revises: 0001_initial
Create Date: 2026-11-22

The audit trail becomes append-only in the database itself: triggers refuse UPDATE and
DELETE (and TRUNCATE on PostgreSQL) whoever connects. A later batch migration that
rebuilds ``audit_event`` on SQLite must create these triggers again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import planner.storage.base

revision: str = "0002_accounts_audit"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
)
POSTGRES_STATEMENTS = (
    """CREATE OR REPLACE FUNCTION acuplanner_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
    END
    $$""",
    """CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION acuplanner_audit_append_only()""",
    """CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION acuplanner_audit_append_only()""",
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC",
)


def upgrade() -> None:
    utc = planner.storage.base.UTCDateTime(timezone=True)
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_failed_sign_in_at", utc, nullable=True))
        batch_op.add_column(sa.Column("password_changed_at", utc, nullable=True))
    with op.batch_alter_table("clinic", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("idle_lock_minutes", sa.Integer(), server_default="5", nullable=False)
        )
    statements = SQLITE_TRIGGERS if op.get_bind().dialect.name == "sqlite" else POSTGRES_STATEMENTS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    # AcuPlanner never downgrades in place: roll back by restoring the backup taken
    # before this migration ran (reliability plan M4).
    raise NotImplementedError("restore the pre-migration backup instead")
