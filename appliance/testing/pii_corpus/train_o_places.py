"""Places for the train_o generator: countries with their cities, regions, streets, postcode
shapes and address layouts, all typed by hand from memory (written blind: its author read
only the corpus's `__init__.py` and `validity.py`).

An address is one LOCATION span; a city, region or country in its own field is one too.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str  # ISO code, also the phone region
    name: str
    cities: tuple[str, ...]
    regions: tuple[str, ...]
    streets: tuple[str, ...]
    layout: str  # S street, N number, Z postcode, C city, R region
    postcode: str  # '#' a digit, '?' a capital letter


COUNTRIES: tuple[Country, ...] = (
    Country(
        "DE",
        "Germany",
        ("Leipzig", "Kassel", "Freiburg im Breisgau", "Münster", "Rostock"),
        ("Bavaria", "Saxony", "Lower Saxony"),
        ("Lindenstraße", "Am Mühlbach", "Goethestraße", "Kastanienallee"),
        "S N, Z C",
        "#####",
    ),
    Country(
        "AT",
        "Austria",
        ("Innsbruck", "Salzburg", "Graz", "Linz"),
        ("Tyrol", "Styria"),
        ("Mariahilfer Straße", "Hauptplatz", "Schulgasse"),
        "S N, Z C",
        "####",
    ),
    Country(
        "CH",
        "Switzerland",
        ("Winterthur", "Lausanne", "Lugano", "Basel"),
        ("Vaud", "Ticino", "Graubünden"),
        ("Bahnhofstrasse", "Rue du Midi", "Seestrasse"),
        "S N, Z C",
        "####",
    ),
    Country(
        "FR",
        "France",
        ("Lyon", "Rennes", "Lille", "Toulouse", "Clermont-Ferrand"),
        ("Brittany", "Occitanie", "Normandy"),
        ("rue des Lilas", "avenue de la République", "chemin des Vignes", "boulevard Gambetta"),
        "N S, Z C",
        "#####",
    ),
    Country(
        "BE",
        "Belgium",
        ("Leuven", "Ghent", "Namur", "Liège"),
        ("Flanders", "Wallonia"),
        ("Kerkstraat", "Rue de la Station", "Stationsplein"),
        "S N, Z C",
        "####",
    ),
    Country(
        "NL",
        "the Netherlands",
        ("Utrecht", "Zwolle", "Groningen", "Eindhoven"),
        ("Gelderland", "Friesland", "Zeeland"),
        ("Prinsengracht", "Dorpsstraat", "Kerkweg"),
        "S N, Z C",
        "#### ??",
    ),
    Country(
        "GB",
        "United Kingdom",
        ("Leeds", "Norwich", "Swansea", "Aberdeen", "Coventry"),
        ("Yorkshire", "Cornwall", "the Scottish Highlands"),
        ("Mill Lane", "Station Road", "Albion Terrace", "Wellington Crescent"),
        "N S, C Z",
        "??# #??",
    ),
    Country(
        "IE",
        "Ireland",
        ("Galway", "Kilkenny", "Sligo", "Dundalk"),
        ("Connacht", "County Kerry", "Munster"),
        ("Main Street", "Church Road", "Quay Lane"),
        "N S, C, Z",
        "?## ?#?#",
    ),
    Country(
        "ES",
        "Spain",
        ("Sevilla", "Bilbao", "Zaragoza", "Valladolid", "Málaga"),
        ("Andalusia", "Galicia", "Castilla y León"),
        ("Calle Mayor", "Avenida de la Constitución", "Calle del Carmen"),
        "S N, Z C",
        "#####",
    ),
    Country(
        "PT",
        "Portugal",
        ("Porto", "Braga", "Coimbra", "Faro"),
        ("Alentejo", "Algarve"),
        ("Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo"),
        "S N, Z C",
        "####-###",
    ),
    Country(
        "IT",
        "Italy",
        ("Torino", "Bari", "Verona", "Padova", "Palermo"),
        ("Tuscany", "Sicily", "Emilia-Romagna"),
        ("Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille"),
        "S N, Z C",
        "#####",
    ),
    Country(
        "PL",
        "Poland",
        ("Kraków", "Poznań", "Gdańsk", "Łódź", "Wrocław"),
        ("Silesia", "Masovia", "Pomerania"),
        ("ul. Długa", "ul. Kwiatowa", "ul. Ogrodowa"),
        "S N, Z C",
        "##-###",
    ),
    Country(
        "CZ",
        "Czechia",
        ("Brno", "Olomouc", "Plzeň", "Ostrava"),
        ("Moravia", "Bohemia"),
        ("Národní", "Husova", "Palackého"),
        "S N, Z C",
        "### ##",
    ),
    Country(
        "SE",
        "Sweden",
        ("Uppsala", "Malmö", "Umeå", "Göteborg"),
        ("Skåne", "Norrland"),
        ("Storgatan", "Drottninggatan", "Kyrkvägen"),
        "S N, Z C",
        "### ##",
    ),
    Country(
        "NO",
        "Norway",
        ("Trondheim", "Stavanger", "Tromsø", "Bergen"),
        ("Finnmark", "Vestland"),
        ("Storgata", "Kirkeveien", "Skolegata"),
        "S N, Z C",
        "####",
    ),
    Country(
        "DK",
        "Denmark",
        ("Aarhus", "Odense", "Aalborg", "Esbjerg"),
        ("Jutland", "Zealand"),
        ("Vestergade", "Nørrebrogade", "Skovvej"),
        "S N, Z C",
        "####",
    ),
    Country(
        "FI",
        "Finland",
        ("Tampere", "Oulu", "Turku", "Jyväskylä"),
        ("Lapland", "Uusimaa", "Karelia"),
        ("Hämeenkatu", "Rantatie", "Koulukatu"),
        "S N, Z C",
        "#####",
    ),
    Country(
        "TR",
        "Türkiye",
        ("İzmir", "Bursa", "Eskişehir", "Ankara", "Gaziantep"),
        ("Anatolia", "Cappadocia"),
        ("Atatürk Caddesi", "Cumhuriyet Caddesi", "Gül Sokak"),
        "S No: N, Z C",
        "#####",
    ),
    Country(
        "US",
        "United States",
        ("Sacramento", "Tucson", "Omaha", "Pittsburgh", "Albuquerque", "Des Moines"),
        ("Ohio", "Nebraska", "Oregon", "New Mexico"),
        ("Maple Avenue", "Oak Street", "Sunset Boulevard", "Elm Court"),
        "N S, C, R Z",
        "#####",
    ),
    Country(
        "CA",
        "Canada",
        ("Winnipeg", "Saskatoon", "Québec", "Moncton"),
        ("Manitoba", "Nova Scotia", "Saskatchewan"),
        ("Rue Saint-Denis", "Portage Avenue", "Spring Garden Road"),
        "N S, C, R Z",
        "?#? #?#",
    ),
    Country(
        "MX",
        "Mexico",
        ("Guadalajara", "Monterrey", "Puebla", "Oaxaca"),
        ("Jalisco", "Yucatán", "Nuevo León"),
        ("Avenida Juárez", "Calle Hidalgo", "Calle Allende"),
        "S N, Col. Centro, Z C",
        "#####",
    ),
    Country(
        "BR",
        "Brazil",
        ("Curitiba", "Recife", "Belo Horizonte", "Porto Alegre"),
        ("Minas Gerais", "Bahia", "Paraná"),
        ("Rua Augusta", "Avenida Brasil", "Rua XV de Novembro"),
        "S, N - C, Z",
        "#####-###",
    ),
    Country(
        "AR",
        "Argentina",
        ("Rosario", "Córdoba", "Tucumán", "Bahía Blanca"),
        ("Patagonia", "Santa Fe"),
        ("Avenida Corrientes", "Calle San Martín", "Bulevar Oroño"),
        "S N, Z C",
        "?####???",
    ),
    Country(
        "IN",
        "India",
        ("Pune", "Lucknow", "Chennai", "Kochi", "Jaipur"),
        ("Maharashtra", "Kerala", "Tamil Nadu", "Rajasthan"),
        ("MG Road", "Nehru Nagar", "Linking Road"),
        "N, S, C Z",
        "######",
    ),
    Country(
        "ID",
        "Indonesia",
        ("Surabaya", "Bandung", "Yogyakarta", "Medan"),
        ("West Java", "Bali", "North Sumatra"),
        ("Jalan Sudirman", "Jalan Malioboro", "Jalan Diponegoro"),
        "S No. N, C Z",
        "#####",
    ),
    Country(
        "MY",
        "Malaysia",
        ("Ipoh", "Johor Bahru", "Kuching", "Kota Kinabalu"),
        ("Sabah", "Sarawak", "Selangor"),
        ("Jalan Bukit Bintang", "Jalan Tun Razak", "Lorong Kuching"),
        "N S, Z C",
        "#####",
    ),
    Country(
        "PH",
        "Philippines",
        ("Cebu City", "Davao City", "Quezon City", "Iloilo City"),
        ("Mindanao", "Visayas"),
        ("Rizal Avenue", "Mabini Street", "Osmeña Boulevard"),
        "N S, C Z",
        "####",
    ),
    Country(
        "VN",
        "Vietnam",
        ("Hanoi", "Da Nang", "Can Tho", "Hai Phong"),
        ("Quang Ninh", "the Mekong Delta"),
        ("Phố Hàng Bạc", "Đường Lê Lợi", "Đường Trần Phú"),
        "N S, C",
        "######",
    ),
    Country(
        "JP",
        "Japan",
        ("Sendai", "Kanazawa", "Fukuoka", "Nagoya"),
        ("Hokkaido", "Kyushu", "Kansai"),
        ("Sakae", "Chuo", "Tenjin"),
        "N-2-5 S, C Z",
        "###-####",
    ),
    Country(
        "KR",
        "South Korea",
        ("Busan", "Daegu", "Gwangju", "Incheon"),
        ("Gyeonggi", "Jeju"),
        ("Haeundae-ro", "Jungang-daero", "Gangnam-daero"),
        "N S, C Z",
        "#####",
    ),
    Country(
        "NG",
        "Nigeria",
        ("Ibadan", "Enugu", "Kano", "Port Harcourt"),
        ("Lagos State", "Rivers State"),
        ("Awolowo Road", "Adeola Odeku Street", "Ogui Road"),
        "N S, C",
        "######",
    ),
    Country(
        "KE",
        "Kenya",
        ("Kisumu", "Mombasa", "Nakuru", "Eldoret"),
        ("Rift Valley", "Nyanza"),
        ("Moi Avenue", "Kenyatta Avenue", "Ngong Road"),
        "N S, C Z",
        "#####",
    ),
    Country(
        "ZA",
        "South Africa",
        ("Durban", "Pietermaritzburg", "Bloemfontein", "Gqeberha"),
        ("KwaZulu-Natal", "Western Cape", "Gauteng"),
        ("Long Street", "Florida Road", "Voortrekker Road"),
        "N S, C Z",
        "####",
    ),
    Country(
        "EG",
        "Egypt",
        ("Alexandria", "Mansoura", "Aswan", "Tanta"),
        ("Sinai", "Giza"),
        ("Talaat Harb Street", "El Horreya Road", "26th of July Street"),
        "N S, C Z",
        "#####",
    ),
    Country(
        "MA",
        "Morocco",
        ("Fès", "Marrakech", "Agadir", "Tétouan"),
        ("Souss-Massa", "the Rif"),
        ("Boulevard Mohammed V", "Rue Ibn Battouta", "Avenue Hassan II"),
        "N S, Z C",
        "#####",
    ),
    Country(
        "AU",
        "Australia",
        ("Ballarat", "Townsville", "Geelong", "Hobart"),
        ("Queensland", "Tasmania", "New South Wales"),
        ("Sturt Street", "Flinders Street", "Ryrie Street"),
        "N S, C R Z",
        "####",
    ),
    Country(
        "NZ",
        "New Zealand",
        ("Dunedin", "Tauranga", "Rotorua", "Whanganui"),
        ("Otago", "Canterbury", "Waikato"),
        ("Cameron Road", "Fenton Street", "Princes Street"),
        "N S, C Z",
        "####",
    ),
    Country(
        "GR",
        "Greece",
        ("Thessaloniki", "Patras", "Heraklion", "Ioannina"),
        ("Crete", "Macedonia", "the Peloponnese"),
        ("Odos Ermou", "Odos Tsimiski", "Leoforos Kifisias"),
        "S N, Z C",
        "### ##",
    ),
    Country(
        "RO",
        "Romania",
        ("Cluj-Napoca", "Timișoara", "Iași", "Brașov"),
        ("Transylvania", "Moldavia"),
        ("Strada Memorandumului", "Bulevardul Eroilor", "Strada Lungă"),
        "S nr. N, C Z",
        "######",
    ),
    Country(
        "HU",
        "Hungary",
        ("Debrecen", "Szeged", "Pécs", "Győr"),
        ("Transdanubia", "Baranya"),
        ("Piac utca", "Kossuth Lajos utca", "Széchenyi tér"),
        "Z C, S N.",
        "####",
    ),
    Country(
        "IL",
        "Israel",
        ("Haifa", "Be'er Sheva", "Netanya"),
        ("Galilee", "the Negev"),
        ("Herzl Street", "Sderot Rothschild", "Rehov HaNassi"),
        "S N, C Z",
        "#######",
    ),
    Country(
        "AE",
        "United Arab Emirates",
        ("Sharjah", "Abu Dhabi", "Ajman"),
        ("Ras Al Khaimah", "Fujairah"),
        ("Al Wahda Street", "Al Khan Road", "Corniche Road"),
        "Villa N, S, C",
        "#",
    ),
    Country(
        "SA",
        "Saudi Arabia",
        ("Jeddah", "Dammam", "Medina"),
        ("Asir", "Qassim"),
        ("Prince Sultan Road", "Tahlia Street", "King Abdullah Road"),
        "N S, C Z",
        "#####",
    ),
    Country(
        "UA",
        "Ukraine",
        ("Lviv", "Kharkiv", "Odesa", "Vinnytsia"),
        ("Zakarpattia", "Poltava Oblast"),
        ("vul. Shevchenka", "prosp. Svobody", "vul. Rynok"),
        "S N, C Z",
        "#####",
    ),
)

BY_CODE: dict[str, Country] = {c.code: c for c in COUNTRIES}

# Every hand-written place name (cities, regions, countries), for the tests.
PLACE_NAMES: tuple[str, ...] = tuple(
    sorted({n for c in COUNTRIES for n in (c.name, *c.cities, *c.regions)})
)

_FIELD = re.compile(r"(?<![A-Za-z])[SNZCR](?![A-Za-z])")

# the state or province written in an address, by city
_STATE = {
    "Sacramento": "CA",
    "Tucson": "AZ",
    "Omaha": "NE",
    "Pittsburgh": "PA",
    "Albuquerque": "NM",
    "Des Moines": "IA",
    "Winnipeg": "MB",
    "Saskatoon": "SK",
    "Québec": "QC",
    "Moncton": "NB",
    "Ballarat": "VIC",
    "Townsville": "QLD",
    "Geelong": "VIC",
    "Hobart": "TAS",
}


def postcode(c: Country, rng: random.Random) -> str:
    out = []
    for ch in c.postcode:
        if ch == "#":
            out.append(str(rng.randint(1 if not out else 0, 9)))
        elif ch == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTWXY"))
        else:
            out.append(ch)
    return "".join(out)


def address(c: Country, rng: random.Random, city: str | None = None) -> str:
    """A street address of the country, on one line, as one LOCATION span."""
    city = city or rng.choice(c.cities)
    parts = {
        "S": rng.choice(c.streets),
        "N": str(rng.randint(1, 240)) + rng.choice(("", "", "", "a", "B")),
        "Z": postcode(c, rng),
        "C": city,
        "R": _STATE.get(city, ""),
    }
    return _FIELD.sub(lambda m: parts[m.group()], c.layout)


def street(c: Country, rng: random.Random) -> str:
    """A street and house number alone (the first line of an address)."""
    s, n = rng.choice(c.streets), str(rng.randint(1, 180))
    return f"{n} {s}" if c.layout.startswith("N") else f"{s} {n}"
