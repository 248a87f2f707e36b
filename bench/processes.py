"""Running a process of its own (:mod:`bench.spawn`), and the GUI probe's figures; the
whole-process figures are :mod:`bench.felt`'s."""

from __future__ import annotations

import json
import os
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
