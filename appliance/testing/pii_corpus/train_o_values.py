"""Structured values and decoys for the train_o generator: phone numbers checked with
`phonenumbers`, e-mail addresses, Luhn-valid cards, IBANs with computed check digits, IPs,
US social security numbers, bank account numbers, and the record decoys (reference numbers,
dates, plates, codes, product and team names) that are not personal data.

Written blind: its author read only the corpus's `__init__.py` and `validity.py`.
"""

from __future__ import annotations

import random

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

from .train_o_names import Person, ascii_fold

_PNF = phonenumbers.PhoneNumberFormat
_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)


def phone(region: str, rng: random.Random) -> str:
    """A valid phone number of the region, in one of several written forms."""
    base = None
    for t in _TYPES:
        base = phonenumbers.example_number_for_type(region, t)
        if base is not None:
            break
    if base is None:
        region, base = "GB", phonenumbers.example_number_for_type("GB", _TYPES[0])
    assert base is not None
    nat = str(base.national_number)
    num = base
    for _ in range(12):
        keep = max(2, len(nat) - rng.randint(3, 6))
        cand = nat[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(nat) - keep))
        trial = phonenumbers.PhoneNumber(country_code=base.country_code, national_number=int(cand))
        if phonenumbers.is_valid_number(trial):
            num = trial
            break
    style = rng.random()
    if style < 0.35:
        text = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    elif style < 0.6:
        text = phonenumbers.format_number(num, _PNF.NATIONAL)
    elif style < 0.72:
        text = phonenumbers.format_number(num, _PNF.E164)
    elif style < 0.84:
        text = phonenumbers.format_number(num, _PNF.INTERNATIONAL).replace(" ", "-")
    elif style < 0.92:
        text = "".join(ch for ch in phonenumbers.format_number(num, _PNF.NATIONAL) if ch.isdigit())
    else:
        text = "00" + phonenumbers.format_number(num, _PNF.E164)[1:]
    try:
        ok = phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        ok = False
    return text if ok else phonenumbers.format_number(num, _PNF.INTERNATIONAL)


MAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.at",
    "orange.fr",
    "libero.it",
    "wp.pl",
    "seznam.cz",
    "telenet.be",
    "ziggo.nl",
    "sapo.pt",
    "bluewin.ch",
    "hotmail.es",
    "uol.com.br",
    "rediffmail.com",
    "naver.com",
    "yandex.ru",
    "mail.ee",
    "icloud.com",
    "protonmail.com",
    "kolej-norte.edu.pl",
    "gemeente-example.nl",
    "hr.kestrelfoods.com",
    "claims.harbourmutual.co.uk",
    "notariat-sued.de",
    "stud.uni-example.fi",
)


