"""Render the app icon (resources/icons/peerdesk.svg) to the PNGs and the .ico the packages use.

    .venv/bin/python packaging/render_icons.py

Writes ``packaging/linux/icons/hicolor/<N>x<N>/apps/peerdesk.png`` for the Linux icon theme
sizes and ``packaging/windows/peerdesk.ico`` (the same images, PNG-compressed, one file). Run it
again after changing the SVG, and commit what it writes. Uses Qt's own SVG renderer, offscreen.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "peerdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "peerdesk.ico"


def render_png(svg: Path, size: int, target: Path) -> bytes:
    """``svg`` drawn into a transparent ``size``x``size`` square, saved as ``target`` (a PNG);
    returns the file's bytes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):  # the format follows the name: .png
        raise OSError(f"could not write {target}")
    return target.read_bytes()


def ico_file(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding PNG images (allowed since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    directory = b""
    images = b""
    offset = len(header) + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + directory + images


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / "peerdesk.png"
        pngs[size] = render_png(SOURCE, size, target)
        print(f"wrote {target.relative_to(ROOT)}")
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_file(pngs))
    print(f"wrote {ICO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
