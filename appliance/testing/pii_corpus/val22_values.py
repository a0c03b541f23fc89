"""Values for val22, written by its author from scratch: phone numbers of 30 regions in many
formats (each checked with `phonenumbers`), Luhn-valid card numbers, IBANs of 18 countries
with computed check digits, US social security numbers by the issuing rules, IPv4 and IPv6
addresses, bank account numbers, e-mail addresses built from people's names, and the decoys
of the clean prompts (order numbers, versions, tracking codes, things named like people).
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat

# region: (prefixes of the national significant number, its length)
_PHONE_PLANS: dict[str, tuple[tuple[str, ...], int]] = {
    "GB": (("74", "75", "77", "78", "79", "207", "208", "161", "131", "117"), 10),
    "US": (("212", "415", "617", "312", "206", "503", "720", "615", "404"), 10),
    "CA": (("416", "604", "514", "403", "613"), 10),
    "DE": (("151", "160", "170", "176", "157"), 11),
    "FR": (("6", "7", "1", "4"), 9),
    "ES": (("6", "91", "93", "7"), 9),
    "IT": (("32", "33", "34", "38"), 10),
    "NL": (("6", "20", "30"), 9),
    "BE": (("47", "48", "49"), 9),
    "PL": (("50", "60", "69", "79", "88"), 9),
    "SE": (("70", "72", "73"), 9),
    "NO": (("4", "9"), 8),
    "DK": (("2", "4", "3"), 8),
    "FI": (("40", "50"), 9),
    "IE": (("83", "85", "86", "87"), 9),
    "PT": (("91", "92", "93", "96"), 9),
    "CH": (("76", "78", "79"), 9),
    "AT": (("664", "676", "699"), 10),
    "AU": (("4",), 9),
    "NZ": (("21", "22", "27"), 9),
    "IN": (("98", "97", "88", "70"), 10),
    "JP": (("90", "80"), 10),
    "KR": (("10",), 10),
    "BR": (("119", "219", "319"), 11),
    "MX": (("55", "33", "81"), 10),
    "ZA": (("82", "72", "83"), 9),
    "NG": (("803", "806", "813"), 10),
    "KE": (("70", "71", "72"), 9),
    "TR": (("53", "54", "55"), 10),
    "AE": (("50", "52", "55"), 9),
    "SG": (("8", "9"), 8),
    "PH": (("91", "92", "917"), 10),
    "GR": (("69",), 10),
    "CZ": (("60", "72", "77"), 9),
    "RO": (("72", "74", "75"), 9),
}
PHONE_REGIONS: tuple[str, ...] = tuple(_PHONE_PLANS)
_IDD_00 = {
    "GB",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "BE",
    "PL",
    "SE",
    "NO",
    "DK",
    "IE",
    "PT",
    "CH",
    "AT",
    "GR",
    "CZ",
    "RO",
    "TR",
    "IN",
    "ZA",
    "NG",
    "KE",
    "AE",
    "PH",
    "MX",
    "NZ",
}
PHONE_STYLES = ("intl", "nat", "e164", "plain", "dash", "dots", "00", "intl", "nat")


def _valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def phone(rng: random.Random, region: str, style: str) -> str:
    """A valid phone number of `region`, written in `style`."""
    prefixes, length = _PHONE_PLANS[region]
    for _ in range(60):
        prefix = rng.choice(prefixes)
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if region in ("US", "CA") and (nsn[3] in "01" or nsn[3:6] == "555"):
            continue
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            break
    else:
        raise RuntimeError(f"no valid number for {region}")
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if style == "intl":
        out = intl
    elif style == "nat":
        out = nat
    elif style == "e164":
        out = e164
    elif style == "plain":
        out = "".join(ch for ch in nat if ch.isdigit())
    elif style == "dash":
        out = intl.replace(" ", "-")
    elif style == "dots":
        out = " ".join(nat.split()).replace(" ", ".") if " " in nat else intl
    elif style == "00":
        out = "00" + intl[1:] if region in _IDD_00 else intl
    else:
        raise ValueError(style)
    return out if _valid(out, region) else intl


def phone_lookalike(rng: random.Random) -> str:
    """A string of digits grouped like a phone number that no region accepts."""
    while True:
        text = f"{rng.randint(1, 9)}{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if not any(_valid(text, r) for r in ("GB", "US", "DE", "FR")):
            return text


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random, style: str) -> str:
    kind = rng.choice(("visa", "visa", "mc", "mc2", "amex", "disc", "jcb"))
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(("34", "37")), 15),
        "disc": ("6011", 16),
        "jcb": ("35" + str(rng.randint(28, 89)), 16),
    }[kind]
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
    digits = luhn_complete(body)
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i : i + g])
        i += g
    return {"space": " ", "dash": "-", "plain": ""}[style].join(parts)


def card_lookalike(rng: random.Random) -> str:
    """Sixteen digits in fours that fail Luhn's check (an order or gift-card serial)."""
    digits = luhn_complete("".join(str(rng.randint(0, 9)) for _ in range(15)))
    digits = digits[:-1] + str((int(digits[-1]) + 3) % 10)
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


