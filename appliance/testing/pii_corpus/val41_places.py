"""Places for val41: street addresses written the way each country writes them (one
LOCATION span each, city and postcode included), cities, regions and countries. All of
them written for val41; street names are chosen so that none is an everyday word."""

from __future__ import annotations

import random
from dataclasses import dataclass

from appliance.testing.pii_corpus.val41_words import key_words

# iso: (format, [(city, code, extra)], [streets]). In a format, {n} is the house number,
# {s} the street, {c} the city, {k} the city's code, {x} its extra (state, province),
# and in {p:...} a pattern: 9 a digit, A a capital letter.
ADDRESS_BOOK: dict[str, tuple[str, list[tuple[str, str, str]], list[str]]] = {
    "GB": ("{n} {s}, {c} {k} {p:9AA}",
           [("Whitby", "YO21", ""), ("Penzance", "TR18", ""), ("Kendal", "LA9", ""),
            ("Hexham", "NE46", ""), ("Ludlow", "SY8", ""), ("Aberystwyth", "SY23", ""),
            ("Lerwick", "ZE1", ""), ("Stornoway", "HS1", "")],
           ["Marlpit Lane", "Cobbold Road", "Sandgate Terrace", "Fernbank Close",
            "Skinnergate", "Coldharbour Lane", "Larkhill Road", "Quarrybank Row"]),
    "US": ("{n} {s}, {c}, {x} {k}{p:99}",
           [("Bozeman", "597", "MT"), ("Spokane", "992", "WA"), ("Duluth", "558", "MN"),
            ("Galveston", "775", "TX"), ("Asheville", "288", "NC"), ("Missoula", "598", "MT"),
            ("Flagstaff", "860", "AZ")],
           ["Larkspur Drive", "Cottonwood Avenue", "Juniper Court", "Sagebrush Lane",
            "Chokecherry Road", "Tamarack Way"]),
    "CA": ("{n} {s}, {c}, {x} {k} {p:9A9}",
           [("Moncton", "E1C", "NB"), ("Kelowna", "V1Y", "BC"), ("Saskatoon", "S7K", "SK"),
            ("Nanaimo", "V9R", "BC"), ("Sherbrooke", "J1H", "QC")],
           ["Birchwood Crescent", "Chickadee Drive", "Wapiti Road", "Caribou Street"]),
    "IE": ("{n} {s}, {c}, {k} {p:A9AA}",
           [("Galway", "H91", ""), ("Kilkenny", "R95", ""), ("Tralee", "V92", ""),
            ("Sligo", "F91", ""), ("Dungarvan", "X35", "")],
           ["Shantalla Road", "Knocknacarra Road", "Ballybane Lane", "Rahoon Terrace"]),
    "FR": ("{n} {s}, {k} {c}",
           [("Quimper", "29000", ""), ("Annecy", "74000", ""), ("Perpignan", "66000", ""),
            ("Besançon", "25000", ""), ("Colmar", "68000", ""), ("Arles", "13200", "")],
           ["rue des Tanneurs", "impasse des Lilas", "rue des Cordeliers",
            "allée des Tilleuls", "chemin des Vignes", "rue de la Poissonnerie"]),
    "DE": ("{s} {n}, {k} {c}",
           [("Lüneburg", "21335", ""), ("Bamberg", "96047", ""), ("Görlitz", "02826", ""),
            ("Husum", "25813", ""), ("Konstanz", "78462", "")],
           ["Lindenstraße", "Kastanienallee", "Bäckergasse", "Am Mühlbach", "Rosenweg"]),
    "NL": ("{s} {n}, {k} {p:AA} {c}",
           [("Leeuwarden", "8911", ""), ("Deventer", "7411", ""), ("Zwolle", "8011", ""),
            ("Middelburg", "4331", "")],
           ["Turfmarkt", "Koestraat", "Bagijnhof", "Nieuwstraat"]),
    "BE": ("{s} {n}, {k} {c}",
           [("Leuven", "3000", ""), ("Mechelen", "2800", ""), ("Namur", "5000", ""),
            ("Hasselt", "3500", "")],
           ["Diestsestraat", "Vismarkt", "Bruul", "rue des Brasseurs"]),
    "ES": ("{s}, {n}, {k} {c}",
           [("Cáceres", "10003", ""), ("Logroño", "26001", ""), ("Cádiz", "11001", ""),
            ("Burgos", "09003", ""), ("Teruel", "44001", "")],
           ["Calle de la Estafeta", "Calle Ancha", "Plaza de la Leña", "Calle Zurradores"]),
    "PT": ("{s} {n}, {k}-{p:999} {c}",
           [("Braga", "4700", ""), ("Aveiro", "3810", ""), ("Évora", "7000", ""),
            ("Tavira", "8800", "")],
           ["Rua das Gaivotas", "Travessa da Bica", "Rua dos Biscainhos",
            "Largo do Pelourinho"]),
    "IT": ("{s} {n}, {k} {c}",
           [("Lecce", "73100", ""), ("Trento", "38122", ""), ("Ferrara", "44121", ""),
            ("Matera", "75100", ""), ("Cremona", "26100", "")],
           ["Via delle Oche", "Vicolo del Bollo", "Via del Pratello", "Via dei Bottai"]),
    "CH": ("{s} {n}, {k} {c}",
           [("Chur", "7000", ""), ("Thun", "3600", ""), ("Lugano", "6900", ""),
            ("Schaffhausen", "8200", "")],
           ["Rheingasse", "Vordergasse", "Obere Gasse", "Sennhüttestrasse"]),
    "AT": ("{s} {n}, {k} {c}",
           [("Graz", "8010", ""), ("Linz", "4020", ""), ("Bregenz", "6900", ""),
            ("Villach", "9500", "")],
           ["Herrengasse", "Sackstraße", "Lendkai", "Hauptplatz"]),
    "SE": ("{s} {n}, {k} {c}",
           [("Umeå", "903 26", ""), ("Visby", "621 55", ""), ("Östersund", "831 30", ""),
            ("Karlstad", "652 24", "")],
           ["Storgatan", "Kyrkogatan", "Fiskargatan", "Strandgatan"]),
    "NO": ("{s} {n}, {k} {c}",
           [("Tromsø", "9008", ""), ("Bodø", "8006", ""), ("Ålesund", "6002", ""),
            ("Stavanger", "4006", "")],
           ["Strandgata", "Kirkegata", "Storgata", "Sjøgata"]),
    "DK": ("{s} {n}, {k} {c}",
           [("Aarhus", "8000", ""), ("Esbjerg", "6700", ""), ("Odense", "5000", ""),
            ("Aalborg", "9000", "")],
           ["Nørregade", "Vestergade", "Klostergade", "Borgergade"]),
    "FI": ("{s} {n}, {k} {c}",
           [("Tampere", "33100", ""), ("Oulu", "90100", ""), ("Turku", "20100", ""),
            ("Porvoo", "06100", "")],
           ["Hämeenkatu", "Kauppakatu", "Rantakatu", "Linnankatu"]),
    "PL": ("ul. {s} {n}, {k}{p:999} {c}",
           [("Gdańsk", "80-", ""), ("Toruń", "87-", ""), ("Wrocław", "50-", ""),
            ("Lublin", "20-", "")],
           ["Długa", "Piekary", "Ogrodowa", "Szeroka"]),
    "CZ": ("{s} {n}, {k} {c}",
           [("Brno", "602 00", ""), ("Olomouc", "779 00", ""), ("Liberec", "460 01", "")],
           ["Dlouhá", "Pekařská", "Masná"]),
    "IN": ("{n}, {s}, {c} {k}{p:99}",
           [("Pune", "4110", ""), ("Mysuru", "5700", ""), ("Kochi", "6820", ""),
            ("Jaipur", "3020", ""), ("Indore", "4520", "")],
           ["Bhandarkar Road", "Gulmohar Lane", "Chamundi Road", "Kanakia Marg"]),
    "NG": ("{n} {s}, {c}",
           [("Lagos", "", ""), ("Ibadan", "", ""), ("Enugu", "", ""), ("Abeokuta", "", "")],
           ["Ogui Road", "Idumota Street", "Bodija Crescent", "Onikan Road"]),
    "KE": ("{n} {s}, {c}",
           [("Kisumu", "", ""), ("Nakuru", "", ""), ("Mombasa", "", ""), ("Eldoret", "", "")],
           ["Jomvu Road", "Kisauni Road", "Oloitokitok Road", "Mbaraki Road"]),
    "ZA": ("{n} {s}, {c}, {k}",
           [("Durban", "4001", ""), ("Bloemfontein", "9301", ""), ("Stellenbosch", "7600", ""),
            ("Polokwane", "0699", "")],
           ["Bree Street", "Dorp Street", "Ryneveld Street", "Mooi Street"]),
    "BR": ("{s}, {n} - {c} - {x}, {k}-{p:999}",
           [("Recife", "50030", "PE"), ("Curitiba", "80010", "PR"), ("Manaus", "69005", "AM"),
            ("Florianópolis", "88010", "SC")],
           ["Rua da Aurora", "Avenida Boa Viagem", "Rua das Palmeiras",
            "Rua Voluntários da Pátria"]),
    "MX": ("{s} {n}, {k} {c}, {x}",
           [("Oaxaca", "68000", "Oax."), ("Mérida", "97000", "Yuc."),
            ("Puebla", "72000", "Pue."), ("Querétaro", "76000", "Qro.")],
           ["Calle de los Libres", "Calle Jazmines", "Avenida de las Jacarandas",
            "Calle Tamarindo"]),
    "AR": ("{s} {n}, {k} {c}",
           [("Rosario", "S2000", ""), ("Mendoza", "M5500", ""), ("Salta", "A4400", "")],
           ["Pasaje Barcala", "Calle Caseros", "Calle Zuviría"]),
    "JP": ("{p:9}-{p:99}-{p:9} {s}, {c} {k}-{p:9999}",
           [("Kanazawa", "920", ""), ("Sendai", "980", ""), ("Matsumoto", "390", ""),
            ("Nagasaki", "850", "")],
           ["Higashiyama", "Kohrinbo", "Ichibancho", "Nishikimachi"]),
    "AU": ("{n} {s}, {c} {x} {k}",
           [("Ballarat", "3350", "VIC"), ("Townsville", "4810", "QLD"),
            ("Launceston", "7250", "TAS"), ("Geelong", "3220", "VIC"),
            ("Bendigo", "3550", "VIC"), ("Fremantle", "6160", "WA")],
           ["Jacaranda Avenue", "Banksia Crescent", "Wattlebird Street", "Bottlebrush Court"]),
    "NZ": ("{n} {s}, {c} {k}",
           [("Dunedin", "9016", ""), ("Rotorua", "3010", ""), ("Timaru", "7910", ""),
            ("Whanganui", "4500", "")],
           ["Pōhutukawa Drive", "Kōwhai Street", "Rimu Road", "Tōtara Crescent"]),
    "GR": ("{s} {n}, {c} {k} {p:99}",
           [("Thessaloniki", "546", ""), ("Chania", "731", ""), ("Ioannina", "452", "")],
           ["Odos Tsimiski", "Odos Chalidon", "Odos Kountouriotou"]),
    "TR": ("{s} No:{n}, {k} {c}",
           [("Izmir", "35220", ""), ("Trabzon", "61030", ""), ("Eskişehir", "26010", ""),
            ("Bursa", "16010", "")],
           ["Kordonboyu Caddesi", "Uzun Sokak", "Maraş Caddesi", "Ihlamur Sokak"]),
    "RO": ("{s} {n}, {c} {k}{p:999}",
           [("Sibiu", "550", ""), ("Timișoara", "300", ""), ("Iași", "700", ""),
            ("Cluj-Napoca", "400", "")],
           ["Strada Ocnei", "Strada Mitropoliei", "Strada Cetății", "Strada Fabricii"]),
    "HU": ("{k} {c}, {s} {n}",
           [("Debrecen", "4025", ""), ("Szeged", "6720", ""), ("Pécs", "7621", ""),
            ("Eger", "3300", "")],
           ["Piac utca", "Kígyó utca", "Dobó utca"]),
    "HR": ("{s} {n}, {k} {c}",
           [("Zadar", "23000", ""), ("Rijeka", "51000", ""), ("Osijek", "31000", ""),
            ("Dubrovnik", "20000", "")],
           ["Kalelarga", "Korzo", "Zrinsko-Frankopanska"]),
    "MY": ("{n} {s}, {k} {c}",
           [("Ipoh", "30000", ""), ("Kuching", "93000", ""), ("Melaka", "75000", "")],
           ["Jalan Bendahara", "Lorong Kulit", "Jalan Padungan"]),
    "PH": ("{n} {s}, {c} {k}",
           [("Cebu", "6000", ""), ("Davao", "8000", ""), ("Iloilo", "5000", ""),
            ("Baguio", "2600", "")],
           ["Calamba Street", "Sikatuna Street", "Iznart Street"]),
    "MA": ("{n} {s}, {k} {c}",
           [("Essaouira", "44000", ""), ("Fès", "30000", ""), ("Agadir", "80000", ""),
            ("Tangier", "90000", "")],
           ["Derb Laalouj", "Rue Talaa Kebira", "Derb Moulay Chrif"]),
}

