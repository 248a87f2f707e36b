"""The end of day through DayReportService on both engines: a date's takings (totals by
method and by practitioner, refunds, net; the session's practitioner, else the course's)
and its day sheet (by time, "time not set" last, one practitioner or everyone; an
unknown practitioner named at the field); open to reception, practitioners and admins;
a file made is audited as an export with no names."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from planner.domain.errors import ValidationError
from planner.domain.vocab import (
    AppointmentKind,
    AppointmentState,
    CourseStatus,
    PaymentMethod,
    Role,
    SessionStatus,
)
from planner.export.day_sheet import EVERYONE, TIME_NOT_SET, time_of
from planner.export.takings import NO_PRACTITIONER
from planner.services.actor import Actor
from planner.services.audit import AuditAction
from planner.services.guard import AccessDenied
from planner.services.takings import DayReportService
from planner.storage.database import Database
from planner.storage.models import (
    Appointment,
    AuditEvent,
    ClinicRoom,
    Course,
    SessionPayment,
    TreatmentSession,
)
from tests.helpers.document_clinic import DAY1, TODAY
from tests.helpers.factories import ADMIN, PRACTITIONER, RECEPTION, add_patient, add_user
from tests.integration.test_pg_logins_server import Clinic as PgClinic
from tests.integration.test_pg_logins_server import pg_clinic as pg_clinic  # the fixture
from tests.unit.export.pdf_reading import contains, text

pytestmark = pytest.mark.both_engines

DAY = dt.date(2026, 12, 7)
OTHER_DAY = dt.date(2026, 12, 6)
START = dt.date(2026, 11, 2)  # the sessions' own dates: their appointments are not on DAY


class Clinic:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.chen = add_user(db, "chen", PRACTITIONER, "Dr Mei Chen")
        self.ada = add_user(db, "ada", PRACTITIONER, "")
        self.rita = add_user(db, "rita", RECEPTION, "Rita Desk")
        self.root = add_user(db, "root", ADMIN, "Admin Person")
        self.zoe = add_patient(db, "Zoë", "Fictional")
        self.tom = add_patient(db, "Tom", "Madeup")
        with db.write() as session:
            room = ClinicRoom(name="Room 2", active=True)
            session.add(room)
            session.flush()
            self.room = room.id
        self.zoe_course, self.zoe_sessions = self._course(self.zoe, self.chen.user_id, None)
        self.tom_course, self.tom_sessions = self._course(self.tom, None, self.ada.user_id)

    def _course(
        self, patient: int, session_by: int | None, course_by: int | None
    ) -> tuple[int, list[int]]:
        with self.db.write() as session:
            course = Course(
                patient_id=patient,
                status=CourseStatus.ACTIVE,
                planned_sessions=6,
                start_date=dt.date(2026, 11, 2),
                practitioner_id=course_by,
            )
            session.add(course)
            session.flush()
            ids = []
            for number in (1, 2):
                record = TreatmentSession(
                    course_id=course.id,
                    patient_id=patient,
                    number=number,
                    status=SessionStatus.SCHEDULED,
                    client_uuid=str(uuid.uuid4()),
                    session_date=START + dt.timedelta(weeks=number - 1),
                    practitioner_id=session_by,
                )
                session.add(record)
                session.flush()
                ids.append(record.id)
            return course.id, ids

    def pay(
        self,
        session_id: int,
        patient: int,
        cents: int,
        method: PaymentMethod,
        *,
        day: dt.date = DAY,
        at: dt.datetime | None = None,
        reason: str = "",
        reference: str = "",
    ) -> None:
        with self.db.write() as session:
            payment = SessionPayment(
                session_id=session_id,
                patient_id=patient,
                amount_cents=cents,
                method=method.value,
                paid_on=day,
                reason=reason,
                reference=reference,
            )
            if at is not None:
                payment.created_at = at
            session.add(payment)

    def book(
        self,
        patient: int,
        practitioner: Actor,
        starts: dt.time | None,
        *,
        session_id: int | None = None,
        state: AppointmentState = AppointmentState.BOOKED,
        room: int | None = None,
        minutes: int = 30,
    ) -> None:
        """An appointment on DAY; a session's (made when the session was) moved there."""
        start = dt.datetime.combine(DAY, starts) if starts is not None else None
        with self.db.write() as session:
            made = None
            if session_id is not None:
                made = session.scalars(
                    select(Appointment).where(Appointment.session_id == session_id)
                ).first()
            if made is None:
                made = Appointment(patient_id=patient, session_id=session_id)
                session.add(made)
            made.practitioner_id = practitioner.user_id
            made.room_id = room
            made.kind = AppointmentKind.FOLLOW_UP if session_id else AppointmentKind.FIRST_VISIT
            made.state = state
            made.day = DAY
            made.starts_at = start
            made.ends_at = start + dt.timedelta(minutes=minutes) if start else None
            made.length_minutes = minutes

    def service(self, actor: Actor) -> DayReportService:
        return DayReportService(self.db, actor, today=lambda: DAY)


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return Clinic(db)


