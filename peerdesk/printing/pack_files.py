"""Session packs as files, for the command line (and the range export in the window):
find the session, gather its data from the core, write the PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peerdesk.core import groups, packs, schedule
from peerdesk.core.errors import NotFoundError, StorageError, ValidationError
from peerdesk.core.packs import pack_file_name
from peerdesk.core.schedule import MeetingRow
from peerdesk.core.storage import Store
from peerdesk.core.text import translate
from peerdesk.printing.pack import PackResult, build_pack
from peerdesk.printing.theme import Paper, Theme


@dataclass(frozen=True)
class WrittenPack:
    meeting: MeetingRow
    path: Path
    result: PackResult


def session_on(store: Store, group: str, day: dt.date, *, today: dt.date) -> MeetingRow:
    """The group's session on that day (a clear message when there is none)."""
    found = groups.find_group(store, group, today=today)
    sessions = schedule.list_meetings(
        store, group_id=found.id, date_from=day, date_to=day, include_archived_groups=True
    )
    if not sessions:
        raise NotFoundError(
            translate("pack_files", "{group} has no session on {date}.").format(
                group=found.name, date=f"{day:%A %d %B %Y}"
            )
        )
    return sessions[0]


def write_pack(
    store: Store,
    meeting: MeetingRow,
    target: Path,
    *,
    today: dt.date,
    paper: Paper | None = None,
    large_print: bool = False,
) -> WrittenPack:
    """One pack; paper and print size default to what the group chose on the Packs page."""
    data = packs.pack_data(store, meeting.id, today=today)
    chosen = packs.pack_settings(store, meeting.group_id)
    theme = Theme.for_print(paper or chosen.paper, large_print=large_print or chosen.large_print)
    result = build_pack(data, theme, target)
    return WrittenPack(meeting, target, result)


def write_packs(
    store: Store,
    date_from: dt.date,
    date_to: dt.date,
    folder: Path,
    *,
    today: dt.date,
    paper: Paper | None = None,
    large_print: bool = False,
    group: str | None = None,
    progress: Callable[[int, int, MeetingRow], None] | None = None,
) -> list[WrittenPack]:
    """One pack per session (not cancelled) in the range; ``progress`` may raise to stop."""
    if date_to < date_from:
        raise ValidationError(translate("pack_files", "The end date is before the start date."))
    if not folder.is_dir():
        raise StorageError(
            translate("pack_files", "The folder {folder} does not exist.").format(folder=folder)
        )
    group_id = groups.find_group(store, group, today=today).id if group else None
    sessions = schedule.list_meetings(
        store, group_id=group_id, date_from=date_from, date_to=date_to, include_cancelled=False
    )
    written = []
    for number, meeting in enumerate(sessions):
        if progress is not None:
            progress(number, len(sessions), meeting)
        written.append(
            write_pack(
                store,
                meeting,
                folder / pack_file_name(meeting),
                today=today,
                paper=paper,
                large_print=large_print,
            )
        )
    return written
