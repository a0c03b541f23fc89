"""Which request and response fields are masked: every string of a request but the short
list of structural values, in a fixed order; the listed answer texts; input never mutated."""

from __future__ import annotations

import copy
import json

import pytest

from appliance.pii.walk import map_response, map_texts, texts_of


def tag(text: str) -> str:
    return f"[{text}]"


IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}, "text": "alt"}
IMAGE_MAPPED = {**IMAGE, "text": "[alt]"}
TOOLS = [{"type": "function", "function": {"name": "lookup", "description": "find Ann",
                                           "parameters": {"type": "object"}}}]
TOOLS_MAPPED = [{"type": "function", "function": {"name": "lookup", "description": "[find Ann]",
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
    "tools": TOOLS_MAPPED,
    "response_format": {"type": "json_object"},
    "messages": [
        {"role": "system", "content": "[sys]"},
        {"role": "user", "content": [{"type": "text", "text": "[look]"}, IMAGE_MAPPED,
                                     {"type": "text", "text": "[here]"}]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "lookup",
                          "arguments": '{"who": "[Ann]", "n": "[2]", "tags": ["[x]"]}'}},
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
        "find Ann", "sys", "look", "alt", "here", "Ann", "2", "x", "not json", "result", "ok",
        "Bo",
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
    assert json.loads(args) == {"name": "[Zoë]", "Zoë": "[1]"}
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
    body = {"model": "m", "max_tokens": 5, "suffix": "text", field: value}
    original = copy.deepcopy(body)
    assert map_texts(kind, body, tag) == {"model": "m", "max_tokens": 5, "suffix": "[text]",
                                          field: mapped}
    assert body == original


def test_texts_of_prompt_and_input() -> None:
    assert texts_of("completions", {"prompt": ["a", "b"]}) == ["a", "b"]
    assert texts_of("embeddings", {"input": [[1, 2]]}) == []


def test_malformed_bodies_are_left_for_the_engine_to_reject() -> None:
    body = {"messages": "nope"}
    assert map_texts("chat", body, tag) == {"messages": "[nope]"}  # a string is a text anywhere
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


def test_every_string_anywhere_is_a_text_but_the_structural_values() -> None:
    """Keys the proxy has never seen (a JSON-RPC or MCP caller's), tool and parameter
    descriptions, response_format schemas, stop strings, metadata, a message's name: all
    texts. Structural values (model, role, type, ids, a function's name, enum and required
    lists, base64 payloads) and dict keys are not."""
    blob = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    body = {
        "jsonrpc": "2.0", "id": 7, "method": "tools/call",
        "params": {"name": "send", "arguments": {"to": "ann@example.org"}},
        "model": "m", "stop": ["Ann"], "user": "ann@example.org", "metadata": {"who": "Ann"},
        "tools": [{"type": "function", "function": {
            "name": "send", "description": "mail Ann",
            "parameters": {"type": "object", "required": ["to"], "properties": {
                "to": {"type": "string", "description": "like ann@example.org",
                       "enum": ["ann@example.org"]}}}}}],
        "response_format": {"type": "json_schema", "json_schema": {
            "name": "card", "schema": {"type": "object", "description": "Ann's card",
                                       "properties": {"n": {"type": "string"}}}}},
        "messages": [
            {"role": "user", "name": "Ann", "content": [
                {"type": "input_audio", "input_audio": {"data": blob, "format": "wav"}},
                {"type": "text", "text": "hi"}]},
            {"role": "tool", "tool_call_id": "call_1", "content": '{"owner": "Ann"}'},
        ],
    }
    assert texts_of("chat", body) == [
        "2.0", "tools/call", "send", "ann@example.org", "Ann", "ann@example.org", "Ann",
        "mail Ann", "like ann@example.org", "Ann's card", "Ann", "wav", "hi", '{"owner": "Ann"}',
    ]
    masked = map_texts("chat", body, tag)
    assert masked["params"] == {"name": "[send]", "arguments": {"to": "[ann@example.org]"}}
    assert masked["tools"][0]["function"]["parameters"]["properties"]["to"]["enum"] == [
        "ann@example.org"]
    assert masked["messages"][0]["name"] == "[Ann]"
    assert masked["messages"][0]["content"][0]["input_audio"]["data"] == blob
    assert list(masked) == list(body)  # the body's own key order


def test_numbers_inside_tool_call_arguments_are_texts() -> None:
    body = {"messages": [{"role": "assistant", "tool_calls": [{"id": "c", "function": {
        "name": "pay", "arguments": '{"card": 4111111111111111, "n": 2, "ok": true}'}}]}]}
    assert texts_of("chat", body) == ["4111111111111111", "2"]
    new = map_texts("chat", body, lambda t: "<CREDIT_CARD_1>" if len(t) > 8 else t)
    args = json.loads(new["messages"][0]["tool_calls"][0]["function"]["arguments"])
    assert args == {"card": "<CREDIT_CARD_1>", "n": 2, "ok": True}


def test_the_conversation_comes_last_so_numbers_hold_from_turn_to_turn() -> None:
    body = {"messages": [{"role": "user", "content": "a"}], "tools": [
        {"type": "function", "function": {"name": "f", "description": "d"}}], "user": "u"}
    assert texts_of("chat", body) == ["d", "u", "a"]
    assert texts_of("completions", {"prompt": "p", "suffix": "s"}) == ["s", "p"]
