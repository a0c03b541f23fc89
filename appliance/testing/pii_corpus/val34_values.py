"""Structured values for val34: phone numbers of many countries (checked with `phonenumbers`,
which is used only to check and format them), e-mail addresses, card numbers (Luhn), IBANs
(ISO 13616 check digits), IP addresses, US social security numbers and bank account
numbers; and the decoys of clean and personal prompts (order numbers, dates, versions ...)."""

from __future__ import annotations

import random
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# National significant numbers: X any digit, N 2-9, other characters literal; each pattern
# is drawn until `phonenumbers` calls the number valid for its region.
PHONE_PATTERNS: dict[str, tuple[str, ...]] = {
    "GB": (
        "74XXXXXXXX",
        "75XXXXXXXX",
        "77XXXXXXXX",
        "78XXXXXXXX",
        "20NXXXXXXX",
        "161NXXXXXX",
        "131NXXXXXX",
        "1223NXXXXX",
        "292NXXXXXX",
        "113NXXXXXX",
    ),
    "IE": ("83NXXXXXX", "85NXXXXXX", "86NXXXXXX", "87NXXXXXX", "1NXXXXXX", "91NXXXXX"),
    "US": (
        "212NXXXXXX",
        "415NXXXXXX",
        "617NXXXXXX",
        "312NXXXXXX",
        "206NXXXXXX",
        "512NXXXXXX",
        "303NXXXXXX",
        "808NXXXXXX",
        "505NXXXXXX",
        "402NXXXXXX",
    ),
    "CA": ("416NXXXXXX", "604NXXXXXX", "514NXXXXXX", "403NXXXXXX", "306NXXXXXX"),
    "DE": (
        "151XXXXXXXX",
        "160XXXXXXX",
        "170XXXXXXX",
        "176XXXXXXXX",
        "30NXXXXXXX",
        "89NXXXXXXX",
        "40NXXXXXXX",
        "221NXXXXXX",
        "341NXXXXXX",
    ),
    "AT": ("664XXXXXXX", "676XXXXXXX", "699XXXXXXXX", "1NXXXXXXX", "316NXXXXX"),
    "CH": ("76XXXXXXX", "78XXXXXXX", "79XXXXXXX", "44NXXXXXX", "31NXXXXXX", "21NXXXXXX"),
    "FR": ("6XXXXXXXX", "7NXXXXXXX", "1NXXXXXXX", "4NXXXXXXX", "5NXXXXXXX"),
    "BE": ("47XXXXXXX", "48XXXXXXX", "49XXXXXXX", "2NXXXXXX", "9NXXXXXX"),
    "NL": ("61XXXXXXX", "62XXXXXXX", "64XXXXXXX", "20NXXXXXX", "10NXXXXXX", "50NXXXXXX"),
    "ES": ("6XXXXXXXX", "91NXXXXXX", "93NXXXXXX", "96NXXXXXX", "95NXXXXXX"),
    "PT": ("91XXXXXXX", "92XXXXXXX", "93XXXXXXX", "96XXXXXXX", "21NXXXXXX", "22NXXXXXX"),
    "IT": ("32XXXXXXXX", "33XXXXXXXX", "34XXXXXXXX", "06NXXXXXXX", "02NXXXXXXX"),
    "PL": ("50XXXXXXX", "60XXXXXXX", "69XXXXXXX", "88XXXXXXX", "22NXXXXXX", "12NXXXXXX"),
    "CZ": ("60XXXXXXX", "73XXXXXXX", "77XXXXXXX", "2NXXXXXXX"),
    "SE": ("70XXXXXXX", "72XXXXXXX", "73XXXXXXX", "76XXXXXXX", "8NXXXXXX", "31NXXXXXX"),
    "NO": ("4XXXXXXX", "9XXXXXXX", "22XXXXXX"),
    "DK": ("2XXXXXXX", "3XXXXXXX", "4XXXXXXX", "6XXXXXXX"),
    "FI": ("40XXXXXXX", "44XXXXXXX", "50XXXXXXX", "9NXXXXXX"),
    "TR": ("53XXXXXXXX", "54XXXXXXXX", "55XXXXXXXX", "212NXXXXXX", "216NXXXXXX"),
    "GR": ("69XXXXXXXX", "21NXXXXXXX", "231NXXXXXX"),
    "RO": ("72XXXXXXX", "74XXXXXXX", "75XXXXXXX", "21NXXXXXX"),
    "UA": ("50XXXXXXX", "67XXXXXXX", "93XXXXXXX", "97XXXXXXX", "44NXXXXXX"),
    "IN": ("98XXXXXXXX", "97XXXXXXXX", "88XXXXXXXX", "70XXXXXXXX", "63XXXXXXXX"),
    "PK": ("30XXXXXXXX", "31XXXXXXXX", "33XXXXXXXX", "42NXXXXXXX"),
    "BD": ("17XXXXXXXX", "18XXXXXXXX", "19XXXXXXXX", "15XXXXXXXX"),
    "NG": ("803XXXXXXX", "806XXXXXXX", "813XXXXXXX", "703XXXXXXX", "905XXXXXXX"),
    "GH": ("24XXXXXXX", "54XXXXXXX", "20XXXXXXX", "50XXXXXXX", "30NXXXXXX"),
    "KE": ("70XXXXXXX", "72XXXXXXX", "11XXXXXXX", "20NXXXXXX"),
    "ZA": ("6XXXXXXXX", "7NXXXXXXX", "82XXXXXXX", "21NXXXXXX", "11NXXXXXX"),
    "EG": ("10XXXXXXXX", "11XXXXXXXX", "12XXXXXXXX", "2NXXXXXXX"),
    "MA": ("6XXXXXXXX", "7XXXXXXXX", "522XXXXXX"),
    "AE": ("50XXXXXXX", "52XXXXXXX", "55XXXXXXX", "4NXXXXXX"),
    "SA": ("50XXXXXXX", "55XXXXXXX", "11NXXXXXX"),
    "IR": ("912XXXXXXX", "935XXXXXXX", "21NXXXXXXX"),
    "ID": ("812XXXXXXXX", "813XXXXXXXX", "857XXXXXXXX", "21NXXXXXXX"),
    "VN": ("9XXXXXXXX", "3NXXXXXXX", "8NXXXXXXX", "24NXXXXXXX"),
    "PH": ("917XXXXXXX", "918XXXXXXX", "927XXXXXXX", "2NXXXXXXX"),
    "TH": ("8XXXXXXXX", "9XXXXXXXX", "6XXXXXXXX", "2NXXXXXXX"),
    "MY": ("12XXXXXXX", "16XXXXXXX", "17XXXXXXX", "3NXXXXXXX"),
    "JP": ("90XXXXXXXX", "80XXXXXXXX", "70XXXXXXXX", "3NXXXXXXX", "6NXXXXXXX"),
    "KR": ("10XXXXXXXX", "2NXXXXXXX", "51NXXXXXX"),
    "CN": ("13XXXXXXXXX", "15XXXXXXXXX", "18XXXXXXXXX", "10NXXXXXXX"),
    "AU": ("4XXXXXXXX", "2NXXXXXXX", "3NXXXXXXX", "7NXXXXXXX"),
    "NZ": ("21XXXXXXX", "22XXXXXXX", "27XXXXXXX", "9NXXXXXX", "3NXXXXXX"),
    "BR": ("119XXXXXXXX", "219XXXXXXXX", "419XXXXXXXX", "819XXXXXXXX", "11NXXXXXXX"),
    "MX": ("55NXXXXXXX", "33NXXXXXXX", "81NXXXXXXX"),
    "CO": ("30XXXXXXXX", "31XXXXXXXX", "32XXXXXXXX", "60NXXXXXXX"),
    "CL": ("9NXXXXXXX", "2NXXXXXXX"),
    "PE": ("9NXXXXXXX", "1NXXXXXX"),
    "JM": ("876NXXXXXX",),
}
# where a place's country has no phone patterns, the region used instead
PHONE_FALLBACK = {
    "UG": "KE",
    "RW": "KE",
    "TZ": "KE",
    "ET": "KE",
    "SN": "FR",
    "ML": "FR",
    "CI": "FR",
    "ZM": "ZA",
    "ZW": "ZA",
    "BW": "ZA",
    "MZ": "ZA",
    "NA": "ZA",
    "MG": "FR",
    "CD": "FR",
    "TN": "MA",
    "DZ": "MA",
    "JO": "AE",
    "LB": "AE",
    "QA": "AE",
    "BH": "AE",
    "OM": "AE",
    "IQ": "AE",
    "AM": "UA",
    "GE": "UA",
    "AZ": "TR",
    "KZ": "UA",
    "UZ": "UA",
    "KG": "UA",
    "MN": "KR",
    "LK": "IN",
    "NP": "IN",
    "BT": "IN",
    "MM": "TH",
    "KH": "TH",
    "LA": "TH",
    "SG": "MY",
    "TW": "JP",
    "SK": "CZ",
    "HU": "RO",
    "BG": "RO",
    "RS": "RO",
    "HR": "RO",
    "SI": "AT",
    "BA": "RO",
    "AL": "GR",
    "MK": "GR",
    "MD": "RO",
    "LT": "PL",
    "LV": "PL",
    "EE": "FI",
    "IS": "NO",
    "MT": "IT",
    "CY": "GR",
    "AR": "CL",
    "UY": "CL",
    "PY": "CL",
    "BO": "PE",
    "EC": "CO",
    "VE": "CO",
    "GT": "MX",
    "HN": "MX",
    "NI": "MX",
    "TT": "JM",
    "HT": "JM",
    "BB": "JM",
    "WS": "NZ",
    "TO": "NZ",
    "FJ": "NZ",
}
PHONE_REGIONS = tuple(PHONE_PATTERNS)


