"""The values of the val3 part of the labelled PII set (appliance.testing.pii_corpus.val3).

Names from 47 cultures, places and street addresses of 23 countries, e-mail domains,
and generators for the structured identifiers (phone numbers valid for their region by
`phonenumbers`, Luhn-valid cards, IBANs with ISO 7064 mod 97 check digits, SSNs, IPs,
account numbers) and for the decoys of clean prompts (order and tracking numbers, dates,
versions, prices, SKUs, hashes ...). Every generator takes the part's `random.Random`.
"""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata
import uuid
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType


@dataclass(frozen=True)
class Culture:
    given: tuple[str, ...]
    family: tuple[str, ...]
    country: str  # ISO region for the person's phone number and address
    family_first: float = 0.0  # how often the full name is written family name first
    middles: tuple[str, ...] = ()  # middle names written between family and given names


def _c(given: str, family: str, country: str, family_first: float = 0.0, middles: str = "") -> Culture:
    split = lambda s: tuple(x.strip() for x in s.split(",") if x.strip())  # noqa: E731
    return Culture(split(given), split(family), country, family_first, split(middles))


CULTURES: dict[str, Culture] = {
    "english": _c("Oliver, Charlotte, Harry, Amelia, Imogen, Freddie, Poppy, Alfie, Harriet, Rupert",
                  "Whitaker, Pemberton, Ashworth, Fletcher, Kendall, Thornton, Barlow, Hughes", "GB"),
    "american": _c("Tyler, Madison, Brandon, Kayla, Dustin, Brittany, Cody, Jasmine, Trevor, Shelby",
                   "Holloway, Pruitt, McAllister, Brennan, Sizemore, Whitfield, Harrington, Caldwell", "US"),
    "irish": _c("Siobhán, Cian, Aoife, Niamh, Oisín, Ciara, Declan, Róisín",
                "O'Sullivan, O'Donnell, MacCarthy, Fitzgerald, Keane, Mulcahy, Ó Briain", "IE"),
    "scottish": _c("Eilidh, Callum, Morag, Fraser, Iona, Ruaridh, Kirsty",
                   "MacLeod, Sutherland, McKenzie, Drummond, Lennox, Gillespie", "GB"),
    "spanish": _c("Alejandro, Lucía, Javier, Nuria, Iñaki, Álvaro, Pilar, Begoña, Sergio",
                  "García-Ortega, Fernández, Etxeberria, Navarro, Ruiz, Castellanos, Domínguez", "ES"),
    "mexican": _c("Guadalupe, Juan Carlos, Ximena, Itzel, Rodrigo, Fernanda, Emiliano",
                  "Hernández, Villaseñor, Zárate, Montoya, Quintero, Cervantes", "MX"),
    "brazilian": _c("João Pedro, Thiago, Larissa, Gabriela, Rafaela, Luiz Felipe, Beatriz",
                    "da Silva, Oliveira, Carvalho, dos Santos, Nascimento, Albuquerque", "BR"),
    "portuguese": _c("Inês, Tiago, Leonor, Duarte, Matilde", "Ferreira, Sousa, Magalhães, Pinto", "PT"),
    "french": _c("Mathilde, Étienne, Camille, Baptiste, Océane, Théo, Margaux, Gaëlle",
                 "Lefèvre, Dubois, Moreau, Girard-Lemaire, Rousseau, Beaumont, Chevalier", "FR"),
    "german": _c("Lukas, Annika, Jürgen, Sabine, Maximilian, Friederike, Jannik, Henrike",
                 "Schäfer, Hoffmann, Wagner, Krüger, Vogt, Lindemann, Meyer-Vogel", "DE"),
    "italian": _c("Giulia, Lorenzo, Chiara, Matteo, Francesca, Alessandro, Beatrice",
                  "Bianchi, Esposito, Colombo, De Luca, Ferraro, Santangelo, D'Amico", "IT"),
    "dutch": _c("Sanne, Joris, Femke, Bram, Lieke, Thijs, Maartje",
                "van der Berg, de Vries, Jansen, Bakker, van Dijk, Visser, Hoekstra", "NL"),
    "polish": _c("Agnieszka, Łukasz, Małgorzata, Krzysztof, Zofia, Wojciech, Katarzyna",
                 "Kowalski, Wiśniewska, Zieliński, Lewandowska, Szymański, Dąbrowski", "PL"),
    "russian": _c("Dmitri, Svetlana, Aleksei, Yekaterina, Nikolai, Olga",
                  "Ivanova, Smirnov, Kuznetsova, Volkov, Sokolov, Morozova", "RU"),
    "ukrainian": _c("Oksana, Taras, Bohdan, Iryna, Mykola, Yulia",
                    "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchuk", "UA"),
    "czech": _c("Tereza, Jiří, Kateřina, Ondřej, Lenka", "Novák, Dvořáková, Černý, Procházka", "CZ"),
    "greek": _c("Eleni, Giorgos, Dimitra, Konstantinos, Sofia, Nikos, Vasiliki",
                "Papadopoulou, Georgiou, Karagiannis, Oikonomou, Vlachos, Antoniadis", "GR"),
    "hungarian": _c("Zsófia, Bence, Réka, Levente, Eszter, Gábor, Csilla",
                    "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Farkas", "HU", 0.6),
    "turkish": _c("Elif, Emre, Zeynep, Burak, Ayşe, Mehmet, Şebnem, İlker, Çağla",
                  "Yılmaz, Öztürk, Demir, Şahin, Aydın, Kaya, Arslan", "TR"),
    "persian": _c("Parisa, Arash, Shirin, Dariush, Niloufar, Kourosh, Maryam, Babak",
                  "Hosseini, Tehrani, Rahimi, Karimi, Moradi, Jafari, Sadeghi", "IR"),
    "arabic": _c("Omar, Fatima, Youssef, Layla, Khalid, Noor, Abdullah, Rania",
                 "Al-Farsi, Haddad, El-Masri, Al-Rashid, Nasser, Bin Saleh, Khoury", "AE"),
    "hebrew": _c("Noa, Yael, Eitan, Avital, Itai, Tamar, Oren, Shira",
                 "Cohen, Mizrahi, Peretz, Ben-David, Friedman, Shapiro, Avraham", "IL"),
    "hindi": _c("Priya, Rohan, Ananya, Vikram, Deepika, Arjun, Sneha, Aditya, Pooja",
                "Sharma, Gupta, Verma, Malhotra, Chaudhary, Mehta, Agarwal, Bhatt", "IN"),
    "tamil": _c("Karthik, Lakshmi, Senthil, Meenakshi, Arun, Kavitha, Murugan, Divya",
                "Subramanian, Ramasamy, Venkatesan, Krishnan, Natarajan, Pillai, Sundaram", "IN"),
    "bengali": _c("Sourav, Rituparna, Debashish, Moumita, Arnab, Tanushree",
                  "Chatterjee, Banerjee, Mukherjee, Ghosh, Sengupta", "IN"),
    "pakistani": _c("Ayesha, Bilal, Hina, Usman, Zainab, Faisal", "Qureshi, Siddiqui, Malik, Chaudhry", "PK"),
    "chinese": _c("Wei, Fang, Jing, Hao, Xiaoming, Mei, Yuxuan, Zhiwei, Lihua",
                  "Wang, Zhang, Liu, Chen, Huang, Zhao, Xu, Lin", "CN", 0.5),
    "cantonese": _c("Ka-wai, Wing-yan, Chun-kit, Hoi-ling", "Chan, Wong, Leung, Cheung, Lau", "HK", 0.4),
    "japanese": _c("Haruto, Yui, Sota, Aoi, Ren, Sakura, Kenji, Yuki, Hiroshi",
                   "Tanaka, Suzuki, Takahashi, Watanabe, Yamamoto, Nakamura, Kobayashi", "JP", 0.3),
    "korean": _c("Min-jun, Seo-yeon, Ji-hoon, Ha-eun, Do-yoon, Ji-woo, Hyun-woo, Soo-ah",
                 "Kim, Park, Choi, Jung, Kang, Yoon, Han, Seo", "KR", 0.5),
    "vietnamese": _c("Lan, Minh, Huong, Tuan, Thao, Bao, Linh, Dung",
                     "Nguyen, Tran, Pham, Hoang, Vu, Dang, Bui, Nguyễn, Trần", "VN", 0.8,
                     "Thi, Van, Duc, Ngoc, Thanh, Quoc"),
    "thai": _c("Somchai, Nattaya, Kittisak, Siriporn, Anucha, Pimchanok, Thanawat",
               "Wongsakul, Srisuk, Chaiyaporn, Boonmee, Phromsuwan, Saetang", "TH"),
    "indonesian": _c("Budi, Siti, Agus, Dewi, Rizky, Wulan, Putri, Bayu",
                     "Santoso, Wijaya, Kusuma, Hidayat, Pratama, Nugroho, Setiawan", "ID"),
    "filipino": _c("Maria Clara, Jose Miguel, Maricel, Rommel, Jhoanna, Bienvenido, Lovely",
                   "Dela Cruz, Bautista, Macaraeg, Villanueva, Soriano, Manalo", "PH"),
    "swahili": _c("Baraka, Zawadi, Amani, Imani, Juma, Neema, Wanjiru, Rehema",
                  "Mwangi, Otieno, Njoroge, Kamau, Odhiambo, Mutua, Mwakilema", "KE"),
    "tanzanian": _c("Tumaini, Halima, Saidi, Upendo", "Mushi, Massawe, Kimaro, Lyimo", "TZ"),
    "nigerian": _c("Adebayo, Chiamaka, Oluwaseun, Ngozi, Emeka, Folake, Chukwuemeka, Temitope",
                   "Okafor, Adeyemi, Eze, Balogun, Nwosu, Oyelaran, Okonkwo", "NG"),
    "ethiopian": _c("Selam, Dawit, Tigist, Yonas, Hiwot, Meron", "Tesfaye, Bekele, Gebremedhin, Alemu", "ET"),
    "zulu": _c("Thandiwe, Sipho, Nomvula, Themba, Lindiwe", "Dlamini, Nkosi, Mthembu, Khumalo", "ZA"),
    "nordic": _c("Linnea, Søren, Astrid, Magnus, Ingrid, Björn, Sigrid, Mikkel",
                 "Lindqvist, Johansson, Halvorsen, Nørgaard, Bergström, Åberg", "SE"),
    "finnish": _c("Aino, Eero, Saara, Juhani, Venla", "Virtanen, Korhonen, Mäkinen, Heikkinen", "FI"),
    "romanian": _c("Ioana, Andrei, Mihaela, Bogdan, Raluca", "Popescu, Ionescu, Dumitrescu, Stănescu", "RO"),
    "maori": _c("Aroha, Wiremu, Mere, Tane, Anahera", "Ngata, Parata, Tawhiri, Walker", "NZ"),
    "australian": _c("Jaxon, Kylie, Brodie, Tahlia, Lachlan", "Fitzpatrick, Doyle, McMahon, Riordan", "AU"),
    "canadian": _c("Mackenzie, Gabrielle, Tristan, Émilie, Connor", "Tremblay, Gagnon, Bouchard, Roy", "CA"),
    "singaporean": _c("Jun Jie, Hui Min, Wei Ling, Kai Xiang", "Tan, Lim, Goh, Ong, Teo", "SG", 0.5),
    "argentinian": _c("Valentina, Santiago, Agustina, Facundo, Camila", "Gómez, Fernández, Benítez, Acosta", "AR"),
}

