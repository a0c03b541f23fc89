"""val37's structured values and places: phone plans of 40 regions (every number checked with
`phonenumbers`), Luhn-valid cards, IBANs of 18 countries with computed check digits, IPv4 and
IPv6 addresses, US SSNs, bank account numbers, e-mail domains, places of 40 countries, and
the decoy generators of the clean prompts. Written blind for val37 (see val37.py)."""

from __future__ import annotations

import ipaddress
import random
import re
import string

import phonenumbers as pn

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# region: [(national prefix, national length with trunk prefix)], checked by phonenumbers
PHONE_PLAN: dict[str, list[tuple[str, int]]] = {
    "GB": [("071", 11), ("074", 11), ("075", 11), ("077", 11), ("0113", 11), ("0161", 11)],
    "IE": [("083", 10), ("085", 10), ("086", 10), ("087", 10), ("01", 9)],
    "US": [("212", 10), ("415", 10), ("617", 10), ("312", 10), ("503", 10), ("720", 10)],
    "CA": [("416", 10), ("604", 10), ("514", 10), ("403", 10), ("902", 10)],
    "DE": [("0151", 12), ("0160", 11), ("0171", 11), ("0176", 12), ("030", 11), ("089", 11)],
    "AT": [("0664", 11), ("0676", 11), ("0699", 12)],
    "CH": [("076", 10), ("078", 10), ("079", 10), ("044", 10)],
    "FR": [("06", 10), ("07", 10), ("01", 10), ("04", 10)],
    "BE": [("047", 10), ("048", 10), ("049", 10)],
    "NL": [("06", 10), ("020", 10), ("010", 10)],
    "ES": [("6", 9), ("91", 9), ("93", 9)],
    "PT": [("91", 9), ("93", 9), ("96", 9)],
    "IT": [("32", 10), ("33", 10), ("34", 10), ("06", 10)],
    "PL": [("50", 9), ("51", 9), ("60", 9), ("69", 9), ("72", 9), ("79", 9)],
    "SE": [("070", 10), ("072", 10), ("073", 10), ("076", 10)],
    "NO": [("4", 8), ("9", 8)],
    "DK": [("2", 8), ("3", 8), ("4", 8)],
    "FI": [("040", 10), ("050", 10)],
    "TR": [("053", 11), ("054", 11), ("055", 11)],
    "IN": [("98", 10), ("97", 10), ("87", 10), ("70", 10)],
    "PK": [("030", 11), ("031", 11), ("033", 11)],
    "NG": [("080", 11), ("081", 11), ("070", 11), ("090", 11)],
    "KE": [("071", 10), ("072", 10), ("079", 10)],
    "GH": [("024", 10), ("054", 10), ("020", 10)],
    "ZA": [("082", 10), ("083", 10), ("072", 10), ("061", 10)],
    "EG": [("010", 11), ("011", 11), ("012", 11)],
    "AE": [("050", 10), ("052", 10), ("055", 10)],
    "SA": [("050", 10), ("055", 10), ("056", 10)],
    "BR": [("119", 11), ("219", 11), ("319", 11), ("419", 11), ("819", 11)],
    "MX": [("55", 10), ("33", 10), ("81", 10)],
    "CO": [("300", 10), ("310", 10), ("315", 10)],
    "AR": [("114", 10), ("115", 10)],
    "AU": [("04", 10), ("02", 10), ("03", 10)],
    "NZ": [("021", 9), ("022", 10), ("027", 10)],
    "JP": [("090", 11), ("080", 11), ("03", 10)],
    "KR": [("010", 11)],
    "VN": [("090", 10), ("091", 10), ("098", 10), ("086", 10)],
    "ID": [("0812", 12), ("0813", 12), ("0857", 12)],
    "PH": [("0917", 11), ("0918", 11), ("0927", 11)],
    "SG": [("8", 8), ("9", 8)],
    "MY": [("012", 10), ("017", 10), ("019", 10)],
}
PHONE_FORMATS = ("nat", "intl", "e164", "plain", "dots", "dash", "00", "trunk")


