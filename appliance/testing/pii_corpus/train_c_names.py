"""Person names for train_c: hand-written pools of many cultures, and Faker's names for volume.

Written blind, from the author's own head (only `__init__.py` and `validity.py` of the corpus
were read). The hand-written pools hold given and family names of more than forty cultures;
family names that are everyday English words ("Park", "King") or two-letter words ("Do",
"Le") are left out so that clean prompts can use those words freely. `WORD_NAMES` are given
names that are everyday words ("Hope", "Will", "Rose"): they are planted only where the text
says they are people, and clean prompts use them as words and things.
Faker's person names (Latin-script or romanized locales) are drawn once, with a fixed seed,
into a pool at import, so that generation stays fast and deterministic.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# culture: (given names, family names, family name first?)
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "english": (
        ("Oliver", "Harriet", "Imogen", "Rupert", "Felicity", "Alistair", "Beatrice"),
        ("Ashworth", "Pemberton", "Thistlewood", "Featherstone", "Whitcombe", "Hargreaves"),
        False,
    ),
    "american": (
        ("Tyler", "Brittany", "Cody", "Madison", "Dakota", "Jaxon", "Kayla", "Brandon"),
        ("Kowalczyk", "Henderson", "McAllister", "Thibodeaux", "Vanderbilt", "Lindqvist"),
        False,
    ),
    "irish": (
        ("Siobhan", "Padraig", "Aoife", "Cathal", "Niamh", "Eoin", "Saoirse"),
        ("O'Sullivan", "McCarthy", "Fitzgerald", "Donnelly", "Ni Bhriain", "Keane"),
        False,
    ),
    "scottish": (
        ("Hamish", "Morag", "Iona", "Callum", "Eilidh", "Fraser"),
        ("MacLeod", "Buchanan", "Drummond", "Urquhart", "McTavish", "Galbraith"),
        False,
    ),
    "welsh": (
        ("Rhys", "Carys", "Gethin", "Angharad", "Dafydd", "Seren"),
        ("Llewellyn", "Pritchard", "Gwynedd-Jones", "Prosser", "Bowen-Hughes"),
        False,
    ),
    "french": (
        ("Amélie", "Thibault", "Clémence", "Gaspard", "Océane", "Benoît", "Solène"),
        ("Lefebvre", "Dubois", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier"),
        False,
    ),
    "german": (
        ("Jürgen", "Annika", "Lukas", "Friederike", "Matthias", "Henrike", "Torben"),
        ("Schmidt", "Müller", "Hoffmann", "Schröder", "Krüger", "Weißmann", "Zimmermann"),
        False,
    ),
    "dutch": (
        ("Sanne", "Joost", "Femke", "Maarten", "Lieke", "Bram", "Anouk"),
        ("de Vries", "van den Berg", "Bakker", "Visser", "Jansen", "Smits", "Hendriks"),
        False,
    ),
    "italian": (
        ("Giulia", "Lorenzo", "Chiara", "Alessandro", "Francesca", "Matteo", "Elisa"),
        ("Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marchetti"),
        False,
    ),
    "spanish": (
        ("Lucía", "Álvaro", "Carmen", "Iñigo", "Pilar", "Javier", "Nerea"),
        ("García", "Fernández", "Martínez", "López", "Sánchez", "Gómez", "Iglesias"),
        False,
    ),
    "portuguese": (
        ("João", "Inês", "Gonçalo", "Beatriz", "Tiago", "Leonor"),
        ("Ferreira", "Pereira", "Carvalho", "Rodrigues", "Mendes", "Magalhães"),
        False,
    ),
    "brazilian": (
        ("Thiago", "Larissa", "Rafaela", "Caio", "Juliana", "Wesley"),
        ("Nascimento", "Oliveira", "Souza", "Albuquerque", "Barbosa", "Cavalcanti"),
        False,
    ),
    "mexican": (
        ("Guadalupe", "Alejandro", "Ximena", "Jesús", "Fernanda", "Rodrigo"),
        ("Hernández", "Ramírez", "Gutiérrez", "Villarreal", "Castañeda", "Orozco"),
        False,
    ),
    "polish": (
        ("Tomasz", "Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Zofia", "Paweł"),
        ("Kowalski", "Wiśniewska", "Zieliński", "Wójcik", "Lewandowski", "Kamińska"),
        False,
    ),
    "czech": (
        ("Jiří", "Kateřina", "Ondřej", "Tereza", "Vojtěch", "Lucie"),
        ("Novák", "Dvořáková", "Procházka", "Černý", "Svobodová", "Kučera"),
        False,
    ),
    "hungarian": (
        ("Zsófia", "Bence", "Réka", "Levente", "Dóra", "Gergely"),
        ("Nagy", "Kovács", "Szabó", "Horváth", "Tóth", "Farkas"),
        True,
    ),
    "romanian": (
        ("Andrei", "Ioana", "Mihai", "Roxana", "Bogdan", "Alexandra"),
        ("Popescu", "Ionescu", "Dumitrescu", "Constantin", "Stoica", "Munteanu"),
        False,
    ),
    "greek": (
        ("Dimitris", "Eleni", "Giorgos", "Katerina", "Nikos", "Vasiliki"),
        ("Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaidou", "Karagiannis"),
        False,
    ),
    "turkish": (
        ("Emre", "Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Oğuz"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"),
        False,
    ),
    "russian": (
        ("Dmitri", "Anastasia", "Sergei", "Yekaterina", "Aleksei", "Svetlana"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Volkova", "Sokolov", "Lebedeva"),
        False,
    ),
    "ukrainian": (
        ("Oksana", "Taras", "Yulia", "Bohdan", "Iryna", "Mykola"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk"),
        False,
    ),
    "serbo_croatian": (
        ("Dragan", "Milica", "Nikola", "Jelena", "Goran", "Ivana"),
        ("Jovanović", "Petrović", "Horvat", "Kovačević", "Babić", "Marković"),
        False,
    ),
    "swedish": (
        ("Linnea", "Björn", "Ingrid", "Oskar", "Astrid", "Gustav"),
        ("Lindqvist", "Andersson", "Johansson", "Bergström", "Nyström", "Sjöberg"),
        False,
    ),
    "norwegian_danish": (
        ("Sigrid", "Magnus", "Solveig", "Anders", "Mette", "Rasmus"),
        ("Haugen", "Bakken", "Kristiansen", "Mortensen", "Rasmussen", "Thorsen"),
        False,
    ),
    "finnish": (
        ("Aino", "Juha", "Tuula", "Eero", "Kaisa", "Mikko"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laaksonen"),
        False,
    ),
    "icelandic": (
        ("Sigríður", "Gunnar", "Guðrún", "Einar", "Katrín"),
        ("Jónsdóttir", "Sigurðsson", "Magnúsdóttir", "Þórsson", "Gunnarsdóttir"),
        False,
    ),
    "baltic": (
        ("Rūta", "Mindaugas", "Liga", "Jānis", "Kadri", "Tõnis"),
        ("Kazlauskas", "Bērziņš", "Petrauskienė", "Tamm", "Saar", "Ozoliņa"),
        False,
    ),
    "arabic": (
        ("Youssef", "Fatima", "Omar", "Layla", "Khalid", "Nour", "Tariq"),
        ("Al-Sayed", "Haddad", "Mansour", "El-Amin", "Khoury", "Nasser", "Abdullah"),
        False,
    ),
    "persian": (
        ("Dariush", "Shirin", "Reza", "Parisa", "Kaveh", "Niloufar"),
        ("Hosseini", "Tehrani", "Rahimi", "Moradi", "Farahani", "Jafari"),
        False,
    ),
    "hebrew": (
        ("Yael", "Avi", "Noa", "Eitan", "Tamar", "Ilan"),
        ("Cohen", "Levi", "Mizrahi", "Friedman", "Peretz", "Ben-David"),
        False,
    ),
    "hindi": (
        ("Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Kavita"),
        ("Sharma", "Verma", "Gupta", "Agarwal", "Chaudhary", "Mehta", "Saxena"),
        False,
    ),
    "tamil_telugu": (
        ("Karthik", "Lakshmi", "Srinivasan", "Divya", "Venkatesh", "Meenakshi"),
        ("Subramanian", "Ramasamy", "Krishnan", "Iyer", "Reddy", "Naidu"),
        False,
    ),
    "bengali": (
        ("Arnab", "Tanushree", "Sourav", "Moumita", "Debashis", "Rituparna"),
        ("Chatterjee", "Banerjee", "Mukherjee", "Bhattacharya", "Ganguly", "Sengupta"),
        False,
    ),
    "pakistani": (
        ("Imran", "Ayesha", "Bilal", "Sana", "Usman", "Hina"),
        ("Qureshi", "Chaudhry", "Siddiqui", "Malik", "Butt", "Rana"),
        False,
    ),
    "chinese": (
        ("Wei", "Xiaoling", "Jianguo", "Mei", "Haoran", "Yuxin", "Zhiwei"),
        ("Li", "Wang", "Zhang", "Chen", "Liu", "Huang", "Zhou", "Xu"),
        True,
    ),
    "japanese": (
        ("Haruto", "Yui", "Kenji", "Sakura", "Takeshi", "Aiko", "Ryota"),
        ("Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi"),
        True,
    ),
    "korean": (
        ("Minjun", "Seoyeon", "Jihoon", "Hyejin", "Dongwook", "Soyeon"),
        ("Kim", "Choi", "Jung", "Kang", "Yoon", "Shin", "Kwon"),
        True,
    ),
    "vietnamese": (
        ("Thi Lan", "Van Minh", "Thu Trang", "Duc Anh", "Ngoc Mai", "Quang Huy"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Vu", "Bui"),
        True,
    ),
    "thai": (
        ("Somchai", "Ploy", "Anong", "Kittisak", "Nattaya", "Thanawat"),
        ("Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakorn", "Suwannarat"),
        False,
    ),
    "indonesian_malay": (
        ("Budi", "Siti", "Agus", "Dewi", "Hafiz", "Nurul"),
        ("Santoso", "Wijaya", "Kusuma", "Hidayat", "Rahman", "Setiawan"),
        False,
    ),
    "filipino": (
        ("Jomar", "Maricel", "Rodel", "Jhenny", "Arnel", "Kristine"),
        ("Dela Cruz", "Macaraeg", "Bautista", "Villanueva", "Manalo", "Pangilinan"),
        False,
    ),
    "yoruba": (
        ("Adebayo", "Folake", "Oluwaseun", "Temitope", "Babatunde", "Yetunde"),
        ("Adeyemi", "Ogunleye", "Balogun", "Oyelaran", "Adebanjo"),
        False,
    ),
    "igbo": (
        ("Chidi", "Ngozi", "Emeka", "Chiamaka", "Obinna", "Adaeze"),
        ("Okafor", "Nwosu", "Eze", "Okonkwo", "Obi", "Uchenna"),
        False,
    ),
    "swahili": (
        ("Baraka", "Amani", "Neema", "Juma", "Zawadi", "Wanjiru"),
        ("Mwangi", "Otieno", "Kamau", "Njoroge", "Achieng", "Mutua"),
        False,
    ),
    "akan": (
        ("Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Efua"),
        ("Mensah", "Asante", "Boateng", "Owusu", "Appiah", "Ofori"),
        False,
    ),
    "ethiopian": (
        ("Abebe", "Tigist", "Dawit", "Selam", "Yonas", "Hiwot"),
        ("Tesfaye", "Girma", "Bekele", "Haile", "Alemu", "Wolde"),
        False,
    ),
    "zulu_xhosa": (
        ("Sipho", "Thandiwe", "Themba", "Nomvula", "Lwazi", "Zanele"),
        ("Dlamini", "Ndlovu", "Khumalo", "Mthembu", "Zungu", "Mahlangu"),
        False,
    ),
    "somali": (
        ("Abdirahman", "Hodan", "Mohamed", "Faadumo", "Ayaan"),
        ("Warsame", "Farah", "Jama", "Hirsi", "Abdi"),
        False,
    ),
    "maori_pacific": (
        ("Aroha", "Tama", "Mere", "Wiremu", "Losa", "Sione"),
        ("Ngata", "Parata", "Tuilagi", "Fonoti", "Tapsell"),
        False,
    ),
    "armenian_georgian": (
        ("Anahit", "Tigran", "Nino", "Giorgi", "Lusine", "Levan"),
        ("Petrosyan", "Hakobyan", "Beridze", "Kapanadze", "Sargsyan", "Tsiklauri"),
        False,
    ),
    "kazakh_uzbek": (
        ("Aigerim", "Nurlan", "Dilnoza", "Timur", "Madina", "Rustam"),
        ("Nurpeisov", "Abenova", "Karimov", "Tashkentova", "Yusupov"),
        False,
    ),
}

# Given names that are everyday words: planted only in contexts that say they are people.
WORD_NAMES: tuple[str, ...] = (
    "Hope", "Will", "Grace", "Rose", "Faith", "Joy", "Dawn", "Summer", "Hunter", "Amber",
    "Jade", "Ruby", "Pearl", "Iris", "Holly", "Ivy", "Violet", "Sky", "River", "June",
    "April", "May", "Mark", "Bill", "Chase", "Grant", "Miles", "Frank", "Sunny", "Lily",
    "Pat", "Penny", "Robin", "Daisy", "Jasper", "Basil", "Clay", "Destiny", "Max", "Rusty",
)  # fmt: skip

# The word names' cultures, for their family names.
_WORD_NAME_FAMILIES = CULTURES["english"][1] + CULTURES["american"][1] + CULTURES["irish"][1]

GIVEN: tuple[str, ...] = (
    tuple(dict.fromkeys(g for given, _, _ in CULTURES.values() for g in given).keys()) + WORD_NAMES
)
FAMILY: tuple[str, ...] = tuple(
    dict.fromkeys(f for _, family, _ in CULTURES.values() for f in family).keys()
)

# Faker locales with Latin-script (or romanized) person names.
FAKER_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_NZ", "en_PK", "en_KE", "de_DE", "de_AT",
    "de_CH", "fr_FR", "fr_CA", "es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "it_IT", "pt_BR",
    "pt_PT", "nl_NL", "nl_BE", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO",
    "sv_SE", "no_NO", "da_DK", "fi_FI", "et_EE", "lv_LV", "lt_LT", "tr_TR", "id_ID", "vi_VN",
    "sw", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "tw_GH", "ga_IE", "is_IS", "az_AZ", "ja_JP",
    "zh_CN",
)  # fmt: skip
_FAMILY_FIRST_LOCALES = {"hu_HU", "vi_VN", "ja_JP", "zh_CN"}
_ROMANIZED = {"ja_JP", "zh_CN"}


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    family_first: bool  # the culture writes the family name first
    source: str  # a culture of the hand-written pools, or "faker:<locale>"


def _latin(s: str) -> bool:
    return (
        bool(s)
        and all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in s if ch.isalpha())
        and all(ch.isalpha() or ch in " '-." for ch in s)
    )


def _faker_pool(per_locale: int = 40) -> tuple[Person, ...]:
    try:
        from faker import Faker
    except ImportError:  # pragma: no cover - faker is a dev dependency
        return ()
    people: list[Person] = []
    for locale in FAKER_LOCALES:
        try:
            fake = Faker(locale)
        except AttributeError:  # pragma: no cover - a locale missing from this version
            continue
        fake.seed_instance(4417)
        for _ in range(per_locale):
            if locale in _ROMANIZED:
                given, family = fake.first_romanized_name(), fake.last_romanized_name()
            else:
                given, family = fake.first_name(), fake.last_name()
            if _latin(given) and _latin(family):
                people.append(
                    Person(given, family, locale in _FAMILY_FIRST_LOCALES, "faker:" + locale)
                )
    return tuple(dict.fromkeys(people))


FAKER_PEOPLE: tuple[Person, ...] = _faker_pool()


def hand_person(rng: random.Random) -> Person:
    if rng.random() < 0.08:
        return Person(rng.choice(WORD_NAMES), rng.choice(_WORD_NAME_FAMILIES), False, "english")
    culture = rng.choice(tuple(CULTURES))
    given, family, family_first = CULTURES[culture]
    return Person(rng.choice(given), rng.choice(family), family_first, culture)


def person(rng: random.Random) -> Person:
    """About half from the hand-written pools, half from Faker's."""
    if FAKER_PEOPLE and rng.random() < 0.5:
        return rng.choice(FAKER_PEOPLE)
    return hand_person(rng)


