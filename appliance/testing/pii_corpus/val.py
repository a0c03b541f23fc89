"""The validation part of the labelled PII set: 600 prompts, 240 of them clean.

Written apart from the dev and held-out parts (its own sentences, names, domains and
formats), so that errors can be read on it while tuning without looking at the held-out part.
It leans on what is hard for names: people of 27 naming traditions (rare names, particles,
hyphens, apostrophes, diacritics, surname-first order, lower case) next to capitalised words
that are not people, and clean prompts full of such words (products, brands, companies,
software, codenames, ships, hotels, restaurants, titles, teams, drugs, headings, CamelCase
identifiers, common words that are also first names: "Rose Gold", "Grace Period").

How it is made: per shape (chat, email, form, json, code, table, log, ticket) and kind
(personal or clean) a deck of templates with «slots», dealt in a shuffled order; a template is
a string or a function that builds one. A slot is a planted value (a gold span) or a decoy (a
literal). Values come from one `random.Random(SEED)`: phone numbers of 22 regions are drawn
digit by digit and kept when `phonenumbers` says they are valid for their region, then
printed in that region's formats and hand-made variants that parse back to the same number;
cards pass Luhn, IBANs carry valid ISO 7064 check digits (and the national check digits of
FR, ES and BE), SSNs avoid the invalid areas, groups and serials. `phone_regions()` gives
the region each phone number was drawn for, to check it with. The gold spans say what a
careful labeller marks; no analyzer was run to shape them.
"""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import phonenumbers
from phonenumbers import PhoneNumberFormat as Fmt
from phonenumbers import PhoneNumberType as Kind

from appliance.testing.pii_corpus import Piece, Prompt, compose

SEED = 0x5EED_0A11
SIZE = 600
CLEAN = 240
SHAPES = {
    "chat": 22,
    "email": 14,
    "form": 12,
    "json": 12,
    "code": 10,
    "table": 10,
    "log": 10,
    "ticket": 10,
}

# ---------------------------------------------------------------------------------------
# People: (given names, family names, family name written first)

_CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "english": (
        ("Harriet", "Barnaby", "Imogen", "Thaddeus", "Winifred", "Rupert", "Gwendolyn",
         "Alistair", "Maisie", "Jocelyn", "Phoebe", "Tobias", "Cressida", "Ambrose"),
        ("Whitcombe", "Pennington", "Hargreaves", "Blakemore", "Fairclough", "Merriweather",
         "Postlethwaite", "Crowther", "Ellery", "Ashworth", "Lockridge", "Tattersall"),
        False,
    ),
    "irish": (
        ("Siobhán", "Niamh", "Cillian", "Oisín", "Aoife", "Ruairí", "Eilidh", "Tadhg",
         "Caoimhe", "Fionnuala", "Pádraig"),
        ("O'Sullivan", "MacAulay", "O'Dowd", "McGonigle", "Breathnach", "Kavanagh",
         "Ó Ceallaigh", "Fitzgerald", "O'Rourke", "O'Callaghan", "Mac Giolla Phádraig"),
        False,
    ),
    "spanish": (
        ("Ximena", "Itzel", "Joaquín", "Rocío", "Iñaki", "Guadalupe", "Eusebio", "Nayeli",
         "Maite", "Ander", "Leocadia", "Baltasar"),
        ("Etxeberria", "Quintanilla", "Villaseñor", "Arriaga", "Cifuentes", "Zubizarreta",
         "Olmedo", "Barrientos", "Echeverría", "de la Cruz", "Ochoa", "Fernández Ortega"),
        False,
    ),
    "portuguese": (
        ("Thiago", "Luana", "Gonçalo", "Iracema", "Caetano", "Jussara", "Raimundo", "Leandra"),
        ("Magalhães", "Figueiredo", "Carvalho", "Nascimento", "Brandão", "Siqueira",
         "dos Anjos"),
        False,
    ),
    "indian": (
        ("Aarav", "Ishita", "Venkatesh", "Lakshmi", "Harpreet", "Anirudh", "Meenakshi",
         "Sreejith", "Tanvi", "Devika", "Prabhakar", "Nandini", "Gurleen", "Raghav"),
        ("Raghunathan", "Deshpande", "Chakraborty", "Iyer", "Bhattacharya", "Venkataraman",
         "Kulkarni", "Sandhu", "Nair", "Menon", "Subramaniam", "D'Souza", "Agarwal"),
        False,
    ),
    "chinese": (
        ("Haoran", "Yutong", "Zihan", "Jiayi", "Mingzhe", "Ruoxi", "Junjie", "Shufen",
         "Xiuying", "Wei"),
        ("Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Guo", "Lin", "Xiao", "Deng"),
        True,
    ),
    "arabic": (
        ("Yousef", "Layla", "Khalid", "Nour", "Tariq", "Rania", "Abdulrahman", "Hessa",
         "Faisal", "Mariam", "Ziad", "Lubna"),
        ("Al-Mansouri", "Haddad", "El-Sayed", "Khoury", "Al-Farsi", "Barakat", "Nasrallah",
         "Qasim", "bin Saleh"),
        False,
    ),
    "african_american": (
        ("D'Andre", "Jaleesa", "Tyrese", "La'Tasha", "DeShawn", "Imani", "Keondre"),
        ("Pettiford", "Whitfield", "Coleman", "Freeman", "Brathwaite"),
        False,
    ),
    "persian": (
        ("Shirin", "Kourosh", "Parisa", "Mehrdad", "Golnaz", "Bahram"),
        ("Rostami", "Karimi", "Farahani", "Mirzaei", "Ghorbani"),
        False,
    ),
    "turkish": (
        ("Emre", "Zeynep", "Barış", "Elif", "Çağlar", "Gökhan", "Nilüfer"),
        ("Yıldırım", "Öztürk", "Kaya", "Demir", "Şahin", "Korkmaz"),
        False,
    ),
    "german": (
        ("Annegret", "Wolfgang", "Hiltrud", "Jannik", "Leonie", "Mathilde", "Ulrich",
         "Sieglinde", "Korbinian", "Franziska"),
        ("Oberhuber", "Schwarzkopf", "Kühnel", "Breitenbach", "Dressler", "Weißenborn",
         "Pfeiffer", "Zimmermann", "Grünewald"),
        False,
    ),
    "dutch": (
        ("Joris", "Sanne", "Maarten", "Femke", "Wouter", "Anouk", "Bram", "Lieke"),
        ("van der Meulen", "de Vries", "Bakker", "Verhoeven", "Timmermans", "van Dijk",
         "Kuipers"),
        False,
    ),
    "nigerian": (
        ("Chinonso", "Adaeze", "Oluwaseun", "Folake", "Emeka", "Ngozi", "Babatunde",
         "Temitope", "Abubakar", "Zainab", "Chukwuemeka", "Yetunde", "Ifeoma", "Obinna"),
        ("Okonkwo", "Adeyemi", "Nwachukwu", "Balogun", "Eze", "Ogunleye", "Okafor",
         "Abiodun", "Danjuma", "Onyekachi"),
        False,
    ),
    "african": (
        ("Kwame", "Akosua", "Wanjiru", "Tesfaye", "Selamawit", "Thandiwe", "Sipho", "Mbali"),
        ("Mensah", "Owusu", "Kamau", "Wambui", "Dlamini", "Nkosi", "Abebe", "N'Diaye",
         "N'Guessan"),
        False,
    ),
    "japanese": (
        ("Haruto", "Yui", "Sota", "Akane", "Hinata", "Kenji", "Misaki", "Takumi"),
        ("Takahashi", "Watanabe", "Kobayashi", "Inoue", "Fujiwara", "Nakamura", "Sasaki",
         "Morimoto"),
        False,
    ),
    "korean": (
        ("Ji-woo", "Min-jun", "Seo-yeon", "Do-hyun", "Ha-eun"),
        ("Kim", "Choi", "Jung", "Kang", "Yoon"),
        True,
    ),
    "vietnamese": (
        ("Thị Lan", "Văn Minh", "Minh Anh", "Quốc Bảo", "Thanh Hương"),
        ("Nguyễn", "Trần", "Lê", "Phạm"),
        True,
    ),
    "slavic": (
        ("Łukasz", "Agnieszka", "Przemysław", "Małgorzata", "Dmitri", "Yevgenia", "Oksana",
         "Bohdan", "Radoslav", "Milena", "Zdeněk", "Ludmila", "Vesna", "Dragan"),
        ("Wiśniewski", "Kowalczyk", "Grzybowski", "Sokolova", "Vasylenko", "Novák",
         "Dvořáková", "Petrović", "Kovačević", "Szczepańska", "Romanenko"),
        False,
    ),
    "french": (
        ("Amandine", "Thibault", "Gaëlle", "Anatole", "Solène", "Baptiste", "Ségolène",
         "Éloïse", "Gautier", "Maëlys"),
        ("Lefebvre", "Dubois", "Fontaine", "Marchand", "Delacroix", "Garnier", "Lemaire",
         "d'Aubigné"),
        False,
    ),
    "italian": (
        ("Ludovica", "Gianluca", "Ottavio", "Ilaria", "Matteo", "Pierpaolo", "Benedetta"),
        ("Esposito", "Bianchi", "Ricci", "Marchetti", "Lombardi", "Fabbri", "D'Amico",
         "Caruso", "Dell'Orto", "D'Angelo"),
        False,
    ),
    "greek": (
        ("Konstantinos", "Eleni", "Dimitrios", "Theodora", "Stavros", "Chrysanthi"),
        ("Papadopoulos", "Katsaros", "Georgiou", "Antoniadis"),
        False,
    ),
    "nordic": (
        ("Bjørn", "Solveig", "Eero", "Aino", "Magnus", "Sigrid", "Oskar", "Ingrid"),
        ("Lindqvist", "Halvorsen", "Virtanen", "Mäkinen", "Bergström", "Sørensen"),
        False,
    ),
    "filipino": (
        ("Maricel", "Rodel", "Jhoanna", "Dindo", "Marites"),
        ("Dela Cruz", "Macaraeg", "Bautista", "Villanueva", "Manalo"),
        False,
    ),
    "indonesian": (
        ("Budi", "Wahyuni", "Agus", "Dewi", "Putu", "Ketut"),
        ("Santoso", "Wijaya", "Hidayat", "Setiawan"),
        False,
    ),
    "hebrew": (
        ("Noa", "Eitan", "Yael", "Ariel", "Tamar", "Yonatan"),
        ("Ben-David", "Friedman", "Mizrahi", "Shapiro", "Peretz"),
        False,
    ),
    "maori": (
        ("Aroha", "Tāne", "Mereana", "Wiremu", "Keanu"),
        ("Ngata", "Parata", "Kahananui", "Te Rangi"),
        False,
    ),
    "hungarian": (
        ("Zsófia", "Bence", "Réka", "Levente"),
        ("Szabó", "Nagy", "Kovács", "Tóth", "Horváth"),
        True,
    ),
}

