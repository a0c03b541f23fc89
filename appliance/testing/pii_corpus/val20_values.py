"""Values of val20, the blind part of the labelled PII corpus: phone numbers (made valid with
`phonenumbers` and written in several formats), card numbers (Luhn), IBANs (check digits),
US social security numbers, IP addresses, bank account numbers and e-mail addresses, and the
decoys that are not personal data: order numbers, dates, versions, tracking codes, and things
named like people (brands, characters, dishes, cocktails, grapes, diseases, theorems ...).

Written by hand for val20 by an author who read only the corpus package's `__init__.py` and
`validity.py`; no library's list of names or things was used.
"""

from __future__ import annotations

import ipaddress
import random

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus.val20_names import Person, fold

# --------------------------------------------------------------------------- phones

_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)


def _number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    for kind in (rng.choice(_TYPES), *_TYPES):
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        nsn = str(example.national_number)
        keep = max(2, len(nsn) - 6)
        for _ in range(40):
            digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
            num = phonenumbers.PhoneNumber(
                country_code=example.country_code,
                national_number=int(digits),
                italian_leading_zero=example.italian_leading_zero,
            )
            if (
                phonenumbers.is_valid_number(num)
                and phonenumbers.region_code_for_number(num) == region
            ):
                return num
    raise ValueError(f"no valid number for {region}")


def phone(rng: random.Random, region: str, form: str = "") -> str:
    """A valid phone number of a region as people write it: international, national, E.164,
    with dashes, dots or no separators, or with the 00 prefix."""
    num = _number(rng, region)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    digits = "".join(ch for ch in nat if ch.isdigit())
    options = {
        "intl": [intl, intl.replace(" ", "-"), e164, "00" + e164[1:]],
        "nat": [nat, nat.replace(" ", "-"), digits]
        + ([nat.replace(" ", ".")] if "(" not in nat else []),
        "e164": [e164],
        "digits": [digits],
    }
    pool = options.get(form) or (options["intl"] + options["nat"] + [intl, nat])
    for _ in range(8):
        out = rng.choice(pool).strip()
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(out, region)):
                return out
        except phonenumbers.NumberParseException:
            pass
    return intl


