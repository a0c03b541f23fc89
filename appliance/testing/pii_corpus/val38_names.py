"""val38 name pools: given and family names of 81 cultures, written as their bearers write
them in Latin script (diacritics kept), plus word-names (Hope, Will, Grace ...).

Each culture is (code, order, given names, family names); order "fg" puts the family name
first in the full name (Vietnamese, Chinese, Korean, Hungarian). Every name here was written
by the part's author; none comes from a name list or library.
"""

from __future__ import annotations

WORD_NAMES = (
    "Hope",
    "Will",
    "Grace",
    "Rose",
    "Jade",
    "Sky",
    "Bill",
    "Mark",
    "Faith",
    "Summer",
    "Hunter",
    "Joy",
    "Ivy",
    "Dawn",
)


def _c(code: str, order: str, given: str, family: str) -> tuple[str, str, list[str], list[str]]:
    return (
        code,
        order,
        [g.strip() for g in given.split("|")],
        [f.strip() for f in family.split("|")],
    )


CULTURES = [
    _c(
        "yoruba",
        "gf",
        "Adebayo|Folake|Oluwaseun|Temitope|Kehinde|Bolanle|Olumide|Yetunde",
        "Adeyemi|Ogunleye|Adebisi|Oyelaran|Akinola|Fashola|Odunsi",
    ),
    _c(
        "igbo",
        "gf",
        "Chinedu|Ngozi|Obinna|Adaeze|Chukwuemeka|Ifeoma|Nnamdi|Uchenna",
        "Okafor|Eze|Nwachukwu|Okonkwo|Obi-Nwosu|Anyanwu|Ezeilo",
    ),
    _c(
        "hausa",
        "gf",
        "Aminu|Hadiza|Bashir|Zainab|Sani|Rabi|Nasiru|Halima",
        "Danjuma|Tukur|Shehu|Garba|Yakubu|Abdullahi|Lawan",
    ),
    _c(
        "akan",
        "gf",
        "Kwame|Akosua|Kofi|Abena|Yaw|Efua|Kwabena|Adwoa",
        "Mensah|Asante|Owusu|Boateng|Ofori-Atta|Appiah|Darko",
    ),
    _c(
        "wolof",
        "gf",
        "Moussa|Awa|Ibrahima|Fatou|Cheikh|Ndeye|Mamadou|Aïssatou",
        "Ndiaye|Diop|Sarr|Faye|Mbaye|Gueye|Seck",
    ),
    _c(
        "kikuyu",
        "gf",
        "Wanjiru|Kamau|Njeri|Mwangi|Wambui|Githinji|Nyambura|Karanja",
        "Kariuki|Njoroge|Muthoni|Gitau|Wainaina|Ndung'u|Kimani",
    ),
    _c(
        "swahili",
        "gf",
        "Baraka|Rehema|Juma|Zawadi|Hamisi|Neema|Saidi|Mwanaisha",
        "Mfinanga|Mwakyusa|Kombo|Salim|Mrema|Lyimo|Massawe",
    ),
    _c(
        "amhara",
        "gf",
        "Abebe|Tigist|Dawit|Meron|Yonas|Selamawit|Getachew|Hirut",
        "Tesfaye|Bekele|Haile|Alemu|Gebremedhin|Wolde|Kebede",
    ),
    _c(
        "somali",
        "gf",
        "Abdirahman|Hodan|Farhan|Sahra|Mahad|Ayaan|Liban|Ubah",
        "Warsame|Farah|Jama|Abdi|Hirsi|Osman|Egal",
    ),
    _c(
        "zulu",
        "gf",
        "Sibusiso|Nomvula|Themba|Thandeka|Bongani|Lindiwe|Sizwe|Zanele",
        "Dlamini|Ndlovu|Zungu|Mkhize|Khumalo|Ngcobo|Shabalala",
    ),
    _c(
        "xhosa",
        "gf",
        "Lwazi|Nokuthula|Siyabonga|Ayanda|Luvuyo|Nosipho|Mzwandile|Unathi",
        "Mbeki-Tshabalala|Qwabe|Mdletshe|Ntshona|Mqhayi|Sigcau|Ngxola",
    ),
    _c(
        "shona",
        "gf",
        "Tendai|Rutendo|Tatenda|Chipo|Farai|Nyasha|Tafadzwa|Kudzai",
        "Moyo|Chikwanha|Mutasa|Marufu|Chigumba|Zvobgo|Mapfumo",
    ),
    _c(
        "egypt",
        "gf",
        "Mostafa|Yasmin|Karim|Mariam|Tarek|Heba|Amr|Dina",
        "Abdel-Rahman|El-Sayed|Fahmy|Soliman|Mansour|Hegazy|Shawky",
    ),
    _c(
        "levant",
        "gf",
        "Rami|Lina|Ziad|Rasha|Fadi|Dalia|Samir|Reem",
        "Haddad|Khoury|Nassar|Saliba|Haddadin|Aoun|Karam",
    ),
    _c(
        "gulf",
        "gf",
        "Khalid|Noura|Faisal|Latifa|Saif|Hessa|Majid|Shamma",
        "Al-Harbi|Al-Mansoori|Al-Qahtani|Al-Suwaidi|Al-Dosari|Al-Kaabi|Al-Otaibi",
    ),
    _c(
        "maghreb",
        "gf",
        "Youssef|Khadija|Hamza|Salma|Anouar|Imane|Reda|Houda",
        "Benali|El Amrani|Bennani|Tazi|Ouazzani|Belkadi|Chraibi",
    ),
    _c(
        "persian",
        "gf",
        "Arash|Shirin|Dariush|Parisa|Kaveh|Niloufar|Behrouz|Golnar",
        "Hosseini|Tehrani|Farahani|Rezaei|Moradi|Kazemi|Esfahani",
    ),
    _c(
        "turkish",
        "gf",
        "Emre|Elif|Burak|Zeynep|Oğuz|Büşra|Serkan|Gülşen",
        "Yılmaz|Kaya|Öztürk|Demirci|Çelik|Aydın|Şahin",
    ),
    _c(
        "kurdish",
        "gf",
        "Rojhat|Berivan|Diyar|Zilan|Azad|Hêvî|Serhad|Nishtiman",
        "Barzani-Ali|Botani|Hawrami|Zebari|Amedi|Soran|Dizayee",
    ),
    _c(
        "hindi",
        "gf",
        "Aarav|Priya|Rohan|Ananya|Vikram|Kavita|Siddharth|Neha",
        "Sharma|Verma|Agarwal|Chaturvedi|Srivastava|Mishra|Tiwari",
    ),
    _c(
        "tamil",
        "gf",
        "Karthik|Lakshmi|Senthil|Meenakshi|Arun|Divya|Murugan|Revathi",
        "Subramanian|Ramasamy|Pillai|Venkatesan|Krishnamurthy|Natarajan|Sundaram",
    ),
    _c(
        "bengali",
        "gf",
        "Arnab|Moumita|Sourav|Tanushree|Debashis|Rituparna|Anirban|Sudeshna",
        "Chatterjee|Banerjee|Mukherjee|Bhattacharya|Sengupta|Chakraborty|Ghoshal",
    ),
    _c(
        "punjabi",
        "gf",
        "Harpreet|Gurpreet|Manjit|Jaspreet|Balwinder|Simran|Kuldeep|Navneet",
        "Sandhu|Dhillon|Brar|Grewal|Sidhu|Bajwa|Randhawa",
    ),
    _c(
        "telugu",
        "gf",
        "Srinivas|Sravani|Venkatesh|Haritha|Ramesh|Sujatha|Naveen|Madhavi",
        "Reddy|Naidu|Rao|Chowdary|Yarlagadda|Kondapalli|Gummadi",
    ),
    _c(
        "urdu",
        "gf",
        "Imran|Ayesha|Bilal|Sadia|Usman|Mehwish|Faraz|Rabia",
        "Qureshi|Siddiqui|Chaudhry|Malik|Awan|Hashmi|Sheikh-Ahmed",
    ),
    _c(
        "sinhala",
        "gf",
        "Chaminda|Nirmala|Dinesh|Sanduni|Ruwan|Dilani|Kasun|Ishara",
        "Perera|Jayasuriya|Wickramasinghe|Fernando|Gunawardena|Rajapaksha|Bandara",
    ),
    _c(
        "nepali",
        "gf",
        "Bishal|Sunita|Prakash|Anjali|Suman|Binita|Rajendra|Pooja",
        "Shrestha|Gurung|Thapa|Adhikari|Tamang|Bhattarai|Magar",
    ),
    _c(
        "mandarin",
        "fg",
        "Xiuying|Wei|Jing|Haoran|Yuting|Zihan|Jianguo|Xinyi",
        "Wang|Zhang|Liu|Chen|Zhao|Huang|Zhou",
    ),
    _c(
        "cantonese",
        "gf",
        "Ka-wai|Wing-yan|Chi-keung|Mei-ling|Siu-ming|Hoi-yan|Kwok-wai|Suet-ying",
        "Chan|Leung|Cheung|Wong|Lau|Tsang|Yeung",
    ),
    _c(
        "taiwanese",
        "fg",
        "Yu-ting|Chia-hao|Hsin-yi|Chih-wei|Pei-shan|Tsung-han|Ya-wen|Kuan-yu",
        "Lin|Hsu|Tsai|Cheng|Hsieh|Kuo|Chiang",
    ),
    _c(
        "japanese",
        "gf",
        "Haruto|Yui|Sota|Aoi|Kenji|Sakura|Takumi|Misaki",
        "Nakamura|Takahashi|Watanabe|Yamamoto|Kobayashi|Fujiwara|Matsumoto",
    ),
    _c(
        "korean",
        "fg",
        "Ji-hoon|Seo-yeon|Joon-ho|Ha-eun|Do-yun|Ji-woo|Hyun-woo|Ye-jin",
        "Kim|Choi|Shin|Kang|Yoon|Jang|Lim",
    ),
    _c(
        "vietnamese",
        "fg",
        "Thị Hương|Văn Dũng|Thị Lan|Minh Tuấn|Ngọc Ánh|Đức Thắng|Thanh Trúc|Quốc Bảo",
        "Nguyễn|Trần|Phạm|Hoàng|Huỳnh|Đặng|Bùi",
    ),
    _c(
        "thai",
        "gf",
        "Somchai|Nattaya|Kittisak|Siriporn|Anurak|Pimchanok|Thanawat|Kanokwan",
        "Srisuk|Wongsawat|Chaiyaporn|Rattanakorn|Suksawat|Boonmee|Thongchai",
    ),
    _c(
        "filipino",
        "gf",
        "Maricel|Jomar|Rowena|Arnel|Lorna|Rodel|Analyn|Jerico",
        "Dela Cruz|Bautista|Villanueva|Mangubat|Macaraeg|Dimaculangan|Sarmiento",
    ),
    _c(
        "indonesian",
        "gf",
        "Wahyu|Siti Rahmawati|Agus|Dewi|Bambang|Ratna|Hendra|Putri",
        "Santoso|Wijaya|Hidayat|Setiawan|Kusumawardani|Saputra|Nugroho",
    ),
    _c(
        "malay",
        "gf",
        "Aiman|Nurul Huda|Hafiz|Siti Aisyah|Faizal|Zulaikha|Amirul|Farah Wahida",
        "bin Ismail|binti Rahman|bin Hassan|binti Yusof|bin Osman|binti Kamaruddin|bin Zakaria",
    ),
    _c(
        "burmese",
        "gf",
        "Thiri|Zaw|Khin|Moe|Hnin|Kyaw|Thandar|Htet",
        "Myint|Htun|Aung|Thein|Maung|Naing|Lwin",
    ),
    _c(
        "mongolian",
        "gf",
        "Batbayar|Oyunchimeg|Ganbold|Enkhjargal|Temuulen|Solongo|Batzorig|Nomin",
        "Tserendorj|Dashdorj|Ganbaatar|Enkhbold|Sukhbaatar|Purevdorj|Batjargal",
    ),
    _c(
        "russian",
        "gf",
        "Dmitri|Yekaterina|Aleksei|Svetlana|Nikolai|Tatyana|Sergei|Oksana",
        "Volkov|Smirnova|Kuznetsov|Sokolova|Lebedev|Morozova|Vinogradov",
    ),
    _c(
        "ukrainian",
        "gf",
        "Taras|Olena|Bohdan|Iryna|Mykola|Halyna|Yaroslav|Khrystyna",
        "Shevchuk|Kovalenko|Bondarenko|Tkachenko|Hrytsenko|Melnyk|Savchuk",
    ),
    _c(
        "polish",
        "gf",
        "Wojciech|Małgorzata|Krzysztof|Agnieszka|Grzegorz|Katarzyna|Przemysław|Zofia",
        "Kowalczyk|Wiśniewska|Zieliński|Szymańska|Wójcik|Dąbrowski|Grabowska",
    ),
    _c(
        "czech",
        "gf",
        "Jiří|Lenka|Tomáš|Jana-Marie|Ondřej|Kateřina|Vojtěch|Zuzana",
        "Novák|Dvořáková|Procházka|Černý|Kučerová|Veselý|Horáková",
    ),
    _c(
        "hungarian",
        "fg",
        "Eszter|Bence|Zsófia|Levente|Réka|Gergely|Dorottya|Csaba",
        "Nagy|Kovács|Szabó|Tóth|Varga|Horváth|Farkas",
    ),
    _c(
        "romanian",
        "gf",
        "Andrei|Ioana|Mihai|Roxana|Bogdan|Raluca|Cătălin|Oana",
        "Popescu|Ionescu|Dumitrescu|Constantinescu|Stănescu|Munteanu|Georgescu",
    ),
    _c(
        "serbocroat",
        "gf",
        "Dragan|Jelena|Nikola|Ivana|Stjepan|Mirjana|Dejan|Snježana",
        "Jovanović|Petrović|Horvat|Kovačević|Babić|Marković|Nikolić",
    ),
    _c(
        "bulgarian",
        "gf",
        "Georgi|Desislava|Stoyan|Tsvetelina|Hristo|Radostina|Kaloyan|Mariela",
        "Petrov|Dimitrova|Ivanov|Todorova|Georgiev|Stoyanova|Angelov",
    ),
    _c(
        "greek",
        "gf",
        "Giorgos|Eleni|Konstantinos|Dimitra|Panagiotis|Vasiliki|Stavros|Kalliopi",
        "Papadopoulos|Georgiou|Nikolaidis|Konstantinou|Papageorgiou|Karagiannis|Vlachou",
    ),
    _c(
        "german",
        "gf",
        "Jürgen|Annegret|Tobias|Sabine|Florian|Ursula|Matthias|Friederike",
        "Schneider|Müller-Westerhoff|Hoffmann|Schäfer|Kößler|Baumgartner|Wendland",
    ),
    _c(
        "dutch",
        "gf",
        "Joost|Marieke|Sander|Femke|Bart-Willem|Anouk|Maarten|Lieke",
        "van der Berg|de Vries|Jansen|Bakker-Smit|van Dijk|Visser|Hoekstra",
    ),
    _c(
        "french",
        "gf",
        "Étienne|Séverine|Gaëtan|Margaux|Thibault|Hélène|Aurélien|Clémence",
        "Dubois|Lefèvre|Moreau|Girard|Rousseau|Lemaire|Delacroix-Vidal",
    ),
    _c(
        "italian",
        "gf",
        "Giuseppe|Francesca|Alessandro|Chiara|Lorenzo|Federica|Matteo|Giulia",
        "Russo|Esposito|Bianchi|Colombo|Ricci|De Luca|Mancini",
    ),
    _c(
        "spanish",
        "gf",
        "María José|Javier|Nuria|Álvaro|Inmaculada|Jorge|Montserrat|Íñigo",
        "García-Ruiz|Fernández|López de Haro|Martínez|Sánchez|Gutiérrez|Ortega",
    ),
    _c(
        "portuguese",
        "gf",
        "João|Inês|Rui|Beatriz|Tiago|Mafalda|Gonçalo|Leonor",
        "Ferreira|Gonçalves|Rodrigues|Carvalho|Sousa|Magalhães|Albuquerque",
    ),
    _c(
        "irish",
        "gf",
        "Siobhán|Cian|Aoife|Darragh|Niamh|Ciarán|Saoirse|Oisín",
        "O'Sullivan|Ní Bhriain|McCarthy|Ó Súilleabháin|Kavanagh|Fitzgerald|Donnelly",
    ),
    _c(
        "scottish",
        "gf",
        "Hamish|Morag|Fraser|Eilidh|Callum|Kirsty|Ruaridh|Mhairi",
        "MacLeod|Cameron|Sutherland|McIntyre|Fergusson|MacKenzie|Drummond",
    ),
    _c(
        "welsh",
        "gf",
        "Rhys|Ffion|Gethin|Carys|Dafydd|Angharad|Emyr|Sioned",
        "Llewellyn|Pritchard|ap Gruffydd|Vaughan|Howells|Prosser|Bowen",
    ),
    _c(
        "english",
        "gf",
        "Rupert|Harriet|Giles|Philippa|Tobin|Imogen|Crispin|Henrietta",
        "Ashworth|Pemberton|Hargreaves|Whitcombe|Fairbairn|Thistlethwaite|Entwistle",
    ),
    _c(
        "swedish",
        "gf",
        "Björn|Ingrid|Henrik|Linnéa|Gustav|Sofia-Li|Oskar|Maja",
        "Lindqvist|Bergström|Johansson|Sjöberg|Nyström|Holmgren|Åkesson",
    ),
    _c(
        "norwegian",
        "gf",
        "Eirik|Solveig|Håkon|Ingeborg|Sindre|Ragnhild|Torbjørn|Sigrid",
        "Haugen|Bakken|Solberg|Storhaug|Fjeld|Rønning|Aasen",
    ),
    _c(
        "danish",
        "gf",
        "Søren|Mette|Rasmus|Birgitte|Anders|Kirsten|Mads|Lærke",
        "Kjærgaard|Nørgaard|Mortensen|Thygesen|Damgaard|Østergaard|Lauritsen",
    ),
    _c(
        "finnish",
        "gf",
        "Juhani|Aino|Mikko|Kaisa|Ilkka|Tuulikki|Jussi|Pirjo",
        "Virtanen|Mäkinen|Korhonen|Järvinen|Heikkilä|Leppänen|Koskinen",
    ),
    _c(
        "icelandic",
        "gf",
        "Sigurður|Guðrún|Einar|Hildur|Gunnar|Ragnheiður|Kristján|Þórunn",
        "Jónsdóttir|Magnússon|Sigurðardóttir|Gunnarsson|Einarsdóttir|Stefánsson|Ólafsdóttir",
    ),
    _c(
        "mexican",
        "gf",
        "Guadalupe|Alejandro|Ximena|Rodrigo|Itzel|Emiliano|Citlali|Fernando",
        "Hernández|Ramírez|Villaseñor|Cuauhtémoc|Zavala|Olvera|Treviño",
    ),
    _c(
        "brazilian",
        "gf",
        "Thiago|Luana|Caio|Fernanda|Rafael|Juliana|Leandro|Tatiane",
        "da Silva|Oliveira|Nascimento|Cavalcanti|Barbosa|Figueiredo|Damasceno",
    ),
    _c(
        "rioplatense",
        "gf",
        "Facundo|Agustina|Matías|Florencia|Santiago|Valentina|Nahuel|Rocío",
        "Pereyra|Giménez|Acosta|Benítez|Sosa|Ferraro|Iturbe",
    ),
    _c(
        "andean",
        "gf",
        "Wayra|Inti|Killa|Amaru|Sisa|Nayra|Wilka|Kusi",
        "Mamani|Quispe|Huamán|Condori|Ccori|Yupanqui|Apaza",
    ),
    _c(
        "maori",
        "gf",
        "Aroha|Tamati|Wiremu|Ngaire|Hemi|Rangi|Kiri|Mereana",
        "Ngata|Parata|Tamihana|Whaanga|Kereama|Horomona|Te Huia",
    ),
    _c(
        "samoan",
        "gf",
        "Sione|Malia|Tavita|Losa|Iosefa|Seini|Falaniko|Fetu",
        "Tuilagi|Leota|Fa'amausili|Sapolu|Aiono|Tuimavave|Leiataua",
    ),
    _c(
        "tongan",
        "gf",
        "Siaosi|Mele|Viliami|Salote|Tevita|Lesieli|Sitiveni|Ana-Lusia",
        "Fifita|Taufa|Havili|Vaipulu|Moala|Tonga-Tuipulotu|Hufanga",
    ),
    _c(
        "hawaiian",
        "gf",
        "Keala|Kalani|Noelani|Makoa|Leilani|Kainoa|Maile|Ikaika",
        "Kahananui|Kealoha|Akana|Kamakau|Keawe|Kanahele|Nakoa",
    ),
    _c(
        "fijian",
        "gf",
        "Losana|Jone|Mereoni|Sakiusa|Vilisi|Waisale|Asinate|Semisi",
        "Naivalu|Tuilevuka|Vakacegu|Delairewa|Koroi|Vunibaka|Ravulo",
    ),
    _c(
        "dine",
        "gf",
        "Shandiin|Ahiga|Nizhoni|Hastiin|Doli|Tsé|Yiska|Bidziil",
        "Begay|Yazzie|Tsosie|Benally|Tsinajinnie|Bitsui|Attakai",
    ),
    _c(
        "anishinaabe",
        "gf",
        "Nahanni|Kateri|Waabi|Ziigwan|Makwa|Niibin|Ogimaa|Aandeg",
        "Kakegamic|Meekis|Sakanee|Moonias|Kejick|Kakekayash|Beardy",
    ),
    _c(
        "yolngu",
        "gf",
        "Djalu|Baluka|Djapirri|Mayatili|Wanyubi|Yalmay|Galathi|Dhopiya",
        "Yunupingu|Gurruwiwi|Wunungmurra|Marika|Mununggurr|Ganambarr|Djerrkura",
    ),
    _c(
        "hebrew",
        "gf",
        "Yael|Noam|Tamar|Eitan|Shira|Itai|Michal|Oren",
        "Benvenisti|Mizrahi|Peretz|Friedman|Avraham|Katz-Levi|Shapira",
    ),
    _c(
        "armenian",
        "gf",
        "Aram|Anahit|Tigran|Lusine|Hovhannes|Siranush|Vardan|Nare",
        "Petrosyan|Hakobyan|Sargsyan|Grigoryan|Avetisyan|Manukyan|Ghazaryan",
    ),
    _c(
        "georgian",
        "gf",
        "Giorgi|Nino|Levan|Tamta|Davit|Ketevan|Zurab|Mariam-Nino",
        "Beridze|Kapanadze|Gelashvili|Maisuradze|Lomidze|Tsiklauri|Javakhishvili",
    ),
    _c(
        "kazakh",
        "gf",
        "Nurlan|Aigerim|Yerlan|Dinara|Askar|Gulnara|Daulet|Zhanar",
        "Nurpeisov|Abenova|Seitkali|Zhaksylykova|Bekmukhambetov|Tokayeva|Sarsenbayev",
    ),
    _c(
        "lithuanian",
        "gf",
        "Mindaugas|Rūta|Tomas|Eglė|Darius|Jurgita|Vytautas|Ieva",
        "Kazlauskas|Petrauskienė|Jankauskas|Žukauskaitė|Paulauskas|Vasiliauskas|Butkus",
    ),
    _c(
        "estonian",
        "gf",
        "Tõnu|Kadri|Priit|Triin|Mart-Erik|Liina|Rasmus-Kaur|Kersti",
        "Tamm|Saar|Sepp|Mägi|Kask|Rebane|Ilves-Koppel",
    ),
]

CULTURE_CODES = [c[0] for c in CULTURES]

# Nicknames and short forms people use in chat, with the culture they belong to.
NICKNAMES = [
    ("Tunde", "yoruba"),
    ("Ngo", "igbo"),
    ("Kemi", "yoruba"),
    ("Sash", "russian"),
    ("Dima", "russian"),
    ("Gosia", "polish"),
    ("Kuba", "polish"),
    ("Paco", "spanish"),
    ("Chus", "spanish"),
    ("Beppe", "italian"),
    ("Jojo", "filipino"),
    ("Bongi", "zulu"),
    ("Tiggy", "english"),
    ("Hami", "scottish"),
    ("Siddhu", "hindi"),
    ("Gugu", "zulu"),
    ("Zhenya", "ukrainian"),
    ("Toñi", "spanish"),
    ("Manu", "maori"),
    ("Lalo", "mexican"),
]

assert all(len(c[2]) == 8 and len(c[3]) == 7 for c in CULTURES), "pool sizes"
