"""The end of day's takings: what was paid on one date, as plain data and as a PDF.

:class:`Takings` holds every payment recorded for the date (a refund is a negative
payment with its reason) with the time it was recorded (the clinic's wall clock), the
patient's chart number (never a name), method, amount, reference and practitioner, and
the totals :func:`summarise` works out: by method, by practitioner, the refunds and the
net total. :func:`render_takings` lays it out on A4 or Letter with the clinic's
letterhead; :mod:`planner.export.takings_csv` writes the same as a spreadsheet file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from planner.domain import wording
from planner.domain.vocab import PaymentMethod
from planner.export.common import Cell, clinic_report, gap, grid, letterhead
from planner.export.labels import date_text, money
from planner.export.markup import RULE, Styles, TextWriter, make_styles
from planner.export.model import ClinicHeader
from planner.export.page import RenderedPdf, content_width

BASE_SIZE = 10.0
NO_PRACTITIONER = "No practitioner named"
METHOD_LABELS = wording.labels(PaymentMethod)
_COLUMNS = (
    ("Time", 0.09),
    ("Chart no.", 0.11),
    ("Method", 0.18),
    ("Practitioner", 0.2),
    ("Reference / reason", 0.28),
    ("Amount", 0.14),
)


@dataclass(frozen=True, slots=True)
class TakingsPayment:
    """One payment of the day; ``recorded_at`` is the clinic's wall-clock time."""

    recorded_at: dt.time | None
    chart_number: str
    method: PaymentMethod
    amount_cents: int
    reference: str = ""
    reason: str = ""  # why a refund was given (a negative amount)
    practitioner: str = ""

    @property
    def refund(self) -> bool:
        return self.amount_cents < 0


@dataclass(frozen=True, slots=True)
class Takings:
    """A day's payments and their totals (see :func:`summarise`)."""

    day: dt.date
    clinic: ClinicHeader
    payments: tuple[TakingsPayment, ...]
    by_method: tuple[tuple[PaymentMethod, int], ...]  # net per method, in the vocab's order
    by_practitioner: tuple[tuple[str, int], ...]  # net per practitioner, by name
    received_cents: int  # every positive payment
    refunds_cents: int  # every refund, as a negative amount (0: none)
    net_cents: int


def method_label(method: PaymentMethod) -> str:
    return METHOD_LABELS.get(method, str(method))


def summarise(day: dt.date, clinic: ClinicHeader, payments: Iterable[TakingsPayment]) -> Takings:
    """The totals of ``payments``: per method (only methods used), per practitioner (a
    payment whose session and course name none counts under :data:`NO_PRACTITIONER`),
    received, refunded and net."""
    listed = tuple(payments)
    methods: dict[PaymentMethod, int] = {}
    people: dict[str, int] = {}
    for payment in listed:
        methods[payment.method] = methods.get(payment.method, 0) + payment.amount_cents
        who = payment.practitioner or NO_PRACTITIONER
        people[who] = people.get(who, 0) + payment.amount_cents
    order = list(PaymentMethod)
    return Takings(
        day=day,
        clinic=clinic,
        payments=listed,
        by_method=tuple(sorted(methods.items(), key=lambda item: order.index(item[0]))),
        by_practitioner=tuple(sorted(people.items(), key=lambda item: item[0].casefold())),
        received_cents=sum(p.amount_cents for p in listed if p.amount_cents > 0),
        refunds_cents=sum(p.amount_cents for p in listed if p.amount_cents < 0),
        net_cents=sum(p.amount_cents for p in listed),
    )


def title_of(takings: Takings) -> str:
    return f"Takings for {date_text(takings.day)}"


def render_takings(takings: Takings) -> RenderedPdf:
    """The takings as a PDF: the totals first, then every payment."""
    title = title_of(takings)
    footer = f"{takings.clinic.name} · {title}"
    return clinic_report(title, footer, takings.clinic, lambda writer: _story(writer, takings))


def _story(writer: TextWriter, takings: Takings) -> list[Flowable]:
    st = make_styles(BASE_SIZE, cell=9)
    width = content_width(takings.clinic.paper)
    right = [
        writer.para("Takings", st.title, bold=True),
        writer.pair("Date:", date_text(takings.day), st.body),
    ]
    story: list[Flowable] = [letterhead(writer, st, takings.clinic, width, right), gap(8)]
    story += _totals(writer, st, takings, width)
    story += [gap(12), CondPageBreak(90)]
    story.append(writer.para("Payments recorded", st.heading, bold=True))
    if not takings.payments:
        story.append(writer.para("No payments were recorded for this date.", st.body))
        return story
    story.append(_payments_table(writer, st, takings, width))
    return story


def _totals(writer: TextWriter, st: Styles, takings: Takings, width: float) -> list[Flowable]:
    currency = takings.clinic.currency
    by_method = [(method_label(method), cents) for method, cents in takings.by_method]
    summary = [
        ("Received", takings.received_cents),
        ("Refunds", takings.refunds_cents),
        ("Net total", takings.net_cents),
    ]
    tables = [
        _total_table(writer, st, "By method", by_method, currency, width / 3 - 6),
        _total_table(
            writer, st, "By practitioner", takings.by_practitioner, currency, width / 3 - 6
        ),
        _total_table(writer, st, "Totals", summary, currency, width / 3 - 6),
    ]
    row = Table(
        [tables],
        colWidths=[width / 3] * 3,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
    return [row]


def _total_table(
    writer: TextWriter,
    st: Styles,
    heading: str,
    lines: Sequence[tuple[str, int]],
    currency: str,
    width: float,
) -> Table:
    rows: list[Sequence[Cell]] = [
        [writer.para(heading, st.cell_head, bold=True), writer.para("", st.right)]
    ]
    for name, cents in lines:
        rows.append([writer.para(name, st.cell), writer.para(money(cents, currency), st.right)])
    if not lines:
        rows.append([writer.para("None", st.cell), writer.para("", st.right)])
    return grid(rows, [width * 0.62, width * 0.38], zebra=False)


def _payments_table(writer: TextWriter, st: Styles, takings: Takings, width: float) -> Table:
    currency = takings.clinic.currency
    rows: list[Sequence[Cell]] = [
        [
            writer.para(name, st.right if name == "Amount" else st.cell_head, bold=True)
            for name, _ in _COLUMNS
        ]
    ]
    for payment in takings.payments:
        note = payment.reference
        if payment.refund:
            note = "; ".join(part for part in (f"Refund: {payment.reason}", note) if part)
        rows.append(
            [
                writer.para(_time(payment.recorded_at), st.cell),
                writer.para(payment.chart_number, st.cell),
                writer.para(method_label(payment.method), st.cell),
                writer.para(payment.practitioner or NO_PRACTITIONER, st.cell),
                writer.para(note, st.cell),
                writer.para(money(payment.amount_cents, currency), st.right),
            ]
        )
    total: list[Cell] = [writer.para("Net total", st.cell_head, bold=True), "", "", "", ""]
    total.append(writer.para(money(takings.net_cents, currency), st.right, bold=True))
    rows.append(total)
    table = grid(rows, [width * share for _, share in _COLUMNS], long=True)
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
                ("SPAN", (0, -1), (4, -1)),  # "Net total" on one line
            ]
        )
    )
    return table


def _time(at: dt.time | None) -> str:
    return "" if at is None else at.strftime("%H:%M")
