"""The agent against a real supervisord, with tiny stand-in engines."""

from __future__ import annotations

import copy
import os
import signal
import tomllib
from pathlib import Path

import pytest

from tests.integration.harness import Node, engine_get, wait_until


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


def test_replicas_sharing_a_gpu_start_one_after_another(node_factory, tmp_path: Path) -> None:
    events = tmp_path / "events"
    slow = {"TINY_ENGINE_STARTUP_S": "1", "TINY_ENGINE_EVENTS": str(events)}
    node = node_factory(
        [model("a", env=slow), model("b", env=slow), model("c", env=slow)],
        inventory="2xA100-40GB-2xL4",
        gpus={"policy": "binpack"},
    ).start()
    node.wait_states({"engine-a-0": "ready", "engine-b-0": "ready", "engine-c-0": "ready"}, 40)
    plan = node.request("GET", "/v1/plan")[1]
    gpus = {p["model"]: tuple(p["gpus"]) for p in plan["placements"]}
    assert len(set(gpus.values())) == 1  # binpack: all three on one GPU
    # each started only once the one before it answered ready: an order, read from one
    # file the engines append to, not a distance between clock readings
    lines = events.read_text().split()
    names = lines[1::2]
    assert lines[0::2] == ["start", "ready"] * 3, lines
    assert names[0::2] == names[1::2] and sorted(names[0::2]) == ["a", "b", "c"], lines


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


def test_a_load_that_would_inject_lines_is_refused_and_runs_nothing(node_factory, tmp_path: Path) -> None:
    node = node_factory([model("a")]).start()
    node.wait_states({"engine-a-0": "ready"})
    programs = node.root / "state" / "supervisor" / "programs.d"
    before = {p.name: p.read_text() for p in programs.glob("*.conf")}
    marker = tmp_path / "injected"
    evil = f"\n[program:evil]\ncommand=/usr/bin/touch {marker}\nautostart=true\nstartsecs=0\n"
    attempts = [
        (model("b", extra_args=["--enable-prefix-caching" + evil]), "models[1].extra_args[0]"),
        (model("b", source="org/b" + evil), "models[1].source"),
        (model("b", env={"HF_HOME": "/x" + evil}), "models[1].env.HF_HOME"),
        (model("b", env={"HF_HOME": "/x\x00"}), "models[1].env.HF_HOME"),
        (model("b", env={"LD_PRELOAD\n": "/tmp/evil.so"}), 'models[1].env."LD_PRELOAD\\n"'),
        (model("b\n"), "models[1].name"),
    ]
    for entry, path in attempts:
        status, body = node.request("POST", "/v1/models", entry)
        assert status == 400, body
        assert any(p.startswith(path + ":") for p in body["error"]["problems"]), body
    assert {p.name: p.read_text() for p in programs.glob("*.conf")} == before
    assert set(node.supervisor_info()) == {"engine-a-0"}
    assert "b" not in node.engines() and not marker.exists()
    dropin = node.root / "state" / "models.toml"
    assert not dropin.exists() or "evil" not in dropin.read_text()


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


