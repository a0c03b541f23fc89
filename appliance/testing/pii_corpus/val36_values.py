"""Places and structured values for the val36 part: cities, regions, countries and street
addresses of many countries, and generators of phone numbers (checked with `phonenumbers`),
card numbers (Luhn), IBANs (ISO 13616 check digits), IP addresses, US SSNs, bank account
numbers and e-mail addresses. Everything here is written from its author's head."""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

CITIES = (
    "Lagos, Ibadan, Enugu, Accra, Kumasi, Dakar, Nairobi, Mombasa, Kisumu, Dar es Salaam, "
    "Arusha, Addis Ababa, Hargeisa, Durban, Johannesburg, Harare, Bulawayo, Cairo, "
    "Alexandria, Beirut, Amman, Riyadh, Jeddah, Abu Dhabi, Doha, Casablanca, Tunis, "
    "Tehran, Isfahan, Shiraz, Izmir, Ankara, Erbil, Chennai, Kolkata, Amritsar, Hyderabad, "
    "Karachi, Kandy, Shanghai, Chengdu, Hangzhou, Shenzhen, Osaka, Sapporo, Fukuoka, "
    "Busan, Incheon, Da Nang, Chiang Mai, Quezon City, Surabaya, Penang, Yangon, "
    "Novosibirsk, Kharkiv, Gdańsk, Brno, Debrecen, Novi Sad, Thessaloniki, Utrecht, "
    "Groningen, Toulouse, Turin, Palermo, Seville, Valencia, Coimbra, Galway, "
    "Aberdeen, Inverness, Swansea, Sheffield, Bristol, Uppsala, Trondheim, Aarhus, Odense, "
    "Haifa, Almaty, Ulaanbaatar, Kabul, Guadalajara, Recife, Belo Horizonte, Curitiba, "
    "Rosario, Córdoba, Cali, Arequipa, Auckland, Apia, Nuku'alofa, Suva, Winnipeg, "
    "Iqaluit, Cairns, Brisbane, Perth, Minneapolis, Pittsburgh, Denver, Baltimore, "
    "Vancouver, Montevideo, Dhaka, Rotterdam, Antwerp, "
    "Hamburg, Gothenburg, Piraeus"
).split(", ")

REGIONS = (
    "Bavaria, Tuscany, Catalonia, Andalusia, Provence, the Scottish Highlands, Yorkshire, "
    "Cornwall, Gauteng, KwaZulu-Natal, Kerala, Tamil Nadu, Rajasthan, Hokkaido, Kyushu, "
    "Sichuan, Guangdong, Mindanao, Bali, Sabah, Patagonia, Minas Gerais, Jalisco, Ontario, "
    "Nunavut, Queensland, Tasmania, Alsace, Lombardy, Flanders, Lapland, Ohio, Oregon, "
    "Vermont, Arizona, Northumberland, Brittany, Galicia"
).split(", ")

COUNTRIES = (
    "Nigeria, Ghana, Senegal, Kenya, Tanzania, Ethiopia, South Africa, Zimbabwe, Egypt, "
    "Lebanon, Saudi Arabia, Morocco, Iran, Türkiye, India, Sri Lanka, Nepal, Pakistan, "
    "Japan, South Korea, Vietnam, Thailand, the Philippines, Indonesia, Malaysia, Myanmar, "
    "Ukraine, Poland, Czechia, Hungary, Romania, Serbia, Greece, Germany, the Netherlands, "
    "France, Italy, Spain, Portugal, Ireland, Scotland, Wales, Sweden, Norway, Denmark, "
    "Finland, Iceland, Estonia, Lithuania, Israel, Armenia, Kazakhstan, Mongolia, Mexico, "
    "Brazil, Argentina, Colombia, Peru, New Zealand, Samoa, Fiji, Canada, Australia, "
    "Uruguay, Belgium, Austria, Switzerland"
).split(", ")

