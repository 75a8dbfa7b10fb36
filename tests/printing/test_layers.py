"""Printing knows no Qt: the same PDF comes out of the GUI, the command line and a test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import peerdesk.printing

PRINTING = Path(peerdesk.printing.__file__).parent


def test_importing_every_printing_module_loads_no_qt_or_ui() -> None:
    modules = sorted(
        "peerdesk.printing." + str(p.relative_to(PRINTING).with_suffix("")).replace("/", ".")
        for p in PRINTING.rglob("*.py")
        if p.name != "__init__.py"
    )
    assert "peerdesk.printing.sheets.consent_form" in modules
    script = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.split('.')[0] == 'PySide6'"
        " or m.startswith('peerdesk.ui')]\nprint(bad)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
