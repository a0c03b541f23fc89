"""Places for val19: cities with their regions in 40 countries and street addresses in the
formats of 12 of them, written by hand for this part (blind: the author read only the
package's `__init__.py` and `validity.py`).

Place names that are also people's names, brands or dishes ("Victoria", "Wellington",
"Darwin", "Savannah") are left out, so that a clean prompt's decoys never name a place.
"""

from __future__ import annotations

import random
import string

# country: [(city, region or ""), ...]
CITIES: dict[str, list[tuple[str, str]]] = {
    "United Kingdom": [
        ("Harrogate", "North Yorkshire"),
        ("Aberystwyth", "Ceredigion"),
        ("Stockport", "Greater Manchester"),
        ("Truro", "Cornwall"),
        ("Colchester", "Essex"),
        ("Dundee", "Angus"),
        ("Norwich", "Norfolk"),
        ("Leicester", "Leicestershire"),
    ],
    "United States": [
        ("Tucson", "Arizona"),
        ("Duluth", "Minnesota"),
        ("Boise", "Idaho"),
        ("Albuquerque", "New Mexico"),
        ("Pittsburgh", "Pennsylvania"),
        ("Chattanooga", "Tennessee"),
        ("Omaha", "Nebraska"),
        ("Burlington", "Vermont"),
        ("Spokane", "Washington State"),
    ],
    "Germany": [
        ("Freiburg im Breisgau", "Baden-Württemberg"),
        ("Münster", "Nordrhein-Westfalen"),
        ("Leipzig", "Sachsen"),
        ("Regensburg", "Bayern"),
        ("Kiel", "Schleswig-Holstein"),
        ("Göttingen", "Niedersachsen"),
    ],
    "France": [
        ("Montpellier", "Occitanie"),
        ("Rennes", "Bretagne"),
        ("Grenoble", "Auvergne-Rhône-Alpes"),
        ("Besançon", "Bourgogne-Franche-Comté"),
        ("Nantes", "Pays de la Loire"),
        ("Lille", "Hauts-de-France"),
    ],
    "Spain": [
        ("Zaragoza", "Aragón"),
        ("Valladolid", "Castilla y León"),
        ("Cádiz", "Andalucía"),
        ("Bilbao", "País Vasco"),
        ("Girona", "Cataluña"),
        ("Murcia", "Región de Murcia"),
    ],
    "Italy": [
        ("Bergamo", "Lombardia"),
        ("Lecce", "Puglia"),
        ("Trieste", "Friuli-Venezia Giulia"),
        ("Perugia", "Umbria"),
        ("Cagliari", "Sardegna"),
    ],
    "Netherlands": [
        ("Utrecht", ""),
        ("Groningen", ""),
        ("Zwolle", "Overijssel"),
        ("Leiden", "Zuid-Holland"),
        ("Eindhoven", "Noord-Brabant"),
    ],
    "Ireland": [
        ("Galway", "Connacht"),
        ("Kilkenny", "Leinster"),
        ("Sligo", "Connacht"),
        ("Dundalk", "County Louth"),
        ("Athlone", "County Westmeath"),
    ],
    "Portugal": [
        ("Braga", ""),
        ("Coimbra", ""),
        ("Aveiro", ""),
        ("Faro", "Algarve"),
        ("Évora", ""),
    ],
    "Brazil": [
        ("Curitiba", "Paraná"),
        ("Recife", "Pernambuco"),
        ("Belo Horizonte", "Minas Gerais"),
        ("Florianópolis", "Santa Catarina"),
        ("Manaus", "Amazonas"),
    ],
    "Mexico": [
        ("Guadalajara", "Jalisco"),
        ("Oaxaca", ""),
        ("Puebla", ""),
        ("Mérida", "Yucatán"),
        ("Monterrey", "Nuevo León"),
    ],
    "Canada": [
        ("Halifax", "Nova Scotia"),
        ("Saskatoon", "Saskatchewan"),
        ("Kelowna", "British Columbia"),
        ("Laval", "Québec"),
        ("Moncton", "New Brunswick"),
    ],
    "Australia": [
        ("Wollongong", "New South Wales"),
        ("Toowoomba", "Queensland"),
        ("Fremantle", "Western Australia"),
        ("Hobart", "Tasmania"),
        ("Cairns", "Queensland"),
    ],
    "New Zealand": [
        ("Tauranga", "Bay of Plenty"),
        ("Dunedin", "Otago"),
        ("Palmerston North", "Manawatū-Whanganui"),
        ("Rotorua", ""),
    ],
    "India": [
        ("Pune", "Maharashtra"),
        ("Coimbatore", "Tamil Nadu"),
        ("Lucknow", "Uttar Pradesh"),
        ("Kochi", "Kerala"),
        ("Indore", "Madhya Pradesh"),
        ("Guwahati", "Assam"),
    ],
    "Japan": [
        ("Fukuoka", ""),
        ("Kanazawa", "Ishikawa"),
        ("Sendai", "Miyagi"),
        ("Matsuyama", "Ehime"),
        ("Nagoya", "Aichi"),
    ],
    "South Korea": [("Daegu", ""), ("Gwangju", ""), ("Suwon", "Gyeonggi-do"), ("Jeonju", "")],
    "South Africa": [
        ("Durban", "KwaZulu-Natal"),
        ("Stellenbosch", "Western Cape"),
        ("Gqeberha", "Eastern Cape"),
        ("Polokwane", "Limpopo"),
        ("Bloemfontein", "Free State"),
    ],
    "Nigeria": [("Ibadan", "Oyo State"), ("Enugu", ""), ("Kano", ""), ("Abeokuta", "Ogun State")],
    "Kenya": [("Kisumu", ""), ("Nakuru", ""), ("Eldoret", ""), ("Mombasa", "")],
    "Poland": [
        ("Wrocław", "Dolnośląskie"),
        ("Gdańsk", "Pomorskie"),
        ("Poznań", "Wielkopolskie"),
        ("Lublin", ""),
        ("Białystok", "Podlaskie"),
    ],
    "Sweden": [("Uppsala", ""), ("Umeå", "Västerbotten"), ("Linköping", "Östergötland")],
    "Turkey": [("İzmir", ""), ("Eskişehir", ""), ("Trabzon", ""), ("Antalya", "")],
    "United Arab Emirates": [("Sharjah", ""), ("Al Ain", "Abu Dhabi"), ("Ras Al Khaimah", "")],
    "Greece": [("Thessaloniki", ""), ("Heraklion", "Crete"), ("Patras", ""), ("Ioannina", "")],
    "Switzerland": [("Winterthur", ""), ("Lausanne", "Vaud"), ("Lugano", "Ticino")],
    "Austria": [("Graz", "Steiermark"), ("Innsbruck", "Tirol"), ("Linz", "Oberösterreich")],
    "Norway": [("Tromsø", ""), ("Stavanger", "Rogaland"), ("Trondheim", "Trøndelag")],
    "Denmark": [("Aarhus", ""), ("Odense", ""), ("Aalborg", "")],
    "Finland": [("Tampere", ""), ("Oulu", ""), ("Turku", "")],
    "Czechia": [("Brno", "South Moravia"), ("Olomouc", ""), ("Plzeň", "")],
    "Egypt": [("Aswan", ""), ("Mansoura", ""), ("Tanta", "")],
    "Philippines": [("Cebu City", "Cebu"), ("Davao City", ""), ("Iloilo City", ""), ("Baguio", "")],
    "Vietnam": [("Đà Nẵng", ""), ("Huế", ""), ("Hải Phòng", ""), ("Cần Thơ", "")],
    "Argentina": [("Mar del Plata", "Buenos Aires Province"), ("Salta", ""), ("Bahía Blanca", "")],
    "Colombia": [("Medellín", "Antioquia"), ("Barranquilla", "Atlántico"), ("Bucaramanga", "")],
    "Indonesia": [("Yogyakarta", ""), ("Surabaya", "Jawa Timur"), ("Bandung", "Jawa Barat")],
    "Morocco": [("Fès", ""), ("Tangier", ""), ("Agadir", ""), ("Meknès", "")],
    "Lebanon": [("Sidon", ""), ("Zahlé", ""), ("Byblos", "")],
    "Iceland": [("Akureyri", ""), ("Ísafjörður", "Westfjords")],
}

