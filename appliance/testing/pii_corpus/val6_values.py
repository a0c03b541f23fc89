"""Values for val6 (written blind; see val6.py): places, e-mail domains, the ways a name is
written, and generators for card numbers, IBANs, social security numbers, IP addresses, bank
account numbers and the non-personal decoys (order numbers, dates, versions ...)."""

from __future__ import annotations

import ipaddress
import random
import unicodedata
from dataclasses import dataclass

CITIES: tuple[str, ...] = (
    "Manchester", "Leeds", "Cardiff", "Glasgow", "Cork", "Lyon", "Toulouse", "Hamburg",
    "Leipzig", "Rotterdam", "Utrecht", "Antwerp", "Ghent", "Zürich", "Graz", "Kraków",
    "Gdańsk", "Porto", "Coimbra", "Seville", "Valencia", "Bologna", "Naples", "Thessaloniki",
    "Brno", "Debrecen", "Cluj-Napoca", "Lviv", "Izmir", "Haifa", "Tampere", "Bergen",
    "Aarhus", "Uppsala", "Reykjavík", "Tbilisi", "Yerevan", "Almaty", "Tashkent",
    "Ulaanbaatar", "Lagos", "Ibadan", "Kumasi", "Nairobi", "Mombasa", "Addis Ababa",
    "Durban", "Cape Town", "Dakar", "Hargeisa", "Cairo", "Beirut", "Riyadh", "Dubai",
    "Isfahan", "Lahore", "Karachi", "Pune", "Chennai", "Kolkata", "Colombo", "Kathmandu",
    "Dhaka", "Chengdu", "Shenzhen", "Osaka", "Sapporo", "Busan", "Daegu", "Hanoi",
    "Da Nang", "Cebu City", "Davao", "Surabaya", "Yogyakarta", "Chiang Mai", "Penang",
    "Kuala Lumpur", "Auckland", "Rotorua", "Apia", "Brisbane", "Toronto", "Winnipeg",
    "Halifax", "Calgary", "Denver", "Albuquerque", "Tucson", "Baltimore", "Detroit",
    "Atlanta", "Oakland", "Boise", "Kingston", "Port of Spain", "Port-au-Prince",
    "Guadalajara", "Monterrey", "Medellín", "Cali", "Cusco", "Arequipa", "La Paz",
    "Rosario", "Córdoba", "Curitiba", "Recife", "Belo Horizonte", "Gallup", "Sheffield",
)  # fmt: skip

REGIONS: tuple[str, ...] = (
    "Bavaria", "Andalusia", "Tuscany", "Brittany", "Ontario", "Queensland", "Kerala",
    "Catalonia", "Yorkshire", "Cornwall", "Patagonia", "Lapland", "Transylvania",
    "Mindanao", "Sabah", "Oaxaca", "Nova Scotia", "Saskatchewan", "New Mexico",
    "County Kerry", "the Scottish Highlands", "Rift Valley", "KwaZulu-Natal", "Punjab",
)  # fmt: skip

COUNTRIES: tuple[str, ...] = (
    "Nigeria", "Ghana", "Kenya", "Portugal", "Vietnam", "Mexico", "Peru", "Poland",
    "Canada", "Japan", "Brazil", "Norway", "Morocco", "Egypt", "New Zealand", "Samoa",
    "Ireland", "Germany", "Sri Lanka", "Nepal", "Jamaica", "Argentina", "Colombia",
    "Türkiye", "South Africa", "Senegal", "Ethiopia", "Kazakhstan", "Mongolia", "Armenia",
    "the Philippines", "Indonesia", "Thailand", "Malaysia", "Iceland", "Finland", "Haiti",
)  # fmt: skip

