"""The bench's figures and tables, without running anything (no timing is checked)."""

from __future__ import annotations

import math

from bench.felt import _printed, _shown
from bench.processes import Run
from bench.runner import _scale_table
from bench.stats import Figure, render_table


def _run(stdout: str) -> Run:
    return Run(100.0, 80.0, 60.0, 0, stdout, "")


def test_a_max_figure_is_bounded_by_its_largest_sample() -> None:
    figure = Figure("stall", "ms", [3.0, 70.0, 5.0], 50.0, kind="max")
    assert figure.measured == 70.0 and figure.passed is False
    assert figure.target_text() == "max ≤ 50.0 ms"


def test_a_figure_not_measured_reads_not_available_and_never_fails() -> None:
    figure = Figure("list", "ms", [], 250.0, missing="no signin_to_list_ms")
    assert figure.passed is None and not figure.available
    row = render_table([figure]).splitlines()[-1]
    assert "| n/a |" in row and "not available: no signin_to_list_ms" in row
    assert figure.as_json()["missing"] == "no signin_to_list_ms"
    assert figure.as_json()["n"] == 0


def test_the_smoke_tests_printed_figures_are_read_one_per_run() -> None:
    runs = [
        _run("startup_ms=812\nsignin_to_list_ms=143\nmax_stall_ms=21\n"),
        _run("signin_to_list_ms=nope\n"),
        _run("startup_ms=790\n"),
    ]
    assert _printed(runs, "signin_to_list_ms") == [143.0]
    assert _printed(runs, "startup_ms") == [812.0, 790.0]
    assert _printed(runs, "max_stall_ms") == [21.0]


def test_a_refused_command_is_shown_without_its_database() -> None:
    cmd = ["/venv/bin/python", "main.py", "--database", "/x.sqlite3", "--smoke-test=sign-in"]
    assert _shown(cmd) == "acuplanner --smoke-test=sign-in"


def test_the_scaling_table_has_units_and_not_available_cells() -> None:
    def column(ms: float, missing: str = "") -> list[Figure]:
        return [
            Figure("screen one case, whole process", "ms", [ms], 150.0, kind="median"),
            Figure("memory ratio", "×", kind="ratio", target=2.0, value=1.5),
            Figure("list", "ms", [] if missing else [ms], 250.0, missing=missing),
        ]

    table = _scale_table({5_000: column(100.0), 200_000: column(120.0, "refused")})
    lines = table.splitlines()
    assert "| screen one case, whole process (ms) | 100.0 | 120.0 | 1.2× |" in lines[2]
    assert lines[3].startswith("| memory ratio (×) | 1.5 | 1.5 |")
    assert "| list (ms) | 100.0 | n/a | — |" in lines[4]
    assert not math.isnan(column(1.0)[1].measured)
