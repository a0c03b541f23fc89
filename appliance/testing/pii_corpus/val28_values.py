"""val28: generators of planted values (phones, cards, IBANs, SSNs, IPs, account numbers,
e-mails) and of decoys (order numbers, dates, versions ...). Phone numbers are drawn from
hand-written national patterns ("#" a random digit) and kept only when `phonenumbers` says
they are valid for their region."""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

from appliance.testing.pii_corpus.validity import luhn_ok

# region: national patterns
PHONE_PATTERNS = {
    "GB": ("07### ######", "020 7### ####", "0131 ### ####"),
    "US": ("(212) 5##-####", "415-6##-####", "(617) 4##-####", "206.3##.####"),
    "CA": ("(416) 5##-####", "604-7##-####"),
    "DE": ("0151 ########", "030 #######", "040 ########"),
    "FR": ("06 ## ## ## ##", "01 4# ## ## ##"),
    "ES": ("6## ### ###", "91 ### ## ##"),
    "IT": ("347 #######", "06 ########"),
    "NL": ("06 ########", "020 ### ####"),
    "BR": ("(11) 9####-####", "(21) 9####-####"),
    "IN": ("98### #####", "97### #####"),
    "JP": ("090-####-####", "03-####-####"),
    "AU": ("04## ### ###", "(02) 9### ####"),
    "ZA": ("082 ### ####", "021 ### ####"),
    "NG": ("0803 ### ####", "0805 ### ####"),
    "KE": ("0712 ######", "0722 ######"),
    "SE": ("070 ### ## ##", "08 ### ### ##"),
    "PL": ("50# ### ###", "60# ### ###"),
    "TR": ("0532 ### ## ##", "0212 ### ## ##"),
    "ID": ("0812 #### ####", "0813 #### ###"),
    "VN": ("091 ### ####", "098 ### ####"),
    "IE": ("085 ### ####", "087 ### ####"),
    "NZ": ("021 ### ####", "027 ### ####"),
    "MX": ("55 #### ####", "33 #### ####"),
    "PT": ("91# ### ###", "96# ### ###"),
    "NO": ("4## ## ###", "9## ## ###"),
}
PHONE_REGIONS = tuple(PHONE_PATTERNS)


def _fill(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def phone(rng: random.Random, region: str | None = None) -> tuple[str, str]:
    """A valid phone number as some people write it, and its region."""
    region = region or rng.choice(PHONE_REGIONS)
    for _ in range(200):
        national = _fill(rng, rng.choice(PHONE_PATTERNS[region]))
        try:
            num = phonenumbers.parse(national, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num):
            continue
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        digits = "".join(ch for ch in national if ch.isdigit())
        choices = [national, national, intl, intl, e164, digits]
        if "-" not in intl:
            choices.append(intl.replace(" ", "."))
        if region != "US" and region != "CA":
            choices.append("00" + e164[1:])
            choices.append(intl.replace(" ", "-"))
        if region in ("GB", "DE", "FR", "IT", "NL", "AU", "IE", "NZ"):
            choices.append(intl.replace(" ", " (0)", 1))
        for _ in range(10):
            value = rng.choice(choices)
            if "(0)" in value:
                test = value.replace("(0)", "")
            else:
                test = value
            try:
                ok = phonenumbers.is_valid_number(phonenumbers.parse(test, region))
            except phonenumbers.NumberParseException:
                ok = False
            if ok:
                return value, region
    raise ValueError(f"no valid phone for {region}")


def card(rng: random.Random) -> str:
    brand = rng.choice(("visa", "mc", "amex", "discover", "visa", "mc"))
    if brand == "amex":
        body = rng.choice(("34", "37")) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    else:
        prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "discover": "6011"}[brand]
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    for d in "0123456789":
        if luhn_ok(body + d):
            digits = body + d
            break
    style = rng.choice(("space", "plain", "hyphen", "space"))
    if style == "plain":
        return digits
    sep = " " if style == "space" else "-"
    if len(digits) == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


# country: BBAN pattern ("#" digit, "A" capital letter)
IBAN_BBAN = {
    "DE": "##################",
    "FR": "#######################",
    "ES": "####################",
    "IT": "A######################",
    "NL": "AAAA##########",
    "GB": "AAAA##############",
    "BE": "############",
    "AT": "################",
    "CH": "#################",
    "PL": "########################",
    "PT": "#####################",
    "SE": "####################",
    "NO": "###########",
    "DK": "##############",
    "IE": "AAAA##############",
    "TR": "#####0################",
    "FI": "##############",
}


def iban(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_BBAN))
    bban = "".join(
        str(rng.randint(0, 9))
        if ch == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if ch == "A"
        else ch
        for ch in IBAN_BBAN[country]
    )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    value = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " "))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice((23, 31, 46, 62, 77, 81, 89, 94, 109, 145, 178, 185, 193, 203, 212))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(("2001", "2a02", "2a01", "2606", "2c0f"))]
    groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    if rng.random() < 0.5:
        return ":".join(groups[:4]) + "::" + groups[7]
    return ":".join(groups)


