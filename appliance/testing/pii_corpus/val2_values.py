"""Value drawing for the val2 part of the PII corpus (`appliance.testing.pii_corpus.val2`).

`Values` draws every name, place, phone number, card, IBAN, account number, SSN, IP address
and decoy of the part from one `random.Random`. Phone numbers are drawn digit by digit inside
each country's number plan and kept only when `phonenumbers` says they are valid; `regions`
records the region each printed number was made for. Cards pass Luhn; IBANs carry ISO 7064
mod 97-10 check digits.
"""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata

import phonenumbers

# ---------------------------------------------------------------------------------------------
# People. Surname-first cultures write the family name first about half the time.

NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "english": (("Oliver", "Amelia", "Harry", "Grace", "Thomas", "Charlotte", "Jack",
                 "Eleanor", "Poppy", "Reginald"),
                ("Whitfield", "Ashworth", "Pemberton", "Hughes", "Fletcher", "Holloway",
                 "Thornton", "Kendall", "Featherstone", "Marsh"), False),
    "american": (("Tyler", "Brianna", "Cody", "Madison", "Dwayne", "Kayla", "Marcus",
                  "Savannah", "Hunter", "Destiny"),
                 ("Mitchell", "Brooks", "Sanders", "Coleman", "Jenkins", "Patterson", "Hayes",
                  "Bryant", "Fuller", "Washington"), False),
    "irish": (("Siobhán", "Ciarán", "Aoife", "Niamh", "Pádraig", "Orla", "Declan", "Saoirse"),
              ("O'Sullivan", "O'Connor", "McNamara", "Fitzgerald", "Ní Bhriain", "Doherty",
               "Mac Giolla", "Byrne"), False),
    "spanish": (("María José", "Alejandro", "Lucía", "Javier", "Rocío", "Iñaki", "Carmen",
                 "Sergio"),
                ("Fernández López", "García Ruiz", "Martín Ortega", "Navarro", "Domínguez",
                 "Herrera Vidal", "Ibáñez", "Castillo"), False),
    "latam": (("Guadalupe", "Juan Pablo", "Ximena", "Emiliano", "Valentina", "Santiago"),
              ("Hernández", "Ramírez Soto", "Villaseñor", "Quispe", "Cárdenas", "Aguilar"),
              False),
    "lusophone": (("João", "Thiago", "Larissa", "Gabriela", "Rafael", "Conceição"),
                  ("Oliveira", "dos Santos", "Carvalho", "Gonçalves", "Pereira da Silva",
                   "Rocha"), False),
    "indian": (("Priya", "Venkatesh", "Ananya", "Rohan", "Lakshmi", "Arjun", "Deepika",
                "Sanjay", "Harpreet", "Aditi"),
               ("Subramanian", "Iyer", "Chatterjee", "Patel", "Reddy", "Bhattacharya",
                "Singh", "Nair", "Deshpande", "Kulkarni"), False),
    "chinese": (("Wei", "Xiaoling", "Jun", "Mei", "Haoran", "Yuting", "Zhiwei", "Lin"),
                ("Zhang", "Wang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Guo"), True),
    "japanese": (("Haruto", "Yui", "Takeshi", "Sakura", "Kenji", "Aiko", "Ren", "Hina"),
                 ("Tanaka", "Suzuki", "Watanabe", "Kobayashi", "Yamamoto", "Nakamura",
                  "Ishikawa", "Fujita"), True),
    "korean": (("Min-jun", "Seo-yeon", "Ji-ho", "Hye-jin", "Dong-hyun"),
               ("Kim", "Park", "Choi", "Jeong", "Kang"), True),
    "vietnamese": (("Linh", "Minh", "Thu", "Quang", "Hoa"),
                   ("Nguyen", "Tran", "Pham", "Le", "Vu"), True),
    "arabic": (("Omar", "Fatima", "Youssef", "Layla", "Khalid", "Noor", "Hamza", "Mariam"),
               ("Al-Mansouri", "Haddad", "El-Amin", "Nasser", "Al-Khatib", "Saleh", "Darwish",
                "bin Rashid"), False),
    "german": (("Jürgen", "Katrin", "Matthias", "Anja", "Lukas", "Friederike", "Tobias",
                "Svenja"),
               ("Müller", "Weiß", "Schröder", "Hoffmann", "Becker", "Zimmermann", "Krüger",
                "von Ahlen"), False),
    "dutch": (("Daan", "Sanne", "Joris", "Femke", "Bram"),
              ("van der Meer", "de Vries", "Jansen", "Bakker", "van Dijk"), False),
    "french": (("Jean-Luc", "Amélie", "Étienne", "Camille", "Thibault", "Margaux", "Hélène",
                "Benoît"),
               ("Moreau", "Lefèvre", "Dubois", "Girard", "Rousseau", "Fontaine", "Chevalier",
                "d'Arcy"), False),
    "nigerian": (("Chinedu", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Adebayo", "Chiamaka",
                  "Tunde"),
                 ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Ogunleye",
                  "Abubakar"), False),
    "slavic": (("Łukasz", "Małgorzata", "Tomasz", "Agnieszka", "Dmitri", "Svetlana",
                "Miroslav", "Katarzyna"),
               ("Nowak", "Kowalczyk", "Zieliński", "Petrov", "Ivanova", "Novák", "Horvat",
                "Jankowska"), False),
    "turkish": (("Mehmet", "Elif", "Emre", "Zeynep", "Burak"),
                ("Yılmaz", "Demir", "Kaya", "Şahin", "Öztürk"), False),
    "kenyan": (("Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri"),
               ("Mwangi", "Odhiambo", "Njoroge", "Wambui", "Kiprop"), False),
    "greek": (("Nikos", "Eleni", "Giorgos", "Katerina"),
              ("Papadopoulos", "Georgiou", "Christodoulou", "Karagiannis"), False),
    "nordic": (("Sigrid", "Magnus", "Astrid", "Lars", "Freja"),
               ("Lindqvist", "Johansson", "Østergaard", "Halvorsen", "Virtanen"), False),
    "hebrew": (("Noa", "Yonatan", "Tamar", "Eitan"),
               ("Cohen", "Levi", "Mizrahi", "Ben-David"), False),
    "persian": (("Dariush", "Shirin", "Parisa", "Reza"),
                ("Hosseini", "Karimi", "Rahimi", "Farahani"), False),
    "filipino": (("Maricel", "Jomar", "Rowena", "Danilo"),
                 ("dela Cruz", "Bautista", "Macaraeg", "Villanueva"), False),
}
TITLES = ("Dr. ", "Dr ", "Mr. ", "Ms ", "Mrs. ", "Prof. ", "Mx. ", "Sra. ", "Herr ")

