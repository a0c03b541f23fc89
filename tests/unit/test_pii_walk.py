"""Which request and response fields are masked: every listed text, nothing else, input
never mutated."""

from __future__ import annotations

import copy
import json

import pytest

from appliance.pii.walk import map_response, map_texts, texts_of


def tag(text: str) -> str:
    return f"[{text}]"


IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}, "text": "alt"}
TOOLS = [{"type": "function", "function": {"name": "lookup", "description": "find Ann",
                                           "parameters": {"type": "object"}}}]

CHAT = {
    "model": "m",
    "temperature": 0.2,
    "tools": TOOLS,
    "response_format": {"type": "json_object"},
    "messages": [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": [{"type": "text", "text": "look"}, IMAGE,
                                     {"type": "text", "text": "here"}]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "lookup", "arguments": '{"who": "Ann", "n": 2, "tags": ["x"]}'}},
            {"id": "c2", "type": "function",
             "function": {"name": "lookup", "arguments": "not json"}},
        ]},
        {"role": "tool", "tool_call_id": "c1", "content": "result"},
        {"role": "assistant", "content": "ok",
         "function_call": {"name": "legacy", "arguments": '{"q": "Bo"}'}},
    ],
}

CHAT_MAPPED = {
    "model": "m",
    "temperature": 0.2,
    "tools": TOOLS,
    "response_format": {"type": "json_object"},
    "messages": [
        {"role": "system", "content": "[sys]"},
        {"role": "user", "content": [{"type": "text", "text": "[look]"}, IMAGE,
                                     {"type": "text", "text": "[here]"}]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "lookup",
                          "arguments": '{"who": "[Ann]", "n": 2, "tags": ["[x]"]}'}},
            {"id": "c2", "type": "function",
             "function": {"name": "lookup", "arguments": "[not json]"}},
        ]},
        {"role": "tool", "tool_call_id": "c1", "content": "[result]"},
        {"role": "assistant", "content": "[ok]",
         "function_call": {"name": "legacy", "arguments": '{"q": "[Bo]"}'}},
    ],
}


def test_chat_every_text_field_and_nothing_else() -> None:
    original = copy.deepcopy(CHAT)
    assert map_texts("chat", CHAT, tag) == CHAT_MAPPED
    assert CHAT == original  # not mutated


def test_chat_texts_in_fixed_order() -> None:
    assert texts_of("chat", CHAT) == [
        "sys", "look", "here", "Ann", "x", "not json", "result", "ok", "Bo",
    ]


def test_json_arguments_untouched_when_nothing_changes() -> None:
    body = {"messages": [{"role": "assistant", "tool_calls": [
        {"function": {"name": "f", "arguments": '{ "a":"b" }'}}]}]}
    assert map_texts("chat", body, lambda s: s) == body


def test_json_arguments_keep_non_ascii_and_keys() -> None:
    body = {"messages": [{"role": "assistant", "tool_calls": [
        {"function": {"name": "f", "arguments": '{"name": "Zoë", "Zoë": 1}'}}]}]}
    new = map_texts("chat", body, tag)
    args = new["messages"][0]["tool_calls"][0]["function"]["arguments"]
    assert json.loads(args) == {"name": "[Zoë]", "Zoë": 1}
    assert "Zoë" in args


def test_json_string_arguments() -> None:
    body = {"messages": [{"role": "assistant", "tool_calls": [
        {"function": {"arguments": '"Ann"'}}]}]}
    assert texts_of("chat", body) == ["Ann"]


@pytest.mark.parametrize(
    ("kind", "field", "value", "mapped"),
    [
        ("completions", "prompt", "hi", "[hi]"),
        ("completions", "prompt", ["a", "b"], ["[a]", "[b]"]),
        ("completions", "prompt", [1, 2, 3], [1, 2, 3]),
        ("embeddings", "input", "hi", "[hi]"),
        ("embeddings", "input", ["a", "b"], ["[a]", "[b]"]),
        ("embeddings", "input", [1, 2], [1, 2]),
        ("embeddings", "input", [[1, 2], [3]], [[1, 2], [3]]),
    ],
)
def test_prompt_and_input(kind: str, field: str, value: object, mapped: object) -> None:
    body = {"model": "m", "max_tokens": 5, "suffix": "keep", field: value}
    original = copy.deepcopy(body)
    assert map_texts(kind, body, tag) == {"model": "m", "max_tokens": 5, "suffix": "keep",
                                          field: mapped}
    assert body == original


def test_texts_of_prompt_and_input() -> None:
    assert texts_of("completions", {"prompt": ["a", "b"]}) == ["a", "b"]
    assert texts_of("embeddings", {"input": [[1, 2]]}) == []


def test_malformed_bodies_are_left_for_the_engine_to_reject() -> None:
    body = {"messages": "nope"}
    assert map_texts("chat", body, tag) == body
    body2 = {"messages": [None, {"role": "user", "content": 3}]}
    assert map_texts("chat", body2, tag) == body2


def test_unknown_kind() -> None:
    with pytest.raises(ValueError):
        map_texts("images", {}, tag)
    with pytest.raises(ValueError):
        map_response("images", {}, tag, tag)


def test_chat_response() -> None:
    payload = {
        "id": "x", "object": "chat.completion", "usage": {"prompt_tokens": 1},
        "choices": [
            {"index": 0, "finish_reason": "tool_calls", "message": {
                "role": "assistant", "content": "hi",
                "tool_calls": [{"id": "t", "type": "function",
                                "function": {"name": "f", "arguments": '{"a": "b"}'}}]}},
            {"index": 1, "finish_reason": "stop",
             "message": {"role": "assistant", "content": None,
                         "function_call": {"name": "g", "arguments": "raw"}}},
        ],
    }
    original = copy.deepcopy(payload)
    expected = copy.deepcopy(payload)
    expected["choices"][0]["message"]["content"] = "[hi]"
    expected["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] = '({"a": "b"})'
    expected["choices"][1]["message"]["function_call"]["arguments"] = "(raw)"
    assert map_response("chat", payload, tag, lambda t: f"({t})") == expected
    assert payload == original


def test_completions_and_embeddings_responses() -> None:
    payload = {"object": "text_completion", "choices": [{"index": 0, "text": "a", "logprobs": None}]}
    assert map_response("completions", payload, tag, tag) == {
        "object": "text_completion", "choices": [{"index": 0, "text": "[a]", "logprobs": None}]}
    emb = {"object": "list", "data": [{"embedding": [0.1]}]}
    assert map_response("embeddings", emb, tag, tag) == emb
