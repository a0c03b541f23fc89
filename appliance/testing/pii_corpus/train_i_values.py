"""Structured values for the train_i generator, written by its author from the rules alone:
phone numbers of many regions (each checked with `phonenumbers.is_valid_number`, written in
international, national and compact forms), e-mail addresses made from a person's name,
Luhn-valid card numbers, IBANs with computed check digits, IPv4 and IPv6 addresses, US social
security numbers valid by the issuing rules and bank account numbers; and the decoys of clean
prompts that look like them (order numbers, versions, hashes, tracking codes)."""

from __future__ import annotations

import random
import string

import phonenumbers

from appliance.testing.pii_corpus.train_i_names import Person
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# region: (country code, national number prefixes, digits after the prefix)
_PHONE_PLANS: dict[str, tuple[int, tuple[str, ...], int]] = {
    "US": (1, ("212", "312", "415", "617", "206", "303", "512", "718", "404", "702"), 7),
    "CA": (1, ("416", "604", "514", "403", "613"), 7),
    "GB": (44, ("7700", "7911", "7824", "7450", "20", "161"), 6),
    "DE": (49, ("151", "160", "170", "171", "176", "30"), 8),
    "FR": (33, ("6", "7", "1"), 8),
    "ES": (34, ("6", "91", "93"), 7),
    "IT": (39, ("33", "34", "32"), 8),
    "NL": (31, ("6",), 8),
    "PL": (48, ("50", "60", "69", "79"), 7),
    "BR": (55, ("119", "219", "319"), 8),
    "IN": (91, ("98", "97", "99", "87"), 8),
    "AU": (61, ("4",), 8),
    "JP": (81, ("90", "80", "70"), 8),
    "KR": (82, ("10",), 8),
    "NG": (234, ("803", "806", "813", "703"), 7),
    "ZA": (27, ("82", "83", "72"), 7),
    "MX": (52, ("55", "33", "81"), 8),
    "IE": (353, ("85", "86", "87"), 7),
    "SE": (46, ("70", "72", "73"), 7),
    "TR": (90, ("532", "542", "505"), 7),
    "PH": (63, ("917", "918", "927"), 7),
    "KE": (254, ("7",), 8),
    "PT": (351, ("91", "93", "96"), 7),
    "GR": (30, ("69",), 8),
    "CH": (41, ("78", "79"), 7),
}


def phone(rng: random.Random) -> str:
    """A valid phone number of a random region, in one of several written forms."""
    while True:
        region = rng.choice(sorted(_PHONE_PLANS))
        cc, prefixes, rest = _PHONE_PLANS[region]
        nsn = rng.choice(prefixes) + "".join(rng.choice(string.digits) for _ in range(rest))
        if region in ("US", "CA"):
            nsn = nsn[:3] + str(rng.randint(2, 9)) + nsn[4:]
        try:
            number = phonenumbers.parse(f"+{cc}{nsn}")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        style = rng.randrange(7)
        fmt = phonenumbers.PhoneNumberFormat
        if style == 0:
            text = phonenumbers.format_number(number, fmt.E164)
        elif style in (1, 2):
            text = phonenumbers.format_number(number, fmt.INTERNATIONAL)
            if style == 2:
                text = text.replace(" ", rng.choice(("-", ".", " ")))
        elif style in (3, 4):
            text = phonenumbers.format_number(number, fmt.NATIONAL)
        elif style == 5:
            text = "".join(ch for ch in phonenumbers.format_number(number, fmt.NATIONAL)
                           if ch.isdigit())  # fmt: skip
        else:
            text = "00" + phonenumbers.format_number(number, fmt.INTERNATIONAL)[1:]
        if phone_ok(text, region):
            return text


def phone_ok(text: str, region: str | None = None) -> bool:
    """Whether a written phone number parses to a valid number (national forms in the
    region given, or any region of the plans when none is)."""
    regions = [region] if region else sorted(_PHONE_PLANS)
    for reg in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, reg)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


_DOMAINS = (
    "gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "web.de", "gmx.net",
    "icloud.com", "hotmail.fr", "libero.it", "mail.ru", "seznam.cz", "wp.pl",
    "fastmail.fm", "hey.com", "zoho.com", "orange.fr", "t-online.de", "naver.com",
)  # fmt: skip


def email(rng: random.Random, who: Person | None) -> str:
    """An e-mail address, made from the person's name when there is one."""
    g, f = who.ascii_parts() if who else (rng.choice(("gamer", "fan", "reel", "pixel")), "box")
    style = rng.randrange(6)
    local = (
        f"{g}.{f}",
        f"{g[0]}{f}",
        f"{g}{f}{rng.randint(1, 99)}",
        f"{f}_{g}",
        f"{g}.{f[0]}",
        f"{g}{rng.randint(1980, 2009)}",
    )[style]
    return f"{local}@{rng.choice(_DOMAINS)}"


def card(rng: random.Random) -> str:
    """A Luhn-valid card number, plain or grouped."""
    kind = rng.randrange(4)
    prefix, length = (("4", 16), ("5" + str(rng.randint(1, 5)), 16), ("3" + rng.choice("47"), 15),
                      ("6011", 16))[kind]  # fmt: skip
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for d in string.digits:
        if luhn_ok(body + d):
            body += d
            break
    sep = rng.choice(("", " ", "-", " "))
    if length == 15:
        return sep.join((body[:4], body[4:10], body[10:]))
    return sep.join(body[i : i + 4] for i in range(0, 16, 4))


