"""The relay listener in one process with real TLS on loopback: another node's proxy pulls
its loads over mutual TLS; a client without the fleet's certificate is refused in the
handshake and counted."""

from __future__ import annotations

import asyncio
import datetime
import ssl
from pathlib import Path

import aiohttp
import pytest
import tomli_w
from aiohttp import web
from prometheus_client import CollectorRegistry

from appliance.config import load_config
from appliance.fleet.tls import client_context, make_ca, make_node_cert, server_context, write_node
from appliance.proxy.fleet_load import pull_once
from appliance.proxy.metrics import ProxyMetrics
from appliance.proxy.relay import Relay, RelayMetrics, RelaySite, make_relay_app
from appliance.proxy.state import ProxyState
from appliance.proxy.upstream import UpstreamPool
from appliance.routes import ModelRoute, RelayAddress, ReplicaRoute, RoutesDocument, UnixAddress

NOW = datetime.datetime.now(datetime.UTC)


def state_of(root: Path, node: str, replicas: tuple[ReplicaRoute, ...]) -> ProxyState:
    root.mkdir(parents=True, exist_ok=True)
    (root / "node.toml").write_text(tomli_w.dumps({
        "node": {"name": node, "state_dir": str(root), "run_dir": str(root)},
        "fleet": {"enabled": True, "bind": "127.0.0.1"}}))
    state = ProxyState(config=load_config(root / "node.toml"))
    state.apply_routes(RoutesDocument(node=node, epoch="e", version=1,
                                      models=(ModelRoute(name="chat"),), replicas=replicas))
    return state


def test_loads_pulled_over_mutual_tls_and_strangers_counted(tmp_path: Path) -> None:
    async def go() -> None:
        ca = make_ca("t", NOW)
        for name in ("a", "b"):
            write_node(tmp_path / name / "tls", ca.cert, make_node_cert(ca, name, "127.0.0.1", NOW))
        b = state_of(tmp_path / "b", "b", (ReplicaRoute(
            key="b/engine-chat-0", model="chat", state="ready", capacity=1.0,
            address=UnixAddress(path=str(tmp_path / "none.sock"))),))
        b.outstanding["b/engine-chat-0"] = 3
        metrics = ProxyMetrics(CollectorRegistry())
        relay = Relay(b, UpstreamPool, RelayMetrics(metrics), tmp_path / "agent.sock")
        runner = web.AppRunner(make_relay_app(relay, 1 << 20))
        await runner.setup()
        refused: list[str] = []
        site = RelaySite(runner, "127.0.0.1", 0, server_context(tmp_path / "b" / "tls"),
                         refused.append)
        await site.start()
        try:
            a = state_of(tmp_path / "a", "a", (ReplicaRoute(
                key="b/engine-chat-0", model="chat", state="ready", capacity=1.0,
                address=RelayAddress(node="b", host="127.0.0.1", port=site.port)),))
            tls = client_context(tmp_path / "a" / "tls")
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=tls)) as s:
                await pull_once(a, s, 2.0)
            assert a.remote_load == {"b/engine-chat-0": 3}
            assert [r.outstanding for r in a.replicas("chat")] == [3]
            # the catalog when the agent does not answer: a 503 that says so
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=tls)) as s:
                async with s.get(f"https://127.0.0.1:{site.port}/fleet/v1/catalog") as resp:
                    assert resp.status == 503
                    assert (await resp.json())["error"]["code"] == "agent_unavailable"
            # no client certificate: refused in the handshake, counted
            bare = ssl.create_default_context(cafile=str(tmp_path / "b" / "tls" / "ca.pem"))
            with pytest.raises((aiohttp.ClientError, OSError)):
                async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=bare)) as s:
                    async with s.get(f"https://127.0.0.1:{site.port}/fleet/v1/load") as resp:
                        await resp.read()
            for _ in range(200):
                if refused:
                    break
                await asyncio.sleep(0.01)
            assert refused and set(refused) == {"no_certificate"}  # aiohttp may try twice
            # a relay that is gone: the pull opens the node's relay breaker
            await runner.cleanup()
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=tls)) as s:
                await pull_once(a, s, 0.0)
            assert a.replicas("chat") == []
        finally:
            await runner.cleanup()

    asyncio.run(go())
