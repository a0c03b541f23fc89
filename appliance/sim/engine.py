"""The simulated engine's server: vLLM's OpenAI API without a model.

    python -m appliance.sim.engine --uds PATH --served-model-name NAME [vLLM args]
    python -m appliance.sim.engine --port N [--host H] ...

takes the command line the agent gives vLLM (arguments it does not know are ignored), the
engine token from VLLM_API_KEY (or --api-key) and its SimOptions as JSON from
APPLIANCE_SIM_OPTIONS; invalid options print one line naming the field and exit with 2.

A request first waits for a slot (max_concurrency), then runs: its first token comes
latency_ms after it started running and token i follows at i / tokens_per_s. A client
that goes away cancels its request, as with vLLM, so the proxy can rely on disconnects
freeing the engine; the running and waiting counts are kept right on every path.

With `--distributed-executor-backend ray` it first does what vLLM's Ray executor does with
the cluster (appliance/sim/ray_executor.py): one placement group over the listed nodes,
placed before it listens, and an exit with status 1 when the group loses a node. With
`--nnodes` it is one rank of vLLM's native multi-node mode (appliance/sim/native_rank.py):
rank 0 serves once every other rank has connected to it, a `--headless` rank serves
nothing, and either exits with status 1 when the group loses a rank.

With `--uds` it listens on that unix socket alone, made as vLLM makes it: bound under the
process's umask, and refused (the engine exits) when a file is already at the path.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import json
import os
import random
import socket
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from aiohttp import web

from appliance.sim import protocol as p
from appliance.sim.metrics import CONTENT_TYPE_LATEST, SimMetrics
from appliance.sim.native_rank import start_native, wait_forever
from appliance.sim.options import SimOptions, SimOptionsError, options_from_env
from appliance.sim.ray_executor import start_on_ray
from appliance.sim.text import LOREM, count_tokens, embedding, to_base64

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ForeignError(Exception):
    """A failure answered in another shape than OpenAI's (`fail_body`)."""

    def __init__(self, response: web.Response):
        super().__init__(response.status)
        self.response = response


class SimState:
    """One engine's options, load counts and metrics."""

    def __init__(self, options: SimOptions, model_name: str, api_key: str | None):
        self.options = options
        self.model_name = model_name
        self.api_key = api_key
        self.rng = random.Random(options.seed)
        self.running = 0
        self.waiting = 0
        self.slots = asyncio.Semaphore(options.max_concurrency) if options.max_concurrency else None
        limit = options.max_concurrency
        self.metrics = SimMetrics(
            model_name,
            running=lambda: self.running,
            waiting=lambda: self.waiting,
            cache_usage=lambda: self.running / limit if limit else 0.0,
        )

    def maybe_fail(self) -> None:
        if self.rng.random() < self.options.fail_rate:
            status, style = self.options.fail_status, self.options.fail_body
            if style == "openai":
                raise p.ApiError(status, "simulated engine failure (fail_rate)")
            body, content_type = p.foreign_error(style, status)
            raise ForeignError(web.Response(body=body, status=status, content_type=None,
                                            headers={"Content-Type": content_type}))

    @contextlib.asynccontextmanager
    async def admitted(self) -> AsyncIterator[float]:
        """Wait for a slot, then hold it; yields the loop time the request started running."""
        self.waiting += 1
        try:
            if self.slots is not None:
                await self.slots.acquire()
        finally:
            self.waiting -= 1
        self.running += 1
        try:
            yield asyncio.get_running_loop().time()
        finally:
            self.running -= 1
            if self.slots is not None:
                self.slots.release()

    def token_time(self, start: float, i: int) -> float:
        """Loop time at which token i (from 0) is produced."""
        tps = self.options.tokens_per_s
        return start + self.options.latency_ms / 1000 + (i / tps if tps else 0.0)


STATE = web.AppKey("sim_state", SimState)


