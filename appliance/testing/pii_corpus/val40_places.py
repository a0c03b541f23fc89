"""Places for val40 (LOCATION spans): cities, regions, countries and full street addresses
of many countries, written by hand. Places that share a word with an eponym or brand the
templates use (Glasgow, Santiago, Paddington, Darwin ...) or with a given name (Florence,
Adelaide, Georgia, Jordan ...) are left out."""

from __future__ import annotations

CITIES = """
Manchester | Leeds | Bristol | Cardiff | Edinburgh | Belfast | Norwich | Sheffield |
Aberdeen | Swansea | Nottingham | Cork | Limerick | Galway | Dublin | Chicago | Seattle |
Denver | Philadelphia | Boston | Atlanta | Minneapolis | Pittsburgh | Sacramento |
Baltimore | Milwaukee | Tucson | Omaha | Toronto | Winnipeg | Halifax | Calgary | Montréal |
Saskatoon | Lyon | Marseille | Toulouse | Bordeaux | Lille | Nantes | Strasbourg | Rennes |
Berlin | Hamburg | München | Köln | Leipzig | Dresden | Stuttgart | Hannover | Bremen |
Rotterdam | Utrecht | Eindhoven | Groningen | Antwerpen | Gent | Leuven | Liège | Zürich |
Lausanne | Wien | Graz | Salzburg | Innsbruck | Milano | Torino | Bologna | Napoli |
Palermo | Verona | Genova | Valencia | Sevilla | Bilbao | Zaragoza | Málaga | Barcelona |
Madrid | Lisboa | Porto | Coimbra | Braga | Stockholm | Göteborg | Malmö | Uppsala | Oslo |
Bergen | Trondheim | København | Aarhus | Odense | Helsinki | Tampere | Turku | Reykjavík |
Tromsø | Kraków | Wrocław | Gdańsk | Poznań | Łódź | Praha | Brno | Budapest | Debrecen |
București | Cluj-Napoca | Plovdiv | Belgrade | Zagreb | Sarajevo | Ljubljana |
Thessaloniki | Tirana | Kyiv | Lviv | Odesa | Vilnius | Riga | Tallinn | Tbilisi | Yerevan |
Istanbul | Ankara | Izmir | Bursa | Gaziantep | Beirut | Amman | Dubai | Abu Dhabi | Doha |
Riyadh | Jeddah | Muscat | Casablanca | Rabat | Marrakesh | Tunis | Algiers | Cairo |
Alexandria | Tel Aviv | Haifa | Tehran | Isfahan | Erbil | Lagos | Abuja | Ibadan | Kano |
Enugu | Accra | Kumasi | Dakar | Bamako | Abidjan | Nairobi | Mombasa | Kisumu | Kampala |
Dar es Salaam | Arusha | Kigali | Addis Ababa | Mogadishu | Hargeisa | Johannesburg |
Durban | Cape Town | Pretoria | Bloemfontein | Harare | Bulawayo | Lusaka | Lilongwe |
Kinshasa | Lubumbashi | Douala | Yaoundé | Maputo | Luanda | Windhoek | Gaborone | Mumbai |
Pune | Bengaluru | Chennai | Hyderabad | Kolkata | Ahmedabad | Jaipur | Lucknow | Kochi |
Karachi | Lahore | Islamabad | Dhaka | Chattogram | Colombo | Kathmandu | Pokhara |
Shanghai | Chengdu | Wuhan | Shenzhen | Hangzhou | Kowloon | Taipei | Kaohsiung | Osaka |
Sapporo | Fukuoka | Nagoya | Sendai | Busan | Incheon | Daegu | Ulaanbaatar | Hanoi |
Da Nang | Bangkok | Manila | Cebu | Davao | Jakarta | Surabaya | Bandung | Yogyakarta |
Medan | Kuala Lumpur | Penang | Yangon | Mandalay | Phnom Penh | Vientiane | Singapore |
Almaty | Tashkent | Melbourne | Brisbane | Perth | Hobart | Auckland | Christchurch |
Dunedin | Rotorua | Suva | Apia | Port Moresby | Honolulu | Hilo | Rio de Janeiro |
Recife | Fortaleza | Curitiba | Belo Horizonte | Porto Alegre | Manaus | Guadalajara |
Monterrey | Puebla | Oaxaca | Mérida | Tijuana | Bogotá | Medellín | Cali | Barranquilla |
Buenos Aires | Córdoba | Valparaíso | Lima | Cusco | Arequipa | Quito | Guayaquil |
Montevideo | Asunción | Caracas | Havana | Kingston | Port-au-Prince | Iqaluit | Nuuk |
Temuco | Puno | Tromsø
"""

