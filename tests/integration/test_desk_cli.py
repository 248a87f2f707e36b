"""``acuplanner day-sheet`` and ``acuplanner takings`` as a person runs them: signed in
through ACUPLANNER_USER/ACUPLANNER_PASSWORD (reception, practitioners and admins), the
file written owner-only (PDF or, for the takings, CSV by the suffix); a bad date, an
unknown practitioner, a wrong password, a wrong suffix or a refused path is one line on
stderr, exit 2, and nothing written."""

from __future__ import annotations

import csv
import datetime as dt
import io
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.storage.database import open_database
from planner.storage.models import AuditEvent, User
from tests.db_template import migrated_sqlite
from tests.integration.test_cli import assert_one_line_error, run_cli
from tests.integration.test_day_reports import DAY, Clinic, _paid
from tests.reliability.helpers import FAST_HASHER
from tests.unit.export.pdf_reading import contains, text

PASSWORD = "desk-test-pw-1"


@pytest.fixture(scope="module")
def clinic_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("desk") / "clinic.sqlite3"
    db, _ = open_database(str(migrated_sqlite(path)))
    try:
        clinic = Clinic(db)
        _paid(clinic)
        clinic.book(clinic.zoe, clinic.chen, dt.time(10, 0), session_id=clinic.zoe_sessions[1])
        clinic.book(clinic.tom, clinic.ada, None)
        hashed = FAST_HASHER.hash(PASSWORD)
        with db.write() as session:
            for user in session.scalars(select(User)):
                user.password_hash = hashed
                user.password_must_change = False
    finally:
        db.dispose()
    return path


