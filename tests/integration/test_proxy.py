"""The API proxy with the official openai client, in front of simulated engines run by a
real supervisord and agent."""

from __future__ import annotations

import asyncio
import copy
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import openai
import pytest

from appliance.testing.ports import free_port
from tests.integration.harness import Node, engine_get, wait_until


def sim(name: str, replicas: int = 1, task: str = "generate", **options: object) -> dict:
    return {"name": name, "source": f"sim/{name}", "engine": "sim", "replicas": replicas,
            "task": task, "engine_options": {"mode": "echo", **options}}


class Stack:
    def __init__(self, node: Node):
        self.node = node
        self.port = free_port()
        self.proxy: subprocess.Popen | None = None
        self.base = f"http://127.0.0.1:{self.port}/v1"

    def start_proxy(self) -> None:
        log = open(self.node.root / "proxy.out", "ab")
        self.proxy = subprocess.Popen(
            [sys.executable, "-m", "appliance", "proxy", "run", "--config", str(self.node.config_path)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        wait_until(self._ready, 30, "proxy ready")

    def _ready(self) -> bool:
        import urllib.request

        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health/ready", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    def key(self, name: str, role: str, *extra: str) -> str:
        out = self.node.cli("keys", "create", "--name", name, "--role", role, *extra)
        return out.stdout.strip()

    def client(self, key: str, **kw: object) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.base, api_key=key, max_retries=0, **kw)

    def stop(self) -> None:
        if self.proxy is not None:
            self.proxy.send_signal(signal.SIGTERM)
            self.proxy.wait(timeout=30)


@pytest.fixture
def stack(tmp_path: Path):
    port = free_port()
    node = Node(
        tmp_path / "node",
        [sim("chat", replicas=3, latency_ms=10), sim("embed", task="embed"),
         sim("slow", latency_ms=400), sim("long", mode="lorem", max_tokens=200, tokens_per_s=20),
         # answers like a FastAPI app without the route: {"detail": "Not Found"}
         sim("legacy", fail_rate=1.0, fail_status=404, fail_body="fastapi"),
         {"name": "broken", "source": "x", "engine": "vllm-cpu", "memory_gib": 1},
         # two GPUs wanted, one in the inventory: never placed, so no engine at all
         {"name": "unplaced", "source": "x", "gpu_memory_fraction": 0.1, "tensor_parallel_size": 2}],
        engines={"vllm-cpu": {"command": ["/bin/false"]}},
        proxy={"port": port, "max_outstanding_per_replica": 1, "queue_size": 1,
               "queue_timeout_s": 0.2, "table_refresh_s": 0.2},
        auth={"roles": {"admin": ["*"], "basic": ["chat", "embed"]}},
        rate_limits={"roles": {"basic": {"requests_per_minute": 20}}},
    )
    node.data["aliases"] = [{"name": "chat-canary", "targets": {"chat": 1.0, "embed": 0.0}}]
    node.data["agent"]["max_restarts"] = 3
    node.write()
    s = Stack(node)
    s.port = port
    s.base = f"http://127.0.0.1:{port}/v1"
    try:
        node.start()
        node.wait_states({"engine-chat-0": "ready", "engine-chat-1": "ready", "engine-chat-2": "ready",
                          "engine-embed-0": "ready", "engine-slow-0": "ready",
                          "engine-long-0": "ready", "engine-legacy-0": "ready"}, 30)
        s.start_proxy()
        yield s
    finally:  # also when the set-up itself fails: no process outlives the test
        s.stop()
        node.stop()


def test_openai_client_through_the_proxy(stack: Stack) -> None:
    admin = stack.client(stack.key("ops", "admin"))
    basic_key = stack.key("app", "basic")
    basic = stack.client(basic_key)

    assert {m.id for m in admin.models.list().data} >= {"chat", "embed", "slow", "chat-canary"}
    assert {m.id for m in basic.models.list().data} == {"chat", "embed"}

    question = "What is the capital of France?"
    reply = basic.chat.completions.create(model="chat", messages=[{"role": "user", "content": question}])
    assert reply.choices[0].message.content == question  # echo: exactly what reached the engine
    assert reply.usage is not None and reply.usage.prompt_tokens > 0

    chunks = list(basic.chat.completions.create(
        model="chat", messages=[{"role": "user", "content": question}], stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == question
    assert all(c.choices for c in chunks)  # the usage chunk the proxy asked for is not shown

    with_usage = list(basic.chat.completions.create(
        model="chat", messages=[{"role": "user", "content": question}], stream=True,
        stream_options={"include_usage": True}))
    assert with_usage[-1].usage is not None and not with_usage[-1].choices

    text = basic.completions.create(model="chat", prompt="Say hi").choices[0].text
    assert text == "Say hi"
    vectors = basic.embeddings.create(model="embed", input=["a", "b"]).data
    assert len(vectors) == 2 and len(vectors[0].embedding) > 0

    raw = admin.chat.completions.with_raw_response.create(
        model="chat-canary", messages=[{"role": "user", "content": "hi"}],
        extra_headers={"X-Request-ID": "req-123"})
    assert raw.headers["x-request-id"] == "req-123"
    assert raw.headers["x-appliance-model"] == "chat"

    with pytest.raises(openai.AuthenticationError):
        stack.client("sk-appl-not-a-key").models.list()
    with pytest.raises(openai.PermissionDeniedError):
        basic.chat.completions.create(model="slow", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.NotFoundError):
        basic.chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.BadRequestError):
        basic.chat.completions.create(model="chat", messages=[], extra_body={"stream": "yes"})

    # rate limit: the basic role has 20 requests a minute, 5 went to engines above
    statuses = []
    for _ in range(20):
        try:
            basic.chat.completions.create(model="chat", messages=[{"role": "user", "content": "x"}])
            statuses.append(200)
        except openai.RateLimitError as exc:
            statuses.append(429)
            assert int(exc.response.headers["retry-after"]) >= 1
            assert exc.response.headers["x-ratelimit-limit-requests"] == "20"
    assert statuses.index(429) == 15 and statuses[15:] == [429] * 5

    # the audit log (flushed every second): one line per request, never keys or bodies
    audit_path = stack.node.root / "log" / "audit.jsonl"
    wait_until(lambda: audit_path.read_text().count('"status":429') == 5, 5, "the audit lines")
    audit = audit_path.read_text()
    assert basic_key not in audit and question not in audit
    records = [json.loads(line) for line in audit.splitlines()]
    assert any(r["status"] == 429 for r in records)
    assert all(r["key_id"].startswith("key_") for r in records)

    metrics = aiohttp_get(f"http://127.0.0.1:{stack.port}/metrics")
    assert 'appliance_proxy_requests_total{model="chat",status="200"}' in metrics
    assert "appliance_proxy_breaker_state" in metrics


def test_errors_are_openai_shaped(stack: Stack) -> None:
    key = stack.key("ops", "admin")
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    url = f"{stack.base}/chat/completions"
    status, body, hdrs = aiohttp_post(url, b"{not json", headers)
    assert status == 400 and body["error"]["type"] == "invalid_request_error"
    assert hdrs.get("X-Request-ID")
    status, body, _ = aiohttp_post(url, b"x" * (17 * 1024 * 1024), headers)
    assert status == 413 and body["error"]["code"] == "body_too_large"
    status, body, _ = aiohttp_post(url, json.dumps({"messages": []}).encode(), headers)
    assert status == 400 and body["error"]["param"] == "model"
    # a model with no healthy replica: 503
    status, body, _ = aiohttp_post(url, json.dumps(
        {"model": "broken", "messages": [{"role": "user", "content": "x"}]}).encode(), headers)
    assert status == 503 and body["error"]["code"] == "no_healthy_replica"
    status, body, _ = aiohttp_post(url, json.dumps(
        {"model": "unplaced", "messages": [{"role": "user", "content": "x"}]}).encode(), headers)
    assert status == 503 and body["error"]["code"] == "no_healthy_replica"


def test_an_endpoint_the_model_does_not_serve_is_a_400_naming_those_that_do(stack: Stack) -> None:
    admin = stack.client(stack.key("ops", "admin"))
    with pytest.raises(openai.BadRequestError) as info:
        admin.embeddings.create(model="chat", input="x")
    assert info.value.message == (  # the openai client puts the status first
        "Error code: 400 - model 'chat' does not serve /v1/embeddings (it is a generate model); "
        "models that do: embed")
    assert info.value.code == "endpoint_not_supported" and info.value.param == "model"
    with pytest.raises(openai.BadRequestError) as info:
        admin.chat.completions.create(model="embed", messages=[{"role": "user", "content": "x"}])
    assert "model 'embed' does not serve /v1/chat/completions (it is an embed model)" in (
        info.value.message) and "chat" in info.value.message.split("models that do: ")[1]
    assert len(admin.embeddings.create(model="embed", input="x").data[0].embedding) == 384
    tasks = {m.id: getattr(m, "task", None) for m in admin.models.list().data}
    assert tasks["chat"] == "generate" and tasks["embed"] == "embed"


def test_an_engine_error_that_is_not_openai_shaped_reaches_the_client_openai_shaped(
    stack: Stack,
) -> None:
    admin = stack.client(stack.key("ops", "admin"))
    question = [{"role": "user", "content": "x"}]
    for stream in (False, True):
        with pytest.raises(openai.BadRequestError) as info:
            admin.chat.completions.create(model="legacy", messages=question, stream=stream,
                                          extra_headers={"X-Request-ID": f"legacy-{stream}"})
        assert info.value.message == (
            "Error code: 400 - the engine of model 'legacy' does not serve "
            "/v1/chat/completions (it answered 404 Not Found: Not Found)")
        assert info.value.code == "endpoint_not_supported"
        assert info.value.response.headers["x-request-id"] == f"legacy-{stream}"


def test_saturated_model_answers_529(stack: Stack) -> None:
    key = stack.key("ops", "admin")
    body = json.dumps({"model": "slow", "messages": [{"role": "user", "content": "x"}]}).encode()
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}

    async def burst() -> list[int]:
        async with aiohttp.ClientSession() as s:
            async def one() -> int:
                async with s.post(f"{stack.base}/chat/completions", data=body, headers=headers) as r:
                    await r.read()
                    return r.status
            return await asyncio.gather(*(one() for _ in range(4)))

    statuses = asyncio.run(burst())
    # one replica with room for 1 in flight and 1 waiting (0.2 s, the engine takes 0.4 s)
    assert statuses.count(200) >= 1
    assert 529 in statuses


def test_killing_a_replica_under_load_fails_only_the_requests_it_had(stack: Stack) -> None:
    key = stack.key("ops", "admin")
    body = json.dumps({"model": "chat", "messages": [{"role": "user", "content": "load"}]}).encode()
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    victim = stack.node.engines()["engine-chat-1"]["pid"]
    workers = 3

    # Counts, not rates: the replica dies once 30 answers are back, and the load goes on for
    # 60 more. The deadline only bounds the test on a host too busy for that.
    before, after = 30, 60

    async def load() -> tuple[list[int], int | None]:
        statuses: list[int] = []
        killed_after: int | None = None
        deadline = time.monotonic() + 120
        async with aiohttp.ClientSession() as s:
            async def worker() -> None:
                nonlocal killed_after
                for _ in range(300):  # bounded in count and time
                    done = killed_after is not None and len(statuses) >= killed_after + after
                    if done or time.monotonic() > deadline:
                        return
                    async with s.post(f"{stack.base}/chat/completions", data=body, headers=headers) as r:
                        await r.read()
                        statuses.append(r.status)
                    if killed_after is None and len(statuses) >= before:
                        killed_after = len(statuses)  # the other workers have requests in flight
                        os.kill(victim, signal.SIGKILL)

            await asyncio.gather(*(worker() for _ in range(workers)))
        return statuses, killed_after

    statuses, killed_after = asyncio.run(load())
    assert killed_after is not None and len(statuses) >= killed_after + after, len(statuses)
    failed = [s for s in statuses if s != 200]
    # A request the engine had read when it died may have started work there: it is not
    # sent again (502). Each worker has one request in flight at a time, so at most that
    # many can be caught by the kill; every other request goes to the live replicas.
    assert len(failed) <= workers and set(failed) <= {502}, failed
    metrics = aiohttp_get(f"http://127.0.0.1:{stack.port}/metrics")
    errors = [line for line in metrics.splitlines() if line.startswith("appliance_proxy_upstream_errors_total")]
    assert errors, metrics
    assert 'appliance_proxy_retries_total{model="chat"}' in metrics  # refused connections
    # each failure is one attempt, on the victim, that ended as the engine may have read it
    audit = stack.node.root / "log" / "audit.jsonl"
    wait_until(lambda: audit.read_text().count("\n") >= len(statuses), 10, "the audit lines")
    records = [json.loads(line) for line in audit.read_text().splitlines()]
    assert [r["attempts"] for r in records if r["status"] == 502] == [
        [{"replica": "test-node/engine-chat-1", "outcome": "closed"}]] * len(failed)


def aiohttp_get(url: str) -> str:
    async def go() -> str:
        async with aiohttp.ClientSession() as s, s.get(url) as r:
            return await r.text()

    return asyncio.run(go())


def aiohttp_post(url: str, data: bytes, headers: dict) -> tuple[int, dict, dict]:
    async def go() -> tuple[int, dict, dict]:
        async with aiohttp.ClientSession() as s, s.post(url, data=data, headers=headers) as r:
            return r.status, await r.json(content_type=None), dict(r.headers)

    return asyncio.run(go())


def test_workers_share_one_port(stack: Stack) -> None:
    key = stack.key("ops", "admin")
    stack.stop()  # the single-process proxy; start two workers on a new port instead
    stack.proxy = None
    port = free_port()
    stack.node.data["proxy"].update(workers=2, port=port)
    stack.node.write()
    stack.port, stack.base = port, f"http://127.0.0.1:{port}/v1"
    stack.start_proxy()
    body = json.dumps({"model": "chat", "messages": [{"role": "user", "content": "x"}]}).encode()
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json",
               "Connection": "close"}  # a new connection each time: the kernel spreads them
    statuses = [aiohttp_post(f"{stack.base}/chat/completions", body, headers)[0] for _ in range(40)]
    assert statuses == [200] * 40
    stack.stop()  # flushes the audit logs
    stack.proxy = None
    per_worker = [
        len((stack.node.root / "log" / f"audit.{i}.jsonl").read_text().splitlines()) for i in (0, 1)
    ]
    assert sum(per_worker) == 40 and min(per_worker) > 0, per_worker


