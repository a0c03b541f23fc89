"""Structured personal values for val41, each valid of its kind: phone numbers of many
countries in national and international formats, with and without separators (valid by
`phonenumbers` for the region they are given with); card numbers of 15, 16 and 19 digits
(Luhn); IBANs of many countries (right check digits); IPv4 and IPv6 addresses; US social
security numbers (issuing rules); bank account numbers; e-mail addresses. Also the values
beside them that are no spans: sort codes, routing numbers, organisations' domains."""

from __future__ import annotations

import ipaddress
import random
import re

import phonenumbers as pn

PHONE_REGIONS = ("GB US CA IE FR DE NL BE ES PT IT CH AT SE NO DK FI PL CZ HU RO GR TR IN "
                 "PK BD NG GH KE ZA EG MA BR MX AR CL CO PE AU NZ JP KR SG MY ID PH VN TH "
                 "AE SA IL UA IS EE LK NP").split()
PHONE_STYLES = ("intl", "e164", "nat", "plain", "dash", "dots", "idd", "intl", "nat")
NANPA = ("US", "CA")


def _valid(written: str, region: str) -> bool:
    try:
        return pn.is_valid_number(pn.parse(written, region))
    except pn.NumberParseException:
        return False


def _number(rng: random.Random, region: str) -> pn.PhoneNumber:
    kind = rng.choice((pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE))
    example = pn.example_number_for_type(region, kind) or pn.example_number(region)
    nsn = pn.national_significant_number(example)
    keep = min(rng.choice((1, 2, 2, 3)), len(nsn) - 4)
    for _ in range(200):
        digits = nsn[:keep] + "".join(str(rng.randrange(10)) for _ in nsn[keep:])
        number = pn.parse(f"+{example.country_code}{digits}", region)
        if pn.is_valid_number(number) and len(set(digits[keep:])) > 2:
            return number
    return example


def _styled(number: pn.PhoneNumber, region: str, style: str) -> str:
    intl = pn.format_number(number, pn.PhoneNumberFormat.INTERNATIONAL)
    nat = pn.format_number(number, pn.PhoneNumberFormat.NATIONAL)
    if style == "intl":
        return intl
    if style == "e164":
        return pn.format_number(number, pn.PhoneNumberFormat.E164)
    if style == "nat":
        return nat
    if style == "plain":
        return re.sub(r"\D", "", nat)
    if style == "dash":
        return pn.format_number(number, pn.PhoneNumberFormat.RFC3966).removeprefix("tel:")
    if style == "dots":
        return ".".join(re.findall(r"\d+", nat))
    if style == "idd":
        return "00" + intl[1:]
    if style == "voice":
        return " ".join(re.findall(r"\d+", nat))
    raise ValueError(style)


def phone(rng: random.Random, region: str | None = None, style: str | None = None
          ) -> tuple[str, str]:
    """A valid phone number as written and its ISO region: ("+44 7400 123456", "GB")."""
    region = region or rng.choice(PHONE_REGIONS)
    number = _number(rng, region)
    styles = [style] if style else []
    styles += [s for s in rng.sample(PHONE_STYLES, len(PHONE_STYLES))]
    for s in styles + ["intl"]:
        if s == "idd" and region in NANPA:
            continue
        written = _styled(number, region, s)
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", written):
            continue  # would read as an IPv4 address
        if _valid(written, region):
            return written, region
    raise ValueError(f"no valid written form for {region}")


