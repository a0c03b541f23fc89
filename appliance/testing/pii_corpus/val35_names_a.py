"""People's names of the val35 part, first half: Europe, the Americas and the Caribbean.

Each culture: r, its phone region; o, the order a full name is written in (w: given then
family, x: either, e: family first); f and m, given names; fam, family names (ff and fm:
the female and male forms where they differ). "_" joins the words of one name."""

from __future__ import annotations

CULTURES_A: dict[str, dict[str, str]] = {
    "english": dict(
        r="GB",
        f="Eleanor Harriet Imogen Philippa Beatrice Rosalind Henrietta Felicity Georgina Tabitha",
        m="Rupert Alistair Hugo Crispin Barnaby Tobias Piers Jolyon Giles Ptolemy Hector",
        fam="Ashworth Pembridge Fairclough Hartley Whitcombe Braithwaite Cartwright Pennington "
        "Holloway Thornbury Ellingham Marsden Kettleborough Sutcliffe Gatenby Ormerod",
    ),
    "american": dict(
        r="US",
        f="Madison Brittany Kayla Ashley Tiffany Courtney Kaitlyn Brianna Kelsey Shelby",
        m="Tyler Brandon Cody Dustin Travis Garrett Jaxon Colton Bryce Hayden",
        fam="Caldwell Whitaker Hendricks McKinney Pruitt Holbrook Fenwick Lockhart Kowalczyk "
        "Stroud Yoder Blevins Tillman Garrity",
    ),
    "african_american": dict(
        r="US",
        f="Latoya Keisha Imani Aaliyah Tamika Ebony Shanice Monique Jazmine",
        m="DeShawn Tyrone Jamal Darnell Marquis Terrell DeAndre Malik Jalen",
        fam="Gaines Mosley Pettway Gadson Tolliver Tubbs Whitfield Ealy Battle Oglesby",
    ),
    "irish": dict(
        r="IE",
        f="Siobhán Aoife Niamh Saoirse Caoimhe Clodagh Gráinne Róisín Orla Sorcha",
        m="Ciarán Cian Oisín Darragh Eoin Pádraig Tadhg Colm Donnacha Fiachra",
        fam="O'Sullivan O'Brien Kavanagh Gallagher Doherty Brennan Quinlan McGrath Moloney "
        "Fitzgerald O'Donoghue Cullinane",
        ff="Ní_Bhriain Nic_Giolla",
        fm="Ó_Súilleabháin Mac_Cárthaigh",
    ),
    "scottish": dict(
        r="GB",
        f="Ishbel Morag Kirsty Mhairi Eilidh Catriona Isla Seonaid",
        m="Hamish Angus Callum Ruaridh Euan Lachlan Torquil Alasdair",
        fam="MacLeod McAllister Buchanan Drummond MacKinnon Urquhart Gillespie Munro Grieve "
        "Sutherland MacAskill Lamont",
    ),
    "welsh": dict(
        r="GB",
        f="Cerys Angharad Eleri Ffion Nia Rhiannon Sioned Gwenllian Lowri",
        m="Rhodri Gethin Dafydd Iwan Owain Emyr Huw Geraint Aled",
        fam="Davies Pritchard Prydderch Llewellyn Vaughan Parry Bowen Griffiths Pugh Powell Rees",
    ),
    "french": dict(
        r="FR",
        f="Amélie Margaux Clémence Solène Élodie Océane Noémie Capucine Anne-Sophie Marie-Claire",
        m="Théo Mathis Baptiste Étienne Grégoire Arnaud Benoît Jérôme Jean-Baptiste Pierre-Louis",
        fam="Lefèvre Moreau Girard Fontaine Rousseau Lemaire Dubois Mercier Faure Bonnet "
        "Garnier Marchand Perrin Delacroix",
    ),
    "quebecois": dict(
        r="CA",
        f="Geneviève Marie-Ève Josée Mélanie Véronique Catherine",
        m="Jean-François Sébastien Marc-André Mathieu Éric Simon",
        fam="Tremblay Gagnon Bouchard Côté Gauthier Ouellet Pelletier Lavoie Bélanger "
        "Desjardins Thibodeau",
    ),
    "german": dict(
        r="DE",
        f="Anneliese Katharina Johanna Friederike Ulrike Leonie Mareike Annika Wiebke",
        m="Matthias Florian Jörg Dieter Wolfgang Lukas Maximilian Konstantin Jannik",
        fam="Schneider Fischer Weber Becker Hoffmann Schäfer Richter Schröder Neumann "
        "Zimmermann Krüger Hartmann Krause Vogel Brandt Kühn",
    ),
    "austrian": dict(
        r="AT",
        f="Theresa Magdalena Valentina Elisabeth Kathrin",
        m="Raphael Sebastian Lorenz Valentin Florian",
        fam="Gruber Huber Pichler Steiner Moser Hofer Leitner Eder Wimmer Holzinger",
    ),
    "swiss": dict(
        r="CH",
        f="Regula Corinne Seraina Ladina Nadja",
        m="Reto Urs Gian Mathias Dario",
        fam="Brunner Baumgartner Zürcher Hürlimann Rüegg Kälin Zbinden Bernasconi Caflisch",
    ),
    "dutch": dict(
        r="NL",
        f="Sanne Fleur Anouk Lieke Marloes Femke Roos Maartje",
        m="Daan Bram Sjoerd Joost Thijs Maarten Ruben Jeroen",
        fam="van_der_Berg de_Vries Bakker Visser Smit Meijer de_Boer Mulder Dekker Bosman "
        "van_Dijk Hoekstra Kuipers Brouwer van_den_Heuvel",
    ),
    "flemish": dict(
        r="BE",
        f="Lotte Ine Sien Marieke Hanne Elke",
        m="Wouter Pieter Jens Stijn Joris Koen",
        fam="Peeters Janssens Maes Willems Claes Goossens Wouters De_Smet Vermeulen "
        "Verstraeten Van_Acker",
    ),
    "spanish": dict(
        r="ES",
        f="María_José Lucía Inmaculada Begoña Montserrat Rocío Almudena Pilar Macarena",
        m="Javier Álvaro Gonzalo Íñigo Borja Sergio Ignacio Rodrigo Fernando",
        fam="García-Ruiz Fernández_Ortega Sánchez Moreno Romero Navarro Serrano Castillo "
        "Iglesias Delgado Ortega Rubio Molina Cabrera Gutiérrez_Prieto",
    ),
    "catalan": dict(
        r="ES",
        f="Núria Meritxell Laia Mireia Queralt Montse",
        m="Jordi Oriol Arnau Xavier Pau Joan",
        fam="Puig Vila Ferrer Soler Casals Pujol Bosch Vidal Riera Colomer Sabaté",
    ),
    "basque": dict(
        r="ES",
        f="Ainhoa Itziar Amaia Irati Maialen Nerea",
        m="Iker Unai Gorka Aitor Ander Xabier",
        fam="Etxeberria Goikoetxea Agirre Urrutia Zubizarreta Arrieta Olaizola Mendizabal",
    ),
    "portuguese": dict(
        r="PT",
        f="Inês Leonor Mafalda Joana Carolina Francisca Beatriz",
        m="João Tiago Duarte Gonçalo Rui Nuno Afonso Vasco",
        fam="Ferreira Pereira Rodrigues Sousa_Carvalho Gonçalves Teixeira Marques Pinto "
        "Magalhães Azevedo",
    ),
    "brazilian": dict(
        r="BR",
        f="Thaís Larissa Juliana Gabriela Letícia Camila Aline Bruna Jéssica",
        m="Thiago Gustavo Leandro Anderson Wellington Diego Caio Vinícius Rafael",
        fam="da_Silva dos_Santos Souza Lima Almeida Nascimento Araújo Barbosa Ribeiro "
        "Cavalcanti Moura Figueiredo",
    ),
    "italian": dict(
        r="IT",
        f="Giulia Chiara Francesca Alessandra Federica Martina Serena Ilaria",
        m="Lorenzo Matteo Alessandro Giacomo Davide Riccardo Stefano Niccolò",
        fam="Esposito Romano Colombo Ricci Marino Greco Gallo Conti De_Luca Mancini Giordano "
        "Rizzo Lombardi Moretti Barbieri",
    ),
    "greek": dict(
        r="GR",
        f="Eleni Katerina Dimitra Despina Vasiliki Ioanna Chrysa",
        m="Giorgos Dimitris Nikos Kostas Yannis Christos Panagiotis Stavros",
        ff="Papadopoulou Nikolaidou Konstantinidou Papadaki Vlachou Karagianni Alexiou",
        fm="Papadopoulos Nikolaidis Konstantinidis Papadakis Vlachos Karagiannis Alexiou",
    ),
    "maltese": dict(
        r="MT",
        f="Marija Doris Graziella Rebekah",
        m="Ġorġ Clint Mario Jean_Pierre",
        fam="Borg Camilleri Vella Farrugia Zammit Galea Micallef Grech Azzopardi Spiteri",
    ),
    "albanian": dict(
        r="AL",
        f="Arta Blerta Drita Elira Mimoza Teuta",
        m="Arben Besnik Dritan Gëzim Ilir Luan",
        fam="Krasniqi Gashi Shehu Morina Kelmendi Hasani Dervishi Leka",
    ),
    "polish": dict(
        r="PL",
        f="Agnieszka Małgorzata Katarzyna Zofia Joanna Magdalena Aleksandra Wiktoria",
        m="Krzysztof Tomasz Paweł Grzegorz Łukasz Wojciech Jakub Przemysław",
        ff="Kowalska Wiśniewska Kamińska Lewandowska Zielińska Szymańska Dąbrowska "
        "Kozłowska Jankowska Woźniak",
        fm="Kowalski Wiśniewski Kamiński Lewandowski Zieliński Szymański Dąbrowski "
        "Kozłowski Jankowski Woźniak",
    ),
    "czech": dict(
        r="CZ",
        f="Tereza Kateřina Lucie Markéta Veronika Zuzana",
        m="Jiří Petr Tomáš Ondřej Vojtěch Radek",
        ff="Nováková Svobodová Dvořáková Procházková Kučerová Veselá Horáková Němcová",
        fm="Novák Svoboda Dvořák Procházka Kučera Veselý Horák Němec",
    ),
    "slovak": dict(
        r="SK",
        f="Lenka Monika Ivana Jana Zuzana",
        m="Juraj Matej Miroslav Peter Marek",
        ff="Horváthová Kováčová Vargová Balážová Hudecová",
        fm="Horváth Kováč Varga Baláž Hudec",
    ),
    "hungarian": dict(
        r="HU",
        o="x",
        f="Zsófia Eszter Réka Boglárka Krisztina Dóra Anikó",
        m="Bence Levente Gergely Balázs Zoltán Csaba Ádám",
        fam="Nagy Kovács Tóth Szabó Kiss Molnár Németh Farkas Balogh Takács Juhász Lakatos",
    ),
    "romanian": dict(
        r="RO",
        f="Ioana Andreea Bianca Roxana Alina Mihaela Oana",
        m="Andrei Mihai Bogdan Radu Cătălin Ionuț Florin Vlad",
        fam="Popescu Ionescu Constantinescu Dumitrescu Stoica Munteanu Rădulescu Georgescu "
        "Dobre Nistor",
    ),
    "bulgarian": dict(
        r="BG",
        f="Desislava Radostina Tsvetelina Gergana Milena Yordanka",
        m="Hristo Stoyan Plamen Todor Kaloyan Dimitar",
        ff="Petrova Georgieva Dimitrova Stoyanova Todorova Koleva Angelova Hristova",
        fm="Petrov Georgiev Dimitrov Stoyanov Todorov Kolev Angelov Hristov",
    ),
    "serbian": dict(
        r="RS",
        f="Jelena Milica Jovana Dragana Tijana Snežana",
        m="Nemanja Miloš Stefan Dušan Nikola Vuk",
        fam="Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović Lazić Ristić",
    ),
    "croatian": dict(
        r="HR",
        f="Petra Lucija Matea Nikolina Tena Ivana",
        m="Luka Josip Domagoj Tomislav Ante Matej",
        fam="Horvat Kovačević Babić Marić Jurić Knežević Vuković Perić Grgić Tomić",
    ),
    "slovenian": dict(
        r="SI",
        f="Nina Maja Špela Urška Tjaša Nika",
        m="Žiga Rok Gašper Jure Blaž Luka",
        fam="Kranjc Zupančič Potočnik Kovačič Mlakar Vidmar Golob Kralj",
    ),
    "ukrainian": dict(
        r="UA",
        f="Oksana Iryna Olena Nataliia Yuliia Halyna Solomiia Tetiana",
        m="Taras Bohdan Oleksandr Andrii Mykola Yaroslav Dmytro Ostap",
        fam="Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Lysenko "
        "Hnatyuk Savchuk Marchenko Rudenko",
    ),
    "russian": dict(
        r="RU",
        f="Ekaterina Darya Svetlana Yelena Tatiana Olga Ksenia Polina",
        m="Dmitri Aleksandr Sergei Mikhail Pavel Andrei Konstantin Ilya",
        ff="Volkova Sokolova Lebedeva Kozlova Novikova Morozova Orlova Kuznetsova Fedorova "
        "Zaitseva",
        fm="Volkov Sokolov Lebedev Kozlov Novikov Morozov Orlov Kuznetsov Fedorov Zaitsev",
    ),
    "lithuanian": dict(
        r="LT",
        f="Rūta Gintarė Ieva Agnė Eglė Aušra Indrė",
        m="Mantas Tadas Darius Vytautas Gediminas Povilas Šarūnas",
        ff="Kazlauskienė Jankauskaitė Petrauskienė Stankevičiūtė Vasiliauskienė Žukauskaitė",
        fm="Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas",
    ),
    "latvian": dict(
        r="LV",
        f="Līga Ilze Inese Kristīne Baiba Zane Dace",
        m="Jānis Andris Māris Edgars Kaspars Raimonds",
        ff="Bērziņa Kalniņa Ozoliņa Liepiņa Krūmiņa Zariņa Vītola",
        fm="Bērziņš Kalniņš Ozoliņš Liepiņš Krūmiņš Zariņš Vītols",
    ),
    "estonian": dict(
        r="EE",
        f="Kadri Triin Liis Maarja Kertu Piret Tiina",
        m="Tõnu Rasmus Indrek Priit Margus Siim Kaarel",
        fam="Tamm Saar Sepp Mägi Kask Rebane Ilves Pärn Koppel Lepik Kuusk",
    ),
    "finnish": dict(
        r="FI",
        f="Aino Eveliina Kaisa Sanna Tuulikki Riikka Oona Pihla",
        m="Juha Mikko Jussi Antti Teemu Ville Lauri Eero",
        fam="Virtanen Korhonen Nieminen Mäkinen Hämäläinen Heikkinen Koskinen Järvinen "
        "Lehtonen Salminen Räsänen Kinnunen",
    ),
    "swedish": dict(
        r="SE",
        f="Ingrid Astrid Linnea Ebba Sigrid Elsa Saga Frida",
        m="Björn Gustav Axel Viktor Fredrik Magnus Olle Anders",
        fam="Lindqvist Johansson Karlsson Nilsson Eriksson Lundgren Bergström Sandberg "
        "Holmberg Åberg Söderström Engström Hedlund",
    ),
    "norwegian": dict(
        r="NO",
        f="Ingvild Solveig Kari Ragnhild Tuva Silje Marit Sunniva",
        m="Sindre Eirik Håkon Torbjørn Øystein Sigurd Magne Vegard",
        fam="Johansen Olsen Haugen Bakken Solberg Halvorsen Fjeld Nygård Myhre Sæther",
    ),
    "danish": dict(
        r="DK",
        f="Mette Freja Signe Karoline Sofie Trine",
        m="Rasmus Mads Søren Mikkel Jesper Kasper",
        fam="Jensen Nielsen Pedersen Christensen Sørensen Rasmussen Jørgensen Madsen "
        "Kristensen Thomsen Østergaard",
    ),
    "icelandic": dict(
        r="IS",
        f="Guðrún Sigríður Kristín Ragnheiður Ásdís Hildur",
        m="Sigurður Gunnar Ólafur Einar Kristján Þórður",
        ff="Sigurðardóttir Jónsdóttir Gunnarsdóttir Ólafsdóttir Einarsdóttir Magnúsdóttir",
        fm="Sigurðsson Jónsson Gunnarsson Ólafsson Einarsson Magnússon",
    ),
    "mexican": dict(
        r="MX",
        f="Guadalupe Ximena Itzel Fernanda Mariana Citlali Araceli Yesenia",
        m="José_Luis Juan_Carlos Emiliano Jesús Ulises Octavio Rogelio",
        fam="Hernández López Martínez Ramírez Villaseñor Zepeda Orozco Ochoa Valdivia "
        "Montemayor Gallegos Arriaga",
    ),
    "colombian": dict(
        r="CO",
        f="Valentina Daniela Catalina Yuliana Paola Marisol Leidy",
        m="Andrés Camilo Sebastián Julián Esteban Mauricio Felipe",
        fam="Restrepo Gaviria Echeverri Zuluaga Arango Ospina Cárdenas Bedoya Londoño Jaramillo",
    ),
    "argentine": dict(
        r="AR",
        f="Agustina Micaela Milagros Luján Florencia Antonella",
        m="Facundo Tomás Ezequiel Agustín Lisandro Gastón",
        fam="Pereyra Sosa Benítez Acosta Giménez Ferreyra Ledesma Quiroga Aguirre Bustos",
    ),
    "chilean": dict(
        r="CL",
        f="Javiera Constanza Catalina Francisca Millaray Rayén",
        m="Cristóbal Matías Vicente Nahuel Lautaro",
        fam="Fuentealba Pizarro Valenzuela Araya Saavedra Huenchullán Painemal Catrileo Millapán",
    ),
    "andean": dict(
        r="PE",
        f="Rosmery Yeni Nayra Killa Sisa Wayra",
        m="Wilber Edwin Amaru Inti Yhony Kusi",
        fam="Mamani Quispe Condori Choque Huanca Apaza Ticona Huamán Ccori Yupanqui",
    ),
    "cuban": dict(
        r="US",
        f="Yamilé Yunisleidy Dayana Odalys Marlenis",
        m="Yoandry Osmany Yordanis Reinier Yasmany",
        fam="Valdés Betancourt Céspedes Rodríguez_Cabrera Suárez Lorenzo Cárdenas",
    ),
    "caribbean": dict(
        r="JM",
        f="Shanice Tamara Nadine Sherika Kerry-Ann Tashana",
        m="Dwayne Kemar Shamar Romario Jermaine Odane",
        fam="McFarlane Samuels Spence Ramdeen Maharaj Ramsaran Chin-Quee Beckford Lindo",
    ),
    "haitian": dict(
        r="US",
        f="Nadège Guerline Mirlande Widline Fabienne",
        m="Jean-Robert Wilner Fritznel Ernso Wesner",
        fam="Jean-Baptiste Dorvil Célestin Augustin Désir Théodore Saint-Fleur Pierre-Louis",
    ),
    "navajo": dict(
        r="US",
        f="Shandiin Nizhoni Dezbah Marlena Anaba Lorena",
        m="Ahiga Nastas Bidziil Darrell Hoskie Kee",
        fam="Yazzie Begay Tsosie Benally Bitsui Manygoats Etsitty Tsinajinnie Clah Nez",
    ),
    "cherokee": dict(
        r="US",
        f="Ayasha Winona Aponi Tallulah Adsila",
        m="Chayton Tokala Wahya Degataga Tsali",
        fam="Sixkiller Walkingstick Youngbird Standingdeer Cornsilk Tehee Ketcher Wahnetah",
    ),
    "ojibwe_cree": dict(
        r="CA",
        f="Kateri Shaylene Tanis Nakita Waseya",
        m="Kashtin Lyle Makwa Ogima Tecumseh",
        fam="Kakegamic Meekis Kwandibens Beardy Keesick Sakanee Moonias Netemegesic",
    ),
    "inuit": dict(
        r="CA",
        f="Siila Nuvuja Aviaq Paninnguaq Ulaajuk",
        m="Aqqaluk Pilutaq Nukilik Kunuk Iqaluk",
        fam="Arnaquq Qaunaq Ipeelie Kilabuk Tagalik Evaloardjuk Akeeagok Kusugak",
    ),
    "hawaiian": dict(
        r="US",
        f="Leilani Kalani Noelani Makana Kaimana",
        m="Kealoha Kainoa Keoni Makoa Kekoa",
        fam="Kahananui Akana Kealamakia Kamakau Keawe Nāone Kaleikini Mahoe",
    ),
}

