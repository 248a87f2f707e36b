"""Reading the produced PDFs back: text per page, fonts and sizes used, images."""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader

from planner.export import RenderedPdf

_TF = re.compile(rb"/([^\s/]+)\s+([\d.]+)\s+Tf")


def reader(pdf: RenderedPdf | bytes) -> PdfReader:
    data = pdf.data if isinstance(pdf, RenderedPdf) else pdf
    return PdfReader(io.BytesIO(data))


def pages_text(pdf: RenderedPdf | bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def text(pdf: RenderedPdf | bytes) -> str:
    return "\n".join(pages_text(pdf))


def squash(value: str) -> str:
    """Text without any whitespace: line wrapping and spacing do not matter."""
    return "".join(value.split())


def contains(pdf_text: str, wanted: str) -> bool:
    return squash(wanted) in squash(pdf_text)


def font_sizes(pdf: RenderedPdf | bytes) -> dict[str, set[float]]:
    """Base font name -> every size it is set at, over all pages."""
    sizes: dict[str, set[float]] = {}
    for page in reader(pdf).pages:
        fonts: dict[str, Any] = {
            str(name).lstrip("/"): ref.get_object()
            for name, ref in page["/Resources"]["/Font"].items()
        }
        data = page.get_contents().get_data()  # type: ignore[union-attr]
        for name, size in _TF.findall(data):
            font = fonts.get(name.decode())
            base = str(font["/BaseFont"]).lstrip("/") if font is not None else name.decode()
            sizes.setdefault(base, set()).add(float(size))
    return sizes


def image_count(pdf: RenderedPdf | bytes) -> int:
    """Raster images anywhere in the document (markup injection could add one)."""
    count = 0
    for page in reader(pdf).pages:
        resources = page["/Resources"]
        objects = resources.get("/XObject", {})
        for ref in objects.values():
            if ref.get_object().get("/Subtype") == "/Image":
                count += 1
    return count
