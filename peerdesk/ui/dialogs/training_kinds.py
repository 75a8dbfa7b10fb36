"""The list of training kinds a facilitator's profile can choose from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import trainings
from peerdesk.core.errors import PeerdeskError
from peerdesk.ui.context import AppContext
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class TrainingKindsDialog(QDialog):
    """The kinds of training profiles can list. Each change is saved at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("trainingKindsDialog")
        self.setWindowTitle(self.tr("Training list"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self.setMinimumWidth(480)
        self.kinds = QListWidget()
        self.kinds.setObjectName("trainingKindsList")
        self.kinds.setAccessibleName(self.tr("Kinds of training"))
        self.name = QLineEdit()
        self.name.setObjectName("trainingKindNameEdit")
        self.name.setAccessibleName(self.tr("Name of the training"))
        self.name.setPlaceholderText(self.tr("For example: suicide awareness"))
        caption = QLabel(self.tr("&Name:"))
        caption.setBuddy(self.name)
        self.add_button = make_button("trainingKindAddButton", self.tr("&Add to the list"))
        self.rename_button = make_button("trainingKindRenameButton", self.tr("&Rename"))
        self.remove_button = make_button("trainingKindRemoveButton", self.tr("Re&move"))
        self.rename_button.setToolTip(self.tr("Give the chosen training the name typed"))
        self.error_label = make_error_label("trainingKindsErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem saving"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("trainingKindsButtons")
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("trainingKindsCloseButton")
        close_button.setAccessibleName(self.tr("Close"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.name, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        intro = QLabel(
            self.tr(
                "The kinds of training a facilitator's profile can list. A kind someone has on "
                "their profile can be renamed but not removed."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.kinds, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(close)

        # Set once the button is in the dialog, or the dialog would not know it (see above).
        self.add_button.setDefault(True)  # Enter in the name adds it
        self.kinds.currentItemChanged.connect(lambda *_: self._chosen())
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.reload()
        self.name.setFocus()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.kind_id()
        try:
            rows = trainings.list_kinds(self.context.store)
        except PeerdeskError as error:
            self._show_error(str(error))
            return
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for kind in rows:
            text = kind.name
            if kind.in_use:
                text = self.tr("{name} (on {n} profiles)").format(name=kind.name, n=kind.in_use)
                if kind.in_use == 1:
                    text = self.tr("{name} (on 1 profile)").format(name=kind.name)
            item = QListWidgetItem(text)
            item.setData(ITEM_ROLE, kind.id)
            item.setData(NAME_ROLE, kind.name)
            self.kinds.addItem(item)
            if kind.id == keep:
                self.kinds.setCurrentItem(item)
        self.kinds.blockSignals(False)
        self._chosen()

    def kind_id(self) -> int | None:
        item = self.kinds.currentItem()
        return int(item.data(ITEM_ROLE)) if item is not None else None

    def _chosen(self) -> None:
        """The name field shows the chosen kind's name, ready to be typed over."""
        item = self.kinds.currentItem()
        self.rename_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        self.name.setText(str(item.data(NAME_ROLE)) if item is not None else "")
        self.name.selectAll()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _change(self, action: Callable[[], int | None]) -> None:
        """Save one change; on success show the list again and tell the other windows."""
        try:
            select = action()
        except PeerdeskError as error:
            self._show_error(str(error))
            return
        self.error_label.hide()
        self.reload(select)
        self.context.events.rota_changed.emit()

    def add(self) -> None:
        self._change(lambda: trainings.add_kind(self.context.store, self.name.text()).id)

    def rename(self) -> None:
        name = self.name.text()
        self._change_chosen(
            lambda kind_id: trainings.rename_kind(self.context.store, kind_id, name)
        )

    def remove(self) -> None:
        self._change_chosen(
            lambda kind_id: trainings.remove_kind(self.context.store, kind_id), keep=False
        )

    def _change_chosen(self, change: Callable[[int], None], *, keep: bool = True) -> None:
        """Change the chosen kind, which stays chosen unless ``keep`` is False."""
        kind_id = self.kind_id()
        if kind_id is None:
            return

        def action() -> int | None:
            change(kind_id)
            return kind_id if keep else None

        self._change(action)
