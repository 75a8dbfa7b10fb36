"""Translations: the catalogue is complete, and adding a language changes every word on screen.

The second test does what the README's "Adding a language" says, into a temporary folder: it
starts a catalogue for a language, fills it (here with every sentence in ⟦brackets⟧, so that
anything left untranslated stands out), makes the ``.qm`` and opens the window in that
language. Every label, button, menu, tab and accessible name on every page must then show a
bracket: a word that does not went round the translation mechanism.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.i18n import install_translations
from peerdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PSEUDO = "eo"  # a language peerdesk does not ship: the test makes its own catalogue
OPEN, CLOSE = "⟦", "⟧"
QT_OWN_PARTS = {"ScrollLeftButton", "ScrollRightButton"}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> set[tuple[str, str]]:
    tree = ElementTree.parse(path)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def test_the_catalogue_lists_every_sentence_of_the_window(tmp_path: Path) -> None:
    tool = _tool()
    fresh = tmp_path / "peerdesk_en.ts"
    tool.extract(fresh, "en")
    committed = _messages(tool.catalogue_path("en"))
    made = _messages(fresh)
    assert len(made) > 1000
    missing = sorted(made - committed)[:10]
    stale = sorted(committed - made)[:10]
    assert not missing and not stale, (
        "resources/translations/peerdesk_en.ts is out of date: run "
        f"'python packaging/translations.py update'. New: {missing}; gone: {stale}"
    )


def _fill(catalogue: Path) -> int:
    """Translate every message of ``catalogue`` as ⟦source⟧; returns how many."""
    tree = ElementTree.parse(catalogue)
    count = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = OPEN + (message.findtext("source") or "") + CLOSE
        translation.attrib.pop("type", None)  # no longer "unfinished"
        count += 1
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    return count


@pytest.fixture
def pseudo_language(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    tool = _tool()
    folder = tmp_path / "translations"
    catalogue = tool.add(PSEUDO, folder)
    assert _fill(catalogue) > 1000
    (made,) = tool.release(folder)
    assert made.stat().st_size > 0
    translators = install_translations(qapp, QLocale(PSEUDO), folder)
    assert len(translators) >= 1
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_GB"))


def _shown_text(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        texts.append(widget.title())
        texts += [action.text() for action in widget.actions() if not action.isSeparator()]
    return texts


def _untranslated(root: QWidget, data: set[str]) -> set[str]:
    """Words shown under ``root`` that did not go through a catalogue.

    ``data`` is what the records themselves say (names of groups, people and venues), which is
    not the program's to translate."""
    found = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in QT_OWN_PARTS:
            continue  # translated by Qt's own catalogue, which has no pseudo-language
        for text in _shown_text(widget):
            plain = text.replace("&", "").strip()
            if not any(ch.isalpha() for ch in plain) or OPEN in plain:
                continue
            if plain in data or any(plain.startswith(d) for d in data if len(d) > 3):
                continue
            found.add(f"{type(widget).__name__} {widget.objectName()!r}: {plain[:60]!r}")
    return found


def test_a_new_language_reaches_every_word_of_every_page(
    qtbot: QtBot, pseudo_language: None, demo_store: Store, today: dt.date
) -> None:
    from peerdesk.core import groups, people, venues

    window = MainWindow(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    data = {g.name for g in groups.list_groups(demo_store, today=today, include_archived=True)}
    data |= {v.name for v in venues.list_venues(demo_store, include_archived=True)}
    data |= {p.preferred_name for p in people.list_people(demo_store, include_archived=True)}
    assert OPEN in window.menuBar().actions()[0].text()
    found: set[str] = set()
    for number in range(window.navigation.count()):
        window.show_page(number)
        qtbot.wait(10)
        assert OPEN in window.navigation.item(number).text()
        found |= _untranslated(window, data)
    assert not found, "\n" + "\n".join(sorted(found))
