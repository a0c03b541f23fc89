"""The pure core of `appliance usage`: audit lines in, totals per key, model and day out.

Every line is counted once at the finest grain, (key id, model, UTC day); `rows` rolls
those cells up to the grouping asked for. So the per-line cost does not depend on `--by`,
and the number of cells stays small (keys x models x days), whatever the number of lines.

Lines are read as bytes with one regular expression over the fields the audit writer puts
first, in its fixed order (appliance/proxy/audit.py FIELDS); a line it does not match
(hand-edited, written by another version) is decoded as JSON instead, and one that is not
a JSON object with a numeric `time` is counted as skipped, never guessed at.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

GROUPS = ("key", "model", "day")
DAY_S = 86400
ANONYMOUS = "-"  # the key of requests made with [auth] disabled

# a JSON string, its loop unrolled (several times faster than one alternation per character)
_S = rb'"[^"\\]*(?:\\.[^"\\]*)*"'
_STR = rb"(null|" + _S + rb")"
_SKIP = rb"(?:null|" + _S + rb")"
_NUM = rb"(null|\d+)"
_LINE = re.compile(
    rb'\{"time":(-?[0-9.eE+-]+),"request_id":' + _SKIP + rb',"key_id":' + _STR
    + rb',"role":' + _SKIP + rb',"model":' + _STR + rb',"target":' + _SKIP
    + rb',"replica":' + _SKIP + rb',"status":' + _NUM + rb',"prompt_tokens":' + _NUM
    + rb',"completion_tokens":' + _NUM + rb","
)
_NULL = b"null"


@dataclass
class Totals:
    requests: int = 0
    errors: int = 0  # status 400 and above (499: the client left)
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, other: Totals) -> None:
        self.requests += other.requests
        self.errors += other.errors
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens

    def to_dict(self) -> dict[str, int]:
        return {"requests": self.requests, "errors": self.errors,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens}


@dataclass
class Usage:
    """Counts over a time window [since, until) in Unix seconds (None: open)."""

    since: float | None = None
    until: float | None = None
    lines: int = 0  # lines read
    skipped: int = 0  # lines that were not audit records
    # (key id, model, day number) -> [requests, errors, prompt, completion]; key id and
    # model as the JSON text of the line (b'"chat"', b'null'), decoded once in `rows`
    cells: dict[tuple[bytes, bytes, int], list[int]] = field(default_factory=dict)

    def add_lines(self, lines: Iterable[bytes]) -> None:
        """Count audit lines (bytes, with or without their newline)."""
        since, until = self.since, self.until
        cells = self.cells
        match = _LINE.match
        n = 0
        for line in lines:
            n += 1
            m = match(line)
            if m is not None:
                t_raw, key_raw, model_raw, status_raw, pt_raw, ct_raw = m.groups()
                try:
                    t = float(t_raw)
                except ValueError:
                    self.skipped += 1
                    continue
                if (since is not None and t < since) or (until is not None and t >= until):
                    continue
                key, model = key_raw, model_raw
                status = int(status_raw) if status_raw != _NULL else 0
                pt = int(pt_raw) if pt_raw != _NULL else 0
                ct = int(ct_raw) if ct_raw != _NULL else 0
            else:
                record = _decode(line)
                if record is None:
                    if line.strip():
                        self.skipped += 1
                    continue
                t, key, model, status, pt, ct = record
                if (since is not None and t < since) or (until is not None and t >= until):
                    continue
            cell_key = (key, model, int(t // DAY_S))
            cell = cells.get(cell_key)
            if cell is None:
                cell = cells[cell_key] = [0, 0, 0, 0]
            cell[0] += 1
            if status >= 400 or status == 0:
                cell[1] += 1
            cell[2] += pt
            cell[3] += ct
        self.lines += n

    def merge(self, other: Usage) -> None:
        self.lines += other.lines
        self.skipped += other.skipped
        for k, v in other.cells.items():
            cell = self.cells.setdefault(k, [0, 0, 0, 0])
            for i in range(4):
                cell[i] += v[i]

    def rows(self, by: Sequence[str]) -> list[tuple[dict[str, str], Totals]]:
        """Totals per distinct value of the `by` groups (a subset of GROUPS, in the order
        given), sorted by those values; one row with no group values for `by=()`."""
        unknown = [g for g in by if g not in GROUPS]
        if unknown:
            raise ValueError(f"unknown grouping {unknown[0]!r}: use {', '.join(GROUPS)}")
        out: dict[tuple[str, ...], Totals] = {}
        for (key, model, day), (req, err, pt, ct) in self.cells.items():
            values = {"key": _text(key), "model": _text(model), "day": day_of(day)}
            group = tuple(values[g] for g in by)
            total = out.get(group)
            if total is None:
                total = out[group] = Totals()
            total.add(Totals(req, err, pt, ct))
        return [(dict(zip(by, group, strict=True)), out[group]) for group in sorted(out)]

    def total(self) -> Totals:
        rows = self.rows(())
        return rows[0][1] if rows else Totals()


def day_of(day_number: int) -> str:
    return datetime.fromtimestamp(day_number * DAY_S, UTC).strftime("%Y-%m-%d")


def _text(raw: bytes) -> str:
    """A key id or model as a line holds it (JSON text) -> the name shown."""
    if raw == _NULL:
        return ANONYMOUS
    if b"\\" in raw:
        return json.loads(raw)
    return raw[1:-1].decode("utf-8", "replace")


def _decode(line: bytes) -> tuple[float, bytes, bytes, int, int, int] | None:
    """The fields `add_lines` needs from a line its expression did not match, or None
    when the line is not an audit record."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    t = record.get("time")
    if not isinstance(t, int | float) or isinstance(t, bool):
        return None

    def number(name: str) -> int:
        value = record.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    def text(name: str) -> bytes:
        value = record.get(name)
        return json.dumps(value).encode() if isinstance(value, str) else _NULL

    return float(t), text("key_id"), text("model"), number("status"), \
        number("prompt_tokens"), number("completion_tokens")
