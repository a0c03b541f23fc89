"""Person names and places for `train_h`, the shopping and retail training generator.

Written blind: the author read only `pii_corpus/__init__.py` and `validity.py`; every given
name, family name, city, region, country and street below was typed from memory, grouped by
culture. For volume, half of the people drawn come from Faker's person providers of many
Latin-script (or romanized) locales, read once at import.

A `Person` knows its given and family names and whether its culture writes the family name
first; `render` writes it in one of the forms people type (full, given alone, initials,
surname first in capitals, "Family, Given", lower case).
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass

# culture: (given names, family names). Family-first cultures are listed in FAMILY_FIRST.
CULTURES: dict[str, tuple[str, str]] = {
    "english": (
        "Oliver Harriet Alfie Imogen Callum Phoebe Rupert Tamsin Declan Gemma Nigel Beverley",
        "Whitfield Ashworth Pemberton Blackwood Thornley Hargreaves Fairbrother Oakes Cresswell",
    ),
    "american": (
        "Brandon Kayla Tyler Brittany Dustin Madison Kaitlyn Jaxon Brianna Cody Shelby",
        "Donnelly Kowalczyk Henderson Whitaker McAllister Gallagher Schroeder Pruitt Vance",
    ),
    "irish": (
        "Siobhan Ciaran Aoife Niamh Padraig Roisin Eoin Orla Cormac Saoirse Fionnuala Tadhg",
        "O'Sullivan Byrne Kavanagh McNamara Doherty Gallagher Quinlan O'Donoghue Fitzgerald",
    ),
    "scottish": (
        "Hamish Morag Angus Isla Fraser Eilidh Lachlan Kirsty Euan Catriona Murdo Ailsa",
        "MacLeod Buchanan Drummond Sutherland MacKinnon Fergusson Urquhart Menzies Lamont",
    ),
    "welsh": (
        "Rhys Carys Dafydd Bethan Gethin Seren Iwan Ffion Emyr Cerys Llinos Aled",
        "Llewellyn Pritchard Bowen Prosser Griffiths Vaughan Jenkins Gwynne",
    ),
    "german": (
        "Lukas Annika Jürgen Heike Florian Katrin Maximilian Svenja Dieter Ute Torsten Birgit",
        "Schneider Hoffmann Krüger Wagner Zimmermann Schäfer Becker Lehmann Hartmann Vogel",
    ),
    "austrian": (
        "Florentina Wolfgang Leopold Theresia Valentin Magdalena Ferdinand Gerlinde Sepp",
        "Gruber Huber Pichler Moser Steiner Hofer Leitner Eder Brandstätter Haselberger",
    ),
    "swiss": (
        "Urs Regula Reto Corinne Mattia Nadia Sandro Vreni Jonas",
        "Bühler Zürcher Brunner Gerber Widmer Kälin Ammann Baumgartner Gisler Rüegg",
    ),
    "dutch": (
        "Daan Femke Sander Lotte Joost Anouk Bram Maaike Wouter Sanne Thijs Ilse",
        "de Vries|van Dijk|Bakker|Janssen|Visser|Smit|Mulder|de Boer|van der Berg|Meijer",
    ),
    "flemish": (
        "Jens Lien Wout Elke Pieter-Jan Griet Stijn Katrien Bart Leen",
        "Peeters|Maes|Claes|Goossens|Wouters|De Smet|Vermeulen|Van Damme|Willems|Dubois",
    ),
    "french": (
        "Étienne Margaux Baptiste Clémence Théo Solène Grégoire Maëlle Benoît Aurélie Yannick",
        "Lefèvre Moreau Girard Chevalier Rousseau Fontaine Garnier Lemoine Marchand Faure",
    ),
    "italian": (
        "Giacomo Chiara Lorenzo Francesca Matteo Giulia Alessandro Federica Stefano Ilaria",
        "Esposito Bianchi Ferrari Romano Colombo Ricci Marino Greco Bruno Gallo Conti",
    ),
    "spanish": (
        "Javier Lucía Álvaro Nerea Iñigo Pilar Sergio Ainhoa Jordi Montserrat Rocío Gonzalo",
        "García Fernández Martínez Sánchez Iglesias Navarro Romero Domínguez Vázquez Ortega",
    ),
    "portuguese": (
        "João Inês Tiago Beatriz Rui Leonor Duarte Mafalda Gonçalo Filipa",
        "Ferreira Pereira Rodrigues Carvalho Sousa Gonçalves Antunes Tavares Pinto Moura",
    ),
    "brazilian": (
        "Thiago Larissa Rafael Camila Gustavo Fernanda Rodrigo Juliana Caio Letícia Vinícius",
        "Oliveira Souza Lima Araújo Cavalcanti Barbosa Nascimento Ribeiro Teixeira Mendes",
    ),
    "mexican": (
        "Alejandro Guadalupe Jesús Ximena Emiliano Citlali Santiago Valeria Rogelio Itzel",
        "Hernández López González Ramírez Castañeda Villarreal Cervantes Zúñiga Orozco",
    ),
    "argentine": (
        "Facundo Agustina Matías Florencia Nahuel Milagros Gastón Micaela Lautaro Belén",
        "Fernández Pereyra Gutiérrez Acosta Benítez Giménez Sosa Medina Ledesma Aguirre",
    ),
    "polish": (
        "Tomasz Agnieszka Łukasz Katarzyna Wojciech Małgorzata Krzysztof Zofia Bartosz Ewa",
        "Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski",
    ),
    "czech": (
        "Jiří Petra Ondřej Tereza Vojtěch Lenka Radek Markéta Zdeněk Kateřina",
        "Novák Svoboda Dvořák Černý Procházka Kučera Veselý Horáková Němec Pokorný",
    ),
    "hungarian": (
        "Zoltán Erzsébet Gábor Réka Balázs Zsófia Levente Ildikó Csaba Dóra",
        "Nagy Kovács Tóth Szabó Horváth Varga Molnár Farkas Balogh",
    ),
    "romanian": (
        "Andrei Ioana Mihai Raluca Bogdan Alina Cătălin Roxana Sorin Oana",
        "Popescu Ionescu Dumitrescu Stan Constantin Munteanu Moldovan Stoica Rusu Marin",
    ),
    "greek": (
        "Giorgos Eleni Dimitris Katerina Nikos Sofia Yannis Despina Kostas Vasiliki",
        "Papadopoulos Georgiou Nikolaidis Konstantinou Vlachos Karagiannis Oikonomou Antoniou",
    ),
    "turkish": (
        "Emre Zeynep Burak Elif Mehmet Ayşe Serkan Derya Oğuz Büşra Kaan Selin",
        "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Aksoy",
    ),
    "russian": (
        "Dmitri Natalya Sergei Yekaterina Alexei Svetlana Mikhail Olga Vladimir Anastasia",
        "Ivanov Smirnova Kuznetsov Popova Sokolov Lebedeva Morozov Volkova Pavlov Fedorova",
    ),
    "ukrainian": (
        "Oleksandr Oksana Taras Iryna Bohdan Yuliia Mykola Halyna Andriy Solomiya",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Oliynyk Lysenko Marchuk",
    ),
    "serbo_croatian": (
        "Marko Jelena Nikola Ivana Dragan Milica Goran Snježana Luka Vesna",
        "Petrović Jovanović Horvat Babić Marić Knežević Kovačević Pavlović Radić Vuković",
    ),
    "bulgarian": (
        "Hristo Desislava Stoyan Radostina Kaloyan Tsvetelina Boyko Yordanka",
        "Dimitrov Petrova Georgiev Stoyanova Todorov Angelova Kolev Hristova Iliev",
    ),
    "swedish": (
        "Björn Ingrid Magnus Linnea Henrik Saga Gustaf Ebba Olof Astrid Anders",
        "Lindqvist Andersson Johansson Bergström Nyström Lundgren Sjöberg Holmberg Ekström",
    ),
    "norwegian": (
        "Øystein Solveig Håkon Ingvild Eirik Silje Torbjørn Ragnhild Sindre Kari",
        "Hansen Johansen Haugen Bakken Solberg Fjeld Dahl Nygård",
    ),
    "danish": (
        "Søren Mette Rasmus Signe Mads Birthe Frederik Trine Jesper Pernille",
        "Jensen Nielsen Pedersen Christensen Rasmussen Sørensen Kristiansen Mortensen Frandsen",
    ),
    "finnish": (
        "Juha Aino Mikko Satu Petteri Riikka Jussi Tuula Eero Kirsi",
        "Virtanen Korhonen Mäkinen Nieminen Heikkinen Koskinen Järvinen Lehtonen Saarinen",
    ),
    "icelandic": (
        "Guðrún Sigurður Kristín Gunnar Ásdís Þórður Hildur Einar",
        "Jónsdóttir Sigurðsson Magnúsdóttir Gunnarsson Ólafsdóttir Einarsson Stefánsdóttir",
    ),
    "baltic": (
        "Rasa Mindaugas Ieva Tomas Jurgita Kristaps Ilze Mārtiņš Kadri Tõnu",
        "Kazlauskas Petrauskienė Jankauskas Bērziņš Kalniņa Ozoliņš Tamm Saar Sepp Mägi",
    ),
    "arabic": (
        "Yousef Fatima Omar Layla Khaled Noura Tariq Rania Hamza Dalia Karim Samira",
        "Al-Masri Haddad Khoury Nasser Saleh Al-Rashid Mansour Barakat Qasim Hijazi",
    ),
    "egyptian": (
        "Mostafa Nourhan Mahmoud Yasmin Ahmed Heba Sherif Mariam Amr Dina",
        "Abdelrahman Elsayed Fahmy Shenouda Mahfouz Soliman Ghali Naguib Tawfik Farag",
    ),
    "persian": (
        "Arash Shirin Reza Parisa Dariush Niloufar Kian Mahsa Babak Setareh",
        "Hosseini Tehrani Karimi Rostami Ahmadi Moradi Jafari Rahimi Sadeghi Farahani",
    ),
    "hebrew": (
        "Yael Avi Noa Eitan Tamar Oren Shira Gilad Michal Itai",
        "Cohen Levi Mizrahi Peretz Friedman Ben-David Shapiro Avraham Katz Biton",
    ),
    "armenian": (
        "Armen Anahit Tigran Lusine Hayk Narine Aram Siranush",
        "Hovhannisyan Petrosyan Sargsyan Grigoryan Harutyunyan Avetisyan Khachatryan",
    ),
    "georgian": (
        "Giorgi Nino Levan Tamari Davit Ketevan Irakli Mariam Zurab",
        "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Chkheidze Abashidze",
    ),
    "hindi": (
        "Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Rahul Pooja Siddharth Meera",
        "Sharma Verma Gupta Agarwal Malhotra Chopra Saxena Bhatia Kapoor Trivedi Mehta",
    ),
    "tamil": (
        "Karthik Lakshmi Senthil Divya Arun Meenakshi Vignesh Revathi Suresh Anitha",
        "Subramanian Krishnan Ramasamy Venkatesan Natarajan Rajendran Murugan Srinivasan",
    ),
    "bengali": (
        "Arnab Moumita Sourav Rituparna Debashish Tanushree Anirban Sohini",
        "Chatterjee Banerjee Mukherjee Bhattacharya Chakraborty Ganguly Sengupta Dasgupta",
    ),
    "pakistani": (
        "Bilal Ayesha Usman Sana Faisal Hira Imran Maryam Zain Mehwish",
        "Qureshi Chaudhry Siddiqui Malik Hashmi Abbasi Rana Sheikh Mirza",
    ),
    "nepali": (
        "Bishal Sabina Prakash Anjali Suman Pratima Nabin Sarita",
        "Shrestha Gurung Thapa Tamang Adhikari Karki Bhandari Maharjan Rai",
    ),
    "sinhala": (
        "Kasun Dilani Chaminda Nadeeka Tharindu Sanduni Lahiru Ishara",
        "Perera Fernando Jayasuriya Wickramasinghe Bandara Gunawardena Rathnayake Dissanayake",
    ),
    "chinese": (
        "Wei Xiaoling Jianguo Meili Haoran Yuting Zhiwei Jing Tao Xinyi Yufei Chen",
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Ma Zhu Hu Guo Lin Li Gao",
    ),
    "cantonese": (
        "Ka-Ho Wing-Yee Chi-Keung Mei-Ling Siu-Ming Hoi-Yan Tsz-Kin Pui-Ling",
        "Chan Wong Cheung Leung Tsang Yeung Fung Kwok Tse",
    ),
    "japanese": (
        "Haruto Yui Takeshi Sakura Kenji Aiko Daisuke Naomi Ren Miyu Hiroshi Emi",
        "Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Yoshida Matsumoto Inoue",
    ),
    "korean": (
        "Min-jun Seo-yeon Ji-hoon Ha-eun Do-yun Ji-woo Seung-ho Yeon-woo Hyun-woo Soo-ah",
        "Kim Lee Choi Jung Kang Cho Yoon Jang Lim Han",
    ),
    "vietnamese": (
        "Thi Lan|Van Minh|Thu Trang|Duc Anh|Ngoc Mai|Quang Huy|Thanh Hoa|Bao Chau|Hoang Nam",
        "Nguyen Tran Pham Hoang Huynh Vo Dang Bui Duong Trinh",
    ),
    "thai": (
        "Somchai Siriporn Nattapong Pimchanok Chaiwat Kanokwan Thanawat Anan",
        "Srisuk Chaiyaporn Wongsawat Rattanakorn Thongchai Phrommin Sukprasert Kittisak",
    ),
    "filipino": (
        "Jericho Maricel Rodel Jocelyn Arnel Lorna Jinggoy Rowena Dindo Kristine",
        "dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Dimaculangan|Macaraeg|Tolentino",
    ),
    "indonesian": (
        "Budi Siti Agus Dewi Eko Rina Hendra Wulandari Joko Indah Bambang",
        "Santoso Wijaya Susanto Kurniawan Hidayat Setiawan Pratama Saputra Nugroho Halim",
    ),
    "malay": (
        "Aishah Hafiz Nurul Azman Farah Syafiq Zulaikha Ikhwan",
        "bin Ismail|binti Osman|bin Rahman|binti Yusof|bin Hamzah|Abdullah|Kamaruddin",
    ),
    "yoruba": (
        "Adebayo Folake Oluwaseun Yetunde Babatunde Funmilayo Tunde Titilayo Kayode Bisola",
        "Adeyemi Okonjo Ogunleye Adebisi Olatunji Afolabi Oyelaran Bankole Akinola",
    ),
    "igbo": (
        "Chidi Ngozi Emeka Chiamaka Obinna Adaeze Ikenna Nkechi Chukwuemeka Uchenna",
        "Okafor Nwosu Eze Obi Okonkwo Nwachukwu Anyanwu Chukwu Onyekachi Igwe",
    ),
    "akan": (
        "Kwame Akosua Kofi Abena Yaw Ama Kwabena Efua Kojo Adwoa",
        "Mensah Asante Owusu Boateng Osei Appiah Ansah Agyeman Darko Frimpong",
    ),
    "swahili": (
        "Wanjiru Baraka Achieng Otieno Zawadi Juma Nyokabi Kamau Amani Wairimu",
        "Mwangi Odhiambo Kariuki Njoroge Wambui Ochieng Mutua Kipchoge Chebet Kiprono",
    ),
    "zulu": (
        "Sipho Thandiwe Themba Nomvula Bongani Lindiwe Mandla Zanele Sibusiso Nandi",
        "Dlamini Nkosi Mthembu Zulu Ndlovu Khumalo Ngcobo Mahlangu Buthelezi Cele",
    ),
    "amharic": (
        "Abebe Tigist Dawit Meseret Yohannes Selamawit Tesfaye Hiwot Bereket Almaz",
        "Tadesse Bekele Haile Alemu Girma Wolde Kebede Mengistu Assefa Gebremedhin",
    ),
    "somali": (
        "Abdirahman Hodan Mohamud Faadumo Abdiweli Ubah Liban Sahra",
        "Warsame Farah Jama Dualeh Abdi Egal Hirsi Nur",
    ),
    "maori": (
        "Aroha Tane Mere Wiremu Ngaio Rawiri Hine Tamati Kiri Manaia",
        "Ngata|Parata|Tuhoe|Rangihau|Tawhiri|Te Whata|Wihongi|Pomare|Tamihana",
    ),
}

# Family-first cultures: the natural full form is "Family Given" ("Li Wei", "Nguyen Thi Lan").
FAMILY_FIRST = frozenset({"chinese", "cantonese", "korean", "vietnamese"})

# Given names that are everyday English words, used in prompts that say they are people
# ("ask Hope if she can cover"); clean prompts may use these as words.
EVERYDAY_GIVEN = (
    "Hope Will Grace Rose Faith Joy Summer Autumn May June April Amber Ruby Jade Olive "
    "Violet Iris Daisy Holly Ivy Sunny Dawn Robin Frank Mark Bill Pat Sky Penny Ray Chase "
    "Hunter Destiny Honor Heather Crystal Brook Pearl Gene Rich Sterling Art Melody Star"
).split()

EVERYDAY_FAMILY = "Baker Cook Miller Fisher Carpenter Shepherd Mason Gardner Turner".split()

GIVEN: tuple[str, ...]
FAMILY: tuple[str, ...]


def _split(field: str) -> list[str]:
    """Names of a pool: "|"-separated where a name has a space in it, else one a word."""
    return [w.strip() for w in field.split("|")] if "|" in field else field.split()


POOLS: dict[str, tuple[list[str], list[str]]] = {
    c: (_split(g), _split(f)) for c, (g, f) in CULTURES.items()
}
POOLS["everyday"] = (list(EVERYDAY_GIVEN), EVERYDAY_FAMILY)
GIVEN = tuple(sorted({g for gs, _ in POOLS.values() for g in gs}))
FAMILY = tuple(sorted({f for _, fs in POOLS.values() for f in fs}))

# --- places -------------------------------------------------------------------------

CITIES = (
    "Manchester|Leeds|Glasgow|Cardiff|Edinburgh|Belfast|Bristol|Liverpool|Sheffield|"
    "Dublin|Galway|Limerick|Hamburg|Munich|Cologne|Stuttgart|Leipzig|Dresden|Düsseldorf|"
    "Vienna|Salzburg|Graz|Zurich|Basel|Lausanne|Geneva|Amsterdam|Rotterdam|Utrecht|Eindhoven|"
    "Antwerp|Ghent|Brussels|Lyon|Marseille|Toulouse|Bordeaux|Lille|Strasbourg|Montpellier|"
    "Milan|Turin|Bologna|Naples|Palermo|Verona|Madrid|Barcelona|Valencia|Seville|Bilbao|"
    "Málaga|Lisbon|Porto|Coimbra|Warsaw|Kraków|Gdańsk|Wrocław|Poznań|Prague|Brno|Budapest|"
    "Debrecen|Bucharest|Cluj-Napoca|Athens|Thessaloniki|Istanbul|Ankara|Izmir|Kyiv|Lviv|"
    "Odesa|Belgrade|Zagreb|Ljubljana|Sofia|Stockholm|Gothenburg|Malmö|Oslo|Bergen|"
    "Copenhagen|Aarhus|Helsinki|Tampere|Reykjavík|Tallinn|Riga|Vilnius|Boston|Chicago|"
    "Seattle|Denver|Atlanta|Houston|Phoenix|Baltimore|Minneapolis|Pittsburgh|Sacramento|"
    "Toronto|Montreal|Vancouver|Calgary|Ottawa|Winnipeg|Mexico City|Guadalajara|Monterrey|"
    "São Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Buenos Aires|Rosario|Córdoba|"
    "Santiago|Lima|Bogotá|Medellín|Quito|Cairo|Alexandria|Casablanca|Marrakesh|Tunis|"
    "Lagos|Abuja|Ibadan|Accra|Kumasi|Nairobi|Mombasa|Addis Ababa|Kampala|Dar es Salaam|"
    "Johannesburg|Cape Town|Durban|Dubai|Abu Dhabi|Doha|Riyadh|Amman|Beirut|Tel Aviv|"
    "Haifa|Tehran|Isfahan|Karachi|Lahore|Islamabad|Mumbai|Delhi|Bengaluru|Chennai|"
    "Kolkata|Hyderabad|Pune|Kathmandu|Colombo|Dhaka|Bangkok|Chiang Mai|Hanoi|Ho Chi Minh City|"
    "Da Nang|Manila|Cebu|Jakarta|Surabaya|Bandung|Kuala Lumpur|Penang|Singapore|Shanghai|"
    "Beijing|Shenzhen|Guangzhou|Chengdu|Hangzhou|Hong Kong|Taipei|Seoul|Busan|Incheon|"
    "Tokyo|Osaka|Kyoto|Yokohama|Sapporo|Fukuoka|Sydney|Melbourne|Brisbane|Perth|Adelaide|"
    "Auckland|Wellington|Christchurch|Tbilisi|Yerevan|Baku|Almaty|Tashkent"
).split("|")

REGIONS = (
    "Bavaria|Catalonia|Andalusia|Tuscany|Lombardy|Sicily|Provence|Brittany|Normandy|Alsace|"
    "Flanders|Wallonia|Yorkshire|Cornwall|Kent|Lancashire|Cumbria|Ulster|Munster|Silesia|"
    "Moravia|Transylvania|Crete|Anatolia|Galicia|Basque Country|Saxony|Tyrol|Lapland|"
    "Jutland|Ontario|Quebec|British Columbia|Alberta|California|Texas|Oregon|Vermont|"
    "Ohio|Michigan|Arizona|Florida|Massachusetts|New South Wales|Queensland|Victoria|"
    "Tasmania|Punjab|Kerala|Tamil Nadu|Maharashtra|Rajasthan|Bali|Java|Sumatra|Mindanao|"
    "Hokkaido|Okinawa|Kyushu|Jeju|Patagonia|Yucatán|Minas Gerais|Bahia|Rift Valley"
).split("|")

COUNTRIES = (
    "Germany|Austria|Switzerland|France|Belgium|the Netherlands|Luxembourg|Spain|Portugal|"
    "Italy|Ireland|Scotland|Wales|England|the UK|the United Kingdom|Poland|Czechia|"
    "Slovakia|Hungary|Romania|Bulgaria|Greece|Türkiye|Turkey|Ukraine|Croatia|Serbia|"
    "Slovenia|Sweden|Norway|Denmark|Finland|Iceland|Estonia|Latvia|Lithuania|the USA|"
    "the United States|Canada|Mexico|Brazil|Argentina|Chile|Peru|Colombia|Ecuador|Egypt|"
    "Morocco|Tunisia|Nigeria|Ghana|Kenya|Ethiopia|Uganda|Tanzania|South Africa|the UAE|"
    "Qatar|Saudi Arabia|Jordan|Lebanon|Israel|Iran|Pakistan|India|Nepal|Sri Lanka|"
    "Bangladesh|Thailand|Vietnam|the Philippines|Indonesia|Malaysia|China|Taiwan|"
    "South Korea|Japan|Australia|New Zealand|Georgia|Armenia|Kazakhstan"
).split("|")

_STREET_WORDS = (
    "Maple Oak Elm Cedar Willow Birch Chestnut Hawthorn Juniper Larch Linden Poplar Mill "
    "Station Church Bridge Park Lake River Meadow Orchard Harbour Market Castle Quarry"
).split()
_US_SUFFIX = "Street|Avenue|Road|Drive|Lane|Boulevard|Court|Way|Place|Terrace".split("|")
_US_STATES = "MA IL WA CO GA TX AZ MD MN PA CA OR OH MI FL VT".split()
_US_CITIES = "Boston|Chicago|Seattle|Denver|Atlanta|Houston|Phoenix|Baltimore".split("|")
_UK_CITIES = "Manchester|Leeds|Bristol|Liverpool|Sheffield|Glasgow|Cardiff".split("|")
_DE_STREETS = "Linden|Birken|Garten|Kirch|Bahnhof|Schiller|Goethe|Berg|Wiesen|Rosen".split("|")
_DE_CITIES = "Hamburg|Munich|Cologne|Stuttgart|Leipzig|Dresden|Düsseldorf".split("|")
_FR_STREETS = (
    "de la République|Victor Hugo|des Lilas|du Moulin|de la Paix|Pasteur|des Écoles|Jean Jaurès"
).split("|")
_FR_CITIES = "Lyon|Marseille|Toulouse|Bordeaux|Lille|Strasbourg|Montpellier".split("|")
_NL_STREETS = "Kerk|Molen|Linden|Dorps|School|Beuken|Eiken|Prinsen".split("|")
_NL_CITIES = "Amsterdam|Rotterdam|Utrecht|Eindhoven".split("|")
_ES_STREETS = "Mayor|de Alcalá|del Sol|de la Rosa|San Vicente|Real|del Carmen".split("|")
_ES_CITIES = "Madrid|Barcelona|Valencia|Seville|Bilbao|Málaga".split("|")
_IT_STREETS = "Roma|Garibaldi|dei Mille|Mazzini|del Corso|Dante|Cavour".split("|")
_IT_CITIES = "Milan|Turin|Bologna|Naples|Verona".split("|")
_PL_STREETS = "Długa|Lipowa|Polna|Kwiatowa|Ogrodowa|Mickiewicza|Słoneczna".split("|")
_PL_CITIES = "Warsaw|Kraków|Gdańsk|Wrocław|Poznań".split("|")
_AU_CITIES = "Sydney NSW|Melbourne VIC|Brisbane QLD|Perth WA|Adelaide SA".split("|")


def street_address(rng: random.Random) -> str:
    """A street address of one of several countries' formats, as one LOCATION span."""
    kind = rng.randrange(9)
    n = rng.randint(1, 240)
    if kind == 0:
        return (
            f"{rng.randint(10, 9899)} {rng.choice(_STREET_WORDS)} {rng.choice(_US_SUFFIX)}, "
            f"{rng.choice(_US_CITIES)}, {rng.choice(_US_STATES)} {rng.randint(10001, 98999)}"
        )
    if kind == 1:
        pc = f"{rng.choice(['M', 'LS', 'BS', 'L', 'S', 'G', 'CF'])}{rng.randint(1, 20)} "
        pc += (
            f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFHJLNPRTW')}"
        )
        road = rng.choice(["Road", "Street", "Lane", "Close", "Crescent", "Gardens"])
        return f"{n} {rng.choice(_STREET_WORDS)} {road}, {rng.choice(_UK_CITIES)} {pc}"
    if kind == 2:
        suffix = rng.choice(["straße", "weg", "str.", "allee"])
        return (
            f"{rng.choice(_DE_STREETS)}{suffix} {n}, {rng.randint(10115, 99998):05d} "
            f"{rng.choice(_DE_CITIES)}"
        )
    if kind == 3:
        return (
            f"{n} rue {rng.choice(_FR_STREETS)}, {rng.randint(10, 95):02d}{rng.randint(0, 999):03d} "
            f"{rng.choice(_FR_CITIES)}"
        )
    if kind == 4:
        return (
            f"{rng.choice(_NL_STREETS)}straat {n}, {rng.randint(1011, 9999)} "
            f"{rng.choice('ABCDEGHJKLMNPRST')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')} "
            f"{rng.choice(_NL_CITIES)}"
        )
    if kind == 5:
        return (
            f"Calle {rng.choice(_ES_STREETS)} {n}, {rng.randint(1001, 52999):05d} "
            f"{rng.choice(_ES_CITIES)}"
        )
    if kind == 6:
        return (
            f"Via {rng.choice(_IT_STREETS)} {n}, {rng.randint(10100, 98100)} "
            f"{rng.choice(_IT_CITIES)}"
        )
    if kind == 7:
        return (
            f"ul. {rng.choice(_PL_STREETS)} {n}/{rng.randint(1, 40)}, "
            f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d} {rng.choice(_PL_CITIES)}"
        )
    return f"{n} {rng.choice(_STREET_WORDS)} Street, {rng.choice(_AU_CITIES)} {rng.randint(2000, 6999)}"