# (address as one span, the city in it)
ADDRESSES = (
    ("14 Wharfedale Road, Leeds LS6 2QT", "Leeds"),
    ("Flat 3, 27 Cathedral Close, Cardiff CF10 3LP", "Cardiff"),
    ("Schillerstraße 42, 04109 Leipzig", "Leipzig"),
    ("18 rue des Tanneurs, 69001 Lyon", "Lyon"),
    ("Via dei Mille 7, 40121 Bologna", "Bologna"),
    ("Calle de Iturribide 21, 3º B, 48006 Bilbao", "Bilbao"),
    ("Rua de Cedofeita 233, 4050-180 Porto", "Porto"),
    ("Oudegracht 112, 3511 AX Utrecht", "Utrecht"),
    ("Kungsgatan 9, 211 49 Malmö", "Malmö"),
    ("ul. Floriańska 31/4, 31-019 Kraków", "Kraków"),
    ("Vinohradská 118, 130 00 Praha 3", "Praha"),
    ("1425 W Fullerton Ave, Apt 2B, Chicago, IL 60614", "Chicago"),
    ("88 Harbord Street, Toronto, ON M5S 1G5", "Toronto"),
    ("12 Kahu Road, Rotorua 3010", "Rotorua"),
    ("Plot 17, Admiralty Way, Lekki, Lagos", "Lagos"),
    ("House 24, Road 11, Banani, Dhaka 1213", "Dhaka"),
    ("2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001", "Tokyo"),
    ("Flat 12B, 8 Nathan Road, Tsim Sha Tsui, Kowloon", "Kowloon"),
    ("Jl. Malioboro No. 52, Yogyakarta 55213", "Yogyakarta"),
    ("12 Phố Huế, Hai Bà Trưng, Hanoi", "Hanoi"),
    ("Av. Paulista 1578, Bela Vista, São Paulo - SP, 01310-200", "São Paulo"),
    ("Carrera 43A #1-50, El Poblado, Medellín", "Medellín"),
    ("Av. Corrientes 1234, C1043 Buenos Aires", "Buenos Aires"),
    ("Kifissias 112, 115 26 Athens", "Athens"),
    ("Andrássy út 23, 1061 Budapest", "Budapest"),
    ("Strada Memorandumului 28, Cluj-Napoca 400114", "Cluj-Napoca"),
    ("İstiklal Caddesi No: 141, Beyoğlu, Istanbul", "Istanbul"),
    ("Kindaruma Road 14, Kilimani, Nairobi", "Nairobi"),
    ("5 Bree Street, Cape Town 8001", "Cape Town"),
    ("Villa 17, Al Wasl Road, Jumeirah 1, Dubai", "Dubai"),
    ("9 Derb Bab Agnaou, Marrakesh 40000", "Marrakesh"),
    ("Vesturgata 12, 101 Reykjavík", "Reykjavík"),
    ("Kauppakatu 14 B 9, 33210 Tampere", "Tampere"),
    ("Bryggen 3, 5003 Bergen", "Bergen"),
    ("Jægersborggade 41, 2200 København N", "København"),
    ("Rüütli 11, 51007 Tartu", "Tartu"),
    ("Gedimino pr. 20, LT-01103 Vilnius", "Vilnius"),
    ("Rustaveli Ave 24, Tbilisi 0108", "Tbilisi"),
    ("Abovyan St 10, Yerevan 0001", "Yerevan"),
    ("18 Tory Street, Te Aro, Wellington 6011", "Wellington"),
    ("3/45 Lygon Street, Carlton, Melbourne VIC 3053", "Melbourne"),
    ("2260 Kalākaua Ave, Honolulu, HI 96815", "Honolulu"),
    ("1200 N Fort Valley Rd, Flagstaff, AZ 86001", "Flagstaff"),
    ("77 Rideau Street, Ottawa, ON K1N 5W8", "Ottawa"),
    ("Calle 5 de Mayo 310, Centro, 68000 Oaxaca", "Oaxaca"),
    ("Jr. Ucayali 345, Cusco 08002", "Cusco"),
    ("ulitsa Baumana 14, Kazan 420111", "Kazan"),
    ("vul. Lychakivska 8, Lviv 79000", "Lviv"),
    ("Lot 5, Jalan Bukit Bintang, 55100 Kuala Lumpur", "Kuala Lumpur"),
    ("Soi Sukhumvit 31, Khlong Toei Nuea, Bangkok 10110", "Bangkok"),
    ("45 Osmeña Blvd, Cebu City 6000", "Cebu City"),
    ("Thamel Marg, Ward 26, Kathmandu 44600", "Kathmandu"),
    ("23 Marine Drive, Mumbai 400020", "Mumbai"),
    ("No. 14, 2nd Cross, Indiranagar, Bengaluru 560038", "Bengaluru"),
    ("56 quai des Chartrons, 33000 Bordeaux", "Bordeaux"),
    ("Carrer de Verdi 77, 08012 Barcelona", "Barcelona"),
    ("Kaiserstraße 7, 79098 Freiburg im Breisgau", "Freiburg im Breisgau"),
    ("Dorfstrasse 5, 8049 Zürich", "Zürich"),
    ("12 Wynyard Lane, Hobart TAS 7000", "Hobart"),
    ("Gulberg III, Block C, 14 Main Boulevard, Lahore", "Lahore"),
)

