"""Person names and places for `train_f`, the lower-case chat and busy-staff training generator.

Written blind (see `train_f`): the hand-written pools below come from the author's head, one
line per culture; Faker's person providers of Latin-script (or romanised) locales add volume.
Given names that are everyday English words ("Hope", "Will", "Rose") are kept apart in
`WORD_GIVEN`: personal prompts use them as people, clean prompts use them as words and things.
"""

from __future__ import annotations

import importlib
import random
import re
import unicodedata
from functools import cache

# culture: (given names, family names); family names with a space are written with "_".
CULTURES: dict[str, tuple[str, str]] = {
    "english": (
        "Oliver Harriet Toby Imogen Rupert Felicity Alfie Niamh",
        "Ashworth Pemberton Whitaker Fairbrother Hollis Cartwright Blakemore Thornbury",
    ),
    "american": (
        "Brandon Kayleigh Tyler Madison Cody Brittany Dakota Jaxon",
        "Kowalczyk_Reyes Hendricks McAllister Osterman Beauchamp Whitfield Carver Delacroix",
    ),
    "irish": (
        "Siobhan Ciaran Aoife Padraig Sinead Eoin Roisin Cathal",
        "Gallagher Brennan O'Sullivan McGuinness Donoghue Kavanagh Flaherty Moriarty",
    ),
    "scottish": (
        "Morag Hamish Eilidh Fraser Isla Callum Kirsty Lachlan",
        "MacLeod Drummond Buchanan Urquhart Fergusson Macintyre Sutherland Cunningham",
    ),
    "welsh": (
        "Rhys Cerys Dafydd Bethan Iwan Seren Gethin Angharad",
        "Pritchard Llewellyn Prosser Gruffydd Bowen Vaughan Powys-Jones Rhydderch",
    ),
    "french": (
        "Margaux Thibault Camille Baptiste Solene Gaspard Ines Aurelien",
        "Lefebvre Marchand Rousseau Girardot Fontaine Lemaire Dubreuil Chevalier",
    ),
    "german": (
        "Jannik Friederike Lukas Annika Matthias Wiebke Florian Henrike",
        "Brandstetter Hoffmeister Kessler Vogelsang Obermaier Reinhardt Schoenberger "
        "Lindqvist-Maas",
    ),
    "dutch": (
        "Sanne Joris Femke Bram Marloes Thijs Lieke Sjoerd",
        "van_Dijk de_Vries Bakker Visser Smulders van_der_Berg Hoekstra Meijer",
    ),
    "polish": (
        "Tomasz Agnieszka Krzysztof Malgorzata Pawel Zofia Wojciech Katarzyna",
        "Wisniewski Zielinska Kaczmarek Lewandowski Szymanska Wojcik Mazurek Grabowski",
    ),
    "czech": (
        "Jiri Petra Ondrej Tereza Vojtech Lucie Radek Klara",
        "Novotny Dvorakova Prochazka Kucera Vesela Horak Nemcova Pospisil",
    ),
    "russian": (
        "Dmitri Yekaterina Sergei Anastasia Vladimir Oksana Alexei Svetlana",
        "Volkov Smirnova Kuznetsov Lebedeva Sokolov Morozova Pavlov Fedorova",
    ),
    "ukrainian": (
        "Taras Olena Bohdan Iryna Mykola Khrystyna Andriy Oleksandra",
        "Shevchenko Bondarenko Kovalenko Tkachenko Kravchuk Melnyk Boyko Savchenko",
    ),
    "italian": (
        "Giacomo Chiara Lorenzo Francesca Matteo Beatrice Alessandro Ludovica",
        "Esposito Bianchi Colombo Ferraro Mancini Rinaldi Gallo Marchetti",
    ),
    "spanish": (
        "Alejandro Lucia Javier Nuria Iker Ainhoa Gonzalo Rocio",
        "Fernandez Gutierrez Navarro Ibarra Echeverria Villanueva Dominguez Carrasco",
    ),
    "portuguese": (
        "Joao Beatriz Tiago Mariana Duarte Ines_Sofia Goncalo Leonor",
        "Ferreira Carvalho Pereira Magalhaes Figueiredo Azevedo Guimaraes Nogueira",
    ),
    "brazilian": (
        "Thiago Larissa Rafael Fernanda Caio Juliana Vinicius Leticia",
        "Albuquerque Cavalcanti Moreira Barbosa Teixeira Rocha Nascimento Araujo",
    ),
    "mexican": (
        "Guadalupe Alejandra Ximena Emiliano Itzel Santiago Yesenia Rodrigo",
        "Hernandez Ramirez Villalobos Cervantes Zamora Espinoza Quintero Arellano",
    ),
    "greek": (
        "Dimitris Eleni Giorgos Katerina Yannis Sofia Nikos Despina",
        "Papadopoulos Konstantinou Georgiou Nikolaidis Karagianni Vlachos Antoniou Stavrou",
    ),
    "turkish": (
        "Emre Elif Burak Zeynep Mehmet Ayse Kerem Selin",
        "Yilmaz Kaya Demir Sahin Celik Ozturk Aydin Arslan",
    ),
    "arabic": (
        "Omar Layla Youssef Fatima Karim Nour Tariq Samira",
        "Haddad Al-Masri Nasser Khoury Mansour Saleh Abdullah Haddadin",
    ),
    "persian": (
        "Dariush Shirin Babak Parisa Kourosh Mahsa Arash Golnaz",
        "Tehrani Farahani Rostami Ahmadi Karimi Jafari Moradi Hosseini",
    ),
    "hebrew": (
        "Yael Avi Noa Itai Tamar Eitan Shira Yonatan",
        "Cohen Levi Mizrahi Friedman Ben-David Peretz Biton Azoulay",
    ),
    "indian_north": (
        "Aarav Priya Rohan Ananya Vikram Neha Arjun Kavya",
        "Sharma Verma Agarwal Chaudhary Malhotra Kapoor Srivastava Mehta",
    ),
    "indian_south": (
        "Karthik Lakshmi Suresh Divya Venkatesh Meenakshi Arvind Revathi",
        "Iyer Subramanian Krishnan Ramaswamy Nair Pillai Reddy Venkataraman",
    ),
    "pakistani": (
        "Imran Ayesha Bilal Sana Usman Hira Faisal Mahnoor",
        "Qureshi Siddiqui Chaudhry Malik Butt Rana Hashmi Baig",
    ),
    "bangladeshi": (
        "Rahim Tasnim Sabbir Nusrat Arif Farzana Tanvir Sharmin",
        "Hossain Rahman Chowdhury Uddin Talukder Sarkar Mollah Bhuiyan",
    ),
    "chinese": (
        "Wei Xiaoling Jun Meihua Zhiwei Yan Haoran Xinyi",
        "Zhang Wang Chen Zhao Huang Zhou Xu Liang",
    ),
    "cantonese": (
        "Ka-Wai Wing Siu-Ming Mei-Ling Chun Hoi-Yan Kwok-Leung Pui-San",
        "Cheung Leung Wong Chau Yeung Kwan Lam Tsang",
    ),
    "japanese": (
        "Haruto Yui Sota Aoi Ren Hinata Kaito Sakura",
        "Takahashi Watanabe Yamamoto Nakamura Kobayashi Yoshida Matsumoto Inoue",
    ),
    "korean": (
        "Minjun Seoyeon Jiho Haeun Dohyun Jiwoo Eunji Taeyang",
        "Kim Choi Jung Kang Yoon Jang Hwang Seo",
    ),
    "vietnamese": (
        "Thi_Lan Minh Huong Quang Thu Duc Ngoc Tuan",
        "Nguyen Tran Pham Hoang Huynh Vu Dang Bui",
    ),
    "thai": (
        "Somchai Kanya Niran Siriporn Anan Malee Chaiwat Ploy",
        "Srisuk Wongsawat Chaiyaporn Rattanakorn Boonmee Thongchai Suksawat Panyarachun",
    ),
    "filipino": (
        "Jericho Maricel Rodel Lovely Jayson Rowena Arnel Kristine",
        "Dela_Cruz Bautista Villareal Mercado Manalo Gatchalian Soriano Macaraeg",
    ),
    "indonesian": (
        "Budi Siti Agus Dewi Wahyu Ratna Bayu Putri",
        "Santoso Wijaya Kusuma Hidayat Setiawan Purnomo Saputra Nugroho",
    ),
    "nigerian_yoruba": (
        "Adebayo Funmilayo Olumide Yetunde Babatunde Folake Tunde Bukola",
        "Adeyemi Ogunleye Oladipo Afolabi Adewale Ogundipe Balogun Akinola",
    ),
    "nigerian_igbo": (
        "Chidi Ngozi Emeka Chiamaka Obinna Adaeze Ikenna Chinonso",
        "Okafor Nwosu Eze Okonkwo Obi Nwachukwu Onyeka Chukwu",
    ),
    "ghanaian": (
        "Kwame Akosua Kofi Abena Yaw Efua Kwabena Adwoa",
        "Mensah Asante Boateng Owusu Appiah Acheampong Darko Osei",
    ),
    "kenyan": (
        "Wanjiru Otieno Njeri Kiprop Akinyi Kamau Wambui Cheruiyot",
        "Mwangi Odhiambo Kariuki Wafula Njoroge Omondi Kipchoge Chebet",
    ),
    "ethiopian": (
        "Abebe Tigist Dawit Meseret Yonas Selamawit Tesfaye Hirut",
        "Bekele Haile Tadesse Gebremedhin Alemu Desta Wolde Mengistu",
    ),
    "somali": (
        "Abdirahman Hodan Liban Ayaan Mahad Sahra Guled Faadumo",
        "Warsame Farah Jama Abdi Egal Dualeh Hirsi Mohamud",
    ),
    "south_african": (
        "Thabo Lerato Sipho Nomvula Bongani Zanele Mandla Palesa",
        "Dlamini Nkosi Khumalo Ndlovu Mokoena Mahlangu Zulu-Sithole Botha",
    ),
    "swedish": (
        "Linnea Oskar Elsa Viktor Ebba Gustav Saga Nils",
        "Lindgren Bergstrom Sandberg Holmqvist Engstrom Lundqvist Forsberg Nyberg",
    ),
    "norwegian_danish": (
        "Sigrid Magnus Ingrid Torben Mette Anders Kirsten Henrik",
        "Haugen Johansen Kristiansen Berntsen Mortensen Rasmussen Sorensen Pedersen",
    ),
    "finnish": (
        "Aino Eetu Venla Juho Kerttu Onni Pihla Lauri",
        "Virtanen Korhonen Nieminen Makinen Heikkinen Koskinen Laaksonen Jarvinen",
    ),
    "hungarian": (
        "Bence Reka Levente Zsofia Gergely Eszter Balazs Dorottya",
        "Nagy Horvath Szabo Kiss Molnar Farkas Balogh Varga",
    ),
    "romanian": (
        "Andrei Ioana Mihai Bianca Razvan Alina Cosmin Roxana",
        "Popescu Ionescu Dumitrescu Constantin Stoica Marinescu Georgescu Radulescu",
    ),
    "armenian_georgian": (
        "Aram Anahit Levan Nino Tigran Tamuna Giorgi Lusine",
        "Petrosyan Grigoryan Hakobyan Beridze Kapanadze Lomidze Sargsyan Gelashvili",
    ),
    "hawaiian_samoan": (
        "Keanu Leilani Kainoa Malia Sione Losa Ioane Moana",
        "Kahananui Kealoha Fonoti Tuilagi Leiataua Faleolo Mahoe Kamakana",
    ),
}

