"""`make_app(config)`: the proxy's aiohttp application, and `run_proxy`: one process, or a
parent that keeps `[proxy] workers` workers (see workers.py). No middlewares:
`handlers.endpoint` does request ids, auth and errors for every route.

With `[fleet] enabled`, each process also serves the relay listener (relay.py) on
`[fleet] bind:relay_port` with mutual TLS, sends requests for replicas on other nodes
through their relays, and pulls those replicas' load (fleet_load.py)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import socket
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web
from prometheus_client import CollectorRegistry

from appliance import logs
from appliance.config import ApplianceConfig, load_config
from appliance.errors import ApplianceError
from appliance.fleet.tls import client_context, server_context
from appliance.proxy.audit import AuditLog
from appliance.proxy.auth import KeyIndex
from appliance.proxy.fleet_load import pull_loads
from appliance.proxy.fleet_usage import MAX_BODY, relay_routes, socket_path, usage_service
from appliance.proxy.handlers import AUDIT, CLIENT, GATE, KEYS, METRICS, PII, STATE, add_routes
from appliance.proxy.keys import merge_last_used
from appliance.proxy.metrics import ProxyMetrics
from appliance.proxy.node_limiter import (
    LocalGate,
    SharedGate,
    SharedKeys,
    create_table,
    sweep_every,
)
from appliance.proxy.pii_guard import PiiGuard
from appliance.proxy.ratelimit import Limits
from appliance.proxy.relay import RELAY, Relay, RelayMetrics, RelaySite, make_relay_app
from appliance.proxy.routes_client import RoutesClient
from appliance.proxy.state import ProxyState
from appliance.proxy.upstream import UpstreamPool
from appliance.proxy.workers import WorkerLink, run_paths, run_workers
from appliance.routes import RoutesDocument

log = logging.getLogger("appliance.proxy")
MIB = 1024 * 1024


def keys_path(config: ApplianceConfig) -> Path:
    return config.auth.keys_file or config.node.state_dir / "keys.json"


def last_used_path(config: ApplianceConfig) -> Path:
    return config.node.state_dir / "keys-last-used.json"


def audit_path(config: ApplianceConfig, worker: int, workers: int) -> Path | None:
    if not config.audit.enabled:
        return None
    path = config.audit.path or config.node.log_dir / "audit.jsonl"
    # one file per worker: rotation is not safe across processes
    return path if workers == 1 else path.with_name(f"{path.stem}.{worker}{path.suffix}")


RELAY_APP = web.AppKey("relay_app", web.Application)  # with [fleet] enabled


def make_app(config: ApplianceConfig, worker: int = 0, workers: int = 1,
             link: WorkerLink | None = None, tls: ssl.SSLContext | None = None) -> web.Application:
    """The proxy. What it serves (models, aliases, tasks, per-model PII, roles and their
    limits, replicas) comes from the agent's routes document; node.toml gives the proxy's
    own settings ([proxy], [auth] enabled and keys_file, [audit], [pii] analysis).
    `link`: from the parent, for a worker of several (limits and metrics for the node).
    `tls`: the fleet's client context, for replicas on other nodes; with it the app also
    makes the relay listener's app (`app[RELAY_APP]`), sharing this one's state.
    With `[fleet]` on, one process keeps its limits in the node's table too, where the
    fleet's usage sync (fleet_usage) charges what the other nodes used."""
    app = web.Application(client_max_size=int(config.proxy.max_body_mib * MIB))
    state = ProxyState(config=config)
    index = KeyIndex(
        path=keys_path(config),
        roles=config.auth.roles,
        role_limits={r: Limits(**lim.model_dump()) for r, lim in config.rate_limits.roles.items()},
    )
    index.refresh()
    metrics = ProxyMetrics(CollectorRegistry()) if link is None else link.metrics()
    metrics.add_breaker_view(lambda: {k: v["state"] for k, v in state.breakers.to_dict().items()})
    state.metrics = metrics
    app[STATE] = state
    app[METRICS] = metrics
    fleet_table = run_paths(config)[0] if link is None and config.fleet.enabled else None
    if link is not None:
        app[GATE] = link.gate()
    elif fleet_table is not None:
        create_table(fleet_table, 1)
        app[GATE] = SharedGate(SharedKeys(fleet_table, 0), state.clock)
    else:
        app[GATE] = LocalGate(state.limiter, state.clock)
    app[AUDIT] = AuditLog(
        audit_path(config, worker, workers), int(config.audit.max_mib * MIB), config.audit.backups
    )
    guard = PiiGuard(config, metrics, routes=lambda: state.routes)
    app[PII] = guard
    if config.auth.enabled:
        app[KEYS] = index
    token_path = config.node.state_dir / "engine-token"

    def on_routes(doc: RoutesDocument) -> None:
        view = state.apply_routes(doc)
        index.set_roles(view.roles, view.role_limits)
        try:
            state.token = token_path.read_text().strip()
        except OSError as exc:
            log.error("cannot read the engine token %s: %s", token_path, exc)
        if guard.needed(view):
            guard.ensure_started()

    agent_socket = config.node.run_dir / "agent.sock"
    routes = RoutesClient(agent_socket, on_routes, state.busy_draining,
                          retry_s=config.proxy.table_refresh_s)
    add_routes(app)
    if tls is not None:
        relay_app = make_relay_app(
            Relay(state, lambda: app[CLIENT], RelayMetrics(metrics), agent_socket),
            max(int(config.proxy.max_body_mib * MIB), MAX_BODY))
        # the fleet's per-key usage: pushes from other nodes, to this node's usage sync
        relay_app.add_routes(relay_routes(socket_path(config)))
        app[RELAY_APP] = relay_app

    async def background(app: web.Application) -> AsyncIterator[None]:
        await routes.poll(wait_s=0)  # the routes as they are now; the watch keeps them fresh
        if guard.needed(state.routes):
            await guard.start()  # loads and warms up the analyzers before any request
        p = config.proxy
        app[CLIENT] = UpstreamPool(
            connect_timeout_s=p.connect_timeout_s, first_byte_timeout_s=p.first_byte_timeout_s,
            idle_timeout_s=p.idle_timeout_s, max_response_bytes=int(p.max_response_mib * MIB),
            tls=tls,
        )
        fleet = contextlib.AsyncExitStack()
        sweep = state.limiter.sweep
        if fleet_table is not None:  # the usage sync; and this process sweeps the table
            sweep = (await fleet.enter_async_context(usage_service(config, fleet_table))).keys.sweep
        tasks = [
            asyncio.ensure_future(routes.watch()),
            asyncio.ensure_future(index.watch()),
            asyncio.ensure_future(_flush_last_used(index, last_used_path(config))),
            asyncio.ensure_future(_flush_audit(app[AUDIT])),
            # one process: bounded memory for its limiter; several: the parent sweeps the
            # node's, and each worker shows the others its computed gauges
            asyncio.ensure_future(sweep_every(sweep, state.clock) if link is None
                                  else metrics.publish_every()),
        ]
        if tls is not None:
            tasks.append(asyncio.ensure_future(
                pull_loads(state, tls, config.fleet.load_refresh_s)))
        # Everything made so far lives as long as the process: keep it out of the
        # collector's full passes, so they stay short under load.
        gc.freeze()
        yield
        for task in tasks:
            task.cancel()
        await fleet.aclose()
        await routes.close()
        merge_last_used(last_used_path(config), index.last_used)
        await app[CLIENT].close()
        app[AUDIT].close()
        await guard.close()

    app.cleanup_ctx.append(background)
    return app


