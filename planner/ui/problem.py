"""What went wrong with a form, as presenters report it to their widgets (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.errors import PlannerError, ValidationError


@dataclass(frozen=True, slots=True)
class Problem:
    """A message for the user; ``field`` names the form field it is about (or None)."""

    message: str
    field: str | None = None

    @classmethod
    def of(cls, error: PlannerError) -> Problem:
        """A ValidationError is shown at its field; anything else as a message."""
        if isinstance(error, ValidationError):
            return cls(error.message, error.field)
        return cls(error.user_text())
