"""Name and place pools of the train_g generator, hand-written from memory by its author
(blind: no other corpus file and no library's name list was read for them), plus Faker's
person names of many Latin-script locales for volume.

`CULTURES` maps a culture to (given names, family names). Family names include particles
("van der Veen", "al-Hashimi", "bin Ismail", "du Plessis") and the generator hyphenates two
of them now and then. `EVERYDAY_GIVEN` are given names that are also everyday words
("Hope", "Will", "Rose"): they are planted only where the text says a person is meant, and
clean prompts may use them as words. Places: cities, regions, countries and street
addresses of several countries, none of them a given name or an everyday word.
"""

from __future__ import annotations

import random
from functools import lru_cache

CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "english": (
        ("Oliver", "Harriet", "Alistair", "Imogen", "Rupert", "Fiona", "Graham", "Beatrice"),
        ("Whitfield", "Ashworth", "Pemberton", "Hargreaves", "Thornton", "Ellison", "Cartwright"),
    ),
    "american": (
        ("Tyler", "Jalen", "Kayla", "Brandon", "Shanice", "Cody", "Jessica", "Travis"),
        ("Mitchell", "Henderson", "Caldwell", "Holloway", "Whitaker", "McAllister", "Prescott"),
    ),
    "irish": (
        ("Siobhan", "Padraig", "Aoife", "Ciaran", "Niamh", "Eoin", "Saoirse", "Donal"),
        ("O'Sullivan", "McCarthy", "Donnelly", "O'Driscoll", "Fitzgerald", "Kavanagh"),
    ),
    "scottish": (
        ("Morag", "Hamish", "Eilidh", "Ruaridh", "Catriona", "Fraser"),
        ("MacLeod", "Buchanan", "Urquhart", "Drummond", "MacKenzie"),
    ),
    "welsh": (
        ("Rhys", "Cerys", "Dafydd", "Angharad", "Gethin", "Bronwen"),
        ("Pritchard", "Llewellyn", "Vaughan", "Gruffydd", "Prosser", "Bowen"),
    ),
    "german": (
        ("Jürgen", "Annegret", "Lukas", "Friederike", "Matthias", "Henrike", "Dietmar", "Ulrike"),
        ("Schäfer", "Hoffmann", "Brandstätter", "Weißmüller", "Kühne", "Oberdorfer", "Pfeiffer"),
    ),
    "dutch": (
        ("Sanne", "Joost", "Maartje", "Pieter", "Femke", "Ruud", "Lotte", "Bram"),
        ("van der Veen", "de Jong", "Visser", "van Dijk", "Mulder", "de Boer", "van den Heuvel"),
    ),
    "flemish": (
        ("Wout", "Lieselot", "Jens", "Sofie", "Jolien", "Stijn"),
        ("Vermeulen", "Peeters", "Claes", "De Smet", "Vandenbroucke", "Verhaegen"),
    ),
    "french": (
        ("Amélie", "Thibault", "Margaux", "Grégoire", "Solène", "Benoît", "Clémence", "Yannick"),
        ("Lefèvre", "Dubois", "Moreau", "Girard", "Chevalier", "Rousseau", "Duval", "de Villiers"),
    ),
    "spanish": (
        ("Alejandro", "Lucía", "Íñigo", "Montserrat", "Javier", "Rocío", "Gonzalo", "Nerea"),
        ("Fernández", "Gutiérrez", "Iglesias", "Navarro", "Castillo", "Domínguez", "de la Cruz"),
    ),
    "catalan_basque": (
        ("Jordi", "Núria", "Oriol", "Aitor", "Itziar", "Garbiñe"),
        ("Casals", "Vilaró", "Etxeberria", "Goikoetxea", "Arrizabalaga", "Puigvert"),
    ),
    "portuguese": (
        ("João", "Inês", "Gonçalo", "Leonor", "Tiago", "Beatriz", "Rui"),
        ("Ferreira", "Magalhães", "Carvalho", "Sousa", "Figueiredo", "Gonçalves", "dos Santos"),
    ),
    "brazilian": (
        ("Luana", "Caio", "Thaís", "Rafaela", "Vinícius", "Jéssica", "Wellington"),
        ("Nascimento", "Cavalcanti", "Rocha", "Barbosa", "Siqueira", "Teixeira"),
    ),
    "italian": (
        ("Giuseppe", "Chiara", "Lorenzo", "Federica", "Alessandro", "Giulia", "Matteo", "Ilaria"),
        ("Esposito", "Santoro", "Galli", "Ricci", "Marchetti", "Lombardi", "De Luca"),
    ),
    "greek": (
        ("Dimitris", "Eleni", "Giorgos", "Katerina", "Nikos", "Vasiliki", "Stavros"),
        ("Papadopoulos", "Georgiou", "Konstantinidis", "Alexiou", "Nikolaidis", "Karagiannis"),
    ),
    "polish": (
        ("Tomasz", "Agnieszka", "Krzysztof", "Małgorzata", "Paweł", "Katarzyna", "Wojciech"),
        ("Kowalska", "Wiśniewski", "Zieliński", "Lewandowska", "Wójcik", "Dąbrowski"),
    ),
    "czech_slovak": (
        ("Jiří", "Lenka", "Tomáš", "Veronika", "Ondřej", "Zuzana"),
        ("Novák", "Svobodová", "Dvořák", "Procházka", "Černý", "Horváthová"),
    ),
    "hungarian": (
        ("Zoltán", "Erzsébet", "Gábor", "Katalin", "László", "Réka"),
        ("Nagy", "Szabó", "Tóth", "Kovács", "Farkas", "Molnár"),
    ),
    "romanian": (
        ("Andrei", "Ioana", "Mihai", "Roxana", "Bogdan", "Alina"),
        ("Popescu", "Ionescu", "Dumitrescu", "Stanciu", "Constantinescu", "Munteanu"),
    ),
    "russian": (
        ("Dmitri", "Yekaterina", "Sergei", "Anastasia", "Alexei", "Svetlana", "Nikolai"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Sokolova", "Volkov", "Lebedeva", "Morozov"),
    ),
    "ukrainian": (
        ("Oleksandr", "Oksana", "Taras", "Iryna", "Bohdan", "Kateryna"),
        ("Shevchenko", "Bondarenko", "Tkachenko", "Kovalenko", "Melnyk", "Kravchuk"),
    ),
    "scandinavian": (
        ("Linnea", "Björn", "Astrid", "Magnus", "Sigrid", "Henrik", "Ingrid", "Torbjørn"),
        ("Lindqvist", "Andersson", "Johansson", "Bergström", "Haugen", "Solberg", "Mikkelsen"),
    ),
    "finnish": (
        ("Aino", "Juhani", "Tuuli", "Eero", "Kaisa", "Ilkka"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laaksonen", "Heikkinen"),
    ),
    "icelandic": (
        ("Sigurður", "Guðrún", "Einar", "Katrín"),
        ("Jónsdóttir", "Sigurðsson", "Magnúsdóttir", "Einarsson"),
    ),
    "baltic": (
        ("Rūta", "Mindaugas", "Līga", "Kristaps", "Kadri", "Tõnu"),
        ("Kazlauskas", "Bērziņš", "Tamm", "Petrauskienė", "Ozoliņš", "Saar"),
    ),
    "turkish": (
        ("Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Oğuz"),
        ("Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Kaya"),
    ),
    "arabic": (
        ("Mohammed", "Fatima", "Omar", "Layla", "Khalid", "Rania", "Yousef", "Noura"),
        ("al-Amin", "Haddad", "al-Farsi", "bin Rashid", "Khoury", "Nasser", "al-Hashimi"),
    ),
    "persian": (
        ("Dariush", "Shirin", "Reza", "Parisa", "Arash", "Niloufar"),
        ("Hosseini", "Karimi", "Rahimi", "Moradi", "Farahani", "Jafari"),
    ),
    "hebrew": (
        ("Yael", "Avi", "Noa", "Eitan", "Tamar", "Yossi"),
        ("Cohen", "Levi", "Mizrahi", "Friedman", "Peretz", "Ben-David"),
    ),
    "hindi": (
        ("Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sunita", "Arjun", "Deepika"),
        ("Sharma", "Patel", "Gupta", "Agarwal", "Mehta", "Chatterjee", "Iyer", "Reddy"),
    ),
    "tamil": (
        ("Karthik", "Lakshmi", "Senthil", "Kavitha", "Murugan", "Meenakshi"),
        ("Subramanian", "Ramasamy", "Krishnan", "Venkatesan", "Natarajan"),
    ),
    "pakistani_bangladeshi": (
        ("Imran", "Ayesha", "Bilal", "Sadia", "Farhan", "Nusrat"),
        ("Qureshi", "Chaudhry", "Rahman", "Siddiqui", "Hossain", "Malik"),
    ),
    "chinese": (
        ("Wei", "Xiaoling", "Jian", "Mei", "Hao", "Zhiwei", "Lihua", "Yutong"),
        ("Li", "Zhang", "Wang", "Chen", "Liu", "Huang", "Zhao", "Zhou", "Xu"),
    ),
    "cantonese": (
        ("Ka-wing", "Wing-yee", "Chi-keung", "Siu-ming"),
        ("Chan", "Wong", "Leung", "Cheung", "Lau", "Tsang"),
    ),
    "japanese": (
        ("Haruto", "Yui", "Takeshi", "Kenji", "Aiko", "Daisuke", "Emi", "Hiroshi"),
        ("Tanaka", "Watanabe", "Yamamoto", "Kobayashi", "Nakamura", "Saito", "Matsumoto"),
    ),
    "korean": (
        ("Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Dong-hyun", "Soo-ah"),
        ("Kim", "Lee", "Choi", "Jung", "Kang", "Yoon", "Jang"),
    ),
    "vietnamese": (
        ("Thi Lan", "Van Minh", "Thi Huong", "Duc Anh", "Quang Huy", "Ngoc Mai"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"),
    ),
    "thai": (
        ("Somchai", "Kanya", "Nattapong", "Siriporn", "Anan", "Pimchanok"),
        ("Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Rattanakorn"),
    ),
    "filipino": (
        ("Rodel", "Maricel", "Jomar", "Lorna", "Arnel", "Rowena"),
        ("Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Manalo", "Soriano"),
    ),
    "malay_indonesian": (
        ("Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Nurul"),
        ("Santoso", "Wijaya", "Hidayat", "Kurniawan", "bin Ismail", "binti Yusof"),
    ),
    "nigerian": (
        ("Chidi", "Ngozi", "Oluwaseun", "Adaeze", "Tunde", "Funmilayo", "Emeka", "Yusuf"),
        ("Okafor", "Adeyemi", "Obi", "Nwachukwu", "Balogun", "Eze", "Okonkwo", "Abubakar"),
    ),
    "ghanaian": (
        ("Kwame", "Akosua", "Kofi", "Abena", "Kwabena", "Efua"),
        ("Mensah", "Asante", "Boateng", "Owusu", "Appiah", "Darko"),
    ),
    "east_african": (
        ("Wanjiru", "Baraka", "Njeri", "Juma", "Zawadi", "Amani"),
        ("Kamau", "Odhiambo", "Mwangi", "Wekesa", "Kiprop", "Achieng"),
    ),
    "ethiopian": (
        ("Abebe", "Tigist", "Dawit", "Selam", "Yonas", "Meron"),
        ("Tesfaye", "Bekele", "Haile", "Girma", "Alemu", "Tadesse"),
    ),
    "south_african": (
        ("Thandiwe", "Sipho", "Lerato", "Bongani", "Nomvula", "Pieter-Jan"),
        ("Dlamini", "Nkosi", "van Wyk", "du Plessis", "Botha", "Mokoena"),
    ),
    "mexican": (
        ("Guadalupe", "Ximena", "Jesús", "Citlali", "Rodrigo", "Mariana", "Esteban"),
        ("Hernández", "Ramírez", "Villalobos", "Zúñiga", "Cervantes", "Sandoval", "Quintero"),
    ),
    "polynesian": (
        ("Leilani", "Kai", "Tane", "Aroha", "Wiremu", "Mele"),
        ("Kealoha", "Tuilagi", "Ngata", "Fonoti", "Taufa"),
    ),
    "armenian": (
        ("Aram", "Ani", "Tigran", "Lusine"),
        ("Petrosyan", "Hakobyan", "Grigoryan", "Sargsyan"),
    ),
    "georgian": (
        ("Giorgi", "Nino", "Levan", "Tamari"),
        ("Beridze", "Kapanadze", "Gelashvili", "Lomidze"),
    ),
}

# Given names that are everyday English words: people only where the text says so.
EVERYDAY_GIVEN: tuple[str, ...] = (
    "Hope", "Will", "Grace", "Rose", "Amber", "Jasper", "Faith", "Joy", "Mark", "Bill",
    "Iris", "Ruby", "Jade", "Violet", "Ivy", "Hazel", "Dawn", "Holly", "Summer", "April",
    "June", "Pearl", "Frank", "Dean", "Penny", "Olive", "Sage", "Rocky", "Hunter", "Crystal",
    "Autumn", "Miles", "Sunny", "Ginger", "Basil", "Heather", "Chance", "Crystal",
)  # fmt: skip

GIVEN: tuple[str, ...] = tuple(g for gs, _ in CULTURES.values() for g in gs)
FAMILY: tuple[str, ...] = tuple(f for _, fs in CULTURES.values() for f in fs)
CULTURE_OF: tuple[str, ...] = tuple(CULTURES)

CITIES: dict[str, tuple[str, ...]] = {
    "PT": ("Lisbon", "Porto", "Braga", "Coimbra"),
    "NL": ("Rotterdam", "Utrecht", "Amsterdam", "Eindhoven", "Groningen"),
    "BE": ("Antwerp", "Ghent", "Leuven", "Liège"),
    "FR": ("Lyon", "Toulouse", "Bordeaux", "Marseille", "Lille", "Nantes"),
    "DE": ("Hamburg", "Leipzig", "Dresden", "Stuttgart", "Munich", "Cologne", "Bremen"),
    "AT": ("Graz", "Salzburg", "Vienna", "Innsbruck"),
    "CH": ("Zurich", "Basel", "Geneva", "Lausanne"),
    "IT": ("Bologna", "Turin", "Naples", "Palermo", "Verona", "Milan"),
    "ES": ("Seville", "Valencia", "Bilbao", "Zaragoza", "Madrid", "Málaga"),
    "PL": ("Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"),
    "CZ": ("Brno", "Ostrava", "Prague", "Olomouc"),
    "HU": ("Debrecen", "Budapest", "Szeged", "Pécs"),
    "RO": ("Cluj-Napoca", "Timișoara", "Iași", "Bucharest"),
    "GR": ("Thessaloniki", "Patras", "Heraklion", "Athens"),
    "TR": ("Izmir", "Ankara", "Bursa", "Istanbul", "Antalya"),
    "GB": ("Leeds", "Sheffield", "Bristol", "Cardiff", "Glasgow", "Aberdeen", "Belfast"),
    "IE": ("Cork", "Galway", "Limerick", "Dublin"),
    "NO": ("Bergen", "Trondheim", "Stavanger", "Oslo"),
    "DK": ("Aarhus", "Odense", "Aalborg", "Copenhagen"),
    "SE": ("Gothenburg", "Malmö", "Uppsala", "Stockholm"),
    "FI": ("Tampere", "Turku", "Oulu", "Helsinki"),
    "EE": ("Tallinn", "Tartu"),
    "LV": ("Riga", "Daugavpils"),
    "LT": ("Vilnius", "Kaunas", "Klaipėda"),
    "UA": ("Lviv", "Odesa", "Kharkiv", "Kyiv"),
    "IN": ("Pune", "Chennai", "Hyderabad", "Kochi", "Jaipur", "Lucknow", "Bengaluru"),
    "PK": ("Lahore", "Karachi", "Islamabad"),
    "BD": ("Dhaka", "Chittagong", "Sylhet"),
    "NP": ("Kathmandu", "Pokhara"),
    "TH": ("Chiang Mai", "Bangkok", "Khon Kaen"),
    "VN": ("Da Nang", "Hanoi", "Hai Phong", "Hue"),
    "PH": ("Cebu", "Davao", "Quezon City", "Iloilo"),
    "ID": ("Surabaya", "Bandung", "Yogyakarta", "Medan"),
    "MY": ("Penang", "Kuching", "Ipoh", "Kuala Lumpur"),
    "KR": ("Busan", "Daegu", "Incheon", "Gwangju"),
    "JP": ("Osaka", "Sapporo", "Fukuoka", "Nagoya", "Sendai", "Tokyo"),
    "CN": ("Chengdu", "Wuhan", "Hangzhou", "Shenzhen", "Xi'an"),
    "TW": ("Kaohsiung", "Taichung", "Tainan"),
    "AU": ("Perth", "Brisbane", "Hobart", "Fremantle", "Geelong"),
    "NZ": ("Dunedin", "Auckland", "Christchurch", "Hamilton"),
    "KE": ("Nairobi", "Mombasa", "Kisumu"),
    "UG": ("Kampala", "Entebbe"),
    "RW": ("Kigali",),
    "ET": ("Addis Ababa", "Bahir Dar"),
    "NG": ("Lagos", "Ibadan", "Kano", "Enugu", "Abuja"),
    "GH": ("Accra", "Kumasi", "Tamale"),
    "SN": ("Dakar", "Thiès"),
    "MA": ("Casablanca", "Marrakesh", "Fez", "Tangier"),
    "TN": ("Tunis", "Sfax"),
    "EG": ("Luxor", "Aswan", "Cairo"),
    "ZA": ("Durban", "Pretoria", "Gqeberha", "Johannesburg", "Stellenbosch"),
    "CO": ("Bogotá", "Medellín", "Barranquilla", "Cartagena"),
    "EC": ("Quito", "Guayaquil", "Cuenca"),
    "PE": ("Lima", "Arequipa", "Cusco", "Trujillo"),
    "CL": ("Valparaíso", "Concepción", "Antofagasta"),
    "AR": ("Córdoba", "Bariloche", "Buenos Aires", "Tucumán"),
    "UY": ("Montevideo", "Punta del Este"),
    "BR": ("Recife", "Fortaleza", "Curitiba", "Porto Alegre", "Manaus", "Salvador"),
    "MX": ("Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Mérida", "Querétaro"),
    "CA": ("Winnipeg", "Calgary", "Halifax", "Montréal", "Saskatoon", "Ottawa"),
    "US": ("Boise", "Tucson", "Omaha", "Spokane", "Pittsburgh", "Cincinnati", "Sacramento",
           "Milwaukee", "Baltimore", "Albany", "Denver", "Chicago"),
    "IS": ("Reykjavík", "Akureyri"),
}  # fmt: skip

REGIONS: tuple[str, ...] = (
    "Bavaria", "Catalonia", "Andalusia", "Tuscany", "Flanders", "Silesia", "Transylvania",
    "Anatolia", "Kerala", "Punjab", "Gujarat", "Quebec", "Ontario", "Manitoba", "Queensland",
    "Tasmania", "Yorkshire", "Cornwall", "Normandy", "Provence", "Saxony", "Lombardy",
    "Sicily", "Sardinia", "Hokkaido", "Kyushu", "Sichuan", "Yunnan", "Mindanao", "Bali",
    "Sumatra", "Texas", "Oregon", "Vermont", "Nebraska", "Kentucky", "Ohio", "Arizona",
    "Minnesota", "Yucatán", "Bahia", "Minas Gerais", "Lapland", "Jutland", "Tyrol", "Styria",
    "Wallonia", "Bavarian Forest", "Algarve", "Brandenburg",
)  # fmt: skip

COUNTRIES: tuple[str, ...] = (
    "Portugal", "the Netherlands", "Belgium", "France", "Germany", "Austria", "Switzerland",
    "Italy", "Spain", "Poland", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria",
    "Greece", "Türkiye", "Armenia", "Kazakhstan", "Pakistan", "Bangladesh", "India", "Nepal",
    "Sri Lanka", "Thailand", "Vietnam", "the Philippines", "Indonesia", "Malaysia",
    "South Korea", "Japan", "Taiwan", "Australia", "New Zealand", "Kenya", "Uganda", "Rwanda",
    "Ethiopia", "Nigeria", "Ghana", "Senegal", "Morocco", "Tunisia", "Egypt", "South Africa",
    "Namibia", "Zambia", "Mozambique", "Colombia", "Ecuador", "Peru", "Chile", "Argentina",
    "Uruguay", "Brazil", "Mexico", "Canada", "the United States", "Ireland",
    "the United Kingdom", "Iceland", "Norway", "Denmark", "Sweden", "Finland", "Estonia",
    "Latvia", "Lithuania", "Ukraine",
)  # fmt: skip

# Country names without an article, for table cells and codes.
COUNTRY_CELLS: tuple[str, ...] = tuple(
    c.removeprefix("the ").replace("United States", "USA").replace("United Kingdom", "UK")
    for c in COUNTRIES
)

STREETS: dict[str, tuple[str, ...]] = {
    "US": ("Larkspur Avenue", "N Main Street", "Cedar Lane", "Elmwood Drive", "Ridgeview Road"),
    "GB": ("Hartley Road", "Mill Lane", "Station Road", "Kingsway Crescent", "Albion Street"),
    "DE": ("Lindenstraße", "Am Wiesengrund", "Bahnhofstraße", "Kastanienallee", "Talweg"),
    "FR": ("rue des Tanneurs", "avenue Jean-Jaurès", "rue du Moulin", "boulevard Gambetta"),
    "NL": ("Prinsengracht", "Kerkstraat", "Dorpsweg", "Lindelaan"),
    "ES": ("Calle de Alcalá", "Calle Mayor", "Avenida del Puerto", "Calle San Bernardo"),
    "IT": ("Via dei Mille", "Corso Vittorio Emanuele", "Via Roma", "Viale dei Pini"),
    "PL": ("ul. Długa", "ul. Ogrodowa", "ul. Kwiatowa", "al. Grunwaldzka"),
    "AU": ("Wattle Street", "Beach Road", "Banksia Court", "Hay Street"),
    "BR": ("Rua das Laranjeiras", "Avenida Paulista", "Rua do Sol", "Rua Augusta"),
    "IN": ("MG Road", "Linking Road", "Park Street", "Residency Road"),
    "CA": ("Maple Crescent", "Rue Saint-Denis", "Portage Avenue", "Birchwood Drive"),
}

POSTCODE: dict[str, str] = {"US": "#####", "DE": "#####", "FR": "#####", "ES": "#####",
                            "IT": "#####", "AU": "####", "BR": "#####-###", "IN": "######"}  # fmt: skip


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def address(rng: random.Random) -> str:
    """A street address of one of a dozen countries, as one string."""
    cc = rng.choice(tuple(STREETS))
    street = rng.choice(STREETS[cc])
    n = rng.randint(1, 240)
    city = rng.choice(CITIES[cc])
    if cc == "US":
        state = rng.choice(("AZ", "ID", "NE", "WA", "OH", "PA", "CA", "WI", "MD", "NY"))
        return f"{n} {street}, {city}, {state} {_digits(rng, '#####')}"
    if cc == "GB":
        pc = f"{rng.choice('BLMSG')}{rng.choice('SNE')}{rng.randint(1, 19)} {rng.randint(1, 9)}"
        pc += f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{n} {street}, {city} {pc}"
    if cc == "NL":
        return f"{street} {n}, {rng.randint(1000, 9999)} {rng.choice('BCDGHJKLMN')}{rng.choice('ABDEKLPRST')} {city}"
    if cc == "PL":
        return f"{street} {n}/{rng.randint(1, 40)}, {_digits(rng, '##-###')} {city}"
    if cc == "CA":
        pc = f"{rng.choice('KLMRT')}{rng.randint(1, 9)}{rng.choice('ABCEGH')} {rng.randint(1, 9)}{rng.choice('JKLMN')}{rng.randint(1, 9)}"
        return f"{n} {street}, {city}, {rng.choice(('MB', 'AB', 'NS', 'QC', 'SK', 'ON'))} {pc}"
    if cc == "IN":
        return f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}, {n} {street}, {city} {_digits(rng, '######')}"
    if cc == "AU":
        return (
            f"{n} {street}, {city} {rng.choice(('WA', 'QLD', 'TAS', 'VIC'))} {_digits(rng, '####')}"
        )
    if cc in ("US", "FR"):
        return f"{n} {street}, {_digits(rng, POSTCODE[cc])} {city}"
    return f"{street} {n}, {_digits(rng, POSTCODE[cc])} {city}"


def city(rng: random.Random) -> str:
    return rng.choice(rng.choice(tuple(CITIES.values())))


ALL_CITIES: tuple[str, ...] = tuple(c for cs in CITIES.values() for c in cs)

# Faker locales with Latin-script (or romanized) person names.
FAKER_LOCALES: tuple[str, ...] = (
    "en_US", "en_GB", "en_IE", "en_AU", "en_CA", "en_IN", "de_DE", "de_AT", "de_CH", "fr_FR",
    "fr_CA", "es_ES", "es_MX", "es_CO", "es_AR", "pt_PT", "pt_BR", "it_IT", "nl_NL", "nl_BE",
    "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "sv_SE", "da_DK", "no_NO",
    "fi_FI", "et_EE", "lv_LV", "lt_LT", "tr_TR", "id_ID", "vi_VN", "fil_PH", "sw", "yo_NG",
    "zu_ZA", "az_AZ", "en_NZ", "en_PH", "tw_GH", "ga_IE",
)  # fmt: skip

_EVERYDAY_LOWER = {w.lower() for w in EVERYDAY_GIVEN}
_STOP = _EVERYDAY_LOWER | {"may", "king", "young", "long", "rich", "love", "guy", "angel"}


@lru_cache(maxsize=1)
def faker_pool() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(given names, family names) per Faker locale: its person provider's lists, 80 of each
    drawn with a fixed seed (read from the provider modules: instantiating Faker is slow)."""
    import importlib

    pools = []
    rng = random.Random(4242)
    for loc in FAKER_LOCALES:
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        lists = []
        for attr in ("first_names", "last_names"):
            raw = getattr(prov, attr, ())
            if len(raw) < 10:
                raw = tuple(getattr(prov, f"{attr}_female", ())) + tuple(
                    getattr(prov, f"{attr}_male", ())
                )
            names = sorted(
                {
                    x
                    for x in raw
                    if isinstance(x, str)
                    and x.isprintable()
                    and x.lower() not in _STOP
                    and _latin(x)
                    and x[:1].isupper()
                }
            )
            lists.append(tuple(rng.sample(names, min(80, len(names)))))
        if lists[0] and lists[1]:
            pools.append((lists[0], lists[1]))
    return tuple(pools)


def _latin(s: str) -> bool:
    return all(ch < "\u0250" or ch in "ʻ’" or "\u1e00" <= ch <= "\u1eff" for ch in s) and (
        s.strip() == s
    )
