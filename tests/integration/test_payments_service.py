"""Payments at the desk through PaymentService, on SQLite and PostgreSQL: a patient's
account (fee, paid, due per session; totals; payments with who took them), a part
payment, one payment over three sessions in one group, refunds as negative payments with
a reason, the balance after each; who may (reception, practitioners) and who may not
(admins); wrong input refused naming the field, nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.payments import Allocation
from planner.domain.vocab import PaymentMethod, SessionStatus
from planner.services.guard import AccessDenied
from planner.services.payments import PaymentService
from planner.storage.models import AuditEvent, SessionPayment
from tests.helpers.document_clinic import TODAY, DocumentClinic
from tests.integration.test_pg_logins_server import Clinic as PgClinic
from tests.integration.test_pg_logins_server import pg_clinic  # noqa: F401 (the fixture)

pytestmark = pytest.mark.both_engines

M = PaymentMethod


def _desk(clinic: DocumentClinic, who: str = "reza") -> PaymentService:
    return PaymentService(clinic.db, getattr(clinic, who), today=lambda: TODAY)


def _count(clinic: DocumentClinic) -> int:
    with clinic.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SessionPayment)) or 0)


def test_the_account_shows_fee_paid_and_due_per_session_and_the_totals(
    document_clinic: DocumentClinic,
) -> None:
    account = _desk(document_clinic).account(document_clinic.patient)
    first, second = (account.session(i) for i in document_clinic.signed)
    draft = account.session(document_clinic.draft)
    assert first and second and draft
    assert (first.fee_cents, first.paid_cents, first.due_cents) == (6500, 6500, 0)
    assert (second.fee_cents, second.paid_cents, second.due_cents) == (6500, 4000, 2500)
    assert (draft.fee_cents, draft.paid_cents, draft.due_cents) == (6500, 0, 6500)
    assert second.label == "Session 2 of 6" and second.status is SessionStatus.SIGNED
    scheduled = account.session(document_clinic.scheduled)
    assert scheduled and scheduled.fee_cents is None and scheduled.due_cents == 0
    assert (account.fees_cents, account.paid_cents, account.refunded_cents) == (19500, 10500, 0)
    assert account.due_cents == 9000 and account.credit_cents == 0
    assert account.currency == "EUR"
    assert [(p.amount_cents, p.method) for p in account.payments] == [
        (4000, M.CARD),
        (2500, M.CASH),
        (4000, M.CARD),
    ]
    assert {p.taken_by for p in account.payments} == {"Ada Okafor"}
    # Ignatius's session is not on Zoë's account.
    assert account.session(document_clinic.other_session) is None


def test_a_part_payment_then_the_rest_in_one_payment_over_several_sessions(
    document_clinic: DocumentClinic,
) -> None:
    desk = _desk(document_clinic)
    patient, second, draft = (
        document_clinic.patient,
        document_clinic.signed[1],
        document_clinic.draft,
    )
    part = desk.take_payment(patient, (Allocation(draft, 2000),), M.CASH, TODAY)
    assert [(v.session_id, v.amount_cents) for v in part] == [(draft, 2000)]
    account = desk.account(patient)
    assert account.session(draft).due_cents == 4500  # type: ignore[union-attr]
    assert account.due_cents == 7000
    # Fill in the fee of scheduled session 4, then pay three sessions at once.
    scheduled = account.session(document_clinic.scheduled)
    assert scheduled is not None
    desk.set_fee(scheduled.id, 6000, scheduled.version)
    views = desk.take_payment(
        patient,
        (Allocation(second, 2500), Allocation(draft, 4500), Allocation(scheduled.id, 6000)),
        M.BANK_TRANSFER,
        TODAY - dt.timedelta(days=1),
        reference="  TR-0042  ",
    )
    assert len(views) == 3
    account = desk.account(patient)
    assert account.due_cents == 0 and account.balance_cents == 0
    assert account.fees_cents == 25500 and account.paid_cents == 25500
    group = [p for p in account.payments if p.method is M.BANK_TRANSFER]
    assert len(group) == 3 and len({p.payment_group for p in group}) == 1
    assert {p.reference for p in group} == {"TR-0042"}
    assert {p.taken_by for p in group} == {"Reza Front"}
    with document_clinic.db.read() as session:
        audits = session.scalars(
            select(AuditEvent).where(
                AuditEvent.object_type == "session_payment",
                AuditEvent.user_id == document_clinic.reza.user_id,
            )
        ).all()
    assert len(audits) == 4
    assert all(a.patient_id == patient for a in audits)
    assert all("Zoë" not in str(a.detail) for a in audits)


def test_paying_more_than_is_due_is_refused_and_nothing_is_stored(
    document_clinic: DocumentClinic,
) -> None:
    desk = _desk(document_clinic)
    patient, second, draft = (
        document_clinic.patient,
        document_clinic.signed[1],
        document_clinic.draft,
    )
    before = _count(document_clinic)
    with pytest.raises(ValidationError, match=r"more than the 25.00 due on session 2") as caught:
        desk.take_payment(
            patient, (Allocation(draft, 6500), Allocation(second, 2600)), M.CARD, TODAY
        )
    assert caught.value.field == "amount_cents"
    with pytest.raises(ValidationError, match="nothing is due on session 1"):
        desk.take_payment(patient, (Allocation(document_clinic.signed[0], 100),), M.CARD, TODAY)
    assert _count(document_clinic) == before  # the draft's 65.00 was not stored either


@pytest.mark.parametrize(
    ("call", "field"),
    [
        ({"allocations": ()}, "allocations"),
        ({"amount": 0}, "amount_cents"),
        ({"amount": -500}, "amount_cents"),
        ({"amount": 10_000_01}, "amount_cents"),
        ({"twice": True}, "allocations"),
        ({"paid_on": TODAY + dt.timedelta(days=1)}, "paid_on"),
        ({"reference": "x" * 81}, "reference"),
        ({"reference": "slip\u202e42"}, "reference"),
        ({"method": "cheque"}, "method"),
        ({"other_patient": True}, "allocations"),
    ],
)
def test_wrong_input_is_refused_naming_the_field(
    document_clinic: DocumentClinic, call: dict[str, object], field: str
) -> None:
    draft = document_clinic.draft
    session = document_clinic.other_session if call.get("other_patient") else draft
    allocations = (Allocation(session, int(call.get("amount", 1000))),)  # type: ignore[call-overload]
    if call.get("twice"):
        allocations = (Allocation(draft, 100), Allocation(draft, 100))
    if "allocations" in call:
        allocations = ()
    before = _count(document_clinic)
    with pytest.raises(ValidationError) as caught:
        _desk(document_clinic).take_payment(
            document_clinic.patient,
            allocations,
            call.get("method", M.CARD),  # type: ignore[arg-type]
            call.get("paid_on", TODAY),  # type: ignore[arg-type]
            str(call.get("reference", "")),
        )
    assert caught.value.field == field
    assert caught.value.message.split(":")[0].lower() in {
        "amount",
        "sessions",
        "session",
        "paid on",
        "reference",
        "method",
    }
    assert _count(document_clinic) == before


def test_a_refund_is_a_negative_payment_with_its_reason(document_clinic: DocumentClinic) -> None:
    desk = _desk(document_clinic)
    patient, first = document_clinic.patient, document_clinic.signed[0]
    with pytest.raises(ValidationError) as caught:
        desk.refund(patient, first, 1000, M.CASH, TODAY, "   ")
    assert caught.value.field == "reason" and caught.value.message.startswith("Reason:")
    with pytest.raises(ValidationError, match=r"more than the 65.00 paid on session 1"):
        desk.refund(patient, first, 6501, M.CASH, TODAY, "Overcharged")
    with pytest.raises(ValidationError, match="nothing was paid on session 3"):
        desk.refund(patient, document_clinic.draft, 100, M.CASH, TODAY, "Overcharged")
    with pytest.raises(ValidationError) as caught:
        desk.refund(patient, document_clinic.other_session, 100, M.CASH, TODAY, "Overcharged")
    assert caught.value.field == "session_id"
    view = desk.refund(patient, first, 1500, M.CARD, TODAY, "Session cut short", "REF-9")
    assert view.amount_cents == -1500
    account = desk.account(patient)
    assert account.refunded_cents == 1500 and account.paid_cents == 10500
    assert account.session(first).due_cents == 1500  # type: ignore[union-attr]
    assert account.due_cents == 10500
    refund = account.payments[-1]
    assert refund.is_refund and refund.reason == "Session cut short"
    assert refund.reference == "REF-9" and refund.amount_cents == -1500


def test_a_practitioner_takes_payments_and_an_admin_is_refused(
    document_clinic: DocumentClinic,
) -> None:
    patient, draft = document_clinic.patient, document_clinic.draft
    ada = _desk(document_clinic, "ada")
    ada.take_payment(patient, (Allocation(draft, 500),), M.OTHER, TODAY)
    assert ada.account(patient).session(draft).paid_cents == 500  # type: ignore[union-attr]
    sam = _desk(document_clinic, "sam")
    before = _count(document_clinic)
    with pytest.raises(AccessDenied):
        sam.account(patient)
    with pytest.raises(AccessDenied):
        sam.take_payment(patient, (Allocation(draft, 500),), M.CASH, TODAY)
    with pytest.raises(AccessDenied):
        sam.refund(patient, draft, 100, M.CASH, TODAY, "No")
    assert _count(document_clinic) == before
    with document_clinic.db.read() as session:
        refused = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(
                AuditEvent.action == "refused",
                AuditEvent.user_id == document_clinic.sam.user_id,
            )
        )
    assert refused == 3


def test_a_signed_sessions_fee_stays_and_an_unknown_patient_is_named(
    document_clinic: DocumentClinic,
) -> None:
    desk = _desk(document_clinic)
    account = desk.account(document_clinic.patient)
    signed = account.session(document_clinic.signed[0])
    assert signed is not None
    with pytest.raises(PlannerError, match="signed or cancelled"):
        desk.set_fee(signed.id, 100, signed.version)
    with pytest.raises(PlannerError, match="no patient"):
        desk.account(999_999)


def test_reception_with_its_own_postgresql_login_takes_payments_and_refunds(
    pg_clinic: PgClinic,  # noqa: F811
) -> None:
    """The database itself lets reception's login read the account (no clinical column),
    lock the sessions paid and add the payments and their audit rows."""
    people = pg_clinic.people
    desk = PaymentService(pg_clinic.open("reza"), people.reza, today=lambda: TODAY)
    account = desk.account(people.patient)
    assert account.due_cents == 9000
    desk.take_payment(
        people.patient,
        (Allocation(people.signed[1], 2500), Allocation(people.draft, 6500)),
        M.INSURANCE,
        TODAY,
        reference="CLAIM-1",
    )
    desk.refund(people.patient, people.signed[0], 500, M.CASH, TODAY, "Overcharged")
    account = desk.account(people.patient)
    assert account.balance_cents == 500 and account.refunded_cents == 500
    assert [p.method for p in account.payments[-3:]] == [M.INSURANCE, M.INSURANCE, M.CASH]
