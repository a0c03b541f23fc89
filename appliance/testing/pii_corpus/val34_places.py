"""Places for val34 (LOCATION spans): cities, regions, countries and street addresses from
many countries, written from memory. Streets are often named after people ("Karl-Marx-Allee
34", "Rua Augusta 120", "12 Nelson Mandela Boulevard"): the whole address is one LOCATION
span. Each entry carries an ISO country code so that a prompt can keep its places, phones
and IBANs in one country."""

from __future__ import annotations

# city|country
_CITIES = """
Accra GH|Kumasi GH|Ibadan NG|Enugu NG|Kano NG|Abuja NG|Lagos NG|Nairobi KE|Kisumu KE|Mombasa KE
Eldoret KE|Kampala UG|Kigali RW|Arusha TZ|Dodoma TZ|Addis Ababa ET|Dakar SN|Bamako ML
Abidjan CI|Lusaka ZM|Harare ZW|Bulawayo ZW|Gaborone BW|Maputo MZ|Durban ZA|Pretoria ZA
Gqeberha ZA|Stellenbosch ZA|Soweto ZA|Windhoek NA|Antananarivo MG|Kinshasa CD|Lubumbashi CD
Rabat MA|Fès MA|Tunis TN|Sfax TN|Oran DZ|Alexandria EG|Amman JO|Beirut LB|Doha QA|Sharjah AE
Riyadh SA|Jeddah SA|Manama BH|Erbil IQ|Tabriz IR|Isfahan IR|Mashhad IR|İzmir TR|Ankara TR
Bursa TR|Trabzon TR|Gaziantep TR|Yerevan AM|Tbilisi GE|Baku AZ|Almaty KZ|Tashkent UZ
Bishkek KG|Ulaanbaatar MN|Lahore PK|Karachi PK|Peshawar PK|Faisalabad PK|Pune IN|Chennai IN
Kochi IN|Hyderabad IN|Lucknow IN|Jaipur IN|Kolkata IN|Bengaluru IN|Ahmedabad IN
Chandigarh IN|Madurai IN|Dhaka BD|Chattogram BD|Sylhet BD|Kathmandu NP|Pokhara NP|Colombo LK
Kandy LK|Thimphu BT|Yangon MM|Mandalay MM|Chiang Mai TH|Khon Kaen TH|Phnom Penh KH
Vientiane LA|Hà Nội VN|Đà Nẵng VN|Huế VN|Cebu PH|Davao PH|Iloilo PH|Surabaya ID
Yogyakarta ID|Bandung ID|Medan ID|Makassar ID|Ipoh MY|Kuching MY|Johor Bahru MY|Busan KR
Daegu KR|Gwangju KR|Incheon KR|Osaka JP|Fukuoka JP|Sendai JP|Nagoya JP|Kaohsiung TW
Taichung TW|Tainan TW|Chengdu CN|Wuhan CN|Hangzhou CN|Kunming CN|Shenzhen CN|Harbin CN
Gdańsk PL|Wrocław PL|Kraków PL|Łódź PL|Poznań PL|Lublin PL|Brno CZ|Ostrava CZ|Bratislava SK
Košice SK|Debrecen HU|Szeged HU|Cluj-Napoca RO|Iași RO|Timișoara RO|Plovdiv BG|Varna BG
Novi Sad RS|Niš RS|Zagreb HR|Rijeka HR|Ljubljana SI|Maribor SI|Sarajevo BA|Tirana AL
Skopje MK|Thessaloniki GR|Patras GR|Heraklion GR|Lviv UA|Kharkiv UA|Odesa UA|Dnipro UA
Chișinău MD|Vilnius LT|Kaunas LT|Riga LV|Tartu EE|Tallinn EE|Tampere FI|Turku FI|Oulu FI
Bergen NO|Trondheim NO|Stavanger NO|Tromsø NO|Uppsala SE|Göteborg SE|Malmö SE|Umeå SE
Aarhus DK|Odense DK|Aalborg DK|Reykjavík IS|Akureyri IS|Galway IE|Belfast GB|Inverness GB
Glasgow GB|Swansea GB|Cardiff GB|Aberystwyth GB|Leeds GB|Sheffield GB|Bristol GB|Norwich GB
Leicester GB|Coventry GB|Sunderland GB|Lille FR|Nantes FR|Toulouse FR|Montpellier FR
Rennes FR|Strasbourg FR|Grenoble FR|Lyon FR|Marseille FR|Liège BE|Ghent BE|Antwerpen BE
Leuven BE|Utrecht NL|Groningen NL|Eindhoven NL|Rotterdam NL|Maastricht NL|Haarlem NL
Leipzig DE|Dresden DE|Freiburg DE|Münster DE|Hannover DE|Bremen DE|Nürnberg DE|Stuttgart DE
Köln DE|Mainz DE|Kiel DE|Rostock DE|Graz AT|Salzburg AT|Innsbruck AT|Basel CH|Bern CH
Lausanne CH|Lugano CH|Zürich CH|Bologna IT|Torino IT|Napoli IT|Palermo IT|Genova IT|Bari IT
Verona IT|Padova IT|Trieste IT|Cagliari IT|Catania IT|Valencia ES|Sevilla ES|Bilbao ES
Zaragoza ES|Málaga ES|Valladolid ES|Murcia ES|Alicante ES|Vigo ES|Porto PT|Braga PT
Coimbra PT|Funchal PT|Aveiro PT|Curitiba BR|Recife BR|Fortaleza BR|Manaus BR|Belém BR
Florianópolis BR|Campinas BR|Guadalajara MX|Monterrey MX|Puebla MX|Oaxaca MX|Mérida MX
Tijuana MX|Querétaro MX|Medellín CO|Cali CO|Barranquilla CO|Bucaramanga CO|Quito EC
Guayaquil EC|Cuenca EC|Arequipa PE|Cusco PE|Trujillo PE|Cochabamba BO|Montevideo UY
Valparaíso CL|Temuco CL|Kingston JM|Bridgetown BB|Winnipeg CA|Calgary CA|Saskatoon CA
Montréal CA|Iqaluit CA|Albuquerque US|Tucson US|Boise US|Omaha US|Milwaukee US
Pittsburgh US|Baltimore US|Sacramento US|Honolulu US|Hilo US|Auckland NZ|Rotorua NZ
Christchurch NZ|Dunedin NZ|Apia WS|Suva FJ|Nuku'alofa TO|Hobart AU|Perth AU|Brisbane AU
Townsville AU|Wollongong AU|Canberra AU|Geelong AU|Madrid ES|Lisboa PT|Berlin DE
Warszawa PL|Praha CZ|Budapest HU|Stockholm SE|Oslo NO|København DK|Helsinki FI|Dublin IE
Edinburgh GB|Amsterdam NL|Wien AT|İstanbul TR|Tokyo JP|Seoul KR|Mumbai IN|Jakarta ID
Manila PH|Bangkok TH|Toronto CA|Vancouver CA|Chicago US|Boston US|Atlanta US|Denver US
Seattle US|Bogotá CO|Caracas VE|Nairobi KE|Tehran IR|Karachi PK
"""

