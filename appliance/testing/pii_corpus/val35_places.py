"""Places of the val35 part (LOCATION spans): cities, regions, countries and full street
addresses from many countries, each address written the way its country writes one, on one
line, as one span. No place is named after a person."""

from __future__ import annotations

CITIES = [
    c.replace("_", " ")
    for c in """
Harrogate Leeds Bristol Norwich Aberdeen Swansea Cardiff Inverness Belfast Exeter Shrewsbury
Kendal Truro Dundee Sheffield Coventry Galway Limerick Kilkenny Sligo Cork Lyon Toulouse Nantes
Grenoble Montpellier Rennes Strasbourg Bordeaux Leipzig Freiburg Bremen Münster Dresden
Heidelberg Regensburg Graz Innsbruck Linz Salzburg Basel Lausanne Lucerne Winterthur Utrecht
Groningen Eindhoven Leiden Zwolle Ghent Leuven Antwerp Liège Valencia Zaragoza Bilbao Seville
Málaga Valladolid Girona Salamanca Porto Coimbra Braga Faro Bologna Turin Verona Palermo Bari
Trieste Padua Thessaloniki Patras Heraklion Kraków Wrocław Gdańsk Poznań Łódź Lublin Brno
Ostrava Olomouc Bratislava Košice Debrecen Szeged Pécs Cluj-Napoca Timișoara Iași Plovdiv
Varna Novi_Sad Niš Zagreb Rijeka Ljubljana Maribor Lviv Kharkiv Odesa Kaunas Vilnius Riga Tartu
Tallinn Tampere Oulu Turku Gothenburg Malmö Uppsala Umeå Bergen Trondheim Stavanger Tromsø
Aarhus Odense Aalborg Reykjavík Akureyri Izmir Bursa Eskişehir Gaziantep Antalya Sharjah
Abu_Dhabi Dubai Jeddah Riyadh Dammam Beirut Cairo Aswan Mansoura Marrakesh Fez Tangier Agadir
Isfahan Tabriz Mashhad Haifa Yerevan Gyumri Tbilisi Batumi Kutaisi Pune Chennai Kolkata
Hyderabad Ahmedabad Lucknow Kochi Jaipur Bengaluru Coimbatore Lahore Karachi Faisalabad
Peshawar Dhaka Chattogram Sylhet Colombo Kandy Galle Kathmandu Pokhara Herat Almaty Shymkent
Samarkand Tashkent Bukhara Ulaanbaatar Chengdu Hangzhou Wuhan Suzhou Kunming Shenzhen Taichung
Kaohsiung Tainan Sapporo Fukuoka Sendai Kanazawa Nagoya Kobe Busan Daegu Incheon Gwangju
Daejeon Hanoi Da_Nang Huế Haiphong Chiang_Mai Khon_Kaen Siem_Reap Battambang Mandalay Yangon
Davao Iloilo Baguio Surabaya Yogyakarta Bandung Medan Makassar Denpasar Ipoh Kuching
Kota_Kinabalu Ibadan Enugu Kano Abeokuta Kumasi Tamale Takoradi Kisumu Eldoret Mombasa Nakuru
Arusha Dodoma Mwanza Addis_Ababa Bahir_Dar Hawassa Hargeisa Durban Pietermaritzburg
Bloemfontein Polokwane Bulawayo Harare Mutare Dakar Thiès Lubumbashi Kinshasa Kigali Kampala
Gulu Jinja Antananarivo Toamasina Gaborone Guadalajara Monterrey Oaxaca Puebla Mérida Querétaro
Medellín Cali Barranquilla Bucaramanga Rosario Mendoza Valparaíso Temuco Arequipa Cusco
Curitiba Recife Fortaleza Belo_Horizonte Porto_Alegre Manaus Montego_Bay Camagüey Tucson
Albuquerque Boise Milwaukee Spokane Tulsa Omaha Sacramento Winnipeg Saskatoon Edmonton
Brisbane Perth Hobart Cairns Geelong Wollongong Dunedin Tauranga Rotorua Whanganui Suva
Lautoka Apia Nairobi Accra Lagos Istanbul Madrid Barcelona Lisbon Amsterdam Copenhagen Oslo
Helsinki Stockholm Vienna Prague Budapest Warsaw Athens Bucharest Belgrade Kyiv Seoul
Tokyo Osaka Taipei Bangkok Jakarta Manila Mumbai Delhi Toronto Montréal Chicago
Seattle Denver Melbourne Auckland
""".split()
]

