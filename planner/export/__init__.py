"""Documents as PDFs: the patient's take-home sheet, the reception receipt and the
clinical course report for the referring physician (issue 7).

Plain data in (:mod:`planner.export.model`), PDF bytes out (:class:`RenderedPdf`), no Qt
and no database. ``RenderedPdf.warning`` says when some characters could not be printed;
:func:`write_atomic` saves the bytes atomically with owner-only permissions, where
:func:`check_output_path` allows (never over the database, a device, a folder or a link;
an existing PDF only when asked to replace it).

ReportLab is imported on first use, so services that only build the input data (or an
app that never prints) do not pay for it at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.export.clinical_report import render_clinical_report
    from planner.export.page import RenderedPdf
    from planner.export.receipt import render_receipt
    from planner.export.take_home import render_take_home
    from planner.files import (
        UnsafeOutputPath,
        check_output_path,
        remove_leftovers,
        write_atomic,
    )

_WHERE = {
    "RenderedPdf": "planner.export.page",
    "UnsafeOutputPath": "planner.files",
    "check_output_path": "planner.files",
    "remove_leftovers": "planner.files",
    "render_clinical_report": "planner.export.clinical_report",
    "render_receipt": "planner.export.receipt",
    "render_take_home": "planner.export.take_home",
    "write_atomic": "planner.files",
}
__all__ = [
    "RenderedPdf",
    "UnsafeOutputPath",
    "check_output_path",
    "remove_leftovers",
    "render_clinical_report",
    "render_receipt",
    "render_take_home",
    "write_atomic",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
