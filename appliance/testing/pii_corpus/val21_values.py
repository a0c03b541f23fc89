"""Values planted in the val21 part of the labelled PII corpus, and decoys beside them.

Written for this part alone: phone numbers of many regions made from the `phonenumbers`
package's example numbers with random subscriber digits, kept only when that package says
they are valid once written out; card numbers with Luhn's check digit; IBANs of several
countries with their ISO 13616 check digits; US social security numbers by the issuing
rules; IPv4 and IPv6 addresses; e-mail addresses; bank account numbers; and the decoys
(order numbers, tracking codes, ISBNs, versions, hashes ...) that look like them but are not
personal data.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus.val21_names import strip_accents
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS: tuple[str, ...] = (
    "GB", "US", "CA", "DE", "FR", "NL", "ES", "IT", "IE", "IN", "AU", "NZ", "BR", "MX", "NG",
    "KE", "ZA", "JP", "KR", "SG", "PH", "AE", "EG", "TR", "PL", "SE", "NO", "DK", "FI", "CH",
    "AT", "BE", "PT", "GR", "AR", "CL", "CO", "PK", "BD", "VN", "TH", "ID", "MY", "IL", "UA",
    "GH", "ET",
)  # fmt: skip

_NANP_AREAS = ("206", "312", "414", "520", "602", "617", "713", "907", "415", "503", "615",
               "404", "612", "702", "808", "919")  # fmt: skip
_CA_AREAS = ("204", "306", "403", "416", "514", "604", "613", "902")


def _valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def _number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    if region in ("US", "CA"):
        areas = _NANP_AREAS if region == "US" else _CA_AREAS
        for _ in range(50):
            raw = (
                rng.choice(areas)
                + str(rng.randint(2, 9))
                + "".join(rng.choice(string.digits) for _ in range(6))
            )
            n = phonenumbers.parse(raw, region)
            if phonenumbers.is_valid_number(n) and raw[3:6] != "555":
                return n
    kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    assert example is not None
    digits = str(example.national_number)
    keep = max(2, len(digits) // 2)
    for _ in range(60):
        new = digits[:keep] + "".join(rng.choice(string.digits) for _ in digits[keep:])
        n = phonenumbers.parse("+" + str(example.country_code) + new, None)
        if phonenumbers.is_valid_number(n):
            return n
    return example


def phone(rng: random.Random, region: str | None = None) -> str:
    """A valid phone number of a region, written in one of several ways."""
    region = region or rng.choice(PHONE_REGIONS)
    n = _number(rng, region)
    intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
    styles = [
        intl,
        intl,
        national,
        national,
        phonenumbers.format_number(n, PhoneNumberFormat.E164),
        "".join(ch for ch in national if ch.isdigit()),
        intl.replace(" ", "-"),
        intl.replace(" ", "."),
        "00" + phonenumbers.format_number(n, PhoneNumberFormat.E164)[1:],
    ]
    if region in ("US", "CA"):
        d = str(n.national_number)
        styles += [
            f"{d[:3]}.{d[3:6]}.{d[6:]}",
            f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
            f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}",
        ]
    rng.shuffle(styles)
    for s in styles:
        if s.startswith("00"):
            if _valid("+" + s[2:], region):
                return s if _valid(s, region) else "+" + s[2:]
            continue
        if _valid(s, region):
            return s
    return intl


def phone_ok(text: str) -> bool:
    """Whether a written number is valid, parsed with its "+" or with one of the regions."""
    if text.startswith("+"):
        return _valid(text, "ZZ")
    return any(_valid(text, r) for r in PHONE_REGIONS)


def card(rng: random.Random) -> str:
    """A Luhn-valid card number (Visa, Mastercard, Amex, Discover), grouped as people write."""
    brand = rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    if brand == "amex":
        body = rng.choice(("34", "37")) + "".join(rng.choice(string.digits) for _ in range(12))
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + "".join(rng.choice(string.digits) for _ in range(13))
    elif brand == "disc":
        body = "6011" + "".join(rng.choice(string.digits) for _ in range(11))
    else:
        body = "4" + "".join(rng.choice(string.digits) for _ in range(14))
    for check in string.digits:
        if luhn_ok(body + check):
            digits = body + check
            break
    sep = rng.choice((" ", " ", "-", ""))
    if len(digits) == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


# country: (length of the BBAN, pattern: "n" digit, "a" capital letter, "c" either)
_IBAN_FORMATS: dict[str, str] = {
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "NL": "aaaa" + "n" * 10,
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "BE": "n" * 12,
    "CH": "n" * 17,
    "AT": "n" * 16,
    "IE": "aaaa" + "n" * 14,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "NO": "n" * 11,
    "DK": "n" * 14,
    "PT": "n" * 21,
    "FI": "n" * 14,
    "GR": "n" * 23,
    "RO": "aaaa" + "c" * 16,
}
_BANK_CODES = {"GB": ("NWBK", "BARC", "LOYD", "HBUK"), "NL": ("ABNA", "RABO", "INGB"),
               "IE": ("AIBK", "BOFI"), "RO": ("BTRL", "RNCB")}  # fmt: skip


def iban(rng: random.Random, country: str | None = None) -> str:
    """An IBAN with correct check digits, grouped in fours or written compact."""
    country = country or rng.choice(tuple(_IBAN_FORMATS))
    pattern = _IBAN_FORMATS[country]
    chars = []
    for kind in pattern:
        if kind == "n":
            chars.append(rng.choice(string.digits))
        elif kind == "a":
            chars.append(rng.choice(string.ascii_uppercase))
        else:
            chars.append(rng.choice(string.digits + string.ascii_uppercase))
    bban = "".join(chars)
    if country in _BANK_CODES:
        bban = rng.choice(_BANK_CODES[country]) + bban[4:]
    num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    value = f"{country}{98 - num % 97:02d}{bban}"
    assert iban_check_digits_ok(value)
    if rng.random() < 0.6:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ssn(rng: random.Random) -> str:
    """A US social security number that follows the issuing rules."""
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        assert ssn_ok(value)
        style = rng.random()
        if style < 0.7:
            return f"{value[:3]}-{value[3:5]}-{value[5:]}"
        if style < 0.85:
            return f"{value[:3]} {value[3:5]} {value[5:]}"
        return value


def ipv4(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if style < 0.5:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice((31, 41, 62, 78, 81, 88, 94, 102, 145, 151, 178, 185, 197, 203, 212))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    style = rng.random()
    if style < 0.4:
        return "2001:db8:" + ":".join(groups[2:4]) + "::" + groups[7]
    if style < 0.6:
        return "fe80::" + ":".join(groups[4:])
    if style < 0.8:
        return rng.choice(("2a02", "2a01", "2600", "2406")) + ":" + ":".join(groups[1:])
    return "2001:" + ":".join(f"{int(g, 16):04x}" for g in groups[1:])


_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "gmx.de",
            "web.de", "orange.fr", "hotmail.com", "btinternet.com", "fastmail.fm")  # fmt: skip
_WORK_DOMAINS = ("northsea-coop.org", "harbourline-agency.com", "kestrel-freight.co.uk",
                 "trialsite-med.org", "admissions.uni-lakeshore.edu", "bloodservice.org.nz",
                 "constituency-office.org.uk", "radio-tideway.fm", "customsbroker.ie",
                 "rigcrew.no", "fisheries-board.is", "consulate-mail.net")  # fmt: skip
_ROLE_BOXES = ("bookings", "crewdesk", "visits", "admissions", "dispatch-notes", "newsdesk",
               "payroll", "customs", "roster", "ops", "hello", "claims")  # fmt: skip


def _slug(part: str) -> str:
    return "".join(ch for ch in strip_accents(part).lower() if ch.isalnum())


def email_for(rng: random.Random, given: str, family: str) -> str:
    """An e-mail address made from a person's name."""
    g, f = _slug(given.split()[0]) or "info", _slug(family) or "mail"
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}{rng.randint(7, 99)}",
            f"{g}.{f[0]}",
        )
    )
    domain = rng.choice(_DOMAINS + _WORK_DOMAINS)
    return f"{local}@{domain}"


