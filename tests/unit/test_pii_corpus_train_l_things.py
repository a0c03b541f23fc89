"""Shape checks for the train_l list of things named like people."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_l_things import THING_WORDS, THINGS


def _all_things() -> set[str]:
    return {thing for things in THINGS.values() for thing in things}


def test_has_enough_categories_and_things() -> None:
    assert len(THINGS) >= 40
    assert len(_all_things()) >= 4000


def test_every_category_is_non_empty() -> None:
    for category, things in THINGS.items():
        assert category and category == category.strip()
        assert things, category


def test_no_thing_is_empty_or_padded() -> None:
    for things in THINGS.values():
        for thing in things:
            assert thing
            assert thing == thing.strip(), repr(thing)
            assert "|" not in thing, repr(thing)


def test_most_things_have_two_or_more_words() -> None:
    things = _all_things()
    multi = sum(1 for thing in things if len(thing.split()) >= 2)
    assert multi / len(things) >= 0.70


def test_thing_words_are_the_lower_cased_words() -> None:
    expected = frozenset(word.lower() for thing in _all_things() for word in thing.split())
    assert THING_WORDS == expected
