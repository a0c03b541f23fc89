"""Person names for the train_o generator: hand-written pools of many cultures, given names
that are everyday words, Faker's names of Latin-script locales, and the ways a record
writes a name ("LAST, First", "First LAST", initials, surname first, lower case ...).

Written blind: its author read only the corpus's `__init__.py` and `validity.py`; every
name here was typed from memory, none copied from another part of the corpus.
"""

from __future__ import annotations

import importlib
import random
import re
import unicodedata
from dataclasses import dataclass

# culture -> (given names, family names, natural order: "gf" given first, "fg" family first)
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "english": (
        ("Oliver", "Charlotte", "Harry", "Amelia", "Eleanor", "Thomas", "Lucy", "Edward"),
        (
            "Whitfield",
            "Ashworth",
            "Pemberton",
            "Thornton",
            "Hargreaves",
            "Barlow",
            "Cartwright",
            "Fairclough",
            "Haddon",
        ),
        "gf",
    ),
    "american": (
        ("Tyler", "Brittany", "Jaxon", "Madison", "Cody", "Kayla", "Dwayne", "Shelby"),
        (
            "Henderson",
            "Whitaker",
            "Jenkins",
            "Crawford",
            "Holloway",
            "Rutherford",
            "Caldwell",
            "Pruitt",
            "Fitzgerald",
        ),
        "gf",
    ),
    "scottish": (
        ("Alasdair", "Morag", "Hamish", "Eilidh", "Callum", "Kirsty", "Ruaridh", "Fiona"),
        (
            "McAllister",
            "MacLeod",
            "Drummond",
            "Buchanan",
            "McGregor",
            "Munro",
            "MacKenzie",
            "McIntyre",
        ),
        "gf",
    ),
    "irish": (
        ("Siobhán", "Ciarán", "Aoife", "Pádraig", "Niamh", "Oisín", "Saoirse", "Declan"),
        (
            "O'Brien",
            "O'Sullivan",
            "Mac Carthaigh",
            "Ó Súilleabháin",
            "Fitzpatrick",
            "Kavanagh",
            "Doherty",
            "O'Donoghue",
        ),
        "gf",
    ),
    "welsh": (
        ("Dafydd", "Rhiannon", "Gethin", "Angharad", "Iolo", "Bethan", "Emrys", "Carys"),
        ("ap Rhys", "ap Gwilym", "Llewellyn", "Pritchard", "Vaughan", "Prosser", "Gruffydd"),
        "gf",
    ),
    "german": (
        ("Jürgen", "Annegret", "Lukas", "Friederike", "Matthias", "Sönke", "Wiebke", "Torsten"),
        (
            "Schäfer",
            "Hoffmann",
            "Müller-Lüdenscheidt",
            "Krüger",
            "Wagenknecht",
            "Pfeiffer",
            "Zimmermann",
            "von Bülow",
            "Brandauer",
        ),
        "gf",
    ),
    "dutch": (
        ("Pieter", "Femke", "Joris", "Sanne", "Maarten", "Anouk", "Thijs", "Marieke"),
        (
            "van der Berg",
            "de Vries",
            "van den Heuvel",
            "Bakker",
            "Visser",
            "Jansen",
            "van Dijk",
            "Mulder",
        ),
        "gf",
    ),
    "flemish": (
        ("Wouter", "Lieselot", "Bram", "Elke", "Jens", "Griet"),
        ("Vermeulen", "Claes", "De Smet", "Peeters", "Vandenbroucke", "Goossens"),
        "gf",
    ),
    "french": (
        ("Amélie", "Benoît", "Élodie", "Grégoire", "Capucine", "Thibault", "Solène", "Aurélien"),
        (
            "Lefebvre",
            "Moreau",
            "Dubois-Marchand",
            "Girard",
            "Rousseau",
            "Delacroix",
            "Lemaire",
            "Chevallier",
        ),
        "gf",
    ),
    "spanish": (
        ("Alejandro", "Lucía", "Íñigo", "Macarena", "Álvaro", "Rocío", "Javier", "Pilar"),
        (
            "García Moreno",
            "Fernández",
            "de la Cruz",
            "Iglesias",
            "Ruiz de Alda",
            "Sánchez",
            "Navarro",
            "Jiménez",
        ),
        "gf",
    ),
    "catalan": (
        ("Jordi", "Montserrat", "Núria", "Oriol", "Mireia", "Arnau"),
        ("Casals", "Ferrer", "Soler", "Puig", "Riera", "Vidal"),
        "gf",
    ),
    "portuguese": (
        ("João", "Inês", "Tiago", "Beatriz", "Rui", "Filipa", "Duarte", "Leonor"),
        (
            "Carvalho",
            "Magalhães",
            "da Silva",
            "Gonçalves",
            "Pereira",
            "Figueiredo",
            "dos Santos",
            "Teixeira",
        ),
        "gf",
    ),
    "brazilian": (
        ("Thiago", "Juliana", "Fernanda", "Caio", "Larissa", "Gustavo", "Bruna", "Rafael"),
        (
            "Oliveira",
            "Nascimento",
            "Albuquerque",
            "Rodrigues",
            "Cavalcanti",
            "Souza",
            "Barbosa",
            "Ribeiro",
        ),
        "gf",
    ),
    "italian": (
        ("Giuseppe", "Chiara", "Alessandro", "Francesca", "Lorenzo", "Giulia", "Matteo", "Ilaria"),
        ("Esposito", "Bianchi", "Ricci", "De Luca", "Marchetti", "Lo Russo", "Fabbri", "Colonnese"),
        "gf",
    ),
    "greek": (
        ("Konstantinos", "Eleni", "Dimitrios", "Katerina", "Georgios", "Vasiliki", "Nikos"),
        (
            "Papadopoulos",
            "Georgiou",
            "Oikonomou",
            "Karagiannis",
            "Vlachos",
            "Nikolaidis",
            "Antonopoulos",
        ),
        "gf",
    ),
    "polish": (
        (
            "Krzysztof",
            "Agnieszka",
            "Wojciech",
            "Małgorzata",
            "Paweł",
            "Katarzyna",
            "Grzegorz",
            "Zofia",
        ),
        (
            "Kowalczyk",
            "Wiśniewski",
            "Nowakowska",
            "Zieliński",
            "Wójcik",
            "Lewandowska",
            "Szymański",
            "Dąbrowski",
        ),
        "gf",
    ),
    "czech": (
        ("Jiří", "Lenka", "Tomáš", "Markéta", "Ondřej", "Zuzana", "Vojtěch", "Petra"),
        ("Dvořák", "Novotná", "Procházka", "Černý", "Svobodová", "Kučera", "Veselý", "Horák"),
        "gf",
    ),
    "hungarian": (
        ("Zoltán", "Katalin", "László", "Erzsébet", "Gábor", "Zsófia", "Ferenc", "Ildikó"),
        ("Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Farkas", "Molnár"),
        "fg",
    ),
    "romanian": (
        ("Andrei", "Ioana", "Mihai", "Bogdan", "Roxana", "Dragoș", "Irina", "Cătălina"),
        (
            "Popescu",
            "Ionescu",
            "Dumitrescu",
            "Stanciu",
            "Constantinescu",
            "Munteanu",
            "Rădulescu",
            "Stoica",
        ),
        "gf",
    ),
    "swedish": (
        ("Björn", "Ingrid", "Linnéa", "Oskar", "Astrid", "Gustav", "Maja", "Sixten"),
        (
            "Lindqvist",
            "Johansson",
            "Bergström",
            "Nyström",
            "Sjöberg",
            "Ekström",
            "Holmberg",
            "Wallin",
        ),
        "gf",
    ),
    "norwegian": (
        ("Sigrid", "Håkon", "Ingeborg", "Eirik", "Solveig", "Torbjørn", "Ragnhild", "Øystein"),
        ("Haugen", "Bakken", "Solberg", "Kristiansen", "Hovland", "Berntsen", "Fjeldstad"),
        "gf",
    ),
    "danish": (
        ("Søren", "Mette", "Rasmus", "Lærke", "Mads", "Trine", "Frederik", "Signe"),
        ("Jørgensen", "Rasmussen", "Kjær", "Mikkelsen", "Østergaard", "Thomsen", "Lauridsen"),
        "gf",
    ),
    "finnish": (
        ("Juhani", "Aino", "Mikko", "Satu", "Tuomas", "Jussi", "Kaisa", "Pirjo"),
        (
            "Virtanen",
            "Korhonen",
            "Mäkinen",
            "Nieminen",
            "Hämäläinen",
            "Laaksonen",
            "Heikkinen",
            "Järvinen",
        ),
        "gf",
    ),
    "icelandic": (
        ("Guðrún", "Sigurður", "Þórunn", "Einar", "Halldóra", "Kristján"),
        ("Jónsdóttir", "Sigurðsson", "Guðmundsdóttir", "Ólafsson", "Magnúsdóttir", "Einarsson"),
        "gf",
    ),
    "baltic": (
        ("Mindaugas", "Rūta", "Tadas", "Eglė", "Kadri", "Tõnu", "Liis", "Jānis"),
        (
            "Kazlauskas",
            "Petrauskienė",
            "Jankauskas",
            "Vasiliauskaitė",
            "Ozols",
            "Bērziņa",
            "Ilves",
            "Mägi",
        ),
        "gf",
    ),
    "ukrainian": (
        ("Oleksandr", "Olena", "Taras", "Oksana", "Bohdan", "Yuliia", "Mykola", "Iryna"),
        (
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Tkachenko",
            "Kravchuk",
            "Melnyk",
            "Hnatyuk",
            "Lysenko",
        ),
        "gf",
    ),
    "russian": (
        (
            "Dmitri",
            "Svetlana",
            "Sergei",
            "Yekaterina",
            "Aleksei",
            "Natalya",
            "Vladimir",
            "Anastasia",
        ),
        (
            "Ivanov",
            "Smirnova",
            "Kuznetsov",
            "Volkova",
            "Sokolov",
            "Morozova",
            "Lebedev",
            "Novikova",
        ),
        "gf",
    ),
    "south_slavic": (
        ("Dragan", "Jelena", "Ivana", "Nikola", "Snežana", "Goran", "Marija", "Zoran"),
        (
            "Jovanović",
            "Petrović",
            "Horvat",
            "Kovačević",
            "Babić",
            "Marković",
            "Nikolić",
            "Đorđević",
        ),
        "gf",
    ),
    "albanian": (
        ("Arben", "Elira", "Besnik", "Mirela", "Driton", "Shpresa"),
        ("Hoxha", "Krasniqi", "Gashi", "Berisha", "Shala", "Dervishi"),
        "gf",
    ),
    "turkish": (
        ("Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Oğuz", "Gülşen"),
        ("Yılmaz", "Öztürk", "Demir", "Çelik", "Kaya", "Şahin", "Arslan", "Doğan"),
        "gf",
    ),
    "armenian": (
        ("Armen", "Anahit", "Tigran", "Lusine", "Aram", "Siranush"),
        ("Petrosyan", "Hakobyan", "Grigoryan", "Sargsyan", "Harutyunyan", "Avetisyan"),
        "gf",
    ),
    "georgian": (
        ("Giorgi", "Nino", "Levan", "Tamar", "Davit", "Ketevan"),
        ("Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri", "Maisuradze"),
        "gf",
    ),
    "levantine": (
        ("Omar", "Layla", "Khalil", "Rania", "Tariq", "Yasmin", "Samir", "Nour"),
        ("al-Hashimi", "Haddad", "Khoury", "el-Amin", "Nassar", "Abu-Zaid", "Barakat"),
        "gf",
    ),
    "gulf": (
        ("Abdulaziz", "Fatimah", "Faisal", "Noura", "Khalid", "Hessa"),
        ("Al-Otaibi", "Al-Qahtani", "Al-Harbi", "Al-Mutairi", "Al-Shehri", "Al Mansouri"),
        "gf",
    ),
    "egyptian": (
        ("Mostafa", "Heba", "Ahmed", "Mona", "Karim", "Dina", "Hany"),
        ("Abdel-Rahman", "El-Sayed", "Mahmoud", "Fahmy", "Shawky", "Farouk", "Naguib"),
        "gf",
    ),
    "maghrebi": (
        ("Youssef", "Khadija", "Hamza", "Salma", "Mehdi", "Imane"),
        ("Benali", "El Idrissi", "Bennani", "Alaoui", "Tazi", "Berrada"),
        "gf",
    ),
    "persian": (
        ("Dariush", "Shirin", "Reza", "Parisa", "Kourosh", "Maryam", "Arash", "Niloufar"),
        ("Hosseini", "Karimi", "Rahimi", "Moradi", "Jafari", "Sadeghi", "Farahani"),
        "gf",
    ),
    "hebrew": (
        ("Yael", "Eitan", "Noa", "Avraham", "Yossi", "Shira"),
        ("Cohen", "Mizrahi", "Friedman", "Ben-David", "Peretz", "Shapiro", "Katz"),
        "gf",
    ),
    "hindi": (
        ("Arjun", "Priya", "Rohit", "Ananya", "Vikram", "Sunita", "Rajesh", "Kavita"),
        ("Sharma", "Verma", "Agarwal", "Chaturvedi", "Malhotra", "Kapoor", "Srivastava", "Bhatia"),
        "gf",
    ),
    "tamil": (
        ("Karthik", "Lakshmi", "Senthil", "Meenakshi", "Arun", "Kavya", "Murugan", "Deepa"),
        (
            "Subramanian",
            "Ramasamy",
            "Krishnamurthy",
            "Venkatesan",
            "Natarajan",
            "Pillai",
            "Iyer",
            "Raghavan",
        ),
        "gf",
    ),
    "bengali": (
        ("Sourav", "Rituparna", "Anirban", "Moumita", "Sayan", "Tanushree"),
        ("Chatterjee", "Banerjee", "Mukherjee", "Bhattacharya", "Dasgupta", "Sengupta"),
        "gf",
    ),
    "punjabi": (
        ("Gurpreet", "Harjit", "Manpreet", "Jaswinder", "Amarjeet", "Simran"),
        ("Sandhu", "Dhillon", "Grewal", "Sidhu", "Bains", "Randhawa"),
        "gf",
    ),
    "pakistani": (
        ("Imran", "Ayesha", "Bilal", "Sana", "Usman", "Hina"),
        ("Qureshi", "Chaudhry", "Siddiqui", "Malik", "Abbasi", "Hashmi"),
        "gf",
    ),
    "nepali": (
        ("Bishnu", "Sabina", "Prakash", "Ramesh", "Anjali", "Sarita"),
        ("Shrestha", "Gurung", "Thapa", "Tamang", "Adhikari", "Bhandari"),
        "gf",
    ),
    "sinhala": (
        ("Chaminda", "Dilani", "Nuwan", "Sanduni", "Kasun", "Ishara"),
        ("Perera", "Jayasuriya", "Wickramasinghe", "Bandara", "Dissanayake", "Gunawardena"),
        "gf",
    ),
    "mandarin": (
        ("Wei", "Xiaoling", "Jian", "Haoran", "Yuting", "Zhiwei", "Lihua", "Jiahui"),
        ("Zhang", "Wang", "Chen", "Liu", "Huang", "Zhou", "Xu", "Zhao"),
        "fg",
    ),
    "cantonese": (
        ("Ka-wing", "Wai-man", "Siu-ming", "Mei-ling", "Chi-keung", "Hoi-yan"),
        ("Chan", "Wong", "Leung", "Cheung", "Tsang", "Lau"),
        "fg",
    ),
    "japanese": (
        ("Haruto", "Yui", "Takumi", "Aoi", "Misaki", "Kenji", "Yumiko", "Hiroshi"),
        (
            "Tanaka",
            "Watanabe",
            "Yamamoto",
            "Nakamura",
            "Kobayashi",
            "Saito",
            "Matsumoto",
            "Fujiwara",
        ),
        "fg",
    ),
    "korean": (
        ("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Dong-hyun", "Soo-jin", "Jae-won"),
        ("Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim"),
        "fg",
    ),
    "vietnamese": (
        (
            "Thi Lan",
            "Van Minh",
            "Thi Thao",
            "Thi Huong",
            "Van Duc",
            "Ngoc Phuong",
            "Quang Huy",
            "Thuy Linh",
        ),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo"),
        "fg",
    ),
    "thai": (
        ("Somchai", "Siriporn", "Kittisak", "Nattaya", "Anan", "Wanida"),
        ("Srisuk", "Chaiyaporn", "Wongsakul", "Thongchai", "Rattanakorn", "Saelim"),
        "gf",
    ),
    "filipino": (
        ("Maricel", "Rodel", "Marivic", "Ramil", "Jhoanna", "Arnel"),
        ("dela Cruz", "Bautista", "Macapagal", "Villanueva", "Dimaculangan", "Evangelista"),
        "gf",
    ),
    "indonesian": (
        ("Budi", "Siti", "Agus", "Dewi", "Eko", "Ratna", "Joko", "Wulan"),
        ("Santoso", "Wijaya", "Hartono", "Kusumawati", "Setiawan", "Nugroho", "Susanto", "Pratama"),
        "gf",
    ),
    "malay": (
        ("Ahmad", "Faizal", "Hafiz", "Azman", "Rizal", "Syafiq"),
        ("bin Ismail", "bin Abdullah", "bin Osman", "bin Yusof", "bin Hamzah", "bin Zakaria"),
        "gf",
    ),
    "yoruba": (
        ("Adebayo", "Folasade", "Olumide", "Titilayo", "Babatunde", "Yetunde", "Oluwaseun"),
        ("Adeyemi", "Ogunleye", "Balogun", "Adewale", "Olaniyan", "Ayodele"),
        "gf",
    ),
    "igbo": (
        ("Chidi", "Ngozi", "Emeka", "Chiamaka", "Obinna", "Adaeze"),
        ("Okafor", "Nwosu", "Okonkwo", "Nwachukwu", "Ezeh", "Obiora"),
        "gf",
    ),
    "hausa": (
        ("Abubakar", "Hauwa", "Musa", "Zainab", "Sani", "Aminu"),
        ("Bello", "Danjuma", "Garba", "Abdullahi", "Shehu", "Lawal"),
        "gf",
    ),
    "akan": (
        ("Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua"),
        ("Mensah", "Asante", "Owusu", "Boateng", "Appiah", "Osei"),
        "gf",
    ),
    "kenyan": (
        ("Wanjiru", "Otieno", "Akinyi", "Kiprono", "Njeri", "Baraka"),
        ("Kamau", "Mwangi", "Odhiambo", "Wafula", "Chebet", "Njoroge"),
        "gf",
    ),
    "ethiopian": (
        ("Abebe", "Tigist", "Dawit", "Selamawit", "Yonas", "Meseret"),
        ("Bekele", "Tesfaye", "Haile", "Gebremedhin", "Alemu", "Wolde"),
        "gf",
    ),
    "somali": (
        ("Abdirahman", "Hodan", "Ayaan", "Mahad", "Ubah", "Liban"),
        ("Warsame", "Farah", "Jama", "Hirsi", "Dualeh", "Egal"),
        "gf",
    ),
    "zulu": (
        ("Sipho", "Thandiwe", "Bongani", "Nomvula", "Themba", "Zanele"),
        ("Dlamini", "Nkosi", "Mthembu", "Ndlovu", "Khumalo", "Mahlangu"),
        "gf",
    ),
    "afrikaans": (
        ("Annelie", "Johan", "Marlize", "Wynand", "Riaan", "Elsabé"),
        ("van der Merwe", "Botha", "du Plessis", "Pretorius", "Coetzee", "Venter"),
        "gf",
    ),
    "mexican": (
        ("Guadalupe", "Ximena", "Jesús", "Itzel", "Emiliano", "Citlali", "Brenda"),
        (
            "Hernández",
            "Martínez Ochoa",
            "Gutiérrez",
            "Ramírez",
            "Castañeda",
            "Villaseñor",
            "Zúñiga",
            "Olvera",
        ),
        "gf",
    ),
    "andean": (
        ("Wilfredo", "Yesenia", "Edwin", "Marisol", "Percy", "Nélida"),
        ("Quispe", "Mamani", "Huamán", "Condori", "Choque", "Apaza"),
        "gf",
    ),
    "maori": (
        ("Aroha", "Wiremu", "Mere", "Tane", "Hemi", "Ngaio"),
        ("Ngata", "Parata", "Tawhiri", "Te Rangi", "Rangihau", "Tipene"),
        "gf",
    ),
    "pacific": (
        ("Sione", "Losa", "Tavita", "Malia", "Viliami", "Mele"),
        ("Tuilagi", "Faleolo", "Leota", "Sapolu", "Taufa", "Fifita"),
        "gf",
    ),
    "central_asian": (
        ("Aibek", "Dinara", "Timur", "Gulnara", "Yerlan", "Aigerim"),
        ("Nurlanov", "Abdullaev", "Karimova", "Tokayev", "Yusupov", "Rakhimova"),
        "gf",
    ),
}

