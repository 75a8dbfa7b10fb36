"""This computer's preferences, kept between runs with ``QSettings`` ("peerdesk"/"peerdesk").

What belongs to a person at this computer, not to the group: the window's size and place, the
page shown last, and the print choices (paper, large print, printer, the funder report's
threshold and period). The group's own choices (its pack, auto-lock, retention) live in the
database.

Every value is read through a typed getter that falls back to the default when the value is
missing or not what it should be: a hand-edited or half-written settings file never stops
peerdesk from starting. ``use_settings_folder`` points everything at an INI file in a folder of
one's choosing (the tests' temporary folder), so that tests never touch the real settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "peerdesk"
APPLICATION = "peerdesk"

Paper = Literal["A4", "Letter"]
PAPERS: tuple[Paper, ...] = ("A4", "Letter")

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
LAST_PAGE = "window/lastPage"
PAPER = "print/paper"
LARGE_PRINT = "print/largePrint"
PRINT_CHOSEN = "print/chosen"  # the person has chosen paper or print size on this computer
PRINTER = "print/printer"
DUPLEX = "print/duplex"
REPORT_THRESHOLD = "funderReport/threshold"
REPORT_PERIOD = "funderReport/period"


def use_settings_folder(folder: Path) -> None:
    """Keep preferences in an INI file under ``folder`` from now on (for tests)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))


def settings_file() -> Path:
    """Where the preferences are kept (for the settings dialog, and tests)."""
    return Path(Preferences().settings.fileName())


class Preferences:
    """A typed view of the settings. Cheap to make: make one where it is needed."""

    def __init__(self) -> None:
        # Named explicitly so tests (with no application name set) use the same file.
        self.settings = QSettings(
            QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    # -- typed reading, never failing ---------------------------------------------------------
    def _text(self, key: str, default: str) -> str:
        value = self.settings.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        value = self.settings.value(key, default)
        try:
            number = int(str(value).strip())
        except (TypeError, ValueError):
            return default
        return number if low <= number <= high else default

    def _bool(self, key: str, default: bool) -> bool:
        value = self.settings.value(key, default)
        if isinstance(value, bool):
            return value
        words = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
        return words.get(str(value).strip().lower(), default)

    def _bytes(self, key: str) -> QByteArray:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def save(self) -> None:
        """Write now (QSettings also writes by itself a little later)."""
        self.settings.sync()

    # -- the window ---------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray:
        """``QWidget.saveGeometry()`` as saved; empty when there is none."""
        return self._bytes(GEOMETRY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.settings.setValue(GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes(WINDOW_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.settings.setValue(WINDOW_STATE, value)

    def last_page(self, pages: int) -> int:
        """The page shown when the window last closed (0, the home page, if unknown)."""
        return self._int(LAST_PAGE, 0, 0, pages - 1)

    def set_last_page(self, page: int) -> None:
        self.settings.setValue(LAST_PAGE, page)

    # -- printing -----------------------------------------------------------------------------
    @property
    def paper(self) -> Paper:
        text = self._text(PAPER, "A4")
        return "Letter" if text == "Letter" else "A4"

    @paper.setter
    def paper(self, value: Paper) -> None:
        self.settings.setValue(PAPER, value if value in PAPERS else "A4")
        self.settings.setValue(PRINT_CHOSEN, True)

    @property
    def large_print(self) -> bool:
        return self._bool(LARGE_PRINT, False)

    @large_print.setter
    def large_print(self, value: bool) -> None:
        self.settings.setValue(LARGE_PRINT, bool(value))
        self.settings.setValue(PRINT_CHOSEN, True)

    @property
    def print_chosen(self) -> bool:
        """Paper or print size was chosen on this computer (else the group's choice counts)."""
        return self._bool(PRINT_CHOSEN, False)

    def set_print(self, paper: Paper, large_print: bool) -> None:
        self.paper = paper
        self.large_print = large_print

    @property
    def printer(self) -> str:
        """The printer chosen last; empty for the system's default."""
        return self._text(PRINTER, "")

    @printer.setter
    def printer(self, value: str) -> None:
        self.settings.setValue(PRINTER, value)

    @property
    def duplex(self) -> int:
        """``QPrinter.DuplexMode`` as a number (0: one-sided); -1 when never chosen."""
        return self._int(DUPLEX, -1, 0, 3)

    @duplex.setter
    def duplex(self, value: int) -> None:
        self.settings.setValue(DUPLEX, int(value))

    def report_threshold(self, default: int, low: int, high: int) -> int:
        return self._int(REPORT_THRESHOLD, default, low, high)

    def set_report_threshold(self, value: int) -> None:
        self.settings.setValue(REPORT_THRESHOLD, value)

    def report_period(self, default: int, count: int) -> int:
        return self._int(REPORT_PERIOD, default, 0, count - 1)

    def set_report_period(self, value: int) -> None:
        self.settings.setValue(REPORT_PERIOD, value)
