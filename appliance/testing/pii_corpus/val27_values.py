"""val27's places and structured values (phones, cards, IBANs, IPs, SSNs, account numbers,
e-mail domains) and its decoy generators. Places and patterns were written from memory;
`phonenumbers` only checks and formats the phone numbers drawn here."""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# region: (country as written, ((city, region), ...), (street addresses, one span each))
PLACES = {
    "GB": (
        "United Kingdom",
        (
            ("Leeds", "West Yorkshire"),
            ("Norwich", "Norfolk"),
            ("Aberdeen", "Aberdeenshire"),
            ("Swansea", "Glamorgan"),
            ("Plymouth", "Devon"),
        ),
        (
            "14 Harrowgate Lane, Leeds LS6 2QT",
            "Flat 3, 27 Kelvinside Terrace, Glasgow G12 0AB",
            "9 Pembury Close, Norwich NR4 7HJ",
            "112 Tydfil Road, Swansea SA1 6PL",
        ),
    ),
    "IE": (
        "Ireland",
        (("Galway", "Connacht"), ("Limerick", "Munster"), ("Sligo", "Connacht")),
        ("22 Ballyfermot Crescent, Dublin 10, D10 XK52", "Apt 5, Claddagh Quay, Galway H91 E2W7"),
    ),
    "US": (
        "United States",
        (
            ("Tucson", "Arizona"),
            ("Spokane", "Washington"),
            ("Macon", "Georgia"),
            ("Albuquerque", "New Mexico"),
            ("Duluth", "Minnesota"),
        ),
        (
            "4180 N Kolb Rd, Tucson, AZ 85750",
            "77 Kittredge St Apt 2B, Duluth, MN 55812",
            "1906 Alvarado Ave SW, Albuquerque, NM 87104",
        ),
    ),
    "CA": (
        "Canada",
        (("Winnipeg", "Manitoba"), ("Halifax", "Nova Scotia"), ("Saskatoon", "Saskatchewan")),
        ("318 Wellesley Crescent, Saskatoon, SK S7N 2W4",),
    ),
    "DE": (
        "Germany",
        (
            ("Leipzig", "Sachsen"),
            ("Freiburg", "Baden-Württemberg"),
            ("Bielefeld", "Nordrhein-Westfalen"),
            ("Rostock", "Mecklenburg-Vorpommern"),
        ),
        ("Lindenauer Weg 17, 04177 Leipzig", "Kaiser-Joseph-Straße 241, 79098 Freiburg"),
    ),
    "FR": (
        "France",
        (
            ("Grenoble", "Auvergne-Rhône-Alpes"),
            ("Rennes", "Bretagne"),
            ("Montpellier", "Occitanie"),
        ),
        ("12 rue des Tanneurs, 35000 Rennes", "48 avenue Jean-Jaurès, 38000 Grenoble"),
    ),
    "ES": (
        "Spain",
        (("Valladolid", "Castilla y León"), ("Zaragoza", "Aragón"), ("Málaga", "Andalucía")),
        ("Calle de Alcalá 214, 3º B, 28028 Madrid", "Carrer de Sardenya 88, 08025 Barcelona"),
    ),
    "PT": (
        "Portugal",
        (("Coimbra", "Beira Litoral"), ("Braga", "Minho")),
        ("Rua de Cedofeita 301, 4050-180 Porto",),
    ),
    "IT": (
        "Italy",
        (("Bologna", "Emilia-Romagna"), ("Palermo", "Sicilia"), ("Trieste", "Friuli")),
        ("Via Saragozza 63, 40123 Bologna", "Corso Vittorio Emanuele 119, 90133 Palermo"),
    ),
    "NL": (
        "the Netherlands",
        (("Utrecht", "Utrecht"), ("Groningen", "Groningen"), ("Eindhoven", "Noord-Brabant")),
        ("Oudegracht 212, 3511 NV Utrecht", "Vismarkt 9, 9712 CB Groningen"),
    ),
    "BE": (
        "Belgium",
        (("Ghent", "East Flanders"), ("Liège", "Wallonia")),
        ("Kortrijksesteenweg 401, 9000 Gent",),
    ),
    "PL": (
        "Poland",
        (("Kraków", "Małopolska"), ("Wrocław", "Dolny Śląsk"), ("Gdańsk", "Pomorze")),
        ("ul. Długa 14/3, 80-827 Gdańsk", "ul. Karmelicka 45 m. 7, 31-128 Kraków"),
    ),
    "SE": (
        "Sweden",
        (("Uppsala", "Uppland"), ("Malmö", "Skåne"), ("Umeå", "Västerbotten")),
        ("Storgatan 31, 903 26 Umeå",),
    ),
    "NO": (
        "Norway",
        (("Trondheim", "Trøndelag"), ("Tromsø", "Troms")),
        ("Kongens gate 18, 7011 Trondheim",),
    ),
    "DK": (
        "Denmark",
        (("Aarhus", "Midtjylland"), ("Odense", "Syddanmark")),
        ("Jægergårdsgade 66, 8000 Aarhus C",),
    ),
    "FI": (
        "Finland",
        (("Tampere", "Pirkanmaa"), ("Oulu", "Pohjois-Pohjanmaa")),
        ("Hämeenkatu 23 B 14, 33200 Tampere",),
    ),
    "TR": (
        "Türkiye",
        (("İzmir", "Ege"), ("Bursa", "Marmara"), ("Eskişehir", "İç Anadolu")),
        ("Kıbrıs Şehitleri Cd. No:47 D:5, 35220 Alsancak/İzmir",),
    ),
    "IN": (
        "India",
        (
            ("Pune", "Maharashtra"),
            ("Kochi", "Kerala"),
            ("Jaipur", "Rajasthan"),
            ("Coimbatore", "Tamil Nadu"),
        ),
        (
            "Flat 402, Sai Krupa Apartments, Baner Road, Pune 411045",
            "17/3 Avinashi Rd, Peelamedu, Coimbatore 641004",
        ),
    ),
    "PK": (
        "Pakistan",
        (("Lahore", "Punjab"), ("Peshawar", "Khyber Pakhtunkhwa")),
        ("House 23, Street 9, F-7/2, Islamabad",),
    ),
    "JP": (
        "Japan",
        (("Asahikawa", "Hokkaido"), ("Fukuoka", "Kyushu"), ("Sendai", "Miyagi")),
        ("2-14-7 Tenjin, Chuo-ku, Fukuoka 810-0001",),
    ),
    "KR": (
        "South Korea",
        (("Busan", "Gyeongsang"), ("Daegu", "Gyeongbuk")),
        ("45 Haeundaehaebyeon-ro, Haeundae-gu, Busan 48094",),
    ),
    "VN": (
        "Vietnam",
        (("Hanoi", "Bắc Bộ"), ("Da Nang", "Trung Bộ")),
        ("18 Phố Hàng Bạc, Hoàn Kiếm, Hanoi",),
    ),
    "TH": (
        "Thailand",
        (("Chiang Mai", "Lanna"), ("Khon Kaen", "Isan")),
        ("99/12 Nimmanhaemin Soi 7, Chiang Mai 50200",),
    ),
    "PH": (
        "the Philippines",
        (("Cebu", "Visayas"), ("Davao", "Mindanao")),
        ("Unit 7C, 1880 Osmeña Blvd, Cebu City 6000",),
    ),
    "ID": (
        "Indonesia",
        (("Yogyakarta", "Jawa Tengah"), ("Surabaya", "Jawa Timur")),
        ("Jl. Malioboro No. 52, Yogyakarta 55271",),
    ),
    "SG": (
        "Singapore",
        (("Tampines", "East Region"),),
        ("Blk 825 Tampines Street 81, #09-112, Singapore 520825",),
    ),
    "AU": (
        "Australia",
        (("Hobart", "Tasmania"), ("Townsville", "Queensland"), ("Geelong", "Victoria")),
        ("6/41 Elphinstone Road, Mount Stuart, Hobart 7000",),
    ),
    "NZ": (
        "New Zealand",
        (("Dunedin", "Otago"), ("Invercargill", "Southland")),
        ("23 Moray Place, Dunedin 9016",),
    ),
    "NG": (
        "Nigeria",
        (("Ibadan", "Oyo State"), ("Enugu", "Enugu State"), ("Kano", "Kano State")),
        ("14 Awolowo Avenue, Bodija, Ibadan",),
    ),
    "GH": (
        "Ghana",
        (("Kumasi", "Ashanti"), ("Takoradi", "Western Region")),
        ("House No. 12, Adum Lane, Kumasi",),
    ),
    "KE": (
        "Kenya",
        (("Kisumu", "Nyanza"), ("Eldoret", "Rift Valley")),
        ("Ngong Road, Kilimani, Nairobi",),
    ),
    "ZA": (
        "South Africa",
        (("Durban", "KwaZulu-Natal"), ("Polokwane", "Limpopo"), ("Gqeberha", "Eastern Cape")),
        ("31 Kloofnek Road, Tamboerskloof, Cape Town 8001",),
    ),
    "EG": (
        "Egypt",
        (("Alexandria", "Alexandria Governorate"), ("Aswan", "Upper Egypt")),
        ("26 Shaarawy Street, Maadi, Cairo",),
    ),
    "MA": (
        "Morocco",
        (("Fès", "Fès-Meknès"), ("Tangier", "Tanger-Tétouan")),
        ("Rue Ibn Batouta 7, Gueliz, Marrakesh",),
    ),
    "AE": (
        "the United Arab Emirates",
        (("Sharjah", "Sharjah"), ("Al Ain", "Abu Dhabi")),
        ("Villa 17, Street 32b, Al Barsha 2, Dubai",),
    ),
    "BR": (
        "Brazil",
        (("Curitiba", "Paraná"), ("Recife", "Pernambuco"), ("Belém", "Pará")),
        ("Rua Marechal Deodoro 1120, ap. 804, Curitiba - PR, 80060-000",),
    ),
    "MX": (
        "Mexico",
        (("Guadalajara", "Jalisco"), ("Oaxaca", "Oaxaca"), ("Mérida", "Yucatán")),
        ("Av. Chapultepec Sur 480, Col. Americana, 44160 Guadalajara, Jal.",),
    ),
    "AR": (
        "Argentina",
        (("Rosario", "Santa Fe"), ("Córdoba", "Córdoba")),
        ("Av. Pellegrini 1543, piso 4, S2000 Rosario",),
    ),
    "CO": (
        "Colombia",
        (("Medellín", "Antioquia"), ("Cali", "Valle del Cauca")),
        ("Carrera 43A # 14-109, Medellín",),
    ),
    "CL": (
        "Chile",
        (("Valparaíso", "Valparaíso"), ("Temuco", "Araucanía")),
        ("Avenida Caupolicán 0671, Temuco",),
    ),
    "PE": ("Peru", (("Cusco", "Cusco"), ("Arequipa", "Arequipa")), ("Jr. Puno 318, Cusco",)),
}

