"""People and places of val9, a blind part of the labelled PII corpus.

Written by hand from the author's own memory, without any library's name list and without
reading the other parts of the corpus: given and family names of 80 cultures, given names
that are also everyday words ("Hope", "Will"), and cities, regions, countries and street
address patterns of 24 countries. Family names that are everyday English words ("Park",
"Fall", "Grant") and names that are also brands or places used as decoys elsewhere in val9
were left out on purpose, so that the clean prompts can mention such things freely.
"""

from __future__ import annotations

# culture: (given names, family names), each "|"-separated. Cultures in FAMILY_FIRST write
# the family name first in a full name.
CULTURES: dict[str, tuple[str, str]] = {
    "english": (
        "Oliver|Imogen|Hattie|Rupert|Felicity|Alistair",
        "Whitfield|Ashworth|Pembroke|Hartley|Thornton|Fairclough",
    ),
    "american": (
        "Tyler|Brianna|Cody|Madison|Dustin|Kayla",
        "Henderson|Caldwell|Patterson|Sullivan|McAllister|Dunnigan",
    ),
    "scottish": (
        "Callum|Eilidh|Fraser|Kirsty|Angus|Morag",
        "MacLeod|Drummond|Sinclair|Munro|Buchanan",
    ),
    "irish": (
        "Siobhán|Cian|Aoife|Oisín|Niamh|Tadhg",
        "O'Sullivan|Gallagher|Kavanagh|Donnelly|Quinlan",
    ),
    "welsh": (
        "Rhys|Ffion|Dafydd|Cerys|Gethin|Angharad",
        "Pritchard|Llewellyn|Prosser|Vaughan|Bowen",
    ),
    "french": (
        "Amélie|Baptiste|Clémence|Théo|Margaux|Étienne",
        "Lefèvre|Moreau|Girard|Fontaine|Rousseau|Chevalier",
    ),
    "german": (
        "Lukas|Annika|Jannik|Friederike|Matthias|Svenja",
        "Schäfer|Hoffmann|Krüger|Vogel|Brandt|Lindemann",
    ),
    "dutch": (
        "Sander|Femke|Joost|Marieke|Bram|Lieke",
        "de Vries|van Dijk|Bakker|Visser|van den Berg",
    ),
    "flemish": ("Wouter|Elke|Pieter-Jan|Griet|Jens|Ilse", "Peeters|Claes|Janssens|Maes|Willems"),
    "spanish": (
        "Alejandro|Lucía|Javier|Rocío|Iñigo|Nerea",
        "Fernández|Etxeberria|Navarro|Domínguez|Castillo",
    ),
    "mexican": (
        "Guadalupe|Rodrigo|Ximena|Emiliano|Itzel|Joaquín",
        "Hernández|Villalobos|Zúñiga|Ochoa|Trejo",
    ),
    "argentine": (
        "Santiago|Agustina|Facundo|Milagros|Gonzalo|Florencia",
        "Pereyra|Sosa|Acosta|Giménez|Benítez",
    ),
    "brazilian": (
        "João Pedro|Thaís|Rafael|Luana|Caio|Bruna",
        "Nascimento|Carvalho|Figueiredo|Barbosa|Siqueira",
    ),
    "portuguese": (
        "Tiago|Inês|Duarte|Leonor|Gonçalo|Beatriz",
        "Magalhães|Sequeira|Teixeira|Amaral|Lopes",
    ),
    "italian": (
        "Giulia|Lorenzo|Chiara|Matteo|Federica|Alessio",
        "Esposito|Ferraro|Marchetti|De Luca|Colonnese",
    ),
    "greek": (
        "Eleni|Giorgos|Dimitra|Nikos|Katerina|Stavros",
        "Papadopoulos|Konstantinidis|Georgiou|Karalis|Vlachos",
    ),
    "polish": (
        "Katarzyna|Wojciech|Agnieszka|Grzegorz|Małgorzata|Paweł",
        "Wiśniewski|Kowalczyk|Zielińska|Lewandowski|Dąbrowska",
    ),
    "czech": (
        "Tereza|Jiří|Zdeňka|Ondřej|Lucie|Vojtěch",
        "Novotný|Dvořáková|Procházka|Černý|Kučera",
    ),
    "slovak": ("Zuzana|Marek|Lenka|Miroslav|Katarína", "Vargová|Kováč|Baláž|Hudáková|Oravec"),
    "hungarian": ("Zsófia|Bence|Réka|Levente|Enikő|Gergely", "Nagy|Kovács|Tóth|Szabó|Farkas"),
    "romanian": (
        "Ioana|Andrei|Mădălina|Bogdan|Raluca|Mihai",
        "Popescu|Ionescu|Dumitrescu|Stoica|Munteanu",
    ),
    "bulgarian": (
        "Desislava|Hristo|Tsvetelina|Boyan|Radostina",
        "Petrov|Dimitrova|Georgiev|Todorova|Iliev",
    ),
    "serbian": (
        "Jelena|Nikola|Milica|Dragan|Vesna",
        "Jovanović|Petrović|Marković|Stojanović|Ristić",
    ),
    "bosnian": ("Amra|Emir|Lejla|Adnan|Selma", "Hadžić|Begović|Mehmedović|Delić|Hodžić"),
    "albanian": ("Arbër|Besa|Drilon|Elira|Valbona", "Krasniqi|Hoxha|Berisha|Gashi|Shala"),
    "russian": (
        "Anastasia|Dmitri|Yekaterina|Sergei|Olga|Pavel",
        "Kuznetsov|Smirnova|Volkov|Sokolova|Morozov",
    ),
    "ukrainian": (
        "Oksana|Taras|Olena|Bohdan|Yaroslava",
        "Shevchenko|Kovalenko|Bondarenko|Tkachuk|Melnyk",
    ),
    "lithuanian": (
        "Gintarė|Mantas|Rūta|Darius|Eglė",
        "Kazlauskas|Petrauskienė|Jankauskas|Žukauskas",
    ),
    "latvian": ("Kristaps|Ilze|Mārtiņš|Laima|Dace", "Bērziņš|Kalniņa|Ozols|Liepiņa"),
    "estonian": ("Kadri|Tõnu|Maarja|Rasmus|Triin", "Tamm|Saar|Sepp|Kukk|Mägi"),
    "finnish": ("Aino|Juhani|Sanna|Eero|Tuulikki", "Virtanen|Korhonen|Mäkinen|Nieminen|Heikkilä"),
    "swedish": ("Linnea|Oskar|Ebba|Viktor|Agnes", "Lindqvist|Bergström|Sandberg|Holmgren|Nyström"),
    "norwegian": ("Sigrid|Håkon|Ingrid|Eirik|Solveig", "Haugen|Bakke|Solberg|Kristiansen|Lunde"),
    "danish": ("Mette|Frederikke|Mads|Signe|Kasper", "Nørgaard|Kjærsgaard|Mikkelsen|Thygesen"),
    "icelandic": ("Guðrún|Sigurður|Katrín|Ólafur|Hrafnhildur", "Jónsdóttir|Einarsson|Gunnarsson"),
    "turkish": ("Elif|Emre|Zeynep|Burak|Ayşe|Oğuz", "Yılmaz|Kaya|Demir|Çelik|Şahin|Öztürk"),
    "levantine": ("Layla|Omar|Yasmin|Khalid|Rania|Tariq", "Haddad|Khoury|Al-Hashimi|Saleh|Nassar"),
    "egyptian": ("Mona|Mahmoud|Nourhan|Karim|Heba", "Abdelrahman|El-Sayed|Fawzy|Mostafa|Shawky"),
    "moroccan": ("Youssef|Salma|Hamza|Imane|Mehdi", "Benjelloun|El Idrissi|Bennani|Tazi|Alaoui"),
    "persian": ("Shirin|Dariush|Parisa|Kourosh|Mahsa", "Rahimi|Tehrani|Moradi|Jafari|Karimi"),
    "israeli": ("Noa|Yonatan|Tamar|Eitan|Shira", "Ben-David|Katz|Mizrahi|Friedman|Avraham"),
    "kurdish": ("Rojda|Baran|Zilan|Serhat|Dilan", "Hawrami|Zebari|Jaff|Sindi"),
    "hindi": (
        "Priya|Arjun|Ananya|Rohan|Kavita|Vikram",
        "Sharma|Agarwal|Chaturvedi|Malhotra|Saxena",
    ),
    "tamil": (
        "Karthik|Meenakshi|Senthil|Lakshmi|Arun",
        "Subramanian|Raghavan|Venkatesan|Krishnamurthy|Natarajan",
    ),
    "bengali": (
        "Sourav|Tanushree|Arnab|Moumita|Debjani",
        "Chatterjee|Banerjee|Mukherjee|Bhattacharya|Ghosh",
    ),
    "punjabi": ("Harpreet|Gurdeep|Simran|Jaspal|Navneet", "Sandhu|Dhillon|Grewal|Sidhu|Bains"),
    "pakistani": ("Ayesha|Bilal|Mahnoor|Usman|Sana", "Qureshi|Siddiqui|Chaudhry|Malik|Rana"),
    "sinhalese": (
        "Nimali|Chaminda|Dilrukshi|Ruwan|Tharindu",
        "Perera|Jayasuriya|Wickramasinghe|Gunawardena",
    ),
    "nepali": ("Sushila|Bikash|Sabina|Prakash|Anjana", "Shrestha|Gurung|Tamang|Adhikari|Thapa"),
    "mandarin": ("Xiuying|Wei|Jing|Haoran|Mingyu|Yanling", "Wang|Zhang|Chen|Liu|Huang|Zhou"),
    "cantonese": ("Ka-wai|Wing-sze|Chi-ming|Siu-fung|Hoi-yan", "Chan|Wong|Leung|Cheung|Lau"),
    "taiwanese": ("Yi-ting|Chia-hao|Shu-fen|Po-han|Hsin-yi", "Lin|Tsai|Hsu|Kuo|Hsieh"),
    "japanese": (
        "Haruto|Yui|Sota|Aoi|Misaki|Daichi",
        "Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Fujita",
    ),
    "korean": ("Ji-woo|Min-jun|Seo-yeon|Do-hyun|Ha-eun", "Kim|Choi|Jung|Kang|Yoon|Shin"),
    "vietnamese": ("Thu Trang|Minh Tuấn|Ngọc Anh|Quốc Bảo|Hồng Nhung", "Nguyễn|Trần|Lê|Phạm|Hoàng"),
    "thai": (
        "Somchai|Pimchanok|Nattapong|Kanokwan|Thanawat",
        "Srisuk|Wongsawat|Chaiyaporn|Rattanakul|Sukprasert",
    ),
    "filipino": ("Maricel|Jerome|Rowena|Rodel|Kristine", "Dela Cruz|Bautista|Villanueva|Macaraeg"),
    "indonesian": ("Putri|Budi|Dewi|Agus|Ratna", "Wijaya|Santoso|Kusuma|Hartono|Pratama"),
    "malay": ("Nurul|Faizal|Aisyah|Hafiz|Syafiqah", "Ismail|Othman|Rahman|Zainuddin"),
    "yoruba": (
        "Adebayo|Folasade|Olumide|Temitope|Babatunde",
        "Adeyemi|Ogunleye|Balogun|Oyelaran|Akinola",
    ),
    "igbo": ("Chidi|Ngozi|Obinna|Chiamaka|Emeka", "Okafor|Nwosu|Okonkwo|Chukwuemeka|Eze"),
    "hausa": ("Aminu|Zainab|Hadiza|Sani|Halima", "Abubakar|Danjuma|Garba|Lawal"),
    "ghanaian": ("Kwame|Akosua|Kofi|Abena|Kwabena", "Mensah|Asante|Owusu|Boateng|Appiah"),
    "kenyan": ("Wanjiru|Kamau|Njeri|Mwangi|Achieng", "Kariuki|Njoroge|Otieno|Ochieng|Wambugu"),
    "ethiopian": ("Abebe|Tigist|Dawit|Meron|Yohannes", "Tesfaye|Bekele|Girma|Alemu|Tadesse"),
    "somali": ("Hodan|Abdirahman|Faduma|Liban|Ifrah", "Warsame|Farah|Jama|Abdi|Egal"),
    "zulu": ("Thandiwe|Sipho|Nomvula|Lwazi|Zanele", "Dlamini|Nkosi|Mthembu|Ndlovu|Khumalo"),
    "afrikaans": (
        "Pieter|Annelie|Riaan|Marelize|Hendrik",
        "van der Merwe|Botha|Pretorius|Steyn|du Plessis",
    ),
    "tanzanian": ("Neema|Baraka|Rehema|Juma|Upendo", "Mwakyusa|Kimaro|Massawe|Lyimo"),
    "senegalese": ("Aminata|Moussa|Fatou|Ousmane|Mariama", "Diop|Ndiaye|Seck|Diallo|Mbaye"),
    "armenian": ("Anahit|Tigran|Lusine|Aram|Gayane", "Petrosyan|Hakobyan|Grigoryan|Sargsyan"),
    "georgian": ("Nino|Giorgi|Levan|Tamta|Ketevan", "Beridze|Kapanadze|Gelashvili|Tsiklauri"),
    "maori": ("Aroha|Tane|Hine|Wiremu|Ngaio", "Ngata|Parata|Tipene|Rangihau"),
    "samoan": ("Sione|Losa|Tevita|Mele|Fetu", "Faleolo|Taufa|Fonoti|Leota"),
    "jamaican": ("Shanice|Delroy|Tameka|Errol|Kadian", "McKenzie|Ebanks|Thompson-Reid|Hylton"),
    "peruvian": ("Nilda|Wilber|Yanet|Wilmer|Edith", "Quispe|Mamani|Huamán|Condori|Yupanqui"),
    "mongolian": ("Bat-Erdene|Oyunchimeg|Temuulen|Enkhjargal", "Batbayar|Gansukh|Tsogtbaatar"),
    "kazakh": ("Aigerim|Dauren|Madina|Yerlan|Zhanna", "Nurlanov|Akhmetova|Iskakov|Bekova"),
    "uzbek": ("Dilnoza|Jasur|Gulnora|Sardor|Nodira", "Yusupov|Rakhimova|Ergashev|Tursunov"),
    "afghan": ("Zarghuna|Farid|Wazhma|Nasir|Mursal", "Ahmadzai|Popal|Stanekzai|Wardak"),
}

