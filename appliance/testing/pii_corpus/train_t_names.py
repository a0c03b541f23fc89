"""People's names for the train_t generator: Faker's per-locale lists read directly (no
Faker instance, so nothing random happens at import), hand lists for cultures Faker lacks,
names in their own scripts, surname particles, and the ambiguous words (given names and
surnames that are also the names of things)."""

from __future__ import annotations

import importlib
import unicodedata

# Latin-script cultures read from Faker: culture -> locale
FAKER_LATIN = {
    "Azerbaijani": "az_AZ", "Czech": "cs_CZ", "Danish": "da_DK", "German": "de_DE",
    "Austrian": "de_AT", "Swiss": "de_CH", "English": "en_GB", "Irish": "en_IE",
    "Indian": "en_IN", "Kenyan": "en_KE", "Nigerian": "en_NG", "New Zealander": "en_NZ",
    "Pakistani": "en_PK", "American": "en_US", "Thai (romanised)": "en_TH",
    "Argentine": "es_AR", "Chilean": "es_CL", "Colombian": "es_CO", "Spanish": "es_ES",
    "Mexican": "es_MX", "Estonian": "et_EE", "Finnish": "fi_FI", "French": "fr_FR",
    "Québécois": "fr_QC", "Gaelic": "ga_IE", "Hausa": "ha_NG", "Croatian": "hr_HR",
    "Hungarian": "hu_HU", "Indonesian": "id_ID", "Igbo": "ig_NG", "Icelandic": "is_IS",
    "Italian": "it_IT", "Lithuanian": "lt_LT", "Latvian": "lv_LV", "Dutch": "nl_NL",
    "Flemish": "nl_BE", "Norwegian": "no_NO", "Polish": "pl_PL", "Brazilian": "pt_BR",
    "Portuguese": "pt_PT", "Romanian": "ro_RO", "Slovak": "sk_SK", "Slovene": "sl_SI",
    "Swedish": "sv_SE", "Swahili": "sw", "Turkish": "tr_TR", "Akan": "tw_GH",
    "Uzbek": "uz_UZ", "Vietnamese": "vi_VN", "Yoruba": "yo_NG", "Zulu": "zu_ZA",
}

# own-script cultures read from Faker: culture -> (locale, given attr, family attr, order)
# order "fg": family then given without a space; "fg_": with a space; "gf": given family
FAKER_NATIVE = {
    "Arabic": ("ar_AA", "gf"), "Bulgarian": ("bg_BG", "gf"), "Bengali": ("bn_BD", "gf"),
    "Greek": ("el_GR", "gf"), "Persian": ("fa_IR", "gf"), "Gujarati": ("gu_IN", "gf"),
    "Hebrew": ("he_IL", "gf"), "Hindi": ("hi_IN", "gf"), "Armenian": ("hy_AM", "gf"),
    "Japanese": ("ja_JP", "fg"), "Georgian": ("ka_GE", "gf"), "Korean": ("ko_KR", "fg"),
    "Macedonian": ("mk_MK", "gf"), "Marathi": ("mr_IN", "gf"), "Nepali": ("ne_NP", "gf"),
    "Odia": ("or_IN", "gf"), "Russian": ("ru_RU", "gf"), "Sinhala": ("si_LK", "gf"),
    "Tamil": ("ta_IN", "gf"), "Thai": ("th_TH", "gf"), "Ukrainian": ("uk_UA", "gf"),
    "Chinese": ("zh_CN", "fg"), "Taiwanese": ("zh_TW", "fg"),
}

