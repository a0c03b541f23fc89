"""Structured values for val32: phone numbers (checked with `phonenumbers`), card numbers
(Luhn), IBANs (ISO 13616 check digits), IP addresses, US social security numbers, bank
account numbers, e-mail addresses, and the decoys that look like them but are not personal
data (order numbers, versions, hashes, prices, ISBNs, DOIs, ...)."""

from __future__ import annotations

import datetime
import ipaddress
import random
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS = (
    "GB IE US CA FR DE AT CH NL BE ES PT IT SE NO DK FI PL CZ GR TR IL AE SA EG MA NG GH KE "
    "ZA IN PK BD LK CN HK TW JP KR VN TH PH ID MY SG AU NZ MX CO PE CL AR BR JM"
).split()

PHONE_FORMS = ("intl", "nat", "e164", "zz", "dash", "dot", "compact", "paren")


def _random_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kinds = [PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE]
    rng.shuffle(kinds)
    for kind in kinds:
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        e164 = phonenumbers.format_number(example, PhoneNumberFormat.E164)
        cc = str(example.country_code)
        nsn = e164[1 + len(cc) :]
        keep = rng.choice([1, 1, 2])
        for _ in range(300):
            tail = "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
            number = phonenumbers.parse(f"+{cc}{nsn[:keep]}{tail}", None)
            if (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region
                and len(set(tail)) > 2
            ):
                return number
    raise ValueError(f"no valid number for {region}")


def phone_ok(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
    )


DOT_REGIONS = frozenset("FR BE CH IT ES PT US CA MX PL CZ".split())
PAREN_REGIONS = frozenset("DE AT NL AU BR PH ID PK TR ZA MX PE CO NG KE GH US CA JM".split())
PLUS0_REGIONS = frozenset("GB DE AT CH NL".split())


def phone(rng: random.Random, region: str, form: str | None = None) -> str:
    """A valid phone number of a region, written in one of PHONE_FORMS."""
    number = _random_number(rng, region)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    local = intl.split(" ", 1)[1]
    forms = {
        "intl": intl,
        "nat": nat,
        "e164": e164,
        "zz": "00" + intl[1:],
        "dash": intl.replace(" ", "-"),
        "dot": (local if "(" in nat else nat).replace(" ", ".").replace("-", "."),
        "compact": "".join(ch for ch in nat if ch.isdigit()),
        "paren": _paren(nat),
        "plus0": intl.replace(" ", " (0)", 1),
        "voice": "".join(ch for ch in nat if ch.isdigit()),
    }
    allowed = ["intl", "intl", "nat", "nat", "e164", "zz", "dash", "compact"]
    allowed += ["dot"] if region in DOT_REGIONS else []
    allowed += ["paren"] if region in PAREN_REGIONS else []
    allowed += ["plus0"] if region in PLUS0_REGIONS else []
    order = [form] if form else []
    order += [f for f in rng.sample(allowed, len(allowed)) if f not in order]
    for f in order + ["intl"]:
        text = forms[f]
        if text and phone_ok(text, region):
            return text
    raise ValueError(f"no form of {intl} parses")


def _paren(nat: str) -> str:
    if nat.startswith("(") or " " not in nat:
        return nat
    head, _, rest = nat.partition(" ")
    return f"({head}) {rest}"


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


CARD_BRANDS = {
    "visa": (["4"], [16, 16, 16, 13, 19]),
    "mc": (["51", "52", "53", "54", "55", "2221", "2720", "2305"], [16]),
    "amex": (["34", "37"], [15]),
    "disc": (["6011", "644", "65"], [16]),
    "jcb": (["3528", "3589"], [16]),
    "diners": (["36", "38"], [14]),
}


def card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners"])
    prefixes, lengths = CARD_BRANDS[brand]
    digits = _luhn_complete(rng, rng.choice(prefixes), rng.choice(lengths))
    sep = rng.choice(["", " ", " ", "-"])
    if len(digits) == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif len(digits) == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    value = sep.join(groups) if sep else digits
    assert luhn_ok(value.replace(" ", "").replace("-", ""))
    return value


