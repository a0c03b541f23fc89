"""Names and places for `train_m`, written blind from the author's own head (only
`__init__.py` and `validity.py` of the corpus were read): hand-written given and family
names of many cultures (with particles and diacritics), given names that are everyday
English words, cities, regions, countries and street addresses of several countries; and,
for volume, person names drawn from Faker's Latin-script locales (their name lists only,
with this module's own random generator, so the draw is fixed by the seed).
"""

from __future__ import annotations

import importlib
import random
import re
from dataclasses import dataclass
from functools import cache

# culture: (order, given names, family names). "fg": family name written first.
CULTURES: dict[str, tuple[str, str, str]] = {
    "yoruba": (
        "gf",
        "Yetunde|Adebayo|Folake|Olumide|Temitope|Babajide|Funmilayo|Oluwaseun",
        "Adeyemi|Ogunleye|Balogun|Oyelaran|Akinola|Fashola|Olatunji|Adeniran",
    ),
    "igbo": (
        "gf",
        "Chidi|Ngozi|Ikenna|Chiamaka|Emeka|Obiageli|Uchenna|Nnamdi",
        "Okafor|Obiora|Nwosu|Eze|Okonkwo|Uzoma|Anyanwu|Chukwu",
    ),
    "zulu_xhosa": (
        "gf",
        "Thandiwe|Sipho|Nomvula|Lwazi|Zanele|Mandla|Ayanda|Siyabonga",
        "Mbeki|Dlamini|Ndlovu|Khumalo|Mthembu|Zuma|Nkosi|Mahlangu",
    ),
    "kenyan": (
        "gf",
        "Wanjiru|Otieno|Akinyi|Kipchoge|Njeri|Mutua|Chebet|Wekesa",
        "Kamau|Odhiambo|Mwangi|Korir|Wambui|Ochieng|Kiprotich|Nyambura",
    ),
    "ghanaian": (
        "gf",
        "Kwame|Ama|Kofi|Abena|Yaw|Efua|Kwabena|Akosua",
        "Mensah|Owusu|Boateng|Asante|Appiah|Ofori|Darko|Amponsah",
    ),
    "ethiopian": (
        "gf",
        "Selam|Dawit|Meseret|Tesfaye|Hiwot|Yonas|Bethlehem|Abebe",
        "Gebremedhin|Tadesse|Haile|Bekele|Alemu|Wolde|Girma|Mengistu",
    ),
    "somali": (
        "gf",
        "Hodan|Abdirahman|Faduma|Mahad|Sahra|Abdullahi|Idil|Guled",
        "Warsame|Farah|Jama|Hirsi|Abdi|Osman|Dirie|Egal",
    ),
    "arabic": (
        "gf",
        "Layla|Karim|Yousef|Rania|Tariq|Nour|Samir|Huda",
        "al-Rashid|Haddad|El-Amin|Khoury|bin Saleh|Mansour|Nasser|Abu-Zeid",
    ),
    "persian_afghan": (
        "gf",
        "Shirin|Dariush|Parisa|Kamran|Soraya|Farhad|Mahnaz|Navid",
        "Ahmadzai|Karimi|Tehrani|Rostami|Hosseini|Sadeghi|Mohseni|Jalali",
    ),
    "turkish": (
        "gf",
        "Şebnem|Emre|Gülşen|Burak|Elif|Oğuz|Zeynep|Kerem",
        "Yıldız|Aydın|Kaya|Öztürk|Çelik|Demirci|Arslan|Koç",
    ),
    "kazakh": (
        "gf",
        "Dana|Nurlan|Aigerim|Yerlan|Madina|Daulet|Zhanar|Askar",
        "Zhakupova|Nurpeisov|Abenov|Seitkali|Tokayeva|Bekmukhambetov|Sarsenbayev|Ospanova",
    ),
    "mongolian": (
        "gf",
        "Enkhjargal|Bat-Erdene|Oyunaa|Ganbold|Sarnai|Tuvshin|Altantsetseg|Batbold",
        "Tsogtbaatar|Dorjsuren|Batbayar|Ganzorig|Munkhbat|Purevdorj|Erdenebat|Sukhbaatar",
    ),
    "chinese": (
        "fg",
        "Wei|Xiaoling|Jianguo|Meihua|Haoran|Yutong|Zhiwei|Lihua",
        "Li|Wang|Zhang|Chen|Liu|Huang|Zhao|Xu",
    ),
    "cantonese": (
        "fg",
        "Ka-Ming|Wing-Yee|Siu-Fung|Mei-Ling|Chun-Kit|Hoi-Yan|Kwok-Wai|Pui-Shan",
        "Chan|Wong|Leung|Cheung|Lau|Tsang|Kwan|Yeung",
    ),
    "korean": (
        "fg",
        "Do-hyun|Ji-woo|Seo-yeon|Min-jun|Ha-eun|Jae-sung|Soo-ah|Hyun-woo",
        "Kang|Kim|Bae|Choi|Jung|Yoon|Lim|Seo",
    ),
    "japanese": (
        "gf",
        "Haruto|Yui|Sota|Aoi|Kenji|Mei|Takumi|Hinata",
        "Takahashi|Nakamura|Watanabe|Kobayashi|Yamamoto|Fujiwara|Matsuda|Ishikawa",
    ),
    "vietnamese": (
        "fg",
        "Thi Lan|Van Minh|Thu Trang|Duc Anh|Ngoc Anh|Quang Huy|Bao Chau|Thanh Tung",
        "Nguyen|Tran|Pham|Hoang|Vu|Dang|Bui|Duong",
    ),
    "thai": (
        "gf",
        "Somchai|Nattaya|Kittipong|Pimchanok|Anurak|Siriporn|Thanawat|Kanokwan",
        "Srisawat|Chaiyaporn|Wongsakul|Rattanakorn|Boonmee|Phanthavong|Sukprasert|Thongchai",
    ),
    "filipino": (
        "gf",
        "Maricel|Jericho|Rowena|Dindo|Lorna|Arnel|Jennilyn|Ronaldo",
        "dela Cruz|Bautista|Mercado|Villanueva|Manalo|Dimaculangan|Pangilinan|Soriano",
    ),
    "indonesian": (
        "gf",
        "Wahyu|Sri|Dewi|Agus|Putri|Bambang|Ratna|Budi",
        "Setiawan|Wijaya|Susanto|Hidayat|Kurniawan|Pratama|Sulistyo|Nugroho",
    ),
    "malay": (
        "gf",
        "Nurul|Azman|Siti|Hafiz|Farah|Ismail|Aisyah|Zulkifli",
        "bin Abdullah|binti Hassan|Rahman|Osman|bin Yusof|Ibrahim|Jamaluddin|Kassim",
    ),
    "hindi": (
        "gf",
        "Priya|Arjun|Ananya|Rohit|Sneha|Vikram|Kavita|Aditya",
        "Sharma|Verma|Gupta|Malhotra|Chaturvedi|Agarwal|Srivastava|Bhatnagar",
    ),
    "tamil_telugu": (
        "gf",
        "Lakshmi|Karthik|Meenakshi|Venkatesh|Divya|Srinivas|Anitha|Raghav",
        "Venkatesan|Subramanian|Iyer|Reddy|Krishnamurthy|Ramaswamy|Naidu|Pillai",
    ),
    "bengali_punjabi": (
        "gf",
        "Sourav|Ishita|Arnab|Gurpreet|Harjit|Moumita|Jaspreet|Tanveer",
        "Chatterjee|Banerjee|Mukherjee|Sandhu|Bains|Dhillon|Bhattacharya|Grewal",
    ),
    "pakistani": (
        "gf",
        "Ayesha|Bilal|Sana|Usman|Hira|Faisal|Mahnoor|Zeeshan",
        "Qureshi|Chaudhry|Siddiqui|Bajwa|Malik|Rana|Abbasi|Niazi",
    ),
    "russian_ukrainian": (
        "gf",
        "Oksana|Dmitri|Yulia|Sergei|Natalya|Mykola|Svitlana|Andriy",
        "Kovalenko|Ivanova|Shevchenko|Petrov|Bondarenko|Sokolova|Melnyk|Kuznetsov",
    ),
    "polish": (
        "gf",
        "Tomasz|Agnieszka|Łukasz|Małgorzata|Krzysztof|Zofia|Wojciech|Katarzyna",
        "Wiśniewski|Kowalczyk|Zieliński|Wójcik|Szymańska|Lewandowski|Dąbrowska|Kamiński",
    ),
    "czech_slovak": (
        "gf",
        "Jiří|Lenka|Ondřej|Petra|Miroslav|Zuzana|Tomáš|Jana",
        "Novák|Dvořáková|Svoboda|Procházka|Horváthová|Kučera|Šimek|Veselý",
    ),
    "hungarian": (
        "fg",
        "Gergely|Zsófia|Bence|Réka|Levente|Dóra|Ferenc|Krisztina",
        "Szabó|Nagy|Kovács|Tóth|Farkas|Varga|Molnár|Balogh",
    ),
    "balkan": (
        "gf",
        "Hristo|Milica|Dragan|Jelena|Nikola|Snežana|Goran|Ivana",
        "Petrović|Jovanović|Dimitrov|Nikolić|Popović|Georgiev|Kovačević|Marković",
    ),
    "greek": (
        "gf",
        "Eleni|Giorgos|Dimitra|Kostas|Vasiliki|Panagiotis|Katerina|Yannis",
        "Papadopoulos|Georgiou|Konstantinidis|Nikolaidou|Alexiou|Karagiannis|Vlachou|Oikonomou",
    ),
    "romanian": (
        "gf",
        "Ioana|Mihai|Andreea|Bogdan|Raluca|Cătălin|Oana|Florin",
        "Popescu|Ionescu|Dumitrescu|Stănescu|Constantin|Munteanu|Radu|Georgescu",
    ),
    "german": (
        "gf",
        "Jürgen|Anke|Matthias|Sabine|Dieter|Ulrike|Lukas|Friederike",
        "Schneider|Müller|Hoffmann|Schäfer|Wagner|Becker|von Ahlen|Krause",
    ),
    "dutch_flemish": (
        "gf",
        "Sanne|Joost|Femke|Bram|Lieke|Maarten|Anouk|Wouter",
        "van der Berg|de Vries|Jansen|Bakker|Visser|van Dijk|Peeters|De Smet",
    ),
    "french": (
        "gf",
        "Amélie|Guillaume|Céline|Mathieu|Élodie|Thibault|Margaux|Benoît",
        "Lefèvre|Dubois|Moreau|Girard|Rousseau|Fontaine|Chevalier|Lemaire",
    ),
    "italian": (
        "gf",
        "Giulia|Alessandro|Chiara|Matteo|Francesca|Lorenzo|Federica|Giuseppe",
        "Rossi|Bianchi|Esposito|Ferrari|Romano|Colombo|De Luca|Ricci",
    ),
    "spanish": (
        "gf",
        "Lucía|Javier|Carmen|Álvaro|Inés|Sergio|Pilar|Iñaki",
        "García|Fernández|López|Martínez|Sánchez|Pérez|de la Fuente|Etxeberria",
    ),
    "mexican_latam": (
        "gf",
        "Guadalupe|Alejandro|Ximena|Joaquín|Valentina|Esteban|Camila|Rodrigo",
        "Hernández|Pereyra|Castañeda|Villalobos|Quispe|Mamani|Ramírez|Gutiérrez",
    ),
    "portuguese_brazilian": (
        "gf",
        "João|Beatriz|Gonçalo|Mariana|Thiago|Fernanda|Rui|Larissa",
        "dos Santos|Ferreira|Oliveira|Carvalho|Sousa|Rodrigues|Cardoso|Nascimento",
    ),
    "nordic": (
        "gf",
        "Solveig|Bjørn|Ingrid|Magnus|Sigrid|Henrik|Astrid|Torbjörn",
        "Johansson|Lindqvist|Haugen|Nilsen|Andersen|Bergström|Sørensen|Halvorsen",
    ),
    "finnish_estonian": (
        "gf",
        "Aino|Juhani|Kaisa|Mikko|Liisa|Tarmo|Kadri|Jaak",
        "Virtanen|Mäkinen|Korhonen|Tamm|Saar|Heikkinen|Lepik|Koskinen",
    ),
    "irish_scottish": (
        "gf",
        "Siobhán|Ciarán|Aoife|Pádraig|Niamh|Eoin|Caoimhe|Ruairí",
        "O'Sullivan|Mac Giolla|McLaughlin|Ní Bhriain|MacKenzie|Fitzgerald|O'Donnell|Gallagher",
    ),
    "english_american": (
        "gf",
        "Jerome|Deborah|Kevin|Lorraine|Gareth|Shannon|Trevor|Megan",
        "Whitfield|Hargreaves|Pemberton|Thompson|Carruthers|Ellison|Ashworth|Dempsey",
    ),
    "hebrew": (
        "gf",
        "Noa|Yonatan|Tamar|Itai|Shira|Eitan|Avital|Nadav",
        "Cohen|Levi|Mizrahi|Friedman|Ben-David|Peretz|Shapiro|Katz",
    ),
    "armenian_georgian": (
        "gf",
        "Anush|Levon|Nino|Giorgi|Tatevik|Davit|Mariam|Tamaz",
        "Hakobyan|Grigoryan|Beridze|Kapanadze|Sargsyan|Lomidze|Petrosyan|Tsiklauri",
    ),
    "pacific_maori": (
        "gf",
        "Aroha|Tama|Mere|Wiremu|Losana|Sione|Mele|Tevita",
        "Ngata|Parata|Tuilagi|Fifita|Havili|Taufa|Te Rangi|Tuhiwai",
    ),
    "caribbean": (
        "gf",
        "Delroy|Marcia|Winston|Simone|Desmond|Claudette|Errol|Yolande",
        "Campbell|Beckford|Thwaites|Clarke|Ramcharan|Persaud|Gayle|Bascombe",
    ),
}