# ---------------------------------------------------------------------------------------------
# Places.

CITIES = ("Leeds", "Cork", "Rotterdam", "Lyon", "Porto", "Valencia", "Bologna", "Kraków",
          "Leipzig", "Graz", "Gothenburg", "Tampere", "Pune", "Chennai", "Hyderabad", "Osaka",
          "Sapporo", "Busan", "Da Nang", "Cebu", "Lagos", "Ibadan", "Nairobi", "Mombasa",
          "Cape Town", "Casablanca", "Amman", "Dubai", "Izmir", "Thessaloniki", "Haifa",
          "Tabriz", "Curitiba", "Recife", "Guadalajara", "Medellín", "Arequipa", "Winnipeg",
          "Halifax", "Tucson", "Boise", "Savannah", "Hobart", "Wellington", "São Paulo",
          "Kuala Lumpur", "Chiang Mai", "Ljubljana")
COUNTRIES = ("Portugal", "Nigeria", "Vietnam", "Chile", "Poland", "Kenya", "Morocco",
             "New Zealand", "Ireland", "Malaysia", "the Philippines", "Colombia", "Japan",
             "Türkiye", "Canada", "Ghana", "Norway", "Peru", "Sri Lanka", "Austria")
US_PLACES = (("Columbus", "OH", "432"), ("Tacoma", "WA", "984"), ("Raleigh", "NC", "276"),
             ("Omaha", "NE", "681"), ("Albuquerque", "NM", "871"), ("Tulsa", "OK", "741"),
             ("Madison", "WI", "537"), ("Richmond", "VA", "232"))
