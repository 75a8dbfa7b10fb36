"""Which spreadsheet column holds what: guessed from the headings, changeable by the user.

Headings are compared without case, spaces or punctuation ("E-mail", "email " and "EMAIL" are the
same). Only the fields listed here can ever be imported; every other column is left out and the
preview says so, with a plainer reason for columns that look like health information.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from peerdesk.core.errors import ValidationError
from peerdesk.core.text import translate

Field = Literal[
    "preferred_name",
    "first_name",
    "last_name",
    "full_name",
    "pronouns",
    "phone",
    "email",
    "access_needs",
    "contact_consent",
    "facilitator",
    "experienced",
]
FIELDS: tuple[Field, ...] = get_args(Field)

# What the command line calls each field, and the words a mapping file may use for it (so
# they stay English); the window shows ``field_label``, which is translated.
FIELD_LABELS: dict[Field, str] = {
    "preferred_name": "preferred name",
    "first_name": "first name",
    "last_name": "surname",
    "full_name": "full name",
    "pronouns": "pronouns",
    "phone": "phone",
    "email": "email",
    "access_needs": "access needs",
    "contact_consent": "contact consent (yes/no)",
    "facilitator": "facilitator (yes/no)",
    "experienced": "experienced facilitator (yes/no)",
}


def field_label(field: Field) -> str:
    """The field in the chosen language: "preferred name"."""
    labels: dict[Field, str] = {
        "preferred_name": translate("importing", "preferred name"),
        "first_name": translate("importing", "first name"),
        "last_name": translate("importing", "surname"),
        "full_name": translate("importing", "full name"),
        "pronouns": translate("importing", "pronouns"),
        "phone": translate("importing", "phone"),
        "email": translate("importing", "email"),
        "access_needs": translate("importing", "access needs"),
        "contact_consent": translate("importing", "contact consent (yes/no)"),
        "facilitator": translate("importing", "facilitator (yes/no)"),
        "experienced": translate("importing", "experienced facilitator (yes/no)"),
    }
    return labels[field]


NAME_FIELDS: tuple[Field, ...] = ("preferred_name", "first_name", "last_name", "full_name")

# Headings as people write them. A bare "Consent" is deliberately absent: it usually means the
# group's consent form, and contact details must only follow a consent to be contacted.
_ALIASES: dict[Field, tuple[str, ...]] = {
    "preferred_name": (
        "preferred name", "preferred", "preferred first name", "known as", "nickname",
        "goes by", "name to use", "chosen name", "call me", "what should we call you",
    ),
    "first_name": ("first name", "forename", "forenames", "given name", "first", "christian name"),
    "last_name": ("surname", "last name", "family name", "last", "second name"),
    "full_name": (
        "full name", "name", "member", "member name", "participant", "participant name",
        "person", "attendee",
    ),
    "pronouns": ("pronouns", "pronoun", "preferred pronouns"),
    "phone": (
        "phone", "tel", "telephone", "mobile", "mob", "mobile phone", "cell", "landline",
        "contact number", "home phone", "phone mobile",
    ),
    "email": ("email", "e mail", "mail", "email address"),
    "access_needs": (
        "access needs", "access", "accessibility", "accessibility needs", "access requirements",
        "support needs", "reasonable adjustments",
    ),
    "contact_consent": (
        "contact consent", "ok to contact", "okay to contact", "consent to contact",
        "consent to be contacted", "happy to be contacted", "can we contact you",
        "may we contact you", "contact ok", "agreed to contact", "contact permission",
    ),
    "facilitator": ("facilitator", "facilitates", "is facilitator", "volunteer facilitator"),
    "experienced": ("experienced", "experienced facilitator", "experience"),
}  # fmt: skip

# A last word that adds nothing: "Phone number", "Tel no.", "Email address".
_FILLER_ENDINGS = frozenset({"number", "no", "num", "address", "addr"})

# Words that mark health information, which peerdesk never keeps (see models.py).
_HEALTH_WORDS = frozenset(
    {
        "diagnosis", "diagnoses", "medication", "medications", "meds", "medical", "condition",
        "conditions", "gp", "doctor", "psychiatrist", "cpn", "clinical", "health", "symptoms",
        "treatment", "therapist", "therapy", "hospital", "nhs", "risk", "selfharm", "suicide",
        "crisis", "illness", "disorder",
    }
)  # fmt: skip

_WORD = re.compile(r"[^\W_]+")


def _words(heading: str) -> list[str]:
    return _WORD.findall(heading.casefold())


def _key(words: Sequence[str]) -> str:
    return "".join(words)


_LOOKUP: dict[str, Field] = {
    _key(_words(alias)): field for field, aliases in _ALIASES.items() for alias in aliases
}


def guess_field(heading: str) -> Field | None:
    """The field a heading names, or None. "Name" on its own is read as a full name here;
    ``guess_mapping`` makes it the preferred name when nothing else names people."""
    words = _words(heading)
    if not words or looks_like_health(heading):
        return None
    found = _LOOKUP.get(_key(words))
    if found is None and len(words) > 1 and words[-1] in _FILLER_ENDINGS:
        found = _LOOKUP.get(_key(words[:-1]))
    if found is None and words[0] == "your" and len(words) > 1:
        found = _LOOKUP.get(_key(words[1:]))
    return found


def looks_like_health(heading: str) -> bool:
    words = _words(heading)
    return any(word in _HEALTH_WORDS for word in words) or "mentalhealth" in _key(words)


def same_heading(first: str, second: str) -> bool:
    """Headings that differ only in case, spaces or punctuation."""
    return _key(_words(first)) == _key(_words(second))


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based) feeds each field. A column feeds at most one field."""

    columns: Mapping[Field, int]

    def column(self, field: Field) -> int | None:
        return self.columns.get(field)

    def field_of(self, index: int) -> Field | None:
        for field, column in self.columns.items():
            if column == index:
                return field
        return None

    def with_field(self, field: Field, index: int | None) -> ColumnMapping:
        """A copy with ``field`` read from column ``index`` (None: from no column). Whatever
        that column fed before stops, so one change in the GUI's chooser is one call."""
        changed = {f: c for f, c in self.columns.items() if f != field and c != index}
        if index is not None:
            changed[field] = index
        return ColumnMapping(_ordered(changed))

    @property
    def has_name(self) -> bool:
        return any(field in self.columns for field in NAME_FIELDS)


