"""File ▸ Settings…: this computer's print choices, and the group's policies kept in its records.

Two parts, said plainly on screen because they travel differently: the paper and print size
belong to this computer (``peerdesk.ui.preferences``); the auto-lock and the retention review's
months belong to the group's database (``peerdesk.core.settings``), so a new organiser taking
the file over takes them too. With no database open (locked, still opening) only this
computer's part is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from peerdesk.core.retention import DEFAULT_MONTHS
from peerdesk.core.settings import (
    AUTO_LOCK_RANGE,
    RETENTION_RANGE,
    GroupSettings,
    read_settings,
    save_settings,
)
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.preferences import Paper, Preferences
from peerdesk.ui.theme import apply_style


def _spin(name: str, accessible: str, limits: tuple[int, int], suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(*limits)
    spin.setSuffix(suffix)
    return spin


def _note(name: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    apply_style(label, "hint")
    return label


class SettingsDialog(FormDialog):
    """``group_settings_saved`` carries the group's settings once they are saved."""

    group_settings_saved = Signal(object)  # GroupSettings

    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__("settingsDialog", parent)
        self.context = context
        self.set_title(self.tr("Settings"))
        self.preferences = Preferences()

        self.paper = QComboBox()
        self.paper.setObjectName("settingsPaperCombo")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(self.preferences.paper)))
        self.large_print = QCheckBox(self.tr("&Large print by default"))
        self.large_print.setObjectName("settingsLargePrintCheck")
        self.large_print.setAccessibleName(self.tr("Large print by default"))
        self.large_print.setChecked(self.preferences.large_print)
        machine = QGroupBox(self.tr("This computer"))
        machine.setObjectName("settingsComputerBox")
        machine_form = QFormLayout(machine)
        paper_caption = QLabel(self.tr("&Paper:"))
        paper_caption.setBuddy(self.paper)
        machine_form.addRow(paper_caption, self.paper)
        machine_form.addRow(self.large_print)
        machine_form.addRow(
            _note(
                "settingsComputerNote",
                self.tr(
                    "Where to start when you print. A group's pack keeps the paper chosen for "
                    "it on the Packs page."
                ),
            )
        )
        self.form.addRow(machine)

        self.auto_lock: QSpinBox | None = None
        self.retention: QSpinBox | None = None
        self.group_box: QGroupBox | None = None
        self.saved_group: GroupSettings | None = None
        if context is not None:
            self._add_group_part(context)
        self.paper.setFocus()

    def _add_group_part(self, context: AppContext) -> None:
        current = read_settings(context.store)
        self.auto_lock = _spin(
            "settingsAutoLockSpin",
            self.tr("Lock after this many minutes without use"),
            AUTO_LOCK_RANGE,
            self.tr(" minutes"),
        )
        self.auto_lock.setValue(current.auto_lock_minutes)
        self.retention = _spin(
            "settingsRetentionSpin",
            self.tr("Months without coming before the retention review lists someone"),
            RETENTION_RANGE,
            self.tr(" months"),
        )
        self.retention.setValue(current.retention_months)
        box = QGroupBox(self.tr("This group's records (kept in the database)"))
        box.setObjectName("settingsGroupBox")
        form = QFormLayout(box)
        lock_caption = QLabel(self.tr("Loc&k after:"))
        lock_caption.setBuddy(self.auto_lock)
        form.addRow(lock_caption, self.auto_lock)
        protected = context.store.encrypted
        self.auto_lock.setEnabled(protected)
        lock_caption.setEnabled(protected)
        if not protected:
            form.addRow(
                _note(
                    "settingsAutoLockNote",
                    self.tr(
                        "These records have no passphrase, so there is nothing to lock. The "
                        "minutes count once they are protected."
                    ),
                )
            )
        retention_caption = QLabel(self.tr("&Review people not seen for:"))
        retention_caption.setBuddy(self.retention)
        form.addRow(retention_caption, self.retention)
        form.addRow(
            _note(
                "settingsRetentionNote",
                self.tr(
                    "File ▸ Retention review lists them, so that details are not kept longer "
                    "than the consent form promises."
                ),
            )
        )
        # The consent form and the handout tell people twelve months: a longer time breaks
        # that promise unless the wording changes too.
        self.retention_warning = _note(
            "settingsRetentionWarning",
            self.tr(
                "The consent form tells people their details go {months} months after their "
                "last visit. If you choose longer, write the new time into a new version of "
                "the form (Consent page) before relying on it."
            ).format(months=DEFAULT_MONTHS),
        )
        apply_style(self.retention_warning, "warning")
        form.addRow(self.retention_warning)
        self.retention.valueChanged.connect(
            lambda months: self.retention_warning.setVisible(months > DEFAULT_MONTHS)
        )
        self.retention_warning.setVisible(current.retention_months > DEFAULT_MONTHS)
        self.group_box = box
        self.form.addRow(box)

    def chosen_group_settings(self) -> GroupSettings | None:
        if self.auto_lock is None or self.retention is None:
            return None
        return GroupSettings(
            auto_lock_minutes=self.auto_lock.value(), retention_months=self.retention.value()
        )

    def submit(self) -> None:
        """The group's part first: if the database refuses, nothing is saved and it is said."""
        chosen = self.chosen_group_settings()
        if chosen is not None and self.context is not None:
            save_settings(self.context.store, chosen)
            self.saved_group = chosen
        paper: Paper = "Letter" if self.paper.currentData() == "Letter" else "A4"
        self.preferences.set_print(paper, self.large_print.isChecked())
        self.preferences.save()
        if chosen is not None:
            self.group_settings_saved.emit(chosen)
