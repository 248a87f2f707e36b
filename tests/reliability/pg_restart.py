"""A throwaway PostgreSQL server of its own that a test may stop and start again.

Like tests/pg_server.py (same binaries, owner and options), but the data folder stays,
so ``stop()`` (immediate: as if the server crashed) and ``start()`` bring the same
databases back on the same port. ``synchronous_commit`` is on: what a commit
acknowledged must survive the crash.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

from tests.pg_server import PgServer, _as_owner, _free_port

_ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


@dataclass
class RestartableServer(PgServer):
    bin_dir: Path = Path()
    root: Path = Path()

    @property
    def _data(self) -> Path:
        return self.root / "data"

    def _ctl(self, *args: str) -> None:
        subprocess.run(
            _as_owner([str(self.bin_dir / "pg_ctl"), "-D", str(self._data), *args]),
            check=True,
            capture_output=True,
            env=_ENV,
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=on -c max_connections=40"
        )
        self._ctl("-l", str(self.root / "server.log"), "-o", options, "-w", "start")
        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(self.admin_dsn(), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self) -> None:
        """Immediate shutdown: every connection is cut, nothing is flushed politely."""
        self._ctl("-m", "immediate", "-w", "stop")


@contextlib.contextmanager
def restartable_server(bin_dir: Path) -> Iterator[RestartableServer]:
    root = Path(tempfile.mkdtemp(prefix="acuplanner-pg-restart-"))
    if os.geteuid() == 0:
        shutil.chown(root, user="postgres", group="postgres")
    root.chmod(0o700)
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(root / "data"),
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
        env=_ENV,
    )
    server = RestartableServer(_free_port(), bin_dir=bin_dir, root=root)
    server.start()
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            server.stop()
        shutil.rmtree(root, ignore_errors=True)