async def _flush_audit(audit: AuditLog, every_s: float = 1.0) -> None:
    while True:
        await asyncio.sleep(every_s)
        audit.flush()


async def _flush_last_used(index: KeyIndex, path: Path, every_s: float = 30.0) -> None:
    while True:
        await asyncio.sleep(every_s)
        # in a thread: it takes the keys file's lock, which `appliance keys` may hold
        await asyncio.to_thread(merge_last_used, path, dict(index.last_used))


async def serve(config: ApplianceConfig, worker: int = 0, workers: int = 1,
                link: WorkerLink | None = None) -> None:
    """Serve until SIGTERM or SIGINT (or, for a worker of several, until its parent is gone)."""
    stop = asyncio.Event()
    if link is not None:
        def orphaned() -> None:
            if not stop.is_set():
                log.error("proxy worker %d: the parent process is gone; stopping", worker)
                stop.set()

        link.watch_parent(orphaned)
    fleet = config.fleet
    try:
        tls = (client_context(fleet.tls_dir), server_context(fleet.tls_dir)) if fleet.enabled else None
        app = make_app(config, worker, workers, link, tls=tls[0] if tls else None)
        runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await runner.setup()
    except ApplianceError as exc:  # e.g. PII masking is on but its analyzer cannot start
        log.error("proxy cannot start: %s", exc)
        raise SystemExit(1) from None
    runners = [runner]
    if tls is not None:
        relay_runner = web.AppRunner(app[RELAY_APP], access_log=None, handler_cancellation=True)
        await relay_runner.setup()
        runners.insert(0, relay_runner)  # stopped first: no new relayed requests
        refused = app[RELAY_APP][RELAY].metrics.refused
        relay_site = RelaySite(relay_runner, str(fleet.bind), fleet.relay_port, tls[1],
                               lambda reason: refused.labels(reason).inc(),
                               reuse_port=workers > 1)
        await relay_site.start()
        log.info("proxy worker %d: relay listener on %s", worker, relay_site.name)
    # SO_REUSEPORT only where workers share the port: one process alone must fail to bind
    # a port another proxy holds, not share it silently
    site = web.TCPSite(runner, config.proxy.host, config.proxy.port, reuse_port=workers > 1)
    await site.start()
    log.info("proxy worker %d listening on %s:%d", worker, config.proxy.host, config.proxy.port)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    logs.level_signals(logs.start_level(), loop.add_signal_handler)
    await stop.wait()
    for each in runners:
        await each.cleanup()


def _run(coro) -> int:  # type: ignore[no-untyped-def]
    """uvloop's event loop where it is installed (it roughly halves the loop's own cost
    per request), asyncio's otherwise."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    return uvloop.run(coro)


def _worker_main(argv: list[str]) -> None:
    """One worker of several, started by the parent (`workers.run_workers`) with
    CONFIG SLOT WORKERS PARENT_FD LIMITS_TABLE METRICS_DIR SEQ."""
    config_path, slot, workers, fd, table, directory, seq = argv
    config = load_config(Path(config_path))
    logs.setup("proxy", config.node.name)
    link = WorkerLink(socket.socket(fileno=int(fd)), int(slot), Path(table), Path(directory),
                      int(seq))
    _run(serve(config, int(slot), int(workers), link))


def run_proxy(config_path: Path) -> int:
    """`appliance proxy run`: one process, or a parent keeping `[proxy] workers` workers on
    one port."""
    from appliance.port_holders import check_ports

    config = load_config(config_path)
    # a port held by anyone else is one line naming the holder, before any worker starts
    ports = [(config.proxy.host, config.proxy.port, "the proxy")]
    if config.fleet.enabled:
        ports.append((str(config.fleet.bind), config.fleet.relay_port, "the proxy's relay"))
    check_ports(ports)
    if config.proxy.workers == 1:
        _run(serve(config))
        return 0
    return _run(run_workers(config_path, config))
