"""Places for val29 (see val29.py): countries, regions, cities and street addresses, written
from the author's head. Each address is one LOCATION span; its street, area and city names
are recorded as the part's place names (no clean prompt may hold them)."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    cities: tuple[str, ...]
    regions: tuple[str, ...]
    # (street names, address builder key, city -> postcode pattern); empty: no addresses
    streets: tuple[str, ...] = ()
    postcodes: tuple[tuple[str, str], ...] = ()


def _c(code, name, cities, regions, streets="", postcodes=""):
    pcs = tuple(
        tuple(x.strip() for x in item.split("=")) for item in postcodes.split(";") if item.strip()
    )
    return Country(
        code,
        name,
        tuple(x.strip() for x in cities.split(",") if x.strip()),
        tuple(x.strip() for x in regions.split(",") if x.strip()),
        tuple(x.strip() for x in streets.split(",") if x.strip()),
        pcs,
    )


# postcode patterns: 9 a digit, @ a letter, others literal
COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in [
        _c(
            "GB",
            "the United Kingdom",
            "Leeds, Manchester, Glasgow, Cardiff, Norwich, Sheffield,"
            " Aberdeen, Swansea, Brighton, Edinburgh, Inverness, Dundee",
            "Cornwall, the Scottish Borders, Northumberland, Gwynedd, the Lake District",
            "Bramble Close, Cavendish Road, Station Road, Mill Lane, Oakfield Terrace,"
            " Heathcote Street, Albion Street, Willowbank Crescent, Larch Grove, Chapel Row",
            "Leeds=LS9 9@@; Manchester=M9 9@@; Glasgow=G9 9@@; Cardiff=CF9 9@@; Norwich=NR9 9@@;"
            " Sheffield=S9 9@@; Aberdeen=AB9 9@@; Swansea=SA9 9@@; Brighton=BN9 9@@;"
            " Edinburgh=EH9 9@@; Inverness=IV9 9@@; Dundee=DD9 9@@",
        ),
        _c(
            "IE",
            "Ireland",
            "Dublin, Galway, Sligo, Kilkenny, Tralee",
            "Connemara, County Clare",
            "Dominick Street, Quay Lane, Rathmines Road, Harbour View, Abbey Gate",
            "Dublin=D09 @9@9; Galway=H91 @9@9; Sligo=F91 @9@9; Kilkenny=R95 @9@9; Tralee=V92 @9@9",
        ),
        _c(
            "US",
            "the United States",
            "Chicago, Denver, Seattle, Boston, Atlanta, Albuquerque,"
            " Minneapolis, Pittsburgh, Baltimore, Sacramento, Tucson, Anchorage, Milwaukee",
            "Oregon, Vermont, New Mexico, Montana, Maine, Wisconsin",
            "Cedar Avenue, Maple Drive, Larkspur Lane, Pine Ridge Road, Sycamore Court,"
            " W 38th Avenue, N Halsted Street, Juniper Way, Aspen Lane, Bluebird Circle",
            "Chicago=IL 60699; Denver=CO 80299; Seattle=WA 98199; Boston=MA 02199;"
            " Atlanta=GA 30399; Albuquerque=NM 87199; Minneapolis=MN 55499;"
            " Pittsburgh=PA 15299; Baltimore=MD 21299; Sacramento=CA 95899;"
            " Tucson=AZ 85799; Milwaukee=WI 53299",
        ),
        _c(
            "CA",
            "Canada",
            "Toronto, Calgary, Winnipeg, Ottawa, Montréal, Saskatoon",
            "Ontario, Alberta, Nova Scotia, Manitoba, British Columbia",
            "Portage Avenue, Spadina Crescent, Kensington Road, Elgin Street, Rue Rachel Est",
            "Toronto=ON M9@ 9@9; Calgary=AB T9@ 9@9; Winnipeg=MB R9@ 9@9; Ottawa=ON K9@ 9@9;"
            " Montréal=QC H9@ 9@9; Saskatoon=SK S9@ 9@9",
        ),
        _c(
            "MX",
            "Mexico",
            "Guadalajara, Monterrey, Puebla, Oaxaca, Mérida, Querétaro",
            "Yucatán, Jalisco, Chiapas",
            "Calzada Independencia, Avenida Insurgentes Sur, Calle Colima, Calle Macedonio Alcalá",
            "Guadalajara=44199; Monterrey=64099; Puebla=72099; Oaxaca=68099; Mérida=97099;"
            " Querétaro=76099",
        ),
        _c(
            "BR",
            "Brazil",
            "São Paulo, Belo Horizonte, Recife, Porto Alegre, Curitiba, Fortaleza, Salvador",
            "Minas Gerais, Bahia, Pernambuco",
            "Avenida Paulista, Rua da Bahia, Rua do Bom Jesus, Rua da Praia, Rua das Flores",
            "São Paulo=01399-999; Belo Horizonte=30199-999; Recife=50099-999;"
            " Porto Alegre=90099-999; Curitiba=80099-999",
        ),
        _c(
            "AR",
            "Argentina",
            "Buenos Aires, Córdoba, Rosario, Mar del Plata, Bariloche",
            "Mendoza Province, Tierra del Fuego",
            "Avenida Corrientes, Calle Defensa",
            "Buenos Aires=C1099@@@; Córdoba=X5099@@@; Rosario=S2099@@@",
        ),
        _c(
            "CO",
            "Colombia",
            "Bogotá, Medellín, Cali, Barranquilla, Cartagena, Manizales",
            "Antioquia, Boyacá",
        ),
        _c("PE", "Peru", "Lima, Cusco, Arequipa, Trujillo, Puno", "Ayacucho, Loreto"),
        _c("CL", "Chile", "Valparaíso, Concepción, Temuco, Antofagasta", "Atacama, Magallanes"),
        _c(
            "ES",
            "Spain",
            "Madrid, Barcelona, Valencia, Sevilla, Bilbao, Zaragoza, Málaga, Salamanca",
            "Catalonia, Andalusia, Asturias, Navarra",
            "Calle del Olmo, Calle Mayor, Carrer de Mallorca, Calle Larios, Calle de la Cava Baja,"
            " Avenida de la Constitución",
            "Madrid=28099; Barcelona=08099; Valencia=46099; Sevilla=41099; Bilbao=48099;"
            " Zaragoza=50099; Málaga=29099; Salamanca=37099",
        ),
        _c(
            "PT",
            "Portugal",
            "Lisbon, Braga, Coimbra, Aveiro, Funchal",
            "the Algarve, Alentejo",
            "Rua Augusta, Rua de Santa Catarina, Avenida da Liberdade, Rua do Souto",
            "Lisbon=1199-999; Braga=4799-999; Coimbra=3099-999; Aveiro=3899-999",
        ),
        _c(
            "FR",
            "France",
            "Lyon, Marseille, Toulouse, Nantes, Lille, Rennes, Grenoble,"
            " Strasbourg, Montpellier, Annecy",
            "Brittany, Normandy, Alsace, Occitanie",
            "rue des Tanneurs, rue de la République, rue du Faubourg, quai de la Fosse,"
            " place des Terreaux, rue des Remparts",
            "Lyon=69009; Marseille=13009; Toulouse=31099; Nantes=44099; Lille=59099;"
            " Rennes=35099; Grenoble=38099; Strasbourg=67099; Montpellier=34099; Annecy=74099",
        ),
        _c(
            "BE",
            "Belgium",
            "Antwerp, Ghent, Leuven, Liège, Namur",
            "Flanders, Wallonia",
            "Veldstraat, Bondgenotenlaan, Kouter, Rue Saint-Gilles",
            "Antwerp=2099; Ghent=9099; Leuven=3099; Liège=4099; Namur=5099",
        ),
        _c(
            "NL",
            "the Netherlands",
            "Amsterdam, Utrecht, Rotterdam, Groningen, Eindhoven, Haarlem, Zwolle",
            "Friesland, Zeeland, Limburg",
            "Keizersgracht, Oudegracht, Herestraat, Stratumseind, Nieuwe Binnenweg",
            "Amsterdam=1099 @@; Utrecht=3599 @@; Rotterdam=3099 @@; Groningen=9799 @@;"
            " Eindhoven=5699 @@; Haarlem=2099 @@",
        ),
        _c(
            "DE",
            "Germany",
            "Berlin, Hamburg, Leipzig, Köln, München, Dresden, Stuttgart,"
            " Freiburg, Bremen, Nürnberg",
            "Bavaria, Saxony, Schleswig-Holstein, Thuringia",
            "Lindenstraße, Gartenweg, Am Mühlbach, Bergmannstraße, Kastanienallee, Hauptstraße,"
            " Sonnenallee, Eichendorffweg",
            "Berlin=10999; Hamburg=20999; Leipzig=04199; Köln=50999; München=80999;"
            " Dresden=01099; Stuttgart=70199; Freiburg=79099; Bremen=28199; Nürnberg=90199",
        ),
        _c(
            "AT",
            "Austria",
            "Vienna, Graz, Salzburg, Innsbruck",
            "Tyrol, Carinthia",
            "Mariahilfer Straße, Herrengasse, Getreidegasse, Maria-Theresien-Straße",
            "Vienna=1099; Graz=8099; Salzburg=5099; Innsbruck=6099",
        ),
        _c(
            "CH",
            "Switzerland",
            "Zürich, Bern, Basel, Lausanne, Lucerne",
            "Valais, Ticino",
            "Langstrasse, Kramgasse, Spalenberg, Rue de Bourg",
            "Zürich=8099; Bern=3099; Basel=4099; Lausanne=1099",
        ),
        _c(
            "IT",
            "Italy",
            "Milano, Torino, Bologna, Napoli, Firenze, Palermo, Genova, Trieste",
            "Tuscany, Sicily, Sardinia, Piedmont",
            "Via dei Mille, Via del Corso, Piazza Maggiore, Via Etnea, Via San Vitale",
            "Milano=20199; Torino=10199; Bologna=40199; Napoli=80199; Firenze=50199;"
            " Palermo=90199; Genova=16199; Trieste=34199",
        ),
        _c(
            "PL",
            "Poland",
            "Kraków, Wrocław, Gdańsk, Poznań, Łódź, Lublin",
            "Silesia, Pomerania",
            "ul. Floriańska, ul. Świdnicka, ul. Długa, ul. Półwiejska, ul. Piotrkowska",
            "Kraków=31-099; Wrocław=50-099; Gdańsk=80-899; Poznań=61-899; Łódź=90-099;"
            " Lublin=20-099",
        ),
        _c(
            "CZ",
            "Czechia",
            "Brno, Ostrava, Olomouc, Plzeň",
            "Moravia, Bohemia",
            "Údolní, Dlouhá, Nádražní, Pekařská",
            "Brno=602 00; Ostrava=702 00; Olomouc=779 00; Plzeň=301 00",
        ),
        _c(
            "SE",
            "Sweden",
            "Gothenburg, Malmö, Uppsala, Umeå, Luleå",
            "Dalarna, Skåne, Gotland",
            "Storgatan, Järntorget, Drottninggatan, Skolgatan",
            "Gothenburg=413 99; Malmö=211 99; Uppsala=753 99; Umeå=903 99",
        ),
        _c(
            "NO",
            "Norway",
            "Bergen, Trondheim, Tromsø, Stavanger",
            "Lofoten, Finnmark",
            "Strandgaten, Kongens gate, Storgata",
            "Bergen=5099; Trondheim=7099; Tromsø=9099; Stavanger=4099",
        ),
        _c(
            "DK",
            "Denmark",
            "Aarhus, Odense, Aalborg",
            "Jutland",
            "Vestergade, Nørregade",
            "Aarhus=8000; Odense=5000; Aalborg=9000",
        ),
        _c(
            "FI",
            "Finland",
            "Tampere, Turku, Oulu, Rovaniemi",
            "Lapland, Karelia",
            "Hämeenkatu, Aurakatu, Kirkkokatu",
            "Tampere=33199; Turku=20199; Oulu=90199",
        ),
        _c("IS", "Iceland", "Reykjavík, Akureyri, Ísafjörður", "the Westfjords"),
        _c("GR", "Greece", "Thessaloniki, Patras, Heraklion, Chania", "Crete, Epirus"),
        _c("TR", "Türkiye", "Istanbul, Ankara, Bursa, Eskişehir, Trabzon", "Cappadocia, Anatolia"),
        _c("RO", "Romania", "Cluj-Napoca, Iași, Timișoara, Brașov", "Transylvania"),
        _c("HU", "Hungary", "Budapest, Debrecen, Szeged, Pécs", "Transdanubia"),
        _c("UA", "Ukraine", "Lviv, Kharkiv, Odesa, Kyiv", "Zakarpattia"),
        _c("RU", "Russia", "Kazan, Novosibirsk, Yekaterinburg, Samara", "Siberia"),
        _c("EG", "Egypt", "Cairo, Giza, Luxor, Aswan", "the Nile Delta"),
        _c("MA", "Morocco", "Fès, Rabat, Tangier, Agadir, Essaouira", "the Rif"),
        _c(
            "NG",
            "Nigeria",
            "Lagos, Abuja, Ibadan, Enugu, Kano, Port Harcourt",
            "Ogun State",
            "Admiralty Way, Awolowo Road, Ring Road, Independence Layout",
            "Lagos=Lagos; Ibadan=Ibadan; Enugu=Enugu",
        ),
        _c("GH", "Ghana", "Accra, Kumasi, Tamale, Cape Coast", "the Volta Region"),
        _c("KE", "Kenya", "Nairobi, Mombasa, Kisumu, Nakuru, Eldoret", "the Rift Valley"),
        _c(
            "ZA",
            "South Africa",
            "Cape Town, Durban, Johannesburg, Pretoria, Gqeberha",
            "Gauteng, the Western Cape, KwaZulu-Natal",
            "Kloof Street, Juta Street, Loop Street, Musgrave Road",
            "Cape Town=8001; Durban=4001; Johannesburg=2001; Pretoria=0002",
        ),
        _c("ET", "Ethiopia", "Addis Ababa, Bahir Dar, Hawassa, Gondar", "Amhara"),
        _c("SN", "Senegal", "Dakar, Thiès, Ziguinchor", "Casamance"),
        _c(
            "IN",
            "India",
            "Bengaluru, Chennai, Pune, Kolkata, Hyderabad, Ahmedabad, Kochi, Jaipur, Lucknow",
            "Kerala, Karnataka, Rajasthan, Gujarat",
            "MG Road, FC Road, 100 Feet Road, SG Highway, Residency Road",
            "Bengaluru=560999; Chennai=600999; Pune=411999; Kolkata=700999;"
            " Hyderabad=500999; Ahmedabad=380999; Kochi=682999",
        ),
        _c("PK", "Pakistan", "Lahore, Karachi, Islamabad, Peshawar", "Khyber Pakhtunkhwa"),
        _c("LK", "Sri Lanka", "Kandy, Galle, Jaffna, Negombo", "the Central Province"),
        _c("NP", "Nepal", "Kathmandu, Pokhara, Lalitpur", "the Gandaki Province"),
        _c("BD", "Bangladesh", "Dhaka, Chittagong, Sylhet, Khulna", "the Sundarbans"),
        _c("CN", "China", "Chengdu, Hangzhou, Guangzhou, Shenzhen, Wuhan", "Yunnan, Sichuan"),
        _c("HK", "Hong Kong", "Kowloon, Sha Tin, Tsuen Wan", "the New Territories"),
        _c("TW", "Taiwan", "Taipei, Kaohsiung, Tainan, Taichung", "Hualien County"),
        _c(
            "JP",
            "Japan",
            "Tokyo, Osaka, Sapporo, Fukuoka, Sendai, Kanazawa",
            "Hokkaido, Kyushu",
            "Jingumae, Nishi-Shinsaibashi, Odori Nishi, Tenjin, Ichibancho",
            "Tokyo=199-9999; Osaka=599-9999; Sapporo=069-9999; Fukuoka=819-9999; Sendai=989-9999",
        ),
        _c("KR", "South Korea", "Seoul, Busan, Incheon, Daegu, Gwangju", "Jeju, Gangwon"),
        _c("VN", "Vietnam", "Hà Nội, Đà Nẵng, Huế, Hải Phòng, Cần Thơ", "the Mekong Delta"),
        _c("TH", "Thailand", "Bangkok, Phuket, Khon Kaen, Hat Yai", "Isan"),
        _c("ID", "Indonesia", "Jakarta, Surabaya, Bandung, Yogyakarta, Medan", "Bali, Sulawesi"),
        _c("PH", "the Philippines", "Manila, Cebu, Davao, Iloilo, Baguio", "Mindanao, Palawan"),
        _c("MY", "Malaysia", "Kuala Lumpur, Penang, Johor Bahru, Kuching, Ipoh", "Sabah, Sarawak"),
        _c("SG", "Singapore", "Tampines, Jurong East, Toa Payoh", ""),
        _c(
            "AU",
            "Australia",
            "Melbourne, Brisbane, Perth, Hobart, Canberra, Cairns",
            "Queensland, Tasmania, the Northern Territory",
            "Wattle Street, Brunswick Street, Boundary Road, Banksia Parade",
            "Melbourne=VIC 3099; Brisbane=QLD 4099; Perth=WA 6099; Hobart=TAS 7099",
        ),
        _c(
            "NZ",
            "New Zealand",
            "Auckland, Christchurch, Dunedin, Rotorua, Napier",
            "Otago",
            "Ponsonby Road, Cuba Street, Colombo Street, George Street",
            "Auckland=1099; Christchurch=8099; Dunedin=9099; Rotorua=3099",
        ),
        _c("AE", "the United Arab Emirates", "Dubai, Abu Dhabi, Sharjah, Al Ain", "Fujairah"),
        _c("SA", "Saudi Arabia", "Riyadh, Jeddah, Dammam", "Asir"),
        _c("IL", "Israel", "Haifa, Tel Aviv, Be'er Sheva", "the Galilee"),
        _c("IR", "Iran", "Tehran, Isfahan, Tabriz, Mashhad", "Gilan"),
        _c("IQ", "Iraq", "Erbil, Sulaymaniyah, Duhok, Basra", "Kurdistan Region"),
        _c("AM", "Armenia", "Yerevan, Gyumri, Dilijan", "Syunik"),
        _c("GE", "Georgia", "Tbilisi, Batumi, Kutaisi", "Svaneti, Kakheti"),
        _c("AZ", "Azerbaijan", "Baku, Ganja, Sheki", "Nakhchivan"),
        _c("MN", "Mongolia", "Ulaanbaatar, Erdenet, Darkhan", "the Gobi"),
        _c("KZ", "Kazakhstan", "Almaty, Astana, Shymkent", "Mangystau"),
        _c("LB", "Lebanon", "Beirut, Byblos, Tripoli", "the Beqaa Valley"),
        _c("UG", "Uganda", "Kampala, Gulu, Mbarara, Entebbe", ""),
        _c("RW", "Rwanda", "Kigali, Huye, Musanze", ""),
        _c("ZW", "Zimbabwe", "Harare, Bulawayo, Mutare", "Matabeleland"),
        _c("CD", "the Democratic Republic of the Congo", "Kinshasa, Lubumbashi, Goma", "Katanga"),
        _c("MG", "Madagascar", "Antananarivo, Toamasina, Fianarantsoa", ""),
        _c("HT", "Haiti", "Port-au-Prince, Cap-Haïtien, Jacmel", ""),
        _c("JM", "Jamaica", "Kingston, Montego Bay, Ocho Rios", ""),
        _c("TO", "Tonga", "Nukuʻalofa, Neiafu", ""),
        _c("GL", "Greenland", "Nuuk, Ilulissat, Sisimiut", ""),
        _c("MM", "Myanmar", "Yangon, Mandalay, Bagan", ""),
        _c("LT", "Lithuania", "Vilnius, Kaunas, Klaipėda", ""),
        _c("LV", "Latvia", "Riga, Liepāja, Cēsis", ""),
        _c("RS", "Serbia", "Belgrade, Novi Sad, Niš", ""),
    ]
}

ADDRESS_COUNTRIES = tuple(c for c, v in COUNTRIES.items() if v.streets)


def _fill(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(str(rng.randrange(10)))
        elif ch == "@":
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXY"))
        else:
            out.append(ch)
    return "".join(out)


def address(rng: random.Random, code: str) -> tuple[str, list[str]]:
    """A street address of the country as one string, and the place names in it."""
    c = COUNTRIES[code]
    city, pc_pat = rng.choice(c.postcodes)
    pc = _fill(rng, pc_pat)
    street = rng.choice(c.streets)
    n = rng.randrange(1, 240)
    names = [street, city]
    if code in ("GB",):
        flat = rng.random() < 0.25
        head = f"Flat {rng.randrange(1, 9)}, " if flat else ""
        return f"{head}{n} {street}, {city} {pc}", names
    if code == "IE":
        return f"{n} {street}, {city}, {pc}", names
    if code == "US":
        apt = f", Apt {rng.randrange(1, 30)}{rng.choice('ABCD')}" if rng.random() < 0.3 else ""
        return f"{n * 10 + rng.randrange(10)} {street}{apt}, {city}, {pc}", names
    if code == "CA":
        return f"{n * 3} {street}, {city}, {pc}", names
    if code == "AU":
        return f"{n} {street}, {city} {pc}", names
    if code == "NZ":
        return f"{n} {street}, {city} {pc}", names
    if code in ("DE", "AT", "CH", "NL", "BE", "CZ", "SE", "NO", "DK", "FI", "ES", "IT", "PL"):
        return f"{street} {n}, {pc} {city}", names
    if code in ("FR",):
        return f"{n} {street}, {pc} {city}", names
    if code == "PT":
        return f"{street} {n}, {pc} {city}", names
    if code == "MX":
        return f"{street} {n}, C.P. {pc}, {city}", names
    if code == "BR":
        return f"{street}, {n} - {city}, {pc}", names
    if code == "AR":
        return f"{street} {n * 4}, {pc} {city}", names
    if code == "NG":
        return f"{n} {street}, {city}", names
    if code == "ZA":
        return f"{n} {street}, {city}, {pc}", names
    if code == "IN":
        return f"{n}, {street}, {city} {pc}", names
    if code == "JP":
        return (
            f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)} {street},"
            f" {city} {pc}",
            names,
        )
    raise ValueError(code)


def mixed_case_code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