PHONE_REGIONS = (
    "GB US CA DE FR IT ES PT NL SE NO DK FI PL CZ GR TR IN PK NG GH KE ZA EG AE SA JP KR "
    "VN TH PH ID MY BR MX AR CO AU NZ IE IL"
).split()

PHONE_FORMATS = ("intl", "intl", "nat", "nat", "e164", "00", "dots", "dash", "compact")

PERSONAL_DOMAINS = (
    "gmail.com, outlook.com, yahoo.co.uk, web.de, proton.me, orange.fr, libero.it, "
    "hotmail.com, icloud.com, gmx.net, seznam.cz, wp.pl, mail.ru, naver.com, yahoo.co.jp, "
    "bigpond.com, xtra.co.nz, uol.com.br, telenet.be, ziggo.nl, fastmail.fm"
).split(", ")

COMPANY_DOMAINS = (
    "pixelmoor-games.com, hearthlight.app, brightnest-home.io, gridiron-league.net, "
    "oddsfellow.bet, conventionhall.events, rootsline-dna.com, pedalshare.eu, zipcar-alt.co, "
    "corkandvine.bar, streamvault.tv, inkwell-press.co.uk, podhaven.fm, boxoffice-lyric.org, "
    "cantoria.choir, starlog.app, harbourline-shipping.com, pillbox-rewards.com, "
    "dahlia-society.org.uk, tinkertoys.shop, classof2009.reunion, seabreeze-cruises.com, "
    "lockedin-escapes.com, whodunnit-nights.co.uk"
).split(", ")

ROLE_LOCALS = (
    "bookings, support, royalties, boxoffice, hello, info, admin, noreply, helpdesk, "
    "reservations, accounts, billing, press, events, membership, ops, dispatch, "
    "loyalty, privacy, crew"
).split(", ")

_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "ł": "l"})
_FOLD2 = str.maketrans({"Ł": "l", "æ": "ae", "Æ": "ae", "þ": "th", "Þ": "th", "ð": "d"})


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits of a name, for e-mail addresses and handles."""
    text = text.translate(_FOLD).translate(_FOLD2)
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", text.encode("ascii", "ignore").decode().lower())


def _national_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        example = phonenumbers.example_number(region)
    digits = str(example.national_number)
    for _ in range(200):
        tail = "".join(str(rng.randrange(10)) for _ in range(4))
        candidate = phonenumbers.PhoneNumber(
            country_code=example.country_code,
            national_number=int(digits[:-4] + tail),
            italian_leading_zero=example.italian_leading_zero,
        )
        if phonenumbers.is_valid_number(candidate) and (
            phonenumbers.region_code_for_number(candidate) == region
        ):
            return candidate
    return example


def phone_ok(text: str, region: str) -> bool:
    """Whether a phone number as written parses as a valid number of its region."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and (
        phonenumbers.region_code_for_number(parsed) == region
    )


