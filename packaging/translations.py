"""Keep the translation catalogues in step with the program, and add a language.

    python packaging/translations.py update       # after changing words on screen or paper
    python packaging/translations.py add cy       # start a new language (here Welsh)
    python packaging/translations.py release      # .ts → .qm, for every language

``update`` reads every file of the window (``peerdesk/ui``), of the core (whose messages the
window shows) and of the printing layer (``peerdesk/printing``: the printed sheets' own headings,
labels and notes) with Qt's ``pyside6-lupdate``, writes ``resources/translations/peerdesk_en.ts``
(every sentence the program can show or print: the list a translator starts from) and refreshes each
``peerdesk_<code>.ts`` already there, keeping what is translated. A translator opens their
``.ts`` in Qt Linguist (``pyside6-linguist``), and ``release`` turns it into the ``.qm`` the
program loads (see ``peerdesk/ui/i18n.py``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The window, the core whose messages it shows and the printed sheets: the core and printing
# both write their words through ``peerdesk.core.text.translate``.
SOURCES = (ROOT / "peerdesk" / "ui", ROOT / "peerdesk" / "core", ROOT / "peerdesk" / "printing")
FOLDER = ROOT / "resources" / "translations"
CATALOGUE = "peerdesk"
SOURCE_LANGUAGE = "en"
# Module-level ``_tr("…")`` is Qt's ``tr`` under another name, and ``_N("…")`` its marker for
# words translated later (see peerdesk/ui/i18n.py).
_LUPDATE_OPTIONS = (
    *("-tr-function-alias", "tr+=_tr,QT_TR_NOOP+=_N"),
    *("-locations", "none", "-no-obsolete"),
)


def _tool(name: str) -> str:
    """A Qt tool that came with PySide6: beside this Python, or on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found: install the project first (pip install -e .).")
    return found


def catalogue_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def _sources() -> list[str]:
    return [str(path) for folder in SOURCES for path in sorted(folder.rglob("*.py"))]


def extract(target: Path, language: str) -> None:
    """Write (or refresh) ``target`` with every translatable sentence of the window."""
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [
        _tool("pyside6-lupdate"),
        *_LUPDATE_OPTIONS,
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        *_sources(),
        "-ts",
        str(target),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def languages(folder: Path = FOLDER) -> list[str]:
    found = (re.fullmatch(rf"{CATALOGUE}_(\w+)\.ts", p.name) for p in folder.glob("*.ts"))
    return sorted(match.group(1) for match in found if match)


def update(folder: Path = FOLDER) -> list[Path]:
    written = []
    for language in sorted({SOURCE_LANGUAGE, *languages(folder)}):
        extract(catalogue_path(language, folder), language)
        written.append(catalogue_path(language, folder))
    return written


def add(language: str, folder: Path = FOLDER) -> Path:
    if not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", language):
        raise SystemExit(f"{language!r} is not a language code such as cy, pl or pt_BR.")
    target = catalogue_path(language, folder)
    if target.exists():
        raise SystemExit(f"{target} is already there; use update to refresh it.")
    extract(target, language)
    return target


def release(folder: Path = FOLDER) -> list[Path]:
    made = []
    for language in languages(folder):
        if language == SOURCE_LANGUAGE:
            continue  # the program is written in English: it needs no catalogue for it
        source = catalogue_path(language, folder)
        target = source.with_suffix(".qm")
        command = [_tool("pyside6-lrelease"), str(source), "-qm", str(target)]
        subprocess.run(command, check=True, capture_output=True, text=True)
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, default=FOLDER, help=argparse.SUPPRESS)
    steps = parser.add_subparsers(dest="step", required=True)
    steps.add_parser("update", help="refresh every catalogue from the program's words")
    new = steps.add_parser("add", help="start a catalogue for a new language")
    new.add_argument("language", help="a code such as cy, pl or pt_BR")
    steps.add_parser("release", help="make the .qm files the program loads")
    args = parser.parse_args(argv)
    if args.step == "update":
        paths = update(args.folder)
    elif args.step == "add":
        paths = [add(args.language, args.folder)]
    else:
        paths = release(args.folder)
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