def test_a_client_that_hangs_up_cancels_the_engine_request(stack: Stack) -> None:
    key = stack.key("ops", "admin")
    engine_socket = stack.node.engines()["engine-long-0"]["socket"]

    def running() -> float:
        text = engine_get(engine_socket, "/metrics")
        line = next(x for x in text.splitlines() if x.startswith("vllm:num_requests_running"))
        return float(line.rsplit(" ", 1)[1])

    async def start_and_hang_up() -> int:
        body = {"model": "long", "stream": True, "messages": [{"role": "user", "content": "go"}]}
        async with aiohttp.ClientSession() as s:
            async with s.post(f"{stack.base}/chat/completions", json=body,
                              headers={"Authorization": f"Bearer {key}"}) as r:
                got = 0
                async for _ in r.content.iter_any():
                    got += 1
                    if got >= 3:
                        break  # 3 chunks of a 10 s stream, then hang up
                assert running() == 1.0  # the engine is generating for us
                return got

    assert asyncio.run(start_and_hang_up()) == 3
    wait_until(lambda: running() == 0.0, 5, "the engine to drop the abandoned stream")


SIM_AS_VLLM = [
    sys.executable, "-c",
    "import os, sys; os.environ['APPLIANCE_SIM_OPTIONS'] = sys.argv.pop(1); "
    "from appliance.sim.engine import main; main()",
    json.dumps({"mode": "lorem", "max_tokens": 60, "tokens_per_s": 20}),  # 3 s streams
]