_REGIONS = """
Andalucía ES|Bavaria DE|Toscana IT|Catalunya ES|Silesia PL|Galicia ES|Ontario CA|Québec CA
Kerala IN|Punjab IN|Gujarat IN|Bali ID|Sumatra ID|Mindanao PH|Hokkaido JP|Kyushu JP
Jeju KR|Yucatán MX|Antioquia CO|Minas Gerais BR|Bahia BR|Algarve PT|Alentejo PT
Provence FR|Normandie FR|Flanders BE|Wallonia BE|Tyrol AT|Valais CH|Saxony DE
Thuringia DE|Lombardia IT|Sicilia IT|Sardegna IT|Crete GR|Peloponnese GR|Transylvania RO
Moravia CZ|Lapland FI|Skåne SE|Jutland DK|Connacht IE|Fife GB|Gwynedd GB|Ceredigion GB
Ashanti GH|KwaZulu-Natal ZA|Gauteng ZA|Kurdistan IQ|Anatolia TR|Cappadocia TR|Sindh PK
Odisha IN|Sabah MY|Sarawak MY|Luzon PH|Tasmania AU|Queensland AU|Waikato NZ|Otago NZ
Nunavut CA|Yukon CA|Sonora MX|Chiapas MX|Araucanía CL|Mpumalanga ZA|Oromia ET|Tigray ET
Amhara ET|Bretagne FR|Alsace FR|Cumbria GB|Northumberland GB|Cornwall GB|Friesland NL
"""

