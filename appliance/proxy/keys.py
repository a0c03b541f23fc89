"""API keys: made at random, shown once, stored only as hashes.

A key is `sk-appl-` plus 32 random bytes in URL-safe base64 (256 bits). The keys file
(`[auth] keys_file`, default state_dir/keys.json) holds for each key its id, name, role,
creation time, optional limits and the SHA-256 of the key; never the key. A plain SHA-256
is the right hash here: the keys are random and long, so there is nothing to brute-force,
and the proxy looks one up per request.

The pure part works on `KeyFile` data; `read_keys` / `update_keys` are the file shell
(atomic replace under an exclusive lock, mode 0640).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from appliance.errors import ApplianceError

KEY_PREFIX = "sk-appl-"
KEY_BYTES = 32


class KeysError(ApplianceError):
    """The keys file cannot be read or a key operation is not possible."""


class KeyLimits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    requests_per_minute: int | None = None
    tokens_per_minute: int | None = None
    concurrent: int | None = None


class KeyRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    role: str
    hash: str
    created: str
    limits: KeyLimits | None = None
    revoked: str | None = None


class KeyFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    keys: tuple[KeyRecord, ...] = Field(default_factory=tuple)

    def active_by_hash(self) -> dict[str, KeyRecord]:
        return {k.hash: k for k in self.keys if k.revoked is None}


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def add_key(data: KeyFile, name: str, role: str, limits: KeyLimits | None) -> tuple[KeyFile, KeyRecord, str]:
    """The file with a new key, the key's record, and the key itself (shown once)."""
    if any(k.name == name and k.revoked is None for k in data.keys):
        raise KeysError(f"a key named {name!r} exists already; revoke it or pick another name")
    secret = KEY_PREFIX + secrets.token_urlsafe(KEY_BYTES)
    record = KeyRecord(
        id="key_" + secrets.token_hex(6), name=name, role=role, hash=hash_key(secret),
        created=_now(), limits=limits,
    )
    return data.model_copy(update={"keys": (*data.keys, record)}), record, secret


def revoke_key(data: KeyFile, ref: str) -> tuple[KeyFile, KeyRecord]:
    """Revoke the active key whose id or name is `ref`."""
    matches = [k for k in data.keys if k.revoked is None and ref in (k.id, k.name)]
    if not matches:
        raise KeysError(f"no active key with id or name {ref!r}")
    target = matches[0]
    revoked = target.model_copy(update={"revoked": _now()})
    keys = tuple(revoked if k is target else k for k in data.keys)
    return data.model_copy(update={"keys": keys}), revoked


def parse_keys(text: str, source: str) -> KeyFile:
    try:
        return KeyFile.model_validate(json.loads(text))
    except (ValueError, ValidationError) as exc:
        raise KeysError(f"{source}: not a valid keys file: {str(exc).splitlines()[0]}") from None


def read_keys(path: Path) -> KeyFile:
    """The keys file; an empty one when it does not exist (see `keys_file_exists`)."""
    try:
        return parse_keys(path.read_text(encoding="utf-8"), str(path))
    except (FileNotFoundError, NotADirectoryError):
        return KeyFile()
    except OSError as exc:
        raise KeysError(_file_error(path, "read", exc)) from None


def _file_error(path: Path, verb: str, exc: OSError) -> str:
    """One line for an OS error on the keys file (or its lock): what failed, how to fix it."""
    where = Path(exc.filename) if exc.filename else path
    if isinstance(exc, IsADirectoryError) and where == path:
        return f"{path}: is a directory; set [auth] keys_file to a file"
    if isinstance(exc, PermissionError):
        return (
            f"cannot {verb} the keys file {path}: permission denied on {where}; run as the "
            "appliance user (or root), or set [auth] keys_file to a path this user may write"
        )
    return f"cannot {verb} the keys file {path}: {exc.strerror or exc} ({where})"


@contextmanager
def _locked(path: Path, make_parent: bool) -> Iterator[None]:
    try:
        if make_parent:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise KeysError(
                f"{path}: directory {path.parent} does not exist; create it or fix "
                "[auth] keys_file"
            )
        lock = open(path.with_name(path.name + ".lock"), "w")  # closed by the `with` below
    except OSError as exc:
        raise KeysError(_file_error(path, "write", exc)) from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def update_keys(
    path: Path, change: Callable[[KeyFile], KeyFile], make_parent: bool = True
) -> KeyFile:
    """Apply `change` to the keys file under an exclusive lock; replace it atomically.
    `make_parent`: create a missing directory (false for a path the operator named, where a
    missing directory is more likely a typo). OS errors become one-line KeysErrors."""
    with _locked(path, make_parent):
        data = change(read_keys(path))
        tmp = path.with_name(path.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(data.model_dump_json(indent=2, exclude_none=True) + "\n")
            os.replace(tmp, path)
        except OSError as exc:
            raise KeysError(_file_error(path, "write", exc)) from None
        return data


def read_last_used(path: Path) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # advisory: unreadable is the same as never used
        return {}
    return {k: float(v) for k, v in data.items() if isinstance(v, int | float)}


def merge_last_used(path: Path, seen: dict[str, float]) -> None:
    """Record when keys were last used (advisory: the latest time wins)."""
    if not seen:
        return
    with _locked(path, make_parent=True):
        merged = read_last_used(path)
        for key_id, when in seen.items():
            merged[key_id] = max(when, merged.get(key_id, 0.0))
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(merged))
        os.replace(tmp, path)
