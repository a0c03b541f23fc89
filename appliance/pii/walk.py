"""Which parts of an OpenAI request hold text to mask, and mapping a function over them.

Requests (`kind` is "chat", "completions" or "embeddings"):
- chat: every message's `content` when a string; in a list of parts, the `text` of parts of
  type "text" (images, audio and files are left alone); all roles. The `arguments` of each
  `tool_calls[].function` and of the legacy `function_call`: when the arguments are valid
  JSON, each string value inside is a text (keys, numbers and booleans are not) and the JSON
  is written again only if one changed; otherwise the whole string is one text.
- completions: `prompt`, a string or a list of strings.
- embeddings: `input`, a string or a list of strings (lists of token ids are left alone).

Responses (`map_response`): chat `choices[].message.content` (through `fn`) and the arguments
strings of its `tool_calls` and `function_call` (through `args_fn`: a JSON text, each as a
whole, not parsed); completions `choices[].text`; nothing in embeddings.

Texts are visited in a fixed order (messages in order; in each, content, then tool calls,
then function_call). The results are new containers along the paths to the texts; anything
else (model, tools, response_format, image parts, ...) is the same object as in the input,
which is never mutated.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

Fn = Callable[[str], str]
KINDS = ("chat", "completions", "embeddings")


def texts_of(kind: str, body: Mapping[str, Any]) -> list[str]:
    """Every text `map_texts` would pass to its function, in the same order."""
    found: list[str] = []

    def collect(text: str) -> str:
        found.append(text)
        return text

    map_texts(kind, body, collect)
    return found


def map_texts(kind: str, body: Mapping[str, Any], fn: Fn) -> dict[str, Any]:
    """A new request body with `fn` applied to each text; `body` is not mutated."""
    new = dict(body)
    if kind == "chat":
        messages = body.get("messages")
        if isinstance(messages, list):
            args_fn = partial(_json_arguments, fn=fn)
            new["messages"] = [_message(m, fn, args_fn) for m in messages]
    elif kind == "completions":
        if "prompt" in body:
            new["prompt"] = _strings(body["prompt"], fn)
    elif kind == "embeddings":
        if "input" in body:
            new["input"] = _strings(body["input"], fn)
    else:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    return new


def map_response(kind: str, payload: Mapping[str, Any], fn: Fn, args_fn: Fn) -> dict[str, Any]:
    """A new non-streaming response with `fn` applied to each answer text and `args_fn` to
    each tool-call arguments string."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    new = dict(payload)
    choices = payload.get("choices")
    if kind == "embeddings" or not isinstance(choices, list):
        return new
    out = []
    for choice in choices:
        if not isinstance(choice, dict):
            out.append(choice)
        elif kind == "chat" and isinstance(choice.get("message"), dict):
            out.append({**choice, "message": _message(choice["message"], fn, args_fn)})
        elif kind == "completions" and isinstance(choice.get("text"), str):
            out.append({**choice, "text": fn(choice["text"])})
        else:
            out.append(choice)
    new["choices"] = out
    return new


def _strings(value: Any, fn: Fn) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [fn(v) if isinstance(v, str) else v for v in value]
    return value


def _message(message: Any, fn: Fn, args_fn: Fn) -> Any:
    if not isinstance(message, dict):
        return message
    new = dict(message)
    content = message.get("content")
    if isinstance(content, str):
        new["content"] = fn(content)
    elif isinstance(content, list):
        new["content"] = [_part(p, fn) for p in content]
    calls = message.get("tool_calls")
    if isinstance(calls, list):
        new["tool_calls"] = [_call(c, args_fn) for c in calls]
    if isinstance(message.get("function_call"), dict):
        new["function_call"] = _function(message["function_call"], args_fn)
    return new


def _part(part: Any, fn: Fn) -> Any:
    if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
        return {**part, "text": fn(part["text"])}
    return part


def _call(call: Any, args_fn: Fn) -> Any:
    if isinstance(call, dict) and isinstance(call.get("function"), dict):
        return {**call, "function": _function(call["function"], args_fn)}
    return call


def _function(function: dict[str, Any], args_fn: Fn) -> dict[str, Any]:
    args = function.get("arguments")
    if not isinstance(args, str):
        return function
    return {**function, "arguments": args_fn(args)}


def _json_arguments(args: str, fn: Fn) -> str:
    """Tool-call arguments: the string values inside valid JSON, or the whole string."""
    try:
        parsed = json.loads(args)
    except ValueError:
        return fn(args)
    changed = [False]

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            out = fn(value)
            changed[0] = changed[0] or out != value
            return out
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    mapped = walk(parsed)
    return json.dumps(mapped, ensure_ascii=False) if changed[0] else args
