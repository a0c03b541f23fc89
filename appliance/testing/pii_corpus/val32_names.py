"""People's names for val32, written by its author from memory (no name list or library):
Europe, the Middle East, the Caucasus and Central Asia here, the rest of the world in
`val32_names_world`.

`CULTURES` maps a culture to (order, given names, family names). The order is "gf" (given
name first), "fg" (family name first: Chinese, Korean, Vietnamese, Hungarian, Cambodian) or
"mono" (one personal name, no family name: Burmese). Given names are "male, ... | female,
..."; a nickname follows in brackets ("Aleksandr(Sasha)"). A family name written "M/F" has a
form for men and one for women ("Ivanov/Ivanova", "Jónsson/Jónsdóttir").

`WORD_NAMES` are given names that are also everyday English words (culture "word"); they
are planted only in person slots and are exempt from the part-wide clean-text check.
"""

from __future__ import annotations

from appliance.testing.pii_corpus import val32_names_world

_EUROPE_WEST_ASIA: dict[str, tuple[str, str, str]] = {
    "english": (
        "gf",
        "Tobias, Alistair, Barnaby(Barney), Giles, Jolyon, Crispin, Peregrine | Harriet, "
        "Imogen, Felicity, Rosalind, Philippa(Pippa), Henrietta(Hetty), Cressida, Verity",
        "Ashworth, Pemberton, Thornbury, Whitcombe, Hollingsworth, Fairbairn, Cartwright, "
        "Blakemore, Everleigh, Winterbottom, Pettigrew, Ramsbottom",
    ),
    "american": (
        "gf",
        "Brandon, Tyler, Jaxon, Bryce, Cody, Dustin, Garrett | Kayleigh, Kinsley, Makenna, "
        "Shelby, Caitlyn, Kaylee, Brianna",
        "McAllister, Whitfield, Dunaway, Prescott, Holloway, Kimbrough, Rutledge, Gaskins, "
        "Pruitt, Stallworth, Applewhite",
    ),
    "irish": (
        "gf",
        "Oisín, Tadhg, Ruairí, Donncha, Cathal, Pádraig, Cormac | Siobhán, Niamh, Caoimhe, "
        "Aoife, Eimear, Saoirse, Gráinne, Fionnuala(Nuala)",
        "O'Sullivan, Mac Cárthaigh, Ó Briain, Donnelly, Cullinane, McGettigan, Breathnach, "
        "Lenihan, Ní Dhomhnaill, Moynihan",
    ),
    "scottish": (
        "gf",
        "Iain, Ruaridh, Lachlan, Alasdair, Hamish, Calum | Eilidh, Catriona, Mhairi, "
        "Seonaid, Morag, Kirsty, Isla",
        "MacLeod, Drummond, Urquhart, MacKinnon, Buchanan, Galbraith, Menzies, MacAulay, "
        "Lamont, Dalgleish",
    ),
    "welsh": (
        "gf",
        "Rhys, Dafydd, Gethin, Iolo, Gwilym, Tegid | Carys, Angharad, Eluned, Ffion, "
        "Siân, Bethan, Nerys",
        "Prosser, Pritchard, Llewellyn, Vaughan, Bevan, Parry, Gwynne, ap Rhys, Cadwaladr",
    ),
    "french": (
        "gf",
        "Théo, Baptiste, Aurélien, Corentin, Quentin, Loïc, Jean-Baptiste | Clémence, "
        "Solène, Gaëlle, Maëlys, Bérénice, Ségolène, Héloïse, Anne-Laure",
        "Lefebvre, Girard, Morel, Garnier, Lemaire, Perrin, Deschamps, Duval, Vasseur, "
        "Thibault, Brunet",
    ),
    "german": (
        "gf",
        "Jörg, Lukas, Henning, Torsten, Volker, Kai-Uwe, Maximilian | Friederike, "
        "Annegret, Wiebke, Sabine, Anneliese, Dörte, Ulrike",
        "Brandt, Hoffmeister, Kühn, Lindemann, Zöllner, Oberländer, Dreßler, Hüttner, "
        "Meißner, Riedel, Vogt, Bachmann",
    ),
    "austrian": (
        "gf",
        "Florian, Leopold, Valentin, Korbinian, Ferdinand | Magdalena, Veronika, "
        "Hannelore, Rosemarie, Aloisia",
        "Pichler, Gruber, Huber, Moser, Brunner, Egger, Hofer, Leitner, Wallner",
    ),
    "swiss": (
        "gf",
        "Reto, Urs, Gian-Luca, Fadri, Andri | Seraina, Mirjam, Corina, Ladina, Nadja",
        "Zbinden, Gisler, Bünzli, Tschudi, Ammann, Rüegg, Zwicky, Caviezel, Gadient",
    ),
    "dutch": (
        "gf",
        "Joost, Maarten, Daan, Thijs, Bram, Wouter, Sjoerd | Sanne, Femke, Lieke, "
        "Marloes, Ilse, Geertje",
        "van der Berg, de Vries, Visser, van Dijk, Jansen, Smit, Mulder, Vermeulen, "
        "van Leeuwen, Hoekstra, Dekker",
    ),
    "flemish": (
        "gf",
        "Wannes, Joris, Stijn, Wout, Brecht | Lotte, Jorinde, Elke, Griet, Annelies, Katrien",
        "Peeters, Janssens, Maes, Claes, Wouters, Goossens, De Smet, Vercauteren, "
        "Van Acker, Verstraete, Declercq",
    ),
    "spanish": (
        "gf",
        "Juan Pablo, Álvaro, Íñigo, Gonzalo, Jacinto, Francisco Javier | María José, "
        "Lucía, Nerea, Begoña, Rocío, Maite, Ainhoa, Inmaculada(Inma)",
        "García-Ruiz, Sánchez, Gómez, Alonso, Domínguez, Ortega, Gutiérrez, Navarro, "
        "Peñalver, Sáez, Carmona, Lozano",
    ),
    "catalan": (
        "gf",
        "Jordi, Arnau, Oriol, Quim, Ferran | Núria, Laia, Mireia, Meritxell, Roser",
        "Puig, Vidal, Soler, Ferrer, Pujol, Casals, Riera, Vilalta, Sabaté, Bonet",
    ),
    "basque": (
        "gf",
        "Aitor, Iker, Unai, Mikel, Joseba, Xabier | Itziar, Amaia, Garazi, Nahia, Edurne, Leire",
        "Etxeberria, Goikoetxea, Aguirre, Urrutia, Zubizarreta, Arrieta, Larrañaga, "
        "Olazabal, Beitia, Iturbe",
    ),
    "portuguese": (
        "gf",
        "João, Gonçalo, Tiago, Rui, Duarte, Nuno, Afonso | Inês, Beatriz, Leonor, Filipa, "
        "Margarida, Teresa",
        "Gonçalves, Ferreira, Carvalho, Rodrigues, Sousa, Magalhães, Pereira, "
        "Vasconcelos, Antunes, Monteiro, Bettencourt, Figueiredo",
    ),
    "brazilian": (
        "gf",
        "Thiago, Caio, Guilherme, Vinícius, Rodrigo, Igor | Larissa, Fernanda, Rafaela, "
        "Juliana, Letícia, Tainá, Ana Clara",
        "da Silva, dos Santos, Oliveira, Souza, Barbosa, Nascimento, Cavalcanti, Araújo, "
        "Ribeiro, Moreira, Teixeira, Bezerra",
    ),
    "italian": (
        "gf",
        "Matteo, Lorenzo, Alessandro, Riccardo, Gianluca, Tommaso, Edoardo | Giulia, "
        "Chiara, Federica, Beatrice, Martina, Ilaria, Benedetta, Caterina",
        "Bianchi, Esposito, Galli, De Luca, Mancini, Lombardi, Barbieri, Santoro, "
        "Ferraro, Pellegrini, Cattaneo, Giordano, Marchetti, Rinaldi",
    ),
    "greek": (
        "gf",
        "Giorgos, Konstantinos(Kostas), Panagiotis, Stavros, Thanasis, Christos | "
        "Eleni, Dimitra, Katerina, Vasiliki, Despina, Eirini, Fotini",
        "Papadopoulos/Papadopoulou, Georgiou, Konstantinidis/Konstantinidou, Oikonomou, "
        "Karagiannis/Karagianni, Vlachos/Vlachou, Dimitriou, Antoniadis/Antoniadou, "
        "Mavridis/Mavridou, Theodorakis/Theodoraki",
    ),
    "polish": (
        "gf",
        "Bartosz, Krzysztof, Wojciech, Grzegorz, Łukasz, Przemysław, Tomasz | Agnieszka, "
        "Małgorzata(Gosia), Zofia, Katarzyna(Kasia), Joanna, Dorota, Aleksandra(Ola)",
        "Kowalczyk, Wójcik, Mazur, Krawczyk, Nowak, Zając, Kaczmarek, Pawlak, Sikora, "
        "Dudek, Wróbel, Michalak, Wiśniewski/Wiśniewska",
    ),
    "czech": (
        "gf",
        "Jiří, Tomáš, Ondřej, Vojtěch, Radek, Jaroslav, Vít | Lenka, Kateřina, Markéta, "
        "Zuzana, Libuše, Šárka",
        "Dvořák/Dvořáková, Procházka/Procházková, Novotný/Novotná, Svoboda/Svobodová, "
        "Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová",
    ),
    "slovak": (
        "gf",
        "Juraj, Miroslav, Ľubomír, Matej, Branislav | Ivana, Michaela, Dominika, Ľudmila, Silvia",
        "Horváth/Horváthová, Kováč/Kováčová, Baláž/Balážová, Lukáč/Lukáčová, "
        "Hudák/Hudáková, Polák/Poláková, Mráz/Mrázová",
    ),
    "hungarian": (
        "fg",
        "Bence, Levente, Gergely, Ákos, Balázs, Zoltán | Zsófia, Dóra, Réka, Eszter, "
        "Orsolya, Krisztina",
        "Kovács, Szabó, Varga, Molnár, Farkas, Balogh, Takács, Juhász, Mészáros, Pintér",
    ),
    "romanian": (
        "gf",
        "Andrei, Mihai, Bogdan, Cătălin, Sorin, Ionuț, Florin | Ioana, Raluca, Oana, "
        "Roxana, Simona, Mădălina",
        "Popescu, Ionescu, Dumitrescu, Stoica, Munteanu, Constantinescu, Dobre, "
        "Vasilescu, Marinescu, Georgescu, Nistor, Bălan",
    ),
    "bulgarian": (
        "gf",
        "Georgi, Dimitar, Hristo, Todor, Stoyan, Kaloyan | Tsvetelina, Ralitsa, "
        "Desislava, Mariyana, Boryana, Petya",
        "Ivanov/Ivanova, Petrov/Petrova, Dimitrov/Dimitrova, Georgiev/Georgieva, "
        "Todorov/Todorova, Stoyanov/Stoyanova, Kolev/Koleva, Angelov/Angelova",
    ),
    "serbian": (
        "gf",
        "Nemanja, Miloš, Stefan, Vuk, Dušan, Nikola | Jelena, Dragana, Milica, Jovana, Snežana",
        "Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović, "
        "Stanković, Radovanović",
    ),
    "croatian": (
        "gf",
        "Luka, Domagoj, Tomislav, Krešimir, Hrvoje, Zvonimir | Ivana, Marija, Mateja, Nives, Dunja",
        "Horvat, Kovačević, Babić, Marić, Jurić, Knežević, Vuković, Perić, Matić, Tomić",
    ),
    "slovenian": (
        "gf",
        "Žiga, Blaž, Gašper, Anže, Matevž | Urška, Tjaša, Maja, Špela, Nuša",
        "Kranjc, Zupančič, Potočnik, Kovačič, Mlakar, Vidmar, Golob, Bizjak, Hribar",
    ),
    "albanian": (
        "gf",
        "Arben, Dritan, Gentian, Fatos, Ilir, Edon | Blerina, Elira, Jonida, Mirela, Besjana, Arta",
        "Hoxha, Krasniqi, Berisha, Gashi, Shehu, Dervishi, Kelmendi, Bajrami, Morina",
    ),
    "russian": (
        "gf",
        "Aleksandr(Sasha), Dmitry, Sergei, Mikhail(Misha), Nikolai, Pavel, Vladimir"
        "(Volodya) | Yekaterina(Katya), Anastasia(Nastya), Olga, Svetlana(Sveta), "
        "Tatiana, Irina, Yulia",
        "Smirnov/Smirnova, Kuznetsov/Kuznetsova, Sokolov/Sokolova, Volkov/Volkova, "
        "Morozov/Morozova, Lebedev/Lebedeva, Kozlov/Kozlova, Novikov/Novikova, "
        "Fyodorov/Fyodorova, Belov/Belova",
    ),
    "ukrainian": (
        "gf",
        "Oleksandr, Taras, Bohdan, Andriy, Yaroslav, Mykola, Vasyl | Oksana, Iryna, "
        "Olena, Nataliya, Halyna, Solomiya, Lesya",
        "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, "
        "Savchuk, Rudenko, Lysenko, Marchenko, Hnatyuk",
    ),
    "lithuanian": (
        "gf",
        "Jonas, Mindaugas, Darius, Vytautas, Rokas | Rūta, Eglė, Gintarė, Aušra, Ieva",
        "Kazlauskas/Kazlauskienė, Petrauskas/Petrauskienė, Jankauskas/Jankauskienė, "
        "Žukauskas/Žukauskienė, Butkus/Butkienė, Paulauskas/Paulauskienė",
    ),
    "latvian": (
        "gf",
        "Jānis, Andris, Mārtiņš, Kristaps, Edgars, Raimonds | Ilze, Liene, Dace, Inese, "
        "Zane, Sanita",
        "Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Krūmiņš/Krūmiņa, "
        "Jansons/Jansone, Vītols/Vītola, Zariņš/Zariņa",
    ),
    "estonian": (
        "gf",
        "Kristjan, Margus, Tõnu, Rasmus, Indrek, Siim | Liis, Kadri, Triin, Kertu, Piret",
        "Tamm, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik",
    ),
    "finnish": (
        "gf",
        "Juhani, Aleksi, Eero, Ville, Jussi, Onni, Veikko | Aino, Tuuli, Satu, Kaisa, Sirpa, Noora",
        "Virtanen, Korhonen, Mäkinen, Nieminen, Hämäläinen, Laaksonen, Heikkinen, "
        "Koskinen, Järvinen, Lehtonen, Salminen, Rantanen",
    ),
    "swedish": (
        "gf",
        "Björn, Gustav, Oskar, Viktor, Anders, Fredrik, Torbjörn | Linnéa, Ebba, Sigrid, "
        "Tove, Maj-Britt, Elin, Ylva",
        "Lindqvist, Bergström, Sandberg, Hedlund, Åkesson, Lundgren, Nyström, Ekholm, "
        "Sjöberg, Wallin, Forsberg, Holmgren",
    ),
    "norwegian": (
        "gf",
        "Sondre, Håkon, Eirik, Torstein, Magnus, Øystein, Vegard | Ingvild, Solveig, "
        "Ragnhild, Silje, Marit, Kari",
        "Haugen, Bakke, Solberg, Fjeld, Halvorsen, Dahl, Moen, Nygaard, Aasen, Brekke",
    ),
    "danish": (
        "gf",
        "Mikkel, Kasper, Jesper, Søren, Troels | Mette, Frederikke, Lærke, Ditte, Birgitte",
        "Nørgaard, Kjær, Østergaard, Mortensen, Rasmussen, Thygesen, Frandsen, "
        "Højgaard, Lauridsen, Vestergaard",
    ),
    "icelandic": (
        "gf",
        "Sigurður, Ólafur, Halldór, Einar, Snorri | Guðrún, Hrafnhildur, Þórdís, "
        "Katrín, Ásdís, Brynja",
        "Jónsson/Jónsdóttir, Einarsson/Einarsdóttir, Magnússon/Magnúsdóttir, "
        "Sigurðsson/Sigurðardóttir, Ólafsson/Ólafsdóttir, Helgason/Helgadóttir, "
        "Stefánsson/Stefánsdóttir",
    ),
    "turkish": (
        "gf",
        "Mehmet, Emre, Burak, Oğuz, Serkan, Kerem, Hakan | Ayşe, Elif, Zeynep, Merve, "
        "Gülşen, Büşra, Ebru, Tuğba",
        "Yılmaz, Öztürk, Şahin, Korkmaz, Aksoy, Polat, Karaca, Tekin, Özdemir, Ekinci, "
        "Uysal, Kocabaş",
    ),
    "kurdish": (
        "gf",
        "Serhat, Rêber, Şêrko, Hejar, Azad | Rojda, Berivan, Dilan, Jiyan, Nazdar, Shilan",
        "Zebari, Doski, Hawrami, Botani, Mukriyani, Rekani, Amedi",
    ),
    "persian": (
        "gf",
        "Dariush, Kaveh, Arash, Behrouz, Farhad, Kourosh, Babak | Parisa, Shirin, "
        "Niloufar, Mahsa, Golnar, Maryam",
        "Hosseini, Ahmadi, Karimi, Moradi, Rahimi, Jafari, Mohammadi, Sadeghi, "
        "Ghorbani, Rostami, Kazemi, Farahani",
    ),
    "gulf_arabic": (
        "gf",
        "Khalid, Faisal, Abdulaziz, Saud, Hamad, Mansour | Noura, Maha, Hessa, Latifa, "
        "Shaikha, Mariam",
        "Al-Mansouri, Al-Qahtani, Al-Otaibi, Al-Dosari, Al-Shamsi, Al-Kaabi, Al-Harthy, "
        "Al-Muhairi, Al-Suwaidi, Al-Ghamdi, Al-Nuaimi",
    ),
    "levantine": (
        "gf",
        "Karim, Tarek, Ziad, Fadi, Rami, Wassim | Rania, Lina, Nour, Dima, Yasmin, Joud",
        "Haddad, Khoury, Nassar, Saleh, Barakat, Hamdan, Sabbagh, Aoun, Kassab, Tannous, Daher",
    ),
    "maghrebi": (
        "gf",
        "Youssef, Amine, Mehdi, Rachid, Hicham, Ayoub, Anass | Fatima Zahra, Khadija, "
        "Salma, Imane, Karima, Samira, Meriem",
        "Benali, El Idrissi, Bennani, Alaoui, Chraibi, Tazi, Berrada, Ouazzani, "
        "Benjelloun, Amrani, Bouzid",
    ),
    "egyptian": (
        "gf",
        "Mostafa, Amr, Mahmoud, Sherif, Hossam, Ehab | Yasmine, Heba, Nourhan, "
        "Dalia, Rana, Shaimaa",
        "El-Sayed, Fawzy, Abdelrahman, Soliman, Gaber, Shawky, Farag, Ezzat, Badawi, Ragab",
    ),
    "israeli": (
        "gf",
        "Yonatan, Itai, Eitan, Omri, Noam, Oded | Tamar, Shira, Michal, Yael, Hadas, Avital, Liron",
        "Cohen, Mizrahi, Peretz, Biton, Friedman, Katz, Ben-David, Shapiro, Avraham, "
        "Dahan, Azoulay, Rosenthal",
    ),
    "armenian": (
        "gf",
        "Tigran, Aram, Hayk, Gevorg, Armen, Narek | Anahit, Lusine, Siranush, Nare, Lilit, Astghik",
        "Petrosyan, Hakobyan, Sargsyan, Grigoryan, Harutyunyan, Mkrtchyan, Vardanyan, "
        "Khachatryan, Avetisyan, Karapetyan",
    ),
    "georgian": (
        "gf",
        "Giorgi, Levan, Davit, Lasha, Irakli, Zurab, Otar | Nino, Ketevan(Keti), Salome, "
        "Natia, Tamuna",
        "Beridze, Kapanadze, Gelashvili, Lomidze, Tsiklauri, Japaridze, Chkheidze, "
        "Nozadze, Gogoladze, Abashidze",
    ),
    "azerbaijani": (
        "gf",
        "Rashad, Elvin, Tural, Orkhan, Kamran | Aysel, Gunel, Leyla, Nigar, Sevinj, Aynur",
        "Mammadov/Mammadova, Huseynov/Huseynova, Hasanov/Hasanova, Guliyev/Guliyeva, "
        "Rzayev/Rzayeva, Abbasov/Abbasova, Ismayilov/Ismayilova",
    ),
    "kazakh": (
        "gf",
        "Yerlan, Daniyar, Arman, Bauyrzhan, Timur | Aigerim, Asel, Zhanar, Saule, Aruzhan",
        "Abenov/Abenova, Zhaksybekov/Zhaksybekova, Suleimenov/Suleimenova, "
        "Nurpeisov/Nurpeisova, Akhmetov/Akhmetova, Iskakov/Iskakova",
    ),
    "uzbek": (
        "gf",
        "Dilshod, Jasur, Sherzod, Otabek, Rustam, Bekzod | Nodira, Malika, Gulnora, "
        "Dilnoza, Zarina, Shahnoza",
        "Rakhimov/Rakhimova, Yusupov/Yusupova, Nazarov/Nazarova, Ergashev/Ergasheva, "
        "Tursunov/Tursunova, Abdullayev/Abdullayeva, Kholmatov/Kholmatova",
    ),
}