def word_person(rng: random.Random) -> Person:
    """A person whose given name is an everyday word ("Hope", "Will")."""
    return Person(rng.choice(WORD_NAMES), rng.choice(_WORD_NAME_FAMILIES), False, "english")


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ð", "d")
    s = s.replace("þ", "th").replace("Þ", "Th").replace("ı", "i").replace("ø", "o")
    s = s.replace("æ", "ae").replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _typo(rng: random.Random, s: str) -> str:
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 2)
    if not (s[i].isalpha() and s[i + 1].isalpha()):
        return s
    kind = rng.randrange(3)
    if kind == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if kind == 1:
        return s[:i] + s[i] + s[i:]
    return s[:i] + s[i + 1 :]


def render(rng: random.Random, p: Person, form: str) -> str:
    """The person's name in a form: full, first, last, sfirst (surname first), init (with
    initials), lower, upper, handle (an @-mention's handle), any (a random one)."""
    full = f"{p.family} {p.given}" if p.family_first else f"{p.given} {p.family}"
    if form == "any":
        form = rng.choices(
            ("full", "first", "init", "sfirst", "lower", "upper", "typo", "last"),
            (44, 16, 8, 9, 10, 4, 5, 4),
        )[0]
    if form == "full":
        return full
    if form == "first":
        return p.given
    if form == "last":
        return p.family
    if form == "sfirst":
        r = rng.random()
        if r < 0.4:
            return f"{p.family.upper()} {p.given}"
        if r < 0.8:
            return f"{p.family}, {p.given}"
        return f"{p.family} {p.given}"
    if form == "init":
        g = p.given[0]
        mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        r = rng.random()
        if r < 0.35:
            return f"{g}. {mid}. {p.family}"
        if r < 0.7:
            return f"{g}. {p.family}"
        if r < 0.85:
            return f"{g}.{mid}. {p.family}"
        return f"{g.lower()}{mid.lower()} {p.family.lower()}"
    if form == "lower":
        return (full if rng.random() < 0.6 else p.given).lower()
    if form == "upper":
        return full.upper()
    if form == "typo":
        return _typo(rng, full)
    if form == "handle":
        r = rng.random()
        if r < 0.5:
            return p.given.replace(" ", "")
        if r < 0.8:
            return ascii_fold(p.given).lower().replace(" ", "")
        return ascii_fold(f"{p.given}.{p.family}").lower().replace(" ", "").replace("'", "")
    raise ValueError(f"unknown person form {form!r}")
