"""A treatment session's rows: the queries the session services make, and the mapping
between a ``TreatmentSession`` row (with its points, EA, cupping, moxa and adverse event
rows) and the domain's ``SessionDraft``.

Nothing here checks roles or opens transactions: the services call these inside theirs.
Reading tolerates older rows (sessions stored before their techniques were) so every
stored course opens. A course's plan rows: planner.storage.queries.plans.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain.catalog import PointRole, load_catalog
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.plans import Cupping, ElectroPair, Moxibustion, Plan
from planner.domain.sessions import (
    AdverseEventEntry,
    HealthCheck,
    NeedleResponse,
    SessionDraft,
)
from planner.domain.techniques import DEFAULT_RETENTION_MINUTES
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    CuppingType,
    EAFrequencyMode,
    MoxaType,
    RedFlag,
    SessionStatus,
    Technique,
)
from planner.storage.models import (
    AdverseEvent,
    Amendment,
    AuditEvent,
    Course,
    CuppingApplication,
    ElectroStimulation,
    MoxaApplication,
    SessionPayment,
    SessionPoint,
    TreatmentSession,
    User,
)
from planner.storage.queries.plans import point_of_row, side_of

# --- Reading -------------------------------------------------------------------------------


def load_session(db_session: Session, session_id: int) -> TreatmentSession:
    record = db_session.get(TreatmentSession, session_id)
    if record is None:
        raise PlannerError(
            translate("sessions", "There is no session {session_id}.").format(session_id=session_id)
        )
    return record


def course_sessions(db_session: Session, course_id: int) -> list[TreatmentSession]:
    """The course's sessions by number (scheduled, draft, signed and cancelled)."""
    return list(
        db_session.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == course_id)
            .order_by(TreatmentSession.number)
        )
    )


def previous_signed(db_session: Session, course_id: int, number: int) -> TreatmentSession | None:
    """The last signed session of the course numbered before ``number``."""
    return db_session.scalars(
        select(TreatmentSession)
        .where(
            TreatmentSession.course_id == course_id,
            TreatmentSession.number < number,
            TreatmentSession.status == SessionStatus.SIGNED,
        )
        .order_by(TreatmentSession.number.desc())
        .limit(1)
    ).first()


def last_recorded(db_session: Session, course_id: int) -> TreatmentSession | None:
    """The course's highest-numbered session signed or being recorded."""
    return db_session.scalars(
        select(TreatmentSession)
        .where(
            TreatmentSession.course_id == course_id,
            TreatmentSession.status.in_([SessionStatus.SIGNED, SessionStatus.DRAFT]),
        )
        .order_by(TreatmentSession.number.desc())
        .limit(1)
    ).first()


def latest_given_date(db_session: Session, course_id: int, number: int) -> dt.date | None:
    """The latest date of the course's sessions before ``number`` signed or being recorded."""
    return db_session.scalar(
        select(func.max(TreatmentSession.session_date)).where(
            TreatmentSession.course_id == course_id,
            TreatmentSession.number < number,
            TreatmentSession.status.in_((SessionStatus.DRAFT, SessionStatus.SIGNED)),
        )
    )


def user_name(db_session: Session, user_id: int | None) -> str:
    """A user's full name (else username); "" for none."""
    user = db_session.get(User, user_id) if user_id else None
    return (user.full_name or user.username) if user else ""


def signed_state(db_session: Session, session_id: int) -> tuple[int, dt.datetime | None, str]:
    """A signed session's version, time of signing and signer's name, as committed."""
    row = db_session.execute(
        select(
            TreatmentSession.version,
            TreatmentSession.signed_at,
            User.full_name,
            User.username,
        )
        .join(User, User.id == TreatmentSession.signed_by_id)
        .where(TreatmentSession.id == session_id)
    ).one()
    return row.version, row.signed_at, row.full_name or row.username


def update_details(
    db_session: Session, record: TreatmentSession, action: str, limit: int = 50
) -> list[dict[str, Any]]:
    """The details of the latest audit rows of ``action`` on ``record``, newest first."""
    return list(
        db_session.scalars(
            select(AuditEvent.detail)
            .where(
                AuditEvent.patient_id == record.patient_id,
                AuditEvent.object_type == "session",
                AuditEvent.object_id == record.id,
                AuditEvent.action == action,
            )
            .order_by(AuditEvent.id.desc())
            .limit(limit)
        )
    )


def amendment_rows(
    db_session: Session, session_id: int
) -> list[tuple[Amendment, str | None, str | None]]:
    """A signed session's amendments in order, each with its author's full name and
    username (None when the account is gone)."""
    return [
        (amendment, full, name)
        for amendment, full, name in db_session.execute(
            select(Amendment, User.full_name, User.username)
            .outerjoin(User, User.id == Amendment.author_id)
            .where(Amendment.session_id == session_id)
            .order_by(Amendment.created_at, Amendment.id)
        )
    ]