def email(p: Person, rng: random.Random) -> str:
    g, f = ascii_fold(p.given), ascii_fold(p.family)
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{f}.{g}",
            f"{g}_{f}{rng.randint(1, 99)}",
            f"{g}{rng.randint(70, 99)}",
            f"{f}{g[0]}",
        )
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        (("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("6011", 16))
    )
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            body += d
            break
    sep = rng.choice((" ", "-", "", " "))
    if length == 15:
        return sep.join((body[:4], body[4:10], body[10:]))
    return sep.join(body[i : i + 4] for i in range(0, 16, 4))


# country -> BBAN shape ('#' digit, '?' capital letter)
IBAN_SHAPES = {
    "DE": "##################",
    "FR": "#######################",
    "GB": "????##############",
    "NL": "????##########",
    "ES": "####################",
    "IT": "?######################",
    "BE": "############",
    "AT": "################",
    "CH": "#################",
    "PL": "########################",
    "PT": "#####################",
    "IE": "????##############",
    "SE": "####################",
    "DK": "##############",
    "NO": "###########",
    "FI": "##############",
    "CZ": "####################",
    "TR": "######################",
    "RO": "????################",
    "HU": "########################",
    "GR": "#######################",
    "SA": "######################",
    "AE": "###################",
    "LU": "################",
}


def iban(rng: random.Random, country: str | None = None) -> str:
    cc = country if country in IBAN_SHAPES else rng.choice(sorted(IBAN_SHAPES))
    bban = "".join(
        str(rng.randint(0, 9)) if ch == "#" else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for ch in IBAN_SHAPES[cc]
    )
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    value = f"{cc}{98 - num % 97:02d}{bban}"
    assert iban_check_digits_ok(value)
    if rng.random() < 0.6:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ip(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return ".".join(
            str(x)
            for x in (
                rng.choice((10, 172, 192, 81, 203, 62, 145)),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(1, 254),
            )
        )
    groups = ["2001", "db8", f"{rng.randint(0, 0xFFFF):x}", f"{rng.randint(0, 0xFFFF):x}"]
    return ":".join(groups) + "::" + f"{rng.randint(1, 0xFFFF):x}"


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    assert ssn_ok(value)
    return rng.choice((value, value, value.replace("-", " "), value.replace("-", "")))


def account(rng: random.Random) -> str:
    n = rng.randint(8, 12)
    digits = "".join(str(rng.randint(0, 9)) for _ in range(n))
    style = rng.random()
    if style < 0.3:
        return f"{digits[:4]}-{digits[4:]}"
    if style < 0.45:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return digits


# ---- decoys (never gold) -------------------------------------------------------------
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
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HOLIDAYS = (
    "Christmas Eve",
    "Easter Monday",
    "Boxing Day",
    "Diwali",
    "Eid al-Fitr",
    "Thanksgiving",
    "Whit Monday",
    "Lunar New Year",
    "Ascension Day",
    "Midsummer Eve",
    "Labour Day",
    "All Saints' Day",
)
PRODUCTS = (
    "Nimbus X2 router",
    "Kestrel 500 drill",
    "AquaPure filter cartridge",
    "Vantage Pro tablet",
    "Solstice desk lamp",
    "Basalt 14 laptop",
    "Ember kettle",
    "TerraGrip boots",
    "Polaris dashcam",
    "Quartz SSD 2TB",
    "Halcyon office chair",
    "Cobalt pressure washer",
    "Orbit smart plug",
    "Granite stand mixer",
)
COMPANIES = (
    "Northwind Logistics",
    "Bluepeak Insurance",
    "Harbour Mutual",
    "Kestrel Foods",
    "Ironbridge Freight",
    "Vantor Systems",
    "Alder & Finch Notaries",
    "Greyfield Holdings",
    "Tidewater Shipping",
    "Meridian Lab Services",
    "Oakline Property Group",
    "Castellan Assurance",
)
TEAMS = (
    "TEAM-OPS",
    "Platform Squad",
    "Claims Desk B",
    "Intake Unit 3",
    "Registry Back Office",
    "Payroll Shared Services",
    "Night Shift",
    "Blue Team",
    "Customs Desk",
    "Fleet Control",
)
CODENAMES = (
    "Project Falcon",
    "Operation Bluebird",
    "Project Basalt",
    "Nightjar",
    "Project Meridian",
    "Tundra",
    "Halyard",
    "Project Quillfeather",
    "Ironclad",
)
TITLES = (
    "Account Manager",
    "Dean",
    "Registrar",
    "Notary Public",
    "Clerk of Court",
    "Customs Broker",
    "Claims Adjuster",
    "Head of Payroll",
    "Ward Sister",
    "Bursar",
    "Data Protection Officer",
    "Fleet Supervisor",
    "Land Surveyor",
    "Duty Solicitor",
    "Admissions Officer",
    "Membership Secretary",
    "Chief Engineer",
)
COLOURS = (
    "Rose Gold",
    "Slate Grey",
    "Midnight Blue",
    "Racing Green",
    "Pearl White",
    "Burnt Orange",
    "Amber",
    "Graphite",
    "Champagne",
    "Hazel oak finish",
)
SHIPS = (
    "MV Coral Horizon",
    "MSC Aurora Bay",
    "MV Nordic Crane",
    "SS Silver Tern",
    "MV Atlantic Pioneer",
    "MT Gulf Meridian",
)
HORSES = ("Midnight Thunder", "Silver Comet", "Lucky Clover", "Desert Wind", "Copper Kettle")
ROOMS = (
    "Boardroom 3B",
    "Cedar Room",
    "Lab 2.14",
    "Seminar Room Oak",
    "Hall C",
    "Meeting Pod 7",
    "Courtroom 4",
    "Ward 6 North",
)
FOODS = (
    "Caesar salad",
    "Earl Grey tea",
    "Eggs Benedict",
    "Margherita pizza",
    "flat white",
    "Victoria sponge",
    "Beef Wellington",
    "oat milk latte",
)
CAMEL = (
    "CustomerRecordExporter",
    "ClaimIntakeService",
    "parseConsigneeBlock",
    "PayrollBatchJob",
    "LandParcelIndex",
    "VehicleRegSync",
    "EnrolmentFormV2",
    "AdmissionQueueWorker",
    "NotaryDeedRenderer",
)
HEADINGS = (
    "Annual Fleet Review",
    "Quarterly Stock Count",
    "Asset Register Summary",
    "Room Booking Schedule",
    "Sample Intake Log",
    "Customs Tariff Overview",
    "Policy Renewal Checklist",
    "Land Parcel Index",
    "Membership Fee Schedule",
    "Court Fee Table",
    "Enrolment Capacity Plan",
)


def decoy(kind: str, rng: random.Random) -> str:
    r = rng.randint
    if kind == "date":
        return rng.choice(
            (
                f"{r(1, 28):02d}.{r(1, 12):02d}.{r(1998, 2025)}",
                f"{r(2015, 2025)}-{r(1, 12):02d}-{r(1, 28):02d}",
                f"{r(1, 28)} {rng.choice(MONTHS)} {r(2010, 2025)}",
                f"{r(1, 12):02d}/{r(1, 28):02d}/{r(2012, 2025)}",
            )
        )
    if kind == "dob":
        return rng.choice(
            (
                f"{r(1, 28):02d}.{r(1, 12):02d}.{r(1940, 2008)}",
                f"{r(1940, 2008)}-{r(1, 12):02d}-{r(1, 28):02d}",
                f"{r(1, 28):02d}/{r(1, 12):02d}/{r(1940, 2008)}",
            )
        )
    if kind == "ymd":
        return f"{r(2018, 2025)}{r(1, 12):02d}{r(1, 28):02d}"
    if kind == "time":
        return f"{r(6, 21):02d}:{rng.choice(('00', '15', '30', '45', '05'))}"
    if kind == "ref":
        return rng.choice(
            (
                f"REF-{r(10000, 99999)}",
                f"{r(2019, 2025)}/{r(100, 9999)}",
                f"AZ {r(1, 40)} C {r(100, 999)}/{r(19, 25)}",
                f"CLM-{r(100000, 999999)}",
                f"TKT-{r(1000, 99999)}",
                f"{rng.choice('ABCDEFGH')}{r(100, 999)}-{r(10000, 99999)}",
            )
        )
    if kind == "order":
        return f"{r(100, 999)}-{r(1000000, 9999999)}-{r(1000000, 9999999)}"
    if kind == "num":
        return str(r(1, 999))
    if kind == "amt":
        return rng.choice(
            (
                f"{r(5, 9999)}.{r(0, 99):02d}",
                f"{r(1, 99)},{r(0, 99):02d}",
                f"{r(1, 250)} {r(100, 999)}.00",
            )
        )
    if kind == "cur":
        return rng.choice(("EUR", "USD", "GBP", "CHF", "PLN", "SEK", "INR", "JPY", "BRL", "ZAR"))
    if kind == "plate":
        return rng.choice(
            (
                f"{rng.choice(('B', 'M', 'HH', 'KS'))}-{rng.choice('ABCXYZ')}"
                f"{rng.choice('KLMN')} {r(10, 9999)}",
                f"{rng.choice('ABLMWY')}{rng.choice('ABCDEFG')}{r(10, 74)} "
                f"{''.join(rng.choice('ABCDEFHJKL') for _ in range(3))}",
                f"{r(100, 999)}-{''.join(rng.choice('ABCDEFGH') for _ in range(3))}",
                f"{r(1, 99)}-{rng.choice(('AB', 'KX', 'ZD'))}-{r(100, 999)}",
            )
        )
    if kind == "vin":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 12, 40))))
    if kind == "ver":
        return f"{r(1, 9)}.{r(0, 20)}.{r(0, 30)}"
    if kind == "hs":
        return f"{r(1000, 9999)}.{r(10, 99)}.{r(10, 99)}"
    if kind == "container":
        return f"{rng.choice(('MSCU', 'TGHU', 'CMAU', 'HLXU'))}{r(1000000, 9999999)}"
    if kind == "track":
        return rng.choice(
            (
                f"1Z{r(100000, 999999)}{r(10000000, 99999999)}",
                f"JJD{r(10**14, 10**15 - 1)}",
                f"RR{r(10**8, 10**9 - 1)}CH",
            )
        )
    if kind == "parcel":
        return f"{r(1, 99)}/{r(1, 999)}-{rng.choice('ABCDE')}"
    if kind == "policy":
        return f"POL-{r(1000, 9999)}-{r(100000, 999999)}"
    if kind == "qty":
        return str(r(1, 480))
    if kind == "weight":
        return f"{r(1, 24000)} kg"
    if kind == "year":
        return str(r(1950, 2025))
    if kind == "pct":
        return f"{r(1, 99)}%"
    if kind == "id":
        return f"{rng.choice(('MBR', 'EMP', 'STU', 'PAT', 'MRN', 'CASE'))}-{r(10000, 999999)}"
    pools = {
        "month": MONTHS,
        "weekday": WEEKDAYS,
        "holiday": HOLIDAYS,
        "product": PRODUCTS,
        "company": COMPANIES,
        "team": TEAMS,
        "codename": CODENAMES,
        "title": TITLES,
        "colour": COLOURS,
        "ship": SHIPS,
        "horse": HORSES,
        "room": ROOMS,
        "food": FOODS,
        "camel": CAMEL,
        "heading": HEADINGS,
    }
    return rng.choice(pools[kind])


DECOY_KINDS = (
    "date",
    "dob",
    "ymd",
    "time",
    "ref",
    "order",
    "num",
    "amt",
    "cur",
    "plate",
    "vin",
    "hash",
    "ver",
    "hs",
    "container",
    "track",
    "parcel",
    "policy",
    "qty",
    "weight",
    "year",
    "pct",
    "id",
    "month",
    "weekday",
    "holiday",
    "product",
    "company",
    "team",
    "codename",
    "title",
    "colour",
    "ship",
    "horse",
    "room",
    "food",
    "camel",
    "heading",
)
