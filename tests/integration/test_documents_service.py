"""The documents from the record, on SQLite and PostgreSQL: the right patient and numbers,
read back from the PDF with pypdf; role rules; one audit row per preview, export and
print, never with clinical text; home advice; receipt numbers."""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.domain.errors import ConflictError, PlannerError, ValidationError
from planner.domain.vocab import SessionStatus
from planner.export.model import ClinicalReport, HomeAdvice, Receipt, TakeHomeSheet
from planner.files import TEMP_PREFIX, TEMP_SUFFIX
from planner.services.audit import AuditAction, AuditFilter, AuditTrail
from planner.services.document_advice import HomeAdviceChoice
from planner.services.document_files import save_document
from planner.services.document_report import _regions
from planner.services.document_request import (
    DocumentKind,
    DocumentRequest,
    RequestInvalid,
    UnsignedSession,
    Use,
)
from planner.services.guard import AccessDenied
from planner.storage.database import Database
from planner.storage.models import AuditEvent, ReceiptNumber, TreatmentSession
from tests.helpers.document_clinic import (
    ADVICE_NOTE,
    COMPLAINT,
    EVENT,
    NOTES_CANARY,
    OTHER_CANARY,
    OVERRIDE_REASON,
    PATTERN,
    REGISTRATION,
    REVIEW_NOTE,
    DocumentClinic,
    build,
)
from tests.unit.export.pdf_reading import contains, image_count, squash, text

pytestmark = pytest.mark.both_engines  # receipt numbers: engine-specific upsert

K = DocumentKind
THEIRS = ("Quarrington", "Ignatius", OTHER_CANARY)


def _audit_rows(db: Database, patient: int) -> list[AuditEvent]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.patient_id == patient).order_by(AuditEvent.id)
            )
        )


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _no_other_patient(found: str) -> None:
    for words in THEIRS:
        assert squash(words) not in squash(found), words


def test_take_home_sheet_for_a_signed_session(document_clinic: DocumentClinic) -> None:
    request = DocumentRequest(
        K.TAKE_HOME, document_clinic.patient, session_id=document_clinic.signed[1]
    )
    prepared = document_clinic.documents().prepare(request)
    sheet = prepared.content
    assert isinstance(sheet, TakeHomeSheet)
    assert (sheet.session_number, sheet.planned_sessions) == (2, 6)
    assert sheet.advice == {HomeAdvice.CORE_EXERCISES, HomeAdvice.SITTING_BREAKS}  # from 1
    assert sheet.heat_advised and sheet.advice_note == ADVICE_NOTE
    assert [a.day for a in sheet.next_appointments] == [
        dt.date(2026, 11, 23),
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 7),
    ]
    assert [(p.session_number, p.before, p.after) for p in sheet.pain_history] == [
        (1, 7, 5),
        (2, 5, 3),
    ]
    found = text(prepared.render())
    for words in (
        "Zoë Łukasz-Papadopoulou",
        "Session 2 of 6",
        "9 Nov 2026",
        "Kidney Shu (BL23)",
        "Walk for 20 minutes each morning.",
        "Your pain so far",
        "Ada Okafor",
        "+44 1234 567890",
    ):
        assert contains(found, words), words
    for secret in (NOTES_CANARY, COMPLAINT, PATTERN, OVERRIDE_REASON, EVENT):
        assert squash(secret) not in squash(found)
    _no_other_patient(found)
    chart = sheet.patient.chart_number
    assert prepared.file_name == f"take-home-{chart}-2026-11-09-session-2.pdf"
    assert "Zoë" not in prepared.file_name and "Zoë" not in prepared.title


