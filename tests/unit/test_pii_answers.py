"""Answer scanning: personal data the model writes that the client never sent is masked,
in whole answers and in streams however the text is cut into events (one character per
event included), without any of it going out first; the client's own values come back
exactly; the tail held back is bounded."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from appliance.pii.answers import (
    HOLD_CHARS,
    AnswerScanner,
    answer_texts,
    answer_vault,
    held_from,
    mask_answer,
    merge_plain,
)
from appliance.pii.restore import ChunkRestorer
from appliance.pii.vault import restore_text
from appliance.testing.fake_analyzer import ValueFinder

NEW = {"ann.lee@example.org": "EMAIL_ADDRESS", "4111 1111 1111 1111": "CREDIT_CARD",
       "Jonathan Harker": "PERSON", "078-05-1120": "US_SSN", "+44 20 7946 0958": "PHONE_NUMBER"}
CLIENT = {"<PERSON_1>": "Mina Murray", "<EMAIL_ADDRESS_1>": "mina@example.org"}
FILLER = ["see", "the", "file,", "and", "then", "write", "to", "ok.", "(ref", "yes!", "\n",
          "it's", "done", "Thanks", "-", "at"]
PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


def chunk(delta: dict[str, Any] | None = None, finish: str | None = None, index: int = 0) -> dict:
    return {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": index, "delta": delta or {}, "logprobs": None,
                         "finish_reason": finish}]}


def scan(scanner: AnswerScanner, finder: ValueFinder, event: dict) -> list[dict]:
    """One event through the scanner; the analyzer is asked only when there are texts."""
    texts = scanner.take(event)
    return scanner.give(finder(texts) if texts else [])


def contents(chunks: list[dict]) -> str:
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks
                   if c.get("choices"))


@st.composite
def answer_text(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.one_of(st.sampled_from(FILLER), st.sampled_from(sorted(NEW)),
                                    st.sampled_from(sorted(CLIENT))), min_size=1, max_size=25))
    return " ".join(words)


def cut(text: str, points: list[int]) -> list[str]:
    marks = sorted({p % (len(text) + 1) for p in points})
    return [text[a:b] for a, b in zip([0, *marks], [*marks, len(text)], strict=True)]


@settings(max_examples=300, deadline=None)
@given(answer_text(), st.one_of(st.just(None), st.lists(st.integers(0, 500), max_size=30)),
       st.booleans())
def test_any_split_of_an_answer_lets_no_new_value_through_and_restores_the_clients(
    text: str, points: list[int] | None, finish_in_last: bool,
) -> None:
    """Streamed one character per event (None) or cut anywhere; scanned, then restored as
    in bookend mode: no prefix of the output ever holds a new value, the whole output is
    the answer with the client's placeholders restored exactly and every new value masked,
    and the answer's placeholders map back to exactly the text the model wrote."""
    pieces = list(text) if points is None else cut(text, points)
    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": p}) for p in pieces]
    if finish_in_last:
        events[-1]["choices"][0]["finish_reason"] = "stop"
    else:
        events.append(chunk({}, "stop"))
    finder = ValueFinder(NEW)
    scanner = AnswerScanner(CLIENT)
    restorer = ChunkRestorer(CLIENT)
    out = ""
    for event in events:
        for masked in scan(scanner, finder, event):
            out += contents(restorer.process(masked))
            for value in NEW:
                assert value not in out
                assert value.split()[0] not in out or len(value.split()[0]) < 4
    out += contents(restorer.finish())
    assert scanner.ending() == []
    assert scanner.end([]) == []
    assert not any(v in out for v in NEW)
    answer_mapping = scanner.vault.mapping()
    assert not set(answer_mapping) & set(CLIENT)  # never a client's placeholder
    assert restore_text(out, answer_mapping) == restore_text(text, CLIENT)
    for placeholder in PLACEHOLDER.findall(out):
        assert placeholder in answer_mapping  # the client's were all restored


def test_held_tail_is_bounded_and_only_what_could_still_be_a_value() -> None:
    assert held_from("the ") == 4
    assert "the quick "[held_from("the quick "):] == ""
    assert "write to ann.le"[held_from("write to ann.le"):] == "ann.le"
    assert "my card 4111 1111 11"[held_from("my card 4111 1111 11"):] == "4111 1111 11"
    assert "Dear Jonathan "[held_from("Dear Jonathan "):] == "Dear Jonathan "
    assert "Dr. Jonathan Harker"[held_from("Dr. Jonathan Harker"):] == "Jonathan Harker"
    assert "call (212) 555-01"[held_from("call (212) 555-01"):] == "(212) 555-01"
    assert held_from("done.\n") == 6
    assert held_from("Harker, ") == 8
    long = "A" * (3 * HOLD_CHARS)
    assert len(long) - held_from(long) == HOLD_CHARS


def test_a_value_sent_one_character_per_event_goes_out_masked_whole() -> None:
    finder = ValueFinder(NEW)
    scanner = AnswerScanner(CLIENT)
    sent = []
    for ch in "Write to ann.lee@example.org now.":
        sent += [c for c in scan(scanner, finder, chunk({"content": ch}))]
    sent += scan(scanner, finder, chunk({}, "stop"))
    assert contents(sent) == "Write to <EMAIL_ADDRESS_2> now."  # _1 is the client's
    assert finder.calls <= 4  # once per word that can go out, not once per character


