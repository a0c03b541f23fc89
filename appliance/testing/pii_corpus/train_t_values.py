"""Value makers for the train_t generator: e-mails, phones, cards, IBANs, IPs, SSNs,
account numbers, places and addresses, and the harmless decoys (order numbers, dates,
versions, prices, product codes). Every maker takes a `random.Random`."""

from __future__ import annotations

import random
import string
import unicodedata

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# ---------------------------------------------------------------- places (LOCATION)

CITIES = (
    "Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Manchester", "Liverpool", "Dublin",
    "Cork", "Galway", "Boston", "Chicago", "Denver", "Seattle", "Atlanta", "Dallas",
    "Houston", "Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Sydney", "Melbourne",
    "Brisbane", "Perth", "Auckland", "Christchurch", "Dunedin", "Berlin", "Hamburg",
    "Munich", "Cologne", "Leipzig", "Dresden", "Vienna", "Graz", "Zurich", "Geneva", "Basel",
    "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Madrid", "Barcelona",
    "Valencia", "Seville", "Bilbao", "Lisbon", "Porto", "Milan", "Turin", "Naples", "Bologna",
    "Palermo", "Amsterdam", "Rotterdam", "Utrecht", "Antwerp", "Ghent", "Brussels",
    "Copenhagen", "Aarhus", "Stockholm", "Gothenburg", "Malmo", "Oslo", "Bergen", "Helsinki",
    "Tampere", "Reykjavik", "Warsaw", "Krakow", "Gdansk", "Wroclaw", "Prague", "Brno",
    "Budapest", "Bratislava", "Ljubljana", "Zagreb", "Bucharest", "Athens",
    "Thessaloniki", "Istanbul", "Ankara", "Izmir", "Tbilisi", "Yerevan", "Baku", "Kyiv",
    "Lviv", "Tallinn", "Riga", "Vilnius", "Cairo", "Casablanca", "Tunis",
    "Lagos", "Abuja", "Ibadan", "Accra", "Kumasi", "Nairobi", "Mombasa", "Kampala", "Kigali",
    "Addis Ababa", "Dar es Salaam", "Johannesburg", "Durban", "Cape Town", "Lusaka", "Harare",
    "Dakar", "Mumbai", "Delhi", "Bengaluru", "Chennai", "Kolkata", "Hyderabad", "Pune",
    "Karachi", "Lahore", "Dhaka", "Colombo", "Kathmandu", "Bangkok", "Chiang Mai", "Hanoi",
    "Ho Chi Minh City", "Manila", "Cebu", "Jakarta", "Surabaya", "Kuala Lumpur", "Singapore",
    "Seoul", "Busan", "Tokyo", "Osaka", "Kyoto", "Sapporo", "Beijing", "Shanghai",
    "Shenzhen", "Chengdu", "Taipei", "Ulaanbaatar", "Almaty", "Tashkent", "Dubai", "Doha",
    "Riyadh", "Amman", "Beirut", "Tel Aviv", "Haifa", "Tehran", "Mexico City", "Guadalajara",
    "Monterrey", "Bogota", "Medellin", "Lima", "Quito", "Buenos Aires",
    "Rosario", "Montevideo", "Sao Paulo", "Rio de Janeiro", "Recife", "Havana", "Kingston",
)
REGIONS = (
    "Yorkshire", "Cornwall", "Cumbria", "Fife", "Ontario", "Quebec", "Alberta",
    "Manitoba", "Queensland", "Tasmania", "Bavaria", "Saxony", "Tyrol", "Catalonia",
    "Andalusia", "Galicia", "Tuscany", "Sicily", "Lombardy", "Provence", "Normandy",
    "Brittany", "Flanders", "Wallonia", "Texas", "Ohio", "Oregon", "Vermont", "Nevada",
    "Arizona", "Michigan", "Kentucky", "Illinois", "Colorado", "Minnesota", "Punjab",
    "Kerala", "Gujarat", "Bihar", "Sindh", "Hokkaido", "Okinawa", "Guangdong", "Sichuan",
    "Yunnan", "Bali", "Mindanao", "Patagonia", "Oaxaca", "Yucatan", "Lapland",
    "Transylvania", "Silesia", "Moravia", "Crete", "Anatolia", "Kurdistan",
)
COUNTRIES = (
    "Ireland", "Scotland", "Wales", "England", "France", "Germany", "Spain", "Portugal",
    "Italy", "Austria", "Switzerland", "Belgium", "the Netherlands", "Denmark", "Sweden",
    "Norway", "Finland", "Iceland", "Poland", "Czechia", "Slovakia", "Hungary", "Romania",
    "Bulgaria", "Greece", "Turkey", "Ukraine", "Estonia", "Latvia", "Lithuania", "Croatia",
    "Slovenia", "Serbia", "Albania", "Armenia", "Azerbaijan", "Kazakhstan", "Uzbekistan",
    "Mongolia", "China", "Japan", "South Korea", "Vietnam", "Thailand", "Cambodia",
    "Malaysia", "Indonesia", "the Philippines", "India", "Pakistan", "Bangladesh",
    "Sri Lanka", "Nepal", "Iran", "Iraq", "Lebanon", "Israel", "Saudi Arabia", "Qatar",
    "Oman", "Egypt", "Morocco", "Tunisia", "Algeria", "Nigeria", "Ghana", "Senegal", "Kenya",
    "Uganda", "Tanzania", "Rwanda", "Ethiopia", "Somalia", "South Africa", "Zimbabwe",
    "Zambia", "Canada", "Mexico", "Guatemala", "Cuba", "Jamaica", "Colombia", "Peru",
    "Ecuador", "Chile", "Argentina", "Uruguay", "Brazil", "Australia", "New Zealand",
    "Samoa", "Fiji",
)
STREET_WORDS = (
    "Larkspur", "Willowbank", "Hawthorn", "Elmwood", "Birchfield", "Foxglove", "Heather",
    "Bramble", "Meadowsweet", "Kingfisher", "Sycamore", "Juniper", "Lavender", "Primrose",
    "Thistle", "Orchard", "Millbrook", "Fernhill", "Rowan", "Chestnut", "Aspen", "Cedar",
    "Linden", "Magnolia", "Alder", "Bluebell", "Cowslip", "Wren", "Skylark", "Linnet",
)
STREET_TYPES = ("Street", "Road", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent",
                "Terrace", "Place", "Gardens", "Boulevard")
