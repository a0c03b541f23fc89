"""Values the val4 part plants (appliance.testing.pii_corpus.val4): names of people from 44
cultures, cities, regions, countries and street addresses, the phone regions, IBAN layouts,
card brands, e-mail domains, and the decoys of its clean prompts. Written by hand for this
part; no name list of a library was used."""

from __future__ import annotations

from typing import NamedTuple


class Culture(NamedTuple):
    given: tuple[str, ...]  # a trailing "*" marks a woman's name where family names agree
    family: tuple[str, ...]  # "Novák/Nováková": the man's and the woman's form
    family_first: float = 0.0  # how often the family name is written first
    middles: tuple[str, ...] = ()  # Vietnamese middle names
    double: float = 0.0  # how often two family names are written (Spanish, Portuguese)
    anglo: bool = False  # takes middle initials and "Jr." suffixes


def _c(given: str, family: str, **kw) -> Culture:
    return Culture(tuple(given.split(", ")), tuple(family.split(", ")), **kw)


CULTURES: dict[str, Culture] = {
    "yoruba": _c(
        "Adebayo, Folake, Oluwaseun, Temitope, Babatunde, Funmilayo, Olamide, Yetunde",
        "Adeyemi, Ogunleye, Balogun, Adewale, Olatunji, Akinola, Fashola, Oyelaran",
    ),
    "igbo": _c(
        "Chinedu, Ngozi, Obinna, Chiamaka, Emeka, Adaeze, Ikenna, Uchenna",
        "Okafor, Nwosu, Okonkwo, Anyanwu, Nwachukwu, Ezeani, Obiora, Uzoma",
    ),
    "vietnamese": _c(
        "Lan, Minh, Hà, Bảo, Trang, Huy, Tâm, Dũng, Phương, Khoa",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Võ, Đặng, Bùi",
        family_first=1.0,
        middles=("Thị", "Văn", "Ngọc", "Đức", "Thanh", "Quốc"),
    ),
    "polish": _c(
        "Katarzyna, Łukasz, Małgorzata, Wojciech, Agnieszka, Krzysztof, Zofia, Bartosz",
        "Nowak, Wójcik, Kowalczyk, Mazur, Krawczyk, Dudek, Pawlak, Sikora",
    ),
    "brazilian": _c(
        "Thiago, Mariana, Rafael, Juliana, Gustavo, Letícia, Rodrigo, Camila",
        "Oliveira, Ferreira, Carvalho, Rodrigues, Almeida, Nascimento, Barbosa, Ribeiro",
        double=0.4,
    ),
    "tamil": _c(
        "Senthil, Kavitha, Murugan, Lakshmi, Saravanan, Meenakshi, Vignesh, Deepa",
        "Subramanian, Ramasamy, Krishnan, Venkatesan, Palaniappan, Natarajan, Arumugam, Sundaram",
    ),
    "bengali": _c(
        "Arnab, Sudipta, Rituparna, Sourav, Debjani, Tanmoy, Moumita, Subhankar",
        "Chatterjee, Banerjee, Mukherjee, Bhattacharya, Ghosh, Chakraborty, Sengupta, Dasgupta",
    ),
    "punjabi": _c(
        "Gurpreet, Harjinder, Manpreet, Jaspreet, Amandeep, Navjot, Baljit, Simran",
        "Sandhu, Dhillon, Grewal, Sidhu, Bains, Randhawa, Brar, Cheema",
    ),
    "gujarati": _c(
        "Hetal, Jignesh, Bhavesh, Nirali, Krunal, Hiral, Darshan, Falguni",
        "Patel, Mehta, Desai, Trivedi, Parikh, Vyas, Thakkar, Shah",
    ),
    "telugu": _c(
        "Sravani, Venkatesh, Padmaja, Chaitanya, Sailaja, Harsha, Bhargavi, Srikanth",
        "Reddy, Naidu, Chowdary, Gorantla, Kondapalli, Vemula, Pothula, Yarlagadda",
    ),
    "emirati": _c(
        "Khalid, Fatima, Abdullah, Maryam, Sultan, Noura, Faisal, Hessa",
        "Al Mansouri, Al Shamsi, Al Marri, Al Dhaheri, Al Suwaidi, Al Kaabi, Al Hammadi, Al Ketbi",
    ),
    "egyptian": _c(
        "Mahmoud, Yasmin, Omar, Nourhan, Tarek, Heba, Amr, Dina",
        "Abdel-Fattah, El-Sayed, Hassan, Mostafa, Fahmy, Soliman, Shawky, Zaki",
    ),
    "korean": _c(
        "Ji-woo, Min-jun, Seo-yeon, Hyun-woo, Eun-ji, Do-yoon, Soo-ah, Jae-hyun",
        "Kim, Lee, Choi, Jung, Kang, Yoon, Han, Lim",
        family_first=0.7,
    ),
    "japanese": _c(
        "Haruto, Yui, Sota, Aoi, Ren, Hina, Daiki, Mei",
        "Tanaka, Watanabe, Yamamoto, Nakamura, Kobayashi, Saito, Matsumoto, Inoue",
    ),
    "chinese": _c(
        "Wei, Fang, Xiaoming, Jing, Hao, Yuqing, Zhiwei, Lihua",
        "Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Xu",
        family_first=0.7,
    ),
    "finnish": _c(
        "Aino, Juha, Sanna, Mikko, Eeva, Jukka, Tuula, Ville",
        "Virtanen, Korhonen, Mäkinen, Nieminen, Heikkinen, Laine, Koskinen, Järvinen",
    ),
    "mexican": _c(
        "Ximena, Alejandro, Guadalupe, Rogelio, Itzel, Arturo, Maricela, Eduardo",
        "Hernández, García, Martínez, López, González, Ramírez, Cruz, Flores",
        double=0.5,
    ),
    "irish": _c(
        "Siobhán, Cian, Aoife, Pádraig, Niamh, Oisín, Caoimhe, Ciarán",
        "O'Sullivan, Murphy, Byrne, Kavanagh, McCarthy, O'Connell, Doyle, Fitzgerald",
    ),
    "turkish": _c(
        "Emre, Elif, Burak, Zeynep, Mehmet, Ayşe, Oğuz, Büşra",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Arslan, Doğan",
    ),
    "filipino": _c(
        "Maricel, Rodel, Jonalyn, Arnel, Rowena, Jericho, Lovely, Marites",
        "Dela Cruz, Bautista, Villanueva, Mendoza, Manalo, Macaraeg, Dimaculangan, Pangilinan",
        anglo=True,
    ),
    "ethiopian": _c(
        "Abebe, Tigist, Dawit, Meron, Yohannes, Selamawit, Bereket, Hiwot",
        "Tesfaye, Girma, Bekele, Haile, Tadesse, Alemu, Mengistu, Wolde",
    ),
    "greek": _c(
        "Dimitrios, Eleni*, Konstantinos, Katerina*, Georgios, Vasiliki*, Panagiotis, Angeliki*",
        "Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, Karagiannis/Karagianni, "
        "Vlachos/Vlachou, Oikonomou, Christodoulou, Antoniadis/Antoniadou",
    ),
    "hungarian": _c(
        "Zsófia, Bence, Réka, Levente, Eszter, Gergely, Dóra, Ádám",
        "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Molnár, Farkas",
        family_first=0.4,
    ),
    "german": _c(
        "Jürgen, Anke, Matthias, Sabine, Tobias, Franziska, Jörg, Ulrike",
        "Schneider, Hoffmann, Becker, Wagner, Schäfer, Zimmermann, Krüger, Neumann",
    ),
    "french": _c(
        "Amélie, Mathieu, Océane, Guillaume, Clémence, Thibault, Margaux, Benoît",
        "Lefebvre, Moreau, Girard, Fontaine, Dubois, Rousseau, Chevalier, Lambert",
    ),
    "italian": _c(
        "Giulia, Alessandro, Chiara, Lorenzo, Federica, Matteo, Francesca, Davide",
        "Esposito, Romano, Colombo, Ricci, Marino, Gallo, Conti, De Luca",
    ),
    "spanish": _c(
        "Lucía, Javier, Nerea, Íñigo, Pilar, Sergio, Ainhoa, Álvaro",
        "Fernández, Sánchez, Navarro, Iglesias, Ortega, Castillo, Domínguez, Gil",
        double=0.5,
    ),
    "dutch": _c(
        "Sanne, Daan, Femke, Joris, Lieke, Bram, Anouk, Thijs",
        "de Vries, van Dijk, Bakker, Visser, Smit, Mulder, de Jong, van den Berg",
    ),
    "swedish": _c(
        "Linnea, Oskar, Ebba, Gustav, Saga, Axel, Elsa, Hampus",
        "Lindqvist, Johansson, Bergström, Sandberg, Nyström, Holmgren, Lundgren, Ekström",
    ),
    "russian": _c(
        "Dmitry, Anastasia*, Sergei, Yekaterina*, Alexei, Olga*, Nikolai, Tatiana*",
        "Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, "
        "Sokolov/Sokolova, Volkov/Volkova, Morozov/Morozova, Lebedev/Lebedeva",
    ),
    "ukrainian": _c(
        "Oksana, Taras, Iryna, Bohdan, Olena, Mykola, Halyna, Andriy",
        "Shevchenko, Bondarenko, Kovalenko, Tkachenko, Melnyk, Kravchuk, Lysenko, Marchenko",
    ),
    "persian": _c(
        "Dariush, Shirin, Kourosh, Niloufar, Arash, Parisa, Babak, Leila",
        "Hosseini, Rahimi, Karimi, Moradi, Jafari, Ahmadi, Ghasemi, Rostami",
    ),
    "kenyan": _c(
        "Wanjiru, Akinyi, Njeri, Atieno, Kiprono, Baraka, Makena, Juma",
        "Kamau, Otieno, Mwangi, Kiprotich, Odhiambo, Wafula, Chebet, Onyango",
    ),
    "akan": _c(
        "Kwame, Akosua, Kofi, Efua, Yaw, Adwoa, Kwabena, Abena",
        "Mensah, Boateng, Asante, Owusu, Appiah, Osei, Agyeman, Darko",
    ),
    "indonesian": _c(
        "Budi, Siti, Agus, Dewi, Rizky, Ayu, Wahyu, Fitri",
        "Santoso, Wijaya, Hidayat, Kusuma, Saputra, Nugroho, Setiawan, Pratama",
    ),
    "thai": _c(
        "Somchai, Siriporn, Anan, Kanya, Thanawat, Pimchanok, Narong, Suda",
        "Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Sukprasert, Thongchai, Boonmee, Jaidee",
    ),
    "moroccan": _c(
        "Youssef, Salma, Hamza, Khadija, Mehdi, Imane, Anouar, Zineb",
        "Benali, El Amrani, Bouzid, Tazi, Alaoui, Berrada, Chraibi, El Idrissi",
    ),
    "pakistani": _c(
        "Bilal, Ayesha, Usman, Sana, Zainab, Imran, Mahnoor, Faizan",
        "Qureshi, Siddiqui, Chaudhry, Malik, Abbasi, Raza, Hashmi, Awan",
    ),
    "american": _c(
        "Brittany, Tyler, Kayla, Dustin, Courtney, Travis, Megan, Cody",
        "Henderson, Whitaker, Caldwell, Prescott, Holloway, Pruitt, McAllister, Dunleavy",
        anglo=True,
    ),
    "zulu": _c(
        "Thandiwe, Sipho, Nomvula, Bongani, Lindiwe, Themba, Zanele, Mandla",
        "Dlamini, Nkosi, Mkhize, Ndlovu, Khumalo, Mthembu, Ngcobo, Buthelezi",
    ),
    "romanian": _c(
        "Ioana, Andrei, Mihaela, Bogdan, Raluca, Cristian, Roxana, Sorin",
        "Popescu, Ionescu, Dumitrescu, Stoica, Munteanu, Gheorghiu, Constantinescu, Tudor",
    ),
    "czech": _c(
        "Tereza*, Jakub, Lenka*, Ondřej, Petra*, Tomáš, Veronika*, Lukáš",
        "Novák/Nováková, Svoboda/Svobodová, Dvořák/Dvořáková, Černý/Černá, "
        "Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková",
    ),
    "israeli": _c(
        "Noa, Yonatan, Tamar, Itai, Shira, Eitan, Yael, Omer",
        "Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Avraham, Shapiro",
    ),
    "somali": _c(
        "Abdirahman, Hodan, Farhan, Ubah, Abdiwali, Ifrah, Mustafe, Sahra",
        "Warsame, Farah, Hirsi, Jama, Egal, Abdi, Nur, Mohamud",
    ),
}

