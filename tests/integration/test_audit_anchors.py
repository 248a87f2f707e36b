"""Anchors: the audit chain's head kept outside the database finds a trail cut short or
a past rewritten with the chain recomputed (issue 19, High 3), on both engines."""

from __future__ import annotations

import datetime as dt
import json
import logging
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.cli.audit import audit_verify_command
from planner.cli.backups import restore_command
from planner.domain.vocab import Role
from planner.services import audit_anchors
from planner.services.accounts import AccountService, Profile
from planner.services.actor import command_line_actor
from planner.services.audit import AuditTrail, row_hash
from planner.services.audit_anchors import ANCHOR_FILE_NAME, AuditAnchors
from planner.services.clinic import ClinicService
from planner.storage import pg_tools
from planner.storage.audit_guard import ChainHead, manifest_path, read_manifest
from planner.storage.backup import back_up, copy_sqlite
from planner.storage.database import Database
from planner.storage.models import AuditEvent, Patient
from tests.integration.test_audit import add_rows
from tests.integration.test_cli import assert_one_line_error, run_cli

pytestmark = pytest.mark.both_engines


def _disable_guards(connection: object, backend: str) -> None:
    run = connection.exec_driver_sql  # type: ignore[attr-defined]
    if backend == "sqlite":
        for name in ("audit_event_no_update", "audit_event_no_delete"):
            run(f"DROP TRIGGER IF EXISTS {name}")
    else:
        run("ALTER TABLE audit_event DISABLE TRIGGER USER")


def delete_rows(db: Database, where: str) -> None:
    """Cut the trail behind the application's back (an attacker with the file / owner)."""
    with db.engine.connect() as connection:
        _disable_guards(connection, db.backend)
        connection.exec_driver_sql(f"DELETE FROM audit_event WHERE {where}")
        connection.commit()


def rewrite_and_rechain(db: Database, row_id: int, patient_id: int) -> None:
    """The reported attack: make row ``row_id`` name another patient and recompute every
    later hash, so the chain on its own is intact again."""
    with db.read() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        session.expunge_all()
    previous = ""
    changed = []
    for event in events:
        if event.id == row_id:
            event.patient_id = patient_id
        if event.id >= row_id:
            event.prev_hash = previous
            event.row_hash = row_hash(previous, event)
            changed.append(event)
        previous = event.row_hash
    with db.engine.connect() as connection:
        _disable_guards(connection, db.backend)
        for event in changed:
            connection.exec_driver_sql(
                "UPDATE audit_event SET patient_id = %s, prev_hash = %s, row_hash = %s "
                "WHERE id = %s".replace("%s", "?" if db.backend == "sqlite" else "%s"),
                (event.patient_id, event.prev_hash, event.row_hash, event.id),
            )
        connection.commit()
    assert AuditTrail().verify(db).ok  # the chain alone cannot tell


def add_patients(db: Database) -> tuple[int, int]:
    with db.write() as session:
        patients = [
            Patient(
                chart_number=n,
                given_name=given,
                family_name="Иванова",
                date_of_birth=dt.date(1960, 5, n),
                sex="female",
            )
            for n, given in ((1, "Ольга"), (2, "Анна"))
        ]
        session.add_all(patients)
        session.flush()
        return patients[0].id, patients[1].id


@pytest.fixture
def anchors(db: Database, tmp_path: Path) -> AuditAnchors:
    return AuditAnchors(db, tmp_path / ANCHOR_FILE_NAME, tmp_path / "backups")


def test_no_anchor_yet_and_an_untouched_trail(db: Database, anchors: AuditAnchors) -> None:
    add_rows(db, AuditTrail(), 3)
    report = anchors.verify()
    assert report.ok and report.compared == 0 and report.head.rows == 3
    anchors.record("sign-out")
    add_rows(db, AuditTrail(), 2)  # a trail that only grew still holds the anchored head
    report = anchors.verify()
    assert report.ok and (report.compared, report.findings, report.notes) == (1, [], [])


