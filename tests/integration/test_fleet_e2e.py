"""The fleet end to end: four real nodes on 127.0.0.x, each the whole stack (supervisord,
the agent running real Serf as a supervisord program with the default `lan` profile,
simulated engines, the proxy with its relay; tests/integration/fleet_stack.py), shared by
the tests of this module, which run in this order: the harmless ones first, then a node
hung (SIGSTOP) and woken, a partition that heals, a graceful leave and a SIGKILL, each
under load.

The partition is real: as root, the whole module runs in a network namespace of its own,
node c's processes in a cgroup of their own, and nftables drops every packet between c and
the others, both ways (tests/integration/fleet_partition.py). Without root (or nft, or a
cgroup v2 hierarchy) the partition tests are skipped, saying why; the others run.

Models: `m-a` on a only, `chat` on b, c and d. Every load loop is bounded in count and
time; every process is started by the fleet and stopped by its PID.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import aiohttp
import pytest

from appliance.fleet.tls import client_context, make_ca, make_node_cert, write_node
from appliance.testing.serf_agents import SerfCluster, serf_binary
from tests.integration.fleet_partition import (
    NodeCgroup,
    Partition,
    own_network_namespace,
    why_no_partition,
)
from tests.integration.fleet_stack import Fleet, FleetNode, sim
from tests.integration.harness import wait_until

pytestmark = pytest.mark.skipif(serf_binary() is None, reason="serf is not installed")

ALL = 4  # the replicas every proxy routes to: m-a and chat on b, c and d
BODY = {"model": "chat", "messages": [{"role": "user", "content": "hello fleet"}]}


@pytest.fixture(scope="module")
def isolation() -> Iterator[str | None]:
    """The module in a network namespace of its own, where this process can make one and
    nftables can cut a node off in it: None, else why not (the partition tests skip)."""
    why = why_no_partition()
    with contextlib.ExitStack() as stack:
        if why is None:
            try:
                stack.enter_context(own_network_namespace())
                probe = NodeCgroup("probe")  # and nft takes the rules (socket cgroupv2)
                try:
                    rules = Partition("probe", "127.0.0.250", probe, 1)
                    rules.cut()
                    rules.heal()
                finally:
                    probe.remove()
            except (OSError, subprocess.SubprocessError) as exc:
                detail = getattr(exc, "stderr", None) or ""
                why = f"cannot cut a node off here: {exc} {detail}".strip()
        yield why


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory, isolation: str | None) -> Iterator[Fleet]:
    chat = {**sim("chat", latency_ms=20, tokens_per_s=50), "retry_on_timeout": True}
    fleet = Fleet(
        tmp_path_factory.mktemp("fleet"),
        {"a": [sim("m-a")], "b": [chat], "c": [chat], "d": [chat]},
        first_ip=131, profile="lan", cgroups=("c",) if isolation is None else (),
        # a hung relay (SIGSTOP) is given up on after 3 s without an answer's first byte;
        # a breaker stays open far longer than a partition lasts, so a node back from one
        # is sent requests again only because its return closes its relay breaker
        proxy={"connect_timeout_s": 1, "first_byte_timeout_s": 3, "breaker_cooldown_s": 60},
    )
    try:
        fleet.start(ALL, timeout_s=180)
        yield fleet
    finally:
        fleet.stop()


def metric(node: FleetNode, name: str) -> float:
    import urllib.request

    with urllib.request.urlopen(f"{node.base}/metrics", timeout=5) as resp:
        text = resp.read().decode()
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith(name))


def relayed(node: FleetNode) -> float:
    return metric(node, "appliance_relay_requests_total")


async def chat(session: aiohttp.ClientSession, node: FleetNode, model: str = "chat",
               stream: bool = False) -> tuple[int, str]:
    async with session.post(f"{node.base}/v1/chat/completions",
                            json={**BODY, "model": model, "stream": stream},
                            timeout=aiohttp.ClientTimeout(total=30)) as resp:
        return resp.status, await resp.text()


class Load:
    """Non-streaming requests for chat through the given proxies, `clients` at a time,
    until stopped, at most `limit` requests and `seconds` long."""

    def __init__(self, nodes: list[FleetNode], clients: int = 4, limit: int = 3000,
                 seconds: float = 90):
        self.nodes, self.clients, self.limit = nodes, clients, limit
        self.deadline = time.monotonic() + seconds
        self.statuses: list[int] = []
        self.errors: list[str] = []
        self.stop = asyncio.Event()
        self.finished = False

    async def run(self, session: aiohttp.ClientSession) -> None:
        async def client(i: int) -> None:
            node = self.nodes[i % len(self.nodes)]
            while (not self.stop.is_set() and len(self.statuses) < self.limit
                   and time.monotonic() < self.deadline):
                status, text = await chat(session, node)
                self.statuses.append(status)
                if status != 200:
                    self.errors.append(f"{node.name}: {status} {text[:300]}")

        try:
            await asyncio.gather(*(client(i) for i in range(self.clients)))
        finally:
            self.finished = True

    async def until(self, count: int) -> None:
        while len(self.statuses) < count and not self.finished:
            await asyncio.sleep(0.05)


async def wait_async(check, what: str, timeout_s: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not await asyncio.to_thread(check):
        assert time.monotonic() < deadline, f"timed out after {timeout_s} s waiting for {what}"
        await asyncio.sleep(0.1)


def statuses(node: FleetNode) -> dict[str, str]:
    """Each member's status in `node`'s agent's view of the fleet."""
    return {m["name"]: m["status"] for m in node.node.request("GET", "/v1/fleet")[1]["members"]}