CULTURES: dict[str, tuple[str, str, str]] = {**_EUROPE_WEST_ASIA, **val32_names_world.CULTURES}

# Word-names: given names that are also everyday words ("we hope", "grace period"), with
# the gender used for titles. Their family names come from WORD_FAMILIES.
WORD_NAMES: dict[str, str] = {
    "Hope": "f",
    "Grace": "f",
    "Rose": "f",
    "Jade": "f",
    "Faith": "f",
    "Summer": "f",
    "Joy": "f",
    "Ivy": "f",
    "Dawn": "f",
    "Pearl": "f",
    "Sky": "f",
    "Will": "m",
    "Bill": "m",
    "Mark": "m",
    "Hunter": "m",
    "Rusty": "m",
}

WORD_FAMILIES = (
    "Okonjo, Fairclough, Adeyinka, Hollister, Brightwell, Mwamba, Kerrigan, Ashdown, "
    "Oyinlola, Castellanet, Mbatha, Quarshie, Trevithick, Delahunty, Nakashima"
)

# Parts of names that are also common words or particles; they are not checked as words on
# their own (the whole name still is).
PARTICLES = frozenset(
    "van der den de del della la le da das dos do di du von zu bin binti bint ibn al el "
    "ben ter ten y ap ó ní nic mac mc dela thị văn te".split()
)


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]
