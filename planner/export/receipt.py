"""The receipt or invoice, for the patient and their insurer: who treated whom, each date
of service with the service, length and fee, each payment with its date and method, and
the course position.

While any balance is due the document is an *invoice* (it says the amount due); once
everything is paid it is a *receipt* (it lists the payments). A preview carries no
number (one is given when the document is printed or saved), a draft never has one, and
a number printed or saved before prints COPY.

It carries no clinical notes: the only clinical words on it are the ones the
practitioner chose to show (``Receipt.shown_text``) and, only when the clinic switched
insurer codes on, the diagnosis code the clinic chose and each session's CPT codes with
their units (:class:`FullReceipt`, :class:`CodedFeeLine`). A refund (a negative payment,
:class:`RefundLine`) is listed with its reason and netted in the total paid and the
balance. The patient's next appointments close the document (a time not yet set reads
"time to be confirmed").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from planner.domain.insurance import ServiceCode, diagnosis_description
from planner.export.common import Cell, gap, grid, letterhead, practitioner_lines
from planner.export.labels import (
    PAYMENT,
    date_text,
    money,
    service_text,
    session_of,
    word,
)
from planner.export.markup import RULE, Styles, TextWriter, make_styles
from planner.export.model import FeeLine, PaymentLine, Receipt
from planner.export.page import PageDecor, RenderedPdf, build_pdf, content_width

BASE_SIZE = 10.0
_FEE_COLUMNS = (("Date", 0.16), ("Service", 0.42), ("Session", 0.16), ("Time", 0.1), ("Fee", 0.16))
_PAYMENT_COLUMNS = (
    ("Paid on", 0.2),
    ("Method", 0.25),
    ("For the service on", 0.35),
    ("Amount", 0.2),
)
_MONEY_COLUMNS = {"Fee", "Amount"}
PREVIEW_NUMBER = "given when printed or saved"
DRAFT_NUMBER = "none (a session on it is not signed yet)"
COPY_LINE = "COPY — this number was printed or saved before"
TIME_TO_BE_CONFIRMED = "time to be confirmed"
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # the same in every locale
_CODE_COLUMNS = (
    ("Date", 0.16),
    ("Diagnosis", 0.14),
    ("Service", 0.12),
    ("Description", 0.48),
    ("Units", 0.1),
)


@dataclass(frozen=True)
class RefundLine(PaymentLine):
    """Money given back (``amount_cents`` below zero) and why."""

    reason: str = ""


@dataclass(frozen=True)
class CodedFeeLine(FeeLine):
    """A date of service with the CPT codes and units billed for it (insurer codes on)."""

    codes: tuple[ServiceCode, ...] = ()


@dataclass(frozen=True)
class NextAppointment:
    """One of the patient's next appointments; ``starts_at`` None: no time set yet."""

    day: dt.date
    starts_at: dt.datetime | None = None


@dataclass(frozen=True)
class FullReceipt(Receipt):
    """A receipt with what the base one lacks: the ICD-10-CM diagnosis code printed with
    the lines' CPT codes ("" when the clinic's insurer codes are off) and the patient's
    next appointments."""

    diagnosis_code: str = ""
    next_appointments: tuple[NextAppointment, ...] = ()


def number_text(receipt: Receipt) -> str:
    """The number as printed, or why there is none."""
    if receipt.draft:
        return DRAFT_NUMBER
    if receipt.receipt_number:
        return receipt.receipt_number
    return PREVIEW_NUMBER if receipt.preview else "none"


def payments_of(line: FeeLine) -> tuple[PaymentLine, ...]:
    """A line's payments; without a list, what it says was paid on the day of service."""
    if line.payments:
        return line.payments
    if line.paid_cents:
        return (PaymentLine(line.service_date, line.paid_cents, line.payment_method),)
    return ()


def render_receipt(receipt: Receipt) -> RenderedPdf:
    """The receipt or invoice as a PDF, for one session, a course or a date range."""
    writer = TextWriter()
    name = receipt.name
    footer = f"{receipt.patient.full_name} · {name}"
    if receipt.receipt_number and not receipt.draft:
        footer += f" {receipt.receipt_number}"
    if receipt.copy:
        footer += " · COPY"
    decor = PageDecor(
        footer=writer.runs(footer), footer_size=8, demo=receipt.clinic.demo, draft=receipt.draft
    )
    return build_pdf(
        lambda: _story(writer, receipt),
        writer=writer,
        decor=decor,
        paper=receipt.clinic.paper,
        title=name,
        author=receipt.clinic.name,
    )


