"""Finding patients and reading a patient's overview."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    and_,
    bindparam,
    false,
    func,
    or_,
    select,
    tuple_,
)

from planner.domain.access import Action
from planner.domain.text import digits_only, search_key
from planner.domain.vocab import CourseStatus, SessionStatus
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.guard import Guard
from planner.storage.database import Database
from planner.storage.models import Course, Patient, TreatmentSession
from planner.storage.search_index import patient_fts

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")
_PHONE_SHAPE = re.compile(r"^[+(\d][\d\s().-]*$")  # "+44 …", "07700 …", "(03) …"
ROW_BATCH = 500


@dataclass(frozen=True, slots=True)
class PatientRow:
    """What the patient list shows for one patient."""

    id: int
    chart_number: int
    family_name: str
    given_name: str
    preferred_name: str
    date_of_birth: dt.date
    phone: str
    archived: bool


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: int
    number: int
    planned_sessions: int
    session_date: dt.date
    status: str
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True, slots=True)
class CourseSummary:
    id: int
    status: str
    planned_sessions: int
    start_date: dt.date
    end_date: dt.date | None
    sessions: tuple[SessionSummary, ...]


@dataclass(frozen=True, slots=True)
class PatientOverview:
    id: int
    chart_number: int
    given_name: str
    family_name: str
    preferred_name: str
    date_of_birth: dt.date
    sex: str
    phone: str
    email: str
    address: str
    emergency_contact_name: str
    emergency_contact_phone: str
    referring_physician_name: str
    referring_physician_clinic: str
    archived: bool
    clinical_visible: bool
    courses: tuple[CourseSummary, ...]


OPEN_COURSES = frozenset({CourseStatus.PLANNED, CourseStatus.ACTIVE, CourseStatus.EXTENDED})
HELD_SESSIONS = frozenset({SessionStatus.DRAFT, SessionStatus.SIGNED})


@dataclass(frozen=True, slots=True)
class AtAGlance:
    """The top of a patient's overview: the course under way, the last and next session."""

    current_course: CourseSummary | None
    last_session: SessionSummary | None  # held (draft or signed), today or earlier
    next_session: SessionSummary | None  # scheduled, today or later


def at_a_glance(overview: PatientOverview, today: dt.date) -> AtAGlance:
    """What the overview shows first; schedule facts only (no clinical content)."""
    current = next((c for c in overview.courses if c.status in OPEN_COURSES), None)
    sessions = [s for course in overview.courses for s in course.sessions]
    held = [s for s in sessions if s.status in HELD_SESSIONS and s.session_date <= today]
    booked = [
        s for s in sessions if s.status == SessionStatus.SCHEDULED and s.session_date >= today
    ]
    return AtAGlance(
        current_course=current,
        last_session=max(held, key=lambda s: (s.session_date, s.id), default=None),
        next_session=min(booked, key=lambda s: (s.session_date, s.id), default=None),
    )


def format_chart_number(number: int) -> str:
    return f"{number:06d}"


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def parse_date(text: str) -> dt.date | None:
    if not any(ch.isdigit() for ch in text):  # a name: no format can match (and strptime
        return None  # failing four times costs more than the rest of a keystroke's Python)
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


# A date of birth part-typed: "1985-", "1985-0", "1985-03-1" (year first) or "12/03/19",
# "12.03." (day and month, the year being typed). Years 1900-2099 only, so a phone number
# written with dashes ("0161-496 …") stays a phone number.
_ISO_PART = re.compile(r"^(19\d\d|20\d\d)-(\d{0,2})(?:-(\d{0,2}))?$")
_DAY_MONTH_PART = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{0,3})$")
_YEARS = range(1900, 2100)


def _starting(numbers: range, typed: str) -> list[int]:
    """The numbers whose two-digit form starts with what was typed (all when nothing)."""
    return [n for n in numbers if f"{n:02d}".startswith(typed)]


