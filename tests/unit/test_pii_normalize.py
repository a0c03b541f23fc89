"""Encodings used to slip values past a filter are undone before analysis, and the findings
map back to the original text, which is what is masked."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.config import parse_config
from appliance.pii.normalize import Normalized
from appliance.pii.vault import Span

pytest.importorskip("presidio_analyzer")

from appliance.proxy.pii_guard import PiiGuard  # noqa: E402

DISGUISED = [
    ("full-width digits", "card ４１１１ １１１１ １１１１ １１１１ ok", "４１１１ １１１１ １１１１ １１１１"),
    ("Arabic-Indic digits", "card ٤١١١ ١١١١ ١١١١ ١١١١ ok", "٤١١١ ١١١١ ١١١١ ١١١١"),
    ("full-width e-mail", "mail ａｎｎ＠ｅｘａｍｐｌｅ．ｏｒｇ ok", "ａｎｎ＠ｅｘａｍｐｌｅ．ｏｒｇ"),
    ("Cyrillic look-alikes", "mail аnn@ехаmple.org ok", "аnn@ехаmple.org"),
    ("underscores in a number", "card 4111_1111_1111_1111 ok", "4111_1111_1111_1111"),
    ("zero-width spaces", "card 4111\u200b1111\u200b1111\u200b1111 ok", "4111\u200b1111\u200b1111\u200b1111"),
    ("no-break spaces and dashes", "ssn 078\u201105\u20111120, card 4111\u00a01111\u00a01111\u00a01111",
     "4111\u00a01111\u00a01111\u00a01111"),
    ("percent-encoding", "GET /?to=ann%40example.org ok", "ann%40example.org"),
]


@pytest.fixture(scope="module")
def guard():  # type: ignore[no-untyped-def]
    loop = asyncio.new_event_loop()
    guard = PiiGuard(parse_config({"pii": {"enabled": True, "mode": "bookend",
                                           "nlp": "patterns"}}))
    loop.run_until_complete(guard.start())
    yield loop, guard
    loop.run_until_complete(guard.close())
    loop.close()


@pytest.mark.parametrize(("how", "text", "value"), DISGUISED, ids=[d[0] for d in DISGUISED])
def test_disguised_values_are_found_and_the_original_is_masked(
    guard, how: str, text: str, value: str,  # type: ignore[no-untyped-def]
) -> None:
    loop, pii = guard
    body = {"model": "m", "messages": [{"role": "user", "content": text}]}
    masked = loop.run_until_complete(pii.mask("/v1/chat/completions", body))
    assert masked is not None
    sent = masked.body["messages"][0]["content"]
    assert value not in sent, (how, sent)
    assert any(value in v for v in masked.mapping.values()), (how, masked.mapping)  # as written


def test_plain_ascii_is_read_as_it_is() -> None:
    n = Normalized("write to ann@example.org, v1.2.3, 10.0.0.1, 12/05/2024")
    assert n.text == n.original
    assert n.spans_back([Span(9, 24, "EMAIL_ADDRESS", 1.0)]) == [Span(9, 24, "EMAIL_ADDRESS", 1.0)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 _%40C3A9\u200b４а\u00a0‐.@")), max_size=40),
       st.data())
def test_any_span_maps_back_inside_the_original(text: str, data: st.DataObject) -> None:
    n = Normalized(text)
    if not n.text:
        return
    start = data.draw(st.integers(0, len(n.text) - 1))
    end = data.draw(st.integers(start + 1, len(n.text)))
    (back,) = n.spans_back([Span(start, end, "X", 1.0)])
    assert 0 <= back.start < back.end <= len(text)
    assert Normalized(text[back.start:back.end]).text.strip() != "" or n.text[start:end].strip() == ""
