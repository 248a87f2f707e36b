"""Rules about the patient as a whole: red flags (reference §6) and consent (§5)."""

from __future__ import annotations

from collections.abc import Iterator

from planner.domain.red_flags import RED_FLAGS
from planner.domain.safety.base import PATIENT, Case, Finding, Rule, block, refer
from planner.domain.techniques import consent_needed
from planner.domain.vocab import RedFlag

# --- Red flags: reference §6 -------------------------------------------------------------


def _red_flags(case: Case) -> Iterator[Finding]:
    for flag in RedFlag:  # vocabulary order: cauda equina first
        if flag in case.patient.red_flags:
            info = RED_FLAGS[flag]
            yield refer(f"red_flag.{flag.value}", PATIENT, info.message, info.action)


# --- Consent: reference §5 (no consent = absolute) ----------------------------------------


def _consent(case: Case) -> Iterator[Finding]:
    consents = case.plan.consents
    if consents is None:
        return
    for technique in sorted(case.plan.techniques):
        scope = consent_needed(technique)
        if scope not in consents:
            yield block(
                "consent.missing",
                technique.value,
                f"The patient has not consented to {scope.value.replace('_', ' ')}.",
                "Record the patient's consent before planning this technique, or leave it out.",
            )


RULES: tuple[Rule, ...] = (
    _red_flags,
    _consent,
)
