"""Places and structured values for train_b, the generator of labelled training prompts.

Written blind: its author read only the corpus package's `__init__.py` and `validity.py`.
Cities, regions, countries and street-address parts are the author's own hand-written
lists. Phone numbers are made from `phonenumbers`' example numbers of many regions with
their last digits changed, kept only when `phonenumbers.is_valid_number` accepts them as
written; cards pass Luhn's check, IBANs get computed check digits, SSNs follow the issuing
rules (checked with `validity.py`).
"""

from __future__ import annotations

import ipaddress
import random

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


CITIES = _split(
    "Kraków, Gdańsk, Wrocław, Lagos, Abuja, Nairobi, Mombasa, Porto Alegre, Guadalajara, "
    "Monterrey, Kyoto, Sapporo, Busan, Incheon, Da Nang, Hanoi, Cebu, Surabaya, Pune, Chennai, "
    "Hyderabad, Lahore, Izmir, Tbilisi, Yerevan, Almaty, Tallinn, Riga, Vilnius, Brno, "
    "Ljubljana, Zagreb, Thessaloniki, Seville, Bilbao, Lyon, Marseille, Toulouse, Leipzig, "
    "Hamburg, Munich, Rotterdam, Utrecht, Antwerp, Ghent, Aarhus, Malmö, Tampere, Galway, "
    "Edinburgh, Glasgow, Leeds, Bristol, Cardiff, Belfast, Toronto, Montréal, Calgary, "
    "Vancouver, Denver, Seattle, Boston, Chicago, Atlanta, Houston, Oaxaca, Medellín, Cusco, "
    "Quito, Montevideo, Recife, Accra, Kumasi, Kampala, Kigali, Addis Ababa, Dakar, Casablanca, "
    "Tunis, Cairo, Amman, Beirut, Doha, Muscat, Dubai, Karachi, Dhaka, Kathmandu, Colombo, "
    "Bangkok, Chiang Mai, Penang, Manila, Osaka, Taipei, Brisbane, Auckland, Christchurch, "
    "Lisbon, Porto, Bologna, Naples, Turin, Rotterdam, Gothenburg, Stavanger, Bucharest, Cluj-Napoca"
)
REGIONS = _split(
    "Bavaria, Catalonia, Tuscany, Andalusia, Brittany, Ontario, Quebec, California, Queensland, "
    "Kerala, Yorkshire, Lombardy, Silesia, Moravia, Transylvania, Patagonia, Hokkaido, Bali, "
    "Sicily, Provence, Flanders, Galicia, Saxony, Alentejo, Minas Gerais, Rift Valley, Sabah, "
    "Cornwall, Normandy, Algarve"
)
COUNTRIES = _split(
    "Poland, Nigeria, Brazil, Vietnam, Portugal, Kenya, Mexico, Japan, Germany, France, Spain, "
    "Italy, Greece, Ireland, Norway, Sweden, Finland, Estonia, Ghana, Morocco, Egypt, India, "
    "Pakistan, Bangladesh, Indonesia, Philippines, Thailand, Canada, Argentina, Colombia, Peru, "
    "Australia, New Zealand, South Korea, Croatia, Romania, Hungary, Czechia, Austria, "
    "Switzerland, Netherlands, Belgium, Denmark, Iceland, Uganda, Rwanda, Senegal, Lebanon, "
    "Scotland, Wales, Tunisia, Slovenia, Lithuania, Latvia, Uruguay, Ecuador, Sri Lanka, Nepal"
)
HAND_PLACES: tuple[str, ...] = tuple(sorted(set(CITIES + REGIONS + COUNTRIES)))

_STREET_WORDS = _split(
    "Maple, Birch, Willow, Chestnut, Larkspur, Meadow, Harbour, Orchard, Quarry, Mill, Foundry, "
    "Juniper, Heron, Kestrel, Sycamore, Linden, Alder, Bramble, Copper, Granary"
)
_US = (("Denver", "CO", "802"), ("Seattle", "WA", "981"), ("Boston", "MA", "021"),
       ("Chicago", "IL", "606"), ("Atlanta", "GA", "303"), ("Houston", "TX", "770"))  # fmt: skip
