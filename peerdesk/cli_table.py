"""Rows printed as a plain text table (``peerdesk list``, ``peerdesk retention``)."""

from __future__ import annotations

from typing import Any


def print_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("(nothing to list)")
        return
    headers = list(rows[0])
    cells = [[_cell(row[h]) for h in headers] for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    heading = "  ".join(h.replace("_", " ").ljust(w) for h, w in zip(headers, widths, strict=True))
    print(heading.rstrip())
    for line in cells:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)
