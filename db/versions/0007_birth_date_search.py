"""Date-of-birth searches read one covering index

Revision ID: 0007_birth_date_search
Revises: 0006_patient_search_order
Create Date: 2026-12-02

Indexes only, no data change. A date of birth being typed ("1985-", "1985-03",
"12/03/19") finds the dates it can still become: a range of dates, or a few dates. With
archived, search_name and id in the date-of-birth index, such a search reads the index
alone and sorts the few patients it finds into list order, instead of reading each
patient's row (issue 9). It replaces ix_patient_date_of_birth, which it starts with.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007_birth_date_search"
down_revision: str | None = "0006_patient_search_order"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["date_of_birth", "archived", "search_name", "id"]


def upgrade() -> None:
    op.create_index("ix_patient_birth_date_search", "patient", COLUMNS, unique=False)
    op.drop_index("ix_patient_date_of_birth", table_name="patient")


def downgrade() -> None:
    # AcuPlanner never downgrades in place: roll back by restoring the backup taken
    # before this migration ran (reliability plan M4).
    raise NotImplementedError("restore the pre-migration backup instead")
