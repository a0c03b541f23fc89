"""The agent against a real supervisord, with tiny stand-in engines."""

from __future__ import annotations

import copy
import os
import signal
from pathlib import Path

import pytest

from tests.integration.harness import Node, wait_until


def model(name: str, **fields: object) -> dict:
    entry = {"name": name, "source": f"org/{name}", "gpu_memory_fraction": 0.2, **fields}
    return {k: v for k, v in entry.items() if v is not None}


@pytest.fixture
def node_factory(tmp_path: Path):
    nodes: list[Node] = []

    def make(models: list[dict], **kw: object) -> Node:
        node = Node(tmp_path / f"n{len(nodes)}", models, **kw)
        nodes.append(node)
        return node

    yield make
    for node in nodes:
        node.stop()


def test_reconcile_adds_changes_removes_and_leaves_the_rest(node_factory) -> None:
    node = node_factory([model("a", replicas=2), model("b")]).start()
    try:
        before = node.wait_states({"engine-a-0": "ready", "engine-a-1": "ready", "engine-b-0": "ready"})
        data = copy.deepcopy(node.data)
        data["models"] = [model("a"), model("b", max_model_len=4096), model("c")]
        node.write(data)
        out = node.cli("reload").stdout
        assert "1 added, 1 changed, 1 removed, 1 untouched" in out
        after = node.wait_states({"engine-a-0": "ready", "engine-b-0": "ready", "engine-c-0": "ready"})
        assert "engine-a-1" not in after
        assert after["engine-a-0"]["pid"] == before["engine-a-0"]["pid"]  # untouched
        assert after["engine-b-0"]["pid"] != before["engine-b-0"]["pid"]  # changed
        assert set(node.supervisor_info()) == {"engine-a-0", "engine-b-0", "engine-c-0"}
    except AssertionError:
        print(node.logs())
        raise


def test_invalid_config_on_reload_changes_nothing(node_factory) -> None:
    node = node_factory([model("a"), model("b")]).start()
    before = node.wait_states({"engine-a-0": "ready", "engine-b-0": "ready"})
    data = copy.deepcopy(node.data)
    data["models"][1]["gpu_memory_fraction"] = 1.4
    node.write(data)
    result = node.cli("reload", check=False)
    assert result.returncode == 1
    assert "models[1].gpu_memory_fraction: must be > 0 and <= 1, got 1.4" in result.stderr
    # SIGHUP takes the same path
    assert node.agent is not None
    node.agent.send_signal(signal.SIGHUP)
    wait_until(lambda: node.status()["node"]["reloads"]["rejected"] >= 2, 10, "2 rejected reloads")
    (node.config_path).write_text("[[models]\n")
    bad_toml = node.cli("reload", check=False)
    assert bad_toml.returncode == 1 and "invalid TOML" in bad_toml.stderr
    node.agent.send_signal(signal.SIGHUP)
    wait_until(lambda: node.status()["node"]["reloads"]["rejected"] >= 3, 10, "3 rejected reloads")
    after = node.engines()
    assert {n: e["pid"] for n, e in after.items()} == {n: e["pid"] for n, e in before.items()}
    assert all(e["state"] == "ready" for e in after.values())


def test_crash_loop_backs_off_then_fails_with_the_log(node_factory) -> None:
    node = node_factory(
        [model("good"), model("bad", env={"TINY_ENGINE_EXIT": "3"})],
        agent={"max_restarts": 3},
    ).start()
    engines = node.wait_states({"engine-good-0": "ready", "engine-bad-0": "failed"}, timeout=40)
    bad = engines["engine-bad-0"]
    assert bad["last_error"] == "exited with status 3"
    assert bad["restarts"] == 2
    assert "tiny engine exiting with 3" in "\n".join(bad["log_tail"])
    out = node.cli("status").stdout
    assert "failed" in out and "tiny engine exiting with 3" in out


