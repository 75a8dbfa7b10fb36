"""Importing people, and a group's past attendance, from the group's own spreadsheets
(CSV or Excel).

People, in four steps, each usable on its own so that a wizard can go back and forth:
``read_table`` (the file as text cells), ``guess_mapping`` (which column is what, changeable),
``preview_people`` (every row with its problems, pure and cheap to redo) and ``import_people``
(one transaction: everyone ready, or nobody).

Attendance from a register (a row per person, a column per date): ``read_table``,
``read_register`` (the dates and the names), ``preview_attendance`` (against the group's
sessions, the people and their consent) and ``import_attendance`` (what the preview showed, in
one transaction, or nothing). The rules are in ``registers``.
"""

from peerdesk.core.importing.columns import (
    FIELD_LABELS,
    FIELDS,
    ColumnMapping,
    Field,
    field_label,
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
from peerdesk.core.importing.register_dates import HeadingDate, read_date_heading
from peerdesk.core.importing.registers import (
    AttendancePreview,
    AttendanceSummary,
    CellNote,
    Conflict,
    DateColumn,
    LeftOut,
    MarkCounts,
    RegisterOptions,
    RegisterRow,
    RegisterSheet,
    RegisterTally,
    SessionDate,
    SheetRow,
    UnclearCell,
    import_attendance,
    preview_attendance,
    read_mark,
    read_register,
)

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "MAX_FILE_BYTES",
    "AttendancePreview",
    "AttendanceSummary",
    "CellNote",
    "ColumnMapping",
    "Conflict",
    "DateColumn",
    "Field",
    "HeadingDate",
    "IgnoredColumn",
    "ImportSummary",
    "KnownPeople",
    "LeftOut",
    "MarkCounts",
    "Preview",
    "PreviewRow",
    "Problem",
    "Progress",
    "RegisterOptions",
    "RegisterRow",
    "RegisterSheet",
    "RegisterTally",
    "SessionDate",
    "SheetRow",
    "Table",
    "TableRow",
    "Tally",
    "UnclearCell",
    "UnreadableFileError",
    "field_label",
    "guess_mapping",
    "import_attendance",
    "import_people",
    "known_people",
    "parse_mapping",
    "preview_attendance",
    "preview_lines",
    "preview_people",
    "read_date_heading",
    "read_mark",
    "read_register",
    "read_table",
    "require_names",
]
