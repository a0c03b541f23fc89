"""Structured values for train_r.

Structured values, gold in personal prompts: phone numbers checked with `phonenumbers`,
Luhn-valid card numbers, IBANs with valid check digits, US social security numbers that
follow the issuing rules, IPv4 and IPv6 addresses, bank account numbers, street addresses,
and e-mail addresses and @-handles made from a person's name. Decoys are in
`train_r_decoys`."""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

from .validity import iban_check_digits_ok, luhn_ok, ssn_ok

# --- phones -------------------------------------------------------------------------------

# region: (country code, national number patterns; "N" is a digit 2-9, "D" any digit)
_PHONE = {
    "US": (
        "1",
        [
            "212NDDDDDD",
            "415NDDDDDD",
            "617NDDDDDD",
            "312NDDDDDD",
            "206NDDDDDD",
            "512NDDDDDD",
            "303NDDDDDD",
            "404NDDDDDD",
        ],
    ),
    "CA": ("1", ["416NDDDDDD", "604NDDDDDD", "514NDDDDDD"]),
    "GB": (
        "44",
        ["77DDDDDDDD", "78DDDDDDDD", "79DDDDDDDD", "20NDDDDDDD", "161NDDDDDD", "131NDDDDDD"],
    ),
    "IE": ("353", ["85DDDDDDD", "87DDDDDDD", "1NDDDDDD"]),
    "DE": ("49", ["151DDDDDDDD", "160DDDDDDD", "176DDDDDDDD", "30NDDDDDDD", "89NDDDDDDD"]),
    "FR": ("33", ["6DDDDDDDD", "7DDDDDDDD", "1NDDDDDDD"]),
    "ES": ("34", ["6DDDDDDDD", "91NDDDDDD", "93NDDDDDD"]),
    "IT": ("39", ["32DDDDDDDD", "33DDDDDDDD", "34DDDDDDDD", "06NDDDDDDD"]),
    "PT": ("351", ["91DDDDDDD", "93DDDDDDD", "21NDDDDDD"]),
    "NL": ("31", ["6NDDDDDDD", "20NDDDDDD"]),
    "TR": ("90", ["53DDDDDDDD", "54DDDDDDDD", "212NDDDDDD"]),
    "IN": ("91", ["98DDDDDDDD", "99DDDDDDDD", "70DDDDDDDD"]),
    "AU": ("61", ["4DDDDDDDD", "2NDDDDDDD"]),
    "BR": ("55", ["119DDDDDDDD", "219DDDDDDDD"]),
    "JP": ("81", ["90DDDDDDDD", "80DDDDDDDD", "3NDDDDDDD"]),
    "KE": ("254", ["7DDDDDDDD"]),
    "NG": ("234", ["80DDDDDDDD", "81DDDDDDDD"]),
    "MX": ("52", ["55NDDDDDDD", "33NDDDDDDD"]),
}
LANG_REGIONS = {
    "en": ["US", "GB", "CA", "IE", "AU", "IN", "KE", "NG"],
    "es": ["ES", "MX"],
    "it": ["IT"],
    "pt": ["PT", "BR"],
    "fr": ["FR"],
    "de": ["DE"],
    "nl": ["NL"],
    "tr": ["TR"],
}


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(
        str(rng.randint(2, 9)) if ch == "N" else str(rng.randint(0, 9)) if ch == "D" else ch
        for ch in pattern
    )


def phone(rng: random.Random, lang: str = "en") -> str:
    """A phone number valid for `phonenumbers`, in international, national or E.164 form."""
    region = rng.choice(LANG_REGIONS.get(lang, LANG_REGIONS["en"]))
    code, patterns = _PHONE[region]
    for _ in range(200):
        number = phonenumbers.parse("+" + code + _digits(rng, rng.choice(patterns)))
        if phonenumbers.is_valid_number(number):
            break
    else:  # pragma: no cover - the patterns above hit valid ranges
        raise RuntimeError(f"no valid {region} phone number")
    style = rng.choice(["intl", "intl", "national", "e164"])
    fmt = {
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "national": phonenumbers.PhoneNumberFormat.NATIONAL,
        "e164": phonenumbers.PhoneNumberFormat.E164,
    }[style]
    return phonenumbers.format_number(number, fmt)


