"""The one place the application asks for "now".

Every layer that needs the current time (storage defaults, services, the room board) takes
it from ``utc_now`` here, or receives a clock callable built on it, so tests can pass a fixed
clock and no layer reaches into another for the time. Standard library only.
"""

from __future__ import annotations

import datetime as dt


def utc_now() -> dt.datetime:
    """The current time, time-zone aware, in UTC."""
    return dt.datetime.now(dt.UTC)
