"""The appliance's own recognizers, added to Presidio's predefined ones by `build_engine`.

Each one is a Presidio recognizer (a `LocalRecognizer` or a `PatternRecognizer`); what they
add is evidence Presidio's defaults do not weigh.

Phone numbers (`PhoneNumbers`, replacing Presidio's `PhoneRecognizer`). Presidio scans the
text once per region with phonenumbers' matcher (8 regions, about 1.4 ms each for a
100-word text) and scores every valid number 0.4, so at the default threshold of 0.5 only a
number with a context word nearby is masked. Here:

* candidates are runs of digits with the separators people write (spaces, `-`, `.`, `/`,
  brackets, a leading `+` or `00`) that do not touch a word, an amount, a path or a version;
  a run that is not one number as a whole is tried in parts (a list of numbers);
* each is checked with phonenumbers (`is_valid_number`): one written with `+` or `00` for
  its country code; others for each of `REGIONS` in turn;
* the score says how sure the format alone is: 0.7 for a valid number with its country code;
  0.6 for a valid national number written in groups that the country's own format uses
  ("020 7946 0958", "(212) 555-0142", "98765 43210"); 0.4 otherwise (bare digits, odd
  groups), which needs a context word;
* context, read in the text itself: the nearest cue word before the number (up to 48
  characters back), or one just after it, decides. A phone word ("phone", "mobile", "call",
  "tel", "whatsapp", "fax", "contact", "reach" ...) adds 0.35; an identifier word ("order",
  "invoice", "tracking", "ref", "serial", "account", "isbn" ...) drops a national number
  (a number with its country code stays);
* dates, IPv4 addresses and Luhn-valid card numbers are not candidates.

Account numbers (`account_numbers`, entity ACCOUNT_NUMBER): 6-17 digits (spaces or dashes
between them) right after "account", "acct" or "a/c", with "number", "no.", "#", ":" or "is"
between. Only where the text says it is an account number: a bare digit run is not one.

Social security numbers (`ssn_after_keyword`, US_SSN): any of the usual formats, bare nine
digits included, right after "SSN", "SS#" or "social security (number)". Presidio's own
recognizer scores a bare nine-digit number 0.05 (0.4 with a context word). The same
validity rules as Presidio's apply (no 000/666 area, no 00 group, no 0000 serial, no sample
numbers).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from typing import Any

import phonenumbers
from presidio_analyzer import (
    AnalysisExplanation,
    LocalRecognizer,
    Pattern,
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import UsSsnRecognizer

# National numbers are tried for these regions, in this order (a number valid in several
# is scored by the first in which its written groups match the official format).
REGIONS = (
    "US", "GB", "DE", "FR", "IN", "AU", "ES", "IT", "NL", "BR", "IE", "MX", "JP", "SG",
    "CH", "AT", "BE", "PL", "SE", "PT", "DK", "NO", "FI", "NZ", "ZA", "IL", "CN", "KR",
)  # fmt: skip

# Where people write a national number without its trunk "0" (Indian mobiles, Brazilian and
# Chinese numbers): elsewhere a national number must start with the region's trunk prefix, as
# it does when written nationally (so "20240315" is no German number).
TRUNK_OPTIONAL = frozenset({"IN", "BR", "CN"})

SCORE_INTERNATIONAL = 0.7
SCORE_NATIONAL_GROUPED = 0.6
SCORE_NATIONAL_TRUNK = 0.5
SCORE_NATIONAL = 0.4
CONTEXT_BOOST = 0.35

PHONE_WORDS = (
    "phone", "phones", "telephone", "tel", "tele", "mobile", "mob", "cell", "cellphone",
    "call", "calls", "called", "calling", "ring", "dial", "text", "sms", "whatsapp",
    "signal", "fax", "contact", "reach", "reached", "landline", "hotline", "helpline", "ph",
    "msisdn", "caller", "home", "work", "office",
)  # fmt: skip
ID_WORDS = (
    "order", "orders", "invoice", "inv", "ticket", "case", "tracking", "track", "parcel",
    "shipment", "ref", "reference", "serial", "sn", "sku", "part", "isbn", "issn", "account",
    "acct", "iban", "routing", "sort", "id", "uid", "pid", "po", "receipt", "transaction",
    "txn", "confirmation", "booking", "reservation", "policy", "claim", "version", "build",
    "timestamp", "epoch", "port", "pin", "otp", "zip", "postcode", "batch", "lot", "sku",
    "model", "item", "job", "request", "req", "container", "row", "rows", "total", "sum",
)  # fmt: skip

# A run of digits and the separators people put in phone numbers. It must not touch a word
# character, an amount, an address, a path or a decimal/version dot on either side.
_RUN = re.compile(
    r"(?<![\w@$€£¥#/\\.+-])"
    r"(?:\+|00)?[ \t]?\(?\d[\d \t().\-/\u00a0]*\d\)?"
    r"(?![\w@%$€£¥]|\.\d)"
)
_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "number" alone is no cue ("order number", "the number 2125550142"); these phrases are.
PHONE_PHRASES = (
    r"(?:my|your|his|her|their|our|new|direct|contact|home|work|office|main)[ \t]+number",
    r"main[ \t]+line", r"direct[ \t]+line", r"reach(?:ed|able)?[ \t]+(?:at|on)",
)  # fmt: skip
_CUE = re.compile(
    r"(?<![a-z])("
    + "|".join([*PHONE_PHRASES, *sorted(set(PHONE_WORDS + ID_WORDS), key=len, reverse=True)])
    + r")(?![a-z])",
    re.IGNORECASE,
)
_PHONE_WORDS = frozenset(PHONE_WORDS)
_ID_WORDS = frozenset(ID_WORDS) - _PHONE_WORDS
CONTEXT_BEFORE = 48
ID_CONTEXT_BEFORE = 24  # an identifier word counts only this close: "Order #: 4829105732"
CONTEXT_AFTER = 24
MIN_DIGITS = 7
MAX_DIGITS = 15


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


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
    prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
    if prefix != "0" or region in TRUNK_OPTIONAL:
        return True
    return digits.startswith("0")


def _not_a_phone(candidate: str) -> bool:
    """A date (or a date and a time), an IPv4 address or a card number (Luhn-valid, 13-19
    digits, not written with a "+" or "00" in front as a number with its country code is)."""
    text = candidate.strip()
    date = _DATE.match(text)
    if date and (date.end() == len(text) or _YEAR.search(date.group())):
        return True
    try:
        ipaddress.IPv4Address(text)
        return True
    except ValueError:
        pass
    digits = _digits(text)
    international = text.startswith("+") or text.startswith("00")
    return not international and 13 <= len(digits) <= 19 and _luhn_ok(digits)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def phone_score(candidate: str) -> tuple[float, str] | None:
    """The score of `candidate` as written, from its format alone, and the region it is
    valid for; None if it is no valid phone number."""
    text = candidate.strip().replace("(0)", "")
    digits = _digits(text)
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS + 2 or _not_a_phone(candidate):
        return None
    if text.startswith("+") or text.startswith("00"):
        international = "+" + text[2:].lstrip() if text.startswith("00") else text
        try:
            number = phonenumbers.parse(international, None)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        region = phonenumbers.region_code_for_number(number) or "ZZ"
        return SCORE_INTERNATIONAL, region
    first_valid: str | None = None
    for region in REGIONS:
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
    if first_valid is None:
        return None
    if digits.startswith("0") and first_valid not in TRUNK_OPTIONAL and first_valid != "US":
        # Written with its trunk 0 and valid as a whole national number: few identifiers
        # start with a 0 and are valid phone numbers too.
        return SCORE_NATIONAL_TRUNK, first_valid
    return SCORE_NATIONAL, first_valid


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


def phone_candidates(text: str) -> Iterator[tuple[int, int, float, str]]:
    """(start, end, score from the format, region) for each phone number in `text`, by
    format alone (no context)."""
    for m in _RUN.finditer(text):
        run = m.group()
        if len(_digits(run)) < MIN_DIGITS or _not_a_phone(run):
            continue
        taken: list[tuple[int, int]] = []
        for start, end in _parts(run, m.start()):
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
            found = phone_score(text[start:end])
            if found is not None:
                taken.append((start, end))
                yield start, end, found[0], found[1]


def _is_phone_cue(cue: str | None) -> bool:
    return cue is not None and cue not in _ID_WORDS


def context_cue(text: str, start: int, end: int) -> str | None:
    """The cue word that decides the context of text[start:end]: the nearest one before it
    on its line (a phone word at most CONTEXT_BEFORE characters back, an identifier word at
    most ID_CONTEXT_BEFORE), else the first just after it on
    its line (at most CONTEXT_AFTER characters on); lower-cased, or None. One line only: in
    a table, the header above names another column as often as this one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = list(_CUE.finditer(text, max(line_start, start - CONTEXT_BEFORE), start))
    for cue in reversed(before):
        word = cue.group(1).lower()
        if _is_phone_cue(word) or start - cue.end() <= ID_CONTEXT_BEFORE:
            return word
    after = _CUE.search(text, end, min(line_end, end + CONTEXT_AFTER))
    return after.group(1).lower() if after and _is_phone_cue(after.group(1).lower()) else None


