"""Places for val32 (LOCATION spans), written by its author from memory: cities by country,
regions, countries, and street addresses built from per-country street names and postcode
shapes. An address is one span ("17 rue des Tanneurs, 67000 Strasbourg")."""

from __future__ import annotations

import random

# country code -> cities (a US, Canadian, Australian or Brazilian city carries its state).
CITIES: dict[str, str] = {
    "GB": "Harrogate, Aberystwyth, Inverness, Leicester, Sheffield, Norwich, Plymouth, "
    "Dundee, Swansea, Carlisle, Truro, Shrewsbury, Kendal, Colchester",
    "IE": "Galway, Kilkenny, Sligo, Athlone, Letterkenny",
    "US": "Boise:ID, Tulsa:OK, Spokane:WA, Milwaukee:WI, Sacramento:CA, Duluth:MN, "
    "Tucson:AZ, Asheville:NC, Pittsburgh:PA, Omaha:NE, Chattanooga:TN, Honolulu:HI, "
    "Albuquerque:NM, Des Moines:IA",
    "CA": "Winnipeg:MB, Saskatoon:SK, Kelowna:BC, Moncton:NB, Montréal:QC, Sherbrooke:QC, "
    "Yellowknife:NT, Iqaluit:NU",
    "FR": "Strasbourg, Montpellier, Rennes, Besançon, Annecy, Chamonix, Toulouse, "
    "Grenoble, Nantes, Lille, Perpignan, Clermont-Ferrand",
    "DE": "Freiburg im Breisgau, Leipzig, Bielefeld, Regensburg, Göttingen, Rostock, "
    "Würzburg, Kassel, Dresden, Mannheim, Oberstdorf",
    "AT": "Innsbruck, Salzburg, Graz, Kitzbühel, Linz, Klagenfurt, Ischgl, Sölden",
    "CH": "Zermatt, Luzern, Basel, Lausanne, Davos, Verbier, Grindelwald, Winterthur",
    "IT": "Firenze, Trieste, Cortina d'Ampezzo, Bergamo, Lecce, Perugia, Cagliari, Torino, "
    "Palermo, Genova, Bolzano, Courmayeur",
    "ES": "Valladolid, Zaragoza, Bilbao, Cádiz, Salamanca, Málaga, Alicante, Oviedo, "
    "Pamplona, Girona, Tarragona",
    "PT": "Lisboa, Coimbra, Braga, Aveiro, Funchal, Évora",
    "NL": "Utrecht, Groningen, Maastricht, Eindhoven, Leiden, Zwolle, Haarlem, Nijmegen, Rotterdam",
    "BE": "Gent, Leuven, Antwerpen, Liège, Namur, Brugge, Mechelen",
    "SE": "Göteborg, Malmö, Uppsala, Umeå, Kiruna, Östersund, Linköping",
    "NO": "Tromsø, Trondheim, Stavanger, Bodø, Ålesund, Lillehammer",
    "DK": "Aarhus, Odense, Aalborg, Esbjerg, Roskilde",
    "FI": "Tampere, Oulu, Turku, Rovaniemi, Jyväskylä, Lahti",
    "IS": "Reykjavík, Akureyri",
    "PL": "Gdańsk, Kraków, Wrocław, Poznań, Łódź, Lublin, Zakopane, Białystok, Katowice",
    "CZ": "Brno, Olomouc, Plzeň, Ostrava",
    "SK": "Bratislava, Košice, Žilina",
    "HU": "Debrecen, Szeged, Pécs, Győr",
    "RO": "Cluj-Napoca, Timișoara, Iași, Brașov, Sibiu",
    "BG": "Plovdiv, Varna, Burgas, Bansko",
    "RS": "Novi Sad, Beograd",
    "HR": "Zagreb, Rijeka, Zadar, Dubrovnik, Osijek",
    "SI": "Ljubljana, Maribor",
    "GR": "Thessaloniki, Heraklion, Patras, Ioannina, Chania",
    "TR": "İzmir, Antalya, Bursa, Eskişehir, Trabzon, Gaziantep, Kayseri, Bodrum",
    "UA": "Lviv, Kharkiv, Odesa, Dnipro",
    "EE": "Tartu, Pärnu",
    "LT": "Kaunas, Klaipėda, Vilnius",
    "LV": "Liepāja, Jūrmala",
    "GE": "Tbilisi, Batumi, Kutaisi",
    "AM": "Yerevan, Gyumri",
    "AZ": "Baku",
    "KZ": "Almaty, Shymkent",
    "UZ": "Samarkand, Bukhara, Tashkent",
    "AE": "Dubai, Abu Dhabi, Sharjah",
    "QA": "Doha",
    "SA": "Riyadh, Jeddah",
    "JO": "Amman, Irbid",
    "LB": "Beirut, Byblos",
    "IL": "Haifa, Tel Aviv",
    "IR": "Isfahan, Tabriz, Mashhad",
    "IQ": "Erbil, Sulaymaniyah, Basra",
    "MA": "Marrakech, Fès, Tangier, Agadir",
    "TN": "Sfax, Sousse",
    "EG": "Aswan, Luxor, Giza",
    "ET": "Addis Ababa, Mekele, Bahir Dar",
    "ER": "Asmara",
    "SO": "Mogadishu, Hargeisa",
    "KE": "Nairobi, Mombasa, Kisumu, Eldoret",
    "UG": "Kampala, Entebbe, Jinja",
    "RW": "Kigali",
    "TZ": "Arusha, Dodoma, Mwanza",
    "ZM": "Lusaka",
    "ZW": "Harare, Bulawayo",
    "MW": "Lilongwe, Blantyre",
    "MZ": "Maputo",
    "BW": "Gaborone",
    "NA": "Windhoek",
    "ZA": "Durban, Gqeberha, Bloemfontein, Stellenbosch, Soweto, Pietermaritzburg",
    "MG": "Antananarivo, Toamasina",
    "SN": "Dakar, Ziguinchor",
    "ML": "Bamako",
    "CI": "Abidjan",
    "GH": "Accra, Kumasi",
    "TG": "Lomé",
    "NG": "Lagos, Ibadan, Enugu, Kano, Abuja, Port Harcourt",
    "CM": "Douala, Yaoundé",
    "IN": "Pune, Kochi, Mysuru, Jaipur, Lucknow, Indore, Coimbatore, Madurai, "
    "Visakhapatnam, Bhubaneswar, Guwahati, Chandigarh, Ahmedabad, Nagpur, Kolkata, "
    "Chennai, Hyderabad, Bengaluru, Mumbai, Thiruvananthapuram",
    "PK": "Lahore, Karachi, Faisalabad, Peshawar, Multan",
    "BD": "Dhaka, Chittagong, Sylhet",
    "NP": "Kathmandu, Pokhara",
    "LK": "Colombo, Kandy",
    "MM": "Yangon, Mandalay",
    "TH": "Chiang Mai, Hat Yai, Phuket, Khon Kaen",
    "LA": "Vientiane, Luang Prabang",
    "KH": "Phnom Penh, Siem Reap",
    "VN": "Hà Nội, Đà Nẵng, Huế, Hải Phòng, Cần Thơ",
    "MY": "Kuala Lumpur, Penang, Ipoh, Kuching, Johor Bahru",
    "SG": "Singapore",
    "ID": "Surabaya, Yogyakarta, Bandung, Medan, Makassar, Denpasar, Semarang",
    "PH": "Cebu, Davao, Iloilo, Baguio, Quezon City",
    "TW": "Taipei, Kaohsiung, Tainan, Taichung, Hsinchu",
    "CN": "Shenzhen, Chengdu, Hangzhou, Wuhan, Kunming, Harbin, Qingdao, Guangzhou, Xiamen",
    "JP": "Osaka, Sapporo, Fukuoka, Nagoya, Sendai, Kanazawa, Niseko, Hakuba",
    "KR": "Busan, Daegu, Incheon, Gwangju, Jeju",
    "MN": "Ulaanbaatar",
    "AU": "Fremantle:WA, Hobart:TAS, Cairns:QLD, Geelong:VIC, Wollongong:NSW, "
    "Townsville:QLD, Ballarat:VIC, Launceston:TAS, Nhulunbuy:NT",
    "NZ": "Dunedin, Rotorua, Queenstown, Christchurch, Tauranga, Whanganui",
    "FJ": "Suva, Nadi",
    "WS": "Apia",
    "TO": "Nukuʻalofa",
    "MX": "Guadalajara:JAL, Monterrey:NL, Oaxaca:OAX, Puebla:PUE, Mérida:YUC, "
    "Querétaro:QRO, Tijuana:BC",
    "CO": "Medellín, Cali, Barranquilla, Cartagena, Bucaramanga",
    "EC": "Quito, Guayaquil",
    "PE": "Cusco, Arequipa, Trujillo",
    "BO": "Cochabamba, Sucre",
    "CL": "Valparaíso, Temuco, Antofagasta",
    "AR": "Córdoba, Bariloche, Mendoza, Salta",
    "UY": "Montevideo",
    "PY": "Asunción",
    "BR": "Curitiba:PR, Recife:PE, Manaus:AM, Belo Horizonte:MG, Florianópolis:SC, "
    "Campinas:SP, São Paulo:SP",
    "JM": "Kingston, Montego Bay",
    "TT": "Port of Spain",
    "BB": "Bridgetown",
}