# a city and its country, for templates that name both
CITY_COUNTRY: tuple[tuple[str, str], ...] = (
    ("Kumasi", "Ghana"), ("Ibadan", "Nigeria"), ("Mombasa", "Kenya"), ("Porto", "Portugal"),
    ("Da Nang", "Vietnam"), ("Oaxaca", "Mexico"), ("Arequipa", "Peru"), ("Kraków", "Poland"),
    ("Winnipeg", "Canada"), ("Sapporo", "Japan"), ("Recife", "Brazil"), ("Bergen", "Norway"),
    ("Cairo", "Egypt"), ("Rotorua", "New Zealand"), ("Apia", "Samoa"), ("Cork", "Ireland"),
    ("Leipzig", "Germany"), ("Colombo", "Sri Lanka"), ("Kathmandu", "Nepal"),
    ("Kingston", "Jamaica"), ("Rosario", "Argentina"), ("Medellín", "Colombia"),
    ("Izmir", "Türkiye"), ("Durban", "South Africa"), ("Dakar", "Senegal"),
    ("Addis Ababa", "Ethiopia"), ("Almaty", "Kazakhstan"), ("Ulaanbaatar", "Mongolia"),
    ("Yerevan", "Armenia"), ("Davao", "the Philippines"), ("Yogyakarta", "Indonesia"),
    ("Chiang Mai", "Thailand"), ("Penang", "Malaysia"), ("Reykjavík", "Iceland"),
    ("Tampere", "Finland"), ("Port-au-Prince", "Haiti"),
)  # fmt: skip

ADDRESSES: tuple[str, ...] = (
    "14 Abbotsford Road, Leeds LS8 4JT",
    "Hauptstraße 27, 69117 Heidelberg",
    "221 Rue de la Roquette, 75011 Paris",
    "Calle de Alcalá 148, 28009 Madrid",
    "Via Garibaldi 12, 40124 Bologna",
    "ul. Długa 45/3, 80-831 Gdańsk",
    "Keizersgracht 312, 1016 EZ Amsterdam",
    "1420 Oak Hollow Drive, Boise, ID 83706",
    "88 Queen Street West, Toronto, ON M5H 2N2",
    "Apt 5B, 301 Greenway Avenue, Atlanta, GA 30312",
    "Flat 3, 27 Marine Parade, Brighton BN2 1TL",
    "Rua Augusta 210, 1100-053 Lisboa",
    "Av. Paulista 1578, Bela Vista, São Paulo - SP, 01310-200",
    "Calle 10 #43-21, El Poblado, Medellín",
    "3-14-2 Shibuya, Shibuya-ku, Tokyo 150-0002",
    "12 Jalan Ampang, 50450 Kuala Lumpur",
    "17 Bourdillon Road, Ikoyi, Lagos",
    "House 22, Road 11, Banani, Dhaka 1213",
    "45 Ngong Road, Nairobi",
    "7 Kloof Street, Gardens, Cape Town 8001",
    "Apartment 12, 9 Rustaveli Avenue, Tbilisi 0108",
    "88 Moo 4, Tambon Suthep, Chiang Mai 50200",
    "Unit 4/17 Hastings Street, Noosa Heads QLD 4567",
    "23 Te Awa Road, Rotorua 3010",
    "Calle Mayor 3, 2º izq., 31001 Pamplona",
    "Storgatan 14, 753 20 Uppsala",
    "Mannerheimintie 40 A 12, 00100 Helsinki",
    "Laugavegur 77, 101 Reykjavík",
    "4 Rue du Marché, 1204 Genève",
    "Mariahilfer Straße 101, 1060 Wien",
    "Vodičkova 36, 110 00 Praha 1",
    "Király utca 20, 1061 Budapest",
    "Bulevardul Eroilor 8, Cluj-Napoca 400129",
    "Av. Corrientes 2037, C1045 Buenos Aires",
    "Jr. Puno 412, Cusco 08002",
    "Av. Insurgentes Sur 1602, 03940 Ciudad de México",
    "2150 Rue Sherbrooke Est, Montréal, QC H2K 1B7",
    "Teheran-ro 152, Gangnam-gu, Seoul 06236",
    "Flat 7, Block 22, Tai Koo Shing, Hong Kong",
    "Room 1203, 88 Century Avenue, Pudong, Shanghai 200120",
    "57/2 Galle Road, Colombo 03",
    "Sanepa-2, Lalitpur, Nepal",
    "Kirkegata 15, 0153 Oslo",
    "Nørrebrogade 44, 2200 København N",
    "Dostyk Avenue 91, Almaty 050051",
    "1207 County Road 9, Gallup, NM 87301",
    "9 Wharf Street, Kingston, Jamaica",
    "Sonnenallee 90, 12043 Berlin",
    "31 Sycamore Lane, Dayton, OH 45402",
    "Plot 18, Accra Road, Kumasi",
)

