"""Structured values and decoys for `train_m`, written blind (only `__init__.py` and
`validity.py` of the corpus were read): phone numbers of many regions checked with
`phonenumbers`, e-mail addresses, Luhn-valid cards, IBANs with computed check digits,
IPv4/IPv6 addresses, US social security numbers that follow the issuing rules, bank account
numbers; and the decoys of clean prompts (order numbers, versions, hashes, tracking codes,
prices, dates, times, product and team names) that look like contacts or names but are not.
"""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

import phonenumbers

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

# Regions whose numbers are written, and the regions a national-format number is valid in.
PHONE_REGIONS = (
    "US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL",
    "CZ", "SE", "NO", "DK", "FI", "TR", "IN", "PK", "NG", "KE", "ZA", "GH", "BR", "MX",
    "AR", "CO", "CL", "AU", "NZ", "SG", "MY", "ID", "PH", "VN", "JP", "KR", "AE", "EG",
    "MA", "KZ", "UA", "RO", "HU", "GR",
)  # fmt: skip


def fold(text: str) -> str:
    """The text without diacritics (for handles and e-mail local parts)."""
    nfkd = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in nfkd if not unicodedata.combining(ch))
    return (
        out.replace("ß", "ss")
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ı", "i")
        .replace("đ", "d")
        .replace("Đ", "D")
        .replace("æ", "ae")
    )


