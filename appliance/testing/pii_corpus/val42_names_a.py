"""val42 names, part A: Europe, the Caucasus, the Middle East and North Africa.

One culture a line: "key | given names (women) | given names (men) | family names". An
underscore joins the words of one name ("de_Vries" is "de Vries"); a family name that
changes with gender is written "masculine/feminine" ("Smirnov/Smirnova"). Written for val42 from
common names of each culture; no list was copied.
"""

from __future__ import annotations

CULTURES_A = """
english | Chloe Bethany Harriet | Callum Rory Jasper | Whitlock Hargreaves Ashworth
scottish | Ailsa Catriona Morag | Fraser Angus Hamish | MacLeod Buchanan Ferguson
irish | Aoife Siobhán Niamh | Cillian Oisín Donal | O'Sullivan Donnelly Gallagher
welsh | Cerys Eleri Angharad | Dafydd Gethin Iwan | Pritchard Llewellyn Prosser
cornish | Morwenna Tamsin Kerensa | Jago Treve Cador | Trelawny Penrose Tregarthen
french | Camille Solène Élodie | Théo Baptiste Julien | Lefebvre Moreau Girard
german | Annika Friederike Svenja | Jörg Lukas Matthias | Schäfer Hoffmann Krüger
swiss | Seraina Ladina Corina | Reto Urs Dario | Brunner Gerber Käser
dutch | Femke Sanne Lieke | Joris Pieter Maarten | de_Vries Jansen Bakker
danish | Mette Sofie Freja | Mads Rasmus Søren | Nørgaard Jørgensen Kristensen
swedish | Linnea Elsa Maja | Gustav Oskar Nils | Lindqvist Bergström Sjöberg
norwegian | Ingrid Solveig Ragnhild | Håkon Eirik Sindre | Haugen Solberg Bakken
finnish | Aino Eveliina Sanni | Juho Teemu Veikko | Korhonen Virtanen Mäkinen
icelandic | Sigríður Guðrún Hrafnhildur | Gunnar Einar Snorri | Sigurðsson/Sigurðardóttir Magnússon/Magnúsdóttir Ólafsson/Ólafsdóttir
estonian | Kadri Liis Triin | Tõnu Priit Margus | Tamm Saar Kask
latvian | Ilze Baiba Zane | Jānis Edgars Kārlis | Bērziņš/Bērziņa Kalniņš/Kalniņa Ozols/Ozola
lithuanian | Rūta Gintarė Aušra | Mindaugas Vytautas Giedrius | Kazlauskas/Kazlauskienė Petrauskas/Petrauskaitė Jankauskas/Jankauskaitė
polish | Agnieszka Małgorzata Katarzyna | Krzysztof Wojciech Tomasz | Kowalczyk Wiśniewski/Wiśniewska Zieliński/Zielińska
czech | Tereza Lucie Markéta | Jiří Ondřej Vojtěch | Pokorný/Pokorná Novotný/Novotná Procházka/Procházková
slovak | Zuzana Lenka Martina | Tibor Juraj Matúš | Kováč/Kováčová Baláž/Balážová Oravec/Oravcová
hungarian | Zsófia Eszter Réka | Bence Levente Gergely | Nagy Kovács Szabó
romanian | Ioana Andreea Bianca | Andrei Mihai Ionuț | Popescu Ionescu Dumitrescu
bulgarian | Desislava Tsvetelina Radka | Stoyan Dimitar Hristo | Todorov/Todorova Hristov/Hristova Kostadinov/Kostadinova
serbian | Jelena Milica Dragana | Nemanja Dušan Miloš | Jovanović Petrović Nikolić
croatian | Dubravka Vesna Mateja | Ivica Tomislav Krešimir | Horvat Kovačević Babić
slovenian | Špela Nika Urška | Matej Gregor Jure | Novak Krajnc Zupančič
bosnian | Amra Lejla Selma | Emir Adnan Haris | Hodžić Begić Mehmedović
albanian | Arta Blerta Drita | Arben Besnik Driton | Krasniqi Berisha Gashi
macedonian | Biljana Jasmina Verica | Goran Dragan Zoran | Trajkovski/Trajkovska Stojanovski/Stojanovska Nikolovski/Nikolovska
greek | Eleni Dimitra Katerina | Giorgos Nikos Kostas | Papadopoulos/Papadopoulou Nikolaidis/Nikolaidou Georgiou
italian | Giulia Francesca Alessia | Matteo Lorenzo Davide | Esposito Colombo Morelli
spanish | Lucía Paloma Nerea | Álvaro Javier Iván | García Fernández Martínez
catalan | Roser Núria Meritxell | Oriol Pau Arnau | Puig Vilanova Ferrer
basque | Ainhoa Itziar Miren | Iñaki Unai Aitor | Etxeberria Goikoetxea Aguirre
portuguese | Inês Beatriz Leonor | João Tiago Duarte | Ferreira Pereira Carvalho
maltese | Rebekka Antonella Graziella | Ġużeppi Karmenu Jurgen | Borg Camilleri Vella
ukrainian | Oksana Olena Kateryna | Taras Bohdan Oleksandr | Kovalenko Bondarenko Tkachenko
russian | Yekaterina Svetlana Tatiana | Dmitri Sergei Alexei | Smirnov/Smirnova Kuznetsov/Kuznetsova Volkov/Volkova
georgian | Nino Tamar Ketevan | Giorgi Levan Lasha | Beridze Kapanadze Gelashvili
armenian | Anahit Lusine Armine | Aram Vahan Hovhannes | Hakobyan Petrosyan Sargsyan
azerbaijani | Aynur Günel Sevinj | Elchin Rashad Tural | Mammadov/Mammadova Huseynov/Huseynova Guliyev/Guliyeva
turkish | Elif Zeynep Ayşe | Emre Onur Mehmet | Yılmaz Kaya Demir
kurdish | Rojda Berfîn Şîlan | Rojhat Dilovan Serhat | Doski Amedi Hawrami
ashkenazi | Rivka Chaya Faigy | Mendel Shmuel Yankel | Rosenberg Goldfarb Katz
levantine | Rania Dalia Nour | Karim Tarek Fadi | Haddad Khoury Nasrallah
gulf | Noura Hessa Latifa | Khalid Saeed Hamad | Al_Mansouri Al_Suwaidi Al_Dhaheri
egyptian | Yasmin Mona Heba | Mahmoud Amr Waleed | Abdelrahman Mostafa Fathy
moroccan | Salma Khadija Imane | Youssef Hamza Anas | Benali El_Idrissi Tazi
algerian | Amina Nesrine Lamia | Sofiane Nassim Yacine | Benaissa Belkacem Hamidi
tunisian | Emna Sarra Olfa | Skander Wassim Aymen | Trabelsi Ben_Salah Jlassi
amazigh | Tiziri Dihya Tanirt | Massinissa Aksel Idir | Amrouche Oulhadj Ait_Ouali
iraqi | Zainab Shahad Huda | Mustafa Haider Ammar | Al_Jubouri Al_Obaidi Al_Tamimi
persian | Shirin Parisa Mahsa | Arash Dariush Kourosh | Hosseini Rahimi Karimi
afghan | Zarghona Malalai Palwasha | Wahid Zalmai Ajmal | Wardak Popal Stanikzai
hebrew | Noa Yael Shira | Itai Omer Noam | Cohen Mizrahi Peretz
"""
