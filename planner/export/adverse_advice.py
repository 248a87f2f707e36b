"""What happened during today's treatment, and what to do about it, in a patient's words
(reference §9 and §10).

One entry for every :class:`AdverseEventKind` (a test checks that none is missing). The
advice is conservative: the usual course of the reaction, simple self-care, when to call
the clinic, and when to get urgent help. Where the reference calls self-care convention
(a cold pack on a fresh bruise), the words stay modest.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain import wording
from planner.domain.vocab import AdverseEventKind, AdverseSeverity

K = AdverseEventKind


@dataclass(frozen=True)
class EventAdvice:
    what: str  # what happened, in everyday words
    advice: tuple[str, ...]  # what to do, most important first


SEVERITY_WORDS: dict[AdverseSeverity, str] = wording.phrases(AdverseSeverity)

_CALL_IF_WORSE = "Call the clinic if it gets worse or does not settle, or if anything worries you."
_SITE_INFECTED = "Call the clinic if the place becomes red, hot, swollen or painful, or leaks pus."
_FEVER = "Get urgent help if you get a fever or chills, or redness spreading from the place."

EVENT_ADVICE: dict[AdverseEventKind, EventAdvice] = {
    K.SORENESS: EventAdvice(
        "Soreness or aching where the needles were",
        (
            "This is common and usually settles within a day or two.",
            "Gentle movement and warmth can help.",
            "Call the clinic if it is clearly worse after two or three days.",
        ),
    ),
    K.BLEEDING: EventAdvice(
        "A little bleeding where a needle was",
        (
            "If it bleeds again, press firmly on the place with a clean tissue for 5 minutes.",
            "Call the clinic if bleeding does not stop when you press on it, or a bruise "
            "keeps getting bigger.",
        ),
    ),
    K.BRUISING: EventAdvice(
        "A bruise where a needle was",
        (
            "A small bruise is harmless. It may change colour and fades over several days.",
            "Today, a cold pack wrapped in a cloth for about 10 minutes at a time may ease "
            "it. Do not put heat on it today.",
            "Call the clinic if the bruise keeps getting bigger, becomes very painful, or bleeds.",
        ),
    ),
    K.FATIGUE: EventAdvice(
        "Feeling very tired or drowsy",
        (
            "This is common after treatment. Rest today; it usually passes by the next day.",
            "Do not drive or use machines while you feel drowsy.",
            _CALL_IF_WORSE,
        ),
    ),
    K.DIZZINESS: EventAdvice(
        "Feeling dizzy or light-headed",
        (
            "Sit or lie down until it passes, and stand up slowly.",
            "Eat something and drink water.",
            "Do not drive or use machines today while you still feel light-headed.",
            "Call the clinic if it comes back.",
        ),
    ),
    K.FAINTING: EventAdvice(
        "Fainting or feeling faint",
        (
            "This reaction to needling is not rare and usually passes without lasting harm.",
            "Rest for the rest of today, eat something and drink water, and stand up slowly.",
            "Do not drive today if you still feel light-headed: ask someone to take you home.",
            "Call the clinic if it happens again, and tell us at your next visit.",
            "Get urgent help if you faint again with chest pain, a racing or uneven "
            "heartbeat, or shortness of breath.",
        ),
    ),
    K.MUSCLE_TWITCHING: EventAdvice(
        "A muscle twitch or spasm",
        (
            "This is harmless and usually settles within hours.",
            "Gentle movement and warmth can help a tight muscle relax.",
            "Call the clinic if a cramp or spasm will not ease or keeps coming back.",
        ),
    ),
    K.NAUSEA: EventAdvice(
        "Feeling sick (nausea)",
        (
            "This usually passes within a few hours.",
            "Sit quietly, sip water, and eat something light when you feel ready.",
            "Call the clinic if you are sick (vomiting) or still feel sick tomorrow.",
        ),
    ),
    K.AGGRAVATION: EventAdvice(
        "Your usual pain got worse for a while",
        (
            "A short flare of your usual pain can happen after treatment before it gets "
            "better; it usually settles within a day or two.",
            "Keep moving gently, use warmth if it helps, and take the pain relief you "
            "usually take, as directed.",
            "Call the clinic if your pain is clearly worse after two or three days.",
            "Get help at once for any of the signs in the \u201cGet urgent help\u201d box "
            "on this sheet.",
        ),
    ),
    K.CUPPING_MARKS: EventAdvice(
        "Marks from the cups",
        (
            "Round red or purple marks are expected and painless. They are not an injury "
            "and fade over several days (often 3 to 10).",
            "You do not need to do anything. Call the clinic if a mark becomes painful, "
            "blistered or broken.",
        ),
    ),
    K.CUPPING_BLISTER: EventAdvice(
        "A blister from the cups",
        (
            "Keep it clean and dry, and cover it loosely with a clean dressing.",
            "Do not burst it, and do not put heat on it.",
            _SITE_INFECTED,
            _FEVER,
        ),
    ),
    K.MOXA_BURN: EventAdvice(
        "A small burn from the moxa",
        (
            "If it stings, cool it under cool (not cold) running water. Do not use ice, "
            "butter or creams unless a pharmacist or doctor advises it.",
            "Keep it clean and covered with a clean, non-stick dressing. Do not burst a "
            "blister, and do not put heat on the place.",
            _SITE_INFECTED,
            "Get urgent help for a burn larger than your palm, or one that looks deep, "
            "white or charred.",
        ),
    ),
    K.STUCK_NEEDLE: EventAdvice(
        "A needle was hard to take out",
        (
            "It was removed. The place may ache for a day or so.",
            "Gentle movement and warmth can help.",
            _SITE_INFECTED,
        ),
    ),
    K.BENT_NEEDLE: EventAdvice(
        "A needle bent",
        (
            "It was removed. The place may ache for a day or so.",
            _SITE_INFECTED,
        ),
    ),
    K.FORGOTTEN_NEEDLE: EventAdvice(
        "A needle stayed in longer than planned",
        (
            "It was found and removed. The place may ache for a day or so.",
            _SITE_INFECTED,
        ),
    ),
    K.NEEDLE_UNACCOUNTED: EventAdvice(
        "A needle could not be found after treatment",
        (
            "Check your clothes and bag carefully, and handle anything sharp with care.",
            "If you find a needle on your clothes, wrap it in thick paper or put it in a "
            "rigid container and tell us.",
            "If you see or feel a needle in your skin, do not press on it or try to dig "
            "it out: call the clinic at once, or get urgent help if you cannot reach us.",
        ),
    ),
    K.BROKEN_NEEDLE: EventAdvice(
        "A needle broke",
        (
            "Follow the advice we gave you today.",
            "If a piece of needle may still be under your skin and you have not been seen "
            "at a hospital yet, keep that part of your body still and go to the emergency "
            "department now.",
            "Get urgent help for swelling, increasing pain, numbness or weakness near the place.",
        ),
    ),
    K.SUSPECTED_PNEUMOTHORAX: EventAdvice(
        "A possible air leak around a lung (pneumothorax)",
        (
            "This needs a hospital check. If you have not been seen at a hospital yet, go "
            "to the emergency department now.",
            "Call the emergency number at once if you become short of breath, have chest "
            "pain, or a cough that gets worse. This can start or worsen hours later.",
        ),
    ),
    K.INFECTION: EventAdvice(
        "Signs of infection where a needle was",
        (
            "Follow the advice we gave you today, and see your GP (family doctor) today "
            "if you have not been seen yet.",
            "Keep the place clean and dry.",
            _FEVER,
        ),
    ),
    K.NERVE_INJURY: EventAdvice(
        "Irritation of a nerve (tingling, numbness, burning or shooting pain)",
        (
            "This usually settles over days or a few weeks.",
            "See your GP (family doctor) if it lasts more than a few days or gets worse.",
            "Get urgent help for weakness in a leg or arm, or for any of the signs in the "
            "\u201cGet urgent help\u201d box on this sheet.",
        ),
    ),
    K.OTHER: EventAdvice(
        "Something else happened during treatment",
        (
            "Follow the advice we gave you today.",
            _CALL_IF_WORSE,
        ),
    ),
}

WHAT_WE_DID = "What we did:"
EVENTS_HEADING = "During your treatment today"
EVENTS_NOTE = "This is what we noted during today's treatment, and what to do about it."


def event_title(kind: AdverseEventKind, severity: AdverseSeverity, description: str) -> str:
    """``Fainting or feeling faint (moderate)``; an "other" event with its description."""
    what = EVENT_ADVICE[kind].what
    if kind == K.OTHER and description.strip():
        what = f"{what}: {description.strip()}"
    return f"{what} ({SEVERITY_WORDS[severity]})"
