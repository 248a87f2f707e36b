"""Treatment-room mode: the running session's start, needle counts and timers.

Kept apart from ``treatment_session`` so each tap in the room (a needle out, a timer
started) is its own small transaction without moving the session record's version under
the session screen. The counts go into the session record when the room is finished
(``planner.services.room``); a room not finished is an unfinished session, shown again
after a restart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import CheckConstraint, Float, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.domain.room import TimerKind
from planner.storage.base import Base, Timestamped, Versioned, fk, intpk
from planner.storage.coded import coded


class RoomSession(Versioned, Base):
    """A session in the treatment room (one per treatment session)."""

    __tablename__ = "room_session"
    __table_args__ = (
        UniqueConstraint("session_id", name="uq_room_session_session_id"),
        CheckConstraint(
            "needles_in >= 0 AND needles_out >= 0 AND needles_unaccounted >= 0",
            name="needle_counts",
        ),
    )

    id: Mapped[intpk]
    session_id: Mapped[int] = fk("treatment_session.id", index=False)
    patient_id: Mapped[int] = fk("patient.id")
    practitioner_id: Mapped[int | None] = fk("app_user.id", nullable=True)
    workstation: Mapped[str] = mapped_column(String(255), default="")
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]
    needles_in: Mapped[int] = mapped_column(Integer, default=0)
    needles_out: Mapped[int] = mapped_column(Integer, default=0)
    # Needles recorded as not accounted for, by an adverse event on the session.
    needles_unaccounted: Mapped[int] = mapped_column(Integer, default=0)
    searched: Mapped[list[Any]] = mapped_column(default=list, server_default=text("'[]'"))

    timers: Mapped[list[RoomTimerRecord]] = relationship(
        cascade="all, delete-orphan", order_by="RoomTimerRecord.id"
    )


class RoomTimerRecord(Timestamped, Base):
    """A retention, EA, cupping or moxibustion timer of a room session (UTC times)."""

    __tablename__ = "room_timer"
    __table_args__ = (CheckConstraint("minutes BETWEEN 1 AND 90", name="minutes_range"),)

    id: Mapped[intpk]
    room_session_id: Mapped[int] = fk("room_session.id", ondelete="CASCADE")
    kind: Mapped[str] = mapped_column(coded(TimerKind, 20, "kind"))
    minutes: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime]
    paused_at: Mapped[dt.datetime | None]
    paused_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    stopped_at: Mapped[dt.datetime | None]
    acknowledged_at: Mapped[dt.datetime | None]
