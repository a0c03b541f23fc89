"""Forwarding one OpenAI request to a replica: pick, send, send again only what never
started, stream through chunk by chunk, account tokens.

`forward` is called by the /v1 handlers with the parsed body; it returns the response the
client gets (already written, for streams) and fills an `Outcome` for limits, metrics and
audit.

Attempts. Every try at a replica is an attempt, recorded in `Outcome.attempts` as (replica
key, result). A failed attempt is sent to another replica (at most `[proxy] retries` more)
only when the engine provably never started on it: no connection could be made, nothing of
the request could be written, or the engine reset the connection without reading all of it
(an `UpstreamConnectionError`), or the engine answered 503, its own "not ready". An attempt that may have cost the engine work (silence before the first
byte, a connection closed after the request was written, a non-streaming answer cut short
or stalled) is sent again only for a model that sets `retry_on_timeout`. Nothing is sent
again once a byte went to the client, after the request's deadline, when the answer was
too large, or when it was not valid HTTP.

Breakers. Each attempt gives its replica's breaker at most one outcome, once it is over: a
success when the answer went to the client (status below 500), or when it broke
`max_response_mib` (the engine answered; the limit is the proxy's); a failure for the
engine's 5xx, 503 included, and for every error of the connection or the answer (a stream
that fails in the middle is one failure, not a success and then a failure); none when the
request's deadline passed or the client left before the answer began (neither says
anything about the replica's health), and when the proxy refused to send the request.

Replicas on other nodes. An attempt at a replica whose address is another node's relay
(`TlsAddress`) goes there as `POST /fleet/v1/relay/<path>` naming the replica
(relay_wire.py), without the engine token. Its answer's `X-Appliance-Load` updates that
replica's load. A relay connection that fails without an answer (`RELAY_GONE`: refused,
timed out, closed or reset, or an answer cut short) lost the request with the relay's
node or proxy, so it is sent again at once, like one that never started, to a replica on
another node, and it opens that node's relay breaker (state.relays), not the replica's;
any answer from the relay closes it. The relay's own 502 (`X-Appliance-Relay-Error`) is
the remote engine's failure, with the same rules as a local one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import re
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from multidict import CIMultiDict

from appliance.pii.analyzer import PiiUnavailable
from appliance.pii.answers import merge_plain
from appliance.pii.restore import ChunkRestorer, restore_answer
from appliance.proxy.aliases import resolve
from appliance.proxy.engine_errors import rewrap
from appliance.proxy.errors import TYPES, ProxyError
from appliance.proxy.relay_wire import (
    ERROR_HEADER,
    LOAD_HEADER,
    RELAY_GONE,
    RELAY_PREFIX,
    REPLICA_HEADER,
)
from appliance.proxy.request_id import HEADER as REQUEST_ID_HEADER
from appliance.proxy.request_id import REQUEST_ID
from appliance.proxy.routing import Replica, all_saturated, choose
from appliance.proxy.state import ProxyState
from appliance.proxy.upstream import (
    TlsAddress,
    UpstreamConnectionError,
    UpstreamError,
    UpstreamHeaderError,
    UpstreamPool,
    UpstreamResponse,
    UpstreamTooLarge,
)

log = logging.getLogger("appliance.proxy")

NOT_READY = 503  # an engine's own "not ready" (vLLM's answer while it scales): never started
KINDS = {
    "/v1/chat/completions": "chat",
    "/v1/completions": "completions",
    "/v1/embeddings": "embeddings",
}
# Response headers not to copy from the engine to the client.
_HOP = frozenset({"content-length", "transfer-encoding", "connection", "keep-alive",
                  "content-encoding", "server", "date", LOAD_HEADER.lower(),
                  ERROR_HEADER.lower()})
# Results of an attempt that may have cost the engine work: sent again only with the
# model's retry_on_timeout.
MAY_HAVE_STARTED = frozenset({"first_byte_timeout", "idle_timeout", "closed", "cut_short"})
_TIMEOUTS = frozenset({"first_byte_timeout", "idle_timeout", "deadline", "connect_timeout"})
# The knob behind a result, named in the client's error.
_KNOBS = {"first_byte_timeout": "first_byte_timeout_s", "idle_timeout": "idle_timeout_s",
          "deadline": "request_deadline_s", "too_large": "max_response_mib",
          "connect_timeout": "connect_timeout_s"}
_OUTCOME = re.compile(r"[a-z_]{1,24}")  # an outcome a relay reports: a bounded metric label
ANSWERED = "answered"
ABORTED = "aborted"  # the attempt ended without a result: the client left (or a bug)


@dataclass
class Outcome:
    status: int = 0
    replica: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    ttft_s: float | None = None
    retries: int = 0  # attempts after the first: len(attempts) - 1
    pii: dict[str, int] | None = None  # entity -> findings masked in this request
    attempts: list[tuple[str, str]] = field(default_factory=list)  # (replica key, result)


@dataclass(slots=True)
class _Call:
    """One request on its way to the replicas: what every attempt sends and reports to."""

    request: web.Request
    state: ProxyState
    pool: UpstreamPool
    path: str
    payload: bytes
    headers: dict[str, str]
    stream: bool
    client_wants_usage: bool
    outcome: Outcome
    extra_headers: dict[str, str]
    restore: dict[str, str] | None
    scan: Any  # a pii_guard.AnswerCheck: scan the answer for new personal data; or None
    deadline: float  # loop time


class _Failed(Exception):
    """An attempt failed before anything of its answer reached the client."""

    def __init__(self, kind: str, message: str, unstarted: bool):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.unstarted = unstarted  # provably never started work on the engine


def breaker_verdict(result: str) -> bool | None:
    """True (healthy), False (failed) or None (no outcome) for an attempt that ended with
    an upstream error of this kind."""
    if result == "deadline":
        return None
    return result == "too_large"


def error_status(result: str) -> tuple[int, str]:
    """(HTTP status, error code) the client gets for an attempt's failure."""
    if result in _TIMEOUTS:
        return 504, "upstream_timeout"
    if result == "too_large":
        return 502, "response_too_large"
    return 502, "upstream_error"


