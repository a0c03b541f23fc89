"""Which parts of an OpenAI request hold text to mask, and mapping a function over them.

Requests: every string anywhere in the body is a text, whatever its key (fields the OpenAI
schema names, and keys the proxy has never seen: JSON-RPC and MCP callers put theirs at the
top level), in dicts and lists at any depth, except the structural values below, whose
masking would change what the request means:

- strings under the keys `model`, `role`, `type`, `id` and `tool_call_id`;
- `name` in a function (a dict under `function`, `function_call`, `json_schema`, or in a
  list under `functions` or `tools`); a message's `name` is a text;
- the strings under `enum` and `required` (a JSON schema's values and property names);
- binary payloads: a `data:` URL with `;base64,`, or a string of 64 or more base64
  characters mixing capitals, small letters and digits (images, audio, files).

Dict keys are never texts (they are the schema's names). Numbers and booleans of the body
are left alone, except inside tool-call arguments: the string under any key `arguments` is
JSON text, and when it parses, each string and each number inside (not booleans, not keys)
is a text of its own, a number as its JSON text; the JSON is written again only if one
changed (a masked number becomes the placeholder's string). When it does not parse, the
whole string is one text. Tool results, tool and parameter descriptions and
`response_format` schemas' descriptions are texts like any other.

Order. The texts are visited in a fixed order: every key except the conversation (`messages`,
`prompt`, `input`) first, in the body's own order, then the conversation, each container in
order, depth first. The keys around the conversation (tools, schemas, metadata) stay the same
from one turn to the next while the conversation grows at its end, so a value keeps the
number it was given in the turn that first named it (`appliance.pii.vault`).

Responses (`map_response`): chat `choices[].message.content` and `reasoning_content` (a
reasoning model's thinking; through `fn`) and the arguments
strings of its `tool_calls` and `function_call` (through `args_fn`: a JSON text, each as a
whole); completions `choices[].text`; nothing in embeddings.

The results are new containers along the paths to the texts; anything else is the same
object as in the input, which is never mutated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

Fn = Callable[[str], str]
KINDS = ("chat", "completions", "embeddings")
CONVERSATION = {"chat": "messages", "completions": "prompt", "embeddings": "input"}

STRUCTURAL_KEYS = frozenset({"model", "role", "type", "id", "tool_call_id"})
SCHEMA_LISTS = frozenset({"enum", "required"})  # lists of names and allowed values
FUNCTION_HOLDERS = frozenset({"function", "function_call", "json_schema", "functions", "tools"})
_BASE64 = re.compile(r"(?:data:[^,;]*(?:;[^,;]*)*;base64,.*|[A-Za-z0-9+/]{64,}={0,2})", re.S)


def is_binary(text: str) -> bool:
    """A data URL in base64, or a long base64 run (a payload, not words)."""
    if text.startswith("data:"):
        return ";base64," in text[:200]
    if len(text) < 64 or not _BASE64.fullmatch(text):
        return False
    return (any(c.isdigit() for c in text) and any(c.isupper() for c in text)
            and any(c.islower() for c in text))


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
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    last = CONVERSATION[kind]
    keys = [k for k in body if k != last] + ([last] if last in body else [])
    new = dict(body)
    for key in keys:
        new[key] = _value(body[key], key, None, fn)
    return {k: new[k] for k in body}


def _value(value: Any, key: Any, holder: Any, fn: Fn) -> Any:
    """`value` found under `key` in a dict that sits under `holder`."""
    if isinstance(value, str):
        if key in STRUCTURAL_KEYS or (key == "name" and holder in FUNCTION_HOLDERS):
            return value
        if key == "arguments":
            return _json_arguments(value, fn)
        return value if is_binary(value) else fn(value)
    if isinstance(value, dict):
        return {k: _value(v, k, key, fn) for k, v in value.items()}
    if isinstance(value, list):
        if key in SCHEMA_LISTS:
            return value
        return [_value(v, key, holder, fn) for v in value]
    return value


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


def _message(message: Any, fn: Fn, args_fn: Fn) -> Any:
    if not isinstance(message, dict):
        return message
    new = dict(message)
    content = message.get("content")
    if isinstance(content, str):
        new["content"] = fn(content)
    elif isinstance(content, list):
        new["content"] = [_part(p, fn) for p in content]
    if isinstance(message.get("reasoning_content"), str):  # a reasoning model's thinking
        new["reasoning_content"] = fn(message["reasoning_content"])
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
    """Tool-call arguments: the strings and numbers inside valid JSON, or the whole string."""
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
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = json.dumps(value)
            masked = fn(text)
            if masked == text:
                return value
            changed[0] = True
            return masked
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    mapped = walk(parsed)
    return json.dumps(mapped, ensure_ascii=False) if changed[0] else args
