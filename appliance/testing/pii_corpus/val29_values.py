"""Structured values for val29 (see val29.py): phone numbers, cards, IBANs, IPs, SSNs,
account numbers, e-mail domains and the plain decoys of clean and personal prompts.

Phone numbers are drawn from the author's own number patterns per region and kept only
when `phonenumbers` says the string as written is a valid number of that region (the
library is used only to check and format)."""

from __future__ import annotations

import ipaddress
import random
import re
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF

from .validity import iban_check_digits_ok, luhn_ok, ssn_ok

# National dialled forms: digits, X any digit, N 2-9, [..] one of (ranges allowed).
PHONE_PATTERNS: dict[str, tuple[str, ...]] = {
    "GB": (
        "07[4579]XXXXXXXX",
        "020[378]XXXXXXX",
        "0113[2-4]XXXXXX",
        "0161[2-9]XXXXXX",
        "0131[2-6]XXXXXX",
        "0141[2-5]XXXXXX",
    ),
    "IE": ("08[35-7]NXXXXXX", "01NXXXXXX", "091NXXXXX"),
    "US": (
        "212NXXXXXX",
        "415NXXXXXX",
        "617NXXXXXX",
        "303NXXXXXX",
        "206NXXXXXX",
        "312NXXXXXX",
        "404NXXXXXX",
        "503NXXXXXX",
        "612NXXXXXX",
        "505NXXXXXX",
    ),
    "CA": ("416NXXXXXX", "604NXXXXXX", "514NXXXXXX", "403NXXXXXX", "613NXXXXXX"),
    "JM": ("876NXXXXXX",),
    "MX": ("55NXXXXXXX", "33NXXXXXXX", "81NXXXXXXX"),
    "BR": ("119NXXXXXXX", "219NXXXXXXX", "31[3-4]XXXXXXX"),
    "AR": ("11[2-6]XXXXXXX",),
    "CO": ("3[0-2]NXXXXXXX", "601[2-8]XXXXXX"),
    "PE": ("9NXXXXXXX",),
    "ES": ("6NXXXXXXX", "91NXXXXXX", "93NXXXXXX"),
    "PT": ("9[1236]XXXXXXX", "21NXXXXXX", "22NXXXXXX"),
    "FR": ("06XXXXXXXX", "07[5-8]XXXXXXX", "01[4-5]XXXXXXX", "04[7-9]XXXXXXX"),
    "BE": ("04[7-9]XXXXXXX", "02NXXXXXX", "09NXXXXXX"),
    "NL": ("06[1-5]XXXXXXX", "020NXXXXXX", "030NXXXXXX"),
    "DE": ("015[12579]XXXXXXXX", "017[0-9]XXXXXXX", "030NXXXXXXX", "089NXXXXXXX"),
    "AT": ("066[0-9]XXXXXXX", "01NXXXXXX"),
    "CH": ("07[5-9]NXXXXXX", "044NXXXXXX", "031NXXXXXX"),
    "IT": ("3[2-4]NXXXXXXX", "06NXXXXXXX", "02NXXXXXXX"),
    "PL": ("5[0137]XXXXXXX", "6[069]XXXXXXX", "22NXXXXXX"),
    "CZ": ("6[0-9]XXXXXXX", "7[2-9]XXXXXXX", "2[2-4]XXXXXXX"),
    "SE": ("07[0236]XXXXXXX", "08NXXXXXX"),
    "NO": ("4XXXXXXX", "9XXXXXXX"),
    "DK": ("[2-5]XXXXXXX",),
    "FI": ("04[0-6]XXXXXXX", "050XXXXXXX"),
    "IS": ("[678]XXXXXX",),
    "GR": ("69[0-9]XXXXXXX", "21NXXXXXXX"),
    "TR": ("05[0345]XXXXXXXX", "0212NXXXXXX"),
    "RO": ("07[2-8]XXXXXXX", "021NXXXXXX"),
    "HU": ("06[237]0XXXXXXX", "061NXXXXXX"),
    "UA": ("0[5-9][0-9]XXXXXXX",),
    "RU": ("89[0-6]XXXXXXXX",),
    "EG": ("01[0125]XXXXXXXX",),
    "MA": ("06XXXXXXXX", "07[0-7]XXXXXXX"),
    "NG": ("080[3-9]XXXXXXX", "081[0-8]XXXXXXX", "070[3-8]XXXXXXX"),
    "GH": ("02[0-7]XXXXXXX", "05[0-59]XXXXXXX"),
    "KE": ("07[0-2]XXXXXXX",),
    "ZA": ("0[6-8][1-4]XXXXXXX",),
    "ET": ("09[1-9]XXXXXXX",),
    "IN": ("[6-9]XXXXXXXXX",),
    "PK": ("03[0-4]NXXXXXXX",),
    "LK": ("07[0-8]XXXXXXX",),
    "NP": ("98[0-6]XXXXXXX",),
    "BD": ("01[3-9]XXXXXXXX",),
    "CN": ("1[3-9]XXXXXXXXX",),
    "HK": ("[569]XXXXXXX",),
    "TW": ("09XXXXXXXX",),
    "JP": ("0[789]0XXXXXXXX", "03NXXXXXXX", "06NXXXXXXX"),
    "KR": ("010NXXXXXXX",),
    "VN": ("09[0-9]XXXXXXX", "03[2-9]XXXXXXX"),
    "TH": ("0[689]NXXXXXXX",),
    "ID": ("08[1-5][1-9]XXXXXXXX",),
    "PH": ("09[1-9]NXXXXXXX",),
    "MY": ("01[2-9]NXXXXXX",),
    "SG": ("[89]XXXXXXX",),
    "AU": ("04XXXXXXXX", "02[3-9]XXXXXXX", "03[5-9]XXXXXXX"),
    "NZ": ("02[127]XXXXXXX", "09NXXXXXX"),
    "AE": ("05[024568]XXXXXXX", "04NXXXXXX"),
    "SA": ("05XXXXXXXX",),
    "IL": ("05[0-58]XXXXXXX",),
    "IR": ("09[0-3]XXXXXXXX",),
    "SN": ("7[0678]XXXXXXX",),
    "AM": ("0[49][1-9]XXXXXX",),
    "GE": ("5[0-9]XXXXXXX",),
    "MN": ("[89][0-9]XXXXXX",),
    "KZ": ("87[0-7]XXXXXXXX",),
    "AZ": ("0[57][0-7]XXXXXXX",),
    "IQ": ("07[5789]XXXXXXXX",),
    "UG": ("07[0-9]XXXXXXX",),
    "RW": ("07[2389]XXXXXXX",),
    "ZW": ("07[1378]XXXXXXX",),
    "CD": ("08[1-59]XXXXXXX",),
    "MG": ("03[2-4]XXXXXXX",),
    "HT": ("[34]XXXXXXX",),
    "TO": ("[78]XXXXXX",),
    "GL": ("[2-5]XXXXX",),
    "MM": ("09[2-9]XXXXXXX",),
    "LT": ("86XXXXXXX",),
    "LV": ("2XXXXXXX",),
    "RS": ("06[0-9]XXXXXXX",),
    "LB": ("03XXXXXX", "7[016]XXXXXX"),
    "TT": ("868NXXXXXX",),
}