# Names that are also common English words, planted only where the text makes them a person.
WORD_NAMES = ("Hope", "Rich", "Bill", "Will", "Mark", "Grace", "Joy", "Faith", "Rose", "June",
              "Dawn", "Ivy", "Chance", "Sunny", "Pat", "Summer", "Amber", "Hunter", "Sky")
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Mx.", "Dr", "Mr", "Ms", "Sra.", "Herr", "Frau",
          "Mme", "Capt.", "Rev.", "Judge")
SUFFIXES = ("Jr.", "Sr.", "III", "II", "Jr")
POSTNOMINALS = ("PhD", "MD", "Esq.", "CPA", "RN", "MBA")


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    middle: str  # a middle initial or name, "" if none
    culture: str
    country: str

    def full(self) -> str:
        culture = CULTURES[self.culture]
        if culture.middles and self.middle:
            return f"{self.family} {self.middle} {self.given}"
        return f"{self.given} {self.family}"

    def family_first(self) -> str:
        return f"{self.family} {self.given}"


def person(rng: random.Random) -> Person:
    name = rng.choice(sorted(CULTURES))
    culture = CULTURES[name]
    given, family = rng.choice(culture.given), rng.choice(culture.family)
    middle = rng.choice(culture.middles) if culture.middles and rng.random() < culture.family_first else ""
    return Person(given, family, middle, name, culture.country)