STREETS = ("Larkspur", "Quarry", "Juniper", "Millbrook", "Hawthorne", "Cobblestone", "Birch",
           "Foundry", "Orchard", "Kingfisher")

# ---------------------------------------------------------------------------------------------
# Phone number plans: (region, weight, [(leading digits of the national number, lengths)]).

PHONE_PLANS: tuple[tuple[str, int, tuple[tuple[str, tuple[int, ...]], ...]], ...] = (
    ("US", 9, tuple((a, (10,)) for a in ("212", "415", "312", "617", "206", "512", "404",
                                         "713", "305", "720", "614", "919"))),
    ("CA", 3, tuple((a, (10,)) for a in ("416", "604", "514", "613", "403", "902"))),
    ("GB", 7, (("74", (10,)), ("75", (10,)), ("77", (10,)), ("78", (10,)), ("79", (10,)),
               ("20", (10,)), ("161", (10,)), ("131", (10,)), ("117", (10,)))),
    ("DE", 5, (("151", (11,)), ("160", (10, 11)), ("170", (10, 11)), ("176", (11,)),
               ("30", (10, 11)), ("89", (9, 10, 11)), ("40", (10, 11)), ("221", (10, 11)))),
    ("FR", 4, (("6", (9,)), ("7", (9,)), ("1", (9,)), ("4", (9,)), ("5", (9,)))),
    ("IN", 6, (("9", (10,)), ("8", (10,)), ("7", (10,)), ("6", (10,)), ("11", (10,)),
               ("22", (10,)), ("80", (10,)))),
    ("AU", 3, (("4", (9,)), ("2", (9,)), ("3", (9,)), ("7", (9,)), ("8", (9,)))),
    ("ES", 3, (("6", (9,)), ("91", (9,)), ("93", (9,)), ("7", (9,)))),
    ("IT", 3, (("3", (10,)), ("06", (9, 10)), ("02", (9, 10)))),
    ("NL", 3, (("6", (9,)), ("20", (9,)), ("10", (9,)), ("30", (9,)))),
    ("BR", 3, (("119", (11,)), ("219", (11,)), ("113", (10,)), ("213", (10,)))),
    ("IE", 3, (("83", (9,)), ("85", (9,)), ("86", (9,)), ("87", (9,)), ("1", (8,)))),
    ("MX", 2, (("55", (10,)), ("33", (10,)), ("81", (10,)))),
    ("JP", 2, (("90", (10,)), ("80", (10,)), ("70", (10,)), ("3", (9,)), ("6", (9,)))),
    ("SG", 2, (("8", (8,)), ("9", (8,)), ("6", (8,)))),
    ("ZA", 2, (("82", (9,)), ("83", (9,)), ("72", (9,)), ("21", (9,)))),
    ("NG", 2, (("803", (10,)), ("806", (10,)), ("813", (10,)), ("703", (10,)))),
    ("CN", 1, (("138", (11,)), ("139", (11,)), ("186", (11,)))),
    ("PL", 1, (("50", (9,)), ("60", (9,)), ("69", (9,)), ("22", (9,)))),
    ("CH", 1, (("76", (9,)), ("78", (9,)), ("79", (9,)), ("44", (9,)))),
    ("AE", 1, (("50", (9,)), ("55", (9,)))),
    ("PH", 1, (("917", (10,)), ("918", (10,)))),
)
# Regions whose international call prefix is "00", so "0049 30 ..." dials from there.
DOUBLE_ZERO = {"GB", "DE", "FR", "ES", "IT", "NL", "IE", "MX", "IN", "ZA", "CN", "PL", "CH",
               "AE", "PH"}

# ---------------------------------------------------------------------------------------------
# Cards and IBANs.