FOREIGN_STREETS = (
    "Hauptstraße {n}", "Lindenweg {n}", "Kastanienallee {n}", "{n} rue des Lilas",
    "{n} avenue des Tilleuls", "Calle del Olmo {n}", "Rua das Flores {n}", "Via dei Tigli {n}",
    "Kerkstraat {n}", "Storgatan {n}", "ul. Lipowa {n}", "Nørregade {n}",
)
US_STATES = ("IL", "OH", "TX", "CA", "OR", "WA", "NY", "PA", "MN", "CO", "GA", "AZ")


def city(rng: random.Random) -> str:
    return rng.choice(CITIES)


def region(rng: random.Random) -> str:
    return rng.choice(REGIONS)


def country(rng: random.Random) -> str:
    return rng.choice(COUNTRIES)


def place(rng: random.Random) -> str:
    r = rng.random()
    return city(rng) if r < 0.55 else region(rng) if r < 0.75 else country(rng)


def street(rng: random.Random) -> str:
    n = rng.randint(1, 420)
    if rng.random() < 0.2:
        return rng.choice(FOREIGN_STREETS).format(n=n)
    flat = rng.choice(("", "", "", f"Flat {rng.randint(1, 30)}, ", f"Apt {rng.randint(1, 90)}, ",
                       f"Unit {rng.randint(1, 12)}, "))
    return f"{flat}{n} {rng.choice(STREET_WORDS)} {rng.choice(STREET_TYPES)}"


