"""The lock that one `appliance up` holds on its state directory, and the record it keeps there.

`up.lock` in the state directory is locked with flock(2) for as long as `up` runs, and
holds a small JSON record: the pid, the config `up` wrote, and the endpoint once known. The
kernel drops the lock when the process dies, however it dies, so a stale file never blocks
the next `up`; and the record of a file nobody holds a lock on is never believed.

A second `up` on the same directory sees the lock and stops before touching anything;
`appliance status` (and the other agent commands) find a running `up` stack through the same
record when no --config is given.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from appliance.errors import ApplianceError

LOCK_NAME = "up.lock"


@dataclass(frozen=True)
class UpRecord:
    """What a running `up` says about itself."""

    pid: int
    state_dir: str
    config: str | None = None  # the node.toml it wrote, once written
    endpoint: str | None = None  # the proxy's base URL, once known
    started: float = 0.0

    def describe(self) -> str:
        return f"pid {self.pid}, endpoint {self.endpoint or 'not known yet (still starting)'}"


class AlreadyRunning(ApplianceError):
    """Another `up` holds the state directory's lock."""


class StateLock:
    """The lock of one state directory, held by this process until `release()` or exit."""

    def __init__(self, state_dir: Path):
        self.state_dir = state_dir
        self.path = state_dir / LOCK_NAME
        self._fd: int | None = None
        self.record = UpRecord(pid=os.getpid(), state_dir=str(state_dir), started=time.time())

    def acquire(self) -> StateLock:
        """Take the lock or raise AlreadyRunning naming the holder. The file is opened
        close-on-exec, so the stack's children never hold it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            holder = read_record(self.path)
            who = holder.describe() if holder else "pid unknown"
            raise AlreadyRunning(
                f"already running, {who} (state dir {self.state_dir}); stop that "
                "`appliance up` (Ctrl-C) or pass another --state-dir"
            ) from None
        self._fd = fd
        self._write()
        return self

    def update(self, **fields: object) -> None:
        self.record = UpRecord(**{**asdict(self.record), **fields})  # type: ignore[arg-type]
        self._write()

    def _write(self) -> None:
        assert self._fd is not None
        data = json.dumps(asdict(self.record)).encode()
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, data, 0)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        os.close(self._fd)  # closing the last descriptor drops the flock
        self._fd = None

    def __enter__(self) -> StateLock:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def read_record(path: Path) -> UpRecord | None:
    try:
        data = json.loads(path.read_text())
        return UpRecord(**{k: data[k] for k in UpRecord.__dataclass_fields__ if k in data})
    except (OSError, ValueError, TypeError, KeyError):
        return None


def running_up(state_dir: Path) -> UpRecord | None:
    """The record of the `up` running on `state_dir`, or None when none holds its lock."""
    path = state_dir / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:  # held: somebody is running
            return read_record(path)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
