"""PostgreSQL's own client programs (pg_dump, pg_restore), found and run safely.

``pg_dump`` refuses a server newer than itself, so the program is looked for by the
server's major version first: ``$ACUPLANNER_PG_BIN``, then the usual per-version
folders (Debian/Ubuntu ``/usr/lib/postgresql/N/bin``, RHEL ``/usr/pgsql-N/bin``,
Homebrew, Postgres.app, ``C:\\Program Files\\PostgreSQL\\N\\bin``), then newer versions
there, then ``PATH`` when its version is recent enough. The password never appears on
a command line: it is passed in ``PGPASSWORD``.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from planner.domain.errors import DatabaseUnavailable, EnvironmentProblem
from planner.domain.i18n import translate
from planner.storage.engine import describe

log = logging.getLogger(__name__)

PG_BIN_ENV = "ACUPLANNER_PG_BIN"
_EXE = ".exe" if sys.platform == "win32" else ""


class ToolMissing(EnvironmentProblem):
    """pg_dump / pg_restore for the server's version is not installed here."""


def server_major(engine: Engine) -> int:
    """The server's major version; an unreachable or stopping server is one line."""
    try:
        with engine.connect() as connection:
            number = int(connection.execute(text("SHOW server_version_num")).scalar_one())
    except DBAPIError as exc:
        reason = first_error_line(str(exc.orig) if exc.orig else str(exc))
        log.warning("cannot reach the database server: %s", reason)
        raise DatabaseUnavailable(
            translate(
                "postgres",
                "Cannot reach the database server at {url}: {reason}. Nothing was changed.",
            ).format(url=describe(engine.url), reason=reason),
            hint=translate(
                "postgres", "Check that the server is running and reachable, then try again."
            ),
        ) from None
    return number // 10000


def first_error_line(output: str) -> str:
    """The line of a client program's or the server's output that says what failed
    (``error:``/``FATAL:`` first), without the program's name; never the whole output."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    chosen = next(
        (line for line in lines if re.search(r"\b(error|fatal|FATAL|ERROR)\b:?", line)),
        lines[0] if lines else "",
    )
    chosen = re.sub(r"^(pg_dump|pg_restore|psql): (error: )?", "", chosen)
    return chosen[:300]


def candidate_folders(major: int) -> list[Path]:
    """Where the client programs of PostgreSQL ``major`` usually live, in order."""
    folders = []
    override = os.environ.get(PG_BIN_ENV)
    if override:
        folders.append(Path(override))
    folders += [
        Path(f"/usr/lib/postgresql/{major}/bin"),
        Path(f"/usr/pgsql-{major}/bin"),
        Path(f"/opt/homebrew/opt/postgresql@{major}/bin"),
        Path(f"/usr/local/opt/postgresql@{major}/bin"),
        Path(f"/Applications/Postgres.app/Contents/Versions/{major}/bin"),
        Path(os.environ.get("PROGRAMFILES", r"C:\Program Files"))
        / "PostgreSQL"
        / str(major)
        / "bin",
    ]
    return folders


def _installed_majors(roots: Iterable[Path]) -> list[int]:
    found = set()
    for root in roots:
        try:
            found |= {int(p.name) for p in root.iterdir() if p.name.isdigit()}
        except OSError:
            continue
    return sorted(found)


def find_tool(name: str, major: int) -> Path:
    """The ``pg_dump``/``pg_restore`` able to talk to a server of version ``major``."""
    for folder in candidate_folders(major):
        program = folder / f"{name}{_EXE}"
        if program.is_file() and os.access(program, os.X_OK):
            return program
    roots = [Path("/usr/lib/postgresql")]
    if os.environ.get("PROGRAMFILES"):
        roots.append(Path(os.environ["PROGRAMFILES"]) / "PostgreSQL")
    for newer in _installed_majors(roots):
        if newer > major:
            for folder in candidate_folders(newer)[1:]:
                program = folder / f"{name}{_EXE}"
                if program.is_file():
                    return program
    on_path = shutil.which(name)
    if on_path and tool_major(Path(on_path)) >= major:
        return Path(on_path)
    raise ToolMissing(
        translate(
            "postgres", "{name} for PostgreSQL {major} was not found on this computer."
        ).format(name=name, major=major),
        hint=(
            translate(
                "postgres",
                "Install PostgreSQL {major}'s client programs (Debian/Ubuntu: apt-get "
                "install postgresql-client-{major}) or set {pg_bin_env} to the folder "
                "that holds {name}.",
            ).format(major=major, pg_bin_env=PG_BIN_ENV, name=name)
        ),
    )


def tool_major(program: Path) -> int:
    """The major version a client program reports (``pg_dump (PostgreSQL) 16.4``)."""
    try:
        out = subprocess.run(
            [str(program), "--version"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return 0
    found = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(found.group(1)) if found else 0


def connection_args(url: URL) -> tuple[list[str], dict[str, str]]:
    """``--dbname`` with a libpq connection string (no password) and the environment."""
    parts = {"dbname": url.database or "", "host": url.host or "", "user": url.username or ""}
    if url.port:
        parts["port"] = str(url.port)
    for key, value in url.query.items():
        parts[key] = value if isinstance(value, str) else value[-1]
    conninfo = " ".join(f"{k}={_quote(v)}" for k, v in parts.items() if v)
    env = {**os.environ, "PGAPPNAME": "AcuPlanner backup", "PGCONNECT_TIMEOUT": "10"}
    env.pop("PGPASSWORD", None)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return ["--dbname", conninfo], env


def _quote(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{escaped}'"


def run_tool(args: Sequence[str], env: dict[str, str], what: str) -> str:
    """Run a client program; its first error line becomes an EnvironmentProblem."""
    log.info("running %s", Path(args[0]).name)
    try:
        done = subprocess.run(list(args), capture_output=True, text=True, env=env, check=False)
    except OSError as exc:
        raise EnvironmentProblem(
            translate("postgres", "Could not run {name}: {exc}.").format(
                name=Path(args[0]).name, exc=exc
            )
        ) from None
    if done.returncode != 0:
        reason = first_error_line(done.stderr) or translate(
            "postgres", "exit status {returncode}"
        ).format(returncode=done.returncode)
        log.warning("%s failed: %s", Path(args[0]).name, reason)
        raise EnvironmentProblem(
            translate("postgres", "{what} failed: {reason}").format(what=what, reason=reason)
        )
    return done.stdout
