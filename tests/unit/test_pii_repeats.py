"""A name or place found once is found wherever the same text writes it again
(appliance.pii.repeats)."""

from __future__ import annotations

from appliance.pii.repeats import with_repeats
from appliance.pii.vault import Span


def found(text: str, spans: set[Span]) -> list[tuple[str, str]]:
    return sorted((s.entity, text[s.start : s.end]) for s in spans)


def test_every_other_whole_word_occurrence_of_a_name_or_place_is_added():
    text = 'row = salaries["Babak Sadeghi"]\nKeyError: \'Babak Sadeghi\' in Lyon; Lyonnais, Lyon.'
    first = text.index("Babak")
    lyon = text.index("Lyon")
    spans = with_repeats(text, [Span(first, first + 13, "PERSON", 0.85),
                                Span(lyon, lyon + 4, "LOCATION", 0.85)])  # fmt: skip
    assert found(text, spans) == [("LOCATION", "Lyon")] * 2 + [("PERSON", "Babak Sadeghi")] * 2
    assert {s.score for s in spans} == {0.85}


def test_structured_values_short_values_and_covered_occurrences_are_left_alone():
    text = "call 0612345678 or 0612345678; Al and Al; Ana Lima, Ana"
    phone = Span(5, 15, "PHONE_NUMBER", 0.7)
    al = Span(text.index("Al"), text.index("Al") + 2, "PERSON", 0.85)
    ana = text.index("Ana Lima")
    both = Span(ana, ana + 8, "PERSON", 0.85)
    inner = Span(ana, ana + 3, "PERSON", 0.6)  # "Ana" inside "Ana Lima" found already
    spans = with_repeats(text, [phone, al, both, inner])
    assert found(text, spans) == [
        ("PERSON", "Al"), ("PERSON", "Ana"), ("PERSON", "Ana"), ("PERSON", "Ana Lima"),
        ("PHONE_NUMBER", "0612345678"),
    ]  # fmt: skip


def test_a_name_found_in_one_turn_is_masked_in_every_turn():
    from appliance.pii.repeats import across_texts

    texts = ["Hello, I am Jonathan Harker.", "Jonathan Harker again", "jonathan harker, lower"]
    found = across_texts(texts, [[Span(12, 27, "PERSON", 0.85)], [], []])
    assert found == [[Span(12, 27, "PERSON", 0.85)], [Span(0, 15, "PERSON", 0.85)], []]


def test_a_found_name_that_is_no_english_word_is_found_in_lower_case_and_capitals_too():
    text = '{"display": "yuhan", "full_name": "Yuhan Chen"}\nowners: [andrés, oriol]  # Andrés'
    yuhan = text.index("Yuhan Chen")
    andres = text.rindex("Andrés")
    spans = with_repeats(text, [Span(yuhan, yuhan + 10, "PERSON", 0.85),
                                Span(andres, andres + 6, "PERSON", 0.85)])  # fmt: skip
    assert found(text, spans) == [
        ("PERSON", "Andrés"), ("PERSON", "Yuhan Chen"), ("PERSON", "andrés"), ("PERSON", "yuhan"),
    ]  # fmt: skip
    text = "TEODORA VASILE signed. Teodora Vasile, 3 May"
    spans = with_repeats(text, [Span(23, 37, "PERSON", 0.85)])
    assert ("PERSON", "TEODORA") in found(text, spans)


def test_english_words_and_short_words_are_repeated_only_as_written():
    # "Chen" is an English word too (wordfreq), "Sie" three letters: German's "she"
    text = "Li Chen and Sie Tan: chen, tan and sie in lower case"
    spans = with_repeats(text, [Span(0, 7, "PERSON", 0.85), Span(12, 19, "PERSON", 0.85)])
    assert found(text, spans) == [("PERSON", "Li Chen"), ("PERSON", "Sie Tan")]