# own-script hand lists: culture -> (given names, family names, order)
HAND_NATIVE = {
    "Amharic": ("አበበ ትዕግሥት ሰላማዊት ዳዊት መስከረም ቴዎድሮስ ሄኖክ ብርቱካን ዮሐንስ ሕይወት",
                "ከበደ ተስፋዬ ገብሬ ወልደ ማርያም አለሙ በቀለ ታደሰ ኃይሌ መኮንን", "gf"),
    "Mongolian": ("Батбаяр Оюунчимэг Тэмүүлэн Сарантуяа Ганбold Энхжаргал Болормаа Мөнхбат",
                  "Батсүх Дорж Ганбаатар Эрдэнэ Лхагва Пүрэв Цэрэн", "gf"),
    "Punjabi": ("ਹਰਪ੍ਰੀਤ ਗੁਰਪ੍ਰੀਤ ਮਨਦੀਪ ਜਸਪ੍ਰੀਤ ਸਿਮਰਨ ਅਮਨਦੀਪ ਰਾਜਵੀਰ",
                "ਸਿੰਘ ਕੌਰ ਸੰਧੂ ਗਿੱਲ ਢਿੱਲੋਂ ਬਰਾੜ", "gf"),
    "Telugu": ("వెంకటేశ్ లక్ష్మి శ్రీనివాస్ సుజాత రవి కళ్యాణి ప్రసాద్",
               "రెడ్డి నాయుడు రావు శర్మ చౌదరి", "gf"),
    "Khmer": ("សុភា ដារ៉ា សុខា វណ្ណា ចន្ថា សម្ផស្ស", "សុខ ចាន់ ហេង លី គឹម", "fg_"),
    "Kazakh": ("Айгерім Нұрлан Дәурен Жанар Ерлан Гүлнар Асхат",
               "Сейітов Нұрланова Жұмабаев Оспанова Тоқаев", "gf"),
    "Burmese": ("အောင်ဆန်း ခင်မောင် သီတာ မြင့်မြင့် ဇော်ဝင်း", "", "g"),
    "Kannada": ("ರಮೇಶ್ ಸುಮಾ ಪ್ರಕಾಶ್ ಶ್ವೇತಾ ಮಂಜುನಾಥ್", "ಗೌಡ ಹೆಗ್ಡೆ ಭಟ್ ಶೆಟ್ಟಿ", "gf"),
    "Malayalam": ("അനിൽ ലക്ഷ്മി ജോസഫ് അഞ്ജലി മനോജ്", "നായർ മേനോൻ പിള്ള കുര്യൻ", "gf"),
}

