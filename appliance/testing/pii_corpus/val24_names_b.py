"""val24 names, part two: Southeast Asia, Europe, the Nordics, the Americas (Indigenous names
included), Australia and the Pacific, and the word-names. Written from the author's head.

Flags as in `val24_names`, and:

* ``vn``: Vietnamese: the given entry holds the middle name; the last word is the name a
  person is called by, and titles go with it ("Ms Mai" for "Nguyễn Thị Mai").
* ``dbl``: two family names ("García Ruiz", "García-Ruiz"); the first alone after a title.
* ``fgo``: the family name may come first ("Kovács Eszter").
"""

from __future__ import annotations

RAW_B: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "vietnamese",
        "Thị Mai, Thị Hương, Thu Trang, Thị Thảo, Ngọc Hà, Thị Nhung, Minh Phương, Hoài Linh",
        "Văn Hùng, Minh Tuấn, Văn Dũng, Đức Khoa, Quang Huy, Thanh Bảo, Văn Trung",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Ngô, Dương",
        "",
        "fg vn tg",
    ),
    (
        "thai",
        "Siriporn, Kanokwan, Nattaya, Pimchanok, Sukanya, Wanida, Ratchanee",
        "Somchai, Anan, Thanawat, Kittisak, Prasert, Wichai, Chaiwat, Nattapong",
        "Srisuk, Wongsawat, Chaiyaporn, Saetang, Kongkaew, Boonmee, Phromsuwan, Jitpakdee, "
        "Sirikul, Charoenrat",
        "",
        "tg",
    ),
    (
        "filipino",
        "Maricel, Rowena, Jocelyn, Marites, Analyn, Mylene, Kristine, Divina",
        "Jomar, Rodel, Arnel, Rommel, Ramil, Efren, Dindo, Reynaldo",
        "Reyes, Bautista, Villanueva, Aquino, Manalo, Ramos, Pascual, Dimaculangan, Macaraeg, "
        "Lacson, Soriano",
        "",
        "",
    ),
    (
        "indonesian",
        "Dewi, Siti, Ratna, Wulan, Fitri, Ayu, Rina, Anggun",
        "Budi, Agus, Wahyu, Rizky, Eko, Bambang, Hendra, Dimas, Joko",
        "Setiawan, Santoso, Hidayat, Nugroho, Kusuma, Pratama, Saputra, Lestari, Wijaya, "
        "Gunawan, Siregar, Simanjuntak, Nasution",
        "",
        "",
    ),
    (
        "malay",
        "Nurul Izzah, Siti Aishah, Aina, Syafiqah, Izzati, Hidayah",
        "Azlan, Muhammad Hafiz, Faizal, Khairul, Syahmi, Amirul",
        "binti Ismail, binti Razak, binti Hamzah, binti Yusof, binti Kamaruddin, binti Zainal",
        "bin Ismail, bin Razak, bin Hamzah, bin Yusof, bin Kamaruddin, bin Zainal",
        "tg",
    ),
    (
        "burmese",
        "Khin Myo Thant, Thandar Hlaing, Hnin Wai Phyo, Ei Ei Khaing, Thiri Aung, Su Myat Noe",
        "Kyaw Zin Oo, Zaw Htoo, Htet Aung, Thant Zin, Ye Yint Paing, Naing Lin",
        "",
        "",
        "mono",
    ),
    (
        "khmer",
        "Sophea, Chanthy, Sreymom, Bopha, Rachana, Sokunthea",
        "Sokha, Vannak, Rithy, Piseth, Visal, Sovann",
        "Sok, Chea, Heng, Keo, Meas, Pich, Chhim, Tep, Ouk, Lim",
        "",
        "fg",
    ),
    (
        "polish",
        "Katarzyna, Agnieszka, Małgorzata, Magdalena, Joanna, Zofia, Aleksandra, Justyna",
        "Piotr, Krzysztof, Tomasz, Paweł, Michał, Łukasz, Grzegorz, Wojciech, Marcin",
        "Nowak, Kowalska, Wiśniewska, Wójcik, Kowalczyk, Kamińska, Lewandowska, Zielińska, "
        "Szymańska, Woźniak, Dąbrowska",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
        "Szymański, Woźniak, Dąbrowski",
        "",
    ),
    (
        "czech",
        "Tereza, Lucie, Kateřina, Veronika, Markéta, Barbora",
        "Jiří, Petr, Tomáš, Ondřej, Lukáš, Jakub, Vojtěch",
        "Nováková, Svobodová, Černá, Procházková, Kučerová, Veselá, Horáková, Pokorná, Šimková",
        "Novák, Svoboda, Černý, Procházka, Kučera, Veselý, Horák, Pokorný, Šimek",
        "",
    ),
    (
        "slovak",
        "Zuzana, Lenka, Monika, Simona, Ivana, Katarína",
        "Juraj, Matej, Michal, Miroslav, Ľubomír, Dušan",
        "Kováčová, Vargová, Balážová, Lukáčová, Kollárová, Hudáková, Molnárová",
        "Kováč, Varga, Baláž, Lukáč, Kollár, Hudák, Molnár",
        "",
    ),
    (
        "hungarian",
        "Eszter, Réka, Zsófia, Anikó, Katalin, Ildikó, Boglárka",
        "Bence, Levente, Gergely, Zoltán, Balázs, Csaba, Ákos",
        "Nagy, Kovács, Tóth, Szabó, Horváth, Németh, Farkas, Balogh, Takács, Juhász",
        "",
        "fgo",
    ),
    (
        "romanian",
        "Ioana, Andreea, Mihaela, Raluca, Oana, Roxana, Cristina",
        "Andrei, Mihai, Ionuț, Bogdan, Cătălin, Răzvan, Florin, Vlad",
        "Popescu, Ionescu, Dumitrescu, Stoica, Gheorghiu, Munteanu, Constantinescu, Lungu, Preda",
        "",
        "",
    ),
    (
        "ukrainian",
        "Oksana, Olena, Iryna, Kateryna, Nataliia, Yuliia, Solomiia",
        "Oleksandr, Andrii, Taras, Bohdan, Dmytro, Mykola, Serhii, Yurii",
        "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Hnatiuk, "
        "Lysenko, Savchuk",
        "",
        "",
    ),
    (
        "russian",
        "Anastasia, Ekaterina, Tatiana, Svetlana, Daria, Polina, Ksenia",
        "Dmitry, Sergey, Alexei, Nikolai, Mikhail, Pavel, Artem",
        "Ivanova, Smirnova, Kuznetsova, Sokolova, Lebedeva, Kozlova, Novikova, Morozova, "
        "Volkova, Fedorova",
        "Ivanov, Smirnov, Kuznetsov, Sokolov, Lebedev, Kozlov, Novikov, Morozov, Volkov, Fedorov",
        "",
    ),
    (
        "bcs",
        "Jelena, Milica, Dragana, Snežana, Maja, Tamara, Lejla",
        "Nikola, Marko, Stefan, Dragan, Goran, Nemanja, Emir, Tarik",
        "Jovanović, Petrović, Nikolić, Marković, Đorđević, Horvat, Kovačević, Babić, Hodžić, "
        "Begić, Knežević",
        "",
        "",
    ),
    (
        "bulgarian",
        "Desislava, Tsvetelina, Mariela, Gergana, Radostina, Yoana",
        "Georgi, Dimitar, Hristo, Stoyan, Ivaylo, Kaloyan, Todor, Plamen",
        "Petrova, Georgieva, Dimitrova, Todorova, Stoyanova, Angelova, Koleva, Yordanova",
        "Petrov, Georgiev, Dimitrov, Todorov, Stoyanov, Angelov, Kolev, Yordanov",
        "",
    ),
    (
        "lithuanian",
        "Rūta, Eglė, Gintarė, Agnė, Indrė, Aušra, Jurgita",
        "Mindaugas, Darius, Giedrius, Vytautas, Rokas, Paulius, Justinas",
        "Kazlauskienė, Jankauskienė, Petrauskaitė, Stankevičiūtė, Žukauskaitė, Butkutė, Urbonienė",
        "Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Žukauskas, Butkus, Urbonas",
        "",
    ),
    (
        "latvian",
        "Ilze, Līga, Inese, Kristīne, Dace, Zane, Baiba",
        "Jānis, Andris, Mārtiņš, Edgars, Kārlis, Raimonds, Uldis",
        "Bērziņa, Kalniņa, Ozoliņa, Liepiņa, Krūmiņa, Zariņa, Jansone, Vītola",
        "Bērziņš, Kalniņš, Ozoliņš, Liepiņš, Krūmiņš, Zariņš, Jansons, Vītols",
        "",
    ),
    (
        "estonian",
        "Kadri, Liis, Triin, Kristiina, Maarja, Piret",
        "Tõnu, Margus, Priit, Siim, Indrek, Kaarel",
        "Tamm, Sepp, Mägi, Kask, Rebane, Ilves, Pärn, Koppel, Lepik, Kuusk",
        "",
        "",
    ),
    (
        "greek",
        "Eleni, Katerina, Despina, Vasiliki, Konstantina, Dimitra, Chrysoula, Panagiota",
        "Giorgos, Nikos, Dimitris, Kostas, Yannis, Christos, Panagiotis, Thanasis, Stavros",
        "Papadopoulou, Nikolaidou, Papadaki, Oikonomou, Vlachou, Karagianni, Antoniou, "
        "Christodoulou, Alexiou, Makri",
        "Papadopoulos, Nikolaidis, Papadakis, Oikonomou, Vlachos, Karagiannis, Antoniou, "
        "Christodoulou, Alexiou, Makris",
        "",
    ),
    (
        "albanian",
        "Arta, Blerta, Drita, Elira, Mimoza, Teuta, Fatjona",
        "Arben, Besnik, Driton, Ermal, Gentian, Ilir, Kujtim, Valon, Agron",
        "Krasniqi, Gashi, Berisha, Morina, Shala, Kelmendi, Bytyqi, Hysa, Dervishi",
        "",
        "",
    ),
    (
        "english",
        "Eleanor, Harriet, Philippa, Imogen, Beatrice, Rosalind, Abigail, Georgina",
        "Oliver, Alistair, Rupert, Matthew, Jonathan, Edward, Nathaniel, Thomas",
        "Whitfield, Ashworth, Pemberton, Hargreaves, Thornton, Entwistle, Cartwright, Holloway, "
        "Pritchard, Fenwick, Ollerenshaw, Sutcliffe, Greenhalgh",
        "",
        "",
    ),
    (
        "scottish",
        "Morag, Eilidh, Kirsty, Catriona, Ailsa, Fiona, Mhairi",
        "Hamish, Callum, Fraser, Ruaridh, Euan, Alasdair, Murdo",
        "MacLeod, McKenzie, Robertson, Stewart, Sinclair, Drummond, Buchanan, Urquhart, "
        "McAllister, Lindsay",
        "",
        "",
    ),
    (
        "irish",
        "Siobhán, Aoife, Niamh, Róisín, Caoimhe, Orla, Saoirse, Gráinne, Clodagh",
        "Cillian, Oisín, Pádraig, Darragh, Eoin, Tadhg, Donnacha, Ruairí",
        "O'Sullivan, Ó Briain, Murphy, Byrne, O'Connell, Walsh, Fitzgerald, Gallagher, "
        "McCarthy, Doherty, Breathnach, Kavanagh",
        "",
        "",
    ),
    (
        "welsh",
        "Angharad, Bethan, Cerys, Ffion, Gwenllian, Rhiannon, Eluned",
        "Dafydd, Gareth, Iwan, Rhys, Gethin, Huw, Ieuan, Emyr, Aled",
        "Llewellyn, Prosser, Vaughan, Griffiths, Bowen, Rowlands, Evans, Powell",
        "",
        "",
    ),
    (
        "french",
        "Camille, Élodie, Margaux, Chloé, Amélie, Juliette, Manon, Clémence",
        "Julien, Mathieu, Antoine, Guillaume, Théo, Baptiste, Étienne, Rémi",
        "Dubois, Lefebvre, Moreau, Girard, Mercier, Fournier, Rousseau, Faure, Gauthier, "
        "Perrin, Chevallier",
        "",
        "",
    ),
    (
        "german",
        "Annika, Katharina, Leonie, Franziska, Sabine, Friederike, Stefanie, Mareike",
        "Jonas, Florian, Maximilian, Tobias, Matthias, Jörg, Dominik, Henrik",
        "Müller, Schmidt, Fischer, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, "
        "Zimmermann, Krüger, Hartmann, Lehmann, Köhler",
        "",
        "",
    ),
    (
        "dutch",
        "Sanne, Fleur, Anouk, Lotte, Femke, Eline, Marieke",
        "Bram, Joost, Sander, Daan, Thijs, Jeroen, Wouter, Stijn",
        "de Vries, van den Berg, Jansen, Visser, Smit, de Jong, van Dijk, de Boer, "
        "Dekker, Hendriks, van der Linden, Vermeulen, Kuiper",
        "",
        "",
    ),
    (
        "flemish",
        "Griet, Veerle, Katrien, Elke, Hanne, Lien",
        "Pieterjan, Wout, Koen, Jelle, Sven, Jens",
        "Peeters, Janssens, Maes, Mertens, Willems, Claes, Goossens, Wouters, De Smet, "
        "Vandenbroucke, Verstraeten",
        "",
        "",
    ),
    (
        "italian",
        "Giulia, Chiara, Francesca, Alessia, Martina, Federica, Ilaria, Elisa",
        "Alessandro, Lorenzo, Matteo, Davide, Giuseppe, Riccardo, Stefano, Gianluca, Fabrizio",
        "Rossi, Russo, Esposito, Bianchi, Ricci, De Luca, Mancini, Lombardi, Barbieri, Ferraro, "
        "Caruso, Rinaldi, Marchetti, Pellegrini",
        "",
        "",
    ),
    (
        "spanish",
        "María José, Lucía, Pilar, Nuria, Inmaculada, Rocío, Begoña, Marta, Elena",
        "Javier, Sergio, Álvaro, Pablo, Jorge, Íñigo, Raúl, Gonzalo",
        "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Ruiz, "
        "Jiménez, Díaz, Moreno, Muñoz, Álvarez, Navarro, Domínguez",
        "",
        "dbl",
    ),
    (
        "catalan",
        "Núria, Laia, Mireia, Meritxell, Aina, Jordina",
        "Jordi, Oriol, Arnau, Xavier, Joan, Marc",
        "Puig, Ferrer, Soler, Casals, Pujol, Vidal, Riera, Sabaté, Batlle, Farré, Rovira",
        "",
        "dbl",
    ),
    (
        "basque",
        "Itziar, Amaia, Ainhoa, Nerea, Garazi, Irati, Maialen",
        "Iker, Aitor, Unai, Gorka, Xabier, Asier, Ander",
        "Etxeberria, Goikoetxea, Aguirre, Zubizarreta, Urrutia, Arrieta, Larrañaga, "
        "Mendizabal, Otxoa, Iturbe, Gorostiza",
        "",
        "dbl",
    ),
    (
        "portuguese",
        "Inês, Beatriz, Mariana, Leonor, Joana, Matilde, Margarida",
        "João, Tiago, Duarte, Rodrigo, Gonçalo, Nuno, Afonso, Diogo",
        "Ferreira, Oliveira, Rodrigues, Sousa, Gonçalves, Fernandes, Carvalho, Lopes, Marques, "
        "Ribeiro, Teixeira, Moreira, Correia, Almeida",
        "",
        "",
    ),
    (
        "brazilian",
        "Thaís, Larissa, Fernanda, Juliana, Camila, Gabriela, Letícia, Bruna",
        "Thiago, Guilherme, Felipe, Gustavo, Rafael, Leandro, Vinícius, Matheus, Caio",
        "Souza, Nascimento, Araújo, Barbosa, Cardoso, Cavalcanti, Monteiro, Mendes, Freitas, "
        "Azevedo, Medeiros, Vieira",
        "",
        "",
    ),
    (
        "mexican",
        "Ximena, Valeria, Daniela, Itzel, Citlali, Paola, Yolanda, Araceli",
        "José Luis, Juan Carlos, Emiliano, Eduardo, Ricardo, Arturo, Octavio",
        "Ramírez, Vázquez, Castañeda, Ochoa, Guzmán, Orozco, Salazar, Aguilar, Espinoza, "
        "Gallegos, Cisneros, Lozano, Zúñiga",
        "",
        "dbl",
    ),
    (
        "argentine",
        "Florencia, Agustina, Micaela, Carla, Luciana, Romina",
        "Facundo, Santino, Gastón, Nicolás, Matías, Agustín, Joaquín, Ezequiel",
        "Sosa, Benítez, Acosta, Herrera, Giménez, Ledesma, Quiroga, Pereyra, Villalba, "
        "Figueroa, Molina, Godoy",
        "",
        "",
    ),
    (
        "colombian",
        "Natalia, Manuela, Marcela, Yuliana, Stefanía, Catalina",
        "Andrés, Camilo, Julián, Mauricio, Hernán, Esteban, Fredy",
        "Restrepo, Ospina, Londoño, Jaramillo, Arango, Zapata, Gaviria, Echeverri, Mejía, "
        "Quintero, Betancur, Agudelo",
        "",
        "dbl",
    ),
    (
        "chilean",
        "Javiera, Constanza, Francisca, Antonia, Josefa, Fernanda",
        "Benjamín, Vicente, Cristóbal, Maximiliano, Ignacio, Rodrigo",
        "Rojas, Contreras, Sepúlveda, Araya, Tapia, Carrasco, Saavedra, Bustos, Vergara, "
        "Orellana, Riquelme",
        "",
        "dbl",
    ),
    (
        "jamaican",
        "Shanice, Tanisha, Kimoy, Shelly-Ann, Nordia, Tameka, Jody-Ann, Kadian",
        "Kemar, Shamar, Damion, Oneil, Jermaine, Omari, Andre",
        "Williams, Thompson, Reid, Gayle, Whyte, Barnett, Samuels, Lindo, McFarlane, Ebanks, "
        "Dacres",
        "",
        "",
    ),
    (
        "african_american",
        "Latoya, Keisha, Tiana, Aaliyah, Shauna, Monique, Tamika",
        "DeShawn, Jamal, Darnell, Tyrone, Terrell, Jalen, DeAndre",
        "Robinson, Coleman, Bryant, Hairston, Dorsey, Mayfield, Gaines, Pettiford, "
        "Toussaint, Wilkins, Ellison",
        "",
        "",
    ),
    (
        "swedish",
        "Astrid, Ingrid, Linnéa, Ebba, Sigrid, Frida, Agneta",
        "Erik, Lars, Anders, Magnus, Oskar, Gustav, Björn, Nils, Fredrik",
        "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Lindqvist, Bergström, "
        "Lindgren, Sjöberg, Holmberg, Engström, Forsberg, Åkesson",
        "",
        "",
    ),
    (
        "norwegian",
        "Ingeborg, Solveig, Kari, Marit, Ragnhild, Silje, Kristin",
        "Håkon, Sindre, Eirik, Sigurd, Torbjørn, Vegard, Kjetil, Øyvind, Jostein",
        "Hansen, Johansen, Olsen, Haugen, Bakke, Solberg, Lunde, Nygård, Fjeld, Aasen, "
        "Sæther, Ødegaard",
        "",
        "",
    ),
    (
        "danish",
        "Mette, Pernille, Signe, Trine, Birgitte, Freja",
        "Mads, Søren, Jesper, Kasper, Mikkel, Niels",
        "Jensen, Nielsen, Pedersen, Christensen, Sørensen, Rasmussen, Jørgensen, Madsen, "
        "Mortensen, Østergaard, Kjær, Lauridsen",
        "",
        "",
    ),
    (
        "finnish",
        "Aino, Sanna, Kaisa, Noora, Tuuli, Riikka, Minna",
        "Juha, Mikko, Antti, Jussi, Teemu, Janne, Lauri, Heikki",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Heikkinen, Koskinen, "
        "Järvinen, Lehtonen, Salminen, Rantanen",
        "",
        "",
    ),
    (
        "icelandic",
        "Guðrún, Sigríður, Katrín, Þórdís, Hildur, Brynja, Ásdís",
        "Gunnar, Sigurður, Ólafur, Einar, Stefán, Kristján, Haukur, Birgir",
        "Jónsdóttir, Sigurðardóttir, Guðmundsdóttir, Gunnarsdóttir, Ólafsdóttir, Einarsdóttir, "
        "Magnúsdóttir",
        "Jónsson, Sigurðsson, Guðmundsson, Gunnarsson, Ólafsson, Einarsson, Magnússon",
        "tg",
    ),
    (
        "sami",
        "Risten, Máret, Sunná, Ingá, Biret",
        "Ánde, Niillas, Jovnna, Issát, Áslat",
        "Gaup, Somby, Utsi, Mienna, Buljo, Hætta, Magga, Oskal",
        "",
        "",
    ),
    (
        "maori",
        "Aroha, Marama, Hine, Ngaio, Kiri, Anahera, Huia",
        "Tane, Wiremu, Rawiri, Hemi, Mikaere, Tamati, Nikau, Manaia",
        "Ngata, Parata, Tipene, Tawhiri, Rewiti, Te Whare, Pomare, Tuhiwai, Ruatapu, Horomona",
        "",
        "",
    ),
    (
        "samoan",
        "Losa, Sina, Malia, Alofa, Fetu",
        "Tavita, Iosefa, Mikaele, Tasi, Leota",
        "Tuilagi, Faleolo, Tuimavave, Aumua, Toleafoa, Sapolu, Afamasaga, Lealaiauloto",
        "",
        "",
    ),
    (
        "tongan",
        "Mele, Salote, Lesieli, Losaline, Siosiana",
        "Sione, Viliami, Siaosi, Sitani, Pauliasi, Semisi",
        "Fifita, Taufa, Tupou, Havili, Vaipulu, Moala, Fonua, Latu, Vake",
        "",
        "",
    ),
    (
        "fijian",
        "Litia, Mereoni, Akanisi, Vasemaca, Salanieta, Unaisi",
        "Josaia, Jone, Tevita, Isikeli, Waisea, Apisai, Sakiusa",
        "Ravouvou, Nadolo, Tuilevuka, Naivalu, Vunibaka, Raqona, Vakacegu, Bulavou, Koroi",
        "",
        "",
    ),
    (
        "hawaiian",
        "Leilani, Kailani, Noelani, Kalena, Pualani",
        "Kainoa, Keoni, Makoa, Ikaika, Kekoa, Kawika",
        "Kahananui, Kealoha, Kamakau, Akana, Kahale, Nakoa, Keawe, Kanahele, Kaleikini",
        "",
        "",
    ),
    (
        "dine",
        "Shandiin, Nizhoni, Dezba, Yanaba, Doli, Lorena",
        "Ahiga, Niyol, Bidziil, Kee, Delbert, Leroy",
        "Begay, Yazzie, Tsosie, Benally, Etsitty, Manygoats, Tso, Chee, Tsinajinnie, Bitsui, "
        "Yellowhair",
        "",
        "",
    ),
    (
        "lakota",
        "Winona, Tasina, Wichapi, Kimimela, Chumani",
        "Wanbli, Mato, Ohitika, Chaska, Takoda",
        "Two Bulls, Red Cloud, Iron Shell, Black Elk, Little Thunder, Two Crow, Fast Horse, "
        "High Hawk, Yellow Robe",
        "",
        "",
    ),
    (
        "cree",
        "Delphine, Bernadette, Marlene, Rhoda, Florence",
        "Clifford, Harvey, Wendell, Dwayne, Gilbert",
        "Ahenakew, Wuttunee, Bigstone, Wapass, Sewepagaham, Okemaw, Gladue, Laboucan",
        "",
        "",
    ),
    (
        "inuit",
        "Elisapee, Aputi, Ooleepeeka, Malaya, Qaunaq, Annie",
        "Pauloosie, Lucassie, Jaypeetee, Qajaaq, Tomassie, Joanasie, Simeonie",
        "Kusugak, Aglukark, Qitsualik, Arnaquq, Kilabuk, Akeeagok, Ishulutak, Nungaq, Kunuk, "
        "Angnakak, Pitsiulak",
        "",
        "",
    ),
    (
        "andean",
        "Killa, Sumaq, Urpi, Yanira, Kantuta, Nayra",
        "Inti, Amaru, Kusi, Sayri, Wayra, Titu",
        "Mamani, Quispe, Huamán, Condori, Choque, Yupanqui, Huarachi, Apaza, Ticona, Layme",
        "",
        "",
    ),
    (
        "mapuche",
        "Ayelén, Rayén, Millaray, Aylin, Llanquiray",
        "Nahuel, Ñancu, Huenu, Pehuén, Calfu",
        "Huenchumilla, Painemal, Catrileo, Millapán, Ñancupil, Curiqueo, Llancaqueo, Quilaqueo, "
        "Huaiquimil",
        "",
        "",
    ),
    (
        "aboriginal_au",
        "Djapirri, Yalmay, Naminapu, Dhuwarrwarr, Yinkina",
        "Djalu, Witiyana, Djawa, Banula, Yingiya",
        "Yunupingu, Gurruwiwi, Marika, Wanambi, Mununggurr, Gumana, Tjapaltjarri, Napangardi, "
        "Jungarrayi, Nungurrayi, Tjakamarra",
        "",
        "",
    ),
)

