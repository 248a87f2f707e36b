"""The take-home sheet from the record: pregnancy (intake, then each session's health
check), the adverse events of that day only, and the end of a closed course with pain
first → latest; read back from the PDF with pypdf."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest

from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    CourseStatus,
    OutcomeMeasure,
    SessionStatus,
)
from planner.export import adverse_advice, aftercare
from planner.export.model import TakeHomeSheet
from planner.services.document_request import DocumentKind, DocumentRequest
from planner.services.documents import DocumentService
from planner.storage.database import Database
from planner.storage.models import (
    AdverseEvent,
    Clinic,
    Course,
    Intake,
    OutcomeScore,
    SessionPoint,
    TreatmentSession,
)
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.unit.export.pdf_reading import contains, text

DAY1 = dt.date(2026, 11, 2)
ACTION = "Needles out, lay flat with legs raised; recovered in 10 minutes."
K = DocumentKind


@dataclass
class Record:
    db: Database
    patient: int
    course: int
    sessions: list[int]  # sessions 1–3, signed


def _build(
    db: Database,
    *,
    pregnant: bool | None,
    now_pregnant: tuple[bool | None, ...] = (None, None, None),
    status: CourseStatus = CourseStatus.ACTIVE,
    events: dict[int, list[tuple[str, str, str, str]]] | None = None,
) -> Record:
    patient = add_patient(db, "Zoë", "Łukasz-Papadopoulou")
    with db.write() as session:
        session.add(Clinic(name="Riverside Acupuncture", phone="+44 1234 567890"))
        intake = Intake(
            patient_id=patient,
            intake_date=DAY1 - dt.timedelta(days=3),
            nrs_now=7,
            pregnant=pregnant,
            gestation_weeks=20 if pregnant else None,
        )
        session.add(intake)
        session.flush()
        course = Course(
            patient_id=patient,
            intake_id=intake.id,
            status=status,
            planned_sessions=3,
            start_date=DAY1,
            end_date=DAY1 + dt.timedelta(days=14) if status != CourseStatus.ACTIVE else None,
            goal_target_pain=3,
        )
        session.add(course)
        session.flush()
        ids = []
        for number, pain in enumerate((7, 5, 4), start=1):
            record = TreatmentSession(
                course_id=course.id,
                patient_id=patient,
                number=number,
                status=SessionStatus.SIGNED,
                client_uuid=str(uuid.uuid4()),
                session_date=DAY1 + dt.timedelta(days=7 * (number - 1)),
                pain_before=pain,
                pain_after=pain - 2,
                needles_in=2,
                needles_out=2,
                now_pregnant=now_pregnant[number - 1],
                points=[SessionPoint(point_code="BL23", side="B", needles=2)],
                adverse_events=[
                    AdverseEvent(kind=k, severity=s, action_taken=a, description=d)
                    for k, s, a, d in (events or {}).get(number, [])
                ],
            )
            session.add(record)
            session.flush()
            ids.append(record.id)
        return Record(db, patient, course.id, ids)


def _sheet(
    record: Record, *, session: int | None = None, reception: bool = False
) -> tuple[TakeHomeSheet, str]:
    name = "reza" if reception else "ada"
    actor = add_user(
        record.db, f"{name}{uuid.uuid4().hex[:6]}", RECEPTION if reception else PRACTITIONER
    )
    service = DocumentService(record.db, actor, today=lambda: DAY1 + dt.timedelta(days=20))
    if session is None:
        request = DocumentRequest(K.TAKE_HOME, record.patient, course_id=record.course)
    else:
        request = DocumentRequest(
            K.TAKE_HOME, record.patient, session_id=record.sessions[session - 1]
        )
    prepared = service.prepare(request)
    assert isinstance(prepared.content, TakeHomeSheet)
    return prepared.content, text(prepared.render())


def test_pregnant_at_intake_the_sheet_names_the_midwife_signs(db: Database) -> None:
    record = _build(db, pregnant=True)
    sheet, found = _sheet(record, session=2)
    assert sheet.pregnant
    for words in (aftercare.PREGNANCY_HEADING, *aftercare.PREGNANCY_SIGNS, "midwife"):
        assert contains(found, words), words


def test_not_pregnant_no_pregnancy_section(db: Database) -> None:
    record = _build(db, pregnant=False)
    sheet, found = _sheet(record, session=2)
    assert not sheet.pregnant
    assert not contains(found, "midwife")


@pytest.mark.parametrize(
    ("at_intake", "now", "expected"),
    [
        (False, (None, True, None), (False, True, True)),  # told at session 2: carries on
        (True, (None, None, False), (True, True, False)),  # no longer at session 3
    ],
)
def test_a_sessions_health_check_changes_pregnancy_from_then_on(
    db: Database, at_intake: bool, now: tuple[bool | None, ...], expected: tuple[bool, ...]
) -> None:
    record = _build(db, pregnant=at_intake, now_pregnant=now)
    found = tuple(_sheet(record, session=n)[0].pregnant for n in (1, 2, 3))
    assert found == expected


def test_the_days_fainting_is_on_that_days_sheet_only(db: Database) -> None:
    fainting = ("fainting", "moderate", ACTION, "vasovagal, BP checked")
    record = _build(db, pregnant=False, events={2: [fainting]})
    sheet, found = _sheet(record, session=2)
    assert [(e.kind, e.severity) for e in sheet.adverse_events] == [
        (AdverseEventKind.FAINTING, AdverseSeverity.MODERATE)
    ]
    assert contains(found, "Fainting or feeling faint (moderate)")
    assert contains(found, f"What we did: {ACTION}")
    assert contains(found, "Do not drive today if you still feel light-headed")
    assert not contains(found, "vasovagal")  # the practitioner's description stays in the record
    for other in (1, 3):
        sheet, found = _sheet(record, session=other)
        assert not sheet.adverse_events
        assert not contains(found, "Fainting")
        assert not contains(found, adverse_advice.EVENTS_HEADING)


def test_an_event_kind_this_version_does_not_know_prints_as_something_else(db: Database) -> None:
    record = _build(db, pregnant=False, events={1: [("hiccups", "weird", "", "")]})
    sheet, found = _sheet(record, session=1)
    assert [(e.kind, e.severity, e.description) for e in sheet.adverse_events] == [
        (AdverseEventKind.OTHER, AdverseSeverity.MODERATE, "hiccups")
    ]
    assert contains(found, "Something else happened during treatment: hiccups (moderate)")


def test_end_of_a_closed_course_progress_first_to_latest_and_next_steps(db: Database) -> None:
    record = _build(db, pregnant=False, status=CourseStatus.COMPLETED)
    sheet, found = _sheet(record)
    end = sheet.course_end
    assert end is not None and end.progress is not None
    assert (end.sessions_held, end.planned_sessions) == (3, 3)
    assert (end.progress.first, end.progress.latest, end.progress.first_at_intake) == (7, 4, True)
    for words in (
        aftercare.COURSE_HEADING,
        "You came to 3 of the 3 planned sessions, from 2 Nov 2026 to 16 Nov 2026.",
        "Your pain at your first assessment (30 Oct 2026): 7 out of 10.",
        "Your pain at your last visit (16 Nov 2026): 4 out of 10.",
        "Your pain is 3 points lower than when we started: a real improvement",
        "Your goal was a pain of 3 out of 10 or lower: not reached yet.",
        aftercare.NEXT_STEPS_HEADING,
        aftercare.COME_BACK,
        aftercare.SEE_YOUR_GP,
    ):
        assert contains(found, words), words
    # The last session's own sheet of a closed course is its end too; an earlier one is not.
    assert _sheet(record, session=3)[0].course_end is not None
    assert _sheet(record, session=2)[0].course_end is None


def test_a_score_at_discharge_is_the_latest(db: Database) -> None:
    record = _build(db, pregnant=False, status=CourseStatus.DISCHARGED)
    with db.write() as session:
        session.add(
            OutcomeScore(
                patient_id=record.patient,
                course_id=record.course,
                measure=OutcomeMeasure.NRS_NOW.value,
                value=6,
                recorded_on=DAY1 + dt.timedelta(days=16),
            )
        )
    sheet, found = _sheet(record)
    assert sheet.course_end is not None and sheet.course_end.progress is not None
    assert sheet.course_end.progress.latest == 6
    assert contains(found, "Your pain is 1 point lower than when we started, less than")
    assert contains(found, aftercare.NOT_IMPROVED_GP)


def test_an_open_course_has_no_end_section(db: Database) -> None:
    record = _build(db, pregnant=False)
    sheet, found = _sheet(record, session=3)
    assert sheet.course_end is None
    assert not contains(found, aftercare.NEXT_STEPS_HEADING)


def test_asked_for_by_course_the_sheet_is_its_end_even_while_open(db: Database) -> None:
    record = _build(db, pregnant=False)
    sheet, found = _sheet(record)
    assert sheet.course_end is not None
    assert contains(found, aftercare.COURSE_HEADING)
    assert contains(found, aftercare.NEXT_STEPS_HEADING)


def test_reception_prints_the_practitioners_sheet_word_for_word(db: Database) -> None:
    """Reception prints the same sheet: pregnancy warning signs, the day's adverse events
    and the course's pain from the intake on (its PostgreSQL login may read just these)."""
    fainting = ("fainting", "moderate", ACTION, "")
    record = _build(db, pregnant=True, status=CourseStatus.COMPLETED, events={3: [fainting]})
    desk, desk_text = _sheet(record, reception=True)
    sheet, found = _sheet(record)
    assert desk == sheet and desk_text == found
    assert desk.pregnant and desk.adverse_events
    assert contains(found, "midwife") and contains(found, "Fainting")
    assert desk.course_end is not None and desk.course_end.progress is not None
    assert desk.course_end.progress.first_at_intake
