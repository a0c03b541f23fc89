"""Hand-written name pools for val44: cultures that Faker lacks or writes only in their own
script (here in a common Latin transliteration), own-script pools Faker lacks, given names
that are also words, nicknames. Each pool is (given, family) pairs."""

# culture -> (order, pairs); order "gf" = given family, "fg" = family given.
HAND_LATIN = {
    "zh_CN": ("fg", [("Xiuying", "Wang"), ("Wei", "Li"), ("Min", "Zhang"), ("Yang", "Liu"), ("Jing", "Chen"), ("Lei", "Zhao")]),
    "zh_TW": ("fg", [("Ya-ting", "Lin"), ("Chih-hao", "Huang"), ("Shu-fen", "Tsai"), ("Chia-hung", "Hsu")]),
    "ja_JP": ("gf", [("Haruto", "Sato"), ("Yui", "Tanaka"), ("Kenji", "Watanabe"), ("Aiko", "Nakamura"), ("Sora", "Kobayashi"), ("Mei", "Yamamoto")]),
    "ko_KR": ("fg", [("Min-jun", "Kim"), ("Seo-yeon", "Park"), ("Ji-ho", "Lee"), ("Yuna", "Choi"), ("Ha-eun", "Jung"), ("Dong-hyun", "Kang")]),
    "vi_VN": ("fg", [("Thi Mai", "Nguyen"), ("Van Duc", "Tran"), ("Hoang Anh", "Le"), ("Minh Chau", "Pham"), ("Thanh Tam", "Vo"), ("Quoc Bao", "Dang")]),
    "ru_RU": ("gf", [("Dmitri", "Volkov"), ("Anastasia", "Petrova"), ("Sergei", "Morozov"), ("Yekaterina", "Sokolova"), ("Alexei", "Kuznetsov")]),
    "uk_UA": ("gf", [("Oksana", "Kovalenko"), ("Taras", "Shevchuk"), ("Iryna", "Bondarenko"), ("Bohdan", "Melnyk")]),
    "el_GR": ("gf", [("Yiannis", "Papadopoulos"), ("Eleni", "Georgiou"), ("Dimitris", "Karagiannis"), ("Katerina", "Nikolaou")]),
    "ar_EG": ("gf", [("Ahmed", "Mansour"), ("Yasmin", "Farouk"), ("Omar", "El-Sayed"), ("Nour", "Hassan")]),
    "ar_LB": ("gf", [("Rami", "Haddad"), ("Layla", "Khoury"), ("Karim", "Nassar"), ("Rania", "Saab")]),
    "ar_SA": ("gf", [("Faisal", "Al-Otaibi"), ("Noura", "Al-Qahtani"), ("Abdullah", "Al-Harbi"), ("Reem", "Al-Shammari")]),
    "ar_MA": ("gf", [("Youssef", "Benjelloun"), ("Salma", "El Idrissi"), ("Hamza", "Tazi"), ("Imane", "Berrada")]),
    "he_IL": ("gf", [("Yael", "Cohen"), ("Avi", "Mizrahi"), ("Noa", "Friedman"), ("Eitan", "Levi")]),
    "fa_IR": ("gf", [("Shirin", "Ahmadi"), ("Kourosh", "Farahani"), ("Parisa", "Moradi"), ("Babak", "Karimi")]),
    "hi_IN": ("gf", [("Priya", "Sharma"), ("Rohan", "Mehta"), ("Ananya", "Iyer"), ("Vikram", "Reddy")]),
    "bn_BD": ("gf", [("Farhana", "Rahman"), ("Tanvir", "Hossain"), ("Nusrat", "Jahan"), ("Arif", "Chowdhury")]),
    "ta_IN": ("gf", [("Karthik", "Subramanian"), ("Meenakshi", "Sundaram"), ("Lakshmi", "Narayanan"), ("Senthil", "Murugan")]),
    "th_TH": ("gf", [("Somchai", "Wongsakul"), ("Nattaya", "Srisuk"), ("Kittipong", "Chaiyaporn"), ("Pimchanok", "Thongdee")]),
    "ka_GE": ("gf", [("Nino", "Beridze"), ("Giorgi", "Kapanadze"), ("Tamar", "Lomidze"), ("Levan", "Gelashvili")]),
    "hy_AM": ("gf", [("Armen", "Petrosyan"), ("Anahit", "Grigoryan"), ("Tigran", "Hakobyan"), ("Lusine", "Sargsyan")]),
    "am_ET": ("gf", [("Abebe", "Bekele"), ("Tigist", "Haile"), ("Dawit", "Tesfaye"), ("Selamawit", "Girma")]),
    "so_SO": ("gf", [("Abdirahman", "Warsame"), ("Hodan", "Farah"), ("Ayaan", "Jama"), ("Liban", "Egal")]),
    "sw_TZ": ("gf", [("Neema", "Mwakyusa"), ("Baraka", "Mollel"), ("Rehema", "Kimaro"), ("Juma", "Said")]),
    "mi_NZ": ("gf", [("Aroha", "Ngata"), ("Tama", "Wiremu"), ("Mere", "Parata"), ("Rawiri", "Tane")]),
    "sm_WS": ("gf", [("Sione", "Faleolo"), ("Malia", "Tuilagi"), ("Iosefa", "Leota"), ("Losa", "Fuimaono")]),
    "haw_US": ("gf", [("Keoni", "Kahananui"), ("Leilani", "Akana"), ("Kalani", "Kealoha"), ("Noelani", "Kapule")]),
    "qu_PE": ("gf", [("Wayra", "Mamani"), ("Inti", "Condori"), ("Killa", "Huaman"), ("Yupanqui", "Quispe")]),
    "mn_MN": ("gf", [("Enkhjargal", "Batbayar"), ("Oyunchimeg", "Tsogt"), ("Temuulen", "Ganbold"), ("Saruul", "Dorj")]),
    "kk_KZ": ("gf", [("Aigerim", "Zhaksylykova"), ("Yerlan", "Nurpeisov"), ("Dana", "Suleimenova"), ("Arman", "Seitkali")]),
    "ne_NP": ("gf", [("Bikash", "Thapa"), ("Sita", "Gurung"), ("Anil", "Shrestha"), ("Pema", "Sherpa")]),
    "si_LK": ("gf", [("Nuwan", "Perera"), ("Dilani", "Jayasuriya"), ("Chaminda", "Fernando"), ("Ishara", "Wickramasinghe")]),
    "km_KH": ("fg", [("Dara", "Sok"), ("Sreymom", "Chan"), ("Vibol", "Heng"), ("Sophea", "Keo")]),
    "ms_MY": ("gf", [("Nurul Aisyah", "Rahman"), ("Hafiz", "Ismail"), ("Farah", "Hamzah"), ("Amirul", "Yusof")]),
    "fil_PH": ("gf", [("Maricel", "Dela Cruz"), ("Rodel", "Manalo"), ("Lorna", "Bautista"), ("Jericho", "Villanueva")]),
    "bg_BG": ("gf", [("Stoyan", "Dimitrov"), ("Tsvetelina", "Ivanova"), ("Kalin", "Georgiev"), ("Desislava", "Petkova")]),
    "sr_RS": ("gf", [("Milica", "Jovanović"), ("Nemanja", "Petrović"), ("Jelena", "Nikolić"), ("Dušan", "Marković")]),
    "sq_AL": ("gf", [("Arben", "Hoxha"), ("Elira", "Kola"), ("Besnik", "Shehu"), ("Drita", "Leka")]),
    "mt_MT": ("gf", [("Josianne", "Camilleri"), ("Joseph", "Borg"), ("Karl", "Zammit"), ("Rebecca", "Vella")]),
    "eu_ES": ("gf", [("Iker", "Etxeberria"), ("Amaia", "Goikoetxea"), ("Unai", "Arrieta"), ("Maialen", "Zubizarreta")]),
    "cy_GB": ("gf", [("Rhys", "Llewellyn"), ("Angharad", "Pritchard"), ("Dafydd", "ap Gwyn"), ("Ffion", "Griffiths")]),
    "gd_GB": ("gf", [("Mhairi", "MacLeod"), ("Calum", "MacDonald"), ("Eilidh", "Fraser"), ("Ruaridh", "Morrison")]),
    "br_FR": ("gf", [("Goulven", "Le Gall"), ("Nolwenn", "Kerjean"), ("Maiwenn", "Le Bihan"), ("Tanguy", "Quéméner")]),
    "ca_ES": ("gf", [("Jordi", "Puig"), ("Montserrat", "Vila"), ("Núria", "Ferrer"), ("Pau", "Casals-Riba")]),
    "af_ZA": ("gf", [("Pieter", "van der Merwe"), ("Annelie", "Botha"), ("Johan", "du Plessis"), ("Marietjie", "Steyn")]),
    "pa_IN": ("gf", [("Harpreet", "Gill"), ("Gurpreet", "Dhillon"), ("Jaspreet", "Sidhu"), ("Manjit", "Grewal")]),
    "ps_AF": ("gf", [("Zarmina", "Stanekzai"), ("Wali", "Popal"), ("Mursal", "Ahmadzai"), ("Nilofar", "Sahak")]),
    "wo_SN": ("gf", [("Mamadou", "Diop"), ("Awa", "Ndiaye"), ("Cheikh", "Fall"), ("Fatou", "Sow")]),
    "ln_CD": ("gf", [("Jolie", "Mukendi"), ("Fiston", "Ilunga"), ("Merveille", "Kabongo"), ("Exaucé", "Tshibangu")]),
    "lo_LA": ("gf", [("Souksavanh", "Phommachanh"), ("Keo", "Sisavath"), ("Manivone", "Vongsa"), ("Phet", "Inthavong")]),
    "ht_HT": ("gf", [("Wideline", "Pierre-Louis"), ("Jean-Robert", "Cadet"), ("Nadège", "Joseph"), ("Widlin", "Desrosiers")]),
    "pt_AO": ("gf", [("Adilson", "Kiala"), ("Nzinga", "Cassoma"), ("Edvaldo", "Mbala"), ("Luzia", "Kiame")]),
    "ur_PK": ("gf", [("Ayesha", "Siddiqui"), ("Usman", "Qureshi"), ("Hira", "Malik"), ("Bilal", "Chaudhry")]),
    "my_MM": ("gf", [("Thandar", "Hlaing"), ("Zaw", "Min Htet"), ("Ei", "Phyu"), ("Kyaw", "Zin Oo")]),
}

