"""C3/C4: the PostgreSQL server goes away (it is stopped as if it crashed, then started
again) while the app is idle, while it reads and while it commits.

Pass: a plain message, never a traceback and never a freeze; once the server is back the
next action works within 5 s (connections are checked before use); a commit cut off is
reported as "cannot tell whether this was saved", and saving again with the same
client-generated save id keeps the save exactly once — 0 duplicates, 0 losses.
CI: 4 random outages during a stream of saves; soak: 40.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select, text

from planner.domain.errors import DatabaseUnavailable, EnvironmentProblem
from planner.services.audit import AuditAction
from planner.services.sessions import SessionService
from planner.storage.database import Database, SaveOutcomeUnknown, open_database
from planner.storage.models import AuditEvent
from tests.helpers.factories import PRACTITIONER, add_user
from tests.pg_server import find_pg_bin
from tests.reliability.helpers import SESSION_DAY, runs, session_being_recorded
from tests.reliability.pg_restart import RestartableServer, restartable_server

RECOVERY_S = 5.0
_WRITES = ("INSERT", "UPDATE", "DELETE")
OUTAGES = runs(4, 40)


@pytest.fixture(scope="module")
def server() -> Iterator[RestartableServer]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries not installed")
    with restartable_server(bin_dir) as running:
        yield running


@pytest.fixture
def recorded_session(server: RestartableServer):
    name = server.create_database()
    db, _ = open_database(server.url(name))
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    _, _, session_id = session_being_recorded(db, ada)
    sessions = SessionService(db, ada, today=lambda: SESSION_DAY)
    try:
        yield db, sessions, session_id
    finally:
        db.dispose()
        server.drop_database(name)


def _select_one(db: Database) -> None:
    with db.read() as session:
        session.execute(text("SELECT 1"))


def _recovers(db: Database) -> float:
    """Seconds until a read works again (the server is up)."""
    started = time.monotonic()
    while True:
        try:
            _select_one(db)
            return time.monotonic() - started
        except EnvironmentProblem:
            if time.monotonic() - started > RECOVERY_S:
                raise
            time.sleep(0.05)


def _plain(error: EnvironmentProblem) -> None:
    text_ = error.user_text()
    assert "Traceback" not in text_ and "server" in text_.lower(), text_


def test_idle_connections_recover_and_an_outage_gives_a_message(server, recorded_session) -> None:
    db, _sessions, _ = recorded_session
    _select_one(db)  # a pooled connection now exists
    server.stop()
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as caught:
        _select_one(db)
    assert time.monotonic() - started < 5, "the app froze while the server was down"
    _plain(caught.value)
    server.start()
    assert _recovers(db) < 0.5  # the first try after the server is back
    _select_one(db)


def test_a_read_cut_off_gives_a_message_and_the_next_one_works(server, recorded_session) -> None:
    db, _sessions, _ = recorded_session
    timer = threading.Timer(0.5, server.stop)
    timer.start()
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as caught, db.read() as session:
            session.execute(text("SELECT pg_sleep(20)"))
        assert time.monotonic() - started < 5
        _plain(caught.value)
    finally:
        timer.join()
        server.start()
    assert _recovers(db) < RECOVERY_S


def _commit_then_lose_the_answer(db: Database, server: RestartableServer, before: bool):
    """Patch COMMIT: the server dies just before it (nothing kept) or just after it (kept,
    but the answer never arrives)."""
    dialect: Any = db.engine.dialect
    real = dialect.do_commit
    fired, wrote = [False], [False]

    def watch(name: str) -> Any:
        real_call = getattr(dialect, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            wrote[0] = wrote[0] or str(args[1]).lstrip().upper().startswith(_WRITES)
            return real_call(*args, **kwargs)

        return call

    def commit(connection: Any) -> None:
        if fired[0] or not wrote[0]:  # only the save's own COMMIT, once
            wrote[0] = False
            return real(connection)
        fired[0] = True
        if not before:
            real(connection)
        server.stop()
        connection.execute("SELECT 1")  # the real error of a connection that is gone
        raise AssertionError("the server was stopped; this cannot succeed")

    names = ("do_execute", "do_executemany", "do_execute_no_params")
    for name in names:
        setattr(dialect, name, watch(name))
    dialect.do_commit = commit

    def undo() -> None:
        for name in (*names, "do_commit"):
            dialect.__dict__.pop(name, None)

    return undo


@pytest.mark.parametrize("cut", ["before", "after"])
def test_a_cut_commit_is_reported_and_saved_once_on_retry(
    server, recorded_session, cut: str
) -> None:
    db, sessions, session_id = recorded_session
    view = sessions.get(session_id)
    draft = replace(view.draft, notes=f"cut {cut} commit")
    save_id = str(uuid.uuid4())
    undo = _commit_then_lose_the_answer(db, server, before=cut == "before")
    try:
        with pytest.raises(SaveOutcomeUnknown) as caught:
            sessions.save_draft(session_id, draft, view.version, save_id=save_id)
    finally:
        undo()
        server.start()
    assert "cannot tell whether this was saved" in caught.value.user_text()
    _recovers(db)
    again = sessions.save_draft(session_id, draft, view.version, save_id=save_id)
    assert again.draft.notes == f"cut {cut} commit"
    assert again.version == view.version + 1  # applied exactly once
    assert _saves(db, session_id).count(save_id) == 1


def _saves(db: Database, session_id: int) -> list[str]:
    with db.read() as session:
        details = session.scalars(
            select(AuditEvent.detail).where(
                AuditEvent.object_type == "session",
                AuditEvent.object_id == session_id,
                AuditEvent.action == AuditAction.UPDATE,
            )
        )
        return [d["save_id"] for d in details if "save_id" in d]


def test_saves_through_random_outages_are_kept_exactly_once(server, recorded_session) -> None:
    db, sessions, session_id = recorded_session
    rng = random.Random(44)
    done = threading.Event()
    outages: list[float] = []

    def chaos() -> None:
        for _ in range(OUTAGES):
            time.sleep(rng.uniform(0.2, 1.0))
            server.stop()
            outages.append(time.monotonic())
            time.sleep(rng.uniform(0.0, 0.5))
            server.start()
        done.set()

    view = sessions.get(session_id)
    acknowledged: list[str] = []
    unknown = longest_wait = 0.0
    thread = threading.Thread(target=chaos)
    thread.start()
    try:
        n = 0
        while not done.is_set() or n < 20:
            save_id = str(uuid.uuid4())
            draft = replace(view.draft, notes=f"save {n}")
            first_failure = None
            while True:
                try:
                    view = sessions.save_draft(session_id, draft, view.version, save_id=save_id)
                    break
                except EnvironmentProblem as error:
                    _plain(error)
                    unknown += isinstance(error, SaveOutcomeUnknown)
                    first_failure = first_failure or time.monotonic()
                    assert time.monotonic() - first_failure < 30, "no recovery in 30 s"
                    time.sleep(0.1)
            if first_failure is not None:
                longest_wait = max(longest_wait, time.monotonic() - first_failure)
            acknowledged.append(save_id)
            n += 1
    finally:
        thread.join()
    saves = _saves(db, session_id)
    assert len(saves) == len(set(saves)), "a save was kept twice"
    assert saves == acknowledged, "a save was lost or reordered"
    assert sessions.get(session_id).draft.notes == f"save {len(acknowledged) - 1}"
    print(
        f"\nC4: {OUTAGES} outages, {len(acknowledged)} saves, {int(unknown)} with an unknown "
        f"outcome, 0 duplicates, 0 lost; longest wait {longest_wait:.1f} s (incl. downtime)"
    )
