"""Structured values for val25: phone numbers, card numbers, IBANs, IP addresses, US social
security numbers, bank account numbers and e-mail addresses, and the decoys of the clean
prompts (order numbers, versions, hashes, ISBNs ...). Every generator takes a `random.Random`
so that the part is the same on every run. Phone numbers are drawn from patterns written for
this part and kept only when `phonenumbers` says they are valid for their region."""

from __future__ import annotations

import datetime
import random
import string
import unicodedata

import phonenumbers

from appliance.testing.pii_corpus.validity import luhn_ok

# National significant number patterns: "d" any digit, "[..]" one of the listed digits.
PHONE_PATTERNS: dict[str, tuple[str, ...]] = {
    "GB": ("7[45789]dddddddd", "20[378]ddddddd", "161ddddddd", "113ddddddd"),
    "US": ("[2-9]dd[2-9]dddddd",),
    "CA": ("[2-9]dd[2-9]dddddd",),
    "DE": ("15[12579]dddddddd", "17[0-9]dddddddd", "30dddddddd", "89dddddddd", "40dddddddd"),
    "FR": ("6dddddddd", "7[5-8]ddddddd", "1dddddddd", "4dddddddd", "5dddddddd"),
    "ES": ("6dddddddd", "91ddddddd", "93ddddddd", "95ddddddd"),
    "IT": ("3[2-9]dddddddd", "06dddddddd", "02dddddddd"),
    "NL": ("6[1-5]ddddddd", "20ddddddd", "10ddddddd"),
    "IE": ("8[5-7]ddddddd", "1ddddddd", "21ddddddd"),
    "IN": ("[6-9]ddddddddd",),
    "NG": ("80[3-9]ddddddd", "81[0-8]ddddddd", "70[3-8]ddddddd", "90[3-6]ddddddd"),
    "KE": ("7[0-2]ddddddd", "11[0-5]dddddd"),
    "ZA": ("[6-8][1-4]ddddddd", "21ddddddd", "11ddddddd"),
    "BR": ("[1-9][1-9]9dddddddd", "11[2-5]ddddddd", "21[2-3]ddddddd"),
    "MX": ("55dddddddd", "33dddddddd", "81dddddddd"),
    "AU": ("4[0-9]ddddddd", "2[3-9]ddddddd", "3[89]ddddddd"),
    "JP": ("90dddddddd", "80dddddddd", "70dddddddd", "3dddddddd", "6dddddddd"),
    "PL": ("5[0137]ddddddd", "6[069]ddddddd", "7[2389]ddddddd", "88ddddddd", "22ddddddd"),
    "SE": ("7[02369]ddddddd", "8dddddddd"),
    "TR": ("5[0-5]dddddddd", "212ddddddd", "312ddddddd"),
    "ID": ("81[1-3]dddddddd", "85[2-3]dddddddd", "21dddddddd"),
    "VN": ("9[0-8]ddddddd", "3[2-9]ddddddd", "28dddddddd"),
    "AE": ("5[0256]ddddddd", "4ddddddd"),
    "EG": ("1[0125]dddddddd", "2dddddddd"),
    "PH": ("9[1-9]dddddddd", "2dddddddd"),
    "NZ": ("2[17]ddddddd", "9ddddddd", "3ddddddd"),
    "PT": ("9[1236]ddddddd", "21ddddddd"),
    "GH": ("2[0-7]ddddddd", "5[0-9]ddddddd"),
    "CH": ("7[5-9]ddddddd", "44ddddddd", "31ddddddd"),
    "CO": ("3[0-2]dddddddd", "601ddddddd"),
    "AR": ("11dddddddd",),
    "PK": ("3[0-4]dddddddd",),
}
US_AREAS = ("212", "415", "617", "312", "503", "206", "737", "919", "305", "404", "720", "612")
CA_AREAS = ("416", "604", "514", "403", "613", "902", "780", "204")

# How a number can be written; "dots", "dash", "paren0" and "00" only where customary.
PHONE_STYLES = ("nat", "intl", "e164", "compact", "dots", "dash", "00", "paren0")
PAREN0_REGIONS = ("GB", "DE", "CH", "NL", "IE", "IT", "AU", "NZ")
DOT_REGIONS = ("FR", "US", "CA", "BE", "ES", "PT", "CH")
NO_00 = ("US", "CA", "AU", "JP", "KE", "NG", "ID", "CO", "AR", "PK")


