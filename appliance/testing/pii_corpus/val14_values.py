"""Planted values and decoys for val14, written by hand for this part.

Phone numbers start from `phonenumbers`' example number of a region and type, get random
trailing digits and are kept only when `phonenumbers.is_valid_number` accepts them as
written; cards get a Luhn check digit, IBANs their ISO 13616 check digits, SSNs follow the
issuing rules. Places, street addresses, e-mail domains and the decoys (order numbers,
tracking codes, versions ...) were typed for this part.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# ---------------------------------------------------------------- phones

PHONE_REGIONS = (
    "GB", "US", "CA", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL",
    "CZ", "HU", "RO", "GR", "SE", "NO", "DK", "FI", "TR", "IL", "AE", "SA", "EG", "MA",
    "NG", "GH", "KE", "ZA", "ET", "IN", "PK", "BD", "LK", "NP", "CN", "HK", "TW", "JP",
    "KR", "VN", "TH", "PH", "ID", "MY", "SG", "AU", "NZ", "BR", "MX", "AR", "CO", "CL",
    "PE", "JM", "UA", "KZ",
)  # fmt: skip


def _valid(text: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


def phone(
    rng: random.Random, region: str | None = None, style: str | None = None
) -> tuple[str, str]:
    """A valid phone number of a region as written, and the region."""
    region = region or rng.choice(PHONE_REGIONS)
    for _ in range(60):
        kind = rng.choice(
            (PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)
        )
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        nsn = str(example.national_number)
        keep = max(2, len(nsn) - rng.randint(4, 6))
        digits = nsn[:keep] + "".join(rng.choice(string.digits) for _ in nsn[keep:])
        num = phonenumbers.parse("+" + str(example.country_code) + digits, None)
        if not phonenumbers.is_valid_number(num):
            continue
        text = _phone_style(num, rng, style)
        if _valid(text, region):
            return text, region
        text = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        if _valid(text, region):
            return text, region
    raise RuntimeError(f"no valid phone for {region}")


def _phone_style(num: phonenumbers.PhoneNumber, rng: random.Random, style: str | None) -> str:
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    style = style or rng.choice(
        ("intl", "intl", "national", "national", "e164", "compact", "dots", "dashes", "paren0")
    )
    if style == "intl":
        return intl
    if style == "national":
        return national
    if style == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if style == "compact":
        return "".join(ch for ch in national if ch.isdigit())
    if style == "dots":
        return intl.replace(" ", ".").replace("-", ".").replace("+", "+", 1)
    if style == "dashes":
        return intl.replace(" ", "-").replace("-", " ", 1)
    if style == "paren0":
        cc, _, rest = intl.partition(" ")
        if national.startswith("0"):
            return f"{cc} (0){rest}"
        return intl
    return intl


# ---------------------------------------------------------------- cards, IBANs, SSNs, IPs

_CARD_PREFIXES = (
    ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15),
    ("37", 15), ("6011", 16), ("65", 16), ("3528", 16), ("36", 14),
)  # fmt: skip


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(_CARD_PREFIXES)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in string.digits:
        if luhn_ok(body + check):
            digits = body + check
            break
    sep = rng.choice((" ", " ", "-", "", " "))
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif length == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


# country: BBAN pattern (n digit, a upper letter, c alphanumeric)
_IBAN_FORMATS = {
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "PL": "n" * 24,
    "PT": "n" * 21,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "SE": "n" * 20,
    "DK": "n" * 14,
    "FI": "n" * 14,
    "NO": "n" * 11,
    "CZ": "n" * 20,
    "RO": "aaaa" + "c" * 16,
    "GR": "n" * 23,
    "HU": "n" * 24,
    "LT": "n" * 16,
    "HR": "n" * 17,
    "TR": "n" * 5 + "0" + "c" * 16,
    "AE": "n" * 19,
    "SA": "nn" + "c" * 18,
    "LU": "nnn" + "c" * 13,
    "MT": "aaaa" + "n" * 5 + "c" * 18,
    "EE": "n" * 16,
}


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    country = country or rng.choice(tuple(_IBAN_FORMATS))
    pools = {
        "n": string.digits,
        "a": string.ascii_uppercase,
        "c": string.digits * 2 + string.ascii_uppercase,
    }
    bban = "".join(rng.choice(pools.get(ch, ch)) for ch in _IBAN_FORMATS[country])
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        text = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        style = rng.choice(("dash", "dash", "dash", "space", "plain"))
        if style == "dash":
            text = f"{text[:3]}-{text[3:5]}-{text[5:]}"
        elif style == "space":
            text = f"{text[:3]} {text[3:5]} {text[5:]}"
        assert ssn_ok(text)
        return text


def ip4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.45:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice((31, 37, 46, 62, 78, 81, 86, 91, 103, 109, 141, 152, 176, 185, 203, 212))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    style = rng.random()
    if style < 0.5:
        head = rng.choice(("2001:db8", "2a02:8108", "2001:67c", "fd12:3456", "2600:1f18"))
        return f"{head}:{groups[0]}:{groups[1]}::{groups[2]}"
    if style < 0.7:
        return f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}"
    return ":".join(groups)


# ---------------------------------------------------------------- bank account numbers


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def account(rng: random.Random, kind: str | None = None) -> str:
    """A bank account number in one country's usual way of writing it."""
    kind = kind or rng.choice(
        (
            "us",
            "uk",
            "in",
            "au",
            "ng",
            "de",
            "br",
            "mx",
            "nz",
            "ca",
            "jp",
            "za",
            "ke",
            "fr",
            "plain",
        )
    )
    if kind == "us":
        return _digits(rng, rng.choice((10, 11, 12)))
    if kind == "uk":
        return _digits(rng, 8)
    if kind == "in":
        return _digits(rng, rng.choice((11, 14, 15)))
    if kind == "au":
        d = _digits(rng, 9)
        return rng.choice((d, f"{d[:4]} {d[4:]}", f"{d[:3]}-{d[3:]}"))
    if kind == "ng":
        return "0" + "".join(rng.choice(string.digits) for _ in range(9))
    if kind == "de":
        return "0" * rng.randint(0, 2) + _digits(rng, 8)
    if kind == "br":
        d = _digits(rng, rng.choice((5, 6, 8)))
        return f"{d}-{rng.randint(0, 9)}"
    if kind == "mx":
        return "0" + "".join(rng.choice(string.digits) for _ in range(17))
    if kind == "nz":
        return (
            f"{rng.randint(1, 38):02d}-{_digits(rng, 4)}-{_digits(rng, 7)}-{rng.randint(0, 99):02d}"
        )
    if kind == "ca":
        return _digits(rng, 7)
    if kind == "jp":
        return _digits(rng, 7)
    if kind == "za":
        return _digits(rng, rng.choice((10, 11)))
    if kind == "ke":
        return "01" + "".join(rng.choice(string.digits) for _ in range(11))
    if kind == "fr":
        return "000" + _digits(rng, 8)
    return _digits(rng, rng.choice((8, 9, 10, 12)))


