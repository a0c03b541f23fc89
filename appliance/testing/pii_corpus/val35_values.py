"""Planted structured values and decoys of the val35 part: phone numbers (checked and
formatted with `phonenumbers`), Luhn-valid cards, IBANs with valid check digits, IPv4/IPv6
addresses, valid US SSNs, bank account numbers, e-mail addresses, and the decoy values
(order numbers, references, versions, dates ...) that look like personal data but are not."""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# ---------------------------------------------------------------------------------------
# Phone numbers

PHONE_REGIONS = (
    "GB US CA IE FR DE NL BE ES PT BR IT GR PL CZ SK HU RO BG RS HR SI UA LT LV EE FI SE NO "
    "DK IS TR AE SA LB EG MA IR IL AM GE IN PK LK NP BD CN HK TW JP KR VN TH PH ID MY NG GH "
    "KE TZ ET SO ZA MX AR CO PE CL JM AU NZ WS FJ KZ UZ MN KH MT AL SN RW UG ZW MG CH AT SG"
).split()


def phone_ok(value: str, region: str) -> bool:
    """Whether a phone number as written is a valid number of its region (a leading "00"
    read as "+")."""
    for text in (value, "+" + value[2:] if value.startswith("00") else None):
        if text is None:
            continue
        try:
            num = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and (
            phonenumbers.region_code_for_number(num) == region
            or region in phonenumbers.region_codes_for_country_code(num.country_code)
        ):
            return True
    return False


def _same(value: str, region: str, num: phonenumbers.PhoneNumber) -> bool:
    if not phone_ok(value, region):
        return False
    text = "+" + value[2:] if value.startswith("00") else value
    try:
        other = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (other.country_code, other.national_number) == (num.country_code, num.national_number)


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = PhoneNumberType.MOBILE if rng.random() < 0.65 else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    nsn = phonenumbers.national_significant_number(example)
    keep = max(2, len(nsn) - 6)
    for _ in range(500):
        tail = "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        num = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{tail}")
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            if "5550" not in tail and tail.strip("0"):
                return num
    raise ValueError(f"no phone number for {region}")


def phone_formats(num: phonenumbers.PhoneNumber, region: str) -> dict[str, str]:
    """The ways a number is written, each checked to read back as the same valid number."""
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    cands = {
        "intl": intl,
        "nat": nat,
        "e164": e164,
        "zz": "00" + intl[1:].replace("-", " "),
        "dots": re.sub(r"[\s-]+", ".", nat.replace("(", "").replace(")", "")),
        "idots": "+" + re.sub(r"[\s-]+", ".", intl[1:]),
        "hyph": re.sub(r"\s+", "-", nat.replace("(", "").replace(")", "")),
        "ihyph": re.sub(r"\s+", "-", intl),
        "raw": re.sub(r"\D", "", nat),
        "ispace": intl.replace("-", " "),
    }
    nsn = phonenumbers.national_significant_number(num)
    if nat.startswith("0") and not nat.startswith("0" + "0") and region in _TRUNK0:
        area = len(re.split(r"[\s-]", nat)[0]) - 1
        rest = intl[intl.index(" ") + 1 :]
        if rest.replace(" ", "").replace("-", "").startswith(nsn[:area]):
            cands["trunk"] = f"+{num.country_code} (0){rest}"
        cands["brk"] = f"({nat[: area + 1]}) {nat[area + 1 :].strip()}"
    return {k: v for k, v in cands.items() if v and _same(v, region, num)}


_TRUNK0 = {"GB", "IE", "DE", "AT", "CH", "NL", "BE", "FR", "IT", "AU", "NZ", "ZA", "NG"}


# ---------------------------------------------------------------------------------------
# Cards

