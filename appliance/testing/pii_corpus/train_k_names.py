"""Names and places for the train_k generator, written by hand from the author's memory
(blind to the rest of the corpus: only `__init__.py` and `validity.py` were read), plus,
for volume, the person names of Faker's Latin-script locales.

CULTURES maps a culture to (given names, family names, family name first?). EVERYDAY_GIVEN
are given names that are also everyday English words ("Hope", "Will", "Rose"): prompts use
them as people only where the context says so, and clean prompts may use them as words.
CITIES, REGIONS, COUNTRIES and STREETS (street address makers per country) are the places.
"""

from __future__ import annotations

import importlib
import unicodedata


def _s(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _b(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split("|") if s.strip())


# culture: (given, family, family first when written in the culture's own order)
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "english": (
        _s("Oliver Harriet Gemma Toby Imogen Rupert Callum Philippa"),
        _s("Whitfield Ashworth Pemberton Hargreaves Thornbury Cartwright Blythe Ellison"),
        False,
    ),
    "irish": (
        _s("Siobhan Niamh Ciaran Padraig Aoife Eoin Saoirse Declan"),
        _s("O'Sullivan Gallagher McGrath Donnelly Flanagan Kavanagh Brennan Ni_Bhriain"),
        False,
    ),
    "scottish": (
        _s("Ailsa Hamish Morag Fraser Isla Lachlan Catriona Euan"),
        _s("MacLeod Buchanan Drummond McAllister Ferguson Urquhart Sinclair Munro"),
        False,
    ),
    "welsh": (
        _s("Rhiannon Dafydd Gethin Cerys Bronwen Emrys Sioned Iolo"),
        _s("Pritchard Llewellyn Vaughan Bowen Prosser Gwilliam Powell Meredith"),
        False,
    ),
    "french": (
        _s("Camille Mathilde Baptiste Théo Amélie Lucien Solène Gaëtan"),
        _s("Dubois Lefebvre Moreau Girard Fontaine Rousseau Chevalier Mercier"),
        False,
    ),
    "german": (
        _s("Jürgen Friederike Lukas Annegret Torsten Wiebke Henrik Ursula"),
        _s("Schneider Hoffmann Zimmermann Krüger Schäfer Neumann Hartmann Schwarzer"),
        False,
    ),
    "dutch": (
        _s("Joost Femke Maarten Sanne Wouter Lieke Bram Anouk"),
        _s("de_Vries van_Dijk Bakker Janssen Visser Smit Mulder de_Groot"),
        False,
    ),
    "italian": (
        _s("Giulia Matteo Chiara Lorenzo Francesca Alessandro Ilaria Davide"),
        _s("Rossi Esposito Bianchi Ricci Marino Greco Bruno Colombo"),
        False,
    ),
    "spanish": (
        _s("Lucía Javier Carmen Alejandro Nerea Iñigo Rocío Sergio"),
        _s("García Fernández López Martínez Sánchez Gómez Jiménez Ruiz"),
        False,
    ),
    "portuguese": (
        _s("João Inês Tiago Beatriz Gonçalo Mariana Rui Leonor"),
        _s("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Carvalho"),
        False,
    ),
    "brazilian": (
        _s("Thiago Larissa Rafael Fernanda Gustavo Juliana Caio Letícia"),
        _s("Souza Lima Alves Ribeiro Barbosa Araújo Cardoso Nascimento"),
        False,
    ),
    "mexican": (
        _s("Guadalupe Alejandro Ximena Joaquín Itzel Emiliano Citlali Rodrigo"),
        _s("Hernández González Ramírez Cruz Morales Reyes Gutiérrez Mendoza"),
        False,
    ),
    "polish": (
        _s("Agnieszka Tomasz Katarzyna Paweł Małgorzata Krzysztof Zofia Wojciech"),
        _s("Kowalski Nowak Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymańska"),
        False,
    ),
    "czech": (
        _s("Jiří Tereza Ondřej Markéta Vojtěch Lucie Radek Kateřina"),
        _s("Dvořák Novotný Procházka Černá Kučera Veselý Horák Němcová"),
        False,
    ),
    "hungarian": (
        _s("Zsófia Bence Eszter Levente Réka Gergely Dóra Ákos"),
        _s("Nagy Kovács Tóth Szabó Horváth Varga Farkas Molnár"),
        True,
    ),
    "romanian": (
        _s("Ioana Andrei Raluca Mihai Bianca Bogdan Alina Cosmin"),
        _s("Popescu Ionescu Dumitrescu Stanciu Constantinescu Munteanu Georgescu Vlad"),
        False,
    ),
    "greek": (
        _s("Eleni Giorgos Dimitra Nikos Katerina Yannis Sofia Kostas"),
        _s("Papadopoulos Georgiou Nikolaidis Karamanlis Papadaki Vlachos Oikonomou Christodoulou"),
        False,
    ),
    "turkish": (
        _s("Elif Mehmet Zeynep Emre Ayşe Burak Selin Kerem"),
        _s("Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk"),
        False,
    ),
    "russian": (
        _s("Anastasia Dmitri Yekaterina Sergei Olga Nikolai Tatiana Mikhail"),
        _s("Ivanov Smirnova Kuznetsov Popova Sokolov Lebedeva Kozlov Volkova"),
        False,
    ),
    "ukrainian": (
        _s("Oksana Taras Olena Bohdan Iryna Mykola Yulia Andriy"),
        _s("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Oliynyk Boyko"),
        False,
    ),
    "swedish": (
        _s("Astrid Björn Ingrid Sven Linnea Gustav Maja Nils"),
        _s("Lindqvist Johansson Andersson Bergström Nilsson Lundgren Sjöberg Holmberg"),
        False,
    ),
    "norwegian": (
        _s("Solveig Håkon Sigrid Eirik Ingeborg Magnus Tuva Sindre"),
        _s("Hansen Johansen Haugen Solberg Bakken Nygård Lunde Halvorsen"),
        False,
    ),
    "danish": (
        _s("Mette Søren Freja Rasmus Ida Mads Signe Anders"),
        _s("Nielsen Jensen Pedersen Rasmussen Kristensen Sørensen Mortensen Mikkelsen"),
        False,
    ),
    "finnish": (
        _s("Aino Juha Eveliina Mikko Sanna Teemu Kaisa Ville"),
        _s("Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen"),
        False,
    ),
    "icelandic": (
        _s("Guðrún Sigurður Katrín Einar Hildur Ragnar Sólveig Gunnar"),
        _s(
            "Jónsdóttir Sigurðsson Guðmundsdóttir Einarsson Ólafsdóttir Magnússon "
            "Kristjánsdóttir Björnsson"
        ),
        False,
    ),
    "arabic": (
        _s("Youssef Fatima Omar Layla Khaled Mariam Tariq Nour"),
        _s("Al-Masri Haddad Khoury Mansour Nasser Saleh Hamdan Aziz"),
        False,
    ),
    "persian": (
        _s("Dariush Shirin Kian Parisa Arash Golnar Babak Yasaman"),
        _s("Hosseini Rahimi Karimi Moradi Tehrani Jafari Sadeghi Farahani"),
        False,
    ),
    "hebrew": (
        _s("Noa Yael Eitan Tamar Avi Shira Yonatan Michal"),
        _s("Cohen Levi Mizrahi Peretz Friedman Ben-David Azoulay Shapiro"),
        False,
    ),
    "hindi": (
        _s("Priya Rohan Ananya Vikram Kavya Arjun Neha Sanjay"),
        _s("Sharma Gupta Verma Agarwal Malhotra Kapoor Chopra Srivastava"),
        False,
    ),
    "tamil": (
        _s("Lakshmi Karthik Divya Senthil Meena Arun Kavitha Murugan"),
        _s("Subramanian Krishnan Ramasamy Natarajan Venkatesan Pillai Raghavan Sundaram"),
        False,
    ),
    "bengali": (
        _s("Arnab Mousumi Sourav Tanushree Debashish Rituparna Anirban Sreya"),
        _s("Chatterjee Banerjee Mukherjee Bhattacharya Ganguly Sengupta Dasgupta Bose"),
        False,
    ),
    "pakistani": (
        _s("Ayesha Bilal Sana Usman Hira Fahad Mahnoor Hamza"),
        _s("Qureshi Siddiqui Chaudhry Malik Bhatti Rana Sheikh Abbasi"),
        False,
    ),
    "chinese": (
        _s("Wei Jing Xiaoming Lihua Zihan Mei Haoran Yutong"),
        _s("Wang Zhang Liu Chen Huang Zhao Zhou Xu"),
        True,
    ),
    "japanese": (
        _s("Haruto Yui Sota Aoi Ren Sakura Kenji Yuki"),
        _s("Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Sato"),
        True,
    ),
    "korean": (
        _s("Ji-woo Min-jun Seo-yeon Ha-eun Do-hyun Soo-ah Ji-ho Eun-ji"),
        _s("Kim Choi Jung Yoon Jang Lim Seo Han"),
        True,
    ),
    "vietnamese": (
        _s("Thi_Lan Van_Minh Thu_Trang Duc_Anh Ngoc_Anh Quang_Huy Bao_Chau Tuan"),
        _s("Nguyen Tran Pham Hoang Phan Vu Dang Bui"),
        True,
    ),
    "thai": (
        _s("Somchai Malee Anong Prasert Siriporn Kittisak Naree Chaiwat"),
        _s("Srisuk Wongsakul Chaiyaporn Rattanakorn Suwannarat Thongchai Bunnag Kaewmanee"),
        False,
    ),
    "filipino": (
        _s("Maricel Jericho Rowena Arnel Joy-Ann Dindo Lorna Rommel"),
        _s("Dela_Cruz Bautista Villanueva Mendoza Manalo Aquino Macaraeg Dimaculangan"),
        False,
    ),
    "indonesian": (
        _s("Siti Budi Dewi Agus Ratna Bambang Putri Hendra"),
        _s("Wijaya Santoso Kusuma Hidayat Setiawan Pratama Nugroho Lestari"),
        False,
    ),
    "yoruba": (
        _s("Adebayo Folake Olumide Titilayo Babatunde Yetunde Oluwaseun Funmilayo"),
        _s("Adeyemi Ogunleye Olawale Adebisi Oyelaran Akinola Fashola Oladipo"),
        False,
    ),
    "igbo": (
        _s("Chidi Ngozi Emeka Chiamaka Obinna Adaeze Ikenna Nkechi"),
        _s("Okafor Okonkwo Nwosu Eze Obi Nnamdi Chukwu Okeke"),
        False,
    ),
    "swahili": (
        _s("Wanjiru Baraka Amani Zawadi Juma Neema Otieno Akinyi"),
        _s("Mwangi Kamau Odhiambo Wanjala Njoroge Ochieng Kiprop Mutua"),
        False,
    ),
    "ethiopian": (
        _s("Abebe Meseret Tesfaye Hirut Dawit Selamawit Yohannes Tigist"),
        _s("Bekele Tadesse Gebremariam Haile Alemu Wolde Girma Assefa"),
        False,
    ),
    "akan": (
        _s("Kwame Akosua Kofi Ama Yaw Abena Kwabena Efua"),
        _s("Mensah Asante Boateng Owusu Appiah Osei Agyeman Darko"),
        False,
    ),
    "zulu": (
        _s("Thandiwe Sipho Nomvula Themba Zanele Bongani Lindiwe Mandla"),
        _s("Dlamini Nkosi Ngcobo Mthembu Khumalo Ndlovu Mkhize Buthelezi"),
        False,
    ),
    "croatian": (
        _s("Ivana Luka Petra Marko Tena Domagoj Maja Ante"),
        _s("Horvat Kovačević Babić Marić Jurić Knežević Vuković Perić"),
        False,
    ),
    "lithuanian": (
        _s("Rūta Mindaugas Greta Darius Austėja Tomas Eglė Vytautas"),
        _s("Kazlauskas Petrauskienė Jankauskas Žukauskas Butkus Paulauskaitė Stankevičius Urbonas"),
        False,
    ),
    "georgian": (
        _s("Nino Giorgi Tamari Levan Mariam Davit Ketevan Irakli"),
        _s("Beridze Kapanadze Gelashvili Lomidze Tsiklauri Maisuradze Chkheidze Javakhishvili"),
        False,
    ),
    "armenian": (
        _s("Anahit Aram Lusine Tigran Narine Hayk Armine Vardan"),
        _s("Petrosyan Hakobyan Harutyunyan Sargsyan Grigoryan Avetisyan Khachatryan Manukyan"),
        False,
    ),
}
# underscores join the words of one name ("de_Vries", "Thi_Lan")
CULTURES = {
    k: (tuple(g.replace("_", " ") for g in gs), tuple(f.replace("_", " ") for f in fs), ff)
    for k, (gs, fs, ff) in CULTURES.items()
}

