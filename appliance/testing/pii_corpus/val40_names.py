"""People's names for val40, written by hand for this part: about 1,100 names of about 100
cultures, and word-names (Hope, Will, Grace ...).

An entry is "Given/Family" (written given first), "Family^Given" (written family first, as
in Chinese, Hungarian, Korean or Vietnamese use), or a name with no family name at all
(Burmese names, Javanese single names). "~Nick" after an entry is a nickname its bearer goes
by. None of the names is an eponym the part's templates use (no Ford, Crohn, Bach, Mary ...).
"""

from __future__ import annotations

from dataclasses import dataclass

_RAW: dict[str, str] = {
    "english": "Harriet/Ashworth | Oliver/Pemberton | Imogen/Rawlings | Thomas/Bramley | "
    "Eleanor/Whitcombe | George/Hartley | Felicity/Kendrick | Samuel/Oakes | Beatrice/Lowther | "
    "Edward/Tranter | Lucy/Fairbairn | Rupert/Stannard | Philippa/Denholm~Pippa | "
    "Daniel/Etherington~Dan | Abigail/Pryce | Joseph/Cartwright~Joe",
    "american": "Tyler/Brennan | Madison/Kowalczyk | Brandon/Whitaker | Kayla/Dunleavy | "
    "Caleb/Pruitt | Brianna/Holcomb | Dakota/Vance | Jenna/Tolliver | Cody/Ramsdell | "
    "Whitney/McAllister | Trevor/Hinkle | Alyssa/Fenwick | Garrett/Lindgren | "
    "Kelsey/Abernathy | Marcus/Pettigrew | Courtney/Oyler",
    "scottish": "Callum/MacLeod | Eilidh/Fraser | Ruaridh/MacKenzie | Kirsteen/Drummond | "
    "Ewan/Buchanan | Mhairi/Sinclair | Hamish/Urquhart | Kirsty/Menzies | Lachlan/Dalgleish | "
    "Catriona/Munro | Euan/Lamont | Morag/Gillies | Alasdair/Baird | Ailsa/Rennie",
    "irish": "Siobhán/Ní Bhriain | Cillian/O'Sullivan | Aoife/Gallagher | Pádraig/Ó Murchú | "
    "Niamh/Kavanagh | Oisín/Donnelly | Saoirse/McGrath | Ciara/Fitzgerald | Darragh/Moynihan | "
    "Órla/Ní Dhomhnaill | Tadhg/Quinlan | Gráinne/Hegarty | Eoin/Mac Cárthaigh | "
    "Clodagh/Lenihan",
    "welsh": "Ffion/Llewellyn | Rhys/ap Gwilym | Cerys/Pritchard | Gethin/Rowlands | "
    "Angharad/Prosser | Dafydd/Meredith | Eleri/Bowen | Iwan/Jenkins | Seren/Vaughan | "
    "Geraint/Howells | Nia/Parry | Owain/Griffiths | Lowri/Bevan | Cai/Protheroe",
    "french": "Élodie/Moreau | Mathieu/Lefèvre | Camille/Gauthier | Théo/Fontaine | "
    "Manon/Chevalier | Baptiste/Girard | Inès/Lambert | Quentin/Mercier | Océane/Perrin | "
    "Bastien/Dubois-Marchand | Clémence/Faure | Aurélien/Roux | Solène/Barbier | "
    "Guillaume/Renaud | Anaïs/Leclerc | Jean-Baptiste/Morel",
    "german": "Jürgen/Schäfer | Annika/Hoffmann | Lukas/Brandt | Friederike/Kästner | "
    "Maximilian/Vogel | Sophie/Lehmann | Tobias/Krüger | Katharina/Zimmermann~Kathi | "
    "Felix/Hartmann | Lena/Schulze | Dieter/Ebeling | Johanna/Weißmüller | Moritz/von Thaden | "
    "Greta/Albrecht | Bernd/Kowalski | Hannelore/Pfeiffer",
    "dutch": "Sanne/van der Berg | Daan/de Vries | Femke/Jansen | Bram/Visser | Lotte/Bakker | "
    "Joost/van Veen | Anouk/Smit | Thijs/Mulder | Eline/de Graaf | Ruben/Hendriks | "
    "Marloes/Kuipers | Wouter/van Leeuwen | Ilse/Dekker | Jeroen/Postma",
    "belgian": "Wout/Peeters | Griet/Janssens | Pieter/Maes | Nathalie/Claes | "
    "Senne/Willems | Amélie/Lejeune | Jelle/Goossens | Margaux/Renard | Arnaud/Delvaux | "
    "Hanne/Wouters | Lander/Mertens | Louise/Van den Broeck",
    "italian": "Giulia/Esposito | Alessandro/Ferraro | Francesca/Bruno | Lorenzo/Ricci | "
    "Martina/Marino | Matteo/Greco | Sara/Gallo | Davide/Orlandi | Federica/De Luca | "
    "Giorgio/Mancini | Alessia/Lombardi | Riccardo/Moretti | Elisa/Barbieri | "
    "Tommaso/Fontana | Beatrice/Caruso | Vincenzo/Rinaldi",
    "spanish": "María José/García-Ruiz | Javier/Fernández López | Lucía/Martín Sanz | "
    "Álvaro/Navarro | Elena/Domínguez | Sergio/Carrasco | Nuria/Castro Vidal | "
    "Alejandro/Morales~Álex | Silvia/Ortega | Noelia/Delgado | Iván/Cabrera | Marta/Herrero | "
    "Gonzalo/Prieto | Begoña/Lasheras | Rafael/Vidal Ferrer~Rafa",
    "catalan": "Jordi/Puig i Serra | Roser/Vila | Mireia/Casals | Oriol/Soler | "
    "Laia/Roig | Arnau/Pujol | Meritxell/Pons i Bertran | Xavier/Ribas | Neus/Batlle | "
    "Marc/Camprubí | Aina/Grau",
    "basque": "Iñaki/Etxeberria | Ainhoa/Goikoetxea | Unai/Aranburu | Nerea/Zubizarreta | "
    "Gorka/Elorza | Maialen/Urrutia | Ander/Iturbe | Leire/Agirre | Eneko/Arrieta | "
    "Amaia/Olano",
    "portuguese": "João Pedro/Carvalho | Inês/Figueiredo | Tiago/Correia | "
    "Beatriz/Mendonça | Rui/Magalhães | Mariana/Teixeira | Duarte/Sampaio | Leonor/Antunes | "
    "Gonçalo/Pinheiro | Catarina/Fonseca | Miguel/Tavares | Matilde/Baptista",
    "brazilian": "Thiago/Albuquerque | Larissa/Vasconcelos | Rafael/Oliveira Matos | "
    "Juliana/Cavalcanti | Felipe/Barros | Bruna/Andrade | Gustavo/Rezende | Letícia/Moura | "
    "Vinícius/Araújo | Daniela/Siqueira | Leandro/Bezerra | Fernanda/Gonçalves | "
    "Caio/Monteiro | Priscila/Damasceno",
    "mexican": "Ximena/Villalobos | Luis Fernando/Ramírez | Itzel/Cárdenas | "
    "Diego/Hernández | Valeria/Zamora | Emiliano/Treviño | Renata/Salinas | "
    "Alejandra/Robles | Mauricio/Espinoza | Citlali/Guzmán | Rodrigo/Arriaga | Paola/Quintero",
    "colombian": "Camila/Restrepo | Andrés Felipe/Ospina | Valentina/Londoño | "
    "Sebastián/Cardona | Luisa/Betancur | Julián/Arango | Natalia/Gaviria | Mateo/Quintana | "
    "Manuela/Henao | Esteban/Zuluaga",
    "argentine": "Agustina/Pereyra | Facundo/Benedetti | Florencia/Acosta | Tomás/Giménez | "
    "Micaela/Ferreyra | Nicolás/Bianchi | Lucila/Sosa | Joaquín/Ledesma | "
    "Brenda/Quiroga | Ignacio/Aguirre~Nacho",
    "andean": "Catalina/Fuentes | Benjamín/Araya | Javiera/Muñoz | Vicente/Contreras | "
    "Constanza/Valenzuela~Coni | Renato/Chávez | Fiorella/Paredes | Piero/Salazar | "
    "Kiara/Vargas | Gianfranco/Ríos",
    "caribbean_hispanic": "Yamilé/Batista | Yoandri/Céspedes | Dayana/Peralta | "
    "Reinier/Oquendo | Yusleidy/Marrero | Osvaldo/Pichardo | Yanelis/Tejeda | "
    "Wilfredo/Almonte | Anabel/Santana | Raysa/Polanco",
    "jamaican": "Shanice/Campbell | Delroy/McKenzie | Tamika/Bailey | Kemar/Lindo | "
    "Shantelle/Reid | Andre/Whyte | Nadine/Spence | Jermaine/Ebanks | Keisha/Gayle | "
    "Rohan/Thompson | Simone/Blake",
    "haitian": "Wideline/Jean-Baptiste | Fritznel/Dorélien | Mirlande/Joseph | "
    "Guerline/Étienne | Ricardo/Dorsainvil | Nadège/Desrosiers | Réginald/Lafortune | "
    "Roseline/Augustin | Widlyne/Charles | Frantz/Belizaire",
    "swedish": "Linnéa/Lindqvist | Oskar/Bergström | Ebba/Sjöberg | Gustav/Holmgren | "
    "Maja/Engström | Viktor/Nyström | Alva/Lundgren | Henrik/Wikström | Hedda/Ekdahl | "
    "Elias/Forsberg | Klara/Åkesson | Nils/Strandberg | Astrid/Hedlund | Mattias/Öberg",
    "norwegian": "Ingrid/Haugen | Sindre/Bakke | Solveig/Hansen | Eirik/Lunde | Tuva/Nilsen | "
    "Håkon/Solberg | Silje/Dahl | Magnus/Kristiansen | Ragnhild/Moe | Torbjørn/Aasen | "
    "Marit/Holm | Vegard/Eide",
    "danish": "Mads/Kjærgaard | Freja/Mikkelsen | Rasmus/Østergaard | Ida/Frandsen | "
    "Frederik/Lauridsen | Signe/Thomsen | Kasper/Dalsgaard | Mette/Vestergaard | "
    "Søren/Bisgaard | Karoline/Juhl | Anders/Brøndum",
    "finnish": "Aino/Virtanen | Mikko/Korhonen | Aleksi/Mäkinen | Siiri/Nieminen | "
    "Juha/Heikkinen | Veera/Laaksonen | Tuomas/Salminen | Noora/Kettunen | Eero/Lehtonen | "
    "Kaisa/Räsänen | Joonas/Hämäläinen | Pihla/Järvinen",
    "icelandic": "Guðrún/Jónsdóttir | Sigurður/Einarsson | Ásdís/Magnúsdóttir | "
    "Kristján/Þórsson | Hrafnhildur/Ólafsdóttir | Bjarki/Steingrímsson | "
    "Sólveig/Halldórsdóttir | Ragnar/Gíslason | Eyrún/Sveinsdóttir | Jökull/Hauksson",
    "sami": "Máret/Eira | Áilu/Oskal | Sunná/Kuoljok | Elle Márjá/Utsi | Issát/Gaup | "
    "Risten/Turi | Mihkkal/Hætta | Inga/Ravna | Biret/Balto | Jovnna/Labba",
    "polish": "Agnieszka/Wójcik | Krzysztof/Zieliński | Katarzyna/Kowalczyk~Kasia | "
    "Michał/Wiśniewski | Magdalena/Lewandowska~Madzia | Paweł/Szymański | "
    "Zofia/Dąbrowska | Tomasz/Kamiński | Joanna/Woźniak | Grzegorz/Jankowski | "
    "Małgorzata/Piotrowska~Gosia | Bartosz/Mazur | Weronika/Krawczyk | Łukasz/Grabowski",
    "czech_slovak": "Jana/Nováková | Tomáš/Černý | Petra/Svobodová | Jakub/Procházka | "
    "Lucie/Kučerová | Ondřej/Veselý | Tereza/Horáková | Vojtěch/Marek | Zuzana/Kováčová | "
    "Matěj/Hlavatý | Kateřina/Pokorná | Radek/Bureš",
    "hungarian": "Nagy^Eszter | Kovács^Bence | Szabó^Réka | Tóth^Gergely | Horváth^Dóra | "
    "Varga^Ádám | Molnár^Zsófia | Farkas^Levente | Balogh^Kinga | Papp^Csaba | "
    "Takács^Noémi | Juhász^Márton",
    "romanian": "Ioana/Popescu | Andrei/Ionescu | Mihaela/Dumitrescu | "
    "Bogdan/Constantinescu | Alexandra/Munteanu | Cristian/Stoica | Raluca/Gheorghiu | "
    "Vlad/Niculescu | Oana/Marinescu | Sorin/Tudose | Irina/Dobre | Radu/Barbu",
    "bulgarian": "Desislava/Petrova | Georgi/Dimitrov | Tsvetelina/Ivanova | "
    "Hristo/Stoyanov | Yordanka/Todorova | Nikolay/Georgiev | Ralitsa/Koleva | "
    "Boyan/Angelov | Svetla/Marinova | Kaloyan/Yankov",
    "south_slavic": "Milica/Jovanović | Nikola/Petrović | Ana/Kovačević | Marko/Đorđević | "
    "Jelena/Babić | Luka/Horvat | Ivana/Marić | Stefan/Nikolić | Amra/Hodžić | Emir/Begović | "
    "Tijana/Simić | Dragan/Radović | Lejla/Mehmedović",
    "greek": "Eleni/Papadopoulou | Konstantinos/Georgiou~Kostas | Dimitra/Nikolaidou | "
    "Giorgos/Papadakis | Katerina/Vlachou | Nikos/Karagiannis | Angeliki/Oikonomou | "
    "Vasilis/Theodorou | Despina/Markou | Panagiotis/Alexiou~Panos | "
    "Ioanna/Christodoulou | Stavros/Makris",
    "albanian": "Arben/Hoxha | Blerina/Krasniqi | Dritan/Shehu | Elira/Gashi | "
    "Ermal/Dervishi | Jonida/Leka | Gent/Kelmendi | Valbona/Muça | Ilir/Bajrami | Anisa/Lika",
    "ukrainian": "Oksana/Shevchenko | Taras/Bondarenko | Olena/Kovalenko | "
    "Bohdan/Tkachenko | Iryna/Kravchuk | Andriy/Melnyk | Kateryna/Savchenko | "
    "Yaroslav/Lysenko | Nataliya/Polishchuk | Serhiy/Rudenko | Halyna/Moroz | "
    "Dmytro/Honcharuk",
    "russian": "Dmitri/Volkov | Anna Sergeyevna/Morozova | Aleksandr/Sokolov~Sasha | "
    "Yekaterina/Lebedeva~Katya | Pavel/Kuznetsov | Svetlana/Novikova | Mikhail/Orlov~Misha | "
    "Tatiana/Fedorova | Igor/Belov | Yulia/Zaitseva | Artyom/Vasiliev | Ksenia/Golubeva",
    "baltic": "Rūta/Kazlauskienė | Mindaugas/Petrauskas | Jānis/Bērziņš | Ilze/Kalniņa | "
    "Kadri/Tamm | Priit/Saar | Eglė/Jankauskaitė | Kristaps/Ozols | Liis/Kask | "
    "Aistė/Vaitkutė | Edgars/Liepiņš",
    "georgian": "Nino/Beridze | Giorgi/Kapanadze | Tamar/Lomidze | Levan/Gelashvili | "
    "Mariam/Tsiklauri | Irakli/Chkheidze | Salome/Jorbenadze | Davit/Abashidze",
    "armenian": "Armen/Hakobyan | Ani/Grigoryan | Narek/Petrosyan | Lusine/Sargsyan | "
    "Tigran/Avetisyan | Anahit/Harutyunyan | Hayk/Mkrtchyan | Siranush/Vardanyan",
    "turkish": "Elif/Yıldırım | Emre/Şahin | Zeynep/Aydın | Mehmet/Kaya | Ayşe/Demirci | "
    "Burak/Çelik | Selin/Öztürk | Kerem/Arslan | Büşra/Koç | Oğuz/Yılmaz | Ece/Kılıç | "
    "Tolga/Erdem | Damla/Güneş | Serkan/Aksoy",
    "persian": "Mahsa/Rahimi | Arash/Tehrani | Shirin/Moradi | Dariush/Farahani | "
    "Niloufar/Kazemi | Kaveh/Jafari | Parisa/Hosseini | Babak/Sadeghi | Yasaman/Karimi | "
    "Omid/Rostami | Golnaz/Ebrahimi | Reza/Ahmadi",
    "kurdish": "Berivan/Amedi | Rojhat/Doski | Hêvî/Aydin | Dilan/Hawrami | Azad/Sindi | "
    "Nishtiman/Baban | Shvan/Hawleri | Rozhan/Qaradaghi",
    "levantine": "Rania/Haddad | Karim/Khoury | Lina/Nassar | Tarek/Saadeh | Dima/Sabbagh | "
    "Fadi/Mansour | Nour/Azar | Ziad/Hamdan | Yara/Aboud | Rami/Khalil | Hiba/Darwish | "
    "Samer/Jaber",
    "gulf_arab": "Khalid/Al-Mansouri | Fatima/Al-Harthy | Abdullah/Al-Qahtani | "
    "Noura/Al-Suwaidi | Saeed/Al-Ketbi | Hessa/Al-Mazrouei | Faisal/Al-Otaibi | "
    "Latifa/Al-Marri | Hamad/Al-Nuaimi | Shamma/Al-Falasi | Turki/Al-Dossary | Reem/Al-Shamsi",
    "maghrebi": "Youssef/Benali | Salma/El Idrissi | Amine/Bouzid | Khadija/Belkacem | "
    "Mehdi/Cherkaoui | Imane/Tazi | Yassine/Haddadi | Samira/Benchekroun | Nabil/Ouali | "
    "Houda/Ziani | Rachid/Meziane | Asmae/Lahlou",
    "egyptian": "Mona/Abdel-Fattah | Ahmed/El-Sayed | Yasmine/Soliman | Mostafa/Hegazy | "
    "Nourhan/Fawzy | Omar/Abdelrahman | Heba/Shafik | Tamer/Mahmoud | Dina/Ragab | "
    "Hossam/Elgendy | Aya/Farouk | Sherif/Naguib",
    "israeli": "Noa/Ben-David | Yonatan/Mizrahi | Shira/Levinson | Itai/Peretz | "
    "Maayan/Friedman | Omri/Katz | Yael/Shapiro | Eitan/Biton | Hila/Avraham | Gilad/Rosen | "
    "Michal/Ashkenazi | Roni/Dahan",
    "afghan": "Farid/Ahmadzai | Mursal/Stanikzai | Hamid/Nazari | Zarmina/Popal | "
    "Wahid/Rasuli | Freshta/Hakimi | Nasrin/Amiri | Jawad/Sediqi",
    "ethiopian": "Meron/Tesfaye | Selamawit/Bekele~Selam | Dawit/Haile | Hiwot/Girma | "
    "Yonas/Tadesse | Liya/Kebede | Abel/Wolde | Tigist/Alemu | Biniam/Gebremedhin | "
    "Saba/Tekle | Mekdes/Assefa | Henok/Mulugeta",
    "somali": "Hodan/Warsame | Abdirahman/Farah | Faadumo/Jama | Abdi/Hersi | "
    "Ifrah/Mohamud | Liban/Osman | Sahra/Abdullahi | Guled/Yusuf | Hibaaq/Ali | "
    "Mukhtar/Dualeh",
    "kenyan": "Wanjiru/Kamau | Brian/Otieno | Achieng/Odhiambo | Kiprono/Rotich | "
    "Njeri/Mwangi | Jepkemoi/Koech | Muthoni/Gachanja | Omondi/Owino | Wairimu/Njoroge | "
    "Kibet/Langat | Akinyi/Onyango | Mutua/Kioko",
    "east_african": "Nakato/Ssempala | Mugisha/Byaruhanga | Neema/Mushi | Baraka/Massawe | "
    "Aline/Uwimana | Isaac/Ssekandi | Rehema/Mwakyusa | Habimana/Niyonzima | "
    "Zawadi/Kimaro | Sarah/Namukasa | Emmanuel/Tumusiime",
    "yoruba": "Adebayo/Ogunleye | Funmilayo/Adeyemi~Funmi | Oluwaseun/Bakare~Seun | "
    "Titilayo/Ogunbiyi | Babatunde/Adewale~Tunde | Yetunde/Olaniyan | Kehinde/Afolabi | "
    "Folake/Ajayi | Damilola/Ogunsanya~Dami | Temitope/Oyelaran~Tope | Abiodun/Fashola | "
    "Morenike/Adeleke",
    "igbo": "Chinonso/Okafor | Ngozi/Eze | Chukwuemeka/Nwosu~Emeka | Adaeze/Nwachukwu | "
    "Ikenna/Onyekachi | Chiamaka/Udeh | Obinna/Anyanwu | Nneka/Okeke | Chidi/Ugwu | "
    "Ifeoma/Nnadi | Kelechi/Ibe | Uchenna/Onuoha",
    "hausa": "Abubakar/Danjuma | Aisha/Bello | Usman/Garba | Hauwa/Lawal | Ibrahim/Yakubu | "
    "Zainab/Musa | Sani/Mohammed | Hadiza/Umar | Nasiru/Tanko | Maryam/Sule | Bashir/Aliyu",
    "akan": "Kwame/Mensah | Akosua/Boateng | Kofi/Asante | Abena/Owusu | Yaw/Osei | "
    "Efua/Acheampong | Kwabena/Ofori | Ama/Darko | Kwaku/Amoako | Adwoa/Sarpong | "
    "Kojo/Appiah | Esi/Quaye",
    "wolof": "Fatou/Ndiaye | Mamadou/Diop | Aminata/Sy | Cheikh/Faye | Awa/Diallo | "
    "Ousmane/Sarr | Khady/Mbaye | Ibrahima/Gueye | Ndeye/Seck | Modou/Thiam | Astou/Cissé | "
    "Babacar/Niang",
    "mande": "Moussa/Keïta | Fatoumata/Traoré | Bakary/Coulibaly | Oumou/Konaté | Sekou/Camara | "
    "Kadiatou/Touré | Adama/Diarra | Salimata/Doumbia | Souleymane/Kanté | Rokia/Sidibé",
    "nguni": "Thandiwe/Dlamini | Sipho/Mthembu | Nomvula/Ndlovu | Sibusiso/Khumalo | "
    "Lindiwe/Mkhize | Bongani/Ngcobo | Zanele/Mahlangu | Mandla/Shabalala | "
    "Nokuthula/Cele | Themba/Nxumalo | Ayanda/Gumede | Xolani/Mabaso",
    "sotho_tswana": "Lerato/Mokoena | Thabo/Molefe | Palesa/Mofokeng | Kagiso/Modise | "
    "Refilwe/Motaung | Tshepo/Mokwena | Boitumelo/Letsholo | Mpho/Makhene | Dineo/Moloi | "
    "Katlego/Masilo",
    "shona": "Tendai/Moyo | Rutendo/Chikwanha | Tatenda/Mutasa | Nyasha/Chiweshe | "
    "Farai/Mhlanga | Chipo/Marufu | Tafadzwa/Gumbo | Rumbidzai/Chinyoka | "
    "Kudakwashe/Zvobgo | Vimbai/Madzima",
    "zambian_malawian": "Mwila/Banda | Chisomo/Phiri | Chanda/Mulenga | Thokozani/Chirwa | "
    "Mutale/Bwalya | Tiwonge/Mwale | Kondwani/Nyirenda | Natasha/Mumba | Chikondi/Gondwe | "
    "Bupe/Musonda",
    "central_african": "Mbuyi/Kabongo | Béatrice/Kalala | Patrice/Ilunga | "
    "Dorcas/Tshibangu | Christelle/Mbarga | Landry/Ngono | Fiston/Mukendi | "
    "Sandrine/Ekotto | Yannick/Fotso | Rosine/Nguema",
    "hindi": "Priya/Sharma | Arjun/Mehta | Neha/Agarwal | Vikram/Saxena | Pooja/Tiwari | "
    "Rahul/Bhatnagar | Kavita/Srivastava | Aditya/Malhotra | Shreya/Kapoor | "
    "Manish/Chaturvedi | Deepika/Joshi | Siddharth/Verma | Ritu/Pandey | Nikhil/Rastogi",
    "punjabi": "Harpreet/Kaur Gill | Gurpreet/Singh Sandhu | Manpreet/Dhillon | "
    "Jaswinder/Grewal | Simran/Brar | Amandeep/Sidhu | Navneet/Bains | Rajvir/Cheema | "
    "Kiranjit/Randhawa | Harjot/Virk",
    "tamil": "Karthik/Subramanian | Lakshmi/Ramasamy | Divya/Krishnan | Senthil/Murugan | "
    "Meenakshi/Sundaram | Arvind/Rajagopalan | Kavya/Natarajan | Prakash/Chandrasekaran | "
    "Revathi/Balasubramanian | Dinesh/Ganesan | Nithya/Venkataraman | Surya/Pandian",
    "telugu_kannada": "Sai Venkatesh/Reddy | Sravani/Naidu | Harsha/Gowda | "
    "Pavani/Chowdary | Kiran/Hegde | Anusha/Rao | Mahesh/Shetty | Bhavana/Prasad | "
    "Naveen/Murthy | Tejaswini/Bhat",
    "bengali": "Ananya/Chatterjee | Sourav/Banerjee | Tahmina/Akter | Rafiq/Hossain | "
    "Moumita/Das | Arnab/Mukherjee | Nusrat/Jahan | Debashis/Ghosh | Farhana/Rahman | "
    "Subhajit/Sen | Rituparna/Dutta | Tanvir/Chowdhury",
    "marathi_gujarati": "Sneha/Kulkarni | Aniket/Deshpande | Hetal/Patel | Jignesh/Shah | "
    "Rutuja/Patil | Omkar/Gokhale | Krupa/Desai | Nirav/Trivedi | Mitali/Pawar | "
    "Chintan/Parikh",
    "malayali": "Anjali/Nair | Arun/Menon | Lekshmi/Pillai | Jithin/Varghese | "
    "Aswathy/Kurup | Vishnu/Namboothiri | Reshma/Panicker | Sreejith/Warrier | "
    "Neethu/Kurian | Abhilash/Nambiar",
    "pakistani": "Ayesha/Siddiqui | Hamza/Qureshi | Mahnoor/Chaudhry | Bilal/Akhtar | "
    "Sana/Malik | Zain/Abbasi | Hira/Javed | Faizan/Sheikh | Amna/Rizvi | Saad/Hashmi | "
    "Mehwish/Naqvi | Adeel/Mirza",
    "sinhala": "Dilani/Perera | Kasun/Wickramasinghe | Nadeesha/Gunawardena | "
    "Chamara/Rathnayake | Ishara/Dissanayake | Tharindu/Bandara | Sanduni/Herath | "
    "Nuwan/Wijesinghe | Hasini/Senanayake | Lahiru/Karunaratne",
    "nepali": "Sushila/Gurung | Pasang/Tamang | Bikash/Shrestha | Anita/Thapa | "
    "Sagar/Adhikari | Sabina/Rai | Prabin/Karki | Kabita/Maharjan | Dipesh/Bhattarai | "
    "Sarita/Magar",
    "mandarin": "Wang^Xiuying | Zhang^Haoran | Liu^Yiming | Chen^Jiahui | Yang^Zihan | "
    "Zhao^Wenjing | Huang^Zhiwei | Zhou^Xinyi | Wu^Junjie | Xu^Ruoxi | Zhu^Tingting | "
    "Guo^Jianguo | Luo^Mingyu | Liang^Shuang | Zheng^Kaiwen | Xie^Yutong | Haoyu/Deng | "
    "Meiling/Cai",
    "cantonese": "Chan^Ka Wai | Wong^Siu Ming | Cheung^Hoi Yan | Lau^Tsz Hin | "
    "Leung^Ho Keung | Yeung^Mei Ling | Tse^Ka Lok | Kwok^Sze Nga | Lam^Pui Yee | "
    "Fung^Chun Hei | Tam^Hiu Tung | Poon^Kwok Wah | Lui^Hoi Ting | Chow^Hoi Sze",
    "taiwanese": "Lin^Yi-chen | Tsai^Yun-ting | Hsu^Chih-hao | Cheng^Pei-shan | "
    "Kuo^Wei-lun | Chang^Hsin-yi | Kao^Chia-hui | Liao^Yu-hsuan | Chiang^Tzu-yu | "
    "Hsieh^Bo-wei",
    "japanese": "Haruka/Sato | Ren/Takahashi | Yui/Watanabe | Daiki/Nakamura | "
    "Aoi/Kobayashi | Haruto/Yamamoto | Misaki/Inoue | Kenta/Kimura | Mei/Hayashi | "
    "Sota/Shimizu | Rina/Morita | Takumi/Fujita | Nanami/Okada | Yuto/Hasegawa | "
    "Kaori/Ishikawa | Shota/Nishimura | Ogawa^Ayaka | Matsumoto^Riku",
    "korean": "Kim^Ji-woo | Lee^Seo-yeon | Choi^Hyun-woo | Jung^Hye-rim | Kang^Ji-hoon | "
    "Yoon^Soo-jin | Jang^Eun-ji | Lim^Tae-hyun | Han^Jae-seok | Seo^Hye-jin | "
    "Shin^Yeon-woo | Kwon^Yeon-hee | Hwang^Joon-ho | Ahn^Chae-rin | Bae^Yu-jin | "
    "Baek^Seung-hyun",
    "mongolian": "Enkhjargal/Batbayar | Temuulen/Ganbaatar | Nomin/Erdenebat | "
    "Bolormaa/Tsogt | Munkh-Erdene/Dorj | Saruul/Otgonbayar | Anujin/Purevdorj | "
    "Tuguldur/Ganzorig | Oyungerel/Batsukh | Enkhbold/Naranbaatar",
    "vietnamese": "Nguyễn^Thị Mai | Trần^Văn Hùng | Lê^Thị Thanh Hà | Phạm^Minh Tuấn | "
    "Hoàng^Thị Yến | Vũ^Đức Thắng | Đặng^Ngọc Hân | Bùi^Quang Huy | Đỗ^Thị Hương | "
    "Hồ^Thanh Tùng | Ngô^Bảo Ngọc | Dương^Khánh Linh | Lý^Hoài Phong | Phan^Thị Kim Oanh | "
    "Trương^Gia Bảo | Võ^Thị Ngọc Trâm",
    "thai": "Siriporn/Wongsakul | Thanawat/Srisuk | Naphat/Chaiyaporn | "
    "Kanokwan/Rattanakorn | Pimchanok/Boonmee | Anan/Phromma | Supaporn/Saetang | "
    "Kittipong/Sukprasert | Nattaya/Thongchai | Chayanin/Jitpakdee | Wiphawee/Somboon | "
    "Pongsakorn/Kaewmanee",
    "filipino": "Maria Cristina/Dela Cruz | Jericho/Santos | Kristine/Villanueva | "
    "Jomar/Bautista | Angelica/Lacson | Rogelio/Manalo | Rhea/Aquino | Arnel/Dizon | "
    "Maricel/Tolentino | Carlo/Macaraeg | Mylene/Dimaculangan | Raymart/Salonga",
    "indonesian": "Budi/Santoso | Siti/Rahmawati | Agus/Setiawan | Ayu/Wulandari | "
    "Rizky/Pratama | Fitri/Handayani | Dimas/Nugroho | Putri/Anggraini | Bayu/Saputra | "
    "Wulan/Permatasari | Sutrisno | Sri/Wahyuni | Eko/Prasetyo | Ratna/Kusuma",
    "malay": "Nurul Aisyah/binti Ahmad | Muhammad Hafiz/bin Ismail | "
    "Siti Khadijah/binti Osman | Ahmad Faris/bin Zulkifli | Nur Izzati/binti Hassan | "
    "Mohd Amirul/bin Razak | Farah Hanim/binti Yusof | Syafiq/bin Kamarudin | "
    "Aina Sofea/binti Rahim | Haziq/bin Mustafa",
    "burmese": "Aung Ko Ko | Khin Myat Noe | Thandar Hlaing | Zaw Lin Htet | "
    "Nang Hseng Noung | Thinzar Maung | Kyaw Zin Oo | Hnin Wut Yee | Thura Naing | "
    "Yadanar Kyaw | Phyo Wai Aung",
    "khmer": "Chea^Sokha | Sok^Dara | Keo^Sreymom | Chhim^Vannak | Pich^Sophea | Heng^Rithy | "
    "Ly^Chanthou | Nuon^Bopha | Meas^Piseth | Srun^Sreyneang",
    "hmong": "Houa/Vang | Tou/Xiong | Nou/Lor | Yer/Thao | Chue/Moua | Xee/Khang | "
    "Mai Nhia/Yang | Kou/Chang",
    "central_asian": "Aigerim/Seitkali | Nurlan/Abenov | Dilnoza/Karimova | Timur/Rakhimov | "
    "Madina/Zhumabekova | Askar/Nurpeisov | Gulnara/Yusupova | Rustam/Ismoilov | "
    "Aruzhan/Beisenova | Jahongir/Tursunov | Saltanat/Akhmetova | Bekzat/Omarov",
    "maori": "Aroha/Ngata | Tama/Rangihuna | Mereana/Tawhiri | Wiremu/Parata | Kiri/Rapana | "
    "Hemi/Te Awa | Ngaio/Whaanga | Rāwiri/Paki | Anahera/Poutama | Tamati/Kereama | "
    "Huia/Tipene | Manaia/Hohaia",
    "polynesian": "Sione/Faleolo | Mele/Taumalolo | Losa/Tuilagi | Tavita/Leota | "
    "Salote/Havili | Viliami/Fifita | Sina/Aumua | Ioane/Faamausili | Lupe/Tupou | "
    "Tevita/Fonoti | Malia/Latu | Seini/Kupu",
    "melanesian": "Losana/Naivalu | Josaia/Tuivaga | Mereoni/Tabua | Ilisoni/Baleiwai | "
    "Asenaca/Rokovada | Kila/Wari | Priscilla/Kaupa | Peni/Waqa | Litia/Koroi",
    "hawaiian": "Keala/Kahananui | Kainoa/Akana | Leilani/Kealoha | Makoa/Kauhane | "
    "Noelani/Kahale | Ikaika/Kamakea | Pualani/Keawe | Kaimana/Palakiko",
    "native_north_american": "Darlene/Yazzie | Shonto/Begay | Marisa/Tsosie | "
    "Delbert/Benally | Winona/Nez | Kimberly/Etsitty | Jolene/Kakegamic | Travis/Meekis | "
    "Tanis/Kejick | Marlene/Wapass | Leroy/Kakeeway | Sheena/Atcitty",
    "inuit": "Siila/Kusugak | Aputi/Arnaquq | Pauloosie/Qaunaq | Nuka/Kleist | Malik/Lynge | "
    "Ivalu/Petersen | Kunuk/Heilmann | Elisapee/Ishulutak | Jaypeetee/Arnakak | Annie/Ipeelie",
    "quechua_aymara": "Wayra/Mamani | Killa/Quispe | Sisa/Condori | Inti/Huamán | "
    "Sumaq/Ccori | Amaru/Chambi | Nina/Apaza | Urpi/Layme | Ayar/Ticona | Marleni/Huanca",
    "mapuche": "Ayelén/Huenchumilla | Lautaro/Painemal | Millaray/Catrileo | "
    "Nahuel/Millaqueo | Rayén/Ancalaf | Antü/Llancaqueo | Relmu/Queupil | Licán/Paillalef",
    "maya": "Ixchel/Pech | Kinich/Canché | Yatzil/Ek | Nicté/Uc | Marcelino/Tzuc | "
    "Rosaura/Cocom | Abelardo/Couoh | Xóchitl/Poot | Yoselin/Dzul",
    "aboriginal_australian": "Leanne/Gurruwiwi | Brendan/Yunupingu | Tameka/Wanambi | "
    "Jarrah/Marika | Kirra/Mununggurr | Shaun/Wunungmurra | Tahnee/Dhamarrandji | "
    "Corey/Tipungwuti | Kaylene/Garawirrtja | Jedda/Wurramara",
    "maltese": "Dorianne/Borg | Kurt/Camilleri | Roberta/Grech | Ryan/Farrugia | "
    "Mariella/Zammit | Jake/Vella | Sharon/Galea | Clint/Mifsud",
}

