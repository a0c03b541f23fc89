"""The value makers of the val4 part (appliance.testing.pii_corpus.val4): people and their
names as written, places and street addresses, phone numbers valid for their region,
Luhn-valid cards, IBANs with their mod-97 check digits, IP addresses, SSNs, account numbers
and the decoys of clean prompts; and the filling of a template, whose «key.field» slots
become gold spans or plain text."""

from __future__ import annotations

import random
import re
import string
import unicodedata
import uuid
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus import Piece
from appliance.testing.pii_corpus import val4_values as v

SLOT = re.compile(r"«([a-z]+)(\d*)(?:_([A-Za-z]+))?(?:\.([a-z0-9]+))?»")
_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "'": ""}
)


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def pattern(rng: random.Random, shape: str) -> str:
    """'#' a digit, 'A' a capital letter, anything else itself."""
    return "".join(
        rng.choice(string.digits)
        if ch == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXY")
        if ch == "A"
        else ch
        for ch in shape
    )


# --- people -------------------------------------------------------------------------------


@dataclass
class Person:
    culture: str
    given: str
    family: str  # first (or only) family name
    family2: str = ""  # second family name (Spanish, Portuguese)
    middle: str = ""  # Vietnamese middle name, or an anglo middle initial
    family_first: bool = False
    ascii: bool = False  # written without diacritics, as many people type
    female: bool | None = None  # known only where the culture's family names agree
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def _w(self, text: str) -> str:
        return ascii_fold(text) if self.ascii else text

    @property
    def families(self) -> str:
        return " ".join(x for x in (self.family, self.family2) if x)

    def full(self) -> str:
        if self.family_first:
            parts = [self.family, self.middle, self.given]
        else:
            parts = [self.given, self.families]
        return self._w(" ".join(x for x in parts if x))

    def render(self, how: str) -> str:
        g, f = self._w(self.given), self._w(self.family)
        if how == "full":
            return self.full()
        if how == "first":
            return g
        if how == "last":
            return f
        if how == "lower":
            return self.full().lower()
        if how == "lfirst":
            return g.lower()
        if how == "upper":
            return self.full().upper()
        if how == "rev":  # "Family, Given"
            return f"{self._w(self.families)}, {g}"
        if how == "urev":  # "FAMILY, Given" as on passports and forms
            return f"{self._w(self.families).upper()}, {g}"
        if how == "init":  # "K. Nowak"
            return f"{g[0]}. {f}"
        if how == "nick":
            return self._w(v.NICKNAMES.get(self.given, self.given))
        if how == "lnick":
            return self._w(v.NICKNAMES.get(self.given, self.given)).lower()
        if how == "gf":  # given and family, whatever the culture's order
            return f"{g} {self._w(self.families)}"
        if how == "mid":
            if v.CULTURES[self.culture].anglo:
                return f"{g} {self.middle or 'J'}. {self._w(self.families)}"
            return self.full()
        if how == "sfx":
            if v.CULTURES[self.culture].anglo:
                return (
                    f"{g} {self._w(self.families)} {self.rng.choice(('Jr.', 'III', 'Jr.', 'II'))}"
                )
            return self.full()
        if how == "fi":  # "Nowak K."
            return f"{f} {g[0]}."
        raise KeyError(how)

    def email(self, rng: random.Random) -> str:
        g = re.sub(r"[^a-z]", "", ascii_fold(self.given).lower())
        f = re.sub(r"[^a-z]", "", ascii_fold(self.family).lower())
        local = rng.choice(
            (
                f"{g}.{f}",
                f"{g[0]}{f}",
                f"{g}{f[0]}",
                f"{g}_{f}{rng.randint(1, 99)}",
                f"{f}.{g}",
                f"{g}{rng.randint(70, 99)}",
                f"{g}.{f}",
                f"{g[0]}.{f}",
            )
        )
        domain = rng.choice(v.PERSONAL_DOMAINS + v.WORK_DOMAINS)
        return f"{local}@{domain}"


def make_person(rng: random.Random, culture: str | None = None) -> Person:
    culture = culture or rng.choice(list(v.CULTURES))
    c = v.CULTURES[culture]
    given = rng.choice(c.given)
    female = given.endswith("*")
    given = given.rstrip("*")

    def fam() -> str:
        name = rng.choice(c.family)
        if "/" in name:
            name = name.split("/")[1 if female else 0]
        return name

    family = fam()
    family2 = ""
    if rng.random() < c.double:
        family2 = fam()
        while family2 == family:
            family2 = fam()
    middle = rng.choice(c.middles) if c.middles else (rng.choice("ABCDEJLMRT") if c.anglo else "")
    gendered = any("/" in f for f in c.family)
    return Person(
        culture,
        given,
        family,
        family2,
        middle,
        rng.random() < c.family_first,
        ascii=bool(re.search(r"[^\x00-\x7f]", given + family)) and rng.random() < 0.35,
        female=female if gendered else None,
        rng=random.Random(rng.random()),
    )