PHONE_STYLES = {
    "nat": 4,
    "intl": 4,
    "e164": 1,
    "natc": 1,
    "dots": 1,
    "hyph": 1,
    "idd": 1,
    "p0": 1,
    "ip": 1,
    "intlh": 1,
    "intlc": 1,
    "brk": 1,
}


def _expand(rng: random.Random, pattern: str) -> str:
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "X":
            out.append(str(rng.randrange(10)))
        elif ch == "N":
            out.append(str(rng.randrange(2, 10)))
        elif ch == "[":
            j = pattern.index("]", i)
            body = pattern[i + 1 : j]
            opts: list[str] = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    opts += [str(d) for d in range(int(body[k]), int(body[k + 2]) + 1)]
                    k += 3
                else:
                    opts.append(body[k])
                    k += 1
            out.append(rng.choice(opts))
            i = j
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def phone_ok(s: str, region: str) -> bool:
    """Whether a phone number as written is a valid number of the region."""
    try:
        n = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region


def _number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    for _ in range(3000):
        cand = _expand(rng, rng.choice(PHONE_PATTERNS[region]))
        try:
            n = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            return n
    raise ValueError(f"no valid phone number drawn for {region}")


_NANP = {"US", "CA", "JM", "TT"}
_TRUNK0 = {"GB", "DE", "AT", "CH", "NL", "BE", "FR", "SE", "IL", "AU", "NZ", "ZA", "IE", "NG"}


