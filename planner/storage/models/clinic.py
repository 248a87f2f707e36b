"""The clinic, its users and the audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, FetchedValue, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.clock import utc_now
from planner.domain.vocab import Role
from planner.storage.base import Base, BigIntPK, Versioned, fk, intpk
from planner.storage.coded import coded


class Clinic(Versioned, Base):
    """The one clinic this database belongs to (a single row)."""

    __tablename__ = "clinic"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # Next chart number to hand out; incremented inside the transaction that uses it.
    next_chart_number: Mapped[int] = mapped_column(Integer, default=1)
    # Minutes without input before the window locks (1–30).
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    # Printed on receipts and invoices (migration 0014): the clinic's tax or VAT number and
    # the body its practitioners are registered with.
    tax_number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    registering_body: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The appointment book (migration 0016): default lengths, opening hours (minutes after
    # midnight, clinic-local), the days open (ISO weekdays, "12345" is Monday to Friday)
    # and how many hours' notice a cancellation needs not to count as late.
    first_visit_minutes: Mapped[int] = mapped_column(Integer, default=45, server_default="45")
    follow_up_minutes: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    opens_at_minute: Mapped[int] = mapped_column(Integer, default=480, server_default="480")
    closes_at_minute: Mapped[int] = mapped_column(Integer, default=1080, server_default="1080")
    open_weekdays: Mapped[str] = mapped_column(String(7), default="12345", server_default="12345")
    late_cancel_hours: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    # Insurance-ready receipts (0016): the diagnosis and service codes US insurers ask for
    # (ICD-10-CM, CPT 97810-97814 by 15-minute units), printed only when switched on.
    insurer_codes: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    diagnosis_code: Mapped[str] = mapped_column(
        String(10), default="M54.50", server_default="M54.50"
    )


class ClinicRoom(Versioned, Base):
    """A treatment room appointments can be booked in (0016). Retired, never deleted."""

    __tablename__ = "clinic_room"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(60), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Versioned, Base):
    """A person who signs in. Accounts are disabled, never deleted (audit needs them)."""

    __tablename__ = "app_user"

    id: Mapped[intpk]
    username: Mapped[str] = mapped_column(String(64), unique=True)
    # Deferred: on PostgreSQL only admins' database group may read it (pg_roles.py).
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    credentials: Mapped[str] = mapped_column(String(200), default="")
    registration_number: Mapped[str] = mapped_column(String(80), default="")
    acupuncture_style: Mapped[str] = mapped_column(String(40), default="")
    years_of_practice: Mapped[int | None] = mapped_column(Integer)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_sign_in_at: Mapped[dt.datetime | None]
    last_sign_in_at: Mapped[dt.datetime | None]
    password_changed_at: Mapped[dt.datetime | None]
    # Set when someone else chose the password (an admin, pg-logins' one-time passwords):
    # the person must choose their own at their next sign-in. On PostgreSQL a person
    # clears it only through acuplanner_change_own_password (migration 0012).
    password_must_change: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    # PostgreSQL: the account's login role (pg_roles.login_role), set only by the server's
    # acuplanner_sync_login (never written by the app: FetchedValue); NULL on SQLite.
    db_login: Mapped[str | None] = mapped_column(
        String(63), unique=True, server_default=FetchedValue()
    )

    roles: Mapped[list[UserRole]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", foreign_keys="UserRole.user_id"
    )


class UserRole(Base):
    __tablename__ = "user_role"

    user_id: Mapped[int] = mapped_column(
        BigIntPK, ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(coded(Role, 20, "role"), primary_key=True)


class AuditEvent(Base):
    """One row per access or change. Append-only and hash-chained (issue: audit trail).

    ``detail`` holds names of changed fields and ids, never clinical text or names.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_patient_time", "patient_id", "occurred_at"),
        Index("ix_audit_event_user_time", "user_id", "occurred_at"),
    )

    id: Mapped[intpk]
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utc_now, index=True)
    user_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    workstation: Mapped[str] = mapped_column(String(255), default="")
    patient_id: Mapped[int | None] = fk("patient.id", nullable=True, index=False)
    action: Mapped[str] = mapped_column(String(40), index=True)
    object_type: Mapped[str] = mapped_column(String(40), default="")
    object_id: Mapped[int | None] = mapped_column(BigIntPK)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    row_hash: Mapped[str] = mapped_column(String(64), default="")
