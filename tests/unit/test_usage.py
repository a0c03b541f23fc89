"""`appliance usage`: the pure core (parse, aggregate, roll up), the audit log's files,
the time window, and the command's output forms."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from appliance.cli import main
from appliance.proxy.audit import AuditLog
from appliance.usage.aggregate import GROUPS, Usage, day_of
from appliance.usage.audit_files import audit_files, read_usage
from appliance.usage.window import UsageError, parse_when, window

DEC1 = datetime(2026, 12, 1, tzinfo=UTC).timestamp()
DAY = 86400


def record(t: float, key: str | None = "key_a", model: str | None = "chat", status: int = 200,
           pt: int = 10, ct: int = 5) -> dict:
    return {
        "time": t, "request_id": "r1", "key_id": key, "role": "basic", "model": model,
        "target": model, "replica": "n/engine-chat-0", "status": status, "prompt_tokens": pt,
        "completion_tokens": ct, "latency_ms": 12.5, "ttft_ms": None, "stream": False,
        "retries": 0, "attempts": [{"replica": "n/engine-chat-0", "outcome": "answered"}],
        "pii": None,
    }


def write_log(path: Path, records: list[dict]) -> None:
    """Lines exactly as the proxy writes them."""
    log = AuditLog(path, max_bytes=1 << 30, backups=0)
    for r in records:
        log.write(r)
    log.close()


def lines_of(records: list[dict]) -> list[bytes]:
    buf = io.StringIO()
    for r in records:
        buf.write(json.dumps(r, separators=(",", ":")) + "\n")
    return buf.getvalue().encode().splitlines(keepends=True)


RECORDS = [
    record(DEC1 + 10),
    record(DEC1 + 20, pt=7, ct=3),
    record(DEC1 + 30, status=429, pt=0, ct=0),
    record(DEC1 + DAY + 5, key="key_b", model="embed", pt=100, ct=0),
    record(DEC1 + DAY + 6, key=None, model="chat", status=499, pt=4, ct=0),
]


def test_counts_per_key_model_and_day() -> None:
    usage = Usage()
    usage.add_lines(lines_of(RECORDS))
    rows = {tuple(g.values()): t.to_dict() for g, t in usage.rows(("key", "model", "day"))}
    assert rows == {
        ("-", "chat", "2026-12-02"): {"requests": 1, "errors": 1, "prompt_tokens": 4,
                                      "completion_tokens": 0},
        ("key_a", "chat", "2026-12-01"): {"requests": 3, "errors": 1, "prompt_tokens": 17,
                                          "completion_tokens": 8},
        ("key_b", "embed", "2026-12-02"): {"requests": 1, "errors": 0, "prompt_tokens": 100,
                                           "completion_tokens": 0},
    }
    assert usage.lines == 5 and usage.skipped == 0


@pytest.mark.parametrize("by, expected", [
    (("key",), {("-",): 1, ("key_a",): 3, ("key_b",): 1}),
    (("model",), {("chat",): 4, ("embed",): 1}),
    (("day",), {("2026-12-01",): 3, ("2026-12-02",): 2}),
    (("day", "model"), {("2026-12-01", "chat"): 3, ("2026-12-02", "chat"): 1,
                        ("2026-12-02", "embed"): 1}),
    ((), {(): 5}),
])
def test_rolls_up_to_the_grouping_asked(by: tuple[str, ...], expected: dict) -> None:
    usage = Usage()
    usage.add_lines(lines_of(RECORDS))
    assert {tuple(g.values()): t.requests for g, t in usage.rows(by)} == expected
    assert usage.total().prompt_tokens == 121


def test_unknown_grouping_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown grouping 'user'"):
        Usage().rows(("user",))


def test_window_is_half_open() -> None:
    usage = Usage(since=DEC1 + 20, until=DEC1 + DAY + 5)
    usage.add_lines(lines_of(RECORDS))
    assert usage.total().requests == 2  # DEC1+20 and DEC1+30; DEC1+DAY+5 is out


def test_lines_in_another_field_order_are_decoded_as_json() -> None:
    """The fast path expects the writer's order; anything else still counts, the same."""
    shuffled = [json.dumps(dict(reversed(list(r.items())))).encode() for r in RECORDS]
    fast, slow = Usage(), Usage()
    fast.add_lines(lines_of(RECORDS))
    slow.add_lines(shuffled)
    assert slow.rows(GROUPS) == fast.rows(GROUPS)