def phone_ok(value: str, region: str) -> bool:
    try:
        num = pn.parse(value, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.region_code_for_number(num) == region


def _phone_text(num: pn.PhoneNumber, fmt: str) -> str | None:
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    if fmt == "nat":
        return nat
    if fmt == "intl":
        return intl
    if fmt == "e164":
        return pn.format_number(num, pn.PhoneNumberFormat.E164)
    if fmt == "plain":
        return re.sub(r"\D", "", nat)
    if fmt == "dots":
        return None if "(" in nat else re.sub(r"[ -]", ".", nat)
    if fmt == "dash":
        return "+" + intl[1:].replace(" ", "-")
    if fmt == "00":
        return "00" + intl[1:]
    if fmt == "trunk":
        if not nat.startswith("0"):
            return None
        code, _, rest = intl.partition(" ")
        return f"{code} (0){rest}"
    raise ValueError(fmt)


def phone(rng: random.Random, region: str, fmt: str | None = None) -> str:
    for _ in range(500):
        prefix, length = rng.choice(PHONE_PLAN[region])
        national = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix)))
        num = pn.parse(national, region)
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == region:
            break
    else:
        raise ValueError(f"no valid number for {region}")
    order = [fmt] if fmt else rng.sample(PHONE_FORMATS, len(PHONE_FORMATS))
    for f in [*order, "intl"]:
        text = _phone_text(num, f)
        if text and phone_ok(text, region):
            return text
    raise ValueError(f"no valid format for {region}")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13"])
    prefix, length = {
        "visa": ("4", 16),
        "visa13": ("4", 13),
        "mc": (rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": (rng.choice(["6011", "65", "644"]), 16),
    }[brand]
    body = prefix + _digits(rng, length - len(prefix) - 1)
    digits = next(body + d for d in string.digits if luhn_ok(body + d))
    groups = {16: (4, 4, 4, 4), 15: (4, 6, 5), 13: (4, 3, 3, 3)}[length]
    sep = rng.choice([" ", " ", "-", ""])
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i : i + g])
        i += g
    value = sep.join(parts)
    assert luhn_ok(re.sub(r"\D", "", value))
    return value


# country: BBAN pattern (n digit, a capital letter, c either), fixed bank codes for some
IBAN_SPEC = {
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "TR": "n" * 5 + "0" + "n" * 16,
    "PT": "n" * 21,
    "CH": "n" * 5 + "c" * 12,
    "AT": "n" * 16,
    "IE": "aaaa" + "n" * 14,
    "NO": "n" * 11,
    "DK": "n" * 14,
    "FI": "n" * 14,
    "AE": "n" * 19,
}
IBAN_BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO"],
    "IE": ["AIBK", "BOFI"],
}


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_SPEC))
    spec = IBAN_SPEC[country]
    chars = []
    for ch in spec:
        if ch == "n":
            chars.append(rng.choice(string.digits))
        elif ch == "a":
            chars.append(rng.choice(string.ascii_uppercase))
        elif ch == "c":
            chars.append(rng.choice(string.digits * 3 + string.ascii_uppercase))
        else:
            chars.append(ch)
    bban = "".join(chars)
    if country in IBAN_BANKS:
        bban = rng.choice(IBAN_BANKS[country]) + bban[4:]
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if rng.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ipv4(rng: random.Random) -> str:
    first = rng.choice([81, 86, 92, 109, 145, 176, 185, 194, 203, 212, 31, 46, 62, 78, 10, 172])
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02", "2001", "2607", "2a01", "2400", "2c0f", "fe80"])
    groups = [head] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    if rng.random() < 0.6:
        value = ":".join(groups[:3]) + "::" + ":".join(groups[6:])
    else:
        value = ":".join(groups)
    ipaddress.IPv6Address(value)
    return value


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        form = rng.choice(["-", "-", "-", " ", ""])
        value = value.replace("-", form)
        if ssn_ok(value):
            return value


def account(rng: random.Random) -> str:
    kind = rng.choice(["8", "10", "12", "dash4", "dash3", "9"])
    if kind == "dash4":
        return f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}"
    if kind == "dash3":
        return f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 1)}"
    return rng.choice("123456789") + _digits(rng, int(kind) - 1)


PERSONAL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.de",
    "orange.fr",
    "libero.it",
    "proton.me",
    "icloud.com",
    "hotmail.com",
    "naver.com",
    "qq.com",
    "yandex.ru",
    "wp.pl",
    "seznam.cz",
    "bigpond.com",
    "xtra.co.nz",
    "uol.com.br",
    "rediffmail.com",
    "t-online.de",
    "telenet.be",
    "ziggo.nl",
    "sapo.pt",
    "hotmail.es",
    "mail.ru",
    "yahoo.com.ar",
    "gmx.at",
    "bluewin.ch",
    "free.fr",
    "eircom.net",
)

