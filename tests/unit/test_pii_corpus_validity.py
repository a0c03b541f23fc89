"""The validity rules the corpus parts' tests hold planted values to
(appliance.testing.pii_corpus.validity)."""

from __future__ import annotations

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok


def test_luhn():
    assert luhn_ok("4111111111111111") and luhn_ok("378282246310005")
    assert not luhn_ok("4111111111111112") and not luhn_ok("378282246310006")


def test_iban_check_digits_in_any_case_with_or_without_spaces():
    assert iban_check_digits_ok("GB82 WEST 1234 5698 7654 32")
    assert iban_check_digits_ok("gb82west12345698765432")
    assert not iban_check_digits_ok("GB83 WEST 1234 5698 7654 32")


def test_ssn_issuing_rules():
    assert ssn_ok("078-05-1120") and ssn_ok("219 09 9999") and ssn_ok("219099999")
    for bad in ("000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000",
                "12-345-678"):
        assert not ssn_ok(bad), bad
