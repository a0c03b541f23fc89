"""Values of `train_s`: the structured personal values a prompt may carry (e-mail, phone,
card, IBAN, IP, SSN, account number, street address), the places that are LOCATION gold, and
the decoys every prompt is full of (order numbers, dates, versions, prices, product codes,
capitalised product names). Every function takes the prompt's `random.Random`."""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

CITIES = {
    "en": (
        "Leeds",
        "Manchester",
        "Glasgow",
        "Cardiff",
        "Belfast",
        "Toronto",
        "Melbourne",
        "Auckland",
        "Chicago",
        "Seattle",
        "Dublin",
        "Cork",
        "Nottingham",
        "Leicester",
        "Brisbane",
        "Vancouver",
        "Pittsburgh",
        "Sacramento",
        "Edinburgh",
        "Norwich",
    ),
    "es": (
        "Sevilla",
        "Zaragoza",
        "Bilbao",
        "Málaga",
        "Granada",
        "Murcia",
        "Guadalajara",
        "Monterrey",
        "Bogotá",
        "Medellín",
        "Rosario",
        "Valparaíso",
        "Córdoba",
    ),
    "de": (
        "Hamburg",
        "Köln",
        "Stuttgart",
        "Leipzig",
        "Dresden",
        "Bremen",
        "Graz",
        "Zürich",
        "Nürnberg",
        "Freiburg",
        "Innsbruck",
    ),
    "fr": (
        "Lyon",
        "Toulouse",
        "Nantes",
        "Bordeaux",
        "Lille",
        "Rennes",
        "Montpellier",
        "Strasbourg",
        "Grenoble",
        "Québec",
    ),
    "it": ("Torino", "Bologna", "Napoli", "Palermo", "Verona", "Bari", "Genova", "Trieste"),
    "pt": ("Porto", "Coimbra", "Braga", "Lisboa", "Recife", "Curitiba", "Salvador", "Manaus"),
    "nl": ("Utrecht", "Eindhoven", "Groningen", "Rotterdam", "Gent", "Antwerpen", "Leiden"),
    "tr": ("Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir", "Trabzon", "Konya"),
    "sw": ("Nairobi", "Mombasa", "Kisumu", "Arusha", "Dodoma", "Nakuru"),
}
COUNTRIES = (
    "Portugal",
    "Ireland",
    "Canada",
    "Mexico",
    "Poland",
    "Norway",
    "Ghana",
    "Nigeria",
    "Vietnam",
    "Chile",
    "Peru",
    "Morocco",
    "Greece",
    "Turkey",
    "Japan",
    "Brazil",
    "Germany",
    "Spain",
    "Italy",
    "France",
    "the Netherlands",
    "Australia",
)
STREETS = (
    "Baker",
    "Church",
    "Mill",
    "Station",
    "Victoria",
    "Park",
    "Hill",
    "Green",
    "King",
    "Queen",
    "Bridge",
    "Chapel",
    "Orchard",
    "Willow",
    "Heath",
    "Ford",
)
_STREET_FORMS = {
    "es": ("Calle {s} {n}, {z5} {city}", "Avenida de {s} {n}, {z5} {city}"),
    "de": ("{s}straße {n}, {z5} {city}", "{s}weg {n}, {z5} {city}"),
    "fr": ("{n} rue {s}, {z5} {city}", "{n} avenue {s}, {z5} {city}"),
    "it": ("Via {s} {n}, {z5} {city}", "Viale {s} {n}, {z5} {city}"),
    "pt": ("Rua {s}, {n}, {z4}-{z3} {city}", "Avenida {s}, {n}, {z4}-{z3} {city}"),
    "nl": ("{s}straat {n}, {z4} {ab} {city}", "{s}laan {n}, {z4} {ab} {city}"),
    "tr": ("{s} Caddesi No: {n}, {city}", "{s} Sokak No: {n}, {city}"),
}
_STREET_NAMES = {
    "es": ("Alcalá", "Goya", "Serrano", "la Paz", "Cervantes", "los Olivos"),
    "de": ("Linden", "Berg", "Garten", "Kirch", "Schiller", "Bahnhof"),
    "fr": ("Victor Hugo", "de la Paix", "des Lilas", "Pasteur", "du Moulin"),
    "it": ("Garibaldi", "Roma", "dei Mille", "Mazzini", "della Pace"),
    "pt": ("das Flores", "da Liberdade", "do Sol", "Augusta", "da Paz"),
    "nl": ("Kerk", "Molen", "Linden", "Dorps", "Beuken"),
    "tr": ("Atatürk", "Cumhuriyet", "İstiklal", "Gül", "Deniz"),
}
_US_CITIES = {"Chicago": "IL", "Seattle": "WA", "Pittsburgh": "PA", "Sacramento": "CA"}
_UK_CITIES = {
    "Leeds": "LS",
    "Manchester": "M",
    "Glasgow": "G",
    "Cardiff": "CF",
    "Belfast": "BT",
    "Nottingham": "NG",
    "Leicester": "LE",
    "Edinburgh": "EH",
    "Norwich": "NR",
}
_EN_STREETS = ("Street", "Road", "Lane", "Avenue", "Close", "Drive", "Way")


