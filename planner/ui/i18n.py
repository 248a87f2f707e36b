"""The language and the locale, chosen once at start (issue 24).

The language is the preference (File ▸ Preferences: English, Français) or, when it says
"System language", the system's; a language AcuPlanner has no translation for reads in
English. Its compiled translation (``acuplanner_fr.qm``, built from the ``.ts`` by
``make``) and Qt's own (the standard buttons and dialogs) are installed on the
application; :mod:`planner.domain.i18n` is pointed at Qt's translator so the services'
and the domain's messages follow; :mod:`planner.formats` gets the locale and the date
style, so screens and documents write dates, times and numbers the same way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner import formats
from planner.domain import i18n

log = logging.getLogger(__name__)

TRANSLATED = ("fr",)  # languages with an acuplanner_<lang>.qm


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # "en" or "fr"
    locale: str  # the CLDR/Qt locale name: "fr_CA"


def choose_language(preference: str, system: QLocale) -> Language:
    """The language and locale to use: the preference, else the system's when translated."""
    system_code = QLocale.languageToCode(system.language())
    code = preference or system_code
    if code not in TRANSLATED:
        code = "en"
    if system_code == code and "_" in system.name():  # a territory: fr_CA, not C
        return Language(code, system.name())
    return Language(code, f"{code}_CA")  # Canadian by default: the clinics we serve


def _translation_file(code: str) -> str | None:
    try:
        found = resources.files("planner.resources.translations") / f"acuplanner_{code}.qm"
        return str(found) if found.is_file() else None
    except (ModuleNotFoundError, OSError):
        return None


def _qt_translator(translator: QTranslator, code: str) -> bool:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator.load(f"qtbase_{code}", folder)


def start_language(app: QCoreApplication, preference: str, date_style: str) -> Language:
    """Install the translators on ``app`` and set the locale; English when none loads."""
    language = choose_language(preference, QLocale.system())
    QLocale.setDefault(QLocale(language.locale))
    formats.configure(language.locale, date_style)
    i18n.install(_qt_translate)
    if language.code == "en":
        return language
    path = _translation_file(language.code)
    if path is None or not install_translators(app, language.code, path):
        log.warning("no translation for %s: run make (it builds the .qm files)", language.code)
        return Language("en", language.locale)
    return language


def install_translators(app: QCoreApplication, code: str, path: str) -> list[QTranslator]:
    """Ours from ``path`` (a compiled .qm) and Qt's own for ``code`` (the standard buttons
    and dialogs), installed on ``app`` as its children; [] when ours does not load."""
    ours = QTranslator(app)
    if not ours.load(path):
        ours.deleteLater()
        return []
    app.installTranslator(ours)
    installed = [ours]
    qt = QTranslator(app)
    if _qt_translator(qt, code):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
