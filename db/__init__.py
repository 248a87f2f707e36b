"""Alembic environment (installed as ``planner.migrations``)."""
