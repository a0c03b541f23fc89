"""The proxy's PII guard: placeholders come from the request alone (the same on every proxy
worker and after a restart, turn after turn, in both modes), requests over `[pii]
max_chars` get 413 before any analysis, and the removed session knobs are named in the
config error."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest

from appliance.config import parse_config
from appliance.errors import ConfigError
from appliance.pii.vault import restore_text
from appliance.proxy.errors import ProxyError

pytest.importorskip("presidio_analyzer")

from appliance.proxy.pii_guard import PiiGuard  # noqa: E402

CHAT = "/v1/chat/completions"
USER_TURNS = [
    "Write to ann@example.org from 10.1.2.3 please.",
    "Also copy bob@example.net; ann@example.org stays on it.",
    "I typed <EMAIL_ADDRESS_1> myself. Add carol@example.com as well.",
    "Thanks, that is all for 10.1.2.3 and bob@example.net.",
]
VALUES = ("ann@example.org", "bob@example.net", "carol@example.com", "10.1.2.3")


def config(mode: str, **pii: Any):  # type: ignore[no-untyped-def]
    return parse_config({"pii": {"enabled": True, "mode": mode, "nlp": "patterns", **pii}})


def model_answer(masked: dict[str, Any]) -> str:
    """What a model might say: it repeats every placeholder of the last message."""
    return "Noted: " + ", ".join(re.findall(r"<[A-Z_]+_\d+>", masked["messages"][-1]["content"]))


@pytest.mark.parametrize("mode", ["mask", "bookend"])
def test_the_same_conversation_gets_the_same_placeholders_on_any_worker_and_after_a_restart(
    mode: str,
) -> None:
    """Two guards (two proxy workers, each with its own analyzer) serve one conversation,
    turn about; then each masks every turn again, and so does a guard started afterwards
    (a restarted proxy). All give the same masked request in every turn; in mask mode the
    masked history never changes from one turn to the next, so an answer's
    <EMAIL_ADDRESS_1> keeps meaning the value it meant; in bookend mode the client gets the
    values back and the literal it typed stays a literal."""

    async def scenario() -> None:
        workers = [PiiGuard(config(mode)), PiiGuard(config(mode))]
        await asyncio.gather(*(g.start() for g in workers))
        history: list[dict[str, str]] = []
        requests, served = [], []
        try:
            for turn, text in enumerate(USER_TURNS):
                body = {"model": "m", "messages": [*history, {"role": "user", "content": text}]}
                masked = await workers[turn % 2].mask(CHAT, body)
                assert masked is not None
                answer = model_answer(masked.body)
                if mode == "bookend":  # the client gets the values; the engine never does
                    answer = restore_text(answer, masked.mapping)
                    assert not any(v in str(masked.body) for v in VALUES)
                history += [body["messages"][-1], {"role": "assistant", "content": answer}]
                requests.append(body)
                served.append(masked)
            for guard in workers:
                for body, masked in zip(requests, served, strict=True):
                    again = await guard.mask(CHAT, body)
                    assert again is not None
                    assert (again.body, again.mapping) == (masked.body, masked.mapping)
        finally:
            await asyncio.gather(*(g.close() for g in workers))

        restarted = PiiGuard(config(mode))
        await restarted.start()
        try:
            for body, masked in zip(requests, served, strict=True):
                again = await restarted.mask(CHAT, body)
                assert again is not None
                assert (again.body, again.mapping) == (masked.body, masked.mapping)
        finally:
            await restarted.close()

        last = [m["content"] for m in served[-1].body["messages"]]
        if mode == "mask":
            for n, masked in enumerate(served):
                seen = [m["content"] for m in masked.body["messages"]]
                assert seen == last[: len(seen)], f"turn {n + 1} masked its history differently"
            assert last[0] == "Write to <EMAIL_ADDRESS_1> from <IP_ADDRESS_1> please."
            assert last[1] == "Noted: <EMAIL_ADDRESS_1>, <IP_ADDRESS_1>"
            # typed after ann@example.org got <EMAIL_ADDRESS_1>: it reads as the model's token
            assert last[4].startswith("I typed <EMAIL_ADDRESS_1> myself.")
        else:
            # the typed literal is reserved in every guard: the values are numbered around it
            assert last[4] == "I typed <EMAIL_ADDRESS_1> myself. Add <EMAIL_ADDRESS_4> as well."
            assert history[5]["content"] == "Noted: <EMAIL_ADDRESS_1>, carol@example.com"
            assert history[1]["content"] == "Noted: ann@example.org, 10.1.2.3"

    asyncio.run(scenario())


def test_a_request_over_max_chars_gets_413_naming_the_knob_before_any_analysis() -> None:
    guard = PiiGuard(config("bookend", max_chars=100))  # its analyzers never started
    body = {"model": "m", "messages": [{"role": "system", "content": "x" * 60},
                                       {"role": "user", "content": "y" * 41}]}
    with pytest.raises(ProxyError) as refused:
        asyncio.run(guard.mask(CHAT, body))
    assert refused.value.status == 413
    assert "[pii] max_chars (100)" in refused.value.message and "101" in refused.value.message
    assert refused.value.code == "pii_request_too_large"


@pytest.mark.parametrize("key", ["session_ttl_s", "max_sessions", "max_values_per_session"])
def test_the_removed_session_knobs_are_named_with_what_to_do(key: str) -> None:
    with pytest.raises(ConfigError) as failed:
        parse_config({"pii": {"enabled": True, key: 10}})
    assert f"{key}: removed" in str(failed.value)
    assert "delete it from node.toml" in str(failed.value)


def test_score_thresholds_reach_the_analyzer_and_name_only_masked_entities() -> None:
    from appliance.proxy.pii_guard import settings_of

    config = parse_config({"pii": {"enabled": True, "score_thresholds": {"LOCATION": 0.9}}})
    settings = settings_of(config)
    assert settings.threshold("LOCATION") == 0.9
    assert settings.threshold("PERSON") == settings.score_threshold
    with pytest.raises(ConfigError) as failed:
        parse_config({"pii": {"score_thresholds": {"URL": 0.9}}})
    assert "score_thresholds: URL not in entities" in str(failed.value)
    with pytest.raises(ConfigError):
        parse_config({"pii": {"score_thresholds": {"PERSON": 1.5}}})


def test_deny_lists_reach_the_analyzer_and_empty_ones_are_refused() -> None:
    from appliance.proxy.pii_guard import settings_of

    config = parse_config({"pii": {"deny_lists": {"PROJECT": ["Nightingale"]},
                                   "score_thresholds": {"PROJECT": 0.9}}})
    settings = settings_of(config)
    assert settings.deny_lists == (("PROJECT", ("Nightingale",)),)
    assert "PROJECT" in settings.masked_entities
    for bad in ({"PROJECT": []}, {"PROJECT": [" "]}, {"project": ["x"]}):
        with pytest.raises(ConfigError):
            parse_config({"pii": {"deny_lists": bad}})


def test_an_answer_that_cannot_be_checked_is_not_sent() -> None:
    """Fail closed on the answer side: when analysis of a streamed answer fails (here the
    analyzers are not running), the relay stops with PiiUnavailable before the unchecked
    text goes out (the proxy then ends the stream with an error event), and a whole answer
    gets a 503."""
    from appliance.pii.analyzer import PiiUnavailable
    from appliance.proxy.forward import Outcome, _AnswerStream, _pii_error, _relay
    from appliance.proxy.pii_guard import Masked
    from tests.unit.test_proxy_relay import FakeResponse, FakeUpstream

    guard = PiiGuard(config("bookend"))  # never started
    check = guard.answer_check(CHAT, Masked({}, {}))
    chunk = {"id": "c", "object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {"content": "mail ann@example.org now"}, "finish_reason": None}]}
    stream = b"data: " + json.dumps(chunk).encode() + b"\n\ndata: [DONE]\n\n"
    response = FakeResponse()
    with pytest.raises(PiiUnavailable):
        asyncio.run(_relay(FakeUpstream([stream]), response, False, Outcome(), 0.0,  # type: ignore[arg-type]
                           1 << 20, _AnswerStream(None, check)))
    assert b"ann@example.org" not in b"".join(response.written)
    event = json.loads(_pii_error("the analyzer pool is not running")[6:])
    assert event["error"]["code"] == "pii_unavailable"
    with pytest.raises(PiiUnavailable):
        asyncio.run(check.whole({"choices": [{"index": 0, "message": {"content": "hi ann"}}]}))

    open_guard = PiiGuard(config("bookend", fail_open=True))  # the operator's explicit choice
    passed = asyncio.run(open_guard.answer_check(CHAT, Masked({}, {})).whole(
        {"choices": [{"index": 0, "message": {"content": "hi ann"}}]}))
    assert passed["choices"][0]["message"]["content"] == "hi ann"


@pytest.mark.parametrize("per_network_read", [1, 7])
def test_a_stream_sent_one_character_per_event_reaches_the_client_masked(
    per_network_read: int,
) -> None:
    """The real relay, the real analyzers (patterns): an answer holding values the client
    never sent, one character per event, the events arriving one or seven per network
    read; the client's own value is restored exactly, the new ones never show, not even in
    part, and the stream is still valid SSE."""
    from appliance.pii.restore import ChunkRestorer
    from appliance.proxy.forward import Outcome, _AnswerStream, _relay
    from appliance.proxy.pii_guard import Masked
    from tests.unit.test_proxy_relay import FakeResponse, FakeUpstream

    answer = ("Sure <PERSON_1>: write to van.helsing@example.net, card 4111 1111 1111 1111, "
              "ssn 536-22-8726.")
    events = [b"data: " + json.dumps({"id": "c", "object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {"content": ch}, "finish_reason": None}]}).encode() + b"\n\n"
              for ch in answer]
    events.append(b"data: " + json.dumps({"id": "c", "object": "chat.completion.chunk",
                                          "choices": [{"index": 0, "delta": {},
                                                       "finish_reason": "stop"}]}).encode()
                  + b"\n\ndata: [DONE]\n\n")
    reads = [b"".join(events[i:i + per_network_read])
             for i in range(0, len(events), per_network_read)]

    async def scenario() -> list[bytes]:
        guard = PiiGuard(config("bookend"))
        await guard.start()
        try:
            mapping = {"<PERSON_1>": "Mina Murray"}
            check = guard.answer_check(CHAT, Masked({}, mapping, issued=tuple(mapping)))
            response = FakeResponse()
            await _relay(FakeUpstream(reads), response, False, Outcome(), 0.0,  # type: ignore[arg-type]
                         1 << 20, _AnswerStream(ChunkRestorer(mapping), check))
            return response.written
        finally:
            await guard.close()

    written = asyncio.run(scenario())
    text, seen = "", b""
    for write in written:
        seen += write
        for event in write.split(b"\n\n"):
            if event.startswith(b"data: {"):
                choices = json.loads(event[6:])["choices"]
                text += choices[0]["delta"].get("content") or ""
        for value in ("van.helsing", "4111 1111", "536-22"):
            assert value not in text, text
    assert seen.endswith(b"data: [DONE]\n\n")
    assert text.startswith("Sure Mina Murray: write to <EMAIL_ADDRESS_1>, card <CREDIT_CARD_1>")
    assert "<US_SSN_1>" in text
