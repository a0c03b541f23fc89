"""People's names for val33, by culture, written from its author's head (no name list).

Each culture: its key, the ISO country its phones/IBANs lean to, the name order ("W" given
family, "E" family given, "V" Vietnamese family middle given, "H"/"J" either order), female
and male given names, and family names ("m/f" where the form differs by gender). "_" joins
the words of a multi-word name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    key: str
    country: str
    order: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]


def _split(words: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in words.split())


CULTURES: dict[str, Culture] = {}


def _c(key: str, country: str, order: str, female: str, male: str, family: str) -> None:
    CULTURES[key] = Culture(key, country, order, _split(female), _split(male), _split(family))


# Western and Northern Europe
_c(
    "english", "GB", "W",
    "Eleanor Harriet Imogen Philippa Rosalind Beatrice Felicity",
    "Rupert Alistair Edmund Tobias Crispin Jeremy Giles",
    "Ashworth Pemberton Whitfield Hargreaves Cartwright Fairbairn Lockwood Ravensworth",
)  # fmt: skip
_c(
    "irish", "IE", "W",
    "Aoife Siobhán Niamh Caoimhe Gráinne Róisín Saoirse Clodagh",
    "Cian Oisín Pádraig Ruairí Tadhg Donncha Eoin Fionn",
    "Ó_Súilleabháin/Ní_Shúilleabháin O'Donoghue McGillycuddy Kavanagh Moriarty Breathnach"
    " Ó_Ceallaigh/Ní_Cheallaigh Fitzgerald",
)  # fmt: skip
_c(
    "scottish", "GB", "W",
    "Morag Eilidh Catriona Kirsty Ailsa Fiona",
    "Hamish Callum Lachlan Ruaridh Euan Torquil",
    "MacLeod Drummond Sutherland Urquhart MacKenzie Farquharson Menzies Lamont",
)  # fmt: skip
_c(
    "welsh", "GB", "W",
    "Angharad Bethan Ffion Carys Eirlys Sioned Nia",
    "Rhodri Dafydd Gethin Iwan Emrys Aled Cai",
    "Pritchard Llewellyn Prosser Vaughan Gruffudd Bowen Pugh",
)  # fmt: skip
_c(
    "american", "US", "W",
    "Brianna Kayla Shelby Courtney Tamika Lakisha Jolene",
    "Tyler Dustin Brandon Cody Jamal DeShawn Travis Garrett",
    "Hendricks Pruitt Whitaker Albright Tolliver Haskins McAllister Dunleavy Vanderpool",
)  # fmt: skip
_c(
    "quebecois", "CA", "W",
    "Geneviève Marie-Ève Josée Mélanie Chantal",
    "Jean-François Mathieu Sébastien Étienne Réjean",
    "Tremblay Gagnon Bouchard Pelletier Lévesque Gauthier Ouellet",
)  # fmt: skip
_c(
    "french", "FR", "W",
    "Solène Capucine Ségolène Maëlle Apolline Margaux Clémence",
    "Gaspard Aurélien Thibault Grégoire Lucien Anatole Yannick",
    "Lefèvre Delacroix Girardot Chevallier Vasseur Duplessis Beaumont Desjardins Kerbrat",
)  # fmt: skip
_c(
    "flemish", "BE", "W",
    "Lotte Ine Lieselot Griet Hanne",
    "Wouter Jelle Pieter-Jan Stijn Koen",
    "Vermeulen Claes Peeters Goossens Verstraeten De_Smet Wouters",
)  # fmt: skip
_c(
    "dutch", "NL", "W",
    "Sanne Marloes Femke Ilse Annelies Willemijn",
    "Joost Bram Sjoerd Maarten Thijs Ruud",
    "van_der_Berg de_Vries Jansen Mulder van_Dijk Hoekstra Kuipers Veenstra van_Leeuwen",
)  # fmt: skip
_c(
    "german", "DE", "W",
    "Friederike Annegret Hannelore Wiebke Svenja Mareike",
    "Jörg Ulrich Wolfgang Dietmar Henning Lutz Malte",
    "Schäfer Hoffmann Krüger Zimmermann Schulze Weißenborn Kaltenbrunner Brandt",
)  # fmt: skip
_c(
    "austrian", "AT", "W",
    "Theresia Vroni Leopoldine Johanna",
    "Florian Alois Lukas Sepp",
    "Gruber Huber Pichler Moser Steiner Hofbauer Aigner",
)  # fmt: skip
_c(
    "swiss", "CH", "W",
    "Regula Vreni Seraina Corinne",
    "Urs Reto Gian-Andrea Mattia",
    "Brunner Ammann Bühler Caflisch Tschudi Zwahlen",
)  # fmt: skip
_c(
    "italian", "IT", "W",
    "Chiara Ludovica Benedetta Ginevra Ottavia Federica",
    "Gianluca Lorenzo Tommaso Ettore Pierluigi Raffaele",
    "Esposito Bianchi Ferraro Marchetti Santoro Galli De_Luca Barbieri Caruso",
)  # fmt: skip
_c(
    "spanish", "ES", "W",
    "María_José Lucía Itziar Nerea Ainhoa Inmaculada",
    "Íñigo Álvaro Joaquín Gonzalo Borja Ignacio",
    "García-Ruiz Fernández Etxeberria Gutiérrez Domínguez Ortega Sáez Villanueva Cifuentes",
)  # fmt: skip
_c(
    "catalan", "ES", "W",
    "Núria Laia Meritxell Montse",
    "Jordi Oriol Arnau Xavier",
    "Puig Vilaró Casals Soler Batlle Rovira Sabaté",
)  # fmt: skip
_c(
    "portuguese", "PT", "W",
    "Inês Leonor Matilde Beatriz Mafalda Constança",
    "Duarte Tomás Rodrigo Afonso Gonçalo Vasco",
    "Ferreira Magalhães Carvalho Figueiredo Antunes Rebelo Mendes",
)  # fmt: skip
_c(
    "swedish", "SE", "W",
    "Ingrid Linnéa Ebba Sigrid Astrid",
    "Björn Oskar Anders Pelle Sixten Torbjörn",
    "Lindqvist Bergström Sjöberg Holmgren Åkesson Engström Nyberg Lundgren",
)  # fmt: skip
_c(
    "norwegian", "NO", "W",
    "Solveig Ingvild Ragnhild Tuva",
    "Eirik Håkon Sindre Vegard Trygve",
    "Haugen Solberg Kristiansen Rønning Sæther Brekke",
)  # fmt: skip
_c(
    "danish", "DK", "W",
    "Mette Sofie Frederikke Birthe",
    "Mads Rasmus Søren Jesper",
    "Mikkelsen Kjærgaard Thorsen Lauridsen Østergaard Bech",
)  # fmt: skip
_c(
    "finnish", "FI", "W",
    "Aino Tuulikki Kaisa Riikka Hilkka",
    "Juha Ilkka Jussi Tapani Eero",
    "Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laaksonen Heikkinen",
)  # fmt: skip
_c(
    "icelandic", "IS", "W",
    "Guðrún Sigríður Þórdís Hrafnhildur",
    "Sigurður Einar Ragnar Hallgrímur",
    "Jónsson/Jónsdóttir Sigurðsson/Sigurðardóttir Magnússon/Magnúsdóttir"
    " Einarsson/Einarsdóttir Ólafsson/Ólafsdóttir",
)  # fmt: skip
_c(
    "sami", "NO", "W",
    "Máret Ánne Elle Inga",
    "Ánde Niillas Jovnna Issát",
    "Gaup Somby Eira Hætta Buljo Utsi",
)  # fmt: skip
# Eastern Europe, Balkans, Caucasus, Central Asia
_c(
    "polish", "PL", "W",
    "Agnieszka Małgorzata Katarzyna Zofia Joanna",
    "Grzegorz Przemysław Tomasz Krzysztof Wojciech Bartosz",
    "Kowalski/Kowalska Wiśniewski/Wiśniewska Zieliński/Zielińska Szymański/Szymańska"
    " Wójcik Kamiński/Kamińska Dąbrowski/Dąbrowska Woźniak",
)  # fmt: skip
_c(
    "czech", "CZ", "W",
    "Markéta Kateřina Zdeňka Lenka",
    "Jiří Vojtěch Zdeněk Ondřej Radek",
    "Novák/Nováková Dvořák/Dvořáková Procházka/Procházková Černý/Černá Kučera/Kučerová"
    " Horák/Horáková",
)  # fmt: skip
_c(
    "slovak", "SK", "W",
    "Zuzana Ľubica Katarína",
    "Marek Juraj Ľubomír",
    "Kováč/Kováčová Hudák/Hudáková Šimko/Šimková Baláž/Balážová",
)  # fmt: skip
_c(
    "hungarian", "HU", "H",
    "Eszter Zsófia Réka Boglárka Csilla",
    "Bence Levente Zoltán Gergely Tamás",
    "Nagy Kovács Szabó Tóth Farkas Balogh Lakatos Molnár",
)  # fmt: skip
_c(
    "romanian", "RO", "W",
    "Ioana Andreea Roxana Mihaela",
    "Bogdan Mihai Răzvan Cătălin Sorin",
    "Popescu Ionescu Dumitrescu Stanciu Munteanu Constantinescu Ardeleanu",
)  # fmt: skip
_c(
    "bulgarian", "BG", "W",
    "Desislava Tsvetelina Radka Yordanka",
    "Hristo Stoyan Todor Plamen",
    "Dimitrov/Dimitrova Petkov/Petkova Georgiev/Georgieva Angelov/Angelova Kolev/Koleva",
)  # fmt: skip
_c(
    "balkan", "HR", "W",
    "Jelena Milica Dragana Snježana Ivana",
    "Dragan Stjepan Goran Dejan Miloš",
    "Jovanović Petrović Kovačević Horvat Babić Marković Radić Đorđević",
)  # fmt: skip
_c(
    "albanian", "AL", "W",
    "Arta Blerta Drita Fjolla Teuta",
    "Arben Besnik Dritan Gëzim Ilir",
    "Krasniqi Gashi Shehu Kelmendi Morina Dervishi",
)  # fmt: skip
_c(
    "greek", "GR", "W",
    "Eleni Despina Vasiliki Paraskevi Katerina",
    "Giorgos Dimitris Kostas Thanasis Stavros Panagiotis",
    "Papadopoulos/Papadopoulou Georgiou Konstantinidis/Konstantinidou"
    " Nikolaidis/Nikolaidou Vlachos/Vlachou Oikonomou",
)  # fmt: skip
_c(
    "russian", "RU", "W",
    "Yekaterina Svetlana Anastasiya Lyudmila Tatyana",
    "Dmitri Aleksandr Sergei Vsevolod Yaroslav",
    "Smirnov/Smirnova Kuznetsov/Kuznetsova Sokolov/Sokolova Volkov/Volkova"
    " Lebedev/Lebedeva Morozov/Morozova Zaitsev/Zaitseva",
)  # fmt: skip
_c(
    "ukrainian", "UA", "W",
    "Oksana Olena Kateryna Iryna Halyna",
    "Taras Bohdan Mykola Andriy",
    "Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Lysenko",
)  # fmt: skip
_c(
    "lithuanian", "LT", "W",
    "Rūta Eglė Gintarė Aušra",
    "Mindaugas Tadas Linas Vytautas",
    "Kazlauskas/Kazlauskienė Jankauskas/Jankauskienė Petrauskas/Petrauskienė"
    " Stankevičius/Stankevičienė",
)  # fmt: skip
_c(
    "latvian", "LV", "W",
    "Ilze Laima Inese Zane",
    "Jānis Andris Valdis Māris",
    "Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Krūmiņš/Krūmiņa",
)  # fmt: skip
_c(
    "armenian", "AM", "W",
    "Anahit Lusine Siranush Nare",
    "Aram Tigran Hovhannes Vahagn",
    "Petrosyan Hakobyan Sargsyan Grigoryan Avetisyan Manukyan Karapetyan",
)  # fmt: skip
_c(
    "georgian", "GE", "W",
    "Nino Mariam Ketevan Salome",
    "Giorgi Levan Davit Irakli Zurab",
    "Beridze Kapanadze Gelashvili Lomidze Tsiklauri Maisuradze",
)  # fmt: skip
_c(
    "kazakh", "KZ", "W",
    "Aigerim Dinara Gulnara Zhanar",
    "Yerlan Daulet Aibek Askar",
    "Nurlanov/Nurlanova Zhaksylykov/Zhaksylykova Omarov/Omarova Seitkali Abenov/Abenova",
)  # fmt: skip
_c(
    "uzbek", "UZ", "W",
    "Dilnoza Gulnora Shahzoda Nodira",
    "Jasur Sardor Bekzod Otabek",
    "Yusupov/Yusupova Rakhimov/Rakhimova Ergashev/Ergasheva Umarov/Umarova Sobirov/Sobirova",
)  # fmt: skip
_c(
    "mongolian", "MN", "W",
    "Oyuntsetseg Enkhjargal Sarangerel Bolormaa",
    "Batbayar Ganbold Temuulen Bat-Erdene",
    "Ganzorig Tsogtbaatar Enkhbold Purevdorj Sukhbaatar",
)  # fmt: skip
# Middle East and North Africa
_c(
    "turkish", "TR", "W",
    "Elif Zeynep Ayşe Merve Gülsüm Büşra",
    "Mehmet Emre Burak Oğuz Serkan Kaan",
    "Yılmaz Öztürk Arslan Korkmaz Karakaya Aksoy Özdemir Tekin",
)  # fmt: skip
_c(
    "kurdish", "IQ", "W",
    "Rojda Berfîn Jiyan Hêvî",
    "Rêzan Shivan Baran Dilshad",
    "Zebari Baban Hawrami Doski Sindi Bamarni",
)  # fmt: skip
_c(
    "persian", "IR", "W",
    "Shirin Maryam Parisa Niloofar Golnaz",
    "Dariush Kourosh Behnam Arash Siavash",
    "Karimi Hosseini Rahimi Moradi Jafari Sadeghi Ghorbani Shirazi",
)  # fmt: skip
_c(
    "afghan", "AF", "W",
    "Malalai Zarghuna Palwasha Shabnam",
    "Naveed Zalmai Wahid Ahmadullah",
    "Durrani Popalzai Noorzai Stanikzai Hotak Mohmand",
)  # fmt: skip
_c(
    "gulf", "AE", "W",
    "Noura Hessa Maitha Latifa Shamma Reem",
    "Khalid Saif Rashid Hamdan Majid Turki",
    "Al-Mansouri Al-Mazrouei Al-Qahtani Al-Otaibi Al-Shehhi Al-Ghamdi",
)  # fmt: skip
_c(
    "levantine", "LB", "W",
    "Rania Yara Hiba Ruba Dalia",
    "Tariq Bassam Fadi Ziad Nabil Rami",
    "Haddad Khoury Nassar Saliba Barakat Mansour Darwish Qasem",
)  # fmt: skip
_c(
    "egyptian", "EG", "W",
    "Yasmin Nihal Sherine Doaa Marwa",
    "Mahmoud Mostafa Karim Amr Tamer Hossam",
    "El-Sayed Abdel-Rahman Fathy Soliman Hegazy Ghoneim Shalaby",
)  # fmt: skip
_c(
    "maghrebi", "MA", "W",
    "Meryem Khadija Imane Salma Houda Zineb",
    "Youssef Hamza Mehdi Anouar Reda Driss",
    "Benjelloun Bennani El_Amrani Chraibi Lahlou Bouazza Belkacem",
)  # fmt: skip
_c(
    "hebrew", "IL", "W",
    "Noa Shira Tamar Yael Michal",
    "Itai Yonatan Eitan Oren Gilad",
    "Cohen Mizrahi Peretz Friedman Avraham Shapira Katz Biton",
)  # fmt: skip
# South Asia
_c(
    "hindi", "IN", "W",
    "Priyanka Ananya Shreya Kavita Meenakshi Nandini",
    "Rohan Arjun Vikram Siddharth Aniket Rajesh",
    "Sharma Verma Agarwal Chaturvedi Mehrotra Srivastava Tiwari Saxena",
)  # fmt: skip
_c(
    "tamil", "IN", "W",
    "Kavitha Thenmozhi Revathi Bharathi Lakshmi",
    "Karthik Senthil Murugan Arivazhagan Saravanan Vignesh",
    "Subramanian Ramasamy Palaniappan Krishnamurthy Sundaram Venkatesan Annamalai",
)  # fmt: skip
_c(
    "bengali", "BD", "W",
    "Tahmina Nusrat Farhana Sharmin Rumana",
    "Tanvir Shafiq Arif Rezaul Sabbir",
    "Chowdhury Hossain Bhattacharya Mukherjee Banerjee Chakraborty Talukder",
)  # fmt: skip
_c(
    "punjabi", "IN", "W",
    "Harpreet Jaspreet Manpreet Gurleen Simran",
    "Gurpreet Harjit Jaswinder Ranbir Amandeep",
    "Singh/Kaur Sandhu Dhillon Grewal Sidhu Randhawa",
)  # fmt: skip
_c(
    "pakistani", "PK", "W",
    "Ayesha Mahnoor Hira Zainab Rabia",
    "Bilal Usman Faisal Imran Zeeshan Waqas",
    "Qureshi Chaudhry Siddiqui Abbasi Niazi Mirza",
)  # fmt: skip
_c(
    "sinhalese", "LK", "W",
    "Dilini Nadeesha Chamari Sanduni Tharushi",
    "Kasun Chaminda Nuwan Lahiru Dinesh",
    "Perera Jayasuriya Wickramasinghe Herath Gunawardena Dissanayake",
)  # fmt: skip
_c(
    "nepali", "NP", "W",
    "Sushmita Anjana Pratiksha Sabina",
    "Bishal Suman Rabin Niraj",
    "Shrestha Gurung Tamang Thapa Adhikari Karki",
)  # fmt: skip
# East and Southeast Asia
_c(
    "chinese", "CN", "E",
    "Xiuying Yuxin Jiayi Wenjing Xiaohong",
    "Haoran Zhiwei Jianguo Yichen Zihan Junjie",
    "Wang Zhang Liu Chen Zhou Huang Zhao Guo Xie",
)  # fmt: skip
_c(
    "cantonese", "HK", "W",
    "Winnie Queenie Ka-yan Hoi-lam",
    "Tsz-hin Wai-keung Ivan Dickson",
    "Chan Wong Cheung Leung Tse Yip Kwok",
)  # fmt: skip
_c(
    "taiwanese", "TW", "E",
    "Shu-fen Mei-hua Pei-shan",
    "Chih-wei Chien-ming Kuan-yu",
    "Tsai Hsu Chiang Kuo Hsieh Liao",
)  # fmt: skip
_c(
    "japanese", "JP", "J",
    "Haruka Yui Aoi Misaki Nanami Chihiro",
    "Haruto Takumi Daisuke Kenta Shota Ryosuke",
    "Nakamura Takahashi Watanabe Yamamoto Kobayashi Inoue Matsumoto Kimura Fujiwara",
)  # fmt: skip
_c(
    "korean", "KR", "E",
    "Seoyeon Jiwoo Minseo Eunji Sujin Hayoon",
    "Minjun Dohyun Jiho Hyunwoo Seungmin Taeyang",
    "Kim Lee Choi Seo Kang Yoon Jang Lim",
)  # fmt: skip
_c(
    "vietnamese", "VN", "V",
    "Thị_Thảo Ngọc_Trâm Diệu_Linh Thị_Nhung Bích_Ngọc",
    "Văn_Hùng Đức_Thắng Minh_Quân Khánh_Duy Trọng_Hiếu",
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Đặng Bùi",
)  # fmt: skip
_c(
    "thai", "TH", "W",
    "Siriporn Kanokwan Pimchanok Nattaya Wassana",
    "Kittisak Thanawat Prasert Anan Somsak",
    "Wongsakul Chaiyaporn Boonmee Charoenkul Saetang Kaewkanya",
)  # fmt: skip
_c(
    "khmer", "KH", "E",
    "Sreymom Sophea Channary Bopha",
    "Sokha Vannak Rithy Piseth",
    "Chhim Heng Chea Pich Seng Keo",
)  # fmt: skip
_c(
    "filipino", "PH", "W",
    "Maricel Jocelyn Rowena Divina Kristine",
    "Rodel Jomar Arnel Reynaldo Ferdinand",
    "dela_Cruz Bautista Macaraeg Dimaculangan Pangilinan Manalo Magbanua",
)  # fmt: skip
_c(
    "indonesian", "ID", "W",
    "Ratna Kartika Sekar Lestari Wulandari",
    "Agus Bambang Joko Wahyu Hendra",
    "Santoso Wijaya Nugroho Prasetyo Hidayat Setiawan Gunawan Sutanto",
)  # fmt: skip
_c(
    "malay", "MY", "W",
    "Nurul_Aisyah Siti_Hajar Farah Nur_Izzati",
    "Ahmad_Faizal Muhammad_Hafiz Amirul Syahmi",
    "bin_Ismail/binti_Ismail bin_Osman/binti_Osman bin_Razak/binti_Razak"
    " bin_Yusof/binti_Yusof",
)  # fmt: skip
# Sub-Saharan Africa
_c(
    "yoruba", "NG", "W",
    "Folasade Yetunde Funmilayo Temitope Omolara Adunni",
    "Babajide Olumide Adebayo Oluwaseun Kehinde Ayodele",
    "Adeyemi Ogunleye Adebisi Akinola Fashola Ogundipe Olabode Oyelaran",
)  # fmt: skip
_c(
    "igbo", "NG", "W",
    "Chiamaka Ngozi Adaeze Nneka Ifeoma Chidinma",
    "Chukwuemeka Obinna Ikenna Chinedu Uchenna Nnamdi",
    "Okafor Nwosu Nwachukwu Okeke Anyanwu Udeh Ezeani",
)  # fmt: skip
_c(
    "hausa", "NG", "W",
    "Hadiza Halima Hauwa Amina Rakiya",
    "Abubakar Sani Lawal Garba Nuhu",
    "Gwarzo Abdullahi Danjuma Yakubu Dikko Shehu",
)  # fmt: skip
_c(
    "akan", "GH", "W",
    "Akosua Abena Efua Adwoa Afia",
    "Kwame Kofi Kwabena Kojo Kwaku",
    "Mensah Boateng Owusu Asante Appiah Osei Ofori",
)  # fmt: skip
_c(
    "wolof", "SN", "W",
    "Awa Fatou Ndèye Coumba Aminata",
    "Mamadou Cheikh Ousmane Modou Babacar",
    "Diop Ndiaye Sarr Gueye Mbaye Diouf",
)  # fmt: skip
_c(
    "kikuyu", "KE", "W",
    "Wanjiru Nyambura Wambui Njeri Wairimu",
    "Kamau Njoroge Githinji Kariuki Mwangi",
    "Gitau Macharia Waweru Kimani Muriuki Ndungu",
)  # fmt: skip
_c(
    "luo", "KE", "W",
    "Akinyi Atieno Adhiambo Awino Achieng",
    "Otieno Ochieng Omondi Onyango Okoth",
    "Odhiambo Owino Ouma Oduor Okello",
)  # fmt: skip
_c(
    "swahili", "TZ", "W",
    "Neema Rehema Zawadi Imani",
    "Baraka Juma Hamisi Jabari",
    "Mwakyusa Msuya Mrema Lyimo Massawe Shirima",
)  # fmt: skip
_c(
    "baganda", "UG", "W",
    "Nakato Namubiru Nansubuga Nalwoga Babirye",
    "Mukasa Ssemakula Waiswa Ssekandi",
    "Ssemwogerere Kiggundu Lubega Nsubuga Kasozi",
)  # fmt: skip
_c(
    "rwandan", "RW", "W",
    "Uwase Ingabire Mukamana Umutoni",
    "Niyonzima Mugabo Gasana Nshuti",
    "Habimana Uwimana Ndayisaba Hakizimana Twagirayezu",
)  # fmt: skip
_c(
    "congolese", "CD", "W",
    "Kapinga Mujinga Ngalula Mbuyi",
    "Kabongo Tshibanda Mukendi Kalala",
    "Ilunga Kalonji Kasongo Banza Mutombo",
)  # fmt: skip
_c(
    "amharic", "ET", "W",
    "Selamawit Tigist Meseret Hirut Mahlet",
    "Dawit Yonas Tesfaye Bereket Getachew",
    "Gebremedhin Alemu Bekele Tadesse Kebede Girma",
)  # fmt: skip
_c(
    "somali", "SO", "W",
    "Hodan Ubah Sahra Faadumo Ifrah Nimco",
    "Abdirahman Mohamud Abdiweli Liban",
    "Warsame Jama Hirsi Dualeh Samatar Egal",
)  # fmt: skip
_c(
    "zulu", "ZA", "W",
    "Nomvula Thandeka Lindiwe Zanele Nokuthula",
    "Sipho Thabo Bongani Mandla Sibusiso",
    "Dlamini Nkosi Ndlovu Mthembu Khumalo Shabalala Mkhize Ngcobo",
)  # fmt: skip
_c(
    "xhosa", "ZA", "W",
    "Nomsa Thembeka Ntombizodwa Siphokazi",
    "Luvuyo Siyabonga Lwando Xolani Mzwandile",
    "Gqirana Ntshona Matyila Mgijima Sotashe Ndamase",
)  # fmt: skip
_c(
    "shona", "ZW", "W",
    "Rufaro Chipo Nyasha Tatenda",
    "Tafadzwa Farai Tinashe Kudzai",
    "Chikwanha Mutasa Marufu Zvobgo Chigumba Nyamande",
)  # fmt: skip
_c(
    "malagasy", "MG", "W",
    "Hanta Voahangy Lalao Fanja",
    "Rivo Tojo Andry Haja",
    "Rakotomalala Randriamampionona Rasoanaivo Rabemananjara Andrianarivo",
)  # fmt: skip
# The Americas (Latin America, Caribbean, Indigenous nations)
_c(
    "brazilian", "BR", "W",
    "Thaís Luana Jéssica Raíssa Larissa",
    "Thiago Caio Cauã Wesley Anderson",
    "dos_Santos Oliveira Cavalcanti Teixeira Bezerra Medeiros Siqueira",
)  # fmt: skip
_c(
    "mexican", "MX", "W",
    "Ximena Itzel Citlali Mariana Guadalupe",
    "Emiliano Cuauhtémoc Fernando Rogelio",
    "Hernández Martínez Cárdenas Villaseñor Zúñiga Ochoa",
)  # fmt: skip
_c(
    "argentine", "AR", "W",
    "Agustina Camila Florencia Micaela",
    "Facundo Nahuel Gastón Leandro",
    "Sosa Acosta Benítez Gauna Quiroga Bustamante",
)  # fmt: skip
_c(
    "colombian", "CO", "W",
    "Valentina Yolanda Daniela Marisol",
    "Andrés_Felipe Juan_Camilo Jhon_Fredy Wilmer",
    "Rodríguez Ospina Restrepo Arango Jaramillo Montoya",
)  # fmt: skip
_c(
    "chilean", "CL", "W",
    "Javiera Francisca Catalina Antonia",
    "Cristóbal Benjamín Matías Vicente",
    "Contreras Henríquez Pizarro Aravena Figueroa Valdés",
)  # fmt: skip
_c(
    "quechua", "PE", "W",
    "Killa Nayra Wayta Yessenia",
    "Amaru Kusi Wilber Edwin",
    "Quispe Mamani Condori Huamán Ccori Apaza Yupanqui Ticona",
)  # fmt: skip
_c(
    "mapuche", "CL", "W",
    "Ayelen Rayen Millaray Ailen",
    "Lautaro Ñancupil Huenu Calfucura",
    "Huenchumilla Ñanculef Millapán Curaqueo Painemal Huaiquil",
)  # fmt: skip
_c(
    "maya", "MX", "W",
    "Ixchel Nicte Yatzil",
    "Balam Kanek Yaxkin",
    "Canché Dzul Couoh Poot Cocom Tzec",
)  # fmt: skip
_c(
    "navajo", "US", "W",
    "Shandiin Nizhoni Ashkii Doli",
    "Ahiga Nastas Hastiin Kee",
    "Begay Yazzie Tsosie Benally Manygoats Etsitty Bitsui Yellowhorse",
)  # fmt: skip
_c(
    "inuit", "CA", "W",
    "Aaju Nuvuja Aalasi Ooleepeeka",
    "Pauloosie Tagak Jaypeetee Naulaq",
    "Kilabuk Qitsualik Kusugak Arnakaq Akeeagok Nutaraq",
)  # fmt: skip
_c(
    "jamaican", "JM", "W",
    "Shanique Kereen Nadine Tameka",
    "Delroy Garfield Desmond Leroy",
    "Gayle Barrett Wint Anglin Bartley Hylton Ebanks",
)  # fmt: skip
_c(
    "haitian", "HT", "W",
    "Widlene Nadège Fabienne Mirlande",
    "Wisly Fritznel Wilner Jocelyn",
    "Dorvil Toussaint Lafortune Exantus Célestin Desrosiers",
)  # fmt: skip
# Pacific and Australia
_c(
    "maori", "NZ", "W",
    "Aroha Huia Hine Kahurangi Ngaio",
    "Tane Rawiri Wiremu Hemi Nikau Manaia",
    "Ngata Parata Tamihana Rangihuna Te_Whata Pomare Tipene Kereama",
)  # fmt: skip
_c(
    "samoan", "WS", "W",
    "Sina Malia Fetu Alofa",
    "Sione Tavita Ioane Iosefa",
    "Tuilagi Leota Sapolu Aumua Tuiasosopo",
)  # fmt: skip
_c(
    "tongan", "TO", "W",
    "Sisilia Salote Losaline",
    "Viliami Tevita Siaosi",
    "Tupou Fifita Havili Taufa Vaipulu",
)  # fmt: skip
_c(
    "fijian", "FJ", "W",
    "Litia Mereoni Unaisi Akanisi",
    "Josaia Epeli Viliame Jone",
    "Ravuvu Naivalu Tuilevuka Vunibaka Rokodi Delai",
)  # fmt: skip
_c(
    "hawaiian", "US", "W",
    "Leilani Kalani Noelani Keala",
    "Kekoa Kainoa Makoa Keoni",
    "Kahananui Kealoha Akana Kamakau Kapule Nakoa",
)  # fmt: skip
_c(
    "aboriginal", "AU", "W",
    "Kirra Alinta Marlee Yindi",
    "Djalu Jirra Warrick Yarran",
    "Yunupingu Marika Gumana Wanambi Mununggurr Ganambarr Namatjira",
)  # fmt: skip

# Words that are also given names; planted only where the text says they are people, always
# capitalised, and compared case-sensitively (a clean "we hope" or "will do" is no name).
WORD_NAMES_FEMALE = ("Hope", "Grace", "Rose", "Faith", "Summer", "Jade", "Joy", "Ivy", "Hazel")
WORD_NAMES_MALE = ("Will", "Mark", "Bill", "Hunter", "Sky")
WORD_NAMES = WORD_NAMES_FEMALE + WORD_NAMES_MALE
WORD_NAME_FAMILIES = ("english", "american", "irish", "scottish", "welsh", "jamaican")

NICKNAMES = {
    "Philippa": "Pippa",
    "Tobias": "Toby",
    "Eleanor": "Nell",
    "Aleksandr": "Sasha",
    "Yekaterina": "Katya",
    "Svetlana": "Sveta",
    "Tatyana": "Tanya",
    "Małgorzata": "Gosia",
    "Katarzyna": "Kasia",
    "Wojciech": "Wojtek",
    "Grzegorz": "Grzesiek",
    "Jiří": "Jirka",
    "Panagiotis": "Panos",
    "Vasiliki": "Vaso",
    "Chukwuemeka": "Emeka",
    "Chiamaka": "Amaka",
    "Ifeoma": "Ify",
    "Oluwaseun": "Seun",
    "Babajide": "Jide",
    "Siddharth": "Sid",
    "Guadalupe": "Lupe",
    "Pimchanok": "Pim",
    "Kanokwan": "Nok",
    "Gianluca": "Gigi",
    "Friederike": "Rike",
    "Zsófia": "Zsófi",
    "Íñigo": "Iñi",
    "Sebastien": "Seb",
    "Bartosz": "Bartek",
}

# Particles that are part of names but are not names themselves: they are left out when the
# words of the planted names are compared with the rest of the text.
PARTICLES = frozenset(
    "van der den de da do dos das del della di la le du von zu bin binti bint ibn al el ben"
    " abu mac ó ní te dela y e thị văn st saint".split()
)