FAMILY_FIRST = frozenset(
    {"hungarian", "mandarin", "cantonese", "taiwanese", "korean", "vietnamese"}
)

# Given names that are also everyday English words; only the context says they are people.
WORD_GIVEN_NAMES = (
    "Hope|Will|Grace|Summer|Bill|Faith|Joy|Hunter|Sunny|Dawn|Chase|Cliff|Drew|Pat|Mark|Frank"
    "|Rob|Sue|Rusty|Destiny"
).split("|")
WORD_NAME_CULTURES = ("english", "american", "scottish", "irish", "welsh", "jamaican")

# country: (regions, cities, street addresses with {n} for a house number)
PLACES: dict[str, tuple[str, str, str]] = {
    "United States": (
        "Ohio|New Mexico|Wisconsin|Montana",
        "Boise|Dayton|Spokane|Tucson|Milwaukee",
        "{n} Alder Creek Rd, Boise, ID 83702|{n} W Monument Ave, Dayton, OH 45402"
        "|{n} E Sprague Ave, Spokane, WA 99202|{n} N Stone Ave, Tucson, AZ 85705"
        "|{n} Abercorn St, Savannah, GA 31401",
    ),
    "Canada": (
        "Manitoba|Saskatchewan|Quebec|New Brunswick",
        "Winnipeg|Regina|Gatineau|Moncton",
        "{n} Portage Ave, Winnipeg, MB R3C 0B2|{n} rue Laurier, Gatineau, QC J8X 3W3",
    ),
    "United Kingdom": (
        "West Yorkshire|Cornwall|Northern Ireland",
        "Leeds|Norwich|Aberdeen|Cardiff|Bristol|Belfast",
        "{n} Otley Road, Leeds LS6 3AA|{n} Unthank Road, Norwich NR2 2PE"
        "|{n} Union Grove, Aberdeen AB10 6SX|{n} Cathedral Road, Cardiff CF11 9LL"
        "|Flat {n}, 12 Gloucester Road, Bristol BS7 8AE",
    ),
    "Ireland": (
        "County Kerry|County Galway|Connacht",
        "Galway|Killarney|Sligo|Athlone",
        "{n} Eyre Square, Galway H91 X2YE|{n} Dublin Road, Athlone N37 X5F2",
    ),
    "Germany": (
        "Bavaria|Saxony|Schleswig-Holstein|Thuringia",
        "Leipzig|Freiburg|Bremen|Nuremberg|Kiel",
        "Karl-Liebknecht-Straße {n}, 04107 Leipzig|Wiehre Hauptstraße {n}, 79100 Freiburg"
        "|Ostertorsteinweg {n}, 28203 Bremen|Holstenstraße {n}, 24103 Kiel",
    ),
    "France": (
        "Brittany|Occitanie|Alsace|Auvergne",
        "Lyon|Toulouse|Nantes|Strasbourg|Rennes",
        "{n} rue de la Charité, 69002 Lyon|{n} allée Jean Jaurès, 31000 Toulouse"
        "|{n} quai de la Fosse, 44000 Nantes|{n} rue du Faubourg National, 67000 Strasbourg",
    ),
    "Netherlands": (
        "Gelderland|Friesland|Zeeland",
        "Utrecht|Groningen|Eindhoven|Leiden",
        "Oudegracht {n}, 3511 AP Utrecht|Herestraat {n}, 9711 LK Groningen"
        "|Stratumseind {n}, 5611 ER Eindhoven",
    ),
    "Spain": (
        "Andalusia|Galicia|Asturias|Navarre",
        "Bilbao|Zaragoza|Málaga|Vigo|Granada",
        "Calle Feria {n}, 41003 Sevilla|Calle Ledesma {n}, 48001 Bilbao"
        "|Paseo Independencia {n}, 50004 Zaragoza",
    ),
    "Italy": (
        "Emilia-Romagna|Piedmont|Apulia|Umbria",
        "Turin|Bari|Perugia|Verona|Padua",
        "Via dell'Indipendenza {n}, 40121 Bologna|Corso Vittorio Emanuele II {n}, 10123 Torino"
        "|Via Sparano {n}, 70121 Bari",
    ),
    "Portugal": (
        "Algarve|Alentejo|Minho",
        "Coimbra|Braga|Faro|Aveiro",
        "Rua de Santa Catarina {n}, 4000-447 Porto|Avenida Central {n}, 4710-229 Braga",
    ),
    "Poland": (
        "Lesser Poland|Pomerania|Silesia",
        "Kraków|Gdańsk|Wrocław|Poznań",
        "ul. Długa {n}, 80-831 Gdańsk|ul. Świdnicka {n}, 50-067 Wrocław",
    ),
    "Sweden": (
        "Skåne|Västra Götaland|Norrbotten",
        "Gothenburg|Malmö|Uppsala|Umeå",
        "Linnégatan {n}, 413 04 Göteborg|Södra Förstadsgatan {n}, 211 43 Malmö",
    ),
    "Turkey": (
        "Anatolia|Cappadocia|Thrace",
        "Izmir|Bursa|Eskişehir|Antalya",
        "Kıbrıs Şehitleri Cd. No:{n}, 35220 Alsancak/İzmir|Atatürk Cd. No:{n}, 16010 Osmangazi/Bursa",
    ),
    "India": (
        "Karnataka|Maharashtra|Kerala|Tamil Nadu",
        "Pune|Bengaluru|Kochi|Chennai|Jaipur",
        "{n}, 5th Cross, Indiranagar, Bengaluru 560038|Flat {n}, Koregaon Park, Pune 411001"
        "|{n} MG Road, Ernakulam, Kochi 682016",
    ),
    "Japan": (
        "Kansai|Kyushu|Tohoku",
        "Osaka|Fukuoka|Nagoya|Sendai|Kanazawa",
        "2-{n}-7 Nakameguro, Meguro-ku, Tokyo 153-0061|1-{n}-3 Tenjin, Chuo-ku, Fukuoka 810-0001",
    ),
    "South Korea": (
        "Gyeonggi Province|Jeju Province",
        "Busan|Incheon|Daegu|Gwangju",
        "{n} Haeundae-ro, Haeundae-gu, Busan 48094|{n} Teheran-ro, Gangnam-gu, Seoul 06142",
    ),
    "Australia": (
        "Queensland|Tasmania|Victoria|New South Wales",
        "Brisbane|Hobart|Adelaide|Geelong",
        "{n} Brunswick St, Fitzroy VIC 3065|{n} King St, Newtown NSW 2042"
        "|{n} Sandy Bay Rd, Sandy Bay TAS 7005",
    ),
    "New Zealand": (
        "Otago|Waikato|Northland",
        "Christchurch|Dunedin|Whanganui|Tauranga",
        "{n} Colombo Street, Christchurch 8011|{n} George Street, Dunedin 9016",
    ),
    "Brazil": (
        "Minas Gerais|Paraná|Bahia",
        "Curitiba|Belo Horizonte|Recife|Fortaleza",
        "Rua XV de Novembro, {n}, Curitiba - PR, 80020-310|Av. Afonso Pena, {n}, Belo Horizonte - MG",
    ),
    "Mexico": (
        "Jalisco|Oaxaca|Yucatán|Nuevo León",
        "Guadalajara|Monterrey|Puebla|Mérida",
        "Av. Chapultepec {n}, Col. Americana, 44160 Guadalajara, Jal."
        "|Calle 60 No. {n}, Centro, 97000 Mérida, Yuc.",
    ),
    "Nigeria": (
        "Lagos State|Oyo State|Kano State",
        "Ibadan|Abuja|Port Harcourt|Enugu",
        "{n} Allen Avenue, Ikeja, Lagos|Plot {n}, Aminu Kano Crescent, Wuse II, Abuja",
    ),
    "Kenya": (
        "Rift Valley|Nakuru County",
        "Nairobi|Mombasa|Kisumu|Eldoret",
        "{n} Ngong Road, Kilimani, Nairobi|House {n}, Nyali Road, Mombasa",
    ),
    "South Africa": (
        "Western Cape|Gauteng|KwaZulu-Natal",
        "Durban|Pretoria|Polokwane|Gqeberha",
        "{n} Long Street, Cape Town, 8001|{n} Florida Road, Morningside, Durban, 4001",
    ),
    "Philippines": (
        "Mindanao|Luzon|Visayas",
        "Cebu City|Davao|Quezon City|Iloilo",
        "{n} Osmeña Blvd, Cebu City 6000|Unit {n}, Katipunan Ave, Quezon City 1108",
    ),
}


def split(field: str) -> list[str]:
    return field.split("|")
