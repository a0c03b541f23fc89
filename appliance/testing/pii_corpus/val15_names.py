"""People's names for val15, the fifteenth blind part of the labelled PII corpus.

Written by hand from its author's memory (no library's list, no other part of the corpus
read): for each culture a few given names and family names in the Latin spelling people
use online, and whether the family name is usually written first. `WORD_NAMES` are given
names that are also everyday English words ("Hope", "Will"); they are planted only where
the context says a person is meant, and they stay everyday words in clean prompts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    name: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False


def _c(name: str, given: str, family: str, family_first: bool = False) -> Culture:
    return Culture(name, tuple(given.split("|")), tuple(family.split("|")), family_first)


CULTURES: tuple[Culture, ...] = (
    _c(
        "english",
        "Harriet|Oliver|Imogen|Rupert|Nigel|Philippa",
        "Ashworth|Pembury|Thistlewood|Hargreaves|Kingsley",
    ),
    _c(
        "american",
        "Brandon|Kayleigh|Tyler|Madison|Dustin|Brittany",
        "Whitaker|Kowalczyk|Delgado|Brennan|Haskins",
    ),
    _c(
        "irish",
        "Siobhan|Cathal|Aoife|Padraig|Niamh|Eoin",
        "O'Sullivan|Mac Giolla|Fitzgerald|Ni Bhriain|Kavanagh",
    ),
    _c(
        "scottish",
        "Ailsa|Hamish|Morag|Fraser|Iona|Callum",
        "MacLeod|Drummond|Urquhart|Menzies|Buchanan",
    ),
    _c(
        "welsh",
        "Rhiannon|Gareth|Cerys|Dafydd|Sioned|Iwan",
        "Pritchard|ap Rhys|Llewellyn|Vaughan|Bowen",
    ),
    _c(
        "french",
        "Margaux|Thibault|Solène|Gaëtan|Clémence|Arnaud",
        "Lefebvre|Dumoulin|Vasseur|Chevallier|Roussel",
    ),
    _c(
        "german",
        "Annika|Jörg|Friederike|Malte|Wiebke|Henning",
        "Schäfer|Hinrichsen|Brockmann|Vogelsang|Lindemann",
    ),
    _c(
        "dutch",
        "Sanne|Joost|Femke|Maarten|Lieke|Sjoerd",
        "van der Meulen|Bakker|de Groot|Visser|Hoekstra",
    ),
    _c("flemish", "Lotte|Wouter|Elke|Jens|Griet|Bram", "Peeters|Vermeulen|De Smet|Claes|Goossens"),
    _c(
        "spanish",
        "Lucía|Álvaro|Nerea|Íñigo|Ainhoa|Rodrigo",
        "Fernández Ruiz|Iglesias|Etxeberria|Castaño|Moreno",
    ),
    _c(
        "mexican",
        "Guadalupe|Ximena|Alejandro|Itzel|Joaquín|Yolanda",
        "Hernández|Cuauhtémoc Ríos|Villaseñor|Zamora|Ochoa",
    ),
    _c(
        "argentine",
        "Agustina|Facundo|Florencia|Nahuel|Micaela|Gonzalo",
        "Benedetti|Quiroga|Sosa|Pereyra|Lombardi",
    ),
    _c(
        "brazilian",
        "Thiago|Larissa|Gustavo|Aline|Rafaela|Diego",
        "Nascimento|Carvalho|Albuquerque|dos Santos|Ribeiro",
    ),
    _c(
        "portuguese",
        "Inês|Tiago|Beatriz|Duarte|Leonor|Rui",
        "Magalhães|Sousa|Figueiredo|Cardoso|Antunes",
    ),
    _c(
        "italian",
        "Chiara|Matteo|Giulia|Lorenzo|Federica|Tommaso",
        "Esposito|Bianchi|Colombo|Marchetti|Ferraro",
    ),
    _c(
        "greek",
        "Eleni|Dimitrios|Katerina|Stavros|Despina|Giannis",
        "Papadopoulou|Karagiannis|Oikonomou|Vlachos|Antoniadis",
    ),
    _c("turkish", "Elif|Emre|Zeynep|Burak|Ayşe|Mert", "Yılmaz|Öztürk|Kaya|Demirci|Aksoy"),
    _c(
        "polish",
        "Agnieszka|Łukasz|Katarzyna|Wojciech|Zofia|Bartosz",
        "Wiśniewski|Kamińska|Zieliński|Grabowska|Wróbel",
    ),
    _c(
        "czech",
        "Tereza|Jiří|Markéta|Vojtěch|Lenka|Ondřej",
        "Dvořák|Procházková|Kučera|Novotná|Svoboda",
    ),
    _c("slovak", "Zuzana|Marek|Lucia|Matúš|Ivana|Peter", "Horváthová|Baláž|Kováčik|Hudáková|Šimko"),
    _c(
        "hungarian",
        "Zsófia|Bence|Réka|Levente|Eszter|Gergely",
        "Nagy|Szabó|Tóth|Kertész|Fekete",
        True,
    ),
    _c(
        "romanian",
        "Ioana|Andrei|Bianca|Mihai|Roxana|Cosmin",
        "Popescu|Ionescu|Dumitrescu|Constantin|Stoica",
    ),
    _c(
        "bulgarian",
        "Desislava|Georgi|Radostina|Hristo|Tsvetelina|Boyan",
        "Dimitrova|Petkov|Stoyanova|Georgiev|Ivanova",
    ),
    _c(
        "serbian",
        "Jelena|Nemanja|Milica|Dušan|Jovana|Stefan",
        "Jovanović|Petrović|Nikolić|Marković|Đorđević",
    ),
    _c("croatian", "Ivana|Luka|Mateja|Domagoj|Petra|Ante", "Horvat|Babić|Knežević|Vuković|Matić"),
    _c("slovenian", "Nika|Jure|Tjaša|Matej|Urška|Rok", "Novak|Kranjc|Zupančič|Potočnik|Kos"),
    _c(
        "ukrainian",
        "Oksana|Taras|Yulia|Bohdan|Olena|Dmytro",
        "Shevchenko|Bondarenko|Tkachenko|Kovalenko|Melnyk",
    ),
    _c(
        "russian",
        "Anastasia|Dmitry|Yekaterina|Sergei|Tatiana|Alexei",
        "Volkova|Smirnov|Kuznetsova|Sokolov|Lebedeva",
    ),
    _c(
        "lithuanian",
        "Rūta|Mantas|Gintarė|Tomas|Eglė|Darius",
        "Kazlauskas|Jankauskienė|Petrauskas|Stankevičius|Butkutė",
    ),
    _c("latvian", "Ilze|Jānis|Dace|Mārtiņš|Inga|Edgars", "Bērziņš|Kalniņa|Ozols|Liepiņa|Krūmiņš"),
    _c("estonian", "Kadri|Tõnu|Liis|Priit|Triin|Madis", "Tamm|Saar|Sepp|Mägi|Kask"),
    _c(
        "finnish",
        "Aino|Jukka|Sanna|Teemu|Kaisa|Ville",
        "Virtanen|Mäkelä|Nieminen|Heikkinen|Koskinen",
    ),
    _c(
        "swedish",
        "Ebba|Gustav|Linnea|Oskar|Maja|Henrik",
        "Lindqvist|Bergström|Sjöberg|Åkesson|Nyström",
    ),
    _c(
        "norwegian",
        "Ingrid|Sindre|Silje|Eirik|Ragnhild|Torbjørn",
        "Haugen|Solberg|Bakken|Kristiansen|Løvås",
    ),
    _c(
        "danish",
        "Mette|Rasmus|Signe|Mikkel|Trine|Anders",
        "Kjærgaard|Mortensen|Frederiksen|Østergaard|Bech",
    ),
    _c(
        "icelandic",
        "Guðrún|Sigurður|Hildur|Gunnar|Ragnheiður|Einar",
        "Jónsdóttir|Sigurðsson|Kristjánsdóttir|Magnússon|Ólafsdóttir",
    ),
    _c(
        "albanian",
        "Arbëresha|Besnik|Drita|Fatmir|Jonida|Arben",
        "Hoxha|Krasniqi|Shehu|Berisha|Gashi",
    ),
    _c(
        "armenian",
        "Anahit|Tigran|Lusine|Aram|Nairi|Hovhannes",
        "Hakobyan|Sargsyan|Petrosyan|Manukyan|Grigoryan",
    ),
    _c(
        "georgian",
        "Nino|Giorgi|Tamar|Levan|Ketevan|Davit",
        "Beridze|Kapanadze|Lomidze|Gelashvili|Tsiklauri",
    ),
    _c(
        "azerbaijani",
        "Aysel|Elvin|Günel|Rashad|Leyla|Orkhan",
        "Aliyeva|Mammadov|Huseynova|Guliyev|Ismayilova",
    ),
    _c(
        "kazakh",
        "Aigerim|Nurlan|Dana|Yerlan|Saule|Askar",
        "Nurmagambetova|Zhakupov|Abenova|Serikbayev|Tokayeva",
    ),
    _c(
        "uzbek",
        "Dilnoza|Jasur|Malika|Sardor|Nodira|Bekzod",
        "Karimova|Yusupov|Rakhimova|Tashkentov|Usmonov",
    ),
    _c(
        "persian",
        "Shirin|Dariush|Parisa|Kourosh|Niloufar|Arash",
        "Hosseini|Tehrani|Moradi|Farahani|Rezaei",
    ),
    _c("levantine", "Rania|Karim|Lina|Ziad|Dalia|Fadi", "Haddad|Khoury|Nassar|Saliba|Abi Rached"),
    _c(
        "egyptian",
        "Nourhan|Mahmoud|Yasmin|Amr|Heba|Sherif",
        "Abdelrahman|El-Sayed|Farouk|Mansour|Shafik",
    ),
    _c(
        "moroccan",
        "Salma|Youssef|Khadija|Anas|Meryem|Hamza",
        "Benali|El Idrissi|Ouazzani|Bennani|Tazi",
    ),
    _c(
        "gulf",
        "Noura|Saif|Mariam|Khalid|Hessa|Faisal",
        "Al Mansoori|Al Nuaimi|Al Qasimi|Bin Hamad|Al Shamsi",
    ),
    _c("israeli", "Noa|Itai|Shira|Yoav|Tamar|Eitan", "Ben-David|Mizrahi|Friedman|Avraham|Segal"),
    _c("kurdish", "Rojda|Aram|Berivan|Dilshad|Nazdar|Kawa", "Barzani|Zebari|Hawrami|Rasul|Amedi"),
    _c(
        "afghan",
        "Mursal|Farid|Zarghona|Ahmad Shah|Freshta|Wahid",
        "Popalzai|Stanikzai|Noori|Wardak|Sadat",
    ),
    _c("pakistani", "Ayesha|Bilal|Sana|Usman|Hira|Zeeshan", "Qureshi|Chaudhry|Siddiqui|Malik|Butt"),
    _c(
        "hindi",
        "Priyanka|Rohit|Ananya|Vikram|Sneha|Aditya",
        "Sharma|Srivastava|Agarwal|Mehrotra|Tiwari",
    ),
    _c(
        "tamil",
        "Kavitha|Senthil|Lakshmi|Arun|Meenakshi|Karthik",
        "Subramanian|Ramasamy|Venkatesan|Palaniappan|Krishnan",
    ),
    _c(
        "bengali",
        "Tanushree|Sourav|Rituparna|Arnab|Moumita|Debashish",
        "Chatterjee|Bhattacharya|Mukherjee|Ganguly|Sen Gupta",
    ),
    _c(
        "punjabi",
        "Harpreet|Gurjit|Simran|Manpreet|Jaswinder|Navdeep",
        "Sandhu|Grewal|Dhillon|Gill|Sidhu",
    ),
    _c(
        "telugu",
        "Sravani|Venkata|Lavanya|Srinivas|Haritha|Chaitanya",
        "Reddy|Naidu|Rao|Chowdary|Varma",
    ),
    _c(
        "sinhalese",
        "Dilani|Chaminda|Nadeesha|Ruwan|Sachini|Lasith",
        "Perera|Jayawardena|Wickramasinghe|Fernando|Gunasekara",
    ),
    _c(
        "nepali",
        "Sushmita|Bikash|Anjali|Prakash|Sabina|Rajesh",
        "Shrestha|Gurung|Adhikari|Tamang|Thapa",
    ),
    _c("chinese", "Jiahui|Zhiwei|Xiaoling|Haoran|Yuting|Junjie", "Wang|Zhang|Liu|Chen|Zhao", True),
    _c(
        "cantonese",
        "Ka Yan|Wing Kei|Hoi Ling|Chun Ho|Mei Kuen|Siu Ming",
        "Chan|Wong|Cheung|Leung|Tsang",
        True,
    ),
    _c(
        "taiwanese",
        "Yi-Ting|Chia-Hao|Hsin-Yi|Po-Han|Shu-Fen|Wei-Lun",
        "Lin|Huang|Tsai|Hsu|Cheng",
        True,
    ),
    _c(
        "japanese",
        "Haruka|Takumi|Yui|Kenta|Sakura|Daisuke",
        "Takahashi|Watanabe|Yamamoto|Kobayashi|Nakamura",
        True,
    ),
    _c(
        "korean",
        "Ji-woo|Min-jun|Seo-yeon|Hyun-woo|Ha-eun|Dong-hyun",
        "Kim|Choi|Jung|Kang|Yoon",
        True,
    ),
    _c(
        "vietnamese",
        "Thu Trang|Minh Tuan|Ngoc Anh|Quang Huy|Phuong Linh|Duc Anh",
        "Nguyen|Tran|Pham|Hoang|Vu",
        True,
    ),
    _c(
        "thai",
        "Siriporn|Somchai|Kanya|Anurak|Pimchanok|Thanakorn",
        "Srisuk|Wongsawat|Chaiyaporn|Rattanakosin|Boonmee",
    ),
    _c(
        "filipino",
        "Maricel|Jericho|Rowena|Joselito|Analyn|Rodel",
        "Dela Cruz|Bautista|Mendoza|Villanueva|Macaraeg",
    ),
    _c(
        "indonesian",
        "Dewi|Agus|Sri Wahyuni|Budi|Putri|Eko",
        "Susanto|Wibowo|Hidayat|Pratama|Kusuma",
    ),
    _c(
        "malay",
        "Nurul Aina|Hafiz|Siti Aishah|Azlan|Farah|Iskandar",
        "binti Razak|bin Othman|Abdullah|bin Yusof|binti Hamzah",
    ),
    _c("burmese", "Thandar|Aung Ko|Hnin Wai|Zaw Htet|Su Myat|Kyaw Zin", "Htun|Oo|Myint|Aung|Thein"),
    _c(
        "mongolian",
        "Enkhjin|Batbayar|Oyunchimeg|Temuulen|Solongo|Ganbold",
        "Dorjsuren|Batsaikhan|Tserendorj|Ganzorig|Purevdorj",
    ),
    _c(
        "yoruba",
        "Adebayo|Folasade|Oluwaseun|Temitope|Babatunde|Yetunde",
        "Adeyemi|Ogunleye|Olawale|Akinola|Balogun",
    ),
    _c("igbo", "Chiamaka|Obinna|Ngozi|Chukwuemeka|Adaeze|Ikenna", "Okonkwo|Nwosu|Eze|Obi|Okafor"),
    _c("hausa", "Aisha|Abubakar|Zainab|Sani|Hadiza|Musa", "Bello|Danjuma|Garba|Abdullahi|Shehu"),
    _c("akan", "Akosua|Kwame|Abena|Kofi|Efua|Yaw", "Mensah|Boateng|Asante|Owusu|Agyeman"),
    _c(
        "kenyan",
        "Wanjiru|Otieno|Njeri|Kipchoge|Akinyi|Mwangi",
        "Kamau|Odhiambo|Wambui|Kiprono|Mutua",
    ),
    _c(
        "ethiopian",
        "Selamawit|Tewodros|Meseret|Dawit|Hirut|Yonas",
        "Bekele|Tadesse|Gebremedhin|Haile|Alemayehu",
    ),
    _c("somali", "Hodan|Abdirahman|Faadumo|Mahad|Ifrah|Liban", "Warsame|Jama|Farah|Abdi|Hirsi"),
    _c(
        "zulu",
        "Nomvula|Sipho|Thandeka|Bongani|Zanele|Mandla",
        "Dlamini|Ndlovu|Mthembu|Mkhize|Khumalo",
    ),
    _c(
        "xhosa",
        "Lindiwe|Siyabonga|Nokuthula|Luthando|Ayanda|Xolani",
        "Mbeki|Nqakula|Sisulu|Mahlangu|Gqirana",
    ),
    _c("shona", "Tatenda|Farai|Rudo|Tendai|Chipo|Tafadzwa", "Moyo|Chikwanha|Mutasa|Sibanda|Marufu"),
    _c("maori", "Aroha|Wiremu|Mereana|Tane|Hine|Rawiri", "Ngata|Tawhiri|Parata|Te Rangi|Pomare"),
    _c("samoan", "Malia|Sione|Leilani|Tavita|Losa|Iosefa", "Faleolo|Tuilagi|Leiataua|Sapolu|Aumua"),
    _c(
        "quechua_peruvian",
        "Yupanqui|Killa|Rosalinda|Wilber|Sumaq|Edwin",
        "Mamani|Quispe|Huamán|Condori|Ccahuana",
    ),
    _c(
        "chilean",
        "Javiera|Matías|Constanza|Benjamín|Catalina|Vicente",
        "Muñoz|Rojas|Contreras|Valenzuela|Araya",
    ),
    _c(
        "colombian",
        "Valentina|Santiago|Daniela|Sebastián|Mariana|Andrés",
        "Restrepo|Gaviria|Londoño|Ocampo|Cárdenas",
    ),
    _c(
        "jamaican",
        "Shanique|Damion|Tashana|Omari|Kerry-Ann|Jermaine",
        "Campbell|McKenzie|Lindo|Thompson|Gayle",
    ),
    _c(
        "haitian",
        "Widlene|Jean-Baptiste|Mirlande|Wilner|Rose-Marie|Fritzner",
        "Pierre-Louis|Jean-Charles|Desrosiers|Toussaint|Célestin",
    ),
    _c(
        "basque",
        "Amaia|Iker|Itziar|Unai|Leire|Gorka",
        "Aguirre|Goikoetxea|Zubizarreta|Arrieta|Urrutia",
    ),
    _c(
        "catalan", "Montserrat|Jordi|Núria|Oriol|Mireia|Pau", "Puigvert|Vilaró|Casals|Ferrer|Serrat"
    ),
    _c(
        "maltese",
        "Marija|Ġorġ|Rebekka|Kurt|Doriana|Jean Paul",
        "Borg|Camilleri|Farrugia|Zammit|Vella",
    ),
)

# Given names that are also everyday English words: planted only where context makes them a
# person; in clean prompts they stay what they are (a grace period, a rose-gold finish).
WORD_NAMES: tuple[str, ...] = (
    "Hope",
    "Will",
    "Grace",
    "Summer",
    "Bill",
    "Rose",
    "Faith",
    "Joy",
    "Frank",
    "Patience",
    "Sky",
    "Dawn",
    "Heather",
    "Autumn",
    "Penny",
    "Rich",
    "Mercy",
    "Pearl",
    "Sunny",
    "Chase",
)
WORD_NAME_FAMILIES: tuple[str, ...] = (
    "Everley",
    "Brightwater",
    "Coldridge",
    "Okoro",
    "Fenwick",
    "Marlowe",
    "Dunmore",
    "Ashby",
)

# Name particles that are not names on their own (ignored when a name is split in words).
PARTICLES = frozenset(
    "van der de den bin binti bint al el ap ni mac te dos da del di la le von ibn abi".split()
)
