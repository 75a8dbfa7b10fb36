"""Lock at once when the computer goes to sleep or its screen locks.

The idle check on the wall clock (``peerdesk.ui.lock``) already locks a laptop that slept, but
only once it wakes and the timeout has passed; and a screen locked for a short coffee break
would leave the records open behind it. So peerdesk also listens to what the system says:

- Linux (and other D-Bus desktops): logind's ``PrepareForSleep(true)`` on the system bus, and
  the screensaver's ``ActiveChanged(true)`` on the session bus (freedesktop's, which KDE and
  others use, and GNOME's own).
- Windows: the session-lock notification (``WTSRegisterSessionNotification``, then
  ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK``).
- macOS: nothing here; the wall-clock check stays the safeguard there.

Either way the same path as Lock now is taken (``Locker.lock``), which does nothing for a
plain database. A missing bus (CI, a container, offscreen) is silent: nothing to listen to.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

    from peerdesk.ui.lock import Locker

LOGIN1 = ("org.freedesktop.login1.Manager", "PrepareForSleep")
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("org.gnome.ScreenSaver", "ActiveChanged"),
)


class SystemLockWatcher(QObject):
    """Asks ``locker`` to lock when the system sleeps or locks the screen. ``start`` listens
    (once; safe to call again); until then nothing is connected."""

    def __init__(self, locker: Locker) -> None:
        super().__init__(locker)
        self.setObjectName("systemLockWatcher")
        self.locker = locker
        self.listening: list[str] = []  # what it listens to, for the tests and for debugging
        self._started = False
        self._windows_filter: _SessionLockFilter | None = None

    def start(
        self, system: QDBusConnection | None = None, session: QDBusConnection | None = None
    ) -> None:
        """Listen on the given buses (the system's and the session's when None)."""
        if self._started:
            return
        self._started = True
        if sys.platform == "win32":
            self._windows_filter = _SessionLockFilter.install(self.locker)
            return
        if sys.platform == "darwin":
            return  # no D-Bus: the wall-clock check locks after sleeping
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus
            return
        system = QDBusConnection.systemBus() if system is None else system
        session = QDBusConnection.sessionBus() if session is None else session
        self._listen(system, *LOGIN1, SLOT("sleeping(bool)"))
        for interface, name in SCREENSAVERS:
            self._listen(session, interface, name, SLOT("screen_locked(bool)"))

    def _listen(self, bus: QDBusConnection, interface: str, name: str, slot: str) -> None:
        # Any sender and any path: the screensaver's path differs between desktops. (The
        # stubs say bytes; PySide6 wants the str that SLOT() gives.)
        if bus.isConnected() and bus.connect("", "", interface, name, self, slot):  # type: ignore[call-overload]
            self.listening.append(f"{interface}.{name}")

    @Slot(bool)
    def sleeping(self, starting: bool) -> None:
        """logind: True just before the computer sleeps, False when it wakes."""
        if starting:
            self.locker.lock()

    @Slot(bool)
    def screen_locked(self, active: bool) -> None:
        """The screensaver (and with it, the screen lock) came on, or went off."""
        if active:
            self.locker.lock()


class _SessionLockFilter(QAbstractNativeEventFilter):
    """Windows only, and untested here (no Windows in CI): keep it this small. Windows sends
    ``WM_WTSSESSION_CHANGE`` to a window registered for it; ``WTS_SESSION_LOCK`` means the
    session was locked (Win+L, or the lid closed with "lock on sleep")."""

    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7
    NOTIFY_FOR_THIS_SESSION = 0

    def __init__(self, locker: Locker) -> None:
        super().__init__()
        self.locker = locker

    @classmethod
    def install(cls, locker: Locker) -> _SessionLockFilter | None:
        import ctypes

        app = QCoreApplication.instance()
        if app is None:
            return None
        try:
            hwnd = int(locker.window.winId())
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined, unused-ignore]
            if not wtsapi.WTSRegisterSessionNotification(hwnd, cls.NOTIFY_FOR_THIS_SESSION):
                return None
        except (OSError, AttributeError):
            return None
        found = cls(locker)
        app.installNativeEventFilter(found)
        locker.destroyed.connect(lambda: app.removeNativeEventFilter(found))
        return found

    def nativeEventFilter(self, eventType: object, message: int) -> tuple[bool, int]:
        import ctypes
        import ctypes.wintypes

        if bytes(eventType) == b"windows_generic_MSG":  # type: ignore[call-overload]
            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == self.WM_WTSSESSION_CHANGE and msg.wParam == self.WTS_SESSION_LOCK:
                self.locker.lock()
        return False, 0
