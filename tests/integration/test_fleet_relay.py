"""The relay between nodes, with real proxies, real TLS and simulated engines.

Three nodes on 127.0.0.11-13, each with its own simulated engines (own engine token), its
own `appliance proxy run` process with [fleet] enabled, and its own agent side served on its
run_dir/agent.sock by the agent's own pieces (routes publishers, API handlers, the catalog
sync fetching peers' catalogs through their relays with mutual TLS). Membership is the
in-memory FakeFleet (Serf's shell is tested on its own); supervisord is
left out: the engines are started by the test.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import os
import shutil
import signal
import ssl
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import pytest
import tomli_w
from aiohttp import web

from appliance.agent import api
from appliance.agent.fleet_sync import CatalogSync, https_fetch
from appliance.agent.routes import RoutesPublisher
from appliance.fleet.catalog import relay_tag
from appliance.fleet.membership import TAG_RELAY
from appliance.fleet.tls import client_context, make_ca, make_node_cert, write_node
from appliance.routes import ModelRoute, ReplicaRoute, RoutesDocument, UnixAddress
from appliance.testing.fleet_membership import FakeFleet, FakeMembership
from appliance.testing.ports import free_port

NOW = datetime.datetime.now(datetime.UTC)
BODY = {"model": "chat", "messages": [{"role": "user", "content": "hello fleet"}]}


class NodeAgent:
    """The agent's side of one node: its own document (its catalog), the merged one its
    proxy serves, and the API handlers on its socket."""

    def __init__(self, name: str, membership: FakeMembership, tls: ssl.SSLContext):
        self.name = name
        self.routes = RoutesPublisher()
        self.catalog = RoutesPublisher()
        fetch, self.close_fetch = https_fetch(tls, timeout_s=5)
        self.fleet = CatalogSync(membership, name, fetch, self.publish_fleet, retry_s=0.2)
        self.clock = time.monotonic
        self.runner: web.AppRunner | None = None
        self.task: asyncio.Future | None = None

    def publish(self, doc: RoutesDocument) -> None:  # as Agent._publish does in a fleet
        if self.catalog.publish(doc) and self.catalog.document is not None:
            self.fleet.local_changed(self.catalog.document)
        self.publish_fleet()

    def publish_fleet(self) -> None:
        if self.catalog.document is not None:
            self.routes.publish(self.fleet.merged(self.catalog.document))

    def fleet_view(self) -> dict:
        return {"enabled": True, **self.fleet.view()}

    async def serve(self, socket_path: Path) -> None:
        app = web.Application()
        app[api.AGENT] = self
        app.router.add_get("/v1/routes", api.routes)
        app.router.add_get("/v1/catalog", api.catalog)
        app.router.add_get("/v1/fleet", api.fleet)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.UnixSite(self.runner, str(socket_path)).start()
        self.task = asyncio.ensure_future(self.fleet.run())

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.task
        self.routes.close()
        await self.close_fetch()
        if self.runner is not None:
            await self.runner.cleanup()


class FleetNode:
    def __init__(self, root: Path, name: str, ip: str, ca, fleet: FakeFleet, chat: int):  # type: ignore[no-untyped-def]
        self.name, self.ip = name, ip
        self.root = root / name
        self.run_dir = Path(tempfile.mkdtemp(prefix=f"fleet-{name}-"))  # short socket paths
        self.tls_dir = self.root / "tls"
        write_node(self.tls_dir, ca.cert, make_node_cert(ca, name, ip, NOW))
        self.port, self.relay_port = free_port(), free_port()
        self.token = f"token-of-{name}"
        (self.root / "state").mkdir(parents=True)
        (self.root / "state" / "engine-token").write_text(self.token)
        self.config = self.root / "node.toml"
        self.config.write_text(tomli_w.dumps({
            "node": {"name": name, "state_dir": str(self.root / "state"),
                     "log_dir": str(self.root / "log"), "run_dir": str(self.run_dir)},
            "proxy": {"host": ip, "port": self.port, "table_refresh_s": 0.2,
                      "breaker_cooldown_s": 30},
            "auth": {"enabled": False},
            "fleet": {"enabled": True, "name": "test", "bind": ip, "relay_port": self.relay_port,
                      "tls_dir": str(self.tls_dir), "load_refresh_s": 0.5},
        }))
        self.membership = fleet.join(name, ip, {TAG_RELAY: relay_tag(ip, self.relay_port)})
        self.agent = NodeAgent(name, self.membership, client_context(self.tls_dir))
        self.chat = chat
        self.engines: list[asyncio.subprocess.Process] = []
        self.proxy: asyncio.subprocess.Process | None = None

    @property
    def base(self) -> str:
        return f"http://{self.ip}:{self.port}"

    async def start(self) -> None:
        env = {**os.environ, "VLLM_API_KEY": self.token,
               "APPLIANCE_SIM_OPTIONS": json.dumps({"mode": "echo", "latency_ms": 30,
                                                    "tokens_per_s": 40})}
        replicas = []
        for i in range(self.chat):
            sock = self.run_dir / f"chat-{i}.sock"
            self.engines.append(await asyncio.create_subprocess_exec(
                sys.executable, "-m", "appliance.sim.engine", "--uds", str(sock),
                "--served-model-name", "chat", env=env, start_new_session=True,
                stdout=open(self.root / f"engine-{i}.out", "ab"), stderr=asyncio.subprocess.STDOUT))
            replicas.append(ReplicaRoute(key=f"{self.name}/engine-chat-{i}", model="chat",
                                         address=UnixAddress(path=str(sock)), state="ready",
                                         capacity=1.0))
        await until(lambda: all((self.run_dir / f"chat-{i}.sock").exists()
                                for i in range(self.chat)), "engine sockets")
        await self.agent.serve(self.run_dir / "agent.sock")
        self.agent.publish(RoutesDocument(node=self.name, epoch="", version=0,
                                          models=(ModelRoute(name="chat"),), replicas=tuple(replicas)))
        self.proxy = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "appliance", "proxy", "run", "--config", str(self.config),
            start_new_session=True, stdout=open(self.root / "proxy.out", "ab"),
            stderr=asyncio.subprocess.STDOUT)

    def log(self) -> str:
        path = self.root / "proxy.out"
        return path.read_text()[-3000:] if path.exists() else ""

    async def stop(self) -> None:
        for process in [self.proxy, *self.engines]:
            if process is not None and process.returncode is None:
                process.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(process.wait(), 20)
                except TimeoutError:
                    process.kill()
                    await process.wait()
        await self.agent.stop()
        shutil.rmtree(self.run_dir, ignore_errors=True)


async def until(check, what: str, timeout_s: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            got = check()
            if asyncio.iscoroutine(got):
                got = await got
        except (OSError, aiohttp.ClientError, ValueError):
            got = None
        if got:
            return got
        assert time.monotonic() < deadline, f"timed out after {timeout_s} s waiting for {what}"
        await asyncio.sleep(0.1)


async def get_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
        return await resp.json()


async def metric(session: aiohttp.ClientSession, node: FleetNode, name: str) -> float:
    async with session.get(f"{node.base}/metrics") as resp:
        text = await resp.text()
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith(name))


@contextlib.asynccontextmanager
async def fleet_of(tmp: Path, chats: dict[str, int]):  # type: ignore[no-untyped-def]
    ca = make_ca("test", NOW)
    fleet = FakeFleet()
    ips = iter(f"127.0.0.{11 + i}" for i in range(len(chats)))
    nodes = {n: FleetNode(tmp, n, next(ips), ca, fleet, c) for n, c in chats.items()}
    try:
        for node in nodes.values():
            await node.start()
        async with aiohttp.ClientSession() as session:
            for node in nodes.values():
                # ready: every node's proxy routes to every chat replica of the fleet
                want = sum(chats.values())

                async def ready(node: FleetNode = node, want: int = want) -> bool:
                    body = await get_json(session, f"{node.base}/health/ready")
                    return body.get("replicas") == want

                try:
                    await until(ready, f"{node.name}'s proxy routing to {want} replicas")
                except AssertionError:
                    raise AssertionError(node.log()) from None
            yield nodes, fleet, session
    finally:
        for node in nodes.values():
            await node.stop()


async def chat(session: aiohttp.ClientSession, node: FleetNode, stream: bool = False) -> tuple[int, str]:
    async with session.post(f"{node.base}/v1/chat/completions", json={**BODY, "stream": stream},
                            timeout=aiohttp.ClientTimeout(total=30)) as resp:
        return resp.status, await resp.text()


def test_requests_reach_replicas_on_other_nodes_and_strangers_are_refused(tmp_path: Path) -> None:
    async def go() -> None:
        async with fleet_of(tmp_path, {"a": 0, "b": 1, "c": 1}) as (nodes, fleet, session):
            a, b, c = nodes["a"], nodes["b"], nodes["c"]
            # a has no chat replica: every request crosses a relay, with b's or c's token
            for stream in (False, True):
                for _ in range(6):
                    status, text = await chat(session, a, stream)
                    assert status == 200, text
                    assert "fleet" in text
            relayed = (await metric(session, b, "appliance_relay_requests_total")
                       + await metric(session, c, "appliance_relay_requests_total"))
            assert relayed == 12
            # the agent's fleet view: members, catalogs held, replica counts
            view = a.agent.fleet_view()
            rows = {m["name"]: m for m in view["members"]}
            assert rows["b"]["replicas"] == 1 and rows["b"]["catalog_held"] == rows["b"]["catalog"]

            # no client certificate, a certificate of another CA, and plain HTTP: refused
            # in the handshake, and counted
            url = f"https://{b.ip}:{b.relay_port}/fleet/v1/catalog"
            bare = ssl.create_default_context(cafile=str(b.tls_dir / "ca.pem"))
            other = tmp_path / "stranger"
            write_node(other, make_ca("test", NOW).cert,
                       make_node_cert(make_ca("test", NOW), "s", "127.0.0.1", NOW))
            for context in (bare, client_context(other)):
                with pytest.raises((aiohttp.ClientError, ssl.SSLError, OSError)):
                    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context)) as s:
                        await get_json(s, url)
            with pytest.raises((aiohttp.ClientError, OSError)):
                await get_json(session, f"http://{b.ip}:{b.relay_port}/fleet/v1/catalog")
            refused = await until(
                lambda: metric(session, b, "appliance_relay_refused_total"), "refusals counted")
            assert refused >= 3
            # with the fleet's credentials, the relay serves the node's own catalog
            async with aiohttp.ClientSession(
                    connector=aiohttp.TCPConnector(ssl=client_context(a.tls_dir))) as s:
                catalog = await get_json(s, url)
            assert [r["key"] for r in catalog["replicas"]] == ["b/engine-chat-0"]

            # c fails (as Serf reports it): a's proxy drops its replica at once
            fleet.fail("c")

            async def only_b() -> bool:
                return (await get_json(session, f"{a.base}/health/ready"))["replicas"] == 1

            await until(only_b, "c's replica dropped")
            before = await metric(session, c, "appliance_relay_requests_total")
            for _ in range(4):
                assert (await chat(session, a))[0] == 200
            assert await metric(session, c, "appliance_relay_requests_total") == before

    asyncio.run(go())


def test_a_killed_proxy_is_routed_around_with_no_failed_request(tmp_path: Path) -> None:
    """SIGKILL of b's proxy while a and c send non-streaming requests for chat, which b and
    c serve: not one fails (Serf has not said anything yet: the relay breaker and the
    retry before the first byte do it). Streams from a meanwhile each end either whole
    ([DONE]) or, when their relay died under them, with the error event."""
    async def go() -> None:
        async with fleet_of(tmp_path, {"a": 0, "b": 1, "c": 1}) as (nodes, fleet, session):
            a, b, c = nodes["a"], nodes["b"], nodes["c"]
            statuses: list[int] = []
            errors: list[str] = []
            killed = asyncio.Event()
            deadline = time.monotonic() + 60

            async def client(node: FleetNode) -> None:
                sent = 0
                while sent < 60 and time.monotonic() < deadline:
                    status, text = await chat(session, node)
                    statuses.append(status)
                    if status != 200:
                        errors.append(text)
                    sent += 1
                    if killed.is_set() and sent >= 40:
                        return

            async def kill() -> None:
                await until(lambda: len(statuses) >= 20, "traffic before the kill")
                assert b.proxy is not None
                b.proxy.send_signal(signal.SIGKILL)
                await b.proxy.wait()
                killed.set()

            streams: list[tuple[int, str]] = []

            async def streamer() -> None:
                sent = 0
                while sent < 30 and time.monotonic() < deadline:
                    streams.append(await chat(session, a, stream=True))
                    sent += 1
                    if killed.is_set() and sent >= 10:
                        return

            await asyncio.gather(kill(), *(client(n) for n in (a, a, a, c, c)),
                                 streamer(), streamer())
            assert errors == [], errors[:3]
            for status, text in streams:
                last = [e for e in text.split("\n\n") if e.strip()][-1]
                assert status == 200 and (last == "data: [DONE]" or '"error"' in last), text[-300:]
            assert len(statuses) >= 100 and set(statuses) == {200}
            # the requests after the kill went to c's replica through its relay
            assert await metric(session, c, "appliance_relay_requests_total") > 0

    asyncio.run(go())