def test_escaped_names_are_decoded() -> None:
    usage = Usage()
    usage.add_lines(lines_of([record(DEC1, model='we"ird\\näme')]))
    assert [g["model"] for g, _ in usage.rows(("model",))] == ['we"ird\\näme']


@pytest.mark.parametrize("line", [
    b"not json\n", b"[1, 2]\n", b'{"time": "yesterday", "key_id": "k"}\n',
    b'{"time":1764547200.0,"request_id":"r","key_id":"k","ro',  # cut by a crash
])
def test_lines_that_are_not_audit_records_are_skipped(line: bytes) -> None:
    usage = Usage()
    usage.add_lines([line, b"\n", *lines_of(RECORDS[:1])])
    assert usage.skipped == 1 and usage.total().requests == 1


def test_merge_adds_up() -> None:
    a, b, both = Usage(), Usage(), Usage()
    a.add_lines(lines_of(RECORDS[:2]))
    b.add_lines(lines_of(RECORDS[2:]))
    both.add_lines(lines_of(RECORDS))
    a.merge(b)
    assert a.rows(GROUPS) == both.rows(GROUPS) and a.lines == 5


def test_day_of() -> None:
    assert day_of(int(DEC1 // DAY)) == "2026-12-01"


# -- time window ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2026-12-01", DEC1),
    ("2026-12-01T06:00", DEC1 + 6 * 3600),
    ("2026-12-01T06:00+02:00", DEC1 + 4 * 3600),
    ("7d", DEC1 + 10 * DAY - 7 * DAY),
    ("12h", DEC1 + 10 * DAY - 12 * 3600),
])
def test_parse_when(text: str, expected: float) -> None:
    assert parse_when("--since", text, now=DEC1 + 10 * DAY) == expected


@pytest.mark.parametrize("since, until, says", [
    ("last week", None, "--since 'last week' is not a time"),
    (None, "7x", "--until '7x' is not a time"),
    ("2026-12-02", "2026-12-01", "is not before --until"),
    ("2026-12-01", "2026-12-01", "the window is empty"),
])
def test_bad_window(since: str | None, until: str | None, says: str) -> None:
    with pytest.raises(UsageError, match=says):
        window(since, until, now=DEC1)


# -- files ------------------------------------------------------------------------------

def test_reads_every_worker_and_rotated_file(tmp_path: Path) -> None:
    write_log(tmp_path / "audit.0.jsonl", RECORDS[:1])
    write_log(tmp_path / "audit.1.jsonl", RECORDS[1:2])
    write_log(tmp_path / "audit.0.jsonl.1", RECORDS[2:3])
    write_log(tmp_path / "audit.jsonl", RECORDS[3:4])
    with gzip.open(tmp_path / "audit.1.jsonl.2.gz", "wb") as f:
        f.writelines(lines_of(RECORDS[4:]))
    (tmp_path / "audit.jsonl.bak").write_text("not ours")
    (tmp_path / "other.jsonl").write_text("not ours")
    names = [p.name for p in audit_files(tmp_path / "audit.jsonl")]
    assert names[0] == "audit.1.jsonl.2.gz"  # the oldest rotation first
    assert sorted(names) == sorted(["audit.0.jsonl", "audit.1.jsonl", "audit.0.jsonl.1",
                                    "audit.jsonl", "audit.1.jsonl.2.gz"])
    usage, read = read_usage(tmp_path / "audit.jsonl", None, None)
    assert usage.total().requests == 5 and len(read) == 5
    parallel, _ = read_usage(tmp_path / "audit.jsonl", None, None, jobs=2)
    assert parallel.rows(GROUPS) == usage.rows(GROUPS) and parallel.lines == 5