def _story(writer: TextWriter, receipt: Receipt) -> list[Flowable]:
    st = make_styles(BASE_SIZE, cell=9)
    width = content_width(receipt.clinic.paper)
    name = receipt.name
    number = [
        writer.para(name, st.title, bold=True),
        writer.pair(f"{name} number:", number_text(receipt), st.body),
        writer.pair("Date issued:", date_text(receipt.issued_on), st.body),
    ]
    if receipt.copy:
        number.append(writer.para(COPY_LINE, st.bold, bold=True))
    if receipt.clinic.tax_number.strip():
        number.append(writer.pair("Tax number:", receipt.clinic.tax_number, st.body))
    story: list[Flowable] = [letterhead(writer, st, receipt.clinic, width, number), gap(8)]
    story.append(_parties(writer, st, receipt, width))
    story += [gap(10), CondPageBreak(90), writer.para(_period(receipt), st.heading, bold=True)]
    story.append(_fees_table(writer, st, receipt, width))
    story += _codes(writer, st, receipt, width)
    story += _payments(writer, st, receipt, width)
    story += _summary(writer, st, receipt)
    story += _signature(writer, st, width)
    return story


def _parties(writer: TextWriter, st: Styles, receipt: Receipt, width: float) -> Table:
    """Treated by (practitioner) and patient, side by side."""
    patient = receipt.patient
    who: list[Flowable] = [writer.para("Patient", st.bold, bold=True)]
    who.append(writer.para(patient.full_name, st.body))
    if patient.date_of_birth is not None:
        who.append(writer.pair("Date of birth:", date_text(patient.date_of_birth), st.body))
    if patient.address.strip():
        who.append(writer.para(patient.address, st.body))
    if patient.insurance_provider.strip():
        who.append(writer.pair("Insurer:", patient.insurance_provider, st.body))
    if patient.insurance_policy.strip():
        who.append(writer.pair("Policy number:", patient.insurance_policy, st.body))
    by: list[Flowable] = [writer.para("Treated by", st.bold, bold=True)]
    lines = practitioner_lines(writer, st, receipt.practitioner)
    if receipt.clinic.registering_body.strip():
        body = writer.pair("Registered with:", receipt.clinic.registering_body, st.body)
        lines.insert(1, body)
    by += lines
    return Table(
        [[who, by]],
        colWidths=[width / 2, width / 2],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        ),
    )


def _period(receipt: Receipt) -> str:
    if receipt.period is not None:
        start, end = receipt.period
        if start != end:
            return f"Services from {date_text(start)} to {date_text(end)}"
        return f"Services on {date_text(start)}"
    days = sorted({line.service_date for line in receipt.lines})
    if len(days) == 1:
        return f"Service on {date_text(days[0])}"
    if not days:
        return "Services"
    return f"Services from {date_text(days[0])} to {date_text(days[-1])}"


def _ordered(receipt: Receipt) -> list[FeeLine]:
    return sorted(receipt.lines, key=lambda line: (line.service_date, line.session_number or 0))


def _head(writer: TextWriter, st: Styles, columns: Sequence[tuple[str, float]]) -> list[Cell]:
    return [
        writer.para(name, st.right if name in _MONEY_COLUMNS else st.cell_head, bold=True)
        for name, _ in columns
    ]


def _with_total(table: Table) -> Table:
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE)]))
    return table


def _fees_table(writer: TextWriter, st: Styles, receipt: Receipt, width: float) -> Table:
    currency = receipt.clinic.currency
    lines = _ordered(receipt)
    rows: list[Sequence[Cell]] = [_head(writer, st, _FEE_COLUMNS)]
    for line in lines:
        minutes = f"{line.duration_minutes} min" if line.duration_minutes else ""
        rows.append(
            [
                writer.para(date_text(line.service_date), st.cell),
                writer.para(service_text(line.techniques), st.cell),
                writer.para(session_of(line.session_number, line.planned_sessions), st.cell),
                writer.para(minutes, st.cell),
                writer.para(money(line.fee_cents, currency), st.right),
            ]
        )
    fee = sum(line.fee_cents for line in lines)
    total: list[Cell] = [writer.para("Total fees", st.cell_head, bold=True), "", "", ""]
    total.append(writer.para(money(fee, currency), st.right, bold=True))
    rows.append(total)
    return _with_total(grid(rows, [width * share for _, share in _FEE_COLUMNS]))