# National significant patterns per region: each "#" a random digit, "[ab]" a choice.
PHONE_PATTERNS = {
    "GB": ("07[45789]########", "0113 496 ####", "0161 496 ####", "020 7946 ####"),
    "IE": ("08[3579] ### ####", "01 ### ####"),
    "US": ("[2-9]##[2-9]######",),
    "CA": ("[46][01][3-6][2-9]######",),
    "DE": ("015[12789]########", "017[0-9]#######", "030 #######"),
    "FR": ("0[67]########", "01########"),
    "ES": ("6########", "91#######"),
    "IT": ("3[2-4]#########", "06########"),
    "NL": ("06########", "020#######"),
    "PL": ("[5-7][0-9]#######",),
    "SE": ("07[0236]#######", "08#######"),
    "TR": ("05[345]########", "0212#######"),
    "IN": ("[6-9]#########",),
    "JP": ("0[789]0########", "03########"),
    "KR": ("010########", "02########"),
    "AU": ("04########", "02########"),
    "NZ": ("02[12]#######",),
    "BR": ("[1-9][1-9]9########",),
    "MX": ("[3-9][1-9]########",),
    "NG": ("0[789][01]########",),
    "GH": ("0[25][04]#######",),
    "KE": ("07[0-29]#######",),
    "ZA": ("0[6-8][1-4]#######",),
    "AE": ("05[0245689]#######",),
    "SG": ("[89]#######",),
    "ID": ("08[15]#########",),
    "VN": ("09[0-8]#######",),
    "PH": ("09[1-9]########",),
    "EG": ("01[0125]########",),
    "PT": ("9[1236]#######", "21#######"),
    "SN": ("7[06-8]#######",),
}
PHONE_REGIONS = tuple(PHONE_PATTERNS)