EXTRA_CITIES = """Luxor Aswan Haifa Eilat Aqaba Irbid Jeddah Dammam Sharjah Kazan Irkutsk Murmansk
Lviv Kharkiv Odesa Kutaisi Batumi Gyumri Almaty Shymkent Bukhara Samarkand Erdenet Pokhara
Lalitpur Sylhet Khulna Kandy Jaffna Multan Peshawar Chengdu Xiamen Kunming Qingdao Busan
Daegu Jeonju Tainan Hualien Kumasi Takoradi Arusha Mwanza Bulawayo Antsirabe Lubumbashi
Ziguinchor Apia Hilo Akureyri Tartu Pärnu Kaunas Klaipėda Liepāja Plovdiv Varna Niš
Subotica Kragujevac Mostar Tuzla Shkodër Gjirokastër Limassol Paphos Valletta Sliema
Tórshavn Ísafjörður Arequipa Cusco Iquitos Medellín Bucaramanga Manizales Valparaíso Temuco
Antofagasta Camagüey Cienfuegos Maracaibo Kingston Sisimiut Ilulissat Kautokeino Kailua
Huế Surabaya Yogyakarta Makassar Denpasar Hobart Nakhon_Ratchasima Ulaanbaatar""".split()

REGIONS = """Cumbria Northumberland Pembrokeshire Argyll Montana Vermont Nebraska Manitoba
Saskatchewan Connacht Leinster Bretagne Occitanie Auvergne Thüringen Niedersachsen Friesland
Zeeland Drenthe Extremadura Asturias Navarra Alentejo Algarve Puglia Umbria Abruzzo
Graubünden Ticino Tirol Kärnten Gotland Jämtland Nordland Finnmark Jylland Pomorze Mazury
Morava Transilvania Maramureș Bahia Pernambuco Yucatán Chiapas Jalisco Patagonia Antioquia
Araucanía Kerala Rajasthan Odisha Limpopo Gauteng Turkana Hokkaido Kyushu Shikoku Jeju
Yunnan Fujian Sabah Sarawak Sulawesi Visayas Mindanao Tasmania Queensland Gippsland Otago
Taranaki Tatarstan Kamchatka Kakheti Sindh Kabylie Casamance""".split()

