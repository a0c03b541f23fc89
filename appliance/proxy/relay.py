"""The proxy's relay listener: where other nodes of the fleet reach this node's engines.

It listens on `[fleet] bind:relay_port` with mutual TLS 1.3 (appliance/fleet/tls.py): a
client without a certificate of the fleet CA fails the handshake, and is counted
(`appliance_relay_refused_total`). What it serves (relay_wire.py has the wire):

    POST /fleet/v1/relay/<OpenAI path>   the body, untouched, to the LOCAL replica named by
                                         X-Appliance-Replica; the engine's answer back, with
                                         X-Appliance-Load
    GET  /fleet/v1/catalog               this node's own routes document (its agent's: local
                                         replicas only), for the other nodes' agents
    GET  /fleet/v1/load                  requests in flight on each local replica

A relayed request was authenticated, limited, masked and audited by the proxy that took it
from its client, so here it gets none of that again: only the engine token of this node
and its own metrics (`appliance_relay_*`). It counts as load on its replica like any
other request (routing here sees it).

More endpoints (the fleet's shared limits) register on the same app: `make_relay_app` calls
one `add_*_routes(app)` per concern, each reading what it needs from the app's keys.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import ssl
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp
from aiohttp import web
from multidict import CIMultiDict

from appliance.proxy.forward import KINDS, NOT_READY
from appliance.proxy.metrics import ProxyMetrics
from appliance.proxy.relay_wire import (
    CATALOG_PATH,
    ERROR_HEADER,
    LOAD_HEADER,
    LOAD_PATH,
    RELAY_PREFIX,
    REPLICA_HEADER,
)
from appliance.proxy.request_id import HEADER as REQUEST_ID_HEADER
from appliance.proxy.request_id import request_id_for
from appliance.proxy.state import ProxyState
from appliance.proxy.upstream import (
    UpstreamConnectionError,
    UpstreamError,
    UpstreamHeaderError,
    UpstreamPool,
)

log = logging.getLogger("appliance.proxy.relay")

_HOP = frozenset({"content-length", "transfer-encoding", "connection", "keep-alive", "server",
                  "date"})
HANDSHAKE_TIMEOUT_S = 10.0


class RelayMetrics:
    """The relay's own metrics, in the proxy's registry (so /metrics shows them)."""

    def __init__(self, metrics: ProxyMetrics):
        self.requests = metrics.counter(
            "appliance_relay_requests", "Requests other nodes relayed to a local replica, by "
            "replica and the status answered.", ["replica", "status"])
        self.refused = metrics.counter(
            "appliance_relay_refused", "Connections to the relay listener refused in the TLS "
            "handshake, by reason (no_certificate, bad_certificate, not_tls, timeout, "
            "handshake).", ["reason"])
        self.seconds = metrics.histogram(
            "appliance_relay_request_seconds", "Time from a relayed request to the end of its "
            "answer.", buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
                                60, 120, 300))


class Relay:
    """What the relay's handlers share with the proxy's: its state, engine client and
    metrics, and the agent's socket (for the catalog)."""

    def __init__(self, state: ProxyState, pool: Callable[[], UpstreamPool],
                 metrics: RelayMetrics, agent_socket: Path):
        self.state = state
        self.pool = pool  # the proxy's engine client (made when the proxy's app starts)
        self.metrics = metrics
        self.agent_socket = agent_socket
        self._agent: aiohttp.ClientSession | None = None

    def agent(self) -> aiohttp.ClientSession:
        if self._agent is None:
            self._agent = aiohttp.ClientSession(
                connector=aiohttp.UnixConnector(path=str(self.agent_socket)))
        return self._agent

    async def close(self) -> None:
        if self._agent is not None:
            await self._agent.close()
            self._agent = None


RELAY = web.AppKey("relay", Relay)


