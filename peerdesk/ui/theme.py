"""Colours and style sheets that follow the system: light, dark and high contrast.

Fixed light colours break a dark desktop (amber text on a dark window, a pale box with the
theme's light text in it). Everything coloured on screen comes from here instead, worked out
from the application's palette: the semantic hues (warning amber, error red, success green,
note blue) are picked for a light or a dark window, then darkened or lightened until they read
at WCAG AA (4.5:1) on what is behind them. A high-contrast palette (black on white or white on
black) gets no tints at all: text in the palette's own colours, boxes with a plain border.

``apply_style(widget, kind)`` sets a widget's style sheet and sets it again whenever the
application's palette changes (the person switches to dark mode while peerdesk is open).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Kind = Literal[
    "hint",  # quieter text under a field
    "note",  # information in a tinted box
    "warning",  # something to know before going on, in an amber box
    "banner",  # a band across a page (the register's "this session is cancelled")
    "problem",  # amber text: worth acting on, not an error
    "lapsed",  # amber and bold
    "error",  # red, bold: something went wrong
    "success",  # green: it is fine
    "key",  # the recovery key, in a plain box that stands out
    "italic",  # an explanation in italics, in the usual colour
    "bold",  # a total or summary, in the usual colour
]
AA = 4.5  # WCAG 2 contrast for normal text
_KIND_PROPERTY = "peerdeskStyle"
_SELECTOR_PROPERTY = "peerdeskStyleSelector"


# -- contrast, as WCAG 2 works it out ---------------------------------------------------------
def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio, from 1 (the same) to 21 (black on white)."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(one: QColor, other: QColor, share: float) -> QColor:
    """``one`` with ``share`` (0 to 1) of ``other`` mixed in."""
    return QColor(
        round(one.red() + (other.red() - one.red()) * share),
        round(one.green() + (other.green() - one.green()) * share),
        round(one.blue() + (other.blue() - one.blue()) * share),
    )


def readable(colour: QColor, background: QColor, ratio: float = AA) -> QColor:
    """``colour``, moved towards black or white (whichever is further from the background)
    just enough to read at ``ratio`` on ``background``."""
    if contrast(colour, background) >= ratio:
        return QColor(colour)
    dark_background = luminance(background) < 0.18
    target = QColor("white") if dark_background else QColor("black")
    for step in range(1, 21):
        moved = mix(colour, target, step / 20)
        if contrast(moved, background) >= ratio:
            return moved
    return target


# -- the palette's kind -----------------------------------------------------------------------
def current_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """The window is dark (its colour darker than mid-grey)."""
    window = (palette or current_palette()).color(QPalette.ColorRole.Window)
    return window.lightnessF() < 0.5


def is_high_contrast(palette: QPalette | None = None) -> bool:
    """The system asks for more contrast, or the palette is black and white."""
    hints = QGuiApplication.styleHints() if QGuiApplication.instance() is not None else None
    if hints is not None:
        try:
            if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
                return True
        except AttributeError:  # Qt before 6.10 has no such hint
            pass
    p = palette or current_palette()
    window, text = p.color(QPalette.ColorRole.Window), p.color(QPalette.ColorRole.WindowText)
    return contrast(window, text) >= 20.0


@dataclass(frozen=True)
class Colours:
    """The colours of the current palette, each readable on what it is drawn on."""

    window: QColor
    text: QColor  # the window's text
    base: QColor  # behind tables and fields
    hint: QColor
    error: QColor
    success: QColor
    problem: QColor  # amber text
    warning_background: QColor
    warning_border: QColor
    warning_text: QColor
    note_background: QColor
    note_border: QColor
    note_text: QColor
    key_background: QColor
    key_border: QColor
    present_tint: QColor  # register rows: came
    apologies_tint: QColor  # register rows: sent apologies
    chart_named: QColor
    chart_anonymous: QColor


_cache: dict[tuple[int, bool], Colours] = {}


def colours(palette: QPalette | None = None) -> Colours:
    """The colours for ``palette`` (the application's when None); worked out once per palette."""
    p = palette or current_palette()
    key = (p.cacheKey(), is_high_contrast(p))
    found = _cache.get(key)
    if found is None:
        if len(_cache) > 16:
            _cache.clear()
        found = _cache[key] = _colours(p)
    return found


def _colours(p: QPalette) -> Colours:
    window, text = p.color(QPalette.ColorRole.Window), p.color(QPalette.ColorRole.WindowText)
    base = p.color(QPalette.ColorRole.Base)
    dark = is_dark(p)
    if is_high_contrast(p):
        # No tints: the person asked for the palette's own colours, as strong as they go.
        return Colours(
            window, text, base, text, text, text, text,
            window, text, text, window, text, text, window, text,
            base, base, text, mix(text, base, 0.5),
        )  # fmt: skip
    if dark:
        hues = {"error": "#ff8a80", "success": "#7fd18e", "problem": "#f0b860"}
        warning_bg, warning_border = mix(window, QColor("#e0a84e"), 0.18), QColor("#b07a2a")
        note_bg, note_border = mix(window, QColor("#6d9fdc"), 0.18), QColor("#4f77a8")
        tints = (mix(base, QColor("#3fa35a"), 0.28), mix(base, QColor("#d99a2b"), 0.28))
        chart = (QColor("#6fa8dc"), QColor("#e0a84e"))
    else:
        hues = {"error": "#b3261e", "success": "#1e6b34", "problem": "#7a4a00"}
        warning_bg, warning_border = QColor("#fff4e5"), QColor("#e0a84e")
        note_bg, note_border = QColor("#e8f1fb"), QColor("#8fb3dc")
        tints = (QColor("#dff3e3"), QColor("#fdf0d5"))
        chart = (QColor("#2f6f9f"), QColor("#c98a2e"))
    key_bg = mix(base, text, 0.06)
    return Colours(
        window=window,
        text=text,
        base=base,
        hint=readable(mix(text, window, 0.3), window),
        error=readable(QColor(hues["error"]), window),
        success=readable(QColor(hues["success"]), window),
        problem=readable(QColor(hues["problem"]), window),
        warning_background=warning_bg,
        warning_border=warning_border,
        warning_text=readable(text, warning_bg),
        note_background=note_bg,
        note_border=note_border,
        note_text=readable(text, note_bg),
        key_background=key_bg,
        key_border=mix(key_bg, text, 0.35),
        present_tint=tints[0],
        apologies_tint=tints[1],
        chart_named=chart[0],
        chart_anonymous=chart[1],
    )


# -- style sheets -----------------------------------------------------------------------------
def style(kind: Kind, palette: QPalette | None = None) -> str:
    """The style sheet declarations for ``kind`` (no selector), for the current palette."""
    c = colours(palette)
    boxed = "background: {bg}; color: {fg}; border: 1px solid {border}; padding: 0.4em;"
    sheets: dict[str, str] = {
        "hint": f"color: {c.hint.name()};",
        "note": boxed.format(
            bg=c.note_background.name(), fg=c.note_text.name(), border=c.note_border.name()
        ),
        "warning": boxed.format(
            bg=c.warning_background.name(),
            fg=c.warning_text.name(),
            border=c.warning_border.name(),
        ),
        "problem": f"color: {c.problem.name()};",
        "lapsed": f"color: {c.problem.name()}; font-weight: bold;",
        "error": f"color: {c.error.name()}; font-weight: bold;",
        "success": f"color: {c.success.name()};",
        "key": boxed.format(
            bg=c.key_background.name(),
            fg=readable(c.text, c.key_background).name(),
            border=c.key_border.name(),
        ).replace("0.4em", "0.8em"),
        "italic": "font-style: italic;",
        "bold": "font-weight: bold;",
    }
    sheets["banner"] = sheets["warning"]
    return sheets[kind]


def style_for(kind: Kind, selector: str = "", palette: QPalette | None = None) -> str:
    """``style(kind)``, inside ``selector { … }`` when one is given."""
    declarations = style(kind, palette)
    return f"{selector} {{ {declarations} }}" if selector else declarations


def apply_style(widget: QWidget, kind: Kind, selector: str = "") -> None:
    """Give ``widget`` the look of ``kind``, now and whenever the palette changes.

    ``selector`` (such as ``"#rotaProposalBanner"``) keeps the look off the widget's children.
    """
    widget.setProperty(_KIND_PROPERTY, kind)
    widget.setProperty(_SELECTOR_PROPERTY, selector)
    widget.setStyleSheet(style_for(kind, selector))
    _watch_palette()


def clear_style(widget: QWidget) -> None:
    widget.setProperty(_KIND_PROPERTY, None)
    widget.setStyleSheet("")


def styled_kind(widget: QWidget) -> str | None:
    """The kind given with ``apply_style`` (for tests)."""
    value = widget.property(_KIND_PROPERTY)
    return value if isinstance(value, str) else None


def restyle_all() -> None:
    """Set every styled widget's style sheet again, from the current palette."""
    for widget in QApplication.allWidgets():
        kind = styled_kind(widget)
        if kind is not None:
            selector = widget.property(_SELECTOR_PROPERTY)
            widget.setStyleSheet(
                style_for(kind, selector if isinstance(selector, str) else "")  # type: ignore[arg-type]
            )


class _PaletteWatcher(QObject):
    """Hears the application's palette change (dark mode switched on) and restyles."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ApplicationPaletteChange
            and watched is QCoreApplication.instance()
        ):
            global _generation
            _generation += 1
            restyle_all()
        return False


_watcher: _PaletteWatcher | None = None
_generation = 0  # counts the application's palette changes
_current: tuple[int, Colours] | None = None


def current_colours() -> Colours:
    """``colours()`` for the application's palette, worked out again only after it changes
    (cheap enough for an item model's every cell)."""
    global _current
    _watch_palette()
    if _current is None or _current[0] != _generation:
        _current = (_generation, colours())
    return _current[1]


def _watch_palette() -> None:
    global _watcher
    app = QCoreApplication.instance()
    if app is None or (_watcher is not None and _watcher.parent() is app):
        return
    _watcher = _PaletteWatcher(app)
    app.installEventFilter(_watcher)
