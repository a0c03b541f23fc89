"""Person names and places for `train_j`, written by hand from its author's head.

Blind: the author read only `pii_corpus/__init__.py` and `pii_corpus/validity.py`; no other
part of the corpus, no analyzer code and no name list of any library went into these pools.
Faker's person names are added for volume in `FAKER_GIVEN` / `FAKER_FAMILY` (read from its
locale providers, Latin-script or romanized locales only); they are kept apart so the tests
can tell the hand-written pools from Faker's.

Multi-word entries are written with "_" for the space.
"""

from __future__ import annotations

import importlib
import unicodedata

# culture: (given names, family names)
_CULTURES: dict[str, tuple[str, str]] = {
    "english": (
        "Oliver Harriet Alfie Imogen Rupert Eleanor Toby Freya",
        "Whitfield Ashworth Pemberton Cartwright Hargreaves Blakemore Thornton Fairclough",
    ),
    "american": (
        "Tyler Brianna Cody Madison Travis Kayla Dustin Shelby",
        "Kowalczyk Pennington McAllister Rockwell Whitaker Donovan Caldwell Hollis",
    ),
    "irish": (
        "Siobhan Ciaran Aoife Padraig Niamh Declan Roisin Eoin",
        "O'Sullivan Ni_Bhriain McGrath Doherty Fitzgerald Quinlan Byrne Kavanagh",
    ),
    "scottish": (
        "Callum Isla Fraser Eilidh Angus Morag Hamish Kirsty",
        "MacLeod Ferguson Sinclair Drummond McKenzie Buchanan Urquhart Lindsay",
    ),
    "welsh": (
        "Rhys Cerys Dafydd Bethan Gareth Eluned Owain Sioned",
        "Pritchard Llewellyn Pugh Gruffydd Vaughan Bevan Prosser Morgans",
    ),
    "german": (
        "Lukas Annika Jannik Friederike Matthias Katrin Henrik Sabine",
        "Schneider Hoffmann Wagner Becker Zimmermann Krüger Hartmann Schulze",
    ),
    "austrian": (
        "Florian Theresa Lorenz Magdalena Valentin Leonie Dominik Verena",
        "Gruber Huber Pichler Steiner Moser Mayrhofer Leitner Wimmer",
    ),
    "dutch": (
        "Bram Sanne Joost Femke Thijs Marloes Sjoerd Lieke",
        "de_Vries van_Dijk Jansen Bakker Visser Smit van_den_Berg Mulder",
    ),
    "french": (
        "Mathilde Théo Camille Baptiste Océane Guillaume Clémence Étienne",
        "Dubois Lefebvre Moreau Girard Fontaine Rousseau Chevalier Lemaire",
    ),
    "italian": (
        "Giulia Matteo Chiara Lorenzo Francesca Alessandro Federica Gianluca",
        "Rossi Bianchi Esposito Ricci Marchetti Colombo Ferraro Santoro",
    ),
    "spanish": (
        "Lucía Álvaro Nerea Iñigo Paloma Sergio Ainhoa Javier",
        "García_López Fernández Martínez Ruiz Navarro Iglesias Domínguez Herrero",
    ),
    "portuguese": (
        "Inês Tiago Beatriz Duarte Leonor Rodrigo Mafalda Gonçalo",
        "Carvalho Ferreira Rodrigues Sousa Pereira Magalhães Figueiredo Tavares",
    ),
    "brazilian": (
        "Thiago Larissa Gustavo Fernanda Caio Juliana Renato Bianca",
        "da_Silva Oliveira Santos Nascimento Almeida Barbosa Cavalcanti Moura",
    ),
    "mexican": (
        "Guadalupe Alejandro Ximena Emiliano Itzel Rogelio Citlali Fernando",
        "Hernández Ramírez Gutiérrez Villanueva Zamora Cervantes Orozco Salinas",
    ),
    "argentine": (
        "Facundo Agustina Santiago Milagros Nahuel Florencia Gonzalo Rocío",
        "Pereyra Giménez Sosa Benítez Acosta Medina Quiroga Ledesma",
    ),
    "polish": (
        "Tomasz Agnieszka Marek Katarzyna Wojciech Magdalena Krzysztof Zofia",
        "Kowalski Nowak Wiśniewski Wójcik Kamińska Lewandowski Zieliński Szymańska",
    ),
    "czech": (
        "Jiří Markéta Ondřej Lenka Vojtěch Tereza Radek Kateřina",
        "Novák Dvořák Procházka Černý Kučera Veselý Horáková Pokorný",
    ),
    "slovak": (
        "Marián Zuzana Peter Veronika Juraj Lucia Miroslav Simona",
        "Horváth Kováč Varga Tóth Nagyová Baláž Mihálik Krajčí",
    ),
    "hungarian": (
        "Bence Eszter Zoltán Réka Gergely Zsófia Levente Katalin",
        "Szabó Kiss Molnár Farkas Balogh Papp Lakatos Vörös",
    ),
    "romanian": (
        "Andrei Ioana Bogdan Alina Mihai Roxana Cristian Oana",
        "Popescu Ionescu Dumitrescu Constantinescu Stanciu Munteanu Georgescu Lungu",
    ),
    "bulgarian": (
        "Dimitar Desislava Stoyan Radostina Kaloyan Tsvetelina Boyan Mariela",
        "Petrov Georgieva Dimitrov Ivanova Todorov Stoyanova Kolev Angelova",
    ),
    "serbian_croatian": (
        "Nikola Jelena Dragan Milica Goran Ivana Dejan Snežana",
        "Jovanović Petrović Horvat Kovačević Babić Marković Perić Radić",
    ),
    "slovene": (
        "Matej Urška Rok Nika Žiga Tjaša Luka Špela",
        "Novak Krajnc Zupančič Potočnik Mlakar Kos Vidmar Golob",
    ),
    "greek": (
        "Nikos Eleni Giorgos Katerina Dimitris Sofia Kostas Vasiliki",
        "Papadopoulos Georgiou Konstantinidis Nikolaidou Papageorgiou Christodoulou Vlachos Antoniou",
    ),
    "turkish": (
        "Emre Zeynep Burak Elif Mehmet Ayşe Kerem Selin",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk",
    ),
    "russian": (
        "Dmitri Anastasia Sergei Yekaterina Alexei Natalya Mikhail Svetlana",
        "Ivanov Smirnova Kuznetsov Popova Sokolov Lebedeva Kozlov Morozova",
    ),
    "ukrainian": (
        "Oleksandr Oksana Taras Iryna Bohdan Halyna Yaroslav Larysa",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Oliynyk Marchenko",
    ),
    "baltic": (
        "Mindaugas Rūta Arvydas Inga Jānis Ilze Kristaps Laura",
        "Kazlauskas Petrauskienė Jankauskas Bērziņš Kalniņa Ozoliņš Liepiņa Paulauskas",
    ),
    "estonian": (
        "Mart Kadri Toomas Liis Priit Triin Indrek Maarja",
        "Tamm Saar Sepp Mägi Kask Ilves Kukk Rebane",
    ),
    "finnish": (
        "Aino Juha Satu Mikko Kaisa Teemu Hanna Ville",
        "Virtanen Korhonen Mäkinen Nieminen Laaksonen Heikkinen Järvinen Lehtonen",
    ),
    "swedish": (
        "Linnea Oskar Ebba Gustav Maja Viktor Sigrid Anders",
        "Lindqvist Johansson Bergström Nyström Sjöberg Holmgren Lundgren Engström",
    ),
    "norwegian": (
        "Ingrid Håkon Solveig Eirik Tuva Sindre Ragnhild Øystein",
        "Hansen Johannessen Haugen Bakken Solberg Strand Eriksen Dahl",
    ),
    "danish": (
        "Mette Søren Freja Rasmus Signe Mads Ida Kasper",
        "Nielsen Jørgensen Rasmussen Kristensen Mikkelsen Thomsen Poulsen Madsen",
    ),
    "icelandic": (
        "Guðrún Sigurður Bergljót Einar Hrafnhildur Gunnar Ásdís Bjarki",
        "Jónsdóttir Sigurðsson Magnúsdóttir Guðmundsson Einarsdóttir Ólafsson Stefánsdóttir Björnsson",
    ),
    "arabic": (
        "Omar Layla Khalid Nour Yousef Rania Tariq Huda",
        "Al-Masri Haddad Khoury Al-Rashid Nasser Saleh Mansour Abdallah",
    ),
    "egyptian": (
        "Mostafa Yasmin Karim Dina Ahmed Shaimaa Hossam Mariam",
        "Abdelrahman El-Sayed Fathy Gamal Shehata Mahmoud Soliman Ragab",
    ),
    "persian": (
        "Dariush Shirin Reza Parisa Kaveh Nasrin Arash Leila",
        "Hosseini Moradi Rahimi Tehrani Jafari Karimi Sadeghi Ahmadi",
    ),
    "hebrew": (
        "Yael Eitan Noa Avi Shira Itai Michal Yonatan",
        "Cohen Levi Mizrahi Peretz Biton Friedman Katz Ben-David",
    ),
    "hindi": (
        "Priya Rohan Ananya Vikram Kavya Arjun Sneha Aditya",
        "Sharma Verma Gupta Agarwal Srivastava Mishra Chauhan Malhotra",
    ),
    "tamil": (
        "Karthik Lakshmi Senthil Deepa Murugan Revathi Aravind Meenakshi",
        "Subramanian Ramasamy Krishnan Venkatesan Natarajan Palaniappan Sundaram Rajendran",
    ),
    "bengali": (
        "Sourav Moumita Arnab Riya Debashis Tanushree Anirban Sayantani",
        "Chatterjee Banerjee Mukherjee Bhattacharya Ganguly Chowdhury Sengupta Dasgupta",
    ),
    "pakistani": (
        "Bilal Ayesha Usman Sana Hamza Mehwish Faisal Hira",
        "Qureshi Siddiqui Butt Chaudhry Malik Rana Abbasi Mirza",
    ),
    "sinhala": (
        "Chaminda Dilani Nuwan Sanduni Kasun Ishara Ruwan Thilini",
        "Perera Fernando Wickramasinghe Jayasuriya Bandara Gunawardena Dissanayake Rathnayake",
    ),
    "chinese": (
        "Wei Xiaoling Jianguo Meilin Haoran Yuxin Zhiwei Lihua",
        "Wang Zhang Liu Chen Zhou Huang Xu Zhao",
    ),
    "japanese": (
        "Haruto Yui Sota Aoi Takeshi Naoko Kenji Sakura",
        "Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Matsumoto",
    ),
    "korean": (
        "Minjun Seoyeon Jiho Haeun Dohyun Jiwoo Seojun Yuna",
        "Kim Choi Jung Kang Cho Yoon Jang Lim",
    ),
    "vietnamese": (
        "Thi_Lan Van_Minh Thu Quang Huong Tuan Ngoc Duc",
        "Nguyen Tran Pham Hoang Phan Vu Dang Bui",
    ),
    "thai": (
        "Somchai Malee Anong Kittisak Siriporn Niran Pranee Chaiwat",
        "Srisuk Wongsawat Chaiyaporn Thongchai Saetang Rattanakosin Kaewmanee Boonmee",
    ),
    "filipino": (
        "Maricel Jomar Rhea Jerico Kristine Arnel Lovely Rommel",
        "dela_Cruz Bautista Villanueva Mercado Aquino Ocampo Macaraeg Dimaculangan",
    ),
    "indonesian": (
        "Budi Siti Agus Dewi Rizky Ayu Bambang Putri",
        "Santoso Wijaya Hidayat Kusuma Setiawan Nugroho Saputra Pratama",
    ),
    "malay": (
        "Aiman Nurul Hafiz Farah Syafiq Aisyah Amirul Izzati",
        "bin_Ismail binti_Hassan bin_Abdullah Rahman Osman Yusof Zainal Hamzah",
    ),
    "yoruba": (
        "Adebayo Folake Olumide Temitope Babatunde Yetunde Oluwaseun Funmilayo",
        "Adeyemi Ogunleye Olawale Adebisi Afolabi Ogundipe Akinola Balogun",
    ),
    "igbo": (
        "Chidi Ngozi Emeka Chiamaka Obinna Adaeze Ikenna Uchenna",
        "Okafor Nwosu Eze Okonkwo Obi Nwachukwu Onyekachi Anyanwu",
    ),
    "akan": (
        "Kwame Akosua Kofi Abena Yaw Adwoa Kwabena Efua",
        "Mensah Asante Boateng Owusu Appiah Osei Agyeman Ofori",
    ),
    "east_african": (
        "Wanjiru Kamau Akinyi Otieno Njeri Mwangi Auma Kipchoge",
        "Odhiambo Wambui Kariuki Mutua Chebet Omondi Njoroge Kiprono",
    ),
    "ethiopian": (
        "Abebe Tigist Dawit Selamawit Yohannes Meseret Bereket Hirut",
        "Tesfaye Haile Gebremedhin Alemu Bekele Wolde Kebede Tadesse",
    ),
    "somali": (
        "Abdirahman Hodan Mohamed Faadumo Abdullahi Ubah Liban Sahra",
        "Warsame Farah Abdi Jama Egal Hirsi Dualeh Mohamud",
    ),
    "south_african": (
        "Thabo Lerato Sipho Nomvula Themba Zanele Bongani Palesa",
        "Nkosi Dlamini Mthembu Khumalo Ndlovu Mokoena Sithole Zulu_Mahlangu",
    ),
    "maori_pacific": (
        "Aroha Tane Mere Wiremu Hemi Anahera Sione Losana",
        "Ngata Parata Tuhoe Te_Rangi Fonoti Tuilagi Fifita Vainikolo",
    ),
}