def _last_day(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def birth_date_prefix(text: str) -> Any | None:
    """The condition for a date of birth being typed (see above): a range of dates for a
    year-first date, the dates of that day and month in the years still possible for a
    day-first one; None when the text is not a date being typed. A part that no date can
    complete ("1985-13") finds nobody."""
    iso = _ISO_PART.match(text)
    if iso is not None:
        year, month_typed, day_typed = int(iso[1]), iso[2], iso[3]
        if day_typed is not None and len(month_typed) < 2:
            return None  # "1985-3-…": not a date as the search reads them
        months = _starting(range(1, 13), month_typed)
        if not months:
            return false()
        if day_typed is None:
            low = dt.date(year, months[0], 1)
            high = dt.date(year, months[-1], _last_day(year, months[-1]))
        else:
            days = _starting(range(1, _last_day(year, months[0]) + 1), day_typed)
            if not days:
                return false()
            low, high = dt.date(year, months[0], days[0]), dt.date(year, months[0], days[-1])
        return Patient.date_of_birth.between(low, high)
    day_month = _DAY_MONTH_PART.match(text)
    if day_month is not None:
        day, month, year_typed = int(day_month[1]), int(day_month[3]), day_month[4]
        dates = []
        for year in _YEARS:
            if str(year).startswith(year_typed):
                try:
                    dates.append(dt.date(year, month, day))
                except ValueError:
                    continue
        return Patient.date_of_birth.in_(dates)
    return None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column: Any, word: str) -> Any:
    """``column`` contains ``word``: LIKE '%word%', with an ESCAPE clause only when the
    word has a character LIKE treats specially (SQLite checks the clause on every row of
    a scan, about 8% of a search that reads the whole list; the matches are the same)."""
    if any(ch in word for ch in "\\%_"):
        return column.like(f"%{_escape_like(word)}%", escape="\\")
    return column.like(f"%{word}%")


def search_filter(query: str) -> list:  # type: ignore[type-arg]
    """SQL conditions for what a user typed in the search box.

    A date finds that date of birth, and a date being typed the dates it can still become;
    digits find a phone number (anywhere in it) or a chart number; anything else finds
    patients whose name contains every word typed, ignoring case and accents.

    These conditions read every patient's search name or phone digits (LIKE '%…%');
    :func:`trigram_filter` finds the same patients through the trigram index.
    """
    return _search_conditions(query, indexed=False)[0]


def trigram_filter(query: str) -> tuple[list, str | None]:  # type: ignore[type-arg]
    """The conditions of :func:`search_filter` with every word (or run of digits) of
    three characters or more looked up in SQLite's trigram index ``patient_fts``
    (migration 0008), and that index's query; ``(search_filter(query), None)`` when
    nothing typed is long enough. Both find exactly the same patients: a phrase of
    trigrams matches where the word occurs as it is, and search names are stored
    lower-case and accent-free like the words (shorter words keep their LIKE)."""
    return _search_conditions(query, indexed=True)


def postgresql_filter(query: str) -> list:  # type: ignore[type-arg]
    """The conditions of :func:`search_filter` for PostgreSQL: the same patients, with
    words (and digit runs) shorter than three characters as ``strpos`` rather than LIKE.
    pg_trgm can take nothing from '%k%', yet the planner would read its whole GIN index
    for it and sort half the clinic; ``strpos`` leaves the list order's index to it."""
    return _search_conditions(query, indexed=False, unindexed_short=True)[0]


def _search_conditions(
    query: str, *, indexed: bool, unindexed_short: bool = False
) -> tuple[list, str | None]:  # type: ignore[type-arg]
    def contains(column: Any, word: str) -> Any:
        if unindexed_short and len(word) < _TRIGRAM:
            return func.strpos(column, word) > 0
        return _contains(column, word)

    text = query.strip()
    if not text:
        return [], None
    born = parse_date(text)
    if born is not None:
        return [Patient.date_of_birth == born], None
    partly_typed = birth_date_prefix(text)
    if partly_typed is not None:
        return [partly_typed], None
    digits = digits_only(text)
    if _PHONE_SHAPE.match(text) and len(digits) >= 1:
        phone = contains(Patient.phone_digits, digits)
        # The index is asked for the last digits only (a phone number's common digits
        # come first: "07700 …"); LIKE keeps the whole number exact.
        phrase = _phrase("phone_digits", digits[-_PHONE_TAIL:]) if indexed else None
        if phrase is not None:
            phone = and_(_in_index(phrase), phone)
        conditions = [phone]
        if len(digits) <= 9:
            conditions.append(Patient.chart_number == int(digits))
        return [or_(*conditions)], phrase
    words = search_key(text).split()
    if not indexed:
        return [and_(*(contains(Patient.search_name, w) for w in words))], None
    short = [_contains(Patient.search_name, w) for w in words if len(w) < _TRIGRAM]
    fts = " AND ".join(p for w in words if (p := _phrase("search_name", w))) or None
    return [and_(*short, *([_in_index(fts)] if fts else []))], fts


_TRIGRAM = 3  # the index holds three-character runs: shorter words keep their LIKE
_PHONE_TAIL = 4
_FTS = patient_fts


def _phrase(column_name: str, word: str) -> str | None:
    """An FTS5 query for ``word`` as it is, inside one column (None when too short): a
    quoted string is taken literally, so ``%``, ``_`` and ``\\`` need no escaping."""
    if len(word) < _TRIGRAM:
        return None
    return f'{column_name} : "{word.replace(chr(34), chr(34) * 2)}"'


