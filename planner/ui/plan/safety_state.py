"""The safety panel's state, without a window: findings, acknowledgements, override reasons.

The services' ``check`` returns the findings for the plan or the session as typed, with
the acknowledgements and overrides already stored. What the practitioner ticks or types
now is kept here and combined with them locally (no round trip for a tick); on saving,
only the new ones go to the service, which stores and audits them. A ``warn`` finding
needs its box ticked; a ``block`` or ``refer`` finding a reason of at least
:data:`~planner.domain.courses_safety.OVERRIDE_REASON_MIN` characters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.courses_safety import (
    OVERRIDE_REASON_MIN,
    FindingKey,
    SafetyCheck,
    key_of,
)
from planner.domain.safety import Finding, Severity
from planner.domain.text import shown
from planner.services.resolution_notes import ResolutionNote


@dataclass(frozen=True, slots=True)
class SafetyRow:
    """One finding as the panel shows it."""

    key: FindingKey
    severity: Severity
    subject: str
    message: str
    action: str
    acknowledged: bool  # warn: ticked (now or earlier)
    reason: str  # block/refer: the override reason (as typed, or as stored)
    stored: bool  # resolved earlier (stored with the plan or session)
    by: str = ""  # stored: who acknowledged or overrode it
    at: dt.datetime | None = None  # stored: when (UTC)

    @property
    def needs_reason(self) -> bool:
        return self.severity != Severity.WARN

    @property
    def resolved(self) -> bool:
        if self.needs_reason:
            return len(self.reason.strip()) >= OVERRIDE_REASON_MIN
        return self.acknowledged


class SafetyState:
    def __init__(self) -> None:
        self._check = SafetyCheck(())
        self._acknowledged: set[FindingKey] = set()
        self._reasons: dict[FindingKey, str] = {}
        self._notes: Mapping[FindingKey, ResolutionNote] = {}

    def set_notes(self, notes: Mapping[FindingKey, ResolutionNote]) -> None:
        """Who resolved each stored finding, and when (from the plan or session view)."""
        self._notes = notes

    def update(self, check: SafetyCheck) -> None:
        """New findings from the service (stored resolutions included); what was ticked
        or typed for a finding that is still there stays."""
        self._check = check

    def reset(self) -> None:
        """After a save: everything given now is stored, and comes back from the service."""
        self._acknowledged.clear()
        self._reasons.clear()

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self._check.findings

    def acknowledge(self, key: FindingKey, on: bool) -> None:
        if on:
            self._acknowledged.add(key)
        else:
            self._acknowledged.discard(key)

    def set_reason(self, key: FindingKey, text: str) -> None:
        self._reasons[key] = text

    def rows(self) -> list[SafetyRow]:
        stored_acks, stored_reasons = self._check.acknowledged, self._check.overrides
        rows = []
        for finding in self._check.findings:
            key = key_of(finding)
            reason = self._reasons.get(key, stored_reasons.get(key, ""))
            stored = key in stored_acks or (
                key in stored_reasons and reason.strip() == stored_reasons[key]
            )
            note = self._notes.get(key) if stored else None
            rows.append(
                SafetyRow(
                    key,
                    finding.severity,
                    finding.subject,
                    shown("safety", finding.message),
                    shown("safety", finding.action),
                    key in stored_acks or key in self._acknowledged,
                    reason,
                    stored,
                    note.by if note is not None else "",
                    note.at if note is not None else None,
                )
            )
        return rows

    # --- what a save sends ------------------------------------------------------------------

    def new_acknowledgements(self) -> frozenset[FindingKey]:
        current = {key_of(f) for f in self._check.findings if f.severity == Severity.WARN}
        return frozenset(self._acknowledged & current)

    def new_overrides(self) -> dict[FindingKey, str]:
        """Reasons long enough to send (shorter ones still block, shown as such)."""
        stored = self._check.overrides
        current = {key_of(f) for f in self._check.findings if f.severity != Severity.WARN}
        return {
            key: text.strip()
            for key, text in self._reasons.items()
            if key in current
            and len(text.strip()) >= OVERRIDE_REASON_MIN
            and stored.get(key) != text.strip()
        }

    # --- whether it may be saved --------------------------------------------------------------

    @property
    def resolved(self) -> bool:
        return all(row.resolved for row in self.rows())

    def blocking(self) -> tuple[int, int]:
        """(cautions to acknowledge, findings waiting for an override reason)."""
        rows = self.rows()
        warn = sum(1 for r in rows if not r.needs_reason and not r.resolved)
        block = sum(1 for r in rows if r.needs_reason and not r.resolved)
        return warn, block
