"""What a person feels (issue 20), each measured as a whole process, in turns.

Every round starts, one after the other: the bare PySide6 window, the floor window
(:mod:`bench.floor_window`), a bare Python process, AcuPlanner up to its painted sign-in
window (``--smoke-test=sign-in``), AcuPlanner signed in to its painted patient list
(``--smoke-test`` with ``ACUPLANNER_USER``/``ACUPLANNER_PASSWORD``: it submits them as a
person typing would, then prints ``signin_to_list_ms=N`` and ``max_stall_ms=N``),
``acuplanner screen`` on one case and ``acuplanner export`` of a take-home sheet. Taking
them in turn puts the machine's load on all of them alike; the ratios are to the bare
window measured in the same rounds.

A command this build of the app refuses (an option not there yet) is not a failure of
the harness: its figures read "n/a" with the reason.
"""

from __future__ import annotations

import json
import math
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from bench.processes import ROOT, Run, child_env, run_child
from bench.stats import Figure, percentile
from planner.storage.database import open_database

SIGN_IN_RATIO = 1.5  # start → sign-in painted, × the bare window
SIGNIN_TO_LIST_MS = 250.0  # p95
MAX_STALL_MS = 50.0  # the longest stall of any run
LIST_MEMORY_RATIO = 2.0  # resident memory with the list painted, × the bare window's peak
SCREEN_MS = 150.0  # median, whole process
EXPORT_MS = 1000.0  # median, whole process, sign-in included

FLOOR = "floor (bare window + SQLAlchemy ORM import + argon2id check)"
# One safety case (tests/unit/domain/test_screen_command.py's example): six findings.
SCREEN_CASE = {
    "age": 34,
    "pregnant": True,
    "gestation_weeks": 20,
    "conditions": ["implanted_device"],
    "medications": ["Eliquis 5 mg"],
    "red_flags": ["fever"],
    "techniques": ["local_needling", "cupping"],
    "cupping_type": "wet",
    "points": ["BL23", "LI4"],
}


def take_home_session(url: str, patient_id: int) -> int | None:
    """The newest signed session of ``patient_id`` (the bench's history patient)."""
    db, _ = open_database(url)
    try:
        with db.engine.connect() as connection:
            found = connection.execute(
                text(
                    "SELECT s.id FROM treatment_session s JOIN course c ON c.id = s.course_id "
                    "WHERE c.patient_id = :patient AND s.signed_at IS NOT NULL "
                    "ORDER BY s.id DESC LIMIT 1"
                ),
                {"patient": patient_id},
            ).scalar()
    finally:
        db.dispose()
    return int(found) if found is not None else None


def commands(
    url: str, folder: Path, patient_id: int, session_id: int | None
) -> dict[str, list[str]]:
    python, main = sys.executable, "main.py"
    case = folder / "case.json"
    case.write_text(json.dumps(SCREEN_CASE), encoding="utf-8")
    cmds = {
        "bare": [python, str(ROOT / "bench" / "bare_window.py")],
        "floor": [python, str(ROOT / "bench" / "floor_window.py")],
        "python": [python, "-c", "pass"],
        "sign-in": [python, main, "--database", url, "--smoke-test=sign-in"],
        "list": [python, main, "--database", url, "--smoke-test"],
        "screen": [python, main, "screen", str(case)],
    }
    if session_id is not None:
        cmds["export"] = [
            python, main, "--database", url, "export", "--patient", str(patient_id),
            "--document", "take-home", "--session", str(session_id),
            "--out", str(folder / "take-home.pdf"), "--force",
        ]  # fmt: skip
    return cmds


