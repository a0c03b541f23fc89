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
from appliance.proxy.table import Endpoint


def write_config(root: Path) -> Path:
    data = {
        "node": {"name": "t", "state_dir": str(root / "state"), "log_dir": str(root / "log"),
                 "run_dir": str(root / "run"), "engine_port_range": [29000, 29099]},
        "models": [{"name": "m", "source": "sim/m", "engine": "sim"}],
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
            server = await asyncio.start_server(engine, "127.0.0.1", 0)
            port = server.sockets[0].getsockname()[1]
            app[STATE].table.table = {"m": [Endpoint("t/engine-m-0", "m", "127.0.0.1", port, 1.0)]}
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
