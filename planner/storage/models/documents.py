"""What the printed documents need besides the clinical record: the home advice ticked for
a take-home sheet, and the numbers given to receipts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from planner.storage.base import Base, Timestamped, Versioned, fk, intpk


class TakeHomeAdvice(Versioned, Base):
    """The self-care advice a practitioner ticked for one session's take-home sheet.

    Kept apart from the session row, which is read-only once signed: the advice is often
    ticked when the sheet is printed, after signing. One row per session at most.
    """

    __tablename__ = "take_home_advice"
    __table_args__ = (UniqueConstraint("session_id"),)

    id: Mapped[intpk]
    session_id: Mapped[int] = fk("treatment_session.id", ondelete="CASCADE", index=False)
    advice: Mapped[list[Any]] = mapped_column(default=list)  # export.model.HomeAdvice values
    note: Mapped[str] = mapped_column(Text, default="")  # the practitioner's own line
    heat_advised: Mapped[bool] = mapped_column(Boolean, default=False)


class ReceiptNumber(Timestamped, Base):
    """A receipt's number: one per patient and set of sessions, so printing the same
    receipt again gives the same number, and no two receipts share one.

    ``sessions_key`` is the SHA-256 of the sorted session ids (any number of them fits);
    ``session_ids`` keeps the ids themselves. The number printed is ``R-`` and the id.
    """

    __tablename__ = "receipt_number"
    __table_args__ = (UniqueConstraint("patient_id", "sessions_key"),)

    id: Mapped[intpk]
    patient_id: Mapped[int] = fk("patient.id", index=False)
    sessions_key: Mapped[str] = mapped_column(String(64))
    session_ids: Mapped[list[Any]] = mapped_column(default=list)
    issued_by_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    # Times this receipt was printed or saved (migration 0014): from the second on, COPY.
    issued_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
