"""The work behind the Packs page, without widgets: build one pack into bytes or a file, and
write the packs of many sessions into a folder. Runs inside ``run_in_background``.

``peerdesk.printing.pack`` is imported when a pack is first built, so the page opens quickly.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.core import packs
from peerdesk.core.pack_data import PackData
from peerdesk.core.packs import PackSettings, pack_file_name
from peerdesk.core.schedule import MeetingRow
from peerdesk.core.storage import Store
from peerdesk.printing.theme import Paper, Theme
from peerdesk.ui.dates import plain_date
from peerdesk.ui.operations import Cancelled, Progress

if TYPE_CHECKING:
    from peerdesk.printing.pack import PackResult

# One pack is made at a time: the preview, Save as PDF and a date range share the database, and
# the first pack of a new database also writes defaults (support lines, consent wording), which
# two packs at once would race for.
_one_at_a_time = threading.Lock()


@dataclass(frozen=True)
class PrintOptions:
    paper: Paper = "A4"
    large_print: bool = False

    def theme(self) -> Theme:
        return Theme.for_print(self.paper, large_print=self.large_print)


@dataclass(frozen=True)
class BuiltPack:
    pdf: bytes
    data: PackData
    result: PackResult


def build_pack_bytes(
    store: Store,
    meeting_id: int,
    options: PrintOptions,
    *,
    today: dt.date,
    settings: PackSettings | None = None,
) -> BuiltPack:
    from peerdesk.printing.pack import build_pack

    with _one_at_a_time:
        data = packs.pack_data(store, meeting_id, today=today, overrides=settings)
        buffer = io.BytesIO()
        result = build_pack(data, options.theme(), buffer)
    return BuiltPack(buffer.getvalue(), data, result)


def build_pack_file(
    store: Store,
    meeting_id: int,
    options: PrintOptions,
    target: Path,
    *,
    today: dt.date,
    settings: PackSettings | None = None,
) -> PackResult:
    from peerdesk.printing.pack import build_pack

    with _one_at_a_time:
        data = packs.pack_data(store, meeting_id, today=today, overrides=settings)
        return build_pack(data, options.theme(), target)


@dataclass
class RangeResult:
    written: list[Path] = field(default_factory=list)
    skipped: list[MeetingRow] = field(default_factory=list)  # cancelled sessions
    failed: list[str] = field(default_factory=list)  # one line per pack that could not be made
    cancelled: bool = False
    total: int = 0


def write_range_packs(
    store: Store,
    meetings: list[MeetingRow],
    folder: Path,
    options: PrintOptions,
    *,
    today: dt.date,
    progress: Progress,
) -> RangeResult:
    """One PDF per session into ``folder``; Cancel is honoured between packs.

    Each group's own saved settings are used. Cancelled sessions get no pack.
    """
    result = RangeResult()
    wanted = [meeting for meeting in meetings if not meeting.is_cancelled]
    result.skipped = [meeting for meeting in meetings if meeting.is_cancelled]
    result.total = len(wanted)
    for number, meeting in enumerate(wanted, start=1):
        try:
            progress.report(number - 1, len(wanted))
        except Cancelled:
            result.cancelled = True
            break
        target = folder / pack_file_name(meeting)
        try:
            build_pack_file(store, meeting.id, options, target, today=today)
        except Exception as error:  # one bad pack must not stop the others
            result.failed.append(
                f"{plain_date(meeting.date, with_year=False)} {meeting.group_name}: {error}"
            )
            continue
        result.written.append(target)
    return result