# Latin-script hand lists (romanised, or cultures Faker lacks): culture -> (given, family)
HAND_LATIN = {
    "Russian": ("Dmitri Anastasia Sergei Yekaterina Oleg Svetlana Mikhail Tatiana Alexei Irina "
                "Pavel Ksenia Nikolai Yulia Vadim", "Ivanov Smirnova Kuznetsov Volkova Sokolov "
                "Popova Lebedev Morozova Novikov Fedorova Orlov"),
    "Greek": ("Yannis Eleni Dimitris Katerina Nikos Sofia Giorgos Despina Kostas Vasiliki",
              "Papadopoulos Georgiou Nikolaidis Karagianni Vlachos Economou Pappas Antoniou"),
    "Egyptian": ("Mahmoud Yasmin Omar Nour Karim Salma Tarek Hoda Amr Mona",
                 "Abdelrahman Mansour Fahmy Soliman Khalil Naguib Ghoneim Saad"),
    "Levantine": ("Rami Lina Fadi Rania Bassam Dima Ziad Hala Wael Maya",
                  "Haddad Khoury Nasser Saleh Tannous Aoun Jaber Qasem"),
    "Gulf Arab": ("Abdullah Fatima Khalid Maryam Saud Noura Faisal Hessa Sultan Aisha",
                  "Al-Qahtani Al-Otaibi Al-Mansoori Al-Dosari Al-Shehhi Al-Harthy"),
    "Israeli": ("Noa Yonatan Tamar Itai Shira Avi Yael Eitan Maayan Ori",
                "Cohen Levi Mizrahi Peretz Biton Friedman Azoulay Shapiro"),
    "Chinese (pinyin)": ("Wei Xiaoling Jun Mei Hao Yutong Zhiwei Lingling Qiang Jing",
                         "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun"),
    "Japanese (romaji)": ("Haruto Yui Sota Aoi Ren Hina Kaito Sakura Daiki Mio",
                          "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi"),
    "Korean (romanised)": ("Minjun Seoyeon Jiho Haeun Doyoon Jiwoo Hyunwoo Soojin",
                           "Kim Lee Park Choi Jung Kang Cho Yoon Jang"),
    "Georgian": ("Giorgi Nino Davit Mariam Levan Tamar Irakli Ketevan",
                 "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri"),
    "Armenian": ("Aram Ani Tigran Lilit Hayk Narine Armen Gayane",
                 "Petrosyan Hovhannisyan Grigoryan Sargsyan Harutyunyan Avetisyan"),
    "Bangladeshi": ("Rahim Nusrat Tanvir Farzana Arif Sadia Imran Shirin",
                    "Rahman Hossain Chowdhury Ahmed Islam Talukder"),
    "Tamil": ("Karthik Priya Senthil Lakshmi Arun Divya Murugan Kavitha",
              "Subramanian Ramasamy Krishnan Palanisamy Venkatesan Annamalai"),
    "Ethiopian": ("Abebe Tigist Dawit Selam Yohannes Hiwot Henok Meron",
                  "Bekele Tesfaye Haile Alemu Girma Tadesse Mekonnen"),
    "Iranian": ("Reza Shirin Arash Parisa Dariush Niloufar Kian Leila",
                "Hosseini Rahimi Karimi Moradi Tehrani Jafari Ahmadi"),
    "Ukrainian": ("Oksana Taras Olena Bohdan Iryna Andriy Nataliya Yurii",
                  "Shevchenko Bondarenko Kovalenko Tkachenko Melnyk Kravchuk"),
    "Filipino": ("Jose Maricel Rodel Liza Jericho Rowena Nonoy Kristine",
                 "Santos Reyes Cruz Bautista Villanueva Mendoza Dela Cruz Aquino"),
    "Maori": ("Aroha Wiremu Mere Tane Hemi Ngaio Rawiri Anahera",
              "Ngata Parata Tipene Te Rangi Walker Horomona Waititi"),
    "Samoan": ("Sione Losa Tavita Malia Ioane Sefa", "Faleolo Tuilagi Leota Sapolu Tuimavave"),
    "Hawaiian": ("Keoni Leilani Kai Malia Kawika Noelani", "Kahale Kealoha Akana Kamakana Mahoe"),
    "Somali": ("Abdirahman Hodan Mohamed Ayaan Farah Ifrah Hassan Sahra",
               "Warsame Jama Abdi Farah Hirsi Aden Nur"),
    "Xhosa": ("Sipho Nomvula Lwazi Thandeka Luthando Zanele Ayanda",
              "Mabuza Ntuli Mahlangu Qwabe Ngcobo Mthembu"),
    "Malay": ("Aiman Nurul Hafiz Siti Faris Aisyah Syafiq Liyana",
              "Ismail Hashim Rahman Yusof Abdullah Aziz"),
    "Welsh": ("Rhys Carys Dafydd Eluned Gethin Ffion Iwan Seren",
              "Jones Evans Pritchard Llewellyn Powell Bowen Vaughan"),
    "Scottish": ("Callum Isla Fraser Eilidh Hamish Morag Struan Kirsty",
                 "McLeod MacDonald McKenzie Campbell Ross Sutherland MacLean"),
    "Kazakh (romanised)": ("Nurlan Aigerim Dauren Zhanar Yerlan Gulnar",
                           "Nurlanov Zhumabayev Ospanova Seitov Sultanbekov"),
    "Albanian": ("Arben Besa Dritan Elira Gentian Mimoza", "Hoxha Shehu Krasniqi Berisha Gashi Leka"),
    "Serbian": ("Nemanja Jelena Dragan Milica Stefan Ivana", "Jovanovic Petrovic Nikolic Markovic Djordjevic"),
    "Nepali (romanised)": ("Bikash Sunita Prakash Anita Suman Rojina", "Shrestha Gurung Tamang Adhikari Thapa Rai"),
    "Sinhalese": ("Kasun Dilani Nuwan Chamari Ruwan Ishara", "Perera Fernando Jayasuriya Wickramasinghe Silva Bandara"),
    "Khmer (romanised)": ("Sokha Dara Chantha Vanna Sopheap Bopha", "Sok Chan Heng Kim Meas Pich"),
    "Hmong": ("Pa Tou Mai Fue Nou Chue", "Vang Xiong Yang Thao Lor Moua"),
    "Tongan": ("Sione Mele Viliami Losaline Tevita Ana", "Fifita Taufa Havili Vaipulu Tupou"),
    "Fijian": ("Josefa Litia Epeli Mereani Viliame Salote", "Ratu Naivalu Vunibaka Tuilevuka Nakarawa"),
    "Quechua": ("Wayra Killa Inti Sumaq Amaru Nina", "Mamani Quispe Huaman Condori Ccori Yupanqui"),
    "Mongolian (romanised)": ("Batbayar Oyunchimeg Temuulen Sarantuya Enkhjargal Bolormaa",
                              "Batsukh Dorj Ganbaatar Erdene Lkhagva Purev"),
    "Inuit": ("Aputi Siku Nuka Ivalu Miki Aqqaluk", "Kristiansen Lyberth Kleist Petersen Olsen Nathanielsen"),
}

