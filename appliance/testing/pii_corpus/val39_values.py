"""Structured values for val39: phone numbers of many regions in many written forms, e-mail
addresses, card numbers, IBANs, IP addresses, US social security numbers and bank account
numbers. Every value is made here from its own rules (phone numbers are only checked and
formatted with `phonenumbers`)."""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

import phonenumbers

# region: (country calling code, prefixes of the national significant number, its lengths)
PHONE_SPECS: dict[str, tuple[int, tuple[str, ...], tuple[int, ...]]] = {
    "GB": (44, ("74", "75", "77", "78", "79", "207", "208", "161", "131", "117", "113"), (10,)),
    "US": (1, ("206", "312", "415", "503", "617", "713", "720", "808", "907", "512", "404"), (10,)),
    "CA": (1, ("416", "604", "514", "403", "902", "613", "306"), (10,)),
    "DE": (49, ("151", "152", "157", "160", "162", "170", "171", "172", "175", "176"), (10, 11)),
    "FR": (33, ("6", "7"), (9,)),
    "ES": (34, ("6", "71", "72", "73", "74"), (9,)),
    "IT": (39, ("320", "328", "333", "338", "340", "345", "347", "349", "366", "388"), (10,)),
    "NL": (31, ("61", "62", "63", "64", "65"), (9,)),
    "BE": (32, ("47", "48", "49"), (9,)),
    "CH": (41, ("76", "77", "78", "79"), (9,)),
    "AT": (43, ("664", "650", "660", "676", "699"), (10, 11)),
    "PL": (48, ("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"), (9,)),
    "SE": (46, ("70", "72", "73", "76", "79"), (9,)),
    "NO": (47, ("4", "9"), (8,)),
    "DK": (45, ("20", "30", "31", "40", "42", "50", "51", "60", "61", "71", "81", "93"), (8,)),
    "FI": (358, ("40", "41", "44", "45", "50"), (9, 10)),
    "IS": (354, ("6", "7", "8"), (7,)),
    "IE": (353, ("83", "85", "86", "87", "89"), (9,)),
    "PT": (351, ("91", "92", "93", "96"), (9,)),
    "GR": (30, ("69",), (10,)),
    "CZ": (420, ("60", "72", "73", "77", "79"), (9,)),
    "HU": (36, ("20", "30", "70"), (9,)),
    "RO": (40, ("72", "73", "74", "75", "76"), (9,)),
    "BG": (359, ("87", "88", "89"), (9,)),
    "RS": (381, ("60", "61", "62", "63", "64", "65", "66", "69"), (8, 9)),
    "HR": (385, ("91", "92", "95", "97", "98", "99"), (8, 9)),
    "AL": (355, ("67", "68", "69"), (9,)),
    "LT": (370, ("6",), (8,)),
    "LV": (371, ("2",), (8,)),
    "EE": (372, ("5",), (7, 8)),
    "UA": (380, ("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"), (9,)),
    "RU": (7, ("91", "92", "95", "96", "98"), (10,)),
    "KZ": (7, ("701", "702", "705", "707", "747", "771", "775", "777", "778"), (10,)),
    "TR": (90, ("50", "53", "54", "55"), (10,)),
    "AM": (374, ("77", "91", "93", "94", "95", "98", "99", "55", "41"), (8,)),
    "GE": (995, ("55", "57", "59"), (9,)),
    "IR": (98, ("91", "912", "93", "90", "99"), (10,)),
    "IQ": (964, ("750", "751", "770", "780", "790"), (10,)),
    "IL": (972, ("50", "52", "53", "54", "58"), (9,)),
    "LB": (961, ("3", "70", "71", "76", "81"), (7, 8)),
    "AE": (971, ("50", "52", "54", "55", "56", "58"), (9,)),
    "SA": (966, ("50", "53", "54", "55", "56", "59"), (9,)),
    "EG": (20, ("10", "11", "12", "15"), (10,)),
    "MA": (212, ("6", "7"), (9,)),
    "NG": (
        234,
        ("803", "805", "806", "807", "808", "810", "813", "816", "703", "706", "903"),
        (10,),
    ),
    "GH": (233, ("24", "20", "50", "54", "55", "27"), (9,)),
    "KE": (254, ("70", "71", "72", "74", "79", "11"), (9,)),
    "TZ": (255, ("71", "75", "76", "78", "65", "68"), (9,)),
    "ET": (251, ("91", "92", "93", "94"), (9,)),
    "SO": (252, ("61", "62", "63", "65", "68", "90", "71"), (9,)),
    "ZA": (27, ("60", "61", "71", "72", "73", "74", "76", "79", "81", "82", "83", "84"), (9,)),
    "IN": (91, ("98", "99", "97", "94", "90", "88", "70", "63", "81"), (10,)),
    "PK": (92, ("300", "301", "321", "333", "345", "312"), (10,)),
    "BD": (880, ("17", "18", "19", "13", "15", "16"), (10,)),
    "LK": (94, ("71", "72", "75", "76", "77", "78"), (9,)),
    "NP": (977, ("98",), (10,)),
    "CN": (86, ("138", "139", "135", "186", "158", "150", "177", "189"), (11,)),
    "HK": (852, ("5", "6", "9"), (8,)),
    "TW": (886, ("9",), (9,)),
    "JP": (81, ("70", "80", "90"), (10,)),
    "KR": (82, ("10",), (10,)),
    "VN": (
        84,
        ("90", "91", "93", "94", "96", "97", "98", "86", "32", "33", "35", "38", "77"),
        (9,),
    ),
    "TH": (66, ("6", "8", "9"), (9,)),
    "MY": (60, ("12", "13", "16", "17", "19", "11"), (9, 10)),
    "ID": (62, ("812", "813", "815", "817", "821", "852", "857", "878", "896"), (10, 11, 12)),
    "PH": (63, ("917", "918", "919", "920", "927", "939", "945", "966", "977", "995"), (10,)),
    "AU": (61, ("4",), (9,)),
    "NZ": (64, ("21", "22", "27"), (8, 9, 10)),
    "BR": (55, ("119", "219", "319", "419", "519", "619", "719", "819", "859", "929"), (11,)),
    "MX": (52, ("55", "33", "81", "999", "222", "442", "477"), (10,)),
    "AR": (54, ("911", "9351", "9341", "9261"), (11,)),
    "CO": (57, ("300", "301", "310", "311", "312", "315", "316", "318", "320", "321"), (10,)),
    "CL": (56, ("9",), (9,)),
    "PE": (51, ("9",), (9,)),
    "WS": (685, ("72", "75", "76", "77"), (7,)),
    "TO": (676, ("77", "78", "84", "87"), (7,)),
    "FJ": (679, ("7", "8", "9"), (7,)),
}