def _explain(result: str, message: str, state: ProxyState) -> str:
    if result == "deadline":
        message = f"the request passed its deadline of {state.config.proxy.request_deadline_s:g} s"
    knob = _KNOBS.get(result)
    return f"{message} ([proxy] {knob})" if knob else message


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
    scan: Any = None,
) -> web.StreamResponse:
    """`restore`: placeholder -> value, put back into the answer (PII bookend mode);
    `scan`: a `pii_guard.AnswerCheck` that masks new personal data in the answer first."""
    stream = bool(body.get("stream"))
    client_wants_usage = bool((body.get("stream_options") or {}).get("include_usage"))
    if stream and not client_wants_usage:
        # ask the engine for usage in the last chunk (for token limits), hide it from the client
        body = {**body, "stream_options": {**(body.get("stream_options") or {}), "include_usage": True}}
        raw = None
    proxy = state.config.proxy
    call = _Call(
        request, state, pool, path,
        # the client's own bytes when nothing was changed: no second serialisation
        raw if raw is not None else json.dumps(body).encode(),
        {"Authorization": f"Bearer {state.token}", "Content-Type": "application/json",
         REQUEST_ID_HEADER: request[REQUEST_ID]},
        stream, client_wants_usage, outcome, extra_headers or {}, restore or None, scan,
        asyncio.get_running_loop().time() + proxy.request_deadline_s,
    )
    tried: set[str] = set()
    retries_left = proxy.retries
    while True:
        replica = await _pick(state, model, sticky, frozenset(tried))
        if tried:
            outcome.retries += 1  # attempts after the first, counted as they start
        tried.add(replica.key)
        outcome.replica = replica.key
        state.outstanding[replica.key] += 1
        try:
            response = await _attempt(call, replica)
            return _openai_shaped(response, model, path, outcome)
        except _Failed as failed:
            log.warning("replica %s failed (%s)", replica.key, failed.message)
            if not replica.local and failed.kind in RELAY_GONE:
                # the node is gone for this request: none of its replicas is tried again
                node = _node(replica)
                tried.update(e.key for e in state.routes.replicas.get(model, ()) if e.node == node)
            again = failed.unstarted or (failed.kind in MAY_HAVE_STARTED
                                         and state.retry_on_timeout(model))
            untried = any(r.key not in tried for r in state.replicas(model))
            if not again or retries_left <= 0 or not untried:
                status, code = error_status(failed.kind)
                note = ""
                if not again and failed.kind in MAY_HAVE_STARTED:
                    note = ("; not sent to another replica, since the engine may have started "
                            "on it (a model's retry_on_timeout allows that)")
                message = _explain(failed.kind, failed.message, state)
                raise ProxyError(status, f"the model's replica failed: {message}{note}",
                                 code) from None
            retries_left -= 1
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


