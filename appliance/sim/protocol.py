"""The OpenAI API as the simulated engine speaks it: request checks and response bodies.

Pure functions over plain dicts, kept out of the aiohttp handlers so that the shapes can be
read (and changed) in one place. The shapes are those vLLM's OpenAI server returns, which
the official `openai` client parses; fields the simulator has nothing to say about
(logprobs, system_fingerprint) are left out or null.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Literal

from appliance.sim.options import SimOptions
from appliance.sim.text import count_tokens, lorem, message_text, split_tokens

TOOL_CALL_ID = "call_0"


class ApiError(Exception):
    """An error answered as OpenAI does: {"error": {"message", "type", "param", "code"}}."""

    TYPES = {400: "BadRequestError", 401: "AuthenticationError", 404: "NotFoundError",
             500: "InternalServerError"}

    def __init__(self, status: int, message: str, param: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param

    def body(self) -> dict[str, Any]:
        kind = self.TYPES.get(self.status, "APIError")
        return {"error": {"message": self.message, "type": kind, "param": self.param,
                          "code": self.status}}


def foreign_error(style: str, status: int) -> tuple[bytes, str]:
    """(body, content type) of an error answer that is not OpenAI-shaped, as the frameworks
    around an engine give them: FastAPI (a missing route, a body it cannot validate), a
    plain-text or HTML error page, or nothing."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    if style == "fastapi":
        detail: Any = phrase
        if status == 422:
            detail = [{"type": "missing", "loc": ["body", "model"], "msg": "Field required",
                       "input": None}]
        return json.dumps({"detail": detail}).encode(), "application/json"
    if style == "text":
        return f"{status} {phrase}".encode(), "text/plain; charset=utf-8"
    if style == "html":
        page = (f"<html><head><title>{status} {phrase}</title></head><body><center><h1>"
                f"{status} {phrase}</h1></center><hr><center>nginx</center></body></html>")
        return page.encode(), "text/html"
    return b"", "application/octet-stream"


@dataclass(frozen=True)
class GenRequest:
    """A chat or completion request, reduced to what the simulator needs."""

    kind: Literal["chat", "completion"]
    echo: str  # the last user message's text, or the prompt
    prompt_tokens: int
    max_tokens: int | None
    stream: bool
    include_usage: bool
    tool: str | None = None  # the function to call, when the request offers tools


@dataclass(frozen=True)
class Answer:
    pieces: list[str]  # one token each; for a tool call, pieces of its JSON arguments
    finish_reason: str
    tool: str | None = None


@dataclass(frozen=True)
class EmbedRequest:
    inputs: list[str]
    base64: bool
    dimensions: int | None


@dataclass(frozen=True)
class Meta:
    """What every body and chunk of one response repeats."""

    id: str
    created: int
    model: str


def _check_model(body: dict[str, Any], model: str) -> None:
    name = body.get("model")
    if not isinstance(name, str):
        raise ApiError(400, "`model` must be a string", "model")
    if name != model:
        raise ApiError(404, f"The model `{name}` does not exist.", "model")


def _limit(body: dict[str, Any]) -> int | None:
    for key in ("max_completion_tokens", "max_tokens"):
        value = body.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ApiError(400, f"`{key}` must be an integer >= 1, got {value!r}", key)
        return value
    return None


def _common(body: dict[str, Any], model: str) -> tuple[int | None, bool, bool]:
    """Checks every generation request shares; returns (max_tokens, stream, include_usage)."""
    _check_model(body, model)
    if body.get("n") not in (None, 1):
        raise ApiError(400, "the simulated engine answers `n` = 1 only", "n")
    stream = body.get("stream")
    if stream is not None and not isinstance(stream, bool):
        raise ApiError(400, "`stream` must be a boolean", "stream")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict):
        raise ApiError(400, "`stream_options` must be an object", "stream_options")
    return _limit(body), bool(stream), bool(options.get("include_usage"))


def _tool(body: dict[str, Any]) -> str | None:
    """The function an echoing engine calls: the one tool_choice names, else the first."""
    tools = body.get("tools")
    if not tools:
        return None
    if not isinstance(tools, list) or not all(
        isinstance(t, dict) and isinstance(t.get("function"), dict)
        and isinstance(t["function"].get("name"), str) for t in tools
    ):
        raise ApiError(400, "`tools` must be a list of {type, function: {name}}", "tools")
    choice = body.get("tool_choice")
    if choice == "none":
        return None
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        name = choice["function"].get("name")
        if isinstance(name, str):
            return name
    return tools[0]["function"]["name"]


def parse_chat(body: dict[str, Any], model: str) -> GenRequest:
    max_tokens, stream, usage = _common(body, model)
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "`messages` must be a non-empty list", "messages")
    texts, last_user = [], ""
    for message in messages:
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise ApiError(400, "every message must be an object with a `role`", "messages")
        try:
            text = message_text(message.get("content"))
        except ValueError as exc:
            raise ApiError(400, f"message content: {exc}", "messages") from None
        texts.append(text)
        if message["role"] == "user":
            last_user = text
    return GenRequest("chat", last_user, sum(count_tokens(t) for t in texts), max_tokens,
                      stream, usage, _tool(body))


def parse_completion(body: dict[str, Any], model: str) -> GenRequest:
    max_tokens, stream, usage = _common(body, model)
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1:
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise ApiError(400, "`prompt` must be a string or a list of one string", "prompt")
    return GenRequest("completion", prompt, count_tokens(prompt), max_tokens, stream, usage)