ORG_DOMAINS = {
    "university": ["estates.northmere.ac.uk", "research.uni-kastell.de", "harrowfield.edu"],
    "hospital": ["wardhouse.nhs.uk", "stcuthberts-hospital.org", "kliniken-aue.de"],
    "museum": ["lotgrove-auctions.com", "civicmuseum.org", "galleria-ponte.it"],
    "typography": ["inkwell-studio.co", "foundry-nine.com", "kerncraft.design"],
    "lab": ["fluxlab.ac.uk", "cryo-physics.org", "tribology-centre.eu"],
    "bakery": ["crumbandcrust.co.uk", "patisserie-lumiere.fr", "sourdough-lane.com"],
    "brewery": ["hopyard-brewing.co.uk", "brouwerij-kolk.nl", "bitterfield-ales.com"],
    "fashion": ["maison-ardent.fr", "atelier-nordwand.com", "parfums-sillage.com"],
    "railway": ["steamheritage.org.uk", "valleyline-railway.org", "footplate-society.org"],
    "motorsport": ["apexracing.team", "gridline-motorsport.com", "pitwall-ops.io"],
    "parish": ["parishoffice.org.uk", "churchhall-bookings.org", "deanery-office.org"],
    "vet": ["pawsandclaws-vets.co.uk", "tierarzt-linde.de", "harbourvets.com.au"],
    "property": ["keystone-lettings.co.uk", "blockwise-pm.com", "immo-kanal.de"],
    "weather": ["stormdesk.met.example.org", "coastwatch-weather.net", "severewx-ops.org"],
    "chess": ["kingsidechess.club", "knightfork.org", "schachverein-turm.de"],
    "orchestra": ["philharmonia-west.org", "concertgebouw-friends.nl", "symphony-hall.org"],
    "yacht": ["bluewater-charters.com", "sailaway-yachting.gr", "marina-levante.es"],
    "fintech": ["coinvault.app", "ledgerly.io", "paystream.finance"],
    "language": ["linguahaus.de", "escuela-puente.es", "speakwell-academy.com"],
    "funeral": ["hollins-funeralcare.co.uk", "memorial-services.org", "gentlerest.com"],
    "fire": ["vfb-station12.org", "feuerwehr-altdorf.de", "ruralfire-brigade.org.au"],
}
ROLES = ("bookings", "info", "office", "admin", "support", "accounts", "hello", "enquiries")