PERSONAL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me",
    "web.de", "gmx.at", "orange.fr", "libero.it", "wp.pl", "seznam.cz", "naver.com",
    "yahoo.co.jp", "uol.com.br", "rediffmail.com", "mail.ru", "yandex.kz", "xtra.co.nz",
)  # fmt: skip

WORK_DOMAINS: tuple[str, ...] = (
    "brightwater-insurance.com", "kestrelair.com", "meadowlark-coop.org", "harrowby.gov.uk",
    "northgate-uni.ac.uk", "tallis-telecom.net", "quaystone-lettings.co.uk", "fernhill.edu",
    "copperleaf.io", "lindenauto.de", "ashgrove-church.org", "riverside-rfc.club",
    "sunfield-retail.com", "oakridge-hr.com", "helpinghands.ngo", "veldt-agri.co.za",
)  # fmt: skip

_ASCII_MAP = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ð": "d",
     "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ı": "i", "İ": "I"}
)  # fmt: skip


def ascii_fold(text: str) -> str:
    """Diacritics dropped, as people and systems often write names."""
    text = text.translate(_ASCII_MAP)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Person:
    culture: str
    order: str  # "gf" or "fg"
    given: str
    family: str
    middle: str
    nick: str

    def render(self, form: str) -> str:
        g, f, m = self.given, self.family, self.middle
        fg = self.order == "fg"
        if form == "full":
            return (
                f"{f} {m} {g}".replace("  ", " ")
                if fg and m
                else (f"{f} {g}" if fg else f"{g} {f}")
            )
        if form == "west":  # given name first whatever the culture
            return f"{g} {f}"
        if form == "first":
            return g
        if form == "nick":
            return self.nick or g
        if form == "family":
            return f
        if form == "mid":
            if not m:
                return self.render("full")
            return f"{f} {m} {g}" if fg else f"{g} {m} {f}"
        if form == "mid_init":
            if not m or fg:
                return self.render("full")
            return f"{g} {m[0]}. {f}"
        if form == "caps":
            return self.render("full").upper()
        if form == "caps_family":
            return f.upper()
        if form == "caps_first":
            return g.upper()
        if form == "fam_given":
            return f"{f}, {g}"
        if form == "airline":
            fam = ascii_fold(f).upper().replace(" ", "").replace("-", "")
            giv = ascii_fold(g + (" " + m if m and not fg else "")).upper()
            return f"{fam}/{giv.replace('-', '').replace(' ', '')}"
        if form == "initial":
            return f"{g[0]}. {f}"
        if form == "first_init":  # "Priya S." as reviews are signed
            return f"{g} {f[0].upper()}."
        if form == "lower":
            return self.render("full").lower()
        if form == "lower_first":
            return (self.nick or g).lower()
        if form == "ascii":
            return ascii_fold(self.render("full"))
        if form == "ascii_first":
            return ascii_fold(g)
        raise ValueError(f"unknown name form {form!r}")

    def email(self, rng: random.Random, work: bool) -> str:
        g = ascii_fold(self.given).lower().replace(" ", "").replace("-", "")
        f = ascii_fold(self.family).lower().replace(" ", "").replace("-", "")
        style = rng.randrange(5)
        if style == 0:
            local = f"{g}.{f}"
        elif style == 1:
            local = f"{g[0]}{f}"
        elif style == 2:
            local = f"{g}_{f}{rng.randrange(10, 99)}"
        elif style == 3:
            local = f"{f}.{g[0]}"
        else:
            local = f"{g}{rng.randrange(1970, 2006)}"
        domain = rng.choice(WORK_DOMAINS if work else PERSONAL_DOMAINS)
        return f"{local}@{domain}"


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        cand = body + d
        total = 0
        for i, ch in enumerate(reversed(cand)):
            v = int(ch) * (2 if i % 2 else 1)
            total += v - 9 if v > 9 else v
        if total % 10 == 0:
            return cand
    raise AssertionError("unreachable")


