"""Who is acting: the signed-in user as the services see them."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from functools import cache

from planner.domain.access import Action, allowed
from planner.domain.vocab import Role


@cache
def workstation_name() -> str:
    """This computer's host name, recorded with every audit row."""
    try:
        return socket.gethostname()[:255] or "unknown"
    except OSError:  # pragma: no cover - a machine without a host name
        return "unknown"


@dataclass(frozen=True, slots=True)
class Actor:
    """A signed-in user (or the command line acting for clinic IT when ``user_id`` is None)."""

    user_id: int | None
    username: str
    roles: frozenset[Role]
    full_name: str = ""
    workstation: str = ""

    def can(self, action: Action) -> bool:
        return allowed(self.roles, action)

    @property
    def is_clinical(self) -> bool:
        return Role.PRACTITIONER in self.roles


def command_line_actor() -> Actor:
    """Clinic IT at this computer's command line (``acuplanner users …``)."""
    return Actor(None, "command line", frozenset({Role.ADMIN}), "", workstation_name())