def test_take_home_sheet_for_the_end_of_a_course_is_its_last_session(
    document_clinic: DocumentClinic,
) -> None:
    as_reception = document_clinic.documents(document_clinic.reza).prepare(
        DocumentRequest(K.TAKE_HOME, document_clinic.patient, course_id=document_clinic.course)
    )
    assert as_reception.object_id == document_clinic.signed[1]  # the draft is not reception's
    as_practitioner = document_clinic.documents().prepare(
        DocumentRequest(K.TAKE_HOME, document_clinic.patient, course_id=document_clinic.course)
    )
    assert as_practitioner.object_id == document_clinic.draft
    assert "end of course" in as_practitioner.title


def test_receipt_lines_fees_payments_and_a_stable_number(document_clinic: DocumentClinic) -> None:
    service = document_clinic.documents(document_clinic.reza)
    request = DocumentRequest(
        K.RECEIPT,
        document_clinic.patient,
        date_from=dt.date(2026, 11, 1),
        date_to=dt.date(2026, 11, 30),
    )
    prepared = service.prepare(request, Use.EXPORT)
    receipt = prepared.content
    assert isinstance(receipt, Receipt)
    assert [line.session_number for line in receipt.lines] == [1, 2]  # not the draft
    assert [(line.fee_cents, line.paid_cents) for line in receipt.lines] == [
        (6500, 6500),
        (6500, 4000),
    ]
    assert receipt.sessions_remaining == 3  # session 3 was given, though not signed yet
    assert receipt.practitioner.registration_number == REGISTRATION
    assert receipt.period == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    found = text(prepared.render())
    number = receipt.receipt_number
    for words in (
        number,
        "Zoë Łukasz-Papadopoulou",
        "15 Jun 1985",
        "Session 1 of 6",
        "Session 2 of 6",
        "€130.00",
        "€105.00",
        "€25.00",
        "OM-77-1234",
        REGISTRATION,
        "Acupuncture with electrical stimulation",
    ):
        assert contains(found, words), words
    for secret in (NOTES_CANARY, COMPLAINT, PATTERN, OVERRIDE_REASON, EVENT, REVIEW_NOTE):
        assert squash(secret) not in squash(found), secret
    _no_other_patient(found)
    # The same sessions again: the same number, however they were asked for.
    by_course = service.prepare(
        DocumentRequest(K.RECEIPT, document_clinic.patient, course_id=document_clinic.course),
        Use.PRINT,
    )
    assert by_course.content.receipt_number == number  # type: ignore[union-attr]
    one = service.prepare(
        DocumentRequest(K.RECEIPT, document_clinic.patient, session_id=document_clinic.signed[0]),
        Use.EXPORT,
    )
    assert one.content.receipt_number not in ("", number)  # type: ignore[union-attr]
    practitioner = document_clinic.documents().prepare(
        request, Use.EXPORT
    )  # with the draft session
    assert [line.session_number for line in practitioner.content.lines] == [1, 2, 3]  # type: ignore[union-attr]
    assert practitioner.content.receipt_number == ""  # type: ignore[union-attr]  # a draft: none
    assert _count(document_clinic.db, ReceiptNumber) == 2


def test_clinical_report_covers_the_course(document_clinic: DocumentClinic) -> None:
    prepared = document_clinic.documents().prepare(
        DocumentRequest(
            K.CLINICAL_REPORT, document_clinic.patient, course_id=document_clinic.course
        )
    )
    report = prepared.content
    assert isinstance(report, ClinicalReport)
    assert [s.number for s in report.sessions] == [1, 2]  # signed only
    assert report.red_flags.complete and not report.red_flags.present
    overridden = [line for line in report.safety if line.overridden]
    assert [line.override_reason for line in overridden] == [OVERRIDE_REASON]
    assert overridden[0].overridden_by == "Ada Okafor"
    assert [r.note for r in report.reviews] == [REVIEW_NOTE]
    assert report.referral.physician_name == "Dr Aoife Brennan"
    assert report.plan.regions == ("Lower back (local)", "Leg and foot (distal)")
    assert report.plan.variation == "The planned points were used at every session."
    found = text(prepared.render())
    for words in (
        "Zoë Łukasz-Papadopoulou",
        COMPLAINT,
        PATTERN,
        OVERRIDE_REASON,
        REVIEW_NOTE,
        EVENT,
        REGISTRATION,
        "Dr Aoife Brennan",
        "2 of 6 planned sessions given",
        "Pain before treatment went from 7 at session 1 to 5 at session 2",
        "Core exercises",
    ):
        assert contains(found, words), words
    assert squash(NOTES_CANARY) not in squash(found)  # session notes stay in the record
    _no_other_patient(found)
    assert image_count(prepared.render()) == 0


