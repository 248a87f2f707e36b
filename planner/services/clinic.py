"""The clinic record: name, whether it is a demo, and patient counts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from planner.storage.database import Database
from planner.storage.models import Clinic, Patient


@dataclass(frozen=True, slots=True)
class ClinicInfo:
    name: str
    is_demo: bool
    patients: int


class ClinicService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def info(self) -> ClinicInfo:
        with self._db.read() as session:
            clinic = session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
            count = session.scalar(select(func.count()).select_from(Patient)) or 0
        if clinic is None:
            return ClinicInfo(name="", is_demo=False, patients=count)
        return ClinicInfo(name=clinic.name, is_demo=clinic.is_demo, patients=count)
