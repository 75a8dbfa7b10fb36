"""Record one person's consent from one form: each purpose ticked (agreed) or not (said no).

Nothing is ticked to begin with: a tick is something the person chose. Phone and email can be
typed only while the matching contact purpose is ticked, and are saved straight after the
consent, in the same click. Without "keep my name and attendance" the person is counted but not
kept: the dialog says so before saving and offers to erase them once their answers are recorded.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import consent, erasure, people
from peerdesk.core.consent import Answer, Method, VersionRow
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.people import PersonRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate, to_qdate
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.models.consent import field_text, method_names, short_label
from peerdesk.ui.theme import Kind, apply_style

WARNING_STYLE: Kind = "warning"  # a look from peerdesk.ui.theme: it follows dark mode


def make_date_edit(name: str, accessible: str, context: AppContext) -> QDateEdit:
    """A date, today by default, never in the future."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    today = to_qdate(context.today())
    edit.setMaximumDate(today)
    edit.setDate(today)
    return edit


def make_method_combo(name: str, accessible: str, default: str = "paper") -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for method, words in method_names():
        combo.addItem(words, method)
    combo.setCurrentIndex(max(combo.findData(default), 0))
    return combo


def chosen_method(combo: QComboBox) -> Method:
    method: Method = combo.currentData()
    return method