def test_reception_is_refused_unsigned_sessions_and_clinical_reports(
    document_clinic: DocumentClinic,
) -> None:
    service = document_clinic.documents(document_clinic.reza)
    receipts = _count(document_clinic.db, ReceiptNumber)
    with pytest.raises(AccessDenied, match="unsigned take-home"):
        service.prepare(
            DocumentRequest(K.TAKE_HOME, document_clinic.patient, session_id=document_clinic.draft)
        )
    with pytest.raises(UnsignedSession, match="not signed"):
        service.prepare(
            DocumentRequest(K.RECEIPT, document_clinic.patient, session_id=document_clinic.draft)
        )
    with pytest.raises(AccessDenied, match="clinical reports"):
        service.prepare(
            DocumentRequest(
                K.CLINICAL_REPORT, document_clinic.patient, course_id=document_clinic.course
            )
        )
    with pytest.raises(AccessDenied, match="print receipts"):
        document_clinic.documents(document_clinic.sam).prepare(
            DocumentRequest(
                K.RECEIPT, document_clinic.patient, session_id=document_clinic.signed[0]
            )
        )
    refused = [
        row
        for row in _audit_rows(document_clinic.db, document_clinic.patient)
        if row.action == AuditAction.REFUSED
    ]
    assert [(r.user_id, r.detail["action"]) for r in refused] == [
        (document_clinic.reza.user_id, "print_take_home"),
        (document_clinic.reza.user_id, "print_receipt"),
        (document_clinic.reza.user_id, "export_clinical_report"),
        (document_clinic.sam.user_id, "print_receipt"),
    ]
    assert _count(document_clinic.db, ReceiptNumber) == receipts  # nothing changed
    choices = service.choices(document_clinic.patient)
    assert [s.number for s in choices.courses[0].sessions] == [1, 2]
    assert not choices.courses[0].clinical_report
    mine = document_clinic.documents().choices(document_clinic.patient)
    assert [s.number for s in mine.courses[0].sessions] == [1, 2, 3]
    assert mine.courses[0].clinical_report and not mine.courses[0].end_of_course
    assert (mine.first_day, mine.last_day) == (dt.date(2026, 11, 2), dt.date(2026, 11, 16))


def test_every_preview_export_and_print_is_audited_without_clinical_text(
    document_clinic: DocumentClinic,
) -> None:
    service = document_clinic.documents()
    before = len(_audit_rows(document_clinic.db, document_clinic.patient))
    requests = [
        DocumentRequest(K.TAKE_HOME, document_clinic.patient, session_id=document_clinic.signed[0]),
        DocumentRequest(K.RECEIPT, document_clinic.patient, session_id=document_clinic.signed[0]),
        DocumentRequest(
            K.CLINICAL_REPORT, document_clinic.patient, course_id=document_clinic.course
        ),
    ]
    for request in requests:
        prepared = service.prepare(request)  # a preview
        if request.kind == K.RECEIPT:  # a receipt goes out as prepared for it (numbered)
            prepared = service.prepare(request, Use.EXPORT)
            service.record(prepared, Use.PRINT)
        else:
            service.record(prepared, Use.EXPORT)
            service.record(prepared, Use.PRINT)
        service.prepare(request, Use.EXPORT)
    rows = _audit_rows(document_clinic.db, document_clinic.patient)[before:]
    assert len(rows) == 12
    kinds = [(r.action, r.object_type, r.detail["document"]) for r in rows]
    assert kinds[:4] == [
        (AuditAction.OPEN_RECORD, "session", "take_home"),
        (AuditAction.EXPORT, "session", "take_home"),
        (AuditAction.PRINT, "session", "take_home"),
        (AuditAction.EXPORT, "session", "take_home"),
    ]
    assert {r.object_type for r in rows} == {"session", "receipt", "course"}
    assert {r.object_id for r in rows if r.object_type == "course"} == {document_clinic.course}
    assert all(r.user_id == document_clinic.ada.user_id for r in rows)
    for row in rows:
        detail = str(row.detail)
        for secret in ("Zoë", "Łukasz", COMPLAINT, PATTERN, OVERRIDE_REASON, NOTES_CANARY):
            assert secret not in detail
    assert AuditTrail().verify(document_clinic.db).ok


