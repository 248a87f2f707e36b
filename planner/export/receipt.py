"""The reception receipt, for the patient's insurer: who treated whom, each date of
service with the service, length, fee, payment and balance, and the course position.

It carries no clinical notes or diagnoses: the only clinical words on it are the ones
the practitioner chose to show (``Receipt.shown_text``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

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
from planner.export.model import FeeLine, Receipt
from planner.export.page import PageDecor, RenderedPdf, build_pdf, content_width

BASE_SIZE = 10.0
_COLUMNS = (  # shares of the width; money columns fit "£1,560.00" in bold
    ("Date", 0.13),
    ("Service", 0.185),
    ("Session", 0.115),
    ("Time", 0.075),
    ("Fee", 0.125),
    ("Paid", 0.125),
    ("Method", 0.115),
    ("Balance", 0.13),
)
_MONEY_COLUMNS = {"Fee", "Paid", "Balance"}


def render_receipt(receipt: Receipt) -> RenderedPdf:
    """The receipt as a PDF, for one session or a date range."""
    writer = TextWriter()
    footer = f"{receipt.patient.full_name} · Receipt {receipt.receipt_number}"
    decor = PageDecor(
        footer=writer.runs(footer), footer_size=8, demo=receipt.clinic.demo, draft=receipt.draft
    )
    return build_pdf(
        lambda: _story(writer, receipt),
        writer=writer,
        decor=decor,
        paper=receipt.clinic.paper,
        title="Receipt",
        author=receipt.clinic.name,
    )


def _story(writer: TextWriter, receipt: Receipt) -> list[Flowable]:
    st = make_styles(BASE_SIZE, cell=9)
    width = content_width(receipt.clinic.paper)
    number = [
        writer.para("Receipt", st.title, bold=True),
        writer.pair("Receipt number:", receipt.receipt_number, st.body),
        writer.pair("Date issued:", date_text(receipt.issued_on), st.body),
    ]
    story: list[Flowable] = [letterhead(writer, st, receipt.clinic, width, number), gap(8)]
    story.append(_parties(writer, st, receipt, width))
    story += [gap(10), CondPageBreak(90), writer.para(_period(receipt), st.heading, bold=True)]
    story.append(_lines_table(writer, st, receipt, width))
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
    by += practitioner_lines(writer, st, receipt.practitioner)
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


def _row(writer: TextWriter, st: Styles, line: FeeLine, currency: str) -> list[Paragraph]:
    minutes = f"{line.duration_minutes} min" if line.duration_minutes else ""
    cells = [
        writer.para(date_text(line.service_date), st.cell),
        writer.para(service_text(line.techniques), st.cell),
        writer.para(session_of(line.session_number, line.planned_sessions), st.cell),
        writer.para(minutes, st.cell),
        writer.para(money(line.fee_cents, currency), st.right),
        writer.para(money(line.paid_cents, currency), st.right),
        writer.para(word(PAYMENT, line.payment_method) if line.paid_cents else "", st.cell),
        writer.para(money(line.balance_cents, currency), st.right),
    ]
    return cells


def _lines_table(writer: TextWriter, st: Styles, receipt: Receipt, width: float) -> Table:
    currency = receipt.clinic.currency
    head = [
        writer.para(name, st.cell_head if name not in _MONEY_COLUMNS else st.right, bold=True)
        for name, _ in _COLUMNS
    ]
    lines = sorted(receipt.lines, key=lambda line: (line.service_date, line.session_number or 0))
    rows: list[Sequence[Cell]] = [head, *(_row(writer, st, line, currency) for line in lines)]
    fee = sum(line.fee_cents for line in lines)
    paid = sum(line.paid_cents for line in lines)
    total: list[Cell] = [writer.para("Total", st.cell_head, bold=True), "", "", ""]
    total += [
        writer.para(money(fee, currency), st.right, bold=True),
        writer.para(money(paid, currency), st.right, bold=True),
        "",
        writer.para(money(fee - paid, currency), st.right, bold=True),
    ]
    rows.append(total)
    table = grid(rows, [width * share for _, share in _COLUMNS])
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
                ("LEFTPADDING", (6, 0), (6, -1), 8),  # the method, clear of the amount paid
            ]
        )
    )
    return table


def _remaining(receipt: Receipt) -> int | None:
    if receipt.sessions_remaining is not None:
        return receipt.sessions_remaining
    numbered = [
        line
        for line in receipt.lines
        if line.session_number is not None and line.planned_sessions is not None
    ]
    if not numbered:
        return None
    last = max(numbered, key=lambda line: (line.service_date, line.session_number or 0))
    return max((last.planned_sessions or 0) - (last.session_number or 0), 0)


def _summary(writer: TextWriter, st: Styles, receipt: Receipt) -> list[Flowable]:
    flow: list[Flowable] = [gap(8)]
    balance = sum(line.balance_cents for line in receipt.lines)
    currency = receipt.clinic.currency
    if balance > 0:
        flow.append(writer.pair("Balance due:", money(balance, currency), st.body))
    elif balance < 0:
        flow.append(writer.pair("In credit:", money(-balance, currency), st.body))
    else:
        flow.append(writer.para("Paid in full.", st.body, bold=True))
    remaining = _remaining(receipt)
    if remaining is not None:
        flow.append(
            writer.pair("Sessions remaining in the current course:", str(remaining), st.body)
        )
    if receipt.shown_text.strip():
        flow.append(writer.pair("Reason for treatment:", receipt.shown_text, st.body))
    return flow


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
