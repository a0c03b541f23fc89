"""The held-out part of the PII evaluation set: 600 prompts nobody tunes the analyzer on.

Eight shapes (chat, email, form, json, code, table, log, ticket); 360 prompts carry personal
data, 240 carry none but are full of decoys (order and tracking numbers, dates, versions,
prices, SKUs, ISBNs, UUIDs, hashes, timestamps, long numbers, capitalised product names).

Made by template functions, one per kind of prompt, that draw their wording and values
from `random.Random` with a fixed seed. The values are made valid by their own rules:
phone numbers of 33 countries are random digits inside each country's numbering plan kept
only when `phonenumbers` says they are valid for that region (then printed in the
international, national, E.164 and hand-made styles), cards pass Luhn, IBANs of 27
countries carry ISO 7064 mod 97 check digits, SSNs avoid the never-issued areas, groups and
serials. Names come from many cultures and are sometimes typed in lower case. The region of
every planted phone number is kept (`phone_regions`) so that tests can check its validity.
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata
import uuid
from collections.abc import Callable
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus import Piece, Prompt, compose

PART = "heldout"
SEED = 0x4E1D0C7
# (shape, prompts with personal data, clean prompts)
SHAPES = (
    ("chat", 65, 45),
    ("email", 50, 30),
    ("form", 48, 22),
    ("json", 45, 30),
    ("code", 40, 35),
    ("table", 40, 25),
    ("log", 37, 28),
    ("ticket", 35, 25),
)

# -- names, places, domains ---------------------------------------------------------------

PEOPLE = (
    "Chinwe Okonkwo", "Oluwaseun Adebayo", "Ngozi Eze", "Emeka Obi", "Funmilayo Adeyemi",
    "Tunde Bakare", "Haruto Sato", "Yui Takahashi", "Ren Yamamoto", "Aiko Nakamura",
    "Sota Kobayashi", "Zhang Wei", "Li Na", "Xiaoming Chen", "Mei-Ling Wu", "Jun Huang",
    "Priyanka Raghunathan", "Arjun Venkatesh", "Lakshmi Iyer", "Rohit Deshpande",
    "Sunita Bhattacharya", "Karthik Subramaniam", "Yousef Al-Hashimi", "Fatima Benali",
    "Omar Haddad", "Layla Nasser", "Khalid Al-Amri", "Dmitri Volkov", "Milena Petrović",
    "Tomasz Zieliński", "Oksana Kovalenko", "Bogdan Nowak", "Jürgen Hoffmann",
    "Annika Schröder", "Wolfgang Brandt", "Lena Vogel", "Amélie Dufresne",
    "Jean-Baptiste Moreau", "Élodie Garnier", "Thibault Lefèvre", "María José Fernández",
    "Alejandro Ruiz-Calderón", "Lucía Herrera", "Santiago Morales", "Siobhan O'Sullivan",
    "Declan O'Brien", "Niamh McCarthy", "Gareth Pryce", "Harriet Ashworth", "Ji-woo Park",
    "Min-jun Kim", "Seo-yeon Choi", "Nguyen Thi Lan", "Tran Van Minh", "Emre Yılmaz",
    "Zeynep Aydın", "Dimitra Papadopoulou", "Nikos Georgiou", "Wanjiru Kamau",
    "Baraka Otieno", "Sigrid Halvorsen", "Magnus Lindqvist", "João Pedro Carvalho",
    "Thaís Oliveira", "Yael Friedman", "Avi Ben-David", "Darius Farahani", "Shirin Rahimi",
    "Maricel Dela Cruz", "Jericho Santos", "Giulia Bianchi", "Lorenzo Esposito",
    "Kwame Mensah", "Abena Owusu", "Tariq Qureshi", "Ayesha Siddiqui", "Mateus Ribeiro",
    "Ingrid Van der Berg", "Pieter de Vries", "Rhiannon Price", "Callum MacLeod",
    "Anh Pham", "Hemi Walker", "Aroha Ngata", "Keanu Kahale", "Olga Sokolova",
    "Hamza El Idrissi", "Leilani Akana", "Bartholomew Quist", "D'Andre Washington",
    "Marguerite d'Aubigné", "Rosa Quispe", "Ignacio Mamani", "Elif Demir", "Jonas Šimkus",
)
TITLES = ("Dr. ", "Mrs ", "Mr. ", "Prof. ", "Ms ", "Herr ", "Mme ", "Sr. ")
CITIES = (
    "Lagos", "Osaka", "Kraków", "Porto", "Valparaíso", "Chiang Mai", "Tbilisi", "Nairobi",
    "Winnipeg", "Adelaide", "Cork", "Utrecht", "Bilbao", "Bologna", "Pune", "Curitiba",
    "Monterrey", "Kyoto", "Leeds", "Marseille", "Graz", "Ghent", "Gdańsk", "Accra",
    "Hobart", "Da Nang", "Izmir", "Haifa", "Tromsø", "Coimbra", "Mysuru", "Rotorua",
    "Cluj-Napoca", "Fez", "Cusco", "Halifax", "Sapporo", "Busan", "Kumasi", "Tallinn",
    "Brno", "Aarhus", "Dundee", "Lyon", "Wrocław", "Surabaya", "Cebu City", "Boise",
)
COUNTRIES = (
    "Ghana", "Portugal", "Vietnam", "New Zealand", "Chile", "Morocco", "Estonia",
    "Peru", "Kenya", "Norway", "Malaysia", "Uruguay", "Georgia", "Slovenia", "Iceland",
)
ADDRESSES = (
    "4417 Juniper Hollow Dr, Boise, ID 83709",
    "Flat 3, 27 Quarry Lane, Sheffield S11 8QQ",
    "Lindenstraße 42, 04109 Leipzig",
    "12 rue des Tanneurs, 67000 Strasbourg",
    "2-14-7 Nishiki, Naka-ku, Nagoya 460-0003",
    "Flat 402, Sai Krupa Apartments, Baner Road, Pune 411045",
    "Rua Augusta 1508, apto 72, São Paulo - SP, 01304-001",
    "Keizersgracht 318-II, 1016 EZ Amsterdam",
    "Unit 9/88 Wattle St, Fremantle WA 6160",
    "15 Adeola Odeku Street, Victoria Island, Lagos",
    "Calle de Toledo 63, 3º izq., 28005 Madrid",
    "Via dei Serragli 104, 50124 Firenze",
    "88 Harbour Road, Wan Chai, Hong Kong",
    "ul. Długa 17/4, 80-827 Gdańsk",
    "1190 Rue Sherbrooke O, Montréal, QC H3A 1H5",
    "Apt 12B, 350 W 42nd St, New York, NY 10036",
    "Plot 21, Ngong Road, Nairobi",
    "7 Kirkgate Close, Stornoway HS1 2XR",
    "Av. Providencia 1760, Of. 503, Santiago",
    "Bahnhofstrasse 9, 8001 Zürich",
)
PERSONAL_DOMAINS = (
    "gmail.com", "outlook.com", "yahoo.co.in", "web.de", "orange.fr", "icloud.com",
    "proton.me", "hotmail.co.uk", "gmx.at", "libero.it", "bigpond.com", "qq.com",
    "naver.com", "yandex.ru", "rediffmail.com", "uol.com.br", "eircom.net", "fastmail.fm",
)
WORK_DOMAINS = (
    "tamarind-logistics.co.za", "kestrelbio.de", "harbourline.ie", "lumen-atelier.fr",
    "blueacre-farms.com.au", "sakura-print.co.jp", "nordkap-shipping.no", "quinta-verde.pt",
    "riverstone-dental.ca", "ankara-tekstil.com.tr", "mangrove.ph", "obsidian-legal.co.uk",
    "pampa-agro.com.ar", "hillcrest.school.nz", "vectorfield.io", "kilnworks.studio",
)
PRODUCTS = (
    "Nimbus Notes", "Quartz Ledger", "Helix CRM", "Ember Router X2", "Project Kestrel",
    "Orbit Desk", "Tidal Sync", "Lumen Pro 14", "Granite Vault", "Pico Brew 3",
    "Halcyon Player", "Saffron POS", "Cobalt Scheduler", "Zephyr Buds", "Atlas Tape Drive",
    "Vireo Thermostat", "Moss Reader", "Project Tamarack", "Ironbark API", "Canopy Cloud",
)
WORDS = ("invoice", "refund", "renewal", "upgrade", "backup", "migration", "audit", "batch")

# -- phone numbers ------------------------------------------------------------------------

PHONE_REGIONS = (
    ("US", 16), ("CA", 4), ("GB", 10), ("DE", 7), ("FR", 6), ("IN", 9), ("AU", 5),
    ("ES", 4), ("IT", 4), ("NL", 4), ("BR", 5), ("IE", 4), ("MX", 4), ("JP", 5),
    ("SG", 4), ("NG", 4), ("ZA", 3), ("KE", 2), ("PH", 3), ("PL", 3), ("SE", 2),
    ("CH", 3), ("AE", 3), ("KR", 3), ("CN", 3), ("TR", 2), ("IL", 2), ("NZ", 2),
    ("PK", 2), ("AR", 2), ("PT", 2), ("BE", 2), ("AT", 2),
)
# regions where "+cc (0)..." is a common way to write an international number
TRUNK_IN_BRACKETS = {"GB", "DE", "AU", "IE", "NL", "CH", "AT", "BE", "NZ"}
PHONE_STYLES = (
    ("intl", 24), ("nat", 24), ("e164", 11), ("compact", 8), ("00", 7), ("dash", 6),
    ("dot", 5), ("trunk", 6), ("local", 9),
)


@cache
def _templates(region: str) -> tuple[str, ...]:
    """National significant numbers of the region's example mobile and fixed-line numbers."""
    out = []
    for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type(region, kind)
        out.append(phonenumbers.national_significant_number(example))
    return tuple(out)


