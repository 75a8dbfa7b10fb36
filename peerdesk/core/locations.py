"""Where a database should not live: network shares and cloud-sync folders.

SQLite's write-ahead log needs every program using the file on one computer, with working file
locks; network file systems break the locks, and sync programs copy a live file half-way through
a save and may bring back an old copy. Either can corrupt the database, so peerdesk warns.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path, PurePath

from peerdesk.core.text import translate

CLOUD_FOLDERS = (
    "onedrive",
    "dropbox",
    "icloud drive",
    "icloud~",
    "mobile documents",
    "google drive",
    "googledrive",
    "my drive",
    "nextcloud",
    "owncloud",
    "box sync",
    "pcloud",
    "mega",
)
NETWORK_FILE_SYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "fuse.sshfs",
    "davfs",
    "fuse.davfs2",
    "9p",
    "afpfs",
    "fuse.rclone",
}


def _mounts() -> list[tuple[str, str]]:
    """(mount point, file system type) from /proc/mounts, where there is one."""
    try:
        with open("/proc/mounts", encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            found.append((parts[1].replace("\\040", " "), parts[2]))
    return found


def location_warning(
    path: Path | PurePath, *, mounts: Sequence[tuple[str, str]] | None = None
) -> str | None:
    """A plain-words warning if ``path`` is on a network share or in a cloud-sync folder."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return translate(
            "locations",
            "The database {path} is on a network share. Keep it on this computer's "
            "own disk: over a network the file can be damaged. Use the backups to "
            "keep a copy elsewhere.",
        ).format(path=path)
    for part in path.parts:
        lowered = part.lower()
        if any(lowered == name or lowered.startswith(name) for name in CLOUD_FOLDERS):
            return translate(
                "locations",
                "The database {path} is in a folder that a sync program ({part}) copies. "
                "Syncing a database while it is open can damage it or bring back an old "
                "copy: keep it outside that folder, and let peerdesk's backups make the "
                "copies.",
            ).format(path=path, part=part)
    table = _mounts() if mounts is None and os.name == "posix" else (mounts or [])
    best = ("", "")
    for point, kind in table:
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best[0]):
            best = (point, kind)
    if best[1] in NETWORK_FILE_SYSTEMS:
        return translate(
            "locations",
            "The database {path} is on a network drive ({best}). Keep it on this "
            "computer's own disk: over a network the file can be damaged.",
        ).format(path=path, best=best[1])
    return None
