"""scripts/bench proxy: what the API proxy adds over calling the engine directly.

Method. One node in a temporary directory, as it runs in production: a real supervisord,
the agent and `appliance proxy run` (one worker; --workers for more) as separate processes, with auth on (one
admin key), a per-role rate limit too large to trigger (so its code runs), the audit log on
and metrics on. The engines are simulated (`engine = "sim"`), so the engine's part is
constant: `zero` answers "ok" at once, `twenty` after 20 ms, `stream` streams 64 tokens
(first after 20 ms, then 200 tokens/s). Each measurement sends the same body three ways:
direct, bare, proxied (the proxy's port, with the admin key) and through nginx (the
site `appliance render nginx` renders from the node's [nginx], over HTTPS with a self-signed
pair, in front of the same proxy; its limits set too high to trigger, so their code runs,
and its JSON access log on). The node's engines listen
on unix sockets only, which wrk cannot reach, so "direct" goes to a twin of the engine: the
same simulated engine with the same options, started by this script on a loopback port,
with the engine token. "bare" is a bare aiohttp pass-through (scripts/bench_passthrough.py)
to the node's engine over its socket, as the proxy reaches it. After one warm-up batch per
side, batches alternate direct, bare, proxy, nginx, direct, ... for --rounds rounds. nginx
runs as an ordinary process of this script (appliance/testing/nginx.py: Debian's nginx,
one worker, TLS 1.3 with the client keeping its connections, as wrk does); "nginx − proxy"
rows are what the hop adds over the proxy alone.

Load generators. Non-streaming requests come from wrk (C, one thread, `-c` connections kept
alive, closed loop: each connection sends its next request when the answer is in), which
times every request from the client's side and costs the two shared cores far less than a
Python client would (a Python client's own wake-ups and CPU were most of what it measured).
A wrk batch runs for --batch-s seconds and stops sending after --cap requests; its
percentiles come from wrk's own histogram of all requests of the batch, and a side's value
is the median of its per-round values, with their range. Streams need a timestamp per
chunk, which wrk does not give: they come from one asyncio process (aiohttp, one session
per side, connection limit = the concurrency), with worker starts staggered over one
stream's length (steady arrivals) or all at once (16 requests arriving together,
repeatedly: bursts); their percentiles are over all streams of a side.

CPU per request is the user+system time psutil reads for a process (with its children: the
nginx master's worker) over
a side's batches, divided by that side's requests. Steal is the CPU time the hypervisor
took from this VM during the batches (/proc/stat), a measure of how noisy the run was. A
collector stall would show as a max far above p99.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import math
import os
import platform
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import psutil
import tomli_w
from rich.console import Console
from rich.table import Table

from appliance.testing.nginx import NginxProcess, nginx_binary, self_signed_pair

MESSAGES = [{"role": "user", "content": "Say ok."}]
MODELS = [
    {"name": "zero", "options": {"mode": "fixed", "output": "ok", "latency_ms": 0}},
    {"name": "twenty", "options": {"mode": "fixed", "output": "ok", "latency_ms": 20}},
    {"name": "stream", "options": {"mode": "lorem", "max_tokens": 64, "latency_ms": 20,
                                   "tokens_per_s": 200}},
]
STREAM_TOKENS = 64
REQUEST_TIMEOUT_S = 30.0


# --- the node under test --------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def node_section(root: Path, name: str) -> dict:
    """The [node] table of a benchmark node: its directories under root."""
    return {
        "name": name,
        "state_dir": str(root / "state"),
        "log_dir": str(root / "log"),
        "run_dir": str(root / "run"),
    }


def nginx_section(root: Path, https_port: int, http_port: int) -> dict:
    """[nginx] of the benchmark node: loopback ports, files under root, limits that never
    trigger (so that their code runs, as the proxy's never-reached rate limit does)."""
    return {
        "listen": https_port, "http_listen": http_port, "addresses": ["127.0.0.1"],
        "certificate": str(root / "tls" / "server.crt"),
        "certificate_key": str(root / "tls" / "server.key"),
        "access_log": str(root / "nginx-access.log"),
        "error_log": str(root / "nginx-error.log"),
        "requests_per_s": 1_000_000, "burst": 1_000_000, "connections_per_ip": 65_535,
        # stub_status on a free port: a node's own nginx may hold the default one
        "status_port": free_port(),
    }


def write_config(root: Path, proxy_port: int, workers: int = 1,
                 nginx_ports: tuple[int, int] = (0, 0)) -> Path:
    data = {
        "node": node_section(root, "bench-node"),
        "models": [
            {"name": m["name"], "source": f"sim/{m['name']}", "engine": "sim", "replicas": 1,
             "engine_options": m["options"]}
            for m in MODELS
        ],
        "proxy": {"host": "127.0.0.1", "port": proxy_port, "workers": workers,
                  "max_outstanding_per_replica": 1024, "queue_size": 1024},
        "auth": {"enabled": True, "roles": {"admin": ["*"]}},
        "rate_limits": {"roles": {"admin": {"requests_per_minute": 10_000_000}}},
        "audit": {"enabled": True},
        "nginx": nginx_section(root, *nginx_ports),
    }
    path = root / "node.toml"
    path.write_text(tomli_w.dumps(data))
    return path


def wait_for(check: Callable[[], Any], timeout_s: float, what: str,
             logs: Node | None = None) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            result = check()
        except (OSError, ValueError, RuntimeError, subprocess.SubprocessError):
            result = None
        if result:
            return result
        time.sleep(0.2)
    tail = logs.log_tails() if logs is not None else ""
    raise RuntimeError(f"timed out after {timeout_s:.0f}s waiting for {what}\n{tail}")


class Node:
    """supervisord, the agent and the proxy as subprocesses, each in its own session, and
    nginx in front where `with_nginx`."""

    proxy_ready_timeout_s = 30.0
    with_nginx = True

    def __init__(self, root: Path, workers: int = 1):
        self.root = root
        self.proxy_port = free_port()
        self.nginx_port = free_port()
        self.config_path = write_config(root, self.proxy_port, workers,
                                        (self.nginx_port, free_port()))
        self.nginx: NginxProcess | None = None
        self.tls = ssl.create_default_context()
        self.procs: dict[str, subprocess.Popen] = {}
        self.references: dict[str, tuple[int, subprocess.Popen]] = {}  # model -> port, process
        self.twins: dict[str, tuple[int, subprocess.Popen]] = {}  # model -> port, process
        self.engine_procs: list[psutil.Process] = []
        self.engines: dict[str, dict] = {}
        self.key = ""
        self.engine_token = ""

    def cli(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "appliance", *args, "--config", str(self.config_path)],
            capture_output=True, text=True, timeout=60,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"appliance {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def spawn(self, name: str, *args: str) -> None:
        with open(self.root / f"{name}.out", "ab") as out:
            self.procs[name] = subprocess.Popen(
                [sys.executable, "-m", "appliance", *args, "run", "--config",
                 str(self.config_path)],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )

    def start(self) -> None:
        self.spawn("supervisord", "supervisor")
        wait_for(lambda: (self.root / "run" / "supervisor.sock").exists(), 30,
                 "supervisord's socket", self)
        self.spawn("agent", "agent")
        names = self.engine_names()

        def engines_ready() -> dict[str, dict] | None:
            status = json.loads(self.cli("status", "--json"))
            engines = {e["name"]: e for e in status["engines"]}
            ok = names <= set(engines) and all(engines[n]["state"] == "ready" for n in names)
            return engines if ok else None

        found = wait_for(engines_ready, 90, "the agent to report the engines ready", self)
        self.engines = {e["model"]: e for e in found.values()}
        for e in found.values():
            with contextlib.suppress(psutil.Error):
                if e.get("pid"):  # psutil remembers its start time: a reused pid is left alone
                    self.engine_procs.append(psutil.Process(e["pid"]))
        self.engine_token = (self.root / "state" / "engine-token").read_text().strip()
        self.key = self.cli("keys", "create", "--name", "bench", "--role", "admin").strip()
        self.start_proxy()
        if self.with_nginx:
            self.start_nginx()

    def start_nginx(self) -> None:
        """Debian's nginx with the site `appliance render nginx` writes for node.toml."""
        cert, _ = self_signed_pair(self.root / "tls", ("127.0.0.1",))
        self.tls = ssl.create_default_context(cafile=str(cert))
        self.nginx = NginxProcess(self.root / "nginx", self.cli("render", "nginx"),
                                  (self.nginx_port,))
        self.nginx.start()

    def start_references(self) -> None:
        """Per engine, one bare aiohttp pass-through to its socket
        (scripts/bench_passthrough.py) and one twin on a loopback port (the direct side)."""
        script = Path(__file__).with_name("bench_passthrough.py")
        options = {m["name"]: m["options"] for m in MODELS}
        for model, engine in self.engines.items():
            port = free_port()
            with open(self.root / f"reference-{model}.out", "ab") as out:
                self.references[model] = (port, subprocess.Popen(
                    [sys.executable, str(script), str(port), engine["socket"],
                     self.engine_token], stdout=out, stderr=subprocess.STDOUT,
                    start_new_session=True))
            twin_port = free_port()
            env = {**os.environ, "APPLIANCE_SIM_OPTIONS": json.dumps(options[model]),
                   "VLLM_API_KEY": self.engine_token}
            with open(self.root / f"twin-{model}.out", "ab") as out:
                self.twins[model] = (twin_port, subprocess.Popen(
                    [sys.executable, "-m", "appliance.sim.engine", "--served-model-name", model,
                     "--host", "127.0.0.1", "--port", str(twin_port)], env=env, stdout=out,
                    stderr=subprocess.STDOUT, start_new_session=True))
        for what, procs in (("reference pass-through", self.references), ("twin", self.twins)):
            for model, (port, _) in procs.items():
                wait_for(lambda port=port: socket.create_connection(("127.0.0.1", port), 1).close()
                         or True, 30, f"the {what} of {model!r}", self)

    def engine_names(self) -> set[str]:
        return {f"engine-{m['name']}-0" for m in MODELS}

    def start_proxy(self) -> float:
        t0 = time.perf_counter()
        self.spawn("proxy", "proxy")
        wait_for(self.proxy_ready, self.proxy_ready_timeout_s, "the proxy's /health/ready", self)
        return time.perf_counter() - t0

    def proxy_ready(self) -> bool:
        import urllib.request

        url = f"http://127.0.0.1:{self.proxy_port}/health/ready"
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200

    def log_tails(self) -> str:
        parts = []
        for name in ("supervisord", "agent", "proxy", "nginx/nginx.out", "nginx/error.log"):
            path = self.root / (name if "/" in name else f"{name}.out")
            if path.exists():
                parts.append(f"--- {name}.out\n{path.read_text(errors='replace')[-2000:]}")
        return "\n".join(parts)

    def stop(self) -> None:
        """SIGTERM each process group (proxy, agent, supervisord), wait, SIGKILL on timeout;
        then make sure no engine outlived supervisord."""
        for _, proc in (*self.references.values(), *self.twins.values()):
            proc.kill()
            proc.wait(timeout=10)
        if self.nginx is not None:
            self.nginx.stop()
        for name in ("proxy", "agent", "supervisord"):
            proc = self.procs.pop(name, None)
            if proc is None or proc.poll() is not None:
                continue
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        for engine in self.engine_procs:
            with contextlib.suppress(psutil.Error):
                if engine.is_running():
                    for p in [*engine.children(recursive=True), engine]:
                        p.kill()


# --- measuring ------------------------------------------------------------------------------

def cpu_seconds(pid: int) -> float:
    """user + system seconds of a process and its children (the proxy's workers, if any)."""
    proc = psutil.Process(pid)
    total = 0.0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            t = p.cpu_times()
            total += t.user + t.system
    return total


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); nan for no values."""
    if not values:
        return math.nan
    s = sorted(values)
    return s[max(0, min(len(s) - 1, math.ceil(q / 100 * len(s)) - 1))]


@dataclass
class Batch:
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests
    ttfts: list[float] = field(default_factory=list)
    gaps: list[float] = field(default_factory=list)
    errors: int = 0
    elapsed: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)  # process -> cpu seconds in the batch

    @property
    def done(self) -> int:
        return len(self.latencies)


@dataclass
class Side:
    """All batches of one side (direct or proxy) of one measurement."""

    batches: list[Batch] = field(default_factory=list)

    def all(self, attr: str) -> list[float]:
        return [v for b in self.batches for v in getattr(b, attr)]

    @property
    def requests(self) -> int:
        return sum(b.done for b in self.batches)

    @property
    def errors(self) -> int:
        return sum(b.errors for b in self.batches)

    def per_round(self, attr: str, q: float) -> list[float]:
        return [pct(getattr(b, attr), q) for b in self.batches]

    def rps(self) -> list[float]:
        return [b.done / b.elapsed for b in self.batches if b.elapsed > 0]

    def cpu_per_request(self, proc: str) -> float:
        n = self.requests
        return sum(b.cpu.get(proc, 0.0) for b in self.batches) / n if n else math.nan


@dataclass
class Target:
    name: str
    url: str
    headers: dict[str, str]


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


WRK_SCRIPT = r"""
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
local sent, cap = 0, tonumber(os.getenv("BENCH_CAP"))
request = function()
  sent = sent + 1
  if sent > cap then wrk.thread:stop() end
  return wrk.format()
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH {\"requests\": %d, \"errors\": %d, \"duration_us\": %d, \"p50_us\": %d, "
    .. "\"p99_us\": %d, \"p999_us\": %d, \"max_us\": %d}\n",
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout, summary.duration,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.max))
end
"""


@dataclass
class WrkBatch:
    """One wrk batch: counts and latency percentiles (seconds) of all its requests."""

    requests: int
    errors: int
    elapsed: float
    p50: float
    p99: float
    p999: float
    max: float
    cpu: dict[str, float] = field(default_factory=dict)

    @property
    def rps(self) -> float:
        return self.requests / self.elapsed if self.elapsed > 0 else math.nan


def steal_seconds() -> float:
    """CPU seconds the hypervisor has taken from this machine since boot (all cores)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()
    return int(fields[8]) / os.sysconf("SC_CLK_TCK") if len(fields) > 8 else 0.0


