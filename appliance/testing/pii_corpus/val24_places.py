"""val24 places: countries, cities, regions and street addresses written the way each country
writes them (one LOCATION span each). From the author's head; streets are invented or common
street names, house numbers and postcodes are random but shaped like the country's."""

from __future__ import annotations

import random
import string

# code: (country as written, cities, regions)
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "GB": (
        "the United Kingdom",
        "Bristol, Leeds, Glasgow, Cardiff, Norwich, Sheffield, Nottingham, Belfast, Edinburgh, "
        "Aberdeen, Leicester, Exeter, Plymouth, Swansea, Dundee, Inverness, Sunderland",
        "Cumbria, Lancashire, Kent, Northumberland, the Scottish Borders, Pembrokeshire",
    ),
    "IE": ("Ireland", "Cork, Galway, Limerick, Waterford, Sligo, Kilkenny", "Connemara, Donegal"),
    "US": (
        "the United States",
        "Boise, Tucson, Madison, Albany, Spokane, Raleigh, Omaha, Providence, Savannah, "
        "Des Moines, Denver, Pittsburgh, Sacramento, Anchorage, Albuquerque, Milwaukee",
        "Oregon, Vermont, Ohio, Minnesota, New Mexico, Montana, Kentucky",
    ),
    "CA": (
        "Canada",
        "Toronto, Vancouver, Montréal, Calgary, Halifax, Winnipeg, Ottawa, Saskatoon",
        "Ontario, Québec, Manitoba, Nunavut, Saskatchewan",
    ),
    "DE": (
        "Germany",
        "Köln, Leipzig, Hamburg, München, Dresden, Bremen, Nürnberg, Stuttgart, Münster, Kiel",
        "Bavaria, Saxony, Schleswig-Holstein, Thuringia",
    ),
    "AT": ("Austria", "Wien, Graz, Linz, Salzburg, Innsbruck", "Tyrol, Styria"),
    "CH": ("Switzerland", "Zürich, Bern, Basel, Lausanne, Luzern, Winterthur", "Valais, Ticino"),
    "FR": (
        "France",
        "Lyon, Strasbourg, Nantes, Lille, Toulouse, Montpellier, Rennes, Grenoble, Marseille, "
        "Rouen, Angers, Clermont-Ferrand, Besançon",
        "Normandy, Occitanie, Alsace, Auvergne",
    ),
    "BE": ("Belgium", "Gent, Antwerpen, Leuven, Brugge, Liège, Namur", "Flanders, Wallonia"),
    "NL": (
        "the Netherlands",
        "Utrecht, Rotterdam, Den Haag, Groningen, Eindhoven, Haarlem, Leiden, Nijmegen, Zwolle",
        "Friesland, Zeeland, Gelderland",
    ),
    "ES": (
        "Spain",
        "Madrid, Barcelona, Sevilla, Bilbao, Zaragoza, Málaga, Granada, Salamanca, Valladolid, "
        "Murcia, Vigo, Pamplona",
        "Andalucía, Galicia, Asturias, Aragón",
    ),
    "PT": ("Portugal", "Lisboa, Braga, Coimbra, Aveiro, Faro, Évora, Setúbal", "Algarve, Alentejo"),
    "IT": (
        "Italy",
        "Torino, Genova, Firenze, Napoli, Padova, Verona, Bari, Palermo, Trieste, Lecce, Perugia",
        "Sicily, Puglia, Veneto, Piedmont",
    ),
    "PL": (
        "Poland",
        "Kraków, Gdańsk, Wrocław, Poznań, Łódź, Lublin, Szczecin, Toruń, Katowice, Białystok",
        "Silesia, Pomerania, Masovia",
    ),
    "CZ": ("Czechia", "Praha, Brno, Ostrava, Olomouc", "Moravia"),
    "SE": ("Sweden", "Göteborg, Malmö, Uppsala, Lund, Umeå, Västerås, Örebro, Linköping", "Skåne"),
    "NO": ("Norway", "Bergen, Trondheim, Stavanger, Tromsø, Drammen, Kristiansand", "Finnmark"),
    "DK": ("Denmark", "Aarhus, Odense, Aalborg, Esbjerg, Roskilde", "Jutland"),
    "FI": ("Finland", "Tampere, Turku, Oulu, Espoo, Jyväskylä, Helsinki", "Lapland"),
    "IS": ("Iceland", "Reykjavík, Akureyri", "the Westfjords"),
    "GR": ("Greece", "Thessaloniki, Patra, Heraklion, Volos, Ioannina", "Crete, Thessaly"),
    "TR": ("Türkiye", "İzmir, Ankara, Bursa, Antalya, Eskişehir, Trabzon, Gaziantep", "Anatolia"),
    "NG": ("Nigeria", "Lagos, Abuja, Ibadan, Port Harcourt, Enugu, Kano", "Ogun State"),
    "GH": ("Ghana", "Accra, Kumasi, Takoradi, Cape Coast", "Ashanti"),
    "KE": ("Kenya", "Nairobi, Mombasa, Kisumu, Nakuru, Eldoret", "the Rift Valley"),
    "ZA": (
        "South Africa",
        "Cape Town, Johannesburg, Durban, Pretoria, Gqeberha, Bloemfontein, Stellenbosch",
        "KwaZulu-Natal, Gauteng, the Western Cape",
    ),
    "ET": ("Ethiopia", "Addis Ababa, Bahir Dar, Hawassa, Mekelle, Gondar", "Tigray"),
    "SN": ("Senegal", "Dakar, Thiès, Ziguinchor", "Casamance"),
    "UG": ("Uganda", "Kampala, Entebbe, Gulu", "Buganda"),
    "EG": ("Egypt", "Cairo, Alexandria, Giza, Luxor, Aswan", "Sinai"),
    "MA": ("Morocco", "Rabat, Marrakech, Fès, Tanger, Agadir", "the Rif"),
    "AE": ("the United Arab Emirates", "Dubai, Abu Dhabi, Sharjah", "Ajman"),
    "SA": ("Saudi Arabia", "Riyadh, Jeddah, Dammam", "Asir"),
    "LB": ("Lebanon", "Beirut, Byblos, Sidon", "the Bekaa Valley"),
    "IQ": ("Iraq", "Baghdad, Basra, Erbil, Sulaymaniyah", "Kurdistan Region"),
    "IR": ("Iran", "Tehran, Isfahan, Tabriz, Mashhad, Yazd, Rasht", "Gilan"),
    "IL": ("Israel", "Tel Aviv, Haifa, Be'er Sheva", "the Galilee"),
    "IN": (
        "India",
        "Pune, Bengaluru, Chennai, Hyderabad, Kochi, Jaipur, Lucknow, Ahmedabad, Kolkata, "
        "Chandigarh, Mumbai, Indore, Coimbatore, Mysuru",
        "Kerala, Maharashtra, Gujarat, Rajasthan, Tamil Nadu",
    ),
    "PK": ("Pakistan", "Lahore, Karachi, Islamabad, Faisalabad, Peshawar", "Khyber Pakhtunkhwa"),
    "BD": ("Bangladesh", "Dhaka, Chattogram, Sylhet, Khulna", "Rajshahi Division"),
    "LK": ("Sri Lanka", "Kandy, Galle, Jaffna, Negombo", "the Central Province"),
    "NP": ("Nepal", "Kathmandu, Pokhara, Lalitpur", "Bagmati"),
    "CN": (
        "China",
        "Chengdu, Hangzhou, Wuhan, Shenzhen, Nanjing, Kunming, Qingdao, Suzhou, Shanghai",
        "Sichuan, Yunnan, Guangdong",
    ),
    "HK": ("Hong Kong", "Kowloon, Sha Tin, Tsuen Wan", "the New Territories"),
    "TW": ("Taiwan", "Taipei, Kaohsiung, Taichung, Tainan, Hsinchu", "Hualien County"),
    "JP": (
        "Japan",
        "Tokyo, Osaka, Kyoto, Sapporo, Fukuoka, Nagoya, Sendai, Yokohama, Kanazawa",
        "Hokkaido, Kyushu, Okinawa",
    ),
    "KR": ("South Korea", "Seoul, Busan, Incheon, Daegu, Daejeon, Gwangju", "Jeju"),
    "MN": ("Mongolia", "Ulaanbaatar, Erdenet", "the Gobi"),
    "KZ": ("Kazakhstan", "Almaty, Astana, Shymkent", "Mangystau"),
    "UZ": ("Uzbekistan", "Tashkent, Samarkand, Bukhara", "Fergana Valley"),
    "VN": ("Vietnam", "Hà Nội, Đà Nẵng, Hải Phòng, Huế, Cần Thơ, Nha Trang", "the Mekong Delta"),
    "TH": ("Thailand", "Bangkok, Chiang Mai, Phuket, Khon Kaen", "Isan"),
    "PH": (
        "the Philippines",
        "Quezon City, Makati, Cebu City, Davao City, Iloilo City, Baguio",
        "Mindanao, Visayas",
    ),
    "ID": (
        "Indonesia",
        "Bandung, Yogyakarta, Surabaya, Semarang, Medan, Denpasar, Makassar, Malang",
        "Bali, Sumatra, Sulawesi",
    ),
    "MY": (
        "Malaysia",
        "Kuala Lumpur, Petaling Jaya, Ipoh, Johor Bahru, Kuching, Kota Kinabalu",
        "Sabah, Sarawak",
    ),
    "SG": ("Singapore", "Singapore", "Jurong"),
    "AU": (
        "Australia",
        "Melbourne, Sydney, Brisbane, Perth, Hobart, Canberra, Townsville, Geelong, Cairns",
        "Queensland, Tasmania, Western Australia, the Northern Territory",
    ),
    "NZ": ("New Zealand", "Auckland, Christchurch, Dunedin, Tauranga, Rotorua, Napier", "Otago"),
    "FJ": ("Fiji", "Suva, Nadi, Lautoka", "Vanua Levu"),
    "WS": ("Samoa", "Apia", "Upolu"),
    "TO": ("Tonga", "Nukuʻalofa", "Vavaʻu"),
    "BR": (
        "Brazil",
        "São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba, Porto Alegre, Recife, Fortaleza, "
        "Florianópolis, Manaus",
        "Minas Gerais, Bahia, Rio Grande do Sul",
    ),
    "MX": (
        "Mexico",
        "Ciudad de México, Guadalajara, Monterrey, Puebla, Oaxaca, Mérida, Querétaro, Tijuana",
        "Jalisco, Yucatán, Chiapas",
    ),
    "AR": ("Argentina", "Buenos Aires, Córdoba, Rosario, La Plata, Mar del Plata, Salta", "Chubut"),
    "CO": ("Colombia", "Bogotá, Medellín, Cali, Cartagena, Barranquilla, Bucaramanga", "Antioquia"),
    "CL": ("Chile", "Valparaíso, Antofagasta, Temuco, Puerto Montt, Viña del Mar", "Araucanía"),
    "PE": ("Peru", "Cusco, Arequipa, Piura, Iquitos, Huancayo", "Puno"),
    "UA": ("Ukraine", "Kyiv, Lviv, Kharkiv, Odesa, Vinnytsia, Chernivtsi", "Zakarpattia"),
    "RO": ("Romania", "Cluj-Napoca, Iași, Timișoara, Brașov, Sibiu, Oradea", "Transylvania"),
    "HU": ("Hungary", "Budapest, Debrecen, Szeged, Pécs, Győr, Miskolc", "Tokaj"),
    "LT": ("Lithuania", "Vilnius, Kaunas, Klaipėda", "Samogitia"),
    "LV": ("Latvia", "Rīga, Liepāja", "Latgale"),
    "EE": ("Estonia", "Tallinn, Tartu", "Saaremaa"),
    "AM": ("Armenia", "Yerevan, Gyumri", "Syunik"),
    "JM": ("Jamaica", "Kingston, Montego Bay", "St Ann"),
}


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


