"""Routing over the fleet's replicas in the proxy: local ones first at equal load
(`prefer_local`), remote load as reported, a relay breaker per node, and the relay's
refusal labels."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
import tomli_w

from appliance.config import load_config
from appliance.proxy.fleet_load import relay_url, stale_nodes
from appliance.proxy.relay import load_body, refusal_reason
from appliance.proxy.routing import LEAST_OUTSTANDING, ROUND_ROBIN, Replica, choose
from appliance.proxy.state import ProxyState
from appliance.proxy.upstream import TlsAddress, _request
from appliance.routes import ModelRoute, RelayAddress, ReplicaRoute, RoutesDocument, UnixAddress

NONE: frozenset[str] = frozenset()


def rep(key: str, local: bool, outstanding: int = 0, capacity: float = 1.0) -> Replica:
    return Replica(key, "chat", key, capacity, outstanding, 100, local=local)


@pytest.mark.parametrize(("replicas", "prefer_local", "want"), [
    ([rep("a/x", False), rep("b/x", True)], True, "b/x"),  # equal load: the local one
    ([rep("a/x", False), rep("b/x", True)], False, "a/x"),  # alike: by key
    ([rep("a/x", False), rep("b/x", True, outstanding=1)], True, "a/x"),  # load wins first
    ([rep("a/x", False, capacity=2.0), rep("b/x", True)], True, "a/x"),
])
def test_prefer_local_breaks_ties_only(replicas: list[Replica], prefer_local: bool, want: str) -> None:
    chosen = choose(LEAST_OUTSTANDING, replicas, session=None, exclude=NONE, rr_counter=0,
                    prefer_local=prefer_local)
    assert chosen is not None and chosen.key == want


def test_round_robin_ignores_locality() -> None:
    replicas = [rep("a/x", False), rep("b/x", True)]
    keys = [choose(ROUND_ROBIN, replicas, session=None, exclude=NONE, rr_counter=i).key  # type: ignore[union-attr]
            for i in range(4)]
    assert keys == ["a/x", "b/x", "a/x", "b/x"]


def fleet_doc(version: int, with_b: bool = True) -> RoutesDocument:
    """me/x here; b/x and b/y on node b, behind its relay (left out: b failed or left)."""
    relay_b = RelayAddress(node="b", host="10.0.0.2", port=7947)
    remote = (ReplicaRoute(key="b/x", model="chat", state="ready", capacity=1.0, address=relay_b),
              ReplicaRoute(key="b/y", model="chat", state="ready", capacity=1.0, address=relay_b))
    return RoutesDocument(node="me", epoch="e", version=version,
                          models=(ModelRoute(name="chat"),), replicas=(
        ReplicaRoute(key="me/x", model="chat", state="ready", capacity=1.0,
                     address=UnixAddress(path="/run/x.sock")),
        *(remote if with_b else ())))


def state_for(tmp_path: Path) -> ProxyState:
    (tmp_path / "node.toml").write_text(tomli_w.dumps({
        "node": {"name": "me", "state_dir": str(tmp_path), "run_dir": str(tmp_path)},
        "fleet": {"enabled": True, "bind": "10.0.0.1"}}))
    state = ProxyState(config=load_config(tmp_path / "node.toml"))
    state.apply_routes(fleet_doc(1))
    return state


def test_remote_load_and_the_relay_breaker(tmp_path: Path) -> None:
    state = state_for(tmp_path)
    now = [100.0]
    state.clock = lambda: now[0]
    replicas = {r.key: r for r in state.replicas("chat")}
    assert replicas["me/x"].local and not replicas["b/x"].local
    assert replicas["b/x"].address == TlsAddress("10.0.0.2", 7947)
    state.remote_load["b/x"] = 7  # reported by b's relay
    state.outstanding["b/y"] = 2  # this process's own requests
    state.remote_load["b/y"] = 1
    loads = {r.key: r.outstanding for r in state.replicas("chat")}
    assert loads == {"me/x": 0, "b/x": 7, "b/y": 2}
    # one failed relay connection leaves out every replica of that node
    state.relays.on_failure("b", now[0])
    assert [r.key for r in state.replicas("chat")] == ["me/x"]
    now[0] += state.config.proxy.breaker_cooldown_s
    assert {r.key for r in state.replicas("chat")} == {"me/x", "b/x", "b/y"}
    assert state.routes.nodes == {"b": TlsAddress("10.0.0.2", 7947)}
    assert set(state.routes.local) == {"me/x"}
    state.load_seen["b"] = now[0]
    assert stale_nodes(state, now[0] + 1, 2.0) == []
    assert stale_nodes(state, now[0] + 2, 2.0) == ["b"]


def test_a_node_back_in_the_routes_has_its_relay_breaker_closed(tmp_path: Path) -> None:
    """A node the fleet dropped (Serf: failed or left) and lists again (alive, its catalog
    fetched anew) is routed to at once: the breaker that its relay's failures opened,
    whose cooldown doubled with every failed probe, is closed when it comes back, not
    when the cooldown runs out. A node that stays listed keeps its breaker."""
    state = state_for(tmp_path)
    now = [100.0]
    state.clock = lambda: now[0]
    for _ in range(4):  # failed probes: the cooldown grows far past breaker_cooldown_s
        now[0] += 300.0
        assert state.relays.allow("b", now[0])
        state.relays.on_failure("b", now[0])
    state.remote_load["b/x"], state.load_seen["b"] = 9, now[0]  # reported before it failed
    state.apply_routes(fleet_doc(2, with_b=False))  # b failed: its replicas gone
    assert [r.key for r in state.replicas("chat")] == ["me/x"]
    state.apply_routes(fleet_doc(3))  # b alive again, its catalog fetched
    assert {r.key: r.outstanding for r in state.replicas("chat")} == {"me/x": 0, "b/x": 0, "b/y": 0}
    assert state.relays.get("b").state == "closed"
    assert stale_nodes(state, now[0], 2.0) == ["b"]  # asked for its load at the next pull
    # listed all along: a failure keeps it out until its cooldown has passed
    state.relays.on_failure("b", now[0])
    state.apply_routes(fleet_doc(4))
    assert [r.key for r in state.replicas("chat")] == ["me/x"]
    now[0] += state.config.proxy.breaker_cooldown_s
    assert {r.key for r in state.replicas("chat")} == {"me/x", "b/x", "b/y"}


def test_relay_wire_bits() -> None:
    assert relay_url(TlsAddress("fd00::5", 7947), "/fleet/v1/load") == "https://[fd00::5]:7947/fleet/v1/load"
    assert _request(TlsAddress("10.0.0.2", 7947), "/p", {}, b"").startswith(
        b"POST /p HTTP/1.1\r\nHost: 10.0.0.2:7947\r\n")
    assert load_body(b'{"replicas": {"b/x": 3}}') == {"b/x": 3}
    for bad in (b"[]", b'{"replicas": {"b/x": -1}}', b'{"replicas": {"b/x": "3"}}', b"{}"):
        with pytest.raises(ValueError):
            load_body(bad)


@pytest.mark.parametrize(("exc", "reason"), [
    (TimeoutError(), "timeout"),
    (ssl.SSLError(1, "[SSL: PEER_DID_NOT_RETURN_A_CERTIFICATE] peer did not return a certificate"),
     "no_certificate"),
    (ssl.SSLError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), "bad_certificate"),
    (ssl.SSLError(1, "[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca"), "bad_certificate"),
    (ssl.SSLError(1, "[SSL: HTTP_REQUEST] http request"), "not_tls"),
    (ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"), "not_tls"),
    (ConnectionResetError(), "handshake"),
])
def test_refusal_reasons(exc: BaseException, reason: str) -> None:
    assert refusal_reason(exc) == reason
