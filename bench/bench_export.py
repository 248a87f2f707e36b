"""Warm, in-process timing of the documents (issue 7 targets: a take-home sheet under
150 ms, a 12-session clinical report under 300 ms). Not a test: prints medians.

    .venv/bin/python -m bench.bench_export [--runs 30]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from planner.export import render_clinical_report, render_receipt, render_take_home
from tests.unit.export import samples

TARGETS_MS = {"take-home sheet": 150.0, "receipt (6 sessions)": None, "clinical report": 300.0}


def _median_ms(work: Callable[[], object], runs: int) -> tuple[float, float]:
    work()  # warm: fonts registered, catalog loaded, code paths imported
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def jobs() -> dict[str, Callable[[], object]]:
    """The documents to time (also used by ``python -m bench``)."""
    sheet = samples.take_home(session=6)
    receipt = samples.receipt(6)
    report = samples.clinical_report(12)
    return {
        "take-home sheet": lambda: render_take_home(sheet),
        "receipt (6 sessions)": lambda: render_receipt(receipt),
        "clinical report": lambda: render_clinical_report(report),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    for name, job in jobs().items():
        median, worst = _median_ms(job, runs)
        target = TARGETS_MS[name]
        verdict = (
            ""
            if target is None
            else f"  target {target:.0f} ms: " + ("ok" if median < target else "SLOW")
        )
        print(f"{name:22s} median {median:6.1f} ms  max {worst:6.1f} ms{verdict}")


if __name__ == "__main__":
    main()
