"""Patient search: what a user typed in the search box, as SQL, answered quickly.

The queries only (functions taking a connection); the use case, with its role check and
transaction, is :meth:`planner.services.patients.PatientDirectory.search_ids`.

A date finds that date of birth, and a date being typed the dates it can still become;
digits find a phone number (anywhere in it) or a chart number; anything else finds
patients whose name contains every word typed, ignoring case and accents.

:func:`search_filter` says it plainly, with LIKE '%…%', which reads every patient. Words
and digit runs of three characters or more can be looked up in the trigram index instead
(schema 0008: SQLite's FTS5 ``patient_fts``, PostgreSQL's pg_trgm GIN indexes), which
finds exactly the same patients. :func:`find_ids` chooses, per keystroke:

* the index narrows the search to fewer than :func:`index_narrows_below` patients
  (about √(20 × clinic size): 1,000 at 50,000 patients, 2,000 at 200,000): their ids
  come from the index and are sorted into list order (each costs about 1.5-2 µs on
  SQLite, so a few milliseconds at most). Reading the list in order costs about a
  tenth of that per patient and stops at a page: for a word that many share, quicker;
* more (a word many share: "son", phone digits "770"): the list is read in order, without
  the index, for a window of LIST_WINDOW × that many entries (about what a page needs
  when that many matches are spread out); a page found there is the answer. When the
  matches lie further on (a common family name late in the alphabet: "wright"), the
  index answers after all;
* words shorter than three characters are read in list order, as before.

What no database can store (a NUL character, a lone surrogate pasted from elsewhere) is
in no patient's record: a search for it finds nobody, without asking the database (which
would fail: PostgreSQL refuses NUL in text, and neither engine takes a lone surrogate).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Alias,
    ColumnElement,
    Connection,
    and_,
    bindparam,
    false,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.util import ClauseAdapter

from planner.domain.text import digits_only, search_key
from planner.storage.models import Patient
from planner.storage.search_index import patient_fts

if TYPE_CHECKING:
    from planner.storage.base import AnySelect

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")
_PHONE_SHAPE = re.compile(r"^[+(\d][\d\s().-]*$")  # "+44 …", "07700 …", "(03) …"
_TRIGRAM = 3  # the index holds three-character runs: shorter words are read in order
_PHONE_TAIL = 4  # the digits of a phone number the index is asked for (see below)
INDEX_NARROWS_BELOW = (500, 5000)  # the least and the most of index_narrows_below()
LIST_WINDOW = 12  # entries read in list order, per patient of index_narrows_below()
_LIST_ORDER = (Patient.search_name, Patient.id)


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


def _position(column: Any, word: str) -> Any:
    """``column`` contains ``word``, in a form no index answers (PostgreSQL): the
    planner then reads the list in order instead of weighing pg_trgm for it."""
    return func.strpos(column, word) > 0


def search_filter(query: str) -> list:  # type: ignore[type-arg]
    """SQL conditions for what a user typed in the search box, read patient by patient
    (LIKE '%…%'): the meaning every other way of answering must keep."""
    return search_conditions(query, "").scan


@dataclass(frozen=True, slots=True)
class SearchConditions:
    """One search three ways, all finding the same patients: ``scan`` read in list
    order, ``indexed`` through the trigram index, and ``probe`` what the index is asked
    to count first (SQLite: an FTS5 query; PostgreSQL: a LIKE condition its GIN indexes
    answer; None when nothing typed is long enough for the index)."""

    scan: list  # type: ignore[type-arg]
    indexed: list  # type: ignore[type-arg]
    probe: Any | None
    names: bool = False  # only names looked up (the index gives ids of names alone)


def search_conditions(query: str, dialect: str) -> SearchConditions:
    text = query.strip()
    if not text:
        return SearchConditions([], [], None)
    if not _storable(text):
        return SearchConditions([false()], [false()], None)
    born = parse_date(text)
    partly_typed = birth_date_prefix(text) if born is None else None
    if born is not None or partly_typed is not None:
        date = Patient.date_of_birth == born if born is not None else partly_typed
        return SearchConditions([date], [date], None)
    postgresql = dialect == "postgresql"
    scan_contains = _position if postgresql else _contains
    digits = digits_only(text)
    if _PHONE_SHAPE.match(text) and len(digits) >= 1:
        chart = [Patient.chart_number == int(digits)] if len(digits) <= 9 else []
        if postgresql and len(digits) >= _TRIGRAM:
            # PostgreSQL's planner chooses between pg_trgm and the list order by itself:
            # a count of common digits ("0770") through GIN would first read them all.
            scan = [or_(Patient.phone_digits.like(f"%{digits}%"), *chart)]
            return SearchConditions(scan, scan, None)
        scan = [or_(scan_contains(Patient.phone_digits, digits), *chart)]
        if len(digits) < _TRIGRAM or dialect != "sqlite":
            return SearchConditions(scan, scan, None)
        # The index is asked for the last digits only: a phone number's first digits are
        # shared by thousands ("07700 …", "555"), and every common trigram asked for
        # costs a long read. The whole number is then checked on the few it gives.
        probe: ColumnElement[bool] | str = _phrase("phone_digits", digits[-_PHONE_TAIL:])
        whole = and_(_indexed(probe), _contains(Patient.phone_digits, digits))
        return SearchConditions(scan, [or_(whole, *chart)], probe)
    words = search_key(text).split()
    scan = [and_(*(scan_contains(Patient.search_name, w) for w in words))]
    long_words = [w for w in words if _indexable(w, postgresql)]
    if not long_words or dialect not in ("sqlite", "postgresql"):
        return SearchConditions(scan, scan, None)
    short = [scan_contains(Patient.search_name, w) for w in words if not _indexable(w, postgresql)]
    if postgresql:
        probe = and_(*(_contains(Patient.search_name, w) for w in long_words))
    else:
        probe = " AND ".join(_phrase("search_name", w) for w in long_words)
    return SearchConditions(scan, [and_(*short, _indexed(probe))], probe, names=True)


def _storable(text: str) -> bool:
    """Whether a database could hold ``text`` (no NUL, no lone surrogate)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_ALNUM_RUN = re.compile(r"[^\W_]{3}")


