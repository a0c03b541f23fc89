"""val42 values: the structured personal data a prompt plants, each valid of its kind and
written in several ways: phone numbers of many countries (national and international, with
and without separators, valid by `phonenumbers`), card numbers (Luhn; 15, 16 and 19 digits),
IBANs of many countries (right check digits), IPv4 and IPv6 addresses, US social security
numbers, bank account numbers, e-mail addresses (personal and role addresses).
"""

from __future__ import annotations

import ipaddress
import random
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

from appliance.testing.pii_corpus.val42_checks import phone_hits
from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS = """GB IE US CA AU NZ DE FR ES IT PT NL BE CH AT SE NO DK FI PL CZ GR TR IL AE
SA EG MA NG GH KE ZA IN PK BD SG MY ID PH VN TH JP KR HK BR MX AR CL CO PE IS EE LT HU RO UA
NP LK GE KZ""".split()


@cache
def _examples(region: str) -> tuple[phonenumbers.PhoneNumber, ...]:
    out = []
    for kind in (PNT.MOBILE, PNT.FIXED_LINE):
        n = phonenumbers.example_number_for_type(region, kind)
        if n is not None:
            out.append(n)
    return tuple(out)


def _valid(text: str, region: str, number: phonenumbers.PhoneNumber) -> bool:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and parsed.national_number == number.national_number


