"""Structured values for val33: phone numbers, e-mail addresses, card numbers, IBANs, IP
addresses, US SSNs, bank account numbers, and the decoys of clean prompts.

Phone numbers come from national number shapes written here (the leading digits of mobile and
city numbers by country); `phonenumbers` only checks them and formats them.
"""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata
import uuid

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# ---------------------------------------------------------------------------------------------
# Phone numbers: national significant numbers, "d" a random digit, "[..]" one of the digits.

PHONE_SHAPES: dict[str, tuple[str, ...]] = {
    "GB": ("7[1234589]dddddddd", "20[378]ddddddd", "161[2-8]dddddd", "131[2-8]dddddd"),
    "IE": ("8[35679]ddddddd", "91[5-9]ddddd"),
    "US": ("(212|415|617|312|206|512|303|404|503|612|919)[2-8]dddddd",),
    "CA": ("(416|604|514|403|613|204)[2-8]dddddd",),
    "DE": ("15[12]dddddddd", "17[0-9]ddddddd", "30[2-9]ddddddd", "89[2-9]ddddddd"),
    "FR": ("6dddddddd", "7[5-9]ddddddd", "1[4-5]ddddddd"),
    "ES": ("6[0-9]ddddddd", "91[1-5]dddddd"),
    "IT": ("3[234589]dddddddd", "02[2-8]ddddddd"),
    "NL": ("6[1-5]ddddddd", "20[2-7]dddddd"),
    "BE": ("4[7-9]ddddddd",),
    "CH": ("7[5-9]ddddddd",),
    "AT": ("66[0-9]ddddddd",),
    "PT": ("9[1236]ddddddd",),
    "SE": ("7[0236]ddddddd",),
    "NO": ("[49]ddddddd",),
    "DK": ("[2-6]ddddddd",),
    "FI": ("4[0-6]ddddddd",),
    "IS": ("[68][2-9]ddddd",),
    "PL": ("(50|51|53|57|60|66|69|72|73|78|79|88)ddddddd",),
    "CZ": ("(60|72|73|77|79)ddddddd",),
    "HU": ("(20|30|70)ddddddd",),
    "RO": ("7[2-8]ddddddd",),
    "GR": ("69[0-9]ddddddd",),
    "TR": ("5[345]dddddddd",),
    "UA": ("(50|63|66|67|68|73|93|95|96|97)ddddddd",),
    "RU": ("9[0-9]dddddddd",),
    "IN": ("[6-9]ddddddddd",),
    "PK": ("3[0-4]dddddddd",),
    "BD": ("1[3-9]dddddddd",),
    "LK": ("7[0-8]ddddddd",),
    "NP": ("98[4-6]ddddddd",),
    "NG": ("80[36]ddddddd", "81[03]ddddddd", "70[38]ddddddd"),
    "GH": ("2[04]ddddddd", "5[045]ddddddd"),
    "KE": ("7[0-2]ddddddd",),
    "ET": ("9[1-4]ddddddd",),
    "ZA": ("8[234]ddddddd", "7[2-4]ddddddd"),
    "EG": ("1[0125]dddddddd",),
    "MA": ("6[0-9]ddddddd",),
    "AE": ("5[0256]ddddddd",),
    "SA": ("5[0-9]ddddddd",),
    "IL": ("5[0234]ddddddd",),
    "CN": ("1[3-9]ddddddddd",),
    "HK": ("[569][1-8]dddddd",),
    "TW": ("9[1-8]ddddddd",),
    "JP": ("[789]0dddddddd",),
    "KR": ("10[2-9]ddddddd",),
    "VN": ("9[0-4]ddddddd", "3[2-9]ddddddd"),
    "TH": ("[689][1-9]ddddddd",),
    "PH": ("9[1-9]dddddddd",),
    "ID": ("8[15][1-3]dddddddd",),
    "MY": ("1[2-9]ddddddd",),
    "SG": ("[89][1-8]dddddd",),
    "AU": ("4[0-9]ddddddd",),
    "NZ": ("2[127]ddddddd",),
    "MX": ("(55|33|81)[2-9]ddddddd",),
    "BR": ("(11|21|31|41|51|61|71|81)9[6-9]ddddddd",),
    "AR": ("11[2-7]ddddddd",),
    "CL": ("9[2-9]ddddddd",),
    "CO": ("3[0-2]dddddddd",),
    "PE": ("9[0-9]ddddddd",),
    "FJ": ("[79][0-9]ddddd",),
    "KZ": ("7[07][0-9]ddddddd",),
    "GE": ("5[5-9]ddddddd",),
    "TZ": ("7[1-8]ddddddd",),
    "UG": ("7[0-8]ddddddd",),
    "ZW": ("7[1378]ddddddd",),
    "SN": ("7[05-8]ddddddd",),
    "JM": ("876[2-9]dddddd",),
}

