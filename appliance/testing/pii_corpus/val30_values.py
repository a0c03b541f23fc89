"""val30's value makers: phone numbers (checked with `phonenumbers`), card numbers, IBANs,
IP addresses, US SSNs, bank account numbers and e-mail addresses, plus the decoys of clean
and personal prompts alike (order numbers, booking references, versions, hashes ...).

Every maker takes a `random.Random` so that a part is the same on every call."""

from __future__ import annotations

import datetime
import ipaddress
import random
import string
import unicodedata

import phonenumbers as pn

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# ---------------------------------------------------------------- phones

PHONE_REGIONS = (
    "GB", "US", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "IN", "NG", "KE", "ZA", "AU", "JP",
    "KR", "SG", "AE", "TR", "PL", "SE", "ID", "VN", "PH", "EG", "CA", "IE", "AR", "CO", "NZ",
    "GH", "MA", "PK", "TH", "NO",
)  # fmt: skip

PHONE_STYLES = ("intl", "intl", "national", "e164", "00", "dots", "dashes", "compact")


def _valid(text: str, region: str) -> bool:
    try:
        return pn.is_valid_number(pn.parse(text, region))
    except pn.NumberParseException:
        return False


def phone(rng: random.Random, region: str, style: str, mobile: bool = True) -> str:
    """A valid number of the region, written in one of PHONE_STYLES."""
    kind = pn.PhoneNumberType.MOBILE if mobile else pn.PhoneNumberType.FIXED_LINE
    example = pn.example_number_for_type(region, kind) or pn.example_number(region)
    nsn = str(example.national_number)
    keep = max(2, len(nsn) - 6)
    for _ in range(200):
        digits = nsn[:keep] + "".join(rng.choice(string.digits) for _ in nsn[keep:])
        number = pn.parse("+" + str(example.country_code) + digits, None)
        if pn.is_valid_number(number) and pn.number_type(number) == pn.number_type(example):
            break
    else:  # pragma: no cover - the example itself is valid
        number = example
    intl = pn.format_number(number, pn.PhoneNumberFormat.INTERNATIONAL)
    national = pn.format_number(number, pn.PhoneNumberFormat.NATIONAL)
    if style == "intl":
        text = intl
    elif style == "national":
        text = national
    elif style == "e164":
        text = pn.format_number(number, pn.PhoneNumberFormat.E164)
    elif style == "00":
        text = "00" + intl[1:]
    elif style == "dots":
        text = intl.replace(" ", ".").replace("-", ".")
    elif style == "dashes":
        text = intl.replace(" ", "-")
    elif style == "compact":
        text = "".join(ch for ch in national if ch.isdigit() or ch == "+")
    elif style == "spaced":  # national digits in pairs or threes, as dictated
        digits = "".join(ch for ch in national if ch.isdigit())
        groups = []
        while len(digits) > 4:
            groups.append(digits[:3])
            digits = digits[3:]
        if len(digits) < 3 and groups:
            digits = groups.pop() + digits
        text = " ".join(groups + [digits])
    else:
        raise ValueError(style)
    if not _valid(text, region):
        text = intl
    return text


# ---------------------------------------------------------------- cards

CARD_BRANDS = {
    "visa": (("4",), (16, 16, 16, 13)),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2387", "2720"), (16,)),
    "amex": (("34", "37"), (15,)),
    "discover": (("6011", "644", "65"), (16,)),
}


def card(rng: random.Random, brand: str, sep: str) -> str:
    prefixes, lengths = CARD_BRANDS[brand]
    body = rng.choice(prefixes)
    length = rng.choice(lengths)
    while len(body) < length - 1:
        body += rng.choice(string.digits)
    for last in string.digits:
        if luhn_ok(body + last):
            digits = body + last
            break
    if not sep:
        return digits
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif length == 13:
        groups = [digits[:4], digits[4:7], digits[7:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, length, 4)]
    return sep.join(groups)


# ---------------------------------------------------------------- IBANs

# country: (bank codes or "", pattern of the rest: n digit, a letter)
IBAN_FORMATS = {
    "DE": ("", "n" * 18),
    "GB": ("NWBK BARC LOYD MIDL", "n" * 14),
    "FR": ("", "n" * 23),
    "ES": ("", "n" * 20),
    "IT": ("", "a" + "n" * 22),
    "NL": ("ABNA INGB RABO TRIO", "n" * 10),
    "BE": ("", "n" * 12),
    "PL": ("", "n" * 24),
    "PT": ("", "n" * 21),
    "CH": ("", "n" * 17),
    "AT": ("", "n" * 16),
    "SE": ("", "n" * 20),
    "IE": ("AIBK BOFI", "n" * 14),
    "TR": ("", "n" * 5 + "0" + "n" * 16),
    "NO": ("", "n" * 11),
    "DK": ("", "n" * 14),
    "FI": ("", "n" * 14),
    "AE": ("", "n" * 19),
    "RO": ("BTRL RNCB BRDE", "n" * 16),
    "BR": ("", "n" * 23 + "aa"),
}


