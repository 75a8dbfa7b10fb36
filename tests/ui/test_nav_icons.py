"""The navigation's icons: one per page, painted in the palette's text colours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.resources import resource_path
from peerdesk.ui.context import AppContext
from peerdesk.ui.icons import tinted_pixmap
from peerdesk.ui.main_window import NAV_ICONS, PAGE_COUNT, MainWindow

from .test_theme import dark_palette


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def opaque(image: QImage) -> list[QColor]:
    """The colours of the pixels that are (mostly) drawn."""
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]


def icon_image(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return icon.pixmap(QSize(16, 16), 1.0, mode).toImage()


def test_every_page_has_its_icon(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert len(NAV_ICONS) == PAGE_COUNT == window.navigation.count()
    for row, name in enumerate(NAV_ICONS):
        assert resource_path("icons", f"nav-{name}.svg").is_file()
        item = window.navigation.item(row)
        assert item is not None and not item.icon().isNull(), name
        assert len(opaque(icon_image(item.icon()))) > 20, name  # something is drawn
    assert window.navigation.iconSize().width() >= 16


def test_in_a_dark_palette_the_icons_are_light(
    qtbot: QtBot, context: AppContext, app_palette: None
) -> None:
    QApplication.setPalette(dark_palette())
    window = MainWindow(context)
    qtbot.addWidget(window)
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        assert item is not None
        pixels = opaque(icon_image(item.icon()))
        assert pixels and all(pixel.lightnessF() > 0.8 for pixel in pixels)
        selected = opaque(icon_image(item.icon(), QIcon.Mode.Selected))
        assert selected and all(pixel.lightnessF() > 0.95 for pixel in selected)


def test_a_palette_change_repaints_the_icons(
    qtbot: QtBot, context: AppContext, app_palette: None
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    item = window.navigation.item(0)
    assert item is not None
    assert all(pixel.lightnessF() < 0.3 for pixel in opaque(icon_image(item.icon())))
    QApplication.setPalette(dark_palette())
    qtbot.waitUntil(
        lambda: all(pixel.lightnessF() > 0.8 for pixel in opaque(icon_image(item.icon())))
    )


def test_icons_are_sharp_on_a_high_density_screen(qapp: QApplication) -> None:
    pixmap = tinted_pixmap("nav-home", 16, QColor("white"), 2.0)
    assert pixmap.size() == QSize(32, 32)
    assert pixmap.devicePixelRatio() == 2.0
