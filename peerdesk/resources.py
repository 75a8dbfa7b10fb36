"""Find files in ``resources/`` from a source checkout, an installed package or a frozen bundle.

Three places, tried in this order:

- a frozen bundle (PyInstaller): ``resources/`` inside the bundle (``packaging/peerdesk.spec``);
- a source checkout, or an editable install (``pip install -e .``): ``resources/`` beside the
  ``peerdesk`` package, so that an edited template is used at once;
- an installed wheel (``pip install peerdesk``): the wheel installs the folders as data into
  ``<prefix>/share/peerdesk/`` (see ``[tool.setuptools.data-files]`` in ``pyproject.toml``),
  found through the list of files the installer recorded.
"""

from __future__ import annotations

import functools
import sys
from importlib import metadata
from pathlib import Path

# A file every copy of the resources holds: it says which folder is the root.
_MARKER = ("icons", "peerdesk.svg")
_INSTALLED_MARKER = "/".join(("share", "peerdesk", *_MARKER))


def resources_root() -> Path:
    """The ``resources`` folder: inside the bundle when frozen, beside the package in a
    checkout, in ``<prefix>/share/peerdesk`` for an installed wheel."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen program
    if bundle is not None:
        return Path(bundle) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.joinpath(*_MARKER).is_file():
        return checkout
    installed = _installed_root()
    # Nothing found: name the checkout's folder, so that resource_path says what is missing.
    return installed if installed is not None else checkout


@functools.cache
def _installed_root() -> Path | None:
    """Where an installed wheel put the resources, from its record of installed files."""
    try:
        files = metadata.distribution("peerdesk").files or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.as_posix().endswith(_INSTALLED_MARKER):
            marker = Path(str(file.locate())).resolve()
            return marker.parent.parent
    return None


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("icons", "peerdesk.svg")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"peerdesk is missing one of its own files: {path}")
    return path
