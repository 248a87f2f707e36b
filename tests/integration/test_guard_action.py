"""The guard's one-transaction form: the roles held at sign-in first, then the account
read inside the action's own transaction; a refusal names the patient and does nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import select

from planner.domain.access import Action
from planner.services.approvals import AccessDenied
from planner.services.audit import AuditTrail
from planner.services.guard import Guard
from planner.services.registry import PatientRegistry
from planner.storage.database import Database
from planner.storage.models import AuditEvent, TreatmentSession, User
from tests.helpers.factories import (
    PRACTITIONER,
    RECEPTION,
    add_course_with_session,
    add_patient,
    add_user,
)

pytestmark = pytest.mark.both_engines


def _count_transactions(monkeypatch: pytest.MonkeyPatch, db: Database) -> list[str]:
    opened: list[str] = []
    for kind in ("read", "write"):
        real = getattr(db, kind)

        @contextmanager
        def counted(
            *args: Any, _real: Any = real, _kind: str = kind, **kwargs: Any
        ) -> Iterator[Any]:
            opened.append(_kind)
            with _real(*args, **kwargs) as db_session:
                yield db_session

        monkeypatch.setattr(db, kind, counted)
    return opened


def _refusals(db: Database) -> list[tuple[int | None, dict[str, Any]]]:
    with db.read() as db_session:
        return [
            (patient_id, dict(detail))
            for patient_id, detail in db_session.execute(
                select(AuditEvent.patient_id, AuditEvent.detail).where(
                    AuditEvent.action == "refused"
                )
            )
        ]


def test_an_allowed_action_runs_in_one_transaction(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient = add_patient(db)
    desk = add_user(db, "rosa", RECEPTION)
    registry = PatientRegistry(db, desk)
    opened = _count_transactions(monkeypatch, db)
    assert registry.get(patient).id == patient
    assert opened == ["write"]  # the check, the read and its audit row together


def test_a_record_check_reads_account_and_patient_together(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient = add_patient(db)
    _course, session_id = add_course_with_session(db, patient)
    wei = add_user(db, "wei", PRACTITIONER)
    guard = Guard(db, AuditTrail())
    opened = _count_transactions(monkeypatch, db)
    with guard.action(
        wei, Action.VIEW_CLINICAL, write=False, record=(TreatmentSession, session_id)
    ) as checked:
        assert checked.patient_id == patient
        assert checked.allows(Action.RECORD_SESSION)
    assert opened == ["read"]


def test_a_refusal_by_role_names_the_records_patient(db: Database) -> None:
    patient = add_patient(db)
    _course, session_id = add_course_with_session(db, patient)
    desk = add_user(db, "rosa", RECEPTION)
    guard = Guard(db, AuditTrail())
    with (
        pytest.raises(AccessDenied, match="not allowed to record sessions"),
        guard.action(desk, Action.RECORD_SESSION, record=(TreatmentSession, session_id)),
    ):
        pytest.fail("the action ran")
    with pytest.raises(AccessDenied):
        guard.require_of(desk, Action.SIGN_SESSION, record=(TreatmentSession, session_id))
    assert [p for p, _ in _refusals(db)] == [patient, patient]


def test_a_disabled_account_is_refused_inside_the_transaction(db: Database) -> None:
    patient = add_patient(db)
    wei = add_user(db, "wei", PRACTITIONER)
    with db.write() as db_session:
        user = db_session.get(User, wei.user_id)
        assert user is not None
        user.active = False
    guard = Guard(db, AuditTrail())
    with (
        pytest.raises(AccessDenied, match="has been disabled"),
        guard.action(wei, Action.VIEW_CLINICAL, patient_id=patient),
    ):
        pytest.fail("the action ran")
    assert _refusals(db) == [(patient, {"action": "view_clinical", "reason": "account_disabled"})]