def city(rng: random.Random, lang: str) -> str:
    pool = CITIES.get(lang, CITIES["en"])
    return rng.choice(COUNTRIES) if rng.random() < 0.2 else rng.choice(pool)


def address(rng: random.Random, lang: str) -> str:
    """A street address with its town, one LOCATION span."""
    place = rng.choice(CITIES.get(lang, CITIES["en"]))
    n = rng.randint(1, 240)
    if lang not in _STREET_FORMS:
        street = f"{rng.choice(STREETS)} {rng.choice(_EN_STREETS)}"
        if place in _US_CITIES:
            return f"{n} {street}, {place}, {_US_CITIES[place]} {rng.randint(10000, 99999)}"
        if place in _UK_CITIES and rng.random() < 0.6:
            inward = f"{rng.randint(1, 9)}{rng.choice('ABDEHJ')}{rng.choice('LNPQTW')}"
            postcode = f"{_UK_CITIES[place]}{rng.randint(1, 19)} {inward}"
            flat = rng.choice((f"Flat {rng.randint(1, 12)}, ", ""))
            return f"{flat}{n} {street}, {place} {postcode}"
        return f"{n} {street}, {place}"
    form = rng.choice(_STREET_FORMS[lang])
    return form.format(
        s=rng.choice(_STREET_NAMES[lang]),
        n=n,
        city=place,
        z5=f"{rng.randint(10000, 99999)}",
        z4=f"{rng.randint(1000, 9999)}",
        z3=f"{rng.randint(100, 999)}",
        ab=rng.choice("ABCDEGHJKL") + rng.choice("ABCDEGHJKL"),
    )


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    text = text.replace("ł", "l").replace("đ", "d").replace("Đ", "D").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "proton.me",
    "web.de",
    "libero.it",
    "gmx.at",
    "hotmail.fr",
    "ziggo.nl",
    "uol.com.br",
    "hotmail.es",
)
_WORK_DOMAINS = (
    "northfield-academy.org.uk",
    "brightwell-clinic.com",
    "harbourlogistics.co",
    "kestrel-dental.ie",
    "oakridge-primary.sch.uk",
    "meridian-insurance.com",
    "tallis-partners.eu",
    "bluegate-pharma.de",
    "corvid-software.io",
)


def email(rng: random.Random, given: str, family: str) -> str:
    g = "".join(c for c in ascii_fold(given).lower() if c.isalnum())
    f = "".join(c for c in ascii_fold(family).lower() if c.isalnum())
    if not g.isascii() or not f.isascii() or not g or not f:
        g, f = rng.choice(("office", "contact", "home", "family")), str(rng.randint(10, 9999))
    local = rng.choice(
        (f"{g}.{f}", f"{g[0]}{f}", f"{g}{rng.randint(1, 99)}", f"{f}.{g[0]}", f"{g}_{f}")
    )
    domain = rng.choice(_WORK_DOMAINS if rng.random() < 0.4 else _DOMAINS)
    return f"{local}@{domain}"