def _styled(n: phonenumbers.PhoneNumber, style: str, region: str) -> str:
    nat = phonenumbers.format_number(n, PNF.NATIONAL)
    intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
    cc = f"+{n.country_code}"
    nsn = phonenumbers.national_significant_number(n)
    if style == "nat":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(n, PNF.E164)
    if style == "natc":
        return re.sub(r"\D", "", nat)
    if style == "dots":
        return re.sub(r"[ \-]+", ".", nat.replace("(", "").replace(")", ""))
    if style == "hyph":
        return re.sub(r"[ ]+", "-", nat.replace("(", "").replace(") ", "-"))
    if style == "idd":
        return "00" + intl[1:]
    if style == "p0":
        if region not in _TRUNK0:
            return ""
        rest = intl[len(cc) :].strip()
        return f"{cc} (0){rest}"
    if style == "ip":
        if region not in _NANP:
            return ""
        return f"{cc} {nat}"
    if style == "intlh":
        return cc + "-" + re.sub(r"[ ]+", "-", intl[len(cc) :].strip())
    if style == "intlc":
        return f"{cc} {nsn}"
    if style == "brk":
        if " " not in nat or not nat.startswith("0"):
            return ""
        head, tail = nat.split(" ", 1)
        return f"({head}) {tail}"
    raise ValueError(style)


def phone(rng: random.Random, region: str, style: str | None = None) -> str:
    """A valid phone number of the region, as written in one of several styles."""
    n = _number(rng, region)
    styles = list(PHONE_STYLES)
    weights = [PHONE_STYLES[s] for s in styles]
    tried = set()
    while True:
        st = style if style and style not in tried else rng.choices(styles, weights)[0]
        tried.add(st)
        s = _styled(n, st, region)
        if s and phone_ok(s, region):
            again = phonenumbers.parse(s, region)
            if again.national_number == n.national_number:
                return s
        if len(tried) > 30:
            return phonenumbers.format_number(n, PNF.INTERNATIONAL)


# ---------------------------------------------------------------- cards, IBANs, IPs, SSNs


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


CARD_KINDS = {
    "visa": (["4"], 16, (4, 4, 4, 4)),
    "mc": (["51", "52", "53", "54", "55", "2221", "2400", "2720"], 16, (4, 4, 4, 4)),
    "amex": (["34", "37"], 15, (4, 6, 5)),
    "disc": (["6011", "644", "65"], 16, (4, 4, 4, 4)),
    "jcb": (["3528", "3561", "3589"], 16, (4, 4, 4, 4)),
    "diners": (["36"], 14, (4, 6, 4)),
}


def card(rng: random.Random, kind: str | None = None, sep: str | None = None) -> str:
    kind = kind or rng.choices(list(CARD_KINDS), [5, 4, 2, 2, 1, 1])[0]
    prefixes, length, groups = CARD_KINDS[kind]
    digits = _luhn_complete(rng, rng.choice(prefixes), length)
    if sep is None:
        sep = rng.choice([" ", " ", "-", ""])
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return sep.join(out)


def _rand_digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _mod97(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97):02d}"


