"""Personal data for the training part (`train.py`): people, places and structured
identifiers valid by their own rules.

Names come from Faker's person lists of many locales (Latin script only: romanized for
Japanese and Chinese) and from lists of our own; street addresses and company names from
Faker's providers, seeded from the caller's seed; cities, regions and countries from Faker's
lists of real places and from our own. Every draw takes a `random.Random`, so a seed fixes
the values. Phone numbers, cards, IBANs, SSNs, IP addresses are checked when made.
"""

from __future__ import annotations

import functools
import importlib
import ipaddress
import random
import re
import string
import unicodedata
from dataclasses import dataclass

import faker
import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from appliance.testing.pii_corpus import train_decoys as D
from appliance.testing.pii_corpus.validity import luhn_ok

# --- people ---------------------------------------------------------------------------------

# Faker locales whose person lists are in Latin script (or have romanized lists).
NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_NG", "yo_NG", "ig_NG", "ha_NG", "zu_ZA",
    "en_KE", "en_PK", "tw_GH", "id_ID", "tr_TR", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR",
    "sl_SI", "lt_LT", "lv_LV", "et_EE", "fi_FI", "sv_SE", "no_NO", "da_DK", "de_DE", "de_AT",
    "de_CH", "fr_FR", "fr_CH", "fr_CA", "nl_NL", "nl_BE", "es_ES", "es_MX", "es_AR", "es_CO",
    "es_CL", "pt_BR", "pt_PT", "it_IT", "pl_PL", "ga_IE", "is_IS", "az_AZ", "uz_UZ", "en_TH",
    "ja_JP", "zh_CN", "zh_TW",
)

# Our own lists, for cultures Faker has no Latin-script list of (or too short a one).
OWN_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "arabic": (
        ("Ahmed", "Fatima", "Omar", "Layla", "Youssef", "Mariam", "Khalid", "Noor", "Hassan",
         "Aisha", "Tariq", "Salma", "Karim", "Rania", "Ziad", "Huda", "Samir", "Leila",
         "Mustafa", "Yasmin", "Bilal", "Amira", "Faisal", "Dalia", "Idris", "Hana"),
        ("Al-Sayed", "Haddad", "Mansour", "El-Amin", "Khoury", "Nasser", "Saleh", "Farouk",
         "Al-Rashid", "Hamdan", "Aziz", "Bakr", "Darwish", "Ibrahim", "Qasim", "Suleiman",
         "bin Zayed", "Abdullah", "Hijazi", "Jaber", "al-Masri", "Othman"),
    ),
    "indian": (
        ("Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul",
         "Deepika", "Siddharth", "Meera", "Karthik", "Lakshmi", "Nikhil", "Pooja", "Aditya",
         "Divya", "Harpreet", "Gurpreet", "Sanjay", "Anjali", "Venkatesh", "Shreya", "Ishaan"),
        ("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Chatterjee",
         "Krishnamurthy", "Banerjee", "Desai", "Menon", "Kulkarni", "Rao", "Mehta",
         "Subramanian", "Pillai", "Joshi", "Agarwal", "Bhattacharya", "Chaudhary", "Gill"),
    ),
    "chinese": (
        ("Wei", "Fang", "Jun", "Xiaoming", "Li Na", "Hao", "Mei", "Jian", "Yan", "Zhiwei",
         "Xin", "Lei", "Ying", "Chen", "Qiang", "Yuxuan", "Ruoxi", "Haoran", "Jing", "Tao"),
        ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
         "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Zheng", "Tang", "Xie"),
    ),
    "japanese": (
        ("Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kenji", "Sakura", "Takeshi", "Yuki",
         "Hiroshi", "Emi", "Daiki", "Naoko", "Ryo", "Mei", "Kaito", "Akane", "Shun", "Misaki"),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
         "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura"),
    ),
    "korean": (
        ("Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yun", "Soo-ah", "Hyun-woo", "Ji-woo",
         "Jae-won", "Eun-ji", "Sung-min", "Yeon-woo"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"),
    ),
    "nigerian": (
        ("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka",
         "Ifeanyi", "Yetunde", "Obinna", "Bukola", "Uchenna", "Folake", "Kelechi", "Amaka"),
        ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Ogunleye",
         "Obi", "Chukwu", "Ibekwe", "Afolabi", "Nwachukwu", "Oyelaran", "Ekwueme"),
    ),
    "slavic": (
        ("Aleksandr", "Natalia", "Dmitri", "Olga", "Sergei", "Svetlana", "Vladimir", "Irina",
         "Mikhail", "Yekaterina", "Bogdan", "Oksana", "Pavel", "Tatiana", "Yaroslav", "Darya"),
        ("Ivanov", "Petrova", "Smirnov", "Kuznetsova", "Popov", "Sokolova", "Lebedev",
         "Kozlova", "Novikov", "Morozova", "Volkov", "Shevchenko", "Kovalenko", "Bondarenko"),
    ),
    "irish_french": (
        ("Siobhan", "Niamh", "Ciaran", "Aoife", "Padraig", "Jean-Luc", "Marie-Claire",
         "Anne-Sophie", "Jean-Baptiste", "Zoë", "Chloé", "Renée", "Noël", "Séamus"),
        ("O'Brien", "O'Connor", "D'Angelo", "N'Diaye", "O'Sullivan", "McAllister", "MacLeod",
         "D'Souza", "L'Estrange", "St. John", "de la Cruz", "van der Berg", "Dupont-Moreau",
         "Smith-Jones", "García-López", "D'Arcy", "O'Neill", "Fitzgerald"),
    ),
}