def test_another_patients_sessions_and_courses_are_refused(document_clinic: DocumentClinic) -> None:
    service = document_clinic.documents()
    before = len(_audit_rows(document_clinic.db, document_clinic.other))
    with pytest.raises(PlannerError, match="has no session"):
        service.prepare(
            DocumentRequest(
                K.TAKE_HOME, document_clinic.patient, session_id=document_clinic.other_session
            )
        )
    with pytest.raises(PlannerError, match="has no course"):
        service.prepare(
            DocumentRequest(
                K.CLINICAL_REPORT, document_clinic.patient, course_id=document_clinic.other_course
            )
        )
    with pytest.raises(PlannerError, match="There is no patient 9999"):
        service.prepare(DocumentRequest(K.RECEIPT, 9999, session_id=document_clinic.signed[0]))
    assert len(_audit_rows(document_clinic.db, document_clinic.other)) == before
    with pytest.raises(PlannerError, match="not been given"):
        service.prepare(
            DocumentRequest(
                K.RECEIPT, document_clinic.patient, session_id=document_clinic.scheduled
            )
        )
    with pytest.raises(PlannerError, match="No session"):
        service.prepare(
            DocumentRequest(
                K.RECEIPT,
                document_clinic.patient,
                date_from=dt.date(2025, 1, 1),
                date_to=dt.date(2025, 1, 31),
            )
        )


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # refused by plain validation
@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (DocumentRequest(K.TAKE_HOME, 1), "one session, or for the end"),
        (DocumentRequest(K.TAKE_HOME, 1, session_id=1, course_id=1), "one session, or"),
        (DocumentRequest(K.RECEIPT, 1), "one session, one course, or a date range"),
        (DocumentRequest(K.RECEIPT, 1, date_from=dt.date(2026, 1, 1)), "both a first"),
        (
            DocumentRequest(
                K.RECEIPT, 1, date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 1, 1)
            ),
            "after its last day",
        ),
        (DocumentRequest(K.CLINICAL_REPORT, 1, session_id=1), "for one course"),
        (
            DocumentRequest(
                K.TAKE_HOME, 1, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 1, 2)
            ),
            "one session",
        ),
    ],
)
def test_wrong_combinations_are_named(
    document_clinic: DocumentClinic, request_: DocumentRequest, message: str
) -> None:
    assert message in (request_.problem() or "")
    with pytest.raises(RequestInvalid, match=message):
        document_clinic.documents().prepare(replace(request_, patient_id=document_clinic.patient))


