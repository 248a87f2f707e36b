"""Treatment-room mode: the running session's start, needle counts and timers

Revision ID: 0004_treatment_room
Revises: 0003_courses_sessions
Create Date: 2026-11-23

Additive only: two new tables. ``room_session`` holds one session in the treatment room
(started when, needles in, out and recorded as not accounted for, the search checklist,
finished when); ``room_timer`` its retention, EA, cupping and moxibustion timers. Each
tap in the room is one small transaction here, so a crash or power cut loses nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import planner.storage.base

revision: str = "0004_treatment_room"
down_revision: str | None = "0003_courses_sessions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _utc() -> planner.storage.base.UTCDateTime:
    return planner.storage.base.UTCDateTime(timezone=True)


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "room_session",
        sa.Column("id", _ID, nullable=False),
        sa.Column("session_id", _ID, nullable=False),
        sa.Column("patient_id", _ID, nullable=False),
        sa.Column("practitioner_id", _ID, nullable=True),
        sa.Column("workstation", sa.String(length=255), nullable=False),
        sa.Column("started_at", _utc(), nullable=False),
        sa.Column("finished_at", _utc(), nullable=True),
        sa.Column("needles_in", sa.Integer(), nullable=False),
        sa.Column("needles_out", sa.Integer(), nullable=False),
        sa.Column("needles_unaccounted", sa.Integer(), nullable=False),
        sa.Column("searched", sa.JSON(), server_default=sa.text("'[]'"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", _ID, nullable=True),
        *_timestamps(),
        sa.CheckConstraint(
            "needles_in >= 0 AND needles_out >= 0 AND needles_unaccounted >= 0",
            name=op.f("ck_room_session_needle_counts"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_room_session_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["app_user.id"],
            name=op.f("fk_room_session_practitioner_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_room_session_session_id_treatment_session"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_room_session_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_session")),
        sa.UniqueConstraint("session_id", name="uq_room_session_session_id"),
    )
    with op.batch_alter_table("room_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_room_session_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_room_session_practitioner_id"), ["practitioner_id"], unique=False
        )

    op.create_table(
        "room_timer",
        sa.Column("id", _ID, nullable=False),
        sa.Column("room_session_id", _ID, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("started_at", _utc(), nullable=False),
        sa.Column("paused_at", _utc(), nullable=True),
        sa.Column("paused_seconds", sa.Float(), nullable=False),
        sa.Column("stopped_at", _utc(), nullable=True),
        sa.Column("acknowledged_at", _utc(), nullable=True),
        *_timestamps(),
        sa.CheckConstraint("minutes BETWEEN 1 AND 90", name=op.f("ck_room_timer_minutes_range")),
        sa.ForeignKeyConstraint(
            ["room_session_id"],
            ["room_session.id"],
            name=op.f("fk_room_timer_room_session_id_room_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_timer")),
    )
    with op.batch_alter_table("room_timer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_room_timer_room_session_id"), ["room_session_id"], unique=False
        )


def downgrade() -> None:
    # AcuPlanner never downgrades in place: roll back by restoring the backup taken
    # before this migration ran (reliability plan M4).
    raise NotImplementedError("restore the pre-migration backup instead")
