"""The node's share of fleet-wide per-key limits: push this node's per-key usage to the
other nodes' proxies every `[fleet] usage_sync_ms`, and charge what they push here
against the node's buckets (appliance.fleet.usage has the merge and the bound;
docs/fleet.md, "Limits across the fleet").

One `UsageSync` per node, in the process that holds the node's limits table for chores:
the parent of several workers, or the one proxy process. It reads the table to push and
writes what peers used into it under the table's lock, so every worker's next decision
sees it (node_limiter). Its two ends:

- **In**: `receive(body)`, served as `POST /fleet/v1/usage` on the node's local socket
  `run_dir/proxy-usage.sock` (`control_app`), which also takes the peer list (`PUT
  /fleet/v1/peers`, from whoever knows the fleet) and tells the sync's state (`GET
  /fleet/v1/usage`). The relay listener, which the other nodes reach with mutual TLS,
  serves the same `POST` with `relay_routes` (hands the body to that socket, from any of
  the node's processes) or, in the process that runs the sync, `usage_routes`.
- **Out**: `Transport.push(peer, body)`. `HttpTransport` posts to the peer's
  `/fleet/v1/usage` at its URL: `https://host:port` (its relay listener, with this node's
  certificate), `http://host:port`, or `unix:/path` (a proxy of this host).

A push to a peer still under way when the next is due is not doubled: that peer gets the
newest row once the old push ends (each push carries the whole row, so nothing is lost).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import aiohttp
from aiohttp import web

from appliance.config import ApplianceConfig
from appliance.fleet.usage import Charge, NodeUsage, PeerUsage, UsageError, row
from appliance.proxy.node_limiter import SharedKeys, TableFull
from appliance.proxy.ratelimit import RateLimiter

log = logging.getLogger("appliance.proxy")

USAGE_PATH = "/fleet/v1/usage"
PEERS_PATH = "/fleet/v1/peers"
MAX_BODY = 32 * 1024 * 1024  # a full table's row is about 6 MiB
CHUNK = 256  # records charged per hold of the table's lock


def stale_after(interval_s: float) -> float:
    """How long a peer may stay silent before its requests in flight stop counting:
    ten sync intervals, at least 2 s (a peer that misses a few pushes under load keeps
    its requests; a dead one's are dropped within seconds)."""
    return max(2.0, 10 * interval_s)


@dataclass(frozen=True)
class Peer:
    node: str
    url: str  # https://host:port (its relay listener), http://host:port or unix:/path

    def __post_init__(self) -> None:
        if not self.node or not isinstance(self.node, str):
            raise ValueError("a peer needs a node name")
        if not self.url.startswith(("http://", "https://", "unix:/")):
            raise ValueError(f"peer {self.node}: url must be http://host:port, "
                             f"https://host:port or unix:/path, got {self.url!r}")


class PushFailed(Exception):
    pass


class Transport(Protocol):
    async def push(self, peer: Peer, body: bytes) -> None:
        """Deliver one push; `PushFailed` saying why when the peer did not take it."""

    async def close(self) -> None: ...


class HttpTransport:
    """`POST /fleet/v1/usage` to a peer. `tls`: the client context for https peers (the
    fleet CA and this node's certificate), made when the first such peer is pushed to."""

    def __init__(self, tls: Callable[[], ssl.SSLContext] | None = None, timeout_s: float = 2.0):
        self._tls, self._context = tls, None
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._sessions: dict[str, aiohttp.ClientSession] = {}

    def _session(self, peer: Peer) -> tuple[aiohttp.ClientSession, str]:
        where = peer.url[len("unix:"):] if peer.url.startswith("unix:") else ""
        session = self._sessions.get(where)
        if session is None:
            connector = aiohttp.UnixConnector(path=where) if where else aiohttp.TCPConnector()
            session = self._sessions[where] = aiohttp.ClientSession(
                connector=connector, timeout=self._timeout)
        return session, ("http://localhost" if where else peer.url.rstrip("/")) + USAGE_PATH

    async def push(self, peer: Peer, body: bytes) -> None:
        session, url = self._session(peer)
        context: ssl.SSLContext | bool = True
        if url.startswith("https://"):
            if self._tls is None:
                raise PushFailed("no TLS client context for an https peer")
            if self._context is None:
                try:
                    self._context = self._tls()
                except (OSError, ssl.SSLError) as exc:
                    raise PushFailed(f"cannot load this node's TLS files: {exc}") from None
            context = self._context
        try:
            async with session.post(url, data=body, ssl=context,
                                    headers={"Content-Type": "application/json"}) as r:
                if r.status != 204:
                    raise PushFailed(f"{r.status} {(await r.text())[:200]}")
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise PushFailed(repr(exc)) from None

    async def close(self) -> None:
        for session in self._sessions.values():
            await session.close()
        self._sessions.clear()


def client_tls(tls_dir: Path) -> ssl.SSLContext:
    """The client side of the relay's mutual TLS: trust the fleet CA only, present this
    node's certificate (`[fleet] tls_dir`: ca.pem, node.pem, node.key)."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(tls_dir / "ca.pem"))
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.load_cert_chain(str(tls_dir / "node.pem"), str(tls_dir / "node.key"))
    return context


class UsageSync:
    """This node's usage out to its peers, theirs into its table."""

    def __init__(self, keys: SharedKeys, node: str, interval_s: float, transport: Transport,
                 clock: Callable[[], float] = time.monotonic, incarnation: int | None = None):
        self.keys, self.node, self.interval_s = keys, node, interval_s
        self.transport, self.clock = transport, clock
        self.limiter = RateLimiter(keys)  # type: ignore[arg-type]
        self.merged = PeerUsage(node, stale_after(interval_s))
        self.incarnation = time.time_ns() if incarnation is None else incarnation
        self.seq = 0
        self.peers: tuple[Peer, ...] = ()
        self.pushed: dict[str, int] = {}  # peer node → pushes it took
        self.failing: dict[str, str] = {}  # peer node → why its last push failed
        self._pushing: dict[str, asyncio.Task] = {}

    def set_peers(self, peers: Iterable[Peer]) -> None:
        self.peers = tuple(p for p in peers if p.node != self.node)

    def snapshot(self) -> NodeUsage:
        """This node's row now: a new push."""
        self.seq += 1
        return row(self.node, self.incarnation, self.seq, (
            (d, s.born, s.admitted, s.charged, s.in_flight, s.limits)
            for d, s in self.keys.rows()))

    def receive(self, body: bytes) -> int:
        """A peer's push: charge its growth against the table. Returns the keys touched;
        `UsageError` (nothing applied) for a malformed one."""
        usage = NodeUsage.from_wire(body)
        now = self.clock()
        charges = self.merged.merge(usage, now)
        self._apply(charges, now)
        return len(charges)

    def _apply(self, charges: dict[bytes, Charge], now: float) -> None:
        items = list(charges.items())
        for start in range(0, len(items), CHUNK):
            with self.keys.locked():
                for d, c in items[start:start + CHUNK]:
                    try:
                        self.limiter.absorb(d, c.limits, c.requests, c.tokens, c.in_flight, now)  # type: ignore[arg-type]
                    except TableFull as exc:
                        log.error("%s: a peer's use of a key is not counted here", exc)
                        return

    def tick(self) -> None:
        """Every interval: drop quiet peers' requests in flight, push this node's row to
        every peer not still busy with the last one."""
        now = self.clock()
        self._apply(self.merged.expire(now), now)
        if not self.peers:
            return
        body = self.snapshot().to_wire()
        for peer in self.peers:
            task = self._pushing.get(peer.node)
            if task is None or task.done():
                self._pushing[peer.node] = asyncio.ensure_future(self._push(peer, body))

    async def _push(self, peer: Peer, body: bytes) -> None:
        try:
            await self.transport.push(peer, body)
        except PushFailed as exc:
            if self.failing.get(peer.node) is None:
                log.warning("fleet usage: push to %s (%s) failed: %s; retrying every %.2f s",
                            peer.node, peer.url, exc, self.interval_s)
            self.failing[peer.node] = str(exc)
            return
        if self.failing.pop(peer.node, None) is not None:
            log.info("fleet usage: %s takes pushes again", peer.node)
        self.pushed[peer.node] = self.pushed.get(peer.node, 0) + 1

    async def run(self) -> None:
        """Tick every `interval_s` until cancelled."""
        try:
            while True:
                self.tick()
                await asyncio.sleep(self.interval_s)
        finally:
            for task in self._pushing.values():
                task.cancel()

    def status(self) -> dict:
        now = self.clock()
        return {
            "node": self.node, "incarnation": self.incarnation, "seq": self.seq,
            "interval_s": self.interval_s,
            "peers": [{"node": p.node, "url": p.url, "pushed": self.pushed.get(p.node, 0),
                       "failing": self.failing.get(p.node)} for p in self.peers],
            "heard": {name: {"seq": p.seq, "ago_s": round(now - p.heard, 3)}
                      for name, p in self.merged.peers.items()},
        }


SYNC = web.AppKey("usage_sync", UsageSync)


async def _receive(request: web.Request) -> web.Response:
    try:
        request.app[SYNC].receive(await request.read())
    except UsageError as exc:
        return web.json_response({"error": str(exc)}, status=400)
    return web.Response(status=204)


async def _set_peers(request: web.Request) -> web.Response:
    try:
        data = await request.json()
        peers = [Peer(str(p["node"]), str(p["url"])) for p in data["peers"]]
    except (ValueError, KeyError, TypeError) as exc:
        return web.json_response(
            {"error": f'want {{"peers": [{{"node": NAME, "url": URL}}, ...]}}: {exc}'},
            status=400)
    request.app[SYNC].set_peers(peers)
    return web.json_response({"peers": len(request.app[SYNC].peers)})


async def _status(request: web.Request) -> web.Response:
    return web.json_response(request.app[SYNC].status())


def usage_routes() -> list[web.RouteDef]:
    """`POST /fleet/v1/usage`, for an app holding the sync under `SYNC` (the relay
    listener adds these; its body limit must allow `MAX_BODY`)."""
    return [web.post(USAGE_PATH, _receive)]


def relay_routes(local: Path) -> list[web.RouteDef]:
    """`POST /fleet/v1/usage` for the relay listener, in whichever of the node's proxy
    processes it runs: hands each push to the node's sync on its local socket `local`
    (`socket_path`) and answers what the sync answered (204, or 400 saying why)."""
    async def forward(request: web.Request) -> web.Response:
        body = await request.read()
        try:
            async with aiohttp.ClientSession(
                    connector=aiohttp.UnixConnector(path=str(local)),
                    timeout=aiohttp.ClientTimeout(total=10)) as s, s.post(
                    "http://localhost" + USAGE_PATH, data=body) as r:
                return web.Response(status=r.status, body=await r.read(),
                                    content_type=r.content_type if r.status != 204 else None)
        except (aiohttp.ClientError, OSError) as exc:
            log.error("fleet usage: cannot hand a push to %s: %r", local, exc)
            return web.json_response({"error": "this node's usage sync is not running"},
                                     status=503)

    return [web.post(USAGE_PATH, forward)]


def control_app(sync: UsageSync) -> web.Application:
    """The node's local socket: a peer's usage in, the peer list, the sync's state."""
    app = web.Application(client_max_size=MAX_BODY)
    app[SYNC] = sync
    app.add_routes([*usage_routes(), web.put(PEERS_PATH, _set_peers), web.get(USAGE_PATH, _status)])
    return app


def socket_path(config: ApplianceConfig) -> Path:
    return config.node.run_dir / "proxy-usage.sock"


@contextlib.asynccontextmanager
async def usage_service(config: ApplianceConfig, table: Path) -> AsyncIterator[UsageSync]:
    """While `[fleet]` is on: the node's sync over the limits table at `table`, served on
    `run_dir/proxy-usage.sock`, pushing every `usage_sync_ms`."""
    transport = HttpTransport(lambda: client_tls(config.fleet.tls_dir))
    sync = UsageSync(SharedKeys(table, None), config.node.name,
                     config.fleet.usage_sync_ms / 1000, transport)
    runner = web.AppRunner(control_app(sync), access_log=None)
    await runner.setup()
    path = socket_path(config)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    site = web.UnixSite(runner, str(path))
    await site.start()
    os.chmod(path, 0o600)
    task = asyncio.ensure_future(sync.run())
    log.info("fleet usage: node %s pushes every %d ms; peers and usage on %s",
             config.node.name, config.fleet.usage_sync_ms, path)
    try:
        yield sync
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await runner.cleanup()
        await transport.close()
        sync.keys.close()
