"""The proxy application in-process (aiohttp's test server) in front of raw asyncio servers
playing the engine: the endpoint wrapper (request ids, auth, OpenAI-shaped errors for any
path) and what a client sees when an engine fails in the middle of a stream."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import tomli_w
from aiohttp.test_utils import TestClient, TestServer

from appliance.config import load_config
from appliance.proxy.app import make_app
from appliance.proxy.handlers import STATE
from appliance.proxy.keys import KeyFile, add_key, update_keys
from appliance.routes import ModelRoute, ReplicaRoute, RoutesDocument, UnixAddress


def write_config(root: Path) -> Path:
    data = {
        "node": {"name": "t", "state_dir": str(root / "state"), "log_dir": str(root / "log"),
                 "run_dir": str(root / "run")},
        "models": [{"name": "m", "source": "sim/m", "engine": "sim"},
                   {"name": "e", "source": "sim/e", "engine": "sim", "task": "embed"}],
        "proxy": {"host": "127.0.0.1", "port": 28080, "retries": 0},
        "auth": {"enabled": True, "roles": {"admin": ["*"]}},
    }
    path = root / "node.toml"
    path.write_text(tomli_w.dumps(data))
    return path


def new_key(root: Path) -> str:
    secret = ""

    def change(data: KeyFile) -> KeyFile:
        nonlocal secret
        data, _, secret = add_key(data, "t", "admin", None)
        return data

    (root / "state").mkdir(parents=True, exist_ok=True)
    update_keys(root / "state" / "keys.json", change)
    return secret


Engine = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def proxy(root: Path, engine: Engine | None = None) -> AsyncIterator[tuple[TestClient, str]]:
    key = new_key(root)
    app = make_app(load_config(write_config(root)))
    server = None
    async with TestClient(TestServer(app)) as client:
        if engine is not None:
            path = str(root / "engine.sock")  # an engine listens on a unix socket
            server = await asyncio.start_unix_server(engine, path)
            app[STATE].apply_routes(RoutesDocument(
                node="t", epoch="e", version=1,
                models=(ModelRoute(name="m"), ModelRoute(name="e", task="embed")),
                replicas=(ReplicaRoute(key="t/engine-m-0", model="m", state="ready", capacity=1.0,
                                       address=UnixAddress(path=path)),),
            ))
        try:
            yield client, key
        finally:
            if server is not None:
                server.close()


def run(coro: Awaitable[None]) -> None:
    asyncio.run(asyncio.wait_for(coro, 60))  # type: ignore[arg-type]


def test_every_path_answers_in_openai_shape_with_a_request_id(tmp_path: Path) -> None:
    async def main() -> None:
        async with proxy(tmp_path) as (client, key):
            r = await client.get("/nope", headers={"X-Request-ID": "given-1"})
            assert r.status == 404
            assert (await r.json())["error"]["code"] == "unknown_url"
            assert r.headers["X-Request-ID"] == "given-1"

            r = await client.get("/v1/chat/completions")
            assert r.status == 405
            assert r.headers["Allow"] == "POST"
            assert (await r.json())["error"]["type"] == "invalid_request_error"
            assert len(r.headers["X-Request-ID"]) == 32  # made, as none was given

            r = await client.post("/v1/chat/completions", json={"model": "m"})
            assert r.status == 401
            assert (await r.json())["error"]["code"] == "missing_api_key"

            auth = {"Authorization": f"Bearer {key}"}
            r = await client.post("/v1/chat/completions", data=b"{nope", headers=auth)
            assert r.status == 400
            assert (await r.json())["error"]["code"] == "invalid_json"

            r = await client.get("/health/live")  # open paths need no key
            assert r.status == 200

    run(main())


def test_an_engine_that_dies_mid_stream_gives_the_client_an_error_event(tmp_path: Path) -> None:
    async def dies(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        event = b'data: {"choices": [{"index": 0, "delta": {"content": "Hel"}}]}\n\n'
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n"
                     + f"{len(event):x}\r\n".encode() + event + b"\r\n")
        await writer.drain()
        writer.transport.abort()  # gone before the stream's end

    async def main() -> None:
        async with proxy(tmp_path, dies) as (client, key):
            r = await client.post(
                "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                json={"model": "m", "stream": True,
                      "messages": [{"role": "user", "content": "hi"}]},
            )
            assert r.status == 200
            events = [e for e in (await r.read()).split(b"\n\n") if e]
            assert events[0].startswith(b'data: {"choices"')
            error = json.loads(events[-1].removeprefix(b"data: "))["error"]
            assert error["code"] == "upstream_error"
            assert b"[DONE]" not in events[-1]

    run(main())


def test_a_non_streaming_answer_cut_short_is_a_502_not_a_half_body(tmp_path: Path) -> None:
    async def half(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"id\": ")
        await writer.drain()
        writer.transport.abort()

    async def main() -> None:
        async with proxy(tmp_path, half) as (client, key):
            r = await client.post(
                "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                json={"model": "m", "messages": [{"role": "user", "content": "hi"}]},
            )
            assert r.status == 502  # [proxy] retries = 0 here: no other replica to try
            assert (await r.json())["error"]["code"] == "upstream_error"

    run(main())


def answers(status: str, content_type: str, body: bytes) -> tuple[Engine, list[bytes]]:
    """An engine that answers every request with this status and body; and the requests it
    got."""
    got: list[bytes] = []

    async def engine(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        got.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
                     f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        await writer.drain()
        writer.close()

    return engine, got


CHAT = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def test_an_endpoint_the_models_task_does_not_serve_is_a_400_naming_the_models_that_do(
    tmp_path: Path,
) -> None:
    engine, got = answers("404 Not Found", "application/json", b'{"detail":"Not Found"}')

    async def main() -> None:
        async with proxy(tmp_path, engine) as (client, key):
            r = await client.post("/v1/embeddings", json={"model": "m", "input": "x"},
                                  headers={"Authorization": f"Bearer {key}", "X-Request-ID": "r-1"})
            assert r.status == 400 and r.headers["X-Request-ID"] == "r-1"
            error = (await r.json())["error"]
            assert error == {
                "message": "model 'm' does not serve /v1/embeddings (it is a generate model); "
                           "models that do: e",
                "type": "invalid_request_error", "param": "model",
                "code": "endpoint_not_supported"}
            assert got == []  # refused before anything was forwarded

            r = await client.get("/v1/models", headers={"Authorization": f"Bearer {key}"})
            tasks = {m["id"]: m["task"] for m in (await r.json())["data"]}
            assert tasks == {"m": "generate", "e": "embed"}

    run(main())


def test_an_engine_error_that_is_not_openai_shaped_is_rewrapped(tmp_path: Path) -> None:
    engine, got = answers("404 Not Found", "application/json", b'{"detail":"Not Found"}')

    async def main() -> None:
        async with proxy(tmp_path, engine) as (client, key):
            for stream in (False, True):  # a stream that fails before it starts, too
                r = await client.post("/v1/chat/completions", json={**CHAT, "stream": stream},
                                      headers={"Authorization": f"Bearer {key}",
                                               "X-Request-ID": f"r-{stream}"})
                assert r.status == 400 and r.headers["X-Request-ID"] == f"r-{stream}"
                assert r.content_type == "application/json"
                error = (await r.json())["error"]
                assert error["code"] == "endpoint_not_supported"
                assert error["message"] == (
                    "the engine of model 'm' does not serve /v1/chat/completions "
                    "(it answered 404 Not Found: Not Found)")
            assert len(got) == 2

    run(main())


def test_a_stream_whose_engine_answers_an_html_page_gets_an_openai_error(tmp_path: Path) -> None:
    page = b"<html><head><title>500 Internal Server Error</title></head><body>oops</body></html>"
    engine, _ = answers("500 Internal Server Error", "text/html", page)

    async def main() -> None:
        async with proxy(tmp_path, engine) as (client, key):
            r = await client.post("/v1/chat/completions", json={**CHAT, "stream": True},
                                  headers={"Authorization": f"Bearer {key}"})
            assert r.status == 500 and r.content_type == "application/json"
            assert r.headers["X-Request-ID"]
            error = (await r.json())["error"]
            assert error["type"] == "internal_error" and error["code"] == "engine_error"
            assert "answered 500 Internal Server Error: 500 Internal Server Error" in error["message"]

    run(main())


def test_an_openai_shaped_engine_error_passes_through_untouched(tmp_path: Path) -> None:
    body = (b'{"error": {"message": "max_tokens is too large", "type": "BadRequestError", '
            b'"param": "max_tokens", "code": 400}}')
    engine, _ = answers("400 Bad Request", "application/json", body)

    async def main() -> None:
        async with proxy(tmp_path, engine) as (client, key):
            r = await client.post("/v1/chat/completions", json=CHAT,
                                  headers={"Authorization": f"Bearer {key}"})
            assert r.status == 400 and await r.read() == body

    run(main())
