"""Alembic environment for AcuPlanner, configured in code (no alembic.ini).

The application (planner.storage.migrations) opens the connection and transaction and
passes the connection in ``config.attributes["connection"]``; nothing here reads files
or environment variables, so it works the same from a checkout and an installed wheel.
"""

from __future__ import annotations

from alembic import context

from planner.storage.models import Base
from planner.storage.search_index import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs `alembic` by hand
    raise RuntimeError("Run migrations with `python main.py migrate`, not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,  # the trigram index is the migration's alone (0008)
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