REGIONS = [
    r.replace("_", " ")
    for r in """
Yorkshire Bavaria Andalusia Catalonia Tuscany Provence Silesia Transylvania Flanders Wallonia
Lapland Jutland Anatolia Punjab Kerala Tamil_Nadu Sichuan Guangdong Hokkaido Kyushu Jeju
Mindanao Bali Sabah Sarawak KwaZulu-Natal Gauteng Patagonia Minas_Gerais Bahia Quebec Ontario
Texas Oregon Vermont Queensland Tasmania Northland Lombardy Galicia Asturias Normandy Alsace
Saxony Tyrol Valais Dalmatia Moravia Cornwall Connemara Pembrokeshire Rajasthan Sindh
Yucatán Antioquia Cappadocia Kakheti Zeeland Limburg
""".split()
]

COUNTRIES = [
    c.replace("_", " ")
    for c in """
Portugal Kenya Ghana Nigeria Senegal Ethiopia Morocco Egypt Lebanon Oman Qatar Iran Armenia
Pakistan Bangladesh Nepal Sri_Lanka India China Japan South_Korea Vietnam Thailand Cambodia
Myanmar the_Philippines Indonesia Malaysia Singapore Mongolia Kazakhstan Uzbekistan Australia
New_Zealand Fiji Samoa Mexico Colombia Argentina Peru Brazil Cuba Jamaica Haiti Canada
the_United_States Ireland Iceland Norway Sweden Finland Denmark Estonia Latvia Lithuania Poland
Czechia Slovakia Hungary Romania Bulgaria Serbia Croatia Slovenia Albania Greece Malta Italy
Spain France Belgium the_Netherlands Germany Austria Switzerland Ukraine Scotland Wales Rwanda
Uganda Tanzania Zimbabwe Botswana Madagascar South_Africa Somalia Eritrea Türkiye Tunisia
Uruguay Ecuador Bolivia Paraguay Laos Bhutan Luxembourg Cyprus Montenegro Moldova Kyrgyzstan
""".split()
]

