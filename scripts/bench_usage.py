"""scripts/bench usage: how fast `appliance usage` reads a month of a busy node's audit log.

Writes a synthetic month with the proxy's own writer (appliance/proxy/audit.py: its field
order, its rotation at [audit] max_mib, one file per worker) spread evenly over 30 days:
`--keys` keys, a handful of models, about 1 request in 50 failing, a third streamed, some
with retries and PII counts; every file's mtime is set to its last line, as on a real node.
Then it times the report over all of it (`--by key`), over the last 7 days (the files
last written before the window are not opened), and the same lines decoded with json.loads
(the fallback path) for comparison. Lines per second = lines read / wall time, from
disk (the page cache warm after the first pass: the first pass is a warm-up).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import shutil
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from appliance.proxy.audit import AuditLog
from appliance.usage.audit_files import audit_files, lines, read_usage

MODELS = ["chat", "chat-large", "code", "embed", "rerank", "vision"]
DAY_S = 86400


def generate(directory: Path, n_lines: int, workers: int, keys: int, max_mib: float,
             gzip_rotated: bool, seed: int = 7) -> None:
    rng = random.Random(seed)
    end = time.time()
    start = end - 30 * DAY_S
    step = (end - start) / n_lines
    key_ids = [f"key_{rng.getrandbits(48):012x}" for _ in range(keys)]
    logs = [AuditLog(directory / f"audit.{w}.jsonl", int(max_mib * 2**20), backups=10_000)
            for w in range(workers)]
    for i in range(n_lines):
        t = start + i * step
        model = rng.choice(MODELS)
        status = 200 if rng.random() > 0.02 else rng.choice([429, 499, 502, 503, 529])
        replica = f"gpu-host-01/engine-{model}-{rng.randint(0, 3)}"
        retries = 1 if rng.random() < 0.01 else 0
        attempts = [{"replica": replica, "outcome": "answered"}]
        if retries:
            attempts.insert(0, {"replica": replica[:-1] + "9", "outcome": "connect_failed"})
        logs[i % workers].write({
            "time": round(t, 3), "request_id": f"{rng.getrandbits(64):016x}",
            "key_id": rng.choice(key_ids), "role": "basic", "model": model, "target": model,
            "replica": replica, "status": status, "prompt_tokens": rng.randint(5, 4000),
            "completion_tokens": rng.randint(0, 800), "latency_ms": round(rng.random() * 2000, 2),
            "ttft_ms": round(rng.random() * 200, 2), "stream": rng.random() < 0.33,
            "retries": retries, "attempts": attempts,
            "pii": {"PERSON": 1} if rng.random() < 0.05 else None,
        })
    for log in logs:
        log.close()
    for path in audit_files(directory / "audit.jsonl"):
        last = _last_time(path)
        if gzip_rotated and path.suffix != ".gz" and path.name.count(".") > 2:
            with open(path, "rb") as src, gzip.open(f"{path}.gz", "wb", compresslevel=6) as dst:
                shutil.copyfileobj(src, dst)
            path.unlink()
            path = Path(f"{path}.gz")
        os.utime(path, (last, last))


def _last_time(path: Path) -> float:
    with open(path, "rb") as f:
        f.seek(max(0, f.seek(0, 2) - 4096))
        return json.loads(f.read().splitlines()[-1])["time"]


def timed(fn):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def json_baseline(directory: Path, limit: int) -> tuple[int, float]:
    """json.loads on the first `limit` lines of the live files: the fallback's speed."""
    def run() -> int:
        n = 0
        for path in audit_files(directory / "audit.jsonl"):
            if path.suffix == ".gz":
                continue
            for line in lines(path):
                json.loads(line)
                n += 1
                if n >= limit:
                    return n
        return n

    return timed(run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=3_000_000,
                        help="audit lines in the month (3,000,000: about 1.2 req/s on average)")
    parser.add_argument("--workers", type=int, default=4, help="proxy workers (one file each)")
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--max-mib", type=float, default=100.0, help="[audit] max_mib")
    parser.add_argument("--gzip", action="store_true", help="compress the rotated files "
                        "(as a logrotate with `compress` would)")
    parser.add_argument("--dir", type=Path, help="keep the generated log here (reused if "
                        "it holds one already)")
    args = parser.parse_args()
    console = Console()
    tmp = None
    directory = args.dir
    if directory is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-usage-")
        directory = Path(tmp.name)
    directory.mkdir(parents=True, exist_ok=True)
    try:
        if not any(directory.glob("audit*")):
            _, gen_s = timed(lambda: generate(directory, args.lines, args.workers, args.keys,
                                              args.max_mib, args.gzip))
            console.print(f"generated {args.lines:,} lines in {gen_s:.1f}s")
        files = audit_files(directory / "audit.jsonl")
        size = sum(p.stat().st_size for p in files)
        base = directory / "audit.jsonl"
        read_usage(base, None, None)  # warm-up: the page cache, as on a node that logs
        (full, _), full_s = timed(lambda: read_usage(base, None, None))
        jobs = os.cpu_count() or 1
        (_, _), jobs_s = timed(lambda: read_usage(base, None, None, jobs=jobs))
        week_since = time.time() - 7 * DAY_S
        (week, week_files), week_s = timed(lambda: read_usage(base, week_since, None))
        n_json, json_s = json_baseline(directory, min(full.lines, 1_000_000))
        table = Table(title=f"`appliance usage` over {len(files)} files, {size / 2**30:.2f} GiB "
                      f"({platform.machine()}, {os.cpu_count()} CPUs, Python "
                      f"{platform.python_version()})", title_justify="left")
        for col in ("report", "lines read", "files opened", "seconds", "lines/s"):
            table.add_column(col, justify="left" if col == "report" else "right")
        table.add_row("whole month, --jobs 1", f"{full.lines:,}", str(len(files)),
                      f"{full_s:.2f}", f"{full.lines / full_s:,.0f}")
        table.add_row(f"whole month, --jobs {jobs}", f"{full.lines:,}", str(len(files)),
                      f"{jobs_s:.2f}", f"{full.lines / jobs_s:,.0f}")
        table.add_row("last 7 days", f"{week.lines:,}", str(len(week_files)),
                      f"{week_s:.2f}", f"{week.lines / week_s:,.0f}")
        table.add_row("json.loads per line (the fallback)", f"{n_json:,}", "-",
                      f"{json_s:.2f}", f"{n_json / json_s:,.0f}")
        console.print(table)
        total = full.total()
        console.print(f"counted {total.requests:,} requests, {total.prompt_tokens:,} prompt "
                      f"and {total.completion_tokens:,} completion tokens, "
                      f"{len(full.rows(('key',)))} keys; {full.skipped} lines skipped")
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