def _digits(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "X":
            out.append(rng.choice(string.digits))
        elif ch == "N":
            out.append(rng.choice("23456789"))
        else:
            out.append(ch)
    return "".join(out)


def _parses(text: str, region: str, number) -> bool:
    try:
        back = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        back.country_code == number.country_code
        and back.national_number == number.national_number
        and phonenumbers.is_valid_number_for_region(back, region)
    )


def _formats(number, region: str) -> list[str]:
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    nat_digits = "".join(ch for ch in nat if ch.isdigit())
    cc = str(number.country_code)
    out = [intl, intl, nat, nat, e164, nat_digits]
    if region not in ("US", "CA", "JM"):
        out.append("00" + intl[1:])
    else:
        out.append(intl.replace(" ", "-", 1).replace(" ", "-"))
        groups = nat.replace("(", "").replace(")", "").replace("-", " ").split()
        out.append(".".join(groups))
        out.append("+1 (" + groups[0] + ") " + groups[1] + "-" + groups[2])
    groups = intl.split(" ")
    if len(groups) >= 3:
        out.append(groups[0] + " " + "".join(groups[1:2]) + " " + "".join(groups[2:]))
        if region in ("GB", "DE", "AT", "CH", "NL", "BE", "IE"):
            out.append(groups[0] + " (0)" + " ".join(groups[1:]))
    if region == "FR":
        out.append(nat.replace(" ", "."))
    if region in ("DE", "AT"):
        parts = nat.split(" ", 1)
        if len(parts) == 2:
            out.append("(" + parts[0] + ") " + parts[1])
            out.append(parts[0] + "/" + parts[1].replace(" ", ""))
    if region in ("ES", "IT", "PT", "PL", "NL", "SE", "NO", "DK", "FI", "CZ"):
        out.append(nat.replace(" ", "-"))
        out.append("+" + cc + nat_digits.lstrip("0") if region != "IT" else e164)
    if region in ("IN", "PK", "BD", "NG", "KE", "GH", "ZA", "PH", "ID", "VN", "MY", "TH"):
        out.append(nat.replace(" ", "-"))
    return [s for s in out if _parses(s, region, number)]


