"""Values planted in val11 of the labelled PII corpus, and the decoys around them, written by
val11's author without reading any other part of the corpus: places typed by hand, phone
numbers of 40 regions (a region's example number from `phonenumbers` with its last digits
drawn again until the number is valid, then written in one of several styles), Luhn-valid
cards, IBANs of 16 countries with computed check digits, SSNs by the issuing rules, IPv4
and IPv6 addresses, bank account numbers, and decoy numbers (orders, tracking codes, ISBNs,
versions, SKUs, hashes) that only look like personal data.
"""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

CITIES = (
    "Rotterdam",
    "Gdańsk",
    "Thessaloniki",
    "Valparaíso",
    "Tromsø",
    "Kraków",
    "Antwerp",
    "Bilbao",
    "Porto",
    "Ljubljana",
    "Tartu",
    "Leipzig",
    "Grenoble",
    "Bologna",
    "Cluj-Napoca",
    "Plovdiv",
    "Izmir",
    "Haifa",
    "Tbilisi",
    "Yerevan",
    "Almaty",
    "Pune",
    "Coimbatore",
    "Chittagong",
    "Lahore",
    "Kandy",
    "Pokhara",
    "Chengdu",
    "Kaohsiung",
    "Sapporo",
    "Busan",
    "Da Nang",
    "Chiang Mai",
    "Cebu City",
    "Surabaya",
    "Penang",
    "Ibadan",
    "Enugu",
    "Kisumu",
    "Addis Ababa",
    "Hargeisa",
    "Durban",
    "Kumasi",
    "Rotorua",
    "Apia",
    "Tirana",
    "Sliema",
    "Guadalajara",
    "Rosario",
    "Curitiba",
    "Winnipeg",
    "Halifax",
    "Tucson",
    "Spokane",
    "Aberdeen",
    "Galway",
    "Swansea",
    "Leeds",
    "Brno",
    "Košice",
    "Debrecen",
    "Malmö",
    "Bergen",
    "Aarhus",
    "Akureyri",
    "Tampere",
    "Kaunas",
    "Daugavpils",
    "Innsbruck",
    "Lausanne",
    "Marrakesh",
    "Alexandria",
    "Shiraz",
    "Erbil",
    "Montpellier",
    "Zermatt",
    "Chamonix",
    "Hobart",
    "Geelong",
    "Dunedin",
)
REGIONS = (
    "Bavaria",
    "Tuscany",
    "Andalusia",
    "Brittany",
    "Silesia",
    "Transylvania",
    "Crete",
    "Tasmania",
    "Quebec",
    "Ontario",
    "Kerala",
    "Hokkaido",
    "Patagonia",
    "Galicia",
    "North Rhine-Westphalia",
    "Yorkshire",
    "Connemara",
    "Lapland",
    "Styria",
    "Valais",
)
COUNTRIES = (
    "Portugal",
    "Norway",
    "Slovenia",
    "Estonia",
    "Uruguay",
    "Kenya",
    "Vietnam",
    "Mongolia",
    "Iceland",
    "Morocco",
    "Ghana",
    "Sri Lanka",
    "New Zealand",
    "Croatia",
    "Lithuania",
    "Ecuador",
    "Namibia",
    "Albania",
    "Bangladesh",
    "Finland",
    "Canada",
    "Austria",
)
ADDRESSES = (
    "Keizersgracht 412, 1016 GC Amsterdam",
    "Schönhauser Allee 83, 10439 Berlin",
    "14 rue des Tanneurs, 69002 Lyon",
    "Via del Pratello 27, 40122 Bologna",
    "Calle de Zurbano 45, 28010 Madrid",
    "Rua das Flores 118, 4050-265 Porto",
    "ul. Długa 33/4, 80-827 Gdańsk",
    "Storgatan 19, 411 38 Göteborg",
    "Tordenskjolds gate 6, 0160 Oslo",
    "Vesterbrogade 74, 1620 København V",
    "22 Thornfield Crescent, Harrogate HG2 8PL",
    "Flat 3, 61 Marchmont Road, Edinburgh EH9 1HU",
    "7 Ashgrove Terrace, Ballincollig, Co. Cork",
    "1840 Larkspur Lane, Boulder, CO 80304",
    "355 W Pinecrest Ave, Apt 12B, Spokane, WA 99208",
    "96 Kestrel Drive, Geelong VIC 3220",
    "41 Kowhai Street, Dunedin 9016",
    "2215 rue Saint-Hubert, Montréal QC H2L 3Z6",
    "Bahnhofstrasse 52, 8001 Zürich",
    "Mariahilfer Straße 101, 1060 Wien",
    "Andrássy út 47, 1061 Budapest",
    "Vinohradská 112, 130 00 Praha 3",
    "3-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001",
    "Plot 17, Admiralty Way, Lekki, Lagos",
)