def luhn_complete(body: str) -> str:
    """body + the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


CARD_KINDS = (  # (prefixes, length)
    (("4",), 16), (("4",), 19), (("51", "52", "53", "54", "55"), 16),
    (("2221", "2298", "2410", "2506", "2720"), 16), (("34", "37"), 15), (("6011", "65"), 16),
    (("6011",), 19), (("3528", "3541", "3566", "3589"), 16), (("3530", "3571"), 19),
    (("62",), 16), (("6212", "6250"), 19), (("6759", "6761"), 19),
)


def card(rng: random.Random, length: int | None = None, sep: str | None = None) -> str:
    kinds = [k for k in CARD_KINDS if length in (None, k[1])]
    prefixes, n = rng.choice(kinds)
    prefix = rng.choice(prefixes)
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(n - len(prefix) - 1))
    digits = luhn_complete(body)
    sep = sep if sep is not None else rng.choice((" ", " ", "-", ""))
    if n == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, n, 4)]
    return sep.join(groups)


IBAN_FORMATS = {  # country: BBAN pattern (n digit, a capital letter, c either)
    "DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "BE": "12n", "PT": "21n", "IE": "4a14n", "AT": "16n", "CH": "5n12c", "PL": "24n",
    "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "GR": "7n16c", "CZ": "20n",
    "RO": "4a16c", "HU": "24n", "SA": "2n18c", "AE": "19n", "TR": "5n1n16c", "HR": "17n",
    "LU": "3n13c", "IS": "22n", "LT": "16n", "EE": "16n", "MT": "4a5n18c", "CY": "8n16c",
    "SK": "20n", "SI": "15n", "IL": "19n", "BR": "23n1a1c", "GE": "2a16n", "UA": "6n19c",
    "EG": "25n", "TN": "20n", "PK": "4a16c", "QA": "4a21c", "JO": "4a4n18c",
}


def _bban(rng: random.Random, pattern: str) -> str:
    out = []
    for count, kind in re.findall(r"(\d+)([nac])", pattern):
        for _ in range(int(count)):
            if kind == "n" or (kind == "c" and rng.random() < 0.95):
                out.append(str(rng.randrange(10)))
            else:
                out.append(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ"))
    return "".join(out)


def iban(rng: random.Random, country: str | None = None, grouped: bool | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_FORMATS))
    bban = _bban(rng, IBAN_FORMATS[country])
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    grouped = rng.random() < 0.6 if grouped is None else grouped
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if grouped else compact


def ipv4(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if kind == 1:
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if kind == 2:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    first = rng.choice([23, 31, 45, 62, 77, 81, 86, 91, 103, 109, 141, 151, 178, 185, 203, 213])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    kind = rng.randrange(3)
    groups = [rng.randrange(0x10000) for _ in range(8)]
    if kind == 0:
        groups[:2] = [0x2001, 0x0DB8]
        groups[3:6] = [0, 0, 0]
    elif kind == 1:
        groups[:4] = [0xFE80, 0, 0, 0]
    else:
        groups[0] = rng.choice([0x2a02, 0x2a01, 0x2400, 0x2600, 0x2c0f, 0x2804])
    value = int("".join(f"{g:04x}" for g in groups), 16)
    address = ipaddress.IPv6Address(value)
    return address.exploded if rng.random() < 0.15 else address.compressed


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
        digits = f"{area:03d}{group:02d}{serial:04d}"
        if area != 666 and len(set(digits)) > 3 and digits not in ("123456789", "078051120"):
            break
    sep = rng.choice(("-", "-", "-", " ", ""))
    return sep.join((digits[:3], digits[3:5], digits[5:]))


def account(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return "".join(str(rng.randrange(10)) for _ in range(8))
    if kind == 1:
        return "".join(str(rng.randrange(10)) for _ in range(rng.choice((10, 11, 12))))
    if kind == 2:
        a = "".join(str(rng.randrange(10)) for _ in range(10))
        return f"{a[:4]}-{a[4:]}"
    if kind == 3:
        a = "".join(str(rng.randrange(10)) for _ in range(12))
        return f"{a[:3]}-{a[3:9]}-{a[9:]}"
    return "00" + "".join(str(rng.randrange(10)) for _ in range(rng.choice((7, 9))))


def sort_code(rng: random.Random) -> str:
    return "-".join(f"{rng.randrange(100):02d}" for _ in range(3))


def routing_number(rng: random.Random) -> str:
    """A US ABA routing number with a right checksum (3-7-1 weights): no span."""
    while True:
        body = [rng.randrange(10) for _ in range(8)]
        body[0] = rng.choice((0, 1, 2, 3))
        total = sum(w * d for w, d in zip((3, 7, 1, 3, 7, 1, 3, 7), body, strict=True))
        last = (10 - total % 10) % 10
        return "".join(map(str, body)) + str(last)


MAIL_DOMAINS = ("gmail.com outlook.com yahoo.co.uk proton.me posteo.de web.de orange.fr "
                "libero.it icloud.com gmx.at hotmail.es seznam.cz wp.pl mail.ee "
                "fastmail.fm btinternet.com telenet.be bigpond.com zoho.eu").split()

ORG_DOMAINS = {
    "farming": ["vale-farmers.coop", "countyshow.org.uk"],
    "beekeeping": ["hivewardens.org", "heatherbee-coop.net"],
    "nursery": ["seedvault-trust.org", "greenhollow-nursery.co.uk"],
    "weddings": ["lanternhall-events.com", "tiedknot.events"],
    "tattoo": ["inkwellstudio.co", "needlepoint-tattoo.com"],
    "library": ["countylibraries.gov.example", "archive-reading.org"],
    "genealogy": ["rootsandbranches.org", "parishrecords.net"],
    "masons": ["stonecraft-memorials.co.uk", "cemeteries.council.example"],
    "coastguard": ["lifeboat-station.org.uk", "coastwatch.example.net"],
    "circus": ["bigtop-circus.com", "conjurers-guild.org"],
    "choir": ["cantorichoir.org", "townbrassband.org.uk"],
    "yacht": ["harbour-yc.org", "riverrowing.club"],
    "fishing": ["fishmarket-auction.com", "fleetcoop.fish"],
    "pharmacy": ["compounding-rx.co.uk", "mortarpestle.pharmacy"],
    "optician": ["clearview-optics.com", "lensworks.eye"],
    "dental": ["brightsmile-dental.co.uk", "molarcare.clinic"],
    "kennel": ["kennelregister.net", "breedclub.dog"],
    "bicycle": ["spokeandchain.bike", "pedalworks.co"],
    "watchmaker": ["escapement-works.ch", "goldsmiths-row.com"],
    "boardgame": ["meeplecafe.games", "crossword-setters.net"],
    "bells": ["ringers-guild.org.uk", "belltower.church.example"],
    "collecting": ["philatelic-society.org", "numismatics-club.net"],
}

ROLES = ("bookings secretary enquiries ops studio hello membership treasurer archive orders "
         "shows office frontdesk repairs fixtures reception dispatch rota").split()


def org_domain(rng: random.Random, domain: str) -> str:
    return rng.choice(ORG_DOMAINS[domain])


def role_email(rng: random.Random, domain: str) -> str:
    return f"{rng.choice(ROLES)}@{org_domain(rng, domain)}"
