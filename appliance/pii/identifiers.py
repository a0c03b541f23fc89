"""Account numbers, social security numbers, cards, IBANs and IP addresses.

* `AccountNumbers` (entity ACCOUNT_NUMBER): 6-17 digits (spaces or dashes between them) right
  after "account", "acct" or "a/c", with "number", "no.", "#", ":", "=", " - " or "is"
  between ("Acct # - 4403 33929482", the "Key - value" lines of forms), or filling a table
  cell whose column header says account. A bare digit run is not one.
* `ssn_after_keyword` (US_SSN): Presidio's recognizer, plus any of the usual formats, bare
  nine digits included, right after "SSN", "SS#" or "social security (number)", with ":",
  "=", " - ", ">" (`<ssn>`) or "is" between, or in a table column headed SSN (Presidio
  scores a bare nine-digit number 0.05, 0.4 with a context word). Presidio's validity rules
  apply (no 000/666 area, no 00 group, no 0000 serial, no sample numbers).
* `CreditCards`: Presidio's Luhn-validated recognizer with Mastercard's 2221-2720 range,
  13-19 digits, not inside a longer run of digit groups, not where the text says it is an
  account or a tracking number.
* `Ibans`: the country's length from the ISO 13616 registry and valid check digits, in any
  case, whatever word follows.
* `IpAddresses`: Presidio's, less four-part versions; an address right after "user@"
  (`ssh deploy@10.0.0.5`) is a login target, whatever word the user name is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import regex
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer, UsSsnRecognizer

from appliance.pii.columns import header_of, inserted_values, line_bounds, may_hold_cells
from appliance.pii.evidence import Filtered, OwnRecognizer, result
from appliance.pii.evidence import cue_words as _cue_words
from appliance.pii.evidence import digits as _digits
from appliance.pii.evidence import said_otherwise as _said_otherwise
from appliance.pii.phones import ID_WORDS

# "account number is", "acct #", "a/c no.", "checking account:", "account_number": ",
# "acc. no.", "bank acc 40817265", "AC No. 40817265", "<AccountNumber>40817265", "account nº",
# "account numbers", "Kontonummer", "número de cuenta", "numéro de compte", "rekeningnummer",
# "numero di conto"; since the thirty-third round the word alone in other languages ("Konto:",
# "Kto.", "Cuenta:", "Compte :", "Conto corrente n.", "Rekening:"), "accnt", an account's kind
# in brackets ("Account (checking):") and the names of national account numbers (Nigeria's
# NUBAN, Mexico's CLABE).
_ACCOUNT_LEAD = (
    r"(?<=(?:(?:account|acct|a/c)\.?(?:[ _-]?(?:numbers|number|num|nº|no|n0|nr|nbr)\b\.?)?"
    r"|(?<![a-z])acc\b\.?(?:[ _-]?(?:number|num|no|nr)\b\.?)?"
    r"|(?<![a-z])ac[ _-]?(?:number|no|nr)\b\.?"
    r"|kontonummer|konto[ -]?nr\.?|n[uú]mero[ \t]+de[ \t]+cuenta|num[ée]ro[ \t]+de[ \t]+compte"
    r"|rekeningnummer|numero[ \t]+di[ \t]+conto|n[uú]mero[ \t]+da[ \t]+conta"
    r"|nomor[ \t]+rekening|numer[ \t]+konta|hesap[ \t]+numaras[ıi]|kontonr\.?"
    r"|(?<![a-z])(?:konto|kto\.?|cuenta|compte|conto(?:[ \t]+corrente)?(?:[ \t]+n[.º°]?)?"
    r"|rekening|accnt|nuban|clabe)"
    r"|(?<![a-z])(?:bank[ \t]+)?account[ \t]*\((?:checking|savings|current|chequing)\))"
    r"[\s\"':=#(>—–,-]{0,6}(?:(?:is|was)[ \t]+)?(?:<[a-z]{1,6}>)?)"
)
# An account number's digits: 6 to 20 (a Russian account has 20), spaces or dashes between.
_DIGITS = r"\d(?:[ -]?\d){5,19}"
ACCOUNT_PATTERN = Pattern(
    "account number after the word account",
    _ACCOUNT_LEAD + _DIGITS + r"(?![\w-])",
    0.8,
)

_SSN_LEAD = (
    r"(?<=(?<![a-z])(?:ssn|ss\#|social[ \t_]+security(?:[ \t_]+(?:number|num|no\b\.?|\#))?"
    r"|(?:my|your|his|her|their)[ \t]+social)"
    r"[\s\"':=#(>-]{0,6}(?:is[ \t]+)?)"
)
SSN_PATTERN = Pattern(
    "social security number after the word SSN",
    _SSN_LEAD + r"\d{3}([- .]?)\d{2}\1\d{4}(?![\w-])",
    0.85,
)


# The `regex` module, as Presidio's pattern recognizers use: lookbehind of any length.
_ACCOUNT_AFTER_WORD = regex.compile(ACCOUNT_PATTERN.regex, regex.IGNORECASE)
_DIGIT_RUN = re.compile(r"(?<![\w.+/-])" + _DIGITS + r"(?![\w-])")
_ACCOUNT_HEADER = re.compile(r"(?i)account|acct|a/c")
_NOT_THE_NUMBER = re.compile(r"(?i)holder|name|type|owner|manager|status|mail|tier|plan")


def _account_header(header: str | None) -> bool:
    return bool(header and _ACCOUNT_HEADER.search(header) and not _NOT_THE_NUMBER.search(header))


# SQL that looks accounts up: "WHERE acct_no IN ('035392824079', '60-5600-4592085-67')",
# "account_number = '12345678'": each quoted number of the list is one.
_SQL_ACCOUNTS = re.compile(
    r"(?i)\b(?:account|acct|a/c)\w*[ \t]*(?:=|in[ \t]*\()[ \t]*(?P<list>'[\d -]+'(?:[ \t]*,[ \t]*'[\d -]+')*)"
)
_QUOTED_NUMBER = re.compile(r"'(" + _DIGITS + r")'")
# Two keys over two values: "Sort code / Account number: 20-45-17 / 421-9878-868" (the
# account number is the value in the account key's place, not the first after "number").
_PAIRED = re.compile(
    r"(?im)^[ \t]*(?P<k1>[A-Za-z][\w .#]{0,30}?)[ \t]*/[ \t]*(?P<k2>[A-Za-z][\w .#]{0,30}?)[ \t]*:"
    r"[ \t]*(?P<v1>\d[\d -]{0,20}?\d)[ \t]*/[ \t]*(?P<v2>\d[\d -]{0,20}?\d)[ \t]*$"
)
# A form's account field: <input name="acct" placeholder="Account number" value="04230272">.
_ACCOUNT_INPUT = re.compile(
    r"""(?i)<input\b[^<>]*?\b(?:name|id|placeholder|aria-label)=["'][^"'<>]*(?:acct|account)"""
    r"""[^"'<>]*["'][^<>]*?\bvalue=["'](?P<number>""" + _DIGITS + r""")["']"""
)
# A question for the account number, and a number alone as the next line's answer: "AGENT:
# And the account number?" then "CALLER: 8149580538.".
_ASKED_THEN_ANSWERED = re.compile(
    r"(?im)\b(?:account|acct|a/c)[ \t]*(?:number|num|no\.?|nr|#)?[ \t]*\?[ \t]*\n"
    r"[ \t]*(?:[^\W\d_][^\n:]{0,24}:[ \t]*)?(?:it['’]?s[ \t]+|sure,?[ \t]+|yes,?[ \t]+)?"
    r"(?P<number>" + _DIGITS + r")(?![\w-])(?:[ \t]*[.!]?[ \t]*$|[ \t]*,)"
)
# A bank account named a little before its number, in the same sentence: "Bank account for
# settlement: 001-667420", "the bank account number for payroll: you wrote 863-9159606-5",
# "your checking account ending in the number you gave me (4471-284742-46)".
_ACCOUNT_NAMED = re.compile(
    r"(?i)\b(?:bank[ \t]+account|account[ \t]+(?:number|no\.?|nr)|(?:checking|savings|current)"
    r"[ \t]+account|acct)\b"
)
_NEAR = 60
_ACCOUNT_OWN_WORDS = frozenset({"account", "acct", "number"})
# What may not stand between an account's name and its number: a digit, a sentence's end, a
# line break.
_NOT_BETWEEN = re.compile(r"\d|[.!?](?:\s|$)|\n")


