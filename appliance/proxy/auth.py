"""Bearer keys and roles: who is calling, and which models that role may use.

`authenticate` gives every /v1 request a `Principal` or answers 401. The key index is
rebuilt from the keys file when its modification time changes (checked once a second by a
background task), so `appliance keys create|revoke` take effect without a restart.
"""

from __future__ import annotations

import asyncio
import fnmatch
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from appliance.proxy.errors import ProxyError
from appliance.proxy.keys import KeyLimits, KeysError, hash_key, read_keys
from appliance.proxy.ratelimit import Limits

log = logging.getLogger("appliance.proxy")


@dataclass(frozen=True)
class Principal:
    key_id: str
    name: str
    role: str
    patterns: tuple[str, ...]
    limits: Limits

    def may_use(self, model: str) -> bool:
        return any(fnmatch.fnmatchcase(model, p) for p in self.patterns)


ANONYMOUS = Principal("anonymous", "anonymous", "anonymous", ("*",), Limits())
PRINCIPAL = web.RequestKey("principal", Principal)


def limits_for(role_limits: Limits | None, key_limits: KeyLimits | None) -> Limits:
    """A key's own limits override its role's, field by field: a field the key sets (0
    included: a key shut off) wins, one it leaves unset (None) is the role's."""
    base = role_limits or Limits()
    if key_limits is None:
        return base

    def pick(own: int | None, role: int | None) -> int | None:
        return role if own is None else own

    return Limits(
        requests_per_minute=pick(key_limits.requests_per_minute, base.requests_per_minute),
        tokens_per_minute=pick(key_limits.tokens_per_minute, base.tokens_per_minute),
        concurrent=pick(key_limits.concurrent, base.concurrent),
    )


@dataclass
class KeyIndex:
    """hash → Principal, built from the keys file and [auth]/[rate_limits]."""

    path: Path
    roles: Mapping[str, list[str]]
    role_limits: Mapping[str, Limits]
    by_hash: dict[str, Principal] = field(default_factory=dict)
    mtime: float | None = None
    last_used: dict[str, float] = field(default_factory=dict)

    def refresh(self) -> bool:
        """Re-read the file if it changed; True when the index was rebuilt."""
        try:
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            mtime = None
        if mtime == self.mtime:
            return False
        try:
            data = read_keys(self.path)
        except KeysError as exc:
            log.error("%s; keeping the keys loaded before", exc)
            return False
        index = {}
        for record in data.keys:
            if record.revoked is not None or record.role not in self.roles:
                continue
            index[record.hash] = Principal(
                key_id=record.id, name=record.name, role=record.role,
                patterns=tuple(self.roles[record.role]),
                limits=limits_for(self.role_limits.get(record.role), record.limits),
            )
        self.by_hash, self.mtime = index, mtime
        return True

    def lookup(self, secret: str) -> Principal | None:
        """The key's principal. An unknown key re-reads a changed keys file first, so a key
        works the moment `appliance keys create` returns (a stat per unknown key)."""
        digest = hash_key(secret)
        principal = self.by_hash.get(digest)
        if principal is None and self.refresh():
            principal = self.by_hash.get(digest)
        if principal is not None:
            self.last_used[principal.key_id] = time.time()
        return principal

    async def watch(self, interval_s: float = 1.0) -> None:
        while True:
            await asyncio.sleep(interval_s)
            if self.refresh():
                log.info("keys reloaded: %d active", len(self.by_hash))


def authenticate(header: str, index: KeyIndex) -> Principal:
    """The principal of an `Authorization: Bearer <key>` header, or a 401 ProxyError."""
    scheme, _, secret = header.partition(" ")
    secret = secret.strip()
    if scheme.lower() != "bearer" or not secret:
        raise ProxyError(401, "missing API key: send 'Authorization: Bearer <key>'", "missing_api_key")
    principal = index.lookup(secret)
    if principal is None:
        raise ProxyError(401, "invalid API key", "invalid_api_key")
    return principal