CARD_PREFIXES = (("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16),
                 ("2720", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("644", 16))
# BBAN layout: n digits, a capital letters, c either; fixed bank codes where letters lead.
IBAN_LAYOUTS = {"DE": "n18", "GB": "a4n14", "FR": "n10c11n2", "NL": "a4n10", "ES": "n20",
                "IT": "a1n10c12", "BE": "n12", "CH": "n5c12", "PL": "n24", "AT": "n16",
                "IE": "a4n14", "PT": "n21", "SE": "n20", "DK": "n14", "NO": "n11",
                "FI": "n14", "LU": "n3c13"}
BANK_CODES = {"GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"),
              "NL": ("ABNA", "INGB", "RABO", "TRIO", "KNAB", "BUNQ"),
              "IE": ("AIBK", "BOFI", "IPBS")}

MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.fr", "web.de", "gmx.at",
                "proton.me", "icloud.com", "rediffmail.com", "yahoo.co.in", "qq.com",
                "naver.com", "libero.it", "uol.com.br", "free.fr", "harbourlight.io",
                "kestrel-logistics.co.uk", "northgate-dental.com", "blueorchard.ie",
                "zentrix.de", "larkspur.studio", "tidewater.edu", "meridian-health.org",
                "sunfold.com.au", "quillpay.sg", "mail.ru-fleet.net", "okra-foods.ng")
COMPANIES = ("Brightwater Foods", "Kestrel Logistics", "Quillpay", "Northgate Dental",
             "Tidewater Analytics", "Sunfold Solar", "Zentrix GmbH", "Harbourlight",
             "Okra Foods", "Blue Orchard Insurance")

# ---------------------------------------------------------------------------------------------
# Decoys.

PRODUCTS = ("Aurora Pro", "Galaxy Tab S9", "Pixel 9a", "ThinkPad X1 Carbon", "Kindle Oasis",
            "Model X200", "Nimbus 2000 router", "Falcon Dock", "Juniper SRX300", "Atlas Desk",
            "Echo Dot", "Surface Laptop 7", "Hermes Hub", "Orion Mini", "Zephyr 12 kettle",
            "Comet Vac 3", "Titan Chair", "Polaris X", "Vertex 55", "Summit Backpack 30L")
PLACE_PRODUCTS = ("Hyundai Santa Fe", "Hyundai Tucson", "Kia Sorento", "Chevy Malibu",
                  "VW Tiguan", "Toyota Sienna", "macOS Sonoma", "macOS Ventura",
                  "macOS Monterey", "Debian Bookworm", "Nissan Qashqai", "Dodge Durango")
FOOD_DECOYS = ("Brussels sprouts", "Dijon mustard", "Greek yogurt", "a French press",
               "Swiss chard", "Turkish delight", "a London Fog latte", "Boston fern",
               "Parmesan", "Cheddar", "Bolognese sauce", "Buffalo wings")
PEOPLE_SHAPED = ("Ruby on Rails", "Jupyter", "Jenkins", "Ask Jeeves", "Django", "Hugo",
                 "Jasmine", "Mocha", "Karma", "Sphinx", "Ansible", "Kafka", "Cassandra",
                 "Alfred", "Jest", "Ember", "Gatsby", "Wagtail", "Celery", "Bruno", "Julia",
                 "Pascal", "Ada", "Alexa", "Siri", "Cortana", "Marshmallow", "Sidekiq",
                 "Hadoop", "Elixir", "Grafana", "Tableau")
BRANDS = ("Tesla", "Ford", "Dell", "Wendy's", "Ben & Jerry's", "McDonald's", "Mercedes",
          "Chanel", "Casper", "Oscar Health", "Harley-Davidson", "Dr Pepper", "Dyson",
          "Ferrari", "Porsche", "Chrysler")
STREETISH = ("Willow Lane", "Maple Avenue", "Cedar Grove", "Birch Court", "Elm Drive",
             "Harbor Road")
