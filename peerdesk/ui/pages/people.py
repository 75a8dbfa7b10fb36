"""The people directory: search by any part of a name, add, edit, archive and restore.

Everyone is read from the database once (when the page is built, and again when another page
announces ``people_changed``); each keystroke in the search box filters in memory.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import people
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.people import PersonRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.import_wizard import ImportWizard
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.person_dialog import PersonDialog
from peerdesk.ui.dialogs.person_history import PersonHistoryDialog
from peerdesk.ui.models.people import FULL_NAME, PREFERRED_NAME, PRONOUNS, PeopleTableModel
from peerdesk.ui.pages.page import Page
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.tables import ENTER_KEYS, scaled


class PersonDetails(QGroupBox):
    """What the directory holds about the selected person, read-only, at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details"), parent)
        self.setObjectName("personDetails")
        self.setMinimumWidth(260)
        self._fields: dict[str, QLabel] = {}
        self._hint = QLabel(self.tr("Choose someone in the list to see what the directory holds."))
        self._hint.setObjectName("detailsHint")
        self._hint.setWordWrap(True)
        self._form = QWidget()
        form = QFormLayout(self._form)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label in (
            ("full_name", self.tr("Full name:")),
            ("pronouns", self.tr("Pronouns:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("Email:")),
            ("access_needs", self.tr("Access needs:")),
            ("notes", self.tr("Notes:")),
        ):
            value = QLabel()
            value.setObjectName(f"details_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self._fields[key] = value
        layout = QVBoxLayout(self)
        layout.addWidget(self._hint)
        layout.addWidget(self._form)
        layout.addStretch(1)
        self.show_person(None)

    def show_person(self, person: PersonRow | None) -> None:
        self._hint.setVisible(person is None)
        self._form.setVisible(person is not None)
        if person is None:
            self.setTitle(self.tr("Details"))
            return
        if person.archived:
            self.setTitle(self.tr("{name} (archived)").format(name=person.preferred_name))
        else:
            self.setTitle(person.preferred_name)
        for key, label in self._fields.items():
            label.setText(str(getattr(person, key)) or self.tr("—"))


class PeoplePage(Page):
    # "Consent…": the main window shows the Consent page on this person (pages stay apart).
    consent_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: PersonDialog | None = None
        self.history_dialog: PersonHistoryDialog | None = None
        self.imports = DialogSlot()  # the import wizard, while it is open
        self.setObjectName("peoplePage")
        self.setAccessibleName(self.tr("People"))

        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setPlaceholderText(self.tr("Search by any part of a name"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Search by any part of a name (Ctrl+F)"))
        self.search.installEventFilter(self)

        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.setObjectName("peopleShowArchived")
        self.show_archived.setAccessibleName(self.tr("Show archived people"))

        self.count_label = QLabel()
        self.count_label.setObjectName("peopleCount")

        self.model = PeopleTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        # Fixed modes only: "resize to contents" would measure every row on every keystroke.
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(PREFERRED_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FULL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRONOUNS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PREFERRED_NAME, scaled(200, self.table))
        header.resizeSection(PRONOUNS, scaled(110, self.table))
        self.table.installEventFilter(self)

        self.details = PersonDetails()

        self.add_button = make_button("peopleAddButton", self.tr("&Add person"))
        self.add_button.setToolTip(self.tr("Add someone to the directory (Ctrl+N)"))
        self.edit_button = make_button("peopleEditButton", self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected person (Enter)"))
        self.archive_button = make_button("peopleArchiveButton", self.tr("Arc&hive…"))
        self.history_button = make_button("peopleHistoryButton", self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("The sessions the selected person came to"))
        self.consent_button = make_button("peopleConsentButton", self.tr("&Consent…"))
        self.consent_button.setToolTip(
            self.tr("What the selected person agreed to, on the Consent page")
        )

        # Right of access: everything held about the selected person, for them to see.
        self.access_button = make_button("peopleAccessButton", self.tr("Right of access re&port…"))
        self.access_button.setToolTip(
            self.tr("Everything peerdesk holds about the selected person, as a PDF and a file")
        )
        self.import_button = make_button("peopleImportButton", self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Add people from a spreadsheet (CSV or Excel)"))

        self.error_label = make_error_label("peopleErrorLabel")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(self.details, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.consent_button)
        buttons.addWidget(self.access_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.search, self.show_archived)
        QWidget.setTabOrder(self.show_archived, self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.history_button)
        QWidget.setTabOrder(self.history_button, self.consent_button)
        QWidget.setTabOrder(self.consent_button, self.access_button)
        QWidget.setTabOrder(self.access_button, self.import_button)

        # Window-wide, but only while this page is showing (a hidden page's shortcuts sleep).
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.activated.connect(self.add_person)

        self.search.textChanged.connect(self._search_changed)
        self.show_archived.toggled.connect(self._show_archived_toggled)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.history_button.clicked.connect(self.show_history)
        self.consent_button.clicked.connect(self.show_consent)
        self.access_button.clicked.connect(self.access_report)
        self.import_button.clicked.connect(self.import_people)
        context.events.people_changed.connect(self.data_changed)
        context.events.consent_changed.connect(self.data_changed)  # a withdrawal clears a phone

        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everyone (archived included) from the database; the search is kept."""
        keep = self.selected_person()
        try:
            rows = people.list_people(self.context.store, include_archived=True)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self._stale = False
        self.model.set_rows(rows)
        if keep is not None:
            self.select_person(keep.id)
        self._update_count()

    # -- searching ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        keep = self.selected_person()
        self.model.set_query(text)
        if keep is not None:
            self.select_person(keep.id)
        self._update_count()

    def _show_archived_toggled(self, show: bool) -> None:
        keep = self.selected_person()
        self.model.set_show_archived(show)
        if keep is not None:
            self.select_person(keep.id)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        query = self.model.query.strip()
        if total == 0:
            text = self.tr("No one in the directory yet. “Add person” adds the first.")
        elif query and shown == 0:
            text = self.tr("No one matches “{query}”").format(query=query)
        elif query:
            text = self.tr("{shown} of {total} match “{query}”").format(
                shown=shown, total=total, query=query
            )
        else:
            text = self.tr("1 person") if total == 1 else self.tr("{n} people").format(n=total)
            archived = self.model.archived_total if self.show_archived.isChecked() else 0
            if archived:
                text += self.tr(", {n} of them archived").format(n=archived)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self._enter_table()
                return True
            if watched is self.table and key in ENTER_KEYS:
                self.edit_person()
                return True
        return super().eventFilter(watched, event)

    def _enter_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.selected_person() is None:
            self._select_row(0)

    # -- selection ---------------------------------------------------------------------------
    def selected_person(self) -> PersonRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.person_at(index.row())

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _select_row(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        person = self.selected_person()
        self.details.show_person(person)
        self.edit_button.setEnabled(person is not None)
        self.archive_button.setEnabled(person is not None)
        self.history_button.setEnabled(person is not None)
        self.consent_button.setEnabled(person is not None)
        self.access_button.setEnabled(person is not None)
        self.set_archive_button(self.archive_button, person is not None and person.archived)

    # -- changing ----------------------------------------------------------------------------
    def add_person(self) -> None:
        self._open_dialog(None)

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is not None:
            self._open_dialog(person)

    def _open_dialog(self, person: PersonRow | None) -> None:
        """Window-modal and not blocking: ``dialog`` is the open one, until it closes."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = PersonDialog(self.context.store, person, self, today=self.context.today())
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: PersonDialog) -> None:
        self.dialog = None
        dialog.deleteLater()

    def show_history(self) -> None:
        """The sessions the selected person came to (window-modal, not blocking)."""
        person = self.selected_person()
        if person is None:
            return
        if self.history_dialog is not None:
            self.history_dialog.close()
        dialog = PersonHistoryDialog(self.context.store, person.id, person.preferred_name, self)
        dialog.finished.connect(lambda _result: self._history_closed(dialog))
        self.history_dialog = dialog
        dialog.open()

    def _history_closed(self, dialog: PersonHistoryDialog) -> None:
        if self.history_dialog is dialog:
            self.history_dialog = None
        dialog.deleteLater()

    def import_people(self) -> None:
        """The import wizard. The list reloads when it announces ``people_changed``; after
        Finish, the first person imported is chosen."""
        self.imports.open(ImportWizard(self.context, self), self._imported)

    def _imported(self, wizard: ImportWizard) -> None:
        if wizard.summary is not None and wizard.summary.person_ids:
            self.search.clear()
            if self.select_person(wizard.summary.person_ids[0]):
                self.table.setFocus()

    def show_consent(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.consent_requested.emit(person.id)

    def access_report(self) -> None:
        """The right of access report for the selected person (its own dialog)."""
        from peerdesk.ui.dialogs.access_report import open_access_report

        person = self.selected_person()
        if person is not None:
            open_access_report(self, self.context, person.id)

    def toggle_archived(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        if not person.archived and not confirm(
            self,
            self.tr("Archive {name}?").format(name=person.preferred_name),
            self.tr(
                "Archive {name}? They will no longer be listed in the directory. Nothing "
                "is deleted: tick “Show archived” to find them and restore them at any time."
            ).format(name=person.preferred_name),
        ):
            return
        try:
            row = people.set_person_archived(self.context.store, person.id, not person.archived)
        except PeerdeskError as error:
            self.show_error(str(error))
            self.reload()
            return
        self._changed(row)
        if self.select_person(row.id):
            self.table.setFocus()

    def _saved(self, person: PersonRow | None) -> None:
        if person is None:
            return
        self._changed(person)
        if not self.select_person(person.id):
            # Saved but hidden by the search: clear it, so the person just saved is in view.
            self.search.clear()
            self.select_person(person.id)
        self.table.setFocus()

    def _changed(self, person: PersonRow) -> None:
        """Show one changed person, then tell the other pages."""
        self.error_label.hide()
        self.model.upsert(person)
        self._selection_changed()
        self._update_count()
        with self.announcing():
            self.context.events.people_changed.emit()