# ---------------------------------------------------------------------------------------
# Places (LOCATION when planted; never in clean prompts)

_CITIES = (
    "Lagos", "Pune", "Rotterdam", "Guadalajara", "Wrocław", "Kraków", "Kyoto", "Daegu",
    "Mombasa", "Tampere", "Bilbao", "Leeds", "Winnipeg", "Brisbane", "Chennai", "Lyon",
    "Graz", "Cork", "Thessaloniki", "Izmir", "Dubai", "Tunis", "Accra", "Nairobi",
    "Kumasi", "Ho Chi Minh City", "Cebu", "Surabaya", "Gdańsk", "Lviv", "Brno",
    "Ljubljana", "Aarhus", "Gothenburg", "Bergen", "Eindhoven", "Ghent", "Zaragoza",
    "Valparaíso", "Medellín", "Oaxaca", "Campinas", "Montevideo", "Hobart", "Christchurch",
    "Osaka", "Sapporo", "Busan", "Kaohsiung", "Hyderabad", "Kochi", "Jaipur", "Dhaka",
    "Kathmandu", "Tbilisi", "Yerevan", "Almaty", "Casablanca", "Addis Ababa", "Kigali",
    "Dakar", "Manchester", "Toulouse", "Stuttgart", "Marseille", "Calgary", "Auckland",
)
_COUNTRIES = (
    "Portugal", "Nigeria", "Vietnam", "Chile", "Norway", "Kenya", "Canada", "Germany",
    "New Zealand", "South Korea", "Morocco", "Peru", "Estonia", "Ghana", "Malaysia",
    "Uruguay", "Iceland", "Sri Lanka", "Ireland", "Poland", "Mexico", "Japan", "Brazil",
    "India", "Spain", "Italy", "the Netherlands", "Switzerland", "Australia", "Singapore",
)


def _address(r: random.Random) -> str:
    n = r.randint(2, 480)
    letter = r.choice("ABCDEFGH")
    match r.randrange(10):
        case 0:
            street = r.choice(("Larkspur Lane", "Cedar Hollow Road", "Birchwood Drive",
                               "Quarry Street", "Millbrook Avenue", "Hawthorn Court",
                               "Ridgeview Terrace", "Old Orchard Way", "Foxglove Circle"))
            town, state, zip3 = r.choice((("Boise", "ID", "837"), ("Tulsa", "OK", "741"),
                                          ("Fresno", "CA", "937"), ("Spokane", "WA", "992"),
                                          ("Raleigh", "NC", "276"), ("Omaha", "NE", "681"),
                                          ("Knoxville", "TN", "379"), ("Tucson", "AZ", "857")))
            apt = r.choice(("", f" Apt {r.randint(2, 40)}", f", Suite {r.randint(100, 900)}"))
            return f"{n} {street}{apt}, {town}, {state} {zip3}{r.randint(1, 99):02d}"
        case 1:
            street = r.choice(("Mill Road", "Station Approach", "Chapel Lane", "Orchard Close",
                               "Meadow View", "Brook Street", "Tannery Row"))
            town, out = r.choice((("Leeds", "LS6"), ("Bristol", "BS3"), ("Norwich", "NR2"),
                                  ("Cardiff", "CF24"), ("Glasgow", "G12"), ("Belfast", "BT7"),
                                  ("York", "YO10")))
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            inward = f"{r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}"
            flat = r.choice(("", f"Flat {r.randint(1, 12)}, "))
            return f"{flat}{n} {street}, {town} {out} {inward}"
        case 2:
            street = r.choice(("Lindenstraße", "Am Mühlbach", "Gartenweg", "Kastanienallee",
                               "Hafenstraße", "Birkenweg", "Uferstraße"))
            plz, town = r.choice((("10115", "Berlin"), ("50667", "Köln"), ("80331", "München"),
                                  ("04109", "Leipzig"), ("28195", "Bremen"), ("01067", "Dresden")))
            return f"{street} {r.randint(1, 160)}, {plz} {town}"
        case 3:
            street = r.choice(("rue des Tanneurs", "rue du Moulin", "avenue des Platanes",
                               "impasse des Glycines", "chemin des Vignes", "place du Marché"))
            cp, town = r.choice((("67000", "Strasbourg"), ("69003", "Lyon"), ("33000", "Bordeaux"),
                                 ("44000", "Nantes"), ("31000", "Toulouse"), ("59000", "Lille")))
            return f"{r.randint(1, 90)} {street}, {cp} {town}"
        case 4:
            street = r.choice(("Lindengracht", "Oudegracht", "Molenstraat", "Kerkstraat",
                               "Zeilmakerstraat"))
            pc, town = r.choice((("1015 KC", "Amsterdam"), ("3511 AZ", "Utrecht"),
                                 ("2611 HB", "Delft"), ("9711 LM", "Groningen")))
            return f"{street} {r.randint(1, 300)}, {pc} {town}"
        case 5:
            area, town, pin = r.choice((("Indiranagar", "Bengaluru", "5600"),
                                        ("Kothrud", "Pune", "4110"),
                                        ("Banjara Hills", "Hyderabad", "5000"),
                                        ("Adyar", "Chennai", "6000")))
            block = r.choice(("Green Meadows", "Silver Oak", "Lotus Pond", "Palm Grove"))
            return (f"Flat {r.randint(1, 9)}0{r.randint(1, 8)}, {block} Apartments, "
                    f"{r.randint(2, 19)}th Main Road, {area}, {town} {pin}{r.randint(10, 99)}")
        case 6:
            cp, town = r.choice((("28014", "Madrid"), ("08012", "Barcelona"), ("46001", "Valencia"),
                                 ("41001", "Sevilla"), ("48001", "Bilbao")))
            street = r.choice(("Calle de los Almendros", "Avenida del Puerto", "Calle Mayor"))
            return f"{street} {r.randint(1, 120)}, {r.randint(1, 8)}º {letter}, {cp} {town}"
        case 7:
            street = r.choice(("Wattle Street", "Banksia Crescent", "Jacaranda Avenue",
                               "Bottlebrush Road"))
            suburb, state, pc = r.choice((
                ("Fremantle", "WA", "6160"), ("Newtown", "NSW", "2042"),
                ("Fitzroy", "VIC", "3065"), ("Paddington", "QLD", "4064")))
            return f"Unit {r.randint(1, 30)}, {n} {street}, {suburb} {state} {pc}"
        case 8:
            area, pc = r.choice((("Nishi-Shinjuku, Shinjuku-ku, Tokyo", "160-0023"),
                                 ("Umeda, Kita-ku, Osaka", "530-0001"),
                                 ("Sakae, Naka-ku, Nagoya", "460-0008")))
            return f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} {area} {pc}"
        case _:
            bairro, town, uf, cep = r.choice((
                ("Jardim Botânico", "Curitiba", "PR", "80210-000"),
                ("Savassi", "Belo Horizonte", "MG", "30140-000"),
                ("Moinhos de Vento", "Porto Alegre", "RS", "90570-000")))
            street = r.choice(("Rua das Acácias", "Rua dos Ipês", "Avenida Atlântica"))
            return f"{street}, {n} - {bairro}, {town} - {uf}, {cep}"


# ---------------------------------------------------------------------------------------
# Decoys: capitalised words and phrases that are neither people nor places

_PRODUCTS = (
    "Aurora Pro", "Galaxy Tab S9", "Nimbus X2", "Vantage 14", "ThinkPad X1 Carbon",
    "Kindle Paperwhite", "Surface Laptop 5", "Steam Deck OLED", "Stratus Air 2", "Helix Desk",
    "Orbit Mini", "Cobalt Fold", "Pixel Buds Pro", "Echo Dot", "Quest 3", "Switch OLED",
    "Instant Pot Duo", "Roomba Combo j9", "Lumen Bulb 800", "Tempo Runner GT",
)
_COMPANIES = (
    "Northwind Traders", "Brightline Logistics", "Quillstone Labs", "Tidewell Health",
    "Bluefin Analytics", "Copperleaf Energy", "Silverline Freight", "Greenhollow Farms",
    "Lumen Dynamics", "Vertex Mutual", "Acme Corp", "Initech", "Globex", "Stripe", "Shopify",
    "Zendesk", "Twilio", "Atlassian", "Spotify", "Dropbox", "Revolut", "Monzo", "Klarna",
    "Canva", "Figma", "Notion",
)
_SOFTWARE = (
    "PostgreSQL", "Redis", "Kubernetes", "Terraform", "Grafana", "Prometheus",
    "Elasticsearch", "RabbitMQ", "FastAPI", "SQLAlchemy", "NumPy", "PyTorch", "Webpack",
    "Vite", "Nginx", "Celery", "Airflow", "Snowflake", "Pydantic", "Helm", "Istio", "Envoy",
    "Svelte", "Tailwind", "Ansible", "ClickHouse", "Next.js", "Spark", "Docker Compose",
)
_CODENAMES = (
    "Project Falcon", "Project Bluebird", "Operation Sandglass", "Project Lantern",
    "Project Kestrel", "Project Driftwood", "Codename Marmalade", "Project Ember",
    "Project Northstar", "Project Tin Soldier", "Project Blue Heron", "Operation Quiet Tide",
)
_SHIPS = ("MV Silver Tern", "the Evening Star", "SS Quiet Harbour", "MV Ocean Lark",
          "the Northern Spirit", "MV Coral Princess", "the Sea Sparrow")
