"""Values of val9, a blind part of the labelled PII corpus: phone numbers, cards, IBANs, IP
addresses, US social security numbers, bank account numbers and e-mail addresses to plant,
and the decoys (order numbers, tracking codes, ISBNs, versions, prices, hashes) that fill
clean and personal prompts alike.

Written by hand without reading the other parts of the corpus. Phone numbers start from the
`phonenumbers` package's example number of a region (US ones from hand-picked area codes),
get random trailing digits and are kept only when `phonenumbers.is_valid_number` accepts
them; they are written in national, international, E.164, dotted, dashed and run-together
forms. Cards pass Luhn's check, IBANs get computed check digits, SSNs follow the issuing
rules (all three checked against `validity.py`).
"""

from __future__ import annotations

import random
import string
import unicodedata

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS = (
    "US|CA|GB|IE|DE|FR|NL|BE|ES|PT|IT|CH|AT|PL|CZ|SE|NO|DK|FI|GR|TR|IN|PK|CN|HK|JP|KR|SG|AU|NZ"
    "|ZA|NG|KE|GH|BR|MX|AR|CO|AE|IL|PH|ID|MY|TH|VN|EG|MA"
).split("|")

_US_AREAS = "208|937|509|520|912|414|503|505|608|614|702|801|919|804|316|402|615|816".split("|")
_CA_AREAS = "902|204|306|819|613|403|604|514".split("|")

_FMT = phonenumbers.PhoneNumberFormat


def _raw_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    if region in ("US", "CA"):
        areas = _US_AREAS if region == "US" else _CA_AREAS
        for _ in range(50):
            exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
            if exchange.endswith("11") or exchange == "555":
                continue
            digits = f"{rng.choice(areas)}{exchange}{rng.randint(0, 9999):04d}"
            number = phonenumbers.parse(digits, region)
            if phonenumbers.is_valid_number(number):
                return number
        raise RuntimeError(f"no valid {region} number")
    kind = rng.choice(
        (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    national = str(example.national_number)
    keep = max(2, len(national) - 5)
    for _ in range(60):
        tail = "".join(rng.choice(string.digits) for _ in range(len(national) - keep))
        candidate = phonenumbers.PhoneNumber(
            country_code=example.country_code,
            national_number=int(national[:keep] + tail),
            italian_leading_zero=example.italian_leading_zero,
        )
        if phonenumbers.is_valid_number(candidate):
            return candidate
    return example


def new_phone(
    rng: random.Random, region: str | None = None
) -> tuple[phonenumbers.PhoneNumber, str]:
    """A valid phone number of a region (any of PHONE_REGIONS when None)."""
    region = region or rng.choice(PHONE_REGIONS)
    return _raw_number(rng, region), region


def format_phone(
    rng: random.Random, number: phonenumbers.PhoneNumber, region: str, style: str = ""
) -> str:
    """A phone number as written: style "i" international, "n" national, "e" E.164, "x"
    national run together, "" any of these or dotted, dashed or spaced forms."""
    style = style or rng.choice("iinnnedxsp")
    if style == "i":
        text = phonenumbers.format_number(number, _FMT.INTERNATIONAL)
    elif style == "n":
        text = phonenumbers.format_number(number, _FMT.NATIONAL)
    elif style == "e":
        text = phonenumbers.format_number(number, _FMT.E164)
    elif style == "d":  # dotted international
        text = phonenumbers.format_number(number, _FMT.INTERNATIONAL)
        text = text.replace("-", ".").replace(" ", ".")
    elif style == "x":  # national, run together
        text = "".join(
            ch for ch in phonenumbers.format_number(number, _FMT.NATIONAL) if ch.isdigit()
        )
    elif style == "s":  # international with dashes
        text = phonenumbers.format_number(number, _FMT.INTERNATIONAL).replace(" ", "-")
    else:  # "p": national with spaces for dashes
        text = phonenumbers.format_number(number, _FMT.NATIONAL).replace("-", " ")
    text = text.strip()
    try:
        parsed = phonenumbers.parse(text, None if text.startswith("+") else region)
        valid = phonenumbers.is_valid_number(parsed)
    except phonenumbers.NumberParseException:
        valid = False
    return text if valid else phonenumbers.format_number(number, _FMT.INTERNATIONAL)


def card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "mc", "amex", "disc", "mc2"))
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "amex": rng.choice(("34", "37"))}.get(
        kind, "6011" if kind == "disc" else str(rng.randint(2221, 2720))
    )
    length = 15 if kind == "amex" else 16
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in string.digits:
        if luhn_ok(body + check):
            digits = body + check
            break
    sep = rng.choice((" ", " ", "-", "", " "))
    if kind == "amex":
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