def test_deleting_the_newest_rows_is_found(db: Database, anchors: AuditAnchors) -> None:
    add_rows(db, AuditTrail(), 6)
    anchors.record("sign-out")
    delete_rows(db, "id > 4")
    report = anchors.verify()
    assert report.chain.ok  # what is left still chains: only the anchor can tell
    (line,) = report.findings
    assert line.startswith(f"anchor file {anchors.anchor_file}: audit rows missing (truncated)")
    assert "6 audit rows up to id 6" in line and "now has 4 audit rows up to id 4" in line
    assert not report.ok


def test_deleting_every_row_is_found(db: Database, anchors: AuditAnchors) -> None:
    add_rows(db, AuditTrail(), 3)
    anchors.record("daily")
    add_rows(db, AuditTrail(), 2)
    anchors.record("sign-out")
    delete_rows(db, "id > 0")
    report = anchors.verify()
    assert report.chain.ok and report.head == ChainHead(0, 0, "")
    (line,) = report.findings
    assert "truncated" in line and "no audit rows" in line
    assert line.endswith("(so does 1 later head there)")


def test_a_rewritten_past_with_a_recomputed_chain_is_found(
    db: Database, anchors: AuditAnchors
) -> None:
    olga, anna = add_patients(db)
    add_rows(db, AuditTrail(), 3, patient_id=olga)
    anchors.record("sign-out")
    add_rows(db, AuditTrail(), 2, patient_id=olga)
    rewrite_and_rechain(db, 2, anna)  # "Anna's record was opened", not Olga's
    report = anchors.verify()
    (line,) = report.findings
    assert "the past was rewritten: audit row 3 does not have the hash it had" in line
    assert not report.ok
    for name in ("Ольга", "Анна", "Иванова"):
        assert name not in line


def test_each_backup_carries_the_head_in_its_manifest(
    db: Database, anchors: AuditAnchors, tmp_path: Path
) -> None:
    _need_backup_tools(db)
    add_rows(db, AuditTrail(), 4)
    backup = tmp_path / "backups" / f"clinic-manual-20261207T100000000000Z{_suffix(db)}"
    back_up(db.url, backup)
    manifest = read_manifest(manifest_path(backup))
    assert manifest is not None and manifest.head == AuditTrail().head(db)
    assert stat.S_IMODE(manifest_path(backup).stat().st_mode) == 0o600
    assert anchors.verify().ok
    delete_rows(db, "id > 2")
    (line,) = anchors.verify().findings
    assert line.startswith(f"backup {backup.name} (manifest): audit rows missing")


def test_against_a_backup_compares_with_what_the_backup_holds(
    db: Database, anchors: AuditAnchors, tmp_path: Path
) -> None:
    _need_backup_tools(db)
    olga, anna = add_patients(db)
    add_rows(db, AuditTrail(), 4, patient_id=olga)
    backup = tmp_path / "elsewhere" / f"copy{_suffix(db)}"
    back_up(db.url, backup)
    manifest_path(backup).unlink()  # the file itself is the anchor
    assert anchors.verify(against=backup).ok
    rewrite_and_rechain(db, 1, anna)
    report = anchors.verify(against=backup)
    (line,) = report.findings
    assert line.startswith(f"backup {backup.name}: the past was rewritten: audit row 4")
    assert anchors.verify().ok  # the backup was not in the backups folder: no anchor there


def test_a_restore_explains_older_anchors(db: Database, tmp_path: Path) -> None:
    if db.backend != "sqlite":
        pytest.skip("one engine is enough for the bookkeeping; restore is per engine")
    path = Path(db.url.database or "")
    anchors = AuditAnchors(db, tmp_path / ANCHOR_FILE_NAME, tmp_path / "backups")
    add_rows(db, AuditTrail(), 3)
    backup = tmp_path / "kept.sqlite3"
    copy_sqlite(path, backup)
    add_rows(db, AuditTrail(), 3)
    anchors.record("sign-out")
    db.dispose()
    assert restore_command(str(path), str(backup), tmp_path / "backups", yes=True) == 0
    report = anchors.verify()
    assert report.ok and report.findings == []
    assert len(report.notes) == 2  # the anchor file, the copy kept before the restore
    for note in report.notes:
        assert "restored from a backup" in note and "(audit row 4)" in note