@functools.cache
def _latin_letter(ch: str) -> bool:
    return not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN")


def _latin(text: str) -> bool:
    return bool(text) and (text.isascii() or all(_latin_letter(ch) for ch in text))


def _name_list(value: object) -> list[str]:
    if isinstance(value, dict):
        items = list(value)
    elif isinstance(value, list | tuple):
        items = list(value)
    else:  # a provider computes some lists (a property): not a list to draw from
        items = []
    return [" ".join(s.split()) for s in items if isinstance(s, str)]


@functools.cache
def _locale_names(locale: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(first names, last names) of a Faker locale, Latin script only, in list order."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    if hasattr(provider, "first_romanized_names"):
        firsts = _name_list(provider.first_romanized_names)
        lasts = _name_list(provider.last_romanized_names)
    else:
        firsts = []
        for attr in ("first_names_female", "first_names_male", "first_names"):
            firsts += _name_list(getattr(provider, attr, ()))
        lasts = []
        for attr in ("last_names_female", "last_names_male", "last_names", "unisex_last_names",
                     "male_last_names"):
            lasts += _name_list(getattr(provider, attr, ()))

    def keep(names: list[str]) -> tuple[str, ...]:
        # sorted: some of Faker's lists are built from sets, whose order changes per process
        return tuple(sorted({n for n in names if _latin(n) and n[:1].isupper() and "." not in n}))

    return keep(firsts), keep(lasts)


@dataclass(frozen=True)
class NamePool:
    tag: str  # a Faker locale or one of OWN_NAMES
    firsts: tuple[str, ...]
    lasts: tuple[str, ...]


@functools.cache
def name_pools() -> tuple[NamePool, ...]:
    """Every pool of names: each Faker locale's and each of our own lists."""
    pools = [NamePool(loc, *_locale_names(loc)) for loc in NAME_LOCALES]
    pools += [NamePool(tag, firsts, lasts) for tag, (firsts, lasts) in OWN_NAMES.items()]
    return tuple(p for p in pools if len(p.firsts) >= 10 and len(p.lasts) >= 10)


@functools.cache
def name_words() -> frozenset[str]:
    """Every word of every name, lower case: what a decoy must not contain."""
    words: set[str] = set()
    for pool in name_pools():
        for name in pool.firsts + pool.lasts:
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", name))
    return frozenset(words)


# Pools whose names are often written family name first.
_FAMILY_FIRST = ("chinese", "korean", "zh_CN", "zh_TW")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str  # an initial ("J") or ""
    family_first: bool  # written family name first ("Wang Wei")

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.family_first else f"{self.first} {self.last}"

    @property
    def with_middle(self) -> str:
        if not self.middle or self.family_first:
            return self.full
        return f"{self.first} {self.middle}. {self.last}"

    @property
    def last_first(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def initial_last(self) -> str:
        initials = "".join(f"{part[0]}." for part in self.first.replace("-", " ").split())
        if self.middle:
            initials += f"{self.middle}."
        return f"{initials} {self.last}"


@functools.cache
def _pool_weights() -> tuple[int, ...]:
    """Our own lists twice as often as one Faker locale: the cultures Faker lacks."""
    return tuple(2 if pool.tag in OWN_NAMES else 1 for pool in name_pools())


# Given names that are also words or software, and family names that are words: people whom
# only the context tells from the thing (`word_person`). No place names: a model taught that
# "Savannah" and "Sydney" are people reads cities as people.
WORD_GIVEN = (
    "Hope", "Grace", "Faith", "Joy", "Will", "Mark", "Bill", "Rose", "Lily", "Iris", "Daisy",
    "Amber", "Ruby", "Jade", "Summer", "Autumn", "Dawn", "April", "May", "June", "Hunter",
    "Mason", "Taylor", "Carter", "Cooper", "Drew",
    "Chase", "Pat", "Rich", "Frank", "Penny", "Holly", "Ivy", "Skye", "Crystal", "Misty",
    "Julia", "Jasmine", "Claude", "Alexa", "Hazel", "Olive", "Sage", "Robin", "Raven", "Piper",
    "Stella", "Luna", "Willow", "Aspen", "Harper", "Jenkins", "Ada", "Oscar", "Homer", "Apollo",
    "Cassandra", "Ginger", "Heather", "Violet", "Scarlett", "Carmen", "Bella", "Nova", "Orion", "Rowan", "Wren", "Finch", "Angel", "Sunny", "Ray",
)
WORD_GIVEN_SHARE = 0.06  # of every person drawn
WORD_FAMILY = (
    "Black", "White", "Brown", "Green", "Rivers", "Banks", "Hill", "Wood", "Page", "Price",
    "Bishop", "King", "Knight", "Young", "Stone", "Moss", "Fields", "Bush", "Snow", "Frost",
    "Hunt", "Cook", "Baker", "Miller", "Marsh", "Lane", "Ford", "Day", "Winter", "Church",
    "Hall", "Gold", "Silver", "Fox", "Wolf", "Swan", "Parker", "Porter", "Mason", "Sharp",
)


def word_person(rng: random.Random) -> Person:
    """A person whose given name is also a word, a place or a product (and sometimes the
    family name too)."""
    last = rng.choice(WORD_FAMILY) if rng.random() < 0.35 else person(rng).last
    return Person(rng.choice(WORD_GIVEN), last, "", False)



def person(rng: random.Random) -> Person:
    pool = rng.choices(name_pools(), _pool_weights())[0]
    first, last = rng.choice(pool.firsts), rng.choice(pool.lasts)
    if rng.random() < WORD_GIVEN_SHARE:
        first = rng.choice(WORD_GIVEN)
    if rng.random() < 0.05:
        other = rng.choice(pool.lasts)
        if " " not in last and " " not in other and other != last:
            last = f"{last}-{other}"
    middle = rng.choice(string.ascii_uppercase) if rng.random() < 0.15 else ""
    family_first = pool.tag in _FAMILY_FIRST and rng.random() < 0.4
    return Person(first, last, middle, family_first)


_FOLD = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i",
                       "þ": "th", "ð": "d", "œ": "oe", "Ø": "O", "Æ": "AE", "Ł": "L", "Đ": "D"})


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits of `text` ("Zoë O'Brien" -> "zoeobrien")."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text.lower() if ch in string.ascii_lowercase + string.digits)


