"""The schema revisions this peerdesk knows, oldest first.

Kept as constants so that opening an up-to-date database does not need to import Alembic.
``tests/core/test_migrations.py`` checks this list against Alembic's own history.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
HEAD: str = KNOWN_REVISIONS[-1]
