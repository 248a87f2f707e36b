"""Signing makes a session read-only; corrections are amendments; guards below services."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from planner.domain.errors import ConflictError, PlannerError, ValidationError
from planner.services.audit import AuditFilter, AuditTrail
from planner.services.guard import AccessDenied
from planner.services.signoff import SignOff
from planner.storage.database import Database
from planner.storage.guards import SignedRecordError
from planner.storage.models import Patient, SessionPoint, TreatmentSession
from tests.helpers.factories import (
    PRACTITIONER,
    RECEPTION,
    add_course_with_session,
    add_patient,
    add_user,
)


@pytest.fixture
def signed(db: Database):
    practitioner = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    patient = add_patient(db)
    _, session_id = add_course_with_session(db, patient)
    signoff = SignOff(db, practitioner)
    signoff.sign(session_id, expected_version=1)
    return db, practitioner, patient, session_id


def test_signing_is_audited_and_makes_the_record_read_only(signed) -> None:
    db, _, patient, session_id = signed
    with db.read() as session:
        record = session.get(TreatmentSession, session_id)
        assert record is not None and record.status == "signed" and record.signed_at is not None
    rows = AuditTrail().query(db, AuditFilter(patient_id=patient, action="sign"))
    assert len(rows) == 1 and rows[0].object_id == session_id
    with (
        pytest.raises(SignedRecordError, match="signed and cannot be changed"),
        db.write() as session,
    ):
        record = session.get(TreatmentSession, session_id)
        assert record is not None
        record.notes = "changed afterwards"
    with pytest.raises(SignedRecordError), db.write() as session:
        session.add(SessionPoint(session_id=session_id, point_code="BL40", side="B", needles=2))
    with pytest.raises(SignedRecordError), db.write() as session:
        point = session.scalars(
            select(SessionPoint).where(SessionPoint.session_id == session_id)
        ).one()
        point.needles = 1
    with db.read() as session:
        record = session.get(TreatmentSession, session_id)
        assert record is not None and record.notes == ""


def test_amendments_keep_the_original(signed) -> None:
    db, practitioner, patient, session_id = signed
    signoff = SignOff(db, practitioner)
    first = signoff.amend(session_id, "  Post-session pain was 4, not 5.  ")
    signoff.amend(session_id, "Patient phoned: mild bruising at BL23, settled.")
    notes = signoff.amendments(session_id)
    assert [a.text for a in notes] == [
        "Post-session pain was 4, not 5.",
        "Patient phoned: mild bruising at BL23, settled.",
    ]
    assert notes[0].author == "Ada Lovelace" and notes[0].id == first.id
    with db.read() as session:
        assert session.get(TreatmentSession, session_id).pain_after == 5  # type: ignore[union-attr]
    assert len(AuditTrail().query(db, AuditFilter(patient_id=patient, action="amend"))) == 2
    with pytest.raises(ValidationError, match="Amendment"):
        signoff.amend(session_id, "   ")
    with pytest.raises(ValidationError, match="at most"):
        signoff.amend(session_id, "x" * 5001)


def test_signing_needs_matching_needle_counts_and_the_current_version(db: Database) -> None:
    practitioner = add_user(db, "ada", PRACTITIONER)
    patient = add_patient(db)
    _, session_id = add_course_with_session(db, patient, needles_in=8, needles_out=7)
    signoff = SignOff(db, practitioner)
    with pytest.raises(ValidationError, match=r"Needles out \(7\) must equal needles in \(8\)"):
        signoff.sign(session_id, expected_version=1)
    with pytest.raises(PlannerError, match="edit the draft"):
        signoff.amend(session_id, "too early")
    with db.write() as session:
        record = session.get(TreatmentSession, session_id)
        assert record is not None
        record.needles_out = 8
        record.updated_by_id = practitioner.user_id
    with pytest.raises(ConflictError, match="changed this session"):
        signoff.sign(session_id, expected_version=1)
    assert signoff.sign(session_id, expected_version=2) == 3
    with pytest.raises(PlannerError, match="already signed"):
        signoff.sign(session_id, expected_version=3)
    with pytest.raises(PlannerError, match="no session"):
        signoff.sign(999_999, expected_version=1)


def test_reception_cannot_sign_amend_or_read_amendments(signed) -> None:
    db, _, _, session_id = signed
    desk = SignOff(db, add_user(db, "reza", RECEPTION))
    for attempt in (
        lambda: desk.sign(session_id, 1),
        lambda: desk.amend(session_id, "x"),
        lambda: desk.amendments(session_id),
    ):
        with pytest.raises(AccessDenied):
            attempt()
    assert len(AuditTrail().query(db, AuditFilter(action="refused"))) == 3


def test_bulk_writes_on_versioned_tables_are_refused(db: Database) -> None:
    add_patient(db)
    with pytest.raises(RuntimeError, match="bypasses optimistic locking"), db.write() as session:
        session.execute(update(Patient).values(phone="000"))


def test_mark_signed_belongs_to_the_callers_transaction(db: Database) -> None:
    """Signing inside a larger transaction: refused needles or a later failure leave the
    session unsigned and no sign row."""
    practitioner = add_user(db, "ada", PRACTITIONER)
    patient = add_patient(db)
    _, uneven = add_course_with_session(db, patient, needles_in=8, needles_out=7)
    _, session_id = add_course_with_session(db, patient)
    signoff = SignOff(db, practitioner)
    with pytest.raises(ValidationError, match="Needles out"), db.write() as session:
        record = session.get(TreatmentSession, uneven)
        assert record is not None
        signoff.mark_signed(session, record)
    with pytest.raises(RuntimeError), db.write() as session:
        record = session.get(TreatmentSession, session_id)
        assert record is not None
        signoff.mark_signed(session, record)
        raise RuntimeError("a later step failed")
    with db.read() as session:
        for unsigned in (uneven, session_id):
            record = session.get(TreatmentSession, unsigned)
            assert record is not None and record.status == "draft" and record.signed_at is None
    assert AuditTrail().query(db, AuditFilter(patient_id=patient, action="sign")) == []
    with db.write() as session:
        record = session.get(TreatmentSession, session_id)
        assert record is not None
        version = signoff.mark_signed(session, record)
    assert version == 2
    assert len(AuditTrail().query(db, AuditFilter(patient_id=patient, action="sign"))) == 1
