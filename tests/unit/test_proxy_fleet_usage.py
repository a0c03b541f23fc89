"""The usage sync between nodes (appliance.proxy.fleet_usage) over real HTTP: two nodes
on 127.0.0.2 and 127.0.0.3, each with its limits table shared by two workers' gates; what
one node admits reaches every worker of the other, for requests and for concurrency; bad
pushes and peer lists are refused saying why; a peer that stops answering is retried."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from appliance.fleet.usage import KeyUsage, NodeUsage
from appliance.proxy.fleet_usage import (
    PEERS_PATH,
    USAGE_PATH,
    HttpTransport,
    Peer,
    UsageSync,
    control_app,
    relay_routes,
)
from appliance.proxy.node_limiter import SharedGate, SharedKeys, create_table, digest
from appliance.proxy.ratelimit import Limits

RPM = Limits(requests_per_minute=5)
TWO = Limits(concurrent=2)


class Node:
    """A node: its table, two workers' gates over it, its sync served on 127.0.0.N."""

    def __init__(self, tmp: Path, name: str, host: str, clock):  # type: ignore[no-untyped-def]
        self.name, self.host = name, host
        path = tmp / f"{name}.bin"
        create_table(path, 2, 64)
        self.gates = [SharedGate(SharedKeys(path, slot), clock) for slot in range(2)]
        self.sync = UsageSync(SharedKeys(path, None), name, 0.2, HttpTransport(), clock)
        self.runner = web.AppRunner(control_app(self.sync))
        self.url = ""

    async def start(self, port: int = 0) -> None:
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, port)
        await site.start()
        self.url = f"http://{self.host}:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]

    async def stop(self) -> None:
        await self.runner.cleanup()
        await self.sync.transport.close()

    async def admitted(self, limits: Limits, n: int, key: str = "k") -> list[bool]:
        return [(await self.gates[i % 2].acquire(key, limits)).allowed for i in range(n)]

    async def synced(self) -> None:
        """Push once to every peer and wait until each took it."""
        before = dict(self.sync.pushed)
        self.sync.tick()
        for _ in range(200):
            if all(self.sync.pushed.get(p.node, 0) > before.get(p.node, 0) for p in self.sync.peers):
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"{self.name}: pushes not taken: {self.sync.failing}")


