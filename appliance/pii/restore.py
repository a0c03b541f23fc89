"""Restoring placeholders in streamed answers as the text arrives.

`StreamRestorer` restores one text channel: it holds back only a tail that is a proper prefix
of one of its placeholders (`<PER` while `<PERSON_1>` is known; never a `<` that no
placeholder continues), so what is held is always shorter than the longest placeholder, and
any split of a text fed through it, plus `flush`, gives exactly `restore_text` of the whole.
Placeholders have the shape `<...>` with no `<` or `>` inside, so only the text from the
last `<` can still become one.

Tool-call arguments are JSON text, and a placeholder in them sits inside a JSON string
(`{"to": "<PERSON_1>"}`; the request side masks the strings inside the arguments). So a value
put back into arguments is JSON-escaped first (`json_escaped`: `"`, `\\`, newlines and other
control characters as JSON writes them inside a string): the arguments stay valid JSON and
parse to exactly the value, in whole answers (`restore_answer`) and in streams, whatever the
cut between fragments. Content and completion text get the value as it is.

`ChunkRestorer` takes parsed OpenAI stream chunks (chat.completion.chunk or text_completion)
and keeps one channel per choice's content (or text), per choice's `reasoning_content`, per
tool call's arguments (by choice
index and tool-call index) and per legacy function_call. Rules:
- A chunk without choices (the usage-only chunk) passes through untouched.
- When a chunk carries a choice's finish_reason, that choice's channels are flushed into it
  (tool-call arguments as `{"index": i, "function": {"arguments": ...}}` in delta.tool_calls),
  so no text of a choice follows its finish_reason.
- A chunk whose text was all held back is dropped when it carries nothing else: no role, no
  tool-call id, type or name, no finish_reason, logprobs, usage or other non-empty field.
  Chunks that arrive with empty text are passed on as they are.
- `finish()`, at the end of the stream (before `[DONE]`), returns one chunk per choice still
  holding text (a stream cut short of its finish_reason), shaped like the last chunk seen.
Chunks passed in are never mutated; a chunk with choices comes back as a new container.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from typing import Any

from appliance.pii.vault import restore_text
from appliance.pii.walk import map_response

_SHAPE = re.compile(r"<[^<>]*>")
_TEMPLATE = ("id", "object", "created", "model", "system_fingerprint")
# a delta's text fields, each a channel of its own: the answer, and a reasoning model's
# thinking (vLLM's `reasoning_content`)
DELTA_TEXTS = ("content", "reasoning_content")


def json_escaped(mapping: Mapping[str, str]) -> dict[str, str]:
    """placeholder -> value written as the inside of a JSON string (no quotes around it)."""
    return {p: json.dumps(v, ensure_ascii=False)[1:-1] for p, v in mapping.items()}


def restore_answer(kind: str, payload: Mapping[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """A whole (non-streaming) answer with `mapping`'s placeholders replaced: as they are in
    texts, JSON-escaped in tool-call arguments. `kind` as in `walk`."""
    escaped = json_escaped(mapping)
    return map_response(kind, payload, lambda t: restore_text(t, mapping),
                        lambda t: restore_text(t, escaped))


class StreamRestorer:
    def __init__(self, mapping: Mapping[str, str]):
        """`mapping`: placeholder -> value; every placeholder has the shape `<...>`."""
        for placeholder in mapping:
            if not _SHAPE.fullmatch(placeholder):
                raise ValueError(f"not a placeholder: {placeholder!r}")
        self._mapping = dict(mapping)
        self._prefixes = frozenset(p[:i] for p in mapping for i in range(1, len(p)))
        self.longest = max(map(len, mapping), default=0)
        self._held = ""

    @property
    def held(self) -> str:
        """The text held back: a proper prefix of some placeholder, or empty."""
        return self._held

    def feed(self, text: str) -> str:
        """The restored text that can be emitted now; holds back a possible placeholder start."""
        buf = self._held + text
        cut = buf.rfind("<")
        if cut >= 0 and buf[cut:] in self._prefixes:
            self._held, buf = buf[cut:], buf[:cut]
        else:
            self._held = ""
        return restore_text(buf, self._mapping)

    def flush(self) -> str:
        """The text held back (never a whole placeholder), at the end of the channel."""
        buf, self._held = self._held, ""
        return restore_text(buf, self._mapping)


class ChunkRestorer:
    def __init__(self, mapping: Mapping[str, str]):
        self._proto = StreamRestorer(mapping)  # text channels share its mapping and prefixes
        self._json_proto = StreamRestorer(json_escaped(mapping))  # tool-call arguments
        self._channels: dict[tuple[Any, ...], StreamRestorer] = {}
        self._shape: dict[Any, str] = {}  # choice index -> "delta" or "text"
        self._template: dict[str, Any] = {"object": "chat.completion.chunk"}
        self._fed = False  # whether the chunk being processed had text

    def process(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        """The chunks to send now for one chunk from the engine (none, or one)."""
        choices = chunk.get("choices") if isinstance(chunk, dict) else None
        if not isinstance(choices, list) or not choices:
            return [chunk]
        self._template = {k: chunk[k] for k in _TEMPLATE if k in chunk}
        self._fed = False
        new_choices = [self._choice(c, pos) for pos, c in enumerate(choices)]
        if self._fed and not _carries(new_choices) and not _carries(chunk.get("usage")):
            return []
        return [{**chunk, "choices": new_choices}]

    def finish(self) -> list[dict[str, Any]]:
        """Chunks with the text every channel still holds, for the end of the stream."""
        out = []
        for i in dict.fromkeys(key[0] for key in self._channels):
            if self._shape.get(i) == "text":
                choice = {"index": i, "text": self._flush(i, "text"), "logprobs": None,
                          "finish_reason": None}
            else:
                delta: dict[str, Any] = {}
                self._flush_into(i, delta)
                choice = {"index": i, "delta": delta, "finish_reason": None}
            if _carries([choice]):
                out.append({**self._template, "choices": [choice]})
        self._channels.clear()
        return out

    def _feed(self, key: tuple[Any, ...], text: str) -> str:
        restorer = self._channels.get(key)
        if restorer is None:
            proto = self._json_proto if key[1] in ("tool", "function_call") else self._proto
            restorer = self._channels[key] = copy.copy(proto)
        self._fed = self._fed or text != ""
        return restorer.feed(text)

    def _flush(self, *key: Any) -> str:
        restorer = self._channels.pop(key, None)
        return restorer.flush() if restorer is not None else ""

    def _choice(self, choice: Any, pos: int) -> Any:
        if not isinstance(choice, dict):
            return choice
        i = choice.get("index", pos)
        new = dict(choice)
        finishing = choice.get("finish_reason") is not None
        delta = choice.get("delta")
        if isinstance(delta, dict):
            self._shape[i] = "delta"
            delta = new["delta"] = dict(delta)
            for name in DELTA_TEXTS:
                if isinstance(delta.get(name), str):
                    delta[name] = self._feed((i, name), delta[name])
            calls = delta.get("tool_calls")
            if isinstance(calls, list):
                delta["tool_calls"] = [self._call(i, j, c) for j, c in enumerate(calls)]
            call = delta.get("function_call")
            if isinstance(call, dict) and isinstance(call.get("arguments"), str):
                args = self._feed((i, "function_call"), call["arguments"])
                delta["function_call"] = {**call, "arguments": args}
            if finishing:
                self._flush_into(i, delta)
        elif isinstance(choice.get("text"), str):
            self._shape[i] = "text"
            new["text"] = self._feed((i, "text"), choice["text"])
            if finishing:
                new["text"] += self._flush(i, "text")
        elif finishing and any(k[0] == i for k in self._channels):  # a finish without delta
            if self._shape.get(i) == "text":
                new["text"] = self._flush(i, "text")
            else:
                new["delta"] = {}
                self._flush_into(i, new["delta"])
        return new

    def _call(self, i: Any, pos: int, call: Any) -> Any:
        if not isinstance(call, dict) or not isinstance(call.get("function"), dict):
            return call
        function = call["function"]
        if not isinstance(function.get("arguments"), str):
            return call
        args = self._feed((i, "tool", call.get("index", pos)), function["arguments"])
        return {**call, "function": {**function, "arguments": args}}

    def _flush_into(self, i: Any, delta: dict[str, Any]) -> None:
        """Append what choice `i`'s channels hold to `delta` (a copy owned by this class)."""
        for key in [k for k in self._channels if k[0] == i]:
            rest = self._flush(*key)
            if not rest:
                continue
            if key[1] in DELTA_TEXTS:
                delta[key[1]] = (delta.get(key[1]) or "") + rest
            elif key[1] == "function_call":
                call = dict(delta.get("function_call") or {})
                call["arguments"] = (call.get("arguments") or "") + rest
                delta["function_call"] = call
            elif key[1] == "tool":
                delta["tool_calls"] = _append_arguments(delta.get("tool_calls"), key[2], rest)


def _append_arguments(calls: Any, index: Any, rest: str) -> list[Any]:
    calls = list(calls) if isinstance(calls, list) else []
    for pos, call in enumerate(calls):
        if isinstance(call, dict) and call.get("index", pos) == index:
            function = call.get("function") if isinstance(call.get("function"), dict) else {}
            args = (function.get("arguments") or "") + rest
            calls[pos] = {**call, "function": {**function, "arguments": args}}
            return calls
    calls.append({"index": index, "function": {"arguments": rest}})
    return calls


def _carries(value: Any) -> bool:
    """Whether a restored value holds anything for the client besides indexes."""
    if isinstance(value, dict):
        return any(_carries(v) for k, v in value.items() if k != "index")
    if isinstance(value, list):
        return any(_carries(v) for v in value)
    return value is not None and value != ""
