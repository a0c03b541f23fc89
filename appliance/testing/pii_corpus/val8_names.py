"""People and places of val8, the blind part of the labelled PII corpus: given and family
names of 66 cultures, a few given names that are also everyday English words, cities,
regions, countries and street addresses of several countries.

Every name and place below was typed from its author's own memory for this part; no
library's or other corpus part's list was read or imported."""

from __future__ import annotations

import random

# culture: (given names, family names (a "_" stands for a space), family-first order)
_RAW: dict[str, tuple[str, str, bool]] = {
    "english": (
        "Oliver Harriet Gareth Imogen Rupert Philippa",
        "Whitcombe Barraclough Pennington Ashworth Huxley Fairbrother",
        False,
    ),
    "scottish": (
        "Hamish Morag Callum Isla Fraser Ailsa",
        "MacLeod Buchanan Ferguson Drummond Sutherland McAllister",
        False,
    ),
    "irish": (
        "Siobhan Padraig Niamh Cathal Aoife Ronan",
        "O'Sullivan Brennan Gallagher McNamara Keane Ni_Bhriain",
        False,
    ),
    "welsh": (
        "Rhys Angharad Emrys Bethan Gwilym Carys",
        "Llewellyn Pritchard Vaughan Jenkins Prosser Gruffydd",
        False,
    ),
    "american": (
        "Tyler Courtney Dwayne Kayla Brandon Shelby",
        "McAllister Whitaker Dawson Kowalczyk Ramsey Thibodeaux",
        False,
    ),
    "french": (
        "Thibault Margaux Gaëlle Étienne Solène Florian",
        "Lefèvre Dubois Marchetti Rousseau Garnier Chevalier",
        False,
    ),
    "german": (
        "Jürgen Annika Wolfgang Friederike Lukas Henrike",
        "Schäfer Hoffmann Brückner Ziegler Lindemann Obermeier",
        False,
    ),
    "dutch": (
        "Joost Femke Sander Marloes Pieter Lieke",
        "van_der_Berg de_Vries Bakker Hendriksen Visser Mulder",
        False,
    ),
    "flemish": (
        "Wouter Griet Jelle Lotte Bram Saskia",
        "Claes Vermeulen Peeters Goossens Wouters De_Smet",
        False,
    ),
    "italian": (
        "Giacomo Chiara Lorenzo Benedetta Matteo Ilaria",
        "Bianchi Esposito Ferraro Colombo Ricci Marchesi",
        False,
    ),
    "spanish": (
        "Álvaro Lucía Íñigo Maite Sergio Rocío",
        "Fernández Gutiérrez Navarro Castillo Ortega Domínguez",
        False,
    ),
    "catalan": (
        "Jordi Montserrat Pau Núria Oriol Laia",
        "Puig Vilaró Casals Ferrer Soler Batlle",
        False,
    ),
    "portuguese": (
        "João Inês Duarte Beatriz Tiago Mafalda",
        "Gonçalves Rodrigues Sousa Pereira Magalhães Carvalho",
        False,
    ),
    "brazilian": (
        "Thiago Larissa Gustavo Fernanda Caio Juliana",
        "Nascimento Oliveira Albuquerque Cavalcanti Teixeira Barbosa",
        False,
    ),
    "mexican": (
        "Guadalupe Alejandro Ximena Rodrigo Citlali Emiliano",
        "Hernández Ramírez Villalobos Zamora Guerrero Cervantes",
        False,
    ),
    "argentinian": (
        "Facundo Agustina Gonzalo Florencia Matías Camila",
        "Bustos Ferreyra Aguirre Benítez Quiroga Sosa",
        False,
    ),
    "polish": (
        "Krzysztof Agnieszka Wojciech Małgorzata Tomasz Katarzyna",
        "Wiśniewski Zielińska Nowakowski Wróbel Kamińska Szczepański",
        False,
    ),
    "czech": (
        "Jiří Lenka Ondřej Markéta Vojtěch Tereza",
        "Dvořák Procházková Novotný Svoboda Černá Kučera",
        False,
    ),
    "slovak": (
        "Marek Zuzana Branislav Lucia Radovan Ivana",
        "Hudák Kováčová Baláž Tóthová Horváth Mráz",
        False,
    ),
    "hungarian": (
        "Zoltán Erzsébet Gábor Réka Balázs Zsófia",
        "Nagy Szabó Kovács Tóth Farkas Varga",
        True,
    ),
    "romanian": (
        "Mihai Ioana Răzvan Andreea Bogdan Oana",
        "Popescu Ionescu Dumitrescu Constantinescu Stoica Munteanu",
        False,
    ),
    "bulgarian": (
        "Dimitar Desislava Stoyan Radka Hristo Tsvetelina",
        "Georgiev Petrova Ivanov Dimitrova Todorov Stoyanova",
        False,
    ),
    "serbian": (
        "Nemanja Jelena Dušan Milica Vuk Snežana",
        "Jovanović Nikolić Petrović Đorđević Stanković Marković",
        False,
    ),
    "croatian": (
        "Tomislav Ivana Krešimir Marija Zvonimir Nives",
        "Horvat Kovačević Babić Jurić Matić Tomašić",
        False,
    ),
    "greek": (
        "Konstantinos Eleni Dimitrios Vasiliki Panagiotis Sofia",
        "Papadopoulos Georgiou Nikolaidis Karagianni Alexiou Vlachos",
        False,
    ),
    "turkish": (
        "Mehmet Ayşe Emre Zeynep Burak Elif",
        "Yılmaz Demir Çelik Şahin Aydın Öztürk",
        False,
    ),
    "swedish": (
        "Björn Ingrid Anders Sigrid Magnus Astrid",
        "Lindqvist Bergström Sjöberg Holmgren Nyström Ekström",
        False,
    ),
    "norwegian": (
        "Håkon Solveig Eirik Ragnhild Torbjørn Sunniva",
        "Haugen Solberg Bakke Kristiansen Moen Fjeld",
        False,
    ),
    "danish": (
        "Søren Mette Rasmus Signe Mikkel Birgitte",
        "Jørgensen Rasmussen Mikkelsen Kjærgaard Lauridsen Østergaard",
        False,
    ),
    "finnish": (
        "Juha Aino Eero Tuulikki Jussi Satu",
        "Virtanen Korhonen Mäkinen Hämäläinen Lehtonen Koskinen",
        False,
    ),
    "icelandic": (
        "Sigurður Guðrún Einar Hildur Gunnar Þórdís",
        "Jónsdóttir Sigurðsson Magnúsdóttir Einarsson Gunnarsdóttir Ólafsson",
        False,
    ),
    "estonian": ("Tõnis Kadri Priit Triin Priidu Maarja", "Tamm Saar Sepp Kask Ilves Mägi", False),
    "latvian": (
        "Jānis Ilze Andris Dace Mārtiņš Liene",
        "Bērziņš Kalniņa Ozols Liepiņa Krūmiņš Vītola",
        False,
    ),
    "lithuanian": (
        "Mindaugas Rūta Darius Eglė Tomas Giedrė",
        "Kazlauskas Petrauskaitė Jankauskas Stankevičienė Vasiliauskas Žukauskaitė",
        False,
    ),
    "ukrainian": (
        "Oleksandr Oksana Taras Kateryna Bohdan Yulia",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk",
        False,
    ),
    "russian": (
        "Dmitri Yekaterina Sergei Anastasia Vladimir Svetlana",
        "Smirnov Kuznetsova Volkov Sokolova Morozov Lebedeva",
        False,
    ),
    "georgian": (
        "Giorgi Nino Levan Tamar Davit Ketevan",
        "Beridze Kapanadze Gelashvili Tsiklauri Lomidze Javakhishvili",
        False,
    ),
    "armenian": (
        "Aram Anahit Tigran Lusine Armen Siranush",
        "Hakobyan Grigoryan Sargsyan Petrosyan Avetisyan Karapetyan",
        False,
    ),
    "persian": (
        "Dariush Shirin Kourosh Parisa Babak Laleh",
        "Hosseini Tehrani Rahimi Moradi Karimi Jafari",
        False,
    ),
    "levantine": (
        "Rami Rania Karim Layla Ziad Hiba",
        "Haddad Khoury Nassar Saab Haidar Mansour",
        False,
    ),
    "egyptian": (
        "Mahmoud Yasmin Tarek Nourhan Mostafa Dina",
        "Abdel-Rahman El-Sayed Fawzy Shalaby Mahfouz Ragab",
        False,
    ),
    "moroccan": (
        "Youssef Fatima-Zahra Hicham Khadija Anouar Salma",
        "Benjelloun El_Amrani Tazi Bennani Alaoui Chraibi",
        False,
    ),
    "israeli": (
        "Yossi Tamar Noam Shira Eitan Michal",
        "Ben-David Friedman Levi Mizrahi Avraham Shapiro",
        False,
    ),
    "kurdish": (
        "Rebin Shilan Azad Berfin Hêvî Dilan",
        "Barzani Zebari Amedi Mahmoud Kurdi Hawrami",
        False,
    ),
    "hindi": (
        "Aarav Priyanka Rohit Sunita Vikram Ananya",
        "Sharma Verma Agarwal Chaturvedi Mishra Srivastava",
        False,
    ),
    "tamil": (
        "Karthik Meenakshi Senthil Lakshmi Arvind Kavitha",
        "Subramanian Ramasamy Venkatesan Krishnan Annamalai Palaniappan",
        False,
    ),
    "bengali": (
        "Sourav Rituparna Arindam Moumita Debashis Shreya",
        "Chatterjee Banerjee Mukherjee Bhattacharya Ghosh Chowdhury",
        False,
    ),
    "punjabi": (
        "Gurpreet Harjit Manpreet Jaswinder Navdeep Simran",
        "Sandhu Gill Dhillon Grewal Sidhu Bajwa",
        False,
    ),
    "pakistani": (
        "Usman Ayesha Bilal Sana Faisal Mehwish",
        "Qureshi Siddiqui Malik Chaudhry Awan Rana",
        False,
    ),
    "sinhalese": (
        "Chaminda Dilani Nuwan Sanduni Kasun Ishara",
        "Perera Jayawardena Wickramasinghe Gunasekara Fernando Rajapaksa",
        False,
    ),
    "nepali": (
        "Bishnu Sarita Prakash Anjali Suman Pramila",
        "Shrestha Gurung Tamang Adhikari Thapa Magar",
        False,
    ),
    "chinese": (
        "Wei Xiaoling Jianguo Meiling Zhiwei Yuqing",
        "Zhang Liu Chen Huang Zhao Zhou",
        True,
    ),
    "cantonese": (
        "Ka-Wing Siu-Ling Chi-Keung Wing-Yee Kwok-Wai Mei-Ying",
        "Chan Wong Cheung Leung Tsang Yeung",
        False,
    ),
    "japanese": (
        "Haruto Yui Takeshi Aiko Kenji Sakura",
        "Tanaka Watanabe Yamamoto Nakamura Kobayashi Fujiwara",
        True,
    ),
    "korean": (
        "Ji-hoon Seo-yeon Min-jun Ha-eun Dong-hyun Soo-ah",
        "Kim Choi Jung Kang Yoon Jang",
        True,
    ),
    "vietnamese": ("Minh Thảo Tuấn Ngọc Quang Hằng", "Nguyễn Trần Phạm Hoàng Huỳnh Võ", True),
    "thai": (
        "Somchai Siriporn Anan Kanokwan Prasert Nattaya",
        "Srisuk Chaiyaphum Wongsawat Rattanakorn Thongchai Boonmee",
        False,
    ),
    "filipino": (
        "Jerome Maricel Rodel Jocelyn Arnel Rowena",
        "Dela_Cruz Bautista Macaraeg Villanueva Magsaysay Panganiban",
        False,
    ),
    "indonesian": (
        "Budi Siti Agus Dewi Wahyu Ratna",
        "Santoso Wibowo Setiawan Kusuma Hidayat Nugroho",
        False,
    ),
    "malay": (
        "Hafiz Nurul Azman Farah Syazwan Aisyah",
        "bin_Ismail binti_Rahman bin_Othman binti_Yusof bin_Hamzah binti_Kassim",
        False,
    ),
    "yoruba": (
        "Oluwaseun Folake Babatunde Adunni Ayodele Temitope",
        "Adeyemi Ogunleye Balogun Adebayo Olawale Akinola",
        False,
    ),
    "igbo": (
        "Chukwuemeka Ngozi Obinna Chiamaka Ikenna Adaeze",
        "Okafor Nwosu Eze Okonkwo Obi Nnamdi",
        False,
    ),
    "hausa": (
        "Abubakar Hauwa Sani Zainab Musa Hadiza",
        "Danjuma Bello Garba Yakubu Usman Lawal",
        False,
    ),
    "akan": (
        "Kwame Akosua Kofi Ama Kwabena Efua",
        "Mensah Boateng Asante Owusu Appiah Agyeman",
        False,
    ),
    "swahili": (
        "Baraka Neema Juma Rehema Jabari Zawadi",
        "Mwangi Otieno Kamau Wanjiru Njoroge Achieng",
        False,
    ),
    "amharic": (
        "Dawit Meseret Abebe Tsion Yohannes Hirut",
        "Tesfaye Bekele Haile Alemu Girma Wolde",
        False,
    ),
    "somali": (
        "Abdirahman Hodan Mohamed Fadumo Abdullahi Sahra",
        "Warsame Farah Hassan Jama Osman Abdi",
        False,
    ),
    "zulu": (
        "Sipho Nomvula Thabo Lindiwe Bongani Zanele",
        "Dlamini Ndlovu Mthembu Mkhize Khumalo Ngcobo",
        False,
    ),
    "maori": (
        "Tane Aroha Wiremu Mereana Rawiri Huia",
        "Ngata Parata Te_Whata Rangihuna Tamihana Paewai",
        False,
    ),
    "samoan": (
        "Tavita Losa Sione Malia Iosefa Leilani",
        "Tuilagi Faleolo Leota Sapolu Afamasaga Tuala",
        False,
    ),
    "albanian": (
        "Arben Drita Besnik Valbona Gentian Mirela",
        "Hoxha Krasniqi Berisha Gashi Shehu Dervishi",
        False,
    ),
    "basque": (
        "Iker Ainhoa Unai Nerea Gorka Itziar",
        "Etxeberria Agirre Zubizarreta Goikoetxea Arrieta Olaizola",
        False,
    ),
    "maltese": (
        "Joseph Marisa Kurt Roberta Clayton Doreen",
        "Camilleri Borg Farrugia Zammit Galea Vella",
        False,
    ),
    "mongolian": (
        "Batbayar Oyunchimeg Ganzorig Enkhjargal Temuulen Sarangerel",
        "Batjargal Tumur Dorj Erdene Sukhbaatar Ganbold",
        False,
    ),
    "kazakh": (
        "Nursultan Aigerim Yerlan Dinara Askar Gulnara",
        "Nurlanov Abenova Seitkali Zhakupova Tokayev Omarova",
        False,
    ),
    "uzbek": (
        "Rustam Dilnoza Sherzod Malika Jasur Gulnora",
        "Karimov Yusupova Tashkentov Rakhimova Ismoilov Nazarova",
        False,
    ),
    "quechua": (
        "Wayra Illari Amaru Killa Inti Sisa",
        "Mamani Quispe Huamán Condori Ccori Yupanqui",
        False,
    ),
}

