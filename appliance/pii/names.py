"""Names: where the text says there is one, and the NER model's findings checked.

* `PersonFields`: a value under a key or column that names a person ("customer_name",
  "Name:", a "Full name" column, "Contact person - ...", a JSON list under "attendees"),
  after "my name is", a greeting, "I am"/"this is" before a capitalised name, a word that
  introduces a person ("approved by", "contact", "driver"), the line after a sign-off
  ("Regards,"), an e-mail's salutation line ("Matteo -" between blank lines), and a title
  ("Dear Ms Lindqvist", "Dr. Pettiford").
* `PlausibleNames`: the NER model's recognizer, less findings that cannot be a name or a
  place, and with the streets it takes for people made places.

A name's words start with a capital of any Latin script ("Çağlar", "Ó Ceallaigh") and may
have lower-case particles between them ("Wouter de Vries", "Guadalupe de la Cruz"). Where
only a weak cue stands before a name in lower case (a greeting, a sign-off, a salutation
line), one of its words must be a known given or family name (`appliance.pii.known_names`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from presidio_analyzer import RecognizerResult

from appliance.pii.columns import (
    DELIMITERS,
    header_of,
    inserted_values,
    may_hold_cells,
    split_cells,
)
from appliance.pii.evidence import Filtered, OwnRecognizer, as_mine, result
from appliance.pii.foreign_words import (
    INSTRUCTION_VERBS,
    calendar_words,
    foreign_paragraph,
    foreign_phrase,
    greeting_first,
    polite_word,
    relative_first,
)
from appliance.pii.ner_odds import sure, vetoed
from appliance.pii.places import is_country, is_place, known_places
from appliance.pii.software import is_software

# Keys and column headers whose values are people's names (the last one or two words of a key
# are matched: "upsert contact name", "Contact person").
PERSON_KEYS = (
    r"(?:(?:full|first|last|given|family|middle|display|contact|customer|client|employee"
    r"|guest|patient|passenger|account|card|user|holder|sender|recipient|person|legal"
    r"|maiden|your|my|his|her|owner|author|driver|manager|agent|oncall|on[ _-]?call|staff"
    r"|preferred|nick|lead"
    r"|referrer|reviewer|approver|assignee|reporter|requester|contact[ _-]?person)[ _-]?)?name",
    "surname", "customer", "client", "employee", "guest", "patient", "passenger", "holder",
    r"account[ _-]?holder", r"card[ _-]?holder", "contact", r"contact[ _-]?person", "caller",
    "driver", "recipient", "sender", "applicant", "student", "owner", "assignee", "reporter",
    "requester", "tenant", "member", "attendee", "signatory", "beneficiary", "person",
    "manager", "agent", "payee", "traveller", "traveler", "visitor", "candidate", "author",
    "employee", "staff", "colleague", "buyer", "seller", "courier", "technician", "doctor",
    "nurse", "physician", "lawyer", "landlord", "spouse", "partner", "child", "parent",
    "guardian", "emergency[ _-]?contact", "next[ _-]?of[ _-]?kin", "to", "from", "cc",
    "attn", "signed", "approver", "approved[ _-]?by", "assigned[ _-]?to", "requested[ _-]?by",
    "referred[ _-]?by", "escalated[ _-]?to", "attendee", "participant", "invitee", "payee",
    "referee", "interviewer", "panel", "panellist", "panelist", "witness", "mentor", "tutor",
    "supervisor", "volunteer", "donor", "nominee", "chaperone", "present", "apologies",
    "username", "login", "handle", "pax", "household", "occupant", "resident", "dependant",
    "dependent", "children", "insured", "policyholder", r"policy[ _-]?holder", "cleaner",
    "pupil", "borrower", "consignee", "plumber", "electrician", "babysitter", "nanny", "sitter",
    r"served[ _-]?by", r"co[ _-]?host", "preparer", "carer", "caregiver", "instructor",
    "who", "keeper", "leader", "crew", "adopter", "foster", "given", "forenames?", "initials",
    r"plus[ _-]?one", "marshal", "attendance", "rota", "cashier", "pr[ée]noms?",
    r"signed[ _-]?by", r"retry[ _-]?by", "analyst", "mechanic", "collector",
    r"flagged[ _-]?by", r"reported[ _-]?by", r"added[ _-]?by",
    "coach", "teacher", "trainer", "therapist", "dentist", "midwife", "counsellor",
    "counselor", "examiner", "invigilator", "lecturer", "caretaker", "receptionist", "nom", "nome", "nombre", "apellido",
    "apellidos", "vorname", "nachname", "host", "player", "backer", "creditor", "debtor",
    r"collected[ _-]?by", r"verified[ _-]?by", r"checked[ _-]?by", "vet", "researcher",
    "tester", "accompanist", "rider", "user", "payer", "officer", "maintainer", "kids", "kid",
    "guard", "installer", "liaison", "homeowner", "tech",
    # since the twenty-third round: a court's parties ("<judge>", "<claimant>")
    "judge", "claimant", "defendant", "plaintiff", "appellant", "respondent", "magistrate",
    # since the twenty-sixth round: a clinic's, a stage's and a meeting's people, a couple,
    # and who did a thing to a record ("recordedBy", "identified_by")
    "clinician", "hygienist", "surgeon", "pharmacist", "optometrist", "performer", "couple",
    "coordinator", "organiser", "organizer", "presenter", "secretary", "treasurer", "scribe",
    r"(?:recorded|identified|created|updated|modified|reviewed|submitted|prepared|entered"
    r"|completed|authori[sz]ed|issued|inspected|witnessed|edited|uploaded|closed|resolved"
    r"|triaged|confirmed|received|dispensed|administered|examined|performed|interviewed"
    r"|booked|registered|processed|packed|delivered|measured|tested|sampled|paged|taken|made"
    r"|done|seen|written|sent|given|led|hosted|chaired|minuted|baked|decorated|driven"
    r"|called|found)[ _-]?by",
    "helm", "skipper", "cox",  # a regatta's crews: "Helms: Cédrick, Kato, Githinji"
    # since the twenty-seventh round: a concert's singers and players, a consignment's
    # shipper, a poll's workers
    "soprano", "mezzo", "alto", "tenor", "baritone", "conductor", r"chorus[ _-]?master",
    "soloist", "pianist", "organist", "violinist", "cellist", "accompanist", "shipper",
    "worker", "casualty",
    # since the twenty-ninth round: a studio's artists, a ship's master, a site's engineers
    # and contacts, a claim's surveyors ("<master>", "<SiteContact>", "client,artist,phone")
    "artist", "tattooist", "barber", "photographer", "master", "engineer", "architect",
    "surveyor", "assessor", "adjuster", "inspector", r"site[ _-]?contact",
    # since the thirtieth round: a family's record ("mother", "father", "spouse" beside them)
    "mother", "father", "son", "daughter", "husband", "wife", "sibling", "brother",
    "grandmother", "grandfather", "godmother", "godfather", "bride", "groom", "deceased",
    "informant", "lead", r"lead[ _-]?booker", "booker",
    # since the thirty-second round: a meeting's chair, a salon's and a tailor's people
    "chair", "chairperson", "chairman", "chairwoman", "stylist", "hairdresser", "tailor",
    "dressmaker", "seamstress",
    # since the thirty-eighth round: a case's handler, a room's attendant, a drone's pilot, a
    # class's students, a customs declarant, and the masters of a harbour, a station, a band
    # written as one word ("Harbour master", "co-pilot" end in a key already)
    "handler", "attendant", "pilot", "copilot", "student", "declarant",
    r"(?:harbou?r|quarter|post|head|station|ring|choir|band|toast|scrum|dock|yard)master",
)  # fmt: skip
# Keys that name a person as often as a thing ("Host: web-01", "user: deploy", "User:" in a
# chat): their value is a name only if it is the field's whole value and holds a known given
# or family name.
WEAK_PERSON_KEYS = frozenset({"host", "player", "user"})
_PERSON_KEY = re.compile(r"(?i)(?:" + "|".join(PERSON_KEYS) + r")s?")
_KEY_WORDS = re.compile(r"[A-Za-z]+")


_PLURAL_IN_BRACKETS = re.compile(r"\((?:s|S|es|ES)\)")
_ON_DUTY = re.compile(r"(?i)[ \t_-]+on[ \t_-]+(?:duty|call|shift|site|watch)\Z")
_NAME_ON = re.compile(r"(?i)[ \t]*(?:full[ \t]+)?name[ \t]+(?:on|as[ \t]+(?:per|on|in))[ \t]+\w+")


def weakly_names_a_person(key: str) -> bool:
    """Whether a key's last word is one of WEAK_PERSON_KEYS ("Host", "on-call secondary")."""
    return _key_last_word(key).rstrip("s") in WEAK_PERSON_KEYS


