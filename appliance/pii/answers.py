"""Scanning the model's answers for personal data the client never sent, and masking it.

A model may repeat data it saw elsewhere (its training, a tool result, a document in the
context that the analyzer missed in the request). With `[pii] scan_answers` on, the answer is
analysed like a request before it goes to the client, and each value found is replaced by a
placeholder of an answer vault. That vault first reserves every placeholder the request's
vault issued, so a new value never takes a client's placeholder: in bookend mode the
client's own values are restored afterwards (`appliance.pii.restore`), from the text the
model wrote, and new ones stay masked; in mask mode nothing is restored. The scan reads the
model's own text, placeholders included, so a client's value put back is never scanned.

Whole answers (`answer_texts`, `mask_answer`): the message content, the completion text,
and tool-call arguments (the strings and numbers inside when they are valid JSON, as in
requests; `walk._json_arguments`).

Streams. Each channel (a choice's content or text, one tool call's arguments, a legacy
function_call) is a `HeldText`: text is released only after it was analysed, and only up to
the tail that could still be part of a value (`held_from`), so a value sent one character
per event is analysed whole before any of it goes out. The analysis sees the last
`CONTEXT_CHARS` released characters before the held text (context words such as "phone")
and the held tail after it. A finding that crosses the release point is held back whole; one
that starts in text already released (its start did not look like a value then) has the
rest masked. At the end of a choice (its finish_reason) or of the stream, what is held is
analysed and released whole. `AnswerScanner` does this over OpenAI stream chunks, in two
steps around the analysis (`take`, then `give`), with the same chunk rules as
`restore.ChunkRestorer` (a chunk whose text was all held is dropped unless it carries
something else; held text goes out before its choice's finish_reason).

The tail held back (`held_from`): the last word (it may still grow: an e-mail, a card number
without spaces), and the words before it as long as each could continue a value across a
space: a word that starts with a capital, a digit, `+` or `(`, or a lone `-` or `/` (names,
card and phone numbers in groups, IBANs in groups), with at most two spaces or tabs between
and none of `.,;:!?` ending the word before. Text that ends in a space holds the word before
it when that word could be continued. At most `HOLD_CHARS` characters are held; past that,
the oldest are analysed and released (a value longer than that can be cut).

Pure: the analysis is done by the caller (`take` returns the texts, `give` takes the
findings). Nothing here logs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from appliance.pii.restore import DELTA_TEXTS, ChunkRestorer
from appliance.pii.vault import Span, Vault, choose
from appliance.pii.walk import _json_arguments, map_response

HOLD_CHARS = 128  # longer than an IBAN in groups, a card, a phone number, most e-mails and names
CONTEXT_CHARS = 100  # released text shown to the analyzer before the held text

_TRAILING = re.compile(r"[ \t]*$")
_LAST_WORD = re.compile(r"\S+$")
_GAP = re.compile(r"[ \t]{1,2}$")
_ENDS = ".,;:!?"


def _joinable(word: str) -> bool:
    """Whether `word` could continue a value (or be continued) across a space."""
    first = word[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in "+("
                            or word in ("-", "/"))


def held_from(text: str) -> int:
    """Where the tail of `text` that could still be part of a value begins (see the module
    docstring); `len(text)` when nothing need be held. Reads only the last 2 × HOLD_CHARS
    characters: a word cut by that window counts as continuing (the cap decides)."""
    end = len(text)
    base = max(0, end - 2 * HOLD_CHARS)
    tail = text[base:]
    cap = end - HOLD_CHARS

    def cut(match: re.Match[str]) -> bool:  # a word that may begin before the window
        return base > 0 and match.start() == 0

    pos = _TRAILING.search(tail).start()  # type: ignore[union-attr]  # always matches
    last = _LAST_WORD.search(tail, 0, pos)
    if last is None:
        return end
    if cut(last):
        return max(cap, base)
    word = last.group()
    if pos < len(tail) and (len(tail) - pos > 2 or word[-1] in _ENDS or not _joinable(word)):
        return end  # ends in spaces after a word no value continues from
    held = last.start()
    while _joinable(word):
        gap = _GAP.search(tail, 0, held)
        before = _LAST_WORD.search(tail, 0, gap.start()) if gap is not None else None
        if before is None:
            break
        if cut(before):
            return max(cap, base)
        prev = before.group()
        if prev[-1] in _ENDS or not _joinable(prev):
            break
        held, word = before.start(), prev
    return max(base + held, cap)


class HeldText:
    """One channel of a streamed answer: what arrived, what went out."""

    def __init__(self) -> None:
        self.pending = ""  # arrived, not yet released (the model's own text)
        self.context = ""  # the last CONTEXT_CHARS released, as the model wrote them
        self._cut = 0

    def __repr__(self) -> str:
        return f"HeldText(pending={len(self.pending)})"

    def feed(self, text: str) -> None:
        self.pending += text

    def ask(self, final: bool) -> str | None:
        """The text to analyse before `release`, or None when nothing can be released."""
        self._cut = len(self.pending) if final else held_from(self.pending)
        if self._cut == 0:
            return None
        return self.context + self.pending

    def release(self, spans: Sequence[Span], vault: Vault) -> str:
        """The text released now, masked; `spans` are the findings in `ask`'s text."""
        ctx = len(self.context)
        cut = ctx + self._cut
        chosen = []
        for s in choose(spans):
            if s.end <= ctx or s.start >= cut:
                continue  # decided when it was released, or held: judged later
            if s.start < ctx:  # began in text already released: mask the rest
                s = Span(ctx, s.end, s.entity, s.score)
                cut = max(cut, s.end)
            elif s.end > cut:  # crosses the release point: hold it back whole
                cut = s.start
                continue
            chosen.append(s)
        local = [Span(s.start - ctx, s.end - ctx, s.entity, s.score) for s in chosen
                 if s.end <= cut]
        out_len = cut - ctx
        released = self.pending[:out_len]
        self.pending = self.pending[out_len:]
        self.context = (self.context + released)[-CONTEXT_CHARS:]
        return vault.mask(released, local)


