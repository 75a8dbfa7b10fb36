"""The main window's size and place, kept between runs, and fitted to the screen it opens on.

A window saved on a big monitor and restored on a laptop (or one whose monitor is gone) is
made to fit the screen it lands on, whole and on screen; nothing saved yet means a comfortable
size, never bigger than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from peerdesk.ui.preferences import Preferences

DEFAULT_SIZE = QSize(1100, 720)


def restore_place(window: QMainWindow, preferences: Preferences) -> bool:
    """Size and place ``window`` as it was last closed; True when something saved was used."""
    restored = False
    geometry = preferences.geometry
    if not geometry.isEmpty():
        restored = window.restoreGeometry(geometry)
    if not restored:
        window.resize(DEFAULT_SIZE)
    state = preferences.window_state
    if not state.isEmpty():
        window.restoreState(state)  # a bad state is ignored by Qt: nothing to undo
    fit_to_screen(window)
    return restored


def save_place(window: QMainWindow, preferences: Preferences) -> None:
    preferences.geometry = window.saveGeometry()
    preferences.window_state = window.saveState()


def fit_to_screen(window: QMainWindow) -> None:
    """Make the window no bigger than its screen's free area, and on it."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free: QRect = screen.availableGeometry()
    if free.isEmpty():
        return
    frame = window.frameGeometry()
    extra = frame.size() - window.geometry().size()  # the title bar and borders
    size = window.size().boundedTo(free.size() - extra).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    place = window.frameGeometry()
    x = min(max(place.x(), free.left()), max(free.left(), free.right() - place.width() + 1))
    y = min(max(place.y(), free.top()), max(free.top(), free.bottom() - place.height() + 1))
    if (x, y) != (place.x(), place.y()):
        window.move(x, y)
