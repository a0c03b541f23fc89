"""scripts/bench fleet stack: the fleet's routing, on three nodes of the full stack.

Three nodes a, b, c on 127.0.0.x (tests/integration/fleet_stack.py): each with real
appliance-supervisord, the agent with [fleet] enabled running real Serf (profile `lan`,
the default) as a supervisord program, simulated engines, and `appliance proxy run` with
its relay listener (mutual TLS). Models: `m-a` on a only, `m-b` on b only, `chat` on b and
c. Every proxy's routing table is read from its /health/ready (`replicas`: how many
replicas it routes to), polled every 20 ms by this script.

- relay hop: from a's proxy, `m-a` (a local replica) and `m-b` (b's replica, reached
  through b's relay) alternately, one request at a time, --requests each, after a warm-up;
  the simulated engine answers at once, so the difference is the relay hop (a TLS 1.3
  connection kept alive between the proxies, b's relay, its forwarding).
- catalog change: `appliance drain` on c (its catalog marks c's replicas draining, and its
  catalog version tag changes) until every other proxy routes to none of c's replicas;
  then `appliance undrain` until they route to them again.
- SIGKILL of node c (every process of it at once: the host dies) until every other proxy
  routes to none of c's replicas. With no traffic, that is Serf declaring c failed plus
  the agent's and the proxy's reaction; under traffic, a proxy stops sending to c at the
  first failed connection (the relay breaker; tests/integration/test_fleet_e2e.py).
- rejoin: c, killed, boots again (every process started anew with its state as the kill
  left it) until every other proxy routes to its replica again (its catalog is back), then,
  from that moment, until a's proxy sends c a request (a has no chat replica of its own:
  it sends chat requests, two at a time, to b's and c's); a request reaches c once a's
  relay breaker for c lets it, which the failed load pulls after the kill opened. The
  nodes' `[proxy] breaker_cooldown_s` is 30 s (tests/integration/fleet_stack.py).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository: tests/
from tests.integration.fleet_stack import Fleet, FleetNode, sim  # noqa: E402

REPLICAS = 4  # m-a, m-b, chat on b, chat on c


def until_all(nodes: list[FleetNode], want: int, t0: float, timeout_s: float = 120) -> float:
    """Seconds from t0 until every node's proxy routes to `want` replicas (the last one)."""
    done: dict[str, float] = {}
    deadline = time.monotonic() + timeout_s
    while len(done) < len(nodes):
        for node in nodes:
            if node.name not in done and node.ready_replicas() == want:
                done[node.name] = time.monotonic()
        if time.monotonic() > deadline:
            raise RuntimeError(f"proxies not at {want} replicas after {timeout_s} s: {done}")
        time.sleep(0.02)
    return max(done.values()) - t0


def relayed(node: FleetNode) -> float:
    """The requests `node`'s relay has forwarded to its engines."""
    with urllib.request.urlopen(f"{node.base}/metrics", timeout=5) as resp:
        text = resp.read().decode()
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith("appliance_relay_requests_total"))


async def until_routed(via: FleetNode, to: FleetNode, timeout_s: float = 180) -> float:
    """Seconds until `via`'s proxy has sent `to` a chat request (pairs of requests at once,
    every 50 ms)."""
    body = {"model": "chat", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 4}
    before = await asyncio.to_thread(relayed, to)
    t0 = time.monotonic()
    async with aiohttp.ClientSession() as session:
        async def one() -> None:
            async with session.post(f"{via.base}/v1/chat/completions", json=body) as resp:
                await resp.read()
                assert resp.status == 200, await resp.text()

        while await asyncio.to_thread(relayed, to) <= before:
            if time.monotonic() - t0 > timeout_s:
                raise RuntimeError(f"{via.name} sent {to.name} no request in {timeout_s} s")
            await asyncio.gather(one(), one())
            await asyncio.sleep(0.05)
    return time.monotonic() - t0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def relay_latency(a: FleetNode, requests: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"m-a": [], "m-b": []}
    async with aiohttp.ClientSession() as session:
        for i in range(requests + 20):
            for model in ("m-a", "m-b"):
                body = {"model": model, "messages": [{"role": "user", "content": "hi"}],
                        "max_tokens": 4}
                t0 = time.perf_counter()
                async with session.post(f"{a.base}/v1/chat/completions", json=body) as resp:
                    await resp.read()
                    assert resp.status == 200, await resp.text()
                if i >= 20:  # warm-up left out
                    times[model].append((time.perf_counter() - t0) * 1000)
    return times


def stack_part(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-fleet-stack-") as tmp:
        fleet = Fleet(Path(tmp), {"a": [sim("m-a")], "b": [sim("m-b"), sim("chat")],
                                  "c": [sim("chat")]}, first_ip=161, profile=args.profile)
        try:
            t_start = time.monotonic()
            fleet.start(REPLICAS, timeout_s=180)
            formed = time.monotonic() - t_start
            a, b, c = fleet.nodes["a"], fleet.nodes["b"], fleet.nodes["c"]
            times = asyncio.run(relay_latency(a, args.requests))
            drains, undrains = [], []
            for _ in range(3):
                t0 = time.monotonic()
                c.node.cli("drain")
                drains.append(until_all([a, b], REPLICAS - 1, t0))
                t0 = time.monotonic()
                c.node.cli("undrain")
                undrains.append(until_all([a, b], REPLICAS, t0))
            t0 = time.monotonic()
            c.kill()
            killed = until_all([a, b], REPLICAS - 1, t0)
            t0 = time.monotonic()
            c.restart()
            listed = until_all([a, b], REPLICAS, t0)
            routed = asyncio.run(until_routed(a, c))
        finally:
            fleet.stop()
    local, relayed = times["m-a"], times["m-b"]
    print(f"Full stack, 3 nodes, Serf profile {args.profile}; fleet formed (3 nodes started, "
          f"every proxy routing to every replica) in {formed:.1f} s")
    print("| measure | value |")
    print("|---|---|")
    print(f"| SIGKILL of a node → every other proxy stops routing to it | {killed:.2f} s |")
    print(f"| the killed node started again → every other proxy lists its replica | {listed:.2f} s |")
    print(f"| then → a's proxy sends it a request (rejoin → routed) | {routed:.2f} s |")
    print(f"| catalog change (drain) → every other proxy | median {statistics.median(drains):.2f} s "
          f"(of {len(drains)}: {', '.join(f'{d:.2f}' for d in drains)}) |")
    print(f"| catalog change (undrain) → every other proxy | median {statistics.median(undrains):.2f} s "
          f"(of {len(undrains)}: {', '.join(f'{d:.2f}' for d in undrains)}) |")
    for name, values in (("local replica", local), ("remote replica (relay)", relayed)):
        print(f"| {name}, {len(values)} requests | p50 {pct(values, 0.5):.2f} ms, "
              f"p95 {pct(values, 0.95):.2f} ms |")
    print(f"| relay hop added | p50 {pct(relayed, 0.5) - pct(local, 0.5):.2f} ms, "
          f"p95 {pct(relayed, 0.95) - pct(local, 0.95):.2f} ms |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="lan")
    parser.add_argument("--requests", type=int, default=200)
    stack_part(parser.parse_args())
    sys.exit(0)
