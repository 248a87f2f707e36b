"""The questions the patient and intake forms ask, behind one small protocol (no Qt).

Presenters call :class:`FormQuestions`; the application hands them a
:class:`planner.ui.registration.qt_questions.QtFormQuestions` (modal message boxes over
the active window), tests a fake that answers at once, so a headless run never waits on
a dialog.
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


class FormQuestions(Protocol):
    """What a form may ask the user."""

    def unsaved_changes(self) -> UnsavedAnswer:
        """The form being left has changes not saved yet: save, discard or keep editing?"""
        ...

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