def paid_amounts(db_session: Session, session_ids: Iterable[int]) -> dict[int, int]:
    """The total of the payment rows of each session that has any."""
    paid: dict[int, int] = {}
    for payment in db_session.scalars(
        select(SessionPayment).where(SessionPayment.session_id.in_(list(session_ids)))
    ):
        paid[payment.session_id] = paid.get(payment.session_id, 0) + payment.amount_cents
    return paid


def paid_sessions(db_session: Session, session_ids: Iterable[int]) -> set[int]:
    """Which of the sessions have a payment row."""
    return set(
        db_session.scalars(
            select(SessionPayment.session_id).where(
                SessionPayment.session_id.in_(list(session_ids))
            )
        )
    )


def is_paid(db_session: Session, session_id: int) -> bool:
    return bool(
        db_session.scalar(select(SessionPayment.id).where(SessionPayment.session_id == session_id))
    )


# --- Writing -------------------------------------------------------------------------------


def add_scheduled(
    db_session: Session,
    course: Course,
    first: int,
    dates: Iterable[dt.date],
    updated_by_id: int | None,
) -> list[TreatmentSession]:
    """New *scheduled* sessions numbered from ``first``, one per date (not flushed)."""
    rows = [
        TreatmentSession(
            course_id=course.id,
            patient_id=course.patient_id,
            number=number,
            status=SessionStatus.SCHEDULED,
            client_uuid=str(uuid.uuid4()),
            session_date=day,
            updated_by_id=updated_by_id,
        )
        for number, day in enumerate(dates, start=first)
    ]
    db_session.add_all(rows)
    return rows


def add_payment(
    db_session: Session,
    record: TreatmentSession,
    *,
    amount_cents: int,
    method: str,
    paid_on: dt.date,
    user_id: int | None,
) -> SessionPayment:
    """A payment towards ``record``'s fee recorded by ``user_id`` (not flushed)."""
    payment = SessionPayment(
        session_id=record.id,
        patient_id=record.patient_id,
        amount_cents=amount_cents,
        method=method,
        paid_on=paid_on,
        recorded_by_id=user_id,
    )
    db_session.add(payment)
    return payment


def add_amendment(
    db_session: Session, record: TreatmentSession, text: str, user_id: int | None, at: dt.datetime
) -> Amendment:
    """A dated amendment of signed ``record`` by ``user_id`` (flushed: it has its id)."""
    amendment = Amendment(session_id=record.id, author_id=user_id, text=text)
    amendment.created_at = at
    db_session.add(amendment)
    db_session.flush()
    return amendment


# --- Between a row and the domain ---------------------------------------------------------


def _derived_techniques(record: TreatmentSession) -> frozenset[Technique]:
    """Techniques of a row stored before they were recorded, from what was given."""
    catalog = load_catalog()
    found: set[Technique] = set()
    for point in record.points:
        acupoint = catalog.get(point.point_code)
        role = acupoint.role if acupoint else PointRole.LOCAL
        found.add(
            Technique.DISTAL_NEEDLING if role == PointRole.DISTAL else Technique.LOCAL_NEEDLING
        )
    if record.electro:
        found.add(Technique.ELECTROACUPUNCTURE)
    if record.cupping:
        found.add(Technique.CUPPING)
    if record.moxibustion:
        found.add(Technique.MOXIBUSTION)
    return frozenset(found)


def session_treatment_of(record: TreatmentSession) -> Plan:
    """The treatment given in ``record`` (what a take-home sheet and a receipt print): only
    its techniques, points and their tables are read, nothing else of the session."""
    techniques = (
        frozenset(Technique(t) for t in record.techniques)
        if record.techniques
        else _derived_techniques(record)
    )
    cupping = record.cupping[0] if record.cupping else None
    moxa = record.moxibustion[0] if record.moxibustion else None
    return Plan(
        techniques=techniques,
        points=tuple(point_of_row(p) for p in sorted(record.points, key=lambda row: row.id)),
        electro=tuple(
            ElectroPair(
                e.point_a,
                e.point_b,
                EAFrequencyMode(e.frequency_mode),
                e.frequency_hz,
                e.pulse_width_ms,
                e.intensity,
                e.minutes or DEFAULT_RETENTION_MINUTES,
                side_of(e.side_a),
                side_of(e.side_b),
            )
            for e in sorted(record.electro, key=lambda row: row.id)
        ),
        cupping=(
            Cupping(CuppingType(cupping.cupping_type), tuple(cupping.sites), cupping.minutes or 10)
            if cupping
            else None
        ),
        moxibustion=(
            Moxibustion(MoxaType(moxa.moxa_type), tuple(moxa.sites), moxa.minutes or 10)
            if moxa
            else None
        ),
        retention_minutes=record.retention_minutes or DEFAULT_RETENTION_MINUTES,
    )