def _header_cue(text: str, start: int, end: int) -> str | None:
    """The cue word in the header of the table column text[start:end] fills, if any."""
    from appliance.pii.columns import header_of

    header = header_of(text, start, end)
    found = _CUE.search(header.replace("_", " ")) if header else None
    return found.group(1).lower() if found else None


class PhoneNumbers(LocalRecognizer):
    """Phone numbers of many countries, scored by format and by the words around them."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["PHONE_NUMBER"],
            supported_language=supported_language,
            name="PhoneNumbers",
            context=[],
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        results = []
        for start, end, score, region in phone_candidates(text):
            cue = context_cue(text, start, end)
            if cue is None and ("|" in text or "," in text or "\t" in text):
                cue = _header_cue(text, start, end)
            why = f"valid {region} phone number"
            if _is_phone_cue(cue):
                score = min(1.0, score + CONTEXT_BOOST)
                why += f", after {cue!r}"
            elif cue is not None and score < SCORE_INTERNATIONAL:
                continue  # an order, ticket or account number that looks like a phone
            results.append(
                RecognizerResult(
                    "PHONE_NUMBER",
                    start,
                    end,
                    score,
                    analysis_explanation=AnalysisExplanation(
                        recognizer=self.name, original_score=score, textual_explanation=why
                    ),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        # The context is read here; Presidio's enhancer must not add more.
                        RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                    },
                )
            )
        return results


# "account number is", "acct #", "a/c no.", "checking account:", "account_number": "
_ACCOUNT_LEAD = (
    r"(?<=(?:account|acct|a/c)\.?"
    r"(?:[ _-]?(?:number|num|no|nr|nbr)\b\.?)?"
    r"[\s\"':=#(]{0,4}(?:is[ \t]+)?)"
)
ACCOUNT_PATTERN = Pattern(
    "account number after the word account",
    _ACCOUNT_LEAD + r"\d(?:[ -]?\d){5,16}(?![\w-])",
    0.8,
)

_SSN_LEAD = (
    r"(?<=\b(?:ssn|ss\#|social[ \t]+security(?:[ \t]+(?:number|no\b\.?|\#))?)"
    r"[\s\"':=#(]{0,4}(?:is[ \t]+)?)"
)
SSN_PATTERN = Pattern(
    "social security number after the word SSN",
    _SSN_LEAD + r"\d{3}([- .]?)\d{2}\1\d{4}(?![\w-])",
    0.85,
)


_ACCOUNT_AFTER_WORD = None  # compiled on first use (the `regex` module: lookbehind of any length)
_DIGIT_RUN = re.compile(r"(?<![\w.+/-])\d(?:[ -]?\d){5,16}(?![\w-])")
_ACCOUNT_HEADER = re.compile(r"(?i)account|acct|a/c")
_NOT_THE_NUMBER = re.compile(r"(?i)holder|name|type|owner|manager|status|mail|tier|plan")


def _account_header(header: str | None) -> bool:
    return bool(header and _ACCOUNT_HEADER.search(header) and not _NOT_THE_NUMBER.search(header))


class AccountNumbers(LocalRecognizer):
    """Bank account numbers where the text says so: right after "account (number)", "acct #",
    "a/c no." (ACCOUNT_PATTERN), or filling a table cell whose column header says account
    (`appliance.pii.columns`)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["ACCOUNT_NUMBER"],
            supported_language=supported_language,
            name="AccountNumbers",
            context=[],
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        global _ACCOUNT_AFTER_WORD
        import regex

        from appliance.pii.columns import header_of

        if _ACCOUNT_AFTER_WORD is None:
            _ACCOUNT_AFTER_WORD = regex.compile(ACCOUNT_PATTERN.regex, regex.IGNORECASE)
        spans = {(m.start(), m.end()) for m in _ACCOUNT_AFTER_WORD.finditer(text)}
        if "|" in text or "," in text or "\t" in text or ";" in text:
            for m in _DIGIT_RUN.finditer(text):
                if _account_header(header_of(text, m.start(), m.end())):
                    spans.add((m.start(), m.end()))
        return [
            RecognizerResult(
                "ACCOUNT_NUMBER", start, end, ACCOUNT_PATTERN.score,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name, original_score=ACCOUNT_PATTERN.score,
                    textual_explanation="digits the text calls an account number",
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                },
            )
            for start, end in sorted(spans)
        ]