CITIES: dict[str, list[str]] = {k: _split(v[1]) for k, v in COUNTRIES.items()}
REGIONS: dict[str, list[str]] = {k: _split(v[2]) for k, v in COUNTRIES.items()}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _L(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(n))


def _n(rng: random.Random, a: int = 1, b: int = 180) -> int:
    return rng.randint(a, b)


_GB = {
    "Bristol": "BS",
    "Leeds": "LS",
    "Glasgow": "G",
    "Cardiff": "CF",
    "Norwich": "NR",
    "Sheffield": "S",
    "Nottingham": "NG",
    "Belfast": "BT",
    "Edinburgh": "EH",
    "Aberdeen": "AB",
    "Leicester": "LE",
    "Exeter": "EX",
    "Plymouth": "PL",
    "Swansea": "SA",
    "Dundee": "DD",
}
_GB_STREETS = (
    "Rosemary Lane, Elmtree Road, Quarry Hill, Cotswold Avenue, Priory Close, Ferndale Road, "
    "Hawthorn Crescent, Mill Race Way, Larkspur Gardens, Beechwood Drive, Sandpiper Court"
)
_US = {
    "Boise": ("ID", "837"),
    "Tucson": ("AZ", "857"),
    "Madison": ("WI", "537"),
    "Spokane": ("WA", "992"),
    "Raleigh": ("NC", "276"),
    "Omaha": ("NE", "681"),
    "Providence": ("RI", "029"),
    "Savannah": ("GA", "314"),
    "Denver": ("CO", "802"),
    "Pittsburgh": ("PA", "152"),
    "Sacramento": ("CA", "958"),
    "Albuquerque": ("NM", "871"),
    "Milwaukee": ("WI", "532"),
}
_US_STREETS = "Maple Ridge, Cedar Hollow, Willow Bend, Aspen Creek, Juniper, Sycamore, Larkmoor"
_DE = {
    "Köln": "50",
    "Leipzig": "04",
    "Hamburg": "22",
    "München": "80",
    "Dresden": "01",
    "Bremen": "28",
    "Nürnberg": "90",
    "Stuttgart": "70",
    "Münster": "48",
    "Kiel": "24",
}
_DE_STREETS = "Linden, Ahorn, Birken, Kastanien, Mühlen, Garten, Schiller, Amsel, Rosen, Tannen"
_FR = {
    "Lyon": "6900",
    "Strasbourg": "6700",
    "Nantes": "4400",
    "Lille": "5900",
    "Toulouse": "3100",
    "Montpellier": "3400",
    "Rennes": "3500",
    "Grenoble": "3800",
    "Rouen": "7600",
    "Angers": "4900",
}
_FR_STREETS = (
    "rue des Tanneurs, rue du Moulin, avenue des Tilleuls, impasse des Lilas, allée des Érables, "
    "boulevard de la Liberté, rue de la Fontaine, chemin des Vignes"
)
_ES = {
    "Madrid": "280",
    "Sevilla": "410",
    "Bilbao": "480",
    "Zaragoza": "500",
    "Málaga": "290",
    "Granada": "180",
    "Salamanca": "370",
    "Valladolid": "470",
    "Murcia": "300",
}
_ES_STREETS = "Calle del Olivo, Calle Mayor, Avenida de la Paz, Calle de los Almendros, Calle Real"
_IT = {
    "Torino": "101",
    "Genova": "161",
    "Firenze": "501",
    "Napoli": "801",
    "Padova": "351",
    "Verona": "371",
    "Bari": "701",
    "Palermo": "901",
    "Trieste": "341",
}
_IT_STREETS = "Via dei Mille, Via del Pratello, Via delle Rose, Corso della Repubblica, Via Nuova"
_NL = {
    "Utrecht": "35",
    "Rotterdam": "30",
    "Den Haag": "25",
    "Groningen": "97",
    "Eindhoven": "56",
    "Haarlem": "20",
    "Leiden": "23",
    "Zwolle": "80",
}
_NL_STREETS = "Kerkstraat, Molenweg, Lindenlaan, Populierenstraat, Havenkade, Zuiderpark"
_PL = {
    "Kraków": "3",
    "Gdańsk": "80",
    "Wrocław": "5",
    "Poznań": "6",
    "Łódź": "9",
    "Lublin": "20",
    "Toruń": "87",
    "Białystok": "15",
}
_PL_STREETS = "Długa, Ogrodowa, Lipowa, Słoneczna, Kwiatowa, Polna, Leśna, Klonowa"
_SE = {"Göteborg": "41", "Malmö": "21", "Uppsala": "75", "Lund": "22", "Umeå": "90"}
_SE_STREETS = "Storgatan, Kyrkogatan, Björkvägen, Skolgatan, Ängsvägen, Hamngatan"
_IN = {
    "Pune": "411",
    "Bengaluru": "560",
    "Chennai": "600",
    "Hyderabad": "500",
    "Kochi": "682",
    "Jaipur": "302",
    "Lucknow": "226",
    "Ahmedabad": "380",
    "Kolkata": "700",
    "Indore": "452",
}
_IN_BITS = (
    "Sai Krupa Apartments, Green Park Residency, Lotus Heights, Shanti Nagar, Ashoka Enclave, "
    "Sunrise Towers"
)
_AU = {
    "Fitzroy VIC 3065": "Melbourne",
    "Newtown NSW 2042": "Sydney",
    "Fremantle WA 6160": "Perth",
    "Fortitude Valley QLD 4006": "Brisbane",
    "Sandy Bay TAS 7005": "Hobart",
    "Braddon ACT 2612": "Canberra",
}
_AU_STREETS = "Wattle St, Banksia Rd, Gum Tree Ave, Brunswick Pde, Jacaranda Cres, Boronia St"
_BR = {
    "São Paulo - SP": ("São Paulo", "0"),
    "Rio de Janeiro - RJ": ("Rio de Janeiro", "2"),
    "Belo Horizonte - MG": ("Belo Horizonte", "3"),
    "Curitiba - PR": ("Curitiba", "8"),
    "Recife - PE": ("Recife", "5"),
}
_BR_STREETS = "Rua das Laranjeiras, Rua do Sol, Avenida Atlântica, Rua das Palmeiras, Rua Augusta"
_MX = {"Ciudad de México": "0", "Guadalajara": "44", "Monterrey": "64", "Puebla": "72"}
_MX_COLS = "Col. Roma Norte, Col. Del Valle, Col. Americana, Col. Centro, Col. Jardines"


