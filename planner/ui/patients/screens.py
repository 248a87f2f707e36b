"""Builds the patient screens for one signed-in user (``app.py`` creates it): New and Edit
patient, the intake window, and the clinical part of the overview; for practitioners it
also carries the course screens (:class:`planner.ui.course.screens.CourseScreens`), and for
reception and practitioners the Documents window
(:class:`planner.ui.documents.screens.DocumentScreens`).

It knows what the user's roles allow, so the main window can leave out what they cannot
use; the services check again whatever is asked of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from planner.domain.access import Action
from planner.services.actor import Actor
from planner.ui.course.screens import CourseScreens
from planner.ui.documents.screens import DocumentScreens
from planner.ui.intake.presenter import IntakePresenter, IntakeRecords
from planner.ui.patients.clinical import ClinicalRecords, ClinicalSummary, read_clinical
from planner.ui.questions import WindowQuestions
from planner.ui.registration.presenter import PatientEditor, PatientFormPresenter

# The dialogs load when first opened, not at start-up.
if TYPE_CHECKING:
    from planner.ui.intake.window import IntakeWindow
    from planner.ui.registration.dialog import PatientDialog


class IntakeRecordsWithSafety(IntakeRecords, ClinicalRecords, Protocol):
    """:class:`planner.services.intake.IntakeService`, as the patient screens use it."""


class PatientScreens:
    """A dialog and its presenter per patient screen, wired to the services."""

    def __init__(
        self,
        actor: Actor,
        *,
        registry: PatientEditor,
        intakes: IntakeRecordsWithSafety,
        questions: Callable[[], WindowQuestions] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        courses: CourseScreens | None = None,
        documents: DocumentScreens | None = None,
    ) -> None:
        self._actor = actor
        self.documents = (
            documents if documents is not None and DocumentScreens.allowed(actor) else None
        )
        self.courses = courses if courses is not None and CourseScreens.allowed(actor) else None
        self._registry = registry
        self._intakes = intakes
        self._questions = questions or qt_form_questions
        self._today = today

    # --- what the user's roles allow ---------------------------------------------------------

    @property
    def can_edit_patients(self) -> bool:
        """Register patients, edit their details, archive them (reception, practitioners)."""
        return self._actor.can(Action.EDIT_DEMOGRAPHICS)

    @property
    def can_take_intakes(self) -> bool:
        return self._actor.can(Action.EDIT_INTAKE) and self._actor.can(Action.VIEW_CLINICAL)

    @property
    def shows_clinical(self) -> bool:
        """The overview shows safety badges, the red-flag banner and intakes."""
        return self._actor.can(Action.VIEW_CLINICAL)

    # --- screens -------------------------------------------------------------------------------

    def patient_dialog(
        self, parent: QWidget | None, patient_id: int | None = None
    ) -> PatientDialog:
        """New patient (``patient_id`` None) or Edit patient, not shown yet."""
        from planner.ui.registration.dialog import PatientDialog

        questions = self._questions()
        presenter = PatientFormPresenter(
            self._registry, questions, patient_id=patient_id, today=self._today
        )
        dialog = PatientDialog(presenter, today=self._today, parent=parent)
        questions.attach(dialog)
        return dialog

    def intake_window(self, parent: QWidget | None, patient_id: int, name: str) -> IntakeWindow:
        """The patient's intakes: the latest to edit, or a first one (not shown yet)."""
        from planner.ui.intake.window import IntakeWindow

        questions = self._questions()
        presenter = IntakePresenter(self._intakes, questions, patient_id, today=self._today)
        window = IntakeWindow(presenter, name, parent)
        questions.attach(window)
        return window

    def clinical(self, patient_id: int) -> ClinicalSummary | None:
        """Safety summary and intakes; None for a user who does not read clinical records
        (the service is not asked at all)."""
        if not self.shows_clinical:
            return None
        return read_clinical(self._intakes, patient_id)


def qt_form_questions() -> WindowQuestions:
    """The forms' questions as message boxes (the default outside tests)."""
    from planner.ui.widgets.question_dialogs import QtFormQuestions

    return QtFormQuestions()