def phone(rng: random.Random, region: str) -> str:
    region = region.upper()
    if region not in PHONE_PATTERNS:
        region = PHONE_FALLBACK.get(region, "GB")
    code = phonenumbers.country_code_for_region(region)
    for _ in range(400):
        nsn = _digits(rng, rng.choice(PHONE_PATTERNS[region]))
        try:
            number = phonenumbers.parse(f"+{code}{nsn}")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(number, region):
            continue
        formats = _formats(number, region)
        if formats:
            return rng.choice(formats)
    raise ValueError(f"no valid phone number drawn for {region}")


def phone_region(region: str) -> str:
    region = region.upper()
    return region if region in PHONE_PATTERNS else PHONE_FALLBACK.get(region, "GB")


# --- e-mail --------------------------------------------------------------------------------

FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.de",
    "orange.fr",
    "libero.it",
    "wp.pl",
    "hotmail.com",
    "icloud.com",
    "proton.me",
    "seznam.cz",
    "yandex.ru",
    "naver.com",
    "qq.com",
    "rediffmail.com",
    "uol.com.br",
    "terra.es",
    "sapo.pt",
    "telenet.be",
    "ziggo.nl",
    "bigpond.com",
    "xtra.co.nz",
    "mail.ru",
)

ORG_DOMAINS = (
    "maths.hollowbrook.ac.uk",
    "phys.kestrel-university.edu",
    "stats.lindenmoor.org",
    "foodsafety-lab.eu",
    "larkspurcatering.co.uk",
    "aldergrove-hospital.nhs.uk",
    "quayside-college.ac.uk",
    "fellowships.trust.org",
    "heritage-society.org.uk",
    "saleroom-auctions.com",
    "bellweddings.com",
    "little-acorns-nursery.co.uk",
    "meadowcare.org",
    "tidewater-rowing.club",
    "bespoke-tailoring.co.uk",
    "crossword-desk.news",
    "northfjord-ferries.no",
    "localhistory.library.gov",
    "alpineclub-hiking.org",
    "harbourtugs.co.uk",
    "uni-hollerbach.de",
    "ecole-des-tilleuls.fr",
    "saladepujas.es",
    "universidade-atlantica.pt",
    "istituto-ligure.it",
    "vereniging-erfgoed.nl",
    "politechnika-nadwislanska.pl",
    "segelklubben.se",
    "denizcilik-kulubu.com.tr",
    "kampus-nusantara.ac.id",
    "truong-songhong.edu.vn",
)

