"""Forwarding one OpenAI request to a replica: pick, send, retry before the first byte,
stream through chunk by chunk, account tokens.

`forward` is called by the /v1 handlers with the parsed body; it returns the response the
client gets (already written, for streams) and an `Outcome` for limits, metrics and audit.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from multidict import CIMultiDict

from appliance.pii.restore import ChunkRestorer, restore_answer
from appliance.proxy.aliases import resolve
from appliance.proxy.engine_errors import rewrap
from appliance.proxy.errors import ProxyError
from appliance.proxy.request_id import HEADER as REQUEST_ID_HEADER
from appliance.proxy.request_id import REQUEST_ID
from appliance.proxy.routing import all_saturated, choose
from appliance.proxy.state import ProxyState
from appliance.proxy.upstream import (
    UpstreamConnectionError,
    UpstreamError,
    UpstreamPool,
    UpstreamResponse,
)

log = logging.getLogger("appliance.proxy")

RETRYABLE_STATUS = (502, 503)
KINDS = {
    "/v1/chat/completions": "chat",
    "/v1/completions": "completions",
    "/v1/embeddings": "embeddings",
}
# Response headers not to copy from the engine to the client.
_HOP = frozenset({"content-length", "transfer-encoding", "connection", "keep-alive",
                  "content-encoding", "server", "date"})
_MIDSTREAM_ERROR = b"data: " + json.dumps({"error": {
    "message": "the model's replica failed during the answer; it is incomplete",
    "type": "upstream_error", "param": None, "code": "upstream_error"}}).encode() + b"\n\n"


@dataclass
class Outcome:
    status: int = 0
    replica: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    ttft_s: float | None = None
    retries: int = 0
    pii: dict[str, int] | None = None  # entity -> findings masked in this request


class _Retry(Exception):
    def __init__(self, reason: str, kind: str):
        super().__init__(reason)
        self.reason = reason
        self.kind = kind  # a bounded metric label: "connection" or "http_<status>"


def usage_of(payload: Any) -> tuple[int, int]:
    usage = payload.get("usage") if isinstance(payload, dict) else None
    if not isinstance(usage, dict):
        return 0, 0
    return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)


_DECODER = json.JSONDecoder()


def usage_in(data: bytes) -> tuple[int, int]:
    """The usage of a JSON answer without parsing all of it: the value of its last "usage"
    key (engines put it at the end). A quote inside a JSON string is escaped, so the bytes
    `"usage"` followed by a colon can only be a key. (0, 0) when there is none."""
    at = data.rfind(b'"usage"')
    if at < 0:
        return 0, 0
    tail = data[at + 7:].decode("utf-8", "replace").lstrip()
    if not tail.startswith(":"):
        return 0, 0
    try:
        value, _ = _DECODER.raw_decode(tail[1:].lstrip())
    except ValueError:
        return 0, 0
    return usage_of({"usage": value})


async def forward(
    request: web.Request,
    state: ProxyState,
    pool: UpstreamPool,
    path: str,
    model: str,
    body: dict[str, Any],
    sticky: str | None,
    outcome: Outcome,
    extra_headers: dict[str, str] | None = None,
    raw: bytes | None = None,
    restore: dict[str, str] | None = None,
) -> web.StreamResponse:
    """`restore`: placeholder -> value, put back into the answer (PII bookend mode)."""
    stream = bool(body.get("stream"))
    client_wants_usage = bool((body.get("stream_options") or {}).get("include_usage"))
    if stream and not client_wants_usage:
        # ask the engine for usage in the last chunk (for token limits), hide it from the client
        body = {**body, "stream_options": {**(body.get("stream_options") or {}), "include_usage": True}}
        raw = None
    # the client's own bytes when nothing was changed: no second serialisation
    payload = raw if raw is not None else json.dumps(body).encode()
    tried: set[str] = set()
    retries_left = state.config.proxy.retries
    while True:
        replica = await _pick(state, model, sticky, frozenset(tried))
        tried.add(replica.key)
        outcome.replica = replica.key
        state.outstanding[replica.key] += 1
        try:
            response = await _attempt(
                request, state, pool, replica.address, replica.key, path, payload, stream,
                client_wants_usage, outcome, extra_headers or {}, restore or None,
            )
            return _openai_shaped(response, model, path, outcome)
        except _Retry as retry:
            now = state.clock()
            state.breakers.on_failure(replica.key, now)
            if state.metrics is not None:
                state.metrics.upstream_errors.labels(replica.key, retry.kind).inc()
            log.warning("replica %s failed (%s)", replica.key, retry.reason)
            if retries_left <= 0:
                raise ProxyError(502, f"the model's replica failed: {retry.reason}", "upstream_error") from None
            retries_left -= 1
            outcome.retries += 1
        finally:
            state.outstanding[replica.key] -= 1
            state.wake_next(model)


def _openai_shaped(
    response: web.StreamResponse, model: str, path: str, outcome: Outcome
) -> web.StreamResponse:
    """An engine's error answer in the OpenAI shape (see engine_errors); any other answer,
    and an OpenAI-shaped error, as it is."""
    if response.status < 400 or not isinstance(response, web.Response) or response.prepared:
        return response
    data = response.body if isinstance(response.body, bytes) else b""
    wrapped = rewrap(response.status, data, response.headers.get("Content-Type", ""), model, path)
    if wrapped is None:
        return response
    status, body = wrapped
    headers = CIMultiDict(response.headers)
    headers.popall("Content-Type", None)
    outcome.status = status
    return web.Response(body=body, status=status, headers=headers, content_type="application/json")


async def _pick(state: ProxyState, model: str, sticky: str | None, exclude: frozenset[str]):  # type: ignore[no-untyped-def]
    policy = state.config.proxy.routing
    while True:
        replicas = state.replicas(model)
        candidates = [r for r in replicas if r.key not in exclude]
        if not candidates:
            if exclude:
                raise ProxyError(502, "every replica tried failed", "upstream_error")
            raise ProxyError(503, f"no healthy replica of {model!r}", "no_healthy_replica")
        chosen = choose(policy, candidates, session=sticky, exclude=exclude, rr_counter=next(state.rr))
        if chosen is not None:
            if state.breakers.allow(chosen.key, state.clock()):
                return chosen
            exclude = exclude | {chosen.key}  # a half-open breaker's probe is in flight
            continue
        if all_saturated(candidates) and not await state.wait_for_room(model):
            raise ProxyError(
                529, f"every replica of {model!r} is saturated and the queue is full; retry later",
                "overloaded", headers={"Retry-After": "1"},
            )


async def _attempt(
    request: web.Request, state: ProxyState, pool: UpstreamPool, address: tuple[str, int],
    key: str, path: str, payload: bytes, stream: bool, client_wants_usage: bool,
    outcome: Outcome, extra_headers: dict[str, str], restore: dict[str, str] | None,
) -> web.StreamResponse:
    headers = {
        "Authorization": f"Bearer {state.table.token}",
        "Content-Type": "application/json",
        REQUEST_ID_HEADER: request[REQUEST_ID],
    }
    started = time.monotonic()
    try:
        upstream = await pool.post(address[0], address[1], path, headers, payload)
    except UpstreamConnectionError as exc:
        raise _Retry(f"connection: {exc}", "connection") from None
    try:
        if upstream.status in RETRYABLE_STATUS:
            with contextlib.suppress(UpstreamError):
                await upstream.read()
            raise _Retry(f"HTTP {upstream.status}", f"http_{upstream.status}")
        now = state.clock()
        if upstream.status >= 500:
            state.breakers.on_failure(key, now)
        else:
            state.breakers.on_success(key, now)
        outcome.status = upstream.status
        passthrough = {k: v for k, v in upstream.header_items() if k.lower() not in _HOP}
        passthrough.update(extra_headers)
        passthrough[REQUEST_ID_HEADER] = request[REQUEST_ID]
        if not stream or upstream.status != 200:
            try:
                data = await upstream.read()
            except UpstreamError as exc:  # nothing reached the client yet: another replica may
                raise _Retry(f"answer cut short: {exc}", "connection") from None
            if upstream.status == 200 and restore:
                try:
                    answer = json.loads(data)
                except ValueError:
                    answer = None
                outcome.prompt_tokens, outcome.completion_tokens = usage_of(answer)
                if isinstance(answer, dict):
                    kind = KINDS[path]
                    answer = restore_answer(kind, answer, restore)
                    data = json.dumps(answer).encode()
            elif upstream.status == 200:
                outcome.prompt_tokens, outcome.completion_tokens = usage_in(data)
            return web.Response(body=data, status=upstream.status, headers=passthrough)
        response = web.StreamResponse(status=200, headers=passthrough)
        await response.prepare(request)
        restorer = ChunkRestorer(restore) if restore else None
        try:
            await _relay(upstream, response, client_wants_usage, outcome, started, restorer)
        except UpstreamError as exc:
            # The client has the status line already: it gets an error event, which the
            # OpenAI clients raise as an APIError, instead of a stream that just ends short.
            log.warning("replica %s failed mid-stream (%s)", key, exc)
            state.breakers.on_failure(key, state.clock())
            outcome.status = 502
            await response.write(_MIDSTREAM_ERROR)
        await response.write_eof()
        return response
    finally:
        upstream.release()


async def _relay(
    upstream: UpstreamResponse, response: web.StreamResponse, client_wants_usage: bool,
    outcome: Outcome, started: float, restorer: ChunkRestorer | None = None,
) -> None:
    """Pass SSE events through as each one completes (a partial event is useless to the
    client, so the tail after the last blank line waits for the next chunk; nothing else is
    held back). The engine's usage event is read for token accounting and dropped unless
    the client asked for it."""
    pending = b""
    async for chunk in upstream.iter_chunks():
        if outcome.ttft_s is None:
            outcome.ttft_s = time.monotonic() - started
        if not pending and restorer is None and chunk.endswith(b"\n\n") and b'"usage"' not in chunk:
            await response.write(chunk)  # whole events, nothing to read in them: as they are
            continue
        pending += chunk
        if b"\n\n" not in pending:
            continue
        *events, pending = pending.split(b"\n\n")
        if restorer is not None:
            events = _restore_events(events, restorer, client_wants_usage, outcome)
        elif b'"usage"' in chunk or any(b'"usage"' in e for e in events):
            events = [e for e in events if _keep_event(e, client_wants_usage, outcome)]
        if events:
            await response.write(b"\n\n".join(events) + b"\n\n")
    if pending:
        await response.write(pending)


def _restore_events(
    events: list[bytes], restorer: ChunkRestorer, client_wants_usage: bool, outcome: Outcome
) -> list[bytes]:
    """Every event parsed and restored (PII bookend): text that could be the start of a
    placeholder waits for the next chunk; the rest goes out now."""
    out: list[bytes] = []
    for event in events:
        if not event.startswith(b"data: "):
            out.append(event)
            continue
        body = event[6:].strip()
        if body == b"[DONE]":
            out += [b"data: " + json.dumps(c).encode() for c in restorer.finish()]
            out.append(event)
            continue
        try:
            data = json.loads(body)
        except ValueError:
            out.append(event)
            continue
        if isinstance(data, dict) and data.get("usage"):
            outcome.prompt_tokens, outcome.completion_tokens = usage_of(data)
            if not data.get("choices") and not client_wants_usage:
                continue
        out += [b"data: " + json.dumps(c).encode() for c in restorer.process(data)]
    return out


def _keep_event(event: bytes, client_wants_usage: bool, outcome: Outcome) -> bool:
    if b'"usage"' not in event or not event.startswith(b"data: {"):
        return True
    try:
        data = json.loads(event[6:])
    except ValueError:
        return True
    if isinstance(data, dict) and data.get("usage"):
        outcome.prompt_tokens, outcome.completion_tokens = usage_of(data)
        if not data.get("choices") and not client_wants_usage:
            return False  # the usage-only event we asked for on the client's behalf
    return True


def alias_target(targets: dict[str, float], session: str | None) -> str:
    return resolve(targets, session, random.random())
