"""A stacked bar chart of attendance: named visits and unnamed (headcount) visits, per month
or per session.

Up to two years are shown month by month; a longer period is drawn per year, so the labels stay
readable (the table beside it always lists every month). Per session, the latest sessions of the
period are drawn, at most a year's worth of weekly ones.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.core.figures import MonthFigures, SessionFigures
from peerdesk.ui.dates import month_short, month_year, plain_date
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.theme import current_colours, is_dark, is_high_contrast

MONTHLY_LIMIT = 24
SESSION_LIMIT = 53


def per_year(months: list[MonthFigures]) -> bool:
    """Is the period too long to draw month by month?"""
    if not months:
        return False
    first, last = months[0].month, months[-1].month
    return (last.year - first.year) * 12 + last.month - first.month >= MONTHLY_LIMIT


def chart_buckets(months: list[MonthFigures]) -> list[tuple[str, int, int]]:
    """(label, named, unnamed) per bar: per month, or per year when the period is long."""
    if not months:
        return []
    first, last = months[0].month, months[-1].month
    if not per_year(months):
        # Every month from the first to the last, so a month without sessions shows as a gap.
        held = {month.month: month for month in months}
        buckets = []
        day = first
        while day <= last:
            label = (
                month_year(day, short=True) if day == first or day.month == 1 else month_short(day)
            )
            found = held.get(day)
            named = found.named_attendances if found else 0
            buckets.append((label, named, found.anonymous_attendances if found else 0))
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return buckets
    years: dict[int, list[int]] = {}
    for month in months:
        totals = years.setdefault(month.month.year, [0, 0])
        totals[0] += month.named_attendances
        totals[1] += month.anonymous_attendances
    return [(str(year), named, unnamed) for year, (named, unnamed) in years.items()]


def session_buckets(sessions: list[SessionFigures]) -> list[tuple[str, int, int]]:
    """(label, named, unnamed) for each of the latest ``SESSION_LIMIT`` sessions."""
    shown = sessions[-SESSION_LIMIT:]
    buckets = []
    for number, session in enumerate(shown):
        day = session.date
        new_year = number == 0 or day.year != shown[number - 1].date.year
        label = plain_date(day, with_year=new_year)
        buckets.append((label, session.named, session.anonymous))
    return buckets


class AttendanceChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresChart")
        self.setAccessibleName(_tr("Attendance chart"))
        self.viewport().setObjectName("figuresChartArea")
        self.viewport().setAccessibleName(_tr("Attendance chart"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.named = QBarSet(_tr("Named"))
        self.anonymous = QBarSet(_tr("Not named (headcount)"))
        self.series = QStackedBarSeries()
        self.series.append(self.named)
        self.series.append(self.anonymous)
        self.categories = QBarCategoryAxis()
        self.categories.setTruncateLabels(False)  # "Dec 2025" in full, not "Dec 2..."
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        self.values.setTitleText(_tr("People at sessions"))
        chart = QChart()
        chart.addSeries(self.series)
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.follow_palette()

    def follow_palette(self) -> None:
        """A dark chart in dark mode, a plain one in high contrast; bars in the theme's colours,
        words in the application's font (chart themes bring fixed sizes of their own)."""
        chart, colours = self.chart(), current_colours()
        theme = QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight
        if is_high_contrast():
            theme = QChart.ChartTheme.ChartThemeHighContrast
        chart.setTheme(theme)  # this resets fonts and bar colours: set them again
        chart.setBackgroundBrush(colours.base)
        font = QApplication.font()
        title = QFont(font)
        title.setBold(True)
        title.setPointSizeF(font.pointSizeF() * 1.15)
        chart.setTitleFont(title)
        chart.setTitleBrush(colours.text)
        chart.legend().setFont(font)
        chart.legend().setLabelColor(colours.text)
        for axis in (self.categories, self.values):
            axis.setLabelsFont(font)
            axis.setLabelsColor(colours.text)
            axis.setTitleFont(font)
            axis.setTitleBrush(colours.text)
        self.named.setColor(colours.chart_named)
        self.anonymous.setColor(colours.chart_anonymous)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.ApplicationFontChange,
        ):
            self.follow_palette()

    def show_months(self, months: list[MonthFigures]) -> None:
        yearly = per_year(months)
        title = _tr("Attendance per year") if yearly else _tr("Attendance per month")
        self.categories.setLabelsAngle(0)
        self._draw(title, chart_buckets(months))

    def show_sessions(self, sessions: list[SessionFigures]) -> None:
        if len(sessions) > SESSION_LIMIT:
            title = _tr("Attendance at the latest {n} sessions").format(n=SESSION_LIMIT)
        else:
            title = _tr("Attendance per session")
        # Dates stand upright, so that a year of weekly sessions can be labelled without overlap.
        self.categories.setLabelsAngle(-90)
        self._draw(title, session_buckets(sessions))

    def _draw(self, title: str, buckets: list[tuple[str, int, int]]) -> None:
        self.chart().setTitle(title)
        self.named.remove(0, self.named.count())
        self.anonymous.remove(0, self.anonymous.count())
        self.categories.clear()
        self.categories.append([label for label, _, _ in buckets])
        self.named.append([float(named) for _, named, _ in buckets])
        self.anonymous.append([float(unnamed) for _, _, unnamed in buckets])
        highest = max((named + unnamed for _, named, unnamed in buckets), default=0)
        self.values.setRange(0, max(highest, 5))
        self.values.applyNiceNumbers()
        described = "; ".join(
            _tr("{label}: {named} named, {unnamed} not named").format(
                label=label, named=named, unnamed=unnamed
            )
            for label, named, unnamed in buckets
        )
        self.setAccessibleDescription(described)