def test_home_advice_is_kept_per_session_and_carries_on(document_clinic: DocumentClinic) -> None:
    service = document_clinic.documents()
    carried = service.home_advice(document_clinic.signed[1])
    assert carried.carried_from == 1 and carried.version is None
    assert carried.choice.advice == {HomeAdvice.CORE_EXERCISES, HomeAdvice.SITTING_BREAKS}
    saved = service.save_home_advice(
        document_clinic.signed[1],  # signed: the advice is its own record, so it may still change
        HomeAdviceChoice(frozenset({HomeAdvice.RELAXATION}), "  Breathe slowly.  "),
        None,
    )
    assert saved.version is not None and saved.carried_from is None
    assert saved.choice == HomeAdviceChoice(frozenset({HomeAdvice.RELAXATION}), "Breathe slowly.")
    with pytest.raises(ConflictError):
        service.save_home_advice(document_clinic.signed[1], HomeAdviceChoice(), None)
    with pytest.raises(ValidationError) as caught:
        service.save_home_advice(
            document_clinic.signed[1], HomeAdviceChoice(note="a\x00b"), saved.version
        )
    assert caught.value.field == "advice_note"
    with pytest.raises(PlannerError, match="not been given"):
        service.save_home_advice(document_clinic.scheduled, HomeAdviceChoice(), None)
    with pytest.raises(AccessDenied):
        document_clinic.documents(document_clinic.reza).save_home_advice(
            document_clinic.signed[1], HomeAdviceChoice(), 1
        )
    with pytest.raises(AccessDenied):
        document_clinic.documents(document_clinic.reza).home_advice(document_clinic.signed[1])
    rows = AuditTrail().query(document_clinic.db, AuditFilter(patient_id=document_clinic.patient))
    advice_rows = [r for r in rows if r.object_type == "take_home_advice"]
    assert [r.action for r in advice_rows] == [AuditAction.CREATE, AuditAction.CREATE]
    assert "Breathe" not in str(advice_rows[0].detail)
    sheet = service.prepare(
        DocumentRequest(K.TAKE_HOME, document_clinic.patient, session_id=document_clinic.draft)
    )
    assert sheet.content.advice == {HomeAdvice.RELAXATION}  # type: ignore[union-attr]


def test_a_demo_clinic_prints_demo(db: Database) -> None:
    document_clinic = build(db, demo=True)
    prepared = document_clinic.documents(document_clinic.reza).prepare(
        DocumentRequest(K.RECEIPT, document_clinic.patient, session_id=document_clinic.signed[0])
    )
    assert prepared.content.clinic.demo
    assert "DEMO" in text(prepared.render())


def test_the_draft_session_status_is_what_the_rules_read(document_clinic: DocumentClinic) -> None:
    """Sanity: the fixture's sessions are in the states the tests above rely on."""
    with document_clinic.db.read() as session:
        states = {
            row.id: row.status
            for row in session.scalars(
                select(TreatmentSession).where(TreatmentSession.course_id == document_clinic.course)
            )
        }
    assert (
        states[document_clinic.signed[0]]
        == states[document_clinic.signed[1]]
        == SessionStatus.SIGNED
    )
    assert states[document_clinic.draft] == SessionStatus.DRAFT
    assert states[document_clinic.scheduled] == SessionStatus.SCHEDULED


def test_save_document_clears_old_leftovers_only(tmp_path: Path) -> None:
    old = tmp_path / f"{TEMP_PREFIX}old{TEMP_SUFFIX}"
    fresh = tmp_path / f"{TEMP_PREFIX}fresh{TEMP_SUFFIX}"
    old.write_bytes(b"half")
    fresh.write_bytes(b"being written")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    written = save_document(tmp_path / "sheet.pdf", b"%PDF-1.4 whole %%EOF")
    assert written.read_bytes() == b"%PDF-1.4 whole %%EOF"
    assert not old.exists() and fresh.exists()


def test_plan_regions_count_each_point_once_and_jiaji_by_its_level() -> None:
    assert _regions(["EX-B2:T5"]) == ("Upper back and neck (local)",)
    assert _regions(["EX-B2", "EX-B2:L4", "BL23"]) == ("Lower back (local)",)
    assert _regions(["NOT-A-POINT"]) == ()
