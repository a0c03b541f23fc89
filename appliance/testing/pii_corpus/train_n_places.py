"""Places for train_n: hand-written cities, regions, countries and street addresses.

Written from memory by train_n's author, who read only `__init__.py` and `validity.py` of
the corpus. Every place planted in a prompt is a LOCATION gold span (a street address is
one span); clean prompts hold none of these.
"""

from __future__ import annotations

import random


def _s(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split("|") if x.strip())


CITIES = _s(
    "Kraków|Wrocław|Gdańsk|Hamburg|Leipzig|Freiburg|Lyon|Bordeaux|Toulouse|Marseille|"
    "Bologna|Turin|Naples|Palermo|Valencia|Zaragoza|Bilbao|Porto|Coimbra|Rotterdam|Utrecht|"
    "Groningen|Antwerp|Ghent|Gothenburg|Uppsala|Bergen|Trondheim|Aarhus|Tampere|Turku|"
    "Tallinn|Riga|Vilnius|Kaunas|Brno|Ostrava|Bratislava|Debrecen|Cluj-Napoca|Timișoara|"
    "Plovdiv|Thessaloniki|Izmir|Ankara|Zagreb|Ljubljana|Sarajevo|Belgrade|Lviv|Kharkiv|"
    "Glasgow|Leeds|Bristol|Cardiff|Belfast|Galway|Brighton|Norwich|Nottingham|"
    "Minneapolis|Pittsburgh|Sacramento|Tucson|Albuquerque|Milwaukee|Cincinnati|Savannah|"
    "Boise|Spokane|Calgary|Winnipeg|Halifax|Guadalajara|Monterrey|Puebla|Medellín|Cali|"
    "Arequipa|Cusco|Valparaíso|Córdoba|Rosario|Montevideo|Curitiba|Recife|Fortaleza|"
    "Salvador|Lagos|Ibadan|Enugu|Nairobi|Mombasa|Kisumu|Addis Ababa|Kampala|Dar es Salaam|"
    "Durban|Gqeberha|Accra|Kumasi|Dakar|Abidjan|Casablanca|Marrakesh|Tunis|Alexandria|"
    "Amman|Beirut|Haifa|Isfahan|Shiraz|Lahore|Karachi|Chittagong|Pune|Kochi|Chennai|"
    "Hyderabad|Jaipur|Lucknow|Kathmandu|Colombo|Chiang Mai|Da Nang|Hanoi|Cebu|Surabaya|"
    "Bandung|Penang|Busan|Daegu|Osaka|Sapporo|Fukuoka|Nagoya|Chengdu|Hangzhou|Wuhan|"
    "Kaohsiung|Brisbane|Adelaide|Perth|Hobart|Christchurch|Dunedin|Auckland|Suva|Honolulu"
)
REGIONS = _s(
    "Bavaria|Saxony|Brittany|Provence|Normandy|Tuscany|Umbria|Sicily|Andalusia|Galicia|"
    "Catalonia|Asturias|the Algarve|Flanders|Wallonia|Silesia|Pomerania|Moravia|Bohemia|"
    "Transylvania|Dalmatia|Istria|Lapland|Jutland|Yorkshire|Cumbria|Snowdonia|Connemara|"
    "Ontario|Quebec|Alberta|Saskatchewan|Oregon|Vermont|Oklahoma|Nebraska|Arizona|"
    "Patagonia|Oaxaca|Yucatán|Minas Gerais|Bahia|Kerala|Punjab|Rajasthan|Hokkaido|Kyushu|"
    "Tasmania|Queensland|Bavarian Alps|the Cotswolds|Lombardy|Piedmont|Burgundy|Alsace"
)
COUNTRIES = _s(
    "Poland|Germany|France|Italy|Spain|Portugal|the Netherlands|Belgium|Sweden|Norway|"
    "Denmark|Finland|Estonia|Latvia|Lithuania|Czechia|Slovakia|Hungary|Romania|Bulgaria|"
    "Greece|Croatia|Slovenia|Serbia|Ukraine|Ireland|Scotland|Wales|Iceland|Austria|"
    "Switzerland|Canada|Mexico|Colombia|Peru|Chile|Argentina|Uruguay|Brazil|Nigeria|Kenya|"
    "Ethiopia|Ghana|Senegal|Morocco|Tunisia|Egypt|Lebanon|Israel|Iran|Pakistan|Bangladesh|"
    "Nepal|Sri Lanka|Thailand|Vietnam|Indonesia|Malaysia|the Philippines|South Korea|"
    "Japan|Taiwan|Australia|New Zealand|Fiji|Tanzania|Uganda|Rwanda|Zambia|Namibia"
)

