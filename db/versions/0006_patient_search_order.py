"""Patient list order: one covering index for the list and its searches

Revision ID: 0006_patient_search_order
Revises: 0005_documents
Create Date: 2026-11-22

Indexes only, no data change. The patient list reads patients in (search_name, id)
order a page at a time; with archived, phone_digits, chart_number and date_of_birth in
the same index, a search by name, phone or chart number reads the index alone, in list
order, and stops when a page is full (issue 9). It replaces ix_patient_search_name,
which it starts with.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006_patient_search_order"
down_revision: str | None = "0005_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["search_name", "id", "archived", "phone_digits", "chart_number", "date_of_birth"]


def upgrade() -> None:
    op.create_index("ix_patient_search_order", "patient", COLUMNS, unique=False)
    op.drop_index("ix_patient_search_name", table_name="patient")


def downgrade() -> None:
    # AcuPlanner never downgrades in place: roll back by restoring the backup taken
    # before this migration ran (reliability plan M4).
    raise NotImplementedError("restore the pre-migration backup instead")
