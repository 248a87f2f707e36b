"""The session screen's Sign as one transaction (``SessionService.save_and_sign``), on
SQLite and PostgreSQL: what was typed is saved and signed together, with the checks and
audit rows of ``save_draft`` then ``sign``; any refusal leaves nothing saved."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select

from planner.domain.courses_safety import SafetyUnresolved, key_of
from planner.domain.errors import ConflictError, PlannerError
from planner.domain.sessions import HealthCheck, SessionDraft, SessionInvalid
from planner.domain.vocab import Condition, ConsentScope, RedFlag, SessionStatus
from planner.services.guard import AccessDenied
from planner.services.session_views import SessionRecordView
from planner.storage.database import Database
from planner.storage.models import AuditEvent, SafetyOverride, SessionPoint, TreatmentSession
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.integration.test_courses_service import (
    EA_PLAN,
    TODAY,
    Clinic,
    _consent,
    _intake,
    _planned,
)

pytestmark = pytest.mark.both_engines  # the core write path: JSON columns, versions


@pytest.fixture
def staff_clinic(db: Database) -> Clinic:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    ben = add_user(db, "ben", PRACTITIONER, "Ben Okri")
    reza = add_user(db, "reza", RECEPTION, "Reza Front")
    patient = add_patient(db)
    _intake(db, ada, patient)
    _consent(db, ada, patient, *ConsentScope)
    return Clinic(db, ada, ben, reza, patient)


def _opened(staff_clinic: Clinic, course_id: int | None = None) -> SessionRecordView:
    return staff_clinic.sessions().open_today(course_id or _planned(staff_clinic))


def _typed(record: SessionRecordView, **changes: Any) -> SessionDraft:
    draft = replace(
        record.draft,
        pain_before=6,
        pain_after=3,
        needles_out=record.draft.needles_in_count,
        notes="Looser after treatment",
    )
    return replace(draft, **changes)


def _audit(db: Database) -> list[tuple[str, str, dict[str, Any]]]:
    with db.read() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.object_type, AuditEvent.detail).order_by(
                AuditEvent.id
            )
        )
        return [(action, kind, dict(detail)) for action, kind, detail in rows]


def _stored(db: Database, session_id: int) -> tuple[str, int, int | None, int]:
    """Status, version, pain before and points of the stored session."""
    with db.read() as session:
        record = session.get(TreatmentSession, session_id)
        assert record is not None
        points = session.scalar(select(func.count()).where(SessionPoint.session_id == session_id))
        return record.status, record.version, record.pain_before, int(points or 0)


def _overrides(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SafetyOverride)) or 0)


def test_signs_and_stores_what_was_typed_in_one_go(staff_clinic: Clinic) -> None:
    record = _opened(staff_clinic)
    draft = _typed(record)
    before = len(_audit(staff_clinic.db))
    save_id = str(uuid.uuid4())
    signed = staff_clinic.sessions().save_and_sign(
        record.id, draft, record.version, save_id=save_id
    )
    assert signed.status == SessionStatus.SIGNED and signed.signed_at is not None
    assert signed.signed_by == "Ada Lovelace" and signed.version > record.version
    assert signed.draft.pain_before == 6 and signed.draft.notes == "Looser after treatment"
    assert signed.safety.resolved and signed.label == "Session 1 of 6"
    assert _stored(staff_clinic.db, record.id) == ("signed", signed.version, 6, 3)
    rows = _audit(staff_clinic.db)[before:]
    assert [(action, kind) for action, kind, _ in rows] == [
        ("update", "session"),
        ("sign", "session"),
    ]
    assert rows[0][2]["save_id"] == save_id
    assert {"pain_before", "pain_after", "needles_out", "notes"} <= set(rows[0][2]["fields"])
    again = staff_clinic.sessions().get(record.id)
    assert again.draft == signed.draft and again.version == signed.version
    assert again.signed_by == signed.signed_by and again.signed_at == signed.signed_at
    assert again.changes == signed.changes
    with pytest.raises(PlannerError, match="already signed"):
        staff_clinic.sessions().save_and_sign(record.id, draft, signed.version)
    with pytest.raises(PlannerError, match="being recorded"):
        staff_clinic.sessions().save_draft(record.id, draft, signed.version)


def test_audit_rows_are_those_of_save_draft_then_sign(staff_clinic: Clinic) -> None:
    """The same typing (a red flag overridden, a caution acknowledged) signed both ways
    writes the same rows, in the same order."""
    first, second = _planned(staff_clinic), _planned(staff_clinic)
    _intake(
        staff_clinic.db,
        staff_clinic.ada,
        staff_clinic.patient,
        conditions={Condition.NEEDLE_PHOBIA: True},
    )
    sessions = staff_clinic.sessions()

    def typed(record: SessionRecordView) -> tuple[SessionDraft, frozenset, dict]:
        draft = _typed(record, check=HealthCheck(new_red_flags=frozenset({RedFlag.FEVER})))
        check = sessions.check(record.id, draft)
        refer = check.needs_override[0]
        acknowledged = frozenset(key_of(f) for f in check.unacknowledged)
        assert acknowledged  # the needle phobia caution
        return draft, acknowledged, {key_of(refer): "Fever resolved, GP saw her today."}

    def signed_in_two(course_id: int) -> list[tuple[str, str, dict[str, Any]]]:
        record = sessions.open_today(course_id)
        draft, acknowledged, overrides = typed(record)
        start = len(_audit(staff_clinic.db))
        saved = sessions.save_draft(record.id, draft, record.version, acknowledged, overrides)
        sessions.sign(saved.id, saved.version)
        return _audit(staff_clinic.db)[start:]

    def signed_in_one(course_id: int) -> list[tuple[str, str, dict[str, Any]]]:
        record = sessions.open_today(course_id)
        draft, acknowledged, overrides = typed(record)
        start = len(_audit(staff_clinic.db))
        sessions.save_and_sign(record.id, draft, record.version, acknowledged, overrides)
        return _audit(staff_clinic.db)[start:]

    def shape(rows: list[tuple[str, str, dict[str, Any]]]) -> list[tuple[str, str, Any]]:
        return [(a, k, {n: v for n, v in d.items() if n != "override_id"}) for a, k, d in rows]

    two = signed_in_two(first)
    one = signed_in_one(second)
    assert [a for a, _, _ in one] == ["update", "safety_override", "sign"]
    assert shape(one) == shape(two)
    assert _overrides(staff_clinic.db) == 2 * 2  # the override and the acknowledgement, each way


def test_a_conflict_names_who_and_saves_nothing(staff_clinic: Clinic) -> None:
    record = _opened(staff_clinic)
    staff_clinic.sessions(staff_clinic.ben).save_draft(
        record.id, replace(record.draft, pain_before=4), record.version
    )
    stored, audit = _stored(staff_clinic.db, record.id), _audit(staff_clinic.db)
    with pytest.raises(ConflictError, match="Ben Okri changed this session"):
        staff_clinic.sessions().save_and_sign(record.id, _typed(record), record.version)
    assert _stored(staff_clinic.db, record.id) == stored and stored[2] == 4
    assert _audit(staff_clinic.db) == audit


def test_unresolved_safety_is_refused_and_nothing_is_saved(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic, EA_PLAN)
    record = staff_clinic.sessions().open_today(course_id)
    check = HealthCheck(
        new_conditions=frozenset({Condition.IMPLANTED_DEVICE}),
        new_red_flags=frozenset({RedFlag.FEVER}),
    )
    draft = _typed(record, check=check)
    found = staff_clinic.sessions().check(record.id, draft)
    assert {f.rule for f in found.needs_override} == {"ea.implanted_device", "red_flag.fever"}
    fever = next(f for f in found.needs_override if f.rule == "red_flag.fever")
    stored, audit = _stored(staff_clinic.db, record.id), _audit(staff_clinic.db)
    with pytest.raises(SafetyUnresolved) as caught:
        staff_clinic.sessions().save_and_sign(
            record.id,
            draft,
            record.version,
            overrides={key_of(fever): "Fever resolved, GP saw her today."},
        )
    assert [f.rule for f in caught.value.check.needs_override] == ["ea.implanted_device"]
    assert _stored(staff_clinic.db, record.id) == stored  # still the prefilled draft
    assert (
        _audit(staff_clinic.db) == audit and _overrides(staff_clinic.db) == 0
    )  # override not kept


def test_final_checks_refuse_and_save_nothing(staff_clinic: Clinic) -> None:
    record = _opened(staff_clinic)
    stored, audit = _stored(staff_clinic.db, record.id), _audit(staff_clinic.db)
    sessions = staff_clinic.sessions()
    incomplete = _typed(record, pain_before=None, needles_out=record.draft.needles_in_count - 1)
    with pytest.raises(SessionInvalid) as caught:
        sessions.save_and_sign(record.id, incomplete, record.version)
    assert {"pain_before", "needles_out"} <= set(caught.value.problems)
    with pytest.raises(SessionInvalid) as caught:
        sessions.save_and_sign(record.id, _typed(record, pain_after=12), record.version)
    assert "pain_after" in caught.value.problems
    assert _stored(staff_clinic.db, record.id) == stored and _audit(staff_clinic.db) == audit


def test_a_retried_sign_is_kept_once(staff_clinic: Clinic) -> None:
    """A sign whose commit outcome was lost is repeated with the same save id: the
    signed session comes back, nothing is written twice."""
    record = _opened(staff_clinic)
    draft, save_id = _typed(record), str(uuid.uuid4())
    sessions = staff_clinic.sessions()
    signed = sessions.save_and_sign(record.id, draft, record.version, save_id=save_id)
    audit = _audit(staff_clinic.db)
    again = sessions.save_and_sign(record.id, draft, record.version, save_id=save_id)
    assert again.status == SessionStatus.SIGNED and again.version == signed.version
    assert again.draft == signed.draft and again.signed_by == "Ada Lovelace"
    assert _audit(staff_clinic.db) == audit
    with pytest.raises(ConflictError, match="Ada Lovelace changed this session"):
        sessions.save_and_sign(record.id, draft, record.version, save_id=str(uuid.uuid4()))
    # A draft save kept under that id is not a sign: signing from the old version is refused.
    other = _opened(staff_clinic)
    kept = str(uuid.uuid4())
    sessions.save_draft(other.id, _typed(other), other.version, save_id=kept)
    with pytest.raises(ConflictError):
        sessions.save_and_sign(other.id, _typed(other), other.version, save_id=kept)
    assert _stored(staff_clinic.db, other.id)[0] == "draft"


def test_roles_are_checked_first_and_refusals_audited(staff_clinic: Clinic) -> None:
    record = _opened(staff_clinic)
    stored, before = _stored(staff_clinic.db, record.id), len(_audit(staff_clinic.db))
    with pytest.raises(AccessDenied):
        staff_clinic.sessions(staff_clinic.reza).save_and_sign(
            record.id, _typed(record), record.version
        )
    rows = _audit(staff_clinic.db)[before:]
    assert [(a, d["action"]) for a, _, d in rows] == [("refused", "record_session")]
    assert _stored(staff_clinic.db, record.id) == stored
    with pytest.raises(PlannerError, match="no session 999"):
        staff_clinic.sessions().save_and_sign(999, _typed(record), 1)


def test_a_date_before_the_last_session_given_is_refused(staff_clinic: Clinic) -> None:
    course_id = _planned(staff_clinic)
    given = TODAY + dt.timedelta(days=3)
    first = staff_clinic.sessions(today=given).open_today(course_id)
    staff_clinic.sessions(today=given).save_and_sign(first.id, _typed(first), first.version)
    later = TODAY + dt.timedelta(days=7)
    second = staff_clinic.sessions(today=later).open_today(course_id)
    early = _typed(second, session_date=TODAY + dt.timedelta(days=1))
    for sign in (True, False):
        service = staff_clinic.sessions(today=later)
        call = service.save_and_sign if sign else service.save_draft
        with pytest.raises(SessionInvalid, match=r"before session 1 \(2026-11-05\)"):
            call(second.id, early, second.version)
    signed = staff_clinic.sessions(today=later).save_and_sign(
        second.id, _typed(second, session_date=given), second.version
    )
    assert signed.number == 2 and signed.draft.session_date == given
