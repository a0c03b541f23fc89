"""Phone numbers, scored by how they are written and by the words on their line.

`PhoneNumbers` replaces Presidio's `PhoneRecognizer`, which scans the text once per region
with phonenumbers' matcher (8 regions, about 1.4 ms each for a 100-word text) and scores
every valid number 0.4, so at the default threshold of 0.5 only a number with a context
word nearby is masked. Here:

* candidates are runs of digits with the separators people write (spaces, `-`, `.`, `/`,
  brackets, a leading `+` or `00`, or the country code in brackets: "(+44) 7421 241924")
  that do not touch a word, an amount, a path or a version;
  a run that holds several numbers is cut where one visibly starts;
* each is checked with phonenumbers (`is_valid_number`): one written with `+` or `00` for
  its country code; others for each of `REGIONS` in turn;
* the score says how sure the format alone is: 0.7 for a valid number with its country code;
  0.6 for a valid national number written in groups that the country's own format uses
  ("020 7946 0958", "(212) 555-0142", "98765 43210"); 0.5 for one written with its trunk 0;
  0.4 otherwise (bare digits, odd groups), which needs a context word;
* context, read in the text itself: the nearest cue word before the number on its line, or a
  phone word just after it, or the header of its table column, decides. A phone word
  ("phone", "mobile", "call", "tel", "whatsapp", "msisdn", "my number" ...) adds 0.35; an
  identifier word right before it ("order", "invoice", "tracking", "ref", "serial",
  "account", "isbn" ...) drops a national number (a number with its country code stays);
* dates, IPv4 addresses and Luhn-valid card numbers are not candidates.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from typing import Any

import phonenumbers
from presidio_analyzer import RecognizerResult

from appliance.pii.columns import header_of, inserted_values, may_hold_cells
from appliance.pii.evidence import OwnRecognizer, cue_words, result
from appliance.pii.evidence import digits as _digits
from appliance.pii.evidence import luhn_ok as _luhn_ok

# National numbers are tried for these regions, in this order (a number valid in several
# is scored by the first in which its written groups match the official format).
REGIONS = (
    "US", "GB", "DE", "FR", "IN", "AU", "ES", "IT", "NL", "BR", "IE", "MX", "JP", "SG",
    "CH", "AT", "BE", "PL", "SE", "PT", "DK", "NO", "FI", "NZ", "ZA", "IL", "CN", "KR", "CA",
    # since the thirty-third round: Argentina and Colombia, and the regions whose trunk
    # prefix is 8 (Russia, Kazakhstan, Belarus), only with that 8 written: "8 (912) 345-67-89"
    "AR", "CO", "RU", "KZ", "BY",
)  # fmt: skip

# Where people write a national number without its trunk "0" (Indian mobiles, Brazilian and
# Chinese numbers): elsewhere a national number must start with the region's trunk prefix, as
# it does when written nationally (so "20240315" is no German number).
TRUNK_OPTIONAL = frozenset({"IN", "BR", "CN", "CO"})
# Where the trunk prefix is 8 and a national number without it is rarely written: "89123456789"
# and "8 (771) 000 9998" are tried for these, "9123456789" is not.
TRUNK_EIGHT = frozenset({"RU", "KZ", "BY"})
# Every other region phonenumbers knows: tried only for a national number the text calls a
# phone ("Customer: 5130 6183" after "a number to text", a "mobile" column), since a short
# number is valid somewhere far more often than it is a phone.
OTHER_REGIONS = tuple(sorted(phonenumbers.SUPPORTED_REGIONS - set(REGIONS) - {"001"}))

SCORE_INTERNATIONAL = 0.7
SCORE_NATIONAL_GROUPED = 0.6
SCORE_NATIONAL_TRUNK = 0.5
SCORE_NATIONAL = 0.4
CONTEXT_BOOST = 0.35

PHONE_WORDS = (
    "phone", "phones", "telephone", "tel", "tele", "mobile", "mob", "cell", "cellphone",
    "call", "calls", "called", "calling", "ring", "dial", "text", "sms", "whatsapp",
    "signal", "fax", "contact", "reach", "reached", "landline", "hotline", "helpline", "ph",
    "msisdn", "caller", "home", "work", "office", "callback", "texted", "texts", "texting",
    "phoned", "rang", "dialled", "dialed", "emergency", "☎", "✆", "📞", "contacts",
    "contacting", "contacted",
    # in German, French, Spanish, Italian and Portuguese
    "nummer", "numéro", "número", "telefon", "telefono", "teléfono", "téléphone", "telefone",
    "handy", "móvil", "movil", "cellulare", "portable", "anrufen", "appeler", "llamar",
    "chiamare", "contacter",
    # since the thirty-third round: messengers, a switchboard, a pager, chat's "txt" and "hmu"
    "viber", "telegram", "wechat", "switchboard", "pager", "txt", "hmu",
)  # fmt: skip
ID_WORDS = (
    "order", "orders", "invoice", "inv", "ticket", "case", "tracking", "track", "parcel",
    "shipment", "ref", "reference", "serial", "sn", "sku", "part", "isbn", "issn", "account",
    "acct", "iban", "routing", "sort", "id", "uid", "pid", "po", "receipt", "transaction",
    "txn", "confirmation", "booking", "reservation", "policy", "claim", "version", "build",
    "timestamp", "epoch", "port", "pin", "otp", "zip", "postcode", "batch", "lot",
    "model", "item", "job", "request", "req", "container", "row", "rows", "total", "sum",
    "s/n", "ssn", "social", "voucher", "coupon", "promo", "gift", "p/n", "auth",
    "authorization", "authorisation", "ean", "upc", "gtin", "asin", "cuenta", "konto", "compte",
    "conta", "conto", "rekening",
    # air waybills and parcel scans; codes and parcels in other languages
    "awb", "hawb", "mawb", "waybill", "scan", "codice", "código", "codigo", "kode", "kod",
    "offerta", "référence", "referencia", "riferimento", "colis", "paquete", "pacco", "paket",
    "sendung",
    # since the twentieth round: registers' numbers (a ship's IMO and MMSI, a vehicle's VIN,
    # a trader's EORI, DUNS and VAT numbers), patents, specimens and case files; not a
    # "registration" or a "licence", after which a form goes on to a phone number
    "imo", "mmsi", "vin", "eori", "duns", "vat", "nino", "patent", "tariff", "accession",
    "specimen", "consignment", "manifest", "docket", "folio", "pnr", "dossier",
    "cph",  # a farm's County Parish Holding number
    # since the twenty-fourth round: instruments' numbers ("sensor 326-5421-91051")
    "sensor", "meter", "probe", "gauge", "logger", "transponder",
    # since the thirty-second round: a part's number ("hose PN 0449-3056-419") and an
    # asset's tag
    "pn", "asset", "tag", "tags",
    # since the thirty-third round: national account numbers' names and abbreviations
    "nuban", "clabe", "kto", "accnt",
)  # fmt: skip
# Identifiers written like phone numbers that no card or account is: "membership number
# 0938-837-7829", "NHS no.: 0776-279-5844" (a card's "gym membership" stays a card).
MEMBER_WORDS = ("member", "membership", "nhs", "loyalty")

# A run of digits and the separators people put in phone numbers. It must not touch a word
# character, an amount, an address, a path or a decimal/version dot on either side.
_RUN = re.compile(
    r"(?<![\w@$€£¥#/\\.+-])"
    r"(?:\+|00|\(\+(?=\d{1,3}\)))?[ \t]?\(?\d[\d \t().\-/\u00a0]*\d\)?"
    r"(?![\w@%$€£¥]|\.\d)"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _after_a_place(text: str, start: int) -> bool:
    from appliance.pii.places import known_places

    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() in known_places()


# A shipping container's owner code (ISO 6346: three letters and U, J or Z) before its
# serial number: "HLXU 011878 9".
_CONTAINER_OWNER = re.compile(r"(?<![A-Za-z])[A-Z]{3}[UJZ][ \t]?\Z")
# A code of capitals and digits right before, of which the digits are the rest: "1Z 381 NC1 34
# 2440 2631" (a parcel's tracking number).
_CODE_BEFORE = re.compile(r"(?<![\w-])(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{2,} \Z")
# A country code written in brackets: "(+44) 7421 241924" is "+44 7421 241924".
_BRACKETED_CODE = re.compile(r"^\(\+(\d{1,3})\)")
_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BRACKETED_DATE = re.compile(r"\((\d{1,4}([./-])\d{1,2}\2\d{1,4})")
# Opening hours: "06.00-22.00", "08:00 – 18:00".
_HOURS = re.compile(r"(?:[01]\d|2[0-4])[.:][0-5]\d[ \t]*[-–][ \t]*(?:[01]\d|2[0-4])[.:][0-5]\d")
_POSTCODE = re.compile(r"\d{4,5}-\d{3}")  # Portugal's "1100-053", Brazil's "01310-200"
# A version of four parts or more, the last of four digits: "6.23.30.2897", "11.30.22.6241"
# (dotted phone numbers end in two or three digits: "06.12.34.56.78", "0470.12.34.56").
_VERSION = re.compile(r"[1-9]\d?(?:\.\d{1,3}){2,}\.\d{4}")
# "number" alone is no cue ("order number", "the number 2125550142"); these phrases are.
PHONE_PHRASES = (
    r"(?:my|your|his|her|their|our|new|direct|contact|home|work|office|main)[ \t]+number",
    r"main[ \t]+line", r"direct[ \t]+line", r"reach(?:ed|able)?[ \t]+(?:at|on)",
    r"\w+['’]s[ \t]+number",  # "Santino's number is ..."
    r"new[ \t]+no\.?",  # "says she moved, new no 2194 9814"
    r"any[ \t]+questions", r"direct(?=[ \t]*:)",  # "Any questions: 98 07 62 13", "Direct: ..."
    # since the thirty-third round: a signature's one-letter label at a line's start or after
    # a separator ("M: 0412 555 019", "T: 020 7946 0958 | M: 07700 900123"), and its
    # abbreviations in other languages ("Tlf.: 22 12 34 56", "GSM: 0470 12 34 56")
    r"(?<![^\n|·•])[mtpcwhfod](?=\.?[ \t]*:|\.[ \t])",
    r"(?<=[|·•] )[mtpcwhfod](?=\.?[ \t]*:|\.[ \t])",
    # a label with no colon opening a line, right before the number: "T 020 7946 0958" (the
    # cue is looked for in the text up to the number, so its end is the number's start)
    r"(?<![^\n])[mtpf](?=[ \t]+\Z)",
    # another number than the one known: "Alt. number:", "number changed to"
    r"(?:alt|alternative|alternate|backup|second|other)\.?[ \t]+(?:number|no\.?)",
    r"number[ \t]+changed(?:[ \t]+to)?", r"new[ \t]+num",
    r"mobil", r"fon", r"tlf", r"tfn", r"tfno", r"telf", r"telp", r"cel", r"celular", r"gsm",
    r"tél", r"tel\.",
)  # fmt: skip
_CUE = cue_words((*PHONE_PHRASES, *PHONE_WORDS, *ID_WORDS, *MEMBER_WORDS))
_PHONE_WORDS = frozenset(PHONE_WORDS)
_ID_WORDS = frozenset((*ID_WORDS, *MEMBER_WORDS)) - _PHONE_WORDS
# Phone cues too weak to make a number valid only outside REGIONS a phone: words that also go
# with addresses and places ("home", "work", "office") or with other things ("signal",
# "ring"), "reach at", "any questions", a bare "Direct:" and a question's "number?". Every
# other phone word or phrase is strong ("mobile", "my number", "Santino's number", "direct
# line", a signature's "M:").
_WEAK_CUE = re.compile(
    r"home|work|office|signal|ring|reach(?:ed|able)?(?:[ \t]+(?:at|on))?|any[ \t]+questions"
    r"|direct|number\??"
)
_STRONG_PHONE_WORDS = frozenset(w for w in _PHONE_WORDS if not _WEAK_CUE.fullmatch(w))
CONTEXT_BEFORE = 48
ID_CONTEXT_BEFORE = 24  # an identifier word counts only this close: "Order #: 4829105732"
CONTEXT_AFTER = 24
MIN_DIGITS = 7
MAX_DIGITS = 15


def _boundaries(written: str, nsn_length: int) -> set[int]:
    """Where the written number breaks between digit groups, counted in digits from its end,
    inside its last `nsn_length` digits (the national significant number)."""
    out: set[int] = set()
    count = 0
    previous_digit = False
    for ch in reversed(written):
        if ch.isdigit():
            if not previous_digit and count and count < nsn_length:
                out.add(count)
            count += 1
            previous_digit = True
        else:
            previous_digit = False
    return out


def _official_boundaries(number: phonenumbers.PhoneNumber) -> set[int]:
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(number)
    return _boundaries(formatted, len(nsn))


def _groups(written: str) -> list[int]:
    return [len(g) for g in re.findall(r"\d+", written)]


def _grouped_like_a_phone(written: str, number: phonenumbers.PhoneNumber) -> bool:
    """Written in the groups of the country's own format ("020 7946 0958"), or in three or
    more groups of two to four digits after a first group of up to five ("612 345 678")."""
    nsn = phonenumbers.national_significant_number(number)
    if _boundaries(written, len(nsn)) == _official_boundaries(number):
        return True
    groups = _groups(written)
    if len(groups) < 3 or groups[0] > 5 or not all(2 <= g <= 4 for g in groups[1:]):
        return False
    if groups == [3, 2, 4]:
        return False  # the shape of a US social security number
    # The last group has three or four digits, unless all do with two ("06 12 34 56 78"):
    # "435-2299-77" is a product code.
    return groups[-1] >= 3 or all(g == 2 for g in groups[1:])


def _trunk_ok(digits: str, region: str) -> bool:
    if region in TRUNK_EIGHT:
        return digits.startswith("8")
    prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
    if prefix != "0" or region in TRUNK_OPTIONAL:
        return True
    return digits.startswith("0")


def _not_a_phone(candidate: str) -> bool:
    """A date (or a date and a time, or a number before a date in brackets), a postcode of
    the shape "1100-053", a version of four
    parts ending in four digits ("6.23.30.2897"), an IPv4 address
    or a card number (Luhn-valid, 13-19 digits, not written with a "+" or "00" in front as a
    number with its country code is)."""
    text = candidate.strip()
    if _POSTCODE.fullmatch(text) or _VERSION.fullmatch(text) or _HOURS.fullmatch(text):
        return True
    if text.count("/") >= 2 and not text.startswith(("+", "00")):
        return True  # "16/793/1204": a holding's number; no phone is written with two slashes
    date = _DATE.match(text)
    if date and (date.end() == len(text) or _YEAR.search(date.group())):
        return True
    bracketed = _BRACKETED_DATE.search(text)
    if bracketed and _YEAR.search(bracketed.group(1)):
        return True  # "SK 36 (10/15/2023)": a flight and a date in brackets, not one number
    try:
        ipaddress.IPv4Address(text)
        return True
    except ValueError:
        pass
    digits = _digits(text)
    # "(0044 121 234 5678)": a number with its country code in brackets, Luhn-valid or not
    opened = text.lstrip("(")
    international = opened.startswith(("+", "00")) or _BRACKETED_CODE.match(text) is not None
    return not international and 13 <= len(digits) <= 19 and _luhn_ok(digits)


def _without_mexicos_mobile_one(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber:
    """A Mexican mobile number written with the "1" Mexico dropped in 2019 ("+52 1 55 1234
    5678"), which people still write, as the number it is now ("+52 55 1234 5678")."""
    national = str(number.national_number)
    if number.country_code != 52 or len(national) != 11 or not national.startswith("1"):
        return number
    return phonenumbers.PhoneNumber(country_code=52, national_number=int(national[1:]))


def phone_score(
    candidate: str, regions: tuple[str, ...] = REGIONS, called: bool = False
) -> tuple[float, str] | None:
    """The score of `candidate` as written, from its format alone, and the region it is
    valid for (a national number: the first of `regions`); None if it is no valid phone
    number. `called`: the text calls it a phone, so a number of 11 digits or more may start
    with its country code without a "+" ("44 20 7946 0958", an MSISDN's "447700900123")."""
    text = _BRACKETED_CODE.sub(r"+\1", candidate.strip().replace("(0)", ""))
    digits = _digits(text)
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS + 2 or _not_a_phone(candidate):
        return None
    if text.startswith("+") or text.startswith("00"):
        international = "+" + text[2:].lstrip() if text.startswith("00") else text
        try:
            number = phonenumbers.parse(international, None)
        except phonenumbers.NumberParseException:
            return None
        number = _without_mexicos_mobile_one(number)
        if not phonenumbers.is_valid_number(number):
            return None
        region = phonenumbers.region_code_for_number(number) or "ZZ"
        return SCORE_INTERNATIONAL, region
    first_valid: str | None = None
    for region in regions:
        if not _trunk_ok(digits, region):
            continue
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if number.country_code != phonenumbers.country_code_for_region(region):
            continue
        if not phonenumbers.is_valid_number_for_region(number, region):
            continue
        if _grouped_like_a_phone(text, number):
            return SCORE_NATIONAL_GROUPED, region
        first_valid = first_valid or region
    if first_valid is None and called and len(digits) >= 11 and not digits.startswith("0"):
        try:
            number = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(number):
            return SCORE_NATIONAL, phonenumbers.region_code_for_number(number) or "ZZ"
        return None
    if first_valid is None:
        return None
    if digits.startswith("0") and first_valid not in TRUNK_OPTIONAL and first_valid != "US":
        # Written with its trunk 0 and valid as a whole national number: few identifiers
        # start with a 0 and are valid phone numbers too.
        return SCORE_NATIONAL_TRUNK, first_valid
    return SCORE_NATIONAL, first_valid


# A short number after a phone number, before a word: "call +64 27 212 0747 30 min before".
_LAST_GROUP = re.compile(r"[ \t]\d{1,3}\Z")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def _parts(run: str, offset: int) -> Iterator[tuple[int, int]]:
    """Spans (absolute) of the run, and, when it holds several numbers, of each: a run is
    cut where a number visibly starts ("+" or "(" after a space) and at gaps of two or more
    spaces or a tab. A long run of single-spaced digit groups is left whole: it is one long
    identifier (a tracking or account number) far more often than a list of phone numbers."""
    yield offset, offset + len(run)
    cuts = [0] + [m.start() + 1 for m in re.finditer(r"[ \t\u00a0](?=[+(])", run)]
    cuts += [m.end() for m in re.finditer(r"[ \u00a0]{2,}|\t", run)]
    cuts = sorted(set(cuts))
    if len(cuts) > 1:
        for a, b in zip(cuts, [*cuts[1:], len(run)], strict=True):
            yield offset + a, offset + b


# A git rebase to-do line's verb before a commit's short hash.
_REBASE_VERB = re.compile(r"(?m)^[ \t]*(?:pick|squash|fixup|drop|reword|edit|p|s|f|d|r|e)[ \t]+\Z")
# A code that goes on after a hyphen with letters in its next group ("-213J", "-A7").
_CODE_GOES_ON = re.compile(r"-(?=[A-Za-z\d]*[A-Za-z])[A-Za-z\d]+\b")
# A time's hours and colon right before ("08:08" read from its minutes on).
_TIME_BEFORE = re.compile(r"\d:\Z")
_UUID_REST = re.compile(r"-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-")
_HASH_LINE = re.compile(r"(?m)^[ \t]*(?=[0-9a-f]*[a-f])([0-9a-f]{7,40})[ \t]")


def _in_a_hash_column(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], digits alone at a line's start, stands where other lines
    start with hashes of its length in hex (`git log --oneline`: "0810140 Fix plate map
    offset" among "2a83914 Refactor normalisation")."""
    value = text[start:end]
    if not value.isdigit() or text[end : end + 1] not in (" ", "\t"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return sum(len(m.group(1)) == len(value) for m in _HASH_LINE.finditer(text)) >= 2


def phone_candidates(
    text: str,
    regions: tuple[str, ...] = REGIONS,
    wanted: Callable[[int, int], bool] | None = None,
    called: bool = False,
) -> Iterator[tuple[int, int, float, str]]:
    """(start, end, score from the format, region) for each phone number in `text`, by
    format alone (no context); with `wanted`, only the spans it accepts are scored;
    `called`: the spans `wanted` accepts are called phones (`phone_score`)."""
    for m in _RUN.finditer(text):
        run = m.group()
        if len(_digits(run)) < MIN_DIGITS or _not_a_phone(run):
            continue
        taken: list[tuple[int, int]] = []
        parts = list(_parts(run, m.start()))
        if _WORD_AFTER.match(text, m.end()) and (last := _LAST_GROUP.search(run)):
            parts.append((m.start(), m.start() + last.start()))  # "+64 27 212 0747 30 min"
        for start, end in parts:
            if any(start < b and a < end for a, b in taken):
                continue
            value = text[start:end].strip(" \t()-./")
            if not value:
                continue
            start = text.index(value, start)
            end = start + len(value)
            # Keep a bracket that opens the number: "(212) 555-0142".
            if start > 0 and text[start - 1] == "(" and value.count(")") > value.count("("):
                start -= 1
            if wanted is not None and not wanted(start, end):
                continue
            if _CONTAINER_OWNER.search(text, max(0, start - 5), start):
                continue  # "HLXU 011878 9": a shipping container's serial and check digit
            if text[start] not in "+(" and _CODE_BEFORE.search(text, max(0, start - 12), start):
                continue  # "1Z 381 NC1 34 2440 2631": the rest of a parcel's code
            if _UUID_REST.match(text, end):
                continue  # "08887150-92da-4de7-...": the first group of a UUID
            if _in_a_hash_column(text, start, end):
                continue  # "0810140 Fix plate map offset" among "2a83914 Refactor ...": a commit
            if _REBASE_VERB.search(text, max(0, start - 8), start):
                continue  # "drop 0862074 WIP do not merge": a commit in a rebase's to-do list
            if _CODE_GOES_ON.match(text, end):
                continue  # "4585-64908-213J": the start of a part number
            if _TIME_BEFORE.search(text, max(0, start - 3), start):
                continue  # "08:08  1.13.35": a time's minutes, then a version
            if len(_digits(text[start:end])) <= 7 and _after_a_place(text, start):
                continue  # "Sapporo 060-0003": a postcode after its town
            found = phone_score(text[start:end], regions, called)
            if found is not None:
                taken.append((start, end))
                yield start, end, found[0], found[1]


def cue_word_in(text: str, ignore: frozenset[str] = frozenset()) -> str | None:
    """The first phone or identifier word in `text` not in `ignore`, lower-cased."""
    for m in _CUE.finditer(text):
        if m.group(1).lower() not in ignore:
            return m.group(1).lower()
    return None


def _is_phone_cue(cue: str | None) -> bool:
    return cue is not None and cue not in _ID_WORDS


def context_cue(text: str, start: int, end: int, before_only: bool = False) -> str | None:
    """The cue word that decides the context of text[start:end]: the nearest one before it
    on its line (a phone word at most CONTEXT_BEFORE characters back, an identifier word at
    most ID_CONTEXT_BEFORE), else (unless `before_only`) the first phone word just after it
    on its line (at most CONTEXT_AFTER characters on); lower-cased, or None. One line only:
    in a table, the header above names another column as often as this one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = list(_CUE.finditer(text, max(line_start, start - CONTEXT_BEFORE), start))
    for cue in reversed(before):
        word = cue.group(1).lower()
        if _is_phone_cue(word) or start - cue.end() <= ID_CONTEXT_BEFORE:
            return word
    if before_only:
        return None
    after = _CUE.search(text, end, min(line_end, end + CONTEXT_AFTER))
    return after.group(1).lower() if after and _is_phone_cue(after.group(1).lower()) else None


def _header_cue(text: str, start: int, end: int) -> str | None:
    """The cue word in the header of the table column text[start:end] fills, if any."""
    header = header_of(text, start, end)
    found = _CUE.search(header.replace("_", " ")) if header else None
    return found.group(1).lower() if found else None


class PhoneNumbers(OwnRecognizer):
    """Phone numbers of many countries, scored by format and by the words around them."""

    ENTITY = "PHONE_NUMBER"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        results = []
        uncued = []
        other = set()  # numbers the text calls something else where it writes them once
        columns = _inserted_cues(text)
        for start, end, score, region in phone_candidates(text):
            cue = self._cue(text, start, end, columns)
            why = f"valid {region} phone number"
            if _is_phone_cue(cue):
                score = min(1.0, score + CONTEXT_BOOST)
                why += f", after {cue!r}"
            elif cue is not None and score < SCORE_INTERNATIONAL:
                other.add(_digits(text[start:end]))
                continue  # an order, ticket or account number that looks like a phone
            elif cue is None:
                uncued.append(start)
            results.append(result(self, "PHONE_NUMBER", start, end, score, why))
        if other:  # "WHERE ssn = '088 57 1884'; result: ELKE DE SMET | 088 57 1884"
            results = [r for r in results if not (
                r.start in uncued and _digits(text[r.start : r.end]) in other
            )]

        def called_a_phone(start: int, end: int) -> bool:
            """Whether a strong phone word or phrase comes before text[start:end] or heads its column:
            "mobile: 72.18612", not "72.18612 ... mobile team" nor a "home address" postcode."""
            if any(r.start < end and start < r.end for r in results):
                return False
            cue = self._cue(text, start, end, columns, before_only=True)
            strong = _is_phone_cue(cue) and not _WEAK_CUE.fullmatch(cue)
            return strong and text[start:end].count(".") < 3

        # Where a strong phone word calls it one: a number valid in another region, or one
        # with its country code but no "+".
        for start, end, score, region in phone_candidates(
            text, OTHER_REGIONS, called_a_phone, called=True
        ):
            score = min(1.0, score + CONTEXT_BOOST)
            cue = self._cue(text, start, end, columns, before_only=True)
            why = f"valid {region} phone number, after {cue!r}"
            results.append(result(self, "PHONE_NUMBER", start, end, score, why))
        return results

    @staticmethod
    def _cue(
        text: str,
        start: int,
        end: int,
        columns: dict[tuple[int, int], str],
        before_only: bool = False,
    ) -> str | None:
        """The cue of an SQL INSERT's column the value fills (`columns`: `_inserted_cues`),
        else the cue on the value's line (`context_cue`), else its column's header, else a
        question for a phone number ending the line before ("her number?")."""
        if (start, end) in columns:
            return columns[(start, end)]
        cue = context_cue(text, start, end, before_only)
        if cue is None and may_hold_cells(text):
            cue = _header_cue(text, start, end)
        if cue is None:
            cue = _asked_before(text, start)
        if cue is None and "\n" in text:
            cue = _heading_cue(text, start)
        if cue is None and "\n" in text:
            cue = _cue_ending_line_before(text, start)
        return cue


_LINE_OPENS_WITH = re.compile(r"[ \t]*(?:(?:on|at|is|or|e\.g\.)[ \t]+)?\(?[ \t]*")


def _cue_ending_line_before(text: str, start: int) -> str | None:
    """A strong phone word at the end of the line before, where the number opens its line
    (a text wrapped there): "Text me\non 5513139126", "phone numbers (e.g.\n3021761933"."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not _LINE_OPENS_WITH.fullmatch(text, line_start, start):
        return None
    before = list(_CUE.finditer(text, max(0, line_start - 30), line_start - 1))
    word = before[-1].group(1).lower() if before else None
    return word if word in _STRONG_PHONE_WORDS else None


def _inserted_cues(text: str) -> dict[tuple[int, int], str]:
    """The cue word of each SQL INSERT value's column that has one, by the value's span
    ("INSERT INTO t (name, phone) VALUES (..., '221284813')": "phone")."""
    cues = {}
    for _, column, a, b in inserted_values(text):
        found = _CUE.search(column.replace("_", " "))
        if found:
            cues[(a, b)] = found.group(1).lower()
    return cues


# A heading that ends its line with a colon: "Contacts for the Tucson trip:".
_HEADING = re.compile(r"[^\n]*:[ \t]*\Z")
HEADING_LINES = 6  # how many lines up a list's heading may stand


def _heading_cue(text: str, start: int) -> str | None:
    """The phone word of the heading of the list the number's line is in ("Contacts for the
    Tucson trip:" above "hotel – 2087425623"): the nearest line above, at most HEADING_LINES
    up, that ends with a colon; no blank line between."""
    end = text.rfind("\n", 0, start)
    for _ in range(HEADING_LINES):
        if end <= 0:
            return None
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if not line.strip():
            return None
        if _HEADING.fullmatch(line):
            found = _CUE.search(line)
            word = found.group(1).lower() if found else None
            return word if word in _STRONG_PHONE_WORDS else None
        end = line_start - 1
    return None


# A question for a number ending a line: "cheers, her number?" (not "the order number?").
_ASKED = re.compile(r"(?i)(?:\b([a-z]+)[ \t]+)?(?:number|phone|mobile|cell)[ \t]*\?[ \t]*\Z")
# A line that ends naming a phone number: "and a callback number", "Mobile no:".
_NAMED_LINE = re.compile(
    r"(?i)\b(?:callback|phone|mobile|contact|cell|telephone|whatsapp)[ \t]+(?:number|no\.?)"
    r"[ \t]*[:?]?[ \t]*\Z"
)
# What may stand before the answer on its line: a chat export's time and sender.
_ANSWER_LEAD = re.compile(r"(?:\[[^\]\n]{0,30}\][ \t]*)?[^\d\n]{0,60}")


def _asked_before(text: str, start: int) -> str | None:
    """"number?" where the line before asks for a phone number and the number opens its own
    line's message ("[07/05/2024, 06:00] Tsvetelina: (601) 2887764"), the identifier's word
    where it asks for another number ("what is the order number?"); "number" where the line
    before ends naming one ("and a callback number")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not _ANSWER_LEAD.fullmatch(text, line_start, start):
        return None
    previous = text.rfind("\n", 0, line_start - 1) + 1
    if _NAMED_LINE.search(text, previous, line_start - 1):
        return "number"  # "and a callback number" above "51257053"
    asked = _ASKED.search(text, previous, line_start - 1)
    if asked is None:
        return None
    word = (asked.group(1) or "").lower()
    return word if word in _ID_WORDS else "number?"  # "the order number?": an identifier