# Given names that are everyday words; used as people only where the context says so, and
# free to appear as words (a "Hope" foundation, "will" the verb) in clean prompts.
WORD_GIVEN_NAMES: tuple[str, ...] = (
    "Hope",
    "Will",
    "Grace",
    "Rose",
    "Faith",
    "Joy",
    "Amber",
    "Jasper",
    "Ruby",
    "Iris",
    "Olive",
    "Hazel",
    "May",
    "June",
    "April",
    "Summer",
    "Dawn",
    "Hunter",
    "Penny",
    "Bill",
    "Mark",
    "Frank",
    "Sandy",
    "Jack",
    "Violet",
    "Heather",
    "Crystal",
    "Sterling",
    "Destiny",
    "Autumn",
    "Robin",
    "Holly",
)

HAND_GIVEN: tuple[str, ...] = tuple(sorted({g for gs, _, _ in CULTURES.values() for g in gs}))
HAND_FAMILY: tuple[str, ...] = tuple(sorted({f for _, fs, _ in CULTURES.values() for f in fs}))

FAKER_LOCALES: tuple[str, ...] = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_NZ",
    "en_IN",
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_CA",
    "fr_CH",
    "fr_BE",
    "es_ES",
    "es_MX",
    "es_AR",
    "es_CO",
    "it_IT",
    "pt_BR",
    "pt_PT",
    "nl_NL",
    "nl_BE",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "sl_SI",
    "hr_HR",
    "hu_HU",
    "ro_RO",
    "sv_SE",
    "no_NO",
    "da_DK",
    "fi_FI",
    "et_EE",
    "lv_LV",
    "lt_LT",
    "tr_TR",
    "id_ID",
    "az_AZ",
    "zu_ZA",
    "tw_GH",
    "yo_NG",
    "sw",
    "uz_UZ",
    "ga_IE",
    "en_NG",
)
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .-]+$")
_FAKER_CACHE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _faker_list(provider: object, attrs: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for attr in attrs:
        values = getattr(provider, attr, None)
        if not isinstance(values, list | tuple | dict):
            continue
        for v in values:
            v = " ".join(v.split()) if isinstance(v, str) else v
            if isinstance(v, str) and "{" not in v and _LATIN.match(v) and len(v) > 1:
                out.append(v)
    return sorted(set(out))


def faker_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Given and family names of each usable Faker locale, read from its person provider
    (no Faker instance: fast and independent of Faker's own random state)."""
    if not _FAKER_CACHE:
        for loc in FAKER_LOCALES:
            try:
                provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
            except Exception:  # noqa: BLE001 - a locale missing from this Faker is skipped
                continue
            given = _faker_list(provider, ("first_names", "first_names_male", "first_names_female"))
            family = _faker_list(provider, ("last_names", "last_names_male", "last_names_female"))
            if len(given) >= 10 and len(family) >= 5:
                _FAKER_CACHE[loc] = (tuple(given), tuple(family))
    return _FAKER_CACHE


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    middle: str  # "" or a second given name
    order: str  # "gf" or "fg": the culture's natural order
    culture: str


def person(rng: random.Random, word_name: bool = False) -> Person:
    """A person: about half from the hand-written pools, half from Faker's locales."""
    if word_name:
        fam = rng.choice(CULTURES[rng.choice(("english", "american", "scottish", "irish"))][1])
        return Person(rng.choice(WORD_GIVEN_NAMES), fam, "", "gf", "word")
    if rng.random() < 0.5:
        culture = rng.choice(sorted(CULTURES))
        gs, fs, order = CULTURES[culture]
        given, family = rng.choice(gs), rng.choice(fs)
        middle = ""
        if rng.random() < 0.25 and " " not in given:
            middle = rng.choice([g for g in gs if g != given and " " not in g])
        return Person(given, family, middle, order, culture)
    pools = faker_pools()
    loc = rng.choice(sorted(pools))
    gs2, fs2 = pools[loc]
    given = rng.choice(gs2)
    middle = rng.choice(gs2) if rng.random() < 0.2 else ""
    if middle == given:
        middle = ""
    return Person(given, rng.choice(fs2), middle, "gf", loc)


def _initials(name: str, dots: bool) -> str:
    parts = re.split(r"[ -]", name)
    return " ".join(p[0] + ("." if dots else "") for p in parts if p)


# Name formats a template may ask for (each gives one PERSON span).
FORMATS = (
    "full",
    "gf",
    "fg",
    "FG",
    "FcG",
    "FUcG",
    "GFU",
    "init",
    "ini",
    "caps",
    "low",
    "given",
    "family",
    "FAMILY",
    "GIVEN",
    "mid",
    "gm",
    "any",
)
_ANY = ("full", "full", "gf", "FcG", "FUcG", "GFU", "init", "caps", "mid", "FG", "low", "fg")


def render(p: Person, fmt: str, rng: random.Random) -> str:
    """The person's name written in the format `fmt`."""
    if fmt == "any":
        fmt = rng.choice(_ANY)
    g, f = p.given, p.family
    if fmt == "full":
        if p.order == "fg":
            return f"{f} {g}"
        return f"{g} {p.middle} {f}" if p.middle else f"{g} {f}"
    if fmt == "gf":
        return f"{g} {f}"
    if fmt == "fg":
        return f"{f} {g}"
    if fmt == "FG":
        return f"{f.upper()} {g}"
    if fmt == "FcG":
        return f"{f}, {g} {p.middle}" if p.middle else f"{f}, {g}"
    if fmt == "FUcG":
        return f"{f.upper()}, {g}"
    if fmt == "GFU":
        return f"{g} {f.upper()}"
    if fmt == "init":
        first = _initials(g, True)
        if p.middle:
            first += " " + _initials(p.middle, True)
        return f"{first} {f}"
    if fmt == "ini":
        first = _initials(g, False).replace(" ", "")
        if p.middle:
            first += p.middle[0]
        return f"{first} {f}".lower()
    if fmt == "caps":
        return f"{g} {f}".upper()
    if fmt == "low":
        return f"{g} {f}".lower()
    if fmt == "given":
        return g
    if fmt == "family":
        return f
    if fmt == "FAMILY":
        return f.upper()
    if fmt == "GIVEN":
        return g.upper()
    if fmt == "mid":
        m = p.middle or _initials(rng.choice(HAND_GIVEN), True)
        return f"{g} {m} {f}"
    if fmt == "gm":
        return f"{g} {p.middle}" if p.middle else g
    raise ValueError(fmt)


def ascii_fold(text: str) -> str:
    """Letters without accents, for the local part of an e-mail address."""
    nfkd = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in nfkd if c.isascii() and (c.isalnum()))
    return out.lower() or "info"
