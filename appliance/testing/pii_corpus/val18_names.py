"""People and places planted in val18, the eighteenth blind part of the labelled PII corpus.

Written by hand, from the author's head, for val18 alone (no library's name list, no other part
of the corpus read). `CULTURES` maps a culture to its given names and family names (family
names keep their particles, "van der Meulen", "al-Masri", "bin Ismail", "O'Sullivan", and
their hyphens); `WORD_GIVEN` are given names that are also everyday English words and are only
planted where the context alone says they are people; `NICKNAMES` are short names used in
quotes; `PLACES` are coherent city, region, country records with the country's address style.
"""

from __future__ import annotations

# culture: ("given | given ...", "family | family ...")
_RAW: dict[str, tuple[str, str]] = {
    "american": (
        "Tyler|Brianna|Cody|Kayla|Dustin|Kaylee|Brayden|Makenna",
        "Whitaker|Haskins|Pruitt|Underhill|Kowalski-Reyes|Dunaway",
    ),
    "english": (
        "Harriet|Peregrine|Imogen|Callum|Phoebe|Jonty",
        "Pemberton|Ashworth|Blackwood|Fairclough|Hollis|Ainsley-Hart",
    ),
    "irish": (
        "Siobhán|Cian|Aoife|Pádraig|Niamh|Oisín|Gráinne",
        "O'Sullivan|Kavanagh|Fitzgerald|Ó Dálaigh|Mac Giolla Phádraig|O'Donoghue",
    ),
    "scottish": (
        "Ailsa|Hamish|Morag|Euan|Isla|Fraser",
        "McKinnon|MacLeod|Drummond|Buchanan|Urquhart",
    ),
    "welsh": ("Rhys|Ffion|Gethin|Eirlys|Dafydd|Carys", "Pritchard|Llewellyn|Pugh|Bowen-Jones"),
    "french": (
        "Amélie|Théo|Clémence|Baptiste|Léonie|Maëlle|Gaëtan",
        "Lefèvre|Lemaire|Gauthier|Bonnaud|de la Rochère|Dubois-Martin|Fournier",
    ),
    "german": (
        "Jürgen|Annika|Lukas|Friederike|Maximilian|Svenja|Jörg",
        "Schäfer|Großmann|von Ahlen|Hoffmeister|Brückner|Kessler",
    ),
    "austrian": ("Florian|Lorenz|Magdalena|Valentin|Verena", "Huber|Pichler|Gruber|Moser|Wallner"),
    "swiss": ("Urs|Reto|Corinne|Seraina|Gian-Luca", "Bachmann|Tschanz|Aebischer|Zürcher|Wyss"),
    "dutch": (
        "Daan|Femke|Joost|Sanne|Maarten|Lieke|Bram",
        "van der Meulen|de Vries|van den Broek|Visser|Jansen|ter Horst",
    ),
    "flemish": ("Wout|Lotte|Jens|Elke|Pieter-Jan", "Peeters|Vermeulen|De Smet|Claes|Goossens"),
    "danish": (
        "Søren|Mette|Rasmus|Signe|Anders|Freja",
        "Kjærgaard|Mortensen|Østergaard|Nørgaard|Thygesen",
    ),
    "swedish": (
        "Linnéa|Björn|Astrid|Oskar|Ebba|Måns",
        "Lindqvist|Bergström|Åkesson|Sjöberg|Holmgren",
    ),
    "norwegian": ("Håkon|Ingrid|Sindre|Solveig|Eirik", "Haugen|Bakke|Solberg|Fjeld|Haugland"),
    "finnish": ("Aino|Tuomas|Sanni|Juha|Kaisa", "Virtanen|Mäkinen|Korhonen|Heikkilä|Järvinen"),
    "icelandic": (
        "Sigríður|Guðmundur|Þórunn|Kári|Brynja|Halldór",
        "Jónsdóttir|Sigurðsson|Guðmundsdóttir|Einarsson|Þórsson",
    ),
    "estonian": ("Kadri|Rein|Liis|Tõnis|Priit|Triin", "Tamm|Kask|Mägi|Lepik|Kuusik"),
    "latvian": ("Jānis|Ilze|Artūrs|Līga|Kristaps", "Bērziņš|Kalniņa|Ozols|Liepiņš|Krūmiņa"),
    "lithuanian": (
        "Tomas|Rūta|Mantas|Eglė|Gintarė",
        "Kazlauskas|Petrauskienė|Jankauskas|Žukauskas|Balčiūnas",
    ),
    "polish": (
        "Zofia|Krzysztof|Małgorzata|Wojciech|Agnieszka|Łukasz",
        "Wiśniewski|Kowalczyk|Zieliński|Dąbrowska|Szymański|Grzybowska",
    ),
    "czech": ("Jiří|Tereza|Ondřej|Kateřina|Vojtěch", "Dvořáková|Novotný|Procházka|Černý|Kučerová"),
    "slovak": ("Matúš|Zuzana|Natália|Ľubomír|Marek", "Kováčová|Baláž|Šimko|Oravec|Hudák"),
    "hungarian": ("Zsófia|Bence|Réka|Levente|Csilla|Ákos", "Nagy|Szabó|Tóth|Kovács|Fekete|Halász"),
    "romanian": (
        "Andreea|Mihai|Ioana|Bogdan|Răzvan|Oana",
        "Popescu|Ionescu|Dumitrescu|Stănescu|Munteanu",
    ),
    "bulgarian": (
        "Desislava|Georgi|Tsvetan|Radostina|Kaloyan",
        "Petrova|Dimitrov|Stoyanov|Hristova|Todorov",
    ),
    "serbian": (
        "Nikola|Jelena|Dragan|Milica|Vuk",
        "Jovanović|Petrović|Marković|Đorđević|Nikolić",
    ),
    "croatian": ("Ivana|Luka|Matea|Domagoj|Dunja", "Horvat|Babić|Kovačević|Jurić|Knežević"),
    "slovenian": ("Urška|Matej|Žiga|Tjaša|Nejc", "Novak|Kranjc|Zupančič|Potočnik|Vidmar"),
    "albanian": (
        "Arben|Besa|Dritan|Elira|Gentian|Mirela",
        "Krasniqi|Gashi|Shehu|Dervishi|Hoxholli",
    ),
    "greek": (
        "Eleni|Giorgos|Dimitra|Konstantinos|Vasiliki|Stavros",
        "Papadopoulos|Georgiou|Nikolaidis|Papadaki|Christodoulou",
    ),
    "turkish": (
        "Elif|Emre|Zeynep|Burak|Ayşe|Oğuz|Gökçe",
        "Yılmaz|Kaya|Demir|Çelik|Öztürk|Şahin",
    ),
    "italian": (
        "Giulia|Alessandro|Chiara|Matteo|Francesca|Lorenzo",
        "Esposito|Brambilla|Ferraro|De Luca|Marchetti|Lo Russo",
    ),
    "spanish": (
        "Lucía|Álvaro|Maite|Rocío|Javier|Nerea",
        "Ortega Llorente|Navarro|Sánchez-Blanco|de la Peña|Iglesias|Morales",
    ),
    "catalan": ("Jordi|Núria|Pau|Laia|Oriol", "Puig|Soler|Ferrer|Casals|Riera"),
    "basque": ("Iñaki|Amaia|Aitor|Leire|Unai", "Etxeberria|Goikoetxea|Arrieta|Zubizarreta|Agirre"),
    "portuguese": (
        "João|Inês|Gonçalo|Beatriz|Tiago|Mafalda",
        "Ferreira|Carvalho|Rodrigues|Magalhães|dos Santos",
    ),
    "brazilian": (
        "Gabriela|Luan|Thaís|Caio|Larissa|Rafaela",
        "Nascimento|Pereira|Barbosa|Cavalcanti|da Silva|Moura",
    ),
    "mexican": (
        "Ximena|Emiliano|Itzel|Rodrigo|Citlali",
        "Hernández|Villaseñor|Contreras|Ramírez|Olvera",
    ),
    "argentine": ("Agustina|Facundo|Valentina|Santino|Mateo", "Gómez|Acosta|Benítez|Sosa|Ledesma"),
    "colombian": ("Camilo|Daniela|Andrés|Mariana|Juan Pablo", "Restrepo|Ospina|Cárdenas|Zuluaga"),
    "peruvian": ("Wilber|Yessenia|Edwin|Milagros|Nilda", "Quispe|Mamani|Huamán|Chávez|Condori"),
    "russian": (
        "Dmitri|Anastasia|Sergei|Yekaterina|Alexei|Olga",
        "Volkov|Sokolova|Kuznetsov|Smirnova|Lebedev|Morozova",
    ),
    "ukrainian": (
        "Oksana|Mykola|Yulia|Bohdan|Iryna|Andriy",
        "Kovalenko|Bondarenko|Tkachuk|Melnyk|Hnatyuk",
    ),
    "georgian": ("Nino|Giorgi|Tamar|Levan|Mariam|Davit", "Beridze|Kapanadze|Gelashvili|Lomidze"),
    "armenian": (
        "Armen|Tigran|Lusine|Hovhannes|Siranush",
        "Hakobyan|Sargsyan|Grigoryan|Petrosyan|Avetisyan",
    ),
    "azerbaijani": ("Aysel|Rashad|Leyla|Elvin|Gunel|Tural", "Aliyev|Mammadova|Huseynov|Ismayilov"),
    "kazakh": ("Aigerim|Nurlan|Zhanar|Yerlan|Aruzhan", "Nurpeisov|Abenova|Zhaksybekov|Seitkali"),
    "uzbek": ("Dilnoza|Jasur|Sardor|Gulnora|Otabek", "Karimov|Rakhimova|Yusupov|Tursunova"),
    "persian": (
        "Dariush|Shirin|Kaveh|Parisa|Arash|Niloufar|Babak",
        "Hosseini|Rahimi|Mohammadi|Farahani|Sadeghi",
    ),
    "levantine": (
        "Rami|Lina|Karim|Nour|Ziad|Rania|Tarek",
        "Haddad|Khoury|al-Masri|Nassar|Abou Jaoude|Saade",
    ),
    "gulf_arab": (
        "Abdullah|Maitha|Saeed|Hessa|Noura|Mansour",
        "Al Mansoori|Al-Suwaidi|bin Hamdan|Al Qasimi|Al-Harthy",
    ),
    "egyptian": ("Mostafa|Yasmin|Amr|Dina|Sherif", "Abdelrahman|El-Sayed|Fathy|Hassanein|Ezzat"),
    "moroccan": ("Youssef|Salma|Hamza|Imane|Mehdi|Khadija", "Benali|El Amrani|Bennani|Alaoui"),
    "israeli": (
        "Yonatan|Avital|Eitan|Shira|Omer|Yael",
        "Ben-David|Friedman|Mizrahi|Peretz|Shapira",
    ),
    "kurdish": ("Rojin|Azad|Berfin|Diyar|Hêvî|Shvan", "Zebari|Hawrami|Amedi|Botani"),
    "afghan": ("Zarmina|Wahid|Farid|Malalai|Mirwais", "Durrani|Popalzai|Wardak|Stanikzai"),
    "pakistani": ("Ayesha|Bilal|Hira|Usman|Sana|Faisal", "Qureshi|Siddiqui|Chaudhry|Javed|Rizvi"),
    "hindi": (
        "Priya|Rohan|Ananya|Vikram|Kavya|Arjun|Neha",
        "Sharma|Verma|Agarwal|Chaturvedi|Saxena|Mehrotra",
    ),
    "tamil": (
        "Karthik|Meenakshi|Senthil|Divya|Aravind|Lakshmi",
        "Subramanian|Ramasamy|Palaniappan|Venkatesan",
    ),
    "telugu": ("Srinivas|Sravani|Venkat|Harika|Chaitanya", "Reddy|Naidu|Chowdary|Kondapalli"),
    "bengali": (
        "Arnab|Moumita|Sourav|Ishita|Debashish",
        "Chatterjee|Banerjee|Mukherjee|Bhattacharya|Sengupta",
    ),
    "punjabi": ("Harpreet|Gurpreet|Manjeet|Jaspreet|Navdeep|Simran", "Sandhu|Dhillon|Grewal|Sidhu"),
    "malayali": ("Anoop|Reshma|Jithin|Aswathy|Nithin", "Menon|Nair|Pillai|Kurian|Varghese"),
    "sinhala": ("Dilani|Kasun|Nuwan|Tharushi|Chaminda", "Perera|Jayasuriya|Wickramasinghe|Bandara"),
    "nepali": ("Sushila|Bikash|Pramila|Roshan|Anjali", "Shrestha|Gurung|Tamang|Thapa|Adhikari"),
    "chinese": ("Wei|Xiaoling|Jianguo|Mingyu|Yuxuan|Hui", "Zhang|Wang|Liu|Chen|Zhao|Huang"),
    "cantonese": ("Ka-ming|Wing-yan|Siu-fung|Mei-ling|Chun-kit", "Chan|Leung|Wong|Cheung|Tsang"),
    "japanese": (
        "Haruto|Yui|Daisuke|Aiko|Misaki|Kenji",
        "Tanaka|Watanabe|Yamamoto|Kobayashi|Nakamura|Fujii",
    ),
    "korean": ("Ji-woo|Min-jun|Seo-yeon|Ha-eun|Dong-hyun|Hye-jin", "Choi|Jeong|Kang|Yoon|Ryu"),
    "vietnamese": ("Minh|Thảo|Quang|Ngọc Anh|Huy|Linh", "Nguyễn|Trần|Phạm|Hoàng|Võ"),
    "thai": (
        "Somchai|Nattaya|Kittipong|Pimchanok|Thanawat",
        "Srisuk|Wongsakul|Chaiyaporn|Rattanakorn|Boonmee",
    ),
    "filipino": (
        "Maricel|Rodel|Kristine|Arnel|Jennylyn|Paolo",
        "Dela Cruz|Bautista|Macaraeg|Villanueva|Aquino",
    ),
    "indonesian": ("Budi|Siti|Agus|Dewi|Rizky|Putri", "Santoso|Wijaya|Kusuma|Hidayat|Setiawan"),
    "malay": (
        "Hafiz|Faizal|Amirul|Izzat|Shahrul",
        "bin Ismail|bin Osman|bin Yusof|bin Kamaruddin",
    ),
    "mongolian": (
        "Bat-Erdene|Oyunchimeg|Temuulen|Saruul|Ganbold",
        "Tserendorj|Batbayar|Ganzorig|Enkhbold",
    ),
    "yoruba": (
        "Adebayo|Folasade|Oluwaseun|Yetunde|Babatunde|Temitope",
        "Adeyemi|Ogunleye|Olawale|Afolabi|Akinola",
    ),
    "igbo": ("Chinedu|Ngozi|Emeka|Adaeze|Obinna|Chiamaka", "Okafor|Nwosu|Okonkwo|Nwachukwu|Eze"),
    "hausa": ("Aminu|Zainab|Abubakar|Hadiza|Sani", "Danjuma|Garba|Lawal|Yakubu"),
    "akan": ("Kwame|Ama|Kofi|Akosua|Efua", "Mensah|Owusu|Boateng|Asante|Ofori"),
    "kenyan": ("Njeri|Wafula|Achieng|Zawadi|Kioko", "Kamau|Otieno|Mwangi|Wambui|Odhiambo"),
    "ethiopian": (
        "Selam|Dawit|Hiwot|Tewodros|Meron|Bereket",
        "Tesfaye|Gebremedhin|Alemu|Bekele|Wolde",
    ),
    "somali": ("Hodan|Abdirahman|Faadumo|Liban|Ayaan|Mahad", "Warsame|Jama|Abdi|Hersi"),
    "zulu": ("Sipho|Nomvula|Thando|Zanele|Bongani", "Dlamini|Ndlovu|Mthembu|Khumalo|Ngcobo"),
    "xhosa": ("Lwazi|Nandipha|Siyabonga|Ayanda|Lindiwe", "Xaba|Mgqibela|Ntshona|Qwabe"),
    "shona": ("Tatenda|Rudo|Farai|Tendai|Chipo", "Moyo|Chikore|Mutasa|Marufu"),
    "maori": ("Aroha|Wiremu|Manaia|Hemi|Anahera", "Ngata|Parata|Te Rangi|Horomona|Tipene"),
    "samoan": ("Sione|Tavita|Malia|Ioane|Losa", "Tuilagi|Faleolo|Leota|Sapolu|Aumua"),
    "hawaiian": ("Kalani|Leilani|Keoni|Noelani|Makana", "Kahananui|Akana|Kealoha|Kapule"),
    "jamaican": ("Shanice|Delroy|Kemar|Tamika|Andre", "Ricketts|Facey|Walcott|McFarlane"),
    "haitian": (
        "Wideline|Fritznel|Guerline|Jean-Robert|Mackenson",
        "Pierre-Louis|Desrosiers|Dorvil|Célestin",
    ),
}

CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    culture: (tuple(given.split("|")), tuple(family.split("|")))
    for culture, (given, family) in _RAW.items()
}

# Cultures whose names are usually written family name first.
SURNAME_FIRST = frozenset({"hungarian", "chinese", "japanese", "korean", "vietnamese"})

# Given names that are also everyday words: planted only where context makes them people.
WORD_GIVEN = ("Hope", "Will", "Grace", "Summer", "Bill", "Rose", "Faith", "Dawn", "Joy", "Sunny")
WORD_GIVEN_FEMALE = ("Hope", "Grace", "Summer", "Rose", "Faith", "Dawn", "Joy")
WORD_GIVEN_MALE = ("Will", "Bill", "Sunny")
WORD_FAMILY = ("Pemberton", "Whitaker", "Ashworth", "Hollis", "Fairclough", "Dunaway")
WORD_NAMES = frozenset(w.lower() for w in WORD_GIVEN)

NICKNAMES = ("Mags", "Tash", "Jojo", "Kiki", "Dimi", "Gabi", "Nacho", "Lulu", "Babs", "Fitz")

# (city, region, country, country code)
PLACES: tuple[tuple[str, str, str, str], ...] = (
    ("Leeds", "West Yorkshire", "United Kingdom", "GB"),
    ("Cardiff", "Wales", "United Kingdom", "GB"),
    ("Glasgow", "Scotland", "United Kingdom", "GB"),
    ("Galway", "County Galway", "Ireland", "IE"),
    ("Rotterdam", "South Holland", "Netherlands", "NL"),
    ("Utrecht", "Utrecht Province", "Netherlands", "NL"),
    ("Ghent", "East Flanders", "Belgium", "BE"),
    ("Leipzig", "Saxony", "Germany", "DE"),
    ("Freiburg", "Baden-Württemberg", "Germany", "DE"),
    ("Graz", "Styria", "Austria", "AT"),
    ("Lausanne", "Vaud", "Switzerland", "CH"),
    ("Lyon", "Auvergne-Rhône-Alpes", "France", "FR"),
    ("Nantes", "Pays de la Loire", "France", "FR"),
    ("Bologna", "Emilia-Romagna", "Italy", "IT"),
    ("Bari", "Apulia", "Italy", "IT"),
    ("Valladolid", "Castile and León", "Spain", "ES"),
    ("Zaragoza", "Aragon", "Spain", "ES"),
    ("Braga", "Minho", "Portugal", "PT"),
    ("Gdańsk", "Pomerania", "Poland", "PL"),
    ("Brno", "South Moravia", "Czechia", "CZ"),
    ("Debrecen", "Hajdú-Bihar", "Hungary", "HU"),
    ("Cluj-Napoca", "Transylvania", "Romania", "RO"),
    ("Thessaloniki", "Central Macedonia", "Greece", "GR"),
    ("Izmir", "Aegean Region", "Türkiye", "TR"),
    ("Tartu", "Tartu County", "Estonia", "EE"),
    ("Aarhus", "Central Jutland", "Denmark", "DK"),
    ("Uppsala", "Uppsala County", "Sweden", "SE"),
    ("Bergen", "Vestland", "Norway", "NO"),
    ("Tampere", "Pirkanmaa", "Finland", "FI"),
    ("Austin", "Texas", "United States", "US"),
    ("Tucson", "Arizona", "United States", "US"),
    ("Raleigh", "North Carolina", "United States", "US"),
    ("Spokane", "Washington State", "United States", "US"),
    ("Dayton", "Ohio", "United States", "US"),
    ("Milwaukee", "Wisconsin", "United States", "US"),
    ("Halifax", "Nova Scotia", "Canada", "CA"),
    ("Winnipeg", "Manitoba", "Canada", "CA"),
    ("Guadalajara", "Jalisco", "Mexico", "MX"),
    ("Curitiba", "Paraná", "Brazil", "BR"),
    ("Recife", "Pernambuco", "Brazil", "BR"),
    ("Córdoba", "Córdoba Province", "Argentina", "AR"),
    ("Medellín", "Antioquia", "Colombia", "CO"),
    ("Arequipa", "Arequipa Region", "Peru", "PE"),
    ("Pune", "Maharashtra", "India", "IN"),
    ("Coimbatore", "Tamil Nadu", "India", "IN"),
    ("Kochi", "Kerala", "India", "IN"),
    ("Lahore", "Punjab", "Pakistan", "PK"),
    ("Chittagong", "Chittagong Division", "Bangladesh", "BD"),
    ("Kandy", "Central Province", "Sri Lanka", "LK"),
    ("Osaka", "Osaka Prefecture", "Japan", "JP"),
    ("Sendai", "Miyagi", "Japan", "JP"),
    ("Busan", "South Gyeongsang", "South Korea", "KR"),
    ("Chengdu", "Sichuan", "China", "CN"),
    ("Da Nang", "Quang Nam", "Vietnam", "VN"),
    ("Chiang Mai", "Chiang Mai Province", "Thailand", "TH"),
    ("Cebu City", "Central Visayas", "Philippines", "PH"),
    ("Bandung", "West Java", "Indonesia", "ID"),
    ("George Town", "Penang", "Malaysia", "MY"),
    ("Perth", "Western Australia", "Australia", "AU"),
    ("Hobart", "Tasmania", "Australia", "AU"),
    ("Dunedin", "Otago", "New Zealand", "NZ"),
    ("Durban", "KwaZulu-Natal", "South Africa", "ZA"),
    ("Ibadan", "Oyo State", "Nigeria", "NG"),
    ("Kumasi", "Ashanti Region", "Ghana", "GH"),
    ("Mombasa", "Mombasa County", "Kenya", "KE"),
    ("Alexandria", "Alexandria Governorate", "Egypt", "EG"),
    ("Marrakesh", "Marrakesh-Safi", "Morocco", "MA"),
    ("Sharjah", "Sharjah Emirate", "United Arab Emirates", "AE"),
    ("Haifa", "Haifa District", "Israel", "IL"),
    ("Tbilisi", "Kartli", "Georgia", "GE"),
    ("Yerevan", "Ararat Valley", "Armenia", "AM"),
    ("Almaty", "Almaty Region", "Kazakhstan", "KZ"),
    ("Lviv", "Lviv Oblast", "Ukraine", "UA"),
)

