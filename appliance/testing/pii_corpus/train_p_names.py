"""People and places for `train_p`: given and family names of many cultures (hand-written,
plus Faker's name lists of Latin-script locales for volume), cities, regions, countries and
street parts. `train_p` drops any name or place that also occurs in a thing or template."""

from __future__ import annotations

import importlib

from .train_p_things import _s


def _c(given: str, family: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _s(given), _s(family)


CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ghanaian": _c("Kofi|Ama|Kwame|Abena|Yaw|Akosua|Kwabena|Efua",
        "Mensah|Owusu|Boateng|Asante|Appiah|Darko"),
    "nigerian_yoruba": _c("Tunde|Funmilayo|Adebayo|Yetunde|Olumide|Bisola",
        "Adeyemi|Okonkwo-Bello|Ogunleye|Balogun|Adewale"),
    "nigerian_igbo": _c("Chidi|Ngozi|Emeka|Chiamaka|Obinna|Adaeze",
        "Okafor|Eze|Nwosu|Okeke|Obi|Chukwu"),
    "kenyan": _c("Wanjiru|Otieno|Achieng|Kamau|Njeri|Kiprop",
        "Mwangi|Odhiambo|Kariuki|Wambui|Kipchoge|Ochieng"),
    "ethiopian": _c("Abebe|Tigist|Dawit|Meseret|Yonas|Selam",
        "Bekele|Tesfaye|Haile|Girma|Alemu|Kebede"),
    "somali": _c("Abdirahman|Hodan|Farah|Ayaan|Omar|Sahra", "Warsame|Abdullahi|Hirsi|Jama|Dualeh"),
    "south_african_zulu": _c("Thandiwe|Sipho|Nomvula|Bongani|Lindiwe|Themba",
        "Dlamini|Nkosi|Zulu|Khumalo|Mthembu|Ndlovu"),
    "senegalese": _c("Aminata|Moussa|Fatou|Ousmane|Awa|Cheikh", "Diop|Ndiaye|Fall|Sow|Diallo|Sarr"),
    "egyptian": _c("Youssef|Nour|Karim|Mariam|Tarek|Yasmin",
        "Abdel-Fattah|Mansour|Hassan|El-Sayed|Fahmy"),
    "moroccan": _c("Yassine|Salma|Hamza|Imane|Mehdi|Khadija",
        "Benali|El Amrani|Tazi|Berrada|Alaoui"),
    "lebanese": _c("Rami|Layal|Ziad|Rania|Walid|Maya", "Haddad|Khoury|Nassar|Saab|Aoun|Frangieh"),
    "iranian": _c("Arash|Shirin|Dariush|Parisa|Kian|Niloufar",
        "Tehrani|Hosseini|Rahimi|Karimi|Mohammadi"),
    "turkish": _c("Emre|Elif|Burak|Zeynep|Mert|Ayşe|Cem|Selin",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk"),
    "kurdish": _c("Rojin|Baran|Dilan|Azad|Berfin|Serhat", "Barzani|Zebari|Amedi|Doski"),
    "israeli": _c("Noa|Itai|Tamar|Yonatan|Shira|Eitan", "Cohen|Levi|Mizrahi|Peretz|Biton|Friedman"),
    "indian_hindi": _c("Priya|Rahul|Ananya|Arjun|Kavya|Rohan|Sneha",
        "Sharma|Verma|Gupta|Agarwal|Mehta|Joshi"),
    "indian_tamil": _c("Karthik|Lakshmi|Senthil|Divya|Murugan|Kalaivani",
        "Subramanian|Ramasamy|Krishnan|Venkatesan"),
    "punjabi": _c("Harpreet|Gurpreet|Jaswinder|Simran|Manjit|Amrit",
        "Sandhu|Gill|Dhillon|Grewal|Sidhu|Bains"),
    "bengali": _c("Sourav|Moumita|Arnab|Tanushree|Rafiq|Nusrat",
        "Chatterjee|Banerjee|Mukherjee|Rahman|Hossain"),
    "pakistani": _c("Ayesha|Bilal|Sana|Imran|Hira|Usman",
        "Qureshi|Malik|Chaudhry|Siddiqui|Butt|Awan"),
    "sri_lankan": _c("Dilani|Chaminda|Nadeesha|Ruwan|Ishara",
        "Perera|Fernando|Jayawardena|Wickramasinghe"),
    "nepali": _c("Sushila|Bikash|Anjali|Prakash|Sabina", "Shrestha|Gurung|Tamang|Thapa|Rai"),
    "chinese": _c("Wei|Xiaoling|Jun|Mei|Hao|Yan|Zhiwei|Lixin",
        "Wang|Zhang|Liu|Chen|Yang|Huang|Zhou|Xu"),
    "cantonese": _c("Ka-Wai|Siu-Ming|Wing|Man-Yee|Chi-Keung", "Chan|Wong|Leung|Cheung|Lau|Tsang"),
    "japanese": _c("Haruto|Yui|Sota|Hina|Ren|Aoi|Takeshi|Keiko",
        "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito"),
    "korean": _c("Ji-woo|Min-jun|Seo-yeon|Do-hyun|Ha-eun|Jae-won", "Kim|Park|Choi|Jung|Kang|Yoon"),
    "vietnamese": _c("Linh|Minh|Thao|Duc|Huong|Quang", "Nguyen|Tran|Le|Pham|Hoang|Vu"),
    "thai": _c("Somchai|Malee|Anong|Kittisak|Siriporn", "Srisuk|Wongsawat|Chaiyaporn|Rattanakorn"),
    "filipino": _c("Maricel|Jun-Jun|Rowena|Jerome|Lorna|Arnel",
        "Dela Cruz|Santos|Reyes|Bautista|Villanueva"),
    "indonesian": _c("Budi|Sri|Agus|Dewi|Wahyu|Putri", "Santoso|Wijaya|Kusuma|Hidayat|Saputra"),
    "malay": _c("Nurul|Faizal|Siti|Hafiz|Aisyah", "Abdullah|Ismail|Yusof|Hamzah"),
    "polish": _c("Katarzyna|Piotr|Agnieszka|Tomasz|Magdalena|Krzysztof",
        "Kowalski|Nowak|Wiśniewska|Wójcik|Kamiński"),
    "russian": _c("Dmitri|Olga|Sergei|Natalia|Alexei|Yulia",
        "Ivanov|Smirnova|Kuznetsov|Popova|Volkov"),
    "ukrainian": _c("Oksana|Taras|Iryna|Bohdan|Mykola|Olena",
        "Shevchenko|Kovalenko|Bondarenko|Tkachenko"),
    "greek": _c("Eleni|Giorgos|Dimitra|Nikos|Katerina|Yannis",
        "Papadopoulos|Georgiou|Nikolaidis|Oikonomou"),
    "portuguese": _c("João|Inês|Tiago|Beatriz|Rui|Leonor",
        "Silva|Ferreira|Pereira|Costa|Rodrigues|Gonçalves"),
    "brazilian": _c("Thiago|Larissa|Gustavo|Juliana|Rafael|Camila",
        "Oliveira|Souza|Lima|Carvalho|Almeida"),
    "mexican": _c("Alejandro|Guadalupe|Jesús|Ximena|Diego|Valeria",
        "Hernández|García|Martínez|López|González"),
    "irish": _c("Siobhán|Ciarán|Aoife|Niamh|Oisín|Caoimhe",
        "Ó Briain|Murphy|O'Sullivan|Kelly|Byrne|Walsh"),
    "scottish": _c("Hamish|Isla|Callum|Eilidh|Fraser|Morag",
        "MacLeod|Campbell|Stewart|MacDonald|Robertson"),
    "welsh": _c("Rhys|Cerys|Dafydd|Ffion|Gethin|Nia", "Jones|Evans|Llewellyn|Pritchard|Griffiths"),
    "dutch": _c("Daan|Sanne|Bram|Femke|Joost|Lotte", "de Vries|van Dijk|Bakker|Visser|Smit|Meijer"),
    "german": _c("Jürgen|Anke|Lukas|Heike|Matthias|Sabine",
        "Müller|Schmidt|Schneider|Fischer|Weber|Becker"),
    "french": _c("Mathilde|Théo|Camille|Étienne|Chloé|Benoît",
        "Dubois|Lefèvre|Moreau|Girard|Fontaine"),
    "italian": _c("Giulia|Matteo|Chiara|Lorenzo|Francesca|Davide",
        "Rossi|Russo|Ferrari|Esposito|Bianchi"),
    "spanish": _c("Lucía|Javier|Carmen|Pablo|Nerea|Álvaro",
        "Fernández|Sánchez|Ruiz|Jiménez|Navarro"),
    "nordic": _c("Sigrid|Lars|Ingrid|Anders|Astrid|Magnus",
        "Johansson|Andersson|Nilsen|Hansen|Virtanen"),
    "hungarian": _c("Zsófia|Bence|Réka|Gergely|Dóra", "Nagy|Kovács|Tóth|Szabó|Horváth"),
    "jamaican": _c("Shanice|Delroy|Tanesha|Winston-Lee|Kerene",
        "Campbell-Brown|Ellis|Thompson|Bailey-Cole"),
    "samoan_maori": _c("Aroha|Tane|Mere|Wiremu|Sione|Losa", "Ngata|Tuilagi|Parata|Faleolo|Tapsell"),
    "armenian": _c("Anahit|Tigran|Lilit|Aram|Nare", "Petrosyan|Hakobyan|Sargsyan|Grigoryan"),
    "georgian": _c("Nino|Giorgi|Tamari|Levan|Mariam", "Beridze|Kapanadze|Gelashvili|Lomidze"),
}

