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


@pytest.mark.parametrize(("text", "name"), [
    ("Name: አበበ በቀለ\nPhone: +251 911 234 567", "አበበ በቀለ"),  # Ethiopic: no list has it
    ("Contact: రవి కుమార్, room 4", "రవి కుమార్"),  # Telugu
    ("Dear ಅನಿಲ್ ಕುಮಾರ್,\nYour order has shipped.", "ಅನಿಲ್ ಕುಮಾರ್"),  # Kannada
    ("Meeting with ਹਰਪ੍ਰੀਤ ਸਿੰਘ tomorrow at 10", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ"),  # Gurmukhi
    ("Please call സുനിൽ നായർ about the invoice.", "സുനിൽ നായർ"),  # Malayalam
    ("Customer: សុខ ចាន់ (VIP)", "សុខ ចាន់"),  # Khmer
    ('{"customer_name": "အောင်ကျော်", "plan": "pro"}', "အောင်ကျော်"),  # Burmese
    ("Speaker 2 (ትግስት): I think we should wait.", "ትግስት"),
    ("Patient ஜெயலட்சுமி முருகன் was admitted at 14:00.", "ஜெயலட்சுமி முருகன்"),
    ("Attn: 欧阳娜娜", "欧阳娜娜"),  # a cue takes a Chinese run whatever its family name
])
def test_a_run_of_any_script_where_the_text_says_a_name_follows(text, name):
    assert _found(text) == [name]


@pytest.mark.parametrize("text", [
    "Translate 'ሰላም' to English please",  # asked about, no cue
    "What does 谢谢 mean?",  # a word said twice: thanks (谢 is a family name)
    "What does 高兴 mean?",  # asked about (高 is a family name)
    "The menu lists 寿司 and ラーメン today.",
    "Dear team, የስብሰባ ማስታወሻ ከትናንት ጀምሮ በዚህ ሳምንት ውስጥ ይላካል",  # a sentence, not set apart
])
def test_a_run_asked_about_or_without_a_cue_is_no_name(text):
    assert _found(text) == []