# Given names that are also everyday English words: planted as PERSON only where the text says
# they are people (culture "word"); clean prompts use them as words ("we hope", "bill me").
WORD_GIVEN_F = ("Hope", "Grace", "Rose", "Jade", "Faith", "Summer", "Sky", "Joy", "Ivy")
WORD_GIVEN_M = ("Will", "Mark", "Bill", "Hunter", "Frank")
WORD_FAMILY = (
    "Delaney, Prescott, Calloway, Merriweather, Ashby, Langford, Whitlock, Corbett, Kimball, "
    "Lockwood"
)

# Short forms people go by (given name -> nickname).
NICKNAMES: dict[str, str] = {
    "Oluwaseun": "Seun",
    "Babatunde": "Tunde",
    "Oluwafemi": "Femi",
    "Funmilayo": "Funmi",
    "Titilayo": "Titi",
    "Chukwuemeka": "Emeka",
    "Abdirahman": "Abdi",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Wojciech": "Wojtek",
    "Krzysztof": "Krzysiek",
    "Ekaterina": "Katya",
    "Dmitry": "Dima",
    "Anastasia": "Nastya",
    "Mikhail": "Misha",
    "Alexei": "Lyosha",
    "Oleksandr": "Sasha",
    "Jonathan": "Jon",
    "Philippa": "Pippa",
    "Abigail": "Abi",
    "Eleanor": "Ellie",
    "Thomas": "Tom",
    "Giuseppe": "Peppe",
    "Franziska": "Franzi",
    "Guillaume": "Guigui",
    "Giorgos": "Giorgakis",
    "Konstantina": "Ntina",
    "Venkatesh": "Venky",
    "Subhajit": "Subho",
    "Bauyrzhan": "Bauka",
    "Muhammad Hafiz": "Hafiz",
    "Nurul Izzah": "Izzah",
    "Kudakwashe": "Kuda",
    "Tafadzwa": "Tafi",
    "Pauloosie": "Paul",
    "Cristóbal": "Cris",
    "Inmaculada": "Inma",
    "José Luis": "Pepe",
    "Gianluca": "Luca",
}
