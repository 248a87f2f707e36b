"""The end of day's takings as a CSV file for a spreadsheet or the bookkeeper.

A header row, then one row per payment (date, time recorded, patient's chart number,
method, amount as a plain decimal such as ``45.00`` or ``-20.00`` for a refund,
practitioner, reference, refund reason), then one total row per method used and a net
total row. UTF-8 with a byte-order mark (so spreadsheet programs read accented names
right), comma-separated, CRLF line ends.

A cell that begins with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) is
written with a leading apostrophe, so a spreadsheet shows it as text rather than running
it as a formula; a plain negative amount (``-20.00``) is left as the number it is.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from planner.export.takings import NO_PRACTITIONER, Takings, method_label

HEADER = (
    "Date",
    "Time",
    "Chart number",
    "Method",
    "Amount",
    "Practitioner",
    "Reference",
    "Refund reason",
)
BOM = "\ufeff"
CSV_KINDS = (f"{BOM}{HEADER[0]},".encode(), f"{HEADER[0]},".encode())
"""How an earlier takings file begins (what may be replaced by a new one)."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-\d+(\.\d+)?")


def amount_text(cents: int) -> str:
    """``45.00``, ``-20.00``: a decimal a spreadsheet reads as a number."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def neutralised(cell: str) -> str:
    """``cell`` made safe to open in a spreadsheet (see the module's note)."""
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def takings_csv(takings: Takings) -> bytes:
    """The CSV file's bytes."""
    day = takings.day.isoformat()
    rows: list[Sequence[str]] = [HEADER]
    for payment in takings.payments:
        rows.append(
            (
                day,
                "" if payment.recorded_at is None else payment.recorded_at.strftime("%H:%M"),
                payment.chart_number,
                method_label(payment.method),
                amount_text(payment.amount_cents),
                payment.practitioner or NO_PRACTITIONER,
                payment.reference,
                payment.reason,
            )
        )
    for method, cents in takings.by_method:
        rows.append((day, "", "", f"Total {method_label(method)}", amount_text(cents), "", "", ""))
    rows.append((day, "", "", "Net total", amount_text(takings.net_cents), "", "", ""))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralised(cell) for cell in row])
    return (BOM + buffer.getvalue()).encode("utf-8")
