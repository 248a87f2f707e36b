"""Shared pieces of the failure tests: run sizes, demo data, logical dumps.

Run sizes are CI-sized unless ``ACUPLANNER_SOAK=1`` (``make soak``) asks for the
nightly figures of the reliability plan.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import Connection, Engine, select

from planner.services.demo import DemoGenerator
from planner.storage.database import Database
from planner.storage.models import Base

SOAK = os.environ.get("ACUPLANNER_SOAK") == "1"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # tests only


def runs(ci: int, soak: int) -> int:
    """``ci`` in ``make test``, ``soak`` in ``make soak``."""
    return soak if SOAK else ci


def fill_demo(db: Database, patients: int = 30, seed: int = 7) -> None:
    DemoGenerator(db, hasher=FAST_HASHER).generate(patients=patients, seed=seed)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def logical_rows(connection: Connection, tables: list[str] | None = None) -> dict[str, list[str]]:
    """Every row of every AcuPlanner table as JSON text, sorted by primary key."""
    dump: dict[str, list[str]] = {}
    for table in Base.metadata.sorted_tables:
        if tables is not None and table.name not in tables:
            continue
        key = list(table.primary_key.columns)
        rows = connection.execute(select(table).order_by(*key)).mappings()
        dump[table.name] = [
            json.dumps({k: _plain(v) for k, v in row.items()}, sort_keys=True, ensure_ascii=False)
            for row in rows
        ]
    return dump


def logical_hash(engine: Engine) -> str:
    """SHA-256 of the sorted logical dump (the same on SQLite and PostgreSQL)."""
    digest = hashlib.sha256()
    with engine.connect() as connection:
        for name, rows in sorted(logical_rows(connection).items()):
            digest.update(name.encode())
            for row in rows:
                digest.update(row.encode())
    return digest.hexdigest()