def _rand_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = rng.choice(
        (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    national = str(example.national_number)
    keep = max(2, len(national) - 5)
    for _ in range(30):
        tail = "".join(rng.choice("0123456789") for _ in range(len(national) - keep))
        candidate = phonenumbers.PhoneNumber(
            country_code=example.country_code, national_number=int(national[:keep] + tail)
        )
        if example.italian_leading_zero:
            candidate.italian_leading_zero = True
        if phonenumbers.is_valid_number(candidate):
            return candidate
    return example


def phone_ok(text: str) -> bool:
    """Whether a written phone number is valid (international, or national in one of
    PHONE_REGIONS)."""
    regions = ("US",) if text.startswith("+") else PHONE_REGIONS
    for region in regions:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def phone(rng: random.Random, region: str | None = None) -> str:
    """A valid phone number of a region, in one of several written forms."""
    region = region or rng.choice(PHONE_REGIONS)
    number = _rand_number(rng, region)
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    forms = [
        intl,
        intl,
        nat,
        nat,
        e164,
        intl.replace(" ", "-"),
        intl.replace(" ", "."),
        re.sub(r"[\s\-]", "", nat),
        "00" + e164[1:],
    ]
    for _ in range(len(forms)):
        text = rng.choice(forms)
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return text
        except phonenumbers.NumberParseException:
            continue
    return e164


MAIL_DOMAINS = (
    "gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.fr", "web.de", "gmx.at", "icloud.com",
    "proton.me", "libero.it", "uol.com.br", "yandex.kz", "mail.ru", "naver.com", "rediffmail.com",
    "seznam.cz", "wp.pl", "orange.fr", "t-online.de", "bigpond.com", "xtra.co.nz",
    "brightsparks-electrical.co.uk", "kliniek-delta.nl", "northgate-depot.com",
    "st-anselms-school.org", "newsdesk.example.org", "tinyfox.io", "allotment-club.org",
    "fieldcrew.app", "frontdesk-dental.ie", "cargolane.de",
)  # fmt: skip


def email(rng: random.Random, given: str | None = None, family: str | None = None) -> str:
    """An e-mail address, from a person's name when one is given."""
    domain = rng.choice(MAIL_DOMAINS)
    if given and family:
        g = re.sub(r"[^a-z]", "", fold(given).lower()) or "x"
        f = re.sub(r"[^a-z]", "", fold(family).lower()) or "y"
        local = rng.choice(
            (
                f"{g}.{f}",
                f"{g[0]}.{f}",
                f"{g}{f}",
                f"{f}.{g}",
                f"{g}_{f}{rng.randint(1, 99)}",
                f"{g}{rng.randint(70, 99)}",
                f"{f}{g[0]}",
            )
        )
    else:
        local = rng.choice(
            ("frontdesk", "bookings", "dispatch", "office", "hello", "accounts", "shift.lead")
        ) + rng.choice(("", "", str(rng.randint(1, 9))))
    if rng.random() < 0.08:
        local = local.upper()
        domain = domain.upper()
    return f"{local}@{domain}"


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("no Luhn digit")


def card(rng: random.Random) -> str:
    """A Luhn-valid card number, grouped as people write them."""
    kind = rng.choice(("visa", "visa", "mc", "mc", "amex", "disc"))
    if kind == "amex":
        digits = _luhn_complete(rng.choice(("34", "37")), 15, rng)
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        prefix = {"visa": "4", "mc": rng.choice(("51", "53", "55", "2221")), "disc": "6011"}[kind]
        digits = _luhn_complete(prefix, 16, rng)
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice((" ", " ", "-", "")).join(groups)


_IBAN_LAYOUTS = {
    "DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10",
    "BE": "n12", "PL": "n24", "PT": "n21", "CH": "n17", "AT": "n16", "IE": "a4n14",
    "SE": "n20", "TR": "n22", "NO": "n11", "DK": "n14", "FI": "n14", "RO": "a4n16",
    "HU": "n24", "CZ": "n20",
}  # fmt: skip


def iban(rng: random.Random, country: str | None = None) -> str:
    """An IBAN with correct check digits, compact or in groups of four."""
    country = country or rng.choice(sorted(_IBAN_LAYOUTS))
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", _IBAN_LAYOUTS[country]):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
        bban += "".join(rng.choice(alphabet) for _ in range(int(n)))
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if rng.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ip(rng: random.Random) -> str:
    """An IPv4 (mostly) or IPv6 address."""
    if rng.random() < 0.75:
        first = rng.choice((10, 172, 192, 81, 94, 185, 203, 41, 102, 177, 23, 62))
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    groups = [rng.randint(0, 0xFFFF) for _ in range(8)]
    groups[0] = rng.choice((0x2001, 0x2A02, 0x2600, 0xFE80, 0x2C0F))
    if rng.random() < 0.5:
        for i in range(3, 6):
            groups[i] = 0
    addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
    return str(addr)


def ip_ok(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def ssn(rng: random.Random) -> str:
    """A US social security number that follows the issuing rules."""
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        sep = rng.choice(("-", "-", "-", " ", ""))
        text = f"{value[:3]}{sep}{value[3:5]}{sep}{value[5:]}"
        assert ssn_ok(text)
        return text


def account(rng: random.Random) -> str:
    """A bank account number as written."""
    n = rng.choice((8, 8, 9, 10, 11, 12))
    digits = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    style = rng.random()
    if style < 0.2 and n >= 10:
        return f"{digits[:4]}-{digits[4:]}"
    if style < 0.3:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return digits


ACCOUNT_RE = re.compile(r"^\d[\d \-]{6,16}\d$")

# ---- decoys ----

PRODUCTS = (
    "Rose Gold", "Midnight Blue", "Amber Glow", "Ivory White", "Slate Grey", "Jasper Red",
    "Summer Blend", "Harvest Moon", "Nordic Oak", "Graphite", "Pearl Finish", "Walnut Brown",
    "Olive Drab", "Sage Green", "Ruby Edition", "Coral Reef", "Tundra Pro", "Falcon X2",
    "Orbit Mini", "PowerGrip 500", "AquaStop Valve", "FlexiDuct 110", "ThermoMax 24",
    "Quantum Drill", "SilentFlow", "BrightLine LED", "EasyClean Filter", "TrueTemp Sensor",
)  # fmt: skip
BRANDS = (
    "Tesla", "Ford", "Bosch", "Dyson", "Siemens", "Miele", "Philips", "Heinz", "Cadbury",
    "Gillette", "Dell", "Porsche", "Ferrari", "Boeing", "Braun", "Jameson", "Guinness",
    "Kellogg's", "McDonald's", "Ben & Jerry's", "Wendy's", "Casper", "Chevrolet", "Makita",
    "Hilti", "Stihl", "Karcher", "Vaillant", "Worcester", "Grohe",
)  # fmt: skip
SOFTWARE = (
    "Jenkins", "Grafana", "Kafka", "Cassandra", "Django", "Hugo", "Jasper Reports", "Gatsby",
    "Jekyll", "Kubernetes", "Terraform", "Postgres", "Redis", "Sentry", "PagerDuty", "Slack",
    "Zendesk", "Salesforce", "HubSpot", "Jira", "Confluence", "Notion", "Figma", "Alexa",
    "Siri", "Cortana", "Julia", "Pascal", "Ruby", "Ada", "Darwin", "Prometheus", "Apollo",
    "Athena", "Hermes", "Nginx", "Xero", "QuickBooks", "Trello", "Asana",
)  # fmt: skip
CODENAMES = (
    "Project Jasper", "Operation Bluebird", "Phoenix", "Falcon", "Nightingale", "Amber",
    "Project Hope", "Blue Heron", "Kestrel", "Iron Gate", "Lantern", "Marigold", "Juniper",
    "Saffron", "Project Atlas", "Cobalt", "Orchid", "Thunderbird", "Willow", "Project Summer",
)  # fmt: skip
TEAMS = (
    "Platform Team", "Blue Team", "Night Shift", "Team Rocket", "Payments Squad", "Dock B crew",
    "Red Watch", "Year 9 Science", "Green Group", "Data Guild", "Front Desk", "Sports Desk",
    "Metro Desk", "Field Ops", "Tier 2 Support", "Growth Pod", "Parents' Committee",
    "Grounds Crew", "Cold Chain", "Returns Bay",
)  # fmt: skip
ROOMS = (
    "Room 4B", "Treatment Room 2", "the Oak Room", "Boardroom", "Lab 3", "Studio A",
    "Bay 12", "Hall C", "the Willow Room", "Surgery 1", "Portakabin 2", "Meeting Pod Hope",
    "Dock 7", "Classroom 14", "the Green Room", "Newsroom Pod 3",
)  # fmt: skip
ROLES = (
    "Account Manager", "Dean", "Head of Year", "Practice Manager", "Site Supervisor",
    "Shift Lead", "Duty Editor", "Night Editor", "Depot Manager", "Receptionist",
    "On-call Engineer", "Treasurer", "Chairperson", "Team Lead", "Foreman", "Dispatcher",
    "Head Teacher", "Registrar", "Charge Nurse", "Product Owner", "Safeguarding Lead",
    "Health and Safety Officer", "Quartermaster", "Apprentice", "Caretaker",
)  # fmt: skip
THINGS = (
    "the Hope Foundation", "Amber alert", "the Rose Gold finish", "Grace period",
    "the Summer Fair", "Faith Hall", "the Joy Division tribute", "Daisy chain wiring",
    "the Iris scanner", "Ivy League", "Holly wreaths", "Crystal glasses", "River Island",
    "the Robin Reliant", "Willow basket", "Poppy Appeal", "Hazelnut latte", "Olive oil",
    "Pearl barley", "Sunny Delight", "Ruby Tuesday", "Jade plant", "Mark 2 model",
    "Dawn dish soap", "the Hunter boots", "Heather honey", "Basil pesto", "Ginger beer",
    "Sage butter", "Penny jar", "Melody chime", "Harmony hairspray", "Victory Cup",
)  # fmt: skip
SHIPS_HORSES = (
    "MV Northern Star", "the Silver Arrow", "Sea Sprite", "Morning Glory", "Thunder Bay",
    "Lucky Strike", "Midnight Express", "Golden Hind", "Red Rum", "Desert Orchid",
    "Ocean Pearl", "Blue Lagoon",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
HOLIDAYS = (
    "Christmas", "Easter", "Diwali", "Eid", "Hanukkah", "Thanksgiving", "Boxing Day",
    "Lunar New Year", "Halloween", "Bank Holiday Monday", "Midsummer", "Carnival",
)  # fmt: skip
FOODS = (
    "Margherita", "Caesar salad", "Earl Grey", "Beef Wellington", "Eggs Benedict",
    "Pavlova", "Peach Melba", "Bloody Mary", "Tom Collins", "Shirley Temple", "Arnold Palmer",
    "Granny Smith apples", "Victoria sponge", "Baked Alaska", "Nachos", "Kung Pao chicken",
)  # fmt: skip
HEADINGS = (
    "Quarterly Review", "Action Items", "Next Steps", "Open Questions", "Site Safety Brief",
    "Weekly Roundup", "Release Notes", "Known Issues", "Parent Information Evening",
    "Stock Take", "Incident Summary", "Lessons Learned", "Agenda", "Any Other Business",
    "Morning Huddle", "Handover Notes", "Editorial Plan", "Fundraising Update",
)  # fmt: skip
CAMEL = (
    "CustomerRecord", "OrderService", "getUserById", "InvoiceBatchJob", "ShiftRotaView",
    "PatientIntakeForm", "retryPolicy", "DepotRouteOptimizer", "AppointmentSlot",
    "StoryBudgetSheet", "HandoverNote", "parseTicketId", "WorkOrderStatus", "GradeBookExport",
)  # fmt: skip

# Every word above that is also a person's given or family name somewhere, or a thing named
# after a person: clean prompts may carry these as words.
NAMED_LIKE_PEOPLE = tuple(
    sorted(
        {
            re.sub("'s$", "", w).lower()
            for group in (PRODUCTS, BRANDS, SOFTWARE, CODENAMES, THINGS, SHIPS_HORSES, FOODS)
            for phrase in group
            for w in re.findall(r"[A-Za-z']+", phrase)
        }
    )
)


def decoy(kind: str, rng: random.Random) -> str:
    """A decoy value of a kind (the slot names of the templates)."""
    r = rng
    if kind == "order":
        return r.choice(
            (
                f"ORD-{r.randint(100000, 999999)}",
                f"#{r.randint(10000, 99999)}",
                f"PO {r.randint(4000, 9999)}-{r.randint(10, 99)}",
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"SO{r.randint(10**7, 10**8 - 1)}",
            )
        )
    if kind == "ver":
        return r.choice(("v", "", "")) + f"{r.randint(0, 14)}.{r.randint(0, 30)}.{r.randint(0, 99)}"
    if kind == "hash":
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice((7, 8, 12, 40))))
    if kind == "price":
        return (
            r.choice(("£", "€", "$", "R$", "₹", ""))
            + f"{r.randint(3, 4999)}.{r.randint(0, 99):02d}"
        )
    if kind == "date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2023, 2026)
        return r.choice(
            (f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]}", f"{d}.{m}.")
        )
    if kind == "time":
        return r.choice(
            (
                f"{r.randint(0, 23):02d}:{r.choice(('00', '15', '30', '45'))}",
                f"{r.randint(1, 12)}{r.choice(('am', 'pm', ' pm'))}",
            )
        )
    if kind == "track":
        return r.choice(
            (
                f"1Z{r.randint(100, 999)}AA{r.randint(10**9, 10**10 - 1)}",
                f"JD{r.randint(10**15, 10**16 - 1)}",
                f"RR{r.randint(10**8, 10**9 - 1)}GB",
                f"TRK-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            )
        )
    if kind == "ticket":
        return r.choice(("INC", "OPS", "CS", "SR", "WO", "JOB", "HD")) + f"-{r.randint(100, 99999)}"
    if kind == "qty":
        return str(r.randint(2, 480))
    if kind == "num":
        return str(r.randint(2, 59))
    if kind == "sku":
        return f"{r.choice('ABCDEFGHJKMNPRSTVWXZ')}{r.choice('ABCDEFGHJKMNPRSTVWXZ')}-{r.randint(100, 9999)}-{r.choice(('S', 'M', 'L', 'XL', 'B', '02'))}"
    if kind == "host":
        return (
            r.choice(("api", "db", "web", "edge", "worker", "cache", "pos"))
            + f"-{r.randint(1, 40):02d}.{r.choice(('prod', 'stg', 'int'))}"
        )
    if kind == "port":
        return str(r.choice((443, 8080, 5432, 6379, 9092, 3000)))
    if kind == "pct":
        return f"{r.randint(1, 99)}%"
    if kind == "room":
        return r.choice(ROOMS)
    if kind == "product":
        return r.choice(PRODUCTS)
    if kind == "brand":
        return r.choice(BRANDS)
    if kind == "soft":
        return r.choice(SOFTWARE)
    if kind == "code":
        return r.choice(CODENAMES)
    if kind == "team":
        return r.choice(TEAMS)
    if kind == "role":
        return r.choice(ROLES)
    if kind == "thing":
        return r.choice(THINGS)
    if kind == "ship":
        return r.choice(SHIPS_HORSES)
    if kind == "day":
        return r.choice(WEEKDAYS)
    if kind == "month":
        return r.choice(MONTHS)
    if kind == "holiday":
        return r.choice(HOLIDAYS)
    if kind == "food":
        return r.choice(FOODS)
    if kind == "heading":
        return r.choice(HEADINGS)
    if kind == "camel":
        return r.choice(CAMEL)
    raise KeyError(kind)


DECOY_KINDS = frozenset(
    "order ver hash price date time track ticket qty num sku host port pct room product brand "
    "soft code team role thing ship day month holiday food heading camel".split()
)
