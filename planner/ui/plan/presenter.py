"""The plan editor of one course, without a window.

It loads the course's plan with the patient's consents, keeps the plan being edited in a
:class:`~planner.ui.plan.treatment.TreatmentEditor`, reruns the safety engine through
the plan service after every change (:meth:`PlanEditorPresenter.changed`), and saves with
the acknowledgements and override reasons given in the safety panel. Save is possible
only when every ``warn`` finding is acknowledged and every ``block``/``refer`` finding
has a reason (:meth:`PlanEditorPresenter.save_state` says why not). A plan can start
from a protocol or clinic template or from the last session ("repeat last"): the
differences from the plan as it was are listed. Every refusal keeps the plan as edited.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain import wording
from planner.domain.catalog import Catalog, load_catalog
from planner.domain.courses_diff import Difference
from planner.domain.courses_safety import SafetyUnresolved
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.plans import Plan, PlanInvalid
from planner.domain.techniques import consent_needed
from planner.domain.vocab import ConsentScope, Technique
from planner.services.plan_templates import TemplateView
from planner.services.plans import PlanStart
from planner.ui.course.records import (
    CANCELLED,
    DONE,
    Outcome,
    PlanRecords,
    Result,
    TemplateRecords,
)
from planner.ui.plan.safety_state import SafetyState
from planner.ui.plan.treatment import TreatmentEditor
from planner.ui.questions import CourseQuestions, UnsavedAnswer

_CONSENT_WORDS = wording.phrases(ConsentScope)


@dataclass(frozen=True, slots=True)
class TechniqueOption:
    technique: Technique
    chosen: bool
    enabled: bool  # consented to (or chosen already, so it can be taken out)
    why: str  # why it cannot be chosen ("" when it can)


class PlanEditorPresenter:
    def __init__(
        self,
        plans: PlanRecords,
        templates: TemplateRecords,
        questions: CourseQuestions,
        course_id: int,
        *,
        catalog: Catalog | None = None,
    ) -> None:
        self._plans = plans
        self._templates = templates
        self._questions = questions
        self.course_id = course_id
        self.catalog = catalog or load_catalog()
        self.editor = TreatmentEditor(catalog=self.catalog)
        self.safety = SafetyState()
        self.patient_id: int | None = None
        self._version: int | None = None
        self._saved = Plan()
        self._consents: frozenset[ConsentScope] = frozenset()
        self.templates: list[TemplateView] = []
        self.changes: tuple[Difference, ...] = ()
        self.started_from = ""  # "" or the template's name, or "last_session"
        self.left_out: tuple[Technique, ...] = ()
        self.loaded = False

    @property
    def plan(self) -> Plan:
        return self.editor.plan

    # --- loading ------------------------------------------------------------------------------

    def open(self) -> Result:
        """The stored plan (empty for a new course), the consents and the templates."""
        try:
            view = self._plans.plan(self.course_id)
            templates = self._templates.templates()
        except PlannerError as error:
            return Result.failed(error)
        self.patient_id = view.patient_id
        self._version = view.course_version
        self._saved = view.plan
        self._consents = view.consents
        self.templates = templates
        allowed = frozenset(t for t in Technique if consent_needed(t) in view.consents)
        self.editor = TreatmentEditor(view.plan, allowed, self.catalog)
        self.safety = SafetyState()
        self.safety.update(view.safety)
        self.safety.set_notes(view.resolved_by)
        self.changes, self.started_from, self.left_out = (), "", ()
        self.loaded = True
        return DONE

    def reload(self) -> Result:
        """The stored plan again (after a conflict); what was edited is dropped."""
        return self.open()

    def is_dirty(self) -> bool:
        return self.loaded and self.plan != self._saved

    # --- techniques -------------------------------------------------------------------------

    def technique_options(self) -> list[TechniqueOption]:
        options = []
        for technique in Technique:
            scope = consent_needed(technique)
            allowed = scope in self._consents
            chosen = technique in self.plan.techniques
            why = "" if allowed else _no_consent_text(scope)
            options.append(TechniqueOption(technique, chosen, allowed or chosen, why))
        return options

    # --- after every change -------------------------------------------------------------------

    def changed(self) -> Result:
        """Rerun the safety engine on the plan as it is now."""
        if not self.loaded:
            return DONE
        try:
            self.safety.update(self._plans.check(self.course_id, self.plan))
        except PlannerError as error:
            return Result.failed(error)
        return DONE

    def save_state(self) -> tuple[bool, str]:
        """Whether Save is possible now, and if not, why (for the line beside it)."""
        if not self.loaded:
            return False, translate("plan_editor", "The plan could not be opened.")
        if not self.plan.techniques:
            return False, translate("plan_editor", "Choose at least one technique.")
        warn, block = self.safety.blocking()
        reasons = []
        if block:
            reasons.append(
                translate(
                    "plan_editor", "%n safety finding(s) without an override reason", None, block
                )
            )
        if warn:
            reasons.append(
                translate("plan_editor", "%n caution(s) still to acknowledge", None, warn)
            )
        if reasons:
            text = translate("plan_editor", "Before saving: {missing}.")
            return False, text.format(missing="; ".join(reasons))
        return True, ""

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> Result:
        may, why = self.save_state()
        if not may:
            return Result(Outcome.UNSAFE if self.loaded else Outcome.FAILED, message=why)
        assert self._version is not None
        try:
            view = self._plans.save(
                self.course_id,
                self.plan,
                self._version,
                self.safety.new_acknowledgements(),
                self.safety.new_overrides(),
            )
        except PlanInvalid as invalid:
            return Result.invalid(invalid.problems)
        except SafetyUnresolved as unresolved:
            self.changed()
            return Result(Outcome.UNSAFE, message=unresolved.user_text())
        except PlannerError as error:
            return Result.failed(error)
        self._version = view.course_version
        self._saved = view.plan
        self.editor.plan = view.plan
        self.safety.reset()
        self.safety.update(view.safety)
        self.safety.set_notes(view.resolved_by)
        self.changes, self.started_from, self.left_out = (), "", ()
        return DONE

    def request_close(self) -> tuple[bool, Result | None]:
        """Whether the editor may close; asks first when the plan was changed."""
        if not self.is_dirty():
            return True, None
        answer = self._questions.unsaved_changes()
        if answer is UnsavedAnswer.DISCARD:
            return True, None
        if answer is UnsavedAnswer.KEEP_EDITING:
            return False, None
        result = self.save()
        return result.done, result

    # --- starting over ------------------------------------------------------------------------

    def apply_template(self, ref: str) -> Result:
        """The plan from a protocol or clinic template (not saved yet), with what changed."""
        try:
            start = self._plans.from_template(self.course_id, ref)
        except PlannerError as error:
            return Result.failed(error)
        name = next((t.name for t in self.templates if t.ref == ref), ref)
        return self._start(start, name)

    def repeat_last(self) -> Result:
        """The treatment of the last session given, with what changed from the plan."""
        try:
            start = self._plans.repeat_last(self.course_id)
        except PlannerError as error:
            return Result.failed(error)
        return self._start(start, "last_session")

    def _start(self, start: PlanStart, name: str) -> Result:
        self.editor.plan = start.plan
        self.changes, self.started_from, self.left_out = start.changes, name, start.left_out
        return self.changed()

    def save_as_template(self) -> Result:
        """Ask for a name, then save the plan as a clinic template (asked again when the
        name is refused)."""
        problem = ""
        while True:
            answer = self._questions.template_name(problem)
            if answer is None:
                return CANCELLED
            try:
                view = self._templates.save(answer.name, self.plan, answer.description)
            except ValidationError as invalid:
                if invalid.field in ("name", "description"):
                    problem = invalid.message
                    continue
                return Result.invalid({invalid.field: invalid.message})
            except PlanInvalid as invalid:
                return Result.invalid(invalid.problems)
            except PlannerError as error:
                return Result.failed(error)
            self.templates = [*self.templates, view]
            saved = translate("plan_editor", "Saved as the clinic template “{name}”.")
            return Result(Outcome.DONE, message=saved.format(name=view.name))


def _no_consent_text(scope: ConsentScope) -> str:
    """Why a technique cannot be chosen: ``No consent to cupping in the intake.``"""
    consent = translate("wording", _CONSENT_WORDS[scope])
    return translate("plan_editor", "No consent to {consent} in the intake.").format(
        consent=consent
    )
