"""People and places of val12, the twelfth blind part of the labelled PII corpus.

Every name and place below was written by hand by val12's author, from memory, without
reading any other part of the corpus or any library's name list. Names are grouped by
culture (given names, family names); `WORD_NAMES` are given names that are also everyday
English words ("Hope", "Will"), planted only where the context says they are people.
"""

from __future__ import annotations

# culture: (given names, family names)
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "english": (
        ("Ptolemy", "Harriet", "Alfie", "Imogen", "Barnaby"),
        ("Pembridge", "Ashworth", "Kettering", "Thornbury"),
    ),
    "scottish": (
        ("Callum", "Isla", "Fraser", "Morag", "Euan"),
        ("MacLeod", "Drummond", "Fergusson", "Buchanan"),
    ),
    "irish": (
        ("Siobhan", "Cathal", "Niamh", "Oisin", "Aoife"),
        ("O'Sullivan", "Mulcahy", "Donnelly", "Keogh"),
    ),
    "welsh": (
        ("Rhys", "Carys", "Dafydd", "Eleri", "Gethin"),
        ("Pritchard", "Llewellyn", "Vaughan", "Powell"),
    ),
    "american": (
        ("Tanner", "Kinsley", "Brayden", "Kayleigh", "Dwayne"),
        ("Whitfield", "Kowalczyk", "McAllister", "Brubaker"),
    ),
    "french": (
        ("Amélie", "Thibault", "Océane", "Gaspard", "Solène"),
        ("Lefebvre", "Marchand", "Rousseau", "Delacroix"),
    ),
    "german": (
        ("Jürgen", "Annika", "Florian", "Henrike", "Lukas"),
        ("Hofmeister", "Brandstätter", "Kühne", "Weißenborn"),
    ),
    "dutch": (
        ("Maarten", "Femke", "Joost", "Sanne", "Bram"),
        ("van der Meulen", "Bakker", "de Groot", "Verhoeven"),
    ),
    "flemish": (
        ("Wouter", "Lieselot", "Jens", "Griet"),
        ("Vermeulen", "De Smedt", "Claeys", "Van Damme"),
    ),
    "italian": (
        ("Giulia", "Lorenzo", "Chiara", "Matteo", "Federica"),
        ("Bernardi", "Esposito", "Mancuso", "Ferraro"),
    ),
    "spanish": (
        ("Álvaro", "Lucía", "Iñigo", "Carmen", "Rocío"),
        ("Fernández", "Gutiérrez", "Ibáñez", "Navarro"),
    ),
    "catalan": (
        ("Jordi", "Montserrat", "Pau", "Núria"),
        ("Puigdemont", "Vilaró", "Casals", "Serrat"),
    ),
    "portuguese": (
        ("João", "Inês", "Tiago", "Leonor", "Duarte"),
        ("Gonçalves", "Magalhães", "Figueiredo", "Antunes"),
    ),
    "brazilian": (
        ("Thiago", "Larissa", "Caio", "Fernanda", "Rafaela"),
        ("Albuquerque", "Nascimento", "Carvalho", "Barbosa"),
    ),
    "mexican": (
        ("Ximena", "Joaquín", "Guadalupe", "Emiliano", "Itzel"),
        ("Hernández", "Villarreal", "Zamora", "Cuauhtli"),
    ),
    "argentine": (
        ("Agustina", "Facundo", "Florencia", "Ezequiel"),
        ("Bianchi", "Ledesma", "Quiroga", "Sosa"),
    ),
    "chilean": (
        ("Catalina", "Benjamín", "Javiera", "Vicente"),
        ("Valenzuela", "Fuentealba", "Araya", "Contreras"),
    ),
    "colombian": (
        ("Valentina", "Santiago", "Mariana", "Julián"),
        ("Restrepo", "Ospina", "Cárdenas", "Londoño"),
    ),
    "peruvian": (
        ("Killa", "Milagros", "Renzo", "Rosalía"),
        ("Quispe", "Mamani", "Huamán", "Chávez"),
    ),
    "polish": (
        ("Łukasz", "Agnieszka", "Wojciech", "Małgorzata", "Kacper"),
        ("Wiśniewski", "Zielińska", "Kaczmarek", "Grabowski"),
    ),
    "czech": (
        ("Jiří", "Tereza", "Ondřej", "Kateřina"),
        ("Dvořák", "Procházková", "Novotný", "Černý"),
    ),
    "slovak": (
        ("Miroslav", "Zuzana", "Marek", "Lucia"),
        ("Kováčik", "Hrušovská", "Baláž", "Vavrinec"),
    ),
    "hungarian": (
        ("Zsófia", "Bence", "Réka", "Levente", "Gergő"),
        ("Szabó", "Kovács", "Halász", "Tóth"),
    ),
    "romanian": (
        ("Andreea", "Mihai", "Ioana", "Bogdan", "Cosmin"),
        ("Popescu", "Ionescu", "Dumitrescu", "Constantinescu"),
    ),
    "bulgarian": (
        ("Desislava", "Stoyan", "Radostina", "Hristo"),
        ("Petrova", "Dimitrov", "Georgieva", "Todorov"),
    ),
    "serbian": (
        ("Milica", "Nemanja", "Jovana", "Dragan"),
        ("Petrović", "Jovanović", "Nikolić", "Stanković"),
    ),
    "croatian": (
        ("Ivana", "Tomislav", "Marija", "Krešimir"),
        ("Horvat", "Babić", "Kovačević", "Marić"),
    ),
    "slovenian": (("Tjaša", "Matej", "Urška", "Rok"), ("Kranjc", "Zupančič", "Potočnik", "Mlakar")),
    "greek": (
        ("Eleftheria", "Dimitrios", "Katerina", "Stavros", "Vasiliki"),
        ("Papadopoulos", "Konstantinidis", "Georgiou", "Alexiou"),
    ),
    "albanian": (("Arben", "Drita", "Besnik", "Elira"), ("Hoxha", "Krasniqi", "Berisha", "Gashi")),
    "turkish": (
        ("Elif", "Emre", "Zeynep", "Burak", "Ayşegül"),
        ("Yılmaz", "Öztürk", "Demir", "Çelik"),
    ),
    "russian": (
        ("Dmitri", "Anastasia", "Sergei", "Yekaterina", "Vladislav"),
        ("Smirnov", "Kuznetsova", "Volkov", "Sokolova"),
    ),
    "ukrainian": (
        ("Oksana", "Taras", "Bohdana", "Mykola"),
        ("Shevchenko", "Bondarenko", "Kovalenko", "Tkachuk"),
    ),
    "lithuanian": (
        ("Rūta", "Mindaugas", "Gintarė", "Darius"),
        ("Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskas"),
    ),
    "latvian": (
        ("Kristaps", "Ilze", "Edgars", "Līga"),
        ("Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa"),
    ),
    "estonian": (("Kadri", "Tõnis", "Mari-Liis", "Jaan"), ("Tamm", "Saar", "Sepp", "Mägi")),
    "finnish": (
        ("Aino", "Juhani", "Sanna", "Eero", "Tuulikki"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen"),
    ),
    "swedish": (
        ("Linnéa", "Gustav", "Ebba", "Oskar"),
        ("Lindqvist", "Bergström", "Sjöberg", "Nyström"),
    ),
    "norwegian": (
        ("Ingrid", "Sindre", "Solveig", "Håkon"),
        ("Haugen", "Bakken", "Solberg", "Halvorsen"),
    ),
    "danish": (
        ("Mette", "Rasmus", "Signe", "Mikkel"),
        ("Kristensen", "Sørensen", "Rasmussen", "Mortensen"),
    ),
    "icelandic": (
        ("Guðrún", "Sigurður", "Hildur", "Bjarni"),
        ("Jónsdóttir", "Sigurðsson", "Gunnarsdóttir", "Magnússon"),
    ),
    "israeli": (
        ("Noa", "Yonatan", "Tamar", "Eitan", "Shira"),
        ("Ben-David", "Mizrahi", "Friedman", "Peretz"),
    ),
    "levantine": (("Rania", "Tarek", "Lina", "Ziad"), ("Haddad", "Khoury", "Nassar", "Saade")),
    "egyptian": (
        ("Mostafa", "Yasmin", "Karim", "Nourhan"),
        ("Abdelrahman", "Elsayed", "Fathy", "Mansour"),
    ),
    "moroccan": (
        ("Youssef", "Khadija", "Hamza", "Salma"),
        ("Benali", "El Amrani", "Tazi", "Bennani"),
    ),
    "persian": (
        ("Shirin", "Dariush", "Parisa", "Arash", "Golnaz"),
        ("Rahimi", "Tehrani", "Moradi", "Karimzadeh"),
    ),
    "kurdish": (("Rojda", "Azad", "Berfin", "Shivan"), ("Barzani", "Zebari", "Doski", "Amedi")),
    "armenian": (
        ("Anahit", "Tigran", "Lusine", "Aram"),
        ("Petrosyan", "Hovhannisyan", "Sargsyan", "Grigoryan"),
    ),
    "georgian": (
        ("Nino", "Giorgi", "Tamuna", "Levan"),
        ("Beridze", "Kapanadze", "Gelashvili", "Tsiklauri"),
    ),
    "azerbaijani": (
        ("Leyla", "Rashad", "Gunel", "Elchin"),
        ("Aliyeva", "Mammadov", "Huseynova", "Guliyev"),
    ),
    "kazakh": (
        ("Aigerim", "Nurlan", "Dana", "Yerlan"),
        ("Nurmagambetov", "Seitkali", "Akhmetova", "Zhumabekov"),
    ),
    "uzbek": (
        ("Dilnoza", "Jasur", "Madina", "Sardor"),
        ("Karimov", "Yusupova", "Rakhimov", "Tursunova"),
    ),
    "afghan": (
        ("Farid", "Zarghona", "Habib", "Malalai"),
        ("Ahmadzai", "Popal", "Stanikzai", "Wardak"),
    ),
    "pakistani": (
        ("Ayesha", "Bilal", "Sana", "Usman", "Hina"),
        ("Qureshi", "Chaudhry", "Siddiqui", "Malik"),
    ),
    "hindi": (
        ("Aarav", "Priyanka", "Rohit", "Ananya", "Vikram"),
        ("Sharma", "Agarwal", "Srivastava", "Tiwari"),
    ),
    "tamil": (
        ("Karthik", "Meenakshi", "Senthil", "Lakshmi"),
        ("Subramanian", "Ramasamy", "Venkatesan", "Murugan"),
    ),
    "telugu": (("Sravani", "Venkat", "Lavanya", "Srinivas"), ("Reddy", "Naidu", "Chowdary", "Rao")),
    "bengali": (
        ("Arnab", "Moumita", "Sourav", "Tanushree"),
        ("Chatterjee", "Mukherjee", "Banerjee", "Bhattacharya"),
    ),
    "punjabi": (
        ("Gurpreet", "Harjit", "Simran", "Manpreet"),
        ("Dhillon", "Sandhu", "Grewal", "Sidhu"),
    ),
    "sinhala": (
        ("Dinithi", "Kasun", "Nadeesha", "Chamara"),
        ("Perera", "Jayasuriya", "Wickramasinghe", "Fernando"),
    ),
    "nepali": (
        ("Sabina", "Bishal", "Pratima", "Suman"),
        ("Shrestha", "Gurung", "Thapa", "Adhikari"),
    ),
    "mandarin": (
        ("Xiaoming", "Yuting", "Haoran", "Meiling", "Zhiwei"),
        ("Zhang", "Wang", "Chen", "Huang"),
    ),
    "cantonese": (
        ("Ka-Wai", "Siu-Ming", "Wing-Yan", "Chun-Kit"),
        ("Cheung", "Leung", "Wong", "Chan"),
    ),
    "japanese": (
        ("Haruto", "Yui", "Takeshi", "Sakura", "Ren"),
        ("Takahashi", "Yamamoto", "Nakamura", "Kobayashi"),
    ),
    "korean": (("Minjun", "Seoyeon", "Jiho", "Hyejin"), ("Choi", "Jung", "Kang", "Yoon")),
    "vietnamese": (("Thảo", "Minh", "Huong", "Duc"), ("Nguyen", "Pham", "Hoang", "Vu")),
    "thai": (
        ("Somchai", "Nattaya", "Kittipong", "Pimchanok"),
        ("Srisuk", "Wongsakul", "Chaiyaporn", "Rattanakorn"),
    ),
    "filipino": (
        ("Maricel", "Jomar", "Rowena", "Arnel"),
        ("Dela Cruz", "Bautista", "Macaraeg", "Villanueva"),
    ),
    "indonesian": (
        ("Putri", "Agus", "Dewi", "Bambang"),
        ("Setiawan", "Wibowo", "Kusuma", "Hidayat"),
    ),
    "malay": (("Nurul", "Hafiz", "Aisyah", "Faizal"), ("Ismail", "Abdullah", "Rahman", "Osman")),
    "burmese": (("Thandar", "Kyaw", "Hnin", "Aung"), ("Naing", "Htun", "Myint", "Oo")),
    "mongolian": (
        ("Batbayar", "Oyunchimeg", "Enkhjargal", "Temuulen"),
        ("Ganbaatar", "Dorj", "Erdene", "Tsogt"),
    ),
    "yoruba": (
        ("Adebayo", "Folake", "Oluwaseun", "Titilayo"),
        ("Adeyemi", "Ogunleye", "Balogun", "Olawale"),
    ),
    "igbo": (("Chinedu", "Ngozi", "Obinna", "Chiamaka"), ("Okonkwo", "Eze", "Nwosu", "Okafor")),
    "hausa": (("Aminu", "Hauwa", "Sani", "Zainab"), ("Bello", "Danjuma", "Abubakar", "Garba")),
    "ghanaian": (
        ("Kwame", "Akosua", "Kofi", "Abena", "Yaw"),
        ("Mensah", "Boateng", "Owusu", "Asante"),
    ),
    "swahili": (("Baraka", "Neema", "Juma", "Rehema"), ("Mwangi", "Otieno", "Wanjiku", "Kamau")),
    "amharic": (
        ("Selamawit", "Dawit", "Meron", "Yonas"),
        ("Tesfaye", "Bekele", "Haile", "Gebremedhin"),
    ),
    "somali": (("Hodan", "Abdirahman", "Fadumo", "Liban"), ("Warsame", "Farah", "Hirsi", "Jama")),
    "zulu": (
        ("Thandeka", "Sipho", "Nomvula", "Bongani"),
        ("Dlamini", "Ndlovu", "Khumalo", "Mkhize"),
    ),
    "xhosa": (("Lindiwe", "Lwazi", "Nosipho", "Mandla"), ("Mthembu", "Nkosi", "Qwabe", "Ngcobo")),
    "shona": (("Tendai", "Rudo", "Tatenda", "Farai"), ("Moyo", "Chikwanha", "Mapfumo", "Mutasa")),
    "malagasy": (
        ("Hery", "Voahangy", "Fara", "Andry"),
        ("Rakotomalala", "Randriamampionona", "Rasoanaivo", "Rabemananjara"),
    ),
    "maori": (("Aroha", "Wiremu", "Hinemoa", "Tamati"), ("Ngata", "Parata", "Tawhiri", "Te Rangi")),
    "samoan": (("Sefa", "Losa", "Tavita", "Malia"), ("Tuilagi", "Leiataua", "Faleolo", "Sapolu")),
    "hawaiian": (
        ("Keoni", "Leilani", "Kalani", "Noelani"),
        ("Kahananui", "Akana", "Kealoha", "Kamakau"),
    ),
}