# Word-names: given names that are also English words. Planted only where the context says
# they are people; culture "word".
WORD_GIVEN = ("Hope", "Will", "Grace", "Rose", "Jade", "Sky", "Bill", "Mark", "Faith")
WORD_GIVEN += ("Summer", "Hunter", "Dawn", "Ivy", "Robin", "Amber", "Joy")
_RAW_WORD = (
    "Hope/Mbatha | Hope/Castellanos | Will/Thornbury | Will/Okonjo | Grace/Mensah-Bonsu | "
    "Grace/Halloran | Rose/Abernethy | Rose/Kaleikini | Jade/Whitmore | Jade/Nakashima | "
    "Sky/Lindahl | Sky/Tuimavave | Bill/Okoro | Bill/Haverford | Mark/Adeyinka | "
    "Mark/Sørensen | Faith/Wanjala | Faith/Kimani | Summer/Ravensworth | Summer/Al-Amin | "
    "Hunter/McAvoy | Hunter/Blackwood | Dawn/Pettersen | Ivy/Ferreira | Robin/Goldsworthy | "
    "Amber/Nakai | Joy/Okwuosa"
)

# Lower-case parts of family names that are not names on their own.
PARTICLES = frozenset(
    "van der den de del della di da das dos du la le von zu bin binti bint ibn al el ap ní nic "
    "mac mc ter ten y i e abu te".split()
)


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    culture: str
    family_first: bool = False
    nick: str = ""

    @property
    def full(self) -> str:
        if not self.family:
            return self.given
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def call(self) -> str:
        """The name used alone in a friendly message."""
        if self.culture == "vietnamese":
            return self.given.split()[-1]
        return self.given

    @property
    def surname(self) -> str:
        """The name used after a title ("Dr ..."): the family name where the culture uses one
        so, else the given name (Icelandic, Malay, Vietnamese) or the whole name (Burmese)."""
        if not self.family:
            return self.given
        if self.culture in ("icelandic", "malay"):
            return self.given
        if self.culture == "vietnamese":
            return self.call
        return self.family


def _parse(culture: str, raw: str) -> list[Person]:
    people = []
    for entry in raw.split("|"):
        entry, _, nick = entry.strip().partition("~")
        if "^" in entry:
            family, given = entry.split("^")
            people.append(Person(given, family, culture, True, nick))
        elif "/" in entry:
            given, family = entry.split("/")
            people.append(Person(given, family, culture, False, nick))
        else:
            people.append(Person(entry, "", culture, False, nick))
    return people


PEOPLE: list[Person] = [p for c, raw in _RAW.items() for p in _parse(c, raw)]
WORD_PEOPLE: list[Person] = _parse("word", _RAW_WORD)
CULTURES = sorted(_RAW)

assert len({p.full for p in PEOPLE + WORD_PEOPLE}) == len(PEOPLE) + len(WORD_PEOPLE)
