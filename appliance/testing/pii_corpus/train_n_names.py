"""Person names for train_n: hand-written pools of many cultures, and Faker's for volume.

Written from memory by train_n's author, who read only `__init__.py` and `validity.py` of
the corpus. `CULTURES` maps a culture to (given names, family names), romanized;
`EVERYDAY_GIVEN` are given names that are also everyday words ("Hope", "Will", "Rose"):
prompts use them as people only where the context says so, and clean prompts may use the
words. `faker_names()` adds Faker's names of many Latin-script locales (about half of the
people planted), drawn once per process with a fixed seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache


def _s(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split("|") if x.strip())


CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "polish": (
        _s("Tomasz|Agnieszka|Małgorzata|Krzysztof|Zofia|Wojciech|Katarzyna|Bartosz"),
        _s("Kowalczyk|Wiśniewska|Zieliński|Szymańska|Wójcik|Kamiński|Lewandowska|Dąbrowski"),
    ),
    "german": (
        _s("Jürgen|Annegret|Lukas|Friederike|Matthias|Heike|Sönke|Wiebke"),
        _s("Schneider|Hoffmann|Becker|Schulze|Wagner|Krüger|Vogel|Lehmann"),
    ),
    "french": (
        _s("Amélie|Théo|Margaux|Clément|Solène|Baptiste|Océane|Gaëtan"),
        _s("Lefèvre|Moreau|Girard|Fontaine|Rousseau|Chevalier|Gauthier|Dubois"),
    ),
    "italian": (
        _s("Giulia|Alessandro|Chiara|Lorenzo|Federica|Matteo|Beatrice|Gianluca"),
        _s("Esposito|Romano|Colombo|Ricci|Marchetti|Bruno|Gallo|Ferraro"),
    ),
    "spanish": (
        _s("Lucía|Javier|Carmen|Álvaro|Inés|Sergio|Nerea|Íñigo"),
        _s("García|Fernández|López|Martínez|Sánchez|Navarro|Domínguez|Iglesias"),
    ),
    "portuguese": (
        _s("João|Mariana|Tiago|Beatriz|Rui|Leonor|Duarte|Inês"),
        _s("Ferreira|Costa|Rodrigues|Oliveira|Pereira|Carvalho|Gonçalves|Sousa"),
    ),
    "brazilian": (
        _s("Thiago|Larissa|Rafael|Fernanda|Gustavo|Camila|Vinícius|Juliana"),
        _s("Nascimento|Barbosa|Araújo|Ribeiro|Cavalcanti|Moura|Teixeira|Monteiro"),
    ),
    "mexican": (
        _s("Guadalupe|Alejandro|Ximena|Emiliano|Valeria|Itzel|Mauricio|Citlali"),
        _s("Hernández|Ramírez|Cruz|Morales|Gutiérrez|Vázquez|Castañeda|Ortega"),
    ),
    "dutch": (
        _s("Sanne|Daan|Femke|Joost|Maartje|Sjoerd|Lieke|Bram"),
        _s("de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Mulder|de Jong"),
    ),
    "swedish": (
        _s("Astrid|Björn|Ingrid|Linnea|Henrik|Sigrid|Oskar|Maja"),
        _s("Lindqvist|Johansson|Andersson|Nilsson|Bergström|Lundgren|Sjöberg|Holmberg"),
    ),
    "norwegian_danish": (
        _s("Solveig|Torstein|Ingeborg|Håkon|Mette|Rasmus|Kirsten|Søren"),
        _s("Haugen|Bakken|Halvorsen|Nørgaard|Kristiansen|Mortensen|Østergaard|Strand"),
    ),
    "finnish": (
        _s("Aino|Juhani|Kaisa|Eetu|Tuulikki|Matti|Sanna|Ilkka"),
        _s("Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Laine|Heikkinen|Koskinen"),
    ),
    "irish": (
        _s("Siobhán|Cian|Aoife|Oisín|Niamh|Ciarán|Saoirse|Pádraig"),
        _s("O'Sullivan|Ó Briain|McCarthy|Gallagher|Kavanagh|Ní Dhomhnaill|Fitzgerald|Brennan"),
    ),
    "scottish_welsh": (
        _s("Eilidh|Hamish|Morag|Rhys|Angharad|Dylan|Catrin|Fraser"),
        _s("MacLeod|Campbell|Fergusson|Llewellyn|Pritchard|Thomas-Evans|McIntyre|Buchanan"),
    ),
    "english": (
        _s("Charlotte|Oliver|Harriet|Rupert|Imogen|Nigel|Gemma|Callum"),
        _s("Whitfield|Ashworth|Pemberton|Thornton|Hargreaves|Cartwright|Fairbanks|Holloway"),
    ),
    "american": (
        _s("Brittany|Tyler|Madison|Brandon|Kayla|Cody|Ashley|Dustin"),
        _s("Henderson|Jefferson|Whitaker|Caldwell|McAllister|Sullivan|Donovan|Prescott"),
    ),
    "czech_slovak": (
        _s("Jiří|Petra|Lukáš|Zuzana|Ondřej|Markéta|Radek|Lucie"),
        _s("Novák|Dvořáková|Černý|Procházka|Kučera|Horváthová|Veselý|Kolár"),
    ),
    "hungarian": (
        _s("Zsófia|Bence|Réka|Levente|Dorottya|Gergely|Eszter|Csaba"),
        _s("Nagy|Kovács|Szabó|Tóth|Varga|Fekete|Molnár|Farkas"),
    ),
    "romanian": (
        _s("Ioana|Andrei|Mihaela|Bogdan|Alexandra|Cătălin|Roxana|Ionuț"),
        _s("Popescu|Ionescu|Dumitrescu|Stan|Constantinescu|Munteanu|Ardeleanu|Rădulescu"),
    ),
    "greek": (
        _s("Eleni|Giorgos|Katerina|Dimitris|Sofia|Nikos|Despina|Thanasis"),
        _s(
            "Papadopoulos|Georgiou|Konstantinidou|Nikolaidis|Papageorgiou|Alexiou|Vlachos|Karagiannis"
        ),
    ),
    "turkish": (
        _s("Elif|Mehmet|Zeynep|Emre|Ayşe|Burak|Selin|Oğuz"),
        _s("Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan"),
    ),
    "russian_ukrainian": (
        _s("Dmitri|Yekaterina|Oleksandr|Nataliya|Sergei|Olena|Mykola|Svetlana"),
        _s("Ivanova|Kuznetsov|Shevchenko|Bondarenko|Smirnova|Kovalenko|Morozov|Tkachenko"),
    ),
    "balkan": (
        _s("Milica|Nikola|Jelena|Dragan|Ana-Marija|Luka|Vesna|Goran"),
        _s("Jovanović|Petrović|Horvat|Kovačević|Babić|Marković|Nikolić|Hodžić"),
    ),
    "baltic": (
        _s("Rūta|Mindaugas|Ieva|Kārlis|Liene|Tõnu|Kadri|Jānis"),
        _s("Kazlauskas|Petrauskienė|Bērziņš|Kalniņa|Tamm|Saar|Jankauskas|Ozoliņš"),
    ),
    "arabic": (
        _s("Youssef|Fatima|Omar|Layla|Khalid|Nour|Tariq|Yasmin"),
        _s("Al-Masri|Haddad|Khoury|El-Sayed|Al-Rashid|Nasser|Hamdan|Farouk"),
    ),
    "persian": (
        _s("Dariush|Shirin|Arash|Parisa|Kian|Nasrin|Babak|Mahsa"),
        _s("Tehrani|Hosseini|Moradi|Rahimi|Karimi|Jafari|Ahmadi|Sadeghi"),
    ),
    "hebrew": (
        _s("Noa|Itai|Tamar|Yonatan|Shira|Eitan|Michal|Avishai"),
        _s("Cohen|Levi|Mizrahi|Friedman|Peretz|Ben-David|Avraham|Shapira"),
    ),
    "indian_north": (
        _s("Priya|Arjun|Ananya|Rohit|Kavya|Vikram|Neha|Aditya"),
        _s("Sharma|Gupta|Malhotra|Verma|Kapoor|Chauhan|Agarwal|Bhatia"),
    ),
    "indian_south": (
        _s("Lakshmi|Karthik|Divya|Srinivasan|Meenakshi|Venkatesh|Anjali|Prakash"),
        _s("Iyer|Subramanian|Reddy|Nair|Pillai|Krishnamurthy|Raghavan|Menon"),
    ),
    "pakistani_bangladeshi": (
        _s("Ayesha|Bilal|Sana|Imran|Farzana|Rahim|Nusrat|Tanvir"),
        _s("Qureshi|Siddiqui|Chaudhry|Hussain|Rahman|Chowdhury|Ahmed|Sheikh"),
    ),
    "chinese": (
        _s("Weiming|Xiuying|Xiaoling|Jianguo|Meilin|Haoran|Yuting|Zhiwei"),
        _s("Wang|Zhang|Chen|Liu|Huang|Zhao|Zhou|Xu"),
    ),
    "japanese": (
        _s("Haruto|Yui|Sota|Aoi|Takeshi|Sakura|Kenji|Yuki"),
        _s("Tanaka|Suzuki|Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Ito"),
    ),
    "korean": (
        _s("Ji-woo|Min-jun|Seo-yeon|Do-hyun|Ha-eun|Joon-ho|Soo-ah|Hyun-woo"),
        _s("Kim|Choi|Jung|Kang|Cho|Yoon|Jang|Lim"),
    ),
    "vietnamese": (
        _s("Thi Lan|Minh Anh|Quang|Thu Trang|Duc|Ngoc Anh|Tuan|Phuong"),
        _s("Nguyen|Tran|Pham|Hoang|Vu|Dang|Bui|Huynh"),
    ),
    "thai": (
        _s("Somchai|Nattaya|Kittipong|Siriporn|Anan|Pimchanok|Wichai|Kanokwan"),
        _s("Srisuk|Chaiyaporn|Wongsawat|Rattanakul|Saetang|Thongchai|Boonmee|Phromma"),
    ),
    "filipino_indonesian": (
        _s("Maricel|Jericho|Rowena|Dindo|Siti|Agus|Dewi|Budi"),
        _s("Dela Cruz|Bautista|Villanueva|Mendoza|Santoso|Wijaya|Setiawan|Kusuma"),
    ),
    "nigerian": (
        _s("Chidi|Ngozi|Oluwaseun|Adaeze|Emeka|Folake|Tunde|Chiamaka"),
        _s("Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu|Adebayo|Olaniyan"),
    ),
    "east_african": (
        _s("Wanjiru|Kamau|Achieng|Otieno|Amani|Zawadi|Baraka|Nyokabi"),
        _s("Mwangi|Njoroge|Ochieng|Kipchoge|Wambui|Mutua|Kariuki|Odhiambo"),
    ),
    "ethiopian": (
        _s("Selam|Dawit|Hiwot|Tesfaye|Meron|Yonas|Bethlehem|Abebe"),
        _s("Tadesse|Bekele|Haile|Mekonnen|Gebremedhin|Alemu|Wolde|Tsegaye"),
    ),
    "southern_african": (
        _s("Thandiwe|Sipho|Lerato|Thabo|Nomvula|Kagiso|Palesa|Lwazi"),
        _s("Dlamini|Nkosi|Mokoena|Ndlovu|Khumalo|Mahlangu|Zulu|Sithole"),
    ),
    "west_african_francophone": (
        _s("Aminata|Moussa|Fatou|Ibrahima|Awa|Mamadou|Mariama|Ousmane"),
        _s("Diallo|Traoré|Ndiaye|Coulibaly|Sow|Diop|Keïta|Camara"),
    ),
    "andean_caribbean": (
        _s("Yolanda|Wilmer|Dayana|Yeison|Marisol|Jhon|Rosario|Fredy"),
        _s("Quispe|Mamani|Huamán|Condori|Rodríguez-Pérez|Vargas|Céspedes|Batista"),
    ),
    "hawaiian_polynesian": (
        _s("Kalani|Leilani|Keanu|Malia|Sione|Losana|Tevita|Mere"),
        _s("Kahananui|Kealoha|Tupou|Fifita|Taufa|Ngata|Tuilagi|Aumua"),
    ),
    "armenian_georgian": (
        _s("Anahit|Tigran|Lusine|Davit|Nino|Giorgi|Tamari|Levan"),
        _s("Petrosyan|Harutyunyan|Grigoryan|Beridze|Kapanadze|Gelashvili|Hakobyan|Lomidze"),
    ),
    "everyday_words": (
        _s(
            "Hope|Will|Grace|Rose|Amber|Ivy|Lily|Daisy|Ruby|Pearl|Jade|Dawn|Faith|Joy|June|"
            "April|May|Summer|Sky|River|Hunter|Mark|Bill|Frank|Jack|Penny|Holly|Robin|Max|"
            "Sandy|Autumn|Heather|Olive|Hazel|Basil|Sage|Iris|Violet|Willow|Rusty|Patience|"
            "Honor|Destiny|Crystal|Misty|Skip|Chip|Buddy|Sunny|Star"
        ),
        _s("Sterling|Goodman|Lovejoy|Merriweather|Sweetman|Truelove|Wakefield|Fairweather"),
    ),
}

EVERYDAY_GIVEN: frozenset[str] = frozenset(CULTURES["everyday_words"][0])
GIVEN: tuple[str, ...] = tuple(g for giv, _ in CULTURES.values() for g in giv)
FAMILY: tuple[str, ...] = tuple(f for _, fam in CULTURES.values() for f in fam)

# Surname-first cultures: the family name comes first in their own writing.
FAMILY_FIRST = frozenset({"chinese", "japanese", "korean", "vietnamese", "hungarian"})

FAKER_LOCALES = (
    "en_US|en_GB|de_DE|fr_FR|es_ES|es_MX|it_IT|pt_BR|pt_PT|nl_NL|pl_PL|cs_CZ|sv_SE|no_NO|"
    "da_DK|fi_FI|tr_TR|ro_RO|hu_HU|hr_HR|sk_SK|sl_SI|lt_LT|lv_LV|et_EE|id_ID|en_IN|en_NG|"
    "zu_ZA|ga_IE|es_AR|fr_CA|yo_NG|ig_NG"
).split("|")


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    culture: str
    hand_written: bool


@lru_cache(maxsize=1)
def faker_names() -> tuple[Person, ...]:
    """Faker's first and last names of many Latin-script locales, 40 per locale, drawn once
    with a fixed seed (the same pool whatever the prompts' seed)."""
    from faker import Faker

    out: list[Person] = []
    for loc in FAKER_LOCALES:
        fake = Faker(loc)
        fake.seed_instance(4242)
        for _ in range(40):
            given, family = fake.first_name().strip(), fake.last_name().strip()
            if given and family:
                out.append(Person(given, family, "faker:" + loc, False))
    return tuple(out)


def pick_person(rng: random.Random) -> Person:
    """A person: half from the hand-written pools (a random culture), half from Faker."""
    if rng.random() < 0.5:
        culture = rng.choice(tuple(c for c in CULTURES if c != "everyday_words"))
        given_pool, family_pool = CULTURES[culture]
        return Person(rng.choice(given_pool), rng.choice(family_pool), culture, True)
    return rng.choice(faker_names())


def pick_everyday(rng: random.Random) -> Person:
    """A person whose given name is an everyday word ("Hope", "Will")."""
    return Person(
        rng.choice(CULTURES["everyday_words"][0]),
        rng.choice(FAMILY),
        "everyday_words",
        True,
    )