# regions whose international call prefix is 00, so "0044 ..." reads as written
IDD_00 = set(PHONE_SPECS) - {"US", "CA", "JP", "KR", "AU", "HK", "TW", "ID", "NG", "KE", "BR"}
PHONE_FORMATS = ("intl", "intl", "nat", "nat", "e164", "plain", "00", "dots", "dash", "paren0")


def _nsn(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    cc, prefixes, lengths = PHONE_SPECS[region]
    for _ in range(500):
        prefix = rng.choice(prefixes)
        length = rng.choice(lengths)
        digits = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        number = phonenumbers.PhoneNumber(country_code=cc, national_number=int(digits))
        if phonenumbers.is_valid_number_for_region(number, region):
            return number
    raise ValueError(f"no valid phone number drawn for {region}")


def _written(number: phonenumbers.PhoneNumber, style: str, region: str) -> str:
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if style == "nat":
        return nat
    if style == "plain":
        return re.sub(r"\D", "", nat)
    if style == "00":
        return "00" + intl[1:]
    if style == "dots":
        return re.sub(r"[ -]+", ".", nat.replace("(", "").replace(")", ""))
    if style == "dash":
        return re.sub(r"[ .]+", "-", nat.replace("(", "").replace(") ", "-"))
    if style == "idash":
        return re.sub(r"[ .]+", "-", intl)
    if style == "paren0":
        cc, rest = intl.split(" ", 1)
        return f"{cc} (0){rest}" if nat.startswith("0") else intl
    if style == "brcc":
        cc, rest = intl.split(" ", 1)
        return f"({cc}) {rest}"
    raise ValueError(style)


def phone_ok(written: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(number, region)


def phone(rng: random.Random, region: str, style: str | None = None) -> str:
    """A valid number of the region, written in the given style or a random one."""
    number = _nsn(rng, region)
    styles = [style] if style else rng.sample(PHONE_FORMATS, len(PHONE_FORMATS)) + ["intl"]
    for s in styles:
        if s == "00" and region not in IDD_00:
            continue
        written = _written(number, s, region)
        if phone_ok(written, region):
            return written
    raise ValueError(f"no valid written form for {region} {number} {style}")


# --------------------------------------------------------------------------- e-mail

_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ı": "i",
        "þ": "th",
        "Þ": "th",
        "ð": "d",
        "Ð": "d",
        "œ": "oe",
    }
)


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: how a name goes into an address."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