def account(rng: random.Random) -> str:
    style = rng.choice(("8", "10", "12", "hy", "16"))
    if style == "hy":
        return f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    return "".join(str(rng.randint(0, 9)) for _ in range(int(style)))


def ascii_word(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if ch.isascii() and ch.isalpha()).lower()


PERSONAL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "proton.me",
    "gmx.de",
    "orange.fr",
    "libero.it",
    "web.de",
    "hotmail.com",
    "icloud.com",
    "seznam.cz",
    "wp.pl",
    "yandex.ru",
    "uol.com.br",
    "rediffmail.com",
    "xtra.co.nz",
    "bigpond.com",
    "naver.com",
    "qq.com",
    "eircom.net",
)
WORK_DOMAINS = (
    "saltmarsh-chandlers.co.uk",
    "nordkap-fisk.no",
    "sawmill-brennholz.de",
    "grey-quarry.com",
    "aquatest-labs.nl",
    "metoffice-regional.org",
    "starhill-observatory.org",
    "ipfirm-legal.com",
    "maison-iris-parfums.fr",
    "atelier-sette.it",
    "horloger-jura.ch",
    "cremerie-vallee.fr",
    "glenbrae-distillers.co.uk",
    "bodega-lomas.es",
    "tea-and-bean-imports.com",
    "pianoworks.co.uk",
    "vellum-binders.com",
    "parishfinders.org.uk",
    "green-lawn-crem.org",
    "consulate-services.gov.example",
)
ROLES = (
    "bookings",
    "accounts",
    "cellar",
    "consular",
    "records",
    "orders",
    "lab",
    "forecast",
    "press",
    "appointments",
    "hello",
    "info",
    "dispatch",
    "tuning",
    "registry",
    "claims",
)


def person_email(rng: random.Random, given: str, family: str) -> str:
    g, f = ascii_word(given.split()[0]), ascii_word(family)
    local = rng.choice(
        (f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f}", f"{g}")
    )
    return f"{local}@{rng.choice(PERSONAL_DOMAINS + WORK_DOMAINS)}"


def role_email(rng: random.Random) -> str:
    return f"{rng.choice(ROLES)}@{rng.choice(WORK_DOMAINS)}"


MONTHS = (
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


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def decoy(rng: random.Random, kind: str) -> str:
    hx = "0123456789abcdef"
    if kind == "ORD":
        return rng.choice(("ORD-", "PO-", "SO", "#")) + _digits(rng, rng.choice((6, 7, 8)))
    if kind == "DATE":
        y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice(
            (
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {MONTHS[m - 1]} {y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{MONTHS[m - 1][:3]} {d}, {y}",
            )
        )
    if kind == "TIME":
        return f"{rng.randint(6, 21):02d}:{rng.choice(('00', '15', '30', '45'))}"
    if kind == "VER":
        return f"{rng.randint(0, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 40)}"
    if kind == "PRICE":
        return (
            rng.choice(("£", "€", "$", "CHF ")) + f"{rng.randint(3, 9999)}.{rng.randint(0, 99):02d}"
        )
    if kind == "SKU":
        return rng.choice(("SKU-", "PRD-", "ART ")) + f"{rng.randint(100, 999)}-{_digits(rng, 4)}"
    if kind == "ISBN":
        return f"978-{rng.randint(0, 1)}-{_digits(rng, 3)}-{_digits(rng, 5)}-{rng.randint(0, 9)}"
    if kind == "DOI":
        return f"10.{rng.randint(1000, 9999)}/{rng.choice(('jmet', 'aqua', 'astro', 'wood'))}.{_digits(rng, 6)}"
    if kind == "UUID":
        h = "".join(rng.choice(hx) for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if kind == "HEX":
        return "#" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
    if kind == "FLT":
        return rng.choice(("BA", "LH", "KL", "TK", "SK", "QR", "AF")) + str(rng.randint(100, 2999))
    if kind == "TRK":
        return rng.choice(("1Z", "JJD", "TBA", "RR")) + _digits(rng, rng.choice((10, 12, 14)))
    if kind == "INV":
        return f"INV-{rng.randint(2020, 2026)}-{_digits(rng, 5)}"
    if kind == "HASH":
        return "".join(rng.choice(hx) for _ in range(rng.choice((7, 12, 40))))
    if kind == "ROOM":
        return rng.choice(("B", "C", "")) + str(rng.randint(101, 640))
    if kind == "PORT":
        return str(rng.choice((5432, 8080, 8443, 6379, 9200, 3000, 27017)))
    if kind == "PART":
        return f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 5)}"
    if kind == "REF":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "NUM":
        return str(rng.randint(2, 480))
    if kind == "SEAT":
        return f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}"
    if kind == "LOT":
        return f"L{rng.randint(10, 99)}/{_digits(rng, 4)}"
    raise KeyError(kind)


DECOYS = (
    "ORD",
    "DATE",
    "TIME",
    "VER",
    "PRICE",
    "SKU",
    "ISBN",
    "DOI",
    "UUID",
    "HEX",
    "FLT",
    "TRK",
    "INV",
    "HASH",
    "ROOM",
    "PORT",
    "PART",
    "REF",
    "NUM",
    "SEAT",
    "LOT",
)