def usual_name(rng: random.Random, p: Person) -> str:
    """The full name in the order people of its culture often write it in English text."""
    if CULTURES[p.culture].family_first and rng.random() < CULTURES[p.culture].family_first:
        return p.full() if p.middle else p.family_first()
    return f"{p.given} {p.family}"


def ascii_fold(text: str) -> str:
    """A name as people put it into an e-mail address: lower case ASCII letters and dashes."""
    text = text.lower().translate(str.maketrans({"ł": "l", "ø": "o", "ı": "i", "đ": "d", "ß": "ss"}))
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain if ch in string.ascii_lowercase + "-")


PERSONAL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com",
                    "proton.me", "gmx.de", "web.de", "orange.fr", "libero.it", "naver.com",
                    "qq.com", "yahoo.co.jp", "wp.pl", "seznam.cz", "rediffmail.com", "yandex.com",
                    "bigpond.com", "uol.com.br", "t-online.de", "ziggo.nl", "mail.ee", "freenet.de")
WORK_DOMAINS = ("northwind-traders.com", "bluefinlogistics.io", "kestrel-analytics.co",
                "harbourline.co.uk", "tessera.health", "quillandpine.com", "voltaic.energy",
                "meridianlabs.ai", "corvid-security.net", "saffronfoods.in", "brightpath.edu",
                "atelier-lumen.fr", "holzmann-bau.de", "nordvik.no", "cascadia-dental.com",
                "pinecrest.k12.us", "oakridge-clinic.org", "lumenfinance.sg")
ROLE_MAILBOXES = ("billing", "hr", "support", "accounts", "careers", "orders", "frontdesk")


def email(rng: random.Random, p: Person) -> str:
    g, f = ascii_fold(p.given.split()[0]), ascii_fold(p.family.replace(" ", ""))
    local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{g}_{f}", f"{g}",
                        f"{f}.{g}", f"{g}.{f}+{rng.choice(('shop', 'news', 'work'))}", f"{g[0]}.{f}"))
    domain = rng.choice(PERSONAL_DOMAINS if rng.random() < 0.55 else WORK_DOMAINS)
    return f"{local}@{domain}"


def role_email(rng: random.Random) -> str:
    return f"{rng.choice(ROLE_MAILBOXES)}@{rng.choice(WORK_DOMAINS)}"


# --- places --------------------------------------------------------------------------------

