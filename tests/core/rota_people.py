"""Building rota facilitators in tests, shared by the solver's unit and property tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from peerdesk.core.rota import AwayRange, RotaFacilitator


def person(
    id: int,
    name: str,
    *,
    experienced: bool = True,
    per_month: int = 4,
    groups: Sequence[int] = (1,),
    away: Sequence[tuple[dt.date, dt.date]] = (),
    weekdays: Sequence[int] = range(7),
) -> RotaFacilitator:
    return RotaFacilitator(
        id=id,
        name=name,
        group_ids=frozenset(groups),
        experienced=experienced,
        per_month=per_month,
        weekdays=frozenset(weekdays),
        away=tuple(AwayRange(a, b) for a, b in away),
    )