# Given names that are everyday English words. Personal templates use them only where the
# context says a person is meant ("ask Hope if she can cover"); clean templates may use the
# same words as words or things ("we hope", "Amber alert", "Rose Gold finish").
EVERYDAY_GIVEN: tuple[str, ...] = tuple(
    (
        "Hope Will Grace Rose Faith Joy Hunter Sky Summer Dawn Holly Ivy Iris Amber Ruby Jade "
        "Pearl Daisy Lily Violet Hazel Heather Robin Mark Bill Frank Guy Jack Miles Pat Sue "
        "Dean Rob Art Don Chase Drew Gene Sandy Rusty Sunny Melody Harmony Patience Crystal "
        "Cliff Glen Brook Forest Reed Penny Ginger Jasper Basil Sage Autumn Happy"
    ).split()
)

CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    name: (
        tuple(g.replace("_", " ") for g in given.split()),
        tuple(f.replace("_", " ") for f in family.split()),
    )
    for name, (given, family) in _CULTURES.items()
}

# Cultures that put the family name first when a name is written natively.
SURNAME_FIRST = frozenset({"chinese", "japanese", "korean", "vietnamese", "hungarian"})

GIVEN: tuple[str, ...] = tuple(sorted({g for gs, _ in CULTURES.values() for g in gs}))
FAMILY: tuple[str, ...] = tuple(sorted({f for _, fs in CULTURES.values() for f in fs}))

