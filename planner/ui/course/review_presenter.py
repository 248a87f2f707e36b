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
from planner.domain.i18n import translate
from planner.domain.vocab import DischargeReason, ReviewDecision, SessionStatus
from planner.services.course_views import CourseView, PainProgress
from planner.ui.course.labels import review_point_labels
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
        return translate("course_review", "No pain score at the start of the course yet.")
    if pain.latest is None or pain.change is None:
        return translate(
            "course_review", "Pain at the start: {baseline}/10; no session has a pain score yet."
        ).format(baseline=pain.baseline)
    change = pain.change
    points = change.points
    count = round(abs(points))  # pain scores are whole numbers (NRS 0-10)
    if points > 0:
        how = translate("course_review", "%n point(s) less", None, count)
    elif points < 0:
        how = translate("course_review", "%n point(s) more", None, count)
    else:
        how = translate("course_review", "no change")
    if change.fraction is not None and points:
        how += translate("course_review", " ({percent} %)").format(
            percent=f"{abs(change.fraction) * 100:.0f}"
        )
    verdict = (
        translate("course_review", "a meaningful improvement (at least 2 points or 30 %)")
        if change.meaningful
        else translate("course_review", "not yet a meaningful improvement (2 points or 30 %)")
    )
    return translate(
        "course_review", "Pain (NRS now) {baseline} → {latest}: {how} — {verdict}."
    ).format(baseline=pain.baseline, latest=pain.latest, how=how, verdict=verdict)


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
            return Result(
                Outcome.FAILED,
                message=translate("course_review", "This course is closed already."),
            )
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
            planned = course.planned_sessions  # a plain name, which lupdate reads as the count
            return translate(
                "course_review", "Review before the first of %n session(s)", None, planned
            )
        last = held[-1]
        heading = translate("course_review", "Review after session {number} of {planned}").format(
            number=last.number, planned=course.planned_sessions
        )
        point = review_point_labels().get(last.review or "")
        if point is None:
            return heading
        return translate("course_review", "{heading} ({review_point})").format(
            heading=heading, review_point=point
        )

    def pain(self) -> str:
        return pain_text(self.course.pain) if self.course is not None else ""

    def save(self, form: ReviewForm) -> Result:
        if self.course is None:
            return Result(
                Outcome.FAILED,
                message=translate("course_review", "The course could not be opened."),
            )
        try:
            self.course = self._courses.record_review(
                self.course_id, form.draft(), self.course.version
            )
        except CourseInvalid as invalid:
            return Result.invalid(invalid.problems)
        except PlannerError as error:
            return Result.failed(error)
        return DONE
