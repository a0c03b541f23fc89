"""The agent's HTTP API: on the unix socket run_dir/agent.sock (and, if configured, on
127.0.0.1:[agent] api_port). aiohttp, one app built by `make_app(agent)`, no globals.

    GET    /health/live      the process answers
    GET    /health/ready     the agent has applied its plan (503 before)
    GET    /v1/status        node, engines (model, task, state, pid, socket, GPUs, restarts,
                             last error)
    GET    /v1/inventory     the GPU inventory the plan was made for
    GET    /v1/plan          the applied plan
    POST   /v1/reload        re-read node.toml; 400 with the problems when it is invalid
    POST   /v1/models        load a model: {"name", "source", ...} (a [[models]] entry)
    DELETE /v1/models/NAME   unload a model
    GET    /metrics          Prometheus text
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from appliance.agent import dropin
from appliance.agent.metrics import AgentCollector
from appliance.config.loader import read_config_data
from appliance.errors import ConfigError

if TYPE_CHECKING:
    from appliance.agent.daemon import Agent

AGENT = web.AppKey("agent", object)
REGISTRY = web.AppKey("registry", CollectorRegistry)


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


async def inventory(request: web.Request) -> web.Response:
    inv = _agent(request).inventory
    return web.json_response(inv.model_dump(mode="json") if inv else None)


async def plan(request: web.Request) -> web.Response:
    applied = _agent(request).plan
    return web.json_response(applied.to_dict() if applied else None)


async def reload(request: web.Request) -> web.Response:
    result = await _agent(request).reload()
    return web.json_response(result.to_dict(), status=200 if result.ok else 400)


async def _change_models(agent: Agent, change) -> web.Response:  # type: ignore[no-untyped-def]
    """Apply a drop-in change only if the resulting config is valid and fully placed."""
    assert agent.paths is not None
    try:
        base = read_config_data(agent.config_path)
        current = dropin.read_dropin(agent.paths.dropin)
        updated = change(base, current)
    except dropin.ModelsError as exc:
        return _error(exc.status, str(exc))
    except ConfigError as exc:
        return _error(400, "node.toml is invalid", problems=[str(p) for p in exc.problems])
    dropin.write_dropin(agent.paths.dropin, updated)
    result = await agent.reload()
    if not result.ok:
        dropin.write_dropin(agent.paths.dropin, current)
        await agent.reload()
        return _error(400, "the change makes the configuration invalid", problems=result.errors)
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


async def metrics(request: web.Request) -> web.Response:
    body = generate_latest(request.app[REGISTRY])
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def make_app(agent: Agent, registry: CollectorRegistry | None = None) -> web.Application:
    app = web.Application()
    app[AGENT] = agent
    registry = registry or CollectorRegistry()
    registry.register(AgentCollector(agent))
    app[REGISTRY] = registry
    app.router.add_get("/health/live", live)
    app.router.add_get("/health/ready", ready)
    app.router.add_get("/v1/status", status)
    app.router.add_get("/v1/inventory", inventory)
    app.router.add_get("/v1/plan", plan)
    app.router.add_post("/v1/reload", reload)
    app.router.add_post("/v1/models", load_model)
    app.router.add_delete("/v1/models/{name}", unload_model)
    app.router.add_get("/metrics", metrics)
    return app


async def serve_api(agent: Agent, socket_path: Path, tcp_port: int | None) -> web.AppRunner:
    runner = web.AppRunner(make_app(agent), access_log=None)
    await runner.setup()
    socket_path.parent.mkdir(parents=True, exist_ok=True)
    socket_path.unlink(missing_ok=True)
    await web.UnixSite(runner, str(socket_path)).start()
    os.chmod(socket_path, 0o660)
    if tcp_port is not None:
        await web.TCPSite(runner, "127.0.0.1", tcp_port).start()
    return runner