def _named_before(
    text: str, start: int, named: re.Pattern[str], stops: re.Pattern[str], own: frozenset[str]
) -> bool:
    """Whether `named` matches at most _NEAR characters before `start`, with nothing that
    `stops` matches and no identifier's or phone's word but `own` between the last match
    and `start`: "Bank account for settlement: 001-667420"."""
    from appliance.pii.phones import cue_word_in

    window = text[max(0, start - _NEAR) : start]
    matches = list(named.finditer(window))
    if not matches:
        return False
    between = window[matches[-1].end() :]
    return not stops.search(between) and not cue_word_in(between, ignore=own)


# A sort code and an account number named together in prose, their values after: "Your new
# sort code and account number are 30-45-55 / 51022958" (the account number is the second).
_SORT_AND_ACCOUNT = re.compile(
    r"(?i)\bsort[ \t]+code[ \t]+and[ \t]+(?:bank[ \t]+)?account[ \t]+(?:number|no\.?)[ \t]*"
    r"(?:are|:|-)?[ \t]*(?P<sort>\d{2}[ -]?\d{2}[ -]?\d{2})[ \t]*(?:/|,|and)[ \t]*"
    r"(?P<number>" + _DIGITS + r")(?![\w-])"
)
# A UK sort code with eight digits beside it, on a line that speaks of a bank or a sort code:
# "Bank details: Barclays, 20-45-77, 40817265", "pay into 40817265 (sort code 20-45-77)".
_BESIDE_SORT_CODE = re.compile(
    r"(?i)(?<![\w-])\d{2}-\d{2}-\d{2}[ \t]*[,/;][ \t]*(?P<number>\d{8})(?![\w-])"
    r"|(?<![\w.+/-])(?P<before>\d{8})[ \t]*\((?:sort(?:[ \t]+code)?|s/c)[ \t:]*"
    r"\d{2}-\d{2}-\d{2}\)"
)
_BANK_LINE = re.compile(r"(?i)\bbank|\bsort\b|\bs/c\b")
# An advertising platform's account, no bank's: "Our ads account 381-874-4111".
_AD_ACCOUNT = re.compile(r"(?i)\b(?:ads?|advertising|adwords)[ \t]+account\b[^\n\d]{0,20}\Z")


