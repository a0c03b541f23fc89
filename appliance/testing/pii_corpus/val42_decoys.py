"""val42 decoys: what a prompt carries that is not personal data but looks like it.

Generated values (order, invoice, claim and lot numbers, dates, times, versions, prices,
product codes, tracking numbers, hashes, phone-like and card-like numbers that are not valid
ones), and `generate`, which also draws from the named things of `val42_named` (pets,
ships, storms, dishes, laws, landmarks ... named after or like people). None of them is a
PERSON or LOCATION span; none is valid personal data (the renderer's checks confirm it).
"""

from __future__ import annotations

import random
import string

from appliance.testing.pii_corpus.val42_named import LISTS
from appliance.testing.pii_corpus.validity import luhn_ok

MONTHS = (
    "January February March April May June July August September October November December".split()
)
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
CODE_LETTERS = [
    "TX",
    "QK",
    "RV",
    "ZP",
    "HB",
    "WX",
    "KT",
    "VF",
    "BR",
    "GZ",
    "LPQ",
    "MXR",
    "CVT",
    "DKW",
]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{MONTHS[m - 1]} {d}, {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{DAYS[rng.randrange(7)]} {d} {MONTHS[m - 1][:3]}",
        ]
    )


def _time(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    h = rng.randint(7, 21) if rng.random() < 0.8 else h
    return rng.choice(
        [
            f"{h:02d}:{m:02d}",
            f"{h:02d}:{m:02d}",
            f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}",
            f"{h:02d}{m:02d}h",
        ]
    )


def _money(rng: random.Random, amount: int) -> str:
    cents = rng.choice(["", "", f".{rng.randint(0, 99):02d}"])
    fmt = f"{amount:,}{cents}"
    return rng.choice(
        [f"£{fmt}", f"£{fmt}", f"€{fmt}", f"${fmt}", f"CHF {fmt}", f"{fmt} EUR", f"A${fmt}"]
    )


def _price(rng: random.Random) -> str:
    """An everyday sum: a fee, a bill, a rent."""
    return _money(
        rng, rng.choice([rng.randint(5, 95), rng.randint(100, 999), rng.randint(1000, 2500)])
    )


def _amount(rng: random.Random) -> str:
    """A large sum: a claim reserve, a prize, an estimate, a bequest."""
    return _money(rng, rng.choice([rng.randint(2, 95) * 1000, rng.randint(2000, 95000)]))


def _hash(rng: random.Random, n: int) -> str:
    while True:
        h = "".join(rng.choice("0123456789abcdef") for _ in range(n))
        if any(c.isdigit() for c in h):
            return h


def _fake_card(rng: random.Random) -> str:
    """A 16-digit number grouped like a card that fails Luhn's check."""
    digits = rng.choice("3456") + _d(rng, 15)
    while luhn_ok(digits):
        digits = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def _fake_phone(rng: random.Random) -> str:
    """Shaped like a phone number, valid in no region (the renderer's checks confirm it)."""
    return rng.choice(
        [
            f"(0{_d(rng, 2)}) 0{_d(rng, 2)}-{_d(rng, 4)}",
            f"{_d(rng, 3)}-0000-{_d(rng, 3)}",
            f"000-{_d(rng, 3)}-{_d(rng, 4)}",
            f"1{_d(rng, 2)}-1{_d(rng, 2)}-{_d(rng, 4)}",
            f"0{_d(rng, 3)} 000 {_d(rng, 3)}",
        ]
    )


def _digits_no_luhn(rng: random.Random, prefix: str, n: int) -> str:
    value = prefix + _d(rng, n)
    while luhn_ok(value):
        value = prefix + _d(rng, n)
    return value


