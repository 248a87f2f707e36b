"""A draft document (an unsigned session on it) says DRAFT on every page, with the reason
in the footer; a final one never does."""

from __future__ import annotations

import dataclasses
from io import BytesIO

import pytest
from pypdf import PdfReader

from planner import export
from planner.export.page import DRAFT_NOTICE, RenderedPdf
from tests.unit.export import samples


def _pages(rendered: RenderedPdf) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(rendered.data)).pages]


def _documents(draft: bool, demo: bool = False) -> list[RenderedPdf]:
    clinic = dataclasses.replace(samples.CLINIC, demo=demo)
    return [
        export.render_take_home(samples.take_home(draft=draft, clinic=clinic)),
        export.render_receipt(samples.receipt(3, draft=draft, clinic=clinic)),
        export.render_clinical_report(samples.clinical_report(6, draft=draft, clinic=clinic)),
    ]


@pytest.mark.parametrize("demo", [False, True])
def test_every_page_of_a_draft_says_draft_and_why(demo: bool) -> None:
    for rendered in _documents(draft=True, demo=demo):
        pages = _pages(rendered)
        assert len(pages) == rendered.page_count
        for text in pages:
            assert "DRAFT" in text
            assert "session not signed; not a final record" in text
            assert ("DEMO" in text) is demo


def test_a_final_document_never_says_draft() -> None:
    for rendered in _documents(draft=False):
        for text in _pages(rendered):
            assert "DRAFT" not in text
            assert DRAFT_NOTICE not in text
