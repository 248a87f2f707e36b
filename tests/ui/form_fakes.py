"""A stand-in for the forms' question service: answers at once and remembers what was asked."""

from __future__ import annotations

from collections.abc import Sequence

from planner.services.patients import PatientRow
from planner.ui.questions import (
    DuplicateAnswer,
    DuplicateChoice,
    UnsavedAnswer,
)

BACK = DuplicateAnswer(DuplicateChoice.BACK_TO_FORM)


class FakeQuestions:
    def __init__(
        self,
        *,
        unsaved: UnsavedAnswer = UnsavedAnswer.KEEP_EDITING,
        duplicates: DuplicateAnswer = BACK,
        archive: bool = True,
    ) -> None:
        self.unsaved = unsaved
        self.duplicates = duplicates
        self.archive = archive
        self.asked: list[str] = []
        self.duplicate_rows: list[PatientRow] = []
        self.parent: object = None

    def attach(self, parent: object) -> None:
        self.parent = parent

    def unsaved_changes(self) -> UnsavedAnswer:
        self.asked.append("unsaved")
        return self.unsaved

    def confirm_archive(self, archive: bool) -> bool:
        self.asked.append("archive" if archive else "unarchive")
        return self.archive

    def possible_duplicates(self, rows: Sequence[PatientRow]) -> DuplicateAnswer:
        self.asked.append("duplicates")
        self.duplicate_rows = list(rows)
        return self.duplicates