GENERATORS = {
    "order": lambda r: r.choice(
        [
            f"ORD-{_d(r, 7)}",
            f"#{_d(r, 6)}",
            f"SO-{_d(r, 5)}-{r.choice(CODE_LETTERS)}",
            f"PO {_d(r, 6)}",
        ]
    ),
    "invoice": lambda r: r.choice(
        [f"INV-{r.randint(2021, 2026)}-{_d(r, 5)}", f"F{_d(r, 4)}/{_d(r, 2)}", f"INV{_d(r, 6)}"]
    ),
    "claim": lambda r: r.choice(
        [
            f"CLM-{r.randint(19, 26)}{r.choice('ABKMX')}{_d(r, 5)}",
            f"LA/{_d(r, 5)}/{r.choice(CODE_LETTERS)}",
        ]
    ),
    "policy": lambda r: f"POL-{r.choice(CODE_LETTERS)}-{_d(r, 7)}",
    "date": _date,
    "time": _time,
    "ver": lambda r: r.choice(
        [
            f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
            f"{r.randint(1, 14)}.{r.randint(0, 9)}",
            f"build {_d(r, 4)}",
            f"{r.randint(1, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}",
        ]
    ),
    "price": _price,
    "amount": _amount,
    "rent": lambda r: _money(r, r.randrange(650, 3200, 25)),
    "estimate": lambda r: (lambda lo: f"£{lo:,}–{lo * 3 // 2:,}")(
        r.choice([200, 300, 400, 600, 800, 1000, 1500, 2000, 3000, 5000, 8000, 12000, 20000])
    ),
    "sku": lambda r: r.choice(
        [
            f"{r.choice(CODE_LETTERS)}-{_d(r, 4)}-{r.choice('ABCDEFGH')}",
            f"SKU {_d(r, 2)}-{_d(r, 4)}",
            f"{r.choice(CODE_LETTERS)}{_d(r, 5)}",
        ]
    ),
    "track": lambda r: r.choice(
        [
            f"1Z{_d(r, 3)}{r.choice('AEWX')}{_d(r, 2)}{_d(r, 10)}",
            f"JJD{_d(r, 12)}",
            _digits_no_luhn(r, "9400", 14),
        ]
    ),
    "hash": lambda r: _hash(r, r.choice([7, 8, 12])),
    "sha": lambda r: _hash(r, 40),
    "fcard": _fake_card,
    "fphone": _fake_phone,
    "num": lambda r: str(r.randint(2, 99)),
    "big": lambda r: f"{r.randint(1000, 99999):,}",
    "depth": lambda r: str(r.randint(40, 5800)),
    "pct": lambda r: f"{r.randint(1, 99)}%",
    "lot": lambda r: str(r.randint(1, 480)),
    "room": lambda r: f"{r.randint(1, 9)}{r.randint(0, 3)}{r.randint(1, 9)}",
    "ref": lambda r: f"{r.choice(CODE_LETTERS)}{_d(r, 2)}-{_d(r, 4)}",
    "case": lambda r: r.choice(
        [
            f"[{r.randint(2019, 2026)}] {r.choice(['EWHC', 'EWCA Civ', 'UKSC', 'EWHC (TCC)'])} {r.randint(10, 2999)}",
            f"{r.choice(['KB', 'CL', 'ARB', 'HC', 'CV'])}-{r.randint(19, 26)}-{r.choice(CODE_LETTERS)}{_d(r, 4)}",
        ]
    ),
    "container": lambda r: f"{r.choice(['MSKU', 'TGHU', 'CMAU', 'HLXU'])} {_d(r, 6)} {_d(r, 1)}",
    "hs": lambda r: f"{_d(r, 4)}.{_d(r, 2)}.{_d(r, 2)}",
    "awb": lambda r: f"{r.choice(['176', '125', '020', '057'])}-{_d(r, 8)}",
    "port": lambda r: str(r.choice([443, 8080, 5432, 6379, 3000, 9200, 22])),
    "ms": lambda r: f"{r.randint(3, 2400)} ms",
    "tc": lambda r: (
        f"{r.randint(0, 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{r.randint(0, 999):03d}"
    ),
    "odds": lambda r: r.choice(
        [f"{r.randint(2, 33)}/{r.choice([1, 2, 4])}", f"{r.randint(11, 90) / 10:.2f}", "evens"]
    ),
    "temp": lambda r: f"{r.randint(-38, 31)} °C",
    "coord": lambda r: (
        f"{r.randint(55, 78)}°{r.randint(0, 59):02d}'{r.choice('NS')} {r.randint(1, 170)}°{r.randint(0, 59):02d}'{r.choice('EW')}"
    ),
    "alt": lambda r: f"{r.randint(1200, 8400):,} m",
    "grade": lambda r: r.choice(
        ["AD+", "D", "TD-", "PD", "5.10a", "E2 5c", "WI4", "M6", "VS 4c", "6b+"]
    ),
    "munsell": lambda r: (
        f"{r.choice(['10YR', '7.5YR', '5YR', '2.5Y'])} {r.randint(2, 7)}/{r.randint(1, 6)}"
    ),
    "ctx": lambda r: f"[{r.randint(1001, 1480)}]",
    "acc": lambda r: f"{r.randint(1968, 2024)}-{_d(r, 4)}*{r.choice('ABC')}",
    "ticket": lambda r: (
        f"{r.choice(['OPS', 'STG', 'SUB', 'POD', 'ESP', 'REG', 'CLM'])}-{r.randint(100, 9999)}"
    ),
}


def generate(name: str, rng: random.Random) -> str:
    if name in GENERATORS:
        return GENERATORS[name](rng)
    if name in LISTS:
        return rng.choice(LISTS[name])
    raise KeyError(f"unknown decoy slot {name!r}")