_HOTELS = ("The Lantern House Hotel", "Hotel Meridian", "The Grand Pavilion", "Seabreeze Inn",
           "The Oak & Ivy Lodge", "Driftwood Suites", "The Copper Gate Hotel")
_RESTAURANTS = ("The Copper Kettle", "Saffron Table", "Blue Fig Bistro", "The Salted Anchor",
                "Ember & Oak", "Noodle Republic", "The Hungry Heron", "Little Olive Trattoria")
_TITLES = ("The Silent Orchard", "A Season of Glass", "Salt and Iron", "The Midnight Ledger",
           "Echoes of Tomorrow", "The Last Lighthouse", "Paper Moons", "Children of the Tide",
           "The Clockwork Garden", "Beneath Copper Skies")
_TEAMS = ("the Harbour Hawks", "the Thunder Owls", "Red Comets FC", "the Valley Wolves",
          "Northside Strikers", "the Silverbacks", "Blue Lightning FC", "the Iron Pelicans")
_DRUGS = ("Amoxicillin", "Atorvastatin", "Metformin", "Lisinopril", "Ibuprofen",
          "Hydrochlorothiazide", "Sodium Bicarbonate", "Potassium Citrate", "Vitamin D3",
          "Omeprazole", "Cetirizine", "Levothyroxine", "Magnesium Glycinate")
_CONDITIONS = ("Type 2 Diabetes", "Acute Bronchitis", "Iron Deficiency Anaemia",
               "Atrial Fibrillation", "Plantar Fasciitis", "Seasonal Allergic Rhinitis")
_HEADINGS = ("Executive Summary", "Release Notes", "Known Issues", "Action Items",
             "Risk Register", "Quarterly Business Review", "Next Steps", "Lessons Learned",
             "Scope and Assumptions", "Acceptance Criteria", "Terms and Conditions",
             "Service Level Agreement", "Data Retention Policy", "Incident Postmortem")
_CAMEL = ("UserAccountService", "getInvoiceTotal", "OrderLineItem", "MaxRetryCount",
          "PatientRecordView", "handleWebhookEvent", "ShippingLabelPrinter",
          "PaymentIntentCreated", "parseCsvRow", "RateLimitExceeded", "CustomerSupportBot",
          "InventorySyncJob", "RefundPolicyEngine", "TenantBillingPlan")
_COLOURS = ("Rose Gold", "Sage Green", "Hunter Green", "Ruby Red", "Midnight Blue", "Hazel",
            "Ivory", "Amber", "Olive", "Graphite", "Coral")
_JOBS = ("Senior Accountant", "Head of Operations", "Customer Success Manager",
         "Staff Engineer", "Procurement Lead", "Clinical Nurse Specialist",
         "Regional Sales Director", "Office Manager", "Data Protection Officer")
_BANKS = ("Northgate Bank", "Tidewater Savings", "Meridian Credit Union", "Harbourline Bank",
          "Keystone Mutual")
_PUBLIC_MAIL = ("gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.fr", "icloud.com",
                "proton.me", "gmx.de", "web.de", "orange.fr", "libero.it", "rediffmail.com",
                "naver.com", "qq.com", "yandex.ru", "bigpond.com", "uol.com.br", "wp.pl",
                "seznam.cz", "fastmail.com", "zoho.com")
_WORK_MAIL = ("tidewell.io", "quillstone-labs.com", "brightline-logistics.co.uk",
              "bluefin-analytics.com", "copperleaf.energy", "lumendynamics.de",
              "northwindtraders.com", "silverlinefreight.nl", "greenhollowfarms.org")
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss",
                       "đ": "d", "Đ": "D", "ı": "i", "'": "", " ": "", "-": ""})

# ---------------------------------------------------------------------------------------
# Structured values

