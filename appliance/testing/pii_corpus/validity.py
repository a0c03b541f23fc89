"""The rules a planted value must pass to be a valid one of its kind, shared by the tests of
every part of the labelled PII corpus: card numbers by Luhn's check, IBANs by their check
digits, US social security numbers by the issuing rules."""

from __future__ import annotations

import re


def luhn_ok(digits: str) -> bool:
    """Whether a string of digits passes Luhn's check (card numbers)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def iban_check_digits_ok(iban: str) -> bool:
    """Whether an IBAN, spaces and case aside, has the right check digits (ISO 13616:
    the country and check digits moved to the end, letters as 10-35, mod 97 is 1)."""
    compact = iban.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def ssn_ok(value: str) -> bool:
    """Whether a US social security number, with or without its separators, follows the
    issuing rules: no area 000, 666 or 900-999, no group 00, no serial 0000."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
