"""The routes document (appliance/routes.py): built by the agent from its config and engines,
published with versions, read by the proxy into lookups; and the drain bookkeeping."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from appliance.agent.drain import WatcherBook, requests_in_flight
from appliance.agent.routes import RoutesPublisher, build_routes, capacity_of
from appliance.config import parse_config
from appliance.engines.specs import EngineSpec, build_specs
from appliance.gpu.inventory import Inventory
from appliance.placement.planner import plan
from appliance.proxy.ratelimit import Limits
from appliance.proxy.routes_view import RoutesView
from appliance.routes import (
    SCHEMA,
    ModelRoute,
    ReplicaRoute,
    RoutesDocument,
    SchemaMismatch,
    TcpAddress,
    UnixAddress,
    is_newer,
    parse_routes,
)


def sim(name: str, **fields: object) -> dict:
    return {"name": name, "source": f"sim/{name}", "engine": "sim", **fields}


def config_and_specs(data: dict) -> tuple:
    config = parse_config(data)
    return config, build_specs(config, plan(config, Inventory(source="none")))


def replica(key: str, model: str, state: str = "ready", port: int = 9000) -> ReplicaRoute:
    return ReplicaRoute(key=key, model=model, state=state, capacity=1.0,  # type: ignore[arg-type]
                        address=TcpAddress(host="127.0.0.1", port=port))


NODE = {
    "models": [sim("chat", replicas=2), sim("minilm", task="embed", pii=False),
               sim("loaded", pii=True)],
    "pii": {"enabled": False},
    "aliases": [{"name": "c", "targets": {"chat": 1.0}}],
    "auth": {"roles": {"admin": ["*"], "basic": ["chat"]}},
    "rate_limits": {"roles": {"basic": {"requests_per_minute": 20}}},
}


def test_the_document_holds_each_models_effective_settings_roles_and_replicas() -> None:
    config, specs = config_and_specs(NODE)
    states = {"engine-chat-0": "ready", "engine-chat-1": "ready", "engine-minilm-0": "starting",
              "engine-loaded-0": "failed"}
    doc = build_routes(config, [(s, states[s.name]) for s in specs], {"engine-chat-1"}, "n1")
    assert {m.name: (m.task, m.pii) for m in doc.models} == {
        "chat": ("generate", False), "minilm": ("embed", False), "loaded": ("generate", True)}
    assert {r.key: r.state for r in doc.replicas} == {
        "n1/engine-chat-0": "ready", "n1/engine-chat-1": "draining",
        "n1/engine-minilm-0": "starting", "n1/engine-loaded-0": "failed"}
    # every replica is at its engine's unix socket
    assert {r.key: r.address for r in doc.replicas} == {
        f"n1/{s.name}": UnixAddress(path=str(s.socket)) for s in specs}
    assert {r.name: (r.models, r.limits.requests_per_minute) for r in doc.roles} == {
        "admin": (("*",), None), "basic": (("chat",), 20)}
    assert doc.aliases[0].targets == {"chat": 1.0}
    # with [pii] enabled every model masks unless it says otherwise
    config, specs = config_and_specs({**NODE, "pii": {"enabled": True}})
    doc = build_routes(config, [(s, "ready") for s in specs], set(), "n1")
    assert {m.name: m.pii for m in doc.models} == {"chat": True, "minilm": False, "loaded": True}
    assert doc.pii_enabled


def test_the_document_survives_json_and_refuses_another_schema() -> None:
    config, specs = config_and_specs(NODE)
    doc = build_routes(config, [(s, "ready") for s in specs], set(), "n1")
    doc = doc.model_copy(update={"replicas": (*doc.replicas, ReplicaRoute(
        key="n1/x", model="chat", state="ready", capacity=2.0,
        address=UnixAddress(path="/run/appliance/engines/x.sock")))})
    again = parse_routes(doc.to_json())
    assert again == doc
    data = json.loads(doc.to_json())
    assert data["schema"] == SCHEMA and data["replicas"][-1]["address"]["kind"] == "unix"
    with pytest.raises(SchemaMismatch):
        parse_routes(json.dumps({**data, "schema": SCHEMA + 1}))
    # a newer writer's extra fields are ignored
    assert parse_routes(json.dumps({**data, "zones": ["a"]})) == doc


@pytest.mark.parametrize(
    ("gpus", "memory_gib", "capacity"),
    [((0, 1, 2, 3), 71.7, 286.8), ((0,), 8.0, 8.0), ((), 1.0, 1.0), ((), 0.0, 0.1)],
)
def test_capacity_is_the_memory_a_replica_holds(gpus: tuple, memory_gib: float, capacity: float) -> None:
    spec = EngineSpec(name="e", model="m", replica=0, engine="vllm", argv=(), env=(),
                      socket=Path("/run/appliance/engines/e.sock"), gpus=gpus, gpu_uuids=(), fraction=0.1, memory_gib=memory_gib,
                      start_timeout_s=1, unhealthy_timeout_s=1)
    assert capacity_of(spec) == pytest.approx(capacity)


def test_the_view_routes_ready_replicas_and_knows_every_model() -> None:
    doc = RoutesDocument(
        node="n1", epoch="e1", version=3,
        models=(ModelRoute(name="chat", pii=True, retry_on_timeout=True),
                ModelRoute(name="minilm", task="embed")),
        replicas=(replica("n1/engine-chat-1", "chat", port=8101),
                  replica("n1/engine-chat-0", "chat", port=8100),
                  replica("n1/engine-chat-2", "chat", "draining"),
                  replica("n1/engine-minilm-0", "minilm", "starting"),
                  replica("n1/engine-other-0", "other")),
    )
    view = RoutesView.of(doc)
    assert [(e.key, e.address) for e in view.replicas["chat"]] == [
        ("n1/engine-chat-0", ("127.0.0.1", 8100)), ("n1/engine-chat-1", ("127.0.0.1", 8101))]
    assert "minilm" not in view.replicas and view.routable == 3
    assert view.models == {"chat", "minilm", "other"}  # a replica's model is a model too
    assert view.tasks == {"chat": "generate", "minilm": "embed"}
    assert view.pii == {"chat": True, "minilm": False} and "other" not in view.pii
    assert view.retry_on_timeout["chat"] and view.draining == {"n1/engine-chat-2"}


def test_the_engine_client_gets_a_socket_path_or_a_host_and_port() -> None:
    doc = RoutesDocument(node="n", epoch="e", version=1, models=(ModelRoute(name="m"),),
                         replicas=(ReplicaRoute(key="n/u", model="m", state="ready", capacity=1,
                                                address=UnixAddress(path="/run/x.sock")),
                                   replica("n/t", "m", port=8100)))
    view = RoutesView.of(doc)
    assert [e.address for e in view.replicas["m"]] == [("127.0.0.1", 8100), "/run/x.sock"]


def test_the_views_roles_and_limits() -> None:
    config, specs = config_and_specs(NODE)
    view = RoutesView.of(build_routes(config, [], set(), "n"))
    assert view.roles == {"admin": ["*"], "basic": ["chat"]}
    assert view.role_limits["basic"] == Limits(requests_per_minute=20)
    assert view.aliases == {"c": {"chat": 1.0}}


@pytest.mark.parametrize(
    ("held", "doc", "newer"),
    [(("e1", 3), ("e1", 3), False), (("e1", 3), ("e1", 4), True), (("e1", 5), ("e1", 4), False),
     (("e1", 9), ("e2", 1), True), ((None, -1), ("e1", 1), True)],
)
def test_newer_is_a_new_epoch_or_a_higher_version(held: tuple, doc: tuple, newer: bool) -> None:
    d = RoutesDocument(node="n", epoch=doc[0], version=doc[1])
    assert is_newer(d, *held) is newer


def test_the_version_counts_changes_only_and_a_long_poll_returns_on_a_change() -> None:
    async def main() -> None:
        config, specs = config_and_specs(NODE)
        publisher = RoutesPublisher(epoch="e1")
        assert await publisher.wait(None, -1, 0) is None  # nothing published yet
        assert publisher.publish(build_routes(config, [(s, "starting") for s in specs], set(), "n"))
        assert not publisher.publish(build_routes(config, [(s, "starting") for s in specs], set(), "n"))
        assert publisher.version == 1
        # up to date: the poll waits; a change answers it at once
        waiting = asyncio.ensure_future(publisher.wait("e1", 1, 30))
        await asyncio.sleep(0)
        assert not waiting.done()
        publisher.publish(build_routes(config, [(s, "ready") for s in specs], set(), "n"))
        doc = await asyncio.wait_for(waiting, 5)
        assert doc is not None and doc.version == 2 and doc.epoch == "e1"
        assert all(r.state == "ready" for r in doc.replicas)
        # another epoch (the agent restarted) is answered at once; so is every poll once closed
        assert (await publisher.wait("e0", 7, 30)) is doc
        later = asyncio.ensure_future(publisher.wait("e1", 2, 30))
        await asyncio.sleep(0)
        publisher.close()
        assert await asyncio.wait_for(later, 5) is doc

    asyncio.run(main())


def test_a_drain_waits_for_every_live_watcher_to_apply_the_version_and_finish() -> None:
    book = WatcherBook(grace_s=5)
    up, down = (lambda: True), (lambda: False)
    keys = {"n/engine-a-1"}
    poll = book.polled("p1", "e1", 4, frozenset(), now=0, connected=up)
    book.polled("p2", "e1", 5, frozenset(keys), now=0, connected=up)
    assert book.waiting_for("e1", 5, keys, now=0) == ["p1", "p2"]  # behind; busy
    book.answered("p1", poll, now=0.1)
    book.polled("p1", "e1", 5, frozenset(), now=0.1, connected=up)
    book.polled("p2", "e1", 5, frozenset(), now=0.2, connected=up)
    assert book.waiting_for("e1", 5, keys, now=0.2) == []
    # another epoch counts as behind; a watcher whose connection closed is forgotten
    book.polled("p3", "e0", 99, frozenset(), now=1, connected=down)
    assert book.waiting_for("e1", 5, keys, now=1) == ["p3"]
    assert book.waiting_for("e1", 5, keys, now=7) == []
    assert set(book.watchers) == {"p1", "p2"}
    # an answered watcher that does not ask again is forgotten after the grace
    p1 = book.watchers["p1"].poll
    book.answered("p1", p1, now=8)
    book.answered("p2", p1, now=8)  # an older poll's answer changes nothing
    assert book.watchers["p2"].open
    assert set(book.live(now=14)) == {"p2"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ('vllm:num_requests_running{model_name="m"} 2.0\nvllm:num_requests_waiting{model_name="m"} 1.0\n', 3),
        ("# HELP vllm:num_requests_running x\nvllm:num_requests_running 0.0\n", 0),
        ('vllm:num_requests_running{a="x y"} 1.0 1700000000\n', 1),
        ("other_metric 5\n", None),
        ("", None),
    ],
)
def test_requests_in_flight_from_an_engines_metrics(text: str, count: int | None) -> None:
    assert requests_in_flight(text) == count


@pytest.mark.parametrize(
    ("node_pii", "doc_pii", "model", "expected"),
    [
        (False, False, "masked", True),  # loaded with pii = true: masked whatever node.toml says
        (False, False, "plain", False),
        (True, True, "plain", False),  # a model the operator trusts
        (False, False, "unknown", False),  # no settings, masking off: nothing to mask
        (True, True, "unknown", 503),  # no settings, masking on: refused, never sent in clear
        (False, True, "unknown", 503),  # on in the agent's config, off in the proxy's
    ],
)
def test_pii_applies_as_the_routes_say_and_fails_closed(
    node_pii: bool, doc_pii: bool, model: str, expected: bool | int
) -> None:
    from appliance.proxy.errors import ProxyError
    from appliance.proxy.pii_guard import PiiGuard

    view = RoutesView.of(RoutesDocument(
        node="n", epoch="e", version=1, pii_enabled=doc_pii,
        models=(ModelRoute(name="masked", pii=True), ModelRoute(name="plain", pii=False)),
    ))
    guard = PiiGuard(parse_config({"pii": {"enabled": node_pii, "nlp": "patterns"}}),
                     routes=lambda: view)
    if isinstance(expected, bool):
        assert guard.applies(model) is expected
    else:
        with pytest.raises(ProxyError) as info:
            guard.applies(model)
        assert info.value.status == expected and model in str(info.value)


def test_the_proxys_long_poll_reports_its_busy_replicas_and_gets_changes_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The agent's /v1/routes handler and the proxy's RoutesClient over a unix socket: the
    client's poll says which draining replicas it still has requests on, renews itself as
    soon as that set shrinks, and a new version reaches it without waiting."""
    import time
    from types import SimpleNamespace

    from aiohttp import web

    from appliance.agent.api import make_app
    from appliance.proxy.routes_client import RoutesClient

    def doc(state: str) -> RoutesDocument:
        return RoutesDocument(node="n", epoch="", version=0, models=(ModelRoute(name="m"),),
                              replicas=(replica("n/a", "m", state),))

    async def until(check, what: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(1000):  # at most 10 s
            if check():
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"timed out waiting for {what}")

    async def main() -> None:
        publisher = RoutesPublisher(epoch="e1")
        publisher.publish(doc("draining"))
        runner = web.AppRunner(make_app(SimpleNamespace(routes=publisher, clock=time.monotonic)))  # type: ignore[arg-type]
        await runner.setup()
        path = tmp_path / "agent.sock"
        await web.UnixSite(runner, str(path)).start()
        busy = {"n/a"}
        applied: list[RoutesDocument] = []
        client = RoutesClient(path, applied.append, busy=lambda: frozenset(busy), name="p1")
        watch = asyncio.ensure_future(client.watch())
        book = publisher.watchers

        def waiting() -> list[str]:
            return book.waiting_for("e1", 1, {"n/a"}, time.monotonic())

        try:
            await until(lambda: "p1" in book.watchers and book.watchers["p1"].version == 1,
                        "the client to hold version 1")
            assert applied[0].replicas[0].state == "draining"
            assert waiting() == ["p1"]  # it has a request on the draining replica
            busy.clear()  # that request ended
            await until(lambda: waiting() == [], "the client to report it")
            publisher.publish(doc("ready"))
            await until(lambda: len(applied) == 2, "version 2")
            assert applied[1].version == 2 and applied[1].replicas[0].state == "ready"
        finally:
            watch.cancel()
            await client.close()
            publisher.close()
            await runner.cleanup()

    asyncio.run(main())
