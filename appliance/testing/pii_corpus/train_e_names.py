"""People and places for the train_e generator: hand-written name pools of many cultures,
Faker's person names of Latin-script locales for volume, and hand-written places.

Written blind: every hand-written name and place below came from its author's head, not from
any other part of the corpus. Faker's lists are used only for the second half of the names.
The pools avoid words that the clean prompts use as things, except the given names that are
everyday words (`EVERYDAY_GIVEN`), which clean prompts may use as words."""

from __future__ import annotations

import importlib
import random
import re
import unicodedata
from functools import cache

# culture: (given names, family names, family name first in its own writing)
CULTURES: dict[str, tuple[str, str, bool]] = {
    "english": (
        "Oliver Harriet Callum Imogen Toby Eleanor Freddie Beatrice Hope Grace Will Rose "
        "Amber Faith Joy June Ivy Daisy Ruby Pearl Dawn Bill Mark Pat Jack Penny Sandy "
        "Cliff Dale Glen Miles Chase Drew Frank Holly Heather Olive Sage Summer Autumn Jade "
        "Crystal April May Hunter Sunny Iris Violet",
        "Ashworth Pemberton Whitfield Hargreaves Thornton Blackwood Cartwright Ainsley",
        False,
    ),
    "american": (
        "Brandon Kayla Tyler Madison Jaxon Brianna Cody Tanner Kaylee Logan Hailey",
        "McAllister Whitaker Haskins Pruitt Vance Caldwell Thibodeaux Sorensen",
        False,
    ),
    "scottish": (
        "Ewan Morag Hamish Isla Fraser Kirsty Angus Eilidh",
        "MacLeod Buchanan Drummond McIntyre Sinclair Galbraith Ferguson Cunningham",
        False,
    ),
    "irish": (
        "Niamh Cian Siobhan Oisin Aoife Padraig Orla Ciaran",
        "O'Sullivan Byrne Kavanagh Flanagan O'Callaghan Doherty Gallagher McGrath",
        False,
    ),
    "welsh": (
        "Rhys Carys Dafydd Seren Gethin Ffion Iolo Bethan",
        "Pritchard Llewellyn Vaughan Griffiths Howells Prosser Bevan Meredith",
        False,
    ),
    "german": (
        "Jürgen Katrin Matthias Annika Lukas Sabine Florian Henrike",
        "Schreiber Hoffmann Brandt Kessler Zimmermann Baumgartner Weidemann Oberholzer",
        False,
    ),
    "dutch": (
        "Joost Marieke Sander Femke Thijs Lieke Bram Annemiek",
        "van_den_Berg Jansen de_Vries Bakker Visser Smit Mulder Dijkstra",
        False,
    ),
    "flemish": (
        "Wouter Elke Pieter-Jan Lotte Jens Sofie Stijn Griet",
        "Claes Peeters Vermeulen Goossens Wouters Desmet Maes Lambrechts",
        False,
    ),
    "french": (
        "Étienne Camille Mathieu Sandrine Guillaume Élodie Benoît Margaux",
        "Lefebvre Moreau Girard Fontaine Rousseau Chevalier Dubois Mercier",
        False,
    ),
    "italian": (
        "Giacomo Chiara Alessandro Federica Lorenzo Giulia Matteo Francesca",
        "Esposito Bianchi Ferraro Ricci Marchetti Santoro Galli Lombardi",
        False,
    ),
    "spanish": (
        "Iñigo Lucía Javier Nerea Alejandro Itziar Sergio Montserrat",
        "García Fernández Etxeberria Morales Navarro Castillo Iglesias Herrero",
        False,
    ),
    "portuguese": (
        "João Inês Tiago Beatriz Rui Mariana Duarte Leonor",
        "Ferreira Carvalho Sousa Rodrigues Pimentel Magalhães Teixeira Quaresma",
        False,
    ),
    "brazilian": (
        "Thiago Larissa Caio Fernanda Vinícius Juliana Rafael Gabriela",
        "Oliveira Nascimento Barbosa Cavalcanti Bezerra Moreira Siqueira Damasceno",
        False,
    ),
    "mexican": (
        "Ximena Emiliano Itzel Rodrigo Citlali Mauricio Yolanda Guadalupe",
        "Hernández Ramírez Cervantes Villaseñor Zavala Ochoa Treviño Garza",
        False,
    ),
    "argentine": (
        "Facundo Agustina Nahuel Florencia Gonzalo Micaela Lautaro Rocío",
        "Pereyra Sosa Benítez Acosta Giménez Domínguez Ledesma Quiroga",
        False,
    ),
    "andean": (
        "Andrés Valentina Camilo Daniela Sebastián Yesenia Wilmer Marisol",
        "Restrepo Ospina Quispe Mamani Huamán Cárdenas Zapata Arango",
        False,
    ),
    "polish": (
        "Tomasz Agnieszka Krzysztof Małgorzata Paweł Katarzyna Grzegorz Zofia",
        "Kowalski Wiśniewska Zieliński Szymańska Wójcik Kamińska Lewandowski Dąbrowska",
        False,
    ),
    "czech": (
        "Jiří Lenka Ondřej Tereza Vojtěch Kateřina Radek Markéta",
        "Novák Svobodová Dvořák Procházka Černá Kučera Veselý Horáková",
        False,
    ),
    "hungarian": (
        "Zoltán Eszter Balázs Réka Gergely Katalin Levente Zsófia",
        "Nagy Kovács Szabó Tóth Horváth Varga Farkas Molnár",
        True,
    ),
    "romanian": (
        "Andrei Ioana Mihai Bianca Cosmin Roxana Bogdan Oana",
        "Popescu Ionescu Dumitrescu Constantin Stoica Munteanu Georgescu Bălan",
        False,
    ),
    "south_slavic": (
        "Nikola Jelena Marko Ivana Dragan Milica Luka Tijana",
        "Petrović Jovanović Horvat Kovačević Babić Marić Nikolić Đorđević",
        False,
    ),
    "greek": (
        "Giorgos Eleni Dimitris Katerina Nikos Chrysa Yannis Despina",
        "Papadopoulos Georgiou Konstantinidis Alexiou Karagiannis Papadakis Vlachos Christodoulou",
        False,
    ),
    "turkish": (
        "Emre Zeynep Burak Elif Mehmet Ayşe Kerem Selin",
        "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan",
        False,
    ),
    "swedish": (
        "Björn Ingrid Anders Linnea Johan Astrid Henrik Maja",
        "Lindqvist Andersson Bergström Nyberg Sjöberg Holmgren Ekström Lundgren",
        False,
    ),
    "norwegian": (
        "Magnus Solveig Eirik Ingeborg Sindre Tuva Håkon Silje",
        "Haugen Johansen Berntsen Solberg Bakken Aasen Kristiansen Eide",
        False,
    ),
    "danish": (
        "Mads Mette Rasmus Signe Søren Freja Kasper Birgitte",
        "Nielsen Kjærgaard Mortensen Poulsen Rasmussen Søndergaard Østergaard Thomsen",
        False,
    ),
    "finnish": (
        "Juha Aino Mikko Satu Ville Kaisa Tuomas Noora",
        "Virtanen Korhonen Mäkinen Nieminen Järvinen Heikkinen Lehtonen Koskinen",
        False,
    ),
    "baltic": (
        "Mārtiņš Ieva Jonas Rūta Kristaps Aušra Tõnu Liisa",
        "Bērziņš Kalniņa Kazlauskas Petrauskienė Tamm Saar Ozoliņš Jankauskas",
        False,
    ),
    "russian": (
        "Dmitri Natalya Sergei Yekaterina Aleksei Olga Mikhail Svetlana",
        "Ivanov Smirnova Kuznetsov Popova Sokolov Volkova Fedorov Morozova",
        False,
    ),
    "ukrainian": (
        "Oleksandr Oksana Taras Yulia Bohdan Iryna Mykola Halyna",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Lysenko",
        False,
    ),
    "levantine": (
        "Omar Layla Karim Rania Tariq Nour Samir Huda",
        "Haddad Khoury Nasser Mansour Saleh Hamdan Issa Barakat",
        False,
    ),
    "egyptian": (
        "Mahmoud Yasmin Mostafa Mona Ahmed Heba Sherif Dina",
        "Abdelrahman El-Sayed Fawzy Shalaby Ragab Naguib Hegazy Soliman",
        False,
    ),
    "persian": (
        "Dariush Shirin Reza Parisa Kourosh Mahsa Babak Ladan",
        "Tehrani Hosseini Karimi Rahimi Moradi Jafari Sadeghi Ghorbani",
        False,
    ),
    "israeli": (
        "Yossi Noa Eitan Tamar Avner Shira Uri Michal",
        "Cohen Mizrahi Friedman Peretz Biton Avraham Dahan Shapiro",
        False,
    ),
    "hindi": (
        "Arjun Priya Rohan Ananya Vikram Kavya Siddharth Meera",
        "Sharma Verma Gupta Malhotra Chaturvedi Agarwal Bhatia Saxena",
        False,
    ),
    "tamil": (
        "Karthik Lakshmi Senthil Divya Murugan Revathi Arvind Janani",
        "Subramanian Ramasamy Krishnan Venkatesan Pillai Natarajan Iyer Balasubramaniam",
        False,
    ),
    "bengali": (
        "Sourav Mousumi Arnab Rituparna Tanmoy Nabanita Debashish Paromita",
        "Chatterjee Banerjee Mukherjee Bhattacharya Ghosh Chakraborty Sengupta Dasgupta",
        False,
    ),
    "pakistani": (
        "Usman Ayesha Bilal Sana Hamza Maryam Faisal Hira",
        "Qureshi Chaudhry Siddiqui Malik Akhtar Mirza Javed Iqbal",
        False,
    ),
    "chinese": (
        "Wei Xiaoling Jianguo Meiling Haoran Yuting Zhiwei Lihua",
        "Li Wang Zhang Liu Chen Huang Zhao Zhou",
        True,
    ),
    "cantonese": (
        "Ka-wai Siu-ming Wing-yan Chun-kit Mei-ling Ho-yin Kwok-wah Suk-yee",
        "Chan Wong Cheung Leung Lau Tsang Yeung Fung",
        True,
    ),
    "japanese": (
        "Haruto Yui Takeshi Akiko Kenji Sakura Ren Misaki",
        "Tanaka Takahashi Watanabe Yamamoto Nakamura Kobayashi Yoshida Matsumoto",
        True,
    ),
    "korean": (
        "Ji-hoon Seo-yeon Min-jun Ha-eun Dong-hyun Su-bin Jae-won Eun-ji",
        "Kim Lee Choi Jung Kang Yoon Jang Lim",
        True,
    ),
    "vietnamese": (
        "Thi_Lan Van_Minh Thu_Trang Quoc_Bao Ngoc_Anh Duc_Huy Minh_Chau Thanh_Hai",
        "Nguyen Tran Pham Hoang Phan Vu Dang Bui",
        True,
    ),
    "thai": (
        "Somchai Malee Anan Siriporn Kittisak Pimchanok Thanawat Nattaya",
        "Srisuk Wongsawat Chaiyaporn Rattanakorn Suwannarat Thongchai Kaewmanee Boonyarit",
        False,
    ),
    "filipino": (
        "Rodel Maricel Jomar Rowena Arnel Jessa Reynaldo Liezl",
        "Dela_Cruz Bautista Villanueva Macaraeg Manalo Pascual Magbanua Ocampo",
        False,
    ),
    "indonesian": (
        "Budi Siti Agus Dewi Eko Rini Bambang Putri",
        "Santoso Wijaya Hartono Kusuma Setiawan Nugroho Purnomo Halim",
        False,
    ),
    "malay": (
        "Ahmad Nurul Faiz Aisyah Hafiz Azlina Syafiq Farhana",
        "Abdullah Ismail Rahman Yusof Hamid Osman Zakaria Jamaluddin",
        False,
    ),
    "yoruba": (
        "Adebayo Folake Oluwaseun Titilayo Babatunde Yetunde Kayode Funmilayo",
        "Adeyemi Ogunleye Balogun Adewale Oladipo Akinola Fashola Oyelaran",
        False,
    ),
    "igbo": (
        "Chidi Ngozi Emeka Chiamaka Obinna Adaeze Ikenna Uchenna",
        "Okafor Okonkwo Eze Nwosu Obi Okeke Chukwu Anyanwu",
        False,
    ),
    "akan": (
        "Kwame Ama Kofi Akosua Kwesi Abena Kwabena Efua",
        "Mensah Owusu Boateng Asante Osei Appiah Agyeman Darko",
        False,
    ),
    "kenyan": (
        "Wanjiru Baraka Achieng Juma Njeri Kiprono Atieno Mosi",
        "Mwangi Kamau Odhiambo Kariuki Wekesa Chebet Njoroge Omondi",
        False,
    ),
    "ethiopian": (
        "Abebe Tigist Dawit Hirut Yonas Selam Tesfaye Meron",
        "Bekele Haile Tadesse Girma Alemu Wolde Mekonnen Assefa",
        False,
    ),
    "southern_african": (
        "Thabo Nomvula Sipho Lindiwe Zanele Mandla Thandeka Pieter",
        "Dlamini Nkosi Ndlovu Mthembu van_Wyk Botha Khumalo Pretorius",
        False,
    ),
    "somali": (
        "Abdi Hodan Liban Sahra Abdullahi Ifrah Guled Ayan",
        "Warsame Farah Hersi Jama Egal Abdulle Mohamud Dualeh",
        False,
    ),
    "maori": (
        "Tane Aroha Wiremu Mereana Rawiri Hine Manaia Kiri",
        "Ngata Parata Tamihana Te_Whare Horomona Kereama Rangi Tipene",
        False,
    ),
    "pacific": (
        "Keoni Leilani Sione Malia Tavita Losana Fetu Lagi",
        "Faleolo Tuilagi Leota Sapolu Fonoti Kealoha Mahoe Aumua",
        False,
    ),
    "caucasus": (
        "Armen Anahit Tigran Lusine Levan Nino Giorgi Tamuna",
        "Hakobyan Petrosyan Sargsyan Grigoryan Beridze Kapanadze Gelashvili Tsereteli",
        False,
    ),
    "caribbean": (
        "Delroy Shanique Marlon Tameka Garfield Andre Natoya Kemar",
        "McKenzie Ebanks Bogle McFarlane Wilmot Henriques Gayle Thwaites",
        False,
    ),
}


