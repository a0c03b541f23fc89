"""Structured values for val23 (see val23.py): phone numbers (checked with `phonenumbers`
and written in the formats people use), e-mail domains, Luhn-valid card numbers, IBANs
with valid check digits, IPv4/IPv6 addresses, US social security numbers and bank account
numbers. Every value is generated from a seeded `random.Random`."""

from __future__ import annotations

import random

import phonenumbers as pn

from appliance.testing.pii_corpus.validity import iban_check_digits_ok, luhn_ok, ssn_ok

PHONE_REGIONS = (
    "GB IE US CA DE FR ES IT NL BE CH AT PT SE NO DK FI IS PL CZ HU RO GR TR UA AE SA EG MA "
    "IL NG GH KE TZ ET ZA ZW SN IN PK BD LK NP CN HK TW JP KR VN TH PH ID MY SG AU NZ BR MX "
    "AR CO CL PE FJ WS TO KZ MN GL JM SK BA RS HR BG LV LT EE AM GE LB JO IR AF MM KH QA SO ML "
    "CI CD MG HT BO RW UG UZ"
).split()

# Regions whose international call prefix is "00", where "0044 ..." is how people write it.
_IDD_00 = set(
    "GB IE DE FR ES IT NL BE CH AT PT SE NO DK FI IS PL CZ HU RO GR TR UA AE SA EG MA NG GH "
    "ET ZA IN PK BD LK NP CN VN TH PH ID MY MX AR NZ".split()
)
_PAREN_ZERO = set("GB DE NL CH AT".split())


def _valid(text: str, region: str) -> bool:
    try:
        number = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(number) and pn.region_code_for_number(number) == region


def new_phone(rng: random.Random, region: str) -> pn.PhoneNumber:
    """A random valid number of the region (mobile or fixed line), built from the
    metadata's example number by changing its trailing digits."""
    kinds = [pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE]
    for _ in range(400):
        example = pn.example_number_for_type(region, rng.choice(kinds))
        if example is None:
            continue
        nsn = pn.national_significant_number(example)
        keep = max(1, min(len(nsn) - 5, rng.choice((2, 3, 3, 4))))
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        number = pn.parse("+" + str(example.country_code) + digits, None)
        if pn.is_valid_number(number) and pn.region_code_for_number(number) == region:
            return number
    raise ValueError(f"no valid phone number for {region}")


def phone_formats(number: pn.PhoneNumber, region: str) -> dict[str, str]:
    """The ways the number may be written, each checked to parse back as a valid number
    of the region."""
    intl = pn.format_number(number, pn.PhoneNumberFormat.INTERNATIONAL)
    nat = pn.format_number(number, pn.PhoneNumberFormat.NATIONAL)
    e164 = pn.format_number(number, pn.PhoneNumberFormat.E164)
    cc = str(number.country_code)
    rest = intl[len(cc) + 2 :]
    out = {"intl": intl, "e164": e164, "nat": nat}
    out["plain"] = "".join(ch for ch in nat if ch.isdigit())
    flat = nat.replace("(", "").replace(")", "").replace("-", " ")
    if " " in flat:
        out["dots"] = ".".join(flat.split())
    out["dash"] = intl.replace(" ", "-")
    out["intl_nospace"] = "+" + cc + " " + rest.replace(" ", "").replace("-", "")
    if region in _IDD_00:
        out["zz"] = "00" + cc + " " + rest
    if region in _PAREN_ZERO and nat.startswith("0"):
        out["paren0"] = f"+{cc} (0){rest}"
    if region in ("US", "CA", "JM"):
        digits = out["plain"]
        out["us_dash"] = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        out["us_one"] = f"1-{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        out["us_paren_intl"] = f"+1 ({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return {k: v for k, v in out.items() if _valid(v, region)}


PERSONAL_DOMAINS = (
    "gmail.com outlook.com yahoo.com hotmail.co.uk icloud.com proton.me web.de gmx.de "
    "orange.fr free.fr libero.it wp.pl seznam.cz naver.com yahoo.co.jp rediffmail.com "
    "btinternet.com bigpond.com xtra.co.nz uol.com.br terra.com.br hotmail.es telenet.be "
    "ziggo.nl live.se online.no mail.ru outlook.fr gmail.com gmail.com outlook.com yahoo.fr "
    "t-online.de hotmail.com icloud.com gmx.at bluewin.ch"
).split()


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError


CARD_BRANDS = {
    "visa": (("4",), 16),
    "visa13": (("4",), 13),
    "mc": (("51", "52", "53", "54", "55", "2221", "2720", "2301"), 16),
    "amex": (("34", "37"), 15),
    "disc": (("6011", "644", "65"), 16),
    "jcb": (("3528", "3566", "3589"), 16),
    "diners": (("36", "3095"), 14),
    "unionpay": (("62",), 19),
}


def new_card(rng: random.Random, brand: str = "") -> str:
    if not brand:
        brand = rng.choice(
            ["visa"] * 5
            + ["mc"] * 4
            + ["amex"] * 2
            + ["disc"] * 2
            + ["jcb", "diners", "visa13", "unionpay"]
        )
    prefixes, length = CARD_BRANDS[brand]
    return _luhn_complete(rng.choice(prefixes), length, rng)


def card_formats(digits: str) -> dict[str, str]:
    n = len(digits)
    if n == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif n == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, n, 4)]
    return {"plain": digits, "spaced": " ".join(groups), "dashed": "-".join(groups)}