def test_tool_call_arguments_and_text_completions_are_scanned() -> None:
    finder = ValueFinder(NEW)
    scanner = AnswerScanner()
    first = chunk({"tool_calls": [{"index": 0, "id": "t", "type": "function",
                                   "function": {"name": "f", "arguments": '{"to": "ann.lee@ex'}}]})
    out = scan(scanner, finder, first)
    assert out[0]["choices"][0]["delta"]["tool_calls"][0]["id"] == "t"  # sent: it carries the id
    rest = chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'ample.org"}'}}]},
                 "tool_calls")
    out += scan(scanner, finder, rest)
    args = "".join(c["function"]["arguments"] for o in out
                   for c in o["choices"][0]["delta"].get("tool_calls") or [])
    assert args == '{"to": "<EMAIL_ADDRESS_1>"}'

    text = {"id": "c", "object": "text_completion", "choices": [
        {"index": 0, "text": "card 4111 1111 1111 1111", "logprobs": None, "finish_reason": None}]}
    scanner = AnswerScanner()
    assert scan(scanner, finder, text)[0]["choices"][0]["text"] == "card "
    assert scanner.end(finder(scanner.ending()))[0]["choices"][0]["text"] == "<CREDIT_CARD_1>"


def test_whole_answers_are_masked_in_content_and_in_tool_call_json() -> None:
    payload = {"id": "c", "object": "chat.completion", "choices": [{
        "index": 0, "finish_reason": "stop", "message": {
            "role": "assistant", "content": "Hi <PERSON_1>, Jonathan Harker wrote.",
            "tool_calls": [{"id": "t", "type": "function", "function": {
                "name": "pay", "arguments": '{"card": 4111111111111111, "to": "ann.lee@example.org"}'}}]}}]}
    finder = ValueFinder({**NEW, "4111111111111111": "CREDIT_CARD"})
    vault = answer_vault(CLIENT)
    texts = answer_texts("chat", payload)
    assert texts == ["Hi <PERSON_1>, Jonathan Harker wrote.", "4111111111111111",
                     "ann.lee@example.org"]
    masked = mask_answer("chat", payload, finder(texts), vault)
    message = masked["choices"][0]["message"]
    assert message["content"] == "Hi <PERSON_1>, <PERSON_2> wrote."
    assert message["tool_calls"][0]["function"]["arguments"] == (
        '{"card": "<CREDIT_CARD_1>", "to": "<EMAIL_ADDRESS_2>"}')


def test_a_value_that_began_in_released_text_has_the_rest_masked() -> None:
    """A finding that starts in text already sent (it did not look like a value then) is
    masked from where the held text begins; nothing of it is sent twice."""
    finder = ValueFinder({"ann lee": "PERSON"})
    scanner = AnswerScanner()
    out = scan(scanner, finder, chunk({"content": "to ann "}))
    out += scan(scanner, finder, chunk({"content": "lee today"}, "stop"))
    assert contents(out) == "to ann <PERSON_1> today"


def test_plain_text_chunks_that_arrive_together_are_scanned_together() -> None:
    """Under load the engine's events pile up while an analysis runs; joined, they cost one
    analysis instead of one each, so the stream catches up instead of falling behind."""
    parts = [chunk({"content": w}) for w in ("Mail ", "ann.lee", "@example.org", " now")]
    role = chunk({"role": "assistant", "content": ""})
    done = chunk({}, "stop")
    merged = merge_plain([role, *parts, done, chunk({"content": "x"}, index=1),
                          chunk({"content": "y"}, index=0)])
    assert merged[0] == role and merged[2] == done
    assert merged[1]["choices"][0]["delta"] == {"content": "Mail ann.lee@example.org now"}
    assert [m["choices"][0]["index"] for m in merged[3:]] == [1, 0]  # other choices apart
    assert parts[0]["choices"][0]["delta"] == {"content": "Mail "}  # not mutated
    texts = [{"object": "text_completion", "choices": [
        {"index": 0, "text": t, "logprobs": None, "finish_reason": None}]} for t in "ab"]
    assert merge_plain(texts)[0]["choices"][0]["text"] == "ab"


def test_a_huge_event_is_cut_in_linear_time() -> None:
    """One event of a megabyte with no space (a model dumping base64) is held to the cap
    without reading the whole text for every position."""
    huge = "Q" * 1_000_000
    assert held_from(huge) == len(huge) - HOLD_CHARS
    assert held_from(huge + " x") == len(huge) + 1  # a regex from the start: hours
    assert held_from("word " * 200_000) == 1_000_000


def test_a_reasoning_models_thinking_is_scanned_too() -> None:
    finder = ValueFinder(NEW)
    scanner = AnswerScanner()
    out = scan(scanner, finder, chunk({"reasoning_content": "the card 4111 1111 "}))
    out += scan(scanner, finder, chunk({"reasoning_content": "1111 1111 fits"}, "stop"))
    thought = "".join(c["choices"][0]["delta"].get("reasoning_content") or "" for c in out)
    assert thought == "the card <CREDIT_CARD_1> fits"
    payload = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok",
                                                    "reasoning_content": "ann.lee@example.org"}}]}
    texts = answer_texts("chat", payload)
    masked = mask_answer("chat", payload, finder(texts), answer_vault(()))
    assert masked["choices"][0]["message"]["reasoning_content"] == "<EMAIL_ADDRESS_1>"
