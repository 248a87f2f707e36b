"""Words shown for the codes of courses, plans and sessions (techniques, sides, EA modes,
cupping and moxa types, responses, adverse events, review decisions, plan regions). The
words come from the catalogue (planner/domain/wording.py), translated here in its context,
"wording"."""

from __future__ import annotations

from planner.domain import wording
from planner.domain.catalog import PlanRegion
from planner.domain.i18n import translate
from planner.domain.sessions import NeedleResponse
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    CuppingType,
    DischargeReason,
    EAFrequencyMode,
    MoxaType,
    PointSide,
    RedFlag,
    ReviewDecision,
    Stimulation,
    Technique,
)
from planner.ui.labels import translated


def counted(n: int, one: str, many: str, **values: object) -> str:
    """``one`` when ``n`` is 1, else ``many``, with ``{n}`` (and ``values``) filled in.

    Deprecated: English's two forms are not every language's (French says "0 point"),
    so new code writes ``translate(ctx, "%n point(s)", None, n)`` instead. Kept for the
    safety panel's summary until it moves over."""
    return (one if n == 1 else many).format(n=n, **values)


def session_text(number: int, planned: int) -> str:
    """ "Session 3 of 6" in the user's language, for screens (documents print the
    English :func:`planner.domain.courses.session_label`)."""
    return translate("course_labels", "Session {number} of {planned}").format(
        number=number, planned=planned
    )


def technique_labels() -> dict[Technique, str]:
    return translated(wording.labels(Technique))


def side_labels() -> dict[PointSide, str]:
    return translated(wording.labels(PointSide))


def stimulation_labels() -> dict[Stimulation | None, str]:
    words: dict[Stimulation | None, str] = {None: translate("course_labels", "—")}
    words.update({s: translate("wording", wording.label(s)) for s in Stimulation})
    return words


def ea_mode_labels() -> dict[EAFrequencyMode, str]:
    return translated(wording.labels(EAFrequencyMode))


def cupping_labels() -> dict[CuppingType, str]:
    return translated(wording.labels(CuppingType))


def moxa_labels() -> dict[MoxaType, str]:
    return translated(wording.labels(MoxaType))


def region_labels() -> dict[PlanRegion, str]:
    return translated(wording.labels(PlanRegion))


def response_labels() -> dict[NeedleResponse, str]:
    return translated(wording.labels(NeedleResponse))


def severity_labels() -> dict[AdverseSeverity, str]:
    return translated(wording.labels(AdverseSeverity))


def adverse_labels() -> dict[AdverseEventKind, str]:
    """ "Other…": choosing it asks what happened."""
    return {
        **translated(wording.labels(AdverseEventKind)),
        AdverseEventKind.OTHER: translate("course_labels", "Other…"),
    }


# The radio buttons' keyboard shortcuts: the letter after which "&" goes.
_DECISION_KEYS = {
    ReviewDecision.CONTINUE: "C",
    ReviewDecision.ADJUST: "A",
    ReviewDecision.EXTEND: "x",
    ReviewDecision.DISCHARGE: "D",
    ReviewDecision.REFER: "R",
}


def decision_labels() -> dict[ReviewDecision, str]:
    """The catalogue's words with a keyboard shortcut: ``&Continue the course``."""

    def keyed(decision: ReviewDecision) -> str:
        text = translate("wording", wording.label(decision))
        at = text.find(_DECISION_KEYS[decision])
        return text if at < 0 else f"{text[:at]}&{text[at:]}"

    return {decision: keyed(decision) for decision in ReviewDecision}


def discharge_labels() -> dict[DischargeReason, str]:
    return translated(wording.labels(DischargeReason))


def frequency_labels() -> dict[float, str]:
    return {
        0.5: translate("course_labels", "Every two weeks"),
        1.0: translate("course_labels", "Once a week"),
        2.0: translate("course_labels", "Twice a week"),
        3.0: translate("course_labels", "Three times a week"),
    }


def review_point_labels() -> dict[str, str]:
    return {
        "mid": translate("course_labels", "mid-course review"),
        "final": translate("course_labels", "final review"),
    }


def red_flag_labels() -> dict[RedFlag, str]:
    return translated(wording.labels(RedFlag))


def condition_labels() -> dict[Condition, str]:
    return translated(wording.labels(Condition))