class AccountNumbers(OwnRecognizer):
    """Bank account numbers where the text says so: right after "account (number)", "acct #",
    "a/c no.", "bank acc" (ACCOUNT_PATTERN; not an advertising platform's: "ads account";
    under two keys, the value in the account key's place: "Sort code / Account number: 20-45-17 /
    421-9878-868"), a little after a bank account is named in the same sentence ("Bank
    account for settlement: 001-667420"), a number alone answering a question for it on the
    line before ("AGENT: And the account number?" then "CALLER: 8149580538."), in a form's
    account input, eight digits beside a UK sort code on a line that speaks of a bank,
    in SQL that looks an account column up
    ("WHERE acct_no IN ('...', '...')"), or filling a table cell whose column header says
    account (`appliance.pii.columns`)."""

    ENTITY = "ACCOUNT_NUMBER"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        spans = {
            (m.start(), m.end()) for m in _ACCOUNT_AFTER_WORD.finditer(text)
            if not _AD_ACCOUNT.search(text, max(0, m.start() - 40), m.start())
        }
        if _ACCOUNT_NAMED.search(text):
            for m in _DIGIT_RUN.finditer(text):
                if not any(a <= m.start() < b for a, b in spans) and _named_before(
                    text, m.start(), _ACCOUNT_NAMED, _NOT_BETWEEN, _ACCOUNT_OWN_WORDS
                ):
                    spans.add(m.span())
        if "/" in text:
            for m in _PAIRED.finditer(text):
                keys = [_ACCOUNT_HEADER.search(m.group(k)) for k in ("k1", "k2")]
                if any(keys):
                    spans -= {m.span("v1"), m.span("v2")}
                    spans |= {m.span(v) for v, key in zip(("v1", "v2"), keys, strict=True) if key}
        if "?" in text:
            spans |= {m.span("number") for m in _ASKED_THEN_ANSWERED.finditer(text)}
        if "account" in text.lower():
            spans |= {m.span("number") for m in _NAMED_AFTER.finditer(text)}
            spans |= {m.span("number") for m in _FROM_ONE_TO_ANOTHER.finditer(text)}
        for m in _SORT_AND_ACCOUNT.finditer(text) if "sort" in text.lower() else ():
            spans = {sp for sp in spans if sp[0] != m.start("sort")} | {m.span("number")}
        for m in _BESIDE_SORT_CODE.finditer(text) if _BANK_LINE.search(text) else ():
            if _BANK_LINE.search(text, *line_bounds(text, m.start())):
                spans.add(m.span("number") if m.group("number") else m.span("before"))
        if "<input" in text.lower():
            spans |= {m.span("number") for m in _ACCOUNT_INPUT.finditer(text)}
        if "'" in text:
            for m in _SQL_ACCOUNTS.finditer(text):
                for n in _QUOTED_NUMBER.finditer(text, m.start("list"), m.end("list")):
                    spans.add(n.span(1))
        if may_hold_cells(text):
            for m in _DIGIT_RUN.finditer(text):
                if _account_header(header_of(text, m.start(), m.end())):
                    spans.add((m.start(), m.end()))
        for _, column, a, b in inserted_values(text):
            if _account_header(column) and _DIGIT_RUN.fullmatch(text, a, b):
                spans.add((a, b))  # INSERT INTO payroll (..., checking_account) VALUES (...)
        return [
            result(self, "ACCOUNT_NUMBER", start, end, ACCOUNT_PATTERN.score,
                   "digits the text calls an account number")
            for start, end in sorted(spans)
        ]