# Given names that are everyday English words: written as people only where the text says
# so, and used as words and things in clean prompts.
WORD_GIVEN = (
    "Hope", "Will", "Grace", "Rose", "Summer", "Joy", "Faith", "Daisy", "Amber", "Jasper",
    "Sky", "Autumn", "Dawn", "Mark", "Bill", "Pat", "Sunny", "Ruby", "Jade", "Iris", "Ivy",
    "Holly", "Crystal", "Hunter", "River", "Heather", "Robin", "Chase", "Sandy", "Cliff",
    "Frank", "Grant", "Drew", "Miles", "Sage", "Willow", "Olive", "Poppy", "Hazel", "Pearl",
    "Melody", "Patience", "Penny", "Basil", "Ginger", "Reed", "Jay", "Carol", "Victory",
    "Harmony",
)  # fmt: skip
WORD_GIVEN_LOWER = frozenset(w.lower() for w in WORD_GIVEN)

CITIES = (
    "Lagos", "Ibadan", "Nairobi", "Mombasa", "Accra", "Kumasi", "Addis Ababa", "Johannesburg",
    "Durban", "Gqeberha", "Kampala", "Dar es Salaam", "Kigali", "Casablanca", "Marrakesh",
    "Cairo", "Alexandria", "Tunis", "Dakar", "Almaty", "Astana", "Tashkent", "Ulaanbaatar",
    "Tbilisi", "Yerevan", "Baku", "Istanbul", "Izmir", "Ankara", "Beirut", "Amman", "Dubai",
    "Doha", "Karachi", "Lahore", "Rawalpindi", "Mumbai", "Pune", "Chennai", "Hyderabad",
    "Kolkata", "Bengaluru", "Kochi", "Dhaka", "Kathmandu", "Colombo", "Bangkok", "Chiang Mai",
    "Hanoi", "Da Nang", "Ho Chi Minh City", "Manila", "Cebu", "Jakarta", "Surabaya",
    "Yogyakarta", "Kuala Lumpur", "Penang", "Singapore", "Shenzhen", "Chengdu", "Hangzhou",
    "Kowloon", "Busan", "Incheon", "Osaka", "Sapporo", "Fukuoka", "Auckland", "Wellington",
    "Christchurch", "Brisbane", "Melbourne", "Perth", "Hobart", "Vancouver", "Winnipeg",
    "Montreal", "Halifax", "Toronto", "Chicago", "Milwaukee", "Pittsburgh", "Sacramento",
    "Tucson", "Albuquerque", "Baltimore", "Cleveland", "Denver", "Atlanta", "Guadalajara",
    "Monterrey", "Oaxaca", "Bogotá", "Medellín", "Lima", "Arequipa", "Quito", "Santiago",
    "Valparaíso", "Mendoza", "Córdoba", "Montevideo", "Porto Alegre", "Recife", "Salvador",
    "Curitiba", "Belo Horizonte", "Lisbon", "Porto", "Coimbra", "Seville", "Bilbao",
    "Valencia", "Zaragoza", "Marseille", "Lyon", "Toulouse", "Nantes", "Lille", "Strasbourg",
    "Antwerp", "Ghent", "Rotterdam", "Utrecht", "Eindhoven", "Düsseldorf", "Leipzig",
    "Stuttgart", "Nuremberg", "Hamburg", "Bremen", "Graz", "Innsbruck", "Zürich", "Basel",
    "Bologna", "Turin", "Naples", "Palermo", "Verona", "Ljubljana", "Zagreb", "Belgrade",
    "Sofia", "Plovdiv", "Bucharest", "Cluj-Napoca", "Debrecen", "Budapest", "Brno",
    "Bratislava", "Kraków", "Wrocław", "Gdańsk", "Łódź", "Vilnius", "Riga", "Tallinn",
    "Tartu", "Helsinki", "Tampere", "Uppsala", "Gothenburg", "Malmö", "Bergen", "Trondheim",
    "Aarhus", "Odense", "Reykjavík", "Galway", "Kilkenny", "Limerick", "Belfast", "Glasgow",
    "Aberdeen", "Dundee", "Cardiff", "Swansea", "Leeds", "Sheffield", "Bristol", "Leicester",
    "Coventry", "Nottingham", "Southampton", "Norwich", "Kyiv", "Lviv", "Odesa", "Kharkiv",
    "Thessaloniki", "Heraklion", "Kingston", "Port of Spain", "Bridgetown",
)  # fmt: skip
REGIONS = (
    "Bavaria", "Saxony", "Tyrol", "Catalonia", "Andalusia", "Galicia", "Brittany",
    "Normandy", "Provence", "Lombardy", "Tuscany", "Sicily", "Flanders", "Wallonia",
    "Limburg", "Silesia", "Moravia", "Transylvania", "Dalmatia", "Anatolia", "Kerala",
    "Punjab", "Tamil Nadu", "Maharashtra", "Sindh", "Java", "Bali", "Sabah", "Mindanao",
    "Hokkaido", "Kyushu", "Gyeonggi", "Sichuan", "Guangdong", "Yorkshire", "Cornwall",
    "Lancashire", "Ulster", "Connacht", "Ontario", "Quebec", "Manitoba", "Nova Scotia",
    "Queensland", "Tasmania", "Otago", "Oaxaca state", "Patagonia", "Minas Gerais",
    "Bahia", "Ohio", "Oregon", "Vermont", "New Mexico", "Arizona", "Kentucky", "Gauteng",
    "KwaZulu-Natal", "Rift Valley", "Oromia", "Lapland", "Jutland",
)  # fmt: skip
COUNTRIES = (
    "Nigeria", "Ghana", "Kenya", "Ethiopia", "Somalia", "South Africa", "Uganda", "Tanzania",
    "Morocco", "Egypt", "Tunisia", "Senegal", "Kazakhstan", "Uzbekistan", "Mongolia",
    "Armenia", "Azerbaijan", "Türkiye", "Lebanon", "Iran", "Afghanistan", "Pakistan", "India",
    "Bangladesh", "Nepal", "Sri Lanka", "Thailand", "Vietnam", "Philippines", "Indonesia",
    "Malaysia", "South Korea", "Japan", "Taiwan", "China", "Australia", "New Zealand",
    "Samoa", "Tonga", "Fiji", "Canada", "Mexico", "Colombia", "Peru", "Ecuador", "Chile",
    "Argentina", "Uruguay", "Brazil", "Portugal", "Spain", "France", "Belgium",
    "the Netherlands", "Germany", "Austria", "Switzerland", "Italy", "Slovenia", "Croatia",
    "Serbia", "Bulgaria", "Romania", "Hungary", "Czechia", "Slovakia", "Poland",
    "Lithuania", "Latvia", "Estonia", "Finland", "Sweden", "Norway", "Denmark", "Iceland",
    "Ireland", "Scotland", "Wales", "England", "Ukraine", "Greece", "Cyprus", "Jamaica",
    "Trinidad", "Barbados", "the United States", "the UK", "USA",
)  # fmt: skip
ADDRESSES = (
    "14 Hargreaves Road, Leeds LS6 2AB", "Flat 3, 27 Cromwell Terrace, Glasgow G12 8QL",
    "221 Larkspur Avenue, Tucson, AZ 85705", "4820 N Sheridan Rd, Chicago, IL 60640",
    "1177 Rue Saint-Denis, Montréal, QC H2X 3J6", "Hauptstraße 41, 04109 Leipzig",
    "Kastanienallee 12, 10435 Berlin", "Calle de Alcalá 112, 28009 Madrid",
    "Carrer de Mallorca 401, 08013 Barcelona", "18 rue des Lilas, 69003 Lyon",
    "Via Garibaldi 23, 10122 Torino", "Rua Augusta 150, 1100-053 Lisboa",
    "Rua Oscar Freire 379, São Paulo - SP, 01426-001", "Prinsengracht 263, 1016 GV Amsterdam",
    "ul. Piotrkowska 104, 90-006 Łódź", "Vinohradská 48, 120 00 Praha 2",
    "Andrássy út 60, 1062 Budapest", "Bağdat Caddesi 210, Kadıköy, İstanbul",
    "12 Admiralty Way, Lekki Phase 1, Lagos", "Plot 9, Ngong Road, Nairobi",
    "33 Vilakazi Street, Orlando West, Soweto", "Jl. Kemang Raya No. 8, Jakarta Selatan 12730",
    "45 Jalan Ampang, 50450 Kuala Lumpur", "2-14-3 Shibuya, Shibuya-ku, Tokyo 150-0002",
    "88 Queen Street, Auckland 1010", "7/112 Brunswick Street, Fitzroy VIC 3065",
    "Unit 5, 19 Harbour Road, Wan Chai, Hong Kong", "Av. Insurgentes Sur 1602, CDMX 03940",
    "Carrera 7 # 71-21, Bogotá", "Storgatan 14, 411 38 Göteborg",
    "Mannerheimintie 22, 00100 Helsinki", "Dorfstrasse 5, 8037 Zürich",
    "27 Wyndham Street, Newtownards BT23 4HL", "9 Ballymun Road, Dublin 9, D09 X8W2",
    "1502 Magnolia Drive, Sacramento, CA 95822", "56 Ridgeway Crescent, Cardiff CF23 9AD",
    "12B MG Road, Bengaluru 560001", "House 44, Street 7, F-8/3, Islamabad",
    "Tverskaya ulitsa 13, Moskva 125009", "14 Tsar Osvoboditel Blvd, 1000 Sofia",
)  # fmt: skip

