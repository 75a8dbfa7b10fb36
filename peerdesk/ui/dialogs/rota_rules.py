"""A group's rota rules: how many facilitators a session needs, experience, runs and offers.

Each rule has a line under it saying in plain words what it means for the rota. Saving goes
through ``rota_service.save_rules`` and announces ``rota_changed``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QStyle, QVBoxLayout, QWidget

from peerdesk.core import rota_service
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.rota import GroupRules
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.form_dialog import FormDialog

EXPLAIN_STYLE = "font-style: italic;"  # as the notes under fields elsewhere


class RotaRulesDialog(FormDialog):
    """After it is accepted, ``saved`` holds the rules as stored."""

    def __init__(self, context: AppContext, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__("rotaRulesDialog", parent)
        self.context = context
        self.group_id = group_id
        self.saved: GroupRules | None = None
        self.setMinimumWidth(560)
        try:
            self.rules = rota_service.get_rules(context.store, group_id)
        except PeerdeskError as error:
            self.rules = GroupRules(group_id)
            self.set_title(self.tr("Rota rules"))
            self.show_error(str(error))
            self.save_button.setEnabled(False)
        else:
            self.set_title(self.tr("Rota rules for {name}").format(name=self.rules.name))

        self.per_session = self._spin(
            "perSessionSpin",
            self.tr("Facilitators per session"),
            rota_service.MAX_PER_SESSION,
            self.rules.per_session,
        )
        self.need_experienced = self._check(
            "needExperiencedCheck",
            self.tr("At least one &experienced facilitator on every session"),
            self.rules.need_experienced,
        )
        self.learner_paired = self._check(
            "learnerPairedCheck",
            self.tr("A &learner is always with an experienced facilitator"),
            self.rules.learner_needs_experienced,
        )
        self.max_in_a_row = self._spin(
            "maxInARowSpin",
            self.tr("Most sessions in a row for one person"),
            rota_service.MAX_IN_A_ROW,
            self.rules.max_in_a_row,
        )
        self.respect_offer = self._check(
            "respectOfferCheck",
            self.tr("&Keep to what each person offered a month"),
            self.rules.respect_offer,
        )

        self.form.setVerticalSpacing(14)
        self._rule(
            self.tr("&Facilitators per session:"),
            self.per_session,
            self.tr("How many people the rota puts on each session of this group."),
        )
        self._rule(
            "",
            self.need_experienced,
            self.tr("A session is never left with only people who are still learning."),
        )
        self._rule(
            "",
            self.learner_paired,
            self.tr("Someone learning is only put on a session with an experienced facilitator."),
        )
        self._rule(
            self.tr("Most sessions in a &row:"),
            self.max_in_a_row,
            self.tr("Nobody is put on more of this group's sessions one after another than this."),
        )
        self._rule(
            "",
            self.respect_offer,
            self.tr(
                "Untick it for a group whose sessions should not count towards the sessions a "
                "month each person offered."
            ),
        )
        self.per_session.setFocus()

    def _spin(self, name: str, accessible: str, most: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(1, most)
        spin.setValue(value)
        spin.setMaximumWidth(90)
        return spin

    def _check(self, name: str, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(text.replace("&", ""))
        box.setChecked(checked)
        return box

    def _rule(self, label: str, field: QWidget, explanation: str) -> None:
        """One rule: its control, and just under it a line saying what it means."""
        words = QLabel(explanation)
        words.setWordWrap(True)
        words.setStyleSheet(EXPLAIN_STYLE)
        field.setAccessibleDescription(explanation)  # a screen reader hears it too
        if isinstance(field, QCheckBox):
            # Line the words up with the box's text, not with the box.
            style = field.style()
            words.setIndent(
                style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
            )
        rule = QWidget()
        column = QVBoxLayout(rule)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(words)
        if label:
            self.add_row(label, rule).setBuddy(field)
        else:
            self.form.addRow("", rule)

    def entered(self) -> GroupRules:
        return replace(
            self.rules,
            per_session=self.per_session.value(),
            need_experienced=self.need_experienced.isChecked(),
            learner_needs_experienced=self.learner_paired.isChecked(),
            max_in_a_row=self.max_in_a_row.value(),
            respect_offer=self.respect_offer.isChecked(),
        )

    def submit(self) -> None:
        self.saved = rota_service.save_rules(self.context.store, self.entered())
        self.context.events.rota_changed.emit()
