"""The core knows no Qt and no reportlab: it can be driven from a script with no display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import peerdesk.core

CORE = Path(peerdesk.core.__file__).parent


def test_importing_every_core_module_loads_no_qt_or_reportlab() -> None:
    modules = sorted(
        "peerdesk.core." + str(p.relative_to(CORE).with_suffix("")).replace("/", ".")
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py" and "versions" not in p.parts and p.name != "env.py"
    )
    assert "peerdesk.core.storage" in modules
    script = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + (
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab')"
            " or m.startswith(('peerdesk.ui', 'peerdesk.printing'))]\nprint(bad)\n"
        )
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