EVERYDAY_GIVEN: tuple[str, ...] = _s(
    "Hope Will Rose Grace Joy Faith June May Amber Hazel Ruby Olive Jade Violet Iris Daisy "
    "Holly Ivy Pearl Dawn Sky River Autumn Bill Mark Frank Jack Sue Pat Art Guy Drew Chase "
    "Hunter Bob Penny Sunny Honey Melody Destiny Miles Sandy Cliff Dale Glen Heath Reed Ray "
    "Gene Carol Robin Angel Star Lily Poppy Willow Heather Sage Basil Clay Brook Summer Rusty"
)

GIVEN_POOL: tuple[str, ...] = tuple(g for gs, _, _ in CULTURES.values() for g in gs)
FAMILY_POOL: tuple[str, ...] = tuple(f for _, fs, _ in CULTURES.values() for f in fs)

CITIES: tuple[str, ...] = _b(
    "Lyon|Marseille|Toulouse|Bordeaux|Lille|Strasbourg|Hamburg|Munich|Cologne|Leipzig|"
    "Dresden|Stuttgart|Düsseldorf|Rotterdam|Utrecht|Eindhoven|Antwerp|Ghent|Liège|Bruges|"
    "Zurich|Geneva|Basel|Lausanne|Graz|Salzburg|Innsbruck|Milan|Turin|Bologna|Naples|"
    "Palermo|Verona|Seville|Valencia|Bilbao|Zaragoza|Málaga|Porto|Coimbra|Braga|Kraków|"
    "Gdańsk|Wrocław|Poznań|Łódź|Brno|Ostrava|Bratislava|Košice|Debrecen|Szeged|Cluj-Napoca|"
    "Timișoara|Iași|Thessaloniki|Heraklion|Izmir|Ankara|Bursa|Antalya|Kharkiv|Lviv|Odesa|"
    "Gothenburg|Malmö|Uppsala|Bergen|Trondheim|Stavanger|Aarhus|Odense|Tampere|Turku|"
    "Reykjavík|Tallinn|Riga|Vilnius|Kaunas|Tbilisi|Yerevan|Manchester|Liverpool|Glasgow|"
    "Edinburgh|Cardiff|Leeds|Bristol|Belfast|Cork|Galway|Limerick|Toronto|Montreal|"
    "Vancouver|Calgary|Winnipeg|Chicago|Seattle|Denver|Atlanta|Philadelphia|San Diego|"
    "New Orleans|Minneapolis|Guadalajara|Monterrey|Puebla|Bogotá|Medellín|Lima|Quito|"
    "Santiago de Chile|Valparaíso|Buenos Aires|Córdoba|Rosario|Montevideo|São Paulo|"
    "Belo Horizonte|Recife|Salvador da Bahia|Curitiba|Porto Alegre|Lagos|Ibadan|Abuja|"
    "Accra|Kumasi|Nairobi|Mombasa|Kampala|Dar es Salaam|Addis Ababa|Johannesburg|Durban|"
    "Cape Town|Casablanca|Marrakesh|Tunis|Cairo|Alexandria|Amman|Beirut|Dubai|Abu Dhabi|"
    "Doha|Riyadh|Tehran|Isfahan|Shiraz|Tel Aviv|Haifa|Karachi|Lahore|Islamabad|Mumbai|"
    "Pune|Bengaluru|Chennai|Hyderabad|Kolkata|Dhaka|Chittagong|Colombo|Kathmandu|Bangkok|"
    "Chiang Mai|Hanoi|Ho Chi Minh City|Da Nang|Manila|Cebu|Davao|Jakarta|Surabaya|"
    "Yogyakarta|Kuala Lumpur|Penang|Shanghai|Guangzhou|Shenzhen|Chengdu|Hangzhou|Osaka|"
    "Kyoto|Yokohama|Sapporo|Fukuoka|Busan|Incheon|Daegu|Taipei|Kaohsiung|Melbourne|"
    "Brisbane|Perth|Adelaide|Auckland|Wellington|Christchurch"
)
REGIONS: tuple[str, ...] = _b(
    "Bavaria|Saxony|Brittany|Provence|Normandy|Alsace|Catalonia|Andalusia|Galicia|"
    "the Basque Country|Tuscany|Lombardy|Sicily|Sardinia|Piedmont|the Algarve|Flanders|"
    "Wallonia|Silesia|Masovia|Moravia|Bohemia|Transylvania|Crete|Cappadocia|Lapland|"
    "Jutland|Scania|Yorkshire|Cornwall|the Highlands|Connemara|Quebec|Ontario|British Columbia|"
    "Texas|Oregon|Vermont|Yucatán|Oaxaca|Patagonia|Minas Gerais|Bahia|Kerala|Punjab|"
    "Tamil Nadu|Rajasthan|Bali|Java|Sumatra|Mindanao|Hokkaido|Okinawa|Jeju|Sichuan|Yunnan|"
    "Queensland|Tasmania|Otago|Kakheti|Tigray|Rift Valley|KwaZulu-Natal|the Western Cape"
)
COUNTRIES: tuple[str, ...] = _b(
    "France|Germany|Spain|Portugal|Italy|the Netherlands|Belgium|Switzerland|Austria|"
    "Poland|Czechia|Slovakia|Hungary|Romania|Bulgaria|Greece|Türkiye|Ukraine|Sweden|"
    "Norway|Denmark|Finland|Iceland|Estonia|Latvia|Lithuania|Ireland|Scotland|Wales|"
    "Croatia|Slovenia|Serbia|Albania|Armenia|Azerbaijan|Canada|Mexico|Colombia|Peru|"
    "Ecuador|Argentina|Uruguay|Brazil|Nigeria|Ghana|Kenya|Tanzania|Uganda|Ethiopia|"
    "South Africa|Morocco|Tunisia|Egypt|Lebanon|Israel|Iran|Pakistan|India|Bangladesh|"
    "Sri Lanka|Nepal|Thailand|Vietnam|the Philippines|Indonesia|Malaysia|Singapore|Japan|"
    "South Korea|Taiwan|Australia|New Zealand|the United States|the UK|Mexico|Chile"
)

