"""Per-key limits for the whole node, whatever its number of proxy workers.

With one worker the `RateLimiter` lives in it (`LocalGate`). With several it lives in the
parent process alone (`NodeLimiter`), and a worker asks it, over the socket pair it was
started with (`LinkGate`), for each request of a key that has limits; requests of keys
without limits ask nothing of anyone. One limiter sees every request of the node, so the
limits are exactly those of one process: the admitted requests of any window are what a
single `RateLimiter` admits, and never more than `concurrent` are in flight. When a worker
dies, the parent ends what the worker held (`NodeLimiter.drop`): its requests died with
it, and their tokens, unknown, are not charged.

The price is a round trip to the parent per limited request (see docs/benchmarks.md).

Wire: one JSON array per line. A worker's first line is its hello; a parent that speaks
another version closes the link (the worker then stops, loudly).

    worker → parent  ["hello", PROTOCOL, slot, pid]
                     ["acquire", id, key_id, requests_per_minute, tokens_per_minute, concurrent]
                     ["release", id, tokens]
    parent → worker  ["decision", id, allowed, retry_after_s, headers, reason]
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import socket
import time
from collections.abc import Callable, Hashable
from typing import Any

from appliance.proxy.errors import ProxyError
from appliance.proxy.ratelimit import Decision, Limits, RateLimiter

log = logging.getLogger("appliance.proxy")

PROTOCOL = 1
SWEEP_EVERY_S = 60.0  # forget idle keys with full buckets: memory bounded by active keys


class NodeLimiter:
    """The node's `RateLimiter` and, per link (a worker), what each acquisition holds.
    Sans-I/O: `now` (monotonic seconds) is passed in."""

    def __init__(self, limiter: RateLimiter | None = None):
        self.limiter = limiter or RateLimiter()
        self.held: dict[Hashable, dict[int, str]] = {}

    def acquire(self, link: Hashable, acquisition: int, key_id: str, limits: Limits,
                now: float) -> Decision:
        decision = self.limiter.try_acquire(key_id, limits, now)
        if decision.allowed:
            self.held.setdefault(link, {})[acquisition] = key_id
        return decision

    def release(self, link: Hashable, acquisition: int, tokens: int, now: float) -> None:
        key_id = self.held.get(link, {}).pop(acquisition, None)
        if key_id is not None:
            self.limiter.release(key_id, tokens, now)

    def drop(self, link: Hashable, now: float) -> int:
        """The worker behind `link` is gone: end every acquisition it held. Returns how many."""
        held = self.held.pop(link, {})
        for key_id in held.values():
            self.limiter.release(key_id, 0, now)
        return len(held)


def encode(message: list[Any]) -> bytes:
    return json.dumps(message, separators=(",", ":")).encode() + b"\n"


class _Lines(asyncio.Protocol):
    """Newline-delimited JSON arrays in; `handle` gets each one."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._pending = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        *lines, self._pending = (self._pending + data).split(b"\n")
        for line in lines:
            if self.transport is not None and self.transport.is_closing():
                return
            try:
                message = json.loads(line)
            except ValueError:
                message = None
            if not isinstance(message, list) or not message:
                log.error("node limiter link: unreadable message %r; closing it", line[:80])
                self.close()
                return
            self.handle(message)

    def handle(self, message: list[Any]) -> None:
        raise NotImplementedError

    def send(self, message: list[Any]) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(encode(message))

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


class _ParentSide(_Lines):
    """The parent's end of one worker's link."""

    def __init__(self, node: NodeLimiter, clock: Callable[[], float]):
        super().__init__()
        self.node, self.clock = node, clock
        self.hello = False

    def handle(self, message: list[Any]) -> None:
        verb = message[0]
        if not self.hello:
            if verb != "hello" or message[1:2] != [PROTOCOL]:
                log.error("a proxy worker speaks another limiter protocol (%r, this parent "
                          "speaks %d): restart the whole proxy after an upgrade", message[:2],
                          PROTOCOL)
                self.close()
                return
            self.hello = True
            return
        if verb == "acquire":
            _, acquisition, key_id, rpm, tpm, concurrent = message
            d = self.node.acquire(self, acquisition, key_id, Limits(rpm, tpm, concurrent),
                                  self.clock())
            self.send(["decision", acquisition, d.allowed, d.retry_after_s, d.headers, d.reason])
        elif verb == "release":
            self.node.release(self, message[1], message[2], self.clock())

    def connection_lost(self, exc: Exception | None) -> None:
        self.node.drop(self, self.clock())