def _paid(clinic: Clinic) -> None:
    morning = dt.datetime(2026, 12, 7, 9, 15, tzinfo=dt.UTC)
    clinic.pay(clinic.zoe_sessions[0], clinic.zoe, 6500, PaymentMethod.CARD, at=morning)
    clinic.pay(clinic.zoe_sessions[1], clinic.zoe, 3000, PaymentMethod.CASH, reference="R-7")
    clinic.pay(clinic.tom_sessions[0], clinic.tom, 4500, PaymentMethod.INSURANCE)
    clinic.pay(clinic.zoe_sessions[0], clinic.zoe, -2000, PaymentMethod.CARD, reason="Overcharged")
    clinic.pay(clinic.tom_sessions[1], clinic.tom, 9900, PaymentMethod.CASH, day=OTHER_DAY)


def test_takings_totals_by_method_and_practitioner_with_refunds(clinic: Clinic) -> None:
    _paid(clinic)
    takings = clinic.service(clinic.rita).takings(DAY)
    assert len(takings.payments) == 4  # the other day's payment is not in it
    assert dict(takings.by_method) == {
        PaymentMethod.CASH: 3000,
        PaymentMethod.CARD: 4500,
        PaymentMethod.INSURANCE: 4500,
    }
    # Zoë's sessions name Dr Chen; Tom's name nobody, his course names ada (no full name).
    assert dict(takings.by_practitioner) == {"Dr Mei Chen": 7500, "ada": 4500}
    assert takings.received_cents == 14000
    assert takings.refunds_cents == -2000
    assert takings.net_cents == 12000
    first = takings.payments[0]
    assert first.recorded_at == dt.datetime(2026, 12, 7, 9, 15, tzinfo=dt.UTC).astimezone().time()
    assert first.chart_number.isdigit() and len(first.chart_number) == 6
    refund = next(p for p in takings.payments if p.refund)
    assert refund.reason == "Overcharged"


def test_a_day_without_payments_is_empty_not_an_error(clinic: Clinic) -> None:
    takings = clinic.service(clinic.chen).takings(DAY)
    assert takings.payments == () and takings.net_cents == 0 and takings.by_method == ()


def test_a_payment_with_no_practitioner_counts_under_none_named(clinic: Clinic) -> None:
    with clinic.db.write() as session:
        course = session.get(Course, clinic.tom_course)
        assert course is not None
        course.practitioner_id = None
    clinic.pay(clinic.tom_sessions[0], clinic.tom, 4500, PaymentMethod.CASH)
    takings = clinic.service(clinic.rita).takings(DAY)
    assert dict(takings.by_practitioner) == {NO_PRACTITIONER: 4500}


def test_the_day_sheet_is_by_time_with_time_not_set_last(clinic: Clinic) -> None:
    clinic.book(clinic.tom, clinic.ada, None, session_id=clinic.tom_sessions[0])
    clinic.book(clinic.zoe, clinic.chen, dt.time(10, 0), session_id=clinic.zoe_sessions[1])
    clinic.book(
        clinic.tom, clinic.chen, dt.time(9, 0), room=clinic.room, minutes=45,
        state=AppointmentState.CHECKED_IN,
    )  # fmt: skip
    sheet = clinic.service(clinic.rita).day_sheet(DAY)
    assert sheet.practitioner == EVERYONE
    assert [time_of(line) for line in sheet.lines] == ["09:00–09:45", "10:00–10:30", TIME_NOT_SET]
    first, second, third = sheet.lines
    assert (first.room, first.state, first.session_number) == (
        "Room 2",
        AppointmentState.CHECKED_IN,
        None,
    )
    assert (second.patient, second.session_number, second.planned_sessions) == (
        "Zoë Fictional",
        2,
        6,
    )
    assert third.practitioner == "ada"


