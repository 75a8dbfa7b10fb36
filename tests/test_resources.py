"""Resources are found through one helper, in a checkout and in a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from peerdesk.resources import resource_path, resources_root


def test_the_app_icon_is_found() -> None:
    icon = resource_path("icons", "peerdesk.svg")
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_a_missing_resource_says_which(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"no-such-file\.txt"):
        resource_path("no-such-file.txt")


def test_a_frozen_bundle_is_looked_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_root() == tmp_path / "resources"