CITIES: dict[str, tuple[str, ...]] = {
    "US": ("Columbus", "Tucson", "Raleigh", "Boise", "Milwaukee", "Sacramento", "Albuquerque", "Savannah"),
    "GB": ("Leeds", "Bristol", "Norwich", "Cardiff", "Aberdeen", "Brighton", "Sheffield"),
    "IE": ("Cork", "Galway", "Limerick", "Dublin"),
    "DE": ("Leipzig", "Freiburg", "Münster", "Hamburg", "Nürnberg", "Kassel"),
    "FR": ("Lyon", "Nantes", "Toulouse", "Lille", "Montpellier", "Rennes"),
    "ES": ("Valencia", "Bilbao", "Málaga", "Zaragoza", "Sevilla", "Granada"),
    "IT": ("Bologna", "Torino", "Napoli", "Verona", "Palermo", "Genova"),
    "NL": ("Utrecht", "Eindhoven", "Groningen", "Haarlem", "Rotterdam"),
    "PL": ("Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"),
    "GR": ("Thessaloniki", "Patras", "Heraklion", "Athens"),
    "HU": ("Debrecen", "Szeged", "Budapest", "Pécs"),
    "TR": ("İzmir", "Bursa", "Ankara", "Antalya", "Eskişehir"),
    "IR": ("Isfahan", "Shiraz", "Tabriz", "Tehran"),
    "IN": ("Pune", "Chennai", "Hyderabad", "Bengaluru", "Kochi", "Jaipur", "Kolkata", "Coimbatore"),
    "CN": ("Chengdu", "Hangzhou", "Shenzhen", "Wuhan", "Xi'an"),
    "JP": ("Osaka", "Fukuoka", "Sapporo", "Nagoya", "Yokohama"),
    "KR": ("Busan", "Incheon", "Daegu", "Seoul", "Gwangju"),
    "VN": ("Hanoi", "Da Nang", "Ho Chi Minh City", "Hai Phong", "Hue"),
    "TH": ("Chiang Mai", "Bangkok", "Khon Kaen", "Phuket"),
    "ID": ("Surabaya", "Bandung", "Yogyakarta", "Medan", "Jakarta"),
    "PH": ("Cebu City", "Davao", "Quezon City", "Iloilo"),
    "KE": ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
    "NG": ("Lagos", "Ibadan", "Abuja", "Enugu", "Port Harcourt"),
    "BR": ("Curitiba", "Recife", "Belo Horizonte", "Porto Alegre", "Salvador", "Campinas"),
    "MX": ("Guadalajara", "Monterrey", "Puebla", "Mérida", "Oaxaca"),
    "AU": ("Brisbane", "Adelaide", "Perth", "Hobart", "Geelong"),
    "CA": ("Winnipeg", "Halifax", "Calgary", "Québec City", "Saskatoon"),
    "IL": ("Haifa", "Tel Aviv", "Be'er Sheva", "Jerusalem"),
    "AE": ("Dubai", "Abu Dhabi", "Sharjah"),
    "SE": ("Göteborg", "Malmö", "Uppsala", "Linköping"),
    "PT": ("Porto", "Braga", "Coimbra", "Lisbon"),
    "ZA": ("Durban", "Pretoria", "Cape Town", "Bloemfontein"),
    "SG": ("Singapore",),
    "NZ": ("Wellington", "Dunedin", "Hamilton", "Auckland"),
    "AR": ("Rosario", "Córdoba", "Mendoza", "Buenos Aires"),
}
COUNTRIES = {"US": "the United States", "GB": "the UK", "IE": "Ireland", "DE": "Germany",
             "FR": "France", "ES": "Spain", "IT": "Italy", "NL": "the Netherlands",
             "PL": "Poland", "GR": "Greece", "HU": "Hungary", "TR": "Türkiye", "IR": "Iran",
             "IN": "India", "CN": "China", "JP": "Japan", "KR": "South Korea", "VN": "Vietnam",
             "TH": "Thailand", "ID": "Indonesia", "PH": "the Philippines", "KE": "Kenya",
             "NG": "Nigeria", "BR": "Brazil", "MX": "Mexico", "AU": "Australia", "CA": "Canada",
             "IL": "Israel", "AE": "the UAE", "SE": "Sweden", "PT": "Portugal",
             "ZA": "South Africa", "SG": "Singapore", "NZ": "New Zealand", "AR": "Argentina",
             "CZ": "Czechia", "FI": "Finland", "RO": "Romania", "PK": "Pakistan", "ET": "Ethiopia",
             "TZ": "Tanzania", "HK": "Hong Kong", "CH": "Switzerland", "AT": "Austria",
             "BE": "Belgium", "RU": "Russia", "UA": "Ukraine"}
REGIONS = ("Ontario", "Bavaria", "Catalonia", "Queensland", "Texas", "Kerala", "Lombardy",
           "Andalusia", "Gyeonggi", "Tuscany", "British Columbia", "Yorkshire", "Brittany",
           "Maharashtra", "Minas Gerais", "Jalisco", "Rift Valley", "Mazovia", "Crete", "Ohio",
           "Bali", "Mindanao", "Tasmania", "Saxony", "Galicia", "Punjab", "Anatolia", "Hokkaido")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _street(rng: random.Random, options: str) -> str:
    return rng.choice([s.strip() for s in options.split(",")])