# Given names that are also everyday English words: planted only where context says "person".
WORD_NAMES: tuple[str, ...] = (
    "Hope",
    "Will",
    "Grace",
    "Summer",
    "Bill",
    "Rose",
    "Faith",
    "Joy",
    "Mark",
    "Frank",
    "Dawn",
    "Holly",
    "Penny",
    "Sunny",
    "Rich",
    "Chase",
    "Hunter",
    "Pat",
)
WORD_FAMILIES: tuple[str, ...] = (
    "Hargreaves",
    "Okoro",
    "Lindgren",
    "Castellanos",
    "Whitcombe",
    "Abernethy",
)

# (city, region, country) written by hand
CITIES: tuple[tuple[str, str, str], ...] = (
    ("Leeds", "West Yorkshire", "United Kingdom"),
    ("Aberdeen", "Scotland", "United Kingdom"),
    ("Dundalk", "County Louth", "Ireland"),
    ("Lyon", "Auvergne-Rhône-Alpes", "France"),
    ("Toulouse", "Occitanie", "France"),
    ("Leipzig", "Saxony", "Germany"),
    ("Stuttgart", "Baden-Württemberg", "Germany"),
    ("Utrecht", "Utrecht province", "Netherlands"),
    ("Ghent", "East Flanders", "Belgium"),
    ("Bologna", "Emilia-Romagna", "Italy"),
    ("Valencia", "Valencian Community", "Spain"),
    ("Porto", "Norte", "Portugal"),
    ("Kraków", "Lesser Poland", "Poland"),
    ("Brno", "South Moravia", "Czech Republic"),
    ("Debrecen", "Hajdú-Bihar", "Hungary"),
    ("Cluj-Napoca", "Transylvania", "Romania"),
    ("Thessaloniki", "Central Macedonia", "Greece"),
    ("Izmir", "Aegean Region", "Türkiye"),
    ("Tampere", "Pirkanmaa", "Finland"),
    ("Gothenburg", "Västra Götaland", "Sweden"),
    ("Bergen", "Vestland", "Norway"),
    ("Aarhus", "Central Jutland", "Denmark"),
    ("Winnipeg", "Manitoba", "Canada"),
    ("Halifax", "Nova Scotia", "Canada"),
    ("Tucson", "Arizona", "United States"),
    ("Milwaukee", "Wisconsin", "United States"),
    ("Sacramento", "California", "United States"),
    ("Knoxville", "Tennessee", "United States"),
    ("Guadalajara", "Jalisco", "Mexico"),
    ("Medellín", "Antioquia", "Colombia"),
    ("Rosario", "Santa Fe province", "Argentina"),
    ("Curitiba", "Paraná", "Brazil"),
    ("Valparaíso", "Valparaíso Region", "Chile"),
    ("Pune", "Maharashtra", "India"),
    ("Coimbatore", "Tamil Nadu", "India"),
    ("Lahore", "Punjab", "Pakistan"),
    ("Chittagong", "Chittagong Division", "Bangladesh"),
    ("Osaka", "Kansai", "Japan"),
    ("Busan", "South Gyeongsang", "South Korea"),
    ("Chengdu", "Sichuan", "China"),
    ("Da Nang", "Central Vietnam", "Vietnam"),
    ("Chiang Mai", "Northern Thailand", "Thailand"),
    ("Cebu City", "Central Visayas", "Philippines"),
    ("Surabaya", "East Java", "Indonesia"),
    ("Ibadan", "Oyo State", "Nigeria"),
    ("Kumasi", "Ashanti Region", "Ghana"),
    ("Mombasa", "Coast Province", "Kenya"),
    ("Durban", "KwaZulu-Natal", "South Africa"),
    ("Marrakesh", "Marrakesh-Safi", "Morocco"),
    ("Alexandria", "Lower Egypt", "Egypt"),
    ("Tbilisi", "Kartli", "Georgia"),
    ("Yerevan", "Ararat Valley", "Armenia"),
    ("Almaty", "Almaty Region", "Kazakhstan"),
    ("Tauranga", "Bay of Plenty", "New Zealand"),
    ("Geelong", "Victoria", "Australia"),
    ("Hobart", "Tasmania", "Australia"),
)