# A number the words right after it call an account number: "sending to 1974-249722? that's
# your account number right".
_NAMED_AFTER = re.compile(
    r"(?<![\w.+/-])(?P<number>" + _DIGITS + r")(?![\w-])[?.!,]?[ \t]*(?:[-–—(][ \t]*)?"
    r"(?i:that's|that is|is that|which is|it's|it is)[ \t]+(?i:your|my|his|her|their|our|the)"
    r"[ \t]+(?i:bank[ \t]+|checking[ \t]+|savings[ \t]+)?(?i:account|acct)\b"
)
# The second of two accounts money moves between: "moved from checking account 7663 3533 40
# to 0065802997".
_FROM_ONE_TO_ANOTHER = re.compile(
    r"(?i)\b(?:account|acct)\b[^\n\d]{0,12}" + _DIGITS + r"[ \t]+to[ \t]+"
    r"(?P<number>" + _DIGITS + r")(?![\w-])"
)
_SSN_RUN = re.compile(r"(?<![\w-])\d{3}([- .]?)\d{2}\1\d{4}(?![\w-])")
_SSN_HEADER = re.compile(r"(?i)(?:\A|[^a-z])(?:ssn|ss#|social[ _-]?security(?:[ _-]?(?:number|no))?)")


# A form's SSN field: <input name="ssn" value="512977387">.
_SSN_INPUT = re.compile(
    r"""(?i)<input\b[^<>]*?\b(?:name|id|placeholder|aria-label)=["'](?:[^"'<>]*[^a-z])?ssn"""
    r"""(?:[^a-z][^"'<>]*)?["'][^<>]*?\bvalue=["'](?P<number>[\d -]{9,11})["']"""
)


