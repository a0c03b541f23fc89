"""Per-key limits for the whole node, whatever its number of proxy workers.

With one worker the `RateLimiter` keeps its keys in a dict (`LocalGate`). With several,
every worker runs the same `RateLimiter` over one table of key states in shared memory
(`SharedKeys`, the file `run_dir/proxy-limits.bin` that the parent makes), and takes an
flock(2) on that file around each decision (`SharedGate`). The decisions are thus made
one at a time over one state, exactly as one process would make them: in any window a key
gets what a single `RateLimiter` gives it, and never more than `concurrent` are in flight.
Requests of keys without limits touch nothing.

Why a lock and not a round trip to the parent: on a virtual machine, waking the parent
for every limited request cost about 100 µs of CPU per request (two context switches);
acquiring and releasing under the lock costs 10 to 35 µs more than in one process (the
more when requests are few and caches cold) and wakes nobody.
The kernel drops an flock when its holder dies, so a worker killed with the lock held
blocks no one. A worker that meets the lock held yields to its event loop and tries
again, so its other requests go on meanwhile.

Requests in flight are counted per worker (a column per worker slot in each record), so
when a worker dies the parent zeroes its column (`drop_worker`): its requests died with
it, and their tokens, unknown, are not charged. Every minute the parent forgets idle keys
whose buckets are full (`sweep`), a few records per lock hold.

In a fleet the node's usage sync (appliance.proxy.fleet_usage, in the parent, or in the
one process) reads every record to push this node's usage (`rows`) and charges what the
other nodes used (`RateLimiter.absorb` over this table, keys by digest), under the same
lock: so every worker's next decision sees it. With the fleet on, a node of one worker
uses this table too.

Table (version 2, little-endian): a 64-byte header (magic b"APPLLIMT", u32 version, u32
worker slots, u32 capacity), then `capacity` records, found by open addressing from the
key id's BLAKE2b digest:

    u8 state (0 empty, 1 used, 2 forgotten), 7 pad, 16s digest, f64 at,
    f64 requests level, f64 tokens level (NaN: no limit), i64 × 3 limits (-1: none),
    f64 born, f64 admitted, f64 charged (this node's usage since born), i32 requests in
    flight on other nodes, 4 pad, i32 × slots requests in flight per worker, padding to 8
    bytes
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import logging
import mmap
import os
import struct
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from appliance.proxy.errors import ProxyError
from appliance.proxy.ratelimit import Decision, KeyState, Limits, RateLimiter, decide

log = logging.getLogger("appliance.proxy")

MAGIC = b"APPLLIMT"
VERSION = 2
HEADER = struct.Struct("<8sIII")
RECORDS_AT = 64
# Keys active in the last minutes, not keys ever made: far more than a node serves. The
# file is sparse; a record is 104 bytes plus 4 per worker.
CAPACITY = 65536
SWEEP_EVERY_S = 60.0
EMPTY, USED, FORGOTTEN = 0, 1, 2
_FIXED = struct.Struct("<B7x16sdddqqqdddi4x")
_COUNT = struct.Struct("<i")
_NAN = float("nan")


def record_size(slots: int) -> int:
    return -(-(_FIXED.size + 4 * slots) // 8) * 8


def digest(key_id: str | bytes) -> bytes:
    """The key's 16-byte name in the table (and between nodes: key ids never leave the
    node). A digest given is its own."""
    if isinstance(key_id, bytes):
        return key_id
    return hashlib.blake2b(key_id.encode(), digest_size=16).digest()


def create_table(path: Path, slots: int, capacity: int = CAPACITY) -> None:
    """The parent, before any worker starts: a new, empty table (made under another name
    and renamed, so a worker never opens half a file)."""
    new = path.with_name(path.name + ".new")
    with contextlib.suppress(FileNotFoundError):
        new.unlink()
    fd = os.open(new, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.ftruncate(fd, RECORDS_AT + capacity * record_size(slots))
        os.pwrite(fd, HEADER.pack(MAGIC, VERSION, slots, capacity), 0)
    finally:
        os.close(fd)
    os.replace(new, path)


class TableFull(Exception):
    pass


class SharedKeys:
    """The node's key states, as the `RateLimiter`'s mapping: `get` and `keys[id] = state`,
    by key id or by its digest (what the fleet's usage names keys by). Callers hold the
    lock (`locked`) around each use. `slot` is this worker's column for
    requests in flight (the parent, which counts none, opens it with slot None)."""

    def __init__(self, path: Path, slot: int | None):
        self.path = path
        self._fd = os.open(path, os.O_RDWR)
        size = os.fstat(self._fd).st_size
        self._map = mmap.mmap(self._fd, size)
        magic, version, self.slots, self.capacity = HEADER.unpack_from(self._map, 0)
        if magic != MAGIC or version != VERSION:
            raise ValueError(f"{path} is not a version {VERSION} limits table")
        if slot is not None and not 0 <= slot < self.slots:
            raise ValueError(f"worker slot {slot} is not in the table's {self.slots}")
        self.slot = slot
        self.size = record_size(self.slots)
        self._columns = struct.Struct(f"<{self.slots}i")
        self._record = struct.Struct(_FIXED.format + f"{self.slots}i")
        self._where: dict[str | bytes, tuple[bytes, int]] = {}  # key → digest, record offset
        self._limits: dict[tuple[int, int, int], Limits] = {}
        self._last = (-1, 0)  # the record `get` read last, and its requests in flight

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Blocking: for the parent's short chores (a worker uses `try_lock`)."""
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def try_lock(self) -> bool:
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(self) -> None:
        fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _find(self, key_id: str | bytes) -> tuple[bytes, int, bool]:
        """(digest, offset of its record or of the record to take, whether it is there)."""
        known = self._where.get(key_id)
        if known is not None:
            d, at = known
            if self._map[at] == USED and self._map[at + 8:at + 24] == d:
                return d, at, True
        else:
            d = digest(key_id)
        home = int.from_bytes(d[:8], "little") % self.capacity
        free = None
        for i in range(self.capacity):
            at = RECORDS_AT + ((home + i) % self.capacity) * self.size
            state = self._map[at]
            if state == USED and self._map[at + 8:at + 24] == d:
                self._remember(key_id, d, at)
                return d, at, True
            if state != USED and free is None:
                free = at
            if state == EMPTY:
                break
        if free is None:
            raise TableFull(f"the limits table {self.path} holds {self.capacity} keys")
        return d, free, False

    def _remember(self, key_id: str | bytes, d: bytes, at: int) -> None:
        if len(self._where) >= 10_000:
            self._where.clear()
        self._where[key_id] = (d, at)

    def get(self, key_id: str | bytes) -> KeyState | None:
        _, at, found = self._find(key_id)
        return self._read(at) if found else None

    def _read(self, at: int) -> KeyState:
        (_, _, when, requests, tokens, rpm, tpm, concurrent, born, admitted, charged, remote,
         *columns) = self._record.unpack_from(self._map, at)
        limits = self._limits.get((rpm, tpm, concurrent))
        if limits is None:
            if len(self._limits) >= 1000:
                self._limits.clear()
            limits = self._limits[(rpm, tpm, concurrent)] = Limits(
                _limit(rpm), _limit(tpm), _limit(concurrent))
        in_flight = sum(columns)
        self._last = (at, in_flight)
        return KeyState(at=when, requests=None if requests != requests else requests,  # NaN
                        tokens=None if tokens != tokens else tokens, in_flight=in_flight,
                        limits=limits, born=born, admitted=int(admitted), charged=int(charged),
                        remote_in_flight=remote)

    def rows(self, chunk: int = 256) -> Iterator[tuple[bytes, KeyState]]:
        """Every key's digest and state (the fleet's usage sync, to push this node's
        usage), reading a few records per lock hold: it takes the lock itself."""
        used = self._used()
        for start in range(0, len(used), chunk):
            with self.locked():
                got = [(bytes(self._map[at + 8:at + 24]), self._read(at))
                       for at in used[start:start + chunk] if self._map[at] == USED]
            yield from got

    def __setitem__(self, key_id: str | bytes, state: KeyState) -> None:
        d, at, found = self._find(key_id)
        if not found:
            before = 0
        elif self._last[0] == at:  # read just before, under the same hold of the lock
            before = self._last[1]
        else:
            before = sum(self._columns.unpack_from(self._map, at + _FIXED.size))
        self._last = (-1, 0)
        if not found:
            self._map[at + _FIXED.size:at + self.size] = bytes(self.size - _FIXED.size)
            self._remember(key_id, d, at)
        lim = state.limits
        _FIXED.pack_into(self._map, at, USED, d, state.at,
                         _NAN if state.requests is None else state.requests,
                         _NAN if state.tokens is None else state.tokens,
                         _none(lim.requests_per_minute), _none(lim.tokens_per_minute),
                         _none(lim.concurrent), state.born, float(state.admitted),
                         float(state.charged), state.remote_in_flight)
        # a worker moves only its own column: what it admitted, less what it ended
        change = state.in_flight - before
        if change and self.slot is not None:
            column = at + _FIXED.size + 4 * self.slot
            (mine,) = _COUNT.unpack_from(self._map, column)
            _COUNT.pack_into(self._map, column, max(0, mine + change))

    def _used(self) -> list[int]:
        states = self._map[RECORDS_AT:RECORDS_AT + self.capacity * self.size:self.size]
        return [RECORDS_AT + i * self.size for i, s in enumerate(states) if s == USED]

    def drop_worker(self, slot: int, chunk: int = 256) -> int:
        """The parent, when the worker in `slot` is gone: its requests in flight end.
        Returns how many there were."""
        column = _FIXED.size + 4 * slot
        ended = 0
        used = self._used()
        for start in range(0, len(used), chunk):
            with self.locked():
                for at in used[start:start + chunk]:
                    (n,) = _COUNT.unpack_from(self._map, at + column)
                    if n:
                        ended += n
                        _COUNT.pack_into(self._map, at + column, 0)
        return ended

    def sweep(self, now: float, chunk: int = 256) -> int:
        """The parent, every minute: forget the keys `KeyState.forgettable` says may go."""
        gone = 0
        used = self._used()
        for start in range(0, len(used), chunk):
            with self.locked():
                for at in used[start:start + chunk]:
                    if self._map[at] == USED and self._read(at).forgettable(now):
                        self._map[at] = FORGOTTEN
                        gone += 1
        return gone

    def __len__(self) -> int:
        return len(self._used())

    def close(self) -> None:
        self._map.close()
        os.close(self._fd)


def _limit(value: int) -> int | None:
    return None if value < 0 else value


def _none(value: int | None) -> int:
    return -1 if value is None else value


async def sweep_every(sweep: Callable[[float], int], clock: Callable[[], float] = time.monotonic,
                      seconds: float = SWEEP_EVERY_S) -> None:
    """`sweep(now)` every `seconds`: `RateLimiter.sweep` or `SharedKeys.sweep`."""
    while True:
        await asyncio.sleep(seconds)
        sweep(clock())


class LocalGate:
    """One process: the limiter and its keys are here. Every admitted request is ended
    by `release`, as with `RateLimiter`."""

    def __init__(self, limiter: RateLimiter, clock: Callable[[], float] = time.monotonic):
        self.limiter, self.clock = limiter, clock

    async def acquire(self, key_id: str, limits: Limits) -> Decision:
        return self.limiter.try_acquire(key_id, limits, self.clock())

    def release(self, key_id: str, tokens: int) -> None:
        self.limiter.release(key_id, tokens, self.clock())


class SharedGate:
    """A worker of several: the same limiter over the node's shared table, a decision at a
    time under its lock."""

    def __init__(self, keys: SharedKeys, clock: Callable[[], float] = time.monotonic):
        self.keys = keys
        self.limiter = RateLimiter(keys)  # type: ignore[arg-type]
        self.clock = clock
        self._releases: list[tuple[str, int]] = []  # waiting for the lock
        self._retry: asyncio.TimerHandle | None = None

    async def acquire(self, key_id: str, limits: Limits) -> Decision:
        waits = 0
        while not self.keys.try_lock():
            waits += 1  # another worker decides right now: let this one's loop go on
            await asyncio.sleep(0 if waits < 10 else 0.0005)
        try:
            levels = self.limiter.admit(key_id, limits, self.clock())
        except TableFull as exc:
            log.error("%s: a request of a key with limits is refused", exc)
            raise ProxyError(503, "the node's rate-limit table is full; retry later",
                             "limiter_full", headers={"Retry-After": "60"}) from None
        finally:
            self.keys.unlock()
        return decide(limits, *levels)

    def release(self, key_id: str, tokens: int) -> None:
        """Ended now, written as soon as the lock is free (at once, unless another worker
        is deciding)."""
        self._releases.append((key_id, tokens))
        if self._retry is None:  # else a retry is due, and takes this one too
            self._flush()

    def _flush(self) -> None:
        self._retry = None
        if not self.keys.try_lock():
            self._retry = asyncio.get_running_loop().call_later(0.0005, self._flush)
            return
        try:
            now = self.clock()
            for key_id, tokens in self._releases:
                self.limiter.release(key_id, tokens, now)
            self._releases.clear()
        finally:
            self.keys.unlock()