_UK = (("Leeds", "LS"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"),
       ("Edinburgh", "EH"), ("Belfast", "BT"))  # fmt: skip
_DE = (("Leipzig", "04"), ("Hamburg", "20"), ("Munich", "80"))
_FR = (("Lyon", "690"), ("Marseille", "130"), ("Toulouse", "310"))
_PL = (("Kraków", "30"), ("Gdańsk", "80"), ("Wrocław", "50"))
_NL = (("Utrecht", "35"), ("Rotterdam", "30"))
_ES = (("Seville", "410"), ("Bilbao", "480"))


def address(rng: random.Random) -> str:
    """A street address of one of several countries, written as people there write it."""
    w = rng.choice(_STREET_WORDS)
    n = rng.randint(2, 480)
    kind = rng.randrange(8)
    if kind == 0:
        city, st, z = rng.choice(_US)
        suffix = rng.choice(["St", "Street", "Ave", "Dr", "Lane", "Blvd", "Ct"])
        apt = rng.choice(["", f" Apt {rng.randint(1, 40)}", f" #{rng.randint(100, 999)}"])
        return f"{n} {w} {suffix}{apt}, {city}, {st} {z}{rng.randint(10, 99)}"
    if kind == 1:
        city, pc = rng.choice(_UK)
        road = rng.choice(["Road", "Street", "Close", "Crescent", "Gardens", "Terrace"])
        code = f"{pc}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFHJ')}{rng.choice('LNPQRTU')}"
        return f"{n} {w} {road}, {city} {code}"
    if kind == 2:
        city, z = rng.choice(_DE)
        street = rng.choice(["Lindenstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße",
                             "Am Mühlbach", "Bergstraße"])  # fmt: skip
        return f"{street} {rng.randint(1, 120)}, {z}{rng.randint(100, 999)} {city}"
    if kind == 3:
        city, z = rng.choice(_FR)
        street = rng.choice(["rue des Lilas", "avenue Jean Jaurès", "rue de la Paix",
                             "boulevard des Tanneurs", "impasse du Moulin"])  # fmt: skip
        return f"{rng.randint(1, 90)} {street}, {z}{rng.randint(1, 9):02d} {city}"
    if kind == 4:
        city, z = rng.choice(_PL)
        street = rng.choice(["Długa", "Kwiatowa", "Ogrodowa", "Lipowa", "Słoneczna"])
        return f"ul. {street} {rng.randint(1, 80)}/{rng.randint(1, 30)}, {z}-{rng.randint(1, 999):03d} {city}"
    if kind == 5:
        city, z = rng.choice(_NL)
        street = rng.choice(["Kerkstraat", "Molenweg", "Dorpsstraat", "Prinsengracht"])
        return f"{street} {rng.randint(1, 200)}, {z}{rng.randint(10, 99)} {rng.choice('ABCDKL')}{rng.choice('ENRSTX')} {city}"
    if kind == 6:
        city, z = rng.choice(_ES)
        street = rng.choice(["Calle Mayor", "Avenida de la Constitución", "Calle del Olmo",
                             "Paseo de las Delicias"])  # fmt: skip
        return f"{street} {rng.randint(1, 150)}, {rng.randint(1, 6)}º, {z}{rng.randint(1, 99):02d} {city}"
    city, st, z = rng.choice(_US)
    return f"{n} {w} Rd, {city} {st}"


def place(rng: random.Random, kind: str) -> str:
    if kind == "city":
        return rng.choice(CITIES)
    if kind == "region":
        return rng.choice(REGIONS)
    if kind == "country":
        return rng.choice(COUNTRIES)
    if kind == "addr":
        return address(rng)
    return rng.choice(rng.choice((CITIES, CITIES, REGIONS, COUNTRIES)))


PHONE_REGIONS = _split(
    "US, GB, DE, FR, ES, IT, NL, PL, IN, BR, MX, AU, CA, JP, KR, NG, KE, ZA, PH, ID, VN, TR, SE, "
    "IE, PT, AR, CO, EG, AE, SG, MY, TH, CH, AT, BE, CZ, RO, GR, NZ, GH, PK, UA, DK, FI, NO"
)


def _example(region: str) -> phonenumbers.PhoneNumber:
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        ex = phonenumbers.example_number_for_type(region, kind)
        if ex is not None:
            return ex
    raise ValueError(region)


def phone(rng: random.Random) -> str:
    """A valid phone number of a random region, in one of the ways people write them."""
    region = rng.choice(PHONE_REGIONS)
    ex = _example(region)
    digits = str(ex.national_number)
    for _ in range(30):
        k = min(len(digits) - 3, rng.randint(3, 5))
        nsn = digits[:-k] + "".join(str(rng.randrange(10)) for _ in range(k))
        num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(nsn))
        if ex.italian_leading_zero:
            num.italian_leading_zero = True
        if phonenumbers.is_valid_number(num):
            break
    else:
        num = ex
    fmt = phonenumbers.PhoneNumberFormat
    r = rng.random()
    if r < 0.35:
        text = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    elif r < 0.55:
        text = phonenumbers.format_number(num, fmt.E164)
    elif r < 0.8:
        text = phonenumbers.format_number(num, fmt.NATIONAL)
    elif r < 0.9:
        text = phonenumbers.format_number(num, fmt.INTERNATIONAL).replace(" ", rng.choice("-."))
    else:
        text = phonenumbers.format_number(num, fmt.NATIONAL)
        text = "".join(c for c in text if c.isdigit())
    if not phone_ok(text, region):
        text = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    return text