COUNTRIES = """Portugal Norway Iceland Ghana Kenya Peru Chile Vietnam Morocco Scotland Wales
Ireland Denmark Finland Estonia Latvia Lithuania Poland Croatia Slovenia Albania Greece
Cyprus Malta Türkiye Armenia Kazakhstan Uzbekistan Mongolia Nepal Bangladesh Pakistan India
Malaysia Indonesia Philippines Japan Taiwan Mexico Brazil Argentina Colombia Ecuador
Uruguay Paraguay Nigeria Senegal Tanzania Ethiopia Madagascar Egypt Tunisia Canada
Australia Austria Switzerland Belgium Netherlands Germany France Spain Italy Sweden
Romania Hungary Bulgaria Serbia Ukraine Jamaica Cuba Samoa Tonga Fiji Greenland Somalia
Zimbabwe Lebanon Israel Oman Qatar""".split()

ADDRESS_CITIES = [c for _f, cities, _s in ADDRESS_BOOK.values() for c, _k, _x in cities]
CITIES = ADDRESS_CITIES + [c.replace("_", " ") for c in EXTRA_CITIES]
REGION_NAMES = [r.replace("_", " ") for r in REGIONS]
COUNTRY_NAMES = [c.replace("_", " ") for c in COUNTRIES]