# --- e-mail ---------------------------------------------------------------------------------

MAIL_DOMAINS = (
    "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "yahoo.co.uk", "icloud.com",
    "proton.me", "protonmail.com", "gmx.de", "web.de", "t-online.de", "orange.fr", "free.fr",
    "laposte.net", "libero.it", "virgilio.it", "telefonica.net", "ziggo.nl", "kpnmail.nl",
    "rediffmail.com", "bigpond.com", "optusnet.com.au", "shaw.ca", "rogers.com", "eircom.net",
    "uol.com.br", "bol.com.br", "seznam.cz", "wp.pl", "onet.pl", "mail.ru", "fastmail.com",
    "zoho.com", "aol.com", "me.com", "live.co.uk", "btinternet.com", "sky.com", "comcast.net",
    "verizon.net", "att.net", "hey.com", "tutanota.com", "posteo.de", "bluewin.ch", "telenet.be",
)
WORK_TLDS = ("com", "io", "co.uk", "de", "fr", "net", "org", "dev", "app", "ai", "eu", "nl",
             "com.au", "ca", "co", "tech", "health", "edu", "in", "es", "it", "ch")


def email(rng: random.Random, who: Person | None, company_words: tuple[str, ...]) -> str:
    first, last = (ascii_fold(who.first), ascii_fold(who.last)) if who else ("", "")
    if not first or not last:
        first, last = rng.choice(HANDLE_WORDS), rng.choice(HANDLE_WORDS)
    local = rng.choice((
        f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}_{last}",
        f"{first}", f"{last}.{first}", f"{first}{rng.randint(1, 99)}",
        f"{first[0]}.{last}", f"{first}.{last}{rng.randint(70, 2005)}", f"{last}{first[0]}",
        f"{rng.choice(HANDLE_WORDS)}{rng.choice(HANDLE_WORDS)}{rng.randint(1, 999)}",
        f"{first}+{rng.choice(('shop', 'news', 'work', 'test', 'bills'))}",
    ))
    if rng.random() < 0.45:
        domain = f"{ascii_fold(rng.choice(company_words))}.{rng.choice(WORK_TLDS)}"
        if rng.random() < 0.15:
            domain = f"{rng.choice(('mail', 'eu', 'corp', 'us', 'staff'))}.{domain}"
    else:
        domain = rng.choice(MAIL_DOMAINS)
    address = f"{local}@{domain}"
    return address.upper() if rng.random() < 0.02 else address


