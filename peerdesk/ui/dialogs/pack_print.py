"""Print…: the system's print dialog, then the pack's pages sent to the printer in the
background, with "Page 3 of 40" and a Cancel that stops before the next page."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from peerdesk.ui.operations import Operation, Progress, run_in_background
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.pdf_preview import print_pdf_bytes

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def start_from_last_printer(printer: QPrinter) -> None:
    """The printer and two-sided choice used last on this computer, if that printer is here."""
    preferences = Preferences()
    name = preferences.printer
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    if preferences.duplex >= 0:
        printer.setDuplex(QPrinter.DuplexMode(preferences.duplex))


def remember_printer(printer: QPrinter) -> None:
    preferences = Preferences()
    preferences.printer = printer.printerName()
    preferences.duplex = printer.duplex().value


class PackPrinter(QObject):
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.printer: QPrinter | None = None
        self.operation: Operation[int] | None = None
        self.progress_dialog: QProgressDialog | None = None

    def ask_and_print(self, pdf: bytes, paper: str) -> None:
        """The print dialog (which blocks, as print dialogs do), then printing in the background."""
        if self.operation is not None:
            return  # already printing
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAGE_SIZES.get(paper, QPageSize.PageSizeId.A4)))
        printer.setDocName(self.tr("Session pack"))
        start_from_last_printer(printer)
        dialog = QPrintDialog(printer, self.widget)
        dialog.setObjectName("packPrintDialog")
        dialog.setWindowTitle(self.tr("Print the pack"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        remember_printer(printer)
        self.print_to(pdf, printer)

    def print_to(self, pdf: bytes, printer: QPrinter) -> None:
        self.printer = printer  # kept alive while the pages are sent

        def work(progress: Progress) -> int:
            def report(done: int, total: int) -> bool:
                if progress.cancelled:
                    return False
                progress.report(done, total)
                return True

            return print_pdf_bytes(pdf, printer, report)

        dialog = QProgressDialog(self.tr("Sending the pack to the printer…"), "", 0, 0, self.widget)
        dialog.setObjectName("packPrintProgress")
        dialog.setAccessibleName(self.tr("Printing"))
        dialog.setWindowTitle(self.tr("Printing"))
        dialog.setCancelButton(make_button("packPrintCancelButton", self.tr("Cancel")))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(500)
        self.progress_dialog = dialog
        self.operation = run_in_background(
            work, self._done, self._failed, on_progress=self._progressed, context=self
        )
        dialog.canceled.connect(self.operation.cancel)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self.progress_dialog is not None and not self.progress_dialog.wasCanceled():
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)
            self.progress_dialog.setLabelText(
                self.tr("Sending page {number} of {total} to the printer…").format(
                    number=min(done + 1, total), total=total
                )
            )

    def _finish(self) -> None:
        self.operation = None
        self.printer = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, pages: int) -> None:
        self._finish()
        self.message.emit(self.tr("{pages} pages were sent to the printer.").format(pages=pages))

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(self.tr("The pack was not printed. {reason}").format(reason=message))