class RecordConsentDialog(FormDialog):
    """After ``Accepted``: ``erased`` says whether the person was erased as well."""

    def __init__(
        self,
        context: AppContext,
        person: PersonRow,
        version: VersionRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("recordConsentDialog", parent)
        self.context = context
        self.person = person
        self.version = version
        self.recorded = False  # the answers are saved (a contact detail may still need fixing)
        self.erased = False
        self.setMinimumWidth(640)
        self.set_title(
            self.tr("Record consent for {name}").format(name=person.preferred_name),
            self.tr("&Record consent"),
        )

        intro = QLabel(
            self.tr(
                "Version {n} of “{title}”. Tick only what {name} agreed to: anything left "
                "unticked is recorded as a no."
            ).format(n=version.number, title=version.title, name=person.preferred_name)
        )
        intro.setObjectName("recordConsentIntro")
        intro.setWordWrap(True)

        self.purposes_box = QGroupBox(self.tr("What they agreed to"))
        self.purposes_box.setObjectName("recordConsentPurposes")
        ticks = QVBoxLayout(self.purposes_box)
        self.checks: dict[str, QCheckBox] = {}
        for purpose in version.purposes:
            check = QCheckBox(purpose.label)
            check.setObjectName(f"purpose_{purpose.key}")
            check.setAccessibleName(purpose.label)
            check.setToolTip(short_label(purpose.key, purpose.label))
            check.toggled.connect(self._ticks_changed)
            ticks.addWidget(check)
            self.checks[purpose.key] = check

        self.keep_warning = QLabel(
            self.tr(
                "{name} has not ticked the box to keep their name and attendance: they will be "
                "counted at sessions but not kept by name. After recording you can erase them; "
                "the sessions they came to keep them as an anonymous count."
            ).format(name=person.preferred_name)
        )
        self.keep_warning.setObjectName("recordConsentKeepWarning")
        self.keep_warning.setWordWrap(True)
        apply_style(self.keep_warning, WARNING_STYLE)
        self.keep_warning.setVisible(consent.KEEP_RECORDS in self.checks)

        self.date = make_date_edit("consentDateEdit", self.tr("Date consent was given"), context)
        self.method = make_method_combo("consentMethodCombo", self.tr("How consent was given"))
        self.recorded_by = self.line_edit(
            "consentRecordedByEdit", self.tr("Recorded by"), self.tr("Your name")
        )
        self.recorded_by.setText(context.recorded_by)
        self.paper_ref = self.line_edit(
            "consentPaperRefEdit",
            self.tr("Paper form reference"),
            self.tr("Where the signed form is kept, for example folder 2, form 14"),
        )
        self.phone = self.line_edit("consentPhoneEdit", self.tr("Phone"))
        self.email = self.line_edit("consentEmailEdit", self.tr("Email"))
        self.phone.setText(person.phone)
        self.email.setText(person.email)
        self.contact_note = QLabel()
        self.contact_note.setObjectName("recordConsentContactNote")
        self.contact_note.setWordWrap(True)
        self.contact_note.setStyleSheet("font-style: italic;")

        self.add_row(self.tr("&Date given:"), self.date)
        self.add_row(self.tr("&How given:"), self.method)
        self.add_row(self.tr("Recorded &by:"), self.recorded_by)
        self.add_row(self.tr("&Paper form:"), self.paper_ref)
        self.add_row(self.tr("P&hone:"), self.phone)
        self.add_row(self.tr("&Email:"), self.email)
        self.form.addRow("", self.contact_note)

        self.layout_.insertWidget(0, intro)
        self.layout_.insertWidget(1, self.purposes_box)
        self.layout_.insertWidget(2, self.keep_warning)
        self._ticks_changed()
        first = next(iter(self.checks.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the form ----------------------------------------------------------------------------
    def _ticks_changed(self) -> None:
        ticked = {key for key, check in self.checks.items() if check.isChecked()}
        keep = self.checks.get(consent.KEEP_RECORDS)
        self.keep_warning.setVisible(keep is not None and not keep.isChecked())
        lost: list[str] = []
        for name, edit, wanted in (
            ("phone", self.phone, self.tr("Tick phone calls or text messages above first")),
            ("email", self.email, self.tr("Tick email above first")),
        ):
            allowed = bool(ticked.intersection(consent.CONTACT_FIELDS[name]))
            edit.setEnabled(allowed)
            edit.setPlaceholderText(self.tr("Optional") if allowed else wanted)
            if not allowed and edit.text().strip():
                lost.append(field_text(name))
        self.contact_note.setText(
            self.tr("Not ticked, so their {fields} will be deleted when you record this.").format(
                fields=self.tr(" and ").join(lost)
            )
            if lost
            else ""
        )
        self.contact_note.setVisible(bool(lost))

    def answer(self) -> Answer:
        return Answer(
            person_id=self.person.id,
            decisions={key: check.isChecked() for key, check in self.checks.items()},
            decided_on=from_qdate(self.date.date()),
            method=chosen_method(self.method),
            recorded_by=self.recorded_by.text(),
            paper_ref=self.paper_ref.text(),
        )

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Record the answers, then the contact details, then erase if asked: one click."""
        erase = False
        keep = self.checks.get(consent.KEEP_RECORDS)
        if not self.recorded and keep is not None and not keep.isChecked():
            choice = self._ask_about_erasure()
            if choice == QMessageBox.StandardButton.Cancel:
                return
            erase = choice == QMessageBox.StandardButton.Yes
        try:
            if not self.recorded:
                today = self.context.today()
                consent.record(self.context.store, self.answer(), self.version.id, today=today)
                self.recorded = True
                self.context.recorded_by = self.recorded_by.text().strip()
                self._lock_answers()
            if erase:
                erasure.erase_person(self.context.store, self.person.id)
                self.erased = True
            else:
                self._save_contact_details()
        except PeerdeskError as error:
            message = str(error)
            if self.recorded:
                message = self.tr("Their consent is saved. {problem}").format(problem=message)
            self.show_error(message)
            return
        self.error_label.hide()
        self.accept()

    def _lock_answers(self) -> None:
        """Recorded: only the contact details can still be corrected (nothing is recorded twice)."""
        for widget in (self.purposes_box, self.date, self.method, self.recorded_by, self.paper_ref):
            widget.setEnabled(False)
        self.save_button.setText(self.tr("&Save contact details"))
        self.save_button.setAccessibleName(self.tr("Save contact details"))

    def _save_contact_details(self) -> None:
        stored = people.get_person(self.context.store, self.person.id)
        phone = self.phone.text().strip() if self.phone.isEnabled() else stored.phone
        email = self.email.text().strip() if self.email.isEnabled() else stored.email
        if (phone, email) == (stored.phone, stored.email):
            return
        data = replace(stored.as_input(), phone=phone, email=email)
        people.update_person(self.context.store, self.person.id, data, today=self.context.today())

    def _ask_about_erasure(self) -> QMessageBox.StandardButton:
        name = self.person.preferred_name
        return QMessageBox.question(
            self,
            self.tr("Erase {name} after recording?").format(name=name),
            self.tr(
                "{name} did not agree to us keeping their name and attendance. They will still "
                "be counted at sessions, but not kept by name.\n\n"
                "Yes: record their answers, then erase {name} now. The sessions they came to "
                "keep them as an anonymous count.\n"
                "No: record their answers only; they stay listed under “needs attention” "
                "until you erase them.\n"
                "Cancel: go back to the form."
            ).format(name=name),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No,
        )
