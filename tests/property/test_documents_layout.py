"""Page layout of the longest records (issue 16 item 9), read back with pdfplumber.

Records as long as a clinic makes them (6 sessions, every technique, 16 points, every
piece of home advice with a note of its own, long session notes, pregnancy, a blood
thinner, an allergy, an implant, an adverse event at every session) are made through
DocumentService; on every page of the report, the take-home sheets and the receipt:

* no page holds only one bullet line (a list's last item carried over alone) or only
  the "Get urgent help" box;
* a heading is never the last text line of a page (its content on the next);
* the signature is never alone on its page (it is kept with the last section).
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, replace

import pdfplumber
import pytest

from planner.domain.vocab import AdverseEventKind, Technique
from planner.services.document_request import DocumentKind, DocumentRequest, Use
from planner.services.documents import DocumentService
from tests.conftest import BuiltDatabase
from tests.property.record_builder import (
    DAY1,
    PRACTITIONER_NAME,
    Built,
    Case,
    PropertyClinic,
    add,
    clinic,
)

K = DocumentKind
FOOTER = 60  # points from the bottom edge: the footer line and the DRAFT notice
WATERMARK = 40  # points: DEMO and DRAFT across the page, not text of the document
E = AdverseEventKind
LONGEST = Case(
    techniques=frozenset(Technique),
    sessions=6,
    pregnant_weeks=22,
    anticoagulant=True,
    allergy=True,
    implanted_device=True,
    referral=True,
    events=(E.FAINTING, E.BRUISING, E.SORENESS, E.FAINTING, E.BRUISING, E.SORENESS),
    pain=(8, 7, 6, 5, 4, 3),
    many_points=True,
    notes="Slept better after the last session; walked further with less pain. " * 10,
    all_advice=True,
)
CASES = {
    "longest": LONGEST,
    "longest-unsigned": replace(LONGEST, last_unsigned=True),
    "no-pregnancy-no-events": replace(
        LONGEST, pregnant_weeks=None, events=(), anticoagulant=False, implanted_device=False
    ),
    "few-points": replace(
        LONGEST, many_points=False, techniques=frozenset(Technique) - {Technique.CUPPING}
    ),
}


@dataclass(frozen=True)
class Line:
    text: str
    size: float
    bold: bool


def pages(data: bytes) -> list[list[Line]]:
    """Each page's text lines, top to bottom, without the footer and the watermarks."""
    found: list[list[Line]] = []
    with pdfplumber.open(io.BytesIO(data)) as document:
        for page in document.pages:
            rows: dict[int, list[dict[str, object]]] = {}
            for word in page.extract_words(extra_attrs=["fontname", "size"]):
                if float(word["size"]) > WATERMARK or float(word["top"]) > page.height - FOOTER:
                    continue
                rows.setdefault(round(float(word["top"])), []).append(word)
            lines = []
            for top in sorted(rows):
                words = sorted(rows[top], key=lambda w: float(w["x0"]))  # type: ignore[arg-type]
                lines.append(
                    Line(
                        " ".join(str(w["text"]) for w in words),
                        float(words[0]["size"]),  # type: ignore[arg-type]
                        "Bold" in str(words[0]["fontname"]),
                    )
                )
            found.append(lines)
    return found


def body_size(document: list[list[Line]]) -> float:
    sizes = Counter(line.size for page in document for line in page)
    return sizes.most_common(1)[0][0]


