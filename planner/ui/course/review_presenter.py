"""The review decision at a course's review points, without a window.

At mid-course and at the final session the practitioner continues, adjusts the plan,
extends the course (how many more sessions), discharges (goals met, plateau, patient's
choice) or refers (to whom, why), with a note. The dialog shows the pain change so far
(:func:`pain_text`); the decision and that change are stored with the course.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.courses import CourseInvalid, ReviewDraft
from planner.domain.errors import PlannerError
from planner.domain.vocab import DischargeReason, ReviewDecision, SessionStatus
from planner.services.course_views import CourseView, PainProgress
from planner.ui.course.labels import counted
from planner.ui.course.records import DONE, CourseRecords, Outcome, Result


@dataclass(frozen=True, slots=True)
class ReviewForm:
    decision: ReviewDecision | None = None
    extend_by: int = 2
    discharge_reason: DischargeReason | None = None
    refer_to: str = ""
    reason: str = ""
    note: str = ""

    def draft(self) -> ReviewDraft:
        decision = self.decision
        return ReviewDraft(
            decision=decision,
            extend_by=self.extend_by if decision == ReviewDecision.EXTEND else None,
            discharge_reason=(
                self.discharge_reason if decision == ReviewDecision.DISCHARGE else None
            ),
            refer_to=self.refer_to,
            reason=self.reason,
            note=self.note,
        )


def pain_text(pain: PainProgress) -> str:
    """ "Pain now 7 → 4: 3 points less (43 %) — a meaningful improvement." """
    if pain.baseline is None:
        return "No pain score at the start of the course yet."
    if pain.latest is None or pain.change is None:
        return f"Pain at the start: {pain.baseline}/10; no session has a pain score yet."
    change = pain.change
    points = change.points
    if points > 0:
        how = counted(points, "{n:g} point less", "{n:g} points less")
    elif points < 0:
        how = counted(-points, "{n:g} point more", "{n:g} points more")
    else:
        how = "no change"
    if change.fraction is not None and points:
        how += f" ({abs(change.fraction) * 100:.0f} %)"
    verdict = (
        "a meaningful improvement (at least 2 points or 30 %)"
        if change.meaningful
        else "not yet a meaningful improvement (2 points or 30 %)"
    )
    return f"Pain (NRS now) {pain.baseline} → {pain.latest}: {how} — {verdict}."


class ReviewPresenter:
    def __init__(self, courses: CourseRecords, course_id: int) -> None:
        self._courses = courses
        self.course_id = course_id
        self.course: CourseView | None = None

    def open(self) -> Result:
        try:
            self.course = self._courses.get(self.course_id)
        except PlannerError as error:
            return Result.failed(error)
        if self.course.closed:
            return Result(Outcome.FAILED, message="This course is closed already.")
        return DONE

    @property
    def patient_id(self) -> int | None:
        return self.course.patient_id if self.course is not None else None

    def heading(self) -> str:
        """ "Review after session 3 of 6 (mid-course review)" """
        course = self.course
        if course is None:
            return ""
        held = [
            s for s in course.sessions if s.status in (SessionStatus.DRAFT, SessionStatus.SIGNED)
        ]
        if not held:
            return f"Review before the first of {course.planned_sessions} sessions"
        last = held[-1]
        point = {"mid": " (mid-course review)", "final": " (final review)"}.get(
            last.review or "", ""
        )
        return f"Review after {last.label.lower()}{point}"

    def pain(self) -> str:
        return pain_text(self.course.pain) if self.course is not None else ""

    def save(self, form: ReviewForm) -> Result:
        if self.course is None:
            return Result(Outcome.FAILED, message="The course could not be opened.")
        try:
            self.course = self._courses.record_review(
                self.course_id, form.draft(), self.course.version
            )
        except CourseInvalid as invalid:
            return Result.invalid(invalid.problems)
        except PlannerError as error:
            return Result.failed(error)
        return DONE