# code: (country name, cities, regions, addresses with {n} for a house number)
PLACES: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    "GB": (
        "United Kingdom",
        ["Leeds", "Norwich", "Glasgow", "Cardiff", "Bristol", "Sheffield"],
        ["Cornwall", "Lancashire", "Northumberland"],
        [
            "{n} Carrow Lane, Norwich NR1 3HG",
            "{n} Dumbarton Road, Glasgow G11 6PD",
            "Flat {n}, 27 Llandaff Road, Cardiff CF11 9NJ",
            "{n} Whitworth Street, Manchester M1 3NR",
        ],
    ),
    "IE": (
        "Ireland",
        ["Dublin", "Galway", "Limerick", "Kilkenny"],
        ["Connemara", "Donegal"],
        ["{n} Camden Street Lower, Dublin 2", "{n} Oliver Plunkett Street, Cork T12 KX63"],
    ),
    "US": (
        "United States",
        ["Boise", "Tucson", "Pittsburgh", "Milwaukee", "Albuquerque"],
        ["Ohio", "Vermont", "Oregon", "New Mexico"],
        [
            "{n} Alder Creek Dr, Boise, ID 83702",
            "{n} E Speedway Blvd, Tucson, AZ 85719",
            "{n} Lincoln Ave, Pittsburgh, PA 15206",
        ],
    ),
    "CA": (
        "Canada",
        ["Winnipeg", "Halifax", "Saskatoon", "Montréal"],
        ["Manitoba", "Alberta"],
        ["{n} Portage Ave, Winnipeg, MB R3B 2E9", "{n} Rue Saint-Denis, Montréal, QC H2X 3K8"],
    ),
    "DE": (
        "Germany",
        ["Leipzig", "Freiburg", "Hamburg", "Münster", "Dresden"],
        ["Bavaria", "Sachsen", "Thüringen"],
        [
            "Lindenstraße {n}, 10969 Berlin",
            "Karl-Liebknecht-Straße {n}, 04107 Leipzig",
            "Schillerstraße {n}, 79102 Freiburg im Breisgau",
        ],
    ),
    "AT": (
        "Austria",
        ["Graz", "Linz", "Innsbruck"],
        ["Tirol", "Steiermark"],
        ["Mariahilfer Straße {n}, 1070 Wien"],
    ),
    "CH": (
        "Switzerland",
        ["Basel", "Lausanne", "Bern"],
        ["Graubünden", "Valais"],
        ["Bahnhofstrasse {n}, 8001 Zürich"],
    ),
    "FR": (
        "France",
        ["Lyon", "Toulouse", "Nantes", "Strasbourg", "Rennes"],
        ["Bretagne", "Occitanie"],
        ["{n} rue des Tanneurs, 67000 Strasbourg", "{n} avenue Jean-Jaurès, 69007 Lyon"],
    ),
    "ES": (
        "Spain",
        ["Zaragoza", "Bilbao", "Granada", "Málaga"],
        ["Andalucía", "Galicia"],
        ["Calle de Toledo {n}, 28005 Madrid", "Carrer de Mallorca {n}, 08036 Barcelona"],
    ),
    "PT": (
        "Portugal",
        ["Porto", "Braga", "Coimbra"],
        ["Algarve", "Alentejo"],
        ["Rua Augusta {n}, 1100-053 Lisboa", "Avenida da Boavista {n}, 4100-112 Porto"],
    ),
    "IT": (
        "Italy",
        ["Bologna", "Torino", "Napoli", "Palermo"],
        ["Toscana", "Puglia"],
        ["Via Garibaldi {n}, 10122 Torino", "Via Santo Stefano {n}, 40125 Bologna"],
    ),
    "NL": (
        "the Netherlands",
        ["Utrecht", "Groningen", "Eindhoven"],
        ["Friesland", "Zeeland"],
        ["Oudegracht {n}, 3511 AR Utrecht", "Vismarkt {n}, 9712 CB Groningen"],
    ),
    "BE": ("Belgium", ["Gent", "Antwerpen", "Liège"], ["Wallonia"], ["Korenmarkt {n}, 9000 Gent"]),
    "PL": (
        "Poland",
        ["Kraków", "Wrocław", "Gdańsk", "Poznań"],
        ["Małopolska", "Pomerania"],
        ["ul. Floriańska {n}, 31-019 Kraków", "ul. Piotrkowska {n}, 90-410 Łódź"],
    ),
    "SE": (
        "Sweden",
        ["Göteborg", "Malmö", "Uppsala", "Umeå"],
        ["Skåne", "Dalarna"],
        ["Drottninggatan {n}, 111 51 Stockholm"],
    ),
    "NO": (
        "Norway",
        ["Bergen", "Trondheim", "Tromsø"],
        ["Nordland"],
        ["Kongens gate {n}, 7011 Trondheim"],
    ),
    "DK": (
        "Denmark",
        ["Aarhus", "Odense", "Aalborg"],
        ["Jutland"],
        ["Vesterbrogade {n}, 1620 København"],
    ),
    "FI": ("Finland", ["Tampere", "Turku", "Oulu"], ["Lapland"], ["Hämeenkatu {n}, 33100 Tampere"]),
    "TR": (
        "Türkiye",
        ["Ankara", "Izmir", "Bursa", "Antalya"],
        ["Cappadocia"],
        ["Bağdat Caddesi No: {n}, Kadıköy, 34728 Istanbul"],
    ),
    "IN": (
        "India",
        ["Pune", "Chennai", "Kochi", "Jaipur", "Lucknow"],
        ["Kerala", "Rajasthan"],
        [
            "Flat {n}, Shanti Apartments, FC Road, Shivajinagar, Pune 411005",
            "{n}, 2nd Cross, Indiranagar, Bengaluru 560038",
        ],
    ),
    "PK": (
        "Pakistan",
        ["Lahore", "Karachi", "Peshawar"],
        ["Punjab"],
        ["House {n}, Street 7, F-7/2, Islamabad"],
    ),
    "NG": (
        "Nigeria",
        ["Lagos", "Ibadan", "Abuja", "Enugu"],
        ["Oyo State"],
        ["{n} Awolowo Road, Ikoyi, Lagos", "Plot {n}, Aminu Kano Crescent, Wuse II, Abuja"],
    ),
    "KE": (
        "Kenya",
        ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
        ["Turkana"],
        ["{n} Ngong Road, Nairobi"],
    ),
    "GH": ("Ghana", ["Accra", "Kumasi", "Takoradi"], ["Ashanti"], ["{n} Liberation Road, Accra"]),
    "ZA": (
        "South Africa",
        ["Durban", "Pretoria", "Stellenbosch"],
        ["KwaZulu-Natal"],
        ["{n} Florida Road, Morningside, Durban 4001"],
    ),
    "EG": (
        "Egypt",
        ["Alexandria", "Giza", "Luxor", "Aswan"],
        ["Sinai"],
        ["{n} Tahrir Street, Dokki, Giza"],
    ),
    "AE": (
        "the United Arab Emirates",
        ["Dubai", "Sharjah", "Abu Dhabi"],
        ["Fujairah"],
        ["Villa {n}, Al Wasl Road, Jumeirah, Dubai"],
    ),
    "SA": ("Saudi Arabia", ["Riyadh", "Jeddah", "Dammam"], ["Asir"], []),
    "MA": ("Morocco", ["Marrakesh", "Rabat", "Tangier", "Fès"], ["Souss"], []),
    "BR": (
        "Brazil",
        ["Curitiba", "Recife", "Belo Horizonte", "Manaus"],
        ["Bahia", "Minas Gerais"],
        [
            "Rua XV de Novembro {n}, Centro, Curitiba - PR, 80020-310",
            "Av. Conselheiro Aguiar {n}, Recife - PE, 51011-031",
        ],
    ),
    "MX": (
        "Mexico",
        ["Guadalajara", "Monterrey", "Oaxaca", "Puebla"],
        ["Yucatán", "Chiapas"],
        ["Av. Juárez {n}, Centro, 44100 Guadalajara, Jal."],
    ),
    "AR": (
        "Argentina",
        ["Rosario", "Córdoba", "Mendoza"],
        ["Patagonia"],
        ["Av. Corrientes {n}, C1043 CABA"],
    ),
    "CO": (
        "Colombia",
        ["Medellín", "Bogotá", "Cartagena", "Cali"],
        ["Antioquia"],
        ["Carrera 7 # {n}-45, Bogotá"],
    ),
    "PE": ("Peru", ["Cusco", "Arequipa", "Trujillo"], ["Ayacucho"], []),
    "AU": (
        "Australia",
        ["Brisbane", "Adelaide", "Hobart", "Townsville"],
        ["Tasmania", "Queensland"],
        ["{n} Brunswick St, Fitzroy VIC 3065", "{n} Rundle Mall, Adelaide SA 5000"],
    ),
    "NZ": (
        "New Zealand",
        ["Dunedin", "Christchurch", "Rotorua"],
        ["Otago", "Northland"],
        ["{n} Princes Street, Dunedin 9016"],
    ),
    "JP": (
        "Japan",
        ["Fukuoka", "Sendai", "Kanazawa", "Nagoya"],
        ["Hokkaido"],
        ["3-{n}-12 Tenjin, Chuo-ku, Fukuoka 810-0001"],
    ),
    "KR": (
        "South Korea",
        ["Busan", "Daegu", "Incheon", "Gwangju"],
        ["Gyeonggi"],
        ["{n} Teheran-ro, Gangnam-gu, Seoul"],
    ),
    "VN": (
        "Vietnam",
        ["Hanoi", "Huế", "Cần Thơ", "Hải Phòng"],
        ["Quảng Nam"],
        ["{n} Phố Hàng Bạc, Hoàn Kiếm, Hanoi"],
    ),
    "ID": (
        "Indonesia",
        ["Bandung", "Surabaya", "Yogyakarta", "Denpasar"],
        ["Sulawesi"],
        ["Jl. Braga No. {n}, Bandung 40111", "Jl. Malioboro No. {n}, Yogyakarta"],
    ),
    "PH": (
        "the Philippines",
        ["Cebu", "Davao", "Iloilo"],
        ["Mindanao"],
        ["{n} Katipunan Ave, Quezon City 1108"],
    ),
    "SG": ("Singapore", ["Singapore"], [], ["Blk {n} Tampines St 21, #08-114, Singapore 521123"]),
    "MY": (
        "Malaysia",
        ["Penang", "Ipoh", "Kuching"],
        ["Sabah"],
        ["{n}, Jalan Sultan Ismail, 50250 Kuala Lumpur"],
    ),
    "IR": ("Iran", ["Isfahan", "Tabriz", "Mashhad"], ["Gilan"], []),
}