def test_every_node_joined(fleet: Fleet) -> None:
    for node in fleet.nodes.values():
        assert statuses(node) == dict.fromkeys("abcd", "alive"), node.name


def test_a_request_through_any_proxy_reaches_a_replica_on_another_node(fleet: Fleet) -> None:
    a, b, c, d = (fleet.nodes[n] for n in "abcd")

    async def go() -> None:
        async with aiohttp.ClientSession() as session:
            before = {n.name: relayed(n) for n in (a, b, c, d)}
            for _ in range(6):  # a has no chat replica: each crosses a relay
                status, text = await chat(session, a)
                assert status == 200 and "fleet" in text, text
            for node in (b, c, d):  # m-a is on a only
                status, text = await chat(session, node, "m-a")
                assert status == 200 and "fleet" in text, text
            assert relayed(a) - before["a"] == 3
            assert sum(relayed(n) - before[n.name] for n in (b, c, d)) == 6

    asyncio.run(go())


def test_a_relay_without_the_fleets_credentials_is_refused(fleet: Fleet, tmp_path: Path) -> None:
    a, b = fleet.nodes["a"], fleet.nodes["b"]
    url = f"https://{b.ip}:{b.relay_port}/fleet/v1/catalog"
    now = datetime.datetime.now(datetime.UTC)
    stranger = make_ca("e2e", now)  # same fleet name, another CA
    write_node(tmp_path / "stranger", stranger.cert, make_node_cert(stranger, "s", "127.0.0.1", now))
    refused_before = metric(b, "appliance_relay_refused_total")

    async def get(context: ssl.SSLContext | bool) -> dict:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context)) as s, \
                s.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
            return await resp.json()

    async def go() -> None:
        bare = ssl.create_default_context(cafile=str(b.tls_dir / "ca.pem"))  # no client cert
        for context in (bare, client_context(tmp_path / "stranger")):
            with pytest.raises((aiohttp.ClientError, ssl.SSLError, OSError)):
                await get(context)
        with pytest.raises((aiohttp.ClientError, OSError)):  # plain HTTP
            async with aiohttp.ClientSession() as s:
                await s.get(f"http://{b.ip}:{b.relay_port}/fleet/v1/catalog",
                            timeout=aiohttp.ClientTimeout(total=5))
        catalog = await get(client_context(a.tls_dir))  # a fleet member's credentials
        assert [r["key"] for r in catalog["replicas"]] == ["b/engine-chat-0"]

    asyncio.run(go())
    wait_until(lambda: metric(b, "appliance_relay_refused_total") >= refused_before + 3, 20,
               "the refusals counted")


def test_a_node_with_another_fleet_key_never_joins(fleet: Fleet, tmp_path: Path) -> None:
    a = fleet.nodes["a"]
    with SerfCluster(tmp_path, profile="lan") as cluster:  # a key of its own
        stranger = cluster.start("stranger", "127.0.0.139", fleet="e2e",
                                 join=[SimpleNamespace(gossip=a.gossip)])  # type: ignore[list-item]
        a_log = a.node.root / "log" / "fleet-serf.log"
        wait_until(lambda: "decrypt" in a_log.read_text() + stranger.logs(), 30,
                   "the refused join in a's or the stranger's Serf log")
        for _ in range(3):  # and never since: not after a few gossip rounds either
            names = {m["name"] for m in a.node.request("GET", "/v1/fleet")[1]["members"]}
            assert names == {"a", "b", "c", "d"}
            time.sleep(1)