def wrk_batch(url: str, token: str, body: bytes, concurrency: int, seconds: float,
              cap: int, script: Path) -> WrkBatch:
    env = {**os.environ, "BENCH_BODY": body.decode(), "BENCH_TOKEN": token,
           "BENCH_CAP": str(cap)}
    result = subprocess.run(
        ["wrk", "-t1", f"-c{concurrency}", f"-d{seconds:g}s", "--timeout", "30s", "-s",
         str(script), url],
        env=env, capture_output=True, text=True, timeout=seconds + 60,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("BENCH ")), None)
    if result.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    r = json.loads(line[6:])
    if r["requests"] >= cap:
        raise RuntimeError(f"a batch reached --cap {cap} requests: its rate is not measured; "
                           "raise --cap")
    us = 1e-6
    return WrkBatch(r["requests"], r["errors"], r["duration_us"] * us, r["p50_us"] * us,
                    r["p99_us"] * us, r["p999_us"] * us, r["max_us"] * us)


def wrk_ab(node: Node, model: str, concurrency: int, rounds: int, seconds: float, cap: int,
           script: Path) -> dict[str, list[WrkBatch]]:
    """Warm-up batch on each side, then `rounds` rounds of (direct, bare, proxy, nginx)
    batches."""
    body = json.dumps({"model": model, "messages": MESSAGES}).encode()
    sides = side_targets(node, model)
    for url, token, _ in sides.values():
        wrk_batch(url, token, body, concurrency, min(2.0, seconds), cap, script)
    out: dict[str, list[WrkBatch]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, (url, token, procs) in sides.items():
            before = {p: cpu_seconds(pid) for p, pid in procs.items()}
            steal = steal_seconds()
            batch = wrk_batch(url, token, body, concurrency, seconds, cap, script)
            batch.cpu = {p: cpu_seconds(pid) - before[p] for p, pid in procs.items()}
            batch.cpu["steal"] = steal_seconds() - steal
            out[name].append(batch)
    return out


def side_targets(node: Node, model: str) -> dict[str, tuple[str, str, dict[str, int]]]:
    """side -> (URL, bearer token, {"front": pid of the server in front of the engine (none
    for direct; the proxy behind nginx), "nginx": nginx's master pid, "engine": the engine's
    pid (direct: its twin's)})."""
    engine = node.engines[model]
    path = "/v1/chat/completions"
    ref_port, ref = node.references[model]
    twin_port, twin = node.twins[model]
    return {
        "direct": (f"http://127.0.0.1:{twin_port}{path}", node.engine_token,
                   {"engine": twin.pid}),
        "bare": (f"http://127.0.0.1:{ref_port}{path}", "unused",
                 {"front": ref.pid, "engine": engine["pid"]}),
        "proxy": (f"http://127.0.0.1:{node.proxy_port}{path}", node.key,
                  {"front": node.procs["proxy"].pid, "engine": engine["pid"]}),
        "nginx": (f"https://127.0.0.1:{node.nginx_port}{path}", node.key,
                  {"front": node.procs["proxy"].pid, "nginx": node.nginx.proc.pid,
                   "engine": engine["pid"]}),
    }


def median_of(batches: list[WrkBatch], attr: str) -> float:
    return statistics.median(getattr(b, attr) for b in batches)


def range_of(batches: list[WrkBatch], attr: str, scale: float = 1000.0, fmt: str = ".2f") -> str:
    values = [getattr(b, attr) for b in batches]
    return f"{min(values) * scale:{fmt}}–{max(values) * scale:{fmt}}"


def cpu_per_request(batches: list[WrkBatch], proc: str) -> float:
    n = sum(b.requests for b in batches)
    return sum(b.cpu.get(proc, 0.0) for b in batches) / n if n else math.nan


def steal_share(batches: list[WrkBatch]) -> float:
    """Stolen CPU time as a share of the batches' wall time × cores."""
    wall = sum(b.elapsed for b in batches) * (os.cpu_count() or 1)
    return sum(b.cpu.get("steal", 0.0) for b in batches) / wall if wall else math.nan


async def request_batch(session: aiohttp.ClientSession, target: Target,
                        body: bytes | list[bytes], n: int, concurrency: int, limit_s: float,
                        stagger_s: float = 0.0) -> Batch:
    """n requests (at most limit_s seconds) from `concurrency` workers, each waiting for its
    answer before sending the next, going through `body` (or a list of bodies) in turn
    (stagger_s is not used: answers spread them at once)."""
    bodies = body if isinstance(body, list) else [body]
    batch = Batch()
    sent = 0
    stop_at = time.perf_counter() + limit_s

    async def worker() -> None:
        nonlocal sent
        while sent < n and time.perf_counter() < stop_at:
            data = bodies[sent % len(bodies)]
            sent += 1
            t0 = time.perf_counter()
            try:
                async with session.post(target.url, data=data, headers=target.headers) as r:
                    await r.read()
                    ok = r.status == 200
            except (aiohttp.ClientError, TimeoutError):
                ok = False
            if ok:
                batch.latencies.append(time.perf_counter() - t0)
            else:
                batch.errors += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    batch.elapsed = time.perf_counter() - t0
    return batch


async def stream_batch(session: aiohttp.ClientSession, target: Target, body: bytes, n: int,
                       concurrency: int, limit_s: float, stagger_s: float = 0.0) -> Batch:
    """n streams (at most limit_s seconds), `concurrency` at a time; worker i starts
    i * stagger_s late (0: all at once, in bursts). A stream counts when it ends with all
    its content chunks; its latency is the whole stream."""
    batch = Batch()
    left = n
    stop_at = time.perf_counter() + limit_s

    async def one() -> None:
        t0 = time.perf_counter()
        first = last = None
        gaps: list[float] = []
        chunks = 0
        async with session.post(target.url, data=body, headers=target.headers) as r:
            if r.status != 200:
                await r.read()
                batch.errors += 1
                return
            async for line in r.content:
                if not line.startswith(b"data: {"):
                    continue
                choices = json.loads(line[6:]).get("choices")
                if not choices or not (choices[0].get("delta") or {}).get("content"):
                    continue
                now = time.perf_counter()
                if first is None:
                    first = now - t0
                else:
                    gaps.append(now - last)
                last = now
                chunks += 1
        if first is None or chunks != STREAM_TOKENS:
            batch.errors += 1
            return
        batch.latencies.append(time.perf_counter() - t0)
        batch.ttfts.append(first)
        batch.gaps.extend(gaps)

    async def worker(i: int) -> None:
        nonlocal left
        await asyncio.sleep(i * stagger_s)
        while left > 0 and time.perf_counter() < stop_at:
            left -= 1
            try:
                await one()
            except (aiohttp.ClientError, TimeoutError, ValueError):
                batch.errors += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(concurrency)))
    batch.elapsed = time.perf_counter() - t0
    return batch


