"""The database's key: made at random, kept wrapped under the passphrase, printed as a recovery key.

- The database is encrypted (SQLCipher) with a random 32-byte **data key**, never with the
  passphrase itself, so that a passphrase can be changed without re-encrypting anything.
- A small **key file** beside the database (``peerdesk.sqlite3.keys``) holds the data key wrapped
  under a key derived from the passphrase with Argon2id (64 MiB, 3 passes; the parameters are
  stored with the salt so they can be raised later), sealed with AES-256-GCM: a wrong passphrase
  fails the seal's check, so it can never be mistaken for a right one.
- The **recovery key** is the data key itself, written as 14 groups of four letters and digits
  (base32, the last group a check). It opens the database even if the passphrase is forgotten or the
  key file is lost, so it is printed once, for the group's data lead, and kept somewhere safe.
- Handing over to a new organiser makes a new data key (the database is re-keyed) and a new
  recovery key, so the old passphrase and the old recovery sheet stop working.

Nothing here touches the database: :mod:`peerdesk.core.storage` uses the data key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peerdesk.core import storage
from peerdesk.core.errors import StorageError, ValidationError, WrongKeyError
from peerdesk.core.files import write_atomically
from peerdesk.core.text import translate

KEY_FILE_SUFFIX = storage.KEY_FILE_SUFFIX
KEY_FORMAT = "peerdesk-key-file"
KEY_BYTES = 32
MIN_PASSPHRASE = 10
# Argon2id: 64 MiB and 3 passes (RFC 9106's second recommended option); about 0.1-0.2 s here.
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 4
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_AAD = b"peerdesk data key v1"


@dataclass(frozen=True)
class KdfParameters:
    salt: bytes
    time_cost: int = ARGON2_TIME
    memory_kib: int = ARGON2_MEMORY_KIB
    parallelism: int = ARGON2_PARALLELISM

    def derive(self, passphrase: str) -> bytes:
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


@dataclass(frozen=True)
class KeyFile:
    kdf: KdfParameters
    nonce: bytes
    sealed: bytes
    """The data key, sealed with AES-256-GCM under the key derived from the passphrase."""

    def to_json(self) -> bytes:
        encode = base64.b64encode
        return json.dumps(
            {
                "format": KEY_FORMAT,
                "version": 1,
                "kdf": {
                    "name": "argon2id",
                    "salt": encode(self.kdf.salt).decode(),
                    "time_cost": self.kdf.time_cost,
                    "memory_kib": self.kdf.memory_kib,
                    "parallelism": self.kdf.parallelism,
                },
                "cipher": "aes-256-gcm",
                "nonce": encode(self.nonce).decode(),
                "sealed_key": encode(self.sealed).decode(),
            },
            indent=2,
        ).encode()

    @classmethod
    def from_json(cls, data: bytes) -> KeyFile:
        try:
            raw = json.loads(data)
            if raw.get("format") != KEY_FORMAT or raw.get("version") != 1:
                raise ValueError("not a peerdesk key file")
            kdf = raw["kdf"]
            if kdf["name"] != "argon2id" or raw["cipher"] != "aes-256-gcm":
                raise ValueError("unknown method")
            return cls(
                KdfParameters(
                    base64.b64decode(kdf["salt"]),
                    int(kdf["time_cost"]),
                    int(kdf["memory_kib"]),
                    int(kdf["parallelism"]),
                ),
                base64.b64decode(raw["nonce"]),
                base64.b64decode(raw["sealed_key"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise StorageError(
                translate(
                    "keys",
                    "The key file beside the database is damaged or not peerdesk's. The "
                    "recovery key still opens the database.",
                )
            ) from error


def key_file_path(database: Path) -> Path:
    return database.with_name(database.name + KEY_FILE_SUFFIX)


def check_passphrase(passphrase: str) -> str:
    """Refuse a passphrase too short to protect health data; returns it unchanged."""
    if not passphrase.strip():
        raise ValidationError(
            translate("keys", "Choose a passphrase: the database cannot be protected without one.")
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            translate(
                "keys",
                "Choose a passphrase of at least {min_passphrase} characters; a few "
                "ordinary words in a row are easy to remember and hard to guess.",
            ).format(min_passphrase=MIN_PASSPHRASE)
        )
    return passphrase


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def seal(data_key: bytes, passphrase: str) -> KeyFile:
    """Wrap ``data_key`` under ``passphrase`` (a fresh salt and nonce every time)."""
    kdf = KdfParameters(os.urandom(16))
    nonce = os.urandom(12)
    sealed = AESGCM(kdf.derive(passphrase)).encrypt(nonce, data_key, _AAD)
    return KeyFile(kdf, nonce, sealed)


def unseal(key_file: KeyFile, passphrase: str) -> bytes:
    try:
        return AESGCM(key_file.kdf.derive(passphrase)).decrypt(
            key_file.nonce, key_file.sealed, _AAD
        )
    except InvalidTag:
        raise WrongKeyError(
            translate(
                "keys",
                "That passphrase does not open this database. Check Caps Lock and try "
                "again; if it is lost, the recovery key opens it.",
            )
        ) from None


def read_key_file(database: Path) -> KeyFile | None:
    path = key_file_path(database)
    try:
        return KeyFile.from_json(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StorageError(
            translate("keys", "The key file {path} could not be read ({strerror}).").format(
                path=path, strerror=error.strerror
            )
        ) from error


def write_key_file(database: Path, key_file: KeyFile) -> Path:
    path = key_file_path(database)
    write_atomically(path, key_file.to_json())
    return path


# --- the recovery key -------------------------------------------------------------------------


def _check_group(body: str) -> str:
    digest = hashlib.sha256(body.encode()).digest()
    return "".join(_ALPHABET[b % 32] for b in digest[:4])


def recovery_key_text(data_key: bytes) -> str:
    """The data key as 14 groups of four: 13 of the key (base32) and one to catch typing slips."""
    body = base64.b32encode(data_key).decode().rstrip("=")  # 52 characters for 32 bytes
    groups = [body[i : i + 4] for i in range(0, len(body), 4)]
    return "-".join([*groups, _check_group(body)])


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as typed: spaces, dashes and lower case are fine; 0/1/8 are read as the
    letters O/I/B they are often mistaken for."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 56 or any(ch not in _ALPHABET for ch in cleaned):
        raise ValidationError(
            translate(
                "keys",
                "A recovery key has 14 groups of four letters and digits, as printed on "
                "the recovery sheet. Check it and try again.",
            )
        )
    body, check = cleaned[:52], cleaned[52:]
    if _check_group(body) != check:
        raise ValidationError(
            translate(
                "keys",
                "That recovery key has a typing slip in it (its last group does not "
                "match). Check each group against the sheet.",
            )
        )
    return base64.b32decode(body + "====")