def ssn_after_keyword(supported_language: str = "en") -> Any:
    """Presidio's SSN recognizer with one more pattern (and its validity rules)."""
    return UsSsnRecognizer(
        patterns=[*UsSsnRecognizer.PATTERNS, SSN_PATTERN],
        supported_language=supported_language,
        name="UsSsnRecognizerAfterKeyword",
    )


# ---- cards, IBANs and IP addresses: Presidio's checks, with the words around them --------


def _cue_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![a-z])(" + "|".join(sorted(set(words), key=len, reverse=True)) + r")(?![a-z])",
        re.IGNORECASE,
    )


def _said_otherwise(
    text: str, start: int, cues: re.Pattern[str], own: frozenset[str], window: int = 24
) -> bool:
    """Whether the nearest cue word before text[start:] on its line, within `window`
    characters, is another thing's word ("tracking number 5594 7019 ...") rather than one
    of `own` ("card 5594 ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = list(cues.finditer(text, max(line_start, start - window), start))
    return bool(before) and before[-1].group(1).lower() not in own


def _as_mine(recognizer: LocalRecognizer, results: list[RecognizerResult]) -> list[Any]:
    """Results of a wrapped Presidio recognizer, named after the wrapper (the engine looks
    recognizers up by these to apply context words)."""
    for r in results:
        r.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] = recognizer.name
        r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = recognizer.id
    return results


CARD_WORDS = frozenset({
    "card", "cards", "credit", "debit", "visa", "mastercard", "amex", "discover", "cc", "pan",
    "payment", "charge", "charged", "cardholder",
})  # fmt: skip
_CARD_CUES = _cue_words(tuple(CARD_WORDS) + ID_WORDS)
# Presidio's card pattern, with Mastercard's 2221-2720 range, and not inside a longer run of
# digit groups (an IBAN's or a tracking number's digits).
CARD_PATTERN = Pattern(
    "card number",
    r"(?<![\w+])(?<![\d+][ -])(?<![A-Za-z]{2}\d\d )"
    r"(?:4\d{3}|5[0-5]\d{2}|2[2-7]\d{2}|6\d{3}|1\d{3}|3\d{3})"
    r"(?:[- ]?\d{3,6}){2}(?:[- ]?\d{1,5})?(?![- ]?\d)",
    0.3,
)
CARD_DIGITS = range(13, 20)


class CreditCards(LocalRecognizer):
    """Card numbers: Presidio's recognizer (Luhn-validated) with the pattern above, less the
    numbers the text says are something else (an account, a tracking number)."""

    def __init__(self, supported_language: str = "en") -> None:
        from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

        self._cards = CreditCardRecognizer(
            patterns=[CARD_PATTERN], supported_language=supported_language
        )
        super().__init__(
            supported_entities=["CREDIT_CARD"],
            supported_language=supported_language,
            name="CreditCards",
            context=list(self._cards.context),
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return _as_mine(self, [
            r
            for r in self._cards.analyze(text, entities, nlp_artifacts)
            if len(_digits(text[r.start : r.end])) in CARD_DIGITS
            and not _said_otherwise(text, r.start, _CARD_CUES, CARD_WORDS)
        ])


IP_WORDS = frozenset({"ip", "ips", "address", "addr", "host", "server", "client", "src", "dst",
                      "from", "source", "remote", "peer", "gateway"})
VERSION_WORDS = ("version", "ver", "build", "release", "firmware", "patch", "deploy",
                 "deployed", "tag", "rc", "v", "production", "staging", "upgrade", "upgraded")
_IP_CUES = _cue_words(tuple(IP_WORDS) + VERSION_WORDS)


class IpAddresses(LocalRecognizer):
    """Presidio's IP recognizer, less four-part versions: after a version word ("build
    8.30.2.10"), or version-like with no address word on the line ("Falcon 7.17.6.58")."""

    def __init__(self, supported_language: str = "en") -> None:
        from presidio_analyzer.predefined_recognizers import IpRecognizer

        self._ips = IpRecognizer(supported_language=supported_language)
        super().__init__(
            supported_entities=["IP_ADDRESS"],
            supported_language=supported_language,
            name="IpAddresses",
            context=list(self._ips.context),
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return _as_mine(self, [
            r
            for r in self._ips.analyze(text, entities, nlp_artifacts)
            if not _said_otherwise(text, r.start, _IP_CUES, IP_WORDS, window=40)
            and not (_version_like(text[r.start : r.end]) and not _ip_word_near(text, r.start))
        ])


def _version_like(value: str) -> bool:
    """Four small numbers starting below 10 ("7.17.6.58", "4.18.2.1"): a version far more
    often than an address in a prompt (the public blocks 1-9.x belong to a few large networks;
    private ones are 10.x, 172.16-31.x, 192.168.x)."""
    parts = value.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) < 100 for p in parts) and int(
        parts[0]
    ) < 10


