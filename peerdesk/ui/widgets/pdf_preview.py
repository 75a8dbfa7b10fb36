"""A PDF shown inside the window (QtPdf), and sending a PDF's pages to a printer.

``PdfPreview.show_pdf(data)`` loads PDF bytes through a ``QBuffer`` that is kept alive as long as
the document uses it; the page being looked at stays in view when the PDF is refreshed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from peerdesk.ui.i18n import tr as _tr

# Pages are drawn for the printer at most at this resolution: sharp on paper, and an A4 page
# stays around 35 MB in memory instead of half a gigabyte at 1200 dpi.
MAX_PRINT_DPI = 300


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.document.setObjectName("packPreviewDocument")
        self._buffer: QBuffer | None = None
        self._data = QByteArray()
        self._keep_page = 0
        self.view = QPdfView()
        self.view.setObjectName("packPreviewView")
        self.view.setAccessibleName(_tr("Preview of the pack"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.placeholder = QLabel(_tr("The preview appears here."))
        self.placeholder.setObjectName("packPreviewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)
        self.document.statusChanged.connect(self._status_changed)

    def show_message(self, text: str) -> None:
        """Text instead of a document (nothing chosen yet, or nothing to show)."""
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def show_pdf(self, data: bytes) -> None:
        navigator = self.view.pageNavigator()
        self._keep_page = navigator.currentPage() if self.document.pageCount() else 0
        self.document.close()
        old = self._buffer
        self._data = QByteArray(data)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def pdf_bytes(self) -> bytes:
        return bytes(self._data.data())

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.stack.setCurrentWidget(self.view)
            page = min(self._keep_page, max(self.document.pageCount() - 1, 0))
            if page:
                self.view.pageNavigator().jump(
                    page, QPointF(), self.view.pageNavigator().currentZoom()
                )
        elif status == QPdfDocument.Status.Error:
            self.show_message(_tr("The preview could not be shown."))


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Draw every page of ``document`` (or the range chosen in the print dialog) on ``printer``.

    Each page is scaled to fit the printable area, keeping its shape, and centred.
    ``progress(done, total)`` may return False to stop. Returns the number of pages sent.
    """
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
    if count == 0 or first > last:
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_tr("The printer could not be started."))
    sent = 0
    try:
        area = painter.viewport()
        for number in range(first, last + 1):
            if progress is not None and not progress(sent, last - first + 1):
                break
            if sent:
                printer.newPage()
            size = document.pagePointSize(number - 1)
            pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            image = document.render(number - 1, pixels)
            painter.drawImage(_fit(area, image), image)
            sent += 1
    finally:
        painter.end()
    return sent


def _fit(area: QRect, image: QImage) -> QRect:
    """The largest rectangle of ``image``'s shape inside ``area``, centred."""
    if image.width() <= 0 or image.height() <= 0:
        return area
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    return QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )


def print_pdf_bytes(
    data: bytes, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
) -> int:
    """``print_pdf`` for PDF bytes, with a document of its own: safe off the GUI thread."""
    with tempfile.TemporaryDirectory(prefix="peerdesk-print-") as folder:
        path = Path(folder) / "pack.pdf"
        path.write_bytes(data)
        document = QPdfDocument()
        try:
            if document.load(str(path)) != QPdfDocument.Error.None_:
                raise OSError(_tr("The pack could not be read back for printing."))
            return print_pdf(document, printer, progress)
        finally:
            document.close()
            document.deleteLater()
