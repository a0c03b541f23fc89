"""Stream restore: any split of an answer restores to exactly what restoring the whole gives,
holding back no more than a placeholder's start; chunk channels flush before finish_reason;
values put into tool-call arguments are JSON-escaped, whole or streamed."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.pii.restore import ChunkRestorer, StreamRestorer, json_escaped, restore_answer
from appliance.pii.vault import restore_text

MAPPING = {"<PERSON_1>": "Ann", "<EMAIL_ADDRESS_1>": "a@x.io"}


def reference(text: str, mapping: dict[str, str]) -> str:
    """Restore by scanning left to right, independent of the code under test."""
    out, i = [], 0
    while i < len(text):
        for placeholder, value in mapping.items():
            if text.startswith(placeholder, i):
                out.append(value)
                i += len(placeholder)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in zip(points, points[1:], strict=False) if b > a]


placeholders = st.builds(
    "<{}_{}>".format, st.sampled_from(["PERSON", "EMAIL_ADDRESS", "P"]), st.integers(1, 12)
)
mappings = st.dictionaries(placeholders, st.text(alphabet="ab<>_PERSON1 ", max_size=8), max_size=6)
DECOYS = ["<PERSON_", "<PERSON_99>", "<", ">", "<PERSON_1", "<<", "<EMAIL", "<P_1", "<p_1>",
          "PERSON_1>", "<PERSON_1 >", "<PERSON_0>"]


@st.composite
def answers(draw: st.DrawFn, mapping: dict[str, str]) -> str:
    own = st.sampled_from(sorted(mapping)) if mapping else st.nothing()
    piece = st.one_of(own, st.sampled_from(DECOYS), st.text(alphabet="ab <>_P1", max_size=5))
    return "".join(draw(st.lists(piece, max_size=12)))


# -- StreamRestorer --------------------------------------------------------------------


def test_holds_back_only_a_possible_placeholder_start() -> None:
    r = StreamRestorer(MAPPING)
    assert r.feed("Hello <PER") == "Hello "
    assert r.held == "<PER"
    assert r.feed("SON_1> there <") == "Ann there "
    assert r.feed("x and <E") == "<x and "
    assert r.feed("MAIL_ADDRESS_2> ok") == "<EMAIL_ADDRESS_2> ok"  # not ours: passes as is
    assert r.held == ""
    assert r.flush() == ""


def test_text_without_a_placeholder_start_is_never_held() -> None:
    r = StreamRestorer(MAPPING)
    assert r.feed("a < b > c") == "a < b > c"
    assert r.feed("<PERSON_1>") == "Ann"
    assert r.feed("<PERSON_") == ""
    assert r.flush() == "<PERSON_"


def test_empty_mapping_passes_everything() -> None:
    r = StreamRestorer({})
    assert r.feed("<PERSON_1> <") == "<PERSON_1> <"


def test_no_chained_expansion_in_streams() -> None:
    r = StreamRestorer({"<PERSON_1>": "<EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_1>": "e"})
    assert r.feed("<PERS") + r.feed("ON_1>") + r.flush() == "<EMAIL_ADDRESS_1>"


def test_rejects_keys_that_are_not_placeholders() -> None:
    with pytest.raises(ValueError):
        StreamRestorer({"Ann": "x"})


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_split_restores_like_the_whole(data: st.DataObject) -> None:
    mapping = data.draw(mappings)
    text = data.draw(answers(mapping))
    pieces = split(text, data.draw(st.lists(st.integers(0, 200), max_size=20)))
    expected = reference(text, mapping)
    assert restore_text(text, mapping) == expected
    r = StreamRestorer(mapping)
    out = ""
    for piece in pieces:
        out += r.feed(piece)
        assert len(r.held) < max(r.longest, 1)
        assert expected.startswith(out)
    assert out + r.flush() == expected


# -- ChunkRestorer ---------------------------------------------------------------------


def chunk(delta: dict | None = None, finish: str | None = None, index: int = 0) -> dict:
    return {"id": "cmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": index, "delta": delta or {}, "logprobs": None,
                         "finish_reason": finish}]}


def test_finish_reason_chunk_carries_the_held_text() -> None:
    c = ChunkRestorer(MAPPING)
    assert c.process(chunk({"role": "assistant", "content": ""})) == [
        chunk({"role": "assistant", "content": ""})]
    assert c.process(chunk({"content": "Hi <PERS"})) == [chunk({"content": "Hi "})]
    assert c.process(chunk({"content": "ON_"})) == []  # all held, nothing else to carry
    assert c.process(chunk({}, "stop")) == [chunk({"content": "<PERSON_"}, "stop")]
    assert c.finish() == []


def test_chunks_that_arrive_empty_pass_as_they_are() -> None:
    c = ChunkRestorer(MAPPING)
    assert c.process(chunk({"content": ""})) == [chunk({"content": ""})]
    assert c.process(chunk({})) == [chunk({})]


def test_emptied_chunk_with_other_fields_is_sent() -> None:
    c = ChunkRestorer(MAPPING)
    assert c.process(chunk({"role": "assistant", "content": "<PER"})) == [
        chunk({"role": "assistant", "content": ""})]
    assert c.process(chunk({"content": "SON_1>!"})) == [chunk({"content": "Ann!"})]


def test_tool_call_arguments_are_restored_and_flushed_into_the_finish_chunk() -> None:
    c = ChunkRestorer(MAPPING)
    first = {"tool_calls": [{"index": 0, "id": "t", "type": "function",
                             "function": {"name": "f", "arguments": '{"a": "<PERS'}}]}
    out = c.process(chunk(first))
    assert out[0]["choices"][0]["delta"]["tool_calls"][0] == {
        "index": 0, "id": "t", "type": "function", "function": {"name": "f", "arguments": '{"a": "'}}
    more = {"tool_calls": [{"index": 0, "function": {"arguments": 'ON_1>", "b": "<EMAIL_'}}]}
    assert c.process(chunk(more)) == [
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'Ann", "b": "'}}]})]
    assert c.process(chunk({}, "tool_calls")) == [
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": "<EMAIL_"}}]}, "tool_calls")]


def test_usage_chunk_passes_untouched_and_input_is_not_mutated() -> None:
    c = ChunkRestorer(MAPPING)
    usage = {"id": "cmpl-1", "choices": [], "usage": {"prompt_tokens": 3}}
    assert c.process(usage)[0] is usage
    sent = chunk({"content": "<PERSON_1>"})
    before = copy.deepcopy(sent)
    c.process(sent)
    assert sent == before


def test_finish_flushes_a_stream_cut_short() -> None:
    c = ChunkRestorer(MAPPING)
    c.process(chunk({"content": "a <PERSON_"}, index=1))
    assert c.finish() == [{"id": "cmpl-1", "object": "chat.completion.chunk", "created": 1,
                           "model": "m", "choices": [{"index": 1, "delta": {"content": "<PERSON_"},
                                                      "finish_reason": None}]}]
    assert c.finish() == []


def test_text_completion_chunks() -> None:
    c = ChunkRestorer(MAPPING)

    def tc(text: str, finish: str | None = None) -> dict:
        return {"object": "text_completion", "choices": [
            {"index": 0, "text": text, "logprobs": None, "finish_reason": finish}]}

    assert c.process(tc("x <EMAIL_ADD")) == [tc("x ")]
    assert c.process(tc("RESS_1> <P", "length")) == [tc("a@x.io <P", "length")]


def choice_events(i: int, content: list[str], calls: list[list[str]], last_in_finish: bool) -> list:
    events = [chunk({"role": "assistant", "content": ""}, index=i)]
    events += [chunk({"content": p}, index=i) for p in content]
    for j, pieces in enumerate(calls):
        pieces = pieces or [""]
        events.append(chunk({"tool_calls": [{"index": j, "id": f"call{i}{j}", "type": "function",
                                             "function": {"name": "f", "arguments": pieces[0]}}]},
                            index=i))
        events += [chunk({"tool_calls": [{"index": j, "function": {"arguments": p}}]}, index=i)
                   for p in pieces[1:]]
    finish = "tool_calls" if calls else "stop"
    if last_in_finish and len(events) > 1:
        events[-1]["choices"][0]["finish_reason"] = finish
    else:
        events.append(chunk({}, finish, index=i))
    return events


def channel_texts(c: dict) -> dict[tuple, str]:
    out: dict[tuple, str] = {}
    for choice in c["choices"]:
        i, delta = choice["index"], choice["delta"]
        if delta.get("content"):
            out[(i, "content")] = delta["content"]
        for call in delta.get("tool_calls") or []:
            if call["function"].get("arguments"):
                out[(i, call["index"])] = call["function"]["arguments"]
    return out


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_chunked_answers_restore_per_channel_and_end_at_finish_reason(data: st.DataObject) -> None:
    mapping = data.draw(mappings)
    cuts = st.lists(st.integers(0, 200), max_size=12)
    expected: dict[tuple, str] = {}
    per_choice = []
    for i in range(data.draw(st.integers(1, 2))):
        content = data.draw(answers(mapping))
        expected[(i, "content")] = reference(content, mapping)
        calls = []
        for j in range(data.draw(st.integers(0, 2))):
            args = '{"q": "' + data.draw(answers(mapping)) + '"}'
            expected[(i, j)] = reference(args, json_escaped(mapping))
            calls.append(split(args, data.draw(cuts)))
        per_choice.append(choice_events(i, split(content, data.draw(cuts)), calls,
                                        data.draw(st.booleans())))
    stream = []
    while any(per_choice):
        i = data.draw(st.sampled_from([k for k, events in enumerate(per_choice) if events]))
        stream.append(per_choice[i].pop(0))
    usage = {"id": "cmpl-1", "object": "chat.completion.chunk", "choices": [], "usage": {}}
    stream.append(usage)

    c = ChunkRestorer(mapping)
    sent = [out for event in stream for out in c.process(event)]
    assert sent[-1] is usage
    assert c.finish() == []  # every choice finished: nothing left
    got = {key: "" for key in expected}
    finished: set[int] = set()
    for out in sent:
        for key, text in channel_texts(out).items():
            assert key[0] not in finished, "text after its choice's finish_reason"
            got[key] += text
        finished |= {ch["index"] for ch in out["choices"] if ch["finish_reason"] is not None}
    assert got == {key: text for key, text in expected.items()}
    ids = [call["id"] for out in sent for ch in out["choices"]
           for call in ch["delta"].get("tool_calls") or [] if "id" in call]
    assert sorted(ids) == sorted(f"call{i}{j}" for i, j in expected if j != "content")


# -- values restored into tool-call arguments (JSON) -------------------------------------------

# What breaks JSON when put into a string unescaped, among ordinary text.
HOSTILE = ['"', "\\", "\n", "\r", "\t", "\x00", "\x1f", "\x7f", "\u2028", "é", "😀", '\\"',
           '", "injected": "x', "<", ">", "}"]
hostile_values = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.characters(codec="utf-8")), min_size=1, max_size=8,
).map("".join)


@st.composite
def tool_arguments(draw: st.DrawFn) -> tuple[dict[str, str], Any, Any]:
    """(placeholder -> value, the arguments as the model wrote them, the same with the values
    in): strings inside nested JSON, each a mix of placeholders and plain text."""
    values = draw(st.lists(hostile_values, min_size=1, max_size=4, unique=True))
    mapping = {f"<PERSON_{n}>": v for n, v in enumerate(values, 1)}
    part = st.one_of(st.sampled_from(sorted(mapping)), st.text(alphabet="ab <>_P1", max_size=4))
    strings = st.lists(st.tuples(part, part), max_size=3).map(lambda ps: [a + b for a, b in ps])

    def both(pairs: list[str]) -> tuple[list[str], list[str]]:
        return pairs, [restore_text(p, mapping) for p in pairs]

    masked, restored = both(draw(strings))
    key = draw(st.sampled_from(["to", "body", "cc"]))
    return mapping, {key: masked, "n": 1}, {key: restored, "n": 1}


def whole_answer(arguments: str) -> dict:
    return {"id": "c", "object": "chat.completion", "choices": [{
        "index": 0, "finish_reason": "tool_calls",
        "message": {"role": "assistant", "content": None, "function_call": {
            "name": "g", "arguments": arguments}, "tool_calls": [{
                "id": "t", "type": "function", "function": {"name": "f", "arguments": arguments}}]},
    }]}


@settings(max_examples=200, deadline=None)
@given(tool_arguments(), st.booleans(), st.lists(st.integers(0, 400), max_size=12))
def test_values_restored_into_tool_call_arguments_keep_them_valid_json(
    case: tuple[dict[str, str], Any, Any], ascii_only: bool, cuts: list[int],
) -> None:
    """Whatever a value holds (quotes, backslashes, newlines, control characters), the
    restored arguments parse as JSON and equal the model's arguments with the values put in:
    in a whole answer, and streamed in fragments cut anywhere, placeholders included."""
    mapping, masked, expected = case
    arguments = json.dumps(masked, ensure_ascii=ascii_only)

    message = restore_answer("chat", whole_answer(arguments), mapping)["choices"][0]["message"]
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == expected
    assert json.loads(message["function_call"]["arguments"]) == expected

    fragments = split(arguments, cuts) or [""]
    events = [chunk({"role": "assistant", "tool_calls": [{
        "index": 0, "id": "t", "type": "function",
        "function": {"name": "f", "arguments": fragments[0]}}]})]
    events += [chunk({"tool_calls": [{"index": 0, "function": {"arguments": f}}]})
               for f in fragments[1:]]
    events += [chunk({"function_call": {"arguments": f}}) for f in fragments]
    events.append(chunk({}, "tool_calls"))
    c = ChunkRestorer(mapping)
    sent = [out for event in events for out in c.process(event)] + c.finish()
    deltas = [out["choices"][0]["delta"] for out in sent]
    streamed = "".join(call["function"].get("arguments") or ""
                       for d in deltas for call in d.get("tool_calls") or [])
    legacy = "".join((d.get("function_call") or {}).get("arguments") or "" for d in deltas)
    assert json.loads(streamed) == expected
    assert json.loads(legacy) == expected


def test_a_quote_in_a_value_cannot_inject_a_key() -> None:
    mapping = {"<PERSON_1>": 'Ann", "admin": "true'}
    answer = restore_answer("chat", whole_answer('{"name": "<PERSON_1>"}'), mapping)
    arguments = answer["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    assert json.loads(arguments) == {"name": 'Ann", "admin": "true'}
    # content is text, not JSON: the value goes in as it is
    text = restore_answer("chat", {"choices": [{"message": {"content": "<PERSON_1>"}}]}, mapping)
    assert text["choices"][0]["message"]["content"] == mapping["<PERSON_1>"]