def _run(
    path: Path, home: Path, command: str, *args: str, user: str = "rita", password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    env = {"ACUPLANNER_USER": user, "ACUPLANNER_PASSWORD": password}
    return run_cli("--database", str(path), command, *args, home=home, env=env)


def _exports(path: Path) -> int:
    db, _ = open_database(str(path))
    try:
        with db.read() as session:
            return len(
                session.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
            )
    finally:
        db.dispose()


@pytest.mark.parametrize("user", ["rita", "chen", "root"])
def test_the_takings_as_csv(clinic_file: Path, tmp_path: Path, user: str) -> None:
    out = tmp_path / "takings.csv"
    result = _run(clinic_file, tmp_path, "takings", f"--date={DAY}", f"--out={out}", user=user)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote {out}: Takings for 7 Dec 2026")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    assert rows[0][:6] == ["Date", "Time", "Chart number", "Method", "Amount", "Practitioner"]
    payments = [row for row in rows[1:] if row[2]]
    assert len(payments) == 4
    assert sorted(row[4] for row in payments) == ["-20.00", "30.00", "45.00", "65.00"]
    totals = {row[3]: row[4] for row in rows[1:] if not row[2]}
    assert totals == {
        "Total Cash": "30.00",
        "Total Card": "45.00",
        "Total Insurer direct billing": "45.00",
        "Net total": "120.00",
    }
    assert "Zoë" not in out.read_text("utf-8-sig")  # chart numbers, never names


def test_the_takings_as_pdf_and_replaced_only_with_force(clinic_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "takings.pdf"
    first = _run(clinic_file, tmp_path, "takings", "--date", str(DAY), "--out", str(out))
    assert first.returncode == 0, first.stderr
    assert "(1 page)" in first.stdout
    assert contains(text(out.read_bytes()), "Net total")
    again = _run(clinic_file, tmp_path, "takings", "--date", str(DAY), "--out", str(out))
    assert_one_line_error(again, "already exists")
    forced = _run(
        clinic_file, tmp_path, "takings", "--date", str(DAY), "--out", str(out), "--force"
    )
    assert forced.returncode == 0, forced.stderr
    csv_out = tmp_path / "t.csv"
    made = _run(clinic_file, tmp_path, "takings", f"--date={DAY}", f"--out={csv_out}")
    assert made.returncode == 0, made.stderr
    replaced = _run(
        clinic_file, tmp_path, "takings", f"--date={DAY}", f"--out={csv_out}", "--force"
    )
    assert replaced.returncode == 0, replaced.stderr  # an earlier takings CSV


def test_the_day_sheet_of_one_practitioner(clinic_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = _run(
        clinic_file, tmp_path, "day-sheet", f"--date={DAY}", "--practitioner=chen", f"--out={out}"
    )
    assert result.returncode == 0, result.stderr
    found = text(out.read_bytes())
    assert contains(found, "Practitioner: Dr Mei Chen")
    assert contains(found, "Zoë Fictional") and contains(found, "Session 2 of 6")
    assert not contains(found, "Tom Madeup")
    everyone = tmp_path / "all.pdf"
    result = _run(clinic_file, tmp_path, "day-sheet", f"--date={DAY}", f"--out={everyone}")
    assert result.returncode == 0, result.stderr
    found = text(everyone.read_bytes())
    assert contains(found, "time not set")
    assert "\nPractitioner\nState\n" in found  # the column's heading whole, not broken


@pytest.mark.parametrize(
    ("command", "args", "fragments"),
    [
        ("takings", ["--date=2026-13-01"], ["--date expects a date as YYYY-MM-DD"]),
        ("takings", ["--date=07/12/2026"], ["YYYY-MM-DD"]),
        ("day-sheet", [], ["--date YYYY-MM-DD is required"]),
        ("day-sheet", ["--date=2026-12-07", "--practitioner=nobody"], ["no account called nobody"]),
        ("takings", ["--date=2026-12-07", "--out={folder}/t.xlsx"], [".pdf or .csv"]),
        ("day-sheet", ["--date=2026-12-07", "--out={folder}/t.csv"], [".pdf"]),
        ("takings", ["--date=2026-12-07"], ["--out"]),
    ],
)
def test_a_mistake_is_one_line_and_nothing_written(
    clinic_file: Path, tmp_path: Path, command: str, args: list[str], fragments: list[str]
) -> None:
    before = _exports(clinic_file)
    out = tmp_path / "out.pdf"
    given = [arg.format(folder=tmp_path) for arg in args]
    if not any(arg.startswith("--out") for arg in given) and "--out" not in fragments:
        given.append(f"--out={out}")
    result = _run(clinic_file, tmp_path, command, *given)
    assert_one_line_error(result, *fragments)
    assert not out.exists() and not (tmp_path / "t.xlsx").exists()
    assert not (tmp_path / "t.csv").exists()
    assert _exports(clinic_file) == before


def test_a_wrong_password_is_one_line(clinic_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    result = _run(
        clinic_file, tmp_path, "takings", f"--date={DAY}", f"--out={out}", password="wrong-pw-9"
    )
    assert_one_line_error(result)
    assert not out.exists()
    missing = _run(clinic_file, tmp_path, "takings", f"--date={DAY}", f"--out={out}", user="")
    assert_one_line_error(missing, "ACUPLANNER_USER")


def test_never_over_the_database(clinic_file: Path, tmp_path: Path) -> None:
    before = clinic_file.read_bytes()[:100]
    result = _run(
        clinic_file, tmp_path, "takings", f"--date={DAY}", f"--out={clinic_file}", "--force"
    )
    assert_one_line_error(result)
    assert clinic_file.read_bytes()[:100] == before
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    refused = _run(clinic_file, tmp_path, "day-sheet", f"--date={DAY}", f"--out={folder}")
    assert_one_line_error(refused, "folder")


def test_a_mistyped_database_path_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "clinc.sqlite3"
    for command in ("takings", "day-sheet"):
        result = _run(missing, tmp_path, command, f"--date={DAY}", f"--out={tmp_path}/x.pdf")
        assert_one_line_error(result, f"no AcuPlanner database at {missing}")
    assert not missing.exists() and not (tmp_path / "x.pdf").exists()
