"""Benchmark databases: built once per engine, size and seed, kept in ``bench/cache/``.

SQLite: the cache is the database file itself; each run works on a copy (in
``bench/work/``, on the same disk, so ``synchronous=FULL`` costs what it costs), because
opening records and saving sessions change it. PostgreSQL: a throwaway cluster is
started as the test suite does (:mod:`tests.pg_server`); the cache is a ``pg_dump -Fc``
archive, restored into a fresh database for each run.

Next to each cached database a JSON file records how long the demo took to generate and
the ids of what :mod:`bench.clinic` added.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.clinic import (
    AUDIT_ROWS,
    AUDIT_ROWS_SMALL,
    BenchClinic,
    add_audit_rows,
    courses_to_book,
)
from planner.demo import DemoGenerator
from planner.storage.database import open_database
from planner.storage.migrations import head_revision

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / "bench"
CACHE_DIR = BENCH_DIR / "cache"
DEMO_TODAY = dt.date(2026, 1, 15)
"""The demo's today (fixed, so a cached database is the same on every machine)."""
DATA_VERSION = 2
"""Bump when :mod:`bench.clinic` changes what it adds (the cache is rebuilt)."""

Log = Callable[[str], None]


@dataclass(frozen=True)
class Spec:
    engine: str  # "sqlite" or "postgresql"
    patients: int
    seed: int = 1

    def key(self) -> str:
        return f"{self.family()}-{DEMO_TODAY:%Y%m%d}-schema{head_revision()}-v{DATA_VERSION}"

    def family(self) -> str:
        """What the key starts with whatever the schema and the bench data version."""
        return f"{self.engine}-{self.patients}p-seed{self.seed}"


@dataclass
class BenchDatabase:
    url: str
    meta: dict[str, Any]
    cached: bool  # True: reused from the cache; False: built by this run
    extra: dict[str, Any] = field(default_factory=dict)


def build(url: str, spec: Spec, log: Log) -> dict[str, Any]:
    """Generate the demo clinic into the empty database at ``url`` and add the bench's
    patients and audit rows; the metadata to keep beside the cache."""
    db, _ = open_database(url)
    try:
        log(f"generating the demo clinic: {spec.patients:,} patients ({spec.engine})…")
        started = time.monotonic()
        summary = DemoGenerator(db, today=DEMO_TODAY).generate(
            patients=spec.patients, seed=spec.seed
        )
        demo_seconds = time.monotonic() - started
        log(f"  {summary}")
        clinic = BenchClinic(db, DEMO_TODAY)
        started = time.monotonic()
        history = clinic.history_patient()
        save_courses = clinic.courses_to_record()
        book_courses = courses_to_book(clinic)
        rows = AUDIT_ROWS if spec.patients >= 5_000 else AUDIT_ROWS_SMALL
        audit_rows = add_audit_rows(db, rows, focus_patient=history, seed=spec.seed)
        log(f"  bench patients and {audit_rows:,} audit rows in {time.monotonic() - started:.1f} s")
    finally:
        db.dispose()
    return {
        "spec": {"engine": spec.engine, "patients": spec.patients, "seed": spec.seed},
        "demo_today": DEMO_TODAY.isoformat(),
        "demo_seconds": round(demo_seconds, 2),
        "demo_summary": str(summary),
        "sessions": summary.sessions,
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "history_patient": history,
        "save_courses": save_courses,
        "book_courses": book_courses,
        "audit_rows": audit_rows,
    }


