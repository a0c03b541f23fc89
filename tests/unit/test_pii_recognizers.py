"""The appliance's own recognizers: phone numbers of many countries scored by format and by the
words around them, account numbers where the text says so, SSNs after their keyword, and a
finding inside a stronger finding of another entity dropped."""

from __future__ import annotations

import pytest

pytest.importorskip("presidio_analyzer")

from appliance.pii.analyzer import AnalyzerSettings, analyze, build_engine  # noqa: E402
from appliance.pii.recognizers import (  # noqa: E402
    SCORE_INTERNATIONAL,
    SCORE_NATIONAL,
    SCORE_NATIONAL_GROUPED,
    SCORE_NATIONAL_TRUNK,
    phone_candidates,
    phone_score,
)


@pytest.fixture(scope="module")
def engine():
    settings = AnalyzerSettings(nlp="patterns")
    return settings, build_engine(settings)


@pytest.fixture(scope="module")
def presidio_engine():
    settings = AnalyzerSettings(nlp="patterns", entities=("PHONE_NUMBER", "US_SSN"))
    return settings, build_engine(settings, recognizers="presidio")


def findings(engine, text: str) -> set[tuple[str, str]]:
    settings, e = engine
    (spans,) = analyze(e, settings, [text])
    return {(s.entity, text[s.start : s.end]) for s in spans}


@pytest.mark.parametrize(
    "written, score",
    [
        ("+44 20 7946 0958", SCORE_INTERNATIONAL),
        ("+442079460958", SCORE_INTERNATIONAL),
        ("0044 20 7946 0958", SCORE_INTERNATIONAL),
        ("+49 (0)30 1234567", SCORE_INTERNATIONAL),
        ("+91 98765 43210", SCORE_INTERNATIONAL),
        ("+1 212-555-0142", SCORE_INTERNATIONAL),
        ("020 7946 0958", SCORE_NATIONAL_GROUPED),  # GB, the official groups
        ("(212) 555-0142", SCORE_NATIONAL_GROUPED),
        ("212.555.0142", SCORE_NATIONAL_GROUPED),
        ("01 42 68 53 00", SCORE_NATIONAL_GROUPED),  # FR
        ("030/12345678", SCORE_NATIONAL_GROUPED),  # DE
        ("98765 43210", SCORE_NATIONAL_GROUPED),  # IN mobile, no trunk 0
        ("612 345 678", SCORE_NATIONAL_GROUPED),  # ES, groups of three
        ("03-1234-5678", SCORE_NATIONAL_GROUPED),  # JP
        ("9123 4567", SCORE_NATIONAL_GROUPED),  # SG
        ("2125550142", SCORE_NATIONAL),  # bare digits: a context word is needed
        ("20240315", SCORE_NATIONAL),  # valid in Denmark, with no trunk 0: needs a word too
        ("212555 0142", SCORE_NATIONAL),  # odd groups
        ("0207946 0958", SCORE_NATIONAL_TRUNK),  # bare-ish, but written with its trunk 0
    ],
)
def test_phone_scores_follow_the_format(written, score):
    assert phone_score(written)[0] == score


@pytest.mark.parametrize(
    "written",
    [
        "2024-03-15",  # a date
        "15.03.2024",
        "192.168.10.254",  # an IPv4 address
        "4111 1111 1111 1111",  # a card number (Luhn)
        "12345",  # too short
        "+44 20 7946",  # not a valid number
    ],
)
def test_not_phone_numbers(written):
    assert phone_score(written) is None


def test_candidates_stay_off_words_amounts_versions_and_other_numbers():
    text = (
        "ORD-4829105732, $2125550142, v10.2125550142, /tmp/2125550142, 2125550142.5, "
        "user2125550142@example.com; but (212) 555-0142."
    )
    assert [text[s:e] for s, e, _, _ in phone_candidates(text)] == ["(212) 555-0142"]


def test_a_list_of_numbers_is_split_into_numbers():
    text = "Numbers: 020 7946 0958 (212) 555-0142"
    assert [text[s:e] for s, e, _, _ in phone_candidates(text)] == [
        "020 7946 0958",
        "(212) 555-0142",
    ]


def test_context_words_lift_bare_numbers_and_identifier_words_drop_them(engine):
    assert findings(engine, "Call me on 2125550142 after six.") == {
        ("PHONE_NUMBER", "2125550142")
    }
    assert findings(engine, '{"mobile": "2125550142"}') == {("PHONE_NUMBER", "2125550142")}
    assert findings(engine, "2125550142 is my cell.") == {("PHONE_NUMBER", "2125550142")}
    assert findings(engine, "It was 2125550142 again.") == set()  # no cue: not enough
    # A grouped national number without a cue is enough; after "order" it is an order number.
    assert findings(engine, "See you, 020 7946 0958!") == {("PHONE_NUMBER", "020 7946 0958")}
    assert findings(engine, "Order 020 7946 0958 shipped.") == set()
    assert findings(engine, "Ticket #212-555-0142 is closed.") == set()
    # With its country code a number stays a phone number whatever word is near.
    assert findings(engine, "Invoice contact +44 20 7946 0958.") == {
        ("PHONE_NUMBER", "+44 20 7946 0958")
    }


def test_presidio_alone_misses_what_the_appliance_finds(engine, presidio_engine):
    text = "Ring Ana at 020 7946 0958, or +44 7911 123456; SSN 219099999."
    assert findings(presidio_engine, text) == set()  # scores 0.4 and 0.05: below 0.5
    assert findings(engine, text) == {
        ("PHONE_NUMBER", "020 7946 0958"),
        ("PHONE_NUMBER", "+44 7911 123456"),
        ("US_SSN", "219099999"),
    }


@pytest.mark.parametrize(
    "text, value",
    [
        ("My account number is 12345678.", "12345678"),
        ("acct #000123456789 (checking)", "000123456789"),
        ("a/c no. 12-345-678", "12-345-678"),
        ("Checking account: 0001 2345 6789", "0001 2345 6789"),
        ('{"account_number": "4455667788"}', "4455667788"),
    ],
)
def test_account_numbers_where_the_text_says_so(engine, text, value):
    assert ("ACCOUNT_NUMBER", value) in findings(engine, text)


def test_digits_that_nobody_calls_an_account_number_are_not_one(engine):
    for text in ("Order 12345678 shipped.", "Account tier Gold, 12 seats.", "account 3 of 5"):
        assert not any(e == "ACCOUNT_NUMBER" for e, _ in findings(engine, text)), text


def test_ssn_after_its_keyword_in_any_format_with_the_validity_rules(engine):
    text = "SSN: 219-09-9999; social security number 219 09 9998; ssn 219099997; 219099996"
    assert {v for e, v in findings(engine, text) if e == "US_SSN"} == {
        "219-09-9999",
        "219 09 9998",
        "219099997",
    }
    assert findings(engine, "SSN 000123456 and ssn 219-00-9999") == set()  # invalid numbers


def test_a_card_or_iban_is_not_also_a_phone_number(engine):
    text = "Pay DE89 3704 0044 0532 0130 00 or 4111 1111 1111 1111 or call 020 7946 0958."
    assert findings(engine, text) == {
        ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
        ("CREDIT_CARD", "4111 1111 1111 1111"),
        ("PHONE_NUMBER", "020 7946 0958"),
    }


def test_presidio_recognizers_choice_is_checked():
    with pytest.raises(ValueError, match="recognizers must be"):
        build_engine(AnalyzerSettings(nlp="patterns"), recognizers="mine")
