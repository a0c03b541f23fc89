"""Values planted in val17 and the decoys beside them, written by its author: phone numbers
of many regions (drawn near the `phonenumbers` package's example number of the region and
kept only when `phonenumbers` finds them valid, then written in one of several formats and
checked again as written), Luhn-valid card numbers, IBANs with computed check digits, US
social security numbers by the issuing rules, IPv4/IPv6 addresses, bank account numbers,
e-mail addresses, and decoy numbers and codes for the text around them."""

from __future__ import annotations

import ipaddress
import random
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as Fmt
from phonenumbers import PhoneNumberType as Kind

from appliance.testing.pii_corpus.val17_names import Person, slug

DIGITS = "0123456789"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def phone(rng: random.Random, region: str, style: str = "any") -> str:
    """A valid number of the region, written as people write it. style: any, intl, natl."""
    kind = rng.choice((Kind.MOBILE, Kind.MOBILE, Kind.FIXED_LINE))
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    assert ex is not None, region
    nsn = phonenumbers.national_significant_number(ex)
    num = ex
    for _ in range(40):
        keep = max(2, len(nsn) - rng.randint(3, 6))
        cand = phonenumbers.parse(f"+{ex.country_code}{nsn[:keep]}{_d(rng, len(nsn) - keep)}")
        if phonenumbers.is_valid_number(cand):
            num = cand
            break
    if style == "any":
        style = rng.choice(("intl", "intl", "natl", "natl", "e164", "intl_dash", "natl_bare"))
    intl = phonenumbers.format_number(num, Fmt.INTERNATIONAL)
    natl = phonenumbers.format_number(num, Fmt.NATIONAL)
    text = {
        "intl": intl,
        "natl": natl,
        "e164": phonenumbers.format_number(num, Fmt.E164),
        "intl_dash": intl.replace(" ", "-").replace("+-", "+"),
        "intl_dot": intl.replace(" ", ".").replace("+.", "+"),
        "natl_bare": "".join(ch for ch in natl if ch.isdigit()),
    }.get(style, intl)
    try:
        ok = phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        ok = False
    return text if ok else intl


def phone_ok(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    brand = rng.choice(("visa", "visa", "mc", "mc2", "amex", "disc"))
    prefix, length = {
        "visa": ("4" + _d(rng, 5), 16),
        "mc": (str(rng.randint(51, 55)) + _d(rng, 4), 16),
        "mc2": (str(rng.randint(2221, 2720)) + _d(rng, 2), 16),
        "amex": (rng.choice(("34", "37")) + _d(rng, 4), 15),
        "disc": ("6011" + _d(rng, 2), 16),
    }[brand]
    body = prefix + _d(rng, length - 1 - len(prefix))
    digits = body + _luhn_digit(body)
    sep = rng.choice((" ", " ", "-", ""))
    if length == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


# BBAN shapes: n digits, a upper-case letters, c letters or digits.
_IBAN = {
    "DE": "18n", "GB": "4a14n", "NL": "4a10n", "FR": "10n11n2n", "ES": "20n", "IT": "1a10n12n",
    "BE": "12n", "AT": "16n", "CH": "5n12n", "PL": "24n", "IE": "4a14n", "PT": "21n",
    "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "LT": "16n", "HR": "17n", "RO": "4a16n",
}  # fmt: skip


def iban(rng: random.Random, country: str = "") -> str:
    country = country if country in _IBAN else rng.choice(sorted(_IBAN))
    spec = _IBAN[country]
    bban = ""
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        pool = string.ascii_uppercase if ch == "a" else DIGITS
        bban += "".join(rng.choice(pool) for _ in range(n))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.4:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(("-", "-", "-", " ", ""))
    return sep.join((digits[:3], digits[3:5], digits[5:]))


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 23, 45, 81, 94, 141, 185, 203, 62, 89))
    if first == 192:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:8108", "2600:1f18", "fd12:3456", "2a01:4f8"))
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 4, 6)))]
    full = head + ":" + ":".join(groups)
    if len(groups) < 6:
        full = head + "::" + ":".join(groups)
    return str(ipaddress.IPv6Address(full)) if rng.random() < 0.5 else full


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.3 else ipv4(rng)


