"""Use cases: each public method is one user action in one transaction.

Services receive the :class:`planner.storage.database.Database` and return frozen
dataclasses, never ORM objects, so screens cannot reach the database by accident.
"""