# street addresses of several countries, each planted as one LOCATION span
ADDRESSES: tuple[str, ...] = (
    "14 Wetherby Crescent, Harrogate HG2 7QD",
    "Flat 3, 22 Mulberry Row, Norwich NR3 1JP",
    "7 Kilbride Terrace, Galway H91 X2C4",
    "Kastanienallee 41, 10435 Berlin",
    "Schillerstraße 9a, 79102 Freiburg im Breisgau",
    "12 rue des Tanneurs, 67000 Strasbourg",
    "48 avenue Jean-Jaurès, 69007 Lyon",
    "Prinsengracht 263, 1016 GV Amsterdam",
    "Via dei Serragli 118, 50124 Firenze",
    "Calle de Hortaleza 57, 28004 Madrid",
    "Rua do Almada 211, 4050-038 Porto",
    "ul. Długa 19/4, 80-827 Gdańsk",
    "Vinohradská 112, 130 00 Praha 3",
    "Drottninggatan 88, 111 36 Stockholm",
    "4821 Larkspur Lane, Boise, ID 83704",
    "1190 Cottonwood Drive, Apt 6B, Lubbock, TX 79401",
    "77 Harbord Street, Toronto, ON M5S 1G4",
    "3/15 Bellbird Court, Fremantle WA 6160",
    "28 Kowhai Road, Nelson 7010",
    "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México",
    "Rua Augusta 1508, São Paulo - SP, 01304-001",
    "B-204, Lakeview Residency, Koregaon Park, Pune 411001",
    "2-14-7 Shimokitazawa, Setagaya-ku, Tokyo 155-0031",
    "Plot 17, Admiralty Way, Lekki Phase 1, Lagos",
    "9 Bree Street, Cape Town 8001",
    "Mäkelänkatu 54 B 12, 00510 Helsinki",
)

REGIONS_EXTRA: tuple[str, ...] = (
    "Galicia",
    "Andalusia",
    "Umbria",
    "Cumbria",
    "Quebec",
    "Bretagne",
    "Tyrol",
    "Lapland",
    "Kerala",
    "Hokkaido",
)