CULTURES: dict[str, tuple[list[str], list[str], bool]] = {}
for _c, (_g, _f, _order) in _RAW.items():
    _fam = [f.replace("_", " ") for f in _f.split()]
    CULTURES[_c] = (_g.split(), _fam, _order)

# Given names that are also English words; the sentences around them say they are people.
WORD_NAMES = ["Hope", "Will", "Grace", "Summer", "Bill", "Rose", "Faith", "Dawn"]
WORD_FAMILIES = ["Thornbury", "Okoro", "Castellanos", "Pemberton", "Halvorsen", "Nakashima"]

# (city, country)
CITIES: list[tuple[str, str]] = [
    ("Leeds", "United Kingdom"),
    ("Aberdeen", "United Kingdom"),
    ("Swansea", "United Kingdom"),
    ("Galway", "Ireland"),
    ("Limerick", "Ireland"),
    ("Lyon", "France"),
    ("Toulouse", "France"),
    ("Rennes", "France"),
    ("Hamburg", "Germany"),
    ("Leipzig", "Germany"),
    ("Freiburg", "Germany"),
    ("Utrecht", "Netherlands"),
    ("Eindhoven", "Netherlands"),
    ("Ghent", "Belgium"),
    ("Antwerp", "Belgium"),
    ("Bologna", "Italy"),
    ("Palermo", "Italy"),
    ("Seville", "Spain"),
    ("Bilbao", "Spain"),
    ("Valencia", "Spain"),
    ("Porto", "Portugal"),
    ("Coimbra", "Portugal"),
    ("Kraków", "Poland"),
    ("Gdańsk", "Poland"),
    ("Brno", "Czechia"),
    ("Debrecen", "Hungary"),
    ("Cluj-Napoca", "Romania"),
    ("Plovdiv", "Bulgaria"),
    ("Thessaloniki", "Greece"),
    ("Izmir", "Turkey"),
    ("Gothenburg", "Sweden"),
    ("Bergen", "Norway"),
    ("Aarhus", "Denmark"),
    ("Tampere", "Finland"),
    ("Tartu", "Estonia"),
    ("Kaunas", "Lithuania"),
    ("Lviv", "Ukraine"),
    ("Tbilisi", "Georgia"),
    ("Yerevan", "Armenia"),
    ("Isfahan", "Iran"),
    ("Beirut", "Lebanon"),
    ("Alexandria", "Egypt"),
    ("Marrakesh", "Morocco"),
    ("Haifa", "Israel"),
    ("Pune", "India"),
    ("Chennai", "India"),
    ("Kolkata", "India"),
    ("Lahore", "Pakistan"),
    ("Kandy", "Sri Lanka"),
    ("Pokhara", "Nepal"),
    ("Chengdu", "China"),
    ("Hangzhou", "China"),
    ("Osaka", "Japan"),
    ("Sapporo", "Japan"),
    ("Busan", "South Korea"),
    ("Da Nang", "Vietnam"),
    ("Chiang Mai", "Thailand"),
    ("Cebu City", "Philippines"),
    ("Surabaya", "Indonesia"),
    ("Ipoh", "Malaysia"),
    ("Ibadan", "Nigeria"),
    ("Enugu", "Nigeria"),
    ("Kumasi", "Ghana"),
    ("Mombasa", "Kenya"),
    ("Addis Ababa", "Ethiopia"),
    ("Durban", "South Africa"),
    ("Port Elizabeth", "South Africa"),
    ("Rotorua", "New Zealand"),
    ("Dunedin", "New Zealand"),
    ("Apia", "Samoa"),
    ("Tirana", "Albania"),
    ("Ulaanbaatar", "Mongolia"),
    ("Almaty", "Kazakhstan"),
    ("Samarkand", "Uzbekistan"),
    ("Cusco", "Peru"),
    ("Arequipa", "Peru"),
    ("Curitiba", "Brazil"),
    ("Recife", "Brazil"),
    ("Guadalajara", "Mexico"),
    ("Oaxaca", "Mexico"),
    ("Rosario", "Argentina"),
    ("Mendoza", "Argentina"),
    ("Halifax", "Canada"),
    ("Winnipeg", "Canada"),
    ("Pittsburgh", "United States"),
    ("Tucson", "United States"),
    ("Sacramento", "United States"),
    ("Milwaukee", "United States"),
    ("Adelaide", "Australia"),
    ("Townsville", "Australia"),
    ("Reykjavík", "Iceland"),
    ("Valletta", "Malta"),
    ("Riga", "Latvia"),
    ("Novi Sad", "Serbia"),
    ("Zadar", "Croatia"),
    ("Košice", "Slovakia"),
]

