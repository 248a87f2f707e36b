"""Appointments with times, treatment rooms, refunds and insurance-ready receipts

Revision ID: 0016_appointments_payments
Revises: 0015_enum_checks
Create Date: 2026-12-07

Reception's day (issue 18):

* ``appointment``: a time in the book for a patient with a practitioner, in a room or
  not, linked to the course's session it books (or to none: a first visit before a
  course). Cancelled and missed appointments keep their row (who, when, why, late or
  not). Every session already in the database gets one appointment on its date with
  **no time** (``starts_at`` NULL: nobody recorded a time before this version, and none
  is made up): scheduled sessions are *booked*, drafts *in treatment* (today or later)
  or *done*, signed sessions *done*, cancelled sessions *cancelled* (by the clinic, no
  reason known). On PostgreSQL two live appointments of one practitioner, or of one
  room, cannot overlap: exclusion constraints (GiST over ranges, no extension needed).
* ``clinic_room``: the rooms appointments can be booked in (none until an admin adds
  them).
* ``clinic``: default appointment lengths (45 minutes for a first visit, 30 for a
  follow-up), opening hours (08:00-18:00), the days open (Monday to Friday), the notice
  a cancellation needs not to be late (24 hours), and whether receipts print insurers'
  diagnosis and service codes (off; diagnosis M54.50).
* ``session_payment``: an index on the day paid (a day's takings), a reference (card slip, transfer), a refund's reason and a group
  for one payment over several sessions; a refund is a negative amount, which needs a
  reason (the constraint ``amount_positive`` becomes ``amount_not_zero`` and
  ``refund_reason``). Existing payments are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

revision: str = "0016_appointments_payments"
down_revision: str | None = "0015_enum_checks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_LIVE = "('booked', 'checked_in', 'in_treatment', 'done')"


def _in(column: str, words: str) -> str:
    listed = ", ".join(f"'{w}'" for w in words.split())
    return f"{column} IN ({listed})"


@contextmanager
def _altered(table: str) -> Iterator[BatchOperations]:
    """Batch mode; on SQLite the table is rebuilt, its triggers put back as they were."""
    bind = op.get_bind()
    triggers: list[str] = []
    if bind.dialect.name == "sqlite":
        triggers = list(
            bind.execute(
                sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
                {"t": table},
            ).scalars()
        )
    with op.batch_alter_table(table) as batch:
        yield batch
    for trigger in triggers:
        bind.exec_driver_sql(trigger)


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("clinic") as batch:
        for name, default in (
            ("first_visit_minutes", "45"),
            ("follow_up_minutes", "30"),
            ("opens_at_minute", "480"),
            ("closes_at_minute", "1080"),
            ("late_cancel_hours", "24"),
        ):
            batch.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default=default))
        batch.add_column(
            sa.Column("open_weekdays", sa.String(7), nullable=False, server_default="12345")
        )
        batch.add_column(
            sa.Column("insurer_codes", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("diagnosis_code", sa.String(10), nullable=False, server_default="M54.50")
        )

    op.create_table(
        "clinic_room",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", _ID, nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name="fk_clinic_room_updated_by_id_app_user"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_clinic_room"),
        sa.UniqueConstraint("name", name="uq_clinic_room_name"),
    )

    with _altered("session_payment") as batch:
        batch.add_column(sa.Column("reference", sa.String(80), nullable=False, server_default=""))
        batch.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("payment_group", sa.String(36), nullable=True))
        batch.create_index("ix_session_payment_payment_group", ["payment_group"])
        batch.create_index("ix_session_payment_paid_on", ["paid_on"])  # a day's takings
        batch.drop_constraint(op.f("ck_session_payment_amount_positive"), type_="check")
        batch.create_check_constraint(
            op.f("ck_session_payment_amount_not_zero"), "amount_cents <> 0"
        )
        batch.create_check_constraint(
            op.f("ck_session_payment_refund_reason"), "amount_cents > 0 OR reason <> ''"
        )

    op.create_table(
        "appointment",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("patient_id", _ID, nullable=False),
        sa.Column("session_id", _ID, nullable=True),
        sa.Column("practitioner_id", _ID, nullable=True),
        sa.Column("room_id", _ID, nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=False), nullable=True),
        sa.Column("ends_at", sa.DateTime(timezone=False), nullable=True),
        sa.Column("length_minutes", sa.Integer(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_by", sa.String(20), nullable=True),
        sa.Column("cancelled_by_user_id", _ID, nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", _ID, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_appointment"),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name="fk_appointment_patient_id_patient"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name="fk_appointment_session_id_treatment_session",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"], ["app_user.id"], name="fk_appointment_practitioner_id_app_user"
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["clinic_room.id"], name="fk_appointment_room_id_clinic_room"
        ),
        sa.ForeignKeyConstraint(
            ["cancelled_by_user_id"],
            ["app_user.id"],
            name="fk_appointment_cancelled_by_user_id_app_user",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name="fk_appointment_updated_by_id_app_user"
        ),
        sa.CheckConstraint(_in("kind", "first_visit follow_up"), name="ck_appointment_kind"),
        sa.CheckConstraint(
            _in("state", "booked checked_in in_treatment done no_show cancelled"),
            name="ck_appointment_state",
        ),
        sa.CheckConstraint(
            "cancelled_by IS NULL OR " + _in("cancelled_by", "patient clinic"),
            name="ck_appointment_cancelled_by",
        ),
        sa.CheckConstraint(
            "(starts_at IS NULL) = (ends_at IS NULL)", name="ck_appointment_time_complete"
        ),
        sa.CheckConstraint(
            "ends_at IS NULL OR ends_at > starts_at", name="ck_appointment_time_order"
        ),
        sa.CheckConstraint("length_minutes BETWEEN 5 AND 480", name="ck_appointment_length_range"),
    )
    op.create_index("ix_appointment_session_id", "appointment", ["session_id"])
    op.create_index("ix_appointment_day_practitioner", "appointment", ["day", "practitioner_id"])
    op.create_index("ix_appointment_patient_day", "appointment", ["patient_id", "day"])

    # Every session so far gets its appointment on its date, with no time (none known).
    today = "CURRENT_DATE" if bind.dialect.name == "postgresql" else "date('now', 'localtime')"
    now = "CURRENT_TIMESTAMP"
    op.execute(
        f"""
        INSERT INTO appointment (patient_id, session_id, practitioner_id, room_id, kind,
            state, day, starts_at, ends_at, length_minutes, checked_in_at, cancelled_at,
            cancelled_by, cancelled_by_user_id, cancel_reason, late, created_at,
            updated_at, version, updated_by_id)
        SELECT s.patient_id, s.id, COALESCE(s.practitioner_id, c.practitioner_id), NULL,
            'follow_up',
            CASE s.status
                WHEN 'scheduled' THEN 'booked'
                WHEN 'draft' THEN CASE WHEN s.session_date >= {today}
                                       THEN 'in_treatment' ELSE 'done' END
                WHEN 'signed' THEN 'done'
                ELSE 'cancelled' END,
            s.session_date, NULL, NULL,
            COALESCE((SELECT follow_up_minutes FROM clinic ORDER BY id LIMIT 1), 30),
            NULL, NULL,
            CASE WHEN s.status = 'cancelled' THEN 'clinic' END,
            NULL, '', {sa.false().compile(dialect=bind.dialect)}, {now}, {now}, 1, NULL
          FROM treatment_session s JOIN course c ON c.id = s.course_id
        """
    )
    if bind.dialect.name == "postgresql":
        live = f"starts_at IS NOT NULL AND state IN {_LIVE}"
        op.execute(
            "ALTER TABLE appointment ADD CONSTRAINT ex_appointment_practitioner_time "
            "EXCLUDE USING gist (int8range(practitioner_id, practitioner_id, '[]') WITH &&, "
            f"tsrange(starts_at, ends_at) WITH &&) WHERE ({live} AND practitioner_id IS NOT NULL)"
        )
        op.execute(
            "ALTER TABLE appointment ADD CONSTRAINT ex_appointment_room_time "
            "EXCLUDE USING gist (int8range(room_id, room_id, '[]') WITH &&, "
            f"tsrange(starts_at, ends_at) WITH &&) WHERE ({live} AND room_id IS NOT NULL)"
        )


def downgrade() -> None:
    # Only for tests that step back through the guards of earlier revisions: in use,
    # AcuPlanner rolls back by restoring the backup taken before a migration ran.
    op.drop_table("appointment")
    with _altered("session_payment") as batch:
        batch.drop_constraint(op.f("ck_session_payment_refund_reason"), type_="check")
        batch.drop_constraint(op.f("ck_session_payment_amount_not_zero"), type_="check")
        batch.create_check_constraint(
            op.f("ck_session_payment_amount_positive"), "amount_cents > 0"
        )
        batch.drop_index("ix_session_payment_paid_on")
        batch.drop_index("ix_session_payment_payment_group")
        batch.drop_column("payment_group")
        batch.drop_column("reason")
        batch.drop_column("reference")
    op.drop_table("clinic_room")
    with op.batch_alter_table("clinic") as batch:
        for name in (
            "diagnosis_code",
            "insurer_codes",
            "open_weekdays",
            "late_cancel_hours",
            "closes_at_minute",
            "opens_at_minute",
            "follow_up_minutes",
            "first_visit_minutes",
        ):
            batch.drop_column(name)
