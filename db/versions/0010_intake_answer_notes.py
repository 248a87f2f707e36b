"""An intake keeps the note that confirms an answer its medication list contradicts

Revision ID: 0010_intake_answer_notes
Revises: 0009_session_anything_new
Create Date: 2026-12-07

One nullable JSON column, no data change. "Do you take blood thinners? No" beside
"Eliquis 5 mg twice daily" in the medication list is no longer saved in silence: the
practitioner changes the answer or keeps it with a note (issue 15), stored here as
``{condition: note}``. Older rows keep NULL: no note.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_intake_answer_notes"
down_revision: str | None = "0009_session_anything_new"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("intake") as batch:
        batch.add_column(sa.Column("answer_notes", sa.JSON(), nullable=True))


def downgrade() -> None:
    # AcuPlanner never downgrades in place: roll back by restoring the backup taken
    # before this migration ran (reliability plan M4).
    raise NotImplementedError("restore the pre-migration backup instead")