def phone(rng: random.Random, style: str = "any", region: str | None = None) -> tuple[str, str]:
    """(a valid phone number as written, its ISO region). Styles: intl, e164, natl, bare
    (national, no separators), dash (international with dashes), digits (national, spaces
    only: for dictation), any."""
    for _ in range(200):
        reg = region or rng.choice(PHONE_REGIONS)
        examples = _examples(reg)
        if not examples:
            continue
        ex = rng.choice(examples)
        nsn = str(ex.national_number)
        keep = max(2, len(nsn) - rng.randint(4, 6))
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        try:
            num = phonenumbers.parse("+" + str(ex.country_code) + digits, None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != reg:
            continue
        st = (
            style
            if style != "any"
            else rng.choice(["intl", "intl", "e164", "natl", "natl", "bare", "dash"])
        )
        intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        natl = phonenumbers.format_number(num, PNF.NATIONAL)
        text = {
            "intl": intl,
            "e164": phonenumbers.format_number(num, PNF.E164),
            "natl": natl,
            "bare": "".join(c for c in natl if c.isdigit()),
            "dash": intl.replace(" ", "-"),
            "digits": " ".join(
                "".join(c for c in part if c.isdigit()) for part in natl.split()
            ).strip(),
        }[st]
        text = " ".join(text.split())
        if text and _valid(text, reg, num):
            return text, reg
    raise RuntimeError("no valid phone number drawn")


_CARDS = [  # (prefixes, length, grouping)
    (["34", "37"], 15, (4, 6, 5)),
    (["4"], 16, (4, 4, 4, 4)),
    (["51", "52", "53", "54", "55", "2221", "2480", "2720"], 16, (4, 4, 4, 4)),
    (["6011", "644", "65"], 16, (4, 4, 4, 4)),
    (["3528", "3589"], 16, (4, 4, 4, 4)),
    (["4"], 19, (4, 4, 4, 4, 3)),
    (["6759", "6304"], 19, (4, 4, 4, 4, 3)),
    (["62"], 19, (6, 13)),
]


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card(rng: random.Random, length: int | None = None, sep: str | None = None) -> str:
    """A Luhn-valid card number of 15, 16 or 19 digits, grouped with spaces or dashes, or
    plain."""
    choices = [c for c in _CARDS if length in (None, c[1])]
    prefixes, n, groups = rng.choice(choices)
    pre = rng.choice(prefixes)
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    digits = _luhn_complete(body)
    sep = sep if sep is not None else rng.choice([" ", " ", "-", ""])
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return sep.join(out)


IBAN_FORMATS = {
    "AD": "4n4n12c",
    "AE": "3n16n",
    "AT": "5n11n",
    "BE": "3n7n2n",
    "BG": "4a4n2n8c",
    "BH": "4a14c",
    "BR": "8n5n10n1a1c",
    "CH": "5n12c",
    "CY": "3n5n16c",
    "CZ": "4n6n10n",
    "DE": "8n10n",
    "DK": "4n9n1n",
    "EE": "2n2n11n1n",
    "ES": "4n4n1n1n10n",
    "FI": "3n11n",
    "FR": "5n5n11c2n",
    "GB": "4a6n8n",
    "GE": "2a16n",
    "GR": "3n4n16c",
    "HR": "7n10n",
    "HU": "3n4n1n15n1n",
    "IE": "4a6n8n",
    "IL": "3n3n13n",
    "IS": "4n2n6n10n",
    "IT": "1a5n5n12c",
    "JO": "4a4n18c",
    "KW": "4a22c",
    "KZ": "3n13c",
    "LB": "4n20c",
    "LI": "5n12c",
    "LT": "5n11n",
    "LU": "3n13c",
    "LV": "4a13c",
    "MC": "5n5n11c2n",
    "MT": "4a5n18c",
    "NL": "4a10n",
    "NO": "4n6n1n",
    "PK": "4a16c",
    "PL": "8n16n",
    "PT": "4n4n11n2n",
    "QA": "4a21c",
    "RO": "4a16c",
    "RS": "3n13n2n",
    "SA": "2n18c",
    "SE": "3n16n1n",
    "SI": "5n8n2n",
    "SK": "4n6n10n",
    "SM": "1a5n5n12c",
    "TN": "2n3n13n2n",
    "TR": "5n1n16c",
    "UA": "6n19c",
}
_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _bban(rng: random.Random, spec: str) -> str:
    out, num = [], ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        k, num = int(num), ""
        for _ in range(k):
            if ch == "n" or (ch == "c" and rng.random() < 0.8):
                out.append(rng.choice("0123456789"))
            else:
                out.append(rng.choice(_UP))
    return "".join(out)


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    """An IBAN with the right check digits, in groups of four or compact."""
    cc = country or rng.choice(sorted(IBAN_FORMATS))
    bban = _bban(rng, IBAN_FORMATS[cc])
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{cc}{check:02d}{bban}"
    assert iban_check_digits_ok(compact)
    if spaced if spaced is not None else rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ipv4(rng: random.Random) -> str:
    while True:
        a = rng.choice([rng.randint(11, 99), rng.randint(100, 223), 192, 172, 10])
        addr = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        ip = ipaddress.ip_address(addr)
        if not (ip.is_loopback or ip.is_multicast or ip.is_unspecified):
            return addr


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2001", "2a02", "2600", "2c0f", "fd12", "2406"])]
    groups += [f"{rng.randrange(0x10000):x}" for _ in range(7)]
    if rng.random() < 0.5:
        groups[3:6] = ["0", "0", "0"]
    addr = ipaddress.IPv6Address(":".join(groups))
    return addr.compressed if rng.random() < 0.75 else addr.exploded


def ssn(rng: random.Random, style: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if not ssn_ok(value) or value in ("078051120", "219099999"):
            continue
        st = style or rng.choice(["-", "-", "-", " ", ""])
        return st.join([value[:3], value[3:5], value[5:]])


def account(rng: random.Random) -> str:
    """A bank account number as a bank prints it."""
    kind = rng.randrange(5)
    if kind == 0:
        return "".join(rng.choice("0123456789") for _ in range(8))
    if kind == 1:
        return str(rng.randint(10**9, 10**12 - 1))
    if kind == 2:
        return f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    if kind == 3:
        return f"00{rng.randint(10**7, 10**8 - 1)}"
    return f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"


def sort_code(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def routing(rng: random.Random) -> str:
    """An ABA routing number (its check digit right): not an account number. Its fourth
    and fifth digits are 0, as in many real ones, so it is no valid SSN; nor is it a valid
    phone number."""
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        d[3] = d[4] = 0
        total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        value = "".join(map(str, d)) + str((10 - total % 10) % 10)
        if not phone_hits(value):
            return value


WEBMAIL = """gmail.com outlook.com hotmail.co.uk yahoo.fr web.de gmx.at libero.it orange.fr
proton.me icloud.com mail.com seznam.cz wp.pl bluewin.ch telenet.be ziggo.nl sapo.pt
uol.com.br naver.com rediffmail.com yahoo.co.in btinternet.com bigpond.com xtra.co.nz
shaw.ca gmx.net t-online.de free.fr""".split()

ORG_DOMAINS = {
    "insurance": ["brackenridge-loss.co.uk", "tideline-assure.com", "claims-hub.eu"],
    "courts": ["arbitral-chambers.org", "county-court-listings.uk", "tribunal-clerks.net"],
    "customs": ["portside-forwarding.com", "clearpath-customs.eu", "bluewater-freight.co"],
    "estate": ["keystone-lettings.co.uk", "hearthandkey.com", "lettingsdesk.eu"],
    "hotel": ["grandmarlow-hotel.com", "concierge-desk.net", "harbourview-suites.com"],
    "cruise": ["aurelia-cruises.com", "bluewake-line.com", "shorex-desk.net"],
    "theatre": ["stagedoor-company.org", "quarterlight-theatre.co.uk", "fly-tower.net"],
    "subtitling": ["subframe-studio.com", "dubhouse.eu", "timedtext.io"],
    "podcast": ["longwave-audio.fm", "podstack.io", "deadair-studios.com"],
    "esports": ["vortexa.gg", "redline-esports.com", "scrimhub.gg"],
    "mountaineering": ["alpine-guides.ch", "ropeteam.org", "summit-office.net"],
    "polar": ["polar-survey.org", "oceanlab.ac.uk", "icecore-data.net"],
    "archaeology": ["digsite-archive.org", "trench-records.net", "finds-unit.ac.uk"],
    "zoo": ["zoo-keepers.org", "aquarium-ops.net", "studbook-office.org"],
    "botanic": ["herbarium-desk.org", "glasshouse-team.org", "seedbank.ac.uk"],
    "auction": ["saleroom-lots.com", "cellar-auctions.com", "hammerprice.co.uk"],
    "antiques": ["restoration-bench.co.uk", "antiques-arcade.com", "patina-works.eu"],
    "tailoring": ["bespoke-cutters.co.uk", "lastandawl.com", "cobblers-bench.com"],
    "hair": ["chairbooking.com", "fade-studio.co.uk", "salon-desk.net"],
    "driving": ["clutchcontrol.co.uk", "learnerdesk.com", "roadready-school.com"],
    "betting": ["luckyline-bets.com", "draw-office.net", "payout-desk.com"],
    "registry": ["civil-registry.org", "registrar-office.org", "records-desk.net"],
}
ROLE_LOCALS = {
    "insurance": ["claims", "lossadjusting", "fnol"],
    "courts": ["clerks", "listings", "registry"],
    "customs": ["customs", "imports", "dispatch"],
    "estate": ["lettings", "viewings", "tenancies"],
    "hotel": ["concierge", "frontdesk", "housekeeping", "lostproperty"],
    "cruise": ["guestservices", "shorex", "bookings"],
    "theatre": ["stagedoor", "companymanager", "boxoffice"],
    "subtitling": ["subtitles", "dubbing", "qc"],
    "podcast": ["producer", "sponsorships", "guests"],
    "esports": ["scrims", "team", "payroll"],
    "mountaineering": ["guides", "expeditions", "bookings"],
    "polar": ["logistics", "fieldwork", "ops"],
    "archaeology": ["finds", "fieldwork", "archive"],
    "zoo": ["keepers", "adoptions", "vets"],
    "botanic": ["herbarium", "volunteers", "plantrecords"],
    "auction": ["bids", "lots", "payments"],
    "antiques": ["restorations", "sales", "workshop"],
    "tailoring": ["fittings", "orders", "repairs"],
    "hair": ["appointments", "salon", "bookings"],
    "driving": ["lessons", "bookings", "office"],
    "betting": ["payouts", "support", "compliance"],
    "registry": ["registrar", "certificates", "ceremonies"],
}


def role_email(rng: random.Random, domain: str) -> str:
    return f"{rng.choice(ROLE_LOCALS[domain])}@{rng.choice(ORG_DOMAINS[domain])}"


def email_domain(rng: random.Random, domain: str) -> str:
    if rng.random() < 0.35:
        return rng.choice(ORG_DOMAINS[domain])
    return rng.choice(WEBMAIL)
