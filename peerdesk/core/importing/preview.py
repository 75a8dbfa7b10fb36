"""The preview: every row of the spreadsheet as the person it would become, with its problems.

Pure and quick (no database access once the people already known are loaded), so the wizard can
redo it each time the user changes which column is what. Blocking problems (no name, a phone
number or email that cannot be read, text too long) skip the row; a likely duplicate is skipped
unless the user says otherwise; contact details without a recorded consent are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core import validation
from peerdesk.core.errors import ValidationError
from peerdesk.core.importing.columns import (
    ColumnMapping,
    Field,
    guess_mapping,
    ignored_reason,
    unmapped_columns,
)
from peerdesk.core.importing.readers import Progress, Table, TableRow
from peerdesk.core.models import Person
from peerdesk.core.people import PersonInput
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

Status = Literal["ready", "duplicate", "skipped"]
ProblemKind = Literal[
    "no_name",
    "too_long",
    "bad_phone",
    "bad_email",
    "duplicate",
    "contact_dropped",
    "unclear",
    "phone_fixed",
]

_YES = frozenset(
    {"yes", "y", "true", "1", "✓", "✔", "☑", "x", "ticked", "agreed", "ok", "okay", "granted",
     "given", "consented", "signed"}
)  # fmt: skip
_NO = frozenset(
    {"", "no", "n", "false", "0", "✗", "✘", "☐", "refused", "declined", "not given", "none", "-"}
)
# A UK number whose leading 0 a spreadsheet dropped by treating it as a number.
_ZERO_DROPPED = re.compile(r"[1-7]\d{9}")
_NOT_DIGIT = re.compile(r"\D")
_PROGRESS_EVERY = 500


def _limit(column: str) -> int:
    """The longest text the directory keeps in ``column`` (free text: the person form's limit)."""
    length = getattr(Person.__table__.c[column].type, "length", None)
    return length if isinstance(length, int) else 2000


_LIMITS = {name: _limit(name) for name in ("preferred_name", "full_name", "pronouns")}
_LIMITS["access_needs"] = _limit("access_needs")


@dataclass(frozen=True)
class Problem:
    """Something about a row the user should know; a blocking one keeps the row out."""

    kind: ProblemKind
    message: str
    blocking: bool = False


@dataclass(frozen=True)
class PreviewRow:
    """One spreadsheet row as the person it would become."""

    line: int
    """The row number in the spreadsheet program."""
    person: PersonInput
    """What would be saved: contact details already left out where consent is not recorded."""
    contact_consent: bool
    """Consent to be contacted is recorded for the phone number and email kept."""
    facilitator: bool
    """Welcomed as a facilitator (the "Facilitator" column says yes); ``experienced`` too."""
    experienced: bool
    problems: tuple[Problem, ...]
    dropped: tuple[str, ...]
    """Contact fields left out for want of consent: "phone", "email"."""
    keys: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    """What identifies the person, for finding duplicates (see ``_keys``)."""

    @property
    def status(self) -> Status:
        if any(p.blocking for p in self.problems):
            return "skipped"
        if any(p.kind == "duplicate" for p in self.problems):
            return "duplicate"
        return "ready"

    @property
    def name(self) -> str:
        return self.person.preferred_name or translate("importing", "(no name)")

    def reasons(self) -> str:
        return " ".join(p.message for p in self.problems)


@dataclass(frozen=True)
class IgnoredColumn:
    """A column that feeds nothing: shown in the preview as "not imported", with why."""

    index: int
    heading: str

    @property
    def header(self) -> str:
        return self.heading or translate("importing", "column {number}").format(
            number=self.index + 1
        )

    @property
    def reason(self) -> str:
        return ignored_reason(self.heading)


@dataclass(frozen=True)
class Preview:
    source_name: str
    headers: tuple[str, ...]
    mapping: ColumnMapping
    rows: tuple[PreviewRow, ...]
    ignored: tuple[IgnoredColumn, ...]
    """Columns with a heading or data that feed nothing, and why."""

    def with_status(self, status: Status) -> list[PreviewRow]:
        return [row for row in self.rows if row.status == status]

    def to_import(self, include_duplicates: bool = False) -> list[PreviewRow]:
        wanted = ("ready", "duplicate") if include_duplicates else ("ready",)
        return [row for row in self.rows if row.status in wanted]


@dataclass(frozen=True)
class KnownPeople:
    """The people already in the directory, by what identifies them (archived ones too)."""

    by_key: Mapping[str, str] = field(default_factory=dict)

    def match(self, keys: frozenset[str]) -> tuple[str, str] | None:
        """(who, what matched) for the first key that matches, names first."""
        for key in sorted(keys):
            if key in self.by_key:
                return self.by_key[key], _matched(key)
        return None


def _matched(key: str) -> str:
    """What two people share, by the kind of key (its first letter: see ``_keys``)."""
    if key.startswith("a"):
        return translate("importing", "same name")
    if key.startswith("b"):
        return translate("importing", "same email address")
    return translate("importing", "same phone number")


def person_words() -> Callable[[str, str, bool], str]:
    """A way to name someone already in peerdesk: “Sam” (Samuel Jones) (archived). The words
    are translated once, for a directory of thousands."""
    named = translate("importing", "“{preferred}”")
    named_full = translate("importing", "“{preferred}” ({full})")
    archived_named = translate("importing", "“{preferred}” (archived)")
    archived_full = translate("importing", "“{preferred}” ({full}) (archived)")

    def words(preferred: str, full: str, archived: bool) -> str:
        if archived:
            text = archived_full if full else archived_named
        else:
            text = named_full if full else named
        return text.format(preferred=preferred, full=full)

    return words


def known_people(store: Store) -> KnownPeople:
    """Load once; the preview can then be redone for each mapping without the database."""
    with store.reading() as session:
        return known_in(session)


def known_in(session: Session) -> KnownPeople:
    found: dict[str, str] = {}
    query = select(
        Person.preferred_name, Person.full_name, Person.phone, Person.email, Person.archived_at
    )
    words = person_words()
    for preferred, full, phone, email, archived_at in session.execute(query):
        who = words(preferred, full, archived_at is not None)
        for key in _keys(preferred, full, phone, email):
            found.setdefault(key, who)
    return KnownPeople(found)


def _keys(preferred: str, full: str, phone: str, email: str) -> frozenset[str]:
    # The first letter orders the keys: a name match is reported before a contact match.
    keys = {f"a:{' '.join(preferred.split()).casefold()}|{' '.join(full.split()).casefold()}"}
    if _readable(validation.optional_email, email):
        keys.add(f"b:{email.strip().casefold()}")
    number = phone_digits(phone)
    if len(number) >= 7 and _readable(validation.optional_phone, phone):
        keys.add(f"c:{number}")
    return frozenset(keys)


def _readable(check: Callable[[str], str], value: str) -> bool:
    """Only a detail that can be read identifies anyone ("n/a" twice is not one person)."""
    try:
        return bool(check(value))
    except ValidationError:
        return False


def phone_digits(phone: str) -> str:
    """The same number however it is written: "+44 (0)7700 900123" -> "07700900123"."""
    digits = _NOT_DIGIT.sub("", phone.replace("(0)", ""))
    if digits.startswith("0044"):
        return "0" + digits[4:]
    if digits.startswith("44") and phone.lstrip().startswith("+"):
        return "0" + digits[2:]
    return digits


def yes_no(text: str) -> bool | None:
    """A tick, "yes", "Y", "TRUE", 1 ... -> True; blank, "no" ... -> False; else None."""
    word = " ".join(text.split()).casefold().rstrip(".!")
    if word in _YES:
        return True
    if word in _NO:
        return False
    return None


def preview_people(
    store: Store,
    table: Table,
    mapping: ColumnMapping | None = None,
    *,
    known: KnownPeople | None = None,
    progress: Progress | None = None,
) -> Preview:
    """Every row of ``table`` as the person it would become. Pass ``known`` (from
    ``known_people``) to redo the preview for another mapping without reading the database."""
    mapping = mapping if mapping is not None else guess_mapping(table.headers)
    require_names(table, mapping)
    known = known if known is not None else known_people(store)
    reader = _RowReader(mapping)
    seen: dict[str, int] = {}
    rows: list[PreviewRow] = []
    total = len(table.rows)
    for number, source in enumerate(table.rows, start=1):
        row = reader.read(source)
        duplicate = _duplicate_problem(row, known, seen)
        if duplicate is not None:
            row = replace(row, problems=(*row.problems, duplicate))
        elif row.status == "ready":
            for key in row.keys:
                seen.setdefault(key, row.line)
        rows.append(row)
        if progress is not None and (number % _PROGRESS_EVERY == 0 or number == total):
            progress(number, total)
    return Preview(
        source_name=table.source_name,
        headers=table.headers,
        mapping=mapping,
        rows=tuple(rows),
        ignored=_ignored(table, mapping),
    )


def require_names(table: Table, mapping: ColumnMapping) -> None:
    """Refuse a mapping with no column of names: nobody could be imported."""
    if not mapping.has_name:
        listed = ", ".join(f"“{h}”" for h in table.headers if h) or translate("importing", "none")
        raise ValidationError(
            translate(
                "importing",
                "No column of names was found in {source_name}, so nobody can be "
                "imported. Its columns are: {listed}. Say which column holds the name "
                "people go by.",
            ).format(source_name=table.source_name, listed=listed)
        )


def _duplicate_problem(row: PreviewRow, known: KnownPeople, seen: dict[str, int]) -> Problem | None:
    if row.status == "skipped":
        return None
    found = known.match(row.keys)
    if found is not None:
        who, why = found
        return Problem(
            "duplicate",
            translate("importing", "Probably already in peerdesk as {who}: {why}.").format(
                who=who, why=why
            ),
        )
    for key in sorted(row.keys):
        if key in seen:
            why = _matched(key)
            return Problem(
                "duplicate",
                translate("importing", "Probably the same person as row {seen}: {why}.").format(
                    seen=seen[key], why=why
                ),
            )
    return None


def _ignored(table: Table, mapping: ColumnMapping) -> tuple[IgnoredColumn, ...]:
    ignored = []
    for index in unmapped_columns(table.headers, mapping):
        header = table.headers[index]
        if header or any(table.cell(row, index) for row in table.rows):
            ignored.append(IgnoredColumn(index, header))
    return tuple(ignored)


class _RowReader:
    """Turns one spreadsheet row into a ``PreviewRow`` under one mapping."""

    def __init__(self, mapping: ColumnMapping) -> None:
        self._columns: Sequence[tuple[Field, int]] = tuple(mapping.columns.items())

    def _values(self, row: TableRow) -> dict[Field, str]:
        cells = row.cells
        return {f: cells[i] if i < len(cells) else "" for f, i in self._columns}

    def read(self, row: TableRow) -> PreviewRow:
        values = self._values(row)
        problems: list[Problem] = []
        preferred, full = _names(values)
        texts = {"preferred_name": preferred, "full_name": full}
        texts["pronouns"] = values.get("pronouns", "")
        texts["access_needs"] = values.get("access_needs", "")
        if not preferred:
            problems.append(
                Problem(
                    "no_name",
                    translate("importing", "No name: a person needs at least a preferred name."),
                    True,
                )
            )
        for name, text in texts.items():
            if len(text) > _LIMITS[name]:
                message = _too_long(name).format(limit=_LIMITS[name])
                problems.append(Problem("too_long", message, True))
        consent = yes_no(values.get("contact_consent", ""))
        if consent is None:
            heard = values["contact_consent"]
            message = translate(
                "importing", "Contact consent “{heard}” was not understood, so it counts as no."
            ).format(heard=heard)
            problems.append(Problem("unclear", message))
        phone, email = values.get("phone", ""), values.get("email", "")
        if _ZERO_DROPPED.fullmatch(phone):
            problems.append(
                Problem(
                    "phone_fixed",
                    translate(
                        "importing", "Phone {phone} read as 0{phone} (the leading 0 was lost)."
                    ).format(phone=phone),
                )
            )
            phone = "0" + phone
        keys = _keys(preferred, full, phone, email)
        dropped: tuple[str, ...] = ()
        if consent:
            phone = _checked(validation.optional_phone, phone, "bad_phone", problems)
            email = _checked(validation.optional_email, email, "bad_email", problems)
        else:
            # Never validated: without consent they are not kept, whatever they say.
            dropped = tuple(name for name, value in (("phone", phone), ("email", email)) if value)
            if dropped:
                problems.append(Problem("contact_dropped", _left_out(dropped)))
            phone = email = ""
        facilitator = _flag(values, "facilitator", problems)
        experienced = facilitator and _flag(values, "experienced", problems)
        return PreviewRow(
            line=row.line,
            person=PersonInput(
                preferred_name=preferred,
                full_name=full,
                pronouns=texts["pronouns"],
                phone=phone,
                email=email,
                access_needs=texts["access_needs"],
            ),
            contact_consent=bool(consent) and bool(phone or email),
            facilitator=facilitator,
            experienced=experienced,
            problems=tuple(problems),
            dropped=dropped,
            keys=keys,
        )


def _names(values: Mapping[Field, str]) -> tuple[str, str]:
    """(preferred name, full name): a first name and surname make the full name, and the
    preferred name falls back to the first name, then the first word of the full name."""

    def name(key: Field) -> str:
        return " ".join(values.get(key, "").split())

    first, last, full = name("first_name"), name("last_name"), name("full_name")
    preferred = name("preferred_name") or first or (full.split() or [last])[0]
    if not full and last:
        full = f"{first or preferred} {last}".strip()
    return preferred, full


def _checked(
    check: Callable[[str], str], value: str, kind: ProblemKind, problems: list[Problem]
) -> str:
    try:
        return check(value)
    except ValidationError as error:
        problems.append(Problem(kind, str(error), True))
        return value


def _flag(values: Mapping[Field, str], key: Field, problems: list[Problem]) -> bool:
    answer = yes_no(values.get(key, ""))
    if answer is None:
        if key == "facilitator":
            text = translate(
                "importing", "“{value}” under facilitator was not understood, so it counts as no."
            )
        else:
            text = translate(
                "importing", "“{value}” under experienced was not understood, so it counts as no."
            )
        problems.append(Problem("unclear", text.format(value=values[key])))
    return bool(answer)


def _too_long(name: str) -> str:
    """The sentence for a text over its limit (``{limit}``)."""
    if name == "preferred_name":
        return translate("importing", "The preferred name is longer than {limit} characters.")
    if name == "full_name":
        return translate("importing", "The full name is longer than {limit} characters.")
    if name == "pronouns":
        return translate("importing", "The pronouns is longer than {limit} characters.")
    return translate("importing", "The access needs is longer than {limit} characters.")


def _left_out(dropped: Sequence[str]) -> str:
    """Contact details left out for want of consent ("phone", "email", or both)."""
    if len(dropped) == 2:
        return translate(
            "importing", "Phone number and email left out: consent to contact is not recorded."
        )
    if dropped[0] == "phone":
        return translate("importing", "Phone number left out: consent to contact is not recorded.")
    return translate("importing", "Email left out: consent to contact is not recorded.")
