"""The architecture checks itself: import contracts, no import cycles, a plain-Python domain.

The contracts live in pyproject.toml (``[tool.importlinter]``) and ``make lint`` runs them
with ``lint-imports``; running them here too makes a broken contract fail the test suite.
The cycle check walks grimp's graph of every module of ``planner`` (Tarjan's strongly
connected components): any group of modules that import each other, directly or round a
loop, is reported.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("planner", include_external_packages=True, cache_dir=None)


def test_the_import_contracts_are_kept() -> None:
    # In a process of its own: import-linter changes the logging set-up of the process it
    # runs in, which later tests in this worker rely on (tests/ui/test_errors.py).
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command as c; "
            "sys.exit(c(['--no-cache', '--config', 'pyproject.toml']))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert "0 broken" in report


def strongly_connected(edges: Mapping[str, Sequence[str]]) -> Iterator[list[str]]:
    """Tarjan's algorithm, iterative: each group of two or more modules in a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges.get(child, ()))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    yield sorted(group)


def test_tarjan_finds_a_cycle_and_ignores_a_chain() -> None:
    edges = {"a": ["b"], "b": ["c"], "c": ["a", "d"], "d": [], "e": ["d"]}
    assert list(strongly_connected(edges)) == [["a", "b", "c"]]


def test_no_module_of_planner_is_in_an_import_cycle(graph: grimp.ImportGraph) -> None:
    ours = sorted(m for m in graph.modules if m == "planner" or m.startswith("planner."))
    edges = {
        m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i in ours) for m in ours
    }
    assert list(strongly_connected(edges)) == []


def test_the_models_do_not_import_the_guards(graph: grimp.ImportGraph) -> None:
    # The guards are installed with each Database (planner.storage.database), not on import.
    assert not graph.chain_exists(
        "planner.storage.models", "planner.storage.guards", as_packages=True
    )


def test_the_domain_imports_the_standard_library_alone(graph: grimp.ImportGraph) -> None:
    domain = graph.find_descendants("planner.domain") | {"planner.domain"}
    outside = {
        (module, imported)
        for module in domain
        for imported in graph.find_modules_directly_imported_by(module)
        if not imported.startswith("planner")
        and imported.split(".")[0] not in sys.stdlib_module_names
    }
    assert outside == set()


MAX_MODULE_LINES = 450  # a newcomer reads a module whole; past this it holds two ideas


def test_no_module_of_planner_is_longer_than_450_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "planner").rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"split these by meaning: {long}"
