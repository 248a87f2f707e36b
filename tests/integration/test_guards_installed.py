"""The ORM safety nets are installed with every Database, not by importing the models."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from planner.services.signoff import SignOff
from planner.storage import guards
from planner.storage.database import connect, open_database
from planner.storage.guards import SignedRecordError, guards_installed, install_guards
from planner.storage.models import TreatmentSession
from tests.helpers.factories import PRACTITIONER, add_course_with_session, add_patient, add_user


def test_a_database_opened_the_normal_way_refuses_a_change_to_a_signed_session(
    migrated_url: str,
) -> None:
    db, _ = open_database(migrated_url)
    try:
        practitioner = add_user(db, "ada", PRACTITIONER, "Ada Example")
        _, session_id = add_course_with_session(db, add_patient(db))
        SignOff(db, practitioner).sign(session_id, expected_version=1)
        with pytest.raises(SignedRecordError), db.write() as db_session:
            record = db_session.get(TreatmentSession, session_id)
            assert record is not None
            record.notes = "changed afterwards"
        with db.read() as db_session:
            record = db_session.get(TreatmentSession, session_id)
            assert record is not None and record.notes != "changed afterwards"
    finally:
        db.dispose()


def test_both_session_factories_of_a_connected_database_have_the_guards(
    migrated_url: str,
) -> None:
    db = connect(migrated_url)
    try:
        assert guards_installed(db._write) and guards_installed(db._read)
        install_guards(db._write)  # a second time changes nothing
        assert guards_installed(db._write)
    finally:
        db.dispose()


def test_the_guards_are_not_registered_on_sqlalchemys_global_session() -> None:
    for name, listener in guards._LISTENERS:
        assert not event.contains(Session, name, listener)