def _fill(rng: random.Random, pattern: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "d":
            out.append(rng.choice(string.digits))
        elif ch == "[":
            j = pattern.index("]", i)
            spec = pattern[i + 1 : j]
            if "-" in spec:
                lo, hi = spec.split("-")
                out.append(str(rng.randint(int(lo), int(hi))))
            else:
                out.append(rng.choice(spec))
            i = j
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    """A random number valid for `region`."""
    code = phonenumbers.country_code_for_region(region)
    for _ in range(400):
        if region in ("US", "CA"):
            areas = US_AREAS if region == "US" else CA_AREAS
            nsn = rng.choice(areas) + _fill(rng, "[2-9]dddddd")
            if nsn[3:6] == "555":
                continue
        else:
            nsn = _fill(rng, rng.choice(PHONE_PATTERNS[region]))
        number = phonenumbers.parse(f"+{code}{nsn.lstrip('0') if region != 'IT' else nsn}")
        if phonenumbers.is_valid_number(number) and (
            phonenumbers.region_code_for_number(number) == region
        ):
            return number
    raise ValueError(f"no valid phone number for {region}")


def format_phone(number: phonenumbers.PhoneNumber, region: str, style: str) -> str:
    PNF = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(number, PNF.NATIONAL)
    intl = phonenumbers.format_number(number, PNF.INTERNATIONAL)
    if style == "nat":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(number, PNF.E164)
    if style == "compact":
        return "".join(ch for ch in nat if ch.isdigit())
    if style in ("dots", "dash"):
        sep = "." if style == "dots" else "-"
        if region in ("US", "CA"):
            d = "".join(ch for ch in nat if ch.isdigit())
            return f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"
        return nat.replace("(", "").replace(")", "").replace("-", " ").replace(" ", sep)
    if style == "00":
        return "00" + intl[1:]
    if style == "paren0":
        cc, rest = intl.split(" ", 1)
        if region in ("US", "CA"):
            d = "".join(ch for ch in rest if ch.isdigit())
            return f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"
        return f"{cc} (0){rest}" if region != "IT" else f"{cc} {rest}"
    raise ValueError(style)


def phone_ok(text: str, region: str) -> bool:
    """Whether `text` is a valid phone number of `region` (the test's check too)."""
    s = "+" + text[2:] if text.startswith("00") else text
    try:
        number = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and (
        phonenumbers.region_code_for_number(number) == region
    )


def phone(rng: random.Random, region: str, style: str | None = None) -> str:
    """A valid number of `region`, written in `style` (or a customary one at random)."""
    number = phone_number(rng, region)
    styles = [style] if style else ["nat", "nat", "intl", "intl", "e164", "compact"]
    if not style:
        if region in DOT_REGIONS:
            styles.append("dots")
        if region in PAREN0_REGIONS or region in ("US", "CA"):
            styles.append("paren0")
        if region not in NO_00:
            styles.append("00")
        styles.append("dash")
    rng.shuffle(styles)
    for s in styles:
        text = format_phone(number, region, s)
        if phone_ok(text, region):
            return text
    return format_phone(number, region, "intl")


# --- cards -------------------------------------------------------------------------------

CARD_BRANDS = {
    "visa": (("4",), 16),
    "visa13": (("4",), 13),
    "mc": (("51", "52", "53", "54", "55", "2221", "2390", "2720"), 16),
    "amex": (("34", "37"), 15),
    "discover": (("6011", "644", "65"), 16),
    "jcb": (("3528", "3541", "3566", "3589"), 16),
    "diners": (("36", "38"), 14),
}


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card(rng: random.Random, brand: str | None = None, style: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "discover", "jcb", "diners"])
    prefixes, length = CARD_BRANDS[brand]
    prefix = rng.choice(prefixes)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    digits = _luhn_complete(body)
    style = style or rng.choice(["spaced", "spaced", "dashed", "compact"])
    if style == "compact":
        return digits
    sep = " " if style == "spaced" else "-"
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif length == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif length == 13:
        groups = [digits[:4], digits[4:7], digits[7:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, length, 4)]
    return sep.join(groups)


# --- IBANs -------------------------------------------------------------------------------

# BBAN layouts: "n" digit, "a" upper-case letter, "c" letter or digit, literal otherwise.
IBAN_LAYOUTS = {
    "GB": "aaaannnnnnnnnnnnnn",
    "DE": "nnnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnccccccccccnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnnccccccccccc",
    "NL": "aaaannnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn",
    "TR": "nnnnn0nnnnnnnnnnnnnnnn",
    "CH": "nnnnncccccccccccc",
    "AT": "nnnnnnnnnnnnnnnn",
    "DK": "nnnnnnnnnnnnnn",
    "NO": "nnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn",
    "RO": "aaaacccccccccccccccc",
}
GB_BANKS = ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ", "NAIA")
IE_BANKS = ("AIBK", "BOFI", "IPBS", "ULSB")
NL_BANKS = ("ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB")


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    country = country or rng.choice(list(IBAN_LAYOUTS))
    layout = IBAN_LAYOUTS[country]
    banks = {"GB": GB_BANKS, "IE": IE_BANKS, "NL": NL_BANKS}.get(country)
    chars: list[str] = []
    for ch in layout:
        if ch == "n":
            chars.append(rng.choice(string.digits))
        elif ch == "a":
            chars.append(rng.choice(string.ascii_uppercase))
        elif ch == "c":
            chars.append(rng.choice(string.digits * 8 + string.ascii_uppercase))
        else:
            chars.append(ch)
    bban = "".join(chars)
    if banks:
        bban = rng.choice(banks) + bban[4:]
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if spaced is None:
        spaced = rng.random() < 0.6
    if not spaced:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


