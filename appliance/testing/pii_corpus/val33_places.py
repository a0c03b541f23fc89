"""Places for val33 (LOCATION spans), written from its author's head.

Per country: its name as written in English, cities with a postcode pattern ("#" a digit,
"@" a capital letter, "" none), regions, streets, and the shape of a street address.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    cities: tuple[tuple[str, str], ...]
    regions: tuple[str, ...]
    streets: tuple[str, ...]
    fmt: str  # address shape: "{n}", "{street}", "{city}", "{pc}"


COUNTRIES: dict[str, Country] = {}

_NUM_FIRST = "{n} {street}, {city} {pc}"
_STREET_FIRST = "{street} {n}, {pc} {city}"
_PLAIN = "{n} {street}, {city}"


def _k(code: str, name: str, cities: str, regions: str, streets: str, fmt: str) -> None:
    """cities: "Name=pattern;Name=pattern", regions and streets: ";"-separated."""
    parsed = []
    for item in cities.split(";"):
        city, _, pattern = item.partition("=")
        parsed.append((city.strip(), pattern.strip()))
    regs = tuple(r.strip() for r in regions.split(";") if r.strip())
    strs = tuple(s.strip() for s in streets.split(";") if s.strip())
    COUNTRIES[code] = Country(code, name, tuple(parsed), regs, strs, fmt)


_k("GB", "United Kingdom",
   "Leeds=LS# #@@;Sheffield=S# #@@;Norwich=NR# #@@;Exeter=EX# #@@;Aberdeen=AB## #@@;"
   "Swansea=SA# #@@;Belfast=BT# #@@",
   "Yorkshire;Cornwall;Cumbria;Wales;Scotland",
   "Wellmeadow Road;Pelham Crescent;Abbotsford Grove;Kingfisher Way;Tanyard Lane;"
   "Orchard Rise",
   _NUM_FIRST)  # fmt: skip
_k("IE", "Ireland",
   "Galway=H91 @#@#;Limerick=V94 @#@#;Kilkenny=R95 @#@#;Sligo=F91 @#@#",
   "Connacht;Munster;Donegal",
   "Bóthar na Trá;Sea Road;Dominick Street Upper;Ballybane Road",
   _NUM_FIRST)  # fmt: skip
_k("US", "United States",
   "Milwaukee=WI 532##;Tucson=AZ 857##;Boise=ID 837##;Sacramento=CA 958##;Pittsburgh=PA 152##;"
   "Omaha=NE 681##",
   "Vermont;Oregon;Nebraska;New Mexico;Arizona",
   "Juniper Ridge Drive;W Oakcrest Ave;N 17th Street;Hollyhock Lane;Cedar Bluff Road",
   "{n} {street}, {city}, {pc}")  # fmt: skip
_k("CA", "Canada",
   "Winnipeg=R3@ #@#;Saskatoon=S7@ #@#;Moncton=E1@ #@#;Kelowna=V1@ #@#;Iqaluit=X0A #@0",
   "Manitoba;Nova Scotia;Saskatchewan;Nunavut",
   "Pembina Highway;Rue Saint-Denis;Birchwood Crescent;Lakeshore Road",
   _NUM_FIRST)  # fmt: skip
_k("MX", "Mexico",
   "Guadalajara=44###;Puebla=72###;Mérida=97###;Oaxaca=68###;Monterrey=64###",
   "Jalisco;Yucatán;Chiapas",
   "Calle Hidalgo;Avenida Reforma Norte;Calle 60;Privada de los Naranjos",
   _STREET_FIRST)  # fmt: skip
_k("BR", "Brazil",
   "Recife=50###-###;Curitiba=80###-###;Manaus=69###-###;Florianópolis=88###-###;"
   "Campinas=13###-###",
   "Pernambuco;Bahia;Paraná",
   "Rua das Acácias;Avenida Boa Viagem;Rua Marechal Deodoro;Travessa do Carmo",
   "{street}, {n} - {city}, {pc}")  # fmt: skip
_k("AR", "Argentina",
   "Mendoza=M5500;Córdoba=X5000;Bariloche=R8400;Ushuaia=V9410",
   "Neuquén;Tucumán",
   "Avenida Colón;Calle Belgrano;Pasaje Las Heras",
   _STREET_FIRST)  # fmt: skip
_k("CL", "Chile",
   "Valparaíso=23#####;Temuco=47#####;Antofagasta=12#####;Puerto Montt=54#####",
   "Araucanía;Biobío",
   "Avenida Alemania;Calle Blanco Encalada;Pasaje Los Aromos",
   _STREET_FIRST)  # fmt: skip
_k("CO", "Colombia",
   "Medellín=050###;Barranquilla=080###;Cartagena=130###;Manizales=170###",
   "Antioquia;Cundinamarca",
   "Carrera 43A;Calle 72;Transversal 39",
   "{street} # {n}-{n2}, {city}")  # fmt: skip
_k("PE", "Peru",
   "Arequipa=04###;Cusco=08###;Trujillo=13###;Iquitos=16###",
   "Ayacucho;Junín",
   "Jirón Ucayali;Avenida Ejército;Calle Mercaderes",
   _STREET_FIRST)  # fmt: skip
_k("ES", "Spain",
   "Zaragoza=50###;Valladolid=47###;Málaga=29###;Bilbao=48###;Vigo=36###",
   "Andalusia;Galicia;Asturias;Aragón;Catalonia",
   "Calle de Alcalá;Avenida de Gasteiz;Calle Larios;Rúa do Príncipe",
   _STREET_FIRST)  # fmt: skip
_k("PT", "Portugal",
   "Porto=4###-###;Braga=47##-###;Coimbra=30##-###;Aveiro=38##-###;Évora=70##-###",
   "Alentejo;Algarve;Minho",
   "Rua das Flores;Avenida dos Aliados;Travessa do Loureiro",
   _STREET_FIRST)  # fmt: skip
_k("FR", "France",
   "Lyon=690##;Toulouse=310##;Lille=590##;Rennes=350##;Montpellier=340##;Strasbourg=670##;"
   "Grenoble=380##",
   "Normandy;Occitanie;Alsace;Auvergne",
   "rue des Tanneurs;avenue Jean-Jaurès;boulevard de la Croix-Rousse;impasse des Tilleuls",
   "{n} {street}, {pc} {city}")  # fmt: skip
_k("BE", "Belgium",
   "Ghent=9000;Antwerp=2000;Leuven=3000;Liège=4000;Namur=5000",
   "Flanders;Wallonia",
   "Korenmarkt;Rue Saint-Gilles;Lange Kievitstraat;Tiensestraat",
   _STREET_FIRST)  # fmt: skip
_k("NL", "the Netherlands",
   "Utrecht=35## @@;Groningen=97## @@;Eindhoven=56## @@;Haarlem=20## @@;Zwolle=80## @@;"
   "Maastricht=62## @@",
   "Friesland;Zeeland;Limburg",
   "Oudegracht;Herestraat;Stratumseind;Kruisweg;Vrijthof",
   _STREET_FIRST)  # fmt: skip
_k("DE", "Germany",
   "Leipzig=04###;Freiburg=79###;Dresden=01###;Hannover=30###;Bremen=28###;Stuttgart=70###",
   "Bavaria;Saxony;Schleswig-Holstein",
   "Lindenallee;Karl-Heine-Straße;Kastanienweg;Am Sandtorkai;Schillerplatz",
   _STREET_FIRST)  # fmt: skip
_k("AT", "Austria",
   "Graz=80##;Salzburg=50##;Innsbruck=60##;Klagenfurt=90##",
   "Tyrol;Styria",
   "Herrengasse;Maria-Theresien-Straße;Linzer Gasse",
   _STREET_FIRST)  # fmt: skip
_k("CH", "Switzerland",
   "Basel=40##;Lausanne=10##;Lucerne=60##;Winterthur=84##",
   "Valais;Ticino;Graubünden",
   "Spalenberg;Avenue de Cour;Hertensteinstrasse",
   _STREET_FIRST)  # fmt: skip
_k("IT", "Italy",
   "Bologna=401##;Turin=101##;Naples=801##;Palermo=901##;Verona=371##;Bari=701##;"
   "Trieste=341##",
   "Tuscany;Sicily;Puglia;Piedmont",
   "Via dell'Indipendenza;Via Po;Corso Vittorio Emanuele;Via Sparano",
   _STREET_FIRST)  # fmt: skip
_k("SE", "Sweden",
   "Malmö=21# ##;Uppsala=75# ##;Umeå=90# ##;Linköping=58# ##;Gothenburg=41# ##",
   "Skåne;Norrland;Dalarna",
   "Södra Förstadsgatan;Kungsängsgatan;Storgatan;Linnégatan",
   _STREET_FIRST)  # fmt: skip
_k("NO", "Norway",
   "Bergen=50##;Trondheim=70##;Tromsø=90##;Stavanger=40##",
   "Finnmark;Rogaland",
   "Bryggen;Olav Tryggvasons gate;Storgata",
   _STREET_FIRST)  # fmt: skip
_k("DK", "Denmark",
   "Aarhus=8000;Odense=5000;Aalborg=9000;Esbjerg=6700",
   "Jutland;Zealand",
   "Mejlgade;Vestergade;Borgergade",
   _STREET_FIRST)  # fmt: skip
_k("FI", "Finland",
   "Tampere=33###;Turku=20###;Oulu=90###;Rovaniemi=96###",
   "Lapland;Uusimaa",
   "Hämeenkatu;Aurakatu;Koskikatu",
   _STREET_FIRST)  # fmt: skip
_k("IS", "Iceland",
   "Reykjavík=10#;Akureyri=600;Selfoss=800",
   "Westfjords",
   "Laugavegur;Hafnarstræti",
   _STREET_FIRST)  # fmt: skip
_k("PL", "Poland",
   "Kraków=3#-###;Wrocław=5#-###;Gdańsk=80-###;Poznań=6#-###;Łódź=9#-###;Lublin=20-###",
   "Silesia;Pomerania;Masovia",
   "ul. Floriańska;ul. Piotrkowska;ul. Długa;ul. Świętojańska",
   _STREET_FIRST)  # fmt: skip
_k("CZ", "Czechia",
   "Brno=6## ##;Ostrava=7## ##;Olomouc=779 00;Plzeň=301 00",
   "Moravia;Bohemia",
   "Masarykova;Náměstí Svobody;Kounicova",
   _STREET_FIRST)  # fmt: skip
_k("SK", "Slovakia",
   "Košice=040 01;Žilina=010 01;Nitra=949 01",
   "Orava",
   "Hlavná;Mariánske námestie",
   _STREET_FIRST)  # fmt: skip
_k("HU", "Hungary",
   "Debrecen=40##;Szeged=67##;Pécs=76##;Győr=90##",
   "Baranya",
   "Piac utca;Kárász utca;Király utca",
   "{pc} {city}, {street} {n}.")  # fmt: skip
_k("RO", "Romania",
   "Cluj-Napoca=400###;Iași=700###;Timișoara=300###;Brașov=500###",
   "Transylvania;Banat",
   "Strada Memorandumului;Bulevardul Independenței;Strada Republicii",
   "{street} {n}, {city} {pc}")  # fmt: skip
_k("BG", "Bulgaria",
   "Plovdiv=4000;Varna=9000;Burgas=8000",
   "Thrace",
   "ul. Knyaz Boris I;bul. Slivnitsa",
   "{street} {n}, {pc} {city}")  # fmt: skip
_k("HR", "Croatia",
   "Zagreb=10000;Rijeka=51000;Osijek=31000;Zadar=23000",
   "Dalmatia;Istria",
   "Ilica;Korzo;Kalelarga",
   _STREET_FIRST)  # fmt: skip
_k("AL", "Albania",
   "Tirana=1001;Durrës=2001;Shkodër=4001",
   "",
   "Rruga e Kavajës;Rruga Myslym Shyri",
   _STREET_FIRST)  # fmt: skip
_k("GR", "Greece",
   "Thessaloniki=54# ##;Patras=26# ##;Heraklion=71# ##;Ioannina=45# ##",
   "Crete;Peloponnese;Epirus",
   "Odos Egnatia;Odos Ermou;Odos Kapodistriou",
   _STREET_FIRST)  # fmt: skip
_k("RU", "Russia",
   "Kazan=420###;Novosibirsk=630###;Yekaterinburg=620###;Irkutsk=664###",
   "Tatarstan;Siberia",
   "ulitsa Baumana;prospekt Mira;ulitsa Lenina",
   "{street}, {n}, {city}, {pc}")  # fmt: skip
_k("UA", "Ukraine",
   "Lviv=79###;Kharkiv=61###;Odesa=65###;Dnipro=49###;Chernivtsi=58###",
   "Galicia;Podillia",
   "vulytsia Shevchenka;prospekt Svobody;vulytsia Sumska",
   "{street}, {n}, {city}, {pc}")  # fmt: skip
_k("LT", "Lithuania",
   "Vilnius=LT-0####;Kaunas=LT-4####;Klaipėda=LT-9####",
   "Samogitia",
   "Gedimino prospektas;Laisvės alėja",
   _STREET_FIRST)  # fmt: skip
_k("LV", "Latvia",
   "Riga=LV-10##;Daugavpils=LV-54##",
   "Latgale",
   "Brīvības iela;Elizabetes iela",
   _STREET_FIRST)  # fmt: skip
_k("TR", "Türkiye",
   "İzmir=35###;Antalya=07###;Konya=42###;Trabzon=61###;Eskişehir=26###;Gaziantep=27###",
   "Cappadocia;Anatolia",
   "Kıbrıs Şehitleri Caddesi;Atatürk Bulvarı;Uzun Sokak",
   "{street} No:{n}, {pc} {city}")  # fmt: skip
_k("EG", "Egypt",
   "Alexandria=21###;Luxor=85###;Aswan=81###;Mansoura=35###",
   "Sinai",
   "Tahrir Street;Corniche Road;Abbas El Akkad Street",
   _PLAIN)  # fmt: skip
_k("MA", "Morocco",
   "Marrakesh=40###;Fès=30###;Tangier=90###;Agadir=80###",
   "Souss-Massa",
   "Rue Ibn Toumert;Avenue Hassan II;Derb Sidi Bouloukat",
   "{n} {street}, {pc} {city}")  # fmt: skip
_k("NG", "Nigeria",
   "Lagos=10####;Ibadan=20####;Enugu=40####;Kano=70####;Abeokuta=11####",
   "Anambra;Kaduna",
   "Adeola Odeku Street;Ring Road;Ogui Road;Bompai Road",
   _PLAIN)  # fmt: skip
_k("GH", "Ghana",
   "Kumasi=;Takoradi=;Accra=",
   "Ashanti",
   "Oxford Street;Liberation Road;Harper Road",
   _PLAIN)  # fmt: skip
_k("KE", "Kenya",
   "Nairobi=00100;Mombasa=80100;Kisumu=40100;Eldoret=30100;Nakuru=20100",
   "Kiambu",
   "Ngong Road;Moi Avenue;Oginga Odinga Street",
   _PLAIN)  # fmt: skip
_k("ET", "Ethiopia",
   "Addis Ababa=1000;Bahir Dar=;Gondar=;Hawassa=",
   "Tigray;Oromia;Amhara",
   "Bole Road;Churchill Avenue",
   _PLAIN)  # fmt: skip
_k("TZ", "Tanzania",
   "Arusha=;Mwanza=;Dodoma=",
   "Kilimanjaro;Zanzibar",
   "Sokoine Road;Kenyatta Road",
   _PLAIN)  # fmt: skip
_k("UG", "Uganda",
   "Kampala=;Gulu=;Mbarara=;Jinja=",
   "Buganda",
   "Kampala Road;Bukoto Street",
   _PLAIN)  # fmt: skip
_k("RW", "Rwanda",
   "Kigali=;Huye=;Musanze=",
   "",
   "KN 4 Avenue;KG 11 Avenue",
   _PLAIN)  # fmt: skip
_k("CD", "the Democratic Republic of the Congo",
   "Kinshasa=;Lubumbashi=;Goma=;Kisangani=",
   "Katanga",
   "Avenue du Commerce;Boulevard du 30 Juin",
   _PLAIN)  # fmt: skip
_k("ZA", "South Africa",
   "Durban=40##;Gqeberha=60##;Bloemfontein=93##;Pietermaritzburg=32##;Stellenbosch=7600",
   "KwaZulu-Natal;Gauteng;Limpopo",
   "Florida Road;Dorp Street;Nelson Mandela Bay Boulevard;Church Street",
   _NUM_FIRST)  # fmt: skip
_k("ZW", "Zimbabwe",
   "Harare=;Bulawayo=;Mutare=",
   "Matabeleland",
   "Samora Machel Avenue;Leopold Takawira Street",
   _PLAIN)  # fmt: skip
_k("SN", "Senegal",
   "Dakar=;Thiès=;Ziguinchor=",
   "Casamance",
   "Rue Carnot;Avenue Cheikh Anta Diop",
   _PLAIN)  # fmt: skip
_k("SO", "Somalia",
   "Mogadishu=;Hargeisa=;Kismayo=;Bosaso=",
   "Puntland",
   "Maka Al Mukarama Road",
   _PLAIN)  # fmt: skip
_k("MG", "Madagascar",
   "Antananarivo=101;Toamasina=501;Fianarantsoa=301",
   "Analamanga",
   "Lalana Ratsimilaho",
   _PLAIN)  # fmt: skip
_k("AE", "the United Arab Emirates",
   "Dubai=;Abu Dhabi=;Sharjah=;Al Ain=",
   "",
   "Al Wasl Road;Hamdan Street;Sheikh Zayed Road",
   _PLAIN)  # fmt: skip
_k("SA", "Saudi Arabia",
   "Riyadh=1####;Jeddah=2####;Dammam=3####",
   "Asir;Qassim",
   "King Fahd Road;Tahlia Street",
   _PLAIN)  # fmt: skip
_k("LB", "Lebanon",
   "Beirut=;Byblos=;Sidon=;Zahlé=",
   "Bekaa",
   "Rue Gouraud;Hamra Street",
   _PLAIN)  # fmt: skip
_k("IR", "Iran",
   "Isfahan=;Shiraz=;Tabriz=;Mashhad=;Yazd=",
   "Khorasan;Gilan",
   "Chaharbagh Street;Zand Boulevard",
   _PLAIN)  # fmt: skip
_k("IQ", "Iraq",
   "Erbil=;Duhok=;Sulaymaniyah=;Basra=",
   "Kurdistan Region",
   "Gulan Street;100 Meter Road",
   _PLAIN)  # fmt: skip
_k("IL", "Israel",
   "Haifa=3######;Tel Aviv=6######;Eilat=88#####",
   "Galilee;Negev",
   "Derech HaAtsmaut;Rehov Dizengoff",
   "{street} {n}, {city} {pc}")  # fmt: skip
_k("AM", "Armenia",
   "Yerevan=00##;Gyumri=31##;Vanadzor=20##",
   "Lori",
   "Abovyan Street;Tumanyan Street",
   _PLAIN)  # fmt: skip
_k("GE", "Georgia",
   "Tbilisi=01##;Batumi=60##;Kutaisi=46##",
   "Adjara;Kakheti",
   "Rustaveli Avenue;Chavchavadze Avenue",
   _PLAIN)  # fmt: skip
_k("KZ", "Kazakhstan",
   "Almaty=050###;Astana=010###;Shymkent=160###;Karaganda=100###",
   "Mangystau",
   "Dostyk Avenue;Abay Avenue",
   _PLAIN)  # fmt: skip
_k("UZ", "Uzbekistan",
   "Samarkand=;Bukhara=;Tashkent=",
   "Fergana Valley",
   "Amir Temur Street;Registan Street",
   _PLAIN)  # fmt: skip
_k("MN", "Mongolia",
   "Ulaanbaatar=;Erdenet=;Darkhan=",
   "Khövsgöl",
   "Peace Avenue;Seoul Street",
   _PLAIN)  # fmt: skip
_k("AF", "Afghanistan",
   "Herat=;Kandahar=;Mazar-i-Sharif=;Jalalabad=",
   "Badakhshan",
   "Shahr-e Naw Road",
   _PLAIN)  # fmt: skip
_k("IN", "India",
   "Pune=411 0##;Lucknow=226 0##;Jaipur=302 0##;Kochi=682 0##;Chennai=600 0##;"
   "Bengaluru=560 0##;Hyderabad=500 0##;Indore=452 0##",
   "Kerala;Rajasthan;Tamil Nadu;Odisha",
   "MG Road;Anna Salai;FC Road;Hazratganj Main Road",
   "{n}, {street}, {city} {pc}")  # fmt: skip
_k("PK", "Pakistan",
   "Lahore=54###;Karachi=7####;Faisalabad=38###;Peshawar=25###;Multan=60###",
   "Sindh;Khyber Pakhtunkhwa",
   "Mall Road;Shahrah-e-Faisal;University Road",
   _PLAIN)  # fmt: skip
_k("BD", "Bangladesh",
   "Dhaka=12##;Chattogram=4###;Sylhet=31##;Khulna=9###;Rajshahi=6###",
   "",
   "Road 27, Dhanmondi;Zindabazar Road",
   _PLAIN)  # fmt: skip
_k("LK", "Sri Lanka",
   "Kandy=20000;Galle=80000;Jaffna=40000;Negombo=11500",
   "",
   "Peradeniya Road;Lighthouse Street",
   _PLAIN)  # fmt: skip
_k("NP", "Nepal",
   "Kathmandu=44600;Pokhara=33700;Lalitpur=44700;Biratnagar=56613",
   "Bagmati;Gandaki",
   "Durbar Marg;Lakeside Road",
   _PLAIN)  # fmt: skip
_k("CN", "China",
   "Chengdu=610###;Hangzhou=310###;Wuhan=430###;Kunming=650###;Nanjing=210###;"
   "Qingdao=266###",
   "Sichuan;Yunnan;Guangdong",
   "Wenshu Road;Nanshan Road;Jiefang Avenue",
   "No. {n} {street}, {city} {pc}")  # fmt: skip
_k("HK", "Hong Kong",
   "Kowloon=;Mong Kok=;Tsuen Wan=",
   "",
   "Nathan Road;Shanghai Street;Castle Peak Road",
   _PLAIN)  # fmt: skip
_k("TW", "Taiwan",
   "Taichung=4##;Kaohsiung=8##;Tainan=7##;Hsinchu=300",
   "",
   "Zhongzheng Road;Minsheng Road",
   "No. {n}, {street}, {city} {pc}")  # fmt: skip
_k("JP", "Japan",
   "Fukuoka=81#-####;Sendai=98#-####;Kanazawa=920-####;Hiroshima=73#-####;Nagoya=45#-####",
   "Hokkaido;Kyushu;Okinawa",
   "Tenjin;Ichibancho;Hondori;Sakae",
   "{c}-{n3}-{n3} {street}, {city} {pc}")  # fmt: skip
_k("KR", "South Korea",
   "Busan=4####;Daegu=4####;Incheon=2####;Gwangju=6####;Daejeon=3####",
   "Jeju;Gyeonggi",
   "Haeundae-ro;Dongseong-ro;Geumnam-ro",
   "{n} {street}, {city} {pc}")  # fmt: skip
_k("VN", "Vietnam",
   "Đà Nẵng=;Huế=;Hải Phòng=;Cần Thơ=;Hà Nội=",
   "Quảng Nam;Lâm Đồng",
   "Đường Bạch Đằng;Phố Hàng Bạc;Đường Lê Lợi",
   "{n} {street}, {city}")  # fmt: skip
_k("TH", "Thailand",
   "Phuket=83000;Khon Kaen=40000;Udon Thani=41000;Nakhon Ratchasima=30000",
   "Isan",
   "Soi Nimman 9;Thanon Rat-U-Thit",
   "{n} {street}, {city} {pc}")  # fmt: skip
_k("KH", "Cambodia",
   "Siem Reap=;Battambang=;Kampot=",
   "",
   "Sivatha Boulevard;Street 2.5",
   _PLAIN)  # fmt: skip
_k("PH", "the Philippines",
   "Cebu=6000;Davao=8000;Iloilo=5000;Baguio=2600",
   "Mindanao;Visayas;Palawan",
   "Osmeña Boulevard;JP Laurel Avenue;Session Road",
   "{n} {street}, {city} {pc}")  # fmt: skip
_k("ID", "Indonesia",
   "Bandung=40###;Surabaya=60###;Medan=20###;Yogyakarta=55###;Makassar=90###",
   "Bali;Sumatra;Sulawesi",
   "Jalan Braga;Jalan Malioboro;Jalan Tunjungan",
   "{street} No. {n}, {city} {pc}")  # fmt: skip
_k("MY", "Malaysia",
   "Ipoh=30###;Kuching=93###;Melaka=75###;Penang=10###",
   "Sabah;Sarawak",
   "Jalan Sultan Idris Shah;Lebuh Chulia",
   "{n} {street}, {pc} {city}")  # fmt: skip
_k("SG", "Singapore",
   "Singapore=######",
   "",
   "Tampines Street 81;Jurong West Avenue 1",
   "Blk {n} {street}, {city} {pc}")  # fmt: skip
_k("AU", "Australia",
   "Brisbane=40##;Hobart=7000;Perth=60##;Geelong=3220;Cairns=4870;Nhulunbuy=0880",
   "Queensland;Tasmania;New South Wales;Arnhem Land",
   "Boundary Street;Sandy Bay Road;Wattle Grove;Hay Street",
   "{n} {street}, {city} {pc}")  # fmt: skip
_k("NZ", "New Zealand",
   "Auckland=10##;Dunedin=90##;Tauranga=31##;Rotorua=30##;Napier=41##",
   "Otago;Canterbury;Waikato",
   "Ponsonby Road;George Street;Devonport Road",
   "{n} {street}, {city} {pc}")  # fmt: skip
_k("FJ", "Fiji",
   "Suva=;Nadi=;Lautoka=;Labasa=",
   "Vanua Levu",
   "Victoria Parade;Queens Road",
   _PLAIN)  # fmt: skip
_k("WS", "Samoa",
   "Apia=;Salelologa=",
   "Upolu;Savai'i",
   "Beach Road",
   _PLAIN)  # fmt: skip
_k("TO", "Tonga",
   "Nukuʻalofa=;Neiafu=",
   "Vavaʻu",
   "Taufaʻahau Road",
   _PLAIN)  # fmt: skip
_k("JM", "Jamaica",
   "Kingston=;Montego Bay=;Ocho Rios=;Mandeville=",
   "",
   "Hope Road;Gloucester Avenue;Main Street",
   _PLAIN)  # fmt: skip
_k("HT", "Haiti",
   "Port-au-Prince=HT61##;Jacmel=HT91##;Gonaïves=HT41##",
   "",
   "Rue Capois;Avenue John Brown",
   _PLAIN)  # fmt: skip

# Words of place names that say nothing on their own: not compared with the rest of a text.
GENERIC_PLACE_WORDS = frozenset(
    "new old north south east west northern southern eastern western central upper lower"
    " great little san santa são saint st port fort mount city town cape bay lake river"
    " island islands coast united kingdom states republic democratic of the de del la le"
    " el al am an im sur do da dos das au i abu ain region land valley puerto".split()
)


def postcode(pattern: str, rng: random.Random) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "@":
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def address(country: Country, rng: random.Random) -> tuple[str, str]:
    """A street address in one string, and the city it names."""
    city, pattern = rng.choice(country.cities)
    street = rng.choice(country.streets)
    text = country.fmt.format(
        n=rng.randint(2, 188),
        n2=rng.randint(2, 60),
        n3=rng.randint(1, 30),
        c=rng.randint(1, 9),
        street=street,
        city=city,
        pc=postcode(pattern, rng),
    )
    return " ".join(text.split()).rstrip(", "), city
