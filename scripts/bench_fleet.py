"""scripts/bench fleet: how fast the fleet's membership and routing follow a change.

Part 1, Serf alone (`serf`): N = 3, 10 and 25 real `serf agent` processes on 127.0.0.x,
each configured exactly as the agent renders it (appliance/fleet/serf_config.py through
appliance/testing/serf_agents.py: keyring from the fleet key, RPC token, snapshot, tags,
`leave_on_terminate`), with the appliance's default timing profile `lan`. Every agent's
member events are read over its RPC (the appliance's own client) and stamped on arrival;
a figure is the time from the cause until the LAST other peer has the event:

- tag: one node changes a tag (as the agent does for its catalog version) → member-update;
- leave: one node leaves gracefully (RPC leave, as `leave_on_terminate` does) → member-leave;
- join: a started but unjoined node is told to join one seed (RPC join) → member-join;
- kill: one node gets SIGKILL → member-failed.

Gossip bytes per node per second: with root, the whole part runs in a network namespace
of its own (`unshare --net`, loopback only), so the loopback interface carries Serf's
traffic and nothing else but the idle RPC streams; its transmitted bytes over an idle
window of --idle-s seconds (/proc/net/dev, headers included), divided by N and the window,
are what one node sends. (/proc/<pid>/io misses them: Serf's UDP goes through
sendto/recvfrom, which that file does not count.)

Part 2, the full stack (`stack`): see scripts/bench_fleet_stack.py.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from appliance.fleet.serf_membership import SerfMembership
from appliance.testing.serf_agents import SerfAgent, SerfCluster, wait_for

MEMBERLIST = {  # memberlist's own figures, LAN defaults (issue 14)
    3: {"kill": 6.4, "leave": 0.10, "join": 0.00, "tag": 0.13},
    10: {"kill": 6.8, "leave": 0.31, "join": 0.21, "tag": 0.23},
    25: {"kill": 8.4, "leave": 0.47, "join": 0.30, "tag": 0.44},
}


def lo_tx_bytes() -> int:
    for line in Path("/proc/net/dev").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name.strip() == "lo":
            return int(rest.split()[8])
    raise RuntimeError("no lo in /proc/net/dev")


class Watch:
    """Every agent's member events, stamped as they arrive."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str, str], float] = {}  # (watcher, kind, member) -> time
        self.tasks: list[asyncio.Task[None]] = []
        self.memberships: list[SerfMembership] = []

    async def add(self, agent: SerfAgent) -> None:
        token = wait_for(lambda: agent.root.joinpath("state/serf/rpc-token").exists() and agent.token,
                         30, "rpc token")
        membership = await SerfMembership.connect("127.0.0.1", agent.rpc_port, token, retry_s=0.2)
        self.memberships.append(membership)
        events = membership.events()

        async def pump() -> None:
            async for event in events:
                now = time.monotonic()
                for member in event.members:
                    self.seen.setdefault((agent.name, event.kind, member.name), now)

        self.tasks.append(asyncio.ensure_future(pump()))

    async def until_all(self, watchers: list[str], kind: str, member: str, t0: float,
                        timeout_s: float = 60.0) -> float:
        deadline = time.monotonic() + timeout_s
        while True:
            times = [self.seen.get((w, kind, member)) for w in watchers]
            if all(t is not None and t >= t0 for t in times):
                return max(times) - t0  # type: ignore[type-var,operator]
            if time.monotonic() > deadline:
                missing = [w for w, t in zip(watchers, times, strict=True) if t is None]
                raise RuntimeError(f"{kind} of {member} not seen by {missing} in {timeout_s} s")
            await asyncio.sleep(0.005)

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for membership in self.memberships:
            await membership.close()