_SSN_NAMED = re.compile(r"(?i)\b(?:ssns?|social[ \t]+security(?:[ \t]+numbers?)?)\b")
_ALSO = re.compile(r"[ \t]*(?:,|or|and|/)[ \t]*", re.IGNORECASE)
_DIGIT_OR_LINE = re.compile(r"\d|\n")
# A found SSN corrected by the next: "... but the correct one is", "..., it should be".
_CORRECTED = re.compile(
    r"(?i)[^\d\n]{0,12}\b(?:the[ \t]+(?:correct|right|new|actual)[ \t]+(?:one|number|ssn)"
    r"[ \t]+is|(?:it|that)[ \t]+should[ \t]+be|should[ \t]+read|instead[ \t]+of[ \t]+that)"
    r"[ \t:]*"
)
_SSN_OWN_WORDS = frozenset({"ssn", "social", "number"})


def _ssn_named_before(text: str, start: int, found: set[tuple[int, int]]) -> bool:
    """Whether an SSN is named a little before `start` on its line, with no digit and no
    other identifier's or phone's word between ("your spouse's SSN. You sent yours as
    569867990"), or a found SSN and "or", "and" or a comma ("is ur ssn 725 55 9061 or
    378780319")."""
    if any(_ALSO.fullmatch(text, b, start) for a, b in found if b <= start):
        return True
    if any(b <= start and _CORRECTED.fullmatch(text, b, start) for a, b in found):
        return True  # "SSN 581798321 but the correct one is 027099268"
    return _named_before(text, start, _SSN_NAMED, _DIGIT_OR_LINE, _SSN_OWN_WORDS)


# A speaker's label, or nothing, before an answer on its line ("CALLER: 597582888.").
_ANSWER_OPENS = re.compile(r"[ \t]*(?:[A-Za-z][\w .'-]{0,24}:)?[ \t]*\Z")


def _ssn_asked_before(text: str, start: int, end: int) -> bool:
    """Whether the number is the whole answer on its line (after a speaker's label, if any)
    to a question on the line above that names the SSN ("May I have the Social Security
    number on the plan?" then "CALLER: 597582888.")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    if not _ANSWER_OPENS.fullmatch(text, line_start, start) or rest.strip(" \t.") or (
        line_start == 0
    ):
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1].rstrip()
    return above.endswith("?") and bool(_SSN_NAMED.search(above))


class SocialSecurityNumbers(UsSsnRecognizer):
    """Presidio's SSN recognizer with SSN_PATTERN (and its validity rules), and the numbers
    in a table column whose header says SSN ("Name,SSN,Plan" over "Ana Lima,511468354,B"),
    an SQL INSERT's `ssn` column or a form's SSN input (`<input name="ssn" value=...>`)."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        sure = {(r.start, r.end) for r in results if r.score >= SSN_PATTERN.score}
        found = []
        if may_hold_cells(text):
            for m in _SSN_RUN.finditer(text):
                header = header_of(text, m.start(), m.end())
                if header and _SSN_HEADER.search(header):
                    found.append((m.start(), m.end(), "in a column headed SSN"))
            for _, column, a, b in inserted_values(text):
                if _SSN_HEADER.search(column) and _SSN_RUN.fullmatch(text, a, b):
                    found.append((a, b, "in an SQL column named SSN"))
        lower = text.lower()
        if "ssn" in lower or "social security" in lower:
            for m in _SSN_RUN.finditer(text):
                if _ssn_named_before(text, m.start(), sure | {f[:2] for f in found}):
                    found.append((m.start(), m.end(), "a little after the word SSN"))
                elif _ssn_asked_before(text, m.start(), m.end()):
                    found.append((m.start(), m.end(), "the answer to a question for the SSN"))
        if "ssn" in lower:
            for m in _SSN_INPUT.finditer(text):
                if _SSN_RUN.fullmatch(m.group("number")):
                    found.append((m.start("number"), m.end("number"), "in a form's SSN input"))
        for start, end, where in found:
            if (start, end) in sure or self.invalidate_result(text[start:end]):
                continue
            sure.add((start, end))
            results.append(
                result(self, "US_SSN", start, end, SSN_PATTERN.score,
                       f"a social security number {where}")
            )
        return results


