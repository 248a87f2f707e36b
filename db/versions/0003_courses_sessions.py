"""Courses and sessions: reason for a longer course, the session health check, adverse-event
descriptions, techniques and de qi sought as given, payments recorded at the desk, and the
clinic's plan templates

Revision ID: 0003_courses_sessions
Revises: 0002_accounts_audit
Create Date: 2026-11-22

Additive only: new nullable columns or columns with a server default (existing rows get
an empty reason, empty lists, an empty description), and two new tables. Existing paid
amounts stay on ``treatment_session.paid_cents``; payments recorded later are rows of
``session_payment`` (a signed session row is read-only).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import planner.storage.base

revision: str = "0003_courses_sessions"
down_revision: str | None = "0002_accounts_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_EMPTY_LIST = sa.text("'[]'")


def _timestamps() -> list[sa.Column]:
    utc = planner.storage.base.UTCDateTime(timezone=True)
    return [
        sa.Column("created_at", utc, nullable=False),
        sa.Column("updated_at", utc, nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sessions_reason", sa.Text(), server_default="", nullable=False)
        )
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        for name in ("techniques", "new_red_flags", "new_conditions", "new_medications"):
            batch_op.add_column(
                sa.Column(name, sa.JSON(), server_default=_EMPTY_LIST, nullable=False)
            )
        batch_op.add_column(sa.Column("now_pregnant", sa.Boolean(), nullable=True))
    with op.batch_alter_table("session_point", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("de_qi_sought", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("adverse_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("description", sa.Text(), server_default="", nullable=False))

    op.create_table(
        "plan_template",
        sa.Column("id", _ID, nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("created_by_id", _ID, nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", _ID, nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_plan_template_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_plan_template_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_template")),
        sa.UniqueConstraint("name", name=op.f("uq_plan_template_name")),
    )
    op.create_table(
        "session_payment",
        sa.Column("id", _ID, nullable=False),
        sa.Column("session_id", _ID, nullable=False),
        sa.Column("patient_id", _ID, nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("recorded_by_id", _ID, nullable=True),
        *_timestamps(),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_session_payment_amount_positive")),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_session_payment_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_session_payment_recorded_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_session_payment_session_id_treatment_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_payment")),
    )
    with op.batch_alter_table("session_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_payment_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_payment_session_id"), ["session_id"], unique=False
        )


def downgrade() -> None:
    # AcuPlanner never downgrades in place: roll back by restoring the backup taken
    # before this migration ran (reliability plan M4).
    raise NotImplementedError("restore the pre-migration backup instead")
