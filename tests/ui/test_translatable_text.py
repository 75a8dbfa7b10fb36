"""Every word the window shows goes through Qt's translation mechanism.

Read from the source, so that a new label written without ``tr`` fails here at once: a string
written straight into a widget's text, title, tooltip or accessible name; an f-string inside
``tr`` (the catalogue cannot hold it); and ``other.tr(...)``, whose context the catalogue tool
cannot know (it files it under the variable's name, so the translation would never be found).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "peerdesk" / "ui"

# Method name → the positions of its arguments that are shown to a person.
SETTERS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setCancelButtonText": (0,),
    "setButtonText": (1,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setTabText": (1,),
    "setItemText": (1,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setHtml": (0,),
    "setPlainText": (0,),
    "showMessage": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "addItem": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addRow": (0,),
    "addButton": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QToolButton": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QCommandLinkButton": (0, 1),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getOpenFileName": (1,),
    "getSaveFileName": (1,),
    "getExistingDirectory": (1,),
}
# Keyword arguments that are shown to a person, wherever they appear.
SHOWN_KEYWORDS = {"text", "title", "caption", "toolTip", "placeholderText", "label"}
# Names of the program, not words to translate.
PROPER_NAMES = {"peerdesk"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(UI.parent.parent)}:{self.line}: {self.what}"


def _called_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return ""


def _has_words(text: str) -> bool:
    words = re.sub(r"<[^>]*>", "", text)  # markup around translated parts is not words
    return any(ch.isalpha() for ch in words) and words.strip() not in PROPER_NAMES


def _untranslated(node: ast.AST) -> str | None:
    """The literal text in ``node`` if it would reach the screen without translation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return literal if _has_words(literal) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    return None


def findings_in(path: Path) -> list[Finding]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    lines = source.splitlines()
    found: list[Finding] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name in ("tr", "_tr", "translate"):
            text = node.args[-1] if node.args else None
            if isinstance(text, ast.JoinedStr):
                found.append(Finding(path, node.lineno, "an f-string inside tr()"))
            # A variable is fine where a comment says its words were marked with _N.
            if (
                text is not None
                and not (isinstance(text, ast.Constant) and isinstance(text.value, str))
                and not isinstance(text, ast.JoinedStr)
                and "_N" not in lines[node.lineno - 1].partition("#")[2]
                and path.name != "i18n.py"
            ):
                found.append(
                    Finding(
                        path, node.lineno, f"{name}() of a variable: the catalogue cannot see it"
                    )
                )
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if (
                name == "tr"
                and isinstance(receiver, ast.Name)
                and receiver.id not in ("self", "cls")
            ):
                found.append(Finding(path, node.lineno, f"{receiver.id}.tr(): use self.tr or _tr"))
            continue
        shown = [node.args[i] for i in SETTERS.get(name, ()) if i < len(node.args)]
        shown += [k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS]
        for argument in shown:
            text = _untranslated(argument)
            if text is not None:
                found.append(Finding(path, node.lineno, f"{name}({text!r}) is not translated"))
    return found


def test_the_checker_catches_what_it_should(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Hello')\n"
        "button.setText(f'Save {name}')\n"
        "box.setToolTip(self.tr('Fine'))\n"
        "QMessageBox.critical(self, 'peerdesk', message)\n"
        "x = parent.tr('Wrong context')\n"
        "y = self.tr(f'Count {n}')\n"
        "z.setText('—')\n"
        "w = _tr(words)\n"
        "v = _tr(marked)  # marked with _N\n",
        encoding="utf-8",
    )
    lines = sorted(f.line for f in findings_in(sample))
    assert lines == [1, 2, 5, 6, 8]


def test_every_shown_string_in_the_window_is_translatable() -> None:
    found = [f for path in sorted(UI.rglob("*.py")) for f in findings_in(path)]
    assert not found, "\n" + "\n".join(str(f) for f in found)
