"""The fleet's Ray cluster with real agents, supervisord, Serf and Ray: three nodes on
127.0.0.x form one cluster, a driver with the wrong token is refused, and when the head
node dies (agent, supervisord, Serf and Ray killed) a new head is elected and the others
re-join it. An agent restart leaves Ray running. The time from the kill to the re-formed cluster is printed (docs/benchmarks.md)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest

from appliance.agent.ray_member import ray_binary
from appliance.config import load_config
from appliance.fleet.keys import generate_key
from appliance.fleet.ray_cluster import probe
from appliance.fleet.ray_config import RayPaths, environment
from appliance.testing.ports import free_port
from appliance.testing.serf_agents import serf_binary
from tests.integration.harness import Node, wait_until

pytestmark = [
    pytest.mark.skipif(serf_binary() is None, reason="serf is not installed"),
    pytest.mark.skipif(ray_binary() is None, reason="ray is not installed (the ray extra)"),
]
# The nodes' Ray worker ports (21000, 21100 and 21200, 50 each): no other port of theirs may
# lie there ("[ray] port must lie outside the worker ports").
WORKER_PORTS = range(21000, 21250)


@pytest.fixture
def fleet(tmp_path: Path):
    key_file = tmp_path / "fleet.key"
    key_file.write_text(generate_key() + "\n")
    key_file.chmod(0o600)
    nodes: list[Node] = []
    temp_dirs: list[str] = []

    def make(name: str, address: str, priority: int, join: list[str], workers: int) -> Node:
        gossip = free_port(WORKER_PORTS)
        temp_dirs.append(tempfile.mkdtemp(prefix="ray-", dir="/tmp"))  # short: Ray's sockets
        node = Node(
            tmp_path / name, [], node={"name": name},
            fleet={"enabled": True, "name": "raytest", "key_file": str(key_file),
                   "bind": address, "gossip_port": gossip,
                   "relay_port": free_port(WORKER_PORTS), "serf_rpc_port": free_port(WORKER_PORTS),
                   "profile": "local", "join": join},
            ray={"enabled": True, "priority": priority, "stable_s": 1.0,
                 "gcs_reconnect_timeout_s": 5, "port": free_port(WORKER_PORTS),
                 "node_manager_port": free_port(WORKER_PORTS),
                 "object_manager_port": free_port(WORKER_PORTS),
                 "dashboard_agent_port": free_port(WORKER_PORTS),
                 "client_server_port": free_port(WORKER_PORTS),
                 "min_worker_port": workers, "max_worker_port": workers + 49,
                 "temp_dir": temp_dirs[-1], "num_cpus": 1, "object_store_mib": 100},
        )
        node.gossip = f"{address}:{gossip}"  # type: ignore[attr-defined]
        nodes.append(node)
        return node

    yield make
    # all at once: supervisord stops Ray (as a group, seconds each) and Serf
    with ThreadPoolExecutor(max_workers=len(nodes) or 1) as pool:
        list(pool.map(Node.stop, nodes))
    for path in temp_dirs:
        shutil.rmtree(path, ignore_errors=True)


def ray_view(node: Node) -> dict:
    return node.request("GET", "/v1/ray")[1]


def formed(node: Node, head: str, names: set[str]) -> dict | None:
    view = ray_view(node)
    alive = {n["name"] for n in view.get("nodes") or [] if n["state"] == "ALIVE"}
    return view if view.get("head") == head and alive == names else None


def in_groups(groups: set[int]) -> list[str]:
    """The processes still in any of these process groups."""
    found = []
    for process in psutil.process_iter(["pid", "name"]):
        try:
            if os.getpgid(process.pid) in groups:
                found.append(f"{process.info['name']} ({process.pid})")
        except (ProcessLookupError, psutil.Error):
            continue
    return found


def kill_node(node: Node) -> None:
    """kill -9 of everything the node runs: Ray (its process group), Serf, the agent and
    supervisord, as when the host dies."""
    info = node.supervisor_info()
    assert node.supervisord is not None and node.agent is not None
    # supervisord first: it would start a killed program again, outside any later kill
    os.killpg(node.supervisord.pid, signal.SIGKILL)
    node.supervisord.wait(timeout=30)
    os.killpg(info["fleet-ray"]["pid"], signal.SIGKILL)
    os.kill(info["fleet-serf"]["pid"], signal.SIGKILL)
    os.killpg(node.agent.pid, signal.SIGKILL)
    node.agent.wait(timeout=30)
    node.agent = node.supervisord = None


# A driver on `ip`'s raylet asks for one bundle on node `name` (its CPU) and waits until
# Ray has placed it on the ALIVE node of that name, once Ray lists only one such node.
DRIVER = """
import json, sys, time
import ray
from ray.util.placement_group import placement_group, placement_group_table
head, ip, name, limit = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
ray.init(address=head, _node_ip_address=ip, log_to_driver=False, logging_level="WARNING",
         configure_logging=False)
