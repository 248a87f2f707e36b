"""What the French build still shows in English, per window of the catalog (see
tests/ui/test_french_build.py): ``"<widget kind> '<text>'"`` descriptions."""

from __future__ import annotations

KNOWN_ENGLISH: dict[str, set[str]] = {}