def test_drain_under_load_fails_no_request(fleet: Fleet) -> None:
    a, b, d = fleet.nodes["a"], fleet.nodes["b"], fleet.nodes["d"]

    async def go() -> None:
        load = Load([a, b])
        async with aiohttp.ClientSession() as session:
            task = asyncio.ensure_future(load.run(session))
            await load.until(30)
            await asyncio.to_thread(d.node.cli, "drain")
            await wait_async(lambda: a.ready_replicas() == ALL - 1 == b.ready_replicas(),
                             "a's and b's proxies leaving d's replica out")
            served = relayed(d)
            await load.until(len(load.statuses) + 60)
            assert relayed(d) == served  # nothing new for the drained node
            load.stop.set()
            await task
        assert load.errors == [], load.errors[:3]
        assert len(load.statuses) >= 90

    try:
        asyncio.run(go())
    finally:
        d.node.cli("undrain")
    fleet.wait_replicas(ALL)


def test_a_hung_node_is_routed_around_before_serf_declares_it_failed(fleet: Fleet) -> None:
    """SIGSTOP of every process of c: a's proxy sends around it at once (a relay
    connection that does not answer opens c's breaker), while Serf still counts c alive
    (a's routing table still holds c's replica); when c wakes (SIGCONT), it is back."""
    a, c = fleet.nodes["a"], fleet.nodes["c"]

    async def go() -> None:
        served_during_window = 0
        async with aiohttp.ClientSession() as session:
            c.signal_all(signal.SIGSTOP)
            try:
                deadline = time.monotonic() + 60
                statuses = []
                for _ in range(40):
                    status, text = await chat(session, a)
                    statuses.append(status)
                    assert status == 200, text
                    if a.ready_replicas() == ALL:  # Serf has not declared c failed yet
                        served_during_window += 1
                    if time.monotonic() > deadline:
                        break
            finally:
                c.signal_all(signal.SIGCONT)
        assert served_during_window >= 1

    asyncio.run(go())
    fleet.wait_replicas(ALL, timeout_s=120)


def connects(host: str, port: int, cgroup: NodeCgroup | None = None) -> bool:
    """Whether a TCP connection to host:port is made within 2 s, from a process of
    `cgroup` when one is given (one of the node's own), else from outside it."""
    code = f"import socket; socket.create_connection(({host!r}, {port}), timeout=2).close()"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60,
                          preexec_fn=cgroup.join if cgroup else None).returncode == 0


def test_a_partition_that_heals(fleet: Fleet, isolation: str | None) -> None:
    """nftables cuts c off (every packet between c and the others dropped, both ways:
    gossip over UDP and TCP, relays, catalogs) under load through a and b: a, b and d see c
    failed and route around it with no failed request; c's own proxy routes to its own
    replica only; healed (the rules deleted), c is back in every proxy's table, with no
    process restarted."""
    if isolation is not None:
        pytest.skip(isolation)
    a, b, c, d = (fleet.nodes[n] for n in "abcd")
    assert c.cgroup is not None
    partition = Partition("c", c.ip, c.cgroup, c.port)
    pids = sorted(c.pids())
    assert connects(c.ip, c.relay_port) and connects(a.ip, a.relay_port, c.cgroup)

    async def go() -> None:
        load = Load([a, b], clients=2, limit=2000, seconds=150)
        async with aiohttp.ClientSession() as session:
            task = asyncio.ensure_future(load.run(session))
            await load.until(10)
            partition.cut()
            times["cut"] = time.monotonic()
            try:
                # both ways, for real: nothing reaches c, nothing from c reaches a
                assert not await asyncio.to_thread(connects, c.ip, c.relay_port)
                assert not await asyncio.to_thread(connects, a.ip, a.relay_port, c.cgroup)
                await wait_async(lambda: all(statuses(n)["c"] == "failed" for n in (a, b, d)),
                                 "c failed in a's, b's and d's view", 60)
                times["failed"] = time.monotonic()
                await wait_async(lambda: all(n.ready_replicas() == ALL - 1 for n in (a, b, d)),
                                 "a's, b's and d's proxies leaving c's replica out")
                times["left out"] = time.monotonic()
                await wait_async(lambda: c.ready_replicas() == 1,
                                 "c's proxy routing to its own replica only")
                seen_by_c = await asyncio.to_thread(statuses, c)
                assert seen_by_c == {"a": "failed", "b": "failed", "c": "alive", "d": "failed"}
                status, text = await chat(session, c)  # its own replica
                assert status == 200 and "fleet" in text, text
                status, text = await chat(session, c, "m-a")  # on a, out of c's reach
                assert status in (404, 503), text
                await load.until(len(load.statuses) + 30)
            finally:
                partition.heal()
                times["healed"] = time.monotonic()
            load.stop.set()
            await task
        assert load.errors == [], load.errors[:3]
        assert len(load.statuses) >= 40

    times: dict[str, float] = {}
    asyncio.run(go())
    fleet.wait_replicas(ALL, timeout_s=150)  # c back in every proxy's table, c's too
    print(f"partition: cut → c failed in every view {times['failed'] - times['cut']:.1f} s, "
          f"→ left out by every proxy {times['left out'] - times['cut']:.1f} s; healed → every "
          f"proxy routing to every replica {time.monotonic() - times['healed']:.1f} s")
    for node in fleet.nodes.values():
        assert statuses(node) == dict.fromkeys("abcd", "alive"), node.name
    assert sorted(c.pids()) == pids  # no restart: the same processes


