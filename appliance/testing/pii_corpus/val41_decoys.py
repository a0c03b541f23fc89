"""Number-like decoys for val41, none of them personal data: order, invoice, tracking and
lot numbers, dates, times, versions, prices, product codes, hashes, ISBNs, phone-like
numbers that are no valid phone numbers and card-like numbers that fail Luhn's check.
`pii_like` tells whether a text holds something that would be a valid personal value
(a valid phone number, a Luhn-valid card number, an IBAN, an SSN-shaped number, an
e-mail or IP address): the renderer draws a clean prompt's decoys again if it does."""

from __future__ import annotations

import functools
import ipaddress
import random
import re

import phonenumbers as pn

from appliance.testing.pii_corpus.val41_people import name_vocabulary
from appliance.testing.pii_corpus.val41_places import place_vocabulary
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok

MONTHS = ("January February March April May June July August September October November "
          "December").split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
MATCH_REGIONS = ("US", "GB", "DE", "FR", "IN", "IL", "CA", "BR", "IT", "ES", "NL", "AU")


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


@functools.lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    return frozenset(name_vocabulary() | place_vocabulary())


def _l(rng: random.Random, n: int) -> str:
    """n capital letters that are no word of the part's names or places ("KA", "YU")."""
    while True:
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        if letters.casefold() not in _vocabulary():
            return letters


def order(rng: random.Random) -> str:
    year = rng.randrange(19, 27)
    return rng.choice((f"ORD-{_d(rng, 5)}", f"#{_d(rng, 6)}", f"SO-20{year}-{_d(rng, 5)}",
                       f"PO {_d(rng, 5)}", f"{_l(rng, 2)}{_d(rng, 6)}", f"WO-{_d(rng, 4)}"))


def invoice(rng: random.Random) -> str:
    return rng.choice((f"INV-20{rng.randrange(19, 27)}-{_d(rng, 4)}", f"{_d(rng, 4)}/{_d(rng, 2)}",
                       f"F{_d(rng, 7)}", f"INV{_d(rng, 6)}"))


def date(rng: random.Random) -> str:
    y, m, d = rng.randrange(2019, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice((f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}",
                       f"{d:02d}.{m:02d}.{y}", f"{rng.choice(DAYS)} {d} {MONTHS[m - 1][:3]}",
                       f"{MONTHS[m - 1]} {d}, {y}"))


def time(rng: random.Random) -> str:
    h, m = rng.randrange(6, 22), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    h12, ampm = h % 12 or 12, "am" if h < 12 else "pm"
    return rng.choice((f"{h:02d}:{m:02d}", f"{h12}.{m:02d}{ampm}", f"{h:02d}:{m:02d} UTC",
                       f"{h12}:{m:02d} {ampm.upper()}"))


def version(rng: random.Random) -> str:
    a, b, c = rng.randrange(0, 12), rng.randrange(0, 30), rng.randrange(0, 20)
    return rng.choice((f"v{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c}", f"build {_d(rng, 4)}",
                       f"release 20{rng.randrange(19, 27)}.{rng.randrange(1, 13)}"))


def semver(rng: random.Random) -> str:
    return f"{rng.randrange(0, 12)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"


def price(rng: random.Random) -> str:
    x, c = rng.randrange(2, 2400), rng.randrange(100)
    return rng.choice((f"£{x}.{c:02d}", f"€{x},{c:02d}", f"${x}.{c:02d}", f"CHF {x}.–",
                       f"{x} NOK", f"£{x}", f"€{x}"))


def sku(rng: random.Random) -> str:
    return rng.choice((f"{_l(rng, 3)}-{_l(rng, 2)}-{_d(rng, 3)}", f"SKU {_d(rng, 5)}-{_l(rng, 1)}",
                       f"{_l(rng, 2)}{_d(rng, 3)}{_l(rng, 1)}", f"P/N {_d(rng, 3)}-{_d(rng, 4)}"))


def tracking(rng: random.Random) -> str:
    return rng.choice((f"1Z{_l(rng, 3)}{_d(rng, 3)}{_l(rng, 2)}{_d(rng, 8)}",
                       f"{_l(rng, 2)}{_d(rng, 9)}GB", f"JD{_d(rng, 16)}",
                       f"00{_d(rng, 18)}", f"TRK-{_l(rng, 4)}-{_d(rng, 6)}"))


def hexhash(rng: random.Random) -> str:
    n = rng.choice((7, 7, 8, 12, 40, 64))
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def lot(rng: random.Random) -> str:
    return rng.choice((f"LOT {rng.randrange(19, 27)}-{_d(rng, 4)}-{_l(rng, 1)}",
                       f"Batch B{_d(rng, 4)}", f"lot {_d(rng, 3)}"))


def isbn(rng: random.Random) -> str:
    body = "978" + _d(rng, 9)
    total = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body))
    digits = body + str((10 - total % 10) % 10)
    return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"


def fake_phone(rng: random.Random) -> str:
    """Looks like a phone number, is none: too short, too long or a reserved range."""
    for _ in range(100):
        s = rng.choice((f"+44 {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 2)}",
                        f"0{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 5)}",
                        f"({_d(rng, 3)}) {_d(rng, 3)}-{_d(rng, 2)}",
                        f"000-{_d(rng, 3)}-{_d(rng, 4)}",
                        f"+1 {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
                        f"+49 {_d(rng, 2)} {_d(rng, 2)}",
                        f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 5)}"))
        if not valid_phone_in(s):
            return s
    raise RuntimeError("no fake phone found")


def fake_card(rng: random.Random) -> str:
    """Sixteen or fifteen digits in groups that fail Luhn's check."""
    while True:
        n = rng.choice((15, 16, 16))
        digits = rng.choice("3456") + _d(rng, n - 1)
        if not luhn_ok(digits):
            break
    if n == 15:
        return f"{digits[:4]} {digits[4:10]} {digits[10:]}"
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


GENERATORS = {"order": order, "inv": invoice, "date": date, "time": time, "ver": version,
              "semver": semver, "price": price, "sku": sku, "track": tracking, "hash": hexhash,
              "lot": lot, "isbn": isbn, "fphone": fake_phone, "fcard": fake_card}


def valid_phone_in(text: str) -> bool:
    for region in MATCH_REGIONS:
        for _ in pn.PhoneNumberMatcher(text, region):
            return True
    return False


SSN_RE = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")
DIGIT_RUN_RE = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IPV4_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IPV6_RE = re.compile(r"\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def pii_like(text: str) -> str | None:
    """What in a text would be a valid personal value, or None."""
    if EMAIL_RE.search(text):
        return "email"
    if SSN_RE.search(text):
        return "ssn"
    for m in DIGIT_RUN_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            return "card"
    for m in IBAN_RE.finditer(text):
        if iban_check_digits_ok(m.group()):
            return "iban"
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            return "ipv4"
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            return "ipv6"
        except ValueError:
            pass
    if valid_phone_in(text):
        return "phone"
    return None