# ---------------------------------------------------------------------------------- places

CITIES: tuple[str, ...] = tuple(
    c.replace("_", " ")
    for c in (
        "Leeds Sheffield Nottingham Glasgow Aberdeen Cardiff Swansea Belfast Cork Galway "
        "Dublin Manchester Liverpool Bristol Brighton Norwich Leicester Coventry "
        "Hamburg Munich Cologne Stuttgart Dresden Leipzig Düsseldorf Nuremberg Bremen Hanover "
        "Vienna Graz Salzburg Innsbruck Zurich Basel Lausanne Geneva Bern Lucerne "
        "Rotterdam Utrecht Eindhoven Groningen Antwerp Ghent Leuven Liège "
        "Lyon Marseille Toulouse Bordeaux Nantes Strasbourg Montpellier Lille Grenoble "
        "Milan Turin Bologna Naples Palermo Genoa Verona Padua Bari "
        "Madrid Barcelona Valencia Seville Bilbao Zaragoza Málaga Granada "
        "Lisbon Porto Coimbra Braga Krakow Gdansk Wroclaw Poznan Lodz "
        "Brno Ostrava Bratislava Košice Debrecen Szeged Cluj-Napoca Timișoara Iași "
        "Plovdiv Varna Thessaloniki Heraklion Izmir Ankara Bursa Gaziantep "
        "Tallinn Tartu Riga Vilnius Kaunas Helsinki Tampere Turku Oulu "
        "Gothenburg Malmö Uppsala Bergen Trondheim Stavanger Aarhus Odense Aalborg Reykjavik "
        "Toronto Montreal Calgary Winnipeg Ottawa Halifax Saskatoon "
        "Chicago Houston Philadelphia Seattle Denver Boston Atlanta Baltimore "
        "Minneapolis Pittsburgh Cleveland Sacramento Albuquerque Tucson Omaha Milwaukee "
        "San_Antonio San_Diego New_Orleans Salt_Lake_City Kansas_City "
        "Guadalajara Monterrey Puebla Bogotá Medellín Lima Quito Santiago_de_Chile Valparaíso "
        "Córdoba Rosario Montevideo Recife Fortaleza Curitiba Porto_Alegre Belo_Horizonte "
        "Lagos Ibadan Abuja Accra Kumasi Nairobi Mombasa Kampala Kigali Addis_Ababa "
        "Dar_es_Salaam Lusaka Harare Durban Johannesburg Pretoria Casablanca Marrakesh Tunis "
        "Cairo Alexandria Amman Beirut Haifa Dubai Doha Muscat Riyadh Jeddah "
        "Tehran Isfahan Shiraz Karachi Lahore Islamabad Mumbai Pune Chennai Bengaluru "
        "Hyderabad Kolkata Ahmedabad Jaipur Lucknow Kochi Colombo Kandy Dhaka Kathmandu "
        "Bangkok Chiang_Mai Hanoi Da_Nang Ho_Chi_Minh_City Manila Cebu Davao Jakarta Surabaya "
        "Bandung Yogyakarta Kuala_Lumpur Penang Singapore Shanghai Shenzhen Chengdu Wuhan "
        "Hangzhou Guangzhou Taipei Kaohsiung Osaka Kyoto Nagoya Sapporo Fukuoka Yokohama "
        "Seoul Busan Incheon Daegu Melbourne Brisbane Perth Hobart Canberra Auckland "
        "Wellington Christchurch Dunedin Suva Apia"
    ).split()
)