_COUNTRIES = """
Kenya KE|Ghana GH|Nigeria NG|Senegal SN|Ethiopia ET|Rwanda RW|Tanzania TZ|Uganda UG
Zambia ZM|Botswana BW|Namibia NA|Madagascar MG|Morocco MA|Tunisia TN|Egypt EG|Lebanon LB
Oman OM|Qatar QA|Iran IR|Armenia AM|Kazakhstan KZ|Mongolia MN|Pakistan PK|Bangladesh BD
Nepal NP|Sri Lanka LK|India IN|Myanmar MM|Thailand TH|Cambodia KH|Laos LA|Vietnam VN
Philippines PH|Indonesia ID|Malaysia MY|Singapore SG|Japan JP|Taiwan TW|Poland PL
Czechia CZ|Slovakia SK|Hungary HU|Romania RO|Bulgaria BG|Serbia RS|Croatia HR|Slovenia SI
Albania AL|Greece GR|Ukraine UA|Moldova MD|Lithuania LT|Latvia LV|Estonia EE|Finland FI
Sweden SE|Norway NO|Denmark DK|Ireland IE|Scotland GB|Wales GB|Portugal PT|Spain ES
France FR|Belgium BE|Netherlands NL|Germany DE|Austria AT|Switzerland CH|Italy IT|Malta MT
Cyprus CY|Brazil BR|Argentina AR|Uruguay UY|Paraguay PY|Bolivia BO|Peru PE|Ecuador EC
Colombia CO|Venezuela VE|Mexico MX|Guatemala GT|Honduras HN|Nicaragua NI|Jamaica JM
Trinidad TT|Haiti HT|Canada CA|Australia AU|Samoa WS|Tonga TO|Fiji FJ|Türkiye TR
"""

