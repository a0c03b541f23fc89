"""A model across nodes on the fleet's Ray cluster, with real agents, supervisord, Serf,
Ray and proxies, and the simulated engine as vLLM's Ray executor (one placement group of
TP × PP bundles over the listed nodes, served only once placed).

Three nodes: mc (Ray's head), ma and mb; the model `wide` lists ma and mb (TP 2: one GPU
of each). A request through mc's proxy (the official openai client) is answered by the
engine on ma. kill -9 of everything of mb (it lends its GPU, it does not run the engine):
the model goes down, and ma's and mc's proxies answer 503 naming mb. mb started again:
the model comes back and answers. The two times are printed (docs/benchmarks.md)."""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

import pytest

from appliance.agent.ray_member import ray_binary
from appliance.testing.ports import free_port
from appliance.testing.serf_agents import serf_binary
from tests.integration.fleet_stack import Fleet, FleetNode, answered, down_naming
from tests.integration.harness import wait_until

pytestmark = [
    pytest.mark.skipif(serf_binary() is None, reason="serf is not installed"),
    pytest.mark.skipif(ray_binary() is None, reason="ray is not installed (the ray extra)"),
]

WIDE = {"name": "wide", "source": "sim/wide", "engine": "sim",
        "engine_options": {"mode": "echo"}, "gpu_memory_fraction": 0.5,
        "tensor_parallel_size": 2, "nodes": ["ma", "mb"]}


# The nodes' Ray worker ports (22000, 22100 and 22200, 50 each), where no other Ray port of
# theirs may lie ("[ray] port must lie outside the worker ports").
WORKER_PORTS = range(22000, 22250)


def ray_section(priority: int, workers: int, temp_dir: str) -> dict:
    def port() -> int:
        return free_port(WORKER_PORTS)

    return {"enabled": True, "priority": priority, "stable_s": 1.0,
            "gcs_reconnect_timeout_s": 5, "port": port(),
            "node_manager_port": port(), "object_manager_port": port(),
            "dashboard_agent_port": port(), "client_server_port": port(),
            "min_worker_port": workers, "max_worker_port": workers + 49,
            "temp_dir": temp_dir, "num_cpus": 1, "object_store_mib": 100}


@pytest.fixture
def fleet(tmp_path: Path):
    # each node: the 1xL4 inventory (one GPU, which `wide` reserves on ma and mb)
    stack = Fleet(tmp_path, {}, first_ip=94, fleet_name="raymodels",
                  proxy={"breaker_cooldown_s": 2})
    temp_dirs = []
    for name, priority, workers in (("mc", 10, 22000), ("ma", 20, 22100), ("mb", 30, 22200)):
        temp_dirs.append(tempfile.mkdtemp(prefix="ray-", dir="/tmp"))  # short: Ray's sockets
        stack.node_sections["ray"] = ray_section(priority, workers, temp_dirs[-1])
        stack.add(name, [WIDE])
    yield stack
    stack.stop()  # supervisord stops Ray (as a group), Serf and the engines
    for path in temp_dirs:
        shutil.rmtree(path, ignore_errors=True)


def kill(node: FleetNode) -> None:
    """The host dies: every process of the node (supervisord first, so that nothing is
    started again), then the rest of Ray's process group."""
    ray = node.node.supervisor_info()["fleet-ray"]["pid"]
    node.kill()
    try:
        os.killpg(ray, signal.SIGKILL)
    except ProcessLookupError:
        pass


def engine_logs(node: FleetNode) -> str:
    """The tail of each engine log of the node (what the simulated Ray executor said)."""
    return "\n".join(f"--- {path.name}\n{path.read_text()[-3000:]}"
                     for path in sorted((node.node.root / "log" / "engines").glob("*")))


def restart(node: FleetNode) -> None:
    """The host is back: its processes start as at boot (the killed ones left their
    sockets behind)."""
    for sock in ("supervisor.sock", "agent.sock"):
        (node.node.run_dir / sock).unlink(missing_ok=True)
    node.dead = False
    node.start()


def test_a_model_across_two_nodes_goes_down_with_a_node_and_comes_back(fleet: Fleet) -> None:
    ma, mb, mc = fleet.nodes["ma"], fleet.nodes["mb"], fleet.nodes["mc"]
    for node in (mc, ma, mb):
        node.start()
    try:
        wait_until(lambda: answered(mc), 300, "wide answered through mc's proxy")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{ma.logs()}\n{engine_logs(ma)}\n{mb.logs()}") from None
    # each proxy learns of the replica when its agent has fetched ma's new catalog
    wait_until(lambda: answered(ma) and answered(mb), 60, "wide answered through ma and mb")
    engines = ma.node.engines()
    assert engines["engine-wide-0"]["state"] == "ready"
    assert mb.node.engines() == {} and mc.node.engines() == {}  # mb lends; mc is not listed
    assert "model wide: running here" in ma.node.cli("status").stdout
    assert "model wide: GPUs lent to ma" in mb.node.cli("status").stdout
    plan = mb.node.cli("plan").stdout
    assert "lends its GPUs to ma" in plan

    started = time.monotonic()
    kill(mb)
    for node in (ma, mc):
        message = wait_until(lambda node=node: down_naming(node, "mb"), 120,
                             f"{node.name}'s proxy: wide down naming mb")
    down_s = time.monotonic() - started
    assert "wide runs across ma, mb: node mb is failed" in message
    wait_until(lambda: "engine-wide-0" not in ma.node.engines(), 60, "the engine stopped")
    assert "model wide: DOWN: wide runs across ma, mb: node mb" in ma.node.cli("status").stdout

    started = time.monotonic()
    restart(mb)
    try:
        wait_until(lambda: answered(mc), 300, "wide answered again through mc's proxy")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{ma.logs()}\n{engine_logs(ma)}\n{mb.logs()}") from None
    back_s = time.monotonic() - started
    wait_until(lambda: answered(ma), 60, "wide answered again through ma")
    print(f"\nkill of a listed node -> 503 naming it on every proxy: {down_s:.1f} s"
          f"\nthe node started again -> the model answers: {back_s:.1f} s")

    # only mb's Ray dies (the node stays in the fleet): the engine's placement group loses
    # its bundle there, the engine exits as vLLM's executor does, and is started again
    # once mb's Ray (restarted by supervisord) is back in the cluster
    pid = ma.node.engines()["engine-wide-0"]["pid"]
    started = time.monotonic()
    os.killpg(mb.node.supervisor_info()["fleet-ray"]["pid"], signal.SIGKILL)
    log = next((ma.node.root / "log" / "engines").glob("engine-wide-0*"))
    lost_before = log.read_text().count("placement group lost")
    wait_until(lambda: log.read_text().count("placement group lost") > lost_before, 120,
               "the engine on ma exits: its placement group lost mb")
    exit_s = time.monotonic() - started
    wait_until(lambda: ma.node.engines()["engine-wide-0"]["pid"] not in (None, pid)
               and answered(mc), 300, "the engine started again and answering")
    print(f"kill of mb's Ray alone -> the engine exits: {exit_s:.1f} s; -> answers again: "
          f"{time.monotonic() - started:.1f} s")