# short forms people use for each other (a PERSON span like any other)
NICKNAMES = {
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Wojciech": "Wojtek",
    "Krzysztof": "Krzysiek",
    "Bartosz": "Bartek",
    "Babatunde": "Tunde",
    "Oluwaseun": "Seun",
    "Temitope": "Tope",
    "Funmilayo": "Funmi",
    "Chinedu": "Chi-Chi",
    "Chiamaka": "Ama",
    "Obinna": "Obi",
    "Alejandro": "Ale",
    "Guadalupe": "Lupita",
    "Eduardo": "Lalo",
    "Dimitrios": "Dimitris",
    "Konstantinos": "Kostas",
    "Georgios": "Giorgos",
    "Panagiotis": "Panos",
    "Yekaterina": "Katya",
    "Anastasia": "Nastya",
    "Dmitry": "Dima",
    "Alexei": "Lyosha",
    "Alessandro": "Ale",
    "Francesca": "Fra",
    "Guillaume": "Guigui",
    "Jericho": "Echo",
    "Rodel": "Dodong",
    "Marites": "Tess",
    "Pádraig": "Paddy",
    "Ciarán": "Kiki",
    "Subhankar": "Subho",
    "Venkatesh": "Venky",
    "Srikanth": "Sri",
    "Bhavesh": "Bhavu",
    "Abdirahman": "Abdi",
    "Yonatan": "Yoni",
    "Brittany": "Britt",
    "Courtney": "Court",
    "Franziska": "Franzi",
    "Matthias": "Matze",
    "Agnieszka": "Aga",
    "Zofia": "Zosia",
    "Łukasz": "Łukaszek",
    "Sergei": "Seryozha",
    "Olga": "Olya",
    "Nikolai": "Kolya",
    "Tatiana": "Tanya",
    "Eleni": "Lena",
    "Katerina": "Katia",
    "Vasiliki": "Vicky",
    "Angeliki": "Angie",
    "Adebayo": "Bayo",
    "Folake": "Fola",
    "Olamide": "Lami",
    "Yetunde": "Yetty",
    "Xiaoming": "Ming",
    "Mahnoor": "Noor",
    "Kwabena": "Kobby",
    "Thandiwe": "Thandi",
    "Lindiwe": "Lindi",
    "Zsófia": "Zsófi",
    "Levente": "Levi",
}

