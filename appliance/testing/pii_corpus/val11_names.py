"""People for val11 of the labelled PII corpus: given and family names of 73 cultures,
typed by hand by val11's author from memory (no library's name list was read or used).

`CULTURES` maps a culture to (given names, family names). Cultures in `SURNAME_FIRST` write
the family name first in their full form. `WORD_NAMES` are given names that are also everyday
English words ("Hope", "Will"); the templates use them where only the context says they are
people, and the tests do not look for them in clean prompts (where "will" is a verb).
"""

from __future__ import annotations

_RAW = {
    "english": (
        "Oliver Harriet Edmund Philippa Rupert Imogen",
        "Ashworth Pembleton Thistlewood Crabtree Hollingsworth",
    ),
    "scottish": (
        "Hamish Morag Ewan Isla Callum Kirsty",
        "MacLeod Fraser Buchanan Drummond McAllister",
    ),
    "irish": (
        "Siobhan Ciaran Niamh Padraig Aoife Eoin",
        "O'Sullivan Gallagher McNamara Byrne Donnelly",
    ),
    "welsh": (
        "Rhys Angharad Gethin Bethan Dafydd Cerys",
        "Llewellyn Pritchard Prosser Vaughan Gwynfor",
    ),
    "american": (
        "Tyler Brittany Cody Kayleigh Dwayne Shelby",
        "Hendricks Kowalczyk Delacroix Whitfield Bauman",
    ),
    "french": (
        "Amélie Théo Clémence Baptiste Solène Gaëtan",
        "Dubois Lefebvre Moreau Girard Fontaine",
    ),
    "german": (
        "Jürgen Annegret Lukas Friederike Matthias Svenja",
        "Schäfer Hoffmann Krüger Wendlandt Brandauer",
    ),
    "dutch": (
        "Sanne Joris Femke Maarten Anouk Thijs",
        "van der Berg de Vries Jansen Bakker-Visser Mulder",
    ),
    "flemish": (
        "Lotte Wout Griet Pieter-Jan Elke Stijn",
        "Claes Peeters Vermeulen De Smet Goossens",
    ),
    "italian": (
        "Giulia Lorenzo Chiara Matteo Federica Gianluca",
        "Esposito Ricci Bernardi Colombo Marchetti",
    ),
    "spanish": (
        "Lucía Álvaro Nerea Íñigo Carmen Sergio",
        "García-Palacios Fernández Ortega Navarro Quintana",
    ),
    "catalan": ("Jordi Montserrat Pau Núria Oriol Mireia", "Puigdemont Vilaró Casals Ferrer Soler"),
    "portuguese": (
        "João Inês Duarte Beatriz Tiago Leonor",
        "Magalhães Gonçalves Antunes Pereira Sequeira",
    ),
    "brazilian": (
        "Thiago Fernanda Rodrigo Larissa Vinícius Juliana",
        "Cavalcanti Nascimento Barbosa Rocha Albuquerque",
    ),
    "mexican": (
        "Guadalupe Alejandro Ximena Jesús Citlali Emiliano",
        "Hernández Villaseñor Ramírez Orozco Zavala",
    ),
    "argentine": (
        "Facundo Agustina Nahuel Micaela Santino Florencia",
        "Fernández Gutiérrez Iturralde Bianchi Sosa",
    ),
    "polish": (
        "Katarzyna Grzegorz Agnieszka Wojciech Małgorzata Przemysław",
        "Wiśniewska Nowakowski Zielińska Wróblewski Kaczmarek",
    ),
    "czech": (
        "Jiří Kateřina Ondřej Lucie Tomáš Zuzana",
        "Dvořák Novotná Procházka Kučerová Svoboda",
    ),
    "slovak": (
        "Marek Zuzana Ľubomír Jana Miroslav Katarína",
        "Horváthová Kováč Baláž Tóthová Šimko",
    ),
    "hungarian": ("Zsófia Bence Eszter Levente Réka Ádám", "Nagy Szabó Kovács Farkas Vörös"),
    "romanian": (
        "Andreea Bogdan Ioana Mihai Oana Răzvan",
        "Popescu Ionescu Dumitrescu Constantinescu Stănescu",
    ),
    "bulgarian": (
        "Tsvetelina Hristo Desislava Kaloyan Radostina Georgi",
        "Petrov Dimitrova Kostadinov Todorova Hristov",
    ),
    "serbian": (
        "Milica Nemanja Jelena Dušan Ivana Stefan",
        "Jovanović Petrović Nikolić Marković Đorđević",
    ),
    "croatian": ("Ivana Luka Marija Tomislav Petra Ante", "Horvat Kovačić Babić Jurić Matić"),
    "slovenian": ("Urška Matej Nina Rok Tjaša Žiga", "Novak Krajnc Zupančič Potočnik Kovačič"),
    "greek": (
        "Eleni Giorgos Katerina Dimitris Sofia Panagiotis",
        "Papadopoulos Georgiou Konstantinidis Nikolaidou Karamanlis",
    ),
    "turkish": ("Elif Mehmet Zeynep Emre Ayşe Burak", "Yılmaz Öztürk Demir Çelik Arslan"),
    "russian": (
        "Svetlana Dmitri Anastasia Sergei Yekaterina Nikolai",
        "Ivanova Smirnov Kuznetsova Volkov Morozova",
    ),
    "ukrainian": (
        "Oksana Taras Olena Bohdan Iryna Andriy",
        "Shevchenko Kovalenko Bondarenko Tkachuk Melnyk",
    ),
    "lithuanian": (
        "Rūta Mindaugas Eglė Tomas Gintarė Darius",
        "Kazlauskas Petrauskaitė Jankauskas Žukauskienė Butkus",
    ),
    "latvian": ("Ilze Jānis Līga Mārtiņš Dace Kristaps", "Bērziņš Kalniņa Ozoliņš Liepiņa Krūmiņš"),
    "estonian": ("Kadri Tõnis Triin Margus Liis Rasmus", "Tamm Saar Sepp Mägi Kask"),
    "finnish": (
        "Aino Juha Kaisa Mikko Noora Teemu",
        "Virtanen Korhonen Mäkinen Nieminen Heikkinen",
    ),
    "swedish": (
        "Linnea Björn Ebba Gustav Maja Oskar",
        "Lindqvist Bergström Johansson Sjöberg Nyström",
    ),
    "norwegian": (
        "Ingrid Sindre Solveig Eirik Ragnhild Torbjørn",
        "Haugen Bakken Solberg Johannessen Strand-Olsen",
    ),
    "danish": (
        "Mette Søren Freja Rasmus Signe Anders",
        "Jørgensen Mikkelsen Kjærgaard Thomsen Rasmussen",
    ),
    "icelandic": (
        "Guðrún Sigurður Katrín Þórður Hildur Einar",
        "Jónsdóttir Sigurðsson Magnúsdóttir Gunnarsson Ólafsdóttir",
    ),
    "levantine": ("Rania Khaled Lina Tarek Nour Ziad", "Haddad Khoury Nassar Saliba Aoun"),
    "egyptian": (
        "Mona Ahmed Yasmin Mostafa Heba Karim",
        "Abdelrahman El-Sayed Mansour Fathy Soliman",
    ),
    "moroccan": (
        "Fatima-Zahra Youssef Salma Hamza Khadija Mehdi",
        "Benali El Idrissi Bennani Tazi Alaoui",
    ),
    "persian": (
        "Shirin Dariush Maryam Kourosh Parisa Babak",
        "Hosseini Tehrani Rahimi Moradi Jafari",
    ),
    "kurdish": ("Rojin Azad Berivan Serhat Dilan Kawa", "Barzani Rashid Bakir Doski Kurdi"),
    "israeli": ("Noa Yonatan Shira Itai Michal Eitan", "Levi Mizrahi Ben-David Friedman Avraham"),
    "armenian": (
        "Anahit Tigran Lusine Aram Nune Hovhannes",
        "Sargsyan Hovhannisyan Petrosyan Grigoryan Manukyan",
    ),
    "georgian": (
        "Nino Giorgi Tamar Levan Mariam Davit",
        "Beridze Kapanadze Gelashvili Lomidze Tsiklauri",
    ),
    "kazakh": (
        "Aigerim Nurlan Dana Yerlan Aruzhan Daulet",
        "Nurpeisov Abenova Seitkali Zhakupova Bekov",
    ),
    "hindi": (
        "Priya Rohit Ananya Vikram Kavita Arjun",
        "Sharma Agarwal Chaturvedi Srivastava Mehrotra",
    ),
    "tamil": (
        "Karthik Lakshmi Senthil Meenakshi Arun Divya",
        "Subramanian Ramasamy Venkatesan Krishnamurthy Pillai",
    ),
    "bengali": (
        "Soumya Arpita Debashis Rituparna Anirban Moumita",
        "Chatterjee Bhattacharya Mukherjee Banerjee Sengupta",
    ),
    "punjabi": (
        "Gurpreet Harjit Manpreet Jaswinder Simran Baljit",
        "Sandhu Dhillon Grewal Sidhu Gill",
    ),
    "pakistani": (
        "Ayesha Bilal Sana Usman Hira Faisal",
        "Qureshi Siddiqui Chaudhry Malik Butt-Qazi",
    ),
    "sinhala": (
        "Dilani Chaminda Nadeesha Lasantha Tharushi Kasun",
        "Perera Jayasuriya Wickramasinghe Fernando Bandara",
    ),
    "nepali": (
        "Sarita Bikash Anjali Prakash Sunita Rajesh",
        "Shrestha Gurung Adhikari Thapa Tamang",
    ),
    "chinese": ("Xiaoming Yuting Jianguo Meiling Haoran Xinyi", "Zhang Wang Chen Zhao Huang"),
    "cantonese": (
        "Ka-Wai Siu-Ming Wing-Yan Chi-Keung Mei-Ling Hoi-Lam",
        "Chan Leung Cheung Kwok Tsang",
    ),
    "japanese": (
        "Haruka Takeshi Yui Kenji Aoi Daisuke",
        "Tanaka Watanabe Yamamoto Kobayashi Nakamura",
    ),
    "korean": ("Ji-woo Min-jun Seo-yeon Hyun-woo Ha-eun Jae-sung", "Kim Choi Jung Yoon Kang"),
    "vietnamese": (
        "Thi Hoa Van Duc Minh Anh Quoc Bao Ngoc Lan Thanh Tung",
        "Nguyen Tran Pham Hoang Vu",
    ),
    "thai": (
        "Somchai Nattaya Anan Siriporn Kittisak Pimchanok",
        "Thongchai Wongsakul Rattanakorn Srisawat Chaiyaporn",
    ),
    "filipino": (
        "Maricel Jose Rizaldo Analyn Rodel Kristine Joy",
        "Dela Cruz Bautista Villanueva Macaraeg Santos",
    ),
    "indonesian": ("Putri Budi Ratna Agus Dewi Wahyu", "Santoso Wijaya Hartono Kusuma Setiawan"),
    "malay": (
        "Nurul Aina Hafiz Siti Aishah Azlan Farah Izzati",
        "bin Abdullah binti Ismail bin Hassan binti Osman bin Yusof",
    ),
    "yoruba": (
        "Adebayo Folake Oluwaseun Yetunde Babatunde Titilayo",
        "Adeyemi Ogunleye Balogun Akinwande Oyelaran",
    ),
    "igbo": ("Chinedu Ngozi Emeka Adaeze Obinna Chiamaka", "Okafor Nwosu Eze Okonkwo Obi-Uzoma"),
    "kenyan": (
        "Wanjiru Kamau Achieng Otieno Njeri Kiprono",
        "Mwangi Odhiambo Kariuki Wambui Chebet",
    ),
    "ethiopian": (
        "Selamawit Dawit Meron Yonas Hanna Tesfaye",
        "Bekele Tadesse Haile Gebremedhin Alemu",
    ),
    "somali": ("Hodan Abdirahman Faadumo Mohamed Ifrah Abdi", "Warsame Farah Jama Hirsi Ducaale"),
    "zulu": (
        "Thandiwe Sipho Nomvula Themba Lindiwe Bongani",
        "Dlamini Ndlovu Mthembu Zungu Khumalo",
    ),
    "ghanaian": ("Kwame Abena Kofi Akosua Yaw Efua", "Mensah Asante Owusu Boateng Appiah"),
    "maori": (
        "Aroha Wiremu Mereana Tamati Hine Rawiri",
        "Ngata Parata Tamihana Te Rangi Walker-Tuhoe",
    ),
    "samoan": ("Sina Tavita Losa Iosefa Malia Fetu", "Tuilagi Leota Fa'amausili Sapolu Tuiasosopo"),
    "albanian": ("Arta Besnik Drita Arben Elira Gentian", "Hoxha Berisha Krasniqi Gashi Shehu"),
    "maltese": (
        "Mariella Joseph Marija Carmel Roderick Graziella",
        "Borg Camilleri Vella Farrugia Zammit",
    ),
}