def _ip_word_near(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return any(m.group(1).lower() in IP_WORDS for m in _IP_CUES.finditer(text, line_start, start))


_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}")
_IBAN_CHAR = re.compile(r"[A-Za-z0-9]")
# IBAN lengths by country, from the ISO 13616 registry.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


def _iban_ok(compact: str) -> bool:
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def iban_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each IBAN: a country code and check digits, then as many letters and
    digits as the country's IBANs have (single spaces or dashes between them allowed, any
    case), ending where a word would, with valid check digits (ISO 7064 mod 97-10). A word
    after it does not spoil it ("... 8555 approved")."""
    for m in _IBAN_START.finditer(text):
        length = IBAN_LENGTHS.get(m.group()[:2].upper())
        if length is None:
            continue
        end = m.start()
        count = 0
        while end < len(text) and count < length:
            if _IBAN_CHAR.match(text, end):
                count += 1
                end += 1
            elif text[end] in " -" and end + 1 < len(text) and _IBAN_CHAR.match(text, end + 1):
                end += 1
            else:
                break
        if count < length or (end < len(text) and _IBAN_CHAR.match(text, end)):
            continue  # too short, or inside a longer word
        compact = "".join(ch for ch in text[m.start() : end] if ch.isalnum()).upper()
        if _iban_ok(compact):
            yield m.start(), end


class Ibans(LocalRecognizer):
    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["IBAN_CODE"],
            supported_language=supported_language,
            name="Ibans",
            context=[],
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                "IBAN_CODE", start, end, 1.0,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name, original_score=1.0,
                    textual_explanation="IBAN with valid check digits",
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                },
            )
            for start, end in iban_spans(text)
        ]


# ---- names where the text says they are names -------------------------------------------

# Keys and column headers whose values are people's names (the last one or two words of a key
# are matched: "upsert contact name", "Contact person").
PERSON_KEYS = (
    r"(?:(?:full|first|last|given|family|middle|display|contact|customer|client|employee"
    r"|guest|patient|passenger|account|card|user|holder|sender|recipient|person|legal"
    r"|maiden|your|my|his|her)[ _-]?)?name",
    "surname", "customer", "client", "employee", "guest", "patient", "passenger", "holder",
    r"account[ _-]?holder", r"card[ _-]?holder", "contact", r"contact[ _-]?person", "caller",
    "driver", "recipient", "sender", "applicant", "student", "owner", "assignee", "reporter",
    "requester", "tenant", "member", "attendee", "signatory", "beneficiary", "person",
    "manager", "agent", "payee", "traveller", "traveler", "visitor", "candidate", "author",
    "employee", "staff", "colleague", "buyer", "seller", "courier", "technician", "doctor",
    "nurse", "physician", "lawyer", "landlord", "spouse", "partner", "child", "parent",
    "guardian", "emergency[ _-]?contact", "next[ _-]?of[ _-]?kin", "to", "from", "cc",
    "attn", "signed", "approver", "approved[ _-]?by", "assigned[ _-]?to", "requested[ _-]?by",
)  # fmt: skip
_PERSON_KEY = re.compile(r"(?i)(?:" + "|".join(PERSON_KEYS) + r")s?")
_KEY_WORDS = re.compile(r"[A-Za-z]+")


def _names_a_person(key: str) -> bool:
    """Whether a key or column header says its value is a person's name: its last word, or
    its last two words, are one of PERSON_KEYS ("customer_name", "Contact person"), and it is
    no contact *detail* ("contact email", "contact phone")."""
    words = _KEY_WORDS.findall(key.replace("_", " "))
    # camelCase: "customerName" is "customer Name"
    words = [w for word in words for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", word)]
    if not words or len(words) > 4:
        return False
    if words[-1].lower() == "name" and len(words) > 1:  # "customer name", not "product name"
        return bool(_PERSON_KEY.fullmatch(" ".join(words[-2:])))
    return any(_PERSON_KEY.fullmatch(" ".join(words[-n:])) for n in (1, 2) if n <= len(words))


# A word of a name: letters, with ' or - inside ("O'Connor", "Anne-Marie"), or an initial.
_NAME_TOKEN = r"(?:[^\W\d_]\.|[^\W\d_]+(?:['’-][^\W\d_]+)*)"
_CAP_TOKEN = rf"(?=[A-Z]){_NAME_TOKEN}"
_NAME = re.compile(rf"{_NAME_TOKEN}(?:,? {_NAME_TOKEN}){{0,3}}")
# "key": "value", key: 'value', key = value, Key:<tab>value, Key - value; the key is group 1,
# the value 2.
_FIELD = re.compile(
    r"""(?im)(?<![\w-])["']?([A-Za-z][A-Za-z _-]{0,30}?)["']?"""
    r"""(?:[ \t]*[:=][ \t]*|[ \t]+-[ \t]+)["']?"""
    r"""([^"'\n,{}\[\];|=]+?(?:, [^"'\n,{}\[\];|=]+?)?)["']?[ \t]*(?=$|[,}\]\n;|]|["'])"""
)
SIGN_OFFS = (
    "thanks", "thank you", "many thanks", "regards", "best regards", "kind regards",
    "warm regards", "best", "all the best", "cheers", "sincerely", "yours sincerely",
    "yours truly", "yours", "best wishes", "warm wishes", "warmly", "take care", "talk soon",
    "with thanks", "love", "respectfully",
)  # fmt: skip
GREETINGS = ("dear", "hi", "hello", "hey", "hiya", "good morning", "good afternoon",
             "good evening", "morning", "greetings")