_PHONE_REGIONS = {
    "US": 18, "CA": 4, "GB": 13, "DE": 9, "FR": 8, "IN": 9, "AU": 6, "ES": 5, "IT": 5,
    "NL": 5, "BR": 5, "IE": 4, "MX": 4, "JP": 5, "SG": 4, "ZA": 3, "NG": 3, "CH": 3,
    "PL": 3, "SE": 2, "AE": 2, "PH": 2,
}
_AREA_CODES = {  # drawn instead of the library's example number, for variety
    "US": ("212", "415", "312", "617", "206", "303", "512", "305", "404", "702", "919", "971",
           "614", "615", "503", "646", "720", "813", "317", "801"),
    "CA": ("416", "604", "514", "403", "613", "902", "780", "204"),
}
_CARDS = (  # (prefixes, length, weight)
    (("4",), 16, 8),
    (("51", "52", "53", "54", "55", "2221", "2320", "2720"), 16, 6),
    (("34", "37"), 15, 4),
    (("6011", "644", "65"), 16, 3),
    (("36",), 14, 1),
)
_IBAN_COUNTRIES = {
    "DE": 5, "GB": 5, "FR": 4, "NL": 4, "ES": 4, "IT": 3, "BE": 3, "CH": 2, "PL": 2,
    "AT": 2, "IE": 3, "PT": 1, "SE": 1, "DK": 1, "NO": 1, "LU": 1,
}


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def _es_check(digits: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    c = 11 - sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11
    return "0" if c == 11 else "1" if c == 10 else str(c)


def _iban_digits(country: str, bban: str) -> str:
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{98 - number % 97:02d}"


@dataclass
class _Person:
    first: str
    last: str
    eastern: bool

    def full(self) -> str:
        return f"{self.last} {self.first}" if self.eastern else f"{self.first} {self.last}"


class _Draw:
    """Fills one template's slots; keeps the people drawn (for e-mail addresses and second
    mentions) and the region of every phone number planted, in order."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.people: list[_Person] = []
        self.regions: list[str] = []
        self.sender: _Person | None = None
        self.used: set[str] = set()

    def render(self, template: str, lower: bool = False) -> list[Piece]:
        pieces: list[Piece] = []
        at = 0
        for m in _SLOT.finditer(template):
            pieces.append(template[at : m.start()])
            pieces.append(getattr(self, "s_" + m.group(1))())
            at = m.end()
        pieces.append(template[at:])
        if lower:
            pieces = [
                p.lower() if isinstance(p, str)
                else (p[0], p[1].lower()) if p[0] in ("PERSON", "LOCATION") else p
                for p in pieces
            ]
        return [p for p in pieces if p != ""]

    # helpers -------------------------------------------------------------------------

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def person(self, plain: bool = False) -> _Person:
        while True:
            culture = self.r.choice(list(_CULTURES))
            firsts, lasts, eastern = _CULTURES[culture]
            p = _Person(self.r.choice(firsts), self.r.choice(lasts), eastern)
            if plain and "'" in p.full():
                continue
            if not eastern and " " not in p.last and self.r.random() < 0.07:
                other = self.r.choice(lasts)
                if other != p.last and " " not in other:
                    p.last = f"{p.last}-{other}"
            self.people.append(p)
            return p

    def last_person(self) -> _Person:
        return self.people[-1] if self.people else self.person()

    def pick(self, values: tuple[str, ...]) -> str:
        """One of `values`, not one this template has had already (while any are left)."""
        fresh = [v for v in values if v not in self.used] or list(values)
        value = self.r.choice(fresh)
        self.used.add(value)
        return value

    # people --------------------------------------------------------------------------

    def s_name(self) -> Piece:
        """A new person, in one of several ways of writing a name."""
        p = self.person()
        styles = ("full", "middle initial", "initial", "upper", "given first")
        style = self.r.choices(styles, (70, 12, 7, 5, 6))[0]
        if style == "middle initial" and not p.eastern:
            text = f"{p.first} {self.r.choice('ABCDEFGHJKLMNPRSTW')}. {p.last}"
        elif style == "initial" and not p.eastern:
            text = f"{p.first[0]}. {p.last}"
        elif style == "upper":
            text = f"{p.last.upper()} {p.first}" if p.eastern else f"{p.first} {p.last.upper()}"
        elif style == "given first":  # as some write it where the family name comes first
            text = f"{p.first} {p.last}"
        else:
            text = p.full()
        return ("PERSON", text.lower() if self.r.random() < 0.08 else text)

    def s_fullname(self) -> Piece:
        return ("PERSON", self.person().full())

    def s_plainname(self) -> Piece:
        """A full name without an apostrophe (for SQL literals)."""
        return ("PERSON", self.person(plain=True).full())

    def s_first(self) -> Piece:
        first = self.person().first
        return ("PERSON", first.lower() if self.r.random() < 0.1 else first)

    def s_lname(self) -> Piece:
        return ("PERSON", self.person().full().lower())

    def s_lfirst(self) -> Piece:
        return ("PERSON", self.person().first.lower())

    def s_surname(self) -> Piece:
        return ("PERSON", self.person().last)

    def s_name_lf(self) -> Piece:
        p = self.person()
        return ("PERSON", f"{p.last}, {p.first}")

    def s_again(self) -> Piece:
        """The first name of the person drawn last."""
        return ("PERSON", self.last_person().first)

    def s_last(self) -> Piece:
        """The family name of the person drawn last."""
        return ("PERSON", self.last_person().last)

    def from_person(self) -> _Person:
        """The sender of an e-mail: drawn once, then the same in its header and signature."""
        if self.sender is None:
            self.sender = self.person()
        return self.sender

    def s_from_full(self) -> Piece:
        return ("PERSON", self.from_person().full())

    def s_from_first(self) -> Piece:
        return ("PERSON", self.from_person().first)

    def s_from_email(self) -> Piece:
        return ("EMAIL_ADDRESS", self.email_of(self.from_person()))

    # places --------------------------------------------------------------------------

    def s_city(self) -> Piece:
        return ("LOCATION", self.pick(_CITIES))

    def s_country(self) -> Piece:
        country = self.pick(_COUNTRIES)
        return ("LOCATION", country.removeprefix("the "))

    def s_address(self) -> Piece:
        return ("LOCATION", _address(self.r))

    # structured ----------------------------------------------------------------------

    def email_of(self, p: _Person | None) -> str:
        r = self.r
        if p is None:
            local = r.choice(("billing", "hr", "accounts", "office", "info", "support"))
            return f"{local}@{r.choice(_WORK_MAIL)}"
        f = unicodedata.normalize("NFKD", p.first.translate(_FOLD).lower())
        f = f.encode("ascii", "ignore").decode()
        last = unicodedata.normalize("NFKD", p.last.translate(_FOLD).lower())
        last = last.encode("ascii", "ignore").decode()
        local = r.choice((
            f"{f}.{last}", f"{f[0]}{last}", f"{f}{last}{r.randint(1, 99)}", f"{f}_{last}",
            f"{last}.{f}", f"{f}{r.randint(70, 99)}", f"{f}.{last}+{r.choice(('shop', 'bills'))}",
            f"{f[0]}.{last}",
        ))
        domain = r.choice(_WORK_MAIL if r.random() < 0.3 else _PUBLIC_MAIL)
        address = f"{local}@{domain}"
        if r.random() < 0.06:
            address = address.title()
        return address

    def s_to_email(self) -> Piece:
        """The address of someone not named in the text."""
        return ("EMAIL_ADDRESS", self.email_of(self.person()))

    def s_email(self) -> Piece:
        p = self.people[-1] if self.people and self.r.random() < 0.75 else None
        if p is None and self.r.random() < 0.6:
            p = _Person(self.pick(_CULTURES["english"][0] + _CULTURES["slavic"][0]),
                        self.pick(_CULTURES["nigerian"][1] + _CULTURES["german"][1]), False)
        return ("EMAIL_ADDRESS", self.email_of(p))

    def phone_number(self, region: str) -> phonenumbers.PhoneNumber:
        cc = phonenumbers.country_code_for_region(region)
        seeds = [phonenumbers.national_significant_number(ex) for kind in (Kind.MOBILE,
                 Kind.FIXED_LINE) if (ex := phonenumbers.example_number_for_type(region, kind))]
        for _ in range(1000):
            base = self.r.choice(seeds)
            head = base[: self.r.randint(1, 2)]
            if region in _AREA_CODES:
                head = self.r.choice(_AREA_CODES[region])
            number = phonenumbers.parse(f"+{cc}{head}{self.digits(len(base) - len(head))}")
            if phonenumbers.is_valid_number_for_region(number, region):
                return number
        raise RuntimeError(f"no valid phone number drawn for {region}")

    def phone_texts(self, number: phonenumbers.PhoneNumber, region: str) -> list[str]:
        """The ways of writing `number` that parse back to it with `region`, the
        library's own formats first (three times as likely)."""
        intl = phonenumbers.format_number(number, Fmt.INTERNATIONAL)
        nat = phonenumbers.format_number(number, Fmt.NATIONAL)
        e164 = phonenumbers.format_number(number, Fmt.E164)
        cc = str(number.country_code)
        rest = intl.removeprefix(f"+{cc} ")
        bare = re.sub(r"\D", "", nat)
        texts = [intl] * 3 + [nat] * 3 + [e164] * 2 + [
            intl.replace(" ", "-"), bare,
            f"00{cc} {rest}", f"(+{cc}) {rest}", f"+{cc}-{rest.replace(' ', '-')}",
        ]
        if "(" not in nat:
            texts.append(nat.replace(" ", "-"))
        if region in ("FR", "BE", "BR"):
            texts.append(nat.replace(" ", "."))
        if region in ("GB", "DE", "NL", "CH") and bare.startswith("0"):
            texts.append(f"+{cc} (0){rest}")
        if region in ("US", "CA"):
            area, mid, end = bare[:3], bare[3:6], bare[6:]
            texts += [f"{area}-{mid}-{end}", f"{area}.{mid}.{end}", f"1-{area}-{mid}-{end}",
                      f"+1 ({area}) {mid}-{end}", f"1 ({area}) {mid} {end}"]
        good = []
        for text in texts:
            try:
                back = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                continue
            if back.national_number == number.national_number and phonenumbers.is_valid_number(
                back
            ):
                good.append(text)
        return good

    def s_phone(self) -> Piece:
        region = self.r.choices(list(_PHONE_REGIONS), list(_PHONE_REGIONS.values()))[0]
        number = self.phone_number(region)
        self.regions.append(region)
        return ("PHONE_NUMBER", self.r.choice(self.phone_texts(number, region)))

    def s_phone_e164(self) -> Piece:
        region = self.r.choices(list(_PHONE_REGIONS), list(_PHONE_REGIONS.values()))[0]
        self.regions.append(region)
        return ("PHONE_NUMBER", phonenumbers.format_number(self.phone_number(region), Fmt.E164))

    def s_card(self) -> Piece:
        prefixes, length, _ = self.r.choices(_CARDS, [c[2] for c in _CARDS])[0]
        body = self.r.choice(prefixes)
        body += self.digits(length - 1 - len(body))
        number = body + _luhn_digit(body)
        sep = self.r.choice((" ", " ", "-", ""))
        cuts = {15: (4, 10), 14: (4, 10)}.get(length, (4, 8, 12))
        parts = [number[a:b] for a, b in zip((0, *cuts), (*cuts, length), strict=True)]
        return ("CREDIT_CARD", sep.join(parts))

    def bban(self, country: str) -> str:
        d, r = self.digits, self.r
        match country:
            case "GB":
                return r.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG")) + d(14)
            case "IE":
                return r.choice(("AIBK", "BOFI", "IPBS", "ULSB")) + d(14)
            case "NL":
                return r.choice(("ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB")) + d(10)
            case "FR":
                bank, branch, account = d(5), d(5), d(11)
                key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
                return f"{bank}{branch}{account}{key:02d}"
            case "ES":
                bank, branch, account = d(4), d(4), d(10)
                checks = _es_check("00" + bank + branch) + _es_check(account)
                return bank + branch + checks + account
            case "IT":
                return r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + d(22)
            case "BE":
                base = d(10)
                return f"{base}{int(base) % 97 or 97:02d}"
        return d({"DE": 18, "CH": 17, "PL": 24, "AT": 16, "PT": 21, "SE": 20, "DK": 14,
                  "NO": 11, "LU": 16}[country])

    def s_iban(self) -> Piece:
        country = self.r.choices(list(_IBAN_COUNTRIES), list(_IBAN_COUNTRIES.values()))[0]
        bban = self.bban(country)
        iban = country + _iban_digits(country, bban) + bban
        if self.r.random() < 0.6:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return ("IBAN_CODE", iban)

    def s_ip(self) -> Piece:
        r = self.r
        if r.random() < 0.2:
            prefix = r.choice((0x20010DB8, 0x2A001450, 0x26001F18, 0x2A020908, 0xFE800000))
            groups = [r.getrandbits(16) if r.random() < 0.6 else 0 for _ in range(6)]
            value = (prefix << 96) | int.from_bytes(b"".join(g.to_bytes(2) for g in groups))
            address = ipaddress.IPv6Address(value)
            return ("IP_ADDRESS", address.exploded if r.random() < 0.15 else address.compressed)
        first = r.choice((10, 172, 192, 203, 198, 81, 91, 45, 62, 185, 37, 24, 73, 104, 151))
        second = {172: r.randint(16, 31), 192: 168, 203: 0, 198: 51}.get(first, r.randint(0, 255))
        third = {203: 113, 198: 100}.get(first, r.randint(0, 255))
        return ("IP_ADDRESS", f"{first}.{second}.{third}.{r.randint(1, 254)}")

    def ssn_parts(self) -> tuple[str, str, str]:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"

    def s_ssn(self) -> Piece:
        sep = self.r.choices(("-", " "), (5, 1))[0]
        return ("US_SSN", sep.join(self.ssn_parts()))

    def s_ssn_bare(self) -> Piece:
        """Nine digits: only right after "SSN" or "social security number"."""
        return ("US_SSN", "".join(self.ssn_parts()))

    def s_acct(self) -> Piece:
        r = self.r
        n = r.randint(6, 17)
        value = self.digits(n)
        if n >= 10 and r.random() < 0.3:
            cut = r.randint(3, 5)
            value = f"{value[:cut]}{r.choice('- ')}{value[cut:]}"
        return ("ACCOUNT_NUMBER", value)

    def s_acct_plain(self) -> Piece:
        return ("ACCOUNT_NUMBER", self.digits(self.r.randint(8, 12)))

    # decoys --------------------------------------------------------------------------

    def s_order(self) -> str:
        return self.r.choice((f"#{self.digits(self.r.randint(8, 12))}",
                              f"ORD-{self.r.randint(2021, 2026)}-{self.digits(6)}",
                              f"PO 45{self.digits(8)}", f"{self.digits(3)}-{self.digits(7)}",
                              self.digits(self.r.randint(9, 11))))

    def s_invoice(self) -> str:
        r = self.r
        return r.choice((f"INV-{self.digits(8)}", f"{r.randint(2023, 2026)}/{self.digits(5)}",
                         f"F{r.randint(23, 26)}-{self.digits(6)}"))

    def s_ticket(self) -> str:
        return self.r.choice((f"#{self.digits(6)}", f"TCK-{self.digits(5)}", f"SR{self.digits(9)}",
                              f"INC{self.digits(7)}", f"CASE-{self.digits(8)}"))

    def s_tracking(self) -> str:
        r, d = self.r, self.digits
        return r.choice((
            f"1Z{''.join(r.choice('0123456789ABCDEFGHJKLMNPRVWXY') for _ in range(6))}{d(10)}",
            f"9400 {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}", f"JD0146{d(12)}", d(12),
        ))

    def s_date(self) -> str:
        r = self.r
        y, m, day = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
        months = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
        return r.choice((f"{y}-{m:02d}-{day:02d}", f"{day:02d}/{m:02d}/{y}", f"{m}/{day}/{y}",
                         f"{months[m - 1]} {day}, {y}", f"{day} {months[m - 1][:3]} {y}",
                         f"{day:02d}.{m:02d}.{y}", f"{day} {months[m - 1]}"))

    def s_time(self) -> str:
        r = self.r
        h, m = r.randint(0, 23), r.randrange(0, 60, 5)
        return r.choice((f"{h:02d}:{m:02d}", f"{h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'}",
                         f"{h:02d}:{m:02d}:{r.randint(0, 59):02d} UTC"))

    def s_weekday(self) -> str:
        return self.pick(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                          "Sunday"))

    def s_month(self) -> str:
        return self.pick(("January", "March", "April", "May", "June", "August", "October",
                          "December"))

    def s_year(self) -> str:
        return str(self.r.randint(2009, 2024))

    def s_version(self) -> str:
        r = self.r
        return r.choice((f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                         f"v{r.randint(1, 5)}.{r.randint(0, 14)}.{r.randint(0, 9)}",
                         f"{r.randint(1, 3)}.0.0-rc.{r.randint(1, 4)}"))

    def s_build4(self) -> str:
        r = self.r
        return f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(1, 250)}"

    def s_price(self) -> str:
        r = self.r
        whole, cents = r.randint(3, 4999), r.choice((0, 49, 90, 95, 99))
        european = f"{whole:,}".replace(",", ".") + f",{cents:02d} €"
        return r.choice((f"${whole:,}.{cents:02d}", f"€{whole}.{cents:02d}", f"£{whole:,}",
                         f"¥{whole * 100:,}", f"CHF {whole}.–", f"₹{whole * 10:,}", european,
                         f"USD {whole}"))

    def s_price_plain(self) -> str:
        return f"{self.r.randint(3, 999)}.{self.r.choice((0, 49, 99)):02d}"

    def s_sku(self) -> str:
        r = self.r
        family, size = r.choice(("AB", "QX", "LM", "TR")), r.choice(("XS", "M", "XL", "BK"))
        return r.choice((f"{family}-{self.digits(4)}-{size}", f"SKU{self.digits(7)}",
                         f"{self.digits(1)}H-{self.digits(5)}-B"))

    def s_isbn(self) -> str:
        body = "978" + self.digits(9)
        check = -sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10
        return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{check}"

    def s_uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def s_sha(self) -> str:
        return f"{self.r.getrandbits(160):040x}"[: self.r.choice((7, 12, 40))]

    def s_port(self) -> str:
        return self.pick(("8080", "5432", "6379", "9200", "443", "8443", "3000", "27017"))

    def s_http(self) -> str:
        return self.pick(("401", "403", "404", "409", "422", "429", "500", "502", "503"))

    def s_ts(self) -> str:
        return str(self.r.randint(1_600_000_000, 1_790_000_000))

    def s_bignum(self) -> str:
        return str(self.r.randint(10**8, 10**12))

    def s_smallnum(self) -> str:
        return str(self.r.randint(3, 480))

    def s_percent(self) -> str:
        return f"{self.r.randint(1, 19)}.{self.r.randint(0, 9)}%"

    def s_awsid(self) -> str:
        return self.digits(12)

    def s_routing(self) -> str:
        return self.digits(9)

    def s_sortcode(self) -> str:
        return f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)}"

    def s_product(self) -> str:
        return self.pick(_PRODUCTS)

    def s_company(self) -> str:
        return self.pick(_COMPANIES)

    def s_software(self) -> str:
        return self.pick(_SOFTWARE)

    def s_codename(self) -> str:
        return self.pick(_CODENAMES)

    def s_ship(self) -> str:
        return self.pick(_SHIPS)

    def s_hotel(self) -> str:
        return self.pick(_HOTELS)

    def s_restaurant(self) -> str:
        return self.pick(_RESTAURANTS)

    def s_title(self) -> str:
        return self.pick(_TITLES)

    def s_team(self) -> str:
        return self.pick(_TEAMS)

    def s_drug(self) -> str:
        return self.pick(_DRUGS)

    def s_condition(self) -> str:
        return self.pick(_CONDITIONS)

    def s_heading(self) -> str:
        return self.pick(_HEADINGS)

    def s_camel(self) -> str:
        return self.pick(_CAMEL)

    def s_colour(self) -> str:
        return self.pick(_COLOURS)

    def s_job(self) -> str:
        return self.pick(_JOBS)

    def s_bank(self) -> str:
        return self.pick(_BANKS)

    def s_host(self) -> str:
        role = self.r.choice(("api", "worker", "billing", "ingest", "web"))
        return f"{role}-{self.r.getrandbits(20):05x}"

    def s_ms(self) -> str:
        return str(self.r.randint(3, 9000))


