"""A patient search at 200,000 patients reads narrow indexes

Revision ID: 0018_patient_list_indexes
Revises: 0017_book_indexes
Create Date: 2026-12-08

Indexes only, no data change (issue 20: search per keystroke at 200,000 patients).

* ix_patient_list_order (search_name, id, archived): the list order with only what a
  search for a name reads. ix_patient_search_order also holds phone digits, chart
  number and date of birth for the searches by number; a name read in list order
  (a word shorter than three characters, a common one) reads half the pages here.
* ix_patient_id_order (id, archived, search_name): the ids the trigram index finds for
  a name are sorted into list order from this index, a ninth of the table's size,
  instead of from the table's rows (addresses, contacts), which SQLite would otherwise
  read one page per patient: a common word's few thousand ids took twice as long.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0018_patient_list_indexes"
down_revision: str | None = "0017_book_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_patient_list_order", "patient", ["search_name", "id", "archived"])
    op.create_index("ix_patient_id_order", "patient", ["id", "archived", "search_name"])


def downgrade() -> None:
    # Only for tests that step back through the guards of earlier revisions: in use,
    # AcuPlanner rolls back by restoring the backup taken before a migration ran.
    op.drop_index("ix_patient_id_order", table_name="patient")
    op.drop_index("ix_patient_list_order", table_name="patient")