# street address makers: (country, pattern); {n} house number, {s} street, {c} city, {z} zip
STREETS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "fr": (
        _b(
            "rue des Lilas|avenue Jean Jaurès|rue du Faubourg Saint-Denis|boulevard Voltaire|"
            "rue de la République|allée des Tilleuls"
        ),
        _b("Lyon|Marseille|Toulouse|Bordeaux|Lille"),
        "{n} {s}, {z} {c}",
    ),
    "de": (
        _b("Lindenstraße|Goethestraße|Hauptstraße|Am Mühlbach|Bahnhofstraße|Schillerweg"),
        _b("Hamburg|Munich|Cologne|Leipzig|Dresden"),
        "{s} {n}, {z} {c}",
    ),
    "nl": (
        _b("Prinsengracht|Kerkstraat|Dorpsweg|Lange Voorhout|Molenstraat"),
        _b("Rotterdam|Utrecht|Eindhoven"),
        "{s} {n}, {z4} AB {c}",
    ),
    "it": (
        _b("Via Garibaldi|Via Roma|Corso Vittorio Emanuele II|Via dei Mille|Piazza Cavour"),
        _b("Milan|Turin|Bologna|Naples"),
        "{s} {n}, {z} {c}",
    ),
    "es": (
        _b("Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Paseo de Gracia|Calle Larios"),
        _b("Seville|Valencia|Bilbao|Málaga"),
        "{s} {n}, {z} {c}",
    ),
    "pl": (
        _b("ul. Marszałkowska|ul. Długa|ul. Piotrkowska|ul. Floriańska|al. Grunwaldzka"),
        _b("Kraków|Gdańsk|Wrocław|Łódź"),
        "{s} {n}, {z2}-{z3} {c}",
    ),
    "uk": (
        _b("Acacia Avenue|Mill Lane|Victoria Road|Station Road|Church Street|Orchard Close"),
        _b("Manchester|Leeds|Bristol|Glasgow|Cardiff"),
        "{n} {s}, {c} {pc}",
    ),
    "us": (
        _b("Maple Street|Oak Avenue|Elm Drive|Sunset Boulevard|Lakeview Terrace|Pine Court"),
        _b("Seattle|Denver|Atlanta|Chicago|Minneapolis"),
        "{n} {s}, {c}, {st} {z}",
    ),
    "br": (
        _b("Rua das Flores|Avenida Paulista|Rua Augusta|Avenida Atlântica|Rua XV de Novembro"),
        _b("São Paulo|Curitiba|Recife|Porto Alegre"),
        "{s}, {n} - {c}",
    ),
    "jp": (
        _b("Chuo-ku|Minato-ku|Shibuya-ku|Nakagyo-ku"),
        _b("Osaka|Kyoto|Yokohama|Sapporo"),
        "{n}-{m}-{k} {s}, {c}",
    ),
    "in": (
        _b("MG Road|Linking Road|Park Street|Brigade Road|Anna Salai"),
        _b("Mumbai|Bengaluru|Chennai|Kolkata|Pune"),
        "{n}, {s}, {c} {z6}",
    ),
}
US_STATES = _s("WA CO GA IL MN OR TX")