DOMAINS_BY_PREFIX = {
    "math": ("maths.hollowbrook.ac.uk", "uni-hollerbach.de", "kestrel-university.edu"),
    "phys": ("phys.kestrel-university.edu", "physics.hollowbrook.ac.uk"),
    "stats": ("stats.lindenmoor.org", "datascience.lindenmoor.org"),
    "bio": ("foodsafety-lab.eu", "micro.lindenmoor-labs.com"),
    "rest": ("larkspurcatering.co.uk", "thecopperpan.com"),
    "hosp": ("aldergrove-hospital.nhs.uk", "stcolumba-hospital.org"),
    "school": ("quayside-college.ac.uk", "lovelace-academy.sch.uk"),
    "fellow": ("fellowships.trust.org", "scholarships.kestrel-university.edu"),
    "gen": ("heritage-society.org.uk", "familyroots-club.org"),
    "auction": ("saleroom-auctions.com", "gallery-vanderplas.nl"),
    "wedding": ("bellweddings.com", "confetti-events.co.uk"),
    "nursery": ("little-acorns-nursery.co.uk", "busybees-childminding.com"),
    "care": ("meadowcare.org", "willowbank-carehome.co.uk"),
    "row": ("tidewater-rowing.club", "riverside-canoe.org"),
    "sail": ("tidewater-rowing.club", "seacliff-sailing.org"),
    "tailor": ("bespoke-tailoring.co.uk", "lastandawl-shoes.com"),
    "xword": ("crossword-desk.news", "puzzlers-weekly.com"),
    "ferry": ("northfjord-ferries.no", "islandlink-ferries.com"),
    "harbour": ("harbourtugs.co.uk", "porthaven-authority.org"),
    "lib": ("localhistory.library.gov", "citylibraries.org.uk"),
    "hike": ("alpineclub-hiking.org", "fellwalkers.org.uk"),
}

ROLE_LOCALS = (
    "bookings",
    "admissions",
    "info",
    "results",
    "harbourmaster",
    "office",
    "enquiries",
    "accounts",
    "noreply",
    "events",
    "registrar",
    "lab",
    "kitchen",
    "secretary",
    "membership",
    "helpdesk",
    "dispatch",
    "archives",
    "fellowships",
    "hr",
    "payroll",
    "reception",
    "catering",
    "safeguarding",
    "grants",
)

_FOLD = {
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "Ae",
    "ß": "ss",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "ı": "i",
    "œ": "oe",
    "'": "",
    "’": "",
}


def ascii_fold(text: str) -> str:
    text = "".join(_FOLD.get(ch, ch) for ch in text)
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def _local(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text).lower() if ch.isalnum())


