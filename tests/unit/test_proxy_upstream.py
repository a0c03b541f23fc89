"""The proxy's upstream HTTP client against real servers on loopback: an aiohttp server, and
raw asyncio servers for answers aiohttp would never send."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp import web

from appliance.proxy.upstream import UpstreamConnectionError, UpstreamError, UpstreamPool

HOST = "127.0.0.1"


@contextlib.asynccontextmanager
async def aiohttp_server(app: web.Application) -> AsyncIterator[int]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, HOST, 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield port
    finally:
        await runner.cleanup()


Raw = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def raw_server(handle: Raw) -> AsyncIterator[int]:
    server = await asyncio.start_server(handle, HOST, 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()


async def read_request(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length"))
    return await reader.readexactly(length)


def run(coro: Awaitable[None]) -> None:
    asyncio.run(asyncio.wait_for(coro, 30))  # type: ignore[arg-type]


def test_answers_come_back_and_connections_are_kept_alive() -> None:
    peers: set[tuple[str, int]] = set()

    async def echo(request: web.Request) -> web.Response:
        peers.add(request.transport.get_extra_info("peername"))  # type: ignore[union-attr]
        return web.json_response({"got": (await request.read()).decode(),
                                  "auth": request.headers["Authorization"]}, status=201)

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/v1/x", echo)
        async with aiohttp_server(app) as port:
            pool = UpstreamPool()
            for i in range(5):
                async with await pool.post((HOST, port), "/v1/x", {"Authorization": "Bearer t"},
                                           f'{{"n": {i}}}'.encode()) as r:
                    assert r.status == 201
                    assert b'"got": "{\\"n\\": ' + str(i).encode() in await r.read()
                    assert ("Content-Type", "application/json; charset=utf-8") in r.header_items()
            assert len(peers) == 1  # one connection served all five
            assert pool.idle_count() == 1
            await pool.close()

    run(main())


def test_an_engine_on_a_unix_socket_is_reached_by_its_path(tmp_path: Path) -> None:
    hosts: list[str] = []

    async def echo(request: web.Request) -> web.Response:
        hosts.append(request.headers["Host"])
        return web.json_response({"got": (await request.read()).decode()})

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/v1/x", echo)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        path = str(tmp_path / "engine.sock")
        await web.UnixSite(runner, path).start()
        pool = UpstreamPool()
        try:
            for _ in range(2):
                async with await pool.post(path, "/v1/x", {}, b"{}") as r:
                    assert (r.status, await r.read()) == (200, b'{"got": "{}"}')
            assert pool.idle_count(path) == 1 and hosts == ["localhost", "localhost"]
        finally:
            await pool.close()
            await runner.cleanup()

    run(main())


def test_a_stream_arrives_chunk_by_chunk_not_at_the_end() -> None:
    release = asyncio.Event()

    async def stream(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        await response.write(b"data: one\n\n")
        await release.wait()  # the second chunk only after the client saw the first
        await response.write(b"data: two\n\n")
        await response.write_eof()
        return response

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/s", stream)
        async with aiohttp_server(app) as port:
            pool = UpstreamPool()
            r = await pool.post((HOST, port), "/s", {}, b"{}")
            seen = b""
            async for chunk in r.iter_chunks():
                seen += chunk
                if seen == b"data: one\n\n":
                    release.set()
            assert seen == b"data: one\n\ndata: two\n\n"
            r.release()
            assert pool.idle_count() == 1  # chunked, read to the end: reusable
            await pool.close()

    run(main())


def test_an_abandoned_answer_closes_its_connection_so_the_engine_sees_the_hang_up() -> None:
    gone = asyncio.Event()

    async def endless(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        try:
            while True:
                await response.write(b"data: more\n\n")
                await asyncio.sleep(0.01)
        except (ConnectionError, asyncio.CancelledError):
            gone.set()
            raise

    async def main() -> None:
        app = web.Application(handler_args={"handler_cancellation": True})
        app.router.add_post("/s", endless)
        async with aiohttp_server(app) as port:
            pool = UpstreamPool()
            r = await pool.post((HOST, port), "/s", {}, b"{}")
            async for _ in r.iter_chunks():
                break
            r.release()
            assert pool.idle_count() == 0
            await asyncio.wait_for(gone.wait(), 5)
            await pool.close()

    run(main())


def test_no_server_is_a_connection_error() -> None:
    async def main() -> None:
        async with raw_server(lambda r, w: asyncio.sleep(0)) as port:
            pass  # closed: nothing listens on the port any more
        with pytest.raises(UpstreamConnectionError, match="cannot connect"):
            await UpstreamPool().post((HOST, port), "/x", {}, b"{}")

    run(main())


def test_silence_before_the_answer_is_a_connection_error_and_after_it_a_failure() -> None:
    async def mute(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await asyncio.sleep(10)

    async def stalls(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf")
        await asyncio.sleep(10)

    async def main() -> None:
        pool = UpstreamPool(read_timeout_s=0.4)
        async with raw_server(mute) as port:
            t0 = time.monotonic()
            with pytest.raises(UpstreamConnectionError, match="sent nothing for 0.4 s"):
                await pool.post((HOST, port), "/x", {}, b"{}")
            # a lower bound only: the read timeout waited; the message says the read
            # timeout ended it (not the server's 10 s sleep), whatever the host's load
            assert time.monotonic() - t0 >= 0.35
        async with raw_server(stalls) as port:
            r = await pool.post((HOST, port), "/x", {}, b"{}")
            assert r.status == 200
            with pytest.raises(UpstreamError, match="sent nothing") as failed:
                await r.read()
            assert not isinstance(failed.value, UpstreamConnectionError)
            r.release()
        await pool.close()

    run(main())


def test_an_idle_connection_the_engine_closed_is_replaced_without_an_error() -> None:
    connections = 0

    async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        writer.transport.abort()  # keep-alive promised, then closed (an idle timeout)

    async def main() -> None:
        pool = UpstreamPool()
        async with raw_server(once) as port:
            for _ in range(3):
                async with await pool.post((HOST, port), "/x", {}, b"{}") as r:
                    assert await r.read() == b"ok"
        assert connections == 3
        await pool.close()

    run(main())


def test_answers_without_a_length_end_with_the_connection() -> None:
    async def unframed(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it")
        await writer.drain()
        writer.close()

    async def main() -> None:
        pool = UpstreamPool()
        async with raw_server(unframed) as port:
            async with await pool.post((HOST, port), "/x", {}, b"{}") as r:
                assert await r.read() == b"all of it"
            assert pool.idle_count() == 0
        await pool.close()

    run(main())


def test_garbage_is_a_clear_error() -> None:
    async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"SMTP ready\r\n\r\n")
        await writer.drain()
        await asyncio.sleep(5)

    async def main() -> None:
        pool = UpstreamPool()
        async with raw_server(garbage) as port:
            with pytest.raises(UpstreamError, match="not valid HTTP"):
                await pool.post((HOST, port), "/x", {}, b"{}")
        await pool.close()

    run(main())


def test_a_large_answer_read_slowly_arrives_whole() -> None:
    body = bytes(range(256)) * 16 * 1024  # 4 MiB, far above the pause threshold

    async def big(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        for i in range(0, len(body), 64 * 1024):
            await response.write(body[i:i + 64 * 1024])
        await response.write_eof()
        return response

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/big", big)
        async with aiohttp_server(app) as port:
            pool = UpstreamPool()
            r = await pool.post((HOST, port), "/big", {}, b"{}")
            got = []
            async for chunk in r.iter_chunks():
                got.append(chunk)
                await asyncio.sleep(0.001)  # a slow client
            r.release()
            assert b"".join(got) == body
            assert pool.idle_count() == 1
            await pool.close()

    run(main())
