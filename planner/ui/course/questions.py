"""The questions the course screens ask, behind one small protocol (no Qt).

Presenters call :class:`CourseQuestions`; the application hands them
:class:`planner.ui.course.qt_questions.QtCourseQuestions` (dialogs over the screen's
window), tests a fake that answers at once, so a headless run never waits on a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from planner.ui.registration.questions import UnsavedAnswer


@dataclass(frozen=True, slots=True)
class ExtendAnswer:
    """Extend the course by ``extra`` sessions, because ``reason``."""

    extra: int
    reason: str


@dataclass(frozen=True, slots=True)
class TemplateAnswer:
    name: str
    description: str = ""


class CourseQuestions(Protocol):
    def attach(self, parent: Any) -> None:
        """Ask over ``parent`` (the screen's window) from now on."""
        ...

    def unsaved_changes(self) -> UnsavedAnswer:
        """The screen being closed has changes not saved: save, discard or keep editing?"""
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