def _refusal(status: int, message: str, kind: str) -> web.Response:
    return web.json_response({"error": {"message": message, "type": "relay_error",
                                        "code": kind}},
                             status=status, headers={ERROR_HEADER: kind})


async def relay(request: web.Request) -> web.StreamResponse:
    """A request for a local replica from another node's proxy, to its engine untouched."""
    ctx: Relay = request.app[RELAY]
    state, metrics = ctx.state, ctx.metrics
    path = "/" + request.match_info["path"]
    key = request.headers.get(REPLICA_HEADER, "")
    started = time.monotonic()
    status = 0
    if path not in KINDS:
        return _refusal(404, f"the relay does not serve {path}", "unknown_url")
    endpoint = state.routes.local.get(key)
    if endpoint is None:  # not here, or no longer ready: the sender tries another replica
        metrics.requests.labels("-", str(NOT_READY)).inc()
        return _refusal(NOT_READY, f"no ready replica {key!r} on this node", "no_replica")
    body = await request.read()
    headers = {"Authorization": f"Bearer {state.token}", "Content-Type": "application/json",
               REQUEST_ID_HEADER: request_id_for(request.headers.get(REQUEST_ID_HEADER))}
    deadline = asyncio.get_running_loop().time() + state.config.proxy.request_deadline_s
    state.outstanding[key] += 1
    try:
        try:
            upstream = await ctx.pool().post(endpoint.address, path, headers, body, deadline)
        except UpstreamConnectionError as exc:
            status = NOT_READY  # nothing reached the engine: the sender may send it elsewhere
            return _refusal(status, f"the engine of {key} cannot be reached: {exc}", exc.kind)
        except (UpstreamError, UpstreamHeaderError) as exc:
            status = 502
            kind = exc.kind if isinstance(exc, UpstreamError) else "invalid_header"
            return _refusal(status, f"the engine of {key} failed: {exc}", kind)
        try:
            out = CIMultiDict((k, v) for k, v in upstream.header_items()
                              if k.lower() not in _HOP)
            out[LOAD_HEADER] = str(max(0, state.outstanding[key] - 1))  # besides this one
            status = upstream.status
            streamed = status == 200 and "text/event-stream" in out.get("Content-Type", "")
            if not streamed:
                try:
                    data = await upstream.read()
                except UpstreamError as exc:
                    status = 502
                    return _refusal(status, f"the engine of {key} failed: {exc}", exc.kind)
                return web.Response(body=data, status=status, headers=out)
            response = web.StreamResponse(status=status, headers=out)
            await response.prepare(request)
            try:
                async for chunk in upstream.iter_chunks():
                    await response.write(chunk)
            except UpstreamError:
                # the sender sees the stream cut short and ends its client's with the error
                if request.transport is not None:
                    request.transport.close()
                return response
            await response.write_eof()
            return response
        finally:
            upstream.release()
    finally:
        state.outstanding[key] -= 1
        state.wake_next(endpoint.model)
        metrics.requests.labels(key, str(status or 499)).inc()
        metrics.seconds.observe(time.monotonic() - started)


async def catalog(request: web.Request) -> web.Response:
    """This node's own routes document, as its agent publishes it (`GET /v1/catalog`)."""
    ctx: Relay = request.app[RELAY]
    try:
        async with ctx.agent().get("http://agent/v1/catalog",
                                   timeout=aiohttp.ClientTimeout(total=10)) as resp:
            body = await resp.read()
            return web.Response(body=body, status=resp.status,
                                content_type="application/json")
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        return _refusal(503, f"this node's agent does not answer: {exc}", "agent_unavailable")


async def load(request: web.Request) -> web.Response:
    """Requests in flight on each of this node's ready replicas (this process's count)."""
    state = request.app[RELAY].state
    return web.json_response({"replicas": {k: state.outstanding.get(k, 0)
                                           for k in state.routes.local}})