def address(rng: random.Random, country: str) -> str:
    """A street address written the way the country writes it on one line."""
    n = rng.randint(2, 240)
    if country == "US":
        st = rng.choice((("OH", "Columbus", "432"), ("AZ", "Tucson", "857"), ("NC", "Raleigh", "276"),
                         ("WI", "Milwaukee", "532"), ("ID", "Boise", "837"), ("GA", "Savannah", "314")))
        unit = rng.choice(("", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" Unit {rng.randint(100, 999)}"))
        return f"{rng.randint(100, 9899)} {_street(rng, 'Maple Grove Ave, Oak Hollow Dr, W 38th St, Cedar Ridge Rd, Linden Blvd, Sycamore Ln')}{unit}, {st[1]}, {st[0]} {st[2]}{_digits(rng, 2)}"
    if country == "GB":
        town, pc = rng.choice((("Leeds", "LS6"), ("Bristol", "BS8"), ("Norwich", "NR2"), ("Cardiff", "CF24"), ("Sheffield", "S11")))
        return f"{n} {_street(rng, 'Hartley Road, Mill Lane, Queensway, Clarendon Street, Beech Grove')}, {town} {pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "IE":
        return f"{n} {_street(rng, 'Griffith Avenue, Ranelagh Road, Upper Leeson Street')}, Dublin {rng.randint(2, 9)}, D0{rng.randint(2, 9)} {rng.choice('XKYWF')}{_digits(rng, 3)}"
    if country == "DE":
        return f"{_street(rng, 'Lindenstraße, Am Mühlbach, Goethestraße, Schillerplatz, Bahnhofstr.')} {n}, {_digits(rng, 5)} {rng.choice(CITIES['DE'])}"
    if country == "FR":
        return f"{n} {_street(rng, 'rue des Lilas, avenue Jean Jaurès, boulevard Voltaire, rue de la Paix')}, {_digits(rng, 5)} {rng.choice(CITIES['FR'])}"
    if country == "ES":
        return f"Calle {_street(rng, 'de Alcalá, Mayor, del Olmo, San Vicente')} {n}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, {_digits(rng, 5)} {rng.choice(CITIES['ES'])}"
    if country == "IT":
        return f"Via {_street(rng, 'Garibaldi, dei Mille, San Vitale, Roma, Po')} {n}, {_digits(rng, 5)} {rng.choice(CITIES['IT'])}"
    if country == "NL":
        return f"{_street(rng, 'Oudegracht, Keizersgracht, Stationsweg, Prinsenstraat')} {n}, {rng.randint(1000, 9999)} {rng.choice(('AB', 'KL', 'RT', 'HG'))} {rng.choice(CITIES['NL'])}"
    if country == "PL":
        return f"ul. {_street(rng, 'Długa, Marszałkowska, Floriańska, Piotrkowska')} {n}/{rng.randint(1, 60)}, {_digits(rng, 2)}-{_digits(rng, 3)} {rng.choice(CITIES['PL'])}"
    if country == "JP":
        return f"{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {_street(rng, 'Jingumae, Nishi-Shinjuku, Umeda, Tenjin')}, {rng.choice(('Shibuya-ku, Tokyo', 'Kita-ku, Osaka', 'Chuo-ku, Fukuoka'))} {_digits(rng, 3)}-{_digits(rng, 4)}"
    if country == "IN":
        return f"Flat {rng.randint(101, 1204)}, {_street(rng, 'Lotus Residency, Sai Krupa Apartments, Green Meadows')}, {_street(rng, 'MG Road, 4th Cross, Anna Salai, Baner Road')}, {rng.choice(CITIES['IN'])} {rng.randint(110, 700)}{_digits(rng, 3)}"
    if country == "BR":
        return f"Rua {_street(rng, 'das Flores, Augusta, XV de Novembro, Padre Chagas')}, {n}, apto {rng.randint(11, 304)}, {rng.choice(('Curitiba - PR', 'Recife - PE', 'Campinas - SP', 'Porto Alegre - RS'))}, {_digits(rng, 5)}-{_digits(rng, 3)}"
    if country == "AU":
        return f"{n} {_street(rng, 'Wattle Street, Brunswick Rd, Ocean Parade, Kent St')}, {rng.choice(('Fitzroy VIC 3065', 'New Farm QLD 4005', 'Glenelg SA 5045', 'Subiaco WA 6008'))}"
    if country == "CA":
        return f"{n} {_street(rng, 'Elm Street, Rue Saint-Denis, Portage Ave, Barrington St')}, {rng.choice(('Winnipeg, MB R3C', 'Halifax, NS B3J', 'Calgary, AB T2P', 'Montréal, QC H2X'))} {rng.randint(1, 9)}{rng.choice('ABCEGHJ')}{rng.randint(1, 9)}"
    if country == "KR":
        return f"{n} {_street(rng, 'Teheran-ro, Sejong-daero, Haeundae-ro')}, {rng.choice(('Gangnam-gu, Seoul', 'Jung-gu, Seoul', 'Haeundae-gu, Busan'))} {_digits(rng, 5)}"
    if country == "MX":
        return f"Av. {_street(rng, 'Insurgentes Sur, Juárez, Reforma, Vallarta')} {n}, Col. {_street(rng, 'Roma Norte, Del Valle, Americana')}, {_digits(rng, 5)} {rng.choice(CITIES['MX'])}"
    if country == "TR":
        return f"{_street(rng, 'Atatürk Cad., Bağdat Cad., Kıbrıs Şehitleri Cad.')} No: {n} D: {rng.randint(1, 20)}, {rng.choice(('Kadıköy/İstanbul', 'Alsancak/İzmir', 'Çankaya/Ankara'))}"
    if country == "SE":
        return f"{_street(rng, 'Storgatan, Drottninggatan, Kungsgatan')} {n}, {_digits(rng, 3)} {_digits(rng, 2)} {rng.choice(CITIES['SE'])}"
    if country == "SG":
        return f"Blk {n} {_street(rng, 'Tampines Street 21, Ang Mo Kio Ave 3, Jurong West St 52')}, #{rng.randint(2, 19):02d}-{rng.randint(1, 400):02d}, Singapore {_digits(rng, 6)}"
    if country == "KE":
        return f"{_street(rng, 'Ngong Road, Moi Avenue, Kimathi Street')}, {rng.choice(('Kilimani', 'Westlands', 'Parklands'))}, Nairobi"
    if country == "NG":
        return f"{n} {_street(rng, 'Adeola Odeku Street, Awolowo Road, Admiralty Way')}, {rng.choice(('Victoria Island, Lagos', 'Ikoyi, Lagos', 'Lekki, Lagos'))}"
    if country == "VN":
        return f"{n} {_street(rng, 'Nguyễn Huệ, Lê Lợi, Trần Hưng Đạo')}, {rng.choice(('Quận 1, TP. Hồ Chí Minh', 'Hoàn Kiếm, Hà Nội'))}"
    if country == "PT":
        return f"Rua {_street(rng, 'de Santa Catarina, Augusta, do Almada')} {n}, {_digits(rng, 4)}-{_digits(rng, 3)} {rng.choice(CITIES['PT'])}"
    return address(rng, rng.choice(ADDRESS_COUNTRIES))