REGIONS = """
Bavaria | Catalonia | Andalucía | Lombardy | Provence | Normandy | Tuscany | Flanders |
Wallonia | Lapland | Jutland | Silesia | Transylvania | Dalmatia | Anatolia | Punjab |
Kerala | Gujarat | Sindh | Yorkshire | Cornwall | Ulster | Galicia | Québec | Ontario |
Manitoba | Nunavut | Arizona | Oregon | Texas | Ohio | Vermont | Queensland | Tasmania |
Northern Territory | Waikato | Hokkaido | Kyushu | Gyeonggi | Guangdong | Sichuan |
Yunnan | Mindanao | Bali | Sumatra | Sabah | Rift Valley | Western Cape | KwaZulu-Natal |
Gauteng | Oromia | Puntland | Atacama | Yucatán | Antioquia | Araucanía | Chiapas |
Minas Gerais | Bahia | Tigray | Casamance | Borno | Zanzibar | Balochistan | Assam
"""

COUNTRIES = """
Nigeria | Ghana | Kenya | Senegal | Ethiopia | Somalia | Uganda | Tanzania | Rwanda |
Zimbabwe | Zambia | Malawi | South Africa | Morocco | Tunisia | Egypt | Lebanon | Oman |
Qatar | Saudi Arabia | United Arab Emirates | Iran | Iraq | Türkiye | Armenia | Ukraine |
Poland | Czechia | Hungary | Romania | Bulgaria | Serbia | Croatia | Albania | Greece |
Italy | Spain | Portugal | France | Germany | Netherlands | Belgium | Switzerland | Austria |
Denmark | Sweden | Norway | Finland | Iceland | Ireland | United Kingdom | Wales | Canada |
United States | Mexico | Colombia | Peru | Chile | Argentina | Brazil | Bolivia | Ecuador |
Cuba | Jamaica | Haiti | India | Pakistan | Bangladesh | Sri Lanka | Nepal | China | Japan |
South Korea | Mongolia | Vietnam | Thailand | Philippines | Indonesia | Malaysia | Myanmar |
Cambodia | Laos | Kazakhstan | Uzbekistan | Australia | New Zealand | Samoa | Tonga | Fiji |
Papua New Guinea | Greenland | Afghanistan | Lithuania | Latvia | Estonia
"""