_FAKER_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_KE", "en_NZ", "en_PK", "en_TH", "de_DE", "de_AT",
    "de_CH", "cs_CZ", "da_DK", "es_ES", "es_MX", "es_CO", "es_AR", "et_EE", "fi_FI", "fr_FR",
    "fr_CA", "fr_BE", "hr_HR", "hu_HU", "id_ID", "ig_NG", "ha_NG", "yo_NG", "it_IT", "lt_LT",
    "lv_LV", "nl_NL", "no_NO", "pt_BR", "pt_PT", "ro_RO", "sk_SK", "sl_SI", "sv_SE", "sw",
    "tr_TR", "tw_GH", "zu_ZA", "az_AZ", "uz_UZ",
)  # fmt: skip
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'\- ]*[A-Za-zÀ-ÖØ-öø-ɏ]$")

# Common English words that Faker's lists hold as names: never drawn from Faker.
_FAKER_STOP = WORD_GIVEN_LOWER | frozenset(
    "may april june august art king young love long price wood hall hill field rich page "
    "gay major north south west east little strong small short white black brown green gray "
    "grey bell stone rivers banks walker law house case bird fox wolf star lane park church "
    "cook baker moon summers day english french holland sweet gold silver best good hope "
    "joy will rose mark bill pat sunny dean lord marsh may moss nice noble roman royal sharp "
    "temple bond dove guy faith iris holly hunter river victoria sydney florence austin "
    "charlotte jackson lincoln paris london chelsea regina eugene adelaide madison dallas "
    "brooklyn georgia jordan chad israel india china asia africa camden devon kent york "
    "wade lamb mason ford dell tesla bosch jasper ruby julia pascal ada darwin apollo athena "
    "hermes casper hugo alexa siri heinz ferrari porsche braun jenkins kafka cassandra gatsby "
    "sage olive hazel pearl penny basil ginger reed jay carol grant frank miles drew chase "
    "cliff sandy robin heather crystal ivy jade dawn autumn sky amber daisy grace summer".split()
)


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    order: str  # "gf" or "fg"
    culture: str


