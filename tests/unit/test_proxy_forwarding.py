"""Forwarding through the proxy application in-process (aiohttp's test server) to raw asyncio
servers playing two replicas of one model: which failures are sent again and which not,
what the client, the audit line and the breakers see, answers over the size limit, and the
headers on both sides."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from appliance.config import load_config
from appliance.proxy.app import make_app
from appliance.proxy.handlers import AUDIT, STATE
from appliance.proxy.request_id import request_id_for
from appliance.proxy.state import ProxyState
from appliance.routes import ModelRoute, ReplicaRoute, RoutesDocument, TcpAddress
from tests.unit.test_proxy_endpoints import new_key

Engine = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
CHAT = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
ANSWER = json.dumps({"id": "x", "object": "chat.completion", "choices": [
    {"index": 0, "message": {"role": "assistant", "content": "hello"}, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()


@dataclass
class Replica:
    """A raw engine and the requests it read."""

    key: str
    engine: Engine
    requests: list[bytes] = field(default_factory=list)


async def read_request(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length"))
    return head + await reader.readexactly(length)


def answering(status: str = "200 OK", body: bytes = ANSWER, headers: bytes = b"") -> Engine:
    async def engine(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            while True:
                await read_request(reader)
                writer.write(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
                             f"Content-Length: {len(body)}\r\n".encode() + headers + b"\r\n" + body)
                await writer.drain()
    return engine


async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Accepts, reads the request, and never answers."""
    with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
        await read_request(reader)
        await reader.read()  # until the proxy hangs up


