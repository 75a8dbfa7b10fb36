"""Warnings for databases on network shares and in cloud-sync folders; none on a local disk."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from peerdesk.core.locations import location_warning

MOUNTS = [("/", "ext4"), ("/home", "ext4"), ("/mnt/office", "cifs"), ("/srv/nfs", "nfs4")]


@pytest.mark.parametrize(
    ("path", "words"),
    [
        (PureWindowsPath(r"\\office-nas\shared\peerdesk.sqlite3"), "network share"),
        (PureWindowsPath(r"C:\Users\sam\OneDrive - Group\peerdesk.sqlite3"), "OneDrive"),
        (PurePosixPath("/home/sam/Dropbox/peerdesk.sqlite3"), "Dropbox"),
        (
            PurePosixPath("/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/p.sqlite3"),
            "sync program",
        ),
        (PurePosixPath("/home/sam/Google Drive/My Drive/p.sqlite3"), "Google Drive"),
        (PurePosixPath("/mnt/office/peerdesk/p.sqlite3"), "network drive (cifs)"),
        (PurePosixPath("/srv/nfs/p.sqlite3"), "network drive (nfs4)"),
    ],
)
def test_unsafe_places_are_named(path: PurePosixPath | PureWindowsPath, words: str) -> None:
    warning = location_warning(path, mounts=MOUNTS)
    assert warning is not None and words in warning


@pytest.mark.parametrize(
    "path",
    [
        PurePosixPath("/home/sam/.local/share/peerdesk/peerdesk.sqlite3"),
        PurePosixPath("/mnt/officer/p.sqlite3"),  # not inside /mnt/office
        PureWindowsPath(r"C:\Users\sam\AppData\Local\peerdesk\peerdesk.sqlite3"),
    ],
)
def test_a_local_disk_gets_no_warning(path: PurePosixPath | PureWindowsPath) -> None:
    assert location_warning(path, mounts=MOUNTS) is None


def test_the_real_mount_table_is_read(tmp_path: object) -> None:
    assert location_warning(PurePosixPath(str(tmp_path)) / "p.sqlite3") is None
