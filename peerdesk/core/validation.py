"""Small checks shared by the services; each raises ``ValidationError`` with a readable message."""

from __future__ import annotations

import datetime as dt
import re

from peerdesk.core.errors import ValidationError
from peerdesk.core.text import translate

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-.\s]{5,40}$")


def required_text(value: str, max_length: int, missing: str, too_long: str) -> str:
    """``value`` tidied; ``missing`` and ``too_long`` (with ``{max_length}``) are whole sentences,
    translated by the caller, so that no sentence is glued from a field's name."""
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValidationError(missing)
    if len(cleaned) > max_length:
        raise ValidationError(too_long.format(max_length=max_length))
    return cleaned


def optional_text(value: str, max_length: int, too_long: str) -> str:
    cleaned = value.strip()
    if len(cleaned) > max_length:
        raise ValidationError(too_long.format(max_length=max_length))
    return cleaned


def optional_email(value: str) -> str:
    cleaned = value.strip()
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(
            translate("validation", "“{cleaned}” does not look like an email address.").format(
                cleaned=cleaned
            )
        )
    return cleaned


def optional_phone(value: str) -> str:
    cleaned = value.strip()
    if cleaned and not _PHONE.match(cleaned):
        raise ValidationError(
            translate(
                "validation",
                "“{cleaned}” does not look like a phone number (use digits, spaces and +).",
            ).format(cleaned=cleaned)
        )
    return cleaned


def date_range(start: dt.date, end: dt.date | None) -> None:
    if end is not None and end < start:
        raise ValidationError(translate("validation", "The end date is before the start date."))


def duration(minutes: int) -> int:
    if not 1 <= minutes <= 24 * 60:
        raise ValidationError(
            translate("validation", "A session lasts between 1 minute and 24 hours.")
        )
    return minutes