def phone_ok(value: str) -> bool:
    """Whether a planted phone number is valid (national forms are read in their regions)."""
    if value.startswith("+"):
        return phonenumbers.is_valid_number(phonenumbers.parse(value))
    for region in _PHONE:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# --- cards, IBANs, SSNs, IPs, accounts ----------------------------------------------------

_CARDS = [
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
]


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(_CARDS)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    check = next(d for d in "0123456789" if luhn_ok(body + d))
    digits = body + check
    sep = rng.choice([" ", " ", "-", ""])
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    value = sep.join(groups)
    assert luhn_ok(digits)
    return value


# country: BBAN pattern ("D" digit, "A" capital letter)
_IBAN = {
    "DE": "DDDDDDDDDDDDDDDDDD",
    "GB": "AAAADDDDDDDDDDDDDD",
    "FR": "DDDDDDDDDDDDDDDDDDDDDDD",
    "ES": "DDDDDDDDDDDDDDDDDDDD",
    "IT": "ADDDDDDDDDDDDDDDDDDDDDD",
    "NL": "AAAADDDDDDDDDD",
    "BE": "DDDDDDDDDDDD",
    "AT": "DDDDDDDDDDDDDDDD",
    "PT": "DDDDDDDDDDDDDDDDDDDDD",
    "IE": "AAAADDDDDDDDDDDDDD",
    "PL": "DDDDDDDDDDDDDDDDDDDDDDDD",
    "TR": "DDDDD0DDDDDDDDDDDDDDDD",
    "CH": "DDDDDDDDDDDDDDDDD",
    "SE": "DDDDDDDDDDDDDDDDDDDD",
}
_LANG_IBAN = {"es": "ES", "it": "IT", "pt": "PT", "fr": "FR", "de": "DE", "nl": "NL", "tr": "TR"}
_CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ"


def iban(rng: random.Random, lang: str = "en") -> str:
    country = _LANG_IBAN.get(lang) or rng.choice(sorted(_IBAN))
    bban = "".join(
        rng.choice(_CONSONANTS) if ch == "A" else str(rng.randint(0, 9)) if ch == "D" else ch
        for ch in _IBAN[country]
    )
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    if rng.random() < 0.2:
        value = value.replace("-", " ")
    assert ssn_ok(value)
    return value


def ipv4(rng: random.Random) -> str:
    first = rng.choice([23, 31, 45, 62, 78, 81, 91, 103, 109, 142, 151, 176, 185, 194, 203, 212])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2a02", "2001", "2600", "2c0f", "2a01"])] + [
        f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)
    ]
    if rng.random() < 0.5:
        return ":".join(groups[:3]) + "::" + ":".join(groups[5:])
    return ":".join(groups)


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.2 else ipv4(rng)


def account(rng: random.Random) -> str:
    n = rng.choice([8, 8, 10, 11, 12])
    value = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    if n == 8 and rng.random() < 0.3:
        value = value[:4] + "-" + value[4:]
    return value


# --- addresses ----------------------------------------------------------------------------

