"""Value generators of the val43 part: places, phones, cards, IBANs, SSNs, bank account
numbers, IP addresses, e-mail addresses, and the decoys of clean prompts. Every generator
takes a ``random.Random`` and returns a string; nothing depends on hash randomisation."""

from __future__ import annotations

import random
import unicodedata

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# --- places -----------------------------------------------------------------------------

CITIES = (
    "Rotterdam", "Gdańsk", "Tampere", "Leeds", "Aberdeen", "Galway", "Lyon", "Marseille",
    "Bordeaux", "Innsbruck", "Salzburg", "Graz", "Chamonix", "Zermatt", "Davos", "Grenoble",
    "Bologna", "Porto", "Coimbra", "Seville", "Bilbao", "Zaragoza", "Kraków", "Wrocław", "Brno",
    "Ostrava", "Košice", "Debrecen", "Cluj-Napoca", "Plovdiv", "Thessaloniki", "Izmir",
    "Tbilisi", "Yerevan", "Almaty", "Tashkent", "Amman", "Beirut", "Aleppo", "Erbil", "Nairobi",
    "Mombasa", "Kampala", "Lagos", "Accra", "Kumasi", "Addis Ababa", "Asmara", "Mogadishu",
    "Durban", "Bloemfontein", "Pune", "Chennai", "Dhaka", "Kathmandu", "Colombo", "Medan",
    "Cebu", "Da Nang", "Chiang Mai", "Osaka", "Sapporo", "Busan", "Chengdu", "Kaohsiung",
    "Ulaanbaatar", "Auckland", "Dunedin", "Hobart", "Brisbane", "Winnipeg", "Calgary",
    "Spokane", "Anchorage", "Bozeman", "Monterrey", "Guadalajara", "Medellín", "Valparaíso",
    "Cusco", "Curitiba", "Recife", "Montevideo", "Trondheim", "Tromsø", "Uppsala", "Aarhus",
    "Reykjavík", "Ljubljana", "Rijeka",
)
REGIONS = (
    "Tyrol", "Valais", "Bavaria", "Styria", "Savoie", "Lombardy", "Andalusia", "Silesia",
    "Moravia", "Transylvania", "Lapland", "Hokkaido", "Kerala", "Queensland", "Tasmania",
    "Patagonia", "Ontario", "Manitoba", "the Yukon", "Colorado", "Vermont", "Oregon", "Cornwall",
    "Yorkshire", "Brittany", "Jutland", "KwaZulu-Natal", "Otago", "Upper Austria", "Graubünden",
)
COUNTRIES = (
    "Norway", "Switzerland", "Austria", "Canada", "Chile", "Argentina", "Japan", "New Zealand",
    "Kenya", "Ethiopia", "Eritrea", "Somalia", "Syria", "Afghanistan", "Iraq", "Ukraine",
    "Armenia", "Portugal", "Poland", "Czechia", "Slovenia", "Croatia", "Ireland", "Iceland",
    "Finland", "Denmark", "Sweden", "Mexico", "Colombia", "Peru", "Brazil", "Nigeria", "Ghana",
    "Uganda", "Bangladesh", "Nepal", "Sri Lanka", "Thailand", "Vietnam", "the Philippines",
    "Indonesia", "South Korea", "Mongolia", "Lebanon", "Germany", "France", "Italy", "Spain",
    "Greece", "Australia", "India", "the Netherlands", "Belgium", "Türkiye",
)

_US = (("Spokane", "WA", "992"), ("Bozeman", "MT", "597"), ("Anchorage", "AK", "995"),
       ("Tucson", "AZ", "857"), ("Duluth", "MN", "558"), ("Boise", "ID", "837"))
_US_ST = ("Larkspur Ave", "Juniper St", "N Cedar Rd", "Old Mill Lane", "Harbor View Dr", "Quarry Rd",
          "W Aspen Blvd", "Sagebrush Ct")
_GB = (("Leeds", "LS6 2QT"), ("Aberdeen", "AB10 1XG"), ("Norwich", "NR2 4PD"), ("Carlisle", "CA1 1RP"),
       ("Exeter", "EX4 3LS"))
