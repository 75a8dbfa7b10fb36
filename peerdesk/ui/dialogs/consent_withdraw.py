"""The second click of a withdrawal: say plainly what will happen, then do it at once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QWidget

from peerdesk.core import consent
from peerdesk.core.consent import PurposeState, Withdrawal
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate
from peerdesk.ui.dialogs.consent_dialog import (
    WARNING_STYLE,
    chosen_method,
    make_date_edit,
    make_method_combo,
)
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.models.consent import contact_consequences, field_text, short_label
from peerdesk.ui.theme import apply_style


class WithdrawDialog(FormDialog):
    """``purposes`` None withdraws everything granted. After ``Accepted``: ``withdrawal``."""

    def __init__(
        self,
        context: AppContext,
        person_id: int,
        name: str,
        states: Sequence[PurposeState],
        purposes: Sequence[str] | None,
        held: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("withdrawDialog", parent)
        self.context = context
        self.person_id = person_id
        self.purposes = None if purposes is None else list(purposes)
        self.withdrawal: Withdrawal | None = None
        granted = [s for s in states if s.is_current]
        chosen = granted if purposes is None else [s for s in states if s.key in purposes]
        keys = [s.key for s in chosen]
        everything = purposes is None
        self.set_title(
            self.tr("Withdraw all of {name}'s consent?").format(name=name)
            if everything
            else self.tr("Withdraw {name}'s consent?").format(name=name),
            self.tr("&Withdraw everything") if everything else self.tr("&Withdraw"),
        )
        lines = [self.tr("{name} no longer agrees to:").format(name=name)]
        lines += [f"  •  {short_label(s.key, s.label)}" for s in chosen]
        what = QLabel("\n".join(lines))
        what.setObjectName("withdrawWhat")
        what.setWordWrap(True)

        deleted, kept = contact_consequences(states, keys, held)
        effects = [
            self.tr("Their {field} will be deleted now.").format(field=field_text(name_))
            for name_ in deleted
        ]
        effects += [
            self.tr("Their {field} stays, because they still agree to: {what}.").format(
                field=field_text(name_), what=", ".join(what)
            )
            for name_, what in kept.items()
        ]
        if consent.KEEP_RECORDS in keys:
            effects.append(
                self.tr(
                    "We may no longer keep their name and attendance: they will be counted at "
                    "sessions but not named. You can erase them straight after."
                )
            )
        effects.append(
            self.tr("This takes effect at once and is written in their consent history.")
        )
        self.effects = QLabel(" ".join(effects))
        self.effects.setObjectName("withdrawEffects")
        self.effects.setWordWrap(True)
        apply_style(self.effects, WARNING_STYLE)

        self.date = make_date_edit("withdrawDateEdit", self.tr("Date they told us"), context)
        self.method = make_method_combo(
            "withdrawMethodCombo", self.tr("How they told us"), default="verbal"
        )
        self.recorded_by = self.line_edit(
            "withdrawRecordedByEdit", self.tr("Recorded by"), self.tr("Your name")
        )
        self.recorded_by.setText(context.recorded_by)
        self.add_row(self.tr("&Date they told us:"), self.date)
        self.add_row(self.tr("&How they told us:"), self.method)
        self.add_row(self.tr("Recorded &by:"), self.recorded_by)
        self.layout_.insertWidget(0, what)
        self.layout_.insertWidget(1, self.effects)
        self.save_button.setIcon(QIcon())  # not a "save" disk: this takes something away
        self.save_button.setFocus()

    def submit(self) -> None:
        self.withdrawal = consent.withdraw(
            self.context.store,
            self.person_id,
            self.purposes,
            on=from_qdate(self.date.date()),
            today=self.context.today(),
            method=chosen_method(self.method),
            recorded_by=self.recorded_by.text(),
        )
        self.context.recorded_by = self.recorded_by.text().strip()