def ssn_after_keyword(supported_language: str = "en") -> Any:
    """Presidio's SSN recognizer with one more pattern (and its validity rules), and SSN
    columns."""
    return SocialSecurityNumbers(
        patterns=[*UsSsnRecognizer.PATTERNS, SSN_PATTERN],
        supported_language=supported_language,
        name="UsSsnRecognizerAfterKeyword",
    )


# ---- cards, IBANs and IP addresses: Presidio's checks, with the words around them --------


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
    r"(?:[- ]?\d{3,6}){2,3}(?:[- ]?\d{1,5})?(?![- ]?\d)",  # 19 digits: "4641 9698 5966 2216 766"
    0.3,
)
CARD_DIGITS = range(13, 20)


class CreditCards(Filtered):
    """Card numbers: Presidio's recognizer (Luhn-validated) with the pattern above, less the
    numbers the text says are something else (an account, a tracking number)."""

    def __init__(self, supported_language: str = "en") -> None:
        from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

        super().__init__(CreditCardRecognizer(
            patterns=[CARD_PATTERN], supported_language=supported_language
        ))

    def keep(self, text: str, found: RecognizerResult, entities: list[str]) -> bool:
        return len(_digits(text[found.start : found.end])) in CARD_DIGITS and not (
            _said_otherwise(text, found.start, _CARD_CUES, CARD_WORDS)
        )


IP_WORDS = frozenset({"ip", "ips", "address", "addr", "host", "server", "client", "src", "dst",
                      "from", "source", "remote", "peer", "gateway", "login", "logged", "blocked",
                      "banned", "firewall", "allowlist", "whitelist", "blacklist", "denylist",
                      "vpn", "proxy", "router", "dns", "ssh", "ping", "subnet", "origin",
                      "connected", "connection", "visitor", "device", "node", "wan", "lan"})
VERSION_WORDS = ("version", "ver", "build", "release", "firmware", "patch", "deploy",
                 "deployed", "tag", "rc", "v", "production", "staging", "upgrade", "upgraded",
                 "versions", "builds", "releases", "tags", "patches")
_IP_CUES = _cue_words(tuple(IP_WORDS) + VERSION_WORDS)
# A login name and "@" right before an address: ssh, scp, rsync, git remotes.
_USER_AT = re.compile(r"(?<![\w.@-])[a-z_][\w.-]{0,31}@$", re.IGNORECASE)


