"""The patient's words on the take-home sheet: what was done, how you may feel, aftercare,
when to call and when to get urgent help (reference §9, §10 and §6).

Written for a patient: short sentences, no unexplained jargon. Where the reference calls
advice convention rather than evidence, the words stay modest ("many clinics advise").
"""

from __future__ import annotations

from planner.domain.red_flags import RED_FLAGS, Urgency
from planner.domain.vocab import CuppingType, RedFlag, Technique
from planner.export.model import HomeAdvice

WHAT_WAS_DONE: dict[Technique, str] = {
    Technique.LOCAL_NEEDLING: (
        "Acupuncture near the pain: very fine, sterile, single-use needles were placed "
        "close to where it hurts."
    ),
    Technique.DISTAL_NEEDLING: (
        "Acupuncture away from the pain: needles were also placed on points further away, "
        "for example on the legs or hands."
    ),
    Technique.ELECTROACUPUNCTURE: (
        "Electroacupuncture: a gentle electrical pulse was passed between pairs of needles; "
        "it feels like tingling or light tapping."
    ),
    Technique.CUPPING: (
        "Cupping: cups on the skin gently lifted the skin and muscle by suction, to ease "
        "tight muscles."
    ),
    Technique.MOXIBUSTION: (
        "Moxibustion (moxa): a dried herb, mugwort, was lit and held near the skin to "
        "warm it; comfortably warm, never burning."
    ),
}

POINTS_EXPLAINED = (
    "A point's code, such as BL23, gives its channel (a line of points) and its number."
)

HOW_YOU_MAY_FEEL = (
    "A mild ache, heaviness or tenderness where the needles were: normal, and it usually "
    "settles within a day or two.",
    "A small bruise or a drop of blood at a needle site: press gently with a clean tissue.",
    "Feeling tired, relaxed or sleepy for the rest of the day.",
    "For a short while your usual pain may flare up a little before it gets better.",
    "Light-headed? Sit for a few minutes before you stand up; do not drive until it passes.",
)
CUPPING_MARKS = (
    "Round red or purple marks where the cups were: painless, not an injury, and they "
    "fade over several days (often 3 to 10)."
)
WET_CUPPING = "Keep the places where wet cupping was done clean and dry for about a day."
MOXA_WARMTH = (
    "Warm, slightly pink skin where the moxa was used fades within hours. A blister is "
    "not expected: keep it clean, do not burst it, and tell us."
)

AFTERCARE = (
    "Keep moving: light activity such as walking is fine and helps your back. Staying "
    "active is one of the best things you can do for back pain.",
    "Avoid strenuous exercise and heavy lifting for the rest of today. Many clinics "
    "advise this to let the body settle.",
    "Drink water as usual, and go easy on alcohol today.",
)
HEAT_ADVISED = (
    "Warmth can ease the muscles: a warm (not hot) hot-water bottle or heat pack wrapped "
    "in a cloth, 15 to 20 minutes at a time."
)
NO_HEAT_ON_MOXA = "Do not put heat on skin that was warmed with moxa today or on a blister."

CALL_THE_CLINIC = (
    "a bruise keeps getting bigger, or bleeding does not stop when you press on it",
    "your pain is clearly worse after two or three days",
    "you see redness, heat, swelling or pus where a needle was",
    "you have a burn or a blister",
    "anything else about the treatment worries you",
)

# Emergency symptoms. Every red flag the domain calls an emergency must appear here,
# in everyday words (tests check that none is missing).
_SADDLE = (
    "new numbness between your legs or around your back passage or genitals, or new sexual problems"
)
_WEAK = "a leg that gives way, or weakness getting worse (catching your toes)"
EMERGENCY_RED_FLAGS: dict[RedFlag, str] = {
    RedFlag.SADDLE_ANAESTHESIA: _SADDLE,
    RedFlag.NEW_SEXUAL_DYSFUNCTION: _SADDLE,
    RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION: (
        "new trouble passing urine, or losing control of your bladder or bowels"
    ),
    RedFlag.BILATERAL_SCIATICA: "pain, numbness or weakness going down both legs",
    RedFlag.SEVERE_MOTOR_LOSS: _WEAK,
    RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT: _WEAK,
    RedFlag.AORTIC_ANEURYSM_SIGNS: "sudden severe back or belly pain, or a throbbing belly",
    RedFlag.ARTERIAL_DISSECTION_SIGNS: "sudden severe headache, dizziness or slurred speech",
}
URGENT_CARE = (
    "shortness of breath, chest pain or a new cough after needling on the upper back or "
    "shoulders (this can start hours later)",
    *dict.fromkeys(EMERGENCY_RED_FLAGS.values()),
    "a fever, chills or feeling very unwell, especially with redness spreading from a needle site",
)
URGENT_CARE_ACTION = (
    "Go to the emergency department or call the emergency number now if you have any of these:"
)