def _es_dc(rng: random.Random) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(ten: str) -> str:
        d = 11 - sum(int(c) * k for c, k in zip(ten, w, strict=True)) % 11
        return str({11: 0, 10: 1}.get(d, d))

    bank, branch, acct = _rand_digits(rng, 4), _rand_digits(rng, 4), _rand_digits(rng, 10)
    return bank + branch + dc("00" + bank + branch) + dc(acct) + acct


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def _it_bban(rng: random.Random) -> str:
    rest = _rand_digits(rng, 5) + _rand_digits(rng, 5) + _rand_digits(rng, 12)
    total = sum(_CIN_ODD[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(rest))
    return string.ascii_uppercase[total % 26] + rest


def _nl_bban(rng: random.Random) -> str:
    while True:
        acct = _rand_digits(rng, 10)
        if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
            return rng.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB", "ASNB"]) + acct


def _be_bban(rng: random.Random) -> str:
    first = _rand_digits(rng, 10)
    chk = int(first) % 97 or 97
    return f"{first}{chk:02d}"


def _fi_bban(rng: random.Random) -> str:
    body = _rand_digits(rng, 13)
    return _luhn_complete(rng, body, 14)


def _fr_bban(rng: random.Random) -> str:
    bank, branch, acct = _rand_digits(rng, 5), _rand_digits(rng, 5), _rand_digits(rng, 11)
    return bank + branch + acct + _rib_key(bank, branch, acct)


def _pt_bban(rng: random.Random) -> str:
    body = rng.choice(["0033", "0035", "0007", "0010", "0036"]) + _rand_digits(rng, 15)
    return body + f"{98 - _mod97(body + '00'):02d}"


IBAN_BBAN = {
    "DE": lambda r: _rand_digits(r, 18),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + _rand_digits(r, 14),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _rand_digits(r, 14),
    "FR": _fr_bban,
    "ES": _es_dc,
    "IT": _it_bban,
    "NL": _nl_bban,
    "BE": _be_bban,
    "AT": lambda r: _rand_digits(r, 16),
    "CH": lambda r: _rand_digits(r, 17),
    "PL": lambda r: _rand_digits(r, 24),
    "SE": lambda r: _rand_digits(r, 20),
    "NO": lambda r: _rand_digits(r, 11),
    "DK": lambda r: _rand_digits(r, 14),
    "FI": _fi_bban,
    "PT": _pt_bban,
    "TR": lambda r: _rand_digits(r, 5) + "0" + _rand_digits(r, 16),
    "AE": lambda r: _rand_digits(r, 19),
    "SA": lambda r: _rand_digits(r, 20),
    "GR": lambda r: _rand_digits(r, 23),
    "RO": lambda r: r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + _rand_digits(r, 16),
    "HU": lambda r: _rand_digits(r, 24),
    "CZ": lambda r: _rand_digits(r, 20),
    "LT": lambda r: _rand_digits(r, 16),
    "IS": lambda r: _rand_digits(r, 22),
}


def iban(rng: random.Random, country: str | None = None, compact: bool | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_BBAN))
    bban = IBAN_BBAN[country](rng)
    check = 98 - _mod97(bban + country + "00")
    value = f"{country}{check:02d}{bban}"
    if not iban_check_digits_ok(value):
        raise AssertionError(value)
    if compact is None:
        compact = rng.random() < 0.35
    if compact:
        return value
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


_PUBLIC_FIRST = [
    31,
    37,
    46,
    62,
    78,
    81,
    82,
    85,
    88,
    91,
    92,
    94,
    95,
    102,
    103,
    109,
    145,
    151,
    176,
    185,
    188,
    193,
    195,
    196,
    197,
    203,
    212,
    213,
    217,
]


def ipv4(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["pub", "pub", "priv"])
    if kind == "priv":
        a = rng.choice(["10", "172", "192.168"])
        if a == "10":
            return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        if a == "172":
            return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return (
        f"{rng.choice(_PUBLIC_FIRST)}.{rng.randrange(256)}.{rng.randrange(256)}."
        f"{rng.randrange(1, 255)}"
    )


def ipv6(rng: random.Random) -> str:
    head = rng.choice(
        [
            "2001:db8",
            "2a02:c7f",
            "2a01:4f8",
            "2600:1f18",
            "2406:da18",
            "fd12:3456",
            "2001:67c",
            "2c0f:fb50",
        ]
    )
    groups = head.split(":") + [
        f"{rng.randrange(65536):x}" for _ in range(8 - len(head.split(":")))
    ]
    if rng.random() < 0.5:
        for i in range(3, 7):
            groups[i] = "0"
    return str(ipaddress.IPv6Address(":".join(groups)))


def ssn(rng: random.Random, style: str | None = None) -> str:
    while True:
        area = rng.randrange(1, 900)
        group = rng.randrange(1, 100)
        serial = rng.randrange(1, 10000)
        if area == 666:
            continue
        digits = f"{area:03d}{group:02d}{serial:04d}"
        if not ssn_ok(digits):
            continue
        style = style or rng.choice(["dash", "dash", "dash", "space", "plain"])
        if style == "dash":
            return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
        if style == "space":
            return f"{digits[:3]} {digits[3:5]} {digits[5:]}"
        return digits


