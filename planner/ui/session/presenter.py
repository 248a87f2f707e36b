"""One session record, without a window: open today's session, draft, sign, amend.

:meth:`SessionPresenter.open` resumes the course's draft, or opens today's session
prefilled from the last session given (or the plan, for the first); a session past the
planned number asks to extend the course first (how many, and why — audited), never
silently. The treatment is edited in a
:class:`~planner.ui.plan.treatment.TreatmentEditor`; a change in the treatment or the
"anything new?" answers reruns the safety engine (:meth:`SessionPresenter.changed`).

Signing needs the pain before, the "anything new?" question answered, needles out equal
to needles in, and every safety finding resolved; :meth:`SessionPresenter.sign_state`
says what is missing. Signing saves what was typed and signs it in one transaction
(:meth:`SessionService.save_and_sign`): a refusal saves nothing and keeps the typing. A
signed session is read-only; corrections are amendments. A save or sign cut off by a
lost connection is retried with the same save id, so it is never kept twice.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from planner.domain import wording
from planner.domain.courses import CourseInvalid, ExtensionNeeded
from planner.domain.courses_diff import Difference, session_changes
from planner.domain.courses_safety import SafetyUnresolved
from planner.domain.errors import EnvironmentProblem, PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.plans import Plan, PlanInvalid
from planner.domain.sessions import SessionDraft, SessionInvalid
from planner.domain.techniques import consent_needed
from planner.domain.vocab import SessionStatus, Technique
from planner.services.session_views import SessionRecordView
from planner.services.signoff import AmendmentView
from planner.ui.course.records import (
    CANCELLED,
    DONE,
    CourseRecords,
    Outcome,
    PlanRecords,
    Result,
    SessionRecords,
)
from planner.ui.plan.presenter import TechniqueOption
from planner.ui.plan.safety_state import SafetyState
from planner.ui.plan.treatment import TreatmentEditor
from planner.ui.questions import CourseQuestions, UnsavedAnswer
from planner.ui.session.form import SessionForm, draft_of, form_of

DRAFT_SAVE, SIGNING = "draft", "sign"


@dataclass(frozen=True, slots=True)
class SignNeeds:
    """What a session still lacks before it can be signed."""

    pain_before: bool = False  # the pain before treatment is not scored
    answer: bool = False  # "anything new?" is not answered
    what_is_new: bool = False  # answered yes, nothing recorded
    needles: tuple[int, int] | None = None  # (out, in) while they differ
    overrides: int = 0  # blocking findings without an override reason
    cautions: int = 0  # cautions not acknowledged yet

    @property
    def ready(self) -> bool:
        return self == SignNeeds()

    def missing(self) -> list[str]:
        """What is still missing, each part in the user's language (the session window's
        context, "SessionWindow")."""
        parts = []
        if self.pain_before:
            parts.append(translate("SessionWindow", "the pain before treatment"))
        if self.answer:
            parts.append(translate("SessionWindow", "an answer to “Anything new?”"))
        if self.what_is_new:
            parts.append(translate("SessionWindow", "what is new (or answer “nothing new”)"))
        if self.needles is not None:
            parts.append(
                translate("SessionWindow", "needles out ({out}) to equal needles in ({n})").format(
                    out=self.needles[0], n=self.needles[1]
                )
            )
        # Counts as plain names: lupdate skips a translate call whose count is an expression.
        overrides, cautions = self.overrides, self.cautions
        if overrides:
            parts.append(
                translate(
                    "SessionWindow", "an override reason for %n safety finding(s)", None, overrides
                )
            )
        if cautions:
            parts.append(
                translate("SessionWindow", "%n caution(s) still to acknowledge", None, cautions)
            )
        return parts


class SessionPresenter:
    def __init__(
        self,
        sessions: SessionRecords,
        courses: CourseRecords,
        plans: PlanRecords,
        questions: CourseQuestions,
        course_id: int,
        *,
        session_id: int | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._sessions = sessions
        self._courses = courses
        self._plans = plans
        self._questions = questions
        self.course_id = course_id
        self._session_id = session_id
        self._today = today
        self.view: SessionRecordView | None = None
        self.editor = TreatmentEditor()
        self.safety = SafetyState()
        self.form = SessionForm()
        self.plan = Plan()
        self.amendments: list[AmendmentView] = []
        # An unknown save (connection lost while committing): its save id, the draft and
        # whether it was a draft save or a sign.
        self._pending: tuple[str, SessionDraft, str] | None = None
        self.extended_by = 0
        self._answer: bool | None = None  # "anything new?" as answered this time

    # --- state --------------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        return self.view.id if self.view is not None else self._session_id

    @property
    def patient_id(self) -> int | None:
        return self.view.patient_id if self.view is not None else None

    @property
    def read_only(self) -> bool:
        return self.view is None or self.view.status != SessionStatus.DRAFT

    @property
    def signed(self) -> bool:
        return self.view is not None and self.view.status == SessionStatus.SIGNED

    def changes(self) -> tuple[Difference, ...]:
        """What the treatment on screen differs by from the last signed session (or the
        plan): followed as it is edited, not only as last saved."""
        view = self.view
        if view is None:
            return ()
        if view.changes_against is None or self.read_only:
            return view.changes
        return session_changes(view.changes_against, self.editor.plan)

    def technique_options(self) -> list[TechniqueOption]:
        options = []
        for technique in Technique:
            allowed = technique in self.editor.allowed
            chosen = technique in self.editor.plan.techniques
            why = (
                ""
                if allowed
                else translate("SessionWindow", "No consent to {consent}.").format(
                    consent=translate("wording", wording.phrase(consent_needed(technique)))
                )
            )
            options.append(TechniqueOption(technique, chosen, allowed or chosen, why))
        return options

    def is_dirty(self, form: SessionForm) -> bool:
        if self.view is None or self.read_only:
            return False
        draft, problems = draft_of(form, self.editor.plan)
        resolutions = self.safety.new_overrides() or self.safety.new_acknowledgements()
        return bool(problems) or _counted(draft) != _counted(self.view.draft) or bool(resolutions)

    # --- opening ------------------------------------------------------------------------------

    def open(self) -> Result:
        """Today's session for the course (or the session asked for)."""
        try:
            plan_view = self._plans.plan(self.course_id)
            if self._session_id is not None:
                view = self._sessions.get(self._session_id)
            else:
                opened = self._open_today()
                if opened is None:
                    return CANCELLED
                view = opened
            self.amendments = self._sessions.amendments(view.id) if view.signed_at else []
        except PlannerError as error:
            return Result.failed(error)
        self.plan = plan_view.plan
        allowed = frozenset(t for t in Technique if consent_needed(t) in plan_view.consents)
        self._show(view, allowed)
        return DONE

    def _open_today(self) -> SessionRecordView | None:
        problem = ""
        while True:
            try:
                return self._sessions.open_today(self.course_id)
            except ExtensionNeeded as needed:
                answer = self._questions.extend_course(needed.number, needed.planned, problem)
                if answer is None:
                    return None
                version = self._courses.get(self.course_id).version
                try:
                    self._courses.extend(self.course_id, answer.extra, answer.reason, version)
                except CourseInvalid as invalid:
                    problem = " ".join(invalid.problems.values())
                    continue
                self.extended_by += answer.extra
                problem = ""

    def _show(self, view: SessionRecordView, allowed: frozenset[Technique] | None = None) -> None:
        self.view = view
        self._session_id = view.id
        self.editor = TreatmentEditor(
            view.draft.treatment,
            allowed if allowed is not None else self.editor.allowed,
            self.editor.catalog,
        )
        self.form = form_of(view.draft, self._answer)
        self.safety = SafetyState()
        self.safety.update(view.safety)
        self.safety.set_notes(view.resolved_by)

    def reload(self) -> Result:
        """The stored session again (after a conflict); what was typed is dropped."""
        if self._session_id is None:
            return self.open()
        try:
            self._show(self._sessions.get(self._session_id))
        except PlannerError as error:
            return Result.failed(error)
        return DONE

    # --- while typing -------------------------------------------------------------------------

    def changed(self, form: SessionForm) -> Result:
        """Rerun the safety engine on the treatment and today's answers."""
        self.form = form
        self._answer = form.anything_new
        if self.view is None or self.read_only:
            return DONE
        draft, _problems = draft_of(form, self.editor.plan)
        try:
            self.safety.update(self._sessions.check(self.view.id, draft))
        except PlannerError as error:
            return Result.failed(error)
        return DONE

    def use_plan(self) -> None:
        """The course's plan as today's treatment (instead of the last session's)."""
        editor = self.editor
        self.editor = TreatmentEditor(self.plan, editor.allowed, editor.catalog)

    def needles_in(self, form: SessionForm) -> int:
        return self.editor.plan.needles if form.needles_in is None else form.needles_in

    def sign_needs(self, form: SessionForm) -> SignNeeds | None:
        """What is still missing before Sign (None: the session cannot be signed here)."""
        if self.view is None or self.read_only:
            return None
        needles = self.needles_in(form)
        warn, block = self.safety.blocking()
        return SignNeeds(
            pain_before=form.pain_before is None,
            answer=form.anything_new is None,
            what_is_new=bool(form.anything_new) and not form.check.changed,
            needles=None if form.needles_out == needles else (form.needles_out, needles),
            overrides=block,
            cautions=warn,
        )

    def sign_state(self, form: SessionForm) -> tuple[bool, str]:
        """Whether Sign is possible now, and if not, what is missing."""
        needs = self.sign_needs(form)
        if needs is None:
            return False, ""
        if needs.ready:
            return True, ""
        return False, translate("SessionWindow", "To sign: {missing}.").format(
            missing="; ".join(needs.missing())
        )

    # --- saving -------------------------------------------------------------------------------

    def save_draft(self, form: SessionForm) -> Result:
        prepared = self._prepare(form)
        if isinstance(prepared, Result):
            return prepared
        draft, save_id = prepared
        try:
            view = self._sessions.save_draft(
                self.view.id,
                draft,
                self.view.version,
                self.safety.new_acknowledgements(),
                self.safety.new_overrides(),
                save_id=save_id,
            )
        except SessionInvalid as invalid:
            return Result.invalid(invalid.problems)
        except PlanInvalid as invalid:  # override reasons
            return Result.invalid(invalid.problems)
        except EnvironmentProblem as error:
            self._pending = (save_id, draft, DRAFT_SAVE)  # a retry may not repeat it
            return Result.failed(error)
        except PlannerError as error:
            return Result.failed(error)
        self._pending = None
        self._show(view)
        return DONE

    def sign(self, form: SessionForm) -> Result:
        """Save what was typed and sign it, in one transaction: read-only from then on.
        A refusal saves nothing; the form keeps what was typed."""
        may, why = self.sign_state(form)
        if not may:
            return Result(Outcome.INVALID, message=why)
        if self._pending is not None and self._pending[2] == DRAFT_SAVE:
            saved = self.save_draft(form)  # settle a draft save of unknown outcome first
            if not saved.done:
                return saved
        prepared = self._prepare(form)
        if isinstance(prepared, Result):
            return prepared
        draft, save_id = prepared
        try:
            view = self._sessions.save_and_sign(
                self.view.id,
                draft,
                self.view.version,
                self.safety.new_acknowledgements(),
                self.safety.new_overrides(),
                save_id=save_id,
            )
        except (SessionInvalid, PlanInvalid) as invalid:  # PlanInvalid: override reasons
            return Result.invalid(invalid.problems)
        except ValidationError as invalid:
            return Result.invalid({invalid.field: invalid.message})
        except SafetyUnresolved as unresolved:
            return Result(Outcome.UNSAFE, message=unresolved.user_text())
        except EnvironmentProblem as error:
            self._pending = (save_id, draft, SIGNING)  # a retry may not repeat it
            return Result.failed(error)
        except PlannerError as error:
            return Result.failed(error)
        self._pending = None
        self._show(view)
        return DONE

    def _prepare(self, form: SessionForm) -> tuple[SessionDraft, str] | Result:
        """What was typed, as a checked draft with the save id that makes a retry safe;
        or why it cannot be saved."""
        self.form = form
        self._answer = form.anything_new
        if self.view is None or self.read_only:
            return Result(
                Outcome.FAILED,
                message=translate("SessionWindow", "This session cannot be changed."),
            )
        draft, problems = draft_of(form, self.editor.plan)
        if problems:
            return Result.invalid(problems)
        return draft, self._save_id(draft)

    def _save_id(self, draft: SessionDraft) -> str:
        """The save id of an unknown save of this same draft (a retry), or a new one."""
        if self._pending is not None and self._pending[1] == draft:
            return self._pending[0]
        return str(uuid.uuid4())

    def amend(self) -> Result:
        """Ask for the text of an amendment and add it to the signed session."""
        if self.view is None or not self.signed:
            return Result(
                Outcome.FAILED,
                message=translate("SessionWindow", "Only a signed session is amended."),
            )
        problem = ""
        while True:
            text = self._questions.amendment(problem)
            if text is None:
                return CANCELLED
            try:
                self._sessions.amend(self.view.id, text)
                self.amendments = self._sessions.amendments(self.view.id)
            except ValidationError as invalid:
                problem = invalid.message
                continue
            except PlannerError as error:
                return Result.failed(error)
            return DONE

    def request_close(self, form: SessionForm) -> tuple[bool, Result | None]:
        """Whether the screen may close; asks first when something typed is not saved."""
        if not self.is_dirty(form):
            return True, None
        answer = self._questions.unsaved_changes()
        if answer is UnsavedAnswer.DISCARD:
            return True, None
        if answer is UnsavedAnswer.KEEP_EDITING:
            return False, None
        result = self.save_draft(form)
        return result.done, result


def _counted(draft: SessionDraft) -> SessionDraft:
    """The draft with its needles in counted (None means as many as the points take)."""
    return replace(draft, needles_in=draft.needles_in_count)