def test_the_anchor_file_is_owner_only_bounded_and_logged(
    db: Database,
    anchors: AuditAnchors,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(audit_anchors, "KEEP", 3)
    caplog.set_level(logging.INFO)
    for _ in range(5):
        add_rows(db, AuditTrail(), 1)
        anchors.record("daily")
    anchors.record("sign-out")  # nothing new: not kept twice
    assert stat.S_IMODE(anchors.anchor_file.stat().st_mode) == 0o600
    data = json.loads(anchors.anchor_file.read_text(encoding="utf-8"))
    (entries,) = data["databases"].values()
    assert [entry["rows"] for entry in entries] == [3, 4, 5]
    head = AuditTrail().head(db)
    assert f"last_hash={head.last_hash}" in caplog.text and "rows=5" in caplog.text


def test_an_unreadable_anchor_file_is_reported_not_lost(
    db: Database, anchors: AuditAnchors
) -> None:
    add_rows(db, AuditTrail(), 1)
    anchors.anchor_file.write_text("{ not json", encoding="utf-8")
    (line,) = anchors.verify().findings
    assert "unreadable" in line
    anchors.record("sign-out")  # a new file; the old one is kept aside and still reported
    (line,) = anchors.verify().findings
    assert "kept as audit-anchors.json.unreadable" in line


def _need_backup_tools(db: Database) -> None:
    if db.backend == "postgresql":
        try:
            pg_tools.find_tool("pg_dump", pg_tools.server_major(db.engine))
        except pg_tools.ToolMissing:
            pytest.skip("pg_dump for this server is not installed")


def _suffix(db: Database) -> str:
    return ".sqlite3" if db.backend == "sqlite" else ".dump"


# --- the command line -----------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_audit_verify_prints_one_line_per_finding_and_exits_1(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(db.url.database)
    add_rows(db, AuditTrail(), 5)
    assert audit_verify_command(url, tmp_path, tmp_path / "backups") == 0
    assert capsys.readouterr().out == (
        "ok: 5 audit rows, chain intact; no anchor recorded yet to compare it with\n"
    )
    AuditAnchors(db, tmp_path / ANCHOR_FILE_NAME).record("sign-out")
    backup = tmp_path / "backups" / "migrated-manual-20261207T100000000000Z.sqlite3"
    back_up(db.url, backup)
    assert audit_verify_command(url, tmp_path, tmp_path / "backups") == 0
    assert "it holds all 2 heads recorded in 2 anchors" in capsys.readouterr().out
    delete_rows(db, "id = 5")
    assert audit_verify_command(url, tmp_path, tmp_path / "backups") == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"anchor file {tmp_path / ANCHOR_FILE_NAME}: audit rows missing")
    assert lines[1].startswith(f"backup {backup.name} (manifest): audit rows missing")
    assert audit_verify_command(url, tmp_path, tmp_path / "none", against=str(backup)) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(f"backup {backup.name}: audit rows missing")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_audit_verify_against_a_missing_backup_is_one_line_exit_2(
    db: Database, tmp_path: Path
) -> None:
    url = str(db.url.database)
    missing = run_cli("--database", url, "audit", "verify", "--against", "nope.dump", home=tmp_path)
    assert_one_line_error(missing, "There is no backup file at nope.dump")
    empty = run_cli("--database", url, "audit", "verify", "--against", "", home=tmp_path)
    assert_one_line_error(empty, "--against")
    ok = run_cli("--database", url, "audit", "verify", home=tmp_path)
    assert ok.returncode == 0 and ok.stdout.startswith("ok: 0 audit rows, chain intact")


# --- sign-in and sign-out record the head -----------------------------------------------------


