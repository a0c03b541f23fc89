"""Person names for train_d: hand-written pools of many cultures plus Faker's person names.

Written blind (see `train_d`): every given and family name below was typed from memory by
the author of train_d; none was copied from another part of the corpus or from a name list.
For volume, half of the names come from Faker's person providers of many Latin-script (or
romanized) locales, read once at import time.

`WORD_GIVEN` holds given names that are also everyday English words ("Hope", "Will",
"Rose"); clean prompts may use those words as words, never as people.
"""

from __future__ import annotations

import importlib
import random
import unicodedata

# culture -> (given names, family names); typed by hand.
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "polish": (
        ("Tomasz", "Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Zofia", "Bartosz"),
        ("Kowalska", "Wiśniewski", "Zielińska", "Wróbel", "Kaczmarek", "Szymański", "Dąbrowska"),
    ),
    "czech": (
        ("Jiří", "Lenka", "Radek", "Markéta", "Ondřej", "Zdeňka"),
        ("Dvořák", "Novotná", "Procházka", "Svobodová", "Černý", "Kučerová"),
    ),
    "german": (
        ("Jürgen", "Ulrike", "Matthias", "Sabine", "Torsten", "Hannelore", "Dieter"),
        ("Schäfer", "Hoffmann", "Krüger", "Zimmermann", "Lehmann", "Bräuer", "Kettler"),
    ),
    "dutch": (
        ("Joost", "Marieke", "Sander", "Femke", "Pieter", "Annelies"),
        ("de Vries", "van der Berg", "Bakkenes", "Visser", "Jansen", "Smits"),
    ),
    "french": (
        ("Amélie", "Thibault", "Géraldine", "Benoît", "Solène", "Yannick", "Margaux"),
        ("Lefèvre", "Dubois", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier"),
    ),
    "italian": (
        ("Giulia", "Alessandro", "Chiara", "Lorenzo", "Federica", "Massimo", "Beatrice"),
        ("Esposito", "Bianchi", "Russo", "Colombo", "Ferrara", "Gallo", "Mancini"),
    ),
    "spanish": (
        ("Álvaro", "Lucía", "Iñigo", "Nerea", "Sergio", "Montserrat"),
        ("García", "Fernández", "Iglesias", "Navarro", "Etxeberria", "Ruiz"),
    ),
    "portuguese": (
        ("João", "Inês", "Gonçalo", "Leonor", "Tiago", "Mariana"),
        ("Gonçalves", "Ferreira", "Carvalho", "Pereira", "Sousa", "Mendes"),
    ),
    "brazilian": (
        ("Thiago", "Luana", "Caio", "Thaís", "Rafaela", "Vinícius"),
        ("Oliveira", "Nascimento", "Barbosa", "Rocha", "Cavalcanti", "Moura"),
    ),
    "mexican": (
        ("Guadalupe", "Jesús", "Ximena", "Rodrigo", "Itzel", "Alejandro"),
        ("Hernández", "López", "Ramírez", "Castañeda", "Villarreal", "Tapia"),
    ),
    "irish": (
        ("Siobhán", "Ciarán", "Aoife", "Padraig", "Niamh", "Eoin"),
        ("O'Sullivan", "Ní Bhriain", "McCarthy", "Donnelly", "Fitzgerald", "Kavanagh"),
    ),
    "scottish": (
        ("Hamish", "Morag", "Fraser", "Isla", "Callum", "Kirsty"),
        ("MacLeod", "Campbell", "Sutherland", "McIntyre", "Buchanan", "Drummond"),
    ),
    "english": (
        ("Nigel", "Imogen", "Alistair", "Harriet", "Rupert", "Philippa", "Gareth"),
        ("Pemberton", "Thwaite", "Ashworth", "Whitfield", "Hargreaves", "Blackwood"),
    ),
    "welsh": (
        ("Rhys", "Cerys", "Dafydd", "Angharad", "Gethin", "Sioned"),
        ("Llewellyn", "Pritchard", "Vaughan", "Gwynne", "Prosser", "Bevan"),
    ),
    "swedish": (
        ("Björn", "Astrid", "Lars", "Ingrid", "Magnus", "Linnea"),
        ("Lindqvist", "Johansson", "Bergström", "Nyström", "Sjöberg", "Åkesson"),
    ),
    "norwegian": (
        ("Sigrid", "Håkon", "Solveig", "Eirik", "Ragnhild", "Torbjørn"),
        ("Haugen", "Bakke", "Solberg", "Fjeld", "Østby", "Rønning"),
    ),
    "finnish": (
        ("Aino", "Jukka", "Riikka", "Tapio", "Sanna", "Eero"),
        ("Virtanen", "Mäkinen", "Korhonen", "Heikkilä", "Järvinen", "Lehtonen"),
    ),
    "hungarian": (
        ("Zsófia", "László", "Eszter", "Gergely", "Réka", "Ferenc"),
        ("Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga"),
    ),
    "romanian": (
        ("Ioana", "Mihai", "Andreea", "Bogdan", "Raluca", "Cristian"),
        ("Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Munteanu", "Constantin"),
    ),
    "greek": (
        ("Dimitris", "Eleni", "Giorgos", "Katerina", "Stavros", "Vasiliki"),
        ("Papadopoulos", "Nikolaidou", "Karagiannis", "Georgiou", "Antonopoulou", "Vlachos"),
    ),
    "turkish": (
        ("Emre", "Elif", "Mehmet", "Zeynep", "Burak", "Ayşe"),
        ("Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"),
    ),
    "russian": (
        ("Dmitri", "Svetlana", "Aleksei", "Yekaterina", "Nikolai", "Oksana"),
        ("Ivanova", "Smirnov", "Kuznetsova", "Volkov", "Sokolova", "Lebedev"),
    ),
    "ukrainian": (
        ("Taras", "Olena", "Bohdan", "Iryna", "Mykola", "Halyna"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchenko"),
    ),
    "serbian_croatian": (
        ("Dragana", "Nikola", "Jelena", "Miloš", "Ivana", "Zoran"),
        ("Petrović", "Jovanović", "Horvat", "Babić", "Marković", "Kovačević"),
    ),
    "lithuanian_latvian": (
        ("Rasa", "Mindaugas", "Ieva", "Jānis", "Laima", "Kęstutis"),
        ("Kazlauskas", "Petrauskienė", "Bērziņš", "Ozoliņa", "Jankauskas", "Kalniņš"),
    ),
    "arabic": (
        ("Youssef", "Fatima", "Khalid", "Amira", "Omar", "Layla", "Tariq"),
        ("Al-Masri", "Haddad", "Khoury", "Nasser", "El-Amin", "Mansour", "Saleh"),
    ),
    "persian": (
        ("Dariush", "Shirin", "Kaveh", "Parisa", "Babak", "Niloufar"),
        ("Hosseini", "Tehrani", "Karimi", "Rahimi", "Moradi", "Farahani"),
    ),
    "hebrew": (
        ("Yael", "Avi", "Noa", "Eitan", "Tamar", "Yonatan"),
        ("Cohen", "Levi", "Mizrahi", "Friedman", "Ben-David", "Peretz"),
    ),
    "hindi": (
        ("Priya", "Rahul", "Ananya", "Vikram", "Sunita", "Arjun", "Deepika"),
        ("Sharma", "Verma", "Gupta", "Agarwal", "Chaturvedi", "Mehta", "Iyer"),
    ),
    "tamil": (
        ("Karthik", "Lakshmi", "Senthil", "Meenakshi", "Murugan", "Kavitha"),
        ("Subramaniam", "Ramasamy", "Krishnan", "Natarajan", "Pillai", "Venkatesan"),
    ),
    "bengali": (
        ("Sourav", "Rumana", "Tanvir", "Nusrat", "Arnab", "Shampa"),
        ("Chowdhury", "Banerjee", "Mukherjee", "Rahman", "Hossain", "Chatterjee"),
    ),
    "pakistani": (
        ("Imran", "Ayesha", "Bilal", "Sana", "Faisal", "Hina"),
        ("Qureshi", "Siddiqui", "Malik", "Butt", "Chaudhry", "Abbasi"),
    ),
    "chinese": (
        ("Wei", "Xiaoling", "Jianguo", "Meiling", "Haoran", "Yuqing", "Zhiwei"),
        ("Zhang", "Wang", "Liu", "Chen", "Huang", "Zhou", "Xu"),
    ),
    "cantonese": (
        ("Ka-Wai", "Siu-Ming", "Wing-Sze", "Mei-Yee", "Chun-Kit", "Pui-Ling"),
        ("Cheung", "Wong", "Leung", "Chan", "Tse", "Yeung"),
    ),
    "japanese": (
        ("Haruto", "Yui", "Takeshi", "Sakura", "Kenji", "Aiko", "Ryota"),
        ("Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi"),
    ),
    "korean": (
        ("Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Dong-hyun", "Soo-jin"),
        ("Kim", "Park", "Choi", "Jung", "Kang", "Yoon"),
    ),
    "vietnamese": (
        ("Thi Lan", "Van Minh", "Thu Trang", "Quang Huy", "Ngoc Anh", "Duc Thang"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"),
    ),
    "thai": (
        ("Somchai", "Suda", "Niran", "Kanya", "Preecha", "Malai"),
        ("Srisawat", "Chaiyaporn", "Wongsakul", "Boonmee", "Rattanakorn", "Kittikun"),
    ),
    "filipino": (
        ("Maricel", "Jomar", "Rowena", "Arnel", "Lorna", "Rodel"),
        ("Dela Cruz", "Santos", "Bautista", "Macaraeg", "Villanueva", "Ocampo"),
    ),
    "indonesian_malay": (
        ("Budi", "Siti", "Agus", "Dewi", "Hafiz", "Nurul"),
        ("Santoso", "Wijaya", "Hidayat", "Setiawan", "Abdullah", "Kusuma"),
    ),
    "yoruba": (
        ("Adebayo", "Folake", "Olumide", "Yetunde", "Babatunde", "Funmilayo"),
        ("Adeyemi", "Okonjo", "Ogunleye", "Balogun", "Adewale", "Fashola"),
    ),
    "igbo": (
        ("Chidi", "Ngozi", "Emeka", "Chiamaka", "Obinna", "Adaeze"),
        ("Okafor", "Nwosu", "Eze", "Okeke", "Chukwu", "Obi"),
    ),
    "akan": (
        ("Kwame", "Akosua", "Kofi", "Abena", "Yaw", "Efua"),
        ("Mensah", "Boateng", "Asante", "Owusu", "Appiah", "Darko"),
    ),
    "east_african": (
        ("Wanjiru", "Otieno", "Achieng", "Baraka", "Nyambura", "Kipchoge"),
        ("Mwangi", "Kamau", "Odhiambo", "Njoroge", "Wekesa", "Mutua"),
    ),
    "ethiopian_somali": (
        ("Abebe", "Tigist", "Dawit", "Hodan", "Mahad", "Selam"),
        ("Tesfaye", "Haile", "Bekele", "Warsame", "Abdi", "Gebremedhin"),
    ),
    "southern_african": (
        ("Thabo", "Nomvula", "Sipho", "Lindiwe", "Themba", "Zanele"),
        ("Nkosi", "Dlamini", "Mokoena", "Ndlovu", "Khumalo", "Mahlangu"),
    ),
    "armenian_georgian": (
        ("Aram", "Lusine", "Giorgi", "Nino", "Tigran", "Ketevan"),
        ("Hakobyan", "Petrosyan", "Beridze", "Kapanadze", "Grigoryan", "Lomidze"),
    ),
    "hawaiian_pacific": (
        ("Keoni", "Leilani", "Sione", "Mele", "Tevita", "Losana"),
        ("Kahananui", "Fonoti", "Tupou", "Vaifale", "Kealoha", "Taufa"),
    ),
    "maori": (
        ("Wiremu", "Aroha", "Tane", "Moana", "Rawiri", "Hinewai"),
        ("Ngata", "Parata", "Tuhiwai", "Walker-Rangi", "Te Rangi", "Horomona"),
    ),
    "latin_american_andean": (
        ("Quispe Rosa", "Wilmer", "Yesenia", "Edwin", "Marisol", "Nilda"),
        ("Mamani", "Huamán", "Condori", "Choque", "Ccama", "Apaza"),
    ),
}

# Given names that are everyday English words; clean prompts use these words as things.
WORD_GIVEN: tuple[str, ...] = (
    "Hope", "Will", "Grace", "Rose", "Faith", "Joy", "May", "June", "Amber", "Jasper",
    "Ruby", "Olive", "Daisy", "Iris", "Violet", "Hazel", "Pearl", "Jade", "Summer", "Dawn",
    "Honey", "Sky", "River", "Holly", "Ivy", "Sunny", "Mark", "Bill", "Pat", "Frank",
    "Rob", "Art", "Grant", "Chase", "Hunter", "Destiny", "Patience", "Robin", "Brook",
    "Autumn", "Crystal", "Misty",
)  # fmt: skip

HAND_GIVEN: tuple[str, ...] = tuple(n for g, _ in CULTURES.values() for n in g)
HAND_FAMILY: tuple[str, ...] = tuple(n for _, f in CULTURES.values() for n in f)

# Faker person providers of Latin-script or romanized locales.
FAKER_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_PK", "de_DE", "de_AT", "de_CH", "fr_FR",
    "fr_CA", "it_IT", "es_ES", "es_MX", "es_CO", "es_AR", "pt_BR", "pt_PT", "nl_NL", "pl_PL",
    "cs_CZ", "sk_SK", "sv_SE", "no_NO", "da_DK", "fi_FI", "hu_HU", "ro_RO", "hr_HR", "sl_SI",
    "lt_LT", "lv_LV", "et_EE", "tr_TR", "id_ID", "vi_VN", "yo_NG", "sw", "zu_ZA", "tw_GH",
    "az_AZ", "uz_UZ", "ga_IE",
)  # fmt: skip


def _latin(name: str) -> bool:
    if not 2 <= len(name) <= 24 or not name[0].isupper():
        return False
    for ch in name:
        if ch in " -'":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _faker_pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
    given: dict[str, None] = {}
    family: dict[str, None] = {}
    for loc in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        for attr, out in (
            ("first_names", given),
            ("first_names_male", given),
            ("first_names_female", given),
            ("last_names", family),
            ("last_names_male", family),
            ("last_names_female", family),
        ):
            for name in getattr(provider, attr, ()) or ():
                name = " ".join(name.split()) if isinstance(name, str) else ""
                if _latin(name):
                    out[name] = None
    return tuple(given), tuple(family)


FAKER_GIVEN, FAKER_FAMILY = _faker_pools()

TITLE_LIKE = frozenset({"mr", "ms", "dr", "mx", "st", "jr", "sr"})
TITLES = ("Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Ms", "Mr", "Prof.", "Nurse", "Sister", "Judge")


def hand_culture(rng: random.Random) -> tuple[str, str]:
    given, family = CULTURES[rng.choice(tuple(CULTURES))]
    return rng.choice(given), rng.choice(family)


def person(rng: random.Random) -> tuple[str, str]:
    """A (given, family) pair: half from the hand-written pools, half from Faker's."""
    if rng.random() < 0.5:
        g, f = hand_culture(rng)
        if rng.random() < 0.08:
            g = rng.choice(WORD_GIVEN)
        return g, f
    return rng.choice(FAKER_GIVEN), rng.choice(FAKER_FAMILY)


def full_forms(rng: random.Random, given: str, family: str) -> str:
    """One written form of a full name: natural, surname first, initials, middle initial."""
    r = rng.random()
    if r < 0.55:
        return f"{given} {family}"
    if r < 0.65:
        return f"{family.upper()} {given}"
    if r < 0.73:
        return f"{family}, {given}"
    if r < 0.82:
        return f"{given[0]}. {family}"
    if r < 0.88:
        mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        return f"{given[0]}. {mid}. {family}"
    if r < 0.94:
        mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        return f"{given} {mid}. {family}"
    first = given[0].lower() + rng.choice("abcdefghjkmnprst")
    if first in TITLE_LIKE:
        first = first[0]
    return f"{first} {family.lower()}"