@contextlib.contextmanager
def prepared(spec: Spec, log: Log, *, cache_dir: Path = CACHE_DIR) -> Iterator[BenchDatabase]:
    """A working database for one benchmark run (built into the cache when missing)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    if spec.engine == "sqlite":
        with _sqlite(spec, log, cache_dir) as prepared_db:
            yield prepared_db
    elif spec.engine == "postgresql":
        with _postgresql(spec, log, cache_dir) as prepared_db:
            yield prepared_db
    else:
        raise ValueError(f"unknown engine {spec.engine!r}")


def _prune(cache_dir: Path, spec: Spec, log: Log) -> None:
    """Remove this spec's databases built for an older schema or bench data version."""
    for path in cache_dir.glob(f"{spec.family()}-*"):
        if not path.name.startswith(spec.key()):
            log(f"removing the outdated {path.name}")
            path.unlink(missing_ok=True)


def _meta_path(cache_dir: Path, spec: Spec) -> Path:
    return cache_dir / f"{spec.key()}.json"


@contextlib.contextmanager
def _sqlite(spec: Spec, log: Log, cache_dir: Path) -> Iterator[BenchDatabase]:
    cached_file = cache_dir / f"{spec.key()}.sqlite3"
    meta_file = _meta_path(cache_dir, spec)
    cached = cached_file.exists() and meta_file.exists()
    if not cached:
        _prune(cache_dir, spec, log)
        partial = cached_file.with_suffix(".partial")
        _remove_sqlite(partial)
        meta = build(str(partial), spec, log)
        with contextlib.closing(sqlite3.connect(partial)) as connection:
            connection.execute("PRAGMA journal_mode = DELETE")  # everything in the one file
        partial.rename(cached_file)
        meta_file.write_text(json.dumps(meta, indent=2))
    meta = json.loads(meta_file.read_text())
    work_dir = cache_dir.parent / "work"
    work_dir.mkdir(parents=True, exist_ok=True)
    work = work_dir / f"{spec.key()}.sqlite3"
    _remove_sqlite(work)
    shutil.copyfile(cached_file, work)
    if hasattr(os, "sync"):  # the copy's write-back must not land in the measurements
        os.sync()
    try:
        yield BenchDatabase(str(work), meta, cached, {"file_mb": cached_file.stat().st_size / 1e6})
    finally:
        _remove_sqlite(work)


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def _postgresql(spec: Spec, log: Log, cache_dir: Path) -> Iterator[BenchDatabase]:
    from tests.pg_server import find_pg_bin, running_server

    bin_dir = find_pg_bin()
    if bin_dir is None:
        raise SystemExit(
            "PostgreSQL binaries not found (install postgresql or set ACUPLANNER_PG_BIN)"
        )
    dump = cache_dir / f"{spec.key()}.dump"
    meta_file = _meta_path(cache_dir, spec)
    log("starting a throwaway PostgreSQL cluster on 127.0.0.1…")
    with running_server(bin_dir) as server:
        cached = dump.exists() and meta_file.exists()
        if not cached:
            _prune(cache_dir, spec, log)
            name = server.create_database("benchbuild")
            meta = build(server.url(name), spec, log)
            partial = dump.with_suffix(".partial")
            _run([str(bin_dir / "pg_dump"), "-Fc", "-f", str(partial), "-d", _dsn(server, name)])
            partial.rename(dump)
            meta_file.write_text(json.dumps(meta, indent=2))
            server.drop_database(name)
        meta = json.loads(meta_file.read_text())
        name = server.create_database("bench")
        log("restoring the cached clinic…")
        started = time.monotonic()
        _run([str(bin_dir / "pg_restore"), "-d", _dsn(server, name), "-j", "2", str(dump)])
        _run([str(bin_dir / "psql"), "-q", "-d", _dsn(server, name), "-c", "VACUUM ANALYZE"])
        log(f"  restored in {time.monotonic() - started:.1f} s")
        try:
            yield BenchDatabase(
                server.url(name), meta, cached, {"dump_mb": dump.stat().st_size / 1e6}
            )
        finally:
            server.drop_database(name)


def _dsn(server: Any, name: str) -> str:
    return f"postgresql://{server.superuser}@127.0.0.1:{server.port}/{name}"


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed: {done.stderr.strip()[:500]}")
