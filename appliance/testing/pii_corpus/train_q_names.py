"""People and places for `train_q`: hand-written given and family names of many cultures,
Faker's name lists for Latin-script locales (read as data, for volume), cities, regions,
countries and street addresses, and the ways people write a name."""

from __future__ import annotations

import importlib
import random
import unicodedata


def _s(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split("|") if x.strip())


# culture: (given names, family names), written by hand.
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "akan": (_s("Kofi|Kwame|Ama|Akosua|Yaw|Adwoa|Kwabena|Esi|Kojo|Abena"),
             _s("Mensah|Owusu|Boateng|Asante|Appiah|Osei|Agyeman|Darko|Frimpong|Acheampong")),
    "yoruba": (_s("Adebayo|Folasade|Olumide|Temitope|Oluwaseun|Yetunde|Babatunde|Funmilayo"),
               _s("Adeyemi|Ogunleye|Adebisi|Oyelaran|Afolabi|Oladipo|Ogunbanjo|Bakare")),
    "igbo": (_s("Chinedu|Ngozi|Obinna|Chiamaka|Ifeanyi|Adaeze|Emeka|Nkechi"),
             _s("Okafor|Nwosu|Eze|Okonkwo|Obi|Nwachukwu|Onyekachi|Uchenna")),
    "kikuyu_luo": (_s("Wanjiru|Kamau|Njeri|Otieno|Akinyi|Odhiambo|Wambui|Mwangi"),
                   _s("Kariuki|Ochieng|Njoroge|Onyango|Wafula|Kiprono|Chebet|Mutua")),
    "amharic": (_s("Abebe|Tigist|Haile|Selam|Dawit|Meron|Yonas|Hiwot"),
                _s("Bekele|Tesfaye|Gebremariam|Alemu|Wolde|Tadesse|Kebede|Mengistu")),
    "somali": (_s("Hodan|Abdirahman|Faadumo|Ayaan|Liban|Hamdi|Abdullahi|Sahra"),
               _s("Warsame|Farah|Jama|Abdi|Dahir|Egal|Nur|Yusuf")),
    "zulu_xhosa": (_s("Thandiwe|Sipho|Nomvula|Themba|Lindiwe|Bongani|Zanele|Mandla"),
                   _s("Dlamini|Nkosi|Ndlovu|Khumalo|Mthembu|Zulu|Mahlangu|Sithole")),
    "arabic": (_s("Omar|Layla|Youssef|Fatima|Khalid|Nour|Tariq|Rania|Samir|Hala"),
               _s("Haddad|Khoury|Mansour|El-Sayed|Nasser|Saleh|Barakat|Aziz|Hamdan|Karam")),
    "moroccan": (_s("Yassine|Salma|Mehdi|Imane|Hamza|Khadija|Anouar|Zineb"),
                 _s("Benali|El Amrani|Bennani|Tazi|Alaoui|Berrada|Chraibi|Idrissi")),
    "turkish": (_s("Emre|Zeynep|Mehmet|Elif|Burak|Ayşe|Cem|Derya|Oğuz|Selin"),
                _s("Yılmaz|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Kaya|Koç")),
    "persian": (_s("Dariush|Shirin|Kaveh|Parisa|Babak|Negar|Arash|Leila"),
                _s("Hosseini|Rahimi|Karimi|Tehrani|Ahmadi|Moradi|Jafari|Farahani")),
    "kurdish": (_s("Rojda|Berzan|Dilan|Azad|Hêvî|Serhat|Zilan|Welat"),
                _s("Barzani|Amedi|Zebari|Baban|Rawandzi|Hawrami|Jaff|Bozkurt")),
    "hindi": (_s("Aarav|Priya|Rohan|Ananya|Vikram|Kavya|Arjun|Sneha|Rahul|Deepika"),
              _s("Sharma|Verma|Gupta|Agarwal|Malhotra|Kapoor|Mehta|Saxena|Chopra|Joshi")),
    "tamil": (_s("Karthik|Lakshmi|Senthil|Meenakshi|Arun|Divya|Murugan|Revathi"),
              _s("Subramanian|Ramasamy|Krishnan|Natarajan|Venkatesan|Pillai|Iyer|Raman")),
    "bengali": (_s("Sourav|Moumita|Anirban|Rituparna|Debashis|Tanushree|Arnab|Sharmila"),
                _s("Chatterjee|Banerjee|Mukherjee|Ghosh|Bose|Das|Sengupta|Bhattacharya")),
    "punjabi_urdu": (_s("Harpreet|Gurpreet|Manjit|Imran|Ayesha|Bilal|Sana|Zainab"),
                     _s("Sandhu|Gill|Dhillon|Grewal|Qureshi|Chaudhry|Siddiqui|Malik")),
    "sinhala": (_s("Nimal|Chamari|Kasun|Dilani|Ruwan|Sanduni|Tharindu|Ishara"),
                _s("Perera|Fernando|Jayasuriya|Wickramasinghe|Bandara|Gunawardena|Silva|Dissanayake")),
    "nepali": (_s("Bikash|Sunita|Prakash|Anjali|Sujan|Pooja|Roshan|Samjhana"),
               _s("Shrestha|Gurung|Tamang|Thapa|Rai|Adhikari|Magar|Basnet")),
    "chinese": (_s("Wei|Xiaoling|Jun|Mei|Haoran|Yiting|Zhiwei|Lingling|Jian|Xinyi"),
                _s("Zhang|Wang|Chen|Liu|Huang|Zhao|Zhou|Xu|Sun|Guo")),
    "cantonese": (_s("Ka-wai|Wing|Siu-ming|Mei-ling|Chi-keung|Wai-man|Hoi-yan|Kwok-wing"),
                  _s("Chan|Wong|Leung|Cheung|Lau|Ng|Tsang|Yeung")),
    "japanese": (_s("Haruto|Yui|Sota|Aoi|Ren|Hina|Takumi|Sakura|Kenji|Yuki"),
                 _s("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato")),
    "korean": (_s("Min-jun|Seo-yeon|Ji-ho|Ha-eun|Do-yun|Su-bin|Jae-won|Yuna"),
               _s("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon")),
    "vietnamese": (_s("Minh|Thao|Duc|Lan|Tuan|Huong|Quang|Ngoc"),
                   _s("Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang")),
    "thai": (_s("Somchai|Nattaya|Anan|Kanya|Prasert|Siriporn|Thanawat|Pimchanok"),
             _s("Saetang|Wongsakul|Srisuk|Chaiyaporn|Boonmee|Rattanakul|Kittisak|Suksawat")),
    "filipino": (_s("Jose Mari|Maricel|Rodel|Jocelyn|Angelito|Rowena|Bong|Liezl"),
                 _s("Dela Cruz|Reyes|Bautista|Mendoza|Villanueva|Santos|Aquino|Macaraeg")),
    "indonesian": (_s("Budi|Siti|Agus|Dewi|Rizky|Putri|Wahyu|Ratna"),
                   _s("Santoso|Wijaya|Kusuma|Hidayat|Saputra|Nugroho|Setiawan|Pratama")),
    "malay": (_s("Ahmad Faizal|Nurul|Hafiz|Aisyah|Azlan|Farah|Syafiq|Nabilah"),
              _s("bin Ismail|binti Hassan|bin Razak|binti Ahmad|Abdullah|bin Osman|Rahman|Yaacob")),
    "russian": (_s("Dmitri|Yekaterina|Sergei|Anastasia|Alexei|Olga|Nikolai|Svetlana"),
                _s("Ivanov|Smirnova|Kuznetsov|Popova|Sokolov|Lebedeva|Morozov|Volkova")),
    "ukrainian": (_s("Oleksandr|Oksana|Taras|Iryna|Bohdan|Yulia|Mykola|Nataliya"),
                  _s("Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Lysenko")),
    "greek": (_s("Georgios|Eleni|Dimitris|Katerina|Nikos|Sofia|Yannis|Despina"),
              _s("Papadopoulos|Georgiou|Nikolaidis|Papadakis|Karagiannis|Vlachos|Oikonomou|Christodoulou")),
    "armenian": (_s("Aram|Anahit|Tigran|Lusine|Narek|Armine|Hovhannes|Siranush"),
                 _s("Petrosyan|Hakobyan|Grigoryan|Sargsyan|Harutyunyan|Vardanyan|Khachatryan|Avetisyan")),
    "georgian": (_s("Giorgi|Nino|Levan|Tamar|Davit|Mariam|Irakli|Ketevan"),
                 _s("Beridze|Kapanadze|Gelashvili|Maisuradze|Lomidze|Tsiklauri|Chikovani|Abashidze")),
    "hebrew": (_s("Yael|Avi|Noa|Itai|Tamar|Eitan|Shira|Yonatan"),
               _s("Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Avraham|Katz")),
    "icelandic": (_s("Guðrún|Sigurður|Katrín|Jón|Helga|Gunnar|Sigríður|Einar"),
                  _s("Jónsdóttir|Sigurðsson|Magnúsdóttir|Guðmundsson|Einarsdóttir|Ólafsson|Kristjánsdóttir|Stefánsson")),
    "welsh": (_s("Rhys|Cerys|Dafydd|Angharad|Gethin|Eleri|Iolo|Bethan"),
              _s("Llewellyn|Pritchard|Prosser|Vaughan|Gwilym|Bowen|Parry|Meredith")),
    "gaelic": (_s("Siobhán|Ciarán|Aoife|Pádraig|Niamh|Oisín|Saoirse|Eoghan"),
               _s("Ó Briain|Ní Dhomhnaill|MacGabhann|Ó Súilleabháin|Mac Aodha|Ní Bhriain|Ó Ceallaigh|Mac Cárthaigh")),
    "maori_samoan": (_s("Aroha|Tane|Mere|Wiremu|Sione|Losa|Tavita|Malia"),
                     _s("Ngata|Te Whata|Parata|Tuhoe|Faleolo|Tuilagi|Leota|Sapolu")),
    "hawaiian": (_s("Kalani|Leilani|Keoni|Mahina|Kekoa|Noelani|Makoa|Iolana"),
                 _s("Kahananui|Akana|Kealoha|Kamakana|Kanoho|Nakamoto|Kaleikini|Mahoe")),
    "mexican": (_s("Ximena|Santiago|Guadalupe|Juan Pablo|Itzel|Alejandro|Citlali|Emiliano"),
                _s("Hernández|García|Ramírez|Velázquez|Cuauhtémoc|Xochitl|Tlatoani|Zapata")),
    "brazilian": (_s("João Pedro|Thiago|Larissa|Rafael|Juliana|Gustavo|Beatriz|Caio"),
                  _s("Oliveira|Souza|Lima|Carvalho|Ribeiro|Almeida|Barbosa|Nascimento")),
    "hungarian": (_s("Bence|Zsófia|Levente|Réka|Ádám|Eszter|Gergely|Boglárka"),
                  _s("Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár")),
}

