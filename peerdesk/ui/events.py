"""Changes announce themselves: a page that changes data emits, pages that show it refresh.

No page reaches into another page's widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    groups_changed = Signal()
    venues_changed = Signal()
    meetings_changed = Signal()
    people_changed = Signal()
    attendance_changed = Signal()  # a mark or a headcount was saved (or undone)
    consent_changed = Signal()  # consent recorded or withdrawn, or a new form version
    rota_changed = Signal()  # a rota filled or edited, a facilitator profile or rules saved