REGIONS: tuple[str, ...] = tuple(
    r.replace("_", " ")
    for r in (
        "Bavaria Saxony Brandenburg Tyrol Styria Flanders Wallonia Brittany Normandy Provence "
        "Alsace Tuscany Lombardy Sicily Sardinia Catalonia Andalusia Galicia Asturias "
        "the_Algarve Silesia Pomerania Moravia Bohemia Transylvania Crete Anatolia Lapland "
        "Jutland Yorkshire Cornwall Northumberland Lancashire Connemara Donegal "
        "the_Highlands Ontario Quebec Manitoba Alberta Nova_Scotia Texas Oregon Ohio "
        "Nebraska Vermont New_Mexico Arizona Minnesota Wisconsin Queensland Tasmania "
        "Patagonia Oaxaca Yucatán Bahia Minas_Gerais Punjab Kerala Rajasthan Tamil_Nadu "
        "Bengal Hokkaido Kyushu Okinawa Sichuan Yunnan Guangdong Bali Sumatra "
        "Mindanao Luzon Sabah Kurdistan Galilee Tigray Katanga Limpopo KwaZulu-Natal"
    ).split()
)

COUNTRIES: tuple[str, ...] = tuple(
    c.replace("_", " ")
    for c in (
        "Germany France Italy Spain Portugal the_Netherlands Belgium Switzerland Austria "
        "Poland Czechia Slovakia Hungary Romania Bulgaria Croatia Serbia Slovenia Greece "
        "Turkey Ukraine Lithuania Latvia Estonia Finland Sweden Norway Denmark Iceland "
        "Ireland Scotland Wales England the_United_Kingdom the_UK Canada Mexico the_United_States "
        "the_USA Brazil Argentina Chile Peru Colombia Ecuador Uruguay Bolivia Paraguay "
        "Nigeria Ghana Kenya Uganda Tanzania Rwanda Ethiopia Somalia Egypt Morocco Tunisia "
        "South_Africa Zimbabwe Zambia Lebanon Israel Iran Iraq Pakistan India Bangladesh "
        "Nepal Sri_Lanka Thailand Vietnam Cambodia Laos Malaysia Indonesia the_Philippines "
        "Japan South_Korea China Taiwan Mongolia Australia New_Zealand Fiji Samoa Tonga "
        "Kazakhstan Uzbekistan Azerbaijan Armenia Cyprus Malta Luxembourg Albania Moldova"
    ).split()
)

