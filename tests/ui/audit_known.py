"""What the audits of issue 24 find today, window by window: each test fails on a finding
not listed here, and on a listed one that no longer occurs (a fix deletes its line).

- ``KNOWN_UNNAMED`` (tests/ui/test_a11y_audit.py): controls with no usable accessible name,
  and check boxes of one window sharing a name — issue 24, item 3.
- ``KNOWN_UNREAD_ANSWERS`` (same test): Yes/No questions whose answer a screen reader
  cannot read — issue 24, item 2.
- ``KNOWN_CLIPPED`` (tests/ui/test_scaling_fit.py): controls off the screen or cut off,
  as ``control @ screen xscale`` — issue 24, item 1.
- ``KNOWN_LOW_CONTRAST`` (tests/ui/test_dark_contrast.py): labels under 4.5:1, as
  ``label 'its words' [theme]`` — issue 24, item 4 (dark themes, hints drawn disabled).

Controls are described by :func:`tests.ui.audit_kit.describe` (class, text, object name,
group); ``(2)`` counts alike ones in creation order.
"""

from __future__ import annotations

# Issue 24, item 3: no usable accessible name.
KNOWN_UNNAMED: dict[str, set[str]] = {}

# Issue 24, item 2: a Yes/No answer a screen reader cannot read.
KNOWN_UNREAD_ANSWERS: dict[str, set[str]] = {}

# Issue 24, item 1: clipped at a screen size and scale factor.
KNOWN_CLIPPED: dict[str, set[str]] = {}

# Issue 24, item 4: text under WCAG AA in a light or dark theme.
KNOWN_LOW_CONTRAST: dict[str, set[str]] = {}
