"""val28: people's names (by culture), word-names, places and street addresses.

Every name here was written by hand for this part. A culture line reads
"culture|order|given names|family names"; order "w" writes given then family, "e" family then
given. Given names with two parts are joined by "_" (written with a space)."""

from __future__ import annotations

_RAW = """
yoruba|w|Adebayo Folake Oluwaseun Titilayo Babajide Yetunde|Adeyemi Ogunleye Balogun Adewale Olatunji Akinola
igbo|w|Chinedu Ngozi Obinna Chiamaka Emeka Adaeze|Okafor Nwosu Okonkwo Nwachukwu Onyekachi Ezeudu
hausa|w|Aminu Hadiza Abubakar Zainab Halima Kabiru|Bello Danjuma Garba Yakubu Abdullahi Lawal
akan|w|Kwame Akosua Kofi Efua Yaw Adwoa|Mensah Asante Boateng Owusu Appiah Osei
wolof|w|Mamadou Aïssatou Cheikh Fatou Ousmane Awa|Diop Ndiaye Gueye Faye Mbaye Seck
amhara|w|Abebe Tigist Dawit Meron Yonas Selamawit|Tesfaye Bekele Alemu Girma Wolde Gebremedhin
kikuyu_luo|w|Wanjiku Baraka Akinyi Nyokabi Otieno Wairimu|Kamau Ochieng Mutua Njoroge Kariuki Odhiambo
somali|w|Abdirahman Hodan Liban Ayaan Guled Sahra|Warsame Abdi Jama Hirsi Osman Egal
zulu|w|Sipho Nomvula Thabo Lindiwe Bongani Zanele|Dlamini Nkosi Mthembu Khumalo Ndlovu Zungu
shona|w|Tendai Rutendo Tatenda Farai Nyasha Kudzai|Moyo Chikwanha Mutasa Mupfumira Marufu Chigumba
congolese|w|Dieudonné Mireille Patrice Bienvenu Solange Fiston|Mbemba Kalonji Ilunga Mukendi Tshimanga Banza
malagasy|w|Hery Voahangy Rivo Lalao Fanja Andry|Rakotomalala Rasoanaivo Andrianarisoa Razafindrakoto Ratsimba Randrianasolo
egyptian|w|Mahmoud Nourhan Karim Yasmin Tarek Mona|El-Sayed Mostafa Fathy Shaheen Gaber Hegazy
levantine|w|Rami Layla Ziad Rania Fadi Nadine|Haddad Khoury Nassar Saab Aoun Najjar
gulf|w|Faisal Noura Sultan Maryam Khalid Hessa|Al-Mansoori Al-Qahtani Al-Harbi Al-Dosari Al-Otaibi Al-Shamsi
maghrebi|w|Youssef Samira Hicham Khadija Nabil Imane|Benali Bouzid Amrani Cherkaoui Tazi Belkacem
iranian|w|Dariush Shirin Kourosh Parisa Babak Niloufar|Hosseini Rahimi Moradi Karimi Jafari Sadeghi
kurdish|w|Rebin Shilan Aram Berivan Diyar Rojda|Zebari Hawrami Amedi Dosky Sindi Berwari
turkish|w|Mehmet Elif Emre Zeynep Burak Ayşe|Yılmaz Kaya Demir Şahin Çelik Öztürk
armenian|w|Armen Anahit Tigran Lusine Narek Sona|Hakobyan Petrosyan Grigoryan Sargsyan Avetisyan Mkrtchyan
georgian|w|Giorgi Nino Levan Tamar Davit Mariam|Beridze Kapanadze Gelashvili Lomidze Tsiklauri Javakhishvili
hindi|w|Rohan Priya Arjun Ananya Vikram Neha|Sharma Verma Gupta Malhotra Agarwal Chauhan
tamil|w|Karthik Lakshmi Senthil Meenakshi Arun Divya|Subramanian Raghavan Venkatesan Krishnan Annamalai Murugan
bengali|w|Sourav Moumita Arnab Rituparna Debashis Tanushree|Chatterjee Banerjee Mukherjee Bhattacharya Ghosh Sengupta
punjabi|w|Gurpreet Harjit Manpreet Jaspreet Amrit Baljit|Dhillon Sandhu Grewal Sidhu Bains Aulakh
malayali|w|Anoop Reshma Sreejith Aswathy Jithin Nimisha|Nair Menon Pillai Kurup Varghese Kuriakose
urdu|w|Usman Ayesha Bilal Sana Hamza Mahnoor|Qureshi Siddiqui Chaudhry Malik Hashmi Abbasi
sinhala|w|Nuwan Dilini Chaminda Sachini Kasun Ishara|Perera Jayasuriya Wickramasinghe Bandara Gunawardena Senanayake
nepali|w|Bikash Sabina Prakash Anjali Sujan Pooja|Shrestha Gurung Thapa Tamang Adhikari Karki
tibetan|w|Tenzin Pema Tashi Dolma Sonam Norbu|Lhamo Wangmo Tsering Gyatso Dhondup Namgyal
pashto|w|Wahid Farida Nasir Shabnam Zalmai Hamida|Popal Durrani Stanekzai Wardak Sultani Hotak
uzbek|w|Bekzod Dilnoza Sardor Gulnora Jasur Nodira|Tursunov Yusupova Rakhimov Ergasheva Nazarov Sultanova
kazakh|w|Aidos Aigerim Yerlan Zhanar Arman Gulnar|Abenov Seitkali Zhaksylykov Tokhtarov Ospanov Bekmukhambetov
mongolian|w|Bat-Erdene Oyunaa Ganbold Saraa Temuulen Enkhjin|Batbayar Tserendorj Gansukh Altankhuyag Purevdorj Dashdondog
mandarin|e|Wei Xiaoling Jian Meiling Hao Yuting|Zhang Liu Chen Zhao Huang Xu
cantonese|e|Ka-Wai Siu-Ming Wing-Yan Chi-Keung Hoi-Yan Kwok-Leung|Chan Wong Cheung Leung Yeung Tsang
japanese|w|Haruto Yui Takeshi Aiko Kenji Sakura|Nakamura Tanaka Suzuki Watanabe Yamamoto Kobayashi
korean|e|Min-jun Ji-woo Seo-yeon Hyun-woo Ji-hoon Soo-ah|Kim Choi Jung Kang Yoon Jang
vietnamese|e|Thị_Mai Văn_An Minh_Tuấn Hồng_Nhung Quốc_Bảo Ngọc_Lan|Nguyễn Trần Phạm Hoàng Vũ Đặng
thai|w|Somchai Siriporn Anan Malee Kittisak Ratana|Wongsawat Chaiyaporn Saetang Rattanakorn Boonmee Kongsiri
filipino|w|Maricel Jomar Kristine Rhea Paolo Lorna|Santos Reyes Bautista Villanueva Macaraeg Dimaculangan
indonesian|w|Budi Siti Agus Dewi Wayan Ratna|Santoso Wijaya Hidayat Susanto Kusuma Pratama
malay|w|Hafiz Nurul_Aisyah Faizal Syafiqah Azlan Zulaikha|Ismail Rahman Hamzah Othman Yusof Zakaria
burmese|w|Aung Thiri Kyaw Hnin Zaw Thandar|Myint Htun Naing Lwin Soe Thant
khmer|e|Sokha Dara Vannak Sreymom Bopha Rithy|Chea Sok Heng Keo Meas Pich
polish|w|Katarzyna Tomasz Agnieszka Paweł Małgorzata Krzysztof|Nowak Wójcik Kamińska Lewandowski Zielińska Szymański
czech|w|Jiří Petra Tomáš Lucie Ondřej Tereza|Novák Dvořák Černá Procházka Svobodová Kučera
hungarian|e|László Zsófia Bence Katalin Gábor Eszter|Nagy Kovács Tóth Szabó Horváth Varga
romanian|w|Andrei Ioana Mihai Alexandra Cristian Roxana|Popescu Ionescu Dumitrescu Constantinescu Munteanu Ciobanu
bulgarian|w|Dimitar Desislava Petar Tsvetelina Boyan Radostina|Petrova Dimitrov Georgieva Stoyanov Todorova Hristov
serbian_croatian|w|Nikola Jelena Marko Ivana Goran Milica|Jovanović Petrović Nikolić Marković Kovačević Babić
ukrainian|w|Oleksandr Olena Taras Iryna Bohdan Oksana|Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk
russian|w|Dmitri Anastasia Sergei Yekaterina Nikolai Svetlana|Ivanov Smirnova Kuznetsov Popova Sokolov Volkova
greek|w|Giorgos Eleni Nikos Katerina Yannis Dimitra|Papadopoulos Konstantinou Georgiou Nikolaidis Papageorgiou Antoniou
albanian|w|Arben Blerta Ermal Drita Besnik Vjosa|Hoxha Krasniqi Berisha Gashi Shehu Dervishi
lithuanian|w|Mantas Rūta Tomas Aistė Darius Ieva|Kazlauskas Petrauskaitė Jankauskas Butkutė Vasiliauskas Žukauskas
finnish|w|Aleksi Aino Juha Kaisa Mikko Satu|Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine
swedish|w|Björn Ingrid Lars Astrid Johan Maja|Lindqvist Andersson Bergström Sjöberg Håkansson Nyström
norwegian|w|Øyvind Sigrid Håkon Solveig Eirik Ragnhild|Haugen Solberg Bakke Dahl Amundsen Kvam
danish|w|Mads Freja Rasmus Ida Søren Mette|Jørgensen Kristensen Mikkelsen Rasmussen Thomsen Frederiksen
icelandic|w|Guðrún Sigurður Katrín Einar Hildur Birgir|Jónsdóttir Sigurðsson Gunnarsdóttir Ólafsson Magnúsdóttir Einarsson
dutch|w|Sanne Joost Femke Pieter Lieke Bram|van_der_Berg de_Vries Jansen van_Dijk Mulder Dekker
german|w|Jonas Leonie Felix Katharina Matthias Johanna|Müller Schneider Hoffmann Schäfer Krüger Zimmermann
french|w|Amélie Théo Camille Mathieu Océane Baptiste|Lefèvre Moreau Girard Dubois Lambert Mercier
italian|w|Giulia Lorenzo Chiara Alessandro Francesca Matteo|Rossi Bianchi Esposito Colombo Ricci Marchetti
spanish|w|María_José Javier Lucía Alejandro Carmen Íñigo|García-Ruiz Fernández López Martínez Sánchez Moreno
catalan|w|Jordi Montserrat Oriol Núria Arnau Mireia|Puig Ferrer Soler Pujol Riera Sabaté
basque|w|Iker Amaia Unai Itziar Gorka Ainhoa|Etxeberria Agirre Goikoetxea Urkiza Zubizarreta Arrieta
portuguese|w|João Inês Tiago Beatriz Rui Mariana|Ferreira Sousa Pereira Rodrigues Carvalho Almeida
brazilian|w|Luiz Fernanda Gustavo Larissa Rafael Juliana|da_Silva Oliveira Barbosa Nascimento Cavalcanti Ribeiro
mexican|w|Guadalupe Alejandra Jesús Ximena Rodrigo Itzel|Hernández González Ramírez Castillo Vázquez Ortega
argentine|w|Facundo Agustina Lautaro Florencia Joaquín Milagros|Gómez Pereyra Acosta Benítez Sosa Ferreyra
colombian|w|Camilo Valentina Andrés Daniela Sebastián Paola|Restrepo Osorio Cárdenas Jaramillo Quintero Mejía
jamaican|w|Marlon Shanice Delroy Tameka Kemar Simone|McKenzie Thompson Reid Powell Ellis Samuels
haitian|w|Wideline Fritznel Mackenson Guerline Jocelyn Ricardo|Pierre-Louis Jean-Charles Étienne Augustin Dorvil Lafontant
quechua_aymara|w|Inti Killa Amaru Sisa Kusi Wayra|Mamani Quispe Huanca Condori Choque Apaza
mapuche|w|Nahuel Ayelén Millaray Rayén Kallfü Wenu|Huenchumilla Painemal Catrileo Llancaqueo Nahuelpan Antileo
maya|w|Ixchel Balam Nikte Yaxkin Canek Itzamná|Pech Canul Dzib Cauich Chablé Kantún
navajo|w|Nizhoni Ahiga Dezba Bidziil Ayasha Doli|Begay Yazzie Tsosie Benally Etsitty Chee
inuit|w|Pipaluk Aputsiaq Nivi Siku Ivalu Tagak|Kunuk Arnatsiaq Qitsualik Tagalik Angutiq Ipeelie
aboriginal_australian|w|Kirra Marlee Bunji Alinta Jandamarra Mirri|Tjapaltjarri Namatjira Yunupingu Gurruwiwi Wunungmurra Nungurrayi
maori|w|Aroha Tamati Ngaire Wiremu Hine Rangi|Ngata Parata Herewini Poutama Tipene Whaanga
tongan_samoan|w|Sione Losana Tevita Mele Viliami Lupe|Fifita Taufa Tuilagi Fonoti Leavasa Sapolu
hawaiian|w|Keoni Leilani Kainoa Malia Kekoa Noelani|Kahananui Kealoha Akana Kamakana Kapule Keawe
fijian|w|Mereoni Sitiveni Litia Waisale Unaisi Peceli|Vakaloloma Raikadroka Naivalu Tuinasau Bulivou Rokotui
irish|w|Siobhán Cian Aoife Oisín Niamh Pádraig|O'Sullivan Gallagher Kavanagh Ní_Bhriain Brennan Fitzgerald
scottish|w|Eilidh Callum Mhairi Ruaraidh Catriona Hamish|MacLeod Fraser Sinclair Drummond Urquhart MacAulay
welsh|w|Rhys Carys Dafydd Angharad Gethin Ffion|Llewellyn Pritchard Bowen Prosser Vaughan Howells
english|w|Oliver Harriet Edmund Imogen Rupert Philippa|Ashworth Pemberton Whitfield Hargreaves Fairbairn Cartwright
american|w|Tyler Brittany Cody Kayla Dustin Shelby|Whitaker Donnelly McAllister Hendricks Bradshaw Pruitt
hebrew|w|Yael Noam Shira Eitan Avital Oren|Cohen Levi Mizrahi Friedman Ben-David Peretz
"""