# Cultures that write the family name first.
SURNAME_FIRST = frozenset({"chinese", "cantonese", "japanese", "korean", "vietnamese", "hungarian"})


def _split(names: str) -> tuple[str, ...]:
    return tuple(names.split())


# Multi-word names kept whole.
_MULTI = {
    "vietnamese": (
        ("Thi Hoa", "Van Duc", "Minh Anh", "Quoc Bao", "Ngoc Lan", "Thanh Tung"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu"),
    ),
    "filipino": (
        ("Maricel", "Jose Rizaldo", "Analyn", "Rodel", "Kristine Joy"),
        ("dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Santos"),
    ),
    "malay": (
        ("Nurul Aina", "Hafiz", "Siti Aishah", "Azlan", "Farah Izzati"),
        ("binti Abdullah", "bin Ismail", "binti Hassan", "bin Osman", "binti Yusof"),
    ),
    "dutch": (
        ("Sanne", "Joris", "Femke", "Maarten", "Anouk", "Thijs"),
        ("van der Berg", "de Vries", "Jansen", "Bakker-Visser", "Mulder"),
    ),
    "flemish": (
        ("Lotte", "Wout", "Griet", "Pieter-Jan", "Elke", "Stijn"),
        ("Claes", "Peeters", "Vermeulen", "De Smet", "Goossens"),
    ),
    "maori": (
        ("Aroha", "Wiremu", "Mereana", "Tamati", "Hine", "Rawiri"),
        ("Ngata", "Parata", "Tamihana", "Te Rangi", "Walker-Tuhoe"),
    ),
}

CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    c: _MULTI.get(c, (_split(g), _split(f))) for c, (g, f) in _RAW.items()
}

# Given names that are everyday words; their family names come from the English-speaking
# cultures above.
WORD_NAMES = ("Hope", "Will", "Grace", "Summer", "Bill", "Rose", "Joy", "Faith", "Frank", "Dawn")