async def closes_before_answering(reader: asyncio.StreamReader,
                                  writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    writer.transport.abort()


async def cuts_the_answer_short(reader: asyncio.StreamReader,
                                writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"id\": ")
    await writer.drain()
    writer.transport.abort()


async def dies_mid_stream(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    event = b'data: {"choices": [{"index": 0, "delta": {"content": "Hel"}}]}\n\n'
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n" + f"{len(event):x}\r\n".encode() + event + b"\r\n")
    await writer.drain()
    writer.transport.abort()


@dataclass
class Proxy:
    client: TestClient
    app: web.Application
    key: str
    replicas: list[Replica]
    root: Path
    ports: list[tuple[str, int]]  # (replica key, port)

    async def chat(self, body: dict[str, Any] | None = None,
                   **headers: str) -> tuple[int, bytes, Any]:
        r = await self.client.post("/v1/chat/completions", json=body or CHAT,
                                   headers={"Authorization": f"Bearer {self.key}", **headers})
        return r.status, await r.read(), r.headers

    def audit(self) -> list[dict[str, Any]]:
        self.app[AUDIT].flush()
        text = (self.root / "log" / "audit.jsonl").read_text()
        return [json.loads(line) for line in text.splitlines()]

    def sent(self) -> int:
        """Requests the replicas read, all together."""
        return sum(len(r.requests) for r in self.replicas)


def serve(state: ProxyState, replicas: list[tuple[str, int]], retry_on_timeout: bool,
          token: str = "engine-token") -> None:
    """Route model `m` to these (key, port) replicas, with this engine token: the one place
    that knows how the proxy learns its replicas (a routes document, as the agent sends)."""
    state.apply_routes(RoutesDocument(
        node="t", epoch="e", version=1,
        models=(ModelRoute(name="m", retry_on_timeout=retry_on_timeout),),
        replicas=tuple(ReplicaRoute(key=key, model="m", state="ready", capacity=1.0,
                                    address=TcpAddress(host="127.0.0.1", port=port))
                       for key, port in replicas),
    ))
    state.token = token


@contextlib.asynccontextmanager
async def proxy(root: Path, *engines: Engine, model: dict[str, Any] | None = None,
                **settings: Any) -> AsyncIterator[Proxy]:
    """The proxy with one model `m` whose replicas are these engines, in this order of
    preference (round robin from the first); `settings` go to [proxy]."""
    data = {
        "node": {"name": "t", "state_dir": str(root / "state"), "log_dir": str(root / "log"),
                 "run_dir": str(root / "run")},
        "models": [{"name": "m", "source": "sim/m", "engine": "sim", **(model or {})}],
        "proxy": {"host": "127.0.0.1", "port": 28080, "routing": "round_robin",
                  "retries": 2, **settings},
        "auth": {"enabled": True, "roles": {"admin": ["*"]}},
    }
    (root / "node.toml").write_text(tomli_w.dumps(data))
    key = new_key(root)
    app = make_app(load_config(root / "node.toml"))
    replicas = [Replica(f"t/engine-m-{i}", engine) for i, engine in enumerate(engines)]
    servers = []
    async with TestClient(TestServer(app)) as client:
        ports = []
        for replica in replicas:
            async def counted(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                              replica: Replica = replica) -> None:
                await replica.engine(_Counting(reader, replica.requests), writer)  # type: ignore[arg-type]
            server = await asyncio.start_server(counted, "127.0.0.1", 0)
            servers.append(server)
            ports.append((replica.key, server.sockets[0].getsockname()[1]))
        serve(app[STATE], ports, bool((model or {}).get("retry_on_timeout")))
        try:
            yield Proxy(client, app, key, replicas, root, ports)
        finally:
            for server in servers:
                server.close()


class _Counting:
    """A StreamReader that records each request head it gives out."""

    def __init__(self, reader: asyncio.StreamReader, requests: list[bytes]):
        self._reader = reader
        self._requests = requests

    async def readuntil(self, separator: bytes) -> bytes:
        head = await self._reader.readuntil(separator)
        if head.startswith(b"POST "):
            self._requests.append(head)
        return head

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


def run(coro: Awaitable[None]) -> None:
    asyncio.run(asyncio.wait_for(coro, 60))  # type: ignore[arg-type]


def error_of(body: bytes) -> dict[str, Any]:
    return json.loads(body)["error"]


# --- what is sent again, and what not -------------------------------------------------


def test_an_engine_that_stays_silent_gets_the_request_exactly_once(tmp_path: Path) -> None:
    async def main() -> None:
        async with proxy(tmp_path, silent, silent, first_byte_timeout_s=0.5) as p:
            status, body, _ = await p.chat()
            assert status == 504
            error = error_of(body)
            assert error["code"] == "upstream_timeout" and error["type"] == "timeout_error"
            assert "sent nothing for 0.5 s" in error["message"]
            assert "[proxy] first_byte_timeout_s" in error["message"]
            assert "retry_on_timeout" in error["message"]
            assert p.sent() == 1  # not again on a new connection, nor on the other replica
            (line,) = p.audit()
            assert line["status"] == 504 and line["retries"] == 0
            assert line["attempts"] == [{"replica": "t/engine-m-0", "outcome": "first_byte_timeout"}]

    run(main())


def test_retry_on_timeout_lets_a_model_send_a_silent_request_again(tmp_path: Path) -> None:
    async def main() -> None:
        async with proxy(tmp_path, silent, answering(), first_byte_timeout_s=0.5,
                         model={"retry_on_timeout": True}) as p:
            status, body, _ = await p.chat()
            assert status == 200 and json.loads(body)["choices"][0]["message"]["content"] == "hello"
            assert p.sent() == 2
            (line,) = p.audit()
            assert line["retries"] == 1
            assert line["attempts"] == [
                {"replica": "t/engine-m-0", "outcome": "first_byte_timeout"},
                {"replica": "t/engine-m-1", "outcome": "answered"}]

    run(main())


@pytest.mark.parametrize("engine, outcome", [
    (closes_before_answering, "closed"), (cuts_the_answer_short, "cut_short")])
def test_a_request_the_engine_may_have_started_is_not_sent_again(
    tmp_path: Path, engine: Engine, outcome: str,
) -> None:
    async def main() -> None:
        async with proxy(tmp_path, engine, answering()) as p:
            status, body, _ = await p.chat()
            assert status == 502 and error_of(body)["code"] == "upstream_error"
            assert "may have started" in error_of(body)["message"]
            assert p.sent() == 1
            assert p.audit()[0]["attempts"] == [{"replica": "t/engine-m-0", "outcome": outcome}]

    run(main())


def test_a_refused_connection_and_an_engines_503_are_sent_elsewhere(tmp_path: Path) -> None:
    async def main() -> None:
        async with proxy(tmp_path, answering("503 Service Unavailable", b'{"error": "scaling"}'),
                         answering(), answering()) as p:
            gone = await asyncio.start_server(silent, "127.0.0.1", 0)
            port = gone.sockets[0].getsockname()[1]
            gone.close()
            await gone.wait_closed()
            serve(p.app[STATE], [p.ports[0], ("t/engine-m-9", port), p.ports[1]], False)
            status, _, _ = await p.chat()
            assert status == 200
            (line,) = p.audit()
            assert line["retries"] == 2
            assert line["attempts"] == [
                {"replica": "t/engine-m-0", "outcome": "not_ready"},
                {"replica": "t/engine-m-9", "outcome": "connect_failed"},
                {"replica": "t/engine-m-1", "outcome": "answered"}]

    run(main())


def test_an_engines_502_is_not_proof_that_it_did_nothing(tmp_path: Path) -> None:
    async def main() -> None:
        async with proxy(tmp_path, answering("502 Bad Gateway", b"bad gateway"), answering()) as p:
            status, body, _ = await p.chat()
            assert status == 502 and error_of(body)["code"] == "engine_error"
            assert p.sent() == 1

    run(main())


def test_the_deadline_ends_a_request_across_its_attempts(tmp_path: Path) -> None:
    async def main() -> None:
        async with proxy(tmp_path, silent, silent, request_deadline_s=0.5,
                         model={"retry_on_timeout": True}) as p:
            status, body, _ = await p.chat()
            assert status == 504
            assert error_of(body)["message"] == (
                "the model's replica failed: the request passed its deadline of 0.5 s "
                "([proxy] request_deadline_s)")
            assert p.audit()[0]["attempts"] == [{"replica": "t/engine-m-0", "outcome": "deadline"}]

    run(main())


# --- breakers -------------------------------------------------------------------------


def breaker(p: Proxy, key: str) -> dict[str, Any]:
    return p.app[STATE].breakers.get(key).to_dict()


def test_a_stream_that_fails_midway_is_one_failure_for_the_breaker(tmp_path: Path) -> None:
    async def main() -> None:
        async with proxy(tmp_path, dies_mid_stream) as p:
            status, body, _ = await p.chat({**CHAT, "stream": True})
            assert status == 200
            assert error_of(body.split(b"data: ")[-1])["code"] == "upstream_error"
            state = breaker(p, "t/engine-m-0")
            assert (state["window_size"], state["window_failures"]) == (1, 1)
            (line,) = p.audit()
            assert line["status"] == 502
            assert line["attempts"] == [{"replica": "t/engine-m-0", "outcome": "cut_short"}]

    run(main())


@pytest.mark.parametrize("status, failures", [("200 OK", 0), ("500 Internal Server Error", 1),
                                              ("400 Bad Request", 0)])
def test_every_answer_is_one_outcome_for_the_breaker(
    tmp_path: Path, status: str, failures: int,
) -> None:
    async def main() -> None:
        async with proxy(tmp_path, answering(status)) as p:
            for stream in (False, True):
                await p.chat({**CHAT, "stream": stream})
            state = breaker(p, "t/engine-m-0")
            assert (state["window_size"], state["window_failures"]) == (2, 2 * failures)

    run(main())


# --- answer size ----------------------------------------------------------------------


def test_a_whole_answer_over_the_limit_is_a_502_naming_the_limit(tmp_path: Path) -> None:
    big = b'{"data": "' + b"x" * (2 * 1024 * 1024) + b'"}'

    async def main() -> None:
        async with proxy(tmp_path, answering(body=big), answering(body=big),
                         max_response_mib=1) as p:
            status, body, _ = await p.chat()
            assert status == 502
            error = error_of(body)
            assert error["code"] == "response_too_large"
            assert error["message"] == ("the model's replica failed: the engine's answer is "
                                        "larger than 1 MiB ([proxy] max_response_mib)")
            assert p.sent() == 1  # the same answer again would be as large
            state = breaker(p, "t/engine-m-0")
            assert (state["window_size"], state["window_failures"]) == (1, 0)

    run(main())


def test_a_stream_event_over_the_limit_ends_the_stream_with_an_error_event(tmp_path: Path) -> None:
    async def huge_event(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")
        with contextlib.suppress(ConnectionError):
            for _ in range(64):  # 2 MiB of one event that never ends
                writer.write(b"8000\r\n" + b"x" * 0x8000 + b"\r\n")
                await writer.drain()
            await asyncio.sleep(30)

    async def main() -> None:
        async with proxy(tmp_path, huge_event, max_response_mib=1) as p:
            status, body, _ = await p.chat({**CHAT, "stream": True})
            assert status == 200
            error = error_of(body.split(b"data: ")[-1])
            assert error["code"] == "response_too_large"
            assert "larger than 1 MiB ([proxy] max_response_mib)" in error["message"]
            assert p.audit()[0]["status"] == 502

    run(main())


# --- headers --------------------------------------------------------------------------


def test_repeated_answer_headers_all_reach_the_client(tmp_path: Path) -> None:
    headers = b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Trace: one\r\nX-Trace: two\r\n"

    async def main() -> None:
        async with proxy(tmp_path, answering(headers=headers)) as p:
            status, _, got = await p.chat()
            assert status == 200
            assert got.getall("Set-Cookie") == ["a=1", "b=2"]
            assert got.getall("X-Trace") == ["one", "two"]

    run(main())


def test_a_header_for_the_engine_with_a_line_break_never_leaves_the_proxy(tmp_path: Path) -> None:
    async def main() -> None:
        async with proxy(tmp_path, answering()) as p:
            serve(p.app[STATE], p.ports, False, token="t\r\nX-Injected: 1")
            status, body, _ = await p.chat()
            assert status == 500 and error_of(body)["code"] == "invalid_engine_header"
            assert "X-Injected" not in error_of(body)["message"]  # no header value echoed
            assert p.sent() == 0

    run(main())


@pytest.mark.parametrize("options", ["yes", [], 1, {"include_usage": "yes"},
                                     {"include_usage": 1}])
def test_stream_options_that_are_not_an_object_of_booleans_are_a_400(
    tmp_path: Path, options: Any,
) -> None:
    async def main() -> None:
        async with proxy(tmp_path, answering()) as p:
            status, body, _ = await p.chat({**CHAT, "stream": True, "stream_options": options})
            assert status == 400
            error = error_of(body)
            assert error["param"] == "stream_options" and error["code"] == "invalid_stream_options"
            assert p.sent() == 0

    run(main())


def test_a_request_id_with_a_line_break_is_replaced_not_passed_on() -> None:
    assert request_id_for("req-1") == "req-1"
    for bad in ("req-1\n", "req-1\r\nX-Injected: 1", "a b", "x" * 129, ""):
        made = request_id_for(bad)
        assert made != bad and len(made) == 32


def test_with_no_replica_left_to_try_the_client_hears_why_the_last_one_failed(
    tmp_path: Path,
) -> None:
    async def main() -> None:
        async with proxy(tmp_path, answering("503 Service Unavailable", b"{}")) as p:
            status, body, _ = await p.chat()
            assert status == 502
            assert error_of(body)["message"] == (
                "the model's replica failed: the engine answered 503 (not ready)")
            (line,) = p.audit()
            assert line["retries"] == 0
            assert line["attempts"] == [{"replica": "t/engine-m-0", "outcome": "not_ready"}]

    run(main())
