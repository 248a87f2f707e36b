"""Documents as PDFs: the patient's take-home sheet, the reception receipt and the
clinical course report for the referring physician (issue 7).

Plain data in (:mod:`planner.export.model`), PDF bytes out (:class:`RenderedPdf`), no Qt
and no database. ``RenderedPdf.warning`` says when some characters could not be printed;
:func:`write_atomic` saves the bytes atomically with owner-only permissions.
"""

from __future__ import annotations

from planner.export.clinical_report import render_clinical_report
from planner.export.files import remove_leftovers, write_atomic
from planner.export.page import RenderedPdf
from planner.export.receipt import render_receipt
from planner.export.take_home import render_take_home

__all__ = [
    "RenderedPdf",
    "remove_leftovers",
    "render_clinical_report",
    "render_receipt",
    "render_take_home",
    "write_atomic",
]
