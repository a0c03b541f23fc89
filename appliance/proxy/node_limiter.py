"""Per-key limits for the whole node, whatever its number of proxy workers.

With one worker the `RateLimiter` lives in it (`LocalGate`). With several it lives in the
parent process alone (`NodeLimiter`), and a worker asks it, over the socket pair it was
started with (`LinkGate`), for each request of a key that has limits; requests of keys
without limits ask nothing of anyone. One limiter sees every request of the node, so the
limits are exactly those of one process: the admitted requests of any window are what a
single `RateLimiter` admits, and never more than `concurrent` are in flight. When a worker
dies, the parent ends what the worker held (`NodeLimiter.drop`): its requests died with
it, and their tokens, unknown, are not charged.

The price is a round trip to the parent per limited request (see docs/benchmarks.md). To
keep it small the parent only keeps the books (`RateLimiter.admit`); the worker builds the
decision and its headers from the levels it gets back (`ratelimit.decide`), and the lines
are plain text, split by spaces.

Wire: one line per message. A worker's first line is its hello; a parent that speaks
another version closes the link (the worker then stops, loudly). `-` is "no limit" or "no
level"; the key id comes last, as a JSON string (whatever the keys file holds, it cannot
break a line).

    worker → parent  hello PROTOCOL SLOT PID
                     a ID REQUESTS_PER_MINUTE TOKENS_PER_MINUTE CONCURRENT "KEY_ID"
                     r ID TOKENS
    parent → worker  d ID ADMITTED(0|1) REQUESTS_LEVEL TOKENS_LEVEL IN_FLIGHT
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
from appliance.proxy.ratelimit import Decision, Levels, Limits, RateLimiter, decide

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
                now: float) -> Levels:
        levels = self.limiter.admit(key_id, limits, now)
        if levels[0]:
            self.held.setdefault(link, {})[acquisition] = key_id
        return levels

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


def _number(text: bytes) -> int | None:
    return None if text == b"-" else int(text)


def _level(text: bytes) -> float | None:
    return None if text == b"-" else float(text)


def _field(value: float | None) -> bytes:
    return b"-" if value is None else repr(value).encode()


class _Lines(asyncio.Protocol):
    """Lines in; `handle` gets each one, split by spaces. A line it cannot read closes
    the link."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._pending = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        *lines, self._pending = (self._pending + data).split(b"\n")
        for line in lines:
            if self.transport is None or self.transport.is_closing():
                return
            try:
                self.handle(line)
            except (ValueError, IndexError):
                log.error("node limiter link: unreadable line %r; closing it", line[:80])
                self.close()

    def handle(self, line: bytes) -> None:
        raise NotImplementedError

    def send(self, line: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(line)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


class _ParentSide(_Lines):
    """The parent's end of one worker's link."""

    def __init__(self, node: NodeLimiter, clock: Callable[[], float]):
        super().__init__()
        self.node, self.clock = node, clock
        self.hello = False
        self._principals: dict[bytes, tuple[str, Limits]] = {}  # the line's tail, parsed

    def handle(self, line: bytes) -> None:
        if not self.hello:
            words = line.split(b" ")
            if words[0] != b"hello" or words[1:2] != [str(PROTOCOL).encode()]:
                log.error("a proxy worker speaks another limiter protocol (%r, this parent "
                          "speaks %d): restart the whole proxy after an upgrade", line[:40],
                          PROTOCOL)
                self.close()
                return
            self.hello = True
        elif line[:2] == b"a ":
            _, acquisition, tail = line.split(b" ", 2)
            principal = self._principals.get(tail)
            if principal is None:
                principal = self._principal(tail)
            allowed, requests, tokens, in_flight = self.node.acquire(
                self, int(acquisition), principal[0], principal[1], self.clock())
            self.send(b"d %s %d %s %s %d\n" % (acquisition, allowed, _field(requests),
                                                _field(tokens), in_flight))
        elif line[:2] == b"r ":
            _, acquisition, tokens = line.split(b" ")
            self.node.release(self, int(acquisition), int(tokens), self.clock())
        else:
            raise ValueError(line)

    def _principal(self, tail: bytes) -> tuple[str, Limits]:
        rpm, tpm, concurrent, key = tail.split(b" ", 3)
        key_id = json.loads(key)
        if not isinstance(key_id, str):
            raise ValueError(key)
        if len(self._principals) >= 10_000:  # keys and their limits are few; bounded anyway
            self._principals.clear()
        found = self._principals[tail] = (
            key_id, Limits(_number(rpm), _number(tpm), _number(concurrent)))
        return found

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
        self.waiting: dict[int, tuple[asyncio.Future[Decision], Limits]] = {}
        self.lost = False
        self.on_lost = on_lost

    def handle(self, line: bytes) -> None:
        _, acquisition, allowed, requests, tokens, in_flight = line.split(b" ")
        future, limits = self.waiting.pop(int(acquisition), (None, None))
        if future is not None and limits is not None and not future.done():
            future.set_result(decide(limits, allowed == b"1", _level(requests), _level(tokens),
                                     int(in_flight)))

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        for future, _ in self.waiting.values():
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
        self._tails: dict[tuple[str, Limits], bytes] = {}

    async def start(self, on_lost: Callable[[], None]) -> None:
        """Connect; `on_lost` is called when the parent is gone."""
        loop = asyncio.get_running_loop()
        _, side = await loop.create_unix_connection(lambda: _WorkerSide(on_lost), sock=self.sock)
        self._side = side
        side.send(b"hello %d %d %d\n" % (PROTOCOL, self.slot, os.getpid()))

    async def acquire(self, key_id: str, limits: Limits) -> tuple[Decision, Any]:
        side = self._side
        if side is None or side.lost:
            raise _unavailable()
        tail = self._tails.get((key_id, limits))
        if tail is None:
            if len(self._tails) >= 10_000:
                self._tails.clear()
            tail = self._tails[(key_id, limits)] = b"%s %s %s %s\n" % (
                _field(limits.requests_per_minute), _field(limits.tokens_per_minute),
                _field(limits.concurrent), json.dumps(key_id).encode())
        acquisition = next(self._ids)
        future: asyncio.Future[Decision] = asyncio.get_running_loop().create_future()
        side.waiting[acquisition] = (future, limits)
        side.send(b"a %d %s" % (acquisition, tail))
        try:
            decision = await future
        except asyncio.CancelledError:
            # the client went away while we waited: whatever the parent decides is given back
            side.waiting.pop(acquisition, None)
            side.send(b"r %d 0\n" % acquisition)
            raise
        return decision, acquisition

    def release(self, ticket: Any, tokens: int) -> None:
        if self._side is not None:
            self._side.send(b"r %d %d\n" % (ticket, max(0, tokens)))

    def close(self) -> None:
        if self._side is not None:
            self._side.close()