def names_a_person(key: str) -> bool:
    """Whether a key or column header says its value is a person's name: its last one, two
    or three words are one of PERSON_KEYS ("customer_name", "Contact person", "Next of
    kin"), and it is no contact *detail* ("contact email", "contact phone")."""
    if " / " in key:  # "Surname / Nom", "Given names / Prénoms": one key in two languages
        return any(names_a_person(part) for part in key.split(" / "))
    key = _PLURAL_IN_BRACKETS.sub("", key)  # "GIVEN NAME(S)"
    key = _ON_DUTY.sub("", key)  # "Vet on duty", "Doctor on call" (since the 29th round)
    if _NAME_ON.match(key):
        return True  # "Name on ID", "Name on card", "name as per passport"
    words = _KEY_WORDS.findall(key.replace("_", " "))
    # camelCase: "customerName" is "customer Name"
    words = [w for word in words for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", word)]
    if not words or len(words) > 4:
        return False
    if words[-1].lower() == "name" and len(words) > 1:  # "customer name", not "product name"
        return bool(_PERSON_KEY.fullmatch(" ".join(words[-2:])))
    return any(_PERSON_KEY.fullmatch(" ".join(words[-n:])) for n in (1, 2, 3) if n <= len(words))


# A word of a name: letters, with ' or - inside ("O'Connor", "Anne-Marie"), or an initial.
_NAME_TOKEN = r"(?:[^\W\d_]\.|[^\W\d_]+(?:['’-][^\W\d_]+)*)"
# Capitals of the Latin scripts ("Ç", "Ó", "Ž"), not only A-Z, for a character class.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_CAP_TOKEN = rf"(?=[{CAPITALS}]){_NAME_TOKEN}"
# Lower-case words that stand between the words of a name: "Wouter de Vries", "Guadalupe
# de la Cruz", "Gonçalo dos Anjos", "Ludwig van Beethoven".
PARTICLES = ("de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von",
             "la", "le", "du", "te", "ten", "ter", "bin", "binti", "ibn", "al", "el", "y", "zu",
             # since the thirty-second round: Welsh, Hebrew, Arabic and Nordic ones ("Eluned ap
             # Rhys", "Yosef ben David", "Maryam bint Ali", "Ebba af Klint")
             "ap", "ab", "ferch", "verch", "ben", "bint", "ould", "af", "av")  # fmt: skip
_PARTICLE = rf"(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))})"


def _cap_name(more: int) -> str:
    """A regex for a capitalised name of 1 to `more` + 1 words, particles between them."""
    return rf"{_CAP_TOKEN}(?:(?: {_PARTICLE})* {_CAP_TOKEN}){{0,{more}}}"


_LOWER_NAME = rf"(?=[a-z]){_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,2}}"
_NAME = re.compile(rf"{_NAME_TOKEN}(?:,? {_NAME_TOKEN}){{0,3}}")
# "key": "value", key: 'value', key = value, Key:<tab>value, Key - value; the key is group 1,
# the value 2 (an apostrophe between letters is part of it: "La'Tasha", "D'Amico").
_FIELD = re.compile(
    r"""(?im)(?<![\w-])["']?([A-Za-z](?:[^\W\d]|[ -]|[ \t]/[ \t]){0,30}?(?:\((?:s|es)\))?"""
    r"""(?:[ \t]\d{1,2}(?![\d.]))?)["']?"""  # "Applicant 2: PUIG, Oriol"
    r"""(?:[ \t]*(?:={2,3}|[:=])[ \t]*|[ \t]+-[ \t]+)["']?"""  # `.surname == "CHHIM"` too
    r"""((?:[^"'\n{}\[\];|=:<>·•]|(?<=[^\W\d_])['’](?=[^\W\d_]))+)["']?[ \t]*"""
    r"""(?=$|[,}\]\n;|<·•]|["']|[ \t]{2,}[A-Za-z][A-Za-z _-]{0,30}(?:\((?:s|es)\))?:)"""  # "·":
    # since the 30th; "Surname: YUNUPINGU    Forename(s): ...": since the 32nd
)
# A list going on after a bracket ("(chair), Bo Chen"), and a bracket ending an item.
_LIST_GOES_ON_AFTER = re.compile(r"[ \t]*[,;][ \t]*[^\W\d_]")
_BRACKET_AT_END = re.compile(r"[ \t]*\([^()\n]*\)\Z")
_LIST_SEPARATOR = re.compile(r"[,;]|[ \t]+(?:and|&|/)[ \t]+")  # "Couple: A / B"


# A family name in capitals, a comma and given names: "PUIG, Oriol", "NADOLO, Mereoni".
_CAPS_FAMILY_GIVEN = re.compile(
    rf"[ \t]*[{CAPITALS}][{CAPITALS}'’-]+(?:[ -][{CAPITALS}][{CAPITALS}'’-]+)*,[ \t]+"
    rf"[{CAPITALS}][^\W\d_A-Z]+(?:[ -][{CAPITALS}][^\W\d_A-Z]+)*[ \t]*"
)


# Keys a family name alone fills, written in capitals: "holder": "NAIVALU".
_HOLDER_KEYS = frozenset({"holder", "cardholder", "passenger", "patient", "beneficiary",
                          "payee"})


def _key_last_word(key: str) -> str:
    words = _KEY_WORDS.findall(key.replace("_", " ").lower())
    return words[-1] if words else ""


def _family_in_capitals(value: str) -> bool:
    """Whether one word in capitals can be a family name no list has: four letters or more,
    a vowel among them, no common English word ("NAIVALU", not "PAID", "SKTCH")."""
    from appliance.pii.known_names import common_words, english_words, excluded_words

    lower = value.lower()
    return (
        len(value) >= 4 and value.replace("-", "").isalpha() and bool(_VOWEL.search(value))
        and lower not in common_words() and lower not in excluded_words()
        and lower not in english_words()
    )


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the items of a list in text[start:end] ("A, B and C"); one name written
    "FAMILY, Given" is one item."""
    if _CAPS_FAMILY_GIVEN.fullmatch(text, start, end):
        yield start, end
        return
    for separator in _LIST_SEPARATOR.finditer(text, start, end):
        yield start, separator.start()
        start = separator.end()
    yield start, end


SIGN_OFFS = (
    "thanks", "thank you", "many thanks", "regards", "best regards", "kind regards",
    "warm regards", "best", "all the best", "cheers", "sincerely", "yours sincerely",
    "yours truly", "yours", "best wishes", "warm wishes", "warmly", "take care", "talk soon",
    "with thanks", "love", "respectfully", "speak soon", "see you", "see you soon",
    "talk later", "cordially", "bye", "xoxo", "danke", "gracias", "merci", "grazie",
    "obrigado", "obrigada", "saludos", "cordialement", "groetjes", "bisous", "abrazos", "ciao",
)  # fmt: skip
GREETINGS = ("dear", "hi", "hello", "hey", "hiya", "good morning", "good afternoon",
             "good evening", "morning", "greetings", "bonjour", "bonsoir", "salut", "hola",
             "hallo", "ciao", "buongiorno", "olá", "hej", "moin", "servus", "kia ora",
             "guten tag", "buenos días", "buenos dias", "bom dia")
# Words right before a name in prose: "approved by Mairead", "Contact Rohan on ...".
NAME_CUES = (
    "approved by", "signed by", "sent by", "reviewed by", "requested by", "assigned to",
    "handled by", "written by", "referred by", "contact", "call", "ask for", "ask",
    "speak to", "spoke to", "spoke with", "talk to",
    "holder", "under the name", "on behalf of", "attn", "attention",
    "customer", "client", "patient", "driver", "employee", "colleague", "agent", "caller",
    "guest", "passenger", "tenant", "applicant", "candidate", "tell", "text", "called",
    "spouse", "wife", "husband", "escalated to", "opened by", "pasted by", "created by",
    "reported by", "raised by", "reply to", "remind", "dependant", "dependent", "landlord",
    "flagged by", "added by", "logged by", "submitted by", "updated by", "edited by",
    "landlady", "neighbour", "neighbor", "thanks to", "booking under", "booked under",
    "served by", "viewing with", "appointment with", "session with", "lunch with",
    "dinner with", "coffee with", "drinks with", "co-host", "posted by", "architect",
    "surveyor", "accountant", "solicitor", "notary", "inspector", "adjuster", "translator",
    "interpreter", "notes from", "note from", "message from", "letter from", "visiting",
    "covering for", "via", "per",
    "paged", "in attendance",  # since the twenty-sixth round
    "led by", "comment by", "casualty", "hubungi", "contattare", "contactez", "contacter",
    "contactar", "kontaktieren", "kontaktieren sie",  # since the twenty-seventh round
)  # fmt: skip
# Cues after which a name must hold a known given or family name ("via Vuk Đorđević", not
# "via Stripe").
WEAK_CUES = frozenset({"via", "per"})
# Titles before a family name: "Dear Ms Lindqvist", "Dr. Pettiford".
TITLES = ("mr", "mrs", "ms", "mx", "miss", "dr", "prof")
# Titles in other languages that name shapes read before a name: "Sehr geehrte Frau Fa'amausili".
FOREIGN_TITLES = ("frau", "herr", "mme", "mlle", "sra", "srta", "signora", "sig",
                  "familie", "famille")  # since the twenty-ninth round: "Familie Weißenborn"
# What announces a pen name ("writing as", "a.k.a."; not "known as", "nicknamed"), as a
# regex; `ner_odds` reads it too.
ALIAS_CUES = (r"(?:writing|writes|wrote)[ \t]+as|aka|a\.k\.a\.|alias|goes[ \t]+by|pen[ \t]+name"
              r"|pseudonym")
# Words that may follow a name after a cue ("call Rohan back", "landlord Ana keeps ...").
_FOLLOWERS = (
    "on", "at", "via", "about", "and", "or", "to", "for", "gave", "said", "wants", "is", "was",
    "has", "had", "from", "back", "will", "thinks", "asked", "wrote", "says", "told", "can",
    "could", "should", "would", "again", "who", "keeps", "kept", "needs",
)  # fmt: skip
# Phrases before (or, for a signature, above) a name. Each branch has its own group, whose
# name says how sure the phrase is: "any" takes a name in any case ("my name is tunde"),
# "lower" too, if no word is an English stop word (a greeting that opens a line before a
# comma: "hi jussara,"), "cap" a capitalised one, "list" a capitalised list ("Hello A and
# B,"), "known" a name that is capitalised or has a known given or family name in it.
_NAME_AFTER = re.compile(
    rf"(?i:\bmy name is|\bmy name's|\bje m['’]appelle|\bme llamo|\bich hei(?:ß|ss)e|\bmi chiamo"
    rf"|\b(?:guest|guests|customer|client|patient|caller|tenant)"
    rf"['’]?s?[ \t]+name[ \t]+is)[ \t]+(?P<any>{_NAME_TOKEN}(?: {_NAME_TOKEN})?)"
    rf"|(?i:\bi am|\bi'm|\bthis is|\bit's|\bit is)[ \t]+(?P<cap>{_CAP_TOKEN}(?: {_CAP_TOKEN})?)"
    rf"(?=[ \t]*[,.;!\n]|[ \t]+(?:from|at|and|here)\b)"
    rf"|(?i:\b(?:{'|'.join(GREETINGS)}))[ \t]+"
    rf"(?P<list>{_cap_name(2)}(?:(?:,|[ \t]+(?:and|&))[ \t]+{_cap_name(2)})*)(?=[,:\n]|!+\n|[ \t]+[—–-][ \t])"
    rf"|(?i:\bwe['’]re|\bwe are)[ \t]+(?P<we>{_cap_name(2)}[ \t]+(?:and|&)[ \t]+{_cap_name(2)})"
    rf"(?=[ \t]*[,.!]|[ \t]+(?:at|from|in|and)\b)"
    rf"|(?<![^\n])(?i:(?:{'|'.join(GREETINGS)}))[ \t]+(?P<greeted>{_LOWER_NAME})(?=,[ \t]*\n)"
    rf"|(?i:\b(?:{'|'.join(sorted(SIGN_OFFS, key=len, reverse=True))})),?[ \t]*\n"
    rf"[ \t]*(?:[—–-][ \t]*)?(?:(?P<signed_pair>{_cap_name(2)}[ \t]+(?:&|and)[ \t]+{_cap_name(2)})"
    rf"|(?P<signed>{_cap_name(3)})|(?P<signed_lower>{_LOWER_NAME}))"
    rf"[ \t]*(?=$|\n|\||,)"
    rf"|(?:(?<=[.!?] )|(?<![^\n]))(?i:love|lots of love|hugs|xoxo|xx),[ \t]*"
    rf"(?P<signed_inline>{_cap_name(2)})(?=[ \t]*(?:$|\n|<|[.!]))"
    rf"|(?i:\b(?P<cue>{'|'.join(sorted(NAME_CUES, key=len, reverse=True))}))[ \t]+"
    rf"(?P<cued>{_cap_name(3)})(?=[ \t]*(?:[,.;:!?)(<\n&]|$|[—–-][ \t]|[ \t]+(?:{'|'.join(_FOLLOWERS)})\b))"
    rf"|\A(?P<opening>{_CAP_TOKEN}(?: {_CAP_TOKEN})?),[ \t]*\n"
    rf"|(?<![\w.])(?:{'|'.join(t.capitalize() for t in TITLES)})\.?[ \t]+(?P<titled>{_cap_name(2)})"
    # a pen name in quotes after what announces one (`writing as "Nacho"`, `goes by 'Big
    # Mo'`; not `known as` or `nicknamed`, which robots and storms are too, nor a stage name,
    # an act's: `performs as "DJ Parallax"`); since the thirty-third round
    rf"|(?i:\b(?:{ALIAS_CUES}))"
    rf"[ \t]*[\"“'‘](?P<alias>{_cap_name(2)})[\"”'’]"  # no key: `alias: "Goodnight Jarvis"`
    rf"|(?:(?<=\n\n)|\A)(?P<salutation>{_cap_name(2)}|{_LOWER_NAME})[ \t]+[—–-][ \t]*\n[ \t]*\n",
    re.MULTILINE,
)
# How sure each branch of _NAME_AFTER is (see above).
_BRANCHES = {
    "any": "any", "cap": "cap", "list": "list", "greeted": "lower", "signed": "cap",
    "signed_pair": "list", "we": "list",
    "signed_lower": "known", "cued": "cap", "opening": "cap", "salutation": "known",
    "titled": "cap", "signed_inline": "cap", "alias": "cap",
}  # fmt: skip
_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?:'[a-z]+)?")
_FIRST_WORDS = frozenset(
    phrase.split()[0].lower()
    for phrase in ("my", "i", "i'm", "this", "it's", "it", *GREETINGS, *SIGN_OFFS, *NAME_CUES,
                   *TITLES, "guest", "guests", "customer", "client", "patient", "caller",
                   "tenant", "je", "me", "ich", "mi", "we're", "we",
                   # a pen name's announcement (_NAME_AFTER's "alias"; "a.k.a." in _AKA)
                   "writing", "writes", "wrote", "aka", "alias", "goes", "pen", "pseudonym")
)
# "a.k.a.", where _NAME_AFTER is tried too (its first word "a" would try it at every "a").
_AKA = re.compile(r"(?i)\ba\.k\.a\.")
# Words that follow those cues without being names ("I am sorry", "Hi team").
NOT_NAMES = frozenset({
    "a", "an", "the", "not", "sorry", "happy", "glad", "writing", "looking", "trying", "going",
    "here", "there", "all", "team", "everyone", "folks", "guys", "again", "sure", "unable",
    "interested", "afraid", "new", "still", "just", "also", "so", "very", "really", "now",
    "true", "false", "null", "none", "unknown", "n/a", "na", "tbd", "tbc", "tba", "yes", "no",
    "ok",
    "support", "customer", "admin", "user", "test", "example", "sir", "madam", "operations",
    "sales", "billing", "accounts", "finance", "management", "hr", "it", "legal", "service",
    "services", "desk", "office", "helpdesk", "dev", "ops", "me", "you", "him", "her", "them",
    "us", "we", "they", "i", "my", "your", "our", "their", "his", "its", "this", "that",
    "these", "those", "back", "today", "tomorrow", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december",
    "please", "thanks", "thank", "regards", "best", "dear", "hello", "hi", "order", "invoice",
    "account", "card", "project", "product", "number", "email", "e-mail", "phone", "mobile",
    "address",
    "ticket", "request", "api", "app", "server", "client", "manager", "director", "lead",
    "head", "engineer", "department", "company", "inc", "ltd", "llc", "gmbh", "corp", "bank",
    "street", "avenue", "road", "lane", "sent", "from", "iphone", "android", "and", "or",
    "mr", "mrs", "ms", "dr", "prof", "morning", "afternoon", "evening", "night", "tonight",
    "valued", "members", "colleagues", "friends", "partners", "world", "pros", "cons",
    "subscriber", "subscribers", "member", "customers", "users", "colleague", "friend",
    "partner", "reader", "readers", "participant", "participants", "applicant", "applicants",
    "candidate", "candidates", "parent", "parents", "guardian", "guardians", "student",
    "students", "patient", "patients", "guest", "guests", "visitor", "visitors", "attendee",
    "attendees", "resident", "residents", "neighbour", "neighbours", "neighbor", "neighbors",
    "supporter", "supporters", "donor", "donors", "investor", "investors", "shareholder",
    "investigators", "investigator", "reviewers", "editors", "authors", "organisers",
    "organizers", "volunteers", "teachers", "coaches", "hosts", "tenants", "landlords",
    "shareholders", "community", "everybody", "committee", "recruiter", "hiring", "owner",
    "owners", "player", "players", "traveller", "travellers", "traveler", "travelers",
    "name", "names", "surname", "surnames", "forename", "given", "firstname", "lastname",
    "ssn", "dob", "procurement", "marketing", "research", "development",
    "engineering", "security", "compliance", "payroll", "recruiting", "recruitment",
    "logistics", "feedback", "success", "care", "relations", "purchasing", "accounting",
    "treasury", "facilities", "reception", "communications", "partnerships", "design",
    "quality", "infrastructure", "analytics", "growth", "supply", "carers", "carer",
    "reservations", "admissions", "bookings", "enquiries", "inquiries", "frontdesk",
    "planning", "crew", "squad", "unit", "group", "rota", "dispatch", "maintenance",
    "warehouse", "kitchen", "board", "council", "secretariat", "shift", "roster", "berth",
    "dock", "yard", "pier", "returns", "policyholder", "policyholders", "choir", "band",
    "orchestra", "club", "tenant", "landlord", "homeowner", "householder", "leaseholder",
    "occupier",
    # professions, alone in a staff table's role column ("| Ayşe Çelik | Sommelier |"); one
    # that is a family name too ("Baker") stays a name where the NER finds it
    "sommelier", "chef", "waiter", "waitress", "barista", "bartender", "receptionist",
    "cashier", "nurse", "doctor", "physio", "physiotherapist", "groomer", "instructor",
    "trainer", "coach", "teacher", "tutor", "cleaner", "courier", "plumber", "electrician",
    "mechanic", "pharmacist", "dentist", "optician", "vet", "surgeon", "midwife", "paramedic",
    "accountant", "lawyer", "solicitor", "architect", "designer", "developer", "analyst",
    "consultant", "intern", "apprentice", "technician", "supervisor", "concierge",
    "housekeeper", "florist", "hairdresser", "stylist", "therapist", "dispatcher",
    # what a letter or a receipt calls someone it does not name ("Dear Editor", "Recd from")
    "editor", "registrar", "backer", "backers", "recd", "rcvd", "nom",
    # greetings in other languages ("Bonjour,\nje m'appelle ...")
    "bonjour", "bonsoir", "salut", "hola", "hallo", "ciao", "buongiorno", "olá", "hej", "moin",
    "servus",
    # teams that sign e-mails ("Thanks,\nSettlements")
    "settlements", "payments", "claims", "collections", "onboarding", "underwriting",
    "renewals", "ticketing", "fundraising", "sponsorship", "membership", "events",
    # what an assignee's or an owner's field holds where no one is named yet
    "unassigned", "unallocated", "vacant", "pending", "nobody", "noone", "anyone",
    # since the twenty-ninth round: "Dear Sirs,", and the sign-offs of the languages pasted
    # text is often in, alone on their line ("Atentamente,\nGastón Quiroga")
    "sirs", "madams", "atentamente", "atenciosamente", "cordialmente", "distinti", "cordiali",
    "pozdrawiam", "hälsningar", "saygılarımla", "hormat",
    # since the thirtieth round: what a bank or a form asks for, a phone's label in the
    # pasted languages, German greetings to a group ("Ask for IBAN?", "Telefoon:", "Liebe
    # Kolleginnen und Kollegen")
    "iban", "bic", "swift", "cvv", "otp", "telefoon", "telefon", "teléfono", "telefono",
    "téléphone", "telefone", "kolleginnen", "kollegen", "mitglieder", "damen", "herren",
    "treasurer", "captain", "commodore", "secretary", "chairperson", "president",
    "nil", "undefined",  # "assignment to entry in nil map" (since the 31st round)
})  # fmt: skip
# Words that open the name of a part of a building or a site: "Room Tudor 2", "Gate B".
ROOM_WORDS = frozenset({"room", "suite", "building", "block", "floor", "gate", "bay"})
# A program's last word: "Ada Assistant", "Sage Bot".
PROGRAM_WORDS = frozenset({"assistant", "bot", "chatbot", "copilot", "gpt"})


def name_like(value: str, capitalised: bool) -> bool:
    """One to four words of letters (with ' . - inside), no word a common non-name word and
    none an identifier in CamelCase; `capitalised`: some word starts with a capital
    (lower-case names are accepted only where the cue is strong)."""
    if not _NAME.fullmatch(value):
        return False
    words = [w for w in value.replace(",", " ").split() if not _INITIAL.fullmatch(w)]
    if any(w.lower().strip(".") in NOT_NAMES or camel_case(w) for w in words):
        return False
    return not capitalised or any(w[0].isupper() for w in words)


def _common(word: str) -> bool:
    from appliance.pii.known_names import common_words

    return word.lower() in common_words()


def english_phrase(value: str) -> bool:
    """Whether every word of `value` is a frequent English word that is no known name, or a
    word no name has, and none is a known name: "Chair", "Welfare Officer", "shipper",
    "Revenues" (`english_words.txt`); not "Hope", "Mark Baker", "Groundsperson Tui"."""
    from appliance.pii.known_names import english_words, excluded_words

    if _INITIAL.search(value):
        return False  # "A. Swimmer": an initial is a person's
    words = [w.strip(".'’").lower() for w in re.split(r"[\s,&/]+", value) if w.strip(".'’")]
    return bool(words) and all(
        w in english_words() or w in excluded_words() or w.endswith(("person", "persons"))
        or w in ROLE_ACRONYMS
        for w in words
    ) and not has_known_name(value)


# Officers' titles written short, in a role's name: "VP Education", "CFO", "Deputy GM".
ROLE_ACRONYMS = frozenset({"vp", "svp", "evp", "avp", "ceo", "cfo", "coo", "cto", "cio", "ciso",
                           "cmo", "cpo", "gm", "pa", "qa", "hr"})
_ROLE_ACRONYM_BEFORE = re.compile(r"\b(?:VP|SVP|EVP|AVP|GM)[ \t]+\Z")


_ITEM_BEFORE = re.compile(
    rf"({_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})(?:,[ \t]*|[ \t]+(?:and|&|\+)[ \t]+)\Z"
)
_ITEM_AFTER = re.compile(
    rf"(?:,[ \t]*|[ \t]+(?:and|&|\+)[ \t]+)({_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})"
)


def _beside_a_name(text: str, start: int, end: int) -> bool:
    """Whether the item text[start:end] of a list stands next to one that is a person's name
    (no English words alone): "Attendees: Iona, Pádraig, Gift", "Hi Hui Min and Lovely"; not
    "Present: Chair, Treasurer, Welfare Officer"."""
    before = _ITEM_BEFORE.search(text, max(0, start - 60), start)
    after = _ITEM_AFTER.match(text, end)
    return any(
        m is not None and m.group(1).lower() not in NOT_NAMES
        and has_known_name(m.group(1))  # not "OIM, Medic, Safety Rep"
        for m in (before, after)
    )


_CAPITALISED_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _english_title_after(text: str, end: int) -> bool:
    """Whether a capitalised English word that is no known name follows text[:end]: "Officer"
    after "Welfare"."""
    after = _CAPITALISED_AFTER.match(text, end)
    return after is not None and english_phrase(after.group(1))


def has_known_name(value: str) -> bool:
    """Whether a word of `value` is a known given or family name (with or without accents)."""
    from appliance.pii.known_names import folded, known_names

    given, family = known_names()
    words = [folded(w.lower()) for w in value.split()]
    return any(w in given or w in family for w in words)


_LEADING_WORD = re.compile(r"[^\W\d_]+(?:['’][a-z]+)?[ \t]+")


def _without_stop_words(value: str) -> str:
    """`value` less the English stop words it starts with that are no known given names
    ("It's Aroha Walker": "Aroha Walker"; "For verification": "verification")."""
    while (m := _LEADING_WORD.match(value)) and _stop_first(value):
        value = value[m.end() :]
    return value


def _stop_first(value: str) -> bool:
    """Whether the first word of `value` is an English stop word that is no known given name
    ("For verification", "she's fallen"; not "Will Chen")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from appliance.pii.known_names import folded, known_names

    first = value.split()[0].lower()
    first = first[:-2] if first.endswith(("'s", "’s")) else first
    return first in STOP_WORDS and folded(first) not in known_names()[0]


def _stop_word(value: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return any(w.lower() in STOP_WORDS for w in value.split())


_HUMP = re.compile(r"[a-z][A-Z]")
_INITIAL = re.compile(r"[^\W\d_]\.")  # "A." in "Gonçalo A. dos Anjos": no article


def camel_case(word: str) -> bool:
    """An identifier in CamelCase: a capital after a small letter twice or more
    ("PaymentIntentCreated", "handleWebhookEvent"). Names have at most one ("McDonald",
    "DeShawn", "MacAulay")."""
    return len(_HUMP.findall(word)) >= 2


# What a name may start with before a second capital: "McDonald", "DeShawn", "LaToya".
_NAME_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "la", "le", "van", "von", "du", "fitz",
                            "st", "al", "el", "ben", "abu", "bin", "o", "d", "ap", "ni", "nic"})
_ONE_HUMP = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]+")


def brand_case(word: str) -> bool:
    """A brand's name of two words run together ("FixFolk", "PayPal"): one capital inside,
    after a first part that is no name's prefix ("McDonald", "DeShawn") and no known given
    name ("JoAnn", "MaryKate")."""
    m = _ONE_HUMP.fullmatch(word)
    if not m or m.group(1).lower() in _NAME_PREFIXES:
        return False
    from appliance.pii.known_names import folded, known_names

    return folded(m.group(1).lower()) not in known_names()[0]


# Where a sentence may start (a markup tag's ">" too): a capitalised cue word elsewhere is
# part of a title ("Revolut Customer Care", "(Customer Success)"), not a word that
# introduces a person.
_SENTENCE_START = re.compile(r"(?:\A|[\n.!?:;—–>-]|\A[ \t]*[*•])[ \t\"']*\Z")


# A speaker's words after a role's label: a lower-case word that no name has.
_SAID = re.compile(
    rf"(?<![\w'’-])(?!(?:{'|'.join(PARTICLES)})(?![\w'’-]))[a-z]+(?:['’][a-z]+)?(?![\w'’-])"
)
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
# One to three words before a point that ends a sentence, the last of two letters or more
# and no title: "Rehema" of "Rehema. Weight 11.2 kg." (not "J" of "J. Smith", "Dr" of "Dr.
# Ito"), since the twenty-ninth round.
_SENTENCE_BEFORE = re.compile(
    r"[ \t\"']*(?:[^\W\d_]+[ \t]+){0,2}(?!(?i:mr|mrs|ms|mx|dr|prof|st|sr|jr|mt)\Z)"
    r"[^\W\d_]{2,}"
)


def _a_name_then_a_sentence(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop], before a point that ends a sentence, can be a name: one to
    three capitalised words, the last no English word ("Rehema. Weight 11.2 kg."; not
    "Good. So the Sazerac?", "Will do. Hold, please")."""
    from appliance.pii.known_names import a_word

    words = text[start:stop].strip(" \t\"'").split()
    return bool(_SENTENCE_BEFORE.fullmatch(text, start, stop)) and all(
        w[:1].isupper() for w in words
    ) and not a_word(words[-1])


# Keys that are speakers' labels too, whose value of four words or more, two of them
# English words in lower case, is what they said (since the twenty-ninth round): not
# "CUSTOMER: inmaculada de la cruz".
_SPEAKING_KEYS = frozenset({"customer", "client", "patient", "pharmacist", "passenger",
                            "member", "resident", "tenant", "parent", "user", "tech",
                            "technician", "staff", "nurse", "doctor", "driver", "mechanic",
                            "cashier", "engineer", "manager"})


def _a_lower_english_word(value: str) -> bool:
    """Whether a value in mixed case holds an English word in lower case that is no
    particle ("panel B"; not "Ana de Souza"), since the twenty-ninth round."""
    from appliance.pii.known_names import english_words

    return any(
        w.islower() and w not in PARTICLES and w in english_words() for w in value.split()
    )


def _english_said(value: str) -> bool:
    """Whether a value is what a speaker said: four words or more, two of them English words
    in lower case that are no particles."""
    from appliance.pii.known_names import a_word

    words = value.split()
    return len(words) >= 4 and sum(
        w.islower() and w not in PARTICLES and a_word(w.strip(",.?!")) for w in words
    ) >= 2


_FIRST_AND_LAST = re.compile(r"""["']first["'][ \t]*:.{0,80}?["']last["'][ \t]*:""", re.S)
# FHIR's name object, since the thirtieth round: {"family": "Perić", "given": ["Petra"]}.
_FAMILY_AND_GIVEN = re.compile(
    r"""["']family["'][ \t]*:[^{}]{0,80}?["']given["'][ \t]*:"""
    r"""|["']given["'][ \t]*:[^{}]{0,80}?["']family["'][ \t]*:"""
)


def _first_or_last(text: str, key: str) -> bool:
    """A "first" or "last" key beside the other in one object: {"first": "Guðrún", "last":
    "Sigurðardóttir"}; either alone may hold a date or a place."""
    if key.lower() == "family":
        return bool(_FAMILY_AND_GIVEN.search(text))
    return key.lower() in ("first", "last") and bool(_FIRST_AND_LAST.search(text))


def _without_tags(text: str) -> tuple[str, list[int]]:
    """`text` without its HTML or XML tags, and the offset in `text` of each of its
    characters."""
    kept: list[str] = []
    where: list[int] = []
    last = 0
    for m in _TAG.finditer(text):
        kept.append(text[last : m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    kept.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(kept), where


def _cue_starts_sentence(text: str, cue_start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, cue_start - 4) : cue_start]))


_NAME_KEY = re.compile(r"(?i)name")

# Keys that hold nothing but a person's name, so that one word in lower case under them is a
# name, known or not ("first_name: lan", "Surname = natarajan"); "name" alone may name a
# service or a file.
_GIVEN_OR_FAMILY_KEY = re.compile(
    r"(?i)(?:\A|[^a-z])(?:(?:first|last|given|family|middle|full|legal|maiden)[ _-]?name|surname"
    r"|forename|given|nickname)s?\Z"
)


def holds_only_a_name(key: str) -> bool:
    """Whether a key or a tag holds nothing but a person's name: "first_name", "Surname",
    "given names", "lastName", "SURNAME / Nom" (not "name" alone: a service's or a file's)."""
    if " / " in key:  # one key in two languages
        return any(holds_only_a_name(part) for part in key.split(" / "))
    return bool(_GIVEN_OR_FAMILY_KEY.search(key))


# A JSON or Python list of strings under a key: "attendees": ["A", "B"].
_LIST_FIELD = re.compile(
    r"""(?:["']([A-Za-z][\w -]{0,30})["']|(?m:^[ \t]*([A-Za-z][\w-]{0,30})))"""  # YAML's too
    r"""[ \t]*:[ \t]*\[((?:[ \t]*(?:"[^"\n]*"|'[^'\n]*')[ \t]*,?)+)\]"""  # (30th round)
)
_QUOTED = re.compile(r"""["']([^"'\n]+)["']""")


