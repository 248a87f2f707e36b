"""Query modules: the SQL and the row <-> domain mapping the services run inside their
transactions, one module per area (functions taking a ``db_session``; no role checks,
no transactions, no audit)."""
