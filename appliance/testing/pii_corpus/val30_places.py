"""val30's places: cities, regions, countries and street addresses, written from the author's
head. Each address is one LOCATION span. Words that only say what kind of street or unit a
place is ("Street", "Flat", "Jalan") are in `GENERIC`: they are not compared on their own
when checking that no planted place leaks into unlabelled text."""

from __future__ import annotations

CITIES = """
Leeds, Bristol, Glasgow, Cardiff, Belfast, Norwich, Aberdeen, Sheffield, Galway, Cork,
Limerick, Boise, Tucson, Milwaukee, Pittsburgh, Albuquerque, Sacramento, Omaha, Raleigh,
Spokane, Honolulu, Anchorage, Winnipeg, Saskatoon, Montréal, Ottawa, Iqaluit, Guadalajara,
Monterrey, Oaxaca, Puebla, Mérida, São Paulo, Recife, Curitiba, Porto Alegre, Belo Horizonte,
Manaus, Córdoba, Bariloche, Medellín, Cali, Barranquilla, Bogotá, Arequipa, Cusco, Trujillo,
Valparaíso, Temuco, Leipzig, Dresden, Freiburg, Bremen, Nürnberg, Köln, Lyon, Toulouse,
Nantes, Lille, Strasbourg, Montpellier, Rennes, Sevilla, Valencia, Bilbao, Zaragoza, Málaga,
Granada, Braga, Coimbra, Faro, Porto, Bologna, Torino, Napoli, Palermo, Verona, Trieste,
Utrecht, Eindhoven, Groningen, Rotterdam, Maastricht, Gent, Leuven, Antwerpen, Liège, Basel,
Lausanne, Zürich, Graz, Linz, Salzburg, Innsbruck, Kraków, Wrocław, Gdańsk, Poznań, Łódź,
Brno, Ostrava, Debrecen, Szeged, Cluj-Napoca, Iași, Timișoara, Thessaloniki, Heraklion,
İzmir, Ankara, Bursa, Antalya, Eskişehir, Göteborg, Malmö, Uppsala, Umeå, Bergen, Trondheim,
Tromsø, Stavanger, Aarhus, Odense, Aalborg, Tampere, Oulu, Turku, Reykjavík, Akureyri, Lviv,
Kharkiv, Odesa, Lagos, Ibadan, Kano, Enugu, Port Harcourt, Kumasi, Accra, Nairobi, Mombasa,
Kisumu, Eldoret, Arusha, Dodoma, Mwanza, Addis Ababa, Gondar, Hawassa, Kampala, Gulu, Jinja,
Kigali, Durban, Gqeberha, Bloemfontein, Polokwane, Johannesburg, Harare, Bulawayo, Dakar,
Thiès, Giza, Luxor, Aswan, Marrakech, Fès, Tangier, Agadir, Beirut, Byblos, Amman, Irbid,
Aqaba, Dubai, Sharjah, Abu Dhabi, Riyadh, Jeddah, Dammam, Basra, Erbil, Mosul, Isfahan,
Tabriz, Mashhad, Pune, Chennai, Hyderabad, Kochi, Jaipur, Lucknow, Kolkata, Ahmedabad,
Bengaluru, Indore, Lahore, Karachi, Faisalabad, Peshawar, Dhaka, Sylhet, Kandy, Galle,
Jaffna, Pokhara, Kathmandu, Chengdu, Hangzhou, Wuhan, Kunming, Kowloon, Taichung, Kaohsiung,
Tainan, Osaka, Sapporo, Fukuoka, Nagoya, Sendai, Busan, Daegu, Incheon, Gwangju, Ulaanbaatar,
Hà Nội, Đà Nẵng, Huế, Cần Thơ, Hải Phòng, Chiang Mai, Khon Kaen, Phuket, Cebu, Davao,
Iloilo, Baguio, Yogyakarta, Surabaya, Bandung, Medan, Makassar, Denpasar, Ipoh, Kuching,
Johor Bahru, Mandalay, Yangon, Siem Reap, Battambang, Singapore, Fremantle, Hobart,
Townsville, Ballarat, Geelong, Dunedin, Rotorua, Tauranga, Whanganui, Christchurch, Suva,
Lautoka, Apia, Nuku'alofa, Haifa, Yerevan, Gyumri, Tbilisi, Batumi, Kutaisi, Herat, Kandahar,
Samarkand, Bukhara, Tashkent, Almaty, Shymkent, Tirana, Shkodër, Durrës, Kragujevac, Zagreb,
Rijeka, Zadar, Plovdiv, Varna, Kaunas, Klaipėda, Vilnius, Liepāja, Tartu, Pärnu, Tallinn
"""