def email_plain(rng: random.Random) -> str:
    """An address that names no one: a role box at a work domain, or a handle."""
    if rng.random() < 0.5:
        return f"{rng.choice(_ROLE_BOXES)}@{rng.choice(_WORK_DOMAINS)}"
    handle = rng.choice(("seagull", "tractorfan", "nightshift", "bluefin", "quietcoast"))
    return f"{handle}{rng.randint(10, 9999)}@{rng.choice(_DOMAINS)}"


def account(rng: random.Random) -> str:
    """A bank account number as people write it."""
    d = "".join(rng.choice(string.digits) for _ in range(14))
    return rng.choice(
        (d[:8], d[:10], f"{d[:2]}-{d[2:6]}-{d[6:13]}", f"{d[:4]} {d[4:8]} {d[8:12]}", d[:12],
         f"{d[:3]}-{d[3:9]}-{d[9:11]}", "00" + d[:9])
    )  # fmt: skip


def house(rng: random.Random, address: str) -> str:
    return address.replace("#", str(rng.choice((rng.randint(1, 40), rng.randint(41, 380)))))


# Decoys: never personal data, but shaped like numbers that might be.
def decoy(rng: random.Random, kind: str) -> str:
    d = string.digits
    r = rng.randint
    if kind == "order":
        return rng.choice(("ORD-", "SO-", "#", "PO ", "")) + "".join(
            rng.choice(d) for _ in range(r(6, 10))
        )
    if kind == "track":
        return rng.choice(("1Z", "JD", "TBA", "LX")) + "".join(
            rng.choice(d + "ABCDEFX") for _ in range(r(12, 16))
        )
    if kind == "isbn":
        return f"978-{r(0, 1)}-{r(100, 999)}-{r(10000, 99999)}-{r(0, 9)}"
    if kind == "ver":
        return f"{r(0, 14)}.{r(0, 30)}.{r(0, 99)}"
    if kind == "date":
        return rng.choice((f"2024-{r(1, 12):02d}-{r(1, 28):02d}", f"{r(1, 28)}/{r(1, 12)}/2025",
                           f"{r(1, 28)} {rng.choice(('March', 'June', 'Oct', 'Nov'))} 2025"))  # fmt: skip
    if kind == "iso":
        return f"2025-{r(1, 12):02d}-{r(1, 28):02d}"
    if kind == "time":
        return f"{r(0, 23):02d}:{rng.choice(('00', '15', '30', '45'))}"
    if kind == "price":
        return rng.choice(("$", "€", "£", "")) + f"{r(3, 2400)}.{r(0, 99):02d}"
    if kind == "ticket":
        return rng.choice(("INC", "OPS", "REQ", "CASE-", "JIRA-")) + str(r(1000, 999999))
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "sku":
        return (
            "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
            + f"-{r(100, 9999)}-{rng.choice('ABKXZ')}"
        )
    if kind == "n":
        return str(r(2, 95))
    if kind == "ref":
        return f"{r(10, 99)}{rng.choice(string.ascii_uppercase)}{r(1000000, 9999999)}"
    if kind == "imo":
        return f"IMO {r(9000000, 9899999)}"
    if kind == "flight":
        return rng.choice(("BA", "LH", "QR", "ET", "DY", "KL")) + str(r(10, 2999))
    if kind == "lot":
        return f"LOT-{r(10, 99)}{rng.choice('ABCDE')}-{r(1000, 9999)}"
    if kind == "build":
        return str(r(1000, 99999))
    raise KeyError(kind)