def random_phone(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    """A number valid for `region`: the example's first digits, the rest drawn at random."""
    code = phonenumbers.country_code_for_region(region)
    mobile, fixed = _templates(region)
    nsn = mobile if rng.random() < 0.7 else fixed
    for _ in range(2000):
        keep = rng.choice((1, 2, 2, 3))
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        number = phonenumbers.parse(f"+{code}{digits}")
        if phonenumbers.is_valid_number_for_region(number, region):
            return number
    raise RuntimeError(f"no valid {region} number drawn")


def _idd(region: str) -> str | None:
    """The region's international dialling prefix ("00" in most of Europe and Asia)."""
    return phonenumbers.PhoneMetadata.metadata_for_region(region).international_prefix


def phone_text(rng: random.Random, number: phonenumbers.PhoneNumber, style: str) -> str:
    """The number printed in one of the ways people write it."""
    region = phonenumbers.region_code_for_number(number)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    cc = str(number.country_code)
    rest = intl[len(cc) + 2 :]
    if style == "intl":
        return intl
    if style == "e164":
        return e164
    if style == "00" and _idd(region) == "00":
        return "00" + intl[1:]
    if style == "dash":
        return f"+{cc}-" + rest.replace(" ", "-")
    if style == "dot":
        flat = nat.replace("(", "").replace(")", "").replace("-", " ")
        return ".".join(flat.split())
    if style == "compact":
        return "".join(c for c in nat if c.isdigit())
    if style == "trunk" and region in TRUNK_IN_BRACKETS:
        return f"+{cc} (0){rest}"
    if style == "local" and region in ("US", "CA"):
        area, line = e164[2:5], e164[5:]
        return rng.choice(
            (f"{area}-{line[:3]}-{line[3:]}", f"{area}.{line[:3]}.{line[3:]}",
             f"1-{area}-{line[:3]}-{line[3:]}", f"+1 ({area}) {line[:3]}-{line[3:]}",
             f"({area}){line[:3]}-{line[3:]}")
        )
    if style == "local" and region in ("DE", "AT"):
        area, _, tail = nat.partition(" ")
        return f"{area}/{tail.replace(' ', '')}" if tail else nat
    if style == "local" and region == "FR":
        return nat.replace(" ", ".")
    if style == "local" and region in ("IN", "PK", "BR", "MX"):
        return f"+{cc}" + "".join(c for c in rest if c.isdigit())
    if style == "00":
        return intl
    return nat


# -- checksums ----------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - number % 97:02d}"


# country: BBAN as (count, kind) where kind is n digits, a letters, c letters or digits
IBAN_FORMATS = {
    "DE": ((18, "n"),), "GB": ((4, "a"), (14, "n")), "FR": ((10, "n"), (11, "c"), (2, "n")),
    "NL": ((4, "a"), (10, "n")), "ES": ((20, "n"),), "IT": ((1, "a"), (10, "n"), (12, "c")),
    "BE": ((12, "n"),), "CH": ((5, "n"), (12, "c")), "PL": ((24, "n"),), "AT": ((16, "n"),),
    "IE": ((4, "a"), (14, "n")), "PT": ((21, "n"),), "SE": ((20, "n"),), "NO": ((11, "n"),),
    "DK": ((14, "n"),), "FI": ((14, "n"),), "LU": ((3, "n"), (13, "c")), "CZ": ((20, "n"),),
    "RO": ((4, "a"), (16, "c")), "HR": ((17, "n"),), "SA": ((2, "n"), (18, "c")),
    "AE": ((19, "n"),), "GR": ((7, "n"), (16, "c")), "HU": ((24, "n"),),
    "LT": ((16, "n"),), "SI": ((15, "n"),), "EE": ((16, "n"),),
}
IBAN_BANKS = {
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"), "NL": ("ABNA", "RABO", "INGB"),
    "IE": ("AIBK", "BOFI"), "RO": ("RNCB", "BTRL"),
}

# -- the generator ------------------------------------------------------------------------


class _Gen:
    """Draws values and wording for one part; remembers each planted phone's region."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.regions: dict[str, str] = {}

    def pick(self, options):
        return self.r.choice(options)

    def maybe(self, p: float = 0.5) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # personal data -- each returns an (entity, value) piece

    def name(self) -> str:
        return self.pick(PEOPLE)

    def full(self, name: str | None = None) -> Piece:
        name = name or self.name()
        roll = self.r.random()
        if roll < 0.12:
            first, _, last = name.partition(" ")
            name = f"{first} {self.pick('ABCDEFGHJKLMNPRSTW')}. {last}"
        elif roll < 0.2:
            name = name.lower()
        elif roll < 0.24:
            name = name.upper()
        return ("PERSON", name)

    def first(self, name: str | None = None) -> Piece:
        first = (name or self.name()).split(" ")[0]
        return ("PERSON", first.lower() if self.maybe(0.12) else first)

    def last(self, name: str | None = None) -> Piece:
        return ("PERSON", (name or self.name()).split(" ", 1)[1])

    def titled(self) -> list[Piece]:
        return [self.pick(TITLES), self.last()]

    def phone(self, region: str | None = None, style: str | None = None) -> Piece:
        regions, weights = zip(*PHONE_REGIONS, strict=True)
        region = region or self.r.choices(regions, weights)[0]
        styles, sweights = zip(*PHONE_STYLES, strict=True)
        style = style or self.r.choices(styles, sweights)[0]
        text = phone_text(self.r, random_phone(self.r, region), style)
        self.regions[text] = region
        return ("PHONE_NUMBER", text)

    def email(self, name: str | None = None) -> Piece:
        name = name or self.name()
        parts = [_ascii(p) for p in name.replace("-", " ").replace("'", "").split()]
        first, last = parts[0].lower(), parts[-1].lower()
        local = self.pick((
            f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{self.digits(2)}",
            f"{first}", f"{last}.{first[0]}", f"{first}+{self.pick(WORDS)}",
            f"{first}{last}{self.digits(4)}", f"{first[0]}.{last}",
        ))
        domain = self.pick(PERSONAL_DOMAINS if self.maybe(0.55) else WORK_DOMAINS)
        text = f"{local}@{domain}"
        if self.maybe(0.1):
            text = f"{local.capitalize()}@{domain.capitalize()}"
        return ("EMAIL_ADDRESS", text)

    def role_email(self) -> Piece:
        local = self.pick(("billing", "accounts", "hr-team", "frontdesk", "no-reply", "payroll"))
        return ("EMAIL_ADDRESS", f"{local}@{self.pick(WORK_DOMAINS)}")

    def card(self) -> Piece:
        kind = self.r.choices(
            ("visa", "mc", "amex", "disc", "jcb", "diners"), (34, 26, 16, 14, 6, 4)
        )[0]
        prefix, length, groups = {
            "visa": ("4", 16, (4, 4, 4, 4)),
            "mc": (self.pick(("51", "52", "53", "54", "55", str(self.r.randint(2221, 2720)))),
                   16, (4, 4, 4, 4)),
            "amex": (self.pick(("34", "37")), 15, (4, 6, 5)),
            "disc": (self.pick(("6011", "65", str(self.r.randint(644, 649)))), 16, (4, 4, 4, 4)),
            "jcb": (str(self.r.randint(3528, 3589)), 16, (4, 4, 4, 4)),
            "diners": ("36", 14, (4, 6, 4)),
        }[kind]
        body = prefix + self.digits(length - 1 - len(prefix))
        number = body + luhn_digit(body)
        sep = self.r.choices((" ", "-", ""), (45, 25, 30))[0]
        chunks, at = [], 0
        for g in groups:
            chunks.append(number[at : at + g])
            at += g
        return ("CREDIT_CARD", sep.join(chunks))

    def iban(self, country: str | None = None) -> Piece:
        country = country or self.r.choices(
            list(IBAN_FORMATS), [6 if c in ("DE", "GB", "FR", "NL", "ES", "IT") else 2
                                 for c in IBAN_FORMATS]
        )[0]
        bban = ""
        for count, kind in IBAN_FORMATS[country]:
            if kind == "a" and country in IBAN_BANKS:
                bban += self.pick(IBAN_BANKS[country])
                continue
            alphabet = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                        "c": "0123456789" * 3 + "ABCDEFGHJKLMNPRSTUVWXYZ"}[kind]
            bban += "".join(self.pick(alphabet) for _ in range(count))
        compact = country + iban_check(country, bban) + bban
        roll = self.r.random()
        if roll < 0.55:
            return ("IBAN_CODE", " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)))
        if roll < 0.95:
            return ("IBAN_CODE", compact)
        return ("IBAN_CODE", compact.lower())

    def ip(self) -> Piece:
        roll = self.r.random()
        if roll < 0.2:
            value = ipaddress.IPv6Address(
                (self.pick((0x2A01, 0x2001, 0x2A02, 0x2406, 0x2C0F, 0x2804)) << 112)
                | self.r.getrandbits(96) << 16 | self.r.getrandbits(16)
            )
            text = value.compressed if self.maybe(0.8) else value.exploded
        elif roll < 0.25:
            text = f"fe80::{self.r.getrandbits(16):x}:{self.r.getrandbits(16):x}"
            text += f":{self.r.getrandbits(16):x}:{self.r.getrandbits(16):x}"
        elif roll < 0.45:
            text = self.pick((
                f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                f"192.168.{self.r.randint(0, 20)}.{self.r.randint(2, 254)}",
                f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
            ))
        else:
            first = self.pick((41, 62, 77, 81, 86, 92, 103, 151, 177, 185, 196, 203, 24, 73, 98))
            rest = ".".join(str(self.r.randint(0, 255)) for _ in range(2))
            text = f"{first}.{rest}.{self.r.randint(1, 254)}"
        return ("IP_ADDRESS", text)

    def ssn(self, style: str | None = None) -> Piece:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.r.randint(1, 99), self.r.randint(1, 9999)
        style = style or self.r.choices(("dash", "space"), (85, 15))[0]
        sep = {"dash": "-", "space": " ", "bare": ""}[style]
        return ("US_SSN", f"{area:03d}{sep}{group:02d}{sep}{serial:04d}")

    def acct(self) -> Piece:
        n = self.r.randint(6, 17)
        raw = str(self.r.randint(1, 9)) + self.digits(n - 1)
        if self.maybe(0.25):
            raw = "000" + raw[3:] if n > 8 else raw
        roll = self.r.random()
        if roll < 0.2 and n >= 9:
            return ("ACCOUNT_NUMBER", f"{raw[:4]}-{raw[4:8]}-{raw[8:]}")
        if roll < 0.3 and n >= 8:
            return ("ACCOUNT_NUMBER", f"{raw[:2]} {raw[2:5]} {raw[5:]}")
        return ("ACCOUNT_NUMBER", raw)

    def city(self) -> Piece:
        return ("LOCATION", self.pick(CITIES))

    def country(self) -> Piece:
        return ("LOCATION", self.pick(COUNTRIES))

    def address(self) -> Piece:
        return ("LOCATION", self.pick(ADDRESSES))

    def place(self) -> Piece:
        return self.r.choices((self.city, self.country, self.address), (5, 2, 3))[0]()

    # decoys -- plain strings

    def order(self) -> str:
        return self.pick((
            f"#{self.r.randint(10**7, 10**12)}", f"ORD-{self.r.randint(2019, 2026)}-{self.digits(6)}",
            f"PO {self.digits(5)}", f"{self.pick(('AX', 'KT', 'ZR'))}{self.digits(8)}",
            f"{self.digits(3)}-{self.digits(7)}-{self.digits(7)}", f"SO{self.digits(10)}",
        ))

    def date(self) -> str:
        d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(2019, 2027)
        months = ("Jan", "Feb", "March", "Apr", "May", "June", "July", "Aug", "Sept",
                  "October", "Nov", "December")
        return self.pick((
            f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y % 100:02d}",
            f"{d} {months[m - 1]} {y}", f"{months[m - 1]} {d}, {y}", f"{d:02d}.{m:02d}.{y}",
            f"{y}{m:02d}{d:02d}", f"{months[m - 1]} {d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'}",
        ))

    def time(self) -> str:
        h, mi = self.r.randint(0, 23), self.r.randint(0, 59)
        return self.pick((f"{h:02d}:{mi:02d}", f"{h % 12 or 12}:{mi:02d}{self.pick(('am', 'pm', ' PM'))}",
                          f"{h:02d}:{mi:02d}:{self.r.randint(0, 59):02d}Z"))

    def price(self) -> str:
        v = self.r.randint(1, 250000) / 100
        return self.pick((f"${v:,.2f}", f"€{v:.2f}".replace(".", ","), f"£{v:,.2f}",
                          f"¥{int(v * 100):,}", f"INR {int(v * 80):,}", f"CHF {v:,.2f}".replace(",", "'"),
                          f"{v:.2f} USD", f"R$ {v:,.2f}", f"{int(v)} kr"))

    def version(self) -> str:
        return self.pick((
            f"v{self.r.randint(0, 12)}.{self.r.randint(0, 30)}.{self.r.randint(0, 99)}",
            f"{self.r.randint(1, 30)}.{self.r.randint(0, 20)}.{self.r.randint(0, 9)}"
            f".{self.r.randint(0, 9999)}",
            f"{self.r.randint(1, 9)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}"
            f".{self.r.randint(0, 99)}",
            f"{self.r.randint(1, 5)}.{self.r.randint(0, 40)}.{self.r.randint(0, 9)}-rc.{self.r.randint(1, 5)}",
        ))

    def sku(self) -> str:
        return self.pick((f"SKU-{self.pick(('AX', 'QL', 'MN'))}-{self.digits(4)}-{self.pick(('BLK', 'WHT', 'S', 'XL'))}",
                          f"{self.pick(('HX', 'TR'))}{self.digits(3)}/{self.digits(2)}",
                          f"P{self.digits(7)}", f"{self.digits(2)}-{self.digits(5)}-{self.digits(3)}"))

    def isbn(self) -> str:
        body = "978" + self.digits(9)
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{check}"

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n: int = 40) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def tracking(self) -> str:
        return self.pick((
            "1Z" + "".join(self.pick("0123456789ABCDEFGHJKLMNPRTVWXY") for _ in range(16)),
            " ".join(self.digits(4) for _ in range(5)) + " " + self.digits(2),
            f"{self.pick(('LX', 'RR', 'CP'))}{self.digits(9)}{self.pick(('CN', 'DE', 'NL'))}",
            self.digits(12),
        ))

    def stamp(self) -> str:
        return str(self.r.randint(1_500_000_000, 1_800_000_000)) + (self.digits(3) if self.maybe(0.3) else "")

    def product(self) -> str:
        return self.pick(PRODUCTS)


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("ı", "i").replace("ß", "ss").replace("ø", "o")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _lower(pieces: list[Piece]) -> list[Piece]:
    """The prompt as someone typing fast writes it: all lower case (structured values kept)."""
    out: list[Piece] = []
    for p in pieces:
        if isinstance(p, str):
            out.append(p.lower())
        elif p[0] in ("PERSON", "LOCATION", "EMAIL_ADDRESS"):
            out.append((p[0], p[1].lower()))
        else:
            out.append(p)
    return out


Template = Callable[[_Gen], list[Piece]]

# -- prompts with personal data, by shape ---------------------------------------------------


def _chat_sms(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        g.pick(("Can you write a short, friendly text to ", "write a quick sms to ",
                "Draft a WhatsApp message for ")),
        g.first(n),
        g.pick((" reminding them the choir rehearsal moved to ", " saying the pottery class is now on ",
                " that the van pickup is pushed to ")),
        g.time(), ". ", g.pick(("Their number is ", "Send it to ", "number: ", "It goes to ")),
        g.phone(), g.pick((".", "", " thx", " (mobile).")),
    ]


def _chat_unknown_caller(g: _Gen) -> list[Piece]:
    return [
        g.phone(), g.pick((" keeps calling me every night around ", " rang me twice before ",
                           " left a voicemail at ")),
        g.time(), g.pick((" - is there a way to find out who it is, or should I just block it?",
                          ". Scam or legit?? they claimed to be from the tax office")),
    ]


def _chat_reference(g: _Gen) -> list[Piece]:
    pieces: list[Piece] = [
        "help me draft a reference letter for ", g.full(), " who worked with me at the ",
        g.pick(("bakery", "bike repair shop", "dental practice", "call centre")), " in ",
        g.city(), g.pick((" for 3 yrs", " from 2019 to 2023", " (part time)")),
        g.pick((". keep it under 200 words", ", mention she's great with customers", "")),
    ]
    return _lower(pieces) if g.maybe(0.5) else pieces


def _chat_landlord(g: _Gen) -> list[Piece]:
    return [
        "My landlord (", g.full(), ") wants the deposit of ", g.price(), " refunded to ",
        g.iban(), g.pick((" - is it normal that he asks for the IBAN only by text?",
                          ". Should I ask for it in writing first?")),
    ]


def _chat_dispute(g: _Gen) -> list[Piece]:
    return [
        "I got charged twice (", g.price(), ") on my card ", g.card(), " on ", g.date(),
        g.pick((", how do I word a dispute to the bank? My acct # is ",
                ". Which of these goes in the dispute form, checking account ",
                " - the bank wants the account number: ")),
        g.acct(), g.pick((".", "?", "")),
    ]


def _chat_translate(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        "Translate into ", g.pick(("Japanese", "Portuguese", "Polish", "Turkish", "Swahili")),
        ": 'Please contact ", *g.titled(), " or ", g.full(n), " at ", g.email(n), " or ",
        g.phone(), " before Friday.'",
    ]


def _chat_ssn_question(g: _Gen) -> list[Piece]:
    style = g.pick(("dash", "space", "bare"))
    lead = "SSN " if style == "bare" else g.pick(("is ", "SSN ", "the number "))
    return [
        "quick question - my cousin ", g.first(), " wrote her ", lead, g.ssn(style),
        g.pick((" on the lease application. Is that safe to email?",
                " on a W-4, does the format look right?",
                ". Can a landlord legally ask for it?")),
    ]


def _chat_wifi(g: _Gen) -> list[Piece]:
    return [
        "Our router keeps giving ", g.ip(), " to my laptop and ", g.ip(),
        g.pick((" to the printer; why can't they see each other?",
                " to the NAS. Is that the problem?")),
    ]


def _chat_cohost(g: _Gen) -> list[Piece]:
    return [
        "Summarize for the newsletter: ", g.full(), " (mob. ", g.phone(), ") and ", g.full(),
        " (", g.phone(), ") will co-host the quiz night on ", g.date(), "; venue is ",
        g.address(), ". Tickets ", g.price(), ".",
    ]


def _chat_trip(g: _Gen) -> list[Piece]:
    pieces: list[Piece] = [
        "plan a ", g.pick(("3-day", "week-long", "cheap")), " trip from ", g.city(), " to ",
        g.place(), " for me and ", g.first(), g.pick((", we land on a Tuesday", "; budget ")),
        g.pick(("", g.price())),
    ]
    return _lower(pieces) if g.maybe(0.3) else pieces


def _chat_timezones(g: _Gen) -> list[Piece]:
    return [
        "What's the time difference between ", g.city(), " and ", g.city(),
        "? I need to call ", g.first(), " on ", g.phone(), " at a sane hour",
        g.pick(("", " tomorrow", ".")),
    ]


def _chat_which_mobile(g: _Gen) -> list[Piece]:
    pieces: list[Piece] = [g.pick(("Which of these are mobile numbers: ", "Sort these by country: "))]
    for i in range(g.r.randint(3, 5)):
        pieces += [", " if i else "", g.phone()]
    return pieces + [g.pick(("?", "", " ?"))]


def _chat_direct_deposit(g: _Gen) -> list[Piece]:
    return [
        "hey it's ", g.first(), " again :) can u help me fill in the direct deposit form? routing ",
        g.digits(9), ", ", g.pick(("checking account ", "savings acct ", "account no. ")), g.acct(),
        ", employer wants my SSN too: ", g.ssn(),
    ]


def _chat_iban_typo(g: _Gen) -> list[Piece]:
    return [
        g.pick(("Can you check my IBAN ", "is ", "Bank app says invalid: ", "", "")), g.iban(),
        g.pick((" - I copied it from the letter", " a valid iban?", "")), g.pick(("?", ".", "")),
    ]


def _chat_condolence(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        "I need to write a condolence card to ", g.full(n), "'s family. ", g.first(n),
        " was our neighbour on ", g.address(), " for twenty years. Something warm, not religious.",
    ]


def _chat_card_expired(g: _Gen) -> list[Piece]:
    if g.maybe(0.5):
        return [g.card(), g.pick((" declined again at checkout... why", " - expired or blocked?"))]
    return [
        g.pick(("Why would ", "why does ")), g.card(),
        g.pick((" get declined at checkout when it worked yesterday?",
                " fail on the site with error 402?")),
    ]


def _chat_fix_email(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        "is this email address even valid: ", g.email(n), " ? ", g.first(n),
        " gave it to me at the conference in ", g.city(), " and my mail bounced",
    ]


CHAT = (
    _chat_sms, _chat_unknown_caller, _chat_reference, _chat_landlord, _chat_dispute,
    _chat_translate, _chat_ssn_question, _chat_wifi, _chat_cohost, _chat_trip, _chat_timezones,
    _chat_which_mobile, _chat_direct_deposit, _chat_iban_typo, _chat_condolence,
    _chat_card_expired, _chat_fix_email,
)


def _signature(g: _Gen, n: str) -> list[Piece]:
    out: list[Piece] = [g.full(n), "\n", g.pick(("Site Manager", "Head of Admissions",
                                                 "Senior Paralegal", "Farm Office"))]
    if g.maybe(0.8):
        out += ["\n", g.pick(("T: ", "Tel ", "m. ", "", "Mobile | ")), g.phone()]
    if g.maybe(0.5):
        out += [g.pick((" | ", "\n")), g.pick(("M: ", "Cell: ", "")), g.phone()]
    out += ["\n", g.email(n)]
    if g.maybe(0.5):
        out += ["\n", g.address()]
    return out


def _email_proofread(g: _Gen) -> list[Piece]:
    to, me = g.name(), g.name()
    return [
        "Proofread this:\n\nHi ", g.first(to), ",\n\n", g.pick((
            "Thanks for sending the quote so quickly, we would like to go ahead with the "
            "second option. ", "Just following up on the fencing job, has the material arrived? ",
            "Apologies for the delay, the invoice is attached now. ")),
        "Give me a ring whenever suits.\n\n", g.pick(("Best,\n", "Kind regards,\n", "Cheers\n")),
        *_signature(g, me),
    ]


def _email_refund(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        "Subject: Refund for order ", g.order(), "\n\nDear ", *g.titled(), ",\n\n",
        "We are sorry the item arrived damaged. Please confirm that the refund of ", g.price(),
        " should go to IBAN ", g.iban(), " (account holder: ", g.full(n), ").\n\nRegards,\n",
        "Customer Care", g.pick(("", "\n" + g.product() + " support")),
    ]


def _email_payroll(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        g.pick(("make this email more formal:\n", "Fix grammar:\n")), "hello payroll,\n"
        "pls update my bank details from next month. new account number ", g.acct(),
        ", sort code ", f"{g.digits(2)}-{g.digits(2)}-{g.digits(2)}",
        g.pick((". old one is closed", ". same bank, Halcyon branch")), "\nthanks ", g.first(n),
        "\nemployee id ", g.digits(6),
    ]


def _email_forwarded(g: _Gen) -> list[Piece]:
    a, b = g.name(), g.name()
    return [
        "Can you summarize this thread?\n\n---------- Forwarded message ---------\nFrom: ",
        g.full(a), " <", g.email(a), ">\nDate: ", g.date(), "\nTo: ", g.email(b), "\nCc: ",
        g.role_email(), "\nSubject: Re: ", g.pick(("scaffolding", "Q3 stock count", "visa letter")),
        "\n\n", g.first(b), ", the delivery is confirmed. Call ", g.first(a), " on ", g.phone(),
        " if the gate is locked.",
    ]


def _email_login_alert(g: _Gen) -> list[Piece]:
    return [
        "Write a reply to this customer:\n\n\"Hello, I got a security alert about a sign-in from ",
        g.ip(), " in ", g.place(), " at ", g.time(), ". That was not me!! My other device is on ",
        g.ip(), ". Please lock the account. -- ", g.full(), "\"",
    ]


def _email_intro(g: _Gen) -> list[Piece]:
    a, b = g.name(), g.name()
    return [
        "Dear ", g.first(b), ",\n\nI'd like to introduce ", g.full(a), ", who runs our office in ",
        g.city(), ". You can reach ", g.pick(("her", "him", "them")), " directly on ", g.phone(),
        " or ", g.email(a), ".\n\nWarm wishes,\n", g.first(), "\n\n(rewrite this so it sounds less stiff)",
    ]


def _email_card_on_file(g: _Gen) -> list[Piece]:
    return [
        "Hi team,\n\nPlease charge the remaining balance of ", g.price(), " to the card on file: ",
        g.card(), ", exp ", f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}",
        ". Billing address ", g.address(), ".\n\nThanks, ", g.full(),
        "\n\nIs it ok to send card details like this? answer in 2 lines",
    ]


def _email_tax(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        "From: ", g.email(n), "\nSubject: documents for my return\n\nHello ", *g.titled(),
        ",\nattached are my W-2s. SSN ", g.ssn(), ", spouse ", g.full(), " SSN ", g.ssn(),
        ". Refund by direct deposit to checking account ", g.acct(), ".\n", g.first(n),
    ]


EMAIL = (
    _email_proofread, _email_refund, _email_payroll, _email_forwarded, _email_login_alert,
    _email_intro, _email_card_on_file, _email_tax,
)


def _form_lines(g: _Gen, rows: list[tuple[str, Piece | str]], intro: str) -> list[Piece]:
    sep = g.pick((": ", " : ", ":\t", " - ", " .......... ", "="))
    upper = g.maybe(0.2)
    out: list[Piece] = [intro]
    for key, value in rows:
        out += [key.upper() if upper else key, sep, value, "\n"]
    return out[:-1]


def _form_signup(g: _Gen) -> list[Piece]:
    n = g.name()
    rows: list[tuple[str, Piece | str]] = [
        (g.pick(("Name", "Full name", "Participant")), g.full(n)),
        (g.pick(("Phone", "Tel. (home)", "Mobile#", "Contact no")), g.phone()),
        (g.pick(("Email", "E-mail", "eMail")), g.email(n)),
        ("DOB", g.date()),
        (g.pick(("Emergency contact", "Next of kin")), g.first()),
        ("Emergency phone", g.phone()),
    ]
    if g.maybe(0.5):
        rows.insert(3, ("Address", g.address()))
    return _form_lines(g, rows, g.pick((
        "Extract these fields as JSON:\n", "Check this sign-up form for mistakes:\n\n",
        "Turn into a vCard:\n")))


def _form_payment(g: _Gen) -> list[Piece]:
    rows: list[tuple[str, Piece | str]] = [
        ("Cardholder", g.full()), (g.pick(("Card number", "Card No.", "PAN")), g.card()),
        ("Expiry", f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}"), ("CVV", g.digits(3)),
        ("Amount", g.price()), ("Reference", g.order()),
    ]
    return _form_lines(g, rows, "why does the gateway reject this?\n")


def _form_bank_change(g: _Gen) -> list[Piece]:
    rows: list[tuple[str, Piece | str]] = [
        ("Supplier", g.pick(("Kilnworks Studio", "Mangrove Catering", "Nordkap Shipping AS"))),
        ("Contact person", g.full()),
        ("Old IBAN", g.iban()), ("New IBAN", g.iban()),
        ("BIC", g.pick(("DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "RABONL2U"))),
        ("Phone (call-back check)", g.phone()),
    ]
    return _form_lines(g, rows, "A supplier sent this change-of-bank form. Red flags?\n\n")


def _form_tenant(g: _Gen) -> list[Piece]:
    rows: list[tuple[str, Piece | str]] = [
        ("Applicant", g.full()), ("SSN", g.ssn(g.pick(("dash", "bare", "space")))),
        ("Current address", g.address()), ("Employer phone", g.phone("US")),
        ("Bank account number", g.acct()), ("Monthly income", g.price()),
    ]
    return _form_lines(g, rows, "Rental application, summarise in one paragraph:\n")


def _form_visitor(g: _Gen) -> list[Piece]:
    rows: list[tuple[str, Piece | str]] = [
        ("visitor", g.full()), ("from", g.place()), ("host", g.first()),
        ("badge", g.pick(("V-", "TMP")) + g.digits(4)), ("wifi device ip", g.ip()),
        ("cell", g.phone()),
    ]
    return _form_lines(g, rows, "")


def _form_wire(g: _Gen) -> list[Piece]:
    rows: list[tuple[str, Piece | str]] = [
        ("Beneficiary", g.full()), ("Beneficiary IBAN", g.iban()),
        ("Beneficiary address", g.address()), ("Ordering a/c no.", g.acct()),
        ("Purpose", g.pick(("tuition", "family support", "invoice " + g.order()))),
    ]
    return _form_lines(g, rows, "Fill the missing SWIFT field for this wire:\n")


FORM = (_form_signup, _form_payment, _form_bank_change, _form_tenant, _form_visitor, _form_wire)


def _q(value: Piece) -> list[Piece]:
    return ['"', value, '"']


def _json_sms(g: _Gen) -> list[Piece]:
    return [
        g.pick(("Tool call: ", "", "assistant requested function:\n")),
        '{"name": "send_sms", "arguments": {"to": ', *_q(g.phone(style="e164")), ', "body": "Hi ',
        g.first(), ', your table for ', str(g.r.randint(2, 8)), ' is ready"}}',
    ]


def _json_customer(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        '{"customer": {"name": ', *_q(g.full(n)), ', "contact": ', *_q(g.phone()),
        ', "email": ', *_q(g.email(n)), '}, "order": {"id": "', g.order(), '", "total": "',
        g.price(), '"}}\n', g.pick(("validate this payload", "why is this 422ing?", "")),
    ]


def _json_payout(g: _Gen) -> list[Piece]:
    return [
        'POST /v2/payouts\n{\n  "beneficiary": {\n    "holder": ', *_q(g.full()),
        ',\n    "iban": ', *_q(g.iban()), ',\n    "city": ', *_q(g.city()),
        '\n  },\n  "amount": ', str(g.r.randint(10, 9000)), ',\n  "idempotency_key": "', g.uuid(),
        '"\n}',
    ]


def _json_login(g: _Gen) -> list[Piece]:
    return [
        '[{"event":"login_failed","src":', *_q(g.ip()), ',"user":', *_q(g.email()),
        ',"ts":', g.stamp(), '},{"event":"login_ok","src":', *_q(g.ip()), ',"ts":', g.stamp(),
        '}]\nwhat happened here?',
    ]


def _json_attendees(g: _Gen) -> list[Piece]:
    out: list[Piece] = ['{"meeting": "', g.product(), ' kickoff", "attendees": [']
    for i in range(g.r.randint(2, 4)):
        n = g.name()
        out += [", " if i else "", '{"name": ', *_q(g.full(n)), ', "tel": ', *_q(g.phone()), "}"]
    return out + ["]}"]


def _json_kyc(g: _Gen) -> list[Piece]:
    return [
        "Fix the schema error in:\n{'applicant': {'legal_name': '", g.full(), "', 'ssn': '",
        g.ssn(), "', 'address': {'line1': '", g.address(), "'}, 'bank': {'account_number': '",
        g.acct(), "', 'routing': '", g.digits(9), "'}}}",
    ]


def _json_card_token(g: _Gen) -> list[Piece]:
    return [
        '{"function": "tokenize_card", "args": {"pan": ', *_q(g.card()),
        ', "exp_month": ', str(g.r.randint(1, 12)), ', "holder": ', *_q(g.full()), "}}",
    ]


JSON = (_json_sms, _json_customer, _json_payout, _json_login, _json_attendees, _json_kyc,
        _json_card_token)


def _code_normalize_test(g: _Gen) -> list[Piece]:
    region = g.pick(("GB", "DE", "IN", "BR", "JP", "FR", "AU", "MX", "NG"))
    number = random_phone(g.r, region)
    written = phone_text(g.r, number, g.pick(("nat", "intl", "dot", "00")))
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    g.regions[written] = g.regions[e164] = region
    return [
        "this test fails, why?\n\ndef test_normalize():\n    assert normalize(\"",
        ("PHONE_NUMBER", written), f"\", region=\"{region}\") == \"", ("PHONE_NUMBER", e164),
        "\"\n\nE   AssertionError: assert None == '", ("PHONE_NUMBER", e164), "'",
    ]


def _code_sql(g: _Gen) -> list[Piece]:
    a, b = g.name(), g.name()
    return [
        "INSERT INTO contacts (full_name, email, phone, city) VALUES\n  ('", g.full(a), "', '",
        g.email(a), "', '", g.phone(), "', '", g.city(), "'),\n  ('", g.full(b), "', '",
        g.email(b), "', '", g.phone(), "', '", g.city(), "');\n-- ERROR: duplicate key",
    ]


def _code_fixture(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        "// refactor this fixture to TypeScript\nconst user = {\n  id: ", g.digits(5),
        ",\n  displayName: '", g.full(n), "',\n  email: '", g.email(n), "',\n  lastIp: '",
        g.ip(), "',\n  card: '", g.card(), "',\n};",
    ]


def _code_env(g: _Gen) -> list[Piece]:
    return [
        "# .env for staging\nADMIN_EMAIL=", g.email(), "\nALERT_SMS=", g.phone(style="e164"),
        "\nDB_HOST=", g.ip(), "\nDB_PORT=", str(g.pick((5432, 3306, 6543))),
        "\nFEATURE_FLAGS=beta,", g.pick(("dark-mode", "bulk-export")),
        "\n\nwhy does the app not pick these up?",
    ]


def _code_yaml(g: _Gen) -> list[Piece]:
    return [
        "oncall:\n  primary:\n    name: ", g.full(), "\n    phone: \"", g.phone(),
        "\"\n  secondary:\n    name: ", g.full(), "\n    phone: \"", g.phone(),
        "\"\nescalation_minutes: 15\n# yamllint says line 4 is wrong",
    ]


def _code_python_dict(g: _Gen) -> list[Piece]:
    return [
        "payees = [\n    {\"name\": \"", g.full(), "\", \"iban\": \"", g.iban(), "\"},\n"
        "    {\"name\": \"", g.full(), "\", \"iban\": \"", g.iban(), "\"},\n]\n"
        "# KeyError: 'bic' when I loop over this, help",
    ]


def _code_regex(g: _Gen) -> list[Piece]:
    return [
        "my regex r'\\d{3}-\\d{2}-\\d{4}' matches ", g.ssn("dash"), " but not ",
        g.ssn("space"), ", and it also hits ", g.phone("US", "local"), " - fix it",
    ]


def _code_luhn(g: _Gen) -> list[Piece]:
    return [
        "@pytest.mark.parametrize('pan', ['", g.card(), "', '", g.card(), "'])\n"
        "def test_luhn_accepts(pan):\n    assert luhn_ok(pan)\n\n"
        "fails for the one with dashes, what do I strip?",
    ]


CODE = (_code_luhn, _code_normalize_test, _code_sql, _code_fixture, _code_env, _code_yaml,
        _code_python_dict, _code_regex)


def _table_directory(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["Sort this by surname:\n\n| Name | Extension/Phone | Email |\n|---|---|---|\n"]
    for _ in range(g.r.randint(2, 4)):
        n = g.name()
        out += ["| ", g.full(n), " | ", g.phone(), " | ", g.email(n), " |\n"]
    return out


def _table_csv_customers(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["customer_id,name,phone,country\n"]
    for _ in range(g.r.randint(3, 5)):
        out += [g.digits(6), ",", g.full(), ",", g.phone(), ",", g.country(), "\n"]
    return out + ["dedupe these rows"]


def _table_payroll(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["employee;account number;amount\n"]
    for _ in range(g.r.randint(2, 4)):
        out += [g.full(), ";", g.acct(), ";", g.price(), "\n"]
    return out + ["convert to a markdown table"]


def _table_ibans(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["| supplier contact | IBAN | city |\n|--|--|--|\n"]
    for _ in range(g.r.randint(2, 3)):
        out += ["| ", g.full(), " | ", g.iban(), " | ", g.city(), " |\n"]
    return out


def _table_hosts(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["hostname\taddress\towner\n"]
    for i in range(g.r.randint(2, 4)):
        out += [f"{g.pick(('web', 'db', 'cache', 'vpn'))}-{i + 1:02d}\t", g.ip(), "\t",
                g.email(), "\n"]
    return out + ["which of these are in the same subnet?"]


def _table_cards(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["Mask all but the last four digits:\n\nholder,card,ssn\n"]
    for _ in range(g.r.randint(2, 3)):
        out += [g.full(), ",", g.card(), ",", g.ssn(), "\n"]
    return out


TABLE = (_table_directory, _table_csv_customers, _table_payroll, _table_ibans, _table_hosts,
         _table_cards)


def _log_auth(g: _Gen) -> list[Piece]:
    out: list[Piece] = []
    for _ in range(g.r.randint(2, 4)):
        out += [g.date(), " ", g.time(), g.pick((" sshd[", " auth[")), g.digits(4),
                "]: Failed password for ", g.pick(("root", "admin", "deploy")), " from ", g.ip(),
                " port ", str(g.r.randint(1024, 65535)), "\n"]
    return out + ["is this a brute force attempt?"]


def _log_sms(g: _Gen) -> list[Piece]:
    return [
        f"[{g.pick(('INFO', 'WARN', 'ERROR'))}] notify.sms to=", g.phone(style="e164"),
        " status=", g.pick(("undelivered", "queued", "failed")), " provider_code=",
        str(g.r.randint(30000, 30010)), "\n[INFO] notify.sms to=", g.phone(),
        " status=delivered\nwhy did the first one fail?",
    ]


def _log_payment(g: _Gen) -> list[Piece]:
    return [
        "prod logs leaked this, how bad is it?\n", g.time(),
        " payment.capture amount=", g.price(), " pan=", g.card(), " holder=\"", g.full(),
        "\" ip=", g.ip(), " order=", g.order(),
    ]


def _log_signup(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        "level=info msg=\"user created\" email=", g.email(n), " name=\"", g.full(n),
        "\" phone=", g.phone(), " remote_addr=", g.ip(), " request_id=", g.uuid(),
    ]


def _log_nginx(g: _Gen) -> list[Piece]:
    out: list[Piece] = []
    for _ in range(g.r.randint(2, 3)):
        out += [g.ip(), ' - - [', g.date(), ':', g.time(), '] "GET /api/v1/orders/',
                g.digits(8), ' HTTP/1.1" ', g.pick(("200", "404", "499")), " ",
                g.digits(4), "\n"]
    return out


def _log_kyc(g: _Gen) -> list[Piece]:
    return [
        "ERROR kyc.verify failed for ", g.full(), " (ssn=", g.ssn(), ", acct=", g.acct(),
        "): upstream timeout after 30000ms",
    ]


LOG = (_log_auth, _log_sms, _log_payment, _log_signup, _log_nginx, _log_kyc)


def _ticket_callback(g: _Gen) -> list[Piece]:
    return [
        "Caller: ", g.full(), ". cb# ", g.phone(), ". Says card ending ", g.digits(4),
        " was charged for ", g.product(), g.pick((" twice", " after cancelling")),
        ". Promised call back before ", g.time(), ".",
    ]


def _ticket_address_change(g: _Gen) -> list[Piece]:
    n = g.name()
    return [
        "TICKET ", g.order(), " | Priority: ", g.pick(("P2", "P3", "low")), "\nCustomer ",
        g.full(n), " (", g.email(n), ") moved to ", g.address(),
        "; new landline ", g.phone(), ". Update billing.",
    ]


def _ticket_fraud(g: _Gen) -> list[Piece]:
    return [
        "Fraud desk note: ", g.first(), " reports unknown transfer from IBAN ", g.iban(),
        " to ", g.iban(), ". Login came from ", g.ip(), ". Account number ", g.acct(),
        " frozen pending review.",
    ]


def _ticket_crm(g: _Gen) -> list[Piece]:
    n, m = g.name(), g.name()
    return [
        g.pick(("Spoke w/ ", "")), g.first(n), " (", g.pick(("procurement", "the clinic", "front desk")),
        ") - wants demo of ", g.product(), ". Loop in ", g.full(m), ", ", g.email(m),
        ". Best number: ", g.phone(), g.pick((" (after 2pm)", "", " ext. 214")),
    ]


def _ticket_ssn_mixup(g: _Gen) -> list[Piece]:
    return [
        "Escalation: agent entered SSN ", g.ssn(), " for ", g.full(), " but the IRS letter shows ",
        g.ssn(), ". Member phone ", g.phone("US"), ".",
    ]


def _ticket_chargeback(g: _Gen) -> list[Piece]:
    return [
        g.pick(("Chargeback on ", "CB case - card ")), g.card(), " (", g.full(), "), ",
        g.pick(("reason code 4837", "'item not received'")), ". Original charge ", g.price(),
        " on ", g.date(), g.pick((". Replacement card ", ". Customer's other card ")), g.card(),
        " already issued.",
    ]


TICKET = (_ticket_chargeback, _ticket_callback, _ticket_address_change, _ticket_fraud, _ticket_crm,
          _ticket_ssn_mixup)

PERSONAL: dict[str, tuple[Template, ...]] = {
    "chat": CHAT, "email": EMAIL, "form": FORM, "json": JSON, "code": CODE, "table": TABLE,
    "log": LOG, "ticket": TICKET,
}

# -- clean prompts (decoys only), by shape ----------------------------------------------------


def _clean_chat_math(g: _Gen) -> list[Piece]:
    a, b = g.r.randint(10**8, 10**11), g.r.randint(1000, 999999)
    return [g.pick((
        f"What is {a:,} divided by {b}? Show the long division.",
        f"is {a} a prime number",
        f"Convert {a} seconds to days, hours and minutes please",
        f"Explain why {b} x {b} = {b * b} without a calculator.",
        f"what's {g.r.randint(10**9, 10**10)} in hex and in base 36?",
    ))]


def _clean_chat_order(g: _Gen) -> list[Piece]:
    return [
        g.pick(("My order ", "order ", "Where is order ")), g.order(),
        g.pick((" was supposed to arrive on ", " says 'label created' since ")), g.date(),
        g.pick((". Tracking ", "; tracking no ")), g.tracking(),
        g.pick((". What should I write to the shop?", " - normal?", "")),
    ]


def _clean_chat_versions(g: _Gen) -> list[Piece]:
    return [
        "Upgrading ", g.product(), " from ", g.version(), " to ", g.version(),
        g.pick((" broke the export button. ", " - anything I should back up first? ")),
        "Build ", g.version(), g.pick((", released ", " on ")), g.date(),
    ]


def _clean_chat_budget(g: _Gen) -> list[Piece]:
    return [
        "Help me budget: rent ", g.price(), ", groceries ", g.price(), ", the ", g.product(),
        " subscription ", g.price(), " a month, and I get paid on the ",
        g.pick(("1st", "15th", "last Friday")), ". Anything left for savings?",
    ]


def _clean_chat_general(g: _Gen) -> list[Piece]:
    return [g.pick((
        "Monday I start a new job, any tips for the first week?",
        "Write a haiku about the first frost of November.",
        "Explain the difference between TCP and UDP like I'm twelve.",
        "What's a good name for a sourdough starter? Something funny.",
        "April showers - is that saying about rain or flowers?",
        "How many grams of flour is 2 and 3/4 cups?",
        "Can you explain compound interest at 4.5% over 30 years on 250,000?",
        "Give me 5 icebreaker questions for a remote team retro on Thursday.",
        "Is it bad to charge my phone to 100% every night?",
        "Summarise the plot of a heist movie set on a space station, 3 sentences.",
    ))]


def _clean_chat_isbn(g: _Gen) -> list[Piece]:
    return [
        "Does ISBN ", g.isbn(), g.pick((" match the hardcover or the paperback?",
                                         " have a valid check digit?")),
        " I paid ", g.price(), ".",
    ]


def _clean_email_release(g: _Gen) -> list[Piece]:
    return [
        "Hi all,\n\n", g.product(), " ", g.version(), " goes out on ", g.date(), " at ", g.time(),
        ". Changelog: fixed the CSV import (ticket ", g.order(), "), faster sync, new SKU ",
        g.sku(), ".\n\nThanks,\nRelease team\n\nmake this announcement shorter",
    ]


def _clean_email_invoice(g: _Gen) -> list[Piece]:
    return [
        "Subject: Invoice INV-", g.digits(6), "\n\nDear customer,\n\nPlease find attached the "
        "invoice for ", g.price(), " (net ", g.price(), "), due ", g.date(),
        ". Purchase order ", g.order(), ".\n\nBest regards\nAccounts\n\n",
        g.pick(("Translate to German.", "Is the tone ok?", "")),
    ]


def _clean_email_outage(g: _Gen) -> list[Piece]:
    return [
        "Dear users,\n\nOn ", g.date(), " between ", g.time(), " and ", g.time(), " UTC, ",
        g.product(), " returned HTTP ", g.pick(("502", "503", "429")), " for about ",
        str(g.r.randint(3, 90)), " minutes. Incident ", g.uuid()[:8],
        ".\n\nWe apologise.\n\nRewrite this as a status page update.",
    ]


def _clean_form_product(g: _Gen) -> list[Piece]:
    rows: list[tuple[str, Piece | str]] = [
        ("Product", g.product()), ("SKU", g.sku()), ("Price", g.price()),
        ("Firmware", g.version()), ("Released", g.date()), ("Batch", g.digits(10)),
    ]
    return _form_lines(g, rows, "Write a product blurb from:\n")


def _clean_form_shipment(g: _Gen) -> list[Piece]:
    rows: list[tuple[str, Piece | str]] = [
        ("Order", g.order()), ("Tracking", g.tracking()), ("Weight", f"{g.r.randint(1, 40)} kg"),
        ("Shipped", g.date()), ("ETA", g.date()), ("Declared value", g.price()),
    ]
    return _form_lines(g, rows, g.pick(("", "Parse this:\n")))


def _clean_json_event(g: _Gen) -> list[Piece]:
    return [
        '{"event": "', g.pick(("invoice.paid", "subscription.renewed", "build.finished")),
        '", "id": "', g.uuid(), '", "created": ', g.stamp(), ', "amount_cents": ',
        str(g.r.randint(100, 10**7)), ', "currency": "', g.pick(("usd", "eur", "jpy", "brl")),
        '", "version": "', g.version(), '"}\n', g.pick(("write a handler for this webhook", "")),
    ]


def _clean_json_tool(g: _Gen) -> list[Piece]:
    return [
        '{"name": "lookup_order", "arguments": {"order_id": "', g.order(), '", "include": ["items",'
        ' "shipments"], "since": "', g.date(), '"}}',
    ]


def _clean_json_inventory(g: _Gen) -> list[Piece]:
    out: list[Piece] = ['{"items": [']
    for i in range(g.r.randint(2, 4)):
        out += [", " if i else "", '{"sku": "', g.sku(), '", "qty": ', str(g.r.randint(0, 500)),
                ', "price": "', g.price(), '"}']
    return out + ["]}\ncompute the total stock value"]


def _clean_code_config(g: _Gen) -> list[Piece]:
    return [
        "[server]\nport = ", str(g.pick((8080, 8443, 9090, 3000))), "\nworkers = ",
        str(g.r.randint(2, 32)), "\ntimeout_ms = ", str(g.r.randint(1000, 60000)),
        "\nbuild = \"", g.version(), "\"\ncache_key = \"", g.sha(), "\"\n\n",
        g.pick(("what does workers do?", "TOML parse error on line 5, why?")),
    ]


def _clean_code_python(g: _Gen) -> list[Piece]:
    return [
        "def test_total():\n    cart = Cart(sku=\"", g.sku(), "\", qty=", str(g.r.randint(1, 9)),
        ")\n    assert cart.total() == Decimal(\"", f"{g.r.randint(1, 99999) / 100:.2f}",
        "\")\n\nE   AssertionError: Decimal('", f"{g.r.randint(1, 99999) / 100:.2f}",
        "') != expected\nwhat's wrong with my rounding?",
    ]


def _clean_code_sql(g: _Gen) -> list[Piece]:
    return [
        "SELECT order_id, SUM(amount) FROM payments WHERE created_at >= '", g.date(),
        "' AND order_id IN (", ", ".join(g.digits(g.r.randint(8, 12)) for _ in range(3)),
        ") GROUP BY order_id;\n-- slow on ", str(g.r.randint(2, 90)), "M rows, index advice?",
    ]


def _clean_code_git(g: _Gen) -> list[Piece]:
    return [
        "git bisect says ", g.sha(), " is the first bad commit (", g.product(),
        " ", g.version(), "). How do I revert only that file?",
    ]


def _clean_table_sales(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["| Month | Product | Units | Revenue |\n|---|---|---|---|\n"]
    for m in g.r.sample(("January", "February", "March", "April", "May", "June"), 3):
        out += [f"| {m} | ", g.product(), f" | {g.r.randint(10, 9000)} | ", g.price(), " |\n"]
    return out + [g.pick(("Which product grew fastest?", "chart this"))]


def _clean_table_builds(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["build,started,duration_s,status\n"]
    for _ in range(g.r.randint(3, 5)):
        out += [g.version(), ",", g.stamp(), ",", str(g.r.randint(30, 4000)), ",",
                g.pick(("passed", "failed", "flaky")), "\n"]
    return out


def _clean_log_app(g: _Gen) -> list[Piece]:
    out: list[Piece] = []
    for _ in range(g.r.randint(2, 4)):
        out += [g.date(), "T", g.time(), " ", g.pick(("INFO", "WARN", "ERROR")), " ",
                g.pick(("worker", "scheduler", "billing")), ": job ", g.uuid(), " ",
                g.pick(("finished in 412ms", "retry 2/5", "OOM at 7.8 GiB", "order " + g.order())),
                "\n"]
    return out


def _clean_log_http(g: _Gen) -> list[Piece]:
    return [
        "GET /v", str(g.r.randint(1, 3)), "/invoices/", g.digits(10), "?page=", str(g.r.randint(1, 40)),
        " ", g.pick(("200", "404", "500", "304")), " ", str(g.r.randint(2, 3000)), "ms ua=\"",
        g.product(), "/", g.version(), "\"\nwhy is this endpoint slow?",
    ]


def _clean_log_crash(g: _Gen) -> list[Piece]:
    return [
        "Fatal: segfault at 0x", g.sha(12), " in libcodec.so.", str(g.r.randint(1, 9)),
        "\n  build ", g.version(), " (", g.sha(8), ")\n  uptime ", str(g.r.randint(1, 999999)),
        "s, pid ", str(g.r.randint(100, 65000)), "\nwhere do I start debugging?",
    ]


def _clean_ticket_bug(g: _Gen) -> list[Piece]:
    return [
        "BUG-", g.digits(5), ": ", g.product(), " ", g.version(), " crashes when exporting > ",
        str(g.r.randint(1000, 90000)), " rows. Repro on build ", g.version(), ", seen since ",
        g.date(), ". Severity ", g.pick(("S2", "S3", "major")), ".",
    ]


def _clean_ticket_billing(g: _Gen) -> list[Piece]:
    return [
        "Customer disputes invoice ", g.order(), " (", g.price(), "), says plan ",
        g.pick(("Team", "Pro", "Starter")), " was cancelled on ", g.date(),
        ". Refund approved for ", g.price(), ". Next review ", g.pick(("Monday", "Friday", "Q3")),
        ".",
    ]


def _clean_form_booking(g: _Gen) -> list[Piece]:
    rows: list[tuple[str, Piece | str]] = [
        ("Room", g.pick(("4B", "Boardroom", "Lab 2"))), ("Date", g.date()),
        ("From", g.time()), ("To", g.time()), ("Cost centre", g.digits(6)),
        ("Equipment", g.product()),
    ]
    return _form_lines(g, rows, "Is this booking valid if rooms close at 19:00?\n")


def _clean_table_specs(g: _Gen) -> list[Piece]:
    out: list[Piece] = ["Model | RAM | Price | Firmware\n--- | --- | --- | ---\n"]
    for _ in range(g.r.randint(2, 4)):
        out += [g.product(), f" | {g.pick((8, 16, 32, 64))} GB | ", g.price(), " | ", g.version(),
                "\n"]
    return out + [g.pick(("Which is the best value?", "add a column for price per GB"))]


def _clean_ticket_feature(g: _Gen) -> list[Piece]:
    return [
        "FR-", g.digits(4), " (", g.pick(("Open", "Triaged", "Won't fix")), "): allow bulk edit in ",
        g.product(), ". ", str(g.r.randint(3, 400)), " upvotes since ", g.date(),
        ". Target release ", g.version(), ". Related: ", g.order(), ", ", g.sku(),
    ]


def _clean_log_k8s(g: _Gen) -> list[Piece]:
    return [
        "Warning  BackOff  ", str(g.r.randint(1, 59)), "m  kubelet  Back-off restarting failed "
        "container api in pod api-", g.sha(10), "-", g.sha(5), "\nimage: registry.local/api:",
        g.version(), "@sha256:", g.sha(64), "\nexit code ", g.pick(("137", "1", "143")),
        g.pick((", what does that mean?", "")),
    ]


def _clean_chat_dates(g: _Gen) -> list[Piece]:
    return [
        g.pick(("How many working days between ", "Days between ", "count weekdays from ")),
        g.date(), " and ", g.date(), g.pick(("?", " (excluding public holidays)", "")),
    ]


CLEAN: dict[str, tuple[Template, ...]] = {
    "chat": (_clean_chat_math, _clean_chat_order, _clean_chat_versions, _clean_chat_budget,
             _clean_chat_general, _clean_chat_isbn, _clean_chat_dates),
    "email": (_clean_email_release, _clean_email_invoice, _clean_email_outage),
    "form": (_clean_form_product, _clean_form_shipment, _clean_form_booking),
    "json": (_clean_json_event, _clean_json_tool, _clean_json_inventory),
    "code": (_clean_code_config, _clean_code_python, _clean_code_sql, _clean_code_git),
    "table": (_clean_table_sales, _clean_table_builds, _clean_table_specs),
    "log": (_clean_log_app, _clean_log_http, _clean_log_crash, _clean_log_k8s),
    "ticket": (_clean_ticket_bug, _clean_ticket_billing, _clean_ticket_feature),
}

# -- the part --------------------------------------------------------------------------------


def _generate() -> tuple[list[Prompt], dict[tuple[str, int], str]]:
    g = _Gen(random.Random(SEED))
    plan: list[tuple[str, Template]] = []
    for shape, n_personal, n_clean in SHAPES:
        for templates, count in ((PERSONAL[shape], n_personal), (CLEAN[shape], n_clean)):
            order: list[Template] = []
            while len(order) < count:
                cycle = list(templates)
                g.r.shuffle(cycle)
                order += cycle
            plan += [(shape, t) for t in order[:count]]
    g.r.shuffle(plan)
    prompts: list[Prompt] = []
    regions: dict[tuple[str, int], str] = {}
    for i, (shape, template) in enumerate(plan, 1):
        g.regions = {}
        prompt = compose(f"{PART}-{i:04d}", shape, template(g))
        for gold in prompt.gold:
            if gold.entity == "PHONE_NUMBER":
                regions[(prompt.id, gold.start)] = g.regions[prompt.text[gold.start : gold.end]]
        prompts.append(prompt)
    return prompts, regions


@cache
def _part() -> tuple[tuple[Prompt, ...], tuple[tuple[tuple[str, int], str], ...]]:
    prompts, regions = _generate()
    return tuple(prompts), tuple(regions.items())


def prompts() -> list[Prompt]:
    """The held-out part: 600 prompts, ids heldout-0001 ... heldout-0600."""
    return list(_part()[0])


def phone_regions() -> dict[tuple[str, int], str]:
    """The region each planted phone number was drawn for, by (prompt id, gold start)."""
    return dict(_part()[1])