@cache
def faker_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Given and family names of Faker's Latin-script locales (the class lists only)."""
    given: set[str] = set()
    family: set[str] = set()
    for loc in _FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except (ImportError, AttributeError):
            continue
        for attr, out in (
            ("first_names", given),
            ("first_names_female", given),
            ("first_names_male", given),
            ("last_names", family),
        ):
            values = getattr(provider, attr, None)
            if not isinstance(values, (list, tuple, dict)):
                continue
            for name in values:
                if (
                    isinstance(name, str)
                    and 2 < len(name) < 20
                    and _LATIN_NAME.match(name)
                    and name.lower() not in _FAKER_STOP
                    and name not in ("John", "Jane", "Doe")
                ):
                    out.add(name)
    return tuple(sorted(given)), tuple(sorted(family))


POOL_GIVEN = tuple(g for _, gs, _ in CULTURES.values() for g in gs.split("|"))
POOL_FAMILY = tuple(f for _, _, fs in CULTURES.values() for f in fs.split("|"))


def person(rng: random.Random) -> Person:
    """A person: half from the hand-written pools, half from Faker's name lists."""
    if rng.random() < 0.5:
        culture = rng.choice(sorted(CULTURES))
        order, gs, fs = CULTURES[culture]
        return Person(rng.choice(gs.split("|")), rng.choice(fs.split("|")), order, culture)
    given, family = faker_names()
    return Person(rng.choice(given), rng.choice(family), "gf", "faker")


def place(kind: str, rng: random.Random) -> str:
    return rng.choice(
        {"city": CITIES, "region": REGIONS, "country": COUNTRIES, "addr": ADDRESSES}[kind]
    )
