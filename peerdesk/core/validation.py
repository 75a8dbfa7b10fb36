"""Small checks shared by the services; each raises ``ValidationError`` with a readable message."""

from __future__ import annotations

import datetime as dt
import re

from peerdesk.core.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-.\s]{5,40}$")


def required_text(value: str, what: str, max_length: int) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValidationError(f"Please enter {what}.")
    if len(cleaned) > max_length:
        raise ValidationError(f"{what.capitalize()} can be at most {max_length} characters.")
    return cleaned


def optional_text(value: str, what: str, max_length: int) -> str:
    cleaned = value.strip()
    if len(cleaned) > max_length:
        raise ValidationError(f"{what.capitalize()} can be at most {max_length} characters.")
    return cleaned


def optional_email(value: str) -> str:
    cleaned = value.strip()
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(f"“{cleaned}” does not look like an email address.")
    return cleaned


def optional_phone(value: str) -> str:
    cleaned = value.strip()
    if cleaned and not _PHONE.match(cleaned):
        raise ValidationError(
            f"“{cleaned}” does not look like a phone number (use digits, spaces and +)."
        )
    return cleaned


def date_range(start: dt.date, end: dt.date | None) -> None:
    if end is not None and end < start:
        raise ValidationError("The end date is before the start date.")


def duration(minutes: int) -> int:
    if not 1 <= minutes <= 24 * 60:
        raise ValidationError("A session lasts between 1 minute and 24 hours.")
    return minutes