US_STATES = {
    "Texas": "TX",
    "Arizona": "AZ",
    "North Carolina": "NC",
    "Washington State": "WA",
    "Ohio": "OH",
    "Wisconsin": "WI",
}

STREETS: dict[str, tuple[str, ...]] = {
    "US": (
        "Mesquite Hollow Dr",
        "N Linwood Ave",
        "Cedar Bluff Rd",
        "E Fairmount St",
        "Old Mill Ln",
    ),
    "CA": ("Robie Street", "Portage Avenue", "Quinpool Road", "Pembina Hwy"),
    "GB": ("Kirkstall Road", "Cathedral Road", "Byres Road", "Otley Road", "Albany Terrace"),
    "IE": ("Dominick Street", "Sea Road", "Taylors Hill"),
    "AU": ("Stirling Hwy", "Sandy Bay Road", "Murray Street"),
    "NZ": ("George Street", "Stuart Street"),
    "DE": ("Karl-Heine-Straße", "Wiehre-Allee", "Lindenauer Markt", "Schwarzwaldstraße"),
    "AT": ("Annenstraße", "Leonhardstraße"),
    "CH": ("Avenue de Cour", "Chemin des Fleurettes"),
    "NL": ("Nieuwe Binnenweg", "Oudegracht", "Mathenesserlaan"),
    "BE": ("Kortrijksesteenweg", "Sint-Pietersnieuwstraat"),
    "FR": ("rue des Tanneurs", "rue Paul Bellamy", "quai Fulchiron", "rue Mercière"),
    "IT": ("Via Saragozza", "Via Sparano", "Via dell'Indipendenza"),
    "ES": ("Calle Santiago", "Paseo de Sagasta", "Calle Doctor Cerrada"),
    "PT": ("Rua do Souto", "Avenida da Liberdade"),
    "AE": ("Al Wahda Street", "Corniche Road"),
    "MX": ("Avenida Chapultepec", "Calle Libertad"),
    "BR": ("Rua XV de Novembro", "Avenida Boa Viagem"),
    "PL": ("ulica Długa", "ulica Ogarna"),
    "KR": ("Haeundae-ro", "Jungang-daero"),
    "ZA": ("Florida Road", "Umgeni Road"),
    "NG": ("Ring Road", "Oke-Ado Street"),
    "KE": ("Digo Road", "Links Road"),
}