# country|line / line (a slash separates the lines of a written address)
_ADDRESSES = """
GB|Flat 4, 18 Ravensbourne Terrace / Aberystwyth SY23 2AX
GB|27 Dunearn Crescent / Inverness IV2 4QP
GB|9 Thackeray Gardens / Sheffield S10 3RT
GB|56 Attlee Close / Coventry CV3 6HW
GB|3 Seaforth Mews / Leeds LS7 1DG
GB|71 Pankhurst Road / Norwich NR3 4JE
GB|14 Aneurin Way / Swansea SA1 8PL
GB|22 Kincardine Drive / Glasgow G12 9XT
GB|5 Wilberforce Court / Bristol BS6 5PQ
GB|Apartment 8, 40 Gladwin Street / Leicester LE1 7GH
IE|12 Ardilaun Terrace / Galway H91 X2C4
IE|Apartment 3, Ballinteer Court / Dublin 16 D16 K2W8
US|1417 Frederick Douglass Boulevard, Apt 5C / Baltimore, MD 21217
US|2208 Cesar Chavez Avenue / Albuquerque, NM 87106
US|730 Ridgeview Drive / Boise, ID 83702
US|4410 Wabash Terrace / Milwaukee, WI 53212
US|91 Tecumseh Lane / Omaha, NE 68104
US|612 Sacagawea Street / Tucson, AZ 85719
CA|47 Tommy Douglas Drive / Saskatoon, SK S7N 4X3
CA|1402-88 rue Saint-Urbain / Montréal, QC H2X 2N5
DE|Karl-Marx-Allee 34 / 10243 Berlin
DE|Sophie-Scholl-Straße 8 / 04109 Leipzig
DE|Hohenzollernring 51 / 50672 Köln
DE|Albrecht-Dürer-Platz 3 / 90403 Nürnberg
DE|Rosa-Luxemburg-Straße 19 / 01069 Dresden
DE|Clara-Zetkin-Weg 7 / 28199 Bremen
AT|Mozartgasse 7/12 / 8010 Graz
AT|Bertha-von-Suttner-Gasse 4 / 6020 Innsbruck
CH|Spitalgasse 24 / 3011 Bern
CH|Chemin de Bellerive 14 / 1007 Lausanne
FR|14 rue Victor-Hugo / 69002 Lyon
FR|3 boulevard Jean-Jaurès / 31000 Toulouse
FR|27 allée Simone-Veil / 44000 Nantes
BE|Rue Grétry 52 / 4020 Liège
BE|Sint-Pietersnieuwstraat 33 / 9000 Gent
NL|Oudegracht 231 / 3511 NX Utrecht
NL|Herman Gorterstraat 17-2 / 9721 KP Groningen
NL|Aletta Jacobsstraat 5 / 5611 AB Eindhoven
ES|Calle de Alcalá 214, 3.º B / 28028 Madrid
ES|Avenida de la Constitución 18 / 41004 Sevilla
ES|Carrer de Pau Claris 97 / 08009 Barcelona
ES|Alameda de Urquijo 28 / 48008 Bilbao
PT|Rua Augusta 120, 2.º Esq. / 1100-053 Lisboa
PT|Rua de Santa Catarina 312 / 4000-443 Porto
PT|Avenida Fernão de Magalhães 86 / 3000-175 Coimbra
BR|Avenida Presidente Vargas 1733, apto 904 / Curitiba - PR, 80010-000
BR|Rua Oscar Freire 2239 / Recife - PE, 50030-230
BR|Rua Chico Buarque 45 / Campinas - SP, 13083-970
IT|Via Giuseppe Verdi 18 / 10124 Torino
IT|Corso Vittorio Emanuele II 212 / 80135 Napoli
IT|Via Grazia Deledda 9 / 09127 Cagliari
PL|ul. Mikołaja Kopernika 17/4 / 31-034 Kraków
PL|al. Jana Pawła II 43a / 00-828 Warszawa
PL|ul. Ogarna 74 / 80-826 Gdańsk
CZ|Vinohradská 1511/230 / 100 00 Praha 10
CZ|Karlova 27 / 602 00 Brno
HU|Andrássy út 64 / 1062 Budapest
HU|Kossuth Lajos utca 9 / 4024 Debrecen
SK|Štúrova 5 / 040 01 Košice
RO|Strada Mihai Eminescu 45 / 400012 Cluj-Napoca
BG|bul. Vasil Levski 76 / 1142 Sofia
RS|Bulevar kralja Aleksandra 73 / 11000 Beograd
HR|Ilica 128 / 10000 Zagreb
GR|Leoforos Nikis 12 / 546 22 Thessaloniki
SE|Drottninggatan 71 / 111 36 Stockholm
NO|Thorvald Meyers gate 40 / 0555 Oslo
DK|Nørrebrogade 120, 3. th. / 2200 København N
FI|Mannerheimintie 15 B 22 / 00100 Helsinki
IS|Laugavegur 42 / 101 Reykjavík
LT|Gedimino pr. 20 / 01103 Vilnius
LV|Brīvības iela 88 / Rīga, LV-1001
EE|Rüütli 14 / 51007 Tartu
UA|vul. Tarasa Shevchenka 24, kv. 7 / Lviv 79005
TR|Atatürk Bulvarı No: 145 D: 6 / 06420 Çankaya/Ankara
TR|Halaskargazi Caddesi 210 / 34371 Şişli/İstanbul
GE|Rustaveli Avenue 37 / 0108 Tbilisi
AM|Mesrop Mashtots Avenue 29 / Yerevan 0002
LB|Hamra Street, Sadat Building, 4th floor / Beirut
AE|Villa 14, Street 23b, Al Barsha 2 / Dubai
ZA|12 Nelson Mandela Boulevard / Gqeberha 6001
GH|Kwame Nkrumah Avenue, Plot 12 / Accra
KE|Jomo Kenyatta Avenue, Flat 6B Mbaraki Court / Mombasa
NG|House 9, Adeola Odeku Street / Lagos
TZ|Plot 27, Nyerere Road / Dar es Salaam
RW|KG 9 Avenue 15 / Kigali
ET|Bole Road, House No. 118 / Addis Ababa
ZW|14 Samora Machel Avenue / Harare
MA|Rue Mohammed V, Immeuble 12 / 20000 Casablanca
TN|Avenue Habib Bourguiba 41 / 1001 Tunis
CD|Avenue Kasa-Vubu 77 / Kinshasa
IN|Mahatma Gandhi Road 144, Ashok Nagar / Bengaluru 560025
IN|27 Hazra Road / Kolkata 700020
BD|House 42, Road 11, Banani / Dhaka 1213
LK|No. 18, Galle Road / Colombo 03
ID|Jalan Jenderal Sudirman Kav. 52 / Jakarta Selatan 12190
ID|Jl. Malioboro No. 60 / Yogyakarta 55213
MY|No. 7, Jalan Tun Razak / 50400 Kuala Lumpur
PH|88 Rizal Avenue / Davao City 8000
VN|Số 12 Đường Lê Lợi / Quận 1, TP. Hồ Chí Minh
TH|45 Soi Sukhumvit 31 / Khlong Toei Nuea, Bangkok 10110
JP|3-14-2 Minami-Aoyama, Minato-ku / Tokyo 107-0062
KR|Gangnam-daero 94-gil 12 / Seoul 06123
TW|No. 233, Section 1, Zhongshan Road / Taichung 403
KZ|Abay Avenue 150 / Almaty 050009
MX|Avenida Benito Juárez 1012 / Col. Centro, 44100 Guadalajara, Jal.
CO|Calle 10 # 43E-31, El Poblado / Medellín
EC|Avenida Simón Bolívar N34-56 / Quito 170135
PE|Jirón Ayacucho 845 / Arequipa 04001
CL|Avenida Bernardo O'Higgins 1120, depto. 1502 / Temuco
AR|Calle Sarmiento 1450, piso 3 / Córdoba
UY|Bulevar Artigas 1230, apto 702 / 11200 Montevideo
JM|14 Musgrave Avenue / Kingston 10
NZ|27 Te Taou Crescent / Auckland 1010
AU|Unit 5, 18 Jacaranda Street / Townsville QLD 4810
AU|41 Ngunnawal Street / Canberra ACT 2601
"""

