"""The fleet's catalog: peers' documents merged into the one the proxies serve (pure), and
the agent's sync around it, driven by a membership fake and a fetch the test gives."""

from __future__ import annotations

import asyncio

from appliance.agent.fleet_sync import CatalogSync
from appliance.fleet.catalog import (
    catalog_tag,
    due_fetches,
    fleet_view,
    forget,
    merge_fleet,
    parse_relay,
    usage_peers,
)
from appliance.fleet.membership import TAG_CATALOG, TAG_DRAIN, TAG_RELAY, Member
from appliance.proxy.routes_view import RoutesView
from appliance.proxy.upstream import TlsAddress
from appliance.routes import (
    AliasRoute,
    ModelRoute,
    RelayAddress,
    ReplicaRoute,
    RoleRoute,
    RoutesDocument,
    UnixAddress,
    parse_routes,
)
from appliance.testing.fleet_membership import FakeFleet


def doc(node: str, models: dict[str, int], version: int = 1, pii: bool = False,
        state: str = "ready", roles: tuple[RoleRoute, ...] = ()) -> RoutesDocument:
    return RoutesDocument(
        node=node, epoch=f"e-{node}", version=version,
        models=tuple(ModelRoute(name=m, pii=pii) for m in models),
        aliases=(AliasRoute(name=f"{node}-alias", targets={next(iter(models)): 1.0}),) if models else (),
        roles=roles,
        replicas=tuple(
            ReplicaRoute(key=f"{node}/engine-{m}-{i}", model=m, state=state, capacity=1.0,
                         address=UnixAddress(path=f"/run/{node}/{m}-{i}.sock"))
            for m, n in models.items() for i in range(n)))


def member(name: str, status: str = "alive", relay: str | None = None, catalog: str | None = None,
           drain: bool = False) -> Member:
    tags = {}
    if relay is not None:
        tags[TAG_RELAY] = relay
    if catalog is not None:
        tags[TAG_CATALOG] = catalog
    if drain:
        tags[TAG_DRAIN] = "1"
    return Member(name, relay.rpartition(":")[0] if relay else "10.0.0.9", 7946, status, tags)


def test_parse_relay_table() -> None:
    for value, want in [("10.0.0.5:7947", ("10.0.0.5", 7947)), ("[fd00::5]:7947", ("fd00::5", 7947)),
                        ("10.0.0.5", None), ("10.0.0.5:0", None), (":7947", None), ("", None),
                        (None, None), ("a:b", None), ("10.0.0.5:70000", None)]:
        assert parse_relay(value) == want, value


def test_merge_adds_remote_replicas_through_their_relay() -> None:
    local = doc("a", {"chat": 1}, roles=(RoleRoute(name="basic", models=("chat",)),))
    b = doc("b", {"chat": 2, "embed": 1}, pii=True)
    members = {"a": member("a"), "b": member("b", relay="10.0.0.2:7947", catalog=catalog_tag(b))}
    merged = merge_fleet(local, members, {"b": b})
    remote = [r for r in merged.replicas if r.key.startswith("b/")]
    assert len(remote) == 3
    assert all(r.address == RelayAddress(node="b", host="10.0.0.2", port=7947) for r in remote)
    # local settings win; remote-only models and aliases come in; roles stay this node's
    models = {m.name: m for m in merged.models}
    assert models["chat"].pii is False and models["embed"].pii is True
    assert {a.name for a in merged.aliases} == {"a-alias", "b-alias"}
    assert merged.roles == local.roles
    # the document round-trips and the proxy's view routes the remote ones over TLS
    again = parse_routes(merged.to_json())
    view = RoutesView.of(again)
    assert view.nodes == {"b": TlsAddress("10.0.0.2", 7947)}
    assert {e.key for e in view.replicas["chat"]} == {"a/engine-chat-0", "b/engine-chat-0",
                                                       "b/engine-chat-1"}
    assert set(view.local) == {"a/engine-chat-0"}


def test_failed_or_left_members_contribute_nothing() -> None:
    local, b, c = doc("a", {"chat": 1}), doc("b", {"chat": 1}), doc("c", {"chat": 1})
    members = {"b": member("b", "failed", relay="10.0.0.2:7947"),
               "c": member("c", "left", relay="10.0.0.3:7947")}
    merged = merge_fleet(local, members, {"b": b, "c": c})
    assert [r.key for r in merged.replicas] == ["a/engine-chat-0"]
    assert forget(members, {"b": b, "c": c, "d": b}) == ["b", "c", "d"]


def test_drained_member_replicas_are_draining() -> None:
    b = doc("b", {"chat": 1})
    members = {"b": member("b", relay="10.0.0.2:7947", drain=True)}
    merged = merge_fleet(doc("a", {}), members, {"b": b})
    assert [r.state for r in merged.replicas] == ["draining"]
    assert RoutesView.of(merged).replicas == {}