def iban(rng: random.Random, country: str, spaced: bool) -> str:
    banks, pattern = IBAN_FORMATS[country]
    bban = rng.choice(banks.split()) if banks else ""
    for ch in pattern:
        if ch == "n":
            bban += rng.choice(string.digits)
        elif ch == "a":
            bban += rng.choice(string.ascii_uppercase)
        else:
            bban += ch
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


# ---------------------------------------------------------------- IPs, SSNs, accounts


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if kind < 0.35:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if kind < 0.45:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice((23, 31, 37, 45, 62, 77, 81, 89, 91, 103, 118, 141, 151, 185, 197, 203))
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:c7c", "2600:1f18", "2c0f:f248", "fe80:0", "2406:da1c"))
    groups = head.split(":") + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.5:
        groups[2:5] = ["0", "0", "0"]
    return ipaddress.IPv6Address(":".join(groups)).compressed


def ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        area = rng.randint(1, 899)
        group = rng.randint(1, 99)
        serial = rng.randint(1, 9999)
        value = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
        if ssn_ok(value):
            return value


ACCOUNT_SHAPES = ("8", "8", "10", "12", "4-4", "3-6-2", "4-6-2", "11", "2-7", "14", "6-4")


def account(rng: random.Random) -> str:
    shape = rng.choice(ACCOUNT_SHAPES)
    parts = ["".join(rng.choice(string.digits) for _ in range(int(n))) for n in shape.split("-")]
    parts[0] = str(rng.randint(1, 9)) + parts[0][1:]
    return "-".join(parts)


# ---------------------------------------------------------------- e-mail

PERSONAL_DOMAINS = (
    "gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr",
    "libero.it", "wp.pl", "seznam.cz", "naver.com", "qq.com", "hotmail.com", "icloud.com",
    "fastmail.com", "yandex.ru", "bigpond.com", "xtra.co.nz", "rediffmail.com", "uol.com.br",
    "mail.ee", "telenet.be", "ziggo.nl", "yahoo.com.ph", "hotmail.co.za", "gmx.at",
)  # fmt: skip

_FOLD = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i",
     "æ": "ae", "þ": "th", "ð": "d", "œ": "oe", "'": "", "’": ""}
)  # fmt: skip


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in " -"))


def email_local(rng: random.Random, given: str, family: str) -> str:
    g = ascii_fold(given).lower().replace(" ", "")
    f = ascii_fold(family).lower().replace(" ", "")
    if not f:
        f, g = g, g[:1]
    shape = rng.randrange(8)
    if shape == 0:
        return f"{g}.{f}"
    if shape == 1:
        return f"{g[0]}.{f}"
    if shape == 2:
        return f"{g}{f}"
    if shape == 3:
        return f"{f}.{g}"
    if shape == 4:
        return f"{g}_{f}{rng.randint(1, 99)}"
    if shape == 5:
        return f"{g}{rng.randint(70, 2005)}"
    if shape == 6:
        return f"{g[0]}{f}"
    return f"{g}.{f[0]}"


# ---------------------------------------------------------------- decoys

# no vowels, so that a random code never spells a planted name ("YU655091022NL")
_U = "BCDFGHJKLMNPQRSTVWXZ"
_UD = "BCDFGHJKLMNPQRSTVWXZ23456789"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _u(rng: random.Random, n: int, alphabet: str = _UD) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def not_luhn(rng: random.Random, n: int) -> str:
    """n digits that fail Luhn's check (a long reference must never pass as a card)."""
    while True:
        value = str(rng.randint(1, 9)) + _d(rng, n - 1)
        if not luhn_ok(value):
            return value


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTHS_LONG = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


