"""P1: 1,000 hostile strings through every document, from the database and the service.

The export tests put one hostile string in every field of each document and fuzz a few
fields; this goes the whole way: the strings are stored in the clinic's, the patient's,
the practitioner's and the course's rows, the service assembles the three documents,
and pypdf reads them back. Every string goes through all three documents (clinic name
and address, patient name, practitioner), and more through the fields only one
document prints (advice note; insurance policy and registration; complaint, diagnosis,
goals, rationale, override reason, review note, referring physician).

Pass: every string comes back out of every document it is printed in, exactly as typed
(whitespace aside: lines wrap); no image in any document; nothing the fonts lack; no
exception. The strings are made from markup fragments (``<img src=…/>``,
``<font color="[[[x]]]">``, entities, unbalanced and comment tags, CDATA, format
strings) and words in Latin, Greek, Cyrillic and Chinese.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.services.document_request import DocumentKind, DocumentRequest
from planner.storage.database import Database, open_database
from planner.storage.models import (
    Clinic,
    Course,
    CourseReview,
    Intake,
    Patient,
    SafetyOverride,
    TakeHomeAdvice,
    User,
)
from tests.db_template import migrated_sqlite
from tests.helpers.document_clinic import DocumentClinic, build
from tests.reliability.helpers import runs
from tests.unit.export.pdf_reading import image_count, squash, text

STRINGS = runs(1_000, 1_000)
ADDRESS_LINES = 36  # printed by all three documents' letterhead

TAGS = (
    "<b>", "</b>", "<i>", "</i>", "<u>", "<strike>", "<super>", "<sub>",
    '<img src="/etc/hosts"/>', '<img src="C:/x.png"/>', '<img src="x.png" width="900">',
    '<font color="[[[x]]]">', "</font>", '<font name="Courier" size="60">',
    '<a href="javascript:alert(1)">', "</a>", '<link href="file:///etc/passwd">',
    "<para>", "</para>", "<br/>", "<br>", '<seq id="s"/>', '<onDraw name="x" label="y"/>',
    '<span style="color:red">', "<![CDATA[", "]]>", "<!--", "-->", '<?xml version="1.0"?>',
    "<", ">", "</", "/>", "<<", ">>", "<b", "b>", "<img", "<font color=",
)  # fmt: skip
ENTITIES = (
    "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#60;", "&#x3C;", "&nbsp;", "&bogus;",
    "&", "&&", "&#;", "&#99999999;", "&amp;lt;",
)  # fmt: skip
OTHER = (
    '"', "'", "\\", "%s", "%(name)s", "{0}", "${x}", "#{}", "[[[x]]]", "%%EOF", ";--",
    "' OR 1=1 --", "\\n", "NaN", "null",
)  # fmt: skip
WORDS = (
    "Lee", "Sons", "Zoë", "Ωμέγα", "Жанна", "李小龍", "Łukasz", "Çelik", "Nguyễn",
    "O'Brien", "Müller-Lüdenscheidt", "naïve", "Ærø",
)  # fmt: skip


def hostile_strings(count: int, seed: int = 1) -> list[str]:
    """``count`` different strings of markup, entities and words; each carries a unique
    token (``~n~``) so it can be found on its own."""
    rng = random.Random(seed)
    pools = (TAGS, TAGS, ENTITIES, OTHER, WORDS)
    found: list[str] = []
    for index in range(count):
        parts = [rng.choice(rng.choice(pools)) for _ in range(rng.randint(2, 6))]
        parts.insert(rng.randint(0, len(parts)), f"~{index}~")
        found.append(rng.choice(("", " ")).join(parts))
    return found


@dataclass(frozen=True)
class Batch:
    everywhere: tuple[str, ...]  # clinic name, address lines, patient and practitioner names
    take_home: tuple[str, ...]
    receipt: tuple[str, ...]
    report: tuple[str, ...]


EVERYWHERE = 2 + ADDRESS_LINES + 2  # clinic name, address, given and family, practitioner
ONLY = {"take_home": 1, "receipt": 3, "report": 9}


def batches(strings: list[str]) -> Iterator[Batch]:
    """Every string in the fields printed by all three documents; the documents' own
    fields take strings too, again from the start of the list."""
    for start in range(0, len(strings), EVERYWHERE):
        everywhere = strings[start : start + EVERYWHERE]
        everywhere += strings[: EVERYWHERE - len(everywhere)]  # the last batch, topped up
        rest = strings[start + 7 :] + strings
        take_home = rest[: ONLY["take_home"]]
        receipt = rest[1 : 1 + ONLY["receipt"]]
        report = rest[4 : 4 + ONLY["report"]]
        yield Batch(tuple(everywhere), tuple(take_home), tuple(receipt), tuple(report))


def _store(db: Database, document_clinic: DocumentClinic, batch: Batch) -> None:
    """Write the batch's strings into the rows the documents are made from."""
    name, *rest = batch.everywhere
    address, (given, family, practitioner) = rest[:ADDRESS_LINES], rest[ADDRESS_LINES:][:3]
    (advice,) = batch.take_home
    policy, registration, credentials = batch.receipt
    complaint, pattern, goals, rationale, override, review, doctor, doctor_at, cause = batch.report
    with db.write() as session:
        clinic_row = session.scalars(select(Clinic)).one()
        clinic_row.name, clinic_row.address = name, "\n".join(address)
        patient = session.get(Patient, document_clinic.patient)
        assert patient is not None
        patient.given_name, patient.family_name = given, family
        patient.insurance_policy = policy
        patient.referring_physician_name, patient.referring_physician_clinic = doctor, doctor_at
        user = session.get(User, document_clinic.ada.user_id)
        assert user is not None
        user.full_name, user.registration_number = practitioner, registration
        user.credentials = credentials
        intake = session.scalars(
            select(Intake).where(Intake.patient_id == document_clinic.patient)
        ).one()
        intake.complaint, intake.pattern = complaint, pattern
        intake.cause, intake.cause_other = "other", cause
        course = session.get(Course, document_clinic.course)
        assert course is not None
        course.goals, course.rationale = goals, rationale
        for row in session.scalars(
            select(SafetyOverride).where(SafetyOverride.course_id == document_clinic.course)
        ):
            if row.reason:
                row.reason = override
        session.scalars(select(CourseReview)).first().note = review  # type: ignore[union-attr]
        session.scalars(select(TakeHomeAdvice)).first().note = advice  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def document_clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentClinic]:
    path = Path(tmp_path_factory.mktemp("p1")) / "clinic.sqlite3"
    db, _ = open_database(str(migrated_sqlite(path)))
    try:
        yield build(db)
    finally:
        db.dispose()