_CARD_PREFIXES = {
    "visa": (["4"], 16),
    "visa13": (["4"], 13),
    "mc": (["51", "52", "53", "54", "55", "2221", "2310", "2497", "2720"], 16),
    "amex": (["34", "37"], 15),
    "disc": (["6011", "644", "645", "65"], 16),
    "jcb": (["3528", "3541", "3566", "3589"], 16),
    "diners": (["36", "38"], 14),
}
CARD_BRANDS = ("visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners", "visa13")


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card_number(rng: random.Random, brand: str, sep: str | None = None) -> str:
    prefixes, length = _CARD_PREFIXES[brand]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += rng.choice("0123456789")
    digits = _luhn_complete(body)
    if sep is None:
        sep = rng.choice([" ", " ", "-", "", " "])
    if brand == "visa13":
        sep = ""
    if brand == "amex":
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif brand == "diners":
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif brand == "visa13":
        groups = [digits[:4], digits[4:7], digits[7:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    return sep.join(groups)


# ---------------------------------------------------------------------------------------
# IBANs

_IBAN_SPECS = {
    "GB": "B4 6n 8n",
    "DE": "18n",
    "FR": "23n",
    "ES": "20n",
    "IT": "1a 22n",
    "NL": "B4 10n",
    "BE": "12n",
    "CH": "17n",
    "AT": "16n",
    "PL": "24n",
    "PT": "21n",
    "IE": "B4 14n",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "TR": "22n",
    "SA": "20n",
    "AE": "19n",
    "RO": "4a 16n",
    "CZ": "20n",
    "HU": "24n",
    "GR": "23n",
    "LU": "16n",
    "HR": "17n",
    "LT": "16n",
    "BG": "4a 14n",
    "EE": "16n",
    "SI": "15n",
    "IS": "22n",
    "IL": "19n",
    "BR": "23n 1a 1a",
    "MT": "4a 23n",
    "CY": "24n",
    "PK": "4a 16n",
    "GE": "2a 16n",
}
IBAN_COUNTRIES = tuple(_IBAN_SPECS)
_BANKS = {"GB": "BARC LOYD NWBK HBUK MIDL SRLG", "IE": "AIBK BOFI", "NL": "ABNA INGB RABO TRIO"}


def iban(rng: random.Random, country: str, spaced: bool | None = None) -> str:
    bban = ""
    for part in _IBAN_SPECS[country].split():
        if part.startswith("B"):
            bban += rng.choice(_BANKS[country].split())
            continue
        n, kind = int(part[:-1]), part[-1]
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
        bban += "".join(rng.choice(alphabet) for _ in range(n))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# ---------------------------------------------------------------------------------------
# IP addresses, SSNs, account numbers


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if kind < 0.4:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if kind < 0.5:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice([23, 31, 37, 46, 51, 62, 77, 81, 86, 92, 104, 109, 141, 151, 176, 185])
    first = rng.choice([first, rng.randint(11, 223)])
    if first in (100, 127, 169):
        first = 88
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        head = "2001:db8"
    elif kind < 0.45:
        head = "fe80:0"
    else:
        head = rng.choice(["2a02", "2a01", "2001", "2600", "2406", "2c0f", "2804"])
        head += f":{rng.randint(0x100, 0xFFFF):x}"
    groups = head.split(":")
    while len(groups) < 8:
        groups.append("0" if rng.random() < 0.25 else f"{rng.randint(0, 0xFFFF):x}")
    addr = ipaddress.IPv6Address(":".join(groups))
    return addr.compressed if rng.random() < 0.85 else addr.exploded


def ssn(rng: random.Random, sep: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    if sep is None:
        sep = rng.choice(["-", "-", "-", " ", ""])
    value = f"{value[:3]}{sep}{value[3:5]}{sep}{value[5:]}"
    assert ssn_ok(value)
    return value


def account_number(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["gb", "gb", "us", "us", "hy", "long", "de"])
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if kind == "gb":
        return str(rng.randint(1, 9)) + digits(7)
    if kind == "us":
        return str(rng.randint(1, 9)) + digits(rng.choice([8, 9, 10, 11]))
    if kind == "hy":
        return f"{digits(4)}-{digits(4)}-{digits(rng.choice([2, 4]))}"
    if kind == "de":
        return "0" + digits(9)
    return str(rng.randint(1, 9)) + digits(rng.choice([12, 13]))


def account_ok(value: str) -> bool:
    return (
        bool(re.fullmatch(r"[0-9][0-9-]*[0-9]", value))
        and 8 <= sum(ch.isdigit() for ch in value) <= 16
    )


# ---------------------------------------------------------------------------------------
# E-mail addresses

_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "œ": "oe",
        "ŋ": "ng",
    }
)


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return (
        "".join(ch for ch in text if not unicodedata.combining(ch))
        .encode("ascii", "ignore")
        .decode()
    )


def local_part(text: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(text).lower())


FREE_MAIL = (
    "gmail.com gmail.com gmail.com outlook.com hotmail.co.uk yahoo.com icloud.com proton.me "
    "web.de gmx.de orange.fr laposte.net libero.it wp.pl seznam.cz naver.com yandex.com "
    "uol.com.br bigpond.com xtra.co.nz btinternet.com hotmail.fr t-online.de live.nl "
    "yahoo.co.in rediffmail.com mail.com fastmail.fm posteo.de"
).split()

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def person_email(rng: random.Random, given: str, family: str, domain: str | None = None) -> str:
    first = local_part(given.split()[0] if given else family) or "info"
    last = local_part(family) or local_part(given)
    style = rng.randrange(8)
    if style == 0:
        local = f"{first}.{last}"
    elif style == 1:
        local = f"{first[0]}.{last}"
    elif style == 2:
        local = f"{first}{last}{rng.randint(1, 99)}"
    elif style == 3:
        local = f"{first}_{last}"
    elif style == 4:
        local = f"{last}.{first}"
    elif style == 5:
        local = f"{first[0]}{last}"
    elif style == 6:
        local = f"{first}.{last}{rng.randint(70, 99)}"
    else:
        local = f"{first}{rng.randint(1980, 2004)}"
    if domain is None:
        domain = rng.choice(FREE_MAIL)
    value = f"{local}@{domain}"
    assert EMAIL_RE.match(value), value
    return value


_HANDLE_WORDS = (
    "kestrel nightjar lapwing marmot otter puffin quokka stoat tern vole wren heron ibis "
    "bittern plover dunlin merlin osprey ptarmigan curlew"
).split()


def random_email(rng: random.Random) -> str:
    local = f"{rng.choice(_HANDLE_WORDS)}.{rng.choice(_HANDLE_WORDS)}{rng.randint(1, 999)}"
    return f"{local}@{rng.choice(FREE_MAIL)}"


# ---------------------------------------------------------------------------------------
# Decoys: values that look like personal data and are not

MONTHS = (
    "January February March April May June July August September October November December"
).split()
MONTHS_SHORT = [m[:3] for m in MONTHS]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _not_luhn(rng: random.Random, n: int) -> str:
    while True:
        value = _digits(rng, n)
        if not luhn_ok(value):
            return value


def isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice("0123") + "".join(rng.choice("0123456789") for _ in range(8))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    digits = body + str((10 - total % 10) % 10)
    return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"


def _date(rng: random.Random) -> str:
    year, month, day = (
        rng.choice([2023, 2024, 2024, 2025, 2025, 2026]),
        rng.randint(1, 12),
        rng.randint(1, 28),
    )
    style = rng.randrange(6)
    if style == 0:
        return f"{year}-{month:02d}-{day:02d}"
    if style == 1:
        return f"{day} {MONTHS[month - 1]} {year}"
    if style == 2:
        return f"{day:02d}/{month:02d}/{year}"
    if style == 3:
        return f"{MONTHS[month - 1]} {day}, {year}"
    if style == 4:
        return f"{day} {MONTHS_SHORT[month - 1]} {year}"
    return f"{day:02d}.{month:02d}.{year}"


def price(rng: random.Random, cur: str = "£") -> str:
    amount = rng.choices(
        [rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4000)], [12, 7, 1]
    )[0]
    cents = rng.choice(["00", "00", "50", "99", "95", "20", "75"])
    return f"{cur}{amount:,}.{cents}"