HANDLE_WORDS = (
    "sunny", "blue", "pixel", "river", "maple", "coder", "quiet", "lucky", "nova", "tiger",
    "cloud", "forest", "jazz", "mint", "orbit", "pepper", "rocket", "storm", "velvet", "zen",
)

# --- phone numbers --------------------------------------------------------------------------

# Regions and how often each is drawn.
PHONE_REGIONS = {
    "US": 10, "CA": 3, "GB": 8, "DE": 6, "FR": 5, "IN": 5, "AU": 4, "ES": 3, "IT": 3, "NL": 3,
    "BR": 3, "IE": 2, "MX": 2, "JP": 2, "SG": 2, "CH": 2, "AT": 2, "BE": 2, "SE": 2, "NO": 1,
    "DK": 1, "PL": 2, "PT": 1, "NZ": 1, "ZA": 2, "NG": 2, "KE": 1, "AE": 1, "PH": 1, "KR": 1,
    "AR": 1, "CO": 1, "CL": 1, "TR": 1, "IL": 1, "HK": 1, "MY": 1, "FI": 1, "CZ": 1, "GR": 1,
}
_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)


@functools.cache
def _example(region: str, kind: int) -> str | None:
    number = phonenumbers.example_number_for_type(region, kind)
    return phonenumbers.national_significant_number(number) if number else None


def _draw_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    code = phonenumbers.country_code_for_region(region)
    kinds = [k for k in _TYPES if _example(region, k)]
    for _ in range(200):
        nsn = _example(region, rng.choice(kinds))
        keep = rng.choice((0, 1, 1, 2, 2, 3))
        digits = nsn[:keep] + "".join(rng.choice(string.digits) for _ in nsn[keep:])
        number = phonenumbers.parse(f"+{code}{digits}")
        if phonenumbers.is_valid_number_for_region(number, region):
            return number
    return phonenumbers.parse(f"+{code}{_example(region, kinds[0])}")


def _groups(text: str) -> list[str]:
    out, cur = [], ""
    for ch in text:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    return [*out, cur] if cur else out


def _styles(number: phonenumbers.PhoneNumber, region: str) -> list[str]:
    """How people write this number: the library's formats and hand-made variants."""
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    cc = str(number.country_code)
    nsn = phonenumbers.national_significant_number(number)
    styles = [intl, intl, nat, nat, e164, intl.replace(" ", "-"), f"+{cc} {nsn}"]
    parts = _groups(nat)
    styles += [" ".join(parts), "".join(parts), "-".join(parts)]
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta.international_prefix and re.fullmatch(meta.international_prefix, "00"):
        styles.append("00" + intl[1:])
    if meta.national_prefix == "0" and region in ("GB", "DE", "AU", "IE", "NL", "AT", "CH",
                                                  "NZ", "ZA", "IN"):
        rest = intl[len(cc) + 2:]
        styles.append(f"+{cc} (0){rest}")
    if region in ("US", "CA"):
        area, exch, line = nsn[:3], nsn[3:6], nsn[6:]
        styles += [f"{area}-{exch}-{line}", f"{area}.{exch}.{line}", f"1-{area}-{exch}-{line}",
                   f"+1 ({area}) {exch}-{line}", f"({area}){exch}-{line}",
                   f"+1-{area}-{exch}-{line}", f"{area} {exch} {line}",
                   f"1 ({area}) {exch}-{line}"]
    if region in ("FR", "BE", "CH"):
        styles.append(".".join(parts))
    if region in ("DE", "AT"):
        trunk, rest = parts[0], "".join(parts[1:])
        styles += [f"{trunk}/{rest}", f"({trunk}) {rest}"]
    if region == "IN":
        styles += [f"+91-{nsn}", f"+91 {nsn[:5]} {nsn[5:]}", f"0{nsn}"]
    return styles


def phone(rng: random.Random, region: str | None = None) -> tuple[str, str]:
    """(a phone number as someone writes it, its region); valid for that region."""
    region = region or rng.choices(list(PHONE_REGIONS), list(PHONE_REGIONS.values()))[0]
    number = _draw_number(rng, region)
    styles = _styles(number, region)
    for _ in range(4):
        text = rng.choice(styles)
        try:
            back = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if back.national_number == number.national_number and \
                phonenumbers.is_valid_number_for_region(back, region):
            return text, region
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL), region


# --- cards, IBANs, SSNs, accounts, IPs ------------------------------------------------------

def _luhn_complete(body: str) -> str:
    for check in string.digits:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


