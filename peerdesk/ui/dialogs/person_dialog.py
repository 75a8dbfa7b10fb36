"""Add or edit one person. Only a preferred name is needed; nothing clinical is ever asked.

Phone and email can only be typed once the person has agreed to be contacted that way: the
fields are greyed out otherwise, with a line saying why (the consent core decides).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import consent, people
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.people import PersonInput, PersonRow
from peerdesk.core.storage import Store
from peerdesk.ui.widgets.error_label import make_error_label


class PersonDialog(QDialog):
    """Saves through the people service; a problem is shown in red and nothing typed is lost.

    After ``exec()`` returns ``Accepted``, ``saved`` holds the person as stored.
    """

    def __init__(
        self,
        store: Store,
        person: PersonRow | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._person = person
        self._today = today or dt.date.today()
        self.saved: PersonRow | None = None
        self.setObjectName("personDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        if person is None:
            self.setWindowTitle(self.tr("Add a person"))
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=person.preferred_name))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "Only a preferred name is needed. Everything else is optional: "
                "leave out anything someone would rather not share."
            )
        )
        intro.setObjectName("personIntro")
        intro.setWordWrap(True)

        self.preferred_name = self._line(
            "preferredNameEdit", self.tr("Preferred name"), self.tr("What they like to be called")
        )
        self.full_name = self._line(
            "fullNameEdit", self.tr("Full name"), self.tr("Only if they want to give it")
        )
        self.pronouns = self._line(
            "pronounsEdit", self.tr("Pronouns"), self.tr("For example she/her, he/him, they/them")
        )
        self.phone = self._line("phoneEdit", self.tr("Phone"), self.tr("Optional"))
        self.email = self._line("emailEdit", self.tr("Email"), self.tr("Optional"))
        self.access_needs = self._text(
            "accessNeedsEdit",
            self.tr("Access needs"),
            self.tr("For example step-free access, large print, a hearing loop"),
        )
        self.notes = self._text(
            "notesEdit",
            self.tr("Notes"),
            self.tr(
                "Practical things only, like “needs a lift home” or “brings a guide dog”. "
                "Please never write anything about someone's health here."
            ),
        )

        form = QFormLayout()
        form.addRow(self.tr("&Preferred name (needed):"), self.preferred_name)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("P&ronouns:"), self.pronouns)
        self.phone_note = self._note("phoneConsentNote")
        self.email_note = self._note("emailConsentNote")
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow("", self.phone_note)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow("", self.email_note)
        form.addRow(self.tr("&Access needs:"), self.access_needs)
        form.addRow(self.tr("&Notes:"), self.notes)

        self.error_label = make_error_label("personErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem saving"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("personButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("personSaveButton")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("personCancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if person is not None:
            self._fill(person)
        self._allow_contact_fields()
        self.preferred_name.setFocus()

    def _note(self, name: str) -> QLabel:
        note = QLabel()
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setStyleSheet("font-style: italic;")
        note.hide()
        return note

    def _allow_contact_fields(self) -> None:
        """Grey out phone and email unless the person's current consent covers them."""
        allowed = {"phone": False, "email": False}
        if self._person is not None:
            try:
                states = consent.current_state(self._store, self._person.id, today=self._today)
            except PeerdeskError as error:
                self.error_label.setText(str(error))
                self.error_label.show()
                states = []
            current = {state.key for state in states if state.is_current}
            for name, keys in consent.CONTACT_FIELDS.items():
                allowed[name] = bool(current.intersection(keys))
        self.allowed = allowed
        for name, edit, note, why in (
            ("phone", self.phone, self.phone_note,
             self.tr("Record their consent to be phoned or texted first (on the Consent page).")),
            ("email", self.email, self.email_note,
             self.tr("Record their consent to be emailed first (on the Consent page).")),
        ):  # fmt: skip
            edit.setEnabled(allowed[name])
            if allowed[name]:
                note.hide()
                continue
            if edit.text():
                why = self.tr(
                    "Kept without their consent: saving removes it. To keep it, record their "
                    "consent on the Consent page first."
                )
            edit.setPlaceholderText(self.tr("Needs their consent first"))
            edit.setToolTip(why)
            note.setText(why)
            note.show()

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _text(self, name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        return edit

    def _fill(self, person: PersonRow) -> None:
        self.preferred_name.setText(person.preferred_name)
        self.full_name.setText(person.full_name)
        self.pronouns.setText(person.pronouns)
        self.phone.setText(person.phone)
        self.email.setText(person.email)
        self.access_needs.setPlainText(person.access_needs)
        self.notes.setPlainText(person.notes)

    def entered(self) -> PersonInput:
        """What is in the form now, exactly as typed."""
        return PersonInput(
            preferred_name=self.preferred_name.text(),
            full_name=self.full_name.text(),
            pronouns=self.pronouns.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            access_needs=self.access_needs.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        data = self.entered()
        # A greyed-out field is never saved: the person has not agreed to us keeping it.
        data = replace(
            data,
            phone=data.phone if self.allowed["phone"] else "",
            email=data.email if self.allowed["email"] else "",
        )
        try:
            if self._person is None:
                self.saved = people.create_person(self._store, data, today=self._today)
            else:
                self.saved = people.update_person(
                    self._store, self._person.id, data, today=self._today
                )
        except PeerdeskError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.accept()
