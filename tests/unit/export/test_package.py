"""planner.export stays free of Qt and the database, and cheap to import for its data."""

from __future__ import annotations

import subprocess
import sys

import planner.export


def _modules_after(statement: str) -> set[str]:
    script = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    return set(done.stdout.split())


def test_documents_use_neither_qt_nor_the_database() -> None:
    loaded = _modules_after(
        "from planner.export import render_take_home, render_receipt, "
        "render_clinical_report, write_atomic"
    )
    assert "reportlab" in loaded
    assert not {name for name in loaded if name.startswith(("PySide6", "sqlalchemy"))}


def test_the_input_data_loads_without_reportlab() -> None:
    loaded = _modules_after("import planner.export.model")
    assert not {name for name in loaded if name.startswith("reportlab")}


def test_every_public_name_resolves() -> None:
    for name in planner.export.__all__:
        assert getattr(planner.export, name) is not None