def _indexable(word: str, postgresql: bool) -> bool:
    """Whether the trigram index can find ``word``: three characters (FTS5's trigrams
    take any character); on PostgreSQL three letters or digits in a row, as pg_trgm
    splits words at anything else ("o'k" gives it nothing to look up)."""
    if postgresql:
        return _ALNUM_RUN.search(word) is not None
    return len(word) >= _TRIGRAM


def _phrase(column_name: str, word: str) -> str:
    """An FTS5 query for ``word`` as it is, inside one column: a quoted string is taken
    literally (``%``, ``_`` and ``\\`` need no escaping), and the trigram tokenizer finds
    it wherever it occurs; search names and words are both lower-case and accent-free."""
    return f'{column_name} : "{word.replace(chr(34), chr(34) * 2)}"'


def _indexed(probe: Any) -> Any:
    """The condition that reads the index: SQLite's FTS5 ids, PostgreSQL's LIKE itself."""
    if isinstance(probe, str):
        fts = select(patient_fts.c.rowid).where(patient_fts.c.patient_fts.match(probe))
        return Patient.id.in_(fts)
    return probe


_LAST_ID = select(func.max(Patient.id))  # the size of the clinic, near enough, at once


def index_narrows_below(connection: Connection) -> int:
    """How few patients the index must find to be quicker than reading the list: the
    list finds a page of n matches among N patients after about 201·N/n of them, at a
    tenth of the index's cost each, so the index wins while n² < 20·N or so."""
    least, most = INDEX_NARROWS_BELOW
    clinic = connection.scalar(_LAST_ID) or 0
    return max(least, min(most, math.isqrt(20 * clinic)))


def _index_count(probe: Any, most: int) -> AnySelect:
    """How many patients the index gives for ``probe``, counting no further than
    ``most`` (a common word stops early)."""
    if isinstance(probe, str):
        found = select(patient_fts.c.rowid).where(patient_fts.c.patient_fts.match(probe))
    else:
        found = select(Patient.id).where(probe)
    return select(func.count()).select_from(found.limit(most).subquery())


def _narrows(connection: Connection, conditions: SearchConditions, most: int) -> bool | None:
    """Whether the index finds fewer than ``most`` (None: it cannot be asked)."""
    if conditions.probe is None:
        return None
    return (connection.scalar(_index_count(conditions.probe, most)) or 0) < most


def _matching(stmt: AnySelect, conditions: Sequence[Any], include_archived: bool) -> AnySelect:
    stmt = stmt.where(*conditions)
    return stmt if include_archived else stmt.where(Patient.archived.is_(False))


_SEARCH_KEY = select(Patient.search_name).where(Patient.id == bindparam("after"))