def answer_vault(reserved: Iterable[str]) -> Vault:
    """A vault for one answer that never issues the request's placeholders."""
    vault = Vault()
    vault.reserve(reserved)
    return vault


def answer_texts(kind: str, payload: Mapping[str, Any]) -> list[str]:
    """The texts of a whole answer to analyse, in the order `mask_answer` reads them."""
    found: list[str] = []

    def collect(text: str) -> str:
        found.append(text)
        return text

    map_response(kind, payload, collect, lambda args: _json_arguments(args, collect))
    return found


def mask_answer(kind: str, payload: Mapping[str, Any], found: Sequence[Sequence[Span]],
                vault: Vault) -> dict[str, Any]:
    """The answer with the findings (one list per `answer_texts` text) masked."""
    spans = iter(found)

    def mask(text: str) -> str:
        return vault.mask(text, next(spans))

    return map_response(kind, payload, mask, lambda args: _json_arguments(args, mask))


_PLAIN_CHOICE = frozenset({"index", "delta", "text", "logprobs", "finish_reason"})


def _plain_text(chunk: Any) -> tuple[Any, str] | None:
    """(choice index, "content" or "text") of a chunk that carries nothing but one choice's
    text, unfinished; None for any other chunk."""
    if not isinstance(chunk, dict) or chunk.get("usage"):
        return None
    choices = chunk.get("choices")
    if not isinstance(choices, list) or len(choices) != 1 or not isinstance(choices[0], dict):
        return None
    choice = choices[0]
    if set(choice) - _PLAIN_CHOICE or choice.get("finish_reason") is not None or choice.get(
            "logprobs") is not None:
        return None
    delta = choice.get("delta")
    if isinstance(delta, dict):
        if set(delta) == {"content"} and isinstance(delta["content"], str):
            return choice.get("index", 0), "content"
        return None
    return (choice.get("index", 0), "text") if isinstance(choice.get("text"), str) else None


def merge_plain(chunks: Sequence[Any]) -> list[Any]:
    """`chunks` with each run of plain text chunks of one choice (nothing but its text, not
    finished) joined into the first of the run: what arrived together is scanned together,
    in one analysis. Inputs are not mutated."""
    out: list[Any] = []
    last: tuple[Any, str] | None = None
    for chunk in chunks:
        kind = _plain_text(chunk)
        if kind is not None and kind == last:
            prev = out[-1]
            choice = dict(prev["choices"][0])
            if kind[1] == "content":
                choice["delta"] = {"content": choice["delta"]["content"]
                                   + chunk["choices"][0]["delta"]["content"]}
            else:
                choice["text"] = choice["text"] + chunk["choices"][0]["text"]
            out[-1] = {**prev, "choices": [choice]}
            continue
        out.append(chunk)
        last = kind
    return out