IBAN_SPECS = {
    "DE": "8n10n",
    "GB": "4a6n8n",
    "FR": "5n5n11n2n",
    "ES": "4n4n2n10n",
    "IT": "1a5n5n12n",
    "NL": "4a10n",
    "BE": "3n7n2n",
    "CH": "5n12n",
    "AT": "5n11n",
    "PL": "8n16n",
    "PT": "4n4n11n2n",
    "IE": "4a6n8n",
    "SE": "3n16n1n",
    "NO": "4n6n1n",
    "DK": "4n9n1n",
    "FI": "3n11n",
    "TR": "5n1n16n",
    "GR": "3n4n16n",
    "RO": "4a16n",
    "HR": "7n10n",
    "CZ": "4n6n10n",
    "SA": "2n18n",
    "AE": "3n16n",
    "LT": "5n11n",
}

BANK_LETTERS = {
    "GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "SRLG"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
    "RO": ["BTRL", "RNCB", "INGB"],
}


def iban(rng: random.Random, cc: str | None = None, spaced: bool | None = None) -> str:
    cc = cc or rng.choice(list(IBAN_SPECS))
    spec = IBAN_SPECS[cc]
    bban = ""
    number = ""
    for ch in spec:
        if ch.isdigit():
            number += ch
            continue
        n = int(number)
        number = ""
        if ch == "a":
            bank = BANK_LETTERS.get(cc)
            bban += (
                rng.choice(bank)
                if bank and n == 4
                else "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
            )
        else:
            bban += "".join(rng.choice("0123456789") for _ in range(n))
    moved = bban + cc + "00"
    remainder = int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{cc}{98 - remainder:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if kind < 0.4:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    first = rng.choice([31, 37, 46, 62, 77, 81, 85, 91, 94, 109, 141, 151, 176, 185, 188, 203])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(["2a02", "2a01", "2001", "2600", "2c0f", "2405", "fd12"])
    groups = [prefix] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    if rng.random() < 0.5:
        groups[3:6] = ["0", "0", "0"]
    return str(ipaddress.IPv6Address(":".join(groups)))


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(["-", "-", "-", " ", ""])
    out = f"{value[:3]}{sep}{value[3:5]}{sep}{value[5:]}"
    assert ssn_ok(out)
    return out


def account(rng: random.Random, form: str | None = None) -> str:
    form = form or rng.choice(["uk", "us", "grouped", "plain"])
    if form == "uk":
        return "".join(rng.choice("0123456789") for _ in range(8))
    if form == "us":
        return str(rng.randint(1, 9)) + "".join(
            rng.choice("0123456789") for _ in range(rng.randint(9, 11))
        )
    if form == "grouped":
        return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    return str(rng.randint(1, 9)) + "".join(
        rng.choice("0123456789") for _ in range(rng.randint(8, 13))
    )


def ascii_fold(text: str) -> str:
    special = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "đ": "d",
               "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d",
               "ŋ": "ng", "ʻ": "", "'": "", "’": ""}  # fmt: skip
    text = "".join(special.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


PERSONAL_DOMAINS = (
    "gmail.com gmail.com gmail.com outlook.com yahoo.com hotmail.co.uk icloud.com proton.me "
    "web.de gmx.de orange.fr libero.it naver.com qq.com yandex.ru seznam.cz wp.pl "
    "t-online.de btinternet.com sapo.pt uol.com.br rediffmail.com yahoo.co.jp outlook.fr "
    "hotmail.es bluewin.ch telenet.be ziggo.nl"
).split()


def email_local(rng: random.Random, given: str, family: str, work: bool = False) -> str:
    g = ascii_fold(given).lower().replace(" ", "").replace("-", "")
    f = ascii_fold(family).lower().replace(" ", "").replace("-", "")
    shapes = [
        f"{g}.{f}",
        f"{g}.{f}",
        f"{g[0]}.{f}",
        f"{g}{f}",
        f"{g}_{f}",
        f"{f}.{g}",
        f"{g}.{f}{rng.randint(2, 99)}",
        f"{g}{rng.randint(70, 99)}",
        f"{g[0]}{f}",
    ]
    if work:
        shapes = [s for s in shapes if not any(ch.isdigit() for ch in s)]
    return rng.choice(shapes)


# ---------------------------------------------------------------- decoys (never spans)

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _a(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def isbn13(rng: random.Random) -> str:
    body = "978" + str(rng.randint(0, 1)) + _d(rng, 8)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    digits = body + str(check)
    return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"


def date_value(rng: random.Random, offset: int) -> datetime.date:
    return datetime.date(rng.choice([2023, 2024, 2025]), 1, 1) + datetime.timedelta(
        days=rng.randint(0, 330) + offset
    )


def date_text(rng: random.Random, day: datetime.date, form: str | None) -> str:
    """A date written in one of five ways (form "0" to "4"; "git" for a git log date)."""
    month = MONTHS[day.month - 1]
    weekday = WEEKDAYS[day.weekday()]
    if form == "ics":
        return day.strftime("%Y%m%d")
    if form == "git":
        return f"{weekday[:3]} {month[:3]} {day.day} {{time}} {day.year}"
    forms = [f"{day.day} {month} {day.year}", day.isoformat(), day.strftime("%d/%m/%Y"),
             f"{month[:3]} {day.day}", f"{weekday} {day.day} {month}"]  # fmt: skip
    return forms[int(form)] if form and form.isdigit() else rng.choice(forms)


def tc_text(ms: int) -> str:
    s, ms = divmod(ms, 1000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def decoy(rng: random.Random, kind: str, form: str | None = None) -> str:
    year = rng.choice([2023, 2024, 2025])
    if kind == "order":
        return rng.choice(
            [
                f"ORD-{year}-{_d(rng, 6)}",
                f"#{rng.randint(1000000, 9999999)}",
                f"SO{_d(rng, 8)}",
                f"{_a(rng, 2, 'ABCDEFGHKMNPRTWX')}-{_d(rng, 7)}",
            ]
        )
    if kind == "booking":
        return _a(rng, 6)
    if kind == "flight":
        return (
            f"{rng.choice(['LH', 'TK', 'QF', 'KL', 'BA', 'ET', 'NH', 'SQ', 'LA', 'AF'])}"
            f"{rng.choice(['', ' '])}{rng.randint(12, 1999)}"
        )
    if kind == "track":
        return rng.choice(
            [
                f"1Z{_a(rng, 6, '0123456789ABCDEFGHJKLMNPRTVWXY')}{_d(rng, 10)}",
                f"JD{_d(rng, 18)}",
                f"RR{_d(rng, 9)}{rng.choice(['GB', 'DE', 'NL'])}",
                f"00{_d(rng, 18)}",
            ]
        )
    if kind == "invoice":
        return rng.choice([f"INV-{year}-{_d(rng, 5)}", f"F{year}/{_d(rng, 4)}", f"RE-{_d(rng, 7)}"])
    if kind == "date":
        return date_text(rng, date_value(rng, 0), form)
    if kind == "time":
        h, m = rng.randint(6, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        if form == "24" or rng.random() < 0.6:
            return f"{h:02d}:{m:02d}"
        return f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"
    if kind == "ver":
        a, b, c = rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 12)
        return rng.choice(
            [f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}.{c}-rc.{rng.randint(1, 4)}",
             f"{a}.{b}.{c}.{rng.randint(1000, 9999)}"]
        )  # fmt: skip
    if kind == "hash":
        n = {"short": 7, "long": 40}.get(form or "", rng.choice([7, 8, 12, 40]))
        return _a(rng, n, "0123456789abcdef")
    if kind == "price":
        low, high = {"s": (2, 60), "m": (60, 900), "l": (900, 9000)}.get(form or "", (3, 4999))
        amount = rng.randint(low, high) + rng.choice([0.0, 0.5, 0.99])
        text = f"{amount:,.2f}"
        return rng.choice(
            [
                f"€{text}",
                f"${text}",
                f"£{text}",
                f"{text} EUR",
                f"CHF {text}",
                f"¥{int(amount) * 150:,}",
                f"{int(amount) * 11:,} kr".replace(",", " "),
            ]
        )
    if kind == "sku":
        return rng.choice(
            [f"SKU-{_d(rng, 5)}-{_a(rng, 2, 'BKRGWNY')}", f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 2)}",
             f"{_a(rng, 3, 'ABCDEFGHKMNPRSTX')}-{_d(rng, 4)}"]
        )  # fmt: skip
    if kind == "isbn":
        return isbn13(rng)
    if kind == "doi":
        return (
            f"10.{rng.randint(1000, 9999)}/{rng.choice(['j.', 's', 'ACS.', 'nature'])}"
            f"{_d(rng, 5)}.{year}.{_d(rng, 3)}"
        )
    if kind == "room":
        return str(rng.choice([rng.randint(101, 699), rng.randint(1001, 1240)]))
    if kind == "seat":
        return f"{rng.randint(1, 48)}{rng.choice('ABCDEFHK')}"
    if kind == "port":
        return str(rng.choice([443, 8080, 8443, 5432, 6379, 9092, 3000, 27017, 5000, 25565]))
    if kind == "hex":
        return "#" + _a(rng, 6, "0123456789ABCDEF")
    if kind == "uuid":
        h = _a(rng, 32, "0123456789abcdef")
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    if kind == "part":
        return f"PN {_d(rng, 4)}-{_d(rng, 3)}-{_d(rng, 4)}"
    if kind == "ticket":
        return rng.choice([f"INC{_d(rng, 7)}", f"CS-{_d(rng, 5)}", f"SR{_d(rng, 6)}"])
    if kind == "num":
        return str(rng.randint(2, 48))
    if kind == "big":
        return f"{rng.randint(1200, 98000):,}"
    if kind == "pct":
        return f"{rng.randint(1, 95)}.{rng.randint(0, 9)}%"
    if kind == "policy":
        return rng.choice([f"POL-{_d(rng, 8)}", f"PI/{year}/{_d(rng, 6)}", f"VPI-{_d(rng, 7)}"])
    if kind == "claim":
        return f"CLM-{str(year)[2:]}-{_d(rng, 6)}"
    if kind == "meter":
        return rng.choice(
            [f"E{_d(rng, 2)}{_a(rng, 1, 'ZKP')}{_d(rng, 6)}", f"G4K{_d(rng, 8)}", f"W-{_d(rng, 7)}"]
        )
    if kind == "permit":
        return f"{rng.choice(['PP', 'RP', 'VP'])}-{_d(rng, 6)}"
    if kind == "case":
        return rng.choice(
            [
                f"IMM/{year}/{_d(rng, 6)}",
                f"NOT-{_d(rng, 4)}-{_a(rng, 2)}",
                f"A{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}",
            ]
        )
    if kind == "grant":
        return rng.choice(
            [f"EP/{_a(rng, 1, 'TVWXY')}{_d(rng, 6)}/1", f"ERC-{year}-STG-{_d(rng, 9)}",
             f"R01 GM{_d(rng, 6)}"]
        )  # fmt: skip
    if kind == "ref":
        return f"{_a(rng, 3, 'ABCDEFGHKMNPRSTX')}-{_d(rng, 5)}"
    if kind == "tx":
        return "0x" + _a(rng, 64, "0123456789abcdef")
    if kind == "amount":
        return f"{rng.randint(1, 9)}.{_d(rng, rng.randint(2, 6))}"
    if kind == "build":
        return str(rng.randint(1000, 99999))
    if kind == "code":
        return _a(rng, rng.choice([4, 5, 6]), "ABCDEFGHJKMNPQRSTUVWXYZ")
    if kind == "tc":
        return tc_text(rng.randint(0, 5400_000))
    if kind == "pin":
        return f"{rng.randint(10, 99)}/{rng.randint(100, 999)}"
    if kind == "year":
        return str(rng.randint(2014, 2024))
    raise KeyError(kind)


DECOY_KINDS = frozenset(
    "order booking flight track invoice date time ver hash price sku isbn doi room seat port "
    "hex uuid part ticket num big pct policy claim meter permit case grant ref tx amount build "
    "code tc pin year".split()
)