class Rounds:
    """Each command's runs; a command that fails is left out, and says why."""

    def __init__(self, cmds: dict[str, list[str]], env: dict[str, str]) -> None:
        self.cmds, self.env = cmds, env
        self.runs: dict[str, list[Run]] = {name: [] for name in cmds}
        self.missing: dict[str, str] = {}
        self.failures: dict[str, list[str]] = {name: [] for name in cmds}

    def warm(self) -> None:
        """One untimed run of each (the file cache, and whether the app accepts it)."""
        for name, cmd in self.cmds.items():
            run = run_child(cmd, self.env)
            if run.exit_code != 0:
                self.missing[name] = f"`{_shown(cmd)}` exits {run.exit_code}: {_last(run)}"

    def measure(self, rounds: int) -> None:
        for _ in range(rounds):
            for name, cmd in self.cmds.items():
                if name in self.missing:
                    continue
                run = run_child(cmd, self.env)
                if run.exit_code == 0:
                    self.runs[name].append(run)
                else:
                    self.failures[name].append(f"exit {run.exit_code}: {_last(run)}")

    def ms(self, name: str) -> list[float]:
        return [r.wall_ms for r in self.runs[name]]

    def why(self, name: str) -> str:
        if name not in self.cmds:
            return "no signed session to export"
        if name in self.missing:
            return self.missing[name]
        return "" if self.runs[name] else "; ".join(self.failures[name][:1]) or "no run"

    def note(self, name: str, note: str = "") -> str:
        failed = self.failures.get(name, [])
        if failed:
            note += f"{'; ' if note else ''}{len(failed)} run(s) failed, left out: {failed[0]}"
        return note


def felt_figures(url: str, patient_id: int, rounds: int) -> list[Figure]:
    """The issue's figures, ``rounds`` runs of every command (9 or more for the bench)."""
    home = Path(tempfile.mkdtemp(prefix="acuplanner-bench-home-"))
    folder = Path(tempfile.mkdtemp(prefix="acuplanner-bench-files-"))
    # As installed: pip byte-compiles a package it installs, and a checkout's first start
    # writes its bytecode cache, unless PYTHONDONTWRITEBYTECODE is set (as in some
    # sandboxes) — then every start would compile AcuPlanner's source again.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "planner"), str(ROOT / "db")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    cmds = commands(url, folder, patient_id, take_home_session(url, patient_id))
    runs = Rounds(cmds, child_env(home))
    runs.warm()
    if "bare" in runs.missing:
        raise RuntimeError(f"the bare window failed: {runs.missing['bare']}")
    runs.measure(rounds)
    return start_figures(runs) + list_figures(runs) + command_figures(runs)


def start_figures(runs: Rounds) -> list[Figure]:
    bare, app = runs.ms("bare"), runs.ms("sign-in")
    floor = runs.ms("floor")
    missing = runs.why("sign-in")
    ratio = _ratio(statistics.median, app, bare)
    p95_ratio = _ratio(_p95, app, bare)
    own = _printed(runs.runs["sign-in"], "startup_ms")
    return [
        Figure(
            "start → sign-in window painted (app)",
            "ms",
            app,
            kind="info",
            missing=missing,
            note=runs.note("sign-in", "whole process, `--smoke-test=sign-in`" + _own(own)),
        ),
        Figure("cold start: bare PySide6 window", "ms", bare, kind="info"),
        Figure(
            f"cold start: {FLOOR}",
            "ms",
            floor,
            kind="info",
            note=f"no AcuPlanner code; {_ratio(statistics.median, floor, bare):.2f}× the bare "
            "window by itself",
        ),
        Figure(
            "start → sign-in painted ratio app / bare",
            "×",
            kind="ratio",
            target=SIGN_IN_RATIO,
            value=None if missing else ratio,
            missing=missing,
            same_target_everywhere=True,
            note="ratio of medians" + ("" if missing else f"; of p95s {p95_ratio:.2f}×"),
        ),
    ]


