"""Names listed or paired with a found name, names right before a contact's number, and each
word of a found name where the text writes it again (appliance.pii.neighbours,
appliance.pii.repeats)."""

from __future__ import annotations

import pytest

pytest.importorskip("faker")

from appliance.pii.neighbours import with_neighbours  # noqa: E402
from appliance.pii.repeats import with_repeats  # noqa: E402
from appliance.pii.vault import Span  # noqa: E402


def person(text: str, value: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Span(start, start + len(value), "PERSON", 0.85)


def names(text: str, spans: set[Span]) -> list[str]:
    return sorted(text[s.start : s.end] for s in spans if s.entity == "PERSON")


def test_a_list_or_a_pair_of_names_is_followed_from_one_found():
    text = "guest list so far: ananya, bogdan, lucia ferrante, and my cousin rahel. ideas?"
    spans = with_neighbours(text, [person(text, "lucia ferrante")])
    assert names(text, spans) == ["ananya", "bogdan", "lucia ferrante", "rahel"]
    text = "1:1 Oluwadamilare / Ingrid\n- Ingrid back on Monday"
    assert names(text, with_neighbours(text, [person(text, "Ingrid")])) == [
        "Ingrid", "Oluwadamilare"
    ]  # fmt: skip
    text = "who should lead the migration, Emiliano or emre?"  # a pair in mixed case
    assert names(text, with_neighbours(text, [person(text, "Emiliano")])) == ["Emiliano", "emre"]
    text = "Tomasz and Mireille land in Porto at 9"
    assert names(text, with_neighbours(text, [person(text, "Mireille")])) == [
        "Mireille", "Tomasz"
    ]  # fmt: skip


def test_words_that_are_no_names_stop_a_list():
    # A common word, an acronym, a language, a CSV column (no space after the comma).
    for text, found in [
        ("Priya and summer interns", "Priya"),
        ("recipient Tanvir Alam, IBAN DE89 3704 0044 0532 0130 00", "Tanvir Alam"),
        ("translated by Hiroshi and Portuguese reviewers", "Hiroshi"),
        ("Germany,Lukas Becker,+49 30 1234567", "Lukas Becker"),
        # "the" before a word ("till" is a given name too), a business's last word
        ("The guy at the till, Baljit, was lovely", "Baljit"),
        ("Vet: Tarek Saliba, Orchard Vets, Apia", "Tarek Saliba"),
        ("Happy birthday Darius! love, Līga", "Līga"),
        ("- Frank, come meet Lorenzo.", "Frank"),
    ]:
        assert names(text, with_neighbours(text, [person(text, found)])) == [found]


def test_a_name_right_before_a_phone_number_or_an_email_address():
    text = "sort these: Ifeoma 0803 555 0199; Rasmus +45 20 12 34 56; Order 77812"
    phones = [Span(text.index(n), text.index(n) + len(n), "PHONE_NUMBER", 0.7)
              for n in ("0803 555 0199", "+45 20 12 34 56")]  # fmt: skip
    assert names(text, with_neighbours(text, phones)) == ["Ifeoma", "Rasmus"]
    text = "dedupe: k. mwangi <kmwangi@example.org>"
    mail = Span(text.index("kmwangi@"), len(text) - 1, "EMAIL_ADDRESS", 1.0)
    assert names(text, with_neighbours(text, [mail])) == ["k. mwangi"]
    # A product in a table column (a tab before the number) is no contact.
    text = "Kindle Paperwhite\t+61 460 411 162"
    phone = Span(text.index("+61"), len(text), "PHONE_NUMBER", 0.7)
    assert names(text, with_neighbours(text, [phone])) == []


def test_a_particle_in_lower_case_is_no_known_name_before_a_number():
    # "de" is a family name too; a phrase after it is no contact ("Teléfono de contacto")
    for text, number in (("Teléfono de contacto 912 345 678.", "912 345 678"),
                         ("Contacts: de smet 0471 23 45 67", "0471 23 45 67")):
        phone = Span(text.index(number), text.index(number) + len(number), "PHONE_NUMBER", 0.7)
        found = names(text, with_neighbours(text, [phone]))
        assert found == ([] if "contacto" in text else ["de smet"])


def test_a_known_family_name_after_an_unknown_given_name_before_a_number():
    text = "Phone list: Teuila Kovalenko +81312370462; Llámame al +81312370463"
    phones = [Span(m, m + 12, "PHONE_NUMBER", 0.7) for m in (29, 53)]
    assert names(text, with_neighbours(text, phones)) == ["Teuila Kovalenko"]


def test_each_word_of_a_found_name_is_found_where_the_text_repeats_it():
    text = "Met Anjali Krishnan today; badge via Anjali.\nprofile: /in/krishnan-dev, anjali said hi"
    spans = with_repeats(text, [person(text, "Anjali Krishnan")])
    # In another case in a handle or a path, and in lower case in prose too ("anjali said
    # hi"), since "Anjali" is no English word (since the nineteenth round).
    assert names(text, spans) == ["Anjali", "Anjali Krishnan", "anjali", "krishnan"]


def test_a_word_of_a_name_that_is_an_english_word_is_found_only_as_written():
    text = "Grace Okafor called. grace period ends Friday; Grace will call back."
    spans = with_repeats(text, [person(text, "Grace Okafor")])
    # "grace" in lower case is the word; "Grace" capitalised is found, like the whole name.
    assert names(text, spans) == ["Grace", "Grace Okafor"]
    # A word no list knows as a name is not found alone.
    text = "Lumen Quasar wrote back; Quasar pricing is fine"
    assert names(text, with_repeats(text, [person(text, "Lumen Quasar")])) == ["Lumen Quasar"]


def test_an_unlisted_given_name_before_a_known_family_name_is_repeated_as_written():
    text = "assigned route R7 to driver Zyrelle Campbell\n06:40 Zyrelle checked in; zyrelle.c"
    spans = with_repeats(text, [person(text, "Zyrelle Campbell")])
    assert names(text, spans) == ["Zyrelle", "Zyrelle Campbell"]


def test_a_word_of_a_found_name_in_capitals_is_a_speakers_label_at_a_lines_start():
    text = ("PHYSIO: Morning, is that Dorji?\nWANGCHUK: Yes, Dorji Wangchuk, prop.\n"
            "PHYSIO: Fine.\nWANGCHUK: Thanks. The WANGCHUK file is closed.")
    spans = with_repeats(text, [person(text, "Dorji Wangchuk")])
    # The labels, not the word in a sentence; "PHYSIO" is a role (since the 32nd round).
    assert names(text, spans) == ["Dorji Wangchuk", "WANGCHUK", "WANGCHUK"]
    assert all(text[s.end : s.end + 1] == ":" for s in spans if text[s.start : s.end].isupper())


def test_a_column_of_found_names_takes_its_other_names():
    text = (
        "Ketevan Gelashvili,01 239272481\nOndrej Prochazka,+94 71 347 7647\n"
        "Sofia Alexiou,+6561634206\nAvi Rosenthal,(506) 636-1892\nNizhoni Begay,+358 40 0638651"
    )
    found = ["Ketevan Gelashvili", "Ondrej Prochazka", "Sofia Alexiou"]
    spans = with_neighbours(text, [person(text, name) for name in found])
    assert names(text, spans) == [
        "Avi Rosenthal", "Ketevan Gelashvili", "Nizhoni Begay", "Ondrej Prochazka", "Sofia Alexiou"
    ]
    # Not the header, nor things in a column where names are fewer than half.
    table = "| Contact | n |\n|---|---|\n| Ana Lima | 1 |\n| Kai Tanaka | 2 |\n| Desk Lamp | 3 |"
    spans = with_neighbours(table, [person(table, "Ana Lima"), person(table, "Kai Tanaka")])
    assert names(table, spans) == ["Ana Lima", "Kai Tanaka"]
    text = "Widget Pro,3\nAna Lima,1\nKai Tanaka,2\nGizmo Max,4\nBlue Falcon,5\nRed Comet,6\nZed Ultra,7"
    spans = with_neighbours(text, [person(text, "Ana Lima"), person(text, "Kai Tanaka")])
    assert names(text, spans) == ["Ana Lima", "Kai Tanaka"]


def test_a_header_row_and_a_verb_before_an_address_are_no_names():
    table = (
        "| Week | Primary | Backup |\n|---|---|---|\n| 49 | Hamza Alaoui | Ana Lima |\n"
        "| 50 | Kai Tanaka | Obinna Okafor |\n| 51 | Nerea Agirre | Ana Lima |"
    )
    found = [person(table, n) for n in ("Hamza Alaoui", "Kai Tanaka")]
    assert names(table, with_neighbours(table, found)) == [
        "Hamza Alaoui", "Kai Tanaka", "Nerea Agirre"
    ]
    text = "Could you ping ama76@example.com? I'm offline."
    email = Span(text.index("ama76"), text.index("?"), "EMAIL_ADDRESS", 1.0)
    assert names(text, with_neighbours(text, [email])) == []


def test_a_relative_or_a_role_after_a_possessive_is_no_name():
    # "Mentor" is a given name somewhere; after "my" alone it is the role.
    text = "now write a thank-you to Hope Halvorsen, my mentor, and cc Aroha Paewai."
    spans = with_neighbours(text, [person(text, "Hope Halvorsen"), person(text, "Aroha Paewai")])
    assert names(text, spans) == ["Aroha Paewai", "Hope Halvorsen"]