# --- Faker's names, for volume ------------------------------------------------------

FAKER_LOCALES = (
    "en_US en_GB en_IE en_NZ en_IN en_KE en_NG en_PK de_DE de_AT de_CH fr_FR fr_CA fr_BE "
    "es_ES es_MX es_AR es_CO es_CL it_IT pt_BR pt_PT nl_NL nl_BE pl_PL cs_CZ sk_SK sl_SI "
    "hr_HR hu_HU ro_RO sv_SE da_DK no_NO fi_FI et_EE lv_LV lt_LT tr_TR id_ID sw yo_NG ig_NG "
    "zu_ZA tw_GH is_IS az_AZ"
).split()


def _latin(name: str) -> bool:
    return (
        len(name) >= 2
        and name[0].isupper()
        and all(
            ch.isalpha() and (ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF) or ch in " -'"
            for ch in name
        )
    )


def _faker_pools() -> list[tuple[list[str], list[str]]]:
    pools: list[tuple[list[str], list[str]]] = []
    for loc in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except (ImportError, AttributeError):
            continue
        given: set[str] = set()
        family: set[str] = set()
        for attr, into in (
            ("first_names", given),
            ("first_names_male", given),
            ("first_names_female", given),
            ("last_names", family),
            ("last_names_male", family),
            ("last_names_female", family),
        ):
            names = getattr(provider, attr, ())
            if not isinstance(names, (tuple, list, dict)):
                continue
            for name in names:
                if isinstance(name, str):
                    name = " ".join(name.split())
                    if _latin(name):
                        into.add(name)
        if len(given) >= 20 and len(family) >= 20:
            pools.append((sorted(given), sorted(family)))
    return pools