# country: BBAN pattern (n digit, a upper letter, c letter or digit)
_IBAN_PLANS = {
    "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 10 + "c" * 11 + "nn",
    "NL": "aaaa" + "n" * 10, "ES": "n" * 20, "IT": "a" + "n" * 10 + "c" * 12,
    "BE": "n" * 12, "PL": "n" * 24, "CH": "n" * 5 + "c" * 12, "AT": "n" * 16,
    "PT": "n" * 21, "IE": "aaaa" + "n" * 14, "DK": "n" * 14, "SE": "n" * 20,
}  # fmt: skip


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(_IBAN_PLANS))
    pools = {"n": string.digits, "a": string.ascii_uppercase,
             "c": string.digits + string.ascii_uppercase}  # fmt: skip
    bban = "".join(rng.choice(pools[ch]) for ch in _IBAN_PLANS[country])
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ip(rng: random.Random) -> str:
    if rng.random() < 0.7:
        first = rng.choice((23, 31, 45, 62, 78, 81, 88, 91, 104, 142, 151, 176, 185, 203, 212))
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    groups[0] = rng.choice(("2001", "2a02", "2600", "2a01", "2c0f"))
    if rng.random() < 0.6:
        return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        value = value.replace("-", rng.choice(("-", "-", " ", "")))
        if ssn_ok(value):
            return value


def account(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return "".join(rng.choice(string.digits) for _ in range(rng.randint(8, 12)))
    if style == 1:
        return f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(1, 9)}"
    if style == 2:
        return f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    return f"{rng.randint(100, 999)}{rng.randint(1000000, 9999999)}"


def luhn_card_ok(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    return 13 <= len(digits) <= 19 and luhn_ok(digits)


# --- decoys of clean prompts -------------------------------------------------------------


def decoy(kind: str, rng: random.Random) -> str:
    """A value that looks like data but is not personal: order numbers, versions, ..."""
    d = string.digits
    hx = "0123456789abcdef"
    up = string.ascii_uppercase
    if kind == "order":
        return rng.choice(("#", "ORD-", "", "SO-", "W")) + "".join(
            rng.choice(d) for _ in range(rng.randint(6, 10))
        )
    if kind == "ver":
        return f"{rng.choice(('v', '', 'build '))}{rng.randint(0, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    if kind == "hash":
        return "".join(rng.choice(hx) for _ in range(rng.choice((7, 8, 12, 40))))
    if kind == "ticket":
        return (
            f"{rng.choice(('SUP', 'STRM', 'HELP', 'BUG', 'MOD', 'CS'))}-{rng.randint(100, 99999)}"
        )
    if kind == "track":
        return "1Z" + "".join(rng.choice(up + d) for _ in range(16))
    if kind == "date":
        y, m, dd = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice((f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y}", f"{m}/{dd}/{y}"))
    if kind == "time":
        return rng.choice((f"{rng.randint(0, 23):02d}:{rng.choice(('00', '15', '30', '45'))}",
                           f"{rng.randint(1, 12)}{rng.choice(('pm', 'am', ' PM'))}"))  # fmt: skip
    if kind == "ts":
        return f"{rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{rng.randint(0, 999):03d}"
    if kind == "price":
        return (
            rng.choice(("$", "€", "£", ""))
            + f"{rng.randint(1, 89)}.{rng.choice(('99', '49', '00', '95'))}"
        )
    if kind == "num":
        return str(rng.randint(2, 480))
    if kind == "year":
        return str(rng.randint(1962, 2025))
    if kind == "pct":
        return f"{rng.randint(3, 99)}%"
    if kind == "score":
        return f"{rng.randint(1, 9)}/10"
    if kind == "dur":
        return rng.choice(
            (f"{rng.randint(1, 3)}h {rng.randint(1, 59)}m", f"{rng.randint(20, 180)} min")
        )
    if kind == "season":
        return f"S{rng.randint(1, 12):02d}E{rng.randint(1, 24):02d}"
    if kind == "code":
        return (
            "".join(rng.choice(up + d) for _ in range(4))
            + "-"
            + "".join(rng.choice(up + d) for _ in range(4))
        )
    if kind == "lookalike":
        # grouped digits that read like a phone or card number but are an order reference
        return f"{rng.randint(1000, 9999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if kind == "tag":
        return (
            rng.choice(("xX_", "", "The", "Not", "Mr"))
            + rng.choice(
                ("NightOwl", "PixelWolf", "Crit", "Snipe", "LagSpike", "Noodle", "Toaster", "Fr0st")
            )
            + str(rng.randint(1, 999))
        )
    if kind == "res":
        return rng.choice(("1080p", "4K HDR", "720p", "1440p", "Dolby Vision"))
    if kind == "rating":
        return rng.choice(("PG-13", "TV-MA", "R", "12A", "PEGI 16", "ESRB M", "18+"))
    if kind == "lang":
        return rng.choice(("EN", "DE", "FR", "ES", "PT-BR", "JA", "KO", "IT"))
    raise KeyError(kind)


DECOYS = (
    "order", "ver", "hash", "ticket", "track", "date", "time", "ts", "price", "num", "year",
    "pct", "score", "dur", "season", "code", "lookalike", "tag", "res", "rating", "lang",
)  # fmt: skip
