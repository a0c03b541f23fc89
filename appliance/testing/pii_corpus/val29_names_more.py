"""More names for val29 (see val29_names.py): the cultures of Europe, the Middle East and
Caucasus, the Pacific, the Indigenous Americas and Australia, the Caribbean and Africa that
did not fit in val29_names.py. Same layout: region, style, male given names, female given
names, family names, female family names."""

from __future__ import annotations

_RAW_MORE: dict[str, tuple[str, str, str, str, str, str]] = {
    "russian": (
        "RU",
        "w",
        "Dmitri/Dima, Sergei, Aleksandr/Sasha, Mikhail/Misha, Nikolai, Artyom,"
        " Konstantin/Kostya, Vsevolod",
        "Anastasia/Nastya, Yekaterina/Katya, Svetlana/Sveta, Tatiana, Irina, Olga, Yulia, Ksenia",
        "Sokolov, Volkov, Morozov, Lebedev, Novikov, Fedorov, Orlov, Belov, Zaitsev, Vinogradov,"
        " Kozlov, Gusev",
        "Sokolova, Volkova, Morozova, Lebedeva, Novikova, Fedorova, Orlova, Belova, Zaitseva,"
        " Vinogradova, Kozlova, Guseva",
    ),
    "ukrainian": (
        "UA",
        "w",
        "Oleksandr, Taras, Bohdan, Andriy, Yaroslav, Mykola, Dmytro, Serhiy",
        "Oksana, Iryna, Kateryna, Halyna, Solomiya, Nataliya, Olena, Khrystyna",
        "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Hrytsenko,"
        " Lysenko, Savchuk, Marchenko, Rudenko",
        "",
    ),
    "polish": (
        "PL",
        "w",
        "Krzysztof, Paweł, Grzegorz, Wojciech, Marcin, Tomasz, Bartosz, Michał",
        "Agnieszka, Małgorzata, Katarzyna/Kasia, Joanna, Magdalena, Zofia, Aleksandra, Dorota",
        "Kowalski, Wiśniewski, Lewandowski, Zieliński, Wójcik, Kamiński, Szymański, Dąbrowski,"
        " Woźniak, Mazur, Jankowski, Krawczyk",
        "Kowalska, Wiśniewska, Lewandowska, Zielińska, Wójcik, Kamińska, Szymańska, Dąbrowska,"
        " Woźniak, Mazur, Jankowska, Krawczyk",
    ),
    "czech": (
        "CZ",
        "w",
        "Jiří, Tomáš, Petr, Lukáš, Ondřej, Vojtěch, Jakub, Zdeněk",
        "Lenka, Tereza, Markéta, Kateřina, Eliška, Barbora, Veronika, Šárka",
        "Novák, Svoboda, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Pokorný, Král",
        "Nováková, Svobodová, Dvořáková, Černá, Procházková, Kučerová, Veselá, Horáková,"
        " Němcová, Pokorná, Králová",
    ),
    "hungarian": (
        "HU",
        "e30",
        "Ádám, Bence, Levente, Gergő, Tamás, Márton, Zsolt, Csaba",
        "Zsófia, Eszter, Réka, Boglárka, Anikó, Dorottya, Ildikó, Katalin",
        "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Molnár, Farkas, Balogh, Papp, Lakatos, Takács",
        "",
    ),
    "romanian": (
        "RO",
        "w",
        "Andrei, Mihai, Bogdan, Cristian, Vlad, Sorin, Ionuț, Cătălin",
        "Ioana, Raluca, Ileana, Oana, Mădălina, Andreea, Roxana, Simona",
        "Popescu, Ionescu, Dumitrescu, Constantinescu, Stoica, Munteanu, Florea, Radu, Gheorghiu,"
        " Marinescu, Niculescu, Preda",
        "",
    ),
    "serbian": (
        "RS",
        "w",
        "Marko, Nikola, Dragan, Stefan, Luka, Goran, Miloš, Nemanja",
        "Jelena, Ivana, Milica, Tijana, Dragana, Snežana, Jovana, Katarina",
        "Petrović, Jovanović, Nikolić, Marković, Đorđević, Kovačević, Horvat, Babić, Perić,"
        " Stojanović, Ilić, Pavlović",
        "",
    ),
    "greek": (
        "GR",
        "w",
        "Giorgos, Dimitris, Nikos, Kostas, Yannis, Panagiotis, Christos, Stavros",
        "Eleni, Katerina, Despina, Vasiliki, Ioanna, Eirini, Chrysa, Theodora",
        "Papadopoulos, Nikolaidis, Karagiannis, Vlachos, Makris, Georgiou, Konstantinou,"
        " Alexiou, Christodoulou, Oikonomou, Papadakis, Antoniou",
        "Papadopoulou, Nikolaidou, Karagianni, Vlachou, Makri, Georgiou, Konstantinou, Alexiou,"
        " Christodoulou, Oikonomou, Papadaki, Antoniou",
    ),
    "italian": (
        "IT",
        "w",
        "Matteo, Lorenzo, Alessandro, Giuseppe/Peppe, Davide, Gianluca, Riccardo, Stefano",
        "Giulia, Chiara, Francesca/Checca, Federica, Martina, Elisa, Serena, Ludovica",
        "Rossi, Bianchi, Esposito, Ricci, Greco, Marchetti, De Luca, Mancini, Barbieri,"
        " Santoro, Caruso, Ferraro",
        "",
    ),
    "spanish": (
        "ES",
        "dbl",
        "Javier, Alejandro, Pablo, Sergio, Íñigo, Álvaro, Rubén, Jorge",
        "María José, Lucía, Marta, Nuria, Begoña, Pilar, Rocío, Inmaculada",
        "García-Ruiz, Fernández, López, Martínez, Sánchez, Gómez, Jiménez, Moreno, Navarro,"
        " Romero, Torres, Ortega",
        "",
    ),
    "basque": (
        "ES",
        "w",
        "Aitor, Iker, Unai, Gorka, Xabier, Asier, Ander, Eneko",
        "Ainhoa, Maialen, Nerea, Itziar, Amaia, Leire, Irati, Garazi",
        "Etxeberria, Goikoetxea, Agirre, Urrutia, Arrieta, Zubizarreta, Larrañaga, Bengoetxea,"
        " Olabarria, Iturbe, Aranburu, Elizondo",
        "",
    ),
    "portuguese": (
        "PT",
        "dbl",
        "João, Tiago, Rui, Gonçalo, Duarte, Nuno, Afonso, Vasco",
        "Inês, Beatriz, Mariana, Leonor, Catarina, Matilde, Madalena, Filipa",
        "Silva, Ferreira, Pereira, Oliveira, Rodrigues, Martins, Sousa, Fernandes, Gonçalves,"
        " Carvalho, Lopes, Marques",
        "",
    ),
    "brazilian": (
        "BR",
        "dbl",
        "Thiago, Rafael, Gustavo, Leonardo, Vinícius, Bruno, Caio, Matheus",
        "Larissa, Camila, Fernanda, Juliana, Letícia, Gabriela, Thaís, Bianca",
        "Souza, Almeida, Ribeiro, Barbosa, Cavalcanti, Nascimento, Araújo, Moreira, Teixeira,"
        " Cardoso, Rocha, Monteiro",
        "",
    ),
    "mexican": (
        "MX",
        "dbl",
        "Guillermo, José Luis, Francisco/Paco, Emiliano, Diego, Rodrigo, Arturo, Héctor",
        "Guadalupe/Lupita, Ximena, Valeria, Itzel, Marisol, Alejandra, Citlali, Yareli",
        "Hernández, González, Ramírez, Vázquez, Aguilar, Morales, Domínguez, Castañeda, Ochoa,"
        " Zepeda, Villarreal, Cisneros",
        "",
    ),
    "andean": (
        "PE",
        "w",
        "Wayra, Inti, Edwin, Wilmer, Percy, Amaru, Kusi, Yuri",
        "Killa, Sumaq, Yessenia, Nelly, Sisa, Nayra, Urpi, Micaela",
        "Quispe, Mamani, Huamán, Condori, Choque, Apaza, Yupanqui, Huanca, Chambi, Ticona,"
        " Colque, Ccori",
        "",
    ),
    "colombian": (
        "CO",
        "w",
        "Juan Camilo, Andrés Felipe, Sebastián, Jhon Jairo, Yeison, Julián, Esteban, Mauricio",
        "Valentina, Daniela, Luisa Fernanda, Estefanía, Natalia, Manuela, Paola, Yuliana",
        "Restrepo, Ospina, Cárdenas, Londoño, Zapata, Villegas, Arango, Quintero, Betancourt,"
        " Echeverri, Giraldo, Montoya",
        "",
    ),
    "rioplatense": (
        "AR",
        "w",
        "Facundo, Martín, Nicolás, Tomás, Joaquín, Lautaro, Gonzalo, Ignacio",
        "Agustina, Florencia, Milagros, Candela, Antonella, Belén, Josefina, Luciana",
        "Rodríguez, Pereyra, Sosa, Acosta, Benítez, Medina, Herrera, Giménez, Ledesma, Ferreyra,"
        " Quiroga, Aguirre",
        "",
    ),
    "caribbean": (
        "JM",
        "w",
        "Dwayne, Odane, Delroy, Kemar, Andre, Shamar, Tevin, Roshane",
        "Shanice, Kadian, Tameka, Shantelle, Marcia, Nadine, Trudy-Ann, Kerene",
        "Francis, Reid, Thompson, Hylton, McKenzie, Ramsingh, Maharaj, Persad, Gayle, Powell,"
        " Ellis, Samuda",
        "",
    ),
    "english": (
        "GB",
        "w",
        "Callum, Rupert, Alistair, Jeremy, Giles, Crispin, Barnaby, Tristram",
        "Imogen, Harriet, Philippa, Fiona, Lucinda, Felicity, Georgina, Henrietta",
        "Whitfield, Ashworth, Pemberton, Hollingsworth, Thornton, Fairbairn, Redfern, Cartwright,"
        " Heseltine, Blackwood, Hargreaves, Pickering",
        "",
    ),
    "irish": (
        "IE",
        "w",
        "Cian, Oisín, Pádraig, Eoin, Tadhg, Cathal, Donncha, Ruairí",
        "Siobhán, Niamh, Aoife, Caoimhe, Róisín, Saoirse, Orla, Gráinne",
        "O'Sullivan, Ó Súilleabháin, Kavanagh, Byrne, Ó Ceallaigh, Brennan, Doherty,"
        " Mac Cárthaigh, Ó Briain, Flanagan, Geraghty, Mulcahy",
        "",
    ),
    "welsh": (
        "GB",
        "w",
        "Dafydd, Gruffudd, Iwan, Rhodri, Emyr, Llŷr, Geraint, Huw",
        "Siân, Cerys, Angharad, Eleri, Gwenllian, Nia, Ffion, Bethan",
        "Pritchard, Llewellyn, Vaughan, Parry, Prosser, Bevan, Gwynne, Probert, Pugh, Rhydderch,"
        " Maddocks, ap Rhys",
        "",
    ),
    "scottish": (
        "GB",
        "w",
        "Ruaridh, Hamish, Lachlan, Struan, Alasdair, Murdo, Fergus, Euan",
        "Eilidh, Morag, Kirsty, Mhairi, Catriona, Ishbel, Rhona, Seonaid",
        "MacLeod, MacKinnon, Drummond, Farquharson, Urquhart, Menzies, Buchanan, Gillespie,"
        " Cunningham, Lindsay, Macaulay, Crichton",
        "",
    ),
    "german": (
        "DE",
        "w",
        "Jonas, Lukas, Tobias, Moritz, Florian, Matthias, Benedikt, Jannik",
        "Lena, Katharina, Johanna, Friederike, Anneliese, Wiebke, Annika, Ulrike",
        "Becker, Hoffmann, Schäfer, Zimmermann, Krüger, Hartmann, Schulz, Brandt, Engelhardt,"
        " Weißmann, Schröder, Neumann",
        "",
    ),
    "dutch": (
        "NL",
        "w",
        "Joris, Bram, Thijs, Jeroen, Sjoerd, Wouter, Maarten, Gijs",
        "Sanne, Femke, Anouk, Lotte, Maartje, Ilse, Marloes, Eline",
        "van der Berg, de Vries, Jansen, Visser, Smit, Meijer, de Jong, van Dijk, Bosman,"
        " Hendriks, Dekker, van Leeuwen, Verhoeven, Kuipers",
        "",
    ),
    "flemish": (
        "BE",
        "w",
        "Pieter, Wout, Jelle, Stijn, Arne, Koen, Sander, Bert",
        "Liesbeth, Fien, Elke, Nele, Griet, Sofie, Hanne, Ine",
        "Peeters, Janssens, Lemmens, Verstraete, Claes, Goossens, Wouters, De Smet, Vermeulen,"
        " Van den Broeck, Mertens, Desmet",
        "",
    ),
    "french": (
        "FR",
        "w",
        "Théo, Antoine, Baptiste, Guillaume, Benoît, Maxime, Quentin, Arnaud",
        "Camille, Manon, Chloé, Océane, Élodie, Solène, Clémence, Aurélie",
        "Dubois, Lefèvre, Moreau, Girard, Fontaine, Rousseau, Mercier, Faure, Gauthier, Perrin,"
        " Garnier, Lemaire",
        "",
    ),
    "swedish": (
        "SE",
        "w",
        "Oskar, Axel, Viktor, Gustav, Nils, Hampus, Albin, Linus",
        "Linnea, Ebba, Freja, Maja, Astrid, Ingela, Tova, Alva",
        "Lindqvist, Bergström, Johansson, Sjöberg, Eklund, Holmgren, Nyström, Wallin, Åkesson,"
        " Lundgren, Hedlund, Söderberg",
        "",
    ),
    "norwegian": (
        "NO",
        "w",
        "Sindre, Eirik, Håkon, Torstein, Øystein, Magnus, Vegard, Knut",
        "Ingrid, Solveig, Marit, Ragnhild, Sigrid, Ingvild, Kari, Silje",
        "Haugen, Bakken, Solberg, Berge, Dahl, Fjeld, Nygaard, Halvorsen, Tveit, Røed, Hovland,"
        " Aasen",
        "",
    ),
    "danish": (
        "DK",
        "w",
        "Rasmus, Mads, Søren, Anders, Frederik, Jesper, Kasper, Mikkel",
        "Mette, Trine, Kirstine, Birgitte, Lærke, Nanna, Ida, Karoline",
        "Nielsen, Jørgensen, Pedersen, Kristensen, Mikkelsen, Thomsen, Rasmussen, Poulsen,"
        " Østergaard, Frandsen, Kjær, Lauridsen",
        "",
    ),
    "finnish": (
        "FI",
        "w",
        "Juha, Mikko, Jukka, Petteri, Antti, Lauri, Teemu, Janne",
        "Aino, Sanna, Tuuli, Elina, Kaisa, Pirjo, Hanna, Riikka",
        "Virtanen, Korhonen, Mäkinen, Nieminen, Heikkinen, Laaksonen, Järvinen, Lehtonen,"
        " Hämäläinen, Koskinen, Salminen, Heinonen",
        "",
    ),
    "icelandic": (
        "IS",
        "w",
        "Guðmundur, Sigurður, Gunnar, Einar, Kristján, Ólafur, Bjarni, Snorri",
        "Guðrún, Sigríður, Kristín, Hildur, Ásdís, Bryndís, Katrín, Þórunn",
        "Jónsson, Sigurðsson, Einarsson, Magnússon, Ólafsson, Stefánsson, Gunnarsson, Helgason",
        "Jónsdóttir, Sigurðardóttir, Einarsdóttir, Magnúsdóttir, Ólafsdóttir, Stefánsdóttir,"
        " Gunnarsdóttir, Helgadóttir",
    ),
    "sami": (
        "NO",
        "w",
        "Ánte, Niillas, Mikkal, Áslat, Issát, Piera, Jovnna, Mahtte",
        "Sára, Inga, Máret, Risten, Elen, Biret, Ánne, Kárená",
        "Somby, Gaup, Eira, Utsi, Buljo, Turi, Valkeapää, Hætta, Oskal, Logje",
        "",
    ),
    "lithuanian": (
        "LT",
        "w",
        "Mindaugas, Tomas, Darius, Vytautas, Rokas, Paulius, Justinas, Gintaras",
        "Rūta, Aistė, Gintarė, Eglė, Indrė, Justina, Greta, Ieva",
        "Kazlauskas, Petrauskas, Jankauskas, Žukauskas, Butkus, Stankevičius, Vasiliauskas,"
        " Paulauskas",
        "Kazlauskienė, Petrauskaitė, Jankauskienė, Žukauskaitė, Butkienė, Stankevičiūtė,"
        " Vasiliauskienė, Paulauskaitė",
    ),
    "latvian": (
        "LV",
        "w",
        "Jānis, Kārlis, Artūrs, Mārtiņš, Edgars, Raimonds, Krišjānis, Uldis",
        "Ilze, Līga, Dace, Baiba, Inese, Zane, Agnese, Ieva",
        "Bērziņš, Kalniņš, Ozoliņš, Liepiņš, Krūmiņš, Zariņš, Vītols, Balodis",
        "Bērziņa, Kalniņa, Ozoliņa, Liepiņa, Krūmiņa, Zariņa, Vītola, Balode",
    ),
    "hebrew": (
        "IL",
        "w",
        "Yonatan, Eitan, Itai, Omer, Nadav, Yuval, Amit, Gilad",
        "Noa, Tamar, Shira, Michal, Yael, Avital, Noga, Hila",
        "Cohen, Mizrahi, Peretz, Friedman, Katz, Ben-David, Shapiro, Avraham, Dahan, Biton,"
        " Ashkenazi, Goldberg",
        "",
    ),
    "armenian": (
        "AM",
        "w",
        "Armen, Tigran, Hayk, Vardan, Aram, Narek, Gagik, Levon",
        "Anahit, Lusine, Nare, Siranush, Astghik, Gayane, Lilit, Hasmik",
        "Hakobyan, Petrosyan, Sargsyan, Grigoryan, Harutyunyan, Avetisyan, Mkrtchyan,"
        " Karapetyan, Vardanyan, Gevorgyan, Ghazaryan, Manukyan",
        "",
    ),
    "georgian": (
        "GE",
        "w",
        "Giorgi, Levan, Davit, Irakli, Lasha, Zurab, Otar, Revaz",
        "Nino, Ketevan/Keti, Salome, Tekla, Natia, Tamta, Maka, Lika",
        "Beridze, Kapanadze, Gelashvili, Maisuradze, Lomidze, Tsiklauri, Javakhishvili,"
        " Kvaratskhelia, Nozadze, Chkheidze, Gogoladze, Abashidze",
        "",
    ),
    "maori": (
        "NZ",
        "w",
        "Wiremu, Tamati, Rangi, Manaia, Hemi, Rawiri, Whetu, Tipene",
        "Aroha, Huhana, Hine, Anahera, Kiri, Ngaio, Marama, Kahurangi",
        "Ngata, Parata, Te Rangi, Pomare, Tawhiri, Ruatapu, Karaka, Horomona, Tuhiwai, Kereama,"
        " Waititi, Tamihana",
        "",
    ),
    "tongan_samoan": (
        "TO",
        "w",
        "Sione, Tevita, Viliami, Sefa, Siaosi, Semisi, Iosefa, Leilua",
        "Mele, Litia, Salote, Fetu, Losana, Seini, Akanesi, Vika",
        "Tuilagi, Faleolo, Leota, Fifita, Tupou, Vainikolo, Taufa, Ioane, Sapolu, Moala, Fonoti,"
        " Taumalolo",
        "",
    ),
    "aboriginal_australian": (
        "AU",
        "w",
        "Djalu, Yarran, Marlu, Jandamarra, Burnum, Wirrin, Kurrah, Binda",
        "Yindi, Marlee, Alinta, Jedda, Kalinda, Kirra, Allira, Lowanna",
        "Yunupingu, Marika, Wanganeen, Mundine, Tjapaltjarri, Namatjira, Gumbula, Wunungmurra,"
        " Tipungwuti, Nganjmirra, Burarrwanga, Gurruwiwi",
        "",
    ),
    "native_north_american": (
        "US",
        "w",
        "Chayton, Ahiga, Kele, Hania, Mato, Takoda, Elan, Tocho",
        "Nizhoni, Kimimela, Dyani, Ayasha, Onawa, Aiyana, Halona, Sahkyo",
        "Begay, Yazzie, Tsosie, Benally, Harjo, Deschenie, Skenandore, Manuelito, Etsitty, Chee,"
        " Tohannie, Bitsui",
        "",
    ),
    "greenlandic": (
        "GL",
        "w",
        "Aqqaluk, Kunuk, Pavia, Nuka, Inuk, Ujarak, Minik, Kaali",
        "Aputi, Ivalu, Naja, Nivi, Paninnguaq, Arnaq, Pipaluk, Aviaaja",
        "Kleist, Lynge, Berthelsen, Motzfeldt, Kristiansen, Olsen, Petersen, Heilmann, Rosing,"
        " Lyberth, Fleischer, Kreutzmann",
        "",
    ),
    "haitian": (
        "HT",
        "w",
        "Woodly, Jean-Robert, Ricot, Wilner, Fritzner, Frantz, Wesner, Jocelyn",
        "Fabienne, Nadège, Guerline, Ketly, Mirlande, Roseline, Widline, Yveline",
        "Désir, Célestin, Dorvil, Exantus, Bazile, Jean-Gilles, Augustin, Métellus, Thélusma,"
        " Étienne, Dorméus, Lafortune",
        "",
    ),
    "afrikaans": (
        "ZA",
        "w",
        "Pieter, Jaco, Hennie, Francois, Wynand, Johan, Riaan, Gerhard",
        "Annelie, Marelize, Liezl, Elmarie, Karlien, Riana, Anri, Sunette",
        "van der Merwe, Botha, Pretorius, Steyn, Venter, du Plessis, Coetzee, Nel, Joubert,"
        " Labuschagne, Oosthuizen, Grobler",
        "",
    ),
    "malagasy": (
        "MG",
        "w",
        "Rivo, Hery, Mamy, Andry, Njaka, Fidy, Haja, Tojo",
        "Haingo, Fanja, Voahangy, Lalao, Nirina, Tahiry, Onja, Miora",
        "Rakotomalala, Randriamampionona, Razafindrakoto, Andrianarisoa, Rasoanaivo,"
        " Ratsimbazafy, Rakotondrabe, Randrianasolo, Rabemananjara, Razanajatovo",
        "",
    ),
    "congolese": (
        "CD",
        "w",
        "Dieudonné, Glody, Blaise, Fiston, Rodrigue, Cédrick, Serge, Héritier",
        "Christelle, Ornella, Exaucée, Bénédicte, Plamedi, Dorcas, Nadia, Rebecca",
        "Ilunga, Mukendi, Kabongo, Tshibanda, Mbuyi, Nsimba, Kalala, Mulumba, Lukusa, Kasongo,"
        " Mutombo, Nzuzi",
        "",
    ),
    "rwandan": (
        "RW",
        "w",
        "Ganza, Shema, Manzi, Gisa, Kalisa, Mutabazi, Rukundo, Olivier",
        "Uwase, Ineza, Keza, Teta, Umutoni, Igihozo, Mahoro, Aline",
        "Uwimana, Niyonzima, Habimana, Mugisha, Nshuti, Iradukunda, Mukamana, Hakizimana,"
        " Byiringiro, Ndayisaba, Twagiramungu, Nkurunziza",
        "",
    ),
    "ganda": (
        "UG",
        "w",
        "Kato, Kizza, Wasswa, Mulondo, Kaweesa, Ssali, Muwanga, Kigozi",
        "Nakato, Nabukenya, Namutebi, Nansubuga, Babirye, Nalwoga, Achola, Auma",
        "Ssempala, Mukasa, Lubega, Kiggundu, Ssekandi, Mugerwa, Kasozi, Nsubuga, Okello, Odongo,"
        " Musoke, Ssewanyana",
        "",
    ),
}
