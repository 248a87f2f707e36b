"""New patient and Edit patient, without a window.

:class:`PatientFormPresenter` turns what the form holds (:class:`PatientForm`, text as
typed) into a :class:`PatientDraft`, checks it, asks about possible duplicates before
registering, and saves through the registry. It never loses what was typed: every
refusal comes back as a :class:`SaveResult` for the form to show, the form unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from enum import Enum
from typing import Protocol

from planner.domain.errors import ConflictError, PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.patients import PatientDraft, PatientInvalid, validate_patient
from planner.services.patients import PatientRow, format_chart_number
from planner.services.registry import PatientRecord
from planner.ui.questions import DuplicateChoice, FormQuestions, UnsavedAnswer
from planner.ui.widgets.dates import format_date, parse_date

BAD_DATE = QT_TRANSLATE_NOOP("registration", "Date of birth: a real date as YYYY-MM-DD.")


@dataclass(frozen=True, slots=True)
class PatientForm:
    """The registration form as typed (the date of birth as text)."""

    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    date_of_birth: str = ""
    sex: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    referring_physician_name: str = ""
    referring_physician_clinic: str = ""
    referring_physician_contact: str = ""
    insurance_provider: str = ""
    insurance_policy: str = ""

    @classmethod
    def of(cls, draft: PatientDraft) -> PatientForm:
        values = {f.name: getattr(draft, f.name) for f in fields(PatientDraft)}
        values["date_of_birth"] = format_date(draft.date_of_birth)
        return cls(**values)

    def to_draft(self) -> tuple[PatientDraft, dict[str, str]]:
        """The draft, and problems with what cannot become one (an impossible date)."""
        values = asdict(self)
        problems: dict[str, str] = {}
        try:
            values["date_of_birth"] = parse_date(self.date_of_birth)
        except ValueError:
            values["date_of_birth"] = None
            problems["date_of_birth"] = translate("registration", BAD_DATE)
        return PatientDraft(**values), problems


class SaveOutcome(Enum):
    SAVED = "saved"
    INVALID = "invalid"  # problems at fields
    OPEN_EXISTING = "open_existing"  # the user chose an existing patient instead
    BACK_TO_FORM = "back_to_form"  # nothing done; the user goes on editing
    CONFLICT = "conflict"  # someone else saved first; Reload offered
    FAILED = "failed"  # refused (no permission, database gone): message


@dataclass(frozen=True, slots=True)
class SaveResult:
    outcome: SaveOutcome
    record: PatientRecord | None = None
    problems: Mapping[str, str] = field(default_factory=dict)
    message: str = ""
    patient_id: int | None = None  # with OPEN_EXISTING


class PatientEditor(Protocol):
    """The part of :class:`planner.services.registry.PatientRegistry` the form uses."""

    def possible_duplicates(
        self, draft: PatientDraft, *, exclude_id: int | None = None
    ) -> list[PatientRow]: ...

    def register(self, draft: PatientDraft) -> PatientRecord: ...

    def get(self, patient_id: int) -> PatientRecord: ...

    def update(
        self, patient_id: int, draft: PatientDraft, expected_version: int
    ) -> PatientRecord: ...

    def set_archived(
        self, patient_id: int, archived: bool, expected_version: int
    ) -> PatientRecord: ...


class PatientFormPresenter:
    """One opening of the form: a new patient (``patient_id`` None) or an existing one."""

    def __init__(
        self,
        registry: PatientEditor,
        questions: FormQuestions,
        *,
        patient_id: int | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._registry = registry
        self._questions = questions
        self._patient_id = patient_id
        self._today = today
        self._record: PatientRecord | None = None
        self._saved_form = PatientForm()
        self.load_error = ""

    # --- state -----------------------------------------------------------------------------

    @property
    def is_new(self) -> bool:
        return self._patient_id is None

    @property
    def patient_id(self) -> int | None:
        return self._record.id if self._record is not None else self._patient_id

    @property
    def record(self) -> PatientRecord | None:
        """The patient as last loaded or saved."""
        return self._record

    @property
    def archived(self) -> bool:
        return self._record is not None and self._record.archived

    @property
    def chart_number(self) -> str:
        return format_chart_number(self._record.chart_number) if self._record else ""

    def load(self) -> PatientForm:
        """The form to show: empty for a new patient, else as stored (empty on failure,
        with :attr:`load_error` saying why)."""
        self.load_error = ""
        if self._patient_id is not None:
            try:
                self._record = self._registry.get(self._patient_id)
            except PlannerError as error:
                self.load_error = error.user_text()
                return PatientForm()
            self._saved_form = PatientForm.of(self._record.draft)
        return self._saved_form

    def reload(self) -> PatientForm:
        """The stored version again (after a conflict); what was typed is dropped."""
        return self.load()

    def is_dirty(self, form: PatientForm) -> bool:
        return form != self._saved_form

    # --- actions ---------------------------------------------------------------------------

    def save(self, form: PatientForm) -> SaveResult:
        draft, problems = form.to_draft()
        if self._record is None and not self.is_new:
            return SaveResult(SaveOutcome.FAILED, message=self.load_error)
        problems = {**self._check(draft), **problems}
        if problems:
            return SaveResult(SaveOutcome.INVALID, problems=problems)
        try:
            if self._record is None:
                duplicates = self._ask_about_duplicates(draft)
                if duplicates is not None:
                    return duplicates
                record = self._registry.register(draft)
            else:
                record = self._registry.update(self._record.id, draft, self._record.version)
        except PatientInvalid as invalid:
            return SaveResult(SaveOutcome.INVALID, problems=invalid.problems)
        except ConflictError as conflict:
            return SaveResult(SaveOutcome.CONFLICT, message=conflict.user_text())
        except PlannerError as error:
            return SaveResult(SaveOutcome.FAILED, message=error.user_text())
        self._record = record
        self._patient_id = record.id
        self._saved_form = PatientForm.of(record.draft)
        return SaveResult(SaveOutcome.SAVED, record=record)

    def set_archived(self, archived: bool) -> SaveResult:
        """Archive (hide from the list) or bring back the patient, after asking."""
        if self._record is None:
            return SaveResult(SaveOutcome.FAILED, message=self.load_error)
        if not self._questions.confirm_archive(archived):
            return SaveResult(SaveOutcome.BACK_TO_FORM)
        try:
            record = self._registry.set_archived(self._record.id, archived, self._record.version)
        except ConflictError as conflict:
            return SaveResult(SaveOutcome.CONFLICT, message=conflict.user_text())
        except PlannerError as error:
            return SaveResult(SaveOutcome.FAILED, message=error.user_text())
        self._record = replace(self._record, version=record.version, archived=record.archived)
        return SaveResult(SaveOutcome.SAVED, record=record)

    def request_close(self, form: PatientForm) -> tuple[bool, SaveResult | None]:
        """Whether the form may close; asks first when something typed is not saved.

        When the user chooses to save, the result of that save comes back too.
        """
        if not self.is_dirty(form) or self.load_error:
            return True, None
        answer = self._questions.unsaved_changes()
        if answer is UnsavedAnswer.DISCARD:
            return True, None
        if answer is UnsavedAnswer.KEEP_EDITING:
            return False, None
        result = self.save(form)
        return result.outcome in (SaveOutcome.SAVED, SaveOutcome.OPEN_EXISTING), result

    # --- helpers ---------------------------------------------------------------------------

    def _check(self, draft: PatientDraft) -> dict[str, str]:
        """Field problems found before asking about duplicates (the service checks again)."""
        try:
            validate_patient(draft, self._today())
        except PatientInvalid as invalid:
            return dict(invalid.problems)
        return {}

    def _ask_about_duplicates(self, draft: PatientDraft) -> SaveResult | None:
        """None: go on registering; else what the user chose instead."""
        rows = self._registry.possible_duplicates(draft)
        if not rows:
            return None
        answer = self._questions.possible_duplicates(rows)
        if answer.choice is DuplicateChoice.CREATE_ANYWAY:
            return None
        if answer.choice is DuplicateChoice.OPEN_EXISTING and answer.patient_id is not None:
            return SaveResult(SaveOutcome.OPEN_EXISTING, patient_id=answer.patient_id)
        return SaveResult(SaveOutcome.BACK_TO_FORM)
