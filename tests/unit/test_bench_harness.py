"""The benchmark harness runs end to end on a tiny clinic (no timings are checked here:
``make bench`` measures; this only proves the harness works)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _bench(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "bench", "--patients", "200", "--quick"]
    command += ["--cache", str(tmp_path / "cache"), "--out", str(tmp_path / "results.json")]
    return subprocess.run(
        [*command, *extra], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600
    )


def test_the_harness_measures_every_figure_and_reuses_its_database(tmp_path: Path) -> None:
    first = _bench(tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "| figure | n | median | p95 | target | result | note |" in first.stdout
    result = json.loads((tmp_path / "results.json").read_text())
    figures = {f["name"]: f for f in result["figures"]}
    expected = (
        "screen one case, whole process",
        "export a take-home sheet, whole process, sign-in included",
        "search per keystroke: name prefix (service)",
        "search per keystroke: phone (service)",
        "search keystroke to list painted: date of birth (GUI)",
        "open patient overview, 30 sessions (GUI)",
        "open patient overview, 30 sessions (service)",
        "save a signed session, 20 points",
        "audit trail filtered by patient",
        "take-home PDF (warm)",
        "clinical report, 12 sessions (warm)",
        "demo generation, 200 patients",
    )
    for name in expected:
        figure = figures[name]
        assert figure["target"] is not None and figure["passed"] in (True, False), name
        assert math.isfinite(figure["median"]) and figure["median"] > 0, name
    felt = (  # n/a with the reason while the app lacks what they read (issue 20)
        "start → sign-in painted ratio app / bare",
        "password submitted → patient list painted",
        "longest event-loop stall, first paint → list painted",
        "memory once the list has painted ratio app / bare peak",
    )
    for name in felt:
        figure = figures[name]
        assert figure["target"] is not None, name
        if figure["missing"] is None:
            assert figure["passed"] in (True, False) and figure["median"] > 0, name
        else:
            assert figure["passed"] is None and "| n/a |" in first.stdout, name
    assert figures["peak memory ratio app / bare"]["target"] is None  # argon2id: by design
    assert "load average (1, 5, 15 min) at start" in first.stdout
    assert figures["search per keystroke: phone (service)"]["n"] > 10  # one per keystroke
    floor = "cold start: floor (bare window + SQLAlchemy ORM import + argon2id check)"
    assert figures[floor]["median"] > 0 and figures[floor]["target"] is None
    assert "built by this run" in figures["demo generation, 200 patients"]["note"]
    assert list((tmp_path / "cache").glob("sqlite-200p-seed1-*.sqlite3"))

    again = _bench(tmp_path, "--no-gui")
    assert again.returncode == 0, again.stderr[-3000:]
    result = json.loads((tmp_path / "results.json").read_text())
    demo = next(f for f in result["figures"] if f["name"].startswith("demo generation"))
    assert "cached build" in demo["note"]
    assert not list((tmp_path / "work").glob("*.sqlite3"))  # the working copy is gone