def _node(replica: Replica) -> str | None:
    """The other node whose relay serves `replica` (keys are node/engine); None for ours."""
    return None if replica.local else replica.key.partition("/")[0]


async def _pick(state: ProxyState, model: str, sticky: str | None, exclude: frozenset[str]):  # type: ignore[no-untyped-def]
    policy = state.config.proxy.routing
    prefer_local = state.config.fleet.prefer_local
    while True:
        replicas = state.replicas(model)
        candidates = [r for r in replicas if r.key not in exclude]
        if not candidates:
            if exclude:
                raise ProxyError(502, "every replica tried failed", "upstream_error")
            down = state.routes.down.get(model)
            if down is not None:  # a model across nodes that misses a node: say which
                raise ProxyError(503, f"{model!r} is down: {down}", "model_down")
            raise ProxyError(503, f"no healthy replica of {model!r}", "no_healthy_replica")
        chosen = choose(policy, candidates, session=sticky, exclude=exclude,
                        rr_counter=next(state.rr), prefer_local=prefer_local)
        if chosen is not None:
            now = state.clock()
            node = _node(chosen)
            if (node is None or state.relays.allow(node, now)) and state.breakers.allow(chosen.key, now):
                return chosen
            exclude = exclude | {chosen.key}  # a half-open breaker's probe is in flight
            continue
        if all_saturated(candidates) and not await state.wait_for_room(model):
            raise ProxyError(
                529, f"every replica of {model!r} is saturated and the queue is full; retry later",
                "overloaded", headers={"Retry-After": "1"},
            )


async def _attempt(call: _Call, replica: Replica) -> web.StreamResponse:
    """One try at one replica. Raises _Failed when it failed before anything reached the
    client; records its result and gives the replica's breaker (or, for a relay that is
    gone, its node's) its one outcome."""
    state, outcome = call.state, call.outcome
    key, address = replica.key, replica.address
    node = _node(replica)
    result = ABORTED
    healthy: bool | None = None
    started = time.monotonic()
    path, headers = call.path, call.headers
    if isinstance(address, TlsAddress):
        # no engine token to another node: its relay sends its own to its engine
        path = RELAY_PREFIX + path
        headers = {k: v for k, v in headers.items() if k != "Authorization"}
        headers[REPLICA_HEADER] = key
    try:
        try:
            upstream = await call.pool.post(address, path, headers, call.payload,  # type: ignore[arg-type]
                                            call.deadline)
        except UpstreamHeaderError as exc:
            result = "invalid_header"
            raise ProxyError(500, f"internal error: the request for the engine was refused: "
                                  f"{exc}", "invalid_engine_header") from None
        try:
            if node is not None:
                state.relays.on_success(node, state.clock())  # the relay answered
                _note_load(state, key, upstream)
                relay_error = _header(upstream, ERROR_HEADER)
                if relay_error is not None and upstream.status != NOT_READY:
                    with contextlib.suppress(UpstreamError):
                        await upstream.read()
                    kind = relay_error if _OUTCOME.fullmatch(relay_error) else "relay_error"
                    raise _Failed(kind, f"the engine on {node} failed ({kind})",
                                  unstarted=False)
            if upstream.status == NOT_READY:
                with contextlib.suppress(UpstreamError):
                    await upstream.read()
                raise _Failed("not_ready", f"the engine answered {NOT_READY} (not ready)",
                              unstarted=True)
            healthy = upstream.status < 500  # the engine's own errors count against it
            outcome.status = upstream.status
            passthrough = CIMultiDict(
                [(k, v) for k, v in upstream.header_items() if k.lower() not in _HOP])
            passthrough.update(call.extra_headers)
            passthrough[REQUEST_ID_HEADER] = call.request[REQUEST_ID]
            if not call.stream or upstream.status != 200:
                data = await _restored(call, upstream.status, await upstream.read())
                result = ANSWERED
                return web.Response(body=data, status=upstream.status, headers=passthrough)
            response = web.StreamResponse(status=200, headers=passthrough)
            await response.prepare(call.request)
            restorer = ChunkRestorer(call.restore) if call.restore else None
            answers = _AnswerStream(restorer, call.scan) if restorer or call.scan else None
            try:
                await _relay(upstream, response, call.client_wants_usage, outcome, started,
                             call.pool.max_response_bytes, answers)
                result = ANSWERED
            except PiiUnavailable as exc:
                # fail closed: what was not scanned is not sent; the client gets an error event
                result = ANSWERED  # the replica answered; the proxy could not check it
                outcome.status = 503
                log.warning("the answer could not be checked for personal data (%s); the "
                            "stream was ended", exc)
                await response.write(_pii_error(str(exc)))
            except UpstreamError as exc:
                # The client has the status line already: it gets an error event, which the
                # OpenAI clients raise as an APIError, instead of a stream that just ends short.
                result, healthy = exc.kind, breaker_verdict(exc.kind)
                log.warning("replica %s failed mid-stream (%s)", key, exc)
                outcome.status, code = error_status(exc.kind)
                await response.write(_midstream_error(_explain(exc.kind, str(exc), state), code))
            await response.write_eof()
            return response
        finally:
            upstream.release()
    except UpstreamError as exc:  # before anything reached the client
        result, healthy = exc.kind, breaker_verdict(exc.kind)
        gone = node is not None and exc.kind in RELAY_GONE
        if gone:
            state.relays.on_failure(node, state.clock())  # type: ignore[arg-type]
            healthy = None  # the node's breaker has it, not the replica's
        message = f"the relay of {node}: {exc}" if gone else str(exc)
        raise _Failed(exc.kind, message,
                      isinstance(exc, UpstreamConnectionError) or gone) from None
    except _Failed as failed:
        result, healthy = failed.kind, False
        raise
    finally:
        outcome.attempts.append((key, result))
        if healthy is not None:
            if healthy:
                state.breakers.on_success(key, state.clock())
            else:
                state.breakers.on_failure(key, state.clock())
        if result != ANSWERED and result != ABORTED and state.metrics is not None:
            state.metrics.upstream_errors.labels(key, result).inc()