async def _sleep_until(deadline: float) -> None:
    delay = deadline - asyncio.get_running_loop().time()
    if delay > 0:
        await asyncio.sleep(delay)


def _meta(prefix: str, state: SimState) -> p.Meta:
    return p.Meta(f"{prefix}-{uuid.uuid4().hex}", int(time.time()), state.model_name)


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise p.ApiError(400, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise p.ApiError(400, "the request body must be a JSON object")
    return body


@web.middleware
async def _errors_and_auth(request: web.Request, handler: Handler) -> web.StreamResponse:
    """vLLM's rule: every /v1/ path needs the engine token; /health and /metrics do not."""
    key = request.app[STATE].api_key
    try:
        if key and request.path.startswith("/v1/"):
            given = request.headers.get("Authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {key}".encode()):
                raise p.ApiError(401, "Unauthorized: a valid engine token is required")
        return await handler(request)
    except p.ApiError as exc:
        return web.json_response(exc.body(), status=exc.status)
    except ForeignError as exc:
        return exc.response


async def health(request: web.Request) -> web.Response:
    return web.Response(status=200)


async def metrics(request: web.Request) -> web.Response:
    body = request.app[STATE].metrics.render()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


async def models(request: web.Request) -> web.Response:
    state = request.app[STATE]
    card = {"id": state.model_name, "object": "model", "created": int(time.time()),
            "owned_by": "appliance-sim"}
    return web.json_response({"object": "list", "data": [card]})


async def chat(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE]
    return await _generate(request, state, p.parse_chat(await _body(request), state.model_name))


async def completions(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE]
    body = await _body(request)
    return await _generate(request, state, p.parse_completion(body, state.model_name))


_PIECE_BYTES = 64 * 1024


def sized_answer(size: int) -> p.Answer:
    """`size` bytes of lorem ipsum (ASCII, so as many bytes in JSON), in pieces of 64 KiB."""
    words = " ".join(LOREM) + " "
    text = (words * (size // len(words) + 1))[:size]
    pieces = [text[i:i + _PIECE_BYTES] for i in range(0, size, _PIECE_BYTES)]
    return p.Answer(pieces, "stop")


async def _generate(request: web.Request, state: SimState, req: p.GenRequest) -> web.StreamResponse:
    state.maybe_fail()
    size = state.options.answer_bytes
    answer = sized_answer(size) if size else p.plan_answer(req, state.options)
    meta = _meta("chatcmpl" if req.kind == "chat" else "cmpl", state)
    arrival = asyncio.get_running_loop().time()
    async with state.admitted() as start:
        state.metrics.prompt_tokens(req.prompt_tokens)
        if req.stream:
            return await _stream(request, state, req, answer, meta, start, arrival)
        await _sleep_until(state.token_time(start, max(len(answer.pieces) - 1, 0)))
        state.metrics.first_token(state.token_time(start, 0) - arrival)
        for i in range(1, len(answer.pieces)):
            state.metrics.inter_token(state.token_time(start, i) - state.token_time(start, i - 1))
        state.metrics.generation_tokens(len(answer.pieces))
        state.metrics.success(answer.finish_reason)
        build = p.chat_body if req.kind == "chat" else p.completion_body
        return web.json_response(build(meta, answer, req.prompt_tokens))


async def _stream(
    request: web.Request, state: SimState, req: p.GenRequest, answer: p.Answer, meta: p.Meta,
    start: float, arrival: float,
) -> web.StreamResponse:
    """Server-sent events, one token per chunk, each written as soon as it is due."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                           "Cache-Control": "no-cache"})
    await response.prepare(request)

    async def send(chunk: dict[str, Any] | None) -> None:
        if chunk is not None:
            await response.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")

    try:
        await _sleep_until(state.token_time(start, 0))
        await send(p.head_chunk(meta, req.kind, answer))
        loop = asyncio.get_running_loop()
        last = None
        for i, piece in enumerate(answer.pieces):
            await _sleep_until(state.token_time(start, i))
            await send(p.piece_chunk(meta, req.kind, answer, piece))
            now = loop.time()
            if last is None:
                state.metrics.first_token(now - arrival)
            else:
                state.metrics.inter_token(now - last)
            last = now
            state.metrics.generation_tokens(1)
        await send(p.tail_chunk(meta, req.kind, answer))
        if req.include_usage:
            await send(p.usage_chunk(meta, req.kind, req.prompt_tokens, answer))
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
    except ConnectionResetError:
        return response  # the client went away: stop generating, free the slot
    state.metrics.success(answer.finish_reason)
    return response


async def embeddings(request: web.Request) -> web.Response:
    state = request.app[STATE]
    req = p.parse_embedding(await _body(request), state.model_name, state.options.embedding_dim)
    state.maybe_fail()
    async with state.admitted() as start:
        prompt_tokens = sum(count_tokens(text) for text in req.inputs)
        state.metrics.prompt_tokens(prompt_tokens)
        await _sleep_until(state.token_time(start, 0))
        dim = req.dimensions or state.options.embedding_dim
        vectors = [embedding(text, dim) for text in req.inputs]
        data: list[list[float] | str] = (
            [to_base64(v) for v in vectors] if req.base64 else list(vectors)
        )
        state.metrics.success("stop")
        return web.json_response(p.embedding_body(_meta("embd", state), data, prompt_tokens))


def make_app(options: SimOptions, model_name: str, api_key: str | None) -> web.Application:
    """The simulated engine for one served model; api_key None or empty means no token is
    checked. Run it with handler_cancellation=True (as main does) so that a client's
    disconnect cancels its request."""
    app = web.Application(middlewares=[_errors_and_auth])
    app[STATE] = SimState(options, model_name, api_key or None)
    app.router.add_get("/health", health)
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/v1/models", models)
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_post("/v1/completions", completions)
    app.router.add_post("/v1/embeddings", embeddings)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m appliance.sim.engine")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--uds", default=None, help="listen on this unix socket, not on TCP")
    parser.add_argument("--model", default=None)
    parser.add_argument("--served-model-name", default=None)
    parser.add_argument("--api-key", default=None)
    args, _ = parser.parse_known_args(argv)
    try:
        options = options_from_env(os.environ)
    except SimOptionsError as exc:
        print(f"simulated engine: {exc}", file=sys.stderr, flush=True)
        sys.exit(2)
    # with the Ray executor: listen only once the placement group stands (ray_executor.py)
    start_on_ray(sys.argv[1:] if argv is None else argv, os.environ)
    # a rank of vLLM's native multi-node mode: serve only once the group stands, and a
    # headless rank serves nothing (native_rank.py)
    native = start_native(sys.argv[1:] if argv is None else argv)
    if native is not None and native.headless:
        wait_forever()
    name = args.served_model_name or args.model or "sim"
    key = args.api_key or os.environ.get("VLLM_API_KEY")
    where = args.uds or f"{args.host}:{args.port}"
    print(f"simulated engine {name} pid {os.getpid()} on {where}, mode {options.mode}", flush=True)
    app = make_app(options, name, key)
    if args.uds:
        try:
            sock = bind_unix(args.uds)
        except OSError as exc:
            print(f"simulated engine: cannot listen on {args.uds}: {exc.strerror or exc}",
                  file=sys.stderr, flush=True)
            sys.exit(1)
        web.run_app(app, sock=sock, print=None, access_log=None, handler_cancellation=True)
    else:
        web.run_app(app, host=args.host, port=args.port, print=None, access_log=None,
                    handler_cancellation=True)


def bind_unix(path: str) -> socket.socket:
    """A unix socket bound at `path` the way vLLM binds its `--uds`: no stale file removed
    first, the file's mode from the umask."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(path)
    except OSError:
        sock.close()
        raise
    return sock


if __name__ == "__main__":
    main()