STREETS: dict[str, tuple[str, ...]] = {
    "gb": (
        "Marlborough Road",
        "Station Approach",
        "Beech Grove",
        "Hawthorn Close",
        "Kingsley Avenue",
        "Mill Lane",
        "Cavendish Crescent",
        "Orchard Way",
    ),
    "us": (
        "Maple Avenue",
        "Cedar Ridge Drive",
        "West 43rd Street",
        "Lakeshore Boulevard",
        "Pinecrest Lane",
        "Elm Street",
        "Sycamore Court",
        "Old Mill Road",
    ),
    "de": (
        "Hauptstraße",
        "Lindenallee",
        "Bahnhofstraße",
        "Schillerstraße",
        "Am Mühlbach",
        "Gartenweg",
        "Rosenstraße",
        "Kirchplatz",
    ),
    "fr": (
        "rue des Lilas",
        "avenue Victor Hugo",
        "boulevard Voltaire",
        "rue de la Paix",
        "impasse des Tilleuls",
        "chemin du Moulin",
        "rue Pasteur",
        "place du Marché",
    ),
    "it": (
        "Via Roma",
        "Via Giuseppe Garibaldi",
        "Corso Vittorio Emanuele",
        "Via dei Mille",
        "Piazza Cavour",
        "Viale Mazzini",
        "Via delle Rose",
        "Vicolo Stretto",
    ),
    "es": (
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle del Carmen",
        "Paseo de Gracia",
        "Calle Alcalá",
        "Plaza de España",
        "Calle Real",
        "Avenida del Puerto",
    ),
    "nl": (
        "Prinsengracht",
        "Kerkstraat",
        "Molenweg",
        "Dorpsstraat",
        "Stationsplein",
        "Lindenlaan",
        "Oude Gracht",
        "Kastanjelaan",
    ),
    "pl": (
        "ul. Długa",
        "ul. Mickiewicza",
        "ul. Piękna",
        "al. Jerozolimskie",
        "ul. Ogrodowa",
        "ul. Kwiatowa",
        "ul. Słoneczna",
        "ul. Polna",
    ),
}

