"""Reliability plan C5: the PostgreSQL server's set-up is checked and an admin is told.

The suite's cluster runs as a clinic's should not: fsync, full_page_writes and
synchronous_commit off, no data checksums, and ``trust`` for its superuser on
127.0.0.1 (AcuPlanner's own logins use scram-sha-256 there). What cannot be set per
session is checked against fabricated facts (:func:`warnings_for`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from planner.app import build_main_window
from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.services.audit import AuditTrail
from planner.storage.database import Database, open_database
from planner.storage.server_check import (
    ServerFacts,
    is_local_host,
    read_facts,
    server_warnings,
    warnings_for,
)
from planner.ui.admin.server_notice import ServerNotice
from planner.ui.prompts import Prompts
from planner.ui.settings import UiSettings
from tests.integration.test_cli import run_cli
from tests.pg_server import PgServer

SAFE = {
    "fsync": "on",
    "full_page_writes": "on",
    "synchronous_commit": "on",
    "data_checksums": "on",
    "password_encryption": "scram-sha-256",
}


# --- the rules, on fabricated facts ----------------------------------------------------------


def test_a_safe_server_gives_no_warning() -> None:
    assert warnings_for(ServerFacts(SAFE, tls=False, local=True, trust=False)) == []
    remote = ServerFacts(SAFE, tls=True, local=False, verifies_server=True, trust=False)
    assert warnings_for(remote) == []


@pytest.mark.parametrize(
    ("setting", "value", "words"),
    [
        ("fsync", "off", "fsync is off"),
        ("full_page_writes", "off", "full_page_writes is off"),
        ("synchronous_commit", "off", "synchronous_commit is off"),
        ("data_checksums", "off", "Data checksums are off"),
        ("password_encryption", "md5", "password_encryption is md5"),
    ],
)
def test_each_unsafe_setting_is_named(setting: str, value: str, words: str) -> None:
    (warning,) = warnings_for(ServerFacts({**SAFE, setting: value}, tls=False, trust=False))
    assert words in warning


def test_unencrypted_to_another_computer_and_trust_are_named() -> None:
    (plain,) = warnings_for(ServerFacts(SAFE, tls=False, local=False, trust=False))
    assert "not encrypted" in plain
    (unverified,) = warnings_for(ServerFacts(SAFE, tls=True, local=False, trust=False))
    assert "verify-full" in unverified
    (trust,) = warnings_for(ServerFacts(SAFE, tls=False, local=True, trust=True))
    assert "without a password (trust" in trust
    assert warnings_for(ServerFacts(SAFE, tls=None, local=False, trust=None)) == []


def test_local_hosts() -> None:
    for host in (None, "", "localhost", "127.0.0.1", "127.3.4.5", "::1", "[::1]", "/run/pg"):
        assert is_local_host(host), host
    for host in ("10.0.0.5", "db.clinic.example", "192.168.1.20"):
        assert not is_local_host(host), host


def test_sqlite_has_no_server(sqlite_db: Database) -> None:
    assert server_warnings(sqlite_db.engine) == []


# --- the suite's cluster ----------------------------------------------------------------------


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.create_migrated_database()
    try:
        yield name
    finally:
        pg_server.drop_database(name)


def test_the_suites_cluster_is_warned_about(pg_server: PgServer, pg_database: str) -> None:
    database, _ = open_database(pg_server.url(pg_database))
    try:
        facts = read_facts(database.engine)
        found = server_warnings(database.engine)
    finally:
        database.dispose()
    assert facts.local and facts.tls is False and facts.trust is True
    assert facts.settings["fsync"] == "off"
    text = "\n".join(found)
    for words in (
        "fsync is off",
        "full_page_writes is off",
        "synchronous_commit is off",
        "trust authentication",
        "Data checksums are off",
    ):
        assert words in text
    assert "not encrypted" not in text  # 127.0.0.1 is this computer


def test_a_setting_made_safe_for_the_session_is_not_warned_about(
    pg_server: PgServer, pg_database: str
) -> None:
    engine = create_engine(
        pg_server.url(pg_database),
        poolclass=NullPool,
        connect_args={"options": "-c synchronous_commit=on"},
    )
    try:
        found = "\n".join(server_warnings(engine))
    finally:
        engine.dispose()
    assert "synchronous_commit" not in found and "fsync is off" in found


def test_a_login_that_needs_its_password_is_not_trust(
    pg_server: PgServer, pg_database: str
) -> None:
    role = f"e_server_check_{os.getpid()}"
    with psycopg.connect(pg_server.admin_dsn(pg_database), autocommit=True) as admin:
        admin.execute(
            f"CREATE ROLE {role} LOGIN PASSWORD 'a-long-password' IN ROLE acuplanner_admin"
        )
        admin.execute(f'GRANT CONNECT ON DATABASE "{pg_database}" TO {role}')
    url = f"postgresql+psycopg://{role}:a-long-password@127.0.0.1:{pg_server.port}/{pg_database}"
    engine = create_engine(url, poolclass=NullPool)
    try:
        facts = read_facts(engine)
        found = "\n".join(server_warnings(engine))
    finally:
        engine.dispose()
        with psycopg.connect(pg_server.admin_dsn(pg_database), autocommit=True) as admin:
            admin.execute(f'REVOKE CONNECT ON DATABASE "{pg_database}" FROM {role}')
            admin.execute(f"DROP OWNED BY {role}")
            admin.execute(f"DROP ROLE {role}")
    assert facts.trust is False
    assert "trust" not in found and "fsync is off" in found


def test_check_prints_the_server_warnings(
    pg_server: PgServer, pg_database: str, tmp_path: Path
) -> None:
    result = run_cli("--database", pg_server.url(pg_database), "check", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["ok"]  # warnings go to standard error
    warnings = [line for line in result.stderr.splitlines() if line.startswith("server warning: ")]
    assert any("fsync is off" in line for line in warnings)
    assert any("trust authentication" in line for line in warnings)


# --- the window ----------------------------------------------------------------------------------


def _window_for(db: Database, role: Role, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    actor = Actor(user_id=None, username=role.value, roles=frozenset({role}))
    window = build_main_window(
        db,
        UiSettings(tmp_path / "settings.ini"),
        Prompts(),
        actor,
        accounts=AccountService(db, AuditTrail()),
    )
    qtbot.addWidget(window)
    return window


def test_an_admin_sees_the_warnings_without_being_stopped(
    pg_server: PgServer, pg_database: str, tmp_path: Path, qtbot
) -> None:
    database, _ = open_database(pg_server.url(pg_database))
    try:
        window = _window_for(database, Role.ADMIN, tmp_path, qtbot)
        notice = window.statusBar().findChild(ServerNotice, "server_notice")
        assert notice is not None
        assert "Database server:" in notice.text() and "warnings" in notice.text()
        assert "fsync is off" in notice.toolTip()
        notice.linkActivated.emit("warnings")
        box = notice.details
        assert isinstance(box, QMessageBox)
        assert box.isVisible() and not box.isModal()
        assert "trust authentication" in box.informativeText()
        box.close()
    finally:
        database.dispose()


def test_a_receptionist_is_not_shown_them(
    pg_server: PgServer, pg_database: str, tmp_path: Path, qtbot
) -> None:
    database, _ = open_database(pg_server.url(pg_database))
    try:
        window = _window_for(database, Role.RECEPTION, tmp_path, qtbot)
        assert window.statusBar().findChild(ServerNotice) is None
    finally:
        database.dispose()
