"""The proxy's upstream HTTP client against real servers on loopback: an aiohttp server, and
raw asyncio servers for answers aiohttp would never send."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from appliance.proxy import upstream
from appliance.proxy.upstream import (
    UpstreamConnectionError,
    UpstreamError,
    UpstreamHeaderError,
    UpstreamPool,
    UpstreamTimeout,
    UpstreamTooLarge,
)

HOST = "127.0.0.1"
MIB = 1024 * 1024


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


def test_silence_before_the_answer_and_within_it_are_timeouts_of_their_own_kinds() -> None:
    async def mute(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await asyncio.sleep(10)

    async def stalls(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf")
        await asyncio.sleep(10)

    async def main() -> None:
        pool = UpstreamPool(first_byte_timeout_s=0.4, idle_timeout_s=0.3)
        async with raw_server(mute) as port:
            with pytest.raises(UpstreamTimeout, match="sent nothing for 0.4 s") as silent:
                await pool.post((HOST, port), "/x", {}, b"{}")
            # the engine had the request: it may be working on it, so not a connection error
            assert not isinstance(silent.value, UpstreamConnectionError)
            assert silent.value.kind == "first_byte_timeout"
        async with raw_server(stalls) as port:
            r = await pool.post((HOST, port), "/x", {}, b"{}")
            assert r.status == 200
            with pytest.raises(UpstreamTimeout, match="stalled for 0.3 s") as stalled:
                await r.read()
            assert stalled.value.kind == "idle_timeout"
            r.release()
        await pool.close()

    run(main())


def test_the_deadline_ends_an_exchange_that_keeps_trickling() -> None:
    async def trickles(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        with contextlib.suppress(ConnectionError):
            for _ in range(200):  # bounded: a byte every 0.05 s, never idle for long
                writer.write(b"1\r\nx\r\n")
                await writer.drain()
                await asyncio.sleep(0.05)

    async def main() -> None:
        pool = UpstreamPool(idle_timeout_s=5)
        async with raw_server(trickles) as port:
            deadline = asyncio.get_running_loop().time() + 0.5
            r = await pool.post((HOST, port), "/x", {}, b"{}", deadline)
            with pytest.raises(UpstreamTimeout) as late:
                async for _ in r.iter_chunks():
                    pass
            assert late.value.kind == "deadline"
            r.release()
            with pytest.raises(UpstreamTimeout):  # a deadline already past sends nothing
                await pool.post((HOST, port), "/x", {}, b"{}", deadline)
        await pool.close()

    run(main())


def test_an_idle_connection_the_engine_closed_is_replaced_without_an_error() -> None:
    connections = 0
    closed = asyncio.Event()

    async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        writer.transport.abort()  # keep-alive promised, then closed (an idle timeout)
        closed.set()

    async def main() -> None:
        pool = UpstreamPool()
        async with raw_server(once) as port:
            for _ in range(3):
                closed.clear()
                async with await pool.post((HOST, port), "/x", {}, b"{}") as r:
                    assert await r.read() == b"ok"
                await asyncio.wait_for(closed.wait(), 5)
                for _ in range(500):  # bounded: until the loop has seen the close
                    if pool.idle_count() == 0:
                        break
                    await asyncio.sleep(0.01)
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


def big_app(size: int, chunked: bool) -> web.Application:
    """An engine whose every answer is `size` bytes, with a Content-Length or chunked."""
    body = bytes(range(256)) * (size // 256) + b"x" * (size % 256)

    async def answer(request: web.Request) -> web.StreamResponse:
        if not chunked:
            return web.Response(body=body)
        response = web.StreamResponse()
        await response.prepare(request)
        for i in range(0, size, MIB):
            await response.write(body[i:i + MIB])
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_post("/big", answer)
    return app


@pytest.mark.parametrize("size_mib", [1, 30])
@pytest.mark.parametrize("chunked", [False, True], ids=["length", "chunked"])
def test_a_large_answer_read_whole_arrives_whole(size_mib: int, chunked: bool) -> None:
    """read() takes what arrives as it arrives: the socket, paused at 256 KiB while nobody
    takes, must not stall an answer that is only read at its end."""
    size = size_mib * MIB

    async def main() -> None:
        async with aiohttp_server(big_app(size, chunked)) as port:
            pool = UpstreamPool(first_byte_timeout_s=20, idle_timeout_s=20)
            async with await pool.post((HOST, port), "/big", {}, b"{}") as r:
                data = await r.read()
            assert len(data) == size and data[:256] == bytes(range(256))
            assert pool.idle_count() == 1  # read to its end: the connection is reused
            await pool.close()

    run(main())


@pytest.mark.parametrize("chunked", [False, True], ids=["length", "chunked"])
def test_an_answer_over_the_limit_is_refused_and_its_connection_closed(chunked: bool) -> None:
    async def main() -> None:
        async with aiohttp_server(big_app(3 * MIB, chunked)) as port:
            pool = UpstreamPool(max_response_bytes=2 * MIB)
            r = await pool.post((HOST, port), "/big", {}, b"{}")
            with pytest.raises(UpstreamTooLarge, match="larger than 2 MiB") as info:
                await r.read()
            assert info.value.kind == "too_large"
            r.release()
            assert pool.idle_count() == 0
            await pool.close()

    run(main())


def test_a_unix_socket_address_works_like_a_tcp_one() -> None:
    peers: list[object] = []

    async def echo(request: web.Request) -> web.Response:
        peers.append(request.transport)
        return web.json_response({"host": request.headers["Host"],
                                  "got": (await request.read()).decode()})

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/v1/x", echo)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        with tempfile.TemporaryDirectory(dir="/tmp") as root:
            path = os.path.join(root, "engine.sock")  # short: unix socket paths are
            await web.UnixSite(runner, path).start()  # limited to 107 bytes
            pool = UpstreamPool()
            try:
                for i in range(3):
                    async with await pool.post(path, "/v1/x", {}, str(i).encode()) as r:
                        assert r.status == 200
                        assert json.loads(await r.read()) == {"host": "localhost", "got": str(i)}
                assert len(set(map(id, peers))) == 1  # one kept-alive connection served all
                assert pool.idle_count(path) == 1
            finally:
                await pool.close()
                await runner.cleanup()
        with pytest.raises(UpstreamConnectionError, match="cannot connect"):
            await pool.post(path, "/v1/x", {}, b"{}")  # gone: a connection error, retryable

    run(main())


def test_a_header_with_a_line_break_is_refused_before_anything_is_sent() -> None:
    connections = 0

    async def counts(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        writer.close()

    async def main() -> None:
        pool = UpstreamPool()
        async with raw_server(counts) as port:
            for headers in ({"X-Request-ID": "a\r\nX-Injected: 1"}, {"X-Id": "a\nb"},
                            {"X-Evil\r\nX-Injected": "1"}, {"X-Id": "nul\0"}):
                with pytest.raises(UpstreamHeaderError, match="line break"):
                    await pool.post((HOST, port), "/x", headers, b"{}")
            with pytest.raises(UpstreamHeaderError):
                await pool.post((HOST, port), "/x\r\nX-Injected: 1", {}, b"{}")
        assert connections == 0
        await pool.close()

    run(main())


def test_a_request_the_engine_may_have_read_is_never_sent_twice() -> None:
    """A kept-alive connection that closes after the request was written, with no byte of an
    answer, may have been read by an engine that then died: not sent again."""
    requests = 0

    async def answers_once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal requests
        await read_request(reader)
        requests += 1
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        await read_request(reader)  # the second request on the same connection
        requests += 1
        writer.transport.abort()  # read, then gone without a byte of an answer

    async def main() -> None:
        pool = UpstreamPool()
        async with raw_server(answers_once) as port:
            async with await pool.post((HOST, port), "/x", {}, b"{}") as r:
                assert await r.read() == b"ok"
            with pytest.raises(UpstreamError) as info:
                await pool.post((HOST, port), "/x", {}, b"{}")
            assert info.value.kind == "closed"
            assert not isinstance(info.value, UpstreamConnectionError)
            assert requests == 2  # the second one once, not again on a new connection
        await pool.close()

    run(main())


def test_a_write_the_transport_refuses_goes_out_again_on_a_new_connection() -> None:
    """A kept-alive connection that the loop found closed just as it was picked takes none
    of the request: that one, and only that one, is sent again on a new connection."""
    requests = 0

    async def answers(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal requests
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            while True:
                await read_request(reader)
                requests += 1
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()

    async def main() -> None:
        pool = UpstreamPool()
        async with raw_server(answers) as port:
            async with await pool.post((HOST, port), "/x", {}, b"{}") as r:
                assert await r.read() == b"ok"
            (conn,) = pool._idle[(HOST, port)]
            assert conn.transport is not None
            conn.transport.close()  # closing, but connection_lost has not run yet
            async with await pool.post((HOST, port), "/x", {}, b"{}") as r:
                assert await r.read() == b"ok"
            assert requests == 2
        await pool.close()

    run(main())


def test_a_connection_idle_too_long_to_trust_is_not_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    peers: set[tuple[str, int]] = set()

    async def echo(request: web.Request) -> web.Response:
        peers.add(request.transport.get_extra_info("peername"))  # type: ignore[union-attr]
        return web.Response(text="ok")

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/x", echo)
        async with aiohttp_server(app) as port:
            pool = UpstreamPool()
            for _ in range(3):
                async with await pool.post((HOST, port), "/x", {}, b"{}") as r:
                    await r.read()
            assert len(peers) == 1
            monkeypatch.setattr(upstream, "REUSE_IDLE_S", 0.0)  # every idle one is too old
            for _ in range(2):
                async with await pool.post((HOST, port), "/x", {}, b"{}") as r:
                    await r.read()
            assert len(peers) == 3
            assert pool.idle_count() == 1
            await pool.close()

    run(main())


def test_a_connection_closed_without_an_answer_retires_the_engines_idle_ones() -> None:
    """An engine that closed a connection unasked most likely died: its other kept-alive
    connections would fail the same way, with a request on them that cannot be sent again."""
    release = asyncio.Event()
    die = False

    async def engine(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            while True:
                await read_request(reader)
                if die:
                    writer.transport.abort()
                    return
                await release.wait()
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()

    async def main() -> None:
        nonlocal die
        pool = UpstreamPool()
        async with raw_server(engine) as port:
            async def one() -> bytes:
                async with await pool.post((HOST, port), "/x", {}, b"{}") as r:
                    return await r.read()

            both = asyncio.gather(one(), one())  # two connections at once
            await asyncio.sleep(0)
            release.set()
            assert await both == [b"ok", b"ok"]
            assert pool.idle_count((HOST, port)) == 2
            die = True
            with pytest.raises(UpstreamError) as info:
                await pool.post((HOST, port), "/x", {}, b"{}")
            assert info.value.kind == "closed"
            assert pool.idle_count((HOST, port)) == 0
        await pool.close()

    run(main())


def test_a_reset_before_the_engine_read_the_request_proves_it_never_started() -> None:
    """A listener that never accepts: the kernel takes the connection and the request, and
    resets both when the listener closes, unread. Such a reset is an UpstreamConnectionError
    (the request may go elsewhere); a plain close after reading it is not (see above)."""

    async def main() -> None:
        listener = socket.socket()
        listener.bind((HOST, 0))
        listener.listen()
        pool = UpstreamPool()
        task = asyncio.ensure_future(pool.post(listener.getsockname(), "/x", {}, b"{}"))
        for _ in range(500):  # bounded: until the request is written
            if pool._busy:
                break
            await asyncio.sleep(0.01)
        listener.close()
        with pytest.raises(UpstreamConnectionError, match="without reading") as info:
            await task
        assert info.value.kind == "reset"
        await pool.close()

    run(main())
