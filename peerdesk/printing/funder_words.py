"""The funder report's own words, in the chosen language: its title and period, the headline
tiles' labels, the notes under the charts and the group table, and "About these figures" with
the small-number rule (``peerdesk.printing.funder_report`` lays them out and draws the charts).

Every sentence goes whole through ``translate("funder_report", …)`` and is made when the report
is printed, never at import (before the window installs its translator). These are plain text:
the layout escapes them for a Paragraph.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peerdesk.core.funder_report import Figure, FunderReport, GroupLine
from peerdesk.core.text import translate


def title() -> str:
    return translate("funder_report", "Activity report")


def day(value: dt.date) -> str:
    """ "1 April 2026"."""
    return f"{value.day} {value:%B %Y}"


def period(report: FunderReport) -> str:
    return translate("funder_report", "{first} to {last}").format(
        first=day(report.date_from), last=day(report.date_to)
    )


def subject(report: FunderReport) -> str:
    """The PDF's subject: the report's own title and its period."""
    return translate("funder_report", "{title}, {period}").format(
        title=report.title, period=period(report)
    )


def printed_on(printed: dt.date) -> str:
    return translate("funder_report", "Printed {date}").format(date=day(printed))


def running_head(report: FunderReport) -> str:
    return translate("funder_report", "Activity report · {period}").format(period=period(report))


def nobody_named() -> str:
    return translate("funder_report", "Figures only: nobody is named in this report.")


def hidden_note() -> str:
    """Under the headline figures, when any figure is hidden."""
    return translate(
        "funder_report",
        "Some small numbers are hidden so that nobody can be identified: “About these figures” "
        "at the end explains why.",
    )


# Headline tiles


@dataclass(frozen=True)
class Tile:
    value: str
    label: str
    hint: str = ""


def _tile(figure: Figure, label: str, hint: str) -> Tile:
    return Tile(figure.text, label, hint)  # the text: a hidden figure's value never leaves here


def hours(value: float) -> str:
    """ "380", "12.5": volunteer hours, no needless ".0"."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def headline(report: FunderReport) -> list[tuple[str, list[Tile]]]:
    """The headline figures in bands (sessions, attendances, people), each as labelled tiles."""
    return [
        (
            translate("funder_report", "Sessions"),
            [
                Tile(f"{report.sessions_held:,}", translate("funder_report", "Sessions held")),
                Tile(
                    f"{report.sessions_cancelled:,}",
                    translate("funder_report", "Sessions cancelled"),
                ),
                Tile(
                    report.average_per_session,
                    translate("funder_report", "Average per session"),
                    translate("funder_report", "attendances"),
                ),
                Tile(
                    hours(report.facilitator_hours),
                    translate("funder_report", "Facilitator hours"),
                    translate("funder_report", "volunteer time"),
                ),
            ],
        ),
        (
            translate("funder_report", "Attendances"),
            [
                _tile(
                    report.total_attendances,
                    translate("funder_report", "Total attendances"),
                    translate("funder_report", "named and anonymous"),
                ),
                _tile(
                    report.named_attendances,
                    translate("funder_report", "Named"),
                    translate("funder_report", "on the register"),
                ),
                _tile(
                    report.anonymous_attendances,
                    translate("funder_report", "Anonymous"),
                    translate("funder_report", "headcount, no names"),
                ),
            ],
        ),
        (
            translate("funder_report", "People"),
            [
                _tile(
                    report.unique_people,
                    translate("funder_report", "Different people"),
                    translate("funder_report", "named people"),
                ),
                _tile(
                    report.new_people,
                    translate("funder_report", "New people"),
                    translate("funder_report", "first came in the period"),
                ),
                _tile(
                    report.returning_people,
                    translate("funder_report", "Returning people"),
                    translate("funder_report", "had come before"),
                ),
            ],
        ),
    ]


# Charts


def months_heading() -> str:
    return translate("funder_report", "Month by month")


