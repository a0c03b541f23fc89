"""People for val19: given and family names of 81 cultures, written by hand for this part.

Written blind (the author read only the package's `__init__.py` and `validity.py`, no other
part and no library's name list). Family names carry particles ("van der", "de la", "bin",
"al-", "O'", "Mc"), hyphens and double barrels; names keep their diacritics (a `fold` form
drops them). `WORD_NAMES` are given names that are also everyday English words: a prompt
says only by its context that they are people. `NICKS` are hand-written nicknames.
"""

from __future__ import annotations

import unicodedata

# culture: (given names separated by spaces, family names separated by ";")
_RAW: dict[str, tuple[str, str]] = {
    "english": (
        "Oliver Harriet Imogen Rupert Tamsin Alastair Philippa Jocasta",
        "Pemberton;Hargreaves;Ashworth;Fairbrother;Whitcombe;Fforde-Wilkins;Thornbury",
    ),
    "american": (
        "Tyler Brianna Kayla Dakota Marcus Shawna Brandon Jolene",
        "Whitaker;Sanderson;McAllister;Hollis;Brennan-Pryor;Lattimore",
    ),
    "irish": (
        "Siobhán Aoife Niamh Pádraig Eoin Gráinne Tadhg Clodagh",
        "O'Sullivan;Ní Bhriain;Mac Giolla Phádraig;O'Donoghue;Kavanagh;Ó Murchú",
    ),
    "scottish": (
        "Ailsa Hamish Callum Isla Morag Euan Kirsty Lachlan",
        "MacLeod;McKenzie;Drummond;Urquhart;Buchanan;MacPherson",
    ),
    "welsh": (
        "Rhiannon Gwilym Bethan Dafydd Cerys Iestyn Eluned",
        "Llewellyn;Prydderch;ap Rhys;Vaughan-Jones;Gwynne;Pritchard",
    ),
    "german": (
        "Jürgen Anneliese Matthias Friederike Lukas Käthe Hans-Peter Svenja",
        "Schäfer;Bäumer;von Arnim;Großmann;Wiedemann;Kühn-Hoffmann",
    ),
    "austrian": (
        "Florian Theresia Wolfgang Magdalena Valentin Leopoldine",
        "Pichler;Huber;Gruber-Steiner;Eder;Moosbrugger;Leitgeb",
    ),
    "swiss": (
        "Reto Urs Mirjam Beat Corinne Seraina Gian-Andrea",
        "Brunner;Tschudi;Ammann;Wyss;Gysin;Aeschlimann",
    ),
    "dutch": (
        "Anouk Sander Maartje Joost Femke Bram Sietske Thijs",
        "van der Berg;de Vries;Jansen;van Dijk;Visser;de Groot-Mulder;van 't Hek",
    ),
    "flemish": (
        "Wouter Lieve Griet Pieter-Jan Ilse Stijn Jolien",
        "Vercauteren;De Smedt;Van den Broeck;Claeys;Goossens;Verhaegen",
    ),
    "french": (
        "Aurélie Benoît Solène Gaëlle Thibault Maëlys Jean-Baptiste Clémence",
        "Lefèvre;Dubois-Mercier;de la Roche;Martineau;Chevallier;Girardot;Le Goff",
    ),
    "spanish": (
        "Alejandro Lucía Álvaro Inmaculada Rocío Íñigo Begoña",
        "Fernández Ortega;de la Cruz;Muñoz;Sánchez-Villalobos;Ibáñez;del Olmo",
    ),
    "catalan": (
        "Jordi Montserrat Núria Pau Meritxell Oriol Arnau",
        "Vilaseca;Puig i Soler;Casals;Ferrer;Bofill;Roura",
    ),
    "basque": (
        "Iker Ainhoa Unai Nerea Aitor Edurne",
        "Etxeberria;Goikoetxea;Urrutia;Agirre;Zubizarreta;Arrieta",
    ),
    "portuguese": (
        "João Inês Gonçalo Leonor Tiago Beatriz Rui",
        "Gonçalves;dos Santos;Carvalho;Magalhães;de Sousa;Figueiredo",
    ),
    "brazilian": (
        "Thiago Larissa Caio Juliana Rafaela Vinícius Luana",
        "da Silva;Oliveira;Nascimento;Albuquerque;Cavalcanti;Rodrigues Lima",
    ),
    "mexican": (
        "Guadalupe Xóchitl Citlali Ximena Emiliano Héctor Fernanda",
        "Hernández;Villaseñor;Ramírez;Zavala;Gutiérrez Ochoa;Castañeda",
    ),
    "argentine": (
        "Agustina Facundo Lautaro Milagros Gonzalo Camila",
        "Pereyra;Gauna;Ledesma;Sosa;Iturraspe;Rinaldi-Paz",
    ),
    "colombian": (
        "Yeison Daniela Andrés Marisol Johana Sebastián",
        "Restrepo;Ospina;Cardona;Jaramillo;Londoño;Quintero",
    ),
    "italian": (
        "Giuseppe Chiara Federica Alessandro Niccolò Ginevra Matteo Lucrezia",
        "Esposito;Bianchi;De Luca;Ferraro;Mancini;Dell'Acqua;Barbieri",
    ),
    "greek": (
        "Eleni Dimitrios Katerina Panagiotis Stavroula Nikos",
        "Papadopoulos;Konstantinidou;Georgiou;Antonopoulou;Karagiannis;Vlachos",
    ),
    "turkish": (
        "Emre Elif Burak Zeynep Çağla Mehmet Gökhan Ayşe",
        "Yılmaz;Öztürk;Kaya;Demir;Şahin;Karaoğlu",
    ),
    "polish": (
        "Agnieszka Krzysztof Małgorzata Wojciech Zofia Łukasz Grzegorz",
        "Wiśniewska;Kowalczyk;Zieliński;Grabowski;Szymańska;Dąbrowski",
    ),
    "czech": (
        "Jiří Kateřina Tomáš Zdeňka Ondřej Bohumila Vojtěch",
        "Dvořák;Novotná;Procházka;Černý;Kučerová;Svoboda",
    ),
    "slovak": (
        "Ľubomír Zuzana Miroslav Dušan Lenka Marek",
        "Horváth;Kováčová;Baláž;Šimko;Hudák;Lukáčová",
    ),
    "hungarian": (
        "Zsófia Bence Gergely Réka Levente Csilla Ádám",
        "Nagy;Kovács;Szabó;Tóth;Farkas;Pintér",
    ),
    "romanian": (
        "Ioana Bogdan Andreea Mihai Raluca Sorin Ștefania",
        "Popescu;Ionescu;Constantinescu;Dumitrașcu;Munteanu;Vasilescu",
    ),
    "bulgarian": (
        "Desislava Hristo Tsvetanka Boyan Radoslav Milena Veselin",
        "Petrova;Dimitrov;Stoyanova;Todorov;Hristova;Iliev",
    ),
    "serbian": (
        "Dragana Nemanja Milica Jelena Uroš Bojana",
        "Jovanović;Petrović;Nikolić;Đorđević;Stanković;Marković",
    ),
    "croatian": (
        "Ivana Tomislav Katarina Zvonimir Mirela Hrvoje",
        "Horvat;Kovačević;Babić;Marić;Jurić;Knežević",
    ),
    "slovenian": (
        "Tjaša Matjaž Urška Primož Špela Gašper",
        "Novak;Kranjc;Zupančič;Potočnik;Vidmar;Kos",
    ),
    "ukrainian": (
        "Oksana Taras Bohdan Solomiia Yaroslav Olena Dmytro",
        "Shevchenko;Kovalenko;Bondarenko;Tkachuk;Melnyk;Hrytsenko",
    ),
    "russian": (
        "Anastasia Yevgeny Svetlana Arkady Lyudmila Konstantin Tatiana",
        "Smirnova;Volkov;Kuznetsova;Lebedev;Sokolova;Morozov",
    ),
    "lithuanian": (
        "Rūta Mindaugas Aušra Darius Giedrė Žygimantas",
        "Kazlauskas;Petrauskienė;Jankauskas;Butkutė;Žukauskas;Vaitkevičius",
    ),
    "latvian": (
        "Ilze Kārlis Agnese Jānis Dace Mārtiņš",
        "Bērziņš;Kalniņa;Ozoliņš;Liepiņa;Krūmiņš;Vītola",
    ),
    "estonian": (
        "Kadri Tõnu Mari-Liis Priit Triin Jaanus",
        "Tamm;Saar;Sepp;Mägi;Kask;Rebane",
    ),
    "finnish": (
        "Aino Juha Satu Petteri Kaisa Jukka Tuulikki",
        "Korhonen;Virtanen;Mäkinen;Nieminen;Hämäläinen;Heikkilä",
    ),
    "swedish": (
        "Linnéa Björn Sigrid Anders Ebba Måns Agneta",
        "Lindqvist;Åkesson;Bergström;Sjöberg;Hallström;Nyström",
    ),
    "norwegian": (
        "Solveig Håkon Ingrid Øystein Kari Torbjørn Sindre",
        "Haugen;Bakken;Solberg;Kristiansen;Ødegård;Hagen",
    ),
    "danish": (
        "Mette Søren Frederikke Rasmus Birgitte Mads Karoline",
        "Nørgaard;Kjær;Rasmussen;Bech;Thygesen;Østergaard",
    ),
    "icelandic": (
        "Guðrún Sigurður Þóra Ragnar Hildur Snorri",
        "Jónsdóttir;Sigurðsson;Magnúsdóttir;Einarsson;Ólafsdóttir;Gunnarsson",
    ),
    "emirati": (
        "Mohammed Fatima Abdullah Maryam Khalid Noura Hamdan",
        "Al Mansouri;al-Farsi;Al-Suwaidi;Al Dhaheri;al-Qahtani;Al Shamsi",
    ),
    "egyptian": (
        "Ahmed Mona Karim Nourhan Tarek Heba Mostafa",
        "Abdel-Rahman;El-Sayed;Hassan;Mahmoud;Fawzy;Soliman",
    ),
    "moroccan": (
        "Youssef Fatima-Zahra Hicham Khadija Driss Salma Othmane",
        "El Amrani;Benjelloun;Alaoui;Bennani;Tazi;Chraibi",
    ),
    "lebanese": (
        "Rami Rania Elie Nadine Ziad Joumana",
        "Haddad;Khoury;Nassar;Abou Jaoude;Saadeh;Frangieh",
    ),
    "persian": (
        "Shirin Dariush Parisa Kourosh Golnaz Arash Laleh",
        "Hosseini;Ahmadi;Rezaei;Mohammadi;Farahani;Karimzadeh",
    ),
    "hebrew": (
        "Noa Yonatan Tamar Eitan Shira Avital Yossi",
        "Cohen;Levi;Mizrahi;Ben-David;Friedman;Peretz",
    ),
    "armenian": (
        "Anahit Tigran Lusine Armen Nairi Hovhannes Siranush",
        "Petrosyan;Hakobyan;Sargsyan;Grigoryan;Ter-Minasyan;Avetisyan",
    ),
    "georgian": (
        "Nino Giorgi Ketevan Levan Mariam Davit Tamta",
        "Beridze;Kapanadze;Gelashvili;Lomidze;Tsiklauri;Chkheidze",
    ),
    "hindi": (
        "Priya Rohan Ananya Vikram Kavita Aarav Sunita Rajesh",
        "Sharma;Verma;Agarwal;Srivastava;Tiwari;Chaturvedi",
    ),
    "tamil": (
        "Karthik Lakshmi Senthil Meenakshi Divya Murugan",
        "Subramanian;Venkatesan;Ramasamy;Krishnamurthy;Palanisamy;Annamalai",
    ),
    "bengali": (
        "Arnab Sharmila Debashish Moumita Sourav Rituparna",
        "Chatterjee;Banerjee;Mukherjee;Bhattacharya;Ghosh;Sengupta",
    ),
    "punjabi": (
        "Gurpreet Harjit Manpreet Jaswinder Simran Amarjeet Navdeep",
        "Sandhu;Dhillon;Grewal;Sidhu;Bains;Randhawa",
    ),
    "pakistani": (
        "Imran Ayesha Bilal Sana Usman Hira Faisal",
        "Qureshi;Chaudhry;Siddiqui;Malik;Abbasi;Hashmi",
    ),
    "sinhala": (
        "Chamari Nuwan Dilani Kasun Tharindu Sanduni Lahiru",
        "Perera;Jayasuriya;Wickramasinghe;Gunawardena;Bandara;Rajapaksha",
    ),
    "nepali": (
        "Sabina Bikash Anjali Prakash Sushila Rabin",
        "Shrestha;Gurung;Thapa;Adhikari;Tamang;Maharjan",
    ),
    "mandarin": (
        "Xiaoling Jianguo Mingyu Yifan Zhiwei Yuhan",
        "Wang;Zhang;Liu;Chen;Zhou;Huang",
    ),
    "cantonese": (
        "Ka-Wai Wing-Yan Chi-Keung Mei-Ling Hoi-Yan Kwok-Leung",
        "Chan;Wong;Cheung;Leung;Tsang;Yeung",
    ),
    "taiwanese": (
        "Yu-Ting Chia-Hao Pei-Shan Chun-Wei Hsin-Yi",
        "Hsu;Tsai;Kuo;Chiang;Yeh;Hsieh",
    ),
    "japanese": (
        "Haruto Yui Sota Aoi Takeshi Misaki Kenji",
        "Takahashi;Watanabe;Yamamoto;Nakamura;Kobayashi;Inoue",
    ),
    "korean": (
        "Ji-woo Seo-yeon Min-jun Ha-eun Do-yoon Eun-ji Hyun-woo",
        "Kim;Choi;Jung;Kang;Yoon;Lim",
    ),
    "vietnamese": (
        "Thảo Quang Hương Phương Linh Tuấn",
        "Nguyễn;Trần;Phạm;Hoàng;Vũ;Đặng",
    ),
    "thai": (
        "Somchai Pimchanok Anurak Siriporn Kittisak Nattaya",
        "Srisawat;Wongsakul;Chaiyaporn;Thongchai;Suwannarat;Phrommachan",
    ),
    "filipino": (
        "Maricel Rommel Jhoanna Marlon Kristine Dindo",
        "dela Cruz;Bautista;Macaraeg;Villanueva;Santos-Ocampo;Dimaculangan",
    ),
    "indonesian": (
        "Budi Siti Agus Dewi Wahyu Rini Bambang",
        "Santoso;Wijaya;Hidayat;Kusumawati;Setiawan;Nugroho",
    ),
    "malay": (
        "Nurul Hafiz Aisyah Azlan Syafiq Zulaikha",
        "bin Abdullah;binti Ismail;bin Osman;binti Hassan;Rahman;Yusof",
    ),
    "yoruba": (
        "Adebayo Folake Oluwaseun Titilayo Babatunde Yetunde",
        "Adeyemi;Ogunleye;Balogun;Adewale-Cole;Olatunji;Akinola",
    ),
    "igbo": (
        "Chinedu Ngozi Obinna Chiamaka Emeka Adaeze",
        "Okafor;Nwachukwu;Eze;Okonkwo;Anyanwu;Obiora",
    ),
    "akan": (
        "Kwame Akosua Kofi Abena Yaw Efua",
        "Mensah;Owusu;Asante;Boateng;Acheampong;Osei",
    ),
    "kenyan": (
        "Wanjiku Achieng Kiprono Njeri Wafula Chebet",
        "Kamau;Otieno;Mwangi;Odhiambo;Kiprotich;Wekesa",
    ),
    "amharic": (
        "Selamawit Tesfaye Meseret Dawit Hirut Yohannes",
        "Bekele;Tadesse;Gebremedhin;Alemu;Wolde-Giorgis;Tesfamariam",
    ),
    "somali": (
        "Abdirahman Hodan Ayaan Farhiya Liban Sagal",
        "Warsame;Farah;Hirsi;Jama;Egal;Abdillahi",
    ),
    "zulu": (
        "Sipho Thandeka Bongani Nomvula Sibusiso Lindiwe",
        "Dlamini;Ndlovu;Khumalo;Mthembu;Nkosi;Buthelezi",
    ),
    "tanzanian": (
        "Neema Baraka Rehema Juma Zawadi Amani",
        "Mushi;Kimaro;Mrema;Massawe;Lyimo;Swai",
    ),
    "maori": (
        "Aroha Wiremu Mere Hēmi Ngaio Rāwiri",
        "Te Whata;Ngata;Parata;Tawhiri;Horomona;Te Rangi",
    ),
    "samoan": (
        "Sione Malia Tavita Fetu Iosefa Lagi",
        "Tuilagi;Fa'amausili;Leota;Sapolu;Tuimavave;Faleolo",
    ),
    "kazakh": (
        "Aigerim Yerlan Aruzhan Daniyar Gulnara Askar",
        "Abenov;Zhakupova;Seitkali;Omarova;Bekturov;Suleimenov",
    ),
    "uzbek": (
        "Dilnoza Sherzod Malika Jasur Nodira Bekzod",
        "Rakhimov;Yusupova;Ergasheva;Nazarov;Usmonova;Tursunov",
    ),
    "afrikaans": (
        "Annelie Riaan Marietjie Hennie Liezl Jaco",
        "van der Merwe;Botha;du Plessis;Oosthuizen;Steyn;le Roux",
    ),
    "quebecois": (
        "Marie-Ève Jean-François Geneviève Maxime Josée Étienne",
        "Tremblay;Gagnon;Bouchard;Côté;Lavoie;Pelletier",
    ),
    "mongolian": (
        "Bat-Erdene Oyuntsetseg Temuulen Enkhjargal Ganbold Nomin",
        "Batbayar;Dorj;Ganbaatar;Purevdorj;Enkhbold;Tserendorj",
    ),
}

CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    culture: (tuple(given.split()), tuple(family.split(";")))
    for culture, (given, family) in _RAW.items()
}

# Given names that are also everyday words; only the context makes them people.
WORD_NAMES: tuple[str, ...] = (
    "Hope",
    "Will",
    "Grace",
    "Summer",
    "Bill",
    "Rose",
    "Faith",
    "Joy",
    "Dawn",
    "Hunter",
    "Ivy",
    "Sunny",
)
WORD_NAME_CULTURES = ("english", "american")

NICKS: dict[str, str] = {
    "Alejandro": "Ale",
    "Philippa": "Pippa",
    "Imogen": "Immy",
    "Rupert": "Roo",
    "Matthias": "Matze",
    "Friederike": "Rike",
    "Wojciech": "Wojtek",
    "Małgorzata": "Gosia",
    "Agnieszka": "Aga",
    "Krzysztof": "Krzyś",
    "Panagiotis": "Panos",
    "Anastasia": "Nastya",
    "Svetlana": "Sveta",
    "Yevgeny": "Zhenya",
    "Inmaculada": "Inma",
    "Guadalupe": "Lupe",
    "Jean-Baptiste": "JB",
    "Mohammed": "Mo",
    "Rajesh": "Raju",
    "Vikram": "Vicky",
    "Oluwaseun": "Seun",
    "Babatunde": "Tunde",
    "Adebayo": "Bayo",
    "Titilayo": "Titi",
    "Sibusiso": "Sbu",
    "Hans-Peter": "Hansi",
    "Pádraig": "Paddy",
    "Alessandro": "Sandro",
    "Niccolò": "Nico",
    "Giuseppe": "Peppe",
    "Gonçalo": "Gonça",
    "Konstantin": "Kostya",
    "Bat-Erdene": "Bataa",
    "Jean-François": "J-F",
    "Hamish": "Hamie",
    "Dimitrios": "Mitsos",
    "Chinedu": "Chi-Chi",
    "Debashish": "Bapi",
}


def fold(text: str) -> str:
    """The text without its diacritics (the way many people type names on a phone)."""
    special = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}
    special |= {"þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "ı": "i", "İ": "I"}
    text = "".join(special.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