# Given names that are also everyday words: people in personal prompts, words in clean ones.
WORD_GIVEN: tuple[str, ...] = tuple(
    (
        "Hope Will Grace Rose Mark Bill Jack Joy Faith Amber Ruby June April May Summer Dawn "
        "Sky River Iris Holly Ivy Pat Sue Rich Frank Art Penny Sandy Rocky Crystal Pearl Jade "
        "Violet Daisy Lily Olive Basil Sage Hazel Autumn Chase Hunter Carol Drew Max Bob Sunny "
        "Heather Willow Rowan Dean Guy Ray Robin Bella Cliff Dot Gene Miles Reed Wade Brook Rusty"
    ).split()
)

GIVEN: tuple[str, ...] = tuple(
    dict.fromkeys(n.replace("_", " ") for g, _ in CULTURES.values() for n in g.split())
)
FAMILY: tuple[str, ...] = tuple(
    dict.fromkeys(n.replace("_", " ") for _, f in CULTURES.values() for n in f.split())
)

# Places: cities, regions, countries, street addresses of several countries.
CITIES: tuple[str, ...] = tuple(
    (
        "Manchester|Leeds|Bristol|Glasgow|Edinburgh|Cardiff|Belfast|Dublin|Galway|Limerick|"
        "Brighton|Sheffield|Nottingham|Leicester|Norwich|Aberdeen|Swansea|Exeter|Plymouth|"
        "Lisbon|Porto|Madrid|Valencia|Seville|Bilbao|Barcelona|Marseille|Lyon|Toulouse|Bordeaux-"
        "|Munich|Hamburg|Cologne|Leipzig|Dresden|Stuttgart|Rotterdam|Utrecht|Antwerp|Ghent|"
        "Krakow|Gdansk|Wroclaw|Poznan|Prague|Brno|Vienna|Graz|Budapest|Bucharest|Cluj-Napoca|"
        "Sofia City|Athens|Thessaloniki|Istanbul|Izmir|Ankara|Milan|Turin|Bologna|Naples|Palermo|"
        "Copenhagen|Aarhus|Oslo|Bergen|Stockholm|Gothenburg|Helsinki|Tampere|Tallinn|Riga|Vilnius|"
        "Kyiv|Lviv|Odesa|Tbilisi|Yerevan|Beirut|Amman|Cairo|Casablanca|Marrakesh|Tunis|Lagos|"
        "Abuja|Ibadan|Accra|Kumasi|Nairobi|Mombasa|Kampala|Kigali|Addis Ababa|Dar es Salaam|"
        "Johannesburg|Cape Town|Durban|Mumbai|Pune|Bengaluru|Chennai|Hyderabad|Kolkata|Jaipur|"
        "Lahore|Karachi|Dhaka|Chittagong|Colombo|Kathmandu|Bangkok|Chiang Mai|Hanoi|Da Nang|"
        "Ho Chi Minh City|Manila|Cebu|Jakarta|Surabaya|Yogyakarta|Kuala Lumpur|Penang|Singapore|"
        "Taipei|Kaohsiung|Seoul|Busan|Osaka|Kyoto|Sapporo|Fukuoka|Shanghai|Chengdu|Shenzhen|"
        "Hong Kong|Melbourne|Brisbane|Adelaide|Perth|Auckland|Christchurch|Toronto|Montreal|"
        "Vancouver|Calgary|Winnipeg|Halifax|Boston|Chicago|Denver|Seattle|Portland|Austin|Houston|"
        "Atlanta|Nashville|Pittsburgh|Minneapolis|Sacramento|San Diego|Tucson|Albuquerque|"
        "Baltimore|Philadelphia|Milwaukee|New Orleans|Guadalajara|Monterrey|Oaxaca|Bogota|Medellin|"
        "Lima|Quito|Santiago de Chile|Buenos Aires|Montevideo|Sao Paulo|Recife|Porto Alegre"
    )
    .replace("-\n", "")
    .replace("Bordeaux-|", "")
    .split("|")
)
REGIONS: tuple[str, ...] = tuple(
    (
        "Yorkshire|Cornwall|Devon|Kent|the Highlands|County Kerry|Bavaria|Saxony|Tuscany|"
        "Sicily|Andalusia|Catalonia|Brittany|Provence|Normandy|the Algarve|Crete|Anatolia|"
        "Ontario|Quebec|British Columbia|Alberta|Texas|Ohio|Oregon|Vermont|Arizona|Michigan|"
        "Queensland|Tasmania|Kerala|Punjab|Gujarat|Bali|Mindanao|Hokkaido|Jeju|Patagonia|"
        "Minas Gerais|Yucatan|Transylvania|Silesia|Lapland|Jutland|Flanders|Wallonia"
    ).split("|")
)
COUNTRIES: tuple[str, ...] = tuple(
    (
        "Portugal|Spain|France|Germany|Italy|Ireland|Scotland|Wales|Poland|Czechia|Austria|"
        "Hungary|Romania|Bulgaria|Greece|Croatia|Slovenia|Norway|Sweden|Finland|Denmark|Iceland|"
        "Estonia|Latvia|Lithuania|Ukraine|Armenia|Lebanon|Egypt|Morocco|Tunisia|Nigeria|Ghana|"
        "Kenya|Uganda|Rwanda|Ethiopia|Tanzania|South Africa|India|Pakistan|Bangladesh|Sri Lanka|"
        "Nepal|Thailand|Vietnam|the Philippines|Indonesia|Malaysia|Japan|South Korea|Taiwan|"
        "Australia|New Zealand|Canada|Mexico|Colombia|Peru|Ecuador|Argentina|Uruguay|Brazil|"
        "Chile|the Netherlands|Belgium|Switzerland|the US|the UK"
    ).split("|")
)