def run(test, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """`test(a, b)` on a started pair, in a loop of its own, within 60 s."""
    async def main() -> None:
        async with pair(tmp) as nodes:
            await test(*nodes)

    asyncio.run(asyncio.wait_for(main(), 60))


@contextlib.asynccontextmanager
async def pair(tmp_path: Path) -> AsyncIterator[tuple[Node, Node]]:
    now = [0.0]
    a = Node(tmp_path, "a", "127.0.0.2", lambda: now[0])
    b = Node(tmp_path, "b", "127.0.0.3", lambda: now[0])
    await a.start()
    await b.start()
    a.sync.set_peers([Peer("b", b.url), Peer("a", a.url)])  # itself is left out
    b.sync.set_peers([Peer("a", a.url)])
    try:
        yield a, b
    finally:
        await a.stop()
        await b.stop()


def test_what_one_node_admits_comes_off_every_worker_of_the_other(tmp_path: Path) -> None:
    async def test(a: Node, b: Node) -> None:
        assert [p.node for p in a.sync.peers] == ["b"]
        assert await a.admitted(RPM, 3) == [True] * 3
        await a.synced()
        assert await b.admitted(RPM, 3) == [True, True, False]  # 5 a minute in all
        await b.synced()
        assert await a.admitted(RPM, 1) == [False]
        # pushes again, with nothing new: nothing more comes off
        await a.synced()
        await b.synced()
        state = b.sync.keys.get(digest("k"))
        assert state is not None and (state.admitted, round(state.requests or 0)) == (2, 0)

    run(test, tmp_path)


def test_requests_in_flight_on_one_node_count_on_the_other_until_they_end(tmp_path: Path) -> None:
    async def test(a: Node, b: Node) -> None:
        assert await a.admitted(TWO, 2) == [True, True]
        await a.synced()
        refused = await b.gates[1].acquire("k", TWO)
        assert (refused.allowed, refused.reason) == (False, "concurrent")
        a.gates[0].release("k", 0)
        await a.synced()
        assert await b.admitted(TWO, 2) == [True, False]

    run(test, tmp_path)


def test_a_bad_push_or_peer_list_is_refused_saying_why_and_changes_nothing(tmp_path: Path) -> None:
    async def test(a: Node, b: Node) -> None:
        async with aiohttp.ClientSession() as s:
            async with s.post(b.url + USAGE_PATH, data=b'{"v": 1, "node": "x"}') as r:
                assert r.status == 400 and "`incarnation`" in (await r.json())["error"]
            bad = json.loads(NodeUsage("x", 1, 1, {digest("k"): KeyUsage(0, 9, 0, 0, RPM)}).to_wire())
            bad["keys"]["zz"] = [0, 1, 0, 0, None, None, None]
            async with s.post(b.url + USAGE_PATH, data=json.dumps(bad)) as r:
                assert r.status == 400 and "16 bytes of hex" in (await r.json())["error"]
            assert b.sync.keys.get(digest("k")) is None  # the good key of it was not applied
            async with s.put(b.url + PEERS_PATH, json={"peers": [{"node": "c", "url": "ftp://x"}]}) as r:
                assert r.status == 400 and "http://host:port" in (await r.json())["error"]
            async with s.put(b.url + PEERS_PATH, json={"peers": [{"node": "a", "url": a.url}]}) as r:
                assert r.status == 200
            async with s.get(b.url + USAGE_PATH) as r:
                assert [p["node"] for p in (await r.json())["peers"]] == ["a"]

    run(test, tmp_path)


def test_a_peer_that_stops_answering_is_retried_and_catches_up(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async def test(a: Node, b: Node) -> None:
        port = int(b.url.rsplit(":", 1)[1])
        await b.runner.cleanup()
        assert await a.admitted(RPM, 4) == [True] * 4
        a.sync.tick()
        for _ in range(200):
            if "b" in a.sync.failing:
                break
            await asyncio.sleep(0.01)
        assert "push to b" in caplog.text
        b.runner = web.AppRunner(control_app(b.sync))
        await b.start(port)
        await a.synced()
        assert "b" not in a.sync.failing
        assert await b.admitted(RPM, 2) == [True, False]

    run(test, tmp_path)


def test_a_relay_in_another_process_hands_pushes_to_the_nodes_sync_on_its_socket(
        tmp_path: Path) -> None:
    async def test(a: Node, b: Node) -> None:
        local = tmp_path / "b-usage.sock"
        inner = web.AppRunner(control_app(b.sync))
        await inner.setup()
        await web.UnixSite(inner, str(local)).start()
        relay = web.Application()
        relay.add_routes(relay_routes(local))
        outer = web.AppRunner(relay)
        await outer.setup()
        site = web.TCPSite(outer, "127.0.0.4", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        try:
            a.sync.set_peers([Peer("b", f"http://127.0.0.4:{port}")])
            assert await a.admitted(RPM, 4) == [True] * 4
            await a.synced()
            assert await b.admitted(RPM, 2) == [True, False]
            async with aiohttp.ClientSession() as s, s.post(
                    f"http://127.0.0.4:{port}{USAGE_PATH}", data=b"[]") as r:
                assert r.status == 400 and "JSON object" in (await r.json())["error"]
            await inner.cleanup()
            async with aiohttp.ClientSession() as s, s.post(
                    f"http://127.0.0.4:{port}{USAGE_PATH}", data=b"{}") as r:
                assert r.status == 503
        finally:
            await outer.cleanup()
            await inner.cleanup()

    run(test, tmp_path)
