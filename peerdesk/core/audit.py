"""The audit log: what was done to the records and when (an export, an erasure, a restore, a
hand-over, consent recorded or withdrawn), so that the group can account for its data.

Entries never name anyone: they say what kind of thing happened and how much ("attendance for
one group exported, 312 rows"), never to whom. The database refuses to change or delete them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core.models import AuditEvent, utcnow
from peerdesk.core.storage import Store

EXPORT = "export"
ERASURE = "erasure"
RESTORE = "restore"
HAND_OVER = "hand-over"
PASSPHRASE = "passphrase changed"
CONSENT = "consent"
IMPORT = "import"
ACCESS_REPORT = "access report"
BACKUP = "backup"
SETTINGS = "settings"
PROTECTED = "protected"


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    action: str
    detail: str


def record_in(session: Session, action: str, detail: str = "") -> None:
    """Add an entry inside the caller's transaction (so it is saved with what it describes)."""
    session.add(AuditEvent(at=utcnow(), action=action, detail=detail))


def record(store: Store, action: str, detail: str = "") -> None:
    with store.transaction() as session:
        record_in(session, action, detail)


def list_events(store: Store, *, limit: int | None = None) -> list[AuditRow]:
    """Newest first."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with store.reading() as session:
        return [AuditRow(e.at, e.action, e.detail) for e in session.scalars(query)]
