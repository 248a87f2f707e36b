"""D3: a disk that fills up or fails during a save.

Faults are injected below SQLAlchemy, in the dialect's calls into the sqlite3 module
(no APSW VFS or tiny file system is needed): the Nth statement of a save, or its COMMIT,
raises what SQLite raises on a full or failing disk — once, then persistently. A real
"database or disk is full" comes from ``PRAGMA max_page_count``. Pass: every save is all
or nothing (the logical dump is unchanged after a failed one), the user is told it was
not saved, and the form keeps what was typed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from planner.domain.errors import EnvironmentProblem
from planner.domain.intake import IntakeDraft
from planner.domain.patients import PatientDraft
from planner.services.intake import IntakeService
from planner.services.registry import PatientRegistry
from planner.storage.database import Database
from planner.ui.registration.presenter import PatientForm, PatientFormPresenter, SaveOutcome
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.reliability.helpers import logical_hash
from tests.ui.form_fakes import FakeQuestions

TODAY = dt.date(2026, 11, 22)
FULL = "database or disk is full"
IOERR = "disk I/O error"
_WRITES = ("INSERT", "UPDATE", "DELETE")
NEW_PATIENT = PatientDraft(
    given_name="Iris", family_name="Faulkner", date_of_birth=dt.date(1971, 3, 9), sex="female"
)
INTAKE = IntakeDraft(intake_date=TODAY, complaint="Ache low in the back", nrs_now=6)
LONG = dataclasses.replace(
    INTAKE, complaint=" ".join(["ache"] * 780), aggravating=" ".join(["sitting"] * 400)
)


@contextmanager
def failing(
    db: Database,
    *,
    statement: int | None = None,
    commit: bool = False,
    message: str = FULL,
    persistent: bool = False,
) -> Iterator[list[int]]:
    """Make the ``statement``-th SQL statement (1 = the first) or the COMMIT fail."""
    dialect: Any = db.engine.dialect
    calls = [0]
    fired = [False]
    wrote = [False]

    def should_fail() -> bool:
        if fired[0] and not persistent:
            return False
        calls[0] += 1
        if statement is not None and calls[0] >= statement:
            fired[0] = True
            return True
        return False

    def wrap(name: str) -> Callable[..., Any]:
        real = getattr(dialect, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            if should_fail():
                raise sqlite3.OperationalError(message)
            wrote[0] = wrote[0] or str(args[1]).lstrip().upper().startswith(_WRITES)
            return real(*args, **kwargs)

        return call

    real_commit = dialect.do_commit

    def fail_commit(connection: Any) -> None:
        if wrote[0] and (not fired[0] or persistent):  # a save's COMMIT, not a read's
            fired[0] = True
            raise sqlite3.OperationalError(message)
        wrote[0] = False
        real_commit(connection)

    names = ("do_execute", "do_execute_no_params", "do_executemany")
    saved = {name: dialect.__dict__.get(name) for name in (*names, "do_commit")}
    for name in names:
        setattr(dialect, name, wrap(name))
    if commit:
        dialect.do_commit = fail_commit
    try:
        yield calls
    finally:
        for name, value in saved.items():
            if value is None:
                dialect.__dict__.pop(name, None)
            else:
                setattr(dialect, name, value)


@pytest.fixture
def setup(sqlite_db: Database):
    reza = add_user(sqlite_db, "reza", RECEPTION, "Reza Front")
    ada = add_user(sqlite_db, "ada", PRACTITIONER, "Ada Lovelace")
    patient = add_patient(sqlite_db)
    registry = PatientRegistry(sqlite_db, reza, today=lambda: TODAY)
    intakes = IntakeService(sqlite_db, ada, today=lambda: TODAY)
    return sqlite_db, registry, intakes, patient


def _not_saved(error: EnvironmentProblem) -> None:
    text = error.user_text()
    assert "Nothing was saved" in text and "Traceback" not in text


@pytest.mark.parametrize("message", [FULL, IOERR])
def test_a_failed_commit_saves_nothing_and_says_so(setup, message: str) -> None:
    db, registry, intakes, patient = setup
    before = logical_hash(db.engine)
    with failing(db, commit=True, message=message), pytest.raises(EnvironmentProblem) as caught:
        registry.register(NEW_PATIENT)
    _not_saved(caught.value)
    assert logical_hash(db.engine) == before
    with failing(db, commit=True, message=message), pytest.raises(EnvironmentProblem):
        intakes.save(patient, INTAKE)
    assert logical_hash(db.engine) == before
    registry.register(NEW_PATIENT)  # the disk is fine again: the same save goes through
    assert intakes.save(patient, INTAKE).draft == INTAKE


@pytest.mark.parametrize("persistent", [False, True])
def test_each_statement_of_a_save_may_fail_and_the_save_is_all_or_nothing(
    setup, persistent: bool
) -> None:
    db, _registry, intakes, patient = setup
    full = dataclasses.replace(
        INTAKE, medications=("Warfarin 5 mg", "Ibuprofen"), allergies=("latex",)
    )
    n = 1
    while True:
        before = logical_hash(db.engine)
        try:
            with failing(db, statement=n, message=IOERR, persistent=persistent) as calls:
                saved = intakes.save(patient, full)
        except EnvironmentProblem as error:
            _not_saved(error)
            assert logical_hash(db.engine) == before, f"a save failing at statement {n} left rows"
            n += 1
            continue
        assert calls[0] < n  # ran out of statements to fail: the save went through whole
        assert intakes.get(patient, saved.id).draft == full
        break
    assert n > 5, "the save had fewer statements than expected"


def test_a_really_full_database_file(setup) -> None:
    db, _registry, intakes, patient = setup
    db.engine.dispose()
    with closing(sqlite3.connect(str(db.url.database), isolation_level=None)) as raw:
        raw.execute("VACUUM")  # no free pages left inside the file to grow into
        pages = raw.execute("PRAGMA page_count").fetchone()[0]

    def limit(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages}")  # not one page more

    event.listen(db.engine, "connect", limit)
    db.engine.dispose()
    before = logical_hash(db.engine)
    try:
        with pytest.raises(EnvironmentProblem) as caught:
            intakes.save(patient, LONG)
        _not_saved(caught.value)
        assert FULL in caught.value.message
        assert logical_hash(db.engine) == before
    finally:
        event.remove(db.engine, "connect", limit)
        db.engine.dispose()
    assert intakes.save(patient, LONG).draft == LONG


def test_the_registration_form_keeps_what_was_typed(setup) -> None:
    db, registry, _intakes, _patient = setup
    presenter = PatientFormPresenter(registry, FakeQuestions(), today=lambda: TODAY)
    form = PatientForm(
        given_name="Iris",
        family_name="Faulkner",
        date_of_birth="1971-03-09",
        sex="female",
        phone="07700 900111",
    )
    with failing(db, commit=True):
        result = presenter.save(form)
    assert result.outcome is SaveOutcome.FAILED
    assert "Nothing was saved" in result.message
    assert presenter.is_dirty(form) and presenter.is_new  # the form and its typing stay
    assert presenter.save(form).outcome is SaveOutcome.SAVED
