"""The end of day's documents read back: the takings PDF (totals, payments, refunds), the
takings CSV (one row per payment, a total row per method, amounts as decimals, cells a
spreadsheet would run as formulas neutralised) and the day sheet PDF ("time not set",
session n of m, no clinical words)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from planner.domain.vocab import AppointmentKind, AppointmentState, PaymentMethod
from planner.export.day_sheet import EVERYONE, DaySheet, DaySheetLine, render_day_sheet
from planner.export.model import ClinicHeader
from planner.export.takings import Takings, TakingsPayment, render_takings, summarise
from planner.export.takings_csv import HEADER, amount_text, neutralised, takings_csv
from tests.unit.export.pdf_reading import contains, text

DAY = dt.date(2026, 12, 7)
CLINIC = ClinicHeader(name="Fictional Acupuncture", currency="GBP", demo=True)


def _takings() -> Takings:
    return summarise(
        DAY,
        CLINIC,
        [
            TakingsPayment(
                dt.time(9, 5), "001000", PaymentMethod.CARD, 6500, "slip 44", "", "Dr Mei Chen"
            ),
            TakingsPayment(
                dt.time(9, 40), "001001", PaymentMethod.CASH, 3000, "", "", "Dr Mei Chen"
            ),
            TakingsPayment(dt.time(11, 0), "001002", PaymentMethod.INSURANCE, 4550, "", "", "ada"),
            TakingsPayment(
                dt.time(16, 30),
                "001000",
                PaymentMethod.CARD,
                -2000,
                "",
                "Overcharged",
                "Dr Mei Chen",
            ),
        ],
    )


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with its mark, for spreadsheets
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_takings_pdf_shows_totals_payments_and_refunds() -> None:
    takings = _takings()
    found = text(render_takings(takings))
    for wanted in (
        "Takings",
        "7 Dec 2026",
        "By method",
        "Cash",
        "£30.00",
        "Card",
        "£45.00",
        "Insurer direct billing",
        "£45.50",
        "By practitioner",
        "Dr Mei Chen",
        "£75.00",
        "Refunds",
        "-£20.00",
        "Net total",
        "£120.50",
        "Refund: Overcharged",
        "slip 44",
        "16:30",
        "001002",
    ):
        assert contains(found, wanted), wanted


def test_an_empty_day_says_so() -> None:
    found = text(render_takings(summarise(DAY, CLINIC, [])))
    assert contains(found, "No payments were recorded for this date.")


def test_the_csv_has_a_row_per_payment_and_a_total_per_method() -> None:
    rows = _rows(takings_csv(_takings()))
    assert rows[0] == list(HEADER)
    assert rows[1] == [
        "2026-12-07", "09:05", "001000", "Card", "65.00", "Dr Mei Chen", "slip 44", "",
    ]  # fmt: skip
    assert rows[4][4] == "-20.00" and rows[4][7] == "Overcharged"  # a plain negative number
    totals = {row[3]: row[4] for row in rows[5:]}
    assert totals == {
        "Total Cash": "30.00",
        "Total Card": "45.00",
        "Total Insurer direct billing": "45.50",
        "Net total": "120.50",
    }
    per_method: dict[str, int] = {}
    for row in rows[1:5]:
        cents = round(float(row[4]) * 100)
        per_method[row[3]] = per_method.get(row[3], 0) + cents
    assert {f"Total {k}": amount_text(v) for k, v in per_method.items()} == {
        k: v for k, v in totals.items() if k != "Net total"
    }


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+cmd", "'+1+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("-20.00", "-20.00"),
        ("-5", "-5"),
        ("Dr Chen", "Dr Chen"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised_but_negative_numbers_kept(cell: str, written: str) -> None:
    assert neutralised(cell) == written


def test_text_from_the_desk_cannot_become_a_formula_in_the_csv() -> None:
    takings = summarise(
        DAY,
        CLINIC,
        [
            TakingsPayment(None, "001000", PaymentMethod.CASH, -500, "=1+2", "@cmd", "+Dr"),
        ],
    )
    row = _rows(takings_csv(takings))[1]
    assert row[1] == ""  # no time recorded
    assert row[4] == "-5.00"
    assert (row[5], row[6], row[7]) == ("'+Dr", "'=1+2", "'@cmd")


def test_amounts_are_plain_decimals() -> None:
    assert [amount_text(c) for c in (4500, 5, -2000, 123456, -1)] == [
        "45.00", "0.05", "-20.00", "1234.56", "-0.01",
    ]  # fmt: skip


def test_the_day_sheet_shows_times_sessions_rooms_and_states() -> None:
    sheet = DaySheet(
        DAY,
        CLINIC,
        EVERYONE,
        (
            DaySheetLine(
                dt.time(9, 0), 45, "Zoë Fictional", "001000", AppointmentKind.FIRST_VISIT,
                AppointmentState.CHECKED_IN, room="Room 2", practitioner="Dr Mei Chen",
            ),
            DaySheetLine(
                dt.time(10, 0), 30, "Tom Madeup", "001001", AppointmentKind.FOLLOW_UP,
                AppointmentState.CANCELLED, session_number=3, planned_sessions=6,
            ),
            DaySheetLine(
                None, 30, "Ann Example", "001002", AppointmentKind.FOLLOW_UP,
                AppointmentState.BOOKED, session_number=2, planned_sessions=5,
            ),
        ),
    )  # fmt: skip
    rendered = render_day_sheet(sheet)
    found = text(rendered)
    for wanted in (
        "Day sheet",
        "7 Dec 2026",
        "Practitioner: Everyone",
        "09:00–09:45",
        "Zoë Fictional",
        "001000",
        "First visit",
        "Checked in",
        "Room 2",
        "Dr Mei Chen",
        "Session 3 of 6",
        "Cancelled",
        "time not set",
        "Session 2 of 5",
        "3 appointments",
    ):
        assert contains(found, wanted), wanted
    assert not rendered.missing_characters


def test_a_day_sheet_with_no_appointments() -> None:
    found = text(render_day_sheet(DaySheet(DAY, CLINIC, "Dr Mei Chen", ())))
    assert contains(found, "No appointments on this date.")
    assert contains(found, "Practitioner: Dr Mei Chen")