_STREETS_EN = (
    "Maple Avenue|Station Road|Orchard Close|Mill Lane|Victoria Terrace|Church Street|"
    "Elm Grove|Harbour View|Kingsway|Beech Crescent|Oakfield Drive|Brook Street|Canal Walk"
).split("|")
_STREETS_DE = "Lindenstrasse|Hauptstrasse|Gartenweg|Schillerplatz|Bahnhofstrasse|Am Hang".split("|")
_STREETS_FR = "rue des Lilas|avenue Jean Jaures|rue du Moulin|boulevard Voltaire|impasse".split("|")
_US_STATES = "OH TX OR WA IL CO GA TN MN PA AZ NM".split()
_US_CITIES = "Columbus|Austin|Portland|Seattle|Chicago|Denver|Atlanta|Nashville|Duluth".split("|")


def address(rng: random.Random) -> str:
    """A street address as one span, in one of several countries' ways."""
    kind = rng.randrange(6)
    n = rng.randint(1, 240)
    street = rng.choice(_STREETS_EN)
    if kind == 0:
        state, zipcode = rng.choice(_US_STATES), rng.randint(10000, 99899)
        return f"{n} {street}, {rng.choice(_US_CITIES)}, {state} {zipcode}"
    if kind == 1:
        area = rng.choice(["M", "LS", "BS", "G", "EH", "CF"])
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFHJ')}{rng.choice('LNPQRTU')}"
        town = rng.choice(["Leeds", "Bristol", "Glasgow", "Cardiff", "Manchester"])
        return f"{n} {street}, {town} {area}{rng.randint(1, 20)} {inward}"
    if kind == 2:
        town = rng.choice(["Leipzig", "Dresden", "Hamburg", "Munich"])
        return f"{rng.choice(_STREETS_DE)} {n}, {rng.randint(10115, 99998)} {town}"
    if kind == 3:
        town = rng.choice(["Lyon", "Toulouse", "Marseille"])
        return f"{n} {rng.choice(_STREETS_FR)}, {rng.randint(10, 95)}0{rng.randint(0, 9)}0 {town}"
    if kind == 4:
        return f"flat {rng.randint(1, 12)}, {n} {street}"
    return f"{n} {street}"