# --------------------------------------------------------------------------- cards, banks


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    """A Luhn-valid card number: Visa, Mastercard, Amex or Discover, as people write it."""
    kind = rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    if kind == "amex":
        body = rng.choice(("34", "37")) + "".join(rng.choice("0123456789") for _ in range(12))
        n = _luhn_complete(body)
        sep = rng.choice((" ", "-", ""))
        return sep.join((n[:4], n[4:10], n[10:]))
    prefix = {"visa": "4", "mc": "5" + rng.choice("12345"), "disc": "6011"}[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
    n = _luhn_complete(body)
    sep = rng.choice((" ", " ", "-", ""))
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


# country: (length of BBAN, kind of each BBAN character: 9 digit, A letter, X either)
_IBAN = {
    "DE": "9" * 18,
    "GB": "AAAA" + "9" * 14,
    "FR": "9" * 10 + "X" * 11 + "99",
    "ES": "9" * 20,
    "NL": "AAAA" + "9" * 10,
    "IT": "A" + "9" * 10 + "X" * 12,
    "BE": "9" * 12,
    "PL": "9" * 24,
    "AT": "9" * 16,
    "CH": "9" * 17,
    "IE": "AAAA" + "9" * 14,
    "PT": "9" * 21,
    "SE": "9" * 20,
    "DK": "9" * 14,
    "NO": "9" * 11,
    "FI": "9" * 14,
}
_BANK_CODES = {
    "GB": ("NWBK", "BARC", "LOYD", "MIDL"),
    "NL": ("INGB", "RABO", "ABNA"),
    "IE": ("AIBK", "BOFI"),
}


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    """An IBAN with the right check digits, compact or in groups of four."""
    cc = country or rng.choice(list(_IBAN))
    out: list[str] = []
    for kind in _IBAN[cc]:
        if kind == "9":
            out.append(rng.choice("0123456789"))
        elif kind == "A":
            out.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        else:
            out.append(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ"))
    bban = "".join(out)
    if cc in _BANK_CODES:
        bban = rng.choice(_BANK_CODES[cc]) + bban[4:]
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{cc}{check:02d}{bban}"
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    """A US social security number that follows the issuing rules."""
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def account(rng: random.Random) -> str:
    """A bank account number as written: 8 to 12 digits, sometimes grouped."""
    n = rng.choice((8, 8, 9, 10, 11, 12))
    digits = "".join(rng.choice("0123456789") for _ in range(n))
    style = rng.random()
    if style < 0.2 and n >= 10:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    if style < 0.3:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return digits


def ip(rng: random.Random, version: int = 4) -> str:
    """An IPv4 address (public or private) or a compressed IPv6 address."""
    if version == 6:
        head = rng.choice((0x2001, 0x2A02, 0x2A01, 0x2600, 0x2C0F, 0xFE80))
        groups = [head] + [rng.randint(0, 0xFFFF) for _ in range(7)]
        if rng.random() < 0.5:
            groups[2:5] = [0, 0, 0]
        value = 0
        for g in groups:
            value = (value << 16) | g
        return str(ipaddress.IPv6Address(value))
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.45:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice((31, 46, 62, 81, 91, 103, 145, 176, 185, 203, 212))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# --------------------------------------------------------------------------- e-mail

_FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "proton.me",
    "icloud.com",
    "web.de",
    "gmx.at",
    "orange.fr",
    "libero.it",
    "wp.pl",
    "seznam.cz",
    "hotmail.es",
    "mail.ru",
    "yandex.com",
    "naver.com",
    "qq.com",
    "rediffmail.com",
    "bigpond.com",
    "telenet.be",
    "ziggo.nl",
    "me.com",
    "fastmail.fm",
)
_WORK_MAIL = (
    "pearlview-dental.co.uk",
    "clearsight-optics.com",
    "corepoint-physio.ie",
    "ironhouse-gym.com",
    "shearluck.co",
    "inkwellstudio.tattoo",
    "littleacorns.org.uk",
    "brightpath-tutors.com",
    "greenlight-driving.co.uk",
    "swiftmove-removals.com",
    "boxroom-storage.eu",
    "hivecowork.space",
    "harbourview-hotel.com",
    "pinecone-camping.de",
    "bluefin-dive.com",
    "northface-ski.school",
    "museumfriends.org",
    "kestreltheatre.co.uk",
    "stmarks-office.org",
    "quietgrove-funerals.com",
    "evertide-weddings.com",
    "sparkmatch.app",
    "acme-corp.io",
    "stackhouse.dev",
)


def email(rng: random.Random, p: Person, work: bool | None = None) -> str:
    """An e-mail address built from a person's name (the name in it is not a PERSON span)."""
    given = "".join(ch for ch in fold(p.given).lower() if ch.isalnum() or ch == "-")
    family = "".join(ch for ch in fold(p.family).lower() if ch.isalnum() or ch == "-")
    style = rng.randint(0, 6)
    local = (
        f"{given}.{family}",
        f"{given}{family}",
        f"{given[0]}.{family}",
        f"{given}_{family}{rng.randint(1, 99)}",
        f"{given}{rng.randint(70, 2009)}",
        f"{family}.{given[0]}",
        f"{given[0]}{family}",
    )[style]
    if work is None:
        work = rng.random() < 0.35
    domain = rng.choice(_WORK_MAIL if work else _FREE_MAIL)
    return f"{local}@{domain}"


_ROLES = (
    "bookings",
    "frontdesk",
    "hello",
    "reception",
    "accounts",
    "support",
    "info",
    "noreply",
    "office",
    "membership",
)


def role_email(rng: random.Random) -> str:
    return f"{rng.choice(_ROLES)}@{rng.choice(_WORK_MAIL)}"


# --------------------------------------------------------------------------- decoys

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {_MONTHS[m - 1]} {y}",
            f"{_MONTHS[m - 1]} {d}, {y}",
            f"{d}.{m}.{y}",
        )
    )


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def filler(rng: random.Random, kind: str) -> str:
    """A decoy value that is not personal data (order numbers, dates, versions ...)."""
    match kind:
        case "order":
            return rng.choice(
                (
                    f"ORD-{rng.randint(2023, 2026)}-{_digits(rng, 6)}",
                    f"#{_digits(rng, 7)}",
                    f"SO{_digits(rng, 8)}",
                    f"A{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                )
            )
        case "date" | "date2":
            return _date(rng)
        case "time":
            h, m = rng.randint(7, 20), rng.choice((0, 15, 30, 45, 10, 50))
            return rng.choice(
                (f"{h:02d}:{m:02d}", f"{h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'}")
            )
        case "price" | "price2":
            v = rng.choice((rng.randint(5, 120), rng.randint(100, 2500)))
            cents = rng.choice(("", ".00", ".50", ".99", f".{rng.randint(10, 95)}"))
            return f"{rng.choice(('£', '€', '$', 'CHF '))}{v}{cents}"
        case "ver":
            return rng.choice(
                (
                    f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}",
                    f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}-rc{rng.randint(1, 4)}",
                    f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(0, 3)}",
                )
            )
        case "tid":
            return rng.choice(
                (
                    f"INC{_digits(rng, 7)}",
                    f"{rng.choice(('OPS', 'CS', 'BOOK', 'PAY', 'APP'))}-{rng.randint(100, 9999)}",
                    f"T-{_digits(rng, 6)}",
                )
            )
        case "hash":
            return _hex(rng, rng.choice((7, 8, 12, 40)))
        case "sku":
            return f"{rng.choice(('RF', 'SKU', 'KT', 'PX'))}-{_digits(rng, 4)}-{rng.choice(('BLK', 'WHT', 'XL', 'M', '42', 'GLD'))}"
        case "track":
            return rng.choice(
                (
                    f"1Z {_digits(rng, 3)} {rng.choice('ABCDEFG')}{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)}",
                    f"JD{_digits(rng, 18)}",
                    f"RR{_digits(rng, 9)}GB",
                )
            )
        case "isbn":
            return (
                f"978-{rng.randint(0, 1)}-{_digits(rng, 3)}-{_digits(rng, 5)}-{rng.randint(0, 9)}"
            )
        case "ref":
            return rng.choice(
                (
                    f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                    f"{_digits(rng, 11)}",
                    f"BK{_digits(rng, 9)}",
                )
            )
        case "n" | "n2":
            return str(rng.randint(2, 14))
        case "year":
            return str(rng.randint(2019, 2026))
        case "pct":
            return f"{rng.randint(3, 97)}%"
        case "room":
            return rng.choice(
                (
                    f"{rng.randint(1, 6)}{rng.randint(0, 3)}{rng.randint(1, 9)}",
                    f"B{rng.randint(1, 40)}",
                    f"{rng.randint(1, 4)}.{rng.randint(1, 30):02d}",
                )
            )
        case "host":
            return f"{rng.choice(('api', 'db', 'web', 'worker', 'cache', 'edge'))}-{rng.choice(('prod', 'stg', 'dev'))}-{rng.randint(1, 12):02d}"
        case "port":
            return str(rng.choice((443, 8080, 5432, 6379, 8443, 3000, 9200)))
    raise KeyError(kind)