def _listed_names(text: str) -> Iterator[tuple[int, int]]:
    """The strings of a list of strings under a key that names people ("attendees": ["A",
    "B"]); a list of objects is read field by field instead."""
    for m in _LIST_FIELD.finditer(text):
        key = m.group(1) or m.group(2)
        if not names_a_person(key) or game_roster(text, key):
            continue
        for item in _QUOTED.finditer(text, m.start(3), m.end(3)):
            if name_like(item.group(1), capitalised=False) and not english_phrase(item.group(1)):
                yield item.start(1), item.end(1)


# The words of a video game's text: its patch notes, a match's record, a bug report.
_GAME_WORDS = re.compile(
    r"(?i)\b(?:patch|map|match|cooldowns?|ult|ults|ultimate|nerf(?:s|ed)?|buff(?:s|ed)?|mvp"
    r"|respawns?|loadouts?|hitbox(?:es)?|scrims?|esports|kda|frags?|headshots?|ranked|elo"
    r"|server_tick|spawn)(?:_\w+)?\b"
)
# The keys and columns of a game's characters: "agents": [...], "| Agent |", "Champion:".
_ROSTER_KEY = re.compile(
    r"(?i)[\"' \t]*(?:agent|champion|hero|character|legend|operator|pick|ban|main)(?:s|es)?"
    r"[\"' \t]*"
)


def game_roster(text: str, key: str) -> bool:
    """Whether `key` ("agents", "| Agent |") holds a video game's characters: the text
    speaks of a game's patches, matches, maps or cooldowns in two of `_GAME_WORDS` or more
    ("Patch 8.0.14 balance changes ... cooldown"); a support desk's "Agent:" stays a person."""
    return bool(_ROSTER_KEY.fullmatch(key)) and _speaks_of_a_game(text)


def _speaks_of_a_game(text: str) -> bool:
    """Whether the text uses two of `_GAME_WORDS` or more."""
    return len({m.group().lower() for m in _GAME_WORDS.finditer(text)}) >= 2


# A YAML key alone on its line and the items of the list under it: "kids:" over "  - Liban".
_YAML_LIST = re.compile(r"(?m)^(?P<indent>[ \t]*)(?P<key>[A-Za-z][\w -]{0,30}):[ \t]*\n"
                        r"(?P<items>(?:(?P=indent)[ \t]*-[ \t]+[^\n:]+\n?)+)")
_YAML_ITEM = re.compile(r"(?m)^[ \t]*-[ \t]+(?P<value>[^\n:]+?)[ \t]*$")


def _yaml_listed_names(text: str) -> Iterator[tuple[int, int]]:
    """The items of a YAML list under a key that names people ("kids:" over "- Hyun-woo")."""
    for m in _YAML_LIST.finditer(text):
        if not names_a_person(m.group("key")):
            continue
        for item in _YAML_ITEM.finditer(text, m.start("items"), m.end("items")):
            value = item.group("value").strip("\"'")
            if value and name_like(value, capitalised=True) and not is_place(value):
                start = text.index(value, item.start("value"))
                yield start, start + len(value)


# Table columns that hold a part of a name, though alone the word says little ("first,last,
# dept": in a "key: value" field "last: week" is no name).
_NAME_COLUMN = re.compile(r"(?i)first|last|given|family|forename|fname|lname|given names?")
_PEOPLE_TABLES = frozenset({"users", "user", "people", "persons", "person", "contacts"})


def _inserted_names(text: str) -> Iterator[tuple[int, int]]:
    """The string values of an SQL INSERT under columns that name people ("first_name",
    "customer_name", "surname"; "name" in a table of people only: "products (sku, name)"
    holds products)."""
    for table, column, a, b in inserted_values(text):
        people = names_a_person(table) or table.lower() in _PEOPLE_TABLES
        if not (_GIVEN_OR_FAMILY_KEY.search(column) or (
            names_a_person(column) and (people or column.lower() != "name")
        )):
            continue
        if text[a - 1 : a] == "'" and b - a > 0 and name_like(text[a:b], capitalised=False):
            yield a, b


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a delimited line, split outside double quotes."""
    delimiter = "|" if "|" in line else "\t" if "\t" in line else ";" if ";" in line else ","
    return split_cells(line, delimiter)


# Keys beside a "name" that say it names a thing: a menu's, a catalogue's, a package's.
# A vet's patient after its name: "Patient: Master Chief (canine, 7 y)".
_ANIMAL_PATIENT = re.compile(
    r"[ \t]*\((?i:canine|feline|equine|bovine|avian|dog|cat|puppy|kitten|horse|pony|rabbit"
    r"|parrot|ferret|guinea pig|hamster)\b"
)
_THING_SIBLINGS = re.compile(
    r"(?im)^[ \t-]*[\"']?(?:price|sku|qty|quantity|version|image|sizes?|calories|stock|unit_price"
    r"|cost|currency|ingredients|allergens|replicas|port)[\"']?[ \t]*[:=]"
)
# A column of names written surname first: "Last, First", "Surname / Given name".
_SURNAME_FIRST_COLUMN = re.compile(
    r"(?i)(?:last|family|surname)(?:[ _]?name)?[ \t]*[,/][ \t]*(?:first|given)(?:[ _]?names?)?"
)


def person_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of names that a key, a column header or a phrase says are names."""
    if '\\"' in text:  # JSON inside a JSON string: "{\"name\": \"Chiara Colombo\"}"
        text = text.replace('\\"', ' "')  # as long as before: the spans stay where they are
    for line in re.finditer(r"[^\n]+", text):
        # Only lines with a key's separator can hold a field (a cheap test: the regex is not).
        if ":" in line.group() or "=" in line.group() or " - " in line.group():
            for m in _FIELD.finditer(text, line.start(), line.end()):
                key = m.group(1).strip()
                if " " in key and text[m.start(1) - 1 : m.start(1)] == "=" and text[
                    m.end(1) : m.end(1) + 3
                ].lstrip("\"'").startswith("="):
                    key = key.split()[-1]  # "template=pickup_ready name=...": logfmt pairs
                if not names_a_person(key) and not _first_or_last(text, key):
                    continue
                if game_roster(text, key):
                    continue  # "Agent: Reyna" in a game's patch notes
                # A detail in brackets after the name: "sigrid (317-829-9072)".
                end = m.end(2)
                bracket = text.find(" (", m.start(2), end)
                closing = text.find(")", bracket, end) if bracket > 0 else -1
                if bracket > 0 and not (closing > 0 and _LIST_GOES_ON_AFTER.match(text, closing + 1)):
                    end = bracket  # not "Present: Ana Lima (chair), Bo Chen, Viliami": a role
                    # in brackets inside a list
                if (key.lower() in ROLES or (
                    key.lower() in _SPEAKING_KEYS and _english_said(text[m.start(2) : end])
                )) and _SAID.search(text, m.start(2), end):
                    continue  # "Caller: Great, thanks.", "Customer: Do you stock Calpol
                    # sachets?": a speaker's words, not a name
                stop = text.find(". ", m.start(2), end)
                if stop > 0 and _a_name_then_a_sentence(text, m.start(2), stop):
                    end = stop  # "Vet on duty: Rehema. Weight 11.2 kg.": a sentence goes on
                if key.strip("\"' ").lower() == "name" and (
                    _THING_SIBLINGS.search(
                        text, max(0, m.start() - 120), min(len(text), m.end() + 120)
                    )
                    or _catalogue_object(text, m.start(2)) or _thing_parent(text, m.start(2))
                    or _animal_object(text, m.start(2))
                ):
                    continue  # "- name: Sage & Butternut Soup" beside "price:": a product;
                    # "pet": {"name": "Mochi"}; {"name": "Mabel", "species": "meerkat"}
                # One name, "Family, Given", or a list of names ("Passengers: A, B and C").
                for index, (a, b) in enumerate(_items(text, m.start(2), end)):
                    if " " in text[a:b].strip() and text[a:b].split()[-1].lower() in BUSINESS_WORDS:
                        break  # "Vet: Tarek Saliba, Orchard Vets, Apia": a practice, its town
                    if re.match(r"(?i)(?:the|an?)[ \t]", text[a:b].strip()):
                        continue  # "Present: Treasurer (chair), the Archivist": a role
                    value = _without_stop_words(
                        _BRACKET_AT_END.sub("", text[a:b].strip().rstrip(".!?"))
                    )
                    if index and value.lower() in known_places() and not _known_given(value):
                        continue  # "Referring vet: K. Leung, Lyon": where the vet works
                    if not value or not name_like(value, capitalised=False):
                        continue
                    start = text.index(value, a)
                    if (english_phrase(value) or _a_role(value)) and not _beside_a_name(
                        text, start, start + len(value)
                    ):
                        continue  # "Present: Chair, Treasurer, Welfare Officer": roles
                    if " " in value and value.split()[-1].lower() in THING_AFTER:
                        continue  # "name": "Tante Greet rye": a bread
                    if _CODE_AFTER.match(text, start + len(value)):
                        continue  # "let names: Vec<String> = ...": a type, not a name
                    if (value.islower() and (not has_known_name(value) or _stop_word(value))
                            and not (" " not in value and holds_only_a_name(key))):
                        continue  # in lower case, a known name ("contact: sigrid"), not a
                        # phrase ("Refund to: original payment method", "date of birth")
                    if not value.islower() and _a_lower_english_word(value):
                        continue  # "Assessor: panel B": a word in lower case, no name's
                    if " " not in value and value.isupper() and (
                        not _NAME_KEY.search(key)
                        or (len(value) <= 3 and not holds_only_a_name(key))
                    ) and not (len(value) > 3 and has_known_name(value)) and not (
                        _family_in_capitals(value) and (
                            holds_only_a_name(key) or _key_last_word(key) in _HOLDER_KEYS
                        )
                        and text[m.start(2) : end].strip(" \t\"',") == value
                    ):
                        continue  # "to": "JPY", "from": "EUR", "name: CI": a code, not a name;
                        # not "holder": "NAIVALU", a family name in capitals
                    if is_place(value) or is_country(value):
                        continue  # "From: Tampere, Finland", "| From |" over "| Poland |"
                    if weakly_names_a_person(key) and not (
                        has_known_name(value) and text[m.start(2) : end].strip(" \t\"',") == value
                    ):
                        continue  # "Host: Zeus"; "User: what's the difference between RAM"
                    if _ANIMAL_PATIENT.match(text, start + len(value)):
                        continue  # "Patient: Master Chief (canine, 7 y)": a vet's patient
                    if _defines_class(text, value):
                        continue  # name = "Jarvis" in "class Jarvis(Assistant):"
                    if " " in value and value.split()[-1].lower() in BUSINESS_WORDS:
                        continue  # "name: Pirouette Dance Lab": a business
                    if _STORM.match(value):
                        continue  # "name": "Storm Otto"
                    yield start, start + len(value)
    if "[" in text:
        yield from _listed_names(text)
    if "\n" in text and "- " in text:
        yield from _yaml_listed_names(text)
    # The phrases are tried only where one of their first words stands, or after a blank
    # line (a salutation).
    # In HTML, the phrases are read without the tags ("Dear <b>Pemba</b>,").
    plain, where = _without_tags(text) if "</" in text else (text, None)
    starts = [0] + [w.start() for w in _WORD.finditer(plain) if w.group().lower() in _FIRST_WORDS]
    starts += [m.end() for m in re.finditer(r"\n\n", plain)]
    starts += [m.start() for m in _AKA.finditer(plain)]
    for pos in sorted(set(starts)):
        m = _NAME_AFTER.match(plain, pos)
        if m is None:
            continue
        group = next(g for g in _BRANCHES if m.group(g))
        kind = _BRANCHES[group]
        if group == "cued" and m.group("cue")[0].isupper() and not _cue_starts_sentence(
            plain, m.start("cue")
        ):
            continue  # "Revolut Customer Care": a title, not a cue
        if group == "cued" and m.group("cue").isupper() and m.group(group).isupper():
            continue  # "PASSENGER PROPERTY IRREGULARITY REPORT": a heading
        spans = _items(plain, m.start(group), m.end(group)) if kind == "list" else [m.span(group)]
        for a, b in spans:
            if where is not None:
                a, b = where[a], where[b - 1] + 1
            value = text[a:b]
            if "<" in value:
                continue
            if not name_like(value, capitalised=kind in ("cap", "list")):
                continue
            if kind == "known" and not (value[0].isupper() or has_known_name(value)):
                continue
            if kind == "lower" and _stop_word(value):
                continue
            if group in ("list", "greeted") and value.isupper() and len(value) <= 4 and (
                not has_known_name(value)
            ):
                continue  # "Hello DMV,"
            if group in ("list", "greeted", "cued") and (value.lower() in NOT_NAMES or (all(
                _common(w) or w.lower() in NOT_NAMES for w in value.split()
            ) and not has_known_name(value)) or (
                english_phrase(value) and not _beside_a_name(text, a, b)
            )):
                continue  # "Dear Backer", "Dear Letters Editor", "Dear shipper,", "contact
                # Revenues and Benefits"
            if group == "cued" and is_software(text, value):
                continue  # "Ask Jeeves", "ask Copilot"
            if group == "cued" and m.group("cue").lower() in WEAK_CUES and not (
                m.group("cue").islower() and value[0].isupper() and has_known_name(value)
                and value.lower() not in known_places()
            ):
                continue  # "via Stripe", "ship via Curitiba", "via Lyon", "Via del Pratello"
            if named_thing(text, a, b) or in_a_things_field(text, a, b):
                continue  # "a beagle called Sergeant Biscuit", "the plot of Mrs Dalloway",
                # {"bot": "Ask Ada"}
            yield a, b
    if may_hold_cells(text):
        for line in re.finditer(r"[^\n]+", text):
            for a, b in _cells(line.group()):
                cell = line.group()[a:b]
                value = cell.strip(" \t\"'")
                if not value or not name_like(value, capitalised=False) or english_phrase(value):
                    continue
                start = line.start() + a + cell.index(value)
                header = header_of(text, start, start + len(value))
                if header and header.strip("\"' ").lower() == "name" and _catalogue_header(
                    text, start
                ):
                    continue  # "sku,name,colour,price": a product's name
                if " " in value and value.split()[-1].lower() in BUSINESS_WORDS:
                    continue  # "| Owner |" over "| Payments Core |": a team
                if header and not game_roster(text, header) and (
                    names_a_person(header) or _NAME_COLUMN.fullmatch(header)
                    or (_SURNAME_FIRST_COLUMN.fullmatch(header) and ", " in value)
                ) and not is_place(value) and not is_country(value) and not (
                    weakly_names_a_person(header) and not has_known_name(value)
                ):
                    yield start, start + len(value)  # not "| From |" over "| Haifa, Israel |"
    if "insert" in text or "INSERT" in text:
        yield from _inserted_names(text)
    yield from _names_under_labels(text)
    if "<t" in text or "<T" in text:  # "<th>", or a form's "<td>Plus one</td><td>..."
        yield from _html_table_names(text)


# A label alone on its line and its value on the next, as printed forms and ID cards read
# after OCR: "SURNAME / NOM" then "SUBRAMANIAM".
_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*(?P<key>[A-Za-z][A-Za-z _]{1,30}?)(?:[ \t]*/[ \t]*[^\n/]{1,30})?[ \t]*:?[ \t]*\n"
    r"(?=[ \t]*(?P<value>[^\n]{1,60}?)[ \t]*$)"
)


def _names_under_labels(text: str) -> Iterator[tuple[int, int]]:
    """A name on the line under a label alone on its line that holds nothing but a given or
    family name ("SURNAME / NOM", "Given names"), or names a person with a known name under
    it."""
    for m in _LABEL_LINE.finditer(text):
        key, value = m.group("key").strip(), m.group("value")
        only_a_name = holds_only_a_name(key)
        if not (only_a_name or names_a_person(key)):
            continue
        if not name_like(value, capitalised=False) or _FIELD.match(value):
            continue
        if is_place(value) and not only_a_name:
            continue  # under "SURNAME / NOM" a surname, whatever town shares it ("COLOMBO")
        if only_a_name or has_known_name(value):
            yield m.span("value")


_HTML_ROW = re.compile(r"(?is)<tr\b[^>]*>(.*?)</tr>")
_HTML_CELL = re.compile(r"(?is)<(t[hd])\b[^>]*>(.*?)</t[hd]>")


def _html_table_names(text: str) -> Iterator[tuple[int, int]]:
    """The cells of an HTML table under a header (<th>) that names people: "<th>Name</th>"
    over "<td>Rupert Hollingsworth</td>"; and in a form laid out a row per field, the cell
    after a header that names people ("<th>Patient</th><td>PETKOV, Dimitar</td>", or in a
    table with no header row "<td>Plus one</td><td>Yarran Namatjira</td>")."""
    headers: list[str] | None = None
    for row in _HTML_ROW.finditer(text):
        cells = list(_HTML_CELL.finditer(text, row.start(1), row.end(1)))
        tags = [c.group(1).lower() for c in cells]
        if len(cells) == 2 and (tags == ["th", "td"] or (tags == ["td", "td"] and headers is None)):
            # a form laid out a row per field: "<th>Patient</th><td>PETKOV, Dimitar</td>"
            key = re.sub(r"<[^>]*>", "", cells[0].group(2)).strip()
            value = cells[1].group(2).strip()
            if value and "<" not in value and names_a_person(key) and not is_place(value):
                for a, b in _items(value, 0, len(value)):
                    item = value[a:b].strip()
                    if item and name_like(item, capitalised=True):
                        start = cells[1].start(2) + cells[1].group(2).index(item, a)
                        yield start, start + len(item)
            continue
        if cells and all(c.group(1).lower() == "th" for c in cells):
            headers = [re.sub(r"<[^>]*>", "", c.group(2)).strip() for c in cells]
            continue
        if headers is None or len(cells) != len(headers):
            continue
        for header, cell in zip(headers, cells, strict=True):
            value = cell.group(2).strip()
            if not value or "<" in value or not name_like(value, capitalised=True):
                continue
            if (names_a_person(header) or _NAME_COLUMN.fullmatch(header)) and not is_place(value):
                start = text.index(value, cell.start(2))
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
            if not _a_firm(text[start:end])
            and not (vetoed(nlp_artifacts, text, start, end) and not _under_a_name_key(text, start, end))
        ]


def _under_a_name_key(text: str, start: int, end: int) -> bool:
    """Whether the key or the column header of the value at text[start:end] holds nothing
    but a person's name ("surname", "first_name", "Given names"): the NER's odds do not
    outweigh it (the NER reads a CSV row's cells poorly)."""
    key = field_key(text, start, end)
    return key is not None and holds_only_a_name(key.strip("\"' "))


def _a_firm(value: str) -> bool:
    """Whether a value is a business's or a team's name: two words or more, the last one of
    BUSINESS_WORDS, the first no known name ("Thanks,\nMicrobiology Lab"; not "Ana Studio"),
    since the thirtieth round."""
    words = value.split()
    return len(words) > 1 and words[-1].lower() in BUSINESS_WORDS and not has_known_name(
        words[0]
    )


# A version number right after a word: software ("pin Prometheus at v3.6.0", "deployed Helm
# 1.0.0-rc.3"), never a person.
_VERSION_AFTER = re.compile(r"[ \t]+(?:at[ \t]+|to[ \t]+)?(?:v\d+(?:\.\d+)+|\d+\.\d+\.\d+)")
# Nouns after a name that make it a thing, read by the known names' rules too
# (`known_names.EPONYM_NOUNS`): since the twenty-sixth round eponyms ("Yamanaka factors",
# "Krebs cycle"), since the twenty-seventh chess openings ("Evans Gambit", "Berlin Defence"),
# since the twenty-eighth furniture, toys, suites, decks and lifts sold or named under given
# names ("Billy bookcase", "Hemingway Suite", "Magellan Deck", "Romy lift").
EPONYMS_AND_PRODUCTS = frozenset({
    "factor", "factors", "effect", "constant", "paradox", "reflex", "cycle", "diagram",
    "curve", "coefficient", "gambit", "defence", "defense", "variation", "countergambit",
    "bookcase", "bookcases", "lamp", "lamps", "sofa", "sofas", "rug", "rugs", "suite", "suites",
    "lounge", "deck", "lift", "lifts", "range", "collection", "doll", "dolls", "wing",
})  # fmt: skip
# Nouns that say the capitalised words right before them name a thing, not a person ("a new
# Rose Gold dark theme", "Hazel accent colour", "Grafana alert", "Ada integration").
THING_AFTER = frozenset({
    "theme", "themes", "colour", "colours", "color", "colors", "accent", "finish", "edition",
    "alert", "alerts", "integration", "plugin", "plug-in", "extension", "dashboard",
    "pipeline", "cluster", "sdk", "api", "library", "framework", "package", "firmware",
    "variant", "dark", "light", "mode", "skin", "font", "template", "widget", "bot",
    "sherry", "wine", "cocktail", "chair", "sofa", "lamp", "replica", "frame", "chatbot",
    "box", "room", "evening", "lecture", "exhibition", "award", "prize", "medal",
    "fellowship", "scholarship", "service", "stamp", "stamps",
    "filter", "filters", "blur", "transform",  # "Add Kalman filter smoothing"
    # since the twenty-third round: what a thing named after someone is ("Bloomberg terminal",
    # "Dijkstra algorithm", "Stokes equations")
    "terminal", "terminals", "algorithm", "algorithms", "theorem", "conjecture", "lemma",
    "equation", "equations", "inequality", "distribution", "syndrome", "principle",
    # breads, cakes and beers named like people ("Tante Greet rye", "Sister Agatha Saison");
    # those that are family names too ("Porter", "Stout") only where the text speaks of beer
    "rye", "babka", "sourdough", "loaf", "focaccia", "brioche", "challah", "bagel", "bagels",
    "baguette", "bloomer", "strudel", "saison", "tripel", "dubbel", "quadrupel", "ipa", "apa",
    "lager", "pils", "pilsner", "ale", "weissbier", "hefeweizen", "gose", "kolsch", "kölsch",
    "syntax", "bindings", "compiler", "interpreter",  # "Add Julia and Ada syntax"
    *EPONYMS_AND_PRODUCTS,
    # since the twenty-seventh and twenty-eighth rounds, beside EPONYMS_AND_PRODUCTS
    "opening", "desk", "desks", "shelf", "shelves", "wardrobe", "wardrobes", "mattress",
    "cabinet", "dresser", "stool", "armchair", "armchairs", "coat", "dress", "bag", "scarf",
    "jacket", "skirt", "blouse", "ranges", "playset", "chairlift", "gondola", "pontoon",
    # since the thirtieth round: climbing routes named after climbers ("Cassin Ridge",
    # "Bonatti Pillar", "Walker Spur"), laboratory glass and burners ("Bunsen burner")
    "ridge", "pillar", "spur", "couloir", "arete", "arête", "buttress", "burner", "flask",
    # since the thirty-first round: instruments' parts ("Rickenbacker bridge"), wind and
    # solar farms ("Brigid Array")
    "bridge", "pickups", "pickup", "fretboard", "array", "windfarm",
    # since the thirty-second round: climbing routes and a circuit's corners named after
    # people ("Messner route", "Ascari chicane"), coins ("Maria Theresa thaler")
    "route", "routes", "chicane", "hairpin", "thaler", "thalers", "ducat", "florin",
    # since the thirty-sixth round: buildings named after people ("Hartley Building",
    # "Rhodes House annex")
    "building", "buildings", "annex", "annexe",
})  # fmt: skip
# Beers that are family names too ("Old Nellie Porter"), where a text speaks of beer.
BEER_STYLES = frozenset({"porter", "stout", "bitter", "mild", "bock", "cider", "brown", "amber"})
BEER = re.compile(r"(?i)\b(?:beers?|ales?|brew\w*|abv|hops?|malt|taps?|pints?|kegs?|casks?"
                  r"|on draught|on draft|bar staff)\b")  # also `not_people`'s brewing text
_NEXT_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z-]+)")
# The word after, where a clause or a list ends with it (a noun, not a verb: "3 x Penny Black
# stamps.", not "Maria Lopez stamps the forms").
_LAST_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z-]+)(?=[ \t]*(?:[.,;:!?)\]\n]|\Z|(?:and|or)\b))")
# Code right after a word: a type's parameters, a call, an index or a path ("Vec<String>",
# "Some(x)", "Math.max"); a markup tag in lower case is no code.
_CODE_AFTER = re.compile(
    r"<[A-Z&\[(]|\(|\[|::|\.[a-z_]"  # not "Ana Lima<br>"
    r"|-(?:sdk|api|cli|lib|js|py|core|client|server|plugin|service|bot)\b"  # "Bugatti-sdk"
)
# What a product comes in, before its colours or finishes: "available in Hazel and Jade",
# "Does the Helix Desk come in Rose Gold, or only in Amber?".
_CAPS = r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*"
_OFFERED_IN = re.compile(
    rf"\b(?:available|comes?|offered|sold|made|also|only)[ \t]+in[ \t]+"
    rf"(?:{_CAPS}(?:,[ \t]*(?:or[ \t]+(?:only[ \t]+)?(?:in[ \t]+)?)?|[ \t]+(?:and|or|&)[ \t]+))*\Z"
)

# Animals of zoos, farms and sanctuaries, which keepers name: "Otis (sea lion)", "the okapi is
# Duncan".
_ZOO_ANIMALS = (
    r"sea lion|seal|giraffe|okapi|zebra|rhino|rhinoceros|hippo|hippopotamus|meerkat|lemur"
    r"|flamingo|camel|llama|alpaca|donkey|mule|owl|eagle|hawk|falcon|kangaroo|wallaby|koala"
    r"|wolf|fox|orangutan|chimp|chimpanzee|gorilla|cheetah|leopard|jaguar|lion|lioness|tiger"
    r"|bear|panda|elephant|crocodile|alligator|turtle|pig|sheep|lamb|ewe|calf|cow|bull"
    r"|foal|goat|hen|chicken|duck|goose|bison|yak|tapir|sloth|capybara|ostrich|emu"
    r"|penguin|otter|dolphin|orca|whale|shark|octopus|tarantula|snake|lizard|iguana|macaw"
)
# Kinds and breeds of pets, in brackets after a pet's name: "Max (lurcher)".
_ANIMAL_KINDS = (
    r"dog|cat|puppy|kitten|canine|feline|collie|lurcher|labrador|retriever|spaniel|terrier"
    r"|poodle|beagle|husky|greyhound|whippet|dachshund|pug|bulldog|rottweiler|chihuahua"
    r"|cockapoo|labradoodle|cavapoo|schnauzer|corgi|setter|pointer|shepherd|ferret|rabbit"
    r"|hamster|guinea pig|budgie|parrot|gecko|tortoise|pony|horse|mare|gelding|dsh|dlh"
    # and a zoo's or a farm's: "Otis (sea lion)"
    rf"|{_ZOO_ANIMALS}"
)
# Animals, toys and characters, which a name may be given to: "a cat (Mrs Whiskers)".
_ANIMAL = (
    r"dog|cat|puppy|kitten|beagle|terrier|spaniel|horse|racehorse|pony|boat|yacht|doll|toy"
    r"|teddy|character|hamster|parrot|rabbit|pet|tortoise|goldfish|cub|monkey|python"
    rf"|{_ZOO_ANIMALS}"
)
# Animals named in a sentence before their names: "The giraffes are called Gerald and Mabel",
# "the okapi is Duncan" (not "the keeper is Duncan").
_ANIMAL_NAMED_BEFORE = re.compile(
    rf"(?i)\b(?:{_ANIMAL})s?[ \t]+(?:is|are|was|were)[ \t]+(?:(?:called|named)[ \t]+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+))*\Z"
)
# A keeper's diary, a line per kind, one animal's name then what it did: "Giraffes: Gerald
# off his food" (not a team's line: "Lions: Ana Lima, Bea Okafor").
_ANIMAL_LINE = re.compile(rf"(?i)^[ \t]*(?:{_ZOO_ANIMALS}|{_ANIMAL_KINDS})s?[ \t]*:[ \t]*\Z", re.M)
_ONE_WORD_THEN_LOWER = re.compile(r"[A-Z][\w'’-]*[ \t]+[a-z]")
# An animal named right after a comma: "the only photo of me is with my dog, Nigel".
_ANIMAL_THEN_COMMA = re.compile(
    rf"(?i)\b(?:my|our|his|her|their|your|the)[ \t]+(?:[a-z]+[ \t]+)?(?:{_ANIMAL})s?,[ \t]*"
    r"(?:(?-i:[A-Z])[\w'’-]+[ \t]+(?:and|&)[ \t]+)?\Z"  # "the visiting dogs, Bella and Monty"
)


@functools.lru_cache(maxsize=1)
def pet_names(text: str) -> frozenset[str]:
    """The names the text gives animals: before a pet's kind in brackets ("Gerald (cat,
    British Shorthair)") or after an animal's word ("my dog, Nigel"), wherever else it writes
    them ("Gerald turns 9"). Read once for the passes of `analyzer.after_presidio` over the
    same text."""
    return frozenset(
        m.group() for m in _CAPITALISED_WORD.finditer(text)
        if _PET_AFTER.match(text, m.end()) or named_animal(text, m.start())
    )


_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])")


def named_animal(text: str, start: int) -> bool:
    """Whether the sentence or the line names an animal right before `start`: "The giraffes
    are called Gerald and Mabel", "the okapi is Duncan", "Giraffes: Gerald off his food"."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ANIMAL_LINE.search(text, line_start, start):
        return bool(_ONE_WORD_THEN_LOWER.match(text, start))
    return bool(
        _ANIMAL_NAMED_BEFORE.search(text, max(line_start, start - 80), start)
        or _ANIMAL_THEN_COMMA.search(text, max(line_start, start - 40), start)
    )


# An animal named before its kind: "Kimba the lion cub turns one".
_ANIMAL_AFTER = re.compile(
    rf"(?i)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:{_ANIMAL})s?\b"
    # a bot's or an assistant program's: "Tessa the booking assistant" (not "Ana the
    # assistant manager")
    r"|[ \t]+the[ \t]+(?:(?:booking|virtual|voice|ai|chat|shopping|digital)[ \t]+assistant"
    r"|chatbot|bot|robot|mascot)\b(?![ \t]+(?:manager|director|editor|coach|to)\b)"
    # and after a comma: "Ask Marvin, our virtual assistant" (not "Kelly, our assistant")
    r"|,[ \t]+(?:our|your|the)[ \t]+(?:(?:booking|virtual|voice|ai|chat|shopping|digital)"
    r"[ \t]+assistant|chatbot|bot)\b"
)
# A program named in quotes after "assistant": 'the assistant "Max" keeps asking'.
_QUOTED_ASSISTANT = re.compile(r"(?i)\bassistant[ \t]+[\"'“‘]\Z")
# The items of a list of things: "Apple varieties: Braeburn, Jazz", "Perfume range for the
# gift shop: Daisy, Miss Dior, Angel".
_THINGS_LISTED = re.compile(
    r"(?i)\b(?:varieties|range|ranges|flavours|flavors|scents|fragrances|perfumes|models"
    r"|products|brands|titles|cocktails|dishes|cultivars|breeds|fonts|typefaces|set[ \t]?list"
    r"|playlist|songs|hymns|tracks|repertoire)\b"
    r"[^:\n]{0,40}:[^:\n]*\Z"
)

# The names given to rooms, machines, vehicles and the like, listed after "called": "Our
# coworking rooms are called Hopper, Lovelace, Turing and Curie" (not "my kids are called").
_THINGS_CALLED = re.compile(
    r"(?i)\b(?:rooms?|suites?|wards?|wings?|halls?|buildings?|floors?|desks?|servers?|hosts?"
    r"|machines?|nodes?|clusters?|printers?|robots?|releases?|sprints?|boats?|ships?|vans?"
    r"|trucks?|cars?|buses|trains?|planes?|aircraft|cabins?|houses?|plants?|dolls?|toys?"
    r"|teams?|squads?|tables?|storms?|hurricanes?|horses?|dogs?|cats?|pets?"
    r"|roombas?|vacuums?|hoovers?|mowers?|drones?|speakers?)"  # since the 32nd round
    r"[ \t]+(?:(?:are|is|were|was|get|got|all)[ \t]+)*(?:called|named)[ \t]+"
    r"(?!(?:after|by|for|to|in|on|at|with|from)\b)[^.!?:\n]*\Z"
)


# A wine's estate or cuvée, before a name or as the first word of one the NER model found.
THING_LEADS = frozenset({"domaine", "château", "chateau", "cuvée", "cuvee", "clos", "bodega",
                         "bodegas", "weingut", "tenuta", "castello", "cantina", "eau"})


# A finish in brackets after a name: a lipstick's or a paint's shade ("Marilyn (matte)").
_FINISH_AFTER = re.compile(
    r"[ \t]*\((?:matte|matt|satin|gloss|glossy|sheer|shimmer|metallic|frost|frosted|cream"
    r"|velvet|lustre|luster|eggshell|silk)\)"
)
# A word right before a name that says it names a thing: "Codename Hazel kickoff", "project
# Juniper", "sprint Ada", "my team codename is Jasper", "wrong colour (Cherry Red)".
_THING_BEFORE = re.compile(
    r"(?i)\b(?:(?:codename|code[ -]name|code-named)(?:[ \t]+(?:is|was))?[ \t]+"
    r"|(?:project|operation|experiment|sprint|release|milestone|branch|edition)[ \t]+"
    r"|(?:colour|color|shade|finish)[ \t]*[(:][ \t]*"
    r"|(?:shade|lipstick|swatch)[ \t]+"  # since the twenty-ninth round: 'shade "Marilyn"'
    # a bot's, a mascot's or an animal's name: "chatbot 'Ask Alfie'", "a cartoon beagle
    # called Sergeant Biscuit" (not "my assistant Ana Lima": an assistant is named only after
    # "called")
    r"|(?:chatbot|bot|mascot|robot|avatar)[ \t]+(?:(?:is|was)[ \t]+)?(?:(?:called|named)[ \t]+)?"
    r"[\"'“‘]?(?:ask|hey)?[ \t]*"
    rf"|(?:assistant|app|{_ANIMAL})s?[ \t]+(?:(?:is|was)[ \t]+)?\(?(?:called|named)[ \t]+"
    rf"|(?:{_ANIMAL})s?[ \t]*\((?:(?:mrs|mr|miss|sir|lady|lord)\.?[ \t]+)?"
    # a wine's estate or cuvée, a book's plot: "Domaine Mary-Lou", "the plot of Mrs Dalloway"
    rf"|(?:{'|'.join(sorted(THING_LEADS, key=len, reverse=True))})[ \t]+"
    r"|(?:plot|author|sequel|prequel|ending|characters|cast)[ \t]+of[ \t]+"
    r"(?:(?:mr|mrs|ms|miss|dr|sir|lady|lord)\.?[ \t]+)?"
    # a ship's: "Vessel MSC Aurora Star", "the ferry Stena Foreteller", "MV Ever Given"
    r"|(?:vessel|ship|ferry|tanker|freighter|yacht|cruise[ \t]+ship|tug|tugboat|barge|dredger"
    r"|trawler|lifeboat)[ \t]+(?:[A-Z]{2,4}[ \t]+)?"
    r"|(?-i:\b(?:MV|M/V|MSC|MT|HMS|RMS|USS|SS|HMAS|HMCS)[ \t]+)"
    r")[\"'“‘]?\Z"
)
# A type or a function a program defines: "class Jarvis(Assistant):", "def Olivia()".
_DEFINED = re.compile(r"\b(?:class|struct|interface|enum|trait|def|fn|func|function)[ \t]+\Z")


def _defines_class(text: str, value: str) -> bool:
    """Whether the text defines a class named `value` ("class Jarvis(Assistant):")."""
    return "class " in text and bool(re.search(rf"\bclass[ \t]+{re.escape(value)}\b", text))


# Betting odds after a racehorse's name: "Golden Mozart at 7/2", where the text bets.
_ODDS_AFTER = re.compile(r"[ \t]+(?:at[ \t]+)?\(?\d{1,3}/\d{1,2}\b")
_BETTING = re.compile(r"(?i)\b(?:bet|bets|betting|odds|each-way|racehorse|race|stakes|handicap|favourite|favorite)\b")
# The last word of a product's colour or finish, after an article: "the Olive Green trench",
# "a Champagne Gold strap" (not "Ana Green": no article before a name).
COLOUR_WORDS = frozenset({
    "green", "gold", "blue", "red", "grey", "gray", "black", "white", "brown", "pink", "silver",
    "navy", "beige", "cream", "ivory", "purple", "orange", "yellow", "bronze", "copper", "teal",
})  # fmt: skip
# The last words of paint colours and finishes, no family name's: "Dawn Haze", "Iris Mist",
# "Summer Linen", "Sage Whisper".
PAINT_WORDS = frozenset({
    "haze", "mist", "linen", "whisper", "slate", "moss", "fog", "frost", "dusk", "mint",
    "lilac", "lavender", "charcoal", "taupe", "ochre", "graphite", "sorbet", "citrus", "blush",
    "meadow", "breeze", "velvet", "shadow", "drift", "glow", "bloom", "sky", "sand", "clay",
})  # fmt: skip
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|that|our|your|my|in)[ \t]+\Z")


# "the" right before a name: a thing's ("the Gibson Les Paul", "the Kenwood hook"), but for
# a family's ("the Zhang household"). Of 14,419 names in the read parts and the training
# generators, 3 follow "the", all before "household".
THE_BEFORE = re.compile(r"(?i)\bthe[ \t]+\Z")
_FAMILY_AFTER = re.compile(r"(?i)[ \t]+(?:household|family|families|wedding|twins|kids|clan)\b")


# Conditions called by their person's name alone: "Parkinson's and Alzheimer's".
EPONYMOUS_CONDITIONS = frozenset({
    "parkinson", "alzheimer", "crohn", "hodgkin", "huntington", "addison", "cushing",
    "asperger", "tourette", "raynaud", "graves", "hashimoto", "kawasaki", "meniere", "bell",
    "sjogren", "sjögren", "paget", "kaposi", "lyme", "osgood", "guillain", "creutzfeldt",
})  # fmt: skip
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")
# A law, a theorem or a disease named after its person: "Moore's law", "Dijkstra's algorithm".
_EPONYM_AFTER = re.compile(
    r"(?i)['’]s[ \t]+(?:law|laws|algorithm|theorem|principle|razor|paradox|constant|equation"
    r"|rule|syndrome|disease|conjecture|lemma|effect|hypothesis|inequality|distribution"
    r"|cyst|palsy|sign|reflex|manoeuvre|maneuver|contracture|phenomenon|cradle|comet"
    r"|paresis|paralysis|fracture|triad|node|nodes)\b"
    # a condition's name without the possessive: "Osgood-Schlatter disease"
    r"|[ \t]+(?:disease|syndrome|cyst|palsy|sarcoma|lymphoma|contracture|tendinopathy)\b"
)

# What science and medicine name after a family name alone, and a person's possessive rarely
# owns: "Fibonacci's sequence", "Hartmann's solution 1L" (a fluid: a volume or a bag after
# it; not "Nakamura's solution is cleaner"); only after a known family name or a word that
# is no known given name ("Priya's formula"). Not a patient's "test", "operation" or
# "fracture", nor a colleague's "method".
_FAMILY_EPONYM_AFTER = re.compile(
    r"(?i)['’]s[ \t]+(?:classification|criteria|triad|formula|transform|approximation|sequence"
    r"|pouch|solution(?=[ \t]*(?:\d|iv\b|bags?\b|infusion|drip)))\b"
)


def named_thing(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words text[start:end] name a thing by what stands around them:
    "the" right before them ("the Gibson Les Paul"; not "the Zhang household"), a law, a
    theorem or a disease after them ("Moore's law", "Osgood-Schlatter disease"), a
    codename's or a project's word ("Codename Hazel"), a bot's, a mascot's or an animal's
    ("chatbot 'Ask Alfie'", "a beagle called Sergeant Biscuit"), a wine estate's ("Domaine
    Mary-Lou"), a book's plot ("the plot of Mrs Dalloway"), a class a program defines
    ("class Jarvis"), betting odds after them ("Golden Mozart at 7/2") or an article or "in"
    before words that end in a colour ("a Champagne Gold strap", "in Crystal Grey")."""
    if THE_BEFORE.search(text, max(0, start - 4), start) and not _FAMILY_AFTER.match(text, end):
        return True
    if _EPONYM_AFTER.match(text, end):
        return True  # "Moore's law", "Dijkstra's algorithm"
    if text[start:end].lower() in EPONYMOUS_CONDITIONS and _POSSESSIVE_AFTER.match(text, end):
        return True  # "Parkinson's and Alzheimer's"
    if _FAMILY_EPONYM_AFTER.match(text, end) and " " not in text[start:end].strip() and (
        _known_family(text[start:end]) or not _known_given(text[start:end])
    ):
        return True  # "Hartmann's solution", not "Priya's solution works"
    if _THING_BEFORE.search(text, max(0, start - 40), start) or _FINISH_AFTER.match(text, end):
        return True  # "Codename Hazel"; "Ruby Woo and Marilyn (matte)": a lipstick's shade
    words = text[start:end].split()
    if words and words[0].lower() in THING_LEADS:
        return True  # "Domaine Mary-Lou", "Cuvée Victor"
    if len(words) >= 2 and words[-1].lower() in PAINT_WORDS and not has_known_name(words[-1]):
        return True  # "Freshly painted in Dawn Haze", AMBER = "Summer Linen"
    if _DEFINED.search(text, max(0, start - 12), start) or _defines_class(text, text[start:end]):
        return True  # "class Jarvis(Assistant):" and, there, "name = \"Jarvis\""
    if _ODDS_AFTER.match(text, end) and _BETTING.search(text):
        return True  # "each-way bet, Golden Mozart at 7/2"
    if _ANIMAL_AFTER.match(text, end):
        return True  # "Kimba the lion cub", "Tessa the booking assistant"
    if _STORM_BEFORE.search(text, max(0, start - 20), start) or _STORM.match(text, start, end):
        return True  # "Storm Otto", "Hurricane Otis": weather, not people
    if len(words) > 1 and words[0].lower() in ROOM_WORDS:
        return True  # "Room Tudor 2, 11:15"
    if _holiday(text[start:end]):
        return True  # "ASCENSION DAY - OFFICES CLOSED"
    if len(words) > 1 and words[-1].lower() in PROGRAM_WORDS:
        return True  # "FN:Ada Assistant", "Sage Bot": a program's name
    after = _LAST_WORD_AFTER.match(text, end)
    if after and after.group(1).lower() in THING_AFTER:
        return True  # "3 x Penny Black stamps.", not "Maria Lopez stamps the forms"
    if _QUOTED_ASSISTANT.search(text, max(0, start - 16), start):
        return True  # 'the assistant "Max"'
    line_start = text.rfind("\n", 0, start) + 1
    if _THINGS_LISTED.search(text, line_start, start):
        return True  # "Apple varieties for the zoo's fruit bats: Braeburn, Jazz"
    if _THINGS_CALLED.search(text, max(line_start, start - 120), start):
        return True  # "rooms are called Hopper, Lovelace, Turing and Curie"
    if named_animal(text, start):
        return True  # "The giraffes are called Gerald and Mabel, the okapi is Duncan"
    if _JOURNAL_AFTER.match(text, end) and YEAR_IN_BRACKETS.search(
        text, line_start, max(end, text.find("\n", end) % (len(text) + 1))
    ):
        return True  # "Stanikzai, Z. (2013) ... Int J Audiol 61:550-8": a journal's volume
        # and pages in a reference (not "Ana Lima 10:30")
    return (
        len(words) >= 2 and words[-1].lower() in COLOUR_WORDS
        and bool(_ARTICLE_BEFORE.search(text, max(0, start - 8), start))
    )


# A journal's volume, issue and pages after its short title: "Optom Vis Sci 98(4):212-19".
_JOURNAL_AFTER = re.compile(r"[ \t]+\d{1,4}(?:\(\d{1,3}\))?:[ \t]?\d+(?![\w:])")
# Styles of citing named after places and people: "Format in Chicago style".
_CITATION_STYLES = frozenset({"Chicago", "Harvard", "Vancouver", "Oxford", "Turabian",
                              "Bluebook"})
_STYLE_AFTER = re.compile(
    r"(?i)[ \t]+(?:style|referencing|format|citations?|manual|notes|footnotes|endnotes)\b"
)
# Articles of Italian, Spanish, French and Portuguese that open a sentence ("Lo scavo ...").
_ROMANCE_ARTICLES = frozenset({"Lo", "Gli", "Il", "Les", "Los", "Las", "Os", "Uno", "Una",
                               "Une", "Des", "Le"})  # "Le confirmo que ...": since the 31st
# Chemical elements written as their symbols, two or more in a list: "Pb, Cu".
_ELEMENT = (
    r"(?:He|Li|Be|Ne|Na|Mg|Al|Si|Cl|Ar|Ca|Sc|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|As|Se|Br|Kr|Rb|Sr"
    r"|Zr|Nb|Mo|Tc|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|Te|Xe|Cs|Ba|La|Ce|Nd|Sm|Eu|Gd|Hf|Ta|Re|Os|Ir|Pt"
    r"|Au|Hg|Tl|Pb|Bi|Po|Rn|Ra|Th|Pa|Pu|Am)"
)
_ELEMENTS_LISTED = re.compile(rf"{_ELEMENT}(?:,[ \t]*{_ELEMENT})+")
# A verb that opens a question before its subject: "Will the ferries run?", "Will you ...?".
_QUESTION_WORDS = frozenset({"Will", "Mark", "Bill", "Sue", "Pat", "Rob", "Grant", "Chase"})
_QUESTION_AFTER = re.compile(
    r"[ \t]+(?:the|you|we|they|it|there|this|that|these|those|he|she|I|our|your|my|their|any)"
    r"\b[^.!?\n]{0,80}\?"
)
# A reference's year: "(2012)", "(2019a)".
YEAR_IN_BRACKETS = re.compile(r"\((?:19|20)\d\d[a-z]?\)")
# A model's number or a product's version after its name: "Fronius Primo 4.0", not a time
# ("Ana Lima 4.30pm") nor a rating ("4.5 stars").
_MODEL_AFTER = re.compile(
    r"[ \t]+\d{1,2}\.\d(?![\d.:])(?![ \t]*(?:[ap]\.?m\b|h\b|hrs?\b|hours?\b|stars?\b|%|/))"
)

# Days written short: "Rota: Annika Tue, Dawn Okoro Thu", "Mon Valbona, Tue Will Castellanos".
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_WEEKDAYS = re.compile(rf"(?<![\w'’-]){_WEEKDAY}(?![\w'’-])")
_WEEKDAY_FIRST = re.compile(rf"{_WEEKDAY}[ \t]+")
_WEEKDAY_LAST = re.compile(rf"[ \t]+{_WEEKDAY}\Z")


def without_weekdays(text: str, start: int, end: int) -> tuple[int, int] | None:
    """text[start:end] less a day written short at either end ("Dawn Okoro Thu": "Dawn
    Okoro"), where the text writes two days or more so ("Thu" is a given name too); None
    when nothing is left. Unchanged where the text has no such days."""
    if len(set(_WEEKDAYS.findall(text))) < 2:
        return start, end
    if m := _WEEKDAY_FIRST.match(text, start, end):
        start = m.end()
    if m := _WEEKDAY_LAST.search(text, start, end):
        end = m.start()
    if start >= end or _WEEKDAYS.fullmatch(text, start, end):
        return None
    return start, end


# Roles a transcript or a form names instead of a person ("Judge: Counsel, is the exhibit
# marked?").
ROLES = frozenset({"judge", "counsel", "operator", "interviewer", "witness", "clerk",
                   "moderator", "narrator", "speaker", "interpreter", "dispatcher", "officer",
                   "caller", "agent", "host", "chair", "reporter", "defendant", "plaintiff",
                   "claimant", "respondent", "applicant", "teacher", "lecturer", "instructor",
                   "coach", "trainer", "therapist", "examiner", "receptionist", "dentist",
                   "midwife", "counsellor", "counselor", "visitor", "guide", "guest", "student",
                   "team"})  # fmt: skip
# Holidays and days the NER model takes for people ("Boxing Day", "Eid al-Fitr").
HOLIDAYS = frozenset({
    "christmas", "easter", "eid", "eid al-fitr", "eid al-adha", "eid ul-fitr", "eid ul-adha",
    "diwali", "deepavali", "hanukkah", "chanukah", "ramadan", "passover", "yom kippur",
    "rosh hashanah", "lunar new year", "chinese new year", "tet", "thanksgiving",
    "halloween", "nowruz", "vesak", "holi", "kwanzaa", "juneteenth", "pentecost",
    "whitsun", "lent", "advent", "hogmanay", "songkran", "obon", "chuseok", "navratri",
    "onam", "pongal", "mardi gras", "carnival", "oktoberfest", "ascension", "epiphany",
    "assumption", "candlemas", "michaelmas", "corpus christi", "all saints",
})  # fmt: skip


def _holiday(value: str) -> bool:
    words = value.split()
    return value.lower() in HOLIDAYS or (
        len(words) >= 2 and words[-1].title() in ("Day", "Eve", "Monday", "Friday", "Sunday")
    )


# What family call each other, which the NER model takes for names ("Mum the bus broke down").
KIN = frozenset({"mum", "mom", "mummy", "mommy", "mama", "dad", "daddy", "papa", "granny",
                 "grandma", "grandpa", "nana", "nan", "sis", "bro", "auntie", "hun", "babe",
                 "gran", "nonna", "nonno", "abuela", "abuelo", "oma", "opa"})


# A comma with a digit right after it: cells of a CSV row, not one name ("Lakshmi,3600").
_COMMA_DIGIT = re.compile(r",\d")


_DEAR_BEFORE = re.compile(r"(?i)\bdear[ \t]+\Z")
# A list of one-word items going on after "A, B" to its "and C": "Ferrari, Porsche and
# McLaren", "Hopper, Lovelace, Turing and Curie" (not "MUNTEANU, Raluca, DOB withheld").
LIST_GOES_ON = re.compile(
    r"(?:,[ \t]+[^\W\d_a-z][\w'’-]*)*,?[ \t]+(?:and|&|or)[ \t]+[^\W\d_a-z]"
)
# A full name after a label's colon: "Accompanist: Yupanqui Mamani".
_FULL_NAME_AFTER = re.compile(r":[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z]+")


def foreign_word(text: str, start: int, value: str) -> bool:
    """Whether one capitalised word in a line of another language is no name: one no list
    has as a given name ("Wartungsfenster am Samstag", "naar het Engels", "Miniräknare är
    tillåten"), where German capitalises its nouns and any language a sentence's first word;
    not a speaker's label ("Ravindra: Llámame al ...") nor a name after a title ("Frau
    Ochoa")."""
    from appliance.pii.languages import foreign_at

    line_start = text.rfind("\n", 0, start) + 1
    label = text[start + len(value) : start + len(value) + 1] == ":" and not text[
        line_start:start
    ].strip()
    if label or _known_given(value):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 16), start):
        return False  # "Bitte rufen Sie Frau Ochoa unter ...", "la dott.ssa Cattaneo"
    return foreign_at(text, start)


# Vietnamese's word before a language's name: "tiếng Anh" (English), "tiếng Việt".
_TIENG_BEFORE = re.compile(r"(?i)\bti[eế]ng[ \t]+\Z")
_INITIAL_THEN_WORD = re.compile(r"[A-Z]\.[ \t]+\w+")
# Initials of a firm, three letters or more and no vowel, before a word not in capitals
# ("KWS Zyatt"; not "SARR Ndeye", a family name in capitals first).
_ACRONYM_FIRST = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3,6}[ \t]+(?=[A-Z][a-z])")  # no vowel
_LABEL_WORD = re.compile(r":[ \t]+\S")
_VOWEL = re.compile(r"[AEIOUY]")
# A pet's kind or breed in brackets after its name: "Bella (collie x)", "Max (lurcher)".
_PET_AFTER = re.compile(
    rf"[ \t]*\((?:[a-z]+[ \t]+)?(?i:{_ANIMAL_KINDS})s?\b"
)


_POSSESSIVE_THING = re.compile(r"['’]s[ \t]+([A-Za-z-]+)")


def a_beer(text: str, value: str, end: int) -> bool:
    """Whether a name ends in a beer's style that is a family name too, or stands before one,
    where the text speaks of beer ("Grumpy Gus Stout (7.4% ABV)", "Nellie Porter")."""
    last = value.split()[-1].lower()
    after = _NEXT_WORD_AFTER.match(text, end)
    style = last in BEER_STYLES or (after is not None and after.group(1).lower() in BEER_STYLES)
    return style and bool(BEER.search(text))


# A plant's kind before a cultivar's name in single quotes: "Clematis 'Nelly Moser'",
# "potato 'King Edward'", "rose ‘Gertrude Jekyll’".
_CULTIVAR_BEFORE = re.compile(
    r"(?i)\b(?:clematis|roses?|tulips?|dahlias?|apples?|tomato(?:es)?|potato(?:es)?|pears?"
    r"|plums?|hostas?|lavender|peon(?:y|ies)|camellias?|rhododendrons?|hydrangeas?|fuchsias?"
    r"|geraniums?|pelargoniums?|daffodils?|narcissus|iris(?:es)?|lil(?:y|ies)|magnolias?"
    r"|cherr(?:y|ies)|figs?|vines?|grapes?|raspberr(?:y|ies)|strawberr(?:y|ies)|rhubarb"
    r"|beans?|peas?|sweet peas?|onions?|garlic|lettuces?|squash|pumpkins?|courgettes?"
    r"|chillies|chilli|peppers?|salvias?|penstemons?|phlox|asters?|chrysanthemums?|dianthus"
    r"|lupins?|delphiniums?|wisterias?|honeysuckles?|jasmine|azaleas?|heuchera|hellebores?"
    r"|cultivar|variety|cv\.)[ \t]+[\"'‘“]\Z"
)


def _foreign_stop_first(value: str) -> bool:
    """Whether the first of two words or more is a stop word of another language."""
    from appliance.pii.languages import foreign_stop_words

    first = value.split()[0]
    return (" " in value and first.lower() in foreign_stop_words()
            and not _TITLE_BEFORE.search(first + " "))  # not "Pani Dąbrowska", "Ibu Siti"


def _foreign_stop_word(text: str, start: int, value: str) -> bool:
    """Whether one word the NER model found is a stop word of another language in a sentence
    of that kind ("Los socios", "Från och med"): not one spelled as a known given name
    ("Mai" is a name, "Från" is no "Fran")."""
    from appliance.pii.languages import foreign_at, foreign_stop_words

    lower = value.lower()
    if " " in value or lower not in foreign_stop_words():
        return False
    from appliance.pii.known_names import folded

    if _known_given(value) and folded(lower) == lower:
        return False
    return foreign_at(text, start)


# The parts of a site or a building (a unit, a door, a terminal), and the last words of a
# business park's or a hotel's name, which the NER takes for an address.
_PREMISES_PART = re.compile(
    r"(?i)(?:unit|door|terminal|gate|suite|room|floor|level|block|bay|platform|stand|hall"
    r"|pier|berth|dock|building|row|seat|section|tier|aisle|entrance|turnstile)[ \t]+[\w-]{1,4}"
    r"|\d{1,4}"  # the number of a part whose word the NER model left out: "393, Row 67"
    r"|[\w' -]+\b(?:business|industrial|retail|science|technology)[ \t]+(?:park|estate|centre)"
)
_HOTEL_WORDS = frozenset({"inn", "hotel", "hostel", "lodge", "suites", "resort", "motel"})


def _premises(value: str) -> bool:
    """Whether a place the NER model found is only the parts of a site ("Door 4, Terminal 2",
    "Unit 11, Kingfisher Business Park") or a hotel's name ("Hilton Garden Inn"): no street,
    town or postcode in it."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) == 1 and value.split()[-1].lower() in _HOTEL_WORDS:
        return True
    return len(parts) > 1 and all(_PREMISES_PART.fullmatch(p) for p in parts) and not all(
        p.isdigit() for p in parts
    )


# Articles of German and Dutch that open a sentence, never a name.
_FOREIGN_ARTICLES = frozenset({"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen",
                               "Einem", "Einer", "Het", "Een"})
# A program's name and a dot right before a word: "time.Millisecond" (not "J.Smith").
_ATTRIBUTE_BEFORE = re.compile(r"(?<![\w.])[a-z_][a-z0-9_]+\.\Z")
# A title right before a name, in English or another language: "Frau Ochoa", "Sra. Ibáñez".
_TITLE_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join((*TITLES, *FOREIGN_TITLES))}|madame|monsieur|sr|señor|señora"
    r"|señorita|senhor|senhora|don|doña|signor|dott|dottssa|pani|pan|bay|bayan"
    r"|meneer|mevrouw|dhr|mevr|bapak|pak|ibu|bu|sayın|sayin"
    # since the thirty-seventh round: doctors and professors ("Herrn Wójcik", "la Dra.
    # Benítez", "le docteur Goossens", "la dott.ssa Cattaneo")
    r"|herrn|dra|docteur|doctora|doctor|dott\.ssa|dottore|dottoressa|doutor|doutora|doktor"
    r"|professeur|profesora|profesor|professor|professorin)\.?\s+\Z"
)


def _known_given(word: str) -> bool:
    from appliance.pii.known_names import folded, known_names

    return folded(word.lower()) in known_names()[0]


def _known_family(word: str) -> bool:
    from appliance.pii.known_names import folded, known_names

    return folded(word.lower()) in known_names()[1]


def _shop_in_a_city(value: str) -> bool:
    """Words in title case ending in a known city or country, the first no known given name
    and the whole no known place: a shop and its city ("Lamborghini Tbilisi"), not a person
    ("Maria Lima"), a place ("Khon Kaen") or a name in capitals ("BATBAYAR BAT")."""
    words = value.split()
    return (
        len(words) > 1 and not value.isupper() and is_place(words[-1])
        and not _known_given(words[0]) and value.lower() not in known_places()
    )


# Words that stand in no name, which the NER model joins to one after a full stop.
_NEVER_IN_A_NAME = frozenset({"please", "thanks", "thank", "regards", "dear", "hello", "hi",
                              "hey", "sorry", "cheers"})


# A dash that opens a line before a signature ("— Lovely").
_DASH_BEFORE = re.compile(r"(?:^|\n)[ \t]*[—–-][ \t]*\Z")
# The words journals' names are cut to in references ("J. Chem. Educ.", "Rev. Sci.
# Instrum.", "Phys. Rev. Lett."), since the twenty-ninth round.
JOURNAL_WORDS = frozenset({
    "chem", "phys", "biol", "med", "sci", "res", "lett", "rev", "educ", "soc", "eng", "appl",
    "clin", "instrum", "math", "geol", "ecol", "neurosci", "psychol", "econ", "pharm",
    "immunol", "microbiol", "genet", "mol", "biochem", "comput", "mater", "environ", "nutr",
    "surg", "nurs", "oncol", "cardiol", "anat", "physiol", "zool", "agric", "opt", "acoust",
    "astron", "astrophys", "geophys", "proc", "trans", "ann", "bull", "int", "natl", "acad",
    "arith", "stat", "statist", "biom", "epidemiol", "infect", "dis",
})  # fmt: skip
_JOURNAL_ABBREVIATION = re.compile(
    r"(?:[A-Z][a-z]{0,5}\.[ \t]+|Acta[ \t]+|Annals[ \t]+)+([A-Z][a-z]{1,9})"  # "Acta Arith."
)


def journal_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a journal's name cut short, as references write it: an
    initial or short words with points, then a word of JOURNAL_WORDS and a point ("J.
    Chem" of "J. Chem. Educ.")."""
    m = _JOURNAL_ABBREVIATION.fullmatch(text, start, end)
    return bool(m) and text[end : end + 1] == "." and m.group(1).lower() in JOURNAL_WORDS


# An HTML form's input and its value: <input name="address" value="...">.
_INPUT_VALUE = re.compile(
    r"""(?i)<input\b[^<>]*?\bname=["'](?P<key>[^"'<>]{1,40})["'][^<>]*?"""
    r"""\bvalue=["'](?P<value>[^"'<>\n]+)["']"""
)


def place_inputs(text: str) -> list[tuple[int, int]]:
    """The spans of the values of a form's inputs whose name says a place (since the
    twenty-ninth round): <input name="address" value="104 Avenue John Brown, ...">."""
    if "<input" not in text:
        return []
    return [m.span("value") for m in _INPUT_VALUE.finditer(text)
            if key_kind(m.group("key")) == "place"]


# Numbers and a unit or a short word at most, which the NER model took for a place (since the
# twenty-ninth round): "3. 35 MHz".
_NUMBERS_AND_A_UNIT = re.compile(
    r"(?=[^\d]*\d)[\d\s.,:/-]*(?:[A-Za-z]{1,3}|[kMGT]Hz|[kMG]W)?[\d\s.,:/-]*"
)
# A thing's noun in lower case that opens a "name" the NER model found (since the
# twenty-ninth round): "shade Marilyn-Matte".
_THING_KIND_FIRST = frozenset({"shade", "lipstick", "swatch", "colour", "color", "variety",
                               "cultivar", "model", "aircraft", "ship", "vessel", "tug",
                               "tugboat", "barge", "ferry", "yacht", "boat"})


class PlausibleNames(Filtered):
    """The NER model's recognizer, less what cannot be a name or a place
    (`plausible_name`), no person's name: two joined by "or" ("Hunter Green or Sage Green"),
    or one with a version number or a noun of `THING_AFTER` after it ("Helm 1.0.0",
    "Prometheus at v3.6.0", "Grafana alert"); a "person" in the value of a field or a table
    column whose key names a thing is dropped ("Colour: Olive"); one in mixed case is cut
    to its run of capitalised words with a known name in it ("Dinner with Gabriel") or
    dropped ("serialise Decimal"); streets and values of fields whose key names a place are
    made places. Also dropped: software (`appliance.pii.software`: "migrate cron jobs to
    Polars"), a word before code ("Vec<String>"), what family call each other ("Mum"), what
    a product is offered in ("available in Ruby Red and Jade"). A person's name the NER is
    sure of (`ner_odds.sure`) is judged by its shape alone instead (`sure_name`)."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        found = as_mine(self, [
            r for r in self.inner.analyze(text, entities, nlp_artifacts)
            if (sure_name(text, r, entities) if r.entity_type == "PERSON" and sure(
                nlp_artifacts, r.start
            ) else self.keep_unsure(text, r, entities))
        ])
        if not found:
            return found
        tokens = getattr(nlp_artifacts, "tokens", None)
        return [r for r in found if not (
            r.entity_type in ("PERSON", "LOCATION") and tokens is not None
            and used_as_verb(text, r, tokens)
        )]

    def keep_unsure(self, text: str, found: RecognizerResult, entities: list[str]) -> bool:
        """`keep` for a finding the NER is unsure of, a person's name first cut at markup
        to its piece (`_name_piece`): "Khin Thandar</p", 'oncall="Swathi Gollapudi'."""
        value = text[found.start : found.end]
        if found.entity_type == "PERSON" and _MARKUP.search(value) and "\\" not in value:
            in_a_row = any(d in value for d in DELIMITERS)
            piece = _name_piece(text, found.start, found.end)
            while piece and in_a_row and _cell_tail(text, piece[0]):
                piece = _name_piece(text, piece[1], found.end)  # not "Gods" of "Lane Gods;"
            if piece is None or piece[0] != found.start and not has_known_name(
                text[piece[0] : piece[1]]
            ):
                return False  # a piece after the finding's first word, with no known name
            found.start, found.end = piece
        return self.keep(text, found, entities)

    def keep(self, text: str, found: RecognizerResult, entities: list[str]) -> bool:
        value = text[found.start : found.end]
        if value == "Anon" and text[found.end : found.end + 1] == ".":
            return False  # "Anon. (2014) The ferryman's almanac": a work without an author
        if is_software(text, value) or _CODE_AFTER.match(text, found.end):
            return False  # "migrate cron jobs to Polars"; "Vec<String>", "Some(x)"
        if named_animal(text, found.start):
            return False  # "the tapir is Bongo", a name the NER model may call a place
        if _OFFERED_IN.search(text, max(0, found.start - 80), found.start):
            return False  # "available in Ruby Red and Jade": colours, finishes
        if found.entity_type == "LOCATION" and _whole_thing_value(text, found.start, found.end):
            return False  # "experiment": "Sierra"
        if found.entity_type == "LOCATION" and value.count(", ") >= 2 and all(
            re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", w) and not (is_place(w) or is_country(w))
            for w in value.split(", ")
        ):
            return False  # "Helms: Cédrick, Kato, Githinji": a list of words, no place in it
        if an_organisations_card(text, found.start):
            return False  # "KIND:org" over "FN:Harbourline Cowork - Front Desk Kiosk"
        if _REGION_SUFFIX.fullmatch(value) or _REGION_SUFFIX.match(
            text, found.start
        ) or value.split()[0] in ("Old", "OLD"):
            return False  # "Bertha-NA", "Ingeborg-EU3": a game's servers; "Old Jebediah"
        if value.split()[0].lower() in _PLACE_OF_BUSINESS and " " in value:
            return False  # "Casa Azul: your booking ...": a guesthouse
        if (compound := _LOWER_COMPOUND.fullmatch(value)) and not has_known_name(
            compound.group(1)
        ):
            return False  # "Nelson-bryggan": a place named after someone, in Swedish
        if found.entity_type == "LOCATION" and (
            (after_word := _NEXT_WORD_AFTER.match(text, found.end))
            and after_word.group(1).lower() in _OPENING_NOUNS
        ):
            return False  # "Berlin Defence", "Sicilian Defence": a chess opening
        if found.entity_type == "LOCATION" and value[:1].islower() and not value.islower() and (
            value.split()[0] not in (*PARTICLES, "the") and not value.split()[0].endswith(".")
            and not any(ch.isdigit() for ch in value) and not street(text, found.start, value)
        ):
            return False  # "aulas de Murph e Cindy": words of a sentence, not a place
        if found.entity_type == "LOCATION" and _NUMBERS_AND_A_UNIT.fullmatch(value):
            return False  # "3. 35 MHz sets banned": a list's number, a frequency
        if value in _CITATION_STYLES and _STYLE_AFTER.match(text, found.end):
            return False  # "Format in Chicago style": a way of citing, not a place
        if found.entity_type == "LOCATION" and _no_known_place(text, found.start, value):
            return False  # "Aviso para el personal: ...", a game's map "on Haven"
        if found.entity_type == "LOCATION" and _premises(value):
            return False  # "Door 4, Terminal 2", "Unit 11, Kingfisher Business Park", "Hilton
            # Garden Inn": a building's part or a hotel, not an address
        if _COMMA_DIGIT.search(value):  # across a CSV row's cells: "Lakshmi,3600 5658 34"
            if found.entity_type != "LOCATION":
                return False
            cell = max(value.split(","), key=lambda c: sum(ch.isalpha() for ch in c))
            found.start += value.index(cell)
            found.end = found.start + len(cell)
            value = cell  # "Kochi,3422 771734 81236": a city's cell; not "North,0450 ..."
            if not (is_place(value) or street(text, found.start, value)):
                return False
        if found.entity_type == "PERSON" and value.split()[0].lower() in _THING_KIND_FIRST:
            return False  # "Rename shade Marilyn-Matte to Marilyn": the NER took in the noun
        if found.entity_type == "PERSON":
            cut = greeting_first(value)
            if cut:  # "Liebe Chormitglieder", "Merhaba, ben": a greeting read into a name
                found.start += cut
                value = text[found.start : found.end]
                if not value.strip() or value.islower() or (
                    " " not in value and not has_known_name(value)
                ):
                    return False  # "Szanowni Państwo", "Liebe Chormitglieder": a greeting
                    # to a group; not "Liebe Anna"
            cut = relative_first(value)
            if cut:  # "Annem Elif Öztürk": a relative of another language read into a name
                found.start += cut
                value = text[found.start : found.end]
            if calendar_words(value) or polite_word(text, found.start, found.end):
                return False  # "am Samstag", "vào thứ Bảy", "Xin cảm ơn"
            if value.lower() in KIN or value.lower() in ROLES or _holiday(value) or (
                _stop_first(value)
            ):
                return False  # "Mum the bus broke down", "Judge", "Boxing Day", "For ..."
            if value.lower() in NOT_NAMES and (
                not has_known_name(value) or _DEAR_BEFORE.search(text, 0, found.start)
            ):
                return False  # "Rota: ...", "Berth agent ...", "Dear Backer": no one's name
            if " " not in value and not has_known_name(value) and _FULL_NAME_AFTER.match(
                text, found.end
            ):
                return False  # "Accompanist: Yupanqui Mamani": a label before a name
            if any(w.lower().strip(".,") in _NEVER_IN_A_NAME for w in value.split()):
                return False  # "category B. Please send"
            if " " not in value and _common(value) and not has_known_name(value):
                return False  # "[9:45] Deployed to db-01": an English word alone
            if " " not in value and len(value) >= 6 and value.endswith("s") and _english_word(
                value[:-1]
            ) and (
                not has_known_name(value)
            ):
                return False  # "Checksums are in the release notes": an English plural
            if " " not in value and value.lower().endswith("ly") and _english_word(value) and (
                not has_known_name(value)
            ) and not _DASH_BEFORE.search(text, max(0, found.start - 4), found.start):
                return False  # "Sadly "just bill me later" is not ...": an English adverb
            if journal_abbreviation(text, found.start, found.end):
                return False  # "J. Chem. Educ., 2011": a journal's name, cut short
            if value.split()[0] in _PLURAL_ARTICLES and " " in value:
                return False  # "une copie d'après Las Meninas", "Les Misérables": a work
            if _a_role(value):
                return False  # "issued_by": "Duty Forecaster": a role
            if not has_known_name(value) and (
                " " not in value and _VERB_FORM.search(value) and _english_word(value)
                or value.lower() in INSTRUCTION_VERBS
            ):
                return False  # "Jammed" in an enum, "Traduci in inglese ...": a verb
            if english_phrase(value) and (" " in value or _english_title_after(text, found.end) or (
                _ROLE_ACRONYM_BEFORE.search(text, max(0, found.start - 6), found.start)
            )):
                return False  # "Safety Advisor", "Welfare" of "Welfare Officer": a role; not
                # "Honor" or "Gift" alone, given names no list holds
            if any(w.lower().endswith(("person", "persons")) for w in value.split()):
                return False  # "Head Groundsperson", "Chairperson": a role
            if value.islower() and not has_known_name(value):
                return False  # "stack trace", "line = ...": no name the model knows in capitals
            if " " not in value and brand_case(value):
                return False  # "FixFolk, you're speaking with ...": a company
            if " " in value and value.split()[-1] in PARTICLES:
                return False  # "the Mr. Whippy van": a particle ends no name
            if ", " in value and len(value.split()) == 2 and LIST_GOES_ON.match(
                text, found.end
            ) and not any(_known_given(w.strip(",")) for w in value.split()):
                return False  # "called Hopper, Lovelace, Turing and Curie": a list of things
            first = value.split()[0]
            if " " in value and first.lower().endswith("ing") and _common(first) and (
                not has_known_name(first)
            ):
                rest = text[found.start + len(first) : found.end]
                found.start = found.end - len(rest.lstrip())  # "Resolving Louis Vuitton"
                value = text[found.start : found.end]
            if named_thing(text, found.start, found.end):
                return False  # "Codename Hazel", "the Olive Green trench"
            span = without_weekdays(text, found.start, found.end)
            if span is None:
                return False  # "Tue" in "Mon Valbona, Tue Will Castellanos"
            found.start, found.end = span
            value = text[found.start : found.end]
            if " or " in value or _VERSION_AFTER.match(text, found.end):
                return False  # "Hunter Green or Sage Green"; "deployed Helm 1.0.0-rc.3"
            if _MODEL_AFTER.match(text, found.end) and not has_known_name(value.split()[0]):
                return False  # "Inverter: Fronius Primo 4.0": a product and its model
            after = _NEXT_WORD_AFTER.match(text, found.end)
            if after and after.group(1).lower() in THING_AFTER:
                return False  # "Grafana alert", "a new Olive dark theme"
            if " " in value and value.split()[-1].lower() in THING_AFTER:
                return False  # "Pedro Ximénez sherry": the thing's noun inside the span
            if a_beer(text, value, found.end):
                return False  # "Old Nellie Porter" on a brewery's list
            thing = _POSSESSIVE_THING.match(text, found.end)
            if thing and thing.group(1).lower() in THING_AFTER:
                return False  # "Uncle Olek's babka": a bread named after someone
            if _mixed_case(value):
                run = _known_run(value)  # "Dinner with Gabriel": "Gabriel"
                if run is None:
                    return False  # "serialise Decimal"
                found.start, found.end = found.start + run[0], found.start + run[1]
                value = text[found.start : found.end]
            if _ATTRIBUTE_BEFORE.search(text, max(0, found.start - 40), found.start):
                return False  # "time.Millisecond", "Math.Max": a program's attribute
            if _TIENG_BEFORE.search(text, max(0, found.start - 8), found.start):
                return False  # "Dịch sang tiếng Anh": English, in Vietnamese (31st round)
            if " " not in value and foreign_word(text, found.start, value):
                return False  # "Wartungsfenster am Samstag", "naar het Engels"
            if foreign_phrase(text, found.start, value) and not is_place(value):
                return False  # "Nomor resi ...", "Chega dia ...": words of a pasted paragraph
                # in another language, no known name among them (a town stays: "Warszawa")
            if value in _ROMANCE_ARTICLES and foreign_paragraph(text, found.start):
                return False  # "Lo scavo riprenderà lunedì": an article opening a sentence
            if _ELEMENTS_LISTED.fullmatch(value):
                return False  # "Tests: Pb, Cu, Fe": chemical elements
            if " " not in value and _QUESTION_AFTER.match(text, found.end) and (
                value in _QUESTION_WORDS
            ):
                return False  # "Will the ferries run?": a question's verb
            if (value.split()[0] in _FOREIGN_ARTICLES or _foreign_stop_first(value)) and (
                _PROSE_OPENS.search(text, max(0, found.start - 20), found.start)
                and not is_place(value) and foreign_word(text, found.start, value)
            ):
                return False  # "Der Zug fährt um 10 Uhr ab.", "Wegen Bauarbeiten fallen ...":
                # an article or a preposition and a noun
            if _INITIAL_THEN_WORD.fullmatch(value) and not has_known_name(value) and foreign_word(
                text, found.start + value.index(" ") + 1, value.split()[-1]
            ):
                return False  # "till sal B. Glöm inte att": a room's letter, then a word
            if _ACRONYM_FIRST.match(value) and not has_known_name(value.split()[0]):
                return False  # "KWS Zyatt", "AHDB Publications": a firm's initials, its product
            line_start = text.rfind("\n", 0, found.start) + 1
            if _LABEL_WORD.match(text, found.end) and " " not in value and (
                english_phrase(value) and not text[line_start : found.start].strip()
            ):
                return False  # "Proposal: prioritise PSR customers": a label at a line's start
            if " " not in value and _PER_UNIT_BEFORE.search(text, max(0, found.start - 3),
                                                            found.start) and not has_known_name(
                value
            ):
                return False  # "R$ 1561.50/Monat": a price's unit
            if _IMPERATIVE.fullmatch(value) and not has_known_name(value) and (
                not text[line_start : found.start].strip()
            ) and _OBJECT_AFTER.match(text, found.end):
                return False  # "Alphabetise this reading list": a verb opening a request
            if value.split()[0] in PARTICLES and len(value.split()) == 2 and not has_known_name(
                value.split()[1]
            ) and foreign_paragraph(text, found.start):
                return False  # "ma commande de Doliprane": a preposition and a product
            if value.isupper() and any(
                len(w) >= 4 and w.isascii() and w.isalpha() and not _VOWEL.search(w)
                for w in re.split(r"[ ,]+", value)
            ) and not has_known_name(value):
                return False  # "SNWHKL, QYUWXL": booking references
            if _PET_AFTER.match(text, found.end):
                return False  # "Kennel 2: Bella (collie x)": a pet and its breed
            if _CULTIVAR_BEFORE.search(text, max(0, found.start - 30), found.start):
                return False  # "Clematis 'Nelly Moser'": a plant's variety
            if _STORM_BEFORE.search(text, max(0, found.start - 20), found.start) or (
                _STORM.match(value)
            ):
                return False  # "Storm Babet", "Hurricane Otis": weather, not people
            if " " in value and any(
                w.isupper() and len(w) > 2 and (_common(w) or w.lower() in DOCUMENT_WORDS)
                for w in value.split()
            ):
                return False  # "HOTEL Lyon RECEIPT": a heading's word, not a name's
            if value.isupper() and after and after.group(1).isupper() and (
                after.group(1).lower() in DOCUMENT_WORDS
            ):
                return False  # "MARINA BERTH APPLICATION": a heading
            if " " in value and value.split()[-1].lower() in BUSINESS_WORDS:
                return False  # "Orchard Vets", "THE SILVER HAMMER JEWELLERS": a business
            if " " in value and value.split()[-1].lower() in TRADE_WORDS and not has_known_name(
                value
            ):
                return False  # "Sunward Energy"; not "Aminata Faye Joinery", a person's
                # name in her firm's
            if value.isupper() and text[found.start - 1 : found.start] == "[" and (
                text[found.end : found.end + 1] == "]"
            ):
                return False  # "[CROWD CHEERING]": a subtitle's sound, not a person
            kind = field_kind(text, found.start, found.end)
            if kind == "thing" and not _WITH_BEFORE.search(text, 0, found.start):
                return False  # "Colour: Olive"; not "title": "Viewing with Kobayashi Sota"
            place = kind == "place" or street(text, found.start, value) or is_place(value)
            if not place and _shop_in_a_city(value):
                return False  # "used at Lamborghini Tbilisi": a shop and its city
            if place:
                if "LOCATION" not in entities:
                    return False
                found.entity_type = "LOCATION"  # "Willow Close", "billing_city": "Daegu"
        if _foreign_stop_word(text, found.start, text[found.start : found.end]):
            return False  # "Los socios que ...", "Från" (cut from "Från och med"): a word of
            # the language, judged on the span as the rules above left it
        return plausible_name(value, found.entity_type) or (
            found.entity_type == "PERSON" and known_in_any_case(value)
        )


# What the tokenizer leaves on a name's words, which the NER reads into its finding: markup,
# a CSV row's quotes, commas (next to a digit or a quote, or around an empty cell) and
# semicolons, a call's brackets, a mention's "@"
# ('oncall="Swathi Gollapudi"', '{"payee":"Cathal Mac Giolla Phádraig"', "Khin Thandar</p",
# "33,Jürgen Krüger", "Whitlock, Imogen;078592100", "Contact('Zeynep Öztürk'", "@Şêrko").
# `_name_piece` cuts the finding at them to a piece that is no tag, key (`_KEY_AFTER`), call
# or TeX command.
_MARKUP = re.compile(r"""[<>"{}\[\]()|=;\t\n\\@]+|,{2,}|,(?=[\d"'])|(?<=\d),""")
_INITIAL_LAST = re.compile(r"(?:^|(?<=[\s,]))[^\W\d_]\Z")
_KEY_AFTER = re.compile(r"""["'][ \t]*:|[ \t]*=|\}\{|\(""")


def _cell_tail(text: str, start: int) -> bool:
    """Whether `start` is inside a cell of a row that is split by commas, semicolons, tabs or
    bars, after other words of it: "Gods" of "Lane Gods;POPALZAI, Malalai"."""
    line_start = text.rfind("\n", 0, start) + 1
    cell_start = max(line_start, *(text.rfind(d, line_start, start) + 1 for d in DELIMITERS))
    return any(ch.isalpha() for ch in text[cell_start:start])


def _name_piece(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The piece of text[start:end] between markup that holds letters and no digits and is
    no tag, key, call or command, without the signs at its ends: an element's text before
    an attribute's value, the first with the most known names in it; None where there is
    none."""
    cuts = [(m.start(), m.end()) for m in _MARKUP.finditer(text, start, end)]
    bounds = [start, *(x for cut in cuts for x in cut), end]
    pieces = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if text[b : b + 1] == "." and _INITIAL_LAST.search(text, a, b):
            b += 1  # an initial's stop: "Stanikzai, Z."
        if any(ch.isalpha() for ch in text[a:b]):
            pieces.append((a, b))
    names = [(a, b) for n, (a, b) in enumerate(pieces, 1) if not (
        any(ch.isdigit() for ch in text[a:b]) or len(pieces) > 1 and (
            text[max(0, a - 2) : a].endswith(("<", "</")) and " " not in text[a:b]
        )  # a tag: "label" of "><label"; not a chat's "<Kalena Nakoa>"
        or n < len(pieces) and (_KEY_AFTER.match(text, b) or text[a - 1 : a] == "\\")
    )]  # a key, a call or a command: "payee" of '"payee":"Cathal', "Contact" of
    # "Contact('Tanushree Banerjee'", "closing" of "\closing{Çağla"
    text_content = [(a, b) for a, b in names if not (
        text[max(0, a - 2) : a] in ('="', "='") and text[b : b + 1] in "\"'"
    )]  # not an attribute's value: "author" of 'class="author">aino korhonen</span'
    found = text_content or names
    if len(found) < 2:
        return found[0] if found else None
    # the piece with the most known names in it: "Mbali Owusu" of "Steam Deck OLED;Mbali
    # Owusu", "Chrysanthi Papadopoulos" of "Aurora Pro;Chrysanthi Papadopoulos"
    return max(found, key=lambda p: sum(has_known_name(w) for w in text[p[0] : p[1]].split()))


def sure_name(text: str, found: RecognizerResult, entities: list[str]) -> bool:
    """Whether a person's name the NER is sure of (`ner_odds.sure`: 99% or more at its first
    word) is one, judged by its shape alone: cut to its words (`_name_piece`, without a
    greeting or a relative of another language before it), made a place in a field whose
    key names one or where it is named as a street (`named_as_a_street`), else
    `plausible_name` with a name in lower case ("ask jhoanna if") or one word in capitals
    ("SIGNE: Thanks") allowed. The rules of `PlausibleNames.keep` weigh the words of the
    names the NER is unsure of; on the corpus's read parts, among the findings it is sure
    of, they dropped 357 names for 5 things (docs/pii.md, "The NER's sure names")."""
    piece = _name_piece(text, found.start, found.end)
    if piece is None:
        return False
    start, end = piece
    start += greeting_first(text[start:end])
    start += relative_first(text[start:end])
    value = text[start:end]
    if not value.strip():
        return False
    found.start, found.end = start, end
    if field_kind(text, start, end) == "place" or named_as_a_street(text, start, value):
        if "LOCATION" not in entities:
            return False
        found.entity_type = "LOCATION"  # "state": "Thừa Thiên"
        return plausible_name(value, "LOCATION")
    return plausible_name(value, "PERSON", sure=True)


_ORG_CARD = re.compile(r"(?im)^KIND:(?:org|group|location|application|device)\b")  # "device",
# "application": since the thirtieth round ("KIND:application" over "FN:TideBot")


def an_organisations_card(text: str, start: int) -> bool:
    """Whether `start` is on the FN or ORG line of a vCard whose KIND is an organisation, a
    group or a place ("KIND:org" over "FN:Botanic Garden Herbarium")."""
    line_start = text.rfind("\n", 0, start) + 1
    return text.startswith(("FN:", "ORG:"), line_start) and bool(_ORG_CARD.search(text))


# A price's digits and a slash before a unit: "1561.50/Monat".
_PER_UNIT_BEFORE = re.compile(r"\d/\Z")
# English verbs by their endings, opening a request: "Alphabetise", "Summarize", "Classify".
_IMPERATIVE = re.compile(r"[A-Z][a-z]{3,}(?:ise|ize|ify|ate)")
_OBJECT_AFTER = re.compile(r"[ \t]+(?:this|these|that|those|the|my|our|all|each|every|it)\b")
# A game server's region after its name ("Bertha-NA", "Ingeborg-EU3").
_REGION_SUFFIX = re.compile(
    r"[A-Z][a-z]+-(?:NA|EU|US|UK|SA|OCE|APAC|AS|KR|JP|CN|BR|LATAM)\d?(?![\w-])"
)
# Words that open a guesthouse's, a café's or a restaurant's name ("Casa Azul").
_PLACE_OF_BUSINESS = frozenset({"casa", "hostal", "pensione", "pension", "chez",
                                "maison", "trattoria", "ristorante", "taverna", "café",
                                # since the thirtieth round: care homes and clubs in German
                                # and Dutch ("Pflegeheim Lindenhof", "Roeivereniging ...")
                                "pflegeheim", "altenheim", "seniorenheim", "roeivereniging",
                                "vereniging", "stichting", "verein"})
# A name joined to a word in lower case: "Nelson-bryggan" (the Nelson jetty).
_LOWER_COMPOUND = re.compile(r"[A-Z][\w'’]{3,}-([a-zà-ÿ]{6,})")  # not "Seo-yeon", "Pei-chun"
_OPENING_NOUNS = frozenset({"defence", "defense", "gambit", "variation", "countergambit"})
# Plural articles of the Romance languages and German, which open no person's name.
_PLURAL_ARTICLES = frozenset({"Las", "Los", "Les", "Gli", "Os", "As", "Die"})
# A role: an English word and an agent noun ("Duty Forecaster", "Night Dispatcher").
_ROLE_PHRASE = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+(?:er|or|ist|ant|ian)")
def _a_role(value: str) -> bool:
    """An English word and an agent noun, no known name among them ("Duty Forecaster")."""
    return bool(_ROLE_PHRASE.fullmatch(value)) and _english_word(value.split()[0]) and (
        not has_known_name(value)
    )


# A verb's past or -ing form ("Jammed", "Pending"), when the word is an English word.
_VERB_FORM = re.compile(r"(?:ed|ing)\Z")


def _english_word(word: str) -> bool:
    from appliance.pii.known_names import english_words

    return word.lower() in english_words()


def _no_known_place(text: str, start: int, value: str) -> bool:
    """Whether one word the NER model takes for a place, and no list has as one, is no
    place: a sentence's first word in another language ("Aviso para el personal"), or a
    map in a video game's text ("clips through wall on Haven", `game_roster`'s words)."""
    if " " in value or is_place(value) or is_country(value):
        return False
    from appliance.pii.languages import foreign_at

    if _SENTENCE_OPENS.search(text, max(0, start - 20), start) and foreign_at(text, start):
        return True
    return _speaks_of_a_game(text) or bool(_GAME_TEXT.search(text))


# A video game's bug report or match: its build and an ability, a map, a spawn.
_GAME_TEXT = re.compile(r"(?i)\b(?:ability|abilities)\b.*\b(?:build|crash|spawn|plant|map)\b", re.S)


# Where a sentence of prose starts, before a word: the text's start, a line's, a sentence's
# end or a speaker's label ("2nd AC: Mark it.").
_PROSE_OPENS = re.compile(r"(?:\A|[\n.!?:])[ \t\"'“‘«*-]*\Z")
# The same, or a table's cell ("3\t00:00:06,000\tWill do.").
_SENTENCE_OPENS = re.compile(r"(?:\A|[\n.!?:\t|])[ \t\"'“‘*-]*\Z")
# The object a verb takes right after it: "Mark it.", "Bill them monthly".
_OBJECT_TAGS = frozenset({"PRP", "DT", "PRP$"})


def used_as_verb(text: str, found: RecognizerResult, tokens: Any) -> bool:
    """Whether a name of one word that is an English word too (`names_in_english`: "Will",
    "Mark", "Bill") opens a sentence as a verb, by the tagger's tags of it and the word
    after: a modal before a verb's base form ("Will do the D8 review"; not "Will said",
    "Will Chen"), or a verb's base form before its object ("Mark it.", "Bill them"; not
    "Mark is on leave")."""
    from appliance.pii.known_names import folded, names_in_english

    value = text[found.start : found.end]
    if " " in value or folded(value.lower()) not in names_in_english():
        return False
    if not _SENTENCE_OPENS.search(text, max(0, found.start - 20), found.start):
        return False
    for i, token in enumerate(tokens):
        if token.idx == found.start:
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if after is None or not after.text.islower():
                return False
            return (token.tag_ == "MD" and after.tag_ == "VB") or (
                token.tag_ == "VB" and after.tag_ in _OBJECT_TAGS
            )
        if token.idx > found.start:
            break
    return False


# The last word of a business's name: "Orchard Vets", "Pirouette Dance Lab".
BUSINESS_WORDS = frozenset({
    "vets", "jewellers", "jewelers", "lab", "labs", "studio", "studios", "salon", "bakery",
    "cafe", "café", "clinic", "pharmacy", "florists", "garage", "motors", "dental", "surgery",
    "solicitors", "associates", "ltd", "limited", "inc", "llc", "gmbh", "plc", "holdings",
    "supplies", "bistro", "restaurant", "barbers", "tailors", "opticians", "cleaners",
    "builders", "plumbing", "electrical", "academy", "gym", "fitness", "boutique", "brewery",
    "distillery", "vineyard", "winery", "kennels", "cattery", "nursery", "deli", "patisserie",
    "trattoria", "pizzeria", "taqueria", "creamery", "roasters", "outfitters", "hardware",
    "interiors", "logistics", "removals", "rentals", "realty", "estates", "travel", "tours",
    "charters",
    # and a company's teams: "| Owner |" over "| Payments Core |", "Growth Squad"
    "core", "squad", "team", "guild", "tribe", "platform",
    "lettings", "xi",  # "Larchmont Lettings", "Veterans XI"
    "ferries", "laboratory", "laboratories",  # since the thirtieth round
    # since the nineteenth round: firms, bodies and offices ("Broker: Castellan Assurance",
    # "Beneficiary: Hope Foundation", "Approved by: Data Protection Officer"); none of them a
    # known given or family name
    "assurance", "insurance", "insurers", "foundation", "trust", "notaries", "notary",
    "freight", "services", "partners", "group", "llp", "agency", "agencies", "bank",
    "consulting", "consultants", "solutions", "systems", "technologies", "publishing",
    "capital", "ventures", "legal", "lawyers", "accountants", "architects", "engineering",
    "construction", "shipping", "airlines", "airways", "hotel", "hotels", "motel", "resort",
    "school", "college", "university", "institute", "hospital", "centre", "center", "society",
    "association", "club", "union", "federation", "library", "museum", "cinema", "theatre",
    "theater", "stores", "foods", "farms", "dairy", "haulage", "couriers", "utilities",
    "telecom", "networks", "officer", "control", "desk", "office", "department", "dept",
    "operations", "support", "helpdesk", "payroll", "procurement", "compliance", "facilities",
    # since the twentieth round: bodies that write standards and reports ("MIQE Consortium")
    "consortium", "committee", "commission", "council", "collaboration", "initiative",
    "network", "alliance", "coalition", "board", "panel", "taskforce",
    "publications", "press", "publishers",  # "AHDB Publications"
    # since the twenty-fourth round: makers and merchants ("Glenbrae Distillers")
    "distillers", "brewers", "vintners", "merchants", "chandlers", "importers", "exporters",
    "growers", "producers",
})  # fmt: skip

# The last words of an installer's or a tradesman's firm, where no person's name is in it:
# "Sunward Energy", "Brightroof Solar" (since the twenty-third round).
TRADE_WORDS = frozenset({"energy", "solar", "renewables", "heating", "roofing", "glazing",
                         "joinery", "scaffolding", "landscaping", "electrics"})

# What a heading in capitals calls a document ("HOTEL Lyon RECEIPT").
DOCUMENT_WORDS = frozenset({
    "receipt", "invoice", "report", "statement", "summary", "form", "notice", "certificate",
    "ticket", "order", "bill", "confirmation", "itinerary", "voucher", "record", "minutes",
    "agenda", "memo", "letter", "application", "contract", "agreement", "policy", "claim",
    "hotel", "total", "copy", "draft", "final", "urgent", "confidential",
})  # fmt: skip
# Storms are named like people: "Storm Babet", "Hurricane Otis", "Typhoon Haiyan".
_STORM = re.compile(r"(?:Storm|Hurricane|Typhoon|Cyclone)[ \t]")  # the name's first word
_STORM_BEFORE = re.compile(r"\b(?:Storm|Hurricane|Typhoon|Cyclone|STORM|HURRICANE|TYPHOON)[ \t]+\Z")
# A person named inside a thing's field, after a word that says so: "title": "Viewing with
# Kobayashi Sota".
_WITH_BEFORE = re.compile(r"(?i)\b(?:with|by|for|meet|meeting|call|visit|interview)[ \t]+\Z")
# The last word of a key whose value is a place, or a thing that is no person.
PLACE_KEYS = frozenset({
    "city", "town", "village", "country", "address", "street", "state", "region", "province",
    "county", "district", "suburb", "location", "destination", "birthplace", "hometown",
    "birth", "residence",
})  # fmt: skip
# Keys and columns, since the twenty-sixth and twenty-seventh rounds, whose values are works,
# workouts, malware, chess openings or engines named like people, never places: a
# playlist's "track", a gym's "workout", malware's "families", "opening": "Berlin Defence",
# LOCO = "Clun Castle".
NAMED_WORKS_KEYS = frozenset({"track", "song", "tune", "single", "album", "workout", "wod",
                              "families", "malware", "opening", "loco", "locomotive"})
THING_KEYS = frozenset({
    "colour", "color", "product", "item", "model", "brand", "company", "employer",
    "organisation", "organization", "department", "project", "status", "plan", "tier",
    "sku", "medication", "medicine", "drug", "diagnosis", "condition", "allergy", "category",
    "type", "currency", "language", "title", "policy", "size", "flavour", "flavor", "finish",
    "material", "variant", "edition", "device", "service", "vendor", "merchant", "bank",
    "codename", "queue", "shade", "colourway", "colorway", "hotel", "venue", "event", "zone",
    "menu", "map", "dish", "recipe", "room", "course", "class", "org", "experiment", "build",
    "release", "sprint", "theme", "feature", "flag", "environment", "env", "cluster",
    "hostname", "branch", "repo", "milestone", "storm", "hurricane", "typhoon", "cyclone",
    "character", "hero", "mascot", "bot", "horse", "ship", "vessel", "dance", "grape",
    "variety", "cultivar", "perfume", "fragrance", "cocktail", "drink", "game", "book",
    "breed", "species", "pet", "animal", "style", "genre", "level", "font", "typeface",
    "camp", "tariff", "paint", "club",
    "wine", "spirit", "whisky", "beer", "cuvee", "vintage",  # {"wine": "Albariño"}
    "ward", "wing",  # "ward: Seacole Ward", a hospital's
    # since the twenty-third round: a zoo's enclosures, a stage's roles and works, a
    # machine's parts ("enclosure": "Savanna House", "| Role |" over "| Giselle |")
    "enclosure", "habitat", "exhibit", "paddock", "aviary", "role", "ballet", "opera",
    "musical", "play", "inverter", "battery", "appliance", "vehicle", "engine",
    "boat", "yacht", "hut", "refuge",  # since the twenty-fifth round
    "tug", "barge", "lifeboat", "aircraft", "plane", "fleet",  # since the 30th round
    "counterparty", "counterparties", "consignor",  # since the 31st round
    *NAMED_WORKS_KEYS, "ransomware", "botnet", "openings", "machine", "tractor", "scale",
    # since the twenty-eighth round: a ticket's priority, a game's servers and bosses, a
    # marina's pontoons, a ship's decks
    "priority", "severity", "shard", "shards", "server", "servers", "realm", "boss",
    "bosses", "pontoon", "jetty", "pier", "deck", "decks",  # not "lift: Marvin ... driving"
    # since the thirty-second round: a philatelist's and a numismatist's lots, a circuit's
    # corners, an airline's names for its aircraft ("fleetname="Saint Patrick"")
    "stamp", "coin", "corner", "fleetname",
})
# A glossary's columns, one a language, whose cells are words of it ("de" over
# "Bunsenbrenner"); as a field's key "De:" is a French or Spanish e-mail's sender.
LANGUAGE_COLUMNS = frozenset({
    "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "tr", "vi", "en", "german", "french",
    "spanish", "italian", "portuguese", "dutch", "swedish", "polish", "turkish", "english",
    "indonesian", "vietnamese",
})  # fmt: skip


def in_a_things_field(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a field whose key names a thing ("Item: black
    rucksack, Dell laptop inside", {"bot": "Ask Ada"}), and no "with" or "by" before it
    says a person is named there ("title": "Viewing with Kobayashi Sota")."""
    return field_kind(text, start, end) == "thing" and not _WITH_BEFORE.search(text, 0, start)


def field_kind(text: str, start: int, end: int) -> str | None:
    """What a field says text[start:end] is: "place" or "thing" when it lies in the value of a
    "key: value" field (any of the key separators `_FIELD` reads) whose key says the value is
    a place ("City:", "billing_city", "Home address -") or a thing that is no person
    ("Colour = ...", "product"), or in a table cell under such a header ("| Model |" over
    "| Mixtral 8x7B |"); else None. A key that names a person ("Customer") decides nothing
    here."""
    key = field_key(text, start, end)
    if (key is None or '"' in key) and text[max(0, start - 2) : start] in (
        '["', "['", '"', "'", ' "'
    ):
        key = listed_key(text, start) or key  # not 'user_id": "u_0afa' across a JSON's lines
    if key and game_roster(text, key):
        return "thing"  # "| Agent |" over "| Reyna |" in a game's patch notes
    if key and key.strip("\"' ").lower() == "name" and (
        _in_catalogue(text, start) or _thing_parent(text, start) or _animal_object(text, start)
    ):
        return "thing"  # "sku,name,price", {"sku": ..., "name": ..., "price": ...},
        # {"name": "Gerald", "species": "giraffe"}
    if key and key == header_of(text, start, end, whole=False) and not names_a_person(key) and (
        _catalogue_header(text, start) or key.strip().lower() in LANGUAGE_COLUMNS
    ):
        return "thing"  # "Inverter\tWatts\tPrice" over "Fronius Primo\t4600\t£1,150", "de"
        # over "Bunsenbrenner"
    if key and _key_last_word(key) in ("coach", "coaches", "bus") and _PASSENGERS.search(text):
        return "thing"  # coach="Queen Mab" on a manifest with its driver: a coach's name
    if key and _key_last_word(key) in _PARTY_KEYS and _a_full_name(text[start:end]):
        return None  # "| Vendor |" over "| Camila Bustos |": an auction's vendor is a person
    return key_kind(key) if key else None


# A text about a coach's trip: its driver, its passengers' seats, its route (since the
# thirty-first round).
_PASSENGERS = re.compile(r"(?i)\b(?:driver|seats?|passengers?|manifest|route)\b")
# Keys of a party to a sale that is a firm or a person (since the twenty-ninth round).
_PARTY_KEYS = frozenset({"vendor", "vendors", "merchant", "supplier", "consignor",
                         "counterparty"})


def _a_full_name(value: str) -> bool:
    """Whether `value` is a person's full name: "Given Family" or "Family, Given" with a
    known given name, two or three capitalised words, none an English word."""
    from appliance.pii.known_names import a_word, folded, known_names

    words = value.replace(",", " ").split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    given = known_names()[0]
    return any(folded(w.lower()) in given for w in words) and not any(a_word(w) for w in words)


def _in_catalogue(text: str, start: int) -> bool:
    """Whether the value at `start` sits beside a price, a SKU or a quantity: in the same
    JSON object ({"sku": ..., "name": ..., "price": ...}; not a customer's object beside its
    order's items) or under a table header that has one ("sku,name,price"); not a form's
    lines, where "Name:" and "Quantity:" may stand together."""
    inner = _object_around(text, start)
    if inner is not None:
        return bool(_CATALOGUE.search(inner))
    header = _header_above(text, start)
    return header is not None and bool(_CATALOGUE.search(header))


# The keys of an animal's record: {"name": "Gerald", "species": "giraffe"}.
_ANIMAL_KEY = re.compile(r"(?i)[\"']?\b(?:species|breed|animal)[\"']?[ \t]*[:=]")


def _animal_object(text: str, start: int) -> bool:
    """Whether the value at `start` is in a JSON object that names an animal's species or
    breed: {"name": "Mabel", "species": "giraffe"}."""
    inner = _object_around(text, start)
    return inner is not None and bool(_ANIMAL_KEY.search(inner))


def listed_key(text: str, start: int) -> str | None:
    """The key of the JSON list of strings the string at `start` lies in ("agents" of
    "agents": ["Sage", "Ahri"]); else None."""
    opened = text.rfind("[", 0, start)
    if opened < 0 or text.rfind("]", 0, start) > opened:
        return None
    m = re.search(r"[\"']([^\"'\n]{1,40})[\"'][ \t]*:[ \t]*\Z", text[max(0, opened - 60) : opened])
    return m.group(1) if m else None


def _object_around(text: str, start: int) -> str | None:
    """The JSON object the value at `start` lies in, where no other object opens between
    its brace and the value; else None."""
    opened = text.rfind("{", 0, start)
    if opened < 0 or text.rfind("}", 0, start) > opened or text.find("{", opened + 1, start) >= 0:
        return None
    closed = text.find("}", start)
    return text[opened : len(text) if closed < 0 else closed]


def _header_above(text: str, start: int) -> str | None:
    """The first line of the table the line at `start` is in, where a line above it holds
    cells too; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    top = line_start
    while top > 0 and may_hold_cells(text[text.rfind("\n", 0, top - 1) + 1 : top - 1]):
        top = text.rfind("\n", 0, top - 1) + 1  # up to the table's first line
    top_end = text.find("\n", top)
    return text[top : top_end if top_end >= 0 else len(text)] if top < line_start else None


# Keys of a person's contact details: a table or an object that has one lists people, even
# beside a quantity ("name,tel,emergency,reply_to,quantity").
_CONTACT_KEY = re.compile(
    r"(?i)phone|\btel\b|mobile|e-?mail|\biban\b|\bcard\b|\bssn\b|address|\bdob\b|birth"
)


def _catalogue_object(text: str, start: int) -> bool:
    """Whether the value at `start` is in a JSON object with a price, a SKU or a quantity
    and no contact detail: {"sku": ..., "name": "Ken Roller Skates"}."""
    inner = _object_around(text, start)
    return inner is not None and bool(_CATALOGUE.search(inner)) and not _CONTACT_KEY.search(inner)


def _catalogue_header(text: str, start: int) -> bool:
    """Whether the cell at `start` is under a table header with a price, a SKU or a
    quantity and no contact detail ("sku,name,colour,price")."""
    header = _header_above(text, start)
    return header is not None and bool(_CATALOGUE.search(header)) and not _CONTACT_KEY.search(
        header
    )


_PARENT_KEY = re.compile(r"""["']?([A-Za-z][\w -]{0,30}?)["']?[ \t]*:[ \t]*\Z""")
_YAML_PARENT_KEY = re.compile(r"[ \t-]*([A-Za-z][\w -]{0,30}?)[ \t]*:[ \t]*")


def _thing_parent(text: str, start: int) -> bool:
    """Whether the value at `start` is a field of an object whose own key names a thing: a
    JSON object's ("pet": {"name": "Mochi"}) or a YAML mapping's ("studio:" over "  name:
    Pirouette Dance Lab"), not a person's ("customer": {"name": ...})."""
    depth = 0
    window = max(0, start - 399)
    for i in range(start - 1, window - 1, -1) if "{" in text[window:start] else ():
        ch = text[i]
        if ch == "}":
            depth += 1
        elif ch == "{":
            if depth == 0:
                key = _PARENT_KEY.search(text, max(0, i - 40), i)
                return bool(key) and key_kind(key.group(1)) == "thing"
            depth -= 1
    line_start = text.rfind("\n", 0, start) + 1
    indent = len(text[line_start:start]) - len(text[line_start:start].lstrip(" -"))
    if not indent:
        return False
    pos = line_start - 1
    while pos > 0:
        above = text.rfind("\n", 0, pos) + 1
        line = text[above:pos]
        stripped = line.lstrip(" -")
        if stripped and len(line) - len(stripped) < indent:
            key = _YAML_PARENT_KEY.fullmatch(line)
            return bool(key) and key_kind(key.group(1)) == "thing"
        pos = above - 1
    return False


# Keys and columns that make a "name" a product's: a catalogue, an order's items, a menu.
_CATALOGUE = re.compile(
    r"(?i)(?<![\w-])[\"']?(?:sku|price|unit_price|qty|quantity|stock|calories)[\"']?[ \t]*(?:[:=,|\t]|$)",
    re.M,
)


def field_key(text: str, start: int, end: int) -> str | None:
    """The key of the "key: value" field, or the header of the table cell, that
    text[start:end] lies in; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for m in _FIELD.finditer(text, line_start, line_end):
        if m.start(2) <= start and end <= m.end(2):
            if m.group(1)[-1:].isdigit() and (
                not names_a_person(m.group(1)) or weakly_names_a_person(m.group(1))
            ):
                break  # "Room 12: Nascimento Larissa", "HOST 1: ...": a numbered key is read
                # for people only ("Applicant 2: PUIG, Oriol")
            return m.group(1).strip()
    return header_of(text, start, end, whole=False)  # "| Model |" over "| Mixtral 8x7B |"


_VALUE_OPENS = re.compile(r"[:=][ \t]*[\"']?\Z")
_VALUE_ENDS = re.compile(r"[\"']?[ \t]*(?:[,;}\]\n]|\Z)")


# The last word of a key whose value is never a place (a venue's or a hotel's may be one).
PLACELESS_KEYS = frozenset({
    "experiment", "variant", "codename", "project", "org", "build", "release", "sprint",
    "theme", "feature", "flag", "colour", "color", "product", "model", "brand", "sku", "status",
    "plan", "tier", "edition", "shade", "colourway", "colorway", "finish", "flavour", "flavor",
    "material", "size", "category", "type", "milestone", "branch", "repo", "team", "squad",
    "character", "hero", "mascot", "bot", "storm", "horse", "ship", "grape", "perfume", "paint",
    "wine", "spirit", "whisky", "beer", "cuvee", "breed", "enclosure", "role", "ballet", "opera",
    *NAMED_WORKS_KEYS, "machine", "tractor", "scale",
})  # fmt: skip


# The last word of a table's header whose cells are never places (a bank's "Branch" column
# holds towns, a repository's "branch" key does not).
PLACELESS_COLUMNS = frozenset({
    "breed", "horse", "pet", "animal", "species", "role", "character", "ballet", "opera",
    "grape", "wine", "beer", "whisky", "perfume", "colour", "color", "shade", "model", "product",
    "brand", "variety", "cultivar", "cheese", "blend", "tea", "coffee", "dish", "recipe",
    *NAMED_WORKS_KEYS,
})  # fmt: skip


def a_persons_whole_value(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the whole value of a field whose key names a person, other
    than a bare "name" (which an aircraft's or an assistant's record has too): "Driver:
    Siri"."""
    key = field_key(text, start, end)
    if not key or not names_a_person(key) or key.strip("\"' ").lower() in ("name", "names"):
        return False
    return bool(_VALUE_OPENS.search(text, max(0, start - 4), start))


def _whole_thing_value(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the whole value of a field, or lies in a table cell, whose
    key's last word is one of PLACELESS_KEYS ("experiment": "Sierra", "ORG:Swift Wheels",
    "Breed" over "Shetland", "Loco" over "Duchess of Sutherland")."""
    if _VALUE_OPENS.search(text, max(0, start - 4), start) and _VALUE_ENDS.match(text, end):
        key, keys = field_key(text, start, end), PLACELESS_KEYS
    elif text[max(0, start - 2) : start] in ('["', "['", ' "') and _VALUE_ENDS.match(text, end):
        key, keys = listed_key(text, start), PLACELESS_KEYS  # {"families": ["Dridex", "Ryuk"]}
    else:
        # "Breed" over "Shetland", "Loco" over "Duchess of Sutherland"
        key, keys = header_of(text, start, end, whole=False), PLACELESS_COLUMNS
    words = _KEY_WORDS.findall(key.replace("_", " ").lower()) if key else []
    return bool(words) and words[-1] in keys


def key_kind(key: str) -> str | None:
    """What a key or a header says its value is: "place" ("City", "billing_city"), "thing"
    ("Colour", "product name", "ships"), or None (a person's key, or one that says neither)."""
    words = [w.lower() for w in _KEY_WORDS.findall(key.replace("_", " "))]
    if words and words[-1] not in THING_KEYS and words[-1].endswith("s") and (
        words[-1][:-1] in THING_KEYS
    ):
        words[-1] = words[-1][:-1]  # "ships:" over "- name: Queen Mary 2"
    if len(words) >= 2 and words[-1] in ("name", "names") and words[-2] in THING_KEYS:
        return "thing"  # "BOT_NAME", "product name", "storm_names"
    if not words or len(words) > 4 or names_a_person(key):
        return None
    if len(words) >= 2 and words[-1] in GROUP_KEYS and not re.search(r"\w\s+\w", key):
        return "thing"  # "keeper_team": "Hoofstock", a team's name in a program's record;
        # not "Support team: Ana Lima, Ben Okafor" (since the NER's fifth run)
    if words[-1] in PLACE_KEYS:
        return "place"
    return "thing" if words[-1] in THING_KEYS else None


# The last word of a program's key for a group of people ("keeper_team", "owner-squad").
GROUP_KEYS = frozenset({"team", "teams", "squad", "group", "unit", "division", "committee"})
_CODE_WORD = re.compile(r"[A-Za-z]-?\d|\d-?[A-Za-z]{1,2}\d|[A-Z]{2,}-\d")
_CODE_CHARS = frozenset("_=@#/\\\"<>{}[]()|:;*+$%&~^`\n\t")


def known_in_any_case(value: str) -> bool:
    """Whether a person's name in lower case or one word in capitals, which `plausible_name`
    drops unless the NER is sure of it (`docker run`, `SHIPPED`), is a name all the same:
    every word a particle or a known given or family name, and not every one a frequent
    English word too (`names_in_english`): "hi oksana", "kang do-hyun", "KARAGIANNIS (GK)";
    not "rose", "faith", "stack trace", "SHIPPED", "docker run"."""
    from appliance.pii.known_names import folded, known_names, names_in_english

    if not plausible_name(value, "PERSON", sure=True):
        return False
    given, family = known_names()
    words = [folded(w.lower()) for w in value.split() if w not in PARTICLES]
    return all(w in given or w in family for w in words) and not all(
        w in names_in_english() for w in words
    )


def plausible_name(value: str, entity: str, sure: bool = False) -> bool:
    """Whether the NER model's `value` can be a name or place at all: not code (`created_at`,
    `ref="INC77`, text across a line break, `PaymentIntentCreated` in CamelCase), not all
    lower case (`docker run`), not one word in capitals (`SHIPPED`), not a language or
    nationality (`Portuguese`), not across a key's
    separator (`birth - Kigali` of "place of birth - Kigali"), and no digits in a person's
    name (`TCK-79984`) or a product code for a place (`AP-4781G2`). A name the NER is `sure`
    of may be in lower case or one word in capitals (`sure_name`)."""
    if any(ch in _CODE_CHARS for ch in value) or "  " in value:
        return False
    if not sure and value == value.lower():
        return False
    if " - " in value or any(camel_case(w) or brand_case(w) for w in value.split()):
        return False
    if not sure and " " not in value and value == value.upper():
        return False  # one word in capitals: a status or an acronym ("SHIPPED", "NASA")
    if value.lower() in LANGUAGES:
        return False  # "Translate to Portuguese"
    if entity == "PERSON":
        return not any(ch.isdigit() for ch in value) and not _mixed_case(value)
    # A place may have a house number, but no word of letters and digits ("AP-4781G2").
    return not _CODE_WORD.search(value)


# Languages and nationalities: the NER model takes "Translate to Portuguese" for a place and
# "the Japanese version" for a person; alone, such a word is neither.
LANGUAGES = frozenset({
    "english", "spanish", "portuguese", "french", "german", "italian", "dutch", "flemish",
    "danish", "swedish", "norwegian", "finnish", "icelandic", "polish", "czech", "slovak",
    "hungarian", "romanian", "bulgarian", "greek", "turkish", "russian", "ukrainian",
    "belarusian", "serbian", "croatian", "bosnian", "slovenian", "albanian", "lithuanian",
    "latvian", "estonian", "arabic", "hebrew", "persian", "farsi", "urdu", "hindi", "bengali",
    "bangla", "punjabi", "gujarati", "marathi", "tamil", "telugu", "kannada", "malayalam",
    "sinhala", "nepali", "chinese", "mandarin", "cantonese", "japanese", "korean",
    "vietnamese", "thai", "lao", "khmer", "burmese", "indonesian", "malay", "tagalog",
    "filipino", "swahili", "amharic", "yoruba", "igbo", "hausa", "zulu", "xhosa", "afrikaans",
    "somali", "catalan", "basque", "galician", "welsh", "irish", "scottish", "gaelic",
    "latin", "esperanto", "american", "british", "canadian", "australian", "mexican",
    "brazilian", "argentinian", "colombian", "chilean", "peruvian", "nigerian", "kenyan",
    "ghanaian", "egyptian", "moroccan", "ethiopian", "indian", "pakistani", "iranian",
    "iraqi", "israeli", "saudi", "emirati", "european", "asian", "african", "swiss",
    "austrian", "belgian",
    # since the twenty-seventh round: English, German, French ... as the pasted languages
    # write them ("Vertaal naar het Engels", "auf Englisch")
    "engels", "englisch", "anglais", "inglés", "ingles", "inglese", "inglês", "angielski",
    "engelska", "ingilizce", "inggris", "deutsch", "allemand", "alemán", "tedesco", "alemão",
    "duits", "niemiecki", "tyska", "almanca", "jerman", "français", "französisch", "francés",
    "francese", "francês", "francuski", "franska", "fransızca", "perancis", "spanisch",
    "espagnol", "español", "spagnolo", "espanhol", "spaans", "hiszpański", "spanska",
    "ispanyolca", "spanyol", "italienisch", "italiano", "italiaans", "włoski", "italienska",
    "italyanca", "portugiesisch", "portugais", "portugués", "portoghese", "português",
    "portugees", "portugalski", "portugisiska", "portekizce", "niederländisch", "néerlandais",
    "neerlandés", "olandese", "holandês", "nederlands", "niderlandzki", "nederländska",
    "felemenkçe", "belanda", "polnisch", "polonais", "polaco", "polacco", "polonês", "pools",
    "lehçe", "schwedisch", "suédois", "sueco", "svedese", "zweeds", "szwedzki", "svenska",
    "isveççe", "türkisch", "turco", "turks", "turecki", "turkiska", "türkçe",
    "vietnamesisch", "vietnamien", "vietnamita", "vietnamees", "wietnamski", "vietnamesiska",
    "vietnamca",
    # since the thirty-sixth round: languages of interpreters' rotas and forms ("Pashto",
    # "Tigrinya"); not those that are given names too (Shona, Sorani, Georgian)
    "pashto", "dari", "tigrinya", "kurdish", "kurmanji", "uzbek", "kazakh", "kyrgyz",
    "tajik", "armenian", "azerbaijani", "azeri", "mongolian", "tibetan", "uyghur", "oromo",
    "wolof", "lingala", "kinyarwanda", "kirundi", "tswana", "sesotho", "malagasy", "maori",
    "samoan", "tongan", "fijian", "hawaiian", "haitian", "creole", "yiddish", "maltese",
    "luxembourgish", "macedonian", "moldovan", "rohingya", "hmong", "dzongkha", "sindhi",
    "balochi", "kashmiri", "assamese", "odia", "konkani", "bhojpuri", "maithili", "cebuano",
    "ilocano", "javanese", "sundanese", "twi", "fulani", "bambara", "berber", "tamazight",
    "kabyle", "quechua", "aymara", "guarani", "nahuatl", "inuktitut",
})  # fmt: skip


def _mixed_case(value: str) -> bool:
    """Whether a word in lower case that is no particle stands beside a capitalised one: a
    name is typed in one style ("Wouter de Vries", "huang mei"), a phrase is not ("serialise
    Decimal", "Meu número", "Dinner with Gabriel")."""
    words = value.split()
    if not all(_LETTERS.fullmatch(w) for w in words):
        return False  # digits or signs: judged by the other rules
    lower = [w for w in words if w.islower() and w not in PARTICLES]
    if not lower or all(w.islower() for w in words):
        return False  # one style: "syafiqah binti yusof"
    # "quốc bảo Trần": given names typed in lower case before a capitalised family name
    return not all(has_known_name(w.strip(",.;:!?")) for w in lower)


_LETTERS = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*[.,;:!?]?")


def _known_run(value: str) -> tuple[int, int] | None:
    """(start, end) in `value` of the last run of capitalised words (particles between them)
    with a known given or family name in it ("Dinner with Gabriel": "Gabriel"), or None."""
    runs: list[list[re.Match[str]]] = [[]]
    for w in re.finditer(r"\S+", value):
        word = w.group()
        if word[0].isupper() or (runs[-1] and word in PARTICLES):
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    for run in reversed(runs):
        while run and run[-1].group() in PARTICLES:
            run.pop()
        if has_known_name(" ".join(w.group().strip(",.;:!?") for w in run)):
            return run[0].start(), run[-1].start() + len(run[-1].group().rstrip(",.;:!?"))
    return None


STREET_WORDS = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
    "court", "ct", "place", "pl", "way", "boulevard", "blvd", "crescent", "terrace", "square",
    "gardens", "grove", "row", "walk", "mews", "hill", "parkway", "highway", "marg", "caddesi",
    "cadde", "sokak", "sokağı", "cd", "sk",
    # since the twenty-ninth round, the Baltic, Nordic, Dutch and Hungarian ones, written after
    # the street's name ("Brīvības iela", "Gedimino prospektas", "Váci utca")
    "iela", "gatve", "gatvė", "prospektas", "alėja", "utca", "gata", "gatan", "gade", "vej",
    "vei", "veien", "straat", "laan", "plein", "gracht",
})  # fmt: skip
_STREET_TYPE_BEFORE = re.compile(
    r"(?i)\b(?:rue|avenue|av\.|boulevard|bd|via|viale|calle|avenida|rua|plaza|piazza"
    r"|chemin|allée|place|straße|strasse)[ \t]+$"
)
_HOUSE_NUMBER_BEFORE = re.compile(r"(?i)\d+[a-z]?[ \t]+$")


# A street type written short right after a street's name: "Kıbrıs Şehitleri Cd. No:88".
# "Karl-Liebknecht-Str. 118" (the model stops before "-Str.").
_STREET_WORD_AFTER = re.compile(
    r"[ \t]+(?:Cd|Cad|Sk|Sok|St|Rd|Ave|Blvd)\.(?=[ \t]|$)|-(?:Str\.|Straße|Strasse|str\.)"
    # since the twenty-ninth round, the whole street word and a house number: "Uzun Sokak
    # No:157" (after "Adresimiz", our address, the NER found "Adresimiz Uzun")
    rf"|[ \t]+(?i:{'|'.join(sorted(STREET_WORDS, key=len, reverse=True))})[ \t]+(?:No\b|\d)"
)
# Street words that come first: "Rua das Acácias", "Calle Mayor", "Via Roma".
STREET_FIRST = frozenset({
    "rue", "rua", "calle", "carrer", "via", "viale", "avenida", "avenue", "av", "boulevard",
    "chemin", "allée", "piazza", "plaza", "praça", "largo", "travessa", "strada", "ulica",
    # since the twenty-ninth round ("Rruga Myslym Shyri", "Jalan Tunjungan", "Bóthar na Trá",
    # "vulytsia Sumska", "Bulevardul Independenței", "Phố Hàng Bạc")
    "rruga", "jalan", "jl", "bóthar", "lalana", "vulytsia", "vul", "ulitsa", "bulevardul",
    "calea", "aleja", "aleea", "transversal", "carrera", "phố", "đường", "ulice", "avinguda",
})  # fmt: skip
# A house number after the street, then a comma: "Oudegracht 30, 9711 LM Groningen".
_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,4}[a-zA-Z]?,")


def street_named(value: str) -> bool:
    """Whether `value` is named like a street: its last word a street type ("Willow Close"),
    its first one that comes first ("Rua das Flores", "Via Roma")."""
    words = value.split()
    return words[-1].lower().strip(".") in STREET_WORDS or words[0].lower().strip(".") in STREET_FIRST


def named_as_a_street(text: str, start: int, value: str) -> bool:
    """Whether `value` is named as a street or a district is: a street type before, in or
    after it ("rue des Lilas", "Willow Close", "Kıbrıs Şehitleri Cd. No:88", "Rua das
    Acácias"), a ward's or a street's ending ("Gangnam-gu", "Lindenstraße"), a house number
    and a comma after it ("Oudegracht 30, ..."). Not a number before it: "room 633 Aniket
    Gokhale", "08:02 Kaloyan Angelov" (`street` takes that too)."""
    words = value.split()
    if street_named(value) or _STREET_WORD_AFTER.match(text, start + len(value)) or (
        _STREET_TYPE_BEFORE.search(text, max(0, start - 12), start)
        or _NUMBER_AFTER.match(text, start + len(value))
    ):
        return True  # "Willow Close", "Kıbrıs Şehitleri Cd. No:88"
    if len(words) == 1 and words[0].lower().endswith(("-ku", "-shi", "-gun", "-gu", "-dong")):
        return True  # Japanese and Korean wards and districts: "Chuo-ku", "Gangnam-gu"
    return len(words) == 1 and words[0].lower().endswith(("straße", "strasse", "weg", "gasse"))


def street(text: str, start: int, value: str) -> bool:
    """A street the NER model took for a person: its last word is a street type ("Willow
    Close"), its first word one that comes first ("Rua das Acácias", "Via Roma"), a street
    word or a house number comes right before it ("rue des Lilas", "avenue Jean Jaurès",
    "50 Larkspur") or a house number and a comma right after it ("Oudegracht 30, ..."), or
    it is one word ending in straße."""
    return named_as_a_street(text, start, value) or bool(
        _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 12), start)
    )

