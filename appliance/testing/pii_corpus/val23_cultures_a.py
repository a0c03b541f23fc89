"""People's names for val23 (see val23_names.py), part A: Britain and Ireland, the United
States, the rest of Europe, and Afrikaans. Written from the author's own head."""

from __future__ import annotations

# culture: (order, regions, female given names, male given names, family names)
CULTURES_A: dict[str, tuple[str, str, str, str, str]] = {
    "english": (
        "gf",
        "GB",
        "Charlotte Eleanor Harriet Imogen Philippa|Pippa Rosalind Beatrice Georgina Lucinda",
        "Alistair Rupert Timothy|Tim Nigel Oliver|Ollie Edmund Barnaby Jeremy",
        "Ashworth Pemberton Fairclough Thistlewood Hargreaves Whitmore Cartwright Blenkinsop "
        "Ramsbottom Featherstone Lockwood",
    ),
    "american": (
        "gf",
        "US",
        "Madison Brianna Kayla Courtney Lindsey Whitney Shelby Kaitlyn",
        "Tyler Brandon Cody Dustin Garrett Jaxon Colton Bradley",
        "Whitaker Haskins Pruitt McAllister Donnelly Hendricks Thibodeaux Kowalczyk Sorensen",
    ),
    "african_american": (
        "gf",
        "US",
        "Aaliyah Keisha Tanisha Nia Latrice Shaniece Deja",
        "DeShawn Jamal Darnell Tyrone Terrell Jalen Marquise",
        "Mosley Dorsey Gaines Haywood Tolliver Boykins Pettiford Coleridge Whitfield",
    ),
    "irish": (
        "gf",
        "IE GB",
        "Siobhán Aoife Niamh Gráinne Caoimhe Saoirse Róisín",
        "Pádraig Cathal Oisín Tadhg Ruairí Donncha Ciarán",
        "O'Sullivan Quinlan Moynihan Kavanagh Ó_Domhnaill/Ní_Dhomhnaill Ó_Ceallaigh/Ní_Cheallaigh "
        "Brennan Mac_Cárthaigh",
    ),
    "scottish": (
        "gf",
        "GB",
        "Eilidh Mhairi Catriona Morag Kirsty Iona",
        "Ruaraidh Lachlan Hamish Callum Struan Fraser",
        "MacLeod MacKinnon Urquhart Drummond Menzies Farquharson Chisholm Macaulay",
    ),
    "welsh": (
        "gf",
        "GB",
        "Rhiannon Siân Angharad Eluned Ffion Carys Nerys",
        "Dafydd Gruffydd Iwan Rhodri Emyr Gethin Aled",
        "Pritchard Llewellyn Vaughan Prys ap_Iorwerth Bowen Gwilym",
    ),
    "french": (
        "gf",
        "FR BE CH",
        "Margaux Solène Clémence Amandine Ségolène Éloïse Maëlle",
        "Thibault Grégoire Aurélien Baptiste Étienne Benoît Loïc",
        "Lefebvre Girard Mercier Gauthier Lemaire Perrin Vasseur Delattre Moreau",
    ),
    "german": (
        "gf",
        "DE AT CH",
        "Annika Friederike Henrike Wiebke Ulrike Brigitte Kerstin Svenja",
        "Johannes|Hannes Matthias Torsten Jörg Wolfgang Dietrich Florian Maximilian",
        "Schäfer Müller Hoffmann Krüger Weißenborn Zimmermann Brandt Hartmann Kühn Lehmann Schröder",
    ),
    "dutch": (
        "gf",
        "NL",
        "Femke Anouk Marieke Sanne Lieke Ilse Maaike",
        "Pieter Joost Bram Sjoerd Maarten Thijs Gijs",
        "van_der_Berg de_Vries Jansen Visser Mulder Hoekstra Verhoeven Kuipers van_Leeuwen Brouwer",
    ),
    "flemish": (
        "gf",
        "BE",
        "Lotte Elien Jolien Griet Hanne Sien",
        "Wout Stijn Wannes Koen Tijs Jens",
        "Peeters Janssens Maes Claes Vermeulen De_Smet Goossens Wouters Vandenbroucke",
    ),
    "spanish": (
        "gf",
        "ES",
        "María_José|Majo Inmaculada|Inma Rocío Almudena Remedios Encarnación|Encarna Begoña",
        "Francisco|Paco José_Manuel Íñigo Álvaro Gonzalo Rodrigo Ignacio",
        "García-Ruiz Fernández_Ortega Jiménez Navarro Domínguez Herrera Vázquez Sáez Ortiz_de_Zárate",
    ),
    "catalan": (
        "gf",
        "ES",
        "Montserrat|Montse Núria Mireia Laia Meritxell Roser",
        "Jordi Oriol Arnau Quim Xavier Pau",
        "Puig Ferrer Casals Soler Pujol Vidal Coll Sabaté Camprubí",
    ),
    "basque": (
        "gf",
        "ES",
        "Ainhoa Itziar Nerea Amaia Edurne Leire",
        "Iñaki Unai Aitor Gorka Xabier Mikel",
        "Etxeberria Goikoetxea Urrutia Agirre Arrieta Zubizarreta Larrañaga Olabarrieta",
    ),
    "portuguese": (
        "gf",
        "PT",
        "Inês Leonor Beatriz Matilde Madalena Joana",
        "Duarte Gonçalo Tiago Rui Nuno Afonso",
        "Carvalho Figueiredo Teixeira Azevedo Fonseca Rebelo Pimentel Antunes Cardoso",
    ),
    "brazilian": (
        "gf",
        "BR",
        "Ana_Clara Luana Thaís Raíssa Gabriela|Gabi Jéssica Larissa",
        "João_Pedro Thiago Caio Vinícius Rodrigo Anderson Wesley",
        "da_Silva Oliveira Ferreira Souza Rodrigues Barbosa Araújo Cavalcanti Nascimento Moraes",
    ),
    "italian": (
        "gf",
        "IT CH",
        "Chiara Giulia Francesca|Franci Ilaria Benedetta Ludovica Valentina",
        "Giuseppe|Peppe Lorenzo Matteo Niccolò Gianluca Pierpaolo Salvatore|Totò",
        "Esposito Bianchi Ricci De_Luca Mancini Lombardi Barbieri Santoro Cattaneo Ferraro "
        "Pellegrini",
    ),
    "greek": (
        "gf",
        "GR",
        "Eleni Katerina Despoina Theodora Vasiliki Chrysa Athina",
        "Giorgos Dimitris Konstantinos|Kostas Stavros Panagiotis|Panos Thanasis Michalis",
        "Papadopoulos/Papadopoulou Georgiou Nikolaidis/Nikolaidou Konstantinidis/Konstantinidou "
        "Alexiou Vlachos/Vlachou Karagiannis/Karagianni Oikonomou Triantafyllou",
    ),
    "polish": (
        "gf",
        "PL",
        "Agnieszka Małgorzata|Gosia Katarzyna|Kasia Zofia Weronika Aleksandra|Ola Bożena",
        "Krzysztof Grzegorz Wojciech Tomasz Łukasz Przemysław Jarosław",
        "Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Lewandowski/Lewandowska "
        "Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kaczmarek Pawlak",
    ),
    "czech": (
        "gf",
        "CZ",
        "Lucie Tereza Markéta Kateřina Zdeňka Radka",
        "Jiří Tomáš Ondřej Vojtěch Lukáš Radek Petr",
        "Novák/Nováková Svoboda/Svobodová Dvořák/Dvořáková Černý/Černá Procházka/Procházková "
        "Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová",
    ),
    "slovak": (
        "gf",
        "SK",
        "Zuzana Lenka Katarína Ivana Dominika Slávka",
        "Juraj Miroslav|Miro Marek Ľubomír Matúš Rastislav",
        "Horváth/Horváthová Kováč/Kováčová Baláž/Balážová Šimko/Šimková Hudák/Hudáková "
        "Oravec/Oravcová",
    ),
    "hungarian": (
        "gf",
        "HU",
        "Zsófia|Zsófi Katalin|Kati Erzsébet Réka Boglárka|Bogi Noémi Orsolya",
        "Bence Zoltán Gábor Csaba Levente Ákos Balázs",
        "Nagy Kovács Szabó Farkas Varga Lakatos Molnár Halász Szűcs Németh",
    ),
    "romanian": (
        "gf",
        "RO",
        "Ioana Andreea Roxana Mihaela Oana Cosmina Bianca",
        "Mihai Andrei Bogdan Radu Sorin Cătălin Vlad",
        "Popescu Ionescu Dumitrescu Constantinescu Stoica Munteanu Răducanu Georgescu Lungu",
    ),
    "bulgarian": (
        "gf",
        "BG",
        "Desislava|Desi Radostina Tsvetelina Gergana Milena Yordanka",
        "Hristo Stoyan Plamen Nikolay Ivaylo Georgi",
        "Petrov/Petrova Dimitrov/Dimitrova Georgiev/Georgieva Stoyanov/Stoyanova Todorov/Todorova "
        "Kolev/Koleva Angelov/Angelova",
    ),
    "croatian": (
        "gf",
        "HR",
        "Ivana Marija Lucija Mateja Nikolina Dunja",
        "Luka Tomislav Dario Filip Domagoj Krešimir",
        "Horvat Kovačević Babić Marić Jurić Knežević Vuković Perić Grgić",
    ),
    "serbian": (
        "gf",
        "RS",
        "Jelena Milica Dragana Snežana Jovana Tijana",
        "Nemanja Dušan Miloš Aleksandar|Saša Stefan Bojan Vuk",
        "Jovanović Petrović Nikolić Đorđević Stojanović Ilić Stanković Pavlović Marković Lazić",
    ),
    "bosnian": (
        "gf",
        "BA",
        "Amra Lejla Emina Selma Merima Ajla",
        "Adnan Edin Haris Mirza Kenan Jasmin",
        "Hodžić Begović Delić Hadžić Mehmedović Šehić Omerović Karić",
    ),
    "ukrainian": (
        "gf",
        "UA PL",
        "Oksana Olena Iryna Nataliia Yuliia Khrystyna Solomiia",
        "Oleksandr|Sashko Dmytro Bohdan Taras Andrii Yaroslav Mykola",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Oliynyk "
        "Lysenko Marchenko",
    ),
    "russian": (
        "gf",
        "KZ DE IL",
        "Yekaterina|Katya Anastasia|Nastya Svetlana|Sveta Ksenia Tatiana Darya Yelena",
        "Aleksandr|Sasha Dmitry Sergei Mikhail|Misha Vladimir Aleksei|Lyosha Pavel",
        "Ivanov/Ivanova Kuznetsov/Kuznetsova Sokolov/Sokolova Morozov/Morozova Volkov/Volkova "
        "Lebedev/Lebedeva Novikov/Novikova Fedorov/Fedorova Orlov/Orlova Zaitsev/Zaitseva",
    ),
    "lithuanian": (
        "gf",
        "LT",
        "Rūta Eglė Gintarė Aistė Ieva Justina",
        "Mindaugas Darius Vytautas Gediminas Arūnas Žygimantas",
        "Kazlauskas/Kazlauskienė Jankauskas/Jankauskienė Petrauskas/Petrauskienė "
        "Stankevičius/Stankevičienė Vasiliauskas/Vasiliauskienė Žukauskas/Žukauskienė "
        "Butkus/Butkienė",
    ),
    "latvian": (
        "gf",
        "LV",
        "Līga Ilze Inese Dace Zane Kristīne",
        "Jānis Andris Edgars Mārtiņš Raimonds Uldis",
        "Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Jansons/Jansone Liepiņš/Liepiņa "
        "Krūmiņš/Krūmiņa Vītols/Vītola",
    ),
    "estonian": (
        "gf",
        "EE",
        "Kadri Triin Maarja Liis Kertu Piret",
        "Tõnis Rasmus Margus Priit Indrek Jaak",
        "Tamm Saar Sepp Mägi Kask Rebane Ilves Pärn Koppel Lepik",
    ),
    "finnish": (
        "gf",
        "FI",
        "Aino Sanna Tuuli Satu Riikka Hanna-Leena",
        "Juha Jussi Mikko Pekka Antti Lauri Tapio",
        "Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laaksonen Heikkinen Koskinen Järvinen "
        "Lehtonen",
    ),
    "swedish": (
        "gf",
        "SE",
        "Ingrid Astrid Linnéa Sigrid Ebba Maja",
        "Björn Gustav Oskar Henrik Viktor Sixten",
        "Lindqvist Bergström Sjöberg Holmgren Engström Nordin Wallin Åberg Lundgren Ekholm "
        "Söderberg",
    ),
    "norwegian": (
        "gf",
        "NO",
        "Ingvild Solveig Kari Ragnhild Tuva Synnøve",
        "Eirik Håkon Sindre Torbjørn Sigurd Øyvind",
        "Haugen Berntsen Solberg Bakken Halvorsen Nygaard Rønning Aasen Ødegård Moen",
    ),
    "danish": (
        "gf",
        "DK",
        "Mette Signe Rikke Sofie Birgitte Lærke",
        "Mads Søren Jesper Frederik Niels Kasper",
        "Rasmussen Jørgensen Kristensen Mortensen Thygesen Poulsen Bech Østergaard Skovgaard "
        "Lauridsen",
    ),
    "icelandic": (
        "patro",
        "IS",
        "Guðrún Sigríður Ásdís Hrafnhildur Katrín Steinunn",
        "Gunnar Sigurður Þórður Ragnar Einar Hallgrímur",
        "Jónsson/Jónsdóttir Einarsson/Einarsdóttir Magnússon/Magnúsdóttir "
        "Stefánsson/Stefánsdóttir Gunnarsson/Gunnarsdóttir Ólafsson/Ólafsdóttir "
        "Þorsteinsson/Þorsteinsdóttir",
    ),
    "sami": (
        "gf",
        "NO SE FI",
        "Máret Risten Biret Elle Ánne Inga",
        "Ánde Ailo Niillas Mihkkal Ásllat Jovnna",
        "Somby Utsi Gaup Eira Balto Hætta Buljo Turi Kuhmunen",
    ),
    "afrikaans": (
        "gf",
        "ZA",
        "Annelie Marlize Elmarie Riana Liezl Chantelle",
        "Jaco Hennie Wikus Ruan Deon Schalk",
        "van_der_Merwe Botha Pretorius du_Plessis Venter Coetzee Steyn Joubert Fourie Engelbrecht",
    ),
}
