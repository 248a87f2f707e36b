"""Patients: demographics and contact. Clinical content hangs off intakes and courses."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from planner.domain.text import digits_only, search_key
from planner.domain.vocab import Sex
from planner.storage.base import Base, Versioned, intpk
from planner.storage.coded import coded


class Patient(Versioned, Base):
    """A registered patient. Archived, never deleted."""

    __tablename__ = "patient"
    __table_args__ = (
        # The list's order, covering its searches (migration 0006): a search reads
        # this index alone, in list order, and stops when a page is full.
        Index(
            "ix_patient_search_order",
            "search_name",
            "id",
            "archived",
            "phone_digits",
            "chart_number",
            "date_of_birth",
        ),
        Index("ix_patient_phone_digits", "phone_digits"),
        # Dates of birth, covering their searches (migration 0007).
        Index("ix_patient_birth_date_search", "date_of_birth", "archived", "search_name", "id"),
        # The list order, narrow (migration 0018): a search for a name read in list order
        # reads half the pages of ix_patient_search_order.
        Index("ix_patient_list_order", "search_name", "id", "archived"),
        # Ids found by the name index, sorted into list order without the table's rows
        # (migration 0018; SQLite reads it with INDEXED BY, see patient_search).
        Index("ix_patient_id_order", "id", "archived", "search_name"),
    )

    id: Mapped[intpk]
    chart_number: Mapped[int] = mapped_column(Integer, unique=True)
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120))
    preferred_name: Mapped[str] = mapped_column(String(120), default="")
    date_of_birth: Mapped[dt.date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(coded(Sex, 20, "sex"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    emergency_contact_name: Mapped[str] = mapped_column(String(200), default="")
    emergency_contact_phone: Mapped[str] = mapped_column(String(40), default="")
    referring_physician_name: Mapped[str] = mapped_column(String(200), default="")
    referring_physician_clinic: Mapped[str] = mapped_column(String(200), default="")
    referring_physician_contact: Mapped[str] = mapped_column(String(200), default="")
    insurance_provider: Mapped[str] = mapped_column(String(200), default="")
    insurance_policy: Mapped[str] = mapped_column(String(80), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Derived search keys, kept in step by the listener below (and by bulk loaders).
    search_name: Mapped[str] = mapped_column(String(400), default="")
    phone_digits: Mapped[str] = mapped_column(String(40), default="")


def patient_search_name(family: str, given: str, preferred: str) -> str:
    """Family name first, so the list sorts the way a clinic files charts."""
    return search_key(family, given, preferred)


@event.listens_for(Patient, "before_insert")
@event.listens_for(Patient, "before_update")
def _refresh_search_keys(_mapper: object, _connection: object, patient: Patient) -> None:
    patient.search_name = patient_search_name(
        patient.family_name, patient.given_name, patient.preferred_name or ""
    )
    patient.phone_digits = digits_only(patient.phone)