# ---------------------------------------------------------------- places

CITIES = (
    "Leeds", "Sheffield", "Norwich", "Swansea", "Aberdeen", "Belfast", "Cork", "Galway",
    "Bremen", "Leipzig", "Dortmund", "Graz", "Linz", "Lausanne", "Basel", "Lille",
    "Nantes", "Toulouse", "Bordeaux", "Ghent", "Antwerp", "Eindhoven", "Groningen",
    "Valencia", "Zaragoza", "Bilbao", "Porto", "Coimbra", "Bologna", "Turin", "Palermo",
    "Thessaloniki", "Kraków", "Wrocław", "Gdańsk", "Brno", "Debrecen", "Cluj-Napoca",
    "Plovdiv", "Novi Sad", "Split", "Ljubljana", "Lviv", "Kharkiv", "Vilnius", "Tartu",
    "Tampere", "Uppsala", "Malmö", "Bergen", "Aarhus", "Reykjavík", "Izmir", "Haifa",
    "Beirut", "Alexandria", "Casablanca", "Marrakesh", "Lagos", "Ibadan", "Kumasi",
    "Mombasa", "Nairobi", "Addis Ababa", "Durban", "Pretoria", "Pune", "Chennai",
    "Kolkata", "Lahore", "Karachi", "Chittagong", "Kandy", "Pokhara", "Chengdu",
    "Shenzhen", "Kaohsiung", "Osaka", "Sapporo", "Busan", "Da Nang", "Chiang Mai",
    "Cebu City", "Surabaya", "Penang", "Brisbane", "Adelaide", "Christchurch",
    "Tauranga", "Halifax", "Winnipeg", "Sacramento", "Tucson", "Milwaukee", "Raleigh",
    "Curitiba", "Recife", "Guadalajara", "Monterrey", "Rosario", "Medellín",
    "Valparaíso", "Arequipa", "Kingston", "Almaty", "Samarkand", "Ulaanbaatar",
)  # fmt: skip