def _header(upstream: UpstreamResponse, name: str) -> str | None:
    wanted = name.lower().encode()
    for k, v in upstream.raw_headers:
        if k.lower() == wanted:
            return v.decode("latin-1")
    return None


def _note_load(state: ProxyState, key: str, upstream: UpstreamResponse) -> None:
    """A relay's report of the load on a replica of its node."""
    load = _header(upstream, LOAD_HEADER)
    if load is not None and load.isdigit():
        state.remote_load[key] = int(load)
        state.load_seen[key.partition("/")[0]] = state.clock()


async def _restored(call: _Call, status: int, data: bytes) -> bytes:
    """A whole answer with new personal data masked (PII scan_answers) and its placeholders
    put back (PII bookend), its tokens counted. Raises ProxyError(503) when the answer
    could not be checked (fail closed)."""
    outcome = call.outcome
    if status != 200:
        return data
    if not call.restore and not call.scan:
        outcome.prompt_tokens, outcome.completion_tokens = usage_in(data)
        return data
    try:
        answer = json.loads(data)
    except ValueError:
        return data
    outcome.prompt_tokens, outcome.completion_tokens = usage_of(answer)
    if not isinstance(answer, dict):
        return data
    if call.scan is not None:
        try:
            answer = await call.scan.whole(answer)
        except PiiUnavailable as exc:
            raise ProxyError(
                503, f"the model's answer could not be checked for personal data, so it was "
                f"not sent ({exc})", "pii_unavailable",
            ) from None
    if call.restore:
        answer = restore_answer(KINDS[call.path], answer, call.restore)
    return json.dumps(answer).encode()


def _pii_error(reason: str) -> bytes:
    error = {"message": "the rest of the model's answer could not be checked for personal "
                        f"data, so it was not sent; the answer is incomplete ({reason})",
             "type": TYPES[503], "param": None, "code": "pii_unavailable"}
    return b"data: " + json.dumps({"error": error}).encode() + b"\n\n"