def account(rng: random.Random, kind: str | None = None) -> str:
    """A bank account number, 8 to 16 digits, sometimes with hyphens."""
    kind = kind or rng.choice(["uk", "us", "in", "hy", "ng", "za", "au", "ke"])
    if kind == "uk":
        return _rand_digits(rng, 8)
    if kind == "us":
        return _rand_digits(rng, rng.choice([10, 11, 12]))
    if kind == "in":
        return _rand_digits(rng, rng.choice([11, 12, 14]))
    if kind == "hy":
        return f"{_rand_digits(rng, 4)}-{_rand_digits(rng, 4)}-{_rand_digits(rng, 2)}"
    if kind == "ng":
        return _rand_digits(rng, 10)
    if kind == "za":
        return _rand_digits(rng, 11)
    if kind == "au":
        return _rand_digits(rng, 9)
    if kind == "ke":
        return _rand_digits(rng, 13)
    raise ValueError(kind)


# ---------------------------------------------------------------- e-mail domains

PERSONAL_DOMAINS = {
    "GB": ["btinternet.com", "yahoo.co.uk", "outlook.com", "gmail.com"],
    "IE": ["eircom.net", "gmail.com"],
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "AT": ["gmx.at"],
    "FR": ["orange.fr", "free.fr", "laposte.net"],
    "IT": ["libero.it", "gmail.com"],
    "ES": ["telefonica.net", "gmail.com"],
    "PL": ["wp.pl", "o2.pl"],
    "CZ": ["seznam.cz"],
    "RU": ["yandex.ru", "mail.ru"],
    "CN": ["qq.com", "163.com"],
    "KR": ["naver.com"],
    "JP": ["yahoo.co.jp"],
    "BR": ["uol.com.br", "gmail.com"],
    "IN": ["rediffmail.com", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl"],
    "BE": ["telenet.be", "skynet.be"],
    "AU": ["bigpond.com", "gmail.com"],
    "NZ": ["xtra.co.nz"],
    "SE": ["telia.com"],
    "FI": ["elisanet.fi"],
}
GENERIC_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "icloud.com",
    "proton.me",
    "yahoo.com",
    "hotmail.com",
    "fastmail.com",
]


# ---------------------------------------------------------------- plain decoys