# --- IPs, SSNs, accounts -----------------------------------------------------------------


def ipv4(rng: random.Random) -> str:
    if rng.random() < 0.2:
        a, b = rng.choice([(10, rng.randint(0, 254)), (192, 168), (172, rng.randint(16, 31))])
        return f"{a}.{b}.{rng.randint(0, 254)}.{rng.randint(2, 250)}"
    first = rng.choice([31, 45, 62, 77, 81, 91, 103, 109, 141, 176, 185, 193, 203, 212, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(["2001:db8", "2a02:c7f", "2a01:4f8", "2600:1f18", "2406:da14", "fd12:3456"])
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    if rng.random() < 0.5:
        return f"{prefix}:{rng.randint(1, 0xFFF):x}::{groups[0]}:{groups[1]}"
    return f"{prefix}:{rng.randint(1, 0xFFF):x}:{rng.randint(0, 0xFF):x}:" + ":".join(groups)


def ssn(rng: random.Random, style: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    style = style or rng.choice(["dashed", "dashed", "dashed", "spaced", "compact"])
    if style == "compact":
        return digits
    sep = "-" if style == "dashed" else " "
    return f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"


def account(rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(["uk", "us", "us", "long", "hyph"])
    if style == "uk":
        return "".join(rng.choice(string.digits) for _ in range(8))
    if style == "us":
        n = rng.randint(9, 12)
        return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))
    if style == "long":
        n = rng.randint(13, 16)
        return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))
    return f"{rng.randint(100, 9999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"


def sort_code(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


# --- e-mail ------------------------------------------------------------------------------

WEBMAIL = (
    "gmail.com",
    "outlook.com",
    "hotmail.co.uk",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "gmx.de",
    "web.de",
    "orange.fr",
    "libero.it",
    "wp.pl",
    "seznam.cz",
    "yandex.ru",
    "naver.com",
    "qq.com",
    "163.com",
    "rediffmail.com",
    "uol.com.br",
    "t-online.de",
    "free.fr",
    "laposte.net",
    "btinternet.com",
    "telenet.be",
    "ziggo.nl",
    "bigpond.com",
    "xtra.co.nz",
    "yahoo.co.in",
    "hotmail.fr",
    "live.se",
    "mail.com",
    "fastmail.fm",
)
FOLD = str.maketrans(
    {
        "ø": "o",
        "ß": "ss",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
        "Ø": "O",
        "Ł": "L",
        "Đ": "D",
        "Þ": "Th",
        "'": "",
        "’": "",
    }
)


def fold(text: str) -> str:
    """ASCII letters for an e-mail local part or a handle."""
    text = text.translate(FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in " -.")).lower()


def local_part(rng: random.Random, first: str, last: str) -> str:
    f = fold(first).replace(" ", "").replace("-", "")
    last_words = [w for w in fold(last).replace("-", " ").split() if len(w) > 2] or [fold(last)]
    lw = last_words[-1]
    style = rng.randrange(7)
    if style == 0:
        return f"{f}.{lw}"
    if style == 1:
        return f"{f}{lw}"
    if style == 2:
        return f"{f[0]}.{lw}"
    if style == 3:
        return f"{f}_{lw}"
    if style == 4:
        return f"{f}.{lw}{rng.randint(2, 99)}"
    if style == 5:
        return f"{f}{lw[0]}{rng.randint(70, 99)}"
    return f"{lw}.{f}"


# --- decoys ------------------------------------------------------------------------------