group = placement_group([{"CPU": 1, "appliance-node:" + name: 0.001}])
started = time.monotonic()
while True:
    table = placement_group_table(group)
    alive = [n["NodeID"] for n in ray.nodes() if n["Alive"] and n["NodeName"] == name]
    out = {"state": table["state"], "node": table["bundles_to_node_id"].get(0), "alive": alive}
    if len(alive) == 1 and out["state"] == "CREATED" and out["node"] in alive:
        break
    if time.monotonic() - started > limit:
        break
    time.sleep(1)
print(json.dumps(out))
"""


def place_one_bundle_on(node: Node, head_address: str, ip: str, name: str) -> dict:
    config = load_config(node.config_path)
    env = {**os.environ, **environment(config, RayPaths.from_config(config))}
    out = subprocess.run([sys.executable, "-c", DRIVER, head_address, ip, name, "120"],
                         env=env, capture_output=True, text=True, timeout=240)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_three_nodes_form_a_cluster_and_re_form_it_when_the_head_dies(fleet) -> None:
    a = fleet("ra", "127.0.0.91", 10, [], 21000).start()
    b = fleet("rb", "127.0.0.92", 20, [a.gossip], 21100).start()  # type: ignore[attr-defined]
    c = fleet("rc", "127.0.0.93", 30, [a.gossip], 21200).start()  # type: ignore[attr-defined]
    names = {"ra", "rb", "rc"}
    view = wait_until(lambda: formed(a, "ra", names), 240, "one cluster of three, head ra")
    nodes = {n["name"]: n for n in view["nodes"]}
    assert nodes["ra"]["head"] and not nodes["rb"]["head"]
    for name in names:
        assert nodes[name]["resources"]["appliance-node:" + name] == 1
        assert nodes[name]["resources"]["CPU"] == 1
        assert nodes[name]["address"] == {"ra": "127.0.0.91", "rb": "127.0.0.92",
                                          "rc": "127.0.0.93"}[name]
    for node in (b, c):
        assert wait_until(lambda node=node: formed(node, "ra", names), 60, "the same view")
    # an agent restart leaves Ray running: same program, same process
    ray_pid = b.supervisor_info()["fleet-ray"]["pid"]
    assert b.stop_agent() == 0
    b.start_agent()
    assert wait_until(lambda: formed(b, "ra", names), 60, "rb's new agent follows ra")
    assert b.supervisor_info()["fleet-ray"]["pid"] == ray_pid

    members = b.cli("members").stdout
    assert "head" in members and "appliance-node:rc 1" in members
    assert "ray: head ra (epoch 1)" in c.cli("status").stdout

    # a driver without the cluster's token is refused
    wrong = tempfile.NamedTemporaryFile("w", suffix=".token", delete=False)
    wrong.write("0" * 64 + "\n")
    wrong.close()
    env = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN_PATH": wrong.name}
    with pytest.raises(RuntimeError, match="InvalidAuthToken|[Aa]uthentication"):
        asyncio.run(probe(view["head_address"], env))
    os.unlink(wrong.name)

    # rc's Ray alone dies and supervisord starts it again at once, on the same ports, while
    # the head still lists the old rc ALIVE (until its health checks fail): the new one
    # waits until the old one is marked dead (appliance.fleet.ray_run), so a placement
    # group asked for meanwhile is placed on the new rc, not lost with the old one
    os.killpg(c.supervisor_info()["fleet-ray"]["pid"], signal.SIGKILL)
    placed = place_one_bundle_on(a, view["head_address"], "127.0.0.91", "rc")
    assert placed["state"] == "CREATED" and placed["node"] in placed["alive"], placed
    assert "still lists this node (rc) ALIVE" in (c.root / "log" / "fleet-ray.log").read_text()
    assert wait_until(lambda: formed(b, "ra", names), 60, "rc back in the cluster")

    groups = {node.supervisor_info()["fleet-ray"]["pid"] for node in (b, c)}
    started = time.monotonic()
    kill_node(a)
    view = wait_until(lambda: formed(b, "rb", {"rb", "rc"}), 240, "rb head of rb and rc")
    elapsed = time.monotonic() - started
    assert view["epoch"] == 2
    assert wait_until(lambda: formed(c, "rb", {"rb", "rc"}), 60, "rc sees the same")
    # the workers' Ray of the dead head exited or was restarted: nothing of it is left
    # (Ray's agents outlived `ray start` before appliance.fleet.ray_run killed them)
    assert wait_until(lambda: not in_groups(groups), 30, "no process of the old Ray left")
    print(f"\nkill of the head node -> cluster re-formed under rb: {elapsed:.1f} s")