def test_hostile_strings_print_as_typed_in_every_document(document_clinic: DocumentClinic) -> None:
    strings = hostile_strings(STRINGS)
    assert len(set(strings)) == STRINGS
    service = document_clinic.documents()
    requests = {
        "take_home": DocumentRequest(
            DocumentKind.TAKE_HOME, document_clinic.patient, session_id=document_clinic.signed[1]
        ),
        "receipt": DocumentRequest(
            DocumentKind.RECEIPT, document_clinic.patient, course_id=document_clinic.course
        ),
        "report": DocumentRequest(
            DocumentKind.CLINICAL_REPORT, document_clinic.patient, course_id=document_clinic.course
        ),
    }
    through: dict[str, set[str]] = {kind: set() for kind in requests}
    for batch in batches(strings):
        _store(document_clinic.db, document_clinic, batch)
        for kind, request in requests.items():
            pdf = service.prepare(request).render()
            found = squash(text(pdf))
            expected = (*batch.everywhere, *getattr(batch, kind))
            missing = [s for s in expected if squash(s) not in found]
            assert not missing, f"{kind}: {missing[:3]}"
            assert image_count(pdf) == 0, kind
            assert not pdf.missing_characters, kind
            through[kind].update(expected)
    for kind, seen in through.items():
        assert set(strings) <= seen, kind
