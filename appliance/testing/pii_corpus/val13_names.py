"""People and places of val13, written by hand for this part alone.

Given and family names of 81 cultures (no library's list was read or used), a few given names
that are also everyday English words (`WORD_NAMES`), and the cities, regions, countries and
street addresses that val13 plants as LOCATION spans. Cultures whose names are usually
written family name first say so (`FAMILY_FIRST`). Names were chosen so that none is also a
word, brand, dish or character that the clean prompts of val13 use as a decoy; the word names
are the exception, on purpose, and the tests leave them out of the clean-prompt check.
"""

from __future__ import annotations

# culture: (given names, separated by spaces; family names, separated by "|")
_CULTURES: dict[str, tuple[str, str]] = {
    "english": (
        "Oliver Harriet Callum Imogen Rupert Phoebe Alfie Tamsin",
        "Ashworth|Pemberton|Hargreaves|Whitfield|Fairclough|Thistlethwaite",
    ),
    "american": (
        "Tyler Brittany Kaylee Jaxon Madison Brandon Kayla Garrett",
        "Holloway|Pruitt|McAllister|Vandermeer|Whitaker|Brannigan",
    ),
    "irish": (
        "Siobhán Cormac Aoife Oisín Niamh Donal Saoirse Padraig",
        "Ó Briain|Mac Giolla Phádraig|Fitzgerald|Donnelly|Brennan|Nolan",
    ),
    "scottish": (
        "Ailsa Fraser Morag Euan Iona Hamish Isla Lachlan",
        "Macleod|Drummond|Buchanan|Sutherland|Urquhart|Menzies",
    ),
    "welsh": (
        "Rhys Cerys Dafydd Gwen Ieuan Angharad Owain Eluned",
        "Pritchard|Llewellyn|Bowen|Vaughan|Griffiths|Prosser",
    ),
    "french": (
        "Élodie Bastien Margaux Thibault Clémence Gaspard Solène Aurélien",
        "Lefebvre|Dubois-Martel|Moreau|Fontaine|Girard|Rousseau",
    ),
    "german": (
        "Jannik Friederike Lukas Henrike Malte Svenja Torben Annika",
        "Schreiber|Hoffmann|Krüger|Neumayer|Wagenknecht|Brandstätter",
    ),
    "dutch": (
        "Sanne Joost Femke Bram Lotte Thijs Anouk Maarten",
        "de Vries|van Dijk|Bakker|Visser|Jansen|van der Meulen",
    ),
    "flemish": (
        "Wout Lieselot Jef Ilse Stijn Elke Pieter Griet",
        "Peeters|Claes|Vermeulen|Wouters|Goossens|Maes",
    ),
    "spanish": (
        "Alejandro Lucía Íñigo Begoña Álvaro Rocío Sergio Nerea",
        "García Ruiz|Fernández|Navarro|Ibáñez|Castillo|Morales Vega",
    ),
    "catalan": (
        "Jordi Meritxell Pau Núria Oriol Laia Arnau Mireia",
        "Puig|Ferrer|Vilaró|Soler|Casals|Roca",
    ),
    "basque": (
        "Iker Amaia Unai Itziar Gorka Ainhoa Xabier Edurne",
        "Etxeberria|Goikoetxea|Urrutia|Zubizarreta|Agirre|Larrañaga",
    ),
    "portuguese": (
        "João Inês Duarte Leonor Tiago Beatriz Rodrigo Matilde",
        "Sousa|Carvalho|Ferreira|Magalhães|Figueiredo|Lourenço",
    ),
    "brazilian": (
        "Thiago Larissa Caio Fernanda Gustavo Juliana Vinícius Tainá",
        "Oliveira|Nascimento|Albuquerque|Cavalcanti|Barbosa|dos Santos",
    ),
    "mexican": (
        "Ximena Emiliano Itzel Mauricio Yesenia Joaquín Citlali Eduardo",
        "Hernández|Ramírez Ortega|Villaseñor|Cárdenas|Zamora|Tovar",
    ),
    "argentine": (
        "Facundo Agustina Lautaro Micaela Gonzalo Florencia Mateo Antonella",
        "Ferraro|Pereyra|Giménez|Acosta|Sosa|Benítez",
    ),
    "colombian": (
        "Camilo Valentina Andrés Daniela Julián Manuela Esteban Paola",
        "Restrepo|Londoño|Quintero|Mejía|Arango|Jaramillo",
    ),
    "italian": (
        "Giulia Lorenzo Chiara Matteo Federica Alessio Ginevra Tommaso",
        "Esposito|Colombo|Ricci|Bernardi|Marchetti|Lombardo",
    ),
    "greek": (
        "Dimitris Eleni Giorgos Katerina Nikos Despina Stavros Athina",
        "Papadopoulos|Karagiannis|Oikonomou|Vlachos|Christodoulou|Mavridis",
    ),
    "polish": (
        "Łukasz Agnieszka Wojciech Małgorzata Bartosz Zuzanna Krzysztof Joanna",
        "Kowalczyk|Wiśniewska|Zieliński|Dąbrowska|Lewandowski|Szymańska",
    ),
    "czech": (
        "Jiří Kateřina Ondřej Tereza Vojtěch Lucie Matěj Barbora",
        "Novák|Dvořáková|Procházka|Černý|Kučerová|Veselý",
    ),
    "slovak": (
        "Jozef Ľubica Miroslav Natália Dušan Simona Radoslav Veronika",
        "Horváth|Kováčová|Baláž|Šimko|Hudák|Oravcová",
    ),
    "hungarian": (
        "Bence Zsófia Levente Réka Gergely Dóra Ákos Boglárka",
        "Nagy|Szabó|Tóth|Farkas|Balogh|Mészáros",
    ),
    "romanian": (
        "Andrei Ioana Mihai Roxana Bogdan Iulia Cosmin Anca",
        "Popescu|Ionescu|Dumitrescu|Constantinescu|Stoica|Munteanu",
    ),
    "bulgarian": (
        "Georgi Desislava Stoyan Ralitsa Hristo Milena Todor Yordanka",
        "Petrov|Dimitrova|Kostadinov|Georgieva|Stoyanov|Hristova",
    ),
    "serbian": (
        "Nemanja Jelena Dragan Milica Vuk Snežana Stefan Tijana",
        "Jovanović|Petrović|Nikolić|Đorđević|Stojanović|Marković",
    ),
    "croatian": (
        "Luka Mateja Domagoj Ivana Hrvoje Petra Tomislav Marija",
        "Horvat|Kovačević|Babić|Knežević|Jurić|Perković",
    ),
    "ukrainian": (
        "Oleksandr Oksana Taras Yulia Bohdan Kateryna Mykola Nataliia",
        "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchuk|Melnyk",
    ),
    "russian": (
        "Dmitry Anastasia Sergei Ekaterina Pavel Yelena Artyom Svetlana",
        "Smirnov|Volkova|Kuznetsov|Sokolova|Morozov|Lebedeva",
    ),
    "lithuanian": (
        "Mantas Gintarė Tomas Rūta Darius Eglė Vytautas Ieva",
        "Kazlauskas|Jankauskienė|Petrauskas|Stankevičiūtė|Vasiliauskas|Žukauskas",
    ),
    "latvian": (
        "Kristaps Ilze Jānis Liene Edgars Baiba Raivis Zane",
        "Bērziņš|Ozola|Kalniņš|Liepiņa|Krūmiņš|Vītola",
    ),
    "estonian": (
        "Kaspar Kadri Rasmus Triin Mihkel Kertu Siim Liis",
        "Tamm|Saar|Sepp|Mägi|Kask|Rebane",
    ),
    "finnish": (
        "Aleksi Aino Juho Siiri Eetu Venla Onni Kerttu",
        "Virtanen|Korhonen|Mäkinen|Nieminen|Heikkinen|Laaksonen",
    ),
    "swedish": (
        "Axel Ebba Linnea Viggo Maja Oskar Signe Ludvig",
        "Lindqvist|Bergström|Sjöberg|Holmgren|Åkesson|Nyström",
    ),
    "norwegian": (
        "Sindre Ingrid Eirik Solveig Håkon Silje Magnus Ragnhild",
        "Haugen|Solberg|Bakken|Fjeld|Øvrebø|Lunde",
    ),
    "danish": (
        "Mads Freja Mikkel Sofie Kasper Ida Frederik Astrid",
        "Jørgensen|Kjærgaard|Møller|Rasmussen|Thomsen|Vestergaard",
    ),
    "icelandic": (
        "Guðrún Einar Sigríður Bjarni Katrín Gunnar Hildur Ragnar",
        "Jónsdóttir|Sigurðsson|Guðmundsdóttir|Einarsson|Magnússon|Ólafsdóttir",
    ),
    "turkish": (
        "Emre Elif Burak Zeynep Oğuz Merve Kerem Ebru",
        "Yılmaz|Demirci|Öztürk|Çelik|Kaya|Şahin",
    ),
    "levantine": (
        "Karim Rania Omar Layla Tarek Nour Ziad Lina",
        "Haddad|Khoury|Nasrallah|Saadeh|Aboud|Mansour",
    ),
    "egyptian": (
        "Mahmoud Yasmine Amr Dina Sherif Heba Mostafa Reem",
        "El-Sayed|Abdelrahman|Farouk|Hassanein|Shawky|Soliman",
    ),
    "moroccan": (
        "Youssef Khadija Anas Salma Hamza Imane Mehdi Zineb",
        "Benali|El Idrissi|Bennani|Alaoui|Tazi|Chraibi",
    ),
    "persian": (
        "Arash Shirin Dariush Parisa Kaveh Negar Babak Mahsa",
        "Tehrani|Mohammadi|Rostami|Karimi|Jafari|Ahmadzadeh",
    ),
    "kurdish": (
        "Rojin Baran Dilan Azad Berfin Serhat Zilan Rêzan",
        "Zebari|Amedi|Berwari|Hawrami|Goran|Jaf",
    ),
    "armenian": (
        "Aram Lusine Tigran Anahit Hayk Narine Vardan Shushan",
        "Hovhannisyan|Sargsyan|Grigoryan|Petrosyan|Avetisyan|Manukyan",
    ),
    "georgian": (
        "Giorgi Nino Levan Tamar Davit Ketevan Irakli Salome",
        "Beridze|Kapanadze|Gelashvili|Tsiklauri|Lomidze|Chkheidze",
    ),
    "hebrew": (
        "Noam Yael Itai Shira Yonatan Michal Eyal Noa",
        "Mizrahi|Ben-David|Shapira|Avraham|Peretz|Katzir",
    ),
    "hindi": (
        "Aarav Priya Rohan Ananya Vikram Neha Siddharth Kavya",
        "Sharma|Verma|Agarwal|Chaturvedi|Malhotra|Srivastava",
    ),
    "tamil": (
        "Karthik Lakshmi Arun Divya Senthil Meenakshi Prakash Revathi",
        "Subramanian|Venkatesan|Ramasamy|Krishnan|Annamalai|Palanisamy",
    ),
    "bengali": (
        "Arnab Rituparna Sourav Moumita Debashish Tanushree Anirban Shreya",
        "Chatterjee|Banerjee|Mukherjee|Bhattacharya|Ghosh|Sengupta",
    ),
    "pakistani": (
        "Bilal Ayesha Usman Sana Faisal Mehwish Zain Hira",
        "Qureshi|Chaudhry|Malik|Siddiqui|Rana|Awan",
    ),
    "nepali": (
        "Prabin Sabina Bikash Sushmita Rajesh Anjali Sujan Pooja",
        "Shrestha|Gurung|Tamang|Adhikari|Thapa|Maharjan",
    ),
    "sinhala": (
        "Chaminda Dilini Kasun Nadeeka Tharindu Sanduni Ruwan Ishara",
        "Perera|Jayasuriya|Wickramasinghe|Fernando|Bandara|Gunawardena",
    ),
    "chinese": (
        "Jiahui Zhiwei Xiaoling Haoran Yuting Zihan Mingyu Shuang",
        "Wang|Zhang|Liu|Chen|Zhao|Huang",
    ),
    "cantonese": (
        "Ka-Wai Wing-Yan Chun-Kit Hoi-Ling Siu-Ming Mei-Ling Tsz-Hin Pui-Shan",
        "Chan|Wong|Cheung|Leung|Yeung|Tsang",
    ),
    "taiwanese": (
        "Yu-Ting Chih-Hao Pei-Shan Chia-Wei Hsin-Yi Tzu-Chun Wen-Hsuan Po-Han",
        "Lin|Hsu|Tsai|Cheng|Kuo|Hsieh",
    ),
    "japanese": (
        "Haruto Yui Sota Aoi Riku Hinata Takumi Misaki",
        "Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Fujiwara",
    ),
    "korean": (
        "Minjun Seoyeon Jihoon Jiwoo Hyunwoo Soyeon Dongha Eunji",
        "Kim|Choi|Jung|Kang|Yoon|Lim",
    ),
    "vietnamese": (
        "Minh Anh Huong Duc Quang Phuong Trang Khanh",
        "Nguyen|Tran|Pham|Hoang|Vu|Dang",
    ),
    "thai": (
        "Somchai Kanya Nattapong Siriporn Thanawat Pimchanok Anucha Ratana",
        "Srisuk|Chaiyaporn|Wongsawat|Boonmee|Thongchai|Rattanakorn",
    ),
    "filipino": (
        "Jerome Maricel Rommel Jocelyn Arnel Rowena Jomar Kristel",
        "dela Cruz|Bautista|Macaraeg|Villanueva|Mendoza|Salonga",
    ),
    "indonesian": (
        "Budi Dewi Agus Rina Bambang Wulan Eko Fitri",
        "Santoso|Wijaya|Hartono|Kusuma|Pratama|Nugroho",
    ),
    "malay": (
        "Aiman Nurul Hafiz Siti Firdaus Aisyah Irfan Farah",
        "Abdullah|Rahman|Ismail|Zakaria|Hamzah|Yusof",
    ),
    "yoruba": (
        "Oluwaseun Adebola Tunde Folake Babatunde Yetunde Segun Bisola",
        "Adeyemi|Ogunleye|Balogun|Olawale|Adebayo|Akinola",
    ),
    "igbo": (
        "Chidi Ngozi Emeka Chiamaka Obinna Adaeze Ikenna Uchenna",
        "Okafor|Nwosu|Eze|Okonkwo|Obiora|Nnamdi",
    ),
    "hausa": (
        "Abubakar Hadiza Musa Hauwa Sani Amina Yakubu Rakiya",
        "Bello|Danjuma|Garba|Abdullahi|Lawal|Aminu",
    ),
    "kenyan": (
        "Achieng Kiprotich Wambui Baraka Nyokabi Kibet Awino Wanjiku",
        "Otieno|Kamau|Mutua|Njoroge|Chebet|Wekesa",
    ),
    "ethiopian": (
        "Abebe Tigist Dawit Hirut Yonas Meseret Bereket Selamawit",
        "Tesfaye|Gebremariam|Alemu|Bekele|Woldemichael|Getachew",
    ),
    "somali": (
        "Abdirahman Hodan Mahad Fadumo Liban Ayaan Guled Sahra",
        "Warsame|Hirsi|Jama|Egal|Dualeh|Mohamud",
    ),
    "zulu": (
        "Sipho Nomvula Thabo Lindiwe Bongani Zanele Mandla Thandeka",
        "Dlamini|Nkosi|Mthembu|Khumalo|Ngcobo|Ndlovu",
    ),
    "ghanaian": (
        "Kwame Adwoa Kofi Abena Kwesi Akosua Kwabena Efua",
        "Mensah|Asante|Owusu|Boateng|Appiah|Ofori",
    ),
    "maori": (
        "Aroha Wiremu Mereana Tamati Anahera Rawiri Kiri Hinemoa",
        "Ngata|Parata|Tipene|Rangi|Paewai|Tawhiri",
    ),
    "samoan": (
        "Sione Malia Tavita Losa Iosefa Lupe Ioane Talia",
        "Tuilagi|Faleolo|Leota|Sapolu|Aumua|Tauiliili",
    ),
    "kazakh": (
        "Arman Aigerim Daniyar Madina Yerlan Zhanar Nurlan Gulnara",
        "Akhmetov|Seitkali|Zhumabayeva|Tokhtarov|Ospanova|Bekmukhambetov",
    ),
    "uzbek": (
        "Sardor Dilnoza Jasur Nilufar Otabek Gulnoza Bekzod Malika",
        "Karimov|Rashidova|Usmonov|Tursunova|Yuldashev|Mirzayeva",
    ),
    "mongolian": (
        "Bat-Erdene Oyunchimeg Ganbold Enkhjargal Temuulen Sarangerel Munkh-Orgil Altantsetseg",
        "Batbayar|Dorjsuren|Gantulga|Tserendorj|Sukhbaatar|Purevdorj",
    ),
    "albanian": (
        "Arben Elira Dritan Jonida Besnik Blerta Erion Ardita",
        "Hoxha|Krasniqi|Berisha|Gashi|Dervishi|Leka",
    ),
    "maltese": (
        "Ġanni Marthese Kurt Roderick Nadine Ċensu Jolene Keith",
        "Camilleri|Vella|Farrugia|Zammit|Grech|Micallef",
    ),
    "pashtun": (
        "Wahid Zarmina Ajmal Mursal Naqib Freshta Rahmat Nazifa",
        "Popal|Stanikzai|Ahmadzai|Durrani|Noorzai|Wardak",
    ),
    "haitian": (
        "Kervens Widlène Jean-Robert Fabiola Wilner Mirlande Rodney Nadège",
        "Pierre-Louis|Augustin|Désir|Jean-Baptiste|Toussaint|Saint-Fleur",
    ),
    "senegalese": (
        "Moussa Fatou Cheikh Aminata Ousmane Awa Mamadou Ndeye",
        "Diop|Ndiaye|Faye|Gueye|Diallo|Mbaye",
    ),
    "tibetan": (
        "Tenzin Pema Dorje Yangchen Norbu Dolkar Lobsang Dechen",
        "Tsering|Wangmo|Dhondup|Gyatso|Namgyal|Lhamo",
    ),
}

CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    c: (tuple(g.split()), tuple(f.split("|"))) for c, (g, f) in _CULTURES.items()
}

# Cultures whose full names are often written family name first.
FAMILY_FIRST = frozenset({"hungarian", "chinese", "cantonese", "japanese", "korean", "vietnamese"})

# Given names that are also everyday words; only the context says they are people.
WORD_NAMES: dict[str, str] = {
    "Hope": "english",
    "Will": "american",
    "Grace": "irish",
    "Summer": "american",
    "Bill": "american",
    "Rose": "scottish",
    "Faith": "welsh",
    "Dawn": "english",
    "Joy": "filipino",
    "Sunny": "hindi",
    "Amber": "english",
    "Ruby": "maori",
    "Iris": "dutch",
    "Penny": "irish",
    "Chase": "american",
    "Hunter": "american",
}

CITIES = (
    "Leeds Bristol Aberdeen Cardiff Galway Lyon Marseille Toulouse Nantes Leipzig Stuttgart "
    "Utrecht Eindhoven Ghent Antwerp Seville Bilbao Zaragoza Porto Coimbra Turin Naples "
    "Thessaloniki Kraków Wrocław Brno Bratislava Debrecen Cluj-Napoca Plovdiv Zagreb Lviv Kazan "
    "Kaunas Tartu Tampere Gothenburg Bergen Aarhus Reykjavík Izmir Beirut Marrakesh Isfahan "
    "Erbil Yerevan Tbilisi Haifa Pune Chennai Kolkata Lahore Kathmandu Chengdu Shenzhen Taichung "
    "Osaka Busan Cebu Surabaya Penang Ibadan Enugu Kano Kisumu Mombasa Hargeisa Durban Kumasi "
    "Rotorua Apia Almaty Samarkand Ulaanbaatar Tirana Valletta Kandahar Dakar Medellín Rosario "
    "Guadalajara Curitiba Recife Winnipeg Calgary Tucson Omaha Boise Spokane Hobart Geelong "
    "Dunedin Ballarat Mandalay Chiang-Mai"
).split()
CITIES = tuple(c.replace("Chiang-Mai", "Chiang Mai") for c in CITIES) + (
    "Addis Ababa",
    "Da Nang",
    "Novi Sad",
    "Port-au-Prince",
    "Kuala Lumpur",
    "São Paulo",
)

