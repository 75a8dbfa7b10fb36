"""Files that leave the database sealed under a passphrase: exports and right-of-access packs.

The database is encrypted, but an export is a copy that goes onto a memory stick or into an
email. So it is sealed too, unless the person confirms they want it plain. The container:

    magic (8 bytes) | Argon2id time cost, memory KiB (4 bytes each), parallelism (1 byte)
    | salt (16 bytes) | nonce (12 bytes) | AES-256-GCM ciphertext and tag

The whole header is authenticated with the contents, so a changed byte anywhere, or the wrong
passphrase, is refused; nothing half-opened is ever returned. ``peerdesk unseal`` opens one.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peerdesk.core.errors import StorageError, ValidationError, WrongKeyError
from peerdesk.core.files import write_atomically
from peerdesk.core.keys import KdfParameters, check_passphrase
from peerdesk.core.text import translate

MAGIC = b"PDSEAL01"
SEALED_SUFFIX = ".sealed"
_PARAMETERS = struct.Struct(">IIB")
_SALT = 16
_NONCE = 12
HEADER_BYTES = len(MAGIC) + _PARAMETERS.size + _SALT + _NONCE
# Sealing holds the whole file in memory; exports and access packs are far smaller.
MAX_BYTES = 512 * 1024 * 1024


def seal(data: bytes, passphrase: str) -> bytes:
    """``data`` sealed under ``passphrase`` (a fresh salt and nonce each time)."""
    check_passphrase(passphrase)
    kdf = KdfParameters(os.urandom(_SALT))
    nonce = os.urandom(_NONCE)
    header = (
        MAGIC + _PARAMETERS.pack(kdf.time_cost, kdf.memory_kib, kdf.parallelism) + kdf.salt + nonce
    )
    return header + AESGCM(kdf.derive(passphrase)).encrypt(nonce, data, header)


def unseal(data: bytes, passphrase: str) -> bytes:
    """The contents of a sealed file; a readable error for anything else."""
    if not data.startswith(MAGIC):
        raise ValidationError(translate("sealed", "This is not a file sealed by peerdesk."))
    if len(data) < HEADER_BYTES + 16:
        raise ValidationError(
            translate("sealed", "This sealed file is cut short: it may not have copied completely.")
        )
    start = len(MAGIC)
    time_cost, memory_kib, parallelism = _PARAMETERS.unpack_from(data, start)
    start += _PARAMETERS.size
    # Limits that a genuine file never reaches keep a doctored header from tying up the machine.
    if not (1 <= time_cost <= 64 and 8 <= memory_kib <= 4 * 1024 * 1024 and parallelism >= 1):
        raise ValidationError(
            translate("sealed", "This sealed file is damaged: its header makes no sense.")
        )
    salt = data[start : start + _SALT]
    nonce = data[start + _SALT : HEADER_BYTES]
    kdf = KdfParameters(salt, time_cost, memory_kib, parallelism)
    try:
        return AESGCM(kdf.derive(passphrase)).decrypt(
            nonce, data[HEADER_BYTES:], data[:HEADER_BYTES]
        )
    except InvalidTag:
        raise WrongKeyError(
            translate(
                "sealed",
                "That passphrase does not open this file, or the file has been changed "
                "since it was sealed. Check Caps Lock and try again.",
            )
        ) from None


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def write_sealed(path: Path, data: bytes, passphrase: str) -> Path:
    """Seal ``data`` into ``path``, all or nothing, readable by the owner only."""
    write_atomically(path, seal(data, passphrase))
    return path


def read_sealed(path: Path, passphrase: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                translate("sealed", "{name} is too large to be a file peerdesk sealed.").format(
                    name=path.name
                )
            )
        data = path.read_bytes()
    except OSError as error:
        raise StorageError(
            translate("sealed", "Cannot read {path}: {reason}.").format(
                path=path, reason=(error.strerror or str(error)).lower()
            )
        ) from None
    return unseal(data, passphrase)
