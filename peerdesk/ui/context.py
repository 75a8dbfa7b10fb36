"""What every page is built from: the open store, a clock and the change announcements.

Injected, so that each test makes its own and nothing leaks between tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from peerdesk.core.storage import Store
from peerdesk.ui.events import AppEvents


@dataclass
class AppContext:
    store: Store
    today: Callable[[], dt.date] = field(default=dt.date.today)
    events: AppEvents = field(default_factory=AppEvents)
    # Who is recording consent at this computer: remembered between forms while the app runs.
    recorded_by: str = ""
