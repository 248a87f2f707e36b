"""What guards the audit table, and where its chain ends.

* The triggers that make ``audit_event`` append-only (migrations 0002 and 0011), with the
  exact SQL the migrations ran, so ``acuplanner check`` can tell a missing, disabled or
  altered trigger and put it back (:func:`trigger_problems`, :func:`restore_triggers`).
* The chain's head - how many rows, the last id and its row hash - read from the live
  database (:func:`chain_head`) or an SQLite backup file (:func:`sqlite_file_head`).
* Backup manifests: ``<backup>.manifest.json`` beside each backup records the head the
  backup holds (:func:`write_manifest`), an anchor ``audit verify`` compares with later.

Nothing here holds or logs a patient's name or any clinical text: ids and hashes only.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Mapping
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

MANIFEST_SUFFIX = ".manifest.json"
MANIFEST_FORMAT = 1


# --- the chain's head -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChainHead:
    """Where the audit chain ended at one moment: ``rows`` rows, the newest ``last_id``
    with hash ``last_hash`` (0 and '' for an empty trail)."""

    rows: int
    last_id: int
    last_hash: str

    def as_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "last_id": self.last_id, "last_hash": self.last_hash}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChainHead:
        """Raises ValueError when ``data`` is not a head."""
        rows, last_id, last_hash = data.get("rows"), data.get("last_id"), data.get("last_hash")
        if not isinstance(rows, int) or not isinstance(last_id, int) or rows < 0:
            raise ValueError("not an audit chain head")
        if not isinstance(last_hash, str) or len(last_hash) > 64:
            raise ValueError("not an audit chain head")
        return cls(rows, last_id, last_hash)

    def describe(self) -> str:
        if not self.rows:
            return "no audit rows"
        return f"{self.rows} audit rows up to id {self.last_id} (hash {self.last_hash[:12]}…)"


_HEAD_SQL = (
    "SELECT count(*), max(id), "
    "(SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1) FROM audit_event"
)


def chain_head(connection: Connection) -> ChainHead:
    count, last_id, last_hash = connection.execute(text(_HEAD_SQL)).one()
    return ChainHead(int(count or 0), int(last_id or 0), str(last_hash or ""))


def sqlite_file_head(path: Path) -> ChainHead:
    """The head of the chain in the SQLite file ``path`` (opened read-only)."""
    uri = f"{path.absolute().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        count, last_id, last_hash = connection.execute(_HEAD_SQL).fetchone()
    return ChainHead(int(count or 0), int(last_id or 0), str(last_hash or ""))


def file_head(path: Path) -> ChainHead | None:
    """:func:`sqlite_file_head`, or None when the file holds no readable audit table."""
    try:
        return sqlite_file_head(path)
    except sqlite3.Error as error:
        log.warning("no audit chain head in %s: %s", path.name, type(error).__name__)
        return None


def snapshot_head(connection: Connection) -> ChainHead | None:
    """:func:`chain_head` inside a savepoint of the caller's (PostgreSQL snapshot)
    transaction, or None when the audit table cannot be read; the transaction lives on."""
    try:
        with connection.begin_nested():
            return chain_head(connection)
    except SQLAlchemyError as error:
        log.warning("no audit chain head for the backup: %s", type(error).__name__)
        return None


def database_key(url: URL) -> str:
    """Which database an anchor belongs to: the SQLite file's absolute path, or
    ``postgresql://host:port/database`` (never a user name or password)."""
    if url.get_backend_name() == "sqlite":
        return str(Path(url.database or "").absolute())
    return f"postgresql://{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


# --- backup manifests -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Manifest:
    path: Path
    backup: str  # the backup file's name
    database: str  # database_key() of what was backed up
    taken_at: dt.datetime
    head: ChainHead


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def write_manifest(backup: Path, database: str, head: ChainHead | None) -> None:
    """Write ``<backup>.manifest.json`` (owner-only, atomically). A manifest that cannot be
    written is logged, never fatal: the backup itself is complete."""
    if head is None:
        return
    body = {
        "format": MANIFEST_FORMAT,
        "backup": backup.name,
        "database": database,
        "taken_at": dt.datetime.now(dt.UTC).isoformat(),
        "audit_head": head.as_dict(),
    }
    try:
        write_private_json(manifest_path(backup), body)
    except OSError as error:
        log.warning("backup manifest not written: %s", error.strerror or type(error).__name__)
        return
    log.info("audit chain head in backup %s: %s", backup.name, _log_head(head))