def _payments(writer: TextWriter, st: Styles, receipt: Receipt, width: float) -> list[Flowable]:
    """Each payment with its date and method (nothing when none was made)."""
    currency = receipt.clinic.currency
    paid = [(line, payment) for line in _ordered(receipt) for payment in payments_of(line)]
    if not paid:
        return []
    paid.sort(key=lambda pair: (pair[1].paid_on, pair[0].service_date))
    rows: list[Sequence[Cell]] = [_head(writer, st, _PAYMENT_COLUMNS)]
    for line, payment in paid:
        rows.append(
            [
                writer.para(date_text(payment.paid_on), st.cell),
                writer.para(_method_text(payment), st.cell),
                writer.para(date_text(line.service_date), st.cell),
                writer.para(money(payment.amount_cents, currency), st.right),
            ]
        )
    amount = sum(payment.amount_cents for _, payment in paid)
    total: list[Cell] = [writer.para("Total paid", st.cell_head, bold=True), "", ""]
    total.append(writer.para(money(amount, currency), st.right, bold=True))
    rows.append(total)
    table = _with_total(grid(rows, [width * share for _, share in _PAYMENT_COLUMNS]))
    refunds = any(isinstance(payment, RefundLine) for _, payment in paid)
    title = "Payments received and refunds" if refunds else "Payments received"
    heading = writer.para(title, st.heading, bold=True)
    return [gap(10), CondPageBreak(70), heading, table]


def _method_text(payment: PaymentLine) -> str:
    """How it was paid (with the desk's reference); a refund says so, with how it was
    given back and why."""
    method = word(PAYMENT, payment.method) or "not recorded"
    reference = payment.reference.strip()
    if reference:
        method = f"{method}, ref. {reference}"
    if not isinstance(payment, RefundLine) and payment.amount_cents >= 0:
        return method
    reason = payment.reason.strip() if isinstance(payment, RefundLine) else ""
    return f"Refund ({method}): {reason}" if reason else f"Refund ({method})"


def _codes(writer: TextWriter, st: Styles, receipt: Receipt, width: float) -> list[Flowable]:
    """The diagnosis and each session's CPT codes with units (insurer codes on only)."""
    if not isinstance(receipt, FullReceipt) or not receipt.diagnosis_code:
        return []
    code = receipt.diagnosis_code
    rows: list[Sequence[Cell]] = [_head(writer, st, _CODE_COLUMNS)]
    for line in _ordered(receipt):
        for service in line.codes if isinstance(line, CodedFeeLine) else ():
            rows.append(
                [
                    writer.para(date_text(line.service_date), st.cell),
                    writer.para(code, st.cell),
                    writer.para(service.code, st.cell),
                    writer.para(service.description, st.cell),
                    writer.para(str(service.units), st.cell),
                ]
            )
    described = f"{code} {diagnosis_description(code)}".strip()
    return [
        gap(10),
        CondPageBreak(70),
        writer.para("Codes for insurers", st.heading, bold=True),
        writer.pair("Diagnosis (ICD-10-CM):", described, st.body),
        writer.pair("Services (CPT):", "one unit per 15 minutes of treatment", st.body),
        grid(rows, [width * share for _, share in _CODE_COLUMNS]),
    ]


def _next_appointments(writer: TextWriter, st: Styles, receipt: Receipt) -> list[Flowable]:
    if not isinstance(receipt, FullReceipt) or not receipt.next_appointments:
        return []
    flow: list[Flowable] = [gap(6), writer.para("Next appointments", st.bold, bold=True)]
    for visit in receipt.next_appointments:
        day = f"{_WEEKDAYS[visit.day.weekday()]} {date_text(visit.day)}"
        when = f" at {visit.starts_at:%H:%M}" if visit.starts_at else f", {TIME_TO_BE_CONFIRMED}"
        flow.append(writer.para(day + when, st.body))
    return flow


def _summary(writer: TextWriter, st: Styles, receipt: Receipt) -> list[Flowable]:
    flow: list[Flowable] = [gap(8)]
    balance = receipt.balance_cents
    currency = receipt.clinic.currency
    if balance > 0:
        flow.append(writer.pair("Amount due:", money(balance, currency), st.heading))
    elif balance < 0:
        flow.append(writer.para("Paid in full.", st.body, bold=True))
        flow.append(writer.pair("In credit:", money(-balance, currency), st.body))
    elif not any(line.fee_cents for line in receipt.lines):
        flow.append(writer.para("No fee has been recorded for these sessions.", st.body))
    else:
        flow.append(writer.para("Paid in full.", st.body, bold=True))
    if receipt.sessions_remaining is not None:
        label = "Sessions remaining in this course:"
        if receipt.course_start is not None:
            label = f"Sessions remaining in the course started {date_text(receipt.course_start)}:"
        flow.append(writer.pair(label, str(receipt.sessions_remaining), st.body))
    if receipt.shown_text.strip():
        flow.append(writer.pair("Reason for treatment:", receipt.shown_text, st.body))
    return flow + _next_appointments(writer, st, receipt)


def _signature(writer: TextWriter, st: Styles, width: float) -> list[Flowable]:
    line = Table(
        [["", "", ""], [writer.para("Practitioner's signature", st.small), "", ""]],
        colWidths=[width * 0.45, width * 0.1, width * 0.45],
        rowHeights=[28, None],
        style=TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [gap(18), KeepTogether([line])]
