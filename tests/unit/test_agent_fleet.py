"""The agent in a fleet: its own document becomes its catalog (and its tag), the proxies get
it merged with the peers' catalogs, and the API serves /v1/catalog and /v1/fleet."""

from __future__ import annotations

import asyncio
from pathlib import Path

import tomli_w
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from appliance.agent.api import make_app
from appliance.agent.daemon import Agent
from appliance.config import load_config
from appliance.fleet.catalog import catalog_tag
from appliance.fleet.membership import TAG_CATALOG, TAG_RELAY, Member
from appliance.routes import ModelRoute, RelayAddress, ReplicaRoute, RoutesDocument, UnixAddress
from appliance.testing.fleet_membership import FakeFleet

PEER = RoutesDocument(node="b", epoch="eb", version=3, models=(ModelRoute(name="only-b"),),
                      replicas=(ReplicaRoute(key="b/engine-only-b-0", model="only-b", state="ready",
                                             capacity=1.0, address=UnixAddress(path="/run/b.sock")),))


def agent_for(tmp_path: Path) -> Agent:
    (tmp_path / "node.toml").write_text(tomli_w.dumps({
        "node": {"name": "a", "state_dir": str(tmp_path), "run_dir": str(tmp_path)},
        "models": [{"name": "chat", "source": "sim/chat", "engine": "sim"}],
        "fleet": {"enabled": True, "bind": "10.0.0.1"}}))
    agent = Agent(tmp_path / "node.toml")
    agent.config = load_config(tmp_path / "node.toml")
    return agent


def test_attach_fleet_publishes_the_merged_document_and_serves_both(tmp_path: Path) -> None:
    async def go() -> None:
        agent = agent_for(tmp_path)
        fleet = FakeFleet()
        membership = fleet.join("a", "10.0.0.1", {TAG_RELAY: "10.0.0.1:7947"})
        fleet.join("b", "10.0.0.2", {TAG_RELAY: "10.0.0.2:7947", TAG_CATALOG: catalog_tag(PEER)})

        async def fetch(member: Member) -> RoutesDocument:
            return PEER

        told: list[dict] = []

        async def peers(request: web.Request) -> web.Response:  # the proxy's usage sync
            told.append(await request.json())
            return web.json_response({"peers": 1})

        usage = web.Application()
        usage.router.add_put("/fleet/v1/peers", peers)
        runner = web.AppRunner(usage)
        await runner.setup()
        await web.UnixSite(runner, str(tmp_path / "proxy-usage.sock")).start()
        agent.attach_fleet(membership, fetch)
        try:
            async def merged() -> RoutesDocument:
                while True:
                    doc = agent.routes.document
                    if doc is not None and doc.replicas:
                        return doc
                    await asyncio.sleep(0.01)

            doc = await asyncio.wait_for(merged(), 5)
            assert [r.address for r in doc.replicas] == [
                RelayAddress(node="b", host="10.0.0.2", port=7947)]
            assert {m.name for m in doc.models} == {"chat", "only-b"}
            # the node's own document is its catalog, and its tag names that version
            assert agent.catalog.document is not None and agent.catalog.document.replicas == ()
            want = {TAG_CATALOG: catalog_tag(agent.catalog.document)}
            async def own_tags() -> dict[str, str]:
                return dict(next(m for m in await membership.members() if m.name == "a").tags)

            for _ in range(500):
                if want.items() <= (await own_tags()).items():
                    break
                await asyncio.sleep(0.01)
            assert want.items() <= (await own_tags()).items()
            async with TestClient(TestServer(make_app(agent))) as client:
                catalog = await (await client.get("/v1/catalog")).json()
                assert catalog["node"] == "a" and catalog["replicas"] == []
                view = await (await client.get("/v1/fleet")).json()
                rows = {m["name"]: m for m in view["members"]}
                assert view["enabled"] and rows["b"]["replicas"] == 1
                assert rows["b"]["models"] == ["only-b"]
                routes = await (await client.get("/v1/routes")).json()
                assert [r["address"]["kind"] for r in routes["replicas"]] == ["relay"]
            # the proxies' usage sync is told to push to b's relay
            want_peers = {"peers": [{"node": "b", "url": "https://10.0.0.2:7947"}]}
            for _ in range(500):
                if want_peers in told:
                    break
                await asyncio.sleep(0.01)
            assert want_peers in told
            # b fails: its replicas leave the proxies' document at once
            fleet.fail("b")
            for _ in range(500):
                if not agent.routes.document.replicas:  # type: ignore[union-attr]
                    break
                await asyncio.sleep(0.01)
            assert agent.routes.document.replicas == ()  # type: ignore[union-attr]
        finally:
            await agent.detach_fleet()
            await runner.cleanup()

    asyncio.run(go())


def test_without_a_fleet_the_catalog_is_the_routes_and_the_view_says_so(tmp_path: Path) -> None:
    async def go() -> None:
        agent = agent_for(tmp_path)
        agent._publish()
        async with TestClient(TestServer(make_app(agent))) as client:
            assert (await (await client.get("/v1/fleet")).json()) == {
                "enabled": False, "node": "a", "members": []}
            catalog = await (await client.get("/v1/catalog")).read()
            assert catalog == agent.routes.body

    asyncio.run(go())