_IBAN_BBAN = {
    "DE": "18d",
    "GB": "4a14d",
    "FR": "23d",
    "NL": "4a10d",
    "ES": "20d",
    "IT": "1a22d",
    "BE": "12d",
    "CH": "17d",
    "PL": "24d",
    "IE": "4a14d",
    "PT": "21d",
    "AT": "16d",
    "SE": "20d",
    "NO": "11d",
    "DK": "14d",
    "FI": "14d",
    "LU": "16d",
}
_BANK_CODES = ("NWBK", "BARC", "LOYD", "MIDL", "AIBK", "BOFI", "RABO", "INGB", "ABNA", "TRIO")


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(sorted(_IBAN_BBAN))
    spec = _IBAN_BBAN[country]
    bban = ""
    if "a" in spec:
        count, rest = spec.split("a")
        bban += rng.choice(_BANK_CODES) if count == "4" else rng.choice(string.ascii_uppercase)
        spec = rest
    bban += "".join(rng.choice(string.digits) for _ in range(int(spec[:-1])))
    moved = bban + country + "00"
    remainder = int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{98 - remainder:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if rng.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        sep = rng.choice(("-", "-", "-", " ", ""))
        text = f"{value[:3]}{sep}{value[3:5]}{sep}{value[5:]}"
        if ssn_ok(text):
            return text


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 45, 81, 103, 185, 203, 62, 91, 198))
    if first == 192:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:8071", "2607:f8b0", "fe80", "2a01:4f8", "fd12:3456"))
    if head == "fe80" or rng.random() < 0.6:  # compressed
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.randint(1, 4))]
        return head + "::" + ":".join(groups)
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    return head + ":" + ":".join(groups)


def account(rng: random.Random) -> str:
    style = rng.randint(0, 5)
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if style == 0:
        return d(8)
    if style == 1:
        return d(10)
    if style == 2:
        return f"{d(2)}-{d(4)}-{d(7)}-{d(2)}"
    if style == 3:
        return f"{d(4)} {d(4)} {d(4)}"
    if style == 4:
        return d(12)
    return f"{d(3)}-{d(6)}-{d(3)}"


_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "ð": "d", "þ": "th", "ı": "i"}
)

MAIL_DOMAINS = (
    "gmail.com|outlook.com|proton.me|yahoo.co.uk|web.de|orange.fr|icloud.com|hotmail.it|gmx.at"
    "|mail.ru|seznam.cz|wp.pl|naver.com|yahoo.co.jp|rediffmail.com|fastmail.fm|posteo.de"
).split("|")
WORK_DOMAINS = (
    "harrowmere-claims.co.uk|brightkey-lettings.com|telvora.net|greenacre-coop.org"
    "|swiftdrop.app|gigloom.io|resellhub.eu|permitpoint.gov.example|movewell-relocation.com"
    "|sunhaven-care.org|justicelink.org|aerolume.aero|northbank.example|motorcraft-garage.com"
    "|stagepass.tickets|brickandbear-toys.com|inkwell-press.co|velvetmuse.fr|crumbandcork.cafe"
    "|fanzone-league.com|pixelforge.games|civicfile.example"
).split("|")


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in " -"))


