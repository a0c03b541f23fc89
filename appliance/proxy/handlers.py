"""The proxy's endpoints: /v1/chat/completions, /v1/completions, /v1/embeddings,
/v1/models, /health/live, /health/ready, /metrics.

Every handler is wrapped by `endpoint`, which does in one frame what would otherwise be
three aiohttp middlewares (each one more coroutine and wrapper per request):
1. the request id: every response, errors included, carries X-Request-ID;
2. auth: /v1 requests get a Principal or 401 (health and metrics stay open);
3. errors: every failure becomes an OpenAI-shaped error (with that id).
Paths no route matches get the same treatment from a catch-all route.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from prometheus_client import generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from appliance import logs
from appliance.proxy.audit import AuditLog
from appliance.proxy.auth import ANONYMOUS, PRINCIPAL, KeyIndex, Principal, authenticate
from appliance.proxy.errors import ProxyError, response_for
from appliance.proxy.forward import Outcome, alias_target, forward
from appliance.proxy.metrics import ProxyMetrics
from appliance.proxy.node_limiter import LocalGate, SharedGate
from appliance.proxy.ratelimit import Decision
from appliance.proxy.request_id import HEADER as REQUEST_ID_HEADER
from appliance.proxy.request_id import REQUEST_ID, request_id_for
from appliance.proxy.state import ProxyState
from appliance.proxy.tasks import refusal
from appliance.proxy.upstream import UpstreamPool

STATE = web.AppKey("state", ProxyState)
CLIENT = web.AppKey("client", UpstreamPool)
METRICS = web.AppKey("metrics", ProxyMetrics)
AUDIT = web.AppKey("audit", AuditLog)
PII = web.AppKey("pii", object)  # the PiiGuard: which models mask, and the masking
KEYS = web.AppKey("keys", KeyIndex)  # absent when [auth] enabled = false
GATE = web.AppKey("gate", LocalGate | SharedGate)  # per-key limits: this process's or the node's
UNLIMITED = Decision(True, 0.0)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

TARGET_HEADER = "X-Appliance-Model"
SESSION_HEADER = "X-Session-ID"


async def _json_body(request: web.Request) -> tuple[dict[str, Any], bytes]:
    raw = await request.read()  # over client_max_size: 413 from aiohttp, mapped by errors
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise ProxyError(400, f"the body is not valid JSON: {exc.msg} at position {exc.pos}",
                         "invalid_json") from None
    if not isinstance(body, dict):
        raise ProxyError(400, "the body must be a JSON object", "invalid_body")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ProxyError(400, "model: required, a string naming the model", "missing_model",
                         param="model")
    if "stream" in body and not isinstance(body["stream"], bool):
        raise ProxyError(400, "stream: must be true or false", "invalid_stream", param="stream")
    options = body.get("stream_options")
    if options is not None and not (
        isinstance(options, dict) and isinstance(options.get("include_usage", False), bool | None)
    ):
        raise ProxyError(400, "stream_options: must be an object, with include_usage true or "
                         "false", "invalid_stream_options", param="stream_options")
    return body, raw


async def _serve(request: web.Request, path: str) -> web.StreamResponse:
    state, metrics = request.app[STATE], request.app[METRICS]
    principal: Principal = request[PRINCIPAL]
    started = time.monotonic()
    outcome = Outcome()
    body: dict[str, Any] = {}
    raw: bytes | None = None
    requested = target = None
    acquired = False
    try:
        body, raw = await _json_body(request)
        requested = target = body["model"]
        if not state.routes.received:
            raise ProxyError(503, "the proxy has not had its routes from the agent yet; retry "
                             "shortly", "routes_unavailable", headers={"Retry-After": "1"})
        aliases = state.aliases
        if not state.is_model(requested) and requested not in aliases:
            raise ProxyError(404, f"the model {requested!r} does not exist", "model_not_found",
                             param="model")
        if not principal.may_use(requested):
            raise ProxyError(403, f"this key may not use the model {requested!r}",
                             "model_not_allowed", param="model")
        session = request.headers.get(SESSION_HEADER) or (
            body.get("user") if isinstance(body.get("user"), str) else None
        )
        if requested in aliases:
            target = alias_target(aliases[requested], session)
            body, raw = {**body, "model": target}, None
        # before limits: a request the model cannot serve costs the key nothing
        refused = refusal(target, path, state.task_of, state.model_names(), principal.may_use)
        if refused is not None:
            alias = f"{requested!r} is an alias; " if requested != target else ""
            raise ProxyError(400, f"{alias}{refused}", "endpoint_not_supported", param="model")
        decision = UNLIMITED  # a key without limits asks no limiter
        if not principal.limits.unlimited:
            decision = await request.app[GATE].acquire(principal.key_id, principal.limits)
            if not decision.allowed:
                metrics.child(metrics.rate_limited, principal.role).inc()
                raise ProxyError(
                    429, "rate limit reached for this key; retry after the time in Retry-After",
                    "rate_limit_exceeded",
                    headers={**decision.headers,
                             "Retry-After": str(max(1, math.ceil(decision.retry_after_s)))},
                )
            acquired = True
        restore = None
        guard: Any = request.app[PII]
        if guard.applies(target):
            masked = await guard.mask(path, body)
            if masked is not None:  # None: analysis failed and [pii] fail_open is set
                body, raw, restore = masked.body, None, masked.mapping or None
                outcome.pii = masked.counts
        inflight = metrics.stats.in_flight(target)
        inflight.inc()
        try:
            return await forward(
                request, state, request.app[CLIENT], path, target, body, session, outcome,
                extra_headers={TARGET_HEADER: target, **decision.headers}, raw=raw,
                restore=restore,
            )
        finally:
            inflight.dec()
    except ProxyError as exc:
        outcome.status = exc.status
        raise
    finally:
        elapsed = time.monotonic() - started
        if acquired:
            tokens = outcome.prompt_tokens + outcome.completion_tokens
            request.app[GATE].release(principal.key_id, tokens)
        _account(request, metrics, principal, requested, target, body, outcome, elapsed)


def _account(request: web.Request, metrics: ProxyMetrics, principal: Principal,
             requested: str | None, target: str | None, body: dict[str, Any],
             outcome: Outcome, elapsed: float) -> None:
    status = outcome.status or 499  # 499: the client went away before an answer
    label = target if target is not None and outcome.status not in (400, 404) else "-"
    metrics.stats.finished(label, status, elapsed, outcome.ttft_s, outcome.prompt_tokens,
                           outcome.completion_tokens)
    if outcome.retries:
        metrics.child(metrics.retries, label).inc(outcome.retries)
    request.app[AUDIT].write({
        "time": round(time.time(), 3), "request_id": request[REQUEST_ID],
        "key_id": principal.key_id, "role": principal.role,
        # a name the proxy does not know is not echoed: it could be anything the client sent
        "model": requested if outcome.status != 404 else None,
        "target": target if outcome.status != 404 else None, "replica": outcome.replica,
        "status": status, "prompt_tokens": outcome.prompt_tokens,
        "completion_tokens": outcome.completion_tokens, "latency_ms": round(elapsed * 1000, 2),
        "ttft_ms": round(outcome.ttft_s * 1000, 2) if outcome.ttft_s is not None else None,
        "stream": bool(body.get("stream")), "retries": outcome.retries,
        "attempts": [{"replica": key, "outcome": result} for key, result in outcome.attempts],
        "pii": outcome.pii,
    })


async def chat_completions(request: web.Request) -> web.StreamResponse:
    return await _serve(request, "/v1/chat/completions")


async def completions(request: web.Request) -> web.StreamResponse:
    return await _serve(request, "/v1/completions")


async def embeddings(request: web.Request) -> web.StreamResponse:
    return await _serve(request, "/v1/embeddings")


async def list_models(request: web.Request) -> web.Response:
    state = request.app[STATE]
    principal: Principal = request[PRINCIPAL]
    aliases = state.aliases
    names = sorted(n for n in state.model_names() | set(aliases) if principal.may_use(n))
    data = [
        {"id": n, "object": "model", "created": 0, "owned_by": "appliance",
         **({"targets": aliases[n]} if n in aliases else {"task": state.task_of(n)})}
        for n in names
    ]
    return web.json_response({"object": "list", "data": data})


async def live(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def ready(request: web.Request) -> web.Response:
    routable = request.app[STATE].routes.routable
    return web.json_response(
        {"ready": routable > 0, "replicas": routable}, status=200 if routable else 503
    )


async def metrics_view(request: web.Request) -> web.Response:
    body = generate_latest(request.app[METRICS].registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def endpoint(handler: Handler, authenticated: bool) -> Handler:
    """`handler` with the request id, auth (when `authenticated`) and OpenAI-shaped errors."""

    async def serve(request: web.Request) -> web.StreamResponse:
        rid = request[REQUEST_ID] = request_id_for(request.headers.get(REQUEST_ID_HEADER))
        token = logs.request_id.set(rid)  # on every log line about this request
        try:
            if authenticated:
                keys = request.app.get(KEYS)
                request[PRINCIPAL] = (ANONYMOUS if keys is None else
                                      authenticate(request.headers.get("Authorization", ""), keys))
            response = await handler(request)
        except Exception as exc:  # noqa: BLE001 - every failure becomes an answer
            if isinstance(exc, web.HTTPException) and exc.status < 400:
                exc.headers[REQUEST_ID_HEADER] = rid
                raise
            response = response_for(exc, request)
        finally:
            logs.request_id.reset(token)
        if not response.prepared:
            response.headers[REQUEST_ID_HEADER] = rid
        return response

    return serve


async def no_route(request: web.Request) -> web.StreamResponse:
    """Any path no route serves: 405 when the path exists for another method, else 404."""
    resource = next((r for r in request.app.router.resources()
                     if r.canonical == request.path and r.canonical != "/{tail}"), None)
    if resource is not None:
        allowed = sorted({route.method for route in resource})
        raise ProxyError(405, f"{request.method} is not allowed here; use {', '.join(allowed)}",
                         "method_not_allowed", headers={"Allow": ", ".join(allowed)})
    raise ProxyError(404, f"no such endpoint: {request.path}", "unknown_url")


def add_routes(app: web.Application) -> None:
    v1, open_ = True, False
    app.router.add_post("/v1/chat/completions", endpoint(chat_completions, v1))
    app.router.add_post("/v1/completions", endpoint(completions, v1))
    app.router.add_post("/v1/embeddings", endpoint(embeddings, v1))
    app.router.add_get("/v1/models", endpoint(list_models, v1))
    app.router.add_get("/health/live", endpoint(live, open_))
    app.router.add_get("/health/ready", endpoint(ready, open_))
    app.router.add_get("/metrics", endpoint(metrics_view, open_))
    app.router.add_route("*", "/{tail:.*}", endpoint(no_route, open_))