def address(rng: random.Random) -> str:
    """A street address, sometimes with its town and postcode (one span)."""
    s = street(rng)
    r = rng.random()
    if r < 0.4:
        return s
    if r < 0.6:
        return f"{s}, {rng.choice(CITIES)}"
    if r < 0.8:
        return (f"{s}, {rng.choice(CITIES)}, {rng.choice(US_STATES)} "
                f"{rng.randint(10000, 99899):05d}")
    letters = string.ascii_uppercase
    pc = (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1, 20)} "
          f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}")
    return f"{s}, {rng.choice(CITIES)} {pc}"


# ---------------------------------------------------------------- contact values

MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com",
                "hotmail.fr", "web.de", "mail.ru", "qq.com", "naver.com", "fastmail.fm",
                "gmx.at", "libero.it", "uol.com.br", "example.org", "acme-corp.io",
                "northwind.co", "kestrel-labs.dev", "uni-halle.de", "ed.ac.uk")


def ascii_fold(text: str) -> str:
    out = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in out.lower() if c.isalnum())


def email(rng: random.Random, given: str = "", family: str = "") -> str:
    g, f = ascii_fold(given), ascii_fold(family)
    if not g or not f:
        g = rng.choice(("sam", "jo", "kit", "ren", "ali", "noor", "lee", "ash", "dani", "remy"))
        f = rng.choice(("walker", "osei", "brandt", "nakamura", "silva", "kowal", "ferri"))
    shape = rng.randrange(7)
    local = (f"{g}.{f}", f"{g[0]}{f}", f"{g}{rng.randint(1, 99)}", f"{f}.{g}",
             f"{g}_{f}{rng.randint(70, 99)}", f"{g}-{f}", f"{g[0]}.{f}")[shape]
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng: random.Random) -> str:
    """A phone number in one of many countries' shapes, with or without separators."""
    d = lambda n: _digits(rng, n)  # noqa: E731
    nz = lambda: str(rng.randint(1, 9))  # noqa: E731
    shapes = (
        lambda: f"+1 ({nz()}{d(2)}) {nz()}{d(2)}-{d(4)}",
        lambda: f"({nz()}{d(2)}) {nz()}{d(2)}-{d(4)}",
        lambda: f"{nz()}{d(2)}-{nz()}{d(2)}-{d(4)}",
        lambda: f"+1{nz()}{d(2)}{nz()}{d(6)}",
        lambda: f"+44 7{d(3)} {d(6)}",
        lambda: f"07{d(3)} {d(6)}",
        lambda: f"+44 20 {d(4)} {d(4)}",
        lambda: f"+353 8{rng.choice('35679')} {d(3)} {d(4)}",
        lambda: f"+49 1{rng.choice('567')}{d(1)} {d(7)}",
        lambda: f"+49 30 {d(8)}",
        lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
        lambda: f"+34 6{d(2)} {d(3)} {d(3)}",
        lambda: f"+39 3{d(2)} {d(3)} {d(4)}",
        lambda: f"+31 6 {d(8)}",
        lambda: f"+46 7{d(1)}-{d(3)} {d(2)} {d(2)}",
        lambda: f"+48 {nz()}{d(2)} {d(3)} {d(3)}",
        lambda: f"+91 9{d(4)} {d(5)}",
        lambda: f"+91{rng.choice('6789')}{d(9)}",
        lambda: f"+81 90-{d(4)}-{d(4)}",
        lambda: f"+82 10-{d(4)}-{d(4)}",
        lambda: f"+86 13{d(1)} {d(4)} {d(4)}",
        lambda: f"+55 11 9{d(4)}-{d(4)}",
        lambda: f"+52 55 {d(4)} {d(4)}",
        lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
        lambda: f"+64 21 {d(3)} {d(4)}",
        lambda: f"+234 80{d(1)} {d(3)} {d(4)}",
        lambda: f"+254 7{d(2)} {d(6)}",
        lambda: f"+27 8{d(1)} {d(3)} {d(4)}",
        lambda: f"+20 10 {d(4)} {d(4)}",
        lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
        lambda: f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
        lambda: f"+380 67 {d(3)} {d(4)}",
        lambda: f"+63 917 {d(3)} {d(4)}",
        lambda: f"+62 812-{d(4)}-{d(4)}",
        lambda: f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}",
        lambda: f"+65 {rng.choice('89')}{d(3)} {d(4)}",
        lambda: f"+971 50 {d(3)} {d(4)}",
        lambda: f"+972 5{d(1)}-{d(3)}-{d(4)}",
        lambda: f"+57 3{d(2)} {d(3)} {d(4)}",
        lambda: f"+54 9 11 {d(4)}-{d(4)}",
        lambda: f"+92 3{d(2)} {d(7)}",
        lambda: f"+880 1{d(3)}-{d(6)}",
        lambda: f"+{rng.choice(('30', '36', '40', '420', '358', '47', '45'))}{d(9)}",
    )
    return rng.choice(shapes)()