def person_email(rng: random.Random, first: str, last: str, domain: str | None) -> str:
    f, l_ = _local(first.split()[0]) or "x", _local(last) or _local(first)
    style = rng.randrange(7)
    if style == 0:
        local = f"{f}.{l_}"
    elif style == 1:
        local = f"{f[0]}{l_}"
    elif style == 2:
        local = f"{f}{rng.randrange(1, 99)}"
    elif style == 3:
        local = f"{l_}.{f}"
    elif style == 4:
        local = f"{f}_{l_}"
    elif style == 5:
        local = f"{f[0]}.{l_}"
    else:
        local = f"{f}{l_[:1]}{rng.randrange(70, 99)}"
    return f"{local}@{domain or rng.choice(FREE_MAIL)}"


# --- cards, IBANs, IPs, SSNs, accounts -----------------------------------------------------


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for d in string.digits:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


CARD_PREFIXES = {
    "visa": (("4", 16), ("4", 16), ("4", 13)),
    "mc": (("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16)),
    "amex": (("34", 15), ("37", 15)),
    "disc": (("6011", 16), ("65", 16), ("644", 16)),
}


def card(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    prefix, length = rng.choice(CARD_PREFIXES[kind])
    digits = _luhn_complete(rng, prefix, length)
    sep = rng.choice(("", " ", " ", "-"))
    if length == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:])) if sep else digits
    if length == 13:
        return digits
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


# country: (length check, BBAN pattern: 9 digit, A upper letter, C alphanumeric)
IBAN_SPECS = {
    "DE": "999999999999999999",
    "GB": "AAAA99999999999999",
    "FR": "9999999999CCCCCCCCCCC99",
    "ES": "99999999999999999999",
    "IT": "A9999999999CCCCCCCCCCCC",
    "NL": "AAAA9999999999",
    "BE": "999999999999",
    "PL": "999999999999999999999999",
    "PT": "999999999999999999999",
    "AT": "9999999999999999",
    "CH": "99999CCCCCCCCCCCC",
    "SE": "99999999999999999999",
    "IE": "AAAA99999999999999",
    "TR": "99999" + "0" + "CCCCCCCCCCCCCCCC",
    "DK": "99999999999999",
    "NO": "99999999999",
    "FI": "99999999999999",
    "RO": "AAAACCCCCCCCCCCCCCCC",
    "GR": "9999999CCCCCCCCCCCCCCCC",
    "HR": "99999999999999999",
    "LT": "9999999999999999",
    "CZ": "99999999999999999999",
    "HU": "999999999999999999999999",
    "SA": "99CCCCCCCCCCCCCCCCCC",
    "AE": "9999999999999999999",
}
IBAN_BANKS = {
    "GB": ("NWBK", "BARC", "MIDL", "LOYD", "HBUK"),
    "NL": ("ABNA", "RABO", "INGB"),
    "IE": ("AIBK", "BOFI"),
    "RO": ("BTRL", "RNCB", "BRDE"),
}


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    country = (country or rng.choice(tuple(IBAN_SPECS))).upper()
    spec = IBAN_SPECS[country]
    chars = []
    for ch in spec:
        if ch == "9":
            chars.append(rng.choice(string.digits))
        elif ch == "A":
            chars.append(rng.choice(string.ascii_uppercase))
        elif ch == "C":
            chars.append(rng.choice(string.digits * 3 + string.ascii_uppercase))
        else:
            chars.append(ch)
    bban = "".join(chars)
    if country in IBAN_BANKS:
        bban = rng.choice(IBAN_BANKS[country]) + bban[4:]
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    if spaced is None:
        spaced = rng.random() < 0.55
    if spaced:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ipv4(rng: random.Random, private: bool = False) -> str:
    if private:
        first = rng.choice(("10", "192.168", "172.16", "172.20"))
        rest = [str(rng.randrange(0, 255)) for _ in range(4 - first.count(".") - 1)]
        return ".".join([first, *rest])
    while True:
        a = rng.randrange(1, 224)
        if a not in (10, 127, 169, 172, 192, 100, 0):
            break
    return ".".join(
        [str(a)] + [str(rng.randrange(0, 256)) for _ in range(2)] + [str(rng.randrange(1, 255))]
    )