def list_figures(runs: Rounds) -> list[Figure]:
    listed = runs.runs["list"]
    missing = runs.why("list")
    to_list = _printed(listed, "signin_to_list_ms")
    stalls = _printed(listed, "max_stall_ms")
    not_printed = "this app's `--smoke-test` prints no {}"
    last_mb = [r.last_rss_mb for r in listed]
    peak_mb = [r.peak_rss_mb for r in listed]
    bare_peak = [r.peak_rss_mb for r in runs.runs["bare"]]
    floor_peak = [r.peak_rss_mb for r in runs.runs["floor"]]
    whole = [r.wall_ms for r in listed]
    return [
        Figure(
            "password submitted → patient list painted",
            "ms",
            to_list,
            SIGNIN_TO_LIST_MS,
            missing=missing or ("" if to_list else not_printed.format("signin_to_list_ms")),
            same_target_everywhere=True,
            note=runs.note("list", "`signin_to_list_ms` of `--smoke-test`, one per process"),
        ),
        Figure(
            "longest event-loop stall, first paint → list painted",
            "ms",
            stalls,
            MAX_STALL_MS,
            kind="max",
            missing=missing or ("" if stalls else not_printed.format("max_stall_ms")),
            same_target_everywhere=True,
            note="`max_stall_ms` of `--smoke-test` (heartbeat timer); the largest of all runs",
        ),
        Figure(
            "whole smoke test, start → list painted (app)",
            "ms",
            whole,
            kind="info",
            missing=missing,
            note="process wall time, the typing pause before the password included"
            + _own(_printed(listed, "startup_ms")),
        ),
        Figure(
            "memory once the list has painted (app)",
            "MB",
            last_mb,
            kind="info",
            missing=missing,
            note="VmRSS at the launcher's last look (every 5 ms) before the smoke test exits",
        ),
        Figure(
            "memory once the list has painted ratio app / bare peak",
            "×",
            kind="ratio",
            target=LIST_MEMORY_RATIO,
            value=None if missing else _ratio(statistics.median, last_mb, bare_peak),
            missing=missing,
            same_target_everywhere=True,
            note="median VmRSS with the list painted / median VmHWM of the bare window",
        ),
        Figure(
            "peak memory (app, sign-in and list)",
            "MB",
            peak_mb,
            kind="info",
            missing=missing,
            note="VmHWM; argon2id's 64 MiB buffer during the password check, by design",
        ),
        Figure("peak memory: bare PySide6 window", "MB", bare_peak, kind="info"),
        Figure(
            f"peak memory: {FLOOR}",
            "MB",
            floor_peak,
            kind="info",
            note=f"no AcuPlanner code; {_ratio(statistics.median, floor_peak, bare_peak):.2f}× "
            "the bare window by itself",
        ),
        Figure(
            "peak memory ratio app / bare",
            "×",
            kind="ratio",
            value=None if missing else _ratio(statistics.median, peak_mb, bare_peak),
            missing=missing,
            note="ratio of medians; for information (argon2id's peak is by design)",
        ),
    ]


def command_figures(runs: Rounds) -> list[Figure]:
    return [
        Figure(
            "bare Python process",
            "ms",
            runs.ms("python"),
            kind="info",
            note="`python -c pass`: the least any command costs",
        ),
        Figure(
            "screen one case, whole process",
            "ms",
            runs.ms("screen"),
            SCREEN_MS,
            kind="median",
            missing=runs.why("screen"),
            same_target_everywhere=True,
            note=runs.note("screen", "`acuplanner screen CASE.json`, six findings"),
        ),
        Figure(
            "export a take-home sheet, whole process, sign-in included",
            "ms",
            runs.ms("export") if "export" in runs.cmds else [],
            EXPORT_MS,
            kind="median",
            missing=runs.why("export"),
            same_target_everywhere=True,
            note=runs.note("export", "`acuplanner export --document take-home --session ID`"),
        ),
    ]


def _printed(runs: list[Run], key: str) -> list[float]:
    """``key=N`` lines of the runs' standard output, one value per run that printed it."""
    values = []
    for run in runs:
        for line in run.stdout.splitlines():
            name, _, value = line.strip().partition("=")
            if name == key:
                try:
                    values.append(float(value))
                except ValueError:
                    continue
                break
    return values


def _p95(samples: list[float]) -> float:
    return percentile(samples, 0.95)


def _ratio(stat: Callable[[list[float]], float], top: list[float], bottom: list[float]) -> float:
    if not top or not bottom:
        return math.nan
    return stat(top) / stat(bottom)


def _own(values: list[float]) -> str:
    return f"; the app's own startup_ms median {statistics.median(values):.0f}" if values else ""


def _last(run: Run) -> str:
    lines = [line for line in run.stderr.strip().splitlines() if line.strip()]
    return lines[-1][-300:] if lines else "(nothing on standard error)"


def _shown(cmd: list[str]) -> str:
    """``acuplanner --smoke-test=sign-in`` (no interpreter, no database URL)."""
    words = cmd[2:] if cmd[1:2] == ["main.py"] else cmd[1:]
    if words[:1] == ["--database"]:
        words = words[2:]
    return " ".join(["acuplanner", *words])