ADDRESS_COUNTRIES = ("US", "GB", "IE", "DE", "FR", "ES", "IT", "NL", "PL", "JP", "IN", "BR", "AU",
                     "CA", "KR", "MX", "TR", "SE", "SG", "KE", "NG", "VN", "PT")


# --- phone numbers ----------------------------------------------------------------------------

PHONE_REGIONS = ("US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT",
                 "PL", "CZ", "GR", "HU", "SE", "FI", "TR", "IL", "AE", "IR", "IN", "PK", "CN",
                 "HK", "JP", "KR", "VN", "TH", "ID", "PH", "SG", "AU", "NZ", "BR", "MX", "AR",
                 "KE", "TZ", "NG", "ET", "ZA", "RO", "RU", "UA")
PHONE_WEIGHTS = {"US": 6, "GB": 5, "IN": 5, "DE": 3, "AU": 2, "CA": 2, "FR": 2, "BR": 2, "ES": 2}


def _phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = PhoneNumberType.MOBILE if rng.random() < 0.65 else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(example)
    for keep in (1, 2, 3, 4):
        for _ in range(60):
            candidate = nsn[:keep] + _digits(rng, len(nsn) - keep)
            number = phonenumbers.parse("+" + str(example.country_code) + candidate)
            if phonenumbers.is_valid_number(number):
                return number
    return example


def _valid_as(text: str, region: str, number: phonenumbers.PhoneNumber) -> bool:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and parsed.national_number == number.national_number


def phone(rng: random.Random, region: str | None = None, style: str | None = None) -> tuple[str, str]:
    """A valid phone number of `region` (drawn if None) in a written form, and the region."""
    if region is None:
        pool = [r for r in PHONE_REGIONS for _ in range(PHONE_WEIGHTS.get(r, 1))]
        region = rng.choice(pool)
    number = _phone_number(rng, region)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    cc = str(number.country_code)
    rest = intl[len(cc) + 2 :]
    groups = [g for g in national.replace("(", " ").replace(")", " ").replace("-", " ").split() if g]
    forms = {
        "intl": intl,
        "e164": phonenumbers.format_number(number, PhoneNumberFormat.E164),
        "nat": national,
        "intl_dash": intl.replace(" ", "-"),
        "intl_dot": "+" + cc + "." + ".".join(rest.replace("-", " ").split()),
        "idd": "00" + intl[1:],
        "nat_plain": "".join(groups),
        "nat_dash": "-".join(groups),
        "nat_dot": ".".join(groups),
        "intl_trunk": f"+{cc} (0){rest}",
        "intl_nanp": f"+{cc} {national}",
        "intl_plain_space": f"+{cc} " + "".join(rest.replace("-", " ").split()),
    }
    weights = {"intl": 5, "e164": 3, "nat": 5, "intl_dash": 1, "intl_dot": 1, "idd": 2,
               "nat_plain": 2, "nat_dash": 2, "nat_dot": 1, "intl_trunk": 1, "intl_nanp": 1,
               "intl_plain_space": 1}
    if region not in ("US", "CA"):
        del weights["intl_nanp"]
    if region not in ("GB", "DE", "AT", "CH", "NL", "BE", "IE", "AU", "NZ", "FR"):
        del weights["intl_trunk"]
    choices = [style] if style in forms else [k for k, w in sorted(weights.items()) for _ in range(w)]
    for _ in range(8):
        text = forms[rng.choice(choices)]
        if _valid_as(text, region, number):
            return text, region
        choices = [k for k, w in sorted(weights.items()) for _ in range(w)]
    return intl, region