@dataclass(frozen=True)
class Address:
    iso: str
    line: str  # the whole address on one line: one LOCATION span
    street: str  # house number and street (the ADR street field)
    city: str


def _pattern(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(str(rng.randrange(10)))
        elif ch == "A":
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _fill(rng: random.Random, fmt: str, values: dict[str, str]) -> str:
    out, i = [], 0
    while i < len(fmt):
        if fmt[i] == "{":
            j = fmt.index("}", i)
            key = fmt[i + 1 : j]
            out.append(_pattern(rng, key[2:]) if key.startswith("p:") else values[key])
            i = j + 1
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


def make_address(rng: random.Random, iso: str | None = None) -> Address:
    iso = iso or rng.choice(sorted(ADDRESS_BOOK))
    fmt, cities, streets = ADDRESS_BOOK[iso]
    city, code, extra = rng.choice(cities)
    street = rng.choice(streets)
    n = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 240)]))
    if iso == "GB" and rng.random() < 0.1:
        n += rng.choice("ab")
    line = _fill(rng, fmt, {"n": n, "s": street, "c": city, "k": code, "x": extra})
    if iso == "PL":
        street_line = f"ul. {street} {n}"
    elif iso in ("DE", "NL", "BE", "IT", "CH", "AT", "SE", "NO", "DK", "FI", "CZ", "GR", "HR",
                 "PT", "HU", "AR", "MX"):
        street_line = f"{street} {n}"
    elif iso == "TR":
        street_line = f"{street} No:{n}"
    elif iso in ("ES", "BR"):
        street_line = f"{street}, {n}"
    elif iso == "IN":
        street_line = f"{n}, {street}"
    elif iso == "JP":
        street_line = line.split(",")[0]
    else:
        street_line = f"{n} {street}"
    return Address(iso, line, street_line, city)


def place_vocabulary() -> set[str]:
    """Every word of every place of the part (case folded, generic street words aside)."""
    vocab: set[str] = set()
    for _fmt, cities, streets in ADDRESS_BOOK.values():
        for city, _code, _extra in cities:
            vocab |= key_words(city)
        for street in streets:
            vocab |= key_words(street)
    for name in CITIES + REGION_NAMES + COUNTRY_NAMES:
        vocab |= key_words(name)
    return vocab
