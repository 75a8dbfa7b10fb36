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