def address(rng: random.Random, cc: str | None = None) -> tuple[str, str, str]:
    """A street address: (address, its city, country code)."""
    cc = cc or rng.choice(ADDRESS_COUNTRIES)
    f = _ADDR[cc]
    text, city = f(rng)
    return text, city, cc


def _gb(rng):
    city = rng.choice(list(_GB))
    pc = f"{_GB[city]}{rng.randint(1, 16)} {rng.randint(1, 9)}{_L(rng, 2)}"
    flat = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}B "])
    return f"{flat}{_n(rng)} {rng.choice(_split(_GB_STREETS))}, {city} {pc}", city


def _us(rng):
    city = rng.choice(list(_US))
    st, z = _US[city]
    unit = rng.choice(["", "", f" Apt {rng.randint(1, 40)}", f", Unit {rng.randint(100, 499)}"])
    kind = rng.choice(["Dr", "Rd", "Ave", "St", "Ln", "Blvd"])
    street = rng.choice(_split(_US_STREETS))
    return f"{_n(rng, 100, 9800)} {street} {kind}{unit}, {city}, {st} {z}{_d(rng, 2)}", city


def _de(rng):
    city = rng.choice(list(_DE))
    kind = rng.choice(["straße", "weg", "gasse", "allee"])
    street = rng.choice(_split(_DE_STREETS))
    return f"{street}{kind} {_n(rng, 1, 90)}, {_DE[city]}{_d(rng, 3)} {city}", city


