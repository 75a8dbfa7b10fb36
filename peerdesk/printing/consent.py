"""Gather what a consent form needs from the core and print it (for the command line and GUI)."""

from __future__ import annotations

import datetime as dt
import os
from typing import BinaryIO

from peerdesk.core import consent, groups, people
from peerdesk.core.storage import Store
from peerdesk.core.text import translate
from peerdesk.printing.render import render_pdf
from peerdesk.printing.sheets.consent_form import ConsentFormData, FilledIn, build_consent_form
from peerdesk.printing.theme import Paper, Theme


def consent_form_data(
    store: Store, *, group: str | None = None, person: str | None = None, today: dt.date
) -> ConsentFormData:
    """The current wording (made on first use), the group's name and, if asked, one person's
    answers for a pre-filled copy."""
    version = consent.ensure_default_form(store)
    group_name = groups.find_group(store, group, today=today).name if group else ""
    filled = None
    if person is not None:
        row = people.find_person(store, person)
        answers = consent.current_state(store, row.id, today=today)
        filled = FilledIn(row.preferred_name, tuple(answers), today)
    return ConsentFormData(version=version, group_name=group_name, person=filled)


def write_consent_form(
    data: ConsentFormData,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    paper: Paper = "A4",
    large_print: bool = False,
) -> int:
    """Write the form as a PDF; returns the number of pages."""
    version = data.version
    # The document title stays the form's own, even on a pre-filled copy: a name in the file's
    # metadata would show in print queues and file managers.
    return render_pdf(
        lambda theme: build_consent_form(data, theme),
        Theme.for_print(paper, large_print=large_print),
        target,
        title=version.title,
        subject=translate("consent_form", "{form}, version {number}").format(
            form=version.form_name, number=version.number
        ),
    )
