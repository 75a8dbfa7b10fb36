"""peerdesk is non-clinical: no column may hold a diagnosis, medication or clinical note."""

from __future__ import annotations

import re

from sqlalchemy import inspect

from peerdesk.core.models import Base
from peerdesk.core.storage import Store

FORBIDDEN = re.compile(
    r"diagnos|medicat|medicine|prescri|clinic|symptom|treatment|therap|condition|disorder|"
    r"illness|psychiat|dosage|drug|health_note|icd|dsm|risk_level|sectioned",
    re.IGNORECASE,
)


def test_the_models_have_no_clinical_fields() -> None:
    columns = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
    ]
    assert columns, "the check must see the schema"
    assert [c for c in columns if FORBIDDEN.search(c)] == []


def test_the_migrated_database_has_no_clinical_fields(store: Store) -> None:
    inspector = inspect(store.engine)
    columns = [
        f"{table}.{column['name']}"
        for table in inspector.get_table_names()
        for column in inspector.get_columns(table)
    ]
    assert "people.preferred_name" in columns
    assert [c for c in columns if FORBIDDEN.search(c)] == []
    assert [t for t in inspector.get_table_names() if FORBIDDEN.search(t)] == []


def test_the_pattern_would_catch_a_clinical_field() -> None:
    for name in ("people.diagnosis", "people.medication_notes", "people.clinical_notes"):
        assert FORBIDDEN.search(name)