def test_a_reload_that_changes_one_of_two_replicas_under_load_fails_no_request(tmp_path: Path) -> None:
    """Two replicas of `chat` on two GPUs; the reload takes GPU 1 out of use, so replica 1
    moves to GPU 0 (changed) and replica 0 stays. Streams of 3 s run all along. vLLM ends
    requests in flight on SIGTERM (docs/engines.md); the simulated engine finishes them,
    so here an engine gets 1 s to exit, less than a stream takes: a stream still running
    on replica 1 when it is stopped would be cut. Drained first, none is."""
    port = free_port()
    node = Node(
        tmp_path / "node",
        [{"name": "chat", "source": "sim/chat", "replicas": 2, "gpu_memory_fraction": 0.2,
          "gpu_type": "A100"}],
        inventory="2xA100-40GB-2xL4", gpus={"policy": "spread"},
        engines={"vllm": {"command": SIM_AS_VLLM, "start_timeout_s": 30, "unhealthy_timeout_s": 5}},
        supervisor={"stop_timeout_s": 1}, proxy={"port": port},
    )
    stack = Stack(node)
    stack.port, stack.base = port, f"http://127.0.0.1:{port}/v1"
    try:
        node.start()
        before = node.wait_states({"engine-chat-0": "ready", "engine-chat-1": "ready"})
        stack.start_proxy()
        key = stack.key("ops", "admin")
        body = json.dumps({"model": "chat", "stream": True,
                           "messages": [{"role": "user", "content": "x"}]}).encode()
        headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
        changed = copy.deepcopy(node.data)
        changed["gpus"]["exclude"] = [1]

        async def run() -> tuple[list[str], str]:
            outcomes: list[str] = []
            done = asyncio.Event()

            async def client(s: aiohttp.ClientSession) -> None:
                for _ in range(200):  # bounded in count; the reload ends it sooner
                    if done.is_set():
                        return
                    async with s.post(f"{stack.base}/chat/completions", data=body, headers=headers) as r:
                        text = await r.read()
                    whole = r.status == 200 and b"data: [DONE]" in text and b'"error"' not in text
                    outcomes.append("ok" if whole else f"{r.status}: {text[-200:]!r}")

            async def reload() -> str:
                while outcomes.count("ok") < 4:  # the load is on both replicas
                    await asyncio.sleep(0.1)
                node.write(changed)
                out = await asyncio.to_thread(node.cli, "reload")
                await asyncio.to_thread(node.wait_states, {"engine-chat-0": "ready", "engine-chat-1": "ready"})
                settled = len(outcomes)
                while len(outcomes) < settled + 4:  # and on both again
                    await asyncio.sleep(0.1)
                done.set()
                return out.stdout

            timeout = aiohttp.ClientTimeout(total=60)
            async with aiohttp.ClientSession(timeout=timeout) as s:
                results = await asyncio.wait_for(
                    asyncio.gather(reload(), *(client(s) for _ in range(4))), 180)
            return outcomes, results[0]

        outcomes, out = asyncio.run(run())
        assert "0 added, 1 changed, 0 removed, 1 untouched" in out, out
        assert "drained first" in out and "engine-chat-1" in out
        failed = [o for o in outcomes if o != "ok"]
        assert failed == [] and len(outcomes) >= 8, failed[:5]
        after = node.engines()
        assert after["engine-chat-0"]["pid"] == before["engine-chat-0"]["pid"]
        assert after["engine-chat-1"]["pid"] != before["engine-chat-1"]["pid"]
        assert after["engine-chat-1"]["gpus"] == [0]
    except AssertionError:
        print(node.logs())
        raise
    finally:
        stack.stop()
        node.stop()


