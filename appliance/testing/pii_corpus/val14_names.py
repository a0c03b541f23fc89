"""People's names for val14, written by hand for this part (no library's list was used).

Each culture has given names, family names and whether its names are usually written
family name first. Names that double as brands, fictional characters, places, grape or
apple varieties or everyday English words were left out on purpose (the clean prompts of
val14 use such words as decoys); the few given names that are everyday words ("Hope",
"Will", "Grace" ...) are kept apart in WORD_NAMES and only planted where the context says
they are people.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    name: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False


_RAW = """
english | Oliver Harriet Alfie Imogen Rupert Felicity Callum Beatrix | Ashworth Pennington Hargreaves Blackwood Thornley Fairbairn Oakes
american | Brandon Kayla Tyler Brooke Dustin Brittany Cody Kelsey | Kowalczyk Delaney Hutchins Boyce Whitfield Mercer Yancey
irish | Siobhan Cillian Aoife Oisin Niamh Darragh Sinead Padraig | Ni Bhriain Fitzgerald Ruane Mac Giolla Flanagan Donnelly Keohane
scottish | Eilidh Hamish Morag Fraser Isla Lachlan Catriona Struan | MacLeod Drummond Buchanan Kerr Lamont Gillies Menzies
welsh | Rhiannon Gethin Cerys Dafydd Angharad Iwan Eluned Owain | Llewellyn Pritchard Gwynne Bevan Prosser Vaughan Meredith
german | Jannik Friederike Lukas Annelie Torben Wiebke Malte Henrike | Brandstetter Kühnel Oberhauser Wiesinger Schröder Lindemann Pfeiffer
austrian | Florian Veronika Lorenz Johanna Valentin Theresia | Gruber Pichler Steinbauer Moser Hofstätter Leitner
swiss | Reto Corinne Urs Seraina Fabian Nadja | Zürcher Keller Bühlmann Ammann Rüegg Tschopp
dutch | Daan Femke Joris Marloes Sander Ilse Wouter Anouk | de Vries van der Meulen Bakker Hoekstra Veenstra Jansen Mulder
flemish | Wout Lotte Pieter-Jan Ellen Bram Griet | Vermeulen Claes Peeters De Smedt Goossens Wuyts
french | Théo Manon Aurélien Clémence Baptiste Solène Gaëtan Océane | Lefèvre Lemaire Rousseau Chevalier Marchand Fontaine Perrin
spanish | Álvaro Lucía Iñigo Nerea Rodrigo Carmen Sergio Ainhoa | García Lorente Sánchez Beltrán Iglesias Romero Fuentes Navarro
catalan | Jordi Montserrat Pau Núria Oriol Mireia | Puigdemunt Vilaró Casals Ferrer Soler Prat
basque | Iker Maite Unai Leire Gorka Itziar | Etxeberria Goikoetxea Aranburu Zubizarreta Larrañaga
portuguese | João Inês Tiago Beatriz Rui Mafalda Duarte Leonor | Carvalho Sousa Mendes Pereira Azevedo Figueiredo
brazilian | Thiago Larissa Gustavo Fernanda Rafael Juliana Caio Bruna | Oliveira Nascimento Cavalcanti Araújo Ribeiro Barbosa Moura
mexican | Alejandro Guadalupe Emiliano Ximena Joaquín Itzel Rogelio | Hernández Villaseñor Cervantes Ochoa Zavala Treviño
argentine | Facundo Agustina Matías Micaela Tomás Camila | Bianchi Pereyra Gutiérrez Acosta Benítez Ledesma
colombian | Andrés Valentina Camilo Daniela Sebastián Manuela | Restrepo Ospina Cárdenas Jaramillo Quintero Londoño
chilean | Benjamín Josefa Ignacio Antonia Vicente Catalina | Bustos Muñoz Contreras Sepúlveda Araya Fuenzalida
italian | Giulia Lorenzo Chiara Matteo Federica Alessandro Ilaria Davide | Esposito Galli Ricci Marchetti Fabbri De Luca Santoro
greek | Dimitris Eleni Giorgos Katerina Nikos Eirini Vasilis Despina | Papadopoulos Konstantinidis Georgiou Alexiou Karagiannis Nikolaidou
polish | Katarzyna Tomasz Agnieszka Piotr Małgorzata Krzysztof Zofia Bartosz | Wiśniewska Zieliński Kamińska Lewandowski Wójcik Dąbrowski
czech | Jiří Tereza Ondřej Kateřina Vojtěch Markéta | Dvořák Procházková Novotný Černá Svoboda Kučera
slovak | Matej Zuzana Marek Lucia Juraj Dominika | Horváthová Kováč Baláž Tóthová Varga Šimko
hungarian | Bence Zsófia Levente Réka Ádám Eszter Gergely Dóra | Nagy Kovács Szabó Tóth Farkas Balogh Molnár | family_first
romanian | Andrei Ioana Mihai Alexandra Bogdan Raluca Cătălin | Popescu Ionescu Dumitrescu Stoica Constantin Munteanu
bulgarian | Georgi Desislava Kaloyan Radostina Stoyan Velina | Petrov Dimitrova Ivanov Todorova Hristov Angelova
serbian | Nemanja Jelena Dušan Dragana Stefan Milica | Jovanović Petrović Nikolić Stojanović Marković
croatian | Luka Ivana Ivan Marija Domagoj Ana | Horvat Babić Kovačević Perić Knežević
slovenian | Žiga Nina Rok Maja Jure Tjaša | Novak Krajnc Zupančič Potočnik Mlakar
ukrainian | Oleksandr Oksana Bohdan Iryna Taras Yulia Mykola | Shevchenko Bondarenko Kovalenko Tkachenko Kravchuk Melnyk
russian | Dmitry Anastasia Sergei Ekaterina Alexei Yelena Vladislav | Sokolov Kuznetsova Volkov Morozova Lebedev Orlova
lithuanian | Mantas Rūta Tomas Gintarė Darius Eglė | Kazlauskas Jankauskienė Petrauskas Stankevičius Vasiliauskas
latvian | Kristaps Ilze Jānis Līga Edgars Zane | Bērziņš Ozola Kalniņš Liepiņa Krūmiņš
estonian | Rasmus Kadri Tanel Liis Siim Kärt | Tamm Saar Sepp Mägi Kask Rebane
finnish | Juho Aino Eero Veera Ville Sanni Tuomas | Virtanen Mäkinen Korhonen Nieminen Heikkinen Laaksonen
swedish | Linnea Gustav Elsa-Maj Hampus Ebba Viktor Tova Oskar | Lindqvist Bergström Sjöberg Åkesson Holmgren Nyström
norwegian | Sindre Ingrid Eirik Solveig Håkon Marit | Haugen Solberg Bakken Lunde Løvås Moe
danish | Mikkel Signe Rasmus Freja Anders Mette | Jørgensen Kjær Thomsen Mikkelsen Østergaard Berge
icelandic | Gunnar Sigríður Einar Guðrún Ragnar Hildur | Sigurðsson Jónsdóttir Magnússon Einarsdóttir Ólafsson
turkish | Emre Zeynep Burak Elif Mert Ayşe Kerem Defne | Yılmaz Demir Şahin Çelik Aydın Öztürk Kaya
levantine | Karim Rania Ziad Lina Tarek Nour Fadi | Haddad Khoury Nassar Saliba Mansour Aoun
egyptian | Mostafa Yasmin Amr Heba Sherif Mariam | El-Sayed Abdelrahman Fahmy Shawky Mahmoud Ragab
moroccan | Youssef Salma Hamza Imane Mehdi Khadija | Benali El Amrani Tazi Bennani Alaoui Chraibi
gulf | Faisal Noura Saeed Maha Khalid Hessa | Al Mansoori Al Qasimi Al Shamsi Al Harthy Al Ketbi
persian | Arash Shirin Kaveh Parisa Dariush Nasrin Babak | Tehrani Moradi Rahimi Karimi Jafari Sadeghi
kurdish | Rebin Shilan Karwan Avin Dilshad Rojin | Barzani Talabani Rashid Hawrami Zebari
israeli | Noam Tamar Yonatan Shira Eitan Noa Amit | Cohen Levi Mizrahi Peretz Biton Avraham Friedman
armenian | Aram Anahit Tigran Lusine Narek Mariam | Hakobyan Grigoryan Sargsyan Petrosyan Avetisyan
georgian | Giorgi Nino Levan Tamari Davit Ketevan | Beridze Kapanadze Gelashvili Lomidze Tsiklauri
north_indian | Aarav Priyanka Rohan Neha Vikram Ananya Kabir Shreya | Sharma Agarwal Srivastava Malhotra Bhatnagar Tripathi Saxena
tamil | Karthik Lakshmi Senthil Divya Arjun Meenakshi Prakash | Subramanian Ramasamy Venkatesan Krishnan Natarajan Murugan
bengali | Arnab Sreeja Sourav Moumita Debashish Tanushree | Chatterjee Banerjee Mukherjee Bhattacharya Ghosh Sengupta
punjabi | Harpreet Gurleen Jaskaran Simran Manjit Navjot | Sandhu Dhillon Gill Grewal Brar Sidhu
marathi | Omkar Sayali Aniket Pooja Swapnil Madhura | Kulkarni Deshpande Joshi Patwardhan Gokhale
gujarati | Hetal Nirav Krupa Jignesh Bhavika Parth | Patel Shah Mehta Desai Trivedi
pakistani | Usman Ayesha Bilal Hira Fahad Mahnoor Zain | Qureshi Chaudhry Siddiqui Malik Awan Abbasi
sinhalese | Chaminda Dilani Nuwan Ishara Kasun Tharushi | Perera Jayasuriya Wickramasinghe Bandara Rathnayake
nepali | Bikash Sabina Roshan Anjali Suman Pratiksha | Shrestha Gurung Thapa Adhikari Tamang Rai
mandarin | Wei Xiaoling Jianguo Yuxin Haoran Mingyue Zhiqiang | Wang Zhang Chen Zhao Huang Zhou Xu | family_first
cantonese | Ka Wai Siu Ming Wing Yan Chi Keung Mei Ling | Chan Wong Leung Cheung Lau Tsang | family_first
taiwanese | Yu-Ting Chia-Hao Pei-Shan Cheng-Han Hsin-Yi | Lin Tsai Hsu Cheng Lai | family_first
japanese | Haruto Yui Sota Aoi Ren Hina Takumi Mio | Tanaka Watanabe Kobayashi Yamamoto Nakamura Inoue Kimura | family_first
korean | Minjun Seoyeon Jihoon Jiwoo Hyunwoo Soyeon Dohyun | Kim Lim Choi Jung Kang Yoon Han | family_first
vietnamese | Minh Anh Quang Huy Thu Trang Duc Thanh Ngoc Lan | Nguyen Tran Pham Hoang Vo Dang Bui | family_first
thai | Somchai Siriporn Anan Kanokwan Prasert Nattaya | Srisuk Chaiyaporn Wongsakul Rattanakorn Boonmee
filipino | Jerome Maricel Rodel Kristine Jayson Rowena | Dela Cruz Bautista Villanueva Macaraeg Santos Reyes
indonesian | Budi Siti Agus Dewi Rizky Putri Eko | Santoso Wibowo Hidayat Kusuma Saputra Nugroho
malay | Hafiz Nurul Azlan Farah Syafiq Aisyah | bin Ismail binti Ahmad bin Rahman Othman Yusof
yoruba | Adebayo Folake Oluwaseun Bukola Tunde Yetunde | Adeyemi Ogunleye Balogun Okonkwo-Adebisi Oyelaran Afolabi
igbo | Chinedu Ngozi Emeka Chiamaka Obinna Adaeze | Okafor Eze Nwosu Obi Okeke Nnamdi
hausa | Abdullahi Hauwa Musa Zainab Sani Fatima | Bello Abubakar Danjuma Garba Lawal
akan | Kwame Ama Kofi Akosua Yaw Efua | Mensah Owusu Asante Boateng Appiah Ofori
kenyan | Wanjiru Otieno Njeri Kipchoge Achieng Mwangi | Kamau Odhiambo Wambui Kiprotich Njoroge Omondi
ethiopian | Abebe Tigist Dawit Meron Yonas Selam | Tesfaye Bekele Haile Girma Alemu Gebremedhin
somali | Abdirahman Hodan Mohamed Ifrah Liban Sahra | Warsame Farah Abdi Hirsi Jama
zulu | Sipho Nomvula Thabo Zanele Mandla Lindiwe | Dlamini Ndlovu Khumalo Mthembu Nkosi
maori | Tama Aroha Wiremu Hine Rawiri Kiri | Ngata Parata Tipene Walker-Ngata Horomona
samoan | Sione Malia Tavita Losa Iosefa Mele | Tuilagi Faleolo Leota Aumua Sapolu
albanian | Arben Elira Dritan Blerta Gentian Mirela | Hoxha Krasniqi Berisha Gashi Shehu
maltese | Ġorġ Marija Kurt Rebekka Jean Paul Roberta | Borg Camilleri Vella Farrugia Zammit
kazakh | Nursultan Aigerim Yerlan Dana Askar Madina | Nurlanov Abenova Seitkali Zhakupov Omarova
uzbek | Jasur Dilnoza Sherzod Malika Rustam Nilufar | Karimov Yusupova Rakhimov Tursunova Ergashev
mongolian | Bat-Erdene Oyuntsetseg Ganbold Sarangerel Temuulen | Dorj Batbayar Sukhbaatar Ganzorig
jamaican | Delroy Shanique Andre Kimone Dwayne Tamika | Campbell McKenzie Thompson-Reid Grant-Bailey Samuels
peruvian | Renzo Milagros Piero Maribel Jhon Yesenia | Quispe Mamani Huamán Condori Flores
"""


def _parse() -> dict[str, Culture]:
    cultures: dict[str, Culture] = {}
    for line in _RAW.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        name, given_raw, family_raw = parts[0], parts[1], parts[2]
        family_first = len(parts) > 3 and parts[3] == "family_first"
        cultures[name] = Culture(
            name, _split(given_raw, name), _split(family_raw, name), family_first
        )
    return cultures


# Multi-word names in the raw lines: joined so that splitting on spaces keeps them whole.
_MULTI = (
    "Ni Bhriain",
    "Mac Giolla",
    "de Vries",
    "van der Meulen",
    "De Smedt",
    "De Luca",
    "El Amrani",
    "Al Mansoori",
    "Al Qasimi",
    "Al Shamsi",
    "Al Harthy",
    "Al Ketbi",
    "Ka Wai",
    "Siu Ming",
    "Wing Yan",
    "Chi Keung",
    "Mei Ling",
    "Minh Anh",
    "Quang Huy",
    "Thu Trang",
    "Duc Thanh",
    "Ngoc Lan",
    "Dela Cruz",
    "bin Ismail",
    "binti Ahmad",
    "bin Rahman",
    "Jean Paul",
)


def _split(raw: str, culture: str) -> tuple[str, ...]:
    for multi in _MULTI:
        raw = raw.replace(multi, multi.replace(" ", "_"))
    return tuple(word.replace("_", " ") for word in raw.split())


CULTURES: dict[str, Culture] = _parse()

# Given names that are everyday English words: only planted where the context makes them a
# person. Family names from the English-speaking cultures above complete them.
WORD_NAMES: tuple[str, ...] = (
    "Hope",
    "Will",
    "Grace",
    "Summer",
    "Bill",
    "Rose",
    "Faith",
    "Dawn",
    "Joy",
    "Sunny",
    "Destiny",
    "Autumn",
    "Pat",
    "Honor",
    "Patience",
    "Merry",
)
WORD_NAME_FAMILIES: tuple[str, ...] = (
    "Ashworth",
    "Hargreaves",
    "Thornley",
    "Delaney",
    "Whitfield",
    "Pritchard",
    "Drummond",
    "Flanagan",
    "Campbell",
)
