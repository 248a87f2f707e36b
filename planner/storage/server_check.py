"""Is the PostgreSQL server set up to keep the clinic's records safe? (reliability plan C5)

:func:`server_warnings` reads, over the app's own connection, what any login may read:

* ``fsync``, ``full_page_writes`` and ``synchronous_commit`` — off, a power cut or an
  operating-system crash can corrupt the database or lose saves already confirmed;
* ``data_checksums`` — off, damage on the disk goes unnoticed until it is read back;
* ``password_encryption`` — ``md5`` keeps weakly hashed passwords (SCRAM is the norm);
* whether this connection is encrypted (``pg_stat_ssl`` for the own backend) and, when
  the server is on another computer, whether the client verifies the server's
  certificate (``sslmode=verify-full``);
* whether this connection was let in without a password (``trust``): PostgreSQL 16+
  says how the connection authenticated (``SYSTEM_USER`` is empty under trust); older
  servers are asked to let the same login in once more with no password at all, the
  way ``psql`` first tries — a server that checks passwords refuses that without
  logging a failed sign-in.

Each warning is a sentence for clinic IT: what is wrong and what it risks. Nothing here
raises: what cannot be read is left out (and logged). SQLite has no server: no warnings.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from planner.domain.i18n import translate

log = logging.getLogger(__name__)

SETTINGS = (
    "fsync",
    "full_page_writes",
    "synchronous_commit",
    "data_checksums",
    "password_encryption",
)
PROBE_TIMEOUT_S = 5


@dataclass(frozen=True, slots=True)
class ServerFacts:
    """What was read from the server; None where it could not be read."""

    settings: dict[str, str] = field(default_factory=dict)
    tls: bool | None = None
    local: bool = True
    verifies_server: bool = False  # sslmode=verify-full
    trust: bool | None = None  # let in without a password


def warnings_for(facts: ServerFacts) -> list[str]:
    """The warnings these facts call for, most serious first."""
    found: list[str] = []
    setting = facts.settings.get
    if setting("fsync") == "off":
        found.append(
            translate(
                "server_check",
                "fsync is off: a power cut or crash of the server can corrupt the database.",
            )
        )
    if setting("full_page_writes") == "off":
        found.append(
            translate(
                "server_check",
                "full_page_writes is off: a power cut or crash can leave damaged pages behind.",
            )
        )
    if setting("synchronous_commit") == "off":
        found.append(
            translate(
                "server_check",
                "synchronous_commit is off: a crash of the server can lose saves it had "
                "already confirmed.",
            )
        )
    if facts.trust:
        found.append(
            translate(
                "server_check",
                "The server lets this login in without a password (trust "
                "authentication): anyone who can reach it can read and change the "
                "records.",
            )
        )
    if facts.tls is False and not facts.local:
        found.append(
            translate(
                "server_check",
                "The connection to the server is not encrypted, and the server is on "
                "another computer: names and notes cross the network readable.",
            )
        )
    elif facts.tls and not facts.local and not facts.verifies_server:
        found.append(
            translate(
                "server_check",
                "The connection is encrypted but the server's certificate is not "
                "verified (use sslmode=verify-full): another machine could pose as the "
                "server.",
            )
        )
    if setting("password_encryption") == "md5":
        found.append(
            translate(
                "server_check",
                "password_encryption is md5: new passwords are stored weakly hashed (use "
                "scram-sha-256).",
            )
        )
    if setting("data_checksums") == "off":
        found.append(
            translate(
                "server_check",
                "Data checksums are off: damage on the server's disk goes unnoticed "
                "until a record is read (initdb --data-checksums, or pg_checksums).",
            )
        )
    return found


def server_warnings(engine: Engine) -> list[str]:
    """The warnings for the server behind ``engine`` ([] for SQLite); never raises."""
    if engine.dialect.name != "postgresql":
        return []
    try:
        facts = read_facts(engine)
    except SQLAlchemyError as exc:
        log.warning("server settings not read: %s", type(exc).__name__)
        return []
    found = warnings_for(facts)
    if found:
        log.warning("database server: %d warning(s)", len(found))
    return found


def read_facts(engine: Engine) -> ServerFacts:
    with engine.connect() as connection:
        settings = _settings(connection)
        tls = connection.execute(
            text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        ).scalar()
        socket = connection.execute(text("SELECT inet_client_addr() IS NULL")).scalar()
        login = str(connection.execute(text("SELECT session_user")).scalar())
        version = int(connection.execute(text("SHOW server_version_num")).scalar_one())
        trust = _system_user_trust(connection) if version >= 160000 else None
    local = bool(socket) or is_local_host(engine.url.host)
    if trust is None and not socket and not _query(engine.url, "sslcert"):
        trust = _lets_in_without_password(engine.url, login)  # a client certificate would
    return ServerFacts(
        settings=settings,
        tls=None if tls is None else bool(tls),
        local=local,
        verifies_server=_query(engine.url, "sslmode") == "verify-full",
        trust=trust,
    )


def is_local_host(host: str | None) -> bool:
    """No host (a Unix socket), ``localhost`` or a loopback address."""
    if not host or host.startswith("/") or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _settings(connection: Connection) -> dict[str, str]:
    found: dict[str, str] = {}
    for name in SETTINGS:
        value = connection.execute(
            text("SELECT current_setting(:name, true)"), {"name": name}
        ).scalar()
        if value is not None:
            found[name] = str(value)
    return found


def _system_user_trust(connection: Connection) -> bool | None:
    """PostgreSQL 16+: SYSTEM_USER is "method:identity", and empty under trust."""
    try:
        with connection.begin_nested():
            value = connection.execute(text("SELECT SYSTEM_USER")).scalar()
    except DBAPIError:
        return None
    return value is None


def _lets_in_without_password(url: URL, login: str) -> bool | None:
    """Connect once more as ``login`` with no password (and no password file): a server
    that asks for one is refused silently, as psql's first try is."""
    probe = create_engine(
        url.set(username=login, password=None),
        poolclass=NullPool,
        connect_args={
            "connect_timeout": PROBE_TIMEOUT_S,
            "password": "",  # given, so neither PGPASSWORD nor a password file is used
            "passfile": "/nonexistent/acuplanner-no-passfile",
            "application_name": "AcuPlanner server check",
        },
    )
    try:
        with probe.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except DBAPIError as exc:
        reason = str(exc.orig).lower() if exc.orig else ""
        if "password" in reason or "authentication" in reason:
            return False
        log.info("trust probe inconclusive: %s", type(exc.orig).__name__)
        return None
    finally:
        probe.dispose()


def _query(url: URL, key: str) -> str:
    value = url.query.get(key, "")
    return value if isinstance(value, str) else (value[-1] if value else "")
