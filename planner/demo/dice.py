"""Quick random draws for the demo: all of its randomness goes through one ``Dice``."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from typing import Any, TypeVar

T = TypeVar("T")


class Dice:
    """Quick draws from one ``random.Random``: all of the demo's randomness goes through it."""

    __slots__ = ("_rng", "random")

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self.random = rng.random

    def below(self, count: int) -> int:
        """A whole number from 0 to ``count - 1``."""
        return int(self.random() * count)

    def between(self, low: int, high: int) -> int:
        """A whole number from ``low`` to ``high``, both included."""
        return low + int(self.random() * (high - low + 1))

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def weighted(self, items: Sequence[T], cumulative: Sequence[float]) -> T:
        """One of ``items``, chosen by cumulative weights (as ``random.choices``)."""
        return items[bisect.bisect(cumulative, self.random() * cumulative[-1])]

    def sample(self, items: Sequence[T], count: int) -> list[T]:
        """``count`` different items (few, from a longer list), in the order drawn."""
        chosen: list[T] = []
        count = min(count, len(items))
        while len(chosen) < count:
            item = items[int(self.random() * len(items))]
            if item not in chosen:
                chosen.append(item)
        return chosen

    def bits(self, count: int) -> int:
        return self._rng.getrandbits(count)


def weighted(pairs: Sequence[tuple[Any, ...]]) -> tuple[list[Any], list[int]]:
    """Values and cumulative weights, for :meth:`Dice.weighted`."""
    return [pair[0] for pair in pairs], list(itertools.accumulate(pair[1] for pair in pairs))