def ipv6(rng: random.Random) -> str:
    head = rng.choice(
        ("2001:db8", "2a02:8108", "2a01:4f8", "2600:1f18", "2001:67c", "2a00:1450", "fd12:3456")
    )
    groups = [f"{rng.randrange(0, 0x10000):x}" for _ in range(rng.choice((2, 3, 4)))]
    if rng.random() < 0.5:
        return head + "::" + ":".join(groups)
    full = head.split(":") + [f"{rng.randrange(0, 0x10000):x}" for _ in range(6)]
    return ":".join(full)


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area == 666:
            continue
        group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
        digits = f"{area:03d}{group:02d}{serial:04d}"
        if ssn_ok(digits):
            break
    style = rng.random()
    if style < 0.7:
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    if style < 0.85:
        return f"{digits[:3]} {digits[3:5]} {digits[5:]}"
    return digits


def account(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("uk", "us", "dash", "plain", "in"))
    d = string.digits
    if kind == "uk":
        return "".join(rng.choice(d) for _ in range(8))
    if kind == "us":
        return "".join(rng.choice(d) for _ in range(rng.choice((9, 10, 12))))
    if kind == "dash":
        a = "".join(rng.choice(d) for _ in range(3))
        b = "".join(rng.choice(d) for _ in range(6))
        return f"{a}-{b}-{rng.choice(d)}"
    if kind == "in":
        return "".join(rng.choice(d) for _ in range(rng.choice((11, 14))))
    return "".join(rng.choice(d) for _ in range(rng.choice((8, 10, 11))))


def sort_code(rng: random.Random) -> str:
    return "-".join(f"{rng.randrange(0, 100):02d}" for _ in range(3))


# --- decoys (never gold) --------------------------------------------------------------------

