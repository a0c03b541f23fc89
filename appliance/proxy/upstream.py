"""The proxy's HTTP/1.1 client to its engines: a keep-alive connection pool per engine
address on asyncio protocols, with httptools (llhttp) parsing the responses.

Why not aiohttp's client: the proxy sends one kind of request (a POST with a JSON body) to
servers it knows, and aiohttp's general client (cookies, redirects, tracing, a request and a
response object of many layers) cost about half of the proxy's CPU time per request. This
one does what the proxy needs and nothing more:

- `UpstreamPool.post(address, path, headers, body, deadline)` sends a request on an idle
  connection (or a new one) and returns an `UpstreamResponse` once the status and headers
  are in. An address is `(host, port)`, the path of a unix socket, or a `TlsAddress`: another
  node's relay listener, reached over mutual TLS with the pool's `tls` context (the fleet's
  client context; the TLS handshake counts as part of connecting);
- `read()` the whole body (at most `max_response_bytes`), or `iter_chunks()` it as it
  arrives (chunked transfer coding is decoded; reading pauses the socket while the consumer
  lags, so a slow client slows the engine's connection, not the proxy's memory);
- `release()` puts a connection whose answer was read completely back into the pool and
  closes any other, so an abandoned answer (the client hung up) ends the engine's work;
- timeouts: connecting (`connect_timeout_s`), silence from sending the request to the first
  byte of the answer (`first_byte_timeout_s`), silence within an answer once it began
  (`idle_timeout_s`, restarting with every byte; a connection paused because its consumer
  lags is not silent), and the caller's `deadline` for the whole exchange. One timer checks
  every busy connection once a second (so a timeout fires up to a second late), rather than
  a timer per request.

Errors are `UpstreamError`s with a bounded `kind` for metrics and the audit line. Only an
`UpstreamConnectionError` proves that the engine never started on the request, and the
caller may send it elsewhere:
- `connect_failed`, `connect_timeout`: no connection;
- `not_written`: the transport refused the write at once (asyncio and uvloop drop a write to
  a closing transport and close one whose send failed), so nothing of the request left;
- `reset`: the connection was reset before any byte of the answer. Linux resets a TCP or
  unix connection that its owner closes with data unread, and ends one whose owner read
  everything with a plain EOF: a reset means the engine never read all of the request.
Any other error came after the engine may have read the request: `closed` (a plain EOF
before any byte of the answer: the engine may have read it and died), `cut_short`,
`invalid_http`, the timeouts (`first_byte_timeout`, `idle_timeout`, `deadline`) and
`too_large`.

Reused connections. An engine closes a keep-alive connection that stayed idle (vLLM, by way
of uvicorn, after 5 s: VLLM_HTTP_TIMEOUT_KEEP_ALIVE); a request written just as it does so
could end in a plain EOF, which cannot be told from a crash after reading it. So a
connection idle for `REUSE_IDLE_S` or longer is closed rather than reused; one whose close
the event loop has seen is never reused; a `not_written` one is sent again at once on a new
connection to the same engine; and when a connection ends without the engine's answer
(`closed`, `cut_short`) the engine's other idle connections are closed too, since it most
likely died and they would end the same way.
"""

from __future__ import annotations

import asyncio
import collections
import math
import ssl
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass

import httptools


@dataclass(frozen=True)
class TlsAddress:
    """Another node's relay listener: TCP with mutual TLS (the pool's `tls` context); the
    server's certificate must name `host`."""

    host: str
    port: int


Address = tuple[str, int] | str | TlsAddress  # (host, port), a unix socket's path, or TLS

_PAUSE_AT = 256 * 1024  # buffered answer bytes at which the socket stops reading
REUSE_IDLE_S = 2.0  # idle connections this old are not reused: well inside vLLM's 5 s
_UNSAFE = ("\r", "\n", "\0")
_ENGINE_GONE = ("closed", "cut_short")  # kinds of a connection the engine closed unasked


