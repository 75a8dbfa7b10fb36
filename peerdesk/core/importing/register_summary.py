"""The summary of a register import, in whole sentences a translator can move about.

Each line has a sentence of its own for what was done and for what would be done (the
preview), and for one and for many: "Skipped {count} date with no session: …" apart from
"Skipped {count} dates with no session: …". Only lists (of days, of counts) are put together
from translated pieces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from peerdesk.core.importing.people_import import recorded_by
from peerdesk.core.importing.register_dates import day_text
from peerdesk.core.models import MAX_HEADCOUNT
from peerdesk.core.text import counted, translate

if TYPE_CHECKING:
    from peerdesk.core.importing.register_records import RegisterTally

_DAYS_SHOWN = 4


def some_days(days: Sequence[dt.date]) -> str:
    """ "5 Nov 2026, 12 Nov 2026 and 19 Nov 2026"; past four, "… and 3 more"."""
    shown = [day_text(day) for day in days[:_DAYS_SHOWN]]
    if len(days) > _DAYS_SHOWN:
        return translate("importing", "{days} and {count} more").format(
            days=", ".join(shown), count=len(days) - _DAYS_SHOWN
        )
    if len(shown) > 1:
        return translate("importing", "{days} and {last}").format(
            days=", ".join(shown[:-1]), last=shown[-1]
        )
    return shown[0]


def _dated(days: Sequence[dt.date], one: str, many: str, **fields: object) -> list[str]:
    """``one`` or ``many`` (with ``{count}`` and ``{days}``) for the days; nothing if none."""
    if not days:
        return []
    text = one if len(days) == 1 else many
    return [text.format(count=len(days), days=some_days(days), **fields)]


def outcome_lines(
    tally: RegisterTally, source_name: str, group_name: str, *, would: bool = False
) -> list[str]:
    """The summary of an import (or, with ``would``, of what an import would do)."""
    lines = [_recorded_line(tally, source_name, group_name, would)]
    if tally.headcounts:
        lines.append(_headcount_line(tally, would))
    if tally.headcount_only:
        lines.append(
            translate("importing", "{group} only counts who came: no names are kept.").format(
                group=group_name
            )
        )
    if tally.counted_new or tally.counted_known:
        lines.append(_counted_line(tally.counted_new, tally.counted_known))
    if tally.new_people:
        lines.append(_new_people_line(tally.new_people, source_name, would))
    lines += _dated_lines(tally, would)
    left = _left_as_they_are(tally)
    if left:
        lines.append(
            translate("importing", "Left as peerdesk has them: {what}.").format(
                what="; ".join(left)
            )
        )
    lines += _dated(
        tally.headcounts_too_big,
        translate(
            "importing",
            "Left out {count} headcount too big to be right ({most} at most): {days}.",
        ),
        translate(
            "importing",
            "Left out {count} headcounts too big to be right ({most} at most): {days}.",
        ),
        most=MAX_HEADCOUNT,
    )
    if tally.skipped_rows:
        lines.append(
            counted(
                tally.skipped_rows,
                translate("importing", "Skipped {count} row of names (listed above)."),
                translate("importing", "Skipped {count} rows of names (listed above)."),
            )
        )
    if tally.unclear:
        lines.append(
            counted(
                tally.unclear,
                translate("importing", "Left out {count} cell that could not be understood."),
                translate("importing", "Left out {count} cells that could not be understood."),
            )
        )
    return lines


def _recorded_line(tally: RegisterTally, source_name: str, group_name: str, would: bool) -> str:
    marks, one = tally.marks, tally.sessions == 1
    fields = {
        "present": marks.add_present,
        "apologies": marks.add_apologies,
        "count": tally.sessions,
        "group": group_name,
        "source": source_name,
    }
    if marks.add_present or marks.add_apologies:
        apologies = bool(marks.add_apologies)
        text = _by_name_with_apologies(would, one) if apologies else _by_name(would, one)
    elif tally.headcounts:
        text = _headcounts_only(would, one)
    elif would:
        text = translate("importing", "Nothing would be recorded from {source}.")
    else:
        text = translate("importing", "Nothing was recorded from {source}.")
    return text.format(**fields)


def _by_name(would: bool, one: bool) -> str:
    if would and one:
        return translate(
            "importing",
            "Would record {present} present, by name, at {count} session of {group}, from "
            "{source}.",
        )
    if would:
        return translate(
            "importing",
            "Would record {present} present, by name, at {count} sessions of {group}, from "
            "{source}.",
        )
    if one:
        return translate(
            "importing",
            "Recorded {present} present, by name, at {count} session of {group}, from {source}.",
        )
    return translate(
        "importing",
        "Recorded {present} present, by name, at {count} sessions of {group}, from {source}.",
    )


def _by_name_with_apologies(would: bool, one: bool) -> str:
    if would and one:
        return translate(
            "importing",
            "Would record {present} present and {apologies} sent apologies, by name, at "
            "{count} session of {group}, from {source}.",
        )
    if would:
        return translate(
            "importing",
            "Would record {present} present and {apologies} sent apologies, by name, at "
            "{count} sessions of {group}, from {source}.",
        )
    if one:
        return translate(
            "importing",
            "Recorded {present} present and {apologies} sent apologies, by name, at {count} "
            "session of {group}, from {source}.",
        )
    return translate(
        "importing",
        "Recorded {present} present and {apologies} sent apologies, by name, at {count} "
        "sessions of {group}, from {source}.",
    )


def _headcounts_only(would: bool, one: bool) -> str:
    if would and one:
        return translate(
            "importing",
            "Would record headcounts only at {count} session of {group}, from {source}.",
        )
    if would:
        return translate(
            "importing",
            "Would record headcounts only at {count} sessions of {group}, from {source}.",
        )
    if one:
        return translate(
            "importing", "Recorded headcounts only at {count} session of {group}, from {source}."
        )
    return translate(
        "importing", "Recorded headcounts only at {count} sessions of {group}, from {source}."
    )


def _headcount_line(tally: RegisterTally, would: bool) -> str:
    one = tally.headcounts == 1
    if would and one:
        text = translate(
            "importing",
            "Would set the anonymous headcount of {count} session: {counted} in all, counted, "
            "not named.",
        )
    elif would:
        text = translate(
            "importing",
            "Would set the anonymous headcount of {count} sessions: {counted} in all, counted, "
            "not named.",
        )
    elif one:
        text = translate(
            "importing",
            "Set the anonymous headcount of {count} session: {counted} in all, counted, not named.",
        )
    else:
        text = translate(
            "importing",
            "Set the anonymous headcount of {count} sessions: {counted} in all, counted, not "
            "named.",
        )
    return text.format(count=tally.headcounts, counted=tally.counted)


def _counted_line(new: int, known: int) -> str:
    if new and known:
        text = _counted_both(new == 1, known == 1)
    elif new:
        text = (
            translate(
                "importing",
                "Counted in the headcount rather than named: {new} new name without recorded "
                "consent. Their apologies are not kept.",
            )
            if new == 1
            else translate(
                "importing",
                "Counted in the headcount rather than named: {new} new names without recorded "
                "consent. Their apologies are not kept.",
            )
        )
    elif known == 1:
        text = translate(
            "importing",
            "Counted in the headcount rather than named: {known} person in peerdesk without a "
            "current consent to keep their name. Their apologies are not kept.",
        )
    else:
        text = translate(
            "importing",
            "Counted in the headcount rather than named: {known} people in peerdesk without a "
            "current consent to keep their name. Their apologies are not kept.",
        )
    return text.format(new=new, known=known)


def _counted_both(one_new: bool, one_known: bool) -> str:
    if one_new and one_known:
        return translate(
            "importing",
            "Counted in the headcount rather than named: {new} new name without recorded "
            "consent and {known} person in peerdesk without a current consent to keep their "
            "name. Their apologies are not kept.",
        )
    if one_new:
        return translate(
            "importing",
            "Counted in the headcount rather than named: {new} new name without recorded "
            "consent and {known} people in peerdesk without a current consent to keep their "
            "name. Their apologies are not kept.",
        )
    if one_known:
        return translate(
            "importing",
            "Counted in the headcount rather than named: {new} new names without recorded "
            "consent and {known} person in peerdesk without a current consent to keep their "
            "name. Their apologies are not kept.",
        )
    return translate(
        "importing",
        "Counted in the headcount rather than named: {new} new names without recorded "
        "consent and {known} people in peerdesk without a current consent to keep their "
        "name. Their apologies are not kept.",
    )


def _new_people_line(count: int, source_name: str, would: bool) -> str:
    if would and count == 1:
        text = translate(
            "importing",
            "Would add {count} new person with just their name, and record their consent to "
            "keep their name and attendance (a paper form, as “{recorded_by}”).",
        )
    elif would:
        text = translate(
            "importing",
            "Would add {count} new people with just their name, and record their consent to "
            "keep their name and attendance (a paper form, as “{recorded_by}”).",
        )
    elif count == 1:
        text = translate(
            "importing",
            "Added {count} new person with just their name, and recorded their consent to "
            "keep their name and attendance (a paper form, as “{recorded_by}”).",
        )
    else:
        text = translate(
            "importing",
            "Added {count} new people with just their name, and recorded their consent to "
            "keep their name and attendance (a paper form, as “{recorded_by}”).",
        )
    return text.format(count=count, recorded_by=recorded_by(source_name))


def _dated_lines(tally: RegisterTally, would: bool) -> list[str]:
    """The extra sessions added, and the dates skipped."""
    if would:
        extra = (
            translate(
                "importing", "Would add {count} extra session for dates with no session: {days}."
            ),
            translate(
                "importing", "Would add {count} extra sessions for dates with no session: {days}."
            ),
        )
    else:
        extra = (
            translate(
                "importing", "Added {count} extra session for dates with no session: {days}."
            ),
            translate(
                "importing", "Added {count} extra sessions for dates with no session: {days}."
            ),
        )
    lines = _dated(tally.extra_sessions, *extra)
    lines += _dated(
        tally.no_session,
        translate("importing", "Skipped {count} date with no session: {days}."),
        translate("importing", "Skipped {count} dates with no session: {days}."),
    )
    lines += _dated(
        tally.cancelled,
        translate("importing", "Skipped {count} cancelled session: {days}."),
        translate("importing", "Skipped {count} cancelled sessions: {days}."),
    )
    return lines


def _left_as_they_are(tally: RegisterTally) -> list[str]:
    """What the file says that peerdesk already has, the same or not: left as it was."""
    marks, headcounts = tally.marks.already, tally.headcounts_same
    left = []
    if marks and headcounts:
        left.append(
            _one_or_many(
                marks,
                (
                    translate("importing", "{marks} mark and {headcounts} headcount already there"),
                    translate(
                        "importing", "{marks} mark and {headcounts} headcounts already there"
                    ),
                ),
                (
                    translate(
                        "importing", "{marks} marks and {headcounts} headcount already there"
                    ),
                    translate(
                        "importing", "{marks} marks and {headcounts} headcounts already there"
                    ),
                ),
                headcounts,
            ).format(marks=marks, headcounts=headcounts)
        )
    elif marks:
        left.append(
            counted(
                marks,
                translate("importing", "{count} mark already there"),
                translate("importing", "{count} marks already there"),
            )
        )
    elif headcounts:
        left.append(
            counted(
                headcounts,
                translate("importing", "{count} headcount already there"),
                translate("importing", "{count} headcounts already there"),
            )
        )
    differ = tally.marks.conflicts
    if differ:
        left.append(
            counted(
                differ,
                translate("importing", "{count} mark that differs"),
                translate("importing", "{count} marks that differ"),
            )
        )
    kept = tally.headcounts_kept
    if kept:
        left.append(
            counted(
                kept,
                translate("importing", "{count} headcount that differs"),
                translate("importing", "{count} headcounts that differ"),
            )
        )
    return left


def _one_or_many(first: int, if_one: tuple[str, str], if_many: tuple[str, str], second: int) -> str:
    """The text for one or many of ``first``, then for one or many of ``second``."""
    pair = if_one if first == 1 else if_many
    return pair[0] if second == 1 else pair[1]