def problems(document: list[list[Line]]) -> list[str]:
    """What breaks the rules, as ``page N: …`` (empty: none)."""
    found: list[str] = []
    body = body_size(document)

    def heading(line: Line) -> bool:
        return line.bold and line.size >= body * 1.15

    for number, lines in enumerate(document, start=1):
        if not lines:
            found.append(f"page {number}: empty")
            continue
        bullets = [line for line in lines if line.text.startswith("•")]
        if (
            number > 1
            and lines[0].text.startswith("•")
            and len(bullets) == 1
            and not any(heading(line) or line.bold for line in lines)
        ):
            found.append(f"page {number}: only one bullet line ({lines[0].text[:40]!r})")
        if number > 1 and lines[0].text.startswith("Get urgent help"):
            found.append(f"page {number}: the urgent box starts the page, apart from its section")
        if number < len(document) and heading(lines[-1]):
            found.append(f"page {number}: ends with the heading {lines[-1].text[:40]!r}")
        for index, line in enumerate(lines):
            if line.text == "Signature" or line.text.endswith("signature"):
                start = index
                for back in range(index - 1, max(index - 4, -1), -1):
                    if PRACTITIONER_NAME in lines[back].text:
                        start = back
                if start < 2:
                    found.append(f"page {number}: the signature is alone on the page")
    return found


@pytest.fixture
def place(built_database: BuiltDatabase[PropertyClinic]) -> PropertyClinic:
    db, built = built_database("property_clinic", clinic)
    return replace(built, db=db)


def _documents(place: PropertyClinic, built: Built) -> dict[str, bytes]:
    docs = DocumentService(place.db, place.ada, today=lambda: DAY1 + dt.timedelta(days=60))
    wanted = {
        "report": DocumentRequest(K.CLINICAL_REPORT, built.patient, course_id=built.course),
        "receipt": DocumentRequest(K.RECEIPT, built.patient, course_id=built.course),
    }
    for index in sorted({0, len(built.sessions) // 2, len(built.sessions) - 1}):
        wanted[f"sheet {index + 1}"] = DocumentRequest(
            K.TAKE_HOME, built.patient, session_id=built.sessions[index]
        )
    return {name: docs.prepare(r, Use.EXPORT).render().data for name, r in wanted.items()}


TYPICAL = Case(
    techniques=frozenset(
        {Technique.LOCAL_NEEDLING, Technique.DISTAL_NEEDLING, Technique.ELECTROACUPUNCTURE}
    ),
    sessions=6,
    anticoagulant=True,
    allergy=True,
    referral=True,
    events=(E.BRUISING,),
    pain=(7, 6, 5, 5, 4, 3),
    notes="Walked further this week; slept better.",
    all_advice=True,
)


def test_a_six_session_course_report_fits_three_pages(place: PropertyClinic) -> None:
    built = add(place, TYPICAL, "Typical")
    docs = DocumentService(place.db, place.ada, today=lambda: DAY1 + dt.timedelta(days=60))
    report = docs.prepare(
        DocumentRequest(K.CLINICAL_REPORT, built.patient, course_id=built.course), Use.EXPORT
    ).render()
    assert report.page_count <= 3
    assert problems(pages(report.data)) == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_longest_records_break_pages_cleanly(place: PropertyClinic, name: str) -> None:
    built = add(place, CASES[name], name.title().replace("-", ""))
    made = _documents(place, built)
    found = {doc: problems(pages(data)) for doc, data in made.items()}
    assert {doc: p for doc, p in found.items() if p} == {}


def test_the_rules_catch_what_they_are_for() -> None:
    """The checks themselves: each rule fails on a page built to break it."""
    body, head = Line("Some text", 9, False), Line("Sessions", 10.8, True)
    sign = [Line(PRACTITIONER_NAME + ", Lic. Ac.", 9, True), Line("Signature", 9, False)]
    assert problems([[head, body, body], [body, body]]) == []
    assert problems([[body, head], [body, body]]) == ["page 1: ends with the heading 'Sessions'"]
    assert problems([[body, body], [Line("• alone", 9, False)]]) == [
        "page 2: only one bullet line ('• alone')"
    ]
    assert problems([[body, body], [Line("Get urgent help now", 9, True), body]]) == [
        "page 2: the urgent box starts the page, apart from its section"
    ]
    assert problems([[body, body], sign]) == ["page 2: the signature is alone on the page"]
    assert problems([[body, body], [body, body, *sign]]) == []