def account(rng: random.Random) -> str:
    style = rng.randrange(6)
    if style == 0:
        return _d(rng, 8)
    if style == 1:
        return _d(rng, 3) + "-" + _d(rng, 6) + "-" + _d(rng, 2)
    if style == 2:
        return str(rng.randint(1, 9)) + _d(rng, 11)
    if style == 3:
        return f"{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 7)}-{_d(rng, 2)}"
    if style == 4:
        return f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}"
    return str(rng.randint(1, 9)) + _d(rng, 9)


_FREE_MAIL = (
    "gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.at", "orange.fr", "libero.it",
    "wp.pl", "seznam.cz", "proton.me", "icloud.com", "hotmail.es", "mail.ru", "naver.com",
    "yandex.kz", "bluewin.ch", "telenet.be", "ziggo.nl", "sapo.pt", "uol.com.br",
)  # fmt: skip
COMPANY_MAIL = (
    "northgate-haulage.co.uk", "brickfield-build.com", "qc.vossmetall.de", "tillpoint.io",
    "harbourlight-fm.org", "clapperboard-prod.com", "stmarks-parish.org.uk", "lindenhof-pflege.at",
    "littleacorns-nursery.co.uk", "relief-frontline.org", "lingua-bridge.eu", "sprachforum.de",
    "bluefin-divecentre.com", "skischule-alpspitz.at", "citylibrary.gov", "taxwise-advisers.ie",
    "notaire-bellerive.fr", "swiftmove.com.au", "dispatch.county911.us", "atlas-tours.travel",
)  # fmt: skip


def email(rng: random.Random, p: Person, company: bool = False) -> str:
    g, f = slug(p.given), slug(p.family)
    local = (
        f"{g}.{f}",
        f"{g[0]}{f}",
        f"{g}{f}{rng.randint(1, 99)}",
        f"{f}.{g[0]}",
        f"{g}_{f}",
        f"{g}",
    )[p.handle_style if not company else rng.choice((0, 1, 3))]
    domain = rng.choice(COMPANY_MAIL if company else _FREE_MAIL)
    return f"{local}@{domain}"


def role_email(rng: random.Random) -> str:
    role = rng.choice(("dispatch", "bookings", "office", "accounts", "frontdesk", "qc-team"))
    return f"{role}@{rng.choice(COMPANY_MAIL)}"


# Decoys: numbers and codes that look like personal data but are not.
def decoy(rng: random.Random, kind: str) -> str:
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "order":
        return rng.choice(("ORD-", "#", "SO-", "PO ", "INV-")) + _d(rng, rng.choice((6, 7, 8)))
    if kind == "ticket":
        return rng.choice(("INC", "TKT-", "OPS-", "QA-", "CS-")) + _d(rng, rng.choice((4, 5, 7)))
    if kind == "date":
        y, m, d = rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}"))
    if kind == "time":
        return f"{rng.randint(6, 22):02d}:{rng.choice((0, 15, 30, 45, 5, 50)):02d}"
    if kind == "ver":
        return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"
    if kind == "price":
        return (
            rng.choice(("£", "€", "$", "CHF ")) + f"{rng.randint(3, 2400)}.{rng.randint(0, 99):02d}"
        )
    if kind == "sku":
        return f"{rng.choice(up)}{rng.choice(up)}-{_d(rng, 4)}-{rng.choice(up)}{_d(rng, 2)}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "track":
        return rng.choice(("1Z", "JD", "LX", "TBA")) + _d(rng, rng.choice((10, 12, 16)))
    if kind == "isbn":
        return f"978-{rng.randint(0, 3)}-{_d(rng, 3)}-{_d(rng, 5)}-{rng.randint(0, 9)}"
    if kind == "qty":
        return str(rng.randint(2, 480))
    if kind == "num":
        return _d(rng, rng.choice((9, 10, 11, 12)))
    if kind == "lot":
        return f"L{rng.randint(20, 26)}{_d(rng, 3)}-{rng.choice(up)}{_d(rng, 2)}"
    if kind == "pct":
        return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
    raise KeyError(kind)


DECOY_KINDS = (
    "order", "ticket", "date", "time", "ver", "price", "sku", "hash", "track", "isbn", "qty",
    "num", "lot", "pct",
)  # fmt: skip