class IpAddresses(Filtered):
    """Presidio's IP recognizer, less four-part versions: after a version word ("build
    8.30.2.10"), or version-like with no address word on the line ("Falcon 7.17.6.58"),
    and less four numbers of a longer dotted run ("+46.70.149.92.24", a phone number).
    An address after "user@" is one whatever the user is called ("ssh deploy@10.0.0.5":
    the user name is no version word)."""

    def __init__(self, supported_language: str = "en") -> None:
        from presidio_analyzer.predefined_recognizers import IpRecognizer

        super().__init__(IpRecognizer(supported_language=supported_language))

    def keep(self, text: str, found: RecognizerResult, entities: list[str]) -> bool:
        value = text[found.start : found.end]
        if ":" in value and len([g for g in value.split(":") if g]) < 2:
            return False  # "digits[-1::-2]": a slice, not "1::"; "::1" is nobody's either
        if _HARDWARE_ADDRESS.fullmatch(value):
            return False  # "KeyError: '00:17:88:01:07:40:3e:e9'": a device's EUI-64 or MAC
        if value in NO_ONES_ADDRESSES:
            return False  # app.run(host="0.0.0.0"): every interface, nobody's address
        if text[found.start - 1 : found.start] == "+" or _MORE_DOTTED.match(text, found.end):
            return False  # "+46.70.149.92.24": a phone number written with dots
        if _USER_AT.search(text, max(0, found.start - 33), found.start):
            return True  # user@host: "ssh deploy@10.0.0.5" ("deploy" names the user)
        if _said_otherwise(text, found.start, _IP_CUES, IP_WORDS, window=40) and (
            _version_word_right_before(text, found.start) or _version_like(value)
        ):
            return False  # "build 10.4.2.1"; not "Your staging admin at 10.144.239.111"
        return not _version_like(text[found.start : found.end]) or _ip_word_near(text, found.start)


_MORE_DOTTED = re.compile(r"\.\d")
# A network card's or a radio's hardware address: six or eight pairs of hex digits between
# colons ("00:17:88:01:07:40:3e:e9"), which an IPv6 address writing every group as two digits
# could match too (since the thirty-second round).
_HARDWARE_ADDRESS = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}(?:(?::[0-9A-Fa-f]{2}){2})?")
# Addresses that name no host: "any interface" and the broadcast address.
NO_ONES_ADDRESSES = frozenset({"0.0.0.0", "255.255.255.255", "::"})


def _version_like(value: str) -> bool:
    """Four small numbers starting below 10 ("7.17.6.58", "4.18.2.1"): a version far more
    often than an address in a prompt (the public blocks 1-9.x belong to a few large networks;
    private ones are 10.x, 172.16-31.x, 192.168.x)."""
    parts = value.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) < 100 for p in parts) and int(
        parts[0]
    ) < 10


# What may stand between a version word and its number: "build 8.30.2.10", "tag: v10.2.0.1",
# "/builds/10.3.28.248".
_TO_THE_NUMBER = re.compile(r"[\s\"'#:=()/v-]{0,4}\Z")


def _version_word_right_before(text: str, start: int) -> bool:
    """Whether a version word stands right before text[start:], with at most a separator
    between ("release 12.4.1.3"); one further off names the place the address serves
    ("staging admin at 10.144.239.111") or a variable ("v6 := net.ParseIP(...)")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = list(_IP_CUES.finditer(text, max(line_start, start - 40), start))
    return bool(before) and _TO_THE_NUMBER.fullmatch(text, before[-1].end(), start) is not None


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


class Ibans(OwnRecognizer):
    ENTITY = "IBAN_CODE"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return [
            result(self, "IBAN_CODE", start, end, 1.0, "IBAN with valid check digits")
            for start, end in iban_spans(text)
        ]


# Top-level domains that no registry lists but that mail is sent to: the reserved ones of
# RFC 2606 and RFC 6761 ("@metrolink-transit.example") and companies' internal ones.
UNLISTED_TLDS = frozenset({
    "example", "test", "invalid", "localhost", "local", "internal", "intranet", "corp",
    "lan", "home", "private", "localdomain",
})  # fmt: skip


class EmailAddresses(EmailRecognizer):
    """Presidio's e-mail recognizer, which keeps an address only where its top-level domain
    is a registered one (`tldextract`), and also where it is one of UNLISTED_TLDS: test
    data and internal mail ("ana@corp.local") are somebody's addresses too."""

    def validate_result(self, pattern_text: str) -> bool:
        if super().validate_result(pattern_text):
            return True
        return pattern_text.rsplit(".", 1)[-1].lower() in UNLISTED_TLDS