REGIONS = (
    "Tyrol, Catalonia, Andalusia, Provence, Tuscany, Lombardy, Flanders, Wallonia, Lapland, "
    "Dalarna, Cornwall, Yorkshire, Kerala, Punjab, Gujarat, Tamil Nadu, Rajasthan, Sichuan, "
    "Yunnan, Hokkaido, Okinawa, Bali, Sumatra, Mindanao, Queensland, Tasmania, Ontario, "
    "Texas, Vermont, Oregon, Minnesota, Silesia, Transylvania, Anatolia, Cappadocia, "
    "Galilee, Oromia, Western Cape, KwaZulu-Natal, Gauteng, Limpopo, Casamance, Zanzibar, "
    "Alsace, Vorarlberg, Valais, Graubünden, Algarve, Azores, Patagonia"
)

COUNTRIES = (
    "Nigeria, Kenya, Ghana, Ethiopia, Senegal, Morocco, Egypt, Tunisia, Algeria, "
    "South Africa, Zimbabwe, Uganda, Rwanda, Tanzania, Madagascar, Mali, Cameroon, Lebanon, "
    "Qatar, Oman, Iran, Iraq, Saudi Arabia, United Arab Emirates, Türkiye, Greece, Cyprus, "
    "Italy, Spain, Portugal, France, Germany, Austria, Switzerland, Netherlands, Belgium, "
    "Luxembourg, Denmark, Norway, Sweden, Finland, Iceland, Ireland, United Kingdom, "
    "Poland, Czechia, Slovakia, Hungary, Romania, Bulgaria, Serbia, Croatia, Slovenia, "
    "Albania, Ukraine, Lithuania, Latvia, Estonia, Armenia, Azerbaijan, Kazakhstan, "
    "Uzbekistan, Mongolia, India, Pakistan, Bangladesh, Nepal, Sri Lanka, Myanmar, "
    "Thailand, Cambodia, Vietnam, Malaysia, Indonesia, Philippines, Taiwan, Japan, "
    "South Korea, Australia, New Zealand, Fiji, Samoa, Tonga, Canada, Mexico, Colombia, "
    "Peru, Chile, Argentina, Brazil, Uruguay, Ecuador, Bolivia, Jamaica, "
    "Trinidad and Tobago, United States"
)

