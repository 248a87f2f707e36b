"""The shared UI kit: widgets used by more than one screen, so that no screen imports
another screen's package for them. ``inputs`` (score, choice, date and text inputs),
``dates`` (dates as typed, no Qt), ``message_bar`` (problems shown inside a window),
``headings`` (headings, value labels, captioned sections), ``question_dialogs`` (the
modal dialogs behind :mod:`planner.ui.questions`), ``layouts`` (the wrapping flow layout
and the frameless scroll area) and ``body_outline`` (the body chart).
Shared colours and style snippets are in :mod:`planner.ui.style`; field errors in
:mod:`planner.ui.forms`; messages and confirmations in :mod:`planner.ui.prompts`.
"""
