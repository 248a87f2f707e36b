"""Start-up loads only what it needs (issue 9): a database already at head is opened
without Alembic, and the signed-in main window paints without ReportLab, QtCharts, QtPdf,
Qt's printing, the documents service, Alembic, or the windows a user opens later (course,
session, intake, patient form, administration, room, clinic progress), which load when
first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.domain.vocab import Role
from planner.services.accounts import AccountService, Profile
from planner.services.actor import command_line_actor
from planner.services.audit import AuditTrail
from planner.storage import migrations
from planner.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "startup-imports-pw-1"
LAZY = (
    "alembic",
    "mako",
    "reportlab",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "planner.services.documents",
    "planner.ui.documents.window",
    "planner.ui.admin.audit",
    "planner.ui.plan.editor",
    "planner.ui.session.window",
    "planner.ui.intake.window",
    "planner.ui.progress.clinic",
    "planner.ui.registration.dialog",
    "planner.ui.room.window",
)


def test_the_head_read_from_the_revision_files_is_alembics() -> None:
    assert migrations._head_from_files() == migrations.head_revision()


def test_a_database_at_head_opens_without_alembic(tmp_path: Path) -> None:
    path = str(tmp_path / "at-head.sqlite3")
    database, created = open_database(path)  # the first start creates the schema
    database.dispose()
    assert created.from_revision is None
    code = (
        "import sys\n"
        "from planner.storage.database import open_database\n"
        f"db, result = open_database({path!r})\n"
        "db.dispose()\n"
        "assert result.from_revision == result.to_revision, result\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.slow
def test_the_main_window_paints_without_lazy_modules(tmp_path: Path) -> None:
    path = str(tmp_path / "smoke.sqlite3")
    db, _ = open_database(path)
    try:
        AccountService(db, AuditTrail()).add_user(
            command_line_actor(), "wei", PASSWORD, [Role.PRACTITIONER], Profile("Wei Chen")
        )
    finally:
        db.dispose()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ACUPLANNER_HOME": str(tmp_path / "home"),
        "ACUPLANNER_USER": "wei",
        "ACUPLANNER_PASSWORD": PASSWORD,
    }
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "main.py", "--database", path, "--smoke-test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "startup_ms=" in done.stdout
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }
    assert "planner.app" in imported
    loaded = sorted(m for m in imported if m in LAZY or m.startswith(tuple(f"{p}." for p in LAZY)))
    assert loaded == []