def test_a_node_back_from_a_partition_is_sent_requests_at_once(
        fleet: Fleet, isolation: str | None) -> None:
    """Within a few rounds of requests once its replica is listed again, not after the
    relay breaker's cooldown (60 s here, longer than the partition): c's return into the
    routes closes the breaker that its silence opened in every proxy."""
    if isolation is not None:
        pytest.skip(isolation)
    a, b, c = fleet.nodes["a"], fleet.nodes["b"], fleet.nodes["c"]

    async def rounds_until_c_serves(via: FleetNode) -> int:
        before = relayed(c)
        async with aiohttp.ClientSession() as session:
            for i in range(1, 6):  # rounds of nine at once, so that b and d are busy too
                answers = await asyncio.gather(*(chat(session, via) for _ in range(9)))
                assert {status for status, _ in answers} == {200}, answers[:1]
                if relayed(c) > before:
                    return i
                await asyncio.sleep(0.3)
        raise AssertionError(f"{via.name}'s proxy sent c no request in 5 rounds of 9")

    for via in (a, b):
        print(f"c served through {via.name} in round {asyncio.run(rounds_until_c_serves(via))}")


def test_a_graceful_leave_under_load_fails_no_request(fleet: Fleet) -> None:
    a, b, d = fleet.nodes["a"], fleet.nodes["b"], fleet.nodes["d"]

    async def go() -> None:
        load = Load([a, b])
        async with aiohttp.ClientSession() as session:
            task = asyncio.ensure_future(load.run(session))
            await load.until(20)
            await asyncio.to_thread(d.stop)  # supervisord stops Serf: it leaves
            d.dead = True
            await wait_async(lambda: a.ready_replicas() == ALL - 1 == b.ready_replicas(),
                             "d's replica dropped", 30)
            await load.until(len(load.statuses) + 20)
            load.stop.set()
            await task
        assert load.errors == [], load.errors[:3]

    asyncio.run(go())

    def d_status() -> str:
        members = a.node.request("GET", "/v1/fleet")[1]["members"]
        return {m["name"]: m["status"] for m in members}["d"]

    # Serf turns a member it had already found failed into "left" when d's leave intent
    # reaches it late (a loaded machine): wait for the intent, bounded; "failed" for good
    # means d never said it was leaving.
    with contextlib.suppress(AssertionError):
        wait_until(lambda: d_status() == "left", 15, "d seen as left")
    assert d_status() == "left"


def test_a_killed_node_under_load(fleet: Fleet) -> None:
    """SIGKILL of every process of c while a and b send to chat (on b and c): no
    non-streaming request fails; each stream ends whole or with the error event."""
    a, b, c = fleet.nodes["a"], fleet.nodes["b"], fleet.nodes["c"]
    streams: list[tuple[int, str]] = []

    async def go() -> None:
        load = Load([a, b])
        async with aiohttp.ClientSession() as session:
            task = asyncio.ensure_future(load.run(session))

            async def streamer() -> None:
                for _ in range(30):
                    if load.stop.is_set():
                        return
                    streams.append(await chat(session, a, stream=True))

            streaming = [asyncio.ensure_future(streamer()) for _ in range(2)]
            await load.until(30)
            await asyncio.to_thread(c.kill)
            await wait_async(lambda: a.ready_replicas() == ALL - 2 == b.ready_replicas(),
                             "c's replica dropped", 60)
            await load.until(len(load.statuses) + 20)
            load.stop.set()
            await asyncio.gather(task, *streaming)
        assert load.errors == [], load.errors[:3]

    asyncio.run(go())
    assert streams
    for status, text in streams:
        last = [e for e in text.split("\n\n") if e.strip()][-1]
        assert status == 200 and (last == "data: [DONE]" or '"error"' in last), text[-300:]