def read_manifest(path: Path) -> Manifest | None:
    """The manifest at ``path``, or None when it is unreadable or not a manifest."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        taken = dt.datetime.fromisoformat(str(data["taken_at"]))
        if taken.tzinfo is None:
            taken = taken.replace(tzinfo=dt.UTC)
        return Manifest(
            path,
            str(data["backup"]),
            str(data["database"]),
            taken,
            ChainHead.from_dict(data["audit_head"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def manifests_in(folder: Path, database: str) -> list[Manifest]:
    """Every readable manifest in ``folder`` for ``database``, oldest first."""
    try:
        candidates = [p for p in folder.iterdir() if p.name.endswith(MANIFEST_SUFFIX)]
    except OSError:
        return []
    found = [m for m in map(read_manifest, candidates) if m is not None and m.database == database]
    return sorted(found, key=lambda m: m.taken_at)


def write_private_json(path: Path, body: object) -> None:
    """Write ``body`` as JSON to ``path``: owner-only (0600), via a temporary file in the
    same folder that is flushed and renamed, so a reader sees the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temporary = Path(name)  # mkstemp: new, owner-only (0600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(body, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(0o600)
        temporary.replace(path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise


def _log_head(head: ChainHead) -> str:
    return f"rows={head.rows} last_id={head.last_id} last_hash={head.last_hash}"


def log_head(reason: str, head: ChainHead) -> None:
    """Put the head in the application log: one more copy outside the database."""
    log.info("audit chain head (%s): %s", reason, _log_head(head))


# --- the triggers ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Guard:
    """One trigger (and, on PostgreSQL, the function it runs)."""

    name: str
    create: str  # CREATE TRIGGER …, exactly as the migration ran it
    function: str = ""  # PostgreSQL: the function's name
    function_body: str = ""  # PostgreSQL: its body (pg_proc.prosrc)


_APPEND_ONLY_BODY = """
    BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
    END
    """
_EXTENDS_CHAIN_BODY = """
    DECLARE
        last_id bigint;
        last_hash text;
    BEGIN
        SELECT id, row_hash INTO last_id, last_hash FROM audit_event
            ORDER BY id DESC LIMIT 1;
        IF NEW.id <= coalesce(last_id, 0) THEN
            RAISE EXCEPTION 'audit_event is append-only: a new row cannot reuse an id'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.prev_hash IS DISTINCT FROM coalesce(last_hash, '') THEN
            RAISE EXCEPTION 'audit_event is append-only: a new row must extend the chain'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END
    """

SQLITE_GUARDS = (
    Guard(
        "audit_event_no_update",
        """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
    ),
    Guard(
        "audit_event_no_delete",
        """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END""",
    ),
    Guard(
        "audit_event_no_replace",
        """CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
    WHEN NEW.id <> -1 AND NEW.id <= (SELECT coalesce(max(id), 0) FROM audit_event)
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: a new row cannot reuse an id'); END""",
    ),
    Guard(
        "audit_event_extends_chain",
        """CREATE TRIGGER audit_event_extends_chain AFTER INSERT ON audit_event
    WHEN NEW.id IS NOT (SELECT max(id) FROM audit_event)
      OR NEW.prev_hash IS NOT coalesce(
        (SELECT row_hash FROM audit_event WHERE id < NEW.id ORDER BY id DESC LIMIT 1), '')
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: a new row must extend the chain');
    END""",
    ),
)

POSTGRES_GUARDS = (
    Guard(
        "audit_event_append_only",
        """CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION acuplanner_audit_append_only()""",
        "acuplanner_audit_append_only",
        _APPEND_ONLY_BODY,
    ),
    Guard(
        "audit_event_no_truncate",
        """CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION acuplanner_audit_append_only()""",
        "acuplanner_audit_append_only",
        _APPEND_ONLY_BODY,
    ),
    Guard(
        "audit_event_extends_chain",
        """CREATE TRIGGER audit_event_extends_chain BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION acuplanner_audit_extends_chain()""",
        "acuplanner_audit_extends_chain",
        _EXTENDS_CHAIN_BODY,
    ),
)


def guards(dialect: str) -> tuple[Guard, ...]:
    return SQLITE_GUARDS if dialect == "sqlite" else POSTGRES_GUARDS


@dataclass(frozen=True, slots=True)
class TriggerProblem:
    guard: Guard
    problem: str  # "missing", "disabled", "altered"

    def describe(self) -> str:
        return f"audit_event: trigger {self.guard.name} was {self.problem}"


def trigger_problems(connection: Connection) -> list[TriggerProblem]:
    """Each audit trigger that is missing, disabled (PostgreSQL) or not as the migration
    made it (its SQL, or on PostgreSQL its function's body, differs)."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        found: dict[str, str] = dict(
            (str(name), str(sql))
            for name, sql in connection.execute(
                text(
                    "SELECT name, sql FROM sqlite_master "
                    "WHERE type = 'trigger' AND tbl_name = 'audit_event'"
                )
            )
        )
        problems = []
        for guard in SQLITE_GUARDS:
            if guard.name not in found:
                problems.append(TriggerProblem(guard, "missing"))
            elif found[guard.name] != guard.create:
                problems.append(TriggerProblem(guard, "altered"))
        return problems
    triggers = {
        name: (enabled, function, body)
        for name, enabled, function, body in connection.execute(
            text(
                "SELECT t.tgname, t.tgenabled, p.proname, p.prosrc "
                "FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
                "WHERE t.tgrelid = to_regclass('audit_event') AND NOT t.tgisinternal"
            )
        )
    }
    problems = []
    for guard in POSTGRES_GUARDS:
        state = triggers.get(guard.name)
        if state is None:
            problems.append(TriggerProblem(guard, "missing"))
        elif state[1] != guard.function or state[2] != guard.function_body:
            problems.append(TriggerProblem(guard, "altered"))
        elif str(state[0]) == "D":
            problems.append(TriggerProblem(guard, "disabled"))
    return problems


def restore_triggers(connection: Connection, problems: list[TriggerProblem]) -> None:
    """Put each trigger in ``problems`` back as the migrations made it (in the caller's
    transaction: on PostgreSQL only the table's owner may)."""
    postgres = connection.dialect.name == "postgresql"
    functions = {p.guard.function: p.guard.function_body for p in problems if p.guard.function}
    for function, body in functions.items():
        connection.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger "
            f"LANGUAGE plpgsql AS $${body}$$"
        )
    for problem in problems:
        guard = problem.guard
        if postgres:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {guard.name} ON audit_event")
        else:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {guard.name}")
        connection.exec_driver_sql(guard.create)
