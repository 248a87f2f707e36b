"""``python -m bench``: AcuPlanner at clinic scale (issue 9).

Builds (or reuses from ``bench/cache/``) a demo clinic of ``--patients`` patients on
``--engine``, measures every figure many times, prints one table (median, p95, target,
pass/fail) and writes it as JSON (``--out``, default ``bench/results.json``).
``--scale`` measures the figures that must not grow with the clinic at 5,000, 50,000
and 200,000 patients instead, and writes ``bench/scaling.json``. The exit status is 0
whatever the verdicts (a measurement, not a test); 1 only when the harness itself fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import book_figures, felt, processes, service_figures
from bench.databases import BENCH_DIR, CACHE_DIR, DEMO_TODAY, BenchDatabase, Spec, prepared
from bench.stats import Figure, render_table
from planner.storage.database import open_database

SCALE_SIZES = (5_000, 50_000, 200_000)


@dataclass(frozen=True)
class Targets:
    """The issue's targets. On PostgreSQL the figures that make database round trips get
    twice the time (said in the table); documents, ratios and the demo do not."""

    engine: str

    @property
    def factor(self) -> float:
        return 2.0 if self.engine == "postgresql" else 1.0

    def db(self, milliseconds: float) -> float:
        return milliseconds * self.factor


@dataclass(frozen=True)
class Sizes:
    """How many repetitions of each figure."""

    typing_samples: int = 6  # strings typed per kind of search
    search_repeats: int = 2  # service layer: each string typed this many times
    gui_repeats: int = 1
    opens: int = 40
    saves: int = 39  # at most clinic.SAVE_COURSES - 1 (one warms up)
    audits: int = 30
    exports: int = 30
    starts: int = 10  # rounds of the whole-process figures (bench.felt), each command in turn
    book: int = 40  # days, weeks, searches and takings of the appointment book


QUICK = Sizes(
    typing_samples=2,
    search_repeats=1,
    gui_repeats=1,
    opens=5,
    saves=4,
    audits=3,
    exports=3,
    starts=2,
    book=5,
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure_book(
    bench: BenchDatabase, engine: str, sizes: Sizes, *, gui: bool = True
) -> list[Figure]:
    """The appointment book's figures (issue 18) on the prepared database."""
    log("the appointment book: day and week views, booking, free slots, takings…")
    db, _ = open_database(bench.url)
    try:
        figures = book_figures.book_figures(
            db, bench.meta, DEMO_TODAY, sizes.book, Targets(engine).factor, gui=gui
        )
    finally:
        db.dispose()
    return figures


def measure(bench: BenchDatabase, engine: str, sizes: Sizes, *, gui: bool = True) -> list[Figure]:
    """Every figure of the table on the prepared database."""
    targets = Targets(engine)
    meta = bench.meta
    figures: list[Figure] = []
    db, _ = open_database(bench.url)
    try:
        typing = service_figures.typing_for(db, sizes.typing_samples)
    finally:
        db.dispose()
    if gui:
        log("what a person feels: sign-in window, list after the password, memory, screen, export…")
        figures += felt.felt_figures(bench.url, meta["history_patient"], sizes.starts)
        log("GUI: keystrokes and opening the overview…")
        figures += processes.gui_figures(
            bench.url,
            meta["history_patient"],
            typing.kinds(),
            repeats=sizes.gui_repeats,
            runs=sizes.opens,
            keystroke_target=targets.db(30),
            open_target=targets.db(30),
        )
    log("service layer: search, open, save, audit…")
    db, _ = open_database(bench.url)
    try:
        figures += service_figures.search_figures(db, typing, sizes.search_repeats, targets.db(10))
        figures.append(
            service_figures.open_figure(db, meta["history_patient"], sizes.opens, targets.db(30))
        )
        figures += service_figures.save_figure(
            db, meta["save_courses"], DEMO_TODAY, sizes.saves, targets.db(25)
        )
        figures.append(
            service_figures.audit_figure(db, meta["history_patient"], sizes.audits, targets.db(200))
        )
    finally:
        db.dispose()
    figures += measure_book(bench, engine, sizes, gui=gui)
    log("documents…")
    figures += service_figures.export_figures(sizes.exports, {"take-home": 150.0, "report": 300.0})
    cached = "cached build" if bench.cached else "built by this run"
    figures.append(
        Figure(
            f"demo generation, {meta['spec']['patients']:,} patients",
            "s",
            target=120.0,
            kind="median",
            value=float(meta["demo_seconds"]),
            note=f"one build ({cached}, {meta['built_at']}); {meta['sessions']:,} sessions",
        )
    )
    if targets.factor != 1.0:
        for fig in figures:
            if fig.same_target_everywhere or "(warm)" in fig.name:
                continue
            if fig.target is not None and fig.unit == "ms":
                fig.note = (fig.note + "; " if fig.note else "") + "PostgreSQL: target 2×"
    return figures


