"""Names written in their own script (appliance.pii.script_names): found where a known given
and family name stand together, or a known name stands apart in a Latin-script text; words of
a longer text in that script are no names unless a given and a family name pair up."""

from __future__ import annotations

import pytest

from appliance.pii.script_names import script_name_spans, script_names


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in script_name_spans(text)]


def test_the_lists_cover_the_scripts_faker_writes_names_in():
    given, family = script_names()
    for script in ("cyrillic", "greek", "arabic", "hebrew", "devanagari", "han", "hangul",
                   "thai", "georgian", "armenian"):
        assert given.get(script) and family.get(script), script
    assert "Ольга" in given["cyrillic"] and "王" in family["han"] and "김" in family["hangul"]


@pytest.mark.parametrize(("text", "name"), [
    ("Contact: Ольга Сидоренко, room 4", "Ольга Сидоренко"),
    ("Bonjour Дмитрий, merci", "Дмитрий"),
    ("Greek desk: Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
    ("Meeting with محمد العلي tomorrow", "محمد العلي"),
    ("owner: דוד כהן", "דוד כהן"),
    ("अमित शर्मा joined the call", "अमित शर्मा"),
    ("Ask 陈静 about the invoice", "陈静"),
    ("from 佐藤 健 (sales)", "佐藤 健"),
    ("담당: 박서준", "박서준"),
])
def test_a_name_in_its_own_script_in_a_latin_text(text, name):
    assert _found(text) == [name]


def test_inside_a_text_of_the_script_only_a_given_and_family_name_together():
    assert _found("Иван Сергеевич Петров подписал договор вчера") == ["Иван Сергеевич Петров"]
    assert _found("Сегодня в августе мы поехали в Москву") == []  # "Август" is a name too


@pytest.mark.parametrize("text", [
    "Order from the 北京 shop", "서울시 office hours", "이메일 주소 please", "Price 100 ₽ — скидка",
    "Total: 4 items, shipped", "say спасибо to them",
])
def test_words_and_places_of_other_scripts_are_no_names(text):
    assert _found(text) == []