NICKS_A = {
    "Elizabeth": "Libby",
    "Philippa": "Pippa",
    "Henrietta": "Hetty",
    "Georgina": "George",
    "Alistair": "Ali",
    "Barnaby": "Barney",
    "Tobias": "Toby",
    "Brittany": "Britt",
    "Kaitlyn": "Katie",
    "Jolyon": "Jolly",
    "Montserrat": "Montse",
    "Inmaculada": "Inma",
    "Guadalupe": "Lupe",
    "Jesús": "Chucho",
    "Aleksandr": "Sasha",
    "Dmitri": "Dima",
    "Ekaterina": "Katya",
    "Yelena": "Lena",
    "Oleksandr": "Sashko",
    "Małgorzata": "Gosia",
    "Katarzyna": "Kasia",
    "Krzysztof": "Krzysiek",
    "Aleksandra": "Ola",
    "Friederike": "Frieda",
    "Maximilian": "Max",
    "Konstantin": "Kostja",
    "Giorgos": "Giorgakis",
    "Francesca": "Franci",
    "Alessandro": "Sandro",
    "Jean-Baptiste": "JB",
    "Marie-Claire": "Marie",
    "Gonçalo": "Gonça",
    "Sebastián": "Sebas",
    "Fernanda": "Fer",
    "Gustavo": "Guga",
    "Wolfgang": "Wolfi",
    "Pádraig": "Páidí",
    "Catriona": "Cat",
}