_CARD_KINDS = (  # (prefixes, length, grouping, weight)
    (("4",), 16, (4, 4, 4, 4), 5),
    (("51", "52", "53", "54", "55", "2221", "2293", "2500", "2720"), 16, (4, 4, 4, 4), 4),
    (("34", "37"), 15, (4, 6, 5), 3),
    (("6011", "644", "645", "649", "65"), 16, (4, 4, 4, 4), 2),
    (("3528", "3541", "3589"), 16, (4, 4, 4, 4), 1),
    (("36", "38"), 14, (4, 6, 4), 1),
)


def card(rng: random.Random) -> str:
    prefixes, length, grouping, _ = rng.choices(_CARD_KINDS, [k[3] for k in _CARD_KINDS])[0]
    prefix = rng.choice(prefixes)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    number = _luhn_complete(body)
    sep = rng.choice((" ", " ", "-", "", ""))
    if not sep:
        return number
    parts, at = [], 0
    for size in grouping:
        parts.append(number[at:at + size])
        at += size
    return sep.join(parts)


# BBAN layouts: (kind, length); n digits, a upper-case letters, c letters or digits.
_IBAN_LAYOUTS = {
    "DE": (("n", 18),), "GB": (("B", 4), ("n", 14)), "FR": (("n", 10), ("c", 11), ("n", 2)),
    "NL": (("B", 4), ("n", 10)), "ES": (("n", 20),), "IT": (("a", 1), ("n", 10), ("c", 12)),
    "BE": (("n", 12),), "CH": (("n", 5), ("c", 12)), "PL": (("n", 24),), "AT": (("n", 16),),
    "IE": (("B", 4), ("n", 14)), "PT": (("n", 21),), "SE": (("n", 20),), "DK": (("n", 14),),
    "FI": (("n", 14),), "NO": (("n", 11),), "LU": (("n", 3), ("c", 13)), "CZ": (("n", 20),),
    "HU": (("n", 24),), "RO": (("B", 4), ("c", 16)), "GR": (("n", 7), ("c", 16)),
    "HR": (("n", 17),), "SI": (("n", 15),), "LT": (("n", 16),), "EE": (("n", 16),),
    "SK": (("n", 20),), "MT": (("B", 4), ("n", 5), ("c", 18)), "AE": (("n", 19),),
    "SA": (("n", 2), ("c", 18)), "TR": (("n", 5), ("n", 1), ("c", 16)),
}
_BANK_CODES = {
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG", "CITI"),
    "NL": ("ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"),
    "IE": ("AIBK", "BOFI", "IPBS", "ULSB"),
    "RO": ("RNCB", "BTRL", "BRDE", "INGB"),
    "MT": ("MALT", "VALL", "APSB"),
}
IBAN_WEIGHTS = {"DE": 5, "GB": 4, "FR": 4, "NL": 3, "ES": 3, "IT": 3, "BE": 2, "CH": 2, "PL": 2,
                "AT": 2, "IE": 2, "PT": 1, "SE": 1, "DK": 1, "FI": 1, "NO": 1, "LU": 1, "CZ": 1,
                "HU": 1, "RO": 1, "GR": 1, "HR": 1, "SI": 1, "LT": 1, "EE": 1, "SK": 1, "MT": 1,
                "AE": 1, "SA": 1, "TR": 1}


