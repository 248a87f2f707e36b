"""The reception receipt, read back from the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.domain.vocab import PaymentMethod, Technique
from planner.export import render_clinical_report, render_receipt
from planner.export.labels import money, service_text
from planner.export.model import FeeLine, PaymentLine, Receipt
from tests.unit.export import samples
from tests.unit.export.pdf_reading import contains, pages_text, text


def test_one_session_receipt_has_everything_an_insurer_needs() -> None:
    receipt = samples.receipt(1, sessions_remaining=5, course_start=dt.date(2025, 3, 3))
    found = text(render_receipt(receipt))
    for wanted in (
        "Riverside Acupuncture & Back Care",
        "12 Mill Lane",
        "Mei Lin Okafor, Lic. Ac., MSc",
        "Registration number: BAcC-0042",
        "Zoë Łukasz-Papadopoulou",
        "Date of birth: 2 Apr 1979",
        "Insurer: Oldtown Mutual",
        "Policy number: OM-77-1234",
        "Receipt number: R-2025-000123",
        "Service on 3 Mar 2025",
        "Acupuncture with electrical stimulation",
        "Session 1 of 6",
        "45 min",
        "£65.00",
        "Payments received",
        "card",
        "Paid in full.",
        "Sessions remaining in the course started 3 Mar 2025: 5",
    ):
        assert contains(found, wanted), wanted
    assert not contains(found, "Invoice")
    assert not contains(found, "COPY")


def test_a_date_range_with_a_balance_is_an_invoice_with_each_payment() -> None:
    lines = (
        samples.fee_line(1),
        samples.fee_line(
            2,
            paid_cents=5000,
            payments=(
                PaymentLine(dt.date(2025, 3, 10), 2000, PaymentMethod.CASH),
                PaymentLine(dt.date(2025, 3, 21), 3000, PaymentMethod.BANK_TRANSFER),
            ),
        ),
        samples.fee_line(3, paid_cents=0, payment_method=None),
    )
    receipt = samples.receipt(1, lines=lines, period=(dt.date(2025, 3, 1), dt.date(2025, 3, 31)))
    found = text(render_receipt(receipt))
    assert contains(found, "Invoice number: R-2025-000123")
    assert not contains(found, "Receipt")
    assert contains(found, "Services from 1 Mar 2025 to 31 Mar 2025")
    for number in (1, 2, 3):
        assert contains(found, f"Session {number} of 6")
    assert contains(found, "Total fees£195.00")
    assert contains(found, "Total paid£115.00")
    assert contains(found, "Amount due: £80.00")
    assert not contains(found, "Paid in full")
    for paid in ("10 Mar 2025cash", "21 Mar 2025bank transfer", "3 Mar 2025card"):
        assert contains(found, paid), paid  # each payment: its date and method
    assert not contains(found, "Sessions remaining")  # not said: not given


def test_an_invoice_with_nothing_paid_never_says_paid() -> None:
    line = samples.fee_line(1, paid_cents=0, payment_method=None)
    found = text(render_receipt(samples.receipt(1, lines=(line,))))
    assert contains(found, "Invoice")
    assert contains(found, "Amount due: £65.00")
    for wrong in ("Paid", "£0.00", "Receipt", "Payments received"):
        assert not contains(found, wrong), wrong


def test_no_fee_recorded_is_said_so_never_paid_in_full() -> None:
    line = samples.fee_line(1, fee_cents=0, paid_cents=0, payment_method=None)
    found = text(render_receipt(samples.receipt(1, lines=(line,))))
    assert contains(found, "No fee has been recorded for these sessions.")
    assert not contains(found, "Paid in full") and not contains(found, "Amount due")


def test_a_credit_is_a_receipt_and_the_count_of_sessions_remaining() -> None:
    receipt = samples.receipt(
        1, lines=(samples.fee_line(2, paid_cents=7000),), sessions_remaining=9
    )
    found = text(render_receipt(receipt))
    assert contains(found, "Receipt number")
    assert contains(found, "In credit: £5.00")
    assert contains(found, "Sessions remaining in this course: 9")


def test_a_preview_has_no_number_and_a_copy_says_so_on_every_page() -> None:
    preview = samples.receipt(1, receipt_number="", preview=True)
    found = text(render_receipt(preview))
    assert contains(found, "Receipt number: given when printed or saved")
    assert not contains(found, "R-2025")
    lines = tuple(samples.fee_line(n, planned=60) for n in range(1, 50))
    pages = pages_text(render_receipt(samples.receipt(1, lines=lines, copy=True)))
    assert len(pages) >= 2
    assert contains(pages[0], "COPY — this number was printed or saved before")
    for page in pages:
        assert contains(page, "Receipt R-2025-000123 · COPY")


def test_a_draft_has_no_number_even_when_given_one() -> None:
    found = text(render_receipt(samples.receipt(1, draft=True)))
    assert contains(found, "Receipt number: none (a session on it is not signed yet)")
    assert not contains(found, "R-2025-000123")
    assert contains(found, "DRAFT")


def test_the_clinics_tax_number_and_registering_body() -> None:
    clinic = dataclasses.replace(
        samples.CLINIC, tax_number="GB 123 4567 89", registering_body="British Acupuncture Council"
    )
    found = text(render_receipt(samples.receipt(1, clinic=clinic)))
    assert contains(found, "Tax number: GB 123 4567 89")
    assert contains(found, "Registered with: British Acupuncture Council")
    assert contains(found, "Registration number: BAcC-0042")
    plain = text(render_receipt(samples.receipt(1)))
    assert not contains(plain, "Tax number") and not contains(plain, "Registered with")


def test_the_lines_own_dates_when_no_range_is_given() -> None:
    found = text(render_receipt(samples.receipt(3)))
    assert contains(found, "Services from 3 Mar 2025 to 17 Mar 2025")


def test_no_clinical_notes_or_diagnoses_on_a_receipt() -> None:
    report = samples.clinical_report(3)
    receipt = samples.receipt(3)
    report_text = text(render_clinical_report(report))
    receipt_text = text(render_receipt(receipt))
    clinical = (
        report.complaint.presenting_complaint,
        report.complaint.diagnosis,
        report.plan.rationale,
        "de qi",
        "BL23",
        "bruising",
        "Kidney",
        "Reason for treatment",
    )
    for words in clinical:
        assert contains(report_text, words) or words == "Reason for treatment"
        assert not contains(receipt_text, words), words


def test_only_the_text_the_practitioner_chose_to_show() -> None:
    found = text(render_receipt(samples.receipt(1, shown_text="Low back pain")))
    assert contains(found, "Reason for treatment: Low back pain")


def test_a_receipt_has_no_field_that_could_carry_notes() -> None:
    """A new field on Receipt or FeeLine must be checked against the rule above."""
    assert {f.name for f in dataclasses.fields(Receipt)} == {
        "clinic",
        "practitioner",
        "patient",
        "receipt_number",
        "issued_on",
        "lines",
        "period",
        "sessions_remaining",
        "shown_text",
        "course_start",
        "preview",
        "copy",
        "draft",
    }
    assert {f.name for f in dataclasses.fields(FeeLine)} == {
        "service_date",
        "techniques",
        "duration_minutes",
        "fee_cents",
        "paid_cents",
        "payment_method",
        "session_number",
        "planned_sessions",
        "payments",
    }
    assert {f.name for f in dataclasses.fields(PaymentLine)} == {
        "paid_on",
        "amount_cents",
        "method",
        "reference",  # the card slip or transfer reference typed at the desk (80 characters)
    }


def test_services_in_words() -> None:
    assert service_text({Technique.LOCAL_NEEDLING}) == "Acupuncture"
    assert service_text({Technique.CUPPING}) == "Cupping"
    assert (
        service_text({Technique.DISTAL_NEEDLING, Technique.CUPPING, Technique.MOXIBUSTION})
        == "Acupuncture, cupping and moxibustion"
    )
    assert service_text(set()) == "Consultation"


def test_money_formats() -> None:
    assert money(6500, "GBP") == "£65.00"
    assert money(123456, "eur") == "€1,234.56"
    assert money(-500, "USD") == "-$5.00"
    assert money(6500, "SEK") == "65.00 SEK"
    assert money(6500, "") == "65.00"


def test_footer_and_page_numbers_on_a_long_range() -> None:
    lines = tuple(samples.fee_line(n, planned=24) for n in range(1, 25)) * 2
    pages = pages_text(render_receipt(samples.receipt(1, lines=lines)))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert contains(page, f"Page {number} of {len(pages)}")
        assert contains(page, "Receipt R-2025-000123")
        if contains(page, "45 min"):  # the header row repeats above the lines
            assert contains(page, "DateServiceSessionTimeFee")


def test_a_one_day_range_and_lines_outside_a_course() -> None:
    line = samples.fee_line(1, session_number=None, planned_sessions=None)
    day = line.service_date
    found = text(render_receipt(samples.receipt(1, lines=(line,), period=(day, day))))
    assert contains(found, "Services on 3 Mar 2025")
    assert not contains(found, "Sessions remaining")
    assert not contains(found, "Session 1")