# country: BBAN layout, "9" a digit, "A" a capital letter, "X" either
_IBAN_LAYOUT: dict[str, str] = {
    "DE": "9" * 18,
    "FR": "9" * 10 + "X" * 11 + "99",
    "ES": "9" * 20,
    "IT": "A" + "9" * 10 + "X" * 12,
    "NL": "AAAA" + "9" * 10,
    "GB": "AAAA" + "9" * 14,
    "PL": "9" * 24,
    "PT": "9" * 21,
    "BE": "9" * 12,
    "AT": "9" * 16,
    "CH": "9" * 5 + "X" * 12,
    "IE": "AAAA" + "9" * 14,
    "TR": "9" * 5 + "0" + "X" * 16,
    "SE": "9" * 20,
    "DK": "9" * 14,
    "NO": "9" * 11,
    "FI": "9" * 14,
    "RO": "AAAA" + "X" * 16,
}
IBAN_COUNTRIES: tuple[str, ...] = tuple(_IBAN_LAYOUT)
_BANKS = {
    "GB": ("NWBK", "BARC", "LOYD", "MIDL", "HBUK"),
    "IE": ("AIBK", "BOFI"),
    "NL": ("ABNA", "RABO", "INGB", "TRIO"),
    "RO": ("BTRL", "RNCB"),
}


def iban(rng: random.Random, country: str, spaced: bool) -> str:
    layout = _IBAN_LAYOUT[country]
    chars: list[str] = []
    for ch in layout:
        if ch == "9":
            chars.append(str(rng.randint(0, 9)))
        elif ch == "A":
            chars.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "X":
            chars.append(
                rng.choice("0123456789" * 3 + "ABCDEFGHKLMNPRSTUVWXYZ")
                if country != "TR"
                else str(rng.randint(0, 9))
            )
        else:
            chars.append(ch)
    bban = "".join(chars)
    if country in _BANKS:
        bban = rng.choice(_BANKS[country]) + bban[4:]
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if not spaced:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ssn(rng: random.Random, style: str) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.4:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    first = rng.choice((31, 46, 62, 78, 81, 85, 94, 109, 151, 176, 185, 188, 203, 213))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:c7f", "2a01:4f8", "2607:f8b0", "fd12:3456"))
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 3, 6)))]
    if len(groups) == 6:
        text = head + ":" + ":".join(groups)
    else:
        text = head + "::" + ":".join(groups)
    return str(ipaddress.IPv6Address(text))


def account(rng: random.Random, style: int) -> str:
    if style == 0:
        return "".join(str(rng.randint(0, 9)) for _ in range(8))
    if style == 1:
        return "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(10, 12)))
    if style == 2:
        return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
    return f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(10, 99)}"


_ASCII = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "ı": "i",
        "æ": "ae",
    }
)


def ascii_name(text: str) -> str:
    text = text.translate(_ASCII)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


MAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.net",
    "orange.fr",
    "libero.it",
    "wp.pl",
    "hotmail.es",
    "proton.me",
    "icloud.com",
    "seznam.cz",
    "mail.ru",
    "yandex.com",
    "btinternet.com",
    "live.nl",
    "bigpond.com",
    "rediffmail.com",
    "naver.com",
    "uol.com.br",
)
ORG_DOMAINS = (
    "thamesbridge-lettings.co.uk",
    "northvale-water.com",
    "kestrelvets.co.uk",
    "brightsteps-nursery.org",
    "oakhollow-care.co.uk",
    "rapidmove-removals.com",
    "citylib.org",
    "lumen-gallery.art",
    "evergreen-events.co",
    "harbourpharmacy.ie",
    "polyglot-translations.eu",
    "fastlane-rentals.com",
)


def email(rng: random.Random, given: str, family: str, style: int) -> str:
    g = ascii_name(given).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = ascii_name(family).lower().replace(" ", "").replace("'", "").replace("-", "")
    domain = rng.choice(ORG_DOMAINS if style % 3 == 2 else MAIL_DOMAINS)
    local = (
        f"{g}.{f}",
        f"{g[0]}{f}",
        f"{g}_{f}{rng.randint(70, 99)}",
        f"{f}.{g}",
        f"{g}{rng.randint(1, 999)}",
    )[style % 5]
    return f"{local}@{domain}"


# ---- decoys: never personal data -------------------------------------------------------

EPONYMS: tuple[str, ...] = (
    "Earl Grey",
    "Granny Smith apples",
    "Pink Lady apples",
    "Ben & Jerry's",
    "a Tesla Model Y",
    "the Ford Transit",
    "a Dyson V15",
    "the Henry hoover",
    "Dr. Martens boots",
    "Wendy's",
    "Tim Hortons",
    "Jack Daniel's",
    "Johnnie Walker Black Label",
    "a Tom Collins",
    "a Bloody Mary",
    "an Arnold Palmer",
    "a Shirley Temple",
    "Beef Wellington",
    "Eggs Benedict",
    "Peach Melba",
    "a pavlova",
    "a Margherita pizza",
    "a Bellini",
    "Caesar salad",
    "Chateaubriand",
    "Cox's Orange Pippin",
    "Sachertorte",
    "the Nobel Prize",
    "the Booker Prize",
    "the Turner Prize",
    "Murphy's law",
    "Moore's law",
    "Parkinson's disease",
    "Crohn's disease",
    "Hashimoto's thyroiditis",
    "Bayes' theorem",
    "Fermat's Last Theorem",
    "Euler's identity",
    "the Pythagorean theorem",
    "Halley's Comet",
    "the Hubble telescope",
    "a Bunsen burner",
    "a Petri dish",
    "a Ferris wheel",
    "Iyengar yoga",
    "Pilates",
    "the Lindy Hop",
    "the Queen Mary 2",
    "the Cutty Sark",
    "Red Rum",
    "Frankel",
    "Seabiscuit",
    "Storm Babet",
    "Hurricane Ida",
    "Alexa",
    "Siri",
    "Cortana",
    "Clippy",
    "Colonel Sanders",
    "Ronald McDonald",
    "Tony the Tiger",
    "Lara Croft",
    "Geralt of Rivia",
    "Princess Peach",
    "Master Chief",
    "Kratos",
    "Sherlock Holmes",
    "Hercule Poirot",
    "Miss Marple",
    "Hermione Granger",
    "Bilbo Baggins",
    "Atticus Finch",
    "Captain Ahab",
    "Tommy Hilfiger",
    "Ralph Lauren",
    "Calvin Klein",
    "Hugo Boss",
    "Louis Vuitton",
    "Chanel No. 5",
    "Miss Dior",
    "Betty Crocker",
    "Sara Lee",
    "Aunt Bessie's Yorkshire puddings",
    "Mr Kipling cakes",
    "a Kenwood Chef mixer",
    "a Bosch Serie 6 dishwasher",
    "Miele",
    "a Rolls-Royce",
    "a Ferrari",
    "Porsche",
    "Mercedes-Benz",
    "Dolby Atmos",
    "Disney+",
    "McDonald's",
    "Hendrick's gin",
    "Captain Morgan",
    "Sam Adams lager",
    "Farrow & Ball's Hague Blue",
    "Elephant's Breath paint",
    "Rose Gold finish",
    "Amber alert level",
    "project Jasper",
    "the Darwin release",
    "Kepler cluster",
    "Merlot",
    "Pinot Grigio",
    "Zinfandel",
    "Chardonnay",
    "the Mona Lisa",
    "the Venus de Milo",
    "Braille",
    "the Heimlich manoeuvre",
    "the Richter scale",
    "a Rubik's Cube",
    "Mario Kart",
    "Sonic the Hedgehog",
    "Pac-Man",
    "Tetris",
    "Kirby",
    "Donkey Kong",
    "Link",
    "Solid Snake",
    "Agent 47",
    "Professor Layton",
    "Paddington Bear",
    "Peppa Pig",
    "Thomas the Tank Engine",
)
CODENAMES: tuple[str, ...] = (
    "hopper-02",
    "turing-db-1",
    "lovelace-prod",
    "Jasper",
    "Marigold",
    "Blue Heron",
    "Falcon",
    "Nimbus",
    "Orion",
    "Tamarind",
    "Juniper",
    "Sequoia",
    "Cobalt",
    "Quartz",
    "Wren",
)


