"""The register import's first two steps: the group and the file, then the options.

The file step is the people import's (``FileStep``) with the group above it: the file is read
as a register (``read_register``) in the background, so a file that is not one is refused with
the core's reason and the page stays. The options step works the preview out again, in the
background, whenever an option changes, and says in a few lines what importing would do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from peerdesk.core import groups
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.importing import RegisterOptions, RegisterSheet, Table, read_register, read_table
from peerdesk.ui.operations import Progress
from peerdesk.ui.widgets.import_file import FileStep
from peerdesk.ui.widgets.import_parts import bullets, error_label, say, text_label
from peerdesk.ui.widgets.register_import_state import RegisterImportState

NO_YEAR = 1999  # the year box's "work it out" (a heading's two-digit year is 20xx)


class RegisterFilePage(FileStep[tuple[Table, RegisterSheet]]):
    def __init__(
        self, state: RegisterImportState, group_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("registerImportFilePage")
        self.setTitle(self.tr("Choose the group and its register"))
        self.setSubTitle(
            self.tr(
                "A CSV file or an Excel workbook (.xlsx) typed from the paper registers: a row "
                "for each person and a column for each session, headed by its date. Nothing "
                "is saved until the last step."
            )
        )
        self.tip.setText(
            self.tr(
                "peerdesk looks for the row of dates (such as “03/11/2026” or “3 Nov”) and the "
                "column of names. Ticks, x, y, 1 and P count as present, A as apologies, and a "
                "blank as absent. A row called “Anonymous” or “Headcount” holds how many came "
                "without being named."
            )
        )
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("registerImportGroupCombo")
        self.group_combo.setAccessibleName(self.tr("Group the register is for"))
        caption = QLabel(self.tr("&Group:"))
        caption.setBuddy(self.group_combo)
        self.group_error = error_label("registerImportGroupError", self.tr("Problem with groups"))
        self.group_combo.setMinimumContentsLength(24)
        # Wide enough for the usual entry, not the longest: a large font must not push
        # the page off the screen (the list itself opens as wide as it needs).
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(caption, self.group_combo)
        self.main_layout.insertLayout(0, form)
        self.main_layout.insertWidget(1, self.group_error)
        QWidget.setTabOrder(self.group_combo, self.path_edit)
        self._fill_groups(group_id)
        self.group_combo.currentIndexChanged.connect(lambda _index: self._group_chosen())

    def _fill_groups(self, group_id: int | None) -> None:
        try:
            rows = groups.list_groups(
                self.state.store, today=self.state.today(), include_archived=True
            )
        except PeerdeskError as error:
            rows, problem = [], str(error)
        else:
            problem = self.tr("There are no groups yet: add the group first, on this page.")
        for row in rows:
            name = self.tr("{name} (archived)").format(name=row.name) if row.archived else row.name
            self.group_combo.addItem(name, row.id)
        if group_id is not None and self.group_combo.findData(group_id) >= 0:
            self.group_combo.setCurrentIndex(self.group_combo.findData(group_id))
        self.group_error.setText(problem)
        self.group_error.setVisible(not rows)
        self._group_chosen()

    def _group_chosen(self) -> None:
        data = self.group_combo.currentData()
        self.state.set_group(data if isinstance(data, int) else None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return super().isComplete() and self.state.group_id is not None

    def has_file(self) -> bool:
        return self.state.sheet is not None

    def forget(self) -> None:
        self.state.set_sheet(None)

    def load(
        self, path: Path, sheet: str | None, progress: Progress
    ) -> tuple[Table, RegisterSheet]:
        table = read_table(path, sheet=sheet, progress=progress.report)
        progress.check()  # Stop pressed while a CSV file was read: drop it
        return table, read_register(table)  # a file that is not a register stops here

    def loaded(self, result: tuple[Table, RegisterSheet]) -> tuple[Table, str]:
        table, sheet = result
        self.state.set_sheet(sheet)
        count = len(sheet.dates)
        dates = self.tr("1 date column") if count == 1 else self.tr("{n} date columns")
        how = self.tr(
            "{name} has been read as {how}.\nThe dates are on row {line} ({dates}); the names "
            "are in {names}. Press Next to choose how to import it."
        )
        return table, how.format(
            name=table.source_name,
            how=table.how_read(),
            line=sheet.heading_line,
            dates=dates.format(n=count),
            names=sheet.names_from,
        )


class OptionsPage(QWizardPage):
    def __init__(self, state: RegisterImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("registerImportOptionsPage")
        self.setTitle(self.tr("Choose how to import the register"))
        self.setSubTitle(
            self.tr("What importing would do is worked out again as you change these.")
        )
        self.add_sessions_box = QCheckBox(self.tr("&Add sessions that are not in peerdesk"))
        self.add_sessions_box.setObjectName("registerImportAddSessions")
        self.add_sessions_box.setAccessibleName(self.tr("Add sessions that are not in peerdesk"))
        self.add_sessions_box.setToolTip(
            self.tr(
                "A date on which the group has no session is skipped, unless this is ticked: "
                "then an extra session is added for it."
            )
        )
        self.consented_box = QCheckBox(
            self.tr("&Everyone named has agreed on paper to their name being kept")
        )
        self.consented_box.setObjectName("registerImportNamesConsented")
        self.consented_box.setAccessibleName(
            self.tr("Everyone named has agreed on paper to their name being kept")
        )
        consent_text = text_label("registerImportConsentText")
        say(
            consent_text,
            self.tr(
                "peerdesk keeps a name only with that person's consent. Without this ticked, "
                "anyone who has not given consent in peerdesk is counted in the session's "
                "anonymous headcount, not by name, and their apologies are not kept. Ticked, "
                "people new to peerdesk are added with just their name and their consent is "
                "recorded as given on paper; people already in peerdesk keep their own consent "
                "record, which this never changes."
            ),
        )
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("registerImportYear")
        self.year_spin.setAccessibleName(self.tr("Year of dates written without one"))
        self.year_spin.setRange(NO_YEAR, state.today().year)
        self.year_spin.setSpecialValueText(self.tr("Work it out"))
        self.year_spin.setValue(NO_YEAR)
        self.year_spin.setToolTip(
            self.tr(
                "For headings such as “3 Nov”: the year in the register's title, else the year "
                "whose sessions fit the dates best."
            )
        )
        year_caption = QLabel(self.tr("&Year of dates written without one:"))
        year_caption.setBuddy(self.year_spin)
        self.status_label = text_label("registerImportOptionsStatus", selectable=True)
        self.error_label = error_label("registerImportOptionsError", self.tr("Problem"))

        consent_text.setContentsMargins(24, 0, 0, 6)  # under the box it explains
        year_row = QFormLayout()
        year_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        year_row.addRow(year_caption, self.year_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.add_sessions_box)
        layout.addWidget(self.consented_box)
        layout.addWidget(consent_text)
        layout.addLayout(year_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        for box in (self.add_sessions_box, self.consented_box):
            box.toggled.connect(lambda _on: self._changed())
        self.year_spin.valueChanged.connect(lambda _year: self._changed())
        state.preview_changed.connect(self._show)

    def initializePage(self) -> None:
        self._show()

    def isComplete(self) -> bool:
        return self.state.ready

    def _changed(self) -> None:
        year = self.year_spin.value()
        self.state.set_options(
            RegisterOptions(
                add_missing_sessions=self.add_sessions_box.isChecked(),
                names_consented=self.consented_box.isChecked(),
                year=None if year == NO_YEAR else year,
            )
        )

    def _show(self) -> None:
        state = self.state
        self.error_label.setText(state.problem)
        self.error_label.setVisible(bool(state.problem))
        if state.working:
            say(self.status_label, self.tr("Working out what importing would do…"))
        elif state.preview is not None:
            lines = [*state.preview.notes, *state.preview.lines()]
            say(self.status_label, self.tr("If you import:") + "\n" + bullets(lines))
        else:
            say(self.status_label, "")
        self.completeChanged.emit()