def add_relay_routes(app: web.Application) -> None:
    app.router.add_post(RELAY_PREFIX + "/{path:v1/.+}", relay)
    app.router.add_get(CATALOG_PATH, catalog)
    app.router.add_get(LOAD_PATH, load)


def make_relay_app(ctx: Relay, max_body_bytes: int) -> web.Application:
    app = web.Application(client_max_size=max_body_bytes)
    app[RELAY] = ctx
    add_relay_routes(app)

    async def close(app: web.Application) -> None:
        await ctx.close()

    app.on_cleanup.append(close)
    return app


def refusal_reason(exc: BaseException) -> str:
    """A bounded label for a failed handshake."""
    if isinstance(exc, TimeoutError):
        return "timeout"
    text = f"{getattr(exc, 'reason', '')} {exc}".upper()
    if "PEER_DID_NOT_RETURN_A_CERTIFICATE" in text or "CERTIFICATE_REQUIRED" in text:
        return "no_certificate"
    if "CERTIFICATE" in text or "UNKNOWN_CA" in text:
        return "bad_certificate"
    if "WRONG_VERSION_NUMBER" in text or "HTTP_REQUEST" in text:
        return "not_tls"
    return "handshake"


class RelaySite(web.BaseSite):
    """A TCP site that accepts connections itself and hands each to the app only once its
    TLS handshake is over, so that every refused handshake can be counted
    (`on_refused(reason)`); asyncio's own TLS server drops them without telling anyone."""

    __slots__ = ("_host", "_port", "_reuse_port", "_on_refused", "_tasks", "_sock",
                 "_accepting", "port")

    def __init__(self, runner: web.BaseRunner, host: str, port: int, ssl_context: ssl.SSLContext,
                 on_refused: Callable[[str], None], reuse_port: bool = False):
        super().__init__(runner, ssl_context=ssl_context)
        self._host, self._port, self._reuse_port = host, port, reuse_port
        self._on_refused = on_refused
        self._tasks: set[asyncio.Future[None]] = set()
        self._sock: socket.socket | None = None
        self._accepting: asyncio.Future[None] | None = None
        self.port = port

    @property
    def name(self) -> str:
        return f"https://{self._host}:{self.port}"

    async def start(self) -> None:
        await super().start()
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if self._reuse_port:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((self._host, self._port))
            sock.listen(self._backlog)
        except OSError:
            sock.close()
            raise
        sock.setblocking(False)
        self._sock = sock
        self.port = sock.getsockname()[1]
        self._accepting = asyncio.ensure_future(self._accept(sock))

    async def _accept(self, sock: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                conn, _ = await loop.sock_accept(sock)
            except OSError as exc:  # out of file descriptors, and the like: wait a little
                log.warning("relay: accepting a connection failed: %s", exc)
                await asyncio.sleep(0.1)
                continue
            conn.setblocking(False)
            task = asyncio.ensure_future(self._handshake(conn))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _handshake(self, conn: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        server = self._runner.server
        assert server is not None and self._ssl_context is not None
        try:
            await loop.connect_accepted_socket(server, conn, ssl=self._ssl_context,
                                               ssl_handshake_timeout=HANDSHAKE_TIMEOUT_S)
        except (OSError, TimeoutError, ConnectionError) as exc:  # ssl.SSLError is an OSError
            conn.close()
            self._on_refused(refusal_reason(exc))
            log.debug("relay: a handshake was refused: %s", exc)

    async def stop(self) -> None:
        for task in [self._accepting, *self._tasks]:
            if task is not None:
                task.cancel()
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        await super().stop()


def load_body(data: bytes) -> dict[str, int]:
    """The loads in a `GET /fleet/v1/load` answer; ValueError for anything else."""
    raw = json.loads(data)
    replicas = raw.get("replicas") if isinstance(raw, dict) else None
    if not isinstance(replicas, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and v >= 0 for k, v in replicas.items()):
        raise ValueError("not a load answer")
    return replicas
