"""Translations and the locale: which language the screens speak and how dates are written.

Every word on screen goes through Qt's translation mechanism: ``self.tr("…")`` inside a
``QObject`` (its context is the class), or the module-level ``tr`` here (imported as ``_tr``)
for text made outside one, such as an item model's headings. ``pyside6-lupdate`` finds both;
it files the module-level ones under the empty context, which is why ``tr`` asks for that
context too (``packaging/translations.py`` passes ``-tr-function-alias tr+=_tr``). Words kept
in a table until shown are marked with ``_N`` (``mark``) and translated with ``_tr`` later.

English is the language the program is written in, so it needs no catalogue at run time.
Another language is a ``resources/translations/peerdesk_<code>.qm`` made from its ``.ts``
(see "Adding a language" in the README); the program picks it by the system's locale, or by
``--language CODE`` / ``PEERDESK_LANGUAGE``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from peerdesk.core.text import install_translator

LANGUAGE_VARIABLE = "PEERDESK_LANGUAGE"
CATALOGUE = "peerdesk"
# Where the system says only "C" or "POSIX" (a bare server, a CI machine), write dates as in
# the UK, where the groups peerdesk was made for meet.
FALLBACK_LOCALE = "en_GB"


def tr(text: str) -> str:
    """``text`` in the chosen language (for text made outside a ``QObject``)."""
    return QCoreApplication.translate("", text)


def mark(text: str) -> str:
    """Marks ``text`` for the catalogue where it is written (in a table of headings, say) and
    returns it unchanged; it is translated where it is shown, with ``_tr(variable)``. Import it
    as ``_N``: ``packaging/translations.py`` tells ``pyside6-lupdate`` that name."""
    return text


def translations_folder() -> Path | None:
    try:
        from peerdesk.resources import resource_path

        return resource_path("translations")
    except FileNotFoundError:
        return None


def choose_locale(language: str | None = None) -> QLocale:
    """The locale asked for (``--language``, then ``PEERDESK_LANGUAGE``), else the system's."""
    wanted = language or os.environ.get(LANGUAGE_VARIABLE) or ""
    locale = QLocale(wanted) if wanted else QLocale.system()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(FALLBACK_LOCALE)
    return locale


def install_translations(
    app: QCoreApplication, locale: QLocale, folder: Path | None = None
) -> list[QTranslator]:
    """Make ``locale`` the default (numbers and dates) and load its catalogues into ``app``:
    Qt's own (the words on standard buttons) and peerdesk's. Returns the translators loaded;
    a language without a catalogue simply stays in English."""
    QLocale.setDefault(locale)
    install_translator(QCoreApplication.translate)  # the core's messages, too
    folder = folder if folder is not None else translations_folder()
    wanted = [(CATALOGUE, str(folder))] if folder is not None else []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted.insert(0, ("qtbase", qt_folder))
    loaded: list[QTranslator] = []
    for name, where in wanted:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            translator.deleteLater()
    return loaded
