"""``acuplanner export``: the three documents written from the command line, signed in
through ACUPLANNER_USER/ACUPLANNER_PASSWORD with the app's role rules; every problem one
line on stderr and exit 2."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.storage.database import open_database
from planner.storage.models import AuditEvent, Patient, User
from tests.db_template import migrated_sqlite
from tests.helpers.document_clinic import COMPLAINT, DocumentClinic, build
from tests.integration.test_cli import assert_one_line_error, run_cli
from tests.reliability.helpers import FAST_HASHER
from tests.unit.export.pdf_reading import contains, squash, text

PASSWORD = "export-test-pw-1"


@pytest.fixture(scope="module")
def clinic_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DocumentClinic]:
    path = tmp_path_factory.mktemp("export") / "clinic.sqlite3"
    db, _ = open_database(str(migrated_sqlite(path)))
    try:
        clinic = build(db)
        hashed = FAST_HASHER.hash(PASSWORD)
        with db.write() as session:
            for user in session.scalars(select(User)):
                user.password_hash = hashed
    finally:
        db.dispose()
    return path, clinic


def _export(path: Path, home: Path, *args: str, user: str | None = "ada") -> tuple[int, str, str]:
    env = {"ACUPLANNER_USER": user or "", "ACUPLANNER_PASSWORD": PASSWORD if user else ""}
    result = run_cli("--database", str(path), "export", *args, home=home, env=env)
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("document", "selector", "expected"),
    [
        ("take-home", "--session={signed}", ["Your treatment today", "Session 2 of 6"]),
        # €25.00 and session 3's €65.00 are due: an invoice, and a draft (no number).
        ("receipt", "--course={course}", ["Invoice", "Session 1 of 6", "Session 3 of 6"]),
        ("clinical-report", "--course={course}", ["Clinical course report", COMPLAINT]),
    ],
)
def test_a_practitioner_exports_each_document(
    clinic_file: tuple[Path, DocumentClinic],
    tmp_path: Path,
    document: str,
    selector: str,
    expected: list[str],
) -> None:
    path, clinic = clinic_file
    out = tmp_path / "out" / f"{document}.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF-1.4 an older document")
    argument = selector.format(signed=clinic.signed[1], course=clinic.course)
    code, stdout, stderr = _export(
        path,
        tmp_path,
        f"--patient={clinic.patient}",
        f"--document={document}",
        argument,
        f"--out={out}",
        "--force",  # an existing PDF is replaced only when asked
    )
    assert code == 0, stderr
    assert stderr == ""
    assert stdout.startswith(f"Wrote {out} (") and "Zoë" not in stdout
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    found = text(data)
    for words in ["Zoë Łukasz-Papadopoulou", *expected]:
        assert contains(found, words), words
    assert squash("Quarrington") not in squash(found)
    assert [p.name for p in out.parent.iterdir()] == [out.name]


def test_the_export_is_audited_after_a_sign_in(
    clinic_file: tuple[Path, DocumentClinic], tmp_path: Path
) -> None:
    path, clinic = clinic_file
    out = tmp_path / "r.pdf"
    code, _, stderr = _export(
        path,
        tmp_path,
        "--patient",
        str(clinic.patient),
        "--document",
        "receipt",
        "--session",
        str(clinic.signed[0]),
        "--out",
        str(out),
        user="reza",
    )
    assert code == 0, stderr
    db, _ = open_database(str(path))
    try:
        with db.read() as session:
            rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(3))
            actions = [(r.action, r.user_id, r.patient_id, r.object_type) for r in rows][::-1]
    finally:
        db.dispose()
    assert actions == [
        ("sign_in", clinic.reza.user_id, None, "user"),
        ("export", clinic.reza.user_id, clinic.patient, "receipt"),
        ("sign_out", clinic.reza.user_id, None, "user"),
    ]


@pytest.mark.parametrize(
    ("args", "user", "fragments"),
    [
        (["--document", "receipt", "--session", "{draft}"], "reza", ["not signed"]),
        (["--document", "take-home", "--session", "{draft}"], "reza", ["unsigned take-home"]),
        (["--document", "clinical-report", "--course", "{course}"], "reza", ["clinical reports"]),
        (["--document", "receipt", "--session", "{signed}"], "sam", ["print receipts"]),
        (["--document", "receipt", "--session", "{signed}"], None, ["ACUPLANNER_USER"]),
        (
            ["--document", "clinical-report", "--session", "{signed}"],
            "ada",
            ["for one course", "--course ID"],
        ),
        (["--document", "receipt", "--from", "2026-11-01"], "ada", ["both a first"]),
        (["--document", "receipt", "--session", "{other}"], "ada", ["has no session"]),
        (["--document", "memo", "--session", "{signed}"], "ada", ["Unknown document"]),
        (["--document", "receipt", "--session", "x1"], "ada", ["--session expects a number"]),
        (["--document", "receipt", "--from", "2026-13-01", "--to", "x"], "ada", ["--from"]),
    ],
)
def test_every_problem_is_one_line_and_exit_2(
    clinic_file: tuple[Path, DocumentClinic],
    tmp_path: Path,
    args: list[str],
    user: str | None,
    fragments: list[str],
) -> None:
    path, clinic = clinic_file
    out = tmp_path / "refused.pdf"
    values = {
        "draft": clinic.draft,
        "course": clinic.course,
        "signed": clinic.signed[0],
        "other": clinic.other_session,
    }
    filled = [arg.format(**values) for arg in args]
    result = run_cli(
        "--database",
        str(path),
        "export",
        "--patient",
        str(clinic.patient),
        *filled,
        "--out",
        str(out),
        home=tmp_path,
        env={"ACUPLANNER_USER": user or "", "ACUPLANNER_PASSWORD": PASSWORD if user else ""},
    )
    assert_one_line_error(result, *fragments)
    assert not out.exists()


def test_missing_patient_out_or_password_and_no_such_patient(
    clinic_file: tuple[Path, DocumentClinic], tmp_path: Path
) -> None:
    path, clinic = clinic_file
    session = ["--document", "receipt", "--session", str(clinic.signed[0])]
    code, _, stderr = _export(path, tmp_path, *session, "--out", str(tmp_path / "a.pdf"))
    assert code == 2 and "--patient ID is required" in stderr
    code, _, stderr = _export(path, tmp_path, "--patient", str(clinic.patient), *session)
    assert code == 2 and "--out FILE.pdf is required" in stderr
    code, _, stderr = _export(
        path, tmp_path, "--patient", "999", *session, "--out", str(tmp_path / "a.pdf")
    )
    assert code == 2 and stderr.strip() == "acuplanner: There is no patient 999."
    result = run_cli(
        "--database",
        str(path),
        "export",
        "--patient",
        str(clinic.patient),
        *session,
        "--out",
        str(tmp_path / "a.pdf"),
        home=tmp_path,
        env={"ACUPLANNER_USER": "ada", "ACUPLANNER_PASSWORD": "not-the-password"},
    )
    assert_one_line_error(result, "user name or password is not right")


def test_a_character_no_font_has_is_a_warning_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    db, _ = open_database(str(migrated_sqlite(path)))
    try:
        clinic = build(db, name=("Zoë \U00013000", "Papadopoulou"))  # an Egyptian hieroglyph
        with db.write() as session:
            for user in session.scalars(select(User)):
                user.password_hash = FAST_HASHER.hash(PASSWORD)
            assert session.get(Patient, clinic.patient) is not None
    finally:
        db.dispose()
    out = tmp_path / "sheet.pdf"
    code, stdout, stderr = _export(
        path,
        tmp_path,
        "--patient",
        str(clinic.patient),
        "--document",
        "take-home",
        "--session",
        str(clinic.signed[0]),
        "--out",
        str(out),
    )
    assert code == 0 and out.exists()
    assert stdout.startswith("Wrote")
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("acuplanner: warning: 1 character(s)")
    assert "U+13000" in lines[0] and "Zoë" not in lines[0]
