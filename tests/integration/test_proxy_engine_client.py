"""The proxy's engine client against simulated engines run by a real supervisord and agent:
answers of 1 and 30 MiB pass whole, streamed or not; a whole answer over
`[proxy] max_response_mib` is a 502 naming the limit; an engine that accepts a request and
stays silent receives it exactly once."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.integration.harness import Node, engine_get, wait_until
from tests.integration.test_proxy import Stack, free_port, sim

MIB = 1024 * 1024
QUESTION = "one two three"  # three tokens for the simulated engine


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    port = free_port()
    node = Node(
        Path(tmp_path_factory.mktemp("engine-client")) / "node",
        [sim("big1", answer_bytes=MIB), sim("big30", answer_bytes=30 * MIB),
         sim("big40", answer_bytes=40 * MIB),
         sim("silent", replicas=2, latency_ms=3_600_000)],  # accepts, then an hour of nothing
        proxy={"port": port, "table_refresh_s": 0.2, "max_response_mib": 32,
               "first_byte_timeout_s": 1},
    )
    s = Stack(node)
    s.port, s.base = port, f"http://127.0.0.1:{port}/v1"
    try:
        node.start()
        node.wait_states({"engine-big1-0": "ready", "engine-big30-0": "ready",
                          "engine-big40-0": "ready", "engine-silent-0": "ready",
                          "engine-silent-1": "ready"}, 30)
        s.start_proxy()
        yield s
    finally:  # also when the set-up itself fails: no process outlives the test
        s.stop()
        node.stop()


@pytest.fixture(scope="module")
def key(stack: Stack) -> str:
    return stack.key("ops", "admin")


def post(stack: Stack, key: str, body: dict[str, Any]) -> tuple[int, bytes]:
    async def go() -> tuple[int, bytes]:
        timeout = aiohttp.ClientTimeout(total=120)
        async with aiohttp.ClientSession(timeout=timeout) as s, s.post(
            f"{stack.base}/chat/completions", json=body,
            headers={"Authorization": f"Bearer {key}"},
        ) as r:
            return r.status, await r.read()

    return asyncio.run(go())


def chat(model: str, stream: bool = False) -> dict[str, Any]:
    return {"model": model, "stream": stream, "messages": [{"role": "user", "content": QUESTION}]}


def streamed_text(data: bytes) -> str:
    events = [e[6:] for e in data.split(b"\n\n") if e.startswith(b"data: ")]
    assert events[-1] == b"[DONE]"
    return "".join(json.loads(e)["choices"][0]["delta"].get("content") or ""
                   for e in events[:-1])


@pytest.mark.parametrize("model, size", [("big1", MIB), ("big30", 30 * MIB)])
def test_large_answers_pass_whole_streamed_or_not(stack: Stack, key: str, model: str,
                                                  size: int) -> None:
    status, data = post(stack, key, chat(model))
    assert status == 200
    assert len(json.loads(data)["choices"][0]["message"]["content"]) == size
    status, data = post(stack, key, chat(model, stream=True))
    assert status == 200
    assert len(streamed_text(data)) == size


def test_a_whole_answer_over_the_limit_is_a_502_naming_it(stack: Stack, key: str) -> None:
    status, data = post(stack, key, chat("big40"))
    assert status == 502
    error = json.loads(data)["error"]
    assert error["code"] == "response_too_large"
    assert "larger than 32 MiB ([proxy] max_response_mib)" in error["message"]
    # a stream is never held whole: only an unfinished event counts against the limit
    status, data = post(stack, key, chat("big40", stream=True))
    assert status == 200 and len(streamed_text(data)) == 40 * MIB


def prompt_tokens(stack: Stack, engine: str) -> float:
    text = engine_get(stack.node.engines()[engine]["socket"], "/metrics")
    line = next(x for x in text.splitlines() if x.startswith("vllm:prompt_tokens_total"))
    return float(line.rsplit(" ", 1)[1])


def test_a_silent_engine_receives_the_request_exactly_once(stack: Stack, key: str) -> None:
    status, data = post(stack, key, chat("silent"))
    assert status == 504
    error = json.loads(data)["error"]
    assert error["code"] == "upstream_timeout"
    assert "[proxy] first_byte_timeout_s" in error["message"]
    # both replicas together read one request of three tokens: no second attempt anywhere
    assert prompt_tokens(stack, "engine-silent-0") + prompt_tokens(stack, "engine-silent-1") == 3

    audit = stack.node.root / "log" / "audit.jsonl"
    line = wait_until(lambda: next((json.loads(x) for x in audit.read_text().splitlines()
                                    if json.loads(x)["model"] == "silent"), None),
                      10, "the audit line")
    assert line["status"] == 504 and line["retries"] == 0
    assert [a["outcome"] for a in line["attempts"]] == ["first_byte_timeout"]
