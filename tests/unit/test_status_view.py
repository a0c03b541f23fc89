"""The status page's data (pure): GPUs with each replica's quota and measured memory,
replicas with state and load, recent errors; and the load read from engine metrics."""

from __future__ import annotations

from appliance.agent.status_view import engine_load, fleet_view, node_view
from appliance.agent.watchdog import GpuUsage
from appliance.gpu.inventory import Gpu, Inventory

MIB = 1024 * 1024
INVENTORY = Inventory(gpus=(Gpu(index=0, uuid="GPU-0", name="NVIDIA L4", memory_total_mib=20000),
                            Gpu(index=1, uuid="GPU-1", name="NVIDIA L4", memory_total_mib=20000)))


def engine(name: str, gpus: list[int], fraction: float, state: str = "ready", **extra) -> dict:
    return {"name": name, "model": name.split("-")[1], "replica": 0, "task": "generate",
            "state": state, "state_for_s": 12.0, "gpus": gpus, "fraction": fraction,
            "restarts": 0, "detail": "", "last_error": None, "pid": 10, **extra}


STATUS = {
    "node": {"name": "gpu-01", "ready": True, "uptime_s": 60.0},
    "engines": [
        engine("engine-chat-0", [0], 0.5),
        engine("engine-code-0", [0, 1], 0.25, state="backoff", restarts=2,
               last_error="exited with status 1"),
    ],
    "rejections": [{"model": "big", "replica": 0, "reason": "needs 38.0 GiB, GPU 1 has 31.2"}],
}


def test_gpus_show_each_replica_quota_and_measured_memory() -> None:
    usage = [GpuUsage("engine-chat-0", "chat", 0, 9000 * MIB, 10000 * MIB)]
    view = node_view(STATUS, INVENTORY, 0.05, usage, {0: 15000 * MIB, 1: 100 * MIB}, {}, [])
    gpu0, gpu1 = view["gpus"]
    assert gpu0["total_mib"] == 20000 and gpu0["reserve_mib"] == 1000
    assert gpu0["used_mib"] == 15000 and view["gpus_measured"]
    assert [(r["engine"], r["quota_mib"], r["measured_mib"]) for r in gpu0["replicas"]] == [
        ("engine-chat-0", 10000, 9000), ("engine-code-0", 5000, None)]
    assert [r["engine"] for r in gpu1["replicas"]] == ["engine-code-0"]


def test_without_measurements_memory_is_none() -> None:
    view = node_view(STATUS, INVENTORY, 0.0, [], {}, {}, [])
    assert view["gpus"][0]["used_mib"] is None and not view["gpus_measured"]


def test_replicas_carry_state_and_load() -> None:
    view = node_view(STATUS, INVENTORY, 0.0, [], {}, {"engine-chat-0": (3, 1),
                                                      "engine-code-0": None}, [])
    chat, code = view["replicas"]
    assert (chat["state"], chat["running"], chat["waiting"]) == ("ready", 3, 1)
    assert (code["state"], code["running"], code["restarts"]) == ("backoff", None, 2)


def test_errors_newest_log_lines_after_engine_failures_and_rejections() -> None:
    recent = [{"time": "t1", "level": "WARNING", "logger": "appliance.agent", "message": "old"},
              {"time": "t2", "level": "ERROR", "logger": "appliance.agent", "message": "new"}]
    view = node_view(STATUS, INVENTORY, 0.0, [], {}, {}, recent)
    assert [(e["source"], e["message"]) for e in view["errors"]] == [
        ("engine-code-0", "exited with status 1"),
        ("big[0]", "needs 38.0 GiB, GPU 1 has 31.2"),
        ("appliance.agent", "new"), ("appliance.agent", "old")]


def test_no_inventory_no_gpus() -> None:
    assert node_view({**STATUS, "engines": []}, None, 0.0, [], {}, {}, [])["gpus"] == []


def test_fleet_view_lists_nodes() -> None:
    node = node_view(STATUS, INVENTORY, 0.0, [], {}, {}, [])
    assert fleet_view([node], 5.0) == {"version": 1, "generated": 5.0, "nodes": [node]}


def test_engine_load() -> None:
    text = ("# TYPE vllm:num_requests_running gauge\n"
            'vllm:num_requests_running{model_name="m"} 2.0\n'
            "# TYPE vllm:num_requests_waiting gauge\n"
            'vllm:num_requests_waiting{model_name="m"} 5.0\n')
    assert engine_load(text) == (2, 5)
    assert engine_load("# TYPE other gauge\nother 1\n") is None
    assert engine_load("not { prometheus") is None


def test_the_bridge_says_when_the_agent_is_not_there(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from aiohttp.test_utils import TestClient, TestServer

    from appliance.cli.status_web import make_bridge

    async def go() -> tuple[int, dict, int, str]:
        client = TestClient(TestServer(make_bridge(tmp_path / "absent.sock")))
        await client.start_server()
        try:
            resp = await client.get("/status/view.json")
            other = await client.get("/v1/status", allow_redirects=False)
            home = await client.get("/", allow_redirects=False)
            return resp.status, await resp.json(), other.status, home.headers["Location"]
        finally:
            await client.close()

    status, body, other, home = asyncio.run(go())
    assert status == 502 and "the agent does not answer" in body["error"]["message"]
    assert other == 404 and home == "/status/"  # only the page and its data pass