# Words right before a name in prose: "approved by Mairead", "Contact Rohan on ...".
NAME_CUES = (
    "approved by", "signed by", "sent by", "reviewed by", "requested by", "assigned to",
    "handled by", "written by", "referred by", "contact", "call", "ask for", "ask",
    "speak to", "spoke to", "spoke with", "talk to",
    "holder", "under the name", "on behalf of", "attn", "attention",
    "customer", "client", "patient", "driver", "employee", "colleague", "agent", "caller",
    "guest", "passenger", "tenant", "applicant", "candidate",
)  # fmt: skip
_NAME_AFTER = re.compile(
    rf"(?i:\bmy name is|\bmy name's)[ \t]+({_NAME_TOKEN}(?: {_NAME_TOKEN})?)"
    rf"|(?i:\bi am|\bi'm|\bthis is|\bit's|\bit is)[ \t]+({_CAP_TOKEN}(?: {_CAP_TOKEN})?)"
    rf"(?=[ \t]*[,.;!\n]|[ \t]+(?:from|at|and|here)\b)"
    rf"|(?i:\b(?:{'|'.join(GREETINGS)}))[ \t]+({_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,2}})(?=[,:\n])"
    rf"|(?i:\b(?:{'|'.join(sorted(SIGN_OFFS, key=len, reverse=True))})),?[ \t]*\n"
    rf"[ \t]*({_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,3}})[ \t]*(?=$|\n|\||,)"
    rf"|(?i:\b(?:{'|'.join(sorted(NAME_CUES, key=len, reverse=True))}))[ \t]+"
    rf"({_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,3}})(?=[ \t]*(?:[,.;:!?)(\n]|$|[ \t]+(?:on|at|via|about|and|or|to|for|gave|said|wants|is|was|has|from)\b))"
    rf"|\A({_CAP_TOKEN}(?: {_CAP_TOKEN})?),[ \t]*\n",
    re.MULTILINE,
)
# Words that follow those cues without being names ("I am sorry", "Hi team").
NOT_NAMES = frozenset({
    "a", "an", "the", "not", "sorry", "happy", "glad", "writing", "looking", "trying", "going",
    "here", "there", "all", "team", "everyone", "folks", "guys", "again", "sure", "unable",
    "interested", "afraid", "new", "still", "just", "also", "so", "very", "really", "now",
    "true", "false", "null", "none", "unknown", "n/a", "na", "tbd", "yes", "no", "ok",
    "support", "customer", "admin", "user", "test", "example", "sir", "madam", "operations",
    "sales", "billing", "accounts", "finance", "management", "hr", "it", "legal", "service",
    "services", "desk", "office", "helpdesk", "dev", "ops", "me", "you", "him", "her", "them",
    "us", "we", "they", "i", "my", "your", "our", "their", "his", "its", "this", "that",
    "these", "those", "back", "today", "tomorrow", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december",
    "please", "thanks", "thank", "regards", "best", "dear", "hello", "hi", "order", "invoice",
    "account", "card", "project", "product", "number", "email", "phone", "mobile", "address",
    "ticket", "request", "api", "app", "server", "client", "manager", "director", "lead",
    "head", "engineer", "department", "company", "inc", "ltd", "llc", "gmbh", "corp", "bank",
    "street", "avenue", "road", "lane", "sent", "from", "iphone", "android", "and", "or",
    "mr", "mrs", "ms", "dr", "prof", "morning", "afternoon", "evening", "night", "tonight",
})  # fmt: skip