MONTHS = [
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
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _isbn(rng: random.Random) -> str:
    body = "978" + rng.choice(["0", "1", "3", "84", "88"])
    body += _rand_digits(rng, 12 - len(body))
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    full = body + str(chk)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def _date(rng: random.Random, arg: str = "") -> str:
    y = rng.choice([2024, 2025, 2026])
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    fmt = arg or rng.choice(["iso", "long", "us", "eu", "short"])
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if fmt == "long":
        return f"{d} {MONTHS[m - 1]} {y}"
    if fmt == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if fmt == "eu":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{WEEKDAYS[rng.randrange(7)][:3]} {d} {MONTHS[m - 1][:3]}"


def _dob(rng: random.Random, arg: str = "") -> str:
    y, m, d = rng.randrange(1948, 2007), rng.randrange(1, 13), rng.randrange(1, 29)
    if arg.startswith("kid"):
        y, arg = rng.randrange(2011, 2021), arg[3:]
    fmt = arg or rng.choice(["iso", "eu", "long"])
    if fmt == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if fmt == "eu":
        return f"{d:02d}/{m:02d}/{y}"
    if fmt == "long":
        return f"{d} {MONTHS[m - 1]} {y}"
    return f"{y}-{m:02d}-{d:02d}"


def _price(rng: random.Random, arg: str = "") -> str:
    cur = arg or rng.choice(["£", "€", "$", "EUR ", "CHF ", "SEK "])
    amount = rng.choice([rng.randrange(3, 99), rng.randrange(20, 400), rng.randrange(100, 4000)])
    amount += rng.choice([0, 0.5, 0.95, 0.25, 0.8])
    if cur == "€" and rng.random() < 0.5:
        return f"{amount:.2f}".replace(".", ",") + " €"
    return f"{cur}{amount:,.2f}"


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


# codes without vowels, so that no random code spells a name or a word
_CONS = "BCDFGHJKLMNPQRSTVWXZ"
_CODE = _CONS + "23456789"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _int_range(rng: random.Random, arg: str) -> str:
    lo, hi = (int(x) for x in (arg or "1-99").split("-"))
    return str(rng.randint(lo, hi))


DECOYS = {
    "ord": lambda r, a: rng_choice(
        r,
        [
            f"ORD-{_rand_digits(r, 6)}",
            f"#{_rand_digits(r, 7)}",
            f"SO-{r.choice([2025, 2026])}-{_rand_digits(r, 5)}",
            f"WEB{_rand_digits(r, 8)}",
        ],
    ),
    "ref": lambda r, a: _alnum(r, 6, _CODE),
    "inv": lambda r, a: f"INV-{r.choice([2025, 2026])}-{_rand_digits(r, 4)}",
    "date": lambda r, a: _date(r, a),
    "time": lambda r, a: rng_choice(
        r,
        [
            f"{r.randrange(7, 22):02d}:{r.choice(['00', '15', '30', '45'])}",
            f"{r.randrange(1, 12)}.{r.choice(['00', '30'])} {r.choice(['am', 'pm'])}",
        ],
    ),
    "price": lambda r, a: _price(r, a),
    "ver": lambda r, a: f"{r.randrange(0, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}",
    "sha": lambda r, a: _hex(r, int(a) if a else 7),
    "uuid": lambda r, a: _uuid(r),
    "isbn": lambda r, a: _isbn(r),
    "doi": lambda r, a: (
        f"10.{r.randrange(1000, 9999)}/{r.choice(['j.', 'ajb.', 'hort.', 'jchemed.'])}{r.randrange(2015, 2026)}.{_rand_digits(r, 5)}"
    ),
    "flight": lambda r, a: (
        f"{r.choice(['BA', 'LH', 'KL', 'AF', 'EK', 'QF', 'TK', 'ET', 'NZ', 'IB'])} {r.randrange(10, 2999)}"
    ),
    "trk": lambda r, a: rng_choice(
        r,
        [
            f"1Z{_alnum(r, 16)}",
            f"JD{_rand_digits(r, 18)}",
            f"{_alnum(r, 2, string.ascii_uppercase)}{_rand_digits(r, 9)}DE",
        ],
    ),
    "room": lambda r, a: rng_choice(
        r,
        [
            f"{r.choice('ABCDG')}{r.randrange(0, 5)}.{r.randrange(1, 40):02d}",
            f"{r.randrange(1, 6)}{r.randrange(0, 40):02d}",
        ],
    ),
    "seat": lambda r, a: f"{r.randrange(1, 40)}{r.choice('ABCDEF')}",
    "sku": lambda r, a: f"{_alnum(r, 3, _CONS)}-{_alnum(r, 3, _CONS)}-{_rand_digits(r, 4)}",
    "part": lambda r, a: f"{_rand_digits(r, 4)}-{_rand_digits(r, 5)}-{_rand_digits(r, 2)}",
    "port": lambda r, a: str(
        r.choice([443, 8080, 8443, 5432, 6379, 9092, 9200, 3000, 5601, 2181, 9042])
    ),
    "hex": lambda r, a: "#" + _hex(r, 6).upper(),
    "n": lambda r, a: _int_range(r, a),
    "pct": lambda r, a: f"{r.randrange(1, 99)}.{r.randrange(0, 10)}%",
    "ts": lambda r, a: (
        f"{r.choice([2025, 2026])}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z"
    ),
    "clock": lambda r, a: f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}",
    "year": lambda r, a: str(r.randrange(1998, 2026)),
    "dob": lambda r, a: _dob(r, a),
    "wd": lambda r, a: r.choice(WEEKDAYS),
    "mon": lambda r, a: r.choice(MONTHS),
    "lot": lambda r, a: f"LOT {r.randrange(20, 27)}-{_rand_digits(r, 4)}",
    "tkt": lambda r, a: f"{a or r.choice(['OPS', 'INC', 'SUP', 'WEB'])}-{r.randrange(100, 9999)}",
    "case": lambda r, a: f"CASE-{_rand_digits(r, 8)}",
    "dur": lambda r, a: f"{r.randrange(1, 9)}h {r.randrange(0, 60):02d}m",
    "temp": lambda r, a: f"{r.randrange(-5, 35)}.{r.randrange(10)} °C",
    "qty": lambda r, a: str(r.choice([1, 2, 3, 4, 6, 8, 10, 12, 24, 36, 48])),
    "pid": lambda r, a: str(r.randrange(1000, 65000)),
}


def rng_choice(rng: random.Random, options: list[str]) -> str:
    return rng.choice(options)