# names that are also English words; clean prompts may carry the word
WORD_NAMES = ("Lovely", "Saga", "Echo", "Court", "Fra")
TITLES = (
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Prof.",
    "Dr",
    "Mr",
    "Ms",
    "Sr.",
    "Sra.",
    "Frau",
    "Herr",
    "Mme",
    "Eng.",
    "Atty.",
    "Chief",
    "Capt.",
)
SUFFIXES = ("Jr.", "Sr.", "III", "II")


class Country(NamedTuple):
    name: str
    cities: tuple[str, ...]
    regions: tuple[str, ...] = ()


COUNTRIES: dict[str, Country] = {
    "US": Country(
        "the United States",
        ("Columbus", "Sacramento", "Raleigh", "Tucson", "Milwaukee", "Albuquerque"),
        ("Ohio", "California", "North Carolina", "Arizona", "Wisconsin", "New Mexico"),
    ),
    "GB": Country(
        "the United Kingdom",
        ("Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Sheffield"),
        ("Yorkshire", "Lancashire", "Scotland", "Wales"),
    ),
    "IE": Country(
        "Ireland", ("Dublin", "Cork", "Galway", "Limerick"), ("County Kerry", "Connacht")
    ),
    "DE": Country(
        "Germany",
        ("Berlin", "Hamburg", "München", "Köln", "Leipzig", "Stuttgart"),
        ("Bavaria", "Saxony", "Hesse"),
    ),
    "FR": Country(
        "France",
        ("Lyon", "Toulouse", "Bordeaux", "Nantes", "Strasbourg", "Lille"),
        ("Normandy", "Occitanie", "Provence"),
    ),
    "ES": Country(
        "Spain",
        ("Madrid", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"),
        ("Catalonia", "Andalusia", "Galicia"),
    ),
    "IT": Country(
        "Italy",
        ("Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze"),
        ("Lombardy", "Tuscany", "Sicily"),
    ),
    "NL": Country(
        "the Netherlands",
        ("Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Groningen"),
        ("North Brabant", "Gelderland"),
    ),
    "PL": Country(
        "Poland",
        ("Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"),
        ("Silesia", "Masovia", "Pomerania"),
    ),
    "BR": Country(
        "Brazil",
        ("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife", "Porto Alegre"),
        ("Minas Gerais", "Bahia", "Paraná"),
    ),
    "MX": Country(
        "Mexico",
        ("Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Mérida", "Oaxaca"),
        ("Jalisco", "Yucatán", "Nuevo León"),
    ),
    "IN": Country(
        "India",
        ("Bengaluru", "Chennai", "Pune", "Kolkata", "Hyderabad", "Ahmedabad", "Ludhiana"),
        ("Kerala", "Tamil Nadu", "West Bengal", "Gujarat", "Telangana", "Punjab"),
    ),
    "JP": Country(
        "Japan",
        ("Tokyo", "Osaka", "Fukuoka", "Sapporo", "Nagoya"),
        ("Hokkaido", "Kyushu", "Kansai"),
    ),
    "NG": Country(
        "Nigeria",
        ("Lagos", "Abuja", "Ibadan", "Enugu", "Port Harcourt"),
        ("Lagos State", "Anambra"),
    ),
    "CA": Country(
        "Canada",
        ("Toronto", "Vancouver", "Montréal", "Calgary", "Halifax"),
        ("Ontario", "British Columbia", "Quebec", "Alberta"),
    ),
    "AU": Country(
        "Australia",
        ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"),
        ("Queensland", "Victoria", "New South Wales"),
    ),
    "SE": Country("Sweden", ("Stockholm", "Göteborg", "Malmö", "Uppsala"), ("Skåne", "Norrland")),
    "TR": Country(
        "Türkiye", ("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"), ("Anatolia", "Cappadocia")
    ),
    "KR": Country("South Korea", ("Seoul", "Busan", "Incheon", "Daegu"), ("Gyeonggi", "Jeju")),
    "KE": Country("Kenya", ("Nairobi", "Mombasa", "Kisumu", "Eldoret"), ("Rift Valley",)),
    "VN": Country("Vietnam", ("Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong")),
    "PH": Country(
        "the Philippines",
        ("Quezon City", "Cebu City", "Davao City", "Makati"),
        ("Mindanao", "Visayas"),
    ),
    "ET": Country(
        "Ethiopia", ("Addis Ababa", "Bahir Dar", "Hawassa", "Mekelle"), ("Oromia", "Amhara")
    ),
    "GR": Country(
        "Greece", ("Athens", "Thessaloniki", "Patras", "Heraklion"), ("Crete", "Peloponnese")
    ),
    "HU": Country("Hungary", ("Budapest", "Debrecen", "Szeged", "Pécs")),
    "FI": Country("Finland", ("Helsinki", "Tampere", "Oulu", "Turku"), ("Lapland",)),
    "EG": Country("Egypt", ("Cairo", "Alexandria", "Giza", "Luxor")),
    "AE": Country("the United Arab Emirates", ("Dubai", "Abu Dhabi", "Sharjah")),
    "SA": Country("Saudi Arabia", ("Riyadh", "Jeddah", "Dammam")),
    "MA": Country("Morocco", ("Casablanca", "Rabat", "Marrakesh", "Fès")),
    "GH": Country("Ghana", ("Accra", "Kumasi", "Tamale")),
    "ZA": Country(
        "South Africa",
        ("Johannesburg", "Durban", "Cape Town", "Pretoria"),
        ("Gauteng", "KwaZulu-Natal"),
    ),
    "CN": Country("China", ("Shenzhen", "Chengdu", "Hangzhou", "Wuhan"), ("Guangdong", "Sichuan")),
    "ID": Country(
        "Indonesia", ("Jakarta", "Surabaya", "Bandung", "Yogyakarta"), ("Bali", "Sumatra")
    ),
    "TH": Country("Thailand", ("Bangkok", "Chiang Mai", "Khon Kaen")),
    "PK": Country("Pakistan", ("Lahore", "Karachi", "Islamabad", "Faisalabad"), ("Sindh",)),
    "UA": Country("Ukraine", ("Kyiv", "Lviv", "Odesa", "Kharkiv")),
    "RO": Country("Romania", ("Bucharest", "Cluj-Napoca", "Iași", "Timișoara"), ("Transylvania",)),
    "CZ": Country("Czechia", ("Prague", "Brno", "Ostrava")),
    "IL": Country("Israel", ("Tel Aviv", "Haifa", "Beersheba")),
    "SO": Country("Somalia", ("Mogadishu", "Hargeisa")),
    "IR": Country("Iran", ("Shiraz", "Isfahan", "Tabriz")),
    "PT": Country("Portugal", ("Porto", "Lisboa", "Coimbra")),
    "BD": Country("Bangladesh", ("Dhaka", "Chattogram", "Sylhet")),
}
CITIES = {code: c.cities for code, c in COUNTRIES.items()}
REGIONS = tuple(r for c in COUNTRIES.values() for r in c.regions)


class AddressBook(NamedTuple):
    fmt: str  # {n} house number, {street}, {unit}, {city}, {reg}, {post}, {district}
    places: tuple[
        tuple[str, str, str], ...
    ]  # city, region code, postcode pattern (# digit, A letter)
    streets: tuple[str, ...]
    units: tuple[str, ...] = ("",)
    districts: tuple[str, ...] = ("",)


ADDRESSES: dict[str, AddressBook] = {
    "US": AddressBook(
        "{n} {street}{unit}, {city}, {reg} {post}",
        (
            ("Columbus", "OH", "432##"),
            ("Sacramento", "CA", "958##"),
            ("Raleigh", "NC", "276##"),
            ("Tucson", "AZ", "857##"),
            ("Milwaukee", "WI", "532##"),
            ("Albuquerque", "NM", "871##"),
        ),
        (
            "Maple Hollow Dr",
            "W Fairview Ave",
            "Pinecrest Rd",
            "N 34th St",
            "Old Mill Ln",
            "Cedar Bluff Ct",
        ),
        ("", "", ", Apt 4B", ", Unit 12", " #210"),
    ),
    "GB": AddressBook(
        "{unit}{n} {street}, {city} {post}",
        (
            ("Leeds", "", "LS# #AA"),
            ("Manchester", "", "M## #AA"),
            ("Bristol", "", "BS# #AA"),
            ("Glasgow", "", "G## #AA"),
            ("Cardiff", "", "CF## #AA"),
            ("Sheffield", "", "S## #AA"),
        ),
        ("Albion Road", "Cavendish Street", "Hawthorn Crescent", "Mill Lane", "Victoria Terrace"),
        ("", "", "Flat 3, ", "Flat 12B, "),
    ),
    "IE": AddressBook(
        "{unit}{n} {street}, {city}, {post}",
        (("Dublin", "", "D0# A##A"), ("Cork", "", "T12 A#AA"), ("Galway", "", "H91 AA##")),
        ("Harcourt Street", "Griffith Avenue", "Sandymount Road", "Fairhill Drive"),
        ("", "Apt 7, ", "Apartment 21, "),
    ),
    "DE": AddressBook(
        "{street} {n}{unit}, {post} {city}",
        (
            ("Berlin", "", "10###"),
            ("Hamburg", "", "20###"),
            ("München", "", "80###"),
            ("Köln", "", "50###"),
            ("Leipzig", "", "04###"),
            ("Stuttgart", "", "70###"),
        ),
        (
            "Lindenstraße",
            "Schillerstraße",
            "Am Hopfengarten",
            "Bergmannstraße",
            "Gartenweg",
            "Kastanienallee",
        ),
        ("", "", "a", "b"),
    ),
    "FR": AddressBook(
        "{n}{unit} {street}, {post} {city}",
        (
            ("Lyon", "", "6900#"),
            ("Toulouse", "", "310##"),
            ("Bordeaux", "", "330##"),
            ("Nantes", "", "440##"),
            ("Strasbourg", "", "670##"),
            ("Lille", "", "590##"),
        ),
        (
            "rue des Lilas",
            "avenue Jean Jaurès",
            "boulevard Voltaire",
            "rue de la République",
            "impasse des Tilleuls",
        ),
        ("", "", " bis", " ter"),
    ),
    "ES": AddressBook(
        "{street} {n}, {unit}{post} {city}",
        (
            ("Madrid", "", "280##"),
            ("Valencia", "", "460##"),
            ("Sevilla", "", "410##"),
            ("Bilbao", "", "480##"),
            ("Zaragoza", "", "500##"),
            ("Málaga", "", "290##"),
        ),
        (
            "Calle Mayor",
            "Avenida de la Constitución",
            "Calle del Olivo",
            "Paseo de las Acacias",
            "Calle Real",
        ),
        ("", "2º izq., ", "4º B, ", "bajo A, "),
    ),
    "IT": AddressBook(
        "{street} {n}{unit}, {post} {city}",
        (
            ("Milano", "", "201##"),
            ("Roma", "", "001##"),
            ("Torino", "", "101##"),
            ("Napoli", "", "801##"),
            ("Bologna", "", "401##"),
            ("Firenze", "", "501##"),
        ),
        (
            "Via Garibaldi",
            "Corso Vittorio Emanuele II",
            "Via dei Mille",
            "Viale delle Magnolie",
            "Piazza Cavour",
        ),
        ("", "", "/B", ", scala C"),
    ),
    "NL": AddressBook(
        "{street} {n}{unit}, {post} {city}",
        (
            ("Amsterdam", "", "10## AA"),
            ("Utrecht", "", "35## AA"),
            ("Rotterdam", "", "30## AA"),
            ("Eindhoven", "", "56## AA"),
            ("Groningen", "", "97## AA"),
        ),
        ("Prinsengracht", "Kerkstraat", "Lindengracht", "Vondelstraat", "Molenweg"),
        ("", "", "-1", "A", " hs"),
    ),
    "PL": AddressBook(
        "ul. {street} {n}{unit}, {post} {city}",
        (
            ("Warszawa", "", "0#-###"),
            ("Kraków", "", "3#-###"),
            ("Gdańsk", "", "80-###"),
            ("Wrocław", "", "5#-###"),
            ("Poznań", "", "6#-###"),
            ("Łódź", "", "9#-###"),
        ),
        ("Marszałkowska", "Długa", "Ogrodowa", "Kwiatowa", "Słoneczna", "Lipowa"),
        ("", "/4", " m. 12", "/27"),
    ),
    "BR": AddressBook(
        "{street}, {n}{unit} - {district}, {city} - {reg}, {post}",
        (
            ("São Paulo", "SP", "0####-###"),
            ("Rio de Janeiro", "RJ", "2####-###"),
            ("Belo Horizonte", "MG", "3####-###"),
            ("Curitiba", "PR", "8####-###"),
            ("Recife", "PE", "5####-###"),
            ("Porto Alegre", "RS", "9####-###"),
        ),
        (
            "Rua das Palmeiras",
            "Avenida Brasil",
            "Rua Sete de Setembro",
            "Rua dos Jacarandás",
            "Travessa do Sol",
        ),
        ("", ", apto 41", ", casa 2", ", bloco B"),
        ("Centro", "Jardim América", "Vila Nova", "Boa Vista"),
    ),
    "MX": AddressBook(
        "{street} {n}{unit}, Col. {district}, {post} {city}, {reg}",
        (
            ("Ciudad de México", "CDMX", "0####"),
            ("Guadalajara", "Jal.", "44###"),
            ("Monterrey", "N.L.", "64###"),
            ("Puebla", "Pue.", "72###"),
            ("Mérida", "Yuc.", "97###"),
        ),
        (
            "Av. Insurgentes Sur",
            "Calle Hidalgo",
            "Av. Juárez",
            "Calle 5 de Mayo",
            "Calzada de Tlalpan",
        ),
        ("", " int. 4", " depto. 302"),
        ("Del Valle", "Centro", "Las Águilas", "Santa María"),
    ),
    "IN": AddressBook(
        "{unit}{n}, {street}, {district}, {city} {post}",
        (
            ("Bengaluru", "", "5600##"),
            ("Chennai", "", "6000##"),
            ("Pune", "", "4110##"),
            ("Kolkata", "", "7000##"),
            ("Hyderabad", "", "5000##"),
            ("Ahmedabad", "", "3800##"),
        ),
        ("12th Main Road", "MG Road", "2nd Cross Street", "Link Road", "Station Road"),
        ("Flat ", "No. ", "Plot ", "House No. "),
        ("Indiranagar", "Anna Nagar", "Kothrud", "Salt Lake", "Banjara Hills", "Navrangpura"),
    ),
    "JP": AddressBook(
        "{n}-{unit} {district}, {city} {post}",
        (
            ("Tokyo", "", "1##-####"),
            ("Osaka", "", "5##-####"),
            ("Fukuoka", "", "81#-####"),
            ("Nagoya", "", "46#-####"),
        ),
        ("",),
        ("4-2", "11-8", "2-21", "7-15"),
        ("Jingumae, Shibuya-ku", "Tenjin, Chuo-ku", "Umeda, Kita-ku", "Sakae, Naka-ku"),
    ),
    "NG": AddressBook(
        "{n} {street}, {district}, {city}",
        (("Lagos", "", ""), ("Abuja", "", ""), ("Ibadan", "", ""), ("Enugu", "", "")),
        (
            "Admiralty Way",
            "Adetokunbo Ademola Crescent",
            "Ring Road",
            "Independence Avenue",
            "Allen Avenue",
        ),
        ("",),
        ("Lekki Phase 1", "Wuse II", "Ikeja", "Bodija", "Independence Layout"),
    ),
    "CA": AddressBook(
        "{n} {street}{unit}, {city}, {reg} {post}",
        (
            ("Toronto", "ON", "M#A #A#"),
            ("Vancouver", "BC", "V#A #A#"),
            ("Montréal", "QC", "H#A #A#"),
            ("Calgary", "AB", "T#A #A#"),
            ("Halifax", "NS", "B#A #A#"),
        ),
        ("Queen St W", "Spadina Ave", "Rue Saint-Denis", "Kensington Rd NW", "Robson St"),
        ("", ", Unit 1204", ", Apt 8", ", Suite 300"),
    ),
    "AU": AddressBook(
        "{unit}{n} {street}, {city} {reg} {post}",
        (
            ("Sydney", "NSW", "20##"),
            ("Melbourne", "VIC", "30##"),
            ("Brisbane", "QLD", "40##"),
            ("Perth", "WA", "60##"),
            ("Adelaide", "SA", "50##"),
        ),
        ("Beach Rd", "Bridge St", "Wattle Ave", "Kingfisher Pde", "Gordon Tce"),
        ("", "Unit 4/", "5/", "Level 2, "),
    ),
    "SE": AddressBook(
        "{street} {n}{unit}, {post} {city}",
        (
            ("Stockholm", "", "1## ##"),
            ("Göteborg", "", "4## ##"),
            ("Malmö", "", "2## ##"),
            ("Uppsala", "", "75# ##"),
        ),
        ("Drottninggatan", "Storgatan", "Björkvägen", "Sveavägen", "Linnégatan"),
        ("", "", " lgh 1102", "B"),
    ),
    "TR": AddressBook(
        "{street} No: {n}{unit}, {district}, {city}",
        (("İstanbul", "", ""), ("Ankara", "", ""), ("İzmir", "", "")),
        ("Bağdat Cad.", "Atatürk Bulvarı", "Cumhuriyet Sok.", "Gazi Mustafa Kemal Cad."),
        ("", " D: 6", " Daire 12", " Kat 3"),
        ("Kadıköy", "Çankaya", "Karşıyaka", "Beşiktaş"),
    ),
    "KR": AddressBook(
        "{n} {street}, {district}, {city} {post}",
        (("Seoul", "", "0####"), ("Busan", "", "4####"), ("Incheon", "", "2####")),
        ("Teheran-ro", "Sejong-daero", "Haeundae-ro", "Gyeongin-ro"),
        ("",),
        ("Gangnam-gu", "Jung-gu", "Haeundae-gu", "Mapo-gu"),
    ),
}

# phone regions and the family of names that live there (a person and their number agree
# only where the template says so)
PHONE_REGIONS = (
    "US",
    "CA",
    "GB",
    "IE",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "PL",
    "SE",
    "FI",
    "GR",
    "HU",
    "CZ",
    "RO",
    "TR",
    "UA",
    "NG",
    "GH",
    "KE",
    "ET",
    "ZA",
    "EG",
    "MA",
    "AE",
    "SA",
    "IN",
    "PK",
    "BD",
    "VN",
    "PH",
    "ID",
    "TH",
    "KR",
    "JP",
    "CN",
    "AU",
    "BR",
    "MX",
    "IL",
    "PT",
)
US_AREA_CODES = ("614", "916", "919", "520", "414", "505", "312", "206", "512", "617", "303", "404")
CA_AREA_CODES = ("416", "604", "514", "403", "902", "613")

# BBAN layouts: n digits, a capital letters, c letters or digits
IBAN_BBAN = {
    "DE": "18n",
    "FR": "10n11c2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "BE": "12n",
    "PL": "24n",
    "PT": "21n",
    "AT": "16n",
    "CH": "5n12c",
    "GB": "4a14n",
    "IE": "4a14n",
    "SE": "20n",
    "FI": "14n",
    "GR": "7n16c",
    "HU": "24n",
    "RO": "4a16c",
    "TR": "5n1n16c",
    "CZ": "20n",
    "AE": "3n16n",
    "SA": "2n18c",
    "NO": "11n",
    "DK": "14n",
}
IBAN_BANKS = {
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL"),
    "IE": ("AIBK", "BOFI"),
    "NL": ("ABNA", "INGB", "RABO", "SNSB"),
    "IT": ("X", "K", "Z", "M"),
    "RO": ("BTRL", "RNCB", "BRDE"),
}

CARD_BRANDS = {  # prefixes, length, grouping
    "visa": (("4",), 16, (4, 4, 4, 4)),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2300", "2720"), 16, (4, 4, 4, 4)),
    "amex": (("34", "37"), 15, (4, 6, 5)),
    "discover": (("6011", "644", "65"), 16, (4, 4, 4, 4)),
    "diners": (("36", "38"), 14, (4, 6, 4)),
    "jcb": (("3528", "3541", "3589"), 16, (4, 4, 4, 4)),
}

PERSONAL_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.co.uk",
    "icloud.com",
    "proton.me",
    "gmx.de",
    "wp.pl",
    "yahoo.com.br",
    "rediffmail.com",
    "naver.com",
    "orange.fr",
    "libero.it",
    "web.de",
    "seznam.cz",
    "mail.ru",
)
WORK_DOMAINS = (
    "brightlane-logistics.com",
    "kestrelhealth.org",
    "northpoint-insure.co.uk",
    "tidewater.io",
    "corvusretail.com",
    "alderbank.eu",
    "lumina-travel.com",
    "greenfieldschools.org",
    "quillandpress.com",
    "harbourside-clinic.ie",
)

