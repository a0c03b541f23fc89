"""The dev part of the labelled PII set: 1,000 prompts the recognizers are tuned on.

About 600 prompts carry personal data and 400 carry none. They come in eight shapes (chat,
email, form, json, code, table, log, ticket), one-liners to ~150 words. Prose shapes (chat,
email, ticket, log) are filled from sentence templates whose `{KEY}` slots become either a
labelled value (`{PHONE}`, `{NAME:a}` ...; a tag such as `:a` makes slots share one person
or one value) or an unlabelled decoy (`{ORDER}`, `{VER}`, `{PRICE}` ...). Record shapes
(form, json, table, code) render a record of fields (a name, phones, e-mail, card, IBAN ...,
or decoy fields only) as `Key: value` lines, JSON payloads and tool calls, markdown or CSV
tables, Python/SQL/JS/YAML/.env snippets.

Values are drawn with one `random.Random(SEED)`: names from a dozen cultures; phone numbers
of 21 regions drawn at random in each region's number plan and kept when
`phonenumbers.is_valid_number` accepts them, written in library formats (E.164,
international, national) and hand-made ones (00 prefix, "(0)", dashes, dots, no
separators), each form re-parsed with its region to stay valid; Luhn-valid cards (Visa,
Mastercard, Amex, Discover); IBANs of 18 countries with mod-97 check digits (national check
digits inside the BBAN are not computed); IPv4 and IPv6; SSNs within the issuing rules;
account numbers only where the text says they are one. `phone_regions()` says which region
each phone was made for.
"""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata
import uuid
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus import Piece, Prompt, compose

SEED = 1212_2026
SHAPES = ("chat", "email", "form", "json", "code", "table", "log", "ticket")
# prompts per shape: (with personal data, clean)
_SHAPE_COUNTS = {
    "chat": (140, 120),
    "email": (70, 40),
    "form": (75, 40),
    "json": (80, 50),
    "code": (60, 50),
    "table": (55, 35),
    "log": (60, 40),
    "ticket": (60, 25),
}

# ---------------------------------------------------------------- value pools

_CULTURES = (  # (first names, last names, family name first)
    ("Oliver Hannah George Emily Thomas Harriet Daniel Rebecca Samuel Lucy Edward Imogen",
     "Whitcombe Harrington Bennett Fletcher Osborne Pemberton Thornton Ashworth Blackwood "
     "Hughes Carter Pryce-Jones", False),
    ("Siobhan Declan Niamh Ciaran Aoife Eoin Mairead Callum Fiona",
     "O'Sullivan O'Brien O'Connor McAllister MacLeod Gallagher Byrne Kavanagh", False),
    ("Alejandro Lucía Javier Carmen Mateo Valentina Diego Inés Rodrigo Ximena",
     "García Fernández-Ruiz Ortega Navarro Delgado Castillo Romero Jiménez Herrera-Vidal",
     False),
    ("Arjun Priya Rohan Ananya Vikram Sneha Karthik Deepa Aditya Lakshmi Harpreet Sanjay",
     "Raghunathan Iyer Chatterjee Deshpande Malhotra Reddy Banerjee Venkataraman Kulkarni",
     False),
    ("Wei Jing Xiaoming Mei Hao Yan Zhiwei Lihua", "Zhang Liu Chen Huang Zhou Wu Xu Guo", True),
    ("Omar Layla Yousef Fatima Khalid Noor Tariq Amira Hamza Rania",
     "Al-Hashimi Haddad Nasser El-Sayed Mansour Qureshi Al-Farsi Abdullah", False),
    ("Lukas Johanna Matthias Katrin Felix Annika Jürgen Sabine Tobias Wiebke",
     "Schröder Becker Hoffmann Vogel Krüger Zimmermann Schmidt-Wendt Brandt Meißner", False),
    ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Babatunde Yetunde",
     "Okonkwo Adeyemi Eze Balogun Nwachukwu Okafor Adebayo Oyelaran", False),
    ("Haruto Yui Kenji Takeshi Aiko Hiroshi Naoko Sota Emi",
     "Tanaka Watanabe Yamamoto Nakamura Kobayashi Takahashi Sato Inoue", False),
    ("Dmitri Katarzyna Piotr Svetlana Jelena Tomasz Agnieszka Bogdan Anastasia",
     "Kowalczyk Petrov Novák Horvat Wiśniewski Ivanova Dvořák Sokolov", False),
    ("Amélie Julien Camille Théo Margaux Étienne Jean-Luc Anne-Marie Clémence Baptiste",
     "Lefèvre Dubois Moreau Girard Rousseau Fontaine D'Aubigné Mercier", False),
    ("Ji-woo Min-jun Seo-yeon Hyun-woo Thu Minh Quang",
     "Jung Kim Choi Nguyen Tran Pham", True),
)
_CITIES = (
    "Manchester Lyon Bengaluru Osaka Guadalajara Rotterdam Porto Kraków Nairobi Lagos Toronto "
    "Melbourne Dublin Munich Seville Turin Vancouver Denver Leeds Hamburg Marseille Pune "
    "Chennai Nagoya Monterrey Utrecht Cork Zürich Gdańsk Chicago Seattle Atlanta Glasgow "
    "Brisbane Hyderabad Bordeaux Valencia Bologna Leipzig Calgary Curitiba"
).split() + ["São Paulo", "Cape Town", "Abu Dhabi", "Mexico City", "New Orleans"]
_COUNTRIES = (
    "Germany France India Brazil Japan Canada Mexico Ireland Spain Italy Poland Nigeria Kenya "
    "Australia Switzerland Portugal Vietnam Netherlands Singapore Egypt Argentina Sweden"
).split() + ["New Zealand", "South Africa", "United Arab Emirates", "South Korea"]
_STREETS = "Maple Birchwood Larkspur Kingsley Orchard Willow Cedar Hawthorn Millbrook Foxglove".split()
_US_PLACES = (("Columbus", "OH", "432"), ("Portland", "OR", "972"), ("Raleigh", "NC", "276"),
              ("Tucson", "AZ", "857"), ("Madison", "WI", "537"), ("Albany", "NY", "122"))
_UK_PLACES = (("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Cardiff", "CF"))
_DE_PLACES = (("Berlin", "10"), ("München", "80"), ("Köln", "50"), ("Hamburg", "20"))
_FR_PLACES = (("Lyon", "69"), ("Paris", "75"), ("Nantes", "44"), ("Lille", "59"))
_ES_PLACES = (("Madrid", "28"), ("Valencia", "46"), ("Sevilla", "41"))

_PERSONAL_DOMAINS = ("gmail.com outlook.com yahoo.co.uk hotmail.fr web.de gmx.de icloud.com "
                     "proton.me yahoo.co.in libero.it free.fr uol.com.br hotmail.com").split()
_WORK_DOMAINS = ("brightlane.io kestrel-logistics.com quillstone-analytics.com tandemworks.de "
                 "studio-vela.es orbitdata.nl finpoint.in mail.cobaltridge.co.uk "
                 "harbourline-freight.com ops.nimbuslabs.dev").split()
_COMPANIES = ("Brightlane Ltd", "Kestrel Logistics", "Quillstone Analytics", "Tandemworks GmbH",
              "Vela Studio", "Orbitdata BV", "Finpoint Services", "Nimbus Labs")
_ROLES = ("Account Manager", "Head of Operations", "Senior Engineer", "Office Manager",
          "Procurement Lead", "Customer Success", "Finance Assistant", "Project Coordinator")
_PRODUCTS = ("Aurora Pro", "Galaxy Tab S9", "Nimbus 3000", "Project Falcon", "Orion Dashboard",
             "PixelBook Go", "Quantum X2", "Helix Router", "Zephyr Buds", "Titan Desk",
             "Project Bluebird", "Vector Suite", "Atlas CLI", "Comet Hub", "Nova Lite")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

# ---------------------------------------------------------------- phone numbers

_PHONE_REGIONS = {"US": 14, "GB": 10, "CA": 4, "DE": 7, "FR": 6, "IN": 8, "AU": 5, "ES": 4,
                  "IT": 4, "NL": 4, "BR": 4, "IE": 3, "MX": 3, "JP": 4, "SG": 3, "CH": 2,
                  "PL": 2, "ZA": 2, "SE": 2, "NG": 2, "AE": 2}


class _Phone(str):
    """A phone number as written, remembering the region it was made for."""

    region: str


def _phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind)
    nsn = phonenumbers.national_significant_number(example)
    keep = 0 if example.country_code == 1 else 2 if len(nsn) > 8 else 1
    for _ in range(500):
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        number = phonenumbers.parse(f"+{example.country_code}{digits}")
        if (phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region):
            return number
    raise RuntimeError(f"no valid {region} number drawn")  # not reached with these regions


def _same_valid(text: str, region: str, number: phonenumbers.PhoneNumber) -> bool:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (phonenumbers.is_valid_number(parsed)
            and phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
            == phonenumbers.format_number(number, PhoneNumberFormat.E164))


