"""One patient's intake, without a window: open, save, re-assess, read earlier ones.

The window shows an :class:`IntakeView` (what to show and whether it can be edited) and
hands back the editor's :class:`IntakeForm`. The latest intake is edited in place; a
re-assessment is a new intake copied from it; earlier intakes open read-only. Saving is
one call to the intake service, then one consent record per consent answer that changed.
Every refusal keeps the form as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Protocol

from planner.domain.errors import ConflictError, PlannerError, ValidationError
from planner.domain.intake import IntakeDraft, IntakeInvalid, validate_intake
from planner.domain.vocab import ConsentScope
from planner.services.intake import ConsentView, IntakeRecord, OverrideNote
from planner.ui.intake.form import (
    ConsentChoice,
    IntakeForm,
    consent_changes,
    consent_choices,
    consent_field,
    draft_of,
    form_of,
)
from planner.ui.questions import UnsavedAnswer, UnsavedQuestion

FUTURE_CONSENT = "Consent date: cannot be in the future."


class IntakeRecords(Protocol):
    """The part of :class:`planner.services.intake.IntakeService` the window uses."""

    def new_draft(self, patient_id: int) -> tuple[IntakeDraft, int | None]: ...

    def save(
        self,
        patient_id: int,
        draft: IntakeDraft,
        *,
        intake_id: int | None = None,
        expected_version: int | None = None,
        previous_intake_id: int | None = None,
    ) -> IntakeRecord: ...

    def history(self, patient_id: int) -> list[tuple[int, dt.date]]: ...

    def get(self, patient_id: int, intake_id: int) -> IntakeRecord: ...

    def consents(self, patient_id: int) -> dict[ConsentScope, ConsentView]: ...

    def record_consent(
        self, patient_id: int, scope: ConsentScope, given: bool, on: dt.date
    ) -> None: ...

    def overrides(self, patient_id: int) -> tuple[OverrideNote, ...]: ...

    def pregnancy_applies(self, patient_id: int) -> bool: ...

    def patient_age(self, patient_id: int) -> int | None: ...


class Mode(Enum):
    NEW = "new"  # a first intake or a re-assessment, not saved yet
    EDIT = "edit"  # the latest intake
    READ_ONLY = "read_only"  # an earlier intake
    UNAVAILABLE = "unavailable"  # not allowed, or the database could not be read


@dataclass(frozen=True)
class IntakeView:
    mode: Mode
    form: IntakeForm | None = None
    intake_id: int | None = None
    history: tuple[tuple[int, dt.date], ...] = ()  # (intake id, date), newest first
    copied_from: int | None = None  # NEW: the intake the draft was copied from
    message: str = ""  # UNAVAILABLE: why
    overrides: tuple[OverrideNote, ...] = ()  # red flags overridden for a course under way
    ask_pregnancy: bool = True  # "Pregnant?" can apply to this patient (else on request)
    age: int | None = None  # the patient's age today (young-age flag, guardian's consent)


class SaveOutcome(Enum):
    SAVED = "saved"
    INVALID = "invalid"
    CONFLICT = "conflict"
    FAILED = "failed"
    NOTHING_TO_SAVE = "nothing_to_save"  # read-only or unavailable


@dataclass(frozen=True)
class SaveResult:
    outcome: SaveOutcome
    problems: Mapping[str, str] = field(default_factory=dict)
    message: str = ""
    view: IntakeView | None = None  # SAVED: the intake as stored, to show


class IntakePresenter:
    def __init__(
        self,
        service: IntakeRecords,
        questions: UnsavedQuestion,
        patient_id: int,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._service = service
        self._questions = questions
        self.patient_id = patient_id
        self._today = today
        self._view = IntakeView(Mode.UNAVAILABLE)
        self._version: int | None = None
        self._previous_id: int | None = None
        self._baseline: IntakeForm | None = None
        self._consents: dict[ConsentScope, ConsentChoice] = {}
        self.save_count = 0  # successful saves since opening (also those made on leaving)
        self.last_saved_id: int | None = None

    @property
    def view(self) -> IntakeView:
        return self._view

    @property
    def mode(self) -> Mode:
        return self._view.mode

    # --- opening -----------------------------------------------------------------------------

    def open(self) -> IntakeView:
        """The latest intake to edit, or a new one when there is none."""
        try:
            history = tuple(self._service.history(self.patient_id))
            self._consents = consent_choices(self._service.consents(self.patient_id), self._today())
            if history:
                return self._show(self._service.get(self.patient_id, history[0][0]), history)
            draft, copied_from = self._service.new_draft(self.patient_id)
        except PlannerError as error:  # AccessDenied for reception, or the database
            return self._unavailable(error.user_text())
        return self._new(draft, copied_from, history)

    def new_reassessment(self, current: IntakeForm) -> IntakeView | SaveResult | None:
        """A new intake for today copied from the latest one.

        None when the user chose to keep editing; a SaveResult when saving the changes
        first did not work.
        """
        left = self._leave(current)
        if left is False:
            return None
        if isinstance(left, SaveResult):
            return left
        try:
            history = tuple(self._service.history(self.patient_id))
            draft, copied_from = self._service.new_draft(self.patient_id)
        except PlannerError as error:
            return SaveResult(SaveOutcome.FAILED, message=error.user_text())
        return self._new(draft, copied_from, history)

    def show_intake(self, intake_id: int, current: IntakeForm) -> IntakeView | SaveResult | None:
        """Another intake from the history (earlier ones read-only); None: kept editing."""
        left = self._leave(current)
        if left is False:
            return None
        if isinstance(left, SaveResult):
            return left
        return self._load(intake_id)

    def reload(self) -> IntakeView | SaveResult:
        """The stored intake again (after a conflict); what was typed is dropped."""
        if self._view.intake_id is None:
            return self.open()
        return self._load(self._view.intake_id)

    def is_dirty(self, current: IntakeForm) -> bool:
        if self._view.mode not in (Mode.NEW, Mode.EDIT) or self._baseline is None:
            return False
        return current != self._baseline

    def request_close(self, current: IntakeForm) -> tuple[bool, SaveResult | None]:
        """Whether the window may close; asks first when something typed is not saved."""
        left = self._leave(current)
        if left is None or left is True:
            return True, None
        if left is False:
            return False, None
        return False, left

    # --- saving ------------------------------------------------------------------------------

    def save(self, current: IntakeForm) -> SaveResult:
        view = self._view
        if view.mode not in (Mode.NEW, Mode.EDIT):
            return SaveResult(SaveOutcome.NOTHING_TO_SAVE)
        draft, problems = draft_of(current)
        changes, consent_problems = consent_changes(self._consents, current.consents)
        for change in changes:
            if change.on > self._today():
                consent_problems[consent_field(change.scope)] = FUTURE_CONSENT
        problems = {**self._check(draft), **problems, **consent_problems}
        if problems:
            return SaveResult(SaveOutcome.INVALID, problems=problems)
        try:
            record = self._service.save(
                self.patient_id,
                draft,
                intake_id=view.intake_id,
                expected_version=self._version,
                previous_intake_id=self._previous_id if view.intake_id is None else None,
            )
            history = tuple(self._service.history(self.patient_id))
        except IntakeInvalid as invalid:
            return SaveResult(SaveOutcome.INVALID, problems=invalid.problems)
        except ConflictError as conflict:
            return SaveResult(SaveOutcome.CONFLICT, message=conflict.user_text())
        except PlannerError as error:
            return SaveResult(SaveOutcome.FAILED, message=error.user_text())
        consents = dict(self._consents)
        for change in changes:
            try:
                self._service.record_consent(self.patient_id, change.scope, change.given, change.on)
            except ValidationError as invalid:
                problems[consent_field(change.scope)] = invalid.message
            except PlannerError as error:
                problems[consent_field(change.scope)] = error.user_text()
            else:
                consents[change.scope] = current.consents[change.scope]
        self._consents = consents
        self.save_count += 1
        self.last_saved_id = record.id
        shown = self._show(record, history)
        if problems:  # the intake is saved; the consents named were not recorded
            shown_form = replace(shown.form or IntakeForm(), consents=dict(current.consents))
            return SaveResult(
                SaveOutcome.INVALID, problems=problems, view=replace(shown, form=shown_form)
            )
        return SaveResult(SaveOutcome.SAVED, view=shown)

    # --- helpers -----------------------------------------------------------------------------

    def _check(self, draft: IntakeDraft) -> dict[str, str]:
        """Field problems found before saving (the service checks again)."""
        try:
            validate_intake(draft, self._today())
        except IntakeInvalid as invalid:
            return dict(invalid.problems)
        return {}

    def _leave(self, current: IntakeForm) -> bool | SaveResult | None:
        """Before leaving the intake shown: None when nothing was changed, True when the
        changes were saved or discarded, False to keep editing, or a failed save."""
        if not self.is_dirty(current):
            return None
        answer = self._questions.unsaved_changes()
        if answer is UnsavedAnswer.DISCARD:
            return True
        if answer is UnsavedAnswer.KEEP_EDITING:
            return False
        result = self.save(current)
        return True if result.outcome is SaveOutcome.SAVED else result

    def _load(self, intake_id: int) -> IntakeView | SaveResult:
        try:
            history = tuple(self._service.history(self.patient_id))
            record = self._service.get(self.patient_id, intake_id)
            self._consents = consent_choices(self._service.consents(self.patient_id), self._today())
        except PlannerError as error:
            return SaveResult(SaveOutcome.FAILED, message=error.user_text())
        return self._show(record, history)

    def _show(self, record: IntakeRecord, history: tuple[tuple[int, dt.date], ...]) -> IntakeView:
        latest = bool(history) and history[0][0] == record.id
        form = form_of(record.draft, self._consents)
        self._version = record.version
        self._previous_id = record.previous_intake_id
        self._baseline = form
        mode = Mode.EDIT if latest else Mode.READ_ONLY
        self._view = IntakeView(
            mode,
            form,
            record.id,
            history,
            overrides=self._overrides(),
            ask_pregnancy=self._pregnancy_applies(),
            age=self._age(),
        )
        return self._view

    def _age(self) -> int | None:
        """The patient's age today (None when it cannot be read)."""
        try:
            age = self._service.patient_age(self.patient_id)
        except PlannerError:
            return None
        return age if isinstance(age, int) else None

    def _pregnancy_applies(self) -> bool:
        """Asked unless the patient's record rules it out (asked when it cannot be read)."""
        try:
            return bool(self._service.pregnancy_applies(self.patient_id))
        except PlannerError:
            return True

    def _overrides(self) -> tuple[OverrideNote, ...]:
        """Overrides of red flags for a course under way ((): none, or not readable — the
        red flags themselves are shown all the same)."""
        try:
            return tuple(self._service.overrides(self.patient_id))
        except PlannerError:
            return ()

    def _new(
        self, draft: IntakeDraft, copied_from: int | None, history: tuple[tuple[int, dt.date], ...]
    ) -> IntakeView:
        form = form_of(draft, self._consents)
        self._version = None
        self._previous_id = copied_from
        self._baseline = form
        self._view = IntakeView(
            Mode.NEW,
            form,
            None,
            history,
            copied_from,
            overrides=self._overrides(),
            ask_pregnancy=self._pregnancy_applies(),
            age=self._age(),
        )
        return self._view

    def _unavailable(self, message: str) -> IntakeView:
        self._baseline = None
        self._view = IntakeView(Mode.UNAVAILABLE, message=message)
        return self._view
