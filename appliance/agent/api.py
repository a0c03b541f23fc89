"""The agent's HTTP API: on the unix socket run_dir/agent.sock and, if configured, on
127.0.0.1:[agent] api_port, where every request needs the bearer token kept in
state_dir/agent-api-token. aiohttp, one app built by `make_app(agent)`, no globals.

    GET    /health/live      the process answers
    GET    /health/ready     the agent has applied its plan (503 before)
    GET    /v1/routes        the routes document the proxies serve from; long poll with
                             ?after=VERSION&epoch=EPOCH&wait=SECONDS (see `routes`)
    GET    /v1/catalog       this node's own routes document (its local replicas): what
                             the other nodes of a fleet fetch (through the proxy's relay)
    GET    /v1/fleet         the fleet as this agent sees it: members, their status, drain
                             flag, catalog versions and replica counts
    GET    /v1/status        node, engines (model, task, state, pid, socket, GPUs, restarts,
                             last error), for people; proxies read /v1/routes
    GET    /v1/inventory     the GPU inventory the plan was made for
    GET    /v1/plan          the applied plan
    POST   /v1/reload        re-read node.toml; 400 with the problems when it is invalid
    POST   /v1/models        load a model: {"name", "source", ...} (a [[models]] entry)
    DELETE /v1/models/NAME   unload a model
    GET    /status/          the status page (HTML; `appliance status --web` serves it)
    GET    /status/view.json the page's data: nodes with GPUs, replicas, load, errors
    GET    /v1/log-level     the agent's log level: {"level": "info"}
    PUT    /v1/log-level     set it: {"level": "debug"} (not kept across restarts)
    POST   /v1/drain         drain this node: its replicas take no new requests anywhere
                             in the fleet; in-flight ones finish (kept across restarts)
    POST   /v1/undrain       end the drain
    GET    /v1/ray           the fleet's Ray cluster as this node sees it: head, epoch,
                             this node's role, the nodes with their resources
    GET    /metrics          Prometheus text

Every answer carries X-Request-ID (the caller's when sane, else a new one), and the log
lines written while serving a request carry it too.
"""

from __future__ import annotations

import hmac
import logging
import math
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from appliance import logs
from appliance.agent import dropin
from appliance.agent.metrics import AgentCollector
from appliance.agent.secrets import load_or_create_token
from appliance.agent.status_page import PAGE
from appliance.agent.status_view import fleet_view
from appliance.fleet.membership import MembershipError
from appliance.proxy.request_id import HEADER as REQUEST_ID_HEADER
from appliance.proxy.request_id import request_id_for

if TYPE_CHECKING:
    from appliance.agent.daemon import Agent

AGENT = web.AppKey("agent", object)
REGISTRY = web.AppKey("registry", CollectorRegistry)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _agent(request: web.Request) -> Agent:
    return request.app[AGENT]  # type: ignore[return-value]


def _error(status: int, message: str, **extra: Any) -> web.Response:
    return web.json_response({"error": {"message": message, **extra}}, status=status)


