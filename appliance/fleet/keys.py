"""The fleet keyring and the secrets derived from it.

The keyring file (`[fleet] key_file`) holds one key per line: base64 of 32 random bytes,
the first line the primary, the others older keys still accepted while a rotation is under
way. Blank lines and lines starting with `#` are ignored. The file must be readable by its
owner only: it is the fleet's one secret.

Nothing uses a fleet key directly. Each use gets its own secret, derived with HKDF-SHA256
from the key, bound to the fleet's name and to the purpose, so one fleet's key file used by
two fleets (or for two purposes) never yields the same secret twice.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from appliance.errors import ApplianceError

KEY_BYTES = 32
# Purposes of derived secrets; each names one use, and a new use gets a new name.
SERF_GOSSIP = "serf-gossip"  # Serf's AES-256-GCM gossip keys, one per fleet key
RAY_TOKEN = "ray-token"  # the Ray cluster's auth token (appliance.fleet.ray_config)
_SALT = b"appliance-fleet-v1"


class FleetKeyError(ApplianceError):
    """The fleet keyring is missing, unreadable, not private, or not a list of keys."""


@dataclass(frozen=True)
class Keyring:
    """The fleet keys, the primary first."""

    keys: tuple[bytes, ...]

    @property
    def primary(self) -> bytes:
        return self.keys[0]


def generate_key() -> str:
    """A new fleet key as one keyring line."""
    return encode_key(secrets.token_bytes(KEY_BYTES))


def encode_key(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def parse_key(text: str, where: str = "the key") -> bytes:
    """One key from its base64 text; FleetKeyError saying what is wrong."""
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise FleetKeyError(
            f"{where} is not base64; make a key with `appliance fleet keygen`"
        ) from None
    if len(key) != KEY_BYTES:
        raise FleetKeyError(
            f"{where} is {len(key)} bytes, a fleet key is {KEY_BYTES}; make one with "
            "`appliance fleet keygen`"
        )
    return key


def parse_keyring(text: str, source: str) -> Keyring:
    """The keys of a keyring file's text, in order; FleetKeyError naming the bad line."""
    keys: list[bytes] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key = parse_key(line, f"{source} line {number}")
        if key in keys:
            raise FleetKeyError(f"{source} line {number} repeats an earlier key; remove it")
        keys.append(key)
    if not keys:
        raise FleetKeyError(
            f"{source} holds no key; put one there with `appliance fleet keygen > {source}`"
        )
    return Keyring(tuple(keys))


def read_keyring(path: Path) -> Keyring:
    """Read the keyring file, refusing one that group or others may read or write."""
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        raise FleetKeyError(
            f"{path}: no fleet keyring; make one with `appliance fleet keygen > {path}` "
            f"(mode 0600) and copy it to every node of the fleet"
        ) from None
    except PermissionError:
        raise FleetKeyError(f"{path}: not readable by this user (uid {os.getuid()})") from None
    except UnicodeDecodeError:
        raise FleetKeyError(f"{path}: not a keyring (lines of base64 keys)") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise FleetKeyError(
            f"{path}: mode {stat.S_IMODE(mode):04o} lets group or others at the fleet key; "
            f"chmod 600 {path}"
        )
    return parse_keyring(text, str(path))


def write_keyring(path: Path, keyring: Keyring) -> None:
    """Replace the keyring file atomically, mode 0600."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write("".join(encode_key(k) + "\n" for k in keyring.keys))
    os.replace(tmp, path)


def derive(key: bytes, fleet: str, purpose: str, length: int = 32) -> bytes:
    """The secret for `purpose` in fleet `fleet`, from one fleet key (HKDF-SHA256)."""
    if not fleet or not purpose:
        raise ValueError("derive needs a fleet name and a purpose")
    info = f"{fleet}\x00{purpose}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=_SALT, info=info).derive(key)


def gossip_keys(keyring: Keyring, fleet: str) -> list[str]:
    """Serf's keyring (base64 AES-256 keys), in the fleet keyring's order: primary first."""
    return [encode_key(derive(k, fleet, SERF_GOSSIP)) for k in keyring.keys]


def fingerprint(key_b64: str) -> str:
    """A short name for a key that reveals nothing of it (for listings and logs)."""
    return hashlib.sha256(("appliance-key-fingerprint\x00" + key_b64).encode()).hexdigest()[:12]