# How a country is sometimes written instead of its English name.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "United Kingdom": ("UK", "England", "Scotland", "Wales"),
    "United States": ("USA", "US"),
    "Germany": ("Deutschland",),
    "Netherlands": ("Holland",),
    "Spain": ("España",),
    "Czechia": ("Czech Republic",),
    "United Arab Emirates": ("UAE",),
}

_US_STATE = {
    "Arizona": "AZ",
    "Minnesota": "MN",
    "Idaho": "ID",
    "New Mexico": "NM",
    "Pennsylvania": "PA",
    "Tennessee": "TN",
    "Nebraska": "NE",
    "Vermont": "VT",
    "Washington State": "WA",
}
_AU_STATE = {
    "New South Wales": "NSW",
    "Queensland": "QLD",
    "Western Australia": "WA",
    "Tasmania": "TAS",
}
_CA_PROV = {
    "Nova Scotia": "NS",
    "Saskatchewan": "SK",
    "British Columbia": "BC",
    "Québec": "QC",
    "New Brunswick": "NB",
}

_STREETS: dict[str, tuple[str, ...]] = {
    "United Kingdom": (
        "Rowan Close",
        "Kestrel Way",
        "Mill Lane",
        "Hawthorn Avenue",
        "Orchard Row",
        "Quarry Hill Road",
        "Tannery Yard",
    ),
    "United States": (
        "Sycamore Street",
        "Cottonwood Drive",
        "Juniper Lane",
        "W 14th Street",
        "Lakeview Terrace",
        "Old Mill Road",
        "N Prairie Ave",
    ),
    "Germany": ("Lindenstraße", "Am Mühlbach", "Gartenweg", "Kastanienallee", "Ringstraße"),
    "France": (
        "rue des Tanneurs",
        "rue des Lilas",
        "boulevard de la Liberté",
        "impasse des Vignes",
        "chemin du Moulin",
    ),
    "Spain": ("Calle del Olivo", "Avenida de la Constitución", "Paseo de la Ribera", "Calle Mayor"),
    "Italy": ("Via dei Mille", "Viale dei Pini", "Via del Pratello", "Corso Vittorio Veneto"),
    "Netherlands": ("Oudegracht", "Lange Nieuwstraat", "Kerkstraat", "Molenweg"),
    "Australia": ("Banksia Crescent", "Wattle Street", "Jacaranda Drive", "Esplanade"),
    "Canada": ("Maple Ridge Road", "Rue Saint-Denis", "Birchwood Crescent", "Water Street"),
    "India": ("MG Road", "Nehru Nagar 2nd Cross", "Shivaji Park Lane", "Anna Salai"),
    "Brazil": ("Rua das Palmeiras", "Avenida Boa Viagem", "Rua XV de Novembro", "Rua Bahia"),
    "Ireland": ("Church Street", "Bóthar na Trá", "Castle View", "Mill Race Road"),
}
ADDRESS_COUNTRIES = tuple(_STREETS)