def _ordered(columns: Mapping[Field, int]) -> dict[Field, int]:
    return {field: columns[field] for field in FIELDS if field in columns}


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Guess from the headings; the first column wins when two name the same field."""
    found: dict[Field, int] = {}
    for index, heading in enumerate(headers):
        field = guess_field(heading)
        if field is not None and field not in found:
            found[field] = index
    # A lone "Name" column is what the group calls people by.
    lone = "full_name" in found and not ("preferred_name" in found or "first_name" in found)
    if lone and _words(headers[found["full_name"]]) == ["name"]:
        found["preferred_name"] = found.pop("full_name")
    return ColumnMapping(_ordered(found))


def parse_mapping(text: str, headers: Sequence[str], base: ColumnMapping) -> ColumnMapping:
    """Apply a JSON mapping such as ``{"preferred_name": "Known as", "phone": "Mobile"}`` over
    ``base``. A value is a heading, a column number (1 is the first column), or null for none."""
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            translate(
                "importing", "The mapping file is not valid JSON (line {lineno}): {msg}."
            ).format(lineno=error.lineno, msg=error.msg)
        ) from None
    if not isinstance(loaded, dict):
        raise ValidationError(
            translate(
                "importing",
                'The mapping file should hold one JSON object, e.g. {"preferred_name": '
                '"Known as"}.',
            )
        )
    mapping = base
    for name, value in loaded.items():
        field = _field_named(str(name))
        mapping = mapping.with_field(field, _column_for(value, headers))
    return mapping


def _field_named(name: str) -> Field:
    wanted = _key(_words(name))
    for field in FIELDS:
        if wanted in (_key(_words(field)), _key(_words(FIELD_LABELS[field]))):
            return field
    raise ValidationError(
        translate(
            "importing",
            "The mapping names “{name}”, which is not something peerdesk imports. It "
            "can name: {fields}.",
        ).format(name=name, fields=", ".join(FIELDS))
    )


def _column_for(value: object, headers: Sequence[str]) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if not 1 <= value <= len(headers):
            raise ValidationError(
                translate(
                    "importing",
                    "The mapping names column {value}, but the file has {count} columns.",
                ).format(value=value, count=len(headers))
            )
        index = value - 1
    elif isinstance(value, str):
        matches = [i for i, heading in enumerate(headers) if same_heading(heading, value)]
        if not matches:
            listed = ", ".join(f"“{h}”" for h in headers if h)
            raise ValidationError(
                translate(
                    "importing",
                    "The mapping names a column “{value}”, but there is no such column. The "
                    "columns are: {listed}.",
                ).format(value=value, listed=listed)
            )
        index = matches[0]
    else:
        raise ValidationError(
            translate(
                "importing", "In the mapping, {value} is neither a column heading nor a number."
            ).format(value=json.dumps(value))
        )
    if looks_like_health(headers[index]):
        raise ValidationError(
            translate(
                "importing",
                "“{headers}” looks like health information, which peerdesk never keeps.",
            ).format(headers=headers[index])
        )
    return index


def ignored_reason(heading: str) -> str:
    """Why a column that feeds nothing is left out, for the preview."""
    if looks_like_health(heading):
        return translate("importing", "health information is never kept")
    if not heading.strip():
        return translate("importing", "it has no heading")
    return translate("importing", "peerdesk has no place for it")


def unmapped_columns(headers: Sequence[str], mapping: ColumnMapping) -> Iterable[int]:
    used = set(mapping.columns.values())
    return (index for index in range(len(headers)) if index not in used)