def test_the_day_sheet_of_one_practitioner(clinic: Clinic) -> None:
    clinic.book(clinic.tom, clinic.ada, dt.time(11, 0))
    clinic.book(clinic.zoe, clinic.chen, dt.time(10, 0))
    sheet = clinic.service(clinic.chen).day_sheet(DAY, "CHEN")  # username, any case
    assert sheet.practitioner == "Dr Mei Chen"
    assert [line.patient for line in sheet.lines] == ["Zoë Fictional"]


def test_an_unknown_practitioner_is_named_at_the_field(clinic: Clinic) -> None:
    with pytest.raises(ValidationError) as raised:
        clinic.service(clinic.rita).day_sheet(DAY, "nobody")
    assert raised.value.field == "practitioner"
    assert str(raised.value) == "Practitioner: no account called nobody."
    with pytest.raises(ValidationError):
        clinic.service(clinic.rita).day_sheet_file(DAY, "x" * 300)


@pytest.mark.parametrize("who", ["rita", "chen", "root"])
def test_reception_practitioners_and_admins_may(clinic: Clinic, who: str) -> None:
    _paid(clinic)
    actor = getattr(clinic, who)
    service = clinic.service(actor)
    assert service.takings(DAY).net_cents == 12000
    assert service.day_sheet(DAY).lines == ()


def test_a_role_without_the_right_is_refused(clinic: Clinic) -> None:
    nobody = Actor(clinic.rita.user_id, "rita", frozenset[Role](), "", "test-host")
    with pytest.raises(AccessDenied):
        clinic.service(nobody).takings(DAY)


def test_files_are_audited_as_exports_without_names(clinic: Clinic) -> None:
    _paid(clinic)
    clinic.book(clinic.zoe, clinic.chen, dt.time(10, 0), session_id=clinic.zoe_sessions[1])
    service = clinic.service(clinic.rita)
    pdf = service.takings_file(DAY, "pdf")
    csv = service.takings_file(DAY, "csv")
    sheet = service.day_sheet_file(DAY, "chen")
    assert pdf.suggested_name == "takings-2026-12-07.pdf" and pdf.page_count >= 1
    assert csv.suggested_name == "takings-2026-12-07.csv" and csv.page_count == 0
    assert sheet.suggested_name == "day-sheet-2026-12-07-chen.pdf"
    assert contains(text(pdf.data), "Net total") and contains(text(pdf.data), "€120.00")
    found = text(sheet.data)
    assert contains(found, "Zoë Fictional") and contains(found, "Session 2 of 6")
    with clinic.db.read() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)
        ).all()
        details = sorted((row.object_type, row.detail.get("format", "")) for row in rows)
        assert details == [("day_sheet", "pdf"), ("takings", "csv"), ("takings", "pdf")]
        for row in rows:
            assert row.patient_id is None
            assert "Zoë" not in str(row.detail) and "Chen" not in str(row.detail)
        assert rows[-1].detail["practitioner_id"] == clinic.chen.user_id


def test_the_practitioners_a_day_sheet_may_be_for(clinic: Clinic) -> None:
    assert clinic.service(clinic.rita).practitioners() == (
        ("ada", "ada"),
        ("chen", "Dr Mei Chen"),
    )


@pytest.mark.parametrize(
    "username",
    [
        "reza",
        "ada",
        "sam",
    ],
)
def test_each_role_over_its_own_postgresql_login(pg_clinic: PgClinic, username: str) -> None:
    """The database's own grants let reception, practitioners and admins read what the
    reports read (named non-clinical columns only)."""
    actor = getattr(pg_clinic.people, username)
    service = DayReportService(pg_clinic.open(username), actor, today=lambda: TODAY)
    assert service.takings(DAY1).payments
    assert service.day_sheet(DAY1).lines
    assert service.takings_file(DAY1, "csv").data.startswith(b"\xef\xbb\xbfDate,")
    assert service.day_sheet_file(DAY1, "ada").page_count == 1
