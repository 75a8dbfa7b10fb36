"""One family of errors whose messages a person can read.

The GUI and the command line show ``str(error)``; they never show a traceback.
"""


class PeerdeskError(Exception):
    """Base class: the message is written for the person using the program."""


class ValidationError(PeerdeskError):
    """Input that cannot be saved as it is (an empty name, an end before a start ...)."""


class NotFoundError(PeerdeskError):
    """Something asked for by id or name does not exist (any more)."""


class StorageError(PeerdeskError):
    """The database file cannot be opened, read or written."""


class NotADatabaseError(StorageError):
    """The file given is not a peerdesk (SQLite) database."""


class DatabaseTooNewError(StorageError):
    """The database was made by a newer peerdesk than this one."""


class DatabaseInUseError(StorageError):
    """Another peerdesk already has this database open."""


class DatabaseLockedError(StorageError):
    """The database is encrypted and no key was given."""


class WrongKeyError(StorageError):
    """The passphrase, recovery key or key does not open this database."""


class DamagedDatabaseError(StorageError):
    """The database file fails SQLite's integrity check: it is left as it is."""