# country: (bank codes or "", BBAN pattern after the bank code: n digit, a letter, c either)
IBAN_SPECS = {
    "DE": ("", "n" * 18),
    "GB": ("NWBK BARC LOYD HBUK MIDL", "n" * 14),
    "FR": ("", "n" * 10 + "c" * 11 + "nn"),
    "ES": ("", "n" * 20),
    "IT": ("", "a" + "n" * 10 + "c" * 12),
    "NL": ("ABNA INGB RABO TRIO SNSB KNAB", "n" * 10),
    "BE": ("", "n" * 12),
    "CH": ("", "n" * 5 + "c" * 12),
    "AT": ("", "n" * 16),
    "PL": ("", "n" * 24),
    "PT": ("", "n" * 21),
    "IE": ("AIBK BOFI", "n" * 14),
    "SE": ("", "n" * 20),
    "NO": ("", "n" * 11),
    "DK": ("", "n" * 14),
    "FI": ("", "n" * 14),
    "TR": ("", "n" * 5 + "0" + "n" * 16),
    "SA": ("", "nn" + "c" * 18),
    "AE": ("", "n" * 19),
    "GR": ("", "n" * 23),
    "RO": ("BTRL RNCB INGB BRDE", "c" * 16),
    "HU": ("", "n" * 24),
    "CZ": ("", "n" * 20),
    "HR": ("", "n" * 17),
    "LT": ("", "n" * 16),
    "EE": ("", "n" * 16),
    "IS": ("", "n" * 22),
    "BR": ("", "n" * 23 + "ac"),
}


def new_iban(rng: random.Random, country: str = "") -> str:
    country = country or rng.choice(list(IBAN_SPECS))
    banks, pattern = IBAN_SPECS[country]
    bban = rng.choice(banks.split()) if banks else ""
    for ch in pattern:
        if ch == "n":
            bban += rng.choice("0123456789")
        elif ch == "a":
            bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        elif ch == "c":
            bban += rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        else:
            bban += ch
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_check_digits_ok(iban)
    return iban


def iban_formats(iban: str) -> dict[str, str]:
    return {"compact": iban, "spaced": " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))}


def new_ipv4(rng: random.Random, private: bool = False) -> str:
    if private:
        kind = rng.choice(("10", "192", "172"))
        if kind == "10":
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if kind == "192":
            return f"192.168.{rng.randint(0, 31)}.{rng.randint(2, 254)}"
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    while True:
        first = rng.randint(2, 223)
        if first not in (10, 127, 172, 192, 169, 100):
            return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def new_ipv6(rng: random.Random) -> str:
    prefix = rng.choice(
        (
            "2a02:c7c",
            "2001:4860",
            "2a01:4f8",
            "2406:da18",
            "2600:1700",
            "2c0f:fb50",
            "2804:14c",
            "2400:4050",
            "2a00:23c7",
            "fe80:",
        )
    )
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    if prefix == "fe80:":
        return "fe80::" + ":".join(groups)
    middle = f"{rng.randint(0, 0xFFFF):x}"
    if rng.random() < 0.5:
        return f"{prefix}:{middle}:" + ":".join(groups + [f"{rng.randint(0, 0xFFFF):x}"])
    return f"{prefix}:{middle}::" + ":".join(groups[:3])


def new_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_ok(digits) and digits[:3] != "666":
            return digits


def ssn_formats(digits: str) -> dict[str, str]:
    return {
        "dashed": f"{digits[:3]}-{digits[3:5]}-{digits[5:]}",
        "spaced": f"{digits[:3]} {digits[3:5]} {digits[5:]}",
        "plain": digits,
    }


def new_account(rng: random.Random, style: str = "") -> str:
    """A bank account number as a bank writes it (8-16 digits, maybe hyphenated)."""
    style = style or rng.choice(("uk", "us", "ng", "in", "de", "ke", "dashed", "jp", "au"))

    def digits(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    if style == "uk":
        return str(rng.randint(1, 9)) + digits(7)
    if style == "us":
        return digits(rng.choice((10, 11, 12)))
    if style == "ng":
        return "0" + digits(9)
    if style == "in":
        return str(rng.randint(1, 9)) + digits(rng.choice((10, 13)))
    if style == "de":
        return str(rng.randint(1, 9)) + digits(9)
    if style == "ke":
        return "01" + digits(11)
    if style == "jp":
        return digits(3) + "-" + digits(7)
    if style == "au":
        return digits(4) + "-" + digits(5)
    return digits(4) + "-" + digits(4) + "-" + digits(rng.choice((2, 4)))