# Own-script pools Faker lacks or spoils (culture -> (order, pairs)); "fg" cultures are
# written family+given without a space.
HAND_NATIVE = {
    "zh_CN": ("fg", [("秀英", "王"), ("伟", "李"), ("敏", "张"), ("洋", "刘"), ("静", "陈")]),
    "ko_KR": ("fg", [("민준", "김"), ("서연", "박"), ("지호", "이"), ("유나", "최")]),
    "am_ET": ("gf", [("አበበ", "በቀለ"), ("ትግስት", "ኃይሌ"), ("ዳዊት", "ተስፋዬ")]),
}
# Faker's own-script pools whose culture reads family first.
NATIVE_FG = {"ja_JP", "zh_CN", "ko_KR"}

# Given names (and surnames) that are also words or things, used only as people.
WORD_PEOPLE = [
    ("en_US", "Rose", "Calloway"), ("en_GB", "Hope", "Ashworth"), ("en_US", "Will", "Brennan"),
    ("en_US", "Bill", "Okafor"), ("en_GB", "Grace", "Fisher"), ("es_MX", "Mercedes", "Olvera"),
    ("en_US", "Jordan", "Ashby"), ("en_US", "Paris", "Whitfield"), ("en_AU", "Summer", "Lang"),
    ("en_NZ", "Sky", "Petersen"), ("it_IT", "Rocky", "Marchetti"), ("en_GB", "Imogen", "Stone"),
    ("en_US", "Darnell", "King"), ("en_GB", "Harriet", "Young"), ("en_GB", "Marcus", "Cook"),
    ("en_AU", "Faith", "Delaney"), ("en_US", "Joy", "Marsh"), ("en_GB", "Dawn", "Frost"),
    ("en_CA", "Amber", "Lamb"), ("en_US", "Hunter", "Banks"), ("en_US", "Chase", "Hill"),
    ("en_IE", "Brooke", "Kavanagh"), ("en_US", "Autumn", "Price"), ("en_GB", "Ivy", "Bishop"),
    ("en_GB", "Holly", "Wood"), ("en_GB", "Penny", "Sharp"), ("en_AU", "Rusty", "Bell"),
    ("en_US", "June", "Little"),
]