COUNTRY_NAME = {
    "GB": "United Kingdom", "IE": "Ireland", "US": "United States", "CA": "Canada",
    "FR": "France", "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "IT": "Italy",
    "ES": "Spain", "PT": "Portugal", "NL": "Netherlands", "BE": "Belgium", "SE": "Sweden",
    "NO": "Norway", "DK": "Denmark", "FI": "Finland", "PL": "Poland", "CZ": "Czechia",
    "TR": "Türkiye", "GR": "Greece", "IN": "India", "JP": "Japan", "KR": "South Korea",
    "CN": "China", "VN": "Vietnam", "TH": "Thailand", "ID": "Indonesia",
    "PH": "Philippines", "MY": "Malaysia", "SG": "Singapore", "AU": "Australia",
    "NZ": "New Zealand", "BR": "Brazil", "MX": "Mexico", "AR": "Argentina",
    "CO": "Colombia", "CL": "Chile", "NG": "Nigeria", "KE": "Kenya", "ZA": "South Africa",
    "GH": "Ghana", "MA": "Morocco", "EG": "Egypt", "AE": "United Arab Emirates",
    "IL": "Israel", "IS": "Iceland", "SK": "Slovakia", "HU": "Hungary", "RO": "Romania",
    "BG": "Bulgaria", "RS": "Serbia", "HR": "Croatia", "SI": "Slovenia", "UA": "Ukraine",
    "EE": "Estonia", "LT": "Lithuania", "LV": "Latvia", "GE": "Georgia", "AM": "Armenia",
    "AZ": "Azerbaijan", "KZ": "Kazakhstan", "UZ": "Uzbekistan", "QA": "Qatar",
    "SA": "Saudi Arabia", "JO": "Jordan", "LB": "Lebanon", "IR": "Iran", "IQ": "Iraq",
    "TN": "Tunisia", "ET": "Ethiopia", "ER": "Eritrea", "SO": "Somalia", "UG": "Uganda",
    "RW": "Rwanda", "TZ": "Tanzania", "ZM": "Zambia", "ZW": "Zimbabwe", "MW": "Malawi",
    "MZ": "Mozambique", "BW": "Botswana", "NA": "Namibia", "MG": "Madagascar",
    "SN": "Senegal", "ML": "Mali", "CI": "Côte d'Ivoire", "TG": "Togo", "CM": "Cameroon",
    "PK": "Pakistan", "BD": "Bangladesh", "NP": "Nepal", "LK": "Sri Lanka",
    "MM": "Myanmar", "LA": "Laos", "KH": "Cambodia", "TW": "Taiwan", "MN": "Mongolia",
    "FJ": "Fiji", "WS": "Samoa", "TO": "Tonga", "EC": "Ecuador", "PE": "Peru",
    "BO": "Bolivia", "UY": "Uruguay", "PY": "Paraguay", "JM": "Jamaica",
    "TT": "Trinidad and Tobago", "BB": "Barbados",
}  # fmt: skip