def _in_index(fts_query: str) -> Any:
    return Patient.id.in_(select(_FTS.c.rowid).where(_FTS.c.patient_fts.match(fts_query)))


# The columns the patient list shows, for a batch of ids (built once: a keystroke reads a
# page of rows, and an expanding IN keeps one compiled statement for every batch size).
_ROWS = select(
    Patient.id,
    Patient.chart_number,
    Patient.family_name,
    Patient.given_name,
    Patient.preferred_name,
    Patient.date_of_birth,
    Patient.phone,
    Patient.archived,
).where(Patient.id.in_(bindparam("ids", expanding=True)))
_SEARCH_KEY = select(Patient.search_name).where(Patient.id == bindparam("after"))


# How a search is answered on SQLite when a word is long enough for the trigram index:
# * the index finds fewer than INDEX_NARROWS_BELOW patients: their ids come from the
#   index, then are looked up and sorted into list order (about 1.5-2 µs each at
#   200,000 patients, so a few milliseconds at most);
# * more (a word many share: "son", phone digits "770"): the list is read in order,
#   without the index, for at most LIST_WINDOW entries; a page found there is the
#   answer (common words fill a page quickly). When the matches lie further on (a
#   common family name late in the alphabet: "wilson"), the index answers after all.
# PostgreSQL's planner weighs its pg_trgm indexes against the list order by itself.
INDEX_NARROWS_BELOW = 5000
LIST_WINDOW = 20_000
_INDEX_COUNT = select(func.count()).select_from(
    select(_FTS.c.rowid)
    .where(_FTS.c.patient_fts.match(bindparam("fts")))
    .limit(bindparam("most"))
    .subquery()
)
_LIST_ORDER = (Patient.search_name, Patient.id)


@dataclass(frozen=True, slots=True)
class _Plan:
    """The conditions for a search: ``scan`` reads the list, ``indexed`` the trigram
    index; ``index_first`` when the index narrows the search to a few patients."""

    scan: list  # type: ignore[type-arg]
    indexed: list  # type: ignore[type-arg]
    index_first: bool
    uses_index: bool


def _plan(connection: Connection, query: str) -> _Plan:
    if connection.dialect.name == "postgresql":
        scan = postgresql_filter(query)
        return _Plan(scan, scan, False, False)
    scan = search_filter(query)
    if connection.dialect.name != "sqlite":
        return _Plan(scan, scan, False, False)
    indexed, fts = trigram_filter(query)
    if fts is None:
        return _Plan(scan, scan, False, False)
    found = connection.scalar(_INDEX_COUNT, {"fts": fts, "most": INDEX_NARROWS_BELOW}) or 0
    return _Plan(scan, indexed, found < INDEX_NARROWS_BELOW, True)


def _window_end(connection: Connection, keyset: list) -> tuple[str, int] | None:  # type: ignore[type-arg]
    """The list-order key LIST_WINDOW entries on (None: the list ends before)."""
    stmt = select(*_LIST_ORDER).where(*keyset).order_by(*_LIST_ORDER).offset(LIST_WINDOW)
    row = connection.execute(stmt.limit(1)).first()
    return None if row is None else (row[0], row[1])


def _matching(stmt: Select[Any], conditions: Sequence[Any], include_archived: bool) -> Select[Any]:
    stmt = stmt.where(*conditions)
    return stmt if include_archived else stmt.where(Patient.archived.is_(False))


