"""Words for people, in their language: the one door every user-visible string goes through.

Every string a person reads is written in English in the code and passed through
:func:`translate` with a *context* (a short name for the screen or module it belongs to),
exactly as Qt's ``QCoreApplication.translate`` takes it, so that Qt's ``lupdate`` finds it
and puts it into ``resources/translations/acuplanner_fr.ts`` for a translator. The domain
knows no Qt: until the application installs Qt's translator with :func:`install` (at
start, :mod:`planner.ui.i18n`), text comes back in English, which is what the command line
and the tests see.

Counts are written once with ``%n`` and an English plural in brackets, as Qt's own
convention has it: ``translate("course", "%n session(s)", n=count)``. A translation gives
the language's real plural forms (French has two, and 0 takes the singular); English is
finished here, by :func:`english_plural`, so no English translation file is needed.

Placeholders are named (``{patient}``) and filled with ``str.format`` *after*
translating, never an f-string inside the call: the translator must see the same text
the code looks up. Strings declared in a table and translated where they are shown are
marked with :func:`QT_TRANSLATE_NOOP` so that ``lupdate`` sees them too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, source text, disambiguation, count or -1) -> the text to show
Translator = Callable[[str, str, str | None, int], str]

_ENGLISH_PLURAL = re.compile(r"\((s|es)\)")


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated


def english_plural(text: str, n: int) -> str:
    """``"%n session(s)"`` read for ``n``: ``"1 session"``, ``"2 sessions"``, ``"0 sessions"``."""
    if n < 0:
        return text
    return _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", text.replace("%n", str(n)))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (English until a translator is installed).

    ``n`` is the count for a text written with ``%n``; ``disambiguation`` tells apart two
    uses of the same English words that another language may word differently.
    """
    return english_plural(_translator(context, text, disambiguation, n), n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``lupdate`` where it is declared; it is translated where shown."""
    del context
    return text


def install(translator: Translator) -> None:
    """Send every :func:`translate` to ``translator`` (Qt's, once the app has started)."""
    global _translator
    _translator = translator


def reset() -> None:
    """Back to English (tests, and the command line after a window closed)."""
    install(_untranslated)