def _fr(rng):
    city = rng.choice(list(_FR))
    street = rng.choice(_split(_FR_STREETS))
    return f"{_n(rng, 1, 120)} {street}, {_FR[city]}{rng.randint(0, 8)} {city}", city


def _es(rng):
    city = rng.choice(list(_ES))
    floor = rng.choice(["", f", {rng.randint(1, 8)}º {rng.choice('ABCD')}", ", bajo"])
    street = rng.choice(_split(_ES_STREETS))
    return f"{street} {_n(rng, 1, 140)}{floor}, {_ES[city]}{_d(rng, 2)} {city}", city


def _it(rng):
    city = rng.choice(list(_IT))
    return (
        f"{rng.choice(_split(_IT_STREETS))} {_n(rng, 1, 99)}, {_IT[city]}{_d(rng, 2)} {city}",
        city,
    )


def _nl(rng):
    city = rng.choice(list(_NL))
    pc = f"{_NL[city]}{_d(rng, 2)} {_L(rng, 2)}"
    return f"{rng.choice(_split(_NL_STREETS))} {_n(rng, 1, 240)}, {pc} {city}", city


def _pl(rng):
    city = rng.choice(list(_PL))
    p = _PL[city]
    pc = p + _d(rng, 2 - len(p) + 2)
    pc = f"{pc[:2]}-{_d(rng, 3)}"
    street = rng.choice(_split(_PL_STREETS))
    return f"ul. {street} {_n(rng, 1, 80)}/{rng.randint(1, 40)}, {pc} {city}", city