class UpstreamError(Exception):
    """The engine's connection failed, went silent, or its answer broke a limit. `kind`, a
    short fixed word, says which (metrics label, audit line)."""

    kind = "failed"

    def __init__(self, message: str, kind: str | None = None):
        super().__init__(message)
        if kind is not None:
            self.kind = kind


class UpstreamConnectionError(UpstreamError):
    """Nothing of the request reached the engine: it may be sent elsewhere."""

    kind = "connect_failed"


class _NotWritten(UpstreamConnectionError):
    """The transport refused the write at once: the engine had closed or reset the
    connection, and nothing of the request left the proxy."""

    kind = "not_written"


class UpstreamTimeout(UpstreamError):
    """Silence for longer than a timeout, or the caller's deadline passed."""


class UpstreamTooLarge(UpstreamError):
    """A whole answer larger than the pool's `max_response_bytes`."""

    kind = "too_large"


class UpstreamHeaderError(ValueError):
    """A header for the engine holds a line break or NUL: writing it would let its value
    add headers of its own. Raised before anything is sent."""


class _Connection(asyncio.Protocol):
    """One connection to an engine; one request at a time."""

    def __init__(self, loop: asyncio.AbstractEventLoop, first_byte_timeout_s: float,
                 idle_timeout_s: float):
        self.loop = loop
        self.first_byte_timeout_s = first_byte_timeout_s
        self.idle_timeout_s = idle_timeout_s
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
        self.deadline = math.inf  # loop time by which the exchange must be over

    # --- asyncio.Protocol ---------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.began = True
        self.last_byte = self.loop.time()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(UpstreamError(f"the engine's answer is not valid HTTP: {exc}",
                                     "invalid_http"))
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
            if self.began:
                self._fail(UpstreamError(f"the engine closed the connection in the middle "
                                         f"of its answer{reason}", "cut_short"))
            elif isinstance(exc, ConnectionResetError):
                # Linux resets a connection (TCP or unix) that its owner closes with data
                # unread; one that read everything ends with a plain EOF. So a reset before
                # any answer means the engine never read all of the request.
                self._fail(UpstreamConnectionError("the engine reset the connection without "
                                                   "reading the whole request", "reset"))
            else:
                self._fail(UpstreamError(f"the engine closed the connection before "
                                         f"answering{reason}", "closed"))
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

    def overdue(self, now: float) -> UpstreamTimeout | None:
        """The timeout an unfinished exchange has run into by `now`, if any."""
        if self.complete or self.error is not None:
            return None
        if now >= self.deadline:
            return UpstreamTimeout("the request's deadline passed", "deadline")
        if self.paused:
            return None  # the consumer lags, not the engine
        if self.began:
            if now - self.last_byte >= self.idle_timeout_s:
                return UpstreamTimeout(f"the engine's answer stalled for "
                                       f"{self.idle_timeout_s:g} s", "idle_timeout")
        elif now - self.last_byte >= self.first_byte_timeout_s:
            return UpstreamTimeout(f"the engine sent nothing for {self.first_byte_timeout_s:g} s "
                                   "after the request", "first_byte_timeout")
        return None

    def time_out(self, error: UpstreamTimeout) -> None:
        self._fail(error)
        self.close()

    # --- requests -----------------------------------------------------------------------

    def send(self, request: bytes, now: float, deadline: float) -> None:
        """Write `request`. Raises _NotWritten when the transport refused it at once."""
        self._reset()
        self.last_byte = now
        self.deadline = deadline
        transport = self.transport
        assert transport is not None
        transport.write(request)
        # A transport that is closing right after the write did not send it: asyncio and
        # uvloop drop writes to a closing transport, and close one whose send failed.
        if transport.is_closing():
            self.closed = True
            raise _NotWritten("the engine had closed the connection")

    def take(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks.clear()
        self.buffered = 0
        self._resume()
        return data

    def drain_into(self, parts: list[bytes]) -> int:
        """Move the buffered chunks to `parts`; their size."""
        size = self.buffered
        parts += self.chunks
        self.chunks.clear()
        self.buffered = 0
        self._resume()
        return size

    def _resume(self) -> None:
        if self.paused and self.transport is not None and not self.closed:
            self.paused = False
            self.transport.resume_reading()

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
        """Every header as the engine sent it, repeated names included, in order."""
        return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in self.raw_headers]

    async def read(self) -> bytes:
        """The whole body. Raises UpstreamTooLarge (and closes the connection, so that the
        engine stops sending) once it passes the pool's `max_response_bytes`."""
        conn = self._conn
        assert conn is not None, "the answer was released"
        limit = self._pool.max_response_bytes
        parts: list[bytes] = []
        size = 0
        while True:
            if conn.chunks:
                size += conn.drain_into(parts)  # and reading goes on: no stall at _PAUSE_AT
                if size > limit:
                    conn.close()
                    raise UpstreamTooLarge(f"the engine's answer is larger than "
                                           f"{_mib(limit)} MiB")
            if conn.complete:
                return parts[0] if len(parts) == 1 else b"".join(parts)
            await conn.wait()

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


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):g}"