def find_ids(
    connection: Connection,
    query: str,
    *,
    include_archived: bool,
    limit: int | None,
    after: int | None,
) -> list[int]:
    """Ids of the matching patients in list order, at most ``limit`` of them, those
    after the patient ``after`` (keyset paging); see the module's docstring."""
    keyset = []
    if after is not None:
        key = connection.scalar(_SEARCH_KEY, {"after": after})
        if key is None:
            return []
        keyset.append(tuple_(*_LIST_ORDER) > tuple_(key, after))
    conditions = search_conditions(query, connection.dialect.name)
    most = index_narrows_below(connection) if conditions.probe is not None else 0
    narrows = _narrows(connection, conditions, most)

    def in_order(where: list, *bounds: Any, page: int | None = limit) -> list[int]:  # type: ignore[type-arg]
        stmt = _matching(select(Patient.id), where, include_archived)
        stmt = stmt.where(*(bounds or keyset)).order_by(*_LIST_ORDER)
        return list(connection.scalars(stmt if page is None else stmt.limit(page)))

    def from_index() -> list[int]:
        if connection.dialect.name == "sqlite" and conditions.names:
            return _by_id_index(connection, [*conditions.indexed, *keyset], include_archived, limit)
        if connection.dialect.name != "postgresql":
            return in_order(conditions.indexed)
        # PostgreSQL would read the list order's index for the ORDER BY … LIMIT when it
        # expects many matches; a materialised CTE has it find them first, then sort.
        found = _matching(select(*_LIST_ORDER), conditions.indexed, include_archived)
        found_cte = found.where(*keyset).cte("found").prefix_with("MATERIALIZED")
        stmt = select(found_cte.c.id).order_by(found_cte.c.search_name, found_cte.c.id)
        return list(connection.scalars(stmt if limit is None else stmt.limit(limit)))

    if narrows:
        return from_index()
    if narrows is None or limit is None:
        return in_order(conditions.scan)
    # The window is read in two steps (4, then the rest of LIST_WINDOW times ``most``
    # entries), the second after the first: a common word fills its page in the first,
    # which costs little to bound. Failing costs little too: the index then finds
    # ``most`` or more, often not many more (a window's read costs a tenth of that).
    found: list[int] = []
    start, read, step = keyset, 0, 4 * most
    while read < LIST_WINDOW * most:
        step = min(step, LIST_WINDOW * most - read)
        end = _window_end(connection, start, step)
        bounds = [*start, tuple_(*_LIST_ORDER) <= tuple_(*end)] if end else start
        found += in_order(conditions.scan, *bounds, page=limit - len(found))
        if len(found) == limit or end is None:
            return found
        start, read, step = [tuple_(*_LIST_ORDER) > tuple_(*end)], read + step, step * 5
    return from_index()


class _ById(Alias):
    """The patient table read through ix_patient_id_order (SQLite: ``INDEXED BY``)."""

    inherit_cache = True


@compiles(_ById, "sqlite")
def _indexed_by(element: _ById, compiler: Any, **kw: Any) -> str:
    if kw.get("asfrom"):
        return "patient INDEXED BY ix_patient_id_order"
    return str(compiler.visit_alias(element, **kw))


_BY_ID = _ById._construct(Patient.__table__, name="patient")
_TO_BY_ID = ClauseAdapter(_BY_ID)


def _by_id_index(
    connection: Connection,
    where: list,  # type: ignore[type-arg]
    include_archived: bool,
    limit: int | None,
) -> list[int]:
    """The ids the name index found, sorted into list order from ix_patient_id_order
    (schema 0018: id, archived and search name, a ninth of the table's size): SQLite
    would look each id up in the table itself, whose rows (addresses, contacts) spread
    over eight times as many pages, so that at 200,000 patients a common word's few
    thousand ids cost twice as long there."""
    conditions = [_TO_BY_ID.traverse(condition) for condition in where]
    if not include_archived:
        conditions.append(_BY_ID.c.archived.is_(False))
    stmt = select(_BY_ID.c.id).where(*conditions).order_by(_BY_ID.c.search_name, _BY_ID.c.id)
    return list(connection.scalars(stmt if limit is None else stmt.limit(limit)))


def _window_end(
    connection: Connection,
    keyset: list,  # type: ignore[type-arg]
    entries: int,
) -> tuple[str, int] | None:
    """The list-order key ``entries`` on (None: the list ends before)."""
    stmt = select(*_LIST_ORDER).where(*keyset).order_by(*_LIST_ORDER).offset(entries)
    row = connection.execute(stmt.limit(1)).first()
    return None if row is None else (row[0], row[1])


def count_matching(connection: Connection, query: str, *, include_archived: bool) -> int:
    """How many patients the query finds (through the index when it narrows)."""
    conditions = search_conditions(query, connection.dialect.name)
    most = index_narrows_below(connection) if conditions.probe is not None else 0
    where = conditions.indexed if _narrows(connection, conditions, most) else conditions.scan
    stmt = _matching(select(func.count(Patient.id)), where, include_archived)
    return int(connection.scalar(stmt) or 0)


def is_match(
    connection: Connection, query: str, patient_id: int, *, include_archived: bool
) -> bool:
    """Whether this patient is among those the query finds (one row: no index needed)."""
    stmt = _matching(select(Patient.id), search_filter(query), include_archived)
    return connection.scalar(stmt.where(Patient.id == patient_id)) is not None
