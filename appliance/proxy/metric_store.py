"""Where the proxy's metric values live: float64 slots, in this process's memory (one
worker) or in a file every worker of the node maps (several workers), so that whichever
worker answers /metrics answers for the whole node.

A series is (kind, name, label values) and holds `width` consecutive slots: one for a
counter or a gauge; for a histogram one per bucket, one above the last bound, and the sum.
A request adds to its slots in place: no lock and no message, since each worker writes
only its own file. A scrape reads every file under the directory and adds them up
(`read_node`): counters and histograms from live and dead workers alike, so a worker that
is killed takes none of its counts with it, gauges from live workers only.

When a worker has died, the parent folds its file into the totals of dead workers
(`fold`): it writes `dead-<n+1>.bin` (the old totals plus the worker's counters, with the
worker's file name recorded in it), renames it into place, then removes the worker's file
and `dead-<n>.bin`. A reader takes the highest `dead-*` file and the worker files it does
not name, and starts over if a file vanished under it, so it never counts a worker twice
or not at all.

File format (version 1, little-endian):

    0    8s   magic b"APPLMETR"
    8    u32  version
    12   u32  series published (a reader reads this many entries; written last)
    16   u32  capacity: slots in the values area
    20   u32  slots used
    24   u32  bytes of the key area used
    64   f64 × capacity          the values
    ...  key area: per series  u32 first slot, u32 width, u32 length, then the key as JSON
         [kind, name, [label values]]
"""

from __future__ import annotations

import contextlib
import json
import logging
import mmap
import os
import re
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger("appliance.proxy")

MAGIC = b"APPLMETR"
VERSION = 1
HEADER = struct.Struct("<8sIIIII")
VALUES_AT = 64  # bytes; slot i is the float64 at VALUES_AT + 8 i
ENTRY = struct.Struct("<III")
# A worker's file: room for 32768 slots (about 1,900 histograms) and 1 MiB of keys. Labels
# are bounded (models, replicas, statuses, roles, entity types), so this is far more than
# a node uses; the file is sparse and only the pages written take memory.
SLOTS = 32768
KEY_BYTES = 1 << 20

COUNTER, GAUGE, HISTOGRAM, FOLDED = "counter", "gauge", "histogram", "folded"
Key = tuple[str, str, tuple[str, ...]]  # kind, name, label values
Values = dict[Key, list[float]]

WORKER_FILE = re.compile(r"worker-(\d+)\.bin")
DEAD_FILE = re.compile(r"dead-(\d+)\.bin")


def worker_file(directory: Path, seq: int) -> Path:
    """The file of the `seq`-th worker the parent started (never reused)."""
    return directory / f"worker-{seq}.bin"


class LocalStore:
    """Series in a list of floats: one process, nothing shared."""

    def __init__(self) -> None:
        self.values: list[float] = []
        self.index: dict[Key, tuple[int, int]] = {}

    def add(self, key: Key, width: int) -> tuple[Any, int]:
        """The buffer and first slot of `key`'s series, made (zero) on first use."""
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = (len(self.values), width)
            self.values.extend([0.0] * width)
        return self.values, found[0]

    def read(self) -> Values:
        return {k: self.values[at:at + w] for k, (at, w) in self.index.items()}


