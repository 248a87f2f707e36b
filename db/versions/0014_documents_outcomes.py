"""Documents that never misstate the record; outcomes scored through a course

Revision ID: 0014_documents_outcomes
Revises: 0013_ashi_region_ea_sides
Create Date: 2026-12-07

New columns with defaults, no data change (issue 16):

* ``clinic.tax_number`` and ``clinic.registering_body``: printed on receipts and invoices
  (the clinic's tax or VAT number; the body the practitioners are registered with, e.g. a
  national acupuncture council), empty until an admin fills them in.
* ``receipt_number.issued_count``: how many times the receipt with this number was
  printed or saved. A number is taken only when a signed session's receipt is printed or
  saved (never by a preview); the second issue onwards prints COPY. Numbers taken before
  this revision count as issued once.
* ``outcome_score.course_id``: scores recorded at a course's review or discharge, not at a
  session (NULL for intake and session scores, which reach their course through them).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_documents_outcomes"
down_revision: str | None = "0013_ashi_region_ea_sides"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clinic") as batch:
        batch.add_column(sa.Column("tax_number", sa.String(40), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("registering_body", sa.String(200), nullable=False, server_default="")
        )
    with op.batch_alter_table("receipt_number") as batch:
        batch.add_column(
            sa.Column("issued_count", sa.Integer(), nullable=False, server_default="0")
        )
    # Before 0014 a preview took a number too, so a number already taken cannot be told
    # apart from one printed: count each as issued once, so printing it again says COPY
    # (a reprint marked COPY is harmless; a second "original" for an insurer is not).
    op.execute("UPDATE receipt_number SET issued_count = 1")
    with op.batch_alter_table("outcome_score") as batch:
        batch.add_column(
            sa.Column(
                "course_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
            )
        )
        batch.create_foreign_key(
            "fk_outcome_score_course_id_course", "course", ["course_id"], ["id"]
        )
        batch.create_index("ix_outcome_score_course_id", ["course_id"])


def downgrade() -> None:
    # Only for tests that step back through the guards of earlier revisions: in use,
    # AcuPlanner rolls back by restoring the backup taken before a migration ran.
    with op.batch_alter_table("outcome_score") as batch:
        batch.drop_index("ix_outcome_score_course_id")
        batch.drop_constraint("fk_outcome_score_course_id_course", type_="foreignkey")
        batch.drop_column("course_id")
    with op.batch_alter_table("receipt_number") as batch:
        batch.drop_column("issued_count")
    with op.batch_alter_table("clinic") as batch:
        batch.drop_column("registering_body")
        batch.drop_column("tax_number")
