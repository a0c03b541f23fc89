"""Property: wherever a client puts personal data in a request, in any string field at any
depth (fields the OpenAI schema names, keys the proxy has never seen, tool definitions,
schemas, tool-call arguments, as a number in the arguments), the body forwarded to the
engine holds none of it. Real analyzers (patterns), one pool for every example."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appliance.config import parse_config
from appliance.pii.walk import STRUCTURAL_KEYS

pytest.importorskip("presidio_analyzer")

from appliance.proxy.pii_guard import PiiGuard  # noqa: E402

VALUES = ("ann.lee@example.org", "4111 1111 1111 1111", "5500005555555559",
          "GB82WEST12345698765432", "bob_k@mail.example.net")
NUMBER_VALUES = (4111111111111111, 5500005555555559)
# keys a caller may use, known or not; structural keys are the documented exception
KEYS = st.sampled_from(["content", "text", "description", "note", "params", "x-extra",
                        "metadata", "user", "stop", "title", "detail", "argumentz", "query"])
FILLER = st.sampled_from(["", "hello", "see", "ok then", "the file"])


@pytest.fixture(scope="module")
def guard() -> Iterator[tuple[asyncio.AbstractEventLoop, PiiGuard]]:
    loop = asyncio.new_event_loop()
    config = parse_config({"pii": {"enabled": True, "mode": "bookend", "nlp": "patterns"}})
    guard = PiiGuard(config)
    loop.run_until_complete(guard.start())
    yield loop, guard
    loop.run_until_complete(guard.close())
    loop.close()


@st.composite
def placed(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    """A request body with values planted in string fields at random places."""
    planted: list[str] = []

    def text() -> str:
        if draw(st.booleans()):
            value = draw(st.sampled_from(VALUES))
            planted.append(value)
            return f"{draw(FILLER)} {value} {draw(FILLER)}".strip()
        return draw(FILLER) or "plain"

    def tree(depth: int) -> Any:
        shape = draw(st.sampled_from(["str", "dict", "list", "args"] if depth < 3 else ["str"]))
        if shape == "str":
            return text()
        if shape == "list":
            return [tree(depth + 1) for _ in range(draw(st.integers(1, 3)))]
        if shape == "args":  # tool-call arguments: JSON in a string, numbers inside too
            inner: dict[str, Any] = {draw(KEYS): text()}
            if draw(st.booleans()):
                number = draw(st.sampled_from(NUMBER_VALUES))
                planted.append(str(number))
                inner["num"] = number
            return {"name": "f", "arguments": json.dumps(inner)}
        # distinct keys: a repeated one would drop a planted value from the body
        return {f"{draw(KEYS)}{n}": tree(depth + 1) for n in range(draw(st.integers(1, 3)))}

    body: dict[str, Any] = {"model": "m", "messages": [
        {"role": "user", "content": text()},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": tree(0) if draw(st.booleans())
             else {"name": "lookup", "arguments": json.dumps({"q": text()})}}]},
        {"role": "tool", "tool_call_id": "c1", "content": text()},
    ], "tools": [{"type": "function", "function": {
        "name": "lookup", "description": text(),
        "parameters": {"type": "object", "properties": {"q": {"type": "string",
                                                             "description": text()}}}}}],
       "response_format": {"type": "json_schema", "json_schema": {
           "name": "out", "schema": {"type": "object", "description": text()}}}}
    for n in range(draw(st.integers(0, 3))):
        key = draw(KEYS.filter(lambda k: k not in STRUCTURAL_KEYS))
        body[f"{key}_{n}"] = tree(0)
    return body, planted


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(placed())
def test_no_value_anywhere_in_a_request_reaches_the_engine(
    guard: tuple[asyncio.AbstractEventLoop, PiiGuard], case: tuple[dict[str, Any], list[str]],
) -> None:
    loop, pii = guard
    body, planted = case
    masked = loop.run_until_complete(pii.mask("/v1/chat/completions", body))
    assert masked is not None
    sent = json.dumps(masked.body, ensure_ascii=False)
    for value in planted:
        assert value not in sent, (value, sent)
        assert value.replace(" ", "") not in sent.replace(" ", "")
    # the client's values come back exactly from the mapping
    assert sorted(set(planted)) == sorted({v for v in masked.mapping.values()
                                           if v in planted}) or not planted
