"""The audit writer: JSON lines with fixed fields, flushed, rotated by size."""

from __future__ import annotations

import json
from pathlib import Path

from appliance.proxy.audit import FIELDS, AuditLog


def test_lines_have_exactly_the_audit_fields(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl", max_bytes=10**6, backups=2)
    log.write({"request_id": "r1", "status": 200, "messages": [{"content": "secret"}]})
    log.close()
    (line,) = (tmp_path / "audit.jsonl").read_text().splitlines()
    record = json.loads(line)
    assert list(record) == list(FIELDS)
    assert record["request_id"] == "r1" and "secret" not in line


def test_rotation_keeps_the_configured_number_of_files(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path, max_bytes=2000, backups=2)
    for i in range(200):
        log.write({"request_id": f"r{i}", "status": 200})
    log.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["audit.jsonl", "audit.jsonl.1", "audit.jsonl.2"]
    assert all(p.stat().st_size <= 2200 for p in tmp_path.iterdir())
    last = path.read_text().splitlines()[-1]
    assert json.loads(last)["request_id"] == "r199"


def test_flush_makes_lines_visible(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path, max_bytes=10**6, backups=1, flush_every_s=3600)
    log.write({"request_id": "r1"})
    assert path.read_text() == ""  # buffered
    log.flush()
    assert "r1" in path.read_text()
    log.close()
