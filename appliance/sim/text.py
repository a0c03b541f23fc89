"""Pure helpers of the simulated engine: tokens, lorem ipsum, embeddings.

A "token" here is a whitespace-delimited word together with the whitespace before it, so
that the pieces of a text joined give back exactly the text (whitespace after the last word
rides on the last piece). Counting tokens this way needs no tokenizer, is deterministic,
and lets a streaming test compare the joined deltas with the non-streamed answer byte for
byte. Text that is only whitespace is one token; the empty text is none.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
import struct
from collections.abc import Iterable

_PIECE = re.compile(r"\s*\S+")

LOREM = (
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud "
    "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat"
).split()


def split_tokens(text: str) -> list[str]:
    """'Hello  big world\\n' -> ['Hello', '  big', ' world\\n']."""
    pieces = _PIECE.findall(text)
    if not pieces:
        return [text] if text else []
    rest = len(text) - sum(len(p) for p in pieces)
    if rest:
        pieces[-1] += text[-rest:]
    return pieces


def count_tokens(text: str) -> int:
    return len(split_tokens(text))


def lorem(n: int) -> str:
    """The first n words of an endless lorem ipsum, the same on every call."""
    return " ".join(LOREM[i % len(LOREM)] for i in range(n))


def embedding(text: str, dim: int) -> list[float]:
    """A unit-length vector of `dim` floats derived from a hash of `text`: the same text
    always gives the same vector, different texts (almost surely) different ones."""
    raw = hashlib.shake_256(text.encode("utf-8")).digest(4 * dim)
    values = [v / 2**31 - 1.0 for v in struct.unpack(f"<{dim}I", raw)]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


def to_base64(vector: Iterable[float]) -> str:
    """What the OpenAI API returns for encoding_format="base64": little-endian float32."""
    values = list(vector)
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode("ascii")


def from_base64(data: str) -> list[float]:
    raw = base64.b64decode(data)
    return list(struct.unpack(f"<{len(raw) // 4}f", raw))


def message_text(content: object) -> str:
    """The text of a chat message's content: a string, or a list of parts whose `text`
    parts are joined with newlines (as vLLM joins them); other parts (images) are skipped.
    None (an assistant message with only tool calls) is the empty text."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if not isinstance(part, dict):
                raise ValueError("content parts must be objects")
            if part.get("type") == "text":
                if not isinstance(part.get("text"), str):
                    raise ValueError("a text part needs a string `text`")
                texts.append(part["text"])
        return "\n".join(texts)
    raise ValueError("content must be a string or a list of parts")