def _se(rng):
    city = rng.choice(list(_SE))
    pc = f"{_SE[city]}{rng.randint(1, 9)} {_d(rng, 2)}"
    return f"{rng.choice(_split(_SE_STREETS))} {_n(rng, 1, 60)}, {pc} {city}", city


def _in(rng):
    city = rng.choice(list(_IN))
    flat = f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}"
    road = rng.choice(["MG Road", "Station Road", "Link Road", "2nd Cross", "Ring Road"])
    bit = rng.choice(_split(_IN_BITS))
    return f"{flat}, {bit}, {road}, {city} {_IN[city]}{_d(rng, 3)}", city


def _au(rng):
    sub = rng.choice(list(_AU))
    return f"{_n(rng, 1, 300)} {rng.choice(_split(_AU_STREETS))}, {sub}", _AU[sub]


def _br(rng):
    key = rng.choice(list(_BR))
    city, p = _BR[key]
    apto = rng.choice(["", f", apto {rng.randint(11, 1204)}"])
    street = rng.choice(_split(_BR_STREETS))
    return f"{street}, {_n(rng, 10, 2400)}{apto} - {key}, {p}{_d(rng, 4)}-{_d(rng, 3)}", city


def _mx(rng):
    city = rng.choice(list(_MX))
    p = _MX[city]
    cp = (p + _d(rng, 5))[:5]
    col = rng.choice(_split(_MX_COLS))
    street = rng.choice(["Calle Jalapa", "Av. Insurgentes Sur", "Calle Sabino", "Av. Juárez"])
    return f"{street} {_n(rng, 10, 1900)}, {col}, {cp} {city}", city


