"""What the documents service is asked for and gives back: which document
(:class:`DocumentKind`) for what use (:class:`Use`), a :class:`DocumentRequest` and the
:class:`PreparedDocument` (its printed data, what it is of, a title and a file name without
the patient's name), and the :class:`DocumentChoices` the Documents window offers. Plain
data, shared by :mod:`planner.services.documents`, the Documents window and
``acuplanner export``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.vocab import CourseStatus
from planner.export.model import ClinicalReport, Receipt, TakeHomeSheet
from planner.services.guard import AccessDenied

if TYPE_CHECKING:
    from planner.export import RenderedPdf


class DocumentKind(StrEnum):
    TAKE_HOME = "take_home"
    RECEIPT = "receipt"
    CLINICAL_REPORT = "clinical_report"


class Use(StrEnum):
    PREVIEW = "preview"  # shown on screen: audited as an opened record
    EXPORT = "export"  # saved to a file
    PRINT = "print"


class RequestInvalid(PlannerError):
    """The document asked for does not go with the sessions, course or dates given."""


class UnsignedSession(AccessDenied):
    """Reception asked for a document of a session a practitioner has not signed."""


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """Which document: a take-home sheet for ``session_id`` (or the end of ``course_id``),
    a receipt for ``session_id``, ``course_id`` or ``date_from``–``date_to``, or the
    clinical report on ``course_id``."""

    kind: DocumentKind
    patient_id: int
    session_id: int | None = None
    course_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def problem(self) -> str | None:
        """Why this combination cannot be produced (a sentence for the user), or None."""
        period = self.date_from is not None or self.date_to is not None
        chosen = sum((self.session_id is not None, self.course_id is not None, period))
        if period and (self.date_from is None or self.date_to is None):
            return translate("document_errors", "A date range needs both a first and a last day.")
        if period and self.date_from and self.date_to and self.date_from > self.date_to:
            return translate(
                "document_errors", "The first day of the date range is after its last day."
            )
        if self.kind == DocumentKind.TAKE_HOME and (chosen != 1 or period):
            return translate(
                "document_errors",
                "A take-home sheet is for one session, or for the end of one course.",
            )
        if self.kind == DocumentKind.RECEIPT and chosen != 1:
            return translate(
                "document_errors", "A receipt is for one session, one course, or a date range."
            )
        if self.kind == DocumentKind.CLINICAL_REPORT and (chosen != 1 or self.course_id is None):
            return translate("document_errors", "A clinical report is for one course.")
        return None


Content = TakeHomeSheet | Receipt | ClinicalReport


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    request: DocumentRequest
    content: Content
    object_type: str  # "session", "receipt" or "course"
    object_id: int
    title: str  # what the document is, without the patient's name
    file_name: str  # a suggestion: chart number and dates, never the patient's name

    def render(self) -> RenderedPdf:
        """The PDF (ReportLab; may take a few hundred ms, so off the main thread in a GUI)."""
        from planner import export

        if isinstance(self.content, TakeHomeSheet):
            return export.render_take_home(self.content)
        if isinstance(self.content, Receipt):
            return export.render_receipt(self.content)
        return export.render_clinical_report(self.content)


@dataclass(frozen=True, slots=True)
class SessionChoice:
    session_id: int
    number: int
    planned_sessions: int
    session_date: dt.date
    signed: bool


@dataclass(frozen=True, slots=True)
class CourseChoice:
    course_id: int
    status: CourseStatus
    start_date: dt.date
    end_date: dt.date | None
    planned_sessions: int
    sessions: tuple[SessionChoice, ...]  # take-home sheet and receipt for each
    clinical_report: bool
    end_of_course: bool  # a closed course: the take-home sheet for its end


@dataclass(frozen=True, slots=True)
class DocumentChoices:
    patient_id: int
    chart_number: str
    courses: tuple[CourseChoice, ...]  # newest first
    first_day: dt.date | None  # of the sessions listed: the default receipt range
    last_day: dt.date | None


def document_kind(name: str) -> DocumentKind:
    """``take-home``, ``receipt`` or ``clinical-report`` (as typed on the command line)."""
    try:
        return DocumentKind(name.strip().lower().replace("-", "_"))
    except ValueError:
        raise RequestInvalid(
            translate(
                "document_errors",
                "Unknown document {name!r}: use take-home, receipt or clinical-report.",
            ).format(name=name)
        ) from None