def _fill(rng: random.Random, pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "[":
            j = pattern.index("]", i)
            body = pattern[i + 1 : j]
            choices = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    choices += [str(d) for d in range(int(body[k]), int(body[k + 2]) + 1)]
                    k += 3
                else:
                    choices.append(body[k])
                    k += 1
            out.append(rng.choice(choices))
            i = j
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _ok(text: str, region: str, national: int) -> bool:
    try:
        n = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and n.national_number == national


def phone(rng: random.Random, region: str, style: str = "") -> str:
    """A valid phone number of region, written in style (i international, n national, e E.164,
    z "00" prefix, d dots, h hyphens, s no separators, b "(0)", p bracketed area code),
    falling back to the international format where a style would not parse back."""
    for _ in range(400):
        raw = _fill(rng, rng.choice(PHONE_PATTERNS[region]))
        try:
            num = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            break
    else:  # pragma: no cover - patterns are checked by the tests
        raise ValueError(f"no valid phone for {region}")
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    nat = phonenumbers.format_number(num, fmt.NATIONAL)
    style = style or rng.choice("iinnezdhsbp")
    cc = str(num.country_code)
    if style == "i":
        text = intl
    elif style == "n":
        text = nat
    elif style == "e":
        text = phonenumbers.format_number(num, fmt.E164)
    elif style == "z":
        text = "00" + intl[1:]
    elif style == "d":
        text = nat.replace(" ", ".").replace("-", ".")
        text = text if any(c in text for c in " -") or "." in text else intl.replace(" ", ".")
    elif style == "h":
        text = intl.replace(" ", "-")
    elif style == "s":
        text = "".join(c for c in nat if c.isdigit())
    elif style == "b":
        text = f"+{cc} (0){nat[1:]}" if nat.startswith("0") else intl
    else:  # "p"
        head, _, rest = nat.partition(" ")
        text = f"({head}) {rest}" if rest and head.startswith("0") else nat
    return text if _ok(text, region, num.national_number) else intl


# Cards: brand -> (prefixes, length, grouping)
CARD_BRANDS = {
    "visa": (("4539", "4716", "4929", "4024", "4485"), 16, (4, 4, 4, 4)),
    "mc": (("5105", "5425", "5301", "2221", "2720", "5567"), 16, (4, 4, 4, 4)),
    "amex": (("34", "37"), 15, (4, 6, 5)),
    "discover": (("6011", "6445", "6500"), 16, (4, 4, 4, 4)),
    "visa13": (("4",), 13, (4, 4, 5)),
}


def card(rng: random.Random, brand: str = "", style: str = "") -> str:
    brand = brand or rng.choice(("visa", "visa", "mc", "mc", "amex", "discover", "visa13"))
    prefixes, length, groups = CARD_BRANDS[brand]
    body = rng.choice(prefixes)
    body += "".join(str(rng.randrange(10)) for _ in range(length - len(body) - 1))
    check = next(d for d in "0123456789" if luhn_ok(body + d))
    digits = body + check
    style = style or rng.choice("ssshc")
    if style == "c":
        return digits
    sep = " " if style == "s" else "-"
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i : i + g])
        i += g
    return sep.join(parts)