def email(rng: random.Random, given: str, family: str, work: bool | None = None) -> str:
    g = ascii_fold(given).replace(" ", "").replace("-", "")
    f = ascii_fold(family).replace(" ", "").replace("-", "")
    domain = rng.choice(
        WORK_DOMAINS if (work if work is not None else rng.random() < 0.4) else MAIL_DOMAINS
    )
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}_{f}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}{rng.randint(70, 99)}",
            f"{g}.{f[0]}",
        )
    )
    return f"{local}@{domain}"


def role_email(rng: random.Random) -> str:
    return f"{rng.choice(('claims', 'lettings', 'support', 'help', 'bookings', 'payroll', 'care', 'intake', 'fans'))}@{rng.choice(WORK_DOMAINS)}"


# ---- decoys: never gold ----


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice("01") + _digits(rng, 8)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    full = body + str(check)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def decoy(rng: random.Random, key: str) -> str:
    r = rng
    if key == "ord":
        return r.choice(
            (
                f"#{_digits(r, 7)}",
                f"ORD-{_digits(r, 8)}",
                f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 7)}",
                f"SO{_digits(r, 9)}",
                f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
            )
        )
    if key == "trk":
        return r.choice(
            (
                f"1Z{r.choice('ABCDEFXY')}{_digits(r, 3)}{r.choice('EFWX')}{_digits(r, 10)}",
                f"JD{_digits(r, 16)}",
                f"RR{_digits(r, 9)}GB",
                f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
                f"TBA{_digits(r, 12)}",
            )
        )
    if key == "ver":
        return r.choice(
            (
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
                f"{r.randint(1, 22)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
                f"build {r.randint(2021, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 9)}",
            )
        )
    if key == "date":
        y, m, d = r.randint(2022, 2026), r.randint(1, 12), r.randint(1, 28)
        return r.choice(
            (
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}/{m:02d}/{y}",
                f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {d}, {y}",
                f"{d}.{m}.{y}",
            )
        )
    if key == "time":
        return r.choice(
            (
                f"{r.randint(6, 21):02d}:{r.choice((0, 15, 30, 45)):02d}",
                f"{r.randint(1, 11)}:{r.randint(0, 59):02d} {r.choice(('am', 'pm'))}",
            )
        )
    if key == "price":
        return (
            r.choice(("€", "$", "£", ""))
            + f"{r.randint(3, 2400)}.{r.choice(('00', '50', '99', '49', '95'))}"
        )
    if key == "sku":
        return r.choice(
            (
                f"SKU-{_digits(r, 5)}-{r.choice(string.ascii_uppercase)}",
                f"{r.choice(('TX', 'BK', 'PF', 'CF'))}{_digits(r, 6)}",
                f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 2)}",
            )
        )
    if key == "tkt":
        return r.choice(
            (
                f"INC{_digits(r, 7)}",
                f"CS-{_digits(r, 6)}",
                f"#{_digits(r, 5)}",
                f"JIRA-{r.randint(100, 9999)}",
                f"TCK{_digits(r, 8)}",
            )
        )
    if key == "hash":
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice((7, 12, 40))))
    if key == "isbn":
        return isbn13(r)
    if key == "ref":
        return r.choice(
            (
                f"CLM-{r.randint(2022, 2025)}-{_digits(r, 6)}",
                f"PRM/{_digits(r, 4)}/{r.randint(22, 25)}",
                f"REF {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                f"POL{_digits(r, 9)}",
            )
        )
    if key == "n":
        return str(r.randint(2, 48))
    if key == "seat":
        return f"{r.randint(1, 42)}{r.choice('ABCDEF')}"
    if key == "flight":
        return f"{r.choice(('AL', 'QZ', 'VX', 'NR', 'TL'))}{r.randint(100, 2999)}"
    raise KeyError(key)


DECOY_KEYS = frozenset(
    {
        "ord",
        "trk",
        "ver",
        "date",
        "time",
        "price",
        "sku",
        "tkt",
        "hash",
        "isbn",
        "ref",
        "n",
        "seat",
        "flight",
    }
)