REGIONS = (
    "Bavaria",
    "Andalusia",
    "Tuscany",
    "Ontario",
    "Queensland",
    "Kerala",
    "Silesia",
    "Lapland",
    "Normandy",
    "Transylvania",
    "Patagonia",
    "Hokkaido",
    "Jalisco",
    "Minas Gerais",
    "KwaZulu-Natal",
    "Cornwall",
    "Flanders",
    "Galicia",
    "Catalonia",
    "Saxony",
    "Alsace",
    "Lombardy",
    "Sicily",
    "Crete",
    "Tasmania",
    "Gujarat",
    "Sabah",
    "Mindanao",
    "Manitoba",
    "County Kerry",
)

COUNTRIES = (
    "Germany France Spain Portugal Italy Ireland Scotland Wales Netherlands Belgium Poland "
    "Czechia Slovakia Hungary Romania Bulgaria Serbia Croatia Ukraine Lithuania Latvia Estonia "
    "Finland Sweden Norway Denmark Iceland Greece Lebanon Egypt Morocco Iran Armenia Israel "
    "Pakistan Nepal Bangladesh Vietnam Thailand Philippines Indonesia Malaysia Nigeria Kenya "
    "Ethiopia Somalia Ghana Senegal Haiti Mexico Colombia Argentina Brazil Canada Australia "
    "Samoa Kazakhstan Uzbekistan Mongolia Albania Malta Japan Taiwan"
).split() + ["Sri Lanka", "South Africa", "New Zealand", "South Korea"]
COUNTRIES = tuple(COUNTRIES)