def session_draft_of(record: TreatmentSession) -> SessionDraft:
    """Everything recorded in ``record``, as the session form edits it."""
    treatment = session_treatment_of(record)
    started = (
        record.started_at.astimezone().time().replace(tzinfo=None) if record.started_at else None
    )
    return SessionDraft(
        session_date=record.session_date,
        start_time=started,
        duration_minutes=record.duration_minutes,
        pain_before=record.pain_before,
        check=HealthCheck(
            new_red_flags=frozenset(RedFlag(f) for f in record.new_red_flags or []),
            new_conditions=frozenset(Condition(c) for c in record.new_conditions or []),
            new_medications=tuple(record.new_medications or []),
            now_pregnant=record.now_pregnant,
            changes=record.history_changes,
        ),
        treatment=treatment,
        needles_in=record.needles_in,
        needles_out=record.needles_out,
        response=frozenset(NeedleResponse(r) for r in record.response or []),
        pain_after=record.pain_after,
        adverse_events=tuple(
            AdverseEventEntry(
                AdverseEventKind(a.kind), AdverseSeverity(a.severity), a.action_taken, a.description
            )
            for a in sorted(record.adverse_events, key=lambda row: row.id)
        ),
        notes=record.notes,
        fee_cents=record.fee_cents,
        anything_new=record.anything_new,
    )


def started_at(draft: SessionDraft) -> dt.datetime | None:
    """The clinic-local date and start time as an aware UTC timestamp."""
    if draft.session_date is None or draft.start_time is None:
        return None
    local = dt.datetime.combine(draft.session_date, draft.start_time).astimezone()
    return local.astimezone(dt.UTC)


def apply_session(record: TreatmentSession, draft: SessionDraft) -> None:
    """Write a validated session draft onto its row (children replaced)."""
    treatment = draft.treatment
    assert draft.session_date is not None
    record.session_date = draft.session_date
    record.started_at = started_at(draft)
    record.duration_minutes = draft.duration_minutes
    record.retention_minutes = treatment.retention_minutes
    record.pain_before = draft.pain_before
    record.pain_after = draft.pain_after
    record.needles_in = draft.needles_in_count
    record.needles_out = draft.needles_out
    record.response = sorted(r.value for r in draft.response)
    record.techniques = sorted(t.value for t in treatment.techniques)
    record.new_red_flags = sorted(f.value for f in draft.check.new_red_flags)
    record.new_conditions = sorted(c.value for c in draft.check.new_conditions)
    record.new_medications = list(draft.check.new_medications)
    record.now_pregnant = draft.check.now_pregnant
    record.history_changes = draft.check.changes
    record.anything_new = draft.anything_new
    record.notes = draft.notes
    record.fee_cents = draft.fee_cents
    record.points = [
        SessionPoint(
            point_code=p.code,
            side=p.side.value,
            needles=p.needles,
            depth=p.depth,
            stimulation=p.stimulation.value if p.stimulation else None,
            de_qi_sought=p.de_qi_sought,
            ashi_region=p.ashi_region.value if p.ashi_region else None,
        )
        for p in treatment.points
    ]
    record.electro = [
        ElectroStimulation(
            point_a=e.point_a,
            point_b=e.point_b,
            frequency_mode=e.mode.value,
            frequency_hz=e.hertz,
            pulse_width_ms=e.pulse_width_ms,
            intensity=e.intensity,
            minutes=e.minutes,
            side_a=e.side_a.value if e.side_a else None,
            side_b=e.side_b.value if e.side_b else None,
        )
        for e in treatment.electro
    ]
    cupping, moxa = treatment.cupping, treatment.moxibustion
    record.cupping = (
        [
            CuppingApplication(
                cupping_type=cupping.type.value, sites=list(cupping.sites), minutes=cupping.minutes
            )
        ]
        if cupping
        else []
    )
    record.moxibustion = (
        [MoxaApplication(moxa_type=moxa.type.value, sites=list(moxa.sites), minutes=moxa.minutes)]
        if moxa
        else []
    )
    record.adverse_events = [
        AdverseEvent(
            kind=a.kind.value,
            severity=a.severity.value,
            action_taken=a.action_taken,
            description=a.description,
        )
        for a in draft.adverse_events
    ]
