"""Words the core writes for people (error messages, reasons), translatable without Qt.

The core knows no Qt, yet its messages reach the window. So it writes them through
``translate(context, text)``, which does nothing until the window installs Qt's translator
(``peerdesk.ui.i18n.install_translations``); the command line stays in English. Qt's
``pyside6-lupdate`` finds these calls by their name, as it finds ``QCoreApplication.translate``,
so the sentences join the same catalogue (``packaging/translations.py``).

Write the sentence whole, with named fields filled in afterwards, so that a translator can
move them: ``translate("people", "{name} is already in the directory.").format(name=name)``,
never an f-string (the catalogue holds the sentence before the fields are filled).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Translator = Callable[[str, str], str]


def _untranslated(_context: str, text: str) -> str:
    return text


_translator: Translator = _untranslated


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language (English until a translator is installed)."""
    return _translator(context, text)


def install_translator(translator: Translator | None) -> None:
    """Used by the window: ``QCoreApplication.translate``; None goes back to English."""
    global _translator
    _translator = translator if translator is not None else _untranslated


def counted(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated, with a ``{count}`` field) for ``count``:
    ``counted(n, translate("x", "{count} email"), translate("x", "{count} emails"))``."""
    return (one if count == 1 else many).format(count=count)


def listed(names: Sequence[str]) -> str:
    """ "Ann", "Ann and Bo", "Ann, Bo and Cy": names in a sentence, in the chosen language."""
    if len(names) <= 1:
        return "".join(names)
    return translate("text", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )
