"""Names: where the text says there is one, and the NER model's findings checked.

* `PersonFields`: a value under a key or column that names a person ("customer_name",
  "Name:", a "Full name" column, "Contact person - ..."), after "my name is", a greeting, "I
  am"/"this is" before a capitalised name, a word that introduces a person ("approved by",
  "contact", "driver"), and the line after a sign-off ("Regards,").
* `PlausibleNames`: the NER model's recognizer, less findings that cannot be a name or a
  place, and with the streets it takes for people made places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from presidio_analyzer import RecognizerResult

from appliance.pii.evidence import Filtered, OwnRecognizer, result

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
    r"""([^"'\n{}\[\];|=:<>]+)["']?[ \t]*(?=$|[,}\]\n;|<]|["'])"""
)
_LIST_SEPARATOR = re.compile(r",|[ \t]+(?:and|&)[ \t]+")


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the items of a list in text[start:end] ("A, B and C")."""
    for separator in _LIST_SEPARATOR.finditer(text, start, end):
        yield start, separator.start()
        start = separator.end()
    yield start, end


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
_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?:'[a-z]+)?")
_FIRST_WORDS = frozenset(
    phrase.split()[0].lower()
    for phrase in ("my", "i", "i'm", "this", "it's", "it", *GREETINGS, *SIGN_OFFS, *NAME_CUES)
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

    for line in re.finditer(r"[^\n]+", text):
        # Only lines with a key's separator can hold a field (a cheap test: the regex is not).
        if ":" in line.group() or "=" in line.group() or " - " in line.group():
            for m in _FIELD.finditer(text, line.start(), line.end()):
                if not _names_a_person(m.group(1).strip()):
                    continue
                # One name, "Family, Given", or a list of names ("Passengers: A, B and C").
                for a, b in _items(text, m.start(2), m.end(2)):
                    value = text[a:b].strip().rstrip(".!?")
                    if value and _name_like(value, capitalised=len(value.split()) < 2):
                        start = text.index(value, a)
                        yield start, start + len(value)
    # The phrases are tried only where one of their first words stands.
    starts = [0] + [w.start() for w in _WORD.finditer(text) if w.group().lower() in _FIRST_WORDS]
    for pos in starts:
        m = _NAME_AFTER.match(text, pos)
        if m is None:
            continue
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


class PersonFields(OwnRecognizer):
    """Names where the text says they are: a value under a key or column that names a
    person ("customer_name": "...", Name: ..., a "Full name" column), after "my name is",
    "Dear", "Hi", or on the line after a sign-off ("Regards,"). The NER model misses many
    of these (forms, tables, JSON, lower-case names)."""

    ENTITY = "PERSON"
    SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return [
            result(self, "PERSON", start, end, self.SCORE,
                   "a name where the text says there is one")
            for start, end in sorted(set(person_spans(text)))
        ]


class PlausibleNames(Filtered):
    """The NER model's recognizer, less what cannot be a name or a place
    (`plausible_name`), and with the streets it takes for people made places."""

    def keep(self, text: str, found: RecognizerResult, entities: list[str]) -> bool:
        value = text[found.start : found.end]
        if found.entity_type == "PERSON" and _street(text, found.start, value):
            if "LOCATION" not in entities:
                return False
            found.entity_type = "LOCATION"  # "Willow Close", "avenue Jean Jaurès"
        return plausible_name(value, found.entity_type)


_CODE_WORD = re.compile(r"[A-Za-z]-?\d|\d-?[A-Za-z]{1,2}\d|[A-Z]{2,}-\d")
_CODE_CHARS = frozenset("_=@#/\\\"<>{}[]()|:;*+$%&~^`\n\t")


def plausible_name(value: str, entity: str) -> bool:
    """Whether the NER model's `value` can be a name or place at all: not code (`created_at`,
    `ref="INC77`, text across a line break), not all lower case (`docker run`), not one
    word in capitals (`SHIPPED`), and no
    digits in a person's name (`TCK-79984`) or a product code for a place (`AP-4781G2`)."""
    if any(ch in _CODE_CHARS for ch in value) or value == value.lower() or "  " in value:
        return False
    if " " not in value and value == value.upper():
        return False  # one word in capitals: a status or an acronym ("SHIPPED", "NASA")
    if entity == "PERSON":
        return not any(ch.isdigit() for ch in value)
    # A place may have a house number, but no word of letters and digits ("AP-4781G2").
    return not _CODE_WORD.search(value)


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

