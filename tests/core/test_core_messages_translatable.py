"""Every message the core writes for a person goes through ``peerdesk.core.text.translate``.

Read from the source (no Qt), so that a new error written as a bare string fails here at once:
``raise SomeError("...")`` or ``raise SomeError(f"...")`` reaches the window untranslated, and
``translate(...)`` with an f-string or a computed text cannot be found by the catalogue tool
(``pyside6-lupdate`` reads the literal; the fields are filled afterwards with ``.format``).
Python's own exceptions (``ValueError`` ...) are for programmers and are not looked at.
"""

from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "peerdesk" / "core"
# Python's own exceptions mark programming mistakes, caught inside the core, never shown.
_BUILTIN_ERRORS = {
    name
    for name in dir(builtins)
    if isinstance(getattr(builtins, name), type)
    and issubclass(getattr(builtins, name), BaseException)
}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def _called_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return ""


def _is_translate_call(node: ast.AST) -> bool:
    """``translate(...)`` by that bare name (``text.translate(table)`` is str's own method)."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "translate"
    )


def _is_translate(node: ast.AST) -> bool:
    """``translate(...)`` or ``translate(...).format(...)``."""
    if _is_translate_call(node):
        return True
    function = node.func if isinstance(node, ast.Call) else None
    return (
        isinstance(function, ast.Attribute)
        and function.attr == "format"
        and _is_translate_call(function.value)
    )


def _is_literal_text(node: ast.AST) -> bool:
    """English written straight into the message: a literal, an f-string, or built from one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _is_literal_text(node.left) or _is_literal_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") and _is_literal_text(node.func.value)
    if isinstance(node, ast.IfExp):
        return _is_literal_text(node.body) or _is_literal_text(node.orelse)
    return False


def _is_plain_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _raised_error_message(node: ast.Raise) -> tuple[str, ast.AST] | None:
    call = node.exc
    if not isinstance(call, ast.Call) or not call.args:
        return None
    name = _called_name(call)
    if not name.endswith("Error") or name in _BUILTIN_ERRORS:
        return None
    return name, call.args[0]


def findings_in(path: Path) -> list[Finding]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise):
            raised = _raised_error_message(node)
            if raised is not None:
                name, message = raised
                if not _is_translate(message) and _is_literal_text(message):
                    found.append(Finding(path, node.lineno, f"{name}(...) with untranslated text"))
        elif _is_translate_call(node):
            assert isinstance(node, ast.Call)
            if any(isinstance(a, ast.JoinedStr) for a in node.args):
                found.append(Finding(path, node.lineno, "an f-string inside translate()"))
            elif len(node.args) != 2 or not all(_is_plain_literal(a) for a in node.args):
                found.append(
                    Finding(path, node.lineno, "translate() needs a literal context and text")
                )
    return found


def test_the_checker_catches_what_it_should(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "raise ValidationError('Plain English.')\n"
        "raise NotFoundError(f'No person {pid}.')\n"
        "raise errors.StorageError('Cannot ' + 'write.')\n"
        "raise ValidationError('{n} too many.'.format(n=n))\n"
        "raise ValidationError(translate('people', 'Fine.'))\n"
        "raise NotFoundError(translate('people', 'No person {id}.').format(id=pid))\n"
        "raise ValueError('a programming mistake, never shown')\n"
        "raise StorageError(message)\n"
        "x = translate('people', f'Count {n}')\n"
        "y = translate(context, 'Computed context')\n"
        "z = translate('people', text)\n"
        "raise ValidationError(str(error)) from error\n"
        "code = key.upper().translate(table)\n",
        encoding="utf-8",
    )
    lines = sorted(f.line for f in findings_in(sample))
    assert lines == [1, 2, 3, 4, 9, 10, 11]


def test_every_core_message_is_translatable() -> None:
    found = [f for path in sorted(CORE.rglob("*.py")) for f in findings_in(path)]
    assert not found, "\n" + "\n".join(str(f) for f in found)
