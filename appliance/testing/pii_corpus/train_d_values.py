"""Places and structured values for train_d: hand-written cities, regions, countries and
street addresses, and generated phones, e-mails, cards, IBANs, IPs, SSNs and accounts.

Written blind (see `train_d`): the places and address patterns were typed from memory; every
phone number is checked with `phonenumbers.is_valid_number` as written, cards by Luhn, IBANs
by their check digits, SSNs by the issuing rules (`validity.py`).
"""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

CITIES: tuple[str, ...] = (
    "Kraków", "Wrocław", "Gdańsk", "Brno", "Ostrava", "Leipzig", "Dortmund", "Freiburg",
    "Rotterdam", "Utrecht", "Eindhoven", "Lyon", "Marseille", "Toulouse", "Bordeaux",
    "Bologna", "Palermo", "Turin", "Seville", "Valencia", "Bilbao", "Porto", "Coimbra",
    "Salvador", "Recife", "Fortaleza", "Guadalajara", "Monterrey", "Puebla", "Cork",
    "Galway", "Limerick", "Aberdeen", "Dundee", "Inverness", "Leeds", "Sheffield",
    "Nottingham", "Leicester", "Swansea", "Cardiff", "Gothenburg", "Uppsala", "Bergen",
    "Trondheim", "Tampere", "Turku", "Debrecen", "Szeged", "Cluj-Napoca", "Timișoara",
    "Thessaloniki", "Patras", "Izmir", "Ankara", "Kharkiv", "Lviv", "Novi Sad", "Zagreb",
    "Kaunas", "Riga", "Tallinn", "Beirut", "Amman", "Casablanca", "Isfahan", "Haifa",
    "Pune", "Chennai", "Kolkata", "Hyderabad", "Lahore", "Karachi", "Dhaka", "Chittagong",
    "Chengdu", "Guangzhou", "Hangzhou", "Osaka", "Nagoya", "Sapporo", "Busan", "Daegu",
    "Hanoi", "Da Nang", "Chiang Mai", "Cebu City", "Davao", "Surabaya", "Bandung",
    "Ibadan", "Enugu", "Kumasi", "Mombasa", "Kisumu", "Addis Ababa", "Hargeisa",
    "Durban", "Pretoria", "Yerevan", "Tbilisi", "Auckland", "Wellington", "Dunedin",
    "Cusco", "Arequipa", "La Paz", "Winnipeg", "Halifax", "Calgary", "Tucson", "Omaha",
    "Milwaukee", "Sacramento", "Albuquerque", "Savannah", "Brisbane", "Adelaide", "Hobart",
)  # fmt: skip

REGIONS: tuple[str, ...] = (
    "Bavaria", "Saxony", "Silesia", "Moravia", "Brittany", "Provence", "Tuscany", "Sicily",
    "Andalusia", "Catalonia", "Galicia", "the Algarve", "Minas Gerais", "Oaxaca",
    "County Kerry", "the Highlands", "Yorkshire", "Cornwall", "Lapland", "Transylvania",
    "Crete", "Anatolia", "Punjab", "Kerala", "Tamil Nadu", "Sichuan", "Hokkaido", "Kyushu",
    "Mindanao", "Bali", "Lagos State", "Rift Valley", "KwaZulu-Natal", "Ontario",
    "Manitoba", "Nova Scotia", "Queensland", "Tasmania", "Nebraska", "Arizona",
    "New Mexico", "Ohio", "Minnesota", "Vermont", "Kentucky",
)  # fmt: skip

COUNTRIES: tuple[str, ...] = (
    "Poland", "Czechia", "Germany", "the Netherlands", "France", "Italy", "Spain",
    "Portugal", "Brazil", "Mexico", "Ireland", "Scotland", "Wales", "Sweden", "Norway",
    "Finland", "Hungary", "Romania", "Greece", "Türkiye", "Ukraine", "Serbia", "Croatia",
    "Lithuania", "Latvia", "Lebanon", "Morocco", "Iran", "Israel", "India", "Pakistan",
    "Bangladesh", "Vietnam", "Thailand", "the Philippines", "Indonesia", "Nigeria",
    "Ghana", "Kenya", "Ethiopia", "Somalia", "South Africa", "Armenia", "New Zealand",
    "Peru", "Bolivia", "Canada", "Australia", "Japan", "South Korea", "Eritrea", "Syria",
    "Afghanistan", "Sri Lanka", "Colombia", "Venezuela",
)  # fmt: skip

