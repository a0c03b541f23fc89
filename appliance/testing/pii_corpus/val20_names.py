"""People and places of val20, the blind part of the labelled PII corpus: 83 cultures with
given names (by gender) and family names, a phone region, a country and cities, plus regions,
street addresses of several countries, given names that are everyday words, and nicknames.

Written by hand from the author's own head for val20 (no library's name list, no other part
of the corpus read). Names that clash with the decoys of the clean prompts (brands, dishes,
characters, everyday words such as "brown" or "park") were left out on purpose.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    name: str
    region: str  # phone region (ISO 3166 alpha-2)
    country: str
    cities: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    family_m: tuple[str, ...]
    family_f: tuple[str, ...]
    surname_first: bool = False


def _c(
    name: str,
    region: str,
    country: str,
    cities: str,
    male: str,
    female: str,
    family: str,
    family_f: str = "",
    surname_first: bool = False,
) -> Culture:
    fam = tuple(family.split("|"))
    return Culture(
        name,
        region,
        country,
        tuple(cities.split("|")),
        tuple(male.split("|")),
        tuple(female.split("|")),
        fam,
        tuple(family_f.split("|")) if family_f else fam,
        surname_first,
    )


CULTURES: tuple[Culture, ...] = (
    _c(
        "english",
        "GB",
        "United Kingdom",
        "Leeds|Norwich|Bristol|Exeter|Sheffield",
        "Oliver|Callum|Rupert|Alfie|Alfie-Jay|Toby",
        "Harriet|Imogen|Tamsin|Jemima|Philippa",
        "Ashworth|Pemberton|Whitfield|Fairbairn|Thornton|Ashworth-Blake|Featherstonehaugh",
    ),
    _c(
        "scottish",
        "GB",
        "United Kingdom",
        "Glasgow|Aberdeen|Dundee|Inverness",
        "Ewan|Hamish|Fraser|Struan|Angus",
        "Morag|Kirsty|Isla|Ailsa|Eilidh",
        "McAllister|MacLeod|Drummond|Urquhart|McCracken|Buchanan|Sutherland-Reid",
    ),
    _c(
        "irish",
        "IE",
        "Ireland",
        "Galway|Limerick|Kilkenny|Sligo",
        "Padraig|Cathal|Oisín|Eoghan|Donnacha",
        "Siobhán|Aoife|Niamh|Róisín|Gráinne",
        "O'Sullivan|Kavanagh|O'Donoghue|Fitzgerald|Quinlan|Ó Floinn|Mac Giolla Phádraig",
    ),
    _c(
        "welsh",
        "GB",
        "United Kingdom",
        "Cardiff|Swansea|Aberystwyth|Wrexham",
        "Rhys|Gwilym|Dafydd|Iolo|Emyr",
        "Ffion|Carys|Angharad|Seren|Mererid",
        "Llewellyn|Pritchard|ap Rhys|Prydderch|Vaughan|Gruffydd",
    ),
    _c(
        "american",
        "US",
        "United States",
        "Denver|Tucson|Omaha|Raleigh|Spokane",
        "Brayden|Tucker|Garrett|Colton|Bryce",
        "Kaylee|Cheyenne|Makenna|Addison|Brynlee",
        "Hendricks|Whitaker|Caldwell|Delaney|Pruitt|Gallagher|Harrington|Montgomery",
    ),
    _c(
        "african_american",
        "US",
        "United States",
        "Atlanta|Memphis|Baltimore|Detroit",
        "Jamal|DeShawn|Tyrone|Marquis|Darnell",
        "Aaliyah|Latoya|Imani|Keisha|Shaniqua",
        "Jefferson|Robinson|Freeman|Coleman|Dorsey|Mayfield|Tolliver|Hollis",
    ),
    _c(
        "quebecois",
        "CA",
        "Canada",
        "Montréal|Québec|Sherbrooke|Gatineau",
        "Étienne|Maxime|Mathieu|Rémi|Jean-François",
        "Geneviève|Josée|Annick|Chantal|Marie-Ève",
        "Tremblay|Gagnon|Bouchard|Côté|Lévesque|Pelletier|Bergeron|Ouellet",
    ),
    _c(
        "australian",
        "AU",
        "Australia",
        "Brisbane|Adelaide|Hobart|Geelong|Townsville",
        "Lachlan|Brodie|Jarrah|Darcy|Fletcher",
        "Matilda|Tahlia|Sienna|Kirra|Indi",
        "Fitzpatrick|McAuley|Hargreaves|Pearce|Nankervis|Trethowan",
    ),
    _c(
        "maori",
        "NZ",
        "New Zealand",
        "Rotorua|Tauranga|Whanganui|Dunedin",
        "Tama|Wiremu|Rangi|Hemi|Kahu",
        "Aroha|Mere|Ngaio|Hine|Anahera",
        "Ngata|Parata|Tawhiri|Te Whiu|Rangihau|Pōmare",
    ),
    _c(
        "german",
        "DE",
        "Germany",
        "Freiburg|Leipzig|Regensburg|Münster|Kassel",
        "Jürgen|Lukas|Hauke|Malte|Hannes",
        "Anneliese|Friederike|Wiebke|Henrike|Gesine",
        "Schäfer|Großmann|Müller-Lüdenscheidt|von Hagen|Brandstätter|Oberländer|Kühn",
    ),
    _c(
        "austrian",
        "AT",
        "Austria",
        "Graz|Linz|Innsbruck|Klagenfurt",
        "Florian|Valentin|Leopold|Ferdinand|Korbinian",
        "Magdalena|Theresa|Johanna|Vroni|Leonie",
        "Hinterberger|Pichler|Gruber|Steinbauer|Moser|Huber-Reisinger",
    ),
    _c(
        "swiss",
        "CH",
        "Switzerland",
        "Basel|Bern|Lausanne|Lugano|Winterthur",
        "Urs|Beat|Reto|Gian|Silvan",
        "Regula|Corinne|Seraina|Ladina|Mirjam",
        "Brunner|Bachmann|Gerber|Vonlanthen|Caflisch|Rüegg",
    ),
    _c(
        "dutch",
        "NL",
        "Netherlands",
        "Utrecht|Groningen|Eindhoven|Zwolle|Haarlem",
        "Joris|Bram|Thijs|Wouter|Sjoerd",
        "Sanne|Femke|Maartje|Anouk|Lieke",
        "van der Meer|de Vries|Visser|Mulder|van Dijk|ter Horst|Verhoeven|Dekker",
    ),
    _c(
        "flemish",
        "BE",
        "Belgium",
        "Gent|Leuven|Antwerpen|Brugge|Mechelen",
        "Wannes|Jens|Pieter-Jan|Stijn|Lowie",
        "Lotte|Fien|Nele|Ilse|Hanne",
        "Vandenbroucke|De Smet|Peeters|Claes|Verstraete|Janssens|D'Hondt",
    ),
    _c(
        "french",
        "FR",
        "France",
        "Lyon|Rennes|Grenoble|Montpellier|Nantes|Strasbourg",
        "Baptiste|Grégoire|Jean-Baptiste|Thibault|Aurélien",
        "Amélie|Solène|Clémence|Margaux|Maëlle",
        "Lefèvre|Dubois-Marchand|de Villiers|Moreau|Girard|Chevalier|Lemaire|Duval",
    ),
    _c(
        "spanish",
        "ES",
        "Spain",
        "Valencia|Sevilla|Zaragoza|Bilbao|Málaga",
        "Álvaro|Iñigo|Joaquín|Sergio|Borja",
        "Begoña|Nuria|Maite|Rocío|Inmaculada",
        "García López|de la Cruz|Fernández|Ibáñez|Martínez Ortega|del Río|Navarro|Domínguez",
    ),
    _c(
        "catalan",
        "ES",
        "Spain",
        "Girona|Tarragona|Lleida|Sabadell",
        "Jordi|Pau|Oriol|Arnau|Quim",
        "Laia|Núria|Mireia|Meritxell|Aina",
        "Vilanova|Puig|Casals|Ferrer|Roig|Soler|Sabaté|Pujol",
    ),
    _c(
        "basque",
        "ES",
        "Spain",
        "Donostia|Vitoria-Gasteiz|Pamplona|Getxo",
        "Ander|Gorka|Unai|Xabier|Iker",
        "Itziar|Amaia|Edurne|Nerea|Ainhoa",
        "Etxeberria|Aguirre|Goikoetxea|Zubizarreta|Arrieta|Olano",
    ),
    _c(
        "portuguese",
        "PT",
        "Portugal",
        "Porto|Braga|Coimbra|Aveiro",
        "João|Tiago|Rui|Duarte|Gonçalo",
        "Inês|Leonor|Beatriz|Mafalda|Constança",
        "Gonçalves|da Silva|Magalhães|Carvalho|Sousa Pinto|Figueiredo|Teixeira|dos Santos",
    ),
    _c(
        "brazilian",
        "BR",
        "Brazil",
        "Recife|Curitiba|Belo Horizonte|Fortaleza|Campinas",
        "Thiago|Gustavo|Caio|Rafael|Leandro",
        "Larissa|Fernanda|Juliana|Bruna|Thaís",
        "Oliveira|Nascimento|Albuquerque|Cavalcanti|Rodrigues|Araújo|Ferreira da Costa|Moura",
    ),
    _c(
        "mexican",
        "MX",
        "Mexico",
        "Guadalajara|Monterrey|Puebla|Oaxaca|Mérida",
        "Alejandro|Rodrigo|Emiliano|Jesús|Uriel",
        "Guadalupe|Ximena|Itzel|Citlali|Yareli",
        "Hernández|Ramírez Soto|Vázquez|de León|Mendoza|Zúñiga|Castañeda",
    ),
    _c(
        "argentinian",
        "AR",
        "Argentina",
        "Rosario|Córdoba|Mar del Plata|Salta",
        "Facundo|Matías|Nahuel|Gonzalo|Lautaro",
        "Agustina|Florencia|Micaela|Valentina|Milagros",
        "Giménez|Pereyra|Sosa|Benítez|Acosta|Di Stéfano|Lombardi",
    ),
    _c(
        "colombian",
        "CO",
        "Colombia",
        "Medellín|Cali|Barranquilla|Bucaramanga",
        "Camilo|Andrés|Julián|Sebastián|Yeison",
        "Daniela|Valeria|Manuela|Luisa Fernanda|Yuliana",
        "Restrepo|Ospina|Cárdenas|Jaramillo|Uribe|Londoño",
    ),
    _c(
        "chilean",
        "CL",
        "Chile",
        "Valparaíso|Concepción|Temuco|Antofagasta",
        "Ignacio|Benjamín|Vicente|Tomás|Cristóbal",
        "Constanza|Javiera|Catalina|Francisca|Josefa",
        "Contreras|Muñoz|Fuentealba|Sepúlveda|Araya|Valenzuela",
    ),
    _c(
        "peruvian",
        "PE",
        "Peru",
        "Arequipa|Cusco|Trujillo|Piura",
        "Wilmer|Percy|Renzo|Edgar|Yordi",
        "Yolanda|Karina|Maricielo|Roxana|Fiorella",
        "Quispe|Mamani|Huamán|Chávez|Condori|Paredes|Salazar",
    ),
    _c(
        "italian",
        "IT",
        "Italy",
        "Bologna|Torino|Palermo|Bari|Verona|Padova",
        "Giacomo|Lorenzo|Alessio|Matteo|Gianluca",
        "Chiara|Federica|Ilaria|Benedetta|Ludovica",
        "Esposito|Bianchi|Ricci|De Luca|Colombo|Marchetti|Dell'Acqua|Lo Russo",
    ),
    _c(
        "greek",
        "GR",
        "Greece",
        "Thessaloniki|Patras|Heraklion|Volos",
        "Dimitris|Yiannis|Kostas|Thanasis|Stavros",
        "Eleni|Katerina|Despina|Vasiliki|Chrysa",
        "Papadopoulos|Georgiou|Karagiannis|Oikonomou|Christodoulou",
        "Papadopoulou|Georgiou|Karagianni|Oikonomou|Christodoulou",
    ),
    _c(
        "turkish",
        "TR",
        "Türkiye",
        "İzmir|Bursa|Antalya|Eskişehir|Trabzon",
        "Emre|Burak|Mehmet|Oğuz|Kerem",
        "Elif|Zeynep|Ayşe|Selin|Gülşen",
        "Yılmaz|Öztürk|Kaya|Demir|Şahin|Aydın|Çelik|Arslan",
    ),
    _c(
        "polish",
        "PL",
        "Poland",
        "Kraków|Wrocław|Gdańsk|Poznań|Łódź",
        "Łukasz|Wojciech|Grzegorz|Przemysław|Bartosz",
        "Agnieszka|Małgorzata|Katarzyna|Zofia|Jadwiga",
        "Kowalczyk|Wiśniewski|Zieliński|Dąbrowski|Szymański|Lewandowski|Wójcik",
        "Kowalczyk|Wiśniewska|Zielińska|Dąbrowska|Szymańska|Nowak-Jeziorańska|Wójcik",
    ),
    _c(
        "czech",
        "CZ",
        "Czechia",
        "Brno|Ostrava|Plzeň|Olomouc",
        "Jiří|Ondřej|Vojtěch|Radek|Zdeněk",
        "Tereza|Kateřina|Lucie|Markéta|Blanka",
        "Novotný|Procházka|Černý|Kučera|Veselý",
        "Novotná|Procházková|Černá|Kučerová|Veselá",
    ),
    _c(
        "slovak",
        "SK",
        "Slovakia",
        "Bratislava|Košice|Žilina|Nitra",
        "Matúš|Juraj|Miroslav|Ľubomír|Marek",
        "Zuzana|Ľubica|Andrea|Jana|Dominika",
        "Horváth|Baláž|Tóth|Lukáč|Hudák",
        "Horváthová|Balážová|Tóthová|Lukáčová|Hudáková",
    ),
    _c(
        "hungarian",
        "HU",
        "Hungary",
        "Debrecen|Szeged|Pécs|Győr",
        "Bence|Gergely|Levente|Ákos|Zsolt",
        "Zsófia|Réka|Eszter|Ildikó|Boglárka",
        "Nagy|Szabó|Kovács|Farkas|Molnár|Balogh|Varga|Takács",
        surname_first=True,
    ),
    _c(
        "romanian",
        "RO",
        "Romania",
        "Cluj-Napoca|Iași|Timișoara|Brașov|Constanța",
        "Andrei|Mihai|Bogdan|Radu|Sorin",
        "Ioana|Roxana|Alexandra|Corina|Ileana",
        "Popescu|Ionescu|Dumitrescu|Stanciu|Munteanu|Constantinescu",
    ),
    _c(
        "bulgarian",
        "BG",
        "Bulgaria",
        "Plovdiv|Varna|Burgas|Ruse",
        "Stoyan|Georgi|Tsvetan|Hristo|Kaloyan",
        "Desislava|Radostina|Mariela|Tsvetelina|Boryana",
        "Petrov|Ivanov|Angelov|Stoyanov|Dimitrov",
        "Petrova|Ivanova|Angelova|Stoyanova|Dimitrova",
    ),
    _c(
        "serbian",
        "RS",
        "Serbia",
        "Novi Sad|Niš|Kragujevac|Subotica",
        "Nemanja|Dušan|Aleksandar|Miloš|Vuk",
        "Jelena|Milica|Vesna|Dragana|Snežana",
        "Jovanović|Petrović|Nikolić|Đorđević|Stojanović|Marković",
    ),
    _c(
        "croatian",
        "HR",
        "Croatia",
        "Zagreb|Rijeka|Osijek|Zadar",
        "Luka|Domagoj|Krešimir|Tomislav|Ivo",
        "Ivana|Petra|Mateja|Lucija|Ankica",
        "Horvat|Kovačević|Babić|Marić|Jurić|Knežević",
    ),
    _c(
        "slovenian",
        "SI",
        "Slovenia",
        "Ljubljana|Maribor|Celje|Koper",
        "Nejc|Matej|Rok|Žiga|Primož",
        "Urška|Špela|Tjaša|Nives|Mojca",
        "Krajnc|Zupančič|Potočnik|Vidmar|Kos|Novak",
    ),
    _c(
        "ukrainian",
        "UA",
        "Ukraine",
        "Lviv|Kharkiv|Odesa|Dnipro|Vinnytsia",
        "Taras|Bohdan|Mykola|Dmytro|Ostap",
        "Oksana|Iryna|Olena|Yaryna|Solomiya",
        "Shevchenko|Kovalenko|Bondarenko|Tkachuk|Melnyk|Hrytsenko",
    ),
    _c(
        "russian",
        "RU",
        "Russia",
        "Kazan|Novosibirsk|Yekaterinburg|Samara",
        "Anatoly|Arkady|Grigory|Vsevolod|Timofey",
        "Svetlana|Yekaterina|Natalya|Lyudmila|Ksenia",
        "Sokolov|Kuznetsov|Volkov|Lebedev|Morozov",
        "Sokolova|Kuznetsova|Volkova|Lebedeva|Morozova",
    ),
    _c(
        "lithuanian",
        "LT",
        "Lithuania",
        "Vilnius|Kaunas|Klaipėda|Šiauliai",
        "Jonas|Mindaugas|Tomas|Žygimantas|Vytautas",
        "Rūta|Ieva|Gintarė|Eglė|Aušra",
        "Kazlauskas|Jankauskas|Balčiūnas|Paulauskas|Žukauskas",
        "Kazlauskienė|Jankauskaitė|Balčiūnienė|Paulauskaitė|Žukauskaitė",
    ),
    _c(
        "latvian",
        "LV",
        "Latvia",
        "Rīga|Daugavpils|Liepāja|Jelgava",
        "Jānis|Kārlis|Edgars|Māris|Raimonds",
        "Ilze|Dace|Baiba|Agnese|Līga",
        "Bērziņš|Kalniņš|Ozols|Liepiņš|Krūmiņš",
        "Bērziņa|Kalniņa|Ozola|Liepiņa|Krūmiņa",
    ),
    _c(
        "estonian",
        "EE",
        "Estonia",
        "Tallinn|Tartu|Pärnu|Narva",
        "Kristjan|Mart|Rasmus|Tõnis|Indrek",
        "Liis|Triin|Kadri|Kärt|Piret",
        "Tamm|Saar|Sepp|Mägi|Kask|Rebane",
    ),
    _c(
        "finnish",
        "FI",
        "Finland",
        "Tampere|Oulu|Turku|Jyväskylä",
        "Juhani|Eetu|Veeti|Ilkka|Tapani",
        "Aino|Sanna|Kaisa|Tuuli|Pirjo",
        "Virtanen|Mäkinen|Korhonen|Heikkinen|Lehtonen|Nieminen",
    ),
    _c(
        "swedish",
        "SE",
        "Sweden",
        "Göteborg|Malmö|Uppsala|Linköping|Umeå",
        "Björn|Gustaf|Henrik|Oskar|Ragnar",
        "Linnéa|Ebba|Saga|Maja|Agneta",
        "Lindqvist|Bergström|Sjöberg|Åkesson|Nordin|Holmgren",
    ),
    _c(
        "norwegian",
        "NO",
        "Norway",
        "Bergen|Trondheim|Stavanger|Tromsø",
        "Håkon|Eirik|Torbjørn|Sindre|Vegard",
        "Sigrid|Ingrid|Solveig|Ragnhild|Tuva",
        "Haugen|Solberg|Bakken|Fjeld|Løvås|Nygård|Aasheim",
    ),
    _c(
        "danish",
        "DK",
        "Denmark",
        "Aarhus|Odense|Aalborg|Esbjerg",
        "Søren|Mads|Kasper|Troels|Anders",
        "Mette|Freja|Signe|Ida|Birgitte",
        "Jørgensen|Kristensen|Mikkelsen|Østergaard|Frandsen|Thygesen",
    ),
    _c(
        "icelandic",
        "IS",
        "Iceland",
        "Akureyri|Reykjavík|Selfoss|Húsavík",
        "Guðmundur|Þórður|Einar|Sigurður|Ragnar",
        "Sigríður|Katrín|Hrafnhildur|Guðrún|Ásdís",
        "Sigurðsson|Ólafsson|Þorsteinsson|Jónsson|Magnússon",
        "Jónsdóttir|Guðmundsdóttir|Magnúsdóttir|Ólafsdóttir|Sigurðardóttir",
    ),
    _c(
        "emirati",
        "AE",
        "United Arab Emirates",
        "Dubai|Abu Dhabi|Sharjah|Al Ain",
        "Hamdan|Saeed|Rashid|Obaid|Mansour",
        "Mariam|Shamma|Hessa|Noora|Latifa",
        "Al Mansoori|al-Falasi|Al Nuaimi|Al Ketbi|Al Shamsi|bin Hamad",
    ),
    _c(
        "egyptian",
        "EG",
        "Egypt",
        "Alexandria|Giza|Mansoura|Aswan",
        "Mahmoud|Karim|Tarek|Amr|Sherif",
        "Nourhan|Yasmin|Heba|Dalia|Rania",
        "El-Sayed|Abdelrahman|Mostafa|Farouk|El-Masry|Shawky|Hegazy",
    ),
    _c(
        "moroccan",
        "MA",
        "Morocco",
        "Casablanca|Fès|Marrakech|Tanger|Agadir",
        "Youssef|Hamza|Anouar|Ilyas|Mehdi",
        "Khadija|Salma|Meryem|Houda|Zineb",
        "Benjelloun|El Amrani|Tazi|Bennani|Alaoui|Berrada",
    ),
    _c(
        "lebanese",
        "LB",
        "Lebanon",
        "Beirut|Sidon|Byblos|Zahlé",
        "Rami|Ziad|Fadi|Georges|Wissam",
        "Nadine|Rana|Nayla|Rima|Joëlle",
        "Haddad|Khoury|Saadeh|Nassar|Abi Nader|Chamoun",
    ),
    _c(
        "iranian",
        "IR",
        "Iran",
        "Tehran|Isfahan|Tabriz|Mashhad",
        "Kourosh|Arash|Babak|Reza|Behrouz",
        "Parisa|Shirin|Niloufar|Mahsa|Golnaz",
        "Hosseini|Rahimi|Tehrani|Ghorbani|Mohammadi|Karimi-Nejad",
    ),
    _c(
        "israeli",
        "IL",
        "Israel",
        "Haifa|Be'er Sheva|Netanya|Eilat",
        "Itai|Omer|Eitan|Yuval|Gilad",
        "Noa|Yael|Tamar|Shira|Ronit",
        "Ben-David|Cohen|Ashkenazi|Mizrahi|Friedman|Peretz|Avraham",
    ),
    _c(
        "yoruba",
        "NG",
        "Nigeria",
        "Lagos|Ibadan|Abeokuta|Ilorin|Osogbo",
        "Oluwaseun|Adebayo|Babatunde|Olamide|Ayodele",
        "Folake|Temitope|Funmilayo|Adeola|Yetunde",
        "Adeyemi|Ogunleye|Oyelaran|Bakare|Olatunji|Akinola",
    ),
    _c(
        "igbo",
        "NG",
        "Nigeria",
        "Enugu|Onitsha|Owerri|Nsukka",
        "Chinedu|Obinna|Ikenna|Emeka|Uchenna",
        "Ngozi|Chiamaka|Adaeze|Nneka|Ifeoma",
        "Okafor|Nwosu|Eze|Okonkwo|Nwachukwu|Okeke|Anyanwu",
    ),
    _c(
        "ghanaian",
        "GH",
        "Ghana",
        "Accra|Kumasi|Cape Coast|Takoradi",
        "Kwame|Kofi|Yaw|Kwabena|Kwesi",
        "Akosua|Ama|Efua|Abena|Adwoa",
        "Mensah|Asante|Owusu|Boateng|Appiah|Agyeman",
    ),
    _c(
        "kenyan",
        "KE",
        "Kenya",
        "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret",
        "Otieno|Kiprop|Kamau|Mutua|Kipchoge",
        "Wanjiru|Achieng|Njeri|Wairimu|Chebet",
        "Odhiambo|Kimani|Mwangi|Omondi|Wekesa|Kiprotich",
    ),
    _c(
        "ethiopian",
        "ET",
        "Ethiopia",
        "Addis Ababa|Bahir Dar|Gondar|Hawassa",
        "Abebe|Dawit|Yonas|Bereket|Tewodros",
        "Selamawit|Hiwot|Tsion|Meron|Mekdes",
        "Tesfaye|Haile|Gebremedhin|Alemu|Bekele|Wolde",
    ),
    _c(
        "zulu",
        "ZA",
        "South Africa",
        "Durban|Pietermaritzburg|Soweto|Richards Bay",
        "Sipho|Bongani|Sibusiso|Mandla|Themba",
        "Nomvula|Thandeka|Lindiwe|Zanele|Nokuthula",
        "Dlamini|Nkosi|Mthembu|Ndlovu|Khumalo|Ngcobo|Mahlangu",
    ),
    _c(
        "afrikaans",
        "ZA",
        "South Africa",
        "Stellenbosch|Bloemfontein|Pretoria|Potchefstroom",
        "Pieter|Riaan|Johan|Wynand|Gerhard",
        "Annelie|Marelize|Elmarie|Lientjie|Anri",
        "van der Merwe|Botha|du Plessis|Venter|Steyn|Coetzee|Joubert",
    ),
    _c(
        "hindi",
        "IN",
        "India",
        "Lucknow|Jaipur|Pune|Bhopal|Indore",
        "Rohan|Vikram|Aditya|Siddharth|Kunal",
        "Priya|Ananya|Shreya|Kavya|Ishita",
        "Sharma|Agarwal|Malhotra|Srivastava|Chaturvedi|Bhattacharya|Mehrotra",
    ),
    _c(
        "tamil",
        "IN",
        "India",
        "Chennai|Madurai|Coimbatore|Tiruchirappalli",
        "Karthik|Senthil|Arun|Murugan|Balaji",
        "Lakshmi|Meenakshi|Divya|Revathi|Kalaivani",
        "Subramanian|Ramasamy|Venkatesan|Krishnamurthy|Annamalai|Natarajan",
    ),
    _c(
        "punjabi",
        "IN",
        "India",
        "Amritsar|Ludhiana|Jalandhar|Patiala",
        "Gurpreet|Harjit|Manpreet|Jaskaran|Balwinder",
        "Simran|Jaspreet|Navneet|Harleen|Kirandeep",
        "Sandhu|Gill|Dhillon|Sidhu|Grewal|Bains",
    ),
    _c(
        "bengali",
        "BD",
        "Bangladesh",
        "Dhaka|Chittagong|Sylhet|Khulna|Rajshahi",
        "Tanvir|Rafiq|Arif|Imran|Shakil",
        "Nusrat|Farzana|Sharmin|Tahmina|Rumana",
        "Chowdhury|Rahman|Hossain|Sarkar|Talukder|Bhuiyan|Majumder",
    ),
    _c(
        "pakistani",
        "PK",
        "Pakistan",
        "Lahore|Karachi|Faisalabad|Peshawar|Multan",
        "Bilal|Usman|Faisal|Zeeshan|Hassan",
        "Ayesha|Hira|Sana|Mahnoor|Zainab",
        "Qureshi|Siddiqui|Malik|Chaudhry|Abbasi|Raza|Mirza",
    ),
    _c(
        "sinhala",
        "LK",
        "Sri Lanka",
        "Colombo|Kandy|Galle|Negombo",
        "Dilshan|Kasun|Lahiru|Tharindu|Chathura",
        "Chamari|Nadeesha|Sanduni|Ishara|Dilani",
        "Perera|Jayasuriya|Wickramasinghe|Bandara|Gunawardena|de Silva",
    ),
    _c(
        "nepali",
        "NP",
        "Nepal",
        "Kathmandu|Pokhara|Lalitpur|Biratnagar",
        "Bikash|Prakash|Roshan|Nabin|Suman",
        "Sujata|Anjali|Sabina|Pooja|Sarita",
        "Shrestha|Gurung|Thapa|Tamang|Adhikari|Maharjan",
    ),
    _c(
        "chinese",
        "CN",
        "China",
        "Chengdu|Hangzhou|Wuhan|Nanjing|Shenzhen",
        "Wei|Hao|Zhiwei|Junjie|Haoran",
        "Fang|Jing|Xiulan|Yuting|Xinyi",
        "Wang|Zhang|Liu|Chen|Zhao|Huang|Zhou",
        surname_first=True,
    ),
    _c(
        "taiwanese",
        "TW",
        "Taiwan",
        "Taichung|Kaohsiung|Tainan|Hsinchu",
        "Chia-Hao|Wen-Jie|Po-Han|Chih-Ming|Yu-Cheng",
        "Yi-Ting|Shu-Fen|Hsin-Yi|Pei-Shan|Ya-Wen",
        "Lin|Tsai|Hsu|Cheng|Kuo|Hsieh",
    ),
    _c(
        "hongkong",
        "HK",
        "Hong Kong",
        "Kowloon|Sha Tin|Tsuen Wan|Tuen Mun",
        "Ka-Ming|Ho-Yin|Man-Kit|Desmond|Chun-Kit",
        "Wing-Sze|Sin-Yee|Cheryl|Hoi-Ling|Mei-Ki",
        "Chan|Wong|Leung|Cheung|Lau|Tsang",
    ),
    _c(
        "japanese",
        "JP",
        "Japan",
        "Sapporo|Sendai|Fukuoka|Kanazawa|Hiroshima",
        "Haruto|Sota|Ren|Takumi|Kenta",
        "Yui|Aoi|Hinata|Misaki|Haruka",
        "Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Inoue|Matsumoto|Hayashi",
        surname_first=True,
    ),
    _c(
        "korean",
        "KR",
        "South Korea",
        "Busan|Incheon|Daegu|Gwangju|Daejeon",
        "Ji-hoon|Min-jun|Do-yoon|Jae-won|Seung-hyun",
        "Seo-yeon|Ha-eun|Su-bin|Ye-jin|Ji-woo",
        "Kim|Lee|Choi|Jung|Kang|Yoon|Jang|Lim",
        surname_first=True,
    ),
    _c(
        "vietnamese",
        "VN",
        "Vietnam",
        "Hanoi|Da Nang|Can Tho|Hai Phong|Nha Trang",
        "Quang|Đức|Tuấn|Huy|Minh Khôi",
        "Minh Anh|Thu Trang|Ngọc Lan|Phương|Bảo Châu",
        "Nguyễn|Trần|Phạm|Hoàng|Vũ|Đặng|Bùi",
        surname_first=True,
    ),
    _c(
        "thai",
        "TH",
        "Thailand",
        "Chiang Mai|Khon Kaen|Hat Yai|Udon Thani",
        "Somchai|Nattapong|Thanawat|Wichai|Kittipong",
        "Siriporn|Kanokwan|Pimchanok|Apinya|Ratchanee",
        "Srisuk|Wongsawat|Phromma|Saetang|Boonmee|Chaiyaporn",
    ),
    _c(
        "filipino",
        "PH",
        "Philippines",
        "Cebu|Davao|Quezon City|Iloilo|Baguio",
        "Jerome|Rodel|Marlon|Ramil|Jericho",
        "Maricel|Kristine|Jhoanna|Liezl|Rowena",
        "dela Cruz|Santos|Reyes|Bautista|Macaraeg|Villanueva|Dimaculangan|Panganiban",
    ),
    _c(
        "indonesian",
        "ID",
        "Indonesia",
        "Bandung|Surabaya|Yogyakarta|Medan|Semarang",
        "Budi|Agus|Rizky|Wahyu|Bambang",
        "Ayu|Dewi|Putri|Ratna|Kartika",
        "Santoso|Wijaya|Hidayat|Siregar|Nasution|Purnomo|Setiawan",
    ),
    _c(
        "malay",
        "MY",
        "Malaysia",
        "Penang|Ipoh|Kuching|Johor Bahru|Shah Alam",
        "Hafiz|Amirul|Syafiq|Faizal|Haziq",
        "Nurul Aina|Siti Aisyah|Farah|Nur Izzati|Syazwani",
        "bin Abdullah|bin Osman|bin Hassan|bin Yusof|bin Rahmat",
        "binti Ismail|binti Yusof|binti Abdullah|binti Rahmat|binti Osman",
    ),
    _c(
        "jamaican",
        "JM",
        "Jamaica",
        "Kingston|Montego Bay|Ocho Rios|Mandeville",
        "Delroy|Kemar|Andre|Orville|Dwayne",
        "Shanice|Tamika|Shelly-Ann|Kadian|Tashana",
        "Campbell|Thompson|McKenzie|Facey|Bailey|Reid",
    ),
    _c(
        "armenian",
        "AM",
        "Armenia",
        "Yerevan|Gyumri|Vanadzor|Dilijan",
        "Aram|Tigran|Narek|Gevorg|Vahagn",
        "Anahit|Lusine|Sona|Armine|Gayane",
        "Petrosyan|Hovhannisyan|Sargsyan|Grigoryan|Avetisyan|Harutyunyan",
    ),
    _c(
        "georgian",
        "GE",
        "Georgia",
        "Tbilisi|Batumi|Kutaisi|Rustavi",
        "Giorgi|Levan|Davit|Irakli|Zurab",
        "Nino|Ketevan|Nana|Salome|Tamta",
        "Beridze|Kapanadze|Gelashvili|Lomidze|Tsiklauri|Maisuradze",
    ),
    _c(
        "maltese",
        "MT",
        "Malta",
        "Valletta|Sliema|Mosta|Birkirkara",
        "Ġorġ|Karl|Jean Paul|Ċensu|Clayton",
        "Marija|Rebekah|Charlene|Ġabriella|Doreen",
        "Borg|Camilleri|Vella|Farrugia|Zammit|Grech",
    ),
    _c(
        "tanzanian",
        "TZ",
        "Tanzania",
        "Dar es Salaam|Arusha|Dodoma|Mwanza",
        "Baraka|Juma|Hamisi|Salim|Rajabu",
        "Neema|Rehema|Zawadi|Mwanaisha|Upendo",
        "Mushi|Mollel|Massawe|Kimaro|Lyimo|Shayo",
    ),
    _c(
        "albanian",
        "AL",
        "Albania",
        "Tirana|Durrës|Shkodër|Vlorë",
        "Arben|Dritan|Ilir|Besnik|Gentian",
        "Elira|Blerta|Mimoza|Drita|Ermira",
        "Berisha|Krasniqi|Gashi|Shehu|Dervishi|Leka",
    ),
)

BY_NAME = {c.name: c for c in CULTURES}

GROUPS: dict[str, tuple[str, ...]] = {
    "es": (
        "spanish",
        "catalan",
        "basque",
        "mexican",
        "argentinian",
        "colombian",
        "chilean",
        "peruvian",
    ),
    "de": ("german", "austrian", "swiss"),
    "fr": ("french", "quebecois", "moroccan", "lebanese"),
    "en": (
        "english",
        "scottish",
        "irish",
        "welsh",
        "american",
        "african_american",
        "australian",
        "jamaican",
    ),
    "sf": ("hungarian", "chinese", "japanese", "korean", "vietnamese"),
    "us": ("american", "african_american"),
}

# Given names that are also everyday words; only the context says they are people.
WORD_NAMES_F = ("Hope", "Grace", "Summer", "Rose", "Faith", "Joy", "Dawn", "Autumn", "Honey")
WORD_NAMES_M = ("Will", "Bill", "Hunter", "Mark", "Frank", "Chase", "Lance", "Rusty")
WORD_NAMES = WORD_NAMES_F + WORD_NAMES_M
WORD_SURNAMES = ("Ashworth", "Whitaker", "Pemberton", "Delaney", "Caldwell", "Hollis")

NICKNAMES = (
    "Kiki",
    "Jojo",
    "Mimi",
    "Nacho",
    "Paco",
    "Sasha",
    "Lulu",
    "Benji",
    "Tito",
    "Boo",
    "Dodo",
    "Pipo",
    "Chacha",
    "Fifi",
)

REGIONS = (
    "Bavaria",
    "Tuscany",
    "Andalusia",
    "Ontario",
    "Queensland",
    "Catalonia",
    "Yorkshire",
    "Kerala",
    "Gauteng",
    "Hokkaido",
    "Lombardy",
    "Provence",
    "Silesia",
    "Transylvania",
    "Moravia",
    "Flanders",
    "Punjab",
    "Algarve",
    "Tyrol",
    "Normandy",
    "Texas",
    "Oregon",
    "Vermont",
    "Saxony",
    "Cornwall",
    "Connemara",
    "Galicia",
)

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "Æ": "AE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
        "œ": "oe",
    }
)


def fold(text: str) -> str:
    """The text without diacritics, as people type a name on an English keyboard."""
    text = text.translate(_FOLD)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    culture: str
    surname_first: bool
    female: bool

    @property
    def full(self) -> str:
        if self.surname_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def west(self) -> str:
        return f"{self.given} {self.family}"


def _pick_family(rng: random.Random, c: Culture, female: bool, want: str) -> str:
    pool = c.family_f if female else c.family_m

    def ok(f: str) -> bool:
        if want == "particle":
            return " " in f or "'" in f or f.lower().startswith(("al-", "mc", "mac"))
        if want == "hyphen":
            return "-" in f
        if want == "diac":
            return fold(f) != f
        return True

    good = [f for f in pool if ok(f)]
    return rng.choice(good or list(pool))


def person(rng: random.Random, group: str | None = None) -> Person:
    """A person of a random culture, or of a group ("es", "de", "fr", "en", "sf", "us",
    "particle", "hyphen", "diac", "word": a given name that is an everyday word), with "+m"
    or "+f" (or "m", "f" alone) for the gender."""
    parts = (group or "").split("+")
    gender = next((g for g in parts if g in ("m", "f")), None)
    group = next((g for g in parts if g not in ("m", "f", "")), None)
    female = rng.random() < 0.5 if gender is None else gender == "f"
    if group == "word":
        given = rng.choice(WORD_NAMES_F if female else WORD_NAMES_M)
        return Person(given, rng.choice(WORD_SURNAMES), "english_word", False, female)
    if group in GROUPS:
        c = BY_NAME[rng.choice(GROUPS[group])]
    elif group in ("particle", "hyphen", "diac"):

        def has(c: Culture) -> bool:
            fams = c.family_m + c.family_f + c.male + c.female
            if group == "particle":
                return any(
                    " " in f or "'" in f or f.lower().startswith(("al-", "mc"))
                    for f in c.family_m + c.family_f
                )
            if group == "hyphen":
                return any("-" in f for f in fams)
            return any(fold(f) != f for f in fams)

        c = rng.choice([c for c in CULTURES if has(c)])
    else:
        c = rng.choice(CULTURES)
    given = rng.choice(c.female if female else c.male)
    want = group if group in ("particle", "hyphen", "diac") else ""
    family = _pick_family(rng, c, female, want)
    return Person(given, family, c.name, c.surname_first, female)


# Street addresses: one builder per country, written by hand.
_GB_STREETS = (
    "Hawthorn Road",
    "Mill Lane",
    "Chapel Street",
    "Orchard Close",
    "Station Approach",
    "Beechwood Avenue",
    "Kingfisher Way",
    "Tanners Row",
)
_US_STREETS = (
    "Maple Avenue",
    "Cedar Ridge Drive",
    "W 4th Street",
    "Lakeview Terrace",
    "Old Mill Road",
    "Sycamore Lane",
    "N Prospect Blvd",
)
_US_STATES = {
    "Denver": "CO",
    "Tucson": "AZ",
    "Omaha": "NE",
    "Raleigh": "NC",
    "Spokane": "WA",
    "Atlanta": "GA",
    "Memphis": "TN",
    "Baltimore": "MD",
    "Detroit": "MI",
}
_DE_STREETS = (
    "Lindenstraße",
    "Am Mühlbach",
    "Kastanienweg",
    "Bahnhofstraße",
    "Schillerplatz",
    "Hauptstraße",
    "Ringstraße",
)
_FR_STREETS = (
    "rue des Lilas",
    "boulevard de la Liberté",
    "impasse des Tilleuls",
    "rue du Moulin",
    "avenue des Platanes",
    "place du Marché",
)
_ES_STREETS = (
    "Calle Mayor",
    "Avenida de la Constitución",
    "Calle Real",
    "Paseo del Prado",
    "Calle de la Luna",
    "Ronda de Poniente",
)
_IT_STREETS = (
    "Via dei Mille",
    "Corso Vittorio Emanuele",
    "Via San Vitale",
    "Piazza del Duomo",
    "Via delle Rose",
    "Viale Europa",
)
_NL_STREETS = ("Oudegracht", "Kerkstraat", "Molenweg", "Vismarkt", "Lange Nieuwstraat")
_GENERIC = (
    "Harbour Road",
    "Independence Avenue",
    "Market Street",
    "Airport Road",
    "Station Road",
    "Garden Lane",
    "Church Street",
)


def _pc_gb(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUWY"
    return (
        f"{rng.choice(L)}{rng.choice(L)}{rng.randint(1, 19)} "
        f"{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}"
    )


def address(rng: random.Random, culture: str) -> str:
    """A street address in the country of a culture, with a city of that culture."""
    c = BY_NAME.get(culture) or BY_NAME["english"]
    city = rng.choice(c.cities)
    n = rng.randint(2, 188)
    r = c.region
    if r == "GB":
        return f"{n} {rng.choice(_GB_STREETS)}, {city} {_pc_gb(rng)}"
    if r == "US":
        city = rng.choice(list(_US_STATES))
        return (
            f"{n * 7} {rng.choice(_US_STREETS)}, {city}, {_US_STATES[city]} "
            f"{rng.randint(10000, 99950)}"
        )
    if r in ("DE", "AT", "CH"):
        plz = rng.randint(10000, 99999) if r == "DE" else rng.randint(1000, 9999)
        return f"{rng.choice(_DE_STREETS)} {n}, {plz} {city}"
    if r in ("FR", "BE") and culture != "flemish":
        return f"{n} {rng.choice(_FR_STREETS)}, {rng.randint(10, 95)}{rng.randint(100, 999)} {city}"
    if r == "ES":
        return (
            f"{rng.choice(_ES_STREETS)}, {n}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, "
            f"{rng.randint(1, 50):02d}{rng.randint(0, 999):03d} {city}"
        )
    if r == "IT":
        return f"{rng.choice(_IT_STREETS)} {n}, {rng.randint(10, 98)}{rng.randint(100, 199)} {city}"
    if r in ("NL", "BE"):
        return (
            f"{rng.choice(_NL_STREETS)} {n}, {rng.randint(1000, 9999)} "
            f"{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')} {city}"
        )
    if r == "IE":
        return f"{n} Upper Salthill Road, {city} H91 X{rng.randint(10, 99)}F{rng.randint(1, 9)}"
    if r == "AU":
        st = rng.choice(("QLD", "SA", "TAS", "VIC"))
        return f"{n} Wattle Street, {city} {st} {rng.randint(3000, 5999)}"
    if r == "CA":
        return (
            f"{n * 11} rue Sherbrooke Est, {city}, QC H2K {rng.randint(1, 9)}B{rng.randint(1, 9)}"
        )
    if r == "IN":
        return (
            f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}, Shanti Apartments, MG Road, "
            f"{city} {rng.randint(110001, 699999)}"
        )
    if r == "PL":
        return f"ul. Długa {n}/{rng.randint(1, 40)}, {rng.randint(10, 99)}-{rng.randint(100, 999)} {city}"
    if r == "JP":
        return (
            f"{rng.randint(1, 4)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} Tenjin, "
            f"Chuo-ku, {city} {rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        )
    if r == "BR":
        return (
            f"Rua das Flores, {n}, apto {rng.randint(11, 99)}, {city}, "
            f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}"
        )
    return f"{n} {rng.choice(_GENERIC)}, {city}"
