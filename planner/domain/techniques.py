"""Techniques and their typical settings (reference §3, §4, course-planning numbers).

Defaults prefill a plan; the practitioner records what was actually given. Where the
reference marks a value uncertain ([U]) the default sits inside the commonly cited range.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.vocab import ConsentScope, CuppingType, EAFrequencyMode, MoxaType, Technique

# Needle retention: 20–30 min (reference, course-planning numbers).
RETENTION_MINUTES = range(20, 31)
DEFAULT_RETENTION_MINUTES = 25

NEEDLING = frozenset(
    {Technique.LOCAL_NEEDLING, Technique.DISTAL_NEEDLING, Technique.ELECTROACUPUNCTURE}
)


@dataclass(frozen=True, slots=True)
class FrequencySetting:
    mode: EAFrequencyMode
    hertz: str  # as a practitioner writes it: "2", "100", "2/100"
    description: str


# Reference §3 (Han group; Wang et al. 2005 for dense-disperse).
EA_FREQUENCIES: dict[EAFrequencyMode, FrequencySetting] = {
    EAFrequencyMode.LOW: FrequencySetting(
        EAFrequencyMode.LOW, "2", "Low frequency, about 2 Hz (2–4 Hz); visible twitch"
    ),
    EAFrequencyMode.HIGH: FrequencySetting(
        EAFrequencyMode.HIGH, "100", "High frequency, 80–100 Hz; tingling without twitch"
    ),
    EAFrequencyMode.DENSE_DISPERSE: FrequencySetting(
        EAFrequencyMode.DENSE_DISPERSE, "2/100", "Dense-disperse: 2 Hz and 100 Hz alternating"
    ),
}
EA_DEFAULT_MODE = EAFrequencyMode.DENSE_DISPERSE
EA_PULSE_WIDTH_MS = (0.1, 0.5)  # [U] device-dependent: record as set
EA_DEFAULT_PULSE_WIDTH_MS = 0.2
EA_DEFAULT_MINUTES = 30  # trials often 30 min; equals retention

# Reference §4: dry/stationary cupping ≈5–15 min [U]; flash cupping is on-off.
CUPPING_DEFAULT_MINUTES: dict[CuppingType, int] = {
    CuppingType.DRY: 10,
    CuppingType.FIRE: 10,
    CuppingType.SLIDING: 5,
    CuppingType.FLASH: 3,
    CuppingType.WET: 5,
}
MOXA_DEFAULT_MINUTES: dict[MoxaType, int] = {
    MoxaType.STICK: 10,
    MoxaType.WARMING_NEEDLE: 15,
    MoxaType.ON_GINGER: 15,
    MoxaType.DIRECT_NON_SCARRING: 10,
}


@dataclass(frozen=True, slots=True)
class TechniqueInfo:
    technique: Technique
    consent: ConsentScope
    uses_needles: bool
    default_minutes: int


TECHNIQUES: dict[Technique, TechniqueInfo] = {
    Technique.LOCAL_NEEDLING: TechniqueInfo(
        Technique.LOCAL_NEEDLING, ConsentScope.NEEDLING, True, DEFAULT_RETENTION_MINUTES
    ),
    Technique.DISTAL_NEEDLING: TechniqueInfo(
        Technique.DISTAL_NEEDLING, ConsentScope.NEEDLING, True, DEFAULT_RETENTION_MINUTES
    ),
    Technique.ELECTROACUPUNCTURE: TechniqueInfo(
        Technique.ELECTROACUPUNCTURE, ConsentScope.ELECTROACUPUNCTURE, True, EA_DEFAULT_MINUTES
    ),
    Technique.CUPPING: TechniqueInfo(
        Technique.CUPPING, ConsentScope.CUPPING, False, CUPPING_DEFAULT_MINUTES[CuppingType.DRY]
    ),
    Technique.MOXIBUSTION: TechniqueInfo(
        Technique.MOXIBUSTION, ConsentScope.MOXIBUSTION, False, MOXA_DEFAULT_MINUTES[MoxaType.STICK]
    ),
}


def consent_needed(technique: Technique) -> ConsentScope:
    """Which consent a technique needs (both kinds of needling share one)."""
    return TECHNIQUES[technique].consent


def needles_for(bilateral_side: bool) -> int:
    """Needles a prescription takes: two for a bilateral point, otherwise one."""
    return 2 if bilateral_side else 1