def test_a_reload_reaches_the_proxy_without_a_restart_and_keeps_what_is_in_flight(stack: Stack) -> None:
    """Roles, role limits and aliases come with the routes document: a reload changes them
    in the running proxy (same process). A request in flight across two new versions
    finishes whole, and the key's concurrency count carries over."""
    key = stack.key("app2", "basic", "--concurrent", "1")
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    admin = stack.client(stack.key("ops", "admin"))
    url = f"{stack.base}/chat/completions"

    def body(model: str, stream: bool = False) -> bytes:
        return json.dumps({"model": model, "stream": stream,
                           "messages": [{"role": "user", "content": "x"}]}).encode()

    assert aiohttp_post(url, body("long"), headers)[0] == 403
    pid = stack.proxy.pid if stack.proxy else None

    def reload_with(rpm: int) -> None:
        data = copy.deepcopy(stack.node.data)
        data["auth"]["roles"]["basic"] = ["chat", "embed", "long"]
        data["rate_limits"]["roles"]["basic"]["requests_per_minute"] = rpm
        data["aliases"].append({"name": "talk", "targets": {"long": 1.0}})
        stack.node.write(data)
        stack.node.cli("reload")

    reload_with(40)
    wait_until(lambda: aiohttp_post(url, body("chat"), headers)[2].get(
        "x-ratelimit-limit-requests") == "40", 10, "the new role limit")

    async def across_a_reload() -> tuple[int, bytes, int, str]:
        async with aiohttp.ClientSession() as s:
            async with s.post(url, data=body("long", stream=True), headers=headers) as stream:
                assert stream.status == 200  # basic may use `long` now
                first = await stream.content.readany()
                await asyncio.to_thread(reload_with, 50)
                async with s.post(url, data=body("chat"), headers=headers) as second:
                    refused = second.status  # one in flight is this key's limit: kept
                    limit = second.headers.get("x-ratelimit-limit-requests", "")
                rest = await stream.read()
        return stream.status, first + rest, refused, limit

    status, streamed, refused, limit = asyncio.run(across_a_reload())
    assert status == 200 and streamed.rstrip().endswith(b"data: [DONE]")
    assert b'"error"' not in streamed
    assert refused == 429 and limit == "50"
    assert aiohttp_post(url, body("chat"), headers)[0] == 200
    assert admin.chat.completions.create(
        model="talk", messages=[{"role": "user", "content": "x"}], max_tokens=2
    ).choices[0].message.content
    assert stack.proxy is not None and stack.proxy.pid == pid and stack.proxy.poll() is None