REGIONS = """
Bavaria, Catalonia, Andalusia, Kerala, Punjab, Ontario, Queensland, Tuscany, Flanders,
Lapland, Yucatán, Minas Gerais, Hokkaido, Jeju, Mindanao, Bali, Sabah, Transylvania, Silesia,
Anatolia, Galicia, Normandy, Saxony, Cornwall, Connemara, Tyrol, Oromia, Nunavut, Arizona,
Montana, Waikato, Otago, Alentejo, Sicily, Zeeland, Tigray, Sindh, Gujarat, Assam, Kyushu
"""

COUNTRIES = """
Nigeria, Kenya, Ghana, Senegal, Ethiopia, Uganda, Rwanda, Tanzania, Zimbabwe, Egypt, Morocco,
Lebanon, Iraq, Iran, Türkiye, India, Pakistan, Bangladesh, Sri Lanka, Nepal, Vietnam,
Thailand, Indonesia, Malaysia, Japan, South Korea, Mongolia, Poland, Czechia, Hungary,
Romania, Greece, Albania, Lithuania, Estonia, Ukraine, Portugal, Spain, Italy, France,
Germany, Belgium, Ireland, Scotland, Wales, Iceland, Norway, Sweden, Finland, Denmark, Mexico,
Brazil, Argentina, Colombia, Peru, Chile, Jamaica, Fiji, Samoa, Tonga, New Zealand,
Australia, Canada, Armenia, Uzbekistan, Kazakhstan, Cambodia, Myanmar
"""

