"""Writing a file the program makes (a PDF, an export, a calendar): all of it or nothing.

A half-written file never replaces a good one, and a file that may hold personal data is
readable by its owner only (on Linux and macOS).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from peerdesk.core.errors import StorageError
from peerdesk.core.text import translate


def write_atomically(path: Path, data: bytes, *, private: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Raises ``StorageError`` with a readable reason; nothing is left behind on failure.
    """
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise StorageError(
            translate("files", "Cannot save {path}: that is a folder, not a file name.").format(
                path=path
            )
        )
    if not folder.is_dir():
        raise StorageError(
            translate("files", "Cannot save {path}: the folder {folder} does not exist.").format(
                path=path, folder=folder
            )
        )
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if os.name == "posix":
            os.chmod(temporary, 0o600 if private else 0o644)
        os.replace(temporary, path)
    except OSError as error:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        reason = error.strerror or str(error)
        raise StorageError(
            translate("files", "Cannot save {path}: {reason}.").format(
                path=path, reason=reason.lower()
            )
        ) from None


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