def _ng(rng):
    city, areas = rng.choice(
        [
            ("Lagos", ["Lekki Phase 1", "Ikeja GRA", "Yaba", "Surulere"]),
            ("Abuja", ["Wuse II", "Garki"]),
        ]
    )
    street = rng.choice(
        ["Admiralty Way", "Allen Avenue", "Aminu Kano Crescent", "Bode Thomas Street"]
    )
    return f"{_n(rng, 1, 60)} {street}, {rng.choice(areas)}, {city}", city


def _ke(rng):
    area = rng.choice(["Kilimani", "Westlands", "Lavington", "Parklands"])
    road = rng.choice(["Argwings Kodhek Road", "Riverside Drive", "Ring Road", "Rhapta Road"])
    return f"Apartment {rng.randint(1, 9)}{rng.choice('ABC')}, {road}, {area}, Nairobi", "Nairobi"


def _za(rng):
    city, sub, pc = rng.choice(
        [
            ("Cape Town", "Observatory", "7925"),
            ("Johannesburg", "Melville", "2092"),
            ("Durban", "Morningside", "4001"),
            ("Pretoria", "Hatfield", "0083"),
        ]
    )
    street = rng.choice(["Lower Main Road", "Protea Street", "Jacaranda Avenue", "Kloof Street"])
    return f"{_n(rng, 1, 220)} {street}, {sub}, {city}, {pc}", city