async def live(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def ready(request: web.Request) -> web.Response:
    agent = _agent(request)
    return web.json_response({"ready": agent.ready}, status=200 if agent.ready else 503)


async def status(request: web.Request) -> web.Response:
    return web.json_response(_agent(request).status())


async def ray(request: web.Request) -> web.Response:
    member = _agent(request).ray
    if member is None:
        return web.json_response({"enabled": False})
    return web.json_response(await member.status())


async def inventory(request: web.Request) -> web.Response:
    inv = _agent(request).inventory
    return web.json_response(inv.model_dump(mode="json") if inv else None)


async def plan(request: web.Request) -> web.Response:
    applied = _agent(request).plan
    return web.json_response(applied.to_dict() if applied else None)


async def reload(request: web.Request) -> web.Response:
    result = await _agent(request).reload()
    return web.json_response(result.to_dict(), status=200 if result.ok else 400)


async def routes(request: web.Request) -> web.Response:
    """The routes document. A watcher (a proxy) sends what it holds, `after` (its version)
    and `epoch`, and gets the document as soon as it is newer, or as it is after `wait`
    seconds (at most 30). It also sends its name (`watcher`) and the draining replicas it
    still has requests on (`busy`, comma-separated keys): drains wait for those."""
    agent = _agent(request)
    query = request.query
    try:
        after = int(query.get("after", "-1"))
        wait = float(query.get("wait", "0"))
    except ValueError:
        return _error(400, "after must be an integer and wait a number of seconds")
    if not math.isfinite(wait) or wait < 0:
        return _error(400, "wait must be a number of seconds >= 0")
    epoch = query.get("epoch")
    watcher = query.get("watcher")
    publisher = agent.routes
    poll = 0
    if watcher:
        busy = frozenset(k for k in query.get("busy", "").split(",") if k)
        transport = request.transport
        poll = publisher.watchers.polled(
            watcher, epoch, after, busy, agent.clock(),
            lambda: transport is not None and not transport.is_closing(),
        )
    try:
        doc = await publisher.wait(epoch, after, wait)
    finally:
        if watcher:
            publisher.watchers.answered(watcher, poll, agent.clock())
    if doc is None:
        return _error(503, "the agent has not applied its plan yet")
    return web.Response(body=publisher.body, content_type="application/json")


async def catalog(request: web.Request) -> web.Response:
    publisher = _agent(request).catalog
    if publisher.document is None:
        return _error(503, "the agent has not applied its plan yet")
    return web.Response(body=publisher.body, content_type="application/json")


async def fleet(request: web.Request) -> web.Response:
    return web.json_response(_agent(request).fleet_view())


async def _change_models(agent: Agent, change) -> web.Response:  # type: ignore[no-untyped-def]
    """Apply a drop-in change if the resulting config is valid (see Agent.reconcile)."""
    try:
        result = await agent.reconcile(change)
    except dropin.ModelsError as exc:
        return _error(exc.status, str(exc))
    if not result.ok:
        return _error(400, "the configuration with this change is not valid; nothing was "
                      "changed", problems=result.errors)
    return web.json_response(result.to_dict())


async def load_model(request: web.Request) -> web.Response:
    try:
        entry = await request.json()
    except ValueError:
        return _error(400, "the body must be a JSON object (a [[models]] entry)")
    if not isinstance(entry, dict):
        return _error(400, "the body must be a JSON object (a [[models]] entry)")
    return await _change_models(
        _agent(request), lambda base, current: dropin.load_model(base, current, entry)
    )


async def unload_model(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    return await _change_models(
        _agent(request), lambda base, current: dropin.unload_model(base, current, name)
    )


async def status_page(request: web.Request) -> web.Response:
    return web.Response(text=PAGE, content_type="text/html",
                        headers={"Cache-Control": "no-store",
                                 "Content-Security-Policy": "default-src 'self'; "
                                 "script-src 'unsafe-inline'; style-src 'unsafe-inline'"})


async def status_view(request: web.Request) -> web.Response:
    node = await _agent(request).status_view()
    return web.json_response(fleet_view([node], time.time()),
                             headers={"Cache-Control": "no-store"})


async def get_log_level(request: web.Request) -> web.Response:
    return web.json_response({"level": logging.getLevelName(logging.getLogger().level).lower()})


async def put_log_level(request: web.Request) -> web.Response:
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("level"), str):
        return _error(400, 'the body must be {"level": NAME}, NAME one of '
                      + ", ".join(logs.LEVELS).lower())
    try:
        level = logs.level_of(body["level"])
    except logs.LogLevelError as exc:
        return _error(400, str(exc))
    logs.set_level(level)
    return await get_log_level(request)


@web.middleware
async def request_ids(request: web.Request, handler: Handler) -> web.StreamResponse:
    rid = request_id_for(request.headers.get(REQUEST_ID_HEADER))
    token = logs.request_id.set(rid)
    try:
        response = await handler(request)
    finally:
        logs.request_id.reset(token)
    if not response.prepared:
        response.headers[REQUEST_ID_HEADER] = rid
    return response


async def _set_drained(request: web.Request, drained: bool) -> web.Response:
    agent = _agent(request)
    try:
        await agent.set_drained(drained)
    except MembershipError as exc:
        # the node's own routes changed and the flag is kept; the fleet hears it later
        return _error(503, f"this node is {'drained' if drained else 'undrained'}, but "
                      f"the fleet could not be told ({exc}); it will be when Serf answers "
                      "again (at the latest at the next agent start)", drained=drained)
    return web.json_response({"drained": drained, "fleet": agent.fleet is not None})


async def drain(request: web.Request) -> web.Response:
    return await _set_drained(request, True)


async def undrain(request: web.Request) -> web.Response:
    return await _set_drained(request, False)


async def metrics(request: web.Request) -> web.Response:
    body = generate_latest(request.app[REGISTRY])
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def require_token(token: str):  # type: ignore[no-untyped-def]
    """A middleware that answers 401 to any request without `Authorization: Bearer
    <token>` (compared in constant time)."""
    expected = f"Bearer {token}".encode()

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        sent = request.headers.get("Authorization", "").encode()
        if not hmac.compare_digest(sent, expected):
            return _error(401, "this port needs the agent's API token: send 'Authorization: "
                          "Bearer <token>' with the token from state_dir/agent-api-token")
        return await handler(request)

    return check


def make_app(agent: Agent, registry: CollectorRegistry | None = None,
             token: str | None = None) -> web.Application:
    """`token`: every request must carry it (the TCP listener); None for the unix socket,
    which its file mode guards."""
    # request ids first: a refused token is a request too
    app = web.Application(
        middlewares=[request_ids, *([require_token(token)] if token is not None else [])]
    )
    app[AGENT] = agent
    registry = registry or CollectorRegistry()
    registry.register(AgentCollector(agent))
    app[REGISTRY] = registry
    app.router.add_get("/health/live", live)
    app.router.add_get("/health/ready", ready)
    app.router.add_get("/v1/routes", routes)
    app.router.add_get("/v1/catalog", catalog)
    app.router.add_get("/v1/fleet", fleet)
    app.router.add_get("/v1/status", status)
    app.router.add_get("/v1/inventory", inventory)
    app.router.add_get("/v1/plan", plan)
    app.router.add_post("/v1/reload", reload)
    app.router.add_post("/v1/models", load_model)
    app.router.add_delete("/v1/models/{name}", unload_model)
    app.router.add_get("/status/", status_page)
    app.router.add_get("/status/view.json", status_view)
    app.router.add_get("/v1/log-level", get_log_level)
    app.router.add_put("/v1/log-level", put_log_level)
    app.router.add_post("/v1/drain", drain)
    app.router.add_post("/v1/undrain", undrain)
    app.router.add_get("/v1/ray", ray)
    app.router.add_get("/metrics", metrics)
    return app


async def serve_api(agent: Agent, socket_path: Path, tcp_port: int | None,
                    token_path: Path) -> list[web.AppRunner]:
    """The API on the unix socket and, with `tcp_port`, on 127.0.0.1:tcp_port behind the
    token in `token_path` (made, mode 0600, if missing). Returns the runners to clean up."""
    runner = web.AppRunner(make_app(agent), access_log=None)
    await runner.setup()
    socket_path.parent.mkdir(parents=True, exist_ok=True)
    socket_path.unlink(missing_ok=True)
    await web.UnixSite(runner, str(socket_path)).start()
    os.chmod(socket_path, 0o660)
    runners = [runner]
    if tcp_port is not None:
        tcp = web.AppRunner(make_app(agent, token=load_or_create_token(token_path)), access_log=None)
        await tcp.setup()
        runners.append(tcp)
        await web.TCPSite(tcp, "127.0.0.1", tcp_port).start()
    return runners
