"""Dates and times on screen follow the locale: its words and its order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from peerdesk.ui import dates
from peerdesk.ui.i18n import FALLBACK_LOCALE, choose_locale

DAY = dt.date(2026, 11, 24)


@pytest.fixture
def locale_named() -> Iterator[None]:
    yield
    QLocale.setDefault(QLocale("en_GB"))


@pytest.mark.parametrize(
    ("name", "short", "long_with_year", "span"),
    [
        ("en_GB", "Tue 24 Nov", "Tuesday 24 November 2026", "18:30–20:30"),
        ("en_US", "Tue Nov 24", "Tuesday November 24, 2026", "6:30 PM–8:30 PM"),
        ("de_DE", "Di. 24. Nov.", "Dienstag 24. November 2026", "18:30–20:30"),
        ("cy_GB", "Maw 24 Tach", "Dydd Mawrth 24 Tachwedd 2026", "18:30–20:30"),
    ],
)
def test_dates_and_times_are_written_the_locales_way(
    locale_named: None, name: str, short: str, long_with_year: str, span: str
) -> None:
    QLocale.setDefault(QLocale(name))
    assert dates.short_date(DAY) == short
    assert dates.long_date(DAY, with_year=True) == long_with_year
    assert dates.time_span(dt.time(18, 30), 120).replace("\u202f", " ") == span
    assert str(DAY.year) not in dates.long_date(DAY)


def test_a_system_that_says_only_c_gets_uk_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PEERDESK_LANGUAGE", raising=False)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale.c()))
    assert choose_locale().name() == FALLBACK_LOCALE
    assert choose_locale("de_DE").name() == "de_DE"
    monkeypatch.setenv("PEERDESK_LANGUAGE", "cy_GB")
    assert choose_locale().name() == "cy_GB"


@pytest.mark.parametrize(
    ("name", "plain", "plain_long", "no_year", "month"),
    [
        ("en_GB", "24 Nov 2026", "24 November 2026", "24 Nov", "November 2026"),
        ("en_US", "Nov 24, 2026", "November 24, 2026", "Nov 24", "November 2026"),
        ("de_DE", "24. Nov. 2026", "24. November 2026", "24. Nov.", "November 2026"),
    ],
)
def test_dates_without_the_weekday_and_months(
    locale_named: None, name: str, plain: str, plain_long: str, no_year: str, month: str
) -> None:
    QLocale.setDefault(QLocale(name))
    assert dates.plain_date(DAY) == plain
    assert dates.plain_date(DAY, long=True) == plain_long
    assert dates.plain_date(DAY, with_year=False) == no_year
    assert dates.month_year(DAY) == month
    assert dates.when(dt.datetime(2026, 11, 24, 18, 30)).endswith(dates.clock(dt.time(18, 30)))