def _jp(rng):
    city, ward, pc = rng.choice(
        [
            ("Tokyo", "Setagaya-ku", "154"),
            ("Tokyo", "Meguro-ku", "153"),
            ("Osaka", "Kita-ku", "530"),
            ("Sapporo", "Chuo-ku", "060"),
            ("Fukuoka", "Hakata-ku", "812"),
        ]
    )
    block = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    return f"{block} {ward}, {city} {pc}-{_d(rng, 4)}", city


def _kr(rng):
    city, gu = rng.choice([("Seoul", "Mapo-gu"), ("Seoul", "Jongno-gu"), ("Busan", "Haeundae-gu")])
    road = rng.choice(["Worldcup-ro", "Yanghwa-ro", "Haeun-daero", "Sejong-daero"])
    return f"{_n(rng, 1, 300)} {road}, {gu}, {city} {_d(rng, 5)}", city


def _id(rng):
    city, p = rng.choice(
        [("Bandung", "40"), ("Yogyakarta", "55"), ("Surabaya", "60"), ("Malang", "65")]
    )
    street = rng.choice(["Jl. Dago", "Jl. Kaliurang", "Jl. Melati", "Jl. Cendana"])
    return f"{street} No. {_n(rng, 1, 250)}, {city} {p}{_d(rng, 3)}", city


def _tr(rng):
    city, dist = rng.choice([("İzmir", "Karşıyaka"), ("Ankara", "Çankaya"), ("Bursa", "Nilüfer")])
    mah = rng.choice(["Atatürk Mahallesi", "Cumhuriyet Mahallesi", "Yeşilyurt Mahallesi"])
    sok = f"{rng.randint(1, 3000)}. Sokak No: {rng.randint(1, 80)} D: {rng.randint(1, 20)}"
    return f"{mah}, {sok}, {dist}/{city}", city


def _ie(rng):
    city, key = rng.choice(
        [("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91")]
    )
    street = rng.choice(["Grattan Street", "Sea Road", "O'Connell Avenue", "Parnell Place"])
    code = f"{key} {_L(rng, 1)}{_d(rng, 1)}{_L(rng, 1)}{_d(rng, 1)}"
    return f"{_n(rng, 1, 90)} {street}, {city} {code}", city


def _ca(rng):
    city, prov, fsa = rng.choice(
        [
            ("Toronto", "ON", "M5V"),
            ("Vancouver", "BC", "V6B"),
            ("Halifax", "NS", "B3J"),
            ("Winnipeg", "MB", "R3C"),
        ]
    )
    street = rng.choice(["Queen St W", "Granville St", "Spring Garden Rd", "Portage Ave"])
    pc = f"{fsa} {rng.randint(1, 9)}{_L(rng, 1)}{rng.randint(1, 9)}"
    return f"{_n(rng, 10, 2200)} {street}, {city}, {prov} {pc}", city


def _vn(rng):
    city = rng.choice(["Hà Nội", "Đà Nẵng", "Hải Phòng"])
    street = rng.choice(["Phố Hàng Bông", "Đường Trần Phú", "Phố Lò Đúc", "Đường Bạch Đằng"])
    return f"Số {_n(rng, 1, 200)} {street}, Phường {rng.randint(1, 14)}, {city}", city


_ADDR = {
    "GB": _gb,
    "US": _us,
    "DE": _de,
    "FR": _fr,
    "ES": _es,
    "IT": _it,
    "NL": _nl,
    "PL": _pl,
    "SE": _se,
    "IN": _in,
    "AU": _au,
    "BR": _br,
    "MX": _mx,
    "NG": _ng,
    "KE": _ke,
    "ZA": _za,
    "JP": _jp,
    "KR": _kr,
    "ID": _id,
    "TR": _tr,
    "IE": _ie,
    "CA": _ca,
    "VN": _vn,
}
ADDRESS_COUNTRIES = tuple(_ADDR)