_MONTHS = (
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
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def _num(rng: random.Random, n: int) -> str:
    return str(rng.randrange(1, 10)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _date(rng: random.Random) -> str:
    y, m, d = rng.choice((2023, 2024, 2025)), rng.randrange(1, 13), rng.randrange(1, 29)
    style = rng.randrange(6)
    if style == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 1:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 2:
        return f"{d} {_MONTHS[m - 1]} {y}"
    if style == 3:
        return f"{_MONTHS[m - 1]} {d}, {y}"
    if style == 4:
        return f"{_DAYS[rng.randrange(7)]} {d} {_MONTHS[m - 1][:3]}"
    return f"{d}.{m}.{y}"


def _isbn(rng: random.Random) -> str:
    body = "978" + _num(rng, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{check}"


def _price(rng: random.Random) -> str:
    cur = rng.choice(("£", "€", "$", "CHF ", "€", "£"))
    amount = rng.choice(
        (
            rng.randrange(3, 60) + rng.choice((0, 0.5, 0.99, 0.25)),
            rng.randrange(60, 400) + rng.choice((0, 0.5)),
            rng.randrange(400, 2500) + 0.0,
        )
    )
    return f"{cur}{amount:,.2f}"


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice((2023, 2024, 2025)), rng.randrange(1, 13), rng.randrange(1, 29)


def _isodate(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}-{m:02d}-{d:02d}"


def _icsdate(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{y}{m:02d}{d:02d}"


def _clfdate(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return f"{d:02d}/{_MONTHS[m - 1][:3]}/{y}"


def _gitdate(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    return (
        f"{_DAYS[rng.randrange(7)][:3]} {_MONTHS[m - 1][:3]} {d} "
        f"{rng.randrange(8, 23):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} {y} "
        f"{rng.choice(('+0100', '+0000', '+0200', '-0500'))}"
    )


DECOYS = {
    "isodate": _isodate,
    "imo": lambda r: "9" + _num(r, 6),
    "routing": lambda r: "0" + _num(r, 8),
    "ifsc": lambda r: "HDFC0" + _num(r, 6),
    "icsdate": _icsdate,
    "clfdate": _clfdate,
    "gitdate": _gitdate,
    "order": lambda r: rng_choice(
        r, (f"ORD-{r.choice((2024, 2025))}-{_num(r, 6)}", f"#{_num(r, 8)}", f"SO{_num(r, 7)}")
    ),
    "booking": lambda r: rng_choice(r, (_up(r, 6), f"BK-{_up(r, 5)}", f"RES{_num(r, 6)}")),
    "flight": lambda r: (
        f"{r.choice(('BA', 'KL', 'TK', 'LH', 'AF', 'SK', 'QR', 'EK', 'AY'))}"
        f"{r.choice(('', ' '))}{r.randrange(100, 2999)}"
    ),
    "track": lambda r: rng_choice(
        r,
        (
            f"1Z{_up(r, 6)}{_num(r, 10)}",
            f"RR{_num(r, 9)}GB",
            f"JD{_num(r, 18)}",
            f"{_num(r, 4)} {_num(r, 4)} {_num(r, 4)} {_num(r, 4)} {_num(r, 2)}",
        ),
    ),
    "invoice": lambda r: f"INV-{r.choice((2024, 2025))}-{_num(r, 5)}",
    "date": _date,
    "time": lambda r: f"{r.randrange(7, 22):02d}:{r.choice(('00', '15', '30', '45', '05'))}",
    "ver": lambda r: f"{r.randrange(0, 6)}.{r.randrange(0, 30)}.{r.randrange(0, 12)}",
    "hash": lambda r: _hex(r, 7),
    "longhash": lambda r: _hex(r, 40),
    "price": _price,
    "sku": lambda r: rng_choice(r, (f"SKU-{_up(r, 3)}-{_num(r, 5)}", f"{_up(r, 2)}{_num(r, 6)}")),
    "ean": lambda r: _num(r, 13),
    "isbn": _isbn,
    "doi": lambda r: rng_choice(
        r,
        (
            f"10.1103/PhysRev{r.choice(('B', 'D', 'Lett'))}.{r.randrange(90, 135)}.{_num(r, 6)}",
            f"10.1016/j.{r.choice(('ijfoodmicro', 'jcp', 'csda'))}."
            f"{r.randrange(2019, 2025)}.{_num(r, 6)}",
            f"10.48550/arXiv.{r.randrange(2101, 2412)}.{_num(r, 5)}",
        ),
    ),
    "room": lambda r: rng_choice(
        r,
        (
            f"{r.choice('ABCDG')}{r.randrange(1, 4)}.{r.randrange(1, 40):02d}",
            f"{r.randrange(100, 520)}",
        ),
    ),
    "seat": lambda r: f"{r.randrange(1, 40)}{r.choice('ABCDEF')}",
    "part": lambda r: f"{_num(r, 4)}-{_num(r, 3)}-{_num(r, 4)}",
    "port": lambda r: str(r.choice((443, 8080, 8443, 5432, 6379, 9200, 3000, 5000, 27017))),
    "hex": lambda r: "#" + _hex(r, 6),
    "uuid": lambda r: (
        f"{_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-{r.choice('89ab')}{_hex(r, 3)}-{_hex(r, 12)}"
    ),
    "ticket": lambda r: rng_choice(
        r, (f"INC{_num(r, 7)}", f"REQ-{_num(r, 5)}", f"CS-{_num(r, 6)}")
    ),
    "jira": lambda r: (
        f"{r.choice(('LAB', 'KIT', 'OPS', 'HIST', 'FERRY', 'STAT', 'WEB'))}-{r.randrange(10, 4000)}"
    ),
    "year": lambda r: str(r.randrange(1780, 1960)),
    "n": lambda r: str(r.randrange(2, 60)),
    "big": lambda r: f"{r.randrange(1000, 99999):,}",
    "pct": lambda r: f"{r.randrange(1, 99)}.{r.randrange(0, 10)}%",
    "pval": lambda r: f"p = 0.0{r.randrange(1, 49):02d}",
    "temp": lambda r: f"{r.choice(('', '-'))}{r.randrange(1, 75)} °C",
    "lot": lambda r: str(r.randrange(1, 480)),
    "ref": lambda r: f"{_up(r, 3)}/{r.choice((2024, 2025))}/{_num(r, 4)}",
    "batch": lambda r: f"B{r.randrange(2023, 2026)}-{_num(r, 4)}",
    "postcode": lambda r: rng_choice(r, (_num(r, 5), f"{_num(r, 2)}-{_num(r, 3)}")),
    "duration": lambda r: f"{r.randrange(1, 12)}h {r.randrange(0, 60):02d}m",
    "size": lambda r: f"{r.randrange(1, 900)} {r.choice(('KB', 'MB', 'GB'))}",
    "ms": lambda r: f"{r.randrange(3, 2500)}ms",
    "line": lambda r: str(r.randrange(12, 900)),
    "month": lambda r: r.choice(_MONTHS),
    "day": lambda r: r.choice(_DAYS),
}


def rng_choice(rng: random.Random, options):
    return rng.choice(options)