def handle(rng: random.Random, given: str, family: str) -> str:
    """An @-mention: not a name, written so that no name word stands alone in it."""
    g = "".join(c for c in ascii_fold(given).lower() if c.isalnum()) or "user"
    f = "".join(c for c in ascii_fold(family).lower() if c.isalnum()) or str(rng.randint(10, 99))
    return "@" + rng.choice((f"{g}{f}", f"{g}_{f[0]}", f"{g[0]}{f}", f"{g}{rng.randint(2, 99)}"))


PHONE_REGIONS = {
    "en": ("GB", "US", "IE", "AU", "CA"),
    "es": ("ES", "MX", "CO"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE"),
    "it": ("IT",),
    "pt": ("PT", "BR"),
    "nl": ("NL", "BE"),
    "tr": ("TR",),
    "sw": ("KE", "TZ"),
}
NATIONAL_OK = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "TR")


def phone(rng: random.Random, lang: str) -> str:
    """A phone number that `phonenumbers` finds valid, written in one of its formats."""
    region = rng.choice(PHONE_REGIONS.get(lang, PHONE_REGIONS["en"]))
    kind = rng.choice(
        (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    national = str(example.national_number)
    number = example
    for attempt in range(300):
        keep = max(1, len(national) - (8 if attempt < 150 else 6))
        digits = national[:keep] + "".join(str(rng.randint(0, 9)) for _ in national[keep:])
        candidate = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    fmt = rng.choice(("INTERNATIONAL", "INTERNATIONAL", "E164", "NATIONAL"))
    if fmt == "NATIONAL" and region not in NATIONAL_OK:
        fmt = "INTERNATIONAL"
    return phonenumbers.format_number(number, getattr(phonenumbers.PhoneNumberFormat, fmt))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    brand = rng.choice(("visa", "visa", "mc", "amex"))
    if brand == "amex":
        body = rng.choice(("34", "37")) + "".join(str(rng.randint(0, 9)) for _ in range(12))
        full = body + _luhn_digit(body)
        sep = rng.choice((" ", "-", ""))
        return sep.join((full[:4], full[4:10], full[10:]))
    prefix = "4" if brand == "visa" else str(rng.randint(51, 55))
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    full = body + _luhn_digit(body)
    sep = rng.choice((" ", "-", "", " "))
    return sep.join(full[i : i + 4] for i in range(0, 16, 4))


_IBAN = {  # letters, then digits, after the country and check digits
    "DE": (0, 18),
    "GB": (4, 14),
    "FR": (0, 23),
    "ES": (0, 20),
    "IT": (1, 22),
    "NL": (4, 10),
    "BE": (0, 12),
    "TR": (0, 22),
    "PT": (0, 21),
    "AT": (0, 16),
    "CH": (0, 17),
    "IE": (4, 14),
}
_IBAN_OF = {
    "en": ("GB", "IE"),
    "es": ("ES",),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE"),
    "it": ("IT",),
    "pt": ("PT",),
    "nl": ("NL", "BE"),
    "tr": ("TR",),
}


def iban(rng: random.Random, lang: str) -> str:
    country = rng.choice(_IBAN_OF.get(lang, tuple(_IBAN)))
    letters, digits = _IBAN[country]
    bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(letters))
    bban += "".join(str(rng.randint(0, 9)) for _ in range(digits))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return value if rng.random() < 0.8 else value.replace("-", " ")


def account(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((8, 10, 11, 12))))


def ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return (
            "2001:db8:"
            + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(3))
            + "::"
            + f"{rng.randint(1, 0xFFF):x}"
        )
    first = rng.choice((81, 86, 92, 145, 172, 185, 203, 212, 31, 77, 109))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
