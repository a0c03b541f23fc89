"""People and places of val10, the blind part of the labelled PII corpus.

Written by hand from the author's own memory (no library's name list, no other part of the
corpus read): given and family names of 70 cultures, a few given names that are everyday
English words, and cities, regions, countries and street addresses of several countries.
Names stay clear of the decoys the clean prompts use (brands, characters, theorems ...).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    name: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    surname_first: bool  # written family name first in its own custom


# culture | given names | family names | E when the family name comes first natively
_RAW = """\
english|Oliver Harriet Gemma Nigel Beatrix Toby|Ashworth Pemberton Hargreaves Cartwright Fairbanks
scottish|Ewan Morag Callum Isla Fraser|MacLeod Buchanan Drummond McAllister Rennie
irish|Siobhan Cormac Niamh Padraig Aoife|O'Sullivan Gallagher Fitzpatrick Brennan Kavanagh
welsh|Rhys Cerys Dafydd Bethan Gethin|Llewellyn Pritchard Vaughan Prosser Gwynne
american|Tyler Brianna Bryce Kayleigh Brandon|Whitaker McKinney Hollis Barlow Tillman
french|Amélie Thibault Margaux Étienne Solène|Lefebvre Rousseau Moreau Girard Fontaine
german|Jürgen Annika Lukas Friederike Matthias|Schäfer Hoffmann Krüger Wagenknecht Brandt
dutch|Sanne Joris Femke Bram Maartje|Bakker de_Vries van_der_Linden Visser Mulder
flemish|Lieselot Wouter Griet Jens Ellen|Peeters Claes Goossens Vermeulen Janssens
italian|Giulia Lorenzo Chiara Matteo Alessandra|Bianchi Esposito Colombo Ferraro Galli
spanish|Lucía Álvaro Nerea Iñigo Rocío|Fernández Sánchez Ortega Castillo Navarro
catalan|Jordi Montserrat Pau Núria Arnau|Puigdemont Vilaró Casals Ferrer Soler
basque|Itziar Aitor Ainhoa Gorka Maialen|Etxeberria Goikoetxea Urrutia Zubizarreta Aguirre
portuguese|João Inês Gonçalo Mafalda Tiago|Carvalho Fonseca Pereira Magalhães Sequeira
brazilian|Thiago Larissa Gustavo Fernanda Caio|Nascimento Cavalcanti Albuquerque Medeiros Brandão
mexican|Guadalupe Alejandro Ximena Rodrigo Itzel|Hernández Villanueva Guzmán Zavala Cervantes
argentine|Facundo Agustina Martina Lisandro Valentina|Etcheverry Giménez Quiroga Bustos Ledesma
chilean|Camila Benjamín Josefa Matías Antonia|Contreras Araya Valenzuela Riquelme Sepúlveda
polish|Katarzyna Wojciech Agnieszka Grzegorz Małgorzata|Kowalczyk Wiśniewski Zieliński Szymańska Dąbrowski
czech|Tereza Jiří Zuzana Ondřej Lucie|Novotná Dvořák Procházka Černý Svobodová
slovak|Marek Jana Lukáš Simona Peter|Horváthová Kováč Baláž Tóthová Mikuláš
hungarian|Zsófia Bence Réka Levente Eszter|Nagy Szabó Kovács Farkas Balogh
romanian|Ioana Bogdan Andreea Mihai Roxana|Popescu Ionescu Dumitrescu Stănescu Constantin
bulgarian|Desislava Stoyan Radostina Kaloyan Milena|Petrova Dimitrov Georgiev Ivanova Todorov
serbian|Dragana Nemanja Jelena Miloš Tijana|Jovanović Petrović Nikolić Stojanović Marković
croatian|Ivana Tomislav Marija Luka Petra|Horvat Babić Kovačević Knežević Perić
greek|Eleni Giorgos Katerina Dimitris Sofia|Papadopoulos Konstantinou Georgiou Nikolaidis Karamanlis
albanian|Arta Besnik Elira Dritan Valbona|Hoxha Krasniqi Berisha Gashi Shehu
turkish|Elif Emre Zeynep Burak Ayşe|Yılmaz Demir Şahin Çelik Kaya
russian|Anastasia Dmitri Yekaterina Sergei Olga|Volkova Smirnov Kuznetsova Sokolov Morozov
ukrainian|Oksana Taras Bohdana Mykola Yaryna|Shevchenko Kovalenko Bondarenko Tkachenko Melnyk
lithuanian|Rūta Mindaugas Gintarė Darius Aistė|Kazlauskas Petrauskienė Jankauskas Žukauskas Vasiliauskas
latvian|Ilze Jānis Līga Mārtiņš Baiba|Bērziņš Kalniņa Ozols Liepiņa Krūmiņš
estonian|Kadri Rasmus Triin Mihkel Liis|Tamm Saar Sepp Mägi Kask
finnish|Aino Juhani Satu Eero Kaisa|Virtanen Korhonen Mäkinen Nieminen Heikkinen
swedish|Linnea Björn Astrid Oskar Ingrid|Lindqvist Bergström Sandberg Holmgren Nyström
norwegian|Solveig Håkon Ingeborg Sindre Ragnhild|Haugen Bakke Solberg Kristiansen Haugland
danish|Mette Søren Freja Mads Signe|Kjærgaard Nørgaard Møller Thygesen Dalsgaard
icelandic|Guðrún Sigurður Björk Þórir Hildur|Jónsdóttir Sigurðsson Gunnarsdóttir Ólafsson Einarsson
levantine|Rania Karim Lina Tarek Maya|Haddad Khoury Nassar Saliba Aoun
egyptian|Mahmoud Yasmin Mostafa Nourhan Amr|Abdelrahman El-Sayed Fathy Shalaby Mansour
moroccan|Youssef Khadija Hamza Salma Anas|Benjelloun El_Amrani Tazi Bennani Alaoui
persian|Dariush Shirin Kourosh Parisa Arash|Tehrani Mohammadi Rahimi Karimi Jafari
kurdish|Rojda Baran Hêvî Azad Berfin|Barzani Talabani Zebari Doski Hawrami
hebrew|Noa Yonatan Tamar Eitan Shira|Mizrahi Ben-David Friedman Peretz Avraham
armenian|Ani Tigran Lusine Aram Narine|Hakobyan Sargsyan Grigoryan Petrosyan Avetisyan
georgian|Nino Giorgi Tamari Levan Ketevan|Beridze Kapanadze Gelashvili Tsiklauri Lomidze
hindi|Priya Rohan Ananya Vikram Kavita|Sharma Verma Agarwal Chaturvedi Malhotra
tamil|Lakshmi Karthik Meenakshi Senthil Divya|Subramanian Ramasamy Krishnamurthy Venkatesan Palaniappan
bengali|Rituparna Sourav Mousumi Arnab Tanushree|Chakraborty Banerjee Mukherjee Bhattacharya Sengupta
punjabi|Harpreet Gurpreet Manjit Jaspreet Balwinder|Sandhu Dhillon Grewal Sidhu Gill
telugu|Srinivas Padmaja Ravi Sravani Venkat|Reddy Naidu Chowdary Rao Kodali
urdu|Ayesha Bilal Sana Imran Fatima|Qureshi Siddiqui Chaudhry Malik Rizvi
nepali|Sujata Bishal Pratima Roshan Anjali|Shrestha Gurung Thapa Adhikari Tamang
sinhalese|Dilani Chaminda Nadeesha Ruwan Ishara|Perera Fernando Jayawardena Wickramasinghe Bandara
mandarin|Wei Xiaoling Jianyu Meiling Haoran|Zhang Liu Chen Wang Zhao|E
cantonese|Ka-Yan Wing-Sze Chun-Kit Mei-Ling Siu-Ming|Cheung Leung Chan Wong Lau|E
japanese|Haruto Yui Sota Aoi Kenji|Takahashi Watanabe Yamamoto Nakamura Kobayashi|E
korean|Ji-woo Min-jun Seo-yeon Hyun-woo Eun-ji|Kim Yoon Choi Jung Kang|E
vietnamese|Thuy Minh Hien Quang Hanh|Nguyen Tran Pham Hoang Vu|E
thai|Somchai Malee Anong Kittisak Pimchanok|Srisuk Wongsawat Chaiyaporn Thongchai Rattanakosin
filipino|Maricel Jomar Rhea Jerome Kristine|Dela_Cruz Bautista Santos Villareal Macaraeg
indonesian|Siti Budi Dewi Agus Wulan|Santoso Wijaya Hartono Kusuma Setiawan
malay|Nurul Hafiz Aisyah Faizal Zulaikha|bin_Ismail binti_Rahman Abdullah bin_Yusof Hashim
yoruba|Adebayo Funmilayo Oluwaseun Temitope Babatunde|Adeyemi Ogunleye Adebisi Olatunji Oyelaran
igbo|Chinedu Ngozi Obinna Chiamaka Emeka|Okafor Nwosu Eze Okonkwo Obi
hausa|Aminu Hauwa Sani Zainab Bashir|Abubakar Danjuma Yusuf Bello Garba
swahili|Wanjiru Baraka Amani Neema Juma|Mwangi Otieno Kamau Wanjala Achieng
amharic|Tigist Dawit Selam Yohannes Meron|Tesfaye Bekele Alemu Haile Gebremedhin
zulu|Thandiwe Sipho Nomvula Bongani Lindiwe|Dlamini Nkosi Zungu Mthembu Khumalo
somali|Hodan Abdirahman Faadumo Mahad Ayaan|Warsame Farah Hirsi Abdullahi Jama
akan|Kwame Akosua Kofi Abena Yaw|Mensah Owusu Boateng Asante Appiah
maori|Aroha Tane Wiremu Marama Rawiri|Ngata Parata Tipene Te_Whare Rangihuna
samoan|Sione Malia Tavita Lagi Faleolo|Tuilagi Leota Fa'amausili Sapolu Aiono
kazakh|Aigerim Nursultan Dana Yerlan Madina|Nurlanov Abenova Seitkali Zhaksybekov Tokayeva
mongolian|Batbayar Oyuunaa Ganbold Sarnai Tuvshin|Batbold Erdene Gantulga Dorj Altangerel
uzbek|Dilnoza Sardor Gulnora Jasur Malika|Karimov Yusupova Rakhimov Tursunova Azimov
hawaiian|Keala Kainoa Leilani Makoa Noelani|Kahananui Kealoha Kamakana Akana Mahoe
"""


def _parse() -> tuple[Culture, ...]:
    out: list[Culture] = []
    for line in _RAW.strip().splitlines():
        parts = line.split("|")
        given = tuple(g.replace("_", " ") for g in parts[1].split())
        family = tuple(f.replace("_", " ") for f in parts[2].split())
        out.append(Culture(parts[0], given, family, len(parts) > 3 and parts[3] == "E"))
    return tuple(out)


CULTURES: tuple[Culture, ...] = _parse()

# Given names that are also everyday words; only the context says they are people.
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
    "Mark",
    "Frank",
    "Sunny",
    "Penny",
    "Iris",
    "Ivy",
    "Pearl",
    "Autumn",
    "Chase",
    "Drew",
    "Rusty",
    "Sandy",
)
WORD_NAME_FAMILIES: tuple[str, ...] = (
    "Ashdown",
    "Merriweather",
    "Galbraith",
    "Thornbury",
    "Kettering",
    "Blackwood",
    "Oakhurst",
    "Penhaligon",
)

CITIES: tuple[str, ...] = (
    "Leeds",
    "Bristol",
    "Glasgow",
    "Cork",
    "Cardiff",
    "Lyon",
    "Bordeaux",
    "Leipzig",
    "Freiburg",
    "Utrecht",
    "Ghent",
    "Bologna",
    "Turin",
    "Valencia",
    "Bilbao",
    "Porto",
    "Recife",
    "Curitiba",
    "Guadalajara",
    "Rosario",
    "Valparaíso",
    "Kraków",
    "Brno",
    "Košice",
    "Debrecen",
    "Cluj-Napoca",
    "Plovdiv",
    "Novi Sad",
    "Thessaloniki",
    "Tirana",
    "Izmir",
    "Kazan",
    "Lviv",
    "Kaunas",
    "Tartu",
    "Tampere",
    "Uppsala",
    "Bergen",
    "Aarhus",
    "Reykjavík",
    "Beirut",
    "Alexandria",
    "Fez",
    "Shiraz",
    "Erbil",
    "Haifa",
    "Yerevan",
    "Tbilisi",
    "Pune",
    "Coimbatore",
    "Kolkata",
    "Ludhiana",
    "Vijayawada",
    "Lahore",
    "Pokhara",
    "Kandy",
    "Chengdu",
    "Kowloon",
    "Sapporo",
    "Busan",
    "Da Nang",
    "Chiang Mai",
    "Cebu City",
    "Surabaya",
    "Penang",
    "Ibadan",
    "Enugu",
    "Kano",
    "Mombasa",
    "Addis Ababa",
    "Durban",
    "Hargeisa",
    "Kumasi",
    "Rotorua",
    "Apia",
    "Almaty",
    "Ulaanbaatar",
    "Samarkand",
    "Hilo",
    "Tulsa",
    "Boise",
    "Halifax",
    "Winnipeg",
    "Ballarat",
    "Dunedin",
)
REGIONS: tuple[str, ...] = (
    "Yorkshire",
    "Bavaria",
    "Tuscany",
    "Andalusia",
    "Catalonia",
    "Brittany",
    "Flanders",
    "Galicia",
    "Kerala",
    "Punjab",
    "Hokkaido",
    "Queensland",
    "Patagonia",
    "Transylvania",
    "Lapland",
    "Cornwall",
    "Ontario",
    "Saskatchewan",
    "Minas Gerais",
    "Oaxaca",
    "Anatolia",
    "Crete",
    "the Algarve",
    "Moravia",
    "Silesia",
    "Nebraska",
)
COUNTRIES: tuple[str, ...] = (
    "Portugal",
    "Ireland",
    "Belgium",
    "Austria",
    "Poland",
    "Romania",
    "Greece",
    "Türkiye",
    "Morocco",
    "Egypt",
    "Kenya",
    "Nigeria",
    "Ghana",
    "Ethiopia",
    "South Africa",
    "India",
    "Sri Lanka",
    "Nepal",
    "Vietnam",
    "Thailand",
    "Indonesia",
    "the Philippines",
    "Japan",
    "South Korea",
    "Mexico",
    "Brazil",
    "Uruguay",
    "Argentina",
    "Canada",
    "New Zealand",
    "Iceland",
    "Norway",
    "Finland",
    "Estonia",
    "Lithuania",
    "Armenia",
    "Kazakhstan",
    "Mongolia",
    "Uzbekistan",
    "Samoa",
)
ADDRESSES: tuple[str, ...] = (
    "14 Wellington Crescent, Leeds LS6 2QT",
    "Flat 3, 27 Cathedral Road, Cardiff CF11 9HA",
    "221 Dunmore Street, Glasgow G5 8EP",
    "Apt 4B, 318 Maplewood Drive, Tulsa, OK 74105",
    "1920 Hillcrest Ave, Boise, ID 83702",
    "55 Spring Garden Rd, Halifax, NS B3J 1G2",
    "Rathausgasse 12, 79098 Freiburg im Breisgau",
    "Karl-Liebknecht-Straße 81, 04275 Leipzig",
    "Oudegracht 214, 3511 NV Utrecht",
    "Veldstraat 67, 9000 Gent",
    "12 rue des Tanneurs, 69002 Lyon",
    "8 cours de l'Intendance, 33000 Bordeaux",
    "Via dell'Indipendenza 44, 40121 Bologna",
    "Calle de Colón 19, 3º 2ª, 46004 Valencia",
    "Rua de Cedofeita 310, 4050-174 Porto",
    "Rua das Flores 88, apto 702, Curitiba - PR, 80010-060",
    "ul. Długa 17/5, 31-147 Kraków",
    "Kounicova 22, 602 00 Brno",
    "Váci utca 9, 4024 Debrecen",
    "Strada Memorandumului 5, Cluj-Napoca 400114",
    "Tsimiski 112, 546 22 Thessaloniki",
    "Hämeenkatu 19 A 7, 33200 Tampere",
    "Svartbäcksgatan 40, 753 33 Uppsala",
    "Bryggen 9, 5003 Bergen",
    "Vestergade 31, 8000 Aarhus C",
    "Laugavegur 58, 101 Reykjavík",
    "42 MG Road, Koregaon Park, Pune 411001",
    "7/3 Lake Gardens, Kolkata 700045",
    "Flat 12C, 88 Nathan Road, Kowloon",
    "3-14-2 Kita 8 Jo Nishi, Kita-ku, Sapporo 060-0808",
    "18 Moi Avenue, Mombasa",
    "23 Florida Road, Morningside, Durban 4001",
    "77 Bowen Street, Ballarat VIC 3350",
    "9 Stuart Street, Dunedin 9016",
    "Plot 14, Ring Road, Ibadan",
    "Abay Avenue 150, Almaty 050008",
)
