"""The demo's rows before they are written: tables in insert order, keys, and times.

Rows are plain dicts with pre-computed integer keys (the database is empty, so keys
start at 1), collected per table in a :class:`Batch` and written with
:class:`~planner.storage.bulk.BulkWriter`. Times derive from the demo's "today" (a
parameter of the generator), never from the clock, so one seed and one today always give
the same rows.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection

from planner.storage.bulk import BulkWriter
from planner.storage.bulk import Row as Row  # the demo modules take it from here
from planner.storage.models import (
    AdverseEvent,
    Allergy,
    Appointment,
    Base,
    Consent,
    Course,
    CourseReview,
    CuppingApplication,
    ElectroStimulation,
    HistoryCondition,
    Intake,
    Medication,
    MoxaApplication,
    OutcomeScore,
    Patient,
    PlannedTechnique,
    PointPrescription,
    PriorTreatmentRecord,
    RedFlagAnswer,
    SessionPayment,
    SessionPoint,
    TreatmentSession,
)

REFERENCE_DATE = dt.date(2026, 6, 30)
"""A fixed demo "today" (earlier sessions signed, later ones scheduled): the generator's
default, for tests and reproducible runs; the ``demo`` command uses the real date."""

# Models in foreign-key order: each batch is inserted table by table in this order.
INSERT_ORDER: tuple[type[Base], ...] = (
    Patient,
    Intake,
    HistoryCondition,
    Medication,
    Allergy,
    RedFlagAnswer,
    PriorTreatmentRecord,
    Consent,
    Course,
    PlannedTechnique,
    PointPrescription,
    CourseReview,
    TreatmentSession,
    Appointment,
    SessionPayment,
    OutcomeScore,  # after the sessions and courses its scores may belong to
    SessionPoint,
    ElectroStimulation,
    CuppingApplication,
    MoxaApplication,
    AdverseEvent,
)


_EIGHT_AM = dt.time(8, 0, tzinfo=dt.UTC)
_MINUTE = dt.timedelta(minutes=1)
HALF_HOUR = dt.timedelta(minutes=30)
END_OF_DAY = 690  # 19:30, after the day's last session is signed


def timestamp(day: dt.date, minutes: int = 0) -> dt.datetime:
    """A deterministic UTC timestamp: ``minutes`` after 08:00 on ``day``."""
    return _morning(day) + _MINUTE * minutes


@functools.cache
def _morning(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, _EIGHT_AM)


@dataclass
class Batch:
    """The rows of a few hundred patients, by table name, ready for bulk insert."""

    tables: dict[str, list[Row]] = field(
        default_factory=lambda: {model.__tablename__: [] for model in INSERT_ORDER}
    )

    def rows(self, model: type[Base]) -> list[Row]:
        return self.tables[model.__tablename__]

    def insert(self, connection: Connection, writer: BulkWriter) -> None:
        for name, rows in self.tables.items():
            if rows:
                writer.insert(connection, Base.metadata.tables[name], rows)


class Keys:
    """The next key of each table: 1, 2, 3 … (the demo fills an empty database)."""

    def __init__(self) -> None:
        self._counters = {model.__tablename__: itertools.count(1) for model in INSERT_ORDER}

    def next(self, model: type[Base]) -> int:
        return next(self._counters[model.__tablename__])

    def counter(self, model: type[Base]) -> Iterator[int]:
        """The table's key counter itself, for the tightest loops."""
        return self._counters[model.__tablename__]