_STREETS = {
    "uk": (
        _s(
            "Marlborough Road|Kingsley Avenue|Ashgrove Lane|Clarendon Street|Fernhill Close|"
            "Elmstead Crescent|Beacon Rise|Holloway Drive"
        ),
        _s("Leeds LS6 2AB|Bristol BS7 8QT|Norwich NR2 4RD|Glasgow G12 8QQ|Cardiff CF10 3AT"),
        "{n} {street}, {city}",
    ),
    "us": (
        _s(
            "Maple Avenue|Cedar Street|Lakeview Drive|Orchard Lane|Pinecrest Road|"
            "Willow Creek Blvd|Highland Park Dr|Riverbend Ct"
        ),
        _s(
            "Boise, ID 83702|Tucson, AZ 85719|Milwaukee, WI 53202|Spokane, WA 99201|"
            "Savannah, GA 31401"
        ),
        "{n} {street}, {city}",
    ),
    "de": (
        _s(
            "Lindenstraße|Am Mühlbach|Gartenweg|Kirchgasse|Rosenstraße|Schillerplatz|"
            "Birkenallee|Hauptstraße"
        ),
        _s("20095 Hamburg|04109 Leipzig|79098 Freiburg|80331 München|50667 Köln"),
        "{street} {n}, {city}",
    ),
    "fr": (
        _s(
            "rue des Lilas|avenue Victor-Hugo|boulevard des Capucines|impasse du Moulin|"
            "chemin des Vignes|place du Marché|allée des Tilleuls|quai de Saône"
        ),
        _s("69002 Lyon|33000 Bordeaux|31000 Toulouse|13001 Marseille|75011 Paris"),
        "{n} {street}, {city}",
    ),
    "pl": (
        _s(
            "ul. Długa|ul. Kwiatowa|ul. Lipowa|al. Grunwaldzka|ul. Polna|ul. Ogrodowa|"
            "ul. Słoneczna|os. Tysiąclecia"
        ),
        _s("30-001 Kraków|50-001 Wrocław|80-001 Gdańsk|00-950 Warszawa|60-001 Poznań"),
        "{street} {n}, {city}",
    ),
    "es": (
        _s(
            "Calle Mayor|Avenida de la Constitución|Calle del Olmo|Paseo de la Ribera|"
            "Calle Alcalá|Plaza del Sol|Calle de la Fuente|Ronda de Poniente"
        ),
        _s("46001 Valencia|50001 Zaragoza|48001 Bilbao|28013 Madrid|41001 Sevilla"),
        "{street} {n}, {city}",
    ),
    "nl": (
        _s(
            "Keizersgracht|Lindengracht|Oudegracht|Molenstraat|Kerkstraat|Dorpsweg|"
            "Vondelstraat|Havenkade"
        ),
        _s("3011 AB Rotterdam|3512 JE Utrecht|9711 LM Groningen|1015 CJ Amsterdam"),
        "{street} {n}, {city}",
    ),
    "it": (
        _s(
            "Via Garibaldi|Via Roma|Corso Vittorio Emanuele|Via dei Mille|Piazza Navona|"
            "Via della Spiga|Viale Mazzini|Vicolo del Pozzo"
        ),
        _s("40121 Bologna|10121 Torino|80132 Napoli|90133 Palermo|20121 Milano"),
        "{street} {n}, {city}",
    ),
    "br": (
        _s(
            "Rua das Flores|Avenida Paulista|Rua Augusta|Rua do Ouvidor|Avenida Atlântica|"
            "Rua XV de Novembro|Travessa do Carmo|Rua da Aurora"
        ),
        _s("Curitiba - PR|Recife - PE|Fortaleza - CE|São Paulo - SP|Salvador - BA"),
        "{street}, {n} - {city}",
    ),
    "jp": (
        _s("1-2-3 Jingumae|4-5-6 Umeda|2-8-1 Nishi-Shinjuku|3-1-1 Sakae|5-3-2 Tenjin"),
        _s("Shibuya-ku, Tokyo|Kita-ku, Osaka|Naka-ku, Nagoya|Chuo-ku, Fukuoka"),
        "{street}, {city}",
    ),
}


def address(rng: random.Random) -> str:
    """A street address of one of several countries, written as its country writes it."""
    streets, cities, fmt = _STREETS[rng.choice(tuple(_STREETS))]
    return fmt.format(n=rng.randint(1, 240), street=rng.choice(streets), city=rng.choice(cities))


def place(rng: random.Random, kind: str = "any") -> str:
    """A city, region, country or address; kind is one of city/region/country/addr/any."""
    if kind == "any":
        kind = rng.choice(("city", "city", "city", "region", "country", "country", "addr"))
    if kind == "addr":
        return address(rng)
    return rng.choice({"city": CITIES, "region": REGIONS, "country": COUNTRIES}[kind])


ALL_PLACES: tuple[str, ...] = CITIES + REGIONS + COUNTRIES
