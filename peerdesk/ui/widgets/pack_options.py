"""The pack's options: paper, large print, how many consent forms and spares, and handouts.

``changed`` fires after any option changes. Handouts are ticked from the library; "Import a
PDF…" adds one of the group's own PDFs to it (a problem with the file is shown underneath).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import packs
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.packs import HandoutChoice
from peerdesk.core.storage import Store
from peerdesk.printing.theme import Paper
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label

REF_ROLE = Qt.ItemDataRole.UserRole


def _spin(name: str, accessible: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(0, 50)
    return spin


class PackOptions(QWidget):
    """Paper, print size and copies."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper = QComboBox()
        self.paper.setObjectName("packPaperCombo")
        self.paper.setAccessibleName(_tr("Paper"))
        self.paper.addItem(_tr("A4"), "A4")
        self.paper.addItem(_tr("Letter"), "Letter")
        self.large_print = QCheckBox(_tr("&Large print"))
        self.large_print.setObjectName("packLargePrintCheck")
        self.large_print.setAccessibleName(_tr("Large print"))
        self.consent_copies = _spin("packConsentCopiesSpin", _tr("Consent forms for newcomers"))
        self.consent_copies.setToolTip(_tr("How many blank consent forms to print"))
        self.spare_copies = _spin("packSpareCopiesSpin", _tr("Spare copies"))
        self.spare_copies.setToolTip(
            _tr("Copies for participants beyond the number usually expected")
        )

        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper)
        paper_row.addWidget(self.large_print)
        paper_row.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for text, field in (
            (_tr("&Paper:"), self.paper),
            (_tr("&Consent forms:"), self.consent_copies),
            (_tr("&Spares:"), self.spare_copies),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, paper_row if field is self.paper else field)

        self.paper.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.large_print.toggled.connect(lambda _on: self.changed.emit())
        self.consent_copies.valueChanged.connect(lambda _n: self.changed.emit())
        self.spare_copies.valueChanged.connect(lambda _n: self.changed.emit())

    def paper_size(self) -> Paper:
        return "Letter" if self.paper.currentData() == "Letter" else "A4"

    def set_copies(self, consent: int, spares: int) -> None:
        for spin, value in ((self.consent_copies, consent), (self.spare_copies, spares)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def remember_print(self) -> None:
        """Keep this paper and print size as this computer's choice for next time."""
        from peerdesk.ui.preferences import Preferences

        Preferences().set_print(self.paper_size(), self.large_print.isChecked())

    def set_print(self, paper: Paper, large_print: bool) -> None:
        """Show what the group chose last time, without announcing a change."""
        for widget in (self.paper, self.large_print):
            widget.blockSignals(True)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.large_print.setChecked(large_print)
        for widget in (self.paper, self.large_print):
            widget.blockSignals(False)


class PackHandouts(QWidget):
    """The handout library, ticked for this session's pack, and importing a PDF into it."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.list = QListWidget()
        self.list.setObjectName("packHandoutsList")
        self.list.setAccessibleName(_tr("Handouts"))
        self.list.setAccessibleDescription(_tr("Tick the handouts to print in the pack."))
        self.import_button = make_button("packImportHandoutButton", _tr("&Import a PDF…"))
        self.error_label = make_error_label("packHandoutErrorLabel")
        self.error_label.setAccessibleName(_tr("Problem with the handout"))

        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.list.setMinimumHeight((self.fontMetrics().lineSpacing() + 6) * 4)

        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.import_button.clicked.connect(self.choose_pdf)

    def set_choices(self, choices: list[HandoutChoice], ticked: tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for choice in choices:
            text = choice.title
            if choice.imported:
                pages = choice.pages or 0
                text = _tr("{title} (your PDF, {pages} pages)").format(title=text, pages=pages)
            item = QListWidgetItem(text)
            item.setData(REF_ROLE, choice.ref)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            on = choice.ref in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def ticked(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(REF_ROLE))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def reload(self, ticked: tuple[str, ...]) -> None:
        self.set_choices(packs.list_handouts(self.store), ticked)

    def choose_pdf(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Import a handout"), "", _tr("PDF files (*.pdf);;All files (*)")
        )
        if path:
            self.import_pdf(Path(path))

    def import_pdf(self, path: Path) -> HandoutChoice | None:
        """Add ``path`` to the library and tick it; a problem is shown under the list."""
        try:
            data = path.read_bytes()
        except OSError as error:
            self._show_error(
                _tr("{name} could not be read: {reason}").format(
                    name=path.name, reason=error.strerror or error
                )
            )
            return None
        title = path.stem.replace("_", " ").replace("-", " ").strip() or path.name
        try:
            choice = packs.import_handout(self.store, title, data)
        except PeerdeskError as error:
            self._show_error(
                _tr("{name} was not added. {reason}").format(name=path.name, reason=error)
            )
            return None
        self.error_label.hide()
        self.reload((*self.ticked(), choice.ref))
        self.changed.emit()
        return choice

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
