"""Places, numbers and decoys for val16, the sixteenth blind part of the labelled PII corpus.

Written by hand by an author who read only the package's `__init__.py` and `validity.py`:
cities with their regions and street addresses in 38 countries (each address one LOCATION
span, written the way its country writes it), card numbers made Luhn-valid, IBANs of 16
countries with computed check digits, SSNs by the issuing rules, IPv4 and IPv6 addresses,
bank account numbers, e-mail domains, and the decoys that sit beside them: order numbers,
tracking codes, ISBNs, versions, dates, prices, and things named like people that are not
people (brands, characters, dishes, cocktails, grapes, apples, paints, ships, horses ...).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok


@dataclass(frozen=True)
class Place:
    country: str
    city: str
    region: str
    addr: str
    phone_region: str


# country, phone region, [(city, region, street address), ...]
_PLACES: tuple[tuple[str, str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "United States",
        "US",
        (
            ("Boise", "Idaho", "1847 Larkspur Lane, Boise, ID 83702"),
            ("Duluth", "Minnesota", "2210 E Superior St Apt 4, Duluth, MN 55812"),
            ("Savannah", "Georgia", "318 W Gaston Street, Savannah, GA 31401"),
            ("Tucson", "Arizona", "5120 N Campbell Ave, Tucson, AZ 85718"),
            ("Anchorage", "Alaska", "940 W 36th Ave, Anchorage, AK 99503"),
        ),
    ),
    (
        "Canada",
        "CA",
        (
            ("Halifax", "Nova Scotia", "1674 Barrington St, Halifax, NS B3J 2A2"),
            ("Saskatoon", "Saskatchewan", "412 Spadina Crescent E, Saskatoon, SK S7K 3G5"),
            ("Trois-Rivières", "Québec", "1285 rue Notre-Dame Centre, Trois-Rivières, QC G9A 4X4"),
        ),
    ),
    (
        "United Kingdom",
        "GB",
        (
            ("Bristol", "Somerset", "14 Coldharbour Road, Bristol BS6 7JT"),
            ("Aberdeen", "Aberdeenshire", "Flat 2/1, 37 Rosemount Place, Aberdeen AB25 2XA"),
            ("Leicester", "Leicestershire", "88 Narborough Road, Leicester LE3 0BR"),
            ("Swansea", "West Glamorgan", "9 Brynmill Terrace, Swansea SA2 0BA"),
        ),
    ),
    (
        "Ireland",
        "IE",
        (
            ("Galway", "Connacht", "22 Dominick Street Lower, Galway H91 X2C4"),
            ("Limerick", "Munster", "5 Ennis Road, Limerick V94 TK20"),
        ),
    ),
    (
        "France",
        "FR",
        (
            ("Strasbourg", "Alsace", "17 rue des Tanneurs, 67000 Strasbourg"),
            ("Montpellier", "Occitanie", "4 bis avenue de Lodève, 34070 Montpellier"),
            ("Rennes", "Bretagne", "26 boulevard de la Liberté, 35000 Rennes"),
        ),
    ),
    (
        "Germany",
        "DE",
        (
            ("Stuttgart", "Baden-Württemberg", "Schillerstraße 42, 70173 Stuttgart"),
            ("Leipzig", "Sachsen", "Karl-Liebknecht-Str. 118, 04275 Leipzig"),
            ("Bremen", "Bremen", "Am Wall 153, 28195 Bremen"),
        ),
    ),
    (
        "Spain",
        "ES",
        (
            ("Zaragoza", "Aragón", "Calle del Coso 74, 3º B, 50001 Zaragoza"),
            ("Málaga", "Andalucía", "Avenida de Andalucía 21, 29006 Málaga"),
        ),
    ),
    (
        "Portugal",
        "PT",
        (
            ("Coimbra", "Centro", "Rua da Sofia 112, 3000-389 Coimbra"),
            ("Braga", "Minho", "Avenida da Liberdade 560, 4710-251 Braga"),
        ),
    ),
    (
        "Italy",
        "IT",
        (
            ("Bologna", "Emilia-Romagna", "Via dei Mille 12, 40121 Bologna"),
            ("Palermo", "Sicilia", "Via Maqueda 301, 90133 Palermo"),
        ),
    ),
    (
        "Netherlands",
        "NL",
        (
            ("Utrecht", "Utrecht", "Oudegracht 231-bis, 3511 NK Utrecht"),
            ("Groningen", "Groningen", "Herestraat 64, 9711 LN Groningen"),
        ),
    ),
    (
        "Belgium",
        "BE",
        (
            ("Ghent", "East Flanders", "Korenlei 19, 9000 Gent"),
            ("Namur", "Wallonia", "Rue de Fer 47, 5000 Namur"),
        ),
    ),
    (
        "Switzerland",
        "CH",
        (
            ("Lausanne", "Vaud", "Avenue de Cour 58, 1007 Lausanne"),
            ("Chur", "Graubünden", "Masanserstrasse 31, 7000 Chur"),
        ),
    ),
    (
        "Austria",
        "AT",
        (
            ("Graz", "Steiermark", "Annenstraße 29/7, 8020 Graz"),
            ("Innsbruck", "Tirol", "Museumstraße 15, 6020 Innsbruck"),
        ),
    ),
    (
        "Poland",
        "PL",
        (
            ("Wrocław", "Dolnośląskie", "ul. Świdnicka 38/4, 50-068 Wrocław"),
            ("Gdańsk", "Pomorskie", "ul. Długa 12, 80-827 Gdańsk"),
        ),
    ),
    (
        "Czechia",
        "CZ",
        (
            ("Brno", "South Moravia", "Údolní 53, 602 00 Brno"),
            ("Olomouc", "Olomouc Region", "Třída Svobody 14, 779 00 Olomouc"),
        ),
    ),
    (
        "Sweden",
        "SE",
        (
            ("Uppsala", "Uppland", "Svartbäcksgatan 9, 753 20 Uppsala"),
            ("Malmö", "Skåne", "Södra Förstadsgatan 40, 211 43 Malmö"),
        ),
    ),
    (
        "Norway",
        "NO",
        (
            ("Tromsø", "Troms", "Storgata 88, 9008 Tromsø"),
            ("Stavanger", "Rogaland", "Pedersgata 17, 4013 Stavanger"),
        ),
    ),
    (
        "Denmark",
        "DK",
        (
            ("Aarhus", "Midtjylland", "Nørregade 31, 2. tv, 8000 Aarhus C"),
            ("Odense", "Syddanmark", "Vestergade 70, 5000 Odense C"),
        ),
    ),
    (
        "Finland",
        "FI",
        (
            ("Tampere", "Pirkanmaa", "Hämeenkatu 25 B 14, 33200 Tampere"),
            ("Oulu", "North Ostrobothnia", "Kirkkokatu 8 A 3, 90100 Oulu"),
        ),
    ),
    (
        "Greece",
        "GR",
        (
            ("Thessaloniki", "Central Macedonia", "Egnatia 128, 546 22 Thessaloniki"),
            ("Heraklion", "Crete", "Odos Dikeosynis 19, 712 01 Heraklion"),
        ),
    ),
    (
        "Türkiye",
        "TR",
        (
            ("İzmir", "Aegean Region", "Kıbrıs Şehitleri Cd. No: 44, 35220 Alsancak/İzmir"),
            ("Bursa", "Marmara", "Altıparmak Cd. No: 17, 16050 Osmangazi/Bursa"),
        ),
    ),
    (
        "Morocco",
        "MA",
        (
            ("Fès", "Fès-Meknès", "12 Derb Ben Salem, Fès Medina 30110"),
            ("Agadir", "Souss-Massa", "Avenue Hassan II, Imm. 7, 80000 Agadir"),
        ),
    ),
    (
        "Kenya",
        "KE",
        (
            ("Kisumu", "Nyanza", "Oginga Odinga Road, Plot 42, Kisumu 40100"),
            ("Nakuru", "Rift Valley", "Kenyatta Avenue, Block 9, Nakuru 20100"),
        ),
    ),
    (
        "Nigeria",
        "NG",
        (
            ("Ibadan", "Oyo State", "14 Ring Road, Challenge, Ibadan 200211"),
            ("Enugu", "Enugu State", "7 Zik Avenue, Uwani, Enugu 400241"),
        ),
    ),
    (
        "South Africa",
        "ZA",
        (
            ("Durban", "KwaZulu-Natal", "61 Florida Road, Morningside, Durban 4001"),
            ("Bloemfontein", "Free State", "23 Kellner Street, Westdene, Bloemfontein 9301"),
        ),
    ),
    (
        "India",
        "IN",
        (
            ("Pune", "Maharashtra", "Flat 302, Sai Residency, Baner Road, Pune 411045"),
            ("Kochi", "Kerala", "XL/2145 Chittoor Road, Ernakulam, Kochi 682011"),
            ("Jaipur", "Rajasthan", "B-17 Shastri Nagar, Jaipur 302016"),
        ),
    ),
    (
        "Japan",
        "JP",
        (
            ("Sapporo", "Hokkaido", "4-2-11 Kita 3-jo Nishi, Chuo-ku, Sapporo 060-0003"),
            ("Fukuoka", "Kyushu", "2-14-7 Tenjin, Chuo-ku, Fukuoka 810-0001"),
        ),
    ),
    (
        "South Korea",
        "KR",
        (
            ("Daegu", "North Gyeongsang", "77 Dongseong-ro, Jung-gu, Daegu 41937"),
            ("Gwangju", "South Jeolla", "12 Geumnam-ro, Dong-gu, Gwangju 61470"),
        ),
    ),
    (
        "Vietnam",
        "VN",
        (
            ("Đà Nẵng", "Central Coast", "45 Bạch Đằng, Hải Châu, Đà Nẵng"),
            ("Huế", "Thừa Thiên", "9 Lê Lợi, Phú Hội, Huế"),
        ),
    ),
    (
        "Philippines",
        "PH",
        (
            ("Cebu City", "Central Visayas", "Unit 5B, 88 Osmeña Blvd, Cebu City 6000"),
            ("Davao", "Mindanao", "142 J.P. Laurel Ave, Bajada, Davao City 8000"),
        ),
    ),
    (
        "Australia",
        "AU",
        (
            ("Fremantle", "Western Australia", "27 Wattle Street, Fremantle WA 6160"),
            ("Hobart", "Tasmania", "3/114 Sandy Bay Road, Sandy Bay TAS 7005"),
            ("Townsville", "Queensland", "19 Flinders Street, Townsville QLD 4810"),
        ),
    ),
    (
        "New Zealand",
        "NZ",
        (
            ("Dunedin", "Otago", "41 Stuart Street, Dunedin 9016"),
            ("Tauranga", "Bay of Plenty", "8 Devonport Road, Tauranga 3110"),
        ),
    ),
    (
        "Brazil",
        "BR",
        (
            ("Curitiba", "Paraná", "Rua XV de Novembro 1508, apto 72, Curitiba - PR, 80060-000"),
            ("Recife", "Pernambuco", "Av. Boa Viagem 3420, Recife - PE, 51020-000"),
        ),
    ),
    (
        "Mexico",
        "MX",
        (
            ("Oaxaca", "Oaxaca", "Calle Macedonio Alcalá 407, Centro, 68000 Oaxaca de Juárez"),
            ("Mérida", "Yucatán", "Calle 60 No. 455 x 51, Centro, 97000 Mérida, Yuc."),
        ),
    ),
    (
        "Argentina",
        "AR",
        (
            ("Rosario", "Santa Fe", "Bv. Oroño 1245, Piso 3 Dto. B, S2000 Rosario"),
            ("Mendoza", "Cuyo", "Av. San Martín 980, M5500 Mendoza"),
        ),
    ),
    (
        "Colombia",
        "CO",
        (
            ("Medellín", "Antioquia", "Carrera 43A # 14-109, El Poblado, Medellín"),
            ("Bucaramanga", "Santander", "Calle 36 # 27-52, Bucaramanga"),
        ),
    ),
    (
        "United Arab Emirates",
        "AE",
        (
            ("Sharjah", "Sharjah Emirate", "Villa 12, Street 27, Al Nahda, Sharjah"),
            ("Al Ain", "Abu Dhabi Emirate", "Building 4, Khalifa Bin Zayed St, Al Ain"),
        ),
    ),
    (
        "Israel",
        "IL",
        (
            ("Haifa", "Haifa District", "HaNevi'im St 23, Haifa 3303123"),
            ("Be'er Sheva", "Negev", "Rager Blvd 101, Be'er Sheva 8489311"),
        ),
    ),
)

PLACES: tuple[Place, ...] = tuple(
    Place(country, city, region, addr, code)
    for country, code, cities in _PLACES
    for city, region, addr in cities
)


def place(rng: random.Random) -> Place:
    return rng.choice(PLACES)


EMAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "orange.fr",
    "libero.it",
    "hotmail.es",
    "proton.me",
    "icloud.com",
    "gmx.at",
    "seznam.cz",
    "wp.pl",
    "naver.com",
    "bigpond.com",
    "telenet.be",
    "xs4all.nl",
    "bluewin.ch",
    "sapo.pt",
    "uol.com.br",
    "rediffmail.com",
    "fastmail.fm",
    "yandex.com",
    "mail.ee",
    "hey.com",
    "zoho.in",
    "me.com",
)
WORK_DOMAINS = (
    "skyharbour-air.com",
    "tidewell-travel.co.uk",
    "kestrelmotors.com",
    "lettingsbureau.ie",
    "halvorsen-law.no",
    "brightpath-hr.com",
    "oakridge-k12.org",
    "ironbarbell.gym",
    "gatepass-tickets.com",
    "everafter-weddings.co",
    "stillwater-funerals.com",
    "corner-pharmacy.ca",
    "smileworks-dental.com.au",
    "permits.cityhall.example.gov",
    "northgrid-energy.de",
    "valleyfarm-coop.org",
    "bluefin-charters.nz",
    "devmail.io",
)


def email(rng: random.Random, local: str | None = None, work: bool = False) -> str:
    local = local or rng.choice(
        [
            "sunnyside.kid",
            "the.gardener",
            "pixel_fox",
            "trailrunner77",
            "coffee.addict",
            "booklover.22",
            "moonwatcher",
            "rainyday.m",
            "x.marks",
            "hikingboots",
        ]
    ) + str(rng.randint(1, 999))
    return f"{local}@{rng.choice(WORK_DOMAINS if work else EMAIL_DOMAINS)}"


# cards -------------------------------------------------------------------------------------


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb"])
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": ("2221", 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "discover": ("6011", 16),
        "jcb": ("3528", 16),
    }[kind]
    digits = _luhn_complete(prefix, length, rng)
    sep = rng.choice([" ", " ", "-", ""])
    if length == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


# IBANs -------------------------------------------------------------------------------------

# country: BBAN pattern ("9" a digit, "A" a capital letter)
IBAN_BBAN = {
    "DE": "999999999999999999",
    "GB": "AAAA99999999999999",
    "FR": "99999999999999999999999",
    "ES": "99999999999999999999",
    "NL": "AAAA9999999999",
    "IT": "A9999999999999999999999",
    "BE": "999999999999",
    "CH": "99999999999999999",
    "AT": "9999999999999999",
    "IE": "AAAA99999999999999",
    "PL": "999999999999999999999999",
    "PT": "999999999999999999999",
    "SE": "99999999999999999999",
    "NO": "99999999999",
    "DK": "99999999999999",
    "FI": "99999999999999",
}
_BANK_LETTERS = ("NWBK", "BARC", "AIBK", "BOFI", "INGB", "RABO", "ABNA", "MIDL", "LOYD", "TRIO")


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_BBAN))
    pattern = IBAN_BBAN[country]
    letters = rng.choice(_BANK_LETTERS)
    bban = "".join(
        letters[i % 4] if c == "A" else str(rng.randint(0, 9)) for i, c in enumerate(pattern)
    )
    if pattern.startswith("A") and not pattern.startswith("AAAA"):  # Italy's CIN letter
        bban = rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") + bban[1:]
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    if rng.random() < 0.55:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# SSNs, IPs, accounts -----------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([23, 31, 46, 62, 81, 88, 94, 109, 145, 178, 185, 203, 212])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2001:db8", "2a02:8108", "2600:1700", "2a01:4f8", "fe80:", "2406:da18"])
    groups = [f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([2, 3, 4]))]
    if head.endswith(":"):
        return head + ":" + ":".join(groups)
    return head + "::" + ":".join(groups)


def account(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([8, 10, 12])))
    if kind == 1:
        return f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    if kind == 2:
        return f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    if kind == 3:
        return f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    return f"00{rng.randint(10000000, 99999999)}"


# decoys (never gold) -----------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _isbn13(rng: random.Random) -> str:
    body = "978" + _digits(rng, 9)
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


MONTHS = "January February March April June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def decoy(kind: str, rng: random.Random) -> str:
    """A value that looks like data but is not personal: order numbers, dates, versions ..."""
    match kind:
        case "order":
            return rng.choice(["ORD-", "#", "SO-", "PO-", "WEB"]) + _digits(
                rng, rng.choice([6, 7, 9])
            )
        case "date":
            return rng.choice(
                [
                    f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 202{rng.randint(4, 6)}",
                    f"202{rng.randint(4, 6)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/202{rng.randint(4, 6)}",
                    f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
                ]
            )
        case "time":
            return rng.choice(
                [
                    f"{rng.randint(6, 21):02d}:{rng.choice(['00', '15', '30', '45'])}",
                    f"{rng.randint(1, 11)}:{rng.choice(['00', '30', '45'])} {rng.choice(['am', 'pm'])}",
                ]
            )
        case "day":
            return rng.choice(WEEKDAYS)
        case "price":
            return (
                rng.choice(["$", "€", "£", "CHF ", "A$"])
                + f"{rng.randint(9, 2400)}.{rng.choice(['00', '50', '99', '95'])}"
            )
        case "ver":
            return f"{rng.randint(0, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"
        case "ticket":
            return (
                rng.choice(["INC", "REQ", "OPS", "HELP", "CS", "BUG"])
                + "-"
                + _digits(rng, rng.choice([4, 5, 6]))
            )
        case "sku":
            return (
                rng.choice(["SKU ", "ART-", "PN "])
                + f"{rng.randint(10, 99)}-{_digits(rng, 4)}-{rng.choice('ABCDEFGHJK')}{rng.randint(1, 9)}"
            )
        case "hash":
            return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40])))
        case "track":
            return (
                rng.choice(["1Z", "JD", "TBA", "LX"])
                + _digits(rng, rng.choice([12, 14, 16]))
                + rng.choice(["", "GB", "DE", ""])
            )
        case "isbn":
            return _isbn13(rng)
        case "flight":
            return rng.choice(["SH", "TW", "KX", "QB", "NV"]) + str(rng.randint(100, 9899))
        case "pnr":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        case "seat":
            return f"{rng.randint(1, 44)}{rng.choice('ABCDEF')}"
        case "gate":
            return f"{rng.choice('ABCDE')}{rng.randint(1, 48)}"
        case "n":
            return str(rng.randint(2, 12))
        case "num":
            return str(rng.randint(13, 480))
        case "pct":
            return f"{rng.randint(2, 98)}%"
        case "year":
            return str(rng.randint(1998, 2025))
        case "ref":
            return (
                rng.choice(["REF", "BK", "CNF", "INV", "APP"])
                + "-"
                + _digits(rng, 4)
                + "-"
                + "".join(rng.choice("ABCDEFGHKMNPRT") for _ in range(2))
            )
        case "port":
            return str(rng.choice([443, 5432, 6379, 8080, 8443, 9200, 3000]))
        case "meter":
            return f"MTR-{_digits(rng, 8)}"
        case "invoice":
            return f"INV-{rng.randint(2024, 2026)}-{_digits(rng, 5)}"
        case "uuid":
            h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
        case "phonelike":  # looks like a phone, is a product or order code
            return f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}"
        case "cardlike":  # sixteen digits, not Luhn-valid
            while True:
                d = "4" + _digits(rng, 15)
                if not luhn_ok(d):
                    return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if kind in THINGS:
        return rng.choice(THINGS[kind])
    raise ValueError(f"unknown decoy {kind!r}")


# Things named like people (or looking like names) that are not people: never gold.
THINGS: dict[str, tuple[str, ...]] = {
    "brand": (
        "Ben & Jerry's",
        "Tesla",
        "Dr. Martens",
        "Tommy Hilfiger",
        "Calvin Klein",
        "Ralph Lauren",
        "Hugo Boss",
        "Johnnie Walker",
        "Jack Daniel's",
        "Tim Hortons",
        "Trader Joe's",
        "Wendy's",
        "McDonald's",
        "Kellogg's",
        "Peugeot",
        "Porsche",
        "Lamborghini",
        "Michelin",
        "Cadbury",
        "Heinz",
        "Dyson",
        "Philips",
        "Mrs. Fields",
        "Ford",
        "Bosch",
        "Levi's",
        "Marks & Spencer",
        "Sainsbury's",
        "Tiffany & Co.",
        "Van Houten",
    ),
    "character": (
        "Sherlock Holmes",
        "Hermione Granger",
        "Geralt of Rivia",
        "Lara Croft",
        "Master Chief",
        "Princess Zelda",
        "Samus Aran",
        "Cloud Strife",
        "Arthur Morgan",
        "Kratos",
        "Ezio Auditore",
        "Frodo Baggins",
        "Gandalf",
        "Elizabeth Bennet",
        "Atticus Finch",
        "Jay Gatsby",
        "Captain Ahab",
        "Hercule Poirot",
        "Miss Marple",
        "Paddington",
        "Winnie the Pooh",
        "Peppa Pig",
        "Bluey",
        "Homer Simpson",
        "Luigi",
        "Sonic",
        "Pikachu",
        "Mr. Darcy",
        "Anne of Green Gables",
        "Tintin",
    ),
    "bot": (
        "Alexa",
        "Siri",
        "Cortana",
        "Clippy",
        "Bixby",
        "Jarvis",
        "Ask Ada",
        "Erica the bank bot",
        "Tessa the booking assistant",
        "Marvo the help bot",
    ),
    "dish": (
        "Eggs Benedict",
        "Beef Wellington",
        "Caesar salad",
        "Pizza Margherita",
        "Peach Melba",
        "Pavlova",
        "Oysters Rockefeller",
        "Chicken à la King",
        "Bananas Foster",
        "Carpaccio",
        "Nachos",
        "Beef Stroganoff",
        "Lobster Thermidor",
        "Crêpes Suzette",
    ),
    "cocktail": (
        "Tom Collins",
        "Bloody Mary",
        "Shirley Temple",
        "Rob Roy",
        "Arnold Palmer",
        "Bellini",
        "Rossini",
        "Harvey Wallbanger",
        "Tom and Jerry",
        "Margarita",
        "Negroni",
        "Old Fashioned",
    ),
    "grape": (
        "Pinot Noir",
        "Grenache",
        "Cabernet Franc",
        "Sauvignon Blanc",
        "Gewürztraminer",
        "Pinot Grigio",
        "Tempranillo",
        "Nebbiolo",
        "Chenin Blanc",
        "Zinfandel",
        "Mourvèdre",
    ),
    "apple": (
        "Granny Smith",
        "Pink Lady",
        "Honeycrisp",
        "Braeburn",
        "Jonagold",
        "Cox's Orange Pippin",
        "McIntosh",
        "Ambrosia",
        "Opal",
        "Cosmic Crisp",
    ),
    "paint": (
        "Amber Glow",
        "Jasper Red",
        "Olive Grove",
        "Hazel Mist",
        "Violet Hour",
        "Ruby Lacquer",
        "Iris Blue",
        "Daisy White",
        "Heather Haze",
        "Holly Green",
        "Jade Satin",
        "Ivy Trellis",
        "Coral Reef",
        "Sage Linen",
        "Raven Black",
        "Sterling Silver",
    ),
    "perfume": (
        "Eau de Ivy",
        "Jade Nocturne",
        "Violet No. 9",
        "Sage & Cedar",
        "Amber Oud",
        "Raven Noir",
    ),
    "dance": (
        "Iyengar yoga",
        "Ashtanga",
        "Pilates",
        "Lindy Hop",
        "Charleston",
        "Zumba",
        "Vinyasa flow",
        "Bachata",
    ),
    "ship": (
        "Queen Mary 2",
        "MSC Ophelia",
        "Spirit of Jasper",
        "HMS Victory",
        "Lady Amber",
        "MV Sea Heather",
    ),
    "horse": (
        "Sea Biscuit Jr",
        "Frankel's Echo",
        "Galloping Jasper",
        "Midnight Sterling",
        "Ivy Express",
        "Captain Coral",
    ),
    "storm": (
        "Storm Ciara",
        "Hurricane Otis",
        "Typhoon Haiyan",
        "Storm Babet",
        "Cyclone Gabrielle",
    ),
    "award": (
        "Nobel Prize",
        "Pulitzer Prize",
        "Booker Prize",
        "Turing Award",
        "Fields Medal",
        "Oscar",
        "Emmy",
        "Grammy",
        "Tony Award",
    ),
    "law": (
        "Megan's Law",
        "Sarbanes-Oxley",
        "Glass-Steagall",
        "Murphy's Law",
        "Moore's law",
        "Godwin's law",
        "Hooke's law",
        "Ohm's law",
    ),
    "disease": (
        "Alzheimer's",
        "Parkinson's",
        "Crohn's disease",
        "Hodgkin lymphoma",
        "Tourette syndrome",
        "Asperger's",
        "Raynaud's",
        "Bell's palsy",
    ),
    "theorem": (
        "Pythagoras' theorem",
        "Bayes' theorem",
        "Fermat's Last Theorem",
        "Dijkstra's algorithm",
        "Kruskal's algorithm",
        "the Fibonacci sequence",
        "Euler's identity",
        "a Turing machine",
        "Boolean logic",
        "a Gaussian blur",
    ),
    "model": (
        "Corolla Cross",
        "Model Y",
        "Kuga",
        "Ioniq 5",
        "Fiesta",
        "Leaf",
        "Yaris",
        "Outback",
        "Kodiaq",
        "Tiguan",
        "Mégane E-Tech",
        "Jimny",
    ),
    "codename": (
        "Project Jasper",
        "Operation Amber",
        "Bluebird",
        "Falcon",
        "Nightjar",
        "Halcyon",
        "Kestrel",
        "Juniper",
        "Sterling",
        "Obsidian",
        "Copperhead",
    ),
    "host": (
        "db-primary-03",
        "ivy-worker-7",
        "jasper-cache",
        "amber-gw-02",
        "kestrel-api",
        "sterling-batch-1",
        "halcyon-etl",
        "raven-ci-runner",
    ),
    "team": (
        "Team Phoenix",
        "Platform Guild",
        "Red Squad",
        "Night Owls",
        "Growth Pod",
        "Squad Juniper",
        "Blue Team",
    ),
    "product": (
        "AeroPress",
        "Kindle Paperwhite",
        "Instant Pot",
        "Roomba",
        "PlayStation 5",
        "Thermomix",
        "Nespresso Vertuo",
        "Stanley Quencher",
        "Vitamix A3500",
        "Garmin Forerunner 265",
    ),
    "pet": ("Biscuit", "Mochi", "Pickles", "Waffles", "Noodle", "Pretzel", "Sprout", "Peanut"),
}