# Regions where a number may be written with "00" instead of "+".
_IDD_00 = frozenset(
    "GB IE DE FR ES IT NL BE CH AT PT SE NO DK FI IS PL CZ HU RO GR TR UA IN PK BD LK NP GH"
    " ET ZA EG MA AE SA CN VN PH MY NZ MX CO PE FJ GE TZ UG ZW SN".split()
)


def _expand(shape: str, rng: random.Random) -> str:
    out = []
    i = 0
    while i < len(shape):
        ch = shape[i]
        if ch == "d":
            out.append(str(rng.randrange(10)))
        elif ch == "[":
            j = shape.index("]", i)
            body = shape[i + 1 : j]
            choices = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    choices += [str(x) for x in range(int(body[k]), int(body[k + 2]) + 1)]
                    k += 3
                else:
                    choices.append(body[k])
                    k += 1
            out.append(rng.choice(choices))
            i = j
        elif ch == "(":
            j = shape.index(")", i)
            out.append(rng.choice(shape[i + 1 : j].split("|")))
            i = j
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def phone_ok(text: str, region: str) -> bool:
    """Whether a phone number as written parses, is valid, and belongs to the region."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
    )


PHONE_STYLES = ("intl", "e164", "nat", "idd", "dots", "dash", "plain", "paren0")
_STYLE_WEIGHTS = (4, 1, 4, 1, 1, 1, 1, 1)


def phone(region: str, rng: random.Random, style: str | None = None) -> str:
    """A valid phone number of the region, written in one of PHONE_STYLES."""
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(400):
        nsn = _expand(rng.choice(PHONE_SHAPES[region]), rng)
        number = phonenumbers.parse(f"+{cc}{nsn}", None)
        if not phonenumbers.is_valid_number(number):
            continue
        if phonenumbers.region_code_for_number(number) != region:
            continue
        intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        plain_nat = re.sub(r"[^\d]", "", nat)
        forms = {
            "intl": intl,
            "e164": e164,
            "nat": nat,
            "idd": "00" + intl[1:] if region in _IDD_00 else intl,
            "dots": re.sub(r"[\s\-]+", ".", nat.replace("(", "").replace(")", "")),
            "dash": re.sub(r"\s+", "-", intl),
            "plain": plain_nat,
            "paren0": intl.replace(" ", " (0)", 1) if nat.startswith("0") else intl,
        }
        first = style or rng.choices(PHONE_STYLES, _STYLE_WEIGHTS)[0]
        for s in (first, "intl", "e164"):
            if phone_ok(forms[s], region):
                return forms[s]
    raise ValueError(f"no valid phone number for {region}")


# ---------------------------------------------------------------------------------------------
# Cards

_CARD_PREFIXES = {
    "visa": (("4",), 16),
    "visa13": (("4",), 13),
    "mc": (("51", "52", "53", "54", "55", "2221", "2475", "2720"), 16),
    "amex": (("34", "37"), 15),
    "disc": (("6011", "644", "65"), 16),
}


def card(rng: random.Random, brand: str | None = None, style: str | None = None) -> str:
    brand = brand or rng.choice(("visa", "visa", "mc", "mc", "amex", "disc", "visa13"))
    prefixes, length = _CARD_PREFIXES[brand]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += str(rng.randrange(10))
    for check in "0123456789":
        if luhn_ok(body + check):
            digits = body + check
            break
    style = style or rng.choice(("space", "space", "dash", "plain"))
    if style == "plain" or length == 13:
        return digits
    sep = " " if style == "space" else "-"
    if length == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, length, 4))


# ---------------------------------------------------------------------------------------------
# IBANs: the BBAN shape by country ("n" a digit, "a" a capital letter, or a bank code list).

IBAN_SHAPES = {
    "DE": "nnnnnnnnnnnnnnnnnn",
    "GB": "[BARC|NWBK|MIDL|LOYD|HBUK]nnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnnnnnnnnnnnnn",
    "NL": "[ABNA|INGB|RABO|SNSB|TRIO]nnnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "CH": "nnnnnnnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "IE": "[AIBK|BOFI|IPBS]nnnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn",
    "DK": "nnnnnnnnnnnnnn",
    "NO": "nnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn",
    "TR": "nnnnn0nnnnnnnnnnnnnnnn",
    "SA": "nnnnnnnnnnnnnnnnnnnn",
    "AE": "nnnnnnnnnnnnnnnnnnn",
    "RO": "[BTRL|RNCB|BRDE|INGB]nnnnnnnnnnnnnnnn",
    "CZ": "nnnnnnnnnnnnnnnnnnnn",
    "HU": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "GR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "HR": "nnnnnnnnnnnnnnnnn",
    "LT": "nnnnnnnnnnnnnnnn",
    "IS": "nnnnnnnnnnnnnnnnnnnnnn",
}


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_SHAPES))
    shape = IBAN_SHAPES[country]
    bban = ""
    i = 0
    while i < len(shape):
        ch = shape[i]
        if ch == "[":
            j = shape.index("]", i)
            bban += rng.choice(shape[i + 1 : j].split("|"))
            i = j
        elif ch == "n":
            bban += str(rng.randrange(10))
        elif ch == "a":
            bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        else:
            bban += ch
        i += 1
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert iban_check_digits_ok(value)
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# ---------------------------------------------------------------------------------------------
# IPs, SSNs, account numbers


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.4:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    while True:
        first = rng.randint(11, 223)
        if first not in (100, 127, 169, 172, 192, 198, 203):
            return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(("2001:db8", "2a02:c7f", "2a01:4f8", "2600:1700", "fd12:3456", "2400:cb00"))
    groups = [f"{rng.randrange(0x10000):x}" for _ in range(6)]
    if rng.random() < 0.5:
        groups[rng.randrange(0, 3)] = "0"
        groups[rng.randrange(3, 5)] = "0"
    text = prefix + ":" + ":".join(groups)
    return str(ipaddress.IPv6Address(text))


def ssn(rng: random.Random, style: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        style = style or rng.choice(("dash", "dash", "dash", "space", "plain"))
        if style == "dash":
            value = f"{value[:3]}-{value[3:5]}-{value[5:]}"
        elif style == "space":
            value = f"{value[:3]} {value[3:5]} {value[5:]}"
        assert ssn_ok(value)
        return value


def account(rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(("uk", "us", "us", "dash", "long"))
    if style == "uk":
        return "".join(str(rng.randrange(10)) for _ in range(8))
    if style == "us":
        n = rng.randint(10, 12)
        return str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
    if style == "dash":
        a = "".join(str(rng.randrange(10)) for _ in range(4))
        b = "".join(str(rng.randrange(10)) for _ in range(6))
        return f"{a}-{b}-{rng.randrange(10)}{rng.randrange(10)}"
    return "".join(str(rng.randrange(10)) for _ in range(rng.randint(13, 16)))


def sort_code(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


# ---------------------------------------------------------------------------------------------
# E-mail addresses

_SPECIAL = {"ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i", "ð": "d", "þ": "th"}
_SPECIAL.update({"œ": "oe", "Ø": "O", "Æ": "AE", "Đ": "D", "Ł": "L", "Ð": "D", "Þ": "Th"})


def ascii_fold(text: str) -> str:
    text = "".join(_SPECIAL.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch) and ord(ch) < 128)


MAIL_DOMAINS = {
    "GB": ("btinternet.com", "hotmail.co.uk", "yahoo.co.uk"),
    "DE": ("web.de", "gmx.de", "t-online.de"),
    "AT": ("gmx.at", "aon.at"),
    "CH": ("bluewin.ch",),
    "FR": ("orange.fr", "free.fr", "laposte.net"),
    "IT": ("libero.it", "virgilio.it"),
    "ES": ("telefonica.net",),
    "NL": ("ziggo.nl", "kpnmail.nl"),
    "PL": ("wp.pl", "onet.pl", "o2.pl"),
    "CZ": ("seznam.cz",),
    "RU": ("yandex.ru", "mail.ru"),
    "BR": ("uol.com.br", "bol.com.br"),
    "IN": ("rediffmail.com",),
    "KR": ("naver.com", "daum.net"),
    "JP": ("yahoo.co.jp",),
    "CN": ("qq.com", "163.com"),
    "AU": ("bigpond.com",),
    "NZ": ("xtra.co.nz",),
    "ZA": ("mweb.co.za", "telkomsa.net"),
    "SE": ("telia.com",),
    "FI": ("luukku.com",),
    "TR": ("yandex.com.tr",),
}
GLOBAL_DOMAINS = ("gmail.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "yahoo.com")


def email_for(given: str, family: str, country: str, rng: random.Random) -> str:
    g = re.sub(r"[^a-z]", "", ascii_fold(given).lower())
    f = re.sub(r"[^a-z]", "", ascii_fold(family).lower())
    n = str(rng.randint(7, 99))
    local = rng.choice(
        (f"{g}.{f}", f"{g}.{f}", f"{g}{f}", f"{g}_{f}", f"{g[:1]}{f}", f"{f}.{g}", f"{g}.{f}{n}")
        + (f"{g}{f[:1]}", f"{g}{n}", f"{g[:1]}.{f}")
    )
    domains = MAIL_DOMAINS.get(country, ()) + GLOBAL_DOMAINS
    return f"{local}@{rng.choice(domains)}"


def handle_for(given: str, family: str, rng: random.Random) -> str:
    """A chat or git handle that is not itself a name (no name standing alone as a word)."""
    g = re.sub(r"[^a-z]", "", ascii_fold(given).lower())
    f = re.sub(r"[^a-z]", "", ascii_fold(family).lower())
    return rng.choice((g[:1] + f, g + f[:1], f + str(rng.randint(2, 99)), g[:2] + f[:3]))


# ---------------------------------------------------------------------------------------------
# Decoys (never spans)

_AIRLINES = ("BA", "LH", "AF", "KL", "QF", "EK", "TK", "SK", "AY", "IB", "TP", "NZ", "SQ", "ET")
_CURRENCY = ("€", "£", "$", "CHF ", "¥", "A$", "NZ$", "R")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _isbn13(rng: random.Random) -> str:
    body = "978" + str(rng.randint(0, 1)) + _d(rng, 8)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{check}"


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(n))


def currency(rng: random.Random) -> str:
    return rng.choice(_CURRENCY)


def decoy(kind: str, rng: random.Random, cur: str = "£") -> str:
    """A decoy value of the kind; prices in the prompt's currency `cur`."""
    r = rng
    if kind == "order":
        return r.choice((f"ORD-{_d(r, 7)}", f"#{_d(r, 8)}", f"SO-2025-{_d(r, 6)}"))
    if kind == "pnr":
        return f"{_letters(r, 2)}{_d(r, 1)}{_letters(r, 2)}{_d(r, 1)}"
    if kind == "flight":
        return f"{r.choice(_AIRLINES)} {r.randint(11, 2999)}"
    if kind == "track":
        return r.choice(
            (f"JD014600{_d(r, 10)}", f"1Z{_letters(r, 3)}{_d(r, 11)}", f"CX{_d(r, 9)}DE")
        )
    if kind == "inv":
        return f"INV-2025-{_d(r, 5)}"
    if kind == "date":
        day, month = r.randint(1, 28), r.randint(1, 12)
        return r.choice(
            (
                f"2025-{month:02d}-{day:02d}",
                f"{day} {_MONTHS[month - 1]} 2025",
                f"{day:02d}/{month:02d}/2025",
                f"{_DAYS[r.randrange(7)]} {day} {_MONTHS[month - 1][:3]}",
            )
        )
    if kind == "day":
        return r.choice(_DAYS)
    if kind == "month":
        return r.choice(_MONTHS)
    if kind == "time":
        return r.choice((f"{r.randint(6, 22):02d}:{r.choice((0, 5, 15, 30, 40, 45)):02d}",))
    if kind == "ver":
        return r.choice(
            (
                f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 15)}",
                f"v{r.randint(1, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
                f"{r.randint(2, 6)}.{r.randint(0, 9)}.0-rc.{r.randint(1, 4)}",
            )
        )
    if kind == "hash":
        return "".join(r.choice("0123456789abcdef") for _ in range(7))
    if kind == "longhash":
        return "".join(r.choice("0123456789abcdef") for _ in range(40))
    if kind == "price":
        return f"{cur}{r.randint(3, 480)}.{r.choice(('00', '50', '99', '95', '20'))}"
    if kind == "bigprice":
        return f"{cur}{r.randint(2, 940)},{r.randint(0, 9)}00"
    if kind == "isodate":
        return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    if kind == "ndate":
        day, month = r.randint(1, 28), r.randint(1, 12)
        return r.choice((f"{day:02d}.{month:02d}.2025", f"{day:02d}/{month:02d}/2025"))
    if kind == "sku":
        return f"{_letters(r, 3)}-{_d(r, 4)}-{_letters(r, 2)}"
    if kind == "isbn":
        return _isbn13(r)
    if kind == "doi":
        return f"10.{r.randint(1000, 9999)}/{_letters(r, 3).lower()}.{_d(r, 4)}.{_d(r, 3)}"
    if kind == "room":
        return r.choice((f"{r.randint(1, 6)}.{r.randint(1, 40):02d}", f"B{r.randint(101, 420)}"))
    if kind == "seat":
        return f"{r.randint(1, 48)}{r.choice('ABCDEFHJK')}"
    if kind == "part":
        return f"PN-{_d(r, 5)}-{_d(r, 2)}-{_d(r, 4)}"
    if kind == "port":
        return str(r.choice((8080, 8443, 5432, 6379, 9092, 3000, 50051, 27017, 8000)))
    if kind == "hex":
        return "#" + "".join(r.choice("0123456789abcdef") for _ in range(6))
    if kind == "uuid":
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    if kind == "claim":
        return f"CLM-{_d(r, 8)}"
    if kind == "ticket":
        return f"{r.choice(('INC', 'REQ', 'CS', 'OPS'))}-{_d(r, 5)}"
    if kind == "n":
        return str(r.randint(2, 48))
    if kind == "big":
        return f"{r.randint(1, 98)},{_d(r, 3)}"
    if kind == "pct":
        return f"{r.randint(2, 97)}%"
    if kind == "temp":
        return f"{r.randint(4, 27)}.{r.randint(0, 9)} °C"
    if kind == "pcode":
        return f"{_letters(r, 1)}{r.randint(1, 9)} {r.randint(1, 9)}{_letters(r, 2)}"
    if kind == "gate":
        return f"{r.choice('ABCDEFG')}{r.randint(1, 60)}"
    if kind == "policy":
        return f"MHP-{_d(r, 7)}-{r.choice('ABCK')}"
    if kind == "lot":
        return f"LOT {r.randint(20, 25)}-{_d(r, 3)}{r.choice('ABCD')}"
    if kind == "tail":
        return r.choice(
            (
                f"G-{_letters(r, 4)}",
                f"D-A{_letters(r, 3)}",
                f"EI-{_letters(r, 3)}",
                f"VH-{_letters(r, 3)}",
            )
        )
    if kind == "imo":
        return f"IMO {r.randint(9100000, 9899999)}"
    if kind == "acc":
        return f"SB-{_d(r, 6)}"
    if kind == "desig":
        return f"20{r.randint(10, 24)} {_letters(r, 2)}{r.randint(1, 99)}"
    if kind == "mag":
        return f"+{r.randint(4, 15)}.{r.randint(0, 9)}"
    if kind == "kg":
        return f"{r.randint(1, 32)}.{r.randint(0, 9)} kg"
    if kind == "ms":
        return f"{r.randint(3, 2400)} ms"
    if kind == "year":
        return str(r.randint(1998, 2025))
    if kind == "qty":
        return str(r.randint(2, 240))
    if kind == "batch":
        return f"B{r.randint(2401, 2512)}-{_d(r, 3)}"
    if kind == "unit":
        return f"{r.choice('ABCDEFG')}{r.randint(1, 9)}.{r.randint(1, 30):02d}"
    if kind == "ref":
        return f"{_letters(r, 3)}{_d(r, 6)}"
    raise ValueError(f"unknown decoy {kind!r}")


def email_ok(value: str) -> bool:
    pattern = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    return re.fullmatch(pattern, value) is not None
