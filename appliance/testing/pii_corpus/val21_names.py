"""People and places of the val21 part of the labelled PII corpus, written by hand.

Every name and place below was typed from the author's own memory for this part (no
library's list, no other part of the corpus was read). Cultures carry given and family
names; a few write the family name first. Names that are also everyday words ("Will",
"Hope") and names with particles, hyphens and diacritics have pools of their own so that
templates can ask for them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False


def _c(given: str, family: str, family_first: bool = False) -> Culture:
    return Culture(tuple(given.split("|")), tuple(family.split("|")), family_first)


CULTURES: dict[str, Culture] = {
    "english": _c(
        "Harriet|Oliver|Imogen|Toby|Beatrice|Rupert",
        "Ashworth|Pemberton|Hargreaves|Whitlock|Thornbury",
    ),
    "scottish": _c(
        "Eilidh|Callum|Isla|Fraser|Morag|Angus", "McAllister|Drummond|Buchanan|Sinclair"
    ),
    "irish": _c(
        "Siobhan|Cathal|Aoife|Padraig|Niamh|Eoin", "O'Sullivan|Gallagher|Ní Bhriain|Brennan"
    ),
    "welsh": _c(
        "Cerys|Rhodri|Gwenllian|Iestyn|Bethan|Dafydd", "Pritchard|Llewellyn|Vaughan|Prosser"
    ),
    "american": _c(
        "Tanner|Brianna|Colton|Kaylee|Dwayne|Madison", "Kowalczyk|Henderson|Whitaker|Delgado"
    ),
    "french": _c(
        "Aurélie|Thibault|Margaux|Gaëtan|Solène|Baptiste",
        "Lefebvre|Garnier|Rousseau|Chevalier|Le Gall",
    ),
    "german": _c(
        "Annika|Jörg|Friederike|Lukas|Hannelore|Matthias", "Schäfer|Hoffmann|Brandt|Vogelsang"
    ),
    "dutch": _c(
        "Femke|Joost|Sanne|Maarten|Lieke|Bram", "van der Berg|de Vries|Bakker|Visser|ter Horst"
    ),
    "flemish": _c("Lotte|Wouter|Ine|Pieter-Jan|Elke|Stijn", "Claes|Peeters|Vermeulen|De Smet"),
    "spanish": _c(
        "Itziar|Álvaro|Nerea|Íñigo|Lucía|Sergio", "Fernández|Morales|de la Fuente|Ibáñez"
    ),
    "catalan": _c("Jordi|Montserrat|Pau|Núria|Oriol|Mireia", "Puigdemunt|Vilaró|Casals|Ferrer"),
    "basque": _c(
        "Aitor|Amaia|Unai|Ainhoa|Gorka|Edurne", "Etxeberria|Goikoetxea|Arrieta|Zubizarreta"
    ),
    "mexican": _c(
        "Ximena|Guadalupe|Emiliano|Citlali|Joaquín|Yolanda", "Hernández|Villaseñor|Cuauhtli|Ramírez"
    ),
    "argentine": _c(
        "Florencia|Facundo|Agustina|Gonzalo|Micaela|Nahuel", "Benedetti|Quiroga|Giménez|Sosa"
    ),
    "brazilian": _c(
        "Thiago|Larissa|Caio|Fernanda|Rodrigo|Juliana", "dos Santos|Oliveira|Carvalho|Nogueira"
    ),
    "portuguese": _c(
        "Inês|Gonçalo|Leonor|Tiago|Beatriz|Duarte", "Figueiredo|Magalhães|Sampaio|Cardoso"
    ),
    "italian": _c(
        "Chiara|Lorenzo|Giulia|Matteo|Federica|Alessandro", "Esposito|Colombo|di Stefano|Ricci"
    ),
    "greek": _c(
        "Eleni|Dimitris|Katerina|Giorgos|Vasiliki|Stavros", "Papadopoulos|Konstantinou|Alexiou"
    ),
    "turkish": _c("Elif|Mehmet|Zeynep|Burak|Ayşe|Emre", "Yılmaz|Demir|Öztürk|Kaya|Aydın"),
    "polish": _c(
        "Łukasz|Agnieszka|Paweł|Małgorzata|Krzysztof|Zofia", "Wiśniewski|Kowalska|Zieliński"
    ),
    "czech": _c("Tereza|Jiří|Kateřina|Ondřej|Lucie|Vojtěch", "Dvořák|Novotná|Procházka|Svoboda"),
    "slovak": _c("Zuzana|Martin|Jana|Peter|Lenka|Marek", "Horváthová|Kováč|Baláž|Tóth"),
    "hungarian": _c("Zsófia|Bence|Réka|Gergely|Eszter|Levente", "Nagy|Szabó|Kovács|Farkas", True),
    "romanian": _c(
        "Ioana|Andrei|Bianca|Mihai|Roxana|Cosmin", "Popescu|Ionescu|Dumitrescu|Stănescu"
    ),
    "bulgarian": _c(
        "Desislava|Georgi|Radostina|Stoyan|Tsvetelina|Ivaylo", "Petrov|Dimitrova|Stoyanov"
    ),
    "serbian": _c("Milica|Nikola|Jelena|Dušan|Tijana|Vuk", "Jovanović|Marković|Petrović|Đorđević"),
    "croatian": _c("Ivana|Luka|Petra|Domagoj|Marija|Tomislav", "Horvat|Babić|Knežević|Kovačević"),
    "albanian": _c("Arben|Besjana|Dritan|Elira|Gëzim|Mirela", "Hoxha|Berisha|Krasniqi|Gashi"),
    "ukrainian": _c(
        "Oksana|Taras|Yulia|Bohdan|Iryna|Oleksandr", "Shevchenko|Kovalenko|Bondarenko|Tkachuk"
    ),
    "russian": _c(
        "Anastasia|Dmitri|Yekaterina|Sergei|Svetlana|Nikolai", "Volkov|Smirnova|Kuznetsov"
    ),
    "lithuanian": _c(
        "Rūta|Mindaugas|Gintarė|Tomas|Aistė|Darius", "Kazlauskas|Jankauskaitė|Petrauskas"
    ),
    "latvian": _c("Ilze|Jānis|Līga|Artūrs|Dace|Kristaps", "Bērziņš|Kalniņa|Ozols|Liepiņš"),
    "estonian": _c("Kadri|Tõnu|Liis|Margus|Triin|Rasmus", "Tamm|Saar|Mägi|Kask"),
    "finnish": _c("Aino|Eero|Sanna|Juha|Kaisa|Ville", "Virtanen|Mäkinen|Nieminen|Heikkinen"),
    "swedish": _c("Linnea|Johan|Ebba|Anders|Maja|Gustav", "Lindqvist|Bergström|Sjöberg|Åkesson"),
    "norwegian": _c("Ingrid|Håkon|Sigrid|Eirik|Solveig|Torbjørn", "Haugen|Johansen|Bakke|Solberg"),
    "danish": _c(
        "Mette|Søren|Freja|Rasmus|Birgitte|Mikkel", "Kjærgaard|Nørgaard|Thomsen|Mortensen"
    ),
    "icelandic": _c(
        "Guðrún|Sigurður|Katrín|Einar|Ragnheiður|Halldór", "Jónsdóttir|Magnússon|Þórsson"
    ),
    "egyptian": _c("Yasmin|Mostafa|Nourhan|Karim|Heba|Tarek", "Abdelrahman|El-Sayed|Mansour|Fahmy"),
    "lebanese": _c("Rania|Elie|Nadine|Georges|Maya|Fadi", "Haddad|Khoury|Nassar|Abi Saab"),
    "emirati": _c("Mariam|Khalifa|Shamma|Saeed|Hessa|Obaid", "Al Mazrouei|Al Nuaimi|Al Ketbi"),
    "moroccan": _c("Zineb|Youssef|Salma|Hamza|Khadija|Anas", "Benjelloun|El Amrani|Tazi|Alaoui"),
    "iranian": _c("Shirin|Reza|Parisa|Arash|Niloufar|Behnam", "Tehrani|Mohammadi|Rahimi|Jafari"),
    "kurdish": _c("Rojin|Baran|Hêvî|Zana|Berfin|Serhat", "Barzani|Demirtaş|Talabani|Ahmadi"),
    "israeli": _c("Noa|Yonatan|Tamar|Itai|Shira|Amit", "Mizrahi|Ben-David|Peretz|Friedmann"),
    "armenian": _c(
        "Anahit|Tigran|Lusine|Aram|Nare|Vardan", "Petrosyan|Grigoryan|Hakobyan|Sargsyan"
    ),
    "georgian": _c("Nino|Giorgi|Tamar|Levan|Ketevan|Irakli", "Beridze|Kapanadze|Gelashvili"),
    "hindi": _c("Priya|Arjun|Ananya|Rohit|Kavita|Vikram", "Sharma|Verma|Agarwal|Srivastava"),
    "tamil": _c("Kavya|Karthik|Meenakshi|Senthil|Divya|Murugan", "Subramanian|Ramasamy|Krishnan"),
    "bengali": _c(
        "Rituparna|Sourav|Moumita|Arnab|Tanushree|Debashis", "Chatterjee|Banerjee|Mukherjee"
    ),
    "punjabi": _c("Harpreet|Gurdeep|Simran|Manjit|Jaspreet|Navdeep", "Sandhu|Dhillon|Grewal|Sidhu"),
    "pakistani": _c("Ayesha|Bilal|Sana|Usman|Mahnoor|Faisal", "Qureshi|Chaudhry|Siddiqui|Malik"),
    "sinhala": _c(
        "Dilani|Chaminda|Nadeesha|Ruwan|Ishara|Lasantha", "Perera|Jayasuriya|Wickramasinghe"
    ),
    "nepali": _c("Sushma|Bikash|Anjali|Prakash|Sarita|Rajendra", "Shrestha|Thapa|Gurung|Adhikari"),
    "chinese": _c(
        "Xiaoming|Meiling|Jianguo|Yuting|Haoran|Shuang", "Zhang|Wang|Chen|Liu|Zhou", True
    ),
    "cantonese": _c("Ka-Wai|Siu-Ming|Wing-Yan|Chun-Kit|Mei-Ki", "Chan|Wong|Cheung|Leung"),
    "japanese": _c(
        "Haruka|Takumi|Yui|Kenta|Ayaka|Shota", "Takahashi|Watanabe|Yamamoto|Nakamura", True
    ),
    "korean": _c("Jiwoo|Minjun|Seoyeon|Hyunwoo|Yejin|Dohyun", "Choi|Jung|Kang|Yoon|Jang", True),
    "vietnamese": _c("Linh|Quang|Thu Trang|Minh Anh|Duc|Hoa", "Nguyễn|Trần|Phạm|Huỳnh|Vũ", True),
    "thai": _c("Siriporn|Anan|Kanokwan|Somchai|Pimchanok|Nattapong", "Srisuk|Chaiyaporn|Boonmee"),
    "filipino": _c(
        "Maricel|Jerome|Rowena|Jericho|Analyn|Ramil", "dela Cruz|Bautista|Macaraeg|Villanueva"
    ),
    "indonesian": _c("Wulan|Agus|Dewi|Bambang|Rizky|Putri", "Santoso|Wijaya|Hidayat|Kusuma"),
    "malay": _c("Nurul|Hafiz|Siti|Azlan|Farah|Khairul", "Ismail|Hassan|Razak|Yusof"),
    "yoruba": _c("Adebayo|Funmilayo|Olumide|Temitope|Oluwaseun|Bukola", "Adeyemi|Ogunleye|Adebisi"),
    "igbo": _c("Chinedu|Ngozi|Obinna|Chiamaka|Ikechukwu|Adaeze", "Okafor|Eze|Nwosu|Okonkwo"),
    "hausa": _c("Aminu|Zainab|Abubakar|Hauwa|Sani|Maryam", "Bello|Danjuma|Abdullahi|Yakubu"),
    "akan": _c("Kwame|Akosua|Kofi|Abena|Yaw|Efua", "Mensah|Asante|Boateng|Owusu"),
    "kikuyu": _c("Wanjiru|Kamau|Njeri|Mwangi|Wambui|Kariuki", "Githinji|Njoroge|Kimani|Wainaina"),
    "amharic": _c(
        "Selamawit|Abebe|Tigist|Dawit|Meron|Yohannes", "Tesfaye|Gebremedhin|Haile|Bekele"
    ),
    "somali": _c("Hodan|Abdirahman|Ayaan|Mohamed|Sahra|Guled", "Warsame|Farah|Jama|Abdi"),
    "zulu": _c("Thandiwe|Sipho|Nomvula|Bongani|Lindiwe|Themba", "Dlamini|Ndlovu|Zulu|Mthembu"),
    "swahili": _c("Neema|Baraka|Rehema|Juma|Zawadi|Hamisi", "Mwakyusa|Kilonzo|Salim|Mushi"),
    "maori": _c("Aroha|Wiremu|Ngaire|Tane|Moana|Rawiri", "Te Whare|Ngata|Parata|Tipene"),
    "samoan": _c("Malia|Sione|Lupe|Tavita|Leota|Faleolo", "Tuilagi|Sapolu|Fa'amausili"),
    "kazakh": _c("Aigerim|Nurlan|Dana|Yerlan|Madina|Askar", "Nurlanov|Zhaksybekova|Abenov"),
    "uzbek": _c("Dilnoza|Sherzod|Gulnora|Jahongir|Nodira|Otabek", "Karimov|Yusupova|Rakhimov"),
    "mongolian": _c("Oyunchimeg|Batbayar|Enkhjargal|Ganbold|Sarangerel", "Bat-Erdene|Tserendorj"),
    "pashto": _c("Zarghona|Ahmad Shah|Malalai|Wahid|Nazia|Hamid", "Durrani|Yousafzai|Popalzai"),
    "sami": _c("Áilu|Biret|Niillas|Ánde|Máret", "Gaup|Somby|Eira|Magga|Utsi"),
}

# Given names that are also everyday words: templates put them where only the context says
# a person is meant. They are written for English-speaking people.
WORD_NAMES: tuple[str, ...] = (
    "Hope", "Will", "Grace", "Summer", "Bill", "Rose", "Faith", "Joy", "Dawn", "Patience",
    "Sunny", "Autumn", "Chase", "Hunter", "Bliss",
)  # fmt: skip
WORD_NAME_FAMILIES: tuple[str, ...] = (
    "Abernethy", "Fairweather", "Cottingham", "Winterbourne", "Huxtable", "Brightwell",
    "Featherstone", "Oakeshott",
)  # fmt: skip

# Names with particles, hyphens, apostrophes and diacritics, each with its culture.
SPECIAL_NAMES: tuple[tuple[str, str, str], ...] = (
    ("Maarten", "van der Heijden", "dutch"),
    ("Esmée", "van den Broek", "dutch"),
    ("Inmaculada", "de la Torre", "spanish"),
    ("Rafael", "de los Ríos", "spanish"),
    ("Omar", "bin Abdullah", "malay"),
    ("Nur Aisyah", "binti Yusof", "malay"),
    ("Tariq", "al-Hashimi", "iraqi"),
    ("Layla", "al-Qasimi", "iraqi"),
    ("Brídín", "O'Donoghue", "irish"),
    ("Fergus", "McCorquodale", "scottish"),
    ("Kirsty", "MacLachlan", "scottish"),
    ("Felicity", "Ravenscroft-Whyte", "english"),
    ("Hugo", "Fortescue-Bligh", "english"),
    ("Anne-Sophie", "Lemaître", "french"),
    ("Jean-Baptiste", "Ndiaye", "senegalese"),
    ("Aminata", "Diallo-Sow", "senegalese"),
    ("Karl-Heinz", "Müller-Westernhagen", "german"),
    ("Björn", "Ståhlberg", "swedish"),
    ("Zoë", "Aldershaw", "english"),
    ("François", "d'Aubigné", "french"),
    ("Mónica", "García-Valdés", "mexican"),
    ("Şükrü", "Çelik", "turkish"),
    ("Søren", "Ødegård", "danish"),
    ("Giovanni", "Dell'Acqua", "italian"),
    ("Ana Luísa", "da Conceição", "portuguese"),
    ("Ludovica", "von Stauffenberg-Ried", "austrian"),
    ("Mehdi", "Ben Youssef", "tunisian"),
    ("Ngọc Ánh", "Đặng", "vietnamese"),
    ("Siobhán", "Mac Giolla Phádraig", "irish"),
    ("Kwabena", "Osei-Bonsu", "akan"),
)

NICKNAMES: tuple[str, ...] = (
    "Bubbles", "Tank", "Jojo", "Kiki", "Sashka", "Nando", "Pipo", "Bazza", "Dizzy", "Chopper",
    "Tiny", "Smudge",
)  # fmt: skip


def strip_accents(text: str) -> str:
    """The name as people type it without diacritics ("Jörg" -> "Jorg")."""
    table = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d",
                           "Đ": "D", "æ": "ae", "Æ": "AE", "ı": "i", "Þ": "Th", "þ": "th",
                           "ð": "d", "Ð": "D"})  # fmt: skip
    text = text.translate(table)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Places: cities, regions and countries, and street addresses of several countries. A "#"
# in an address is replaced by a house number.
CITIES: tuple[str, ...] = (
    "Aberdeen", "Stavanger", "Rotterdam", "Antwerp", "Gdańsk", "Valparaíso", "Mombasa",
    "Port Harcourt", "Chittagong", "Kaohsiung", "Fremantle", "Halifax", "Tromsø", "Gothenburg",
    "Bilbao", "Marseille", "Hamburg", "Lagos", "Accra", "Nairobi", "Addis Ababa", "Karachi",
    "Lahore", "Coimbatore", "Pune", "Kolkata", "Chiang Mai", "Da Nang", "Cebu City",
    "Surabaya", "Penang", "Busan", "Sapporo", "Ulaanbaatar", "Almaty", "Tashkent", "Tbilisi",
    "Yerevan", "Izmir", "Thessaloniki", "Plovdiv", "Cluj-Napoca", "Brno", "Kraków", "Lviv",
    "Tartu", "Tampere", "Aarhus", "Bergen", "Reykjavík", "Galway", "Cork", "Swansea",
    "Inverness", "Leeds", "Sheffield", "Milwaukee", "Tucson", "Spokane", "Winnipeg",
    "Guadalajara", "Rosario", "Porto Alegre", "Coimbra", "Bologna", "Graz", "Lausanne",
    "Ghent", "Utrecht", "Dunedin", "Townsville", "Apia", "Durban", "Dar es Salaam",
)  # fmt: skip
REGIONS: tuple[str, ...] = (
    "Andalusia", "Bavaria", "Brittany", "Tuscany", "Galicia", "Patagonia", "Queensland",
    "Saskatchewan", "Nova Scotia", "Yorkshire", "Cornwall", "Ohio", "Nebraska", "Oregon",
    "Kerala", "Punjab", "Sindh", "Mindanao", "Sumatra", "Hokkaido", "Transylvania",
    "Silesia", "Lapland", "Finnmark", "Rift Valley", "Northland", "Shetland",
)  # fmt: skip
COUNTRIES: tuple[str, ...] = (
    "Norway", "Portugal", "Ghana", "Kenya", "Chile", "Vietnam", "Indonesia", "Mongolia",
    "Uzbekistan", "Armenia", "Estonia", "Iceland", "Morocco", "Senegal", "Sri Lanka",
    "Bangladesh", "Nepal", "Ecuador", "Uruguay", "New Zealand", "Samoa", "Tanzania",
    "Ethiopia", "Lithuania", "Croatia", "Albania", "Romania", "Ireland", "Canada", "Malaysia",
)  # fmt: skip
ADDRESSES: tuple[str, ...] = (
    "# Brunswick Terrace, Leeds LS2 7QR",
    "Flat #, Carrick House, Mill Lane, Inverness IV2 3HW",
    "# Tillery Street, Brooklyn, NY 11201",
    "# W Grant Rd, Tucson, AZ 85705",
    "# Calle de Zurbano, 28010 Madrid",
    "Kastanienallee #, 10435 Berlin",
    "Schanzenstraße #, 20357 Hamburg",
    "# rue Paradis, 13006 Marseille",
    "Oudegracht #, 3511 AR Utrecht",
    "Via Zamboni #, 40126 Bologna",
    "Rua das Flores #, 4050-262 Porto",
    "ul. Długa #, 80-827 Gdańsk",
    "# Moi Avenue, Mombasa",
    "Plot #, Kofi Annan Street, Accra",
    "# Allen Avenue, Ikeja, Lagos",
    "# MG Road, Pune 411001",
    "# Jalan Tun Razak, 50400 Kuala Lumpur",
    "# Rustaveli Avenue, Tbilisi 0108",
    "Storgata #, 9008 Tromsø",
    "# Queen Street, Dunedin 9016",
    "# Rideau Street, Ottawa, ON K1N 5Y3",
    "Apartment #, 12 Harbour View Road, Fremantle WA 6160",
    "# Florida Road, Morningside, Durban 4001",
    "Av. Corrientes #, C1043 Buenos Aires",
)  # fmt: skip