def phone_ok(text: str, region: str | None = None) -> bool:
    """Whether a written number is valid, in its region or any of PHONE_REGIONS."""
    regions = [region] if region else (["ZZ"] if text.startswith("+") else list(PHONE_REGIONS))
    for reg in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, reg)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


_MAIL_DOMAINS = _split(
    "gmail.com, outlook.com, icloud.com, yahoo.com, gmx.de, proton.me, hotmail.co.uk, "
    "fastmail.com, libero.it, wp.pl, seznam.cz, yahoo.fr, web.de, live.com, mail.com, aol.com"
)


def email(local: str, rng: random.Random) -> str:
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


def card(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        prefix, length = "37" if rng.random() < 0.5 else "34", 15
    elif kind == 1:
        prefix, length = str(rng.randint(51, 55)), 16
    elif kind == 2:
        prefix, length = "6011", 16
    else:
        prefix, length = "4", 16
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            body += d
            break
    sep = rng.choice([" ", " ", "-", ""])
    if length == 15:
        parts = [body[:4], body[4:10], body[10:]]
    else:
        parts = [body[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


_IBAN_FORMATS = {  # country: bban pattern, n = digit, a = capital letter
    "DE": "nnnnnnnnnnnnnnnnnn", "GB": "aaaannnnnnnnnnnnnn", "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "NL": "aaaannnnnnnnnn", "ES": "nnnnnnnnnnnnnnnnnnnn", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "BE": "nnnnnnnnnnnn", "IE": "aaaannnnnnnnnnnnnn", "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnnnnnnnnnnnnn", "AT": "nnnnnnnnnnnnnnnn", "CH": "nnnnnnnnnnnnnnnnn",
    "RO": "aaaannnnnnnnnnnnnnnn", "LT": "nnnnnnnnnnnnnnnn", "FI": "nnnnnnnnnnnnnn",
}  # fmt: skip


def iban(rng: random.Random) -> str:
    country = rng.choice(tuple(_IBAN_FORMATS))
    bban = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "a" else str(rng.randrange(10))
        for c in _IBAN_FORMATS[country]
    )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if rng.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ip(rng: random.Random) -> str:
    if rng.random() < 0.75:
        first = rng.choice([10, 172, 192, 81, 89, 91, 104, 145, 185, 203, 62, 77])
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    groups = ["2001", "db8" if rng.random() < 0.3 else f"{rng.randint(0x100, 0xFFFF):x}"]
    groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    addr = ipaddress.IPv6Address(":".join(groups))
    return addr.compressed if rng.random() < 0.6 else addr.exploded


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(["-", "-", "-", " ", ""])
    text = f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"
    assert ssn_ok(text)
    return text


def account(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return "".join(str(rng.randrange(10)) for _ in range(rng.randint(8, 12)))
    if r < 0.7:
        return f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    return f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