class PatientDirectory:
    """The patient list and overview, for one signed-in user.

    Search by name, phone, date of birth or chart number. Opening a patient is audited;
    users without clinical access (reception) get the overview without clinical content.
    """

    def __init__(self, db: Database, actor: Actor, audit: AuditTrail | None = None) -> None:
        self._db = db
        self._actor = actor
        self._audit = audit or AuditTrail()
        self._guard = Guard(db, self._audit)

    def search_ids(
        self,
        query: str = "",
        *,
        include_archived: bool = False,
        limit: int | None = None,
        after: int | None = None,
    ) -> list[int]:
        """Ids of matching patients in list order (family name, then given name).

        A page at a time: at most ``limit`` ids, those after the patient ``after`` in
        list order (keyset paging: each page costs the same wherever it is). The list
        order's covering index (ix_patient_search_order) answers without reading rows.
        """
        self._guard.require(self._actor, Action.VIEW_PATIENT_LIST)
        with self._db.read() as session:
            connection = session.connection()  # Core: no ORM loading per keystroke
            keyset = []
            if after is not None:
                key = connection.scalar(_SEARCH_KEY, {"after": after})
                if key is None:
                    return []
                keyset.append(tuple_(*_LIST_ORDER) > tuple_(key, after))
            plan = _plan(connection, query)

            def ids(conditions: list, *bounds: Any) -> list[int]:  # type: ignore[type-arg]
                stmt = _matching(select(Patient.id), conditions, include_archived)
                stmt = stmt.where(*keyset, *bounds).order_by(*_LIST_ORDER)
                return list(connection.scalars(stmt if limit is None else stmt.limit(limit)))

            if plan.index_first:
                return ids(plan.indexed)
            if not plan.uses_index or limit is None:
                return ids(plan.scan)
            end = _window_end(connection, keyset)
            if end is None:
                return ids(plan.scan)
            found = ids(plan.scan, tuple_(*_LIST_ORDER) <= tuple_(*end))
            return found if len(found) == limit else ids(plan.indexed)

    def count(self, query: str = "", *, include_archived: bool = False) -> int:
        """How many patients match (everyone, without a query)."""
        self._guard.require(self._actor, Action.VIEW_PATIENT_LIST)
        with self._db.read() as session:
            connection = session.connection()
            plan = _plan(connection, query)
            conditions = plan.indexed if plan.index_first else plan.scan
            stmt = _matching(select(func.count(Patient.id)), conditions, include_archived)
            return int(connection.scalar(stmt) or 0)

    def matches(self, query: str, patient_id: int, *, include_archived: bool = False) -> bool:
        """Whether this patient is among those the query finds (one row: no index needed)."""
        self._guard.require(self._actor, Action.VIEW_PATIENT_LIST)
        stmt = _matching(select(Patient.id), search_filter(query), include_archived)
        with self._db.read() as session:
            return session.scalar(stmt.where(Patient.id == patient_id)) is not None

    def rows(self, ids: Sequence[int]) -> dict[int, PatientRow]:
        """The list rows for these ids (fetched in batches; missing ids are left out)."""
        self._guard.require(self._actor, Action.VIEW_PATIENT_LIST)
        found: dict[int, PatientRow] = {}
        with self._db.read() as session:
            connection = session.connection()  # Core rows: no ORM loading per keystroke
            for start in range(0, len(ids), ROW_BATCH):
                chunk = list(ids[start : start + ROW_BATCH])
                for row in connection.execute(_ROWS, {"ids": chunk}):
                    found[row[0]] = PatientRow(*row)
        return found

    def overview(self, patient_id: int) -> PatientOverview | None:
        """Open a patient (audited). Pain scores only for users with clinical access."""
        self._guard.require(
            self._actor, Action.VIEW_DEMOGRAPHICS, patient_id=patient_id, object_type="patient"
        )
        clinical = self._actor.can(Action.VIEW_CLINICAL)
        with self._db.write() as session:
            patient = session.get(Patient, patient_id)
            if patient is None:
                return None
            self._audit.record(
                session,
                self._actor,
                AuditAction.OPEN_RECORD,
                patient_id=patient_id,
                object_type="patient",
                object_id=patient_id,
                detail={"scope": "clinical" if clinical else "demographics"},
            )
            courses = session.scalars(
                select(Course)
                .where(Course.patient_id == patient_id)
                .order_by(Course.start_date.desc(), Course.id.desc())
            ).all()
            sessions = session.scalars(
                select(TreatmentSession)
                .where(TreatmentSession.patient_id == patient_id)
                .order_by(TreatmentSession.number)
            ).all()
            by_course: dict[int, list[SessionSummary]] = {}
            planned = {course.id: course.planned_sessions for course in courses}
            for item in sessions:
                by_course.setdefault(item.course_id, []).append(
                    SessionSummary(
                        id=item.id,
                        number=item.number,
                        planned_sessions=planned.get(item.course_id, 0),
                        session_date=item.session_date,
                        status=item.status,
                        pain_before=item.pain_before if clinical else None,
                        pain_after=item.pain_after if clinical else None,
                    )
                )
            return PatientOverview(
                id=patient.id,
                chart_number=patient.chart_number,
                given_name=patient.given_name,
                family_name=patient.family_name,
                preferred_name=patient.preferred_name,
                date_of_birth=patient.date_of_birth,
                sex=patient.sex,
                phone=patient.phone,
                email=patient.email,
                address=patient.address,
                emergency_contact_name=patient.emergency_contact_name,
                emergency_contact_phone=patient.emergency_contact_phone,
                referring_physician_name=patient.referring_physician_name,
                referring_physician_clinic=patient.referring_physician_clinic,
                archived=patient.archived,
                clinical_visible=clinical,
                courses=tuple(
                    CourseSummary(
                        id=course.id,
                        status=course.status,
                        planned_sessions=course.planned_sessions,
                        start_date=course.start_date,
                        end_date=course.end_date,
                        sessions=tuple(by_course.get(course.id, ())),
                    )
                    for course in courses
                ),
            )