async def serve_link(node: NodeLimiter, sock: socket.socket,
                     clock: Callable[[], float] = time.monotonic) -> None:
    """Answer the worker at the other end of `sock` until it goes (the parent)."""
    loop = asyncio.get_running_loop()
    await loop.create_unix_connection(lambda: _ParentSide(node, clock), sock=sock)


async def sweep_every(limiter: RateLimiter, clock: Callable[[], float] = time.monotonic,
                      seconds: float = SWEEP_EVERY_S) -> None:
    while True:
        await asyncio.sleep(seconds)
        limiter.sweep(clock())


class LocalGate:
    """One process: the limiter is here. A ticket is the key id."""

    def __init__(self, limiter: RateLimiter, clock: Callable[[], float] = time.monotonic):
        self.limiter, self.clock = limiter, clock

    async def acquire(self, key_id: str, limits: Limits) -> tuple[Decision, Any]:
        return self.limiter.try_acquire(key_id, limits, self.clock()), key_id

    def release(self, ticket: Any, tokens: int) -> None:
        self.limiter.release(ticket, tokens, self.clock())


class _WorkerSide(_Lines):
    def __init__(self, on_lost: Callable[[], None]):
        super().__init__()
        self.waiting: dict[int, asyncio.Future[Decision]] = {}
        self.lost = False
        self.on_lost = on_lost

    def handle(self, message: list[Any]) -> None:
        if message[0] == "decision":
            _, acquisition, allowed, retry_after_s, headers, reason = message
            future = self.waiting.pop(acquisition, None)
            if future is not None and not future.done():
                future.set_result(Decision(allowed, retry_after_s, headers, reason))

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        for future in self.waiting.values():
            if not future.done():
                future.set_exception(_unavailable())
        self.waiting.clear()
        self.on_lost()


def _unavailable() -> ProxyError:
    return ProxyError(503, "the node's rate limiter is unavailable (the proxy is stopping); "
                      "retry", "limiter_unavailable", headers={"Retry-After": "1"})


class LinkGate:
    """A worker of several: the limiter is in the parent, over `sock`. A ticket is the
    acquisition's id."""

    def __init__(self, sock: socket.socket, slot: int):
        self.sock, self.slot = sock, slot
        self._ids = itertools.count()
        self._side: _WorkerSide | None = None

    async def start(self, on_lost: Callable[[], None]) -> None:
        """Connect; `on_lost` is called when the parent is gone."""
        loop = asyncio.get_running_loop()
        _, side = await loop.create_unix_connection(lambda: _WorkerSide(on_lost), sock=self.sock)
        self._side = side
        side.send(["hello", PROTOCOL, self.slot, os.getpid()])

    async def acquire(self, key_id: str, limits: Limits) -> tuple[Decision, Any]:
        side = self._side
        if side is None or side.lost:
            raise _unavailable()
        acquisition = next(self._ids)
        future: asyncio.Future[Decision] = asyncio.get_running_loop().create_future()
        side.waiting[acquisition] = future
        side.send(["acquire", acquisition, key_id, limits.requests_per_minute,
                   limits.tokens_per_minute, limits.concurrent])
        try:
            decision = await future
        except asyncio.CancelledError:
            # the client went away while we waited: whatever the parent decides is given back
            side.waiting.pop(acquisition, None)
            side.send(["release", acquisition, 0])
            raise
        return decision, acquisition

    def release(self, ticket: Any, tokens: int) -> None:
        if self._side is not None:
            self._side.send(["release", ticket, tokens])

    def close(self) -> None:
        if self._side is not None:
            self._side.close()