def test_a_killed_engine_comes_back(node_factory) -> None:
    node = node_factory([model("a")]).start()
    first = node.wait_states({"engine-a-0": "ready"})["engine-a-0"]
    pid, socket = first["pid"], Path(first["socket"])
    os.kill(pid, signal.SIGKILL)
    # the killed engine leaves its socket file, on which the next bind would fail (the tiny
    # engine binds as vLLM does): the agent removes it before the restart
    assert socket.is_socket()
    engines = wait_until(
        lambda: (e := node.engines())["engine-a-0"]["state"] == "ready"
        and e["engine-a-0"]["pid"] not in (None, pid) and e,
        30, "engine back",
    )
    assert engines["engine-a-0"]["restarts"] == 1
    assert engines["engine-a-0"]["socket"] == str(socket) and socket.is_socket()
    metrics = node.metrics()
    assert 'appliance_engine_state{engine="engine-a-0",model="a",state="ready"} 1.0' in metrics
    assert 'appliance_engine_restarts_total{engine="engine-a-0",model="a"} 1.0' in metrics
    assert 'appliance_gpu_allocated_fraction{gpu="0"' in metrics
    assert node.request("GET", "/health/live")[0] == 200


def test_agent_restart_adopts_running_engines(node_factory) -> None:
    node = node_factory([model("a"), model("b", engine="vllm-cpu", memory_gib=1, gpu_memory_fraction=None)]).start()
    before = node.wait_states({"engine-a-0": "ready", "engine-b-0": "ready"})
    assert node.stop_agent() == 0
    # engines keep running while the agent is away
    info = node.supervisor_info()
    assert {n: i["pid"] for n, i in info.items()} == {n: e["pid"] for n, e in before.items()}
    node.start_agent()
    after = node.wait_states({"engine-a-0": "ready", "engine-b-0": "ready"})
    assert {n: e["pid"] for n, e in after.items()} == {n: e["pid"] for n, e in before.items()}
    assert all(e["restarts"] == 0 for e in after.values())


def test_replicas_sharing_a_gpu_start_one_after_another(node_factory) -> None:
    slow = {"TINY_ENGINE_STARTUP_S": "1.5"}
    node = node_factory(
        [model("a", env=slow), model("b", env=slow), model("c", env=slow)],
        inventory="2xA100-40GB-2xL4",
        gpus={"policy": "binpack"},
    ).start()
    node.wait_states({"engine-a-0": "ready", "engine-b-0": "ready", "engine-c-0": "ready"}, 40)
    plan = node.request("GET", "/v1/plan")[1]
    gpus = {p["model"]: tuple(p["gpus"]) for p in plan["placements"]}
    assert len(set(gpus.values())) == 1  # binpack: all three on one GPU
    starts = sorted(i["start"] for i in node.supervisor_info().values())
    # supervisord records start times in whole seconds; each waited for the previous
    # one's 1.5 s load, so no two started in the same second
    assert starts[1] - starts[0] >= 1 and starts[2] - starts[1] >= 1


def test_models_load_and_unload(node_factory) -> None:
    node = node_factory([model("a")]).start()
    node.wait_states({"engine-a-0": "ready"})
    out = node.cli("models", "load", "extra", "--source", "org/extra", "--gpu-memory-fraction", "0.3").stdout
    assert "1 added" in out
    node.wait_states({"engine-a-0": "ready", "engine-extra-0": "ready"})
    assert node.cli("models", "load", "extra", "--source", "x", "--memory-gib", "1", check=False).returncode == 1
    node.cli("models", "unload", "a")
    wait_until(lambda: set(node.engines()) == {"engine-extra-0"}, 20, "a unloaded")
    assert "unloaded" in (node.root / "state" / "models.toml").read_text()
    node.cli("models", "load", "a")
    node.wait_states({"engine-a-0": "ready", "engine-extra-0": "ready"})
    bad = node.cli("models", "load", "big", "--source", "x", "--gpu-memory-fraction", "0.99", check=False)
    assert bad.returncode == 1
    assert "above the per-GPU budget" in bad.stderr
    assert "big" not in (node.root / "state" / "models.toml").read_text()


def test_an_engine_that_cannot_spawn_never_stops_the_agent(node_factory) -> None:
    node = node_factory(
        [model("good"), model("gone", engine="vllm-cpu", memory_gib=1, gpu_memory_fraction=None)],
        agent={"max_restarts": 2},
    )
    node.data["engines"]["vllm-cpu"]["command"] = ["/bin/false"]  # dies at once, every time
    node.write()
    node.start()
    engines = node.wait_states({"engine-good-0": "ready", "engine-gone-0": "failed"}, timeout=40)
    assert engines["engine-gone-0"]["last_error"]
    assert node.agent is not None and node.agent.poll() is None  # the agent runs on
    assert node.request("GET", "/health/ready")[0] == 200