# surname particles, as written inside a full name: culture -> (particle forms, family names)
PARTICLES = {
    "Dutch": (("van", "van der", "van den", "de", "ter"),
              ("Berg", "Meer", "Heuvel", "Vries", "Linden", "Wal", "Beek", "Bosch", "Horst")),
    "German": (("von", "von der", "zu"), ("Stein", "Weizsäcker", "Heyden", "Trotha", "Arnim")),
    "Spanish": (("de la", "del", "de los", "de"), ("Cruz", "Fuente", "Río", "Rosa", "Santos", "Vega")),
    "Portuguese": (("da", "dos", "das", "de"), ("Silva", "Costa", "Santos", "Neves", "Anjos")),
    "Italian": (("di", "De", "Della", "Lo", "La"), ("Stefano", "Luca", "Rosa", "Russo", "Torre")),
    "French": (("de", "du", "Le", "de la"), ("Villiers", "Pont", "Roux", "Fontaine", "Tour")),
    "Malay": (("bin", "binti"), ("Abdullah", "Hassan", "Ismail", "Osman", "Yusof")),
    "Arabic": (("ibn", "bin", "al-", "Abu"), ("Rashid", "Saud", "Khalid", "Hamdan", "Said")),
    "Welsh": (("ap", "ab"), ("Rhys", "Gruffydd", "Owain", "Iorwerth", "Hywel")),
}
IRISH_SCOTS = ("O'Brien", "O'Connell", "O'Sullivan", "O'Neill", "O'Donnell", "O'Reilly", "O'Hara",
               "McAllister", "McCarthy", "McGregor", "MacKenzie", "McKenna", "McLaughlin",
               "MacNeil", "McBride", "O'Driscoll")

# Ambiguous words: people's names that are also the names of things in the clean prompts.
# "g": used as a given name, "s": as a family name, "b": both.
AMBIGUOUS = {
    "Florence": "g", "Victoria": "g", "Grace": "g", "Max": "g", "Bella": "g",
    "Charlie": "g", "Oscar": "g", "Ada": "g", "Hunter": "b", "Murphy": "s", "Morgan": "b",
    "Nelson": "b", "Kelvin": "g", "Maxwell": "b", "Gauss": "s", "Beatrice": "g",
    "Apollo": "g", "Isabella": "g", "Mary": "g", "Charlotte": "g", "Amelia": "g",
    "Caroline": "g", "Frankel": "s", "Harvey": "b", "Felix": "g", "Ruby": "g", "Duke": "s",
    "Luna": "g", "Milo": "g", "Teddy": "g", "Daisy": "g", "Poppy": "g", "Archie": "g",
    "Molly": "g", "Bailey": "s", "Coco": "g", "Rocky": "g", "Lola": "g", "Toby": "g",
    "Oliver": "g", "Alexa": "g", "Rosie": "g", "Jarvis": "s", "Pepper": "s", "Watson": "s",
    "Claude": "g", "Siri": "g", "Ciara": "g", "Dennis": "g", "Eunice": "g", "Agnes": "g",
    "Otis": "g", "Franklin": "b", "Isha": "g", "Julia": "g", "Crystal": "g", "Haskell": "s",
    "Pascal": "g", "Tony": "g", "Emmy": "g", "Hugo": "g", "Edgar": "g", "Booker": "s",
    "Turing": "s", "Fields": "s", "Faraday": "s", "Doppler": "s", "Hubble": "s",
    "Parkinson": "s", "Bell": "s", "Boyle": "s", "Charles": "g", "Newton": "s", "Tesla": "s",
    "Weber": "s", "Richter": "s", "Geiger": "s", "Curie": "s", "Caesar": "g",
    "Benedict": "g", "Margherita": "g", "Pavlova": "s", "Melba": "g", "King": "s",
    "Foster": "s", "Bellini": "s", "Negroni": "s", "Tom": "g", "Collins": "s", "Rob": "g",
    "Roy": "g", "Shirley": "g", "Garamond": "s", "Baskerville": "s", "Gill": "s",
    "Cooper": "s", "Josefin": "g", "Oswald": "g", "Lora": "g", "Annabelle": "g", "Nelly": "g",
    "Piper": "g", "Edward": "g", "Smith": "s", "Olivia": "g", "Anne": "g", "Hazel": "g",
    "Olive": "g", "Ivy": "g", "Violet": "g", "Ella": "g", "Stella": "g", "Beck": "s",
    "Miller": "s", "Guinness": "s", "Lopez": "s", "Petrov": "s", "Evans": "s", "Larsen": "s",
    "Marshall": "s", "Thomas": "b", "Kovacs": "s", "Biles": "s", "Annie": "g",
    "Matilda": "g", "Rita": "g", "Carmen": "g", "Aida": "g", "Norma": "g", "Roxanne": "g",
    "Jolene": "g", "Layla": "g", "Jude": "g", "Valerie": "g", "Angie": "g", "Gloria": "g",
    "Delilah": "g", "Michelle": "g", "Mandy": "g", "Phyllis": "g", "Elizabeth": "g",
    "Dorothy": "g", "Millicent": "g", "Lucy": "g", "Hughes": "s", "Robinson": "s",
    "Murray": "b", "Churchill": "s", "Ford": "s", "Dell": "s", "Tiffany": "g", "Wendy": "g",
    "Ben": "g", "Jerry": "g", "Spencer": "b", "Mercedes": "g", "Dyson": "s", "Hilton": "s",
    "Jacob": "g", "Jack": "g", "Kendall": "g", "Jackson": "s", "Vega": "s", "Mira": "g",
    "Maia": "g", "Halley": "s", "Kepler": "s", "Chandra": "g", "Juno": "g", "Rosetta": "g",
    "James": "g", "Webb": "s", "Allen": "s", "Phillips": "s", "Stanley": "b", "Morse": "s",
    "Diesel": "s", "Russell": "s", "Gordon": "b", "Taylor": "s", "Jordan": "g",
    "Hamilton": "s", "Zoe": "g", "Adam": "g", "Leon": "g", "Giulia": "g", "Kelly": "b",
    "Birkin": "s", "Foley": "s", "Holter": "s", "Rhodes": "s", "Hammond": "s", "Gibson": "s",
    "Martin": "b", "Fender": "s", "Hopper": "s", "Mabel": "g", "Gertie": "g",
    "Madeleine": "g", "Williams": "s", "Axel": "g", "Lutz": "s", "Harriet": "g",
    "Evelyn": "g", "Rosalind": "g",
}


