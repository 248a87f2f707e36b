"""The issue's "done when", end to end through the command line, on both engines:
demo, then check prints ok, then --smoke-test paints the window and exits 0."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.integration.test_cli import run_cli

pytestmark = pytest.mark.both_engines  # the whole CLI on each engine


def test_demo_check_and_smoke_test(db_url: str, backend: str, tmp_path: Path) -> None:
    demo = run_cli("--database", db_url, "demo", "--patients", "60", "--seed", "7", home=tmp_path)
    assert demo.returncode == 0, demo.stderr
    check = run_cli("--database", db_url, "check", home=tmp_path)
    assert (check.returncode, check.stdout.strip()) == (0, "ok"), check.stdout + check.stderr
    smoke = run_cli("--database", db_url, "--smoke-test", home=tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    assert re.fullmatch(r"startup_ms=\d+", smoke.stdout.strip())
    if backend == "sqlite":
        with closing(sqlite3.connect(db_url)) as connection:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
