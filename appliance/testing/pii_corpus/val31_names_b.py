"""People's names for val31, second half: Europe, the Americas, the Pacific and Australia
(same layout as `val31_names`)."""

from __future__ import annotations

RAW = [
    # Eastern Europe
    (
        "russian",
        "Ekaterina, Anastasia, Olga, Tatiana, Yulia, Daria",
        "Dmitri, Sergei, Alexei, Mikhail, Nikolai, Andrei",
        "Ivanov/Ivanova, Fedorov/Fedorova, Kuznetsov/Kuznetsova, Popov/Popova, "
        "Sokolov/Sokolova, Lebedev/Lebedeva, Volkov/Volkova, Morozov/Morozova",
    ),
    (
        "ukrainian",
        "Oksana, Olena, Iryna, Kateryna, Solomiia, Halyna",
        "Taras, Bohdan, Oleksandr, Andriy, Yaroslav, Mykola",
        "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Hnatyuk",
    ),
    (
        "polish",
        "Agnieszka, Katarzyna, Małgorzata, Zofia, Joanna, Magdalena",
        "Krzysztof, Tomasz, Piotr, Paweł, Grzegorz, Wojciech",
        "Kowalski/Kowalska, Nowak, Wiśniewski/Wiśniewska, Wójcik, Kamiński/Kamińska, "
        "Zieliński/Zielińska, Szymański/Szymańska, Dąbrowski/Dąbrowska",
    ),
    (
        "czech",
        "Tereza, Lucie, Markéta, Veronika, Zuzana, Kateřina",
        "Jiří, Jakub, Ondřej, Lukáš, Tomáš, Vojtěch",
        "Novák/Nováková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová, "
        "Veselý/Veselá, Horák/Horáková",
    ),
    (
        "hungarian",
        "Eszter, Réka, Zsófia, Katalin, Boglárka, Anikó",
        "Bence, Levente, Gergely, Zoltán, Balázs, Péter",
        "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Farkas, Molnár, Németh",
    ),
    (
        "romanian",
        "Ioana, Andreea, Bianca, Roxana, Mihaela, Oana",
        "Mihai, Bogdan, Cătălin, Vlad, Radu, Sorin",
        "Popescu, Ionescu, Dumitrescu, Constantin, Munteanu, Georgescu, Stoica",
    ),
    (
        "bulgarian",
        "Desislava, Tsvetelina, Radostina, Boryana, Gergana, Yoana",
        "Hristo, Stoyan, Georgi, Dimitar, Krasimir, Plamen",
        "Dimitrov/Dimitrova, Georgiev/Georgieva, Todorov/Todorova, Stoyanov/Stoyanova, "
        "Angelov/Angelova",
    ),
    (
        "serbian",
        "Jelena, Milica, Dragana, Jovana, Tijana, Snežana",
        "Nikola, Stefan, Nemanja, Miloš, Dušan, Vuk",
        "Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović",
    ),
    (
        "croatian",
        "Ivana, Marija, Katarina, Lucija, Mateja, Ivona",
        "Luka, Dario, Ivan, Tomislav, Krešimir, Domagoj",
        "Horvat, Kovačević, Babić, Marić, Jurić, Knežević",
    ),
    (
        "bosnian",
        "Amra, Lejla, Ajla, Emina, Selma, Merima",
        "Emir, Tarik, Adnan, Haris, Kenan, Edin",
        "Hodžić, Begović, Hadžić, Mehmedović, Delić, Selimović",
    ),
    (
        "greek",
        "Eleni, Dimitra, Katerina, Ioanna, Vasiliki, Despina",
        "Giorgos, Nikos, Kostas, Dimitris, Yannis, Panagiotis",
        "Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, "
        "Karagiannis/Karagianni, Oikonomou, Vlachos/Vlachou",
    ),
    (
        "albanian",
        "Arta, Drita, Elira, Besa, Mimoza, Blerta",
        "Arben, Dritan, Ilir, Besnik, Gentian, Florian",
        "Krasniqi, Gashi, Shala, Morina, Kelmendi, Hasani, Rexhepi",
    ),
    (
        "lithuanian",
        "Rūta, Gintarė, Eglė, Aistė, Ieva, Jurgita",
        "Mindaugas, Tomas, Darius, Paulius, Mantas, Žygimantas",
        "Kazlauskas/Kazlauskienė, Jankauskas/Jankauskienė, Petrauskas/Petrauskienė, "
        "Stankevičius/Stankevičienė, Vasiliauskas/Vasiliauskienė",
    ),
    (
        "latvian",
        "Līga, Ilze, Baiba, Kristīne, Zane, Dace",
        "Jānis, Artūrs, Edgars, Kārlis, Mārtiņš, Raivis",
        "Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Liepiņš/Liepiņa, Krūmiņš/Krūmiņa",
    ),
    (
        "estonian",
        "Kadri, Triin, Liis, Kertu, Maarja, Helen",
        "Rasmus, Tarmo, Indrek, Priit, Margus, Siim",
        "Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves",
    ),
    # Nordics
    (
        "finnish",
        "Aino, Sanna, Tiina, Minna, Satu, Riikka",
        "Mikko, Juha, Antti, Jussi, Teemu, Matti",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Koskinen, Heikkinen",
    ),
    (
        "swedish",
        "Astrid, Ingrid, Linnea, Ebba, Karin, Sigrid",
        "Lars, Anders, Johan, Oskar, Nils, Gustav",
        "Lindqvist, Bergström, Andersson, Johansson, Nyström, Sjöberg, Holmgren, Lundgren",
    ),
    (
        "norwegian",
        "Ingeborg, Solveig, Kari, Silje, Tonje, Ragnhild",
        "Håkon, Eirik, Sindre, Magnus, Torbjørn, Øyvind",
        "Hansen, Olsen, Haugen, Bakken, Solberg, Kristiansen, Fjeld, Eide",
    ),
    (
        "danish",
        "Lærke, Freja, Maja, Trine, Birgitte, Ida",
        "Søren, Mads, Jesper, Frederik, Mikkel, Kasper",
        "Jensen, Nielsen, Pedersen, Rasmussen, Christensen, Sørensen, Madsen, Kjær",
    ),
    (
        "icelandic",
        "Guðrún, Sigríður, Katrín, Hildur, Ásdís, Ragnheiður",
        "Guðmundur, Einar, Ólafur, Sigurður, Gunnar, Jón",
        "Jónsson/Jónsdóttir, Einarsson/Einarsdóttir, Ólafsson/Ólafsdóttir, "
        "Gunnarsson/Gunnarsdóttir, Magnússon/Magnúsdóttir",
    ),
    # Western Europe
    (
        "german",
        "Annika, Katharina, Lena, Sabine, Ulrike, Franziska",
        "Matthias, Jürgen, Tobias, Wolfgang, Henrik, Lukas",
        "Müller, Schmidt, Schneider, Becker, Hoffmann, Schäfer, Zimmermann, Krüger, "
        "Hartmann, Lehmann",
    ),
    (
        "dutch",
        "Sanne, Femke, Lotte, Anouk, Marieke, Saskia",
        "Bram, Joris, Daan, Sander, Pieter, Wouter",
        "de Vries, van den Berg, van Dijk, de Jong, Mulder, Vermeulen, Hendriks, van Leeuwen",
    ),
    (
        "flemish",
        "Annelies, Griet, Hilde, Katrien, Hanne, Sofie",
        "Jeroen, Wim, Koen, Thijs, Stijn, Dries",
        "Peeters, Janssens, Maes, Claes, Wouters, De Smet, Goossens, Van Damme",
    ),
    (
        "french",
        "Camille, Élodie, Chloé, Manon, Océane, Amélie",
        "Guillaume, Théo, Julien, Mathieu, Antoine, Benoît",
        "Lefèvre, Moreau, Girard, Fournier, Mercier, Dubois, Faure, Gauthier, Perrin, Roussel",
    ),
    (
        "italian",
        "Giulia, Chiara, Francesca, Alessia, Federica, Martina",
        "Lorenzo, Matteo, Alessandro, Giuseppe, Davide, Riccardo",
        "Rossi, Russo, Esposito, Romano, Ricci, Marino, Greco, De Luca, Conti, Mancini, "
        "Lombardi, Barbieri",
    ),
    (
        "spanish",
        "María José, Lucía, Rocío, Pilar, Nerea, Inmaculada",
        "Javier, Álvaro, Pablo, Sergio, Jorge, Ignacio",
        "García-Ruiz, Fernández, Martínez, Sánchez, Gómez, Jiménez, Navarro, Ortega, "
        "Castillo, Delgado",
    ),
    (
        "catalan",
        "Núria, Laia, Mireia, Roser, Meritxell, Aina",
        "Jordi, Pau, Oriol, Arnau, Marc, Quim",
        "Puig, Soler, Ferrer, Pujol, Sabaté, Riera, Vidal, Casademunt",
    ),
    (
        "basque",
        "Ainhoa, Amaia, Itziar, Maite, Garazi, Leire",
        "Iker, Aitor, Unai, Gorka, Mikel, Asier",
        "Etxeberria, Goikoetxea, Aguirre, Zubizarreta, Urrutia, Elizondo, Arrizabalaga",
    ),
    (
        "portuguese",
        "Inês, Beatriz, Leonor, Mariana, Joana, Catarina",
        "João, Tiago, Duarte, Gonçalo, Rui, Nuno",
        "Silva, Ferreira, Pereira, Oliveira, Rodrigues, Sousa, Carvalho, Gonçalves",
    ),
    (
        "irish",
        "Aoife, Siobhán, Niamh, Saoirse, Gráinne, Orla",
        "Cillian, Oisín, Pádraig, Darragh, Eoin, Tadhg",
        "O'Sullivan, Kavanagh, Fitzgerald, Byrne, Gallagher, McCarthy, Doherty, Ó Briain",
    ),
    (
        "scottish",
        "Morag, Catriona, Eilidh, Isla, Ailsa, Kirsty",
        "Callum, Fraser, Hamish, Ewan, Ruaridh, Lachlan",
        "MacLeod, Mackenzie, Robertson, Drummond, Buchanan, Sinclair, Lamont, Urquhart",
    ),
    (
        "welsh",
        "Cerys, Angharad, Ffion, Rhiannon, Eleri, Nia",
        "Dafydd, Gethin, Rhys, Iwan, Emyr, Aled",
        "Llewellyn, Pritchard, Prosser, Bowen, Vaughan, Griffiths, Howells, ap Gwilym",
    ),
    (
        "english",
        "Charlotte, Harriet, Imogen, Eleanor, Philippa, Beatrice",
        "Rupert, Edmund, Tristan, Alastair, Crispin, Barnaby",
        "Ashworth, Pemberton, Whitfield, Thornbury, Hargreaves, Blackwood, Fairclough, "
        "Holloway, Pennington",
    ),
    # The Americas
    (
        "african_american",
        "Latoya, Keisha, Shanice, Deja, Tamika, Ebony",
        "DeShawn, Jamal, Darnell, Tyrone, Terrell, Malik",
        "Robinson, Mayfield, Whitaker, Hollins, Gaines, Dorsey, Pettaway, Pettiford",
    ),
    (
        "caribbean",
        "Shaneika, Tashana, Kerry-Ann, Nadine, Simone, Tamoya",
        "Delroy, Clive, Errol, Andre, Kemar, Odane",
        "Brathwaite, Gayle, Nembhard, Samuels, McKenzie, Wilmot, Ffrench, Beckford",
    ),
    (
        "mexican",
        "Guadalupe, Xóchitl, Ximena, Itzel, Paola, Citlali",
        "José Luis, Alejandro, Emiliano, Arturo, Héctor, Rogelio",
        "Hernández, González, Ramírez, Morales, Vázquez, Aguilar, Domínguez, Villaseñor",
    ),
    (
        "colombian",
        "Valentina, Daniela, Natalia, Catalina, Yuliana, Marisol",
        "Andrés Felipe, Sebastián, Juan Camilo, Mateo, Julián, Esteban",
        "Restrepo, Londoño, Ospina, Cárdenas, Quintero, Zuluaga, Betancourt, Arango",
    ),
    (
        "rioplatense",
        "Florencia, Agustina, Micaela, Camila, Antonella, Rocío",
        "Facundo, Matías, Joaquín, Nicolás, Tomás, Gonzalo",
        "Rodríguez, Sosa, Acosta, Benítez, Álvarez, Romero, Figueroa, Ledesma",
    ),
    (
        "brazilian",
        "Thaís, Larissa, Fernanda, Juliana, Gabriela, Raquel",
        "Thiago, Lucas, Gustavo, Rafael, Felipe, Rodrigo",
        "Souza, Almeida, Nascimento, Araújo, Barbosa, Ribeiro, Cavalcanti, Moraes",
    ),
    (
        "andean",
        "Killa, Sumaq, Wayra, Nayra, Illari, Yessenia",
        "Amaru, Inti, Kusi, Yupanqui, Wilka, Mayta",
        "Mamani, Quispe, Huamán, Condori, Choque, Ccama, Apaza, Ticona",
    ),
    (
        "mapuche",
        "Ayelén, Rayén, Millaray, Relmu, Aylin, Llanquiray",
        "Lautaro, Nahuel, Huenu, Alen, Pichi, Ñancul",
        "Huenchumilla, Painemal, Catrileo, Ancalao, Curaqueo, Llancaqueo",
    ),
    (
        "dine",
        "Shandiin, Nizhoni, Doli, Sahkyo, Ayita, Haseya",
        "Ahiga, Bidziil, Niyol, Hok'ee, Yiska, Kele",
        "Begay, Yazzie, Tsosie, Benally, Etsitty, Tsinajinnie, Nakai, Manuelito",
    ),
    (
        "anishinaabe",
        "Waaseyaa, Aiyana, Kiona, Ayasha, Nokomis, Zhaawan",
        "Nimkii, Makwa, Migizi, Ogimaa, Niigaan, Bineshii",
        "Kakegamic, Meekis, Keeshig, Mamakwa, Kejick, Sakanee, Wabano",
    ),
    (
        "inuit",
        "Siila, Aputi, Nivi, Tuqa, Ooleepeeka, Kunik",
        "Taqialuk, Akeego, Qillaq, Pauloosie, Jaaji, Iqaluk",
        "Kilabuk, Arnaquq, Qaqqasiq, Ittusardjuat, Nakashuk, Ipeelee, Akpalialuk",
    ),
    # Pacific and Australia
    (
        "aboriginal",
        "Yalmay, Banduk, Gaypalwani, Dhuwarrwarr, Nyapanyapa, Milminyina",
        "Djalu, Gawirrin, Witiyana, Djambawa, Wukun, Gurrundul",
        "Yunupingu, Gurruwiwi, Marika, Mununggurr, Wunungmurra, Marawili, Wanambi, Tjapaltjarri",
    ),
    (
        "maori",
        "Aroha, Mereana, Hine, Ngaio, Kiri, Anahera",
        "Wiremu, Tamati, Rawiri, Hemi, Nikau, Tipene",
        "Ngata, Parata, Rangihau, Te Rangi, Tawhiri, Whaanga, Karaka, Ropata",
    ),
    (
        "samoan",
        "Losa, Malia, Lagi, Fetu, Sina, Talia",
        "Tavita, Iosefa, Faamanu, Tupe, Leilua, Ioane",
        "Tuilagi, Faleolo, Leota, Sapolu, Fonoti, Aumua, Tuimavave",
    ),
    (
        "tongan",
        "Mele, Salote, Lesieli, Sela, Meleane, Ofa",
        "Viliami, Sione, Tevita, Siaosi, Sitiveni, Mosese",
        "Fifita, Taufa, Vaipulu, Moala, Kaufusi, Havili, Latu",
    ),
    (
        "fijian",
        "Litia, Mereoni, Seini, Vasemaca, Akanisi, Makereta",
        "Josaia, Sakiusa, Jone, Apisai, Waisale, Iliesa",
        "Naivalu, Tuivaga, Rokobaro, Vunibaka, Nakarawa, Waqa, Koroi",
    ),
    (
        "hawaiian",
        "Leilani, Kalena, Noelani, Mahina, Kaimana, Pualani",
        "Keoni, Makoa, Kekoa, Kainoa, Ikaika, Kalani",
        "Kahananui, Kealoha, Akana, Kamakau, Kahale, Nakoa",
    ),
]