# Things named like people, or named after people, that are not PERSON spans.
EPONYMS: dict[str, tuple[str, ...]] = {
    "cocktail": (
        "Tom Collins",
        "Bloody Mary",
        "Shirley Temple",
        "Arnold Palmer",
        "Rob Roy",
        "Harvey Wallbanger",
        "Bellini",
        "Negroni",
        "Tommy's Margarita",
    ),
    "grape": (
        "Pinot Noir",
        "Grüner Veltliner",
        "Müller-Thurgau",
        "Cabernet Sauvignon",
        "Tempranillo",
        "Chenin Blanc",
        "Pedro Ximénez",
    ),
    "apple": (
        "Granny Smith",
        "Pink Lady",
        "Cox's Orange Pippin",
        "Braeburn",
        "Jonagold",
        "Honeycrisp",
        "Bramley",
    ),
    "paint": (
        "Rose Gold",
        "Hague Blue",
        "Elephant's Breath",
        "Amber",
        "Jasper Red",
        "Duck Egg",
        "Hunter Green",
        "Mercury Grey",
    ),
    "perfume": (
        "Miss Dior",
        "Coco Mademoiselle",
        "Gucci Bloom",
        "Daisy by Marc Jacobs",
        "Good Girl",
        "La Vie Est Belle",
    ),
    "style": (
        "Iyengar yoga",
        "Bikram",
        "Pilates",
        "Feldenkrais",
        "Lindy Hop",
        "Vinyasa",
        "Ashtanga",
        "Zumba",
    ),
    "ship": ("Queen Mary 2", "Cutty Sark", "Mayflower", "Boaty McBoatface", "Mary Rose"),
    "horse": ("Red Rum", "Frankel", "Secretariat", "Shergar", "Desert Orchid", "Seabiscuit"),
    "storm": ("Storm Babet", "Hurricane Ian", "Storm Eunice", "Typhoon Haiyan"),
    "award": (
        "Nobel Prize",
        "Pulitzer",
        "Turner Prize",
        "Booker Prize",
        "Oscar",
        "Fields Medal",
        "Ballon d'Or",
    ),
    "law": (
        "Sarbanes-Oxley",
        "Dodd-Frank",
        "Megan's Law",
        "Martyn's Law",
        "Godwin's law",
        "Murphy's law",
        "Moore's law",
    ),
    "disease": (
        "Alzheimer's",
        "Parkinson's",
        "Crohn's disease",
        "Hodgkin lymphoma",
        "Tourette's",
        "Bell's palsy",
        "Osgood-Schlatter",
        "Raynaud's",
    ),
    "theorem": (
        "Bayes' theorem",
        "Fermat's Last Theorem",
        "Euler's identity",
        "Dijkstra's algorithm",
        "Levenshtein distance",
        "Fourier transform",
        "Kalman filter",
        "Markov chain",
        "Gaussian blur",
    ),
    "character": (
        "Lara Croft",
        "Geralt of Rivia",
        "Hermione Granger",
        "Gandalf",
        "Frodo",
        "Peppa Pig",
        "Paddington",
        "Sherlock Holmes",
        "Homer Simpson",
        "Princess Peach",
        "Master Chief",
        "Luke Skywalker",
        "Moana",
    ),
    "bot": ("Alexa", "Siri", "Cortana", "Clippy", "Bixby", "Jarvis"),
    "mascot": (
        "the Michelin Man",
        "Mr Muscle",
        "Tony the Tiger",
        "Captain Birdseye",
        "Ronald McDonald",
    ),
    "dish": (
        "Eggs Benedict",
        "Beef Wellington",
        "Caesar salad",
        "Pavlova",
        "Peach Melba",
        "Earl Grey",
        "Margherita pizza",
        "Crêpe Suzette",
        "Reuben sandwich",
        "Bircher muesli",
        "Nachos",
    ),
    "brand": (
        "Tesla",
        "Ford",
        "Bosch",
        "Ben & Jerry's",
        "Dyson",
        "Ferrari",
        "Porsche",
        "Peugeot",
        "Dr. Martens",
        "Levi's",
        "Wendy's",
        "Tommy Hilfiger",
        "Calvin Klein",
        "Hugo Boss",
        "Kellogg's",
        "Heinz",
        "Cadbury",
        "Hermès",
        "Louis Vuitton",
        "Sainsbury's",
        "Johnnie Walker",
        "Jack Daniel's",
        "Miele",
        "Philips",
        "Lamborghini",
        "Chevrolet",
        "Disney",
        "McDonald's",
        "Gillette",
        "Colgate",
        "Kenwood",
        "Morphy Richards",
        "Russell Hobbs",
        "Marks & Spencer",
    ),
    "model": (
        "Model Y",
        "Corolla",
        "Clio",
        "Zoe",
        "Micra",
        "Fiesta",
        "Polo",
        "Juke",
        "Galaxy Tab",
        "Pixel 8",
        "ThinkPad X1",
        "Aeron chair",
    ),
    "codename": (
        "Project Jasper",
        "Falcon",
        "Odin",
        "Athena",
        "Hermes",
        "Apollo",
        "Bluebird",
        "Nightingale",
        "Ivy",
        "Orion",
    ),
}


def eponym(rng: random.Random, kind: str = "") -> str:
    return rng.choice(EPONYMS[kind or rng.choice(list(EPONYMS))])


def all_eponym_words() -> set[str]:
    return {w for v in EPONYMS.values() for t in v for w in t.replace("'s", "").split()}
