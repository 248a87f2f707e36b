"""Receipts and invoices through DocumentService, read back from the PDF: "Invoice" while
a balance is due, "Receipt" once paid (each payment's date and method); a number only
when printed or saved and every session is signed, never by a preview; COPY from the
second issue; the clinic's tax number and registering body; the sessions remaining of
the course the document is about."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from planner.domain.insurance import ServiceCode
from planner.domain.payments import Allocation
from planner.domain.vocab import AppointmentState, CourseStatus, PaymentMethod
from planner.export.labels import date_text
from planner.export.receipt import CodedFeeLine, FullReceipt
from planner.services.clinic import ClinicService
from planner.services.document_files import WRITE_FAILED
from planner.services.document_request import (
    DocumentKind,
    DocumentRequest,
    PreparedDocument,
    RequestInvalid,
    Use,
)
from planner.services.payments import PaymentService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.models import Appointment, Course, ReceiptNumber
from tests.helpers.document_clinic import REGISTRATION, TODAY, DocumentClinic
from tests.unit.export.pdf_reading import contains, pages_text, text

pytestmark = pytest.mark.both_engines  # the issue count: one UPDATE … RETURNING

K = DocumentKind


def _rows(db: Database) -> list[tuple[int, int]]:
    with db.read() as session:
        return [
            (row.id, row.issued_count)
            for row in session.scalars(select(ReceiptNumber).order_by(ReceiptNumber.id))
        ]


def _receipt(prepared: PreparedDocument) -> FullReceipt:
    assert isinstance(prepared.content, FullReceipt)
    return prepared.content


def _one(document_clinic: DocumentClinic, index: int) -> DocumentRequest:
    return DocumentRequest(
        K.RECEIPT, document_clinic.patient, session_id=document_clinic.signed[index]
    )


def test_a_balance_due_is_an_invoice_and_paid_in_full_a_receipt(
    document_clinic: DocumentClinic,
) -> None:
    service = document_clinic.documents(document_clinic.reza)
    owing = service.prepare(_one(document_clinic, 1), Use.EXPORT)  # €65.00, €40.00 paid by card
    found = text(owing.render())
    assert _receipt(owing).name == "Invoice" and owing.title.startswith("Invoice R-")
    for words in ("Invoice number: R-", "Amount due: €25.00", "9 Nov 2026card9 Nov 2026€40.00"):
        assert contains(found, words), words
    assert not contains(found, "Receipt") and not contains(found, "Paid in full")
    paid = service.prepare(_one(document_clinic, 0), Use.EXPORT)  # €40.00 card + €25.00 cash
    found = text(paid.render())
    assert _receipt(paid).name == "Receipt"
    for words in (
        "Receipt number: R-",
        "Payments received",
        "2 Nov 2026card2 Nov 2026€40.00",
        "2 Nov 2026cash2 Nov 2026€25.00",
        "Total paid€65.00",
        "Paid in full.",
    ):
        assert contains(found, words), words
    assert not contains(found, "Invoice") and not contains(found, "Amount due")
    # The rest paid at the desk later: the same sessions now make a receipt, dated.
    desk = SessionService(document_clinic.db, document_clinic.reza, today=lambda: TODAY)
    desk.record_payment(document_clinic.signed[1], 2500, PaymentMethod.BANK_TRANSFER, TODAY)
    settled = service.prepare(_one(document_clinic, 1), Use.PRINT)
    found = text(settled.render())
    assert contains(found, "Receipt number: " + _receipt(owing).receipt_number)
    assert contains(found, "16 Nov 2026bank transfer9 Nov 2026€25.00")
    assert contains(found, "Paid in full.")


def test_an_invoice_with_nothing_paid_never_says_paid(document_clinic: DocumentClinic) -> None:
    prepared = document_clinic.documents().prepare(
        DocumentRequest(K.RECEIPT, document_clinic.patient, session_id=document_clinic.draft),
        Use.EXPORT,
    )
    found = text(prepared.render())  # session 3: €65.00 fee, nothing paid (not signed)
    assert contains(found, "Invoice") and contains(found, "Amount due: €65.00")
    for wrong in ("Paid", "€0.00", "Payments received", "Receipt"):
        assert not contains(found, wrong), wrong


def test_a_preview_takes_no_number_and_cannot_be_recorded_as_printed(
    document_clinic: DocumentClinic,
) -> None:
    service = document_clinic.documents(document_clinic.reza)
    before = _rows(document_clinic.db)
    preview = service.prepare(_one(document_clinic, 0), Use.PREVIEW)
    receipt = _receipt(preview)
    assert receipt.preview and receipt.receipt_number == "" and not receipt.copy
    assert _rows(document_clinic.db) == before  # no receipt_number row
    assert (preview.object_type, preview.object_id) == ("session", document_clinic.signed[0])
    assert preview.title == "Receipt — session 1, 2026-11-02"
    assert preview.file_name.startswith("receipt-") and "R-" not in preview.file_name
    found = text(preview.render())
    assert contains(found, "Receipt number: given when printed or saved")
    assert not contains(found, "R-0")
    for use in (Use.EXPORT, Use.PRINT):
        with pytest.raises(RequestInvalid, match="prepare it again"):
            service.record(preview, use)
    assert _rows(document_clinic.db) == before


def test_printed_twice_the_same_number_and_the_second_says_copy(
    document_clinic: DocumentClinic,
) -> None:
    service = document_clinic.documents(document_clinic.reza)
    first = service.prepare(_one(document_clinic, 0), Use.EXPORT)
    second = service.prepare(_one(document_clinic, 0), Use.PRINT)
    number = _receipt(first).receipt_number
    assert number.startswith("R-") and _receipt(second).receipt_number == number
    assert not _receipt(first).copy and _receipt(second).copy
    assert first.object_type == "receipt" and first.object_id == second.object_id
    assert _rows(document_clinic.db) == [(first.object_id, 2)]
    assert not contains(text(first.render()), "COPY")
    pages = pages_text(second.render())
    assert contains(pages[0], "COPY — this number was printed or saved before")
    assert all(contains(page, f"Receipt {number} · COPY") for page in pages)
    assert second.title.startswith(f"Receipt {number} (copy)")
    service.record(second, Use.PRINT)  # the numbered one may be recorded again


def test_a_save_that_failed_is_not_counted_as_issued(document_clinic: DocumentClinic) -> None:
    service = document_clinic.documents(document_clinic.reza)
    failed = service.prepare(_one(document_clinic, 0), Use.EXPORT)
    service.record_failure(failed, Use.EXPORT, WRITE_FAILED)
    assert _rows(document_clinic.db) == [(failed.object_id, 0)]
    again = service.prepare(_one(document_clinic, 0), Use.EXPORT)
    assert not _receipt(again).copy
    assert _receipt(again).receipt_number == _receipt(failed).receipt_number


def test_a_receipt_with_an_unsigned_session_never_gets_a_number(
    document_clinic: DocumentClinic,
) -> None:
    service = document_clinic.documents()  # the practitioner: reception is refused unsigned ones
    before = _rows(document_clinic.db)
    for request in (
        DocumentRequest(K.RECEIPT, document_clinic.patient, session_id=document_clinic.draft),
        DocumentRequest(K.RECEIPT, document_clinic.patient, course_id=document_clinic.course),
    ):
        for use in (Use.PREVIEW, Use.EXPORT, Use.PRINT):
            prepared = service.prepare(request, use)
            receipt = _receipt(prepared)
            assert receipt.draft and receipt.receipt_number == "" and not receipt.copy
            assert prepared.object_type != "receipt"
            found = text(prepared.render())
            assert contains(found, "number: none (a session on it is not signed yet)")
            assert contains(found, "DRAFT") and not contains(found, "R-0")
    assert _rows(document_clinic.db) == before


def test_sessions_remaining_of_the_course_the_receipt_is_about(
    document_clinic: DocumentClinic,
) -> None:
    service = document_clinic.documents(document_clinic.reza)
    running = service.prepare(_one(document_clinic, 0), Use.EXPORT)
    assert _receipt(running).sessions_remaining == 3  # of 6; session 3 given, not signed
    found = text(running.render())
    assert contains(found, "Sessions remaining in the course started 2 Nov 2026: 3")
    with document_clinic.db.write() as session:  # the course closes (another may be running)
        course = session.get(Course, document_clinic.course)
        assert course is not None
        course.status = CourseStatus.COMPLETED
    closed = service.prepare(_one(document_clinic, 0), Use.PRINT)
    assert _receipt(closed).sessions_remaining is None
    assert not contains(text(closed.render()), "Sessions remaining")


def test_the_clinics_tax_number_and_registering_body_are_printed(
    document_clinic: DocumentClinic,
) -> None:
    clinics = ClinicService(document_clinic.db)
    settings = clinics.settings()
    clinics.update_settings(
        document_clinic.sam,
        replace(settings, tax_number="IE 9876543 T", registering_body="Acupuncture Council"),
    )
    prepared = document_clinic.documents(document_clinic.reza).prepare(
        _one(document_clinic, 0), Use.EXPORT
    )
    found = text(prepared.render())
    for words in (
        "Tax number: IE 9876543 T",
        "Registered with: Acupuncture Council",
        f"Registration number: {REGISTRATION}",
    ):
        assert contains(found, words), words


def test_preview_export_and_print_are_audited_against_what_they_are(
    document_clinic: DocumentClinic,
) -> None:
    from planner.storage.models import AuditEvent

    service = document_clinic.documents(document_clinic.reza)
    with document_clinic.db.read() as session:
        start = session.scalar(select(func.max(AuditEvent.id))) or 0
    service.prepare(_one(document_clinic, 0), Use.PREVIEW)
    printed = service.prepare(_one(document_clinic, 0), Use.PRINT)
    with document_clinic.db.read() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.id > start).order_by(AuditEvent.id)
        ).all()
        found = [(r.action, r.object_type, r.object_id) for r in rows]
    assert found == [
        ("open_record", "session", document_clinic.signed[0]),
        ("print", "receipt", printed.object_id),
    ]


# --- insurer codes, refunds and the next appointments (issue 18) --------------------------


def test_insurer_codes_are_printed_only_when_the_clinic_switched_them_on(
    document_clinic: DocumentClinic,
) -> None:
    service = document_clinic.documents(document_clinic.reza)
    plain = text(service.prepare(_one(document_clinic, 0), Use.EXPORT).render())
    assert not contains(plain, "Codes for insurers") and not contains(plain, "97813")
    clinics = ClinicService(document_clinic.db)
    clinics.update_settings(
        document_clinic.sam,
        replace(clinics.settings(), insurer_codes=True, diagnosis_code="M54.59"),
    )
    prepared = service.prepare(_one(document_clinic, 0), Use.EXPORT)
    [line] = _receipt(prepared).lines
    assert isinstance(line, CodedFeeLine)  # 45 minutes with electroacupuncture
    assert line.codes == (ServiceCode("97813", 1), ServiceCode("97814", 2))
    found = text(prepared.render())
    for words in (
        "Codes for insurers",
        "Diagnosis (ICD-10-CM): M54.59 Other low back pain",
        "2 Nov 2026M54.5997813Acupuncture with electrical stimulation, initial 15 minutes1",
        "2 Nov 2026M54.5997814Acupuncture with electrical stimulation, each additional 15 minutes2",
        f"Registration number: {REGISTRATION}",
    ):
        assert contains(found, words), words


def test_a_refund_is_listed_with_its_reason_and_netted_in_the_balance(
    document_clinic: DocumentClinic,
) -> None:
    desk = PaymentService(document_clinic.db, document_clinic.reza, today=lambda: TODAY)
    desk.refund(
        document_clinic.patient,
        document_clinic.signed[0],
        1000,
        PaymentMethod.CARD,
        TODAY,
        "Charged twice for parking",
    )
    prepared = document_clinic.documents(document_clinic.reza).prepare(
        _one(document_clinic, 0), Use.EXPORT
    )
    receipt = _receipt(prepared)
    assert receipt.name == "Invoice" and receipt.balance_cents == 1000  # €65 - (€65 - €10)
    found = text(prepared.render())
    for words in (
        "Payments received and refunds",
        "16 Nov 2026Refund (card): Charged twice for parking2 Nov 2026-€10.00",
        "Total paid€55.00",
        "Amount due: €10.00",
    ):
        assert contains(found, words), words
    desk.take_payment(
        document_clinic.patient,
        (Allocation(document_clinic.signed[0], 1000),),
        PaymentMethod.BANK_TRANSFER,
        TODAY,
        reference="TX-4821",
    )
    settled = document_clinic.documents(document_clinic.reza).prepare(
        _one(document_clinic, 0), Use.EXPORT
    )
    assert _receipt(settled).name == "Receipt"
    found = text(settled.render())
    assert contains(found, "Paid in full.")
    assert contains(found, "ref. TX-4821")  # the desk's reference, as insurers ask


def test_the_patients_next_appointments_are_printed_with_their_time_or_without(
    document_clinic: DocumentClinic,
) -> None:
    with document_clinic.db.write() as session:
        rows = session.scalars(
            select(Appointment)
            .where(
                Appointment.patient_id == document_clinic.patient,
                Appointment.day >= TODAY,
                Appointment.state == AppointmentState.BOOKED,
            )
            .order_by(Appointment.day)
        ).all()
        assert len(rows) >= 2
        first = rows[0]
        first.starts_at = dt.datetime.combine(first.day, dt.time(10, 30))
        first.ends_at = first.starts_at + dt.timedelta(minutes=30)
        for later in rows[1:]:
            later.starts_at = later.ends_at = None
        days = [row.day for row in rows]
    prepared = document_clinic.documents(document_clinic.reza).prepare(
        _one(document_clinic, 0), Use.EXPORT
    )
    visits = _receipt(prepared).next_appointments
    assert [visit.day for visit in visits] == days[: len(visits)]
    found = text(prepared.render())
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    assert contains(found, "Next appointments")
    assert contains(found, f"{weekday[days[0].weekday()]} {date_text(days[0])} at 10:30")
    second = f"{weekday[days[1].weekday()]} {date_text(days[1])}, time to be confirmed"
    assert contains(found, second)