WORD_GIVEN = ("Faith", "Summer", "Hunter", "Sky", "Dawn", "Ivy", "Autumn", "Willow", "Destiny")


def _parse() -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    out = {}
    for line in _RAW.strip().splitlines():
        culture, order, given, family = line.split("|")
        out[culture] = (
            order,
            tuple(g.replace("_", " ") for g in given.split()),
            tuple(f.replace("_", " ") for f in family.split()),
        )
    return out


CULTURES = _parse()

CITIES = (
    "Lagos",
    "Accra",
    "Nairobi",
    "Kampala",
    "Addis Ababa",
    "Dakar",
    "Kigali",
    "Lusaka",
    "Harare",
    "Maputo",
    "Casablanca",
    "Tunis",
    "Cairo",
    "Amman",
    "Beirut",
    "Muscat",
    "Doha",
    "Tehran",
    "Isfahan",
    "Izmir",
    "Trabzon",
    "Tbilisi",
    "Yerevan",
    "Karachi",
    "Lahore",
    "Pune",
    "Chennai",
    "Kolkata",
    "Kochi",
    "Dhaka",
    "Colombo",
    "Kathmandu",
    "Chengdu",
    "Xiamen",
    "Busan",
    "Daegu",
    "Sapporo",
    "Kumamoto",
    "Da Nang",
    "Haiphong",
    "Chiang Mai",
    "Cebu",
    "Davao",
    "Surabaya",
    "Yogyakarta",
    "Penang",
    "Ulaanbaatar",
    "Almaty",
    "Tashkent",
    "Gdańsk",
    "Wrocław",
    "Brno",
    "Debrecen",
    "Cluj-Napoca",
    "Plovdiv",
    "Novi Sad",
    "Lviv",
    "Kharkiv",
    "Thessaloniki",
    "Tirana",
    "Vilnius",
    "Tampere",
    "Uppsala",
    "Bergen",
    "Tromsø",
    "Aarhus",
    "Reykjavík",
    "Rotterdam",
    "Utrecht",
    "Leipzig",
    "Freiburg",
    "Toulouse",
    "Nantes",
    "Bologna",
    "Trieste",
    "Bilbao",
    "Zaragoza",
    "Coimbra",
    "Braga",
    "Recife",
    "Belo Horizonte",
    "Curitiba",
    "Guadalajara",
    "Oaxaca",
    "Rosario",
    "Medellín",
    "Cusco",
    "Valparaíso",
    "Port-au-Prince",
    "Halifax",
    "Winnipeg",
    "Tucson",
    "Albuquerque",
    "Milwaukee",
    "Anchorage",
    "Dunedin",
    "Rotorua",
    "Hobart",
    "Townsville",
    "Fremantle",
    "Suva",
    "Apia",
    "Honolulu",
    "Galway",
    "Inverness",
    "Swansea",
    "Aberystwyth",
    "Sheffield",
    "Leeds",
)
REGIONS = (
    "Bavaria",
    "Andalusia",
    "Brittany",
    "Tuscany",
    "Kerala",
    "Hokkaido",
    "Yucatán",
    "Ontario",
    "Queensland",
    "Tasmania",
    "Cornwall",
    "Transylvania",
    "Silesia",
    "Flanders",
    "Lapland",
    "Anatolia",
    "Sindh",
    "Oromia",
    "Minas Gerais",
    "Nova Scotia",
    "Sumatra",
    "Mindanao",
)
COUNTRIES = (
    "Nigeria",
    "Ghana",
    "Kenya",
    "Ethiopia",
    "Senegal",
    "Morocco",
    "Egypt",
    "Lebanon",
    "Oman",
    "Iran",
    "Türkiye",
    "Armenia",
    "Pakistan",
    "India",
    "Bangladesh",
    "Sri Lanka",
    "Nepal",
    "Vietnam",
    "Thailand",
    "Indonesia",
    "the Philippines",
    "Mongolia",
    "Kazakhstan",
    "Poland",
    "Czechia",
    "Hungary",
    "Romania",
    "Bulgaria",
    "Serbia",
    "Ukraine",
    "Greece",
    "Albania",
    "Lithuania",
    "Finland",
    "Sweden",
    "Norway",
    "Denmark",
    "Iceland",
    "the Netherlands",
    "Germany",
    "France",
    "Italy",
    "Spain",
    "Portugal",
    "Brazil",
    "Mexico",
    "Argentina",
    "Colombia",
    "Peru",
    "Chile",
    "Jamaica",
    "Haiti",
    "Canada",
    "Australia",
    "New Zealand",
    "Fiji",
    "Samoa",
    "Tonga",
    "Ireland",
    "Scotland",
    "Wales",
)
ADDRESSES = (
    "14 Quayside Terrace, Stromness KW16 3AF",
    "Flat 2, 61 Ropewalk Lane, Whitby YO21 3PT",
    "Hafenstraße 27, 20459 Hamburg",
    "Am Sägewerk 4, 79837 St. Blasien",
    "12 rue des Tonneliers, 33000 Bordeaux",
    "Via dei Liutai 8, 26100 Cremona",
    "Calle de la Lonja 19, 3º B, 15001 A Coruña",
    "Rua dos Pescadores 45, 4490-410 Póvoa de Varzim",
    "Keizersgracht 318-II, 1016 EZ Amsterdam",
    "ul. Rybacka 7/3, 80-748 Gdańsk",
    "Strandvägen 9, 114 56 Stockholm",
    "Bryggen 17, 5003 Bergen",
    "Nyhavn 31, 1051 København K",
    "Laugavegur 52, 101 Reykjavík",
    "Mannerheimintie 40 B 12, 00100 Helsinki",
    "Váci utca 22, 1052 Budapest",
    "Karlova 14, 110 00 Praha 1",
    "Strada Fabricii 3, 400632 Cluj-Napoca",
    "İstiklal Caddesi No: 88, 34433 Beyoğlu, İstanbul",
    "Plot 17 Wharf Road, Apapa, Lagos",
    "House 42, Road 11, Banani, Dhaka 1213",
    "27 Marine Drive, Fort Kochi, Kerala 682001",
    "3-14-2 Tsukiji, Chuo-ku, Tokyo 104-0045",
    "88 Haeundae-ro, Haeundae-gu, Busan 48094",
    "215 Bạch Đằng, Hải Châu, Đà Nẵng",
    "Jl. Malioboro No. 56, Yogyakarta 55271",
    "1402 Harbor View Drive, Anchorage, AK 99501",
    "77 Cannery Row, Monterey, CA 93940",
    "5120 Rue Saint-Denis, Montréal, QC H2J 2L8",
    "Av. Paulista 1578, ap. 91, São Paulo - SP, 01310-200",
    "Calle 10 Sur #43-21, Medellín",
    "Av. Costanera 2250, Valparaíso",
    "19 Wharf Street, Fremantle WA 6160",
    "8 Customhouse Quay, Wellington 6011",
    "Lot 4 Queens Road, Lautoka",
    "56 Ballyhack Road, Arthurstown, Co. Wexford Y34 K682",
)
