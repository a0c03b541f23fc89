"""People's names for val39, part one: Europe and the Americas (Indigenous names included).

Each culture: (phone region, order, male given names, female given names, family names).
Order "gf" writes the given name first, "fg" the family name first. An underscore joins the
words of one name; "m|f" gives a family name's male and female forms. Written by the part's
author from memory: no name list or library was used."""

from __future__ import annotations

CULTURES_A: dict[str, tuple[str, str, str, str, str]] = {
    "english": (
        "GB", "gf",
        "Barnaby Edmund Giles Jasper Rupert Crispin Nigel Ambrose Quentin Tristram Lionel",
        "Harriet Imogen Philippa Beatrice Clementine Felicity Penelope Araminta Verity Henrietta",
        "Ashworth Pemberton Thistlewood Catterall Fairbrother Hollingsworth Threlfall Wetherby "
        "Ainsworth Bradshaw Entwistle Sowerby",
    ),
    "scottish": (
        "GB", "gf",
        "Hamish Callum Fraser Angus Ruaridh Euan Lachlan Murdo Alasdair Iain",
        "Morag Eilidh Catriona Kirsty Fiona Ailsa Mhairi Shona Isla",
        "MacLeod Buchanan Drummond McIntyre Ferguson Sinclair Urquhart MacKinnon Menzies Gilchrist",
    ),
    "irish": (
        "IE", "gf",
        "Cillian Oisín Tadhg Diarmuid Cathal Donal Ruairí Fionn Eoin Colm",
        "Siobhán Aoife Niamh Saoirse Gráinne Orla Clodagh Róisín Ciara Sinéad",
        "O'Sullivan Fitzgerald Brennan Ó_Súilleabháin Kavanagh Doherty Moloney Callaghan "
        "Breathnach McGrath Ní_Bhriain",
    ),
    "welsh": (
        "GB", "gf",
        "Dafydd Rhys Gethin Iwan Emyr Huw Gruffydd Aled Llŷr Tomos",
        "Angharad Eluned Ffion Carys Nia Bethan Mererid Gwenllian Seren Heledd",
        "Pritchard Llewellyn Prosser Vaughan Bowen Parry Pugh Gwilym Rees Howells",
    ),
    "american": (
        "US", "gf",
        "Tucker Garrett Brandon Dustin Cody Travis Kyle Bryce Wyatt Colton",
        "Brittany Kaylee Ashlyn Brooke Shelby Kelsey Courtney Lindsey Whitney Tiffany",
        "Whitaker Dunbar Pruitt Sheffield Caldwell McAllister Hendricks Garrison Prescott "
        "Tillman Beaumont Kowalczyk",
    ),
    "african_american": (
        "US", "gf",
        "DeShawn Jamal Darnell Tyrone Marquise Terrell Andre Malik Rashad Demetrius",
        "LaToya Shanice Imani Keisha Aaliyah Tanisha Monique Jasmine Dominique Ebony",
        "Dorsey Coleman Robinson Freeman Mayfield Gaines Hairston Pettaway Whitfield Boykin",
    ),
    "french": (
        "FR", "gf",
        "Théo Baptiste Grégoire Jérémie Loïc Mathis Yannick Benoît Arnaud Thibault Jean-Marc",
        "Élodie Maëlle Solène Capucine Anaïs Océane Ségolène Margaux Bérénice Manon Marie-Claire",
        "Lefebvre Moreau Girard Fontaine Chevalier Marchand Dubois Lemaire Barbier Garnier Faure "
        "Perrin",
    ),
    "german": (
        "DE", "gf",
        "Jürgen Matthias Florian Lukas Henrik Maximilian Dieter Wolfgang Jannik Konstantin",
        "Annegret Sabine Friederike Katharina Ulrike Henrike Lieselotte Johanna Mareike Wiebke",
        "Schäfer Hoffmann Köhler Brandt Zimmermann Baumgartner Weißmann Krüger Lindemann Scholz "
        "Fuchs Hartmann",
    ),
    "swiss": (
        "CH", "gf",
        "Urs Beat Reto Ueli Andri Gian Flurin Lorenz",
        "Regula Vreni Seraina Corina Ladina Bettina Nadja",
        "Brunner Gerber Hürlimann Zwahlen Bösch Fässler Ammann Wüthrich Imhof Schnyder",
    ),
    "dutch": (
        "NL", "gf",
        "Joost Sander Maarten Thijs Wouter Bram Jeroen Pieter Daan Sjoerd",
        "Femke Anouk Marieke Lieke Sanne Noor Eline Lotte Ilse Floor",
        "van_der_Berg de_Vries Jansen Bakker Visser Smit Meijer de_Groot Mulder Hendriks "
        "Vermeulen van_Dijk",
    ),
    "flemish": (
        "BE", "gf",
        "Wout Jens Pieter-Jan Stijn Bert Kobe Arne Lander Ruben",
        "Elke Griet Lien Fien Hanne Nele Annelies Katrien Ine",
        "Peeters Janssens Maes Claes Goossens Wouters De_Smet Vermeersch Van_Damme Desmet",
    ),
    "spanish": (
        "ES", "gf",
        "Álvaro Íñigo Javier Rodrigo Sergio Gonzalo Alejandro Borja Ignacio Pablo",
        "María_José Lucía Inmaculada Rocío Paloma Almudena Macarena Pilar Consuelo Remedios",
        "García-Ruiz Fernández Navarro Romero Serrano Molina Delgado Castillo Ortega "
        "Morales_Vidal Prieto Sáez",
    ),
    "catalan": (
        "ES", "gf",
        "Jordi Oriol Arnau Xavier Quim Pol Biel Martí",
        "Montserrat Núria Mireia Laia Meritxell Roser Aina Berta Queralt",
        "Puig Vilanova Ferrer Soler Casals Pujol Riera Casanovas Vidal Roig",
    ),
    "basque": (
        "ES", "gf",
        "Iker Aitor Unai Gorka Eneko Xabier Asier Mikel Joseba Ander",
        "Ainhoa Nerea Itziar Amaia Maite Edurne Garazi Leire Irati Miren",
        "Etxeberria Goikoetxea Agirre Urrutia Zubizarreta Arrieta Iturbe Larrañaga Elizondo "
        "Olabarrieta",
    ),
    "portuguese": (
        "PT", "gf",
        "João Tiago Rui Nuno Duarte Gonçalo Afonso Vasco Henrique Bernardo",
        "Inês Leonor Beatriz Mafalda Matilde Joana Filipa Margarida Teresa",
        "Carvalho Ferreira Pereira Rodrigues Gomes Martins Sousa Tavares Lopes Nogueira "
        "Figueiredo Magalhães",
    ),
    "brazilian": (
        "BR", "gf",
        "Thiago Rafael Gustavo Leandro Caio Vinícius Matheus Felipe Cauã Anderson",
        "Juliana Fernanda Larissa Letícia Camila Thaís Bianca Gabriela Aline Raíssa",
        "da_Silva dos_Santos Oliveira Souza Barbosa Nascimento Cavalcanti Moraes Teixeira Araújo",
    ),
    "mexican": (
        "MX", "gf",
        "Juan_Pablo José_Luis Ulises Emiliano Jesús Arturo Rogelio Efraín Cuauhtémoc Joaquín",
        "Guadalupe Ximena Itzel Yesenia Citlali Araceli Mariana Dulce Berenice",
        "Hernández Ramírez Reyes Villarreal Guzmán Sandoval Zúñiga Olvera Treviño Ochoa",
    ),
    "argentine": (
        "AR", "gf",
        "Facundo Agustín Lautaro Gastón Matías Ezequiel Julián Leandro",
        "Florencia Agustina Milagros Micaela Luciana Belén Celeste Antonella",
        "González Giménez Sosa Acosta Benítez Aguirre Medina Herrera Quiroga Ferreyra",
    ),
    "colombian": (
        "CO", "gf",
        "Andrés_Felipe Juan_Camilo Sebastián Esteban Yeison Brayan Julián",
        "Valentina Natalia Paola Yuliana Catalina Daniela Manuela Luisa Marcela Viviana",
        "Restrepo Arango Cárdenas Zapata Ospina Giraldo Quintero Londoño Betancur Salazar",
    ),
    "quechua": (
        "PE", "gf",
        "Inti Amaru Kusi Wayra Wilber Edwin Eusebio Hilario",
        "Killa Nayra Sumaq Yessenia Rosmery Marleni Hortensia",
        "Quispe Mamani Huamán Condori Ccori Yupanqui Choque Huaranga Cusihuallpa Ticona",
    ),
    "mapuche": (
        "CL", "gf",
        "Lautaro Nahuel Pichun Llancao Ñancupil Huilén",
        "Ayelén Millaray Rayén Ailín Amankay Nayeli Relmu",
        "Huenchumilla Painemal Ancalao Llancaqueo Catrileo Huenchullán Millapán Curihuinca "
        "Nahuelpán Quilaqueo",
    ),
    "maya": (
        "MX", "gf",
        "Wilbert Marcelino Gaspar Eleuterio Anastasio Nicanor Balam",
        "Yazmín Marisol Sacnité Ixchel Nicté Yolanda",
        "Canul Pech Tun Poot Dzul Cocom Couoh Chablé Uc Ek",
    ),
    "dine": (
        "US", "gf",
        "Darrell Delbert Leroy Lionel Ahiga Hastiin Raymond",
        "Darlene Loretta Verna Nizhoni Shandiin Doreen Bernadette",
        "Begay Yazzie Tsosie Benally Nez Etsitty Tsinajinnie Bitsui Manygoats Yellowhair",
    ),
    "lakota": (
        "US", "gf",
        "Chayton Takoda Wanbli Ohanzee Mato Hoka",
        "Winona Wichapi Tasina Macawi Kimimela Chumani",
        "Two_Bulls Iron_Cloud Yellow_Hawk Brave_Heart Lone_Hill Cuny Janis Mesteth Ecoffey "
        "Poor_Bear",
    ),
    "inuit": (
        "CA", "gf",
        "Pauloosie Jaypeetee Simeonie Joanasie Qajaaq Akulak",
        "Elisapee Ooleepeeka Malaya Siila Leetia Ningiuq",
        "Kilabuk Ipeelee Qaunaq Akavak Anoee Arnatsiaq Tapardjuk Kunuk Nuyaviak Etitiq",
    ),
    "anishinaabe": (
        "CA", "gf",
        "Nodin Migizi Makwa Clifford Darcy Wayne Calvin",
        "Ziigwan Waaseyaa Niimi Memengwaa Roberta Melvina",
        "Meekis Kakegamic Bebamash Kejick Bressette Ashkewe Keesickquayash Assinewe Kakepetum",
    ),
    "italian": (
        "IT", "gf",
        "Giacomo Lorenzo Tommaso Matteo Riccardo Edoardo Niccolò Gianluca Pierpaolo Salvatore",
        "Chiara Giulia Francesca Ilaria Federica Benedetta Ludovica Serena Gaia Elisabetta",
        "Esposito Colombo Ricci Marino Greco Gallo Conti De_Luca Mancini Lombardi Barbieri "
        "Fontana",
    ),
    "greek": (
        "GR", "gf",
        "Giorgos Dimitris Nikos Kostas Yannis Stavros Panagiotis Thanasis Vangelis Lefteris",
        "Eleni Katerina Dimitra Vasiliki Despina Ioanna Chrysa Fotini Styliani",
        "Papadopoulos|Papadopoulou Georgiou Nikolaidis|Nikolaidou Konstantinou Pappas "
        "Christodoulou Karagiannis|Karagianni Antoniou Vlachos|Vlachou Dimitriou",
    ),
    "polish": (
        "PL", "gf",
        "Krzysztof Grzegorz Łukasz Wojciech Przemysław Bartłomiej Tomasz Paweł Marcin Jakub",
        "Małgorzata Katarzyna Agnieszka Dorota Magdalena Aleksandra Zofia Weronika Ewelina Bożena",
        "Kowalski|Kowalska Wiśniewski|Wiśniewska Wójcik Kamiński|Kamińska "
        "Lewandowski|Lewandowska Zieliński|Zielińska Szymański|Szymańska Woźniak "
        "Dąbrowski|Dąbrowska Kaczmarek Grabowski|Grabowska",
    ),
    "czech": (
        "CZ", "gf",
        "Jiří Tomáš Ondřej Vojtěch Lukáš Radek Zdeněk Petr Miroslav Jaroslav",
        "Lenka Tereza Veronika Kateřina Markéta Zuzana Eliška Hana Barbora",
        "Novák|Nováková Svoboda|Svobodová Černý|Černá Procházka|Procházková Kučera|Kučerová "
        "Veselý|Veselá Horák|Horáková Němec|Němcová Pokorný|Pokorná",
    ),
    "hungarian": (
        "HU", "fg",
        "Bence Zoltán Levente Gergely Balázs Ákos Csaba Tamás Zsolt",
        "Zsófia Réka Eszter Boglárka Katalin Ildikó Orsolya Noémi Dóra Krisztina",
        "Nagy Kovács Tóth Szabó Horváth Varga Molnár Németh Farkas Balogh",
    ),
    "romanian": (
        "RO", "gf",
        "Andrei Mihai Bogdan Cosmin Radu Sorin Vlad Ionuț Cătălin Dragoș",
        "Ioana Andreea Mihaela Roxana Simona Oana Corina Raluca Denisa",
        "Popescu Ionescu Dumitrescu Stoica Munteanu Constantinescu Gheorghiu Moldovan Lazăr "
        "Marinescu",
    ),
    "ukrainian": (
        "UA", "gf",
        "Oleksandr Taras Bohdan Yaroslav Mykola Ostap Dmytro Andriy Vasyl Serhiy",
        "Oksana Olena Iryna Solomiya Halyna Nataliya Khrystyna Liliya Oleksandra",
        "Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Boyko Savchuk Hrytsenko Lysenko "
        "Marchenko",
    ),
    "russian": (
        "RU", "gf",
        "Dmitri Alexei Sergei Nikolai Pavel Vladislav Artyom Mikhail Yevgeny",
        "Yekaterina Anastasia Tatiana Svetlana Ksenia Darya Polina Lyudmila Galina",
        "Ivanov|Ivanova Smirnov|Smirnova Kuznetsov|Kuznetsova Sokolov|Sokolova Morozov|Morozova "
        "Volkov|Volkova Lebedev|Lebedeva Orlov|Orlova Belov|Belova Zaitsev|Zaitseva",
    ),
    "serbian": (
        "RS", "gf",
        "Nemanja Miloš Dušan Stefan Vuk Aleksandar Đorđe Bojan",
        "Jelena Milica Dragana Snežana Tijana Jovana Vesna Biljana",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović Stanković "
        "Todorović",
    ),
    "croatian": (
        "HR", "gf",
        "Luka Domagoj Hrvoje Krešimir Tomislav Zvonimir Josip Ante",
        "Petra Lucija Mateja Katarina Ines Dubravka Nives Vedrana",
        "Horvat Kovačević Babić Marić Jurić Knežević Vuković Perić Matić Šarić",
    ),
    "bulgarian": (
        "BG", "gf",
        "Georgi Hristo Dimitar Kaloyan Stoyan Ivaylo Todor Boyan Plamen Lyubomir",
        "Desislava Gergana Radostina Tsvetelina Yordanka Mariela Borislava Kalina Teodora",
        "Petrov|Petrova Georgiev|Georgieva Dimitrov|Dimitrova Todorov|Todorova "
        "Stoyanov|Stoyanova Hristov|Hristova Kolev|Koleva Angelov|Angelova Iliev|Ilieva",
    ),
    "albanian": (
        "AL", "gf",
        "Arben Besnik Dritan Ermal Gentian Ilir Kujtim Luan Shpëtim Valon",
        "Arta Blerta Drita Elira Fatjona Mimoza Vjosa Teuta Liridona Albana",
        "Hoxha Krasniqi Berisha Gashi Shehu Kelmendi Morina Dervishi Leka Bajrami",
    ),
    "lithuanian": (
        "LT", "gf",
        "Mindaugas Darius Vytautas Žygimantas Gintaras Saulius Rokas Arūnas Giedrius",
        "Rūta Eglė Giedrė Aušra Ieva Jurgita Gintarė Vaida Austėja",
        "Kazlauskas|Kazlauskienė Petrauskas|Petrauskienė Jankauskas|Jankauskienė "
        "Stankevičius|Stankevičienė Žukauskas|Žukauskienė Butkus|Butkienė "
        "Paulauskas|Paulauskienė Urbonas|Urbonienė Navickas|Navickienė",
    ),
    "latvian": (
        "LV", "gf",
        "Jānis Andris Kārlis Mārtiņš Raivis Edgars Artūrs Uldis Gatis Ojārs",
        "Ilze Inese Līga Zane Dace Baiba Laila Kristīne Sanita Agnese",
        "Bērziņš|Bērziņa Kalniņš|Kalniņa Ozoliņš|Ozoliņa Jansons|Jansone Liepiņš|Liepiņa "
        "Krūmiņš|Krūmiņa Balodis|Balode Zariņš|Zariņa Pētersons|Pētersone Vītols|Vītola",
    ),
    "estonian": (
        "EE", "gf",
        "Tõnu Margus Rasmus Priit Indrek Siim Kaarel Jaanus Mihkel Ahto",
        "Kadri Triin Liis Kertu Maarja Piret Kristiina Mari-Liis Eeva",
        "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik",
    ),
    "swedish": (
        "SE", "gf",
        "Björn Anders Gustav Olof Linus Pontus Sixten Ebbe Hampus Viggo",
        "Ingrid Sigrid Linnea Ebba Agnes Tove Frida Signe Majken",
        "Lindqvist Bergström Sjöberg Holmgren Nyström Åkesson Lundgren Wallin Forsberg "
        "Engström Hedlund",
    ),
    "norwegian": (
        "NO", "gf",
        "Håkon Eirik Sindre Torbjørn Øyvind Vegard Kjetil Sverre Geir",
        "Ingvild Solveig Ragnhild Marit Tuva Synnøve Hege Kari Silje Astrid",
        "Haugen Bakken Solberg Nygaard Dahl Berge Fjeld Lunde Aas Kvamme",
    ),
    "danish": (
        "DK", "gf",
        "Mads Søren Jesper Kasper Frederik Niels Bjarke Troels",
        "Mette Trine Sidsel Ditte Pernille Rikke Louise Birgitte",
        "Jørgensen Sørensen Rasmussen Madsen Kristensen Mikkelsen Poulsen Thomsen Frandsen Bech",
    ),
    "finnish": (
        "FI", "gf",
        "Juha Mikko Antti Jussi Tuomas Ville Janne Lauri Eero Aleksi",
        "Aino Tuuli Kaisa Riikka Satu Veera Elina Minna Pihla",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
        "Lehtonen",
    ),
    "icelandic": (
        "IS", "gf",
        "Gunnar Sigurður Þórður Ragnar Einar Halldór Kristján Ólafur Snorri Birkir",
        "Guðrún Sigríður Hildur Ásdís Katrín Þóra Ragnheiður Eyrún Bryndís Sólveig",
        "Jónsson|Jónsdóttir Sigurðsson|Sigurðardóttir Guðmundsson|Guðmundsdóttir "
        "Einarsson|Einarsdóttir Magnússon|Magnúsdóttir Stefánsson|Stefánsdóttir "
        "Ólafsson|Ólafsdóttir Björnsson|Björnsdóttir Þorsteinsson|Þorsteinsdóttir",
    ),
    "sami": (
        "NO", "gf",
        "Ánde Niillas Máhtte Jovnna Issát Ovllá",
        "Biret Ánne Elle Sárá Risten Máret",
        "Utsi Eira Gaup Somby Buljo Hætta Balto Valkeapää Sara",
    ),
    "hawaiian": (
        "US", "gf",
        "Keoni Kalani Makana Kainoa Nohea Ikaika Keawe Kekoa",
        "Leilani Noelani Kalena Maile Pualani Nalani Healani",
        "Kahananui Kealoha Kamakau Akana Kaleikini Kahale Keakealani Kapaona Makaiwi",
    ),
}  # fmt: skip

NICKS_A = {
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Bartłomiej": "Bartek",
    "Wojciech": "Wojtek",
    "Krzysztof": "Krzysiek",
    "Dmitri": "Dima",
    "Alexei": "Lyosha",
    "Yekaterina": "Katya",
    "Anastasia": "Nastya",
    "Mikhail": "Misha",
    "Oleksandr": "Sashko",
    "Alejandro": "Álex",
    "Ignacio": "Nacho",
    "Guadalupe": "Lupita",
    "José_Luis": "Pepe",
    "Giacomo": "Giac",
    "Giorgos": "Giorgakis",
    "Jiří": "Jirka",
    "Gonçalo": "Gonça",
    "Bernardo": "Berni",
    "Tristram": "Tris",
    "Araminta": "Minty",
    "Penelope": "Pen",
    "Gwenllian": "Gwen",
    "Maximilian": "Maxi",
    "Friederike": "Rike",
    "Joaquín": "Quino",
}
