"""scripts/bench metrics: what the proxy's metrics cost on its hot path.

Method. One node as `scripts/bench proxy` starts it (a real supervisord, the agent, the
simulated engines, auth, a rate limit that never triggers and the audit log on), with two
proxies side by side, each one process: "on", the proxy as shipped, and "off", the same
code with its metrics registry disabled (scripts/bench_metrics_off.py: every metric
update is a call that does nothing). Both serve the same engines from the same routes.
wrk (one thread, `-c` connections kept alive, closed loop) sends chat completions to the
model that answers at once (`zero`), so the proxy's own work is as large a share of each
request as it can be; after one warm-up batch per side, batches alternate on, off, on, ...
for --rounds rounds. Throughput is the median of a side's per-round rates, with their
range; CPU per request is the proxy process's user+system time over its batches divided
by its requests; "paired" is the median of each round's on/off ratio (the two batches of a
round are seconds apart, so slow drifts of the machine cancel). Beside it, in-process: the
time of the metric updates one request makes (in flight up and down, `finished` with
latency, first token and tokens), the least of 5 timings of --calls calls, against one
request's CPU time in the "on" proxy.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import tomli_w

# scripts/ is on sys.path when this file runs as a script: the node helpers are shared.
from bench_proxy import (
    MESSAGES,
    WRK_SCRIPT,
    Node,
    WrkBatch,
    cpu_seconds,
    free_port,
    machine,
    wait_for,
    wrk_batch,
)
from prometheus_client import CollectorRegistry
from rich.console import Console
from rich.table import Table

from appliance.proxy.metrics import ProxyMetrics


class MetricsNode(Node):
    with_nginx = False

    def start_off_proxy(self) -> None:
        """A second proxy with the registry disabled, on its own port, same node."""
        self.off_port = free_port()
        data = tomllib.loads(self.config_path.read_text())
        data["proxy"]["port"] = self.off_port
        off_config = self.root / "node-off.toml"
        off_config.write_text(tomli_w.dumps(data))
        with open(self.root / "proxy-off.out", "ab") as out:
            self.procs["proxy-off"] = subprocess.Popen(
                [sys.executable, str(Path(__file__).with_name("bench_metrics_off.py")),
                 str(off_config)], stdout=out, stderr=subprocess.STDOUT, start_new_session=True)

        def ready() -> bool:
            import urllib.request

            with urllib.request.urlopen(f"http://127.0.0.1:{self.off_port}/health/ready",
                                        timeout=2) as r:
                return r.status == 200

        wait_for(ready, 30, "the metrics-off proxy", self)

    def stop(self) -> None:
        proc = self.procs.pop("proxy-off", None)
        if proc is not None and proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=30)
        super().stop()


def ab(node: MetricsNode, concurrency: int, rounds: int, seconds: float, cap: int,
       script: Path) -> dict[str, list[WrkBatch]]:
    body = json.dumps({"model": "zero", "messages": MESSAGES}).encode()
    sides = {"on": (node.proxy_port, node.procs["proxy"].pid),
             "off": (node.off_port, node.procs["proxy-off"].pid)}
    for port, _ in sides.values():
        wrk_batch(f"http://127.0.0.1:{port}/v1/chat/completions", node.key, body, concurrency,
                  min(2.0, seconds), cap, script)
    out: dict[str, list[WrkBatch]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, (port, pid) in sides.items():
            before = cpu_seconds(pid)
            batch = wrk_batch(f"http://127.0.0.1:{port}/v1/chat/completions", node.key, body,
                              concurrency, seconds, cap, script)
            batch.cpu = {"proxy": cpu_seconds(pid) - before}
            out[name].append(batch)
    return out


def update_cost_us(calls: int, repeats: int = 5) -> float:
    """Microseconds of the metric updates of one request, in this process: the least of
    `repeats` timings of `calls` calls (the least is the one the machine disturbed least)."""
    metrics = ProxyMetrics(CollectorRegistry())
    stats = metrics.stats
    best = math.inf
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(calls):
            inflight = stats.in_flight("zero")
            inflight.inc()
            inflight.dec()
            stats.finished("zero", 200, 0.004, 0.002, 12, 1)
        best = min(best, time.perf_counter() - t0)
    return best / calls * 1e6


def table(results: dict[int, dict[str, list[WrkBatch]]], update_us: float) -> Table:
    t = Table(title="proxy throughput with metrics on and with the registry disabled "
              "(model zero, one proxy process each)")
    for col in ("connections", "on req/s", "on min-max", "off req/s", "off min-max",
                "on / off", "paired on / off", "on CPU µs/req", "off CPU µs/req", "updates µs/req",
                "updates / on CPU"):
        t.add_column(col, justify="right")
    for conc, sides in results.items():
        rates = {s: [b.rps for b in batches] for s, batches in sides.items()}
        cpu = {s: sum(b.cpu["proxy"] for b in batches) / sum(b.requests for b in batches) * 1e6
               for s, batches in sides.items()}
        on, off = statistics.median(rates["on"]), statistics.median(rates["off"])
        paired = [a / b for a, b in zip(rates["on"], rates["off"], strict=True)]
        t.add_row(str(conc), f"{on:.0f}", f"{min(rates['on']):.0f}-{max(rates['on']):.0f}",
                  f"{off:.0f}", f"{min(rates['off']):.0f}-{max(rates['off']):.0f}",
                  f"{on / off:.3f}",
                  f"{statistics.median(paired):.3f} ({min(paired):.2f}-{max(paired):.2f})",
                  f"{cpu['on']:.0f}", f"{cpu['off']:.0f}",
                  f"{update_us:.2f}", f"{update_us / cpu['on']:.2%}")
    return t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="A/B rounds (default 7)")
    parser.add_argument("--batch-s", type=float, default=5.0, help="seconds of one batch")
    parser.add_argument("--cap", type=int, default=200_000,
                        help="requests after which a batch stops sending")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[16])
    parser.add_argument("--calls", type=int, default=100_000,
                        help="calls timed for the in-process update cost")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("scripts/bench metrics needs wrk (apt-get install wrk)")
    console = Console(width=170)
    update_us = update_cost_us(args.calls)
    with tempfile.TemporaryDirectory(prefix="bench-metrics-") as tmp:
        script = Path(tmp) / "post.lua"
        script.write_text(WRK_SCRIPT)
        node = MetricsNode(Path(tmp))
        try:
            node.start()
            node.start_off_proxy()
            gc.collect()
            gc.freeze()
            started = time.perf_counter()
            results = {c: ab(node, c, args.rounds, args.batch_s, args.cap, script)
                       for c in args.concurrency}
            console.print(table(results, update_us))
            console.print(f"measured in {time.perf_counter() - started:.0f} s on {machine()}; "
                          f"wrk, supervisord, the agent, both proxies and 3 simulated engines "
                          f"share the same {os.cpu_count()} cores")
        finally:
            node.stop()


if __name__ == "__main__":
    main()