ADDRESSES = """
14 Larkspur Close, Didsbury, Manchester M20 6RT
Flat 3, 27 Cathedral Road, Cardiff CF11 9HA
9 Wellfield Terrace, Leeds LS6 2QB
112 Gloucester Road, Bristol BS7 8AE
2/1, 48 Marchmont Crescent, Edinburgh EH9 1HG
Apartment 12, Harbour View, Lapps Quay, Cork T12 X2P4
2218 Alder Street, Apt 4B, Portland, OR 97205
407 West 54th Street, Apt 11C, New York, NY 10019
1630 Larimer Street, Denver, CO 80202
88 Pinecrest Drive, Ann Arbor, MI 48104
5120 N Kenmore Ave, Chicago, IL 60640
1185 rue Sainte-Catherine Ouest, Montréal, QC H3B 1K3
77 Bloor Street West, Suite 600, Toronto, ON M5S 1M2
17 rue des Tanneurs, 69002 Lyon
4 allée des Tilleuls, 44300 Nantes
23 boulevard de la Liberté, 59800 Lille
Lindenstraße 42, 10969 Berlin
Am Kanal 7a, 20457 Hamburg
Gartenweg 15, 04277 Leipzig
Praterstraße 31/12, 1020 Wien
Seefeldstrasse 88, 8008 Zürich
Oudegracht 211, 3511 NK Utrecht
Kloosterstraat 19, 2000 Antwerpen
Via dei Mille 12, 40121 Bologna
Via Po 18, 10124 Torino
Calle del Pez 21, 2º izquierda, 28004 Madrid
Carrer de Blai 14, 08004 Barcelona
Avenida de la Constitución 9, 41004 Sevilla
Rua do Almada 310, 4050-032 Porto
Rua Augusta 1508, apto 82, Consolação, São Paulo - SP, 01304-001
Avenida Boa Viagem 3200, Recife - PE, 51020-000
Götgatan 48, 118 26 Stockholm
Markveien 35B, 0554 Oslo
Nørrebrogade 110, 2. th., 2200 København N
Hämeenkatu 14 B 22, 33100 Tampere
Laugavegur 59, 101 Reykjavík
ul. Piotrkowska 104/6, 90-006 Łódź
ul. Długa 21/4, 80-827 Gdańsk
Vinohradská 112, 130 00 Praha 3
Király utca 26, 1061 Budapest
Strada Lipscani 18, București 030031
Ermou 52, 105 63 Athens
Moda Caddesi No: 112 D: 4, Kadıköy, Istanbul 34710
vul. Khreshchatyk 22, kv. 14, Kyiv 01001
21 Marjanishvili Street, Tbilisi 0102
Villa 14, Street 23b, Al Wasl, Dubai
Building 7, Hamra Street, Ras Beirut, Beirut
12 Rue Ibn Batouta, Casablanca 20250
15 Shagaret El Dor Street, Zamalek, Cairo 11211
Rehov Dizengoff 180, Tel Aviv 6346413
Plot 5, Admiralty Way, Lekki Phase 1, Lagos
24 Ngong Road, Kilimani, Nairobi 00100
Hse No. 12, Oxford Street, Osu, Accra
23 Long Street, Cape Town 8001
41 Oxford Road, Rosebank, Johannesburg 2196
Plot 18, Kira Road, Kampala
KG 7 Avenue 12, Kigali
Bole Road, House 221, Addis Ababa
Villa 42, Rue 10, Point E, Dakar
14 Fife Avenue, Harare
Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038
B-12, Vasant Vihar, New Delhi 110057
House 27, Road 11, Banani, Dhaka 1213
45/2 Galle Road, Colombo 03
Flat 6, Block 3, Clifton, Karachi 75600
2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001
3-5-11 Tenjin, Chuo-ku, Fukuoka 810-0001
Room 1203, 88 Huaihai Middle Road, Shanghai 200021
Flat 5B, 18 Tung Choi Street, Mong Kok, Kowloon
No. 45, Lane 120, Section 2, Heping East Road, Taipei 106
101-1203, 55 Olympic-ro, Songpa-gu, Seoul 05510
Số 12 ngõ 45 Phố Huế, quận Hoàn Kiếm, Hà Nội
99/12 Sukhumvit Soi 31, Khlong Toei Nuea, Bangkok 10110
Unit 1402, 6789 Ayala Avenue, Makati City, Metro Manila
Jl. Kemang Raya No. 18, Jakarta Selatan 12730
Blk 412 Tampines Street 41, #08-233, Singapore 520412
No. 23, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur
Unit 5, 31 Kent Street, Millers Point NSW 2000
42 Ponsonby Road, Grey Lynn, Auckland 1011
17 Brunswick Street, Fitzroy VIC 3065
Lot 16, Princes Road, Tamavua, Suva
Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México
Carrera 43A # 7-50, El Poblado, Medellín
Av. Corrientes 1847, piso 3, C1045 Buenos Aires
Calle Larco 812, Miraflores, Lima 15074
Calle Esmeralda 720, Valparaíso
Calle 23 No. 456, Vedado, La Habana
HC 61 Box 2210, Chinle, AZ 86503
Building 1088, Iqaluit, NU X0A 0H0
Aqqusinersuaq 14, 3900 Nuuk
"""


def _split(raw: str, sep: str) -> list[str]:
    items = [s.strip() for s in raw.replace("\n", " " if sep == "|" else "\n").split(sep)]
    return sorted({s for s in items if s})


CITY_LIST = _split(CITIES, "|")
REGION_LIST = _split(REGIONS, "|")
COUNTRY_LIST = _split(COUNTRIES, "|")
ADDRESS_LIST = _split(ADDRESSES, "\n")

# Words of place names that are ordinary words and are not checked on their own.
GENERIC_PLACE_WORDS = frozenset(
    "new north south east west northern southern eastern western upper lower city cape town "
    "port saint san santa santo united kingdom states republic islands island bay valley "
    "coast de del do da dos das es la le el of the and au rio abu tel".split()
)