class UpstreamPool:
    def __init__(self, connect_timeout_s: float = 5.0, first_byte_timeout_s: float = 600.0,
                 idle_timeout_s: float = 600.0, max_response_bytes: int = 64 * 1024 * 1024,
                 max_idle_per_address: int = 256, tls: ssl.SSLContext | None = None):
        self.connect_timeout_s = connect_timeout_s
        self.tls = tls  # for TlsAddress: the fleet's client context
        self.first_byte_timeout_s = first_byte_timeout_s
        self.idle_timeout_s = idle_timeout_s
        self.max_response_bytes = max_response_bytes
        self.max_idle = max_idle_per_address
        self._idle: dict[Address, collections.deque[_Connection]] = {}
        self._busy: set[_Connection] = set()
        # One timer for all connections, not one per request: every `_sweep_every_s` it
        # fails the exchanges that ran into a timeout (so one fires up to that much late).
        self._sweep_every_s = min(1.0, first_byte_timeout_s / 4, idle_timeout_s / 4)
        self._sweeper: asyncio.TimerHandle | None = None

    async def post(self, address: Address, path: str, headers: Mapping[str, str],
                   body: bytes, deadline: float = math.inf) -> UpstreamResponse:
        """Send the request; the answer once its status and headers are in. `deadline`: the
        loop time by which the whole exchange must be over (UpstreamTimeout of kind
        `deadline` after it). Raises UpstreamHeaderError, before sending anything, when a
        header name or value holds CR, LF or NUL."""
        request = _request(address, path, headers, body)
        loop = asyncio.get_running_loop()
        now = loop.time()
        if now >= deadline:
            raise UpstreamTimeout("the request's deadline passed", "deadline")
        conn = self._idle_connection(address, now)
        if conn is not None:
            try:
                return await self._exchange(address, conn, request, now, deadline)
            except _NotWritten:
                pass  # the engine had closed it: nothing was sent, so once more on a new one
        conn = await self._connect(loop, address, deadline)
        return await self._exchange(address, conn, request, loop.time(), deadline)

    async def _exchange(self, address: Address, conn: _Connection, request: bytes,
                        now: float, deadline: float) -> UpstreamResponse:
        self._busy.add(conn)
        if self._sweeper is None:
            self._sweeper = conn.loop.call_later(self._sweep_every_s, self._sweep, conn.loop)
        try:
            conn.send(request, now, deadline)
            while not conn.headers_done:
                await conn.wait()
        except BaseException:
            self._put_back(address, conn)
            raise
        return UpstreamResponse(self, address, conn)

    def _sweep(self, loop: asyncio.AbstractEventLoop) -> None:
        now = loop.time()
        for conn in list(self._busy):
            error = conn.overdue(now)
            if error is not None:
                conn.time_out(error)
        self._sweeper = (loop.call_later(self._sweep_every_s, self._sweep, loop)
                         if self._busy else None)

    def _idle_connection(self, address: Address, now: float) -> _Connection | None:
        idle = self._idle.get(address)
        while idle:
            conn = idle.pop()  # the most recently used: the least likely to be closed as idle
            if conn.closed:
                continue
            if now - conn.last_byte >= REUSE_IDLE_S:
                # the newest is too old to trust, so are the others: close them all
                conn.close()
                while idle:
                    idle.pop().close()
                return None
            return conn
        return None

    async def _connect(self, loop: asyncio.AbstractEventLoop, address: Address,
                       deadline: float) -> _Connection:
        timeout = self.connect_timeout_s
        left = deadline - loop.time()
        kind = "connect_timeout"
        if left < timeout:
            timeout, kind = left, "deadline"

        def factory() -> _Connection:
            return _Connection(loop, self.first_byte_timeout_s, self.idle_timeout_s)

        try:
            async with asyncio.timeout(timeout):
                if isinstance(address, str):
                    _, conn = await loop.create_unix_connection(factory, address)
                elif isinstance(address, TlsAddress):
                    if self.tls is None:
                        raise UpstreamConnectionError(
                            "a replica on another node, and this proxy has no fleet TLS "
                            "context ([fleet] enabled, tls_dir)")
                    _, conn = await loop.create_connection(
                        factory, address.host, address.port, ssl=self.tls,
                        server_hostname=address.host, ssl_handshake_timeout=max(timeout, 0.001))
                else:
                    _, conn = await loop.create_connection(factory, *address)
        except TimeoutError:
            if kind == "deadline":
                raise UpstreamTimeout("the request's deadline passed while connecting",
                                      "deadline") from None
            raise UpstreamConnectionError(
                f"connecting took longer than {timeout:g} s", kind) from None
        except OSError as exc:  # ssl.SSLError included: a handshake the relay refused
            raise UpstreamConnectionError(f"cannot connect: {exc.strerror or exc}") from None
        return conn

    def _put_back(self, address: Address, conn: _Connection) -> None:
        self._busy.discard(conn)
        if not conn.reusable():
            conn.close()
            if conn.error is not None and conn.error.kind in _ENGINE_GONE:
                self._close_idle(address)
            return
        idle = self._idle.setdefault(address, collections.deque())
        if len(idle) >= self.max_idle:
            conn.close()
            return
        idle.append(conn)

    def _close_idle(self, address: Address) -> None:
        """Close the idle connections to `address`: one of its connections ended without
        the engine's answer, so it most likely died, and they would end the same way with
        a request on them that could not be sent again."""
        for conn in self._idle.pop(address, ()):
            conn.close()

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


def _request(address: Address, path: str, headers: Mapping[str, str], body: bytes) -> bytes:
    """The request's bytes. A CR, LF or NUL in any value that goes into the head (a header's
    name or value, the path) would end a line early and let the rest pose as headers of its
    own: counting the line ends of the whole head finds one without a pass per value."""
    if isinstance(address, str):
        host = "localhost"
    elif isinstance(address, TlsAddress):
        host = f"{address.host}:{address.port}"
    else:
        host = f"{address[0]}:{address[1]}"
    head = [f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {len(body)}\r\n"]
    head += [f"{k}: {v}\r\n" for k, v in headers.items()]
    head.append("\r\n")
    text = "".join(head)
    lines = len(headers) + 4
    if text.count("\n") != lines or text.count("\r") != lines or "\0" in text:
        bad = next((f"header {k!r}" for k, v in headers.items()
                    if any(c in k + v for c in _UNSAFE)), "the request line")
        raise UpstreamHeaderError(f"{bad} holds a line break or NUL; refused before sending")
    try:
        return text.encode("latin-1") + body
    except UnicodeEncodeError:
        raise UpstreamHeaderError("a header holds a character outside Latin-1; refused "
                                  "before sending") from None