def _words(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


POOLS: dict[str, tuple[list[str], list[str], bool]] = {
    c: (_words(g), _words(f), first) for c, (g, f, first) in CULTURES.items()
}
HAND_GIVEN: list[str] = sorted({g for gs, _, _ in POOLS.values() for g in gs})
HAND_FAMILY: list[str] = sorted({f for _, fs, _ in POOLS.values() for f in fs})

# Given names that are everyday English words; clean prompts may use them as words, and
# personal prompts use them in contexts that say they are people.
EVERYDAY_GIVEN: tuple[str, ...] = tuple(
    "Hope Grace Will Rose Amber Faith Joy June Ivy Daisy Ruby Pearl Dawn Bill Mark Pat Jack "
    "Penny Sandy Cliff Dale Glen Miles Chase Drew Frank Holly Heather Olive Sage Summer "
    "Autumn Jade Crystal April May Hunter Sunny Iris Violet".split()
)

# ---------------------------------------------------------------- places (hand-written)

CITIES: tuple[str, ...] = tuple(
    c.replace("_", " ")
    for c in (
        "Manchester Leeds Bristol Glasgow Edinburgh Cardiff Belfast Dublin Cork Galway London "
        "Birmingham Sheffield Newcastle Liverpool Aberdeen Inverness Norwich Toronto "
        "Vancouver Montreal Calgary Ottawa Winnipeg Boston Chicago Denver Seattle Portland "
        "Atlanta Houston Miami Philadelphia Pittsburgh Minneapolis Sacramento Albuquerque "
        "Nashville Memphis Omaha Tucson Baltimore Cleveland Detroit Milwaukee Oakland "
        "San_Diego San_Antonio New_Orleans Mexico_City Guadalajara Monterrey Bogotá Medellín "
        "Quito Buenos_Aires Córdoba Rosario Montevideo São_Paulo Rio_de_Janeiro Porto_Alegre "
        "Recife Lisbon Porto Madrid Barcelona Valencia Seville Sevilla Bilbao Zaragoza Málaga "
        "Paris Lyon Marseille Toulouse Lille Nantes Strasbourg Brussels Antwerp Ghent "
        "Rotterdam Amsterdam Utrecht Eindhoven Hamburg Munich München Berlin Cologne Köln "
        "Leipzig Dresden Stuttgart Düsseldorf Bremen Graz Salzburg Zurich Geneva Basel Milan "
        "Milano Turin Torino Naples Genoa Palermo Rome Roma Venice Copenhagen Aarhus Oslo "
        "Bergen Trondheim Stockholm Gothenburg Malmö Helsinki Tampere Turku Tallinn Riga "
        "Vilnius Kaunas Warsaw Warszawa Kraków Gdańsk Wrocław Poznań Łódź Prague Brno Ostrava "
        "Bratislava Budapest Debrecen Bucharest Cluj-Napoca Timișoara Belgrade Zagreb "
        "Ljubljana Sarajevo Athens Thessaloniki Istanbul Ankara Izmir Kyiv Lviv Odesa Kharkiv "
        "Tbilisi Yerevan Cairo Rabat Marrakesh Tunis Algiers Lagos Abuja Ibadan Accra Kumasi "
        "Nairobi Mombasa Kisumu Addis_Ababa Kampala Dar_es_Salaam Kigali Johannesburg "
        "Cape_Town Durban Gaborone Lusaka Harare Dakar Dubai Abu_Dhabi Doha Riyadh Jeddah "
        "Amman Beirut Tehran Isfahan Karachi Lahore Islamabad Mumbai Delhi Bengaluru Chennai "
        "Kolkata Hyderabad Pune Ahmedabad Kochi Dhaka Chittagong Kathmandu Bangkok Chiang_Mai "
        "Hanoi Ho_Chi_Minh_City Da_Nang Manila Cebu Davao Jakarta Surabaya Bandung "
        "Kuala_Lumpur Penang Singapore Shanghai Beijing Shenzhen Guangzhou Chengdu Wuhan "
        "Hangzhou Hong_Kong Taipei Kaohsiung Seoul Busan Incheon Tokyo Osaka Kyoto Sapporo "
        "Fukuoka Nagoya Melbourne Brisbane Perth Auckland Christchurch Hobart"
    ).split()
)
REGIONS: tuple[str, ...] = tuple(
    r.replace("_", " ")
    for r in (
        "Bavaria Catalonia Andalusia Tuscany Lombardy Provence Brittany Normandy Flanders "
        "Wallonia Silesia Moravia Transylvania Bohemia Yorkshire Cornwall Cumbria Galicia "
        "Asturias Ontario Quebec Alberta British_Columbia Texas California Ohio Oregon "
        "Vermont Nebraska Queensland Tasmania Punjab Kerala Gujarat Maharashtra Tamil_Nadu "
        "Sichuan Guangdong Hokkaido Okinawa Bali Mindanao Lapland Jutland Gauteng "
        "KwaZulu-Natal Western_Cape Anatolia Crete Sicily Sardinia Algarve Saxony Lower_Saxony "
        "the_Basque_Country the_Highlands the_Midlands"
    ).split()
)
COUNTRIES: tuple[str, ...] = tuple(
    c.replace("_", " ")
    for c in (
        "Germany France Spain Portugal Italy Poland Czechia Hungary Romania Serbia Croatia "
        "Greece Türkiye Sweden Norway Denmark Finland Estonia Latvia Lithuania Ukraine Ireland "
        "Scotland Wales England Netherlands Belgium Austria Switzerland Canada Mexico Brazil "
        "Argentina Colombia Peru Ecuador Nigeria Ghana Kenya Ethiopia Uganda Tanzania Rwanda "
        "South_Africa Morocco Egypt Tunisia Senegal Lebanon Iran Pakistan India Bangladesh "
        "Nepal Sri_Lanka Thailand Vietnam Philippines Indonesia Malaysia China Japan "
        "South_Korea Taiwan Australia New_Zealand United_States United_Kingdom Armenia Qatar "
        "Uruguay Iceland Slovenia Bulgaria"
    ).split()
)
PLACES: tuple[str, ...] = CITIES + REGIONS + COUNTRIES

_STREET_WORDS = (
    "Maple Albion Station Mill Church Orchard Harbour Chestnut Willow Elm Cedar Meadow "
    "Quarry Bridge Castle Park Victoria Granary Foundry Lark Heron Kiln Ropewalk"
).split()

_US = (
    ("Boston", "MA", "021"), ("Denver", "CO", "802"), ("Seattle", "WA", "981"),
    ("Chicago", "IL", "606"), ("Portland", "OR", "972"), ("Atlanta", "GA", "303"),
    ("Pittsburgh", "PA", "152"), ("Nashville", "TN", "372"), ("Omaha", "NE", "681"),
    ("Tucson", "AZ", "857"), ("Cleveland", "OH", "441"),
)  # fmt: skip
_UK = (
    ("Manchester", "M14 5RT"), ("Leeds", "LS6 2AB"), ("Bristol", "BS8 1TH"),
    ("Glasgow", "G12 8QQ"), ("Cardiff", "CF10 3AT"), ("Norwich", "NR2 4PD"),
    ("Sheffield", "S10 2TN"), ("Liverpool", "L8 7NP"),
)  # fmt: skip
_DE = (("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
       ("Leipzig", "04109"), ("Dresden", "01067"))  # fmt: skip
_FR = (("Lyon", "69003"), ("Paris", "75011"), ("Toulouse", "31000"), ("Nantes", "44000"),
       ("Lille", "59000"))  # fmt: skip
_NL = (("Amsterdam", "1012 AB"), ("Utrecht", "3511 LN"), ("Rotterdam", "3011 AD"))
_ES = (("Madrid", "28004"), ("Valencia", "46001"), ("Sevilla", "41001"), ("Bilbao", "48001"))
_IT = (("Milano", "20121"), ("Torino", "10121"), ("Roma", "00184"), ("Genoa", "16121"))
_PL = (("Warszawa", "00-950"), ("Kraków", "31-042"), ("Gdańsk", "80-831"))
_IN = (("Bengaluru", "560034"), ("Pune", "411001"), ("Chennai", "600017"))
_AU = (("Melbourne", "VIC", "3000"), ("Brisbane", "QLD", "4000"), ("Perth", "WA", "6000"))


def address(rng: random.Random) -> str:
    """A street address of one of ten countries, written as one LOCATION span."""
    w = rng.choice(_STREET_WORDS)
    n = rng.randint(1, 240)
    kind = rng.randrange(10)
    if kind == 0:
        city, st, z = rng.choice(_US)
        suffix = rng.choice(("St", "Street", "Ave", "Avenue", "Dr", "Road", "Blvd", "Ln"))
        return f"{rng.randint(10, 9800)} {w} {suffix}, {city}, {st} {z}{rng.randint(10, 99)}"
    if kind == 1:
        city, pc = rng.choice(_UK)
        suffix = rng.choice(("Road", "Lane", "Street", "Close", "Terrace", "Gardens"))
        return f"{n} {w} {suffix}, {city} {pc}"
    if kind == 2:
        city, pc = rng.choice(_DE)
        street = rng.choice(("Linden", "Kastanien", "Birken", "Mühlen", "Garten", "Schiller"))
        return f"{street}{rng.choice(('straße', 'weg', 'allee'))} {n}, {pc} {city}"
    if kind == 3:
        city, pc = rng.choice(_FR)
        street = rng.choice(("des Lilas", "de la Paix", "du Moulin", "des Tanneurs", "Pasteur"))
        return f"{n} {rng.choice(('rue', 'avenue', 'boulevard'))} {street}, {pc} {city}"
    if kind == 4:
        city, pc = rng.choice(_NL)
        street = rng.choice(("Keizers", "Linnaeus", "Molen", "Tuin", "Kerk"))
        return f"{street}{rng.choice(('straat', 'gracht', 'laan'))} {n}, {pc} {city}"
    if kind == 5:
        city, pc = rng.choice(_ES)
        street = rng.choice(("Alcalá", "los Olivos", "la Paz", "San Vicente", "Goya"))
        return f"Calle {street} {n}, {pc} {city}"
    if kind == 6:
        city, pc = rng.choice(_IT)
        street = rng.choice(("Garibaldi", "dei Mille", "Roma", "del Corso", "Mazzini"))
        return f"Via {street} {n}, {pc} {city}"
    if kind == 7:
        city, pc = rng.choice(_PL)
        street = rng.choice(("Długa", "Polna", "Kwiatowa", "Ogrodowa", "Lipowa"))
        return f"ul. {street} {n}, {pc} {city}"
    if kind == 8:
        city, pc = rng.choice(_IN)
        area = rng.choice(("Koramangala", "Indiranagar", "Kothrud", "T. Nagar", "Aundh"))
        return f"{n}, {w} Road, {area}, {city} {pc}"
    city, st, pc = rng.choice(_AU)
    return f"{n} {w} Street, {city} {st} {pc}"


# ---------------------------------------------------------------- Faker names (volume)

_FAKER_LOCALES = (
    "en_US en_GB en_IE en_IN en_KE en_NG en_NZ en_PK de_DE de_AT de_CH fr_FR fr_BE es_ES es_MX "
    "es_AR es_CO es_CL it_IT pt_BR pt_PT nl_NL nl_BE cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO sv_SE "
    "da_DK no_NO fi_FI et_EE lt_LT lv_LV tr_TR id_ID vi_VN ga_IE ig_NG yo_NG ha_NG tw_GH sw "
    "zu_ZA az_AZ uz_UZ"
).split()
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' -]*[a-zà-öø-ɏḀ-ỿ]$")


@cache
def faker_pools() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(locale, given names, family names) of Faker's Latin-script person providers, with
    places, everyday words and one-letter oddities left out."""
    bad = {p.lower() for p in PLACES} | {w.lower() for w in _FAKER_STOP}
    out = []
    for loc in _FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        given: set[str] = set()
        for attr in ("first_names", "first_names_male", "first_names_female"):
            v = getattr(provider, attr, ())
            if isinstance(v, (list, tuple, dict)):
                given |= set(v)
        v = getattr(provider, "last_names", ())
        family = set(v) if isinstance(v, (list, tuple, dict)) else set()

        def ok(x: str) -> bool:
            return len(x) > 2 and bool(_LATIN.match(x)) and x.lower() not in bad

        g = tuple(sorted(x for x in given if ok(x)))
        f = tuple(sorted(x for x in family if ok(x)))
        if len(g) >= 10 and len(f) >= 10:
            out.append((loc, g, f))
    return tuple(out)


_FAKER_STOP = (
    "Doe Will Mark Bill May June Rose Hope Grace Joy Faith Israel Asia Aura Paris China Chad "
    "Jordan Georgia Sofia Florence Victoria Sydney Austin Madison Dallas Houston Phoenix"
).split()


def fold(s: str) -> str:
    """ASCII letters of a name, for e-mail addresses."""
    nfkd = unicodedata.normalize("NFKD", s)
    out = "".join(ch for ch in nfkd if ch.isascii() and (ch.isalnum() or ch in "-"))
    return out.lower().replace("ł", "l") or "x"


class Person:
    """One person of a prompt: given and family names and how the prompt writes them."""

    def __init__(self, given: str, family: str, family_first: bool, culture: str) -> None:
        self.given = given
        self.family = family
        self.family_first = family_first
        self.culture = culture


def person(rng: random.Random) -> Person:
    """Half from the hand-written pools, half from Faker's."""
    if rng.random() < 0.5:
        culture = rng.choice(list(POOLS))
        gs, fs, first = POOLS[culture]
        return Person(rng.choice(gs), rng.choice(fs), first and rng.random() < 0.7, culture)
    loc, gs2, fs2 = rng.choice(faker_pools())
    return Person(rng.choice(gs2), rng.choice(fs2), False, "faker:" + loc)


def full_name(p: Person, rng: random.Random, commas: bool = True) -> str:
    """The person's name in one of many written forms (never with a title)."""
    g, f = p.given, p.family
    r = rng.random()
    if p.family_first:
        if r < 0.6:
            return f"{f} {g}"
        if r < 0.8:
            return f"{f.upper()} {g}"
        return f"{g} {f}"
    if r < 0.52:
        return f"{g} {f}"
    if r < 0.60:
        return f"{g[0]}. {f}"
    if r < 0.66:
        mid = rng.choice("ABCDEFGHJKLMNPRSTVW")
        return f"{g} {mid}. {f}"
    if r < 0.70:
        mid = rng.choice("ABCDEFGHJKLMNPRSTVW")
        return f"{g[0]}. {mid}. {f}"
    if r < 0.78 and commas:
        return f"{f}, {g}"
    if r < 0.84:
        return f"{f.upper()} {g}"
    if r < 0.92:
        return f"{g} {f}".lower()
    if r < 0.95:
        mid = rng.choice("abcdefghjklmnprstvw")
        return f"{g[0].lower()}{mid} {f.lower()}"
    return f"{g} {f}"