_STREETS_EN = (
    "Elmwood Avenue", "Larkspur Lane", "Hawthorne Road", "Kingsley Street", "Millbrook Drive",
    "Ashgrove Crescent", "Foxglove Close", "Wexford Terrace", "Cedar Hollow Road",
    "Brackenfield Way", "Saltmarsh Lane", "Quarry Hill Road",
)  # fmt: skip
_US_TOWNS = (
    ("Tucson", "AZ", "857"), ("Omaha", "NE", "681"), ("Milwaukee", "WI", "532"),
    ("Savannah", "GA", "314"), ("Albuquerque", "NM", "871"), ("Sacramento", "CA", "958"),
)  # fmt: skip
_UK_TOWNS = (
    ("Leeds", "LS6"), ("Sheffield", "S10"), ("Nottingham", "NG7"), ("Cardiff", "CF24"),
    ("Aberdeen", "AB10"), ("Leicester", "LE2"),
)  # fmt: skip
_DE = (("Lindenstraße", "04109 Leipzig"), ("Bergmannweg", "44135 Dortmund"),
       ("Schillerplatz", "79098 Freiburg"), ("Am Mühlbach", "80331 München"))  # fmt: skip
_FR = (("rue des Tanneurs", "69002 Lyon"), ("avenue Jean Jaurès", "31000 Toulouse"),
       ("boulevard de la Plage", "33000 Bordeaux"), ("impasse des Lilas", "13006 Marseille"))  # fmt: skip
_PL = (("ul. Długa", "31-147 Kraków"), ("ul. Ogrodowa", "50-001 Wrocław"),
       ("al. Grunwaldzka", "80-241 Gdańsk"))  # fmt: skip
_NL = (("Kerkstraat", "3511 LX Utrecht"), ("Molenweg", "3012 CD Rotterdam"),
       ("Prinsengracht", "1015 DV Amsterdam"))  # fmt: skip
_ES = (("Calle de la Feria", "41003 Sevilla"), ("Avinguda del Port", "46023 Valencia"))
_IT = (("Via dei Mille", "40121 Bologna"), ("Corso Vittorio Emanuele", "90133 Palermo"))


def address(rng: random.Random) -> str:
    """A street address of one of several countries, written as one line."""
    n = rng.randint(1, 240)
    kind = rng.randrange(8)
    if kind == 0:
        town, st, zp = rng.choice(_US_TOWNS)
        return f"{n * 7} {rng.choice(_STREETS_EN)}, {town}, {st} {zp}{rng.randint(10, 99)}"
    if kind == 1:
        town, pc = rng.choice(_UK_TOWNS)
        code = f"{pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEHJLNPRSTUWZ')}"
        return f"{n} {rng.choice(_STREETS_EN)}, {town} {code}"
    if kind == 2:
        st, town = rng.choice(_DE)
        return f"{st} {n}, {town}"
    if kind == 3:
        st, town = rng.choice(_FR)
        return f"{n} {st}, {town}"
    if kind == 4:
        st, town = rng.choice(_PL)
        return f"{st} {n}/{rng.randint(1, 40)}, {town}"
    if kind == 5:
        st, town = rng.choice(_NL)
        return f"{st} {n}, {town}"
    if kind == 6:
        st, town = rng.choice(_ES)
        return f"{st}, {n}, {town}"
    st, town = rng.choice(_IT)
    return f"{st} {n}, {town}"


def location(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("city", "city", "city", "region", "country", "country"))
    if kind == "city":
        return rng.choice(CITIES)
    if kind == "region":
        return rng.choice(REGIONS)
    if kind == "country":
        return rng.choice(COUNTRIES)
    return address(rng)