class _AnswerStream:
    """A stream's answer on its way to the client: new personal data masked (`scan`), then
    the request's placeholders put back (`restorer`); either may be None."""

    def __init__(self, restorer: ChunkRestorer | None, scan: Any):
        self.restorer = restorer
        self.scan = scan
        self.scanner = scan.scanner() if scan is not None else None

    async def chunk(self, data: Any) -> list[Any]:
        chunks = [data] if self.scan is None else await self.scan.chunk(self.scanner, data)
        return self._restore(chunks)

    async def end(self) -> list[Any]:
        chunks = [] if self.scan is None else await self.scan.end(self.scanner)
        out = self._restore(chunks)
        return out + (self.restorer.finish() if self.restorer is not None else [])

    def _restore(self, chunks: list[Any]) -> list[Any]:
        if self.restorer is None:
            return chunks
        return [out for c in chunks for out in self.restorer.process(c)]


def _midstream_error(message: str, code: str) -> bytes:
    status = 504 if code == "upstream_timeout" else 502
    error = {"message": f"the model's replica failed during the answer; it is incomplete: "
                        f"{message}", "type": TYPES[status], "param": None, "code": code}
    return b"data: " + json.dumps({"error": error}).encode() + b"\n\n"


async def _relay(
    upstream: UpstreamResponse, response: web.StreamResponse, client_wants_usage: bool,
    outcome: Outcome, started: float, max_event_bytes: int,
    answers: _AnswerStream | None = None,
) -> None:
    """Pass SSE events through as each one completes (a partial event is useless to the
    client, so the tail after the last blank line waits for the next chunk; nothing else is
    held back). The engine's usage event is read for token accounting and dropped unless
    the client asked for it. The unfinished tail is all the proxy holds of a stream, so
    that is what `max_event_bytes` bounds (UpstreamTooLarge past it); the stream's total
    is not bounded."""
    pending = b""
    async for chunk in upstream.iter_chunks():
        if outcome.ttft_s is None:
            outcome.ttft_s = time.monotonic() - started
        if not pending and answers is None and chunk.endswith(b"\n\n") and b'"usage"' not in chunk:
            await response.write(chunk)  # whole events, nothing to read in them: as they are
            continue
        pending += chunk
        if b"\n\n" not in pending:
            if len(pending) > max_event_bytes:
                raise _event_too_large(max_event_bytes)
            continue
        *events, pending = pending.split(b"\n\n")
        if len(pending) > max_event_bytes:
            raise _event_too_large(max_event_bytes)
        if answers is not None:
            events = await _answer_events(events, answers, client_wants_usage, outcome)
        elif b'"usage"' in chunk or any(b'"usage"' in e for e in events):
            events = [e for e in events if _keep_event(e, client_wants_usage, outcome)]
        if events:
            await response.write(b"\n\n".join(events) + b"\n\n")
    if pending:
        await response.write(pending)


def _event_too_large(limit: int) -> UpstreamTooLarge:
    return UpstreamTooLarge(f"an event of the engine's stream is larger than "
                            f"{limit / (1024 * 1024):g} MiB")


async def _answer_events(
    events: list[bytes], answers: _AnswerStream, client_wants_usage: bool, outcome: Outcome
) -> list[bytes]:
    """Every event parsed, scanned and restored (PII): text that could still be part of a
    value, or the start of a placeholder, waits for the next chunk; the rest goes out now."""
    items: list[Any] = []  # bytes: an event passed on as it is; else a parsed chunk
    for event in events:
        body = event[6:].strip() if event.startswith(b"data: ") else None
        if body is None or body == b"[DONE]":
            items.append(event)
            continue
        try:
            data = json.loads(body)
        except ValueError:
            items.append(event)
            continue
        if isinstance(data, dict) and data.get("usage"):
            outcome.prompt_tokens, outcome.completion_tokens = usage_of(data)
            if not data.get("choices") and not client_wants_usage:
                continue
        items.append(data)
    if answers.scan is not None:  # what arrived together is analysed together
        items = merge_plain(items)
    out: list[bytes] = []
    for item in items:
        if isinstance(item, bytes):
            if item.startswith(b"data: ") and item[6:].strip() == b"[DONE]":
                out += [b"data: " + json.dumps(c).encode() for c in await answers.end()]
            out.append(item)
            continue
        out += [b"data: " + json.dumps(c).encode() for c in await answers.chunk(item)]
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