FAKER_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "en_KE", "en_NG", "en_PK", "en_IN", "de_DE", "de_AT",
    "de_CH", "fr_FR", "fr_BE", "fr_CA", "es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "it_IT",
    "nl_NL", "nl_BE", "pt_BR", "pt_PT", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU",
    "ro_RO", "tr_TR", "sv_SE", "no_NO", "da_DK", "fi_FI", "et_EE", "lt_LT", "lv_LV", "is_IS",
    "ga_IE", "id_ID", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "zu_ZA", "sw", "az_AZ",
)


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def _names(values) -> list[str]:
    if isinstance(values, dict):
        values = list(values)
    if not isinstance(values, (list, tuple)):
        return []
    return [v for v in values if isinstance(v, str)]


def faker_cultures(per_list: int = 120) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Given and family names from Faker's person providers (data only, no Faker()); a
    fixed sample of each, so the same for every run."""
    out = {}
    rng = random.Random(99)
    for loc in FAKER_LOCALES:
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        given: list[str] = []
        for attr in ("first_names", "first_names_male", "first_names_female"):
            given += _names(getattr(prov, attr, ()))
        family = _names(getattr(prov, "last_names", ()))
        given = sorted({g for g in given if _latin(g) and " " not in g and 2 < len(g) < 14})
        family = sorted({f for f in family if _latin(f) and 2 < len(f) < 16})
        if len(given) < 10 or len(family) < 10:
            continue
        rng.shuffle(given)
        rng.shuffle(family)
        out["faker_" + loc] = (tuple(given[:per_list]), tuple(family[:per_list]))
    return out


CITIES = _s(
    "Accra|Kumasi|Lagos|Ibadan|Enugu|Nairobi|Mombasa|Kisumu|Addis Ababa|Mogadishu|Hargeisa|"
    "Durban|Johannesburg|Cape Town|Pretoria|Cairo|Alexandria|Casablanca|Rabat|Fez|Tunis|"
    "Algiers|Istanbul|Ankara|Izmir|Bursa|Antalya|Tehran|Isfahan|Shiraz|Erbil|Sulaymaniyah|"
    "Beirut|Amman|Riyadh|Jeddah|Doha|Dubai|Abu Dhabi|Muscat|Mumbai|Pune|Chennai|Kolkata|"
    "Bengaluru|Hyderabad|Ahmedabad|Jaipur|Lucknow|Lahore|Karachi|Islamabad|Dhaka|Chittagong|"
    "Colombo|Kandy|Kathmandu|Pokhara|Shanghai|Beijing|Shenzhen|Chengdu|Wuhan|Hangzhou|"
    "Taipei|Kaohsiung|Tokyo|Osaka|Kyoto|Sapporo|Fukuoka|Seoul|Busan|Incheon|Hanoi|"
    "Ho Chi Minh City|Da Nang|Bangkok|Chiang Mai|Manila|Cebu|Davao|Jakarta|Surabaya|"
    "Bandung|Kuala Lumpur|Penang|Johor Bahru|Sydney|Melbourne|Brisbane|Perth|Adelaide|"
    "Hobart|Wellington NZ|Christchurch|Dunedin|Apia|Honolulu|Hilo|Anchorage|Seattle|"
    "Portland|San Francisco|Oakland|Sacramento|San Diego|Phoenix|Tucson|Albuquerque|"
    "Austin|Houston|Dallas|San Antonio|El Paso|Atlanta|Miami|Tampa|Orlando|Charlotte NC|"
    "Raleigh|Nashville|Memphis|Louisville|Cincinnati|Cleveland|Columbus OH|Detroit|"
    "Milwaukee|Minneapolis|Des Moines|Omaha|Kansas City|Tulsa|Baltimore|Philadelphia|"
    "Newark|Hartford|Providence|Buffalo NY|Rochester NY|Albany|Vancouver|Calgary|"
    "Edmonton|Winnipeg|Ottawa|Quebec City|Halifax|Guadalajara|Monterrey|Puebla|Oaxaca|"
    "Mérida|Bogotá|Medellín|Cali|Quito|Lima|Cusco|La Paz|Asunción|Montevideo|Buenos Aires|"
    "Córdoba|Rosario|Mendoza|Valparaíso|São Paulo|Rio de Janeiro|Belo Horizonte|Salvador|"
    "Recife|Fortaleza|Curitiba|Porto Alegre|Manaus|Lisbon|Coimbra|Braga|Faro|Madrid|"
    "Barcelona|Seville|Valencia|Zaragoza|Málaga|Granada|Salamanca|Bordeaux city|Toulouse|"
    "Marseille|Montpellier|Nantes|Rennes|Lille|Strasbourg|Grenoble|Brussels|Antwerp|"
    "Ghent|Leuven|Utrecht|Eindhoven|Groningen|Leiden|Maastricht|Hamburg|Munich|Stuttgart|"
    "Leipzig|Dresden|Nuremberg|Hanover|Freiburg|Heidelberg|Zurich|Geneva|Lausanne|Bern|"
    "Salzburg|Innsbruck|Graz|Linz|Prague|Brno|Ostrava|Bratislava|Košice|Ljubljana|Zagreb|"
    "Split|Belgrade|Sarajevo|Budapest|Debrecen|Szeged|Warsaw|Kraków|Gdańsk|Wrocław|Poznań|"
    "Łódź|Vilnius|Kaunas|Riga|Tallinn|Tartu|Helsinki|Tampere|Turku|Stockholm|Gothenburg|"
    "Malmö|Uppsala|Oslo|Bergen|Trondheim|Copenhagen|Aarhus|Odense|Reykjavík|Akureyri|"
    "Dublin|Cork|Galway city|Belfast|Derry|Glasgow|Aberdeen|Dundee|Cardiff|Swansea|"
    "Manchester|Liverpool|Leeds|Birmingham|Bristol city|Brighton|Norwich|Exeter|Plymouth|"
    "Southampton|Cambridge|Leicester|Coventry|Hull|Newcastle upon Tyne|Sunderland|"
    "Bucharest|Cluj-Napoca|Timișoara|Iași|Sofia city|Plovdiv|Thessaloniki|Athens|Patras|"
    "Heraklion|Nicosia|Limassol|Tbilisi|Batumi|Yerevan|Gyumri|Baku|Kyiv city|Lviv|Odesa|"
    "Kharkiv|Almaty|Tashkent|Samarkand|Ulaanbaatar|Tel Aviv|Haifa|Jerusalem"
)
REGIONS = _s(
    "Bavaria|Saxony|Hesse|Tuscany|Lombardy|Piedmont|Sicily region|Andalusia|Catalonia|"
    "Galicia|Basque Country|Provence|Brittany|Normandy|Occitanie|Flanders|Wallonia|"
    "Friesland|Zeeland|Tyrol|Styria|Carinthia|Moravia|Bohemia|Silesia|Masovia|Transylvania|"
    "Dalmatia|Istria|Crete|Peloponnese|Anatolia|Cappadocia|Kurdistan Region|Punjab|"
    "Kerala|Tamil Nadu|Rajasthan|Bengal|Gujarat|Sindh|Guangdong|Sichuan|Yunnan|Hokkaido|"
    "Okinawa|Kyushu|Jeju|Mindanao|Bali|Java|Sumatra|Sabah|Sarawak|Queensland|Tasmania|"
    "New South Wales|Otago|Canterbury NZ|Alberta|Ontario|Quebec|Nova Scotia|Manitoba|"
    "California|Oregon state|Arizona|Colorado|Montana|Ohio|Georgia state|Vermont|Maine|"
    "Yucatán|Chiapas|Patagonia|Minas Gerais|Bahia|Algarve|Alentejo|Scottish Highlands|"
    "Cornwall|Devon|Snowdonia|Connemara|Donegal|Lapland|Jutland|Skåne|Lofoten"
)
COUNTRIES = _s(
    "Ghana|Nigeria|Kenya|Ethiopia|Somalia|South Africa|Egypt|Morocco|Tunisia|Algeria|"
    "Türkiye|Iran|Iraq|Lebanon|Jordan|Saudi Arabia|Qatar|Oman|Pakistan|Bangladesh|"
    "Sri Lanka|Nepal|Bhutan|China|Taiwan|Japan|South Korea|Vietnam|Thailand|Cambodia|"
    "Laos|Philippines|Indonesia|Malaysia|Australia|New Zealand|Samoa|Fiji|Canada|Mexico|"
    "Colombia|Ecuador|Peru|Bolivia|Paraguay|Uruguay|Argentina|Chile|Brazil|Portugal|Spain|"
    "France|Belgium|Netherlands|Germany|Switzerland|Austria|Czechia|Slovakia|Slovenia|"
    "Croatia|Serbia|Hungary|Poland|Lithuania|Latvia|Estonia|Finland|Sweden|Norway|Denmark|"
    "Iceland|Ireland|Scotland|Wales country|England|Romania|Bulgaria|Greece|Cyprus|"
    "Armenia|Azerbaijan|Ukraine|Kazakhstan|Uzbekistan|Mongolia|Israel|Italy|Luxembourg"
)
# Some entries above carry a disambiguating word ("Galway city"); the word is dropped.
_STRIP = (" city", " NZ", " NC", " OH", " NY", " state", " region", " country")


def _clean_place(p: str) -> str:
    for tail in _STRIP:
        if p.endswith(tail):
            return p[: -len(tail)]
    return p


PLACES = tuple(dict.fromkeys(_clean_place(p) for p in CITIES + REGIONS + COUNTRIES))

STREETS = _s(
    "Maple Avenue|Oak Street|High Street|Station Road|Church Lane|Mill Road|Elm Grove|"
    "Park Crescent|Kingsway|Riverside Drive|Harbour Road|Bridge Street|Market Square|"
    "Lindenstraße|Hauptstraße|Bahnhofstraße|Rue de la République|Avenue Jean Jaurès|"
    "Calle Mayor|Gran Vía|Rua Augusta|Via Roma|Via Garibaldi|Keizersgracht|Prinsengracht|"
    "Istiklal Caddesi|Bağdat Caddesi|Ulica Długa|Nowy Świat|Vasagatan|Drottninggatan|"
    "Storgata|Nørrebrogade|Mannerheimintie|O'Connell Street|Sauchiehall Street|"
    "Queen Street|Jalan Sudirman|Orchard Road|MG Road|Linking Road|Nathan Road|Sukhumvit "
    "Soi 11|Avenida Paulista|Avenida Corrientes|Avenida Reforma|Spadina Avenue|Yonge Street|"
    "Elm Street|Pine Street|Cedar Lane|Sunset Boulevard|Lakeshore Drive|Collins Street|"
    "George Street|Lambton Quay|Ponsonby Road"
)