# Everyday domains for e-mail addresses.
MAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "proton.me",
    "yahoo.co.uk",
    "web.de",
    "orange.fr",
    "libero.it",
    "icloud.com",
    "gmx.at",
    "hotmail.com",
    "mail.ru",
    "seznam.cz",
)

PHONE_REGIONS = (
    "US",
    "GB",
    "DE",
    "FR",
    "IT",
    "ES",
    "NL",
    "BE",
    "CH",
    "AT",
    "PL",
    "SE",
    "NO",
    "DK",
    "FI",
    "IE",
    "PT",
    "IN",
    "AU",
    "NZ",
    "CA",
    "BR",
    "MX",
    "JP",
    "KR",
    "SG",
    "ZA",
    "NG",
    "KE",
    "AE",
    "TR",
    "GR",
    "CZ",
    "HU",
    "RO",
    "IL",
    "PH",
    "CO",
    "MA",
    "TH",
)

_F = phonenumbers.PhoneNumberFormat


def phone(rng: random.Random, region: str | None = None, style: str | None = None) -> str:
    """A valid phone number of a region, written in one of several styles."""
    region = region or rng.choice(PHONE_REGIONS)
    kind = rng.choice(
        (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    )
    example = phonenumbers.example_number_for_type(region, kind)
    base = str(example.national_number)
    for _ in range(60):
        k = min(6, len(base) - 3)
        nsn = base[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        num = phonenumbers.parse("+" + str(example.country_code) + nsn)
        if phonenumbers.is_valid_number(num):
            break
    else:
        num = example
    style = style or rng.choice(
        ("intl", "intl", "national", "national", "e164", "compact", "dashed")
    )
    if style == "intl":
        text = phonenumbers.format_number(num, _F.INTERNATIONAL)
    elif style == "e164":
        text = phonenumbers.format_number(num, _F.E164)
    elif style == "compact":
        text = "".join(ch for ch in phonenumbers.format_number(num, _F.NATIONAL) if ch.isdigit())
    elif style == "dashed":
        text = (
            phonenumbers.format_number(num, _F.INTERNATIONAL).replace(" ", "-").replace("-", " ", 1)
        )
    else:
        text = phonenumbers.format_number(num, _F.NATIONAL)
    try:
        ok = phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        ok = False
    return text if ok else phonenumbers.format_number(num, _F.INTERNATIONAL)


def _luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    prefix, length = {
        "visa": ("4", 16),
        "mc": (rng.choice(("51", "52", "53", "54", "55", "2221", "2720")), 16),
        "amex": (rng.choice(("34", "37")), 15),
        "disc": ("6011", 16),
    }[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    digits = body + _luhn_digit(body)
    sep = rng.choice((" ", " ", "-", ""))
    if length == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


_IBAN = {  # country: BBAN pattern (9 digit, A letter, X alphanumeric)
    "DE": "9" * 18,
    "GB": "AAAA" + "9" * 14,
    "FR": "9" * 10 + "X" * 11 + "99",
    "NL": "AAAA" + "9" * 10,
    "ES": "9" * 20,
    "IT": "A" + "9" * 10 + "X" * 12,
    "BE": "9" * 12,
    "CH": "9" * 5 + "X" * 12,
    "AT": "9" * 16,
    "PL": "9" * 24,
    "IE": "AAAA" + "9" * 14,
    "PT": "9" * 21,
    "SE": "9" * 20,
    "NO": "9" * 11,
    "DK": "9" * 14,
    "FI": "9" * 14,
}


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(tuple(_IBAN))
    pools = {
        "9": "0123456789",
        "A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "X": "0123456789ABCDEFGHJKLMNPRSTUVWXYZ",
    }
    bban = "".join(rng.choice(pools[c]) for c in _IBAN[country])
    n = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    compact = f"{country}{98 - n % 97:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(("-", "-", "-", " ", ""))
    return sep.join((digits[:3], digits[3:5], digits[5:]))


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, 81, 85, 91, 103, 145, 185, 203, 62, 37))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(("2001", "2a02", "2a01", "fd12", "2600", "2c0f"))]
    groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(3)]
    if rng.random() < 0.5:
        return ":".join(groups) + "::" + f"{rng.randint(1, 0xFFFF):x}"
    return ":".join(groups + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)])


