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
KNOWN_CLIPPED: dict[str, set[str]] = {
    "main window: practitioner, patients": {  # issue 24, item 1
        "QTabBar @ 1366x768 x2",
    },
    "main window: practitioner, appointments": {  # issue 24, item 1
        "QTabBar @ 1366x768 x2",
    },
    "main window: reception, appointments": {  # issue 24, item 1
        "QTabBar @ 1366x768 x2",
    },
    "main window: reception, patients": {  # issue 24, item 1
        "QTabBar @ 1366x768 x2",
    },
    "patient overview": {  # issue 24, item 1
        "QTabBar @ 1366x768 x2",
    },
    "patient overview: review due": {  # issue 24, item 1
        "QTabBar @ 1366x768 x2",
    },
    "registration dialog": {  # issue 24, item 1
        "QPushButton 'Cancel' @ 1366x768 x2",
        "QPushButton 'Register patient' @ 1366x768 x2",
    },
    "patient details dialog": {  # issue 24, item 1
        "QPushButton 'Archive patient' @ 1366x768 x2",
        "QPushButton 'Cancel' @ 1366x768 x2",
        "QPushButton 'Save' @ 1366x768 x2",
    },
    "payment dialog": {  # issue 24, item 1
        "QComboBox #field_method @ 1366x768 x2",
        "QLineEdit #field_reference @ 1366x768 x2",
        "QPushButton 'Close' @ 1366x768 x2",
        "QPushButton 'Refund…' @ 1366x768 x2",
        "QPushButton 'Take payment' @ 1366x768 x2",
        "QTableWidget #field_pay @ 1366x768 x2",
        "QTableWidget @ 1366x768 x2",
    },
    "admin audit trail": {  # issue 24, item 1
        "QCheckBox 'To' @ 1366x768 x2",
        "QPushButton 'Close' @ 1366x768 x2",
        "QPushButton 'Show' @ 1366x768 x2",
        "QTableView @ 1366x768 x2",
    },
    "admin clinic settings": {  # issue 24, item 1
        "QPlainTextEdit #field_address in 'Clinic' @ 1366x768 x1.5",
        "QPlainTextEdit #field_address in 'Clinic' @ 1366x768 x2",
        "QPlainTextEdit #field_address in 'Clinic' @ 1920x1080 x2",
        "QPushButton 'Add' in 'Treatment rooms' @ 1366x768 x2",
        "QPushButton 'Cancel' @ 1366x768 x1.5",
        "QPushButton 'Cancel' @ 1366x768 x2",
        "QPushButton 'Save' @ 1366x768 x1.5",
        "QPushButton 'Save' @ 1366x768 x2",
        "_NameBox 'Room name' #field_name in 'Treatment rooms' @ 1366x768 x2",
    },
}

# Issue 24, item 4: text under WCAG AA in a light or dark theme.
KNOWN_LOW_CONTRAST: dict[str, set[str]] = {}
