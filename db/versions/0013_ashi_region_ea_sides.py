"""An Ashi point keeps the region it is placed in; an EA lead keeps its side

Revision ID: 0013_ashi_region_ea_sides
Revises: 0012_pg_login_roles
Create Date: 2026-12-07

Nullable columns, no data change (issue 17 items 2 and 3). The safety engine screens an
Ashi (tender) point by its region - upper back and thorax, lumbosacral, buttock, limb -
so ``point_prescription.ashi_region`` and ``session_point.ashi_region`` keep it (NULL:
not recorded, screened as the most cautious region). A session's electroacupuncture pair
keeps the side each lead clips to at a point needled on both sides
(``electro_stimulation.side_a``/``side_b``, NULL: the same side as the other lead); a
plan's pairs are in its technique parameters (JSON) and need no column.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_ashi_region_ea_sides"
down_revision: str | None = "0012_pg_login_roles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("point_prescription", "session_point"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("ashi_region", sa.String(20), nullable=True))
    with op.batch_alter_table("electro_stimulation") as batch:
        batch.add_column(sa.Column("side_a", sa.String(1), nullable=True))
        batch.add_column(sa.Column("side_b", sa.String(1), nullable=True))


def downgrade() -> None:
    # Only for tests that step back through the guards of earlier revisions: in use,
    # AcuPlanner rolls back by restoring the backup taken before a migration ran.
    with op.batch_alter_table("electro_stimulation") as batch:
        batch.drop_column("side_b")
        batch.drop_column("side_a")
    for table in ("session_point", "point_prescription"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("ashi_region")
