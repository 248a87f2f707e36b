"""A throwaway PostgreSQL cluster for the test suite.

Started once per test session on a free port on 127.0.0.1 with Debian's binaries
(``/usr/lib/postgresql/*/bin``, or ``ACUPLANNER_PG_BIN``). PostgreSQL refuses to run as
root, so under root the cluster belongs to the ``postgres`` system user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import psycopg

if TYPE_CHECKING:
    from planner.storage.database import Database

T = TypeVar("T")

_names = count(1)


# Members of AcuPlanner's group roles (each account's own login) sign in with their
# password, as at a clinic; the suite's superuser and other test roles are trusted.
PG_HBA = """\
local all all trust
host all +acuplanner_practitioner,+acuplanner_reception,+acuplanner_admin 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
"""


def find_pg_bin() -> Path | None:
    override = os.environ.get("ACUPLANNER_PG_BIN")
    if override:
        return Path(override)
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    port: int
    superuser: str = "postgres"
    _template: str | None = field(default=None, repr=False)
    _built: dict[str, tuple[str, Any]] = field(default_factory=dict, repr=False)

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={self.superuser} dbname={dbname}"

    def url(self, dbname: str, user: str | None = None) -> str:
        return f"postgresql+psycopg://{user or self.superuser}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, prefix: str = "t", template: str | None = None) -> str:
        """A new database: empty, or a copy of ``template`` (which nobody may be using)."""
        name = f"{prefix}_{os.getpid()}_{next(_names)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(self.admin_dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        if template:
            self.apply_grants(name)  # a copy starts with PUBLIC's CONNECT again
        return name

    def apply_grants(self, name: str) -> None:
        """What ``acuplanner migrate`` and ``restore`` do to a database: the groups' grants
        (:func:`planner.storage.pg_roles.apply_grants`), when it is an AcuPlanner one."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        from planner.storage.pg_roles import apply_grants

        engine = create_engine(self.url(name), poolclass=NullPool)
        try:
            with engine.begin() as connection:
                if connection.exec_driver_sql("SELECT to_regclass('app_user')").scalar():
                    apply_grants(connection)
        finally:
            engine.dispose()

    def create_migrated_database(self) -> str:
        """A new database at head: a copy of a template migrated once per test run."""
        if self._template is None:
            from planner.storage.database import open_database

            template = self.create_database(prefix="template")
            database, _ = open_database(self.url(template))
            database.dispose()  # CREATE DATABASE … TEMPLATE needs it unused
            self._template = template
        return self.create_database(template=self._template)

    def create_built_database(self, key: str, build: Callable[[Database], T]) -> tuple[str, T]:
        """A copy of a database that ``build`` filled once per run (per ``key``), and what
        ``build`` returned then (a Database in it is closed: open the copy)."""
        if key not in self._built:
            from planner.storage.database import open_database

            name = self.create_migrated_database()
            database, _ = open_database(self.url(name))
            try:
                result = build(database)
            finally:
                database.dispose()
            self._built[key] = (name, result)
        name, result = self._built[key]
        return self.create_database(template=name), result

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.admin_dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _as_owner(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@contextlib.contextmanager
def running_server(bin_dir: Path) -> Iterator[PgServer]:
    root = Path(tempfile.mkdtemp(prefix="acuplanner-pg-"))
    data, log = root / "data", root / "server.log"
    if os.geteuid() == 0:
        shutil.chown(root, user="postgres", group="postgres")
    root.chmod(0o700)
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
        env=env,
    )
    hba = data / "pg_hba.conf"  # AcuPlanner's personal logins need their password
    hba.write_text(PG_HBA, encoding="utf-8")
    if os.geteuid() == 0:
        shutil.chown(hba, user="postgres", group="postgres")
    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
    )
    subprocess.run(
        _as_owner(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start"]
        ),
        check=True,
        capture_output=True,
        env=env,
    )
    try:
        server = PgServer(port)
        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(server.admin_dsn()).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            check=False,
            capture_output=True,
            env=env,
        )
        shutil.rmtree(root, ignore_errors=True)