def _phone_forms(number: phonenumbers.PhoneNumber, region: str) -> list[str]:
    """Hand-made ways of writing the number that still parse to it with its region."""
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    cc = str(number.country_code)
    rest = intl[len(cc) + 2:]
    digits = re.sub(r"\D", "", nat)
    forms = [intl.replace(" ", "-"), f"+{cc}-{rest}", f"+{cc} {re.sub(r'[^0-9]', '', rest)}",
             digits, nat.replace(" ", "-"), nat.replace(" ", ".")]
    if cc == "1":
        a, b, c = digits[:3], digits[3:6], digits[6:]
        forms += [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}",
                  f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}", f"1 ({a}) {b}-{c}", f"+1.{a}.{b}.{c}",
                  f"{a} {b} {c}", f"+1 {a} {b} {c}", f"({a}){b}-{c}"]
    else:
        forms += [f"00{cc} {rest}", f"00{e164[1:]}", f"00 {cc} {rest}"]
        if nat.startswith(("0", "(0")):
            forms += [f"+{cc} (0){rest}", f"+{cc} (0) {rest}", f"+{cc}(0){rest.replace(' ', '')}"]
        if region in ("IN", "NG") and nat.startswith("0"):
            forms += [nat[1:], f"+{cc}-{nat[1:].replace(' ', '-')}"]
        if region == "BR":
            forms += [f"+{cc} ({rest[:2]}) {rest[3:]}", nat.replace("(", "").replace(")", "")]
    return sorted({f for f in forms if _same_valid(f, region, number)})


# ---------------------------------------------------------------- other values

def _luhn_complete(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return partial + str((10 - total % 10) % 10)


# country: (length, BBAN pattern: n digit, a upper letter, b bank code from the list)
_IBAN_SPECS = {
    "DE": "18n", "GB": "b14n", "FR": "23n", "NL": "b10n", "ES": "20n", "IT": "a22n",
    "BE": "12n", "CH": "17n", "PL": "24n", "AT": "16n", "IE": "b14n", "PT": "21n",
    "SE": "20n", "DK": "14n", "FI": "14n", "NO": "11n", "LU": "16n", "CZ": "20n",
}
_BANK_CODES = {"GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL"), "NL": ("ABNA", "INGB", "RABO",
               "TRIO", "KNAB"), "IE": ("AIBK", "BOFI", "IPBS")}


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    middle: str  # an initial or ""
    family_first: bool
    lower: bool

    def _case(self, text: str) -> str:
        return text.lower() if self.lower else text

    def full(self) -> str:
        if self.family_first:
            return self._case(f"{self.last} {self.first}")
        middle = f" {self.middle}." if self.middle else ""
        return self._case(f"{self.first}{middle} {self.last}")

    def given(self) -> str:
        return self._case(self.first)

    def family(self) -> str:
        return self._case(self.last)

    def reversed(self) -> str:
        return self._case(f"{self.last}, {self.first}")

    def ascii_parts(self) -> tuple[str, str]:
        def plain(text: str) -> str:
            text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z]", "", text.lower())

        return plain(self.first), plain(self.last)


def vocabulary() -> frozenset[str]:
    """Every name part and place name this part plants: clean prompts hold none of them."""
    words: set[str] = set()
    for firsts, lasts, _ in _CULTURES:
        words.update(firsts.split(), lasts.split())
    words.update(_CITIES, _COUNTRIES)
    for places in (_US_PLACES, _UK_PLACES, _DE_PLACES, _FR_PLACES, _ES_PLACES):
        words.update(p[0] for p in places)
    return frozenset(words)


# ---------------------------------------------------------------- the generator

_SLOT = re.compile(r"\{([A-Z0-9_]+)(?::([a-z]))?\}")