# Nicknames and short forms: (culture, nickname).
NICKNAMES = [
    ("pl_PL", "Kasia"), ("ru_RU", "Sasha"), ("en_US", "Becky"), ("es_ES", "Pepe"),
    ("pt_BR", "Zé"), ("de_DE", "Steffi"), ("it_IT", "Beppe"), ("en_GB", "Gaz"),
    ("fr_FR", "Juju"), ("cs_CZ", "Honza"), ("nl_NL", "Joost"), ("en_AU", "Shazza"),
    ("hu_HU", "Pisti"), ("tr_TR", "Memo"), ("fi_FI", "Jussi"), ("es_MX", "Lupita"),
    ("en_IE", "Paddy"), ("ja_JP", "Ken-chan"), ("ko_KR", "Jiji"), ("en_NG", "Tunde"),
]

CITIES = [
    "Lyon", "Gdańsk", "Porto", "Valparaíso", "Bergen", "Tromsø", "Kraków", "Cork", "Galway",
    "Aberdeen", "Plymouth", "Falmouth", "Kiel", "Hamburg", "Rotterdam", "Antwerp", "Ghent",
    "Bilbao", "Cádiz", "Palermo", "Trieste", "Split", "Dubrovnik", "Piraeus", "Izmir",
    "Haifa", "Alexandria", "Casablanca", "Dakar", "Lagos", "Accra", "Mombasa", "Durban",
    "Cape Town", "Perth", "Hobart", "Auckland", "Nelson", "Halifax", "Vancouver",
    "Portland", "Annapolis", "Newport", "Savannah", "Galveston", "Monterrey", "Recife",
    "Montevideo", "Osaka", "Busan", "Kaohsiung", "Da Nang", "Cebu", "Penang", "Chennai",
    "Kochi", "Karachi", "Muscat", "Tbilisi", "Yerevan", "Almaty", "Ulaanbaatar", "Tartu",
    "Turku", "Uppsala", "Aarhus", "Reykjavík", "Bath", "Reading", "Nice", "Graz",
    "Salzburg", "Leipzig", "Brno", "Košice", "Debrecen", "Cluj-Napoca", "Plovdiv", "Ohrid",
    "Santiago de Compostela", "Lourdes", "Fátima", "Assisi", "Canterbury", "Kyoto",
    "Varanasi", "Amritsar", "Quito", "Cusco", "Oaxaca", "Asheville", "Boise", "Duluth",
]
REGIONS = [
    "Brittany", "Bavaria", "Galicia", "Tuscany", "Andalusia", "Normandy", "Cornwall",
    "Yorkshire", "Connemara", "Asturias", "Patagonia", "Queensland", "Tasmania",
    "British Columbia", "Nova Scotia", "Ontario", "Oregon", "Vermont", "Wisconsin",
    "Kerala", "Punjab", "Hokkaido", "Jeju", "Mindanao", "Sardinia", "Crete", "Dalmatia",
    "Silesia", "Transylvania", "Lapland", "Jutland", "Flanders", "Wallonia", "Limburg",
    "Catalonia", "Texas", "Georgia", "Alberta", "KwaZulu-Natal", "Minas Gerais",
]
COUNTRIES = [
    "Portugal", "Norway", "Ireland", "Chile", "Poland", "Croatia", "Greece", "Turkey",
    "Morocco", "Senegal", "Ghana", "Kenya", "Ethiopia", "Jordan", "Lebanon", "Georgia",
    "Armenia", "Kazakhstan", "Mongolia", "Vietnam", "Tunisia", "Indonesia",
    "Malaysia", "Sri Lanka", "Nepal", "Bangladesh", "New Zealand", "Australia", "Canada",
    "Mexico", "Peru", "Ecuador", "Uruguay", "Brazil", "Argentina", "Iceland", "Finland",
    "Estonia", "Lithuania", "Slovakia", "Hungary", "Romania", "Bulgaria", "Albania",
    "Malta", "Spain", "Italy", "Germany", "France", "Denmark", "Belgium", "Japan",
    "South Korea", "Thailand", "Egypt", "Nigeria", "South Africa", "Colombia", "Samoa",
]
ADDRESSES = [
    "14 Rue des Tanneurs, 69002 Lyon", "Kastanienallee 12, 10435 Berlin",
    "221 Harbour Road, Falmouth TR11 3QA", "Via dei Coronari 48, 00186 Roma",
    "ul. Długa 7/3, 80-827 Gdańsk", "Rua das Flores 112, 4050-262 Porto",
    "1847 Alder Street, Portland, OR 97205", "58 Quay Street, Galway H91 K2T4",
    "Calle de Atocha 27, 28012 Madrid", "Prinsengracht 263, 1016 GV Amsterdam",
    "3-14-2 Jingumae, Shibuya-ku, Tokyo 150-0001", "Storgata 41, 0182 Oslo",
    "745 Evergreen Terrace", "19 Seaview Crescent, Hobart TAS 7000",
    "Avenida Paulista 1578, São Paulo", "Hauptstrasse 5, 8001 Zürich",
    "Mannerheimintie 22, 00100 Helsinki", "12 Mill Lane", "Apt 4B, 310 West 88th Street",
    "Flat 2, 9 Tannery Row, Leith", "Vasilissis Sofias 44, 106 76 Athens",
    "Bağdat Caddesi 301, Kadıköy", "Kerkstraat 18, 9000 Gent", "Andrássy út 60, 1062 Budapest",
    "Strada Lipscani 14, București", "8 Rosewood Close", "Unit 6, 40 Wharf Road",
    "Švitrigailos g. 11, Vilnius", "Plaza Mayor 3, 37002 Salamanca", "47 Kloof Street, Cape Town",
    "1200 Lakeshore Drive, Duluth, MN 55802", "Calle 5 de Mayo 210, Oaxaca",
    "Gran Vía 31", "Nørrebrogade 52, 2200 København", "Jalan Ampang 88, Kuala Lumpur",
]

EMAIL_DOMAINS = [
    "gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "web.de", "gmx.at", "orange.fr",
    "libero.it", "seznam.cz", "wp.pl", "telenet.be", "ziggo.nl", "icloud.com", "hotmail.es",
    "uol.com.br", "naver.com", "yandex.ru", "mail.ee", "bluewin.ch", "eircom.net",
    "harbourclub.org", "brokersmith.co.uk", "stmarthahospice.org", "coldlink-logistics.eu",
    "glassworks-studio.com", "bloodservice.org", "pilgrimroutes.travel", "velo-club.fr",
    "pawsrescue.org", "payrollhub.io", "aquacentre.gov.au", "devsummit.events",
    "riverside-records.com", "gazette-news.co.uk", "lettings-direct.com", "unihalls.ac.uk",
    "rentthelook.com", "bindery.studio", "forestry-ops.net", "dairyco-op.ie", "surtitle.works",
    "itam-desk.com", "consulate-services.org", "betdesk.co", "fastmail.fm", "posteo.de",
]
