"""The proxy's HTTP/1.1 client to its engines: a keep-alive connection pool per engine
address on asyncio protocols, with httptools (llhttp) parsing the responses.

Why not aiohttp's client: the proxy sends one kind of request (a POST with a JSON body) to
servers it knows, and aiohttp's general client (cookies, redirects, tracing, a request and a
response object of many layers) cost about half of the proxy's CPU time per request. This
one does what the proxy needs and nothing more:

- `UpstreamPool.post(address, path, headers, body)` sends a request on an idle connection
  (or a new one) to `address`, an engine's unix socket path (or a host and port), and
  returns an `UpstreamResponse` once the status and headers are in;
- `read()` the whole body, or `iter_chunks()` it as it arrives (chunked transfer coding is
  decoded; reading pauses the socket while the consumer lags, so a slow client slows the
  engine's connection, not the proxy's memory);
- `release()` puts a connection whose answer was read completely back into the pool and
  closes any other, so an abandoned answer (the client hung up) ends the engine's work;
- timeouts: connecting (`connect_timeout_s`) and silence while waiting for bytes
  (`read_timeout_s`, like a socket read timeout: it restarts with every byte).

Errors: `UpstreamConnectionError` when no answer began (connection refused, reset, closed
or silent before the status line): the request can go to another replica. A failure after
the status line is an `UpstreamError` too, but the caller knows it already passed bytes on.
A connection reused from the pool that fails before its first answer byte is retried once
on a new connection, since the engine may simply have closed it as idle.
"""

from __future__ import annotations

import asyncio
import collections
from collections.abc import AsyncIterator

import httptools

_PAUSE_AT = 256 * 1024  # buffered answer bytes at which the socket stops reading

# Where an engine listens: the path of its unix socket, or a (host, port) pair.
Address = str | tuple[str, int]


class UpstreamError(Exception):
    """The engine's connection failed or went silent."""


class UpstreamConnectionError(UpstreamError):
    """No answer began: nothing of it reached the caller, so it may be retried elsewhere."""


class _Connection(asyncio.Protocol):
    """One connection to an engine; one request at a time."""

    def __init__(self, loop: asyncio.AbstractEventLoop, read_timeout_s: float):
        self.loop = loop
        self.read_timeout_s = read_timeout_s
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.closed = False
        self._reset()

    def _reset(self) -> None:
        self.headers: list[tuple[bytes, bytes]] = []
        self.status = 0
        self.began = False  # a byte of the answer arrived
        self.complete = False
        self.keep_alive = False
        self.error: UpstreamError | None = None
        self.chunks: collections.deque[bytes] = collections.deque()
        self.buffered = 0
        self.paused = False
        self.waiter: asyncio.Future[None] | None = None
        self.headers_done = False
        self.last_byte = 0.0  # loop time of the last byte, or of sending the request

    # --- asyncio.Protocol ---------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.began = True
        self.last_byte = self.loop.time()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(UpstreamError(f"the engine's answer is not valid HTTP: {exc}"))
            self.close()

    def eof_received(self) -> bool:
        return False  # close our side too

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.complete:
            return
        if self.headers_done and exc is None and self._until_eof():
            self.complete = True  # an answer with neither a length nor chunks ends here
        else:
            reason = f": {exc}" if exc else ""
            cls = UpstreamError if self.headers_done else UpstreamConnectionError
            self._fail(cls(f"the engine closed the connection{reason}"))
        self._wake()

    # --- httptools callbacks ------------------------------------------------------------

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.status = self.parser.get_status_code()
        self.headers_done = True
        self._wake()

    def on_body(self, body: bytes) -> None:
        self.chunks.append(body)
        self.buffered += len(body)
        if self.buffered >= _PAUSE_AT and not self.paused and self.transport is not None:
            self.paused = True
            self.transport.pause_reading()
        self._wake()

    def on_message_complete(self) -> None:
        self.keep_alive = self.parser.should_keep_alive()  # only valid inside the callback
        self.complete = True
        self._wake()

    # --- waiting ------------------------------------------------------------------------

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _fail(self, error: UpstreamError) -> None:
        if self.error is None:
            self.error = error
        self._wake()

    async def wait(self) -> None:
        """Until the parser has something new (or the connection failed)."""
        if self.error is not None:
            raise self.error
        self.waiter = self.loop.create_future()
        try:
            await self.waiter
        finally:
            self.waiter = None
        if self.error is not None:
            raise self.error

    def _until_eof(self) -> bool:
        """An answer framed by neither a length nor chunks, which the close ends."""
        framed = any(k.lower() in (b"content-length", b"transfer-encoding") for k, _ in self.headers)
        return not framed and self.status >= 200 and self.status not in (204, 304)

    def silent_since(self, now: float) -> float:
        """Seconds an unfinished exchange has waited for its next byte (0 when finished)."""
        return 0.0 if self.complete or self.error is not None else now - self.last_byte

    def time_out(self) -> None:
        cls = UpstreamError if self.began else UpstreamConnectionError
        self._fail(cls(f"the engine sent nothing for {self.read_timeout_s:g} s"))
        self.close()

    # --- requests -----------------------------------------------------------------------

    def send(self, request: bytes) -> None:
        self._reset()
        assert self.transport is not None
        self.transport.write(request)
        self.last_byte = self.loop.time()

    def take(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks.clear()
        self.buffered = 0
        if self.paused and self.transport is not None and not self.closed:
            self.paused = False
            self.transport.resume_reading()
        return data

    def reusable(self) -> bool:
        return self.complete and self.keep_alive and not self.closed

    def close(self) -> None:
        if self.transport is not None and not self.closed:
            self.closed = True
            self.transport.close()


class UpstreamResponse:
    """The status and headers of an engine's answer; its body read whole or in chunks."""

    def __init__(self, pool: UpstreamPool, address: Address, conn: _Connection):
        self._pool = pool
        self._address = address
        self._conn: _Connection | None = conn
        self.status = conn.status
        self.raw_headers = conn.headers

    def header_items(self) -> list[tuple[str, str]]:
        return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in self.raw_headers]

    async def read(self) -> bytes:
        conn = self._conn
        assert conn is not None, "the answer was released"
        while not conn.complete:
            await conn.wait()
        return conn.take()

    async def iter_chunks(self) -> AsyncIterator[bytes]:
        conn = self._conn
        assert conn is not None, "the answer was released"
        while True:
            if conn.chunks:
                yield conn.take()
                continue
            if conn.complete:
                return
            await conn.wait()

    def release(self) -> None:
        """Back to the pool when the answer was read whole; closed otherwise."""
        conn, self._conn = self._conn, None
        if conn is not None:
            self._pool._put_back(self._address, conn)

    async def __aenter__(self) -> UpstreamResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.release()