_SLOT = re.compile(r"«(\w+)»")

# ---------------------------------------------------------------------------------------
# Templates. A template is a string with «slots», or a function of a _Draw that returns one.

Template = str | Callable[[_Draw], str]

_CHAT_PII: tuple[str, ...] = (
    "Can you write a short, friendly text to «name» reminding them about the «heading» call on «weekday»? Their number is «phone».",
    "my landlord «first» keeps ringing me from «phone» after midnight. how do i ask them to stop without starting a fight?",
    'Translate into Spanish: "Please contact «name» at «email» or «phone» before «weekday»."',
    "«phone» has called me six times today and never leaves a voicemail. Any way to find out who it is?",
    "Make this sound less harsh: «first», invoice «invoice» for «price» is now 30 days overdue. Call «phone» to arrange payment.",
    "What's the time difference between «city» and «city»? I have to call «name» on «phone» at 9am their time.",
    "Write a cover letter for «name», who lives in «city» and is applying for the junior analyst role at «company».",
    "I'm moving from «city» to «country» in «month» with my partner «first». What paperwork should we start with?",
    "hey its «lfirst» again, can u remind me what «lfirst» said about the «software» upgrade",
    "Is «iban» a valid IBAN? My colleague «first» says the bank rejected it twice.",
    "My card «card» was charged twice («price») at «restaurant» last «weekday». How do I dispute one of the charges?",
    "Why would «ip» hit our /login endpoint «bignum» times overnight? Should I just block it?",
    "Please remember this for later: my name is «lname», my mobile is «phone» and I live in «city».",
    "Who should I cc on the «codename» update: «name», «name» or «name»? «first» from Legal asked to be left off.",
    "Dr. «surname» asked me to fax the «drug» prescription to «phone». Who still uses fax machines?",
    "I gave my social security number («ssn») to a caller who said they were from «company». Was that a scam, and what do I do now?",
    "Format these the same way please: «phone», «phone», «phone»",
    "Summarise in one line: «name» met «name» in «city» on «date» to sign the «product» distribution deal.",
    "Draft a payment note: «price» to «name», IBAN «iban», reference «invoice».",
    "Is it rude to text «first» at «phone» on a «weekday» evening about the «heading»?",
    "I'm «name» and I run a small bakery in «city». Can you write a short Instagram bio for me?",
    "We're throwing a party at «hotel» on «date». «first» wants a magician, «first» wants a DJ. Help us settle it?",
    "what's a polite way to tell «lfirst» that the «product» won't arrive before «date»",
    "Write a reference letter for «name», who worked for me at «company» from «year» to «year» as a «job».",
    "Check the format of this SSN for «name»'s W-4: «ssn»",
    "The payroll form asks for my account number («acct») and routing number «routing». Is it safe to email those to «email»?",
    "Ship it to «address», attention «name», phone «phone».",
    "Help me reply to «name», who asked whether the cruise on «ship» from «city» is still on for «month».",
    "Is «email» a genuine address or phishing? The message says it's from «company» billing.",
    "Thanks to «first» and the Platform Team, «product» «version» shipped on «weekday». Write a shout-out for the All Hands slide.",
    "«name», Head of Growth at «company», opens the Summer Sale kickoff. Draft a 30-second intro for them.",
    "Rename the «camel» owner field from «lname» to the Data Protection Officer alias, and write the commit message.",
    "«name» just got promoted to «job» at «company»! Write a two-line congratulations note for Slack.",
    "Our VPN gateway moved from «ip» to «ip». Rewrite this firewall note for the change log.",
    "«first» can't reach the «software» dashboard from home («ip»); the office IP «ip» works. What should I check?",
    "Tell «first» I'll be late; «phone» is the only number I have.",
    "«name» — «phone» — wants a callback about the «product» before «time».",
    "Make a vCard for «name», «phone», «email».",
    "Which country is «phone» from, and is it a mobile?",
    "Merge these duplicates: «name» «phone» / «name» «phone»",
    "Someone logged into my account from «ip» at «time» while I was in «city». Should I be worried?",
    "Can you explain what Dr. «surname» meant by «condition»? The clinic said to call «phone» with questions.",
    "I need to send «price» to my cousin «first» in «country». The IBAN is «iban» — which transfer service is cheapest?",
    "Our neighbour «first» in «city» can't hear well on the phone («phone»). Ideas for staying in touch?",
    "Write a LinkedIn recommendation for «name» (Platform Team, «company»). Keep it under 80 words.",
    "Please reach «name» at «phone_e164» or «email», whichever is faster.",
    "My name's «first» «last», I moved to «country» last year and my old number («phone») no longer works. How do I move my WhatsApp account?",
    "«city» or «city» for a week in «month»? Travelling with «first» and two kids.",
    "Pay my credit card «card» before «date» or switch to direct debit from checking account «acct»?",
    "My employer printed my SSN as «ssn» on the W-2, but my card says «ssn». How do I get it corrected?",
    "Which of these IBANs is mistyped? «iban» / «iban» / «iban»",
    "IBAN «iban» belongs to «name» — write a two-line note asking «again» to confirm it before we pay.",
    "My checking account «acct» at «bank» shows a pending «price» charge from card «card». What is it?",
    "A letter asks me to confirm my SSN «ssn» and bank account number «acct» by «date». Fishy?",
    "Fill in the W-9 for me: name «fullname», SSN «ssn_bare», address «address».",
    "Which card do I cancel, «card» or «card»? One of them was skimmed at a petrol station in «city».",
    "social security number «ssn_bare» — is that the right format for box 3?",
)