def _luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError("unreachable")


def card(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        prefix, n, groups = "4" + _digits(rng, 5), 16, (4, 4, 4, 4)
    elif kind == 1:
        prefix, n, groups = str(rng.randint(51, 55)) + _digits(rng, 4), 16, (4, 4, 4, 4)
    elif kind == 2:
        prefix, n, groups = str(rng.randint(2221, 2720)) + _digits(rng, 2), 16, (4, 4, 4, 4)
    elif kind == 3:
        prefix, n, groups = rng.choice(("34", "37")) + _digits(rng, 4), 15, (4, 6, 5)
    elif kind == 4:
        prefix, n, groups = "6011" + _digits(rng, 2), 16, (4, 4, 4, 4)
    else:
        prefix, n, groups = "35" + str(rng.randint(28, 89)) + _digits(rng, 2), 16, (4, 4, 4, 4)
    number = _luhn_complete(prefix + _digits(rng, n - len(prefix) - 1))
    assert luhn_ok(number)
    sep = rng.choice((" ", " ", "-", ""))
    parts, pos = [], 0
    for g in groups:
        parts.append(number[pos:pos + g])
        pos += g
    return sep.join(parts)


# country: (bank-code letters, digits after them) for the BBAN
IBAN_LAYOUT = {
    "DE": (0, 18), "GB": (4, 14), "IE": (4, 14), "FR": (0, 23), "ES": (0, 20),
    "IT": (1, 22), "NL": (4, 10), "BE": (0, 12), "CH": (0, 17), "AT": (0, 16),
    "PL": (0, 24), "SE": (0, 20), "DK": (0, 14), "NO": (0, 11), "FI": (0, 14),
    "PT": (0, 21), "SA": (0, 20), "TR": (0, 22), "LU": (0, 16), "CZ": (0, 20),
}


def iban(rng: random.Random) -> str:
    cc = rng.choice(sorted(IBAN_LAYOUT))
    letters, digits = IBAN_LAYOUT[cc]
    bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(letters)) + _digits(rng, digits)
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    value = f"{cc}{check:02d}{bban}"
    assert iban_check_digits_ok(value)
    if rng.random() < 0.6:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def ipv4(rng: random.Random) -> str:
    first = rng.choice((10, 172, 192, rng.randint(11, 223)))
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    r = rng.random()
    if r < 0.4:
        return f"2001:db8:{groups[2]}:{groups[3]}::{groups[7]}"
    if r < 0.6:
        return f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}"
    if r < 0.8:
        return ":".join(groups)
    return f"2a0{rng.randint(0, 9)}:{groups[1]}:{groups[2]}::{groups[6]}:{groups[7]}"