PHONE_REGIONS = (
    "US", "GB", "DE", "FR", "PL", "NL", "IT", "ES", "IE", "SE", "NO", "FI", "CZ", "PT",
    "BR", "MX", "IN", "AU", "CA", "NZ", "ZA", "NG", "KE", "JP", "CH", "AT", "BE", "TR",
)  # fmt: skip
_PHONE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
_EXAMPLES: dict[str, list[phonenumbers.PhoneNumber]] = {}
for _r in PHONE_REGIONS:
    _EXAMPLES[_r] = [
        ex for t in _PHONE_TYPES if (ex := phonenumbers.example_number_for_type(_r, t))
    ]


def phone(rng: random.Random, region: str = "") -> str:
    """A valid phone number of a region, written in one of several formats."""
    region = region or rng.choice(PHONE_REGIONS)
    for _ in range(40):
        ex = rng.choice(_EXAMPLES[region])
        nsn = str(ex.national_number)
        keep = max(2, len(nsn) - rng.randint(3, 6))
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand))
        if not phonenumbers.is_valid_number(num):
            continue
        style = rng.randrange(6)
        if style == 0:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        elif style in (1, 2):
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif style == 3:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif style == 4:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            text = text.replace(" ", rng.choice(("-", ".", " ")))
        else:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            text = text.replace(" ", "").replace("-", "") if "(" not in text else text
        if phone_ok(text, region):
            return text
    return phonenumbers.format_number(
        _EXAMPLES[region][0], phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )


def phone_ok(text: str, region: str = "US") -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def phone_ok_any(text: str) -> bool:
    return any(phone_ok(text, r) for r in PHONE_REGIONS)


_DOMAINS = (
    "gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "wp.pl", "orange.fr", "libero.it",
    "proton.me", "icloud.com", "nhs.net", "stmarys-clinic.org", "cityvets.co.uk",
    "riverside-school.edu", "courts.example.gov", "insure-direct.com", "seznam.cz",
)  # fmt: skip


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "ı": "i"})


def _ascii(s: str) -> str:
    s = s.translate(_FOLD)
    out = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in out.lower() if c.isalnum())


def email(rng: random.Random, given: str, family: str) -> str:
    g, f = _ascii(given) or "info", _ascii(family) or "desk"
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}_{f}{rng.randint(1, 99)}",
            f"{f}.{g[0]}",
            f"{g}{rng.randint(70, 99)}",
        )
    )
    return f"{local}@{rng.choice(_DOMAINS)}"


def card(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 3:
        body = rng.choice(("34", "37")) + "".join(rng.choice("0123456789") for _ in range(12))
    else:
        prefix = ("4", rng.choice(("51", "52", "53", "54", "55")), "6011")[kind]
        body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
    for d in "0123456789":
        if luhn_ok(body + d):
            digits = body + d
            break
    sep = rng.choice((" ", "-", "", " "))
    if len(digits) == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


_IBAN_SHAPES = {  # country -> bban pattern (n digit, a upper letter, c alnum)
    "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "NL": "aaaa" + "n" * 10, "FR": "n" * 23,
    "ES": "n" * 20, "IT": "a" + "n" * 22, "PL": "n" * 24, "BE": "n" * 12, "IE": "aaaa" + "n" * 14,
    "AT": "n" * 16, "CH": "n" * 17, "PT": "n" * 21, "FI": "n" * 14, "SE": "n" * 20,
}  # fmt: skip


def iban(rng: random.Random) -> str:
    country = rng.choice(tuple(_IBAN_SHAPES))
    bban = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c == "a" else "0123456789")
        for c in _IBAN_SHAPES[country]
    )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    if rng.random() < 0.6:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ip(rng: random.Random) -> str:
    if rng.random() < 0.75:
        first = rng.choice((10, 172, 192, 81, 62, 145, 203, 88))
        return ".".join(
            str(x) for x in (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        )
    groups = ["2001", "db8"] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.5:
        return ":".join(groups[:3]) + "::" + groups[-1]
    return ":".join(groups)


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn_ok(value):
            return value if rng.random() < 0.8 else value.replace("-", rng.choice(("", " ")))


def account(rng: random.Random) -> str:
    n = rng.choice((8, 9, 10, 11, 12))
    digits = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    if rng.random() < 0.25:
        return f"{digits[:4]}-{digits[4:]}"
    return digits
