"""val38 structured values (phones, cards, IBANs, IPs, SSNs, account numbers, e-mails) and
decoys (order numbers, references, versions ...). Every planted value is made valid here:
phones by `phonenumbers` for their region, cards by Luhn, IBANs by their check digits."""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS = (
    "GB US DE FR IN NG KE ZA BR MX JP AU NZ ES IT NL PL SE TR ID VN PH EG AE IE CA AR KR GH MA"
).split()
US_AREAS = ("415", "312", "617", "206", "503", "720", "404", "612", "505", "928", "808", "218")
CA_AREAS = ("204", "807", "416", "604", "514", "902")


def phone(rng: random.Random, region: str, style: str = "") -> str:
    """A valid number of a region, formatted in one of several ways people write them."""
    for _ in range(500):
        kind = rng.choice((PNT.MOBILE, PNT.MOBILE, PNT.FIXED_LINE))
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = str(example.national_number)
        if region in ("US", "CA"):
            area = rng.choice(US_AREAS if region == "US" else CA_AREAS)
            nsn = area + str(rng.randint(201, 989)) + f"{rng.randint(0, 9999):04d}"
            if nsn[3:6] == "555":
                continue
        else:
            keep = max(2, len(nsn) - 6)
            nsn = nsn[:keep] + "".join(rng.choice(string.digits) for _ in nsn[keep:])
        num = phonenumbers.parse("+" + str(example.country_code) + nsn)
        if phonenumbers.is_valid_number_for_region(num, region):
            break
    else:  # pragma: no cover
        raise ValueError(f"no valid number for {region}")
    style = style or rng.choice(("intl", "intl", "nat", "nat", "e164", "idd", "dots", "bare"))
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    if style == "intl":
        out = intl
    elif style == "nat":
        out = nat
    elif style == "e164":
        out = phonenumbers.format_number(num, PNF.E164)
    elif style == "idd":
        out = intl if region in ("US", "CA") else "00" + intl[1:]
    elif style == "dots":
        out = nat.replace(" ", ".").replace("-", ".")
        if "(" in out or out.count(".") == 0:
            out = intl.replace(" ", ".").replace("-", ".")
    elif style == "bare":
        out = "".join(ch for ch in nat if ch.isdigit())
    elif style == "paren" and region == "GB":
        out = intl.replace("+44 ", "+44 (0)")
    else:
        out = intl
    try:
        ok = phonenumbers.is_valid_number_for_region(phonenumbers.parse(out, region), region)
    except phonenumbers.NumberParseException:
        ok = False
    return out if ok else intl


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for d in string.digits:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError  # pragma: no cover


def card(rng: random.Random, brand: str = "") -> str:
    brand = brand or rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    if brand == "amex":
        n = _luhn_complete(rng.choice(("34", "37")), 15, rng)
        sep = rng.choice((" ", " ", "-", ""))
        return sep.join((n[:4], n[4:10], n[10:]))
    prefix = {"visa": "4", "mc": rng.choice(("51", "53", "55", "2221", "2720")), "disc": "6011"}[
        brand
    ]
    n = _luhn_complete(prefix, 16, rng)
    sep = rng.choice((" ", " ", "-", ""))
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


IBAN_SPECS = {
    "DE": "18n",
    "GB": "4a14n",
    "FR": "10n11c2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "BE": "12n",
    "PL": "24n",
    "PT": "21n",
    "CH": "5n12c",
    "AT": "16n",
    "IE": "4a14n",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "TR": "5n17n",
    "RO": "4a16c",
    "GR": "7n16n",
    "HU": "24n",
}
BANK_CODES = {
    "GB": ("NWBK", "BARC", "MIDL", "LOYD", "HBUK"),
    "IE": ("AIBK", "BOFI", "IPBS"),
    "NL": ("INGB", "ABNA", "RABO", "SNSB"),
    "RO": ("RNCB", "BTRL", "BRDE"),
}


def iban(rng: random.Random, country: str = "", spaced: bool | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_SPECS))
    spec = IBAN_SPECS[country]
    bban = ""
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        if ch == "a" and country in BANK_CODES:
            bban += rng.choice(BANK_CODES[country])[:n]
        elif ch == "a":
            bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
        elif ch == "c":
            bban += "".join(
                rng.choice(string.digits * 3 + string.ascii_uppercase) for _ in range(n)
            )
        else:
            bban += "".join(rng.choice(string.digits) for _ in range(n))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ip(rng: random.Random, version: str = "") -> str:
    if version == "v6" or (not version and rng.random() < 0.3):
        head = rng.choice(("2001:db8", "2a02:c7f", "2600:1f18", "2c0f:fb50", "fd12:3456"))
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 3, 6)))]
        if len(groups) == 6:
            text = head + ":" + ":".join(groups)
        else:
            text = head + "::" + ":".join(groups)
        return str(ipaddress.IPv6Address(text))
    first = rng.choice((81, 94, 185, 203, 41, 102, 177, 196, 212, 10, 172, 192, 100, 151))
    if first == 10:
        parts = [10, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
    elif first == 172:
        parts = [172, rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)]
    elif first == 192:
        parts = [192, 168, rng.randint(0, 20), rng.randint(2, 254)]
    else:
        parts = [first, rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254)]
    return ".".join(map(str, parts))


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        assert ssn_ok(value)
        r = rng.random()
        return (
            value if r < 0.75 else value.replace("-", " ") if r < 0.88 else value.replace("-", "")
        )