# --- places -------------------------------------------------------------------------------


def make_address(rng: random.Random, code: str) -> tuple[str, str]:
    """A street address of the country, on one line, and its city."""
    book = v.ADDRESSES[code]
    city, reg, post = rng.choice(book.places)
    text = book.fmt.format(
        n=rng.randint(2, 240),
        street=rng.choice(book.streets),
        unit=rng.choice(book.units),
        city=city,
        reg=reg,
        post=pattern(rng, post),
        district=rng.choice(book.districts),
    )
    return text.replace(", ,", ",").strip(", "), city


# --- phone numbers ------------------------------------------------------------------------

FORMS = ("nat", "nat", "nat", "intl", "intl", "intl", "e164", "zz", "dash", "tight", "dots")


def make_phone(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = PhoneNumberType.FIXED_LINE if rng.random() < 0.3 else PhoneNumberType.MOBILE
    example = phonenumbers.example_number_for_type(
        region, kind
    ) or phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(400):
        if region in ("US", "CA"):
            area = rng.choice(v.US_AREA_CODES if region == "US" else v.CA_AREA_CODES)
            digits = (
                area + str(rng.randint(2, 9)) + "".join(rng.choice(string.digits) for _ in range(6))
            )
        else:
            keep = 3 if len(nsn) > 7 else 2
            digits = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        number = phonenumbers.parse(f"+{example.country_code}{digits}")
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
        ):
            return number
    raise RuntimeError(f"no valid number for {region}")


def format_phone(
    rng: random.Random, number: phonenumbers.PhoneNumber, region: str, form: str
) -> str:
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    candidates = {
        "nat": nat,
        "intl": intl,
        "e164": phonenumbers.format_number(number, PhoneNumberFormat.E164),
        "zz": "00" + intl[1:],
        "dash": phonenumbers.format_number(number, PhoneNumberFormat.RFC3966).removeprefix("tel:"),
        "tight": re.sub(r"[^\d+]", "", nat),
        "dots": re.sub(r"[ \-]", ".", re.sub(r"[()]", "", nat)),
    }
    text = candidates[form]
    try:
        ok = (
            phonenumbers.is_valid_number(phonenumbers.parse(text, region))
            and phonenumbers.parse(text, region).national_number == number.national_number
        )
    except phonenumbers.NumberParseException:
        ok = False
    return text if ok else intl


# --- cards, IBANs, SSNs, accounts, IPs ----------------------------------------------------


def luhn_complete(prefix_and_body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(prefix_and_body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return prefix_and_body + str((10 - total % 10) % 10)


def make_card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(
        ("visa", "visa", "visa", "mastercard", "mastercard", "amex", "discover", "diners", "jcb")
    )
    prefixes, length, groups = v.CARD_BRANDS[brand]
    prefix = rng.choice(prefixes)
    digits = luhn_complete(
        prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    )
    sep = rng.choice((" ", " ", "-", ""))
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return sep.join(out)


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


def make_iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    country = country or rng.choice(list(v.IBAN_BBAN))
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", v.IBAN_BBAN[country]):
        count = int(count)
        if kind == "a" and country in v.IBAN_BANKS:
            bank = rng.choice(v.IBAN_BANKS[country])
            bban += bank + "".join(
                rng.choice(string.ascii_uppercase) for _ in range(count - len(bank))
            )
        elif kind == "a":
            bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(count))
        elif kind == "c":
            bban += "".join(
                rng.choice(string.digits * 3 + string.ascii_uppercase) for _ in range(count)
            )
        else:
            bban += "".join(rng.choice(string.digits) for _ in range(count))
    iban = country + iban_check(country, bban) + bban
    if spaced is None:
        spaced = rng.random() < 0.6
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if spaced else iban


def make_ssn(rng: random.Random, form: str = "dash") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"dash": "-", "sp": " ", "raw": ""}[form]
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def make_account(rng: random.Random, form: str = "") -> str:
    form = form or rng.choice(("us", "uk", "in", "ng", "dash", "us", "sp"))
    if form == "uk":
        return "".join(rng.choice(string.digits) for _ in range(8))
    if form == "in":
        return str(rng.randint(1, 9)) + "".join(
            rng.choice(string.digits) for _ in range(rng.choice((10, 13, 15)))
        )
    if form == "ng":
        return "0" + "".join(rng.choice(string.digits) for _ in range(9))
    if form == "dash":
        return f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    if form == "sp":
        return f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    return "".join(rng.choice(string.digits) for _ in range(rng.choice((9, 10, 12))))


