"""The import wizard's state and its preview table.

``ImportState`` holds what the wizard has got to: the file as read, the people already in
peerdesk (loaded once per file), the column mapping and the preview for that mapping. Changing
the mapping works the preview out again in the background, from memory only: the database is
read once, with the file. ``ImportRowsModel`` shows a preview's rows, one table row each, with
the status in words and an icon (never colour alone) and what to know about the row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.importing import (
    ColumnMapping,
    ImportSummary,
    KnownPeople,
    Preview,
    PreviewRow,
    Problem,
    Table,
    guess_mapping,
    preview_people,
    require_names,
)
from peerdesk.core.storage import Store
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import ModelIndex, RowTableModel
from peerdesk.ui.operations import Progress, run_in_background

LINE, NAME, FULL_NAME, STATUS, NOTES = range(5)
Shown = Literal["all", "ready", "duplicate", "skipped", "noted"]
SHOWN: tuple[Shown, ...] = ("all", "ready", "duplicate", "skipped", "noted")


def counts_text(preview: Preview) -> str:
    """ "4 ready, 2 likely duplicates, 3 skipped": what the preview holds, in words."""
    ready = len(preview.with_status("ready"))
    duplicates = len(preview.with_status("duplicate"))
    skipped = len(preview.with_status("skipped"))
    parts = [_tr("{n} ready").format(n=ready)]
    if duplicates:
        many = _tr("1 likely duplicate") if duplicates == 1 else _tr("{n} likely duplicates")
        parts.append(many.format(n=duplicates))
    if skipped:
        parts.append(_tr("{n} skipped").format(n=skipped))
    return ", ".join(parts)


def first_things_first(row: PreviewRow) -> list[Problem]:
    """A row's problems, what decides its status first: what keeps it out, then a likely
    duplicate, then notes about what is imported."""
    return sorted(row.problems, key=lambda p: (not p.blocking, p.kind != "duplicate"))


def shown_rows(preview: Preview, shown: Shown) -> list[PreviewRow]:
    if shown == "all":
        return list(preview.rows)
    if shown == "noted":
        return [row for row in preview.rows if row.problems]
    return preview.with_status(shown)


class ImportRowsModel(RowTableModel[PreviewRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_tr("Row"), _tr("Name"), _tr("Full name"), _tr("Status"), _tr("Notes"))
        self.include_duplicates = False
        style = QApplication.style()
        self._icons = {
            "ready": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "duplicate": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "skipped": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
        }

    def set_include_duplicates(self, include: bool) -> None:
        """The likely duplicates' status says whether they will be imported."""
        self.include_duplicates = include
        if self.rowCount():
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, STATUS), self.index(last, STATUS))

    def status_text(self, row: PreviewRow) -> str:
        if row.status == "ready":
            return _tr("Ready")
        if row.status == "skipped":
            return _tr("Skipped")
        if self.include_duplicates:
            return _tr("Likely duplicate, imported too")
        return _tr("Likely duplicate, skipped")

    def text(self, row: PreviewRow, column: int) -> str:
        if column == LINE:
            return str(row.line)
        if column == NAME:
            return row.person.preferred_name or _tr("(no name)")
        if column == FULL_NAME:
            return row.person.full_name
        if column == STATUS:
            return self.status_text(row)
        return " ".join(problem.message for problem in first_things_first(row))

    def accessible_text(self, row: PreviewRow, column: int) -> str:
        if column == LINE:
            return _tr("Row {line}").format(line=row.line)
        if column == STATUS:
            return f"{self.status_text(row)}. {self.text(row, NOTES)}".strip()
        return self.text(row, column)

    def tooltip(self, row: PreviewRow, column: int) -> str | None:
        who = self.text(row, NAME) + (f" ({row.person.full_name})" if row.person.full_name else "")
        lines = [
            _tr("Row {line}, {who}: {status}").format(
                line=row.line, who=who, status=self.status_text(row)
            )
        ]
        lines += [problem.message for problem in first_things_first(row)]
        kept = [detail for detail in (row.person.phone, row.person.email) if detail]
        if kept and row.status != "skipped":
            lines.append(_tr("Contact details kept: {kept}").format(kept=", ".join(kept)))
        return "\n".join(lines)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.column() == STATUS:
            row = self.row_at(index.row())
            return self._icons[row.status] if row is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class ImportState(QObject):
    """The file, the mapping and its preview, shared by the wizard's pages."""

    table_changed = Signal()
    preview_changed = Signal()  # a new preview, a problem instead of one, or work started

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table: Table | None = None
        self.known = KnownPeople()
        self.mapping = ColumnMapping({})
        self.preview: Preview | None = None
        self.problem = ""  # why there is no preview for this mapping
        self.working = False  # a preview is being worked out
        self.include_duplicates = False
        self.summary: ImportSummary | None = None
        self._generation = 0

    @property
    def ready(self) -> bool:
        """A preview for the mapping on screen is there (and nothing newer is on its way)."""
        return self.preview is not None and not self.working

    def set_table(self, table: Table, known: KnownPeople) -> None:
        self.table, self.known = table, known
        self.mapping = guess_mapping(table.headers)
        self.table_changed.emit()  # the mapping page shows the guess
        self.set_mapping(self.mapping)

    def clear(self) -> None:
        """The file on screen is not the one read (or could not be read)."""
        if self.table is None:
            return
        self._generation += 1
        self.table, self.preview, self.problem, self.working = None, None, "", False
        self.table_changed.emit()
        self.preview_changed.emit()

    def refuse(self, problem: str) -> None:
        """The choices on screen cannot make a preview; ``problem`` says why."""
        self._generation += 1
        self.preview, self.problem, self.working = None, problem, False
        self.preview_changed.emit()

    def set_mapping(self, mapping: ColumnMapping) -> None:
        """Work the preview out again for ``mapping``, in the background."""
        self.mapping = mapping
        self._generation += 1
        generation = self._generation
        table, known, store = self.table, self.known, self.store
        self.preview = None
        if table is None:
            return
        try:
            require_names(table, mapping)
        except PeerdeskError as error:
            self.refuse(str(error))
            return
        self.problem, self.working = "", True
        self.preview_changed.emit()

        def work(_progress: Progress) -> Preview:
            return preview_people(store, table, mapping, known=known)

        def done(preview: Preview) -> None:
            if generation == self._generation:
                self.preview, self.working = preview, False
                self.preview_changed.emit()

        def failed(message: str) -> None:
            if generation == self._generation:
                self.problem, self.working = message, False
                self.preview_changed.emit()

        run_in_background(work, done, failed, context=self)

    def rows_to_import(self) -> int:
        return 0 if self.preview is None else len(self.preview.to_import(self.include_duplicates))


def filter_label(preview: Preview | None, shown: Shown) -> str:
    """The filter chooser's words for ``shown``, with how many rows it shows."""
    words = {
        "all": _tr("All rows ({n})"),
        "ready": _tr("Ready ({n})"),
        "duplicate": _tr("Likely duplicates ({n})"),
        "skipped": _tr("Skipped ({n})"),
        "noted": _tr("Rows with a note ({n})"),
    }[shown]
    count = 0 if preview is None else len(shown_rows(preview, shown))
    return words.format(n=count)


def show_rows(model: ImportRowsModel, preview: Preview | None, shown: Shown) -> None:
    rows: Sequence[PreviewRow] = () if preview is None else shown_rows(preview, shown)
    model.set_rows(list(rows))