# --- other identifiers ------------------------------------------------------------------------


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)




def card(rng: random.Random) -> str:
    brand = rng.choice(("visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners"))
    prefix, length = {
        "visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(("34", "37")), 15), "discover": (rng.choice(("6011", "65")), 16),
        "jcb": (str(rng.randint(3528, 3589)), 16), "diners": (rng.choice(("36", "38")), 14),
    }[brand]
    digits = _luhn_complete(prefix, length, rng)
    sep = rng.choice((" ", " ", "-", ""))
    if length == 15:
        parts = [digits[:4], digits[4:10], digits[10:]]
    elif length == 14:
        parts = [digits[:4], digits[4:10], digits[10:]]
    else:
        parts = [digits[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


IBAN_BBAN = {"DE": "18n", "GB": "4a14n", "FR": "23n", "NL": "4a10n", "ES": "20n", "IT": "1a10n12c",
             "BE": "12n", "CH": "5n12c", "PL": "24n", "AT": "16n", "IE": "4a14n", "PT": "21n",
             "SE": "20n", "DK": "14n", "NO": "11n", "FI": "14n", "LU": "3n13c", "GR": "7n16c",
             "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n", "HU": "24n", "CZ": "20n", "RO": "4a16c"}
BANK_CODES = {"GB": ("NWBK", "BARC", "MIDL", "LOYD", "HBUK"), "NL": ("ABNA", "INGB", "RABO", "KNAB"),
              "IE": ("AIBK", "BOFI"), "RO": ("BTRL", "RNCB")}


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"




def iban(rng: random.Random, country: str | None = None, grouped: bool | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_BBAN))
    spec, bban, num = IBAN_BBAN[country], "", ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        count, num = int(num), ""
        if ch == "a" and country in BANK_CODES and not bban:
            bban += rng.choice(BANK_CODES[country])
        elif ch == "a":
            bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(count))
        elif ch == "c":
            bban += "".join(rng.choice(string.ascii_uppercase + string.digits * 12) for _ in range(count))
        else:
            bban += _digits(rng, count)
    compact = country + _iban_check(country, bban) + bban
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if grouped else compact


def ssn(rng: random.Random, sep: str = "-") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"