# Street names per country, and how an address is written there.
STREETS: dict[str, str] = {
    "GB": "Kingsmead Road, Albion Terrace, Chapel Row, Orchard Close, Weavers Court, "
    "Heathfield Avenue, Priory Gardens, Tanners Lane, Quarry Hill",
    "US": "Alder Creek Drive, Sycamore Street, N Cedar Ridge Road, Larkspur Lane, "
    "Old Mill Road, Juniper Court, E Pinecrest Avenue",
    "CA": "Rue Saint-Paul Ouest, Portage Avenue, Spadina Crescent, Bernard Avenue",
    "DE": "Lindenstraße, Am Mühlbach, Kastanienallee, Schillerplatz, Bahnhofstraße, "
    "Ringstraße, Am Feldrain, Uferweg",
    "AT": "Museumstraße, Anichstraße, Herrengasse, Getreidegasse, Dorfstraße, Hofgasse",
    "CH": "Bahnhofstrasse, Seestrasse, Chemin des Vignes, Hofwiesenstrasse",
    "FR": "rue des Tanneurs, avenue Jean-Jaurès, boulevard de la Liberté, "
    "impasse des Lilas, place du Marché, chemin des Écoliers",
    "ES": "Calle de Embajadores, Avenida de la Constitución, Calle Mayor, Rambla Nova, "
    "Calle Sierpes",
    "IT": "Via dei Serragli, Corso Vittorio Emanuele II, Via Garibaldi, "
    "Piazza delle Erbe, Via XX Settembre",
    "PT": "Rua Augusta, Rua de Santa Catarina, Avenida da Liberdade, Travessa do Carmo",
    "NL": "Prinsengracht, Oudegracht, Kerkstraat, Bloemgracht, Vismarkt",
    "BE": "Korenmarkt, Rue de la Loi, Bondgenotenlaan, Meir",
    "SE": "Götgatan, Storgatan, Kungsgatan, Drottninggatan, Västra Hamngatan",
    "NO": "Storgata, Kongens gate, Torggata",
    "DK": "Vestergade, Nørregade, Strandvejen",
    "FI": "Hämeenkatu, Kauppakatu, Aleksanterinkatu",
    "PL": "ul. Długa, ul. Floriańska, ul. Piotrkowska, ul. Świętojańska",
    "CZ": "Masarykova, Nádražní, Husova",
    "TR": "Bağdat Caddesi, Cumhuriyet Caddesi, Kıbrıs Şehitleri Caddesi",
    "GR": "Tsimiski, Egnatia, Mitropoleos",
    "IN": "MG Road, Anna Salai, Linking Road, 12th Main Road, Residency Road",
    "JP": "Chūō-ku, Kita-ku, Naka-ku",
    "KR": "Teheran-ro, Jungang-daero, Haeundae-ro",
    "VN": "Phố Hàng Bạc, Đường Lê Lợi, Đường Trần Phú",
    "ID": "Jl. Malioboro, Jl. Pemuda, Jl. Diponegoro",
    "PH": "Osmeña Boulevard, Gen. Luna Street, Session Road",
    "MY": "Jalan Ampang, Jalan Tun Razak, Lebuh Chulia",
    "SG": "Tampines Street 81, Ang Mo Kio Avenue 3, Bedok North Road",
    "AU": "Wattle Grove, Banksia Street, Jacaranda Avenue, Esplanade",
    "NZ": "Stuart Street, Fenton Street, Shotover Street",
    "BR": "Rua XV de Novembro, Avenida Boa Viagem, Rua dos Andradas",
    "MX": "Avenida Vallarta, Calle 60, Avenida Constituyentes",
    "AR": "Avenida Colón, Calle Mitre, Avenida San Martín",
    "CO": "Carrera 43A, Calle 10, Carrera 7",
    "CL": "Avenida Alemania, Calle Prat, Avenida Brasil",
    "NG": "Awolowo Road, Ogui Road, Ring Road",
    "KE": "Ngong Road, Moi Avenue, Kenyatta Avenue",
    "ZA": "Florida Road, Dorp Street, Kloof Street",
    "GH": "Oxford Street, Ring Road East, Independence Avenue",
    "MA": "Rue Souk Smarine, Avenue Mohammed V, Derb Sidi Bouloukat",
    "EG": "Corniche El Nil, Sharia Abtal El Tahrir",
    "AE": "Al Wasl Road, Jumeirah Beach Road, Al Khaleej Street",
    "IL": "HaNassi Boulevard, Masada Street",
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABDEFGHJLNPRSTUWXYZ") for _ in range(n))


def split(text: str) -> list[str]:
    return [p.strip() for p in text.split(",") if p.strip()]


def cities(cc: str) -> list[tuple[str, str]]:
    """(city, state or "") pairs of a country."""
    out = []
    for entry in split(CITIES[cc]):
        name, _, state = entry.partition(":")
        out.append((name, state))
    return out


ALL_CITIES = [(name, cc) for cc in CITIES for name, _ in cities(cc)]


def address(rng: random.Random, cc: str) -> dict[str, str]:
    """A street address of a country: its parts and its one-line form."""
    city, state = rng.choice(cities(cc))
    street = rng.choice(split(STREETS[cc]))
    n = str(rng.randint(2, 240))
    pc = ""
    if cc == "GB":
        pc = f"{_letters(rng, 2)}{rng.randint(1, 19)} {rng.randint(1, 9)}{_letters(rng, 2)}"
        line = f"{n} {street}"
        full = f"{line}, {city} {pc}"
    elif cc == "US":
        pc = _digits(rng, 5)
        line = f"{rng.randint(100, 9899)} {street}"
        full = f"{line}, {city}, {state} {pc}"
    elif cc == "CA":
        pc = f"{_letters(rng, 1)}{rng.randint(1, 9)}{_letters(rng, 1)} "
        pc += f"{rng.randint(1, 9)}{_letters(rng, 1)}{rng.randint(1, 9)}"
        line = f"{n} {street}"
        full = f"{line}, {city}, {state} {pc}"
    elif cc in ("DE", "ES", "IT", "FI"):
        pc = str(rng.randint(10, 99)) + _digits(rng, 3)
        line = f"{street} {n}"
        full = f"{line}, {pc} {city}"
    elif cc in ("AT", "CH", "BE", "NO", "DK"):
        pc = str(rng.randint(1000, 9899))
        line = f"{street} {n}"
        full = f"{line}, {pc} {city}"
    elif cc == "FR":
        pc = str(rng.randint(10, 95)) + _digits(rng, 3)
        line = f"{n} {street}"
        full = f"{line}, {pc} {city}"
    elif cc == "PT":
        pc = f"{rng.randint(1000, 9899)}-{_digits(rng, 3)}"
        line = f"{street} {n}"
        full = f"{line}, {pc} {city}"
    elif cc == "NL":
        pc = f"{rng.randint(1000, 9899)} {_letters(rng, 2)}"
        line = f"{street} {n}"
        full = f"{line}, {pc} {city}"
    elif cc in ("SE", "CZ", "GR"):
        pc = f"{rng.randint(100, 989)} {_digits(rng, 2)}"
        line = f"{street} {n}"
        full = f"{line}, {pc} {city}"
    elif cc == "PL":
        pc = f"{rng.randint(10, 99)}-{_digits(rng, 3)}"
        line = f"{street} {n}/{rng.randint(1, 40)}"
        full = f"{line}, {pc} {city}"
    elif cc == "TR":
        line = f"{street} No: {n} D: {rng.randint(1, 20)}"
        full = f"{line}, {city}"
    elif cc == "IN":
        pc = str(rng.randint(110, 799)) + _digits(rng, 3)
        line = f"{rng.randint(1, 90)}, {street}"
        full = f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}, {line}, {city} {pc}"
    elif cc == "JP":
        pc = f"{rng.randint(100, 989)}-{_digits(rng, 4)}"
        line = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}"
        full = f"{line}, {city} {pc}"
    elif cc in ("KR", "NG", "KE", "GH", "EG", "AE", "PH", "IL"):
        line = f"{n} {street}"
        full = f"{line}, {city}"
    elif cc == "VN":
        line = f"Số {n} {street}"
        full = f"{line}, {city}"
    elif cc in ("ID", "MY"):
        pc = str(rng.randint(10, 98)) + _digits(rng, 3)
        line = f"{street} No. {n}" if cc == "ID" else f"{n}, {street}"
        full = f"{line}, {city} {pc}" if cc == "ID" else f"{line}, {pc} {city}"
    elif cc == "SG":
        pc = str(rng.randint(10, 82)) + _digits(rng, 4)
        line = f"Blk {n} {street} #{rng.randint(2, 19):02d}-{rng.randint(1, 250):02d}"
        full = f"{line}, Singapore {pc}"
    elif cc == "AU":
        pc = str(rng.randint(2000, 7999))
        line = f"{n} {street}"
        full = f"{line}, {city} {state} {pc}"
    elif cc == "NZ":
        pc = str(rng.randint(1000, 9899))
        line = f"{n} {street}"
        full = f"{line}, {city} {pc}"
    elif cc == "BR":
        pc = f"{rng.randint(10, 99)}{_digits(rng, 3)}-{_digits(rng, 3)}"
        line = f"{street}, {n}, apto {rng.randint(11, 190)}"
        full = f"{line}, {city} - {state}, {pc}"
    elif cc == "MX":
        pc = str(rng.randint(10, 99)) + _digits(rng, 3)
        line = f"{street} {n}"
        full = f"{line}, {pc} {city}, {state}"
    elif cc == "CO":
        line = f"{street} # {rng.randint(10, 99)}-{rng.randint(1, 120)}"
        full = f"{line}, {city}"
    elif cc in ("AR", "CL"):
        line = f"{street} {rng.randint(100, 2999)}"
        full = f"{line}, {city}"
    elif cc == "ZA":
        pc = str(rng.randint(1000, 9899))
        line = f"{n} {street}"
        full = f"{line}, {city}, {pc}"
    elif cc == "MA":
        pc = str(rng.randint(10, 99)) + "000"
        line = f"{n} {street}"
        full = f"{line}, {pc} {city}"
    else:
        raise ValueError(cc)
    return {
        "full": full,
        "street": line,
        "city": city,
        "postcode": pc,
        "country": COUNTRY_NAME[cc],
        "cc": cc,
    }


ADDRESS_COUNTRIES = tuple(STREETS)

# Words of place names that are too generic to count as the place on their own.
GENERIC = frozenset(
    "new city saint st san santa santo port lake cape town north south east west upper "
    "lower great little bay island islands mount fort rio los las el la de do da of and des "
    "the united kingdom republic states arab emirates western dar es abu tel bahir kota "
    "kuala im".split()
)