_CARD_BRANDS: tuple[tuple[str, tuple[str, ...], int, tuple[int, ...]], ...] = (
    ("visa", ("4",), 16, (4, 4, 4, 4)),
    ("mastercard", ("51", "53", "55", "2221", "2720"), 16, (4, 4, 4, 4)),
    ("amex", ("34", "37"), 15, (4, 6, 5)),
    ("discover", ("6011", "65"), 16, (4, 4, 4, 4)),
    ("jcb", ("3528", "3566", "3589"), 16, (4, 4, 4, 4)),
    ("diners", ("36", "305"), 14, (4, 6, 4)),
    ("unionpay", ("62",), 16, (4, 4, 4, 4)),
)


def card(rng: random.Random) -> str:
    _brand, prefixes, length, groups = _CARD_BRANDS[rng.randrange(len(_CARD_BRANDS))]
    number = _luhn_complete(rng.choice(prefixes), length, rng)
    sep = rng.choice(["", " ", " ", "-"])
    if not sep:
        return number
    parts, i = [], 0
    for g in groups:
        parts.append(number[i : i + g])
        i += g
    return sep.join(parts)


# country, length of the BBAN, its pattern: "n" digit, "a" upper letter, "c" either
_IBAN_FORMATS: tuple[tuple[str, str], ...] = (
    ("DE", "nnnnnnnnnnnnnnnnnn"),
    ("GB", "aaaannnnnnnnnnnnnn"),
    ("FR", "nnnnnnnnnnnnnnnnnnnnnnn"),
    ("ES", "nnnnnnnnnnnnnnnnnnnn"),
    ("IT", "annnnnnnnnnnnnnnnnnnnnn"),
    ("NL", "aaaannnnnnnnnn"),
    ("BE", "nnnnnnnnnnnn"),
    ("CH", "nnnnnnnnnnnnnnnnn"),
    ("AT", "nnnnnnnnnnnnnnnn"),
    ("PL", "nnnnnnnnnnnnnnnnnnnnnnnn"),
    ("PT", "nnnnnnnnnnnnnnnnnnnnn"),
    ("IE", "aaaannnnnnnnnnnnnn"),
    ("SE", "nnnnnnnnnnnnnnnnnnnn"),
    ("NO", "nnnnnnnnnnn"),
    ("FI", "nnnnnnnnnnnnnn"),
    ("DK", "nnnnnnnnnnnnnn"),
)
_BANK_CODES = ("NWBK", "BARC", "HBUK", "LOYD", "ABNA", "RABO", "INGB", "AIBK", "BOFI", "TRIO")


def iban(rng: random.Random, country: str | None = None) -> str:
    fmt = dict(_IBAN_FORMATS)
    cc = country or _IBAN_FORMATS[rng.randrange(len(_IBAN_FORMATS))][0]
    pattern = fmt[cc]
    bban = ""
    if pattern.startswith("aaaa"):
        bban = rng.choice(_BANK_CODES)
        pattern = pattern[4:]
    for ch in pattern:
        bban += chr(65 + rng.randrange(26)) if ch == "a" else str(rng.randrange(10))
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    group = rng.randrange(1, 100)
    serial = rng.randrange(1, 10000)
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice([23, 41, 62, 81, 94, 102, 145, 172, 185, 196, 203, 212, 10, 192])
    if first == 192:
        return f"192.168.{rng.randrange(0, 50)}.{rng.randrange(2, 254)}"
    if first == 10:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(2, 254)}"
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(["2001:0db8", "2a02:0c7f", "2600:1700", "2804:14c", "fe80:0000"])
    groups = prefix.split(":")
    while len(groups) < 8:
        groups.append(f"{rng.randrange(0, 0x10000):x}" if rng.random() < 0.7 else "0")
    full = ":".join(groups)
    addr = ipaddress.IPv6Address(full)
    return str(addr) if rng.random() < 0.75 else addr.exploded