async def stream_ab(node: Node, model: str, body: bytes, n: int, concurrency: int, rounds: int,
                    limit_s: float, stagger_s: float) -> dict[str, Side]:
    """Streams: a warm-up batch on each side, then `rounds` rounds of (direct, bare, proxy,
    nginx) batches."""
    json_type = {"Content-Type": "application/json"}
    found = side_targets(node, model)
    targets = [Target(name, url, {**json_type, "Authorization": f"Bearer {token}"})
               for name, (url, token, _) in found.items()]
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
    sessions = {
        t.name: aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=concurrency, force_close=False, ssl=node.tls),
            timeout=timeout)
        for t in targets
    }
    sides = {t.name: Side() for t in targets}
    try:
        for t in targets:  # warm-up: connections opened, code paths hot
            warm = await stream_batch(sessions[t.name], t, body, max(concurrency * 4, n // 4),
                             concurrency, limit_s, stagger_s)
            if warm.errors and not warm.done:
                raise RuntimeError(f"{t.name} warm-up of {model!r}: every request failed\n"
                                   f"{node.log_tails()}")
        for _ in range(rounds):
            for t in targets:
                with no_gc():
                    procs = found[t.name][2]
                    before = {p: cpu_seconds(pid) for p, pid in procs.items()}
                    batch = await stream_batch(sessions[t.name], t, body, n, concurrency,
                                               limit_s, stagger_s)
                    batch.cpu = {p: cpu_seconds(pid) - before[p] for p, pid in procs.items()}
                sides[t.name].batches.append(batch)
    finally:
        for s in sessions.values():
            await s.close()
    return sides


# --- reporting ------------------------------------------------------------------------------

def ms(seconds: float) -> str:
    return "-" if math.isnan(seconds) else f"{seconds * 1000:.2f}"


def spread(values: list[float], scale: float = 1000.0, fmt: str = ".2f") -> str:
    values = [v for v in values if not math.isnan(v)]
    if not values:
        return "-"
    return f"{min(values) * scale:{fmt}}–{max(values) * scale:{fmt}}"


# (side, the side it is compared with) for the "added" rows: each front against direct, and
# the nginx hop against the proxy alone.
COMPARISONS = (("bare", "direct"), ("proxy", "direct"), ("nginx", "direct"), ("nginx", "proxy"))


def _added(sides: dict[str, list[WrkBatch]], front: str, attr: str,
           base: str = "direct") -> list[float]:
    return [getattr(f, attr) - getattr(d, attr)
            for d, f in zip(sides[base], sides[front], strict=True)]


def latency_table(sides: dict[str, list[WrkBatch]], rounds: int) -> Table:
    table = Table(title="1+2+5. Concurrency 1, engine `zero` (0 ms), non-streaming chat: "
                        f"latency, CPU per request, stalls (wrk; {rounds} rounds, direct / bare "
                        "/ proxy / nginx interleaved; median of per-round values, range)")
    for col in ("side", "requests", "errors", "p50 ms", "p50 range", "p99 ms", "p99.9 ms",
                "max ms", "front CPU ms/req", "nginx CPU ms/req", "engine CPU ms/req",
                "steal"):
        table.add_column(col, justify="left" if col == "side" else "right")
    for name, batches in sides.items():
        table.add_row(name, str(sum(b.requests for b in batches)),
                      str(sum(b.errors for b in batches)), ms(median_of(batches, "p50")),
                      range_of(batches, "p50"), ms(median_of(batches, "p99")),
                      ms(median_of(batches, "p999")), ms(max(b.max for b in batches)),
                      ms(cpu_per_request(batches, "front")),
                      ms(cpu_per_request(batches, "nginx")),
                      ms(cpu_per_request(batches, "engine")), f"{steal_share(batches):.1%}")
    for front, base in COMPARISONS:
        added = _added(sides, front, "p50", base)
        table.add_row(f"[bold]added ({front} − {base})[/bold]", "", "",
                      ms(statistics.median(added)), spread(added),
                      ms(statistics.median(_added(sides, front, "p99", base))),
                      ms(statistics.median(_added(sides, front, "p999", base))), "", "", "", "",
                      "")
    return table


def throughput_table(results: dict[int, dict[str, list[WrkBatch]]], rounds: int,
                     seconds: float) -> Table:
    table = Table(title="3. Throughput, engine `twenty` (20 ms), non-streaming chat, closed "
                        f"loop (wrk; {rounds} rounds of {seconds:g} s batches, direct / bare / "
                        "proxy / nginx interleaved)",
                  caption="ratio, added: side ÷ direct (nginx ÷ proxy: the hop) in the req/s "
                          "columns (median and range of per-round ratios), side − direct (− "
                          "proxy) in the ms columns")
    for col in ("concurrency", "side", "requests", "errors", "req/s (median)",
                "req/s per round", "p50 ms", "p99 ms", "max ms", "front CPU ms/req",
                "nginx CPU ms/req", "steal"):
        table.add_column(col, justify="left" if col == "side" else "right")
    for conc, sides in results.items():
        for name, batches in sides.items():
            table.add_row(str(conc), name, str(sum(b.requests for b in batches)),
                          str(sum(b.errors for b in batches)), f"{median_of(batches, 'rps'):.0f}",
                          range_of(batches, "rps", 1, ".0f"), ms(median_of(batches, "p50")),
                          ms(median_of(batches, "p99")), ms(max(b.max for b in batches)),
                          ms(cpu_per_request(batches, "front")),
                          ms(cpu_per_request(batches, "nginx")), f"{steal_share(batches):.1%}")
        for front, base in COMPARISONS:
            ratios = throughput_ratios(sides, front, base)
            added_p99 = statistics.median(_added(sides, front, "p99", base))
            label = front if base == "direct" else f"{front} ÷ {base}"
            table.add_row(str(conc), f"[bold]{label}: ratio, added[/bold]", "", "",
                          f"{statistics.median(ratios):.3f}", spread(ratios, 1, ".3f"),
                          ms(statistics.median(_added(sides, front, "p50", base))),
                          f"+{ms(added_p99)}" if added_p99 >= 0 else ms(added_p99), "", "", "",
                          "", end_section=(front, base) == COMPARISONS[-1])
    return table


def throughput_ratios(sides: dict[str, list[WrkBatch]], front: str,
                      base: str = "direct") -> list[float]:
    return [f.rps / d.rps for d, f in zip(sides[base], sides[front], strict=True)]


def stream_table(results: dict[str, dict[str, Side]], rounds: int, concurrency: int,
                 stagger_s: float) -> Table:
    table = Table(title=f"4. Streams, engine `stream` ({STREAM_TOKENS} tokens: first at 20 ms, "
                        f"then 200/s), {concurrency} concurrent ({rounds} rounds A/B); starts "
                        f"staggered by {stagger_s * 1000:.0f} ms, or all at once (bursts)")
    for col in ("starts", "side", "streams", "errors", "TTFT p50 ms", "TTFT p99 ms",
                "TTFT max ms", "per-round TTFT p50 ms", "gaps", "gap p50 ms", "gap p99 ms",
                "gap max ms", "front CPU ms/stream", "nginx CPU ms/stream"):
        table.add_column(col, justify="left" if col in ("starts", "side") else "right")
    for starts, sides in results.items():
        for name, side in sides.items():
            ttft, gaps = side.all("ttfts"), side.all("gaps")
            table.add_row(starts, name, str(side.requests), str(side.errors), ms(pct(ttft, 50)),
                          ms(pct(ttft, 99)), ms(max(ttft, default=math.nan)),
                          spread(side.per_round("ttfts", 50)), str(len(gaps)),
                          ms(pct(gaps, 50)), ms(pct(gaps, 99)), ms(max(gaps, default=math.nan)),
                          ms(side.cpu_per_request("front")), ms(side.cpu_per_request("nginx")))
        for front, base in COMPARISONS:
            p, d = sides[front], sides[base]
            added = [a - b for a, b in zip(p.per_round("ttfts", 50), d.per_round("ttfts", 50),
                                           strict=True)]
            label = front if base == "direct" else f"{front} − {base}"
            table.add_row(starts, f"[bold]added, {label}[/bold]", "", "",
                          ms(pct(p.all("ttfts"), 50) - pct(d.all("ttfts"), 50)),
                          ms(pct(p.all("ttfts"), 99) - pct(d.all("ttfts"), 99)), "",
                          spread(added), "", ms(pct(p.all("gaps"), 50) - pct(d.all("gaps"), 50)),
                          ms(pct(p.all("gaps"), 99) - pct(d.all("gaps"), 99)), "", "", "",
                          end_section=(front, base) == COMPARISONS[-1])
    return table


def targets_table(lat: dict[str, list[WrkBatch]], thr: dict[int, dict[str, list[WrkBatch]]],
                  streams: dict[str, dict[str, Side]]) -> Table:
    def measures(front: str) -> list[float]:
        t16 = thr.get(16)
        ratio = statistics.median(throughput_ratios(t16, front)) if t16 else math.nan
        ttft = [pct(sides[front].all("ttfts"), 50) - pct(sides["direct"].all("ttfts"), 50)
                for sides in streams.values()]
        return [statistics.median(_added(lat, front, "p50")),
                cpu_per_request(lat[front], "front"), ratio, *ttft]

    ours, bare = measures("proxy"), measures("bare")
    p = lat["proxy"]
    p99, mx = median_of(p, "p99"), max(b.max for b in p)
    specs = [
        ("added p50, concurrency 1", "ms", "≤ 0.5 ms", lambda v: v <= 0.0005),
        ("front CPU per request, concurrency 1", "ms", "≤ 0.5 ms", lambda v: v <= 0.0005),
        ("throughput ÷ direct, concurrency 16", "ratio", "≥ 0.97", lambda v: v >= 0.97),
        *((f"added TTFT p50, 16 streams, {starts}", "ms", "≤ 2 ms", lambda v: v <= 0.002)
          for starts in streams),
    ]
    table = Table(title="Against the issue's targets (bare: the aiohttp pass-through, same run)")
    for col in ("what", "proxy", "bare aiohttp", "target", "proxy met"):
        table.add_column(col)
    for (what, unit, want, ok), v, b in zip(specs, ours, bare, strict=True):
        fmt = (lambda x: f"{x:.3f}") if unit == "ratio" else (lambda x: f"{ms(x)} ms")
        table.add_row(what, fmt(v), fmt(b), want,
                      "[green]yes[/green]" if ok(v) else "[red]no[/red]")
    table.add_row("proxy max vs p99, concurrency 1", f"{ms(mx)} vs {ms(p99)} ms", "",
                  "no collector stall (max near p99)", "judge")
    return table


def machine() -> str:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (f"{os.cpu_count()} cores ({model}), {psutil.virtual_memory().total / 2**30:.0f} GiB, "
            f"Python {platform.python_version()}, aiohttp {aiohttp.__version__}, "
            f"{platform.system()} {platform.release()}")


# --- main -----------------------------------------------------------------------------------

async def bench_streams(node: Node, args: argparse.Namespace) -> dict[str, dict[str, Side]]:
    stream = json.dumps({"model": "stream", "messages": MESSAGES, "stream": True}).encode()
    # one stream lasts about 20 ms + 63 / 200 s; staggered starts spread arrivals over it
    stagger_s = (0.020 + (STREAM_TOKENS - 1) / 200) / args.stream_concurrency
    streams = {}
    for starts, stagger in (("staggered", stagger_s), ("at once", 0.0)):
        streams[starts] = await stream_ab(node, "stream", stream, args.streams,
                                          args.stream_concurrency, args.rounds, args.batch_s,
                                          stagger)
    return streams


def bench(node: Node, args: argparse.Namespace, console: Console, script: Path) -> None:
    started = time.perf_counter()
    lat = wrk_ab(node, "zero", 1, args.rounds, args.batch_s, args.cap, script)
    console.print(latency_table(lat, args.rounds))
    thr = {conc: wrk_ab(node, "twenty", conc, args.rounds, args.batch_s, args.cap, script)
           for conc in args.concurrency}
    console.print(throughput_table(thr, args.rounds, args.batch_s))
    streams = asyncio.run(bench_streams(node, args))
    stagger_s = (0.020 + (STREAM_TOKENS - 1) / 200) / args.stream_concurrency
    console.print(stream_table(streams, args.rounds, args.stream_concurrency, stagger_s))
    console.print(targets_table(lat, thr, streams))
    console.print(f"measured in {time.perf_counter() - started:.0f} s on {machine()}")
    console.print(f"load generators and stack share the same {os.cpu_count()} cores (wrk -t1, "
                  "or one asyncio client process for streams; supervisord, agent, "
                  f"{args.workers} proxy worker(s), nginx (1 worker), 3 simulated engines and "
                  "their 3 direct twins beside them; nothing pinned); clients on 127.0.0.1 "
                  "(nginx over TLS 1.3, kept-alive connections), the proxy and the "
                  "pass-through to the engines over unix sockets")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter batches, 3 rounds")
    parser.add_argument("--rounds", type=int, default=None, help="A/B rounds (default 5)")
    parser.add_argument("--batch-s", type=float, default=None,
                        help="seconds of one wrk batch, and the time limit of a stream batch "
                             "(default 5)")
    parser.add_argument("--cap", type=int, default=200_000,
                        help="requests after which a wrk batch stops sending")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--streams", type=int, default=None,
                        help="streams per batch (default 64)")
    parser.add_argument("--stream-concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1,
                        help="[proxy] workers (default 1: one serving process, like the engine)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("scripts/bench proxy needs wrk (apt-get install wrk; scripts/setup "
                         "installs it)")
    if nginx_binary() is None:
        raise SystemExit("scripts/bench proxy needs nginx (scripts/install-packages installs "
                         "it)")
    quick = args.quick
    args.rounds = args.rounds or (3 if quick else 5)
    args.batch_s = args.batch_s or (2.0 if quick else 5.0)
    args.streams = args.streams or (32 if quick else 64)

    console = Console(width=170)
    with tempfile.TemporaryDirectory(prefix="bench-proxy-") as tmp:
        script = Path(tmp) / "post.lua"
        script.write_text(WRK_SCRIPT)
        node = Node(Path(tmp), args.workers)
        try:
            node.start()
            node.start_references()
            gc.collect()
            gc.freeze()  # the generator's own setup objects are never scanned again
            bench(node, args, console, script)
        finally:
            node.stop()


if __name__ == "__main__":
    main()
