"""The import wizard's second step: what each column of the file holds.

One line per column: its heading, a couple of values from it, and a chooser of the peerdesk
field it feeds (or "Don't import"), filled in from the guess. Each change works the preview out
again from memory and the counts below say what it would mean. Columns that look like health
information cannot be chosen, and their values are not shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from peerdesk.core.importing import FIELDS, ColumnMapping, Field, Table
from peerdesk.core.importing import field_label as field_words
from peerdesk.core.importing.columns import looks_like_health
from peerdesk.ui.models.import_preview import ImportState, counts_text
from peerdesk.ui.theme import apply_style
from peerdesk.ui.widgets.import_parts import error_label, say, text_label

SAMPLES = 2
SAMPLE_CHARACTERS = 40


def samples(table: Table, index: int) -> list[str]:
    """The first few values of a column, each cut short if long."""
    found: list[str] = []
    for row in table.rows:
        value = table.cell(row, index)
        if value and value not in found:
            found.append(
                value if len(value) <= SAMPLE_CHARACTERS else value[: SAMPLE_CHARACTERS - 1] + "…"
            )
            if len(found) == SAMPLES:
                break
    return found


def field_label(field: Field) -> str:
    label = field_words(field)  # translated by the core
    return label[:1].upper() + label[1:]


class MappingPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Say what each column holds"))
        self.setSubTitle(
            self.tr(
                "peerdesk has guessed from the headings. Check each column and change any guess "
                "that is wrong; choose “Don't import” for anything peerdesk should not keep."
            )
        )
        self.combos: list[QComboBox] = []
        privacy = QLabel(
            self.tr(
                "Phone numbers and emails are kept only for people whose contact consent column "
                "says yes; without one, they are left out. Columns that look like health "
                "information (a diagnosis, medication, a GP…) are never imported."
            )
        )
        privacy.setObjectName("importPrivacyNote")
        privacy.setWordWrap(True)
        privacy.setFrameShape(QFrame.Shape.StyledPanel)
        privacy.setMargin(8)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setObjectName("importColumnsScroll")
        scroll.setWidget(self.grid_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.counts_label = text_label("importMappingCounts", bold=True)
        self.error_label = error_label(
            "importMappingErrorLabel", self.tr("Problem with the columns")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(privacy)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.error_label)
        state.table_changed.connect(self._build)
        state.preview_changed.connect(self._preview_changed)

    def isComplete(self) -> bool:
        return self.state.ready

    # -- the columns ----------------------------------------------------------------------------
    def _build(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: it is deleted only when the event loop comes round
                widget.deleteLater()
        self.combos = []
        table = self.state.table
        if table is None:
            return
        for column, text in enumerate(
            (self.tr("Column in the file"), self.tr("For example"), self.tr("Import as"))
        ):
            heading = QLabel(text)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.grid.addWidget(heading, 0, column)
        for index, header in enumerate(table.headers):
            shown = header or self.tr("Column {n} (no heading)").format(n=index + 1)
            name = QLabel(shown)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setObjectName(f"importColumnName_{index}")
            health = looks_like_health(header)
            if health:
                example = self.tr("(not shown: health information)")
            else:
                example = " · ".join(samples(table, index)) or self.tr("(empty)")
            values = QLabel(example)
            values.setObjectName(f"importColumnSamples_{index}")
            apply_style(values, "hint")  # quieter, still readable in light and dark
            values.setTextFormat(Qt.TextFormat.PlainText)
            combo = self._combo(index, shown, health)
            name.setBuddy(combo)
            self.grid.addWidget(name, index + 1, 0)
            self.grid.addWidget(values, index + 1, 1)
            self.grid.addWidget(combo, index + 1, 2)
            self.combos.append(combo)
        self.grid.setRowStretch(len(table.headers) + 1, 1)
        for previous, following in zip(self.combos, self.combos[1:], strict=False):
            QWidget.setTabOrder(previous, following)

    def _combo(self, index: int, shown: str, health: bool) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"importColumnField_{index}")
        combo.setAccessibleName(self.tr("Import “{column}” as").format(column=shown))
        if health:
            combo.addItem(self.tr("Never imported: health information"), "")
            combo.setEnabled(False)
            combo.setToolTip(self.tr("peerdesk never keeps health information."))
            return combo
        combo.addItem(self.tr("Don't import"), "")
        for field in FIELDS:
            combo.addItem(field_label(field), field)
        combo.setCurrentIndex(combo.findData(self.state.mapping.field_of(index) or ""))
        combo.activated.connect(lambda _item, i=index: self._chosen(i))
        return combo

    def _chosen(self, _index: int) -> None:
        """Each column keeps its own choice (stepping through one chooser with the arrow keys
        never changes another); a field chosen for two columns is said, not guessed at."""
        chosen: dict[Field, list[int]] = {}
        for index, combo in enumerate(self.combos):
            field: Field | None = combo.currentData() or None
            if field is not None:
                chosen.setdefault(field, []).append(index)
        mapping = ColumnMapping({})
        for field, columns in chosen.items():
            if len(columns) > 1:
                self.state.refuse(self._twice(field, columns))
                return
            mapping = mapping.with_field(field, columns[0])
        self.state.set_mapping(mapping)

    def _twice(self, field: Field, columns: list[int]) -> str:
        headers = self.state.table.headers if self.state.table is not None else ()
        names = [f"“{headers[i] or self.tr('column {n}').format(n=i + 1)}”" for i in columns]
        if len(columns) > 2:
            text = self.tr("{columns} are all chosen as “{field}”. Choose “Don't import” for all "
                           "but one.")  # fmt: skip
        else:
            text = self.tr("{columns} are both chosen as “{field}”. Choose “Don't import” for "
                           "one of them.")  # fmt: skip
        return text.format(columns=self.tr(" and ").join(names), field=field_label(field))

    # -- what it would mean -----------------------------------------------------------------
    def _preview_changed(self) -> None:
        state = self.state
        if state.problem:
            problem = state.problem
            table = state.table
            if table is not None and len(table.sheets) > 1 and not state.mapping.has_name:
                problem += " " + self.tr("Or go Back and choose another sheet of the workbook.")
            self.counts_label.clear()
            self.error_label.setText(problem)
            self.error_label.show()
        else:
            self.error_label.hide()
            if state.working:
                text = self.tr("Working out what these choices would mean…")
            elif state.preview is not None:
                text = self.tr("With these choices: {counts}.").format(
                    counts=counts_text(state.preview)
                )
                if self._contact_without_consent():
                    text += " " + self.tr(
                        "No column is chosen as the contact consent, so no phone numbers or "
                        "emails will be kept."
                    )
            else:
                text = ""
            say(self.counts_label, text)
        self.completeChanged.emit()

    def _contact_without_consent(self) -> bool:
        columns = self.state.mapping.columns
        return "contact_consent" not in columns and ("phone" in columns or "email" in columns)