_EN_STREETS = """Church Lane|Victoria Road|King Street|Rose Avenue|Baker Street|Hill Road|Park Lane|Mill
Road|Station Road|Elm Grove|Maple Drive|Chestnut Close|Orchard Way|Willow Crescent|Grange
Road|Highfield Avenue|Ash Court|Holly Walk|Bell Street|Meadow View|Oak Street|Pine Ridge
Road|Lincoln Avenue|Jordan Lane|Hunter Street|Cedar Drive|Florence Road|Georgia Avenue""".replace(
    "\n", " "
).split("|")
_EN_PLACES = [
    ("Leeds", "LS6 2QD"),
    ("York", "YO1 7HH"),
    ("Bristol", "BS8 1TH"),
    ("Cardiff", "CF10 3AT"),
    ("Glasgow", "G12 8QQ"),
    ("Norwich", "NR2 4TJ"),
    ("Manchester", "M14 5RX"),
]
_US_PLACES = [
    ("Springfield, IL", "62704"),
    ("Austin, TX", "78704"),
    ("Portland, OR", "97214"),
    ("Madison, WI", "53703"),
    ("Denver, CO", "80206"),
    ("Savannah, GA", "31401"),
    ("Raleigh, NC", "27601"),
    ("Columbus, OH", "43215"),
]
_FOREIGN = {
    "es": [
        "Calle del Sol {n}, 28013 Madrid",
        "Calle de la Paz {n}, 46003 Valencia",
        "Avenida de la Luz {n}, 41001 Sevilla",
        "Calle Rosario {n}, 29008 Málaga",
    ],
    "it": [
        "Via della Fortuna {n}, 00184 Roma",
        "Via Roma {n}, 10121 Torino",
        "Corso Vittoria {n}, 20122 Milano",
        "Via Fiore {n}, 40121 Bologna",
    ],
    "pt": [
        "Rua da Graça {n}, 1170-165 Lisboa",
        "Rua das Flores {n}, 4050-262 Porto",
        "Avenida da Liberdade {n}, 1250-096 Lisboa",
    ],
    "fr": [
        "{n} rue des Lilas, 75019 Paris",
        "{n} avenue Victor Hugo, 69003 Lyon",
        "{n} rue du Blanc, 33000 Bordeaux",
    ],
    "de": [
        "Bahnhofstraße {n}, 10115 Berlin",
        "Rosenweg {n}, 80331 München",
        "Am Stein {n}, 50667 Köln",
        "Lindenallee {n}, 20095 Hamburg",
    ],
    "nl": [
        "Kerkstraat {n}, 1017 GA Amsterdam",
        "Bakkerstraat {n}, 3511 JE Utrecht",
        "Rozengracht {n}, 1016 NE Amsterdam",
    ],
    "tr": [
        "Deniz Sokak No: {n}, 34710 Kadıköy, İstanbul",
        "Güneş Caddesi No: {n}, 06420 Çankaya, Ankara",
        "Çiçek Sokak No: {n}, 35220 İzmir",
    ],
}


def address(rng: random.Random, lang: str = "en") -> str:
    n = rng.randint(1, 240)
    if lang in _FOREIGN:
        return rng.choice(_FOREIGN[lang]).format(n=n)
    street = rng.choice(_EN_STREETS).strip()
    if rng.random() < 0.5:
        city, post = rng.choice(_EN_PLACES)
        return f"{n} {street}, {city} {post}"
    city, post = rng.choice(_US_PLACES)
    return f"{n} {street}, {city} {post}"


# --- emails and handles -------------------------------------------------------------------

_TRANSLIT = str.maketrans(
    {"ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "'": ""}
)
_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "proton.me",
    "web.de",
    "orange.fr",
    "libero.it",
    "hotmail.es",
    "sapo.pt",
    "ziggo.nl",
    "yandex.com",
    "mail.com",
    "fastmail.fm",
    "northwind-labs.com",
    "kestrelhq.io",
    "tarnwick.co.uk",
    "vellora.de",
    "ostrander.nl",
]


def ascii_name(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.translate(_TRANSLIT).lower())
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == "-"))


def email(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_name(given), ascii_name(family)
    if not g or not f:
        local = f"contact{rng.randint(10, 9999)}"
    else:
        local = rng.choice(
            [
                f"{g}.{f}",
                f"{g}{f}",
                f"{g[0]}{f}",
                f"{f}.{g}",
                f"{g}_{f}{rng.randint(1, 99)}",
                f"{g}{rng.randint(70, 2005)}",
                f"{g[0]}.{f}",
            ]
        )
    return f"{local}@{rng.choice(_DOMAINS)}"


def handle(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_name(given), ascii_name(family)
    if not g or not f:
        return f"@user{rng.randint(100, 9999)}"
    return "@" + rng.choice([f"{g[0]}{f}", f"{g}{f[0]}", f"{g}.{f}", f"{g}_{f}", f"{f}{g[0]}"])