MAIL_DOMAINS = (
    "gmail.com gmail.com gmail.com outlook.com hotmail.com yahoo.com icloud.com proton.me "
    "hotmail.co.uk btinternet.com gmx.de web.de t-online.de gmx.at bluewin.ch orange.fr "
    "free.fr laposte.net libero.it virgilio.it ziggo.nl telenet.be wp.pl o2.pl seznam.cz "
    "telia.com online.no yahoo.es uol.com.br terra.com.br yahoo.com.mx naver.com daum.net "
    "qq.com 163.com yahoo.co.jp rediffmail.com bigpond.com xtra.co.nz rogers.com shaw.ca "
    "mail.ru yandex.ru ukr.net abv.bg windowslive.com fastmail.com tutanota.com posteo.de"
).split()


def personal_email(rng: random.Random, given: str, family: str) -> str:
    g = fold(given.split()[0]) if given else ""
    f = fold(family.replace(" ", "")) if family else ""
    if not f:
        f = fold(given.split()[-1]) if given and len(given.split()) > 1 else "mail"
    n = rng.randint(1, 99)
    year = rng.randint(58, 99)
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}.{f}",
            f"{g}{f}",
            f"{g[:1]}{f}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}.{f}{n}",
            f"{g}{year}",
            f"{g[:1]}.{f}",
            f"{f}{g[:1]}{n}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def work_email(rng: random.Random, given: str, family: str, domain: str) -> str:
    g = fold(given.split()[0]) if given else "info"
    f = fold(family.replace(" ", "")) if family else ""
    if not f:
        return f"{g}@{domain}"
    local = rng.choice([f"{g}.{f}", f"{g}.{f}", f"{g[:1]}{f}", f"{g[:1]}.{f}", f"{f}"])
    return f"{local}@{domain}"


ROLE_LOCALS = (
    "bookings info reservations boxoffice accounts billing support hello office frontdesk "
    "admin enquiries sales membership tickets press dispatch noreply hr payroll"
).split()

ORG_DOMAINS = (
    "kestrel-opera.org lanternhall-theatre.co.uk northquay-marina.ie atelier-ambre.fr "
    "ironhollow-distillery.co.uk halvmane-bryggeri.no roseraie-despres.fr bakkerij-dekorf.nl "
    "orbitlab.space tidemark-ferries.com greyfield-vets.co.uk quillstone-games.com "
    "willowmere-funerals.com ancestrylines.net meridian-notaires.fr copperleaf-tax.com "
    "harbourlight-homes.com copperfox-bar.de pavlovska-patisserie.pl lumen-physics.eu"
).split()


def role_email(rng: random.Random, local: str | None = None) -> str:
    return f"{local or rng.choice(ROLE_LOCALS)}@{rng.choice(ORG_DOMAINS)}"


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def email_ok(value: str) -> bool:
    local = value.split("@", 1)[0]
    return bool(EMAIL_RE.match(value)) and not local.startswith(".") and ".." not in value


# --------------------------------------------------------------------------- cards


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


CARD_BRANDS = {
    "visa": (("4",), 16),
    "visa13": (("4",), 13),
    "mc": (("51", "52", "53", "54", "55", "2221", "2300", "2720"), 16),
    "amex": (("34", "37"), 15),
    "disc": (("6011", "65", "644", "649"), 16),
    "jcb": (("3528", "3541", "3566", "3589"), 16),
    "diners": (("36", "38"), 14),
}


def card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners"])
    prefixes, length = CARD_BRANDS[brand]
    body = rng.choice(prefixes)
    body += "".join(rng.choice("0123456789") for _ in range(length - 1 - len(body)))
    digits = body + _luhn_digit(body)
    sep = rng.choice([" ", " ", "-", ""])
    if length == 16:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    elif length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif length == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits]
    return sep.join(groups)


# --------------------------------------------------------------------------- IBANs

