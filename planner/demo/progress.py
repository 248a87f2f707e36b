"""How far the demo generator got: a progress bar on a terminal, plain lines elsewhere."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Protocol, TextIO


class Progress(Protocol):
    """Told how far the generator got; ``finish`` is called once, also after an error."""

    def update(self, done: int, total: int) -> None: ...

    def finish(self) -> None: ...


class TerminalProgress:
    """``[#####     ] 50% 25,000/50,000 patients`` redrawn in place on a terminal.

    Redraws at most ten times a second and ends the line when done. When the stream is
    not a terminal (a log file, a pipe) it prints a plain line at each quarter instead.
    """

    def __init__(
        self, stream: TextIO, *, width: int = 30, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._stream = stream
        self._width = width
        self._clock = clock
        self._tty = _is_tty(stream)
        self._last_draw = -math.inf
        self._line_open = False
        self._next_quarter = 1

    def update(self, done: int, total: int) -> None:
        if total <= 0:
            return
        if self._tty:
            self._draw(done, total)
        else:
            self._print_quarters(done, total)

    def finish(self) -> None:
        if self._line_open:
            self._stream.write("\n")
            self._stream.flush()
            self._line_open = False

    def _draw(self, done: int, total: int) -> None:
        now = self._clock()
        if done < total and now - self._last_draw < 0.1:
            return
        self._last_draw = now
        filled = self._width * done // total
        bar = "#" * filled + " " * (self._width - filled)
        self._stream.write(f"\r[{bar}] {100 * done // total:3d}% {done:,}/{total:,} patients")
        self._stream.flush()
        self._line_open = True
        if done >= total:
            self.finish()

    def _print_quarters(self, done: int, total: int) -> None:
        quarter = 4 * done // total
        if quarter < self._next_quarter:
            return
        self._next_quarter = quarter + 1
        self._stream.write(f"demo: {done:,}/{total:,} patients ({100 * done // total}%)\n")
        self._stream.flush()


def _is_tty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