_CHAT_CLEAN: tuple[str, ...] = (
    "Is «bignum» a prime number? If not, list its prime factors.",
    "Compare the «product» and the «product» for a student with a budget of «price».",
    "What does HTTP «http» mean, and when should an API return it instead of «http»?",
    "My order «order» from «company» should have arrived on «date», but tracking «tracking» hasn't moved since «weekday». What can I do?",
    "Explain the difference between «software» and «software» to someone new to backend work.",
    "Write a tagline for «codename», our rewrite of the «camel» module.",
    "Does the «product» come in «colour», or only in «colour»?",
    "Is the Grace Period on invoice «invoice» 14 or 30 days? It was issued on «date» for «price».",
    "Give me a three-day meal plan built around Jasmine Rice, Olive Oil, Basil Pesto and Ginger.",
    "Will version «version» of «software» still run on Python 3.9?",
    "Convert «ts» (Unix time) to ISO 8601 in UTC.",
    "Is «title» worth reading before the film comes out in «month»?",
    "«team» lost 3-2 on «weekday». Write an upbeat paragraph for the club newsletter.",
    "I took «drug» at «time» and «drug» two hours later. Is that combination okay?",
    "What is «bignum» divided by «smallnum», rounded to two decimals?",
    "Draft a message booking a table for four at «restaurant» at «time» on «date».",
    "We're renaming «camel» to «camel». Which references would a plain text search miss?",
    "Explain the «heading» section of a «company» contract in plain words.",
    "Mark All as Read doesn't work in «product» «version». Is that a known bug?",
    "What's the ISBN-10 for ISBN «isbn»?",
    "Summer Sale: write three subject lines for a newsletter about the «product» at «price».",
    "Is «price» per night normal for an inside cabin on «ship»?",
    "Hunter Green or Sage Green for a home office with little daylight?",
    "Compound interest on «price» at «percent» for «smallnum» months, compounded monthly?",
    "How do I undo commit «sha» in git without losing my changes?",
    "What does error 0x80070005 mean during the «product» update to build «build4»?",
    "Our AWS account ID is «awsid». Is it safe to put it in a public README?",
    "Bill Pay failed with code «http» on «date» at «time». Who should I contact at «company»?",
    "Which handles «bignum» rows better, «software» or «software»?",
    "Rank these brand names for a kombucha: Copperleaf, Tidewell, Bluefin, Marigold Fizz.",
    "Write a haiku about «software» failing at «time» on a «weekday».",
    "How many «product» units fit on a pallet if each box is 42 x 31 x 12 cm?",
    "Will «codename» ship before «month»? Give me a risk checklist for the «heading».",
    "Why is my order «order» showing «price» when the cart said «price»?",
    "Can «drug» be taken with «drug» for «condition»? General information only.",
    "Ruby Red or Amber for the «product» case? It's a gift.",
    "Explain «camel» and «camel» in a sentence each; they're classes in our «software» plugin.",
    "Recommend three books like «title» and «title».",
    "Is «isbn» a valid ISBN-13? Show the check digit calculation.",
    "What is «bignum» in scientific notation, and how many digits does its square have?",
    "Our standup moved to «weekday» «time». Write a one-line reminder for the team channel.",
    "Summarise the pros and cons of «company» versus «company» for a four-person startup.",
    "Frank feedback please: is our «heading» too long for the «codename» launch deck?",
    "Max out the «software» connection pool, or add two replicas? We peak at «bignum» queries a day.",
    "Pat dry the tofu before frying, or press it for twenty minutes?",
    "Hope this helps! Make that sign-off less stiff for a «company» customer newsletter.",
    "Write a children's rhyme about Lily pads, Daisy chains and Violet petals on a pond.",
    "Sue the contractor or settle? Section 4.2 – Limitation of Liability caps damages at «price».",
    "Jack up the «product» price by «percent», or keep it and drop Free Shipping?",
    "Appendix B: Data Flow Diagram — turn this heading list into a table of contents: Overview, Architecture, «camel», Rollout Plan.",
    "Will Vitamin B12 Deficiency show up in a routine blood test, or only with «drug» monitoring?",
)


def _email_pii(d: _Draw) -> str:
    r = d.r
    head = ""
    sender_sign = r.random() < 0.5
    if r.random() < 0.35:
        head = "From: «from_full» <«from_email»>\nTo: «to_email»\nSubject: " + r.choice((
            "«heading» – follow-up", "Re: «codename»", "Invoice «invoice»",
            "Quick question", "Fwd: «product» order «order»")) + "\n\n"
        sender_sign = True
    greeting = r.choice(("Hi «first»,", "Dear Ms «surname»,", "Dear Mr. «surname»,",
                         "Hello «first» and «first»,", "Hi all,", "Good morning «first»,",
                         "hi «lfirst»,", "Dear «fullname»,", "«first» -", "Hey team,"))
    body = r.sample(_EMAIL_PII_LINES, r.randint(1, 3))
    body += r.sample(_EMAIL_CLEAN_LINES, r.randint(0, 2))
    r.shuffle(body)
    closing = r.choice(("Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Many thanks,",
                        "Warm wishes,", "Speak soon,"))
    if sender_sign:
        sign = r.choice(("«from_first»", "«from_full»\n«job», «company»",
                         "«from_full» | «job»\nM: «phone»"))
    else:
        sign = r.choice(("«fullname»\n«job», «company»\n«phone»",
                         "«fullname»\nM: «phone» | T: «phone»\n«email»", "— «first»",
                         "«fullname» | «job» | «company»\n«address»\nDirect: «phone»",
                         "«name»\nSent from my «product»"))
    prefix = r.choice(("", "", "Proofread this email:\n\n", "Write a reply to this:\n\n",
                       "Make this shorter:\n\n", "Translate to German:\n\n",
                       "Is the tone of this OK?\n\n"))
    return f"{prefix}{head}{greeting}\n\n{' '.join(body)}\n\n{closing}\n{sign}"


_EMAIL_PII_LINES = (
    "Could you call «name» on «phone» before «time»? They're waiting on the «product» quote.",
    "My new mobile is «phone»; the old one («phone») no longer works.",
    "Please update my bank details to IBAN «iban» from «date» onwards.",
    "The refund should go to account number «acct» at «bank».",
    "I've attached the scans; my SSN is «ssn» in case the portal asks again.",
    "«name» will join us from the «city» office on «date».",
    "We land in «city» at «time» and «first» will pick us up.",
    "Our server at «ip» was flagged again; «first» thinks it's the «software» cron job.",
    "The booking under «name» at «hotel» was paid with card «card».",
    "Please send the signed copy to «address».",
    "You can reach «name» on «phone» while I'm in «country».",
    "If anything is urgent, ring «phone» (mobile) or «phone» (office).",
    "«first» from Finance asked me to forward «name»'s details: «email», «phone».",
    "I'm relocating to «city» in «month», so please use «email» from now on.",
    "For the wire: «iban», account holder «name».",
    "Please charge the deposit to my card «card», not to the company one.",
    "My social security number is «ssn» — the HR form keeps rejecting it.",
    "Salary goes to savings account «acct» from next month.",
    "The benefits portal wants the SSN of my dependant «first» («ssn») — should I send it by email?",
    "Ticket «ticket» was opened by «name» (Customer Success) — can you follow up?",
    "Please add my home IP «ip» to the allowlist; «first» has the office range.",
    "For the «codename» offsite, «first» is on «phone» and I'm on «phone».",
)
_EMAIL_CLEAN_LINES = (
    "The «heading» draft is in the shared folder as version «version».",
    "Invoice «invoice» for «price» is due on «date».",
    "We moved the «codename» review to «weekday» at «time».",
    "Shipment «tracking» left the warehouse this morning.",
    "Can we pin «software» at «version» until the «heading» is signed off?",
    "The «product» units (SKU «sku») are back in stock.",
    "Lunch is booked at «restaurant», «time».",
    "The Summer Sale banner goes live on «date».",
    "Please review the Action Items before «weekday».",
)


def _email_clean(d: _Draw) -> str:
    r = d.r
    greeting = r.choice(("Hi team,", "Hello all,", "Good morning,", "Dear Customer,", "Hi there,",
                         "Dear Valued Member,", "Team -"))
    body = r.sample(_EMAIL_CLEAN_LINES, r.randint(2, 4))
    extra = r.choice((
        "", "Your order «order» has shipped and should arrive by «date».",
        "Reminder: the Grace Period for «invoice» ends on «date».",
        "«product» firmware «version» is rolling out in waves; no action needed.",
        "Patch notes for build «build4» are attached under Release Notes.",
    ))
    closing = r.choice(("Best regards,", "Thanks,", "Cheers,", "Kind regards,"))
    sign = r.choice(("The «company» Support Team", "«company» Billing",
                     "Sent from my «product»", "— «codename» core team",
                     "«company» Customer Care\nThis mailbox is not monitored."))
    prefix = r.choice(("", "Proofread this email:\n\n", "Shorten this:\n\n", "Reply politely:\n\n"))
    subject = r.choice(
        ("", "Subject: «heading»\n\n", "Subject: Your «product» order «order»\n\n")
    )
    text = f"{' '.join(body)} {extra}".rstrip()
    return f"{prefix}{subject}{greeting}\n\n{text}\n\n{closing}\n{sign}"


_FORM_PII_FIELDS = (
    ("Full name", "«fullname»"), ("Name", "«name»"), ("Customer", "«name_lf»"),
    ("Patient", "«fullname»"), ("Applicant", "«name»"),
    ("Emergency contact", "«first» («phone»)"), ("Phone", "«phone»"), ("Mobile", "«phone»"),
    ("Tel", "«phone»"), ("Work phone", "«phone» ext. «smallnum»"), ("Email", "«email»"),
    ("E-mail", "«email»"), ("Address", "«address»"), ("Home address", "«address»"),
    ("City", "«city»"), ("Country of residence", "«country»"), ("SSN", "«ssn_bare»"),
    ("Social Security Number", "«ssn»"), ("IBAN", "«iban»"), ("Card number", "«card»"),
    ("Bank account number", "«acct»"), ("Acct #", "«acct»"), ("Last login IP", "«ip»"),
    ("Place of birth", "«city»"), ("Referred by", "«name»"), ("Refund IBAN", "«iban»"),
    ("Signup IP", "«ip»"), ("Card on file", "«card»"), ("Savings account no.", "«acct»"), ("Payout IBAN", "«iban»"),
)
_FORM_DECOY_FIELDS = (
    ("Order number", "«order»"), ("Product", "«product»"), ("Colour", "«colour»"),
    ("Quantity", "«smallnum»"), ("Price", "«price»"), ("Delivery date", "«date»"),
    ("Status", "Shipped"), ("Tracking", "«tracking»"), ("Plan", "Premium Annual"),
    ("Membership tier", "Gold"), ("Preferred contact time", "«weekday» after «time»"),
    ("Policy", "«heading»"), ("Job title", "«job»"),
    ("Company", "«company»"), ("Medication", "«drug»"), ("Diagnosis", "«condition»"),
    ("Ticket", "«ticket»"), ("Software version", "«version»"), ("Invoice", "«invoice»"),
)


