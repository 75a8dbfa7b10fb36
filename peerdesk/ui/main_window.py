"""The main window: a navigation list on the left, one page at a time on the right.

Built from an injected ``AppContext``, so every test makes its own window and nothing is global.

Pages can be thrown away and made afresh (``detach``, ``attach``): that is how a protected
database is locked and unlocked, and handed over (see :mod:`peerdesk.ui.lock`).
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk import __version__
from peerdesk.ui.dialogs.data_safety import DataSafety
from peerdesk.ui.icons import dress_navigation
from peerdesk.ui.lock import Clock, Locker
from peerdesk.ui.operations import wait_for_background_work
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.window_menus import WindowMenus
from peerdesk.ui.window_place import fit_to_screen, restore_place, save_place

if TYPE_CHECKING:
    # Only for type hints: this module must stay light so that the window can paint before
    # the database layer (SQLAlchemy) has even been imported.
    from peerdesk.core.storage import Store
    from peerdesk.ui.context import AppContext
    from peerdesk.ui.pages.consent import ConsentPage
    from peerdesk.ui.pages.figures import FiguresPage
    from peerdesk.ui.pages.groups import GroupsPage
    from peerdesk.ui.pages.home import HomePage
    from peerdesk.ui.pages.packs import PacksPage
    from peerdesk.ui.pages.people import PeoplePage
    from peerdesk.ui.pages.register import RegisterPage
    from peerdesk.ui.pages.rota import RotaPage
    from peerdesk.ui.pages.venues import VenuesPage

HOME, GROUPS, VENUES, PEOPLE, REGISTER, FIGURES, CONSENT, PACKS, ROTA = range(9)
PAGE_COUNT = 9
# resources/icons/nav-<name>.svg, in page order
NAV_ICONS = ("home", "groups", "venues", "people", "register", "figures", "consent", "packs",
             "rota")  # fmt: skip
STATUS_SECONDS = 8


class MainWindow(QMainWindow):
    """The window. Pages are made the first time they are shown, so that starting is quick.

    ``MainWindow(context)`` is ready at once; ``MainWindow()`` paints an "opening" placeholder
    until ``attach(context)`` is called with the opened database. ``clock`` and ``lock_after``
    (seconds) drive the auto-lock of a protected database; without ``lock_after`` the group's
    saved minutes count. The size, place and page it had when it was last closed come back.
    """

    attached = Signal()  # a database is open and the home page made (again, after unlocking)

    def __init__(
        self,
        context: AppContext | None = None,
        *,
        title: str = "",
        clock: Clock = time.time,
        lock_after: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context: AppContext | None = None
        self._made: dict[int, QWidget] = {}
        self._title = title
        self.today: Callable[[], dt.date] = dt.date.today  # kept for the next context
        self.locker = Locker(self, clock, lock_after)
        self.setObjectName("mainWindow")
        self.setWindowTitle(title or self.tr("peerdesk"))
        self.setAccessibleName(self.tr("peerdesk"))
        self.preferences = Preferences()
        self._start_page: int | None = self.preferences.last_page(PAGE_COUNT)
        self._last_page = self._start_page

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setSpacing(2)
        labels = (
            self.tr("Home"),
            self.tr("Groups"),
            self.tr("Venues"),
            self.tr("People"),
            self.tr("Register"),
            self.tr("Figures"),
            self.tr("Consent"),
            self.tr("Packs"),
            self.tr("Rota"),
        )
        for number, label in enumerate(labels):
            slot = QWidget()
            slot.setObjectName(f"pageSlot{number}")
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.pages.addWidget(slot)
            item = QListWidgetItem(label)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=label, n=number + 1))
            self.navigation.addItem(item)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.show_page(n))
        self._tint_icons()

        self.opening = QLabel(self.tr("Opening your database…"))
        self.opening.setObjectName("openingLabel")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.opening)
        self.pages.setCurrentWidget(self.opening)
        self.navigation.setEnabled(False)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.navigation)
        # A page wider or taller than the screen (a large font on a laptop) scrolls, rather
        # than pushing the window off the screen.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pagesScroll")
        self.page_scroll.setWidget(self.pages)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.page_scroll, 1)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")

        self.safety = DataSafety(self)
        self.menus = WindowMenus(self)
        self.navigation.currentRowChanged.connect(self._navigate)
        QWidget.setTabOrder(self.navigation, self.pages)
        restore_place(self, self.preferences)
        self._fitted = False
        if context is not None:
            self.attach(context)

    @property
    def context(self) -> AppContext:
        if self._context is None:
            raise RuntimeError("the database is not open yet")
        return self._context

    def attach(self, context: AppContext) -> None:
        """The database is open: show the home page."""
        self._context = context
        self.today = context.today
        if not self._title:
            self.setWindowTitle(self.tr("peerdesk — {file}").format(file=context.store.path.name))
        self.navigation.setEnabled(True)
        # The page shown when the window last closed, on the first opening; home after unlocking.
        first = HOME if self._start_page is None else self._start_page
        self._start_page = None
        self.navigation.setCurrentRow(first)
        self._navigate(first)
        protected = context.store.encrypted
        self.menus.show_for(protected=protected)
        self.locker.attached(protected)
        self.attached.emit()

    # -- opening and closing ---------------------------------------------------------------
    @property
    def opened(self) -> AppContext | None:
        """The open database's context; None while opening, locked or handing over."""
        return self._context

    def detach(self, *, close: bool = True) -> Store | None:
        """Throw the pages away with all they show; the store is closed unless ``close`` is
        False (the hand-over re-keys it first). Returns the store that was open."""
        context = self._context
        if context is None:
            return None
        self.locker.idle.stop()
        self._context = None
        self.navigation.setEnabled(False)
        self.navigation.setCurrentRow(-1)  # no section looks chosen while nothing is open
        self.menus.closed()
        self.safety.enable(False)
        self.opening.setText(self.tr("Closing the records…"))
        self.pages.setCurrentWidget(self.opening)
        self.pages.repaint()  # the cover shows at once, even while work below finishes
        for page in self._made.values():
            # Deleted now, not later: its models go, and the background work it started is
            # told to stop (see run_in_background's context) before we wait for it.
            shiboken6.delete(page)
        self._made.clear()
        self.statusBar().clearMessage()
        wait_for_background_work(30_000)
        if close:
            context.store.close()
        # Let what the old pages held (and the key, in the store's engine) be collected.
        gc.unfreeze()
        QTimer.singleShot(0, gc.collect)
        return context.store

    def close_database(self) -> None:
        """On quit: close whichever store is open now (it changes with locking)."""
        self.detach()

    # -- pages, made on first use ------------------------------------------------------------
    def page(self, number: int) -> QWidget:
        made = self._made.get(number)
        if made is None:
            made = self._factories()[number](self.context)
            slot = self.pages.widget(number)
            layout = slot.layout() if slot is not None else None
            assert layout is not None
            layout.addWidget(made)
            message = getattr(made, "message", None)
            if message is not None:
                message.connect(self.show_message)
            if number == HOME:
                made.take_register.connect(self.take_register)  # type: ignore[attr-defined]
                made.print_pack.connect(self.print_pack)  # type: ignore[attr-defined]
            if number == PEOPLE:
                made.consent_requested.connect(self.show_consent)  # type: ignore[attr-defined]
            self._made[number] = made
        return made

    def _factories(self) -> list[Callable[[AppContext], QWidget]]:
        from peerdesk.ui.models.consent import register_notes_for
        from peerdesk.ui.pages.consent import ConsentPage
        from peerdesk.ui.pages.figures import FiguresPage
        from peerdesk.ui.pages.groups import GroupsPage
        from peerdesk.ui.pages.home import HomePage
        from peerdesk.ui.pages.packs import PacksPage
        from peerdesk.ui.pages.people import PeoplePage
        from peerdesk.ui.pages.register import RegisterPage
        from peerdesk.ui.pages.rota import RotaPage
        from peerdesk.ui.pages.venues import VenuesPage

        def register(context: AppContext) -> QWidget:
            # Consent flags ("No consent yet"): worked out once per register, for everyone in it.
            return RegisterPage(context, consent_notes=register_notes_for(context))

        return [
            HomePage,
            GroupsPage,
            VenuesPage,
            PeoplePage,
            register,
            FiguresPage,
            ConsentPage,
            PacksPage,
            RotaPage,
        ]

    @property
    def home(self) -> HomePage:
        return self.page(HOME)  # type: ignore[return-value]

    @property
    def groups(self) -> GroupsPage:
        return self.page(GROUPS)  # type: ignore[return-value]

    @property
    def venues(self) -> VenuesPage:
        return self.page(VENUES)  # type: ignore[return-value]

    @property
    def people(self) -> PeoplePage:
        return self.page(PEOPLE)  # type: ignore[return-value]

    @property
    def register(self) -> RegisterPage:
        return self.page(REGISTER)  # type: ignore[return-value]

    @property
    def figures(self) -> FiguresPage:
        return self.page(FIGURES)  # type: ignore[return-value]

    @property
    def consent(self) -> ConsentPage:
        return self.page(CONSENT)  # type: ignore[return-value]

    @property
    def packs(self) -> PacksPage:
        return self.page(PACKS)  # type: ignore[return-value]

    @property
    def rota(self) -> RotaPage:
        return self.page(ROTA)  # type: ignore[return-value]

    def _navigate(self, number: int) -> None:
        if self._context is None or number < 0:
            return
        self.page(number)
        self.pages.setCurrentIndex(number)
        self._last_page = number

    def take_register(self, meeting_id: int) -> None:
        """From the home page: open the register of that session."""
        self.register.open_meeting(meeting_id)
        self.show_page(REGISTER)

    def print_pack(self, meeting_id: int) -> None:
        """From the home page: the Packs page, on that session."""
        self.packs.open_meeting(meeting_id)
        self.show_page(PACKS)
        self.packs.print_button.setFocus()

    def show_consent(self, person_id: int) -> None:
        """From the People page: the Consent page, on that person."""
        self.consent.show_person(person_id)
        self.navigation.setCurrentRow(CONSENT)
        self.consent.record_button.setFocus()

    def show_page(self, number: int) -> None:
        if self._context is None:
            return
        self.navigation.setCurrentRow(number)
        _focus_first_field(self.page(number))

    def current_page(self) -> QWidget | None:
        return self._made.get(self.pages.currentIndex())

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About peerdesk"),
            self.tr(
                "<p><b>peerdesk {version}</b></p>"
                "<p>Sessions, attendance, consent, the facilitator rota and session packs for "
                "peer support groups run by volunteers.</p>"
                "<p>Everything is kept on this computer, in {path}.</p>"
                "<p>Free software under the GNU General Public License, version 3 or later.</p>"
            ).format(
                version=__version__,
                path=self._context.store.path if self._context else self.tr("your data folder"),
            ),
        )

    def show_settings(self) -> None:
        """File ▸ Settings…: this computer's print choices and, with a database open, the
        group's auto-lock and retention."""
        from peerdesk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._context, self)
        dialog.group_settings_saved.connect(self.locker.apply_group_settings)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- the look follows the system ---------------------------------------------------------
    def _tint_icons(self) -> None:
        dress_navigation(self.navigation, NAV_ICONS, self.palette(), self.devicePixelRatioF())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the frame's size is known once shown
            self._fitted = True
            fit_to_screen(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.ApplicationFontChange,
            QEvent.Type.DevicePixelRatioChange,
        ):
            self._tint_icons()

    def closeEvent(self, event: QCloseEvent) -> None:
        wait_for_background_work(5000)
        save_place(self, self.preferences)
        self.preferences.set_last_page(self._last_page or HOME)
        self.preferences.save()
        super().closeEvent(event)


def _focus_first_field(page: QWidget) -> None:
    """Put the keyboard focus on the first thing on ``page`` that Tab would reach."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