def test_no_second_hop_and_no_stolen_keys() -> None:
    local = doc("a", {"chat": 1})
    b = doc("b", {"chat": 1})
    hop = ReplicaRoute(key="c/engine-x", model="x", state="ready", capacity=1.0,
                       address=RelayAddress(node="c", host="10.0.0.3", port=7947))
    steal = local.replicas[0].model_copy(update={"address": UnixAddress(path="/evil")})
    other = b.replicas[0].model_copy(update={"key": "c/engine-chat-0"})
    b = b.model_copy(update={"replicas": (*b.replicas, hop, steal, other)})
    merged = merge_fleet(local, {"b": member("b", relay="10.0.0.2:7947")}, {"b": b})
    assert sorted(r.key for r in merged.replicas) == ["a/engine-chat-0", "b/engine-chat-0"]
    assert merged.replicas[0] == local.replicas[0]


def test_due_fetches_table() -> None:
    members = {"a": member("a", relay="10.0.0.1:7947", catalog="e:1"),
               "b": member("b", relay="10.0.0.2:7947", catalog="e:2"),
               "c": member("c", relay="10.0.0.3:7947", catalog="e:1"),
               "d": member("d", "failed", relay="10.0.0.4:7947", catalog="e:1"),
               "e": member("e", catalog="e:1"),  # no relay
               "f": member("f", relay="10.0.0.6:7947")}  # no catalog yet
    assert due_fetches(members, {"b": "e:1", "c": "e:1"}, me="a") == ["b"]


def test_fleet_view_counts() -> None:
    local, b = doc("a", {"chat": 2}), doc("b", {"chat": 1, "embed": 1}, state="starting")
    members = {"a": member("a", relay="10.0.0.1:7947"),
               "b": member("b", relay="10.0.0.2:7947", catalog=catalog_tag(b), drain=True)}
    view = fleet_view("a", members, {"b": b}, local)
    rows = {m["name"]: m for m in view["members"]}
    assert rows["a"]["replicas"] == 2 and rows["a"]["ready"] == 2
    assert rows["b"]["replicas"] == 2 and rows["b"]["ready"] == 0 and rows["b"]["drain"]
    assert rows["b"]["catalog_held"] == catalog_tag(b) == rows["b"]["catalog"]


async def _until(check, timeout_s: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


def test_sync_fetches_on_tag_change_drops_failed_at_once_and_sets_own_tag() -> None:
    async def go() -> None:
        docs = {"b": doc("b", {"chat": 1}, version=1)}
        fetched: list[str] = []

        async def fetch(m: Member) -> RoutesDocument:
            fetched.append(m.name)
            if m.name == "c":
                raise OSError("connection refused")
            return docs[m.name]

        fleet = FakeFleet()
        membership = fleet.join("a", "10.0.0.1", {TAG_RELAY: "10.0.0.1:7947"})
        fleet.join("b", "10.0.0.2", {TAG_RELAY: "10.0.0.2:7947", TAG_CATALOG: catalog_tag(docs["b"])})

        async def own_tag() -> str | None:
            me = next(m for m in await membership.members() if m.name == "a")
            return me.tags.get(TAG_CATALOG)

        published: list[RoutesDocument] = []
        sync = CatalogSync(membership, "a", fetch, lambda: published.append(sync.merged(local)),
                           retry_s=0.05)
        local = doc("a", {"chat": 1})
        sync.local_changed(local)
        task = asyncio.ensure_future(sync.run())
        try:
            await _until(lambda: "b" in sync.docs)
            assert any(len(p.replicas) == 2 for p in published)
            for _ in range(500):
                if await own_tag() == "e-a:1":
                    break
                await asyncio.sleep(0.01)
            assert await own_tag() == "e-a:1"
            # a new version of b's catalog: fetched again
            docs["b"] = doc("b", {"chat": 2}, version=2)
            fleet.set_tags("b", {TAG_CATALOG: catalog_tag(docs["b"])})
            await _until(lambda: len(sync.merged(local).replicas) == 3)
            # a peer whose fetch fails is tried again, and nothing of it is served
            fleet.join("c", "10.0.0.3", {TAG_RELAY: "10.0.0.3:7947", TAG_CATALOG: "e-c:1"})
            await _until(lambda: fetched.count("c") >= 3)
            # b fails: its replicas go in the same step, before any fetch
            n = len(published)
            fleet.fail("b")
            await _until(lambda: len(published) > n)
            assert [r.key for r in published[n].replicas] == ["a/engine-chat-0"]
            assert "b" not in sync.docs
        finally:
            task.cancel()

    asyncio.run(go())


def test_usage_peers_are_the_other_alive_relays() -> None:
    members = {"a": member("a", relay="10.0.0.1:7947"), "b": member("b", relay="10.0.0.2:7947"),
               "c": member("c", "failed", relay="10.0.0.3:7947"), "d": member("d"),
               "e": member("e", relay="[fd00::5]:7947")}
    assert usage_peers(members, "a") == [{"node": "b", "url": "https://10.0.0.2:7947"},
                                         {"node": "e", "url": "https://[fd00::5]:7947"}]
