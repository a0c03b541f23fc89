"""The audit log: one JSON line per request. What was asked of which model by whom, and
how it went; never a request or response body, never a key (only its id).

A plain buffered writer, not the logging module: it is on every request's path. Lines are
flushed at least once a second (`flush_every_s`) and at shutdown, so a crash loses at most
that much; the file is rotated by size, keeping `backups` old files (audit.jsonl.1, ...).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import IO, Any

FIELDS = (
    "time", "request_id", "key_id", "role", "model", "target", "replica", "status",
    "prompt_tokens", "completion_tokens", "latency_ms", "ttft_ms", "stream", "retries",
    "attempts", "pii",
)
_ENCODE = json.JSONEncoder(separators=(",", ":")).encode


class AuditLog:
    def __init__(self, path: Path | None, max_bytes: int, backups: int,
                 flush_every_s: float = 1.0):
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups
        self.flush_every_s = flush_every_s
        self._file: IO[str] | None = None
        self._size = 0
        self._last_flush = time.monotonic()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._open()

    def _open(self) -> None:
        assert self.path is not None
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
        self._file = os.fdopen(fd, "a", encoding="utf-8", buffering=64 * 1024)
        self._size = self._file.tell()

    def write(self, record: dict[str, Any]) -> None:
        if self._file is None:
            return
        line = _ENCODE({k: record.get(k) for k in FIELDS}) + "\n"
        self._file.write(line)
        self._size += len(line)
        if self._size >= self.max_bytes:
            self._rotate()
        elif time.monotonic() - self._last_flush >= self.flush_every_s:
            self.flush()

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()
        self._last_flush = time.monotonic()

    def _rotate(self) -> None:
        assert self._file is not None and self.path is not None
        self._file.close()
        if self.backups > 0:
            for i in range(self.backups - 1, 0, -1):
                older = self.path.with_name(f"{self.path.name}.{i}")
                if older.exists():
                    os.replace(older, self.path.with_name(f"{self.path.name}.{i + 1}"))
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
        else:
            self.path.unlink(missing_ok=True)
        self._open()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