def _load() -> str:
    """The load average over 1, 5 and 15 minutes (``/proc/loadavg``): other work on the
    machine slows every figure down."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return " ".join(f"{v:.2f}" for v in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def run(args: argparse.Namespace) -> dict[str, Any]:
    started = time.monotonic()
    load_before = _load()
    spec = Spec(args.engine, args.patients, args.seed)
    sizes = QUICK if args.quick else Sizes()
    with prepared(spec, log, cache_dir=args.cache) as bench:
        if args.book_only:
            figures = measure_book(bench, args.engine, sizes, gui=not args.no_gui)
        else:
            figures = measure(bench, args.engine, sizes, gui=not args.no_gui)
    seconds = time.monotonic() - started
    load_after = _load()
    table = render_table(figures)
    heading = (
        f"AcuPlanner bench: {args.patients:,} patients, {args.engine}, seed {args.seed}, "
        f"{os.cpu_count()} CPUs, {dt.date.today().isoformat()}, {seconds:.0f} s\n"
        f"load average (1, 5, 15 min) at start {load_before}, at end {load_after}"
    )
    print(heading)
    print()
    print(table)
    failed = [f.name for f in figures if f.passed is False]
    print()
    print("all figures within target" if not failed else f"{len(failed)} over target")
    result = {
        "heading": heading,
        "engine": args.engine,
        "patients": args.patients,
        "seed": args.seed,
        "cpus": os.cpu_count(),
        "load_average": {"start": load_before, "end": load_after},
        "date": dt.date.today().isoformat(),
        "seconds": round(seconds, 1),
        "database": bench.meta,
        "figures": [f.as_json() for f in figures],
        "table": table,
    }
    _write(args.out, result)
    return result


SCALED = (
    "search per keystroke",
    "open patient overview",
    "save a signed session",
    "audit trail",
    "start → sign-in painted ratio",
    "password submitted → patient list painted",
    "longest event-loop stall",
    "memory once the list has painted ratio",
    "peak memory ratio",
    "screen one case",
    "export a take-home sheet",
)


def run_scale(args: argparse.Namespace) -> dict[str, Any]:
    started = time.monotonic()
    load_before = _load()
    sizes = (
        QUICK
        if args.quick
        else Sizes(typing_samples=4, search_repeats=1, opens=20, saves=15, audits=10, starts=9)
    )
    columns: dict[int, list[Figure]] = {}
    for patients in args.sizes:
        log(f"== {patients:,} patients")
        spec = Spec(args.engine, patients, args.seed)
        with prepared(spec, log, cache_dir=args.cache) as bench:
            figures = measure(bench, args.engine, sizes, gui=not args.no_gui)
        columns[patients] = [f for f in figures if f.name.startswith(SCALED) or "GUI" in f.name]
    table = _scale_table(columns)
    heading = (
        f"AcuPlanner scaling: by clinic size, the number each target bounds (p95, median, "
        f"max or ratio of medians), {args.engine}, {os.cpu_count()} CPUs, "
        f"{time.monotonic() - started:.0f} s\n"
        f"load average (1, 5, 15 min) at start {load_before}, at end {_load()}"
    )
    print(heading)
    print()
    print(table)
    result = {
        "heading": heading,
        "engine": args.engine,
        "sizes": list(columns),
        "load_average": {"start": load_before, "end": _load()},
        "figures": {str(n): [f.as_json() for f in figs] for n, figs in columns.items()},
        "table": table,
    }
    _write(args.out, result)
    return result


def _scale_table(columns: dict[int, list[Figure]]) -> str:
    sizes = list(columns)
    names = [f.name for f in columns[sizes[0]]]
    header = "| figure | " + " | ".join(f"{n:,}" for n in sizes) + " | growth | target |"
    lines = [header, "|---|" + "---:|" * (len(sizes) + 1) + "---|"]
    for name in names:
        values = []
        target = "—"
        unit = "ms"
        for n in sizes:
            match = [f for f in columns[n] if _base(f.name) == _base(name)]
            values.append(match[0].measured if match and match[0].available else math.nan)
            if match:
                target = match[0].target_text()
                unit = "×" if match[0].kind == "ratio" else match[0].unit
        growth = f"{values[-1] / values[0]:.1f}×" if values[0] and values[-1] else "—"
        if "nan" in growth:
            growth = "—"
        cells = " | ".join("n/a" if math.isnan(v) else f"{v:.1f}" for v in values)
        lines.append(f"| {_base(name)} ({unit}) | {cells} | {growth} | {target} |")
    return "\n".join(lines)


def _base(name: str) -> str:
    """The figure's name without the session count (the same patient at every size)."""
    return re.sub(r", \d+ sessions", "", name)


def _write(path: Path, result: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    log(f"written to {path}")


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--patients", type=int, default=50_000, metavar="N")
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="JSON results (default bench/results.json)")
    parser.add_argument("--cache", type=Path, default=CACHE_DIR, help="cached databases")
    parser.add_argument("--quick", action="store_true", help="few repetitions (for tests)")
    parser.add_argument("--no-gui", action="store_true", help="service-layer figures only")
    parser.add_argument("--scale", action="store_true", help="the scaling table instead")
    parser.add_argument(
        "--book-only", action="store_true", help="the appointment book's figures only"
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(SCALE_SIZES), help="sizes for --scale"
    )
    args = parser.parse_args(argv)
    if args.out is None:
        args.out = BENCH_DIR / ("scaling.json" if args.scale else "results.json")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if args.scale:
        run_scale(args)
    else:
        run(args)
    return 0