_GB_ST = ("Kestrel Road", "Wharf Street", "Tannery Lane", "Orchard Close", "Mill Hill Terrace",
          "Bramble Way")
_DE = (("München", "80331"), ("Leipzig", "04109"), ("Freiburg im Breisgau", "79098"), ("Kiel", "24103"))
_DE_ST = ("Lindenstraße", "Am Mühlbach", "Kastanienallee", "Bergstraße", "Hafenweg")
_FR = (("Lyon", "69002"), ("Grenoble", "38000"), ("Annecy", "74000"), ("Rennes", "35000"))
_FR_ST = ("rue des Tanneurs", "avenue Jean-Jaurès", "chemin des Vignes", "place du Marché", "rue de la Gare")
_AT = (("Innsbruck", "6020"), ("Graz", "8010"), ("Salzburg", "5020"))
_IT = (("Bologna", "40121"), ("Torino", "10122"), ("Trento", "38122"))
_IT_ST = ("Via Garibaldi", "Via dei Mille", "Corso Vittorio Emanuele II", "Via delle Rose")
_NL = (("Rotterdam", "3011 AB"), ("Utrecht", "3512 JK"), ("Groningen", "9711 LM"))
_NL_ST = ("Keizersgracht", "Oude Haven", "Lange Nieuwstraat", "Vismarkt")
_AU = (("Hobart", "TAS", "7000"), ("Brisbane", "QLD", "4000"), ("Ballarat", "VIC", "3350"))
_AU_ST = ("Wattle St", "Banksia Cres", "Jacaranda Ave", "Gully Rd")
_CA = (("Calgary", "AB", "T2P 1J9"), ("Winnipeg", "MB", "R3C 0V8"), ("Halifax", "NS", "B3J 2K9"))

ADDRESS_CITIES = tuple(sorted({c[0] for c in _US + _GB + _DE + _FR + _AT + _IT + _NL + _AU + _CA}))


def city(r: random.Random) -> str:
    return r.choice(CITIES)


def region(r: random.Random) -> str:
    return r.choice(REGIONS)


def country(r: random.Random) -> str:
    return r.choice(COUNTRIES)


def street(r: random.Random, kind: str = "") -> str:
    """A street address without its city."""
    kind = kind or r.choice("us gb de fr it nl au".split())
    n = r.randint(2, 240)
    if kind == "us":
        return f"{r.randint(100, 9899)} {r.choice(_US_ST)}"
    if kind == "gb":
        return f"{n} {r.choice(_GB_ST)}"
    if kind == "de":
        return f"{r.choice(_DE_ST)} {n}"
    if kind == "fr":
        return f"{n} {r.choice(_FR_ST)}"
    if kind == "it":
        return f"{r.choice(_IT_ST)} {n}"
    if kind == "nl":
        return f"{r.choice(_NL_ST)} {n}"
    return f"{n} {r.choice(_AU_ST)}"


def address(r: random.Random, kind: str = "") -> str:
    """A one-line street address with its town, in the style of a country."""
    kind = kind or r.choice("us gb de fr at it nl au ca".split())
    if kind == "us":
        c, st, z = r.choice(_US)
        apt = r.choice(["", "", f"Apt {r.randint(1, 30)}{r.choice('ABCD')}, "])
        return f"{apt}{street(r, 'us')}, {c}, {st} {z}{r.randint(1, 99):02d}"
    if kind == "gb":
        c, pc = r.choice(_GB)
        flat = r.choice(["", "", f"Flat {r.randint(1, 12)}, "])
        return f"{flat}{street(r, 'gb')}, {c} {pc}"
    if kind == "de":
        c, pc = r.choice(_DE)
        return f"{street(r, 'de')}, {pc} {c}"
    if kind == "fr":
        c, pc = r.choice(_FR)
        return f"{street(r, 'fr')}, {pc} {c}"
    if kind == "at":
        c, pc = r.choice(_AT)
        return f"{r.choice(_DE_ST)} {r.randint(1, 90)}/{r.randint(1, 12)}, {pc} {c}"
    if kind == "it":
        c, pc = r.choice(_IT)
        return f"{street(r, 'it')}, {pc} {c}"
    if kind == "nl":
        c, pc = r.choice(_NL)
        return f"{street(r, 'nl')}, {pc} {c}"
    if kind == "ca":
        c, pr, pc = r.choice(_CA)
        return f"{r.randint(10, 2999)} {r.choice(['Elm Street', 'Rue Principale', 'Portage Ave', 'Barrington St'])}, {c}, {pr} {pc}"
    c, st, pc = r.choice(_AU)
    return f"Unit {r.randint(1, 20)}/{street(r, 'au')}, {c} {st} {pc}"