def _controller(db: Database, accounts: AccountService, anchors: AuditAnchors, tmp_path: Path):
    """The window's session controller with the hooks app.run_gui gives it."""
    from planner.app import MainWindowFactory, anchor_hooks
    from planner.ui.settings import UiSettings
    from planner.ui.signin.controller import SignInController
    from tests.ui.conftest import RecordingPrompts

    audit = AuditTrail()
    windows = MainWindowFactory(
        db, UiSettings(tmp_path / "settings.ini"), RecordingPrompts(), accounts, audit
    )
    return SignInController(
        accounts,
        windows,
        ClinicService(db, audit),
        exit_app=lambda _code: None,
        prompts=RecordingPrompts(answer=False),
        **anchor_hooks(anchors),
    )


def _sign_in(controller, username: str, password: str) -> None:
    dialog = controller.dialog
    assert dialog is not None
    form = dialog.form
    form.username_box.setText(username)
    form.password_box.setText(password)
    form.submit()
    assert controller.current_window is not None


def _recorded(anchors: AuditAnchors) -> list[dict[str, object]]:
    (entries,) = json.loads(anchors.anchor_file.read_text(encoding="utf-8"))["databases"].values()
    return entries


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_signing_in_and_out_record_the_head(db: Database, tmp_path: Path, qtbot: QtBot) -> None:
    from tests.helpers.factories import chose_own_password
    from tests.ui.conftest import FAST_HASHER, PASSWORD, add_clinic

    add_clinic(db, is_demo=False)
    accounts = AccountService(db, AuditTrail(), hasher=FAST_HASHER, workstation="room-1")
    accounts.add_user(command_line_actor(), "wei", PASSWORD, [Role.ADMIN], Profile())
    chose_own_password(db, "wei")  # else "Choose a new password" comes first
    anchors = AuditAnchors(db, tmp_path / ANCHOR_FILE_NAME)
    controller = _controller(db, accounts, anchors, tmp_path)
    controller.start()
    try:
        assert not anchors.anchor_file.exists()
        _sign_in(controller, "wei", PASSWORD)
        [signed_in] = _recorded(anchors)
        assert signed_in["why"] == "sign-in"
        assert ChainHead.from_dict(signed_in) == AuditTrail().head(db)  # with its sign-in row
        controller.current_window.sign_out_action.trigger()
        entry = _recorded(anchors)
        assert [e["why"] for e in entry] == ["sign-in", "sign-out"]
        assert ChainHead.from_dict(entry[-1]) == AuditTrail().head(db)
    finally:
        controller.shut_down()


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_with_postgresql_logins_the_sign_in_records_the_days_head(
    db: Database, tmp_path: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Each person signs in to PostgreSQL as themselves: at start-up nobody is, so the
    daily head waits (no warning); reception's sign-in records it with their own login."""
    from planner.app import start_daily_backup
    from planner.services.backups import BackupService
    from planner.storage.database import open_database
    from tests.helpers.factories import chose_own_password
    from tests.integration.test_pg_logins_client import PASSWORD, first_admin, workstation_url

    accounts = first_admin(db)
    boss = accounts.sign_in("boss", PASSWORD)
    accounts.add_user(boss, "rosa", PASSWORD, [Role.RECEPTION], Profile())
    chose_own_password(db, "rosa")
    station, _ = open_database(workstation_url(db))
    try:
        assert station.signs_in_at_server
        anchors = AuditAnchors(station, tmp_path / ANCHOR_FILE_NAME)
        with caplog.at_level(logging.INFO, logger=audit_anchors.__name__):
            start_daily_backup(BackupService(station, tmp_path / "backups"), anchors).join(30)
        assert not anchors.anchor_file.exists()
        assert "nobody is signed in yet" in caplog.text
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING]

        controller = _controller(station, AccountService(station, AuditTrail()), anchors, tmp_path)
        controller.start()
        try:
            _sign_in(controller, "rosa", PASSWORD)
            [signed_in] = _recorded(anchors)
            assert signed_in["why"] == "sign-in"
            assert ChainHead.from_dict(signed_in) == AuditTrail().head(db)  # the owner's view
        finally:
            controller.shut_down()
    finally:
        station.dispose()