def make_ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.3:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    first = rng.choice([n for n in range(11, 224) if n not in (100, 127, 169, 172, 192, 198)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def make_ipv6(rng: random.Random) -> str:
    import ipaddress

    head = rng.choice(("2a02:8108", "2001:16b8", "2600:1700", "2405:201", "2c0f:f248", "2a01:4f8"))
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.4:
        groups[1:4] = ["0", "0", "0"]
    return str(ipaddress.ip_address(head + ":" + ":".join(groups)))


# --- decoys -------------------------------------------------------------------------------


def decoy(rng: random.Random, kind: str, arg: str) -> str:
    r = rng
    if kind == "order":
        return r.choice(("ORD-", "#", "SO-", "PO-", "")) + str(r.randint(100000, 9999999))
    if kind == "inv":
        return f"INV-{r.randint(2023, 2025)}-{r.randint(1, 99999):05d}"
    if kind == "sku":
        return f"{r.choice(('SKU', 'HX', 'BLD', 'KT', 'AC'))}-{r.randint(100, 9999)}-{r.choice('ABCDEFGHKM')}{r.randint(1, 9)}"
    if kind == "ver":
        return f"{r.randint(0, 5)}.{r.randint(0, 24)}.{r.randint(0, 30)}"
    if kind == "build":
        return f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(1000, 22631)}.{r.randint(1, 4000)}"
    if kind == "date":
        return r.choice(
            (
                f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                f"{r.randint(1, 28)} {r.choice(v.MONTHS)} 2025",
                f"{r.randint(1, 12)}/{r.randint(1, 28)}/2024",
                f"{r.choice(v.MONTHS)[:3]} {r.randint(1, 28)}, 2025",
            )
        )
    if kind == "time":
        return r.choice(
            (
                f"{r.randint(7, 18):02d}:{r.choice(('00', '15', '30', '45'))}",
                f"{r.randint(1, 11)}:{r.choice(('00', '30'))} {r.choice(('am', 'pm'))}",
            )
        )
    if kind == "price":
        return (
            r.choice(("$", "€", "£", ""))
            + f"{r.randint(3, 2400)}.{r.choice(('00', '99', '49', '95'))}"
        )
    if kind == "uuid":
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    if kind == "sha":
        return "".join(r.choice("0123456789abcdef") for _ in range(40 if arg == "long" else 7))
    if kind == "isbn":
        body = "978" + "".join(r.choice(string.digits) for _ in range(9))
        check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
        return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"
    if kind == "track":
        return r.choice(("1Z", "JD", "TBA")) + "".join(
            r.choice(string.digits + "ABCDEFX") for _ in range(14)
        )
    if kind == "model":
        return r.choice(v.MODELS)
    if kind == "lib":
        return r.choice(v.LIBRARIES)
    if kind == "co":
        return r.choice(v.COMPANIES)
    if kind == "prod":
        return r.choice(v.PRODUCTS)
    if kind == "code":
        return r.choice(v.CODENAMES)
    if kind == "day":
        return r.choice(v.WEEKDAYS)
    if kind == "month":
        return r.choice(v.MONTHS)
    if kind == "num":
        return str(r.randint(2, 480))
    if kind == "pct":
        return f"{r.randint(1, 60)}.{r.randint(0, 9)}%"
    if kind == "tkt":
        return f"{r.choice(('OPS', 'SUP', 'CX', 'PLAT', 'BILL', 'HR'))}-{r.randint(100, 9999)}"
    if kind == "port":
        return str(r.choice((443, 8080, 5432, 6379, 3000, 9092)))
    raise KeyError(kind)


# --- filling a template -------------------------------------------------------------------


class Filler:
    """Fills the «slots» of one template; a slot's key names one value for the whole prompt
    («p1.full» and «p1.first» are one person), its field how it is written."""

    def __init__(self, rng: random.Random, phone_regions: dict[str, str]):
        self.rng = rng
        self.values: dict[str, object] = {}
        self.phone_regions = phone_regions

    def _value(self, kind: str, key: str, arg: str | None):
        if key in self.values:
            return self.values[key]
        r = self.rng
        if kind == "p":
            val: object = make_person(r, arg)
            used = {(x.given, x.family) for x in self.values.values() if isinstance(x, Person)}
            while (val.given, val.family) in used or any(
                val.given == x.given for x in self.values.values() if isinstance(x, Person)
            ):
                val = make_person(r, arg)
        elif kind == "loc":
            val = arg.upper() if arg else r.choice(list(v.ADDRESSES) + list(v.COUNTRIES))
            taken = {
                x["code"]
                for k, x in self.values.items()
                if k.startswith("loc") and isinstance(x, dict)
            }
            while val in taken and not arg:
                val = r.choice(list(v.ADDRESSES) + list(v.COUNTRIES))
            val = {"code": val}
        elif kind == "ph":
            region = arg.upper() if arg else r.choice(v.PHONE_REGIONS)
            val = (region, make_phone(r, region))
        elif kind == "card":
            val = make_card(r, arg)
        elif kind == "iban":
            val = (make_iban(r, arg.upper() if arg else None, spaced=False), r.random() < 0.6)
        elif kind == "acct":
            val = make_account(r, arg or "")
        elif kind == "ip":
            val = make_ipv4(r)
        elif kind == "ipsix":
            val = make_ipv6(r)
        elif kind == "em":
            val = make_person(r).email(r)
        elif kind == "ssn":
            val = {}
        else:
            val = decoy(r, kind, arg or "")
        self.values[key] = val
        return val

    def slot(self, kind: str, index: str, arg: str | None, fld: str | None) -> Piece | list[Piece]:
        key = f"{kind}{index}" + (f"_{arg}" if arg else "")
        r = self.rng
        val = self._value(kind, key, arg)
        if kind == "p":
            if fld == "email":
                cached = self.values.setdefault(key + ".email", val.email(r))
                return ("EMAIL_ADDRESS", cached)
            if fld == "title":  # the title stays outside the span
                titles = ("Dr.", "Prof.", "Dr", "Eng.", "Atty.", "Capt.")
                if val.female is not None:
                    titles += ("Ms.", "Mrs.", "Ms") if val.female else ("Mr.", "Mr", "Sr.")
                name = val.render("last" if r.random() < 0.7 else "full")
                return [r.choice(titles) + " ", ("PERSON", name)]
            return ("PERSON", val.render(fld or "full"))
        if kind == "loc":
            code = val["code"]
            if fld == "country":
                name = v.COUNTRIES[code].name if code in v.COUNTRIES else code
                return ("LOCATION", name.removeprefix("the "))
            if fld == "region":
                if "region" not in val:
                    regions = v.COUNTRIES[code].regions if code in v.COUNTRIES else ()
                    val["region"] = (
                        r.choice(regions)
                        if regions
                        else v.COUNTRIES[code].name.removeprefix("the ")
                    )
                return ("LOCATION", val["region"])
            if fld == "addr":
                if "addr" not in val:
                    if code not in v.ADDRESSES:
                        code = val["code"] = r.choice(list(v.ADDRESSES))
                    val["addr"], val["city"] = make_address(r, code)
                return ("LOCATION", val["addr"])
            if fld == "phone":
                if "phone" not in val:
                    region = code if code in v.PHONE_REGIONS else r.choice(v.PHONE_REGIONS)
                    val["phone"] = self._phone(region, make_phone(r, region), None)
                return ("PHONE_NUMBER", val["phone"])
            if "city" not in val:
                val["city"] = r.choice(v.CITIES[code])
            return ("LOCATION", val["city"])
        if kind == "ph":
            region, number = val
            cache = self.values.setdefault(key + ".forms", {})
            if (fld or "") not in cache:
                cache[fld or ""] = self._phone(region, number, fld)
            return ("PHONE_NUMBER", cache[fld or ""])
        if kind == "card":
            return ("CREDIT_CARD", val)
        if kind == "iban":
            base, spaced = val
            spaced = {"sp": True, "raw": False}.get(fld or "", spaced)
            return (
                "IBAN_CODE",
                " ".join(base[i : i + 4] for i in range(0, len(base), 4)) if spaced else base,
            )
        if kind == "acct":
            return ("ACCOUNT_NUMBER", val)
        if kind in ("ip", "ipsix"):
            return ("IP_ADDRESS", val)
        if kind == "em":
            return ("EMAIL_ADDRESS", val)
        if kind == "ssn":
            form = fld or "dash"
            if "digits" not in val:
                val["digits"] = make_ssn(r, "raw")
            d = val["digits"]
            sep = {"dash": "-", "sp": " ", "raw": ""}[form]
            return ("US_SSN", f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}")
        return str(val)

    def _phone(self, region: str, number, fld: str | None) -> str:
        form = (
            fld
            if fld in ("nat", "intl", "e164", "zz", "dash", "tight", "dots")
            else self.rng.choice(FORMS)
        )
        text = format_phone(self.rng, number, region, form)
        self.phone_regions[text] = region
        return text

    def fill(self, template: str) -> list[Piece]:
        pieces: list[Piece] = []
        pos = 0
        for m in SLOT.finditer(template):
            if m.start() > pos:
                pieces.append(template[pos : m.start()])
            piece = self.slot(*m.groups())
            pieces.extend(piece if isinstance(piece, list) else [piece])
            pos = m.end()
        if pos < len(template):
            pieces.append(template[pos:])
        if "«" in "".join(p for p in pieces if isinstance(p, str)):
            raise ValueError(f"unfilled slot in {template!r}")
        return pieces