def place_names() -> frozenset[str]:
    """The hand-written places (cities, regions, countries, the cities of addresses),
    lower-cased and without a leading 'the'."""
    out: set[str] = set()
    for place in (*CITIES, *REGIONS, *COUNTRIES, *(c for _, cs, _ in STREETS.values() for c in cs)):
        low = place.lower()
        out.add(low[4:] if low.startswith("the ") else low)
    return frozenset(out)


def has_place(text: str, places: frozenset[str] | None = None) -> bool:
    """Whether a text names one of the hand-written places as whole words."""
    low = text.lower()
    for place in places if places is not None else place_names():
        i = low.find(place)
        while i >= 0:
            before = low[i - 1] if i else " "
            after = low[i + len(place)] if i + len(place) < len(low) else " "
            if not before.isalnum() and not after.isalnum():
                return True
            i = low.find(place, i + 1)
    return False


_FAKER_LOCALES = (
    "de_DE fr_FR it_IT es_ES pt_BR pt_PT nl_NL sv_SE tr_TR cs_CZ hu_HU ro_RO fi_FI da_DK no_NO "
    "id_ID en_IN sw yo_NG hr_HR sk_SK lt_LT lv_LV et_EE sl_SI ga_IE en_GB en_US es_MX tw_GH "
    "zu_ZA en_PK pl_PL en_NG"
).split()


def _latin(name: str) -> bool:
    if not name or len(name) < 2 or not name[0].isupper():
        return False
    for ch in name:
        if ch in " -'":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def faker_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per Faker locale, its Latin-script given and family names (read from the person
    providers' lists, so the same every time); locales without family names borrow none."""
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for loc in _FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        given = tuple(sorted({n for n in getattr(provider, "first_names", ()) if _latin(n)}))
        family = tuple(sorted({n for n in getattr(provider, "last_names", ()) if _latin(n)}))
        if len(given) >= 20 and len(family) >= 10:
            out[loc] = (given, family)
    return out
