"""Dark mode, high contrast and a large font: every styled text stays readable and laid out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core.storage import Store
from peerdesk.ui import theme
from peerdesk.ui.context import AppContext
from peerdesk.ui.main_window import PAGE_COUNT, REGISTER, MainWindow
from peerdesk.ui.models.register import STATUS
from peerdesk.ui.theme import contrast, readable, styled_kind

KINDS: tuple[theme.Kind, ...] = (
    "hint", "note", "warning", "banner", "problem", "lapsed", "error", "success", "key",
)  # fmt: skip


def dark_palette() -> QPalette:
    """A dark palette such as a desktop's dark mode gives (Fusion's dark colours)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2d2d2d",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7dca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#808080"))
    return palette


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, QColor("black"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor("white"))
    return palette


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[None]:
    """Whatever a test does to the application's palette is undone afterwards."""
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    before = QFont(qapp.font())
    yield
    qapp.setFont(before)


def backdrop(widget: QWidget) -> QColor:
    """What is behind the widget's text: its own styled background, or its nearest styled
    ancestor's, or the window's."""
    here: QWidget | None = widget
    while here is not None:
        kind = styled_kind(here)
        if kind in ("note", "warning", "banner", "key"):
            here.ensurePolished()
            return here.palette().color(QPalette.ColorRole.Window)
        here = here.parentWidget()
    return widget.palette().color(QPalette.ColorRole.Window)


def text_colour(widget: QWidget) -> QColor:
    widget.ensurePolished()
    return widget.palette().color(widget.foregroundRole())


def styled_labels(root: QWidget) -> list[QLabel]:
    """Labels with a look from the theme, and labels inside a styled box."""
    found = []
    for label in root.findChildren(QLabel):
        if label.styleSheet():  # a look set by hand, not from the theme: checked all the same
            found.append(label)
            continue
        here: QWidget | None = label
        while here is not None and here is not root.parentWidget():
            if styled_kind(here) is not None:
                found.append(label)
                break
            here = here.parentWidget()
    return found


def every_page(qtbot: QtBot, window: MainWindow) -> None:
    for number in range(PAGE_COUNT):
        window.show_page(number)
        qtbot.wait(10)


def test_contrast_is_worked_out_as_wcag_says() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(readable(QColor("#999999"), QColor("white")), QColor("white")) >= 4.5
    assert contrast(readable(QColor("#555555"), QColor("black")), QColor("black")) >= 4.5


@pytest.mark.parametrize("make", [QPalette, dark_palette, high_contrast_palette])
def test_every_look_reads_at_aa_on_its_background(qapp: QApplication, make: type[QPalette]) -> None:
    palette = make()
    window = palette.color(QPalette.ColorRole.Window)
    colours = theme.colours(palette)
    for kind in KINDS:
        label = QLabel("words")
        label.setPalette(palette)
        label.setStyleSheet(theme.style(kind, palette))
        assert contrast(text_colour(label), backdrop_of(label, kind, window)) >= 4.5, kind
    for tint in (colours.present_tint, colours.apologies_tint):
        assert contrast(palette.color(QPalette.ColorRole.Text), tint) >= 4.5


def backdrop_of(label: QLabel, kind: str, window: QColor) -> QColor:
    if kind in ("note", "warning", "banner", "key"):
        label.ensurePolished()
        return label.palette().color(QPalette.ColorRole.Window)
    return window


def test_dark_mode_is_chosen_from_the_window_colour(qapp: QApplication) -> None:
    assert theme.is_dark(dark_palette())
    assert not theme.is_dark(QPalette(QColor("#efefef")))
    assert theme.is_high_contrast(high_contrast_palette())
    # Light boxes would put the dark theme's light text on a light background.
    assert theme.colours(dark_palette()).warning_background.lightnessF() < 0.4


def test_in_dark_mode_every_styled_label_on_every_page_is_readable(
    qtbot: QtBot, demo_store: Store, today: dt.date, app_palette: None
) -> None:
    QApplication.setPalette(dark_palette())
    window = MainWindow(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(window)
    window.show()
    every_page(qtbot, window)
    window.register.banner.setText("This session was cancelled.")
    window.register.banner.show()
    window.rota.banner.show()  # "Proposal — not saved yet"
    window.register.error_label.setText("That did not work.")
    window.register.error_label.show()
    labels = styled_labels(window)
    assert len(labels) >= 8  # the pages' notes, problems and errors are all here
    assert window.rota.banner.label in labels
    poor = [
        (label.objectName(), round(contrast(text_colour(label), backdrop(label)), 2))
        for label in labels
        if contrast(text_colour(label), backdrop(label)) < 4.5
    ]
    assert poor == []
    model = window.register.model
    tints = [
        model.data(model.index(row, STATUS), Qt.ItemDataRole.BackgroundRole)
        for row in range(model.rowCount())
    ]
    text = window.register.palette().color(QPalette.ColorRole.Text)
    for brush in (tint for tint in tints if tint is not None):
        assert contrast(text, brush.color()) >= 4.5
    window.show_page(REGISTER)


def test_a_palette_change_while_open_restyles_what_is_shown(
    qtbot: QtBot, app_palette: None
) -> None:
    label = QLabel("Something went wrong")
    qtbot.addWidget(label)
    theme.apply_style(label, "error")
    light = text_colour(label)
    QApplication.setPalette(dark_palette())
    dark = text_colour(label)
    assert dark != light
    assert contrast(dark, dark_palette().color(QPalette.ColorRole.Window)) >= 4.5
    assert theme.current_colours().error == dark


def test_a_large_font_lays_every_page_out(
    qtbot: QtBot, demo_store: Store, today: dt.date, app_font: None
) -> None:
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    QApplication.setFont(font)
    window = MainWindow(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.navigation.font().pointSizeF() >= font.pointSizeF()
    assert window.navigation.iconSize().height() >= window.navigation.fontMetrics().height()
    squeezed: list[tuple[str, str]] = []
    for number in range(PAGE_COUNT):
        window.show_page(number)
        qtbot.wait(10)
        page = window.pages.currentWidget()
        assert page is not None
        for button in page.findChildren(QAbstractButton):
            if button.isVisible() and button.width() < button.minimumSizeHint().width():
                squeezed.append((str(number), button.objectName() or button.text()))
        for label in page.findChildren(QLabel):
            if (
                label.isVisible()
                and not label.wordWrap()
                and label.text()
                and label.width() < label.minimumSizeHint().width()
            ):
                squeezed.append((str(number), label.objectName() or label.text()))
    assert squeezed == []