# --- phones -----------------------------------------------------------------------------
# d: any digit, X: 2-9.

PHONES = {
    "us": ("(Xdd) 555-01dd", "Xdd-555-01dd", "+1 Xdd 555 01dd", "+1-Xdd-Xdd-dddd", "Xdd.Xdd.dddd", "XddXdddddd"),
    "ca": ("+1 (604) 555-01dd", "(403) Xdd-dddd", "+1 514 Xdd dddd"),
    "gb": ("020 7946 0ddd", "+44 20 7946 0ddd", "07700 900ddd", "+44 7700 900ddd", "+44 (0)113 496 0ddd", "01632 960ddd"),
    "ie": ("+353 1 Xdd dddd", "087 Xdd dddd", "(01) Xdd dddd"),
    "de": ("030 Xdddddd", "+49 30 Xdddddd", "+49 (0)89 Xddd ddd", "0151 Xddddddd", "+4915Xdddddddd"),
    "at": ("+43 1 Xdd dd dd", "0664 Xdd dd dd", "+43 512 Xdd ddd"),
    "ch": ("+41 44 Xdd dd dd", "079 Xdd dd dd", "+41 79 Xdd dd dd", "027 Xdd dd dd"),
    "fr": ("01 Xd dd dd dd", "+33 1 Xd dd dd dd", "06 Xd dd dd dd", "+336Xddddddd", "+33 (0)4 Xd dd dd dd"),
    "es": ("+34 91X ddd ddd", "6Xd ddd ddd", "+34 6Xd dd dd dd"),
    "it": ("+39 06 Xddd dddd", "34X ddd dddd", "+39 34X ddddddd"),
    "nl": ("+31 20 Xdd dddd", "06-Xddddddd", "020-Xdd dddd"),
    "pl": ("+48 5Xd ddd ddd", "22 Xdd dd dd", "+48 22 Xdd dd dd"),
    "se": ("+46 8 Xdd ddd dd", "070-Xdd dd dd"),
    "no": ("+47 Xdd dd ddd", "+47 4d dd dd dd"),
    "in": ("+91 9dddd ddddd", "09dddd ddddd", "+91-80-Xddd-dddd"),
    "au": ("(02) 9Xdd dddd", "+61 2 9Xdd dddd", "04Xd ddd ddd", "+61 4Xd ddd ddd"),
    "nz": ("+64 9 Xdd dddd", "021 Xdd dddd"),
    "jp": ("03-Xddd-dddd", "+81 3-Xddd-dddd", "090-Xddd-dddd", "+81 90 Xddd dddd"),
    "kr": ("010-Xddd-dddd", "+82 10-Xddd-dddd", "+82 2-Xddd-dddd"),
    "br": ("+55 11 9Xddd-dddd", "(11) 9Xddd-dddd", "(21) 3Xdd-dddd"),
    "mx": ("+52 55 Xddd dddd", "55 Xddd dddd"),
    "za": ("+27 21 Xdd dddd", "082 Xdd dddd", "+27 82 Xdd dddd"),
    "ke": ("+254 7Xd dddddd", "07Xd dddddd"),
    "ng": ("+234 803 Xdd dddd", "0803 Xdd dddd"),
    "ua": ("+380 44 Xdd dd dd", "+380 67 Xdd dd dd"),
    "tr": ("+90 212 Xdd dd dd", "0532 Xdd dd dd"),
}