def account(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return "".join(rng.choice("0123456789") for _ in range(rng.choice((8, 10, 12))))
    if style == 1:
        return f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    if style == 2:
        return f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    return f"00{rng.randint(10000000, 99999999)}"


def ascii_fold(text: str) -> str:
    table = str.maketrans(
        {
            "ø": "o",
            "Ø": "O",
            "ß": "ss",
            "ł": "l",
            "Ł": "L",
            "đ": "d",
            "Đ": "D",
            "þ": "th",
            "Þ": "Th",
            "ð": "d",
            "ı": "i",
            "æ": "ae",
        }
    )
    folded = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(ch for ch in folded if ord(ch) < 128)


def email(rng: random.Random, given: str, family: str) -> str:
    g = "".join(ch for ch in ascii_fold(given).lower() if ch.isalnum())
    f = "".join(ch for ch in ascii_fold(family).lower() if ch.isalnum())
    local = rng.choice(
        (f"{g}.{f}", f"{g[0]}{f}", f"{g}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f[:3]}")
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


# Decoys: values that look like personal data but are not.
def decoy(rng: random.Random, kind: str) -> str:
    d = "0123456789"
    if kind == "ord":
        return rng.choice(("ORD-", "SO", "#", "PO-", "INV-")) + "".join(
            rng.choice(d) for _ in range(rng.choice((6, 8, 9)))
        )
    if kind == "trk":
        return rng.choice(("1Z", "JD", "LX", "TBA")) + "".join(
            rng.choice(d + "ABCDEFGHJK") for _ in range(14)
        )
    if kind == "isbn":
        return f"978-{rng.randint(0, 1)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}"
    if kind == "ver":
        return f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    if kind == "sku":
        return f"{rng.choice(('SKU', 'AR', 'WX', 'BT'))}-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFGH')}{rng.randint(10, 99)}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "tkt":
        return f"{rng.choice(('OPS', 'SUP', 'WH', 'FIN', 'HELP'))}-{rng.randint(100, 29999)}"
    if kind == "date":
        return rng.choice(
            (
                f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                f"{rng.randint(1, 28)} {rng.choice(('March', 'June', 'Oct', 'November'))} 2025",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024",
            )
        )
    if kind == "time":
        return f"{rng.randint(6, 21):02d}:{rng.choice(('00', '15', '30', '45'))}"
    if kind == "price":
        return (
            rng.choice(("€", "£", "$", "CHF "))
            + f"{rng.randint(3, 2400)}.{rng.choice(('00', '50', '99', '95'))}"
        )
    if kind == "n":
        return str(rng.randint(2, 48))
    if kind == "long":  # a long number that is not a card or account (never Luhn-valid)
        body = "".join(rng.choice(d) for _ in range(rng.choice((10, 13, 16)) - 1))
        return body + str((int(_luhn_digit(body)) + 1) % 10)
    raise KeyError(kind)
