"""People and places for val22, written by hand by its author from memory (no library's name
list, no other part of the corpus read): given and family names of 74 cultures, diminutives,
given names that are also everyday English words, and cities, regions, countries and street
addresses of several countries.

Names and places were chosen so that none is an everyday English word or a brand the clean
prompts use as a decoy (no "Park", "Long", "Baker", "Ford", "Nice", "Reading", "Turkey"),
except the deliberate `WORD_NAMES`, which only context makes people.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    code: str
    label: str
    family_first: bool  # the family name is written first in the culture's own order
    given: tuple[str, ...]
    family: tuple[str, ...]


def _c(code: str, label: str, given: str, family: str, family_first: bool = False) -> Culture:
    return Culture(code, label, family_first, tuple(given.split(",")), tuple(family.split(",")))


CULTURES: dict[str, Culture] = {
    c.code: c
    for c in (
        _c(
            "en",
            "English",
            "Eleanor,Gareth,Nigel,Philippa,Harriet,Rupert,Imogen,Declan",
            "Hargreaves,Whitfield,Pemberton,Ashworth,Thornley,Blackwood,Fairbairn",
        ),
        _c(
            "sco",
            "Scottish",
            "Ailsa,Hamish,Morag,Callum,Iona,Fraser,Eilidh",
            "MacLeod,Drummond,Buchanan,McIntyre,Sinclair,Urquhart",
        ),
        _c(
            "ie",
            "Irish",
            "Siobhan,Padraig,Aoife,Cillian,Niamh,Ronan,Orla",
            "O'Sullivan,Byrne,Kavanagh,Fitzgerald,Mulcahy,Ní Bhriain",
        ),
        _c(
            "cy",
            "Welsh",
            "Rhiannon,Dafydd,Gethin,Cerys,Bethan,Iwan,Angharad",
            "Pritchard,Llewellyn,Vaughan,Prosser,ap Gruffydd,Howells",
        ),
        _c(
            "us",
            "American",
            "Brandon,Kayla,Tyler,Ashley,Dustin,Brittany,Cody,Madison",
            "Kowalczyk,Harrington,Delgado,McAllister,Vandermeer,Whitaker",
        ),
        _c(
            "fr",
            "French",
            "Amélie,Thibault,Margaux,Gaëlle,Étienne,Solène,Baptiste,Clémence",
            "Lefebvre,Moreau,Girard,Rousseau,Lemaire,Fontaine,Chevalier",
        ),
        _c(
            "de",
            "German",
            "Jürgen,Annegret,Henrik,Silke,Matthias,Wiebke,Torsten,Ulrike",
            "Schäfer,Hoffmann,Becker,Wagner,Krüger,Zimmermann,Schulze",
        ),
        _c(
            "nl",
            "Dutch",
            "Sanne,Joost,Femke,Maarten,Lieke,Bram,Anouk",
            "de Vries,van den Berg,Bakhuizen,Jansen,Visser,Smit,van Dijk",
        ),
        _c(
            "be",
            "Flemish",
            "Wout,Lotte,Jens,Ine,Pieter-Jan,Elke",
            "Peeters,Janssens,Maes,Claes,Wouters,Vermeulen",
        ),
        _c(
            "es",
            "Spanish",
            "Alejandro,Inmaculada,Íñigo,Rocío,Javier,Nerea,Álvaro,Begoña",
            "García Lorente,Fernández,Ruiz,Ibáñez,Castaño,Morales,Echeverría",
        ),
        _c(
            "ca",
            "Catalan",
            "Jordi,Montserrat,Núria,Oriol,Mireia,Pau",
            "Puig,Vilanova,Casals,Ferrer,Soler,Batlle",
        ),
        _c(
            "pt",
            "Portuguese",
            "João,Inês,Gonçalo,Beatriz,Tiago,Leonor",
            "Rodrigues,Ferreira,Carvalho,Magalhães,Pinto,Sequeira",
        ),
        _c(
            "br",
            "Brazilian",
            "Thiago,Larissa,Rafael,Juliana,Gustavo,Fernanda,Luiz",
            "Oliveira,Souza,Barbosa,Nascimento,Cavalcanti,Araújo",
        ),
        _c(
            "mx",
            "Mexican",
            "Guadalupe,Ximena,Alejandra,Emiliano,Itzel,Rodrigo",
            "Hernández,Ramírez,Villanueva,Cervantes,Zúñiga,Ochoa",
        ),
        _c(
            "ar",
            "Argentine",
            "Facundo,Agustina,Lautaro,Florencia,Gonzalo,Micaela",
            "Benítez,Gutiérrez,Paz,Medina,Sosa,Correa",
        ),
        _c(
            "it",
            "Italian",
            "Giuseppe,Chiara,Lorenzo,Francesca,Matteo,Giulia,Alessandro",
            "Esposito,Bianchi,Colombo,Ricci,Marchetti,Romano,De Luca",
        ),
        _c(
            "gr",
            "Greek",
            "Dimitris,Eleni,Giorgos,Katerina,Nikos,Vasiliki",
            "Papadopoulos,Georgiou,Konstantinidis,Nikolaou,Karagiannis,Alexiou",
        ),
        _c(
            "pl",
            "Polish",
            "Katarzyna,Bartosz,Małgorzata,Krzysztof,Agnieszka,Wojciech,Aleksandra",
            "Kowalski,Wiśniewska,Zieliński,Wójcik,Kamińska,Lewandowski,Dąbrowska",
        ),
        _c(
            "cz",
            "Czech",
            "Jiří,Tereza,Ondřej,Lucie,Vojtěch,Markéta",
            "Novák,Dvořáková,Svoboda,Procházka,Kučerová,Horák",
        ),
        _c(
            "sk",
            "Slovak",
            "Miroslav,Zuzana,Juraj,Lenka,Marek,Katarína",
            "Hudák,Baláž,Kováčová,Oravec,Gajdoš,Molnárová",
        ),
        _c(
            "hu",
            "Hungarian",
            "Zsófia,Bence,Eszter,Gábor,Réka,László",
            "Nagy,Szabó,Tóth,Kovács,Farkas,Balogh",
            family_first=True,
        ),
        _c(
            "ro",
            "Romanian",
            "Andrei,Ioana,Mihai,Ileana,Bogdan,Oana",
            "Popescu,Ionescu,Dumitrescu,Stanciu,Munteanu,Constantinescu",
        ),
        _c(
            "bg",
            "Bulgarian",
            "Todor,Desislava,Stoyan,Radka,Hristo,Tsvetelina",
            "Petrov,Dimitrova,Georgiev,Stoyanova,Kolev,Angelova",
        ),
        _c(
            "rs",
            "Serbian",
            "Nemanja,Jelena,Dragan,Milica,Vuk,Snežana",
            "Jovanović,Petrović,Nikolić,Đorđević,Stojanović,Marković",
        ),
        _c(
            "hr",
            "Croatian",
            "Ivana,Tomislav,Mateja,Krešimir,Dunja,Zvonimir",
            "Horvat,Babić,Knežević,Vuković,Perić,Grgić",
        ),
        _c(
            "si",
            "Slovenian",
            "Urška,Rok,Nina,Gregor,Špela,Matej",
            "Novak,Krajnc,Zupančič,Kovačič,Potočnik,Mlakar",
        ),
        _c(
            "ua",
            "Ukrainian",
            "Oksana,Taras,Yulia,Bohdan,Olena,Mykola,Iryna",
            "Shevchenko,Kovalenko,Bondarenko,Tkachenko,Melnyk,Kravchuk",
        ),
        _c(
            "ru",
            "Russian",
            "Dmitri,Yekaterina,Sergei,Anastasia,Vladimir,Svetlana",
            "Ivanova,Sokolov,Kuznetsova,Volkov,Morozova,Lebedev",
        ),
        _c(
            "lt",
            "Lithuanian",
            "Mindaugas,Rūta,Darius,Ieva,Tomas,Gintarė",
            "Kazlauskas,Jankauskienė,Petrauskas,Stankevičius,Vasiliauskaitė,Žukauskas",
        ),
        _c(
            "lv",
            "Latvian",
            "Jānis,Ilze,Andris,Līga,Kārlis,Inese",
            "Bērziņš,Kalniņa,Ozoliņš,Liepiņa,Krūmiņš,Eglītis",
        ),
        _c("ee", "Estonian", "Kadri,Margus,Triin,Priit,Liis,Rein", "Tamm,Saar,Sepp,Mägi,Kask,Kukk"),
        _c(
            "fi",
            "Finnish",
            "Aino,Juha,Tuulikki,Pekka,Sirpa,Jukka,Elina",
            "Virtanen,Mäkinen,Korhonen,Nieminen,Heikkinen,Laaksonen",
        ),
        _c(
            "se",
            "Swedish",
            "Agneta,Björn,Linnéa,Fredrik,Ingrid,Mattias",
            "Lindqvist,Bergström,Nyström,Sjöberg,Holmgren,Åkesson",
        ),
        _c(
            "no",
            "Norwegian",
            "Sigrid,Øyvind,Ingvild,Håkon,Solveig,Espen",
            "Haugen,Solberg,Bakke,Fjeld,Lunde,Halvorsen",
        ),
        _c(
            "dk",
            "Danish",
            "Mette,Søren,Kirsten,Rasmus,Birgitte,Anders",
            "Jørgensen,Mikkelsen,Kristensen,Thomsen,Poulsen,Frederiksen",
        ),
        _c(
            "is",
            "Icelandic",
            "Guðrún,Sigurður,Ásdís,Gunnar,Björk,Einar",
            "Jónsdóttir,Sigurðsson,Einarsdóttir,Magnússon,Ólafsdóttir,Þórsson",
        ),
        _c(
            "tr",
            "Turkish",
            "Ayşe,Mehmet,Elif,Burak,Zeynep,Emre,Gülşen",
            "Yılmaz,Demir,Şahin,Çelik,Öztürk,Aydın,Kılıç",
        ),
        _c(
            "lev",
            "Levantine Arabic",
            "Rami,Lina,Ziad,Rania,Karim,Hala",
            "Haddad,Khoury,Nassar,Saliba,Mansour,Aoun",
        ),
        _c(
            "eg",
            "Egyptian",
            "Mostafa,Yasmin,Amr,Nourhan,Tarek,Heba",
            "Abdelrahman,El-Sayed,Fathy,Soliman,Gaber,Mahmoud",
        ),
        _c(
            "ma",
            "Moroccan",
            "Youssef,Khadija,Hamza,Salma,Anouar,Meryem",
            "Benjelloun,El Amrani,Tazi,Bennani,Alaoui,Chraibi",
        ),
        _c(
            "ir",
            "Persian",
            "Dariush,Shirin,Kaveh,Parisa,Babak,Nasrin",
            "Hosseini,Rahimi,Tehrani,Jafari,Moradi,Karimi",
        ),
        _c(
            "ku",
            "Kurdish",
            "Rojda,Berzan,Hêvî,Dilan,Serhat,Zozan",
            "Barzani,Doski,Amedi,Zebari,Baban,Soran",
        ),
        _c(
            "il",
            "Israeli",
            "Noa,Yael,Eitan,Tamar,Ofer,Shira,Gilad",
            "Cohen,Levy,Mizrahi,Friedman,Ben-David,Avraham",
        ),
        _c(
            "am",
            "Armenian",
            "Arman,Anahit,Tigran,Lusine,Vardan,Siranush",
            "Petrosyan,Hakobyan,Grigoryan,Sargsyan,Avetisyan,Harutyunyan",
        ),
        _c(
            "ge",
            "Georgian",
            "Giorgi,Nino,Levan,Tamta,Irakli,Ketevan",
            "Beridze,Kapanadze,Gelashvili,Lomidze,Tsiklauri,Japaridze",
        ),
        _c(
            "hi",
            "North Indian",
            "Priyanka,Rohit,Ananya,Vikram,Sunita,Aditya,Neha",
            "Sharma,Verma,Agarwal,Srivastava,Tripathi,Chaturvedi",
        ),
        _c(
            "ta",
            "Tamil",
            "Karthik,Lakshmi,Senthil,Divya,Murugan,Kavitha",
            "Subramanian,Ramasamy,Krishnan,Venkatesan,Palaniappan,Annamalai",
        ),
        _c(
            "bn",
            "Bengali",
            "Sourav,Moumita,Arindam,Payel,Debashis,Rituparna",
            "Chatterjee,Banerjee,Mukherjee,Ghosh,Bhattacharya,Sengupta",
        ),
        _c(
            "pa",
            "Punjabi",
            "Harpreet,Gurinder,Simran,Jaswinder,Manpreet,Baljit",
            "Sandhu,Dhillon,Grewal,Sidhu,Gill,Randhawa",
        ),
        _c(
            "pk",
            "Pakistani",
            "Imran,Ayesha,Bilal,Sana,Usman,Mahnoor",
            "Qureshi,Chaudhry,Siddiqui,Malik,Sheikh,Awan",
        ),
        _c(
            "lk",
            "Sinhala",
            "Nuwan,Dilini,Chaminda,Sanduni,Kasun,Tharushi",
            "Perera,Jayasuriya,Wickramasinghe,Fernando,Gunawardena,Rajapaksa",
        ),
        _c(
            "np",
            "Nepali",
            "Bishal,Sushmita,Prakash,Anjali,Suman,Sarita",
            "Shrestha,Gurung,Tamang,Adhikari,Thapa,Magar",
        ),
        _c(
            "zh",
            "Chinese",
            "Wei,Xiaoling,Jianguo,Mingyu,Haoran,Yuqing",
            "Wang,Zhang,Liu,Chen,Zhao,Huang",
            family_first=True,
        ),
        _c(
            "yue",
            "Cantonese",
            "Ka-wai,Siu-ming,Wing-yan,Chun-kit,Mei-ling,Ho-yin",
            "Chan,Wong,Leung,Cheung,Tsang,Yeung",
            family_first=True,
        ),
        _c(
            "ja",
            "Japanese",
            "Haruto,Yui,Takeshi,Aoi,Kenji,Sakura,Ryota",
            "Tanaka,Suzuki,Takahashi,Watanabe,Yamamoto,Nakamura,Kobayashi",
            family_first=True,
        ),
        _c(
            "ko",
            "Korean",
            "Min-jun,Seo-yeon,Ji-hoon,Ha-eun,Dong-hyun,Soo-jin",
            "Kim,Lee,Choi,Jung,Kang,Yoon",
            family_first=True,
        ),
        _c(
            "vi",
            "Vietnamese",
            "Thanh,Linh,Minh Tuấn,Hương,Quang,Thảo",
            "Nguyễn,Trần,Phạm,Hoàng,Vũ,Đặng",
            family_first=True,
        ),
        _c(
            "th",
            "Thai",
            "Somchai,Malee,Niran,Kanya,Anan,Pimchanok",
            "Srisawat,Chaiyaporn,Wongsakul,Rattanakorn,Boonmee,Suksawat",
        ),
        _c(
            "fil",
            "Filipino",
            "Maricel,Jomar,Rowena,Arnel,Jhoanna,Rodel",
            "Dela Cruz,Bautista,Villanueva,Macaraeg,Santos,Mendoza",
        ),
        _c(
            "id",
            "Indonesian",
            "Budi,Siti,Agus,Dewi,Rizky,Wulan",
            "Santoso,Wijaya,Hidayat,Kusuma,Nugroho,Setiawan",
        ),
        _c(
            "my",
            "Malay",
            "Aisyah,Faizal,Nurul,Hafiz,Farah,Azlan",
            "Ismail,Abdullah,Rahman,Hamzah,Yusof,Osman",
        ),
        _c(
            "yo",
            "Yoruba",
            "Adebayo,Folake,Oluwaseun,Titilayo,Babatunde,Yetunde",
            "Adeyemi,Ogunleye,Balogun,Adeleke,Oyelaran,Akinola",
        ),
        _c(
            "ig",
            "Igbo",
            "Chinedu,Ngozi,Emeka,Adaeze,Obinna,Chiamaka",
            "Okafor,Eze,Nwosu,Okonkwo,Uzoma,Chukwu",
        ),
        _c(
            "sw",
            "Kenyan",
            "Wanjiru,Otieno,Achieng,Kipchoge,Nyambura,Mwangi",
            "Kamau,Odhiambo,Njoroge,Wekesa,Mutua,Chebet",
        ),
        _c(
            "et",
            "Ethiopian",
            "Tigist,Dawit,Selamawit,Yohannes,Meron,Abebe",
            "Tesfaye,Bekele,Haile,Gebremedhin,Alemu,Mengistu",
        ),
        _c(
            "so",
            "Somali",
            "Abdirahman,Hodan,Farhan,Ifrah,Liban,Sahra",
            "Warsame,Farah,Hirsi,Abdi,Osman,Jama",
        ),
        _c(
            "zu",
            "Zulu",
            "Sipho,Thandeka,Bongani,Nomvula,Themba,Zanele",
            "Dlamini,Ndlovu,Zulu,Mthembu,Khumalo,Ngcobo",
        ),
        _c(
            "ak",
            "Ghanaian",
            "Kwame,Akosua,Kofi,Abena,Yaw,Efua",
            "Mensah,Boateng,Owusu,Asante,Appiah,Ofori",
        ),
        _c(
            "mi",
            "Maori",
            "Aroha,Tane,Mereana,Wiremu,Kahurangi,Rawiri",
            "Ngata,Parata,Tipene,Walker-Ngata,Te Whata,Horomona",
        ),
        _c(
            "sm",
            "Samoan",
            "Sefo,Lagi,Tavita,Mele,Iosefa,Malia",
            "Faleolo,Leota,Tuilagi,Sapolu,Aumua,Fuimaono",
        ),
        _c(
            "sq",
            "Albanian",
            "Arben,Drita,Besnik,Elira,Gentian,Mimoza",
            "Hoxha,Krasniqi,Berisha,Gashi,Shehu,Leka",
        ),
        _c(
            "kk",
            "Kazakh",
            "Nursultan,Aigerim,Yerlan,Dana,Askar,Madina",
            "Nurlanov,Abenova,Seitkali,Zhunusova,Bekov,Tulegenova",
        ),
        _c(
            "uz",
            "Uzbek",
            "Jasur,Dilnoza,Sherzod,Nodira,Bekzod,Gulnora",
            "Karimov,Rashidova,Yusupov,Tashkentova,Ergashev,Mirzaeva",
        ),
        _c(
            "mn",
            "Mongolian",
            "Bat-Erdene,Oyunchimeg,Ganbold,Sarangerel,Temuulen,Enkhjargal",
            "Batbayar,Tsogt,Dorj,Ganbaatar,Enkhbold,Sukhbaatar",
        ),
    )
}

# Given names that are also everyday English words: only context makes them people.
WORD_NAMES: tuple[str, ...] = (
    "Hope",
    "Will",
    "Grace",
    "Summer",
    "Bill",
    "Rose",
    "Joy",
    "Faith",
    "Dawn",
    "Iris",
    "Penny",
    "Holly",
    "Ivy",
    "June",
    "Robin",
    "Sandy",
    "Destiny",
    "Autumn",
    "Pearl",
    "Heather",
    "Rich",
    "Frank",
    "Drew",
    "Sunny",
    "Patience",
    "Chase",
    "Cliff",
    "Misty",
    "Melody",
    "Skye",
    "Forrest",
    "Rusty",
)
WORD_FAMILY: tuple[str, ...] = (
    "Hargreaves",
    "Okonkwo",
    "Lindqvist",
    "Delgado",
    "Mensah",
    "Pritchard",
    "Nakamura",
    "Fitzgerald",
    "Sandhu",
    "Kowalczyk",
    "Harrington",
    "Ferreira",
)

# Diminutives and nicknames people type instead of the given name.
NICKNAMES: dict[str, str] = {
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Aleksandra": "Ola",
    "Krzysztof": "Krzysiek",
    "Wojciech": "Wojtek",
    "Bartosz": "Bartek",
    "Giuseppe": "Peppe",
    "Alessandro": "Sandro",
    "Francesca": "Fra",
    "Alejandro": "Álex",
    "Inmaculada": "Inma",
    "Guadalupe": "Lupe",
    "Dmitri": "Dima",
    "Yekaterina": "Katya",
    "Anastasia": "Nastya",
    "Vladimir": "Volodya",
    "Svetlana": "Sveta",
    "Sergei": "Seryozha",
    "Oksana": "Ksyusha",
    "Jürgen": "Jürgi",
    "Matthias": "Matze",
    "Philippa": "Pippa",
    "Harriet": "Hattie",
    "Eleanor": "Ellie",
    "Rupert": "Roo",
    "Brandon": "Bran",
    "Madison": "Maddie",
    "Priyanka": "Priya",
    "Babatunde": "Tunde",
    "Oluwaseun": "Seun",
    "Titilayo": "Titi",
    "Chiamaka": "Amaka",
    "Gonçalo": "Gonça",
    "Beatriz": "Bia",
    "Fernanda": "Nanda",
    "Juliana": "Ju",
    "Gurinder": "Gindy",
    "Abdirahman": "Abdi",
    "Nursultan": "Nurik",
    "Thibault": "Thib",
    "Clémence": "Clem",
    "Étienne": "Tienne",
    "Dimitris": "Mitsos",
    "Konstantin": "Kostya",
    "Giorgos": "Yorgos",
    "Micaela": "Mica",
    "Agustina": "Agus",
    "Facundo": "Facu",
    "Oyunchimeg": "Oyuna",
    "Mostafa": "Mido",
    "Leonor": "Nonô",
    "Tuulikki": "Tuuli",
}

# Cities by ISO country, regions and countries, all written by hand.
CITIES: dict[str, tuple[str, ...]] = {
    "GB": (
        "Leeds",
        "Bristol",
        "Aberdeen",
        "Swansea",
        "Norwich",
        "Sunderland",
        "Belfast",
        "Exeter",
        "Stockport",
        "Inverness",
    ),
    "IE": ("Galway", "Limerick", "Dún Laoghaire", "Kilkenny"),
    "US": (
        "Tucson",
        "Milwaukee",
        "Sacramento",
        "Tallahassee",
        "Des Moines",
        "Spokane",
        "Albuquerque",
        "Baton Rouge",
    ),
    "CA": ("Winnipeg", "Fredericton", "Saskatoon", "Kelowna", "Sherbrooke"),
    "DE": ("Bielefeld", "Würzburg", "Kassel", "Rostock", "Mannheim", "Göttingen", "Leipzig"),
    "FR": ("Toulouse", "Rennes", "Montpellier", "Clermont-Ferrand", "Lille", "Besançon"),
    "ES": ("Valladolid", "Zaragoza", "Córdoba", "Alicante", "Vigo", "Salamanca"),
    "PT": ("Braga", "Coimbra", "Aveiro", "Faro", "Setúbal"),
    "BR": ("Curitiba", "Belo Horizonte", "Recife", "Porto Alegre", "Florianópolis"),
    "IT": ("Bologna", "Trieste", "Bergamo", "Lecce", "Padova", "Perugia"),
    "NL": ("Utrecht", "Eindhoven", "Groningen", "Zwolle", "Haarlem"),
    "PL": ("Wrocław", "Poznań", "Gdańsk", "Łódź", "Lublin", "Katowice"),
    "TR": ("İzmir", "Bursa", "Eskişehir", "Gaziantep", "Trabzon"),
    "SE": ("Uppsala", "Malmö", "Linköping", "Umeå"),
    "JP": ("Sapporo", "Sendai", "Fukuoka", "Kanazawa"),
    "IN": ("Pune", "Lucknow", "Coimbatore", "Kochi", "Indore", "Bhubaneswar"),
    "AU": ("Geelong", "Wollongong", "Townsville", "Hobart", "Ballarat"),
    "NG": ("Ibadan", "Enugu", "Port Harcourt", "Abeokuta"),
    "KE": ("Kisumu", "Eldoret", "Nakuru", "Mombasa"),
    "ZA": ("Durban", "Gqeberha", "Bloemfontein", "Stellenbosch"),
    "MX": ("Guadalajara", "Monterrey", "Oaxaca", "Mérida", "Puebla"),
    "KR": ("Daegu", "Gwangju", "Incheon", "Ulsan"),
    "PH": ("Cebu City", "Davao", "Iloilo", "Baguio"),
}
REGIONS: tuple[str, ...] = (
    "Yorkshire",
    "Cornwall",
    "Bavaria",
    "Brittany",
    "Andalusia",
    "Tuscany",
    "Silesia",
    "Ontario",
    "Queensland",
    "Catalonia",
    "Lapland",
    "Saxony",
    "Galicia",
    "Kerala",
    "Gelderland",
    "Flanders",
    "Transylvania",
    "Lombardy",
    "Hokkaido",
    "Nova Scotia",
)
COUNTRIES: tuple[str, ...] = (
    "Portugal",
    "Norway",
    "Nigeria",
    "Vietnam",
    "Argentina",
    "Poland",
    "Kenya",
    "Mexico",
    "Iceland",
    "Romania",
    "Indonesia",
    "Morocco",
    "Slovenia",
    "Ghana",
    "Lithuania",
    "Germany",
    "Canada",
    "Australia",
    "Ireland",
    "Philippines",
)

_STREETS: dict[str, tuple[str, ...]] = {
    "GB": (
        "Hollybank Road",
        "Marsden Terrace",
        "Quarry Lane",
        "Cromwell Gardens",
        "Abbotsford Crescent",
    ),
    "US": (
        "North Elmwood Avenue",
        "Sycamore Court",
        "West Fulton Street",
        "Ridgecrest Drive",
        "Maplewood Boulevard",
    ),
    "DE": ("Lindenstraße", "Am Mühlbach", "Goethestraße", "Kastanienweg", "Bahnhofsallee"),
    "FR": (
        "rue des Tanneurs",
        "avenue Jean-Jaurès",
        "impasse des Lilas",
        "boulevard Carnot",
        "rue du Moulin",
    ),
    "ES": (
        "Calle de la Paz",
        "Avenida de Andalucía",
        "Calle Mayor",
        "Paseo de Zorrilla",
        "Calle Alfonso I",
    ),
    "IT": ("Via Garibaldi", "Viale dei Mille", "Via San Vitale", "Corso Cavour", "Via delle Rose"),
    "NL": ("Prinsengracht", "Oudegracht", "Kerkstraat", "Vondellaan", "Havenweg"),
    "PL": ("ul. Piotrkowska", "ul. Długa", "ul. Słowackiego", "al. Grunwaldzka", "ul. Ogrodowa"),
    "PT": ("Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Carmo", "Travessa do Forno"),
    "BR": ("Rua Augusta", "Avenida Sete de Setembro", "Rua XV de Novembro", "Rua das Laranjeiras"),
    "TR": ("Atatürk Bulvarı", "Kıbrıs Şehitleri Caddesi", "Gül Sokak", "Cumhuriyet Caddesi"),
    "AU": ("Wattle Street", "Banksia Parade", "Kooyong Road", "Esplanade East"),
    "JP": ("Chuo-ku Kita 3-jo Nishi", "Aoba-ku Ichibancho", "Hakata-ku Gion-machi"),
    "IN": ("MG Road", "Linking Road", "Anna Salai", "Residency Road"),
}
_PLACE_CITY: dict[str, str] = {"JP": "JP", "IN": "IN"}


def address(country: str, number: int, pick: int) -> str:
    """A street address of `country` as written there (one LOCATION span)."""
    streets = _STREETS[country]
    street = streets[pick % len(streets)]
    cities = CITIES.get(country, CITIES["GB"])
    city = cities[pick % len(cities)]
    n = number % 180 + 1
    if country == "GB":
        codes = ("LS6 2QT", "BS3 4LH", "AB10 7JN", "SA1 5DF", "NR2 3PQ")
        return f"{n} {street}, {city} {codes[pick % len(codes)]}"
    if country == "US":
        st = ("AZ 85719", "WI 53202", "CA 95814", "FL 32301", "IA 50309")[pick % 5]
        return f"{n * 7 + 100} {street}, {city}, {st}"
    if country == "DE":
        return f"{street} {n}, {34117 + pick * 1013} {city}"
    if country == "FR":
        return f"{n} {street}, {31000 + pick * 1010} {city}"
    if country == "ES":
        return f"{street}, {n}, 3º B, {47001 + pick * 11} {city}"
    if country == "IT":
        return f"{street} {n}, {40121 + pick * 7} {city}"
    if country == "NL":
        return f"{street} {n}, {3511 + pick * 13} KL {city}"
    if country == "PL":
        return f"{street} {n}/{pick + 2}, {50 + pick}-{100 + n:03d} {city}"
    if country == "PT":
        return f"{street}, {n}, {4700 + pick}-{100 + n} {city}"
    if country == "BR":
        return f"{street}, {n * 10}, {city}, CEP {80010 + pick}-{100 + n}"
    if country == "TR":
        return f"{street} No:{n} D:{pick + 3}, {city}"
    if country == "AU":
        return f"{n} {street}, {city} VIC {3220 + pick}"
    if country == "JP":
        return f"{street} {pick + 1}-{n % 20 + 1}-{n % 9 + 2}, {city}"
    if country == "IN":
        return f"{n}, {street}, {city} {411001 + pick * 7}"
    raise KeyError(country)


ADDRESS_COUNTRIES: tuple[str, ...] = tuple(_STREETS)