HOME_ADVICE: dict[HomeAdvice, str] = {
    HomeAdvice.CORE_EXERCISES: "Core exercises: gentle strengthening for tummy and back, as shown.",
    HomeAdvice.FLEXIBILITY: "Flexibility: gentle stretches for your back, hips and legs.",
    HomeAdvice.SITTING_POSTURE: "Sitting: back supported, feet flat, screen at eye level.",
    HomeAdvice.PILLOW_MATTRESS: "Sleep: a supportive mattress and a pillow that fits your neck.",
    HomeAdvice.RELAXATION: "Relaxation: slow breathing or a short relaxation each day.",
    HomeAdvice.FOAM_ROLLING_STRETCHING: (
        "Foam rolling and stretching: roll slowly over tight muscles (not the spine), then stretch."
    ),
    HomeAdvice.SITTING_BREAKS: "Breaks from sitting: get up and move every 30 to 45 minutes.",
}


def emergency_flags() -> frozenset[RedFlag]:
    """The red flags the domain treats as emergencies (what URGENT_CARE must cover)."""
    return frozenset(flag for flag, info in RED_FLAGS.items() if info.urgency == Urgency.EMERGENCY)


def feelings(techniques: frozenset[Technique], cupping_types: frozenset[CuppingType]) -> list[str]:
    """How you may feel, for today's techniques."""
    lines = list(HOW_YOU_MAY_FEEL)
    if Technique.CUPPING in techniques:
        lines.append(CUPPING_MARKS)
        if CuppingType.WET in cupping_types:
            lines.append(WET_CUPPING)
    if Technique.MOXIBUSTION in techniques:
        lines.append(MOXA_WARMTH)
    return lines


def aftercare(techniques: frozenset[Technique], heat_advised: bool) -> list[str]:
    lines = list(AFTERCARE)
    if heat_advised:
        lines.append(HEAT_ADVISED)
    if Technique.MOXIBUSTION in techniques and heat_advised:
        lines.append(NO_HEAT_ON_MOXA)
    return lines


# --- Pregnancy (when the record says the patient is pregnant) -----------------------------

PREGNANCY_HEADING = "Because you are pregnant"
PREGNANCY_CALL = "Call your midwife or maternity unit at once, day or night, if you have:"
PREGNANCY_SIGNS = (
    "any bleeding from your vagina",
    "contractions, or tightening, cramping or period-like pains in your tummy",
    "fluid leaking from your vagina",
    "your baby moving less than usual, or a change in your baby's pattern of movements",
    "a severe headache, problems with your sight, or sudden swelling of your face, hands or feet",
)
PREGNANCY_URGENT = (
    "If you cannot reach them, or the bleeding is heavy or the pain severe, go to the "
    "emergency department or call the emergency number now."
)
PREGNANCY_DO_NOT_WAIT = (
    "Do not wait for your next appointment with us, and tell us at your next visit "
    "how your pregnancy is going."
)


# --- The end of a course --------------------------------------------------------------------

COURSE_HEADING = "Your course of treatment"
NEXT_STEPS_HEADING = "What next"
KEEP_ACTIVE = (
    "Keep active: walking and gentle everyday movement help most back pain, and staying "
    "active is one of the best things you can do."
)
FLARE_PLAN = (
    "Flare-ups are common and usually settle within days to a few weeks. Keep moving "
    "gently, use warmth if it helps, and take the pain relief you usually take, as directed."
)
COME_BACK = (
    "Contact us if a flare-up does not settle within one to two weeks, or if you would "
    "like a check-up visit."
)
SEE_YOUR_GP = (
    "See your GP (family doctor) if your pain keeps getting worse or is not improving "
    "after a few weeks, if it stops you working or sleeping, or if you get new symptoms "
    "such as pain, numbness or tingling going down a leg."
)
NOT_IMPROVED_GP = (
    "Your pain has not improved as much as we hoped. Talk to your GP (family doctor) "
    "about other treatments that may help."
)
URGENT_NEVER_WAIT = (
    "For any of the signs in the \u201cGet urgent help\u201d box, never wait: get help at once."
)


def keep_up(advice_names: list[str]) -> str:
    """The exercises and advice ticked, to keep up after the course."""
    if not advice_names:
        return KEEP_ACTIVE
    listed = (
        advice_names[0]
        if len(advice_names) == 1
        else (", ".join(advice_names[:-1]) + " and " + advice_names[-1])
    )
    return f"Keep up what you were shown: {listed}. {KEEP_ACTIVE}"
