"""Errors that carry a message safe to show a user.

Every error the application raises on purpose derives from :class:`PlannerError`. The
message never contains a patient's name or clinical text, so it can also be logged.
"""

from __future__ import annotations


class PlannerError(Exception):
    """Root of all expected errors; ``str(error)`` is a sentence for the user."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def user_text(self) -> str:
        """The message and, where there is one, what to do about it."""
        return f"{self.message} {self.hint}".strip()


class ValidationError(PlannerError):
    """A value typed by a user is not allowed; ``field`` names where it was typed."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class EnvironmentProblem(PlannerError):
    """Something outside the program went wrong: disk, permissions, server, lock."""


class DatabaseUnavailable(EnvironmentProblem):
    """The database cannot be reached or opened."""


class DatabaseTooNew(EnvironmentProblem):
    """The database was written by a newer AcuPlanner than this one."""


class ConfigurationError(PlannerError):
    """A setting or command-line value is malformed."""


class ConflictError(PlannerError):
    """Someone else saved the same record first; nothing was overwritten."""