ADDRESSES = """
14 Marlowe Crescent, Leeds LS6 2QT
Flat 3, 27 Abbeydale Road, Sheffield S7 1FE
9 Caedmon Close, Norwich NR3 4HJ
112 Dumbarton Road, Glasgow G11 6NX
Unit 4, Penarth Road Trading Estate, Cardiff CF11 8TT
2217 Alder Creek Rd, Boise, ID 83702
418 W Catalina Dr, Tucson, AZ 85705
1550 N Prospect Ave, Apt 12B, Milwaukee, WI 53202
77 Sandusky St, Pittsburgh, PA 15212
3120 Kapiolani Blvd, Honolulu, HI 96816
455 Portage Ave, Winnipeg, MB R3B 2E9
Building 1091, Iqaluit, NU X0A 0H0
12 Sea Road, Salthill, Galway H91 T2P4
Lindenstraße 42, 10969 Berlin
Karl-Heine-Straße 88, 04229 Leipzig
Am Sandtorkai 5, 20457 Hamburg
Schwarzwaldstraße 131, 79102 Freiburg
18 rue des Tanneurs, 69002 Lyon
4 allée des Capucins, 31000 Toulouse
27 boulevard Vauban, 59000 Lille
Calle del Pez 7, 3º izq., 28004 Madrid
Carrer de Verdi 52, 08012 Barcelona
Avenida de la Constitución 21, 41004 Sevilla
Rua Augusta 145, 1100-048 Lisboa
Rua de Cedofeita 310, 4050-174 Porto
Via dei Mille 23, 80121 Napoli
Via Zamboni 33, 40126 Bologna
Keizersgracht 301, 1016 EE Amsterdam
Oudegracht 158, 3511 AZ Utrecht
Veldstraat 61, 9000 Gent
Spalenberg 12, 4051 Basel
Herrengasse 7, 8010 Graz
ul. Długa 14/3, 80-827 Gdańsk
ul. Piotrkowska 120, 90-006 Łódź
Údolní 53, 602 00 Brno
Piac utca 20, 4025 Debrecen
Strada Memorandumului 28, Cluj-Napoca 400114
Egnatia 104, 546 30 Thessaloniki
Kıbrıs Şehitleri Cd. No: 56, Alsancak, İzmir
Bağdat Caddesi No: 145, Kadıköy, İstanbul
Storgatan 12, 411 38 Göteborg
Bryggen 15, 5003 Bergen
Jægergårdsgade 40, 8000 Aarhus C
Hämeenkatu 9 B 14, 33100 Tampere
Laugavegur 54, 101 Reykjavík
vul. Rynok 10, Lviv 79008
Laisvės al. 77, LT-44297 Kaunas
Rüütli 23, 51007 Tartu
17 Adeola Odeku Street, Victoria Island, Lagos
24 Oke-Ado Road, Ibadan
Plot 31, Nii Ashie Street, Accra
Ngong Road, Kilimani, Nairobi
Oginga Odinga Street, Kisumu
Plot 54, Sokoine Road, Arusha
Plot 16, Bukoto Street, Kampala
Bole Sub-City, Woreda 03, Addis Ababa
41 Loop Street, Cape Town 8001
8 Samora Machel Ave, Harare
15 Mohamed Mahmoud St, Bab El Louk, Cairo
Derb Dabachi 14, Médina, Marrakech
Rue Gouraud, Gemmayzeh, Beirut
Villa 14, Street 27b, Al Wasl, Dubai
Office 1203, Addax Tower, Al Reem Island, Abu Dhabi
Tahlia St, Al Andalus, Jeddah 23326
Gulan Street, Erbil
Chaharbagh Abbasi St, Isfahan
Flat 5B, Kaveri Residency, 12th Main, Indiranagar, Bengaluru 560038
14/2 Anna Salai, Chennai 600002
B-204, Shanti Kunj, Kalyani Nagar, Pune 411006
House 45, Street 7, F-7/2, Islamabad
12-C Gulberg III, Lahore
House 9, Road 11, Dhanmondi, Dhaka 1209
No. 48, Peradeniya Road, Kandy
Lakeside-6, Pokhara
Room 1502, 318 Wensan Road, Hangzhou
Flat C, 12/F, 45 Tung Choi Street, Mong Kok, Kowloon
No. 7, Lane 88, Minsheng Rd, Taichung
2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001
45 Haeundae-ro, Haeundae-gu, Busan
12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội
99/3 Nimmanhaemin Soi 9, Chiang Mai 50200
Blk 5 Lot 12, Mabini St, Davao City
Jl. Malioboro No. 56, Yogyakarta
No. 8, Jalan Padungan, Kuching
No. 41, 35th Street, Mandalay
House 17, Street 240, Phnom Penh
Blk 402 Ang Mo Kio Ave 10, #07-1123, Singapore 560402
3/27 Banksia Street, Fremantle WA 6160
14 Salamanca Place, Hobart TAS 7000
56 Moray Place, Dunedin 9016
12 Tutanekai Street, Rotorua 3010
Lot 9, Ratu Sukuna Road, Suva
Av. Insurgentes Sur 1602, Col. Narvarte, 03940 Ciudad de México
Calle Macedonio Alcalá 407, Centro, 68000 Oaxaca
Rua das Palmeiras 88, Botafogo, Rio de Janeiro - RJ, 22270-070
Av. Corrientes 1847, C1045AAC Buenos Aires
Carrera 43A # 1-50, El Poblado, Medellín
Calle Mercaderes 210, Arequipa
Av. Alemania 0671, Temuco
22 Barbican Road, Kingston 8
Herzl St 15, Haifa
Abovyan St 12, Yerevan 0001
Rustaveli Ave 24, Tbilisi
Dostyk Ave 180, Almaty
Ilica 78, 10000 Zagreb
"""

GENERIC = frozenset(
    """
    street st rd road avenue ave av blvd boulevard lane drive dr close crescent place way
    flat apt unit house plot building blk floor office room no city rue allée calle carrer
    avenida rua via ul strada cd caddesi jl jalan bv col lot centro main sub trading estate
    island tower villa residency utca al vul gu ku ro soi izq cres the of sea loop
    south new cape town port sur abu
    id az wi pa hi mb nu wa tas rj das des dei am im
    """.split()
)


def _split(block: str, sep: str = ",") -> tuple[str, ...]:
    return tuple(
        x.strip() for x in block.replace("\n", " " if sep == "," else "\n").split(sep) if x.strip()
    )


CITY_LIST = _split(CITIES)
REGION_LIST = _split(REGIONS)
COUNTRY_LIST = _split(COUNTRIES)
ADDRESS_LIST = tuple(x.strip() for x in ADDRESSES.strip().splitlines() if x.strip())