def _version(rng: random.Random) -> str:
    style = rng.randrange(5)
    major, minor, patch = rng.randint(1, 14), rng.randint(0, 30), rng.randint(0, 40)
    if style == 0:
        return f"{major}.{minor}.{patch}"
    if style == 1:
        return f"v{major}.{minor}.{patch}"
    if style == 2:
        return f"{major}.{minor}.{patch}-rc.{rng.randint(1, 5)}"
    if style == 3:
        return f"{rng.choice([2023, 2024, 2025])}.{rng.randint(1, 12)}.{rng.randint(1, 9)}"
    return f"{major}.{minor}.{patch}.{rng.randint(1000, 9999)}"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _track(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return "1Z" + "".join(rng.choice(_ALNUM) for _ in range(6)) + _digits(rng, 10)
    if style == 1:
        return f"JD{_not_luhn(rng, 16)}"
    if style == 2:
        return f"{rng.choice(_UPPER)}{rng.choice(_UPPER)}{_digits(rng, 9)}GB"
    digits = _not_luhn(rng, 18)
    return " ".join(digits[i : i + 4] for i in range(0, 18, 4))


def _flight(rng: random.Random) -> str:
    airline = rng.choice(["BA", "KL", "LH", "AF", "EK", "QR", "TK", "SQ", "U2", "FR", "IB"])
    return f"{airline}{rng.choice(['', ' '])}{rng.randint(1, 2999)}"


def _sku(rng: random.Random) -> str:
    size = rng.choice(["BK", "WH", "XL", "S", "M", "500G", "RD"])
    return f"{''.join(rng.choice(_UPPER) for _ in range(3))}-{_digits(rng, 4)}-{size}"


def _doi(rng: random.Random) -> str:
    word = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(4))
    return f"10.{rng.randint(1000, 9999)}/{word}.{rng.randint(2015, 2025)}.{_digits(rng, 4)}"


