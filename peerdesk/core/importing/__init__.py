"""Importing people from the group's own spreadsheet (CSV or Excel).

Four steps, each usable on its own so that a wizard can go back and forth:
``read_table`` (the file as text cells), ``guess_mapping`` (which column is what, changeable),
``preview_people`` (every row with its problems, pure and cheap to redo) and ``import_people``
(one transaction: everyone ready, or nobody).
"""

from peerdesk.core.importing.columns import (
    FIELD_LABELS,
    FIELDS,
    ColumnMapping,
    Field,
    guess_mapping,
    parse_mapping,
)
from peerdesk.core.importing.people_import import (
    ImportSummary,
    Tally,
    import_people,
    preview_lines,
)
from peerdesk.core.importing.preview import (
    IgnoredColumn,
    KnownPeople,
    Preview,
    PreviewRow,
    Problem,
    known_people,
    preview_people,
    require_names,
)
from peerdesk.core.importing.readers import (
    MAX_FILE_BYTES,
    Progress,
    Table,
    TableRow,
    UnreadableFileError,
    read_table,
)

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "MAX_FILE_BYTES",
    "ColumnMapping",
    "Field",
    "IgnoredColumn",
    "ImportSummary",
    "KnownPeople",
    "Preview",
    "PreviewRow",
    "Problem",
    "Progress",
    "Table",
    "TableRow",
    "Tally",
    "UnreadableFileError",
    "guess_mapping",
    "import_people",
    "known_people",
    "parse_mapping",
    "preview_lines",
    "preview_people",
    "read_table",
    "require_names",
]