# Words of addresses that are not compared as words of a place by the part's checks (street
# types, unit words, titles in street names, directions); tokens of two letters or fewer are
# not compared either.
PLACE_WORDS = frozenset(
    """street road avenue lane boulevard drive way close court crescent terrace gardens mews
    row flat apt apartment suite unit floor house building highway city straße allee weg
    platz gasse rue allée chemin calle avenida carrer alameda jirón bulevar depto piso rua apto
    esq via corso piazza ulica aleja utca út strada bul gate iela vul bulvarı caddesi plot
    villa immeuble nagar jalan kav selatan tun soi daero gil section centro col lot bis số quận
    đường leoforos district santa san saint sankt presidente jenderal mahatma kralja
    libertador th rd nd st""".split()
)


def _entries(block: str) -> list[tuple[str, str]]:
    out = []
    for item in block.replace("\n", "|").split("|"):
        item = item.strip()
        if item:
            name, code = item.rsplit(" ", 1)
            out.append((name, code))
    return list(dict.fromkeys(out))


CITIES = _entries(_CITIES)
REGIONS = _entries(_REGIONS)
COUNTRIES = _entries(_COUNTRIES)
ADDRESSES = [
    (line.split("|", 1)[0], tuple(p.strip() for p in line.split("|", 1)[1].split(" / ")))
    for line in _ADDRESSES.strip().splitlines()
]