# Cities per address country (all in CITIES or plausible beside it; these are labelled as part
# of the address span).
ADDRESS_CITIES: dict[str, tuple[str, ...]] = {
    "gb": ("Leeds", "Norwich", "Leicester", "Brighton", "Bristol", "Sheffield"),
    "us": ("Omaha, NE", "Tucson, AZ", "Denver, CO", "Boston, MA", "Seattle, WA", "Atlanta, GA"),
    "de": ("Hamburg", "Leipzig", "Dresden", "Bremen", "Nuremberg", "Stuttgart"),
    "fr": ("Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse", "Grenoble"),
    "it": ("Bologna", "Torino", "Verona", "Padova", "Genova", "Bari"),
    "es": ("Madrid", "Zaragoza", "Sevilla", "Valencia", "Bilbao", "Granada"),
    "nl": ("Utrecht", "Groningen", "Eindhoven", "Leiden", "Delft", "Haarlem"),
    "pl": ("Kraków", "Gdańsk", "Poznań", "Wrocław", "Łódź", "Lublin"),
}

# ------------------------------------------------------------------------------ Faker names

FAKER_LOCALES: tuple[str, ...] = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_AU",
    "en_NZ",
    "en_CA",
    "en_IN",
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_CA",
    "it_IT",
    "es_ES",
    "es_MX",
    "es_AR",
    "es_CO",
    "pt_BR",
    "pt_PT",
    "nl_NL",
    "nl_BE",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "sv_SE",
    "no_NO",
    "da_DK",
    "fi_FI",
    "hu_HU",
    "ro_RO",
    "tr_TR",
    "id_ID",
    "vi_VN",
    "fil_PH",
    "hr_HR",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "yo_NG",
    "zu_ZA",
    "tw_GH",
    "az_AZ",
    "ga_IE",
    "ja_JP",
    "zh_CN",
)


def _latin(name: str) -> bool:
    if not name or len(name) < 2 or not name[0].isupper():
        return False
    for ch in name:
        if ch in " -'":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _faker_pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
    given: set[str] = set()
    family: set[str] = set()
    for loc in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except (ImportError, AttributeError):
            continue
        firsts = getattr(provider, "first_romanized_names", None) or getattr(
            provider, "first_names", ()
        )
        lasts = getattr(provider, "last_romanized_names", None) or getattr(
            provider, "last_names", ()
        )
        given.update(" ".join(n.split()) for n in firsts if _latin(n.strip()))
        family.update(" ".join(n.split()) for n in lasts if _latin(n.strip()))
    everyday = {w.lower() for w in EVERYDAY_GIVEN}
    given = {g for g in given if g.lower() not in everyday}
    return tuple(sorted(given)), tuple(sorted(family))


FAKER_GIVEN, FAKER_FAMILY = _faker_pools()