def test_a_file_last_written_before_the_window_is_not_opened(tmp_path: Path) -> None:
    write_log(tmp_path / "audit.jsonl.1", [record(DEC1 - 5 * DAY)])
    os.utime(tmp_path / "audit.jsonl.1", (DEC1 - 5 * DAY, DEC1 - 5 * DAY))
    write_log(tmp_path / "audit.jsonl", RECORDS)
    usage, read = read_usage(tmp_path / "audit.jsonl", DEC1 - DAY, None)
    assert [p.name for p in read] == ["audit.jsonl"] and usage.total().requests == 5


def test_no_audit_log_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=f"no audit log at {tmp_path}/audit.jsonl"):
        audit_files(tmp_path / "audit.jsonl")


def test_a_truncated_gzip_file_is_one_clear_error(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(lines_of(RECORDS)))
    (tmp_path / "audit.jsonl.1.gz").write_bytes(data[: len(data) // 2])
    with pytest.raises(UsageError, match="cannot read .*audit.jsonl.1.gz"):
        read_usage(tmp_path / "audit.jsonl", None, None)


# -- the command ------------------------------------------------------------------------

@pytest.fixture()
def node(tmp_path: Path) -> Path:
    """A node.toml whose log_dir holds an audit log, and a keys file naming key_a."""
    (tmp_path / "log").mkdir()
    (tmp_path / "state").mkdir()
    write_log(tmp_path / "log" / "audit.jsonl", RECORDS)
    (tmp_path / "state" / "keys.json").write_text(json.dumps({"version": 1, "keys": [
        {"id": "key_a", "name": "billing-app", "role": "basic", "hash": "0" * 64,
         "created": "2026-11-01T00:00:00Z"}]}))
    config = tmp_path / "node.toml"
    config.write_text(f'[node]\nstate_dir = "{tmp_path}/state"\nrun_dir = "{tmp_path}/run"\n'
                      f'log_dir = "{tmp_path}/log"\n')
    return config


def invoke(*args: str):
    return CliRunner().invoke(main, ["usage", *args])


def test_command_json(node: Path) -> None:
    result = invoke("--config", str(node), "--json", "--since", "2026-12-01",
                    "--until", "2026-12-02")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["rows"] == [{"key": "key_a", "name": "billing-app", "requests": 3, "errors": 1,
                             "prompt_tokens": 17, "completion_tokens": 8}]
    assert data["total"]["requests"] == 3 and data["lines"] == 5


def test_command_csv_by_model_and_day(node: Path) -> None:
    result = invoke("--config", str(node), "--csv", "--by", "model", "--by", "day")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["model"], r["day"], r["requests"]) for r in rows] == [
        ("chat", "2026-12-01", "3"), ("chat", "2026-12-02", "1"), ("embed", "2026-12-02", "1")]


def test_command_table_names_keys_never_shows_secrets(node: Path) -> None:
    result = invoke("--config", str(node))
    assert result.exit_code == 0, result.output
    assert "billing-app" in result.output and "(auth off)" in result.output
    assert "total" in result.output and "121" in result.output


def test_command_with_log_reads_that_file(node: Path, tmp_path: Path) -> None:
    other = tmp_path / "copy" / "audit.jsonl"
    other.parent.mkdir()
    write_log(other, RECORDS[:1])
    result = invoke("--config", str(node), "--log", str(other), "--json")
    assert json.loads(result.output)["total"]["requests"] == 1


@pytest.mark.parametrize("args, says", [
    (("--json", "--csv"), "--json and --csv: pick one"),
    (("--since", "yesterday"), "--since 'yesterday' is not a time"),
    (("--by", "user"), "'user' is not one of 'key', 'model', 'day'"),
])
def test_command_bad_arguments(node: Path, args: tuple[str, ...], says: str) -> None:
    result = invoke("--config", str(node), *args)
    assert result.exit_code != 0
    assert says in result.output
