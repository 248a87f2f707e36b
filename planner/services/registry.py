"""Registering and editing patients (reception and practitioners).

Chart numbers come from the clinic row, incremented in the same transaction, so two
workstations never hand out the same one. Patients are archived, never deleted. Every
save is checked field by field first; a refused save changes nothing and the caller
keeps the draft as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from planner.domain.access import Action
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.patients import PatientDraft, validate_patient
from planner.domain.text import digits_only
from planner.services.audit import AuditAction
from planner.services.conflicts import conflict_error
from planner.services.guard import GuardedService
from planner.services.patients import PatientRow
from planner.storage.models import Patient
from planner.storage.models.patients import patient_search_name
from planner.storage.queries.patients import next_chart_number, possible_duplicates

DRAFT_FIELDS = tuple(item.name for item in fields(PatientDraft))


@dataclass(frozen=True, slots=True)
class PatientRecord:
    id: int
    chart_number: int
    version: int
    archived: bool
    draft: PatientDraft


def _draft_of(patient: Patient) -> PatientDraft:
    return PatientDraft(**{name: getattr(patient, name) for name in DRAFT_FIELDS})


def _record(patient: Patient) -> PatientRecord:
    return PatientRecord(
        patient.id, patient.chart_number, patient.version, patient.archived, _draft_of(patient)
    )


class PatientRegistry(GuardedService):
    """Patients' demographics for one signed-in user."""

    def possible_duplicates(
        self, draft: PatientDraft, *, exclude_id: int | None = None
    ) -> list[PatientRow]:
        """Patients with the same name and date of birth, or the same phone number."""
        name = patient_search_name(draft.family_name, draft.given_name, "")
        phone = digits_only(draft.phone)
        with self._action(Action.VIEW_PATIENT_LIST, write=False) as checked:
            if draft.date_of_birth is None and len(phone) < 6:
                return []  # nothing to compare
            rows = possible_duplicates(
                checked.db_session,
                date_of_birth=draft.date_of_birth,
                name_prefix=name,
                phone_digits=phone,
                exclude_id=exclude_id,
            )
        return [PatientRow(*row) for row in rows]

    def register(self, draft: PatientDraft) -> PatientRecord:
        with self._action(Action.EDIT_DEMOGRAPHICS, object_type="patient") as checked:
            clean = validate_patient(draft, self._today())
            db_session = checked.db_session
            patient = Patient(
                chart_number=next_chart_number(db_session), updated_by_id=self._actor.user_id
            )
            _apply(patient, clean)
            db_session.add(patient)
            db_session.flush()
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.CREATE,
                patient_id=patient.id,
                object_type="patient",
                object_id=patient.id,
                detail={"fields": [name for name in DRAFT_FIELDS if getattr(clean, name)]},
            )
            return _record(patient)

    def get(self, patient_id: int) -> PatientRecord:
        """The demographics, for editing (audited as an opened record)."""
        with self._action(
            Action.VIEW_DEMOGRAPHICS, patient_id=patient_id, object_type="patient"
        ) as checked:
            db_session = checked.db_session
            patient = self._load(db_session, patient_id)
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.OPEN_RECORD,
                patient_id=patient_id,
                object_type="patient",
                object_id=patient_id,
                detail={"scope": "demographics"},
            )
            return _record(patient)

    def update(self, patient_id: int, draft: PatientDraft, expected_version: int) -> PatientRecord:
        with self._action(
            Action.EDIT_DEMOGRAPHICS, patient_id=patient_id, object_type="patient"
        ) as checked:
            clean = validate_patient(draft, self._today())
            db_session = checked.db_session
            patient = self._load(db_session, patient_id)
            if patient.version != expected_version:
                raise conflict_error(db_session, patient, "patient's details")
            changed = _apply(patient, clean)
            if changed:
                self._changed(db_session, patient, AuditAction.UPDATE, {"fields": changed})
            return _record(patient)

    def set_archived(self, patient_id: int, archived: bool, expected_version: int) -> PatientRecord:
        with self._action(
            Action.EDIT_DEMOGRAPHICS, patient_id=patient_id, object_type="patient"
        ) as checked:
            db_session = checked.db_session
            patient = self._load(db_session, patient_id)
            if patient.version != expected_version:
                raise conflict_error(db_session, patient, "patient's details")
            if patient.archived != archived:
                patient.archived = archived
                action = AuditAction.ARCHIVE if archived else AuditAction.UPDATE
                self._changed(db_session, patient, action, {"fields": ["archived"]})
            return _record(patient)

    def _changed(
        self, db_session: Session, patient: Patient, action: str, detail: dict[str, list[str]]
    ) -> None:
        """A change to ``patient``: touched, flushed, audited (AuditTrail.changed)."""
        self._audit.changed(
            db_session,
            self._actor,
            patient,
            action,
            object_type="patient",
            detail=dict(detail),
            at=self._clock(),
            patient_id=patient.id,
        )

    def _load(self, db_session: Session, patient_id: int) -> Patient:
        patient = db_session.get(Patient, patient_id)
        if patient is None:
            raise PlannerError(
                translate("patients", "There is no patient {patient_id}.").format(
                    patient_id=patient_id
                )
            )
        return patient


def _apply(patient: Patient, draft: PatientDraft) -> list[str]:
    changed = []
    for name in DRAFT_FIELDS:
        value = getattr(draft, name)
        if getattr(patient, name, None) != value:
            setattr(patient, name, value)
            changed.append(name)
    return changed
