"""Small-number suppression: figures about people that a funder sees can never identify anyone.

The rule (documented in the printed report too):

1. **Primary suppression.** A count of people or attendances from 1 to ``threshold - 1`` is shown
   as "fewer than 5" (for the default threshold of 5). Zero is shown: it identifies nobody.
2. **Secondary suppression.** Where figures add up (named + anonymous = total attendances; the
   months add up to the period; the groups add up to all groups), a single hidden figure could be
   worked out by subtraction. So whenever an addition has exactly one hidden figure, one more is
   hidden: the smallest other part (a zero part only if no other part is left), or else the
   total. This repeats until no addition has exactly one hidden figure. A figure hidden only for
   this reason is shown as "not shown", because it may well be 5 or more.

The rule is pure: it works on named cells and additions, and knows nothing of databases.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from peerdesk.core.text import translate

DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class Addition:
    """``total`` is the sum of ``parts`` (all cell names)."""

    total: str
    parts: tuple[str, ...]

    def cells(self) -> tuple[str, ...]:
        return (self.total, *self.parts)


@dataclass(frozen=True)
class Cell:
    value: int
    hidden: bool
    primary: bool
    """Hidden because it is small itself (as opposed to hidden to protect another figure)."""

    def text(self, threshold: int = DEFAULT_THRESHOLD) -> str:
        if not self.hidden:
            return f"{self.value:,}"
        return (
            translate("suppression", "fewer than {threshold}").format(threshold=threshold)
            if self.primary
            else translate("suppression", "not shown")
        )


def is_small(value: int, threshold: int) -> bool:
    return 0 < value < threshold


def suppress(
    values: Mapping[str, int],
    additions: Sequence[Addition] = (),
    *,
    threshold: int = DEFAULT_THRESHOLD,
) -> dict[str, Cell]:
    """Which of ``values`` (cell name -> count) must be hidden; see the module's rule."""
    if threshold < 1:
        raise ValueError("The threshold must be at least 1.")
    for addition in additions:
        missing = [c for c in addition.cells() if c not in values]
        if missing:
            raise KeyError(f"Unknown cells in an addition: {missing}")
    primary = {name for name, value in values.items() if is_small(value, threshold)}
    hidden = set(primary)
    changed = True
    while changed:
        changed = False
        for addition in additions:
            cells = addition.cells()
            if sum(c in hidden for c in cells) != 1:
                continue
            shown_parts = [p for p in addition.parts if p not in hidden]
            positive = [p for p in shown_parts if values[p] > 0]
            if positive:
                choice = min(positive, key=lambda p: (values[p], p))
            elif shown_parts:
                choice = min(shown_parts)
            else:
                choice = addition.total
            hidden.add(choice)
            changed = True
    return {name: Cell(value, name in hidden, name in primary) for name, value in values.items()}


def leaks(
    cells: Mapping[str, Cell], additions: Sequence[Addition], *, threshold: int = DEFAULT_THRESHOLD
) -> list[str]:
    """Figures a reader could work out and that are small: empty when the table is safe.

    An independent check (used by the tests): any addition with exactly one hidden cell leaks
    that cell; a shown small value leaks itself.
    """
    found = [n for n, c in cells.items() if not c.hidden and is_small(c.value, threshold)]
    for addition in additions:
        hidden = [c for c in addition.cells() if cells[c].hidden]
        if len(hidden) == 1:
            found.append(hidden[0])
    return found
