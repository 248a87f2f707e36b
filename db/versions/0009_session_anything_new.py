"""A session keeps its "Anything new?" answer

Revision ID: 0009_session_anything_new
Revises: 0008_patient_trigram_search
Create Date: 2026-12-07

One nullable column, no data change. The session screen asks "Anything new since last
time?" before treating; only the changes themselves were stored, so a draft saved with
the answer "No" (or "Yes" before the details were filled in) came back unanswered when
reopened, and signing asked again (issue 15). Older rows keep NULL: a recorded change
still reads as "yes".
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_session_anything_new"
down_revision: str | None = "0008_patient_trigram_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("treatment_session") as batch:
        batch.add_column(sa.Column("anything_new", sa.Boolean(), nullable=True))


def downgrade() -> None:
    # AcuPlanner never downgrades in place: roll back by restoring the backup taken
    # before this migration ran (reliability plan M4).
    raise NotImplementedError("restore the pre-migration backup instead")