class FileStore:
    """Series in a file mapped into memory, written by one process and read by others."""

    def __init__(self, path: Path, slots: int = SLOTS, key_bytes: int = KEY_BYTES):
        self.path = path
        self.slots = slots
        self.keys_at = VALUES_AT + 8 * slots
        size = self.keys_at + key_bytes
        # made under another name and renamed: a reader never meets a file without its header
        new = path.with_name(path.name + ".new")
        with contextlib.suppress(FileNotFoundError):
            new.unlink()
        fd = os.open(new, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.ftruncate(fd, size)
            self._map = mmap.mmap(fd, size)
        finally:
            os.close(fd)
        self._map[:HEADER.size] = HEADER.pack(MAGIC, VERSION, 0, slots, 0, 0)
        os.rename(new, path)
        self.values = memoryview(self._map).cast("d")
        self.index: dict[Key, tuple[int, int]] = {}
        self._used = 0  # slots
        self._key_end = self.keys_at
        self._full = False

    def add(self, key: Key, width: int) -> tuple[Any, int]:
        found = self.index.get(key)
        if found is not None:
            return self.values, VALUES_AT // 8 + found[0]
        data = json.dumps([key[0], key[1], list(key[2])]).encode()
        end = self._key_end + ENTRY.size + len(data)
        if self._used + width > self.slots or end > len(self._map):
            if not self._full:
                log.error("the metrics file %s is full: new series are not recorded "
                          "(first left out: %s)", self.path, key[1])
                self._full = True
            return [0.0] * width, 0  # counted nowhere, but the caller works as usual
        self._map[self._key_end:end] = ENTRY.pack(self._used, width, len(data)) + data
        found = self.index[key] = (self._used, width)
        self._used += width
        self._key_end = end
        # the entry is complete before readers are told it exists
        struct.pack_into("<II", self._map, 20, self._used, self._key_end - self.keys_at)
        struct.pack_into("<I", self._map, 12, len(self.index))
        return self.values, VALUES_AT // 8 + found[0]

    def read(self) -> Values:
        return read_file(self.path)[0]

    def set(self, key: Key, values: list[float]) -> None:
        buffer, at = self.add(key, len(values))
        buffer[at:at + len(values)] = values if isinstance(buffer, list) else _doubles(values)

    def flush(self) -> None:
        self._map.flush()

    def close(self) -> None:
        self.values.release()
        self._map.close()


def _doubles(values: list[float]) -> memoryview:
    return memoryview(struct.pack(f"<{len(values)}d", *values)).cast("d")


def read_file(path: Path) -> tuple[Values, set[str]]:
    """A store file's series, and the worker files it holds the totals of (a dead-* file)."""
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size < VALUES_AT:
            return {}, set()
        with mmap.mmap(f.fileno(), size, access=mmap.ACCESS_READ) as m:
            magic, version, count, capacity, _, _ = HEADER.unpack_from(m, 0)
            if magic != MAGIC or version != VERSION:
                log.warning("%s is not a version %d metrics file; left out", path, VERSION)
                return {}, set()
            at = VALUES_AT + 8 * capacity
            series: Values = {}
            folded: set[str] = set()
            for _ in range(count):
                first, width, length = ENTRY.unpack_from(m, at)
                kind, name, labels = json.loads(m[at + ENTRY.size:at + ENTRY.size + length])
                at += ENTRY.size + length
                if kind == FOLDED:
                    folded.add(name)
                else:
                    start = VALUES_AT + 8 * first
                    series[(kind, name, tuple(labels))] = list(
                        struct.unpack_from(f"<{width}d", m, start))
            return series, folded


def read_node(directory: Path, attempts: int = 20) -> Values:
    """Every series of the node: the sum over the dead workers' totals and every worker
    file they do not hold (gauges from live workers only)."""
    for _ in range(attempts - 1):
        with contextlib.suppress(FileNotFoundError):  # a fold removed a file under us
            return read_listed(directory, os.listdir(directory))
    return read_listed(directory, os.listdir(directory))


def read_listed(directory: Path, names: list[str]) -> Values:
    """`read_node` for a listing of the directory: the right sum, or FileNotFoundError if
    a fold since the listing removed a file it names."""
    total, folded = _dead_totals(directory, names)
    for name in names:
        if WORKER_FILE.fullmatch(name) and name not in folded:
            _add(total, read_file(directory / name)[0].items())
    return total


def _dead_totals(directory: Path, names: list[str]) -> tuple[Values, set[str]]:
    """The dead workers' totals as the latest file of them says, and the worker files it
    has folded in (empty when no worker died yet)."""
    dead = _latest_dead(names)
    if dead is None:
        return {}, set()
    series, folded = read_file(directory / dead)
    total: Values = {}
    _add(total, series.items())
    return total, set(folded)


def _latest_dead(names: Iterable[str]) -> str | None:
    found = [(int(m.group(1)), n) for n in names if (m := DEAD_FILE.fullmatch(n))]
    return max(found)[1] if found else None


def _add(total: Values, series: Iterable[tuple[Key, list[float]]]) -> None:
    for key, values in series:
        have = total.get(key)
        if have is None:
            total[key] = list(values)
        elif len(have) == len(values):
            for i, v in enumerate(values):
                have[i] += v


def fold(directory: Path, name: str) -> None:
    """Add a dead worker's counters and histograms to the dead workers' totals and remove
    its file (the parent only, one fold at a time). Gauges die with the worker."""
    names = os.listdir(directory)
    if name not in names:
        return  # it died before it made its file
    dead = _latest_dead(names)
    total, folded = _dead_totals(directory, names)
    _add(total, ((k, v) for k, v in read_file(directory / name)[0].items() if k[0] != GAUGE))
    folded.add(name)
    generation = int(DEAD_FILE.fullmatch(dead).group(1)) + 1 if dead else 1  # type: ignore[union-attr]
    final = directory / f"dead-{generation}.bin"
    tmp = final.with_suffix(".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    keys = sum(ENTRY.size + len(json.dumps(k)) for k in total) + sum(
        ENTRY.size + len(json.dumps([FOLDED, n, []])) for n in folded)
    store = FileStore(tmp, slots=sum(len(v) for v in total.values()), key_bytes=keys // 8 * 8 + 8)
    try:
        for key, values in total.items():
            store.set(key, values)
        for worker in sorted(folded):
            store.add((FOLDED, worker, ()), 0)
        store.flush()
    finally:
        store.close()
    os.replace(tmp, final)
    (directory / name).unlink()
    if dead is not None:
        (directory / dead).unlink()