# IBAN: country -> BBAN pattern (n digit, a upper letter, c letter or digit, literal else)
IBAN_BBAN = {
    "DE": "nnnnnnnnnnnnnnnnnn",
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL"),
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnnnnnnnnnnnnn",
    "NL": ("ABNA", "INGB", "RABO", "TRIO", "SNSB"),
    "BE": "nnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "IE": ("AIBK", "BOFI", "IPBS"),
    "CH": "nnnnnnnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "NO": "nnnnnnnnnnn",
    "DK": "nnnnnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn",
    "TR": "nnnnn0nnnnnnnnnnnnnnnn",
    "GR": "nnnnnnnnnnnnnnnnnnnnnnn",
}


def iban(rng: random.Random, country: str = "", style: str = "") -> str:
    country = country or rng.choice(tuple(IBAN_BBAN))
    spec = IBAN_BBAN[country]
    if isinstance(spec, tuple):  # GB, IE: bank code + 6 + 8; NL: bank code + 10
        tail = 10 if country == "NL" else 14
        bban = rng.choice(spec) + "".join(str(rng.randrange(10)) for _ in range(tail))
    else:
        bban = "".join(
            str(rng.randrange(10))
            if c == "n"
            else rng.choice(string.ascii_uppercase)
            if c == "a"
            else c
            for c in spec
        )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    style = style or rng.choice("ssc")
    if style == "c":
        return value
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