ADDRESSES = (
    "14 Tavistock Crescent, Leeds LS6 2QT",
    "Flat 3, 27 Moorland Road, Cardiff CF24 2LJ",
    "221 Willow Creek Dr, Boise, ID 83706",
    "4810 N Campbell Ave, Tucson, AZ 85718",
    "Hauptstraße 112, 70173 Stuttgart",
    "Karl-Liebknecht-Str. 8, 04107 Leipzig",
    "12 rue des Tanneurs, 69002 Lyon",
    "Oudegracht 210, 3511 NV Utrecht",
    "Calle de Toledo 88, 3º B, 28005 Madrid",
    "Rua de Santa Catarina 301, 4000-450 Porto",
    "Via Nizza 57, 10126 Torino",
    "ul. Długa 19/4, 31-147 Kraków",
    "Vinohradská 1520/30, 120 00 Praha 2",
    "Váci út 76, 1133 Budapest",
    "Strada Horea 12, Cluj-Napoca 400174",
    "Mannerheimintie 22 A 5, 00100 Helsinki",
    "Drottninggatan 71, 411 14 Göteborg",
    "Sankt Hans Gade 9, 8000 Aarhus C",
    "Laugavegur 44, 101 Reykjavík",
    "Bağdat Caddesi 215/7, Kadıköy, İstanbul",
    "12 Shivaji Nagar, Pune 411005",
    "Plot 7, Admiralty Way, Lekki Phase 1, Lagos",
    "Ngong Road, Kilimani, Nairobi 00100",
    "3-14-2 Shinjuku, Shinjuku-ku, Tokyo 160-0022",
    "88 Nathan Road, Tsim Sha Tsui, Kowloon",
    "12 Jalan Ampang, 50450 Kuala Lumpur",
    "6 Ponsonby Road, Grey Lynn, Auckland 1011",
    "Av. Paulista 1578, Bela Vista, São Paulo - SP, 01310-200",
    "Calle 10 #43-12, El Poblado, Medellín",
    "Av. Corrientes 1234, C1043 CABA, Buenos Aires",
    "Av. Chapultepec 480, Col. Roma Norte, 06700 CDMX",
    "1187 Rue Sherbrooke Ouest, Montréal, QC H3A 1H6",
    "73 Harbour Street, Hobart TAS 7000",
    "Triq il-Merkanti 18, Valletta VLT 1175",
    "Rruga e Durrësit 34, Tirana 1001",
    "21 Rustaveli Ave, Tbilisi 0108",
    "Mashtots Ave 45, Yerevan 0009",
    "9 Kloofnek Road, Tamboerskloof, Cape Town 8001",
    "55 Wharf Street, Apt 12, Spokane, WA 99201",
    "Korte Kruisstraat 3, 2000 Antwerpen",
)
