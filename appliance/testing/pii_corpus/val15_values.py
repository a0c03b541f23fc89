"""Places, contact details, payment and network values for val15 (the fifteenth blind part
of the labelled PII corpus), and the decoys written beside them.

All lists are written by hand from the author's memory; the numbers are drawn at random and
made valid by construction (Luhn for cards, ISO 13616 check digits for IBANs, the issuing
rules for SSNs). Phone numbers live in `val15_phones`.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    city: str
    region: str
    country: str
    address: str


def _p(city: str, region: str, country: str, address: str) -> Place:
    return Place(city, region, country, address)


PLACES: tuple[Place, ...] = (
    _p("Leeds", "West Yorkshire", "United Kingdom", "14 Cardigan Road, Leeds LS6 3AG"),
    _p("Bristol", "Somerset", "England", "Flat 3, 22 Cotham Brow, Bristol BS6 6AR"),
    _p("Glasgow", "Lanarkshire", "Scotland", "118 Dumbarton Road, Glasgow G11 6NX"),
    _p("Galway", "Connacht", "Ireland", "7 Dominick Street Lower, Galway H91 X2C4"),
    _p("Rotterdam", "South Holland", "Netherlands", "Nieuwe Binnenweg 211B, 3021 GD Rotterdam"),
    _p("Utrecht", "Utrecht province", "Netherlands", "Oudegracht 87, 3511 AE Utrecht"),
    _p("Ghent", "East Flanders", "Belgium", "Sint-Pietersnieuwstraat 41, 9000 Gent"),
    _p("Lyon", "Auvergne-Rhône-Alpes", "France", "27 rue Mercière, 69002 Lyon"),
    _p("Toulouse", "Occitanie", "France", "9 allée Jean Jaurès, 31000 Toulouse"),
    _p("Leipzig", "Saxony", "Germany", "Karl-Liebknecht-Straße 56, 04275 Leipzig"),
    _p("Hamburg", "Hamburg", "Germany", "Schanzenstraße 12, 20357 Hamburg"),
    _p("Graz", "Styria", "Austria", "Annenstraße 19/4, 8020 Graz"),
    _p("Basel", "Basel-Stadt", "Switzerland", "Spalenberg 33, 4051 Basel"),
    _p("Bologna", "Emilia-Romagna", "Italy", "Via del Pratello 48, 40122 Bologna"),
    _p("Valencia", "Valencian Community", "Spain", "Carrer de Cádiz 15, 46006 València"),
    _p("Bilbao", "Basque Country", "Spain", "Calle Licenciado Poza 34, 48011 Bilbao"),
    _p("Porto", "Norte", "Portugal", "Rua de Cedofeita 312, 4050-174 Porto"),
    _p("Kraków", "Lesser Poland", "Poland", "ul. Józefa 17/5, 31-056 Kraków"),
    _p("Brno", "South Moravia", "Czechia", "Údolní 21, 602 00 Brno"),
    _p("Cluj-Napoca", "Transylvania", "Romania", "Strada Memorandumului 14, Cluj-Napoca 400114"),
    _p("Thessaloniki", "Central Macedonia", "Greece", "Egnatias 102, 546 23 Thessaloniki"),
    _p("Izmir", "Aegean Region", "Turkey", "Kıbrıs Şehitleri Cd. No:88, 35220 Alsancak/İzmir"),
    _p("Tartu", "Tartu County", "Estonia", "Rüütli 9-4, 51007 Tartu"),
    _p("Tampere", "Pirkanmaa", "Finland", "Hämeenkatu 25 B 12, 33200 Tampere"),
    _p("Malmö", "Skåne", "Sweden", "Davidshallsgatan 6, 211 45 Malmö"),
    _p("Bergen", "Vestland", "Norway", "Nygårdsgaten 31, 5015 Bergen"),
    _p("Aarhus", "Central Denmark", "Denmark", "Jægergårdsgade 64, 8000 Aarhus C"),
    _p("Austin", "Texas", "USA", "4417 Duval St, Austin, TX 78751"),
    _p("Pittsburgh", "Pennsylvania", "United States", "5832 Forbes Ave, Pittsburgh, PA 15217"),
    _p("Sacramento", "California", "USA", "2716 J Street, Apt 4, Sacramento, CA 95816"),
    _p("Milwaukee", "Wisconsin", "USA", "1904 N Farwell Ave, Milwaukee, WI 53202"),
    _p("Halifax", "Nova Scotia", "Canada", "5640 Spring Garden Rd, Halifax, NS B3J 1H5"),
    _p("Winnipeg", "Manitoba", "Canada", "318 Osborne St, Winnipeg, MB R3L 1Z4"),
    _p(
        "Guadalajara",
        "Jalisco",
        "Mexico",
        "Av. Chapultepec Sur 215, Col. Americana, 44160 Guadalajara, Jal.",
    ),
    _p("Medellín", "Antioquia", "Colombia", "Carrera 43A # 7-50, El Poblado, Medellín"),
    _p(
        "Curitiba", "Paraná", "Brazil", "Rua XV de Novembro, 1299, Centro, Curitiba - PR, 80060-000"
    ),
    _p("Rosario", "Santa Fe Province", "Argentina", "Bv. Oroño 1250, S2000 Rosario"),
    _p("Valparaíso", "Valparaíso Region", "Chile", "Cerro Alegre, Pasaje Gálvez 25, Valparaíso"),
    _p("Arequipa", "Arequipa Region", "Peru", "Calle Mercaderes 410, Arequipa 04001"),
    _p("Lagos", "Lagos State", "Nigeria", "12 Admiralty Way, Lekki Phase 1, Lagos"),
    _p("Kumasi", "Ashanti Region", "Ghana", "Plot 18, Ahodwo Roundabout Road, Kumasi"),
    _p("Mombasa", "Coast Province", "Kenya", "Moi Avenue, Nyali Plaza 2nd floor, Mombasa"),
    _p("Durban", "KwaZulu-Natal", "South Africa", "88 Florida Road, Morningside, Durban 4001"),
    _p(
        "Addis Ababa",
        "Addis Ababa",
        "Ethiopia",
        "Bole Road, Friendship Building 3rd floor, Addis Ababa",
    ),
    _p("Marrakesh", "Marrakesh-Safi", "Morocco", "Derb Sidi Bouloukat 14, Medina, Marrakesh"),
    _p(
        "Alexandria", "Alexandria Governorate", "Egypt", "45 Fouad Street, Raml Station, Alexandria"
    ),
    _p("Haifa", "Haifa District", "Israel", "HaNevi'im St 22, Haifa"),
    _p("Tbilisi", "Tbilisi", "Georgia", "Kote Afkhazi St 38, Tbilisi 0105"),
    _p("Almaty", "Almaty Region", "Kazakhstan", "Abay Ave 52, apt 17, Almaty 050008"),
    _p("Pune", "Maharashtra", "India", "Flat 6B, Lotus Residency, Baner Road, Pune 411045"),
    _p("Coimbatore", "Tamil Nadu", "India", "23 Race Course Road, Coimbatore 641018"),
    _p("Kathmandu", "Bagmati Province", "Nepal", "Jhamsikhel Marg, Lalitpur 44600, Kathmandu"),
    _p("Chiang Mai", "Northern Thailand", "Thailand", "88/3 Nimmanhaemin Soi 9, Chiang Mai 50200"),
    _p("Da Nang", "Central Vietnam", "Vietnam", "45 Bach Dang, Hai Chau, Da Nang"),
    _p(
        "Cebu City",
        "Central Visayas",
        "Philippines",
        "Unit 902, Ayala Business Park Tower 2, Cebu City 6000",
    ),
    _p(
        "Yogyakarta",
        "Special Region of Yogyakarta",
        "Indonesia",
        "Jl. Prawirotaman No. 27, Yogyakarta 55153",
    ),
    _p("Penang", "Penang State", "Malaysia", "62 Lebuh Armenian, 10200 George Town, Penang"),
    _p("Busan", "Gyeongsang", "South Korea", "35 Haeundae-ro 570beon-gil, Haeundae-gu, Busan"),
    _p("Fukuoka", "Kyushu", "Japan", "2-14-8 Daimyo, Chuo-ku, Fukuoka 810-0041"),
    _p(
        "Kaohsiung", "Southern Taiwan", "Taiwan", "No. 77, Wufu 3rd Rd, Qianjin District, Kaohsiung"
    ),
    _p("Chengdu", "Sichuan", "China", "Room 1203, 9 Renmin South Road, Wuhou District, Chengdu"),
    _p("Ulaanbaatar", "Töv", "Mongolia", "Peace Avenue 17, Sukhbaatar District, Ulaanbaatar"),
    _p("Brisbane", "Queensland", "Australia", "3/41 Merthyr Road, New Farm QLD 4005"),
    _p("Dunedin", "Otago", "New Zealand", "112 Highgate, Roslyn, Dunedin 9010"),
    _p("Kingston", "Saint Andrew", "Jamaica", "15 Hope Road, Kingston 10"),
    _p("Reykjavík", "Greater Reykjavík", "Iceland", "Laugavegur 71, 101 Reykjavík"),
)

MAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "proton.me",
    "web.de",
    "orange.fr",
    "icloud.com",
    "hotmail.com",
    "gmx.at",
    "libero.it",
    "seznam.cz",
    "wp.pl",
    "mail.ru",
    "naver.com",
    "yandex.com",
    "fastmail.fm",
    "posteo.de",
    "bigpond.com",
    "rediffmail.com",
    "uol.com.br",
)
WORK_DOMAINS = (
    "harbourline-freight.com",
    "brightstay.io",
    "quaykitchen.co.uk",
    "fleetcab.app",
    "hallmates.org",
    "taskhive.work",
    "inkwell-invoicing.net",
    "supportly.dev",
    "bugcrowd-mail.net",
    "kestrel-games.com",
    "stmungo-hospital.org",
    "vetreferrals.nz",
    "meridian-customs.eu",
    "fundspark.co",
    "gallery-loans.org",
    "civic-orchestra.org",
    "dailyledger.news",
)
SHOP_MAILBOXES = (
    "orders",
    "bookings",
    "hello",
    "frontdesk",
    "dispatch",
    "accounts",
    "payouts",
    "claims",
    "intake",
    "loans",
    "casting",
    "letters",
    "support",
    "security",
    "ethics",
    "samples",
)


def fold(text: str) -> str:
    """ASCII spelling of a name for an e-mail address or a handle."""
    table = str.maketrans(
        {
            "ł": "l",
            "Ł": "L",
            "ø": "o",
            "Ø": "O",
            "ß": "ss",
            "æ": "ae",
            "đ": "d",
            "Đ": "D",
            "ı": "i",
            "ð": "d",
            "þ": "th",
            "Ġ": "G",
            "ġ": "g",
        }
    )
    text = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in " -'"))


def person_email(rng: random.Random, given: str, family: str) -> str:
    g = fold(given).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = fold(family).lower().replace(" ", "").replace("'", "").replace("-", "")
    style = rng.randrange(7)
    local = (
        f"{g}.{f}",
        f"{g[0]}.{f}",
        f"{g}{f}{rng.randint(1, 99)}",
        f"{f}.{g}",
        f"{g}_{f}",
        f"{g}{rng.randint(70, 99)}",
        f"{g[0]}{f}",
    )[style]
    domain = rng.choice(MAIL_DOMAINS + WORK_DOMAINS[:6]) if style != 6 else rng.choice(WORK_DOMAINS)
    return f"{local}@{domain}"


def shop_email(rng: random.Random) -> str:
    return f"{rng.choice(SHOP_MAILBOXES)}@{rng.choice(WORK_DOMAINS)}"


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:  # Amex, 4-6-5
        digits = _luhn_complete(
            rng.choice(("34", "37")) + "".join(str(rng.randrange(10)) for _ in range(12))
        )
        sep = rng.choice((" ", "-", ""))
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    prefix = ("4", rng.choice(("51", "53", "55", "2221", "2720")), "6011", "4")[kind - 1]
    digits = _luhn_complete(
        prefix + "".join(str(rng.randrange(10)) for _ in range(15 - len(prefix)))
    )
    sep = rng.choice((" ", " ", "-", "", "."))
    if sep == ".":
        sep = " "
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


# country: (length of the BBAN, how to draw it: n digits, a upper letters, c alphanumerics)
_IBAN_FORMATS = {
    "DE": "18n",
    "FR": "10n11c2n",
    "GB": "4a14n",
    "NL": "4a10n",
    "ES": "20n",
    "IT": "1a10n12c",
    "BE": "12n",
    "AT": "16n",
    "CH": "5n12c",
    "IE": "4a14n",
    "PL": "24n",
    "PT": "21n",
    "SE": "20n",
    "DK": "14n",
    "FI": "14n",
    "NO": "11n",
    "LU": "3n13c",
    "RO": "4a16c",
    "HU": "24n",
    "CZ": "20n",
    "GR": "7n16c",
    "HR": "17n",
    "SI": "15n",
    "EE": "16n",
    "LT": "16n",
    "TR": "6n16c",
    "AE": "19n",
    "SA": "2n18c",
    "IS": "22n",
    "MT": "4a5n18c",
}
_BANK_CODES = {
    "GB": ("NWBK", "BARC", "MIDL", "LOYD"),
    "IE": ("AIBK", "BOFI"),
    "NL": ("ABNA", "RABO", "INGB", "TRIO"),
    "RO": ("BTRL", "RNCB"),
    "MT": ("VALL", "MALT"),
}


def _draw(rng: random.Random, country: str, fmt: str) -> str:
    out: list[str] = []
    num = ""
    for ch in fmt:
        if ch.isdigit():
            num += ch
            continue
        n, num = int(num), ""
        if ch == "n":
            out.append("".join(str(rng.randrange(10)) for _ in range(n)))
        elif ch == "a":
            codes = _BANK_CODES.get(country)
            out.append(
                rng.choice(codes)
                if codes and n == 4
                else "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
            )
        else:
            out.append(
                "".join(
                    rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
                    if rng.random() < 0.3
                    else str(rng.randrange(10))
                    for _ in range(n)
                )
            )
    return "".join(out)


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(tuple(_IBAN_FORMATS))
    bban = _draw(rng, country, _IBAN_FORMATS[country])
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.35:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice((31, 46, 62, 78, 81, 89, 94, 102, 109, 141, 151, 176, 185, 203, 212))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randrange(0x10000):x}" for _ in range(4)]
    kind = rng.randrange(3)
    if kind == 0:
        return "2001:db8:" + ":".join(groups[:2]) + "::" + groups[2]
    if kind == 1:
        return "fe80::" + ":".join(groups)
    return (
        f"2a02:{rng.randrange(0x10000):x}:"
        + ":".join(groups)
        + f":{rng.randrange(0x10000):x}:{rng.randrange(1, 0x10000):x}"
    )


def account(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return "".join(str(rng.randrange(10)) for _ in range(rng.choice((8, 10, 12))))
    if kind == 1:
        return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
    if kind == 2:
        return f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}-{rng.randint(10, 99)}"
    if kind == 3:
        return f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return "0" + "".join(str(rng.randrange(10)) for _ in range(rng.choice((7, 9, 11))))