REGIONS = (
    "Yorkshire", "Cornwall", "Bavaria", "Saxony", "Tyrol", "Brittany", "Provence",
    "Andalusia", "Catalonia", "Tuscany", "Sicily", "Silesia", "Transylvania", "Lapland",
    "Queensland", "Ontario", "Manitoba", "Texas", "Ohio", "Oregon", "Punjab", "Kerala",
    "Gauteng", "Hokkaido", "Patagonia", "Limburg", "Flanders", "Algarve",
)  # fmt: skip

COUNTRIES = (
    "Portugal", "Ireland", "Poland", "Romania", "Ghana", "Kenya", "Nigeria", "Morocco",
    "Egypt", "Lebanon", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Vietnam",
    "Thailand", "the Philippines", "Indonesia", "Malaysia", "New Zealand", "Australia",
    "Canada", "Mexico", "Colombia", "Peru", "Chile", "Brazil", "Argentina", "Ukraine",
    "Kazakhstan", "Finland", "Norway", "Denmark", "Iceland", "Greece", "Turkey",
    "South Africa", "Ethiopia", "Somalia", "Jamaica", "Germany", "France", "Spain",
    "Italy", "the Netherlands", "Belgium", "Switzerland", "Austria", "Japan", "South Korea",
)  # fmt: skip

# Street addresses; {n} a house number, {z} a postcode digit, {L} a postcode letter.
_ADDRESSES = (
    "{n} Thornbury Road, Leeds LS{z} {z}{L}{L}",
    "Flat {z}, {n} Albion Street, Norwich NR{z} {z}{L}{L}",
    "{n} Caledonian Crescent, Aberdeen AB1{z} {z}{L}{L}",
    "{n} Heol y Nant, Swansea SA{z} {z}{L}{L}",
    "{n} Oak Hollow Drive, Tucson, AZ 857{z}{z}",
    "{n} W Fairview Ave, Milwaukee, WI 532{z}{z}",
    "{n} Birchwood Ln Apt {z}B, Raleigh, NC 276{z}{z}",
    "{n} Rue Sainte-Catherine, 33000 Bordeaux",
    "{n} rue des Tanneurs, 4400{z} Nantes",
    "{n} bis avenue Jean-Jaurès, 3100{z} Toulouse",
    "Lindenallee {n}, 0410{z} Leipzig",
    "Am Mühlbach {n}, 2819{z} Bremen",
    "Hauptplatz {n}, 8010 Graz",
    "Kerkstraat {n}, 56{z}{z} {L}{L} Eindhoven",
    "Veldstraat {n}, 9000 Gent",
    "Calle de Alfonso I {n}, 5000{z} Zaragoza",
    "Rua de Santa Catarina {n}, 4000-{z}{z}{z} Porto",
    "Via dell'Indipendenza {n}, 4012{z} Bologna",
    "ul. Długa {n}/{z}, 80-8{z}{z} Gdańsk",
    "ul. Floriańska {n}, 31-0{z}{z} Kraków",
    "Vinohradská {n}, 602 00 Brno",
    "Storgatan {n}, 753 2{z} Uppsala",
    "Kauppakatu {n} A {z}, 33{z}00 Tampere",
    "{n} Kingsway, Christchurch 80{z}{z}",
    "{n} Marine Parade, Tauranga 31{z}{z}",
    "{n} Logan Road, Brisbane QLD 41{z}{z}",
    "Unit {z}, {n} King William St, Adelaide SA 5000",
    "{n} Spring Garden Rd, Halifax, NS B3J {z}{L}{z}",
    "{n} Portage Ave, Winnipeg, MB R3C {z}{L}{z}",
    "Plot {n}, Admiralty Way, Lekki, Lagos",
    "House {n}, Ngong Road, Nairobi",
    "{n} Florida Road, Morningside, Durban 4001",
    "Flat {z}0{z}, Koregaon Park Lane {z}, Pune 411001",
    "{n} Usman Road, T. Nagar, Chennai 600017",
    "House {n}, Street {z}, Gulberg III, Lahore",
    "{z}-{z}-{n} Umeda, Kita-ku, Osaka 530-0001",
    "Av. Paulista {n}, São Paulo - SP, 01310-100",
    "Av. Vallarta {n}, Guadalajara, Jal. 44100",
    "Calle {z}0 #{n}-{z}{z}, Medellín",
    "{n} Hope Road, Kingston 6",
)