def _form(d: _Draw, clean: bool) -> str:
    r = d.r
    fields = [] if clean else r.sample(_FORM_PII_FIELDS, r.randint(2, 5))
    decoys = _FORM_DECOY_FIELDS if clean else (*_FORM_DECOY_FIELDS, ("Date of birth", "«date»"))
    fields += r.sample(decoys, r.randint(3 if clean else 1, 6 if clean else 3))
    r.shuffle(fields)
    sep = r.choice((": ", ": ", " = ", " - ", ":\t"))
    lower = r.random() < 0.2  # keys typed in lower case
    lines = "\n".join(f"{k.lower() if lower else k}{sep}{v}" for k, v in fields)
    prefix = r.choice(("Turn this into JSON:\n\n", "Check this form for missing fields:\n",
                       "Fix the formatting:\n", "", "Which fields are required for a refund?\n\n",
                       "Extract the fields:\n---\n"))
    return prefix + lines


_JSON_PII: tuple[str, ...] = (
    '{"tool": "create_contact", "arguments": {"first_name": "«first»", "last_name": "«last»", "mobile": "«phone»", "email": "«email»"}}',
    'Call the API with this payload and tell me why it fails validation:\n{"customer": {"name": "«fullname»", "phone": "«phone»", "address": "«address»"}, "order": "«order»"}',
    '{"event": "payment.failed", "card": "«card»", "holder": "«name»", "amount": "«price»", "ip": "«ip»"}',
    '{"name": "send_sms", "arguments": {"to": "«phone_e164»", "body": "Hi «first», your «product» is ready for pickup."}}',
    '[{"id": 1, "owner": "«name»", "contact": "«phone»"}, {"id": 2, "owner": "«name»", "contact": "«email»"}]',
    '{"payee": {"name": "«fullname»", "iban": "«iban»", "bank": "«bank»"}, "reference": "«invoice»"}',
    'Why does my schema reject this?\n{"applicant": {"given_name": "«first»", "family_name": "«last»", "ssn": "«ssn»", "birth_city": "«city»"}}',
    '{"user": "«email»", "last_login_ip": "«ip»", "country": "«country»", "plan": "Pro", "mfa": true}',
    '{"direct_deposit": {"account_number": "«acct»", "routing_number": "«routing»", "account_type": "checking", "employee": "«name»"}}',
    '{"attendees": ["«name»", "«name»", "«name»"], "room": "«codename» war room", "start": "«date» «time»"}',
    '{\n  "shipping": {\n    "recipient": "«fullname»",\n    "line1": "«address»",\n    "phone": "«phone»"\n  },\n  "items": [{"sku": "«sku»", "qty": 2}]\n}',
    '{"tool_call": "lookup_caller", "args": {"number": "«phone»"}}',
    '{"from": "«phone_e164»", "to": "«phone_e164»", "body": "running late, «first»", "channel": "sms"}',
    '{"contacts": [{"n": "«lname»", "tel": "«phone»"}, {"n": "«name»", "tel": "«phone»"}, {"n": "«first»", "tel": "«phone»"}]}',
    '{"kyc": {"name": "«name»", "nationality": "«country»", "document": "passport", "iban": "«iban»"}}',
    '{"tool": "verify_identity", "arguments": {"full_name": "«fullname»", "ssn": "«ssn»", "card_last_used": "«card»"}}',
    '{"name": "add_payment_method", "arguments": {"card_number": "«card»", "cardholder": "«fullname»", "billing_city": "«city»"}}',
    '{"payroll": [{"employee": "«name»", "iban": "«iban»"}, {"employee": "«name»", "iban": "«iban»"}]}',
    '{"tool": "file_w2c", "arguments": {"employee": "«name»", "ssn": "«ssn»", "corrected_ssn": "«ssn»"}}',
    '{"refund": {"method": "bank", "bank_account_number": "«acct»", "sort_code": "«sortcode»", "name": "«name»"}}',
    '{"function": "schedule_callback", "parameters": {"phone_number": "«phone»", "when": "«weekday» «time»", "notes": "asked about «product»"}}',
)
_JSON_CLEAN: tuple[str, ...] = (
    '{"tool": "get_order_status", "arguments": {"order_id": "«order»"}}',
    '{"product": "«product»", "sku": "«sku»", "price": "«price»", "colour": "«colour»", "in_stock": true}',
    'Why is this invalid JSON?\n{"version": "«version»", "build": "«build4»", "released": "«date»",}',
    '{"name": "search_books", "arguments": {"query": "«title»", "isbn": "«isbn»"}}',
    '{"request_id": "«uuid»", "status": «http», "latency_ms": «ms», "service": "«camel»"}',
    '{"project": "«codename»", "stack": ["«software»", "«software»", "«software»"], "owner_team": "Platform"}',
    '{"match": {"home": "«team»", "away": "«team»", "kickoff": "«date» «time»", "score": "2-1"}}',
    '{"invoice": "«invoice»", "amount": "«price»", "due": "«date»", "terms": "Net 30", "grace_period_days": 14}',
    '{"tool": "convert_currency", "arguments": {"amount": «smallnum», "from": "EUR", "to": "JPY"}}',
    '{"medication": "«drug»", "dose_mg": «smallnum», "frequency": "twice daily", "indication": "«condition»"}',
    '{"booking": {"hotel": "«hotel»", "nights": 3, "rate": "«price»", "confirmation": "«order»"}}',
    '{"commit": "«sha»", "tag": "«version»", "pipeline": «bignum», "status": "failed"}',
    '{"aws_account_id": "«awsid»", "region_code": "eu-central-1", "bucket": "invoices-archive"}',
    '{"shipment": {"tracking": "«tracking»", "carrier": "Express", "eta": "«date»"}, "ts": «ts»}',
)


_CODE_PII: tuple[str, ...] = (
    'This test fails, why?\n\ndef test_normalise_phone():\n    assert normalise("«phone»") == "«phone_e164»"\n',
    "INSERT INTO customers (name, city, phone) VALUES ('«plainname»', '«city»', '«phone»');\n-- ERROR: duplicate key value violates unique constraint \"customers_phone_key\"",
    'user = User(name="«fullname»", email="«email»", phone="«phone»")\nsession.add(user)\nsession.commit()  # IntegrityError here',
    "[alerts]\noncall_name = \"«fullname»\"\noncall_phone = \"«phone_e164»\"\noncall_email = \"«email»\"\nretries = 3",
    'const admin = { name: "«name»", email: "«email»" };\nawait invite(admin); // returns 409, why?',
    "Refactor this:\n\nPAYEES = {\n    \"«plainname»\": \"«iban»\",\n    \"«plainname»\": \"«iban»\",\n}\n",
    "# allowlist for the staging «software»\nallow «ip»;\nallow «ip»;\ndeny all;",
    'Why does this regex not match?\n\nre.fullmatch(r"\\+?\\d[\\d ]+", "«phone»")',
    "SELECT * FROM payments WHERE card_number = '«card»' AND created_at > '«date»';",
    'fixtures:\n  - name: "«name»"\n    ssn: "«ssn»"\n    account_number: "«acct»"\n',
    '<a href="tel:«phone_e164»">Call «first»</a>\n<!-- why does this not dial on iOS? -->',
    "expected: «phone»\nactual:   «phone»\nAssertionError in test_contact_card.py::test_render[«first»]",
    "def greet():\n    return f\"Hello {NAME}\"\n\nNAME = \"«name»\"  # move this to settings?",
    'CARDS = ["«card»", "«card»"]  # pasted by «first», remove before commit\nfor c in CARDS:\n    assert luhn(c)\n',
    "-- why does this return nothing?\nSELECT * FROM employees WHERE ssn = '«ssn»' OR bank_account_number = '«acct»';",
    "ssh deploy@«ip» -p 2222 'systemctl restart «camel»'\n# Permission denied (publickey). What now?",
)
_CODE_CLEAN: tuple[str, ...] = (
    "class «camel»:\n    MAX_RETRIES = 5\n\n    def run(self, order_id: str = \"«order»\") -> None:\n        ...\n\nWhy does mypy complain about run()?",
    "SELECT sku, SUM(qty) FROM order_lines WHERE order_id = '«order»' GROUP BY sku HAVING SUM(qty) > «smallnum»;",
    'def test_price():\n    assert format_price(«smallnum»99) == "«price»"\n# AssertionError — locale issue?',
    "[server]\nport = «port»\nworkers = 4\n[release]\nversion = \"«version»\"\nbuild = \"«build4»\"",
    "FROM python:3.12-slim\nRUN pip install «software»==«version»\nEXPOSE «port»\n# image is 1.2 GB, how do I shrink it?",
    "const res = await fetch(`/api/orders/«uuid»`);\nif (res.status === «http») { retry(); }  // is this right for «http»?",
    "git log --oneline\n«sha» Fix «camel» race\n«sha» Bump «software» to «version»\nHow do I squash these?",
    "terraform {\n  required_version = \">= 1.6\"\n}\n# «codename»: plan fails with provider version «version»",
    "for i in range(«bignum»):\n    total += i * i\n# How long will this take, and what's the closed form?",
    'books = {"«isbn»": "«title»", "«isbn»": "«title»"}\nprint(sorted(books.items()))',
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: «camel»\nspec:\n  replicas: 3\n  # image tag «version» crashloops with exit code 137",
    "@Test\nvoid refundsWithinGracePeriod() {\n    assertEquals(«price_plain», «camel».refund(\"«invoice»\"));\n}",
    "UPDATE products SET colour = '«colour»' WHERE sku = '«sku»';  -- affected 0 rows?",
    "curl -s https://api.example.com/v2/builds/«build4» | jq .status  # returns «http»",
)