def iban_ok(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return compact[:2].isalpha() and int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def iban(rng: random.Random) -> str:
    country = rng.choices(list(IBAN_WEIGHTS), list(IBAN_WEIGHTS.values()))[0]
    bban = ""
    for kind, length in _IBAN_LAYOUTS[country]:
        if kind == "B":
            bban += rng.choice(_BANK_CODES[country])
        elif kind == "a":
            bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(length))
        elif kind == "c":
            bban += "".join(rng.choice(string.digits * 4 + string.ascii_uppercase)
                            for _ in range(length))
        else:
            bban += "".join(rng.choice(string.digits) for _ in range(length))
    if country == "BE":  # the national check: the first ten digits mod 97
        check = int(bban[:10]) % 97 or 97
        bban = bban[:10] + f"{check:02d}"
    moved = bban + country + "00"
    digits = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{digits:02d}{bban}"
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def ssn_ok(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (area not in ("000", "666") and not area.startswith("9") and group != "00"
            and serial != "0000" and len(set(digits)) > 1)


def ssn(rng: random.Random, sep: str | None = None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
        text = f"{area:03d}{group:02d}{serial:04d}"
        if ssn_ok(text) and text not in ("078051120", "219099999", "123456789"):
            break
    if sep is None:
        sep = rng.choice(("-", "-", "-", "-", " "))
    return f"{text[:3]}{sep}{text[3:5]}{sep}{text[5:]}"


def account_number(rng: random.Random) -> str:
    length = rng.choice((6, 8, 8, 8, 9, 10, 10, 11, 12, 12, 14, 16, 17))
    digits = "".join(rng.choice(string.digits) for _ in range(length))
    if rng.random() < 0.3:
        zeros = rng.randint(1, 3)
        digits = "0" * zeros + digits[zeros:]
    style = rng.random()
    if style < 0.2 and length >= 8:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}".rstrip("-")
    if style < 0.3 and length >= 8:
        return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    return digits


def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.35:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.42:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([n for n in range(1, 224) if n not in (10, 127, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        value = (0xFE80 << 112) | rng.getrandbits(64)
    elif kind < 0.4:
        value = (0x20010DB8 << 96) | rng.getrandbits(rng.choice((16, 32, 64)))
    else:
        prefix = rng.choice((0x2A02, 0x2001, 0x2600, 0x2A01, 0x2C0F, 0x2400, 0x2803, 0x2406))
        value = (prefix << 112) | (rng.getrandbits(48) << 64) | rng.getrandbits(
            rng.choice((16, 64)))
    address = ipaddress.IPv6Address(value)
    return address.exploded if rng.random() < 0.1 else address.compressed


# --- places ---------------------------------------------------------------------------------

# Real cities by country (our own lists), used with the country's name.
CITIES: dict[str, tuple[str, ...]] = {
    "United States": ("New York", "Los Angeles", "Chicago", "Houston", "Seattle", "Boston",
                      "Denver", "Atlanta", "Miami", "Portland", "San Diego", "Nashville",
                      "Minneapolis", "Pittsburgh", "Sacramento", "Tucson", "Omaha", "Cleveland",
                      "Baltimore", "Salt Lake City", "Raleigh", "New Orleans", "Albuquerque"),
    "United Kingdom": ("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh",
                       "Bristol", "Cardiff", "Belfast", "Liverpool", "Newcastle upon Tyne",
                       "Sheffield", "Nottingham", "Brighton", "Southampton", "Aberdeen", "York"),
    "Canada": ("Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Winnipeg",
               "Halifax", "Quebec City", "Saskatoon", "Kelowna"),
    "Australia": ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart",
                  "Darwin", "Gold Coast", "Newcastle", "Geelong", "Townsville"),
    "France": ("Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg",
               "Montpellier", "Bordeaux", "Lille", "Rennes", "Grenoble", "Dijon", "Angers"),
    "Spain": ("Madrid", "Barcelona", "Valencia", "Seville", "Zaragoza", "Málaga", "Bilbao",
              "Granada", "Alicante", "Palma", "Valladolid", "Vigo", "Córdoba"),
    "Ireland": ("Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny", "Drogheda"),
    "Brazil": ("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Brasília", "Salvador",
               "Curitiba", "Recife", "Porto Alegre", "Fortaleza", "Manaus", "Florianópolis"),
    "Mexico": ("Mexico City", "Guadalajara", "Monterrey", "Puebla", "Tijuana", "Mérida",
               "León", "Querétaro", "Oaxaca", "Cancún"),
    "Japan": ("Tokyo", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Sapporo", "Fukuoka", "Kobe",
              "Sendai", "Hiroshima"),
    "Nigeria": ("Lagos", "Abuja", "Ibadan", "Kano", "Port Harcourt", "Enugu", "Benin City"),
    "Kenya": ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
    "South Africa": ("Johannesburg", "Cape Town", "Durban", "Pretoria", "Port Elizabeth",
                     "Bloemfontein"),
    "China": ("Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Chengdu", "Hangzhou", "Wuhan",
              "Xi'an", "Nanjing"),
    "Singapore": ("Singapore",),
    "United Arab Emirates": ("Dubai", "Abu Dhabi", "Sharjah"),
    "Egypt": ("Cairo", "Alexandria", "Giza", "Luxor"),
    "Argentina": ("Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata"),
    "Colombia": ("Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena"),
    "Turkey": ("Istanbul", "Ankara", "Izmir", "Bursa", "Antalya"),
    "South Korea": ("Seoul", "Busan", "Incheon", "Daegu", "Daejeon"),
    "Philippines": ("Manila", "Cebu City", "Davao City", "Quezon City"),
    "New Zealand": ("Auckland", "Wellington", "Christchurch", "Dunedin", "Hamilton"),
    "Greece": ("Athens", "Thessaloniki", "Patras", "Heraklion"),
    "Israel": ("Tel Aviv", "Jerusalem", "Haifa", "Beersheba"),
    "Chile": ("Santiago", "Valparaíso", "Concepción", "Antofagasta"),
    "Portugal": ("Lisbon", "Porto", "Braga", "Coimbra", "Faro"),
    "Switzerland": ("Zurich", "Geneva", "Basel", "Bern", "Lausanne", "Lucerne"),
}
# The state or province of our cities in countries whose addresses name one.
CITY_STATE = {
    "New York": "NY", "Los Angeles": "CA", "Chicago": "IL", "Houston": "TX", "Seattle": "WA",
    "Boston": "MA", "Denver": "CO", "Atlanta": "GA", "Miami": "FL", "Portland": "OR",
    "San Diego": "CA", "Nashville": "TN", "Minneapolis": "MN", "Pittsburgh": "PA",
    "Sacramento": "CA", "Tucson": "AZ", "Omaha": "NE", "Cleveland": "OH", "Baltimore": "MD",
    "Salt Lake City": "UT", "Raleigh": "NC", "New Orleans": "LA", "Albuquerque": "NM",
    "Toronto": "ON", "Montreal": "QC", "Vancouver": "BC", "Calgary": "AB", "Ottawa": "ON",
    "Edmonton": "AB", "Winnipeg": "MB", "Halifax": "NS", "Quebec City": "QC",
    "Saskatoon": "SK", "Kelowna": "BC", "Sydney": "NSW", "Melbourne": "VIC",
    "Brisbane": "QLD", "Perth": "WA", "Adelaide": "SA", "Canberra": "ACT", "Hobart": "TAS",
    "Darwin": "NT", "Gold Coast": "QLD", "Newcastle": "NSW", "Geelong": "VIC",
    "Townsville": "QLD", "São Paulo": "SP", "Rio de Janeiro": "RJ", "Belo Horizonte": "MG",
    "Brasília": "DF", "Salvador": "BA", "Curitiba": "PR", "Recife": "PE",
    "Porto Alegre": "RS", "Fortaleza": "CE", "Manaus": "AM", "Florianópolis": "SC",
}
# Countries whose Faker list of cities is real.
FAKER_CITY_LOCALES = {"de_DE": "Germany", "de_AT": "Austria", "it_IT": "Italy",
                      "nl_NL": "Netherlands", "pl_PL": "Poland", "sv_SE": "Sweden",
                      "en_IN": "India", "cs_CZ": "Czech Republic", "da_DK": "Denmark",
                      "fi_FI": "Finland", "pt_PT": "Portugal", "nl_BE": "Belgium"}
REGIONS = (
    "California", "Texas", "Ontario", "Bavaria", "Catalonia", "Queensland", "Maharashtra",
    "Lombardy", "Scotland", "Wales", "New South Wales", "British Columbia", "Andalusia",
    "Brittany", "Tuscany", "Quebec", "Florida", "Ohio", "Oregon", "Karnataka", "Kerala",
    "Saxony", "Normandy", "Victoria", "Alberta", "Massachusetts", "Illinois", "Provence",
    "Tamil Nadu", "Punjab", "Hesse", "Lagos State", "Gauteng", "Yorkshire", "Cornwall",
    "Galicia", "Sicily", "Flanders", "Wallonia", "Tyrol", "Minas Gerais", "Jalisco",
    "Hokkaido", "Guangdong", "Western Cape", "Michigan", "Arizona", "Colorado", "Kent",
)
_EXTRA_COUNTRIES = ("Germany", "India", "Italy", "Netherlands", "Poland", "Sweden", "Norway",
                    "Austria", "Belgium", "Denmark", "Finland", "Vietnam", "Indonesia", "Peru",
                    "Morocco", "Ghana", "Pakistan", "Bangladesh", "Thailand", "Malaysia")


# Short town names that are also English words ("Best", "Most", "Them") would teach a model
# that such words are places: Faker's short ASCII names are dropped but for these.
_SHORT_TOWNS = {"Graz", "Linz", "Wien", "Pune", "Agra", "Brno", "Oulu", "Kemi", "Pori", "Salo",
                "Faro", "Beja", "Maia", "Ovar", "Jena", "Gera", "Suhl", "Lund", "Edam", "Bari",
                "Asti", "Ribe", "Nysa", "Kota", "Calw", "Enns", "Wels", "Melk", "Ede"}


@functools.cache
def _faker_cities(locale: str) -> tuple[str, ...]:
    provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
    return tuple(sorted({
        c for c in _name_list(provider.cities)
        if _latin(c) and (len(c) > 4 or not c.isascii() or c in _SHORT_TOWNS)
    }))


@functools.cache
def countries() -> tuple[str, ...]:
    provider = importlib.import_module("faker.providers.address.en_US").Provider
    return tuple(c for c in provider.countries if "(" not in c and "," not in c)


def city(rng: random.Random) -> tuple[str, str]:
    """(a real city, its country)."""
    if rng.random() < 0.3:
        locale = rng.choice(sorted(FAKER_CITY_LOCALES))
        return rng.choice(_faker_cities(locale)), FAKER_CITY_LOCALES[locale]
    country = rng.choice(sorted(CITIES))
    return rng.choice(CITIES[country]), country


def country(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(sorted(CITIES) + list(_EXTRA_COUNTRIES))
    return rng.choice(countries())


def region(rng: random.Random) -> str:
    return rng.choice(REGIONS)


# Address locales: (Faker locale, country, layout of the full address). Layout fields:
# street, city, post, state.
ADDRESS_LOCALES = (
    ("en_US", "United States", "{street}, {city}, {state} {post}"),
    ("en_GB", "United Kingdom", "{street}, {city} {post}"),
    ("en_CA", "Canada", "{street}, {city}, {state} {post}"),
    ("en_AU", "Australia", "{street}, {city} {state} {post}"),
    ("en_IE", "Ireland", "{street}, {city}, {post}"),
    ("en_IN", "India", "{street}, {city} - {post}"),
    ("de_DE", "Germany", "{street}, {post} {city}"),
    ("de_AT", "Austria", "{street}, {post} {city}"),
    ("de_CH", "Switzerland", "{street}, {post} {city}"),
    ("fr_FR", "France", "{street}, {post} {city}"),
    ("es_ES", "Spain", "{street}, {post} {city}"),
    ("es_MX", "Mexico", "{street}, {post} {city}"),
    ("it_IT", "Italy", "{street}, {post} {city}"),
    ("nl_NL", "Netherlands", "{street}, {post} {city}"),
    ("nl_BE", "Belgium", "{street}, {post} {city}"),
    ("pt_BR", "Brazil", "{street}, {city} - {state}, {post}"),
    ("pt_PT", "Portugal", "{street}, {post} {city}"),
    ("pl_PL", "Poland", "{street}, {post} {city}"),
    ("sv_SE", "Sweden", "{street}, {post} {city}"),
    ("da_DK", "Denmark", "{street}, {post} {city}"),
    ("fi_FI", "Finland", "{street}, {post} {city}"),
    ("cs_CZ", "Czech Republic", "{street}, {post} {city}"),
)


@functools.cache
def _faker(locale: str, kinds: tuple[str, ...]) -> faker.Generator:
    """A Faker generator with only the providers named (quick to build), cached."""
    generator = faker.Generator()
    for kind in kinds:
        try:
            module = importlib.import_module(f"faker.providers.{kind}.{locale}")
        except ModuleNotFoundError:
            module = importlib.import_module(f"faker.providers.{kind}")
        generator.add_provider(module.Provider)
    return generator


class Fakers:
    """Faker's address and company providers, each generator seeded from `seed` when first
    used in a run, so one seed gives one sequence of values."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.seeded: set[tuple[str, tuple[str, ...]]] = set()

    def _get(self, locale: str, kinds: tuple[str, ...]) -> faker.Generator:
        generator = _faker(locale, kinds)
        if (locale, kinds) not in self.seeded:
            generator.seed_instance(f"{self.seed}/{locale}/{'+'.join(kinds)}")
            self.seeded.add((locale, kinds))
        return generator

    def street(self, rng: random.Random, locale: str | None = None) -> str:
        locale = locale or rng.choice(ADDRESS_LOCALES)[0]
        text = self._get(locale, ("person", "address")).street_address().replace("\n", ", ")
        return " ".join(text.split()).strip(" ,")

    def full_address(self, rng: random.Random) -> tuple[str, str]:
        """(one-line full address, its country)."""
        locale, country_name, layout = rng.choice(ADDRESS_LOCALES)
        fake = self._get(locale, ("person", "address"))
        if country_name in CITIES:
            town = rng.choice(CITIES[country_name])
        elif locale in FAKER_CITY_LOCALES:
            town = rng.choice(_faker_cities(locale))
        else:
            town = fake.city()
        post = fake.postcode()
        if locale == "en_CA":
            post = f"{post[:3]} {post[3:]}".upper().replace("  ", " ")
        state = CITY_STATE.get(town, "") if "{state}" in layout else ""
        text = layout.format(street=self.street(rng, locale), city=town, post=post, state=state)
        return " ".join(text.split()), country_name

    def company(self, rng: random.Random) -> str:
        """A company name from Faker's Spanish list or our own, never with a name in it."""
        if rng.random() < 0.3:
            fake = self._get("es_ES", ("person", "company"))
            for _ in range(20):
                name = fake.company()
                words = re.findall(r"[^\W\d_]+", name.lower())
                if not any(w in name_words() for w in words):
                    return name
        return D.company(rng)

    def catch_phrase(self, rng: random.Random) -> str:
        """An initiative or product line in Title Case ("Decentralized Modular Task-Force")."""
        phrase = self._get("en_US", ("company",)).catch_phrase()
        return phrase.title() if rng.random() < 0.7 else phrase