def not_luhn(digits: str) -> str:
    """`digits` with its last digit changed if needed so that it fails Luhn's check."""
    if not luhn_ok(digits):
        return digits
    return digits[:-1] + str((int(digits[-1]) + 1) % 10)


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date(rng: random.Random, style: str | None = None) -> str:
    y, m, d = rng.choice([2023, 2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    if style in ("dob", "dobiso"):  # an adult's date of birth
        y = rng.randint(1938, 2005)
        return f"{d:02d}/{m:02d}/{y}" if style == "dob" else f"{y}-{m:02d}-{d:02d}"
    if style == "kid":  # a nursery child's date of birth
        return f"{d:02d}/{m:02d}/{rng.randint(2021, 2024)}"
    wd = DAYS[datetime.date(y, m, d).weekday()]
    if style == "git":
        return (
            f"{wd[:3]} {MONTHS[m - 1][:3]} {d} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d} {y} +0{rng.choice('01')}00"
        )
    style = style or rng.choice(["iso", "long", "uk", "us", "short", "day"])
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "long":
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == "uk":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "us":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == "short":
        return f"{d} {MONTHS[m - 1][:3]}"
    return f"{wd} {d} {MONTHS[m - 1]}"


def isbn13(rng: random.Random) -> str:
    while True:
        body = "978" + str(rng.randint(0, 1)) + digits(rng, 8)
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - total % 10) % 10)
        if not luhn_ok(full):
            return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def decoy(rng: random.Random, kind: str) -> str:
    """A literal that looks like data but is no personal data."""
    up = string.ascii_uppercase.replace("O", "").replace("I", "")
    if kind == "order":
        return rng.choice(
            [
                f"ORD-{rng.randint(2023, 2026)}-{rng.randint(10000, 999999)}",
                f"#{rng.randint(1000000, 99999999)}",
                f"SO{digits(rng, 7)}",
            ]
        )
    if kind == "booking":
        return "".join(rng.choice(up + "23456789") for _ in range(6))
    if kind == "flight":
        return (
            f"{rng.choice(['BA', 'LH', 'AF', 'KL', 'TK', 'EK', 'QR', 'IB', 'SK', 'LX', 'VS'])}"
            f"{rng.choice(['', ' '])}{rng.randint(100, 2999)}"
        )
    if kind == "track":
        return rng.choice(
            [
                f"1Z{''.join(rng.choice(up + string.digits) for _ in range(16))}",
                f"JD{not_luhn(digits(rng, 16))}",
                f"{''.join(rng.choice(up) for _ in range(2))}{digits(rng, 9)}GB",
            ]
        )
    if kind == "invoice":
        return rng.choice(
            [
                f"INV-{rng.randint(10000, 99999)}",
                f"INV/{rng.randint(2023, 2026)}/{rng.randint(100, 9999):04d}",
                f"SI-{digits(rng, 6)}",
            ]
        )
    if kind == "ver":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                f"{rng.randint(1, 24)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
                f"{rng.randint(2, 6)}.{rng.randint(0, 9)}.0-rc.{rng.randint(1, 4)}",
                f"{rng.randint(3, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}."
                f"{rng.randint(1000, 9999)}",
            ]
        )
    if kind == "sha":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 7, 10, 40])))
    if kind == "short":
        return "".join(rng.choice("0123456789abcdef") for _ in range(7))
    if kind == "amount":
        return str(rng.randint(12, 4800))
    if kind == "isbn":
        return isbn13(rng)
    if kind == "doi":
        return (
            f"10.{rng.randint(1000, 9999)}/{rng.choice(['j.', 's', 'a', ''])}"
            f"{rng.randint(10000, 999999)}"
        )
    if kind == "sku":
        return (
            f"{''.join(rng.choice(up) for _ in range(3))}-{rng.randint(100, 9999)}"
            f"-{rng.choice(['S', 'M', 'L', 'XL', 'BLK', 'GRN', '500ML', '25KG'])}"
        )
    if kind == "uuid":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    if kind == "hex":
        return "#" + "".join(rng.choice("0123456789abcdef") for _ in range(6))
    if kind == "port":
        return str(rng.choice([8080, 8443, 5432, 6379, 9090, 3000, 5000, 27017, 9200, 1883]))
    if kind == "room":
        return rng.choice(
            [
                f"Room {rng.randint(1, 6)}.{rng.randint(1, 40):02d}",
                f"Suite {rng.randint(100, 650)}",
                f"Studio {rng.choice('ABCD')}",
            ]
        )
    if kind == "seat":
        return f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}"
    if kind == "part":
        return rng.choice(
            [
                f"PN {rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}",
                not_luhn(digits(rng, 14)),
                f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(10, 99)}",
            ]
        )
    if kind == "ref":
        return f"{rng.choice(['REF', 'CASE', 'JOB', 'WO', 'CLM'])}-{digits(rng, rng.randint(5, 8))}"
    if kind == "ticket":
        return f"{rng.choice(['OPS', 'SEC', 'FAC', 'HR', 'FIN', 'IT'])}-{rng.randint(100, 9999)}"
    if kind == "time":
        return f"{rng.randint(6, 21):02d}:{rng.choice(['00', '15', '30', '45', '05', '50'])}"
    if kind == "bin":
        return f"{rng.choice(up)}{rng.randint(1, 40)}-{rng.randint(1, 9)}{rng.choice(up)}{rng.choice(up)}"
    if kind == "pct":
        return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
    if kind == "kwh":
        return str(rng.randint(100, 99999))
    if kind == "meter":
        return f"M{digits(rng, 9)}"
    if kind == "mpan":
        return not_luhn(digits(rng, 13))
    raise ValueError(kind)
