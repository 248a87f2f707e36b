"""Every question a screen may put to the user, and the answers it can get (no Qt).

The one place for modal questions: presenters ask through the protocols here
(:class:`FormQuestions` for the patient form, :class:`UnsavedQuestion` alone for the
intake window, :class:`CourseQuestions` for the plan, course and session screens), and
get back the answers defined here (keep editing, save or discard unsaved changes; what to
do about a possible duplicate; how far to extend a course...). The application hands
them the modal dialogs of :mod:`planner.ui.widgets.question_dialogs`; tests hand them
fakes that answer at once (``tests/ui/form_fakes.py``, ``tests/ui/course_fakes.py``), so
a headless run never waits on a dialog. Plain messages and yes/no confirmations outside a
presenter go through :class:`planner.ui.prompts.Prompts`, which asks with the same
confirm dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from planner.services.patients import PatientRow


class UnsavedAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep_editing"


class DuplicateChoice(Enum):
    CREATE_ANYWAY = "create_anyway"
    OPEN_EXISTING = "open_existing"
    BACK_TO_FORM = "back_to_form"


@dataclass(frozen=True, slots=True)
class DuplicateAnswer:
    choice: DuplicateChoice
    patient_id: int | None = None  # with OPEN_EXISTING: which of the patients shown


@dataclass(frozen=True, slots=True)
class ExtendAnswer:
    """Extend the course by ``extra`` sessions, because ``reason``."""

    extra: int
    reason: str


@dataclass(frozen=True, slots=True)
class TemplateAnswer:
    name: str
    description: str = ""


class UnsavedQuestion(Protocol):
    """The question every editing screen asks when it is left (the intake window asks
    only this one)."""

    def unsaved_changes(self) -> UnsavedAnswer:
        """The form or screen being left has changes not saved yet: save, discard or keep
        editing?"""
        ...


class FormQuestions(UnsavedQuestion, Protocol):
    """What a form may ask the user."""

    def confirm_archive(self, archive: bool) -> bool:
        """Archive the patient (``archive``), or bring them back; True: go on."""
        ...

    def possible_duplicates(self, rows: Sequence[PatientRow]) -> DuplicateAnswer:
        """These patients may be the one being registered: create anyway, open one, or back."""
        ...


class WindowQuestions(FormQuestions, Protocol):
    """Questions asked over a form's window, which exists only after its presenter."""

    def attach(self, parent: Any) -> None:
        """Ask over ``parent`` (a widget) from now on."""
        ...


class CourseQuestions(UnsavedQuestion, Protocol):
    """What the plan editor, the course dialogs and the session screen may ask."""

    def attach(self, parent: Any) -> None:
        """Ask over ``parent`` (the screen's window) from now on."""
        ...

    def extend_course(self, number: int, planned: int, problem: str = "") -> ExtendAnswer | None:
        """Session ``number`` is past the ``planned`` ones: extend (how many, why) or None.

        ``problem`` says what was wrong with the previous answer (asked again)."""
        ...

    def template_name(self, problem: str = "") -> TemplateAnswer | None:
        """A name (and description) for a new clinic template, or None to cancel."""
        ...

    def amendment(self, problem: str = "") -> str | None:
        """The text of an amendment to a signed session, or None to cancel."""
        ...