def _fill(r: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "d":
            out.append(str(r.randint(0, 9)))
        elif ch == "X":
            out.append(str(r.randint(2, 9)))
        else:
            out.append(ch)
    return "".join(out)


def phone(r: random.Random, country_code: str = "") -> str:
    cc = country_code or r.choice(sorted(PHONES))
    return _fill(r, r.choice(PHONES[cc]))


# --- cards ------------------------------------------------------------------------------

_CARD_PREFIXES = (("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16),
                  ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("35", 16))


def _luhn_complete(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError(partial)


def card(r: random.Random, style: str = "") -> str:
    prefix, length = r.choice(_CARD_PREFIXES)
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    digits = _luhn_complete(body)
    style = style or r.choice(["space", "space", "dash", "plain"])
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    sep = {"space": " ", "dash": "-", "plain": ""}[style]
    value = sep.join(groups)
    assert luhn_ok(value.replace(" ", "").replace("-", ""))
    return value


# --- IBANs ------------------------------------------------------------------------------

_IBAN = {  # country: (bank codes or None, digits after the bank code)
    "DE": (None, 18), "GB": (("NWBK", "BARC", "LOYD", "HBUK"), 14), "IE": (("AIBK", "BOFI"), 14),
    "FR": (None, 23), "ES": (None, 20), "IT": (("X", "A", "K"), 22), "NL": (("ABNA", "RABO", "INGB", "TRIO"), 10),
    "BE": (None, 12), "AT": (None, 16), "CH": (None, 17), "PL": (None, 24), "SE": (None, 20),
    "NO": (None, 11), "DK": (None, 14), "FI": (None, 14), "PT": (None, 21), "CZ": (None, 20),
    "HR": (None, 17), "SI": (None, 15), "LT": (None, 16),
}
IBAN_COUNTRIES = tuple(sorted(_IBAN))


def iban(r: random.Random, cc: str = "", spaced: bool | None = None) -> str:
    cc = cc or r.choice(IBAN_COUNTRIES)
    banks, n = _IBAN[cc]
    bban = (r.choice(banks) if banks else "") + "".join(str(r.randint(0, 9)) for _ in range(n))
    numeric = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    compact = f"{cc}{98 - numeric % 97:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if spaced is None:
        spaced = r.random() < 0.6
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


# --- SSNs, bank accounts, IPs -----------------------------------------------------------


def ssn(r: random.Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    value = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    style = r.random()
    if style < 0.15:
        value = value.replace("-", " ")
    elif style < 0.27:
        value = value.replace("-", "")
    assert ssn_ok(value)
    return value


_ACCOUNTS = ("dddddddd", "dddddddddd", "dddd dddd dd", "ddd-dddddd-dd", "00dddddddddd", "ddddddddddd",
             "dd-dddddd-d", "dddddddddddd")


def account(r: random.Random) -> str:
    return _fill(r, r.choice(_ACCOUNTS))


def ip4(r: random.Random) -> str:
    k = r.randint(0, 6)
    if k < 3:
        return f"{('192.0.2', '198.51.100', '203.0.113')[k]}.{r.randint(1, 254)}"
    if k == 3:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 4:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 5:
        return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice((81, 85, 91, 145, 185, 212))}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r: random.Random) -> str:
    def h() -> str:
        return f"{r.randint(1, 0xFFFF):x}"

    k = r.randint(0, 3)
    if k == 0:
        return f"2001:db8:{h()}:{h()}::{h()}"
    if k == 1:
        return f"2001:db8::{h()}:{h()}"
    if k == 2:
        return f"fe80::{h()}:{r.randint(0, 255):x}ff:fe{r.randint(0, 255):02x}:{h()}"
    return f"2001:0db8:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"


# --- e-mail -----------------------------------------------------------------------------

_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "đ": "d",
                        "Đ": "D", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "'": "", "ħ": "h"})
DOMAINS = (
    "example.com", "example.org", "example.net", "mail.example.com", "gmail.com", "outlook.com",
    "yahoo.co.uk", "web.de", "gmx.at", "orange.fr", "libero.it", "seznam.cz", "mail.ru", "naver.com",
    "protonmail.com", "icloud.com", "bluewin.ch", "hotmail.es", "online.no", "wp.pl",
)