async def one_size(root: Path, n: int, subnet: int, idle_s: float, profile: str) -> dict[str, float]:
    with SerfCluster(root / f"n{n}", profile=profile) as cluster:
        watch = Watch()
        try:
            agents = [cluster.start("n0", f"127.0.{subnet}.1")]
            for i in range(1, n):
                agents.append(cluster.start(f"n{i}", f"127.0.{subnet}.{i + 1}", join=[agents[0]]))
            for agent in agents:
                await watch.add(agent)
            names = [a.name for a in agents]
            for agent in agents:
                await watch.until_all([agent.name], "member-join", names[-1], 0.0, 120)
            for name in names:
                await watch.until_all(names, "member-join", name, 0.0, 120)
            await asyncio.sleep(2)  # settle: the join's own gossip out of the way
            out: dict[str, float] = {}
            before, t0 = lo_tx_bytes(), time.monotonic()
            await asyncio.sleep(idle_s)
            out["bytes"] = (lo_tx_bytes() - before) / (time.monotonic() - t0) / n

            # a tag change on the last node
            subject, others = names[-1], names[:-1]
            t0 = time.monotonic()
            await watch.memberships[-1].set_tags({"catalog": "bench:1"})
            out["tag"] = await watch.until_all(others, "member-update", subject, t0)

            # graceful leave of the last node
            t0 = time.monotonic()
            await watch.memberships[-1].leave()
            out["leave"] = await watch.until_all(others, "member-leave", subject, t0)
            agents[-1].process.wait(timeout=30)  # type: ignore[union-attr]
            live, names = agents[:-1], names[:-1]

            # a new node, started alone, then told to join one seed
            newcomer = cluster.start("new", f"127.0.{subnet}.200")
            await watch.add(newcomer)
            await asyncio.sleep(1)
            rpc = watch.memberships[-1]._live()
            t0 = time.monotonic()
            await rpc.join([live[0].gossip])
            out["join"] = await watch.until_all(names, "member-join", "new", t0)
            await watch.until_all(["new"], "member-join", names[-1], 0.0)
            await asyncio.sleep(2)

            # SIGKILL of the newcomer's neighbour in name order: the last of the original ones
            victim = live[-1]
            survivors = [a.name for a in live[:-1]] + ["new"]
            t0 = time.monotonic()
            victim.kill(signal.SIGKILL)
            out["kill"] = await watch.until_all(survivors, "member-failed", victim.name, t0, 120)
            return out
        finally:
            await watch.close()


def table(results: dict[int, dict[str, float]], bytes_ok: bool) -> str:
    rows = ["| N | kill → all see failed | leave → all see left | join → all see it | "
            "tag change → all see it | gossip bytes/node/s |",
            "|---|---|---|---|---|---|"]
    for n, r in results.items():
        m = MEMBERLIST.get(n, {})

        def cell(k: str, r: dict[str, float] = r, m: dict = m) -> str:
            return f"{r[k]:.2f} s" + (f" (memberlist {m[k]:.2f})" if k in m else "")

        rate = f"{r['bytes']:.0f}" if bytes_ok else "n/a (needs root)"
        rows.append(f"| {n} | {cell('kill')} | {cell('leave')} | {cell('join')} | {cell('tag')} | {rate} |")
    return "\n".join(rows)


def serf_part(args: argparse.Namespace) -> None:
    isolated = os.environ.get("BENCH_FLEET_NETNS") == "1"
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-fleet-") as tmp:
        for i, n in enumerate(args.sizes):
            runs = [asyncio.run(one_size(Path(tmp) / f"r{r}", n, 10 + i * 10 + r, args.idle_s,
                                         args.profile)) for r in range(args.rounds)]
            results[n] = {k: statistics.median(run[k] for run in runs) for k in runs[0]}
            print(f"N={n}: " + ", ".join(f"{k} {v:.3f}" for k, v in results[n].items()),
                  file=sys.stderr, flush=True)
    print(f"Serf profile {args.profile}, medians of {args.rounds} round(s); "
          f"bytes {'in a network namespace of its own' if isolated else 'not isolated'}")
    print(table(results, isolated))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", nargs="?", choices=["serf", "stack", "all"], default="all")
    parser.add_argument("--sizes", type=int, nargs="+", default=[3, 10, 25])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--idle-s", type=float, default=10.0)
    parser.add_argument("--profile", default="lan")
    parser.add_argument("--requests", type=int, default=200, help="stack: relay latency samples per side")
    args = parser.parse_args()
    if args.part in ("serf", "all"):
        if os.geteuid() == 0 and os.environ.get("BENCH_FLEET_NETNS") != "1":
            inner = [sys.executable, __file__, "serf", "--sizes", *map(str, args.sizes),
                     "--rounds", str(args.rounds), "--idle-s", str(args.idle_s),
                     "--profile", args.profile]
            subprocess.run(["unshare", "--net", "sh", "-c", 'ip link set lo up && exec "$@"',
                            "sh", *inner], check=True, env={**os.environ, "BENCH_FLEET_NETNS": "1"})
        else:
            serf_part(args)
    if args.part in ("stack", "all"):
        from bench_fleet_stack import stack_part

        stack_part(args)


if __name__ == "__main__":
    main()