FAKER_POOLS = _faker_pools()

# --- people -------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    family_first: bool = False

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"


def person(rng: random.Random) -> Person:
    """A person: half from the hand-written pools of many cultures, half from Faker."""
    if FAKER_POOLS and rng.random() < 0.5:
        given, family = rng.choice(FAKER_POOLS)
        return Person(rng.choice(given), rng.choice(family))
    culture = rng.choice(sorted(CULTURES))
    given, family = POOLS[culture]
    return Person(rng.choice(given), rng.choice(family), culture in FAMILY_FIRST)


def everyday_person(rng: random.Random) -> Person:
    """A person whose given name is an everyday word (Hope, Will, Rose)."""
    culture = rng.choice(sorted(CULTURES))
    return Person(rng.choice(EVERYDAY_GIVEN), rng.choice(POOLS[culture][1]))


def _initials(given: str) -> str:
    return " ".join(f"{part[0]}." for part in given.replace("-", " ").split())


FORMS = ("full", "full", "full", "given", "given", "initial", "upper", "comma", "lower", "mid")


def render(p: Person, form: str, rng: random.Random) -> str:
    """The person written in one form."""
    if form == "given":
        return p.given
    if form == "family":
        return p.family
    if form == "full":
        return p.full
    if form == "initial":
        if p.family_first:
            return p.full
        if rng.random() < 0.3:
            return f"{_initials(p.given)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {p.family}"
        return f"{_initials(p.given)} {p.family}"
    if form == "upper":
        return f"{p.family.upper()} {p.given}"
    if form == "comma":
        return f"{p.family}, {p.given}"
    if form == "lower":
        if rng.random() < 0.3 and not p.family_first:
            return f"{p.given[0].lower()}{rng.choice('abcdefghjklmnprstw')} {p.family.lower()}"
        return p.full.lower()
    if form == "mid":
        if p.family_first:
            return p.full
        return f"{p.given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {p.family}"
    raise ValueError(form)
