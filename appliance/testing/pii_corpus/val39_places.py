"""Places for val39: countries, their cities (each with its region) and full street addresses
(one LOCATION span each, the city inside them one of the country's cities). Written from
memory; streets named after people appear only inside these full addresses."""

from __future__ import annotations

# country: (ISO region, "City:Region ..." with "_" for a space, street addresses)
COUNTRIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "France": ("FR", "Lyon:Auvergne-Rhône-Alpes Nantes:Pays_de_la_Loire Bordeaux:Gironde "
               "Rennes:Brittany Grenoble:Isère Toulouse:Occitanie", (
        "14 Rue Victor Hugo, 69002 Lyon",
        "27 Quai de la Fosse, 44000 Nantes",
        "8 Cours de l'Intendance, 33000 Bordeaux",
        "52 Rue de Saint-Malo, 35000 Rennes",
        "31 Allées Jean Jaurès, 31000 Toulouse",
    )),
    "Germany": ("DE", "Leipzig:Saxony Dresden:Saxony Freiburg:Baden-Württemberg "
                "Hamburg:Hamburg Regensburg:Bavaria Münster:Westphalia", (
        "Karl-Liebknecht-Straße 34, 04107 Leipzig",
        "Bautzner Straße 19, 01099 Dresden",
        "Kaiser-Joseph-Straße 241, 79098 Freiburg",
        "Eppendorfer Weg 88, 20259 Hamburg",
        "Hinter der Grieb 6, 93047 Regensburg",
    )),
    "Spain": ("ES", "Bilbao:Basque_Country Zaragoza:Aragón Sevilla:Andalusia Málaga:Andalusia "
              "Valladolid:Castilla_y_León Girona:Catalonia", (
        "Calle Ercilla 24, 48011 Bilbao",
        "Calle Alfonso I 17, 50003 Zaragoza",
        "Avenida de la Constitución 12, 41004 Sevilla",
        "Calle Larios 5, 29005 Málaga",
        "Carrer de la Força 9, 17004 Girona",
    )),
    "Italy": ("IT", "Torino:Piedmont Bologna:Emilia-Romagna Verona:Veneto Palermo:Sicily "
              "Trieste:Friuli Genova:Liguria", (
        "Via Garibaldi 23, 10122 Torino",
        "Via dell'Indipendenza 61, 40121 Bologna",
        "Corso Porta Borsari 15, 37121 Verona",
        "Via Maqueda 172, 90134 Palermo",
    )),
    "Netherlands": ("NL", "Utrecht:Utrecht Groningen:Groningen Eindhoven:North_Brabant "
                    "Haarlem:North_Holland Zwolle:Overijssel", (
        "Oudegracht 158, 3511 AZ Utrecht",
        "Herestraat 27, 9711 LC Groningen",
        "Stratumseind 40, 5611 EP Eindhoven",
        "Kleine Houtstraat 70, 2011 DR Haarlem",
    )),
    "United Kingdom": ("GB", "Leeds:Yorkshire Norwich:Norfolk Aberdeen:Aberdeenshire "
                       "Swansea:Glamorgan Exeter:Devon Dundee:Angus", (
        "14 Kenmare Terrace, Leeds LS6 2AB",
        "Flat 3, 27 Aldergrove Road, Norwich NR2 4QT",
        "9 Craigmillar Crescent, Aberdeen AB10 6XY",
        "61 Pengelly Street, Swansea SA1 5RB",
        "4 Southernhay Gardens, Exeter EX1 1SG",
    )),
    "Ireland": ("IE", "Galway:Connacht Limerick:Munster Kilkenny:Leinster Sligo:Connacht", (
        "Apartment 7, Ceannt Quay, Galway H91 X2F4",
        "18 O'Connell Avenue, Limerick V94 PK82",
        "3 Parliament Street, Kilkenny R95 E6T2",
    )),
    "Poland": ("PL", "Kraków:Lesser_Poland Gdańsk:Pomerania Wrocław:Lower_Silesia "
               "Poznań:Greater_Poland Lublin:Lublin_Voivodeship", (
        "ul. Floriańska 21/4, 31-019 Kraków",
        "ul. Mariacka 45, 80-833 Gdańsk",
        "ul. Świdnicka 8, 50-066 Wrocław",
        "ul. Półwiejska 12/3, 61-888 Poznań",
    )),
    "Sweden": ("SE", "Göteborg:Västra_Götaland Malmö:Skåne Uppsala:Uppland Umeå:Västerbotten", (
        "Linnégatan 18, 413 04 Göteborg",
        "Södra Förstadsgatan 9, 211 43 Malmö",
        "Svartbäcksgatan 31, 753 32 Uppsala",
    )),
    "Norway": ("NO", "Bergen:Vestland Trondheim:Trøndelag Stavanger:Rogaland Tromsø:Troms", (
        "Olav Tryggvasons gate 12, 7011 Trondheim",
        "Kirkegata 5, 4006 Stavanger",
        "Nygårdsgaten 41, 5015 Bergen",
    )),
    "Denmark": ("DK", "Aarhus:Jutland Odense:Funen Aalborg:Jutland", (
        "Jægergårdsgade 76, 8000 Aarhus",
        "Vestergade 31, 5000 Odense",
    )),
    "Finland": ("FI", "Tampere:Pirkanmaa Oulu:Ostrobothnia Turku:Varsinais-Suomi", (
        "Hämeenkatu 19 B 12, 33200 Tampere",
        "Kauppurienkatu 8, 90100 Oulu",
    )),
    "Portugal": ("PT", "Braga:Minho Coimbra:Centro Faro:Algarve Évora:Alentejo", (
        "Rua do Souto 44, 4700-329 Braga",
        "Rua Ferreira Borges 65, 3000-180 Coimbra",
    )),
    "Brazil": ("BR", "Recife:Pernambuco Curitiba:Paraná Fortaleza:Ceará Manaus:Amazonas "
               "Florianópolis:Santa_Catarina", (
        "Rua da Aurora 295, apto 802, Recife - PE, 50050-000",
        "Avenida Sete de Setembro 1822, Curitiba - PR, 80230-010",
        "Rua Dragão do Mar 81, Fortaleza - CE, 60060-390",
    )),
    "Mexico": ("MX", "Oaxaca:Oaxaca Guadalajara:Jalisco Puebla:Puebla Monterrey:Nuevo_León "
               "Mérida:Yucatán", (
        "Calle Macedonio Alcalá 402, Centro, 68000 Oaxaca",
        "Av. Chapultepec Sur 284, Col. Americana, 44160 Guadalajara, Jal.",
        "Calle 60 No. 471, Centro, 97000 Mérida, Yuc.",
    )),
    "Argentina": ("AR", "Córdoba:Córdoba_Province Bariloche:Río_Negro Salta:Salta_Province", (
        "Av. Colón 1450, X5000 Córdoba",
    )),
    "Chile": ("CL", "Valparaíso:Valparaíso_Region Temuco:Araucanía Antofagasta:Antofagasta", (
        "Calle Templeman 86, Cerro Alegre, Valparaíso",
    )),
    "Peru": ("PE", "Arequipa:Arequipa_Region Cusco:Cusco_Region Iquitos:Loreto", (
        "Calle Mercaderes 212, Arequipa 04001",
    )),
    "Colombia": ("CO", "Medellín:Antioquia Barranquilla:Atlántico Bucaramanga:Santander", (
        "Carrera 43A # 7-50, El Poblado, Medellín",
    )),
    "United States": ("US", "Boise:Idaho Spokane:Washington_State Tucson:Arizona Omaha:Nebraska "
                      "Milwaukee:Wisconsin Albuquerque:New_Mexico", (
        "1420 Alder Creek Dr, Boise, ID 83702",
        "87 Tremont Ave, Apt 2F, Spokane, WA 99201",
        "2250 W Saguaro Vista Rd, Tucson, AZ 85745",
        "5108 Leavenworth St, Omaha, NE 68106",
        "919 E Brady St, Milwaukee, WI 53202",
    )),
    "Canada": ("CA", "Winnipeg:Manitoba Halifax:Nova_Scotia Saskatoon:Saskatchewan "
               "Iqaluit:Nunavut", (
        "612 Corydon Ave, Winnipeg, MB R3M 0X6",
        "1877 Barrington St, Halifax, NS B3J 3L7",
        "410 Spadina Crescent E, Saskatoon, SK S7K 3G5",
    )),
    "Australia": ("AU", "Brisbane:Queensland Hobart:Tasmania Geelong:Barwon "
                  "Cairns:Queensland Perth:Western_Australia", (
        "8 Moorabool St, Geelong VIC 3220",
        "115 Grafton St, Cairns City QLD 4870",
        "22 Davey St, Hobart TAS 7000",
    )),
    "New Zealand": ("NZ", "Dunedin:Otago Rotorua:Bay_of_Plenty Tauranga:Bay_of_Plenty "
                    "Nelson:Tasman", (
        "23 Moray Pl, Dunedin 9016",
        "1104 Tutanekai St, Rotorua 3010",
    )),
    "Japan": ("JP", "Sapporo:Hokkaido Fukuoka:Kyushu Sendai:Miyagi Kanazawa:Ishikawa_Prefecture", (
        "2-14-7 Kita 3 Jo Nishi, Chuo-ku, Sapporo 060-0003",
        "1-8-22 Tenjin, Chuo-ku, Fukuoka 810-0001",
    )),
    "South Korea": ("KR", "Busan:Gyeongsang Daegu:Gyeongsang Incheon:Gyeonggi", (
        "570 Haeundaehaebyeon-ro, Haeundae-gu, Busan 48094",
    )),
    "India": ("IN", "Pune:Maharashtra Chennai:Tamil_Nadu Kochi:Kerala Jaipur:Rajasthan "
              "Lucknow:Uttar_Pradesh Bengaluru:Karnataka", (
        "Flat 402, Sai Krupa, Baner Road, Pune 411045",
        "No. 14, 3rd Cross, Indiranagar, Bengaluru 560038",
        "22 Besant Nagar 2nd Avenue, Chennai 600090",
        "House 7/318, Panampilly Nagar, Kochi 682036",
    )),
    "Nigeria": ("NG", "Lagos:Lagos_State Ibadan:Oyo Enugu:Enugu_State Kano:Kano_State", (
        "27 Awolowo Road, Ikoyi, Lagos",
        "Plot 9, Independence Layout, Enugu",
        "14 Ring Road, Bodija, Ibadan",
    )),
    "Kenya": ("KE", "Nairobi:Nairobi_County Mombasa:Coast Kisumu:Nyanza Eldoret:Uasin_Gishu", (
        "Argwings Kodhek Road, Hurlingham, Nairobi",
        "Nyali Road, Mombasa 80100",
    )),
    "Ghana": ("GH", "Kumasi:Ashanti Accra:Greater_Accra Cape_Coast:Central_Region", (
        "14 Harper Road, Adum, Kumasi",
    )),
    "South Africa": ("ZA", "Durban:KwaZulu-Natal Gqeberha:Eastern_Cape Bloemfontein:Free_State "
                     "Polokwane:Limpopo", (
        "18 Florida Road, Morningside, Durban 4001",
        "45 Bree Street, Cape Town 8001",
    )),
    "Türkiye": ("TR", "Izmir:Aegean Bursa:Marmara Eskişehir:Central_Anatolia Trabzon:Black_Sea", (
        "Kıbrıs Şehitleri Caddesi No: 42, Alsancak, 35220 Izmir",
        "Atatürk Caddesi 102, Osmangazi, Bursa",
    )),
    "Vietnam": ("VN", "Huế:Thừa_Thiên-Huế Hải_Phòng:Red_River_Delta Cần_Thơ:Mekong_Delta "
                "Đà_Nẵng:Central_Vietnam", (
        "12 Bạch Đằng, Hải Châu, Đà Nẵng",
        "45 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
    )),
    "Indonesia": ("ID", "Yogyakarta:Java Surabaya:East_Java Bandung:West_Java Denpasar:Bali", (
        "Jl. Malioboro No. 56, Yogyakarta 55213",
        "Jl. Tunjungan No. 12, Surabaya 60275",
    )),
    "Philippines": ("PH", "Cebu:Visayas Davao:Mindanao Iloilo:Visayas Baguio:Cordillera", (
        "Unit 5B, 88 Gorordo Avenue, Lahug, Cebu City 6000",
    )),
    "Morocco": ("MA", "Fès:Fès-Meknès Agadir:Souss-Massa Tangier:Tanger-Tétouan "
                "Marrakech:Marrakech-Safi", (
        "23 Rue Tarik Ibn Ziad, Fès 30000",
    )),
    "Egypt": ("EG", "Aswan:Upper_Egypt Luxor:Upper_Egypt Mansoura:Dakahlia", (
        "15 Corniche El Nil, Aswan",
    )),
    "United Arab Emirates": ("AE", "Sharjah:Sharjah_Emirate Dubai:Dubai_Emirate "
                             "Fujairah:Fujairah_Emirate", (
        "Villa 14, Street 27b, Al Mizhar 1, Dubai",
    )),
    "Israel": ("IL", "Haifa:Haifa_District Beersheba:Negev Netanya:Sharon_Plain", (
        "Derech HaYam 112, Haifa",
    )),
    "Greece": ("GR", "Thessaloniki:Macedonia Patras:Achaea Heraklion:Crete", (
        "Tsimiski 43, 546 23 Thessaloniki",
    )),
    "Czechia": ("CZ", "Brno:Moravia Ostrava:Moravia-Silesia Olomouc:Olomouc_Region", (
        "Údolní 53, 602 00 Brno",
    )),
    "Hungary": ("HU", "Debrecen:Hajdú-Bihar Szeged:Csongrád Pécs:Baranya", (
        "Piac utca 28, 4025 Debrecen",
    )),
    "Austria": ("AT", "Graz:Styria Innsbruck:Tyrol Salzburg:Salzburgerland Linz:Upper_Austria", (
        "Annenstraße 45/12, 8020 Graz",
        "Maria-Theresien-Straße 18, 6020 Innsbruck",
    )),
    "Switzerland": ("CH", "Basel:Basel-Stadt Lausanne:Vaud Lugano:Ticino Chur:Graubünden", (
        "Freie Strasse 34, 4001 Basel",
        "Rue de Bourg 8, 1003 Lausanne",
    )),
    "Belgium": ("BE", "Gent:Flanders Leuven:Flemish_Brabant Liège:Wallonia Namur:Wallonia", (
        "Veldstraat 51, 9000 Gent",
        "Naamsestraat 22, 3000 Leuven",
    )),
    "Romania": ("RO", "Cluj-Napoca:Transylvania Timișoara:Banat Iași:Moldavia", (
        "Strada Memorandumului 28, Cluj-Napoca 400114",
    )),
    "Ukraine": ("UA", "Lviv:Galicia Odesa:Odesa_Oblast Kharkiv:Sloboda", (
        "vul. Doroshenka 9, kv. 4, Lviv 79000",
    )),
    "Iceland": ("IS", "Akureyri:Eyjafjörður Ísafjörður:Westfjords Selfoss:Árborg", (
        "Hafnarstræti 94, 600 Akureyri",
    )),
    "Lebanon": ("LB", "Byblos:Keserwan-Jbeil Zahlé:Beqaa Sidon:South_Governorate", ()),
    "Ethiopia": ("ET", "Gondar:Amhara Bahir_Dar:Amhara Hawassa:Sidama Mekelle:Tigray", ()),
    "Tanzania": ("TZ", "Arusha:Arusha_Region Mwanza:Lake_Zone Dodoma:Dodoma_Region", ()),
    "Iran": ("IR", "Isfahan:Isfahan_Province Tabriz:East_Azerbaijan Mashhad:Khorasan", ()),
    "Pakistan": ("PK", "Lahore:Punjab Faisalabad:Punjab Peshawar:Khyber_Pakhtunkhwa", ()),
    "Sri Lanka": ("LK", "Kandy:Central_Province Galle:Southern_Province Jaffna:Northern_Province",
                  ()),
    "Nepal": ("NP", "Pokhara:Gandaki Lalitpur:Bagmati Biratnagar:Koshi", ()),
    "Thailand": ("TH", "Khon_Kaen:Isan Hat_Yai:Songkhla Chiang_Rai:Lanna", ()),
    "Malaysia": ("MY", "Ipoh:Perak Kuching:Sarawak Kota_Kinabalu:Sabah", ()),
    "Taiwan": ("TW", "Tainan:Tainan_County Kaohsiung:Pingtung_Plain Hsinchu:Hsinchu_County", ()),
    "Fiji": ("FJ", "Suva:Viti_Levu Lautoka:Viti_Levu Labasa:Vanua_Levu", ()),
    "Samoa": ("WS", "Apia:Upolu Salelologa:Savaiʻi", ()),
    "Kazakhstan": ("KZ", "Almaty:Almaty_Region Shymkent:Turkistan Karaganda:Karaganda_Region", ()),
    "Armenia": ("AM", "Gyumri:Shirak Vanadzor:Lori Dilijan:Tavush", ()),
    "Lithuania": ("LT", "Kaunas:Aukštaitija Klaipėda:Samogitia Šiauliai:Samogitia", ()),
    "Croatia": ("HR", "Zadar:Dalmatia Rijeka:Kvarner Osijek:Slavonia", ()),
    "Bulgaria": ("BG", "Plovdiv:Thrace Varna:Dobruja Veliko_Tarnovo:Tarnovo_Province", ()),
}  # fmt: skip