def parse_embedding(body: dict[str, Any], model: str, max_dim: int) -> EmbedRequest:
    _check_model(body, model)
    inputs = body.get("input")
    if isinstance(inputs, str):
        inputs = [inputs]
    if not isinstance(inputs, list) or not inputs or not all(isinstance(i, str) for i in inputs):
        raise ApiError(400, "`input` must be a string or a non-empty list of strings", "input")
    encoding = body.get("encoding_format") or "float"
    if encoding not in ("float", "base64"):
        raise ApiError(400, "`encoding_format` must be float or base64", "encoding_format")
    dims = body.get("dimensions")
    if dims is not None and (isinstance(dims, bool) or not isinstance(dims, int)
                             or not 1 <= dims <= max_dim):
        raise ApiError(400, f"`dimensions` must be an integer from 1 to {max_dim}", "dimensions")
    return EmbedRequest(inputs, encoding == "base64", dims)


def plan_answer(request: GenRequest, options: SimOptions) -> Answer:
    """The whole answer, cut at the token limit. Lorem ipsum never ends by itself, so it
    always stops at the limit ("length")."""
    limit = request.max_tokens or options.max_tokens
    tool = request.tool if options.mode == "echo" else None
    if tool is not None:
        text = json.dumps({"echo": request.echo}, ensure_ascii=False)
    elif options.mode == "echo":
        text = request.echo
    elif options.mode == "fixed":
        text = options.output
    else:
        text = lorem(limit + 1)
    pieces = split_tokens(text)
    if len(pieces) > limit:
        return Answer(pieces[:limit], "length", tool)
    return Answer(pieces, "tool_calls" if tool else "stop", tool)


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens}


def _tool_call(answer: Answer, arguments: str) -> dict[str, Any]:
    return {"id": TOOL_CALL_ID, "type": "function",
            "function": {"name": answer.tool, "arguments": arguments}}


def chat_body(meta: Meta, answer: Answer, prompt_tokens: int) -> dict[str, Any]:
    text = "".join(answer.pieces)
    if answer.tool:
        message = {"role": "assistant", "content": None,
                   "tool_calls": [_tool_call(answer, text)]}
    else:
        message = {"role": "assistant", "content": text}
    choice = {"index": 0, "message": message, "logprobs": None,
              "finish_reason": answer.finish_reason}
    return {"id": meta.id, "object": "chat.completion", "created": meta.created,
            "model": meta.model, "choices": [choice],
            "usage": usage(prompt_tokens, len(answer.pieces))}


def completion_body(meta: Meta, answer: Answer, prompt_tokens: int) -> dict[str, Any]:
    choice = {"index": 0, "text": "".join(answer.pieces), "logprobs": None,
              "finish_reason": answer.finish_reason}
    return {"id": meta.id, "object": "text_completion", "created": meta.created,
            "model": meta.model, "choices": [choice],
            "usage": usage(prompt_tokens, len(answer.pieces))}


def _chunk(meta: Meta, kind: str, choices: list[dict[str, Any]]) -> dict[str, Any]:
    obj = "chat.completion.chunk" if kind == "chat" else "text_completion"
    return {"id": meta.id, "object": obj, "created": meta.created, "model": meta.model,
            "choices": choices}


def head_chunk(meta: Meta, kind: str, answer: Answer) -> dict[str, Any] | None:
    """The chunk before the first token: the role (and the tool call's id and name)."""
    if kind != "chat":
        return None
    delta: dict[str, Any] = {"role": "assistant", "content": ""}
    if answer.tool:
        delta = {"role": "assistant", "content": None,
                 "tool_calls": [{"index": 0, **_tool_call(answer, "")}]}
    return _chunk(meta, kind, [{"index": 0, "delta": delta, "logprobs": None,
                                "finish_reason": None}])


def piece_chunk(meta: Meta, kind: str, answer: Answer, piece: str) -> dict[str, Any]:
    if kind != "chat":
        choice = {"index": 0, "text": piece, "logprobs": None, "finish_reason": None}
        return _chunk(meta, kind, [choice])
    if answer.tool:
        delta: dict[str, Any] = {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}
    else:
        delta = {"content": piece}
    return _chunk(meta, kind, [{"index": 0, "delta": delta, "logprobs": None,
                                "finish_reason": None}])


def tail_chunk(meta: Meta, kind: str, answer: Answer) -> dict[str, Any]:
    if kind == "chat":
        choice: dict[str, Any] = {"index": 0, "delta": {}, "logprobs": None,
                                  "finish_reason": answer.finish_reason}
    else:
        choice = {"index": 0, "text": "", "logprobs": None,
                  "finish_reason": answer.finish_reason}
    return _chunk(meta, kind, [choice])


def usage_chunk(meta: Meta, kind: str, prompt_tokens: int, answer: Answer) -> dict[str, Any]:
    return {**_chunk(meta, kind, []), "usage": usage(prompt_tokens, len(answer.pieces))}


def embedding_body(meta: Meta, data: list[list[float] | str], prompt_tokens: int) -> dict:
    items = [{"object": "embedding", "index": i, "embedding": e} for i, e in enumerate(data)]
    return {"id": meta.id, "object": "list", "created": meta.created, "model": meta.model,
            "data": items, "usage": {"prompt_tokens": prompt_tokens,
                                     "total_tokens": prompt_tokens}}