def nothing_to_chart() -> str:
    return translate(
        "funder_report", "No sessions were held in this period, so there is nothing to chart."
    )


def no_sessions() -> str:
    """Standing in a month's gap in the attendances chart."""
    return translate("funder_report", "no sessions")


def attendances_caption(*, hidden: bool) -> str:
    if hidden:
        return translate(
            "funder_report",
            "Named and anonymous attendances together. A month with no bar has a number too "
            "small to show, or one that would give a small number away.",
        )
    return translate("funder_report", "Named and anonymous attendances together.")


def attendances_heading() -> str:
    return translate("funder_report", "Attendances each month")


def attendances_axis() -> str:
    return translate("funder_report", "Attendances")


def sessions_heading() -> str:
    return translate("funder_report", "Sessions held each month")


def sessions_axis() -> str:
    return translate("funder_report", "Sessions")


# Groups


def groups_heading() -> str:
    return translate("funder_report", "Each group")


def group_column() -> str:
    return translate("funder_report", "Group")


def groups_note() -> str:
    return translate(
        "funder_report",
        "Someone who came to more than one group is counted in each of them, and “new” means "
        "new to that group, so these lines can add up to more than the figures above.",
    )


def group_figures(line: GroupLine) -> list[tuple[str, str]]:
    """(heading, figure) pairs; a line break in a heading is where it wraps."""
    return [
        (translate("funder_report", "Sessions\nheld"), f"{line.sessions_held:,}"),
        (translate("funder_report", "Sessions\ncancelled"), f"{line.sessions_cancelled:,}"),
        (translate("funder_report", "Attendances"), line.attendances.text),
        (translate("funder_report", "Different\npeople"), line.unique_people.text),
        (translate("funder_report", "New\npeople"), line.new_people.text),
    ]


# About these figures


def about_heading() -> str:
    return translate("funder_report", "About these figures")


def counting_notes() -> list[str]:
    """How each figure is counted, a paragraph each."""
    return [
        translate(
            "funder_report",
            "Sessions held are the sessions that went ahead in the period (up to the day the "
            "figures were taken); cancelled sessions are counted separately.",
        ),
        translate(
            "funder_report",
            "An attendance is one person at one session, so someone who came ten times counts "
            "ten times. Named attendances are people on the register; anonymous attendances are "
            "the headcount of people who came without giving a name.",
        ),
        translate(
            "funder_report",
            "Different people counts named people only, each once however often they came: "
            "people who give no name cannot be told apart. New people came to one of these "
            "groups for the first time in the period; returning people had come before.",
        ),
        translate(
            "funder_report",
            "The average is total attendances divided by sessions held. Facilitator hours are "
            "the length of each session held times the volunteer facilitators on its rota.",
        ),
    ]


def rule_heading(report: FunderReport) -> str:
    if report.hidden_any:
        return translate("funder_report", "Some numbers in this report are hidden")
    return translate("funder_report", "Small numbers")


def small_number_rule(report: FunderReport) -> str:
    """The small-number rule in words, for this report's threshold."""
    threshold = report.threshold
    if threshold <= 1:
        return translate(
            "funder_report",
            "Every number is shown: the small-number rule was turned off for this report.",
        )
    if threshold == 2:
        rule = translate(
            "funder_report",
            "The number 1 is shown as “fewer than {threshold}”, and where a hidden number could "
            "be worked out from the others, one more is “not shown”; in the charts, such a month "
            "has no bar. Nobody can be identified from this report.",
        )
    else:
        rule = translate(
            "funder_report",
            "Numbers from 1 to {highest} are shown as “fewer than {threshold}”, and where a "
            "hidden number could be worked out from the others, one more is “not shown”; in the "
            "charts, such a month has no bar. Nobody can be identified from this report.",
        )
    rule = rule.format(highest=threshold - 1, threshold=threshold)
    if not report.hidden_any:
        rule += " " + translate("funder_report", "No number in this report needed hiding.")
    return rule