def account(rng: random.Random, style: str = "") -> str:
    style = style or rng.choice(("uk", "us", "hy", "long"))
    while True:
        if style == "uk":
            value = "".join(rng.choice(string.digits) for _ in range(8))
        elif style == "us":
            value = "".join(rng.choice(string.digits) for _ in range(rng.randint(9, 12)))
        elif style == "hy":
            a = "".join(rng.choice(string.digits) for _ in range(4))
            b = "".join(rng.choice(string.digits) for _ in range(rng.randint(6, 8)))
            value = f"{a}-{b}"
        else:
            value = "".join(rng.choice(string.digits) for _ in range(rng.randint(13, 16)))
        digits = value.replace("-", "")
        if value[0] != "0" and not (len(digits) >= 13 and luhn_ok(digits)):
            return value


def ascii_fold(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss")
    text = text.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("þ", "th")
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("Þ", "Th")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


PERSONAL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "orange.fr",
    "proton.me",
    "icloud.com",
    "hotmail.com",
    "gmx.net",
    "libero.it",
    "wp.pl",
    "yandex.ru",
    "naver.com",
    "uol.com.br",
    "xtra.co.nz",
    "bigpond.com",
    "rediffmail.com",
    "seznam.cz",
)
ORG_DOMAINS = (
    "frostline-skating.org.uk",
    "oldfieldcc.co.uk",
    "cragworks.climb",
    "hollowayreads.org",
    "numisma-guild.net",
    "tiedtheknot.events",
    "saffronschool.cooking",
    "lumenhair.studio",
    "voltfleet.io",
    "deckvault.shop",
    "darkskyobservatory.org",
    "valeagri.coop",
    "aerotechmro.com",
    "brightlaw-llp.com",
    "pawsure.insure",
    "elections-county.gov",
    "primetutors.edu",
    "stepbystepdance.school",
    "harbourview-hotel.com",
    "beaconheritage.org",
)


def person_email(rng: random.Random, given: str, family: str, domain: str = "") -> str:
    g = ascii_fold(given).lower().replace(" ", "").replace("'", "")
    f = ascii_fold(family).lower().replace(" ", "").replace("'", "")
    g = g.split("-")[0] if rng.random() < 0.5 else g.replace("-", "")
    f = f.replace("-", "")
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g}{f}",
            f"{g[0]}.{f}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}.{f}{rng.randint(1, 99)}",
            f"{g[0]}{f}",
        )
    )
    return f"{local}@{domain or rng.choice(PERSONAL_DOMAINS)}"


def role_email(rng: random.Random, local: str, domain: str = "") -> str:
    return f"{local}@{domain or rng.choice(ORG_DOMAINS)}"


# Decoys: values that look like personal data but are not.
HANDLES = (
    "build-bot",
    "ci-runner",
    "ops-oncall",
    "skatecoach22",
    "nightowl_dev",
    "deploybot",
    "cragrat",
    "stampnerd",
    "pinchpot",
    "voltops",
    "coinflip77",
    "stargazer_9",
    "hayfield",
    "rotorhead",
    "docket-bot",
    "tutorbot",
    "quickstep_q",
    "keyholder",
    "lamplight",
    "backhand_b",
)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def decoy(rng: random.Random, kind: str) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Sep", "Oct", "Nov", "Dec")
    if kind == "order":
        return rng.choice(("ORD-", "SO-", "#", "PO-")) + _digits(rng, rng.randint(6, 8))
    if kind == "ref":
        return _letters(rng, 2) + _digits(rng, 1) + _letters(rng, 3)
    if kind == "flight":
        return rng.choice(("BA", "QF", "ET", "TK", "NZ", "LH", "KE", "LA")) + str(
            rng.randint(11, 2999)
        )
    if kind == "track":
        return rng.choice(("1Z", "JD", "RR")) + _digits(rng, 3) + _letters(rng, 3) + _digits(rng, 8)
    if kind == "inv":
        return f"INV-{rng.randint(2023, 2025)}-{_digits(rng, 5)}"
    if kind == "date":
        return rng.choice(
            (
                f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                f"{rng.randint(1, 28)} {rng.choice(months)} {rng.randint(2024, 2026)}",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2024, 2026)}",
            )
        )
    if kind == "time":
        return f"{rng.randint(6, 21):02d}:{rng.choice(('00', '15', '30', '45'))}"
    if kind == "ver":
        return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"
    if kind == "sku":
        return f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_letters(rng, 2)}"
    if kind == "isbn":
        return f"978-{rng.randint(0, 1)}-{_digits(rng, 3)}-{_digits(rng, 5)}-{rng.randint(0, 9)}"
    if kind == "doi":
        return f"10.{rng.randint(1000, 9999)}/{_letters(rng, 3).lower()}.{rng.randint(2015, 2025)}.{_digits(rng, 4)}"
    if kind == "uuid":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    if kind == "hex":
        return "#" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
    if kind == "price":
        return (
            rng.choice(("£", "€", "$", "NZ$", "A$"))
            + f"{rng.randint(4, 2400)}.{rng.choice(('00', '50', '99', '25'))}"
        )
    if kind == "sha":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "port":
        return str(rng.choice((8080, 5432, 6379, 8443, 9200, 3000, 5000, 27017)))
    if kind == "room":
        return f"{rng.randint(1, 9)}{rng.randint(0, 3)}{rng.randint(1, 9)}"
    if kind == "seat":
        return f"{rng.randint(1, 48)}{rng.choice('ABCDEFHK')}"
    if kind == "part":
        while True:
            v = f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"
            if not luhn_ok(v.replace("-", "")):
                return "PN " + v
    if kind == "handle":
        return rng.choice(HANDLES)
    if kind == "num":
        return str(rng.randint(2, 60))
    if kind == "amount":
        return f"{rng.randint(1, 90)},{_digits(rng, 3)}.{_digits(rng, 2)}"
    raise KeyError(kind)
