"""The audit log: one JSON line per request. What was asked of which model by whom, and
how it went; never a request or response body, never a key (only its id)."""

from __future__ import annotations

import json
import logging
import logging.handlers
from pathlib import Path
from typing import Any

FIELDS = (
    "time", "request_id", "key_id", "role", "model", "target", "replica", "status",
    "prompt_tokens", "completion_tokens", "latency_ms", "ttft_ms", "stream", "retries",
)


class AuditLog:
    def __init__(self, path: Path | None, max_bytes: int, backups: int):
        self._logger: logging.Logger | None = None
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger = logging.getLogger(f"appliance.audit.{path}")
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False
        self._logger = logger

    def write(self, record: dict[str, Any]) -> None:
        if self._logger is not None:
            self._logger.info(json.dumps({k: record.get(k) for k in FIELDS}, separators=(",", ":")))

    def close(self) -> None:
        if self._logger is not None:
            for handler in self._logger.handlers:
                handler.close()
