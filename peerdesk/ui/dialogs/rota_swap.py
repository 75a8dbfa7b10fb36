"""Swap… and Add someone…: who could take a place on a session, ranked by the core.

Those who fit the group's rules come first, the fairest choice at the top, each with why.
People who would break a rule are listed too, with the rule: the group may still choose them,
after a question that says what the rota will then show. Saving swaps (or adds) through
``rota_edits``; the rules broken are kept in ``warnings`` for the page to show.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from peerdesk.core import rota_edits
from peerdesk.core.errors import ValidationError
from peerdesk.core.rota_edits import Candidate
from peerdesk.core.rota_view import OnRota, RotaSession
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import long_date
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.models.rota import CANDIDATE, FITS, WHY, CandidateModel
from peerdesk.ui.theme import apply_style
from peerdesk.ui.widgets.rota_details import PROBLEM_STYLE
from peerdesk.ui.widgets.tables import make_table, select_row, selected_row


class RotaSwapDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        session: RotaSession,
        out: OnRota | None,
        parent: QWidget | None = None,
    ) -> None:
        """``out``: the person whose place is taken (Swap…); None to add someone."""
        super().__init__("rotaSwapDialog", parent)
        self.context = context
        self.session = session
        self.out = out
        self.chosen: Candidate | None = None
        self.warnings: tuple[str, ...] = ()
        self.setMinimumWidth(720)
        day = long_date(session.day, with_year=True)
        if out is None:
            self.set_title(self.tr("Add someone to {day}").format(day=day), self.tr("&Add"))
            found = rota_edits.additions(context.store, session.meeting_id)
        else:
            self.set_title(
                self.tr("Who could take {name}'s place?").format(name=out.name), self.tr("&Swap")
            )
            found = rota_edits.replacements(context.store, session.meeting_id, out.person_id)

        intro = QLabel(
            self.tr(
                "{day}, {group}. Those who fit the group's rules come first, the fairest choice "
                "at the top. Someone who would break a rule is listed too, with the rule."
            ).format(day=day, group=session.group_name)
        )
        intro.setObjectName("rotaSwapIntro")
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.model = CandidateModel(self)
        self.model.set_rows(found)
        width = self.fontMetrics().horizontalAdvance("M")
        self.table = make_table(
            "rotaSwapCandidates",
            self.tr("People who could take the place"),
            self.model,
            stretch=WHY,
            widths={CANDIDATE: width * 9, FITS: width * 11},
        )
        # The rule someone would break can be long: it wraps rather than being cut off.
        self.table.setWordWrap(True)
        rows_header = self.table.verticalHeader()
        rows_header.setMinimumSectionSize(rows_header.defaultSectionSize())
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows = min(max(len(found), 3), 8)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * (rows + 1))
        self.layout_.insertWidget(1, self.table, 1)
        self.note = self.line_edit(
            "rotaSwapNote", self.tr("Note"), self.tr("Optional, e.g. “Priya asked to swap”")
        )
        self.add_row(self.tr("&Note:"), self.note)
        if found:
            select_row(self.table, 0)
            if not found[0].allowed:
                note = QLabel(
                    self.tr(
                        "Nobody fits every rule for this session. You can still choose someone: "
                        "the rota will then show the rule broken."
                    )
                )
                note.setObjectName("rotaSwapNobodyFits")
                note.setWordWrap(True)
                apply_style(note, PROBLEM_STYLE)
                self.layout_.insertWidget(1, note)
        else:
            self.show_error(self.tr("Nobody else facilitates {group} yet.").format(
                group=session.group_name))  # fmt: skip
            self.save_button.setEnabled(False)
        self.table.doubleClicked.connect(lambda _index: self.save())
        self.table.setFocus()

    def candidate(self) -> Candidate | None:
        return self.model.row_at(selected_row(self.table))

    def choose(self, person_id: int) -> None:
        """Select someone in the list (for the keyboard-less and the tests)."""
        number = next((n for n, c in enumerate(self.model.rows) if c.person_id == person_id), -1)
        select_row(self.table, number)

    def save(self) -> None:
        """Ask first when the choice breaks a rule; No leaves the dialog open."""
        chosen = self.candidate()
        if (
            chosen is not None
            and not chosen.allowed
            and not confirm(
                self,
                self.tr("Choose {name} anyway?").format(name=chosen.name),
                self.tr(
                    "{why}\n\nYou can still choose {name}: the rota will show this as a rule "
                    "broken until it is put right. Choose {name}?"
                ).format(why=chosen.why, name=chosen.name),
            )
        ):
            return
        super().save()

    def submit(self) -> None:
        chosen = self.candidate()
        if chosen is None:
            raise ValidationError(self.tr("Choose someone in the list first."))
        store, meeting_id, note = self.context.store, self.session.meeting_id, self.note.text()
        if self.out is None:
            self.warnings = rota_edits.add_to_session(
                store, meeting_id, chosen.person_id, note=note
            )
        else:
            self.warnings = rota_edits.swap(
                store, meeting_id, self.out.person_id, chosen.person_id, note=note
            )
        self.chosen = chosen