def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    """Run fn(*args) in a thread; the returned function joins it and gives its result."""
    import threading

    box: dict = {}

    def run() -> None:
        try:
            box["result"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()

    def join():  # type: ignore[no-untyped-def]
        thread.join(timeout=120)
        assert not thread.is_alive(), "the call did not return"
        if "error" in box:
            raise box["error"]
        return box["result"]

    return join


def test_a_reload_queued_behind_another_plans_from_what_that_one_applied(node_factory) -> None:
    """Reload 1 removes an engine that takes 3 s to stop (it ignores SIGTERM); reload 2,
    asked for meanwhile, adds a big model. Planned from the plan reload 1 applied, the
    model x that reload 1 placed keeps its GPU; planned from the plan running when reload 2
    was asked for, x would move (and restart)."""
    a100 = {"gpu_type": "A100"}
    node = node_factory(
        [model("a", gpu_memory_fraction=0.5, **a100),
         model("slow", engine="vllm-cpu", memory_gib=1, gpu_memory_fraction=None)],
        inventory="2xA100-40GB-2xL4", gpus={"policy": "spread"}, supervisor={"stop_timeout_s": 3},
    )
    node.data["engines"]["vllm-cpu"]["command"] = ["/bin/sh", "-c", "trap '' TERM; exec sleep 600", "sh"]
    node.write()
    node.start()
    node.wait_states({"engine-a-0": "ready", "engine-slow-0": "starting"})
    first = copy.deepcopy(node.data)
    first["models"] = [model("a", gpu_memory_fraction=0.5, **a100), model("x", **a100)]
    node.write(first)
    reload_1 = _in_thread(node.request, "POST", "/v1/reload")
    wait_until(lambda: node.supervisor_info()["engine-slow-0"]["statename"] == "STOPPING", 20,
               "reload 1 stopping the slow engine")
    second = copy.deepcopy(first)
    second["models"].append(model("y", gpu_memory_fraction=0.6, **a100))
    node.write(second)
    code_2, result_2 = node.request("POST", "/v1/reload")
    code_1, result_1 = reload_1()
    assert (code_1, code_2) == (200, 200), (result_1, result_2)
    assert result_1["diff"]["add"] == ["engine-x-0"]
    assert result_2["diff"]["add"] == ["engine-y-0"]
    assert "engine-x-0" in result_2["diff"]["keep"], result_2
    gpus = {p["model"]: p["gpus"] for p in node.request("GET", "/v1/plan")[1]["placements"]}
    assert gpus == {"a": [0], "x": [1], "y": [1]}


def test_concurrent_loads_and_reloads_lose_nothing(node_factory) -> None:
    """Ten loads of different models through the API at once, with reloads and a load the
    budget refuses among them: every valid load is in models.toml and in the plan."""
    import asyncio

    import aiohttp

    node = node_factory([model("a")]).start()
    node.wait_states({"engine-a-0": "ready"})
    names = [f"m{i}" for i in range(10)]

    async def send(session: aiohttp.ClientSession, method: str, path: str, body: object = None):  # type: ignore[no-untyped-def]
        async with session.request(method, f"http://agent{path}", json=body) as resp:
            return resp.status, await resp.json()

    async def all_at_once() -> list:
        connector = aiohttp.UnixConnector(path=str(node.socket))
        timeout = aiohttp.ClientTimeout(total=120)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            calls = [send(session, "POST", "/v1/models", model(n, gpu_memory_fraction=0.05))
                     for n in names]
            calls += [send(session, "POST", "/v1/reload") for _ in range(3)]
            calls.append(send(session, "POST", "/v1/models", model("big", gpu_memory_fraction=0.99)))
            return await asyncio.gather(*calls)

    results = asyncio.run(all_at_once())
    assert [code for code, _ in results] == [200] * 13 + [400], results
    dropin = tomllib.loads((node.root / "state" / "models.toml").read_text())
    assert sorted(m["name"] for m in dropin["models"]) == names
    placed = {p["model"] for p in node.request("GET", "/v1/plan")[1]["placements"]}
    assert placed == {"a", *names}


def test_the_agents_tcp_port_refuses_calls_without_its_token(node_factory) -> None:
    """Any local account can reach a loopback port: without the token in
    state_dir/agent-api-token (mode 0600) a call is refused and changes nothing."""
    import json
    import socket
    import urllib.error
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    node = node_factory([model("a")], agent={"api_port": port}).start()
    node.wait_states({"engine-a-0": "ready"})
    token_file = node.root / "state" / "agent-api-token"
    assert oct(token_file.stat().st_mode & 0o777) == "0o600"
    token = token_file.read_text().strip()

    def call(method: str, path: str, auth: str | None, body: dict | None = None) -> int:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}", method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Content-Type": "application/json",
                     **({"Authorization": auth} if auth is not None else {})},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code

    evil = {"name": "evil", "source": "org/evil", "gpu_memory_fraction": 0.1,
            "env": {"LD_PRELOAD": "/tmp/evil.so"}}
    assert call("POST", "/v1/models", None, evil) == 401
    assert call("POST", "/v1/models", "Bearer wrong", evil) == 401
    assert call("POST", "/v1/models", f"Basic {token}", evil) == 401
    assert call("GET", "/v1/status", None) == 401
    assert call("GET", "/v1/routes", None) == 401
    assert not (node.root / "state" / "models.toml").exists()
    assert call("GET", "/v1/status", f"Bearer {token}") == 200
    assert node.request("GET", "/v1/status")[0] == 200  # the unix socket needs no token


def test_a_drain_waits_for_the_engines_own_requests_and_a_stop_drops_the_change(node_factory) -> None:
    """With no proxy watching, the drain goes by the engine's own count of requests
    (vllm:num_requests_running): a request sent straight to the engine holds the removal.
    Stopping the agent meanwhile drops the change: the engine keeps running, untouched."""
    import json
    import socket

    node = node_factory(
        [{"name": "busy", "source": "sim/busy", "engine": "sim",
          "engine_options": {"latency_ms": 120000}}],  # a request runs for 2 minutes
        agent={"drain_timeout_s": 300},
    ).start()
    engine = node.wait_states({"engine-busy-0": "ready"})["engine-busy-0"]
    token = (node.root / "state" / "engine-token").read_text().strip()
    body = json.dumps({"model": "busy", "prompt": "x"}).encode()

    def running() -> float:
        text = engine_get(engine["socket"], "/metrics")
        return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                   if line.startswith("vllm:num_requests_running"))

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(30)
        conn.connect(engine["socket"])
        conn.sendall(b"POST /v1/completions HTTP/1.1\r\nHost: e\r\nContent-Type: application/json\r\n"
                     + f"Authorization: Bearer {token}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                     + body)
        wait_until(lambda: running() == 1, 20, "the request to run")
        data = copy.deepcopy(node.data)
        data["models"] = []
        node.write(data)
        reload = _in_thread(node.request, "POST", "/v1/reload")
        wait_until(lambda: node.engines()["engine-busy-0"]["state"] == "draining", 20, "the drain")
        assert node.stop_agent() == 0
        code, result = reload()
        assert code == 400 and "the agent is stopping" in result["errors"][0], result
        info = node.supervisor_info()["engine-busy-0"]
        assert info["statename"] == "RUNNING" and info["pid"] == engine["pid"]
