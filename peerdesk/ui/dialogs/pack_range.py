"""Packs for a date range: one PDF per session into a folder, in the background.

A progress window says "Pack 3 of 16"; its Cancel stops between packs. What was written (and
anything that could not be) is said in the dialog afterwards.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QWidget,
)

from peerdesk.core import groups, schedule
from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate, to_qdate
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.models.packs import PrintOptions, RangeResult, write_range_packs
from peerdesk.ui.operations import Operation, Progress, run_in_background
from peerdesk.ui.widgets.buttons import make_button

ALL_GROUPS = -1


class PackRangeDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        options: PrintOptions,
        group_id: int | None,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("packRangeDialog", parent)
        self.context = context
        self.options = options
        self.result_: RangeResult | None = None
        self.operation: Operation[RangeResult] | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.set_title(self.tr("Packs for a date range"), self.tr("&Make the packs"))
        self.save_button.setObjectName("packRangeMakeButton")
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))

        today = context.today()
        self.group = QComboBox()
        self.group.setObjectName("packRangeGroupCombo")
        self.group.setAccessibleName(self.tr("Group"))
        self.group.addItem(self.tr("All groups"), ALL_GROUPS)
        for row in groups.list_groups(context.store, today=today):
            self.group.addItem(row.name, row.id)
        if group_id is not None and self.group.findData(group_id) >= 0:
            self.group.setCurrentIndex(self.group.findData(group_id))
        self.date_from = self._date_edit("packRangeFromDate", self.tr("From"), today)
        self.date_to = self._date_edit("packRangeToDate", self.tr("To"), today + dt.timedelta(27))
        self.folder = self.line_edit("packRangeFolderEdit", self.tr("Folder"))
        self.folder.setText(str(folder or Path.home()))
        self.browse_button = make_button("packRangeBrowseButton", self.tr("&Browse…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        folder_box = QWidget()
        folder_box.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        self.add_row(self.tr("&Group:"), self.group)
        self.add_row(self.tr("&From:"), self.date_from)
        self.add_row(self.tr("&To:"), self.date_to)
        self.add_row(self.tr("F&older:"), folder_box).setBuddy(self.folder)
        intro = QLabel(
            self.tr(
                "One PDF for each session in the dates you choose, named by date and group. "
                "Each group's own choice of parts, copies and handouts is used, on the paper "
                "and print size chosen on the Packs page."
            )
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.result_label = QLabel()
        self.result_label.setObjectName("packRangeResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.layout_.insertWidget(2, self.result_label)
        self.browse_button.clicked.connect(self._browse)

    def _date_edit(self, name: str, accessible: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        edit.setMinimumDate(QDate(2000, 1, 1))
        return edit

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where to save the packs"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    # -- making the packs ----------------------------------------------------------------
    def save(self) -> None:
        """ "Make the packs": the dialog stays open to say what happened."""
        try:
            self.start()
        except PeerdeskError as error:
            self.show_error(str(error))

    def start(self) -> None:
        start, end = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        if end < start:
            raise ValidationError(self.tr("The end of the range is before its start."))
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            raise ValidationError(self.tr("Please choose a folder that exists for the packs."))
        group_id = int(self.group.currentData())
        meetings = schedule.list_meetings(
            self.context.store,
            group_id=None if group_id == ALL_GROUPS else group_id,
            date_from=start,
            date_to=end,
        )
        if not any(not meeting.is_cancelled for meeting in meetings):
            raise ValidationError(self.tr("There are no sessions in those dates."))
        self.error_label.hide()
        self.result_label.hide()
        self.save_button.setEnabled(False)
        store, options, today = self.context.store, self.options, self.context.today()
        total = sum(1 for meeting in meetings if not meeting.is_cancelled)

        def work(progress: Progress) -> RangeResult:
            return write_range_packs(
                store, meetings, folder, options, today=today, progress=progress
            )

        dialog = QProgressDialog(
            self.tr("Pack 1 of {total}").format(total=total), "", 0, total, self
        )
        dialog.setObjectName("packRangeProgress")
        dialog.setAccessibleName(self.tr("Making the packs"))
        dialog.setWindowTitle(self.tr("Making the packs"))
        cancel = make_button("packRangeCancelButton", self.tr("Cancel"))
        dialog.setCancelButton(cancel)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(360)
        dialog.setValue(0)
        self.progress_dialog = dialog
        self.operation = run_in_background(
            work,
            self._finished,
            self._failed,
            on_progress=self._progressed,
            context=self,
        )
        dialog.canceled.connect(self._cancel)
        dialog.show()

    def _cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Stopping after this pack…"))

    def _progressed(self, done: int, total: int, _text: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or dialog.wasCanceled():
            return
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(
            self.tr("Pack {number} of {total}").format(number=min(done + 1, total), total=total)
        )

    def _close_progress(self) -> None:
        self.operation = None
        self.save_button.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self._cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.show_error(message)

    def _finished(self, result: RangeResult) -> None:
        self._close_progress()
        self.result_ = result
        self.result_label.setText(self.describe(result))
        self.result_label.setAccessibleName(self.result_label.text())
        self.result_label.show()
        self.adjustSize()  # room for the list of files
        if result.failed:
            self.show_error("\n".join(result.failed))

    def describe(self, result: RangeResult) -> str:
        written = len(result.written)
        folder = str(result.written[0].parent) if result.written else self.folder.text()
        if result.cancelled:
            text = self.tr("Stopped as asked: {written} of {total} packs were saved in {folder}.")
        elif written == 1:
            text = self.tr("1 pack was saved in {folder}.")
        else:
            text = self.tr("{written} packs were saved in {folder}.")
        text = text.format(written=written, total=result.total, folder=folder)
        if result.skipped:
            text += " " + self.tr("{count} cancelled sessions got no pack.").format(
                count=len(result.skipped)
            )
        names = [path.name for path in result.written[:8]]
        if len(result.written) > 8:
            names.append(self.tr("and {more} more").format(more=len(result.written) - 8))
        return text + ("\n" + "\n".join(names) if names else "")
