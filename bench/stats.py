"""Figures of the benchmark: samples, median and p95, the target and the verdict, and the
table they print as.

A figure is a distribution over many repetitions (one sample per keystroke, per open,
per save, per process start…), except the demo build, which is one run and says so.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 20 samples is the 19th smallest)."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Figure:
    """One row of the table.

    ``kind`` says what the target bounds: ``p95`` (the 95th percentile of the samples),
    ``median``, ``max`` (the largest sample), ``ratio`` (``value``, a ratio of two
    medians, must be ≤ target) or ``info`` (no target: shown for comparison).

    A figure that could not be measured this run (say, an option the app does not have
    yet) has no samples and no value, and ``missing`` says why: the table shows it as
    "n/a" with the reason, never as a failure. ``same_target_everywhere``: the target
    is the same on PostgreSQL (what a person waits for, not a database round trip).
    """

    name: str
    unit: str
    samples: list[float] = field(default_factory=list)
    target: float | None = None
    kind: str = "p95"
    note: str = ""
    value: float | None = None  # for ratios and single runs
    missing: str = ""  # why it was not measured (the row reads "n/a")
    same_target_everywhere: bool = False

    @property
    def median(self) -> float:
        if self.value is not None and not self.samples:
            return self.value
        return statistics.median(self.samples) if self.samples else math.nan

    @property
    def p95(self) -> float:
        if self.value is not None and not self.samples:
            return self.value
        return percentile(self.samples, 0.95)

    @property
    def measured(self) -> float:
        """The number the target applies to."""
        if self.kind == "ratio" or (self.value is not None and not self.samples):
            return self.value if self.value is not None else math.nan
        if self.kind == "max":
            return max(self.samples) if self.samples else math.nan
        return self.median if self.kind == "median" else self.p95

    @property
    def available(self) -> bool:
        return not self.missing and not math.isnan(self.measured)

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.kind == "info" or not self.available:
            return None
        return bool(self.measured <= self.target)

    def target_text(self) -> str:
        if self.target is None or self.kind == "info":
            return "—"
        what = {"p95": "p95", "median": "median", "max": "max", "ratio": ""}.get(
            self.kind, self.kind
        )
        unit = "×" if self.kind == "ratio" else f" {self.unit}"
        return f"{what} ≤ {_number(self.target)}{unit}".strip()

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "n": len(self.samples) if self.samples else (0 if self.missing else 1),
            "median": _finite(self.median),
            "p95": _finite(self.p95),
            "kind": self.kind,
            "target": self.target,
            "target_text": self.target_text(),
            "passed": self.passed,
            "missing": self.missing or None,
            "note": self.note,
        }


def _finite(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 3)


def _number(value: float) -> str:
    if math.isnan(value):
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def render_table(figures: Sequence[Figure]) -> str:
    """A Markdown table: figure, n, median, p95, target, verdict, note."""
    lines = [
        "| figure | n | median | p95 | target | result | note |",
        "|---|---:|---:|---:|---|---|---|",
    ]
    for fig in figures:
        unit = "×" if fig.kind == "ratio" else f" {fig.unit}"
        n = str(len(fig.samples)) if fig.samples else "1"
        if fig.kind == "ratio" and not fig.samples:
            median, p95 = _number(fig.median) + unit, "—"
        else:
            median, p95 = _number(fig.median) + unit, _number(fig.p95) + unit
        verdict = {None: "", True: "pass", False: "**FAIL**"}[fig.passed]
        note = fig.note
        if fig.missing:
            n, median, p95, verdict = "0", "—", "—", "n/a"
            note = f"not available: {fig.missing}" + (f"; {note}" if note else "")
        lines.append(
            f"| {fig.name} | {n} | {median} | {p95} | {fig.target_text()} | {verdict} | {note} |"
        )
    return "\n".join(lines)


class Stopwatch:
    """Collects milliseconds: ``with watch.lap(): work()``."""

    def __init__(self) -> None:
        self.samples: list[float] = []

    @contextmanager
    def lap(self) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.samples.append((time.perf_counter() - start) * 1000)


def time_ms(work: Callable[[], object], runs: int, *, warm: int = 1) -> list[float]:
    """``runs`` timings of ``work`` in milliseconds, after ``warm`` untimed calls."""
    for _ in range(warm):
        work()
    watch = Stopwatch()
    for _ in range(runs):
        with watch.lap():
            work()
    return watch.samples
