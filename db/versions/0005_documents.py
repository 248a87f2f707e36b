"""Documents: the home advice ticked for a take-home sheet, and receipt numbers

Revision ID: 0005_documents
Revises: 0004_treatment_room
Create Date: 2026-11-23

Additive only: two new tables. ``take_home_advice`` holds the self-care advice a
practitioner ticked for one session's take-home sheet (kept apart from the session row,
which is read-only once signed); ``receipt_number`` gives each patient's set of sessions
on a receipt one stable number.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import planner.storage.base

revision: str = "0005_documents"
down_revision: str | None = "0004_treatment_room"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _timestamps() -> list[sa.Column]:
    utc = planner.storage.base.UTCDateTime(timezone=True)
    return [
        sa.Column("created_at", utc, nullable=False),
        sa.Column("updated_at", utc, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "take_home_advice",
        sa.Column("id", _ID, nullable=False),
        sa.Column("session_id", _ID, nullable=False),
        sa.Column("advice", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("heat_advised", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", _ID, nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_take_home_advice_session_id_treatment_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["app_user.id"],
            name=op.f("fk_take_home_advice_updated_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_take_home_advice")),
        sa.UniqueConstraint("session_id", name=op.f("uq_take_home_advice_session_id")),
    )
    op.create_table(
        "receipt_number",
        sa.Column("id", _ID, nullable=False),
        sa.Column("patient_id", _ID, nullable=False),
        sa.Column("sessions_key", sa.String(length=64), nullable=False),
        sa.Column("session_ids", sa.JSON(), nullable=False),
        sa.Column("issued_by_id", _ID, nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["app_user.id"], name=op.f("fk_receipt_number_issued_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_receipt_number_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_number")),
        sa.UniqueConstraint(
            "patient_id",
            "sessions_key",
            name=op.f("uq_receipt_number_patient_id_sessions_key"),
        ),
    )


def downgrade() -> None:
    # AcuPlanner never downgrades in place: roll back by restoring the backup taken
    # before this migration ran (reliability plan M4).
    raise NotImplementedError("restore the pre-migration backup instead")
