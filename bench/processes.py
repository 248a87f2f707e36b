"""Figures that need a process of their own: cold start, peak memory, the GUI probe."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.stats import Figure

ROOT = Path(__file__).resolve().parents[1]
DEMO_USER, DEMO_PASSWORD = "practitioner", "demo-password-1"


@dataclass(frozen=True)
class Run:
    wall_ms: float
    peak_rss_mb: float  # the child's own peak resident set (VmHWM), from wait4
    last_rss_mb: float  # its resident set at the launcher's last look before it ended
    exit_code: int
    stdout: str
    stderr: str


def run_child(cmd: list[str], env: dict[str, str], timeout: float = 120) -> Run:
    """Run ``cmd`` to the end through :mod:`bench.spawn`: its wall time from
    spawn to exit and its own peak memory."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as folder,
    ):
        report = Path(folder) / "run.json"
        launcher = [sys.executable, str(ROOT / "bench" / "spawn.py"), str(report), "--"]
        subprocess.run(
            launcher + cmd, stdout=out, stderr=err, env=env, cwd=ROOT, timeout=timeout, check=True
        )
        measured = json.loads(report.read_text())
        out.seek(0)
        err.seek(0)
        return Run(
            measured["wall_ms"],
            measured["peak_kb"] / 1024,  # ru_maxrss is in KiB on Linux
            measured["last_kb"] / 1024,
            measured["exit_code"],
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
        )


def child_env(home: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ACUPLANNER_HOME": str(home),
        "ACUPLANNER_USER": DEMO_USER,
        "ACUPLANNER_PASSWORD": DEMO_PASSWORD,
        "PYTHONPATH": str(ROOT),
    }
    env.pop("ACUPLANNER_DATABASE_URL", None)
    return env


def startup_figures(url: str, rounds: int, ratio_target: float) -> list[Figure]:
    """Cold start to the painted main window (``--smoke-test`` signed in as the demo
    practitioner) against a bare PySide6 window and the floor window
    (:mod:`bench.floor_window`), started in turn, ``rounds`` each; and the peak
    memory of all three."""
    home = Path(tempfile.mkdtemp(prefix="acuplanner-bench-home-"))
    env = child_env(home)
    app_cmd = [sys.executable, "main.py", "--database", url, "--smoke-test"]
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    floor_cmd = [sys.executable, str(ROOT / "bench" / "floor_window.py")]
    # As installed: pip byte-compiles a package it installs, and a checkout's first start
    # writes its bytecode cache, unless PYTHONDONTWRITEBYTECODE is set (as in some
    # sandboxes) — then every start would compile AcuPlanner's source again.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "planner"), str(ROOT / "db")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    run_child(bare_cmd, env)  # warm the file cache for all three
    run_child(floor_cmd, env)
    first = run_child(app_cmd, env)
    if first.exit_code != 0:
        raise RuntimeError(f"the smoke test failed: {first.stderr.strip()[-500:]}")
    apps, bares, floors = [], [], []
    for _ in range(rounds):
        bares.append(run_child(bare_cmd, env))
        floors.append(run_child(floor_cmd, env))
        apps.append(run_child(app_cmd, env))
        assert apps[-1].exit_code == 0, apps[-1].stderr
    app_ms = [r.wall_ms for r in apps]
    bare_ms = [r.wall_ms for r in bares]
    own = [_startup_ms(r.stdout) for r in apps]
    app_mb = [r.peak_rss_mb for r in apps]
    bare_mb = [r.peak_rss_mb for r in bares]
    floor_ms = [r.wall_ms for r in floors]
    floor_mb = [r.peak_rss_mb for r in floors]
    time_ratio = statistics.median(app_ms) / statistics.median(bare_ms)
    memory_ratio = statistics.median(app_mb) / statistics.median(bare_mb)
    floor_time = statistics.median(floor_ms) / statistics.median(bare_ms)
    floor_memory = statistics.median(floor_mb) / statistics.median(bare_mb)
    return [
        Figure(
            "cold start to painted main window (app)",
            "ms",
            app_ms,
            kind="info",
            note=f"process wall time; the app's own startup_ms median "
            f"{statistics.median(own):.0f}; signs in (argon2id check included); bytecode "
            "compiled, as installed",
        ),
        Figure("cold start: bare PySide6 window", "ms", bare_ms, kind="info"),
        Figure(
            "cold start: floor (bare window + SQLAlchemy ORM import + argon2id check)",
            "ms",
            floor_ms,
            kind="info",
            note=f"no AcuPlanner code; {floor_time:.2f}× the bare window by itself",
        ),
        Figure(
            "cold start ratio app / bare",
            "×",
            kind="ratio",
            target=ratio_target,
            value=time_ratio,
            note=f"ratio of medians; app / floor {time_ratio / floor_time:.2f}×",
        ),
        Figure(
            "peak memory (app, database open)",
            "MB",
            app_mb,
            kind="info",
            note="VmHWM; includes the argon2id check's 64 MiB buffer during sign-in",
        ),
        Figure(
            "memory after first paint (app)",
            "MB",
            [r.last_rss_mb for r in apps],
            kind="info",
            note=f"VmRSS at exit; bare window {_median_last(bares):.0f} MB",
        ),
        Figure("peak memory: bare PySide6 window", "MB", bare_mb, kind="info"),
        Figure(
            "peak memory: floor (bare window + SQLAlchemy ORM import + argon2id check)",
            "MB",
            floor_mb,
            kind="info",
            note=f"no AcuPlanner code; {floor_memory:.2f}× the bare window by itself",
        ),
        Figure(
            "peak memory ratio app / bare",
            "×",
            kind="ratio",
            target=ratio_target,
            value=memory_ratio,
            note=f"ratio of medians; app / floor {memory_ratio / floor_memory:.2f}×",
        ),
    ]


def _median_last(runs: list[Run]) -> float:
    return statistics.median(r.last_rss_mb for r in runs)


def _startup_ms(stdout: str) -> float:
    for line in stdout.splitlines():
        if line.startswith("startup_ms="):
            return float(line.split("=", 1)[1])
    return float("nan")


def gui_figures(
    url: str,
    patient_id: int,
    typing: dict[str, list[str]],
    *,
    repeats: int,
    runs: int,
    keystroke_target: float,
    open_target: float,
) -> list[Figure]:
    home = Path(tempfile.mkdtemp(prefix="acuplanner-bench-home-"))
    cmd = [
        sys.executable,
        "-m",
        "bench.gui_probe",
        "--database",
        url,
        "--patient",
        str(patient_id),
        "--typing",
        json.dumps(typing),
        "--repeats",
        str(repeats),
        "--runs",
        str(runs),
    ]
    run = run_child(cmd, child_env(home), timeout=900)
    if run.exit_code != 0:
        raise RuntimeError(f"the GUI probe failed: {run.stderr.strip()[-1500:]}")
    result = json.loads(run.stdout.strip().splitlines()[-1])
    figures = [
        Figure(
            f"search keystroke to list painted: {kind} (GUI)",
            "ms",
            samples,
            keystroke_target,
            note="QTest key → search → table repainted; 150 ms typing pause not counted",
        )
        for kind, samples in result["keystrokes"].items()
    ]
    figures.append(
        Figure(
            f"open patient overview, {result['sessions']} sessions (GUI)",
            "ms",
            result["open"],
            open_target,
            note="MainWindow.open_patient → overview repainted",
        )
    )
    return figures
