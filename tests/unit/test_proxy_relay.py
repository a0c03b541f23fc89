"""Stream relay: any split of an SSE stream into chunks reaches the client unchanged, minus
only the usage event the proxy asked for on the client's behalf."""

from __future__ import annotations

import asyncio
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.proxy.forward import Outcome, _relay
from appliance.proxy.upstream import UpstreamTooLarge


def events(n: int, with_usage: bool) -> bytes:
    out = b""
    for i in range(n):
        chunk = {"id": "c", "object": "chat.completion.chunk",
                 "choices": [{"index": 0, "delta": {"content": f" w{i}"}, "finish_reason": None}]}
        out += b"data: " + json.dumps(chunk).encode() + b"\n\n"
    if with_usage:
        usage = {"id": "c", "object": "chat.completion.chunk", "choices": [],
                 "usage": {"prompt_tokens": 7, "completion_tokens": n, "total_tokens": 7 + n}}
        out += b"data: " + json.dumps(usage).encode() + b"\n\n"
    return out + b"data: [DONE]\n\n"


class FakeUpstream:
    def __init__(self, chunks: list[bytes]):
        self.chunks = chunks

    async def iter_chunks(self):  # type: ignore[no-untyped-def]
        for c in self.chunks:
            yield c


class FakeResponse:
    def __init__(self) -> None:
        self.written: list[bytes] = []

    async def write(self, data: bytes) -> None:
        self.written.append(data)


def relay(stream: bytes, cuts: list[int], client_wants_usage: bool,
          max_event_bytes: int = 1 << 20) -> tuple[bytes, Outcome, int]:
    points = sorted({c % (len(stream) + 1) for c in cuts} | {0, len(stream)})
    chunks = [stream[a:b] for a, b in zip(points, points[1:], strict=False) if b > a]
    response, outcome = FakeResponse(), Outcome()
    asyncio.run(_relay(FakeUpstream(chunks), response, client_wants_usage, outcome, 0.0,  # type: ignore[arg-type]
                       max_event_bytes))
    return b"".join(response.written), outcome, len(response.written)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12), st.lists(st.integers(0, 10_000), max_size=30), st.booleans())
def test_any_chunking_gives_the_same_stream(n: int, cuts: list[int], client_wants_usage: bool) -> None:
    full = events(n, with_usage=True)
    got, outcome, _ = relay(full, cuts, client_wants_usage)
    expected = full if client_wants_usage else events(n, with_usage=False)
    assert got == expected
    assert (outcome.prompt_tokens, outcome.completion_tokens) == (7, n)


def test_events_are_written_as_they_complete_not_at_the_end() -> None:
    full = events(5, with_usage=False)
    per_event = [e + b"\n\n" for e in full.split(b"\n\n") if e]
    _, _, writes = relay(full, [sum(len(e) for e in per_event[:i]) for i in range(1, len(per_event))], False)
    assert writes == len(per_event)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 10_000), max_size=30))
def test_only_an_unfinished_event_counts_against_the_limit(cuts: list[int]) -> None:
    """Events of 1,000 bytes pass under a limit of 1,100 bytes, however the stream is cut
    and however long it is in all; an event longer than the limit that the proxy would
    have to hold unfinished (it arrives cut) is refused."""
    event = b"data: " + b"x" * 992 + b"\n\n"
    stream = event * 50
    assert relay(stream, cuts, True, max_event_bytes=1100)[0] == stream
    with pytest.raises(UpstreamTooLarge, match="an event of the engine's stream is larger"):
        relay(b"data: " + b"x" * 2000 + b"\n\n" + event, [*cuts, 1500], True, max_event_bytes=1100)