def _table(d: _Draw, clean: bool) -> str:
    r = d.r
    pii_cols = (("Name", "«fullname»"), ("Name", "«name»"), ("Contact", "«first»"),
                ("Phone", "«phone»"), ("Mobile", "«phone»"), ("Email", "«email»"),
                ("City", "«city»"), ("Country", "«country»"), ("IBAN", "«iban»"),
                ("Card", "«card»"), ("IP", "«ip»"), ("SSN", "«ssn»"),
                ("Account no.", "«acct_plain»"), ("IBAN", "«iban»"), ("Card number", "«card»"),
                ("Bank account", "«acct_plain»"))
    decoy_cols = (("Order", "«order»"), ("Amount", "«price_plain»"), ("Date", "«date»"),
                  ("Product", "«product»"), ("Version", "«version»"), ("Team", "«team»"),
                  ("Status", "«status»"), ("SKU", "«sku»"), ("Owner team", "«codename»"),
                  ("Drug", "«drug»"), ("Ticket", "«ticket»"))
    cols = [] if clean else [r.choice(pii_cols[:3]), *r.sample(pii_cols[3:], r.randint(1, 3))]
    cols += r.sample(decoy_cols, r.randint(3 if clean else 1, 4 if clean else 2))
    r.shuffle(cols)
    rows = r.randint(2, 5)
    status = ("Paid", "Pending", "Shipped", "Refunded", "On Hold")
    cells = [[v.replace("«status»", r.choice(status)) for _, v in cols] for _ in range(rows)]
    if r.random() < 0.5:
        lines = ["| " + " | ".join(k for k, _ in cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(row) + " |" for row in cells]
    else:
        sep = r.choice((",", ";", "\t"))
        quote = '"' if sep == "," else ""  # dates, amounts and names may hold commas
        lines = [sep.join(k for k, _ in cols)]
        lines += [sep.join(f"{quote}{cell}{quote}" for cell in row) for row in cells]
    prefix = r.choice(("Sort this by the first column:\n\n", "Convert to CSV:\n\n",
                       "Find duplicates:\n\n", "Summarise this table:\n\n", "",
                       "Which rows look wrong?\n\n"))
    return prefix + "\n".join(lines)


def _log(d: _Draw, clean: bool) -> str:
    r = d.r
    pii = (
        "INFO auth login ok user=«email» ip=«ip»",
        "WARN sms send failed to=«phone_e164» code=30007",
        "ERROR payment declined card=«card» amount=«price_plain»",
        '«ip» - - "GET /api/v2/orders HTTP/1.1" 200 «ms»',
        "INFO profile updated name=\"«fullname»\" phone=\"«phone»\"",
        "WARN too many attempts from «ip», locking account for «email»",
        "DEBUG kyc check started for «name» (country=«country»)",
        "WARN ssn mismatch for applicant «email»: got «ssn», bureau has «ssn»",
        "INFO payout queued iban=«iban» amount=«price_plain»",
        "ERROR callback to «phone» failed: busy",
        "INFO ticket «ticket» assigned to «first»",
    )
    clean_lines = (
        "INFO «host» GET /health 200 «ms»ms",
        "WARN «host» retrying «camel» (attempt 3/5)",
        "ERROR «host» upstream «http» from billing after «ms»ms",
        "INFO order «order» state=SHIPPED tracking=«tracking»",
        "INFO deployed «software» «version» build «build4»",
        "DEBUG request_id=«uuid» latency=«ms»ms",
        "INFO «codename» job finished in «ms»s",
        "WARN disk usage «percent» on «host»",
        "ERROR «camel» raised RateLimitExceeded after «smallnum» calls",
    )
    n = r.randint(3, 8)
    chosen = r.sample(clean_lines, min(n, len(clean_lines)))
    if not clean:
        k = r.randint(1, 3)
        chosen[:k] = r.sample(pii, k)
        r.shuffle(chosen)
    style = r.choice(("%Y-%m-%dT%H:%M:%SZ", "[%d/%b/%Y:%H:%M:%S +0000]", "%b %d %H:%M:%S",
                      "%Y-%m-%d %H:%M:%S,%f", "epoch"))
    at = datetime(2025, 11, 1, tzinfo=UTC) + timedelta(seconds=r.randint(0, 29 * 86400))
    stamps = []
    for _ in chosen:
        at += timedelta(seconds=r.randint(0, 90), microseconds=r.randint(0, 999) * 1000)
        stamp = str(int(at.timestamp())) if style == "epoch" else at.strftime(style)
        stamps.append(stamp[:-3] if style.endswith("%f") else stamp)
    body = "\n".join(f"{stamp} {line}" for stamp, line in zip(stamps, chosen, strict=True))
    prefix = r.choice(("What's going wrong here?\n\n", "Summarise these logs:\n", "```\n", "",
                       "Explain the errors:\n"))
    return prefix + body + ("\n```" if prefix == "```\n" else "")


def _ticket(d: _Draw, clean: bool) -> str:
    r = d.r
    header = r.choice(("Ticket «ticket» | Priority: High | Channel: Phone",
                       "CASE «ticket» — Status: Open — Queue: Billing",
                       "[«ticket»] «product» / Tier 2", "Support note «date» «time»"))
    if clean:
        notes = r.sample((
            "Customer reports «product» firmware «version» bricks the device after update; repro 3/5 on build «build4».",
            "Refund of «price» approved for order «order»; Grace Period applied.",
            "Escalated to L2 Support. Known Issues page updated.",
            "Replacement unit in «colour» shipped, tracking «tracking».",
            "Customer asked whether «software» «version» is supported; linked Release Notes.",
            "Root cause: «camel» timed out after «ms» ms. Workaround sent.",
            "Closed as duplicate of «ticket».",
            "Caller asked about the «heading»; sent the PDF.",
        ), r.randint(2, 4))
        return header + "\n" + "\n".join(f"- {n}" for n in notes)
    lines = [r.choice(("Customer: «fullname» («email»)", "Caller: «name», «phone»",
                       "Contact: «name_lf» / «phone»", "Account holder: «fullname»"))]
    notes = r.sample((
        "«date» «time» — called «first» back on «phone», no answer. Left VM.",
        "Wants the refund sent to IBAN «iban» instead of the card ending in «smallnum».",
        "Verified identity with last four of SSN and full SSN «ssn» (should not have typed this here!).",
        "Customer moved to «address»; update shipping before re-sending order «order».",
        "Spoke to «name» from «company» procurement; they'll confirm by «weekday».",
        "Card on file «card» expired, customer will call back from «phone».",
        "Suspicious logins from «ip» and «ip»; forced password reset.",
        "Spouse «first» is authorised on the account (a/c no. «acct»).",
        "Customer is travelling in «country» until «date»; prefers email.",
        "Replacement «product» in «colour» to be sent to the «city» branch.",
        "Escalated to «first» «last» (Tier 3).",
        "Customer read card «card» out loud on the call; told them never to do that.",
        "Direct debit set up from acct # «acct» at «bank».",
        "Caller confirmed SSN «ssn_bare» and DOB «date».",
    ), r.randint(2, 4))
    return "\n".join([header, *lines, "", "Notes:", *(f"- {n}" for n in notes)])


_TEMPLATES: dict[tuple[str, bool], tuple[Template, ...]] = {
    ("chat", False): _CHAT_PII,
    ("chat", True): _CHAT_CLEAN,
    ("email", False): (_email_pii,) * 6,
    ("email", True): (_email_clean,) * 6,
    ("form", False): (lambda d: _form(d, False),) * 6,
    ("form", True): (lambda d: _form(d, True),) * 6,
    ("json", False): _JSON_PII,
    ("json", True): _JSON_CLEAN,
    ("code", False): _CODE_PII,
    ("code", True): _CODE_CLEAN,
    ("table", False): (lambda d: _table(d, False),) * 6,
    ("table", True): (lambda d: _table(d, True),) * 6,
    ("log", False): (lambda d: _log(d, False),) * 6,
    ("log", True): (lambda d: _log(d, True),) * 6,
    ("ticket", False): (lambda d: _ticket(d, False),) * 6,
    ("ticket", True): (lambda d: _ticket(d, True),) * 6,
}


def _build() -> tuple[list[Prompt], dict[tuple[str, int], str]]:
    rng = random.Random(SEED)
    kinds = [True] * CLEAN + [False] * (SIZE - CLEAN)
    rng.shuffle(kinds)
    decks: dict[tuple[str, bool], list[Template]] = {}
    prompts: list[Prompt] = []
    regions: dict[tuple[str, int], str] = {}
    for i, clean in enumerate(kinds, 1):
        shape = rng.choices(list(SHAPES), list(SHAPES.values()))[0]
        deck = decks.setdefault((shape, clean), [])
        if not deck:
            deck.extend(_TEMPLATES[shape, clean])
            rng.shuffle(deck)
        template = deck.pop()
        draw = _Draw(rng)
        text = template if isinstance(template, str) else template(draw)
        lower = shape == "chat" and rng.random() < 0.1
        prompt = compose(f"val-{i:04d}", shape, draw.render(text, lower))
        phones = [g for g in prompt.gold if g.entity == "PHONE_NUMBER"]
        for gold, region in zip(phones, draw.regions, strict=True):
            regions[prompt.id, gold.start] = region
        prompts.append(prompt)
    return prompts, regions


def prompts() -> list[Prompt]:
    """The 600 prompts of the validation part, the same on every call."""
    return _build()[0]


def phone_regions() -> dict[tuple[str, int], str]:
    """(prompt id, start of the gold span) -> the region each planted phone number was drawn
    for: the region to parse it with."""
    return _build()[1]