def phone(rng: random.Random, region: str | None = None, style: str | None = None) -> tuple:
    """A valid phone number of a region, written in one of several styles: (text, region)."""
    region = region or rng.choice(PHONE_REGIONS)
    number = _national_number(rng, region)
    style = style or rng.choice(PHONE_FORMATS)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if style == "nat":
        text = nat
    elif style == "e164":
        text = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    elif style == "00":
        text = "00" + intl[1:]
    elif style == "dots":
        text = intl.replace(" ", ".").replace("-", ".")
    elif style == "dash":
        text = intl.replace(" ", "-", 1).replace(" ", "-")
    elif style == "compact":
        text = re.sub(r"[\s\-()]", "", nat)
    else:
        text = intl
    if not phone_ok(text, region):
        text = intl
    return text, region


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random, brand: str | None = None) -> str:
    """A Luhn-valid card number (Visa, Mastercard, Amex, Discover), grouped as written."""
    brand = brand or rng.choice(("visa", "visa", "mc", "mc", "amex", "discover"))
    prefix = {
        "visa": "4",
        "mc": rng.choice(("51", "52", "53", "54", "55", "2221", "2720")),
        "amex": rng.choice(("34", "37")),
        "discover": rng.choice(("6011", "65")),
    }[brand]
    length = 15 if brand == "amex" else 16
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - 1 - len(prefix)))
    digits = body + luhn_digit(body)
    sep = rng.choice((" ", " ", "-", ""))
    if brand == "amex":
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


# country: BBAN pattern (n digit, a upper letter, c digit-or-letter)
IBAN_FORMATS = {
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "n" * 12,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "TR": "n" * 5 + "0" + "n" * 16,
    "PT": "n" * 21,
    "IE": "aaaa" + "n" * 14,
    "CH": "n" * 17,
    "AT": "n" * 16,
    "NO": "n" * 11,
    "DK": "n" * 14,
    "FI": "n" * 14,
    "SA": "n" * 20,
    "RO": "aaaa" + "n" * 16,
    "GR": "n" * 23,
}


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    """An IBAN of a country with valid check digits, with or without its spaces."""
    country = country or rng.choice(sorted(IBAN_FORMATS))
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    bban = ""
    for kind in IBAN_FORMATS[country]:
        if kind == "n":
            bban += str(rng.randrange(10))
        elif kind == "a":
            bban += rng.choice(letters)
        elif kind == "c":
            bban += str(rng.randrange(10))
        else:
            bban += kind
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ipv4(rng: random.Random) -> str:
    while True:
        first = rng.randrange(1, 224)
        if first in (10, 127):
            continue
        return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice((0x2001, 0x2A02, 0x2600, 0x2C0F, 0x2406))]
    groups += [rng.randrange(0x10000) for _ in range(3)]
    if rng.random() < 0.5:
        groups += [0, 0, 0, rng.randrange(1, 0x10000)]
    else:
        groups += [rng.randrange(0x10000) for _ in range(4)]
    return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
    sep = rng.choice(("-", "-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def account(rng: random.Random) -> str:
    """A bank account number, 8 to 16 digits, sometimes grouped with hyphens."""
    style = rng.choice(("uk", "us", "grouped", "long", "short"))
    if style == "uk":
        return "".join(str(rng.randrange(10)) for _ in range(8))
    if style == "us":
        return "".join(str(rng.randrange(10)) for _ in range(rng.choice((10, 12))))
    if style == "grouped":
        return "-".join("".join(str(rng.randrange(10)) for _ in range(4)) for _ in range(3))
    if style == "long":
        return "".join(str(rng.randrange(10)) for _ in range(rng.choice((14, 16))))
    return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))


def role_email(rng: random.Random, local: str | None = None) -> str:
    return f"{local or rng.choice(ROLE_LOCALS)}@{rng.choice(COMPANY_DOMAINS)}"


def personal_email(rng: random.Random, given: str, family: str, company: bool = False) -> str:
    g = fold(given.split()[0]) or "user"
    f = fold(family) or "mail"
    pattern = rng.choice(("g.f", "gf", "g0f", "f.g", "g_fyy", "gnn", "g0.f"))
    local = {
        "g.f": f"{g}.{f}",
        "gf": f"{g}{f}",
        "g0f": f"{g[0]}{f}",
        "f.g": f"{f}.{g}",
        "g_fyy": f"{g}_{f}{rng.randrange(70, 100)}",
        "gnn": f"{g}{rng.randrange(10, 1000)}",
        "g0.f": f"{g[0]}.{f}",
    }[pattern]
    domain = rng.choice(COMPANY_DOMAINS if company else PERSONAL_DOMAINS)
    return f"{local}@{domain}"