# decoys of the clean prompts (and filler of the others)
COMPANIES = (
    "Ford",
    "Dell",
    "Siemens",
    "Philips",
    "Bosch",
    "Toyota",
    "Unilever",
    "Heineken",
    "Salesforce",
    "Atlassian",
    "Shopify",
    "Zendesk",
    "HubSpot",
    "Twilio",
    "Datadog",
    "Snowflake",
    "Oracle",
    "SAP",
    "Adobe",
    "Stripe",
    "Nestlé",
    "Canon",
    "Logitech",
)
PRODUCTS = (
    "AeroPress Go",
    "ThinkPad X1 Carbon",
    "Kindle Paperwhite",
    "Galaxy Tab S9",
    "Instant Pot Duo",
    "Dyson V15",
    "MacBook Air M3",
    "Pixel 8a",
    "Sonos Era 100",
    "Nespresso Vertuo",
    "Roomba j7+",
    "Surface Pro 10",
    "Apple Watch SE",
)
LIBRARIES = (
    "pandas",
    "NumPy",
    "FastAPI",
    "Django",
    "React",
    "PyTorch",
    "scikit-learn",
    "Pydantic",
    "SQLAlchemy",
    "Kafka",
    "Redis",
    "PostgreSQL",
    "Terraform",
    "Kubernetes",
    "Next.js",
    "Spring Boot",
    "Celery",
    "Polars",
    "DuckDB",
    "Airflow",
)
MODELS = (
    "gpt-4o-mini",
    "claude-3-5-sonnet",
    "Llama-3.1-8B-Instruct",
    "Mistral-7B-Instruct-v0.3",
    "Qwen2.5-72B-Instruct",
    "gemini-1.5-pro",
    "gpt-4.1",
    "Phi-3-mini-4k",
    "text-embedding-3-small",
)
CODENAMES = (
    "Project Bluefin",
    "Operation Lantern",
    "Team Falcon",
    "Kestrel",
    "Helix",
    "Marigold",
    "Project Quartz",
    "Tangerine",
    "Blue Heron",
    "Nightjar",
    "Copperhead",
    "Project Driftwood",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