IBAN_SPECS: dict[str, tuple[tuple[str, ...], str]] = {
    # country: (bank codes, pattern of the rest: n digit, a letter)
    "DE": (("37040044", "50010517", "10020030", "70150000", "20050550"), "n" * 10),
    "GB": (("NWBK", "BARC", "LOYD", "HBUK", "MIDL"), "n" * 14),
    "FR": (("30004", "20041", "30003", "10278", "30002"), "n" * 18),
    "ES": (("2100", "0049", "0182", "2080", "0081"), "n" * 16),
    "IT": (("X03069", "K02008", "A05034", "M03062"), "n" * 17),
    "NL": (("ABNA", "INGB", "RABO", "TRIO", "SNSB"), "n" * 10),
    "CH": (("00762", "00235", "08390"), "n" * 12),
    "AT": (("20111", "12000", "32000", "14000"), "n" * 11),
    "PL": (("10901014", "11402004", "10205561", "24901044"), "n" * 16),
    "SE": (("500", "800", "600"), "n" * 17),
    "PT": (("0033", "0035", "0007", "0010"), "n" * 17),
    "IE": (("AIBK", "BOFI"), "n" * 14),
    "NO": (("1503", "8601", "9710"), "n" * 7),
    "DK": (("5000", "3000", "2000"), "n" * 10),
    "FI": (("123456", "400100", "800014"), "n" * 8),
    "TR": (("000620", "000100", "000460"), "n" * 16),
    "AE": (("033", "026", "035"), "n" * 16),
    "SA": (("80", "10", "45"), "n" * 18),
    "HU": (("117", "107", "120"), "n" * 21),
    "RO": (("BTRL", "RNCB", "BRDE"), "n" * 16),
    "HR": (("2484008", "2360000", "2340009"), "n" * 10),
    "GR": (("0110125", "0172", "0260"), "n" * 16),
    "LT": (("73000", "70440", "72300"), "n" * 11),
    "IL": (("010800", "012000", "020700"), "n" * 13),
    "BR": (("00360305", "60701190"), "n" * 15 + "a" + "n"),
}
IBAN_LENGTH = {
    "DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "CH": 21, "AT": 20, "PL": 28,
    "SE": 24, "PT": 25, "IE": 22, "NO": 15, "DK": 18, "FI": 18, "TR": 26, "AE": 23, "SA": 24,
    "HU": 28, "RO": 24, "HR": 21, "GR": 27, "LT": 20, "IL": 23, "BR": 29, "BE": 16,
}  # fmt: skip


def _check_digits(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_LENGTH))
    if country == "BE":
        first = "".join(rng.choice("0123456789") for _ in range(10))
        key = int(first) % 97 or 97
        bban = f"{first}{key:02d}"
    else:
        banks, rest = IBAN_SPECS[country]
        bban = rng.choice(banks)
        for ch in rest:
            bban += rng.choice("0123456789") if ch == "n" else rng.choice("PCJ")
        bban = bban[: IBAN_LENGTH[country] - 4]
        while len(bban) < IBAN_LENGTH[country] - 4:
            bban += rng.choice("0123456789")
    compact = country + _check_digits(country, bban) + bban
    if spaced is None:
        spaced = rng.random() < 0.6
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if spaced else compact


# --------------------------------------------------------------------------- IPs, SSNs, accounts

_V4_FIRST = (23, 31, 37, 45, 62, 77, 81, 89, 91, 94, 109, 141, 176, 185, 188, 193, 195, 203, 212)


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.35:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.42:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    a = rng.choice(_V4_FIRST)
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(
        [0x2001_0DB8, 0x2A02_8108, 0x2A01_04F8, 0x2600_1F18, 0x2405_0200, 0x2C0F_F4C0]
    )
    if rng.random() < 0.35:
        value = (head << 96) | (rng.getrandbits(16) << 16) | rng.getrandbits(16)
    else:
        value = (head << 96) | rng.getrandbits(96)
    address = ipaddress.IPv6Address(value)
    return address.compressed if rng.random() < 0.75 else address.exploded


def ssn(rng: random.Random, style: str | None = None) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["dash"] * 6 + ["space", "plain"])
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def account(rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(["uk", "plain", "plain", "long", "dash", "us"])
    if style == "uk":
        return "".join(rng.choice("0123456789") for _ in range(8))
    if style == "us":
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(9, 12)))
    if style == "long":
        return "00" + "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
    if style == "dash":
        a = "".join(rng.choice("0123456789") for _ in range(4))
        b = "".join(rng.choice("0123456789") for _ in range(6))
        c = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 3)))
        return f"{a}-{b}-{c}"
    return "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 11)))


ACCOUNT_RE = re.compile(r"^(?=(?:-*\d){8})[\d-]{8,16}$")