def _amount(rng: random.Random) -> str:
    return f"{rng.randint(100, 98000):,}.{rng.randint(0, 99):02d}"


def _timestamp(rng: random.Random) -> str:
    return (
        f"{rng.choice([2024, 2025, 2026])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


DECOYS = {
    "ORDER": lambda r: rng_choice(
        r,
        [
            f"SO-{_digits(r, 6)}",
            f"ORD-{r.randint(2023, 2026)}-{_digits(r, 5)}",
            f"#{_digits(r, 7)}",
        ],
    ),
    "PO": lambda r: rng_choice(
        r, [f"PO-{_digits(r, 6)}", f"PO{_digits(r, 8)}", f"4500{_digits(r, 6)}"]
    ),
    "INV": lambda r: rng_choice(
        r,
        [
            f"INV-{r.randint(2023, 2026)}-{_digits(r, 5)}",
            f"INV/{r.randint(23, 26)}/{_digits(r, 4)}",
            f"SI{_digits(r, 7)}",
        ],
    ),
    "REF": lambda r: "".join(r.choice(_ALNUM) for _ in range(6)),
    "TICKET": lambda r: rng_choice(
        r, [f"TKT-{_digits(r, 5)}", f"INC{_digits(r, 7)}", f"SR-{_digits(r, 6)}"]
    ),
    "CASE": lambda r: f"CS-{_digits(r, 7)}",
    "DATE": _date,
    "TIME": lambda r: f"{r.randint(7, 21):02d}:{r.choice(['00', '15', '30', '45', '05', '40'])}",
    "TS": _timestamp,
    "PRICE": price,
    "ISODATE": lambda r: f"{r.randint(2023, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "DNUM": lambda r: r.choice("./").join(
        [f"{r.randint(1, 28):02d}", f"{r.randint(1, 12):02d}", str(r.randint(2023, 2026))]
    ),
    "AMTP": lambda r: f"{r.randint(40, 9800)}.{r.randint(0, 99):02d}",
    "AMT": _amount,
    "SKU": _sku,
    "VER": _version,
    "HASH": lambda r: _hex(r, 40),
    "SHA": lambda r: _hex(r, 7),
    "UUID": _uuid,
    "ISBN": isbn13,
    "DOI": _doi,
    "FLIGHT": _flight,
    "TRACK": _track,
    "ROOM": lambda r: rng_choice(
        r,
        [
            f"{r.randint(1, 6)}.{r.randint(1, 40):02d}",
            f"B-{r.randint(100, 450)}",
            f"{r.randint(100, 912)}",
        ],
    ),
    "SEAT": lambda r: f"{r.randint(1, 48)}{r.choice('ABCDEF')}",
    "PART": lambda r: f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 4)}",
    "PORT": lambda r: str(r.choice([443, 5432, 6379, 8080, 8443, 9092, 3306, 27017, 5671, 9200])),
    "HEX": lambda r: "#" + _hex(r, 6).upper(),
    "QTY": lambda r: str(r.randint(2, 60)),
    "N": lambda r: str(r.randint(2, 19)),
    "BIG": lambda r: f"{r.randint(1000, 99999):,}",
    "PCT": lambda r: f"{r.randint(1, 40)}.{r.randint(0, 9)}%",
    "YEAR": lambda r: str(r.randint(1998, 2025)),
    "MONTH": lambda r: r.choice(MONTHS),
    "DAY": lambda r: r.choice(WEEKDAYS),
    "LOT": lambda r: f"LOT {r.randint(23, 26)}-{_digits(r, 3)}{r.choice(_UPPER)}",
    "SERIAL": lambda r: (
        f"SN{_digits(r, 2)}{''.join(r.choice(_ALNUM) for _ in range(4))}{_digits(r, 4)}"
    ),
    "BUILD": lambda r: (
        f"{r.randint(2024, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 9)}"
    ),
    "SORT": lambda r: f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
    "BIC": lambda r: r.choice(
        [
            "BARCGB22",
            "LOYDGB2L",
            "DEUTDEFF",
            "BNPAFRPP",
            "INGBNL2A",
            "CHASUS33",
            "HSBCHKHH",
            "UBSWCHZH80A",
            "NWBKGB2L",
            "COBADEFF",
        ]
    ),
    "VAT": lambda r: rng_choice(
        r,
        [
            f"GB{_digits(r, 9)}",
            f"DE{_digits(r, 9)}",
            f"NL{_digits(r, 9)}B01",
            f"IE{_digits(r, 7)}W",
        ],
    ),
    "BOOK": lambda r: f"{''.join(r.choice(_UPPER) for _ in range(2))}{_digits(r, 6)}",
    "DUR": lambda r: f"{r.randint(1, 59)}m{r.randint(0, 59):02d}s",
    "MS": lambda r: str(r.randint(3, 2400)),
    "PID": lambda r: str(r.randint(1200, 65000)),
    "GIB": lambda r: f"{r.randint(1, 64)}",
    "TEMP": lambda r: f"{r.randint(-4, 31)}°C",
    "MW": lambda r: f"{r.randint(12, 1400)} MW",
    "EUR": lambda r: f"€{r.randint(18, 240)}.{r.randint(0, 99):02d}/MWh",
}


def rng_choice(rng: random.Random, options: list[str]) -> str:
    return rng.choice(options)


DECOY_WORDS = (
    MONTHS
    + MONTHS_SHORT
    + WEEKDAYS
    + [w[:3] for w in WEEKDAYS]
    + [
        "SO ORD PO INV TKT INC SR CS SKU BK WH XL RD LOT SN JD GB DE NL IE BARCGB LOYDGB DEUTDEFF",
        "BNPAFRPP INGBNL CHASUS HSBCHKHH UBSWCHZH NWBKGB COBADEFF BA KL LH AF EK QR TK SQ FR IB",
        "rc MW MWh",
    ]
    + _HANDLE_WORDS
)