def _date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2023, 2024, 2025))
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return rng.choice(
        (
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {months[m - 1]} {y}",
            f"{months[m - 1]} {d}",
        )
    )


def decoy(rng: random.Random, kind: str) -> str:
    r = rng.randint
    match kind:
        case "order":
            return rng.choice(
                (
                    f"ORD-{r(2023, 2025)}-{r(100000, 999999)}",
                    f"#{r(1000000, 9999999)}",
                    f"SO{r(10000000, 99999999)}",
                    f"A{r(10, 99)}-{r(10000, 99999)}",
                )
            )
        case "date":
            return _date(rng)
        case "time":
            return f"{r(7, 20):02d}:{rng.choice(('00', '15', '30', '45'))}"
        case "ver":
            return rng.choice(
                (
                    f"v{r(1, 9)}.{r(0, 20)}.{r(0, 9)}",
                    f"{r(1, 5)}.{r(0, 12)}",
                    f"build {r(2023, 2025)}.{r(1, 12)}.{r(1, 9)}",
                )
            )
        case "price":
            return (
                rng.choice(("£", "€", "$")) + f"{r(3, 1800)}.{rng.choice(('00', '50', '99', '95'))}"
            )
        case "sku":
            return f"{rng.choice(('SKU', 'PRD', 'ITM'))}-{rng.choice(('BRW', 'KTL', 'VLV', 'LMP', 'SFA'))}-{r(1000, 9999)}"
        case "ticket":
            return rng.choice(
                (
                    f"INC{r(1000000, 9999999)}",
                    f"TKT-{r(10000, 99999)}",
                    f"CASE-{r(100, 999)}-{r(1000, 9999)}",
                    f"#{r(10000, 99999)}",
                )
            )
        case "hash":
            return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
        case "isbn":
            return f"978-{r(0, 1)}-{r(100, 999)}-{r(10000, 99999)}-{r(0, 9)}"
        case "track":
            return rng.choice(
                (
                    f"1Z{r(100, 999)}E{r(10, 99)}{r(10000000, 99999999)}",
                    f"JD{r(10**15, 10**16 - 1)}",
                    f"RR{r(10**8, 10**9 - 1)}GB",
                )
            )
        case "lookphone":
            return phone_lookalike(rng)
        case "lookcard":
            return card_lookalike(rng)
        case "meter":
            return (
                f"{rng.choice(('E', 'G', 'W'))}{r(10, 99)}{rng.choice('ABKLMZ')}{r(100000, 999999)}"
            )
        case "eponym":
            return rng.choice(EPONYMS)
        case "code":
            return rng.choice(CODENAMES)
        case "num":
            return str(r(2, 40))
        case "pct":
            return f"{r(1, 99)}%"
        case "room":
            return f"{rng.choice('ABCDE')}{r(1, 4)}.{r(1, 30):02d}"
        case "plate":
            return f"BAY-{r(1, 400):03d}"
    raise KeyError(kind)
