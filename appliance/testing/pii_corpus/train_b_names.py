"""Person names for train_b, the generator of labelled training prompts (letter b).

Written blind: its author read only the corpus package's `__init__.py` and `validity.py`;
every hand-written pool below comes from the author's own head. For volume, about half of
the people are drawn from Faker's person names of many Latin-script (or romanized) locales,
which the brief allows; the rest come from the hand-written pools of 40+ cultures.

A `Person` renders itself in the styles people write names in: full name, given name
alone, surname first ("NGUYEN Thi Lan", "Okafor, Chidi"), with initials ("J. R. Mendes",
"jr mendes"), lower case, all caps. `WORD_GIVEN` are given names that are everyday words
("Hope", "Will", "Rose"): prompts use them as people where the context says so, and clean
prompts may use the same words as things.
"""

from __future__ import annotations

import functools
import random
import unicodedata
from dataclasses import dataclass


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


# culture -> (given names, family names, family name written first)
_CULTURES: dict[str, tuple[str, str, bool]] = {
    "polish": (
        "Tomasz, Agnieszka, Krzysztof, Małgorzata, Bartosz, Zofia, Wojciech, Kasia",
        "Kowalczyk, Wiśniewska, Zieliński, Szymańska, Dąbrowski, Pawlak, Grabowski, Wróbel",
        False,
    ),
    "czech": (
        "Jiří, Markéta, Ondřej, Lucie, Radek, Tereza, Vojtěch",
        "Dvořák, Procházková, Novotný, Kučera, Veselý, Horáková, Němec",
        False,
    ),
    "hungarian": (
        "Bence, Réka, Levente, Zsófia, Gergely, Dóra, Ákos",
        "Nagy, Kovács, Szabó, Tóth, Horváth, Varga, Balogh",
        True,
    ),
    "romanian": (
        "Andrei, Ioana, Mihai, Ramona, Florin, Bianca, Cătălin",
        "Popescu, Ionescu, Dumitrescu, Stanciu, Constantin, Munteanu, Ungureanu",
        False,
    ),
    "ukrainian": (
        "Oleksandr, Oksana, Taras, Iryna, Bohdan, Yulia, Dmytro",
        "Shevchenko, Bondarenko, Kovalenko, Tkachenko, Kravchuk, Melnyk, Oliynyk",
        False,
    ),
    "russian": (
        "Dmitri, Anastasia, Sergei, Yekaterina, Aleksei, Natalya, Pavel",
        "Ivanov, Smirnova, Kuznetsov, Sokolova, Lebedev, Morozova, Volkov",
        False,
    ),
    "greek": (
        "Giorgos, Eleni, Konstantinos, Dimitra, Nikos, Katerina, Yannis",
        "Papadopoulos, Georgiou, Nikolaidis, Christodoulou, Papageorgiou, Antoniou, Vlachos",
        False,
    ),
    "turkish": (
        "Emre, Elif, Burak, Zeynep, Mehmet, Ayşe, Oğuz",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın",
        False,
    ),
    "german": (
        "Jürgen, Annika, Matthias, Friederike, Lukas, Sabine, Torsten",
        "Schneider, Fischer, Weber, Hoffmann, Schäfer, Zimmermann, Krüger",
        False,
    ),
    "dutch": (
        "Joost, Femke, Sander, Marieke, Bram, Lotte, Wouter",
        "de Vries, van Dijk, Bakker, Visser, Smit, Mulder, van der Berg",
        False,
    ),
    "french": (
        "Mathilde, Étienne, Camille, Théo, Margaux, Benoît, Solène",
        "Lefebvre, Moreau, Girard, Rousseau, Fontaine, Chevalier, Lambert",
        False,
    ),
    "spanish": (
        "Alejandro, Lucía, Javier, Carmen, Iñaki, Pilar, Sergio",
        "García, Fernández, Martínez, Gómez, Ruiz, Navarro, Jiménez",
        False,
    ),
    "portuguese": (
        "João, Inês, Tiago, Beatriz, Rui, Leonor, Gonçalo",
        "Silva, Ferreira, Pereira, Carvalho, Mendes, Sousa, Rodrigues",
        False,
    ),
    "italian": (
        "Giulia, Matteo, Chiara, Lorenzo, Francesca, Alessandro, Federica",
        "Rossi, Esposito, Bianchi, Romano, Colombo, Ricci, Marino",
        False,
    ),
    "swedish": (
        "Linnea, Oskar, Ebba, Henrik, Maja, Anders, Sigrid",
        "Lindqvist, Johansson, Bergström, Nyström, Sjöberg, Lundgren, Holmberg",
        False,
    ),
    "norwegian": (
        "Eirik, Ingrid, Sindre, Solveig, Håkon, Ragnhild",
        "Haugen, Hansen, Johannessen, Solberg, Bakken, Strand",
        False,
    ),
    "finnish": (
        "Aino, Juha, Eveliina, Teemu, Saara, Mikko",
        "Virtanen, Korhonen, Mäkinen, Nieminen, Heikkinen, Laaksonen",
        False,
    ),
    "irish": (
        "Siobhán, Cian, Aoife, Oisín, Niamh, Pádraig",
        "O'Sullivan, Ní Bhriain, McCarthy, Ó Ceallaigh, Donnelly, Fitzgerald",
        False,
    ),
    "english": (
        "Charlotte, Oliver, Harriet, Alistair, Gemma, Rupert, Imogen",
        "Whitfield, Ashworth, Pemberton, Thornton, Hargreaves, Blackwood, Fairbairn",
        False,
    ),
    "scottish": (
        "Ailsa, Callum, Morag, Fraser, Isla, Euan",
        "MacLeod, Fergusson, Buchanan, McIntyre, Robertson, Sinclair",
        False,
    ),
    "welsh": (
        "Rhiannon, Gethin, Carys, Dafydd, Eleri, Rhodri",
        "Llewellyn, Pritchard, Bowen, Gruffydd, Vaughan, Prosser",
        False,
    ),
    "nigerian": (
        "Chidi, Ngozi, Oluwaseun, Adaeze, Emeka, Funmilayo, Tunde",
        "Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Adebayo",
        False,
    ),
    "ghanaian": (
        "Kwame, Akosua, Kofi, Abena, Yaw, Efua",
        "Mensah, Owusu, Asante, Boateng, Agyeman, Ofori",
        False,
    ),
    "kenyan": (
        "Wanjiru, Otieno, Achieng, Kamau, Njeri, Kiprono",
        "Mwangi, Ochieng, Kariuki, Wambui, Njoroge, Chebet",
        False,
    ),
    "ethiopian": (
        "Abebe, Tigist, Dawit, Selamawit, Yonas, Meron",
        "Tesfaye, Bekele, Haile, Girma, Alemu, Tadesse",
        False,
    ),
    "south_african": (
        "Thabo, Lerato, Sipho, Nomvula, Themba, Zanele",
        "Dlamini, Nkosi, Mokoena, Khumalo, Van Wyk, Botha",
        False,
    ),
    "arabic": (
        "Omar, Layla, Khalid, Fatima, Youssef, Noura, Tariq",
        "Al-Rashid, Haddad, Mansour, El-Amin, Khoury, Nasser, Saleh",
        False,
    ),
    "persian": (
        "Dariush, Shirin, Reza, Nasrin, Kian, Parisa",
        "Hosseini, Tehrani, Karimi, Moradi, Rahimi, Jafari",
        False,
    ),
    "hebrew": (
        "Noa, Yonatan, Tamar, Eitan, Shira, Avi",
        "Cohen, Ben-David, Mizrahi, Friedman, Peretz, Avraham",
        False,
    ),
    "indian_north": (
        "Priya, Arjun, Ananya, Rohan, Kavya, Vikram, Neha",
        "Sharma, Gupta, Verma, Malhotra, Kapoor, Chaudhary, Agarwal",
        False,
    ),
    "indian_south": (
        "Lakshmi, Karthik, Divya, Srinivas, Meenakshi, Venkatesh",
        "Iyer, Reddy, Nair, Subramanian, Pillai, Krishnan",
        False,
    ),
    "pakistani": (
        "Ayesha, Bilal, Hina, Usman, Sana, Faisal",
        "Qureshi, Siddiqui, Chaudhry, Malik, Butt, Abbasi",
        False,
    ),
    "bangladeshi": (
        "Rahim, Nusrat, Tanvir, Farzana, Sabbir, Mitu",
        "Hossain, Rahman, Chowdhury, Islam, Akter, Sarker",
        False,
    ),
    "chinese": (
        "Wei, Xiaoling, Jianguo, Mei, Haoran, Yuting, Zhiwei",
        "Wang, Zhang, Liu, Chen, Zhao, Huang, Zhou",
        True,
    ),
    "korean": (
        "Ji-woo, Min-jun, Seo-yeon, Hyun-woo, Eun-ji, Dong-hyun",
        "Kim, Choi, Jung, Kang, Yoon, Jang",
        True,
    ),
    "japanese": (
        "Haruto, Yui, Takeshi, Sakura, Kenji, Aoi",
        "Tanaka, Watanabe, Yamamoto, Nakamura, Kobayashi, Ishikawa",
        True,
    ),
    "vietnamese": (
        "Thi Lan, Minh Tuan, Thu Ha, Quang Huy, Ngoc Anh, Van Duc",
        "Nguyen, Tran, Pham, Hoang, Vu, Dang",
        True,
    ),
    "filipino": (
        "Maricel, Jerome, Rowena, Carlo, Jocelyn, Ramil",
        "Dela Cruz, Santos, Reyes, Bautista, Villanueva, Mendoza",
        False,
    ),
    "indonesian": (
        "Budi, Siti, Agus, Dewi, Rizky, Putri",
        "Santoso, Wijaya, Hidayat, Kusuma, Setiawan, Pratama",
        False,
    ),
    "thai": (
        "Somchai, Nattaya, Anan, Kanya, Prasert, Siriporn",
        "Srisuk, Chaiyaphum, Wongsakul, Thongchai, Rattanakorn, Suwannarat",
        False,
    ),
    "brazilian": (
        "Thiago, Fernanda, Rafael, Juliana, Leandro, Larissa",
        "Oliveira, Souza, Lima, Barbosa, Cavalcanti, Teixeira",
        False,
    ),
    "mexican": (
        "Guadalupe, Alejandra, Jesús, Ximena, Rodrigo, Itzel",
        "Hernández, López, Ramírez, Gutiérrez, Castañeda, Villaseñor",
        False,
    ),
    "argentinian": (
        "Facundo, Agustina, Matías, Florencia, Nahuel, Milagros",
        "Pereyra, Gauna, Benítez, Sosa, Acosta, Medina",
        False,
    ),
    "armenian": (
        "Aram, Anahit, Tigran, Lilit, Armen, Siranush",
        "Petrosyan, Hakobyan, Sargsyan, Grigoryan, Harutyunyan, Avetisyan",
        False,
    ),
    "georgian": (
        "Giorgi, Nino, Levan, Tamari, Davit, Ketevan",
        "Beridze, Kapanadze, Gelashvili, Maisuradze, Lomidze, Tsiklauri",
        False,
    ),
    "somali": (
        "Abdi, Hodan, Mohamed, Ifrah, Liban, Sahra",
        "Warsame, Farah, Abdullahi, Yusuf, Hirsi, Egal",
        False,
    ),
    "hawaiian_samoan": (
        "Keanu, Leilani, Sione, Malia, Tavita, Kalani",
        "Kahananui, Fuimaono, Tuilagi, Leota, Kealoha, Aumua",
        False,
    ),
}

CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    name: (_split(g), _split(f), first) for name, (g, f, first) in _CULTURES.items()
}
HAND_GIVEN: tuple[str, ...] = tuple(sorted({g for g, _, _ in CULTURES.values() for g in g}))
HAND_FAMILY: tuple[str, ...] = tuple(sorted({f for _, f, _ in CULTURES.values() for f in f}))

# Given names that are everyday English words: people in some prompts, things in others.
WORD_GIVEN: tuple[str, ...] = _split(
    "Hope, Will, Grace, Rose, Faith, Joy, Ruby, Amber, Jasper, Iris, Ivy, Hunter, Mark, Bill, "
    "Sandy, Dawn, Summer, Autumn, Holly, Daisy, Olive, Pearl, Crystal, Heather, Violet, Jade, "
    "Sky, Frank, Cliff, Rocky, Sage, Hazel, Honey, Penny, Ginger, Chase, Bob, Rusty, Patience, "
    "Melody, Destiny, Cherry"
)

# Faker locales with Latin-script (or romanized) person names, and whether the family name
# is written first in that language.
FAKER_LOCALES: dict[str, bool] = {
    "en_US": False, "en_GB": False, "en_IE": False, "en_IN": False, "en_NZ": False,
    "de_DE": False, "de_AT": False, "fr_FR": False, "fr_CA": False, "es_ES": False,
    "es_MX": False, "es_AR": False, "es_CO": False, "it_IT": False, "pt_BR": False,
    "pt_PT": False, "nl_NL": False, "nl_BE": False, "pl_PL": False, "cs_CZ": False,
    "sv_SE": False, "no_NO": False, "da_DK": False, "fi_FI": False, "tr_TR": False,
    "ro_RO": False, "hu_HU": True, "hr_HR": False, "sl_SI": False, "id_ID": False,
    "vi_VN": True, "lv_LV": False, "lt_LT": False, "et_EE": False, "zu_ZA": False,
    "yo_NG": False, "tw_GH": False, "uz_UZ": False,
}  # fmt: skip