class Decoys:
    """Values that look like personal data and are not."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        # times and timestamps move forward within a prompt (ranges, logs, chat exports)
        self._minute = rng.randint(6 * 60, 10 * 60)
        self._ts = datetime.datetime(
            2025,
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(0, 20),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )

    def date(self) -> str:
        r = self.rng
        day, month = r.randint(1, 28), r.randint(1, 12)
        shape = r.randrange(5)
        if shape == 0:
            return f"2025-{month:02d}-{day:02d}"
        if shape == 1:
            return f"{day} {MONTHS[month - 1]} 2025"
        if shape == 2:
            return f"{MONTHS_LONG[month - 1]} {day}, 2025"
        if shape == 3:
            return f"{day:02d}/{month:02d}/2025"
        return f"{r.choice(WEEKDAYS)} {day} {MONTHS_LONG[month - 1]}"

    def dmy(self, sep: str) -> str:
        r = self.rng
        return f"{r.randint(1, 28):02d}{sep}{r.randint(1, 12):02d}{sep}2025"

    def dob(self) -> str:
        r = self.rng
        return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1941, 2004)}"

    def iso_date(self) -> str:
        return f"2025-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def time(self) -> str:
        minute = self._minute % (24 * 60)
        self._minute += self.rng.choice((15, 30, 45, 60, 90, 120, 150))
        return f"{minute // 60:02d}:{minute % 60:02d}"

    def ts(self) -> str:
        self._ts += datetime.timedelta(seconds=self.rng.randint(1, 900))
        return self._ts.strftime("%Y-%m-%dT%H:%M:%SZ")

    def order(self) -> str:
        r = self.rng
        return r.choice((f"ORD-{_d(r, 4)}-{_d(r, 4)}", f"#{_d(r, 7)}", f"SO{_d(r, 8)}"))

    def booking(self) -> str:
        return _u(self.rng, 6)

    def flight(self) -> str:
        r = self.rng
        return f"{r.choice(('LH', 'TK', 'KL', 'QR', 'ET', 'NZ', 'AF', 'IB', 'SQ', 'FJ'))}{r.randint(10, 2999)}"

    def tracking(self) -> str:
        r = self.rng
        shape = r.randrange(3)
        if shape == 0:
            return f"1Z{_u(r, 3)}{_d(r, 3)}{_u(r, 2, _U)}{_d(r, 8)}"
        if shape == 1:
            return f"JJD{not_luhn(r, 18)}"
        return f"{_u(r, 2, _U)}{_d(r, 9)}{r.choice(('GB', 'NL', 'DE', 'SE'))}"

    def invoice(self) -> str:
        return f"INV-2025-{_d(self.rng, 5)}"

    def version(self) -> str:
        r = self.rng
        shape = r.randrange(4)
        if shape == 0:
            return f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}"
        if shape == 1:
            return f"v{r.randint(0, 5)}.{r.randint(0, 19)}.{r.randint(0, 9)}"
        if shape == 2:
            return f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}"
        return f"2025.{r.randint(1, 12)}.{r.randint(1000, 9999)}"

    def sha(self, n: int = 7) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        h = self.sha(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def price(self) -> str:
        r = self.rng
        cur = r.choice(("€", "£", "$", "R$ ", "CHF ", "NZ$", "¥", "₹"))
        return f"{cur}{r.randint(3, 4800)}.{r.choice(('00', '50', '99', '95', '49'))}"

    def sku(self) -> str:
        r = self.rng
        return f"{_u(r, 2, _U)}-{_u(r, 4, _U)}-{r.randint(100, 999)}"

    def isbn(self) -> str:
        r = self.rng
        return f"978-{r.randint(0, 1)}-{_d(r, 3)}-{_d(r, 5)}-{r.randint(0, 9)}"

    def doi(self) -> str:
        r = self.rng
        return f"10.{r.randint(1000, 9999)}/{r.choice(('s', 'j.', 'abc'))}{_d(r, 5)}-{_d(r, 3)}"

    def hexc(self) -> str:
        return "#" + self.sha(6).upper()

    def port(self) -> str:
        return str(self.rng.choice((443, 8080, 8443, 5432, 6379, 9092, 3000, 5000, 27017, 1883)))

    def room(self) -> str:
        return f"{self.rng.randint(1, 7)}.{self.rng.randint(1, 40):02d}"

    def seat(self) -> str:
        return f"{self.rng.randint(1, 45)}{self.rng.choice('ABCDEFHJK')}"

    def part(self) -> str:
        r = self.rng
        return f"{_d(r, 4)}-{_d(r, 5)}-{_d(r, 3)}{r.choice(_U)}"

    def ticket(self, prefix: str) -> str:
        return f"{prefix}-{self.rng.randint(100, 9999)}"

    def amount(self) -> str:
        return f"{self.rng.randint(1, 98)},{_d(self.rng, 3)}.{_d(self.rng, 2)}"

    def code(self, n: int = 6) -> str:
        return _u(self.rng, n)

    def digits(self, n: int) -> str:
        return not_luhn(self.rng, n)