class UpstreamPool:
    def __init__(self, connect_timeout_s: float = 5.0, read_timeout_s: float = 600.0,
                 max_idle_per_address: int = 256):
        self.connect_timeout_s = connect_timeout_s
        self.read_timeout_s = read_timeout_s
        self.max_idle = max_idle_per_address
        self._idle: dict[Address, collections.deque[_Connection]] = {}
        self._busy: set[_Connection] = set()
        # One timer for all connections, not one per request: every `_sweep_every_s` it
        # fails the exchanges silent for `read_timeout_s` (so a timeout fires up to that
        # much late).
        self._sweep_every_s = min(1.0, read_timeout_s / 4)
        self._sweeper: asyncio.TimerHandle | None = None

    async def post(self, address: Address, path: str, headers: dict[str, str],
                   body: bytes) -> UpstreamResponse:
        host = "localhost" if isinstance(address, str) else f"{address[0]}:{address[1]}"
        head = [f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {len(body)}\r\n"]
        head += [f"{k}: {v}\r\n" for k, v in headers.items()]
        head.append("\r\n")
        request = "".join(head).encode("latin-1") + body
        conn = self._idle_connection(address)
        if conn is not None:
            try:
                return await self._exchange(address, conn, request)
            except UpstreamConnectionError:
                pass  # the engine may have closed it as idle just now: once more, on a new one
        return await self._exchange(address, await self._connect(address), request)

    async def _exchange(self, address: Address, conn: _Connection,
                        request: bytes) -> UpstreamResponse:
        self._busy.add(conn)
        if self._sweeper is None:
            self._sweeper = conn.loop.call_later(self._sweep_every_s, self._sweep, conn.loop)
        try:
            conn.send(request)
            while not conn.headers_done:
                await conn.wait()
        except BaseException:
            self._busy.discard(conn)
            conn.close()
            raise
        return UpstreamResponse(self, address, conn)

    def _sweep(self, loop: asyncio.AbstractEventLoop) -> None:
        now = loop.time()
        for conn in [c for c in self._busy if c.silent_since(now) >= self.read_timeout_s]:
            conn.time_out()
        self._sweeper = (loop.call_later(self._sweep_every_s, self._sweep, loop)
                         if self._busy else None)

    def _idle_connection(self, address: Address) -> _Connection | None:
        idle = self._idle.get(address)
        while idle:
            conn = idle.pop()  # the most recently used: the least likely to be closed as idle
            if not conn.closed:
                return conn
        return None

    async def _connect(self, address: Address) -> _Connection:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(self.connect_timeout_s):
                if isinstance(address, str):
                    _, conn = await loop.create_unix_connection(
                        lambda: _Connection(loop, self.read_timeout_s), address)
                else:
                    _, conn = await loop.create_connection(
                        lambda: _Connection(loop, self.read_timeout_s), *address)
        except TimeoutError:
            raise UpstreamConnectionError(
                f"connecting took longer than {self.connect_timeout_s:g} s") from None
        except OSError as exc:
            raise UpstreamConnectionError(f"cannot connect: {exc.strerror or exc}") from None
        return conn

    def _put_back(self, address: Address, conn: _Connection) -> None:
        self._busy.discard(conn)
        if not conn.reusable():
            conn.close()
            return
        idle = self._idle.setdefault(address, collections.deque())
        if len(idle) >= self.max_idle:
            conn.close()
            return
        idle.append(conn)

    def idle_count(self, address: Address | None = None) -> int:
        if address is not None:
            return sum(not c.closed for c in self._idle.get(address, ()))
        return sum(not c.closed for q in self._idle.values() for c in q)

    async def close(self) -> None:
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()
        for conn in list(self._busy):
            conn.close()
        self._busy.clear()
        if self._sweeper is not None:
            self._sweeper.cancel()
            self._sweeper = None
        await asyncio.sleep(0)  # let the transports run their connection_lost
