"""Demo outcome scores through a course: pain now and the PEG-3 before each signed session,
and again at the discharge of a closed course (issue 16), so the course chart, the
clinical report and the clinic counts show real series.

No dice are thrown here (the rest of the clinic stays as the seed made it): the PEG's
average pain (P) follows the pain before treatment, smoothed over the week since the last
visit, and its two interference items (E, G) move with it from the intake's answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner.demo.rows import Batch, Keys, Row, timestamp
from planner.domain.vocab import OutcomeMeasure
from planner.storage.models import OutcomeScore

NOW, AVERAGE, PEG = (
    str(OutcomeMeasure.NRS_NOW),
    str(OutcomeMeasure.NRS_AVERAGE),
    str(OutcomeMeasure.PEG),
)


def _clamp(value: float) -> int:
    return min(10, max(0, round(value)))


def course_scores(
    batch: Batch,
    keys: Keys,
    intake: Row,
    *,
    course_id: int,
    signed: Sequence[tuple[int, dt.date, int]],  # (session id, date, pain before)
    closed_on: dt.date | None,
) -> None:
    """Outcome rows for the signed sessions, and the discharge's when the course closed."""
    rows = batch.rows(OutcomeScore)
    patient_id = intake["patient_id"]
    start_average = intake["peg_pain"] if intake["peg_pain"] is not None else intake["nrs_average"]
    start_average = start_average if start_average is not None else intake["nrs_now"]
    worst = intake["nrs_worst"] if intake["nrs_worst"] is not None else start_average
    # without the intake's PEG: interference a little above the average pain
    enjoyment = intake["peg_enjoyment"] if intake["peg_enjoyment"] is not None else worst
    activity = intake["peg_activity"] if intake["peg_activity"] is not None else start_average + 1
    previous = start_average
    scores: tuple[int, int, int, int] | None = None

    def add(day: dt.date, session_id: int | None, course: int | None) -> None:
        assert scores is not None
        now, p, e, g = scores
        stamp = timestamp(day)
        for measure, value in ((NOW, float(now)), (AVERAGE, float(p)), (PEG, (p + e + g) / 3)):
            rows.append(
                {
                    "id": keys.next(OutcomeScore),
                    "patient_id": patient_id,
                    "intake_id": None,
                    "session_id": session_id,
                    "course_id": course,
                    "measure": measure,
                    "value": round(value, 2),
                    "recorded_on": day,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )

    for session_id, day, before in signed:
        average = _clamp((before + previous) / 2)  # the week since the last visit
        fall = start_average - average
        scores = (before, average, _clamp(enjoyment - fall), _clamp(activity - fall))
        add(day, session_id, None)
        previous = before
    if closed_on is not None and scores is not None:
        add(closed_on, None, course_id)  # at discharge: as at the last visit