@functools.cache
def faker_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Given and family names drawn once from Faker per locale, with a fixed seed."""
    from faker import Faker

    pools: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for locale in FAKER_LOCALES:
        fake = Faker(locale)
        fake.seed_instance(20240611)
        given = {fake.first_name().strip() for _ in range(120)}
        family = {fake.last_name().strip() for _ in range(120)}
        ok = [n for n in given if n.replace("-", "").replace(" ", "").isalpha()]
        okf = [n for n in family if n.replace("-", "").replace(" ", "").replace("'", "").isalpha()]
        pools[locale] = (tuple(sorted(ok)), tuple(sorted(okf)))
    return pools


def ascii_fold(text: str) -> str:
    """Letters without accents, for e-mail addresses and handles."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    text = text.replace("ß", "ss").replace("æ", "ae").replace("đ", "d").replace("Đ", "D")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if c.isascii() and (c.isalnum() or c in " -'"))


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    family_first: bool
    middle: str  # a middle initial's letter, or ""

    def natural(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def surname_first(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.45:
            return f"{self.family.upper()} {self.given}"
        if r < 0.85:
            return f"{self.family}, {self.given}"
        return f"{self.family} {self.given}"

    def initials(self, rng: random.Random) -> str:
        first = self.given[0]
        r = rng.random()
        if r < 0.35:
            return f"{first}. {self.family}"
        if r < 0.55 and self.middle:
            return f"{first}. {self.middle}. {self.family}"
        if r < 0.7 and self.middle:
            return f"{first}{self.middle} {self.family}".lower()
        if r < 0.85:
            return f"{self.given} {self.middle or 'A'}. {self.family}"
        return f"{self.family} {first}."

    def any_style(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.42:
            return self.natural()
        if r < 0.58:
            return self.given
        if r < 0.68:
            return self.surname_first(rng)
        if r < 0.80:
            return self.initials(rng)
        if r < 0.92:
            return self.natural().lower()
        return self.natural().upper()

    def handle(self) -> str:
        return ascii_fold(self.given).lower().replace(" ", "").replace("'", "")

    def email_local(self, rng: random.Random) -> str:
        g = ascii_fold(self.given).lower().replace(" ", "").replace("'", "")
        f = ascii_fold(self.family).lower().replace(" ", "").replace("'", "")
        r = rng.random()
        if r < 0.35:
            return f"{g}.{f}"
        if r < 0.55:
            return f"{g[0]}{f}"
        if r < 0.7:
            return f"{g}{rng.randint(1, 99)}"
        if r < 0.85:
            return f"{f}_{g}"
        return f"{g}.{f}{rng.randint(70, 99)}"


_LETTERS = "ABCDEFGHJKLMNPRSTVW"


def person(rng: random.Random, word_given: bool = False) -> Person:
    """A person: half from the hand-written pools, half from Faker's names."""
    middle = rng.choice(_LETTERS) if rng.random() < 0.5 else ""
    if rng.random() < 0.5:
        culture = rng.choice(tuple(CULTURES))
        given, family, first = CULTURES[culture]
        g, f = rng.choice(given), rng.choice(family)
    else:
        locale = rng.choice(tuple(FAKER_LOCALES))
        given, family = faker_pools()[locale]
        g, f, first = rng.choice(given), rng.choice(family), FAKER_LOCALES[locale]
    if word_given:
        g, first = rng.choice(WORD_GIVEN), False
    return Person(g, f, first, middle)