def address(rng: random.Random) -> str:
    pattern = rng.choice(_ADDRESSES)
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("{n}", i):
            out.append(str(rng.randint(2, 248)))
            i += 3
        elif pattern.startswith("{z}", i):
            out.append(str(rng.randint(1, 9)))
            i += 3
        elif pattern.startswith("{L}", i):
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
            i += 3
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


# ---------------------------------------------------------------- e-mail

FREE_MAIL = (
    "gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.fr", "web.de", "gmx.at",
    "icloud.com", "proton.me", "libero.it", "wp.pl", "seznam.cz", "naver.com",
    "yahoo.co.jp", "rediffmail.com", "bigpond.com", "xtra.co.nz", "uol.com.br",
)  # fmt: skip
WORK_MAIL = (
    "northgatecu.org", "harbourbank.co.uk", "meadowlane-surgery.nhs.uk", "brightsteps-nursery.com",
    "calderwater.co.uk", "fenwick-motors.de", "unilib.ac.uk", "ferrylink.ie", "parcelhub.io",
    "payrollpoint.com", "kestrelcare.co.uk", "examboard.org", "sportcentre.gov.uk",
)  # fmt: skip

_ASCII_PAIRS = {
    "a": "áàâäãåāăą", "c": "çčć", "d": "ďđð", "e": "éèêëēėęə", "g": "ğģġ", "h": "ħ", "i": "íìîïīįı",
    "k": "ķ", "l": "łļ", "n": "ñňńņ", "o": "óòôöõøő", "r": "ř", "s": "šśşș", "t": "ťțþ",
    "u": "úùûüūůűų", "y": "ýÿ", "z": "žźż",
}  # fmt: skip
_ASCII = str.maketrans({ch: base for base, chars in _ASCII_PAIRS.items() for ch in chars})


def email_local(given: str, family: str, rng: random.Random) -> str:
    g = given.lower().replace("æ", "ae").replace("œ", "oe").replace("ß", "ss").translate(_ASCII)
    f = family.lower().replace("æ", "ae").replace("œ", "oe").replace("ß", "ss").translate(_ASCII)
    g = "".join(ch for ch in g if ch.isascii() and ch.isalnum())
    f = "".join(ch for ch in f if ch.isascii() and ch.isalnum())
    style = rng.choice(("g.f", "gf", "g_f", "ig", "g.f9", "fg", "g9"))
    if style == "g.f":
        return f"{g}.{f}"
    if style == "gf":
        return f"{g}{f}"
    if style == "g_f":
        return f"{g}_{f}"
    if style == "ig":
        return f"{g[0]}{f}"
    if style == "g.f9":
        return f"{g}.{f}{rng.randint(1, 99)}"
    if style == "fg":
        return f"{f}.{g[0]}"
    return f"{g}{rng.randint(70, 2009)}"


def email(given: str, family: str, rng: random.Random, work: bool | None = None) -> str:
    if work is None:
        work = rng.random() < 0.45
    domain = rng.choice(WORK_MAIL if work else FREE_MAIL)
    return f"{email_local(given, family, rng)}@{domain}"