FAKER_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "tr_TR",
                 "sv_SE", "fi_FI", "cs_CZ", "hu_HU", "ro_RO", "da_DK", "no_NO", "id_ID",
                 "en_IN", "en_NG", "sw", "zu_ZA", "en_IE", "yo_NG")


def faker_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Faker's given and family names per Latin-script locale (people's names only)."""
    out = {}
    for loc in FAKER_LOCALES:
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        given = tuple(dict.fromkeys(prov.first_names))[:400]
        family = tuple(dict.fromkeys(prov.last_names))[:400]
        if given and family:
            out[f"faker_{loc}"] = (given, family)
    return out


TITLES = _s("Mr|Mrs|Ms|Miss|Dr|Dr.|Prof.|Mx|Sr.|Sra.|Herr|Frau|M.|Mme|Signor|Sig.ra|Bay|Hanım")

PLACES = _s("""London|Manchester|Leeds|Sheffield|Bristol|Cardiff|Edinburgh|Aberdeen|Belfast|Dublin|
Cork|Galway|Norwich|Exeter|Plymouth|Brighton|Southampton|Leicester|Nottingham|Coventry|
Birmingham|Liverpool|Newcastle|Sunderland|Hull|Swansea|Inverness|Stirling|Derry|Limerick|
Paris|Lyon|Marseille|Toulouse|Nantes|Lille|Strasbourg|Berlin|Munich|Cologne|Stuttgart|
Leipzig|Dresden|Düsseldorf|Madrid|Barcelona|Valencia|Seville|Bilbao|Málaga|Lisbon|Porto|
Rome|Milan|Naples|Turin|Palermo|Amsterdam|Rotterdam|Utrecht|Antwerp|Ghent|Zurich|Geneva|
Basel|Vienna|Graz|Prague|Brno|Warsaw|Kraków|Gdańsk|Budapest|Bucharest|Sofia|Athens|
Thessaloniki|Istanbul|Ankara|İzmir|Copenhagen|Aarhus|Oslo|Bergen|Stockholm|Gothenburg|
Helsinki|Tampere|Reykjavik|Tallinn|Riga|Vilnius|Kyiv|Lviv|Lagos|Abuja|Accra|Kumasi|Nairobi|
Mombasa|Addis Ababa|Kampala|Kigali|Dar es Salaam|Johannesburg|Cape Town|Durban|Cairo|
Casablanca|Marrakesh|Tunis|Dakar|Beirut|Amman|Dubai|Abu Dhabi|Doha|Riyadh|Tehran|Karachi|
Lahore|Islamabad|Mumbai|Delhi|Bengaluru|Chennai|Kolkata|Hyderabad|Pune|Dhaka|Colombo|
Kathmandu|Bangkok|Hanoi|Ho Chi Minh City|Manila|Cebu|Jakarta|Surabaya|Kuala Lumpur|
Singapore|Shanghai|Beijing|Shenzhen|Guangzhou|Chengdu|Hong Kong|Taipei|Seoul|Busan|Tokyo|
Osaka|Kyoto|Sapporo|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Wellington|
Christchurch|Toronto|Montreal|Vancouver|Calgary|Ottawa|Halifax|New York|Chicago|
Los Angeles|San Francisco|Seattle|Denver|Atlanta|Miami|Dallas|Austin|Phoenix|Portland|
Minneapolis|Detroit|Pittsburgh|Baltimore|Philadelphia|Nashville|New Orleans|Mexico City|
Guadalajara|Monterrey|Bogotá|Medellín|Lima|Quito|Santiago|Buenos Aires|Córdoba|Montevideo|
São Paulo|Rio de Janeiro|Belo Horizonte|Salvador|Recife|Havana|Kingston|Port of Spain|
Yorkshire|Cornwall|Kent|Devon|Lancashire|Fife|Bavaria|Catalonia|Andalusia|Tuscany|Sicily|
Provence|Brittany|Normandy|Flanders|Ontario|Quebec|California|Florida|Ohio|Texas|Oregon|
Queensland|Tasmania|Punjab|Kerala|Gujarat|Bengal|Sabah|Mindanao|Bali|Java|Hokkaido|
France|Germany|Spain|Portugal|Italy|Ireland|Scotland|Wales|England|Poland|Greece|Turkey|
Nigeria|Ghana|Kenya|Ethiopia|Egypt|Morocco|Senegal|Lebanon|Iran|Pakistan|India|Bangladesh|
Sri Lanka|Nepal|China|Japan|Korea|Vietnam|Thailand|Indonesia|Malaysia|Philippines|
Australia|New Zealand|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Jamaica|Norway|
Sweden|Finland|Denmark|Iceland|Austria|Switzerland|Belgium|Netherlands|Hungary|Romania|
Ukraine|Georgia|Armenia|Somalia|Uganda|Rwanda|Tanzania""")

STREETS = _s("""Elm|Oak|Mill|Station|Church|Victoria|Nelson|Park|High|King's|Queen's|Albert|Grove|
Cedar|Maple|Willow|Chapel|Bridge|Market|Castle|Orchard|Canal|Harbour|Meadow|Brook|Hill|
Green|Farm|School|Manor|Windsor|Kingsway|Hamilton|Gladstone|Wellington|Mandela|Lime|Ash""")
STREET_TYPES = _s("Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Terrace|Place|Gardens")