REGIONS = [
    "Bavaria",
    "Andalusia",
    "Queensland",
    "Ontario",
    "Tuscany",
    "Kerala",
    "Patagonia",
    "Brittany",
    "Yorkshire",
    "Flanders",
    "Silesia",
    "Transylvania",
    "Catalonia",
    "Saxony",
    "Lapland",
    "Punjab",
    "Sichuan",
    "Hokkaido",
    "Mindanao",
    "Lagos State",
    "Rift Valley",
    "KwaZulu-Natal",
    "Waikato",
    "Manitoba",
    "New South Wales",
    "Nova Scotia",
    "Minas Gerais",
    "Jalisco",
    "Galicia",
    "Asturias",
    "Lombardy",
    "Moravia",
    "Dalmatia",
    "Crete",
    "Anatolia",
    "Cappadocia",
    "West Bengal",
    "Tamil Nadu",
    "Oregon",
    "Vermont",
    "Montana",
]

# street addresses of several countries: (country, format); fields filled from the lists below
STREETS = {
    "gb": (
        ["Mill Lane", "Station Road", "Harrowgate Close", "Kingfisher Way", "Chapel Street"],
        ["Leeds LS6 2QT", "Swansea SA1 4NB", "Aberdeen AB10 6RH", "Norwich NR2 3DP"],
    ),
    "us": (
        ["Maple Avenue", "W 38th Street", "Old Mill Road", "Sycamore Drive", "Lakeview Blvd"],
        ["Tucson, AZ 85719", "Pittsburgh, PA 15213", "Milwaukee, WI 53202", "Boise, ID 83702"],
    ),
    "de": (
        ["Lindenstraße", "Am Hafen", "Bergstraße", "Kastanienallee", "Schillerweg"],
        ["20457 Hamburg", "04109 Leipzig", "79098 Freiburg", "28195 Bremen"],
    ),
    "fr": (
        ["rue des Tanneurs", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Lilas"],
        ["69002 Lyon", "31000 Toulouse", "35000 Rennes", "13001 Marseille"],
    ),
    "nl": (
        ["Oudegracht", "Kerkstraat", "Prinsengracht", "Zeedijk"],
        ["3511 AZ Utrecht", "5611 EM Eindhoven", "1017 RD Amsterdam"],
    ),
    "es": (
        ["Calle Mayor", "Avenida de la Constitución", "Calle del Pez", "Paseo de Gracia"],
        ["41001 Sevilla", "48001 Bilbao", "46002 València"],
    ),
    "it": (
        ["Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Piazza Santo Stefano"],
        ["40125 Bologna", "90133 Palermo", "10121 Torino"],
    ),
    "au": (
        ["Beach Road", "Wattle Street", "Flinders Lane", "Banksia Crescent"],
        ["Adelaide SA 5000", "Townsville QLD 4810", "Fremantle WA 6160"],
    ),
    "ca": (
        ["Rue Sainte-Catherine", "Portage Avenue", "Barrington Street", "Elm Crescent"],
        ["Winnipeg, MB R3C 0V8", "Halifax, NS B3J 1S9", "Kingston, ON K7L 3N6"],
    ),
    "in": (
        ["MG Road", "Anna Salai", "Park Street", "Linking Road"],
        ["Pune 411001", "Chennai 600002", "Kolkata 700016"],
    ),
    "jp": (
        ["Chuo-ku 2-14-3", "Kita-ku 5-1-8", "Naka-ku 1-22-7"],
        ["Osaka 541-0041", "Sapporo 060-0001", "Nagoya 460-0008"],
    ),
    "br": (
        ["Rua das Flores", "Avenida Boa Viagem", "Rua XV de Novembro"],
        ["Curitiba - PR, 80020-310", "Recife - PE, 51020-000"],
    ),
}


def address(rng: random.Random) -> str:
    """One street address of one of the countries above, as one string."""
    country = rng.choice(sorted(STREETS))
    streets, towns = STREETS[country]
    n = rng.randint(2, 188)
    street, town = rng.choice(streets), rng.choice(towns)
    if country in ("de", "nl", "it", "es"):
        return f"{street} {n}, {town}"
    if country == "fr":
        return f"{n} {street}, {town}"
    if country == "jp":
        return f"{street}, {town}"
    if country == "br":
        return f"{street}, {n}, {town}"
    if country == "in":
        return f"{n}, {street}, {town}"
    if country == "gb" and rng.random() < 0.4:
        return f"Flat {rng.randint(1, 12)}, {n} {street}, {town}"
    return f"{n} {street}, {town}"