def place(rng: random.Random, kind: str, code: str | None = None) -> tuple[str, str]:
    """A (value, country code) of kind city, country, region or addr."""
    pool = [c for c in PLACES if code in (None, c)]
    if kind == "addr":
        pool = [c for c in pool if PLACES[c][3]]
    if kind == "region":
        pool = [c for c in pool if PLACES[c][2]]
    code = rng.choice(pool)
    country, cities, regions, addrs = PLACES[code]
    if kind == "country":
        return country.removeprefix("the "), code
    if kind == "city":
        return rng.choice(cities), code
    if kind == "region":
        return rng.choice(regions), code
    return rng.choice(addrs).replace("{n}", str(rng.randint(2, 188))), code


# ---- decoys (no spans) ----

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _isbn(rng: random.Random) -> str:
    body = "978" + _digits(rng, 9)
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    d = (10 - total % 10) % 10
    return f"978-{body[3]}-{body[4:8]}-{body[8:12]}-{d}"


def decoy(rng: random.Random, kind: str) -> str:
    up = string.ascii_uppercase
    d = _digits
    if kind == "ord":
        return rng.choice(
            [f"ORD-{d(rng, 6)}", f"#{d(rng, 7)}", f"PO-{rng.randint(2019, 2025)}-{d(rng, 4)}"]
        )
    if kind == "ref":
        return "".join(rng.choice(up + "23456789") for _ in range(6))
    if kind == "date":
        day, mon, yr = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
        return rng.choice(
            [
                f"{yr}-{mon:02d}-{day:02d}",
                f"{day:02d}/{mon:02d}/{yr}",
                f"{day} {MONTHS[mon % 11]} {yr}",
                f"{MONTHS[mon % 11][:3]} {day}",
            ]
        )
    if kind == "time":
        return rng.choice(
            [
                f"{rng.randint(7, 21):02d}:{rng.choice(['00', '15', '30', '45'])}",
                f"{rng.randint(1, 11)}.{rng.choice(['00', '30'])}{rng.choice(['am', 'pm'])}",
            ]
        )
    if kind == "ver":
        return (
            f"{rng.choice(['v', ''])}{rng.randint(0, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"
        )
    if kind == "sha":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 10, 12, 40])))
    if kind == "price":
        cur = rng.choice(["£", "€", "$", "CHF ", ""])
        amount = f"{rng.randint(3, 4800):,}.{rng.choice(['00', '50', '99', '25'])}"
        return f"{cur}{amount}" if cur else f"{amount} EUR"
    if kind == "sku":
        return f"{rng.choice(['SKU', 'ART', 'CAT'])}-{rng.choice(up)}{rng.choice(up)}-{d(rng, 4)}"
    if kind == "isbn":
        return _isbn(rng)
    if kind == "doi":
        return (
            f"10.{rng.randint(1000, 9999)}/{rng.choice(['jphys', 'arch', 'ms', 'ijt'])}.{d(rng, 5)}"
        )
    if kind == "uuid":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    if kind == "hexc":
        return "#" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
    if kind == "port":
        return str(rng.choice([8080, 8443, 5432, 6379, 9090, 3000, 27017, 5672]))
    if kind == "room":
        return rng.choice(
            [
                f"{rng.choice('ABCDG')}{rng.randint(0, 4)}.{rng.randint(1, 40):02d}",
                f"{rng.randint(1, 5)}{rng.randint(0, 3)}{rng.randint(1, 9)}",
            ]
        )
    if kind == "flight":
        return (
            f"{rng.choice(['BA', 'LH', 'KL', 'AF', 'EK', 'TK', 'QF', 'U2'])}{rng.randint(10, 2999)}"
        )
    if kind == "track":
        return rng.choice(
            [
                f"1Z{d(rng, 3)}{rng.choice(up)}{rng.choice(up)}{d(rng, 11)}",
                f"JD{d(rng, 16)}",
                f"9400 1{d(rng, 3)} {d(rng, 4)} {d(rng, 4)} {d(rng, 4)} {d(rng, 2)}",
            ]
        )
    if kind == "inv":
        return f"INV-{rng.randint(2023, 2026)}-{d(rng, 5)}"
    if kind == "sc":
        return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    if kind == "n":
        return str(rng.randint(2, 48))
    if kind == "num":
        return str(rng.randint(120, 98000))
    if kind == "ts":
        return (
            f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        )
    if kind == "year":
        return str(rng.randint(1952, 2025))
    if kind == "seat":
        return f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}"
    if kind == "pn":
        return f"PN {d(rng, 4)}-{d(rng, 4)}-{d(rng, 3)}"
    if kind == "day":
        return rng.choice(DAYS)
    if kind == "month":
        return rng.choice(MONTHS)
    raise ValueError(kind)
