"""val42 checks: finds the personal data of a structured kind that stands in a text outside
its gold spans: a phone number valid in a common region, a Luhn-valid run of 13 to 19 digits,
a valid-looking US social security number, an IP address, an IBAN with right check digits,
an e-mail address. A decoy must be none of these; the renderer draws again where one is.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

import phonenumbers

from appliance.testing.pii_corpus.val42_words import EMAIL
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

MATCH_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR", "IL", "CA", "AU", "ES", "IT", "NL")
_PHONE_CANDIDATE = re.compile(r"[+(]?\d(?:[\d ()./-]*\d)?")
_DIGIT_RUN = re.compile(r"(?<![\w.-])\d(?:[ -]?\d){12,18}(?![\w-])")
_SSN = re.compile(r"(?<![\w-])\d{3}([- ]?)\d{2}\1\d{4}(?![\w-])")
_IPV4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def phone_hits(text: str, spans: Iterable[tuple[int, int]] = ()) -> list[str]:
    """Numbers outside `spans` that `phonenumbers` finds valid in a common region."""
    blank = _blank(text, spans)
    hits = []
    for m in _PHONE_CANDIDATE.finditer(blank):
        if sum(c.isdigit() for c in m.group()) < 3:
            continue
        window = blank[max(0, m.start() - 3) : m.end() + 3]
        for region in MATCH_REGIONS:
            found = list(
                phonenumbers.PhoneNumberMatcher(
                    window, region, leniency=phonenumbers.Leniency.VALID
                )
            )
            if found:
                hits.append(f"{region}:{found[0].raw_string}")
                break
    return hits


def phone_hits_full(text: str, spans: Iterable[tuple[int, int]] = ()) -> list[str]:
    """As `phone_hits`, the matcher run over the whole text (slower; for the tests)."""
    blank = _blank(text, spans)
    hits = []
    for region in MATCH_REGIONS:
        for m in phonenumbers.PhoneNumberMatcher(
            blank, region, leniency=phonenumbers.Leniency.VALID
        ):
            hits.append(f"{region}:{m.raw_string}")
    return hits


def structured_hits(text: str, spans: Iterable[tuple[int, int]] = ()) -> list[str]:
    """Card numbers, SSNs, IP addresses, IBANs and e-mail addresses outside `spans`."""
    blank = _blank(text, list(spans))
    hits = []
    for m in _DIGIT_RUN.finditer(blank):
        digits = re.sub(r"\D", "", m.group())
        if luhn_ok(digits):
            hits.append(f"card:{m.group()}")
    for m in _SSN.finditer(blank):
        if ssn_ok(m.group()):
            hits.append(f"ssn:{m.group()}")
    for m in _IPV4.finditer(blank):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(f"ipv4:{m.group()}")
        except ValueError:
            pass
    for m in _IPV6.finditer(blank):
        if "::" not in m.group() and m.group().count(":") < 7:
            continue
        try:
            ipaddress.IPv6Address(m.group())
            hits.append(f"ipv6:{m.group()}")
        except ValueError:
            pass
    for m in _IBAN.finditer(blank):
        if iban_check_digits_ok(m.group()):
            hits.append(f"iban:{m.group()}")
    for m in EMAIL.finditer(blank):
        hits.append(f"email:{m.group()}")
    return hits


def hits(text: str, spans: Iterable[tuple[int, int]] = ()) -> list[str]:
    spans = list(spans)
    return structured_hits(text, spans) + phone_hits(text, spans)