def _ok_latin(name: str) -> bool:
    return (2 <= len(name) <= 20 and name[0].isupper() and name.isascii() is not None
            and all(c.isalpha() or c in "'-" for c in name)
            and all(ord(c) < 0x250 for c in name))


def _ok_native(name: str) -> bool:
    return 1 <= len(name) <= 20 and all(
        c.isalpha() or unicodedata.category(c).startswith("M") for c in name
    ) and not any(ord(c) < 0x250 for c in name)


def _dedupe(names) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for n in names:
        seen.setdefault(n, None)
    return tuple(seen)


def _attr_lists(provider, attrs) -> list[str]:
    out: list[str] = []
    for attr in attrs:
        value = getattr(provider, attr, None)
        if isinstance(value, (list, tuple, dict)):
            out.extend(str(v) for v in value)
    return out


GIVEN_ATTRS = ("first_names", "first_names_female", "first_names_male")
FAMILY_ATTRS = ("last_names", "last_names_male", "last_names_female")


def _load():
    latin: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for culture, locale in FAKER_LATIN.items():
        p = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given = _dedupe(n for n in _attr_lists(p, GIVEN_ATTRS) if _ok_latin(n))
        family = _dedupe(n for n in _attr_lists(p, FAMILY_ATTRS) if _ok_latin(n))
        if len(given) >= 5 and len(family) >= 5:
            latin[culture] = (given, family)
    for culture, (given, family) in HAND_LATIN.items():
        latin[culture] = (tuple(given.split()), tuple(family.split()))
    native: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {}
    for culture, (locale, order) in FAKER_NATIVE.items():
        p = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given = _dedupe(n for n in _attr_lists(p, GIVEN_ATTRS) if _ok_native(n))
        family = _dedupe(n for n in _attr_lists(p, FAMILY_ATTRS) if _ok_native(n))
        if len(given) >= 5 and len(family) >= 3:
            native[culture] = (given, family, order)
    for culture, (given, family, order) in HAND_NATIVE.items():
        g = tuple(n for n in given.split() if _ok_native(n))
        f = tuple(n for n in family.split() if _ok_native(n))
        native[culture] = (g, f, order)
    return latin, native


LATIN, NATIVE = _load()
