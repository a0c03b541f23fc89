"""Person names for the train_i generator: hand-written given and family names of many
cultures (written from memory by train_i's author, who read no other part of the corpus and
no name list), the given names that are also everyday English words, and, for volume, the
person names of Faker's Latin-script locales (read from its provider tables, not generated).

A `Person` renders itself in the ways people write names: full, given alone, surname alone,
surname first ("NGUYEN Thi Lan", "Okafor, Chidi"), with initials ("J. R. Mendes",
"jr mendes") and in lower case."""

from __future__ import annotations

import importlib
import random
import re
import unicodedata
from dataclasses import dataclass

# culture: (given names, family names, family name first in everyday writing)
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "english": (
        ("Oliver", "Harriet", "Imogen", "Rupert", "Tamsin", "Giles", "Philippa", "Nigel"),
        ("Ashworth", "Pemberton", "Whitlock", "Fairbairn", "Thistlewood", "Cartwright"),
        False,
    ),
    "american": (
        ("Brayden", "Kaylee", "Tyler", "Madison", "Jaxon", "Brianna", "Cody", "Kelsey"),
        ("Kowalczyk", "McAllister", "Delacroix", "Vanderbilt", "Hutchins", "Pruitt"),
        False,
    ),
    "irish": (
        ("Siobhan", "Niamh", "Cillian", "Oisin", "Aoife", "Padraig", "Grainne", "Eoin"),
        ("Ni Bhriain", "O'Sullivan", "McGuinness", "Ó Súilleabháin", "Donnelly", "Keogh"),
        False,
    ),
    "scottish": (
        ("Ailsa", "Hamish", "Fiona", "Lachlan", "Morag", "Callum", "Isla", "Euan"),
        ("MacLeod", "Drummond", "Buchanan", "McTavish", "Urquhart", "Ferguson"),
        False,
    ),
    "welsh": (
        ("Rhiannon", "Dafydd", "Gethin", "Cerys", "Bronwen", "Emrys", "Angharad"),
        ("Pritchard", "Llewellyn", "Bevan", "Prosser", "ap Gwilym", "Vaughan"),
        False,
    ),
    "french": (
        ("Amélie", "Baptiste", "Margaux", "Thibault", "Solène", "Gaëtan", "Clémence"),
        ("Lefebvre", "Dubois", "Fontaine", "Rousseau", "Marchand", "Girardot"),
        False,
    ),
    "german": (
        ("Jürgen", "Annegret", "Torsten", "Wiebke", "Malte", "Friederike", "Detlef"),
        ("Schäfer", "Hoffmann", "Brandstätter", "Kühn", "Oberhauser", "Lindemann"),
        False,
    ),
    "dutch": (
        ("Sanne", "Joost", "Femke", "Maarten", "Anouk", "Sjoerd", "Lieke"),
        ("van der Berg", "de Vries", "Bakker-Smit", "Visser", "Hoekstra", "van Dijk"),
        False,
    ),
    "italian": (
        ("Giulia", "Lorenzo", "Chiara", "Matteo", "Federica", "Alessandro", "Ilaria"),
        ("Ferraresi", "Bianchi", "Esposito", "Moretti", "Santoro", "Lombardi"),
        False,
    ),
    "spanish": (
        ("Inés", "Álvaro", "Lucía", "Íñigo", "Nerea", "Gonzalo", "Begoña"),
        ("Alvarez", "Fernández", "Iglesias", "Ortega", "Villanueva", "Castaño"),
        False,
    ),
    "portuguese": (
        ("João", "Inês", "Tiago", "Leonor", "Gonçalo", "Mafalda", "Rui"),
        ("Mendes", "Carvalho", "Figueiredo", "Sousa", "Magalhães", "Teixeira"),
        False,
    ),
    "brazilian": (
        ("Thiago", "Larissa", "Caio", "Fernanda", "Rafaela", "Vinícius", "Juliana"),
        ("Nascimento", "Oliveira", "Cavalcanti", "Barbosa", "Rocha", "Pereira"),
        False,
    ),
    "mexican": (
        ("Guadalupe", "Alejandro", "Ximena", "Jesús", "Itzel", "Rodrigo", "Xochitl"),
        ("Hernández", "Ramírez", "Guzmán", "Cervantes", "Zavala", "Quintero"),
        False,
    ),
    "polish": (
        ("Tomasz", "Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Zofia", "Bartosz"),
        ("Kowalski", "Wiśniewska", "Zieliński", "Szymańska", "Wójcik", "Lewandowski"),
        False,
    ),
    "czech": (
        ("Jiří", "Lenka", "Ondřej", "Kateřina", "Radek", "Zuzana", "Vojtěch"),
        ("Dvořák", "Novotná", "Procházka", "Svobodová", "Kučera", "Veselý"),
        False,
    ),
    "hungarian": (
        ("Zsófia", "Bence", "Réka", "Levente", "Eszter", "Gergely", "Csilla"),
        ("Nagy", "Kovács", "Szabó", "Tóth", "Varga", "Horváth"),
        True,
    ),
    "romanian": (
        ("Ioana", "Mihai", "Andreea", "Bogdan", "Roxana", "Cătălin", "Oana"),
        ("Popescu", "Ionescu", "Dumitrescu", "Constantinescu", "Stoica", "Munteanu"),
        False,
    ),
    "greek": (
        ("Eleni", "Giorgos", "Konstantina", "Dimitris", "Vasiliki", "Nikos", "Despina"),
        ("Papadopoulos", "Karamanlis", "Georgiou", "Nikolaidou", "Vlachos", "Antoniou"),
        False,
    ),
    "turkish": (
        ("Emre", "Zeynep", "Burak", "Elif", "Mehmet", "Ayşe", "Cem"),
        ("Yılmaz", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın"),
        False,
    ),
    "russian": (
        ("Dmitri", "Svetlana", "Aleksei", "Tatiana", "Yevgeny", "Natalya", "Igor"),
        ("Volkov", "Smirnova", "Kuznetsov", "Morozova", "Sokolov", "Lebedeva"),
        False,
    ),
    "ukrainian": (
        ("Oksana", "Taras", "Olena", "Bohdan", "Iryna", "Mykola", "Yulia"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk"),
        False,
    ),
    "swedish": (
        ("Linnea", "Björn", "Elsa", "Gustav", "Ebba", "Anders", "Ingrid"),
        ("Lindqvist", "Andersson", "Bergström", "Nyström", "Sjöberg", "Lundgren"),
        False,
    ),
    "norwegian": (
        ("Sigrid", "Håkon", "Solveig", "Eirik", "Ingvild", "Torbjørn", "Ragnhild"),
        ("Haugen", "Bakken", "Solberg", "Johansen", "Haugland", "Kristiansen"),
        False,
    ),
    "finnish": (
        ("Aino", "Juha", "Kaisa", "Mikko", "Tuulikki", "Jukka", "Satu"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laaksonen"),
        False,
    ),
    "danish": (
        ("Mette", "Rasmus", "Freja", "Mads", "Signe", "Søren", "Trine"),
        ("Nørgaard", "Kjeldsen", "Mortensen", "Thomsen", "Kristensen", "Damgaard"),
        False,
    ),
    "icelandic": (
        ("Guðrún", "Sigurður", "Katrín", "Þórir", "Ragnheiður", "Gunnar"),
        ("Jónsdóttir", "Sigurðsson", "Gunnarsdóttir", "Magnússon", "Einarsson"),
        False,
    ),
    "levantine": (
        ("Rania", "Khalil", "Layla", "Samir", "Nour", "Tariq", "Yasmin"),
        ("Haddad", "Khoury", "Nasser", "Saleh", "Abboud", "Mansour"),
        False,
    ),
    "egyptian": (
        ("Mahmoud", "Aya", "Mostafa", "Habiba", "Karim", "Mariam", "Youssef"),
        ("Abdelrahman", "El-Sayed", "Fawzy", "Shehata", "Mahfouz", "Ragab"),
        False,
    ),
    "persian": (
        ("Arash", "Shirin", "Dariush", "Parisa", "Kourosh", "Nasrin", "Behnam"),
        ("Tehrani", "Moradi", "Rahimi", "Hosseini", "Karimi", "Jafari"),
        False,
    ),
    "israeli": (
        ("Noa", "Yonatan", "Tamar", "Eitan", "Shira", "Avi", "Yael"),
        ("Ben-David", "Mizrahi", "Peretz", "Friedman", "Avraham", "Katz"),
        False,
    ),
    "hindi": (
        ("Priya", "Arjun", "Ananya", "Rohit", "Kavya", "Vikram", "Sneha"),
        ("Sharma", "Verma", "Gupta", "Chaturvedi", "Malhotra", "Srivastava"),
        False,
    ),
    "tamil": (
        ("Karthik", "Lakshmi", "Senthil", "Meenakshi", "Murugan", "Divya", "Saravanan"),
        ("Subramanian", "Ramasamy", "Venkatesan", "Annamalai", "Palaniappan", "Natarajan"),
        False,
    ),
    "bengali": (
        ("Sourav", "Moumita", "Anirban", "Tanusree", "Debashish", "Rituparna"),
        ("Chatterjee", "Banerjee", "Mukherjee", "Bhattacharya", "Ganguly", "Sengupta"),
        False,
    ),
    "pakistani": (
        ("Bilal", "Ayesha", "Usman", "Hira", "Faisal", "Sana", "Hamza"),
        ("Qureshi", "Chaudhry", "Siddiqui", "Bhatti", "Malik", "Abbasi"),
        False,
    ),
    "mandarin": (
        ("Xiuying", "Zhiwei", "Meiling", "Haoran", "Yuxuan", "Jiahui", "Zihan"),
        ("Zhang", "Wang", "Liu", "Chen", "Zhou", "Huang"),
        True,
    ),
    "cantonese": (
        ("Ka-wing", "Siu-ming", "Wai-lun", "Mei-yee", "Chi-keung", "Hoi-yan"),
        ("Chan", "Wong", "Leung", "Cheung", "Lau", "Ng"),
        True,
    ),
    "japanese": (
        ("Haruto", "Yui", "Sota", "Aoi", "Ren", "Sakura", "Daiki", "Misaki"),
        ("Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura"),
        True,
    ),
    "korean": (
        ("Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Dong-hyun", "Su-bin", "Ye-jin"),
        ("Kim", "Lim", "Choi", "Jung", "Kang", "Yoon"),
        True,
    ),
    "vietnamese": (
        ("Thi Lan", "Van Minh", "Thu Trang", "Duc Anh", "Ngoc Mai", "Quang Huy"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Bui"),
        True,
    ),
    "thai": (
        ("Somchai", "Siriporn", "Anurak", "Kanokwan", "Thanawat", "Pimchanok"),
        ("Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakorn", "Kittisak", "Boonmee"),
        False,
    ),
    "filipino": (
        ("Maricel", "Jomar", "Rowena", "Arnel", "Analyn", "Ramil", "Jhoanna"),
        ("Dela Cruz", "Bautista", "Macapagal", "Villareal", "Manalo", "Pangilinan"),
        False,
    ),
    "indonesian": (
        ("Budi", "Siti", "Agus", "Wulan", "Dewi", "Rizky", "Putri"),
        ("Santoso", "Wijaya", "Hidayat", "Kusuma", "Setiawan", "Pratama"),
        False,
    ),
    "yoruba": (
        ("Adebayo", "Folake", "Oluwaseun", "Temitope", "Babatunde", "Yetunde"),
        ("Adeyemi", "Ogunleye", "Balogun", "Oyelaran", "Afolabi", "Adesanya"),
        False,
    ),
    "igbo": (
        ("Chidi", "Ngozi", "Emeka", "Adaeze", "Obinna", "Chiamaka", "Ikenna"),
        ("Okafor", "Nwosu", "Eze", "Okonkwo", "Obi", "Uchenna"),
        False,
    ),
    "akan": (
        ("Kwame", "Akosua", "Kofi", "Abena", "Kwaku", "Efua", "Kwabena"),
        ("Mensah", "Asante", "Owusu", "Boateng", "Agyeman", "Ofori"),
        False,
    ),
    "kenyan": (
        ("Wanjiru", "Kamau", "Achieng", "Otieno", "Njeri", "Kipchoge", "Wambui"),
        ("Mwangi", "Odhiambo", "Kariuki", "Wekesa", "Chebet", "Njoroge"),
        False,
    ),
    "ethiopian": (
        ("Abebe", "Tigist", "Dawit", "Meron", "Yohannes", "Selamawit", "Bereket"),
        ("Tesfaye", "Haile", "Girma", "Bekele", "Alemu", "Wolde"),
        False,
    ),
    "somali": (
        ("Abdirahman", "Hodan", "Farhan", "Ifrah", "Liban", "Sagal", "Mahad"),
        ("Warsame", "Farah", "Jama", "Egal", "Abdullahi", "Dahir"),
        False,
    ),
    "zulu": (
        ("Thandeka", "Sipho", "Nomvula", "Bongani", "Lindiwe", "Themba", "Zanele"),
        ("Dlamini", "Ndlovu", "Zulu", "Mthembu", "Khumalo", "Ngcobo"),
        False,
    ),
    "serbocroatian": (
        ("Dragana", "Nikola", "Jelena", "Dušan", "Milica", "Goran", "Ivana"),
        ("Petrović", "Jovanović", "Marković", "Horvat", "Babić", "Kovačević"),
        False,
    ),
    "georgian": (
        ("Nino", "Giorgi", "Tamar", "Levan", "Ketevan", "Davit", "Mariam"),
        ("Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri", "Maisuradze"),
        False,
    ),
    "armenian": (
        ("Anahit", "Armen", "Lusine", "Tigran", "Gayane", "Hovhannes", "Siranush"),
        ("Petrosyan", "Hakobyan", "Sargsyan", "Grigoryan", "Avetisyan", "Mkrtchyan"),
        False,
    ),
    "maori": (
        ("Aroha", "Tane", "Mereana", "Wiremu", "Ataahua", "Rawiri", "Kahurangi"),
        ("Ngata", "Tawhiri", "Parata", "Horomona", "Te Rangi", "Walker-Huia"),
        False,
    ),
    "samoan": (
        ("Sefo", "Malia", "Tavita", "Losana", "Iosefa", "Faleolo"),
        ("Tuilagi", "Leota", "Faumuina", "Sapolu", "Aumua", "Fuimaono"),
        False,
    ),
    "hawaiian": (
        ("Kalani", "Leilani", "Keoni", "Malia", "Kainoa", "Noelani"),
        ("Kahananui", "Kealoha", "Akana", "Kamakau", "Nakoa", "Kapule"),
        False,
    ),
}

# Given names that are also everyday English words: people in some prompts ("ask Hope if she
# can cover"), things or plain words in others (the Hope foundation, "will" as a verb).
EVERYDAY_GIVEN: tuple[str, ...] = (
    "Hope", "Will", "Grace", "Rose", "Faith", "Joy", "Bill", "Mark", "June", "April",
    "May", "Summer", "Dawn", "Ruby", "Amber", "Jade", "Crystal", "Sky", "Rich", "Art",
    "Frank", "Sunny", "Pearl", "Iris", "Ivy", "Violet", "Olive", "Hazel", "Daisy", "Lily",
    "Holly", "Robin", "Jack", "Chase", "Hunter", "Grant", "Bob", "Drew", "Pat", "Sue",
    "Max", "Miles", "Dean", "Penny", "Sage", "Angel", "Melody", "Harmony", "Autumn",
    "Rocky", "Cliff", "Rusty", "Gene", "Guy", "Lance", "Wade", "Sandy", "Jasper", "Nick",
    "Destiny", "Honey", "Heather", "Bud", "Earl", "Ken", "Link", "Buddy",
)  # fmt: skip

GIVEN_NAMES: tuple[str, ...] = tuple(
    sorted({g for given, _, _ in CULTURES.values() for g in given})
)
FAMILY_NAMES: tuple[str, ...] = tuple(
    sorted({f for _, family, _ in CULTURES.values() for f in family})
)

FAKER_LOCALES = (
    "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "tr_TR", "sv_SE", "fi_FI",
    "cs_CZ", "hu_HU", "ro_RO", "id_ID", "en_NG", "sw", "yo_NG", "zu_ZA", "en_IN", "ga_IE",
    "da_DK", "no_NO", "hr_HR", "sk_SK", "sl_SI", "lt_LT", "lv_LV", "et_EE", "es_MX",
    "pt_PT", "en_US", "en_GB", "fr_CA", "de_AT", "tw_GH", "pl_PL",
)  # fmt: skip

_PLAIN = re.compile(r"^[^\W\d_][^\W\d_'\-]*(?:[-'][^\W\d_]+)?$")


def _faker_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for locale in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        given = tuple(g for g in getattr(provider, "first_names", ()) if _PLAIN.match(g))
        family = tuple(f for f in getattr(provider, "last_names", ()) if _PLAIN.match(f))
        if len(given) >= 20 and len(family) >= 15:
            out[locale] = (given, family)
    return out


FAKER_NAMES = _faker_names()


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    family_first: bool
    middle: str  # an initial letter or ""

    def full(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        if self.middle:
            return f"{self.given} {self.middle}. {self.family}"
        return f"{self.given} {self.family}"

    def surname_first(self, rng: random.Random) -> str:
        style = rng.randrange(3)
        if style == 0:
            return f"{self.family.upper()} {self.given}"
        if style == 1:
            return f"{self.family}, {self.given}"
        return f"{self.family} {self.given}"

    def initials(self, rng: random.Random) -> str:
        first = self.given[0]
        mid = self.middle or rng.choice("ABCDEFGHJKLMNPRSTW")
        style = rng.randrange(5)
        if style == 0:
            return f"{first}. {mid}. {self.family}"
        if style == 1:
            return f"{first}.{mid}. {self.family}"
        if style == 2:
            return f"{first}. {self.family}"
        if style == 3:
            return f"{(first + mid).lower()} {self.family.lower()}"
        return f"{first}{mid} {self.family}"

    def ascii_parts(self) -> tuple[str, str]:
        def fold(s: str) -> str:
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
            return re.sub(r"[^a-z]", "", s.lower())

        return fold(self.given) or "user", fold(self.family) or "mail"


def person(rng: random.Random, everyday: bool = False) -> Person:
    """A person: half from the hand-written cultures, half from Faker's locales."""
    middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.12 else ""
    if everyday:
        culture = rng.choice(("english", "american", "irish", "scottish", "welsh"))
        return Person(rng.choice(EVERYDAY_GIVEN), rng.choice(CULTURES[culture][1]), False, "")
    if rng.random() < 0.5 or not FAKER_NAMES:
        given, family, family_first = CULTURES[rng.choice(sorted(CULTURES))]
        fam_first = family_first and rng.random() < 0.6
        return Person(rng.choice(given), rng.choice(family), fam_first, "" if fam_first else middle)
    given_f, family_f = FAKER_NAMES[rng.choice(sorted(FAKER_NAMES))]
    return Person(rng.choice(given_f), rng.choice(family_f), False, middle)
