"""Packs: everything printed for one session, previewed as it will come out of the printer.

Choose the group and session (the next one is chosen), tick and order the parts, pick paper and
print size, copies and handouts. Each change is saved for the group and, after a short pause,
the pack is built again in the background and shown. Print…, Save as PDF… and packs for a whole
date range are one click away. A pack always comes out for the parts that are fine; what is
missing is said in words above the preview.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import packs
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.packs import PackSettings, pack_file_name
from peerdesk.core.schedule import MeetingRow, get_meeting
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.pack_print import PackPrinter
from peerdesk.ui.dialogs.pack_range import PackRangeDialog
from peerdesk.ui.models.packs import (
    BuiltPack,
    PrintOptions,
    build_pack_bytes,
    build_pack_file,
)
from peerdesk.ui.operations import Progress, run_in_background
from peerdesk.ui.pages.page import Page
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.theme import Kind, apply_style
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.pack_options import PackHandouts, PackOptions
from peerdesk.ui.widgets.pack_sections import PackSections
from peerdesk.ui.widgets.pack_session_picker import PackSessionPicker
from peerdesk.ui.widgets.pack_text_buttons import PackTextButtons
from peerdesk.ui.widgets.pdf_preview import PdfPreview
from peerdesk.ui.widgets.wrapping_row import WrappingRow

DEBOUNCE_MS = 300
NOTE_STYLE: Kind = "problem"  # problems with the pack: worth knowing, not an error


def _box(title: str, name: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    box.setObjectName(name)
    QVBoxLayout(box).addWidget(content)
    return box


class PacksPage(Page):
    message = Signal(str)
    preview_ready = Signal()  # a fresh preview is on screen (for tests)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("packsPage")
        self.setAccessibleName(self.tr("Packs"))
        self.dialogs = DialogSlot()
        self.meeting: MeetingRow | None = None
        self.built: BuiltPack | None = None
        self._generation = 0
        self._building = False
        self._again = False  # options changed while a preview was being built
        self._folder: Path | None = None

        self.picker = PackSessionPicker(context)
        self.sections = PackSections()
        self.options = PackOptions()
        self.handouts = PackHandouts(context.store)
        self.texts = PackTextButtons(context.store, self.dialogs)
        self.agreement_button = self.texts.agreement_button
        self.cover_button = self.texts.cover_button
        self.plan_button = self.texts.plan_button
        self.lines_button = self.texts.lines_button

        controls = QWidget()
        controls.setObjectName("packControls")
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(_box(self.tr("Parts, in print order"), "packPartsBox", self.sections))
        column.addWidget(_box(self.tr("Paper and copies"), "packOptionsBox", self.options))
        column.addWidget(_box(self.tr("Handouts"), "packHandoutsBox", self.handouts))
        column.addWidget(_box(self.tr("Words in the pack"), "packTextsBox", self.texts))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("packControlsScroll")
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(controls.sizeHint().width() + 24)

        self.print_button = make_button("packPrintButton", self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Print the pack (Ctrl+P)"))
        bold = self.print_button.font()
        bold.setBold(True)
        self.print_button.setFont(bold)
        self.save_button = make_button("packSavePdfButton", self.tr("Save as P&DF…"))
        self.range_button = make_button("packRangeButton", self.tr("Packs for a date &range…"))
        actions = WrappingRow(self.print_button, self.save_button, self.range_button)
        self.status_label = QLabel()
        self.status_label.setObjectName("packStatusLabel")
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.status_label.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("packProblemsLabel")
        apply_style(self.problems_label, NOTE_STYLE)
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        self.preview = PdfPreview()
        self.error_label = make_error_label("packsErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem with the pack"))

        right = QVBoxLayout()
        right.addWidget(actions)
        right.addWidget(self.status_label)
        right.addWidget(self.problems_label)
        right.addWidget(self.error_label)
        right.addWidget(self.preview, 1)
        body = QHBoxLayout()
        body.addWidget(scroll)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addLayout(body, 1)

        self.printer = PackPrinter(self)
        self.printer.message.connect(self.message)
        self.printer.failed.connect(self.show_error)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.apply_changes)
        for changed in (self.sections.changed, self.options.changed, self.handouts.changed):
            changed.connect(self.timer.start)
        # Paper and print size chosen by hand (set_print is silent) are this computer's choice
        # for next time too.
        self.options.paper.currentIndexChanged.connect(lambda _i: self.options.remember_print())
        self.options.large_print.toggled.connect(lambda _on: self.options.remember_print())
        self.picker.meeting_chosen.connect(self._meeting_chosen)
        self.print_button.clicked.connect(self.print_pack)
        self.save_button.clicked.connect(self.save_pdf)
        self.range_button.clicked.connect(self.range_packs)
        self.texts.saved.connect(self._texts_saved)
        events = context.events
        for signal in (
            events.meetings_changed,
            events.groups_changed,
            events.venues_changed,
            events.rota_changed,  # the cover sheet names the facilitators
        ):
            signal.connect(self.data_changed)
        try:
            # The first use of packs writes the default support lines; done here, before any
            # background pack reads them, so that no two threads race to write them.
            packs.support_lines(context.store)
        except PeerdeskError as error:
            self.show_error(str(error))
        self.reload()
        self._meeting_chosen(self.picker.choose_default() or -1)

    # -- choosing ----------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        try:
            self.picker.reload_groups()
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        if self.meeting is not None:
            self.open_meeting(self.meeting.id)

    def open_meeting(self, meeting_id: int) -> None:
        """Show the pack for ``meeting_id`` (the home page's "Print the pack")."""
        try:
            meeting = get_meeting(self.context.store, meeting_id)
            self.picker.select(meeting)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self._show_meeting(meeting)

    def _meeting_chosen(self, meeting_id: int) -> None:
        meeting = self.picker.meeting(meeting_id) if meeting_id >= 0 else None
        if meeting is None:
            self.meeting = None
            self._enable(False)
            self.status_label.clear()
            self.problems_label.hide()
            self.preview.show_message(
                self.tr("There is no session to make a pack for yet. Add a group with a schedule.")
            )
            return
        self._show_meeting(meeting)

    def _show_meeting(self, meeting: MeetingRow) -> None:
        group_changed = self.meeting is None or self.meeting.group_id != meeting.group_id
        self.meeting = meeting
        self._enable(True)
        try:
            # Handouts are chosen for each session; the rest is the group's.
            self.handouts.reload(packs.session_handouts(self.context.store, meeting.id))
            settings = packs.pack_settings(self.context.store, meeting.group_id)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        if group_changed:
            self.sections.set_sections(settings.sections)
            self.options.set_copies(settings.consent_copies, settings.spare_copies)
            if settings == PackSettings():  # nothing saved for the group: this computer's
                preferences = Preferences()
                self.options.set_print(preferences.paper, preferences.large_print)
            else:
                self.options.set_print(settings.paper, settings.large_print)
        self.timer.stop()
        self.refresh_preview()

    def _enable(self, on: bool) -> None:
        self.texts.set_meeting(self.meeting if on else None)
        for widget in (
            self.sections,
            self.options,
            self.handouts,
            self.print_button,
            self.save_button,
        ):
            widget.setEnabled(on)

    def print_options(self) -> PrintOptions:
        return PrintOptions(self.options.paper_size(), self.options.large_print.isChecked())

    # -- saving and the preview ------------------------------------------------------------
    def settings(self) -> PackSettings | None:
        """The group's saved settings with the choices on screen; None without a session."""
        if self.meeting is None:
            return None
        saved = packs.pack_settings(self.context.store, self.meeting.group_id)
        return replace(
            saved,
            sections=self.sections.sections(),
            consent_copies=self.options.consent_copies.value(),
            spare_copies=self.options.spare_copies.value(),
            handouts=self.handouts.ticked(),
            paper=self.options.paper_size(),
            large_print=self.options.large_print.isChecked(),
        )

    def save_settings(self) -> bool:
        """Keep the choices on screen for the group; False (and said) if they could not be."""
        try:
            settings = self.settings()
            if settings is not None and self.meeting is not None:
                # The group keeps its usual handouts; this session keeps the ones ticked.
                saved = packs.pack_settings(self.context.store, self.meeting.group_id)
                group = replace(settings, handouts=saved.handouts)
                packs.save_pack_settings(self.context.store, self.meeting.group_id, group)
                packs.save_session_handouts(self.context.store, self.meeting.id, settings.handouts)
        except PeerdeskError as error:
            self.show_error(str(error))
            return False
        return True

    def apply_changes(self) -> None:
        """After the pause: save the choices, then build the preview again."""
        self.timer.stop()
        if self.save_settings():
            self.refresh_preview()

    def refresh_preview(self) -> None:
        if self.meeting is None:
            return
        if self._building:
            self._again = True  # one build at a time; the latest choices follow this one
            return
        self._again = False
        self._generation += 1
        generation = self._generation
        self._building = True
        self.status_label.setText(self.tr("Making the pack…"))
        store, meeting_id = self.context.store, self.meeting.id
        options, today = self.print_options(), self.context.today()

        def work(_progress: Progress) -> BuiltPack:
            return build_pack_bytes(store, meeting_id, options, today=today)

        def done(built: BuiltPack) -> None:
            if generation == self._generation:
                self._building = False
                if self._again:
                    self.refresh_preview()
                else:
                    self._show_built(built)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._building = False
                if self._again:
                    self.refresh_preview()
                    return
                self.built = None
                self.status_label.clear()
                self.show_error(message)
                self.preview.show_message(self.tr("No preview: the pack could not be made."))

        run_in_background(work, done, failed, context=self)

    def _show_built(self, built: BuiltPack) -> None:
        self.built = built
        self.error_label.hide()
        result, data = built.result, built.data
        status = self.tr(
            "{pages} pages · {staff} copies for facilitators, {people} for participants"
        )
        if result.pages == 1:
            status = self.tr("1 page · {staff} copies for facilitators, {people} for participants")
        self.status_label.setText(
            status.format(
                pages=result.pages, staff=data.facilitator_copies, people=data.participant_copies
            )
        )
        self.status_label.setAccessibleName(self.status_label.text())
        problems = list(dict.fromkeys((*data.problems, *result.problems)))
        self.problems_label.setText("\n".join(f"• {problem}" for problem in problems))
        self.problems_label.setAccessibleName(" ".join(problems))
        self.problems_label.setVisible(bool(problems))
        if result.pages:
            self.preview.show_pdf(built.pdf)
        else:
            self.preview.show_message(self.tr("Nothing to print: tick at least one part."))
        self.preview_ready.emit()

    @property
    def preview_current(self) -> bool:
        """The preview shows the choices on screen (nothing waiting or being built)."""
        return self.built is not None and not self._building and not self.timer.isActive()

    # -- printing and saving ---------------------------------------------------------------
    def print_pack(self) -> None:
        if self.meeting is None:
            return
        if self.timer.isActive():
            self.apply_changes()
        if self._building:
            self.message.emit(self.tr("The pack is still being made; Print again in a moment."))
            return
        if self.built is not None:
            self.printer.ask_and_print(self.built.pdf, self.print_options().paper)

    def save_pdf(self) -> None:
        if self.meeting is None:
            return
        if self.timer.isActive():
            self.apply_changes()
        folder = self._folder or Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the pack as PDF"),
            str(folder / pack_file_name(self.meeting)),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> None:
        if self.meeting is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._folder = path.parent
        store, meeting_id = self.context.store, self.meeting.id
        options, today = self.print_options(), self.context.today()
        self.save_button.setEnabled(False)

        def work(_progress: Progress) -> Path:
            build_pack_file(store, meeting_id, options, path, today=today)
            return path

        def done(saved: Path) -> None:
            self.save_button.setEnabled(True)
            self.error_label.hide()
            self.message.emit(self.tr("The pack was saved as {path}.").format(path=saved))

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self.show_error(self.tr("The pack was not saved. {reason}").format(reason=message))

        run_in_background(work, done, failed, context=self)

    def range_packs(self) -> None:
        group_id = self.meeting.group_id if self.meeting is not None else None
        dialog = PackRangeDialog(self.context, self.print_options(), group_id, self._folder, self)
        self.dialogs.open(dialog, lambda _d: None)

    # -- the words in the pack -------------------------------------------------------------
    def _texts_saved(self, text: str) -> None:
        self.message.emit(text)
        self.refresh_preview()
