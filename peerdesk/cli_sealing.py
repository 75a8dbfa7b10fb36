"""Command-line choices for files that leave the database: sealed unless asked for plain.

``peerdesk export`` and ``peerdesk access-report`` seal what they write under a passphrase for
the files (not the database's: it is given to whoever receives them). It comes from
``--passphrase-for-files FILE`` or is asked twice on the terminal; ``--plain`` writes the files
unprotected, which is the confirmation R18 asks for. ``peerdesk unseal`` opens one again.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from peerdesk.core.errors import PeerdeskError

# The key and storage modules load SQLAlchemy and the ciphers: imported where needed, so that
# building the command line (which opens the window too) stays quick.


def add_file_protection(parser: argparse.ArgumentParser) -> None:
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--passphrase-for-files",
        metavar="FILE",
        type=Path,
        help="seal the files with the passphrase on this file's first line "
        "(otherwise you are asked for one)",
    )
    choice.add_argument(
        "--plain",
        action="store_true",
        help="write the files unprotected: anyone who gets them can read them",
    )


def file_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase to seal with, or None when ``--plain`` was given."""
    from peerdesk.core.keys import check_passphrase
    from peerdesk.core.protection import passphrase_from

    if args.plain:
        return None
    given = passphrase_from(args.passphrase_for_files) if args.passphrase_for_files else None
    if given is not None:
        return check_passphrase(given)
    if not sys.stdin.isatty():
        raise PeerdeskError(
            "The files are sealed with a passphrase for whoever receives them: give it with "
            "--passphrase-for-files FILE, or add --plain to write them unprotected."
        )
    first = getpass.getpass("A passphrase for the files (tell it to the receiver separately): ")
    check_passphrase(first)
    if getpass.getpass("The same passphrase again: ") != first:
        raise PeerdeskError("The two passphrases were not the same; nothing was written.")
    return first


def sealed_name(path: Path, passphrase: str | None) -> Path:
    """``people.csv`` → ``people.csv.sealed`` when sealing (unless already so named)."""
    from peerdesk.core.sealed import SEALED_SUFFIX

    if passphrase is None or path.name.endswith(SEALED_SUFFIX):
        return path
    return path.with_name(path.name + SEALED_SUFFIX)


def add_unseal_parser(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
) -> None:
    unseal = commands.add_parser(
        "unseal", help="open a file peerdesk sealed (an export or an access report's data)"
    )
    unseal.add_argument("file", type=Path, metavar="FILE.sealed")
    unseal.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    unseal.add_argument(
        "--passphrase-for-files", metavar="FILE", type=Path, help="the passphrase, from a file"
    )


def run_unseal(args: argparse.Namespace) -> int:
    from peerdesk.core.files import write_atomically
    from peerdesk.core.protection import passphrase_from
    from peerdesk.core.sealed import read_sealed

    output: Path = args.output
    if output.exists():
        raise PeerdeskError(f"{output} already exists; choose another name, nothing was written.")
    given = passphrase_from(args.passphrase_for_files) if args.passphrase_for_files else None
    if given is None:
        if not sys.stdin.isatty():
            raise PeerdeskError("Give the file's passphrase with --passphrase-for-files FILE.")
        given = getpass.getpass("The file's passphrase: ")
    write_atomically(output, read_sealed(args.file, given))
    print(f"Opened {args.file} into {output} (readable by you only).")
    return 0
