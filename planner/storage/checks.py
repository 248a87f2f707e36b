"""Checking a database: SQLite's own integrity checks, then AcuPlanner's invariants.

:func:`check_database` returns one human-readable line per problem, or an empty list
when all is well. A line names a table and a record id, never a patient's name or any
clinical text, so it can be printed, logged and pasted into a support request.

Every check is one SQL query, so a database of 50,000 patients and half a million
sessions is checked in seconds. Each kind of problem lists at most
:data:`MAX_PER_KIND` records, then says how many more there are.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Connection, Table, distinct, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from planner.domain.catalog import load_catalog
from planner.storage.audit_guard import restore_triggers, trigger_problems
from planner.storage.database import Database
from planner.storage.integrity import sqlite_integrity_lines
from planner.storage.models import (
    Course,
    CourseReview,
    ElectroStimulation,
    Intake,
    PointPrescription,
    SessionPoint,
    TreatmentSession,
)
from planner.storage.search_index import fts_problems

if TYPE_CHECKING:
    from planner.storage.base import AnyRow, AnySelect

log = logging.getLogger(__name__)

MAX_PER_KIND = 50
PAIN_RANGE = (0, 10)


@dataclass(frozen=True, slots=True)
class Check:
    """One kind of problem: a query for the offending rows and how to describe one."""

    kind: str
    query: AnySelect
    describe: Callable[[AnyRow], str]


def check_database(db: Database) -> list[str]:
    """Every problem found, as lines like ``treatment_session 12: pain_after 11 …``."""
    problems: list[str] = []
    with db.read() as db_session:
        connection = db_session.connection()
        for kind, find in _finders(connection.dialect.name):
            found = find(connection)
            if found:
                log.warning("check %s: %d problem line(s)", kind, len(found))
            problems += found
    log.info("database check finished: %d problem line(s)", len(problems))
    return problems


Finder = Callable[[Connection], list[str]]


def _finders(dialect: str) -> list[tuple[str, Finder]]:
    """Each kind of check, in the order its lines are reported."""
    finders: list[tuple[str, Finder]] = []
    if dialect == "sqlite":
        finders += [
            ("sqlite integrity", _sqlite_integrity),
            ("sqlite foreign keys", _sqlite_foreign_keys),
            ("sqlite patient search index", fts_problems),
        ]
    finders.append(("session numbering", _session_numbering))
    finders += [(check.kind, functools.partial(_run, check=check)) for check in domain_checks()]
    return finders


def _capped(lines: Iterable[str], total: int | None = None) -> list[str]:
    """The first MAX_PER_KIND lines, then "… and N more" when there were more."""
    kept: list[str] = []
    seen = 0
    for line in lines:
        seen += 1
        if seen <= MAX_PER_KIND:
            kept.append(line)
    total = seen if total is None else total
    if total > len(kept):
        kept.append(f"… and {total - len(kept):,} more")
    return kept


# --------------------------------------------------------------------------------------
# SQLite's own checks
# --------------------------------------------------------------------------------------


def _sqlite_integrity(connection: Connection) -> list[str]:
    """``integrity_check``, its findings kept even when it stops on the damage."""
    raw = connection.connection.driver_connection
    assert raw is not None  # a connection checked out of the pool
    return sqlite_integrity_lines(raw)


def _sqlite_foreign_keys(connection: Connection) -> list[str]:
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check")
    return _capped(
        f"{table} {rowid}: refers to a {parent} row that does not exist"
        for table, rowid, parent, _fk in rows
    )


# --------------------------------------------------------------------------------------
# AcuPlanner's invariants
# --------------------------------------------------------------------------------------


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


def domain_checks() -> list[Check]:
    """Point codes, session dates and pain scores: one check per column."""
    return [*_point_code_checks(), _session_date_check(), *_pain_checks()]


def _point_code_checks() -> list[Check]:
    codes = sorted(load_catalog().codes())
    columns = [
        _table(SessionPoint).c.point_code,
        _table(PointPrescription).c.point_code,
        _table(ElectroStimulation).c.point_a,
        _table(ElectroStimulation).c.point_b,
    ]
    return [_unknown_code_check(column, codes) for column in columns]


def _unknown_code_check(column: Column[Any], codes: Sequence[str]) -> Check:
    table = column.table
    query = select(table.c.id, column).where(column.not_in(codes)).order_by(table.c.id)

    def describe(row: AnyRow) -> str:
        return (
            f"{table.name} {row[0]}: {column.name} {_quoted(row[1])} is not in the acupoint catalog"
        )

    return Check(f"{table.name}.{column.name} unknown", query, describe)


def _session_date_check() -> Check:
    sessions, courses = _table(TreatmentSession), _table(Course)
    query = (
        select(
            sessions.c.id,
            sessions.c.session_date,
            courses.c.id,
            courses.c.start_date,
            courses.c.end_date,
        )
        .join(courses, courses.c.id == sessions.c.course_id)
        .where(
            or_(
                sessions.c.session_date < courses.c.start_date,
                (courses.c.end_date.is_not(None)) & (sessions.c.session_date > courses.c.end_date),
            )
        )
        .order_by(sessions.c.id)
    )

    def describe(row: AnyRow) -> str:
        session_id, day, course_id, start, end = row
        if day < start:
            return (
                f"treatment_session {session_id}: session_date {day} "
                f"is before course {course_id} start {start}"
            )
        return (
            f"treatment_session {session_id}: session_date {day} "
            f"is after course {course_id} end {end}"
        )

    return Check("treatment_session outside course dates", query, describe)


def _pain_checks() -> list[Check]:
    """NRS-type scores (0–10): session pain, intake NRS and PEG items, review pain."""
    sessions, intakes, reviews = _table(TreatmentSession), _table(Intake), _table(CourseReview)
    columns = [
        sessions.c.pain_before,
        sessions.c.pain_after,
        intakes.c.nrs_now,
        intakes.c.nrs_worst,
        intakes.c.nrs_average,
        intakes.c.peg_pain,
        intakes.c.peg_enjoyment,
        intakes.c.peg_activity,
        intakes.c.goal_target_pain,
        _table(Course).c.goal_target_pain,
        reviews.c.pain_start,
        reviews.c.pain_latest,
    ]
    return [_range_check(column, *PAIN_RANGE) for column in columns]


def _range_check(column: Column[Any], low: int, high: int) -> Check:
    table = column.table
    query = select(table.c.id, column).where(or_(column < low, column > high)).order_by(table.c.id)

    def describe(row: AnyRow) -> str:
        return f"{table.name} {row[0]}: {column.name} {row[1]} is outside {low}–{high}"

    return Check(f"{table.name}.{column.name} range", query, describe)


def _run(connection: Connection, check: Check) -> list[str]:
    rows = connection.execute(check.query.limit(MAX_PER_KIND + 1)).all()
    if len(rows) <= MAX_PER_KIND:
        return [check.describe(row) for row in rows]
    total = connection.scalar(select(func.count()).select_from(check.query.subquery())) or 0
    return _capped((check.describe(row) for row in rows[:MAX_PER_KIND]), total)


def _session_numbering(connection: Connection) -> list[str]:
    """Within each course, sessions are numbered 1..n without gaps or repeats."""
    sessions = _table(TreatmentSession)
    number, count = sessions.c.number, func.count()
    query = (
        select(sessions.c.course_id)
        .group_by(sessions.c.course_id)
        .having(
            or_(
                func.min(number) != 1,
                func.max(number) != count,
                func.count(distinct(number)) != count,
            )
        )
        .order_by(sessions.c.course_id)
    )
    courses = list(connection.scalars(query.limit(MAX_PER_KIND + 1)))
    if not courses:
        return []
    total = len(courses)
    if total > MAX_PER_KIND:
        courses = courses[:MAX_PER_KIND]
        total = connection.scalar(select(func.count()).select_from(query.subquery())) or 0
    numbers: dict[int, list[int]] = {course: [] for course in courses}
    listing = (
        select(sessions.c.course_id, number)
        .where(sessions.c.course_id.in_(courses))
        .order_by(sessions.c.course_id, number)
    )
    for course_id, value in connection.execute(listing):
        numbers[course_id].append(value)
    lines = (
        f"treatment_session numbers in course {course}: {_numbers(found)}, "
        f"not 1..{len(found)} without gaps"
        for course, found in numbers.items()
    )
    return _capped(lines, total)


def _numbers(values: list[int], shown: int = 12) -> str:
    text = ", ".join(str(value) for value in values[:shown])
    return text + (", …" if len(values) > shown else "")


def _quoted(value: object, limit: int = 40) -> str:
    text = str(value)
    return repr(text if len(text) <= limit else text[:limit] + "…")


# --------------------------------------------------------------------------------------
# The audit trail's triggers (issue 19)
# --------------------------------------------------------------------------------------


def repair_audit_triggers(db: Database, record: Callable[[Session, list[str]], None]) -> list[str]:
    """Put back each trigger guarding ``audit_event`` that is missing, disabled or
    altered, in one transaction with the audit row ``record`` appends naming them; one
    line each for ``check``'s output (none when all are in place)."""
    with db.read() as db_session:
        problems = trigger_problems(db_session.connection())
    if not problems:
        return []
    for problem in problems:
        log.warning("check: %s", problem.describe())
    try:
        with db.write() as db_session:
            connection = db_session.connection()
            problems = trigger_problems(connection)
            restore_triggers(connection, problems)
            record(db_session, [f"{p.guard.name} {p.problem}" for p in problems])
    except SQLAlchemyError as error:
        log.warning("audit triggers not recreated: %s", type(error).__name__)
        return [
            f"{p.describe()}; it could not be recreated (run check as the database's owner)"
            for p in problems
        ]
    return [f"{p.describe()}; recreated, and an audit row says so" for p in problems]
