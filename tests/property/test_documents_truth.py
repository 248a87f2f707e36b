"""Every statement in a document is derived from the record (issue 16, "What to build").

Hypothesis generates records through the services (tests/property/record_builder.py):
the plan's techniques, overrides with reasons, adverse events, outcome scores, pregnancy,
a blood thinner, an allergy, an implanted device, a referral, and an unsigned last
session. For each, all three documents are made through DocumentService, read back with
pypdf, and checked:

* each technique given is printed as given, and the report never says "Not used" about
  what was given (every finding here is about something in the plan);
* each override appears as an override, with who took it and why;
* each adverse event of a signed session appears in the report, and each adverse event
  in the take-home sheet of that day;
* safety-relevant history (pregnancy, the blood thinner, the allergy, the implant)
  appears in the report;
* a draft carries DRAFT on every page, and a draft receipt no number; reception gets no
  draft (an unsigned session's sheet is refused; its receipts leave unsigned sessions out).

Fast: one database per test (the clinic built once and copied), a new patient per
example, ``max_examples`` 15 (ACUPLANNER_PROPERTY_EXAMPLES=n for more).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import replace
from itertools import count

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from planner.domain.vocab import AdverseEventKind, Technique
from planner.export import RenderedPdf
from planner.export.labels import TECHNIQUE
from planner.services.document_request import DocumentKind, DocumentRequest, UnsignedSession, Use
from planner.services.documents import DocumentService
from planner.services.guard import AccessDenied
from tests.conftest import BuiltDatabase
from tests.property.record_builder import (
    ALLERGY,
    DAY1,
    EVENTS,
    PRACTITIONER_NAME,
    Built,
    Case,
    PropertyClinic,
    add,
    clinic,
)
from tests.unit.export.pdf_reading import pages_text, squash

K = DocumentKind
T = Technique
EXAMPLES = int(os.environ.get("ACUPLANNER_PROPERTY_EXAMPLES", "15"))
TODAY = DAY1 + dt.timedelta(days=40)
# The take-home sheet's plain words for each adverse event generated (what happened).
EVENT_WORDS = {
    AdverseEventKind.BRUISING: "A bruise where a needle was",
    AdverseEventKind.FAINTING: "Fainting or feeling faint",
    AdverseEventKind.SORENESS: "Soreness or aching where the needles were",
}
# The take-home sheet's words for each technique given ("What was done today").
SHEET_WORDS = {
    T.LOCAL_NEEDLING: "Acupuncture near the pain",
    T.DISTAL_NEEDLING: "Acupuncture away from the pain",
    T.ELECTROACUPUNCTURE: "Electroacupuncture",
    T.CUPPING: "Cupping",
    T.MOXIBUSTION: "Moxibustion",
}
_names = count(1)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    extra = draw(
        st.frozensets(
            st.sampled_from([T.DISTAL_NEEDLING, T.ELECTROACUPUNCTURE, T.CUPPING, T.MOXIBUSTION])
        )
    )
    sessions = draw(st.integers(1, 3))
    return Case(
        techniques=frozenset({T.LOCAL_NEEDLING}) | extra,
        sessions=sessions,
        last_unsigned=draw(st.booleans()),
        pregnant_weeks=draw(st.none() | st.integers(14, 34)),
        anticoagulant=draw(st.booleans()),
        allergy=draw(st.booleans()),
        implanted_device=draw(st.booleans()),
        referral=draw(st.booleans()),
        events=tuple(draw(st.none() | st.sampled_from(sorted(EVENTS))) for _ in range(sessions)),
        pain=tuple(draw(st.integers(0, 10)) for _ in range(sessions)),
    )


@pytest.fixture
def place(built_database: BuiltDatabase[PropertyClinic]) -> PropertyClinic:
    db, built = built_database("property_clinic", clinic)
    return replace(built, db=db)


def _text(pdf: RenderedPdf) -> str:
    return squash("\n".join(pages_text(pdf.data))).casefold()


def _has(text: str, wanted: str) -> bool:
    return squash(wanted).casefold() in text


def _documents(place: PropertyClinic, reception: bool = False) -> DocumentService:
    return DocumentService(place.db, place.reza if reception else place.ada, today=lambda: TODAY)


def _run(place: PropertyClinic, check: Callable[[Built, DocumentService], None]) -> None:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
        ],
        derandomize=True,
        database=None,
        phases=(Phase.explicit, Phase.generate),  # a failure is shown as found: no shrinking
    )
    @given(cases())
    def example(case: Case) -> None:
        built = add(place, case, f"Case{next(_names):04d}")
        check(built, _documents(place))

    example()


def test_the_report_says_what_was_given_overridden_and_known(place: PropertyClinic) -> None:
    def check(built: Built, docs: DocumentService) -> None:
        case = built.case
        report = docs.prepare(
            DocumentRequest(K.CLINICAL_REPORT, built.patient, course_id=built.course), Use.EXPORT
        )
        pdf = report.render()
        text, exact = _text(pdf), squash("\n".join(pages_text(pdf.data)))
        given = any(built.signed)
        if given:
            for technique in case.techniques:  # given at every signed session
                assert _has(text, TECHNIQUE[technique]), technique
        where = exact.find("Notused")  # the label of a finding respected by not using
        assert not given or where < 0, exact[max(where - 250, 0) : where + 80]
        for reason in set(built.overrides.values()):  # who and why
            assert _has(text, reason), "override reason"
        if built.overrides:
            assert _has(text, f"Overridden ({PRACTITIONER_NAME}"), "who overrode"
        for index, event in enumerate(case.events):
            if event is not None and built.signed[index]:
                assert _has(text, EVENTS[event]), f"adverse event at session {index + 1}"
        signed = [i for i, ok in enumerate(built.signed) if ok]
        if signed and (len(signed) > 1 or case.pain[0] != case.pain[signed[-1]]):
            latest = signed[-1]
            row = f"→ {case.pain[latest]} (session {latest + 1},"
            assert _has(text, row), f"latest pain now {row}"
        if case.pregnant_weeks is not None:
            assert _has(text, f"Pregnant, {case.pregnant_weeks} weeks"), "pregnancy"
        if case.anticoagulant:
            assert _has(text, "apixaban"), "blood thinner"
        if case.allergy:
            assert _has(text, ALLERGY), "allergy"
        if case.implanted_device:
            assert _has(text, "implanted electrical device"), "implant"

    _run(place, check)


def test_each_adverse_event_is_on_that_days_sheet(place: PropertyClinic) -> None:
    def check(built: Built, docs: DocumentService) -> None:
        for index, event in enumerate(built.case.events):
            if event is None and index != len(built.sessions) - 1:
                continue  # the last session's sheet is made anyway: techniques as given
            sheet = docs.prepare(
                DocumentRequest(K.TAKE_HOME, built.patient, session_id=built.sessions[index]),
                Use.EXPORT,
            )
            text = _text(sheet.render())
            for technique in built.case.techniques:
                assert _has(text, SHEET_WORDS[technique]), technique
            if event is not None:
                assert _has(text, EVENT_WORDS[event]), f"event at session {index + 1}"
            else:
                assert not _has(text, "During your treatment today")

    _run(place, check)


def test_drafts_say_so_on_every_page_and_reception_gets_none(place: PropertyClinic) -> None:
    def check(built: Built, docs: DocumentService) -> None:
        unsigned = not built.signed[-1]
        last = built.sessions[-1]
        requests = [
            DocumentRequest(K.TAKE_HOME, built.patient, session_id=last),
            DocumentRequest(K.RECEIPT, built.patient, course_id=built.course),
            DocumentRequest(K.CLINICAL_REPORT, built.patient, course_id=built.course),
        ]
        for request in requests:
            prepared = docs.prepare(request, Use.PRINT)
            assert prepared.content.draft is unsigned, request.kind
            pages = pages_text(prepared.render().data)
            assert all(("DRAFT" in page) is unsigned for page in pages), request.kind
            if request.kind == K.RECEIPT and unsigned:
                assert prepared.content.receipt_number == "", "draft receipt number"
                assert not any("R-0" in page for page in pages)
        desk = _documents(place, reception=True)
        if unsigned:
            with pytest.raises(AccessDenied):
                desk.prepare(DocumentRequest(K.TAKE_HOME, built.patient, session_id=last))
            with pytest.raises(UnsignedSession):
                desk.prepare(DocumentRequest(K.RECEIPT, built.patient, session_id=last))
        with pytest.raises(AccessDenied):
            desk.prepare(DocumentRequest(K.CLINICAL_REPORT, built.patient, course_id=built.course))
        if any(built.signed):
            for request in requests[:2]:
                if request.kind == K.TAKE_HOME:
                    request = DocumentRequest(K.TAKE_HOME, built.patient, course_id=built.course)
                prepared = desk.prepare(request, Use.PRINT)
                assert not prepared.content.draft
                assert all("DRAFT" not in page for page in pages_text(prepared.render().data))

    _run(place, check)