def _channels_in(chunk: Any) -> tuple[list[tuple[tuple[Any, ...], str]], set[Any]]:
    """The (channel key, text) pairs a stream chunk carries, and the choices it finishes;
    keys as `ChunkRestorer` makes them."""
    fed: list[tuple[tuple[Any, ...], str]] = []
    finishing: set[Any] = set()
    choices = chunk.get("choices") if isinstance(chunk, dict) else None
    for pos, choice in enumerate(choices if isinstance(choices, list) else []):
        if not isinstance(choice, dict):
            continue
        i = choice.get("index", pos)
        if choice.get("finish_reason") is not None:
            finishing.add(i)
        delta = choice.get("delta")
        if isinstance(delta, dict):
            fed += [((i, name), delta[name]) for name in DELTA_TEXTS
                    if isinstance(delta.get(name), str)]
            calls = delta.get("tool_calls")
            for j, call in enumerate(calls if isinstance(calls, list) else []):
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    fed.append(((i, "tool", call.get("index", j)), function["arguments"]))
            call = delta.get("function_call")
            if isinstance(call, dict) and isinstance(call.get("arguments"), str):
                fed.append(((i, "function_call"), call["arguments"]))
        elif isinstance(choice.get("text"), str):
            fed.append(((i, "text"), choice["text"]))
    return fed, finishing


class AnswerScanner(ChunkRestorer):
    """Masks new personal data in a stream of chunks: `take(chunk)` gives the texts to
    analyse, `give(findings)` the chunks to send now; `ending()` and `end(findings)` the
    same at the end of the stream."""

    def __init__(self, reserved: Iterable[str] = ()):
        super().__init__({})
        self.vault = answer_vault(reserved)
        self._held: dict[tuple[Any, ...], HeldText] = {}
        self._released: dict[tuple[Any, ...], str] = {}
        self._asked: list[tuple[Any, ...]] = []
        self._chunk: Any = None

    @property
    def held_chars(self) -> int:
        return sum(len(h.pending) for h in self._held.values())

    def take(self, chunk: Any) -> list[str]:
        """Feed a chunk from the engine; the texts to analyse before `give`."""
        self._chunk = chunk
        fed, finishing = _channels_in(chunk)
        for key, text in fed:
            self._held.setdefault(key, HeldText()).feed(text)
            self._channels[key] = None  # type: ignore[assignment]  # the walker's bookkeeping
        keys = dict.fromkeys(k for k, _ in fed)
        keys.update(dict.fromkeys(k for k in self._held if k[0] in finishing))
        return self._ask(keys, lambda key: key[0] in finishing)

    def give(self, found: Sequence[Sequence[Span]]) -> list[dict[str, Any]]:
        """The chunks to send for the chunk taken, given the findings in `take`'s texts."""
        self._release(found)
        chunk, self._chunk = self._chunk, None
        if not isinstance(chunk, dict):
            return [chunk]
        return self.process(chunk)

    def ending(self) -> list[str]:
        """At the end of the stream: the texts every channel still holds, to analyse."""
        return self._ask(dict.fromkeys(self._held), lambda key: True)

    def end(self, found: Sequence[Sequence[Span]]) -> list[dict[str, Any]]:
        """Chunks with the rest of every channel, masked (before `[DONE]`)."""
        self._release(found)
        return self.finish()

    def _ask(self, keys: Iterable[tuple[Any, ...]], final: Any) -> list[str]:
        self._asked, texts = [], []
        for key in keys:
            text = self._held[key].ask(final(key))
            if text is not None:
                self._asked.append(key)
                texts.append(text)
        return texts

    def _release(self, found: Sequence[Sequence[Span]]) -> None:
        if len(found) != len(self._asked):
            raise ValueError(f"{len(found)} findings for {len(self._asked)} texts")
        self._released = {key: self._held[key].release(spans, self.vault)
                          for key, spans in zip(self._asked, found, strict=True)}
        self._asked = []

    def _feed(self, key: tuple[Any, ...], text: str) -> str:
        self._fed = self._fed or text != ""
        return self._released.pop(key, "")

    def _flush(self, *key: Any) -> str:
        self._channels.pop(key, None)
        held = self._held.pop(key, None)
        out = self._released.pop(key, "")
        if held is not None and held.pending:  # never released unscanned
            raise ValueError("a channel was flushed before its text was analysed")
        return out