# ---------------------------------------------------------------- decoys (never gold)


def decoy(kind: str, rng: random.Random) -> str:
    d = rng.randint
    up = string.ascii_uppercase
    if kind == "order":
        return rng.choice(
            (f"ORD-{d(100000, 999999)}", f"#{d(10000000, 99999999)}", f"SO{d(1000000, 9999999)}")
        )
    if kind == "date":
        y, m, day = d(2023, 2026), d(1, 12), d(1, 28)
        return rng.choice((f"{y}-{m:02d}-{day:02d}", f"{day:02d}/{m:02d}/{y}", f"{day}.{m}.{y}"))
    if kind == "iso":
        return f"{d(2023, 2026)}-{d(1, 12):02d}-{d(1, 28):02d}"
    if kind == "ymd":
        return f"{d(2023, 2026)}{d(1, 12):02d}{d(1, 28):02d}"
    if kind == "time":
        return f"{d(6, 21):02d}:{rng.choice(('00', '15', '30', '45', '05'))}"
    if kind == "ver":
        return f"{d(1, 9)}.{d(0, 24)}.{d(0, 15)}"
    if kind == "price":
        return rng.choice(("£", "€", "$", "")) + f"{d(3, 2400)}.{d(0, 99):02d}"
    if kind == "sku":
        return (
            f"{''.join(rng.choice(up) for _ in range(3))}-{d(100, 999)}-{rng.choice(up)}{d(10, 99)}"
        )
    if kind == "ticket":
        return rng.choice(
            (f"INC{d(1000000, 9999999)}", f"OPS-{d(100, 9999)}", f"CS-{d(10000, 99999)}")
        )
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "track":
        return rng.choice(
            (
                f"1Z{''.join(rng.choice(up + string.digits) for _ in range(16))}",
                f"JD{d(10**15, 10**16 - 1)}",
                f"{rng.choice(up)}{rng.choice(up)}{d(100000000, 999999999)}GB",
            )
        )
    if kind == "isbn":
        return f"978-{d(0, 1)}-{d(100, 999)}-{d(10000, 99999)}-{d(0, 9)}"
    if kind == "n":
        return str(d(2, 60))
    if kind == "big":
        return f"{d(1000, 99999):,}"
    if kind == "pct":
        return f"{d(1, 99)}%"
    if kind == "ref":
        return f"{rng.choice(up)}{rng.choice(up)}{d(10, 99)}-{d(1000, 9999)}-{d(10, 99)}"
    if kind == "code":
        return "".join(rng.choice(up + string.digits) for _ in range(6))
    if kind == "port":
        return str(rng.choice((443, 8080, 5432, 6379, 9092, 3000, 8443)))
    if kind == "invoice":
        return f"INV-{d(2023, 2026)}-{d(1000, 99999):05d}"
    if kind == "meter":
        return f"{d(10, 99)}{rng.choice(up)}{d(1000000, 9999999)}"
    if kind == "policy":
        return f"POL/{d(100, 999)}/{d(100000, 999999)}"
    if kind == "dur":
        return f"{d(1, 59)} min"
    if kind == "kwh":
        return f"{d(80, 900)} kWh"
    if kind == "room":
        return f"{d(1, 6)}{d(0, 3)}{d(1, 9)}"
    if kind == "sortlike":
        return f"{d(10, 99)}-{d(10, 99)}-{d(10, 99)}"
    if kind == "phonelike":
        return f"{d(100, 999)}-{d(100, 999)}-{d(1000, 9999)}"
    if kind == "long":
        text = "".join(rng.choice(string.digits) for _ in range(rng.choice((12, 16, 18))))
        if luhn_ok(text):  # a decoy that is no card number
            text = text[:-1] + str((int(text[-1]) + 1) % 10)
        return text
    raise KeyError(kind)


DECOY_KINDS = (
    "order", "date", "iso", "ymd", "time", "ver", "price", "sku", "ticket", "hash", "track", "isbn", "n",
    "big", "pct", "ref", "code", "port", "invoice", "meter", "policy", "dur", "kwh", "room",
    "sortlike", "phonelike", "long",
)  # fmt: skip