def ascii_fold(s: str) -> str:
    s = s.translate(_ASCII)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii())


def email_for(r: random.Random, given: str, family: str, domain: str = "") -> str:
    g = ascii_fold(given).lower().replace(" ", "").replace("-", "")
    f = ascii_fold(family).lower().replace(" ", "").replace("-", "")
    domain = domain or r.choice(DOMAINS)
    local = r.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f}", f"{g}_{f}{r.randint(1, 99)}", f"{f}.{g}", f"{g}{r.randint(70, 99)}",
                      f"{g[0]}{f}"])
    return f"{local}@{domain}"


_ROLE = ("dispatch", "frontdesk", "bookings", "noc", "releases", "auctions", "admissions", "intake", "office",
         "rescue.ops", "studio", "lab-support", "records", "exchange", "registrations", "permits")
_ORG_DOMAINS = ("alpenrand-care.example", "kestrelfm.example.org", "snowline-rescue.example", "vinhaus-auctions.example",
                "metrolink-ops.example", "newroots.example.org", "fjellklubb.example.no", "reefline-dive.example")


def role_email(r: random.Random) -> str:
    return f"{r.choice(_ROLE)}@{r.choice(_ORG_DOMAINS + DOMAINS[:3])}"


# --- decoys of clean prompts ------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def d_date(r: random.Random) -> str:
    y, m, d = r.choice((2025, 2026, 2027)), r.randint(1, 12), r.randint(1, 28)
    k = r.randint(0, 3)
    if k == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 1:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 2:
        return f"{d} {_MONTHS[m - 1]} {y}"
    return f"{_MONTHS[m - 1][:3]} {d}"


def d_time(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"


def d_version(r: random.Random) -> str:
    k = r.randint(0, 3)
    a, b, c = r.randint(0, 14), r.randint(0, 30), r.randint(0, 40)
    if k == 0:
        return f"{a}.{b}.{c}"
    if k == 1:
        return f"v{a}.{b}.{c}-rc.{r.randint(1, 5)}"
    if k == 2:
        return f"{a}.{b}.{c}.{r.randint(1, 999)}"
    return f"{2025 + r.randint(0, 1)}.{r.randint(1, 12):02d}.{r.randint(0, 3)}"


def d_price(r: random.Random) -> str:
    amt = r.randint(3, 4800) + r.choice((0, 0.5, 0.99, 0.25, 0.4))
    cur = r.choice(("€", "$", "£", "CHF ", "NOK ", "AUD "))
    return f"{cur}{amt:,.2f}"


def d_order(r: random.Random) -> str:
    k = r.randint(0, 3)
    if k == 0:
        return f"ORD-{r.randint(2025, 2027)}-{r.randint(0, 999999):06d}"
    if k == 1:
        return f"#{r.randint(10**9, 10**10 - 1)}"
    if k == 2:
        return f"SO{r.randint(100000, 999999)}"
    return f"PO-{r.randint(1000, 9999)}/{r.randint(10, 99)}"


def d_ticket(r: random.Random) -> str:
    return r.choice(("INC", "TKT-", "REQ", "CHG", "SR-", "JIRA-OPS-")) + str(r.randint(1000, 9999999))


def d_invoice(r: random.Random) -> str:
    return f"INV-{r.randint(2025, 2027)}{r.randint(1, 12):02d}-{r.randint(1, 9999):04d}"


def d_sku(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXZ"
    k = r.randint(0, 2)
    if k == 0:
        return f"{r.choice(L)}{r.choice(L)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.choice(L)}"
    if k == 1:
        return f"PN {r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(10, 99)}"
    return f"SKU{r.randint(10000, 99999)}{r.choice(L)}"


def d_serial(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(r.choice(L) for _ in range(3)) + "-" + str(r.randint(10000, 99999)) + "-" + "".join(
        r.choice(L) for _ in range(2))


def d_hash(r: random.Random) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(r.choice((7, 12, 40))))


def d_build(r: random.Random) -> str:
    return f"{r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 40)}"
