"""People and places of val17, written by hand by its author from memory (no library's list,
no other part of the corpus read): for each culture a phone region, a country, given names,
family names (particles, hyphens and diacritics kept as people write them) and cities; given
names that are everyday words; nicknames; street addresses of several countries."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    key: str
    region: str  # phone region (ISO 3166 alpha-2)
    country: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    cities: tuple[str, ...]


def _c(key: str, region: str, country: str, given: str, family: str, cities: str) -> Culture:
    return Culture(
        key, region, country, tuple(given.split("|")), tuple(family.split("|")),
        tuple(cities.split("|")),
    )  # fmt: skip


CULTURES: tuple[Culture, ...] = (
    _c(
        "english",
        "GB",
        "England",
        "Harriet|Oliver|Imogen|Callum|Eleanor|Toby",
        "Whitcombe|Ashdown|Pemberton|Hartley-Brooke|Fairbairn|Blackwood",
        "Leeds|Norwich|Sheffield|Exeter",
    ),
    _c(
        "scottish",
        "GB",
        "Scotland",
        "Fiona|Hamish|Morag|Struan|Isla|Lachlan",
        "McAllister|MacLeod|Drummond|Urquhart|Galbraith",
        "Inverness|Dundee|Aberdeen|Stirling",
    ),
    _c(
        "welsh",
        "GB",
        "Wales",
        "Rhys|Cerys|Gwilym|Angharad|Dafydd|Eluned",
        "Pryce|Llewellyn|Vaughan|Prydderch|ap Iorwerth",
        "Aberystwyth|Bangor|Swansea|Wrexham",
    ),
    _c(
        "irish",
        "IE",
        "Ireland",
        "Siobhán|Cian|Niamh|Oisín|Aoife|Pádraig",
        "O'Sullivan|Kavanagh|Mac Giolla Phádraig|Brennan|O'Dowd",
        "Galway|Cork|Limerick|Sligo",
    ),
    _c(
        "american",
        "US",
        "the United States",
        "Tyler|Brittany|DeShawn|Kayleigh|Marcus|Shelby",
        "Holloway|Whitaker|McKinnon|Baptiste|Strickland",
        "Tulsa|Boise|Sacramento|Albany|Spokane",
    ),
    _c(
        "australian",
        "AU",
        "Australia",
        "Bronwyn|Lachie|Tegan|Brodie|Kirra|Jarrah",
        "Nankervis|Trevaskis|Hennessy|Pearce|Fitzsimmons",
        "Wollongong|Ballarat|Townsville|Hobart",
    ),
    _c(
        "quebecois",
        "CA",
        "Canada",
        "Geneviève|Étienne|Josée|Maxime|Sylvie|Benoît",
        "Tremblay|Gagnon|Bouchard|Lévesque|Côté",
        "Sherbrooke|Trois-Rivières|Gatineau|Saguenay",
    ),
    _c(
        "german",
        "DE",
        "Germany",
        "Jürgen|Annika|Torsten|Friederike|Malte|Svenja",
        "Schäfer|Hoffmann|von Bülow|Krämer|Eichhorn|Brinkmann",
        "Bielefeld|Würzburg|Kassel|Rostock",
    ),
    _c(
        "austrian",
        "AT",
        "Austria",
        "Leopold|Theresia|Florian|Veronika|Wolfgang|Johanna",
        "Huber|Pichler|Gruber|Steinwender|Moosbrugger",
        "Graz|Linz|Innsbruck|Klagenfurt",
    ),
    _c(
        "swiss",
        "CH",
        "Switzerland",
        "Urs|Beat|Regula|Corinne|Reto|Annelies",
        "Brunner|Gerber|Lüthi|Baumgartner|Rüegg",
        "Bern|Luzern|Winterthur|Lausanne",
    ),
    _c(
        "dutch",
        "NL",
        "the Netherlands",
        "Joost|Femke|Sander|Marieke|Wouter|Lotte",
        "van der Meer|de Vries|Bakker|van Dijk|Mulder|ter Horst",
        "Utrecht|Eindhoven|Groningen|Zwolle",
    ),
    _c(
        "flemish",
        "BE",
        "Belgium",
        "Wim|Katrien|Pieter-Jan|Liesbeth|Bram|Griet",
        "Peeters|Janssens|Vandenbroucke|De Smet|Claes",
        "Gent|Leuven|Antwerpen|Hasselt",
    ),
    _c(
        "french",
        "FR",
        "France",
        "Aurélie|Thibault|Manon|Grégoire|Clémence|Jean-Baptiste",
        "Lefebvre|Moreau|de la Roche|Fournier|Girard-Dupont",
        "Rennes|Montpellier|Clermont-Ferrand|Nantes",
    ),
    _c(
        "spanish",
        "ES",
        "Spain",
        "Lucía|Álvaro|Rocío|Gonzalo|Inmaculada|Javier",
        "Gutiérrez|de la Fuente|Navarro|Sánchez-Vidal|Moreno Ibáñez",
        "Zaragoza|Valladolid|Málaga|Sevilla",
    ),
    _c(
        "catalan",
        "ES",
        "Catalonia",
        "Jordi|Montserrat|Pau|Núria|Oriol|Mireia",
        "Puig|Vilanova|Ferrer i Soler|Casals|Batlle",
        "Girona|Tarragona|Lleida|Sabadell",
    ),
    _c(
        "basque",
        "ES",
        "the Basque Country",
        "Iñaki|Amaia|Aitor|Nerea|Unai|Itziar",
        "Etxeberria|Goikoetxea|Arrieta|Zubizarreta|Urrutia",
        "Bilbao|Donostia|Vitoria-Gasteiz",
    ),
    _c(
        "portuguese",
        "PT",
        "Portugal",
        "João|Inês|Gonçalo|Mafalda|Rui|Beatriz",
        "da Silva|Ferreira|dos Santos|Magalhães|Carvalho",
        "Braga|Coimbra|Aveiro|Faro",
    ),
    _c(
        "brazilian",
        "BR",
        "Brazil",
        "Thiago|Luana|Juliana|Caio|Bianca|Wellington",
        "Oliveira|Nascimento|Albuquerque|Pereira de Souza|Rocha",
        "Curitiba|Recife|Belo Horizonte|Fortaleza",
    ),
    _c(
        "mexican",
        "MX",
        "Mexico",
        "Guadalupe|Alejandro|Ximena|Rodrigo|Itzel|Fernando",
        "Hernández|Castañeda|Villarreal|Ramírez|Ochoa",
        "Guadalajara|Monterrey|Puebla|Oaxaca",
    ),
    _c(
        "argentinian",
        "AR",
        "Argentina",
        "Florencia|Matías|Agustina|Facundo|Camila|Nicolás",
        "Giménez|Benedetti|Sosa|Acosta|Iturralde",
        "Córdoba|Mendoza|Mar del Plata|Bahía Blanca",
    ),
    _c(
        "colombian",
        "CO",
        "Colombia",
        "Valentina|Andrés|Mariana|Julián|Daniela|Camilo",
        "Restrepo|Cárdenas|Ospina|Zuluaga|Londoño",
        "Medellín|Cali|Barranquilla|Bucaramanga",
    ),
    _c(
        "peruvian",
        "PE",
        "Peru",
        "Yessenia|Renzo|Milagros|Jhonatan|Killa|Wilmer",
        "Quispe|Mamani|Huamán|Condori|Chávez",
        "Arequipa|Cusco|Trujillo|Piura",
    ),
    _c(
        "chilean",
        "CL",
        "Chile",
        "Javiera|Benjamín|Constanza|Tomás|Fernanda|Ignacio",
        "Muñoz|Contreras|Valenzuela|Araya|Pizarro",
        "Valparaíso|Antofagasta|Temuco|Iquique",
    ),
    _c(
        "italian",
        "IT",
        "Italy",
        "Giulia|Lorenzo|Chiara|Matteo|Federica|Gianluca",
        "Esposito|Bianchi|D'Angelo|Di Stefano|Colombo|Ferraro",
        "Torino|Bari|Verona|Trieste|Perugia",
    ),
    _c(
        "greek",
        "GR",
        "Greece",
        "Eleni|Dimitrios|Katerina|Giorgos|Vasiliki|Nikos",
        "Papadopoulos|Georgiou|Karagiannis|Theodorou|Stavropoulou",
        "Thessaloniki|Patras|Heraklion|Volos",
    ),
    _c(
        "polish",
        "PL",
        "Poland",
        "Agnieszka|Krzysztof|Małgorzata|Paweł|Zofia|Bartosz",
        "Kowalczyk|Wiśniewska|Zieliński|Dąbrowska|Szymański",
        "Kraków|Gdańsk|Łódź|Poznań|Wrocław",
    ),
    _c(
        "czech",
        "CZ",
        "Czechia",
        "Jiří|Tereza|Ondřej|Lucie|Vojtěch|Kateřina",
        "Novák|Dvořáková|Procházka|Černý|Svobodová",
        "Brno|Ostrava|Olomouc|Liberec",
    ),
    _c(
        "slovak",
        "SK",
        "Slovakia",
        "Martina|Zuzana|Miroslav|Ľubica|Marek|Radoslav",
        "Kováčová|Baláž|Šimko|Hudec|Lukáčová",
        "Bratislava|Košice|Žilina|Nitra",
    ),
    _c(
        "hungarian",
        "HU",
        "Hungary",
        "Zsófia|Bence|Réka|Gergely|Ildikó|Levente",
        "Nagy|Szabó|Kovács|Farkas|Halász|Tóth",
        "Debrecen|Szeged|Pécs|Győr",
    ),
    _c(
        "romanian",
        "RO",
        "Romania",
        "Ioana|Andrei|Raluca|Mihai|Corina|Răzvan",
        "Popescu|Ionescu|Dumitrescu|Munteanu|Stănescu",
        "Cluj-Napoca|Iași|Timișoara|Brașov",
    ),
    _c(
        "bulgarian",
        "BG",
        "Bulgaria",
        "Tsvetelina|Stoyan|Desislava|Ivaylo|Radostina|Boyan",
        "Petrov|Dimitrova|Georgiev|Todorova|Hristov",
        "Plovdiv|Varna|Burgas|Ruse",
    ),
    _c(
        "serbian",
        "RS",
        "Serbia",
        "Milica|Nemanja|Jelena|Dušan|Snežana|Aleksandar",
        "Jovanović|Petrović|Nikolić|Marković|Đorđević",
        "Novi Sad|Niš|Kragujevac|Subotica",
    ),
    _c(
        "croatian",
        "HR",
        "Croatia",
        "Ivana|Tomislav|Mateja|Hrvoje|Lucija|Krešimir",
        "Horvat|Kovačević|Babić|Marić|Jurić",
        "Rijeka|Zadar|Osijek|Pula",
    ),
    _c(
        "slovenian",
        "SI",
        "Slovenia",
        "Nina|Jure|Špela|Rok|Urška|Matej",
        "Kranjc|Zupančič|Potočnik|Vidmar|Kos",
        "Ljubljana|Maribor|Celje|Koper",
    ),
    _c(
        "ukrainian",
        "UA",
        "Ukraine",
        "Oksana|Bohdan|Yaryna|Taras|Solomiia|Dmytro",
        "Shevchenko|Kovalenko|Bondarenko|Tkachuk|Melnyk",
        "Lviv|Kharkiv|Odesa|Poltava",
    ),
    _c(
        "russian",
        "RU",
        "Russia",
        "Anastasia|Dmitri|Yekaterina|Sergei|Olga|Vladislav",
        "Ivanova|Smirnov|Kuznetsova|Volkov|Sokolova",
        "Kazan|Novosibirsk|Samara|Tomsk",
    ),
    _c(
        "lithuanian",
        "LT",
        "Lithuania",
        "Rūta|Mindaugas|Eglė|Darius|Aistė|Tomas",
        "Kazlauskas|Jankauskienė|Petrauskas|Vasiliauskaitė|Žukauskas",
        "Vilnius|Kaunas|Klaipėda|Šiauliai",
    ),
    _c(
        "latvian",
        "LV",
        "Latvia",
        "Ilze|Jānis|Dace|Kārlis|Zane|Edgars",
        "Bērziņš|Kalniņa|Ozols|Liepiņa|Krūmiņš",
        "Rīga|Daugavpils|Liepāja|Jelgava",
    ),
    _c(
        "estonian",
        "EE",
        "Estonia",
        "Kadri|Tõnis|Liis|Margus|Triin|Rasmus",
        "Tamm|Saar|Sepp|Mägi|Kask",
        "Tartu|Pärnu|Narva|Tallinn",
    ),
    _c(
        "finnish",
        "FI",
        "Finland",
        "Aino|Juhani|Satu|Mikko|Pirjo|Eero",
        "Virtanen|Korhonen|Mäkinen|Nieminen|Heikkilä",
        "Tampere|Oulu|Turku|Jyväskylä",
    ),
    _c(
        "swedish",
        "SE",
        "Sweden",
        "Ingrid|Björn|Linnea|Gustav|Saga|Mattias",
        "Lindqvist|Bergström|Åkesson|Sandberg|Holmgren",
        "Uppsala|Göteborg|Malmö|Umeå",
    ),
    _c(
        "norwegian",
        "NO",
        "Norway",
        "Sigrid|Håkon|Ingvild|Eirik|Solveig|Torbjørn",
        "Haugen|Bakke|Solberg|Fjeldstad|Røed",
        "Bergen|Trondheim|Stavanger|Tromsø",
    ),
    _c(
        "danish",
        "DK",
        "Denmark",
        "Mette|Søren|Signe|Mads|Birgitte|Anders",
        "Rasmussen|Kjærgaard|Mikkelsen|Østergaard|Frandsen",
        "Aarhus|Odense|Aalborg|Esbjerg",
    ),
    _c(
        "icelandic",
        "IS",
        "Iceland",
        "Guðrún|Sigurður|Hrafnhildur|Einar|Ásdís|Bjarki",
        "Jónsdóttir|Gunnarsson|Sigurðardóttir|Magnússon|Ólafsdóttir",
        "Reykjavík|Akureyri|Selfoss",
    ),
    _c(
        "turkish",
        "TR",
        "Turkey",
        "Elif|Mehmet|Zeynep|Emre|Ayşe|Burak",
        "Yılmaz|Demir|Öztürk|Çelik|Kaya",
        "İzmir|Bursa|Antalya|Eskişehir|Kayseri",
    ),
    _c(
        "emirati",
        "AE",
        "the United Arab Emirates",
        "Mariam|Khalid|Noura|Saeed|Hessa|Rashid",
        "Al Mansoori|Al-Hashimi|Al Suwaidi|Al Ketbi|bin Humaid",
        "Dubai|Abu Dhabi|Sharjah|Al Ain",
    ),
    _c(
        "egyptian",
        "EG",
        "Egypt",
        "Yasmin|Mahmoud|Heba|Karim|Nourhan|Tarek",
        "Abdel-Fattah|El-Sayed|Mostafa|Hassanein|Fahmy",
        "Alexandria|Giza|Mansoura|Aswan",
    ),
    _c(
        "moroccan",
        "MA",
        "Morocco",
        "Fatima-Zahra|Youssef|Salma|Hamza|Khadija|Mehdi",
        "El Amrani|Benjelloun|Tazi|Bennani|Ouazzani",
        "Marrakech|Fès|Tangier|Agadir",
    ),
    _c(
        "lebanese",
        "LB",
        "Lebanon",
        "Rania|Georges|Nadine|Elie|Ziad|Carla",
        "Haddad|Khoury|Nassar|Abou Jaoude|Saliba",
        "Beirut|Byblos|Zahlé|Sidon",
    ),
    _c(
        "persian",
        "IR",
        "Iran",
        "Shirin|Dariush|Parisa|Kian|Niloufar|Arash",
        "Hosseini|Tehrani|Karimi|Moradi|Rahimzadeh",
        "Tabriz|Isfahan|Mashhad|Yazd",
    ),
    _c(
        "hebrew",
        "IL",
        "Israel",
        "Noa|Yonatan|Tamar|Eitan|Shira|Avi",
        "Ben-David|Mizrahi|Peretz|Friedman|Shapiro",
        "Haifa|Be'er Sheva|Netanya|Herzliya",
    ),
    _c(
        "kurdish",
        "IQ",
        "Kurdistan",
        "Rojda|Azad|Berivan|Dilshad|Shilan|Karwan",
        "Hawrami|Zebari|Bakir|Sindi|Doski",
        "Erbil|Sulaymaniyah|Duhok",
    ),
    _c(
        "hindi",
        "IN",
        "India",
        "Priya|Rohan|Ananya|Vikram|Kavita|Arjun",
        "Sharma|Verma|Chaturvedi|Agarwal|Malhotra",
        "Lucknow|Jaipur|Pune|Indore|Bhopal",
    ),
    _c(
        "tamil",
        "IN",
        "Tamil Nadu",
        "Karthik|Lakshmi|Senthil|Meenakshi|Murugan|Divya",
        "Subramanian|Ramasamy|Venkatesan|Krishnamurthy|Annamalai",
        "Chennai|Madurai|Coimbatore",
    ),
    _c(
        "bengali",
        "BD",
        "Bangladesh",
        "Farhana|Tanvir|Nusrat|Rafiqul|Sharmin|Arif",
        "Chowdhury|Rahman|Hossain|Talukder|Bhuiyan",
        "Dhaka|Chittagong|Sylhet|Khulna",
    ),
    _c(
        "pakistani",
        "PK",
        "Pakistan",
        "Ayesha|Imran|Sana|Bilal|Hira|Usman",
        "Qureshi|Siddiqui|Malik|Chaudhry|Abbasi",
        "Lahore|Karachi|Faisalabad|Multan",
    ),
    _c(
        "sinhala",
        "LK",
        "Sri Lanka",
        "Nimali|Chaminda|Dilani|Ruwan|Sanduni|Kasun",
        "Perera|Jayasuriya|Wickramasinghe|Bandara|Gunawardena",
        "Kandy|Galle|Negombo|Jaffna",
    ),
    _c(
        "nepali",
        "NP",
        "Nepal",
        "Sita|Bikash|Sunita|Prakash|Anjali|Dipesh",
        "Shrestha|Gurung|Tamang|Adhikari|Thapa",
        "Kathmandu|Pokhara|Lalitpur|Biratnagar",
    ),
    _c(
        "chinese",
        "CN",
        "China",
        "Xiaoling|Zhiwei|Yuting|Haoran|Jiayi|Wenjie",
        "Zhang|Liu|Chen|Huang|Zhou",
        "Chengdu|Hangzhou|Wuhan|Xi'an|Shenzhen",
    ),
    _c(
        "cantonese",
        "HK",
        "Hong Kong",
        "Ka-Wing|Siu-Ming|Wai-Lun|Mei-Ling|Hoi-Yan",
        "Chan|Wong|Leung|Cheung|Lau",
        "Kowloon|Sha Tin|Tsuen Wan",
    ),
    _c(
        "taiwanese",
        "TW",
        "Taiwan",
        "Yu-Hsuan|Chia-Hao|Pei-Shan|Tsung-Han|Hsin-Yi",
        "Lin|Tsai|Hsu|Kuo|Hung",
        "Taichung|Kaohsiung|Tainan|Hsinchu",
    ),
    _c(
        "japanese",
        "JP",
        "Japan",
        "Haruka|Takeshi|Yui|Ren|Aiko|Kenji",
        "Tanaka|Watanabe|Yamamoto|Kobayashi|Nakamura|Inoue",
        "Sendai|Fukuoka|Kanazawa|Nagoya",
    ),
    _c(
        "korean",
        "KR",
        "South Korea",
        "Ji-woo|Min-jun|Seo-yeon|Hyun-woo|Ha-eun|Dong-hyun",
        "Kim|Choi|Jung|Kang|Yoon|Shin",
        "Busan|Daegu|Incheon|Gwangju",
    ),
    _c(
        "vietnamese",
        "VN",
        "Vietnam",
        "Linh|Minh|Thảo|Quang|Ngọc Anh|Tuấn",
        "Nguyễn|Trần|Phạm|Hoàng|Võ",
        "Hà Nội|Đà Nẵng|Huế|Hải Phòng|Cần Thơ",
    ),
    _c(
        "thai",
        "TH",
        "Thailand",
        "Siriporn|Somchai|Nattaya|Kittisak|Pimchanok|Anucha",
        "Srisuk|Chaiyaporn|Wongsawat|Rattanakorn|Boonmee",
        "Chiang Mai|Khon Kaen|Hat Yai|Phuket",
    ),
    _c(
        "filipino",
        "PH",
        "the Philippines",
        "Maricel|Jomar|Rowena|Arnel|Kristine|Jericho",
        "dela Cruz|Bautista|Macaraeg|Villanueva|Reyes",
        "Cebu|Davao|Iloilo|Baguio",
    ),
    _c(
        "indonesian",
        "ID",
        "Indonesia",
        "Sri|Budi|Dewi|Agus|Wulan|Eko",
        "Santoso|Wijaya|Kusuma|Hartono|Nugroho|Setiawan",
        "Surabaya|Bandung|Yogyakarta|Semarang",
    ),
    _c(
        "malay",
        "MY",
        "Malaysia",
        "Hafiz|Azlan|Syafiq|Faizal|Amirul|Zulkifli",
        "bin Ismail|bin Abdullah|bin Yusof|bin Hamzah|bin Osman",
        "Ipoh|Kuching|Johor Bahru|Kota Kinabalu",
    ),
    _c(
        "yoruba",
        "NG",
        "Nigeria",
        "Adebayo|Folake|Oluwaseun|Temitope|Babatunde|Yetunde",
        "Adeyemi|Ogunleye|Adebowale|Olaniyan|Afolabi",
        "Lagos|Ibadan|Abeokuta|Osogbo",
    ),
    _c(
        "igbo",
        "NG",
        "Nigeria",
        "Chinonso|Ngozi|Obinna|Adaeze|Emeka|Chiamaka",
        "Okafor|Nwosu|Eze|Okonkwo|Nnamdi-Obi",
        "Enugu|Onitsha|Owerri|Awka",
    ),
    _c(
        "ghanaian",
        "GH",
        "Ghana",
        "Kwame|Akosua|Kofi|Ama|Yaw|Efua",
        "Mensah|Asante|Boateng|Owusu|Appiah",
        "Kumasi|Accra|Tamale|Cape Coast",
    ),
    _c(
        "kenyan",
        "KE",
        "Kenya",
        "Wanjiru|Otieno|Akinyi|Kiprop|Njeri|Mwangi",
        "Kamau|Odhiambo|Chebet|Wafula|Mutua",
        "Nairobi|Mombasa|Kisumu|Eldoret",
    ),
    _c(
        "ethiopian",
        "ET",
        "Ethiopia",
        "Selamawit|Tesfaye|Hiwot|Dawit|Meron|Yohannes",
        "Bekele|Girma|Tadesse|Alemu|Woldemariam",
        "Addis Ababa|Bahir Dar|Gondar|Hawassa",
    ),
    _c(
        "somali",
        "SO",
        "Somalia",
        "Hodan|Abdirahman|Faadumo|Mahad|Ubah|Liban",
        "Warsame|Farah|Jama|Abdi|Hirsi",
        "Mogadishu|Hargeisa|Kismayo",
    ),
    _c(
        "zulu",
        "ZA",
        "South Africa",
        "Thandiwe|Sipho|Nomvula|Bongani|Lindiwe|Themba",
        "Dlamini|Nkosi|Mthembu|Khumalo|Ndlovu",
        "Durban|Pietermaritzburg|Soweto",
    ),
    _c(
        "afrikaans",
        "ZA",
        "South Africa",
        "Riaan|Anneke|Hennie|Marlize|Pieter|Elna",
        "van Wyk|Botha|du Plessis|Venter|Steyn",
        "Stellenbosch|Bloemfontein|Paarl|Pretoria",
    ),
    _c(
        "maori",
        "NZ",
        "New Zealand",
        "Aroha|Tane|Mere|Wiremu|Anahera|Rawiri",
        "Ngata|Parata|Tipene|Te Whiti|Horomona",
        "Rotorua|Whanganui|Gisborne|Tauranga",
    ),
    _c(
        "samoan",
        "WS",
        "Samoa",
        "Sina|Tavita|Malia|Iosefa|Lagi|Fetu",
        "Tuilagi|Faleolo|Leota|Sapolu|Aumua",
        "Apia|Salelologa",
    ),
    _c(
        "armenian",
        "AM",
        "Armenia",
        "Anahit|Tigran|Lusine|Armen|Nare|Gevorg",
        "Petrosyan|Hakobyan|Sargsyan|Grigoryan|Avetisyan",
        "Yerevan|Gyumri|Vanadzor",
    ),
    _c(
        "georgian",
        "GE",
        "Georgia",
        "Nino|Giorgi|Tamari|Levan|Ketevan|Davit",
        "Beridze|Kapanadze|Gelashvili|Tsiklauri|Lomidze",
        "Tbilisi|Batumi|Kutaisi",
    ),
    _c(
        "jamaican",
        "JM",
        "Jamaica",
        "Shanice|Delroy|Tamika|Kemar|Shauna|Andre",
        "McKenzie|Gayle|Ellington|Barrett|Samuels",
        "Montego Bay|Spanish Town|Mandeville",
    ),
    _c(
        "mongolian",
        "MN",
        "Mongolia",
        "Enkhjargal|Bat-Erdene|Oyunchimeg|Naraa|Temuulen",
        "Ganbold|Batbayar|Dorjsuren|Tserendorj",
        "Ulaanbaatar|Erdenet|Darkhan",
    ),
    _c(
        "kazakh",
        "KZ",
        "Kazakhstan",
        "Aigerim|Nurlan|Yerlan|Saule|Daulet|Gulnara",
        "Nurpeisov|Zhakupova|Seitkali|Abenov|Bekova",
        "Almaty|Astana|Shymkent|Karaganda",
    ),
    _c(
        "uzbek",
        "UZ",
        "Uzbekistan",
        "Dilnoza|Rustam|Madina|Sherzod|Gulnora|Jasur",
        "Karimova|Yusupov|Rakhimova|Tursunov|Ergasheva",
        "Samarkand|Bukhara|Tashkent",
    ),
)

BY_KEY = {c.key: c for c in CULTURES}

# Given names that are also everyday words: planted only where the context says a person.
WORD_NAMES = (
    "Hope", "Will", "Grace", "Summer", "Bill", "Rose", "Joy", "Faith", "Dawn", "Mark",
    "Pat", "Autumn", "Sky", "Hunter", "Ray", "Frank", "Ivy", "Brook", "Sunny", "Honey",
)  # fmt: skip
WORD_FAMILIES = ("Calloway", "Prendergast", "Ashby", "Kettering", "Dunmore", "Greenhalgh")

# (culture, given name, nickname) for 'Given "Nick" Family'.
NICKS = (
    ("english", "Margaret", "Peggy"), ("american", "Robert", "Bobby"),
    ("polish", "Katarzyna", "Kasia"), ("russian", "Aleksandr", "Sasha"),
    ("spanish", "Francisco", "Paco"), ("mexican", "José Luis", "Pepe"),
    ("italian", "Giuseppe", "Beppe"), ("german", "Johannes", "Hannes"),
    ("dutch", "Wilhelmina", "Mientje"), ("yoruba", "Oluwaseun", "Seun"),
    ("zulu", "Nkosinathi", "Nathi"), ("hindi", "Siddharth", "Sid"),
    ("irish", "Theodore", "Teddy"), ("argentinian", "Dolores", "Lola"),
    ("ukrainian", "Volodymyr", "Vova"), ("american", "Rebecca", "Becky"),
    ("egyptian", "Mohamed", "Hamo"), ("filipino", "Ma. Teresa", "Tess"),
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    culture: str
    given: str
    family: str
    nick: str = ""
    handle_style: int = 0

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def fold(text: str) -> str:
    """The text without diacritics (as people type on a keyboard without them)."""
    special = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ð": "d", "Đ": "D", "đ": "d", "ı": "i"}
    text = "".join(special.get(ch, ch) for ch in text)
    text = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def slug(text: str) -> str:
    """Lower-case ASCII letters only, for e-mail addresses, handles and URLs."""
    return "".join(ch for ch in fold(text).lower() if ch.isalnum())


def new_person(rng: random.Random, kind: str = "plain") -> Person:
    if kind == "word":
        c = rng.choice(("english", "american", "australian", "irish", "jamaican", "scottish"))
        family = rng.choice(BY_KEY[c].family + WORD_FAMILIES)
        return Person(c, rng.choice(WORD_NAMES), family, "", rng.randrange(4))
    if kind == "nick":
        c, given, nick = rng.choice(NICKS)
        return Person(c, given, rng.choice(BY_KEY[c].family), nick, rng.randrange(4))
    c = rng.choice(CULTURES)
    return Person(c.key, rng.choice(c.given), rng.choice(c.family), "", rng.randrange(4))


# Street addresses: (country region, builder). Each returns the address as one span.
_STREETS = {
    "GB": ("Tanner's Lane", "Beechwood Road", "Victoria Terrace", "Mill Brow", "Orchard Close"),
    "US": ("Maple Ridge Dr", "W 14th St", "Cottonwood Ave", "Harbor View Rd", "Old Mill Ln"),
    "DE": ("Lindenstraße", "Am Mühlbach", "Hauptstr.", "Kastanienallee", "Bahnhofstraße"),
    "FR": ("rue des Tanneurs", "avenue Jean Jaurès", "impasse des Lilas", "boulevard Carnot"),
    "ES": ("Calle del Olivo", "Avenida de la Constitución", "Calle Mayor", "Paseo de la Ribera"),
    "IT": ("Via dei Mille", "Corso Garibaldi", "Via Roma", "Viale delle Magnolie"),
    "NL": ("Prinsengracht", "Kerkstraat", "Molenweg", "Lindelaan"),
    "IE": ("Church Road", "Fairgreen Terrace", "Shop Street", "Marine Parade"),
    "AU": ("Wattle St", "Bellbird Cres", "Esplanade", "Banksia Ave"),
    "PL": ("ul. Długa", "ul. Lipowa", "ul. Mickiewicza", "al. Niepodległości"),
    "IN": ("MG Road", "Nehru Nagar", "Gandhi Chowk", "Link Road"),
    "CA": ("rue Wellington", "boulevard Saint-Laurent", "Maple Crescent", "rue King Ouest"),
}
_US_STATES = {"Tulsa": "OK", "Boise": "ID", "Sacramento": "CA", "Albany": "NY", "Spokane": "WA"}
_REGION_CULTURE = {
    "GB": "english", "US": "american", "DE": "german", "FR": "french", "ES": "spanish",
    "IT": "italian", "NL": "dutch", "IE": "irish", "AU": "australian", "PL": "polish",
    "IN": "hindi", "CA": "quebecois",
}  # fmt: skip


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def address(rng: random.Random, region: str) -> str:
    """A street address of the region (or of a random one where none is written)."""
    if region not in _STREETS:
        region = rng.choice(sorted(_STREETS))
    street = rng.choice(_STREETS[region])
    city = rng.choice(BY_KEY[_REGION_CULTURE[region]].cities)
    num = str(rng.randint(2, 188))
    up = "ABCDEFGHJKLMNPRSTUWY"
    if region == "GB":
        pc = f"{rng.choice(('LS', 'NR', 'S', 'EX'))}{rng.randint(1, 19)} {rng.randint(1, 9)}"
        pc += rng.choice(up) + rng.choice(up)
        return f"{num} {street}, {city} {pc}"
    if region == "US":
        st = _US_STATES.get(city, "OR")
        return f"{num} {street}, {city}, {st} {_d(rng, 5)}"
    if region == "DE":
        return f"{street} {num}, {rng.randint(10, 99)}{_d(rng, 3)} {city}"
    if region == "FR":
        return f"{num} {street}, {rng.randint(10, 95)}{_d(rng, 3)} {city}"
    if region == "ES":
        return f"{street} {num}, {rng.randint(2, 4)}º {rng.choice('ABCD')}, {_d(rng, 5)} {city}"
    if region == "IT":
        return f"{street} {num}, {rng.randint(10, 98)}{_d(rng, 3)} {city}"
    if region == "NL":
        return f"{street} {num}, {rng.randint(1000, 9999)} {rng.choice(up)}{rng.choice(up)} {city}"
    if region == "IE":
        return f"{num} {street}, {city}, {rng.choice('DHTVXF')}{_d(rng, 2)} {rng.choice(up)}{_d(rng, 3)}"
    if region == "AU":
        return f"{num} {street}, {city} {rng.choice(('NSW', 'VIC', 'QLD', 'TAS'))} {_d(rng, 4)}"
    if region == "PL":
        return f"{street} {num}/{rng.randint(1, 40)}, {_d(rng, 2)}-{_d(rng, 3)} {city}"
    if region == "IN":
        return f"{num}, {street}, {city} {rng.randint(2, 8)}{_d(rng, 5)}"
    return f"{num} {street}, {city}, QC {rng.choice(up)}{rng.randint(1, 9)}{rng.choice(up)} {rng.randint(1, 9)}{rng.choice(up)}{rng.randint(1, 9)}"