def _uk_postcode(rng: random.Random) -> str:
    up = string.ascii_uppercase
    return (
        f"{rng.choice('BCDHLNST')}{rng.choice('ADEGLNRS')}{rng.randint(1, 19)} "
        f"{rng.randint(1, 9)}{rng.choice(up)}{rng.choice(up)}"
    )


def _ca_postcode(rng: random.Random) -> str:
    up = "ABCEGHJKLMNPRSTVXY"
    return (
        f"{rng.choice(up)}{rng.randint(0, 9)}{rng.choice(up)} "
        f"{rng.randint(0, 9)}{rng.choice(up)}{rng.randint(0, 9)}"
    )


def street_line(rng: random.Random, country: str) -> str:
    """A house number and street in the order the country writes them."""
    street = rng.choice(_STREETS[country])
    n = rng.randint(2, 188)
    if country in ("Germany", "Italy", "Netherlands"):
        return f"{street} {n}"
    if country == "Spain":
        return f"{street}, {n}"
    if country == "Brazil":
        return f"{street}, {n}"
    if country == "India":
        return f"Flat {rng.randint(1, 9)}0{rng.randint(1, 8)}, {street}"
    return f"{n} {street}"


def address(rng: random.Random, country: str, city: str, region: str) -> str:
    """A one-line street address in `city`, written the way `country` writes it."""
    line = street_line(rng, country)
    if country == "United Kingdom":
        return f"{line}, {city} {_uk_postcode(rng)}"
    if country == "United States":
        return f"{line}, {city}, {_US_STATE[region]} {rng.randint(10000, 99899):05d}"
    if country == "Germany":
        return f"{line}, {rng.randint(10000, 99999)} {city}"
    if country == "France":
        return f"{line}, {rng.randint(10, 95)}{rng.randint(0, 9)}00 {city}"
    if country == "Spain":
        return f"{line}, {rng.randint(10, 50)}{rng.randint(0, 999):03d} {city}"
    if country == "Italy":
        return f"{line}, {rng.randint(10, 98)}{rng.randint(0, 999):03d} {city}"
    if country == "Netherlands":
        pc = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRST')}{rng.choice('ABEGKLNPRSTX')}"
        return f"{line}, {pc} {city}"
    if country == "Australia":
        return f"{line}, {city} {_AU_STATE[region]} {rng.randint(2000, 7999)}"
    if country == "Canada":
        return f"{line}, {city}, {_CA_PROV[region]} {_ca_postcode(rng)}"
    if country == "India":
        return f"{line}, {city} {rng.randint(110, 799)}{rng.randint(0, 999):03d}"
    if country == "Brazil":
        return f"{line}, {city}, {rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}"
    return f"{line}, {city}"  # Ireland: Eircodes are left out


def all_place_names() -> set[str]:
    """Every city, region and country name of the part (for the clean prompts' check)."""
    names: set[str] = set()
    for country, rows in CITIES.items():
        names.add(country)
        names.update(COUNTRY_ALIASES.get(country, ()))
        for city, region in rows:
            names.add(city)
            if region:
                names.add(region)
    return names
