"""Typing a passphrase: a field that shows dots, "Show what I type", a strength hint, and the
new passphrase typed twice (``PassphraseFields``). Also the plain labels the key dialogs share."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from peerdesk.core.errors import ValidationError
from peerdesk.core.keys import MIN_PASSPHRASE, check_passphrase
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.theme import Kind, apply_style

HINT_STYLE: Kind = "hint"  # looks from peerdesk.ui.theme: they follow dark mode
STRONG_STYLE: Kind = "success"


def secret_edit(name: str, accessible: str) -> QLineEdit:
    """A field whose letters show as dots, kept out of input-method dictionaries."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    edit.setMinimumWidth(260)
    return edit


def show_toggle(name: str, edits: Sequence[QLineEdit]) -> QCheckBox:
    """The "Show what I type" box: the dots in ``edits`` become letters while it is ticked."""
    box = QCheckBox(_tr("S&how what I type"))
    box.setObjectName(name)
    box.setAccessibleName(_tr("Show what I type"))

    def toggled(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in edits:
            edit.setEchoMode(mode)

    box.toggled.connect(toggled)
    return box


def wrapped(name: str, text: str, style: Kind | None = None) -> QLabel:
    """A paragraph of explanation in a dialog."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        apply_style(label, style)
    return label


def heading(name: str, text: str) -> QLabel:
    """The first line of a dialog's step, larger and bold."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setContentsMargins(0, 0, 0, 4)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def strength_hint(passphrase: str) -> tuple[str, bool]:
    """A few plain words about a new passphrase, and whether it is long and varied enough to
    call strong. Only a hint: the core decides what is accepted (at least ``MIN_PASSPHRASE``)."""
    length = len(passphrase)
    if length == 0:
        return (
            _tr(
                "At least {n} characters. A few ordinary words in a row are easy to remember "
                "and hard to guess."
            ).format(n=MIN_PASSPHRASE),
            False,
        )
    if length < MIN_PASSPHRASE:
        missing = MIN_PASSPHRASE - length
        return (
            _tr("{missing} more characters needed (at least {n}).").format(
                missing=missing, n=MIN_PASSPHRASE
            )
            if missing > 1
            else _tr("1 more character needed (at least {n}).").format(n=MIN_PASSPHRASE),
            False,
        )
    if len(set(passphrase.lower())) < 5:
        return _tr("Long enough, but it repeats the same few characters: easy to guess."), False
    words = len(passphrase.split())
    if length >= 20 or (words >= 4 and length >= 16):
        return _tr("Strong: long and hard to guess."), True
    return _tr("Long enough. Another word or two would make it stronger."), False


class PassphraseFields(QObject):
    """A new passphrase typed twice, with a hint under it and "Show what I type"."""

    def __init__(self, name: str, parent: QWidget, others: Sequence[QLineEdit] = ()) -> None:
        super().__init__(parent)
        self.first = secret_edit(f"{name}NewEdit", self.tr("New passphrase"))
        self.again = secret_edit(f"{name}AgainEdit", self.tr("New passphrase again"))
        self.hint = wrapped(f"{name}HintLabel", "", HINT_STYLE)
        self.hint.setAccessibleName(self.tr("About the new passphrase"))
        self.show_box = show_toggle(f"{name}ShowCheck", [*others, self.first, self.again])
        self.first.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def add_rows(self, add_row: Callable[[str, QWidget], QLabel], first: str, again: str) -> None:
        add_row(first, self.first)
        add_row(again, self.again)
        add_row("", self.hint)
        add_row("", self.show_box)

    def _update(self) -> None:
        text, strong = strength_hint(self.first.text())
        again = self.again.text()
        if again and again != self.first.text()[: len(again)]:
            text += " " + self.tr("The second box does not match the first yet.")
            strong = False
        self.hint.setText(text)
        apply_style(self.hint, STRONG_STYLE if strong else HINT_STYLE)

    def value(self) -> str:
        """The new passphrase, once it is long enough and both boxes agree."""
        check_passphrase(self.first.text())
        if self.first.text() != self.again.text():
            raise ValidationError(
                self.tr("The two new passphrases are not the same. Type it again in both boxes.")
            )
        return self.first.text()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.first, self.again, self.hint, self.show_box):
            widget.setEnabled(enabled)