def account_number(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return "".join(str(rng.randrange(10)) for _ in range(8))  # UK style
    if style == 1:
        return "".join(str(rng.randrange(10)) for _ in range(rng.choice([10, 11, 12])))
    if style == 2:
        d = "".join(str(rng.randrange(10)) for _ in range(12))
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    d = "".join(str(rng.randrange(10)) for _ in range(10))
    return f"{d[:3]}-{d[3:9]}-{d[9:]}"


# Decoys, none of them personal.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def decoy(kind: str, rng: random.Random) -> str:
    r = rng.randrange
    if kind == "date":
        style = r(4)
        y, m, d = r(2023, 2027), r(1, 13), r(1, 29)
        if style == 0:
            return f"{y}-{m:02d}-{d:02d}"
        if style == 1:
            return f"{d} {MONTHS[m - 1]} {y}"
        if style == 2:
            return f"{d:02d}/{m:02d}/{y}"
        return f"{MONTHS[m - 1]} {d}, {y}"
    if kind == "time":
        return f"{r(7, 20):02d}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == "amount":
        return f"{r(5, 2400)}.{r(0, 100):02d}"
    if kind == "n":
        return str(r(2, 40))
    if kind == "order":
        return f"{rng.choice(['ORD', 'SO', 'WEB', 'RTN'])}-{r(2023, 2027)}-{r(10000, 99999)}"
    if kind == "ref":
        letters = "".join(chr(65 + r(26)) for _ in range(3))
        return f"{letters}{r(100000, 999999)}"
    if kind == "claim":
        return f"CLM-{r(10, 99)}-{r(100000, 999999)}"
    if kind == "policy":
        return f"POL/{chr(65 + r(26))}{chr(65 + r(26))}/{r(1000000, 9999999)}"
    if kind == "ticket":
        return f"{rng.choice(['INC', 'REQ', 'HD', 'SR'])}{r(100000, 999999)}"
    if kind == "pnr":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "flight":
        return f"{rng.choice(['KE', 'BA', 'LH', 'QF', 'ET', 'AV', 'TK', 'NZ', 'FJ', 'KQ'])}{r(10, 2999)}"
    if kind == "version":
        return f"{r(0, 9)}.{r(0, 30)}.{r(0, 20)}"
    if kind == "sku":
        return f"{rng.choice(['SKU', 'ART', 'PRD'])}-{r(1000, 9999)}-{chr(65 + r(26))}{r(10, 99)}"
    if kind == "uuid":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "sha":
        return "".join(rng.choice("0123456789abcdef") for _ in range(40))
    if kind == "short_sha":
        return "".join(rng.choice("0123456789abcdef") for _ in range(7))
    if kind == "isbn":
        digits = "978" + "".join(str(r(10)) for _ in range(9))
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits))
        digits += str((10 - total % 10) % 10)
        return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"
    if kind == "vin":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    if kind == "pct":
        return f"{r(1, 99)}"
    if kind == "port":
        return str(rng.choice([5432, 6379, 8080, 8443, 9090, 3000, 27017]))
    if kind == "ms":
        return str(r(12, 4800))
    raise ValueError(f"unknown decoy {kind!r}")


DECOYS = (
    "date", "time", "amount", "n", "order", "ref", "claim", "policy", "ticket", "pnr",
    "flight", "version", "sku", "uuid", "sha", "short_sha", "isbn", "vin", "pct", "port", "ms",
)  # fmt: skip
