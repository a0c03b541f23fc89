"""The agent with [fleet] enabled, against real supervisord and real Serf: Serf runs as a
supervisord program, two nodes find each other, drain and undrain travel through the
fleet and survive an agent restart, which leaves Serf running."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appliance.fleet.keys import generate_key
from appliance.testing.ports import free_port
from appliance.testing.serf_agents import serf_binary
from tests.integration.harness import Node, wait_until

pytestmark = pytest.mark.skipif(serf_binary() is None, reason="serf is not installed")


@pytest.fixture
def fleet(tmp_path: Path):
    key_file = tmp_path / "fleet.key"
    key_file.write_text(generate_key() + "\n")
    key_file.chmod(0o600)
    nodes: list[Node] = []

    def make(name: str, address: str, join: list[str]) -> Node:
        gossip = free_port()
        node = Node(
            tmp_path / name, [{"name": "m", "source": "org/m", "gpu_memory_fraction": 0.2}],
            node={"name": name},
            fleet={"enabled": True, "name": "itest", "key_file": str(key_file), "bind": address,
                   "gossip_port": gossip, "relay_port": free_port(),
                   "serf_rpc_port": free_port(), "profile": "local", "join": join},
        )
        node.gossip = f"{address}:{gossip}"  # type: ignore[attr-defined]
        nodes.append(node)
        return node

    yield make
    for node in nodes:
        node.stop()  # supervisord stops Serf with SIGTERM: it leaves


def members(node: Node) -> dict[str, dict]:
    return {m["name"]: m for m in json.loads(node.cli("members", "--json").stdout)}


def all_alive(node: Node, names: set[str]) -> dict[str, dict] | None:
    found = members(node)
    return found if {n for n, m in found.items() if m["status"] == "alive"} == names else None


def replica_states(node: Node) -> set[str]:
    return {r["state"] for r in node.request("GET", "/v1/routes")[1]["replicas"]}


def test_two_nodes_join_and_a_drain_travels_and_outlives_an_agent_restart(fleet) -> None:
    a = fleet("fa", "127.0.0.81", [])
    a.start()
    b = fleet("fb", "127.0.0.82", [a.gossip])  # type: ignore[attr-defined]
    b.start()
    for node in (a, b):
        node.wait_states({"engine-m-0": "ready"})
    seen = wait_until(lambda: all_alive(a, {"fa", "fb"}), 60, "both nodes alive in a's view")
    assert seen["fb"]["address"] == "127.0.0.82" and seen["fb"]["version"]
    assert seen["fb"]["drain"] is False and seen["fb"]["tags"]["fleet"] == "itest"
    serf_pid = b.supervisor_info()["fleet-serf"]["pid"]
    assert serf_pid > 0
    # a's agent exports the fleet as its Serf sees it (read every health_interval_s)
    wait_until(lambda: 'appliance_fleet_member_up{member="fb"} 1.0' in a.metrics(), 30,
               "fb up in a's /metrics")
    assert 'appliance_fleet_members{status="alive"} 2.0' in a.metrics()

    out = b.cli("drain").stdout
    assert "anywhere in the fleet" in out
    assert replica_states(b) == {"draining"}
    assert b.status()["node"]["drained"] is True
    assert "drained" in b.cli("status").stdout
    wait_until(lambda: members(a)["fb"]["drain"], 30, "a sees fb drained")

    assert b.stop_agent() == 0
    b.start_agent()
    assert b.supervisor_info()["fleet-serf"]["pid"] == serf_pid  # Serf ran on
    assert b.status()["node"]["drained"] is True
    assert replica_states(b) == {"draining"}
    assert members(a)["fb"]["status"] == "alive" and members(a)["fb"]["drain"]

    b.cli("undrain")
    wait_until(lambda: not members(a)["fb"]["drain"], 30, "a sees fb undrained")
    wait_until(lambda: replica_states(b) == {"ready"}, 30, "b's replicas ready again")
    assert b.status()["node"]["drained"] is False

    # the fleet switched off on b: at its next start, b's Serf leaves and its program goes
    b.data["fleet"]["enabled"] = False
    b.write()
    assert b.stop_agent() == 0
    b.start_agent()
    wait_until(lambda: members(a)["fb"]["status"] == "left", 30, "a sees fb left")
    # gone on purpose: counted as left, and no member_up series that would look down
    wait_until(lambda: 'appliance_fleet_members{status="left"} 1.0' in a.metrics(), 30,
               "fb left in a's /metrics")
    assert 'member="fb"' not in a.metrics()
    assert "fleet-serf" not in b.supervisor_info()
    assert b.status()["node"]["fleet"]["enabled"] is False


def test_key_rotation_from_the_command_line(fleet) -> None:
    a = fleet("fa", "127.0.0.83", [])
    a.start()
    b = fleet("fb", "127.0.0.84", [a.gossip])  # type: ignore[attr-defined]
    b.start()
    wait_until(lambda: all_alive(a, {"fa", "fb"}), 60, "both nodes alive")
    key_file = Path(a.data["fleet"]["key_file"])
    old = key_file.read_text().strip()
    key_file.write_text(f"{generate_key()}\n{old}\n")
    out = a.cli("fleet", "keys", "apply").stdout
    assert "install (accepted) key" in out and "make primary" in out
    assert "every member's keyring matches the key file" in out
    keys = json.loads(a.cli("fleet", "keys", "list", "--json").stdout)
    assert sorted((k["key_file"], k["members"], k["of"]) for k in keys) == [
        ("accepted", 2, 2), ("primary", 2, 2)]
    assert old not in out and old not in json.dumps(keys)  # fingerprints only
    key_file.write_text(key_file.read_text().splitlines()[0] + "\n")
    assert "remove key" in a.cli("fleet", "keys", "apply").stdout
    keys = json.loads(a.cli("fleet", "keys", "list", "--json").stdout)
    assert [(k["key_file"], k["members"]) for k in keys] == [("primary", 2)]
    assert all_alive(a, {"fa", "fb"})