def _name_like(value: str, capitalised: bool) -> bool:
    """One to four words of letters (with ' . - inside), no word a common non-name word;
    `capitalised`: some word starts with a capital (lower-case names are accepted only where
    the cue is strong)."""
    if not _NAME.fullmatch(value):
        return False
    words = value.replace(",", " ").split()
    if any(w.lower().strip(".") in NOT_NAMES for w in words):
        return False
    return not capitalised or any(w[0].isupper() for w in words)


def _cells(line: str) -> Iterator[re.Match[str]]:
    delimiter = "|" if "|" in line else "\t" if "\t" in line else ";" if ";" in line else ","
    return re.finditer(rf'[^{re.escape(delimiter)}"]+', line)


def person_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of names that a key, a column header or a phrase says are names."""
    from appliance.pii.columns import header_of

    for m in _FIELD.finditer(text):
        key, value = m.group(1).strip(), m.group(2).strip().rstrip(".!?")
        if _names_a_person(key) and _name_like(value, capitalised=len(value.split()) < 2):
            start = m.start(2) + m.group(2).index(value)
            yield start, start + len(value)
    for m in _NAME_AFTER.finditer(text):
        group = next(g for g in range(1, 7) if m.group(g))
        value = m.group(group)
        if _name_like(value, capitalised=group != 1):
            yield m.start(group), m.end(group)
    if "|" in text or "," in text or "\t" in text or ";" in text:
        for line in re.finditer(r"[^\n]+", text):
            for cell in _cells(line.group()):
                value = cell.group().strip()
                if not value or not _name_like(value, capitalised=False):
                    continue
                start = line.start() + cell.start() + cell.group().index(value)
                header = header_of(text, start, start + len(value))
                if header and _names_a_person(header):
                    yield start, start + len(value)


class PersonFields(LocalRecognizer):
    """Names where the text says they are: a value under a key or column that names a
    person ("customer_name": "...", Name: ..., a "Full name" column), after "my name is",
    "Dear", "Hi", or on the line after a sign-off ("Regards,"). The NER model misses many
    of these (forms, tables, JSON, lower-case names)."""

    SCORE = 0.7

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            supported_language=supported_language,
            name="PersonFields",
            context=[],
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                "PERSON", start, end, self.SCORE,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name, original_score=self.SCORE,
                    textual_explanation="a name where the text says there is one",
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                },
            )
            for start, end in sorted(set(person_spans(text)))
        ]


class PlausibleNames(LocalRecognizer):
    """The NER model's recognizer, less what cannot be a name or a place (`accept(value,
    entity)` is false: code, identifiers with digits, all lower case)."""

    def __init__(self, ner: Any, accept: Any) -> None:
        self._ner = ner
        self._accept = accept
        super().__init__(
            supported_entities=list(ner.supported_entities),
            supported_language=ner.supported_language,
            name="PlausibleNames",
            context=list(ner.context or []),
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        out = []
        for r in self._ner.analyze(text, entities, nlp_artifacts):
            value = text[r.start : r.end]
            if r.entity_type == "PERSON" and _street(text, r.start, value):
                if "LOCATION" not in entities:
                    continue
                r.entity_type = "LOCATION"  # "Willow Close", "avenue Jean Jaurès"
            if self._accept(value, r.entity_type):
                out.append(r)
        return _as_mine(self, out)


STREET_WORDS = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
    "court", "ct", "place", "pl", "way", "boulevard", "blvd", "crescent", "terrace", "square",
    "gardens", "grove", "row", "walk", "mews", "hill", "parkway", "highway",
})  # fmt: skip
_STREET_BEFORE = re.compile(
    r"(?i)(?:\b(?:rue|avenue|av\.|boulevard|bd|via|viale|calle|avenida|rua|plaza|piazza"
    r"|chemin|allée|place|straße|strasse)|\d+[a-z]?)[ \t]+$"
)


def _street(text: str, start: int, value: str) -> bool:
    """A street the NER model took for a person: its last word is a street type ("Willow
    Close"), or a street word or a house number comes right before it ("rue des Lilas",
    "avenue Jean Jaurès", "50 Larkspur"), or it is one word ending in straße."""
    words = value.split()
    if words[-1].lower().strip(".") in STREET_WORDS:
        return True
    if len(words) == 1 and words[0].lower().endswith(("straße", "strasse", "weg", "gasse")):
        return True
    return bool(_STREET_BEFORE.search(text, max(0, start - 12), start))