# Faker's person providers, Latin-script or romanised locales.
_FAKER_LOCALES = (
    "en_US en_GB en_IE en_IN en_NZ de_DE de_AT de_CH fr_FR fr_CA fr_CH es_ES es_MX es_AR es_CO "
    "it_IT pt_BR pt_PT nl_NL nl_BE pl_PL cs_CZ sk_SK hu_HU ro_RO fi_FI sv_SE no_NO da_DK et_EE "
    "lv_LV lt_LT hr_HR sl_SI tr_TR az_AZ uz_UZ id_ID yo_NG ha_NG ig_NG tw_GH zu_ZA ga_IE vi_VN"
).split()
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' -]*[A-Za-z\u00c0-\u024f]$")


def _names(provider: type, *attrs: str) -> list[str]:
    out: list[str] = []
    for attr in attrs:
        value = getattr(provider, attr, None)
        if isinstance(value, dict | tuple | list):
            out.extend(str(v) for v in value)
    return [
        n
        for n in dict.fromkeys(out)
        if _LATIN.match(n) and len(n.lower()) == len(n) == len(n.upper())
    ]


@cache
def faker_pools() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(given, family) name tuples per Faker locale that has both."""
    pools = []
    for loc in _FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except (ImportError, AttributeError):
            continue
        given = _names(provider, "first_names", "first_names_female", "first_names_male")
        family = _names(provider, "last_names", "last_names_male", "last_names_female")
        if len(given) >= 5 and len(family) >= 5:
            pools.append((tuple(given), tuple(family)))
    return tuple(pools)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def given_family(rng: random.Random) -> tuple[str, str]:
    """A (given, family) pair: half the time from the hand-written pools (one culture), half
    from one Faker locale."""
    if rng.random() < 0.5:
        g, f = rng.choice(list(CULTURES.values()))
        return rng.choice(g.split()).replace("_", " "), rng.choice(f.split()).replace("_", " ")
    given, family = rng.choice(faker_pools())
    return rng.choice(given), rng.choice(family)


def initials(given: str, family: str, rng: random.Random) -> str:
    """'J. R. Mendes', 'J.R. Mendes', 'jr mendes', 'J Mendes'."""
    a = given[0].upper()
    b = rng.choice("ABCDEFGHJKLMNPRSTW")
    return rng.choice(
        [
            f"{a}. {b}. {family}",
            f"{a}.{b}. {family}",
            f"{a}. {family}",
            f"{a} {family}",
            f"{(a + b).lower()} {family.lower()}",
        ]
    )


def surname_first(given: str, family: str, rng: random.Random) -> str:
    """'NGUYEN Thi Lan', 'Okafor, Chidi', 'okafor chidi'."""
    return rng.choice(
        [f"{family.upper()} {given}", f"{family}, {given}", f"{family.lower()} {given.lower()}"]
    )