ADDRESSES = [
    "14 Larkspur Close, Harrogate HG2 8QT",
    "Flat 3, 27 Bramblewood Road, Leeds LS6 2AB",
    "9 Heronsgate Mews, Norwich NR2 4TZ",
    "41 Tanyard Lane, Shrewsbury SY1 2RH",
    "2 Quarrybank Cottages, Kendal LA9 6PL",
    "118 Clepington Road, Dundee DD3 7SS",
    "7 Ardnacrusha Park, Limerick V94 X2F4",
    "Apt 12, Claddagh Quay, Galway H91 E2W7",
    "2417 Juniper Hollow Dr, Boise, ID 83702",
    "880 Cottonwood Ave, Apt 4B, Tucson, AZ 85719",
    "1509 W Larchmont Ln, Spokane, WA 99205",
    "3318 Pecan Grove Rd, Tulsa, OK 74105",
    "52 Sycamore Ridge Ct, Omaha, NE 68114",
    "88 Tamarack Crescent, Saskatoon, SK S7H 4K2",
    "1190 Pembina Hwy, Unit 6, Winnipeg, MB R3T 2B9",
    "12 rue des Tanneurs, 69002 Lyon",
    "5 allée des Glycines, 44300 Nantes",
    "18 chemin des Vignes, 31400 Toulouse",
    "Lindenstraße 14, 04109 Leipzig",
    "Schwalbenweg 22, 28199 Bremen",
    "Am Mühlbach 3, 79098 Freiburg im Breisgau",
    "Kastanienallee 7, 8010 Graz",
    "Nussbaumweg 9, 6003 Luzern",
    "Oudegracht 210, 3511 NT Utrecht",
    "Lindengracht 112, 1015 KK Amsterdam",
    "Veldstraat 48, 9000 Gent",
    "Calle del Pez 9, 28004 Madrid",
    "Carrer de la Lluna 17, 08001 Barcelona",
    "Avenida de los Naranjos 33, 46011 Valencia",
    "Rua das Flores 71, 4050-265 Porto",
    "Via dei Mille 12, 40121 Bologna",
    "Corso Vinzaglio 8, 10121 Torino",
    "ul. Kwiatowa 15/3, 31-072 Kraków",
    "Vinohradská 48, 120 00 Praha 2",
    "Budapest, Dob utca 27, 1072",
    "Storgatan 12, 411 38 Göteborg",
    "Strandveien 44, 5003 Bergen",
    "Nørrebrogade 66, 2200 København N",
    "Hämeenkatu 20 B 14, 33200 Tampere",
    "Bağdat Caddesi No: 212, Kadıköy, Istanbul",
    "Villa 14, Street 27, Al Barsha 2, Dubai",
    "Flat 302, Lotus Residency, 14th Cross, Indiranagar, Bengaluru 560038",
    "House 9, Lane 6, Koregaon Park, Pune 411001",
    "House 112, Street 7, F-8/3, Islamabad",
    "2-14-3 Nishiki, Naka-ku, Nagoya 460-0003",
    "88 Wenhua Road, Wuhou District, Chengdu",
    "25 Hàng Bạc, Hoàn Kiếm, Hà Nội",
    "99/12 Nimmanhaemin Road, Chiang Mai 50200",
    "Unit 5B, 21 Sampaguita Street, Cebu City",
    "Jl. Kaliurang Km 5 No. 18, Yogyakarta 55281",
    "Blk 418 Bedok North Ave 2, #07-115, Singapore 460418",
    "14 Admiralty Way, Lekki Phase 1, Lagos",
    "Plot 22, Ntinda Road, Kampala",
    "17 Jacaranda Avenue, Morningside, Durban 4001",
    "Bole Road, Woreda 3, Addis Ababa",
    "Calle Jacarandas 218, Col. Providencia, 44630 Guadalajara, Jal.",
    "Rua dos Pinheiros 870, São Paulo - SP, 05422-001",
    "Av. Corrientes 1847, piso 3, C1045 Buenos Aires",
    "Carrera 43A # 1-50, El Poblado, Medellín",
    "Calle Mercaderes 142, Arequipa",
    "Unit 6, 19 Banksia Parade, Cairns QLD 4870",
    "42 Wattle Street, Geelong VIC 3220",
    "17 Kowhai Street, Rotorua 3010",
    "3 Pohutukawa Lane, Tauranga 3110",
    "Tsiskvili Street 8, Tbilisi 0179",
    "Mashtots Avenue 31, Yerevan 0002",
    "Rruga e Durrësit 44, Tiranë",
    "Triq il-Merkanti 61, Valletta VLT 1175",
    "Laugavegur 58, 101 Reykjavík",
    "Tartu mnt 17, 10115 Tallinn",
]

PLACE_STOP = set(
    """
street st road rd avenue ave av lane ln drive dr way close court ct place square hill park
gardens terrace crescent row boulevard blvd mews cottages quay parade hwy unit apt apartment
flat suite floor house plot lane villa block blk no north south east west new upper lower great
little saint san santa são sainte city county province state region district ward phase the
of and de del la las los le les des da das do dos di dei delle du van der den am im an auf
rue allée chemin calle carrer avenida rua via corso ul ulica utca caddesi jl km col piso
straße strasse weg gasse allee laan straat gracht gatan veien gade vej katu mnt rruga triq
residency cross lane sector level mile united kingdom states republic island islands cape bay
port fort mount lake beach
""".split()
)
