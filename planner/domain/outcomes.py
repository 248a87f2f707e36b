"""Outcome measures: scoring, validation and meaningful change (reference §7).

Only measures free to embed are scored item by item: the pain NRS (0–10) and PEG-3.
Licensed instruments (ODI, RMDQ, PROMIS, STarT Back) are never reproduced; a clinic
that holds a licence records the instrument's total score, checked against its range.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.domain.errors import ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.vocab import OutcomeMeasure

NRS_MIN, NRS_MAX = 0, 10
# Meaningful improvement — the one threshold every screen, prompt, count and document uses.
# IMMPACT (Dworkin et al. 2008, J Pain 9:105–121) and Ostelo et al. 2008 (Spine 33:90–94):
# on a 0–10 pain NRS a fall of at least 2 points or at least 30 % from the start is a
# clinically important improvement (Farrar 2001 agrees). The PEG-3 mean: about 1 point
# (Reed 2023: 0.6–1.75) or 30 %.
NRS_MEANINGFUL_POINTS = 2.0
MEANINGFUL_FRACTION = 0.30
PEG_MEANINGFUL_POINTS = 1.0
# What the practitioner is shown beside a verdict (the chart caption, the review prompt).
MEANINGFUL_RULE = QT_TRANSLATE_NOOP(
    "progress", "meaningful = at least 2 points or 30 % lower than at the start"
)

# Valid totals of instruments recorded by name only (scoring is the licence holder's).
LICENSED_RANGES: dict[OutcomeMeasure, tuple[float, float]] = {
    OutcomeMeasure.ODI: (0, 100),  # percent
    OutcomeMeasure.RMDQ: (0, 24),  # count of 24 items
    OutcomeMeasure.PROMIS_PI: (10, 90),  # T-score, mean 50, SD 10
    OutcomeMeasure.STARTBACK: (0, 9),  # total of 9 items
}


def nrs(value: object, field: str = "pain") -> int:
    """A pain score on the 0–10 numeric rating scale, or a ValidationError naming the field."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            field,
            translate("outcomes", "{field}: enter a whole number from 0 to 10.").format(
                field=field
            ),
        )
    if not NRS_MIN <= value <= NRS_MAX:
        raise ValidationError(
            field,
            translate("outcomes", "{field}: {value} is outside 0–10.").format(
                field=field, value=value
            ),
        )
    return value


def peg_score(pain: int, enjoyment: int, activity: int) -> float:
    """PEG-3 (Krebs 2009): the mean of three 0–10 items, to two decimals."""
    items = (
        nrs(pain, "PEG pain"),
        nrs(enjoyment, "PEG enjoyment of life"),
        nrs(activity, "PEG general activity"),
    )
    return round(sum(items) / 3, 2)


def licensed_total(measure: OutcomeMeasure, value: float) -> float:
    """A licensed instrument's total score, checked against its valid range."""
    if measure not in LICENSED_RANGES:
        raise ValidationError(
            "measure",
            translate("outcomes", "{measure} is not recorded as a total score.").format(
                measure=measure.value
            ),
        )
    low, high = LICENSED_RANGES[measure]
    if not low <= value <= high:
        raise ValidationError(
            measure.value,
            translate(
                "outcomes", "{measure}: {value:g} is outside its range {low:g}–{high:g}."
            ).format(measure=measure.value, value=value, low=low, high=high),
        )
    return value


@dataclass(frozen=True, slots=True)
class Change:
    """Change from a baseline score to a later one (lower is better for pain)."""

    baseline: float
    latest: float
    meaningful: bool

    @property
    def points(self) -> float:
        """Improvement in points (positive = less pain)."""
        return round(self.baseline - self.latest, 2)

    @property
    def fraction(self) -> float | None:
        """Improvement as a fraction of the baseline; None when the baseline is 0."""
        return None if self.baseline == 0 else round(self.points / self.baseline, 4)


def change(
    baseline: float, latest: float, measure: OutcomeMeasure = OutcomeMeasure.NRS_NOW
) -> Change:
    """Whether a fall from ``baseline`` to ``latest`` is a meaningful improvement."""
    threshold = PEG_MEANINGFUL_POINTS if measure == OutcomeMeasure.PEG else NRS_MEANINGFUL_POINTS
    drop = baseline - latest
    by_points = drop >= threshold - 1e-9
    by_fraction = baseline > 0 and drop / baseline >= MEANINGFUL_FRACTION - 1e-9
    return Change(baseline, latest, meaningful=drop > 0 and (by_points or by_fraction))


@dataclass(frozen=True, slots=True)
class Milestone:
    """The first session at which a course reached meaningful improvement."""

    baseline_session: int
    session: int
    change: Change


def first_meaningful_improvement(
    scores: Sequence[tuple[int, float]], measure: OutcomeMeasure = OutcomeMeasure.NRS_NOW
) -> Milestone | None:
    """Scan (session number, score) pairs in order against the first one as baseline."""
    ordered = sorted(scores)
    if len(ordered) < 2:
        return None
    baseline_session, baseline = ordered[0]
    for session, score in ordered[1:]:
        result = change(baseline, score, measure)
        if result.meaningful:
            return Milestone(baseline_session, session, result)
    return None


@dataclass(frozen=True, slots=True)
class Verdict:
    """A course judged on its LATEST score against its baseline (never the best dip).

    ``sustained``: the score before the latest was meaningfully lower than the baseline
    too (two scores in a row), so a single good day does not count as lasting.
    """

    measure: OutcomeMeasure
    baseline_at: int  # session number of the baseline (0: the intake)
    latest_at: int  # session number of the latest score
    change: Change
    sustained: bool

    @property
    def baseline(self) -> float:
        return self.change.baseline

    @property
    def latest(self) -> float:
        return self.change.latest

    @property
    def meaningful(self) -> bool:
        return self.change.meaningful


def course_verdict(
    scores: Sequence[tuple[int, float]], measure: OutcomeMeasure = OutcomeMeasure.NRS_NOW
) -> Verdict | None:
    """The first (session number, score) pair as baseline against the last; None with
    fewer than two scores."""
    ordered = sorted(scores, key=lambda pair: pair[0])
    if len(ordered) < 2:
        return None
    (baseline_at, baseline), (latest_at, latest) = ordered[0], ordered[-1]
    result = change(baseline, latest, measure)
    before = ordered[-2][1] if len(ordered) > 2 else None
    sustained = (
        result.meaningful and before is not None and change(baseline, before, measure).meaningful
    )
    return Verdict(measure, baseline_at, latest_at, result, sustained)