def account(rng: random.Random) -> str:
    n = rng.randint(6, 17)
    digits = _digits(rng, n)
    form = rng.random()
    if form < 0.2 and n >= 10:
        return f"{digits[:3]}-{digits[3:-2]}-{digits[-2:]}"
    if form < 0.35 and n >= 8:
        return " ".join(digits[i : i + 4] for i in range(0, n, 4))
    return digits


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.35:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.42:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([a for a in range(1, 224) if a not in (10, 100, 127, 169, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(("2001:db8", "2a02:c7f", "2600:1700", "2405:201", "fe80:0", "2a01:4f8"))
    groups = prefix.split(":") + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(prefix.split(":")))]
    if rng.random() < 0.5:
        groups[3:6] = ["0", "0", "0"]
    address = ipaddress.IPv6Address(":".join(groups))
    return address.exploded if rng.random() < 0.2 else address.compressed


# --- decoys -----------------------------------------------------------------------------------

PRODUCTS = ("Aurora Pro", "Nimbus Air 2", "Project Falcon", "Galaxy Tab S9", "Vertex Studio",
            "Orbit Max", "Pixel Buds", "Summit X", "Halo Home Hub", "Zephyr 3 Lite", "Kodiak Cooler 45",
            "Quantum Ledger", "Ember Smart Mug", "Atlas Desk Pro", "Lumen Reader 7", "Cobalt Router AX6000",
            "Northstar CRM", "Falcon 9 Toolkit", "Sprout Plan", "Titan Backup", "Mosaic Analytics")
COMPANIES = ("Stripe", "Shopify", "Salesforce", "Atlassian", "Datadog", "Cloudflare", "Vercel",
             "Twilio", "HubSpot", "Zendesk", "Notion", "Figma", "Snowflake", "Databricks", "Oracle",
             "SAP", "Adobe", "Nvidia", "Intel", "Samsung", "Sony", "Nike", "IKEA", "Lego",
             "Spotify", "Netflix", "Airbnb", "Canva", "Slack", "GitHub", "GitLab", "Mailchimp")
LIBRARIES = ("pandas", "NumPy", "FastAPI", "Django", "React", "Next.js", "Kubernetes", "Terraform",
             "PostgreSQL", "Redis", "Kafka", "Celery", "PyTorch", "scikit-learn", "TypeScript",
             "Tailwind CSS", "SQLAlchemy", "Pydantic", "Docker Compose", "Airflow", "Spark", "Vue")
MODELS = ("Llama 3.1 8B Instruct", "Mistral 7B", "Qwen2.5-72B", "GPT-4o", "Claude 3.5 Sonnet",
          "Gemma 2 9B", "Phi-3 Mini", "DeepSeek-V3", "Mixtral 8x7B", "bge-large-en-v1.5")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def decoy(rng: random.Random, kind: str) -> str:
    """A decoy value of `kind`: something that looks like an identifier but is not personal."""
    r = rng
    if kind == "order":
        return r.choice((f"#{_digits(r, r.randint(8, 12))}", f"ORD-{r.randint(2019, 2026)}-{_digits(r, 6)}",
                         f"SO-{_digits(r, 8)}", f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 7)}", _digits(r, 10)))
    if kind == "invoice":
        return r.choice((f"INV-{r.randint(2020, 2026)}-{_digits(r, 5)}", f"INV{_digits(r, 8)}", f"{r.randint(2020, 2026)}/{_digits(r, 4)}"))
    if kind == "ticket":
        return r.choice((f"{r.choice(('PLAT', 'OPS', 'WEB', 'DATA', 'INFRA'))}-{r.randint(10, 9999)}", f"#{r.randint(1000, 99999)}", f"CS-{_digits(r, 7)}"))
    if kind == "track":
        return r.choice((f"1Z{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))}",
                         f"9400 {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
                         f"JD{_digits(r, 18)}", f"{_digits(r, 12)}", f"LX{_digits(r, 9)}CN"))
    if kind == "date":
        y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{d} {MONTHS[m - 1]} {y}",
                         f"{MONTHS[m - 1]} {d}, {y}", f"{d}.{m}.{y}", f"{MONTHS[m - 1][:3]} {d}", f"{y}-{m:02d}-{d:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"))
    if kind == "time":
        return r.choice((f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{r.randint(1, 12)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm', 'AM', 'PM'))}", f"{r.randint(1, 12)}{r.choice(('am', 'pm'))}"))
    if kind == "ver":
        return r.choice((f"{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"v{r.randint(1, 4)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
                         f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}"))
    if kind == "build":
        return f"{r.randint(10, 24)}.{r.randint(0, 4)}.{r.randint(1000, 26100)}.{r.randint(1, 9999)}"
    if kind == "price":
        return r.choice((f"${r.randint(3, 2999)}.{r.randint(0, 99):02d}", f"€{r.randint(2, 900)},{r.randint(0, 99):02d}", f"£{r.randint(1, 500)}.{r.choice(('00', '50', '99'))}",
                         f"¥{r.randint(1, 99)},{_digits(r, 3)}", f"₹{r.randint(1, 99)},{_digits(r, 3)}", f"R$ {r.randint(10, 999)},{r.randint(0, 99):02d}", f"USD {r.randint(1, 99)},{_digits(r, 3)}.00",
                         f"{r.randint(1, 999)}.{r.randint(0, 99):02d} EUR"))
    if kind == "sku":
        return r.choice((f"SKU-{''.join(r.choice(string.ascii_uppercase) for _ in range(2))}-{_digits(r, 4)}-{r.choice(('BLK', 'WHT', 'RED', 'XL'))}",
                         f"{''.join(r.choice(string.ascii_uppercase) for _ in range(3))}{_digits(r, 5)}", f"B0{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8))}",
                         f"{_digits(r, 4)}-{_digits(r, 3)}"))
    if kind == "isbn":
        body = "978" + _digits(r, 9)
        check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        full = body + str(check)
        return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}" if r.random() < 0.6 else full
    if kind == "uuid":
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    if kind == "sha":
        n = r.choice((7, 8, 12, 40))
        return "".join(r.choice("0123456789abcdef") for _ in range(n))
    if kind == "port":
        return str(r.choice((3000, 5432, 6379, 8000, 8080, 8443, 9090, 27017, 5000, 11434)))
    if kind == "http":
        return str(r.choice((200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504)))
    if kind == "ts":
        return str(r.randint(1_600_000_000, 1_800_000_000)) + ("" if r.random() < 0.7 else _digits(r, 3))
    if kind == "num":
        return r.choice((f"{r.randint(1000, 999999):,}", str(r.randint(10**6, 10**11)), f"{r.randint(1, 999)}.{_digits(r, 3)}",
                         f"{r.randint(10**8, 10**10)}"))
    if kind == "qty":
        return str(r.randint(2, 480))
    if kind == "pct":
        return f"{r.randint(1, 99)}.{r.randint(0, 9)}%"
    if kind == "year":
        return str(r.randint(2015, 2027))
    if kind == "routing":
        return r.choice(("021000021", "026009593", "011000138", "121000358", "322271627"))
    if kind == "product":
        return r.choice(PRODUCTS)
    if kind == "company":
        return r.choice(COMPANIES)
    if kind == "lib":
        return r.choice(LIBRARIES)
    if kind == "model":
        return r.choice(MODELS)
    if kind == "weekday":
        return r.choice(WEEKDAYS)
    if kind == "month":
        return r.choice(MONTHS)
    raise ValueError(f"unknown decoy kind {kind!r}")


DECOYS = ("order", "invoice", "ticket", "track", "date", "time", "ver", "build", "price", "sku",
          "isbn", "uuid", "sha", "port", "http", "ts", "num", "qty", "pct", "year", "routing",
          "product", "company", "lib", "model", "weekday", "month")