_V4_FIRST = (
    5,
    31,
    46,
    62,
    77,
    78,
    81,
    85,
    91,
    94,
    109,
    145,
    151,
    176,
    185,
    188,
    193,
    195,
    203,
    212,
    213,
    217,
)


def ipv4(rng: random.Random, private: bool = False) -> str:
    if private:
        first = rng.choice(("10", "192.168", f"172.{rng.randrange(16, 32)}"))
        parts = first.split(".")
        while len(parts) < 4:
            parts.append(str(rng.randrange(1, 255)))
        return ".".join(parts)
    return ".".join([str(rng.choice(_V4_FIRST))] + [str(rng.randrange(1, 255)) for _ in "xyz"])


def ipv6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2a02:c7f", "2a01:4f8", "2600:1f18", "2001:41d0", "fd12:3456"))
    groups = head.split(":") + [
        "0" if rng.random() < 0.3 else f"{rng.randrange(1, 0xFFFF):x}" for _ in range(6)
    ]
    return str(ipaddress.IPv6Address(":".join(groups)))


def ssn(rng: random.Random, style: str = "") -> str:
    while True:
        area = rng.randrange(1, 900)
        if area == 666:
            continue
        value = f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        if ssn_ok(value):
            break
    style = style or rng.choice("hhhhs c")
    if style == "s":
        return value.replace("-", " ")
    if style == "c":
        return value.replace("-", "")
    return value


def account(rng: random.Random, kind: str = "") -> str:
    def digits(n: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(n))

    kind = kind or rng.choice(("8", "8", "10", "12", "h", "h2"))
    if kind == "h":
        return f"{digits(4)}-{digits(6)}"
    if kind == "h2":
        return f"{digits(3)}-{digits(6)}-{digits(2)}"
    return digits(int(kind))


def sort_code(rng: random.Random) -> str:
    return "-".join(f"{rng.randrange(100):02d}" for _ in range(3))


PERSONAL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.de",
    "orange.fr",
    "libero.it",
    "proton.me",
    "icloud.com",
    "hotmail.com",
    "yandex.ru",
    "seznam.cz",
    "wp.pl",
    "telenet.be",
    "bigpond.com",
    "xtra.co.nz",
    "rediffmail.com",
    "naver.com",
    "yahoo.co.jp",
    "uol.com.br",
    "fastmail.fm",
)

_FOLD = {
    "ø": "o",
    "æ": "ae",
    "ß": "ss",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "œ": "oe",
    "ŋ": "ng",
}


def ascii_fold(text: str) -> str:
    text = "".join(_FOLD.get(c, _FOLD.get(c.lower(), c)) for c in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum()))


