"""A model across nodes with vLLM's native multi-node mode (`executor = "native"`, no
Ray), with real agents, supervisord, Serf and proxies, and the simulated engine as
vLLM's ranks: rank 0 listens on the master port of its fleet address and serves only
once every other rank has connected; a rank exits when its group loses one.

Three nodes: ma, mb and mc; the model `wide` lists ma and mb (TP 2: one GPU of each).
ma runs rank 0 (the engine, with the API), mb rank 1 (a headless program). A request
through mc's proxy (the official openai client) is answered. kill -9 of everything of
mb: every proxy answers 503 naming mb. mb started again: answered again. The two times
are printed (docs/fleet.md)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from appliance.testing.ports import free_port
from appliance.testing.serf_agents import serf_binary
from tests.integration.fleet_stack import Fleet, answered, down_naming
from tests.integration.harness import wait_until

pytestmark = pytest.mark.skipif(serf_binary() is None, reason="serf is not installed")


def wide() -> dict:
    return {"name": "wide", "source": "sim/wide", "engine": "sim",
            "engine_options": {"mode": "echo"}, "gpu_memory_fraction": 0.5,
            "tensor_parallel_size": 2, "nodes": ["ma", "mb"], "executor": "native",
            "master_port": free_port()}


@pytest.fixture
def fleet(tmp_path: Path):
    # each node: the 1xL4 inventory (one GPU, which `wide` reserves on ma and mb)
    stack = Fleet(tmp_path, {}, first_ip=161, fleet_name="nativemodels",
                  proxy={"breaker_cooldown_s": 2})
    model = wide()
    for name in ("ma", "mb", "mc"):
        stack.add(name, [model])
    yield stack
    stack.stop()


def test_a_native_model_across_two_nodes_goes_down_with_a_node_and_comes_back(
        fleet: Fleet) -> None:
    ma, mb, mc = fleet.nodes["ma"], fleet.nodes["mb"], fleet.nodes["mc"]
    for node in (ma, mb, mc):
        node.start()
    try:
        wait_until(lambda: answered(mc), 180, "wide answered through mc's proxy")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{ma.logs()}\n{mb.logs()}") from None
    # each proxy learns of the replica when its agent has fetched ma's new catalog
    wait_until(lambda: answered(ma) and answered(mb), 60, "wide answered through ma and mb")
    assert ma.node.engines()["engine-wide-0"]["state"] == "ready"
    assert mb.node.engines() == {} and mc.node.engines() == {}  # rank 1 is headless
    rank1 = mb.node.supervisor_info()["native-wide-1"]
    assert rank1["pid"]
    assert "rank 1 of wide" in mb.node.cli("plan").stdout
    assert "rank 0 of wide" in ma.node.cli("plan").stdout
    assert "model wide: rank 0 of 2 here (vLLM native multi-node across ma, mb; serves the " \
        "API)" in ma.node.cli("status").stdout
    assert "model wide: rank 1 of 2 here" in mb.node.cli("status").stdout
    assert "model wide" not in mc.node.cli("status").stdout  # not listed there

    started = time.monotonic()
    mb.kill()
    for node in (ma, mc):
        message = wait_until(lambda node=node: down_naming(node, "mb"), 120,
                             f"{node.name}'s proxy: wide down naming mb")
    down_s = time.monotonic() - started
    assert "wide runs across ma, mb: node mb is failed" in message
    wait_until(lambda: "engine-wide-0" not in ma.node.engines(), 60, "rank 0 stopped")
    assert "model wide: DOWN: wide runs across ma, mb: node mb" in ma.node.cli("status").stdout

    started = time.monotonic()
    mb.restart()
    try:
        wait_until(lambda: answered(mc), 180, "wide answered again through mc's proxy")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{ma.logs()}\n{mb.logs()}") from None
    back_s = time.monotonic() - started
    # each proxy learns of the replica when its agent has fetched ma's new catalog
    wait_until(lambda: answered(ma) and answered(mb), 60, "wide answered through ma and mb")
    print(f"\nkill of a listed node -> 503 naming it on every proxy: {down_s:.1f} s"
          f"\nthe node started again -> the model answers: {back_s:.1f} s")

    # only rank 1 dies (its node stays in the fleet): rank 0 loses its connection and exits,
    # as vLLM's engine core does when it loses a worker; supervisord starts both again and
    # the model answers once rank 1 has joined the new rank 0
    rank0 = ma.node.engines()["engine-wide-0"]["pid"]
    started = time.monotonic()
    os.kill(mb.node.supervisor_info()["native-wide-1"]["pid"], signal.SIGKILL)
    wait_until(lambda: ma.node.engines().get("engine-wide-0", {}).get("pid") not in
               (None, rank0), 60, "rank 0 exited and started again")
    exit_s = time.monotonic() - started
    wait_until(lambda: answered(mc), 120, "wide answered again after rank 1 died")
    print(f"kill of rank 1 alone -> rank 0 started again: {exit_s:.1f} s; -> answers "
          f"again: {time.monotonic() - started:.1f} s")
