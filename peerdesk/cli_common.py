"""What every ``peerdesk`` sub-command shares: reading dates, and opening the database with its
passphrase (from ``--passphrase-file``, ``PEERDESK_PASSPHRASE`` or a prompt)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.core.errors import PeerdeskError

if TYPE_CHECKING:
    from peerdesk.core.storage import Store

PASSPHRASE_VARIABLE = "PEERDESK_PASSPHRASE"
Command = Callable[[Path | None, argparse.Namespace], int]
"""A sub-command: the ``--database`` given (or None) and the parsed arguments → exit code."""


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24"
        ) from None


def parse_seed(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a whole number") from None


def given_passphrase(args: argparse.Namespace) -> str | None:
    from peerdesk.core.protection import passphrase_from

    return passphrase_from(getattr(args, "passphrase_file", None))


def ask_passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    given = given_passphrase(args)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise PeerdeskError(
            "This needs the database's passphrase: give it with --passphrase-file FILE or the "
            f"{PASSPHRASE_VARIABLE} environment variable."
        )
    first = getpass.getpass("New passphrase: " if new else "Passphrase: ")
    if new and getpass.getpass("The same passphrase again: ") != first:
        raise PeerdeskError("The two passphrases were not the same; nothing was made.")
    return first


def open_for(database: Path | None, args: argparse.Namespace, *, writer: bool = True) -> Store:
    """Open a plain database as it is, or a protected one with its passphrase."""
    from peerdesk.core.protection import open_database

    return open_database(database, writer=writer, ask=lambda: ask_passphrase(args))


def print_recovery_key(recovery_key: str) -> None:
    print()
    print("Recovery key (opens the database if the passphrase is lost; it is shown only once):")
    print(f"    {recovery_key}")
    print("Write it down or print it, and give it to the group's data lead to keep safe.")


def check_sheet_folder(sheet: Path | None) -> None:
    if sheet and not sheet.expanduser().parent.is_dir():
        raise PeerdeskError(f"The folder for {sheet} does not exist; nothing was changed.")


def give_recovery_key(recovery_key: str, database: Path, sheet: Path | None) -> None:
    print_recovery_key(recovery_key)
    if sheet:
        from peerdesk.printing.recovery_sheet import RecoverySheet, write_recovery_sheet

        write_recovery_sheet(RecoverySheet(recovery_key, database, dt.date.today()), sheet)
        print(f"Recovery sheet saved to {sheet}: print it, then delete the file.")