def ip(rng: random.Random) -> str:
    return ipv4(rng) if rng.random() < 0.7 else ipv6(rng)


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
        sep = rng.choice(("-", "-", "-", " ", ""))
        value = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
        assert ssn_ok(value)
        return value


def account(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return _digits(rng, rng.choice((8, 9, 10, 11, 12)))
    if r < 0.75:
        return f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}"
    return f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}"


# ---------------------------------------------------------------- decoys (never PII)

PRODUCTS = (
    "Nimbus Pro", "Quartz Hub", "Vortex X2", "Lumen Desk Lamp", "Orbit Mini", "Zephyr Fan",
    "Polar Flask", "Glide Mouse", "Cobalt Router", "Ember Kettle", "Summit Backpack",
    "Tandem Dock", "Pixel Frame", "Aero Drone", "Granite Board", "Echo Buds", "Helix Chair",
    "Strata Monitor", "Kinetic Watch", "Trail Runner 4", "Sonic Toothbrush", "Prism Tablet",
)


def order_no(rng: random.Random) -> str:
    return rng.choice((f"ORD-{rng.randint(10000, 99999)}", f"#{rng.randint(100000, 999999)}",
                       f"PO-{rng.randint(2019, 2026)}-{rng.randint(100, 9999):04d}",
                       f"INV{rng.randint(1000, 99999)}", f"RMA-{rng.randint(1000, 9999)}"))


def ticket(rng: random.Random) -> str:
    return rng.choice((f"JIRA-{rng.randint(10, 9999)}", f"OPS-{rng.randint(100, 999)}",
                       f"#{rng.randint(100, 9999)}", f"CASE-{rng.randint(10000, 99999)}",
                       f"BUG-{rng.randint(100, 4999)}"))


def sku(rng: random.Random) -> str:
    L = string.ascii_uppercase
    return rng.choice((f"SKU-{rng.choice(L)}{rng.choice(L)}{rng.randint(100, 999)}",
                       f"{rng.choice(L)}{rng.choice(L)}-{rng.randint(1000, 9999)}-{rng.choice(L)}",
                       f"P{rng.randint(10000, 99999)}", f"REF {rng.randint(100, 999)}/{rng.choice(L)}"))


def version(rng: random.Random) -> str:
    return rng.choice((f"v{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}",
                       f"{rng.randint(1, 24)}.{rng.randint(0, 12)}", f"build {rng.randint(1000, 9999)}",
                       f"rc{rng.randint(1, 5)}", f"{rng.randint(2020, 2026)}.{rng.randint(1, 12):02d}"))


def price(rng: random.Random) -> str:
    cents = rng.randint(0, 99)
    return rng.choice((f"${rng.randint(1, 900)}.{cents:02d}", f"£{rng.randint(1, 500)}.{cents:02d}",
                       f"€{rng.randint(1, 700)},{cents:02d}", f"{rng.randint(2, 90)} EUR",
                       f"USD {rng.randint(10, 5000)}"))


MONTHS = ("January", "February", "March", "August", "September", "October", "November",
          "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {rng.choice(MONTHS)} {y}",
                       f"{rng.choice(MONTHS)} {d}", f"{rng.choice(WEEKDAYS)} {d} {rng.choice(MONTHS)}"))


def time_(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(7, 19):02d}:{rng.choice((0, 15, 30, 45)):02d}",
                       f"{rng.randint(1, 11)}{rng.choice(('am', 'pm', ' am', ' pm'))}",
                       f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}"))


def number(rng: random.Random) -> str:
    return str(rng.choice((rng.randint(2, 12), rng.randint(10, 99), rng.randint(100, 2000))))


def weekday(rng: random.Random) -> str:
    return rng.choice(WEEKDAYS)


def decoy(rng: random.Random) -> str:
    return rng.choice((order_no, ticket, sku, version, price, date))(rng)
