"""Planted values of val13 other than names, places and phones, from a seeded generator.

Card numbers of several schemes made Luhn-valid by a computed last digit, IBANs of 24
countries with their check digits computed (ISO 13616, mod 97), US social security numbers
that follow the issuing rules, IPv4 and IPv6 addresses, bank account numbers in the shapes of
several banking systems, and e-mail addresses built from a person's name or from a hobby word.
Written for val13 alone; `validity.py` is the only other module of the corpus it relies on.
"""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# scheme: (prefixes, length, grouping)
_CARDS = (
    (("4",), 16, (4, 4, 4, 4)),
    (("51", "52", "53", "54", "55", "2221", "2530", "2720"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("6011", "65"), 16, (4, 4, 4, 4)),
    (("3528", "3589"), 16, (4, 4, 4, 4)),
    (("36",), 14, (4, 6, 4)),
)


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def card(rng: random.Random) -> str:
    prefixes, length, groups = rng.choice(_CARDS)
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += rng.choice("0123456789")
    digits = body + _luhn_digit(body)
    sep = rng.choice((" ", " ", "-", ""))
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    text = sep.join(out)
    assert luhn_ok(re.sub(r"\D", "", text))
    return text


# country: BBAN pattern (n digit, a capital letter, c digit or capital letter)
_IBAN = {
    "DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "NL": "4a10n", "ES": "20n", "IT": "1a10n12c",
    "BE": "12n", "CH": "5n12c", "AT": "16n", "IE": "4a14n", "PL": "24n", "PT": "21n",
    "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "CZ": "20n", "HU": "24n", "RO": "4a16c",
    "GR": "7n16c", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n", "IL": "19n",
}  # fmt: skip


def iban(rng: random.Random, country: str | None = None) -> str:
    cc = country or rng.choice(sorted(_IBAN))
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", _IBAN[cc]):
        for _ in range(int(count)):
            if kind == "n" or (kind == "c" and rng.random() < 0.7):
                bban += rng.choice("0123456789")
            else:
                bban += rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{cc}{check:02d}{bban}"
    text = (
        compact
        if rng.random() < 0.4
        else " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    )
    assert iban_check_digits_ok(text)
    return text


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " ", ""))
    text = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
    assert ssn_ok(text)
    return text


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.4:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    while True:
        first = rng.randint(11, 223)
        if first not in (127, 169, 172, 192):
            break
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:c7f", "2600:1700", "2406:da18", "fd12:3456", "2a01:4f8"))
    tail = ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 3, 6))))
    text = f"{head}::{tail}" if tail.count(":") < 5 else f"{head}:{tail}"
    return str(ipaddress.IPv6Address(text)) if rng.random() < 0.5 else text


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.25 else ipv4(rng)


def account(rng: random.Random) -> str:
    kind = rng.randrange(7)
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if kind == 0:
        return d(8)  # UK
    if kind == 1:
        return d(rng.choice((10, 11, 12)))  # US
    if kind == 2:
        return f"{d(4)}-{d(6)}-{d(2)}"
    if kind == 3:
        return f"{d(3)}-{d(7)}-{d(1)}"
    if kind == 4:
        return d(14)  # India
    if kind == 5:
        return f"{d(4)} {d(4)} {d(4)}"
    return f"0{d(2)}-{d(6)}"


_DOMAINS = (
    "gmail.com outlook.com yahoo.co.uk hotmail.fr web.de gmx.net proton.me icloud.com "
    "libero.it wp.pl seznam.cz mail.ru yandex.com naver.com qq.com rediffmail.com "
    "orange.fr t-online.de telenet.be ziggo.nl bigpond.com xtra.co.nz sapo.pt uol.com.br "
    "fastmail.com aol.com"
).split()
_WORK_DOMAINS = (
    "northgate-lettings.co.uk kestrelclaims.com brightwire.net halden-uni.edu "
    "trialsite-research.org lanternfund.org oakbeam-builders.com harvestcoop.coop "
    "skyhop-air.com parkwise.io ledgerline.tax visa-legal.eu tulle-and-lens.com "
    "fitforge.app kindredmatch.com stmarkscommunity.org riverside-league.net vanta-esports.gg "
    "pulse-fm.radio wordbridge-translations.com talentdock.co callcraft-qa.com"
).split()


def ascii_fold(text: str) -> str:
    repl = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ð": "d", "Ð": "D", "đ": "d", "Đ": "D",
            "ß": "ss", "æ": "ae", "ı": "i", "þ": "th"}  # fmt: skip
    text = "".join(repl.get(ch, ch) for ch in text)
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if ch.isascii() and (ch.isalnum() or ch in " -"))


def email_for(rng: random.Random, given: str, family: str, work: bool = False) -> str:
    g = ascii_fold(given).lower().replace(" ", "").replace("-", "")
    f = ascii_fold(family).lower().replace(" ", "").replace("-", "")
    domain = rng.choice(_WORK_DOMAINS if work else _DOMAINS)
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}{f}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}_{f[0]}",
            f"{g}.{f[0]}{rng.randint(70, 99)}",
            f"{f}{g[0]}",
        )
    )
    return f"{local}@{domain}"


_HOBBY = (
    "bluefinch quietharbour mossyrock tangerine.days kitehigh seventeen.ravens bytegarden "
    "oldmill.pottery hilltop.hives puddlejumper velvet.static mapleandoak"
).split()


def email_other(rng: random.Random) -> str:
    return f"{rng.choice(_HOBBY)}{rng.randint(1, 999)}@{rng.choice(_DOMAINS)}"