class _Maker:
    """Draws values and decoys from one seeded generator and composes prompts."""

    def __init__(self, seed: int, cultures: tuple[tuple[str, str, bool], ...] = _CULTURES) -> None:
        self.rng = random.Random(seed)
        self.cultures = cultures
        self.regions: dict[tuple[str, int], str] = {}
        self.shape = "chat"

    # -- helpers

    def pick(self, options):
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    # -- personal values

    def person(self) -> _Person:
        firsts, lasts, family_first = self.pick(self.cultures)
        first = self.pick(firsts.split())
        if self.chance(0.12):  # a name from another culture's list: people mix
            last = self.pick(self.pick(self.cultures)[1].split())
            family_first = False
        else:
            last = self.pick(lasts.split())
        plain = self.shape in ("code", "json") or "'" in first
        if plain:
            while "'" in last:
                last = self.pick(self.pick(self.cultures)[1].split())
        middle = self.pick("ABCDEFHJKLMPRSTW") if not family_first and self.chance(0.18) else ""
        lower = self.shape in ("chat", "log") and self.chance(0.15)
        return _Person(first, last, middle, family_first, lower)

    def phone(self, region: str | None = None) -> _Phone:
        if region is None:
            region = self.rng.choices(list(_PHONE_REGIONS), list(_PHONE_REGIONS.values()))[0]
        number = _phone_number(self.rng, region)
        roll = self.rng.random()
        if roll < 0.25:
            text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        elif roll < 0.45:
            text = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        elif roll < 0.58:
            text = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        else:
            text = self.pick(_phone_forms(number, region))
        phone = _Phone(text)
        phone.region = region
        return phone

    def email(self, person: _Person | None = None) -> str:
        person = person or self.person()
        first, last = person.ascii_parts()
        local = self.pick((
            f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}", f"{first}.{last}"
            f"{self.rng.randint(1, 99)}", f"{first}{last[0]}", f"{first}+{self.pick(('shop', 'news', 'work', 'bills'))}",
            f"{first[0]}.{last}", f"{last}.{first}", f"{first}{self.rng.randint(1970, 2005)}",
            f"{last}-{first[0]}",
        ))
        domain = self.pick(_PERSONAL_DOMAINS if self.chance(0.5) else _WORK_DOMAINS)
        address = f"{local}@{domain}"
        if self.chance(0.05):
            address = f"{local.title()}@{domain}"
        return address

    def card(self) -> str:
        brand = self.rng.choices(("visa", "mc", "amex", "disc"), (5, 4, 2, 1.5))[0]
        if brand == "amex":
            number = _luhn_complete(self.pick(("34", "37")) + self.digits(12))
            groups = (number[:4], number[4:10], number[10:])
        else:
            prefix = {"visa": "4", "disc": self.pick(("6011", "65"))}.get(brand) or self.pick(
                (str(self.rng.randint(51, 55)), str(self.rng.randint(2221, 2720))))
            number = _luhn_complete(prefix + self.digits(15 - len(prefix)))
            groups = tuple(number[i:i + 4] for i in range(0, 16, 4))
        return self.rng.choices((" ".join(groups), "-".join(groups), number), (5, 2, 4))[0]

    def iban(self) -> str:
        country = self.pick(list(_IBAN_SPECS))
        bban = ""
        for count, kind in re.findall(r"(\d*)([nab])", _IBAN_SPECS[country]):
            if kind == "b":
                bban += self.pick(_BANK_CODES[country])
            elif kind == "a":
                bban += self.pick("ABCDEFGHIJKLMNOPRSTUVWXZ")
            else:
                bban += self.digits(int(count))
        compact = country + _iban_check(country, bban) + bban
        if self.chance(0.55):
            return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
        return compact

    def ip(self, version: int | None = None) -> str:
        if version == 6 or (version is None and self.chance(0.2)):
            groups = [self.rng.randint(0, 0xFFFF) for _ in range(8)]
            head = self.pick(((0x2001, 0x0DB8), (0x2A02, None), (0x2600, None), (0xFE80, 0),
                              (0x2406, None)))
            groups[0] = head[0]
            if head[1] is not None:
                groups[1] = head[1]
            start = self.rng.randint(2, 5)
            for i in range(start, start + self.rng.randint(0, 3)):
                groups[i] = 0
            address = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
            return address.exploded if self.chance(0.1) else address.compressed
        roll = self.rng.random()
        r = self.rng.randint
        if roll < 0.2:
            return f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}"
        if roll < 0.35:
            return f"192.168.{r(0, 255)}.{r(1, 254)}"
        if roll < 0.42:
            return f"172.{r(16, 31)}.{r(0, 255)}.{r(1, 254)}"
        first = self.pick([n for n in range(1, 224) if n not in (10, 127, 172, 192)])
        return f"{first}.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}"

    def ssn_digits(self) -> str:
        area = self.pick([n for n in range(1, 900) if n != 666])
        return f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"

    def ssn(self) -> str:
        d = self.ssn_digits()
        sep = "-" if self.chance(0.8) else " "
        return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"

    def account(self) -> str:
        n = self.rng.randint(6, 17)
        number = ("000" if n > 10 and self.chance(0.3) else "") + self.digits(n)
        number = number[:17]
        roll = self.rng.random()
        if roll < 0.15 and len(number) >= 9:
            return f"{number[:3]}-{number[3:-2]}-{number[-2:]}"
        if roll < 0.25 and len(number) >= 8:
            return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
        return number

    def address(self) -> str:
        r = self.rng.randint
        street = self.pick(_STREETS)
        kind = self.rng.random()
        if kind < 0.3:
            city, state, zip3 = self.pick(_US_PLACES)
            suffix = self.pick(("Drive", "Avenue", "Lane", "Street", "Court", "Blvd"))
            if self.chance(0.3):
                return f"{r(10, 9999)} {street} {suffix}"
            return f"{r(10, 9999)} {street} {suffix}, {city}, {state} {zip3}{r(10, 99)}"
        if kind < 0.5:
            city, area = self.pick(_UK_PLACES)
            flat = f"Flat {r(1, 12)}, " if self.chance(0.3) else ""
            postcode = f"{area}{r(1, 19)} {r(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}" \
                       f"{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            return f"{flat}{r(1, 180)} {street} {self.pick(('Road', 'Close', 'Gardens'))}, " \
                   f"{city} {postcode}"
        if kind < 0.65:
            city, plz = self.pick(_DE_PLACES)
            name = self.pick(("Linden", "Garten", "Schiller", "Berg", "Rosen"))
            return f"{name}straße {r(1, 120)}, {plz}{r(100, 999)} {city}"
        if kind < 0.8:
            city, dep = self.pick(_FR_PLACES)
            name = self.pick(("rue des Lilas", "avenue Jean Jaurès", "rue de la Paix",
                              "boulevard Voltaire"))
            return f"{r(1, 90)} {name}, {dep}0{r(10, 99)} {city}"
        if kind < 0.9:
            city, prov = self.pick(_ES_PLACES)
            name = self.pick(("Calle de Alcalá", "Avenida del Puerto", "Calle Mayor"))
            return f"{name} {r(1, 150)}, {prov}0{r(10, 99)} {city}"
        return f"{r(1, 400)} {street} {self.pick(('Street', 'Road', 'Lane'))}"

    # -- decoys (never labelled)

    def decoy(self, key: str) -> str:
        r, pick = self.rng.randint, self.pick
        if key == "ORDER":
            return pick((f"#{self.digits(r(8, 12))}", f"ORD-{r(2019, 2026)}-{self.digits(6)}",
                         f"PO {self.digits(10)}", f"{self.digits(3)}-{self.digits(7)}-"
                         f"{self.digits(7)}", self.digits(r(8, 12))))
        if key == "INV":
            return pick((f"INV-{r(10000, 99999)}", f"{r(2020, 2026)}/{self.digits(5)}",
                         f"INV{self.digits(8)}", f"F-{r(2020, 2026)}-{self.digits(4)}"))
        if key == "TICKET":
            return pick((f"TCK-{r(10000, 99999)}", f"#{r(10000, 999999)}",
                         f"INC{self.digits(7)}", f"SUP-{r(100, 9999)}"))
        if key == "TRACK":
            return pick((f"1Z{self.digits(3)}AA{self.digits(10)}", self.digits(22),
                         " ".join(self.digits(4) for _ in range(5)) + " " + self.digits(2),
                         f"JD{self.digits(18)}", self.digits(12), self.digits(10)))
        if key == "DATE":
            y, m, d = r(2019, 2026), r(1, 12), r(1, 28)
            month = _MONTHS[m - 1]
            return pick((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}",
                         f"{month} {d}, {y}", f"{d} {month[:3]} {y}", f"{d}.{m}.{y}",
                         f"{y}-{m:02d}-{d:02d}T{r(0, 23):02d}:{r(0, 59):02d}:00Z",
                         f"{d} {month}", f"{month[:3]} {d}"))
        if key == "TIME":
            return pick((f"{r(0, 23):02d}:{r(0, 59):02d}", f"{r(1, 12)}:{r(0, 59):02d} "
                         f"{pick(('am', 'pm', 'AM', 'PM'))}", f"{r(0, 23):02d}:{r(0, 59):02d}:"
                         f"{r(0, 59):02d}", f"{r(1, 12)}{pick(('am', 'pm'))}"))
        if key == "VER":
            a, b, c = r(0, 12), r(0, 30), r(0, 40)
            return pick((f"{a}.{b}.{c}", f"v{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c}-rc.{r(1, 5)}",
                         f"{a}.{b}.{c}+build.{r(1, 999)}", f"v{a}.{b}"))
        if key == "BUILD":
            return pick((f"{r(1, 30)}.{r(0, 9)}.{r(1000, 29999)}.{r(1, 9999)}",
                         f"{r(1, 9)}.{r(0, 30)}.{r(0, 9)}.{r(1, 99)}", f"r{r(1000, 99999)}"))
        if key == "PRICE":
            amount = r(1, 4999) + r(0, 99) / 100
            return pick((f"${amount:,.2f}", f"€{amount:.2f}", f"£{amount:.2f}",
                         f"¥{r(100, 99999):,}", f"CHF {amount:.2f}",
                         f"{amount:,.2f} €".replace(",", "X").replace(".", ",").replace("X", "."),
                         f"₹{r(100, 99999):,}", f"USD {amount:.2f}", f"{amount:.2f} EUR",
                         f"R$ {amount:.2f}".replace(".", ",")))
        if key == "SKU":
            return pick((f"SKU-{r(10000, 99999)}-{pick(('BLK', 'WHT', 'RED', 'XL'))}",
                         f"{pick(('AP', 'MX', 'ZB', 'QX'))}-{r(100, 9999)}{pick(('', 'X', 'G2'))}",
                         f"{self.digits(3)}-{self.digits(4)}-{self.digits(2)}",
                         f"P{self.digits(6)}"))
        if key == "ISBN":
            body = "978" + self.digits(9)
            check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3)
                              for i, c in enumerate(body)) % 10) % 10
            full = body + str(check)
            return pick((full, f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"))
        if key == "UUID":
            return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        if key == "SHA":
            return f"{self.rng.getrandbits(160):040x}"[: pick((7, 8, 12, 40))]
        if key == "PORT":
            return str(pick((80, 443, 3000, 5432, 6379, 8000, 8080, 8443, 9090, 27017)))
        if key == "HTTP":
            return str(pick((200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503)))
        if key == "TS":
            return str(r(1_500_000_000, 1_800_000_000) * pick((1, 1000)))
        if key == "ISO":
            return (f"{r(2023, 2026)}-{r(1, 12):02d}-{r(1, 28):02d}T{r(0, 23):02d}:"
                    f"{r(0, 59):02d}:{r(0, 59):02d}.{r(0, 999):03d}Z")
        if key == "BIG":
            return pick((str(r(10**7, 10**12)), f"{r(10**6, 10**9):,}", str(2 ** r(31, 64) - 1)))
        if key == "PRODUCT":
            return pick(_PRODUCTS)
        if key == "DAY":
            return pick(_DAYS)
        if key == "MONTH":
            return pick(_MONTHS)
        if key == "QTY":
            return str(pick((2, 3, 5, 10, 12, 25, 40, 100, 250, 1200)))
        if key == "PCT":
            return f"{r(1, 99)}{pick(('', '.5'))}%"
        if key == "LAST4":
            return self.digits(4)
        if key == "REF":
            return pick((f"REF-{self.digits(8)}", f"{self.digits(4)} {self.digits(4)} "
                         f"{self.digits(4)}", f"RF{self.digits(2)} {self.digits(4)} "
                         f"{self.digits(4)}", f"TXN{self.digits(12)}"))
        if key == "ERR":
            return pick((f"0x{self.rng.getrandbits(32):08X}", f"E{r(100, 9999)}", str(r(1, 255)),
                         f"ERR_{pick(('TIMEOUT', 'QUOTA', 'AUTH', 'SCHEMA'))}_{r(1, 99)}"))
        if key == "MS":
            return str(r(2, 9000))
        if key == "COMPANY":
            return pick(_COMPANIES)
        if key == "ROLE":
            return pick(_ROLES)
        if key == "DEC":
            return f"{r(0, 9999)}.{self.digits(r(6, 12))}"
        raise KeyError(key)

    # -- templates

    def value(self, key: str) -> Piece:
        """One slot's piece: (entity, value) for personal data, a string for a decoy."""
        people = {"NAME": _Person.full, "FIRST": _Person.given, "LAST": _Person.family,
                  "RNAME": _Person.reversed}
        if key in people:
            return ("PERSON", people[key](self.person()))
        makers = {
            "PHONE": ("PHONE_NUMBER", self.phone), "EMAIL": ("EMAIL_ADDRESS", self.email),
            "CARD": ("CREDIT_CARD", self.card), "IBAN": ("IBAN_CODE", self.iban),
            "IP": ("IP_ADDRESS", self.ip), "IP6": ("IP_ADDRESS", lambda: self.ip(6)),
            "IP4": ("IP_ADDRESS", lambda: self.ip(4)), "SSN": ("US_SSN", self.ssn),
            "SSN9": ("US_SSN", self.ssn_digits), "ACCT": ("ACCOUNT_NUMBER", self.account),
            "CITY": ("LOCATION", lambda: self.pick(_CITIES)),
            "COUNTRY": ("LOCATION", lambda: self.pick(_COUNTRIES)),
            "ADDR": ("LOCATION", self.address),
        }
        if key in makers:
            entity, make = makers[key]
            return (entity, make())
        if key.startswith("PHONE_"):
            return ("PHONE_NUMBER", self.phone(key[6:]))
        return self.decoy(key)

    def fill(self, template: str) -> list[Piece]:
        """Pieces of a template; slots with the same tag share a person or a value."""
        pieces: list[Piece] = []
        tags: dict[str, object] = {}
        at = 0
        for m in _SLOT.finditer(template):
            pieces.append(template[at:m.start()])
            key, tag = m.group(1), m.group(2)
            at = m.end()
            if tag is None:
                pieces.append(self.value(key))
                continue
            if key in ("NAME", "FIRST", "LAST", "RNAME", "EMAIL"):
                person = tags.setdefault(tag, None) or self.person()
                tags[tag] = person
                if key == "EMAIL":
                    pieces.append(("EMAIL_ADDRESS", self.email(person)))
                else:
                    method = {"NAME": _Person.full, "FIRST": _Person.given,
                              "LAST": _Person.family, "RNAME": _Person.reversed}[key]
                    pieces.append(("PERSON", method(person)))
                continue
            slot = f"{key}:{tag}"
            if slot not in tags:
                tags[slot] = self.value(key)
            pieces.append(tags[slot])
        pieces.append(template[at:])
        return [p for p in pieces if p != ""]

    def make(self, pid: str, shape: str, pieces: list[Piece]) -> Prompt:
        prompt = compose(pid, shape, pieces)
        at = 0
        for piece in pieces:
            value = piece[1] if isinstance(piece, tuple) else piece
            if isinstance(piece, tuple) and isinstance(value, _Phone):
                self.regions[(pid, at)] = value.region
            at += len(value)
        return prompt


# ---------------------------------------------------------------- prose templates

_CHAT = (
    "Can you draft a polite reminder to {NAME} about invoice {INV}? Their number is {PHONE}.",
    "{PHONE} keeps calling me late at night. Is there a way to find out who it is?",
    "Write a short text to {FIRST} saying I'll be ten minutes late, I'll send it to {PHONE}",
    "reach {FIRST} at {PHONE} or {PHONE} if the first one doesn't pick up",
    "My new number is {PHONE}, please put it into the letter below and keep the rest as is.",
    "Translate into Spanish: 'Please call {NAME} on {PHONE} before {DAY}.'",
    "Summarise this voicemail: hi it's {FIRST} from accounts, ring me back on {PHONE}, thanks",
    "Is {PHONE} a mobile or a landline?",
    "Which country is this number from: {PHONE}?",
    "format these numbers the same way please: {PHONE}, {PHONE}, {PHONE}",
    "Help me write a cover letter. I'm {NAME:a}, I live in {CITY}, email {EMAIL:a}, phone "
    "{PHONE}.",
    "Please check whether {CARD} is a valid card number, the checkout keeps rejecting it.",
    "I paid with card {CARD} on {DATE} and got charged {PRICE} twice. Write a dispute letter.",
    "Is this IBAN correct? {IBAN}",
    "{IBAN} - which bank and country does this belong to?",
    "Send {PRICE} to {NAME}, IBAN {IBAN}, reference {INV}. Write the payment instruction.",
    "My SSN is {SSN}; which box of the W-4 does it go in?",
    "Fill in the rental application for {NAME}, SSN {SSN9}, move-in date {DATE}.",
    "Why is {IP} hitting our login endpoint 400 times a minute?",
    "Block {IP4} and {IP4} in nginx, they are scraping the catalogue.",
    "Write an iptables rule that only allows {IP6} on port {PORT}.",
    "Please write a letter to my bank asking them to close checking account {ACCT}.",
    "Our landlord wants the rent paid into account number {ACCT} from now on. Scam or not?",
    "{FIRST} and {FIRST} are organising the offsite in {CITY}; suggest three team activities.",
    "Plan a three-day trip from {CITY} to {CITY} for me and {FIRST}.",
    "I'm moving to {ADDR} next month. What do I need to update besides the bank?",
    "Write a birthday message for {NAME} (she turns 40 on {DAY}).",
    "ok so {FIRST} said she'd send the files to {EMAIL} but nothing arrived, what do I say",
    "Is it rude to email {NAME:a} at {EMAIL:a} directly instead of going through HR?",
    "Correct the grammar: '{FIRST} have sent the report to {EMAIL} yesterday.'",
    "Give me a regex that matches numbers like {PHONE}",
    "Draft a WhatsApp to {PHONE}: parcel {TRACK} is waiting at the depot.",
    "Remind me to call Dr. {LAST} ({PHONE}) on {DAY} at {TIME}.",
    "Out-of-office text: for anything urgent contact {NAME} at {EMAIL} or {PHONE}.",
    "Hi, I'm {FIRST}. My card {CARD} was charged for {PRODUCT} but I cancelled in {MONTH}.",
    "Does {SSN} look like a real social security number?",
    "Explain what an IBAN is, using mine as the example: {IBAN}",
    "Which of these are private addresses: {IP4}, {IP4}, {IP4}?",
    "{NAME:a} ({EMAIL:a}) wants a quote for {QTY} units of {SKU}; write the reply.",
    "Who do I contact about order {ORDER}? The last agent was {FIRST} and gave me {PHONE}.",
    "Send directions to {ADDR} to {PHONE}",
    "My grandmother {NAME} lives in {CITY}, {COUNTRY}; what is a good gift to ship there?",
    "Write a reference letter for {NAME}, who worked with us from {MONTH} 2019 to {MONTH} 2023.",
    "dial {PHONE}",
    "Call me on {PHONE}.",
    "Pay the invoice to {IBAN}.",
    "The transfer came from account no. {ACCT}, can I trust it?",
    "What time zone is {PHONE} in? I need to call {FIRST} tomorrow.",
    "Text {PHONE} and {PHONE} the same reminder: the meeting moved to {TIME}.",
    "\"{PHONE}\" - is that how numbers are written over there?",
    "{NAME}, {NAME} and {NAME} are on the rota for {DAY}; make a table with their shifts.",
    "Email {EMAIL} and cc {EMAIL}: the proposal for {PRODUCT} is attached.",
    "my name is {NAME} and my number is {PHONE}, I want to cancel my subscription",
    "Please set up a direct debit from acct # {ACCT} for {PRICE} a month.",
    "Can you check if the routing is fine? Wire {PRICE} to {NAME}, a/c no. {ACCT}.",
    "Who is the owner of {EMAIL}? It signed up {QTY} times today.",
    "i met {FIRST} in {CITY} last summer and lost her number, it started with {PHONE}",
    "Write a LinkedIn intro between {NAME} and {NAME}; both work in logistics.",
    "Book a table for four under {LAST} and confirm by SMS to {PHONE}.",
    "Is the number {PHONE} on my bill a premium-rate one? It was {PRICE}.",
    "We're flying {CITY} to {COUNTRY} in {MONTH}. Passengers: {NAME}, {NAME}.",
    "Make this sound friendlier: 'Contact {FIRST} on {PHONE}. Do not email.'",
    "{NAME}",
    "{EMAIL}",
    "My SSN ({SSN}) was on the letter they mailed me. Should I freeze my credit?",
    "Explain this bank statement line: 'SEPA CT {IBAN} {NAME} {REF}'",
    "My savings account number is {ACCT}; is it safe to give it to a new employer?",
    "Compare the cost of calling {PHONE} from {COUNTRY} versus using an app.",
    "The IRS letter lists social security number {SSN9} but mine ends differently. What now?",
    "{SSN} is my son's SSN; can I claim him if he worked part-time?",
    "Write a memo: employee {NAME}, SSN {SSN}, start date {DATE}, salary to account "
    "number {ACCT}.",
    "Is it normal for a landlord to ask for my SSN ({SSN}) before a viewing?",
    "Move {PRICE} from checking account {ACCT} to savings account {ACCT} every {DAY}: "
    "write the instruction.",
    "Why does the payroll form reject account number {ACCT}? It has leading zeros.",
    "acct # {ACCT} was debited twice for {PRODUCT}, draft a complaint",
    "Which card should I use abroad, {CARD} or {CARD}? Fees matter more than points.",
    "my card number is {CARD} exp 08/27, why does the hotel site say invalid",
    "{CARD} was declined at the pump but worked online. Why?",
    "Our VPN gives out {IP4} to {FIRST}, but she sees {IP4}. Why?",
    "I need help with a difficult message. My neighbour {NAME:a} has been parking in front of "
    "our garage for weeks. I left a note, I knocked, nothing. Her husband {NAME} gave me his "
    "number ({PHONE}) and said to text him, but he never answers. I don't want a feud, we "
    "live next to each other at {ADDR} and our kids go to the same school. Could you write "
    "a short, friendly but firm text I can send to {FIRST:a} at {PHONE}? Mention that the "
    "bins go out on {DAY} and the truck needs the space.",
    "Context: we run a small catering business in {CITY}. Last {DAY} a client, {NAME:a}, "
    "booked us for {QTY} guests and paid a deposit of {PRICE} by card ({CARD}). Now she wants "
    "to cancel and get everything back. Our terms say the deposit is kept within 14 days of "
    "the event. Please draft a reply to {EMAIL:a} that explains the policy, offers to move "
    "the date instead, and gives my mobile {PHONE} in case she'd rather talk it through.",
    "Can you turn this into a clean contact list? 'so the people for the reunion are "
    "{FIRST} ({PHONE}), then {NAME} who's on {PHONE} i think, {NAME} - {EMAIL}, and "
    "{FIRST}, no number but she's in {CITY} now' - one line per person, name first.",
    "My father {NAME} passed away in {MONTH} and I'm sorting out his affairs. The bank "
    "asked me for his account number ({ACCT}), his SSN ({SSN}) and a copy of the death "
    "certificate. They also mentioned a second account, IBAN {IBAN}, from when he worked "
    "in {COUNTRY}. What should I ask them before I send any of this, and in what order should "
    "I close things?",
)

_EMAIL_GREETINGS = ("Hi {FIRST},", "Dear {NAME},", "Hello {FIRST},", "Dear Mr. {LAST},",
                    "Dear Ms. {LAST},", "Hi all,", "Good morning {FIRST},", "{FIRST},",
                    "Hello team,", "Dear Dr. {LAST},")
_EMAIL_BODIES = (
    "Thanks for the call earlier. As discussed, please send the signed contract to {EMAIL} "
    "by {DAY}.",
    "Could you update my bank details? The new IBAN is {IBAN}. Please stop paying into the old "
    "account number {ACCT} after {DATE}.",
    "My flight lands in {CITY} at {TIME}; if anything changes call me on {PHONE}.",
    "Please find attached the ticket for {NAME}. He can be reached at {PHONE} while travelling.",
    "Our new office is at {ADDR}. The main line stays {PHONE} and deliveries go to reception.",
    "Invoice {INV} for {PRICE} is attached. Payment to account number {ACCT}, please quote "
    "the invoice number.",
    "{NAME} from our {CITY} team will join the call on {DAY}; her mobile is {PHONE}.",
    "I've been charged twice for order {ORDER}. The card was {CARD}. Could you refund one of "
    "the payments?",
    "Please add {NAME} ({EMAIL}) and {NAME} ({EMAIL}) to the {PRODUCT} pilot.",
    "For the background check I need your SSN ({SSN}) confirmed in writing, and a copy of "
    "your ID.",
    "The shipment to {ADDR} was returned. Can you confirm the address or give the courier a "
    "call on {PHONE}?",
    "Attached is the payroll change: {NAME}, new IBAN {IBAN}, effective {DATE}.",
    "The server at {IP} keeps timing out from our side; can your network team check?",
    "Quick one: is {PHONE} still the best number for you, or should I use {PHONE}?",
    "We met at the conference in {CITY}. I'd love to continue our chat; I'm free {DAY} "
    "after {TIME}.",
)
_EMAIL_ASKS = ("", "", "Rewrite this email to sound more formal:\n\n",
               "Reply to this email for me:\n\n", "Shorten this email:\n\n",
               "Translate this email into German:\n\n", "Check the tone of this email:\n\n")
_SIGN_OFFS = ("Best regards", "Kind regards", "Thanks", "Cheers", "Many thanks", "Best",
              "Regards", "Warm wishes")
_PHONE_LABELS = ("M: ", "Mobile: ", "Tel. ", "T ", "", "Direct: ", "Ph: ", "", "")

_TICKET = (
    "Ticket {TICKET} | Priority: High\nReporter: {NAME:a} <{EMAIL:a}>\nCallback: {PHONE}\n\n"
    "Customer says the {PRODUCT} app crashes on login since {DATE}. Asked for a call after "
    "{TIME}.",
    "Case note ({DATE}): spoke to {FIRST} on {PHONE}; she confirmed the shipping address "
    "{ADDR}. Replacement {SKU} sent, tracking {TRACK}.",
    "Customer {NAME} disputes a charge of {PRICE} on card {CARD}. Chargeback form sent to "
    "{EMAIL}.",
    "KYC check failed for {NAME}: SSN {SSN} does not match the bureau record. Escalated to "
    "compliance, ticket {TICKET}.",
    "Refund to IBAN {IBAN} approved by {FIRST}. Ref {REF}.",
    "Repeated login alerts from {IP} for {EMAIL}; account locked and the customer notified by "
    "SMS at {PHONE}.",
    "Direct debit mandate: acct # {ACCT}, holder {NAME}, first collection {DATE}.",
    "{TICKET} - caller {NAME:a} ({PHONE}) wants the invoice {INV} re-issued to {ADDR}. "
    "{FIRST:a} was polite but in a hurry.",
    "Escalation: {NAME} called three times about order {ORDER}. Numbers on file: {PHONE} "
    "and {PHONE}. Promised an answer by {DAY}.",
    "New lead: {NAME:a}, {ROLE} at {COMPANY}, {EMAIL:a}, {PHONE}. Interested in {QTY} seats of "
    "{PRODUCT}.",
    "Payout failed: beneficiary {NAME}, IBAN {IBAN}, bank said 'account closed'. Ask for new "
    "details.",
    "Customer moved from {CITY} to {CITY}; updated billing address to {ADDR}.",
    "Chat transcript summary: {FIRST} gave SSN {SSN} and card {CARD} in the chat window. "
    "Redact before export.",
    "Wrong number on profile. Old: {PHONE}. New: {PHONE}. Verified with the SMS code.",
    "Agent note: callback requested on {PHONE} between {TIME} and {TIME}, {DAY}.",
    "VIP account. Contact {NAME:a} only via {EMAIL:a}; assistant {NAME} on {PHONE}.",
    "Fraud review: card {CARD} used from {IP} and {IP} within {MS} seconds.",
    "Card replaced: old {CARD} blocked, new {CARD} mailed to {ADDR}.",
    "Customer {NAME} asks us to pay the settlement into checking account {ACCT}.",
    "W-9 received from {NAME}: SSN {SSN}, address {ADDR}. Filed under {TICKET}.",
    "Identity verified by phone ({PHONE}): last four of SSN matched, full SSN on file "
    "{SSN}. Account number {ACCT} unlocked.",
)
_TICKET_ASKS = ("", "", "Summarise this ticket:\n", "Classify this support note by urgency:\n",
                "Write a reply to the customer based on this note:\n")

_LOG_LINES = (
    "{ISO} INFO  sms.sender queued id={UUID} to={PHONE} status=accepted",
    "{ISO} WARN  auth failed login for {EMAIL} from {IP} (attempt 3/5)",
    "[{DATE} {TIME}] ERROR payment: card {CARD} declined (code 05) order={ORDER}",
    '{IP4} - - [10/Oct/2025:13:55:36 +0000] "GET /api/v2/users/{UUID} HTTP/1.1" {HTTP} {MS} '
    '"-" "curl/8.4.0"',
    '{ISO} DEBUG crm.sync upsert contact name="{NAME}" phone={PHONE} email={EMAIL}',
    "kernel: [UFW BLOCK] IN=eth0 OUT= SRC={IP4} DST={IP4} PROTO=TCP SPT={PORT} DPT=22",
    "{ISO} INFO  payout.worker transfer {PRICE} to iban={IBAN} ok ({MS}ms)",
    "{ISO} ERROR verify.ssn mismatch applicant={UUID} ssn={SSN}",
    "{ISO} INFO  voice.callback From={PHONE} To={PHONE} CallStatus=completed",
    "sshd[{MS}]: Accepted publickey for deploy from {IP6} port {PORT} ssh2",
    "{ISO} WARN  otp.send retry 2/3 msisdn={PHONE} provider=http {HTTP}",
    "{ISO} INFO  signup ok user={EMAIL} ip={IP} plan=pro",
    "{ISO} INFO  ach.debit account_number={ACCT} amount={PRICE} status=settled",
    "{ISO} INFO  geo lookup {IP} -> {CITY}",
    "{ISO} WARN  tax.form validation ssn={SSN} state=invalid_format",
    "{ISO} INFO  refund.sent acct_no={ACCT} amount={PRICE}",
    "{ISO} INFO  profile.update user={UUID} name=\"{NAME}\" city={CITY}",
    "{ISO} WARN  dispatcher: driver {FIRST} unreachable on {PHONE}, reassigning {ORDER}",
    "proxy: upstream [{IP6}]:{PORT} returned {HTTP} for {EMAIL}",
)
_CLEAN_LOG_LINES = (
    "{ISO} INFO  build finished {VER} in {MS}ms",
    "{ISO} INFO  GET /healthz {HTTP} {MS}ms",
    "{ISO} WARN  job {UUID} retry 2/5 after HTTP {HTTP}",
    "{ISO} DEBUG cache miss key=sku:{SKU}",
    "{ISO} INFO  worker-3 heap 512MB gc pause {MS}ms",
    "{ISO} INFO  order {ORDER} state=SHIPPED carrier_ref={TRACK}",
    "{ISO} ERROR invoice {INV} render failed: {ERR}",
    "{ISO} INFO  deploy {SHA} -> production ({BUILD})",
    "{ISO} WARN  rate limit hit for client_id={UUID} ({QTY} req/s)",
    "{ISO} INFO  listening on :{PORT}",
    "{ISO} INFO  scheduled job nightly-export at {TIME}, next run {DAY}",
    "{ISO} INFO  payment captured {PRICE} ref={REF}",
    "[{DATE} {TIME}] INFO batch {TS} processed {QTY} rows",
    "{ISO} ERROR ticket {TICKET}: upstream returned {HTTP} after {MS}ms",
)
_LOG_ASKS = ("", "What is going on in these logs?\n", "Find the failing step:\n```\n",
             "Explain these log lines to a non-engineer:\n", "Why does this keep happening?\n")

_CLEAN_CHAT = (
    "What is the difference between version {VER} and {VER} of {PRODUCT}?",
    "My order {ORDER} hasn't arrived; tracking says {TRACK}. How long should I wait?",
    "Convert {TS} to a human-readable date.",
    "Is {BIG} a prime number?",
    "Calculate {BIG} * {BIG}.",
    "Explain HTTP {HTTP} and how to handle it in a retry loop.",
    "Write a commit message for bumping {PRODUCT} from {VER} to {VER}.",
    "How do I parse dates like '{DATE}' and '{DATE}' in Python?",
    "I was charged {PRICE} instead of {PRICE} for {SKU}. Write a short complaint.",
    "Invoice {INV} dated {DATE} totals {PRICE}. Draft a payment reminder that isn't rude.",
    "Is ISBN {ISBN} the hardcover or the paperback edition?",
    "Write a SQL query for all orders between {DATE} and {DATE} with a total above {PRICE}.",
    "Which is bigger: {BIG} or {BIG}?",
    "What does build {BUILD} of {PRODUCT} fix?",
    "Why does git show {SHA} as a detached HEAD?",
    "Summarise: the {PRODUCT} launch moved from {MONTH} to {MONTH}; budget is now {PRICE}.",
    "Which UUID version is {UUID}?",
    "The service listens on port {PORT}; why do I get connection refused?",
    "Every {DAY} at {TIME} the cron job fails with exit code {ERR}. Ideas?",
    "Convert {PRICE} to euros at a rate of 0.92.",
    "Parcel {TRACK} has been stuck in customs since {DATE}. What does 'held for inspection' "
    "mean?",
    "Write a haiku about {PRODUCT}.",
    "Sort these ticket numbers: {TICKET}, {TICKET}, {TICKET}.",
    "What is {PCT} of {PRICE}?",
    "Is it normal that the {PRODUCT} battery drops {PCT} overnight?",
    "Reference {REF} was rejected by the portal with error {ERR}. What does that mean?",
    "Give me a cron expression for the first {DAY} of every month at {TIME}.",
    "Round {DEC} to three decimal places.",
    "How many seconds are there between {TS} and {TS}?",
    "I need a packing list for a five-day conference in {MONTH}.",
    "Suggest a name for a project like {PRODUCT}, but for data pipelines.",
    "{ORDER} is the order number, {INV} the invoice. Which one does the refund form want?",
    "Our {PRODUCT} subscription renews on {DATE} for {PRICE}. Can I downgrade before then?",
    "How long does a {QTY}-page report take to print at 40 pages per minute?",
    "Explain semver: why is {VER} newer than {VER}?",
    "Write a polite message asking the vendor why SKU {SKU} went from {PRICE} to {PRICE}.",
    "What's the checksum rule for ISBN-13? Use {ISBN} as the example.",
    "Make a weekly plan: gym on {DAY} and {DAY}, groceries {DAY} at {TIME}.",
    "Split {PRICE} between {QTY} people.",
    "Factor {BIG}.",
    "{DATE} or {DATE}: which date format should our API return?",
    "Translate 'your order {ORDER} ships on {DAY}' into French.",
    "Why would a webhook return {HTTP} only on {DAY}s?",
    "What's new in {PRODUCT} {VER}? I'm still on {VER}.",
    "Ticket {TICKET}: the export job times out after {MS} ms. How do I raise the limit?",
    "Tell me a joke about version {VER}.",
    "hey, can you explain what a UUID like {UUID} is used for",
    "Are {TS} and {DATE} the same moment?",
    "{PRODUCT} or {PRODUCT} for a small team? Budget {PRICE} per seat.",
    "The {MONTH} report says revenue grew {PCT}; last year it was {PCT}. Summarise the trend.",
    "Is {ERR} a known error in {PRODUCT} {BUILD}?",
    "Write release notes for {VER}: fixed {TICKET}, {TICKET}; improved startup by {MS} ms.",
    "How do I pin a dependency to {VER} in pip and npm?",
    "Our warehouse has {QTY} units of {SKU} and sells {QTY} a week. When do we run out?",
    "Good morning! Can you help me write an agenda for {DAY}'s planning meeting?",
    "What was the exchange rate on {DATE}? I paid {PRICE}.",
    "We're planning the {PRODUCT} rollout. Phase one starts {DATE} with {QTY} pilot seats; "
    "phase two in {MONTH} adds the rest. The licence costs {PRICE} per seat per year, with "
    "a {PCT} discount above 200 seats. Support tickets during the last pilot peaked at "
    "{QTY} a day (see {TICKET}). Write a one-page plan with milestones, a budget table and "
    "the risks, and keep it under 300 words.",
    "I'm comparing two laptops for my team. The {PRODUCT} costs {PRICE} and ships with "
    "firmware {VER}; the {PRODUCT} costs {PRICE}, firmware {BUILD}. Battery tests gave "
    "{PCT} and {PCT} after eight hours. We need {QTY} units by {MONTH}. Which one should I "
    "pick, and what questions should I ask the reseller before signing order {ORDER}?",
    "Our nightly export started failing on {DATE}. The job runs at {TIME}, pulls about "
    "{BIG} rows, and dies with {ERR} after {MS} seconds. Nothing changed on our side except "
    "upgrading the driver to {VER}. Rolling back to {VER} didn't help. The request id in "
    "the last failure was {UUID}. What should I check first, and how can I make the job "
    "resumable?",
)
_CLEAN_EMAIL_GREETINGS = ("Hi team,", "Hello,", "Dear customer,", "Good morning all,",
                          "Hi everyone,", "Dear colleagues,", "To whom it may concern,")
_CLEAN_EMAIL_BODIES = (
    "Quick update on {PRODUCT}: release {VER} is scheduled for {DATE}. Blockers are {TICKET} "
    "(HTTP {HTTP} on upload) and {TICKET}.",
    "Your order {ORDER} has shipped. Tracking number: {TRACK}. Expected delivery: {DATE}.",
    "Invoice {INV} for {PRICE} is now overdue by {QTY} days. Please arrange payment at your "
    "earliest convenience.",
    "The maintenance window moves to {DAY} {TIME}. Expect up to {MS} seconds of downtime "
    "for the {PRODUCT} API.",
    "Thanks for your feedback on build {BUILD}. The crash ({ERR}) is fixed in {VER}.",
    "Please review the attached budget: {PRICE} for hardware, {PRICE} for licences, and "
    "{PRICE} for travel in {MONTH}.",
    "We received {QTY} units of {SKU} instead of {QTY}. Please send the rest or credit the "
    "difference.",
    "Reminder: the {PRODUCT} beta closes on {DATE} at {TIME}. Export anything you need "
    "before then.",
)
_CLEAN_SIGNATURES = ("The {PRODUCT} team", "Support", "Billing department", "Release management",
                     "Customer care", "Operations", "Your {PRODUCT} team", "Accounts payable")
_CLEAN_TICKET = (
    "Ticket {TICKET} | Priority: Medium\nProduct: {PRODUCT} {VER}\nOrder: {ORDER}\n\n"
    "Customer reports error {ERR} on checkout, reproducible on build {BUILD}. Workaround: "
    "clear the cache. Next review {DAY}.",
    "{TICKET} - Refund of {PRICE} for {SKU} approved, ref {REF}. Customer informed by email.",
    "Internal: parcel {TRACK} returned to sender on {DATE}; reship order {ORDER} with express.",
    "Bug: {PRODUCT} shows HTTP {HTTP} after upgrading to {VER}. Rolled back to {VER}. "
    "Root cause TBD, see commit {SHA}.",
    "Status: waiting on vendor. Invoice {INV} disputed ({PRICE} vs {PRICE} quoted). "
    "Follow up {DAY}.",
    "Stock check: {SKU} {QTY} units, {SKU} {QTY} units. Reorder threshold {QTY}.",
    "Customer asked whether {PRODUCT} supports exports over {QTY} MB. Answered yes since "
    "{VER}; closed {DATE} at {TIME}.",
)

# ---------------------------------------------------------------- records

# kind: (labels for forms and tables, keys for JSON and code, weight in a record)
_FIELDS = {
    "name": ("Name|Full name|Customer|Contact person|Account holder|Guest|Patient|Employee",
             "name|full_name|customer_name|contact_name|holder|guest|employee|recipient", 0),
    "phone": ("Phone|Mobile|Tel|Contact|Primary|Alt. contact|Emergency contact|WhatsApp|Cell|"
              "Reach at|Home|Office|Callback", "phone|mobile|tel|contact|msisdn|to|callback|"
              "whatsapp|primary|alt|phone_number|home|work|emergency", 9),
    "email": ("Email|E-mail|Mail|Contact email|Reply-to", "email|mail|contact_email|reply_to|"
              "login|username", 4),
    "card": ("Card|Card number|Credit card|Payment card|PAN", "card|card_number|cc|pan|"
             "payment_card", 3.3),
    "iban": ("IBAN|Bank (IBAN)|Payout IBAN|IBAN for refunds", "iban|bank_iban|payout_iban|"
             "refund_iban", 2.5),
    "ssn": ("SSN|Social Security No.|Social security number", "ssn|social_security_number|"
            "tax_ssn", 3.8),
    "acct": ("Account number|Acct #|Bank account no.|Checking account|A/C no.", "account_number|"
             "acct_no|bank_account_number|checking_account|savings_account_no", 2),
    "ip": ("IP|IP address|Last login IP|Source IP", "ip|client_ip|remote_addr|source_ip|"
           "last_login_ip", 2),
    "address": ("Address|Street address|Shipping address|Billing address", "address|"
                "shipping_address|billing_address|street", 1.3),
    "city": ("City|Town|Location|Home town", "city|town|location|home_city", 1.0),
}
_DECOY_FIELDS = {  # kind: (labels, keys, slot)
    "order": ("Order|Order no.|Order ID", "order_id|order|order_no", "ORDER"),
    "date": ("Date|Created|Due date|Shipped on", "created_at|date|due|shipped_on", "DATE"),
    "amount": ("Amount|Total|Price|Balance", "amount|total|price|balance", "PRICE"),
    "sku": ("SKU|Product code|Item", "sku|item|product_code", "SKU"),
    "version": ("Version|App version|Build", "version|app_version|build", "VER"),
    "ticket": ("Ticket|Case|Reference", "ticket|case_id|ref", "TICKET"),
    "tracking": ("Tracking|Tracking no.|Parcel", "tracking|tracking_no|parcel", "TRACK"),
    "qty": ("Qty|Quantity|Seats", "qty|quantity|seats", "QTY"),
    "product": ("Product|Plan|Device", "product|plan|device", "PRODUCT"),
    "uuid": ("Request ID|Session|Correlation ID", "request_id|session_id|trace_id", "UUID"),
    "status": ("Status|State", "status|state", ""),
}
_FOCUS = ("phone", "card", "iban", "ssn", "phone", "acct", "ip", "email", "phone", "card",
          "iban", "acct", "address")
_STATUSES = ("open", "pending", "shipped", "active", "paid", "cancelled", "on hold", "resolved")


@dataclass
class _Field:
    label: str
    key: str
    piece: Piece


class _Records:
    """Records of fields rendered as forms, JSON, tables and code."""

    def __init__(self, maker: _Maker) -> None:
        self.m = maker
        self.turn = 0

    def pii_piece(self, kind: str, form: bool, by_hand: bool, person: _Person) -> Piece:
        """A field's value; `form`: right after its label (a bare SSN may follow "SSN:"),
        `by_hand`: typed by a person ("Family, Given" names)."""
        m = self.m
        if kind == "email" and m.chance(0.8):
            return ("EMAIL_ADDRESS", m.email(person))
        if kind == "name":
            if by_hand and self.m.chance(0.15) and not person.family_first:
                return ("PERSON", person.reversed())
            return ("PERSON", person.full())
        if kind == "ssn" and form and m.chance(0.25):
            return ("US_SSN", m.ssn_digits())
        if kind == "city":
            return ("LOCATION", m.pick(_CITIES))
        slot = {"phone": "PHONE", "email": "EMAIL", "card": "CARD", "iban": "IBAN",
                "ssn": "SSN", "acct": "ACCT", "ip": "IP", "address": "ADDR"}[kind]
        return m.value(slot)

    def decoy_piece(self, kind: str) -> str:
        slot = _DECOY_FIELDS[kind][2]
        return self.m.decoy(slot) if slot else self.m.pick(_STATUSES)

    def kinds(self, clean: bool) -> list[str]:
        m = self.m
        decoys = m.rng.sample(list(_DECOY_FIELDS), m.rng.randint(2, 4) if clean else
                              m.rng.randint(0, 2))
        if clean:
            return decoys
        names = [k for k in _FIELDS if k != "name"]
        weights = [_FIELDS[k][2] for k in names]
        chosen: list[str] = ["name"] if m.chance(0.85) else []
        chosen.append(_FOCUS[self.turn % len(_FOCUS)])  # every kind gets its share
        self.turn += 1
        for _ in range(m.rng.randint(0, 2)):
            kind = m.rng.choices(names, weights)[0]
            if kind not in chosen or (kind == "phone" and chosen.count("phone") < 2):
                chosen.append(kind)
        return chosen + decoys

    def fields(self, kinds: list[str], snake: bool, form: bool = False,
               names: list[str] | None = None, by_hand: bool = False) -> list[_Field]:
        """One record; `names` fixes the label or key of each field (table columns)."""
        if names is None:
            names = self.names(kinds, snake)
        out: list[_Field] = []
        person = self.m.person()  # the record's name; its e-mail is mostly made from it
        for kind, name in zip(kinds, names, strict=True):
            piece = (self.pii_piece(kind, form, by_hand or form, person) if kind in _FIELDS
                     else self.decoy_piece(kind))
            out.append(_Field(name, name, piece))
        return out

    def names(self, kinds: list[str], snake: bool) -> list[str]:
        used: list[str] = []
        for kind in kinds:
            options = (_FIELDS.get(kind) or _DECOY_FIELDS[kind])[1 if snake else 0].split("|")
            used.append(self.m.pick([n for n in options if n not in used] or options))
        return used

    # -- renderers

    def form(self, fields: list[_Field]) -> list[Piece]:
        m = self.m
        sep = m.pick((": ", ": ", ":\t", " - ", " = "))
        title = m.pick(("", "", "New customer registration\n", "Contact details\n----\n",
                        "Please enter this into the CRM:\n\n", "Booking form\n",
                        "Fill the missing fields of this form:\n", "Onboarding checklist\n\n"))
        pieces: list[Piece] = [title]
        for f in fields:
            label = f.label.upper() if sep == " = " else f.label
            pieces += [label, sep, f.piece, "\n"]
        pieces[-1] = m.pick(("", "\n", "\nNotes: call before delivery", "\nConsent: yes"))
        return pieces

    def json(self, fields: list[_Field], clean: bool) -> list[Piece]:
        m = self.m
        indent = m.pick((None, None, 2, 4))
        nl = "" if indent is None else "\n"

        def obj(items: list[_Field], depth: int) -> list[Piece]:
            pad = "" if indent is None else " " * (indent * (depth + 1))
            end = "" if indent is None else " " * (indent * depth)
            out: list[Piece] = ["{" + nl]
            for i, f in enumerate(items):
                last = i == len(items) - 1
                out += [f'{pad}"{f.key}": ', '"', f.piece, '"', nl if last else "," + (nl or " ")]
            out.append(end + "}")
            return out

        wrap = m.rng.randint(0, 4)
        if wrap == 0:
            body = obj(fields, 0)
        elif wrap == 1:
            outer = m.pick(("customer", "contact", "payload", "data", "user", "record"))
            body = ["{" + nl + ("" if indent is None else " " * indent) + f'"{outer}": ',
                    *obj(fields, 1), nl + "}"]
        elif wrap == 2:
            tool = m.pick(("create_contact", "send_sms", "update_customer", "lookup_account",
                           "schedule_callback", "create_ticket", "refund_order"))
            tool = m.pick(("lookup_order", "create_ticket", "get_status")) if clean else tool
            body = ['{"name": "' + tool + '", "arguments": ', *obj(fields, 0), "}"]
        elif wrap == 3:
            body = ['{"type": "function_call", "function": {"name": "'
                    + m.pick(("crm_upsert", "notify", "billing_update", "query")) + '", '
                    '"arguments": ', *obj(fields, 0), "}}"]
        else:
            body = ['[', *obj(fields, 0), "]"]
        ask = m.pick(("", "", "", "Validate this payload:\n", "Why does the API reject this?\n",
                      "Convert to XML:\n", "The tool call below failed with HTTP "
                      + m.decoy("HTTP") + ":\n", "Write a pydantic model for:\n"))
        return [ask, *body]

    def table(self, kinds: list[str]) -> list[Piece]:
        m = self.m
        csv = m.chance(0.4)
        labels = self.names(kinds, csv)
        rows = [self.fields(kinds, csv, names=labels, by_hand=not csv)
                for _ in range(m.rng.randint(2, 5))]
        ask = m.pick(("", "Sort this table by the first column:\n",
                      "Find duplicates in this list:\n", "Turn this into JSON:\n",
                      "Which rows are missing data?\n", "Summarise this export:\n"))
        pieces: list[Piece] = [ask]
        if csv:
            pieces.append(",".join(labels) + "\n")
            for row in rows:
                for i, f in enumerate(row):
                    value = f.piece[1] if isinstance(f.piece, tuple) else f.piece
                    quote = '"' if "," in value else ""
                    pieces += [quote, f.piece, quote, "," if i < len(row) - 1 else "\n"]
        else:
            pieces.append("| " + " | ".join(labels) + " |\n")
            pieces.append("|" + "|".join("---" for _ in kinds) + "|\n")
            for row in rows:
                pieces.append("| ")
                for i, f in enumerate(row):
                    pieces += [f.piece, " | " if i < len(row) - 1 else " |\n"]
        if pieces[-1] in ("\n", " |\n"):
            pieces[-1] = pieces[-1].rstrip("\n")
        return pieces

    def code(self, fields: list[_Field]) -> list[Piece]:
        m = self.m
        style = m.rng.randint(0, 5)
        pieces: list[Piece]
        if style == 0:
            var = m.pick(("customer", "contact", "payload", "row", "fixture"))
            pieces = ["```python\n", f"{var} = {{\n"]
            for f in fields:
                pieces += [f'    "{f.key}": "', f.piece, '",\n']
            pieces += ["}\n", m.pick(("client.post('/contacts', json=", "db.insert(", "print(")),
                       f"{var})\n```"]
        elif style == 1:
            table = m.pick(("customers", "contacts", "leads", "payees", "orders"))
            pieces = [f"INSERT INTO {table} ({', '.join(f.key for f in fields)})\nVALUES ("]
            for i, f in enumerate(fields):
                pieces += ["'", f.piece, "'", ", " if i < len(fields) - 1 else ");"]
            pieces.insert(0, m.pick(("", "Why does this fail with a unique-key error?\n",
                                     "Rewrite as a parameterised query:\n")))
        elif style == 2:
            var = m.pick(("user", "contact", "profile", "testUser"))
            pieces = [f"const {var} = {{\n"]
            for f in fields:
                key = re.sub(r"_(\w)", lambda x: x.group(1).upper(), f.key)
                pieces += [f"  {key}: \"", f.piece, '",\n']
            pieces += ["};\n", m.pick(("await api.save(", "console.log(", "render(")),
                       f"{var});"]
        elif style == 3:
            pieces = [m.pick(("# config.yaml\n", "alerts:\n", "seed:\n")) + "  contact:\n"]
            for f in fields:
                pieces += [f"    {f.key}: \"", f.piece, '"\n']
            pieces.append("  retries: 3")
        elif style == 4:
            pieces = [m.pick(("# .env\n", "", "Is this .env safe to commit?\n"))]
            for f in fields:
                pieces += [f"{m.pick(('APP', 'ALERT', 'ADMIN', 'OWNER'))}_{f.key.upper()}=",
                           f.piece, "\n"]
            pieces.append(f"PORT={m.decoy('PORT')}")
        else:
            func = m.pick(("create_contact", "normalise", "register", "add_payee"))
            pieces = [f"This test fails, why?\n\ndef test_{func}():\n    record = {func}("]
            for i, f in enumerate(fields):
                pieces += [f"{f.key}=\"", f.piece, '"', ", " if i < len(fields) - 1 else ")\n"]
            first = fields[0]
            pieces += [f"    assert record.{first.key} == \"", first.piece, '"\n',
                       "E   AssertionError: assert None == \"", first.piece, '"']
        return pieces

    def code_special(self) -> list[Piece]:
        """Code whose values sit in calls and tests rather than records."""
        m = self.m
        return m.fill(m.pick((
            "send_sms(to=\"{PHONE}\", body=\"Your code is 4821\")",
            "```python\ndef test_format_phone():\n    assert format_phone(\"{PHONE:a}\") == "
            "\"{PHONE:a}\"\n```\nIt fails with a KeyError on the region. Why?",
            "curl -X POST https://api.internal/v1/contacts -H 'Content-Type: application/json' "
            "-d '{\"name\": \"{NAME}\", \"phone\": \"{PHONE}\"}'",
            "SELECT * FROM payments WHERE iban = '{IBAN}' AND created_at > '{DATE}';",
            "ALLOWED_IPS = [\"{IP4}\", \"{IP4}\", \"{IP6}\"]  # office and VPN",
            "if user.email == \"{EMAIL}\":\n    grant_admin(user)  # temporary, remove after "
            "{DATE}",
            "assert luhn_ok(\"{CARD}\")\nassert not luhn_ok(\"{LAST4}\")",
            "UPDATE accounts SET phone = '{PHONE}' WHERE email = '{EMAIL}';",
            "server {\n    listen {PORT};\n    allow {IP4};\n    deny all;\n}",
            "test('masks the SSN', () => {\n  expect(mask('{SSN}')).toBe('***-**-****');\n});",
            "mock_customer = Customer(name=\"{NAME}\", account_number=\"{ACCT}\")",
            "twilio.messages.create(from_=\"{PHONE}\", to=\"{PHONE}\", body=msg)",
            "{PHONE}  # why does phonenumbers.parse() raise on this without a region?",
            "WHERE phone IN ('{PHONE}', '{PHONE}', '{PHONE}')",
        )))

    def code_clean(self) -> list[Piece]:
        m = self.m
        return m.fill(m.pick((
            "```python\nORDER_ID = \"{ORDER}\"\nassert parse_version(\"{VER}\") > "
            "parse_version(\"{VER}\")\n```\nWhy does this assertion fail?",
            "SELECT order_id, total FROM orders WHERE created_at BETWEEN '{DATE}' AND '{DATE}' "
            "AND total > 100;",
            "def test_price():\n    assert format_price({QTY}, \"EUR\") == \"{PRICE}\"\n"
            "E   AssertionError",
            "const BUILD = \"{BUILD}\";\nconst RETRIES = 3;\nfetch(`/api/orders/${id}`)"
            ".then(r => r.status === {HTTP} ? retry() : r.json());",
            "# config.yaml\nserver:\n  port: {PORT}\n  timeout_ms: {MS}\nrelease: \"{VER}\"\n"
            "feature_flags:\n  new_checkout: true",
            "docker run -p {PORT}:{PORT} registry.local/shop-api:{VER}",
            "git checkout {SHA} && make build VERSION={VER}",
            "request_id = \"{UUID}\"\nlogger.info(\"retrying %s after %s\", request_id, {HTTP})",
            "PRODUCT_SKUS = [\"{SKU}\", \"{SKU}\", \"{SKU}\"]\nPRICE_CAP = 4999",
            "ts = {TS}\nprint(datetime.fromtimestamp(ts))  # prints the wrong year, why?",
            "CREATE TABLE invoices (id BIGINT PRIMARY KEY, number TEXT, total NUMERIC(10,2));\n"
            "INSERT INTO invoices VALUES ({BIG}, '{INV}', 129.90);",
            "isbn = \"{ISBN}\"\nassert is_valid_isbn13(isbn)",
            "# .env\nAPI_PORT={PORT}\nCACHE_TTL={MS}\nRELEASE={VER}\nSENTRY_RELEASE={SHA}",
        )))


# ---------------------------------------------------------------- assembly

def _email_template(m: _Maker, clean: bool) -> str:
    if clean:
        bodies = m.rng.sample(_CLEAN_EMAIL_BODIES, m.rng.randint(1, 3))
        head = m.pick(_CLEAN_EMAIL_GREETINGS)
        sign = f"{m.pick(_SIGN_OFFS)},\n{m.pick(_CLEAN_SIGNATURES)}"
        return f"{m.pick(_EMAIL_ASKS)}{head}\n\n" + "\n\n".join(bodies) + f"\n\n{sign}"
    bodies = m.rng.sample(_EMAIL_BODIES, m.rng.randint(1, 3))
    head = m.pick(_EMAIL_GREETINGS)
    subject = m.pick(("", "", "Subject: Re: {ORDER}\n\n", "Subject: Quick question\n\n",
                      "Subject: Updated details\n\n"))
    sign = m.pick((
        "{NAME:s}\n{ROLE} | {COMPANY}\n" + m.pick(_PHONE_LABELS) + "{PHONE}\n{EMAIL:s}",
        "{FIRST:s}",
        "{NAME:s}\n" + m.pick(_PHONE_LABELS) + "{PHONE}",
        "{NAME:s} | {COMPANY} | {PHONE} | {EMAIL:s}",
        "{NAME:s}\n{ROLE}\n{ADDR}\n" + m.pick(_PHONE_LABELS) + "{PHONE}",
        "{FIRST:s}\nSent from my phone",
    ))
    return (f"{m.pick(_EMAIL_ASKS)}{subject}{head}\n\n" + "\n\n".join(bodies)
            + f"\n\n{m.pick(_SIGN_OFFS)},\n{sign}")


def _log_template(m: _Maker, clean: bool) -> str:
    count = m.rng.randint(1, 6)
    lines = [m.pick(_CLEAN_LOG_LINES) for _ in range(count)]
    if not clean:
        for _ in range(m.rng.randint(1, min(3, count))):
            lines[m.rng.randrange(count)] = m.pick(_LOG_LINES)
    ask = m.pick(_LOG_ASKS)
    text = "\n".join(lines)
    return f"{ask}{text}\n```" if ask.endswith("```\n") else f"{ask}{text}"


def _pieces(m: _Maker, records: _Records, shape: str, clean: bool) -> list[Piece]:
    m.shape = shape
    if shape == "chat":
        return m.fill(m.pick(_CLEAN_CHAT if clean else _CHAT))
    if shape == "email":
        return m.fill(_email_template(m, clean))
    if shape == "ticket":
        return m.fill(m.pick(_TICKET_ASKS) + m.pick(_CLEAN_TICKET if clean else _TICKET))
    if shape == "log":
        return m.fill(_log_template(m, clean))
    if shape == "code" and m.chance(0.45):
        return records.code_clean() if clean else records.code_special()
    kinds = records.kinds(clean)
    if shape == "table":
        return records.table(kinds)
    m.rng.shuffle(kinds)
    if shape == "form":
        return records.form(records.fields(kinds, snake=False, form=True))
    if shape == "json":
        return records.json(records.fields(kinds, snake=True), clean)
    return records.code(records.fields(kinds, snake=True))


def _generate(
    seed: int = SEED, cultures: tuple[tuple[str, str, bool], ...] = _CULTURES
) -> tuple[list[Prompt], dict[tuple[str, int], str]]:
    m = _Maker(seed, cultures)
    records = _Records(m)
    jobs = [(shape, clean) for shape, (pii, spare) in _SHAPE_COUNTS.items()
            for clean, count in ((False, pii), (True, spare)) for _ in range(count)]
    m.rng.shuffle(jobs)
    out: list[Prompt] = []
    seen: set[str] = set()
    for n, (shape, clean) in enumerate(jobs, 1):
        pid = f"dev-{n:04d}" if seed == SEED else f"dev.{seed}-{n:04d}"
        pieces = _pieces(m, records, shape, clean)
        while "".join(p[1] if isinstance(p, tuple) else p for p in pieces) in seen:
            pieces = _pieces(m, records, shape, clean)
        prompt = m.make(pid, shape, pieces)
        seen.add(prompt.text)
        out.append(prompt)
    return out, m.regions


def prompts() -> list[Prompt]:
    """The dev part: 1,000 prompts, the same ones on every call."""
    return _generate()[0]


def more(seed: int, cultures: tuple[tuple[str, str, bool], ...]) -> list[Prompt]:
    """1,000 more prompts of this part's shapes and templates, drawn with another seed and
    names from `cultures` ((given names, family names, family name first): space-separated
    lists), for training a model (scripts/train_pii_ner.py), never for measuring it."""
    if seed == SEED:
        raise ValueError(f"seed {SEED} makes the dev part itself; choose another")
    return _generate(seed, cultures)[0]


def phone_regions() -> dict[tuple[str, int], str]:
    """The region each phone number was made for, by (prompt id, gold start)."""
    return _generate()[1]