# ---- decoys: values that look like personal data but are not ----


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _a(rng: random.Random, n: int, pool: str = "BCDFGHJKLMNPQRSTVWXZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _date(rng: random.Random) -> str:
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.choice((2024, 2025, 2026))
    return rng.choice(
        (
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {_MONTHS[m - 1]} {y}",
            f"{_DAYS[rng.randrange(7)]} {d} {_MONTHS[m - 1][:3]}",
        )
    )


DECOYS = {
    "ord": lambda r: rng_pick(
        r, (f"ORD-{_d(r, 6)}", f"#{_d(r, 7)}", f"SO{_d(r, 8)}", f"PO-{_d(r, 4)}-{_a(r, 2)}")
    ),
    "bk": lambda r: rng_pick(
        r,
        (
            _a(r, 2) + _d(r, 1) + _a(r, 3),
            f"BKG-{_d(r, 5)}",
            _a(r, 6, "BCDFGHJKLMNPQRSTVWXZ23456789"),
        ),
    ),
    "date": _date,
    "time": lambda r: rng_pick(
        r,
        (
            f"{r.randrange(7, 22):02d}:{r.choice(('00', '15', '30', '45'))}",
            f"{r.randrange(1, 12)}.{r.choice(('00', '30'))}{r.choice(('am', 'pm'))}",
        ),
    ),
    "ver": lambda r: f"{r.randrange(0, 9)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}",
    "hash": lambda r: "".join(r.choice("0123456789abcdef") for _ in range(r.choice((7, 8, 12)))),
    "price": lambda r: rng_pick(
        r,
        (
            f"£{r.randrange(5, 900)}.{r.choice(('00', '50', '99'))}",
            f"€{r.randrange(10, 4000):,}",
            f"${r.randrange(10, 999)}.95",
            f"{r.randrange(100, 9000)} SEK",
        ),
    ),
    "sku": lambda r: f"{_a(r, 3)}-{_d(r, 4)}-{_a(r, 1)}{_d(r, 1)}",
    "isbn": lambda r: f"978-{r.randrange(0, 2)}-{_d(r, 3)}-{_d(r, 5)}-{r.randrange(10)}",
    "doi": lambda r: (
        f"10.{r.randrange(1000, 9999)}/{r.choice(('jlp', 'ovs', 'ijau', 'cwr', 'phys'))}."
        f"{r.randrange(2015, 2026)}.{_d(r, 5)}"
    ),
    "uuid": lambda r: "-".join(
        "".join(r.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)
    ),
    "flt": lambda r: (
        f"{r.choice(('BA', 'KL', 'LH', 'TK', 'EI', 'QR', 'SK'))}{r.randrange(100, 2999)}"
    ),
    "trk": lambda r: rng_pick(
        r, (f"1Z{_a(r, 3)}{_d(r, 13)}", f"JD{_d(r, 16)}", f"{_a(r, 2)}{_d(r, 9)}GB")
    ),
    "inv": lambda r: f"INV-{r.choice((2025, 2026))}-{_d(r, 5)}",
    "room": lambda r: rng_pick(
        r,
        (
            f"Room {r.randrange(1, 6)}.{r.randrange(1, 40):02d}",
            f"room {r.randrange(100, 499)}",
            f"Studio {_a(r, 1)}",
        ),
    ),
    "seat": lambda r: rng_pick(
        r,
        (
            f"Row {_a(r, 1)} seat {r.randrange(1, 40)}",
            f"Block {r.randrange(100, 130)}, Row {r.randrange(1, 30)}, Seat {r.randrange(1, 40)}",
        ),
    ),
    "port": lambda r: str(r.choice((443, 8080, 5432, 6379, 9090, 3000, 8443, 25565, 5672))),
    "hex": lambda r: "#" + "".join(r.choice("0123456789ABCDEF") for _ in range(6)),
    "part": lambda r: rng_pick(
        r, (_d(r, 14), f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 3)}", f"PN {_d(r, 12)}")
    ),
    "tkt": lambda r: f"{_a(r, 3)}-{r.randrange(100, 9999)}",
    "pc": lambda r: rng_pick(
        r,
        (
            f"zone {_a(r, 1)}{r.randrange(1, 9)}",
            f"bay {r.randrange(1, 60)}",
            f"{_a(r, 2)}{r.randrange(1, 99)}",
        ),
    ),
    "qty": lambda r: str(r.randrange(2, 60)),
    "yr": lambda r: str(r.randrange(1998, 2026)),
    "pct": lambda r: f"{r.randrange(1, 99)}%",
    "dur": lambda r: rng_pick(
        r, (f"{r.randrange(2, 59)} min", f"{r.randrange(1, 9)}h", f"{r.randrange(2, 20)} days")
    ),
    "day": lambda r: r.choice(_DAYS),
    "mon": lambda r: r.choice(_MONTHS),
    "ms": lambda r: f"{r.randrange(3, 2500)}ms",
    "kw": lambda r: f"{r.randrange(2, 22)}.{r.randrange(10)} kW",
    "build": lambda r: f"build {r.randrange(1000, 9999)}",
}


def rng_pick(rng: random.Random, options: tuple[str, ...]) -> str:
    return rng.choice(options)
