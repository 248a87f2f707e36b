"""Drafts and reception (issue 16 items 1 and 11), through DocumentService.

A document that shows a session given but not signed is a draft: DRAFT on every page.
Reception may print take-home sheets of signed sessions, receipts and invoices of signed
sessions; never the clinical report and never a draft.
"""

from __future__ import annotations

import pytest

from planner.services.document_request import DocumentKind, DocumentRequest, UnsignedSession, Use
from planner.services.guard import AccessDenied
from tests.helpers.document_clinic import DocumentClinic
from tests.unit.export.pdf_reading import pages_text

K = DocumentKind


def _every_page_draft(data: bytes) -> bool:
    pages = pages_text(data)
    return bool(pages) and all("DRAFT" in p and "not a final record" in p for p in pages)


# --- drafts -------------------------------------------------------------------------------


def test_take_home_of_an_unsigned_session_is_a_draft_on_every_page(
    document_clinic: DocumentClinic,
) -> None:
    docs = document_clinic.documents()
    prepared = docs.prepare(
        DocumentRequest(K.TAKE_HOME, document_clinic.patient, session_id=document_clinic.draft)
    )
    assert prepared.content.draft
    assert _every_page_draft(prepared.render().data)


def test_take_home_of_a_signed_session_is_final(document_clinic: DocumentClinic) -> None:
    docs = document_clinic.documents()
    prepared = docs.prepare(
        DocumentRequest(K.TAKE_HOME, document_clinic.patient, session_id=document_clinic.signed[1])
    )
    assert not prepared.content.draft
    assert all("DRAFT" not in page for page in pages_text(prepared.render().data))


def test_receipt_with_an_unsigned_session_is_a_draft(document_clinic: DocumentClinic) -> None:
    docs = document_clinic.documents()
    course = docs.prepare(
        DocumentRequest(K.RECEIPT, document_clinic.patient, course_id=document_clinic.course)
    )
    assert course.content.draft  # sessions 1, 2 signed; 3 not
    assert _every_page_draft(course.render().data)
    one = docs.prepare(
        DocumentRequest(K.RECEIPT, document_clinic.patient, session_id=document_clinic.draft)
    )
    assert one.content.draft


def test_receipt_of_signed_sessions_only_is_final(document_clinic: DocumentClinic) -> None:
    docs = document_clinic.documents()
    one = docs.prepare(
        DocumentRequest(K.RECEIPT, document_clinic.patient, session_id=document_clinic.signed[0])
    )
    assert not one.content.draft


def test_report_on_a_course_with_an_unsigned_session_is_a_draft(
    document_clinic: DocumentClinic,
) -> None:
    docs = document_clinic.documents()
    report = docs.prepare(
        DocumentRequest(
            K.CLINICAL_REPORT, document_clinic.patient, course_id=document_clinic.course
        )
    )
    assert report.content.draft
    assert _every_page_draft(report.render().data)
    other = docs.prepare(
        DocumentRequest(
            K.CLINICAL_REPORT, document_clinic.other, course_id=document_clinic.other_course
        )
    )
    assert not other.content.draft  # Ignatius: his one session is signed


# --- reception ------------------------------------------------------------------------------


@pytest.mark.parametrize("use", list(Use))
def test_reception_prints_a_signed_take_home_sheet_never_a_draft(
    document_clinic: DocumentClinic, use: Use
) -> None:
    desk = document_clinic.documents(document_clinic.reza)
    sheet = desk.prepare(
        DocumentRequest(K.TAKE_HOME, document_clinic.patient, session_id=document_clinic.signed[0]),
        use,
    )
    assert not sheet.content.draft
    with pytest.raises(AccessDenied):
        desk.prepare(
            DocumentRequest(K.TAKE_HOME, document_clinic.patient, session_id=document_clinic.draft),
            use,
        )


def test_reception_end_of_course_sheet_is_of_the_last_signed_session(
    document_clinic: DocumentClinic,
) -> None:
    desk = document_clinic.documents(document_clinic.reza)
    sheet = desk.prepare(
        DocumentRequest(K.TAKE_HOME, document_clinic.patient, course_id=document_clinic.course)
    )
    assert not sheet.content.draft
    assert sheet.object_id == document_clinic.signed[1]


def test_reception_receipts_leave_out_unsigned_sessions(document_clinic: DocumentClinic) -> None:
    desk = document_clinic.documents(document_clinic.reza)
    with pytest.raises(UnsignedSession):
        desk.prepare(
            DocumentRequest(K.RECEIPT, document_clinic.patient, session_id=document_clinic.draft)
        )
    course = desk.prepare(
        DocumentRequest(K.RECEIPT, document_clinic.patient, course_id=document_clinic.course)
    )
    assert not course.content.draft
    assert len(course.content.lines) == 2  # sessions 1 and 2 only
    choices = desk.choices(document_clinic.patient)
    assert choices.first_day is not None and choices.last_day is not None
    period = desk.prepare(
        DocumentRequest(
            K.RECEIPT,
            document_clinic.patient,
            date_from=choices.first_day,
            date_to=choices.last_day,
        )
    )
    assert not period.content.draft
    assert all("DRAFT" not in page for page in pages_text(period.render().data))


def test_reception_never_gets_the_clinical_report(document_clinic: DocumentClinic) -> None:
    desk = document_clinic.documents(document_clinic.reza)
    with pytest.raises(AccessDenied):
        desk.prepare(
            DocumentRequest(
                K.CLINICAL_REPORT, document_clinic.patient, course_id=document_clinic.course
            )
        )
    assert not any(c.clinical_report for c in desk.choices(document_clinic.patient).courses)


def test_reception_choices_list_signed_sessions_only(document_clinic: DocumentClinic) -> None:
    desk = document_clinic.documents(document_clinic.reza)
    listed = {
        s.session_id for c in desk.choices(document_clinic.patient).courses for s in c.sessions
    }
    assert document_clinic.draft not in listed
    assert set(document_clinic.signed) <= listed
