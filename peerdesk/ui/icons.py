"""Icons drawn in one colour (``resources/icons/*.svg``), painted in the palette's colours.

The SVGs are drawn for 16 px in a single dark colour. Painted as they are they would vanish on
a dark window, so each is rendered at the screen's pixel ratio and filled with the palette's
text colour (and the highlighted-text colour for the selected row): dark mode and high contrast
get icons as readable as the words beside them.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QListWidget

from peerdesk.resources import resource_path


@cache
def _svg(name: str) -> QByteArray:
    return QByteArray(resource_path("icons", f"{name}.svg").read_bytes())


def tinted_pixmap(name: str, size: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """``icons/<name>.svg`` at ``size`` device-independent pixels, every opaque pixel
    ``colour`` (the drawing's own alpha kept, so edges stay smooth)."""
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(_svg(name))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    # Keep the shape, take the colour: the drawing's alpha, filled with ``colour``.
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), colour)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def nav_icon(name: str, palette: QPalette, size: int, ratio: float = 1.0) -> QIcon:
    """A navigation icon: the text colour normally, the highlighted-text colour when the row is
    selected, the disabled text colour while nothing is open."""
    icon = QIcon()
    groups = (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
        (QIcon.Mode.Active, QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
        (QIcon.Mode.Selected, QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
    )
    for mode, group, role in groups:
        pixmap = tinted_pixmap(name, size, palette.color(group, role), ratio)
        icon.addPixmap(pixmap, mode, QIcon.State.Off)
    return icon


def icon_size(font_height: int) -> QSize:
    """Icons as tall as a line of text (16 px at the usual font), so they grow with it."""
    side = max(16, round(font_height * 1.1))
    return QSize(side, side)


def dress_navigation(
    navigation: QListWidget, names: tuple[str, ...], palette: QPalette, ratio: float
) -> None:
    """The main window's section list: a little larger than the application's font (now, and
    again when the font changes), an icon per row (``nav-<name>.svg``) in the palette's
    colours (``palette``: the window's, which is up to date when it hears of a change before
    the list does), and wide enough for its longest name."""
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    navigation.setFont(font)
    size = icon_size(navigation.fontMetrics().height())
    navigation.setIconSize(size)
    for row, name in enumerate(names):
        item = navigation.item(row)
        if item is not None:
            item.setIcon(nav_icon(f"nav-{name}", palette, size.width(), ratio))
    width = navigation.sizeHintForColumn(0) + 2 * navigation.frameWidth() + 24
    navigation.setFixedWidth(max(width, navigation.fontMetrics().averageCharWidth() * 16))