CODENAMES = ("Falcon", "Juniper", "Atlas", "Hermes", "Kestrel", "Nova", "Bluebird", "Sequoia",
             "Tundra", "Magpie")
COLOURS = ("Rose Gold", "Olive", "Hazel", "Amber", "Jade", "Ruby Red", "Violet", "Ivory")
CURRENCIES = (("$", ""), ("€", ""), ("£", ""), ("", " EUR"), ("USD ", ""), ("₹", ""),
              ("¥", ""), ("CHF ", ""), ("", " SEK"), ("R$ ", ""), ("A$", ""))
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def iban_check_digits(country: str, bban: str) -> str:
    """The two ISO 7064 mod 97-10 check digits of an IBAN."""
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def _ascii(text: str) -> str:
    text = text.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss",
                                         "ı": "i"}))
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == " "))


class Values:
    """Draws every value of the part from one `random.Random`."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.regions: dict[str, str] = {}
        self._plan_weights = [w for _, w, _ in PHONE_PLANS]

    def pick(self, items):
        return self.r.choice(items)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    # People ---------------------------------------------------------------------------------

    def who(self) -> tuple[str, str, bool]:
        firsts, lasts, surname_first = NAMES[self.pick(sorted(NAMES))]
        return self.pick(firsts), self.pick(lasts), surname_first

    def first(self) -> str:
        return self.who()[0]

    def last(self) -> str:
        return self.who()[1]

    def full(self, quote_safe: bool = False) -> str:
        while True:
            first, last, surname_first = self.who()
            if surname_first and self.chance(0.5):
                name = f"{last} {first}"
            elif not surname_first and self.chance(0.12):
                name = f"{first} {self.pick(string.ascii_uppercase)}. {last}"
            elif self.chance(0.06):
                name = f"{first[0]}. {last}"
            else:
                name = f"{first} {last}"
            if not quote_safe or "'" not in name:
                return name

    def name(self) -> str:
        """A full name mostly, sometimes a first name alone."""
        return self.first() if self.chance(0.25) else self.full()

    def typed(self, name: str, p: float = 0.35) -> str:
        """The name as people type it in chat: often all lower case."""
        return name.lower() if self.chance(p) else name

    def email(self, first: str | None = None, last: str | None = None) -> str:
        if first is None or last is None:
            first, last, _ = self.who()
        f = _ascii(first).lower().replace(" ", "")
        surname = _ascii(last).lower().replace(" ", "")
        local = self.pick((f"{f}.{surname}", f"{f[0]}{surname}", f"{f}_{surname}",
                           f"{f}{surname}{self.r.randint(1, 99)}", f, f"{surname}.{f}",
                           f"{f}.{surname}+{self.pick(('shop', 'news', 'work'))}",
                           f"{f[0]}.{surname}{self.r.randint(70, 99)}"))
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    # Places ---------------------------------------------------------------------------------

    def city(self) -> str:
        return self.pick(CITIES)

    def country(self) -> str:
        return self.pick(COUNTRIES)

    def address(self) -> str:
        r, n = self.r, self.r.randint
        street = self.pick(STREETS)
        kind = r.randrange(10)
        if kind == 0:
            city, state, zip3 = self.pick(US_PLACES)
            suffix = self.pick(("Avenue", "St", "Blvd", "Road", "Ct"))
            return f"{n(12, 9890)} {street} {suffix}, {city}, {state} {zip3}{n(10, 99)}"
        if kind == 1:
            city, code = self.pick((("Cambridge", "CB1"), ("Bristol", "BS8"), ("York", "YO1"),
                                    ("Norwich", "NR2"), ("Leeds", "LS6")))
            return (f"Flat {n(1, 12)}, {n(2, 140)} {street} Road, {city} {code} "
                    f"{n(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}")
        if kind == 2:
            city = self.pick(("Berlin", "Leipzig", "Köln", "Hamburg", "München"))
            return f"{self.pick(('Lindenstraße', 'Schillerstr.', 'Am Markt', 'Gartenweg'))} {n(1, 88)}, {n(10, 99)}{n(100, 999)} {city}"
        if kind == 3:
            city = self.pick(("Lyon", "Nantes", "Lille", "Bordeaux"))
            return f"{n(1, 60)} rue des {self.pick(('Tanneurs', 'Lilas', 'Capucins'))}, {n(10, 95)}00{n(1, 9)} {city}"
        if kind == 4:
            return (f"Calle de {self.pick(('Alcalá', 'Toledo', 'Serrano'))} {n(2, 200)}, "
                    f"{n(1, 8)}º {self.pick('ABCD')}, 280{n(10, 55)} Madrid")
        if kind == 5:
            return (f"Flat {n(101, 904)}, {self.pick(('Lotus', 'Palm Grove', 'Sai Krupa'))} "
                    f"Residency, {n(1, 12)}th Cross, Indiranagar, Bengaluru 5600{n(10, 99)}")
        if kind == 6:
            return (f"Unit {n(1, 20)}/{n(2, 90)} {self.pick(('Wattle', 'Banksia', 'Acacia'))} "
                    f"Street, Fitzroy VIC 30{n(50, 99)}")
        if kind == 7:
            return (f"{self.pick(('Prinsengracht', 'Keizersgracht', 'Lijnbaansgracht'))} "
                    f"{n(10, 400)}, 10{n(10, 99)} {self.pick(('GV', 'KL', 'RT'))} Amsterdam")
        if kind == 8:
            return (f"Rua {self.pick(('Augusta', 'das Flores', 'Oscar Freire'))}, {n(10, 2000)}, "
                    f"apto {n(11, 120)}, São Paulo - SP, 0{n(1000, 5999)}-{n(100, 999)}")
        return (f"{n(2, 180)} {self.pick(('Queen St W', 'Dundas St E', 'King St W'))}, "
                f"Toronto, ON M5{self.pick('HVJ')} {n(1, 9)}N{n(1, 9)}")

    def place(self) -> str:
        return self.pick((self.city, self.city, self.country, self.address))()

    # Phones ---------------------------------------------------------------------------------

    def phone(self, region: str | None = None, style: str | None = None) -> str:
        return self.phones(region, (style,))[0]

    def phones(self, region: str | None, styles: tuple[str | None, ...]) -> list[str]:
        """One number, laid out once per style (None: a style drawn for the region)."""
        if region is None:
            plan = self.r.choices(PHONE_PLANS, weights=self._plan_weights)[0]
        else:
            plan = next(p for p in PHONE_PLANS if p[0] == region)
        region, _, prefixes = plan
        for _ in range(200):
            lead, lengths = self.pick(prefixes)
            nsn = lead + self.digits(self.pick(lengths) - len(lead))
            number = phonenumbers.parse(nsn, region) if not nsn.startswith("0") else (
                phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region))
                                   + nsn, region))
            if phonenumbers.is_valid_number_for_region(number, region):
                break
        else:
            raise RuntimeError(f"no valid {region} number drawn")
        texts = [self._layout(number, region, style) for style in styles]
        for text in texts:
            self.regions[text] = region
        return texts

    def _layout(self, number, region: str, style: str | None) -> str:
        fmt = phonenumbers.PhoneNumberFormat
        e164 = phonenumbers.format_number(number, fmt.E164)
        intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
        national = phonenumbers.format_number(number, fmt.NATIONAL)
        styles = ["e164", "intl", "intl", "national", "national", "intl-dash", "compact"]
        if region in DOUBLE_ZERO:
            styles.append("00")
        if region in ("US", "CA"):
            styles += ["dash", "dash", "dot", "plus1-dash", "one-dash", "plus1-brackets"]
        if region == "GB":
            styles += ["plus44-0"]
        if region == "DE":
            styles += ["slash"]
        if region == "FR":
            styles += ["dots"]
        if region == "IN":
            styles += ["ten"]
        style = style or self.pick(styles)
        digits = "".join(ch for ch in national if ch.isdigit())
        nsn = phonenumbers.national_significant_number(number)
        if style == "e164":
            return e164
        if style == "intl":
            return intl
        if style == "national":
            return national
        if style == "intl-dash":
            return intl.replace(" ", "-", 1 if region in ("US", "CA") else -1)
        if style == "compact":
            return digits
        if style == "00":
            return "00" + intl[1:]
        if style == "dash":
            return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
        if style == "dot":
            return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
        if style == "plus1-dash":
            return f"+1 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
        if style == "one-dash":
            return f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
        if style == "plus1-brackets":
            return f"+1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
        if style == "plus44-0":
            return intl.replace("+44 ", "+44 (0)", 1)
        if style == "slash":
            area, _, rest = national.partition(" ")
            return f"{area}/{rest.replace(' ', '')}"
        if style == "dots":
            return national.replace(" ", ".")
        if style == "ten":
            return f"{nsn[:5]}-{nsn[5:]}"
        raise ValueError(style)

    # Money ----------------------------------------------------------------------------------

    def card(self) -> str:
        prefix, length = self.pick(CARD_PREFIXES)
        body = prefix + self.digits(length - len(prefix) - 1)
        number = body + _luhn_digit(body)
        sep = self.pick((" ", " ", "-", ""))
        if length == 15:
            return sep.join((number[:4], number[4:10], number[10:]))
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    def iban(self, country: str | None = None) -> str:
        country = country or self.pick(sorted(IBAN_LAYOUTS))
        layout = IBAN_LAYOUTS[country]
        bban = ""
        for i in range(0, len(layout), 1):
            if not layout[i].isalpha():
                continue
            count = int("".join(ch for ch in layout[i + 1 : i + 3] if ch.isdigit()))
            kind = layout[i]
            if kind == "a" and country in BANK_CODES and not bban:
                bban += self.pick(BANK_CODES[country])
                continue
            pool = {"n": string.digits, "a": string.ascii_uppercase,
                    "c": string.digits * 3 + string.ascii_uppercase}[kind]
            bban += "".join(self.pick(pool) for _ in range(count))
        compact = country + iban_check_digits(country, bban) + bban
        if self.chance(0.55):
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return compact

    def account(self) -> str:
        length = self.pick((6, 8, 8, 9, 10, 10, 11, 12, 12, 14, 17))
        number = self.digits(length)
        if length >= 10 and self.chance(0.3):
            sep = self.pick(("-", " "))
            return sep.join((number[:4], number[4:8], number[8:]))
        return number

    def ssn(self, sep: str | None = None) -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        if sep is None:
            sep = "-" if self.chance(0.8) else " "
        return f"{area:03d}{sep}{self.r.randint(1, 99):02d}{sep}{self.r.randint(1, 9999):04d}"

    def ssn_bare(self) -> str:
        return self.ssn().replace("-", "").replace(" ", "")

    # Networks -------------------------------------------------------------------------------

    def ipv4(self) -> str:
        n = self.r.randint
        return self.pick((f"10.{n(0, 255)}.{n(0, 255)}.{n(1, 254)}",
                          f"192.168.{n(0, 255)}.{n(1, 254)}",
                          f"172.{n(16, 31)}.{n(0, 255)}.{n(1, 254)}",
                          f"{n(11, 99)}.{n(0, 255)}.{n(0, 255)}.{n(1, 254)}",
                          f"{n(100, 223)}.{n(0, 255)}.{n(0, 255)}.{n(1, 254)}",
                          f"{n(100, 223)}.{n(0, 255)}.{n(0, 255)}.{n(1, 254)}"))

    def ipv6(self) -> str:
        head = self.pick(("2001:db8", "2a02:810d", "2600:1700", "fe80:", "2409:4042"))
        tail = [f"{self.r.randint(0, 0xFFFF):x}" for _ in range(4)]
        if head.endswith(":"):
            text = head + ":" + ":".join(tail)
        else:
            text = head + ":" + self.pick(("0:0:", f"{self.r.randint(1, 0xFFFF):x}:0:")) + ":".join(tail)
        return str(ipaddress.IPv6Address(text))

    def ip(self) -> str:
        return self.ipv6() if self.chance(0.2) else self.ipv4()

    # Decoys ---------------------------------------------------------------------------------

    def order_no(self) -> str:
        return self.pick((f"{self.digits(3)}-{self.digits(7)}-{self.digits(7)}",
                          f"SO-{self.r.randint(10000, 99999)}", self.digits(10),
                          f"#{self.r.randint(100000, 9999999)}", f"ORD{self.digits(9)}",
                          self.digits(12)))

    def invoice(self) -> str:
        return self.pick((f"INV-2026-{self.digits(6)}", f"F{self.digits(8)}",
                          f"2026/{self.digits(5)}", f"INV{self.digits(7)}"))

    def ticket(self) -> str:
        return self.pick((f"{self.pick(('PLAT', 'OPS', 'WEB', 'BILL', 'ML'))}-{self.r.randint(10, 9999)}",
                          f"#{self.r.randint(1000, 999999)}", f"INC{self.digits(7)}",
                          f"CS-{self.digits(8)}"))

    def tracking(self) -> str:
        return self.pick((f"1Z{self.digits(3)}{self.pick(['AA', 'E2', 'X9'])}{self.digits(10)}",
                          f"JD{self.digits(18)}", f"9400 {self.digits(4)} {self.digits(4)} "
                          f"{self.digits(4)} {self.digits(4)} {self.digits(2)}",
                          f"LX{self.digits(9)}DE", self.digits(12)))

    def date(self) -> str:
        d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.pick((2025, 2026, 2027))
        return self.pick((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}",
                          f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {d}, {y}",
                          f"{d}.{m}.{y}", f"{DAYS[d % 7]} {d} {MONTHS[m - 1]}",
                          f"{y}{m:02d}{d:02d}"))

    def iso_date(self) -> str:
        return f"{self.pick((2025, 2026, 2027))}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def time(self) -> str:
        h, m = self.r.randint(0, 23), self.pick((0, 15, 30, 45, 5, 50))
        return self.pick((f"{h:02d}:{m:02d}", f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}",
                          f"{h:02d}:{m:02d}:{self.r.randint(0, 59):02d} UTC"))

    def version(self) -> str:
        a, b, c = self.r.randint(0, 12), self.r.randint(0, 40), self.r.randint(0, 30)
        return self.pick((f"{a}.{b}.{c}", f"v{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c}-rc.{c % 4 + 1}",
                          f"{a}.{b}.{c}.{self.r.randint(256, 9999)}",
                          f"{2024 + a % 3}.{b % 12 + 1}.{c}"))

    def price(self) -> str:
        head, tail = self.pick(CURRENCIES)
        amount = self.r.choices((f"{self.r.randint(1, 999)}.{self.r.randint(0, 99):02d}",
                                 f"{self.r.randint(1, 99)},{self.r.randint(100, 999)}",
                                 f"{self.r.randint(1, 9)},{self.r.randint(100, 999)},"
                                 f"{self.r.randint(100, 999)}",
                                 f"{self.r.randint(5, 5000)}"), weights=(5, 3, 1, 3))[0]
        return f"{head}{amount}{tail}"

    def sku(self) -> str:
        letters = "".join(self.pick(string.ascii_uppercase) for _ in range(self.r.randint(2, 3)))
        return self.pick((f"{letters}-{self.digits(4)}-{self.pick(('BLK', 'WHT', 'XL', 'S'))}",
                          f"{letters}{self.digits(5)}", f"P/N {self.digits(3)}-{self.digits(4)}-{self.digits(2)}",
                          f"{self.digits(2)}{letters}{self.digits(3)}"))

    def isbn(self) -> str:
        body = "978" + str(self.r.randint(0, 1)) + self.digits(8)
        check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
        return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"

    def uuid(self) -> str:
        h = "".join(self.pick("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def sha(self, n: int = 12) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def stamp(self) -> str:
        return str(self.r.randint(1_700_000_000, 1_800_000_000))

    def product(self) -> str:
        return self.pick(PRODUCTS)
