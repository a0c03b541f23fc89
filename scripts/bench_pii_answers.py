"""scripts/bench pii answers: what scanning the models' answers costs, scanning on against off.

Method. One node in a temporary directory (bench_pii's: a real supervisord, the agent and
`appliance proxy run` with one worker and one analysis process, `[pii] enabled`, bookend
mode). Four simulated engines answer the same fixed text of about 150 words holding four
values the client never sent (an e-mail address, a phone number, a card number, a name):
`scan` and `noscan` stream it at `--tokens-per-s` (token by token, one event per token:
the sim engine's tokenizer cuts words and punctuation), `scan-fast` and `noscan-fast` at
once. All four mask the request (one short sentence, no values); the `noscan` ones set
`pii_scan_answers = false`, so the two sides differ only by answer scanning.

Measured after a warm-up, in interleaved rounds (each round: a batch on one side, then on
the other, the order swapped every round, so a drift of the machine's speed falls on both):

1. streams at concurrency 1: time to first content (TTFT), the gaps between content events
   at the client (p50, p99), and CPU per streamed token: the proxy's own process and its
   analysis process (kernel per-thread counters), over the batch, divided by the tokens the
   engine sent;
2. throughput of masked non-streaming requests at concurrency 4 (closed loop, `-fast`
   engines): req/s, answer scanning on against off.

Then the proxy is restarted with `nlp = "spacy"` (en_core_web_sm) and 1-2 repeated. Every
batch is bounded by a request count and a time limit; the load generator is this one asyncio
process, on the same cores as the stack (nothing pinned).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import tempfile
import time
from pathlib import Path

import aiohttp
import tomli_w
from bench_pii import SPACY_MODEL, PiiNode
from bench_proxy import Batch, Side, machine, node_section, pct
from rich.console import Console
from rich.table import Table

ANSWER = (
    "Thanks for waiting. I looked through the ticket history and the shipping notes, and "
    "here is what I found. The order left the warehouse on Tuesday and was handed to the "
    "courier the same evening. The courier's depot lists a contact for the delivery, "
    "Margaret Okonkwo, who can be reached at margaret.okonkwo@example.net or by phone on "
    "(415) 555-0142 during working hours. The payment on file is the card 4111 1111 1111 "
    "1111, which was charged once, as expected. Nothing suggests the parcel was lost: the "
    "last scan shows it at the local depot, and the usual time from there is one or two "
    "working days. If it has not arrived by Friday, reply to this message and we will open "
    "a claim with the courier, send a replacement at no cost, and keep you updated on every "
    "step until it is sorted out. Is there anything else I can help with today?"
)
VALUES = ("margaret.okonkwo@example.net", "(415) 555-0142", "4111 1111 1111 1111",
          "Margaret Okonkwo")
PROMPT = "Please tell me where my order is."
SIDES = ("noscan", "scan")
REQUEST_TIMEOUT_S = 60.0


def write_config(root: Path, proxy_port: int, nlp: str, tokens_per_s: float) -> Path:
    def model(name: str, scan: bool, tps: float | None) -> dict:
        options: dict = {"mode": "fixed", "output": ANSWER}
        if tps:
            options["tokens_per_s"] = tps
        return {"name": name, "source": f"sim/{name}", "engine": "sim", "replicas": 1,
                "engine_options": options, "pii_scan_answers": scan}

    data = {
        "node": node_section(root, "bench-pii-answers"),
        "models": [model("scan", True, tokens_per_s), model("noscan", False, tokens_per_s),
                   model("scan-fast", True, None), model("noscan-fast", False, None)],
        "proxy": {"host": "127.0.0.1", "port": proxy_port, "workers": 1},
        "auth": {"enabled": True, "roles": {"admin": ["*"]}},
        "pii": {"enabled": True, "mode": "bookend", "nlp": nlp, "spacy_model": SPACY_MODEL,
                "workers": 1},
    }
    path = root / f"node-answers-{nlp}.toml"
    path.write_text(tomli_w.dumps(data))
    return path


class AnswersNode(PiiNode):
    tokens_per_s = 100.0

    def engine_names(self) -> set[str]:
        return {f"engine-{m}-0" for m in ("scan", "noscan", "scan-fast", "noscan-fast")}

    def config_for(self, nlp: str, analyzers: int) -> Path:
        return write_config(self.root, self.proxy_port, nlp, self.tokens_per_s)


def body(model: str, stream: bool) -> bytes:
    return json.dumps({"model": model, "stream": stream, "max_tokens": 4096,
                       "messages": [{"role": "user", "content": PROMPT}]}).encode()


class Client:
    def __init__(self, node: AnswersNode):
        self.node = node
        self.url = f"http://127.0.0.1:{node.proxy_port}/v1/chat/completions"
        self.headers = {"Content-Type": "application/json",
                        "Authorization": f"Bearer {node.key}"}
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=16),
            timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S))

    async def stream(self, model: str, batch: Batch) -> None:
        """One stream: its TTFT and gaps into `batch`; its engine tokens into batch.cpu."""
        t0 = time.perf_counter()
        first = last = None
        text = ""
        async with self.session.post(self.url, data=body(model, True),
                                     headers=self.headers) as r:
            if r.status != 200:
                await r.read()
                batch.errors += 1
                return
            async for line in r.content:
                if not line.startswith(b"data: {"):
                    continue
                data = json.loads(line[6:])
                if "error" in data:
                    batch.errors += 1
                    return
                choices = data.get("choices")
                content = (choices[0].get("delta") or {}).get("content") if choices else None
                if not content:
                    continue
                now = time.perf_counter()
                if first is None:
                    first = now - t0
                else:
                    batch.gaps.append(now - last)
                last = now
                text += content
        leaked = [v for v in VALUES if v in text]
        if model.startswith("scan") and leaked:
            raise RuntimeError(f"a value got through the answer scan: {len(leaked)} of them")
        batch.latencies.append(time.perf_counter() - t0)
        batch.ttfts.append(first if first is not None else math.nan)

    async def whole(self, model: str, batch: Batch) -> None:
        t0 = time.perf_counter()
        async with self.session.post(self.url, data=body(model, False),
                                     headers=self.headers) as r:
            await r.read()
            if r.status != 200:
                batch.errors += 1
                return
        batch.latencies.append(time.perf_counter() - t0)

    async def close(self) -> None:
        await self.session.close()


async def streams_batch(client: Client, model: str, n: int, limit_s: float) -> Batch:
    batch = Batch()
    before = client.node.proxy_cpu()
    t0 = time.perf_counter()
    for _ in range(n):
        if time.perf_counter() - t0 > limit_s:
            break
        try:
            await client.stream(model, batch)
        except (aiohttp.ClientError, TimeoutError):
            batch.errors += 1
    batch.elapsed = time.perf_counter() - t0
    after = client.node.proxy_cpu()
    batch.cpu = {k: after[k] - before[k] for k in before}
    return batch


async def throughput_batch(client: Client, model: str, n: int, concurrency: int,
                           limit_s: float) -> Batch:
    batch = Batch()
    left = n
    stop_at = time.perf_counter() + limit_s

    async def worker() -> None:
        nonlocal left
        while left > 0 and time.perf_counter() < stop_at:
            left -= 1
            try:
                await client.whole(model, batch)
            except (aiohttp.ClientError, TimeoutError):
                batch.errors += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    batch.elapsed = time.perf_counter() - t0
    return batch


async def measure(node: AnswersNode, args: argparse.Namespace) -> dict[str, dict[str, Side]]:
    client = Client(node)
    streams = {s: Side() for s in SIDES}
    fast = {s: Side() for s in SIDES}
    try:
        for side in SIDES:  # warm-up
            await streams_batch(client, side, 2, 60)
            await throughput_batch(client, f"{side}-fast", 8, 4, 60)
        for r in range(args.rounds):
            order = SIDES if r % 2 == 0 else SIDES[::-1]
            for side in order:
                streams[side].batches.append(
                    await streams_batch(client, side, args.streams, args.batch_s))
            for side in order:
                fast[side].batches.append(await throughput_batch(
                    client, f"{side}-fast", args.requests, 4, args.batch_s))
    finally:
        await client.close()
    return {"streams": streams, "fast": fast}


def engine_tokens() -> int:
    from appliance.sim.text import split_tokens

    return len(split_tokens(ANSWER))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}" if not math.isnan(seconds) else "-"


def table(nlp: str, result: dict[str, dict[str, Side]], args: argparse.Namespace) -> Table:
    t = Table(title=f"answer scanning, nlp = {nlp!r}: {args.rounds} rounds of {args.streams} "
                    f"streams at {args.tokens_per_s:g} tokens/s ({engine_tokens()} tokens "
                    f"each), concurrency 1; throughput at concurrency 4, whole answers")
    for col in ("side", "streams", "errors", "TTFT p50 ms", "TTFT p99 ms", "gap p50 ms",
                "gap p99 ms", "proxy CPU µs/token", "analyzer CPU µs/token", "req/s (c=4)"):
        t.add_column(col, justify="right")
    tokens = engine_tokens()
    for side in SIDES:
        s, f = result["streams"][side], result["fast"][side]
        n = s.requests * tokens
        proxy = sum(b.cpu.get("proxy", 0.0) for b in s.batches) / n * 1e6 if n else math.nan
        analyzer = sum(b.cpu.get("analyzer", 0.0) for b in s.batches) / n * 1e6 if n else math.nan
        rps = sorted(f.rps())
        t.add_row(side, str(s.requests), str(s.errors + f.errors), ms(pct(s.all("ttfts"), 50)),
                  ms(pct(s.all("ttfts"), 99)), ms(pct(s.all("gaps"), 50)),
                  ms(pct(s.all("gaps"), 99)), f"{proxy:.0f}", f"{analyzer:.0f}",
                  f"{rps[len(rps) // 2]:.1f}" if rps else "-")
    return t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--streams", type=int, default=10, help="streams per batch")
    parser.add_argument("--requests", type=int, default=60, help="requests per throughput batch")
    parser.add_argument("--tokens-per-s", type=float, default=100.0)
    parser.add_argument("--batch-s", type=float, default=60.0, help="time limit of a batch")
    parser.add_argument("--modes", default="patterns,spacy")
    args = parser.parse_args()
    console = Console(width=170)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-pii-answers-") as tmp:
        AnswersNode.tokens_per_s = args.tokens_per_s
        node = AnswersNode(Path(tmp))
        try:
            modes = args.modes.split(",")
            node.config_path, node.nlp = node.config_for(modes[0], 1), modes[0]
            node.start()
            for i, nlp in enumerate(modes):
                if i:
                    node.restart_proxy(nlp)
                console.print(table(nlp, asyncio.run(measure(node, args)), args))
        finally:
            node.stop()
    console.print(f"measured in {time.perf_counter() - started:.0f} s on {machine()}; "
                  f"{os.cpu_count()} cores shared by the load generator, supervisord, the "
                  "agent, 1 proxy worker, 1 analysis process and 4 simulated engines; nothing "
                  "pinned; all traffic on 127.0.0.1")


if __name__ == "__main__":
    main()
